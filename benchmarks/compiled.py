"""Pure Python against the mypyc-compiled build: full parse throughput on the same texts.

    PYTHONPATH=src python benchmarks/compiled.py ../shared/corpus/reuters-train ../shared/corpus/xinhua-2005

Compiles a copy of the project into a temporary directory (needs mypy and a C
compiler, as ``NEWSDOC_COMPILE=1 pip install .`` does), then times the full parse
(quotes and speakers included) of each set in two child processes, one per
build, one right after the other.  CPU seconds, best of
``--repeat``.  Also checks that both builds wrote the same JSON for every document.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent

_TIMER = """
import gc, hashlib, json, sys, time
from pathlib import Path
import newsdoc
from newsdoc.api import read_text
from newsdoc.parse import run
directory, repeat = Path(sys.argv[1]), int(sys.argv[2])
texts = [read_text(path) for path in sorted(directory.rglob("*.txt"))]
config = newsdoc.Config()
best = float("inf")
for _ in range(repeat):
    gc.collect()
    began = time.process_time()
    for text in texts:
        run(text, config)  # documents are dropped as a streaming job drops them
    best = min(best, time.process_time() - began)
digest = hashlib.sha256()
for text in texts:
    digest.update(newsdoc.to_json(run(text, config)).encode("utf-8", "surrogatepass") + b"\\n")
print(json.dumps({"seconds": best, "docs": len(texts), "compiled": len(newsdoc.compiled_modules()),
                  "bytes": sum(len(t.encode("utf-8", "surrogatepass")) for t in texts),
                  "sha256": digest.hexdigest()}))
"""


def _backend() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "newsdoc_build", ROOT / "build_backend" / "newsdoc_build.py"
    )
    if spec is None or spec.loader is None:
        raise SystemExit("build_backend/newsdoc_build.py not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def time_set(source: Path, directory: Path, repeat: int) -> dict[str, float]:
    """One child process parsing ``directory`` with the newsdoc found in ``source``."""
    child = subprocess.run(
        [sys.executable, "-c", _TIMER, str(directory), str(repeat)],
        env={**os.environ, "PYTHONPATH": str(source)},
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(child.stdout)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", type=Path, help="corpus set directories (*.txt files)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsdoc-compiled-") as scratch:
        print("... compiling a copy of the project with mypyc", file=sys.stderr)
        compiled = _backend().compile_copy(ROOT, Path(scratch))
        builds = {"pure": ROOT / "src", "compiled": compiled}
        print("| set | docs | MB | pure MB/s | compiled MB/s | speed-up | same JSON |")
        print("|---|---:|---:|---:|---:|---:|---|")
        for directory in args.sets:
            results = {name: time_set(source, directory, args.repeat) for name, source in builds.items()}
            pure, fast = results["pure"], results["compiled"]
            if pure["compiled"] or not fast["compiled"]:
                raise SystemExit("the two child processes did not load the builds they should have")
            megabytes = pure["bytes"] / 1e6
            print(
                f"| {directory.name} | {pure['docs']:.0f} | {megabytes:.2f} "
                f"| {megabytes / pure['seconds']:.2f} | {megabytes / fast['seconds']:.2f} "
                f"| {pure['seconds'] / fast['seconds']:.2f}x | {pure['sha256'] == fast['sha256']} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

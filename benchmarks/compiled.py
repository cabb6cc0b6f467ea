"""Pure Python against the mypyc-compiled build: full parse throughput on the same texts.

    PYTHONPATH=src python benchmarks/compiled.py ../shared/corpus/reuters-train ../shared/corpus/xinhua-2005
    PYTHONPATH=src python benchmarks/compiled.py --python python3.11 --python /usr/bin/python3.11 SETS...

Compiles a copy of the project into a temporary directory (needs mypy and a C
compiler, as ``NEWSDOC_COMPILE=1 pip install .`` does), then times the full parse
(quotes and speakers included) of each set in two child processes, one per
build, one right after the other.  CPU seconds, best of
``--repeat``.  Also checks that both builds wrote the same JSON for every document.

``--python`` (repeatable) compares interpreters: each one gets its own compiled copy,
and both builds are timed in it.  Each needs attrs, cattrs and python-dateutil (and
mypy, for the compiled copy).  How CPython itself was built matters: the same code
runs markedly faster in an interpreter built with profile-guided and link-time
optimisation (docs/performance.md, "Which Python").
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


def time_set(source: Path, directory: Path, repeat: int, python: str | None = None) -> dict[str, float]:
    """One child process (of ``python``) parsing ``directory`` with the newsdoc found in ``source``."""
    child = subprocess.run(
        [python or sys.executable, "-c", _TIMER, str(directory), str(repeat)],
        env={**os.environ, "PYTHONPATH": str(source)},
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(child.stdout)
    return result


def _version(python: str) -> str:
    """The interpreter's version, as it reports it."""
    return subprocess.run(
        [python, "-c", "import sys; print(sys.version.split()[0])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", type=Path, help="corpus set directories (*.txt files)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--python", action="append", help="an interpreter to compare (repeatable; default: this one)"
    )
    args = parser.parse_args(argv)
    pythons: list[str] = args.python or [sys.executable]
    digests: dict[Path, set[str]] = {}
    print("| python | set | docs | MB | pure MB/s | compiled MB/s | speed-up | same JSON |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory(prefix="newsdoc-compiled-") as scratch:
        for number, python in enumerate(pythons):
            print(f"... compiling a copy of the project with mypyc for {python}", file=sys.stderr)
            compiled = _backend().compile_copy(ROOT, Path(scratch) / str(number), python=python)
            label = f"{python} ({_version(python)})"
            for directory in args.sets:
                pure = time_set(ROOT / "src", directory, args.repeat, python)
                fast = time_set(compiled, directory, args.repeat, python)
                if pure["compiled"] or not fast["compiled"]:
                    raise SystemExit("the two child processes did not load the builds they should have")
                megabytes = pure["bytes"] / 1e6
                print(
                    f"| {label} | {directory.name} | {pure['docs']:.0f} | {megabytes:.2f} "
                    f"| {megabytes / pure['seconds']:.2f} | {megabytes / fast['seconds']:.2f} "
                    f"| {pure['seconds'] / fast['seconds']:.2f}x | {pure['sha256'] == fast['sha256']} |"
                )
                digests.setdefault(directory, set()).update(str(result["sha256"]) for result in (pure, fast))
    if any(len(found) > 1 for found in digests.values()):
        print("WARNING: builds or interpreters wrote different JSON for the same set", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

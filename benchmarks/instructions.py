#!/usr/bin/env python3
"""CPU instructions the parser executes on a set, counted by valgrind: a speed figure that repeats.

    PYTHONPATH=src python benchmarks/instructions.py ../shared/corpus/reuters-train --docs 600 --step 5

Timings on a shared or virtual machine move by 10-15% between identical runs,
which hides the 1-3% a single optimisation is worth.  Instruction counts repeat
to about 0.1%.  This runs a child interpreter under ``valgrind --tool=callgrind``
twice, once parsing nothing (start-up and imports) and once parsing every
``--step``-th article of the set up to ``--docs`` of them, and prints the
difference in millions of instructions.  Whatever newsdoc the child imports
is measured: put a compiled copy first on ``PYTHONPATH`` to count that build.
Needs valgrind on the ``PATH``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

_CHILD = """
import sys
from pathlib import Path
import newsdoc
from newsdoc.api import read_text
from newsdoc.parse import run
directory, step, count, quotes = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"
texts = [read_text(path) for path in sorted(directory.rglob("*.txt"))][::step][:count]
config = newsdoc.Config(quotes=quotes)
for text in texts:
    run(text, config)
"""

_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def count_instructions(directory: Path, step: int, docs: int, *, quotes: bool) -> int:
    """Instructions of a child interpreter that reads the set's articles and parses ``docs`` of them."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        "-c",
        _CHILD,
        str(directory),
        str(step),
        str(docs),
        "1" if quotes else "0",
    ]
    child = subprocess.run(command, capture_output=True, text=True, env=os.environ.copy(), check=True)
    found = _COLLECTED.search(child.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no instruction count:\n{child.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", type=Path, help="corpus set directories (*.txt files)")
    parser.add_argument("--docs", type=int, default=600, help="articles to parse (default 600)")
    parser.add_argument("--step", type=int, default=1, help="take every STEP-th article (default 1)")
    parser.add_argument("--structure", action="store_true", help="structure only (Config(quotes=False))")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: it counts the instructions")
    quotes = not args.structure
    print("| set | docs | mode | million instructions | per document |")
    print("|---|---:|---|---:|---:|")
    for directory in args.sets:
        parsed = len(sorted(directory.rglob("*.txt"))[:: args.step][: args.docs])
        startup = count_instructions(directory, args.step, 0, quotes=quotes)
        total = count_instructions(directory, args.step, args.docs, quotes=quotes)
        work = total - startup
        mode = "full" if quotes else "structure"
        print(
            f"| {directory.name} | {parsed} | {mode} | {work / 1e6:,.0f} | {work / max(parsed, 1) / 1e3:,.0f} k |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

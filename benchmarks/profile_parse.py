"""Where does parsing spend its time?  cProfile over a corpus set, top functions.

    PYTHONPATH=src python benchmarks/profile_parse.py ../shared/corpus/xinhua-2005 --top 25

Sorted by own time (``tottime``) by default; ``--sort cumulative`` shows which
rules pull the most in.  Profiling slows Python code down unevenly, so use it
to find hot spots and ``run_all.py`` to measure them.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from collections.abc import Sequence
from pathlib import Path

from newsdoc.api import read_text
from newsdoc.config import Config
from newsdoc.parse import run


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", default="tottime", choices=("tottime", "cumulative", "ncalls"))
    parser.add_argument("--no-quotes", action="store_true")
    args = parser.parse_args(argv)
    texts = [read_text(path) for directory in args.sets for path in sorted(directory.rglob("*.txt"))]
    config = Config(quotes=not args.no_quotes)
    profile = cProfile.Profile()
    profile.enable()
    for text in texts:
        run(text, config)
    profile.disable()
    pstats.Stats(profile).strip_dirs().sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

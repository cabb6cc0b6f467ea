#!/usr/bin/env python3
"""Robustness over a real corpus: no exception, every invariant, exact JSON round trip.

Usage: ``PYTHONPATH=src python benchmarks/corpus_check.py CORPUS_ROOT [--limit N] [--strict]``

``CORPUS_ROOT`` holds one folder per set, each with ``*.txt`` articles (e.g.
``../shared/corpus``).  Every article is read with ``parse_file`` and checked
with :func:`newsdoc.check.violations` and ``from_json(to_json(doc)) == doc``;
each export format is rendered too.  Prints per-set counts (documents,
exceptions, invariant failures, round-trip failures, documents with problems,
problem codes) and the first few failures, and exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

import newsdoc
from newsdoc.check import violations

SHOW_FAILURES = 5


class Tally:
    def __init__(self) -> None:
        self.documents = 0
        self.exceptions = 0
        self.invariant_failures = 0
        self.round_trip_failures = 0
        self.export_failures = 0
        self.with_problems = 0
        self.codes: Counter[str] = Counter()
        self.failures: list[str] = []

    @property
    def failed(self) -> int:
        return self.exceptions + self.invariant_failures + self.round_trip_failures + self.export_failures

    def fail(self, kind: str, path: Path, detail: str) -> None:
        if len(self.failures) < SHOW_FAILURES:
            self.failures.append(f"  {kind}: {path.name}: {detail[:400]}")


def check(path: Path, tally: Tally, config: newsdoc.Config) -> None:
    tally.documents += 1
    try:
        doc = newsdoc.parse_file(path, config=config)
    except Exception as exc:  # the whole point: count anything that escapes
        tally.exceptions += 1
        tally.fail("exception", path, "".join(traceback.format_exception_only(exc)).strip())
        return
    broken = violations(doc)
    if broken:
        tally.invariant_failures += 1
        tally.fail("invariant", path, "; ".join(problem.message for problem in broken[:3]))
    try:
        if newsdoc.from_json(newsdoc.to_json(doc)) != doc:
            tally.round_trip_failures += 1
            tally.fail("round trip", path, "from_json(to_json(doc)) != doc")
    except Exception as exc:
        tally.round_trip_failures += 1
        tally.fail("round trip", path, repr(exc))
    for name in newsdoc.format_names():
        try:
            newsdoc.dumps(doc, name)
        except Exception as exc:
            tally.export_failures += 1
            tally.fail(f"export {name}", path, repr(exc))
    if doc.problems:
        tally.with_problems += 1
        tally.codes.update(problem.code for problem in doc.problems)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_root", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="at most this many articles per set")
    parser.add_argument("--strict", action="store_true", help="strict mode (ParseError counts as a failure)")
    args = parser.parse_args(argv)
    config = newsdoc.Config(strict=args.strict)
    sets = sorted(p for p in args.corpus_root.iterdir() if p.is_dir())
    if not sets:
        print(f"no corpus sets under {args.corpus_root}", file=sys.stderr)
        return 2
    total = Tally()
    print(f"{'set':<20}{'docs':>7}{'exc':>6}{'inv':>6}{'json':>6}{'export':>7}{'w/prob':>8}{'sec':>8}")
    for folder in sets:
        tally = Tally()
        started = time.perf_counter()
        paths = sorted(folder.glob("*.txt"))
        for path in paths[: args.limit] if args.limit else paths:
            check(path, tally, config)
        seconds = time.perf_counter() - started
        print(
            f"{folder.name:<20}{tally.documents:>7}{tally.exceptions:>6}{tally.invariant_failures:>6}"
            f"{tally.round_trip_failures:>6}{tally.export_failures:>7}{tally.with_problems:>8}{seconds:>8.1f}"
        )
        print("\n".join(tally.failures)) if tally.failures else None
        for name in (
            "documents",
            "exceptions",
            "invariant_failures",
            "round_trip_failures",
            "export_failures",
        ):
            setattr(total, name, getattr(total, name) + getattr(tally, name))
        total.with_problems += tally.with_problems
        total.codes.update(tally.codes)
    print(
        f"{'TOTAL':<20}{total.documents:>7}{total.exceptions:>6}{total.invariant_failures:>6}"
        f"{total.round_trip_failures:>6}{total.export_failures:>7}{total.with_problems:>8}"
    )
    print("problem codes:", ", ".join(f"{code}={n}" for code, n in total.codes.most_common()) or "none")
    return 1 if total.failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Validate exports over corpus sets: ninjs 1.6 / 2.2 / 3.1, the extension, NITF, text round trip.

    PYTHONPATH=src python benchmarks/exports.py ../shared/corpus/xinhua-2005 [...] \
        [--standards ../shared/standards/ninjs] [--limit N] [--show 3]

For every ``*.txt`` in each CORPUS_DIR: parse it, render ninjs in all three
versions and validate each against the official schema (offline), render the
ninjs 3.1 extension and validate it against newsdoc's extension schema,
check that the NITF output is well formed, and run the text re-render round
trip (``newsdoc.serialize.text.round_trip_differences``).  Prints counts per
set and in total, and the fields that broke the round trip most often.
Exit code 1 when any ninjs output is invalid.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the offline schema registry lives with the tests

import newsdoc  # noqa: E402
from newsdoc.serialize.ninjs import VERSIONS, to_ninjs  # noqa: E402
from newsdoc.serialize.nitf import to_nitf  # noqa: E402
from newsdoc.serialize.text import round_trip_differences  # noqa: E402
from schema_check import STANDARDS, errors, ninjs_validator  # noqa: E402


def check_set(directory: Path, standards: Path, limit: int | None, show: int) -> Counter[str]:
    validators = {v: ninjs_validator(v, root=standards) for v in VERSIONS}
    extension = ninjs_validator("3.1", extension=True, root=standards)
    counts: Counter[str] = Counter()
    broken_fields: Counter[str] = Counter()
    shown = 0
    files = sorted(directory.glob("*.txt"))[:limit]
    for path in files:
        counts["documents"] += 1
        doc = newsdoc.parse_file(path)
        for version, validator in validators.items():
            problems = errors(validator, to_ninjs(doc, version=version))
            counts[f"ninjs {version} valid"] += not problems
            if problems and shown < show:
                shown += 1
                print(f"  {path.name}: ninjs {version}: {problems[:2]}")
        counts["ninjs 3.1+ext valid"] += not errors(extension, to_ninjs(doc, extension=True))
        try:
            ET.fromstring(to_nitf(doc).encode("utf-8"))
            counts["nitf well-formed"] += 1
        except ET.ParseError as exc:
            print(f"  {path.name}: NITF not well formed: {exc}")
        lost = round_trip_differences(doc)
        counts["text round trip"] += not lost
        broken_fields.update(lost)
        counts["with dateline"] += doc.dateline is not None
        counts["with quotes"] += bool(doc.quotes)
    for field, number in broken_fields.most_common():
        counts[f"round trip lost: {field}"] = number
    return counts


def report(name: str, counts: Counter[str]) -> None:
    total = counts["documents"]
    print(f"{name}: {total} documents")
    for key, value in counts.items():
        if key != "documents":
            share = f"{100 * value / total:.1f}%" if total else "-"
            print(f"  {key:<32} {value:>6}  {share}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus_dirs", nargs="+", type=Path, metavar="CORPUS_DIR")
    parser.add_argument("--standards", type=Path, default=STANDARDS, help="folder with ninjs-schema_*.json")
    parser.add_argument("--limit", type=int, help="at most N documents per set")
    parser.add_argument("--show", type=int, default=3, help="print the first N validation failures")
    args = parser.parse_args(argv)
    if not args.standards.is_dir():
        print(f"no ninjs schemas at {args.standards}", file=sys.stderr)
        return 2
    total: Counter[str] = Counter()
    started = time.perf_counter()
    for directory in args.corpus_dirs:
        if not directory.is_dir():  # e.g. the corpus README.md matched by a shell glob
            continue
        counts = check_set(directory, args.standards, args.limit, args.show)
        report(directory.name, counts)
        total.update(counts)
    report("TOTAL", total)
    print(f"elapsed {time.perf_counter() - started:.1f} s")
    invalid = sum(total["documents"] - total[f"ninjs {v} valid"] for v in VERSIONS)
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())

"""``newsdoc stats PATH...``: documents per agency, location and month, and top speakers."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import Counter

from newsdoc.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Command, runner
from newsdoc.config import Config
from newsdoc.corpus import Corpus, Stats, add_to_stats, entries_from_text


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, directories, globs, JSON Lines or - for stdin"
    )
    parser.add_argument(
        "--top", type=int, default=10, metavar="N", help="rows per group, 0 for all (default: 10)"
    )
    parser.add_argument(
        "--format", choices=("text", "jsonl"), default="text", help="text, or one JSON object per count"
    )
    runner.add_arguments(parser)


Counts = tuple[int, int, Counter[str], Counter[str], Counter[str], Counter[str], list[tuple[str, str]]]


def counts_of(config: Config, source: str, text: str) -> Counts:
    """One input's documents, quotes, counters and failed records (runs in a worker)."""
    agencies: Counter[str] = Counter()
    locations: Counter[str] = Counter()
    months: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    documents = quotes = 0
    failed: list[tuple[str, str]] = []
    for entry in entries_from_text(source, text, config):
        if entry.document is None:
            assert entry.failure is not None
            failed.append((entry.failure.source, entry.failure.message))
            continue
        documents += 1
        quotes += len(entry.document.quotes)
        add_to_stats(entry.document, agencies, locations, months, speakers)
    return documents, quotes, agencies, locations, months, speakers, failed


def gather(files: list[str], options: runner.RunOptions) -> Stats:
    """One streaming pass over ``files`` (on ``options.jobs`` processes); failures summarised on stderr."""
    agencies: Counter[str] = Counter()
    locations: Counter[str] = Counter()
    months: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    totals = [0, 0]

    def emit(_source: str, counts: Counts) -> list[tuple[str, str]]:
        totals[0] += counts[0]
        totals[1] += counts[1]
        for mine, theirs in zip((agencies, locations, months, speakers), counts[2:6], strict=True):
            mine.update(theirs)
        return counts[6]

    work = functools.partial(counts_of, Config())
    summary = runner.run_inputs(files, work, emit, options, command="newsdoc stats")
    failures = summary.failed + summary.failed_records
    return Stats(totals[0], failures, totals[1], agencies, locations, months, speakers)


def groups(stats: Stats, top: int) -> list[tuple[str, list[tuple[str, int]]]]:
    """Agencies, locations and speakers by count (``top`` each, 0 for all); every month in order."""
    limit = top or None
    months = sorted(stats.months.items(), key=lambda item: (item[0] == "unknown", item[0]))
    return [
        ("agency", stats.agencies.most_common(limit)),
        ("location", stats.locations.most_common(limit)),
        ("month", months),
        ("speaker", stats.speakers.most_common(limit)),
    ]


def render_text(stats: Stats, top: int) -> str:
    lines = [f"documents: {stats.documents}  failed: {stats.failures}  quotes: {stats.quotes}"]
    for name, rows in groups(stats, top):
        lines.append(f"{name}:")
        if not rows:
            lines.append("  -")
        width = max((len(key) for key, _ in rows), default=0)
        lines.extend(f"  {key:<{width}}  {count:>7}" for key, count in rows)
    return "\n".join(lines)


def render_jsonl(stats: Stats, top: int) -> str:
    records = [
        {"group": "total", "key": key, "count": count}
        for key, count in (
            ("documents", stats.documents),
            ("failed", stats.failures),
            ("quotes", stats.quotes),
        )
    ]
    for name, rows in groups(stats, top):
        records.extend({"group": name, "key": key, "count": count} for key, count in rows)
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records)


def run(args: argparse.Namespace) -> int:
    if args.top < 0:
        print("newsdoc stats: --top must be >= 0", file=sys.stderr)
        return EXIT_USAGE
    files = list(Corpus(args.paths).files())
    if not files:
        print("newsdoc stats: no input files found", file=sys.stderr)
        return EXIT_USAGE
    stats = gather(files, runner.options_from_args(args))
    render = render_jsonl if args.format == "jsonl" else render_text
    print(render(stats, args.top))
    return EXIT_FAILED if stats.failures else EXIT_OK


COMMAND = Command("stats", "count articles per agency, location and month, and top speakers", configure, run)

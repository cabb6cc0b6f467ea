"""``newsdoc stats PATH...``: documents per agency, location and month, and top speakers."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from newsdoc.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Command
from newsdoc.cli.progress import Progress, for_files, read_reporting
from newsdoc.corpus import Corpus, Stats, add_to_stats


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
    parser.add_argument("--no-progress", action="store_true", help="never show the progress line")


def gather(corpus: Corpus, progress: Progress) -> Stats:
    """One streaming pass: failures are named on stderr as they happen."""
    agencies: Counter[str] = Counter()
    locations: Counter[str] = Counter()
    months: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    documents = quotes = 0
    for _source, document in read_reporting(corpus, progress):
        documents += 1
        quotes += len(document.quotes)
        add_to_stats(document, agencies, locations, months, speakers)
    return Stats(documents, len(corpus.failures), quotes, agencies, locations, months, speakers)


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
    corpus = Corpus(args.paths)
    files = list(corpus.files())
    if not files:
        print("newsdoc stats: no input files found", file=sys.stderr)
        return EXIT_USAGE
    stats = gather(corpus, for_files(files, disabled=args.no_progress))
    render = render_jsonl if args.format == "jsonl" else render_text
    print(render(stats, args.top))
    return EXIT_FAILED if stats.failures else EXIT_OK


COMMAND = Command("stats", "count articles per agency, location and month, and top speakers", configure, run)

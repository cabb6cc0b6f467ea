"""``newsdoc quotes PATH...``: every quote of a corpus as a table, CSV or JSON Lines."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable

from newsdoc.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Command
from newsdoc.cli.progress import for_files, read_reporting
from newsdoc.corpus import Corpus
from newsdoc.query import quotes_by
from newsdoc.tables import TABLES, Value, csv_cell, quote_row

FORMATS = ("table", "csv", "jsonl")
COLUMNS = tuple(c.name for c in TABLES["quotes"].columns)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, directories, globs, JSON Lines or - for stdin"
    )
    parser.add_argument(
        "--speaker", metavar="NAME", help="only quotes by NAME (any alias: 'Li', 'Premier Li')"
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    parser.add_argument("--no-progress", action="store_true", help="never show the progress line")


def table_line(row: dict[str, Value]) -> str:
    """A fixed-width line (no look-ahead, so rows stream): speaker, kind, source, text."""
    speaker = _clip(str(row["speaker"] or "?"), 24)
    source = _clip(f"{row['source']}", 28)
    return f"{speaker:<24}  {row['kind']!s:<8}  {source:<28}  {row['text']}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1) :]


def _writer(fmt: str) -> Callable[[dict[str, Value]], None]:
    if fmt == "jsonl":
        return lambda row: print(json.dumps(row, ensure_ascii=False))
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(COLUMNS)
        return lambda row: writer.writerow([csv_cell(row[c]) for c in COLUMNS])
    print(table_line({"speaker": "SPEAKER", "kind": "KIND", "source": "SOURCE", "text": "QUOTE"}))
    return lambda row: print(table_line(row))


def run(args: argparse.Namespace) -> int:
    corpus = Corpus(args.paths)
    files = list(corpus.files())
    if not files:
        print("newsdoc quotes: no input files found", file=sys.stderr)
        return EXIT_USAGE
    emit = _writer(args.format)
    for source, document in read_reporting(corpus, for_files(files, disabled=args.no_progress)):
        chosen = {
            id(q) for q in (document.quotes if args.speaker is None else quotes_by(document, args.speaker))
        }
        for number, quote in enumerate(document.quotes):
            if id(quote) in chosen:
                emit(quote_row(source, number, quote))
    return EXIT_FAILED if corpus.failures else EXIT_OK


COMMAND = Command("quotes", "list the quotes in articles or newsdoc JSON Lines", configure, run)

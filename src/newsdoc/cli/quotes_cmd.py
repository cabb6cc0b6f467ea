"""``newsdoc quotes PATH...``: every quote of a corpus as a table, CSV or JSON Lines."""

from __future__ import annotations

import argparse
import csv
import functools
import json
import sys
from collections.abc import Callable

from newsdoc.cli import EXIT_USAGE, Command, runner
from newsdoc.config import Config
from newsdoc.corpus import Corpus, entries_from_text
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
    runner.add_arguments(parser)


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


Rows = list[dict[str, Value]]
Failed = list[tuple[str, str]]


def quote_rows_of(config: Config, speaker: str | None, source: str, text: str) -> tuple[Rows, Failed]:
    """One input's quote rows (only ``speaker``'s when given) and its failed records (in a worker)."""
    rows: Rows = []
    failed: Failed = []
    for entry in entries_from_text(source, text, config):
        if entry.document is None:
            assert entry.failure is not None
            failed.append((entry.failure.source, entry.failure.message))
            continue
        document = entry.document
        chosen = {id(q) for q in (document.quotes if speaker is None else quotes_by(document, speaker))}
        rows.extend(
            quote_row(entry.source, number, quote)
            for number, quote in enumerate(document.quotes)
            if id(quote) in chosen
        )
    return rows, failed


def run(args: argparse.Namespace) -> int:
    files = list(Corpus(args.paths).files())
    if not files:
        print("newsdoc quotes: no input files found", file=sys.stderr)
        return EXIT_USAGE
    write = _writer(args.format)

    def emit(_source: str, result: tuple[Rows, Failed]) -> Failed:
        rows, failed = result
        for row in rows:
            write(row)
        return failed

    work = functools.partial(quote_rows_of, Config(), args.speaker)
    summary = runner.run_inputs(files, work, emit, runner.options_from_args(args), command="newsdoc quotes")
    return summary.exit_code


COMMAND = Command("quotes", "list the quotes in articles or newsdoc JSON Lines", configure, run)

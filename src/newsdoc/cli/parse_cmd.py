"""``newsdoc parse PATH...``: JSON for one document, JSON Lines for several."""

from __future__ import annotations

import argparse
import sys

from newsdoc.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Command
from newsdoc.cli.inputs import expand, parse_one, report_failure
from newsdoc.config import Config
from newsdoc.serialize.json import to_json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or - for stdin")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON")
    parser.add_argument("--strict", action="store_true", help="fail an input on its first problem")
    parser.add_argument("--no-quotes", action="store_true", help="skip quote and speaker extraction")


def run(args: argparse.Namespace) -> int:
    sources = list(expand(args.paths))
    if not sources:
        print("newsdoc parse: no input files found", file=sys.stderr)
        return EXIT_USAGE
    config = Config(strict=args.strict, quotes=not args.no_quotes)
    failed = 0
    for source in sources:
        outcome = parse_one(source, config)
        if outcome.document is None:
            report_failure(outcome)
            failed += 1
            continue
        print(to_json(outcome.document, pretty=args.pretty and len(sources) == 1))
    return EXIT_FAILED if failed else EXIT_OK


COMMAND = Command("parse", "parse articles and print newsdoc JSON (JSON Lines for several)", configure, run)

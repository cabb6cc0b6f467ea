"""``newsdoc parse PATH...``: JSON for one document, JSON Lines for several."""

from __future__ import annotations

import argparse
import functools
import sys

from newsdoc.api import parse
from newsdoc.cli import EXIT_USAGE, Command, runner
from newsdoc.cli.inputs import expand
from newsdoc.config import Config
from newsdoc.serialize.json import to_json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or - for stdin")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON")
    parser.add_argument("--strict", action="store_true", help="fail an input on its first problem")
    parser.add_argument("--no-quotes", action="store_true", help="skip quote and speaker extraction")
    runner.add_arguments(parser)


def parse_to_json(config: Config, pretty: bool, _source: str, text: str) -> str:
    """One input's newsdoc JSON (runs in a worker process)."""
    return to_json(parse(text, config=config), pretty=pretty)


def _print_line(_source: str, line: str) -> None:
    print(line)


def run(args: argparse.Namespace) -> int:
    sources = list(expand(args.paths))
    if not sources:
        print("newsdoc parse: no input files found", file=sys.stderr)
        return EXIT_USAGE
    config = Config(strict=args.strict, quotes=not args.no_quotes)
    work = functools.partial(parse_to_json, config, args.pretty and len(sources) == 1)
    summary = runner.run_inputs(
        sources, work, _print_line, runner.options_from_args(args), command="newsdoc parse"
    )
    return summary.exit_code


COMMAND = Command("parse", "parse articles and print newsdoc JSON (JSON Lines for several)", configure, run)

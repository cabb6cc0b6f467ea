"""``newsdoc schema``: print the JSON Schema of newsdoc's JSON (or of the ninjs extension)."""

from __future__ import annotations

import argparse
import json

from newsdoc.cli import EXIT_OK, Command
from newsdoc.schemas import EXTENSION_VERSIONS, json_schema, ninjs_extension_schema


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ninjs-extension",
        choices=EXTENSION_VERSIONS,
        metavar="VERSION",
        help="print the newsdoc extension schema for ninjs VERSION (2.2 or 3.1) instead",
    )


def run(args: argparse.Namespace) -> int:
    schema = ninjs_extension_schema(args.ninjs_extension) if args.ninjs_extension else json_schema()
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return EXIT_OK


COMMAND = Command("schema", "print the JSON Schema of newsdoc's JSON output", configure, run)

"""``newsdoc convert PATH... --to NAME``: parse articles and render them in a format.

Output: one input goes to stdout as the format's own text.  Several inputs go
to stdout as JSON Lines for the JSON formats (``json``, ``ninjs``: one compact
object per line, in input order); the other formats (``nitf``, ``html``,
``markdown``, ``text``) are whole documents that cannot be concatenated safely,
so several inputs need ``--output-dir DIR`` (one file per input, named after
the input's stem with the format's extension).  ``--output-dir`` works for
every format.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path
from typing import Any

from newsdoc.api import parse
from newsdoc.cli import EXIT_USAGE, Command, runner
from newsdoc.cli.inputs import STDIN, expand
from newsdoc.config import Config
from newsdoc.serialize import dumps, format_names, get_format
from newsdoc.serialize.ninjs import VERSIONS

LINE_FORMATS = frozenset({"json", "ninjs"})


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or - for stdin")
    parser.add_argument("--to", required=True, choices=format_names(), metavar="NAME", help="output format")
    parser.add_argument("--ninjs-version", choices=VERSIONS, help="ninjs version (default 3.1)")
    parser.add_argument(
        "--ninjs-extension", action="store_true", help="add the newsdoc extension to ninjs 2.2 / 3.1"
    )
    parser.add_argument("--output-dir", metavar="DIR", help="write one file per input into DIR")
    parser.add_argument("--pretty", action="store_true", help="indent JSON output of a single input")
    parser.add_argument("--strict", action="store_true", help="fail an input on its first problem")
    runner.add_arguments(parser)


def _options(args: argparse.Namespace, several: bool) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if args.to == "ninjs":
        if args.ninjs_version:
            options["version"] = args.ninjs_version
        if args.ninjs_extension:
            options["extension"] = True
    if args.to in LINE_FORMATS:
        options["pretty"] = args.pretty and not several
    return options


def _usage_problem(args: argparse.Namespace, sources: list[str]) -> str | None:
    if not sources:
        return "no input files found"
    if args.to != "ninjs" and (args.ninjs_version or args.ninjs_extension):
        return "--ninjs-version and --ninjs-extension only apply to --to ninjs"
    if args.ninjs_extension and args.ninjs_version == "1.6":
        return "the newsdoc extension needs ninjs 2.2 or 3.1"
    if len(sources) > 1 and args.to not in LINE_FORMATS and not args.output_dir:
        return f"several inputs in format {args.to!r} need --output-dir (only json and ninjs stream as JSON Lines)"
    return None


def _target(directory: Path, source: str, extension: str, used: set[Path]) -> Path:
    """``DIR/<stem>.<ext>``, numbered when two inputs share a stem."""
    stem = "stdin" if source == STDIN else Path(source).stem
    path = directory / f"{stem}.{extension}"
    number = 2
    while path in used:
        path = directory / f"{stem}-{number}.{extension}"
        number += 1
    used.add(path)
    return path


def render(config: Config, name: str, options: dict[str, Any], _source: str, text: str) -> str:
    """One input parsed and rendered in format ``name`` (runs in a worker process)."""
    return dumps(parse(text, config=config), format=name, **options)


def run(args: argparse.Namespace) -> int:
    sources = list(expand(args.paths))
    problem = _usage_problem(args, sources)
    if problem is not None:
        print(f"newsdoc convert: {problem}", file=sys.stderr)
        return EXIT_USAGE
    fmt = get_format(args.to)
    options = _options(args, len(sources) > 1)
    directory = Path(args.output_dir) if args.output_dir else None
    if directory is not None:
        directory.mkdir(parents=True, exist_ok=True)
    used: set[Path] = set()

    def emit(source: str, rendered: str) -> None:
        if directory is not None:
            _target(directory, source, fmt.extension, used).write_text(rendered, encoding="utf-8")
        else:
            sys.stdout.write(rendered if rendered.endswith("\n") else rendered + "\n")

    work = functools.partial(render, Config(strict=args.strict), args.to, options)
    summary = runner.run_inputs(
        sources, work, emit, runner.options_from_args(args), command="newsdoc convert"
    )
    return summary.exit_code


COMMAND = Command(
    "convert",
    "parse articles and write them as json, ninjs, nitf, html, markdown or text",
    configure,
    run,
)

"""The ``newsdoc`` command line.  Each subcommand is a module in this package.

A command module defines ``COMMAND``, a :class:`Command` whose ``configure``
adds its arguments and whose ``run`` returns the exit code: 0 ok, 1 some inputs
failed (each named on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable, Sequence

from attrs import frozen

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


@frozen
class Command:
    """One ``newsdoc`` subcommand."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def _commands() -> list[Command]:
    """Every ``*_cmd`` module's COMMAND: adding a subcommand is adding one file."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.endswith("_cmd"):
            module = importlib.import_module(f"{__name__}.{info.name}")
            found.append(module.COMMAND)
    order = {name: i for i, name in enumerate(_PREFERRED_ORDER)}
    return sorted(found, key=lambda c: (order.get(c.name, len(order)), c.name))


_PREFERRED_ORDER = ("parse", "show", "convert", "quotes", "stats", "schema")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    from newsdoc import __version__
    from newsdoc.speedups import build_description

    parser = argparse.ArgumentParser(prog="newsdoc", description="Structure for raw wire-news text.")
    parser.add_argument(
        "--version", action="version", version=f"newsdoc {__version__} ({build_description()})"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in _commands():
        sub_parser = sub.add_parser(command.name, help=command.help, description=command.help)
        command.configure(sub_parser)
        sub_parser.set_defaults(_run=command.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "_run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return run(args)
    except BrokenPipeError:  # pragma: no cover - e.g. `newsdoc parse ... | head`
        return EXIT_OK

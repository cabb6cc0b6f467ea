"""Shared input handling for commands: files, directories and ``-`` for stdin."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

from attrs import frozen

from newsdoc.api import parse, read_text
from newsdoc.cli.progress import failure_line
from newsdoc.config import Config
from newsdoc.errors import NewsdocError
from newsdoc.model import Document

STDIN = "-"


def expand(paths: list[str]) -> Iterator[str]:
    """Files named, files under directories named (``*.txt``, sorted), or ``-``."""
    for name in paths:
        if name == STDIN:
            yield name
        elif os.path.isdir(name):
            for found in sorted(Path(name).rglob("*.txt")):
                yield str(found)
        else:
            yield name


@frozen
class Outcome:
    """A parsed input, or the error that stopped it."""

    source: str
    document: Document | None
    error: str | None


def parse_one(source: str, config: Config) -> Outcome:
    """Parse one input; errors become an Outcome instead of an exception."""
    try:
        text = sys.stdin.read() if source == STDIN else read_text(source)
        return Outcome(source, parse(text, config=config), None)
    except (NewsdocError, OSError, UnicodeDecodeError) as exc:
        return Outcome(source, None, str(exc))


def report_failure(outcome: Outcome) -> None:
    print(failure_line(outcome.source, outcome.error or "failed"), file=sys.stderr)

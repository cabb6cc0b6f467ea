"""A one-line progress display on stderr, shown only when stderr is a terminal."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from typing import TextIO

from newsdoc.corpus import Corpus
from newsdoc.model import Document

_WIDTH = 24
_INTERVAL = 0.1


class Progress:
    """Counts documents and redraws at most ten times a second; silent when piped.

    ``total`` is the expected number of documents when known (one per text file),
    which adds a bar; otherwise the count and rate are shown alone.
    """

    def __init__(
        self, total: int | None = None, *, stream: TextIO | None = None, enabled: bool | None = None
    ):
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.done = 0
        self.failed = 0
        self._started = time.monotonic()
        self._drawn = 0.0

    def advance(self, *, failed: bool = False) -> None:
        """One more input handled."""
        self.done += 1
        self.failed += failed
        if self.enabled and time.monotonic() - self._drawn >= _INTERVAL:
            self._draw()

    def line(self) -> str:
        """The current progress text."""
        elapsed = max(time.monotonic() - self._started, 1e-9)
        rate = self.done / elapsed
        counts = f"{self.done} docs, {self.failed} failed, {rate:.0f} docs/s"
        if not self.total:
            return counts
        share = min(self.done / self.total, 1.0)
        filled = int(share * _WIDTH)
        return f"[{'#' * filled}{'.' * (_WIDTH - filled)}] {share:4.0%} {counts}"

    def _draw(self) -> None:
        self._drawn = time.monotonic()
        self.stream.write("\r" + self.line() + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        """Erase the progress line so later messages start clean."""
        if self.enabled and self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def for_files(files: list[str], *, disabled: bool = False) -> Progress:
    """A progress line for these inputs; its total is the file count when each is one article."""
    one_each = all(not f.endswith((".jsonl", ".ndjson", ".json")) and f != "-" for f in files)
    return Progress(len(files) if one_each else None, enabled=False if disabled else None)


def failure_line(source: str, message: str) -> str:
    """``newsdoc: SOURCE: MESSAGE`` for stderr, naming the source once.

    Some errors (``DecodeError``) already start with the path; it is not repeated.
    """
    prefix = f"{source}: "
    return f"newsdoc: {prefix}{message.removeprefix(prefix)}"


def read_reporting(corpus: Corpus, progress: Progress) -> Iterator[tuple[str, Document]]:
    """``(source, document)`` pairs, advancing ``progress``; failures are named on stderr at once."""
    for entry in corpus.entries():
        progress.advance(failed=entry.failure is not None)
        if entry.failure is not None:
            progress.close()
            print(failure_line(entry.failure.source, entry.failure.message), file=sys.stderr)
        elif entry.document is not None:
            yield entry.source, entry.document
    progress.close()

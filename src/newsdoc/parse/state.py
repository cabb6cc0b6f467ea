"""Mutable working state shared by the parse rules; frozen into a Document at the end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Literal

from attrs import define, field, frozen

from newsdoc.config import Config
from newsdoc.errors import ParseError
from newsdoc.model import (
    Byline,
    Caption,
    Dateline,
    Document,
    Paragraph,
    Person,
    Problem,
    Quote,
    Severity,
    Span,
    Tail,
)

BlockRole = Literal[
    "unclaimed", "header", "headline", "date_line", "byline", "caption", "dateline", "body", "tail"
]

_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


@frozen
class Line:
    """One source line, trimmed of surrounding whitespace (``start``/``end`` exclude it)."""

    start: int
    end: int
    indent: int


@frozen
class Block:
    """A run of non-blank lines: a source paragraph.

    ``start``/``end`` cover the first to the last non-whitespace character.
    """

    start: int
    end: int
    lines: tuple[Line, ...]

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def unwrapped(self, text: str, start: int | None = None) -> str:
        """The block's text from ``start`` on, hard line wraps joined by single spaces."""
        begin = self.start if start is None else start
        parts = []
        for line in self.lines:
            if line.end <= begin:
                continue
            parts.append(text[max(line.start, begin) : line.end])
        return " ".join(parts)


def split_blocks(text: str) -> list[Block]:
    """Split text into blocks at blank lines and at indented paragraph starts.

    Blank lines separate paragraphs in most copy; 1987 Reuters copy has no blank
    lines but starts each paragraph with an indent, so an indented line also opens
    a new block.  One pass over the lines, no regular expressions.
    """
    blocks: list[Block] = []
    current: list[Line] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        line_start = offset
        offset += len(raw)
        body = raw.rstrip(_LINE_ENDS)
        stripped = body.lstrip()
        if not stripped:
            if current:
                blocks.append(_block(current))
                current = []
            continue
        indent = len(body) - len(stripped)
        if current and indent > 0:
            blocks.append(_block(current))
            current = []
        current.append(Line(line_start + indent, line_start + len(body.rstrip()), indent))
    if current:
        blocks.append(_block(current))
    return blocks


def _block(lines: list[Line]) -> Block:
    return Block(lines[0].start, lines[-1].end, tuple(lines))


@define
class ParseState:
    """What the rules have found so far.  Rules claim blocks and fill fields."""

    text: str
    config: Config
    blocks: list[Block] = field(factory=list)
    roles: list[BlockRole] = field(factory=list)
    headline: str | None = None
    headline_span: Span | None = None
    published: dt.date | None = None
    published_span: Span | None = None
    header_span: Span | None = None
    date_line_span: Span | None = None
    dateline: Dateline | None = None
    dateline_block: int | None = None
    bylines: list[Byline] = field(factory=list)
    captions: list[Caption] = field(factory=list)
    paragraphs: list[Paragraph] = field(factory=list)
    paragraph_blocks: list[int] = field(factory=list)
    tails: list[Tail] = field(factory=list)
    quotes: list[Quote] = field(factory=list)
    people: list[Person] = field(factory=list)
    problems: list[Problem] = field(factory=list)

    def claim(self, index: int, role: BlockRole) -> None:
        """Mark block ``index`` as taken by an element of ``role``."""
        self.roles[index] = role

    def split_block(self, index: int, at: int) -> None:
        """Split block ``index`` before its line ``at``: a rule that takes only the first
        lines of a block leaves the rest as a new unclaimed block instead of losing it.
        Block indices after ``index`` shift by one, so split before recording any."""
        block = self.blocks[index]
        if not 0 < at < len(block.lines):
            return
        self.blocks[index : index + 1] = [_block(list(block.lines[:at])), _block(list(block.lines[at:]))]
        self.roles.insert(index + 1, "unclaimed")

    def unclaimed(self) -> list[int]:
        """Indices of blocks no rule has claimed yet."""
        return [i for i, role in enumerate(self.roles) if role == "unclaimed"]

    def problem(
        self, code: str, message: str, span: Span | None = None, severity: Severity = "warning"
    ) -> None:
        """Record a problem, or raise it at once in strict mode."""
        found = Problem(code=code, message=message, span=span, severity=severity)
        if self.config.strict:
            line, column = self.line_column(span.start) if span is not None else (None, None)
            raise ParseError(found, line, column)
        self.problems.append(found)

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset (CR, LF and CRLF all end lines)."""
        before = self.text[:offset].splitlines(keepends=True)
        if not before:
            return 1, 1
        last = before[-1]
        if last.splitlines()[0] != last:  # ends with a line break
            return len(before) + 1, 1
        return len(before), len(last) + 1

    def freeze(self) -> Document:
        """The finished, immutable Document."""
        return Document(
            text=self.text,
            headline=self.headline,
            headline_span=self.headline_span,
            published=self.published,
            published_span=self.published_span,
            header_span=self.header_span,
            date_line_span=self.date_line_span,
            dateline=self.dateline,
            bylines=tuple(self.bylines),
            captions=tuple(self.captions),
            paragraphs=tuple(self.paragraphs),
            tails=tuple(self.tails),
            quotes=tuple(self.quotes),
            people=tuple(self.people),
            problems=tuple(self.problems),
        )


@frozen
class Rule:
    """A named parse step: ``apply`` reads and updates the state."""

    name: str
    apply: Callable[[ParseState], None]
    quotes: bool = False  # part of quote extraction (skipped when Config.quotes is off)

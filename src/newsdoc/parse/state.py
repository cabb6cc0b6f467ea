"""Mutable working state shared by the parse rules; frozen into a Document at the end."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress
from typing import Any, Literal, NamedTuple

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

_new_object = object.__new__
_set_span_start = Span.__dict__["start"].__set__
_set_span_end = Span.__dict__["end"].__set__


def new_span(start: int, end: int) -> Span:
    """``Span(start, end)``, for the parse's hot paths.

    The model is plain Python even in the compiled build, so ``Span(...)`` runs an
    interpreted ``__init__``; this builds the same object from compiled code.
    Anything ``Span`` would reject is handed to it, to raise its own error.
    """
    if start < 0 or end < start:
        return Span(start, end)
    span: Span = _new_object(Span)
    _set_span_start(span, start)
    _set_span_end(span, end)
    return span


_set_paragraph_text = Paragraph.__dict__["text"].__set__
_set_paragraph_span = Paragraph.__dict__["span"].__set__


def new_paragraph(text: str, span: Span) -> Paragraph:
    """``Paragraph(text, span)`` built from compiled code, as :func:`new_span` builds spans
    (a paragraph's fields have no validators to run)."""
    paragraph: Paragraph = _new_object(Paragraph)
    _set_paragraph_text(paragraph, text)
    _set_paragraph_span(paragraph, span)
    return paragraph


BlockRole = Literal[
    "unclaimed", "header", "headline", "date_line", "byline", "caption", "dateline", "body", "tail"
]


class Line(NamedTuple):
    """One source line, trimmed of surrounding whitespace (``start``/``end`` exclude it).

    A named tuple rather than a class: split_blocks makes one per input line.
    """

    start: int
    end: int
    indent: int


@dataclass(slots=True, init=False)
class Block:
    """A run of non-blank lines: a source paragraph.

    ``start``/``end`` cover the first to the last non-whitespace character.
    Read-only by convention, not frozen: a frozen dataclass sets each field through
    ``object.__setattr__``, which made building the blocks a fifth of split_blocks.
    ``lines`` are worked out on first use: most blocks become paragraphs, which
    need only ``line_count``, and a :class:`Line` per input line cost a third of
    split_blocks.
    """

    start: int
    end: int
    line_count: int
    first_indent: int  # of the first line: where that line starts, before ``start``
    text: str = field(repr=False, compare=False)  # the string the block was cut from
    _lines: tuple[Line, ...] | None = field(repr=False, compare=False)

    def __init__(self, start: int, end: int, line_count: int, first_indent: int, text: str) -> None:
        # Written out (init=False): mypyc compiles a class's own __init__, not the one
        # dataclasses generates at import, so building a block stays native.
        self.start = start
        self.end = end
        self.line_count = line_count
        self.first_indent = first_indent
        self.text = text
        self._lines = None

    @property
    def lines(self) -> tuple[Line, ...]:
        """The block's lines (trimmed: ``start``/``end`` exclude surrounding whitespace)."""
        found = self._lines
        if found is None:
            found = self._lines = _lines_of(self.text, self.start - self.first_indent, self.end)
        return found

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def unwrapped(self, text: str, start: int | None = None, end: int | None = None) -> str:
        """The block's text in ``[start, end)``, hard line wraps joined by single spaces."""
        chunk = text[self.start if start is None else start : self.end if end is None else end]
        if self.line_count == 1:
            return chunk
        return " ".join(map(str.strip, chunk.splitlines()))


def split_blocks(text: str) -> list[Block]:
    """Split text into blocks at blank lines and at indented paragraph starts.

    Blank lines separate paragraphs in most copy; 1987 Reuters copy has no blank
    lines but starts each paragraph with an indent, so an indented line also opens
    a new block.  "Indented" is relative to the least indent seen so far, so text
    that is indented as a whole keeps its hard-wrapped paragraphs together.  One
    pass over the lines, no regular expressions; each line is only measured
    (:attr:`Block.lines` makes the :class:`Line` tuples when a rule asks).
    """
    blocks: list[Block] = []
    count = 0  # lines in the open block (0: no block open)
    first_start = first_indent = last_start = 0
    last_raw = ""
    offset = 0
    margin = -1
    for raw in text.splitlines(keepends=True):
        line_start = offset
        offset += len(raw)
        stripped = raw.lstrip()  # line ends are whitespace too: a blank line strips to ""
        if not stripped:
            if count:
                blocks.append(
                    Block(first_start, last_start + len(last_raw.rstrip()), count, first_indent, text)
                )
                count = 0
            continue
        indent = offset - line_start - len(stripped)
        if margin < 0 or indent < margin:
            margin = indent
        elif count and indent > margin:
            blocks.append(Block(first_start, last_start + len(last_raw.rstrip()), count, first_indent, text))
            count = 0
        if not count:
            first_start = line_start + indent
            first_indent = indent
        count += 1
        last_start = line_start
        last_raw = raw
    if count:
        blocks.append(Block(first_start, last_start + len(last_raw.rstrip()), count, first_indent, text))
    return blocks


def _lines_of(text: str, start: int, end: int) -> tuple[Line, ...]:
    """The trimmed lines of ``text[start:end]`` (``start`` opens a line; no line in it is blank)."""
    lines: list[Line] = []
    offset = start
    for raw in text[start:end].splitlines(keepends=True):
        line_start = offset
        offset += len(raw)
        indent = len(raw) - len(raw.lstrip())
        lines.append(_new_line((line_start + indent, line_start + len(raw.rstrip()), indent)))
    return tuple(lines)


_new_line: Callable[[tuple[int, int, int]], Line] = functools.partial(tuple.__new__, Line)
"""``Line(*values)`` without the named tuple's Python-level ``__new__`` (one per input line)."""


_is_unclaimed: Callable[[object], bool] = "unclaimed".__eq__
"""Whether a block role is ``"unclaimed"``, as a C-level callable for ``map``."""


@dataclass(slots=True, init=False)
class ParseState:
    """What the rules have found so far.  Rules claim blocks and fill fields."""

    text: str
    config: Config
    blocks: list[Block]
    roles: list[BlockRole]
    headline: str | None
    headline_span: Span | None
    published: dt.date | None
    published_span: Span | None
    header_span: Span | None
    date_line_span: Span | None
    dateline: Dateline | None
    dateline_block: int | None
    bylines: list[Byline]
    captions: list[Caption]
    paragraphs: list[Paragraph]
    paragraph_blocks: list[int]
    trims: dict[int, tuple[int, int]]
    tails: list[Tail]
    quotes: list[Quote]
    people: list[Person]
    problems: list[Problem]
    memo: dict[str, Any]  # work rules share (one quote analysis for two rules)

    def __init__(self, text: str, config: Config, blocks: list[Block] | None = None) -> None:
        # Written out (init=False) so that mypyc compiles it, like Block's.
        self.text = text
        self.config = config
        self.blocks = [] if blocks is None else blocks
        self.roles = []
        self.headline = None
        self.headline_span = None
        self.published = None
        self.published_span = None
        self.header_span = None
        self.date_line_span = None
        self.dateline = None
        self.dateline_block = None
        self.bylines = []
        self.captions = []
        self.paragraphs = []
        self.paragraph_blocks = []
        self.trims = {}
        self.tails = []
        self.quotes = []
        self.people = []
        self.problems = []
        self.memo = {}

    def snapshot(self) -> tuple[Any, ...]:
        """Every field in declaration order, containers copied: what :meth:`restore` takes back.

        The pipeline takes one before every rule so a crashing rule's changes can be
        undone.  Spelled out field by field because it runs so often (compiled, each
        is a direct field read); a test checks it covers every field in order.
        """
        return (
            self.text,
            self.config,
            self.blocks.copy(),
            self.roles.copy(),
            self.headline,
            self.headline_span,
            self.published,
            self.published_span,
            self.header_span,
            self.date_line_span,
            self.dateline,
            self.dateline_block,
            self.bylines.copy(),
            self.captions.copy(),
            self.paragraphs.copy(),
            self.paragraph_blocks.copy(),
            self.trims.copy(),
            self.tails.copy(),
            self.quotes.copy(),
            self.people.copy(),
            self.problems.copy(),
            self.memo.copy(),
        )

    def restore(self, saved: tuple[Any, ...]) -> None:
        """Put back the fields of a :meth:`snapshot` (rarely: only after a rule crashed)."""
        for spec, value in zip(dataclasses.fields(self), saved, strict=True):
            setattr(self, spec.name, value)

    def claim(self, index: int, role: BlockRole) -> None:
        """Mark block ``index`` as taken by an element of ``role``."""
        self.roles[index] = role

    def unclaimed(self) -> list[int]:
        """Indices of blocks no rule has claimed yet (and not trimmed away to nothing).

        Every rule asks.  The unclaimed blocks are nearly always one run (the
        header and dateline claimed before it, tails after it): three C-level
        list calls tell that and give it as a range, with no step per block;
        otherwise the scan still runs at C speed.  The few trimmed blocks are
        checked afterwards.
        """
        roles = self.roles
        count = roles.count("unclaimed")
        if not count:
            return []
        first = roles.index("unclaimed")
        stop = first + count
        if "unclaimed" in roles[stop:]:  # not one run
            found = list(compress(range(len(roles)), map(_is_unclaimed, roles)))
        else:
            found = list(range(first, stop))
        if self.trims:
            for index, (lo, hi) in self.trims.items():
                if lo >= hi and roles[index] == "unclaimed":
                    found.remove(index)
        return found

    def bounds(self, index: int) -> tuple[int, int]:
        """The part of block ``index`` no rule has taken yet (all of it unless trimmed)."""
        trimmed = self.trims.get(index)
        if trimmed is not None:
            return trimmed
        block = self.blocks[index]
        return block.start, block.end

    def lines(self, index: int) -> tuple[Line, ...]:
        """The lines of block ``index`` inside its current bounds (clipped at a trim)."""
        block = self.blocks[index]
        trimmed = self.trims.get(index)
        if trimmed is None:
            return block.lines
        lo, hi = trimmed
        return tuple(
            Line(max(line.start, lo), min(line.end, hi), line.indent)
            for line in block.lines
            if line.end > lo and line.start < hi
        )

    def trim(self, index: int, start: int | None = None, end: int | None = None) -> None:
        """Give the head (up to ``start``) or the tail (from ``end``) of a block to another element.

        A byline line on top of a dateline paragraph, or an "Enditem" run into the
        last paragraph, takes part of a block; the rest stays for the other rules.
        The new bounds skip whitespace so they start and end on text.
        """
        lo, hi = self.bounds(index)
        text = self.text
        if start is not None:
            lo = max(lo, start)
            while lo < hi and text[lo].isspace():
                lo += 1
        if end is not None:
            hi = min(hi, end)
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
        self.trims[index] = (lo, hi)

    def problem(
        self, code: str, message: str, span: Span | None = None, severity: Severity = "warning"
    ) -> None:
        """Record a problem, or raise it at once in strict mode."""
        found = Problem(code, message, span, severity)  # positional: no keyword dict when compiled
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
        # positional, in field order (a keyword call from compiled code builds a dict)
        return Document(
            self.text,
            self.headline,
            self.headline_span,
            self.published,
            self.published_span,
            self.header_span,
            self.date_line_span,
            self.dateline,
            tuple(self.bylines),
            tuple(self.captions),
            tuple(self.paragraphs),
            tuple(self.tails),
            tuple(self.quotes),
            tuple(self.people),
            tuple(self.problems),
        )


@dataclass(frozen=True, slots=True)
class Rule:
    """A named parse step: ``apply`` reads and updates the state."""

    name: str
    apply: Callable[[ParseState], None]
    quotes: bool = False  # part of quote extraction (skipped when Config.quotes is off)

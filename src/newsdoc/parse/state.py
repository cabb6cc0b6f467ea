"""Mutable working state shared by the parse rules; frozen into a Document at the end."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import compress
from typing import Any, Final, Literal, NamedTuple

from newsdoc.config import Config
from newsdoc.errors import ParseError
from newsdoc.model import (
    Byline,
    Caption,
    Dateline,
    Document,
    Paragraph,
    Person,
    PersonKind,
    Problem,
    Quote,
    QuoteKind,
    Severity,
    Span,
    Tail,
    TailKind,
)

_new_object: Final = object.__new__
# The model classes the builders below make, under Final names: compiled, a Final name is
# a C static, where an imported name is looked up in the module's dict at every use.
_SPAN_CLASS: Final = Span
_PARAGRAPH_CLASS: Final = Paragraph
_QUOTE_CLASS: Final = Quote
_DATELINE_CLASS: Final = Dateline
_PERSON_CLASS: Final = Person
_TAIL_CLASS: Final = Tail
_PROBLEM_CLASS: Final = Problem
_DOCUMENT_CLASS: Final = Document
# Final names for what Block.unwrapped calls: compiled, ``map`` and ``str.strip`` are
# looked up (in builtins, on str) at every use, a Final name is a C static.
_map: Final = map
_strip: Final = str.strip


def _slot_setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """The ``__set__`` of a model class's slot: sets it without the frozen class's ``__setattr__``."""
    setter: Callable[[Any, Any], None] = cls.__dict__[name].__set__
    return setter


_set_span_start: Final = _slot_setter(Span, "start")
_set_span_end: Final = _slot_setter(Span, "end")


def new_span(start: int, end: int) -> Span:
    """``Span(start, end)``, for the parse's hot paths.

    The model is plain Python even in the compiled build, so ``Span(...)`` runs an
    interpreted ``__init__``; this builds the same object from compiled code.
    Anything ``Span`` would reject is handed to it, to raise its own error.
    """
    if start < 0 or end < start:
        return Span(start, end)
    span: Span = _new_object(_SPAN_CLASS)
    _set_span_start(span, start)
    _set_span_end(span, end)
    return span


_set_paragraph_text: Final = _slot_setter(Paragraph, "text")
_set_paragraph_span: Final = _slot_setter(Paragraph, "span")


def new_paragraph(text: str, span: Span) -> Paragraph:
    """``Paragraph(text, span)`` built from compiled code, as :func:`new_span` builds spans
    (a paragraph's fields have no validators to run)."""
    paragraph: Paragraph = _new_object(_PARAGRAPH_CLASS)
    _set_paragraph_text(paragraph, text)
    _set_paragraph_span(paragraph, span)
    return paragraph


_set_quote_kind: Final = _slot_setter(Quote, "kind")
_set_quote_text: Final = _slot_setter(Quote, "text")
_set_quote_content: Final = _slot_setter(Quote, "content")
_set_quote_paragraph: Final = _slot_setter(Quote, "paragraph")
_set_quote_rule: Final = _slot_setter(Quote, "rule")
_set_quote_confidence: Final = _slot_setter(Quote, "confidence")
_set_quote_cue: Final = _slot_setter(Quote, "cue")
_set_quote_cue_span: Final = _slot_setter(Quote, "cue_span")
_set_quote_speaker_text: Final = _slot_setter(Quote, "speaker_text")
_set_quote_speaker_span: Final = _slot_setter(Quote, "speaker_span")
_set_quote_speaker: Final = _slot_setter(Quote, "speaker")


def new_quote(
    kind: QuoteKind,
    text: str,
    content: tuple[Span, ...],
    paragraph: int,
    rule: str,
    confidence: float = 1.0,
    cue: str | None = None,
    cue_span: Span | None = None,
    speaker_text: str | None = None,
    speaker_span: Span | None = None,
    speaker: Person | None = None,
) -> Quote:
    """``Quote(...)`` (same arguments) built from compiled code, as :func:`new_span` builds spans
    (a quote's fields have no validators to run); the quote rules make one per quote."""
    quote: Quote = _new_object(_QUOTE_CLASS)
    _set_quote_kind(quote, kind)
    _set_quote_text(quote, text)
    _set_quote_content(quote, content)
    _set_quote_paragraph(quote, paragraph)
    _set_quote_rule(quote, rule)
    _set_quote_confidence(quote, confidence)
    _set_quote_cue(quote, cue)
    _set_quote_cue_span(quote, cue_span)
    _set_quote_speaker_text(quote, speaker_text)
    _set_quote_speaker_span(quote, speaker_span)
    _set_quote_speaker(quote, speaker)
    return quote


_set_dateline_span: Final = _slot_setter(Dateline, "span")
_set_dateline_text: Final = _slot_setter(Dateline, "text")
_set_dateline_location: Final = _slot_setter(Dateline, "location")
_set_dateline_date: Final = _slot_setter(Dateline, "date")
_set_dateline_agency: Final = _slot_setter(Dateline, "agency")
_set_dateline_month: Final = _slot_setter(Dateline, "month")
_set_dateline_day: Final = _slot_setter(Dateline, "day")
_set_dateline_weekday: Final = _slot_setter(Dateline, "weekday")
_set_dateline_region: Final = _slot_setter(Dateline, "region")
_set_dateline_location_span: Final = _slot_setter(Dateline, "location_span")
_set_dateline_agency_span: Final = _slot_setter(Dateline, "agency_span")


def new_dateline(
    span: Span,
    text: str,
    location: str | None = None,
    date: dt.date | None = None,
    agency: str | None = None,
    month: int | None = None,
    day: int | None = None,
    weekday: str | None = None,
    region: str | None = None,
    location_span: Span | None = None,
    agency_span: Span | None = None,
) -> Dateline:
    """``Dateline(...)`` (same arguments) built from compiled code, like :func:`new_quote`."""
    dateline: Dateline = _new_object(_DATELINE_CLASS)
    _set_dateline_span(dateline, span)
    _set_dateline_text(dateline, text)
    _set_dateline_location(dateline, location)
    _set_dateline_date(dateline, date)
    _set_dateline_agency(dateline, agency)
    _set_dateline_month(dateline, month)
    _set_dateline_day(dateline, day)
    _set_dateline_weekday(dateline, weekday)
    _set_dateline_region(dateline, region)
    _set_dateline_location_span(dateline, location_span)
    _set_dateline_agency_span(dateline, agency_span)
    return dateline


_set_person_name: Final = _slot_setter(Person, "name")
_set_person_kind: Final = _slot_setter(Person, "kind")
_set_person_title: Final = _slot_setter(Person, "title")
_set_person_descriptor: Final = _slot_setter(Person, "descriptor")
_set_person_aliases: Final = _slot_setter(Person, "aliases")
_set_person_mentions: Final = _slot_setter(Person, "mentions")
_set_person_surname_first: Final = _slot_setter(Person, "surname_first")


def new_person(
    name: str,
    kind: PersonKind = "person",
    title: str | None = None,
    descriptor: str | None = None,
    aliases: tuple[str, ...] = (),
    mentions: tuple[Span, ...] = (),
    surname_first: bool = False,
) -> Person:
    """``Person(...)`` (same arguments) built from compiled code, like :func:`new_quote`."""
    person: Person = _new_object(_PERSON_CLASS)
    _set_person_name(person, name)
    _set_person_kind(person, kind)
    _set_person_title(person, title)
    _set_person_descriptor(person, descriptor)
    _set_person_aliases(person, aliases)
    _set_person_mentions(person, mentions)
    _set_person_surname_first(person, surname_first)
    return person


_set_tail_kind: Final = _slot_setter(Tail, "kind")
_set_tail_text: Final = _slot_setter(Tail, "text")
_set_tail_span: Final = _slot_setter(Tail, "span")


def new_tail(kind: TailKind, text: str, span: Span) -> Tail:
    """``Tail(kind, text, span)`` built from compiled code, like :func:`new_quote`."""
    tail: Tail = _new_object(_TAIL_CLASS)
    _set_tail_kind(tail, kind)
    _set_tail_text(tail, text)
    _set_tail_span(tail, span)
    return tail


_set_problem_code: Final = _slot_setter(Problem, "code")
_set_problem_message: Final = _slot_setter(Problem, "message")
_set_problem_span: Final = _slot_setter(Problem, "span")
_set_problem_severity: Final = _slot_setter(Problem, "severity")


def new_problem(code: str, message: str, span: Span | None = None, severity: Severity = "warning") -> Problem:
    """``Problem(...)`` (same arguments) built from compiled code, like :func:`new_quote`."""
    problem: Problem = _new_object(_PROBLEM_CLASS)
    _set_problem_code(problem, code)
    _set_problem_message(problem, message)
    _set_problem_span(problem, span)
    _set_problem_severity(problem, severity)
    return problem


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
    split_blocks.  ``plain_wraps`` says that every line break inside the block is a
    lone ``"\\n"`` with no whitespace on either side (hard-wrapped copy): then the
    block's first line and its unwrapped text need no line split.
    """

    start: int
    end: int
    line_count: int
    first_indent: int  # of the first line: where that line starts, before ``start``
    text: str = field(repr=False, compare=False)  # the string the block was cut from
    plain_wraps: bool = field(repr=False, compare=False)
    _lines: tuple[Line, ...] | None = field(repr=False, compare=False)

    def __init__(
        self, start: int, end: int, line_count: int, first_indent: int, text: str, plain_wraps: bool = False
    ) -> None:
        # Written out (init=False): mypyc compiles a class's own __init__, not the one
        # dataclasses generates at import, so building a block stays native.
        self.start = start
        self.end = end
        self.line_count = line_count
        self.first_indent = first_indent
        self.text = text
        self.plain_wraps = plain_wraps
        self._lines = None

    @property
    def lines(self) -> tuple[Line, ...]:
        """The block's lines (trimmed: ``start``/``end`` exclude surrounding whitespace)."""
        found = self._lines
        if found is None:
            found = self._lines = _lines_of(self.text, self.start - self.first_indent, self.end)
        return found

    @property
    def first_line(self) -> Line:
        """``lines[0]``, without making the other lines when the block's shape gives it.

        Most rules look only at a block's first line; a dateline paragraph of
        hard-wrapped copy has ten.
        """
        if self._lines is None:
            if self.line_count == 1:
                return _new_line((self.start, self.end, self.first_indent))
            if self.plain_wraps:  # the first "\n" ends the first line, right after its text
                return _new_line((self.start, self.text.find("\n", self.start), self.first_indent))
        return self.lines[0]

    def later_lines_from_end(self) -> Iterator[Line]:
        """``reversed(lines[1:])``, made one at a time from the end when the wraps are plain.

        A rule reading from the end (the tails) usually stops at the last line: a
        hard-wrapped last paragraph need not have all its lines made.
        """
        if self._lines is not None or not self.plain_wraps:
            yield from reversed(self.lines[1:])
            return
        text = self.text
        line_end = self.end
        newline = text.rfind("\n", self.start, line_end)
        while newline >= 0:  # a plain wrap: the next line starts right after it, unindented
            yield _new_line((newline + 1, line_end, 0))
            line_end = newline
            newline = text.rfind("\n", self.start, line_end)

    @property
    def span(self) -> Span:
        return new_span(self.start, self.end)

    def unwrapped(self, text: str, start: int | None = None, end: int | None = None) -> str:
        """The block's text in ``[start, end)``, hard line wraps joined by single spaces."""
        lo = self.start if start is None else start
        hi = self.end if end is None else end
        chunk = text[lo:hi]
        if self.line_count == 1:
            return chunk
        if self.plain_wraps and _plain_chunk(self, text, lo, hi, chunk):
            return chunk.replace("\n", " ")
        return " ".join(_map(_strip, chunk.splitlines()))


def _plain_chunk(block: Block, text: str, start: int, end: int, chunk: str) -> bool:
    """Whether ``chunk`` (``text[start:end]``) lies in ``block``, whose wraps are plain, and
    starts and ends on text: then no line of it has whitespace to strip."""
    return (
        text is block.text
        and block.start <= start < end <= block.end
        and not chunk[0].isspace()
        and not chunk[-1].isspace()
    )


def split_blocks(text: str) -> list[Block]:
    """Split text into blocks at blank lines and at indented paragraph starts.

    Blank lines separate paragraphs in most copy; 1987 Reuters copy has no blank
    lines but starts each paragraph with an indent, so an indented line also opens
    a new block.  "Indented" is relative to the least indent seen so far, so text
    that is indented as a whole keeps its hard-wrapped paragraphs together.  One
    pass over the lines, no regular expressions; each line is only measured
    (:attr:`Block.lines` makes the :class:`Line` tuples when a rule asks).
    """
    if _newline_breaks_only(text):
        return _split_at_newlines(text)
    return _split_lines(text)


def _split_lines(text: str) -> list[Block]:
    """:func:`split_blocks` over ``splitlines``: every kind of line break."""
    blocks: list[Block] = []
    count = 0  # lines in the open block (0: no block open)
    first_start = first_indent = last_start = 0
    plain = True  # every wrap in the open block so far is a lone "\n" between two non-spaces
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
                    Block(first_start, last_start + len(last_raw.rstrip()), count, first_indent, text, plain)
                )
                count = 0
            continue
        indent = offset - line_start - len(stripped)
        if margin < 0 or indent < margin:
            margin = indent
        elif count and indent > margin:
            blocks.append(
                Block(first_start, last_start + len(last_raw.rstrip()), count, first_indent, text, plain)
            )
            count = 0
        if not count:
            first_start = line_start + indent
            first_indent = indent
            plain = True
        elif plain and (indent or not _plain_wrap(last_raw)):
            plain = False
        count += 1
        last_start = line_start
        last_raw = raw
    if count:
        blocks.append(
            Block(first_start, last_start + len(last_raw.rstrip()), count, first_indent, text, plain)
        )
    return blocks


_OTHER_BREAKS: Final[tuple[str, ...]] = (
    "\r",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x85",
    "\u2028",
    "\u2029",
)
"""The line breaks of ``str.splitlines`` besides ``"\\n"``."""


def _newline_breaks_only(text: str) -> bool:
    """Whether every line break in ``text`` is a ``"\\n"`` (C-level finds, nearly all copy)."""
    return all(other not in text for other in _OTHER_BREAKS)


def _split_at_newlines(text: str) -> list[Block]:
    """:func:`split_blocks` of text whose only line break is ``"\\n"``: a split at it.

    ``split("\\n")`` finds the breaks with a fast byte search where ``splitlines``
    tests every character for eight kinds of break; a line then needs an ``lstrip``
    only when it starts with a space (indented or blank).
    """
    blocks: list[Block] = []
    count = 0  # lines in the open block (0: no block open)
    first_start = first_indent = last_start = 0
    plain = True  # every wrap in the open block so far is a lone "\n" between two non-spaces
    last_line = ""
    offset = 0
    margin = -1
    for line in text.split("\n"):  # a last "" after a final "\n" is a blank line: it only closes
        line_start = offset
        offset += len(line) + 1
        indent = 0
        if not line or line[0].isspace():
            indent = len(line) - len(line.lstrip())
            if indent == len(line):  # a blank line
                if count:
                    blocks.append(
                        Block(
                            first_start,
                            last_start + len(last_line.rstrip()),
                            count,
                            first_indent,
                            text,
                            plain,
                        )
                    )
                    count = 0
                continue
        if margin < 0 or indent < margin:
            margin = indent
        elif count and indent > margin:
            blocks.append(
                Block(first_start, last_start + len(last_line.rstrip()), count, first_indent, text, plain)
            )
            count = 0
        if not count:
            first_start = line_start + indent
            first_indent = indent
            plain = True
        elif plain and (indent or last_line[-1].isspace()):
            plain = False
        count += 1
        last_start = line_start
        last_line = line
    if count:
        blocks.append(
            Block(first_start, last_start + len(last_line.rstrip()), count, first_indent, text, plain)
        )
    return blocks


def _plain_wrap(raw: str) -> bool:
    """Whether the non-blank line ``raw`` ends in a lone ``"\\n"`` right after its text."""
    return raw.endswith("\n") and not raw[-2].isspace()


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


_new_line: Final[Callable[[tuple[int, int, int]], Line]] = functools.partial(tuple.__new__, Line)
"""``Line(*values)`` without the named tuple's Python-level ``__new__`` (one per input line)."""


_INDEX_LIMIT: Final = 512
_INDICES: Final[list[int]] = list(range(_INDEX_LIMIT))
"""Block indices ready made: :meth:`ParseState.unclaimed` slices its usual run out of them."""

_is_unclaimed: Final[Callable[[object], bool]] = "unclaimed".__eq__
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
        elif stop <= _INDEX_LIMIT:
            found = _INDICES[first:stop]  # a list slice: no range object to make and walk
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

    def first_line(self, index: int) -> Line:
        """``lines(index)[0]``: the first line of block ``index`` inside its bounds."""
        if index in self.trims:
            return self.lines(index)[0]
        return self.blocks[index].first_line

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
        found = new_problem(code, message, span, severity)
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
        """The finished, immutable Document (built from compiled code, like :func:`new_quote`)."""
        document: Document = _new_object(_DOCUMENT_CLASS)
        _set_document_text(document, self.text)
        _set_document_headline(document, self.headline)
        _set_document_headline_span(document, self.headline_span)
        _set_document_published(document, self.published)
        _set_document_published_span(document, self.published_span)
        _set_document_header_span(document, self.header_span)
        _set_document_date_line_span(document, self.date_line_span)
        _set_document_dateline(document, self.dateline)
        _set_document_bylines(document, tuple(self.bylines))
        _set_document_captions(document, tuple(self.captions))
        _set_document_paragraphs(document, tuple(self.paragraphs))
        _set_document_tails(document, tuple(self.tails))
        _set_document_quotes(document, tuple(self.quotes))
        _set_document_people(document, tuple(self.people))
        _set_document_problems(document, tuple(self.problems))
        return document


_set_document_text: Final = _slot_setter(Document, "text")
_set_document_headline: Final = _slot_setter(Document, "headline")
_set_document_headline_span: Final = _slot_setter(Document, "headline_span")
_set_document_published: Final = _slot_setter(Document, "published")
_set_document_published_span: Final = _slot_setter(Document, "published_span")
_set_document_header_span: Final = _slot_setter(Document, "header_span")
_set_document_date_line_span: Final = _slot_setter(Document, "date_line_span")
_set_document_dateline: Final = _slot_setter(Document, "dateline")
_set_document_bylines: Final = _slot_setter(Document, "bylines")
_set_document_captions: Final = _slot_setter(Document, "captions")
_set_document_paragraphs: Final = _slot_setter(Document, "paragraphs")
_set_document_tails: Final = _slot_setter(Document, "tails")
_set_document_quotes: Final = _slot_setter(Document, "quotes")
_set_document_people: Final = _slot_setter(Document, "people")
_set_document_problems: Final = _slot_setter(Document, "problems")


@dataclass(frozen=True, slots=True)
class Rule:
    """A named parse step: ``apply`` reads and updates the state."""

    name: str
    apply: Callable[[ParseState], None]
    quotes: bool = False  # part of quote extraction (skipped when Config.quotes is off)

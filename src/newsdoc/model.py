"""The newsdoc document model: frozen, typed, offset-carrying records.

Every element that comes from the input carries a :class:`Span` into the exact
string that was parsed, so ``doc.text[el.span.start:el.span.end]`` is always the
element's source text.  This module depends on nothing else in newsdoc: parsers
and renderers depend on it, never the other way round.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

import attrs
from attrs import field, frozen

QuoteKind = Literal["direct", "indirect", "mixed"]
PersonKind = Literal["person", "organisation", "group", "unknown"]
Severity = Literal["warning", "error"]
TailKind = Literal["signoff", "credits", "end-marker", "note", "transmission"]

QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
PERSON_KINDS: tuple[str, ...] = ("person", "organisation", "group", "unknown")
SEVERITIES: tuple[str, ...] = ("warning", "error")
TAIL_KINDS: tuple[str, ...] = ("signoff", "credits", "end-marker", "note", "transmission")


def _non_negative(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@frozen(order=True, init=False)
class Span:
    """Half-open character range ``[start, end)`` into ``Document.text``."""

    start: int = field(validator=_non_negative)
    end: int = field(validator=_non_negative)

    def __init__(self, start: int, end: int) -> None:
        # Written by hand (the fields keep their validators for ``attrs.validate``): the
        # generated __init__ made four Python calls per span, and parsing makes thousands.
        # The slots are set through their descriptors (_set_start below), which
        # skips the name lookup and checks of ``object.__setattr__``.
        if start < 0:
            raise ValueError(f"start must be >= 0, got {start}")
        if end < start:  # a valid start and an end before it: the end may be negative too
            if end < 0:
                raise ValueError(f"end must be >= 0, got {end}")
            raise ValueError(f"span end {end} is before start {start}")
        _set_start(self, start)
        _set_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The source text this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__
"""The setters of Span's two slots (``object.__setattr__`` looks the slot up by name first)."""


@frozen
class Problem:
    """Something the parser could not interpret cleanly (a defect, not a crash)."""

    code: str
    message: str
    span: Span | None = None
    severity: Severity = "warning"


@frozen
class Byline:
    """A credited person: author, photographer, reporter, editor...

    ``span`` covers the name exactly; ``block`` covers the whole line or tail the
    name came from ("By Andy Bruce and Andrea Shalal" gives two bylines sharing
    one block).
    """

    name: str
    span: Span
    block: Span
    role: str = "author"
    agency: str | None = None
    title: str | None = None


@frozen
class Dateline:
    """``CITY, Mon. D (Agency) --``: where and when the story was filed, and by whom.

    ``date`` is a full date when the year is known (from the dateline itself, the
    publication date or a caller-supplied reference); otherwise ``month`` and
    ``day`` keep what the text says without inventing a year.
    """

    span: Span
    text: str
    location: str | None = None
    date: dt.date | None = None
    agency: str | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    region: str | None = None
    location_span: Span | None = None
    agency_span: Span | None = None

    @property
    def display_location(self) -> str | None:
        """The location in title case when the source shouts it ("SHANGHAI" -> "Shanghai")."""
        if self.location is None:
            return None
        if not self.location.isupper():
            return self.location
        return " ".join(_title_word(w) for w in self.location.split(" "))


_LOWER_PARTICLES = frozenset({"of", "de", "la", "el", "al", "and", "du", "des", "da", "do"})


def _title_word(word: str) -> str:
    lowered = word.lower()
    if lowered in _LOWER_PARTICLES:
        return lowered
    return "-".join(part[:1].upper() + part[1:] for part in lowered.split("-"))


@frozen
class Caption:
    """A photo caption block, usually ending in a ``(Agency/Photographer)`` credit."""

    text: str
    span: Span
    credit: Byline | None = None


@frozen
class Paragraph:
    """A body paragraph; ``text`` is unwrapped, ``span`` covers the original lines."""

    text: str
    span: Span


@frozen
class Tail:
    """A sign-off, credit block or end marker after the body ("Reuter", "Enditem")."""

    kind: TailKind
    text: str
    span: Span


@frozen
class Person:
    """A speaker or credited person known to the document.

    ``kind`` separates people from organisations and groups ("the ministry").
    ``mentions`` are the spans where the document refers to them by name.
    """

    name: str
    kind: PersonKind = "person"
    title: str | None = None
    descriptor: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    surname_first: bool = False


@frozen
class Quote:
    """One attribution: who (speaker) said what (content) with which verb (cue).

    ``content`` holds one span per contiguous piece (several when a quote is
    interrupted by its attribution).  ``rule`` names the parse rule that found
    it and ``confidence`` is that rule's measured precision in [0, 1].
    """

    kind: QuoteKind
    text: str
    content: tuple[Span, ...]
    paragraph: int
    rule: str
    confidence: float = 1.0
    cue: str | None = None
    cue_span: Span | None = None
    speaker_text: str | None = None
    speaker_span: Span | None = None
    speaker: Person | None = None

    @property
    def span(self) -> Span:
        """The extent of the content, from its first to its last piece."""
        return Span(self.content[0].start, self.content[-1].end)

    @property
    def speaker_name(self) -> str | None:
        """The resolved speaker's name, else the mention as written."""
        if self.speaker is not None:
            return self.speaker.name
        return self.speaker_text


@frozen
class Document:
    """A parsed wire story.  ``text`` is the exact string that was parsed."""

    text: str
    headline: str | None = None
    headline_span: Span | None = None
    published: dt.date | None = None
    published_span: Span | None = None
    header_span: Span | None = None
    date_line_span: Span | None = None
    dateline: Dateline | None = None
    bylines: tuple[Byline, ...] = ()
    captions: tuple[Caption, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    tails: tuple[Tail, ...] = ()
    quotes: tuple[Quote, ...] = ()
    people: tuple[Person, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def agency(self) -> str | None:
        """The agency named by the dateline, or by a byline when there is no dateline."""
        if self.dateline is not None and self.dateline.agency:
            return self.dateline.agency
        for byline in self.bylines:
            if byline.agency:
                return byline.agency
        return None

    @property
    def body(self) -> str:
        """The body paragraphs' text, separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def element_spans(self) -> Iterator[tuple[str, Span]]:
        """Every top-level element's span, labelled by element type.

        Together these cover every non-whitespace character of ``text`` exactly
        once (the lossless invariant).  A header line holds the headline and the
        publication date, so they are reported through ``header`` when it exists.
        """
        if self.header_span is not None:
            yield "header", self.header_span
        elif self.headline_span is not None:
            yield "headline", self.headline_span
        if self.date_line_span is not None:
            yield "date_line", self.date_line_span
        owned = {tail.span for tail in self.tails}
        for byline_span in _byline_blocks(self.bylines):
            if byline_span not in owned:
                yield "byline", byline_span
        for caption in self.captions:
            yield "caption", caption.span
        if self.dateline is not None:
            yield "dateline", self.dateline.span
        for paragraph in self.paragraphs:
            yield "paragraph", paragraph.span
        for tail in self.tails:
            yield "tail", tail.span


def _byline_blocks(bylines: tuple[Byline, ...]) -> Iterator[Span]:
    """Distinct byline blocks (two names in one "By A and B" line share a block)."""
    seen: set[Span] = set()
    for byline in bylines:
        if byline.block not in seen:
            seen.add(byline.block)
            yield byline.block


ELEMENT_TYPES: tuple[type, ...] = (
    Document,
    Span,
    Problem,
    Byline,
    Dateline,
    Caption,
    Paragraph,
    Tail,
    Person,
    Quote,
)

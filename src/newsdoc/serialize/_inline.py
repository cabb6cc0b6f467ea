"""Shared helpers for the export formats: quote segments, dates, stable ids.

Quote spans point into ``Document.text`` while paragraph text is unwrapped (hard
line breaks joined by spaces), so marking quotes inside a paragraph needs a map
from source offsets to paragraph-text offsets.  :func:`segments` builds it in one
pass and cuts the paragraph into plain and quoted pieces that every renderer
(ninjs XHTML, NITF, HTML, Markdown) shares.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Literal

from attrs import frozen

from newsdoc.model import Byline, Document, Paragraph, Person, Quote, Span

URI_PREFIX = "urn:newsdoc:sha256:"
WRITING_ROLES = frozenset({"author", "writer", "reporter"})


SegmentRole = Literal["text", "quote", "speaker"]


@frozen
class Segment:
    """A run of paragraph text: plain, a quote's content, or a quote's speaker mention."""

    text: str
    quote: Quote | None = None
    role: SegmentRole = "text"


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Replace characters XML 1.0 cannot carry (C0 controls, lone surrogates) with U+FFFD.

    Escaping cannot help there: ``&#x1b;`` is not allowed either.  Wire copy
    does hold stray ESC and similar bytes; they become a visible replacement
    character instead of an unparsable document.
    """
    return _NOT_XML.sub("\ufffd", text)


def document_uri(doc: Document) -> str:
    """A stable identifier derived from the exact text: same text, same uri."""
    digest = hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()
    return URI_PREFIX + digest[:32]


def rfc3339(day: dt.date, zone: dt.tzinfo) -> str:
    """Midnight of ``day`` in ``zone`` as an RFC 3339 date-time ("2024-11-05T00:00:00Z")."""
    moment = dt.datetime(day.year, day.month, day.day, tzinfo=zone)
    text = moment.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def source_to_text_map(source: str, text: str) -> list[int] | None:
    """For each offset in ``source`` (0..len), the matching offset in ``text``.

    ``text`` must equal ``source`` up to whitespace runs (a line break plus
    indentation in the source is one space in the unwrapped text).  Returns
    ``None`` when the two do not align, e.g. for a hand-built paragraph whose
    text is not its source.
    """
    mapping = [0] * (len(source) + 1)
    i = j = 0
    while i < len(source):
        if j < len(text) and source[i] == text[j]:
            mapping[i] = j
            i += 1
            j += 1
        elif source[i].isspace():
            mapping[i] = j
            i += 1
        elif j < len(text) and text[j].isspace():
            j += 1
        else:
            return None
    mapping[len(source)] = len(text) if j >= len(text) or text[j:].isspace() else j
    return mapping


def _pieces_in(
    doc: Document, paragraph: Paragraph, with_speakers: bool
) -> list[tuple[Span, Quote, SegmentRole]]:
    """Quote contents (and speaker mentions) inside ``paragraph``, in order, without overlaps."""
    found: list[tuple[Span, Quote, SegmentRole]] = []
    for quote in doc.quotes:
        found += [(piece, quote, "quote") for piece in quote.content]
        if with_speakers and quote.speaker_span is not None:
            found.append((quote.speaker_span, quote, "speaker"))
    found = [item for item in found if len(item[0]) > 0 and paragraph.span.contains(item[0])]
    found.sort(key=lambda item: (item[0].start, -item[0].end))
    kept: list[tuple[Span, Quote, SegmentRole]] = []
    for item in found:
        if kept and kept[-1][0].end > item[0].start:
            continue
        kept.append(item)
    return kept


def segments(doc: Document, paragraph: Paragraph, *, with_speakers: bool = False) -> list[Segment]:
    """The paragraph text cut into plain and quoted segments (marked by span).

    With ``with_speakers`` the speaker mention of each quote ("Mayor Odile
    Franck") is a segment of its own too.  Overlapping marks keep the first.
    """
    pieces = _pieces_in(doc, paragraph, with_speakers)
    if not pieces:
        return [Segment(paragraph.text)]
    mapping = source_to_text_map(paragraph.span.slice(doc.text), paragraph.text)
    if mapping is None:
        return _segments_by_search(paragraph.text, [(p.slice(doc.text), q, r) for p, q, r in pieces])
    out: list[Segment] = []
    cursor = 0
    base = paragraph.span.start
    for piece, quote, role in pieces:
        start, end = mapping[piece.start - base], mapping[piece.end - base]
        if start < cursor:
            continue
        if start > cursor:
            out.append(Segment(paragraph.text[cursor:start]))
        out.append(Segment(paragraph.text[start:end], quote, role))
        cursor = end
    if cursor < len(paragraph.text):
        out.append(Segment(paragraph.text[cursor:]))
    return out


def _segments_by_search(text: str, pieces: list[tuple[str, Quote, SegmentRole]]) -> list[Segment]:
    """Fallback when offsets do not align: find each piece's text in order."""
    out: list[Segment] = []
    cursor = 0
    for piece_text, quote, role in pieces:
        start = text.find(piece_text, cursor) if piece_text else -1
        if start < 0:
            continue
        if start > cursor:
            out.append(Segment(text[cursor:start]))
        out.append(Segment(piece_text, quote, role))
        cursor = start + len(piece_text)
    if cursor < len(text):
        out.append(Segment(text[cursor:]))
    return out


def lead_text(doc: Document) -> str | None:
    """The first paragraph as printed, with the dateline in front when there is one."""
    if not doc.paragraphs:
        return doc.dateline.text if doc.dateline is not None else None
    first = doc.paragraphs[0].text
    if doc.dateline is not None:
        return f"{doc.dateline.text} {first}"
    return first


def plain_body(doc: Document) -> str:
    """Paragraph texts separated by blank lines, the dateline leading the first one."""
    lead = lead_text(doc)
    if lead is None:
        return ""
    return "\n\n".join([lead, *(p.text for p in doc.paragraphs[1:])])


def byline_statement(bylines: tuple[Byline, ...]) -> str | None:
    """A natural-language "by" line: "Ann Lee and Bo Chan".

    Only the people who wrote the story (authors, writers, reporters) when there
    are any; editors and photographers only when nobody else is credited.
    """
    names = [b.name for b in bylines if b.role in WRITING_ROLES] or [b.name for b in bylines]
    names = list(dict.fromkeys(names))
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def header_bylines(doc: Document) -> list[Byline]:
    """Bylines printed as byline lines: not those credited inside a tail ("(Editing by ...)")."""
    return [b for b in doc.bylines if not any(t.span.contains(b.block) for t in doc.tails)]


def speakers(doc: Document) -> list[Person]:
    """Every resolved speaker, once, in order of first quote."""
    seen: dict[str, Person] = {}
    for quote in doc.quotes:
        if quote.speaker is not None and quote.speaker.name not in seen:
            seen[quote.speaker.name] = quote.speaker
    return list(seen.values())


def quote_counts(doc: Document) -> dict[str, int]:
    """Quotes per resolved speaker name."""
    counts: dict[str, int] = {}
    for quote in doc.quotes:
        if quote.speaker is not None:
            counts[quote.speaker.name] = counts.get(quote.speaker.name, 0) + 1
    return counts

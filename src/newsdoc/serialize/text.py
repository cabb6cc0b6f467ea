"""The seed's own plain-text layout, re-rendered from the model.

Blocks are separated by one blank line, in this order::

     date 2031-03-14 Headline            (header: published date and headline)
    March 14, 2031                       (date line, when the source had one)
    By Mara Ellison and Tomas Reyes-Okafor   (byline lines, as printed)
    Caption text (Agency/Photographer)   (one block per caption)
    CITY, Month D (Agency) -- Lead ...   (dateline + first paragraph)
    Paragraph ...                        (one block per paragraph, unwrapped)
    Enditem                              (tails)

Without a publication date the header is the headline alone (the AFP
layout); without a headline it is `` date YYYY-MM-DD`` alone.  The contract
is that ``parse(dumps(d, format="text"))`` keeps ``d``'s headline, published
date, dateline, bylines, captions, paragraph texts and quotes;
:func:`round_trip_differences` checks it.
"""

from __future__ import annotations

import datetime as dt

from newsdoc.api import parse
from newsdoc.model import Byline, Document, Quote
from newsdoc.parse.wire import MONTH_NAMES
from newsdoc.serialize import Format
from newsdoc.serialize._inline import header_bylines


def date_line(day: dt.date) -> str:
    """The seed's date line: "November 05, 2024" (English month, two-digit day)."""
    return f"{MONTH_NAMES[day.month - 1]} {day.day:02d}, {day.year}"


def _header(doc: Document) -> list[str]:
    if doc.published is None:
        return [doc.headline] if doc.headline else []
    header = f" date {doc.published.isoformat()}"
    if doc.headline:
        header += f" {doc.headline}"
    if doc.date_line_span is None:  # the source had none (or it is still a paragraph)
        return [header]
    return [header, date_line(doc.published)]


def _byline_blocks(doc: Document) -> list[str]:
    """Byline lines as printed (one block per source block), tail credits excluded."""
    groups: dict[tuple[int, int], list[Byline]] = {}
    for byline in header_bylines(doc):
        groups.setdefault((byline.block.start, byline.block.end), []).append(byline)
    blocks = []
    for (start, end), group in groups.items():
        printed = "\n".join(line.strip() for line in doc.text[start:end].splitlines() if line.strip())
        if not all(b.name in printed for b in group):
            printed = "By " + " and ".join(b.name for b in group)
        blocks.append(printed)
    return blocks


def _single_block(text: str) -> str:
    """Text as one block: inner blank lines would split it, so lines are kept but not blanks."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


_INDENT = "    "
"""Marks a dateline paragraph whose agency only the 1987 Reuters layout tells (no "(Reuters)")."""


def _agency_from_layout(doc: Document) -> bool:
    """A 1987 Reuters dateline ("NEW YORK, March 26 -"): its agency is not in its text."""
    dateline = doc.dateline
    return dateline is not None and dateline.agency is not None and "(" not in dateline.text


def to_text(doc: Document) -> str:
    """The document in the seed layout (see the module docstring)."""
    blocks = _header(doc)
    blocks += _byline_blocks(doc)
    blocks += [_single_block(c.text) for c in doc.captions]
    paragraphs = [p.text for p in doc.paragraphs]
    if doc.dateline is not None:
        lead = f"{doc.dateline.text} {paragraphs[0]}" if paragraphs else doc.dateline.text
        paragraphs[:1] = [lead]
    blocks += [_single_block(p) for p in paragraphs]
    if _agency_from_layout(doc):
        lead_index = len(blocks) - len(paragraphs)
        blocks[lead_index] = _INDENT + blocks[lead_index]
    blocks += [_single_block(t.text) for t in doc.tails]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _squash(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def _quote_key(quote: Quote) -> tuple[str, str | None, str | None, str | None]:
    return (quote.kind, _squash(quote.text), quote.speaker_name, quote.cue)


def comparable(doc: Document) -> dict[str, object]:
    """The fields the text round trip promises to keep, without offsets."""
    dateline = doc.dateline
    return {
        "headline": doc.headline,
        "published": doc.published,
        "dateline": None
        if dateline is None
        else (
            _squash(dateline.text),
            dateline.location,
            dateline.region,
            dateline.date,
            dateline.month,
            dateline.day,
            dateline.weekday,
            dateline.agency,
        ),
        "bylines": [(b.name, b.role, b.agency, b.title) for b in doc.bylines],
        "captions": [
            (_squash(c.text), None if c.credit is None else (c.credit.name, c.credit.agency))
            for c in doc.captions
        ],
        "paragraphs": [_squash(p.text) for p in doc.paragraphs],
        "quotes": [_quote_key(q) for q in doc.quotes],
    }


def round_trip_differences(doc: Document) -> list[str]:
    """Names of the promised fields that ``parse(to_text(doc))`` does not keep (empty: all kept)."""
    before = comparable(doc)
    after = comparable(parse(to_text(doc)))
    return [name for name in before if before[name] != after[name]]


def _dump(doc: Document) -> str:
    return to_text(doc)


FORMAT = Format(
    "text", _dump, media_type="text/plain", extension="txt", description="the seed's plain-text layout"
)

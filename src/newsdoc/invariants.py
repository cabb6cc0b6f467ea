"""Checks that every parsed Document must pass, whatever rules produced it.

The property tests, the fuzz target and ``benchmarks/corpus_check.py`` all call
:func:`violations`, so a rule added later is held to the same promises:

- every span lies inside ``Document.text`` (``0 <= start <= end <= len(text)``);
- the top-level elements of :meth:`Document.element_spans` never overlap and
  together cover every non-whitespace character (the lossless invariant; a
  byte-order mark at offset 0 counts as whitespace);
- the pieces of one quote are ordered and do not overlap, and sub-spans
  (a dateline's location and agency, a byline's name) lie inside their parent.

Each check returns human-readable messages instead of raising, so a caller can
report all of them at once.  One pass over the text: linear time.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from newsdoc.model import Document, Span

BOM = "\ufeff"


def violations(doc: Document) -> list[str]:
    """Every broken invariant of ``doc`` (an empty list when all hold)."""
    found = span_range_violations(doc)
    if found:  # later checks slice the text with these spans
        return found
    return found + overlap_violations(doc) + lossless_violations(doc)


def all_spans(doc: Document) -> Iterator[tuple[str, Span]]:
    """Every span anywhere in the document, labelled with the path of its field."""
    yield from _optional("headline_span", doc.headline_span)
    yield from _optional("published_span", doc.published_span)
    yield from _optional("header_span", doc.header_span)
    yield from _optional("date_line_span", doc.date_line_span)
    if doc.dateline is not None:
        yield "dateline.span", doc.dateline.span
        yield from _optional("dateline.location_span", doc.dateline.location_span)
        yield from _optional("dateline.agency_span", doc.dateline.agency_span)
    for i, byline in enumerate(doc.bylines):
        yield f"bylines[{i}].span", byline.span
        yield f"bylines[{i}].block", byline.block
    for i, caption in enumerate(doc.captions):
        yield f"captions[{i}].span", caption.span
        if caption.credit is not None:
            yield f"captions[{i}].credit.span", caption.credit.span
            yield f"captions[{i}].credit.block", caption.credit.block
    for i, paragraph in enumerate(doc.paragraphs):
        yield f"paragraphs[{i}].span", paragraph.span
    for i, tail in enumerate(doc.tails):
        yield f"tails[{i}].span", tail.span
    for i, quote in enumerate(doc.quotes):
        for j, piece in enumerate(quote.content):
            yield f"quotes[{i}].content[{j}]", piece
        yield from _optional(f"quotes[{i}].cue_span", quote.cue_span)
        yield from _optional(f"quotes[{i}].speaker_span", quote.speaker_span)
        if quote.speaker is not None:
            for j, mention in enumerate(quote.speaker.mentions):
                yield f"quotes[{i}].speaker.mentions[{j}]", mention
    for i, person in enumerate(doc.people):
        for j, mention in enumerate(person.mentions):
            yield f"people[{i}].mentions[{j}]", mention
    for i, problem in enumerate(doc.problems):
        yield from _optional(f"problems[{i}].span", problem.span)


def _optional(name: str, span: Span | None) -> Iterator[tuple[str, Span]]:
    if span is not None:
        yield name, span


def span_range_violations(doc: Document) -> list[str]:
    """Spans that reach outside ``doc.text``."""
    size = len(doc.text)
    return [
        f"{name} {span.start}..{span.end} is outside the text (length {size})"
        for name, span in all_spans(doc)
        if not 0 <= span.start <= span.end <= size
    ]


def overlap_violations(doc: Document) -> list[str]:
    """Spans that must be disjoint or nested but are not."""
    found = []
    ordered = sorted(doc.element_spans(), key=lambda item: (item[1].start, item[1].end))
    for (name_a, a), (name_b, b) in pairwise(ordered):
        if a.overlaps(b):
            found.append(f"{name_a} {a.start}..{a.end} overlaps {name_b} {b.start}..{b.end}")
    for i, quote in enumerate(doc.quotes):
        if not quote.content:
            found.append(f"quotes[{i}] has no content span")
        for j, (a, b) in enumerate(pairwise(quote.content)):
            if b.start < a.end:
                found.append(f"quotes[{i}].content[{j + 1}] starts before content[{j}] ends")
    found.extend(_nesting_violations(doc))
    return found


def _nesting_violations(doc: Document) -> Iterator[str]:
    dateline = doc.dateline
    if dateline is not None:
        for name, inner in (("location_span", dateline.location_span), ("agency_span", dateline.agency_span)):
            if inner is not None and not dateline.span.contains(inner):
                yield f"dateline.{name} lies outside dateline.span"
    for i, byline in enumerate(doc.bylines):
        if not byline.block.contains(byline.span):
            yield f"bylines[{i}].span lies outside its block"


def lossless_violations(doc: Document) -> list[str]:
    """Non-whitespace characters that belong to no element (text lost by the parser)."""
    text = doc.text
    found = []
    position = 0
    for span in sorted(span for _name, span in doc.element_spans()):
        if span.start > position:
            found.extend(_lost(text, position, span.start))
        position = max(position, span.end)
    found.extend(_lost(text, position, len(text)))
    return found


def _lost(text: str, start: int, end: int) -> list[str]:
    """A message for the first non-whitespace character in ``text[start:end]``, if any."""
    if start == 0 and text.startswith(BOM):
        start = 1
    gap = text[start:end]
    rest = gap.lstrip()
    if not rest:
        return []
    offset = start + len(gap) - len(rest)
    return [f"character {rest[0]!r} at offset {offset} belongs to no element"]


__all__ = [
    "all_spans",
    "lossless_violations",
    "overlap_violations",
    "span_range_violations",
    "violations",
]

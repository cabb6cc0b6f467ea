"""Checks every parsed Document must pass, returned as problems rather than raised.

- :func:`lossless`: every non-whitespace character of the input belongs to exactly
  one element (header, date line, caption, dateline, byline, paragraph or tail); a
  byte-order mark at offset 0 counts as whitespace.
- :func:`spans`: every span lies inside the text, sub-spans lie inside their parent
  (a dateline's location and agency, a byline's name), the pieces of a quote are
  ordered and disjoint, and elements whose text is a verbatim slice match it.
- :func:`violations`: both, the one call the property tests, the fuzz target and
  ``benchmarks/corpus_check.py`` make, so a rule added later is held to the same
  promises.

One pass over the text: linear time.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from newsdoc.model import Document, Problem, Span

MAX_REPORTED = 20
"""At most this many problems of one code are listed (a broken parse can have thousands)."""

BOM = "\ufeff"


def violations(doc: Document) -> list[Problem]:
    """Every broken invariant of ``doc`` (an empty list when all hold)."""
    found = spans(doc)
    if any(problem.code == "span-outside-text" for problem in found):
        return found  # the lossless check slices the text with these spans
    return found + lossless(doc)


def lossless(doc: Document) -> list[Problem]:
    """Problems where the elements of ``doc`` miss or double-count non-whitespace text.

    An empty list means every non-whitespace character of ``doc.text`` lies in
    exactly one element span (see :meth:`Document.element_spans`).
    """
    text = doc.text
    labelled = sorted(doc.element_spans(), key=lambda item: (item[1].start, item[1].end))
    problems: list[Problem] = []
    position = 1 if text.startswith(BOM) else 0
    owner: tuple[str, Span] | None = None
    for label, span in labelled:
        if owner is not None and span.start < position:
            _report(
                problems,
                Problem(
                    "overlapping-elements",
                    f"{label} {span.start}-{span.end} overlaps {owner[0]} {owner[1].start}-{owner[1].end}",
                    span,
                    "error",
                ),
            )
        elif span.start > position:
            _uncovered(problems, text, position, span.start)
        if span.end > position:
            position = span.end
            owner = (label, span)
    if len(text) > position:
        _uncovered(problems, text, position, len(text))
    return problems


def _uncovered(problems: list[Problem], text: str, start: int, end: int) -> None:
    gap = text[start:end]
    if not gap.strip():
        return
    lead = len(gap) - len(gap.lstrip())
    trail = len(gap.rstrip())
    span = Span(start + lead, start + trail)
    message = f"text at {span.start}-{span.end} belongs to no element: {gap.strip()[:40]!r}"
    _report(problems, Problem("uncovered-text", message, span, "error"))


def _report(problems: list[Problem], problem: Problem) -> None:
    if sum(1 for p in problems if p.code == problem.code) < MAX_REPORTED:
        problems.append(problem)


def spans(doc: Document) -> list[Problem]:
    """Problems with the spans themselves: outside the text, outside their parent, out of order."""
    size = len(doc.text)
    problems = [
        Problem(
            "span-outside-text",
            f"{path} {span.start}-{span.end} ends past the text (length {size})",
            span,
            "error",
        )
        for path, span in all_spans(doc)
        if span.end > size
    ]
    if problems:
        return problems
    problems.extend(_nesting(doc))
    problems.extend(_quote_pieces(doc))
    problems.extend(_verbatim(doc))
    return problems


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


def _optional(path: str, span: Span | None) -> Iterator[tuple[str, Span]]:
    if span is not None:
        yield path, span


def _nesting(doc: Document) -> Iterator[Problem]:
    dateline = doc.dateline
    if dateline is not None:
        for name, inner in (("location_span", dateline.location_span), ("agency_span", dateline.agency_span)):
            if inner is not None and not dateline.span.contains(inner):
                yield Problem(
                    "span-outside-parent", f"dateline.{name} lies outside dateline.span", inner, "error"
                )
    for i, byline in enumerate(doc.bylines):
        if not byline.block.contains(byline.span):
            yield Problem(
                "span-outside-parent", f"bylines[{i}].span lies outside its block", byline.span, "error"
            )


def _quote_pieces(doc: Document) -> Iterator[Problem]:
    for i, quote in enumerate(doc.quotes):
        if not quote.content:
            yield Problem("quote-without-content", f"quotes[{i}] has no content span", None, "error")
        for j, (a, b) in enumerate(pairwise(quote.content)):
            if b.start < a.end:
                message = f"quotes[{i}].content[{j + 1}] starts before content[{j}] ends"
                yield Problem("quote-pieces-out-of-order", message, b, "error")


def _verbatim(doc: Document) -> Iterator[Problem]:
    text = doc.text
    if doc.dateline is not None and doc.dateline.span.slice(text) != doc.dateline.text:
        yield Problem("span-text-mismatch", "dateline text differs from its span", doc.dateline.span, "error")
    for byline in doc.bylines:
        if " ".join(byline.span.slice(text).split()) != byline.name:
            message = f"byline {byline.name!r} differs from its span"
            yield Problem("span-text-mismatch", message, byline.span, "error")


__all__ = ["all_spans", "lossless", "spans", "violations"]

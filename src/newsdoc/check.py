"""Invariant checks on a parsed Document, returned as problems rather than raised.

:func:`lossless` verifies the parser's central promise: every non-whitespace
character of the input belongs to exactly one element (header, date line, caption,
dateline, byline, paragraph or tail).  :func:`spans` verifies that every span lies
inside the text and that elements whose text is a verbatim slice match it.
"""

from __future__ import annotations

from newsdoc.model import Document, Problem, Span

MAX_REPORTED = 20
"""At most this many problems of one kind are listed (a broken parse can have thousands)."""


def lossless(doc: Document) -> list[Problem]:
    """Problems where the elements of ``doc`` miss or double-count non-whitespace text.

    An empty list means every non-whitespace character of ``doc.text`` lies in
    exactly one element span (see :meth:`Document.element_spans`).
    """
    text = doc.text
    labelled = sorted(doc.element_spans(), key=lambda item: (item[1].start, item[1].end))
    problems: list[Problem] = []
    position = 0
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
    _report(
        problems,
        Problem(
            "uncovered-text",
            f"text at {span.start}-{span.end} belongs to no element: {gap.strip()[:40]!r}",
            span,
            "error",
        ),
    )


def _report(problems: list[Problem], problem: Problem) -> None:
    if sum(1 for p in problems if p.code == problem.code) < MAX_REPORTED:
        problems.append(problem)


def spans(doc: Document) -> list[Problem]:
    """Problems where a span lies outside the text or a verbatim element disagrees with its span."""
    text = doc.text
    problems: list[Problem] = []
    for label, span in _all_spans(doc):
        if span.end > len(text):
            problems.append(
                Problem("span-outside-text", f"{label} span ends at {span.end} > {len(text)}", span, "error")
            )
    if doc.dateline is not None and doc.dateline.span.slice(text) != doc.dateline.text:
        problems.append(
            Problem("span-text-mismatch", "dateline text differs from its span", doc.dateline.span, "error")
        )
    for byline in doc.bylines:
        if " ".join(byline.span.slice(text).split()) != byline.name:
            problems.append(
                Problem(
                    "span-text-mismatch",
                    f"byline {byline.name!r} differs from its span",
                    byline.span,
                    "error",
                )
            )
    return problems


def _all_spans(doc: Document) -> list[tuple[str, Span]]:
    found = list(doc.element_spans())
    if doc.headline_span is not None:
        found.append(("headline", doc.headline_span))
    if doc.published_span is not None:
        found.append(("published", doc.published_span))
    found.extend(("byline name", b.span) for b in doc.bylines)
    for caption in doc.captions:
        if caption.credit is not None:
            found.append(("credit", caption.credit.span))
    return found


__all__ = ["lossless", "spans"]

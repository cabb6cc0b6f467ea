"""Markdown for people: headline, metadata line, captions, paragraphs, quotes.

Quote contents are **bold** in the text and listed with their speakers in a
closing "Quotes" section.  Every piece of document text is backslash-escaped,
so markup characters in the source never turn into Markdown syntax.
"""

from __future__ import annotations

import re

from newsdoc.model import Document, Quote
from newsdoc.serialize import Format
from newsdoc.serialize._inline import byline_statement, segments

_WHITESPACE = re.compile(r"\s+")
_SPECIAL = frozenset("\\`*_[]<>|~&")
_LINE_START = frozenset("#+-=>")


def escape(text: str, *, line_start: bool = False) -> str:
    """Backslash-escape what Markdown could read as syntax; whitespace runs become one space.

    Inline markers (``* _ ` [ ] < > | ~ &``) are escaped everywhere; with
    ``line_start`` also a leading ``#``, ``+``, ``-``, ``=``, ``>`` or list
    number ("1." / "1)"), which only mean something at the start of a block.
    """
    flat = _WHITESPACE.sub(" ", text)
    out = "".join("\\" + ch if ch in _SPECIAL else ch for ch in flat)
    if line_start and out:
        if out[0] in _LINE_START:
            return "\\" + out
        digits = len(out) - len(out.lstrip("0123456789"))
        if 0 < digits < len(out) and out[digits] in ".)":
            return out[:digits] + "\\" + out[digits:]
    return out


def _meta(doc: Document) -> str | None:
    parts = []
    if doc.published is not None:
        parts.append(f"Published {doc.published.isoformat()}")
    by = byline_statement(doc.bylines)
    if by:
        parts.append(f"By {by}")
    if doc.agency:
        parts.append(doc.agency)
    return "*" + escape(" · ".join(parts)) + "*" if parts else None


def _paragraph(doc: Document, index: int) -> str:
    out = []
    for number, segment in enumerate(segments(doc, doc.paragraphs[index])):
        text = escape(segment.text, line_start=number == 0 and not (index == 0 and doc.dateline))
        stripped = text.strip()
        if segment.role == "quote" and stripped:
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            out.append(f"{lead}**{stripped}**{trail}")
        else:
            out.append(text)
    return "".join(out)


def _quote_item(quote: Quote) -> str:
    who = escape(quote.speaker_name) if quote.speaker_name else "unknown speaker"
    detail = quote.kind + (f", {escape(quote.cue)}" if quote.cue else "")
    return f"- **{who}** ({detail}): {escape(quote.text)}"


def to_markdown(doc: Document) -> str:
    """The document as CommonMark text."""
    blocks: list[str] = []
    if doc.headline:
        blocks.append("# " + escape(doc.headline.strip()))
    meta = _meta(doc)
    if meta:
        blocks.append(meta)
    for caption in doc.captions:
        credit = f" (credit: {escape(caption.credit.name)})" if caption.credit is not None else ""
        blocks.append(f"> *Photo:* {escape(caption.text)}{credit}")
    for index in range(len(doc.paragraphs)):
        text = _paragraph(doc, index)
        if index == 0 and doc.dateline is not None:
            text = f"**{escape(doc.dateline.text)}** {text}"
        blocks.append(text)
    if not doc.paragraphs and doc.dateline is not None:
        blocks.append(f"**{escape(doc.dateline.text)}**")
    blocks += [escape(tail.text, line_start=True) for tail in doc.tails]
    if doc.quotes:
        blocks.append("## Quotes")
        blocks.append("\n".join(_quote_item(q) for q in doc.quotes))
    return "\n\n".join(blocks) + "\n" if blocks else ""


FORMAT = Format(
    "markdown", to_markdown, media_type="text/markdown", extension="md", description="Markdown for people"
)

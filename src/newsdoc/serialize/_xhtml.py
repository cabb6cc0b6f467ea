"""The XHTML body shared by ninjs (``bodies`` richtext) and the HTML page.

Paragraphs become ``<p>`` (the first one ``class="lead"``, opened by the
dateline in a ``<span class="dateline">``); quote contents become ``<q>`` with
the quote kind as class and the speaker's name as title.  Every piece of text
and every attribute value is escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape, quoteattr

from newsdoc.model import Document, Quote
from newsdoc.serialize._inline import segments, xml_safe


def quote_open(quote: Quote) -> str:
    """The opening ``<q>`` tag for a quote: kind as class, speaker (if known) as title."""
    attributes = f" class={quoteattr(quote.kind)}"
    if quote.speaker_name:
        attributes += f" title={quoteattr(quote.speaker_name)}"
    return f"<q{attributes}>"


def paragraph_html(doc: Document, index: int, open_quote: Callable[[Quote], str] = quote_open) -> str:
    """The inner XHTML of paragraph ``index``: escaped text with quotes as ``<q>``."""
    parts = []
    for segment in segments(doc, doc.paragraphs[index]):
        if segment.quote is None or segment.role != "quote":
            parts.append(escape(segment.text))
        else:
            parts.append(f"{open_quote(segment.quote)}{escape(segment.text)}</q>")
    return "".join(parts)


def xhtml_body(doc: Document, open_quote: Callable[[Quote], str] = quote_open) -> str:
    """Every paragraph as an XHTML ``<p>``; the lead carries the dateline."""
    out = []
    for index in range(len(doc.paragraphs)):
        inner = paragraph_html(doc, index, open_quote)
        if index == 0:
            if doc.dateline is not None:
                inner = f'<span class="dateline">{escape(doc.dateline.text)}</span> {inner}'
            out.append(f'<p class="lead">{inner}</p>')
        else:
            out.append(f"<p>{inner}</p>")
    if not doc.paragraphs and doc.dateline is not None:
        out.append(f'<p class="lead"><span class="dateline">{escape(doc.dateline.text)}</span></p>')
    return xml_safe("\n".join(out))

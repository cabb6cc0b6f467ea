"""A standalone HTML page for people, quotes highlighted with their speaker.

Quote contents are ``<q>`` elements (class = quote kind, ``data-speaker`` and
``title`` = the speaker), speaker mentions are ``<span class="speaker">``, and
a table lists every quote at the end.  All document text and attribute values
go through :func:`html.escape`.
"""

from __future__ import annotations

import html as _html

from newsdoc.model import Document, Quote
from newsdoc.serialize import Format
from newsdoc.serialize._inline import byline_statement, segments, xml_safe

_STYLE = """\
body { font-family: Georgia, serif; max-width: 42em; margin: 2em auto; line-height: 1.5; color: #222; }
.meta, figcaption, .tail { color: #555; font-size: 0.9em; }
.dateline { font-weight: bold; }
q { quotes: none; background: #fff3b0; }
q.indirect { background: #e3f0ff; }
q.mixed { background: #e8f7e0; }
q[data-speaker]::after { content: " \\2014 " attr(data-speaker); font-size: 0.75em; color: #666; }
.speaker { text-decoration: underline dotted; }
table { border-collapse: collapse; font-size: 0.9em; }
td, th { border: 1px solid #ccc; padding: 0.3em 0.5em; vertical-align: top; }
"""


def _e(text: str) -> str:
    return _html.escape(text, quote=True)


def _quote_open(quote: Quote) -> str:
    attributes = f' class="{_e(quote.kind)}"'
    if quote.speaker_name:
        name = _e(quote.speaker_name)
        attributes += f' data-speaker="{name}" title="{name}"'
    return f"<q{attributes}>"


def _paragraph(doc: Document, index: int) -> str:
    parts = []
    for segment in segments(doc, doc.paragraphs[index], with_speakers=True):
        if segment.role == "quote" and segment.quote is not None:
            parts.append(f"{_quote_open(segment.quote)}{_e(segment.text)}</q>")
        elif segment.role == "speaker":
            parts.append(f'<span class="speaker">{_e(segment.text)}</span>')
        else:
            parts.append(_e(segment.text))
    return "".join(parts)


def _meta(doc: Document) -> str:
    parts = []
    if doc.published is not None:
        iso = doc.published.isoformat()
        parts.append(f'<time datetime="{iso}">{iso}</time>')
    by = byline_statement(doc.bylines)
    if by:
        parts.append(f"By {_e(by)}")
    if doc.agency:
        parts.append(_e(doc.agency))
    return f'<p class="meta">{" · ".join(parts)}</p>' if parts else ""


def _quote_table(doc: Document) -> list[str]:
    if not doc.quotes:
        return []
    rows = [
        f"<tr><td>{_e(q.speaker_name or '?')}</td><td>{_e(q.kind)}</td>"
        f"<td>{_e(q.cue or '')}</td><td>{_e(q.text)}</td></tr>"
        for q in doc.quotes
    ]
    return [
        "<section><h2>Quotes</h2><table>",
        "<tr><th>speaker</th><th>kind</th><th>cue</th><th>quote</th></tr>",
        *rows,
        "</table></section>",
    ]


def to_html(doc: Document, *, language: str = "en") -> str:
    """The document as a standalone HTML5 page."""
    title = _e(doc.headline or "Untitled story")
    body = ["<article>"]
    if doc.headline:
        body.append(f"<h1>{_e(doc.headline)}</h1>")
    meta = _meta(doc)
    if meta:
        body.append(meta)
    for caption in doc.captions:
        credit = f' <span class="credit">{_e(caption.credit.name)}</span>' if caption.credit else ""
        body.append(f"<figure><figcaption>{_e(caption.text)}{credit}</figcaption></figure>")
    for index in range(len(doc.paragraphs)):
        inner = _paragraph(doc, index)
        if index == 0 and doc.dateline is not None:
            inner = f'<span class="dateline">{_e(doc.dateline.text)}</span> {inner}'
        body.append(f'<p class="lead">{inner}</p>' if index == 0 else f"<p>{inner}</p>")
    body += [f'<p class="tail">{_e(tail.text)}</p>' for tail in doc.tails]
    body += _quote_table(doc)
    body.append("</article>")
    page = "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{_e(language)}">',
            "<head>",
            '<meta charset="utf-8">',
            f"<title>{title}</title>",
            f"<style>\n{_STYLE}</style>",
            "</head>",
            "<body>",
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )
    return xml_safe(page)


FORMAT = Format("html", to_html, media_type="text/html", extension="html", description="standalone HTML page")

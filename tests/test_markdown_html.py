"""Markdown and HTML pages for people: quotes highlighted with speakers, text escaped."""

from __future__ import annotations

from html.parser import HTMLParser

import newsdoc
from export_fixture import build
from newsdoc.serialize.markdown import escape

HOSTILE = ' date 2031-03-14 <script>alert("x")</script> & *stars* _under_ [link](http://x)\n\n# not a heading\n\n1. not a list\n'


class _Collector(HTMLParser):
    """Records start tags (with attributes) and the text inside each ``q``."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.quotes: list[str] = []
        self.in_quote = False
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta",):
            self.open.append(tag)
        if tag == "q":
            self.in_quote = True
            self.quotes.append("")

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1] if self.open else None}>"
        self.open.pop()
        if tag == "q":
            self.in_quote = False

    def handle_data(self, data: str) -> None:
        if self.in_quote:
            self.quotes[-1] += data


def collect(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    collector.close()
    assert collector.open == [], "unclosed tags"
    return collector


def test_markdown_headline_meta_and_quotes() -> None:
    md = newsdoc.dumps(build(), format="markdown")
    lines = md.split("\n\n")
    assert lines[0] == "# Harbour city opens tidal barrier after decade of delays"
    assert lines[1] == "*Published 2031-03-14 · By Mara Ellison and Tomas Reyes-Okafor · Tidewire*"
    assert "Franck said **the project had cost less" in md
    assert "\\<Gate 3\\>" in md and "dry \\& safe" in md
    assert (
        "- **Odile Franck** (direct, told): This wall will keep our homes dry \\& safe for fifty years," in md
    )
    # the quote that spanned a line break is one line in the list
    assert "feared, and that repairs" in md


def test_markdown_escapes_syntax_in_text() -> None:
    md = newsdoc.dumps(newsdoc.parse(HOSTILE), format="markdown")
    assert "\\<script\\>" in md and "\\*stars\\*" in md and "\\_under\\_" in md and "\\[link\\]" in md
    assert "\n\n\\# not a heading" in md
    assert "\n\n1\\. not a list" in md


def test_markdown_escape_rules() -> None:
    assert escape("a\n  b") == "a b"
    assert escape("- item", line_start=True) == "\\- item"
    assert escape("- item") == "- item"
    assert escape("12) x", line_start=True) == "12\\) x"
    assert escape("2031 was", line_start=True) == "2031 was"


def test_html_is_a_standalone_page_with_highlighted_quotes() -> None:
    page = newsdoc.dumps(build(), format="html")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    found = collect(page)
    quotes = [attrs for tag, attrs in found.tags if tag == "q"]
    assert [q.get("data-speaker") for q in quotes] == [
        "city officials",
        "Odile Franck",
        "Odile Franck",
        "harbour authority",
    ]
    assert [q.get("class") for q in quotes] == ["indirect", "direct", "indirect", "indirect"]
    assert found.quotes[1] == "This wall will keep our homes dry & safe for fifty years,"
    speakers = [attrs for tag, attrs in found.tags if tag == "span" and attrs.get("class") == "speaker"]
    assert len(speakers) == 4
    assert "&lt;Gate 3&gt;" in page


def test_html_escapes_everything() -> None:
    page = newsdoc.dumps(newsdoc.parse(HOSTILE), format="html")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    found = collect(page)
    assert "script" not in {tag for tag, _ in found.tags}


def test_empty_document_renders() -> None:
    empty = newsdoc.Document(text="")
    assert newsdoc.dumps(empty, format="markdown") == ""
    assert "<title>Untitled story</title>" in newsdoc.dumps(empty, format="html")

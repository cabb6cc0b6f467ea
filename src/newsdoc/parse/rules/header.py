"""Header rule: the seed layout's `` date YYYY-MM-DD headline`` line, or a bare headline.

Bare wire copy (AFP, Reuters 1987, web copy) opens with a headline line and a
blank line.  The first block is taken as the headline when it is short and is
neither a dateline paragraph, a byline nor a photo caption.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from newsdoc.model import Span
from newsdoc.parse.rules.captions import ends_in_credit
from newsdoc.parse.rules.date_line import is_date_line
from newsdoc.parse.rules.dateline import match_dateline
from newsdoc.parse.state import ParseState, Rule
from newsdoc.parse.wire import normalise_agency

_HEADER: Final = re.compile(r"date[ \t]+(\d{4})-(\d{2})-(\d{2})(?:[ \t]+(\S[^\n]*))?")

MAX_HEADLINE_LINES: Final = 3
MAX_HEADLINE_CHARS: Final = 300
MIN_BODY_AFTER_DATELINE: Final = 80


def apply(state: ParseState) -> None:
    if not state.blocks:
        return
    line = state.blocks[0].first_line
    match = _HEADER.fullmatch(state.text, line.start, line.end)
    if match is not None:
        _take_header(state, match)
    elif is_bare_headline(state):
        _take_headline(state)


def _take_header(state: ParseState, match: re.Match[str]) -> None:
    if state.blocks[0].line_count == 1:
        state.claim(0, "header")
    else:  # text right under the header line, with no blank line: it stays for the other rules
        state.trim(0, start=match.end())
    state.header_span = Span(match.start(), match.end())
    try:
        state.published = dt.date(int(match[1]), int(match[2]), int(match[3]))
        state.published_span = Span(match.start(1), match.end(3))
    except ValueError:
        state.problem(
            "bad-header-date",
            f"impossible date {match[1]}-{match[2]}-{match[3]}",
            Span(match.start(1), match.end(3)),
        )
    if match[4] is not None:
        state.headline = match[4].strip()
        state.headline_span = Span(match.start(4), match.start(4) + len(state.headline))


def is_bare_headline(state: ParseState) -> bool:
    """Whether the first block reads as a headline line rather than body, byline or dateline."""
    if len(state.blocks) < 2:
        return False
    block = state.blocks[0]
    text = state.text
    if block.line_count > MAX_HEADLINE_LINES or block.end - block.start > MAX_HEADLINE_CHARS:
        return False
    first = block.first_line
    if text[first.start : first.start + 3].casefold() == "by " or is_date_line(text, block.start, block.end):
        return False
    if _may_open_paragraph(text, first.start, first.end, block.end):
        dateline = match_dateline(text, first.start, first.end, allow_bare=False)
        if dateline is not None and _opens_paragraph(dateline, block.end):
            return False
    return ends_in_credit(text, block.start, block.end) is None


def _may_open_paragraph(text: str, start: int, end: int, block_end: int) -> bool:
    """Whether a dateline on the line ``text[start:end]`` could pass :func:`_opens_paragraph`.

    A short block leaves no room for body text after a dateline, so only an agency
    would do, and an agency needs a parenthesis or the word "Reuters".  Most
    headlines are short and have neither: the dateline expression is not run.
    """
    if block_end - start > MIN_BODY_AFTER_DATELINE:
        return True
    line = text[start:end]
    return "(" in line or "reuter" in line.lower()


def _opens_paragraph(dateline: re.Match[str], block_end: int) -> bool:
    """A dateline with an agency, or followed by body text, opens a paragraph, not a headline.

    Headlines can read like a bare dateline ("ROTTERDAM PORT SUBSIDY TO END JULY 1 -
    MINISTER"), so a short first block with neither is still taken as the headline.
    """
    agency = dateline["agency"] or dateline["agency2"]
    if agency is not None and normalise_agency(agency)[0] is not None:
        return True
    return block_end - dateline.end() > MIN_BODY_AFTER_DATELINE


def _take_headline(state: ParseState) -> None:
    block = state.blocks[0]
    state.claim(0, "headline")
    state.headline = block.unwrapped(state.text)
    state.headline_span = block.span


RULE: Rule = Rule("header", apply)

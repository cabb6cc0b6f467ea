"""Header rule: the seed layout's `` date YYYY-MM-DD headline`` line."""

from __future__ import annotations

import datetime as dt
import re

from newsdoc.model import Span
from newsdoc.parse.state import ParseState, Rule

_HEADER = re.compile(r"date[ \t]+(\d{4})-(\d{2})-(\d{2})(?:[ \t]+(\S[^\n]*))?")


def apply(state: ParseState) -> None:
    if not state.blocks:
        return
    line = state.blocks[0].lines[0]
    match = _HEADER.fullmatch(state.text, line.start, line.end)
    if match is not None:
        _take_header(state, match)


def _take_header(state: ParseState, match: re.Match[str]) -> None:
    state.split_block(0, 1)  # the header is one line; a line wrapped under it is other text
    state.claim(0, "header")
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


RULE = Rule("header", apply)

"""Captions rule: photo captions that end in a credit such as ``(Xinhua/Li Xueren)``.

Captions sit between the header and the dateline.  A block is a caption when it
ends in a parenthesised photo credit: ``(Agency/Name)``, ``(Agency Photo/Name)``,
``(AGENCY PHOTO / Name)`` or ``(AP Photo)``.  The photographer becomes the
caption's credit, a :class:`Byline` with role ``photographer``; a credit that names
no person ("stringer", "handout") keeps the caption without a credit byline.
"""

from __future__ import annotations

import re
from typing import Final

from newsdoc.model import Byline, Caption, Span
from newsdoc.parse.state import ParseState, Rule
from newsdoc.parse.wire import looks_like_person, normalise_agency

MAX_BLOCKS: Final = 6

_CREDIT: Final = re.compile(
    r"\([ \t]*(?P<credit>(?P<agency>[A-Z][\w.&-]*(?:[ \t][A-Z][\w.&-]*){0,2}?)"
    r"(?:[ \t]+(?P<photo>(?i:photo)))?"
    r"(?:[ \t]*/[ \t]*(?P<name>[^()/\n]{1,60}?))?)[ \t]*\)"
)


def ends_in_credit(text: str, start: int, end: int) -> re.Match[str] | None:
    """The photo credit that closes ``text[start:end]``, if there is one."""
    open_paren = text.rfind("(", start, end)
    if open_paren < 0 or end - open_paren > 90:
        return None
    found = _CREDIT.fullmatch(text, open_paren, end)
    if found is None or (found["photo"] is None and found["name"] is None):
        return None
    return found


def apply(state: ParseState) -> None:
    text = state.text
    for checked, index in enumerate(state.unclaimed()):
        if checked >= MAX_BLOCKS:
            return
        start, end = state.bounds(index)
        credit = ends_in_credit(text, start, end)
        if credit is not None:
            _take(state, index, credit)
            continue
        if text[start : start + 3].casefold() != "by ":
            return  # the dateline or the body begins: captions come before them


def _take(state: ParseState, index: int, credit: re.Match[str]) -> None:
    start, end = state.bounds(index)
    state.claim(index, "caption")
    text = state.blocks[index].unwrapped(state.text, start, end)
    state.captions.append(Caption(text=text, span=Span(start, end), credit=_credit_byline(credit)))


def _credit_byline(credit: re.Match[str]) -> Byline | None:
    name = credit["name"]
    if name is None:
        return None
    name = name.strip()
    if not looks_like_person(name):
        return None
    agency_raw = credit["agency"]
    agency = normalise_agency(agency_raw)[0] or agency_raw
    name_start = credit.start("name")
    return Byline(
        name=name,
        span=Span(name_start, name_start + len(name)),
        block=Span(credit.start("credit"), credit.end("credit")),
        role="photographer",
        agency=agency,
    )


RULE: Rule = Rule("captions", apply)

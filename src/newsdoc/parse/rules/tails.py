"""Tails rule: sign-offs, credit blocks and end markers after the body.

Recognised from the end of the story backwards: the 1987 Reuters sign-off
``Reuter``, Xinhua's ``Enditem`` (and its misspellings), ``(MORE)`` / ``(END)``
markers and Reuters credit blocks ``(Reporting by X; Editing by Y)``, whose people
become bylines with roles reporter, writer and editor.  A tail may be a block of its
own or the last line or words of the last paragraph.  When the dateline names no
agency, a Reuters sign-off or a Reuters byline supplies it.
"""

from __future__ import annotations

import re
from typing import Final

from newsdoc.model import Byline, Dateline, Tail, TailKind
from newsdoc.parse.state import ParseState, Rule, new_span, new_tail
from newsdoc.parse.wire import looks_like_person, within_one_edit

_CODE: Final = (
    r"(?:\.{1,3}|\d{1,2}:\d{2}(?:/[A-Za-z]{1,4})?)?[\x00-\x08\x0e-\x1b\x7f]{0,3}"  # time, desk, ETX
)
_SIGNOFF: Final = re.compile(rf"(?i:reuters?|reute){_CODE}")
_MARKER: Final = re.compile(r"\(?(?i:(?P<end>end)|(?P<more>more))\)?")
_WORD_TAIL: Final = re.compile(r"[A-Za-z]{5,9}")
_CREDITS: Final = re.compile(
    r"\([ \t]*(?P<body>(?i:(?:additional[ \t]+)?[a-z]+(?:[ \t]+[a-z]+)?[ \t]+by)\b[^()]{1,600})\)"
)
_SEGMENT: Final = re.compile(
    r"[ \t\n]*(?P<what>(?i:(?:additional[ \t\n]+)?[a-z]+(?:[ \t\n]+[a-z]+)?))[ \t\n]+(?i:by)[ \t\n]+"
)
_PIECE: Final = re.compile(r"[ \t\n]*(?:,|\band\b|&)[ \t\n]*")
_IN_PLACE: Final = re.compile(r"[ \t\n]+(?:in|at|from)[ \t\n]+")
_NOTE: Final = re.compile(
    r"\((?i:eds?|editors?|editor's[ \t]+note|note)\b[^()]{0,300}\)"  # (EDS: ...) editor notes
    r"|\([ \t]*[$€£¥][ \t]*1[ \t]*=[^()]{1,80}\)"  # ($1 = 1.5886 Australian dollars)
    r"|\(\([^()@]{1,120}@[^()]{1,120}\)\)"  # ((reporter.name@agency.com; ...))
)
_SLUG: Final = re.compile(r"[a-z]{2,4}(?:/[a-z]{2,4}){1,3}")  # AFP desk initials: "dmh/ns"
_CODE_TOKEN: Final = re.compile(r"=?\d[\d/:.-]{0,15}|GMT|nnnn|NNNN")
_INLINE_END: Final = re.compile(rf"(?<=[\s.!?\"”])(?P<word>[A-Za-z]{{5,9}}{_CODE})\Z")

INLINE_WINDOW: Final = 24
"""A tail run into the last paragraph is looked for in its last characters only."""

ROLES: dict[str, str] = {
    "reporting": "reporter",
    "additional reporting": "reporter",
    "writing": "writer",
    "written": "writer",
    "compiled": "writer",
    "compiling": "writer",
    "editing": "editor",
    "edited": "editor",
    "graphics": "graphics",
    "photos": "photographer",
    "photography": "photographer",
}


def apply(state: ParseState) -> None:
    found: list[Tail] = []
    for index in reversed(state.unclaimed()):
        if not _take_block(state, index, found):
            break
    state.tails.extend(sorted(found, key=lambda tail: tail.span.start))
    _agency_from_tails(state)


def _take_block(state: ParseState, index: int, found: list[Tail]) -> bool:
    """Take ``index`` as a tail (True) or trim tail lines off its end (False: the body starts)."""
    text = state.text
    start, end = state.bounds(index)
    if start >= end:
        return True
    tail = _tail_at(state, start, end)
    if tail is not None:
        state.claim(index, "tail")
        found.append(tail)
        return True
    for line in state.blocks[index].later_lines_from_end():
        if line.start < start or line.end > end:
            continue
        tail = _tail_at(state, line.start, end)
        if tail is None:
            break
        found.append(tail)
        state.trim(index, end=line.start)
        end = state.bounds(index)[1]
    if text[end - 1 : end] == ")":
        open_paren = text.rfind("(", start, end)
        if open_paren > start:
            tail = _tail_at(state, open_paren, end)
            if tail is not None:
                found.append(tail)
                state.trim(index, end=open_paren)
                return False
    inline = _INLINE_END.search(text, max(start, end - INLINE_WINDOW), end)
    if inline is not None and inline.start() > start:
        word_start = inline.start("word")
        tail = _tail_at(state, word_start, end)
        if tail is not None and _inline_ok(tail, text, word_start):
            found.append(tail)
            state.trim(index, end=word_start)
    return False


def _inline_ok(tail: Tail, text: str, start: int) -> bool:
    """An end marker, or a capitalised sign-off after a sentence end, may close the last paragraph."""
    if tail.kind == "end-marker":
        return True
    return tail.kind == "signoff" and (tail.text[:6].isupper() or text[start - 2 : start - 1] in '.!?"')


def _tail_at(state: ParseState, start: int, end: int) -> Tail | None:
    text = state.text
    kind = _kind(text, start, end)
    if kind is None:
        return None
    span = new_span(start, end)
    if kind == "credits":
        _credit_bylines(state, start, end)
    return new_tail(kind, " ".join(text[start:end].split()), span)


SHORT_TAIL_CHARS: Final = 20
"""The longest chunk :data:`_SIGNOFF`, :data:`_MARKER`, :data:`_WORD_TAIL` or :data:`_SLUG` can match."""


def _kind(text: str, start: int, end: int) -> TailKind | None:
    size = end - start
    if size > 700:
        return None
    if size > SHORT_TAIL_CHARS and text[start] != "(":  # most lines of the last paragraph
        return "transmission" if _is_transmission_code(text[start:end]) else None
    if _SIGNOFF.fullmatch(text, start, end):
        return "signoff"
    marker = _MARKER.fullmatch(text, start, end)
    if marker is not None:
        return "end-marker" if marker["end"] else "transmission"
    if _WORD_TAIL.fullmatch(text, start, end) and is_enditem(text[start:end]):
        return "end-marker"
    credit_block = _CREDITS.fullmatch(text, start, end)
    if credit_block is not None and _known_credit(credit_block["body"]):
        return "credits"
    if _NOTE.fullmatch(text, start, end):
        return "note"
    if _SLUG.fullmatch(text, start, end):
        return "signoff"
    if _is_transmission_code(text[start:end]):
        return "transmission"
    return None


def _is_transmission_code(chunk: str) -> bool:
    """Gigaword-era codes after the end marker: "=01022049", "02/01/96 20:50 GMT", "nnnn"."""
    if not _may_open_code(chunk[:1]):  # most lines of the last paragraph: no split
        return False
    tokens = chunk.split(None, 10)  # an 11th piece means too many tokens: no need to split the rest
    if not 1 <= len(tokens) <= 10 or not all(_CODE_TOKEN.fullmatch(token) for token in tokens):
        return False
    return any(token.startswith("=") or token in ("GMT", "nnnn", "NNNN") for token in tokens)


def _may_open_code(first: str) -> bool:
    """Whether a chunk opening with ``first`` can start with a :data:`_CODE_TOKEN` (or a space)."""
    return first in _CODE_OPENERS or first.isdigit() or first.isspace()


_CODE_OPENERS: Final = "=GnN"
"""What a :data:`_CODE_TOKEN` can start with besides a digit."""


def is_enditem(word: str) -> bool:
    """Xinhua's end marker, also misspelled ("Endtiem", "Ednitem", "Enitem", "nditem")."""
    key = word.casefold()
    if within_one_edit(key, "enditem"):
        return True
    return len(key) in (6, 7, 8) and sorted(key) == sorted("enditem")


def _known_credit(body: str) -> bool:
    found = _SEGMENT.match(body)
    return found is not None and _role(found["what"]) is not None


def _role(what: str) -> str | None:
    return ROLES.get(" ".join(what.split()).casefold())


def _credit_bylines(state: ParseState, start: int, end: int) -> None:
    """People in "(Reporting by A in X; Editing by B and C)" become bylines with roles."""
    text = state.text
    block = new_span(start, end)
    agency = state.dateline.agency if state.dateline is not None else None
    inner_start = text.index("(", start, end) + 1
    inner_end = text.rindex(")", start, end)
    segment_start = inner_start
    while segment_start < inner_end:
        semicolon = text.find(";", segment_start, inner_end)
        segment_end = inner_end if semicolon < 0 else semicolon
        head = _SEGMENT.match(text, segment_start, segment_end)
        role = _role(head["what"]) if head is not None else None
        if head is not None and role is not None:
            for name, name_start, name_end in _credited_names(text, head.end(), segment_end):
                state.bylines.append(
                    Byline(
                        name=name, span=new_span(name_start, name_end), block=block, role=role, agency=agency
                    )
                )
        segment_start = segment_end + 1


def _credited_names(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Names joined by "and" / commas, each maybe followed by "in PLACE" (skipped)."""
    people: list[tuple[str, int, int]] = []
    position = start
    in_place = False
    for separator in [*_PIECE.finditer(text, start, end), None]:
        piece_end = end if separator is None else separator.start()
        joiner = "" if separator is None else text[separator.start() : separator.end()].strip()
        if not in_place:
            place = _IN_PLACE.search(text, position, piece_end)
            name_end = piece_end if place is None else place.start()
            while name_end > position and text[name_end - 1] in ". \t\n":
                name_end -= 1
            name = " ".join(text[position:name_end].split())
            if looks_like_person(name):
                people.append((name, position, name_end))
            in_place = place is not None
        if joiner != ",":
            in_place = False
        if separator is not None:
            position = separator.end()
    return people


def _agency_from_tails(state: ParseState) -> None:
    """1987 Reuters datelines name no agency: the "Reuter" sign-off or a Reuters byline does.

    The state's dateline is the parse's working object until the document is frozen,
    so the agency is given to it in place rather than by building it a second time
    (as the speakers rule completes quotes).  This is the rule's last step: a crash
    before it leaves the dateline as it was.
    """
    dateline = state.dateline
    if dateline is None or dateline.agency is not None:
        return
    agency = None
    if any(tail.kind == "signoff" and _SIGNOFF.fullmatch(tail.text) for tail in state.tails):
        agency = "Reuters"
    else:
        agency = next((b.agency for b in state.bylines if b.agency), None)
    if agency is None and _reuters_1987_layout(state):
        agency = "Reuters"
    if agency is not None:
        _set_agency(dateline, agency)


_set_agency: Final = Dateline.__dict__["agency"].__set__
"""Sets a dateline's agency slot (a frozen class's ``__setattr__`` refuses)."""


def _reuters_1987_layout(state: ParseState) -> bool:
    """Indented, hard-wrapped copy whose dateline ends in a bare " -": Reuters as sent in 1987.

    Such copy never names the agency in the dateline; when the "Reuter" sign-off
    is missing too (cut-off takes, tables), the layout itself says whose copy it is.
    """
    dateline = state.dateline
    index = state.dateline_block
    if dateline is None or index is None or not dateline.text.endswith("-") or dateline.text.endswith("--"):
        return False
    return state.blocks[index].first_indent >= 2


RULE: Rule = Rule("tails", apply)

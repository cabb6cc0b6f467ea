"""Bylines rule: ``By NAME[ and NAME][, Agency|Title]`` lines above the dateline.

Forms: ``By CHEGE MBITIRU`` with an ``Associated Press Writer`` title line,
``By Andy Bruce and Andrea Shalal`` (two bylines sharing one block), 1987 Reuters
``by NAME, Reuters`` (lower-case, indented) and ``By NAME, TITLE``.  Each person
becomes a :class:`Byline` whose ``span`` is the name exactly and whose ``block`` is
the whole byline.  Agencies, titles and junk ("Email the author") are never people.
"""

from __future__ import annotations

import re
from typing import Final

from newsdoc.model import Byline, Span
from newsdoc.parse.state import Line, ParseState, Rule
from newsdoc.parse.wire import looks_like_person, normalise_agency, split_names

MAX_BLOCKS: Final = 4
MAX_TITLE_CHARS: Final = 60
MAX_LINE_CHARS: Final = 120

_BY: Final = re.compile(r"(?i:by)(?::?[ \t]+|:)(?=[^\W\d_])")
_ROLE_PREFIX: Final = re.compile(
    r"(?P<title>(?:(?P<agency>(?i:xinhua|reuters|ap|afp|upi))[ \t]+)?(?i:staff[ \t]+)?"
    r"(?i:writer|correspondent|reporter|journalist)s?)[ \t]+(?=[^\W\d_])"
)
_TITLE_BLOCK: Final = re.compile(
    r"(?i:e-?mail[ \t]+the[ \t]+author)"
    r"|(?:[A-Z][\w.&'-]*[ \t]+){0,4}(?i:writer|correspondent|reporter|editor|staff)"
)
_AGENCY_IN_TITLE: Final = re.compile(
    r"(?i:associated press|reuters?|xinhua|afp|upi|cnn|agence france-presse)"
)


def apply(state: ParseState) -> None:
    for checked, index in enumerate(state.unclaimed()):
        if checked >= MAX_BLOCKS:
            return
        start, _end = state.bounds(index)
        first = state.first_line(index)
        if first.end - start > MAX_LINE_CHARS or _BY.match(state.text, start) is None:
            return
        if not _take(state, index):
            return


def _take(state: ParseState, index: int) -> bool:
    """Read the byline block; False when it names nobody (it then stays body text)."""
    text = state.text
    lines = state.lines(index)
    first = lines[0]
    by = _BY.match(text, first.start)
    assert by is not None
    names_start = by.end()
    prefix = _ROLE_PREFIX.match(text, names_start, first.end)  # "by Xinhua writer Li Hua"
    if prefix is not None:
        names_start = prefix.end()
    names_end, affiliation = _split_affiliation(text, names_start, first.end)
    if prefix is not None and affiliation is None:
        affiliation = prefix["title"]
    people = split_names(text, names_start, names_end)
    if not people:
        return False
    title_lines = _title_lines(text, lines[1:])
    last = lines[len(title_lines)]
    block = Span(first.start, last.end)
    whole = len(title_lines) + 1 == len(lines) and block.start == state.blocks[index].start
    title_block = _title_block(state, index) if whole else None
    if title_block is not None:
        title_lines.append(state.first_line(title_block))
        block = Span(block.start, state.blocks[title_block].end)
        state.claim(title_block, "byline")
    for line in title_lines:
        extra = text[line.start : line.end]
        if affiliation is None and _AGENCY_IN_TITLE.search(extra):
            affiliation = extra
    agency, title = _agency_and_title(affiliation)
    for name, start, end in people:
        state.bylines.append(
            Byline(name=name, span=Span(start, end), block=block, agency=agency, title=title)
        )
    if whole:
        state.claim(index, "byline")
    else:
        state.trim(index, start=block.end)
    return True


def _title_block(state: ParseState, index: int) -> int | None:
    """The next block when it is only a title or "Email the author" line under the byline."""
    following = index + 1
    if following >= len(state.blocks) or state.roles[following] != "unclaimed":
        return None
    start, end = state.bounds(following)
    if end - start > MAX_TITLE_CHARS or _TITLE_BLOCK.fullmatch(state.text, start, end) is None:
        return None
    return following


def _split_affiliation(text: str, start: int, end: int) -> tuple[int, str | None]:
    """Where the names end, and the agency or title after them ("..., Reuters")."""
    comma = text.rfind(",", start, end)
    if comma >= 0:
        tail = text[comma + 1 : end].strip()
        if tail and not looks_like_person(tail):
            return comma, tail
    last_space = text.rfind(" ", start, end)
    if last_space > start:
        word = text[last_space + 1 : end]
        if normalise_agency(word.strip(".,"))[0] is not None:
            return last_space, word
    return end, None


def _title_lines(text: str, lines: tuple[Line, ...]) -> list[Line]:
    """Short title lines under the byline ("Associated Press Writer", "Email the author")."""
    taken: list[Line] = []
    for line in lines:
        content = text[line.start : line.end]
        if len(content) > MAX_TITLE_CHARS or content.endswith((".", '"')) or " - " in content:
            break
        if any(ch.isdigit() for ch in content) or "(" in content:
            break
        taken.append(line)
    return taken


def _agency_and_title(affiliation: str | None) -> tuple[str | None, str | None]:
    if affiliation is None:
        return None, None
    cleaned = affiliation.strip(" .,")
    agency, _irregular = normalise_agency(cleaned)
    if agency is not None:
        return agency, None
    found = _AGENCY_IN_TITLE.search(cleaned)
    if found is not None:
        return normalise_agency(found.group())[0], cleaned
    return None, cleaned


RULE: Rule = Rule("bylines", apply)

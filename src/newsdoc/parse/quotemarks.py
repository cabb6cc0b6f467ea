"""Quote marks and sentences: the text layer under quote extraction.

Quote marks are paired by family, never by count: double marks (``"`` “ ” „
````` ``''``), guillemets (« »), and single marks (‘ ’ and ``'``) which are
only quotes when they open before a word and close after one (so "don't",
"Jones'" and "'90s" stay apostrophes).  Sentences are split at ``.?!`` outside
quote marks, skipping abbreviations ("Nov.", "Mr.", "U.S.").  Everything is one
linear pass over the source text; offsets always index the original string.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

_MARK_RE: Final = re.compile(r"[\"“”„«»‘’'‹›`]")
_OPEN_CONTEXT: Final = frozenset(" \t\n\r([{—–-/:;,\u00a0")
_SINGLE_OPEN_CONTEXT: Final = _OPEN_CONTEXT | {'"', "“"}
_DOUBLE: Final = "double"
_GUILLEMET: Final = "guillemet"
_SINGLE: Final = "single"
# Final: a C static in the compiled build, where an imported name is a dict look-up per call.
_bisect_right: Final = bisect.bisect_right


@dataclass(slots=True, init=False)
class Region:
    """One top-level quoted stretch ``[start, end)``, marks included.

    ``closed`` is False when the paragraph ended before a closing mark.
    Read-only by convention, not frozen: a frozen dataclass cannot have a written-out
    ``__init__``, and the compiled build runs only a written one natively.
    """

    start: int
    end: int
    family: str
    closed: bool

    def __init__(self, start: int, end: int, family: str, closed: bool = True) -> None:
        # Written out (init=False): mypyc compiles a class's own __init__, not the one
        # dataclasses generates at import, so pairing quotes builds regions natively.
        self.start = start
        self.end = end
        self.family = family
        self.closed = closed


def _classify(text: str, pos: int, mark: str, start: int, end: int) -> tuple[str, str] | None:
    """(family, "open" | "close" | "either") for a mark, None for an apostrophe."""
    before = text[pos - 1] if pos > start else " "
    after = text[pos + len(mark)] if pos + len(mark) < end else " "
    if mark == "“" and after.isspace() and not before.isspace():
        return _DOUBLE, "either"  # a typo'd closer: "It's unusual,“ said ...
    if mark in ("“", "„", "``"):
        return _DOUBLE, "open"
    if mark == "”":
        if before in _OPEN_CONTEXT and after.isalnum():
            # ',”Olsen said' is a closer with a missing space; ' ”Word' opens
            return _DOUBLE, "either" if before in ",;:" else "open"
        return _DOUBLE, "close"
    if mark in ("«", "‹"):
        return _GUILLEMET, "open"
    if mark in ("»", "›"):
        return _GUILLEMET, "close"
    if mark in ('"', "''"):
        opens = before in _OPEN_CONTEXT or before in "“‘'"
        closes = not after.isalnum()
        if opens and not closes:
            return _DOUBLE, "open"
        if closes and not opens:
            return _DOUBLE, "close"
        return _DOUBLE, "either"
    # single marks: ‘ ’ '
    if before.isalnum() and after.isalnum():
        return None  # don't, Jones's
    if mark in ("‘", "'") and before in _SINGLE_OPEN_CONTEXT and after.isalpha():
        return _SINGLE, "open"
    if mark in ("’", "'") and not before.isspace() and not after.isalnum():
        return _SINGLE, "close"
    return None


_MARK_CHARS: Final = "\"'`“”„«»‘’‹›"
"""The characters :data:`_MARK_RE` matches; only the first three occur in ASCII text."""


def _mark_offsets(text: str, start: int, end: int) -> list[int]:
    """Where :data:`_MARK_RE` matches in ``[start, end)``, in order (ASCII text holds
    at most the first three mark characters)."""
    return _offsets_of(text, start, end, _MARK_CHARS[:3] if text.isascii() else _MARK_CHARS)


def _offsets_of(text: str, start: int, end: int, chars: str) -> list[int]:
    """Every offset in ``[start, end)`` holding one of ``chars``, in order.

    One literal search per character instead of a character class: a class is
    tested at every character, a literal is skipped to by the string search, and
    a stretch holds few distinct characters of a small set.
    """
    offsets: list[int] = []
    present = 0
    for char in chars:
        position = text.find(char, start, end)
        if position < 0:
            continue
        present += 1
        while position >= 0:
            offsets.append(position)
            position = text.find(char, position + 1, end)
    if present > 1:
        offsets.sort()
    return offsets


def find_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Every candidate quote mark in ``[start, end)`` as (offset, mark).

    The typewriter pairs ```` `` ```` and ``''`` count as one mark; a lone backtick
    is not a mark, nor is an apostrophe between two letters or digits ("don't",
    "Li's"): :func:`pair_quotes` would drop it anyway, and a paragraph whose only
    marks are such apostrophes then needs no pairing at all.
    """
    return marks_and_apostrophes(text, start, end)[0]


def marks_and_apostrophes(text: str, start: int, end: int) -> tuple[list[tuple[int, str]], list[int]]:
    """:func:`find_marks`, and where the apostrophes it left out stand.

    A caller that searches several paragraphs at once learns from the second list
    whether an apostrophe sits on a paragraph's edge, where seen from that
    paragraph alone it would be a candidate after all.

    >>> marks_and_apostrophes("Li's 'plan'", 0, 11)
    ([(5, "'"), (10, "'")], [2])
    """
    marks: list[tuple[int, str]] = []
    apostrophes: list[int] = []
    skip = -1
    last = end - 1
    for position in _mark_offsets(text, start, end):
        if position == skip:
            continue
        mark = text[position]
        if (
            mark in "'’"
            and start < position < last
            and text[position + 1].isalnum()
            and text[position - 1].isalnum()
        ):
            apostrophes.append(position)  # inside a word
        elif mark in "`'" and text.startswith(mark, position + 1) and position + 1 < end:
            marks.append((position, mark + mark))
            skip = position + 1
        elif mark != "`":
            marks.append((position, mark))
    return marks, apostrophes


def pair_quotes(
    text: str, start: int, end: int, marks: list[tuple[int, str]] | None = None
) -> tuple[list[Region], int | None]:
    """Top-level quote regions of ``text[start:end]`` and an unclosed opener, if any.

    A double or guillemet opener still open at ``end`` yields a region running
    to ``end`` with ``closed=False`` and its position as the second value.
    Unclosed single marks are dropped: they are far more often apostrophes.

    >>> regions, unclosed = pair_quotes('He said "yes," and left.', 0, 24)
    >>> [(r.start, r.end) for r in regions], unclosed
    ([(8, 14)], None)
    """
    stack: list[tuple[str, int]] = []
    open_at: dict[str, list[int]] = {}  # each family's openers as stack indices: O(1) lookups
    regions: list[Region] = []
    if marks is None:
        marks = find_marks(text, start, end)
    for position, mark in marks:
        role = _classify(text, position, mark, start, end)
        if role is None:
            continue
        family, kind = role
        if kind == "either":
            kind = "close" if open_at.get(family) else "open"
        if kind == "open":
            open_at.setdefault(family, []).append(len(stack))
            stack.append((family, position))
            continue
        waiting = open_at.get(family)
        if not waiting:
            continue  # a stray closer: nothing to close
        depth = waiting[-1]
        opened = stack[depth][1]
        for closed_family, _ in stack[depth:]:  # each entry is popped once: linear overall
            open_at[closed_family].pop()
        del stack[depth:]
        if not stack:
            regions.append(Region(opened, position + len(mark), family))
    unclosed = None
    for family, opened in stack:
        if family != _SINGLE:
            unclosed = opened
            regions.append(Region(opened, end, family, closed=False))
            break
    return regions, unclosed


class RegionIndex:
    """Fast "is this offset inside a quote?" over sorted regions."""

    def __init__(self, regions: list[Region]) -> None:
        self.regions = regions
        # One plain loop: most paragraphs hold no quote or one, and two list
        # comprehensions cost more than the few appends.
        starts: list[int] = []
        ends: list[int] = []
        for region in regions:
            starts.append(region.start)
            ends.append(region.end)
        self._starts = starts
        self._ends = ends

    def containing(self, pos: int) -> Region | None:
        """The region whose interior (marks included) holds ``pos``."""
        index = _bisect_right(self._starts, pos) - 1
        if index >= 0 and pos < self.regions[index].end:
            return self.regions[index]
        return None

    def next_start(self, pos: int) -> int:
        """Where the first region starting at or after ``pos`` opens (a large number if none)."""
        index = _bisect_right(self._starts, pos - 1)
        return self._starts[index] if index < len(self._starts) else 1 << 62

    def last_before(self, pos: int) -> Region | None:
        """The last region starting before ``pos``."""
        index = _bisect_right(self._starts, pos - 1) - 1
        return self.regions[index] if index >= 0 else None

    def inside(self, pos: int) -> bool:
        """Whether ``pos`` lies in a region (the hot test: no Region object is built)."""
        starts = self._starts
        if not starts or pos < starts[0]:
            return False
        return pos < self._ends[_bisect_right(starts, pos) - 1]

    def within(self, start: int, end: int) -> list[Region]:
        """Regions lying entirely in ``[start, end)``."""
        index = _bisect_right(self._starts, start - 1)
        found = []
        while index < len(self.regions) and self.regions[index].start < end:
            region = self.regions[index]
            if region.end <= end:
                found.append(region)
            index += 1
        return found


ABBREVIATIONS: Final = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "maj",
        "adm",
        "gov",
        "sen",
        "rep",
        "st",
        "jr",
        "sr",
        "rev",
        "hon",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "co",
        "corp",
        "ltd",
        "bros",
        "no",
        "vs",
        "etc",
        "fig",
        "approx",
        "dept",
        "est",
        "univ",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "a.m",
        "p.m",
        "i.e",
        "e.g",
    ]
)
_BOUNDARY_RE: Final = re.compile(r"[.!?][\"”’'»)]{0,3}\s+(?=[\"“‘'«(`]{0,2}[A-Z0-9])")


_CAPITALS_AND_DIGITS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
"""What the boundary pattern's lookahead ends with (``[A-Z0-9]``: ASCII only)."""


def _boundaries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of what ``_BOUNDARY_RE.finditer`` finds in ``[start, end)``, tried only at ``.!?``.

    Only those characters start a boundary and none occurs inside one, so matching
    at each in turn gives the same matches without a class test at every character.
    A mark right before a letter or digit ("3.5", "U.S."), or the paragraph's last
    character, cannot start one (a closer or a space must follow): no match is tried.
    The usual boundary, one space then a capital or a digit (". The"), is the
    pattern's match as it stands: no match object is made for it.
    """
    found = []
    last = end - 1
    for position in _offsets_of(text, start, end, ".!?"):
        if position >= last:
            continue
        following = text[position + 1]
        if following == " " and position + 2 < end and text[position + 2] in _CAPITALS_AND_DIGITS:
            found.append((position, position + 2))
            continue
        if following.isalnum():
            continue
        match = _BOUNDARY_RE.match(text, position, end)
        if match is not None:
            found.append((position, match.end()))
    return found


def split_sentences(text: str, start: int, end: int, quotes: RegionIndex) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``; boundaries inside quotes are ignored.

    >>> text = 'Mr. Li arrived on Nov. 4. He said "Go. Now." Then he left.'
    >>> regions, _ = pair_quotes(text, 0, len(text))
    >>> [text[s:e] for s, e in split_sentences(text, 0, len(text), RegionIndex(regions))]
    ['Mr. Li arrived on Nov. 4.', 'He said "Go. Now."', 'Then he left.']
    """
    last = end - 1
    if (
        text.find(".", start, last) < 0
        and text.find("?", start, last) < 0
        and text.find("!", start, last) < 0
    ):
        # No mark before the last character (most paragraphs with a cue): one sentence.
        return [(start, end)] if start < end else []
    return _cut_sentences(text, start, end, quotes, _boundaries(text, start, end))


def _cut_sentences(
    text: str, start: int, end: int, quotes: RegionIndex, boundaries: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """:func:`split_sentences` at the given candidate ``boundaries`` (the spans of the boundary
    pattern's matches in ``[start, end)``), without its shortcuts (tests feed it the plain
    pattern scan)."""
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for mark, boundary_end in boundaries:
        closing = mark + 1
        while closing < boundary_end and not text[closing].isspace():
            closing += 1
        region = quotes.containing(mark)
        if region is not None and region.end > closing:
            continue
        if (
            text[mark] == "."
            and _is_abbreviation(text, sentence_start, mark)
            and not _ends_sentence_anyway(text, mark, boundary_end)
        ):
            continue
        spans.append((sentence_start, closing))
        sentence_start = boundary_end
    if sentence_start < end:
        spans.append((sentence_start, end))
    return spans


# Abbreviations that can close a sentence ("... in the U.S. The ..."), unlike
# titles ("Mr.", "Gen.") that always precede a name.
_FINAL_ABBREVIATIONS: Final = frozenset(
    ["u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "inc", "co", "corp", "ltd", "jr", "sr", "etc"]
)
# Words that open a sentence and are never part of a name.
_SENTENCE_OPENERS: Final = frozenset(
    [
        "The",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "But",
        "And",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "In",
        "On",
        "At",
        "After",
        "Before",
        "When",
        "While",
        "If",
        "A",
        "An",
    ]
)
_NEXT_TOKEN_RE: Final = re.compile(r"[\"“‘'«(`]{0,2}([A-Za-z]+)")


def _ends_sentence_anyway(text: str, dot: int, next_start: int) -> bool:
    """ "the U.S. The proposal ...": a final abbreviation before a sentence opener."""
    begin = dot
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    if text[begin:dot].lower().lstrip('("“') not in _FINAL_ABBREVIATIONS:
        return False
    match = _NEXT_TOKEN_RE.match(text, next_start)
    return match is not None and match.group(1) in _SENTENCE_OPENERS


def _is_abbreviation(text: str, floor: int, dot: int) -> bool:
    begin = dot
    while begin > floor and not text[begin - 1].isspace() and text[begin - 1] not in '("“':
        begin -= 1
    word = text[begin:dot].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "John F. Kennedy"
    return word in ABBREVIATIONS

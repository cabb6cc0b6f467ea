"""The fast document scans of the quote analysis find exactly what their plain regexes find.

``find_cues`` tries its pattern only after the cues' first words and
``_mark_offsets`` searches each quote-mark character literally; both are pure
speed-ups, so each is checked against the pattern it replaces, on texts built
to hit the awkward cases (capitals the lexicon does not list, phrases across
odd whitespace, leads of every kind, typographic marks).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdoc.parse import cues, quotemarks

_PIECES = [
    "said",
    "Said",
    "SAID",
    "told",
    "Noting",
    "noting",
    "NOTING",
    "according to",
    "According\n  to",
    "ACCORDING to",
    "pointed out",
    "pointed OUT",
    "Pointed out",
    "quoted as saying",
    "QUOTED as saying",
    "Quoted as\tsaying",
    "believes",
    "self-described",
    "Asked",
    "asked",
    "Li",
    "the",
    "dam",
    '"',
    "“",
    "’",
    "'",
    "``",
    "(",
    "-",
    "/",
    ",",
    ".",
]
_GAPS = [" ", "  ", "\n", "\t", "", " -- ", "\u2009", "\xa0"]


def _texts(pieces: list[str], gaps: list[str]) -> st.SearchStrategy[str]:
    parts = st.lists(st.tuples(st.sampled_from(pieces), st.sampled_from(gaps)), max_size=30)
    return parts.map(lambda pairs: "".join(piece + gap for piece, gap in pairs))


# ASCII texts take the lower-case search, the others the search as written: both are drawn.
texts = st.one_of(
    _texts([p for p in _PIECES if p.isascii()], [g for g in _GAPS if g.isascii()]), _texts(_PIECES, _GAPS)
)


def _expected_cues(text: str, cognition: bool) -> list[tuple[int, int, str]]:
    pattern = cues.CUE_RE_COGNITION if cognition else cues.CUE_RE
    return [(m.start(1), m.end(1), m.group(1)) for m in pattern.finditer(text, 0, len(text))]


@settings(max_examples=300, deadline=None)
@given(texts, st.booleans())
def test_find_cues_matches_the_cue_pattern(text: str, cognition: bool) -> None:
    assert cues.find_cues(text, 0, len(text), cognition) == _expected_cues(text, cognition)


def test_find_cues_on_hand_picked_capitals() -> None:
    text = "SAID Li. Said Li, noting it. Pointed OUT here, and Li pointed out that QUOTED as saying it."
    assert text.isascii()
    found = cues.find_cues(text, 0, len(text))
    assert found == _expected_cues(text, False)
    assert [surface for _, _, surface in found] == ["noting", "pointed out", "saying"]


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 5), st.integers(0, 5))
def test_mark_offsets_match_the_mark_pattern(text: str, cut_start: int, cut_end: int) -> None:
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    expected = [m.start() for m in quotemarks._MARK_RE.finditer(text, start, end)]
    assert quotemarks._mark_offsets(text, start, end) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Li", "went", ".", "!", "?", '"', "”", ")", " ", "\n", "U.S.", "4", "É", ". A", ". went"]
        ),
        max_size=40,
    )
)
def test_sentence_boundaries_match_the_boundary_pattern(parts: list[str]) -> None:
    text = "".join(parts)
    expected = [m.span() for m in quotemarks._BOUNDARY_RE.finditer(text, 0, len(text))]
    assert quotemarks._boundaries(text, 0, len(text)) == expected


_EDGES = ["é", "Ésaid", "saidé", "ſaid", "K", "İ", "5", "_", "’s", "added"]


@settings(max_examples=300, deadline=None)
@given(
    _texts(_PIECES + _EDGES, _GAPS),
    st.integers(0, 6),
    st.integers(0, 6),
    st.booleans(),
)
def test_find_cues_in_a_stretch_matches_the_scan(
    text: str, cut_start: int, cut_end: int, cognition: bool
) -> None:
    """Trying the pattern only after a cue's first word finds what the full scan finds,
    in any stretch, next to letters outside ASCII and characters whose case changes."""
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    pattern = cues.CUE_RE_COGNITION if cognition else cues.CUE_RE
    expected = [(m.start(1), m.end(1), m.group(1)) for m in pattern.finditer(text, start, end)]
    assert cues.find_cues(text, start, end, cognition) == expected

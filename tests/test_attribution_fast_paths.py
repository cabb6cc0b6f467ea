"""Fast paths of the attribution frames give what the slower walks they skip give.

``Analyzer._cue_extent`` settles a cue's auxiliaries and the adverbs before it
from one look at the word before the cue when that word is neither; the walks
(``_aux_start`` then ``_adverb_start``) must agree on every text, including the
awkward ones: auxiliaries and adverbs in a row, day names after "on", odd
spacing, apostrophes, a cue at the very start.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdoc.parse.attribution import Analyzer
from newsdoc.parse.quotemarks import RegionIndex, pair_quotes

_WORDS = [
    "Li",
    "the",
    "minister",
    "had",
    "has",
    "also",
    "not",
    "never",
    "was",
    "would",
    "on",
    "Monday",
    "monday",
    "earlier",
    "late",
    "Today",
    "again",
    "O'Neil",
    "it’s",
    "2005",
    "U.S.",
    ",",
    '"',
]
_GAPS = [" ", "  ", "\n", "\t ", "", "\xa0"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=8),
    st.integers(0, 3),
)
def test_cue_extent_matches_the_auxiliary_and_adverb_walks(pairs: list[tuple[str, str]], floor: int) -> None:
    lead = "".join(word + gap for word, gap in pairs)
    text = lead + "said it."
    cue_start = len(lead)
    floor = min(floor, cue_start)
    fast = Analyzer(text, [(0, len(text))])._cue_extent(floor, cue_start)
    slow = Analyzer(text, [(0, len(text))])
    cue_from = slow._aux_start(floor, cue_start)
    assert fast == (cue_from, slow._adverb_start(floor, cue_from))


def test_cue_extent_on_hand_picked_leads() -> None:
    text = "Li said. Li has also said. Li on Monday said."
    analyzer = Analyzer(text, [(0, len(text))])
    assert analyzer._cue_extent(0, 3) == (3, 2)  # "Li said": the speaker ends right before
    said = text.index("said", 9)
    assert analyzer._cue_extent(9, said) == (text.index("has"), 11)  # "has also" joins the cue
    said = text.index("said", 27)
    assert analyzer._cue_extent(27, said) == (said, 29)  # "on Monday" is skipped, not the cue


def _content_piece_by_walks(analyzer: Analyzer, start: int, end: int) -> tuple[int, int]:
    """What ``_content_piece`` computed before its trimmed-piece shortcut."""
    text = analyzer.text
    quotes = RegionIndex(pair_quotes(text, 0, len(text))[0])
    start = analyzer._skip_space(start, end)
    stop = analyzer._strip_left(start, end)
    while stop > start and text[stop - 1] in ",;" and not quotes.inside(stop - 1):
        stop = analyzer._strip_left(start, stop - 1)
    return start, stop


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["Li", "went", ",", ";", '"', " ", "  ", "\n", "\t", "\xa0", "."]), max_size=14),
    st.integers(0, 14),
    st.integers(0, 14),
)
def test_content_piece_matches_the_space_walks(parts: list[str], cut_start: int, cut_end: int) -> None:
    text = "".join(parts)
    start, end = sorted((min(cut_start, len(text)), min(cut_end, len(text))))
    analyzer = Analyzer(text, [(0, len(text))])
    quotes = RegionIndex(pair_quotes(text, 0, len(text))[0])
    assert analyzer._content_piece(quotes, start, end) == _content_piece_by_walks(analyzer, start, end)

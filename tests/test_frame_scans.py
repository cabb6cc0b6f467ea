"""The frames' shortcuts find exactly what the plain scans they replace find.

``Analyzer._prev_word`` takes the word after the last space when it is all
letters instead of walking back one character at a time, and ``_cues`` skips the
quote lookup in a paragraph without quotes; both are pure speed-ups, so each is
checked against the plain version on texts built to hit the awkward cases
(apostrophes, other spaces, marks, long runs without a space, non-ASCII letters).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdoc.parse.attribution import Analyzer
from newsdoc.parse.cues import lookup
from newsdoc.parse.quotemarks import RegionIndex, find_marks, pair_quotes

_PIECES = [
    "said",
    "Li",
    "Kessel's",
    "o’Brien",
    "don't",
    "Zoë",
    "Ⅻ",
    "4",
    "x" * 45,
    '"',
    "“",
    ",",
    "-",
    "(",
]
_GAPS = [" ", "  ", "\n", "\t", "", "\xa0", " \n "]


def _plain_prev_word(text: str, pos: int, floor: int) -> str:
    """The word before ``pos``: spaces skipped, then letters and apostrophes, char by char."""
    end = pos
    while end > floor and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > floor and (text[begin - 1].isalpha() or text[begin - 1] in "'’"):
        begin -= 1
    return text[begin:end]


texts = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), max_size=20).map(
    lambda pairs: "".join(piece + gap for piece, gap in pairs)
)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 400), st.integers(0, 400))
def test_prev_word_matches_the_character_scan(text: str, pos: int, floor: int) -> None:
    pos = min(pos, len(text))
    floor = min(floor, pos)
    analyzer = Analyzer(text, [])
    assert analyzer._prev_word(pos, floor) == _plain_prev_word(text, pos, floor)
    assert analyzer._prev_word(pos, floor) == _plain_prev_word(text, pos, floor)  # memoised


def test_prev_word_on_hand_picked_cases() -> None:
    text = "Mira O'Neill said, and  Li\tsaid; " + "y" * 50 + " said"
    analyzer = Analyzer(text, [])
    assert analyzer._prev_word(text.index(" said"), 0) == "O'Neill"
    assert analyzer._prev_word(text.index("said;"), 0) == "Li"
    assert analyzer._prev_word(text.index(" and"), 0) == ""  # a comma stops the word
    assert analyzer._prev_word(len(text) - 5, 0) == "y" * 50
    assert analyzer._prev_word(text.index("Neill"), text.index("Neill") - 1) == "'"


_QUOTED = st.lists(st.sampled_from(['"', "Li", "said", " ", ",", "told", "“", "”"]), max_size=25).map("".join)


@settings(max_examples=200, deadline=None)
@given(_QUOTED)
def test_cues_match_the_plain_lookup(text: str) -> None:
    analyzer = Analyzer(text, [(0, len(text))])
    analyzer._lay_out()
    if not analyzer.layouts:
        assert not analyzer._document_cues() and not find_marks(text, 0, len(text))  # nothing to lay out
        return
    layout = analyzer.layouts[0]
    regions, _ = pair_quotes(text, 0, len(text))
    quotes = RegionIndex(regions)
    expected = []
    for m_start, m_end, surface in layout.cue_matches:
        form = lookup(surface)
        if not quotes.inside(m_start) and form is not None and analyzer._plausible(m_start, m_end, form, 0):
            expected.append((m_start, m_end, form))
    assert analyzer._cues(layout, quotes, 0, len(text)) == expected


def _plain_skip_fillers(analyzer: Analyzer, start: int, end: int) -> int:
    """Past spaces, opening marks and up to two fillers, reading each word."""
    text = analyzer.text
    pos = analyzer._skip_space(start, end)
    while pos < end and text[pos] in '"“(':
        pos += 1
    for _ in range(2):
        word = analyzer._next_word(pos)
        if (
            word.lower() in {"and", "but", "so", "yet", "however", "meanwhile", "also", "or"}
            and pos + len(word) < end
        ):
            pos = analyzer._skip_space(pos + len(word), end)
        else:
            break
    return pos


_HEADS = st.lists(
    st.sampled_from(
        ["And", "but", "SO", "Also", "or", "Oregon", "Yet", "Meanwhile", "Li", "K", '"', "(", " ", "\n"]
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_HEADS, st.integers(0, 80), st.integers(0, 80))
def test_skip_fillers_matches_the_word_by_word_scan(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(end, len(text))
    analyzer = Analyzer(text, [])
    assert analyzer._skip_fillers(start, end) == _plain_skip_fillers(analyzer, start, end)


def _plain_cue_extent(analyzer: Analyzer, floor: int, cue_start: int) -> tuple[int, int]:
    """The cue's start with its auxiliaries and the speaker's end: both walks, always."""
    cue_from = analyzer._aux_start(floor, cue_start)
    return cue_from, analyzer._adverb_start(floor, cue_from)


_LEADS = st.lists(
    st.sampled_from(
        ["Li", "had", "is", "also", "Monday", "earlier", "hasn", " ", "  ", "\n", "\t", ",", '"']
    ),
    max_size=10,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_LEADS, st.integers(0, 60))
def test_cue_extent_matches_both_walks(lead: str, floor: int) -> None:
    text = lead + "said it."
    cue_start = len(lead)
    floor = min(floor, cue_start)
    analyzer = Analyzer(text, [])
    assert analyzer._cue_extent(floor, cue_start) == _plain_cue_extent(Analyzer(text, []), floor, cue_start)

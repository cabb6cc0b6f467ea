"""Fast paths of the attribution frames give what the slower walks they skip give.

``Analyzer._cue_extent`` settles a cue's auxiliaries and the adverbs before it
from one look at the word before the cue when that word is neither; the walks
(``_aux_start`` then ``_adverb_start``) must agree on every text, including the
awkward ones: auxiliaries and adverbs in a row, day names after "on", odd
spacing, apostrophes, a cue at the very start.
"""

from __future__ import annotations

import bisect

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdoc.parse.attribution import (
    _DATELINE_END_RE,
    _DAYS,
    _MEDIUM_PREPOSITIONS,
    Analyzer,
)
from newsdoc.parse.quotemarks import RegionIndex, find_marks, marks_and_apostrophes, pair_quotes

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


_DATELINE_PARTS = [
    "LISBON",
    ",",
    "Nov.",
    "24",
    "(Xinhua)",
    ")",
    "7",
    "--",
    "-",
    "—",
    "–",
    " ",
    "  ",
    "\t",
    "x",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATELINE_PARTS), max_size=16), st.integers(0, 6))
def test_after_dateline_matches_the_full_search(parts: list[str], start: int) -> None:
    """The dateline search starts at the first dash's spaces: same end as a search of it all."""
    text = "".join(parts) + " Li said it."
    start = min(start, len(text))
    end = len(text)
    match = _DATELINE_END_RE.search(text, start, min(end, start + 100))
    expected = start if match is None else match.end()
    assert Analyzer(text, [(0, end)])._after_dateline(start, end) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Li", "a", " ", "  ", "\n", "\t", ","]), max_size=30))
def test_nine_pieces_count_words_up_to_nine(parts: list[str]) -> None:
    """``_trailing`` counts a lead's words with ``split(None, 8)``: exact up to 8, 9 beyond."""
    lead = "".join(parts)
    assert len(lead.split(None, 8)) == min(len(lead.split()), 9)


def test_phrase_end_memo_answers_each_question() -> None:
    text = "We won, said Mayor Ann Lee of Kessel on Monday. Yes, said Bo Dahl, who won."
    analyzer = Analyzer(text, [(0, len(text))])
    first, second = text.index("Mayor"), text.index("Bo")
    fresh = Analyzer(text, [(0, len(text))])
    for start in (first, second, first, first, second):
        assert analyzer._phrase_end(start, len(text)) == fresh._read_phrase_end(start, len(text))
    assert text[first : analyzer._phrase_end(first, len(text))] == "Mayor Ann Lee of Kessel"
    assert text[second : analyzer._phrase_end(second, len(text))] == "Bo Dahl"


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 40), st.integers(0, 40), st.integers(0, 40), st.integers(0, 40))
def test_pair_keys_tell_pairs_apart(a: int, b: int, c: int, d: int) -> None:
    """The memo keys: two pairs of offsets into the text share a key only when equal."""
    analyzer = Analyzer("x" * 40, [(0, 40)])
    assert (analyzer._pair_key(a, b) == analyzer._pair_key(c, d)) == ((a, b) == (c, d))


_ADJUNCT_WORDS = ["on", "in", "at", "late", "last", "this", "Monday", "today", "night", "Week", "morning"]
_ADJUNCT_WORDS += ["a", "an", "the", "statement", "interview", "with", "to", "Harbour", "Times", "he", "said"]
_ADJUNCT_WORDS += ["Paris", "that", ",", '"', "days", "DAY", "Sunday.", "o'clock"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_ADJUNCT_WORDS), st.sampled_from([" ", "  ", "\n", ""])), max_size=12),
    st.integers(0, 30),
)
def test_adjunct_gates_match_the_full_readings(pairs: list[tuple[str, str]], pos: int) -> None:
    """The day/time-noun gate and the three-word media gate answer as the full readings do."""
    text = "Li said " + "".join(word + gap for word, gap in pairs)
    pos = min(8 + pos, len(text))
    end = len(text)
    analyzer = Analyzer(text, [(0, end)])
    quotes = RegionIndex(pair_quotes(text, 0, end)[0])
    assert analyzer._time_adjunct_end(quotes, pos, end) == analyzer._read_time_adjunct_end(quotes, pos, end)
    first = analyzer._next_word(pos)
    if not first or first.lower() in _MEDIUM_PREPOSITIONS:
        slow = analyzer._read_medium_adjunct_end(quotes, pos, end)
        assert analyzer._medium_adjunct_end(quotes, pos, end) == slow


def test_every_day_name_holds_day() -> None:
    """What lets the time gate look for "day" once instead of for each day name."""
    assert all("day" in day for day in _DAYS)


def test_adjunct_gates_on_hand_picked_cues() -> None:
    text = "Li said on Monday he would go. Li said in a statement the port would reopen."
    analyzer = Analyzer(text, [(0, len(text))])
    quotes = RegionIndex([])
    on = text.index("on Monday")
    assert analyzer._time_adjunct_end(quotes, on, text.index(".")) == text.index("he would")
    statement = text.index("in a statement")
    assert analyzer._medium_adjunct_end(quotes, statement, len(text) - 1) == text.index("the port")
    assert analyzer._time_adjunct_end(quotes, statement, len(text) - 1) is None
    late = "Li said late yesterday he would go."
    assert Analyzer(late, [(0, len(late))])._time_adjunct_end(quotes, 8, len(late) - 1) == late.index("he")
    week = "Li said last week officials would go."
    assert Analyzer(week, [(0, len(week))])._time_adjunct_end(quotes, 8, len(week) - 1) == week.index("off")


def _document_marks_by_bisection(analyzer: Analyzer) -> list[tuple[int, str]]:
    """What ``_document_marks`` computed before its cursor: a bisection per apostrophe."""
    spans, text = analyzer.spans, analyzer.text
    marks, apostrophes = marks_and_apostrophes(text, spans[0][0], spans[-1][1])
    for position in apostrophes:
        paragraph = spans[bisect.bisect_right(spans, (position, len(text))) - 1]
        if paragraph[0] == position or paragraph[1] == position + 1:
            return [mark for s, e in spans for mark in find_marks(text, s, e)]
    return marks


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["Li", "s", "'", "’", '"', " ", "\n", "don", "t"]), min_size=1, max_size=24),
    st.data(),
)
def test_document_marks_match_the_bisection(parts: list[str], data: st.DataObject) -> None:
    text = "".join(parts)
    # paragraph edges anywhere, at apostrophes and right after them most of all
    apostrophes = [i for i, char in enumerate(text) if char in "'’"]
    edges = st.sampled_from(range(len(text) + 1))
    if apostrophes:
        edges = edges | st.sampled_from(apostrophes) | st.sampled_from([i + 1 for i in apostrophes])
    points = sorted(set(data.draw(st.lists(edges, min_size=2, max_size=8))))
    step = data.draw(st.sampled_from([1, 2]))  # paragraphs side by side, or with gaps between
    spans = [(points[i], points[i + 1]) for i in range(0, len(points) - 1, step)] or [(0, len(text))]
    analyzer = Analyzer(text, spans)
    assert analyzer._document_marks() == _document_marks_by_bisection(analyzer)


def test_document_marks_at_an_edge_apostrophe() -> None:
    text = "Li's plan. 'Yes'"  # a paragraph starting inside "Li's": its apostrophe is a mark there
    analyzer = Analyzer(text, [(0, 2), (2, len(text))])
    assert analyzer._document_marks() == [(2, "'"), (11, "'"), (15, "'")]

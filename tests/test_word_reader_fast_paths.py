"""The frames' word readers skip the word pattern where it cannot change the answer.

``Analyzer._next_word`` takes the letters up to the next space when they are all
letters; ``_medium_adjunct_end`` gives up on a first word that is no medium
preposition before reading ten words; ``_after_adjuncts`` reads its sixteen words
in search of "that" only when "that" is in the stretch, and only up to the
answer; ``_question_after_addressee`` reads no word of a stretch holding no
wh-word.  Each is checked against
the plain reading on texts built to hit the awkward cases (non-ASCII letters,
digits, apostrophes, other spaces, marks, words longer than the bounded search).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdoc.parse.attribution import (
    _CLAUSE_PUNCT_RE,
    _MEDIA,
    _MEDIUM_PREPOSITIONS,
    _NEXT_WORD_RE,
    _OBJECT_OPENERS,
    _PREPOSITIONS,
    _SUBJECT_PRONOUNS,
    _TIME_NOUNS,
    _WH_WORDS,
    Analyzer,
    _words,
)
from newsdoc.parse.cues import lookup
from newsdoc.parse.quotemarks import RegionIndex, pair_quotes

_PIECES = [
    "said",
    "in",
    "In",
    "on",
    "a",
    "an",
    "statement",
    "interview",
    "with",
    "the",
    "Harbour",
    "Times",
    "he",
    "that",
    "THAT",
    "Thatcher",
    "week",
    "Zoë",
    "O'Neil",
    "it’s",
    "U.S.",
    "2005",
    "x4",
    "y" * 30,
    "how",
    "Whether",
    "if",
    "WHO",
    "about",
    "for",
    "chief",
    ",",
    ";",
    '"',
    "“",
    "”",
    "(",
    "-",
]
_GAPS = [" ", " ", " ", "  ", "\n", "\t", "", "\xa0"]

texts = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), max_size=24).map(
    lambda pairs: "".join(piece + gap for piece, gap in pairs)
)


def _pattern_next_word(text: str, pos: int) -> str:
    match = _NEXT_WORD_RE.match(text, pos)
    return match.group(1) if match else ""


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 500))
def test_next_word_matches_the_pattern(text: str, pos: int) -> None:
    pos = min(pos, len(text) + 2)
    assert Analyzer(text, [])._next_word(pos) == _pattern_next_word(text, pos)


def test_next_word_on_hand_picked_cases() -> None:
    text = "Li said, Zoë's  x4 " + "y" * 30 + " end"
    analyzer = Analyzer(text, [])
    assert analyzer._next_word(0) == "Li"
    assert analyzer._next_word(3) == "said"  # a comma ends the word
    assert analyzer._next_word(8) == "Zoë's"  # past the space; an apostrophe stays in
    assert analyzer._next_word(text.index("x4")) == "x4"
    assert analyzer._next_word(text.index("y")) == "y" * 30  # longer than the bounded search
    assert analyzer._next_word(text.index(",")) == ""
    assert analyzer._next_word(len(text)) == ""


def _plain_medium_adjunct_end(analyzer: Analyzer, quotes: RegionIndex, pos: int, end: int) -> int | None:
    """``_medium_adjunct_end`` reading its ten words first, whatever the first one is."""
    text = analyzer.text
    words = _words(text, pos, min(end, pos + 120), 10)
    if len(words) < 3 or text[words[0][0] : words[0][1]].lower() not in _MEDIUM_PREPOSITIONS:
        return None
    index = 1
    if text[words[index][0] : words[index][1]].lower() in _OBJECT_OPENERS:
        index += 1
    if index >= len(words) or text[words[index][0] : words[index][1]].lower() not in _MEDIA:
        return None
    index += 1
    if index < len(words) and text[words[index][0] : words[index][1]].lower() in ("with", "to", "on", "at"):
        probe = index + 1
        if probe < len(words) and text[words[probe][0] : words[probe][1]].lower() in _OBJECT_OPENERS:
            probe += 1
        named = probe
        while probe < len(words) and text[words[probe][0]].isupper():
            probe += 1
        if probe == named:
            return None
        index = probe
    if index >= len(words) or analyzer._has_break(quotes, pos, words[index][0]):
        return None
    following = text[words[index][0] : words[index][1]]
    if (
        following.lower() in _SUBJECT_PRONOUNS
        or following.lower() in _OBJECT_OPENERS
        or following[0].isupper()
    ):
        return words[index][0]
    return None


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 400), st.integers(0, 400))
def test_medium_adjunct_end_matches_the_ten_word_reading(text: str, pos: int, end: int) -> None:
    end = min(end, len(text))
    pos = min(pos, end)
    regions, _ = pair_quotes(text, 0, len(text))
    quotes = RegionIndex(regions)
    analyzer = Analyzer(text, [])
    assert analyzer._medium_adjunct_end(quotes, pos, end) == _plain_medium_adjunct_end(
        analyzer, quotes, pos, end
    )


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 400), st.integers(0, 200))
def test_that_after_adjunct_needs_that_in_the_stretch(text: str, pos: int, length: int) -> None:
    pos = min(pos, len(text))
    reach = min(len(text), pos + length)
    regions, _ = pair_quotes(text, 0, len(text))
    found = Analyzer(text, [])._that_after_adjunct(RegionIndex(regions), pos, reach)
    if "that" not in text[pos:reach].lower():
        assert found is None
    else:
        assert found is None or text[found : found + 4].lower() == "that"


def test_medium_adjunct_behind_a_mark_is_still_read() -> None:
    text = "(in a statement he said"  # no word at the offset itself: the gate cannot judge
    regions, _ = pair_quotes(text, 0, len(text))
    found = Analyzer(text, [])._medium_adjunct_end(RegionIndex(regions), 0, len(text))
    assert found == text.index("he")


@pytest.mark.parametrize("that", ["that", "THAT"])
def test_after_adjuncts_finds_that_after_a_place_and_a_day(that: str) -> None:
    text = f"Li said in Kessel on Monday {that} the bridge would open."
    cue_end = text.index(" in")
    analyzer = Analyzer(text, [(0, len(text))])
    form = lookup("said")
    assert form is not None
    tail = analyzer._after_adjuncts(RegionIndex([]), cue_end, len(text) - 1, form)
    assert tail == text.index(that)


def test_after_adjuncts_without_that_keeps_the_adjunct_rule() -> None:
    text = "Li said in a statement the bridge would open."
    analyzer = Analyzer(text, [(0, len(text))])
    form = lookup("said")
    assert form is not None
    tail = analyzer._after_adjuncts(RegionIndex([]), text.index(" in"), len(text) - 1, form)
    assert tail == text.index("the bridge")


def _plain_question_after_addressee(
    analyzer: Analyzer, quotes: RegionIndex, pos: int, end: int
) -> int | None:
    """``_question_after_addressee`` reading its eight words on every stretch."""
    text = analyzer.text
    limit = min(end, pos + 100)
    punct = _CLAUSE_PUNCT_RE.search(text, pos, limit)
    stop = punct.start() if punct is not None else limit
    for w_start, w_end in _words(text, pos, limit, 8):
        if w_start > stop or quotes.inside(w_start):
            return None
        word = text[w_start:w_end].lower()
        if word in _WH_WORDS:
            return w_start
        if word == "that" or (word in _PREPOSITIONS and word not in ("at", "in", "on", "of")):
            return None
    return None


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 400), st.integers(0, 400))
def test_question_after_addressee_matches_the_eight_word_reading(text: str, pos: int, end: int) -> None:
    end = min(end, len(text))
    pos = min(pos, end)
    regions, _ = pair_quotes(text, 0, len(text))
    quotes = RegionIndex(regions)
    analyzer = Analyzer(text, [])
    assert analyzer._question_after_addressee(quotes, pos, end) == _plain_question_after_addressee(
        analyzer, quotes, pos, end
    )


def _plain_that_after_adjunct(analyzer: Analyzer, quotes: RegionIndex, pos: int, reach: int) -> int | None:
    """``_that_after_adjunct`` reading all sixteen words first, its break before the last."""
    text = analyzer.text
    words = _words(text, pos, reach, 16)
    stop_at = analyzer._unquoted_break(quotes, pos, words[-1][1]) if words else reach
    for w_start, w_end in words:
        if quotes.inside(w_start):
            continue
        if stop_at < w_start:
            break
        if text[w_start:w_end].lower() == "that" and analyzer._next_word(w_end).lower() not in _TIME_NOUNS:
            return w_start
    return None


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 400), st.integers(0, 200))
def test_that_after_adjunct_matches_the_sixteen_word_reading(text: str, pos: int, length: int) -> None:
    pos = min(pos, len(text))
    reach = min(len(text), pos + length)
    regions, _ = pair_quotes(text, 0, len(text))
    quotes = RegionIndex(regions)
    analyzer = Analyzer(text, [])
    assert analyzer._that_after_adjunct(quotes, pos, reach) == _plain_that_after_adjunct(
        analyzer, quotes, pos, reach
    )


def test_question_after_addressee_finds_the_wh_word() -> None:
    text = "Li asked the mayor how the bridge would open."
    found = Analyzer(text, [])._question_after_addressee(RegionIndex([]), text.index("the"), len(text))
    assert found == text.index("how")
    text = "Li asked the mayor If the bridge would open."
    found = Analyzer(text, [])._question_after_addressee(RegionIndex([]), text.index("the"), len(text))
    assert found == text.index("If")


def test_that_after_adjunct_reads_up_to_sixteen_words() -> None:
    text = "in a statement with the Harbour Times in the week that the bridge would open"
    analyzer = Analyzer(text, [])
    assert analyzer._that_after_adjunct(RegionIndex([]), 0, len(text)) == text.index("that")
    far = "in " * 16 + "that it opened"
    assert Analyzer(far, [])._that_after_adjunct(RegionIndex([]), 0, len(far)) is None  # the 17th word
    broken = "in Kessel, on Monday that it opened"
    assert Analyzer(broken, [])._that_after_adjunct(RegionIndex([]), 0, len(broken)) is None

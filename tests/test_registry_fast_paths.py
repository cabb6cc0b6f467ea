"""Fast paths of the people registry's build give what the slower ways they replace give.

``Registry.from_text`` scans all its regions with one regex pass when they lie in
order with nothing capitalised between them (``_joined_runs``), instead of one pass
per region; and it case-folds a run's words in one call (``_run_link_words``)
instead of word by word.  Both must agree with the slow ways on every text,
including awkward ones: regions that touch, overlap, come out of order or leave a
capitalised word between them, runs that meet a region end, connectors, initials,
possessives, line breaks and particles.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdoc.model import Span
from newsdoc.parse.people import (
    Registry,
    _capital_runs,
    _index_word,
    _joined_runs,
    _run_link_words,
)

_WORDS = [
    "Li",
    "Zhao",
    "Ministry",
    "of",
    "Trade",
    "George",
    "W.",
    "Bush",
    "U.S.",
    "President",
    "the",
    "said",
    "Noel-Baker",
    "al-Zahar",
    "bin",
    "Smith's",
    "LI'S",
    "Straße",
    "(AFP)",
    ",",
    ".",
]
_GAPS = [" ", " ", " ", "  ", "\n", "\n    ", "\n\n", ". ", "\t"]


def _text(pairs: list[tuple[str, str]]) -> str:
    return "".join(word + gap for word, gap in pairs)


def _regions(text: str, cuts: list[int], shuffle: bool) -> list[Span]:
    """Regions between sorted cut points (every other gap left out), maybe out of order."""
    points = sorted({min(cut, len(text)) for cut in cuts} | {0, len(text)})
    spans = [Span(a, b) for a, b in itertools.pairwise(points)]
    kept = spans[::2] if len(spans) > 2 else spans
    return kept[::-1] if shuffle else kept


def _pending(registry: Registry) -> list[tuple[int, int, list[tuple[int, str]], bool]]:
    return [(p.start, p.region_start, p.run, p.deferred) for p in registry._pending]


def _slow_registry(text: str, regions: list[Span]) -> Registry:
    """``Registry.from_text`` with every region scanned alone (what the joined scan replaces)."""
    registry = Registry()
    registry._text = text
    for region in regions:
        registry._add_runs(_capital_runs(text, region.start, region.end), [region])
    return registry


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=14),
    st.lists(st.integers(0, 120), max_size=5),
    st.booleans(),
)
def test_joined_scan_matches_the_scans_of_each_region(
    pairs: list[tuple[str, str]], cuts: list[int], shuffle: bool
) -> None:
    text = _text(pairs)
    regions = _regions(text, cuts, shuffle)
    fast = Registry.from_text(text, regions)
    slow = _slow_registry(text, regions)
    assert _pending(fast) == _pending(slow)
    assert fast._index == slow._index


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=14),
    st.lists(st.integers(0, 120), max_size=5),
)
def test_joined_runs_are_the_runs_of_the_regions_in_order(
    pairs: list[tuple[str, str]], cuts: list[int]
) -> None:
    text = _text(pairs)
    regions = _regions(text, cuts, False)
    joined = _joined_runs(text, regions)
    if joined is not None:  # None: the regions are scanned one by one
        assert joined == [run for r in regions for run in _capital_runs(text, r.start, r.end)]


def test_a_capitalised_word_between_regions_falls_back_to_scanning_each() -> None:
    text = "Li Ning spoke.\nHEADLINE\nZhao Wei left."
    regions = [Span(0, 14), Span(24, len(text))]
    assert _joined_runs(text, regions) is None
    assert [p.run for p in Registry.from_text(text, regions)._pending] == [
        [(0, "Li"), (3, "Ning")],
        [(24, "Zhao"), (29, "Wei")],
    ]


def test_a_run_ends_at_a_region_end_even_across_a_single_line_break() -> None:
    text = "said Li Ning\n    Zhao Wei said."
    regions = [Span(0, 12), Span(17, len(text))]
    runs = _joined_runs(text, regions)
    assert runs == [[(5, "Li"), (8, "Ning")], [(17, "Zhao"), (22, "Wei")]]
    # the same text as one region joins the two names across the line break
    assert _capital_runs(text, 0, len(text)) == [[(5, "Li"), (8, "Ning"), (17, "Zhao"), (22, "Wei")]]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=14))
def test_run_link_words_match_the_words_folded_one_by_one(pairs: list[tuple[str, str]]) -> None:
    text = _text(pairs)
    for run in _capital_runs(text, 0, len(text)):
        if len(run) > 1:
            assert _run_link_words(text, run) == [_index_word(word) for _, word in run]

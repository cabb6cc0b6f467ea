"""Shortcuts of the speakers rule give what :func:`resolve_quotes` gives.

The rule completes the state's quotes in place (one Quote per quote, not one
built by the quote rules and a second with the speaker); ``resolve_quotes``
builds new quotes.  Both must agree on every story, and a quote that already
has a speaker must never be changed.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc.errors import ParseError
from newsdoc.model import Person, Quote, Span
from newsdoc.parse import RULES, ParseState, _start
from newsdoc.parse.rules import speakers
from newsdoc.parse.rules.speakers import _credits, _reading_order, _regions, resolve_quotes

_SPEAKERS = [
    "Talia Verhoeven",
    "Verhoeven",
    "Mr. Osric Pell",
    "Pell",
    "he",
    "she",
    "they",
    "the company",
    "the ministry",
    "a spokesman",
    "Harborview police",
    "the Lantern Freight Co",
    "officials",
    "the official",
]
_CLAIMS = [
    "output would rise next quarter",
    "the harbour stays open",
    "talks with the union had stalled",
    "prices were stable",
]
_SENTENCES = st.one_of(
    st.tuples(st.just("{s} said {c}."), st.sampled_from(_SPEAKERS), st.sampled_from(_CLAIMS)),
    st.tuples(st.just('"{c}," {s} said.'), st.sampled_from(_SPEAKERS), st.sampled_from(_CLAIMS)),
    st.tuples(st.just("{c}, {s} said."), st.sampled_from(_SPEAKERS), st.sampled_from(_CLAIMS)),
    st.tuples(st.just('"{c}."'), st.just(""), st.sampled_from(_CLAIMS)),
    st.tuples(st.just("Trading was {c}."), st.just(""), st.just("slow")),
)


def _story(paragraphs: list[list[tuple[str, str, str]]]) -> str:
    body = [
        " ".join(form.format(s=speaker, c=claim) for form, speaker, claim in sentences)
        for sentences in paragraphs
    ]
    body[0] = "MARLOW BAY, June 4 (Reuters) - " + body[0]
    return "\n\n".join(body) + "\n"


def _state_before_speakers(text: str) -> ParseState:
    state = _start(text, newsdoc.Config())
    for rule in RULES:
        if rule is not speakers.RULE:
            rule.apply(state)
    return state


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_SENTENCES, min_size=1, max_size=3), min_size=1, max_size=4))
def test_the_rule_completes_quotes_as_resolve_quotes_rebuilds_them(
    paragraphs: list[list[tuple[str, str, str]]],
) -> None:
    text = _story(paragraphs)
    state = _state_before_speakers(text)
    before = list(state.quotes)
    expected = resolve_quotes(text, before, _regions(state), _credits(state))
    speakers.apply(state)
    assert state.quotes == list(expected.quotes)
    assert state.people == list(expected.people)
    assert newsdoc.parse(text).quotes == expected.quotes


def test_a_quote_that_has_a_speaker_is_replaced_not_changed() -> None:
    text = "MARLOW BAY, June 4 (Reuters) - Talia Verhoeven said prices were stable.\n"
    state = _state_before_speakers(text)
    earlier = Person("Someone Else")
    state.quotes = [attrs.evolve(q, speaker=earlier) for q in state.quotes]
    given_quote = state.quotes[0]
    speakers.apply(state)
    assert given_quote.speaker is earlier  # the object handed in is left alone
    assert state.quotes[0] is not given_quote
    assert state.quotes[0].speaker is not None and state.quotes[0].speaker.name == "Talia Verhoeven"


def test_a_fresh_quote_gets_its_speaker_in_place() -> None:
    text = "MARLOW BAY, June 4 (Reuters) - Talia Verhoeven said prices were stable.\n"
    state = _state_before_speakers(text)
    fresh = state.quotes[0]
    speakers.apply(state)
    assert state.quotes[0] is fresh
    assert fresh.speaker is not None and fresh.speaker.name == "Talia Verhoeven"


def _quote_at(anchor: int, with_speaker: bool) -> Quote:
    speaker_span = Span(anchor, anchor + 1) if with_speaker else None
    return Quote("indirect", "x", (Span(anchor, anchor + 1),), 0, "test", speaker_span=speaker_span)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.booleans()), max_size=8))
def test_reading_order_is_the_stable_sort_by_anchor(anchors: list[tuple[int, bool]]) -> None:
    quotes = [_quote_at(anchor, with_speaker) for anchor, with_speaker in anchors]
    assert list(_reading_order(quotes)) == sorted(range(len(quotes)), key=lambda k: anchors[k][0])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 3)), max_size=6))
def test_regions_in_order_are_the_sorted_regions(pairs: list[tuple[int, int]]) -> None:
    """The order check that skips the sort says yes exactly when sorting changes nothing."""
    from newsdoc.parse.people import span_order
    from newsdoc.parse.rules.speakers import _in_order

    spans = [Span(start, start + length) for start, length in pairs]
    assert _in_order(spans) == (sorted(spans, key=span_order) == spans)


def test_a_strict_mode_error_leaves_every_quote_untouched() -> None:
    text = (
        "MARLOW BAY, June 4 (Reuters) - Harbour chief Osric Pell said the cranes were repaired."
        "\n\nDeputy mayor Ines Pell and port director Osric Pell toured the quay."
        "\n\nPell said it was busy.\n"
    )
    state = _state_before_speakers(text)
    state.config = attrs.evolve(state.config, strict=True)
    before = [attrs.evolve(q) for q in state.quotes]  # equal copies, kept apart from the state
    with pytest.raises(ParseError, match="ambiguous-speaker"):
        speakers.apply(state)
    assert state.quotes == before
    assert all(q.speaker is None for q in state.quotes)

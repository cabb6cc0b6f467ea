"""Shortcuts of the parse state and the model give what the plain checks they replace give."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import get_args

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc.model import Paragraph, Span
from newsdoc.parse.state import BlockRole, ParseState, new_paragraph, new_span

_ROLES: list[BlockRole] = list(get_args(BlockRole))


def _unclaimed_by_scan(state: ParseState) -> list[int]:
    """What ``ParseState.unclaimed`` answers, told one block at a time."""
    found = []
    for index, role in enumerate(state.roles):
        if role != "unclaimed":
            continue
        trimmed = state.trims.get(index)
        if trimmed is not None and trimmed[0] >= trimmed[1]:
            continue
        found.append(index)
    return found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_ROLES + ["unclaimed"] * 3), max_size=12),
    st.dictionaries(st.integers(0, 11), st.tuples(st.integers(0, 5), st.integers(0, 5)), max_size=4),
)
def test_unclaimed_matches_a_scan_of_every_block(
    roles: list[BlockRole], trims: dict[int, tuple[int, int]]
) -> None:
    state = ParseState(text="", config=newsdoc.Config())
    state.roles = roles
    state.trims = {index: bounds for index, bounds in trims.items() if index < len(roles)}
    assert state.unclaimed() == _unclaimed_by_scan(state)


def test_unclaimed_on_hand_picked_layouts() -> None:
    state = ParseState(text="", config=newsdoc.Config())
    state.roles = ["header", "unclaimed", "unclaimed", "tail"]
    assert state.unclaimed() == [1, 2]  # one run: the usual layout
    state.roles = ["unclaimed", "byline", "unclaimed", "unclaimed"]
    assert state.unclaimed() == [0, 2, 3]  # two runs
    state.trims = {2: (5, 5)}
    assert state.unclaimed() == [0, 3]  # a block trimmed away to nothing
    state.roles = ["header", "tail"]
    assert state.unclaimed() == []


def _span_error(start: int, end: int) -> str | None:
    """The error ``Span(start, end)`` must raise, checked in the documented order."""
    if start < 0:
        return f"start must be >= 0, got {start}"
    if end < 0:
        return f"end must be >= 0, got {end}"
    if end < start:
        return f"span end {end} is before start {start}"
    return None


@pytest.mark.parametrize("build", [Span, new_span], ids=["Span", "new_span"])
@settings(max_examples=300, deadline=None)
@given(st.integers(-5, 5), st.integers(-5, 5))
def test_spans_check_their_offsets_in_the_documented_order(
    build: Callable[[int, int], Span], start: int, end: int
) -> None:
    """``Span`` itself, and ``new_span``, which must build and reject exactly what it does."""
    expected = _span_error(start, end)
    try:
        span = build(start, end)
    except ValueError as exc:
        assert str(exc) == expected
    else:
        assert expected is None
        plain = Span(start, end)
        assert type(span) is Span and (span.start, span.end) == (start, end)
        assert span == plain and hash(span) == hash(plain) and repr(span) == repr(plain)
        assert pickle.loads(pickle.dumps(span)) == plain
        attrs.validate(span)  # the fields' own validators agree
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            span.start = 0  # type: ignore[misc]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=12), st.integers(0, 20), st.integers(0, 20))
def test_new_paragraph_builds_what_paragraph_builds(text: str, start: int, length: int) -> None:
    span = Span(start, start + length)
    built, plain = new_paragraph(text, span), Paragraph(text, span)
    assert type(built) is Paragraph
    assert built == plain and hash(built) == hash(plain) and repr(built) == repr(plain)
    assert attrs.asdict(built) == attrs.asdict(plain)
    assert pickle.loads(pickle.dumps(built)) == plain
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.text = ""  # type: ignore[misc]

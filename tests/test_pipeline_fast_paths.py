"""Shortcuts of the parse state and the model give what the plain checks they replace give."""

from __future__ import annotations

import inspect
import pickle
from collections.abc import Callable
from typing import Any, get_args

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc.model import (
    PERSON_KINDS,
    QUOTE_KINDS,
    SEVERITIES,
    TAIL_KINDS,
    Byline,
    Caption,
    Dateline,
    Document,
    Paragraph,
    Person,
    Problem,
    Quote,
    Span,
    Tail,
)
from newsdoc.parse.rules import quote_support
from newsdoc.parse.state import (
    BlockRole,
    ParseState,
    new_dateline,
    new_paragraph,
    new_person,
    new_problem,
    new_quote,
    new_span,
    new_tail,
)

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


_SPANS = st.tuples(st.integers(0, 40), st.integers(0, 10)).map(lambda pair: Span(pair[0], pair[0] + pair[1]))
_WORDS = st.text(max_size=8)
_PEOPLE = st.builds(Person, _WORDS, st.sampled_from(PERSON_KINDS))


def _maybe(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | values


# Each model class the parse builds from compiled code: its builder and a value for each of
# its fields, in field order (the builders take the class's own positional arguments).
_BUILDERS: list[tuple[type, Callable[..., Any], st.SearchStrategy[tuple[Any, ...]]]] = [
    (
        Quote,
        new_quote,
        st.tuples(
            st.sampled_from(QUOTE_KINDS),
            _WORDS,
            st.lists(_SPANS, max_size=3).map(tuple),
            st.integers(0, 30),
            _WORDS,
            st.floats(0, 1),
            _maybe(_WORDS),
            _maybe(_SPANS),
            _maybe(_WORDS),
            _maybe(_SPANS),
            _maybe(_PEOPLE),
        ),
    ),
    (
        Dateline,
        new_dateline,
        st.tuples(
            _SPANS,
            _WORDS,
            _maybe(_WORDS),
            _maybe(st.dates()),
            _maybe(_WORDS),
            _maybe(st.integers(1, 12)),
            _maybe(st.integers(1, 31)),
            _maybe(_WORDS),
            _maybe(_WORDS),
            _maybe(_SPANS),
            _maybe(_SPANS),
        ),
    ),
    (
        Person,
        new_person,
        st.tuples(
            _WORDS,
            st.sampled_from(PERSON_KINDS),
            _maybe(_WORDS),
            _maybe(_WORDS),
            st.lists(_WORDS, max_size=2).map(tuple),
            st.lists(_SPANS, max_size=3).map(tuple),
            st.booleans(),
        ),
    ),
    (Tail, new_tail, st.tuples(st.sampled_from(TAIL_KINDS), _WORDS, _SPANS)),
    (Problem, new_problem, st.tuples(_WORDS, _WORDS, _maybe(_SPANS), st.sampled_from(SEVERITIES))),
]
_BUILDER_IDS = [builder.__name__ for _, builder, _ in _BUILDERS]


@pytest.mark.parametrize(("cls", "build", "fields"), _BUILDERS, ids=_BUILDER_IDS)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_model_builders_build_what_the_model_builds(
    cls: type, build: Callable[..., Any], fields: st.SearchStrategy[tuple[Any, ...]], data: st.DataObject
) -> None:
    """Every argument, or a prefix leaving the rest to the defaults, gives the model's own object."""
    values = data.draw(fields)
    required = sum(field.default is attrs.NOTHING for field in attrs.fields(cls))
    count = data.draw(st.integers(required, len(values)))
    built, plain = build(*values[:count]), cls(*values[:count])
    assert type(built) is cls
    assert built == plain and hash(built) == hash(plain) and repr(built) == repr(plain)
    assert attrs.asdict(built) == attrs.asdict(plain)
    assert pickle.loads(pickle.dumps(built)) == plain
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(built, attrs.fields(cls)[0].name, values[0])
    with pytest.raises(TypeError):
        build(*values[: required - 1])  # a missing argument is refused, as the class refuses it


@pytest.mark.parametrize(("cls", "build", "fields"), _BUILDERS, ids=_BUILDER_IDS)
def test_model_builders_have_nothing_to_validate(
    cls: type, build: Callable[..., Any], fields: st.SearchStrategy[tuple[Any, ...]]
) -> None:
    """The builders set the fields as given: right only while the class checks nothing either.

    A validator or converter added to one of these classes must be handled by its
    builder (as ``new_span`` hands bad offsets to ``Span``); this test says when.
    """
    for field in attrs.fields(cls):
        assert field.validator is None and field.converter is None, (cls.__name__, field.name)
    if newsdoc.compiled_modules():
        return  # a compiled function's signature is not inspectable
    own = inspect.signature(cls.__init__).parameters
    assert [(p.name, p.default) for p in inspect.signature(build).parameters.values()] == [
        (p.name, p.default) for p in own.values() if p.name != "self"
    ]


_STATE_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "text": _WORDS,
    "headline": _maybe(_WORDS),
    "headline_span": _maybe(_SPANS),
    "published": _maybe(st.dates()),
    "published_span": _maybe(_SPANS),
    "header_span": _maybe(_SPANS),
    "date_line_span": _maybe(_SPANS),
    "dateline": _maybe(st.builds(Dateline, _SPANS, _WORDS)),
    "bylines": st.lists(st.builds(Byline, _WORDS, _SPANS, _SPANS), max_size=2),
    "captions": st.lists(st.builds(Caption, _WORDS, _SPANS), max_size=2),
    "paragraphs": st.lists(st.builds(Paragraph, _WORDS, _SPANS), max_size=3),
    "tails": st.lists(st.builds(Tail, st.sampled_from(TAIL_KINDS), _WORDS, _SPANS), max_size=2),
    "quotes": st.lists(
        st.builds(Quote, st.sampled_from(QUOTE_KINDS), _WORDS, st.just(()), st.integers(0, 9), _WORDS),
        max_size=2,
    ),
    "people": st.lists(_PEOPLE, max_size=2),
    "problems": st.lists(st.builds(Problem, _WORDS, _WORDS), max_size=2),
}


@settings(max_examples=60, deadline=None)
@given(st.fixed_dictionaries(_STATE_FIELDS))
def test_freeze_builds_the_document_of_the_state(fields: dict[str, Any]) -> None:
    assert sorted(fields) == sorted(field.name for field in attrs.fields(Document))  # every field
    state = ParseState(text=fields["text"], config=newsdoc.Config())
    for name, value in fields.items():
        setattr(state, name, value)
    frozen = state.freeze()
    plain = Document(**{name: tuple(v) if isinstance(v, list) else v for name, v in fields.items()})
    assert type(frozen) is Document and frozen == plain and repr(frozen) == repr(plain)
    assert pickle.loads(pickle.dumps(frozen)) == plain


# --- quote_support._single_spaced: line breaks replaced, the split only when needed ------

_SPACES = [
    " ",
    "\n",
    "\t",
    "\r",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x1f",
    "\x85",
    "\xa0",
    "\u2028",
    "\u3000",
]


@settings(max_examples=400, deadline=None)
@given(
    st.text(st.sampled_from(["a", "Z", ".", '"', "\u00e9", *_SPACES]), max_size=16)
    | st.lists(st.sampled_from(["said", "the", " ", "\n", "  ", "\n "]), max_size=10).map("".join)
    | st.text(max_size=16)
)
def test_single_spaced_is_the_split_and_join(text: str) -> None:
    assert quote_support._single_spaced(text) == " ".join(text.split())

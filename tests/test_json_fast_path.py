"""The fast JSON load path must accept and reject exactly what the detailed one does."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc.serialize.json import converter, to_dict
from scale_fixtures import MAYOR_TEXT, mayor_doc

TEXT = MAYOR_TEXT
_doc = mayor_doc


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the data that a mutation can change."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


PLACES = _paths(to_dict(_doc()))
REPLACEMENTS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=len(TEXT) + 3),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=5),
    st.just([]),
    st.just({}),
    st.just({"start": 1, "end": 2}),
    st.just("2031-02-30"),
    st.just("2031-02-03"),
)


def _outcome(load: Any, data: Any) -> Any:
    try:
        return load(data)
    except newsdoc.SerializationError as exc:
        return ("error", exc.path)


@settings(max_examples=150, deadline=None)
@given(place=st.sampled_from(PLACES), replacement=REPLACEMENTS, drop=st.booleans())
def test_fast_and_detailed_loads_agree(place: tuple[Any, ...], replacement: Any, drop: bool) -> None:
    data = to_dict(_doc())
    target = data
    for step in place[:-1]:
        target = target[step]
    if drop and isinstance(target, dict):
        del target[place[-1]]
    else:
        target[place[-1]] = replacement
    line = json.dumps(data)
    fast = _outcome(newsdoc.from_json, line)
    slow = _outcome(converter_only, json.loads(line))
    if isinstance(slow, tuple):
        assert isinstance(fast, tuple), f"fast path accepted what the detailed one rejects: {slow}"
    else:
        assert fast == slow


def converter_only(data: dict[str, Any]) -> newsdoc.Document:
    """The reference: span check, then the detailed converter alone."""
    from newsdoc.serialize import json as module

    module._check_spans(data)
    try:
        doc: newsdoc.Document = converter.structure(data, newsdoc.Document)
    except Exception as exc:
        raise newsdoc.SerializationError(str(exc)) from None
    extra_checks = getattr(module, "_check_quotes", None)
    if extra_checks is not None:
        extra_checks(doc)
    return doc


def test_the_unmutated_document_round_trips_on_the_fast_path() -> None:
    assert newsdoc.from_json(newsdoc.to_json(_doc())) == _doc()


@pytest.mark.parametrize(
    "place", [("quotes", 0, "speaker", "mentions", 0, "end"), ("people", 0, "mentions", 0)]
)
def test_person_mentions_are_span_checked(place: tuple[Any, ...]) -> None:
    data = to_dict(_doc())
    target: Any = data
    for step in place[:-1]:
        target = target[step]
    target[place[-1]] = {"start": 0, "end": len(TEXT) + 1} if place[-1] == 0 else len(TEXT) + 1
    with pytest.raises(newsdoc.SerializationError):
        newsdoc.from_json(json.dumps(data))

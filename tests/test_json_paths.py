"""from_dict tries a fast converter first; errors must still name the bad field's path."""

from __future__ import annotations

import pytest

import newsdoc
from newsdoc.serialize.json import converter, fast_converter, from_dict, to_dict
from scale_fixtures import MAYOR_TEXT, mayor_doc

TEXT = MAYOR_TEXT
_doc = mayor_doc


def test_both_converters_unstructure_alike() -> None:
    assert fast_converter.unstructure(_doc()) == converter.unstructure(_doc())


def test_round_trip_through_the_fast_path() -> None:
    assert from_dict(to_dict(_doc())) == _doc()


def test_bad_nested_value_names_its_path() -> None:
    data = to_dict(_doc())
    data["quotes"][0]["paragraph"] = "first"
    with pytest.raises(newsdoc.SerializationError) as info:
        from_dict(data)
    assert info.value.path == "quotes[0].paragraph"


def test_missing_field_names_its_path() -> None:
    data = to_dict(_doc())
    del data["paragraphs"][1]["text"]
    with pytest.raises(newsdoc.SerializationError) as info:
        from_dict(data)
    assert info.value.path == "paragraphs[1].text"


def test_bad_kind_is_rejected_with_its_path() -> None:
    data = to_dict(_doc())
    data["quotes"][0]["kind"] = 7
    with pytest.raises(newsdoc.SerializationError) as info:
        from_dict(data)
    assert info.value.path.startswith("quotes[0]")


@pytest.mark.parametrize(
    ("where", "value", "path"),
    [
        (("quotes", 0, "content", 0, "end"), len(TEXT) + 1, "quotes[0].content[0].end"),
        (("quotes", 0, "content", 0, "start"), True, "quotes[0].content[0].start"),
        (("paragraphs", 1, "span", "start"), 90, "paragraphs[1].span"),
        (("paragraphs", 0, "span", "end"), 2.5, "paragraphs[0].span.end"),
    ],
)
def test_bad_spans_anywhere_are_found_with_their_path(
    where: tuple[object, ...], value: object, path: str
) -> None:
    data = to_dict(_doc())
    target: object = data
    for step in where[:-1]:
        target = target[step]  # type: ignore[index]
    target[where[-1]] = value  # type: ignore[index]
    with pytest.raises(newsdoc.SerializationError) as info:
        from_dict(data)
    assert info.value.path == path


def test_a_span_with_an_extra_key_is_rejected() -> None:
    data = to_dict(_doc())
    data["quotes"][0]["content"][0]["length"] = 13
    with pytest.raises(newsdoc.SerializationError) as info:
        from_dict(data)
    assert info.value.path.startswith("quotes[0].content")

from __future__ import annotations

import pytest

import newsdoc
from newsdoc.serialize.json import to_dict


def test_seed_round_trips(seed_doc: newsdoc.Document) -> None:
    assert newsdoc.from_json(newsdoc.to_json(seed_doc)) == seed_doc


def test_round_trip_keeps_dates_as_dates(seed_doc: newsdoc.Document) -> None:
    back = newsdoc.from_json(newsdoc.to_json(seed_doc))
    assert back.published == seed_doc.published
    assert isinstance(to_dict(seed_doc)["published"], str)


def test_unknown_field_names_its_path(seed_doc: newsdoc.Document) -> None:
    data = to_dict(seed_doc)
    data["paragraphs"][1]["colour"] = "red"
    with pytest.raises(newsdoc.SerializationError) as info:
        newsdoc.serialize.json.from_dict(data)
    assert "paragraphs[1]" in str(info.value)


def test_negative_offset_names_its_path(seed_doc: newsdoc.Document) -> None:
    data = to_dict(seed_doc)
    data["paragraphs"][2]["span"]["start"] = -4
    with pytest.raises(newsdoc.SerializationError) as info:
        newsdoc.serialize.json.from_dict(data)
    assert info.value.path == "paragraphs[2].span.start"


def test_span_outside_text_is_rejected(seed_doc: newsdoc.Document) -> None:
    data = to_dict(seed_doc)
    data["paragraphs"][0]["span"]["end"] = len(seed_doc.text) + 10
    with pytest.raises(newsdoc.SerializationError) as info:
        newsdoc.serialize.json.from_dict(data)
    assert info.value.path == "paragraphs[0].span.end"


def test_invalid_json_is_a_newsdoc_error() -> None:
    with pytest.raises(newsdoc.SerializationError):
        newsdoc.from_json("{not json")
    with pytest.raises(newsdoc.SerializationError):
        newsdoc.from_json("[1, 2]")


def test_to_json_rejects_non_documents() -> None:
    with pytest.raises(TypeError):
        newsdoc.to_json("text")  # type: ignore[arg-type]

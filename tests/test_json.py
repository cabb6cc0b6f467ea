from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc.serialize import json as json_module
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


_WIRE_TEXT = st.lists(
    st.sampled_from([*"Ab é,.\n\t\"'“”—\x00\x1f\u2028\udc80", "said ", "LONDON, May 2 (Reuters) - "]),
    max_size=60,
).map("".join)


@pytest.mark.parametrize("pretty", [False, True])
@settings(max_examples=60, deadline=None)
@given(text=_WIRE_TEXT)
def test_to_json_is_the_same_with_or_without_orjson(pretty: bool, text: str) -> None:
    """orjson is an optional speed-up: the JSON must not depend on whether it is installed."""
    pytest.importorskip("orjson")
    doc = newsdoc.parse(text)
    with_orjson = newsdoc.to_json(doc, pretty=pretty)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(json_module, "_orjson", None)
        without = newsdoc.to_json(doc, pretty=pretty)
    assert without == with_orjson
    assert newsdoc.from_json(without) == doc


def test_compact_json_has_no_spaces_after_separators(seed_doc: newsdoc.Document) -> None:
    compact = newsdoc.to_json(seed_doc)
    assert compact.startswith('{"text":"')
    assert newsdoc.to_json(seed_doc, pretty=True).startswith('{\n  "text": "')

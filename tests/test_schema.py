"""newsdoc's published JSON Schema, checked against real to_json output."""

from __future__ import annotations

import json
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from export_fixture import build
from newsdoc.model import ELEMENT_TYPES
from newsdoc.schemas import json_schema
from schema_check import document_validator, errors


def as_data(doc: newsdoc.Document) -> Any:
    return json.loads(newsdoc.to_json(doc))


def test_seed_and_handmade_json_validate(seed_doc: newsdoc.Document) -> None:
    validator = document_validator()
    assert errors(validator, as_data(seed_doc)) == []
    assert errors(validator, as_data(build())) == []


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=300))
def test_any_parsed_text_validates(text: str) -> None:
    assert errors(document_validator(), as_data(newsdoc.parse(text))) == []


def test_schema_rejects_what_from_json_rejects() -> None:
    validator = document_validator()
    data = as_data(build())
    data["quotes"][0]["colour"] = "red"
    assert errors(validator, data) != []
    data = as_data(build())
    data["paragraphs"][0]["span"]["start"] = -1
    assert errors(validator, data) != []
    data = as_data(build())
    data["published"] = "14 March 2031"
    assert errors(validator, data) != []


def test_schema_matches_the_model_fields() -> None:
    """Every attrs class has a $defs entry listing exactly its fields (no drift)."""
    defs = json_schema()["$defs"]
    for cls in ELEMENT_TYPES:
        assert set(defs[cls.__name__]["properties"]) == {f.name for f in attrs.fields(cls)}, cls.__name__
        required = {f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING}
        assert set(defs[cls.__name__]["required"]) == required, cls.__name__


def test_json_schema_returns_a_copy() -> None:
    json_schema()["$defs"].clear()
    assert "Quote" in json_schema()["$defs"]

"""Exports over a real corpus set (skipped when ../shared/corpus is absent)."""

from __future__ import annotations

import pytest

import newsdoc
from conftest import corpus_dir
from newsdoc.serialize.ninjs import VERSIONS, to_ninjs
from newsdoc.serialize.text import round_trip_differences
from schema_check import STANDARDS, errors, ninjs_validator


@pytest.mark.corpus
def test_quotes_dev_set_validates_and_round_trips() -> None:
    if not STANDARDS.is_dir():
        pytest.skip("../shared/standards/ninjs is absent")
    validators = {v: ninjs_validator(v) for v in VERSIONS}
    extension = ninjs_validator("3.1", extension=True)
    paths = sorted(corpus_dir("xinhua-quotes-dev").glob("*.txt"))
    assert paths
    for path in paths:
        doc = newsdoc.parse_file(path)
        for version, validator in validators.items():
            assert errors(validator, to_ninjs(doc, version=version)) == [], (path.name, version)
        assert errors(extension, to_ninjs(doc, extension=True)) == [], path.name
        assert round_trip_differences(doc) == [], path.name

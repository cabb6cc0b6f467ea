"""ninjs 1.6 / 2.2 / 3.1: every output validates against the official schemas."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsdoc
from export_fixture import TEXT, build
from newsdoc.serialize.ninjs import VERSIONS, to_ninjs
from schema_check import STANDARDS, errors, ninjs_validator

needs_standards = pytest.mark.skipif(not STANDARDS.is_dir(), reason="../shared/standards/ninjs is absent")


def ninjs(doc: newsdoc.Document, **options: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(newsdoc.dumps(doc, format="ninjs", **options))
    return data


@needs_standards
@pytest.mark.parametrize("version", VERSIONS)
def test_handmade_document_validates(version: str) -> None:
    assert errors(ninjs_validator(version), ninjs(build(), version=version)) == []


@needs_standards
@pytest.mark.parametrize("version", VERSIONS)
def test_seed_validates(version: str, seed_doc: newsdoc.Document) -> None:
    assert errors(ninjs_validator(version), ninjs(seed_doc, version=version)) == []


@needs_standards
@pytest.mark.parametrize("version", ["2.2", "3.1"])
def test_extension_validates_against_its_own_schema_only(version: str) -> None:
    data = ninjs(build(), version=version, extension=True)
    assert errors(ninjs_validator(version, extension=True), data) == []
    assert errors(ninjs_validator(version), data) != []  # the official schema is closed
    assert data["standard"]["schema"] == f"urn:newsdoc:schema:ninjs-extension:{version}"


@needs_standards
def test_validator_is_not_vacuous() -> None:
    data = ninjs(build(), version="3.1")
    data["firstCreated"] = "2031-03-14"  # a date without time and zone is not RFC 3339
    assert errors(ninjs_validator("3.1"), data) != []
    bad_16 = ninjs(build(), version="1.6")
    bad_16["headlines"] = []  # a 2.x key in 1.6
    assert errors(ninjs_validator("1.6"), bad_16) != []


@needs_standards
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300))
def test_any_parsed_text_validates(text: str) -> None:
    doc = newsdoc.parse(text)
    for version in VERSIONS:
        assert errors(ninjs_validator(version), to_ninjs(doc, version=version)) == []


def test_default_is_31() -> None:
    assert ninjs(build())["standard"]["version"] == "3.1"


def test_key_map_names_per_version() -> None:
    v16, v22, v31 = (ninjs(build(), version=v) for v in VERSIONS)
    assert v16["headline"] == "Harbour city opens tidal barrier after decade of delays"
    assert v16["byline"] == v22["by"] == v31["by"] == "Mara Ellison and Tomas Reyes-Okafor"
    assert v16["infosource"] == [{"name": "Tidewire", "rel": "source"}]
    assert v22["infosources"] == v31["infoSources"] == [{"name": "Tidewire", "role": "source"}]
    assert v16["firstcreated"] == v22["firstcreated"] == v31["firstCreated"] == "2031-03-14T00:00:00Z"
    assert v31["contentCreated"] == "2031-03-13T00:00:00Z"  # the dateline date
    assert v31["headlines"] == [
        {
            "role": "main",
            "contentType": "text/plain",
            "value": "Harbour city opens tidal barrier after decade of delays",
        }
    ]
    assert v22["headlines"][0]["contenttype"] == "text/plain"
    assert v16["located"] == v31["located"] == "Port Calder, Wexmoor"


def test_plain_body_keeps_the_dateline_and_unwraps() -> None:
    body = ninjs(build())["bodies"][0]
    assert body["role"] == "main"
    assert body["value"].startswith("PORT CALDER, Wexmoor, March 13 (Tidewire) -- The long-delayed")
    assert "feared, and that repairs" in body["value"]
    assert body["value"].count("\n\n") == 3
    assert body["wordCount"] == len(body["value"].split())


def test_xhtml_body_marks_quotes_and_escapes() -> None:
    v16 = ninjs(build(), version="1.6")
    richtext = ninjs(build())["bodies"][1]
    assert richtext["contentType"] == "application/xhtml+xml"
    assert richtext["value"] == v16["body_html"]
    root = ET.fromstring(f"<div>{richtext['value']}</div>")
    paragraphs = root.findall("p")
    assert len(paragraphs) == 4
    assert paragraphs[0].get("class") == "lead"
    quotes = root.findall(".//q")
    assert [q.text for q in quotes] == [
        "The long-delayed tidal barrier opened on Thursday",
        "This wall will keep our homes dry & safe for fifty years,",
        "the project had cost less than the council feared, and that repairs to the old sea wall would begin in April",
        "shipping would not be affected",
    ]
    assert [q.get("title") for q in quotes][1:3] == ["Odile Franck", "Odile Franck"]
    assert "&lt;Gate 3&gt;" in richtext["value"]
    assert "".join(paragraphs[1].itertext()).endswith("at the <Gate 3> ceremony.")


def test_people_speakers_and_credits() -> None:
    data = ninjs(build())
    assert data["people"] == [
        {"name": "Mara Ellison", "rel": "author"},
        {"name": "Tomas Reyes-Okafor", "rel": "author"},
        {"name": "Ines Varga", "rel": "photographer"},
        {"name": "Odile Franck", "rel": "speaker"},
    ]
    assert data["organisations"] == [{"name": "harbour authority", "rel": "speaker"}]
    assert "city officials" not in json.dumps({k: data[k] for k in ("people", "organisations")})


def test_people_known_but_not_quoted_are_mentioned_once() -> None:
    doc = build()
    extra = (newsdoc.Person(name="Mara Ellison"), newsdoc.Person(name="Pia Lund"))
    people = ninjs(attrs.evolve(doc, people=(*doc.people, *extra)))["people"]
    assert [p["name"] for p in people].count("Mara Ellison") == 1  # credited: only as author
    assert {"name": "Pia Lund", "rel": "mentioned"} in people


def test_caption_becomes_picture_association() -> None:
    v31, v22, v16 = ninjs(build()), ninjs(build(), version="2.2"), ninjs(build(), version="1.6")
    [picture] = v31["associations"]
    assert (
        picture["name"] == "picture_1" and picture["type"] == "picture" and picture["rel"] == "illustration"
    )
    assert picture["uri"].startswith(v31["uri"])
    assert picture["by"] == "Ines Varga"
    assert picture["descriptions"][0]["value"].endswith("(Tidewire/Ines Varga)")
    assert "rel" not in v22["associations"][0]
    assert v16["associations"]["picture_1"]["byline"] == "Ines Varga"
    assert v16["associations"]["picture_1"]["description_caption"] == picture["descriptions"][0]["value"]


def test_uri_is_stable_and_content_derived() -> None:
    assert ninjs(build())["uri"] == ninjs(build(), version="1.6")["uri"]
    changed = newsdoc.parse(TEXT.replace("Thursday", "Friday"))
    assert ninjs(changed)["uri"] != ninjs(newsdoc.parse(TEXT))["uri"]
    assert ninjs(build())["uri"] == ninjs(newsdoc.parse(TEXT))["uri"]  # same text, same uri


def test_zone_policy() -> None:
    shanghai = ninjs(build(), zone="Asia/Shanghai")
    assert shanghai["firstCreated"] == "2031-03-14T00:00:00+08:00"
    assert (
        ninjs(build(), zone=dt.timezone(dt.timedelta(hours=-5)))["versionCreated"]
        == "2031-03-14T00:00:00-05:00"
    )
    none = ninjs(build(), zone=None)
    assert not {"firstCreated", "versionCreated", "contentCreated"} & set(none)
    with pytest.raises(newsdoc.NewsdocError):
        ninjs(build(), zone="Mars/Olympus")


def test_bad_options_are_errors() -> None:
    with pytest.raises(newsdoc.NewsdocError):
        ninjs(build(), version="1.5")
    with pytest.raises(newsdoc.NewsdocError):
        ninjs(build(), version="1.6", extension=True)


def test_extension_keeps_offsets_partial_dates_and_quotes() -> None:
    doc = build()
    assert doc.dateline is not None
    partial = attrs.evolve(doc, dateline=attrs.evolve(doc.dateline, date=None))
    ext = ninjs(partial, extension=True)["newsdoc"]
    assert ext["dateline"]["date"] is None
    assert (ext["dateline"]["month"], ext["dateline"]["day"]) == (3, 13)
    assert "contentCreated" not in ninjs(partial)
    assert ext["published"] == "2031-03-14"
    assert [TEXT[s["start"] : s["end"]] for s in ext["paragraphs"]] == [
        p.span.slice(TEXT) for p in doc.paragraphs
    ]
    assert len(ext["quotes"]) == 4
    quote = ext["quotes"][1]
    assert quote["speaker"]["name"] == "Odile Franck"
    assert TEXT[quote["content"][0]["start"] : quote["content"][0]["end"]] == doc.quotes[1].text


def test_document_without_anything_is_still_valid_ninjs() -> None:
    data = ninjs(newsdoc.Document(text=""))
    assert set(data) == {"uri", "standard", "type", "language"}


def test_xhtml_body_is_well_formed_even_with_control_characters() -> None:
    doc = newsdoc.parse("Headline\n\nA story\x1b with <an> escape & more\n")
    richtext = ninjs(doc)["bodies"][1]["value"]
    root = ET.fromstring(f"<div>{richtext}</div>")
    assert "".join(root.itertext()).endswith("with <an> escape & more")


def test_editor_notes_and_tail_credits() -> None:
    doc = build()
    note = newsdoc.Tail(kind="note", text="(Eds: updates with toll)", span=doc.tails[0].span)
    editor = newsdoc.Byline(name="Rui Sato", span=doc.bylines[0].span, block=doc.tails[0].span, role="editor")
    changed = attrs.evolve(doc, tails=(note,), bylines=(*doc.bylines, editor))
    v31, v16 = ninjs(changed), ninjs(changed, version="1.6")
    assert v31["edNote"] == v16["ednote"] == "(Eds: updates with toll)"
    assert v31["by"] == "Mara Ellison and Tomas Reyes-Okafor"  # the editor did not write it
    assert {"name": "Rui Sato", "rel": "editor"} in v31["people"]
    only_editor = attrs.evolve(doc, bylines=(editor,))
    assert ninjs(only_editor)["by"] == "Rui Sato"
    assert "edNote" not in ninjs(doc)  # an end marker is not a note

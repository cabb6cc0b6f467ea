"""NITF 3.6: well formed, escaped, and the fields where the standard puts them."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from export_fixture import build
from newsdoc.serialize.nitf import NAMESPACE, norm_date

N = "{" + NAMESPACE + "}"


def nitf_root(doc: newsdoc.Document, **options: object) -> ET.Element:
    return ET.fromstring(newsdoc.dumps(doc, format="nitf", **options).encode("utf-8"))


def text_of(element: ET.Element | None) -> str:
    assert element is not None
    return "".join(element.itertext())


def test_root_namespace_and_version() -> None:
    root = nitf_root(build())
    assert root.tag == N + "nitf"
    assert root.get("version") == "-//IPTC//DTD NITF 3.6//EN"
    assert root.get("baselang") == "en"


def test_head_fields() -> None:
    root = nitf_root(build())
    assert text_of(root.find(f"{N}body/{N}body.head/{N}hedline/{N}hl1")) == (
        "Harbour city opens tidal barrier after decade of delays"
    )
    assert root.find(f"{N}head/{N}docdata/{N}date.issue").get("norm") == "20310314T000000Z"  # type: ignore[union-attr]
    doc_id = root.find(f"{N}head/{N}docdata/{N}doc-id")
    assert doc_id is not None and doc_id.get("id-string", "").startswith("urn:newsdoc:sha256:")
    identified = root.find(f"{N}head/{N}docdata/{N}identified-content")
    assert identified is not None
    assert [p.text for p in identified.findall(f"{N}person")] == [
        "Mara Ellison",
        "Tomas Reyes-Okafor",
        "Ines Varga",
        "Odile Franck",
    ]
    assert [o.text for o in identified.findall(f"{N}org")] == ["harbour authority"]


def test_byline_distributor_and_dateline() -> None:
    body_head = nitf_root(build()).find(f"{N}body/{N}body.head")
    assert body_head is not None
    byline = body_head.find(f"{N}byline")
    assert text_of(byline) == "By Mara Ellison and Tomas Reyes-Okafor"
    assert [p.text for p in byline.findall(f"{N}person")] == ["Mara Ellison", "Tomas Reyes-Okafor"]  # type: ignore[union-attr]
    assert text_of(body_head.find(f"{N}distributor/{N}org")) == "Tidewire"
    dateline = body_head.find(f"{N}dateline")
    assert text_of(dateline) == "PORT CALDER, Wexmoor, March 13 (Tidewire) --"  # the printed text survives
    assert text_of(dateline.find(f"{N}location/{N}city")) == "PORT CALDER"  # type: ignore[union-attr]
    assert text_of(dateline.find(f"{N}location/{N}region")) == "Wexmoor"  # type: ignore[union-attr]
    story_date = dateline.find(f"{N}story.date")  # type: ignore[union-attr]
    assert (
        story_date is not None
        and story_date.text == "March 13"
        and story_date.get("norm") == "20310313T000000Z"
    )


def test_byline_title_goes_to_byttl() -> None:
    doc = build()
    titled = attrs.evolve(doc, bylines=(attrs.evolve(doc.bylines[0], title="Staff Reporter"),))
    byline = nitf_root(titled).find(f"{N}body/{N}body.head/{N}byline")
    assert text_of(byline) == "By Mara Ellison, Staff Reporter"
    assert text_of(byline.find(f"{N}byttl")) == "Staff Reporter"  # type: ignore[union-attr]


def test_partial_dateline_date_has_no_norm() -> None:
    doc = build()
    assert doc.dateline is not None
    partial = attrs.evolve(doc, dateline=attrs.evolve(doc.dateline, date=None))
    story_date = nitf_root(partial).find(f".//{N}dateline/{N}story.date")
    assert story_date is not None and story_date.text == "March 13" and story_date.get("norm") is None


def test_paragraphs_lead_quotes_and_escaping() -> None:
    content = nitf_root(build()).find(f"{N}body/{N}body.content")
    assert content is not None
    paragraphs = content.findall(f"{N}p")
    assert len(paragraphs) == 4
    assert paragraphs[0].get("lede") == "true" and paragraphs[1].get("lede") is None
    assert [q.text for q in content.iter(f"{N}q")][
        1
    ] == "This wall will keep our homes dry & safe for fifty years,"
    assert text_of(paragraphs[1]).endswith("told reporters at the <Gate 3> ceremony.")
    assert [p.text for p in paragraphs[1].findall(f"{N}person")] == ["Mayor Odile Franck"]
    assert [o.text for o in paragraphs[3].findall(f"{N}org")] == ["The harbour authority"]
    # paragraph text survives the markup exactly (the wrapped paragraph is unwrapped)
    assert [text_of(p) for p in paragraphs] == [p.text for p in build().paragraphs]


def test_caption_as_media() -> None:
    media = nitf_root(build()).find(f"{N}body/{N}body.content/{N}media")
    assert media is not None and media.get("media-type") == "image"
    assert text_of(media.find(f"{N}media-caption")).endswith("(Tidewire/Ines Varga)")
    assert text_of(media.find(f"{N}media-producer")) == "Tidewire/Ines Varga"
    assert media.find(f"{N}media-reference") is not None


def test_tails_in_body_end() -> None:
    assert text_of(nitf_root(build()).find(f"{N}body/{N}body.end/{N}tagline")) == "Enditem"


def test_norm_date_with_zone() -> None:
    import datetime as dt

    assert norm_date(dt.date(2031, 3, 13)) == "20310313T000000Z"
    assert norm_date(dt.date(2031, 3, 13), dt.timezone(dt.timedelta(hours=8))) == "20310313T000000+0800"


def test_seed_and_empty_documents_are_well_formed(seed_doc: newsdoc.Document) -> None:
    assert nitf_root(seed_doc).find(f"{N}body/{N}body.content/{N}p") is not None
    assert nitf_root(newsdoc.Document(text="")).find(f"{N}body/{N}body.head") is not None


def test_markup_characters_in_every_field_are_escaped() -> None:
    nasty = 'A <b>&amp; "x" </nitf>'
    doc = newsdoc.parse(f" date 2031-03-14 {nasty}\n\n{nasty}\n")
    root = nitf_root(doc)
    assert text_of(root.find(f"{N}body/{N}body.head/{N}hedline/{N}hl1")) == nasty
    assert nasty in [text_of(p) for p in root.iter(f"{N}p")]


def test_lxml_parses_it_too() -> None:
    etree = pytest.importorskip("lxml.etree")
    root = etree.fromstring(newsdoc.dumps(build(), format="nitf").encode("utf-8"))
    assert root.xpath("count(//n:q)", namespaces={"n": NAMESPACE}) == 4


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x2FFF), max_size=200))
def test_any_text_gives_well_formed_nitf(text: str) -> None:
    doc = newsdoc.parse(f" date 2031-03-14 {text}\n\n{text}\n")
    root = nitf_root(doc)
    assert root.find(f"{N}body/{N}body.content") is not None


def test_control_characters_become_replacement_characters() -> None:
    doc = newsdoc.parse("A story\x1b about\x00 escapes\n")
    assert "A story\ufffd about\ufffd escapes" in [text_of(p) for p in nitf_root(doc).iter(f"{N}p")]

"""Every registered export format escapes hostile article text (no XML/HTML/Markdown injection).

Parametrised over ``newsdoc.format_names()``, so a format added later is covered
without touching this file.  What is checked depends on the format's media type.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

import newsdoc
from newsdoc.serialize import get_format
from robust_docs import HOSTILE, rich_document

ATTRIBUTE_BREAK = "x\" onmouseover=\"alert(2)\" y='z' onload='alert(3)'"
PAYLOADS = [HOSTILE, ATTRIBUTE_BREAK, "]]>]]]]><![CDATA[ & \x00 alert(4)"]

HOSTILE_WIRE = (
    f"Markets rally {HOSTILE}\n"
    "\n"
    f"LAKE ORMAN, May 5 (Xinhua) -- The governor said {ATTRIBUTE_BREAK} on Monday.\n"
    "\n"
    f'"Nothing <b>bold</b> & nothing ]]> broken," said Ana Pell {HOSTILE}.\n'
    "\n"
    "Enditem\n"
)


def documents() -> list[newsdoc.Document]:
    return [*(rich_document(p) for p in PAYLOADS), newsdoc.parse(HOSTILE_WIRE)]


def media_type(name: str) -> str:
    return get_format(name).media_type.lower()


@pytest.mark.parametrize("name", newsdoc.format_names())
def test_every_format_renders_hostile_documents(name: str) -> None:
    for doc in documents():
        out = newsdoc.dumps(doc, name)
        assert isinstance(out, str) and out
        out.encode("utf-8")  # no lone surrogates in the output


@pytest.mark.parametrize("name", [n for n in newsdoc.format_names() if "xml" in media_type(n)])
def test_xml_formats_are_well_formed_with_text_escaped(name: str) -> None:
    lxml_etree = pytest.importorskip("lxml.etree")
    for doc in documents():
        out = newsdoc.dumps(doc, name)
        root = lxml_etree.fromstring(out.encode("utf-8"))  # raises on any ill-formed output
        assert not [el for el in root.iter() if isinstance(el.tag, str) and _local(el.tag) == "script"]
        assert not [a for el in root.iter() for a in el.attrib if a.lower().startswith("on")]
        assert "alert(" in "".join(root.itertext()) + " ".join(
            str(v) for el in root.iter() for v in el.attrib.values()
        )


@pytest.mark.parametrize("name", [n for n in newsdoc.format_names() if "html" in media_type(n)])
def test_html_formats_escape_text(name: str) -> None:
    lxml_html = pytest.importorskip("lxml.html")
    for doc in documents():
        out = newsdoc.dumps(doc, name)
        assert "<script>" not in out
        root = lxml_html.document_fromstring(out)
        assert not [el for el in root.iter("script") if "alert" in (el.text or "")]
        assert not [a for el in root.iter() for a in el.attrib if a.lower().startswith("on")]
        assert not [el for el in root.iter("b") if el.text == "bold"]
        assert "alert(" in root.text_content()


@pytest.mark.parametrize("name", [n for n in newsdoc.format_names() if "markdown" in media_type(n)])
def test_markdown_formats_escape_raw_html(name: str) -> None:
    for doc in documents():
        out = newsdoc.dumps(doc, name)
        assert re.search(r"(?<!\\)<(script|b>|!--)", out) is None, out


@pytest.mark.parametrize("name", [n for n in newsdoc.format_names() if "json" in media_type(n)])
def test_json_formats_are_valid_json_keeping_the_text(name: str) -> None:
    for doc in documents():
        out = newsdoc.dumps(doc, name)
        values = list(_strings(json.loads(out)))
        assert any("alert(" in value for value in values)


def _strings(value: Any) -> Any:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


@pytest.mark.parametrize("name", newsdoc.format_names())
def test_every_format_survives_lone_surrogates(name: str) -> None:
    """Regression (found by the fuzz target): ninjs and nitf hashed the text as strict UTF-8 and raised.

    Text read with ``errors="surrogateescape"`` holds lone surrogates.  Every format
    must render it; structured formats (XML, HTML, JSON) must stay valid UTF-8.
    """
    doc = newsdoc.parse("Headline\n\nBytes \udce9\udcff were not UTF-8.\n")
    out = newsdoc.dumps(doc, name)
    if any(kind in media_type(name) for kind in ("xml", "html", "json")):
        out.encode("utf-8")


def test_hostile_wire_copy_parses_cleanly() -> None:
    doc = newsdoc.parse(HOSTILE_WIRE)
    assert newsdoc.from_json(newsdoc.to_json(doc)) == doc
    assert "html-markup" in {p.code for p in doc.problems}

"""Published JSON Schemas: newsdoc's own JSON and the newsdoc extension of ninjs.

``newsdoc.schema.json`` (draft 2020-12) describes what :func:`newsdoc.to_json`
writes.  The ninjs extension schemas describe ``dumps(doc, format="ninjs",
extension=True)``: the official ninjs 2.2 / 3.1 object plus one extra property,
``newsdoc``, whose parts reuse the definitions of the newsdoc schema.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from typing import Any

from newsdoc.errors import NewsdocError

DOCUMENT_SCHEMA_ID = "urn:newsdoc:schema:document:1"
EXTENSION_KEY = "newsdoc"
NINJS_SCHEMA_IDS: dict[str, str] = {
    "1.6": "http://www.iptc.org/std/ninjs/ninjs-schema_1.6.json#",
    "2.2": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#",
    "3.1": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
}
EXTENSION_VERSIONS: tuple[str, ...] = ("2.2", "3.1")


@cache
def _document_schema() -> dict[str, Any]:
    text = resources.files(__name__).joinpath("newsdoc.schema.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of newsdoc's own JSON; a fresh copy each call."""
    return copy.deepcopy(_document_schema())


def extension_schema_id(version: str) -> str:
    """The ``$id`` of the newsdoc extension schema for ninjs ``version``."""
    return f"urn:newsdoc:schema:ninjs-extension:{version}"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"{DOCUMENT_SCHEMA_ID}#/$defs/{name}"}


def _array_of(name: str) -> dict[str, Any]:
    return {"type": "array", "items": _ref(name)}


def _nullable(name: str) -> dict[str, Any]:
    return {"oneOf": [_ref(name), {"type": "null"}]}


def extension_payload_schema() -> dict[str, Any]:
    """The schema of the ``newsdoc`` property: what ninjs has no field for."""
    return {
        "description": (
            "newsdoc data that ninjs has no field for: the dateline as parsed (with a partial "
            "date), the zone-less publication date, character offsets of every element into the "
            "source text, and the quotes with their speakers."
        ),
        "type": "object",
        "properties": {
            "textSha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "published": _nullable("Date"),
            "dateline": _nullable("Dateline"),
            "bylines": _array_of("Byline"),
            "captions": _array_of("Caption"),
            "paragraphs": _array_of("Span"),
            "tails": _array_of("Tail"),
            "quotes": _array_of("Quote"),
            "problems": _array_of("Problem"),
        },
        "required": ["textSha256", "paragraphs", "quotes"],
        "additionalProperties": False,
    }


def ninjs_extension_schema(version: str = "3.1") -> dict[str, Any]:
    """The extension schema for ninjs ``version`` ("2.2" or "3.1").

    It reuses the official ``ninjsType`` by ``$ref`` and closes the object again
    with ``unevaluatedProperties: false``, following the IPTC extension example.
    ninjs 1.6 (draft-07, closed with ``additionalProperties``) cannot be extended.
    """
    if version not in EXTENSION_VERSIONS:
        raise NewsdocError(
            f"the newsdoc extension exists for ninjs {' and '.join(EXTENSION_VERSIONS)}, not {version!r}"
        )
    base = NINJS_SCHEMA_IDS[version].rstrip("#")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": extension_schema_id(version),
        "title": f"ninjs {version} with the newsdoc extension",
        "description": (
            f"An IPTC ninjs {version} news item plus the property '{EXTENSION_KEY}' "
            "(see the newsdoc documentation, docs/formats.md)."
        ),
        "type": "object",
        "$ref": f"{base}#/$defs/ninjsType",
        "properties": {EXTENSION_KEY: extension_payload_schema()},
        "required": ["uri"],
        "unevaluatedProperties": False,
    }


__all__ = [
    "DOCUMENT_SCHEMA_ID",
    "EXTENSION_KEY",
    "NINJS_SCHEMA_IDS",
    "extension_schema_id",
    "json_schema",
    "ninjs_extension_schema",
]

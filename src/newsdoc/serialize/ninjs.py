"""IPTC ninjs 1.6, 2.2 and 3.1 from one key map.

The three versions carry the same information under different names (1.6
lowercase and singular, 2.2 lowercase and plural, 3.1 camelCase) and shapes
(1.6 has ``headline`` / ``body_<x>`` / ``description_<x>`` keys and
associations keyed by name; 2.x has role arrays).  :data:`KEYS` holds the
names, :func:`_texts` and :func:`_associations` the shapes; everything else is
written once.

By default the output is standards-pure and validates against the official
schema of its version.  ``extension=True`` (2.2 and 3.1 only) adds a ``newsdoc``
property described by :func:`newsdoc.schemas.ninjs_extension_schema`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any
from zoneinfo import ZoneInfo

from newsdoc.errors import NewsdocError
from newsdoc.model import Dateline, Document, Person
from newsdoc.schemas import EXTENSION_KEY, NINJS_SCHEMA_IDS, extension_schema_id
from newsdoc.serialize import Format
from newsdoc.serialize._inline import (
    byline_statement,
    document_uri,
    plain_body,
    rfc3339,
    speakers,
)
from newsdoc.serialize._jsontext import utf8_json
from newsdoc.serialize._xhtml import xhtml_body
from newsdoc.serialize.json import converter

VERSIONS: tuple[str, ...] = ("1.6", "2.2", "3.1")
_INDEX = {version: i for i, version in enumerate(VERSIONS)}

#: Logical name -> the key in ninjs 1.6, 2.2, 3.1 (``None``: the version has no such key).
KEYS: dict[str, tuple[str | None, str | None, str]] = {
    "uri": ("uri", "uri", "uri"),
    "type": ("type", "type", "type"),
    "standard": ("$standard", "standard", "standard"),
    "language": ("language", "language", "language"),
    "firstCreated": ("firstcreated", "firstcreated", "firstCreated"),
    "versionCreated": ("versioncreated", "versioncreated", "versionCreated"),
    "contentCreated": ("contentcreated", "contentcreated", "contentCreated"),
    "headlines": ("headline", "headlines", "headlines"),
    "bodies": ("body", "bodies", "bodies"),
    "descriptions": ("description", "descriptions", "descriptions"),
    "contentType": (None, "contenttype", "contentType"),
    "charCount": ("charcount", "charcount", "charCount"),
    "wordCount": ("wordcount", "wordcount", "wordCount"),
    "by": ("byline", "by", "by"),
    "located": ("located", "located", "located"),
    "infoSources": ("infosource", "infosources", "infoSources"),
    "infoSourceRole": ("rel", "role", "role"),
    "people": ("person", "people", "people"),
    "organisations": ("organisation", "organisations", "organisations"),
    "copyrightHolder": ("copyrightholder", "copyrightholder", "copyrightHolder"),
    "edNote": ("ednote", "ednote", "edNote"),
    "associations": ("associations", "associations", "associations"),
    "associationRel": (None, None, "rel"),
}


def _key(name: str, version: str) -> str | None:
    return KEYS[name][_INDEX[version]]


def _put(out: dict[str, Any], name: str, version: str, value: Any) -> None:
    """Set the version's key for ``name`` unless the value is empty or the key missing."""
    key = _key(name, version)
    if key is not None and value not in (None, "", [], {}):
        out[key] = value


def _texts(out: dict[str, Any], name: str, version: str, items: list[tuple[str, str | None, str]]) -> None:
    """Headlines, bodies or descriptions: ``(role, content type, value)`` triples.

    1.6 writes ``<name>_<role>`` string keys (the main headline is ``headline``);
    2.x writes an array of ``{role, contentType, value}`` objects.
    """
    if not items:
        return
    if version == "1.6":
        prefix = _key(name, version)
        for role, _content_type, value in items:
            key = "headline" if (prefix == "headline" and role == "main") else f"{prefix}_{role}"
            out[key] = value
        return
    content_key = _key("contentType", version)
    entries = []
    for role, content_type, value in items:
        entry: dict[str, Any] = {"role": role}
        if content_type is not None and content_key is not None:
            entry[content_key] = content_type
        if name == "bodies" and content_type == "text/plain":
            _put(entry, "charCount", version, len(value))
            _put(entry, "wordCount", version, len(value.split()))
        entry["value"] = value
        entries.append(entry)
    _put(out, name, version, entries)


def _associations(out: dict[str, Any], version: str, items: list[dict[str, Any]]) -> None:
    """Associated objects: keyed by name in 1.6, an array with ``name`` in 2.x."""
    if not items:
        return
    if version == "1.6":
        out["associations"] = {item.pop("name"): item for item in items}
    else:
        out["associations"] = items


def _standard(version: str, extension: bool) -> dict[str, str]:
    schema = extension_schema_id(version) if extension else NINJS_SCHEMA_IDS[version]
    return {"name": "ninjs", "version": version, "schema": schema}


def _party(name: str, rel: str, rel_key: str = "rel") -> dict[str, str]:
    return {"name": name, rel_key: rel}


def _people(doc: Document, version: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(people, organisations): credited people with their role, speakers with rel "speaker".

    Bylines give their role ("author"), caption credits theirs ("photographer");
    other people the document knows are "mentioned".  Speakers of kind "group"
    ("officials") are neither people nor organisations and stay in the extension.
    """
    people: list[dict[str, str]] = []
    organisations: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(target: list[dict[str, str]], name: str, rel: str) -> None:
        if (name, rel) not in seen:
            seen.add((name, rel))
            target.append(_party(name, rel))

    credited_by = [*doc.bylines, *(c.credit for c in doc.captions if c.credit is not None)]
    for credit in credited_by:
        add(people, credit.name, credit.role)
    credited = {credit.name for credit in credited_by}
    quoted = {person.name for person in speakers(doc)}
    for person in [*speakers(doc), *doc.people]:
        if person.name in credited and person.name not in quoted:
            continue
        rel = "speaker" if person.name in quoted else "mentioned"
        target = _target_for(person, people, organisations)
        if target is not None:
            add(target, person.name, rel)
    return people, organisations


def _target_for(
    person: Person, people: list[dict[str, str]], organisations: list[dict[str, str]]
) -> list[dict[str, str]] | None:
    if person.kind in ("person", "unknown"):
        return people
    if person.kind == "organisation":
        return organisations
    return None


def _pictures(doc: Document, version: str, uri: str) -> list[dict[str, Any]]:
    """One picture association per caption: caption as description, credit as ``by``."""
    items = []
    for number, caption in enumerate(doc.captions, 1):
        item: dict[str, Any] = {"name": f"picture_{number}", "uri": f"{uri}:picture:{number}"}
        _put(item, "associationRel", version, "illustration")
        item["type"] = "picture"
        _texts(item, "descriptions", version, [("caption", "text/plain", caption.text)])
        if caption.credit is not None:
            _put(item, "by", version, caption.credit.name)
            if caption.credit.agency:
                _put(item, "copyrightHolder", version, caption.credit.agency)
        items.append(item)
    return items


def located(dateline: Dateline) -> str | None:
    """The dateline place as ninjs ``located`` wants it: "Port Calder, Wexmoor"."""
    place = dateline.display_location
    if place and dateline.region:
        return f"{place}, {dateline.region}"
    return place or dateline.region


def _extension(doc: Document) -> dict[str, Any]:
    """What ninjs has no field for, in newsdoc JSON shapes (see the extension schema)."""
    unstructure = converter.unstructure
    return {
        "textSha256": hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest(),
        "published": unstructure(doc.published),
        "dateline": unstructure(doc.dateline),
        "bylines": unstructure(doc.bylines),
        "captions": unstructure(doc.captions),
        "paragraphs": [unstructure(p.span) for p in doc.paragraphs],
        "tails": unstructure(doc.tails),
        "quotes": unstructure(doc.quotes),
        "problems": unstructure(doc.problems),
    }


def _zone(value: dt.tzinfo | str | None) -> dt.tzinfo | None:
    if value is None or isinstance(value, dt.tzinfo):
        return value
    if value.upper() in ("UTC", "Z"):
        return dt.UTC
    try:
        return ZoneInfo(value)
    except (ValueError, KeyError, OSError) as exc:
        raise NewsdocError(f"unknown time zone {value!r}") from exc


def to_ninjs(
    doc: Document,
    *,
    version: str = "3.1",
    extension: bool = False,
    zone: dt.tzinfo | str | None = dt.UTC,
    language: str | None = "en",
) -> dict[str, Any]:
    """The document as a ninjs object (a dict ready for ``json.dumps``).

    ``zone`` is the time-zone policy for newsdoc's zone-less dates: a date is
    written as midnight in that zone (default UTC, "2024-11-05T00:00:00Z");
    ``zone=None`` leaves every date-time field out.  ``extension=True`` adds the
    ``newsdoc`` property (ninjs 2.2 and 3.1 only).
    """
    if version not in _INDEX:
        raise NewsdocError(f"unknown ninjs version {version!r}; known: {', '.join(VERSIONS)}")
    if extension and version == "1.6":
        raise NewsdocError(
            "ninjs 1.6 is closed by additionalProperties; use version 2.2 or 3.1 for extension=True"
        )
    tz = _zone(zone)
    uri = document_uri(doc)
    out: dict[str, Any] = {}
    _put(out, "uri", version, uri)
    _put(out, "standard", version, _standard(version, extension))
    _put(out, "type", version, "text")
    _put(out, "language", version, language)
    if tz is not None:
        if doc.published is not None:
            _put(out, "firstCreated", version, rfc3339(doc.published, tz))
            _put(out, "versionCreated", version, rfc3339(doc.published, tz))
        if doc.dateline is not None and doc.dateline.date is not None:
            _put(out, "contentCreated", version, rfc3339(doc.dateline.date, tz))
    if doc.headline:
        _texts(out, "headlines", version, [("main", "text/plain", doc.headline)])
    _put(out, "by", version, byline_statement(doc.bylines))
    if doc.dateline is not None:
        _put(out, "located", version, located(doc.dateline))
    agency = doc.agency
    if agency:
        _put(
            out, "infoSources", version, [_party(agency, "source", _key("infoSourceRole", version) or "rel")]
        )
        _put(out, "copyrightHolder", version, agency)
    _put(out, "edNote", version, "\n".join(t.text for t in doc.tails if t.kind == "note"))
    people, organisations = _people(doc, version)
    _put(out, "people", version, people)
    _put(out, "organisations", version, organisations)
    body = plain_body(doc)
    if body:
        _texts(
            out,
            "bodies",
            version,
            [("text" if version == "1.6" else "main", "text/plain", body), _richtext(doc, version)],
        )
    _associations(out, version, _pictures(doc, version, uri))
    if extension:
        out[EXTENSION_KEY] = _extension(doc)
    return out


def _richtext(doc: Document, version: str) -> tuple[str, str, str]:
    role = "html" if version == "1.6" else "richtext"
    return (role, "application/xhtml+xml", xhtml_body(doc))


def _dump(doc: Document, *, pretty: bool = False, **options: Any) -> str:
    """``dumps(doc, format="ninjs", ...)``: the options are :func:`to_ninjs`'s."""
    return utf8_json(to_ninjs(doc, **options), pretty=pretty)


FORMAT = Format(
    "ninjs",
    _dump,
    media_type="application/json",
    extension="json",
    description="IPTC ninjs 1.6 / 2.2 / 3.1 (option version=, default 3.1)",
)

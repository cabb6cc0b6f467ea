"""NITF 3.6 XML (namespace ``http://iptc.org/std/NITF/2006-10-18/``).

Built with :mod:`xml.etree.ElementTree`, so the output is always well formed
and escaped.  Layout:

- ``head``: ``title`` and ``docdata`` (``doc-id`` from the content hash,
  ``date.issue@norm``, ``doc.copyright@holder``, speakers and credited people
  in ``identified-content``);
- ``body.head``: ``hedline/hl1``, one ``byline`` per byline line (``person``,
  ``byttl``), ``distributor/org``, ``dateline`` (the dateline text with its
  ``location`` and ``story.date@norm`` marked up);
- ``body.content``: captions as ``media`` (``media-reference``,
  ``media-caption``, ``media-producer``), paragraphs as ``p`` (the lead with
  ``lede="true"``), quote contents as ``q`` and speaker mentions as ``person``;
- ``body.end``: tails as ``tagline``.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from newsdoc.model import Byline, Dateline, Document, Quote
from newsdoc.serialize import Format
from newsdoc.serialize._inline import document_uri, header_bylines, segments, speakers, xml_safe

NAMESPACE = "http://iptc.org/std/NITF/2006-10-18/"
_PEOPLE = ("person", "unknown")
_NS = ""  # tags are written unqualified under a default xmlns on the root element


def _el(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, _NS + tag, {k.replace("_", "-"): v for k, v in attributes.items()})
    if text is not None:
        element.text = text
    return element


def _append_text(parent: ET.Element, text: str) -> None:
    """Add character data after the last child (mixed content)."""
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def norm_date(day: dt.date, zone: dt.tzinfo | None = dt.UTC) -> str:
    """NITF's ``@norm``: ``YYYYMMDDT000000Z`` (time unknown), or the zone's offset."""
    moment = dt.datetime(day.year, day.month, day.day, tzinfo=zone)
    offset = moment.strftime("%z")
    suffix = "Z" if offset in ("+0000", "") else offset
    return moment.strftime("%Y%m%dT%H%M%S") + suffix


def _head(root: ET.Element, doc: Document, zone: dt.tzinfo) -> None:
    head = _el(root, "head")
    if doc.headline:
        _el(head, "title", doc.headline)
    docdata = _el(head, "docdata")
    _el(docdata, "doc-id", id_string=document_uri(doc))
    if doc.published is not None:
        _el(docdata, "date.issue", norm=norm_date(doc.published, zone))
    if doc.agency:
        _el(docdata, "doc.copyright", holder=doc.agency)
    quoted = speakers(doc)
    credited = [
        *(b.name for b in doc.bylines),
        *(c.credit.name for c in doc.captions if c.credit is not None),
    ]
    people = list(dict.fromkeys([*credited, *(p.name for p in quoted if p.kind in _PEOPLE)]))
    orgs = [p.name for p in quoted if p.kind == "organisation"]
    if people or orgs:
        identified = _el(docdata, "identified-content")
        for name in people:
            _el(identified, "person", name)
        for name in orgs:
            _el(identified, "org", name)


def _byline_groups(doc: Document) -> Iterator[list[Byline]]:
    """Bylines grouped by the line they came from; those inside tails stay in the tail."""
    groups: dict[tuple[int, int], list[Byline]] = {}
    for byline in header_bylines(doc):
        groups.setdefault((byline.block.start, byline.block.end), []).append(byline)
    yield from groups.values()


def _byline(parent: ET.Element, group: list[Byline]) -> None:
    """``By <person>A</person> and <person>B</person>, <byttl>Title</byttl>``."""
    byline = _el(parent, "byline")
    _append_text(byline, "By ")
    for number, item in enumerate(group):
        if number:
            _append_text(byline, " and " if number == len(group) - 1 else ", ")
        _el(byline, "person", item.name)
    title = group[0].title or group[0].agency
    if title:
        _append_text(byline, ", ")
        _el(byline, "byttl", title)


def _dateline(parent: ET.Element, dateline: Dateline, text: str, zone: dt.tzinfo) -> None:
    """The dateline as printed, with its place in ``location`` and its date in ``story.date``."""
    element = _el(parent, "dateline")
    printed = dateline.text
    base = dateline.span.start
    where = _location_range(dateline, text)
    if where is None:
        _append_text(element, printed)
        return
    start, end = where[0] - base, where[1] - base
    _append_text(element, printed[:start])
    location = _el(element, "location")
    _el(location, "city", printed[start:end])
    rest = printed[end:]
    if dateline.region and rest.startswith(", " + dateline.region):
        _append_text(location, ", ")
        _el(location, "region", dateline.region)
        rest = rest[len(dateline.region) + 2 :]
    _story_date(element, dateline, rest, zone)


def _location_range(dateline: Dateline, text: str) -> tuple[int, int] | None:
    span = dateline.location_span
    if span is not None and dateline.span.contains(span):
        return span.start, span.end
    if dateline.location:
        found = dateline.text.find(dateline.location)
        if found >= 0:
            return dateline.span.start + found, dateline.span.start + found + len(dateline.location)
    return None


def _story_date(element: ET.Element, dateline: Dateline, rest: str, zone: dt.tzinfo) -> None:
    """Mark the printed date in ``rest`` (", March 13 (Tidewire) --") as ``story.date``."""
    if dateline.month is None and dateline.date is None and dateline.weekday is None:
        _append_text(element, rest)
        return
    cut = rest.find("(")
    head, tail = (rest, "") if cut < 0 else (rest[:cut], rest[cut:])
    lead = len(head) - len(head.lstrip(", "))
    body = head[lead:].rstrip(" ,-")
    if not body:
        _append_text(element, rest)
        return
    _append_text(element, head[:lead])
    attributes = {"norm": norm_date(dateline.date, zone)} if dateline.date is not None else {}
    _el(element, "story.date", body, **attributes)
    _append_text(element, head[lead + len(body) :] + tail)


def _paragraphs(content: ET.Element, doc: Document) -> None:
    for index, paragraph in enumerate(doc.paragraphs):
        attributes = {"lede": "true", "class": "lead"} if index == 0 else {}
        p = _el(content, "p", **attributes)
        for segment in segments(doc, paragraph, with_speakers=True):
            if segment.role == "quote" and segment.quote is not None:
                _el(p, "q", segment.text, **{"class": segment.quote.kind})
            elif segment.role == "speaker" and segment.quote is not None:
                _speaker(p, segment.text, segment.quote)
            else:
                _append_text(p, segment.text)


def _speaker(p: ET.Element, text: str, quote: Quote) -> None:
    """A speaker mention as ``person`` or ``org``; groups ("officials") stay plain text."""
    kind = quote.speaker.kind if quote.speaker is not None else "unknown"
    if kind in _PEOPLE:
        _el(p, "person", text)
    elif kind == "organisation":
        _el(p, "org", text)
    else:
        _append_text(p, text)


def _media(content: ET.Element, doc: Document) -> None:
    uri = document_uri(doc)
    for number, caption in enumerate(doc.captions, 1):
        media = _el(content, "media", media_type="image")
        _el(media, "media-reference", source=f"{uri}:picture:{number}", alternate_text=caption.text)
        _el(media, "media-caption", caption.text)
        if caption.credit is not None:
            credit = caption.credit
            producer = f"{credit.agency}/{credit.name}" if credit.agency else credit.name
            _el(media, "media-producer", producer)


def to_element(doc: Document, *, zone: dt.tzinfo = dt.UTC, language: str = "en") -> ET.Element:
    """The document as an NITF ``nitf`` element tree."""
    root = ET.Element(
        "nitf", {"xmlns": NAMESPACE, "version": "-//IPTC//DTD NITF 3.6//EN", "baselang": language}
    )
    _head(root, doc, zone)
    body = _el(root, "body")
    body_head = _el(body, "body.head")
    if doc.headline:
        _el(_el(body_head, "hedline"), "hl1", doc.headline)
    for group in _byline_groups(doc):
        _byline(body_head, group)
    if doc.agency:
        _el(_el(body_head, "distributor"), "org", doc.agency)
    if doc.dateline is not None:
        _dateline(body_head, doc.dateline, doc.text, zone)
    content = _el(body, "body.content")
    _media(content, doc)
    _paragraphs(content, doc)
    if doc.tails:
        end = _el(body, "body.end")
        for tail in doc.tails:
            _el(end, "tagline", tail.text)
    return root


_CONTAINERS = frozenset(
    _NS + tag
    for tag in (
        "nitf",
        "head",
        "docdata",
        "identified-content",
        "body",
        "body.head",
        "hedline",
        "distributor",
        "body.content",
        "media",
        "body.end",
    )
)


def _indent(element: ET.Element, level: int = 0) -> None:
    """Indent element-only containers; mixed content (p, byline, dateline) is left exactly as is."""
    if element.tag not in _CONTAINERS or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        _indent(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + "  " * level


def to_nitf(doc: Document, *, zone: dt.tzinfo = dt.UTC, language: str = "en", pretty: bool = True) -> str:
    """The document as an NITF 3.6 XML string with an XML declaration."""
    root = to_element(doc, zone=zone, language=language)
    if pretty:
        _indent(root)
    xml = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml_safe(xml) + "\n"


FORMAT = Format(
    "nitf",
    to_nitf,
    media_type="application/xml",
    extension="xml",
    description="IPTC NITF 3.6 XML",
)

"""The seed text layout and its round trip: parse(dumps(d, "text")) keeps d's fields.

What the round trip checks (``newsdoc.serialize.text.round_trip_differences``):
headline, published, dateline (text, location, region, date, month, day,
weekday, agency), bylines (name, role, agency, title), captions (text, credit),
paragraph texts and quotes (kind, text, speaker, cue); whitespace inside texts
is compared squashed, offsets are not compared.  The parsed-document tests
compare against what the parser finds today, so they tighten by themselves
as the structure and quote rules land: every field the parser extracts from
the original must come back from the re-render.
"""

from __future__ import annotations

import attrs
import pytest

import newsdoc
from export_fixture import TEXT, build
from newsdoc.serialize.text import comparable, date_line, round_trip_differences, to_text

# Invented fixtures in the other corpus layouts (bare AFP-style copy, Reuters 1987 style).
BARE = """\
Ferry strike strands islanders for third day

HALVERSUND, May 2 (Nordwire) - Ferry crews on the Halver islands stayed off work for a third
day on Friday, leaving about 4,000 residents without a link to the mainland.

"We are not moving until the pay offer is in writing," union organiser Pelle Adamsen said.

Talks are set to resume on Monday.
"""

INDENTED = """\
GRAINCO <GRNC> SEES HIGHER QUARTER EARNINGS
    By Lena Vorst, Reuters
    MILLBROOK, March 3 - Grainco Inc said it expected
first-quarter earnings to rise on stronger export demand.
    The company said shipments rose 12 pct in February.
 Reuter
"""


def test_layout_of_the_handmade_document() -> None:
    rendered = to_text(build())
    blocks = rendered.split("\n\n")
    assert blocks[0] == " date 2031-03-14 Harbour city opens tidal barrier after decade of delays"
    assert blocks[1] == "March 14, 2031"
    assert blocks[2] == "By Mara Ellison and Tomas Reyes-Okafor"
    assert blocks[3].endswith("(Tidewire/Ines Varga)")
    assert blocks[4].startswith("PORT CALDER, Wexmoor, March 13 (Tidewire) -- The long-delayed")
    assert blocks[6] == (
        "Franck said the project had cost less than the council feared, and that repairs to the old sea wall would begin in April."
    )
    assert blocks[-1] == "Enditem\n"
    assert len(blocks) == 9


def test_seed_re_renders_to_itself(seed_doc: newsdoc.Document) -> None:
    assert to_text(seed_doc).rstrip() == seed_doc.text.rstrip()


@pytest.mark.parametrize("text", [TEXT, BARE, INDENTED], ids=["seed-layout", "bare", "indented"])
def test_parsed_documents_round_trip(text: str) -> None:
    doc = newsdoc.parse(text)
    assert round_trip_differences(doc) == []


def test_seed_round_trips(seed_doc: newsdoc.Document) -> None:
    assert round_trip_differences(seed_doc) == []


def test_round_trip_check_notices_a_lost_field() -> None:
    doc = newsdoc.parse(TEXT)
    changed = attrs.evolve(doc, headline="A headline\n\nsplit by a blank line")  # cannot survive the layout
    assert round_trip_differences(changed)[:1] == ["headline"]
    assert comparable(doc)["paragraphs"] != []


def test_headline_only_and_date_only_headers() -> None:
    doc = build()
    assert to_text(attrs.evolve(doc, published=None)).startswith("Harbour city opens tidal barrier")
    assert to_text(attrs.evolve(doc, headline=None)).startswith(" date 2031-03-14\n\n")
    assert to_text(newsdoc.Document(text="")) == ""


def test_date_line_format() -> None:
    import datetime as dt

    assert date_line(dt.date(2024, 11, 5)) == "November 05, 2024"


def test_bylines_credited_inside_a_tail_stay_in_the_tail() -> None:
    doc = build()
    tail = doc.tails[0]
    inside = newsdoc.Span(tail.span.start + 1, tail.span.end)  # a block within the tail, not equal to it
    editor = newsdoc.Byline(name="Rui Sato", span=inside, block=inside, role="editor")
    rendered = to_text(attrs.evolve(doc, bylines=(*doc.bylines, editor)))
    assert "Rui Sato" not in rendered
    assert rendered.count("\n\nBy ") == 1
    nitf = newsdoc.dumps(attrs.evolve(doc, bylines=(*doc.bylines, editor)), format="nitf")
    assert nitf.count("<byline>") == 1


def test_layout_only_reuters_agency_survives_the_text_layout() -> None:
    """1987 Reuters copy cut before its sign-off: only the indented layout says "Reuters"."""
    text = (
        "HARBOUR FEES RISE\n\n"
        "    PORTLAND, March 26 - Harbour fees will rise by four pct from\n"
        "April, the port authority said.\n"
        "    The increase is the first in three years.\n"
    )
    doc = newsdoc.parse(text)
    assert doc.dateline is not None and doc.dateline.agency == "Reuters"
    assert doc.dateline.agency_span is None
    rendered = to_text(doc)
    assert "\n    PORTLAND, March 26 - " in rendered
    assert round_trip_differences(doc) == []

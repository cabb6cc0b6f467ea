"""Headers, date lines, paragraph layouts and the lossless check (issue 2, points 2, 4 and 6)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc.check import lossless, spans
from newsdoc.parse.state import split_blocks

REUTERS_1987 = (
    "HARBOUR AUTHORITY RAISES DUES\n"
    "\n"
    "    By Pieter Voskuil, Reuters\n"
    "    ANTWERP, March 12 - The harbour authority said it will raise\n"
    "berthing dues by four pct from May 1, citing higher dredging\n"
    "costs.\n"
    "    Shipping agents said the rise was expected.\n"
    "    Tables of the new dues will be published on Friday.\n"
    " Reuter\n"
)


def test_reuters_1987_paragraphs_are_unwrapped() -> None:
    doc = newsdoc.parse(REUTERS_1987)
    assert doc.headline == "HARBOUR AUTHORITY RAISES DUES"
    assert [p.text for p in doc.paragraphs] == [
        "The harbour authority said it will raise berthing dues by four pct from May 1, "
        "citing higher dredging costs.",
        "Shipping agents said the rise was expected.",
        "Tables of the new dues will be published on Friday.",
    ]
    first = doc.paragraphs[0]
    assert first.span.slice(REUTERS_1987).endswith("dredging\ncosts.")
    assert doc.dateline is not None and doc.dateline.agency == "Reuters"
    assert [t.text for t in doc.tails] == ["Reuter"]
    assert lossless(doc) == []


def test_afp_bare_copy() -> None:
    text = (
        "Volcano ash grounds flights\n\n"
        "CATANIA, Italy, Nov 3 (AFP) - Ash from the volcano closed the airport on Sunday.\n\n"
        '"We expect to reopen tomorrow," a spokeswoman said.\n'
    )
    doc = newsdoc.parse(text, published=dt.date(2002, 11, 3))
    assert doc.headline == "Volcano ash grounds flights"
    assert doc.headline_span is not None and doc.headline_span.slice(text) == doc.headline
    assert doc.published == dt.date(2002, 11, 3)
    assert doc.dateline is not None
    assert (doc.dateline.location, doc.dateline.region, doc.dateline.date) == (
        "CATANIA",
        "Italy",
        dt.date(2002, 11, 3),
    )
    assert len(doc.paragraphs) == 2
    assert lossless(doc) == []


def test_dateline_paragraph_first_is_never_the_headline() -> None:
    text = (
        "BERLIN, May 4 (AFP) - The city opened its new airport terminal on Monday after years of delay.\n\n"
        "Passengers praised the short queues.\n"
    )
    doc = newsdoc.parse(text)
    assert doc.headline is None
    assert doc.dateline is not None and doc.dateline.location == "BERLIN"
    assert len(doc.paragraphs) == 2


def test_headline_that_looks_like_a_bare_dateline_is_a_headline() -> None:
    text = "PORT LEVY TO END JUNE 1 - MINISTER\n\n    ROTTERDAM, March 5 - The port levy will end, the minister said.\n"
    doc = newsdoc.parse(text)
    assert doc.headline == "PORT LEVY TO END JUNE 1 - MINISTER"
    assert doc.dateline is not None and doc.dateline.location == "ROTTERDAM"


def test_date_line_gives_published_when_the_header_has_no_date() -> None:
    text = "Harbour reopens\n\nMarch 04, 2019\n\nSHENZHEN, March 3 (Xinhua) -- The harbour reopened.\n"
    doc = newsdoc.parse(text)
    assert doc.published == dt.date(2019, 3, 4)
    assert doc.date_line_span is not None and doc.date_line_span.slice(text) == "March 04, 2019"
    assert doc.dateline is not None and doc.dateline.date == dt.date(2019, 3, 3)
    assert doc.problems == ()


def test_date_line_disagreeing_with_the_header_is_a_problem() -> None:
    text = " date 2019-03-04 Harbour reopens\n\nMarch 09, 2019\n\nSHENZHEN, March 3 (Xinhua) -- Reopened.\n"
    doc = newsdoc.parse(text)
    assert doc.published == dt.date(2019, 3, 4)
    assert [p.code for p in doc.problems] == ["date-line-mismatch"]


def test_text_date_wins_over_the_callers_reference() -> None:
    text = " date 2019-03-04 Harbour reopens\n\nSHENZHEN, March 3 (Xinhua) -- Reopened.\n"
    doc = newsdoc.parse(text, published=dt.date(2020, 1, 1))
    assert doc.published == dt.date(2019, 3, 4)
    assert doc.dateline is not None and doc.dateline.date == dt.date(2019, 3, 3)


def test_plain_text_without_structure_is_all_paragraphs() -> None:
    text = "Just one line of text, no headline, no dateline."
    doc = newsdoc.parse(text)
    assert (doc.headline, doc.dateline) == (None, None)
    assert [p.text for p in doc.paragraphs] == [text]
    assert lossless(doc) == []


def test_uniformly_indented_text_keeps_hard_wrapped_paragraphs() -> None:
    text = "  First paragraph starts here\n  and continues here.\n\n  Second one.\n"
    assert [b.span.slice(text) for b in split_blocks(text)] == [
        "First paragraph starts here\n  and continues here.",
        "Second one.",
    ]


def test_lossless_reports_missing_text() -> None:
    doc = newsdoc.parse(REUTERS_1987)
    broken = attrs.evolve(doc, paragraphs=doc.paragraphs[1:])
    problems = lossless(broken)
    assert [p.code for p in problems] == ["uncovered-text"]
    assert problems[0].span is not None
    assert problems[0].span.slice(REUTERS_1987).startswith("The harbour authority")


def test_lossless_reports_overlaps() -> None:
    doc = newsdoc.parse(REUTERS_1987)
    broken = attrs.evolve(doc, paragraphs=(*doc.paragraphs, doc.paragraphs[0]))
    assert [p.code for p in lossless(broken)] == ["overlapping-elements"]


def test_spans_reports_a_dateline_that_disagrees_with_its_span() -> None:
    doc = newsdoc.parse(REUTERS_1987)
    assert doc.dateline is not None
    broken = attrs.evolve(doc, dateline=attrs.evolve(doc.dateline, text="ELSEWHERE -"))
    assert [p.code for p in spans(broken)] == ["span-text-mismatch"]


_PIECES = st.sampled_from(
    [
        "HEADLINE OF THE DAY",
        " date 2020-02-03 A headline",
        "February 03, 2020",
        "LONDON, Feb 3 (Reuters) -",
        "    PARIS, Feb 3 - ",
        "By Ann Lee and Bo Chan, Reuters",
        "(Reporting by Ann Lee; Editing by Bo Chan)",
        "Enditem",
        " Reuter",
        "Photo of a bridge. (Xinhua/Wu Bo)",
        "Some body text with (parentheses) and -- dashes.",
        "\n",
        "\n\n",
        "    ",
        "x",
        "«quoted» text — more",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_any_mix_of_wire_pieces_parses_losslessly(text: str) -> None:
    doc = newsdoc.parse(text)
    assert lossless(doc) == []
    assert spans(doc) == []


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses_losslessly(text: str) -> None:
    doc = newsdoc.parse(text)
    assert lossless(doc) == []


@pytest.mark.parametrize("name", ["xinhua-2005", "afp-1997", "reuters-train", "polnear-dev", "seed"])
def test_every_corpus_document_is_lossless(name: str) -> None:
    from conftest import corpus_dir

    folder = corpus_dir(name)
    config = newsdoc.Config(quotes=False)
    failures = []
    for path in sorted(folder.glob("*.txt")):
        doc = newsdoc.parse_file(path, config=config)
        found = lossless(doc) + spans(doc)
        if found:
            failures.append((path.name, found[0].message))
    assert failures == []


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028"])
def test_any_line_ending(newline: str) -> None:
    text = REUTERS_1987.replace("\n", newline)
    doc = newsdoc.parse(text)
    assert doc.headline == "HARBOUR AUTHORITY RAISES DUES"
    assert doc.dateline is not None and doc.dateline.text == "ANTWERP, March 12 -"
    assert [b.name for b in doc.bylines] == ["Pieter Voskuil"]
    assert len(doc.paragraphs) == 3
    assert lossless(doc) == []


def test_byline_block_followed_by_bare_dateline_line() -> None:
    text = "Tram opens\n\nBy Ann Lee\nLYON (AFP) -\n\nThe tram opened.\n"
    doc = newsdoc.parse(text)
    assert [b.name for b in doc.bylines] == ["Ann Lee"]
    assert doc.dateline is not None and doc.dateline.location == "LYON"
    assert [p.text for p in doc.paragraphs] == ["The tram opened."]
    assert lossless(doc) == []

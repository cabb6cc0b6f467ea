"""Issue 2, point 1: every structural fact of the seed, checked by hand against the file."""

from __future__ import annotations

import datetime as dt

import newsdoc
from newsdoc.check import lossless, spans


def test_headline_and_publication_date(seed_doc: newsdoc.Document) -> None:
    assert seed_doc.headline == "Chinese premier meets Kazakh PM, calling for enhanced cooperation"
    assert seed_doc.published == dt.date(2024, 11, 5)


def test_one_caption_credited_to_li_xueren_of_xinhua(seed_doc: newsdoc.Document) -> None:
    assert len(seed_doc.captions) == 1
    caption = seed_doc.captions[0]
    assert caption.text.startswith("Chinese Premier Li Qiang meets with")
    assert caption.span.slice(seed_doc.text).endswith("(Xinhua/Li Xueren)")
    credit = caption.credit
    assert credit is not None
    assert (credit.name, credit.role, credit.agency) == ("Li Xueren", "photographer", "Xinhua")
    assert credit.span.slice(seed_doc.text) == "Li Xueren"
    assert credit.block.slice(seed_doc.text) == "Xinhua/Li Xueren"


def test_dateline(seed_doc: newsdoc.Document) -> None:
    dateline = seed_doc.dateline
    assert dateline is not None
    assert dateline.location == "SHANGHAI"
    assert dateline.display_location == "Shanghai"
    assert dateline.date == dt.date(2024, 11, 4)
    assert dateline.agency == "Xinhua"
    assert dateline.text == "SHANGHAI, Nov. 4 (Xinhua) --"
    assert dateline.span.slice(seed_doc.text) == dateline.text
    assert dateline.location_span is not None
    assert dateline.location_span.slice(seed_doc.text) == "SHANGHAI"
    assert dateline.agency_span is not None
    assert dateline.agency_span.slice(seed_doc.text) == "Xinhua"


def test_eight_body_paragraphs_without_the_dateline(seed_doc: newsdoc.Document) -> None:
    assert len(seed_doc.paragraphs) == 8
    first = seed_doc.paragraphs[0]
    assert first.text.startswith("Chinese Premier Li Qiang met with")
    assert seed_doc.dateline is not None
    assert first.span.start > seed_doc.dateline.span.end
    assert seed_doc.paragraphs[-1].text.startswith("Bektenov said Kazakhstan welcomes")


def test_no_bylines_no_tails_no_problems(seed_doc: newsdoc.Document) -> None:
    assert seed_doc.bylines == ()
    assert seed_doc.tails == ()
    assert seed_doc.problems == ()


def test_seed_is_lossless(seed_doc: newsdoc.Document) -> None:
    assert lossless(seed_doc) == []
    assert spans(seed_doc) == []
    labels = [label for label, _span in seed_doc.element_spans()]
    assert labels == ["header", "date_line", "caption", "dateline"] + ["paragraph"] * 8

"""Bylines, photo captions and tails (issue 2, points 2 and 5), on invented wire copy."""

from __future__ import annotations

import pytest

import newsdoc
from newsdoc.check import lossless, spans


def parsed(text: str) -> newsdoc.Document:
    doc = newsdoc.parse(text)
    assert lossless(doc) == []
    assert spans(doc) == []
    return doc


def test_ap_byline_with_title() -> None:
    text = (
        "Drought empties reservoirs\n\n"
        "By WANJIRU KAMAU, Associated Press Writer\n\n"
        "NAKURU, Kenya (AP) -- Three reservoirs ran dry this week, officials said.\n"
    )
    doc = parsed(text)
    (byline,) = doc.bylines
    assert (byline.name, byline.role, byline.agency) == ("WANJIRU KAMAU", "author", "AP")
    assert byline.title == "Associated Press Writer"
    assert byline.span.slice(text) == "WANJIRU KAMAU"
    assert byline.block.slice(text) == "By WANJIRU KAMAU, Associated Press Writer"
    assert doc.dateline is not None and doc.dateline.location == "NAKURU"


def test_ap_byline_with_a_title_line_below() -> None:
    text = (
        "Drought empties reservoirs\n\n"
        "By WANJIRU KAMAU\nAssociated Press Writer\n\n"
        "NAKURU, Kenya (AP) -- Three reservoirs ran dry this week, officials said.\n"
    )
    doc = parsed(text)
    (byline,) = doc.bylines
    assert (byline.name, byline.agency) == ("WANJIRU KAMAU", "AP")
    assert byline.block.slice(text) == "By WANJIRU KAMAU\nAssociated Press Writer"


def test_two_authors_share_one_block() -> None:
    text = (
        "Factory output slows\n\n"
        "By Tomas Ferreira and Helga Brandt-Olsen\n\n"
        "LONDON, Sept 28 (Reuters) - Factory output slowed for a third month.\n"
    )
    doc = parsed(text)
    assert [b.name for b in doc.bylines] == ["Tomas Ferreira", "Helga Brandt-Olsen"]
    assert doc.bylines[0].block == doc.bylines[1].block
    assert [b.span.slice(text) for b in doc.bylines] == ["Tomas Ferreira", "Helga Brandt-Olsen"]


def test_reuters_1987_lowercase_by_and_agency() -> None:
    text = (
        "BANK RATES SEEN STEADY\n\n"
        "    by Orla Quennell, Reuters\n"
        "    DUBLIN, March 3 - Bank rates are likely to stay steady this\n"
        "quarter, dealers said.\n"
        " Reuter\n"
    )
    doc = parsed(text)
    (byline,) = doc.bylines
    assert (byline.name, byline.agency, byline.title) == ("Orla Quennell", "Reuters", None)
    assert byline.block.slice(text) == "by Orla Quennell, Reuters"


def test_byline_with_title_after_comma() -> None:
    doc = parsed(
        "Tram line opens\n\nBy Meredith Okafor, Staff Reporter\n\nThe new tram line opened on Sunday.\n"
    )
    (byline,) = doc.bylines
    assert (byline.name, byline.title, byline.agency) == ("Meredith Okafor", "Staff Reporter", None)


def test_email_the_author_is_never_a_person() -> None:
    text = "Tram line opens\n\nBy Meredith Okafor\nEmail the author\n\nThe new tram line opened on Sunday.\n"
    doc = parsed(text)
    assert [b.name for b in doc.bylines] == ["Meredith Okafor"]
    assert doc.bylines[0].block.slice(text).endswith("Email the author")
    assert doc.paragraphs[0].text == "The new tram line opened on Sunday."


@pytest.mark.parametrize("line", ["By ASSOCIATED PRESS", "By Reuters Staff", "By the end of the week"])
def test_organisations_and_phrases_are_not_bylines(line: str) -> None:
    doc = parsed(f"Tram line opens\n\n{line}\n\nThe new tram line opened on Sunday.\n")
    assert doc.bylines == ()
    assert doc.paragraphs[0].text == line


def test_byline_on_top_of_the_dateline_paragraph() -> None:
    text = "Tram line opens\n\nBy Meredith Okafor\nLYON, June 3 (AFP) - The new tram line opened on Sunday.\n"
    doc = parsed(text)
    assert [b.name for b in doc.bylines] == ["Meredith Okafor"]
    assert doc.dateline is not None and doc.dateline.location == "LYON"
    assert doc.paragraphs[0].text == "The new tram line opened on Sunday."


@pytest.mark.parametrize(
    ("credit", "agency", "name"),
    [
        ("(Xinhua/Zhou Minghao)", "Xinhua", "Zhou Minghao"),
        ("(AFP Photo / Lucien Marchetti)", "AFP", "Lucien Marchetti"),
        ("(AP Photo/Dana Whitcombe)", "AP", "Dana Whitcombe"),
        ("(AFP PHOTO / LUCIEN MARCHETTI)", "AFP", "LUCIEN MARCHETTI"),
        ("(Reuters/Ines Babic)", "Reuters", "Ines Babic"),
    ],
)
def test_photo_credits(credit: str, agency: str, name: str) -> None:
    text = (
        " date 2022-05-10 Bridge reopens\n\n"
        f"Cyclists cross the rebuilt bridge in Tianjin, May 9, 2022. {credit}\n\n"
        f"TIANJIN, May 9 (Xinhua) -- The rebuilt bridge reopened on Monday.\n"
    )
    doc = parsed(text)
    (caption,) = doc.captions
    assert caption.credit is not None
    assert (caption.credit.name, caption.credit.agency, caption.credit.role) == (name, agency, "photographer")
    assert caption.credit.span.slice(text) == name
    assert len(doc.paragraphs) == 1


@pytest.mark.parametrize("credit", ["(AP Photo)", "(AFP/stringer)", "(Xinhua/Handout)"])
def test_credit_without_a_person_keeps_the_caption(credit: str) -> None:
    text = f"Bridge reopens\n\nCyclists cross the rebuilt bridge. {credit}\n\nTIANJIN (AP) -- The bridge reopened.\n"
    doc = parsed(text)
    (caption,) = doc.captions
    assert caption.credit is None
    assert doc.bylines == ()


def test_caption_text_mentioning_a_paren_is_not_a_credit() -> None:
    text = "Bridge reopens\n\nThe bridge (built in 1931) reopened on Monday.\n\nMore traffic is expected.\n"
    doc = parsed(text)
    assert doc.captions == ()
    assert len(doc.paragraphs) == 2


@pytest.mark.parametrize("marker", ["Enditem", "ENDITEM", "Endtiem", "Ednitem", "Enitem", "Editem", "nditem"])
def test_enditem_and_its_misspellings(marker: str) -> None:
    text = f" date 2005-03-02 Rail link\n\nXIAN, March 2 (Xinhua) -- The rail link opened.\n\n{marker}\n"
    doc = parsed(text)
    assert [(t.kind, t.text) for t in doc.tails] == [("end-marker", marker)]
    assert len(doc.paragraphs) == 1


def test_enditem_run_into_the_last_paragraph() -> None:
    text = " date 2005-03-02 Rail link\n\nXIAN, March 2 (Xinhua) -- The rail link opened. Enditem\n"
    doc = parsed(text)
    assert doc.paragraphs[-1].text == "The rail link opened."
    assert [t.span.slice(text) for t in doc.tails] == ["Enditem"]


def test_reuters_credit_block_gives_role_bylines() -> None:
    text = (
        "LONDON, Sept 28 (Reuters) - Factory output slowed for a third month.\n\n"
        "Orders fell too.\n\n"
        "(Reporting by Ines Babic in Zagreb and Tom Ekwueme; Writing by Kiri Tane; "
        "Editing by Sandra Oyelaran and Paul Wintergreen)\n"
    )
    doc = parsed(text)
    (tail,) = doc.tails
    assert tail.kind == "credits"
    people = [(b.name, b.role) for b in doc.bylines]
    assert people == [
        ("Ines Babic", "reporter"),
        ("Tom Ekwueme", "reporter"),
        ("Kiri Tane", "writer"),
        ("Sandra Oyelaran", "editor"),
        ("Paul Wintergreen", "editor"),
    ]
    assert all(b.block == tail.span for b in doc.bylines)
    assert len(doc.paragraphs) == 2


def test_lowercase_editing_credit_with_place_commas() -> None:
    text = (
        "JACKSON, Mississippi (Reuters) - The levee held overnight.\n\n"
        "(Additional reporting by Emma Lund in Jackson, Mississippi; editing by Rob Ashe)\n"
    )
    doc = parsed(text)
    assert [(b.name, b.role) for b in doc.bylines] == [("Emma Lund", "reporter"), ("Rob Ashe", "editor")]


def test_more_marker_closes_a_cut_off_take() -> None:
    text = "TALKS RESUME\n\n    GENEVA, April 2 - Talks resumed.\n    Both sides attended.\n more\n"
    doc = parsed(text)
    assert [(t.kind, t.text) for t in doc.tails] == [("transmission", "more")]
    assert [p.text for p in doc.paragraphs] == ["Talks resumed.", "Both sides attended."]


def test_capitalised_signoff_run_into_the_last_line() -> None:
    text = "RAIN DATA\n\n    SAO LUIS, March 9 - Rainfall was 12 mm.\nREUTER\n"
    doc = parsed(text)
    assert [t.text for t in doc.tails] == ["REUTER"]
    assert doc.paragraphs[-1].text == "Rainfall was 12 mm."


def test_a_paragraph_ending_in_reuters_stays_body() -> None:
    text = "Talks resume\n\nThe figures were first reported by Reuters\n"
    doc = parsed(text)
    assert doc.tails == ()
    assert doc.paragraphs[0].text.endswith("by Reuters")


def test_enditem_with_transmission_codes() -> None:
    text = (
        "BEIJING, Feb. 1 (Xinhua) -- The new ring road opened.\n\n"
        "Enditem\n\n"
        "=02011830 02/01/97 18:31 GMT nnnn\n"
    )
    doc = parsed(text)
    assert [t.kind for t in doc.tails] == ["end-marker", "transmission"]
    assert len(doc.paragraphs) == 1


@pytest.mark.parametrize(
    "note",
    [
        "(EDS: updates with vote count)",
        "($1 = 1.3412 Canadian dollars)",
        "((selma.ortiz@example.com; +1 202 555 0100))",
    ],
)
def test_editor_notes_and_currency_lines_are_tails(note: str) -> None:
    doc = parsed(f"OTTAWA, May 2 (Reuters) - The bill passed.\n\n{note}\n")
    assert [(t.kind, t.text) for t in doc.tails] == [("note", note)]
    assert [p.text for p in doc.paragraphs] == ["The bill passed."]


def test_afp_desk_slug_is_a_signoff() -> None:
    doc = parsed("Storm warning\n\nMANILA, Aug 2 (AFP) - A storm neared the coast.\n\nrjm/kb\n")
    assert [(t.kind, t.text) for t in doc.tails] == [("signoff", "rjm/kb")]


def test_credit_bylines_take_the_dateline_agency() -> None:
    doc = parsed("OSLO, May 2 (Reuters) - Oil rose.\n\n(Reporting by Kari Nordby; Editing by Lena Vik)\n")
    assert [(b.name, b.agency) for b in doc.bylines] == [("Kari Nordby", "Reuters"), ("Lena Vik", "Reuters")]


def test_a_date_line_is_never_a_headline() -> None:
    doc = parsed("March 04, 2019\n\nSHENZHEN, March 3 (Xinhua) -- The harbour reopened.\n")
    assert doc.headline is None
    assert doc.date_line_span is not None
    assert doc.published is not None and doc.published.isoformat() == "2019-03-04"


def test_agency_writer_prefix() -> None:
    text = (
        " date 2006-04-02 Feature: river towns\n\n"
        "by Xinhua writers Wang Lixin and Zhao Mei\n\n"
        "WUHU, April 2 (Xinhua) -- The river towns are booming.\n"
    )
    doc = parsed(text)
    assert [(b.name, b.agency, b.title) for b in doc.bylines] == [
        ("Wang Lixin", "Xinhua", "Xinhua writers"),
        ("Zhao Mei", "Xinhua", "Xinhua writers"),
    ]


@pytest.mark.parametrize("title", ["Associated Press Writer", "Email the author", "Staff Writer"])
def test_title_line_in_its_own_block_belongs_to_the_byline(title: str) -> None:
    text = f"Tram line opens\n\nBy Meredith Okafor\n\n{title}\n\nLYON (AP) -- The new tram line opened on Sunday.\n"
    doc = parsed(text)
    assert [b.name for b in doc.bylines] == ["Meredith Okafor"]
    assert doc.bylines[0].block.slice(text).endswith(title)
    assert [p.text for p in doc.paragraphs] == ["The new tram line opened on Sunday."]


def test_summary_bullets_above_the_dateline_stay_paragraphs() -> None:
    text = (
        "UPDATE 1-Factory output slows\n\n"
        "* Output falls for third month\n\n"
        "* Orders also weaker\n\n"
        "LONDON, Sept 28 (Reuters) - Factory output slowed again.\n"
    )
    doc = parsed(text)
    assert doc.headline == "UPDATE 1-Factory output slows"
    assert doc.dateline is not None and doc.dateline.location == "LONDON"
    assert [p.text for p in doc.paragraphs] == [
        "* Output falls for third month",
        "* Orders also weaker",
        "Factory output slowed again.",
    ]


def test_tokenised_cnn_dateline() -> None:
    doc = parsed("Storm nears\n\n( cnn ) -- A storm neared the coast.\n")
    assert doc.dateline is not None and doc.dateline.agency == "CNN"
    assert doc.dateline.location is None


def test_desk_slug_does_not_make_a_dateline_reuters() -> None:
    doc = parsed("Storm warning\n\nMANILA -- A storm neared the coast.\n\nrjm/kb\n")
    assert doc.dateline is not None and doc.dateline.agency is None


def test_signoff_with_end_of_text_control_character() -> None:
    doc = parsed("RAIN DATA\n\n    SAO LUIS, March 9 - Rainfall was 12 mm.\n Reuter\x03\n")
    assert [t.kind for t in doc.tails] == ["signoff"]
    assert doc.dateline is not None and doc.dateline.agency == "Reuters"


def test_byline_with_colon() -> None:
    doc = parsed("Tram opens\n\nBy: Meredith Okafor\n\nThe tram opened.\n")
    assert [b.name for b in doc.bylines] == ["Meredith Okafor"]

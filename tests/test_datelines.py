"""Dateline forms of the major wires, dash and month variants, agencies and year inference.

Every article here is invented; the dateline shapes follow the wire conventions
(notes/wire-conventions.md sections 2, 4, 5, 9 and 12).
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsdoc
from newsdoc.parse.rules.dateline import infer_year

BODY = "The harbour council voted 7-2 to build a second ferry pier, officials said."


def article(dateline: str, *, body: str = BODY) -> str:
    return f"Harbour town approves ferry pier\n\n{dateline} {body}\n\nWork starts in the spring.\n"


def dateline_of(text: str, **kwargs: object) -> newsdoc.Dateline:
    doc = newsdoc.parse(text, **kwargs)  # type: ignore[arg-type]
    assert doc.dateline is not None, f"no dateline found in {text[:80]!r}"
    assert doc.dateline.span.slice(text) == doc.dateline.text
    assert newsdoc.check.lossless(doc) == []
    return doc.dateline


@pytest.mark.parametrize(
    ("written", "location", "region", "month", "day", "agency"),
    [
        ("BEIJING, Nov. 4 (Xinhua) --", "BEIJING", None, 11, 4, "Xinhua"),
        ("LONDON, Sept 28 (Reuters) -", "LONDON", None, 9, 28, "Reuters"),
        ("LONDON (Reuters) -", "LONDON", None, None, None, "Reuters"),
        ("GROSSETO, Italy (AP) --", "GROSSETO", "Italy", None, None, "AP"),
        ("BEIRUT (AP) —", "BEIRUT", None, None, None, "AP"),
        ("Paris (AFP) -", "Paris", None, None, None, "AFP"),
        ("LAKE LOUISE, Canada, Dec 2 (AFP) -", "LAKE LOUISE", "Canada", 12, 2, "AFP"),
        ("WASHINGTON, May 12 (UPI) --", "WASHINGTON", None, 5, 12, "UPI"),
        ("(CNN) --", None, None, None, None, "CNN"),
        ("GAZA, Dec. 1(Xinhua) --", "GAZA", None, 12, 1, "Xinhua"),
        ("UNITED NATIONS, April 3 (Xinhua) --", "UNITED NATIONS", None, 4, 3, "Xinhua"),
        ("CARBONDALE, United States, Dec. 13 (Xinhua) --", "CARBONDALE", "United States", 12, 13, "Xinhua"),
        ("EL CAIRO, 30 jun (Xinhua) --", "EL CAIRO", None, 6, 30, "Xinhua"),
        ("CANBERRA (Xinhua) --", "CANBERRA", None, None, None, "Xinhua"),
        ("ST. LOUIS, Jan. 9 (AP) --", "ST. LOUIS", None, 1, 9, "AP"),
        ("KANSAS CITY, Kan. (AP) --", "KANSAS CITY", "Kan.", None, None, "AP"),
        ("Kyiv (Ukraine) (AFP) –", "Kyiv", "Ukraine", None, None, "AFP"),
        ("TUPELO, Mississippi (Reuters) -", "TUPELO", "Mississippi", None, None, "Reuters"),
        ("PORTO ALEGRE, Brazil, August 14 (AFP) -", "PORTO ALEGRE", "Brazil", 8, 14, "AFP"),
        ("MILLBROOK, N.Y., Oct 30 (Reuters) -", "MILLBROOK", "N.Y.", 10, 30, "Reuters"),
        ("Hamburg (dpa) -", "Hamburg", None, None, None, "dpa"),
        ("SEOUL, March 3 (Yonhap) --", "SEOUL", None, 3, 3, "Yonhap"),
        ("Osaka, May 2 (Kyodo) --", "Osaka", None, 5, 2, "Kyodo"),
    ],
)
def test_wire_datelines(
    written: str, location: str | None, region: str | None, month: int | None, day: int | None, agency: str
) -> None:
    dateline = dateline_of(article(written))
    assert dateline.text == written
    assert (dateline.location, dateline.region, dateline.month, dateline.day, dateline.agency) == (
        location,
        region,
        month,
        day,
        agency,
    )


@pytest.mark.parametrize("dash", ["--", "-", "–", "—", "―", "_", "&#151;", "\x97"])
def test_every_dash_form(dash: str) -> None:
    dateline = dateline_of(article(f"WESTFORD, Feb. 3 (AP) {dash}"))
    assert dateline.text.endswith(dash)
    assert (dateline.location, dateline.month, dateline.day) == ("WESTFORD", 2, 3)


def test_no_space_after_the_dash() -> None:
    text = "Port fees rise\n\nLONDON (Reuters) -The port authority raised fees on Monday.\n"
    doc = newsdoc.parse(text)
    assert doc.dateline is not None and doc.dateline.text == "LONDON (Reuters) -"
    assert doc.paragraphs[0].text.startswith("The port authority")


@pytest.mark.parametrize(
    ("month_text", "month"),
    [
        ("Sept.", 9),
        ("Sept", 9),
        ("Sep", 9),
        ("September", 9),
        ("Jan.", 1),
        ("Jan", 1),
        ("March", 3),
        ("MARCH", 3),
        ("july", 7),
        ("Aug.", 8),
    ],
)
def test_month_spellings(month_text: str, month: int) -> None:
    dateline = dateline_of(article(f"OSLO, {month_text} 17 (Reuters) -"))
    assert (dateline.month, dateline.day) == (month, 17)


def test_nbsp_and_double_space_are_tolerated() -> None:
    dateline = dateline_of(article("HARBIN,\xa0 Nov. 22  (Xinhua) --"))
    assert (dateline.location, dateline.month, dateline.day, dateline.agency) == ("HARBIN", 11, 22, "Xinhua")


def test_stray_comma_and_lowercase_agency_is_a_recorded_typo() -> None:
    text = article("HARBIN, Nov. 22, (xinhua) --")
    doc = newsdoc.parse(text)
    assert doc.dateline is not None and doc.dateline.agency == "Xinhua"
    assert [p.code for p in doc.problems] == ["agency-spelling", "dateline-year-unknown"]


@pytest.mark.parametrize("typo", ["Xinhau", "Xinhu", "Xihua", "XINHAU"])
def test_agency_typos_are_normalised_and_recorded(typo: str) -> None:
    text = f" date 2021-03-09 Ferry pier approved\n\nPUTIAN, March 8 ({typo}) -- {BODY}\n"
    doc = newsdoc.parse(text)
    assert doc.dateline is not None and doc.dateline.agency == "Xinhua"
    assert doc.dateline.agency_span is not None
    assert doc.dateline.agency_span.slice(text) == typo
    assert [p.code for p in doc.problems] == ["agency-spelling"]
    assert doc.problems[0].span == doc.dateline.agency_span


def test_strict_mode_raises_on_an_agency_typo() -> None:
    text = f" date 2021-03-09 Ferry pier approved\n\nPUTIAN, March 8 (Xinhau) -- {BODY}\n"
    with pytest.raises(newsdoc.ParseError):
        newsdoc.parse(text, config=newsdoc.Config(strict=True))


def test_unknown_agency_is_kept_as_written() -> None:
    dateline = dateline_of(article("CHICAGO (Lakeside Courier) --"))
    assert (dateline.location, dateline.agency) == ("CHICAGO", "Lakeside Courier")


def test_reuters_1987_dateline_takes_the_agency_from_the_signoff() -> None:
    text = (
        "GRAIN BOARD RAISES QUOTA\n\n"
        "    WINNIPEG, March 26 - The grain board raised the export\n"
        "quota for barley by ten pct, a spokesman said.\n"
        "    The board meets again in May.\n"
        " Reuter\n"
    )
    doc = newsdoc.parse(text)
    assert doc.dateline is not None
    assert (doc.dateline.location, doc.dateline.month, doc.dateline.day) == ("WINNIPEG", 3, 26)
    assert doc.dateline.agency == "Reuters"
    assert doc.dateline.date is None
    assert doc.tails[0].kind == "signoff"


def test_reuters_1987_dateline_takes_the_agency_from_the_byline() -> None:
    text = (
        "SHIPPING TALKS RESUME\n\n"
        "    By Ilse Marven, Reuters\n"
        "    ROTTERDAM, April 2 - Shipping talks resumed on Thursday\n"
        "after a week-long pause, union leaders said.\n"
    )
    doc = newsdoc.parse(text)
    assert doc.dateline is not None and doc.dateline.agency == "Reuters"
    assert [b.name for b in doc.bylines] == ["Ilse Marven"]


def test_weekday_dateline_resolves_against_the_reference_date() -> None:
    text = article("MOSCOW, Monday (Reuters)")
    without = dateline_of(text)
    assert (without.weekday, without.date, without.agency) == ("Monday", None, "Reuters")
    with_reference = dateline_of(text, published=dt.date(2023, 6, 15))  # a Thursday
    assert with_reference.date == dt.date(2023, 6, 12)


def test_bare_copy_keeps_month_and_day_without_inventing_a_year() -> None:
    doc = newsdoc.parse(article("LISBON, Oct. 12 (AFP) -"))
    assert doc.published is None
    assert doc.dateline is not None
    assert (doc.dateline.date, doc.dateline.month, doc.dateline.day) == (None, 10, 12)
    assert [p.code for p in doc.problems] == ["dateline-year-unknown"]


def test_reference_date_completes_the_year_and_fills_published() -> None:
    doc = newsdoc.parse(article("LISBON, Oct. 12 (AFP) -"), published=dt.date(1998, 10, 12))
    assert doc.dateline is not None and doc.dateline.date == dt.date(1998, 10, 12)
    assert doc.published == dt.date(1998, 10, 12)
    assert doc.problems == ()


def test_reference_date_via_config() -> None:
    config = newsdoc.Config(published=dt.date(2001, 3, 2))
    doc = newsdoc.parse(article("LISBON, March 1 (AFP) -"), config=config)
    assert doc.dateline is not None and doc.dateline.date == dt.date(2001, 3, 1)


def test_new_year_rollover() -> None:
    text = " date 2006-01-01 Fireworks light up the bay\n\nHONG KONG, Dec. 31 (Xinhua) -- " + BODY + "\n"
    doc = newsdoc.parse(text)
    assert doc.dateline is not None and doc.dateline.date == dt.date(2005, 12, 31)
    assert doc.problems == ()


def test_dateline_a_day_after_publication_keeps_the_year() -> None:
    text = " date 2005-12-31 Fireworks light up the bay\n\nAUCKLAND, Jan. 1 (Xinhua) -- " + BODY + "\n"
    doc = newsdoc.parse(text)
    assert doc.dateline is not None and doc.dateline.date == dt.date(2006, 1, 1)


@pytest.mark.parametrize(
    ("month", "day", "reference", "expected"),
    [
        (11, 4, dt.date(2024, 11, 5), dt.date(2024, 11, 4)),
        (12, 31, dt.date(2006, 1, 1), dt.date(2005, 12, 31)),
        (1, 1, dt.date(2005, 12, 31), dt.date(2006, 1, 1)),
        (2, 29, dt.date(2025, 3, 1), dt.date(2024, 2, 29)),
        (6, 1, dt.date(2010, 5, 20), dt.date(2009, 6, 1)),
        (5, 20, dt.date(2010, 5, 20), dt.date(2010, 5, 20)),
    ],
)
def test_infer_year(month: int, day: int, reference: dt.date, expected: dt.date) -> None:
    assert infer_year(month, day, reference) == expected


def test_explicit_year_wins_over_the_reference() -> None:
    dateline = dateline_of(article("URUMQI, Sept. 22, 2019 (Xinhua) --"), published=dt.date(2023, 1, 5))
    assert dateline.date == dt.date(2019, 9, 22)


def test_doubled_year_is_read_once() -> None:
    dateline = dateline_of(article("NEW YORK, Dec 2 , 2006, 2006 (AFP) -"))
    assert (dateline.location, dateline.date, dateline.agency) == ("NEW YORK", dt.date(2006, 12, 2), "AFP")


def test_photo_code_prefix_gives_the_year() -> None:
    dateline = dateline_of(article("(190922) -- URUMQI, Sept. 22 (Xinhua) --"))
    assert (dateline.location, dateline.date) == ("URUMQI", dt.date(2019, 9, 22))


def test_impossible_day_is_a_problem_not_a_crash() -> None:
    doc = newsdoc.parse(article("OSLO, Feb. 30 (Reuters) -"), published=dt.date(2020, 3, 1))
    assert doc.dateline is not None and doc.dateline.date is None
    assert [p.code for p in doc.problems] == ["bad-dateline-date"]


def test_bare_capital_city_dateline() -> None:
    dateline = dateline_of(article("CALGARY —"))
    assert (dateline.location, dateline.agency, dateline.month) == ("CALGARY", None, None)


@pytest.mark.parametrize(
    "opening",
    [
        "The survey was conducted September 16-19 among likely voters.",
        "BACK TO THE DRAWING BOARD -- Last year the council rejected the plan.",
        "NATO said on Friday it would send more ships.",
        "ANALYSIS - Why the ferry pier matters to the town.",
        "BREAKING -- The council has voted.",
        "Communist Party (CP) said the vote was fair.",
        "Officials - speaking on condition of anonymity - confirmed the plan.",
        "Sen. Ann Lee (D-Vt.) - who chairs the panel - said no.",
        "WASHINGTON POLICY (R) - a newsletter - said no.",
        "Mayor Tom Ruiz (Harbour Party) - speaking at noon - said no.",
    ],
)
def test_body_openings_are_not_datelines(opening: str) -> None:
    doc = newsdoc.parse(f"Ferry pier approved\n\n{opening}\n\nWork starts in the spring.\n")
    assert doc.dateline is None
    assert doc.paragraphs[0].text == opening


def test_display_location_title_cases_shouted_places() -> None:
    dateline = dateline_of(article("RIO DE JANEIRO, March 3 (AFP) -"))
    assert dateline.display_location == "Rio de Janeiro"

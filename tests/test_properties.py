"""Property tests: whatever the text, parsing never raises, loses nothing, and round-trips.

These run the whole registered pipeline (``newsdoc.parse.RULES``), so every rule
added later is held to the same invariants (see ``newsdoc.check``).
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc.check import violations
from test_robustness_docs import documented_codes

DOCUMENTED_CODES = documented_codes()

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MONTHS = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Jan",
]
AGENCIES = ["Xinhua", "Reuters", "AP", "AFP", "UPI", "CNN", "Xinhau", "Xinhua/Reuters", ""]
DASHES = ["--", "-", "—", "–", " - ", "---", "‒", ""]
QUOTE_MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", "‚", "``", "''", "‹", "›", "「", "」"]
CUES = ["said", "says", "told", "added", "according to", "said on Monday", "stressed", "noted", "asked"]
NAMES = [
    "Mara Quintel",
    "Olu Brandt",
    "Wen Jiaxu",
    "Dr. Ivo Petrak",
    "the ministry",
    "He",
    "she",
    "U.S.",
    "Li",
]
PLACES = ["BEIJING", "PORT ELLERY", "New Harlow", "ST. AUBIN", "Kuala Teren", "SAO VERDE, Brazil", "X"]
FILLER = [
    "the",
    "plan",
    "would",
    "go",
    "ahead",
    "on",
    "Friday",
    "(",
    ")",
    ",",
    ".",
    ";",
    ":",
    "...",
    "By",
    "Reuter",
]
BREAKS = ["\n", "\n\n", "\r\n", "\r", "\n    ", "\n\t", "\u00a0", "  ", "\n\n\n", "\u2028", "\x0c"]
TAILS = [
    "Enditem",
    "Reuter",
    "(Editing by Ana Pell)",
    "(Reporting by Olu Brandt; Editing by Li Wen)",
    "END",
    "xxx",
]


@st.composite
def datelines(draw: st.DrawFn) -> str:
    place = draw(st.sampled_from(PLACES))
    month = draw(st.sampled_from(MONTHS))
    day = draw(st.integers(min_value=0, max_value=40))
    agency = draw(st.sampled_from(AGENCIES))
    dash = draw(st.sampled_from(DASHES))
    comma = draw(st.sampled_from([",", "", " ,", ",,"]))
    agency_part = f" ({agency})" if agency else ""
    return f"{place}{comma} {month} {day}{agency_part} {dash} "


@st.composite
def quotations(draw: st.DrawFn) -> str:
    open_mark = draw(st.sampled_from(QUOTE_MARKS))
    close_mark = draw(st.sampled_from([*QUOTE_MARKS, ""]))
    words = " ".join(draw(st.lists(st.sampled_from(FILLER + NAMES), max_size=12)))
    cue = draw(st.sampled_from(CUES))
    name = draw(st.sampled_from(NAMES))
    order = draw(st.integers(0, 2))
    if order == 0:
        return f"{open_mark}{words},{close_mark} {name} {cue}."
    if order == 1:
        return f"{name} {cue}: {open_mark}{words}{close_mark}"
    return f"{name} {cue} that {words}."


PIECES = st.one_of(
    datelines(),
    quotations(),
    st.sampled_from(BREAKS),
    st.sampled_from(TAILS),
    st.sampled_from(FILLER + NAMES + CUES + QUOTE_MARKS + DASHES + PLACES),
    st.from_regex(r"\A date 20[0-9]{2}-[0-1][0-9]-[0-3][0-9] [A-Z][a-z ]{0,30}\Z"),
    st.just("By Olu Brandt and Ana Pell, Reuters"),
    st.just("A worker walks in the rain in Lake Orman, May 5, 2025. (Xinhua/Ida Molle)"),
    st.text(max_size=8),
)

WIRE_TEXT = st.lists(PIECES, max_size=60).map(" ".join) | st.lists(PIECES, max_size=60).map("".join)
ANY_TEXT = st.text(max_size=3000)
WITH_SURROGATES = st.text(st.characters(exclude_categories=()), max_size=300)


def check(text: str) -> newsdoc.Document:
    """The properties every parse must have; returns the lenient document."""
    doc = newsdoc.parse(text)
    assert doc.text == text
    assert violations(doc) == []
    assert newsdoc.from_json(newsdoc.to_json(doc)) == doc
    for problem in doc.problems:
        assert problem.code in DOCUMENTED_CODES, f"undocumented problem code {problem.code!r}"
        assert problem.message
    return doc


def check_strict(text: str, lenient: newsdoc.Document) -> None:
    """Strict mode raises exactly the first problem lenient mode recorded, or nothing."""
    config = newsdoc.Config(strict=True)
    if not lenient.problems:
        assert newsdoc.parse(text, config=config) == lenient
        return
    with pytest.raises(newsdoc.ParseError) as info:
        newsdoc.parse(text, config=config)
    assert info.value.problem == lenient.problems[0]


@SETTINGS
@given(ANY_TEXT)
def test_arbitrary_text(text: str) -> None:
    check_strict(text, check(text))


@SETTINGS
@given(WIRE_TEXT)
def test_wire_like_text(text: str) -> None:
    check_strict(text, check(text))


@SETTINGS
@given(WITH_SURROGATES)
def test_text_with_lone_surrogates(text: str) -> None:
    check(text)


@SETTINGS
@given(WIRE_TEXT, st.sampled_from(["\r\n", "\r", "\ufeff"]))
def test_line_ends_and_bom_keep_the_invariants(text: str, variant: str) -> None:
    changed = "\ufeff" + text if variant == "\ufeff" else text.replace("\n", variant)
    check(changed)


@SETTINGS
@given(WIRE_TEXT)
def test_clean_text_only_changes_text_fields(text: str) -> None:
    plain = newsdoc.parse(text)
    cleaned = newsdoc.parse(text, config=newsdoc.Config(clean_text=True))
    assert violations(cleaned) == []
    assert [p.span for p in cleaned.paragraphs] == [p.span for p in plain.paragraphs]
    assert [q.content for q in cleaned.quotes] == [q.content for q in plain.quotes]
    assert cleaned.problems == plain.problems
    assert newsdoc.from_json(newsdoc.to_json(cleaned)) == cleaned


@SETTINGS
@given(WIRE_TEXT, st.dates())
def test_reference_date_never_breaks_parsing(text: str, published: object) -> None:
    doc = newsdoc.parse(text, published=published)  # type: ignore[arg-type]
    assert violations(doc) == []
    assert newsdoc.from_json(newsdoc.to_json(doc)) == doc


@SETTINGS
@given(WIRE_TEXT)
def test_every_format_renders(text: str) -> None:
    doc = newsdoc.parse(text)
    for name in newsdoc.format_names():
        assert isinstance(newsdoc.dumps(doc, name), str)


def test_documents_compare_by_value() -> None:
    text = "Headline\n\nBody text."
    assert newsdoc.parse(text) == newsdoc.parse(text)
    assert attrs.evolve(newsdoc.parse(text), headline="other") != newsdoc.parse(text)

"""Dateline rule: ``CITY[, Region][, Mon. D] (Agency) --`` at the start of the first paragraph.

One anchored, bounded regular expression recognises the dateline forms of the
major wires (Xinhua, Reuters old and new, AP, AFP, UPI, CNN), every dash form, month
names with or without a period, day-first dates, weekdays and a Xinhua photo code.
The match is then checked in Python: a dateline needs a date or an agency, except
the bare ``CITY -`` form, which is accepted only in capitals on the first body
block (Reuters 1987, Canadian Press).  The year of a date comes from the dateline
itself, else from the publication date or the caller's reference date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Final

from dateutil import parser as date_parser

from newsdoc.model import Span
from newsdoc.parse.state import ParseState, Rule, new_dateline, new_span
from newsdoc.parse.wire import (
    MONTH_NAMES,
    MONTH_PATTERN,
    WEEKDAY_PATTERN,
    WEEKDAYS,
    month_number,
    normalise_agency,
)

MAX_BLOCKS: Final = 6
"""How many leading unclaimed blocks may hold the dateline."""

_SP: Final = r"[ \t\xa0]"
_WORD_CHARS: Final = r"[^\s(),\d\-–—―_]*"
_WORD: Final = rf"[^\W\d_]{_WORD_CHARS}(?:-(?=[^\W\d_]){_WORD_CHARS})*"
"""A word, hyphens inside it only before a letter.  Written as runs of one character
class (the regex engine's fast single-class loop) rather than an alternation
repeated per character, which made the dateline expression a third slower."""
_MONTH_FIRST: Final = "(?=(?i:[adfjmnos]))"
_WEEKDAY_FIRST: Final = "(?=(?i:[fmstw]))"
"""First letters of a month or weekday name: checked before the names are tried one by
one, so a word that cannot be one (most words) costs one class test, not nineteen."""
_STOP: Final = rf"(?=(?i:[adfjmnostw]))(?:{MONTH_PATTERN}|{WEEKDAY_PATTERN})\b"
_LOC: Final = rf"{_WORD}(?:{_SP}{{1,4}}(?!{_STOP}){_WORD}){{0,5}}"
_REGION: Final = rf"(?!{_STOP}){_WORD}(?:{_SP}{{1,3}}(?!{_STOP}){_WORD}){{0,4}}"
_DATE: Final = (
    rf"{_MONTH_FIRST}(?P<month>{MONTH_PATTERN})\.?{_SP}*(?P<day>\d{{1,2}})(?!\d)"
    rf"(?:{_SP}*,?{_SP}*(?P<year>(?:19|20)\d\d)(?!\d)(?:{_SP}*,{_SP}*(?P=year)(?!\d))?)?"
)
_DAY_FIRST: Final = rf"(?P<day2>\d{{1,2}}){_SP}+{_MONTH_FIRST}(?P<month2>{MONTH_PATTERN})\b\.?"
_WEEKDAY: Final = rf"{_WEEKDAY_FIRST}(?P<weekday>{WEEKDAY_PATTERN})\b"
_DASH: Final = r"--+|[-–—―\x97]|_(?=[ \t\xa0])|&#(?:151|8212|8213);"

_DATELINE: Final = re.compile(
    rf"(?P<code>\((?P<code_digits>\d{{6}})\){_SP}*(?:--|[-–—―]){_SP}*)?"
    rf"(?:(?P<loc>{_LOC})"
    rf"(?:{_SP}*\({_SP}*(?P<paren>{_WORD}(?:{_SP}{_WORD}){{0,3}}){_SP}*\)(?={_SP}*\())?"
    rf"(?:{_SP}*,{_SP}*(?P<region>{_REGION}(?:{_SP}*,{_SP}*{_REGION})?))?"
    rf"(?:(?:{_SP}*[,.]){{0,2}}{_SP}*(?:{_DATE}|{_DAY_FIRST}|{_WEEKDAY}))?"
    rf"(?:{_SP}*,)?{_SP}*)?"
    rf"(?:\({_SP}*(?P<agency>[^()\n]{{1,40}}?){_SP}*\)|(?P<agency2>(?i:reuters?))\b)?"
    rf"(?:{_SP}*(?P<dash>{_DASH})(?:{_SP}*(?:{_DASH}))?)?"
)

_PARTY_LABEL: Final = re.compile(
    r"[RDI](?:-[A-Za-z. ]{1,20})?"
)  # "(R)", "(D-Vt.)": a politician, not a source
_AGENCY_WORDS: Final = re.compile(r"[A-Z][\w.&'-]*(?:[ \t][A-Za-z][\w.&'-]*){0,3}")


def apply(state: ParseState) -> None:
    content_seen = False
    for checked, index in enumerate(state.unclaimed()):
        if checked >= MAX_BLOCKS:
            return
        start, _end = state.bounds(index)
        line_end = state.first_line(index).end
        if _looks_like_byline(state.text, start, line_end):
            continue
        found = match_dateline(state.text, start, line_end, allow_bare=not content_seen)
        if found is not None:
            _take(state, index, found)
            return
        content_seen = True


def _looks_like_byline(text: str, start: int, end: int) -> bool:
    return text[start : start + 3].casefold() == "by " and end - start < 120


def match_dateline(text: str, start: int, end: int, *, allow_bare: bool = True) -> re.Match[str] | None:
    """The dateline at ``text[start:end]`` (one line), or None when the line opens otherwise.

    ``allow_bare`` admits the ``CITY -`` form that has neither date nor agency.
    """
    if not _may_hold_dateline(text, start, end):
        return None
    found = _DATELINE.match(text, start, end)
    if found is None or found.end() == found.start():
        return None
    return found if _plausible(found, text, end, allow_bare) else None


_DATELINE_MARKS: Final[tuple[str, ...]] = ("-", "(", "—", "–", "―", "\x97", "_", "&#")
"""What a dash or a parenthesised agency starts with."""


def _may_hold_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has a dash or an agency: every dateline :func:`_plausible`
    accepts has one, and a body line without either needs no run of the expression."""
    for mark in _DATELINE_MARKS:
        if text.find(mark, start, end) >= 0:
            return True
    return "reuter" in text[start:end].lower()  # "(?i:reuters?)": only ASCII letters fold to these


def _plausible(found: re.Match[str], text: str, end: int, allow_bare: bool) -> bool:
    loc = found["loc"]
    agency = found["agency"]
    has_agency = agency is not None or found["agency2"] is not None
    has_date = found["month"] is not None or found["month2"] is not None or found["weekday"] is not None
    if loc is None and not has_agency:
        return False
    if agency is not None and not _agency_like(agency):
        return False
    known_agency = has_agency and normalise_agency(agency or found["agency2"])[0] is not None
    if agency is not None and not known_agency and not (loc is not None and loc.isupper()):
        return False  # "Sen. Ann Lee (D-Vt.) -": an unknown agency only after a capitalised place
    if found["dash"] is None and not _undashed_ok(found, known_agency, text, end):
        return False
    if loc is None:
        return known_agency
    if _dash_then_digit(found, text, end) or not _place_words(loc):
        return False
    if not loc[0].isupper() and not has_date:
        return False
    if has_date or has_agency:
        return True
    spaced = text[found.start("dash") - 1].isspace()
    return (
        allow_bare and spaced and _bare_place(loc, found["region"]) and found["dash"] in ("-", "--", "—", "–")
    )


_NOT_PLACE_WORDS: Final = frozenset(
    {
        "the",
        "a",
        "an",
        "was",
        "is",
        "are",
        "were",
        "be",
        "been",
        "said",
        "says",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "to",
        "for",
        "with",
        "on",
        "by",
        "that",
        "this",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "its",
        "not",
        "no",
    }
)


def _place_words(loc: str) -> bool:
    """Whether the location reads as a place name, not a clause ("The survey was conducted").

    Only lower-case function words count: "THE HAGUE" is a place.
    """
    return not any(word in _NOT_PLACE_WORDS for word in loc.split())


def _dash_then_digit(found: re.Match[str], text: str, end: int) -> bool:
    """A dash followed by a digit joins a range ("September 16-19"); a dateline dash never does."""
    after = found.end()
    return found["dash"] is not None and after < end and text[after].isdigit()


def _agency_like(agency: str) -> bool:
    if normalise_agency(agency)[0] is not None:
        return True
    if _PARTY_LABEL.fullmatch(agency) is not None:
        return False
    return "/" not in agency and _AGENCY_WORDS.fullmatch(agency) is not None


def _undashed_ok(found: re.Match[str], known_agency: bool, text: str, end: int) -> bool:
    """``MOSCOW, Monday (Reuters) The...``: no dash, so a known agency after a capitalised place.

    "Communist Party (CP) said" is a sentence, not a dateline.
    """
    loc = found["loc"]
    if not known_agency or (loc is not None and not loc.isupper()):
        return False
    position = found.end()
    return position >= end or text[position].isspace()


_KICKERS: Final = frozenset(
    {
        "BREAKING",
        "UPDATE",
        "EXCLUSIVE",
        "ANALYSIS",
        "URGENT",
        "FLASH",
        "BULLETIN",
        "CORRECTED",
        "CORRECTION",
        "REPEAT",
        "FEATURE",
        "INTERVIEW",
        "FACTBOX",
        "COLUMN",
        "ROUNDUP",
        "WRAPUP",
        "NEWSMAKER",
        "COMMENTARY",
        "EDITORIAL",
        "ADVISORY",
        "ALERT",
        "OPINION",
        "REVIEW",
        "NOTE",
        "WARNING",
    }
)
"""Labels that open copy like a place does ("ANALYSIS - ..."), but name no place."""


def _bare_place(loc: str, region: str | None) -> bool:
    """``CALGARY -``: a capitalised place of at most four words (a region may follow)."""
    words = loc.split()
    if len(words) > 4 or not loc.isupper() or words[0].strip(".:") in _KICKERS:
        return False
    return region is None or region[:1].isupper()


def _take(state: ParseState, index: int, found: re.Match[str]) -> None:
    text = state.text
    span = new_span(found.start(), found.end())
    location, location_span = _location(found)
    raw_agency, agency_span = _raw_agency(found)
    agency = None
    if raw_agency is not None:
        agency, irregular = normalise_agency(raw_agency)
        if agency is None:
            agency = raw_agency
        elif irregular:
            state.problem(
                "agency-spelling",
                f"agency written {raw_agency!r}, read as {agency}",
                agency_span,
            )
    month, day, weekday = _month_day(found)
    date = _date(state, found, month, day, weekday, span)
    # positional, in field order: a keyword call from compiled code builds a dict
    state.dateline = new_dateline(
        span,
        text[span.start : span.end],
        location,
        date,
        agency,
        month,
        day,
        weekday,
        _region(found),
        location_span,
        agency_span,
    )
    state.dateline_block = index
    state.trim(index, start=span.end)


def _location(found: re.Match[str]) -> tuple[str | None, Span | None]:
    loc = found["loc"]
    if loc is None:
        return None, None
    start = found.start("loc")
    last = loc.rsplit(None, 1)[-1]
    if last.endswith(".") and len(last) > 4 and "." not in last[:-1]:
        loc = loc[:-1]  # "SEOUL. April 11": the period is a slip, not an abbreviation
    return loc, new_span(start, start + len(loc))


def _region(found: re.Match[str]) -> str | None:
    region = found["region"] or found["paren"]
    return " ".join(region.split()) if region else None


def _raw_agency(found: re.Match[str]) -> tuple[str | None, Span | None]:
    for group in ("agency", "agency2"):
        raw = found[group]
        if raw is not None:
            return raw, new_span(found.start(group), found.end(group))
    return None, None


def _month_day(found: re.Match[str]) -> tuple[int | None, int | None, str | None]:
    if found["weekday"] is not None:
        return None, None, found["weekday"]
    token = found["month"] or found["month2"]
    digits = found["day"] or found["day2"]
    if token is None or digits is None:
        return None, None, None
    return month_number(token), int(digits), None


def _date(
    state: ParseState,
    found: re.Match[str],
    month: int | None,
    day: int | None,
    weekday: str | None,
    span: Span,
) -> dt.date | None:
    reference = state.published or state.config.published
    if weekday is not None:
        return _weekday_date(weekday, reference)
    if month is None or day is None:
        return None
    if _calendar_date(2000, month, day) is None:  # 2000 is a leap year: the widest check
        state.problem("bad-dateline-date", f"no such day: month {month}, day {day}", span)
        return None
    year = _explicit_year(found)
    if year is not None:
        explicit = _calendar_date(year, month, day)
        if explicit is None:
            state.problem("bad-dateline-date", f"no such day: {year}-{month:02d}-{day:02d}", span)
        return explicit
    if reference is None:
        state.problem(
            "dateline-year-unknown",
            "the dateline has no year and no publication date gives one (pass published=)",
            span,
        )
        return None
    inferred = infer_year(month, day, reference)
    if inferred is not None and inferred > reference + dt.timedelta(days=1):
        state.problem(
            "dateline-after-published",
            f"dateline date {inferred.isoformat()} is after the publication date {reference.isoformat()}",
            span,
        )
    return inferred


def _explicit_year(found: re.Match[str]) -> int | None:
    if found["year"] is not None:
        return int(found["year"])
    digits = found["code_digits"]
    if digits is not None:  # Xinhua photo code (YYMMDD)
        return 2000 + int(digits[:2])
    return None


@lru_cache(maxsize=4096)
def _calendar_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the day does not exist.

    An ordinary year, month and day is checked by :class:`datetime.date` itself
    (python-dateutil costs a hundred times more, once per new date); anything else
    (a two-digit year dateutil would move to this century, a day past 31) goes to
    dateutil as before.
    """
    if 100 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= 31:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return _dateutil_date(year, month, day)


def _dateutil_date(year: int, month: int, day: int) -> dt.date | None:
    """The date as python-dateutil reads "Month D YYYY", or None when it cannot."""
    try:
        return date_parser.parse(f"{MONTH_NAMES[month - 1]} {day} {year}").date()
    except (ValueError, OverflowError):
        return None


GRACE_DAYS: Final = 2
"""A dateline may be this many days after the reference (time zones, late feeds)."""


def infer_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The date with this month and day nearest on or before ``reference``.

    Candidates lie in the reference year and the years either side, so a
    "Dec. 31" dateline on a story published on Jan. 1 falls in the previous year;
    a date up to :data:`GRACE_DAYS` after the reference is still taken as is.
    """
    latest = reference + dt.timedelta(days=GRACE_DAYS)
    best: dt.date | None = None
    for year in (reference.year + 1, reference.year, reference.year - 1, reference.year - 4):
        candidate = _calendar_date(year, month, day)
        if candidate is not None and candidate <= latest and (best is None or candidate > best):
            best = candidate
    return best


def _weekday_date(weekday: str, reference: dt.date | None) -> dt.date | None:
    """The latest such weekday on or before the reference ("MOSCOW, Monday")."""
    if reference is None:
        return None
    wanted = WEEKDAYS.index(weekday.casefold())
    return reference - dt.timedelta(days=(reference.weekday() - wanted) % 7)


RULE: Rule = Rule("dateline", apply)

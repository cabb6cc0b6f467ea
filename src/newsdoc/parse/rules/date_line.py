"""Date line rule: the seed layout's ``November 05, 2024`` line under the header.

The line gives the publication date when the header has none; when both give a
date and they disagree, the header's date is kept and a problem is recorded.
When the text has no date at all, the caller's reference date
(``parse(text, published=...)`` or ``Config.published``) becomes the publication
date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Final

from dateutil import parser as date_parser

from newsdoc.model import Span
from newsdoc.parse.state import ParseState, Rule
from newsdoc.parse.wire import MONTH_NAMES, MONTH_PATTERN, WEEKDAY_PATTERN

MAX_CHARS: Final = 40

_DATE_LINE: Final = re.compile(
    rf"(?:{WEEKDAY_PATTERN},?[ \t]+)?"
    rf"(?:{MONTH_PATTERN}\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}[ \t]+{MONTH_PATTERN}\.?,?[ \t]+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)


def apply(state: ParseState) -> None:
    for index in state.unclaimed()[:1]:
        start, end = state.bounds(index)
        if is_date_line(state.text, start, end):
            _take(state, index, Span(start, end))
    if state.published is None and state.config.published is not None:
        state.published = state.config.published


def is_date_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a date standing alone ("November 05, 2024")."""
    return end - start <= MAX_CHARS and _DATE_LINE.fullmatch(text, start, end) is not None


def _take(state: ParseState, index: int, span: Span) -> None:
    state.claim(index, "date_line")
    state.date_line_span = span
    written = span.slice(state.text)
    date = read_date(written)
    if date is None:
        state.problem("bad-date-line", f"impossible date {written!r}", span)
        return
    if state.published is None:
        state.published = date
        state.published_span = span
    elif state.published != date:
        state.problem(
            "date-line-mismatch",
            f"date line says {date.isoformat()}, header says {state.published.isoformat()}",
            span,
        )


@lru_cache(maxsize=1024)
def read_date(written: str) -> dt.date | None:
    """A full written date ("November 05, 2024"), read by python-dateutil.

    The plain forms (a full month name, a day of 1-31, a four-digit year, no
    weekday) are read directly: dateutil costs a hundred times more per new date.
    """
    plain = _plain_date(written)
    if plain is not None:
        return plain
    try:
        return date_parser.parse(written).date()
    except (ValueError, OverflowError):
        return None


_FULL_MONTHS: Final = {name.casefold(): number for number, name in enumerate(MONTH_NAMES, start=1)}


def _plain_date(written: str) -> dt.date | None:
    """The date of "November 05, 2024" or "5 November 2024"; None for any other form.

    A day the month does not have ("February 30") is None too: dateutil rejects it.
    """
    words = written.replace(",", " ").split()
    if len(words) != 3:
        return None
    first, second, year = words
    month = _FULL_MONTHS.get(first.casefold())
    day = second
    if month is None:
        month = _FULL_MONTHS.get(second.casefold())
        day = first
    if month is None or not (day.isdigit() and year.isdigit() and day.isascii() and year.isascii()):
        return None
    if len(year) != 4 or not 1 <= int(day) <= 31 or int(year) < 100:
        return None
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


RULE: Rule = Rule("date_line", apply)

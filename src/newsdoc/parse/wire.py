"""Wire-copy vocabulary shared by the structure rules: agencies, months, person names.

Agency names are normalised to one short form per agency (``Xinhua``, ``Reuters``,
``AP``, ``AFP``, ``UPI``, ``CNN``) so that a typo such as "Xinhau" still names the
right agency; the caller learns about the typo through a recorded problem.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

AGENCIES: Final[dict[str, str]] = {
    "xinhua": "Xinhua",
    "xinhua news agency": "Xinhua",
    "reuters": "Reuters",
    "reuter": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "upi": "UPI",
    "united press international": "UPI",
    "cnn": "CNN",
    "dpa": "dpa",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "efe": "EFE",
    "ansa": "ANSA",
    "bernama": "Bernama",
    "yonhap": "Yonhap",
    "ians": "IANS",
    "pti": "PTI",
    "ani": "ANI",
    "tass": "TASS",
    "itar-tass": "TASS",
    "interfax": "Interfax",
    "ria novosti": "RIA Novosti",
    "anadolu": "Anadolu",
    "kuna": "KUNA",
    "wam": "WAM",
    "mena": "MENA",
    "irna": "IRNA",
    "antara": "Antara",
    "vna": "VNA",
    "pna": "PNA",
    "aap": "AAP",
    "cp": "CP",
    "the canadian press": "CP",
    "canadian press": "CP",
    "ips": "IPS",
    "bloomberg": "Bloomberg",
}
"""Known spellings (casefolded) of the agencies newsdoc recognises, to the canonical name."""

_FUZZY_TARGETS: Final[tuple[str, ...]] = ("xinhua", "reuters")
"""Agency names long enough that a one-letter slip is unambiguous."""


@lru_cache(maxsize=512)
def normalise_agency(raw: str) -> tuple[str | None, bool]:
    """The canonical agency for ``raw`` and whether ``raw`` is an irregular spelling.

    Returns ``(None, False)`` for text that names no known agency.  Case
    differences ("xinhua") and one-edit typos of the long names ("Xinhau",
    "Xinhu", "Reutersd") are irregular: the agency is still recognised.
    """
    key = " ".join(raw.split()).casefold().strip(".")
    canonical = AGENCIES.get(key)
    if canonical is not None:
        return canonical, raw.strip() != canonical and not _is_known_form(raw.strip())
    for target in _FUZZY_TARGETS:
        if abs(len(key) - len(target)) <= 1 and within_one_edit(key, target):
            return AGENCIES[target], True
    return None, False


_KNOWN_FORMS: Final = frozenset(
    {
        *(name for name in AGENCIES.values()),
        "Kyodo News",
        "ITAR-TASS",
        "The Canadian Press",
        "Canadian Press",
        "Xinhua",
        "Xinhua News Agency",
        "Reuters",
        "Reuter",
        "REUTERS",
        "REUTER",
        "Thomson Reuters",
        "AP",
        "Associated Press",
        "The Associated Press",
        "AFP",
        "Agence France-Presse",
        "Agence France Presse",
        "UPI",
        "United Press International",
        "CNN",
    }
)


def _is_known_form(raw: str) -> bool:
    return raw in _KNOWN_FORMS


def within_one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


MONTH_NAMES: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""Full English month names, January first."""

MONTH_PATTERN: Final = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
"""A month name or abbreviation, any case (no trailing period)."""

WEEKDAY_PATTERN: Final = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

MONTHS: Final[dict[str, int]] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def month_number(token: str) -> int | None:
    """1-12 for a month name or abbreviation ("Sept." -> 9), else None."""
    return MONTHS.get(token.strip(".").casefold()[:3])


# Words that are never a person's name on their own: agencies, roles and web junk.
_NOT_NAMES: Final = frozenset(
    {
        "email",
        "e-mail",
        "author",
        "staff",
        "stringer",
        "reporter",
        "reporters",
        "writer",
        "writers",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "agency",
        "agencies",
        "press",
        "news",
        "wire",
        "wires",
        "service",
        "services",
        "handout",
        "pool",
        "file",
        "photo",
        "photos",
        "courtesy",
        "the",
        "our",
        "a",
        "an",
        "by",
        "in",
        "at",
        "from",
        "reuters",
        "reuter",
        "xinhua",
        "ap",
        "afp",
        "upi",
        "cnn",
        "bureau",
        "desk",
        "team",
        "inc",
        "corp",
        "ltd",
        "company",
        "international",
        "network",
        "times",
        "post",
        "daily",
        "herald",
        "journal",
        "tribune",
    }
)

_NAME_WORD: Final = re.compile(r"[^\W\d_][\w.'’-]*")


def looks_like_person(name: str) -> bool:
    """Whether ``name`` reads as a person's name: 2-5 words, letters, no agency or role words.

    Keeps middle initials ("Tyler G. Jones"), hyphens and apostrophes; rejects
    "Email the author", "Staff Reporter" and organisations ("Reuters").
    """
    words = name.split()
    if not 2 <= len(words) <= 5:
        return False
    for word in words:
        if _NAME_WORD.fullmatch(word) is None:
            return False
        if word.casefold().strip(".") in _NOT_NAMES:
            return False
    return any(len(word.strip(".")) > 1 for word in words)


_NAME_SEPARATORS: Final = re.compile(r"[ \t]*(?:,|&|\band\b|\bAND\b|\bAnd\b)[ \t]*")


def split_names(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The people named in ``text[start:end]`` ("A and B", "A, B and C"), with their offsets.

    Pieces that do not read as a person (see :func:`looks_like_person`) are left out.
    """
    people: list[tuple[str, int, int]] = []
    position = start
    for separator in _NAME_SEPARATORS.finditer(text, start, end):
        _add_name(text, position, separator.start(), people)
        position = separator.end()
    _add_name(text, position, end, people)
    return people


def _add_name(text: str, start: int, end: int, people: list[tuple[str, int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;:"):
        end -= 1
    name = " ".join(text[start:end].split())
    if looks_like_person(name):
        people.append((name, start, end))

"""Hygiene rule: record what is wrong with the raw characters, never change them.

Scraped and transcoded copy carries a byte-order mark, control characters,
Windows-1252 mojibake ("â€œ" for a left double quote), HTML entities
("&amp;") and stray tags.  This rule runs first and records each finding as a
problem with the span of the offending characters; offsets keep indexing the
original string.  With ``Config(clean_text=True)`` :func:`clean_fields` also
repairs the *text fields* of the finished elements (see :func:`clean`).

Every pattern here is a single character class or a bounded alternation of
literals: no nested quantifiers, one linear scan each.
"""

from __future__ import annotations

import contextlib
import html
import html.entities
import re
from collections.abc import Callable, Iterator
from typing import Final

import attrs

from newsdoc.model import Span
from newsdoc.parse.state import ParseState, Rule

MAX_PROBLEMS_PER_CODE: Final = 20
"""A hostile input could hold a million control characters: report the first few, then a count."""

_CONTROL: Final = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufff9-\ufffb]+")
_SURROGATES: Final = re.compile("[" + chr(0xD800) + "-" + chr(0xDFFF) + "]+")  # no surrogate literals: mypyc
_REPLACEMENT: Final = re.compile("\ufffd+")
_INNER_BOM: Final = re.compile("\ufeff+")


def _continuation_chars() -> str:
    """How UTF-8 continuation bytes 0x80-0xBF look when decoded as Windows-1252 (or Latin-1)."""
    chars = set()
    for byte in range(0x80, 0xC0):
        chars.add(chr(byte))
        with contextlib.suppress(UnicodeDecodeError):  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned
            chars.add(bytes([byte]).decode("cp1252"))
    return "".join(sorted(chars))


_CONTINUATION: Final = _continuation_chars()
_MOJIBAKE: Final = re.compile("[\u00c2-\u00f4][" + re.escape(_CONTINUATION) + "]{1,3}")
_BROKEN_RIGHT_QUOTE: Final = "â€"
"""UTF-8 for '”' is E2 80 9D; Windows-1252 has no 0x9D, so decoders often drop it."""

_ENTITY: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG_NAMES: Final = (
    "a|b|i|u|p|br|hr|em|strong|span|div|font|img|script|style|iframe|table|tr|td|li|ul|ol|h[1-6]"
)
_TAG: Final = re.compile(r"</?(?:" + _TAG_NAMES + r")(?:[\s/][^<>\n]{0,200})?>")
"""Lower-case tag names only: 1987 Reuters copy writes tickers as ``<I>`` or ``<BP>``."""

_SPACES: Final = str.maketrans(dict.fromkeys("\t\u00a0\u2007\u202f", " "))


def apply(state: ParseState) -> None:
    text = state.text
    if text.startswith("\ufeff"):
        state.problem(
            "bom", "the text starts with a byte-order mark (U+FEFF); it belongs to no element", Span(0, 1)
        )
    if not text.strip().lstrip("\ufeff"):
        state.problem(
            "empty-input", "the text has no visible characters", Span(0, len(text)) if text else None
        )
        return
    suspect = _suspect_characters(text)
    if suspect:
        _report(state, "control-characters", _CONTROL, _control_runs(text), "control character(s) {found}")
    if "&" in text:
        _report(state, "html-entities", _ENTITY, entity_spans(text), "HTML entity {found} left in the text")
    if "<" in text:
        _report(state, "html-markup", _TAG, _runs(_TAG, text), "HTML tag {found} left in the text")
    if not suspect or text.isascii():  # surrogates, U+FFFD and mojibake are all non-ASCII
        return
    _report(
        state,
        "surrogates",
        _SURROGATES,
        _runs(_SURROGATES, text),
        "unpaired surrogate(s) {found}: text was not valid Unicode",
    )
    _report(
        state,
        "replacement-characters",
        _REPLACEMENT,
        _runs(_REPLACEMENT, text),
        "U+FFFD {found}: bytes were lost in decoding",
    )
    _report(state, "mojibake", _MOJIBAKE, mojibake_spans(text), "UTF-8 read as Windows-1252: {found}")


def _runs(pattern: re.Pattern[str], text: str) -> Iterator[Span]:
    for match in pattern.finditer(text):
        yield Span(match.start(), match.end())


_ASCII_ALLOWED: Final = bytes(range(0x09, 0x0E)) + bytes(range(0x20, 0x7F))
"""Tab, line ends and printable ASCII: every ASCII character :data:`_CONTROL` does not match."""


def _clean_ascii(text: str) -> bool:
    """Whether ``text`` is ASCII without control characters, at C speed (most copy is).

    Deleting the allowed bytes leaves nothing; about ten times faster than letting
    :data:`_CONTROL` scan the text for matches it will not find.
    """
    return text.isascii() and not text.encode("ascii").translate(None, _ASCII_ALLOWED)


_SUSPECT: Final = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\ufff9-\ufffb\ufffd"
    + chr(0xD800)
    + "-"
    + chr(0xDFFF)
    + "]|[\u00c2-\u00f4]["
    + re.escape(_CONTINUATION)
    + "]"
)
"""What every finding of :data:`_CONTROL`, :data:`_INNER_BOM`, :data:`_SURROGATES`,
:data:`_REPLACEMENT` and :data:`_MOJIBAKE` starts with: one of their characters, or the
first two characters of a mojibake sequence (an accented letter alone is not suspect)."""


def _suspect_characters(text: str) -> bool:
    """Whether the character scans can find anything in ``text``: one scan instead of five.

    Clean copy (most of it, ASCII or not: curly quotes, accented names) has none of
    these characters, and then every scan would come back empty.  Non-ASCII copy is
    first looked at through C-speed codecs: :data:`_SUSPECT` runs only when a
    Latin-1 character could start a finding (it costs about twenty times more).
    """
    if text.isascii():
        return not _clean_ascii(text)
    if text.encode("latin-1", "replace").translate(None, _LATIN_INNOCENT):
        return _SUSPECT.search(text) is not None  # a control, C1 or mojibake-lead character
    return _suspect_above_latin(text)


_LATIN_SUSPECT: Final = (
    bytes(range(0x09)) + bytes(range(0x0E, 0x20)) + bytes(range(0x7F, 0xA0)) + bytes(range(0xC2, 0xF5))
)
"""The Latin-1 characters a :data:`_SUSPECT` finding can start with: controls, C1 and mojibake leads."""
_LATIN_INNOCENT: Final = bytes(byte for byte in range(0x100) if byte not in _LATIN_SUSPECT)
"""Every other byte, "?" (what a character above U+00FF is encoded as) among them."""
_SUSPECT_ABOVE_LATIN: Final[tuple[str, ...]] = ("\ufeff", "\ufff9", "\ufffa", "\ufffb", "\ufffd")


def _suspect_above_latin(text: str) -> bool:
    """Whether ``text`` holds one of the suspect characters above U+00FF (surrogates included)."""
    for special in _SUSPECT_ABOVE_LATIN:
        if special in text:
            return True
    try:
        text.encode("utf-16-le")  # refuses surrogates
    except UnicodeEncodeError:
        return True
    return False


def _control_runs(text: str) -> Iterator[Span]:
    """Control characters, except those inside mojibake (where they stand for a lost byte)."""
    if _clean_ascii(text):
        return
    for span in _runs(_CONTROL, text):
        if not _inside_mojibake(text, span.start):
            yield span
    if text.isascii():
        return
    for span in _runs(_INNER_BOM, text):
        if span.start > 0:
            yield span


def _inside_mojibake(text: str, offset: int) -> bool:
    """Whether a mojibake sequence (at most 4 characters) starting just before ``offset`` covers it."""
    for start in range(max(0, offset - 3), offset):
        match = _MOJIBAKE.match(text, start)
        if match is not None and offset < start + (_sequence_length(match[0]) or 0):
            return True
    return False


def _report(
    state: ParseState, code: str, pattern: re.Pattern[str], spans: Iterator[Span], template: str
) -> None:
    """One problem per span for the first :data:`MAX_PROBLEMS_PER_CODE`, then one that counts the rest.

    The count is of raw ``pattern`` matches (cheap even for a megabyte of junk).
    """
    for count, span in enumerate(spans, start=1):
        if count > MAX_PROBLEMS_PER_CODE:
            more = sum(1 for _ in pattern.finditer(state.text, span.start))
            state.problem(code, f"about {more} more {code} not listed one by one; the next is here", span)
            return
        found = ascii(state.text[span.start : min(span.end, span.start + 40)])
        state.problem(code, template.format(found=found), span)


def mojibake_spans(text: str) -> Iterator[Span]:
    """Spans of UTF-8 sequences that were decoded as Windows-1252 ("â€œ", "Ã©", "Â ")."""
    for match in _MOJIBAKE.finditer(text):
        size = _sequence_length(match[0])
        if size is not None:
            yield Span(match.start(), match.start() + size)
        elif match[0].startswith(_BROKEN_RIGHT_QUOTE):
            yield Span(match.start(), match.start() + len(_BROKEN_RIGHT_QUOTE))


def _sequence_length(candidate: str) -> int | None:
    """Length of the valid UTF-8 sequence that ``candidate`` spells in Windows-1252, if any."""
    lead = ord(candidate[0])
    size = 2 if lead <= 0xDF else 3 if lead <= 0xEF else 4
    if len(candidate) < size:
        return None
    return size if _repair_sequence(candidate[:size]) is not None else None


def _byte_table() -> dict[str, int]:
    """The Windows-1252 byte of each character (Latin-1 for the five bytes 1252 leaves unassigned)."""
    table = {chr(byte): byte for byte in range(0x80, 0x100)}
    for byte in range(0x80, 0x100):
        with contextlib.suppress(UnicodeDecodeError):
            table[bytes([byte]).decode("cp1252")] = byte
    return table


_BYTES: Final = _byte_table()


def _repair_sequence(chars: str) -> str | None:
    try:
        return bytes(_BYTES[char] for char in chars).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None


def repair_mojibake(text: str) -> str:
    """``text`` with each Windows-1252-decoded UTF-8 sequence turned back into its character."""
    return _substitute(text, mojibake_spans(text), _mojibake_replacement)


def _mojibake_replacement(chars: str) -> str:
    repaired = _repair_sequence(chars)
    return "\u201d" if repaired is None else repaired


def entity_spans(text: str) -> Iterator[Span]:
    """Spans of well-formed HTML character references: a known name or a valid code point."""
    for match in _ENTITY.finditer(text):
        if _is_entity(match[0]):
            yield Span(match.start(), match.end())


def _is_entity(reference: str) -> bool:
    body = reference[1:-1]
    if not body.startswith("#"):
        return body + ";" in html.entities.html5
    digits = body[2:] if body[1:2] in ("x", "X") else body[1:]
    value = int(digits, 16 if body[1:2] in ("x", "X") else 10)
    return 0 < value <= 0x10FFFF


def decode_entities(text: str) -> str:
    """``text`` with well-formed HTML entities (``&amp;``, ``&#8220;``) decoded; bare ``&`` kept."""
    return _substitute(text, entity_spans(text), html.unescape)


def _substitute(text: str, spans: Iterator[Span], replace: Callable[[str], str]) -> str:
    parts = []
    position = 0
    for span in spans:
        parts.append(text[position : span.start])
        parts.append(replace(text[span.start : span.end]))
        position = span.end
    parts.append(text[position:])
    return "".join(parts)


def clean(text: str) -> str:
    """Repair mojibake, decode entities, drop control characters, make tabs and no-break spaces plain.

    Used on text fields with ``Config(clean_text=True)``; ``Document.text`` is never changed.
    """
    text = decode_entities(repair_mojibake(text))
    text = _CONTROL.sub("", text).replace("\ufeff", "")
    return text.translate(_SPACES)


def clean_fields(state: ParseState) -> None:
    """Apply :func:`clean` to the text fields of everything the rules found."""
    if state.headline is not None:
        state.headline = clean(state.headline)
    state.paragraphs = [attrs.evolve(p, text=clean(p.text)) for p in state.paragraphs]
    state.captions = [attrs.evolve(c, text=clean(c.text)) for c in state.captions]
    state.tails = [attrs.evolve(t, text=clean(t.text)) for t in state.tails]
    state.quotes = [attrs.evolve(q, text=clean(q.text)) for q in state.quotes]


RULE: Rule = Rule("hygiene", apply)

__all__ = [
    "RULE",
    "clean",
    "clean_fields",
    "decode_entities",
    "entity_spans",
    "mojibake_spans",
    "repair_mojibake",
]

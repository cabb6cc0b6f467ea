"""Parser configuration: a frozen policy object, changed by copying (like ``email.policy``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs
from attrs import field, frozen

DEFAULT_MAX_INPUT_CHARS = 10_000_000


def _names(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _non_negative_int(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{attribute.name} must be a non-negative int, got {value!r}")


@frozen
class Config:
    """How to parse.

    - ``strict``: raise :class:`newsdoc.ParseError` on the first problem instead of
      recording it on ``doc.problems``.
    - ``published``: a reference date from the caller (feed metadata, file name)
      that completes datelines without a year and fills ``Document.published``
      when the text has no date of its own.
    - ``max_input_chars``: larger inputs raise :class:`newsdoc.InputTooLargeError`.
    - ``disabled_rules``: names of parse rules to skip (see ``newsdoc.parse.rule_names()``).
    - ``quotes``: turn quote and speaker extraction off for structure-only parsing.
    - ``cognition_cues``: also treat "believe", "think", "hope" ... as cues (off by
      default: they report beliefs, not speech).
    - ``clean_text``: repair mojibake, decode HTML entities, drop control characters
      and turn tabs and no-break spaces into plain spaces in the *text fields*
      (headline, paragraphs, captions, tails, quotes).  Spans still index the
      original string, and the problems are recorded either way (see
      docs/robustness.md).
    """

    strict: bool = False
    published: dt.date | None = None
    max_input_chars: int = field(default=DEFAULT_MAX_INPUT_CHARS, validator=_non_negative_int)
    disabled_rules: tuple[str, ...] = field(default=(), converter=_names)
    quotes: bool = True
    cognition_cues: bool = False
    clean_text: bool = False

    def evolve(self, **changes: object) -> Config:
        """A copy with ``changes`` applied."""
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]


DEFAULT = Config()
STRICT = Config(strict=True)

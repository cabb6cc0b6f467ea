"""Reported speech: indirect and mixed quotes ("Li said that China is ready ...")."""

from __future__ import annotations

from newsdoc.parse.rules.quote_support import add_quotes
from newsdoc.parse.state import ParseState, Rule


def apply(state: ParseState) -> None:
    add_quotes(state, direct=False)


RULE: Rule = Rule("reported-speech", apply, quotes=True)

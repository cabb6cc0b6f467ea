"""The parse pipeline: an ordered list of named rules run over a shared state.

Each rule lives in its own module under ``newsdoc.parse.rules`` and exposes a
``RULE``.  Rules run in the order of :data:`RULES`; a rule can be switched off by
name with ``Config(disabled_rules=(...))``.  Structure rules claim blocks
(header, captions, dateline, bylines, tails); the paragraphs rule turns what is
left into body paragraphs, so text no rule understands is never dropped.
"""

from __future__ import annotations

from newsdoc.config import Config
from newsdoc.model import Document
from newsdoc.parse.rules import (
    bylines,
    captions,
    date_line,
    dateline,
    direct_quotes,
    header,
    paragraphs,
    reported_speech,
    speakers,
    tails,
)
from newsdoc.parse.state import ParseState, Rule, split_blocks

RULES: tuple[Rule, ...] = (
    header.RULE,
    date_line.RULE,
    captions.RULE,
    bylines.RULE,
    dateline.RULE,
    tails.RULE,
    paragraphs.RULE,
    direct_quotes.RULE,
    reported_speech.RULE,
    speakers.RULE,  # must stay after every rule that adds quotes, bylines or captions
)


def rule_names() -> tuple[str, ...]:
    """The names of the parse rules, in the order they run."""
    return tuple(rule.name for rule in RULES)


def run(text: str, config: Config) -> Document:
    """Run every enabled rule over ``text`` and freeze the result."""
    state = ParseState(text=text, config=config)
    state.blocks = split_blocks(text)
    state.roles = ["unclaimed"] * len(state.blocks)
    disabled = set(config.disabled_rules)
    for rule in RULES:
        if rule.name in disabled or (rule.quotes and not config.quotes):
            continue
        rule.apply(state)
    return state.freeze()


__all__ = ["RULES", "ParseState", "Rule", "rule_names", "run"]

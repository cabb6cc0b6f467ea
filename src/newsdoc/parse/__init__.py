"""The parse pipeline: an ordered list of named rules run over a shared state.

Each rule lives in its own module under ``newsdoc.parse.rules`` and exposes a
``RULE``.  Rules run in the order of :data:`RULES`; a rule can be switched off by
name with ``Config(disabled_rules=(...))``.  Structure rules claim blocks
(header, captions, dateline, bylines, tails); the paragraphs rule turns what is
left into body paragraphs, so text no rule understands is never dropped.
"""

from __future__ import annotations

import time

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


def run(text: str, config: Config, *, timings: dict[str, float] | None = None) -> Document:
    """Run every enabled rule over ``text`` and freeze the result.

    ``timings``, when given, accumulates the CPU seconds spent in each stage under
    its name (``blocks``, then each rule's name, then ``freeze``) so benchmarks can
    time the stages of many documents; without it the pipeline pays nothing.
    """
    if timings is not None:
        return _run_timed(text, config, timings)
    state = _start(text, config)
    for rule in _enabled(config):
        rule.apply(state)
    return state.freeze()


def _start(text: str, config: Config) -> ParseState:
    state = ParseState(text=text, config=config)
    state.blocks = split_blocks(text)
    state.roles = ["unclaimed"] * len(state.blocks)
    return state


def _enabled(config: Config) -> list[Rule]:
    """The rules ``config`` leaves on, in order."""
    disabled = set(config.disabled_rules)
    return [rule for rule in RULES if rule.name not in disabled and not (rule.quotes and not config.quotes)]


def _run_timed(text: str, config: Config, timings: dict[str, float]) -> Document:
    clock = time.process_time  # CPU time: other processes on the machine do not count
    began = clock()
    state = _start(text, config)
    now = clock()
    timings["blocks"] = timings.get("blocks", 0.0) + (now - began)
    for rule in _enabled(config):
        began = clock()
        rule.apply(state)
        now = clock()
        timings[rule.name] = timings.get(rule.name, 0.0) + (now - began)
    began = clock()
    document = state.freeze()
    timings["freeze"] = timings.get("freeze", 0.0) + (clock() - began)
    return document


__all__ = ["RULES", "ParseState", "Rule", "rule_names", "run"]

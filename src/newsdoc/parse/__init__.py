"""The parse pipeline: an ordered list of named rules run over a shared state.

Each rule lives in its own module under ``newsdoc.parse.rules`` and exposes a
``RULE``.  Rules run in the order of :data:`RULES`; a rule can be switched off by
name with ``Config(disabled_rules=(...))``.  Structure rules claim blocks
(header, captions, dateline, bylines, tails); the paragraphs rule turns what is
left into body paragraphs, so text no rule understands is never dropped.

A rule that raises an unexpected exception does not stop the pipeline: the
state is rolled back to what it was before that rule, a ``rule-crashed``
problem naming the rule is recorded (raised as :class:`newsdoc.ParseError` in
strict mode) and the next rule runs.  Blocks no rule claimed end up as
paragraphs even if the paragraphs rule itself crashed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from newsdoc.config import Config
from newsdoc.errors import NewsdocError
from newsdoc.model import Document
from newsdoc.parse.rules import (
    bylines,
    captions,
    date_line,
    dateline,
    direct_quotes,
    header,
    hygiene,
    paragraphs,
    reported_speech,
    speakers,
    tails,
)
from newsdoc.parse.state import ParseState, Rule, split_blocks

RULES: tuple[Rule, ...] = (
    hygiene.RULE,
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


def run(
    text: str,
    config: Config,
    rules: tuple[Rule, ...] | None = None,
    *,
    timings: dict[str, float] | None = None,
) -> Document:
    """Run every enabled rule over ``text`` and freeze the result.

    ``rules`` replaces :data:`RULES` (tests use it to run a deliberately broken rule).
    ``timings``, when given, accumulates the CPU seconds spent in each stage under
    its name (``blocks``, then each rule's name, then ``freeze``) so benchmarks can
    time the stages of many documents; without it the pipeline pays nothing.
    """
    clock = time.process_time if timings is not None else None
    began = clock() if clock is not None else 0.0
    state = _start(text, config)
    if clock is not None and timings is not None:
        began = _lap(timings, "blocks", began, clock)
    for rule in _enabled(config, RULES if rules is None else rules):
        run_rule(rule, state)
        if clock is not None and timings is not None:
            began = _lap(timings, rule.name, began, clock)
    keep_unclaimed_text(state)
    if config.clean_text:
        hygiene.clean_fields(state)
    document = state.freeze()
    if clock is not None and timings is not None:
        _lap(timings, "freeze", began, clock)
    return document


def _lap(timings: dict[str, float], name: str, began: float, clock: Callable[[], float]) -> float:
    now = clock()
    timings[name] = timings.get(name, 0.0) + (now - began)
    return now


def _start(text: str, config: Config) -> ParseState:
    state = ParseState(text=text, config=config)
    state.blocks = split_blocks(_blank_bom(text))
    state.roles = ["unclaimed"] * len(state.blocks)
    return state


def _enabled(config: Config, rules: tuple[Rule, ...] = RULES) -> list[Rule]:
    """The rules ``config`` leaves on, in order."""
    disabled = set(config.disabled_rules)
    return [rule for rule in rules if rule.name not in disabled and not (rule.quotes and not config.quotes)]


def _blank_bom(text: str) -> str:
    """``text`` with a leading byte-order mark seen as a space, so blocks skip it (offsets unchanged)."""
    return " " + text[1:] if text.startswith("\ufeff") else text


def run_rule(rule: Rule, state: ParseState) -> None:
    """Apply one rule; if it crashes, undo its changes and record ``rule-crashed``."""
    saved = state.snapshot()
    try:
        rule.apply(state)
    except NewsdocError:
        raise  # ParseError from strict mode, or an error a rule raises on purpose
    except Exception as exc:
        state.restore(saved)
        detail = f"{type(exc).__name__}: {exc}"
        state.problem(
            "rule-crashed",
            f"rule {rule.name!r} raised {detail[:300]}; its findings were dropped",
            severity="error",
        )


def keep_unclaimed_text(state: ParseState) -> None:
    """Turn blocks no rule claimed into paragraphs, so no text is lost.

    Normally the paragraphs rule has claimed them all and this does nothing; it
    matters when that rule is disabled or crashed.
    """
    added = paragraphs.claim_unclaimed(state)
    if added and len(state.paragraph_blocks) == len(state.paragraphs):
        pairs = sorted(
            zip(state.paragraphs, state.paragraph_blocks, strict=True), key=lambda p: p[0].span.start
        )
        state.paragraphs = [paragraph for paragraph, _ in pairs]
        state.paragraph_blocks = [block for _, block in pairs]


__all__ = ["RULES", "ParseState", "Rule", "keep_unclaimed_text", "rule_names", "run", "run_rule"]

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

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from newsdoc.config import Config
from newsdoc.errors import NewsdocError
from newsdoc.model import Document, Problem
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
    pipeline = _Pipeline(text, config, _enabled(config, RULES if rules is None else rules))
    if timings is not None:
        return _timed_run(pipeline, timings)
    state = _start(text, config)
    for position, rule in enumerate(pipeline.rules):
        _apply_guarded(rule, state, pipeline, position)
    return _finish(state)


@dataclass(slots=True)
class _Pipeline:
    """One document's run: its inputs, the rules it runs and the problems of rules that crashed."""

    text: str
    config: Config
    rules: tuple[Rule, ...]
    crashed: dict[int, Problem] = field(default_factory=dict)


def _timed_run(pipeline: _Pipeline, timings: dict[str, float]) -> Document:
    """:func:`run` with a lap of the CPU clock after each stage."""
    clock = time.process_time
    began = clock()
    state = _start(pipeline.text, pipeline.config)
    began = _lap(timings, "blocks", began, clock)
    for position, rule in enumerate(pipeline.rules):
        _apply_guarded(rule, state, pipeline, position)
        began = _lap(timings, rule.name, began, clock)
    document = _finish(state)
    _lap(timings, "freeze", began, clock)
    return document


def _finish(state: ParseState) -> Document:
    """The final sweep of unclaimed text, the optional cleaning, and the frozen document."""
    keep_unclaimed_text(state)
    if state.config.clean_text:
        hygiene.clean_fields(state)
    return state.freeze()


def _apply_guarded(rule: Rule, state: ParseState, pipeline: _Pipeline, position: int) -> None:
    """Apply ``pipeline.rules[position]``; if it crashes, rebuild the state it started from.

    Taking no copy before each rule makes the common path free: the state before
    the rule is instead rebuilt, only after a crash, by replaying the rules before
    it on a fresh state (rules are deterministic functions of the text and the
    config; earlier crashes are replayed as their recorded problems).
    """
    crashed = pipeline.crashed
    if crashed and position in crashed:  # replaying an earlier crash: its problem, not the rule
        state.problems.append(crashed[position])
        return
    try:
        rule.apply(state)
    except NewsdocError:
        raise  # ParseError from strict mode, or an error a rule raises on purpose
    except Exception as exc:
        if not pipeline.config.strict:  # strict mode raises just below and drops the state
            _replay(state, pipeline, position)
        state.problem("rule-crashed", _crash_message(rule, exc), severity="error")
        crashed[position] = state.problems[-1]


def _replay(state: ParseState, pipeline: _Pipeline, upto: int) -> None:
    """Put ``state`` back as it was before rule ``upto`` ran, by running the rules before it again."""
    fresh = _start(pipeline.text, pipeline.config)
    for position in range(upto):
        _apply_guarded(pipeline.rules[position], fresh, pipeline, position)
    for spec in dataclasses.fields(ParseState):
        setattr(state, spec.name, getattr(fresh, spec.name))


def _crash_message(rule: Rule, exc: Exception) -> str:
    detail = f"{type(exc).__name__}: {exc}"
    return f"rule {rule.name!r} raised {detail[:300]}; its findings were dropped"


def _lap(timings: dict[str, float], name: str, began: float, clock: Callable[[], float]) -> float:
    now = clock()
    timings[name] = timings.get(name, 0.0) + (now - began)
    return now


def _start(text: str, config: Config) -> ParseState:
    state = ParseState(text=text, config=config)
    state.blocks = split_blocks(_blank_bom(text))
    state.roles = ["unclaimed"] * len(state.blocks)
    return state


_ENABLED_MEMO: Final[dict[tuple[tuple[str, ...], bool], tuple[tuple[Rule, ...], tuple[Rule, ...]]]] = {}
"""Per (disabled rules, quotes) setting: the rule tuple last filtered and what it left on."""


def _enabled(config: Config, rules: tuple[Rule, ...] = RULES) -> tuple[Rule, ...]:
    """The rules ``config`` leaves on, in order (filtered once per setting, not per document)."""
    key = (config.disabled_rules, config.quotes)
    known = _ENABLED_MEMO.get(key)
    if known is not None and known[0] is rules:
        return known[1]
    disabled = set(config.disabled_rules)
    kept = tuple(
        rule for rule in rules if rule.name not in disabled and not (rule.quotes and not config.quotes)
    )
    if len(_ENABLED_MEMO) >= 64:  # many distinct settings: keep the memo small
        _ENABLED_MEMO.clear()
    _ENABLED_MEMO[key] = (rules, kept)
    return kept


def _blank_bom(text: str) -> str:
    """``text`` with a leading byte-order mark seen as a space, so blocks skip it (offsets unchanged)."""
    return " " + text[1:] if text.startswith("\ufeff") else text


def run_rule(rule: Rule, state: ParseState) -> None:
    """Apply one rule; if it crashes, undo its changes and record ``rule-crashed``.

    For a rule run on its own: it takes a :meth:`ParseState.snapshot` first.
    :func:`run` needs no copies (it rebuilds the state only after a crash).
    """
    saved = state.snapshot()
    try:
        rule.apply(state)
    except NewsdocError:
        raise  # ParseError from strict mode, or an error a rule raises on purpose
    except Exception as exc:
        state.restore(saved)
        state.problem("rule-crashed", _crash_message(rule, exc), severity="error")


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

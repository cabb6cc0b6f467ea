"""The pipeline's safety net: a rule that raises leaves every field of the state as it found it.

``run`` takes no copy of the state before each rule; after a crash it rebuilds the
state by replaying the rules that ran before.  These tests check the rebuilt state
field by field (every dataclass field, so a new field is covered automatically).
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import attrs
import pytest

import newsdoc
from newsdoc.parse import RULES, run
from newsdoc.parse.state import ParseState, Rule

STORY = (
    " date 2031-04-02 Lighthouse keepers vote to strike\n"
    "April 02, 2031\n"
    "\n"
    "By Tomas Revell and Ines Calloway\n"
    "\n"
    "SALT HAVEN, April 2 (Reuters) - Lighthouse keepers on the Marrow coast voted to strike\n"
    "on Wednesday, union secretary Dara Okonne said.\n"
    "\n"
    '"Nobody has raised our pay in nine years," Okonne told reporters outside the hall.\n'
    "\n"
    "Harbour master Pell Agrand said the strike would not close the port.\n"
    "\n"
    "(Reporting by Tomas Revell; Editing by Ines Calloway)\n"
)


def _fields(state: ParseState) -> dict[str, Any]:
    """Every field of the state, containers copied deeply (the config is shared and frozen)."""
    return {
        spec.name: getattr(state, spec.name)
        if spec.name == "config"
        else copy.deepcopy(getattr(state, spec.name))
        for spec in dataclasses.fields(ParseState)
    }


def _mangle_every_field_then_crash(state: ParseState) -> None:
    """Change every field (in place and by reassignment), then fail."""
    for spec in dataclasses.fields(ParseState):
        value = getattr(state, spec.name)
        if isinstance(value, list):
            if value:
                value[0] = "changed in place"
            value.append("appended")
        elif isinstance(value, dict):
            for key in value:
                value[key] = "changed in place"
            value["added"] = True
        else:
            setattr(state, spec.name, "reassigned")
    raise RuntimeError("mangled")


class _Watch:
    """A recorder rule before the mangler and a checker rule after it."""

    def __init__(self) -> None:
        self.before: dict[str, Any] | None = None
        self.after: dict[str, Any] | None = None

    def record(self, state: ParseState) -> None:
        self.before = _fields(state)

    def check(self, state: ParseState) -> None:
        self.after = _fields(state)


def _watched_rules(position: int, watch: _Watch) -> tuple[Rule, ...]:
    return (
        *RULES[:position],
        Rule("record", watch.record),
        Rule("mangler", _mangle_every_field_then_crash),
        Rule("check", watch.check),
        *RULES[position:],
    )


@pytest.mark.parametrize("position", range(len(RULES) + 1))
def test_crashing_rule_leaves_every_field_as_it_was(position: int) -> None:
    watch = _Watch()
    run(STORY, newsdoc.Config(), _watched_rules(position, watch))
    assert watch.before is not None and watch.after is not None
    crash = watch.after["problems"].pop()
    assert crash.code == "rule-crashed" and "'mangler'" in crash.message
    for name, value in watch.before.items():
        assert watch.after[name] == value, name


def test_the_story_fills_the_fields_the_check_compares() -> None:
    """Guard against a vacuous check: by the last rule most fields hold something."""
    watch = _Watch()
    run(STORY, newsdoc.Config(), _watched_rules(len(RULES), watch))
    assert watch.before is not None
    empty = {name for name, value in watch.before.items() if value in (None, [], {})}
    assert empty <= {"date_line_span", "captions", "problems"}, empty


def _crash(state: ParseState) -> None:
    state.headline = "should not survive"
    raise ValueError("first")


def _crash_again(state: ParseState) -> None:
    state.bylines.clear()
    raise KeyError("second")


def test_two_crashes_keep_both_problems_in_order_and_the_normal_findings() -> None:
    rules = (Rule("first", _crash), *RULES[:5], Rule("second", _crash_again), *RULES[5:])
    doc = run(STORY, newsdoc.Config(), rules)
    normal = run(STORY, newsdoc.Config())
    crashed = [p.message.split()[1] for p in doc.problems if p.code == "rule-crashed"]
    assert crashed == ["'first'", "'second'"]
    assert doc.problems[0].code == "rule-crashed"  # recorded before any rule found anything
    assert attrs.evolve(doc, problems=()) == attrs.evolve(normal, problems=())
    assert [p for p in doc.problems if p.code != "rule-crashed"] == list(normal.problems)


def test_a_crash_with_timings_is_rolled_back_too() -> None:
    timings: dict[str, float] = {}
    rules = (*RULES[:3], Rule("first", _crash), *RULES[3:])
    doc = run(STORY, newsdoc.Config(), rules, timings=timings)
    assert doc.headline == "Lighthouse keepers vote to strike"
    assert "first" in timings and "freeze" in timings


def test_disabled_rules_change_what_runs_between_documents() -> None:
    """The enabled-rule memo is keyed on the setting and on the rule tuple."""
    plain = newsdoc.Config()
    without_header = newsdoc.Config(disabled_rules=("header",))
    assert run(STORY, plain).headline is not None
    assert run(STORY, without_header).headline is None
    assert run(STORY, plain).headline is not None
    only_header = tuple(rule for rule in RULES if rule.name == "header")
    assert run(STORY, plain, only_header).quotes == ()
    assert run(STORY, plain).quotes != ()

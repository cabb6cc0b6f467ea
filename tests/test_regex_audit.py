"""Audit every regular expression in newsdoc for nested quantifiers (catastrophic backtracking).

Patterns are found two ways, so rules added later are audited too:
- every compiled ``re.Pattern`` held by a module of the package (also inside
  tuples, lists, sets and dicts at module level);
- every string literal passed to ``re.compile/search/match/fullmatch/sub/subn/
  split/findall/finditer`` anywhere in ``src/newsdoc``.

A pattern fails when a repeat that can run more than once (``*``, ``+``, ``{2,}``,
``{0,5}``...) contains another repeat of variable length, e.g. ``(a+)+`` or
``(\\w+\\s?)*``: on a near-miss such patterns can try exponentially (or a high
power) many ways to split the input.  Possessive repeats and atomic groups never
backtrack and are exempt.  A nested pattern that a person has checked to be
unambiguous may be listed in ``REVIEWED`` with the reason; the adversarial
benchmark (``benchmarks/adversarial.py``) then measures it.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsdoc

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

SRC = Path(newsdoc.__file__).resolve().parent
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}

REVIEWED: dict[str, str] = {
    # "pattern source": "why it cannot backtrack badly",
}

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_NO_BACKTRACK = {
    getattr(sre_constants, "POSSESSIVE_REPEAT", None),
    getattr(sre_constants, "ATOMIC_GROUP", None),
}


def nested_quantifiers(pattern: str, flags: int = 0) -> list[str]:
    """Descriptions of each variable-length repeat that sits inside a repeat that can run twice."""
    return list(_walk(sre_parse.parse(pattern, flags), outer=None))


def _walk(subpattern: Any, outer: str | None) -> Iterator[str]:
    for op, av in subpattern:
        if op in _NO_BACKTRACK:
            continue
        if op in _REPEATS:
            low, high, body = av
            shown = _bounds(low, high)
            if outer is not None and low != high:
                yield f"{shown} inside {outer}"
            yield from _walk(body, shown if high > 1 else outer)
        elif op == sre_constants.SUBPATTERN:
            yield from _walk(av[-1], outer)
        elif op == sre_constants.BRANCH:
            for branch in av[1]:
                yield from _walk(branch, outer)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            yield from _walk(av[1], outer)
        elif op == sre_constants.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    yield from _walk(branch, outer)


def _bounds(low: int, high: int) -> str:
    top = "" if high == sre_constants.MAXREPEAT else str(high)
    return f"{{{low},{top}}}"


# --- finding the patterns ---------------------------------------------------------------


def newsdoc_modules() -> list[Any]:
    modules = [newsdoc]
    for info in pkgutil.walk_packages(newsdoc.__path__, "newsdoc."):
        if info.name.endswith(".__main__"):
            continue  # importing it runs the command line
        modules.append(importlib.import_module(info.name))
    return modules


def compiled_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for module in newsdoc_modules():
        for name, value in vars(module).items():
            for item in _flatten(value):
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    yield f"{module.__name__}.{name}", item


def _flatten(value: Any) -> Iterator[Any]:
    yield value
    if isinstance(value, (tuple, list, set, frozenset)):
        yield from value
    elif isinstance(value, dict):
        yield from value.values()


def literal_patterns() -> Iterator[tuple[str, str, int]]:
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args):
                continue
            target = node.func.value
            if not (isinstance(target, ast.Name) and target.id == "re" and node.func.attr in RE_FUNCTIONS):
                continue
            source = _constant_string(node.args[0])
            if source is None:
                continue
            flags = re.VERBOSE if "VERBOSE" in ast.dump(node) or "re.X" in ast.unparse(node) else 0
            yield f"{path.relative_to(SRC)}:{node.lineno}", source, flags


def _constant_string(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _constant_string(node.left), _constant_string(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def all_patterns() -> list[tuple[str, str, int]]:
    found = {(where, p.pattern, p.flags & re.VERBOSE) for where, p in compiled_patterns()}
    found.update(literal_patterns())
    return sorted(found)


# --- the audit --------------------------------------------------------------------------


def test_the_audit_finds_patterns() -> None:
    places = {where for where, _pattern, _flags in all_patterns()}
    assert "newsdoc.parse.rules.header._HEADER" in places
    assert any(where.startswith("newsdoc.parse.rules.hygiene.") for where in places)


@pytest.mark.parametrize(
    "pattern",
    [r"(a+)+", r"(\w+\s?)*", r"(?:[A-Z][a-z]+ ?){1,5}", r"(x|y+)*z", r"((ab)*c)+", r"(?=(a+)+)"],
)
def test_the_audit_flags_nested_quantifiers(pattern: str) -> None:
    assert nested_quantifiers(pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+\s+\w+",
        r"(?:ab){2,5}",
        r"[a-z]{1,3}(?:-[a-z]{2})*",
        r"(?:a++)+",
        r"(?>a+)+",
        r"(a{3})+",
        r"[\s\S]*",
    ],
)
def test_the_audit_allows_flat_or_fixed_repeats(pattern: str) -> None:
    assert nested_quantifiers(pattern) == []


def test_no_nested_quantifiers_in_newsdoc() -> None:
    offenders = []
    for where, pattern, flags in all_patterns():
        if pattern in REVIEWED:
            continue
        for finding in nested_quantifiers(pattern, flags):
            offenders.append(f"{where}: {pattern!r}: {finding}")
    assert offenders == [], "nested quantifiers (see docs/robustness.md):\n" + "\n".join(offenders)

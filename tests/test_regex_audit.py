"""Audit every regular expression in newsdoc for ambiguous nested quantifiers.

Patterns are found two ways, so rules added later are audited too:
- every compiled ``re.Pattern`` held by a module of the package (also inside
  tuples, lists, sets and dicts at module level);
- every string literal passed to ``re.compile/search/match/fullmatch/sub/subn/
  split/findall/finditer`` anywhere in ``src/newsdoc``.

Catastrophic backtracking needs a repeat that can run more than once (``*``,
``+``, ``{0,5}``...) around a body that can split the same text in more than one
way: ``(a+)+`` or ``(\\w+\\s?)*``.  Each such *outer* repeat whose body holds a
variable-length repeat is accepted only when its iterations are *delimited*:

- the body starts with a character class D (exactly one character, or a run of
  D that the end of the body cannot continue) and nothing else in the body can
  match a D character -- e.g. ``(?:-\\w+)*`` or ``(?:[ \\t]{1,4}[A-Z]\\w*){0,5}``;
- or, symmetrically, the body ends with such a class -- e.g. ``(?:[ \\t]*[,.]){0,2}``;

and, inside the body, no variable-length repeat is directly followed by
something that can match the same characters (``\\w+\\w+``).  Possessive
repeats and atomic groups never backtrack and are exempt.  Character classes are
compared on a sample alphabet (ASCII plus typical non-ASCII letters, digits,
spaces, dashes and quote marks).  A pattern a person has checked can be listed in
``REVIEWED`` with the reason; ``benchmarks/adversarial.py`` measures the rest.
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

C = sre_constants
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT}
_NO_BACKTRACK = {getattr(C, "POSSESSIVE_REPEAT", None), getattr(C, "ATOMIC_GROUP", None)} - {None}
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_LEAVES = {C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN}

ALPHABET = frozenset(
    [chr(i) for i in range(0x20, 0x7F)]
    + list("\t\n\r\x0b\x0c\x00\x1f\x85\xa0\u2028\u3000")
    + list("éÉßñÑЖж中٣²–—―‒‘’“”«»„‚´`\x97\u200b")
)
_CATEGORY_PATTERNS = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}
CharSet = frozenset[str]


def _category(char: str, code: Any) -> bool:
    pattern = _CATEGORY_PATTERNS.get(code)
    return True if pattern is None else re.fullmatch(pattern, char) is not None


def _variants(char: str, icase: bool) -> set[str]:
    if not icase:
        return {char}
    return {v for v in (char, char.lower(), char.upper()) if len(v) == 1}


def _leaf_set(op: Any, av: Any, icase: bool) -> CharSet:
    """The sample characters one single-character element can match."""
    if op is C.LITERAL or op is C.NOT_LITERAL:
        hits = {c for c in ALPHABET if _variants(c, icase) & {chr(av)}}
        return frozenset(hits if op is C.LITERAL else ALPHABET - hits)
    if op is C.ANY:
        return ALPHABET
    negate = any(item_op is C.NEGATE for item_op, _ in av)
    hits = {
        c
        for c in ALPHABET
        if any(_in_item(v, item_op, item_av) for v in _variants(c, icase) for item_op, item_av in av)
    }
    return frozenset(ALPHABET - hits if negate else hits)


def _in_item(char: str, op: Any, av: Any) -> bool:
    if op is C.LITERAL:
        return char == chr(av)
    if op is C.RANGE:
        return av[0] <= ord(char) <= av[1]
    if op is C.CATEGORY:
        return _category(char, av)
    return False


class Shape:
    """What a piece of pattern can start and end with, and whether it can match nothing."""

    def __init__(self, first: CharSet, last: CharSet, nullable: bool) -> None:
        self.first, self.last, self.nullable = first, last, nullable


def _shape(items: Any, icase: bool) -> Shape:
    first: set[str] = set()
    last: set[str] = set()
    shapes = [_item_shape(op, av, icase) for op, av in items]
    for shape in shapes:
        first |= shape.first
        if not shape.nullable:
            break
    for shape in reversed(shapes):
        last |= shape.last
        if not shape.nullable:
            break
    return Shape(frozenset(first), frozenset(last), all(s.nullable for s in shapes))


def _item_shape(op: Any, av: Any, icase: bool) -> Shape:
    if op in _LEAVES:
        chars = _leaf_set(op, av, icase)
        return Shape(chars, chars, False)
    if op in _REPEATS or op == getattr(C, "POSSESSIVE_REPEAT", None):
        body = _shape(av[2], icase)
        return Shape(body.first, body.last, av[0] == 0 or body.nullable)
    if op is C.SUBPATTERN:
        return _shape(av[3], icase or bool(av[1] & re.IGNORECASE))
    if op is C.BRANCH:
        shapes = [_shape(branch, icase) for branch in av[1]]
        return Shape(
            frozenset().union(*(s.first for s in shapes)),
            frozenset().union(*(s.last for s in shapes)),
            any(s.nullable for s in shapes),
        )
    if op == getattr(C, "ATOMIC_GROUP", None):
        return _shape(av, icase)
    if op is C.GROUPREF_EXISTS:
        shapes = [_shape(b, icase) for b in av[1:] if b is not None]
        return (
            Shape(ALPHABET, ALPHABET, True)
            if not shapes
            else Shape(
                frozenset().union(*(s.first for s in shapes)),
                frozenset().union(*(s.last for s in shapes)),
                True,
            )
        )
    if op is C.GROUPREF:
        return Shape(ALPHABET, ALPHABET, True)
    return Shape(frozenset(), frozenset(), True)  # anchors and look-arounds consume nothing


def ambiguous_repeats(pattern: str, flags: int = 0) -> list[str]:
    """Descriptions of each repeat whose iterations could split the same text in several ways."""
    parsed = sre_parse.parse(pattern, flags)
    icase = bool(parsed.state.flags & re.IGNORECASE)
    return list(_walk(parsed, icase, inside=False))


def _walk(items: Any, icase: bool, inside: bool) -> Iterator[str]:
    items = list(items)
    if inside:
        yield from _adjacent_overlaps(items, icase)
    for op, av in items:
        if op in _NO_BACKTRACK:
            continue
        if op in _REPEATS:
            low, high, body = av
            repeats_twice = high > 1
            if repeats_twice and _has_variable_repeat(body):
                problem = _undelimited(list(body), icase)
                if problem:
                    yield f"{_bounds(low, high)} around {problem}"
            yield from _walk(body, icase, inside or repeats_twice)
        elif op is C.SUBPATTERN:
            yield from _walk(av[3], icase or bool(av[1] & re.IGNORECASE), inside)
        elif op is C.BRANCH:
            for branch in av[1]:
                yield from _walk(branch, icase, inside)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            yield from _walk(av[1], icase, inside)
        elif op is C.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    yield from _walk(branch, icase, inside)


def _has_variable_repeat(items: Any) -> bool:
    for op, av in items:
        if op in _NO_BACKTRACK:
            continue
        if op in _REPEATS and (av[0] != av[1] or _has_variable_repeat(av[2])):
            return True
        if op is C.SUBPATTERN and _has_variable_repeat(av[3]):
            return True
        if op is C.BRANCH and any(_has_variable_repeat(b) for b in av[1]):
            return True
    return False


def _unwrap(items: list[Any], icase: bool) -> tuple[list[Any], bool]:
    """A body that is one group stands for its contents (and the group's case flag)."""
    while len(items) == 1 and items[0][0] is C.SUBPATTERN:
        icase = icase or bool(items[0][1][1] & re.IGNORECASE)
        items = list(items[0][1][3])
    return items, icase


def _undelimited(body: list[Any], icase: bool) -> str | None:
    """None when iterations of ``body`` have unique boundaries, else why not."""
    items, icase = _unwrap(body, icase)
    shape = _shape(items, icase)
    if shape.nullable:
        return "a body that can match nothing"
    consuming = [i for i, (op, _av) in enumerate(items) if op not in _ZERO_WIDTH]
    for end, position in (("start", consuming[0]), ("end", consuming[-1])):
        delimiter = _delimiter(items[position], icase, shape.last if end == "start" else shape.first)
        if delimiter is None:
            continue
        others = frozenset().union(*(_chars(items[i : i + 1], icase) for i in consuming if i != position))
        if not delimiter & others:
            return None
    return "a body with no delimiter at its start or end (iterations can split text in several ways)"


def _delimiter(item: Any, icase: bool, other_end: CharSet) -> CharSet | None:
    """The class D if ``item`` is one D character, or a run of D the other end cannot continue."""
    op, av = item
    if op in _LEAVES:
        return _leaf_set(op, av, icase)
    if op in _REPEATS and len(av[2]) == 1 and av[2][0][0] in _LEAVES and av[0] >= 1:
        chars = _leaf_set(*av[2][0], icase)
        if av[0] == av[1] == 1 or not chars & other_end:
            return chars
    return None


def _chars(items: Any, icase: bool) -> CharSet:
    """Every sample character any consuming element of ``items`` can match (look-arounds excluded)."""
    found: set[str] = set()
    for op, av in items:
        if op in _LEAVES:
            found |= _leaf_set(op, av, icase)
        elif op in _REPEATS or op == getattr(C, "POSSESSIVE_REPEAT", None):
            found |= _chars(av[2], icase)
        elif op is C.SUBPATTERN:
            found |= _chars(av[3], icase or bool(av[1] & re.IGNORECASE))
        elif op is C.BRANCH:
            for branch in av[1]:
                found |= _chars(branch, icase)
        elif op == getattr(C, "ATOMIC_GROUP", None):
            found |= _chars(av, icase)
        elif op in (C.GROUPREF, C.GROUPREF_EXISTS):
            found |= ALPHABET
    return frozenset(found)


def _adjacent_overlaps(items: list[Any], icase: bool) -> Iterator[str]:
    """A variable repeat directly followed by something matching the same characters: ``\\w+\\w+``."""
    for index, (op, av) in enumerate(items):
        if op not in _REPEATS or av[0] == av[1]:
            continue
        follow = _shape(items[index + 1 :], icase).first
        overlap = _shape([items[index]], icase).last & follow
        if overlap:
            sample = "".join(sorted(overlap)[:5])
            yield f"{_bounds(av[0], av[1])} followed by something that also matches {sample!r}"


def _bounds(low: int, high: int) -> str:
    top = "" if high == C.MAXREPEAT else str(high)
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
    [
        r"(a+)+",
        r"(\w+\s?)*",
        r"(?:[A-Za-z][a-z]+ ?){1,5}",
        r"(?i:[A-Z][a-z]+ ?){1,5}",
        r"(x|y+)*z",
        r"(?:a*a)*",
        r"(?:\w+\w+,)*",
        r"(?:a*)*",
        r"(?=(a+)+)",
        r"(?:[ \t]*\s)+",
        r"(?:\d+[.,]?)+",
        r"(?:[A-Z]\w*\s?)+",
    ],
)
def test_the_audit_flags_ambiguous_nesting(pattern: str) -> None:
    assert ambiguous_repeats(pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+\s+\w+",
        r"(?:ab){2,5}",
        r"[a-z]{1,3}(?:-[a-z]{2})*",
        r"(?:a++)+",
        r"(?>a+)+",
        r"(a{3})+",
        r"\w+(?:['’\-]\w+)*",
        r"(?:[A-Z][a-z]+ ?){1,5}",
        r"(?:[ \t]{1,4}[A-Z]\w*){0,5}",
        r"(?:[ \t]*[,.]){0,2}",
        r"((ab)*c)+",
        r"[A-Z][\w.&-]*(?:[ \t][A-Z][\w.&-]*){0,2}?",
        r"(?:\s*,\s*\w+)*",
    ],
)
def test_the_audit_allows_delimited_or_flat_repeats(pattern: str) -> None:
    assert ambiguous_repeats(pattern) == []


def test_no_ambiguous_nested_quantifiers_in_newsdoc() -> None:
    offenders = []
    for where, pattern, flags in all_patterns():
        if pattern in REVIEWED:
            continue
        findings = sorted(set(ambiguous_repeats(pattern, flags)))
        if findings:
            shown = pattern if len(pattern) <= 120 else pattern[:117] + "..."
            offenders.append(f"{where}: {shown!r}: {'; '.join(findings)}")
    assert offenders == [], "ambiguous nested quantifiers (see docs/robustness.md):\n" + "\n".join(offenders)

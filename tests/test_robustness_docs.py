"""Every problem code the source can emit is documented in docs/robustness.md."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import newsdoc

SRC = Path(newsdoc.__file__).resolve().parent
DOC = Path(__file__).resolve().parent.parent / "docs" / "robustness.md"


def emitted_codes() -> Iterator[tuple[str, str]]:
    """(code, where) for literal codes passed to ``.problem(...)``, ``Problem(...)`` or ``_report(...)``."""
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "append":
                yield from _appended_problem_tuple(node, path)
                continue
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            position = {"problem": 0, "Problem": 0, "_report": 1}.get(name)
            if position is None:
                continue
            candidates = [kw.value for kw in node.keywords if kw.arg == "code"]
            if len(node.args) > position:
                candidates.append(node.args[position])
            for arg in candidates:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    yield arg.value, f"{path.relative_to(SRC)}:{node.lineno}"


def _appended_problem_tuple(node: ast.Call, path: Path) -> Iterator[tuple[str, str]]:
    """``problems.append(("code", message, span))``: rules that collect problems before recording them."""
    target = node.func.value if isinstance(node.func, ast.Attribute) else None
    name = (
        target.id
        if isinstance(target, ast.Name)
        else target.attr
        if isinstance(target, ast.Attribute)
        else ""
    )
    if "problem" not in name or not node.args or not isinstance(node.args[0], ast.Tuple):
        return
    first = node.args[0].elts[0] if node.args[0].elts else None
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        yield first.value, f"{path.relative_to(SRC)}:{node.lineno}"


def documented_codes() -> set[str]:
    return set(re.findall(r"^\| `([a-z0-9-]+)` \|", DOC.read_text(encoding="utf-8"), flags=re.MULTILINE))


def test_the_scan_finds_codes() -> None:
    codes = {code for code, _where in emitted_codes()}
    assert {"rule-crashed", "mojibake", "bad-header-date", "ambiguous-speaker"} <= codes


def test_every_problem_code_is_documented() -> None:
    missing = sorted(
        {f"{code} ({where})" for code, where in emitted_codes() if code not in documented_codes()}
    )
    assert missing == [], "add these codes to the table in docs/robustness.md"

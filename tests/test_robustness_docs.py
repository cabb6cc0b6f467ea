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


def documented_codes() -> set[str]:
    return set(re.findall(r"^\| `([a-z0-9-]+)` \|", DOC.read_text(encoding="utf-8"), flags=re.MULTILINE))


def test_the_scan_finds_codes() -> None:
    codes = {code for code, _where in emitted_codes()}
    assert {"rule-crashed", "mojibake", "bad-header-date"} <= codes


def test_every_problem_code_is_documented() -> None:
    missing = sorted(
        {f"{code} ({where})" for code, where in emitted_codes() if code not in documented_codes()}
    )
    assert missing == [], "add these codes to the table in docs/robustness.md"

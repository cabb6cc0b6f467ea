"""The optional mypyc-compiled build: the backend's switches, and same output as pure Python."""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from types import ModuleType

import pytest

import newsdoc
from conftest import CORPUS, ROOT, SEED
from newsdoc.api import read_text
from newsdoc.parse import rule_names
from query_fixtures import BUDGET, FERRY, STORM
from robust_docs import HOSTILE
from scale_fixtures import MAYOR_TEXT


def _backend() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "newsdoc_build", ROOT / "build_backend" / "newsdoc_build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1", True), ("true", True), (" YES ", True), ("on", True), ("0", False), ("", False), ("no", False)],
)
def test_compile_is_requested_only_by_a_true_value(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: bool
) -> None:
    monkeypatch.setenv("NEWSDOC_COMPILE", value)
    assert _backend().compile_requested() is expected


def test_compiled_wheel_asks_for_mypy_and_a_pure_one_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    backend = _backend()
    monkeypatch.chdir(ROOT)  # setuptools reads setup.py from the working directory
    monkeypatch.setenv("NEWSDOC_COMPILE", "1")
    compiled = backend.get_requires_for_build_wheel()
    assert any(requirement.startswith("mypy") for requirement in compiled)
    assert os.environ["NEWSDOC_COMPILE"] == "1"  # restored after setuptools' own pure run
    monkeypatch.setenv("NEWSDOC_COMPILE", "0")
    assert not any(requirement.startswith("mypy") for requirement in backend.get_requires_for_build_wheel())


def test_editable_installs_are_never_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    backend = _backend()
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NEWSDOC_COMPILE", "1")
    requirements = backend.get_requires_for_build_editable()
    assert not any(requirement.startswith("mypy") for requirement in requirements)
    assert backend.compile_requested() is False


def test_compiled_modules_names_exactly_the_extension_modules_loaded() -> None:
    compiled = set(newsdoc.compiled_modules())
    parse_modules = [name for name in sys.modules if name.startswith("newsdoc.parse")]
    assert "newsdoc.parse.attribution" in parse_modules
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    for name in parse_modules:
        location = getattr(sys.modules[name], "__file__", None) or ""
        assert location.endswith(suffixes) == (name in compiled), name


def test_version_names_the_build(capsys: pytest.CaptureFixture[str]) -> None:
    from newsdoc.cli import main

    assert main(["--version"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"newsdoc {newsdoc.__version__} (")
    assert ("compiled (mypyc)" in printed) == bool(newsdoc.compiled_modules())


# --------------------------------------------------------------------------- a real compiled build


def _can_compile() -> str | None:
    """Why a C extension cannot be built here, or None when it can."""
    if importlib.util.find_spec("mypyc") is None:
        return "mypyc (part of mypy) is not installed"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "no Python headers"
    return None


def _sample_texts() -> list[str]:
    """The seed, the wire-style fixtures, and every 25th corpus article when the corpus is here."""
    texts = [read_text(SEED), FERRY, STORM, BUDGET, MAYOR_TEXT, HOSTILE + "\n\n" + FERRY, ""]
    if CORPUS.is_dir():
        paths = sorted(CORPUS.rglob("*.txt"))
        texts += [read_text(path) for path in paths[::25]]
    return texts


# Classes the parse builds by the thousand.  Compiled, a dataclass keeps the __init__
# that dataclasses writes at import time, which runs in the interpreter; these write
# their own, which mypyc compiles (the compiled build was 4% slower without it).
HOT_CLASSES = [
    "newsdoc.parse.attribution:Found",
    "newsdoc.parse.attribution:ParagraphQuotes",
    "newsdoc.parse.attribution:CueSite",
    "newsdoc.parse.state:Block",
    "newsdoc.parse.state:ParseState",
    "newsdoc.parse.quotemarks:Region",
]

# Functions that build the model's objects (plain Python classes) from compiled code: each
# must itself be compiled, or it would be slower than the class's own __init__.
HOT_BUILDERS = [
    "newsdoc.parse.state:new_span",
    "newsdoc.parse.state:new_paragraph",
    "newsdoc.parse.state:new_quote",
    "newsdoc.parse.state:new_dateline",
    "newsdoc.parse.state:new_person",
    "newsdoc.parse.state:new_tail",
    "newsdoc.parse.state:new_problem",
]


def _hot_class(name: str) -> type:
    module_name, _, class_name = name.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    assert isinstance(cls, type)
    return cls


@pytest.mark.parametrize("name", HOT_CLASSES)
def test_hot_classes_write_their_own_init(name: str) -> None:
    cls = _hot_class(name)
    if newsdoc.compiled_modules():
        pytest.skip("the source of a compiled __init__ is not inspectable")
    init = cls.__dict__["__init__"]
    assert init.__code__.co_filename == sys.modules[cls.__module__].__file__  # not "<string>"
    assert init.__qualname__ == f"{cls.__qualname__}.__init__"


_RUN_COMPILED = """
import importlib, json, sys
import newsdoc
from newsdoc.parse import rule_names
texts = json.load(open(sys.argv[1], encoding="utf-8"))
def interpreted(name):
    module_name, _, attribute = name.partition(":")
    found = getattr(importlib.import_module(module_name), attribute)
    code = found.__dict__["__init__"] if isinstance(found, type) else found
    return type(code).__name__ == "function"
print(json.dumps({
    "compiled": newsdoc.compiled_modules(),
    "rules": rule_names(),
    "interpreted": [name for name in sys.argv[2:] if interpreted(name)],
    "docs": [newsdoc.to_json(newsdoc.parse(text)) for text in texts],
}))
"""


@pytest.mark.slow
def test_compiled_build_gives_the_same_documents(tmp_path: Path) -> None:
    reason = _can_compile()
    if reason is not None:
        pytest.skip(reason)
    compiled_src = _backend().compile_copy(ROOT, tmp_path)
    texts = _sample_texts()
    inputs = tmp_path / "texts.json"
    inputs.write_text(json.dumps(texts), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-c", _RUN_COMPILED, str(inputs), *HOT_CLASSES, *HOT_BUILDERS],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(compiled_src)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    compiled = json.loads(run.stdout)
    setup_source = (ROOT / "setup.py").read_text(encoding="utf-8")
    assert len(compiled["compiled"]) == setup_source.count('"src/newsdoc/parse/')
    assert "newsdoc.parse.attribution" in compiled["compiled"]
    assert compiled["rules"] == list(rule_names())
    assert compiled["interpreted"] == []  # every hot __init__ and builder compiled
    expected = [newsdoc.to_json(newsdoc.parse(text)) for text in texts]
    assert compiled["docs"] == expected

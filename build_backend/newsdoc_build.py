"""newsdoc's PEP 517 build backend: setuptools, plus an optional mypyc-compiled build.

``NEWSDOC_COMPILE=1 pip install .`` (or ``python -m build``) compiles the hot
parse modules listed in ``setup.py`` with mypyc into C extensions; without the
variable the build is pure Python, as usual.  The compiled build needs a C
compiler; its extra build requirements (mypy and the packages the parse
modules import, which mypyc type-checks) are asked for only then.

Editable installs are always pure Python: compiled modules would sit next to
the sources in ``src/`` and silently shadow every later edit.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (
    build_sdist,
    build_wheel,
    get_requires_for_build_sdist,
)

COMPILE_VARIABLE = "NEWSDOC_COMPILE"
COMPILE_REQUIRES = [
    "mypy>=2.4",  # the mypyc this build was tested with
    "attrs>=23.1",
    "cattrs>=23.2",
    "python-dateutil>=2.8",
    "types-python-dateutil",
]


def compile_requested() -> bool:
    """Whether the environment asks for the mypyc-compiled build."""
    return os.environ.get(COMPILE_VARIABLE, "").strip().lower() in {"1", "true", "yes", "on"}


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    """setuptools' requirements, plus mypyc's when compiling.

    setuptools runs ``setup.py`` to find its requirements, before mypyc can be
    installed, so that run is made as a pure build.
    """
    compiling = compile_requested()
    os.environ[COMPILE_VARIABLE] = "0"
    try:
        plain: list[str] = _setuptools.get_requires_for_build_wheel(config_settings)
    finally:
        os.environ[COMPILE_VARIABLE] = "1" if compiling else "0"
    return [*plain, *(COMPILE_REQUIRES if compiling else [])]


def prepare_metadata_for_build_wheel(
    metadata_directory: str, config_settings: dict[str, Any] | None = None
) -> str:
    """The metadata does not depend on the extensions: skip mypyc's type check here."""
    compiling = compile_requested()
    os.environ[COMPILE_VARIABLE] = "0"
    try:
        return str(_setuptools.prepare_metadata_for_build_wheel(metadata_directory, config_settings))
    finally:
        os.environ[COMPILE_VARIABLE] = "1" if compiling else "0"


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    os.environ[COMPILE_VARIABLE] = "0"
    return list(_setuptools.get_requires_for_build_editable(config_settings))


def prepare_metadata_for_build_editable(
    metadata_directory: str, config_settings: dict[str, Any] | None = None
) -> str:
    os.environ[COMPILE_VARIABLE] = "0"
    return str(_setuptools.prepare_metadata_for_build_editable(metadata_directory, config_settings))


def build_editable(
    wheel_directory: str,
    config_settings: dict[str, Any] | None = None,
    metadata_directory: str | None = None,
) -> str:
    os.environ[COMPILE_VARIABLE] = "0"
    return str(_setuptools.build_editable(wheel_directory, config_settings, metadata_directory))


def compile_copy(root: Path, target: Path, *, timeout: float = 900.0, python: str | None = None) -> Path:
    """Copy the project at ``root`` to ``target`` and compile it in place; returns ``target / "src"``.

    For the equivalence test and the compiled-build benchmark: put the returned
    directory first on ``PYTHONPATH`` to import the compiled newsdoc next to the
    pure one in ``root / "src"``.  ``python`` is the interpreter to build for (the
    extensions only load in the interpreter they were built by; default: this one).
    Raises ``RuntimeError`` with the compiler's output when the build fails (no C
    compiler, no Python headers, no mypyc).
    """
    for name in ("src", "build_backend"):
        shutil.copytree(root / name, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(root / name, target / name)
    build = subprocess.run(
        [python or sys.executable, "setup.py", "-q", "build_ext", "--inplace"],
        cwd=target,
        env={**os.environ, COMPILE_VARIABLE: "1"},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if build.returncode != 0:
        raise RuntimeError(f"compiled build failed:\n{build.stdout[-3000:]}{build.stderr[-3000:]}")
    return target / "src"


__all__ = [
    "build_editable",
    "build_sdist",
    "build_wheel",
    "compile_copy",
    "get_requires_for_build_editable",
    "get_requires_for_build_sdist",
    "get_requires_for_build_wheel",
    "prepare_metadata_for_build_editable",
    "prepare_metadata_for_build_wheel",
]

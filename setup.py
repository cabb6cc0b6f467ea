"""Extension modules for the optional compiled build (see build_backend/newsdoc_build.py).

Everything else about the package lives in pyproject.toml.  With
``NEWSDOC_COMPILE=1`` the modules in :data:`COMPILED` are compiled with mypyc;
the ``.py`` sources ship beside them, and Python falls back to them for any
module left out.  Without the variable this file adds nothing.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "build_backend"))
from newsdoc_build import compile_requested

COMPILED = [
    "src/newsdoc/parse/__init__.py",
    "src/newsdoc/parse/state.py",
    "src/newsdoc/parse/attribution.py",
    "src/newsdoc/parse/cues.py",
    "src/newsdoc/parse/namedata.py",
    "src/newsdoc/parse/people.py",
    "src/newsdoc/parse/quotemarks.py",
    "src/newsdoc/parse/wire.py",
    "src/newsdoc/parse/rules/bylines.py",
    "src/newsdoc/parse/rules/captions.py",
    "src/newsdoc/parse/rules/date_line.py",
    "src/newsdoc/parse/rules/dateline.py",
    "src/newsdoc/parse/rules/header.py",
    "src/newsdoc/parse/rules/hygiene.py",
    "src/newsdoc/parse/rules/paragraphs.py",
    "src/newsdoc/parse/rules/quote_support.py",
    "src/newsdoc/parse/rules/speakers.py",
    "src/newsdoc/parse/rules/tails.py",
]
"""The parse hot path: the pipeline, its state, every rule module and what the quote rules lean on."""


def extension_modules() -> list[object]:
    if not compile_requested():
        return []
    from mypyc.build import mypycify

    return list(mypycify(COMPILED, opt_level="3", group_name="newsdoc_compiled"))


setup(ext_modules=extension_modules())

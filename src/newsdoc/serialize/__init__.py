"""Output formats behind a small registry: one module per format.

A format is a module ``newsdoc.serialize.<name>`` that defines ``FORMAT``, a
:class:`Format`.  :func:`dumps` imports it on first use, so adding a format is
adding one file.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Any

from attrs import frozen

from newsdoc.errors import UnknownFormatError
from newsdoc.model import Document


@frozen
class Format:
    """A named renderer from a Document to text."""

    name: str
    dump: Callable[..., str]
    media_type: str = "text/plain"
    extension: str = "txt"
    description: str = ""


_REGISTRY: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    """Register (or replace) a format under its name."""
    _REGISTRY[fmt.name] = fmt
    return fmt


def _unknown(name: str) -> UnknownFormatError:
    return UnknownFormatError(f"unknown format {name!r}; known: {', '.join(format_names())}")


def get_format(name: str) -> Format:
    """The format called ``name``, importing its module on first use."""
    if name not in _REGISTRY:
        if not name.isidentifier() or name.startswith("_"):
            raise _unknown(name)
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError:
            raise _unknown(name) from None
        fmt = getattr(module, "FORMAT", None)
        if not isinstance(fmt, Format):
            raise _unknown(name)
        register(fmt)
    return _REGISTRY[name]


def format_names() -> list[str]:
    """Every available format name (registered or importable)."""
    names = set(_REGISTRY)
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            names.add(info.name)
    return sorted(names)


def dumps(doc: Document, format: str = "json", **options: Any) -> str:  # noqa: A002
    """Render ``doc`` in ``format`` (``json``, ``ninjs``, ``nitf``, ...)."""
    if not isinstance(doc, Document):
        raise TypeError(f"dumps() needs a newsdoc.Document, not {type(doc).__name__}")
    return get_format(format).dump(doc, **options)

"""newsdoc's own JSON: a lossless round trip through cattrs (orjson when installed)."""

from __future__ import annotations

import contextvars
import datetime as dt
import json as _stdjson
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from newsdoc.errors import SerializationError
from newsdoc.model import Document, Span
from newsdoc.serialize import Format

try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - orjson is optional
    _orjson = None  # type: ignore[assignment]


def _make_converter(*, detailed: bool = True) -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    converter.register_structure_hook(dt.date, _structure_date)
    return converter


def _structure_date(value: Any, _type: type) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {type(value).__name__}")
    return dt.date.fromisoformat(value)


converter = _make_converter()
"""Builds documents with detailed validation: its errors carry each bad field's path."""
fast_converter = _make_converter(detailed=False)
"""Faster, but its errors name no field: :func:`from_dict` tries it first and asks
:data:`converter` why on failure.  It checks spans against the text length set by
:func:`from_dict`; call :func:`from_dict` or :func:`from_json`, not this converter."""

_TEXT_LENGTH: contextvars.ContextVar[int] = contextvars.ContextVar("_TEXT_LENGTH", default=sys.maxsize)


def _checked_span(value: Any, _type: type) -> Span:
    """A Span checked as :func:`_check_spans` checks it, built without running the checks twice."""
    if type(value) is not dict or len(value) != 2:
        raise TypeError("not a span")
    start = value["start"]
    end = value["end"]
    if type(start) is not int or type(end) is not int or not 0 <= start <= end <= _TEXT_LENGTH.get():
        raise ValueError("bad span")
    span: Span = _new(Span)
    _set(span, "start", start)
    _set(span, "end", end)
    return span


_new = object.__new__
_set = object.__setattr__


def _is_optional(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args


def _optional_hook(converter: cattrs.Converter, tp: Any) -> Callable[[Any, Any], Any]:
    """``X | None`` without cattrs' per-value dispatch on the union."""
    inner = next(arg for arg in typing.get_args(tp) if arg is not type(None))
    structure_inner = converter.structure

    def structure(value: Any, _type: Any) -> Any:
        return None if value is None else structure_inner(value, inner)

    return structure


fast_converter.register_structure_hook(Span, _checked_span)
fast_converter.register_structure_hook_factory(_is_optional, lambda tp: _optional_hook(fast_converter, tp))


def _fast_structure(data: dict[str, Any]) -> Document | None:
    """The document, or None when anything is wrong (the detailed path then says what)."""
    text = data.get("text")
    limit = _TEXT_LENGTH.set(len(text) if isinstance(text, str) else sys.maxsize)
    try:
        doc: Document = fast_converter.structure(data, Document)
    except Exception:
        return None
    finally:
        _TEXT_LENGTH.reset(limit)
    return doc


def to_dict(doc: Document) -> dict[str, Any]:
    """The document as plain JSON-ready data."""
    data: dict[str, Any] = fast_converter.unstructure(doc)
    return data


def from_dict(data: Any) -> Document:
    """Validate plain data and build a Document; errors name the bad field's path."""
    if not isinstance(data, dict):
        raise SerializationError(f"expected a JSON object, got {type(data).__name__}")
    fast = _fast_structure(data)
    if fast is not None:
        return fast
    _check_spans(data)
    try:
        doc = converter.structure(data, Document)
    except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError) as exc:
        path, message = _first_error(exc)
        raise SerializationError(message, path) from None
    except (TypeError, ValueError, KeyError) as exc:
        raise SerializationError(str(exc)) from None
    return doc


def _first_error(exc: BaseException, prefix: str = "") -> tuple[str, str]:
    """Walk a cattrs exception group down to the first leaf and its field path."""
    if isinstance(exc, ForbiddenExtraKeysError):
        return prefix, f"unknown fields {sorted(exc.extra_fields)}"
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        for sub in exc.exceptions:
            step = ""
            for note in getattr(sub, "__notes__", []):
                name = getattr(note, "name", None)
                index = getattr(note, "index", None)
                if name is not None:
                    step = f".{name}" if prefix else str(name)
                elif index is not None:
                    step = f"[{index}]"
            return _first_error(sub, prefix + step)
    if isinstance(exc, KeyError):
        return prefix, f"missing required field {exc}"
    return prefix, str(exc) or type(exc).__name__


def _check_spans(data: dict[str, Any]) -> None:
    """Reject malformed spans and spans outside ``text`` before building anything."""
    text = data.get("text")
    limit = len(text) if isinstance(text, str) else None
    found: list[tuple[str, dict[str, Any]]] = []
    _collect_spans(data, "", found)
    for path, span in found:
        for key in ("start", "end"):
            value = span[key]
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise SerializationError(f"expected a non-negative integer, got {value!r}", f"{path}.{key}")
        if span["end"] < span["start"]:
            raise SerializationError(f"span ends before it starts ({span['start']} > {span['end']})", path)
        if limit is not None and span["end"] > limit:
            raise SerializationError(
                f"span ends at {span['end']}, outside the text (length {limit})", f"{path}.end"
            )


def _collect_spans(value: Any, path: str, found: list[tuple[str, dict[str, Any]]]) -> None:
    if isinstance(value, dict):
        if len(value) == 2 and "start" in value and "end" in value:
            found.append((path, value))
            return
        for key, item in value.items():
            _collect_spans(item, f"{path}.{key}" if path else str(key), found)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _collect_spans(item, f"{path}[{index}]", found)


def to_json(doc: Document, *, pretty: bool = False) -> str:
    """Serialise a document to newsdoc JSON; ``from_json(to_json(d)) == d``."""
    if not isinstance(doc, Document):
        raise TypeError(f"to_json() needs a newsdoc.Document, not {type(doc).__name__}")
    data = to_dict(doc)
    if _orjson is not None:
        option = _orjson.OPT_INDENT_2 if pretty else 0
        return _orjson.dumps(data, option=option).decode("utf-8")
    return _stdjson.dumps(data, ensure_ascii=False, indent=2 if pretty else None)


def from_json(s: str | bytes) -> Document:
    """Parse newsdoc JSON back into a Document, validating every field."""
    if not isinstance(s, (str, bytes, bytearray)):
        raise TypeError(f"from_json() needs str or bytes, not {type(s).__name__}")
    try:
        data = _orjson.loads(s) if _orjson is not None else _stdjson.loads(s)
    except ValueError as exc:
        raise SerializationError(f"invalid JSON: {exc}") from None
    return from_dict(data)


def _dump(doc: Document, *, pretty: bool = False) -> str:
    return to_json(doc, pretty=pretty)


FORMAT = Format(
    "json", _dump, media_type="application/json", extension="json", description="newsdoc's own lossless JSON"
)

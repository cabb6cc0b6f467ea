"""newsdoc's own JSON: a lossless round trip through cattrs (orjson when installed)."""

from __future__ import annotations

import contextvars
import datetime as dt
import importlib
import json as _stdjson
import math
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from newsdoc.errors import SerializationError
from newsdoc.model import Document, Span
from newsdoc.serialize import Format
from newsdoc.serialize._jsontext import utf8_json


def _optional_orjson() -> Any:
    """orjson when installed (the ``fast`` extra), else None.

    Imported by name so the type check gives the same answer with or without it
    (the compiled build type-checks in an environment that lacks it).
    """
    try:
        return importlib.import_module("orjson")
    except ImportError:  # pragma: no cover - orjson is optional
        return None


_orjson = _optional_orjson()


def _make_converter(*, detailed: bool = True) -> cattrs.Converter:
    """A converter that never coerces: a number is not a string, a string is not a list.

    cattrs' defaults call ``str()``, ``int()`` and ``tuple()`` on whatever they get,
    which would turn ``"text": 5`` into ``"5"`` and ``"aliases": "abc"`` into three
    names; untrusted JSON must be rejected instead, with the path of the field.
    ``detailed=False`` accepts and rejects exactly the same data, faster, but its
    errors do not say where.
    """
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(bool, _structure_bool)
    tuple_hook = _tuple_hook if detailed else _plain_tuple_hook
    converter.register_structure_hook_factory(_is_homogeneous_tuple, lambda tp: tuple_hook(converter, tp))
    converter.register_structure_hook_factory(attrs.has, lambda cls: _record_hook(converter, cls, detailed))
    return converter


def _structure_date(value: Any, _type: type) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {type(value).__name__}")
    if len(value) != 10:
        raise ValueError(f"expected a date as YYYY-MM-DD, got {value[:40]!r}")
    return dt.date.fromisoformat(value)


def _structure_str(value: Any, _type: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def _structure_int(value: Any, _type: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def _structure_float(value: Any, _type: type) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"expected a finite number, got {value!r}")
    return number


def _structure_bool(value: Any, _type: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {type(value).__name__}")
    return value


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(converter: cattrs.Converter, tp: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
    """Structure ``tuple[X, ...]`` from a JSON array only, naming the index of a bad item."""
    item_type = typing.get_args(tp)[0]

    def structure(value: Any, _type: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected a JSON array, got {type(value).__name__}")
        items = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(converter.structure(item, item_type))
            except Exception as exc:
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    IterableValidationNote("item", index, item_type),
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {tp!r}", errors, tp)
        return tuple(items)

    return structure


def _plain_tuple_hook(converter: cattrs.Converter, tp: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
    """:func:`_tuple_hook` without the bookkeeping for error paths."""
    item_type = typing.get_args(tp)[0]
    structure_item = converter.structure

    def structure(value: Any, _type: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected a JSON array, got {type(value).__name__}")
        return tuple([structure_item(item, item_type) for item in value])

    return structure


def _record_hook(converter: cattrs.Converter, cls: Any, detailed: bool = True) -> Callable[[Any, Any], Any]:
    """Structure an attrs class from a JSON object only (not from a list or a string)."""
    build = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=detailed
    )

    def structure(value: Any, _type: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected a JSON object for {cls.__name__}, got {type(value).__name__}")
        return build(value, cls)

    return structure


converter = _make_converter()
"""Builds documents with detailed validation: its errors carry each bad field's path."""
fast_converter = _make_converter(detailed=False)
"""Faster, but its errors name no field: :func:`from_json` tries it first and asks
:data:`converter` why on failure.  It checks spans against the text length set by
:func:`from_json`; call :func:`from_json` or :func:`from_dict`, not this converter."""

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


def to_dict(doc: Document) -> dict[str, Any]:
    """The document as plain JSON-ready data."""
    data: dict[str, Any] = fast_converter.unstructure(doc)
    return data


def from_dict(data: Any) -> Document:
    """Validate plain data and build a Document; errors name the bad field's path.

    Only the fixed newsdoc types are ever built: no field names a class to load,
    so nothing is imported or executed whatever the data says.
    """
    if not isinstance(data, dict):
        raise SerializationError(f"expected a JSON object, got {type(data).__name__}")
    _check_spans(data)
    try:
        doc = converter.structure(data, Document)
    except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError) as exc:
        path, message = _first_error(exc)
        raise SerializationError(message, path) from None
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise SerializationError(str(exc) or type(exc).__name__) from None
    _check_quotes(doc)
    return doc


def _check_quotes(doc: Document) -> None:
    """What the types cannot say: a quote has pieces, names a real paragraph, and a confidence in [0, 1]."""
    for index, quote in enumerate(doc.quotes):
        if not 0 <= quote.paragraph < max(len(doc.paragraphs), 1):
            raise SerializationError(
                f"paragraph {quote.paragraph} does not exist ({len(doc.paragraphs)} paragraphs)",
                f"quotes[{index}].paragraph",
            )
        if not quote.content:
            raise SerializationError("a quote needs at least one content span", f"quotes[{index}].content")
        if not 0.0 <= quote.confidence <= 1.0:
            raise SerializationError(
                f"confidence must lie in [0, 1], got {quote.confidence}", f"quotes[{index}].confidence"
            )


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


def _collect_spans(data: Any, path: str, found: list[tuple[str, dict[str, Any]]]) -> None:
    """Every ``{"start": .., "end": ..}`` object with its path (iterative: deep junk cannot overflow)."""
    stack: list[tuple[Any, str]] = [(data, path)]
    seen: set[int] = set()
    while stack:
        value, where = stack.pop()
        if isinstance(value, (dict, list)):
            if id(value) in seen:  # only Python data can do this: JSON has no references
                raise SerializationError("the data refers to itself (or shares a container)", where)
            seen.add(id(value))
        if isinstance(value, dict):
            if len(value) == 2 and "start" in value and "end" in value:
                found.append((where, value))
                continue
            stack.extend((item, f"{where}.{key}" if where else str(key)) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((item, f"{where}[{index}]") for index, item in enumerate(value))
    found.sort(key=lambda item: _path_order(item[0]))


def _path_order(path: str) -> list[tuple[int, int | str]]:
    """Sort key putting ``a[2]`` before ``a[10]`` so the first error reported is the first in the document."""
    key: list[tuple[int, int | str]] = []
    for part in path.replace("[", ".[").split("."):
        if part.startswith("[") and part[1:-1].isdigit():
            key.append((0, int(part[1:-1])))
        else:
            key.append((1, part))
    return key


def to_json(doc: Document, *, pretty: bool = False) -> str:
    """Serialise a document to newsdoc JSON; ``from_json(to_json(d)) == d``.

    The same characters with or without orjson installed: compact output has no
    spaces after separators, pretty output indents by two.  Text holding unpaired
    surrogates (from ``errors="surrogateescape"``) is not valid UTF-8; it is written
    with ``\\udXXX`` escapes (every non-ASCII character escaped) so the output stays
    ASCII-safe and still round-trips.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"to_json() needs a newsdoc.Document, not {type(doc).__name__}")
    data = to_dict(doc)
    if _orjson is not None:
        try:
            encoded: bytes = _orjson.dumps(data, option=_orjson.OPT_INDENT_2 if pretty else 0)
            return encoded.decode("utf-8")
        except _orjson.JSONEncodeError:  # lone surrogates: the standard library escapes them
            pass
    # laid out as orjson lays it out: no spaces after compact separators
    return utf8_json(data, pretty=pretty, separators=None if pretty else (",", ":"))


def from_json(s: str | bytes) -> Document:
    """Parse newsdoc JSON back into a Document, validating every field."""
    if not isinstance(s, (str, bytes, bytearray)):
        raise TypeError(f"from_json() needs str or bytes, not {type(s).__name__}")
    data = _loads(s)
    if isinstance(data, dict):
        text = data.get("text")
        limit = _TEXT_LENGTH.set(len(text) if isinstance(text, str) else sys.maxsize)
        try:
            doc: Document = fast_converter.structure(data, Document)
            _check_quotes(doc)
            return doc
        except Exception:  # from_dict below says why and where
            pass
        finally:
            _TEXT_LENGTH.reset(limit)
    return from_dict(data)


def _loads(s: str | bytes) -> Any:
    """Decode JSON; NaN, Infinity and nesting deeper than the stack are errors, not crashes."""
    if _orjson is not None:
        try:
            return _orjson.loads(s)
        except ValueError as exc:
            first = exc  # orjson refuses escaped lone surrogates, which to_json may write
    else:
        first = None
    try:
        return _stdjson.loads(s, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise SerializationError(f"invalid JSON: {first or exc}") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _dump(doc: Document, *, pretty: bool = False) -> str:
    return to_json(doc, pretty=pretty)


FORMAT = Format(
    "json", _dump, media_type="application/json", extension="json", description="newsdoc's own lossless JSON"
)

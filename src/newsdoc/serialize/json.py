"""newsdoc's own JSON: a lossless round trip through cattrs (orjson when installed)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json as _stdjson
import typing
from typing import Any

import attrs
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
"""Faster, but its errors name no field and it trusts spans to be checked already:
:func:`from_dict` checks the spans, tries it first and asks ``converter`` why on failure.
Call :func:`from_dict`, not this converter, on data you did not make."""


def _trusted_span(value: Any, _type: type) -> Span:
    """A Span from data :func:`_spans_fit` has already checked: skip the validators again."""
    span: Span = _new(Span)
    _set(span, "start", value["start"])
    _set(span, "end", value["end"])
    return span


_new = object.__new__
_set = object.__setattr__
fast_converter.register_structure_hook(Span, _trusted_span)


def to_dict(doc: Document) -> dict[str, Any]:
    """The document as plain JSON-ready data."""
    data: dict[str, Any] = fast_converter.unstructure(doc)
    return data


def from_dict(data: Any) -> Document:
    """Validate plain data and build a Document; errors name the bad field's path."""
    if not isinstance(data, dict):
        raise SerializationError(f"expected a JSON object, got {type(data).__name__}")
    if _spans_fit(data):
        with contextlib.suppress(Exception):  # on failure, rerun with details for the error path
            return fast_converter.structure(data, Document)
    else:
        _check_spans(data)  # finds a bad span again, with its path, and raises; else the
        # span is odd in a way the detailed converter reports (an unknown key...)
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


def _span_plan(cls: type) -> tuple[tuple[str, str, type | None], ...]:
    """Where ``cls`` keeps spans: ``(field, how, nested class)`` for each field that can hold one.

    ``how`` is ``span`` (a Span or None), ``spans`` (a tuple of them), ``one``
    (a nested record or None) or ``many`` (a tuple of nested records).
    """
    plan: list[tuple[str, str, type | None]] = []
    for name, hint in typing.get_type_hints(cls).items():
        args = [arg for arg in typing.get_args(hint) if arg is not type(None) and arg is not Ellipsis]
        inner = args[0] if len(args) == 1 else hint
        many = typing.get_origin(hint) is tuple
        if inner is Span or hint is Span:
            plan.append((name, "spans" if many else "span", None))
        elif attrs.has(inner):
            plan.append((name, "many" if many else "one", inner))
    return tuple(plan)


_PLANS: dict[type, tuple[tuple[str, str, type | None], ...]] = {}


def _spans_fit(data: dict[str, Any]) -> bool:
    """Fast check that every span in ``data`` is well formed and inside ``text``.

    Visits only the fields that can hold spans (from the model's type hints), so
    it costs a fraction of a full walk; on False :func:`_check_spans` says where.
    """
    text = data.get("text")
    limit = len(text) if isinstance(text, str) else None
    try:
        return _record_fits(data, Document, limit)
    except (TypeError, AttributeError, KeyError):
        return False


def _record_fits(record: Any, cls: type, limit: int | None) -> bool:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _span_plan(cls)
    for name, how, nested in plan:
        value = record.get(name)
        if value is None:
            continue
        if how == "span":
            if not _span_fits(value, limit):
                return False
        elif how == "spans":
            if not all(_span_fits(span, limit) for span in value):
                return False
        elif how == "one":
            if not _record_fits(value, nested, limit):  # type: ignore[arg-type]
                return False
        elif not all(_record_fits(item, nested, limit) for item in value):  # type: ignore[arg-type]
            return False
    return True


def _span_fits(span: Any, limit: int | None) -> bool:
    start = span["start"]
    end = span["end"]
    return (
        len(span) == 2
        and type(start) is int
        and type(end) is int
        and 0 <= start <= end
        and (limit is None or end <= limit)
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

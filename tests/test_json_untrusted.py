"""from_json on untrusted input: every bad field is rejected with its path, nothing is coerced or run."""

from __future__ import annotations

import copy
import json
import sys
from typing import Any

import pytest

import newsdoc
from newsdoc.serialize.json import from_dict, to_dict
from robust_docs import HOSTILE, rich_document

BASE = to_dict(rich_document())


def set_path(data: Any, path: str, value: Any) -> None:
    """Set ``data`` at a path like ``quotes[0].content[0].start`` (``value`` DELETE removes the key)."""
    steps: list[str | int] = []
    for part in path.replace("[", ".[").split("."):
        steps.append(int(part[1:-1]) if part.startswith("[") else part)
    target = data
    for step in steps[:-1]:
        target = target[step]
    if value is DELETE:
        del target[steps[-1]]
    else:
        target[steps[-1]] = value


DELETE = object()


def rejected(path: str, value: Any) -> newsdoc.SerializationError:
    data = copy.deepcopy(BASE)
    set_path(data, path, value)
    with pytest.raises(newsdoc.SerializationError) as info:
        from_dict(data)
    return info.value


@pytest.mark.parametrize("payload", ["", HOSTILE])
def test_rich_document_round_trips(payload: str) -> None:
    doc = rich_document(payload)
    assert newsdoc.from_json(newsdoc.to_json(doc)) == doc
    assert newsdoc.from_json(newsdoc.to_json(doc).encode("utf-8")) == doc
    assert newsdoc.from_json(newsdoc.to_json(doc, pretty=True)) == doc


WRONG_TYPES = [
    ("text", 5),
    ("text", None),
    ("headline", ["a"]),
    ("headline", {"a": 1}),
    ("headline", 3.5),
    ("paragraphs", "not a list"),
    ("paragraphs", {"text": "x"}),
    ("paragraphs[0]", "a string"),
    ("paragraphs[0].text", 7),
    ("paragraphs[0].span", [0, 3]),
    ("paragraphs[0].span.start", "0"),
    ("paragraphs[0].span.start", 1.0),
    ("paragraphs[0].span.end", True),
    ("dateline.month", "1"),
    ("dateline.day", 2.0),
    ("dateline.location", 12),
    ("bylines[0].name", None),
    ("bylines[0].block", "0-5"),
    ("captions[0].credit", "Ida Molle"),
    ("quotes[0].content", "abc"),
    ("quotes[0].content[0].start", "x"),
    ("quotes[0].paragraph", "0"),
    ("quotes[0].paragraph", False),
    ("quotes[0].confidence", "0.9"),
    ("quotes[0].confidence", True),
    ("quotes[0].speaker.aliases", "Vark"),
    ("quotes[0].speaker.aliases[1]", 3),
    ("quotes[0].speaker.mentions", {"start": 0, "end": 1}),
    ("people[0].surname_first", "no"),
    ("people[0].surname_first", 0),
    ("problems[0].span", "0:4"),
    ("problems[0].message", ["m"]),
]


@pytest.mark.parametrize(("path", "value"), WRONG_TYPES)
def test_wrong_types_are_rejected_with_their_path(path: str, value: Any) -> None:
    error = rejected(path, value)
    assert error.path == path or error.path.startswith(path + "."), (error.path, str(error))
    assert str(error).startswith(error.path)


REQUIRED = [
    "text",
    "paragraphs[0].text",
    "paragraphs[0].span",
    "paragraphs[0].span.end",
    "dateline.span",
    "bylines[0].block",
    "captions[0].credit.name",
    "tails[0].kind",
    "quotes[0].rule",
    "quotes[0].content",
    "quotes[0].speaker.name",
    "problems[0].code",
]


@pytest.mark.parametrize("path", REQUIRED)
def test_missing_required_fields_are_named(path: str) -> None:
    error = rejected(path, DELETE)
    assert error.path in (path, path.rsplit(".", 1)[0])
    assert "end" in str(error) or "missing" in str(error)


@pytest.mark.parametrize(
    "where", ["", "dateline", "paragraphs[0]", "quotes[0].speaker", "paragraphs[0].span"]
)
def test_extra_fields_are_rejected(where: str) -> None:
    data = copy.deepcopy(BASE)
    target = data
    if where:
        set_path(data, where + ".colour", "red")
    else:
        target["colour"] = "red"
    with pytest.raises(newsdoc.SerializationError) as info:
        from_dict(data)
    assert info.value.path == where
    assert "colour" in str(info.value)


@pytest.mark.parametrize(
    "value", ["2025-02-30", "yesterday", "2025-1-2", "2025-01-02T10:00:00", "", 20250102, None]
)
def test_bad_dates_are_rejected(value: Any) -> None:
    if value is None:  # published is optional: null is fine there, but not in a required place
        doc = BASE | {"published": None}
        assert from_dict(copy.deepcopy(doc)).published is None
        return
    assert rejected("published", value).path == "published"
    assert rejected("dateline.date", value).path == "dateline.date"


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("quotes[0].kind", "quoted"),
        ("quotes[0].kind", "DIRECT"),
        ("problems[0].severity", "fatal"),
        ("tails[0].kind", "footer"),
        ("people[0].kind", "robot"),
        ("quotes[0].speaker.kind", 1),
    ],
)
def test_bad_enum_values_are_rejected(path: str, value: Any) -> None:
    assert rejected(path, value).path == path


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("paragraphs[0].span.end", 10**20),
        ("paragraphs[0].span.start", -1),
        ("quotes[0].content[0].end", 10**6),
        ("quotes[0].confidence", 1e300),
        ("quotes[0].confidence", -0.5),
        ("quotes[0].paragraph", 2**70),
        ("quotes[0].paragraph", -1),
        ("paragraphs[0].span.end", 2**80),
    ],
)
def test_huge_and_out_of_range_numbers(path: str, value: Any) -> None:
    error = rejected(path, value)
    assert error.path == path


def test_span_end_before_start_is_rejected() -> None:
    error = rejected("quotes[0].content[0]", {"start": 9, "end": 3})
    assert error.path == "quotes[0].content[0]"


def test_spans_are_checked_against_the_text() -> None:
    error = rejected("text", "short")
    assert error.path.endswith(".end")
    assert "outside the text" in str(error)


def test_empty_quote_content_is_rejected() -> None:
    assert rejected("quotes[0].content", []).path == "quotes[0].content"


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "{",
        "[1, 2]",
        '"a string"',
        "42",
        "null",
        '{"text": NaN}',
        '{"text": "a", "x": Infinity}',
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 50_000 + "1" + "}" * 50_000,
        '{"text": ' + "9" * 10_000 + "}",
        b"\xff\xfe\x00garbage",
        '{"text": "a", "text": 5}',
    ],
)
def test_malformed_json_is_a_serialization_error(raw: str | bytes) -> None:
    with pytest.raises(newsdoc.SerializationError):
        newsdoc.from_json(raw)


def test_deeply_nested_junk_in_a_field() -> None:
    junk: Any = "leaf"
    for _ in range(800):
        junk = {"start": [junk], "x": 1}
    data = copy.deepcopy(BASE)
    data["headline"] = junk
    with pytest.raises(newsdoc.SerializationError) as info:
        from_dict(data)
    assert info.value.path == "headline"


@pytest.mark.parametrize("bad", [None, 12, ["{}"], {"text": ""}])
def test_from_json_needs_str_or_bytes(bad: object) -> None:
    with pytest.raises(TypeError):
        newsdoc.from_json(bad)  # type: ignore[arg-type]


def test_nothing_is_imported_or_executed_on_load() -> None:
    before = set(sys.modules)
    attacks = [
        {"__class__": "os.system", "text": ""},
        {"py/object": "subprocess.Popen", "text": ""},
        {
            "text": "",
            "paragraphs": [
                {"__reduce__": ["os.system", ["true"]], "text": "", "span": {"start": 0, "end": 0}}
            ],
        },
        {"text": "", "headline": {"$type": "System.Diagnostics.Process"}},
        {
            "text": "",
            "problems": [{"code": "x", "message": "y", "span": None, "severity": "!!python/object"}],
        },
    ]
    for attack in attacks:
        with pytest.raises(newsdoc.SerializationError):
            newsdoc.from_json(json.dumps(attack))
    assert set(sys.modules) == before


def test_errors_are_newsdoc_errors_not_library_internals() -> None:
    for path, value in WRONG_TYPES:
        error = rejected(path, value)
        assert isinstance(error, newsdoc.NewsdocError)
        assert error.__cause__ is None


def test_cyclic_python_data_is_rejected_not_looped_over() -> None:
    """Regression (found by the fuzz target): from_dict walked a self-referencing dict forever."""
    data = copy.deepcopy(BASE)
    loop: dict[str, Any] = {"x": []}
    loop["x"].append(loop)
    data["quotes"][0]["speaker"]["junk"] = loop
    with pytest.raises(newsdoc.SerializationError, match="refers to itself"):
        from_dict(data)

#!/usr/bin/env python3
"""Coverage-guided fuzz target (atheris / libFuzzer) for newsdoc.parse and the JSON round trip.

Run by hand (from the repository root, with ``pip install -e '.[fuzz]'``)::

    python fuzz/fuzz_parse.py -max_total_time=600 -timeout=20 -max_len=8192 /tmp/newsdoc-corpus fuzz/seeds

The first byte of an input picks what to do with the rest (so seed files can be
plain text): bit 0 strict mode, bit 1 ``clean_text``, bits 2-3 the mode --

0. the bytes as UTF-8 (undecodable bytes become lone surrogates);
1. the bytes as Windows-1252, then re-encoded and read as Latin-1 (mojibake);
2. each byte picks a wire-like token (dateline, quote mark, "said", a name...);
3. a parsed document's JSON, damaged by the bytes, fed to ``from_dict``.

A failure is any exception other than ``ParseError`` in strict mode, an invariant
broken (``newsdoc.check``), a JSON round trip that changes the document, or
an export that raises.  ``from_dict`` on damaged data may only return a Document
with spans inside its text, or raise ``SerializationError``.
"""

from __future__ import annotations

import copy
import sys
from typing import Any

import atheris

with atheris.instrument_imports(include=["newsdoc"]):
    import newsdoc
    from newsdoc.check import spans, violations
    from newsdoc.serialize.json import from_dict, to_dict

TOKENS = [
    "BEIJING, Jan. 3 (Xinhua) -- ",
    "PORT ELLERY, March 9 (Reuters) - ",
    "LAKE ORMAN, May 5 (AFP) — ",
    "NEW HARLOW, Sept 30 - ",
    " date 2024-11-05 ",
    "November 05, 2024",
    '"',
    "“",
    "”",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "``",
    "''",
    " said",
    " says",
    " told reporters",
    " according to",
    " added.",
    "Mara Quintel",
    "Olu Brandt",
    "Wen Jiaxu",
    "the ministry",
    "He",
    " he ",
    "By Ana Pell, Reuters",
    "(Xinhua/Ida Molle)",
    "Enditem",
    "Reuter",
    "(Editing by Li Wen)",
    "\n",
    "\n\n",
    "\r\n",
    "\n    ",
    "\t",
    "\u00a0",
    " -- ",
    ", ",
    ". ",
    "(",
    ")",
    ":",
    "â€œ",
    "&amp;",
    "<p>",
    "\x00",
    "\ufeff",
]


def text_for(mode: int, rest: bytes) -> str:
    if mode == 0:
        return rest.decode("utf-8", "surrogateescape")
    if mode == 1:
        return rest.decode("cp1252", "replace").encode("utf-8").decode("latin-1")
    parts = []
    for byte in rest:
        parts.append(TOKENS[byte] if byte < len(TOKENS) else chr(byte))
    return "".join(parts)


def check_text(text: str, strict: bool, clean: bool) -> None:
    config = newsdoc.Config(strict=strict, clean_text=clean)
    try:
        doc = newsdoc.parse(text, config=config)
    except newsdoc.ParseError:
        if strict:
            return
        raise
    broken = violations(doc)
    if broken:
        raise AssertionError(f"invariants broken for {text!r}: {broken}")
    if newsdoc.from_json(newsdoc.to_json(doc)) != doc:
        raise AssertionError(f"JSON round trip changed the document of {text!r}")
    for name in newsdoc.format_names():
        newsdoc.dumps(doc, name)


JUNK: list[Any] = [
    None,
    -1,
    0,
    1,
    2**31,
    10**30,
    1.5,
    float("inf"),
    "",
    "x",
    "2024-02-30",
    [],
    {},
    [{}],
    True,
]


def check_damaged_json(rest: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(rest)
    doc = newsdoc.parse(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 400)))
    data = to_dict(doc)
    for _ in range(fdp.ConsumeIntInRange(1, 4)):
        _damage(data, fdp)
    try:
        loaded = from_dict(copy.deepcopy(data))
    except newsdoc.SerializationError:
        return
    if any(problem.code == "span-outside-text" for problem in spans(loaded)):
        raise AssertionError(f"from_dict accepted spans outside the text: {data!r}")
    if newsdoc.from_json(newsdoc.to_json(loaded)) != loaded:
        raise AssertionError("JSON round trip of a loaded document changed it")


def _junk(fdp: atheris.FuzzedDataProvider) -> Any:
    """A fresh copy: sharing the list and dict objects of JUNK would build cycles JSON cannot hold."""
    return copy.deepcopy(JUNK[fdp.ConsumeIntInRange(0, len(JUNK) - 1)])


def _damage(data: Any, fdp: atheris.FuzzedDataProvider) -> None:
    """Walk into ``data`` along choices from ``fdp`` and replace, delete or add one value."""
    target = data
    while True:
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        if not keys:
            break
        key = keys[fdp.ConsumeIntInRange(0, len(keys) - 1)]
        child = target[key]
        if isinstance(child, (dict, list)) and child and fdp.ConsumeBool():
            target = child
            continue
        action = fdp.ConsumeIntInRange(0, 2)
        if action == 0:
            target[key] = _junk(fdp)
        elif action == 1 and isinstance(target, dict):
            del target[key]
        elif isinstance(target, dict):
            target[fdp.ConsumeUnicodeNoSurrogates(8)] = _junk(fdp)
        else:
            target.append(copy.deepcopy(child))
        return


def test_one_input(data: bytes) -> None:
    if not data:
        check_text("", strict=False, clean=False)
        return
    selector, rest = data[0], data[1:]
    mode = (selector >> 2) & 3
    if mode == 3:
        check_damaged_json(rest)
    else:
        check_text(text_for(mode, rest), strict=bool(selector & 1), clean=bool(selector & 2))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

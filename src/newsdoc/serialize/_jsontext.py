"""JSON text from the standard library that is always valid UTF-8 (shared by the JSON formats)."""

from __future__ import annotations

import json
from typing import Any


def utf8_json(data: Any, *, pretty: bool, separators: tuple[str, str] | None = None) -> str:
    """``json.dumps`` with characters written as they are, unless the data holds lone surrogates.

    Text read with ``errors="surrogateescape"`` can hold them; they cannot be encoded
    as UTF-8, so then every non-ASCII character is escaped (``\\udXXX``) and the text
    still round-trips.  ``pretty`` indents by two; ``separators`` as ``json.dumps``.
    """
    indent = 2 if pretty else None
    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates
            return json.dumps(data, ensure_ascii=True, indent=indent, separators=separators)
    return text

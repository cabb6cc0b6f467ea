"""The two entry points: :func:`parse` for a string, :func:`parse_file` for a file."""

from __future__ import annotations

import codecs
import datetime as dt
import os
from pathlib import Path

from newsdoc.config import DEFAULT, Config
from newsdoc.errors import DecodeError, InputTooLargeError
from newsdoc.model import Document
from newsdoc.parse import run

_MAX_BYTES_PER_CHAR = 4
"""No encoding newsdoc meets spends more than 4 bytes on a character (UTF-8, UTF-16, UTF-32)."""


def parse(text: str, *, config: Config | None = None, published: dt.date | None = None) -> Document:
    """Parse wire-news ``text`` into a :class:`Document`.

    ``published`` is a reference date from the caller (it overrides
    ``config.published``): it completes datelines that carry no year and fills
    ``Document.published`` when the text has no date of its own.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() needs a str, not {type(text).__name__}")
    cfg = config if config is not None else DEFAULT
    if not isinstance(cfg, Config):
        raise TypeError(f"config must be a newsdoc.Config, not {type(cfg).__name__}")
    if published is not None:
        if not isinstance(published, dt.date):
            raise TypeError(f"published must be a datetime.date, not {type(published).__name__}")
        if isinstance(published, dt.datetime):
            published = published.date()
        cfg = cfg.evolve(published=published)
    if len(text) > cfg.max_input_chars:
        raise InputTooLargeError(
            f"input has {len(text)} characters, more than max_input_chars={cfg.max_input_chars}"
        )
    return run(text, cfg)


def read_text(path: str | os.PathLike[str], *, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Read a file as text; a UTF-8 BOM is dropped, undecodable bytes name their offset."""
    data = Path(path).read_bytes()
    if encoding.replace("_", "-").lower() in ("utf-8", "utf8") and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        raise DecodeError(os.fspath(path), exc.start, f"{exc.reason} for {exc.encoding}") from None
    except LookupError as exc:
        raise DecodeError(os.fspath(path), 0, str(exc)) from None


def parse_file(
    path: str | os.PathLike[str],
    *,
    config: Config | None = None,
    published: dt.date | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
) -> Document:
    """Parse a UTF-8 file (see :func:`parse`).

    With the default ``errors="strict"`` undecodable bytes raise
    :class:`newsdoc.DecodeError` naming the file and byte offset; pass
    ``errors="replace"`` (or another codec error handler) to decode anyway.
    A file too large to fit ``config.max_input_chars`` even at 4 bytes per
    character raises :class:`newsdoc.InputTooLargeError` before it is read.
    """
    limit = (config if config is not None else DEFAULT).max_input_chars
    size = os.stat(path).st_size
    if size > _MAX_BYTES_PER_CHAR * limit + len(codecs.BOM_UTF8):
        raise InputTooLargeError(
            f"{os.fspath(path)} has {size} bytes, more than any text of max_input_chars={limit} can take"
        )
    text = read_text(path, encoding=encoding, errors=errors)
    return parse(text, config=config, published=published)

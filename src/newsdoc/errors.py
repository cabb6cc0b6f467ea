"""Exceptions raised by newsdoc.  Only these (plus TypeError and OSError) leave the library."""

from __future__ import annotations

from newsdoc.model import Problem


class NewsdocError(Exception):
    """Base class of every error newsdoc raises on purpose."""


class ParseError(NewsdocError):
    """Raised in strict mode on the first problem; carries it with its line and column."""

    def __init__(self, problem: Problem, line: int | None = None, column: int | None = None) -> None:
        where = f" at line {line}, column {column}" if line is not None else ""
        super().__init__(f"{problem.code}: {problem.message}{where}")
        self.problem = problem
        self.line = line
        self.column = column


class InputTooLargeError(NewsdocError):
    """The input is larger than ``Config.max_input_chars``."""


class DecodeError(NewsdocError):
    """A file's bytes are not valid in the requested encoding."""

    def __init__(self, path: str, offset: int, reason: str) -> None:
        super().__init__(f"{path}: cannot decode byte at offset {offset}: {reason}")
        self.path = path
        self.offset = offset


class SerializationError(NewsdocError):
    """JSON (or another format) could not be turned into a Document.

    ``path`` names the offending field, e.g. ``quotes[3].content[0].start``.
    """

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path


class UnknownFormatError(NewsdocError):
    """``dumps`` was asked for a format that is not registered."""

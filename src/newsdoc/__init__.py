"""newsdoc: raw wire-news text in, a typed, frozen document model out."""

from __future__ import annotations

from newsdoc import check
from newsdoc.api import parse, parse_file
from newsdoc.config import Config
from newsdoc.corpus import Corpus
from newsdoc.errors import (
    DecodeError,
    InputTooLargeError,
    NewsdocError,
    ParseError,
    SerializationError,
    UnknownFormatError,
)
from newsdoc.model import (
    Byline,
    Caption,
    Dateline,
    Document,
    Paragraph,
    Person,
    Problem,
    Quote,
    Span,
    Tail,
)
from newsdoc.query import (
    Sentence,
    find_paragraphs,
    find_sentences,
    lead,
    mentions,
    quotes_by,
    sentences,
    speakers,
    word_counts,
)
from newsdoc.serialize import dumps, format_names
from newsdoc.serialize.json import from_json, to_json
from newsdoc.speedups import compiled_modules

__version__ = "0.1.0"

__all__ = [
    "Byline",
    "Caption",
    "Config",
    "Corpus",
    "Dateline",
    "DecodeError",
    "Document",
    "InputTooLargeError",
    "NewsdocError",
    "Paragraph",
    "ParseError",
    "Person",
    "Problem",
    "Quote",
    "Sentence",
    "SerializationError",
    "Span",
    "Tail",
    "UnknownFormatError",
    "__version__",
    "check",
    "compiled_modules",
    "dumps",
    "find_paragraphs",
    "find_sentences",
    "format_names",
    "from_json",
    "lead",
    "mentions",
    "parse",
    "parse_file",
    "quotes_by",
    "sentences",
    "speakers",
    "to_json",
    "word_counts",
]

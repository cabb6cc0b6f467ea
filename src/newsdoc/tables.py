"""Flat tables of documents: one row per document, paragraph, quote or person.

Each :class:`Table` names its typed columns and turns one document into rows
of plain values, so the same rows feed CSV (stdlib ``csv``) and, with the
optional ``arrow`` extra, Arrow record batches for Parquet and Feather.
pyarrow is imported only when an Arrow export is asked for.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from types import ModuleType
from typing import IO, Any, Literal

from attrs import frozen

from newsdoc.errors import NewsdocError
from newsdoc.model import Document, Quote
from newsdoc.query import dateline_location, document_month, lead, word_count

Value = str | int | float | bool | dt.date | None
"""A cell: what a row holds before it is written."""


ColumnType = Literal["string", "int", "float", "bool", "date"]


@frozen
class Column:
    """A table column and its type (for Arrow schemas; CSV writes text)."""

    name: str
    type: ColumnType


@frozen
class Table:
    """A flat table: its columns and how one document becomes rows."""

    name: str
    columns: tuple[Column, ...]
    rows: Callable[[str, Document], Iterator[dict[str, Value]]]


def _columns(spec: str) -> tuple[Column, ...]:
    """Columns from ``"name:type name:type ..."``."""
    found = []
    for item in spec.split():
        name, kind = item.split(":")
        assert kind in ("string", "int", "float", "bool", "date")
        found.append(Column(name, kind))  # type: ignore[arg-type]
    return tuple(found)


def _document_rows(source: str, doc: Document) -> Iterator[dict[str, Value]]:
    dateline = doc.dateline
    yield {
        "source": source,
        "headline": doc.headline,
        "published": doc.published,
        "agency": doc.agency,
        "location": dateline_location(doc),
        "dateline_date": dateline.date if dateline is not None else None,
        "month": document_month(doc),
        "bylines": "; ".join(b.name for b in doc.bylines) or None,
        "paragraphs": len(doc.paragraphs),
        "words": sum(word_count(p.text) for p in doc.paragraphs),
        "quotes": len(doc.quotes),
        "speakers": len({q.speaker_name for q in doc.quotes if q.speaker_name}),
        "problems": len(doc.problems),
    }


def _paragraph_rows(source: str, doc: Document) -> Iterator[dict[str, Value]]:
    first = lead(doc)
    for number, paragraph in enumerate(doc.paragraphs):
        yield {
            "source": source,
            "paragraph": number,
            "lead": paragraph is first,
            "start": paragraph.span.start,
            "end": paragraph.span.end,
            "words": word_count(paragraph.text),
            "text": paragraph.text,
        }


def quote_row(source: str, number: int, quote: Quote) -> dict[str, Value]:
    """One row of the ``quotes`` table (also the ``newsdoc quotes`` JSON Lines record)."""
    return {
        "source": source,
        "quote": number,
        "paragraph": quote.paragraph,
        "kind": quote.kind,
        "speaker": quote.speaker_name,
        "speaker_text": quote.speaker_text,
        "cue": quote.cue,
        "start": quote.content[0].start if quote.content else None,
        "end": quote.content[-1].end if quote.content else None,
        "confidence": quote.confidence,
        "rule": quote.rule,
        "text": quote.text,
    }


def _quote_rows(source: str, doc: Document) -> Iterator[dict[str, Value]]:
    for number, quote in enumerate(doc.quotes):
        yield quote_row(source, number, quote)


def _people_rows(source: str, doc: Document) -> Iterator[dict[str, Value]]:
    said = Counter(q.speaker.name for q in doc.quotes if q.speaker is not None)
    for person in doc.people:
        yield {
            "source": source,
            "name": person.name,
            "kind": person.kind,
            "title": person.title,
            "aliases": "; ".join(person.aliases) or None,
            "mentions": len(person.mentions),
            "quotes": said[person.name],
        }


TABLES: dict[str, Table] = {
    table.name: table
    for table in (
        Table(
            "documents",
            _columns(
                "source:string headline:string published:date agency:string location:string "
                "dateline_date:date month:string bylines:string paragraphs:int words:int quotes:int "
                "speakers:int problems:int"
            ),
            _document_rows,
        ),
        Table(
            "paragraphs",
            _columns("source:string paragraph:int lead:bool start:int end:int words:int text:string"),
            _paragraph_rows,
        ),
        Table(
            "quotes",
            _columns(
                "source:string quote:int paragraph:int kind:string speaker:string speaker_text:string "
                "cue:string start:int end:int confidence:float rule:string text:string"
            ),
            _quote_rows,
        ),
        Table(
            "people",
            _columns(
                "source:string name:string kind:string title:string aliases:string mentions:int quotes:int"
            ),
            _people_rows,
        ),
    )
}
"""The flat tables a corpus exports, by name."""


def get_table(name: str) -> Table:
    """The table called ``name``, or a NewsdocError naming the known ones."""
    try:
        return TABLES[name]
    except KeyError:
        raise NewsdocError(f"unknown table {name!r}; known: {', '.join(TABLES)}") from None


def csv_cell(value: Value) -> str:
    """A CSV cell: empty for None, true/false, ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def pyarrow_module(module: str = "") -> ModuleType:
    """pyarrow (or one of its modules), imported on first use."""
    name = f"pyarrow.{module}" if module else "pyarrow"
    try:
        return importlib.import_module(name)
    except ImportError:
        raise NewsdocError("Arrow and Parquet export need pyarrow: pip install 'newsdoc[arrow]'") from None


_ARROW_TYPES = {"string": "string", "int": "int64", "float": "float64", "bool": "bool_", "date": "date32"}


def arrow_schema(pa: ModuleType, table: Table) -> Any:
    """The Arrow schema of ``table``."""
    fields = [pa.field(c.name, getattr(pa, _ARROW_TYPES[c.type])()) for c in table.columns]
    return pa.schema(fields)


def _to_batch(pa: ModuleType, table: Table, schema: Any, rows: list[dict[str, Value]]) -> Any:
    data = {c.name: [row[c.name] for row in rows] for c in table.columns}
    return pa.RecordBatch.from_pydict(data, schema=schema)


def write_csv(table: Table, rows: Iterable[dict[str, Value]], handle: IO[str]) -> int:
    """Write a header and ``rows`` as CSV, one at a time; returns the row count."""
    writer = csv.writer(handle)
    writer.writerow([c.name for c in table.columns])
    written = 0
    for row in rows:
        writer.writerow([csv_cell(row[c.name]) for c in table.columns])
        written += 1
    return written


def record_batches(
    pa: ModuleType, table: Table, rows: Iterable[dict[str, Value]], size: int
) -> Iterator[Any]:
    """``rows`` as Arrow record batches of at most ``size`` rows, built as rows arrive."""
    schema = arrow_schema(pa, table)
    pending: list[dict[str, Value]] = []
    for row in rows:
        pending.append(row)
        if len(pending) >= size:
            yield _to_batch(pa, table, schema, pending)
            pending = []
    if pending:
        yield _to_batch(pa, table, schema, pending)


__all__ = [
    "TABLES",
    "Column",
    "Table",
    "Value",
    "arrow_schema",
    "csv_cell",
    "get_table",
    "pyarrow_module",
    "quote_row",
    "record_batches",
    "write_csv",
]

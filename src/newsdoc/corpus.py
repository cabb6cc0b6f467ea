"""A lazy, streaming view over many documents: load, filter, count, export.

A :class:`Corpus` holds only the *names* of its inputs and a chain of filters;
documents are read (or parsed) one at a time while you iterate, so memory does
not grow with the corpus.  Filters return a new Corpus and never touch the
original.

Inputs that fail (unreadable files, undecodable bytes, invalid JSON lines,
strict-mode parse errors) do not stop the stream: each becomes a
:class:`Failure` in ``corpus.failures`` (reset at the start of every pass) and
is skipped, unless the corpus was made with ``on_error="raise"``.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, Literal

from attrs import frozen

from newsdoc.api import parse, read_text
from newsdoc.config import DEFAULT, Config
from newsdoc.errors import NewsdocError
from newsdoc.model import Document, Quote
from newsdoc.query import (
    dateline_location,
    document_date,
    document_month,
    quotes_by,
    speaker_label,
)
from newsdoc.serialize.json import from_json
from newsdoc.tables import (
    Value,
    arrow_schema,
    get_table,
    pyarrow_module,
    record_batches,
    write_csv,
)

STDIN = "-"
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
TEXT_SUFFIXES = (".txt",)
OnError = Literal["skip", "raise"]
Predicate = Callable[[Document], bool]


@frozen
class Failure:
    """An input that produced no document, and why."""

    source: str
    message: str


@frozen
class Entry:
    """One input's outcome: a document, or the failure that stopped it."""

    source: str
    document: Document | None
    failure: Failure | None = None


@frozen
class QuoteHit:
    """A quote together with the document and input it came from."""

    source: str
    document: Document
    quote: Quote


@frozen
class Stats:
    """Counts over a corpus, gathered in one pass."""

    documents: int
    failures: int
    quotes: int
    agencies: Counter[str]
    locations: Counter[str]
    months: Counter[str]
    speakers: Counter[str]


# --------------------------------------------------------------------------- inputs


def _has_magic(name: str) -> bool:
    return any(ch in name for ch in "*?[")


def _walk(directory: str) -> Iterator[str]:
    """Article files (``*.txt``) under ``directory``, depth first, sorted by name.

    JSON Lines files are read only when named (or globbed): a directory of
    articles often holds other ``.jsonl`` files (gold annotations, manifests).
    """
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir():
            yield from _walk(entry.path)
        elif entry.name.endswith(TEXT_SUFFIXES):
            yield entry.path


def expand(sources: Iterable[str]) -> Iterator[str]:
    """Files for each source: a file, a directory (its ``*.txt``), a glob or ``-``.

    A source that names nothing is passed through, so reading it reports the failure.
    """
    for source in sources:
        if source == STDIN or os.path.isfile(source):
            yield source
        elif os.path.isdir(source):
            yield from _walk(source)
        elif _has_magic(source):
            matches = sorted(glob.iglob(source, recursive=True))
            if not matches:
                yield source
            for match in matches:
                if os.path.isdir(match):
                    yield from _walk(match)
                else:
                    yield match
        else:
            yield source


def _is_json(path: str) -> bool:
    return path.endswith(JSON_SUFFIXES)


def _read_lines(lines: Iterable[str], source: str) -> Iterator[Entry]:
    """One Entry per non-blank JSON line, named ``source:LINE``."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        name = f"{source}:{number}"
        try:
            yield Entry(name, from_json(line))
        except NewsdocError as exc:
            yield Entry(name, None, Failure(name, str(exc)))


def _read_json_file(path: str) -> Iterator[Entry]:
    """A JSON Lines file line by line; a pretty-printed single document as one entry."""
    with open(path, encoding="utf-8") as handle:
        first = handle.readline()
        rest_is_document = first.strip() == "{"
        if rest_is_document:
            text = first + handle.read()
            try:
                yield Entry(path, from_json(text))
            except NewsdocError as exc:
                yield Entry(path, None, Failure(path, str(exc)))
            return
        yield from _read_lines(_chain(first, handle), path)


def _chain(first: str, rest: Iterable[str]) -> Iterator[str]:
    yield first
    yield from rest


def _read_stdin(config: Config) -> Iterator[Entry]:
    """Standard input: JSON Lines when it starts with ``{``, else one article."""
    first = sys.stdin.readline()
    if first.lstrip().startswith("{"):
        yield from _read_lines(_chain(first, sys.stdin), "<stdin>")
        return
    text = first + sys.stdin.read()
    try:
        yield Entry("<stdin>", parse(text, config=config))
    except NewsdocError as exc:
        yield Entry("<stdin>", None, Failure("<stdin>", str(exc)))


def read_source(source: str, config: Config = DEFAULT) -> Iterator[Entry]:
    """Entries from one file: JSON Lines files give one per line, text files one."""
    if source == STDIN:
        yield from _read_stdin(config)
        return
    if not os.path.exists(source):
        message = "no files match" if _has_magic(source) else "no such file or directory"
        yield Entry(source, None, Failure(source, message))
        return
    try:
        if _is_json(source):
            yield from _read_json_file(source)
        else:
            yield Entry(source, parse(read_text(source), config=config))
    except (NewsdocError, OSError, UnicodeDecodeError) as exc:
        yield Entry(source, None, Failure(source, str(exc)))


def entries_from_text(source: str, text: str, config: Config = DEFAULT) -> list[Entry]:
    """The entries of one input whose text is already read (the CLI's worker processes).

    Mirrors :func:`read_source`: a ``.json``/``.jsonl`` file (or standard input
    starting with ``{``) gives one entry per line, named ``source:LINE``, or one
    entry for a pretty-printed document; anything else is parsed as an article.
    A parse error of an article propagates, so the caller counts the input as failed.
    """
    name = "<stdin>" if source == STDIN else source
    is_json = _is_json(source) or (source == STDIN and text.lstrip().startswith("{"))
    if not is_json:
        return [Entry(name, parse(text, config=config))]
    first = text.split("\n", 1)[0]
    if first.strip() == "{":
        try:
            return [Entry(name, from_json(text))]
        except NewsdocError as exc:
            return [Entry(name, None, Failure(name, str(exc)))]
    return list(_read_lines(text.split("\n"), name))


# --------------------------------------------------------------------------- filter helpers


def _as_date(value: dt.date | str | None, *, end: bool) -> dt.date | None:
    """A bound from a date or an ISO string; ``YYYY`` and ``YYYY-MM`` cover the whole period."""
    if value is None or isinstance(value, dt.date):
        return value
    parts = value.strip().split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 3:
            return dt.date(*numbers)
        if len(numbers) == 2:
            year, month = numbers
            first = dt.date(year, month, 1)
            if not end:
                return first
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        if len(numbers) == 1:
            return dt.date(numbers[0], 12, 31) if end else dt.date(numbers[0], 1, 1)
    except ValueError:
        pass
    raise NewsdocError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")


def _names(value: str | Iterable[str]) -> frozenset[str]:
    return frozenset(v.casefold() for v in ([value] if isinstance(value, str) else value))


# --------------------------------------------------------------------------- the corpus


class Corpus:
    """Documents from files, directories, globs and JSON Lines, read lazily.

    ``Corpus("data/")``, ``Corpus(["a.txt", "b.jsonl"])``, ``Corpus("data/**/*.txt")``;
    ``"-"`` reads standard input.  Iterate it for documents, :meth:`entries` for
    documents and failures, :meth:`quotes` for quotes.
    """

    def __init__(
        self,
        sources: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        *,
        config: Config | None = None,
        on_error: OnError = "skip",
    ) -> None:
        if isinstance(sources, (str, os.PathLike)):
            sources = [sources]
        if on_error not in ("skip", "raise"):
            raise ValueError(f"on_error must be 'skip' or 'raise', not {on_error!r}")
        self._sources: tuple[str, ...] = tuple(os.fspath(s) for s in sources)
        self._documents: Iterable[Document] | None = None
        self._config = config if config is not None else DEFAULT
        self._on_error: OnError = on_error
        self._filters: tuple[Predicate, ...] = ()
        self._limit: int | None = None
        self.failures: list[Failure] = []

    @classmethod
    def from_documents(cls, documents: Iterable[Document], *, name: str = "<memory>") -> Corpus:
        """A corpus over documents you already have (a list, or a generator read once)."""
        corpus = cls([name])
        corpus._documents = documents
        return corpus

    def __repr__(self) -> str:
        return f"Corpus({list(self._sources)!r}, filters={len(self._filters)})"

    # -- reading

    def files(self) -> Iterator[str]:
        """The input files, expanded from directories and globs (documents are not read)."""
        if self._documents is not None:
            return iter(self._sources)
        return expand(self._sources)

    def _raw_entries(self) -> Iterator[Entry]:
        if self._documents is not None:
            name = self._sources[0]
            for number, document in enumerate(self._documents):
                yield Entry(f"{name}:{number}", document)
            return
        for path in self.files():
            yield from read_source(path, self._config)

    def entries(self) -> Iterator[Entry]:
        """Every input's outcome in order: filtered documents and all failures."""
        self.failures = []
        kept = 0
        if self._limit == 0:
            return
        for entry in self._raw_entries():
            if entry.failure is not None:
                if self._on_error == "raise":
                    raise NewsdocError(f"{entry.failure.source}: {entry.failure.message}")
                self.failures.append(entry.failure)
                yield entry
                continue
            assert entry.document is not None
            if all(keep(entry.document) for keep in self._filters):
                kept += 1
                yield entry
                if self._limit is not None and kept >= self._limit:
                    return

    def documents(self) -> Iterator[tuple[str, Document]]:
        """``(source, document)`` pairs; failures go to :attr:`failures`."""
        for entry in self.entries():
            if entry.document is not None:
                yield entry.source, entry.document

    def __iter__(self) -> Iterator[Document]:
        for _source, document in self.documents():
            yield document

    # -- filters (each returns a new lazy Corpus)

    def _derive(self, predicate: Predicate | None = None, limit: int | None = None) -> Corpus:
        derived = Corpus(self._sources, config=self._config, on_error=self._on_error)
        derived._documents = self._documents
        derived._filters = self._filters + ((predicate,) if predicate is not None else ())
        derived._limit = self._limit if limit is None else min(limit, self._limit or limit)
        return derived

    def where(self, predicate: Predicate) -> Corpus:
        """Only documents for which ``predicate(doc)`` is true."""
        return self._derive(predicate)

    def limit(self, count: int) -> Corpus:
        """At most ``count`` documents (reading stops there)."""
        if count < 0:
            raise ValueError("limit must be >= 0")
        return self._derive(limit=count)

    def filter(
        self,
        *,
        agency: str | Iterable[str] | None = None,
        location: str | Iterable[str] | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        speaker: str | None = None,
        text: str | re.Pattern[str] | None = None,
        ignore_case: bool = True,
    ) -> Corpus:
        """Documents matching every criterion given.

        - ``agency``/``location``: one name or several, case-insensitive, matched
          against ``doc.agency`` and the dateline location.
        - ``since``/``until``: inclusive bounds on :func:`document_date`
          (``"2005"``, ``"2005-03"`` or a date); undated documents are excluded.
        - ``speaker``: the document quotes someone by that name (any alias).
        - ``text``: literal text (or a compiled regex) in the headline or body.
        """
        corpus = self
        if agency is not None:
            agencies = _names(agency)
            corpus = corpus.where(lambda d: (d.agency or "").casefold() in agencies)
        if location is not None:
            places = _names(location)
            corpus = corpus.where(lambda d: (dateline_location(d) or "").casefold() in places)
        if since is not None or until is not None:
            corpus = corpus.where(_date_filter(_as_date(since, end=False), _as_date(until, end=True)))
        if speaker is not None:
            corpus = corpus.where(lambda d: bool(quotes_by(d, speaker)))
        if text is not None:
            corpus = corpus.where(_text_filter(text, ignore_case))
        return corpus

    # -- quotes and counts

    def quotes(self, speaker: str | None = None) -> Iterator[QuoteHit]:
        """Every quote of every document (only ``speaker``'s when given), in order."""
        for source, document in self.documents():
            chosen = document.quotes if speaker is None else quotes_by(document, speaker)
            for quote in chosen:
                yield QuoteHit(source, document, quote)

    def count(self, key: Callable[[Document], str | Iterable[str] | None]) -> Counter[str]:
        """How many documents have each key (``key`` may return several, or None to skip)."""
        counts: Counter[str] = Counter()
        for document in self:
            found = key(document)
            if found is None:
                continue
            if isinstance(found, str):
                counts[found] += 1
            else:
                counts.update(found)
        return counts

    def speaker_counts(self) -> Counter[str]:
        """Quotes per speaker over the corpus (who is quoted most: ``.most_common()``)."""
        return self.count(_speaker_names)

    def agency_counts(self) -> Counter[str]:
        """Documents per agency (``"unknown"`` when none is named)."""
        return self.count(lambda d: d.agency or "unknown")

    def month_counts(self) -> Counter[str]:
        """Documents per ``YYYY-MM`` (``"unknown"`` when undated)."""
        return self.count(lambda d: document_month(d) or "unknown")

    def location_counts(self) -> Counter[str]:
        """Documents per dateline location (``"unknown"`` without a dateline)."""
        return self.count(lambda d: dateline_location(d) or "unknown")

    def stats(self) -> Stats:
        """Every count at once, in a single pass over the corpus."""
        agencies: Counter[str] = Counter()
        locations: Counter[str] = Counter()
        months: Counter[str] = Counter()
        speakers: Counter[str] = Counter()
        documents = quotes = 0
        for document in self:
            documents += 1
            quotes += len(document.quotes)
            add_to_stats(document, agencies, locations, months, speakers)
        return Stats(documents, len(self.failures), quotes, agencies, locations, months, speakers)

    # -- tables

    def rows(self, table: str) -> Iterator[dict[str, Value]]:
        """Flat rows of ``table`` (``documents``, ``paragraphs``, ``quotes``, ``people``)."""
        make = get_table(table).rows
        for source, document in self.documents():
            yield from make(source, document)

    def to_csv(self, table: str, target: str | os.PathLike[str] | IO[str]) -> int:
        """Write ``table`` as CSV (header first), row by row; returns the row count."""
        layout = get_table(table)
        if isinstance(target, (str, os.PathLike)):
            with open(target, "w", encoding="utf-8", newline="") as handle:
                return write_csv(layout, self.rows(table), handle)
        return write_csv(layout, self.rows(table), target)

    def to_arrow(self, table: str) -> Any:
        """``table`` as a ``pyarrow.Table`` (held in memory; needs the ``arrow`` extra)."""
        pa = pyarrow_module()
        layout = get_table(table)
        batches = list(record_batches(pa, layout, self.rows(table), 4096))
        return pa.Table.from_batches(batches, schema=arrow_schema(pa, layout))

    def to_parquet(self, table: str, path: str | os.PathLike[str], *, batch_size: int = 4096) -> int:
        """Write ``table`` as Parquet in batches (streaming); returns the row count."""
        pa = pyarrow_module()
        parquet = pyarrow_module("parquet")
        layout = get_table(table)
        written = 0
        with parquet.ParquetWriter(os.fspath(path), arrow_schema(pa, layout)) as writer:
            for batch in record_batches(pa, layout, self.rows(table), batch_size):
                writer.write_batch(batch)
                written += batch.num_rows
        return written

    def to_feather(self, table: str, path: str | os.PathLike[str], *, batch_size: int = 4096) -> int:
        """Write ``table`` as an Arrow IPC (Feather v2) file in batches; returns the row count."""
        pa = pyarrow_module()
        layout = get_table(table)
        written = 0
        with (
            pa.OSFile(os.fspath(path), "wb") as sink,
            pa.ipc.new_file(sink, arrow_schema(pa, layout)) as writer,
        ):
            for batch in record_batches(pa, layout, self.rows(table), batch_size):
                writer.write_batch(batch)
                written += batch.num_rows
        return written


def add_to_stats(
    document: Document,
    agencies: Counter[str],
    locations: Counter[str],
    months: Counter[str],
    speakers: Counter[str],
) -> None:
    """Add one document to running counts (the stats command streams with this)."""
    agencies[document.agency or "unknown"] += 1
    locations[dateline_location(document) or "unknown"] += 1
    months[document_month(document) or "unknown"] += 1
    speakers.update(_speaker_names(document))


def _speaker_names(doc: Document) -> list[str]:
    return [speaker_label(q) for q in doc.quotes]


def _date_filter(start: dt.date | None, end: dt.date | None) -> Predicate:
    def keep(doc: Document) -> bool:
        date = document_date(doc)
        if date is None:
            return False
        return (start is None or date >= start) and (end is None or date <= end)

    return keep


def _text_filter(text: str | re.Pattern[str], ignore_case: bool) -> Predicate:
    if isinstance(text, re.Pattern):
        pattern = text
    else:
        pattern = re.compile(re.escape(text), re.IGNORECASE if ignore_case else 0)

    def keep(doc: Document) -> bool:
        if doc.headline and pattern.search(doc.headline):
            return True
        return any(pattern.search(p.text) for p in doc.paragraphs)

    return keep


__all__ = [
    "Corpus",
    "Entry",
    "Failure",
    "QuoteHit",
    "Stats",
    "add_to_stats",
    "expand",
    "read_source",
]

"""Parse an archive on a Dask cluster and write Parquet tables (the ``dask`` extra).

The recipe reads a directory of ``.txt`` articles or a JSON Lines file (one
object per line with ``text`` and an optional ``id``), parses every article with
``dask.bag`` and writes two Parquet tables under the output directory:
``documents/`` (one row per input, failures included with their ``error``) and
``quotes/`` (one row per quote).  Each bag partition writes its own part file,
so nothing is collected on the client.

The same call runs on a laptop and on a multi-machine cluster: pass a
``distributed.Client`` (or a scheduler ``address``); the input and output paths
must then be reachable from every worker (a shared file system, or any fsspec
URL such as ``s3://bucket/archive/``).  Without either, the current Dask
scheduler is used.  Install with ``pip install newsdoc[dask]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from attrs import frozen

from newsdoc.api import parse, read_text
from newsdoc.config import DEFAULT, Config
from newsdoc.errors import NewsdocError
from newsdoc.model import Document
from newsdoc.serialize.json import to_json

if TYPE_CHECKING:
    import dask.bag
    import pyarrow
    from distributed import Client

Item = tuple[str, str | None, str | None]
"""A bag element: the input's name, its text when it came from JSON Lines, and why
the record is unusable (a bad JSON Lines record is a failed input, not a crash)."""

DOCUMENT_COLUMNS = (
    "source",
    "headline",
    "published",
    "dateline_location",
    "dateline_date",
    "agency",
    "bylines",
    "paragraphs",
    "quotes",
    "problems",
    "chars",
    "error",
    "json",
)
QUOTE_COLUMNS = (
    "source",
    "quote",
    "kind",
    "text",
    "speaker",
    "speaker_text",
    "cue",
    "start",
    "end",
    "paragraph",
    "rule",
    "confidence",
)


@frozen
class Totals:
    """What a run wrote: inputs seen, inputs that failed, quote rows, part files per table."""

    documents: int
    failed: int
    quotes: int
    partitions: int

    def __add__(self, other: Totals) -> Totals:
        return Totals(
            self.documents + other.documents,
            self.failed + other.failed,
            self.quotes + other.quotes,
            self.partitions + other.partitions,
        )


def document_row(
    source: str, doc: Document | None, error: str | None = None, *, keep_json: bool = False
) -> dict[str, Any]:
    """One ``documents`` table row; ``doc`` is None (and ``error`` set) for a failed input."""
    if doc is None:
        return dict.fromkeys(DOCUMENT_COLUMNS) | {"source": source, "error": error}
    dateline = doc.dateline
    return {
        "source": source,
        "headline": doc.headline,
        "published": doc.published,
        "dateline_location": dateline.location if dateline else None,
        "dateline_date": dateline.date if dateline else None,
        "agency": doc.agency,
        "bylines": [byline.name for byline in doc.bylines],
        "paragraphs": len(doc.paragraphs),
        "quotes": len(doc.quotes),
        "problems": len(doc.problems),
        "chars": len(doc.text),
        "error": None,
        "json": to_json(doc) if keep_json else None,
    }


def quote_rows(source: str, doc: Document) -> list[dict[str, Any]]:
    """The ``quotes`` table rows of one document, numbered in document order."""
    return [
        {
            "source": source,
            "quote": number,
            "kind": quote.kind,
            "text": quote.text,
            "speaker": quote.speaker_name,
            "speaker_text": quote.speaker_text,
            "cue": quote.cue,
            "start": quote.span.start,
            "end": quote.span.end,
            "paragraph": quote.paragraph,
            "rule": quote.rule,
            "confidence": quote.confidence,
        }
        for number, quote in enumerate(doc.quotes)
    ]


def _require_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise NewsdocError(
            f"newsdoc.cluster needs the dask extra: pip install 'newsdoc[dask]' ({exc})"
        ) from None


def input_bag(inputs: str, *, files_per_partition: int = 64, blocksize: str | int = "32MiB") -> dask.bag.Bag:
    """A bag of :data:`Item` from a directory (``*.txt`` below it) or a JSON Lines file/glob."""
    _require_dask()
    import dask.bag as db
    import fsspec

    fs, root = fsspec.core.url_to_fs(inputs)
    if fs.isdir(root):
        names = sorted(fs.find(root))
        paths = [
            fs.unstrip_protocol(name) if "://" in inputs else name for name in names if name.endswith(".txt")
        ]
        if not paths:
            raise NewsdocError(f"no .txt files under {inputs}")
        items: list[Item] = [(path, None, None) for path in paths]
        return db.from_sequence(items, partition_size=files_per_partition)
    lines = db.read_text(inputs, blocksize=blocksize)
    return lines.filter(str.strip).map(_json_item)


def _json_item(line: str) -> Item:
    try:
        record = json.loads(line)
    except ValueError as exc:
        return (f"JSON Lines record {line[:40]!r}", None, f"invalid JSON: {exc}")
    name = record.get("id", record.get("source")) if isinstance(record, dict) else None
    source = str(name) if name is not None else f"JSON Lines record {line[:40]!r}"
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return (source, None, "a JSON Lines record needs a string 'text' field")
    return (source, record["text"], None)


def _read(source: str) -> str:
    """An input's text, from a local path or any fsspec URL."""
    if "://" not in source:
        return read_text(source)
    import fsspec

    with fsspec.open(source, "rb") as handle:
        data: bytes = handle.read()
    return data.decode("utf-8-sig")


def parse_item(item: Item, config: Config = DEFAULT) -> tuple[str, Document | None, str | None]:
    """Parse one bag item: ``(source, document, None)`` or ``(source, None, error)``."""
    source, text, error = item
    if error is not None:
        return source, None, error
    try:
        return source, parse(text if text is not None else _read(source), config=config), None
    except (NewsdocError, OSError, UnicodeDecodeError) as exc:
        return source, None, str(exc) or type(exc).__name__


def documents(inputs: str, config: Config = DEFAULT, **options: Any) -> dask.bag.Bag:
    """A bag of parsed Documents (failed inputs left out) for your own Dask pipeline."""
    parsed = input_bag(inputs, **options).map(parse_item, config=config)
    return parsed.filter(lambda outcome: outcome[1] is not None).map(lambda outcome: outcome[1])


def _schemas() -> tuple[pyarrow.Schema, pyarrow.Schema]:
    import pyarrow as pa

    text = pa.string()
    doc_schema = pa.schema(
        [
            ("source", text),
            ("headline", text),
            ("published", pa.date32()),
            ("dateline_location", text),
            ("dateline_date", pa.date32()),
            ("agency", text),
            ("bylines", pa.list_(text)),
            ("paragraphs", pa.int32()),
            ("quotes", pa.int32()),
            ("problems", pa.int32()),
            ("chars", pa.int64()),
            ("error", text),
            ("json", text),
        ]
    )
    quote_schema = pa.schema(
        [
            ("source", text),
            ("quote", pa.int32()),
            ("kind", text),
            ("text", text),
            ("speaker", text),
            ("speaker_text", text),
            ("cue", text),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("paragraph", pa.int32()),
            ("rule", text),
            ("confidence", pa.float64()),
        ]
    )
    return doc_schema, quote_schema


def write_partition(
    items: Sequence[Item], number: int, output: str, config: Config = DEFAULT, keep_json: bool = False
) -> Totals:
    """Parse one partition and write its two part files (runs on a worker)."""
    import fsspec
    import pyarrow as pa
    import pyarrow.parquet as pq

    doc_rows: list[dict[str, Any]] = []
    rows_of_quotes: list[dict[str, Any]] = []
    failed = 0
    for item in items:
        source, doc, error = parse_item(item, config)
        doc_rows.append(document_row(source, doc, error, keep_json=keep_json))
        if doc is None:
            failed += 1
        else:
            rows_of_quotes.extend(quote_rows(source, doc))
    doc_schema, quote_schema = _schemas()
    fs, root = fsspec.core.url_to_fs(output)
    for table, rows, schema in (
        ("documents", doc_rows, doc_schema),
        ("quotes", rows_of_quotes, quote_schema),
    ):
        fs.makedirs(f"{root}/{table}", exist_ok=True)
        with fs.open(f"{root}/{table}/part-{number:05d}.parquet", "wb") as handle:
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), handle)
    return Totals(len(doc_rows), failed, len(rows_of_quotes), 1)


def parse_to_parquet(
    inputs: str,
    output: str,
    *,
    client: Client | None = None,
    address: str | None = None,
    config: Config = DEFAULT,
    keep_json: bool = False,
    overwrite: bool = False,
    files_per_partition: int = 64,
    blocksize: str | int = "32MiB",
) -> Totals:
    """Parse ``inputs`` (directory or JSON Lines) and write ``output``/documents and /quotes.

    ``client`` or ``address`` picks the cluster; ``keep_json`` adds each document's
    full newsdoc JSON in the ``json`` column.  Existing tables are an error unless
    ``overwrite`` (stale part files from an earlier run would otherwise mix in).
    """
    _require_dask()
    import dask
    from dask import delayed

    _prepare_output(output, overwrite)

    bag = input_bag(inputs, files_per_partition=files_per_partition, blocksize=blocksize)
    writes = [
        delayed(write_partition)(part, number, output, config, keep_json)
        for number, part in enumerate(bag.to_delayed())
    ]
    with _client(client, address) as scheduler:
        results = dask.compute(*writes, scheduler=scheduler)
    total = Totals(0, 0, 0, 0)
    for result in results:
        total = total + result
    return total


def _prepare_output(output: str, overwrite: bool) -> None:
    import fsspec

    fs, root = fsspec.core.url_to_fs(output)
    for table in ("documents", "quotes"):
        path = f"{root}/{table}"
        if fs.exists(path):
            if not overwrite:
                raise NewsdocError(f"{output}/{table} already exists (pass overwrite=True to replace it)")
            fs.rm(path, recursive=True)


@contextmanager
def _client(client: Client | None, address: str | None) -> Iterator[Client | None]:
    if client is not None or address is None:
        yield client
        return
    from distributed import Client

    connected = Client(address)
    try:
        yield connected
    finally:
        connected.close()


@contextmanager
def local_cluster(
    workers: int = 2, *, processes: bool = True, threads_per_worker: int = 1
) -> Iterator[Client]:
    """A throwaway local ``distributed`` cluster and its client (for trying the recipe)."""
    _require_dask()
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=workers,
            processes=processes,
            threads_per_worker=threads_per_worker,
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m newsdoc.cluster INPUT OUTPUT [--scheduler ADDRESS | --workers N]``."""
    parser = argparse.ArgumentParser(prog="python -m newsdoc.cluster", description=__doc__.split("\n")[0])
    parser.add_argument("inputs", help="a directory of .txt files or a JSON Lines file (paths or URLs)")
    parser.add_argument("output", help="directory for the documents/ and quotes/ Parquet tables")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="a running scheduler, e.g. tcp://host:8786")
    parser.add_argument("--workers", type=int, default=2, help="local workers when no --scheduler")
    parser.add_argument("--json", action="store_true", help="keep each document's JSON in a column")
    parser.add_argument("--overwrite", action="store_true", help="replace existing tables")
    args = parser.parse_args(argv)
    options: dict[str, Any] = {"keep_json": args.json, "overwrite": args.overwrite}
    try:
        if args.scheduler:
            totals = parse_to_parquet(args.inputs, args.output, address=args.scheduler, **options)
        else:
            with local_cluster(args.workers) as client:
                totals = parse_to_parquet(args.inputs, args.output, client=client, **options)
    except NewsdocError as exc:
        print(f"newsdoc.cluster: {exc}", file=sys.stderr)
        return 2
    print(
        f"{totals.documents} documents ({totals.failed} failed), {totals.quotes} quotes, "
        f"{totals.partitions} partitions -> {args.output}",
        file=sys.stderr,
    )
    return 1 if totals.failed else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

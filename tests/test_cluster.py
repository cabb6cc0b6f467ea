"""The Dask recipe: parse a directory or JSON Lines on a 2-worker local cluster, write Parquet."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsdoc

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

from newsdoc import cluster  # noqa: E402
from scale_fixtures import mayor_doc  # noqa: E402

STORY = """ date 2031-05-{day:02d} Valley farmers report record {crop} harvest

Orvento, May {day} (Xinhua) -- Farmers in the Orvento valley brought in a record {crop}
harvest this year, the regional farm board said on Monday.

Board chair Mirela Dastin said the weather had helped.
"""
CROPS = ("barley", "rye", "millet", "flax", "oat", "hemp")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with cluster.local_cluster(2, processes=False) as connected:
        yield connected


def _table(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
    return sorted(rows, key=lambda row: row["source"])


def test_directory_to_parquet(tmp_path: Path, client: Any) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for day, crop in enumerate(CROPS, 1):
        (inputs / f"{crop}.txt").write_text(STORY.format(day=day, crop=crop), encoding="utf-8")
    (inputs / "broken.txt").write_bytes(b"\xff\xfe not utf-8")
    (inputs / "notes.md").write_text("not an article", encoding="utf-8")
    out = tmp_path / "out"

    totals = cluster.parse_to_parquet(str(inputs), str(out), client=client, files_per_partition=3)

    assert totals == cluster.Totals(documents=7, failed=1, quotes=totals.quotes, partitions=3)
    rows = _table(out / "documents")
    assert [Path(row["source"]).name for row in rows] == sorted(f"{c}.txt" for c in (*CROPS, "broken"))
    broken = next(row for row in rows if row["source"].endswith("broken.txt"))
    assert "cannot decode" in broken["error"]
    assert broken["headline"] is None
    barley = next(row for row in rows if row["source"].endswith("barley.txt"))
    assert barley["headline"] == "Valley farmers report record barley harvest"
    assert barley["published"] == dt.date(2031, 5, 1)
    assert barley["error"] is None
    assert barley["json"] is None
    quotes = pq.read_table(out / "quotes")
    assert quotes.schema.names == list(cluster.QUOTE_COLUMNS)
    assert quotes.num_rows == totals.quotes


def test_json_lines_to_parquet_keeps_json_and_reports_bad_records(tmp_path: Path, client: Any) -> None:
    lines = [json.dumps({"id": f"n{day}", "text": STORY.format(day=day, crop="rye")}) for day in (7, 8, 9)]
    lines.insert(1, "{not json")
    lines.append(json.dumps({"id": "empty"}))
    source = tmp_path / "archive.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")

    totals = cluster.parse_to_parquet(str(source), str(tmp_path / "out"), client=client, keep_json=True)

    assert (totals.documents, totals.failed) == (5, 2)
    rows = _table(tmp_path / "out" / "documents")
    good = {row["source"]: row for row in rows if row["error"] is None}
    assert sorted(good) == ["n7", "n8", "n9"]
    assert newsdoc.from_json(good["n8"]["json"]).published == dt.date(2031, 5, 8)
    errors = sorted(row["error"] for row in rows if row["error"] is not None)
    assert errors[0] == "a JSON Lines record needs a string 'text' field"
    assert errors[1].startswith("invalid JSON")


def test_documents_bag_yields_documents(tmp_path: Path, client: Any) -> None:
    (tmp_path / "a.txt").write_text(STORY.format(day=2, crop="oat"), encoding="utf-8")
    docs = cluster.documents(str(tmp_path)).compute(scheduler=client)
    assert len(docs) == 1
    assert docs[0] == newsdoc.parse(STORY.format(day=2, crop="oat"))


def test_quote_rows_flatten_each_quote() -> None:
    doc = mayor_doc()
    [row] = cluster.quote_rows("x", doc)
    assert row == {
        "source": "x",
        "quote": 0,
        "kind": "direct",
        "text": "We are ready.",
        "speaker": "Ada Brel",
        "speaker_text": "Mayor Ada Brel",
        "cue": "said",
        "start": 22,
        "end": 35,
        "paragraph": 0,
        "rule": "hand",
        "confidence": 1.0,
    }


def test_existing_tables_need_overwrite(tmp_path: Path, client: Any) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY.format(day=3, crop="flax"), encoding="utf-8")
    out = tmp_path / "out"
    (out / "documents").mkdir(parents=True)
    (out / "documents" / "part-00009.parquet").write_text("stale", encoding="utf-8")
    with pytest.raises(newsdoc.NewsdocError, match="already exists"):
        cluster.parse_to_parquet(str(tmp_path / "in"), str(out), client=client)
    totals = cluster.parse_to_parquet(str(tmp_path / "in"), str(out), client=client, overwrite=True)
    assert totals.documents == 1
    assert sorted(p.name for p in (out / "documents").iterdir()) == ["part-00000.parquet"]

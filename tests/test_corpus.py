"""Corpus: lazy loading from files, directories, globs and JSON Lines; filters, counts, tables."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsdoc
from newsdoc import Corpus, Dateline, Document, NewsdocError, Span
from newsdoc.cli import main
from newsdoc.cli.progress import Progress
from newsdoc.query import document_date, document_month
from newsdoc.tables import TABLES
from query_fixtures import BUDGET, FERRY, STORM, all_docs, ferry_doc, storm_doc


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    """The three hand-built documents as newsdoc JSON Lines."""
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(newsdoc.to_json(d) + "\n" for d in all_docs()), encoding="utf-8")
    return path


@pytest.fixture
def articles(tmp_path: Path, seed_text: str) -> Path:
    """A directory of raw articles, one nested, next to a gold file that must be ignored."""
    root = tmp_path / "articles"
    (root / "more").mkdir(parents=True)
    (root / "a_ferry.txt").write_text(FERRY, encoding="utf-8")
    (root / "b_storm.txt").write_text(STORM, encoding="utf-8")
    (root / "more" / "c_budget.txt").write_text(BUDGET, encoding="utf-8")
    (root / "more" / "seed.txt").write_text(seed_text, encoding="utf-8")
    (root / "gold.jsonl").write_text('{"id": "not a document"}\n', encoding="utf-8")
    return root


def sources(corpus: Corpus) -> list[str]:
    return [Path(source).name for source, _doc in corpus.documents()]


# --------------------------------------------------------------------------- loading


def test_jsonl_round_trips_documents(jsonl: Path) -> None:
    corpus = Corpus(jsonl)
    assert list(corpus) == all_docs()
    assert corpus.failures == []
    assert [s for s, _ in corpus.documents()] == [f"{jsonl}:{n}" for n in (1, 2, 3)]


def test_directory_reads_text_files_recursively_and_skips_other_files(articles: Path) -> None:
    corpus = Corpus(articles)
    assert sources(corpus) == ["a_ferry.txt", "b_storm.txt", "c_budget.txt", "seed.txt"]
    headlines = [d.headline for d in Corpus(articles)]
    assert headlines[-1] == "Chinese premier meets Kazakh PM, calling for enhanced cooperation"


def test_glob_and_explicit_files(articles: Path, jsonl: Path) -> None:
    assert sources(Corpus(str(articles / "**" / "c_*.txt"))) == ["c_budget.txt"]
    assert len(list(Corpus([articles / "a_ferry.txt", jsonl]))) == 4


def test_failures_are_recorded_and_the_stream_goes_on(tmp_path: Path, jsonl: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    good = newsdoc.to_json(storm_doc())
    broken.write_text(f'{good}\n\nnot json\n{{"text": "x", "bogus": 1}}\n{good}\n', encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 news\n\nBody.\n".encode("latin-1"))
    corpus = Corpus([broken, latin, tmp_path / "missing.txt", str(tmp_path / "none*.txt"), jsonl])
    docs = list(corpus)
    assert len(docs) == 2 + 3
    failed = [f.source for f in corpus.failures]
    assert failed == [
        f"{broken}:3",
        f"{broken}:4",
        str(latin),
        str(tmp_path / "missing.txt"),
        str(tmp_path / "none*.txt"),
    ]
    assert "invalid JSON" in corpus.failures[0].message
    assert "decode" in corpus.failures[2].message
    assert corpus.failures[4].message == "no files match"
    # A second pass starts a fresh report.
    list(corpus)
    assert len(corpus.failures) == 5


def test_on_error_raise(tmp_path: Path) -> None:
    with pytest.raises(NewsdocError, match=r"missing\.txt"):
        list(Corpus(tmp_path / "missing.txt", on_error="raise"))
    with pytest.raises(ValueError):
        Corpus(tmp_path, on_error="ignore")  # type: ignore[arg-type]


def test_entries_keep_failures_in_order(tmp_path: Path, jsonl: Path) -> None:
    entries = list(Corpus([tmp_path / "missing.txt", jsonl]).entries())
    assert [e.document is None for e in entries] == [True, False, False, False]
    assert entries[0].failure is not None


def test_pretty_json_file_is_one_document(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(newsdoc.to_json(ferry_doc(), pretty=True), encoding="utf-8")
    assert list(Corpus(path)) == [ferry_doc()]


def test_stdin_json_lines_and_text(monkeypatch: pytest.MonkeyPatch, seed_text: str) -> None:
    lines = "".join(newsdoc.to_json(d) + "\n" for d in all_docs())
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    assert list(Corpus("-")) == all_docs()
    monkeypatch.setattr(sys, "stdin", io.StringIO(seed_text))
    (doc,) = list(Corpus("-"))
    assert doc.headline == "Chinese premier meets Kazakh PM, calling for enhanced cooperation"


def test_construction_reads_nothing(tmp_path: Path) -> None:
    corpus = Corpus(tmp_path / "not-there-yet.txt")
    (tmp_path / "not-there-yet.txt").write_text(STORM, encoding="utf-8")
    assert len(list(corpus)) == 1


def test_streaming_pulls_one_document_at_a_time() -> None:
    pulled: list[int] = []

    def generate() -> Iterator[Document]:
        for number, doc in enumerate(all_docs() * 10):
            pulled.append(number)
            yield doc

    corpus = Corpus.from_documents(generate()).filter(agency="Baltic Wire").limit(2)
    assert [d.headline for d in corpus] == ["Storm closes Norrvik harbour"] * 2
    # The second storm document is the fifth input: nothing after it was read.
    assert pulled == [0, 1, 2, 3, 4]


def test_limit_zero_reads_nothing(jsonl: Path) -> None:
    assert list(Corpus(jsonl).limit(0)) == []
    with pytest.raises(ValueError):
        Corpus(jsonl).limit(-1)


# --------------------------------------------------------------------------- filters


def headlines(corpus: Corpus) -> list[str | None]:
    return [d.headline for d in corpus]


FERRY_H, STORM_H, BUDGET_H = (d.headline for d in all_docs())


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({"agency": "newsroom"}, [FERRY_H, BUDGET_H]),
        ({"agency": ["Baltic Wire", "AFP"]}, [STORM_H]),
        ({"location": "Port Alden"}, [FERRY_H, BUDGET_H]),
        ({"location": "NORRVIK"}, [STORM_H]),
        ({"since": "2031-04"}, [STORM_H, BUDGET_H]),
        ({"until": "2031-03"}, [FERRY_H]),
        ({"since": dt.date(2031, 4, 2), "until": "2031-04-02"}, [STORM_H]),
        ({"until": "2030"}, []),
        ({"since": "2031", "until": "2031"}, [FERRY_H, STORM_H, BUDGET_H]),
        ({"speaker": "Zhou"}, [FERRY_H, BUDGET_H]),
        ({"speaker": "Minister Vell"}, [FERRY_H]),
        ({"text": "harbour"}, [STORM_H, BUDGET_H]),
        ({"text": "HARBOUR", "ignore_case": False}, []),
        ({"text": re.compile(r"ferr(y|ies)")}, [FERRY_H, BUDGET_H]),
        ({"agency": "Newsroom", "speaker": "Vell"}, [FERRY_H]),
    ],
)
def test_filter(jsonl: Path, criteria: dict[str, object], expected: list[str]) -> None:
    assert headlines(Corpus(jsonl).filter(**criteria)) == expected  # type: ignore[arg-type]


def test_filters_compose_and_leave_the_original_alone(jsonl: Path) -> None:
    corpus = Corpus(jsonl)
    newsroom = corpus.filter(agency="Newsroom")
    may = newsroom.filter(since="2031-05")
    assert headlines(may) == [BUDGET_H]
    assert headlines(newsroom) == [FERRY_H, BUDGET_H]
    assert len(headlines(corpus)) == 3
    assert headlines(corpus.where(lambda d: len(d.quotes) > 3)) == [FERRY_H]


def test_undated_documents_fall_outside_date_ranges() -> None:
    undated = Document(text="x")
    assert document_date(undated) is None
    assert list(Corpus.from_documents([undated]).filter(since="1900")) == []


def test_bad_date_bound() -> None:
    with pytest.raises(NewsdocError, match="not a date"):
        Corpus("x").filter(since="March 2031")
    with pytest.raises(NewsdocError):
        Corpus("x").filter(until="2031-13")


def test_document_date_prefers_dateline_then_published() -> None:
    doc = ferry_doc()
    assert document_date(doc) == dt.date(2031, 3, 13)
    assert document_month(doc) == "2031-03"
    assert document_date(Document(text="x", published=dt.date(2030, 1, 2))) == dt.date(2030, 1, 2)
    yearless = Document(text="x", dateline=Dateline(span=Span(0, 1), text="x", month=2, day=26))
    assert document_date(yearless) is None
    assert document_month(yearless) == "--02"
    assert document_month(Document(text="x")) is None


# --------------------------------------------------------------------------- quotes and counts


def test_quotes_across_documents(jsonl: Path) -> None:
    hits = list(Corpus(jsonl).quotes())
    assert len(hits) == 5 + 2 + 1
    zhou = list(Corpus(jsonl).quotes(speaker="Zhou Minghai"))
    assert [(Path(h.source).name, h.quote.text) for h in zhou] == [
        ("docs.jsonl:1", "the route would cut travel times by half"),
        ("docs.jsonl:1", "This is a good day for the islands,"),
        ("docs.jsonl:3", "ferries would stay free for pupils"),
    ]
    assert zhou[2].document.headline == BUDGET_H


def test_counts(jsonl: Path) -> None:
    corpus = Corpus(jsonl)
    assert corpus.speaker_counts().most_common(2) == [("Tomas Vell", 3), ("Zhou Minghai", 2)]
    assert corpus.agency_counts() == {"Newsroom": 2, "Baltic Wire": 1}
    assert corpus.location_counts() == {"Port Alden": 2, "Norrvik": 1}
    assert corpus.month_counts() == {"2031-03": 1, "2031-04": 1, "2031-05": 1}
    assert corpus.count(lambda d: [b.name for b in d.bylines] or None) == {}


def test_stats_in_one_pass(jsonl: Path, tmp_path: Path) -> None:
    stats = Corpus([jsonl, tmp_path / "missing.txt"]).stats()
    assert (stats.documents, stats.failures, stats.quotes) == (3, 1, 8)
    assert stats.speakers["Tomas Vell"] == 3
    assert stats.speakers["Premier Zhou"] == 1  # unresolved mentions count as written
    assert stats.agencies["Newsroom"] == 2


def test_counts_on_parsed_articles(articles: Path) -> None:
    # Parsed documents: nothing is invented for fields the parser left empty.
    stats = Corpus(articles).stats()
    assert stats.documents == 4
    assert stats.months["2024-11"] == 1  # the seed's published date


# --------------------------------------------------------------------------- tables


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_quotes_csv(jsonl: Path, tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    assert Corpus(jsonl).to_csv("quotes", out) == 8
    rows = read_csv(out)
    assert list(rows[0]) == [c.name for c in TABLES["quotes"].columns]
    assert rows[0]["speaker"] == "Zhou Minghai"
    assert rows[0]["speaker_text"] == "Mr. Zhou"
    assert rows[4]["text"] == "the U.S. firm Baymark built the boats"
    assert rows[5]["speaker"] == "officials"
    start, end = int(rows[1]["start"]), int(rows[1]["end"])
    assert FERRY[start:end] == "This is a good day for the islands,"


def test_documents_paragraphs_people_csv(jsonl: Path) -> None:
    buffer = io.StringIO()
    assert Corpus(jsonl).to_csv("documents", buffer) == 3
    docs = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert [d["agency"] for d in docs] == ["Newsroom", "Baltic Wire", "Newsroom"]
    assert docs[0]["dateline_date"] == "2031-03-13"
    assert docs[0]["published"] == ""
    assert (docs[0]["paragraphs"], docs[0]["words"], docs[0]["quotes"], docs[0]["speakers"]) == (
        "4",
        "61",
        "5",
        "2",
    )

    buffer = io.StringIO()
    Corpus(jsonl).to_csv("paragraphs", buffer)
    paragraphs = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert len(paragraphs) == 8
    assert [p["lead"] for p in paragraphs[:4]] == ["true", "false", "false", "false"]

    buffer = io.StringIO()
    Corpus(jsonl).to_csv("people", buffer)
    people = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert [(p["name"], p["mentions"], p["quotes"]) for p in people] == [
        ("Zhou Minghai", "3", "2"),
        ("Tomas Vell", "2", "3"),
        ("Eva Lind", "1", "1"),
    ]


def test_unknown_table(jsonl: Path) -> None:
    with pytest.raises(NewsdocError, match="unknown table"):
        list(Corpus(jsonl).rows("sentences"))


def test_parquet_and_feather(jsonl: Path, tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    feather = pytest.importorskip("pyarrow.feather")
    corpus = Corpus(jsonl)
    assert corpus.to_parquet("quotes", tmp_path / "q.parquet", batch_size=3) == 8
    table = parquet.read_table(tmp_path / "q.parquet")
    assert table.num_rows == 8
    assert table.column("speaker").to_pylist()[:2] == ["Zhou Minghai", "Zhou Minghai"]
    assert corpus.to_feather("documents", tmp_path / "d.arrow") == 3
    docs = feather.read_table(tmp_path / "d.arrow")
    assert docs.schema.field("dateline_date").type == pa.date32()
    assert docs.column("dateline_date").to_pylist()[0] == dt.date(2031, 3, 13)
    memory = corpus.to_arrow("paragraphs")
    assert memory.num_rows == 8
    assert memory.schema.field("lead").type == pa.bool_()


def test_empty_arrow_table_keeps_its_schema(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    table = Corpus.from_documents([]).to_arrow("quotes")
    assert table.num_rows == 0
    assert table.column_names == [c.name for c in TABLES["quotes"].columns]


def test_arrow_export_without_pyarrow(jsonl: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(NewsdocError, match=r"newsdoc\[arrow\]"):
        Corpus(jsonl).to_parquet("quotes", tmp_path / "q.parquet")


# --------------------------------------------------------------------------- command line


def test_quotes_command_jsonl(jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", str(jsonl), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 8
    assert records[2]["speaker"] == "Tomas Vell"
    assert err == ""  # no progress line when stderr is not a terminal


def test_quotes_command_speaker_and_csv(jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", str(jsonl), "--speaker", "Premier Zhou", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["text"] for r in rows] == [
        "the route would cut travel times by half",
        "This is a good day for the islands,",
        "ferries would stay free for pupils",
    ]


def test_quotes_command_table(jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", str(jsonl), "--speaker", "Lind"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["SPEAKER", "KIND", "SOURCE", "QUOTE"]
    assert len(lines) == 2
    assert lines[1].startswith("Eva Lind ")
    assert lines[1].endswith("We will reopen when the wind drops,")


def test_commands_name_failed_inputs(jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["quotes", str(missing), str(jsonl), "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 8
    assert str(missing) in err
    assert main(["stats", str(missing)]) == 1
    assert str(missing) in capsys.readouterr().err


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["quotes", str(tmp_path / "empty")]) == 2
    assert main(["stats", str(tmp_path / "empty")]) == 2
    assert main(["quotes", str(tmp_path), "--format", "xml"]) == 2
    assert main(["stats", str(tmp_path), "--top", "-1"]) == 2
    capsys.readouterr()


def test_stats_command(jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(jsonl), "--format", "jsonl", "--top", "1"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"group": "total", "key": "documents", "count": 3} in records
    assert {"group": "agency", "key": "Newsroom", "count": 2} in records
    assert [r["key"] for r in records if r["group"] == "month"] == ["2031-03", "2031-04", "2031-05"]
    assert [r for r in records if r["group"] == "speaker"] == [
        {"group": "speaker", "key": "Tomas Vell", "count": 3}
    ]
    assert main(["stats", str(jsonl)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("documents: 3  failed: 0  quotes: 8")
    assert "  Port Alden" in text


def test_progress_line() -> None:
    stream = io.StringIO()
    progress = Progress(4, stream=stream, enabled=True)
    progress.advance()
    progress.advance(failed=True)
    assert progress.line().startswith("[############............]  50% 2 docs, 1 failed")
    assert "\r" in stream.getvalue()
    progress.close()
    silent = io.StringIO()
    quiet = Progress(None, stream=silent)  # StringIO is not a terminal
    quiet.advance()
    quiet.close()
    assert silent.getvalue() == ""
    assert quiet.line().startswith("1 docs, 0 failed")


def test_commands_read_parsed_json_lines_from_the_parse_command(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(articles)]) == 0
    parsed = tmp_path / "parsed.jsonl"
    parsed.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["stats", str(parsed), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"group": "total", "key": "documents", "count": 4} in records


# --------------------------------------------------------------------------- development corpus


@pytest.mark.corpus
def test_corpus_set_streams_every_article(capsys: pytest.CaptureFixture[str]) -> None:
    from conftest import corpus_dir

    folder = corpus_dir("xinhua-quotes-dev")
    gold_ids = [json.loads(line)["id"] for line in (folder / "gold.jsonl").read_text().splitlines() if line]
    corpus = Corpus(folder)
    stems = [Path(source).stem for source, _doc in corpus.documents()]
    assert corpus.failures == []
    assert sorted(stems) == sorted(gold_ids)  # gold.jsonl and manifest.json are not read
    quotes = sum(len(doc.quotes) for doc in corpus)
    assert main(["quotes", str(folder), "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == quotes

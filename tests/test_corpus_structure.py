"""Structure accuracy on the development corpus (skipped when ../shared/corpus is absent).

Uses the benchmark's prediction writer and the shared scorer, so the numbers are
the ones ``benchmarks/datelines.py`` reports; this guards them against regressions.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsdoc
from conftest import CORPUS, ROOT, corpus_dir

TARGET = 0.995

# Reuters-21578 files carry no date: the full year cannot be known from the text.
UNKNOWABLE = {"reuters-train": {"published", "dateline.date"}}


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tools() -> tuple[Any, Any]:
    scorer_path = CORPUS.parent / "tools" / "score.py"
    if not scorer_path.exists():
        pytest.skip("shared scorer is not present")
    return _load("newsdoc_bench_datelines", ROOT / "benchmarks" / "datelines.py"), _load(
        "shared_score", scorer_path
    )


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["xinhua-2005", "afp-1997", "reuters-train"])
def test_structure_fields_meet_the_target(name: str, tools: tuple[Any, Any]) -> None:
    folder = corpus_dir(name)
    bench, scorer = tools
    gold, _problems = scorer.load_jsonl(folder / "gold.jsonl")
    pred = {row["id"]: row for row in bench.predict(folder)}
    result = scorer.score(gold, pred)
    low = {
        field: round(value["acc"], 4)
        for field, value in result["fields"].items()
        if field not in UNKNOWABLE.get(name, set()) and value["acc"] is not None and value["acc"] < TARGET
    }
    assert low == {}
    bylines = result.get("bylines", {})
    if bylines.get("gold"):
        assert bylines["f1"] >= TARGET


@pytest.mark.corpus
def test_reuters_month_and_day_without_a_reference(tools: tuple[Any, Any]) -> None:
    folder = corpus_dir("reuters-train")
    bench, _scorer = tools
    rows = bench.predict(folder)
    assert all(row["published"] is None for row in rows)  # nothing in the text gives a year
    dated = [row["dateline"]["date"] for row in rows if row["dateline"] and row["dateline"]["date"]]
    assert dated and all(date.startswith("--") for date in dated)


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["seed", "xinhua-2005", "afp-1997", "reuters-train"])
def test_dateline_spans_match_the_gold(name: str) -> None:
    folder = corpus_dir(name)
    config = newsdoc.Config(quotes=False)
    checked = wrong = 0
    with open(folder / "gold.jsonl", encoding="utf-8") as handle:
        for line in handle:
            gold = json.loads(line)
            if not gold.get("dateline") or not gold.get("dateline_span"):
                continue
            text = (folder / f"{gold['id']}.txt").read_text(encoding="utf-8")
            start, end = gold["dateline_span"]
            end = start + len(text[start:end].rstrip())  # the gold keeps the space after the dash
            dateline = newsdoc.parse(text, config=config).dateline
            checked += 1
            wrong += dateline is None or (dateline.span.start, dateline.span.end) != (start, end)
    assert checked and wrong / checked < 1 - TARGET

"""benchmarks/same_output.py: the byte-for-byte check that speed work is held to."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

STORIES = {
    "a.txt": "HARBOURTON, May 2 (Reuters) - Port director Lena Ostrova said on Tuesday that\n"
    "cargo volumes rose 4 percent in April.\n\n"
    '"We expect a busy summer," Ostrova told reporters.\n\nReuter\n',
    "b.txt": "KELMSBY, June 9 (AFP) - The town council voted to close the old bridge,\nits chairman said.\n",
}


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("same_output", ROOT / "benchmarks" / "same_output.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def story_set(tmp_path: Path) -> Path:
    directory = tmp_path / "wire"
    directory.mkdir()
    for name, text in STORIES.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory


def test_unchanged_output_compares_identical(
    story_set: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _script()
    baseline = tmp_path / "baseline"
    assert script.main(["save", str(baseline), str(story_set)]) == 0
    saved = [json.loads(line) for line in (baseline / "wire.jsonl").read_text().splitlines()]
    assert [record["file"] for record in saved] == ["a.txt", "b.txt"]
    assert json.loads(saved[0]["json"])["dateline"]["agency"] == "Reuters"
    assert script.main(["compare", str(baseline), str(story_set)]) == 0
    assert "wire: 2 identical, 0 different, 0 missing" in capsys.readouterr().out


def test_changed_and_missing_documents_are_named(
    story_set: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _script()
    baseline = tmp_path / "baseline"
    script.main(["save", str(baseline), str(story_set)])
    saved_file = baseline / "wire.jsonl"
    records = [json.loads(line) for line in saved_file.read_text().splitlines()]
    document = json.loads(records[0]["json"])
    document["headline"] = "A headline the parser never found"
    records[0]["json"] = json.dumps(document)
    records.append({"file": "gone.txt", "json": "{}"})
    saved_file.write_text("".join(json.dumps(record) + "\n" for record in records))
    capsys.readouterr()
    assert script.main(["compare", str(baseline), str(story_set)]) == 1
    out = capsys.readouterr().out
    assert "wire: 1 identical, 1 different, 1 missing" in out
    assert "a.txt (headline)" in out
    assert "gone.txt (missing)" in out


def test_a_set_without_baseline_fails(story_set: Path, tmp_path: Path) -> None:
    assert _script().main(["compare", str(tmp_path / "nothing"), str(story_set)]) == 1

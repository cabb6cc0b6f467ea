"""Shared fixtures: the seed article and the optional development corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsdoc

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3bedf8df8d3eabc6.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc() -> newsdoc.Document:
    return newsdoc.parse_file(SEED)


def corpus_dir(name: str) -> Path:
    """A corpus set under ../shared/corpus, or skip the test when it is absent."""
    path = CORPUS / name
    if not (path / "gold.jsonl").exists():
        pytest.skip(f"development corpus {path} is not present")
    return path

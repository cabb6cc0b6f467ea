"""Over a sample of every development-corpus set: no exception, every invariant, exact JSON round trip.

Skips when ../shared/corpus is absent.  ``benchmarks/corpus_check.py`` runs the
same checks over every article and prints the counts.
"""

from __future__ import annotations

import pytest

import newsdoc
from conftest import corpus_dir
from newsdoc.check import violations

SETS = [
    "seed",
    "xinhua-2005",
    "afp-1997",
    "reuters-train",
    "polnear-train",
    "polnear-dev",
    "xinhua-quotes-dev",
]
SAMPLE = 40


@pytest.mark.corpus
@pytest.mark.parametrize("name", SETS)
def test_corpus_sample_parses_losslessly_and_round_trips(name: str) -> None:
    paths = sorted(corpus_dir(name).glob("*.txt"))[:SAMPLE]
    assert paths
    failures = []
    for path in paths:
        doc = newsdoc.parse_file(path)
        broken = violations(doc)
        if broken:
            failures.append(f"{path.name}: {broken[:2]}")
        if newsdoc.from_json(newsdoc.to_json(doc)) != doc:
            failures.append(f"{path.name}: JSON round trip changed the document")
        for fmt in newsdoc.format_names():
            newsdoc.dumps(doc, fmt)
    assert failures == []

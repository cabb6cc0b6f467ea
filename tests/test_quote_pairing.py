"""Quote-mark pairing stays linear and gives the same regions as the straightforward stack scan.

Regression: ``pair_quotes`` searched the whole stack of open marks for each closer
(and for each ambiguous ``"``), so a paragraph of double openers that never close
followed by single closers took quadratic time (240 KB: 50 s).  The reference
below is that original scan; the property checks the faster version agrees.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

quotemarks = pytest.importorskip("newsdoc.parse.quotemarks")


def reference_pairs(text: str, start: int, end: int) -> tuple[list[tuple[int, int, str, bool]], int | None]:
    stack: list[tuple[str, int]] = []
    regions = []
    for position, mark in quotemarks.find_marks(text, start, end):
        role = quotemarks._classify(text, position, mark, start, end)
        if role is None:
            continue
        family, kind = role
        if kind == "either":
            kind = "close" if any(f == family for f, _ in stack) else "open"
        if kind == "open":
            stack.append((family, position))
            continue
        depth = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == family), None)
        if depth is None:
            continue
        opened = stack[depth][1]
        del stack[depth:]
        if not stack:
            regions.append((opened, position + len(mark), family, True))
    unclosed = None
    for family, opened in stack:
        if family != "single":
            unclosed = opened
            regions.append((opened, end, family, False))
            break
    return regions, unclosed


PIECES = [
    '"',
    "“",
    "”",
    "„",
    "«",
    "»",
    "‹",
    "›",
    "‘",
    "’",
    "'",
    "``",
    "''",
    "a",
    "a ",
    " ",
    "(",
    "don't",
    "Jones'",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_pairing_matches_the_reference_scan(text: str) -> None:
    regions, unclosed = quotemarks.pair_quotes(text, 0, len(text))
    found = [(r.start, r.end, r.family, r.closed) for r in regions]
    assert (found, unclosed) == reference_pairs(text, 0, len(text))


def test_unbalanced_families_pair_as_before() -> None:
    text = "“a a’ " * 300
    regions, unclosed = quotemarks.pair_quotes(text, 0, len(text))
    assert unclosed == 0
    assert [(r.start, r.end, r.closed) for r in regions] == [(0, len(text), False)]

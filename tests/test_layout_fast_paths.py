"""Fast paths of the paragraph layout give what the plain scans they skip give.

``find_marks`` leaves out an apostrophe between two letters or digits, which
``pair_quotes`` would classify as no mark anyway, so a paragraph whose only marks
are such apostrophes needs no pairing.  The quote regions must be those the
unfiltered mark list gives, for any paragraph bounds, including a paragraph that
starts or ends inside a word (the analyzer then searches paragraph by paragraph).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdoc.parse import quotemarks
from newsdoc.parse.attribution import Analyzer
from newsdoc.parse.quotemarks import RegionIndex, find_marks, pair_quotes, split_sentences


def every_mark(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The marks as found before the apostrophe filter: pairs joined, lone backticks out."""
    marks: list[tuple[int, str]] = []
    skip = -1
    for position in range(start, end):
        mark = text[position]
        if position == skip or mark not in quotemarks._MARK_CHARS:
            continue
        if mark in "`'" and text.startswith(mark, position + 1) and position + 1 < end:
            marks.append((position, mark + mark))
            skip = position + 1
        elif mark != "`":
            marks.append((position, mark))
    return marks


_PIECES = [
    "'",
    "’",
    "‘",
    '"',
    "“",
    "”",
    "``",
    "''",
    "a",
    "7",
    " ",
    "don't",
    "Li’s",
    "'90s",
    "'ab",
    "x'",
    ",",
    "\n",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 40), st.integers(0, 40))
def test_pairing_the_filtered_marks_gives_the_same_regions(text: str, start: int, end: int) -> None:
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    filtered = pair_quotes(text, start, end, find_marks(text, start, end))
    assert filtered == pair_quotes(text, start, end, every_mark(text, start, end))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_TEXTS.filter(bool), st.sampled_from(["\n", "a", "7 "])), min_size=1, max_size=4))
def test_layout_regions_match_pairing_each_paragraph_alone(paragraphs: list[tuple[str, str]]) -> None:
    """Paragraphs apart by a line break, or glued to a letter (starting or ending
    inside a word): the regions of each paragraph paired alone."""
    text = ""
    spans = []
    for body, gap in paragraphs:
        spans.append((len(text), len(text) + len(body)))
        text += body + gap
    analyzer = Analyzer(text, spans)
    analyzer.run()
    laid_out = {layout.index: (layout.regions, layout.unclosed) for layout in analyzer.layouts}
    for index, (start, end) in enumerate(spans):
        regions, unclosed = pair_quotes(text, start, end, every_mark(text, start, end))
        assert laid_out.get(index, ([], None)) == (regions, unclosed)


def test_an_apostrophe_inside_a_word_is_no_mark() -> None:
    text = "Li's aide didn't say 'no'."
    assert find_marks(text, 0, len(text)) == [(21, "'"), (24, "'")]
    regions, _ = pair_quotes(text, 0, len(text))
    assert [(r.start, r.end) for r in regions] == [(21, 25)]


def test_an_apostrophe_on_the_paragraph_edge_is_weighed() -> None:
    """Seen from a paragraph starting at it, "'s" opens a single quote: kept as a mark."""
    text = "ab'cd x'"
    assert find_marks(text, 2, len(text)) == [(2, "'"), (7, "'")]
    assert find_marks(text, 0, len(text)) == [(7, "'")]


def test_a_paragraph_starting_inside_a_word_keeps_its_first_mark() -> None:
    text = "Pa'bc d'"
    analyzer = Analyzer(text, [(0, 2), (2, len(text))])
    analyzer.run()
    assert [(r.start, r.end, r.family) for r in analyzer.layouts[-1].regions] == [(2, 8, "single")]


def test_a_colon_attribution_takes_the_next_paragraph_only_when_it_is_a_quote() -> None:
    """The next paragraph is looked up among the laid-out ones: one with no mark has none."""
    plain = "Mayor Ada Brunn said:\nRain fell on the harbour.\n"
    quoted = 'Mayor Ada Brunn said:\n"We will rebuild the pier."\n'
    spans = [(0, 21), (22, len(plain) - 1)]
    assert [found.rule for found in Analyzer(plain, spans).run()] == []
    spans = [(0, 21), (22, len(quoted) - 1)]
    found = Analyzer(quoted, spans).run()
    assert [(f.rule, f.content, f.paragraph) for f in found] == [("said-colon", [(22, len(quoted) - 1)], 0)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Li", "said", ".", "!", "?", '"', "”", " ", "\n", "U.S.", "4", "Mr.", "! Li", "? No", ". He"]
        ),
        max_size=12,
    ),
    st.integers(0, 4),
    st.integers(0, 4),
)
def test_sentences_match_the_boundary_scan(parts: list[str], cut_start: int, cut_end: int) -> None:
    """One sentence at once when no mark stands before the last character; else the scan."""
    text = "".join(parts)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    regions, _ = pair_quotes(text, start, end)
    quotes = RegionIndex(regions)
    plain_scan = [m.span() for m in quotemarks._BOUNDARY_RE.finditer(text, start, end)]
    assert split_sentences(text, start, end, quotes) == quotemarks._cut_sentences(
        text, start, end, quotes, plain_scan
    )

"""Fast paths of the structure stage give what the plainer code they replaced gives.

Each test keeps the plain version here as the reference and compares on generated
input: ``ParseState.unclaimed`` (a C-level scan), ``Block.unwrapped`` (a ``map``),
``claim_unclaimed`` (direct container access), the tails rule's length gate in
``_kind`` and its bounded token split, the agency it gives the dateline in place (what
``attrs.evolve`` would build) and the header rule's gate before the dateline expression.
"""

from __future__ import annotations

import datetime as dt
import re
import string

import attrs
import pytest
from dateutil import parser as date_parser
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc.model import Dateline, Paragraph, Span, Tail
from newsdoc.parse import RULES, _start, rule_names, run_rule
from newsdoc.parse import state as state_module
from newsdoc.parse.rules import date_line, dateline, header, paragraphs, tails
from newsdoc.parse.rules.captions import ends_in_credit
from newsdoc.parse.rules.date_line import is_date_line
from newsdoc.parse.rules.dateline import match_dateline
from newsdoc.parse.state import Block, BlockRole, Line, ParseState, split_blocks

_ROLES: list[BlockRole] = ["unclaimed", "unclaimed", "body", "byline", "tail", "header"]

# --- ParseState.unclaimed ----------------------------------------------------------------


def _unclaimed_reference(state: ParseState) -> list[int]:
    trims = state.trims
    return [
        i
        for i, role in enumerate(state.roles)
        if role == "unclaimed" and (i not in trims or trims[i][0] < trims[i][1])
    ]


@st.composite
def _states(draw: st.DrawFn) -> ParseState:
    """A state over generated text with random roles and trims (some trimmed to nothing)."""
    lines = draw(st.lists(st.sampled_from(["Word one", "  indented", "", "x", " two  words "]), max_size=14))
    text = "\n".join(lines)
    state = ParseState(text=text, config=newsdoc.Config())
    state.blocks = split_blocks(text)
    state.roles = [draw(st.sampled_from(_ROLES)) for _ in state.blocks]
    for index in draw(st.lists(st.integers(0, max(len(state.blocks) - 1, 0)), max_size=3)):
        if not state.blocks:
            break
        block = state.blocks[index]
        lo = draw(st.integers(block.start, block.end))
        hi = draw(st.integers(block.start, block.end))
        state.trims[index] = (lo, hi)
    return state


@settings(max_examples=300, deadline=None)
@given(_states())
def test_unclaimed_matches_the_plain_scan(state: ParseState) -> None:
    assert state.unclaimed() == _unclaimed_reference(state)


def test_unclaimed_runs_past_the_ready_made_indices() -> None:
    for size in (state_module._INDEX_LIMIT - 1, state_module._INDEX_LIMIT, state_module._INDEX_LIMIT + 3):
        state = ParseState(text="", config=newsdoc.Config())
        state.roles = ["header"] + ["unclaimed"] * (size - 2) + ["tail"]
        assert state.unclaimed() == list(range(1, size - 1)) == _unclaimed_reference(state)
        state.roles[-1] = "unclaimed"
        assert state.unclaimed() == list(range(1, size)) == _unclaimed_reference(state)


# --- Block.unwrapped ---------------------------------------------------------------------

_PIECES = ["ab", "C d", " ", "  ", "\t", "\n", "\r\n", "\r", "\x0b", "\x1c", "\u2028", "\xa0", "é"]


def _unwrapped_reference(block: Block, text: str, start: int | None, end: int | None) -> str:
    chunk = text[block.start if start is None else start : block.end if end is None else end]
    if len(block.lines) == 1:
        return chunk
    return " ".join([line.strip() for line in chunk.splitlines()])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.data())
def test_unwrapped_matches_the_plain_join(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    for block in split_blocks(text):
        start = data.draw(st.one_of(st.none(), st.integers(block.start, block.end)))
        end = data.draw(st.one_of(st.none(), st.integers(block.start, block.end)))
        assert block.unwrapped(text, start, end) == _unwrapped_reference(block, text, start, end)


# --- paragraphs.claim_unclaimed ----------------------------------------------------------


def _claim_reference(state: ParseState) -> bool:
    added = False
    for index in _unclaimed_reference(state):
        start, end = state.bounds(index)
        if start >= end:
            continue
        state.claim(index, "body")
        text = _unwrapped_reference(state.blocks[index], state.text, start, end)
        state.paragraphs.append(Paragraph(text=text, span=Span(start, end)))
        state.paragraph_blocks.append(index)
        added = True
    return added


def _copy(state: ParseState) -> ParseState:
    twin = ParseState(text=state.text, config=state.config, blocks=list(state.blocks))
    twin.roles = list(state.roles)
    twin.trims = dict(state.trims)
    return twin


@settings(max_examples=300, deadline=None)
@given(_states())
def test_claim_unclaimed_matches_the_plain_loop(state: ParseState) -> None:
    expected = _copy(state)
    assert paragraphs.claim_unclaimed(state) == _claim_reference(expected)
    assert state.roles == expected.roles
    assert state.paragraphs == expected.paragraphs
    assert state.paragraph_blocks == expected.paragraph_blocks


# --- tails: the length gate and the bounded split ----------------------------------------


def _kind_reference(text: str, start: int, end: int) -> str | None:
    """The tail kinds tried one after the other, with no gate."""
    if end - start > 700:
        return None
    if tails._SIGNOFF.fullmatch(text, start, end):
        return "signoff"
    marker = tails._MARKER.fullmatch(text, start, end)
    if marker is not None:
        return "end-marker" if marker["end"] else "transmission"
    if tails._WORD_TAIL.fullmatch(text, start, end) and tails.is_enditem(text[start:end]):
        return "end-marker"
    credit_block = tails._CREDITS.fullmatch(text, start, end)
    if credit_block is not None and tails._known_credit(credit_block["body"]):
        return "credits"
    if tails._NOTE.fullmatch(text, start, end):
        return "note"
    if tails._SLUG.fullmatch(text, start, end):
        return "signoff"
    if _transmission_reference(text[start:end]):
        return "transmission"
    return None


def _transmission_reference(chunk: str) -> bool:
    tokens = chunk.split()
    if not 1 <= len(tokens) <= 10 or not all(tails._CODE_TOKEN.fullmatch(token) for token in tokens):
        return False
    return any(token.startswith("=") or token in ("GMT", "nnnn", "NNNN") for token in tokens)


_TAIL_PIECES = [
    "Reuter",
    "REUTERS",
    "reute",
    "...",
    "12:05",
    "/ab",
    "(END)",
    "MORE",
    "Enditem",
    "Ednitem",
    "dmh/ns",
    "(Reporting by Ana Volk; Editing by Ivo Brand)",
    "(EDS: fixes typo)",
    "($1 = 1.5 dollars)",
    "=01022049",
    "02/01/96",
    "GMT",
    "nnnn",
    " ",
    "  ",
    "\n",
    "(",
    ")",
    "the port reopened",
    "x" * 12,
    "\x03",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TAIL_PIECES), max_size=12), st.data())
def test_kind_matches_every_check_in_turn(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    if not text:
        return
    cuts = [0]
    for piece in pieces:
        cuts.append(cuts[-1] + len(piece))
    start = data.draw(st.one_of(st.sampled_from(cuts[:-1]), st.integers(0, len(text) - 1)))
    later = [cut for cut in cuts if cut > start]
    end = data.draw(st.one_of(st.sampled_from(later), st.integers(start + 1, len(text))))
    assert tails._kind(text, start, end) == _kind_reference(text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["=0102", "GMT", "12:00", "nnnn", "word", " ", "  ", "\n"]), max_size=30))
def test_bounded_split_matches_the_full_split(pieces: list[str]) -> None:
    chunk = "".join(pieces)
    assert tails._is_transmission_code(chunk) == _transmission_reference(chunk)


def test_ten_code_tokens_are_a_transmission_code_and_eleven_are_not() -> None:
    assert tails._is_transmission_code(" ".join(["=0102"] * 10))
    assert not tails._is_transmission_code(" ".join(["=0102"] * 11))


def test_short_tail_bound_covers_every_short_pattern() -> None:
    for pattern in (tails._SIGNOFF, tails._MARKER, tails._WORD_TAIL, tails._SLUG):
        widest = re._parser.parse(pattern.pattern).getwidth()[1]  # type: ignore[attr-defined]
        assert widest <= tails.SHORT_TAIL_CHARS, pattern.pattern
    for pattern in (tails._CREDITS, tails._NOTE):  # the long ones open with a parenthesis
        assert pattern.pattern.startswith(r"\(")


# --- tails: the dateline's agency, given in place ----------------------------------------

_OPTIONAL = st.one_of(st.none(), st.text(string.ascii_letters, max_size=6))


@settings(max_examples=100, deadline=None)
@given(
    _OPTIONAL,
    st.one_of(st.none(), st.dates(dt.date(1980, 1, 1), dt.date(2040, 1, 1))),
    st.one_of(st.none(), st.integers(1, 12)),
    st.one_of(st.none(), st.integers(1, 31)),
    _OPTIONAL,
    _OPTIONAL,
    st.one_of(st.none(), st.just(Span(2, 5))),
    st.one_of(st.none(), st.just(Span(7, 9))),
    st.booleans(),
)
def test_agency_given_in_place_is_what_evolve_builds(
    location: str | None,
    date: dt.date | None,
    month: int | None,
    day: int | None,
    weekday: str | None,
    region: str | None,
    location_span: Span | None,
    agency_span: Span | None,
    signed: bool,
) -> None:
    """The sign-off's agency, set on the state's dateline: every other field stays as it was."""
    values = (Span(0, 12), "PLACE, May 1", location, date, None, month, day, weekday, region)
    working, kept_apart = (
        Dateline(*values, location_span, agency_span),
        Dateline(*values, location_span, agency_span),
    )
    state = ParseState(text="PLACE, May 1 - Text.\n\nReuter\n", config=newsdoc.Config())
    state.dateline = working
    if signed:
        state.tails = [Tail("signoff", "Reuter", Span(22, 28))]
    tails._agency_from_tails(state)
    assert state.dateline is working
    assert working == (attrs.evolve(kept_apart, agency="Reuters") if signed else kept_apart)


def test_agency_from_tails_keeps_every_field() -> None:
    """Every field set to a value that is not its default: a field changed by mistake would show."""
    values = {spec.name: f"v-{spec.name}" for spec in attrs.fields(Dateline)}
    values["agency"] = None  # type: ignore[assignment]
    state = ParseState(text="", config=newsdoc.Config())
    state.dateline = Dateline(**values)  # type: ignore[arg-type]
    state.tails = [Tail("signoff", "Reuter", Span(0, 6))]
    tails._agency_from_tails(state)
    assert state.dateline == Dateline(**{**values, "agency": "Reuters"})  # type: ignore[arg-type]


def test_a_crash_in_the_tails_rule_leaves_the_dateline_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    """The agency is the rule's last step: a rule rolled back by ``run_rule`` has not touched it."""
    text = "   LONDON, March 3 - Output rose.\n   Analysts were surprised.\n"
    state = _start(text, newsdoc.Config())
    for rule in RULES[: rule_names().index("tails")]:
        run_rule(rule, state)
    before = state.dateline
    assert before is not None and before.agency is None

    def crash(_state: ParseState) -> bool:
        raise RuntimeError("layout check failed")

    monkeypatch.setattr(tails, "_reuters_1987_layout", crash)
    run_rule(tails.RULE, state)
    assert state.problems[-1].code == "rule-crashed"
    assert state.dateline is before and before.agency is None
    monkeypatch.undo()
    run_rule(tails.RULE, state)  # the same layout, checked for real: 1987 Reuters copy
    assert state.dateline is before and before.agency == "Reuters"


# --- header: the dateline expression runs only when its answer could matter --------------


def _bare_headline_reference(state: ParseState) -> bool:
    """``is_bare_headline`` with the dateline expression run on every first line."""
    if len(state.blocks) < 2:
        return False
    block = state.blocks[0]
    text = state.text
    if len(block.lines) > header.MAX_HEADLINE_LINES or block.end - block.start > header.MAX_HEADLINE_CHARS:
        return False
    first = block.lines[0]
    if text[first.start : first.start + 3].casefold() == "by " or is_date_line(text, block.start, block.end):
        return False
    dateline = match_dateline(text, first.start, first.end, allow_bare=False)
    if dateline is not None and header._opens_paragraph(dateline, block.end):
        return False
    return ends_in_credit(text, block.start, block.end) is None


_PLACES = ["", "LONDON", "Port Ellery", "TRADE TALKS END", "grain prices rise", "(090312) -- BEIJING"]
_DATES = ["", ", March 3", ", Tuesday", " March 3", ",", ", Ruritania,"]
_AGENCIES = [
    "",
    " (Reuters)",
    " (Xinhua)",
    " (Acme)",
    " Reuters",
    " REUTER",
    " rEuTeRs",
    " (R)",
    " \u212aeuters",
]
_DASHES = ["", " -", " --", "-", " \u2014"]
_RESTS = ["", " ", " Prices rose.", " " + "word " * 17, " " + "word " * 21, " " + "word " * 40]


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(_PLACES),
    st.sampled_from(_DATES),
    st.sampled_from(_AGENCIES),
    st.sampled_from(_DASHES),
    st.sampled_from(_RESTS),
    st.sampled_from(["", "\nsecond line", "\n(Acme/Li Ming)"]),
)
def test_headline_gate_matches_running_the_dateline_expression(
    place: str, date: str, agency: str, dash: str, rest: str, more: str
) -> None:
    head = (place + date + agency + dash + rest).strip() + more
    if not head.strip():
        return
    text = head + "\n\nThe body follows here.\n"
    state = ParseState(text=text, config=newsdoc.Config())
    state.blocks = split_blocks(text)
    state.roles = ["unclaimed"] * len(state.blocks)
    assert header.is_bare_headline(state) == _bare_headline_reference(state)


# --- split_blocks: lines measured in one pass, Line tuples made on demand ----------------


def _split_reference(text: str) -> list[tuple[int, int, tuple[Line, ...]]]:
    """The one-pass split that built every line's :class:`Line` at once."""
    blocks: list[tuple[int, int, tuple[Line, ...]]] = []
    current: list[Line] = []
    offset = 0
    margin = -1
    for raw in text.splitlines(keepends=True):
        line_start = offset
        offset += len(raw)
        stripped = raw.lstrip()
        if not stripped:
            if current:
                blocks.append((current[0].start, current[-1].end, tuple(current)))
                current = []
            continue
        indent = offset - line_start - len(stripped)
        if margin < 0 or indent < margin:
            margin = indent
        elif current and indent > margin:
            blocks.append((current[0].start, current[-1].end, tuple(current)))
            current = []
        current.append(Line(line_start + indent, line_start + len(raw.rstrip()), indent))
    if current:
        blocks.append((current[0].start, current[-1].end, tuple(current)))
    return blocks


_LAYOUT_PIECES = [
    "Word",
    "two words",
    " ",
    "   ",
    "\t",
    "\xa0",
    "\n",
    "\n",
    "\r\n",
    "\r",
    "\x0c",
    "\u2028",
    "\x85",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LAYOUT_PIECES), max_size=40))
def test_split_blocks_matches_the_eager_split(pieces: list[str]) -> None:
    text = "".join(pieces)
    blocks = split_blocks(text)
    assert [(b.start, b.end, b.lines) for b in blocks] == _split_reference(text)
    assert [b.line_count for b in blocks] == [len(b.lines) for b in blocks]


# --- plain wraps: first lines, unwrapped text and the last lines without a line split ----


def _plain_reference(chunk: str) -> bool:
    """Every line break of ``chunk`` a lone "\\n", and no line with whitespace to strip."""
    pieces = chunk.split("\n")
    return len(chunk.splitlines()) == len(pieces) and all(piece == piece.strip() for piece in pieces)


# Letters, the spaces Python strips, "\n" and the other line breaks: plain and unplain wraps.
_WRAP_PIECES = ["ab", "C d", "é", "\n", "\n", "\n", " ", "\t", "\xa0", "\r\n", "\r", "\x0b", "\u2028"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WRAP_PIECES), max_size=30))
def test_plain_wraps_first_line_and_later_lines_match_the_full_split(pieces: list[str]) -> None:
    text = "".join(pieces)
    for block in split_blocks(text):
        assert block.plain_wraps == _plain_reference(text[block.start : block.end])
        fresh = Block(block.start, block.end, block.line_count, block.first_indent, text, block.plain_wraps)
        assert fresh.first_line == block.lines[0]
        fresh = Block(block.start, block.end, block.line_count, block.first_indent, text, block.plain_wraps)
        assert list(fresh.later_lines_from_end()) == list(reversed(block.lines[1:]))


# Mostly plain wraps, with spaces inside lines where a chunk may start or end.
_PLAIN_PIECES = ["ab", "C d", "x\xa0y", "\n", "\n", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PLAIN_PIECES), max_size=30), st.data())
def test_unwrapped_of_plain_wraps_matches_the_plain_join(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    for block in split_blocks(text):
        start = data.draw(st.one_of(st.none(), st.integers(0, len(text))))  # inside the block or not
        end = data.draw(st.one_of(st.none(), st.integers(0, len(text))))
        assert block.unwrapped(text, start, end) == _unwrapped_reference(block, text, start, end)


def test_plain_wraps_are_joined_without_a_split() -> None:
    indented = "  All of it indented\n  two lines"  # the second line continues the block
    block = split_blocks(indented)[0]
    assert block.line_count == 2 and not block.plain_wraps
    assert block.unwrapped(indented) == "All of it indented two lines"
    spaced = split_blocks("A space before the break \nand the next")[0]
    assert spaced.line_count == 2 and not spaced.plain_wraps
    text = "ab \n\ncd\nef"
    second = split_blocks(text)[1]
    assert second.plain_wraps
    assert second.unwrapped(text, 0, len(text)) == "ab  cd ef"  # a range beyond the block is split
    assert second.unwrapped("ab \n\nc \n f") == "c f"  # so is another string than the block's
    plain = split_blocks("One line\nand the next")[0]
    assert plain.plain_wraps and plain.first_line == Line(0, 8, 0)
    assert plain.unwrapped("One line\nand the next") == "One line and the next"


@settings(max_examples=300, deadline=None)
@given(_states())
def test_state_first_line_is_the_first_of_the_lines(state: ParseState) -> None:
    for index in range(len(state.blocks)):
        lines = state.lines(index)
        if lines:
            assert state.first_line(index) == lines[0]


def _block_fields(blocks: list[Block]) -> list[tuple[int, int, int, int, bool]]:
    return [(b.start, b.end, b.line_count, b.first_indent, b.plain_wraps) for b in blocks]


# Only "\n" breaks: lines blank, indented, with trailing spaces, of other whitespace.
_NEWLINE_PIECES = ["Word", "two words", " ", "   ", "\t", "\xa0", "\u3000", "é", "\n", "\n", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NEWLINE_PIECES), max_size=40))
def test_split_at_newlines_matches_the_splitlines_split(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert state_module._newline_breaks_only(text)
    expected = _block_fields(state_module._split_lines(text))
    assert _block_fields(state_module._split_at_newlines(text)) == expected
    assert _block_fields(split_blocks(text)) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("a \n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x1f"), max_size=20))
def test_newline_gate_sees_every_other_line_break(text: str) -> None:
    lines = text.splitlines(keepends=True)  # each ends in its break, the last one maybe in none
    assert state_module._newline_breaks_only(text) == all(
        line in (line.splitlines()[0], line.splitlines()[0] + "\n") for line in lines
    )


# --- dateline: one-class word runs and first-letter guards ------------------------------

_PLAIN_WORD = r"[^\W\d_](?:[^\s(),\d\-–—―_]|-(?=[^\W\d_]))*"
"""The word as first written: an alternation repeated per character."""

_GUARDS = (dateline._MONTH_FIRST, dateline._WEEKDAY_FIRST, "(?=(?i:[adfjmnostw]))")


def _plain_dateline() -> re.Pattern[str]:
    """The dateline expression with the plain word and without the first-letter guards."""
    pattern = dateline._DATELINE.pattern.replace(dateline._WORD, _PLAIN_WORD)
    for guard in _GUARDS:
        assert guard in pattern
        pattern = pattern.replace(guard, "")
    return re.compile(pattern)


_PLAIN_DATELINE = _plain_dateline()

_DATELINE_PIECES = [
    "WASHINGTON",
    "New York",
    "co-op",
    "x-",
    "A-1",
    "Jan.",
    "january",
    "Sept",
    "MAYOR",
    "Monday",
    "ſep",  # long s: "sep" to a case-insensitive pattern
    "Tuesdays",
    "(Reuters)",
    "(AFP)",
    "Reuters",
    "(051203)",
    "(",
    ")",
    "-",
    "--",
    "—",
    "_",
    "&#151;",
    " ",
    "\xa0",
    "\t",
    ",",
    ".",
    "5",
    "12",
    "1999",
    "said",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATELINE_PIECES), max_size=14))
@example(["LONDON", " ", "ſep", " ", "5", " ", "(Reuters)", " ", "-"])
@example(["LONDON", ",", " ", "ſep", " ", "5", " ", "-"])
@example(["Kiev", " ", "Tuesdays", " ", "-"])
def test_dateline_expression_matches_the_plain_one(pieces: list[str]) -> None:
    line = "".join(pieces)
    found = dateline._DATELINE.match(line)
    plain = _PLAIN_DATELINE.match(line)
    assert found is not None and plain is not None  # every part is optional
    assert found.span() == plain.span()
    assert [found.span(g) for g in range(1, found.re.groups + 1)] == [
        plain.span(g) for g in range(1, plain.re.groups + 1)
    ]


def _match_reference(line: str, allow_bare: bool) -> re.Match[str] | None:
    """:func:`match_dateline` without the gate that skips lines with no dash and no agency."""
    found = dateline._DATELINE.match(line)
    if found is None or found.end() == found.start():
        return None
    return found if dateline._plausible(found, line, len(line), allow_bare) else None


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from([*_DATELINE_PIECES, "rEUTER", "Reuter's", "ARUSHA", "\x97", "―"]), max_size=12),
    st.booleans(),
)
@example(["LONDON", ",", " ", "Sept", " ", "5", " ", "Reuters", " ", "said"], True)
@example(["LONDON", ",", " ", "Sept", " ", "5", " ", "_", " ", "said"], True)
@example(["LONDON", ",", " ", "Sept", " ", "5", " ", "\x97", " ", "said"], True)
@example(["LONDON", ",", " ", "Sept", " ", "5", " ", "&#151;", " ", "said"], True)
@example(["LONDON", ",", " ", "Sept", " ", "5", " ", "―", " ", "said"], True)
def test_dateline_gate_keeps_every_accepted_dateline(pieces: list[str], allow_bare: bool) -> None:
    line = "".join(pieces)
    found = match_dateline(line, 0, len(line), allow_bare=allow_bare)
    expected = _match_reference(line, allow_bare)
    assert (found is None) == (expected is None)
    if found is not None and expected is not None:
        assert found.span() == expected.span()


# --- dateline: datetime.date checks an ordinary calendar date, not python-dateutil --------


@settings(max_examples=400, deadline=None)
@given(st.integers(100, 9999), st.integers(1, 12), st.integers(1, 31))
def test_calendar_date_matches_dateutil(year: int, month: int, day: int) -> None:
    dateline._calendar_date.cache_clear()
    assert dateline._calendar_date(year, month, day) == dateline._dateutil_date(year, month, day)


def test_calendar_date_leaves_odd_values_to_dateutil() -> None:
    for year, month, day in ((5, 3, 1), (2005, 2, 0), (2005, 1, 45), (10000, 1, 1)):
        assert dateline._calendar_date(year, month, day) == dateline._dateutil_date(year, month, day)


# --- date line: plain written dates read without python-dateutil ------------------------


def _dateutil_read(written: str) -> dt.date | None:
    try:
        return date_parser.parse(written).date()
    except (ValueError, OverflowError):
        return None


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(["November", "NOVEMBER", "february", "May", "Nov.", "Sept", "Monday,"]),
    st.integers(0, 40),
    st.booleans(),
    st.integers(100, 9999),
    st.sampled_from([", ", " ", ",  ", "\t"]),
    st.booleans(),
)
def test_plain_written_dates_match_dateutil(
    month: str, day: int, padded: bool, year: int, gap: str, day_first: bool
) -> None:
    day_text = f"{day:02d}" if padded else str(day)
    written = f"{day_text} {month}{gap}{year:04d}" if day_first else f"{month} {day_text}{gap}{year:04d}"
    assert date_line.read_date.__wrapped__(written) == _dateutil_read(written)


def test_plain_date_reads_the_common_forms_itself() -> None:
    assert date_line._plain_date("November 05, 2024") == dt.date(2024, 11, 5)
    assert date_line._plain_date("5 November 2024") == dt.date(2024, 11, 5)
    assert date_line._plain_date("February 30, 2024") is None  # no such day: dateutil says so
    assert date_line.read_date.__wrapped__("February 30, 2024") is None
    assert date_line._plain_date("Nov. 05, 2024") is None  # abbreviations go to dateutil

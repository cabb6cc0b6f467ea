"""Lenient vs strict parsing, the rule safety net, input hygiene and limits (issue 5)."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc.check import violations
from newsdoc.parse import RULES, rule_names, run
from newsdoc.parse.rules import hygiene
from newsdoc.parse.state import ParseState, Rule

WIRE = (
    "Harbour cranes idle as dock strike enters second week\n"
    "\n"
    "PORT ELLERY, March 9 (Xinhua) -- Dock workers in Port Ellery stayed away for an eighth day on\n"
    "Tuesday, union leader Mara Quintel said.\n"
    "\n"
    '"We will not load a single ship until the contract is signed," Quintel told reporters.\n'
    "\n"
    "Enditem\n"
)


def codes(doc: newsdoc.Document) -> list[str]:
    return [problem.code for problem in doc.problems]


# --- lenient by default, strict on request ---------------------------------------------


def test_clean_wire_copy_has_no_hygiene_problems() -> None:
    doc = newsdoc.parse(WIRE)
    hygiene_codes = {"bom", "empty-input", "control-characters", "mojibake", "html-entities", "html-markup"}
    assert not hygiene_codes & set(codes(doc))
    assert violations(doc) == []


def test_lenient_mode_records_problems_and_keeps_text() -> None:
    text = "Ministers met\x00 on Friday &amp; agreed.\n"
    doc = newsdoc.parse(text)
    assert codes(doc) == ["control-characters", "html-entities"]
    control = doc.problems[0]
    assert control.span is not None and control.span.slice(text) == "\x00"
    assert doc.paragraphs[0].text == "Ministers met\x00 on Friday &amp; agreed."
    assert violations(doc) == []


def test_strict_mode_raises_on_first_problem_with_line_and_column() -> None:
    text = "Headline\n\nSecond line has a NUL\x00 here\n"
    with pytest.raises(newsdoc.ParseError) as info:
        newsdoc.parse(text, config=newsdoc.Config(strict=True))
    error = info.value
    assert isinstance(error, newsdoc.NewsdocError)
    assert error.problem.code == "control-characters"
    assert (error.line, error.column) == (3, 22)


def test_strict_mode_counts_cr_and_crlf_line_ends() -> None:
    for newline in ("\r", "\r\n", "\n"):
        text = newline.join(["one", "two", "x &amp; y"])
        with pytest.raises(newsdoc.ParseError) as info:
            newsdoc.parse(text, config=newsdoc.Config(strict=True))
        assert (info.value.line, info.value.column) == (3, 3), repr(newline)


def test_strict_mode_passes_clean_copy() -> None:
    doc = newsdoc.parse("Plain headline\n\nA plain paragraph.\n", config=newsdoc.Config(strict=True))
    assert doc.problems == ()


@pytest.mark.parametrize("bad", [b"bytes", 12, None, ["list"]])
def test_non_str_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        newsdoc.parse(bad)  # type: ignore[arg-type]


# --- the safety net: a crashing rule never kills the pipeline ----------------------------


def _greedy_then_crash(state: ParseState) -> None:
    """Claims every block and records a paragraph, then fails: all of it must be undone."""
    for index in range(len(state.blocks)):
        state.claim(index, "caption")
    state.headline = "half-done"
    state.problems.append(newsdoc.Problem("half", "recorded before the crash"))
    raise ZeroDivisionError("boom")


CRASHER = Rule("crasher", _greedy_then_crash)


@pytest.mark.parametrize("position", range(len(RULES) + 1))
def test_crashing_rule_anywhere_in_the_pipeline_is_recorded(position: int) -> None:
    rules = (*RULES[:position], CRASHER, *RULES[position:])
    doc = run(WIRE, newsdoc.Config(), rules)
    crashed = [p for p in doc.problems if p.code == "rule-crashed"]
    assert len(crashed) == 1
    assert "'crasher'" in crashed[0].message and "ZeroDivisionError: boom" in crashed[0].message
    assert crashed[0].severity == "error"
    assert "half" not in codes(doc)
    assert doc.headline != "half-done"
    assert violations(doc) == []
    normal = run(WIRE, newsdoc.Config())
    assert [p for p in doc.problems if p.code != "rule-crashed"] == list(normal.problems)
    assert attrs.evolve(doc, problems=()) == attrs.evolve(normal, problems=())


def test_crashing_rule_raises_parse_error_in_strict_mode() -> None:
    with pytest.raises(newsdoc.ParseError) as info:
        run("Plain text.\n", newsdoc.Config(strict=True), (CRASHER, *RULES))
    assert info.value.problem.code == "rule-crashed"


def test_text_survives_when_every_rule_crashes() -> None:
    broken = tuple(Rule(rule.name, _greedy_then_crash) for rule in RULES)
    doc = run(WIRE, newsdoc.Config(), broken)
    assert codes(doc).count("rule-crashed") == len(RULES)
    assert violations(doc) == []
    assert "Dock workers" in doc.body


@pytest.mark.parametrize("name", rule_names())
def test_disabling_any_rule_loses_no_text(name: str) -> None:
    doc = newsdoc.parse(WIRE, config=newsdoc.Config(disabled_rules=(name,)))
    assert violations(doc) == []


def test_rule_errors_on_purpose_still_propagate() -> None:
    def refuse(state: ParseState) -> None:
        raise newsdoc.NewsdocError("deliberate")

    with pytest.raises(newsdoc.NewsdocError, match="deliberate"):
        run("text", newsdoc.Config(), (Rule("refuse", refuse),))


# --- input hygiene ----------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends_give_the_same_structure(newline: str) -> None:
    text = WIRE.replace("\n", newline)
    doc = newsdoc.parse(text)
    reference = newsdoc.parse(WIRE)
    assert [p.text for p in doc.paragraphs] == [p.text for p in reference.paragraphs]
    assert doc.headline == reference.headline
    for paragraph in doc.paragraphs:
        assert "\r" not in paragraph.text
        assert paragraph.span.slice(text).strip() == paragraph.span.slice(text)
    assert violations(doc) == []


def test_leading_bom_is_reported_and_offsets_keep_counting_it() -> None:
    text = "\ufeff" + WIRE
    doc = newsdoc.parse(text)
    reference = newsdoc.parse(WIRE)
    assert doc.problems[0].code == "bom"
    assert doc.problems[0].span == newsdoc.Span(0, 1)
    assert [p.text for p in doc.paragraphs] == [p.text for p in reference.paragraphs]
    assert [p.span.start for p in doc.paragraphs] == [p.span.start + 1 for p in reference.paragraphs]
    assert violations(doc) == []


def test_bom_is_dropped_by_parse_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + WIRE.encode("utf-8"))
    doc = newsdoc.parse_file(path)
    assert doc.text == WIRE
    assert "bom" not in codes(doc)


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t\r\n\u00a0\u2003 ", "\ufeff", "\ufeff  \n"])
def test_empty_and_blank_input(text: str) -> None:
    doc = newsdoc.parse(text)
    assert doc.text == text
    assert doc.paragraphs == ()
    assert "empty-input" in codes(doc)
    assert violations(doc) == []
    assert newsdoc.from_json(newsdoc.to_json(doc)) == doc


def test_control_characters_are_reported_and_kept() -> None:
    text = "Alpha\x00beta\x07\x08 gamma\x1b[0m delta\x7f epsilon\x9b zeta"
    doc = newsdoc.parse(text)
    spans = [p.span.slice(text) for p in doc.problems if p.code == "control-characters" and p.span]
    assert spans == ["\x00", "\x07\x08", "\x1b", "\x7f", "\x9b"]
    assert doc.paragraphs[0].text == text
    assert violations(doc) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=60))
def test_ascii_shortcut_agrees_with_the_control_pattern(text: str) -> None:
    # the C-speed check for clean ASCII copy must skip the regex exactly when it would find nothing
    assert hygiene._clean_ascii(text) == (hygiene._CONTROL.search(text) is None)


_SCANNED = (
    "\x00\x08\x09\x0b\x1f\x7f\x85\x9d\xa0\xc2\xc3\xe2\xf4\xf5\u201c\u2019\ufeff\ufffb\ufffd\ud800\udfff"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_SCANNED + "ab. \n€™"), max_size=40))
def test_the_suspect_gate_never_hides_a_finding(text: str) -> None:
    # hygiene skips its five character scans when one scan finds no suspect character:
    # that must only happen when every one of them would have found nothing
    if not hygiene._suspect_characters(text):
        for pattern in (
            hygiene._CONTROL,
            hygiene._INNER_BOM,
            hygiene._SURROGATES,
            hygiene._REPLACEMENT,
            hygiene._MOJIBAKE,
        ):
            assert pattern.search(text) is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_SCANNED + "ab. \n€™\u0100\U0001f600é"), max_size=40))
def test_the_codec_gate_agrees_with_the_suspect_pattern(text: str) -> None:
    # non-ASCII copy is looked at through the Latin-1 and UTF-16 codecs before the pattern runs
    assert hygiene._suspect_characters(text) == (
        not hygiene._clean_ascii(text) if text.isascii() else hygiene._SUSPECT.search(text) is not None
    )


def test_curly_quoted_copy_skips_the_scans_and_mojibake_does_not() -> None:
    assert not hygiene._suspect_characters("\u201cWe agree,\u201d said Jos\u00e9 Ortiz.")
    assert hygiene._suspect_characters("\u00e2\u20ac\u0153We agree")
    assert hygiene._suspect_characters("caf\u00e9\x07")
    assert hygiene._suspect_characters("\u201cBroken\ufffd\u201d")  # above Latin-1 only
    assert hygiene._suspect_characters("\u201csplit " + chr(0xD83D) + "\u201d")


def test_a_flood_of_problems_is_capped() -> None:
    text = "x\x00" * 5000
    doc = newsdoc.parse(text)
    control = [p for p in doc.problems if p.code == "control-characters"]
    assert len(control) == hygiene.MAX_PROBLEMS_PER_CODE + 1
    assert "4980 more" in control[-1].message
    assert violations(doc) == []


def test_tabs_and_no_break_spaces_count_as_whitespace() -> None:
    text = "Headline\n\n\tFirst paragraph\u00a0ends.\n\u00a0\u00a0\n\u00a0Second\tone."
    doc = newsdoc.parse(text)
    slices = [p.span.slice(text) for p in doc.paragraphs]
    assert slices[-2:] == ["First paragraph\u00a0ends.", "Second\tone."]
    assert violations(doc) == []


MOJIBAKE_CASES = [
    ("\u201cquoted\u201d", "â€œquotedâ€\x9d", ["â€œ", "â€\x9d"]),  # 0x9D kept as Latin-1
    ("it\u2019s", "itâ€™s", ["â€™"]),
    ("caf\u00e9", "cafÃ©", ["Ã©"]),
    ("12\u00a0km", "12Â\u00a0km", ["Â\u00a0"]),
    ("\u2014", "â€”", ["â€”"]),
    ("\u20ac5", "â‚¬5", ["â‚¬"]),
]


@pytest.mark.parametrize(("intended", "garbled", "sequences"), MOJIBAKE_CASES)
def test_mojibake_is_found_with_its_span(intended: str, garbled: str, sequences: list[str]) -> None:
    wrongly_decoded = intended.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "\x9d")
    assert wrongly_decoded == garbled
    text = f"The minister said {garbled} again."
    doc = newsdoc.parse(text)
    found = [p.span.slice(text) for p in doc.problems if p.code == "mojibake" and p.span]
    assert found == sequences
    assert hygiene.repair_mojibake(text) == f"The minister said {intended} again."
    assert "control-characters" not in codes(doc)
    assert violations(doc) == []


def test_right_quote_that_lost_its_last_byte_is_still_mojibake() -> None:
    text = "He said â€œnoâ€ and left."
    spans = [s.slice(text) for s in hygiene.mojibake_spans(text)]
    assert spans == ["â€œ", "â€"]
    assert hygiene.repair_mojibake(text) == "He said \u201cno\u201d and left."


@pytest.mark.parametrize(
    "text", ["château", "São Paulo", "Øresund", "naïve café", "Ã alone", "© 2024", "Ω and μ"]
)
def test_real_accented_text_is_not_mojibake(text: str) -> None:
    assert list(hygiene.mojibake_spans(text)) == []


def test_html_entities_are_reported_and_bare_ampersands_are_not() -> None:
    text = "AT&T and R&D &amp; Smith &#8220;hi&#x201D; &nosuch; &copy;"
    doc = newsdoc.parse(text)
    found = [p.span.slice(text) for p in doc.problems if p.code == "html-entities" and p.span]
    assert found == ["&amp;", "&#8220;", "&#x201D;", "&copy;"]
    assert hygiene.decode_entities(text) == "AT&T and R&D & Smith \u201chi\u201d &nosuch; \u00a9"


def test_html_tags_are_reported() -> None:
    text = "First<br/>second <p class='x'>third</p> and 3 < 4 > 2 <script>x</script> Acme Corp <I> <BP>"
    doc = newsdoc.parse(text)
    found = [p.span.slice(text) for p in doc.problems if p.code == "html-markup" and p.span]
    assert found == ["<br/>", "<p class='x'>", "</p>", "<script>", "</script>"]


def test_clean_text_repairs_text_fields_but_not_spans() -> None:
    text = (
        "Talks resume\n\nTalks resumeâ€”again\n\n"
        "The envoy said â€œwe are close&hellip;â€\x9d\x00 on\u00a0Monday.\tLater.\n"
    )
    plain = newsdoc.parse(text)
    cleaned = newsdoc.parse(text, config=newsdoc.Config(clean_text=True))
    assert [p.text for p in cleaned.paragraphs][-2:] == [
        "Talks resume\u2014again",
        "The envoy said \u201cwe are close\u2026\u201d on Monday. Later.",
    ]
    assert [p.span for p in cleaned.paragraphs] == [p.span for p in plain.paragraphs]
    assert cleaned.problems == plain.problems
    assert cleaned.text == text
    assert violations(cleaned) == []


def test_very_long_line_and_one_giant_paragraph() -> None:
    line = "Officials said the plan, which has drawn criticism, would go ahead. " * 3000
    for text in (line, line.replace(". ", ".\n")):
        doc = newsdoc.parse(text)
        assert violations(doc) == []
        assert len(doc.paragraphs) >= 1
        assert newsdoc.from_json(newsdoc.to_json(doc)) == doc


def test_lone_surrogates_round_trip_through_json() -> None:
    text = "Bytes \udce9 lost in decoding\n"
    doc = newsdoc.parse(text)
    assert "surrogates" in codes(doc)
    dumped = newsdoc.to_json(doc)
    dumped.encode("utf-8")  # the JSON itself is valid UTF-8
    assert newsdoc.from_json(dumped) == doc


def test_replacement_characters_are_reported() -> None:
    doc = newsdoc.parse("Bad byte \ufffd\ufffd here")
    assert codes(doc) == ["replacement-characters"]


# --- files and limits -------------------------------------------------------------------


def test_undecodable_file_names_file_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Headline\n\nThe caf\xe9 closed.\n")
    with pytest.raises(newsdoc.DecodeError) as info:
        newsdoc.parse_file(path)
    assert info.value.offset == 17
    assert str(path) in str(info.value) and "offset 17" in str(info.value)


def test_encoding_and_errors_options_are_the_fallback(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"The caf\xe9 closed.\n")
    assert newsdoc.parse_file(path, encoding="latin-1").paragraphs[0].text == "The caf\u00e9 closed."
    replaced = newsdoc.parse_file(path, errors="replace")
    assert replaced.paragraphs[0].text == "The caf\ufffd closed."
    assert "replacement-characters" in codes(replaced)
    escaped = newsdoc.parse_file(path, errors="surrogateescape")
    assert "surrogates" in codes(escaped)
    assert newsdoc.from_json(newsdoc.to_json(escaped)) == escaped


def test_unknown_encoding_is_a_decode_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"text")
    with pytest.raises(newsdoc.DecodeError):
        newsdoc.parse_file(path, encoding="no-such-codec")


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        newsdoc.parse_file(tmp_path / "absent.txt")


def test_input_size_limit() -> None:
    config = newsdoc.Config(max_input_chars=100)
    assert newsdoc.parse("x" * 100, config=config).text == "x" * 100
    with pytest.raises(newsdoc.InputTooLargeError, match="101 characters"):
        newsdoc.parse("x" * 101, config=config)
    assert newsdoc.Config().max_input_chars == 10_000_000


def test_file_size_limit_is_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text("y" * 300, encoding="utf-8")
    config = newsdoc.Config(max_input_chars=100)
    with pytest.raises(newsdoc.InputTooLargeError, match="300 characters"):
        newsdoc.parse_file(path, config=config)  # read, then refused by parse()

    def must_not_read(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("a file far over the limit was read")

    monkeypatch.setattr(newsdoc.api, "read_text", must_not_read)
    path.write_text("y" * 404, encoding="utf-8")
    with pytest.raises(newsdoc.InputTooLargeError, match="404 bytes"):
        newsdoc.parse_file(path, config=config)


@pytest.mark.parametrize("bad", [-1, "10", 1.5, True])
def test_size_limit_must_be_a_non_negative_int(bad: object) -> None:
    with pytest.raises(ValueError):
        newsdoc.Config(max_input_chars=bad)  # type: ignore[arg-type]


def test_lines_wrapped_under_the_header_are_kept() -> None:
    """Regression: the header rule claimed its whole block but spanned one line, losing the rest."""
    text = " date 2024-11-05 Ferry links restored\nNovember 05, 2024\n\nBody text."
    doc = newsdoc.parse(text)
    assert doc.headline == "Ferry links restored"
    assert violations(doc) == []
    owners = [name for name, span in doc.element_spans() if "November 05" in span.slice(text)]
    assert owners and "header" not in owners


def test_bracket_look_back_is_local_and_bounded() -> None:
    """Regression: _in_brackets rescanned the whole line for every name (quadratic on one-line text)."""
    from newsdoc.parse.people import _BRACKET_REACH, _in_brackets

    credit = "A ferry docks. (Xinhua/Li Ming)"
    assert _in_brackets(credit, credit.index("Li Ming"))
    assert not _in_brackets("(see above) Li Ming", 12)
    assert not _in_brackets("(opened\nLi Ming", 8)
    far = "(" + "x" * (_BRACKET_REACH + 5) + " Li Ming"
    assert not _in_brackets(far, far.index("Li Ming"))


def _state_with_a_distinct_value_in_every_field() -> ParseState:
    state = ParseState(text="Body text.", config=newsdoc.Config())
    for number, spec in enumerate(dataclasses.fields(ParseState)):
        if spec.name in ("text", "config"):
            continue
        initial = getattr(state, spec.name)  # as a fresh state starts: an empty container or None
        container = type(initial)() if isinstance(initial, list | dict) else None
        if isinstance(container, dict):
            container[number] = number
        elif isinstance(container, list):
            container.append(number)
        setattr(state, spec.name, container if container is not None else f"value {number}")
    return state


def test_snapshot_covers_every_field_in_order_and_copies_containers() -> None:
    state = _state_with_a_distinct_value_in_every_field()
    saved = state.snapshot()
    fields = dataclasses.fields(ParseState)
    assert len(saved) == len(fields)
    for spec, value in zip(fields, saved, strict=True):
        current = getattr(state, spec.name)
        assert value == current, spec.name
        assert (value is current) == (not isinstance(current, (list, dict))), spec.name


def test_restore_undoes_changes_to_every_field() -> None:
    state = _state_with_a_distinct_value_in_every_field()
    before = {spec.name: copy.copy(getattr(state, spec.name)) for spec in dataclasses.fields(ParseState)}
    saved = state.snapshot()
    for spec in dataclasses.fields(ParseState):
        value = getattr(state, spec.name)
        if isinstance(value, list):
            value.append("changed")
        elif isinstance(value, dict):
            value["changed"] = True
        else:
            setattr(state, spec.name, "changed")
    state.restore(saved)
    assert {spec.name: getattr(state, spec.name) for spec in dataclasses.fields(ParseState)} == before

"""The shared parallel runner behind ``newsdoc parse --jobs N`` (and other commands)."""

from __future__ import annotations

import io
import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdoc.cli import main, runner

ARTICLE = """ date 2031-03-{day:02d} Harbour council opens new ferry pier number {n}

Brindlemoor, March {day} (Xinhua) -- The harbour council of Brindlemoor on Tuesday opened
ferry pier number {n}, its mayor Tomas Averlin said.

"The pier will carry {n} thousand passengers a year," Averlin told reporters.

The council said the pier cost less than planned.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    """Twelve small invented articles, each different, so order is visible in the output."""
    paths = []
    for n in range(12):
        path = tmp_path / f"story{n:02d}.txt"
        path.write_text(ARTICLE.format(day=n + 1, n=n), encoding="utf-8")
        paths.append(str(path))
    return paths


def _parse(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    code = main(["parse", "--no-progress", *argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_two_jobs_print_what_one_job_prints(corpus: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code1, lines1, _ = _parse(capsys, "--jobs", "1", *corpus)
    code2, lines2, _ = _parse(capsys, "--jobs", "2", *corpus)
    assert code1 == code2 == 0
    assert len(lines1) == len(corpus)
    assert lines1 == lines2
    headlines = [json.loads(line)["headline"] for line in lines2]
    assert headlines == [f"Harbour council opens new ferry pier number {n}" for n in range(12)]


def test_unordered_gives_the_same_set(corpus: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    _, ordered, _ = _parse(capsys, *corpus)
    code, unordered, _ = _parse(capsys, "--jobs", "2", "--unordered", *corpus)
    assert code == 0
    assert sorted(unordered) == sorted(ordered)


def test_failures_are_summarised_and_the_rest_still_parses(
    corpus: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_bytes = tmp_path / "latin1.txt"
    bad_bytes.write_bytes("Caf\xe9 owners protest\n".encode("latin-1"))
    missing = str(tmp_path / "missing.txt")
    for jobs in ("1", "2"):
        code, lines, err = _parse(capsys, "--jobs", jobs, corpus[0], missing, str(bad_bytes), corpus[1])
        assert code == 1
        assert len(lines) == 2
        assert f"newsdoc: {missing}:" in err
        assert f"{bad_bytes}: cannot decode byte at offset 3" in err
        assert err.rstrip().endswith("newsdoc parse: 2 of 4 inputs failed")


def test_all_good_inputs_exit_zero_and_stay_quiet(
    corpus: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _parse(capsys, "--jobs", "2", *corpus)
    assert code == 0
    assert err == ""


def _explode_on_seven(source: str, text: str) -> int:
    if source.endswith("story07.txt"):
        raise RuntimeError("boom")
    return len(text)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_crashing_work_function_fails_only_its_input(corpus: list[str], jobs: int) -> None:
    options = runner.RunOptions(jobs=jobs, chunk_size=3)
    done = list(runner.map_inputs(corpus, _explode_on_seven, options))
    assert [d.source for d in done] == corpus
    errors = {d.source: d.error for d in done if d.error is not None}
    assert errors == {corpus[7]: "internal error: RuntimeError: boom"}
    assert all(d.result == Path(d.source).stat().st_size for d in done if d.error is None)


def test_only_a_bounded_window_of_inputs_is_in_flight(corpus: list[str]) -> None:
    taken = 0

    def sources() -> Iterator[str]:
        nonlocal taken
        for _ in range(200):
            taken += 1
            yield corpus[0]

    options = runner.RunOptions(jobs=2, chunk_size=1, window=2)
    stream = runner.map_inputs(sources(), _explode_on_seven, options)
    first = next(stream)
    assert first.error is None
    assert taken <= 2 * 2 * 1 + 2  # the window, plus the one refill, not all 200
    stream.close()


_SHARED_LOCK = threading.Lock()
"""Held by a thread of the test process while a run is going on."""


def _free_lock_in_worker(_source: str, _text: str) -> bool:
    """Whether the worker can take the module's lock (a forked copy of a held lock never frees)."""
    taken = _SHARED_LOCK.acquire(timeout=2)
    if taken:
        _SHARED_LOCK.release()
    return taken


def test_workers_do_not_inherit_locks_held_by_the_callers_threads(corpus: list[str]) -> None:
    """A worker forked from a multi-threaded caller copies its locks in whatever state they are.

    A lock another thread holds at that moment stays locked in the worker for ever (the
    thread that would free it was not copied): the deadlock Python 3.12 warns about.
    Workers started by the fork server begin from a clean process.
    """
    release = threading.Event()

    def hold() -> None:
        with _SHARED_LOCK:
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        done = list(
            runner.map_inputs(corpus[:4], _free_lock_in_worker, runner.RunOptions(jobs=2, chunk_size=1))
        )
    finally:
        release.set()
        holder.join()
    assert [d.error for d in done] == [None] * 4
    assert [d.result for d in done] == [True] * 4


def test_a_caller_running_other_threads_is_not_forked() -> None:
    release = threading.Event()
    helper = threading.Thread(target=release.wait)
    helper.start()
    try:
        assert not runner._only_thread()
        assert runner.worker_context().get_start_method() != "fork"
    finally:
        release.set()
        helper.join()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is the fast start on Linux only")
def test_a_single_threaded_caller_forks_its_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "_only_thread", lambda: True)
    assert runner.worker_context().get_start_method() == "fork"


def test_progress_bar_only_when_asked(corpus: list[str]) -> None:
    quiet, loud = io.StringIO(), io.StringIO()
    got: list[str] = []
    for stream, progress in ((quiet, False), (loud, True)):
        runner.run_inputs(
            corpus,
            _explode_on_seven,
            lambda source, _result: got.append(source),
            runner.RunOptions(progress=progress),
            command="test",
            stderr=stream,
        )
    assert "12/12" in loud.getvalue()
    assert "1 failed" in loud.getvalue()
    assert "12/12" not in quiet.getvalue()
    assert quiet.getvalue().rstrip().endswith("test: 1 of 12 inputs failed")


def test_progress_defaults_to_whether_stderr_is_a_terminal() -> None:
    parser = __import__("argparse").ArgumentParser()
    runner.add_arguments(parser)
    args = parser.parse_args([])
    assert runner.options_from_args(args, io.StringIO()).progress is False
    assert runner.options_from_args(parser.parse_args(["--progress"]), io.StringIO()).progress is True
    assert parser.parse_args(["-j", "0"]).jobs >= 1


def test_bad_jobs_value_is_a_usage_error(corpus: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--jobs", "-3", corpus[0]]) == 2
    assert "--jobs" in capsys.readouterr().err


def test_stdin_is_read_by_the_parent(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(ARTICLE.format(day=4, n=9)))
    code, lines, _ = _parse(capsys, "--jobs", "2", "-")
    assert code == 0
    assert json.loads(lines[0])["published"] == "2031-03-04"


def _lines(_source: str, text: str) -> list[str]:
    return text.splitlines()


def test_records_that_emit_reports_join_the_summary(corpus: list[str]) -> None:
    err = io.StringIO()

    def emit(source: str, lines: list[str]) -> list[tuple[str, str]]:
        return [
            (f"{source}:{n}", "no byline")
            for n, line in enumerate(lines, 1)
            if line.startswith("The council")
        ]

    summary = runner.run_inputs(corpus[:3], _lines, emit, runner.RunOptions(jobs=2), command="t", stderr=err)
    assert (summary.failed, summary.failed_records, summary.exit_code) == (0, 3, 1)
    assert f"newsdoc: {corpus[0]}:8: no byline" in err.getvalue()
    assert err.getvalue().rstrip().endswith("t: 0 of 3 inputs and 3 records in them failed")


def test_convert_runs_on_the_runner_too(
    corpus: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["convert", "--to", "ninjs", "--no-progress", "-j", "1", *corpus]) == 0
    one = capsys.readouterr().out
    assert main(["convert", "--to", "ninjs", "--no-progress", "-j", "2", *corpus]) == 0
    assert capsys.readouterr().out == one
    assert len(one.splitlines()) == len(corpus)
    out = tmp_path / "html"
    code = main(
        ["convert", "--to", "html", "--output-dir", str(out), "-j", "2", "--unordered", *corpus, "nope.txt"]
    )
    assert code == 1
    assert sorted(p.name for p in out.iterdir()) == [f"story{n:02d}.html" for n in range(12)]
    assert "newsdoc convert: 1 of 13 inputs failed" in capsys.readouterr().err


def test_quotes_and_stats_read_json_lines_on_several_processes(
    corpus: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", *corpus[:6]]) == 0
    lines = capsys.readouterr().out.splitlines()
    lines.insert(2, '{"text": "x", "colour": "red"}')
    parsed = tmp_path / "parsed.jsonl"
    parsed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    inputs = [str(parsed), *corpus[6:]]
    outputs = []
    for jobs in ("1", "2"):
        assert main(["stats", *inputs, "--format", "jsonl", "-j", jobs]) == 1
        out, err = capsys.readouterr()
        outputs.append(out)
        assert f"newsdoc: {parsed}:3:" in err
        assert err.rstrip().endswith("newsdoc stats: 0 of 7 inputs and 1 records in them failed")
    assert outputs[0] == outputs[1]
    totals = {r["key"]: r["count"] for r in map(json.loads, outputs[0].splitlines()) if r["group"] == "total"}
    assert totals["documents"] == 12
    assert totals["failed"] == 1
    assert main(["quotes", *inputs, "--format", "jsonl", "-j", "1"]) == 1
    one = capsys.readouterr().out
    assert main(["quotes", *inputs, "--format", "jsonl", "-j", "2", "--unordered"]) == 1
    assert sorted(capsys.readouterr().out.splitlines()) == sorted(one.splitlines())
    assert len(one.splitlines()) == totals["quotes"]


def test_ctrl_c_stops_the_run_and_says_how_far_it_got(corpus: list[str]) -> None:
    err = io.StringIO()
    seen: list[str] = []

    def emit(source: str, _result: int) -> None:
        seen.append(source)
        if len(seen) == 3:
            raise KeyboardInterrupt

    options = runner.RunOptions(jobs=2, chunk_size=2)
    summary = runner.run_inputs(corpus, _explode_on_seven, emit, options, command="t", stderr=err)
    assert summary.interrupted
    assert summary.exit_code == 130
    assert summary.total == 3
    assert err.getvalue().rstrip().endswith("t: interrupted after 3 of 12 inputs")

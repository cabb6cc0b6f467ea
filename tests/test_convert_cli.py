"""``newsdoc convert`` and ``newsdoc schema`` on the command line."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from export_fixture import TEXT
from newsdoc.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from newsdoc.schemas import json_schema


@pytest.fixture
def two_files(tmp_path: Path) -> list[str]:
    first = tmp_path / "a" / "story.txt"
    second = tmp_path / "b" / "story.txt"
    for path, text in ((first, TEXT), (second, TEXT.replace("Thursday", "Friday"))):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    return [str(first), str(second)]


def test_one_input_ninjs(two_files: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", two_files[0], "--to", "ninjs", "--ninjs-version", "1.6"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["$standard"]["version"] == "1.6"


def test_several_inputs_stream_json_lines(two_files: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", *two_files, "--to", "ninjs", "--pretty"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    uris = [json.loads(line)["uri"] for line in lines]
    assert uris[0] != uris[1]


def test_extension_flag(two_files: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", two_files[0], "--to", "ninjs", "--ninjs-extension"]) == EXIT_OK
    assert "newsdoc" in json.loads(capsys.readouterr().out)


def test_several_xml_inputs_need_output_dir(two_files: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", *two_files, "--to", "nitf"]) == EXIT_USAGE
    assert "--output-dir" in capsys.readouterr().err


def test_output_dir_writes_one_file_each(two_files: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["convert", *two_files, "--to", "nitf", "--output-dir", str(out)]) == EXIT_OK
    written = sorted(p.name for p in out.iterdir())
    assert written == ["story-2.xml", "story.xml"]  # same stem: numbered, not overwritten
    for path in out.iterdir():
        ET.fromstring(path.read_bytes())


def test_usage_errors(two_files: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", two_files[0], "--to", "nitf", "--ninjs-version", "2.2"]) == EXIT_USAGE
    assert (
        main(["convert", two_files[0], "--to", "ninjs", "--ninjs-version", "1.6", "--ninjs-extension"])
        == EXIT_USAGE
    )
    assert main(["convert", two_files[0], "--to", "yaml"]) == EXIT_USAGE
    assert main(["convert", two_files[0]]) == EXIT_USAGE
    capsys.readouterr()


def test_missing_input_fails_but_others_convert(
    two_files: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "nope.txt")
    assert main(["convert", two_files[0], missing, "--to", "json"]) == EXIT_FAILED
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert "nope.txt" in captured.err


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == json_schema()
    assert main(["schema", "--ninjs-extension", "3.1"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["$id"] == "urn:newsdoc:schema:ninjs-extension:3.1"


@pytest.mark.parametrize("command", ["convert", "parse", "show", "quotes", "stats"])
def test_undecodable_input_is_named_once(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "latin.txt"
    bad.write_bytes("PARIS, May 2 (Wire) -- Caf\xe9 owners said prices rose.\n".encode("latin-1"))
    argv = [command, str(bad)] + (["--to", "text"] if command == "convert" else [])
    assert main(argv) == EXIT_FAILED
    err = capsys.readouterr().err
    assert f"newsdoc: {bad}: cannot decode byte at offset" in err
    assert err.count(str(bad)) == 1

#!/usr/bin/env python3
"""Did a change keep the parser's output byte for byte?  Save the JSON of whole sets, compare later.

    PYTHONPATH=src python benchmarks/same_output.py save /tmp/baseline ../shared/corpus/reuters-train
    ... change the parser ...
    PYTHONPATH=src python benchmarks/same_output.py compare /tmp/baseline ../shared/corpus/reuters-train

``save`` writes ``BASELINE/<set>.jsonl``: one line per article (sorted by path),
the file's path inside the set and the document's newsdoc JSON.  ``compare``
parses the sets again with whatever newsdoc is on the path and reports, per set,
how many documents are identical and which are not (with the first top-level
field that differs).  Exit code 1 when any document differs or is missing.

Speed work on newsdoc is held to this: an optimisation lands only when every
document of every set comes out the same.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import newsdoc

SHOW_DIFFERENCES = 10


def documents_json(directory: Path) -> Iterator[tuple[str, str]]:
    """``(path inside the set, newsdoc JSON)`` of every ``*.txt`` article, in path order."""
    config = newsdoc.Config()
    for path in sorted(directory.rglob("*.txt")):
        document = newsdoc.parse_file(path, config=config)
        yield path.relative_to(directory).as_posix(), newsdoc.to_json(document)


def save(baseline: Path, sets: Sequence[Path]) -> int:
    baseline.mkdir(parents=True, exist_ok=True)
    for directory in sets:
        target = baseline / f"{directory.name}.jsonl"
        count = 0
        with target.open("w", encoding="utf-8", errors="surrogatepass") as out:
            for name, document in documents_json(directory):
                out.write(json.dumps({"file": name, "json": document}) + "\n")
                count += 1
        print(f"{directory.name}: {count} documents saved to {target}")
    return 0


def _saved(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", errors="surrogatepass") as lines:
        records = (json.loads(line) for line in lines if line.strip())
        return {record["file"]: record["json"] for record in records}


def first_difference(before: str, after: str) -> str:
    """The first top-level field of two documents' JSON whose value differs."""
    old: dict[str, object] = json.loads(before)
    new: dict[str, object] = json.loads(after)
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key):
            return key
    return "(formatting only)"


def compare(baseline: Path, sets: Sequence[Path]) -> int:
    failed = False
    for directory in sets:
        saved_file = baseline / f"{directory.name}.jsonl"
        if not saved_file.exists():
            print(f"{directory.name}: no baseline at {saved_file}")
            failed = True
            continue
        saved = _saved(saved_file)
        same, differing = 0, []
        for name, document in documents_json(directory):
            before = saved.pop(name, None)
            if before == document:
                same += 1
            else:
                field = "new document" if before is None else first_difference(before, document)
                differing.append(f"{name} ({field})")
        missing = sorted(saved)
        print(f"{directory.name}: {same} identical, {len(differing)} different, {len(missing)} missing")
        for line in differing[:SHOW_DIFFERENCES] + [
            f"{name} (missing)" for name in missing[:SHOW_DIFFERENCES]
        ]:
            print(f"  {line}")
        failed = failed or bool(differing or missing)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("save", "compare"))
    parser.add_argument("baseline", type=Path, help="folder of saved <set>.jsonl files")
    parser.add_argument("sets", nargs="+", type=Path, help="corpus set directories (*.txt files)")
    args = parser.parse_args(argv)
    return save(args.baseline, args.sets) if args.action == "save" else compare(args.baseline, args.sets)


if __name__ == "__main__":
    sys.exit(main())

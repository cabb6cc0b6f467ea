"""Score newsdoc's structure fields against a corpus gold with the shared scorer.

    python benchmarks/datelines.py CORPUS_DIR [CORPUS_DIR ...] [--scorer PATH] [--failures N]

For every ``.txt`` in each set: parse, write predictions in the scorer's format
(headline, published, dateline location/date/agency, bylines, paragraph count) to a
temporary JSON Lines file, run ``score.py`` and print its report.  A Gigaword doc id
in the file name (``AFP_ENG_19970401.0006``) is caller metadata: it is passed as the
``published=`` reference date.  Files without one (Reuters-21578) get no reference,
so their dateline dates carry month and day only.  ``--failures N`` lists up to N
disagreements per field to guide rule work.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import newsdoc

_GIGAWORD_ID = re.compile(r"[A-Z]{3}_[A-Z]{3}_(\d{4})(\d{2})(\d{2})\.\d+")


def reference_date(path: Path) -> dt.date | None:
    """The date in a Gigaword-style file name, else None."""
    found = _GIGAWORD_ID.fullmatch(path.stem)
    if found is None:
        return None
    return dt.date(int(found[1]), int(found[2]), int(found[3]))


def place(dateline: newsdoc.Dateline) -> str | None:
    """The place as the gold writes it: location, then the region after a comma."""
    if dateline.location is None:
        return None
    if dateline.region and "(" not in dateline.text[: dateline.text.find(dateline.region)]:
        return f"{dateline.location}, {dateline.region}"
    return dateline.location


def date_field(dateline: newsdoc.Dateline) -> str | None:
    if dateline.date is not None:
        return dateline.date.isoformat()
    if dateline.month is not None and dateline.day is not None:
        return f"--{dateline.month:02d}-{dateline.day:02d}"
    return None


def prediction(doc_id: str, doc: newsdoc.Document) -> dict[str, Any]:
    dateline = doc.dateline
    return {
        "id": doc_id,
        "headline": doc.headline,
        "published": doc.published.isoformat() if doc.published else None,
        "dateline": None
        if dateline is None
        else {"location": place(dateline), "date": date_field(dateline), "agency": dateline.agency},
        "bylines": [b.name for b in doc.bylines],
        "paragraphs": len(doc.paragraphs),
    }


def predict(corpus: Path) -> list[dict[str, Any]]:
    config = newsdoc.Config(quotes=False)
    rows = []
    for path in sorted(corpus.glob("*.txt")):
        doc = newsdoc.parse_file(path, config=config, published=reference_date(path))
        rows.append(prediction(path.stem, doc))
    return rows


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        value = unicodedata.normalize("NFKD", value)
        return " ".join(value.split()).casefold().strip(" ,.;:-")
    return value


def show_failures(corpus: Path, rows: list[dict[str, Any]], limit: int) -> None:
    """Print up to ``limit`` disagreements per field (rough normalisation, for triage)."""
    gold = {}
    with open(corpus / "gold.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            gold[record["id"]] = record
    shown: dict[str, int] = {}
    for row in rows:
        expected = gold.get(row["id"])
        if expected is None:
            continue
        for field, want, got in _fields(expected, row):
            if _norm(want) != _norm(got) and shown.get(field, 0) < limit:
                shown[field] = shown.get(field, 0) + 1
                print(f"  {field:18s} {row['id']}: gold {want!r} pred {got!r}")


def _fields(gold: dict[str, Any], row: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    out: list[tuple[str, Any, Any]] = [("headline", gold.get("headline"), row["headline"])]
    if "published" in gold:
        out.append(("published", gold["published"], row["published"]))
    if "paragraphs" in gold:
        out.append(("paragraphs", gold["paragraphs"], row["paragraphs"]))
    gd, pd = gold.get("dateline"), row["dateline"] or {}
    out.append(("dateline.present", gd is not None, row["dateline"] is not None))
    if gd is not None:
        out.append(("dateline.location", gd.get("location"), pd.get("location")))
        want_date, got_date = gd.get("date"), pd.get("date")
        out.append(("dateline.date(MM-DD)", (want_date or "")[5:10], (got_date or "")[-5:]))
        out.append(("dateline.agency", gd.get("agency"), pd.get("agency")))
    out.append(("bylines", sorted(gold.get("bylines", [])), sorted(row["bylines"])))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+", type=Path, help="corpus set directories holding gold.jsonl")
    ap.add_argument("--scorer", type=Path, help="score.py (default: <corpus>/../../tools/score.py)")
    ap.add_argument("--failures", type=int, default=0, metavar="N", help="list N failures per field")
    args = ap.parse_args(argv)
    for corpus in args.corpora:
        rows = predict(corpus)
        scorer = args.scorer or corpus.resolve().parent.parent / "tools" / "score.py"
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        report = subprocess.run(
            [sys.executable, str(scorer), str(corpus), out.name],
            capture_output=True,
            text=True,
            check=True,
        )
        Path(out.name).unlink()
        print(f"== {corpus.name}")
        print(report.stdout.rstrip())
        if args.failures:
            show_failures(corpus, rows, args.failures)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

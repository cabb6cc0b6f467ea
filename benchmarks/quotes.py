"""Quote extraction accuracy (and optionally speed) against a gold corpus.

    PYTHONPATH=src python benchmarks/quotes.py CORPUS_DIR [CORPUS_DIR ...]
        [--scorer PATH] [--out DIR] [--speed] [--rules]

Writes one prediction file per corpus in the format of ``score.py`` (quotes with
kind, content, cue, speaker, speaker_name) and runs the scorer on it.  With
``--speed`` it also prints single-core throughput with quotes on and off.
``--rules`` prints, per frame id, how many predictions matched a gold quote at
overlap 0.3 (the measured precision behind ``Quote.confidence``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _predictions import quote_record

import newsdoc
from newsdoc.config import Config
from newsdoc.model import Document


def prediction(doc_id: str, doc: Document) -> dict[str, object]:
    """One line of the scorer's prediction format."""
    return {
        "id": doc_id,
        "quotes": [quote_record(q) for q in doc.quotes],
    }


def documents(corpus: Path) -> list[tuple[str, str]]:
    ids = [json.loads(line)["id"] for line in (corpus / "gold.jsonl").open(encoding="utf-8")]
    return [(i, (corpus / f"{i}.txt").read_text(encoding="utf-8")) for i in ids]


def overlap(a: list[list[int]], b: list[list[int]]) -> float:
    sa = {i for s, e in a for i in range(s, e)}
    sb = {i for s, e in b for i in range(s, e)}
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def rule_precision(corpus: Path, preds: dict[str, dict[str, object]], docs: dict[str, Document]) -> None:
    """Per frame id: predictions matching some gold content at overlap >= 0.3."""
    hits: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for line in (corpus / "gold.jsonl").open(encoding="utf-8"):
        gold = json.loads(line)
        doc = docs[gold["id"]]
        golds = [a["content"] for a in gold.get("attributions", [])]
        for quote in doc.quotes:
            spans = [[s.start, s.end] for s in quote.content]
            total[quote.rule] += 1
            hits[quote.rule] += any(overlap(spans, g) >= 0.3 for g in golds)
    for rule in sorted(total):
        print(f"  {rule:18s} {hits[rule]:5d}/{total[rule]:<5d} = {hits[rule] / total[rule]:.3f}")


def speed(corpus: Path, config: Config) -> float:
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(3):
        began = time.process_time()
        for text in texts:
            newsdoc.parse(text, config=config)
        best = min(best, time.process_time() - began)
    return size / best / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--scorer", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--rules", action="store_true")
    args = parser.parse_args(argv)
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="newsdoc-quotes-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    for corpus in args.corpora:
        scorer = args.scorer or corpus.resolve().parent.parent / "tools" / "score.py"
        if (corpus / "gold.jsonl").exists():
            docs = {i: newsdoc.parse(text) for i, text in documents(corpus)}
            preds = {i: prediction(i, d) for i, d in docs.items()}
            pred_path = out_dir / f"{corpus.name}.jsonl"
            with pred_path.open("w", encoding="utf-8") as handle:
                for line in preds.values():
                    handle.write(json.dumps(line) + "\n")
            print(f"== {corpus.name}: {sum(len(d.quotes) for d in docs.values())} quotes -> {pred_path}")
            subprocess.run([sys.executable, str(scorer), str(corpus), str(pred_path)], check=False)
            if args.rules:
                rule_precision(corpus, preds, docs)
        if args.speed:
            on = speed(corpus, Config())
            off = speed(corpus, Config(quotes=False))
            print(f"== {corpus.name} speed: quotes on {on:.2f} MB/s, off {off:.2f} MB/s (single core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

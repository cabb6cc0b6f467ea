"""Speaker-resolution accuracy on gold speaker mentions (and speed with ``--speed``).

    PYTHONPATH=src python benchmarks/speakers.py CORPUS_DIR [--show-errors] [--write PRED.jsonl]
    PYTHONPATH=src python benchmarks/speakers.py --speed CORPUS_DIR [--repeat N]

For every gold attribution of CORPUS_DIR/gold.jsonl the gold source span becomes a
quote's ``speaker_span`` / ``speaker_text`` (the quote detection rules are not
needed); the speakers rule resolves them and the resolved names are compared with
the gold ``speaker_name`` after the normalisation of ``shared/tools/score.py``
(exact: equal names; loose: one name's words contain the other's).  ``--write``
saves predictions in the scorer's format (quotes = the gold spans, so only the
speaker-name figures of the scorer are meaningful).

``--speed`` times the speakers stage alone, single core, CPU time (best of
``--repeat`` runs): ``resolve_quotes`` over the gold spans when the set has gold
attributions, and the whole pipeline with and without the ``speakers`` rule
(``Config(disabled_rules=("speakers",))``) and with quotes off; the difference of
the last two is the stage's cost in the real pipeline (it needs the quote
detection rules to have quotes to resolve).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from _predictions import quote_record

import newsdoc
from newsdoc.model import Quote, Span
from newsdoc.parse import people
from newsdoc.parse.rules.speakers import resolve_quotes


def norm_name(name: str) -> str:
    """Case, accents and punctuation folded; a leading "the" dropped (as the scorer does)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("\u2019", "'")
    text = re.sub(r"[^\w\s'-]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def loose_match(gold: str, pred: str) -> bool:
    g, p = set(norm_name(gold).split()), set(norm_name(pred).split())
    return bool(g and p and (g <= p or p <= g))


def mention_class(text: str | None) -> str:
    if not text:
        return "none"
    low = text.casefold()
    if low in {"he", "she", "they", "it", "who", "which", "that", "i", "we"}:
        return "pronoun"
    if text[:1].isupper() and " " not in text:
        return "short-name"
    if low.startswith(("the ", "a ", "an ", "one ")) or text[:1].islower():
        return "common-noun"
    return "name-or-title"


def gold_quotes(record: dict, doc: newsdoc.Document) -> list[Quote]:
    quotes = []
    starts = [p.span.start for p in doc.paragraphs]
    for attribution in record.get("attributions", []):
        content = tuple(Span(s, e) for s, e in attribution["content"]) or (Span(0, 0),)
        paragraph = max(0, sum(1 for s in starts if s <= content[0].start) - 1)
        source = attribution.get("source") or []
        speaker_span = Span(source[0][0], source[-1][1]) if source else None
        cue = attribution.get("cue") or []
        quotes.append(
            Quote(
                kind=attribution.get("kind", "indirect"),
                text=attribution.get("content_text", ""),
                content=content,
                paragraph=paragraph,
                rule="gold",
                cue=attribution.get("cue_text"),
                cue_span=Span(cue[0][0], cue[-1][1]) if cue else None,
                speaker_text=attribution.get("source_text") if source else None,
                speaker_span=speaker_span,
            )
        )
    return quotes


def _best_cpu(run: Callable[[], object], repeat: int) -> float:
    """Best CPU time of ``repeat`` runs, each from cold memo caches (names recur across runs)."""
    best = float("inf")
    for _ in range(repeat):
        people.clear_caches()
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def _rate(label: str, seconds: float, megabytes: float) -> str:
    per_mb = seconds / megabytes if megabytes else 0.0
    speed = megabytes / seconds if seconds else float("inf")
    return f"  {label:34s} {seconds:7.3f} s  {per_mb:6.3f} s/MB  {speed:7.2f} MB/s"


def speed(corpus: Path, repeat: int) -> int:
    """Time the speakers stage: on gold spans, and inside the pipeline (with / without the rule)."""
    paths = sorted(corpus.glob("*.txt"))
    texts = {path.stem: path.read_text(encoding="utf-8") for path in paths}
    megabytes = sum(len(t.encode("utf-8")) for t in texts.values()) / 1e6
    print(
        f"{corpus.name}: {len(texts)} docs, {megabytes:.2f} MB, CPU time, best of {repeat} (shared machine)"
    )
    gold = corpus / "gold.jsonl"
    cases = []
    if gold.exists():
        for line in gold.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            text = texts.get(record["id"])
            if "attributions" not in record or text is None:
                continue
            doc = newsdoc.parse(text, config=newsdoc.Config(quotes=False))
            regions = [p.span for p in doc.paragraphs] + [c.span for c in doc.captions]
            credited = [(b.name, b.span, b.role) for b in doc.bylines]
            cases.append((text, gold_quotes(record, doc), regions, credited))
    if cases:
        gold_mb = sum(len(c[0].encode("utf-8")) for c in cases) / 1e6
        seconds = _best_cpu(lambda: [resolve_quotes(*case) for case in cases], repeat)
        count = sum(len(c[1]) for c in cases)
        print(_rate(f"resolve_quotes, {count} gold spans", seconds, gold_mb))
    timings = {}
    configs = {
        "structure only (quotes off)": newsdoc.Config(quotes=False),
        "pipeline without speakers": newsdoc.Config(disabled_rules=("speakers",)),
        "full pipeline": newsdoc.Config(),
    }
    for label, config in configs.items():
        timings[label] = _best_cpu(
            lambda config=config: [newsdoc.parse(t, config=config) for t in texts.values()], repeat
        )
        print(_rate(label, timings[label], megabytes))
    stage = max(0.0, timings["full pipeline"] - timings["pipeline without speakers"])
    print(_rate("speakers stage (difference)", stage, megabytes))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--write", type=Path)
    parser.add_argument("--speed", action="store_true", help="time the speakers stage instead")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if args.speed:
        return speed(args.corpus, args.repeat)
    total = exact = loose = 0
    by_class: Counter[tuple[str, bool]] = Counter()
    errors = []
    predictions = []
    elapsed = 0.0
    for line in (args.corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if "attributions" not in record:
            continue
        text = (args.corpus / f"{record['id']}.txt").read_text(encoding="utf-8")
        doc = newsdoc.parse(text, config=newsdoc.Config(quotes=False))
        quotes = gold_quotes(record, doc)
        regions = [p.span for p in doc.paragraphs] + [c.span for c in doc.captions]
        credited = [(b.name, b.span, b.role) for b in doc.bylines]
        started = time.process_time()
        result = resolve_quotes(text, quotes, regions, credited)
        elapsed += time.process_time() - started
        for attribution, quote in zip(record["attributions"], result.quotes, strict=True):
            gold = attribution.get("speaker_name")
            if not gold:
                continue
            predicted = quote.speaker_name
            total += 1
            ok = bool(predicted) and norm_name(predicted or "") == norm_name(gold)
            exact += ok
            loose += bool(predicted) and loose_match(gold, predicted or "")
            by_class[(mention_class(quote.speaker_text), ok)] += 1
            if not ok:
                errors.append((record["id"], quote.speaker_text, predicted, gold))
        predictions.append(
            {
                "id": record["id"],
                "quotes": [quote_record(q) for q in result.quotes],
            }
        )
    if total == 0:
        print("no gold speaker names found", file=sys.stderr)
        return 1
    print(f"{args.corpus.name}: {total} attributions with a gold speaker name")
    print(f"  resolved name exact {exact / total:.3f} ({exact}/{total})")
    print(f"  resolved name loose {loose / total:.3f} ({loose}/{total})")
    print(f"  resolution time {elapsed * 1000:.1f} ms (CPU time, shared machine)")
    for cls in sorted({c for c, _ in by_class}):
        good, bad = by_class[(cls, True)], by_class[(cls, False)]
        print(f"  {cls:14s} {good}/{good + bad}")
    if args.show_errors:
        for doc_id, mention, predicted, gold in errors:
            print(f"  x {doc_id}: {mention!r} -> {predicted!r} (gold {gold!r})")
    if args.write:
        with args.write.open("w", encoding="utf-8") as out:
            for row in predictions:
                out.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

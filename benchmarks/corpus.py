"""Corpus throughput and memory: does peak RSS stay flat as the corpus grows?

    python benchmarks/corpus.py CORPUS_ROOT [--scales 1 4] [--mode text jsonl]

Each measurement runs in a fresh child process (peak RSS is per process): it
streams ``Corpus`` over every ``*.txt`` under CORPUS_ROOT, repeated SCALE times
(the same files read again; nothing is cached, so this is the same work as
SCALE copies), and in that one pass gathers the ``newsdoc stats`` counts and
writes every quote row as CSV to /dev/null.  ``jsonl`` mode first writes the parsed corpus as newsdoc JSON Lines
to a temporary file and then measures reading that back.  Prints docs/s, peak
RSS and the RSS growth over the baseline measured after imports.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import newsdoc
from newsdoc import Corpus
from newsdoc.corpus import add_to_stats
from newsdoc.tables import quote_row


def _rss_mib() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


def measure(sources: list[str], scale: int, hold: bool = False) -> dict[str, float]:
    """One measurement, in this process: stream the corpus ``scale`` times in one pass.

    ``hold`` keeps every document in a list first: the control that shows the
    RSS measurement would catch a corpus that does not stream.
    """
    baseline = _rss_mib()
    started = time.perf_counter()
    corpus: Corpus = Corpus(sources * scale)
    if hold:
        corpus = Corpus.from_documents(list(corpus))
    agencies: Counter[str] = Counter()
    locations: Counter[str] = Counter()
    months: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    documents = quotes = 0
    with open(os.devnull, "w", encoding="utf-8", newline="") as sink:
        writer = csv.writer(sink)
        for source, document in corpus.documents():
            documents += 1
            add_to_stats(document, agencies, locations, months, speakers)
            for number, quote in enumerate(document.quotes):
                writer.writerow(quote_row(source, number, quote).values())
                quotes += 1
    elapsed = time.perf_counter() - started
    return {
        "scale": scale,
        "documents": documents,
        "failures": len(corpus.failures),
        "quotes": quotes,
        "seconds": round(elapsed, 2),
        "docs_per_s": round(documents / elapsed, 1),
        "baseline_rss_mib": round(baseline, 1),
        "peak_rss_mib": round(_rss_mib(), 1),
    }


def write_jsonl(root: str, target: Path) -> int:
    """The parsed corpus as newsdoc JSON Lines (the output of ``newsdoc parse``)."""
    count = 0
    with target.open("w", encoding="utf-8") as out:
        for document in Corpus(root):
            out.write(newsdoc.to_json(document) + "\n")
            count += 1
    return count


def run_child(sources: list[str], scale: int, hold: bool = False) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", str(scale), *(["--hold"] if hold else []), *sources]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="+", help="CORPUS_ROOT (or, with --child, the sources)")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--mode", nargs="+", choices=("text", "jsonl"), default=["text", "jsonl"])
    parser.add_argument("--hold", action="store_true", help="also run the control: all documents in a list")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(measure(args.paths, args.child, args.hold)))
        return 0
    (root,) = args.paths
    if not Path(root).is_dir():
        parser.error(f"{root} is not a directory")
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "corpus.jsonl"
        if "jsonl" in args.mode:
            written = write_jsonl(root, jsonl)
            size = jsonl.stat().st_size / 2**20
            print(f"# wrote {written} parsed documents as JSON Lines ({size:.1f} MiB)")
        print("mode   scale   docs  failed  quotes  seconds   docs/s  base RSS MiB  peak RSS MiB  growth MiB")
        runs = [(mode, False) for mode in args.mode] + ([("text", True)] if args.hold else [])
        for mode, hold in runs:
            sources = [root] if mode == "text" else [str(jsonl)]
            for scale in args.scales:
                r = run_child(sources, scale, hold)
                mode_name = "held" if hold else mode
                growth = r["peak_rss_mib"] - r["baseline_rss_mib"]
                print(
                    f"{mode_name:<5} {r['scale']:>6} {r['documents']:>6} {r['failures']:>7} {r['quotes']:>7}"
                    f" {r['seconds']:>8} {r['docs_per_s']:>8} {r['baseline_rss_mib']:>13}"
                    f" {r['peak_rss_mib']:>13} {growth:>11.1f}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

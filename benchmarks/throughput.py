"""Parse throughput, single core, structure only (quotes off).

    python benchmarks/throughput.py CORPUS_DIR [--repeat N] [--profile]

Reads every ``.txt`` of the set into memory first, then times ``newsdoc.parse`` with
``Config(quotes=False)`` over all of them, ``--repeat`` times, and prints the best
run as documents per second and MB per second (UTF-8 bytes of input), by wall
clock and by process CPU time (the fairer figure on a shared machine).
``--profile`` prints the top functions by cumulative time (cProfile) instead.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

import newsdoc


def load(corpus: Path) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]


def parse_all(texts: list[str], config: newsdoc.Config) -> None:
    for text in texts:
        newsdoc.parse(text, config=config)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args(argv)
    texts = load(args.corpus)
    size = sum(len(text.encode("utf-8")) for text in texts)
    config = newsdoc.Config(quotes=False)
    parse_all(texts[:20], config)  # warm caches and imports
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(parse_all, texts, config)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        return 0
    best_wall = best_cpu = float("inf")
    for _ in range(args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        parse_all(texts, config)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    megabytes = size / 1e6
    print(
        f"{args.corpus.name}: {len(texts)} docs, {megabytes:.2f} MB, best of {args.repeat} (quotes off, single core)\n"
        f"  wall {best_wall:.3f} s: {len(texts) / best_wall:,.0f} docs/s, {megabytes / best_wall:.2f} MB/s\n"
        f"  cpu  {best_cpu:.3f} s: {len(texts) / best_cpu:,.0f} docs/s, {megabytes / best_cpu:.2f} MB/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

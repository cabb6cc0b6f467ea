"""Throughput of the whole pipeline, of each parse stage, of JSON and of exports.

Usage (from the repository root)::

    PYTHONPATH=src python benchmarks/run_all.py ../shared/corpus/xinhua-2005 ../shared/corpus/afp-1997
    PYTHONPATH=src python benchmarks/run_all.py --seed-repeat 500 --repeat 3

Prints Markdown tables (paste them into docs/performance.md).  Texts are read
before the clock starts, so the numbers are parsing, not disk; times are CPU
seconds of this process (best of ``--repeat``), stage times come from the
pipeline's timing hook.  Not part of the
test suite: timings depend on the machine and on its load.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import newsdoc
from newsdoc.api import read_text
from newsdoc.config import Config
from newsdoc.parse import run
from newsdoc.serialize import format_names, get_format
from newsdoc.serialize.json import from_json, to_json
from newsdoc.speedups import build_description

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3bedf8df8d3eabc6.txt"
MB = 1_000_000


def load_set(directory: Path) -> list[str]:
    """Every ``*.txt`` text of a corpus set, sorted by name."""
    return [read_text(path) for path in sorted(directory.rglob("*.txt"))]


def megabytes(texts: Sequence[str]) -> float:
    """UTF-8 size of the texts in MB (10^6 bytes), the unit every MB/s here uses."""
    return sum(len(text.encode("utf-8")) for text in texts) / MB


def best_of(repeat: int, action: Callable[[], Any]) -> float:
    """The fastest of ``repeat`` runs in CPU seconds of this process.

    CPU time, not wall time: on a machine shared with other jobs, wall time
    measures the neighbours as much as newsdoc.
    """
    times = []
    for _ in range(repeat):
        gc.collect()
        began = time.process_time()
        action()
        times.append(time.process_time() - began)
    return min(times)


def parse_all(texts: Sequence[str], config: Config) -> list[newsdoc.Document]:
    return [run(text, config) for text in texts]


def stream(action: Callable[[Any], object], items: Sequence[Any]) -> None:
    """``action`` on every item, keeping no result: what a streaming pipeline does.

    (Keeping thousands of results alive makes the garbage collector rescan them
    all, which would measure the benchmark's own memory, not newsdoc.)
    """
    for item in items:
        action(item)


def stage_times(texts: Sequence[str], config: Config, repeat: int) -> dict[str, float]:
    """Seconds per stage over all texts, the per-stage minimum over ``repeat`` passes."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        timings: dict[str, float] = {}
        for text in texts:
            run(text, config, timings=timings)
        for stage, seconds in timings.items():
            best[stage] = min(seconds, best.get(stage, seconds))
    return best


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" for _ in header) + "|"]
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}" if value >= 10 else f"{value:.2f}"
    return str(value)


def bench_set(name: str, texts: list[str], args: argparse.Namespace) -> dict[str, Any]:
    """Every measurement for one set of texts."""
    config = Config(quotes=not args.no_quotes)
    size = megabytes(texts)
    parse_seconds = best_of(args.repeat, lambda: stream(lambda text: run(text, config), texts))
    stages = stage_times(texts, config, args.repeat)
    docs = parse_all(texts, config)
    dumped = [to_json(doc) for doc in docs]
    gc.freeze()  # the inputs stay alive: keep the collector from rescanning them in every timing
    json_mb = megabytes(dumped)
    dump_seconds = best_of(args.repeat, lambda: stream(to_json, docs))
    load_seconds = best_of(args.repeat, lambda: stream(from_json, dumped))
    assert all(from_json(line) == doc for line, doc in zip(dumped, docs, strict=True))
    exports = {}
    for fmt in args.formats:
        render = get_format(fmt).dump
        exports[fmt] = best_of(args.repeat, lambda render=render: stream(render, docs))
    gc.unfreeze()
    return {
        "name": name,
        "docs": len(texts),
        "mb": size,
        "json_mb": json_mb,
        "parse": parse_seconds,
        "stages": stages,
        "dump": dump_seconds,
        "load": load_seconds,
        "exports": exports,
        "rss": peak_rss_mb(),
    }


def report(results: list[dict[str, Any]], formats: Sequence[str]) -> str:
    parts = [f"Build: newsdoc {newsdoc.__version__}, {build_description()}.", ""]
    parts += ["## Whole pipeline (parse, single process)", ""]
    parts.append(
        table(
            ["set", "docs", "MB", "s", "docs/s", "MB/s", "peak RSS MB"],
            [
                [
                    r["name"],
                    r["docs"],
                    r["mb"],
                    r["parse"],
                    r["docs"] / r["parse"],
                    r["mb"] / r["parse"],
                    r["rss"],
                ]
                for r in results
            ],
        )
    )
    for r in results:
        total = sum(r["stages"].values())
        parts += ["", f"## Parse stages: {r['name']} (share of the timed total {total:.3f} s)", ""]
        rows = [
            [stage, seconds * 1000, 100 * seconds / total, r["mb"] / seconds if seconds else float("inf")]
            for stage, seconds in r["stages"].items()
        ]
        parts.append(table(["stage", "ms", "% of total", "MB/s alone"], rows))
    parts += ["", "## JSON and exports (JSON columns: MB of JSON; export columns: MB of source text)", ""]
    header = [
        "set",
        "JSON MB",
        "dump JSON MB/s",
        "load JSON MB/s",
        "round trip JSON MB/s",
        "round trip docs/s",
    ]
    header += [f"{fmt} {unit}" for fmt in formats for unit in ("docs/s", "MB/s")]
    rows = []
    for r in results:
        trip = r["dump"] + r["load"]
        row = [r["name"], r["json_mb"], r["json_mb"] / r["dump"], r["json_mb"] / r["load"]]
        row += [r["json_mb"] / trip, r["docs"] / trip]
        for fmt in formats:
            row += [r["docs"] / r["exports"][fmt], r["mb"] / r["exports"][fmt]]
        rows.append(row)
    parts.append(table(header, rows))
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="corpus set directories (*.txt inside)")
    parser.add_argument("--seed-repeat", type=int, default=200, help="also the seed, N times (0: skip)")
    parser.add_argument("--repeat", type=int, default=1, help="passes per measurement; the best is kept")
    parser.add_argument("--no-quotes", action="store_true", help="structure only (Config(quotes=False))")
    parser.add_argument("--limit", type=int, default=0, help="at most N documents per set")
    args = parser.parse_args(argv)
    args.formats = [fmt for fmt in ("ninjs",) if fmt in format_names()]
    inputs: list[tuple[str, list[str]]] = []
    if args.seed_repeat:
        inputs.append((f"seed x{args.seed_repeat}", [SEED.read_text(encoding="utf-8")] * args.seed_repeat))
    for directory in args.sets:
        texts = load_set(directory)
        inputs.append((directory.name, texts[: args.limit] if args.limit else texts))
    results = []
    for name, texts in inputs:
        print(f"... {name}: {len(texts)} docs", file=sys.stderr)
        results.append(bench_set(name, texts, args))
    print(report(results, args.formats))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Adversarial inputs of 10 KB, 100 KB and 1 MB: parse time must grow linearly.

Usage: ``PYTHONPATH=src python benchmarks/adversarial.py [--sizes 10000,100000,1000000] [--only NAME]``

Each input repeats a piece that stresses some rule (runs of quote marks, commas,
dashes, "said", capitalised words, unclosed parentheses, dateline look-alikes,
mojibake, control characters ...), once as a single line and once hard-wrapped
at 72 columns.  For each it prints the seconds per size, the ratio of the
largest to the middle size (about 10 when linear), the throughput, and the wall
time of the largest size.  Times are CPU seconds of this process (``time.process_time``):
on a machine shared with other jobs, wall time mostly measures the neighbours.  It
exits with status 1 when a 1 MB input takes 2 CPU seconds or more, or an input is
aborted after ``--abort`` wall seconds (a near-certain super-linear rule).  Re-run a
suspicious line with ``--only``.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Callable
from types import FrameType

import newsdoc
from newsdoc.parse import rule_names

LIMIT_SECONDS_PER_MB = 2.0

PIECES: dict[str, str] = {
    "straight-quotes": '"',
    "curly-quotes": "“ ”‘’«»„",
    "quote-words": '"Yes, " he said "no" ',
    "unclosed-quote": "“We will go on and on ",
    "mixed-families": "“a a’ ",  # double openers never closed, single closers looking for them
    "commas": ", ",
    "dashes": "-- ",
    "em-dashes": "—",
    "said": "said ",
    "said-name": '" said Mara Quintel, "',
    "capitalised": "Alpha Beta Gamma Delta ",
    "caps-shout": "PORT ELLERY ",
    "open-parens": "(",
    "agency-parens": "(Xinhua ",
    "dateline-like": "BEIJING, Jan. 3 (Xinhua) -- ",
    "byline-like": "By Ana Pell and ",
    "periods": ". ",
    "apostrophes": "O'Neil's ",
    "mojibake": "â€œ",
    "entities": "&amp;",
    "control": "\x00",
    "digits": "1,234.5 ",
    "sentence": 'The minister, who arrived on Monday, said: "We are ready." ',
}


class Aborted(Exception):
    pass


def _abort(_signum: int, _frame: FrameType | None) -> None:
    raise Aborted


def build(piece: str, size: int, wrapped: bool) -> str:
    text = (piece * (size // len(piece) + 1))[:size]
    if not wrapped:
        return text
    return "\n".join(text[i : i + 72] for i in range(0, len(text), 72))


def timed(function: Callable[[], object], abort_after: float) -> tuple[float, float] | None:
    """(CPU seconds, wall seconds) of one call, or None when it ran past ``abort_after``."""
    signal.signal(signal.SIGALRM, _abort)
    signal.setitimer(signal.ITIMER_REAL, abort_after)
    wall = time.perf_counter()
    cpu = time.process_time()
    try:
        function()
    except Aborted:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.process_time() - cpu, time.perf_counter() - wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--only", help="run only the inputs whose name contains this")
    parser.add_argument(
        "--abort", type=float, default=30.0, help="give up on one parse after this many seconds"
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    failed = False
    header = "".join(f"{size // 1000:>9} KB" for size in sizes)
    print(f"{'input':<28}{header}   ratio   MB/s   wall(s)")
    for name, piece in PIECES.items():
        for wrapped in (False, True):
            label = f"{name}{'/wrapped' if wrapped else ''}"
            if args.only and args.only not in label:
                continue
            times: list[float | None] = []
            wall: float | None = None
            for size in sizes:
                if times and times[-1] is None:
                    times.append(None)
                    continue
                text = build(piece, size, wrapped)
                measured = timed(lambda text=text: newsdoc.parse(text), args.abort)
                times.append(measured[0] if measured else None)
                wall = measured[1] if measured else None
            cells = "".join(f"{t:>12.3f}" if t is not None else f"{'ABORTED':>12}" for t in times)
            last, middle = times[-1], times[-2] if len(times) > 1 else None
            ratio = f"{last / middle:7.1f}" if last and middle else "      -"
            speed = f"{sizes[-1] / 1e6 / last:7.2f}" if last else "      -"
            flag = ""
            if last is None or last >= LIMIT_SECONDS_PER_MB * sizes[-1] / 1_000_000:
                flag = "  <-- over budget"
                failed = True
            shown_wall = f"{wall:9.3f}" if wall is not None else f"{'-':>9}"
            print(f"{label:<28}{cells} {ratio} {speed} {shown_wall}{flag}", flush=True)
    print(f"rules: {', '.join(rule_names())}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Quote extraction must stay linear: time synthetic inputs of growing size.

    PYTHONPATH=src python benchmarks/quotes_scaling.py

Prints CPU seconds and MB/s for a long paragraph of ordinary attributions, a
run-on "sentence" full of cues, and a stream of unbalanced quote marks.  The
MB/s column should stay roughly flat as the size grows (no timing assertions:
this is a benchmark, not a test).
"""

from __future__ import annotations

import time

import newsdoc

CASES = {
    "long paragraph": (
        'Olsen said the port, which opened in 1990, would "hire more" workers, adding that '
        'wages would rise. "We are ready," said Dahl. According to the union, talks failed. '
    ),
    "run-on cues": "said that said, according to X noting ",
    "stray marks": '"a, b " , said , " x ',
}


def main() -> None:
    for name, unit in CASES.items():
        for repeat in (1_000, 4_000, 16_000):
            text = "Headline\n\n" + unit * repeat
            began = time.process_time()
            doc = newsdoc.parse(text)
            spent = time.process_time() - began
            rate = len(text) / spent / 1e6 if spent else float("inf")
            print(
                f"{name:15s} {len(text):>9d} chars {len(doc.quotes):>6d} quotes {spent:7.3f} s {rate:6.2f} MB/s"
            )


if __name__ == "__main__":
    main()

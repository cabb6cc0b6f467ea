"""Which cattrs converter serialises newsdoc documents fastest?

Compares, on the same parsed documents, newsdoc's converters (the detailed one
used for error messages, the fast one tried first) with cattrs' preconfigured
orjson converter, with and without detailed validation.  Prints MB of JSON per
second for dump (unstructure + orjson.dumps) and load (orjson.loads +
structure; span checks excluded, they are the same for all).

    PYTHONPATH=src python benchmarks/bench_json.py [CORPUS_SET ...] [--seed-repeat N]
"""

from __future__ import annotations

import argparse
import gc
from collections.abc import Sequence
from pathlib import Path

import cattrs
import orjson
from cattrs.preconf.orjson import make_converter
from run_all import best_of, stream  # this folder is on sys.path when a script here runs

import newsdoc
from newsdoc.api import read_text
from newsdoc.model import Document
from newsdoc.serialize import json as newsdoc_json

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3bedf8df8d3eabc6.txt"


def converters() -> dict[str, cattrs.Converter]:
    return {
        "newsdoc detailed": newsdoc_json.converter,
        "newsdoc fast": newsdoc_json.fast_converter,
        "preconf orjson detailed": make_converter(forbid_extra_keys=True),
        "preconf orjson fast": make_converter(forbid_extra_keys=True, detailed_validation=False),
    }


def measure(docs: Sequence[Document], repeat: int) -> list[list[object]]:
    rows: list[list[object]] = []
    for name, converter in converters().items():
        lines = [orjson.dumps(converter.unstructure(doc)) for doc in docs]
        mb = sum(len(line) for line in lines) / 1e6
        assert all(
            converter.structure(orjson.loads(line), Document) == doc
            for line, doc in zip(lines, docs, strict=True)
        )
        dump = best_of(
            repeat, lambda c=converter: stream(lambda item: orjson.dumps(c.unstructure(item)), docs)
        )
        load = best_of(
            repeat, lambda c=converter, ls=lines: stream(lambda x: c.structure(orjson.loads(x), Document), ls)
        )
        rows.append([name, f"{mb / dump:,.0f}", f"{mb / load:,.0f}", f"{mb / (dump + load):,.0f}"])
    lines = [newsdoc.to_json(doc) for doc in docs]
    mb = sum(len(line.encode()) for line in lines) / 1e6
    dump = best_of(repeat, lambda: stream(newsdoc.to_json, docs))
    load = best_of(repeat, lambda: stream(newsdoc.from_json, lines))
    rows.append(
        [
            "to_json/from_json (with span checks)",
            f"{mb / dump:,.0f}",
            f"{mb / load:,.0f}",
            f"{mb / (dump + load):,.0f}",
        ]
    )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--seed-repeat", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    groups = [("seed", [read_text(SEED)] * args.seed_repeat)] if args.seed_repeat else []
    groups += [(d.name, [read_text(p) for p in sorted(d.rglob("*.txt"))]) for d in args.sets]
    for name, texts in groups:
        docs = [newsdoc.parse(text) for text in texts]
        gc.freeze()  # the inputs stay alive: keep the collector from rescanning them in every timing
        print(f"\n## {name}: {len(docs)} documents\n")
        print("| converter | dump MB/s | load MB/s | round trip MB/s |")
        print("|---|---:|---:|---:|")
        for row in measure(docs, args.repeat):
            print("| " + " | ".join(str(cell) for cell in row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

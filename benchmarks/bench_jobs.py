"""Wall-clock speed-up of ``newsdoc parse --jobs N`` over ``--jobs 1``.

Runs the real command line (a fresh interpreter per run, output to /dev/null)
on the given corpus sets and prints a table.  The speed-up is bounded by the
cores that are free: on a shared machine it says little about a quiet one.

    PYTHONPATH=src python benchmarks/bench_jobs.py ../shared/corpus/reuters-train --jobs 1 2
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path


def wall_time(command: list[str], repeat: int) -> tuple[float, float]:
    """Best wall-clock seconds of ``repeat`` runs of ``command``, and the CPU seconds of that run.

    The CPU seconds (user + system, the command and its workers) show the cost of
    going parallel even when a busy machine hides the wall-clock gain.
    """
    runs = []
    for _ in range(repeat):
        before = _children_cpu()
        began = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=False, env=os.environ.copy())
        runs.append((time.perf_counter() - began, _children_cpu() - before))
    return min(runs)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def largest_child_rss_mb() -> float:
    """Peak resident memory of the largest process run so far (the CLI or one of its workers)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / 1e6


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--jobs", nargs="+", type=int, default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--command", default="parse", help="newsdoc subcommand to time")
    parser.add_argument("--unordered", action="store_true")
    args = parser.parse_args(argv)
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs\n")
    print("| set | docs | MB | jobs | wall s | CPU s | docs/s | MB/s | speed-up | largest RSS so far MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for directory in args.sets:
        files = sorted(directory.rglob("*.txt"))
        mb = sum(path.stat().st_size for path in files) / 1e6
        baseline = None
        for jobs in args.jobs:
            command = [sys.executable, "-m", "newsdoc", args.command, str(directory), "--jobs", str(jobs)]
            command += ["--no-progress"] + (["--unordered"] if args.unordered else [])
            seconds, cpu = wall_time(command, args.repeat)
            baseline = baseline or seconds
            print(
                f"| {directory.name} | {len(files)} | {mb:.1f} | {jobs} | {seconds:.2f} | {cpu:.2f} "
                f"| {len(files) / seconds:,.0f} | {mb / seconds:.1f} | {baseline / seconds:.2f}x "
                f"| {largest_child_rss_mb():.0f} |"
            )
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

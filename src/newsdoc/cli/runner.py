"""Run a per-input function over many inputs, on several processes, streaming the results.

Commands hand :func:`run_inputs` their input names, a *work* function and an
*emit* function.  ``work(source, text)`` runs in a worker process (so it must be
a module-level function, or a :func:`functools.partial` of one) and returns
something small and picklable, usually the output lines already rendered;
``emit(source, result)`` runs in the parent and writes it.  Inputs travel to the
workers in chunks and only a bounded window of chunks is in flight, so memory
stays flat however many inputs there are.  Files are read inside the workers;
standard input is read once by the parent.

An input that fails (unreadable file, :class:`newsdoc.NewsdocError`, or a bug
raising any other exception) does not stop the run: it is counted, and a summary
naming each failure goes to stderr at the end; the exit code is then 1.  ``emit``
may also return failed records found inside an input (bad JSON Lines lines).
Ctrl-C stops the workers, reports how far the run got and gives exit code 130.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import Generic, NamedTuple, TextIO, TypeVar

from attrs import frozen

from newsdoc.api import read_text
from newsdoc.cli.progress import failure_line
from newsdoc.errors import NewsdocError

R = TypeVar("R")

STDIN = "-"
MAX_LISTED_FAILURES = 50
"""The failure summary names at most this many inputs (it counts them all)."""


@frozen
class RunOptions:
    """How to run: ``jobs`` worker processes (1: in this process), output order, progress."""

    jobs: int = 1
    ordered: bool = True
    progress: bool = False
    chunk_size: int = 0  # 0: pick from the number of inputs and jobs
    window: int = 4  # chunks in flight per worker

    def __attrs_post_init__(self) -> None:
        if self.jobs < 1:
            raise ValueError(f"jobs must be >= 1, got {self.jobs}")
        if self.chunk_size < 0 or self.window < 1:
            raise ValueError("chunk_size must be >= 0 and window >= 1")


class Task(NamedTuple):
    """One input: its name, and its text when the parent already read it (stdin).

    Tasks and results are named tuples because they cross process boundaries by
    the thousand and tuples pickle fastest.
    """

    source: str
    text: str | None = None


class Done(NamedTuple, Generic[R]):
    """What ``work`` returned for one input, or why it failed (``error`` is then set)."""

    source: str
    result: R | None = None
    error: str | None = None


@frozen
class Summary:
    """Counts of a finished run; ``failures`` lists the first :data:`MAX_LISTED_FAILURES`."""

    total: int
    failed: int
    failures: tuple[tuple[str, str], ...]  # (source, error)
    seconds: float
    failed_records: int = 0  # records inside inputs (JSON Lines lines) that ``emit`` reported
    interrupted: bool = False  # Ctrl-C: ``total`` counts the inputs handled before it

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130  # the shell's convention for SIGINT
        return 1 if self.failed or self.failed_records else 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--jobs``, ``--unordered`` and ``--progress/--no-progress`` to a command."""
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0 = one per CPU)",
    )
    parser.add_argument(
        "--unordered",
        action="store_true",
        help="write results as they finish instead of in input order",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: only when stderr is a terminal)",
    )


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("--jobs must be >= 0")
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def options_from_args(args: argparse.Namespace, stream: TextIO | None = None) -> RunOptions:
    """The RunOptions the arguments added by :func:`add_arguments` ask for."""
    err = stream if stream is not None else sys.stderr
    progress = args.progress if args.progress is not None else _is_terminal(err)
    return RunOptions(jobs=args.jobs, ordered=not args.unordered, progress=progress)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def run_inputs(
    sources: Sequence[str],
    work: Callable[[str, str], R],
    emit: Callable[[str, R], Iterable[tuple[str, str]] | None],
    options: RunOptions,
    *,
    command: str = "newsdoc",
    stderr: TextIO | None = None,
) -> Summary:
    """Apply ``work`` to every input and ``emit`` each result; summarise failures on stderr.

    ``emit`` may return ``(name, error)`` pairs for records that failed inside an
    input (bad lines of a JSON Lines file): they join the summary and the exit code.
    """
    err = stderr if stderr is not None else sys.stderr
    started = time.perf_counter()
    bar = _Progress(err, len(sources), enabled=options.progress)
    failed = records = handled = 0
    interrupted = False
    listed: list[tuple[str, str]] = []
    stream = map_inputs(sources, work, options)
    try:
        for done in stream:
            handled += 1
            if done.error is None:
                for name, error in emit(done.source, done.result) or ():  # type: ignore[arg-type]
                    records += 1
                    if len(listed) < MAX_LISTED_FAILURES:
                        listed.append((name, error))
            else:
                failed += 1
                if len(listed) < MAX_LISTED_FAILURES:
                    listed.append((done.source, done.error))
            bar.step(failed + records)
    except KeyboardInterrupt:
        interrupted = True  # say what was done; closing the stream stops the workers
    finally:
        stream.close()  # shuts the pool down now, cancelling chunks not yet started
        bar.close()
    total = handled if interrupted else len(sources)
    seconds = time.perf_counter() - started
    summary = Summary(total, failed, tuple(listed), seconds, records, interrupted)
    report(summary, command, err)
    if interrupted:
        print(f"{command}: interrupted after {handled} of {len(sources)} inputs", file=err)
    return summary


def report(summary: Summary, command: str, stream: TextIO) -> None:
    """The failure summary: one line per failed input or record, then the counts."""
    count = summary.failed + summary.failed_records
    if not count:
        return
    for source, error in summary.failures:
        print(failure_line(source, error), file=stream)
    if count > len(summary.failures):
        print(f"newsdoc: ... and {count - len(summary.failures)} more", file=stream)
    records = f" and {summary.failed_records} records in them" if summary.failed_records else ""
    print(f"{command}: {summary.failed} of {summary.total} inputs{records} failed", file=stream)


def map_inputs(
    sources: Iterable[str], work: Callable[[str, str], R], options: RunOptions
) -> Generator[Done[R], None, None]:
    """``work`` over every input as a stream of :class:`Done`, in order unless asked otherwise."""
    tasks = (_task(source) for source in sources)
    if options.jobs == 1:
        for task in tasks:
            yield _do(work, task)
        return
    size = options.chunk_size or _chunk_size(sources, options.jobs)
    chunks = _chunks(tasks, size)
    with ProcessPoolExecutor(max_workers=options.jobs, mp_context=worker_context()) as pool:
        try:
            yield from _pooled(pool, work, chunks, options)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


WORKER_PRELOAD = ("newsdoc.api",)
"""What the fork server imports once (the parser: most of a worker's start-up), so workers start with it loaded."""


def worker_context() -> BaseContext:
    """How worker processes start: forked when that is safe, else from a fork server.

    A fork copies the caller's locks in whatever state they are, so forking a
    caller that runs other threads (a web service, a notebook, a test runner) can
    leave a worker waiting for ever on a lock no thread of its own will free;
    Python 3.12 warns about it.  A caller with one thread forks safely, and its
    workers start with the parser already imported: the command line is such a
    caller.  Otherwise workers come from a fork server, a clean single-threaded
    process that imports the parser once and forks each worker from there (about
    0.2 s more to start a run), or are spawned where there is no fork server
    (Windows).  macOS is never forked: its system libraries do not survive it.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform != "darwin" and _only_thread():
        return multiprocessing.get_context("fork")
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(WORKER_PRELOAD))
    return context


def _only_thread() -> bool:
    """Whether this process runs a single thread (on Linux counting threads started outside Python too)."""
    if threading.active_count() != 1:
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:  # no /proc: Python's own count is all there is
        return True


def _task(source: str) -> Task:
    if source == STDIN:
        return Task(source, sys.stdin.read())
    return Task(source)


def _chunk_size(sources: Iterable[str], jobs: int) -> int:
    """Chunks big enough to amortise the inter-process round trip, small enough to balance."""
    if not isinstance(sources, Sequence):
        return 16
    return max(1, min(32, len(sources) // (jobs * 8)))


def _chunks(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    while chunk := list(itertools.islice(tasks, size)):
        yield chunk


def _pooled(
    pool: ProcessPoolExecutor,
    work: Callable[[str, str], R],
    chunks: Iterator[list[Task]],
    options: RunOptions,
) -> Iterator[Done[R]]:
    limit = options.jobs * options.window
    if options.ordered:
        queue: deque[tuple[list[Task], Future[list[Done[R]]]]] = deque()
        for chunk in itertools.islice(chunks, limit):
            queue.append((chunk, _submit(pool, work, chunk)))
        while queue:
            chunk, future = queue.popleft()
            yield from _results(chunk, future)
            for more in itertools.islice(chunks, 1):
                queue.append((more, _submit(pool, work, more)))
        return
    pending: dict[Future[list[Done[R]]], list[Task]] = {}
    for chunk in itertools.islice(chunks, limit):
        pending[_submit(pool, work, chunk)] = chunk
    while pending:
        finished, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in finished:
            yield from _results(pending.pop(future), future)
            for more in itertools.islice(chunks, 1):
                pending[_submit(pool, work, more)] = more


def _submit(
    pool: ProcessPoolExecutor, work: Callable[[str, str], R], chunk: list[Task]
) -> Future[list[Done[R]]]:
    try:
        return pool.submit(_do_chunk, work, chunk)
    except BrokenProcessPool as exc:  # an earlier chunk killed a worker
        future: Future[list[Done[R]]] = Future()
        future.set_exception(exc)
        return future


def _results(chunk: list[Task], future: Future[list[Done[R]]]) -> list[Done[R]]:
    """A chunk's outcomes; a dead worker or an unpicklable result fails the chunk, not the run."""
    try:
        return future.result()
    except BrokenProcessPool:
        reason = "a worker process died (out of memory or killed?)"
    except Exception as exc:
        reason = f"internal error: {type(exc).__name__}: {exc}"
    return [Done(task.source, error=reason) for task in chunk]


def _do_chunk(work: Callable[[str, str], R], chunk: list[Task]) -> list[Done[R]]:
    return [_do(work, task) for task in chunk]


def _do(work: Callable[[str, str], R], task: Task) -> Done[R]:
    """Read (unless already read) and work one input; any exception becomes its error."""
    try:
        text = task.text if task.text is not None else read_text(task.source)
        return Done(task.source, work(task.source, text))
    except (NewsdocError, OSError, UnicodeDecodeError) as exc:
        return Done(task.source, error=str(exc) or type(exc).__name__)
    except Exception as exc:  # a bug in a rule must not sink a whole archive run
        return Done(task.source, error=f"internal error: {type(exc).__name__}: {exc}")


class _Progress:
    """A one-line progress bar on a terminal, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO, total: int, *, enabled: bool) -> None:
        self.stream = stream
        self.total = total
        self.enabled = enabled
        self.count = 0
        self.started = time.perf_counter()
        self.drawn = 0.0

    def step(self, failed: int) -> None:
        self.count += 1
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self.drawn < 0.1 and self.count < self.total:
            return
        self.drawn = now
        self._draw(failed, now)

    def _draw(self, failed: int, now: float) -> None:
        width = 30
        filled = width * self.count // self.total if self.total else width
        rate = self.count / max(now - self.started, 1e-9)
        failures = f", {failed} failed" if failed else ""
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {self.count}/{self.total}"
            f" {rate:,.0f} docs/s{failures}\x1b[K"
        )
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.count:
            self.stream.write("\n")
            self.stream.flush()

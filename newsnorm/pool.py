"""An ordered map over worker processes that survives workers dying.

:func:`ordered_map` sends items to a :class:`~concurrent.futures.ProcessPoolExecutor` in
small batches, keeps a bounded window of them in flight (so a stream of millions of records
never sits in memory), and yields results in input order. When a worker dies (killed by
the out-of-memory killer, ``kill -9``, a crash in a C extension), the executor reports
:class:`~concurrent.futures.process.BrokenProcessPool` for every unfinished batch; the map
then builds a new pool and runs each item of those batches alone, so the one that kills its
worker again is found and given *failed(item, reason)* as its result, and the others are processed
normally. Nothing hangs and nothing is lost.

Workers are forked where the platform allows (Linux, macOS), so whatever the parent loaded
and compiled before the pool was built (see the CLI's warm-up) is shared, not redone.

Examples:
    >>> list(ordered_map(abs, [-2, 3, -5], jobs=1, failed=lambda item, reason: None))
    [2, 3, 5]
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Final, TypeVar

__all__ = ["ordered_map"]

T = TypeVar("T")
R = TypeVar("R")

WORKER_DIED: Final = (
    "the worker process died while processing this document (killed, or out of memory)"
)
"""The reason given to *failed* for the item that killed its worker."""
ATTEMPTS: Final = 2
"""Times an item is run alone before its worker's death is blamed on it."""
BATCH_SIZE: Final = 8
"""Items per task sent to a worker: large enough that pickling and queueing cost little
beside the work, small enough that a dead worker leaves few items to retry alone."""
BATCHES_PER_JOB: Final = 4
"""Batches in flight per worker: keeps every worker busy while the next result is written."""


def _ignore_interrupts() -> None:
    """Leave Ctrl-C to the parent, which stops the pool (workers would print tracebacks).

    SIGTERM and SIGHUP get their default action back (a caller may have set a handler before
    the fork): a worker they reach dies, and is treated like any other dead worker.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    hangup = getattr(signal, "SIGHUP", None)
    if hangup is not None and signal.getsignal(hangup) is not signal.SIG_IGN:
        signal.signal(hangup, signal.SIG_DFL)  # like SIGTERM; ignored stays ignored (nohup)


def _apply(function: Callable[[T], R], batch: list[T]) -> list[R]:
    return [function(item) for item in batch]


def _executor(jobs: int) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_ignore_interrupts)


def ordered_map(
    function: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    failed: Callable[[T, str], R],
    batch_size: int = BATCH_SIZE,
) -> Iterator[R]:
    """Yield ``function(item)`` for each item, in order, computed by *jobs* processes.

    Args:
        function: A picklable function of one item (module level); it should not raise.
        items: The items, read lazily.
        jobs: Worker processes; 1 runs everything in this process.
        failed: The result of an item whose worker died while processing it alone, or
            whose batch raised (say, a result that cannot be pickled), given the reason.
        batch_size: Items per task sent to a worker.

    Raises:
        ValueError: If *jobs* or *batch_size* is below 1.
    """
    if jobs < 1 or batch_size < 1:
        msg = f"jobs and batch_size must be at least 1, got {jobs} and {batch_size}"
        raise ValueError(msg)
    if jobs == 1:
        yield from map(function, items)
        return
    iterator = iter(items)
    executor = _executor(jobs)
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()

    def submit(batch: list[T]) -> Future[list[R]]:
        try:
            return executor.submit(_apply, function, batch)
        except BrokenProcessPool as error:
            # A worker died since the last result: the batch fails like those in flight,
            # and the loop below rebuilds the pool and runs it again.
            failed_future: Future[list[R]] = Future()
            failed_future.set_exception(error)
            return failed_future

    def fill() -> None:
        while len(pending) < jobs * BATCHES_PER_JOB:
            batch = list(islice(iterator, batch_size))
            if not batch:
                return
            pending.append((batch, submit(batch)))

    finished = False
    try:
        fill()
        while pending:
            batch, future = pending[0]
            try:
                results = future.result()
            except BrokenProcessPool:
                # Every unfinished batch failed with the pool: keep the results that did
                # arrive, then run each item of the others alone in a fresh pool.
                wait([waiting for _, waiting in pending])
                in_flight = list(pending)
                pending.clear()
                executor.shutdown(wait=True, cancel_futures=True)
                executor = _executor(jobs)
                for suspect_batch, suspect in in_flight:
                    if suspect.exception() is None:
                        yield from suspect.result()
                        continue
                    for item in suspect_batch:
                        result, executor = _alone(executor, jobs, function, item, failed)
                        yield result
                fill()
                continue
            except Exception as error:  # noqa: BLE001 - the batch fails, not the run
                reason = f"{type(error).__name__}: {error}"
                results = [failed(item, reason) for item in batch]
            pending.popleft()
            yield from results
            fill()
        finished = True
    finally:
        # After the last result the workers are idle, so waiting costs nothing and lets the
        # pool close its pipes before the interpreter's exit hook writes to them (not
        # waiting there can print "Bad file descriptor" at exit). A run cut short (a closed
        # pipe, SIGTERM) does not wait for the batches still running.
        executor.shutdown(wait=finished, cancel_futures=True)


def _alone(
    executor: ProcessPoolExecutor,
    jobs: int,
    function: Callable[[T], R],
    item: T,
    failed: Callable[[T, str], R],
) -> tuple[R, ProcessPoolExecutor]:
    """Run *item* with nothing else in flight, so that a death can only be its own.

    The item is tried :data:`ATTEMPTS` times, each in a fresh pool after a death, so that a
    worker killed from outside (while idle, or by a kill aimed at another process) does not
    condemn it; an item that kills its worker every time gets *failed*.
    """
    for _ in range(ATTEMPTS):
        try:
            (result,) = executor.submit(_apply, function, [item]).result()
        except BrokenProcessPool:
            executor.shutdown(wait=True, cancel_futures=True)
            executor = _executor(jobs)
            continue
        except Exception as error:  # noqa: BLE001 - the item fails, not the run
            return failed(item, f"{type(error).__name__}: {error}"), executor
        return result, executor
    return failed(item, WORKER_DIED), executor

"""Forked worker processes, for the CPU-bound stages (reading listings and commentary,
rendering pages): Python runs them on one core, and fork hands workers the whole build
state without pickling it."""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.pool import Pool
from multiprocessing.process import BaseProcess
from typing import Any

WORKERS = min(os.cpu_count() or 1, 4)
# A worker's objects are nearly all garbage the moment its task is done, freed by reference
# counting; cycles are rare (a few per commentary, from markdown). A collection every 700
# new objects, the default, cost a worker a twentieth of its time; one every 100,000 still
# bounds what cycles can hold.
WORKER_COLLECT_EVERY = 100_000


def _collect_seldom() -> None:
    gc.set_threshold(WORKER_COLLECT_EVERY, *gc.get_threshold()[1:])


@contextmanager
def forked_pool() -> Iterator[Pool]:
    """A pool of forked workers. The collector is frozen first: it would otherwise touch, and
    so copy, every object the workers inherit; in the workers it runs seldom."""
    frozen_already = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(WORKERS, initializer=_collect_seldom) as pool:
            yield pool
    finally:
        if not frozen_already:
            gc.unfreeze()


@contextmanager
def collector_off() -> Iterator[None]:
    """The cyclic garbage collector off inside, and everything made inside frozen after: the
    content model and the plan are millions of long-lived objects with no cycles, and each
    full collection would walk every one of them (2.5 s of a 100,000-report build). The
    caller unfreezes (`gc.unfreeze()`) once the build is done with them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def fork_process(function: Callable[[], Any]) -> BaseProcess:
    """`function()` started in a forked process of its own; the caller joins it."""
    process = multiprocessing.get_context("fork").Process(target=function, daemon=True)
    process.start()
    return process


def fork_imap(function: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
    """`function(item) for item in items` across forked workers, in input order, each result
    as soon as it and those before it are ready."""
    with forked_pool() as pool:
        yield from pool.imap(function, items, chunksize=1)


class Aside:
    """`function()` worked out in a forked process while this one goes on with other work, its
    result sent back pickled through a pipe. `result()` waits for it; None when the process
    failed, and the caller then works it out itself, meeting its error where it belongs.
    `close()` (idempotent) ends a process whose result is not wanted: its writes then fail."""

    def __init__(self, function: Callable[[], Any]) -> None:
        read_end, write_end = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:
            try:
                os.close(read_end)
                data = pickle.dumps(function(), protocol=5)
                with open(write_end, "wb") as pipe:
                    pipe.write(data)
            finally:
                os._exit(0)
        os.close(write_end)
        self._pipe: int | None = read_end

    def result(self) -> Any:
        if self._pipe is None:
            return None
        with open(self._pipe, "rb") as pipe:
            self._pipe = None
            data = pipe.read()
        os.waitpid(self._pid, 0)
        return pickle.loads(data) if data else None

    def close(self) -> None:
        if self._pipe is not None:
            os.close(self._pipe)
            self._pipe = None
            os.waitpid(self._pid, 0)

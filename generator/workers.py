"""Forked worker processes, for the CPU-bound stages (reading listings and commentary,
rendering pages): Python runs them on one core, and fork hands workers the whole build
state without pickling it."""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.pool import Pool
from typing import Any

WORKERS = min(os.cpu_count() or 1, 4)


@contextmanager
def forked_pool() -> Iterator[Pool]:
    """A pool of forked workers. The collector is frozen first: it would otherwise touch, and
    so copy, every object the workers inherit."""
    frozen_already = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
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


def fork_imap(function: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
    """`function(item) for item in items` across forked workers, in input order, each result
    as soon as it and those before it are ready."""
    with forked_pool() as pool:
        yield from pool.imap(function, items, chunksize=1)

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
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
            yield pool
    finally:
        gc.unfreeze()


def fork_map(function: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
    """`[function(item) for item in items]` across forked workers, in input order."""
    with forked_pool() as pool:
        return pool.map(function, items, chunksize=1)

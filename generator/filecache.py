"""Per-file results kept between builds, and computed in parallel when there are many.

Reading a listing or a commentary file gives a result that depends only on the file's bytes,
the configuration and the code, so it is cached under a hash of all three. The cache lives in
the built site's hidden `.digest-cache/` (GitHub Pages' upload leaves dotfiles out), so a build
never writes outside its output directory; each build keeps just the entries it used.

Missing results are computed by forked workers when there is enough work to share. Workers
send each result back pickled, and those bytes go to the cache as they are: nothing is
pickled twice. Results come back in input order, whichever worker finished first.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

WORKERS = min(os.cpu_count() or 1, 4)

_task: Callable[[Path], Any] | None = None


def _pickled(path: Path) -> bytes:
    assert _task is not None
    return pickle.dumps(_task(path), protocol=5)


def fork_map(function: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
    """`[function(item) for item in items]` across forked workers. The collector is frozen
    first: it would otherwise touch, and so copy, every object the workers inherit."""
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
            return pool.map(function, items, chunksize=1)
    finally:
        gc.unfreeze()


class FileResults:
    """Cached results of one function of files, keyed by file name, content hash and `salt`
    (whatever else decides the result: configuration, code version)."""

    def __init__(self, kind: str, salt: str, old: Path | None, new: Path | None) -> None:
        self.kind, self.salt, self.old, self.new = kind, salt, old, new

    def _key(self, path: Path, sha: str) -> str:
        # The path is part of the result (diagnostics and sources name the file).
        return hashlib.sha256(f"{self.kind}\0{self.salt}\0{path}\0{sha}".encode()).hexdigest()

    def compute(self, task: Callable[[Path], Any], paths: list[Path], hashes: dict[Path, str],
                parallel: Callable[[list[Path]], bool]) -> list[Any]:
        """`task(path)` for every path, from the cache where possible; in parallel when
        `parallel(missing paths)` says the work is worth sharing."""
        global _task
        keys = [self._key(path, hashes.get(path) or hashlib.sha256(path.read_bytes()).hexdigest())
                for path in paths]
        found: dict[int, Any] = {}
        for index, key in enumerate(keys):
            cached = self._load(key)
            if cached is not None:
                found[index] = cached
        missing = [i for i in range(len(paths)) if i not in found]
        todo = [paths[i] for i in missing]
        _task = task
        try:
            fresh = fork_map(_pickled, todo) if WORKERS > 1 and len(todo) > 1 and parallel(todo) \
                else [_pickled(path) for path in todo]
        finally:
            _task = None
        fresh_by_index = dict(zip(missing, fresh, strict=True))
        self._keep(keys, fresh_by_index)
        found.update((i, pickle.loads(data)) for i, data in fresh_by_index.items())
        return [found[i] for i in range(len(paths))]

    def _load(self, key: str) -> Any | None:
        entry = self.old / f"{key}.pickle" if self.old else None
        if entry is None or not entry.is_file():
            return None
        try:
            return pickle.loads(entry.read_bytes())
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None

    def _keep(self, keys: list[str], fresh: dict[int, bytes]) -> None:
        """Put this build's entries in the new cache: fresh ones written, reused ones linked."""
        if self.new is None:
            return
        self.new.mkdir(parents=True, exist_ok=True)
        for index, key in enumerate(keys):
            target = self.new / f"{key}.pickle"
            if index in fresh:
                target.write_bytes(fresh[index])
            elif self.old is not None and not target.exists():
                os.link(self.old / f"{key}.pickle", target)

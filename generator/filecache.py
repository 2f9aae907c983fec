"""Per-file results kept between builds, and computed in parallel when there are many.

Reading a listing or a commentary file gives a result that depends only on the file's bytes,
the configuration and the code, so it is cached under a hash of all three. The cache lives in
the built site's hidden `.digest-cache/` (GitHub Pages' upload leaves dotfiles out), so a build
never writes outside its output directory; each build keeps just the entries it used, one file
per kind of result.

Missing results are computed by forked workers when there is enough work to share. Workers
send each result back pickled, and those bytes go to the cache as they are: nothing is
pickled twice. Results come back in input order, whichever worker finished first.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.workers import WORKERS, fork_map
from generator.write import read_pickle

_task: Callable[[Path], Any] | None = None


def _pickled(path: Path) -> bytes:
    assert _task is not None
    return pickle.dumps(_task(path), protocol=5)


class FileResults:
    """Cached results of one function of files, keyed by file path, content hash and `salt`
    (whatever else decides the result: configuration, code version). All results of one kind
    live in one file: thousands of small cache files cost a build more than their contents."""

    def __init__(self, kind: str, salt: str, old: Path | None, new: Path | None) -> None:
        self.kind, self.salt = kind, salt
        self.old = old / f"{kind}-results.pickle" if old else None
        self.new = new / f"{kind}-results.pickle" if new else None

    def _key(self, path: Path, sha: str) -> str:
        # The path is part of the result (diagnostics and sources name the file).
        return hashlib.sha256(f"{self.salt}\0{path}\0{sha}".encode()).hexdigest()

    def compute(self, task: Callable[[Path], Any], paths: list[Path], hashes: dict[Path, str],
                parallel: Callable[[list[Path]], bool]) -> list[Any]:
        """`task(path)` for every path, from the cache where possible; in parallel when
        `parallel(missing paths)` says the work is worth sharing."""
        global _task
        keys = [self._key(path, hashes.get(path) or hashlib.sha256(path.read_bytes()).hexdigest())
                for path in paths]
        cached = self._load()
        missing = [i for i, key in enumerate(keys) if key not in cached]
        todo = [paths[i] for i in missing]
        _task = task
        try:
            fresh = fork_map(_pickled, todo) if WORKERS > 1 and len(todo) > 1 and parallel(todo) \
                else [_pickled(path) for path in todo]
        finally:
            _task = None
        kept = {key: cached[key] for key in keys if key in cached}
        kept.update(zip((keys[i] for i in missing), fresh, strict=True))
        if self.new is not None:
            self.new.parent.mkdir(parents=True, exist_ok=True)
            self.new.write_bytes(pickle.dumps(kept, protocol=5))
        results = []
        for key in keys:
            try:
                results.append(pickle.loads(kept[key]))
            except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
                return self._without_cache(task, paths, hashes, parallel)
        return results

    def _without_cache(self, task: Callable[[Path], Any], paths: list[Path], hashes: dict[Path, str],
                       parallel: Callable[[list[Path]], bool]) -> list[Any]:
        """An entry that no longer unpickles (a class it names has changed shape): start over."""
        self.old = None
        return self.compute(task, paths, hashes, parallel)

    def _load(self) -> dict[str, bytes]:
        """The previous build's results of this kind, each still pickled."""
        bundle = read_pickle(self.old) if self.old else None
        return bundle if isinstance(bundle, dict) else {}

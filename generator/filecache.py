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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.inputs import file_sha256
from generator.workers import WORKERS, fork_map
from generator.write import read_pickle

_tasks: list[Callable[[Path], Any]] = []


def _pickled(job: tuple[int, Path]) -> bytes:
    task, path = job
    return pickle.dumps(_tasks[task](path), protocol=5)


class FileResults:
    """Cached results of one function of files, keyed by file path, content hash and `salt`
    (whatever else decides the result: configuration, code version). All results of one kind
    live in one file: thousands of small cache files cost a build more than their contents."""

    def __init__(self, kind: str, salt: str, old: Path | None, new: Path | None) -> None:
        self.kind, self.salt = kind, salt
        self.old = old / f"{kind}-results.pickle" if old else None
        self.new = new / f"{kind}-results.pickle" if new else None

    def key(self, path: Path, sha: str) -> str:
        # The path is part of the result (diagnostics and sources name the file).
        return hashlib.sha256(f"{self.salt}\0{path}\0{sha}".encode()).hexdigest()

    def load(self) -> dict[str, bytes]:
        """The previous build's results of this kind, each still pickled."""
        bundle = read_pickle(self.old) if self.old else None
        return bundle if isinstance(bundle, dict) else {}

    def store(self, kept: dict[str, bytes]) -> None:
        if self.new is not None:
            self.new.parent.mkdir(parents=True, exist_ok=True)
            self.new.write_bytes(pickle.dumps(kept, protocol=5))


@dataclass
class Batch:
    """The results of `task` for every one of `paths`, cached in `results`. `parallel(missing
    paths)` says whether the work not cached is worth sharing out."""

    results: FileResults
    task: Callable[[Path], Any]
    paths: list[Path]
    parallel: Callable[[list[Path]], bool]


def compute(batches: list[Batch], hashes: dict[Path, str]) -> list[list[Any]]:
    """Each batch's results, in the order of its paths: from the caches where possible, the
    rest in one pool of forked workers when some batch has enough to share. One pool for
    every kind, largest files first: a worker done with the listings takes the commentary.
    `hashes` holds content hashes of the files already computed, if any."""
    global _tasks
    keys = [[batch.results.key(path, hashes.get(path) or file_sha256(path))
             for path in batch.paths] for batch in batches]
    cached = [batch.results.load() for batch in batches]
    missing = [[path for path, key in zip(batch.paths, batch_keys, strict=True) if key not in known]
               for batch, batch_keys, known in zip(batches, keys, cached, strict=True)]
    jobs = [(number, path) for number, paths in enumerate(missing) for path in paths]
    share = WORKERS > 1 and len(jobs) > 1 and any(
        batch.parallel(paths) for batch, paths in zip(batches, missing, strict=True) if paths)
    if share:
        jobs.sort(key=lambda job: -job[1].stat().st_size)
    _tasks = [batch.task for batch in batches]
    try:
        fresh = fork_map(_pickled, jobs) if share else [_pickled(job) for job in jobs]
    finally:
        _tasks = []
    made = {(number, path): data for (number, path), data in zip(jobs, fresh, strict=True)}
    out = []
    for number, batch in enumerate(batches):
        kept = {key: made[number, path] if (number, path) in made else cached[number][key]
                for path, key in zip(batch.paths, keys[number], strict=True)}
        batch.results.store(kept)
        try:
            out.append([pickle.loads(kept[key]) for key in keys[number]])
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            # A cached entry no longer unpickles (a class it names has changed shape): start over.
            batch.results.old = None
            out.append(compute([batch], hashes)[0])
    return out

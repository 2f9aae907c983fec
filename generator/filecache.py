"""Per-file results kept between builds, and computed in parallel when there are many.

Reading a listing or a commentary file gives a result that depends only on the file's bytes,
the configuration and the code, so it is cached under a hash of all three. The cache lives in
the build's cache directory, outside the site (see cachedir.py); each build keeps just the
entries it used, one file per kind of result, read back with the data-only unpickler.

Missing results are computed by forked workers when there is enough work to share. Workers
send each result back pickled, and those bytes go to the cache as they are: nothing is
pickled twice. Results come back in input order, whichever worker finished first. A batch
may read big files in parts (`Split`), so that one big file does not keep one worker busy
while the others wait: each part is a job of its own, and the cache keeps a file's parts.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, Protocol

from generator.cachedir import data_loads, read_data
from generator.inputs import file_sha256
from generator.workers import WORKERS, fork_imap

_batches: list[Batch] = []
GROUP_BYTES = 256 * 1024
GROUP_JOBS = 32
File = tuple[int, Path]  # a batch's number and one of its paths
Job = tuple[int, Path, int, Any]  # ... and the number and description of one of its parts


def _run(job: Job) -> tuple[Any, bytes]:
    """A part's result, pickled, with the summary of it that its batch's `settle` needs."""
    number, path, _, part = job
    batch = _batches[number]
    result = batch.task(path, part)
    return (batch.split.summary(result) if batch.split else None), pickle.dumps(result, protocol=5)


def _run_group(jobs: list[Job]) -> list[tuple[Any, bytes]]:
    return [_run(job) for job in jobs]


def _groups(jobs: list[Job], sizes: dict[Job, float]) -> list[list[Job]]:
    """Consecutive jobs in groups of about GROUP_BYTES (a big part alone), at most GROUP_JOBS
    each: passed to a worker one by one, the many small files (commentary) cost more in the
    passing than in the reading, and left the workers waiting for the next."""
    groups: list[list[Job]] = []
    total = GROUP_BYTES
    for job in jobs:
        if total >= GROUP_BYTES or len(groups[-1]) >= GROUP_JOBS:
            groups.append([])
            total = 0
        groups[-1].append(job)
        total += sizes[job]
    return groups


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

    def load(self) -> dict[str, tuple[bytes, ...]]:
        """The previous build's results of this kind, each file's parts still pickled."""
        bundle = read_data(self.old)
        return bundle if isinstance(bundle, dict) else {}

    def store(self, kept: dict[str, tuple[bytes, ...]]) -> None:
        if self.new is not None:
            self.new.parent.mkdir(parents=True, exist_ok=True)
            self.new.write_bytes(pickle.dumps(kept, protocol=5))


def carry_results(old: Path | None, new: Path) -> None:
    """The last build's results of every kind, kept for the next by a build that read no file."""
    for path in old.glob("*-results.pickle") if old else ():
        os.link(path, new / path.name)


class Split(Protocol):
    """How a batch reads a big file in parts, so that one file's work is shared out too. The
    parts of a file may depend on each other through what `summary` tells of each: `settle`
    says which parts to read again (rarely), before `join` makes the file's result."""

    def plan(self, paths: list[Path], workers: int) -> list[list[Any]]:
        """The parts of each path (`[part]` reads it whole), for `workers` workers."""

    def summary(self, result: Any) -> Any:
        """What `settle` needs to know of a part's result; made where the part was read."""

    def settle(self, parts: list[Any], summaries: list[Any]) -> list[Any] | None:
        """The file's parts as they must be (read again where they changed), or None when
        every part's result stands."""

    def join(self, results: list[Any]) -> Any:
        """The file's result from its parts' results, in order."""


@dataclass
class Batch:
    """The results of `task(path, part)` for every one of `paths`, cached in `results`.
    `parallel(missing paths)` says whether the work not cached is worth sharing out; `split`,
    if given, reads big files in parts then (the part is None otherwise)."""

    results: FileResults
    task: Callable[[Path, Any], Any]
    paths: list[Path]
    parallel: Callable[[list[Path]], bool]
    split: Split | None = None
    # Whether a result may be kept in the cache, which sits in the published folder: an
    # unpublished draft's text must not (commentary.py).
    keep: Callable[[Any], bool] | None = None
    # Called once, before forking, when some path must be computed: imports what `task` needs
    # (enrichment compiles hundreds of patterns, 0.4 s a build that reads no file would waste).
    prepare: Callable[[], None] | None = None


def compute(batches: list[Batch], hashes: dict[Path, str]) -> list[list[Any]]:
    """Each batch's results, in the order of its paths: from the caches where possible, the
    rest in one pool of forked workers when some batch has enough to share. One pool for
    every kind, largest parts first: a worker done with the listings takes the commentary.
    `hashes` holds content hashes of the files already computed, if any."""
    global _batches
    keys = [[batch.results.key(path, hashes.get(path) or file_sha256(path))
             for path in batch.paths] for batch in batches]
    cached = [batch.results.load() for batch in batches]
    missing = [[path for path, key in zip(batch.paths, batch_keys, strict=True) if key not in known]
               for batch, batch_keys, known in zip(batches, keys, cached, strict=True)]
    share = WORKERS > 1 and any(batch.parallel(paths) for batch, paths in zip(batches, missing, strict=True) if paths)
    for batch, paths in zip(batches, missing, strict=True):
        if paths and batch.prepare:
            batch.prepare()
    parts: dict[File, list[Any]] = {}
    for number, (batch, paths) in enumerate(zip(batches, missing, strict=True)):
        plans = batch.split.plan(paths, WORKERS) if batch.split and share else [[None]] * len(paths)
        parts.update(((number, path), plan) for path, plan in zip(paths, plans, strict=True))
    made = {file: [b""] * len(plan) for file, plan in parts.items()}
    loaded: dict[File, list[Any]] = {file: [None] * len(plan) for file, plan in parts.items()}
    summaries = {file: [None] * len(plan) for file, plan in parts.items()}
    jobs = [(*file, index, part) for file, plan in parts.items() for index, part in enumerate(plan)]
    _batches = batches
    try:
        while jobs:
            if share and len(jobs) > 1:  # largest first, by its file's bytes over its parts
                sizes = {job: job[1].stat().st_size / len(parts[job[0], job[1]]) for job in jobs}
                jobs.sort(key=lambda job: -sizes[job])
                fresh = chain.from_iterable(fork_imap(_run_group, _groups(jobs, sizes)))
            else:
                fresh = map(_run, jobs)
            for (number, path, index, _), (summary, data) in zip(jobs, fresh, strict=True):
                made[number, path][index], summaries[number, path][index] = data, summary
                # Unpickled here, while the workers go on with the rest.
                loaded[number, path][index] = pickle.loads(data)
            touched = {(number, path) for number, path, _, _ in jobs}
            jobs = _unsettled(batches, parts, summaries, touched, (made, loaded, summaries))
    finally:
        _batches = []
    out = []
    for number, batch in enumerate(batches):
        kept = {key: tuple(made[number, path]) if (number, path) in made else cached[number][key]
                for path, key in zip(batch.paths, keys[number], strict=True)}
        private = {key for path, key in zip(batch.paths, keys[number], strict=True)
                   if batch.keep and (number, path) in loaded and not batch.keep(_joined(batch, loaded[number, path]))}
        batch.results.store({key: value for key, value in kept.items() if key not in private})
        try:
            out.append([_joined(batch, loaded[number, path] if (number, path) in loaded else
                                [data_loads(data) for data in kept[key]])
                        for path, key in zip(batch.paths, keys[number], strict=True)])
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError,
                IndexError, KeyError, RecursionError, MemoryError, OverflowError):
            # A cached entry no longer unpickles (a class it names has changed shape, or it names
            # something that is not a data type): start over.
            batch.results.old = None
            out.append(compute([batch], hashes)[0])
    return out


def _unsettled(batches: list[Batch], parts: dict[File, list[Any]], summaries: dict[File, list[Any]],
               files: set[File], per_part: tuple[dict[File, list[Any]], ...]) -> list[Job]:
    """The parts of `files` to read again, as their batches' `settle` says, with the plans
    updated to match, and what is kept `per_part` resized where a file's parts changed."""
    jobs = []
    for number, path in sorted(files, key=lambda file: (file[0], str(file[1]))):
        split = batches[number].split
        plan = parts[number, path]
        new = split.settle(plan, summaries[number, path]) if split and plan != [None] else None
        if new is None:
            continue
        if len(new) != len(plan):
            for kept in per_part:
                kept[number, path] = [None] * len(new)
        redo = [index for index, part in enumerate(new) if len(new) != len(plan) or part != plan[index]]
        parts[number, path] = new
        jobs.extend((number, path, index, new[index]) for index in redo)
    return jobs


def _joined(batch: Batch, results: list[Any]) -> Any:
    return batch.split.join(results) if batch.split else results[0]

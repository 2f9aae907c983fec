"""Every listing file read and enriched into reports: in parallel, and cached by content.

A file's reports depend only on its bytes, the configuration and the code, so the result
is cached keyed by all three: a rebuild reads only files that changed. The cache lives in
the built site's hidden `.digest-cache/` (GitHub Pages' upload leaves dotfiles out), so a
build never writes outside its output directory; each build keeps just the entries it used.
Files are enriched by forked workers when there is enough work to share; results are merged
in file order, so the output never depends on which worker finished first.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from generator.config import Config
from generator.diagnostics import Diagnostic, Diagnostics, debugging, internal_error
from generator.enrich.publishers import PublisherTable
from generator.enrich.topics import TopicClassifier
from generator.ingest import FileCount, Reader, read_listing_file
from generator.model import Report

PARALLEL_FROM_BYTES = 8 * 1024 * 1024
CODE = Path(__file__).parent


@dataclass
class FileResult:
    reports: list[Report]
    count: FileCount
    diagnostics: list[Diagnostic] = field(default_factory=list)
    discovered: list[str] = field(default_factory=list)


@dataclass
class _Job:
    config: Config
    table: PublisherTable
    classifier: TopicClassifier
    readers: dict[str, Reader]
    root: Path | None


_job: _Job | None = None


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the generator's own sources: a new version never reuses old results."""
    digest = hashlib.sha256()
    for path in sorted(CODE.rglob("*")):
        if path.suffix in (".py", ".yaml") and "__pycache__" not in path.parts:
            digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(config: Config, profiles_dir: Path) -> str:
    """What besides a file's bytes decides its reports: configuration, profiles and code."""
    digest = hashlib.sha256(code_version().encode())
    digest.update(repr((config.site.excerpt_min, config.site.excerpt_max, config.publishers, config.topics)).encode())
    for path in sorted(profiles_dir.glob("*.yaml")) if profiles_dir.is_dir() else []:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _enrich_file(path: Path) -> FileResult:
    from generator.digest import enrich

    assert _job is not None
    diagnostics = Diagnostics(root=_job.root)
    name = diagnostics._name(path)
    count = FileCount(name)
    before = set(_job.table.terms)
    reports = []
    for item in read_listing_file(path, _job.readers, diagnostics, count):
        try:
            reports.append(enrich(item, _job.table, _job.classifier, _job.config, diagnostics))
        except Exception as exc:  # one odd item must not stop the build; it is counted as rejected
            if debugging():
                raise
            count.rejected += 1
            diagnostics.warning(path, item.line, f"item left out: {internal_error(exc)}")
    discovered = [t for t in _job.table.terms if t not in before]
    return FileResult(reports, count, diagnostics.items, discovered)


def _cached(path: Path, cache: Path | None, key_base: str, sha: str | None) -> tuple[str, FileResult | None]:
    sha = sha or hashlib.sha256(path.read_bytes()).hexdigest()
    key = hashlib.sha256(f"{key_base}\0{path.name}\0{sha}".encode()).hexdigest()
    entry = cache / f"{key}.pickle" if cache else None
    if entry is not None and entry.is_file():
        try:
            return key, pickle.loads(entry.read_bytes())
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass
    return key, None


def enrich_listings(files: list[Path], config: Config, table: PublisherTable, classifier: TopicClassifier,
                    readers: dict[str, Reader], root: Path | None, cache: Path | None,
                    key_base: str, new_cache: Path | None, hashes: dict[Path, str]) -> list[FileResult]:
    """One result per file, in the order of `files`; every result is saved to `new_cache`.
    `hashes` holds content hashes of the files already computed, if any."""
    global _job
    keys, results = {}, {}
    for path in files:
        keys[path], cached = _cached(path, cache, key_base, hashes.get(path.resolve()))
        if cached is not None:
            results[path] = cached
    todo = [path for path in files if path not in results]
    _job = _Job(config, table, classifier, readers, root)
    try:
        workers = min(os.cpu_count() or 1, 4)
        if workers > 1 and len(todo) > 1 and sum(p.stat().st_size for p in todo) >= PARALLEL_FROM_BYTES:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                fresh = pool.map(_enrich_file, todo, chunksize=1)
        else:
            fresh = [_enrich_file(path) for path in todo]
    finally:
        _job = None
    results.update(zip(todo, fresh, strict=True))
    if new_cache is not None:
        new_cache.mkdir(parents=True, exist_ok=True)
        for path in files:
            old = cache / f"{keys[path]}.pickle" if cache else None
            if old is not None and path not in todo and old.is_file():
                os.link(old, new_cache / old.name)
            else:
                (new_cache / f"{keys[path]}.pickle").write_bytes(pickle.dumps(results[path], protocol=5))
    return [results[path] for path in files]

"""Every listing file read and enriched into reports: in parallel, and cached by content
(see filecache.py): a rebuild reads only listing files that changed."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from generator.config import Config
from generator.diagnostics import Diagnostic, Diagnostics, debugging, internal_error
from generator.enrich.publishers import PublisherTable
from generator.enrich.topics import TopicClassifier
from generator.filecache import Batch, FileResults
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
    table = _job.table.copy()
    reports = []
    for item in read_listing_file(path, _job.readers, diagnostics, count):
        try:
            reports.append(enrich(item, table, _job.classifier, _job.config, diagnostics))
        except Exception as exc:  # one odd item must not stop the build; it is counted as rejected
            if debugging():
                raise
            count.rejected += 1
            diagnostics.warning(path, item.line, f"item left out: {internal_error(exc)}")
    discovered = [t for t in table.terms if t not in _job.table.terms]
    return FileResult(reports, count, diagnostics.items, discovered)


@contextmanager
def listing_batch(files: list[Path], config: Config, table: PublisherTable, classifier: TopicClassifier,
                  readers: dict[str, Reader], root: Path | None, cache: FileResults) -> Iterator[Batch]:
    """The batch reading and enriching `files` into one FileResult each (see filecache.py),
    to compute inside this context: the forked workers find what enrichment needs in place."""
    global _job
    _job = _Job(config, table, classifier, readers, root)
    try:
        yield Batch(cache, _enrich_file, files, lambda todo: sum(p.stat().st_size for p in todo) >= PARALLEL_FROM_BYTES)
    finally:
        _job = None

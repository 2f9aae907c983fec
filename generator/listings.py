"""Every listing file read and enriched into reports: in parallel, and cached by content
(see filecache.py): a rebuild reads only listing files that changed."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import import_module
from pathlib import Path

from generator.config import Config
from generator.diagnostics import INTERNAL, Diagnostic, Diagnostics, debugging, internal_fields
from generator.enrich.publishers import PublisherTable
from generator.enrich.topics import TopicClassifier
from generator.filecache import Batch, FileResults
from generator.ingest import FileCount, Reader, Span, Unsplittable, read_listing_file, spans
from generator.model import Report, Source
from generator.normalize import strip_invisible

PARALLEL_FROM_BYTES = 8 * 1024 * 1024
# Parts of big text dumps: about this many per worker's share of the bytes, of at least this size.
PARTS_PER_WORKER = 4
MIN_PART_BYTES = 2 * 1024 * 1024
MAX_PARTS = 64
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


def _import_enrichment() -> None:
    """Enrichment is imported only when some listing file must be read (see filecache.Batch):
    before forking, so that the workers share the parent's import."""
    import_module("generator.enrich.report")


Part = tuple[Span, tuple[str, ...]]  # which bytes, and the publishers its file's earlier parts discovered


def _enrich_part(path: Path, part: Part | None) -> FileResult | None:
    """The reports of one listing file, or of one part of it (None when it cannot be read in
    parts). A part's publisher table knows what the parts before it discovered, as the
    table reading the file whole would by then."""
    from generator.enrich.report import enrich  # imported already (`_import_enrichment`)

    assert _job is not None
    span, seed = part or (None, ())
    diagnostics = Diagnostics(root=_job.root)
    tally = FileCount(diagnostics._name(path))
    table = _job.table.copy()
    for name in seed:
        table.discover(name)
    known = set(table.terms)
    reports = []
    try:
        for item in read_listing_file(path, _job.readers, diagnostics, tally, span):
            if not strip_invisible(item.title).strip():  # whatever the reader: no title to show or link
                tally.rejected += 1
                diagnostics.warning(path, item.line, "item left out: its title {title!r} has nothing visible in it",
                                    title=item.title)
                continue
            try:
                reports.append(enrich(item, table, _job.classifier, _job.config, diagnostics))
            except Exception as exc:  # one odd item must not stop the build; it is counted as rejected
                if debugging():
                    raise
                tally.rejected += 1
                diagnostics.warning(path, item.line, "item left out: " + INTERNAL, **internal_fields(exc))
    except Unsplittable:
        return None
    diagnostics.count_held()
    return FileResult(reports, tally, diagnostics.items, [t for t in table.terms if t not in known])


class _ListingParts:
    """Big text dumps read in parts (see filecache.Split), so that a few big files, or one,
    keep every worker busy. Items attribute publishers with what earlier items of their file
    discovered, so a part is read again, knowing them, when the parts before it discovered
    any: rare, and the result is exactly that of reading the file whole. A part numbers its
    lines from its own first line; `join` moves them to where the part begins."""

    def plan(self, paths: list[Path], workers: int) -> list[list[Part | None]]:
        """Files of over a quarter of a worker's share of the bytes are cut into parts of
        about that size: enough to even out the end, and no parts where many files do. The
        cuts are found from the bytes around them alone."""
        sizes = [path.stat().st_size for path in paths]
        target = max(MIN_PART_BYTES, sum(sizes) // workers // PARTS_PER_WORKER)
        plans: list[list[Part | None]] = []
        for path, size in zip(paths, sizes, strict=True):
            count = min(MAX_PARTS, -(-size // target))
            cuts = spans(path, count) if count > 1 else None
            plans.append([(span, ()) for span in cuts] if cuts and len(cuts) > 1 else [None])
        return plans

    def summary(self, result: FileResult | None) -> tuple[str, ...] | None:
        return None if result is None else tuple(result.discovered)

    def settle(self, parts: list[Part | None], summaries: list[tuple[str, ...] | None]) -> list[Part | None] | None:
        if None in summaries:
            return [None]
        seed: dict[str, None] = {}
        settled: list[Part | None] = []
        for part, found in zip(parts, summaries, strict=True):
            assert part is not None and found is not None
            settled.append((part[0], tuple(seed)))
            seed.update(dict.fromkeys(found))
        return None if settled == parts else settled

    def join(self, results: list[FileResult]) -> FileResult:
        if len(results) == 1:
            return results[0]
        count = FileCount(results[0].count.file, *(sum(getattr(r.count, field) for r in results)
                                                   for field in ("read", "merged", "rejected")))
        joined = FileResult([], count)
        offset = 0  # lines in the parts before
        for result in results:
            for report in result.reports:
                # Fresh objects, unpickled for this build: moved in place.
                report.sources = [Source(s.file, s.line + offset, s.url) for s in report.sources]
            joined.reports += result.reports
            joined.diagnostics += [d if d.line is None else replace(d, line=d.line + offset)
                                   for d in result.diagnostics]
            joined.discovered += result.discovered
            offset += result.count.lines
        return joined


@contextmanager
def listing_batch(files: list[Path], config: Config, table: PublisherTable, classifier: TopicClassifier,
                  readers: dict[str, Reader], root: Path | None, cache: FileResults) -> Iterator[Batch]:
    """The batch reading and enriching `files` into one FileResult each (see filecache.py),
    to compute inside this context: the forked workers find what enrichment needs in place."""
    global _job
    _job = _Job(config, table, classifier, readers, root)
    try:
        yield Batch(cache, _enrich_part, files,
                    lambda todo: sum(p.stat().st_size for p in todo) >= PARALLEL_FROM_BYTES, _ListingParts(),
                    prepare=_import_enrichment)
    finally:
        _job = None

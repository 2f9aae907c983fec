"""Assemble the digest: listings read, each item enriched into a report, sightings merged,
commentary joined. Everything after this stage works on the finished model only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.commentary import (
    banner,
    collect_commentary,
    commentary_batch,
    markdown_files,
    publish_editions,
    read_editions,
    read_page,
    today,
    week_of,
)
from generator.config import Config, load_config
from generator.diagnostics import Diagnostics
from generator.enrich.merging import merge_into, sighting_id
from generator.enrich.publishers import PublisherTable
from generator.enrich.topics import TopicClassifier
from generator.filecache import FileResults, compute
from generator.i18n import Choices, closest, tr
from generator.ingest import PAGE_SUFFIXES, FileCount, listing_files, readers_for
from generator.listings import code_version, fingerprint, listing_batch
from generator.model import Commentary, Page, Report, Source
from generator.reportref import ReportIndex


@dataclass
class NoteStatus:
    """What became of the commentary files, for `check` and `serve`."""

    published: int = 0
    picks: int = 0
    drafts: int = 0
    scheduled: dict[str, dt.date] = field(default_factory=dict)  # file -> the day it is published
    orphaned: int = 0  # naming no report, or a report that has a note already
    by_report: dict[str, str] = field(default_factory=dict)  # report id -> its note's file, drafts too


@dataclass
class Digest:
    config: Config
    publishers: PublisherTable
    reports: list[Report]
    pages: list[Page]
    counts: dict[str, FileCount] = field(default_factory=dict)
    editions: dict[str, str] = field(default_factory=dict)
    drafts: dict[str, Commentary] = field(default_factory=dict)  # by file name: checked, not published
    notes: NoteStatus = field(default_factory=NoteStatus)
    today: dt.date | None = None  # the day drafts and schedules were decided on


NO_REPORTS = ("no report could be read from the listings ({files} file(s), {read} item(s) read): the site would "
              "be empty; the warnings above say what each file holds, and a record profile can map its fields")


def _join_commentary(reports: dict[str, Report], notes: list[Commentary], config: Config,
                     table: PublisherTable, diagnostics: Diagnostics, today: dt.date,
                     preview: bool = False) -> tuple[dict[str, Commentary], NoteStatus]:
    """Attach each note to its report; the notes held back (drafts, and notes dated after
    `today`), which are checked but not attached, unless this is a `serve` preview, where
    they are attached with a banner."""
    held = {}
    status = NoteStatus()
    index = ReportIndex.of(reports.values())
    topic_of = {t.name: t.name for t in config.topics} | {t.slug: t.name for t in config.topics}
    publisher_names = [*table.terms, *(a for t in table.terms.values() for a in t.aliases)]
    for note in notes:
        # Checked first: every mistake of a note is reported at once, whatever its report.
        topics = _checked_names(note, "topics", note.topics, topic_of, diagnostics, list(topic_of), UNKNOWN_TOPIC)
        publishers = _checked_names(note, "publishers", note.publishers,
                                    {name: table.lookup(name) for name in note.publishers or []}, diagnostics,
                                    publisher_names, UNKNOWN_PUBLISHER)
        matches = index.find(note.report_ref)
        if not matches:
            status.orphaned += 1
            near = Choices(f"{r.id} {r.title}" for r in index.closest(note.report_ref))
            diagnostics.error(note.file, note.ref_line, "report {ref!r} is not in any listing (name it by its "
                              "listed title, with or without .pdf, its id or its page URL){near}",
                              ref=note.report_ref, near=near)
            continue
        if len(matches) > 1:
            status.orphaned += 1
            diagnostics.error(note.file, note.ref_line, "report {ref!r} matches several reports ({ids}); name it by id",
                              ref=note.report_ref, ids=", ".join(f"{r.id} {r.title}" for r in matches))
            continue
        report = matches[0]
        if report.id in status.by_report:
            status.orphaned += 1
            diagnostics.error(note.file, note.ref_line, "report {id} already has commentary in {other}",
                              id=report.id, other=status.by_report[report.id])
            continue
        status.by_report[report.id] = note.file
        shown = shown_note(note, today, preview)
        if note is shown:
            status.published += 1
            status.picks += note.pick
        else:
            status.drafts += note.draft
            if not note.draft:
                status.scheduled[note.file] = note.date  # type: ignore[assignment]
            if shown is None:
                held[note.file] = note
                continue
        note = shown
        if topics is not None:
            report.topics = topics
        if publishers is not None:
            report.publishers = publishers
            report.attribution = "commentary"
        report.commentary = note
    return held, status


def shown_note(note: Commentary, today: dt.date, preview: bool) -> Commentary | None:
    """The note as its report shows it: itself when published; when held back (a draft, or
    dated after `today`), None, but in a `serve` preview, a copy marked with a banner."""
    scheduled = note.date is not None and note.date > today
    if not (note.draft or scheduled):
        return note
    if not preview:
        return None
    return replace(note, html=banner(note.draft, note.date if scheduled else None) + note.html)


UNKNOWN_TOPIC = "unknown topic {name!r} (topics are listed in topics.yaml){suggestions}"
UNKNOWN_PUBLISHER = "unknown publisher {name!r} (add it to publishers.yaml first){suggestions}"


def _checked_names(note: Commentary, key: str, names: list[str] | None, known: dict[str, str | None],
                   diagnostics: Diagnostics, choices: list[str], message: str) -> list[str] | None:
    """The canonical names of a note's `topics` or `publishers`; each unknown one is an error
    at its own line, with the closest known names."""
    if names is None:
        return None
    found = []
    for name in names:
        canonical = known.get(name)
        if canonical:
            found.append(canonical)
            continue
        line = note.lines.get(f"{key}:{name}") or note.lines.get(key) or note.ref_line
        diagnostics.error(note.file, line, message, name=name, suggestions=closest(name, choices, cutoff=0.4))
    return list(dict.fromkeys(found))


def load_digest(content_dir: Path, diagnostics: Diagnostics, cache: Path | None = None,
                new_cache: Path | None = None, hashes: dict[Path, str] | None = None,
                preview: bool = False) -> Digest:
    """The whole content model. With `cache`, listing files read before are not read again;
    with `new_cache`, this run's results are kept there for the next run; `hashes` are the
    input files' content hashes when the caller has them already. A `preview` (serve) shows
    drafts and scheduled notes and editions, marked; nothing else ever does."""
    config = load_config(content_dir, diagnostics)
    table = PublisherTable(config.publishers)
    classifier = TopicClassifier(config.topics)
    counts: dict[str, FileCount] = {}
    reports: dict[str, Report] = {}
    files = listing_files(content_dir / "listings")
    readers = readers_for(content_dir, diagnostics, pages=any(p.suffix.lower() in PAGE_SUFFIXES for p in files))
    hashes = hashes or {}
    listing_cache = FileResults("listing", fingerprint(config, content_dir / "profiles"), cache, new_cache)
    note_cache = FileResults("commentary", code_version(), cache, new_cache)
    day = today(config.site.tz)
    notes_batch = commentary_batch(markdown_files(content_dir / "commentary"), diagnostics.root, note_cache, day)
    with listing_batch(files, config, table, classifier, readers, diagnostics.root, listing_cache) as listings:
        listing_results, note_results = compute([listings, notes_batch], hashes)
    # Ids, URLs and GUIDs must not depend on the order the listings are read: publishers
    # discovered in several spellings (traditional, full-width) take the first in code order,
    # and each report's sightings are filed in date order.
    for name in sorted({name for result in listing_results for name in result.discovered}):
        if table.lookup(name) is None:
            table.discover(name)
    sightings = []
    for result in listing_results:
        diagnostics.items.extend(result.diagnostics)
        counts[result.count.file] = result.count
        for report in result.reports:
            report.publishers = [p if p in table.terms else table.lookup(p) or p for p in report.publishers]
            sightings.append((report, result.count))
    sightings.sort(key=lambda s: (s[0].id, s[0].date, s[0].sources[0].file, s[0].sources[0].line))
    known: dict[str, set[Source]] = {}  # each merged report's sources, to merge in linear time
    for report, count in sightings:
        report.id = sighting_id(reports, report)
        if report.id in reports and reports[report.id].title_keys[:1] != report.title_keys[:1]:
            first, second = reports[report.id].sources[0], report.sources[0]
            diagnostics.error(second.file, second.line, "report id {id} is also that of a different report "
                              "({first}); please report this hash collision", id=report.id,
                              first=f"{first.file}:{first.line}")
            continue
        if report.id in reports:
            if report.id not in known:
                known[report.id] = set(reports[report.id].sources)
            merge_into(reports[report.id], report, known[report.id])
            count.merged += 1
        else:
            reports[report.id] = report
    if not reports:
        read = sum(c.read for c in counts.values())
        diagnostics.error(content_dir / "listings", None, NO_REPORTS, files=len(files), read=read)
    notes = collect_commentary(note_results, diagnostics)
    drafts, status = _join_commentary(reports, notes, config, table, diagnostics, day, preview)
    pages = [p for p in (read_page(p, diagnostics) for p in markdown_files(content_dir / "pages")) if p]
    ordered = sorted(reports.values(), key=lambda r: (r.date, r.views or 0, r.id), reverse=True)
    editions = publish_editions(read_editions(content_dir / "editions", diagnostics),
                                {week_of(listed) for listed in {r.date for r in ordered}}, day, preview, diagnostics)
    return Digest(config=config, publishers=table, reports=ordered, pages=pages, counts=counts, editions=editions,
                  drafts=drafts, notes=status, today=day)


def commentary_summary(digest: Digest) -> str:
    """`check`'s line on the commentary: published notes and picks, drafts, scheduled, orphaned."""
    status = digest.notes
    line = tr("Commentary: {published} published ({picks} pick(s)), {drafts} draft(s), {scheduled} scheduled, "
              "{orphaned} orphaned; {editions} edition(s)", published=status.published, picks=status.picks,
              drafts=status.drafts, scheduled=len(status.scheduled), orphaned=status.orphaned,
              editions=len(digest.editions))
    for file, day in sorted(status.scheduled.items(), key=lambda item: item[1]):
        line += "\n" + tr("  {file}: published by the first build on or after {date}", file=file, date=day)
    return line

"""Assemble the digest: listings read, each item enriched into a report, sightings merged,
commentary joined. Everything after this stage works on the finished model only."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.commentary import collect_commentary, commentary_batch, markdown_files, read_editions, read_page
from generator.config import Config, load_config
from generator.diagnostics import Diagnostics
from generator.enrich.cleaning import excerpt
from generator.enrich.identity import report_id, report_key, title_key
from generator.enrich.merging import merge_into, sighting_id
from generator.enrich.publishers import PublisherTable
from generator.enrich.titles import parse_title
from generator.enrich.topics import TopicClassifier
from generator.filecache import FileResults, compute
from generator.ingest import FileCount, listing_files, readers_for
from generator.listings import code_version, fingerprint, listing_batch
from generator.model import Commentary, ListingItem, Page, Report, Source
from generator.normalize import squash_spaces, strip_invisible


@dataclass
class Digest:
    config: Config
    publishers: PublisherTable
    reports: list[Report]
    pages: list[Page]
    counts: dict[str, FileCount] = field(default_factory=dict)
    editions: dict[str, str] = field(default_factory=dict)
    drafts: dict[str, Commentary] = field(default_factory=dict)  # by file name: checked, not published


MAX_TITLE = 200


def enrich(item: ListingItem, table: PublisherTable, topics: TopicClassifier, config: Config,
           diagnostics: Diagnostics) -> Report:
    if len(item.title) > MAX_TITLE:
        diagnostics.warning(item.file, item.line, f"title of {len(item.title):,} characters shortened to "
                            f"{MAX_TITLE} for display; check the scraper for this listing")
    parts = parse_title(item.title[: MAX_TITLE * 5])
    attribution = table.attribute(parts, item.head, item.tail, item.publisher_hint)
    for name in attribution.discovered:
        diagnostics.warning(
            item.file, item.line,
            f"publisher {name!r} is not in the publisher table; added with slug "
            f"{table.slug(name)!r} (add it to publishers.yaml to set its name and slug)",
        )
    clean_title = (attribution.reading or parts).clean_title(attribution.prefix_is_publisher)
    if len(clean_title) > MAX_TITLE:
        clean_title = clean_title[: MAX_TITLE - 1] + "…"
    listed_key = title_key(item.title)
    key = report_key(listed_key, attribution.publishers, parts.report_date)
    return Report(
        id=report_id(key),
        title=squash_spaces(strip_invisible(item.title)),
        clean_title=clean_title,
        publishers=attribution.publishers,
        topics=topics.classify(clean_title, item.head),
        date=item.date,
        report_date=parts.report_date,
        pages=parts.pages or item.pages,
        views=item.views,
        excerpt=excerpt(item.head, config.site.excerpt_min, config.site.excerpt_max),
        attribution=attribution.method,
        sources=[Source(item.file, item.line, item.url, item.pdf_url)],
        first_seen=item.date,
        facts=item.facts,
        title_keys=tuple(dict.fromkeys((listed_key, title_key(clean_title)))),
    )


def _join_commentary(reports: dict[str, Report], notes: list[Commentary], config: Config,
                     table: PublisherTable, diagnostics: Diagnostics) -> dict[str, Commentary]:
    """Attach each note to its report; the drafts, which are checked but not attached."""
    drafts = {}
    by_title: dict[str, list[Report]] = {}
    for report in reports.values():
        for key in report.title_keys:
            by_title.setdefault(key, []).append(report)
    topic_names = {t.name for t in config.topics} | {t.slug for t in config.topics}
    slug_to_topic = {t.slug: t.name for t in config.topics}
    for note in notes:
        by_id = reports.get(note.report_ref)
        matches = [by_id] if by_id else by_title.get(title_key(note.report_ref), [])
        if not matches:
            diagnostics.error(note.file, note.ref_line,
                              f"report {note.report_ref!r} is not in any listing "
                              "(name it by its listed title, with or without .pdf, or by its id)")
            continue
        if len(matches) > 1:
            ids = ", ".join(r.id for r in matches)
            diagnostics.error(note.file, note.ref_line,
                              f"report {note.report_ref!r} matches several reports ({ids}); name it by id")
            continue
        report = matches[0]
        if report.commentary is not None:
            diagnostics.error(note.file, note.ref_line,
                              f"report {report.id} already has commentary in {report.commentary.file}")
            continue
        if note.draft:
            drafts[note.file] = note
            continue
        if note.topics is not None:
            unknown = [t for t in note.topics if t not in topic_names]
            if unknown:
                diagnostics.error(note.file, note.ref_line, f"unknown topics {unknown} (see topics.yaml)")
            report.topics = [slug_to_topic.get(t, t) for t in note.topics if t in topic_names]
        if note.publishers is not None:
            report.publishers = [table.lookup(p) or table.discover(p) for p in note.publishers]
            report.attribution = "commentary"
        report.commentary = note
    return drafts


def load_digest(content_dir: Path, diagnostics: Diagnostics, cache: Path | None = None,
                new_cache: Path | None = None, hashes: dict[Path, str] | None = None) -> Digest:
    """The whole content model. With `cache`, listing files read before are not read again;
    with `new_cache`, this run's results are kept there for the next run; `hashes` are the
    input files' content hashes when the caller has them already."""
    config = load_config(content_dir, diagnostics)
    table = PublisherTable(config.publishers)
    classifier = TopicClassifier(config.topics)
    counts: dict[str, FileCount] = {}
    reports: dict[str, Report] = {}
    readers = readers_for(content_dir, diagnostics)
    files = listing_files(content_dir / "listings")
    hashes = hashes or {}
    listing_cache = FileResults("listing", fingerprint(config, content_dir / "profiles"), cache, new_cache)
    note_cache = FileResults("commentary", code_version(), cache, new_cache)
    notes_batch = commentary_batch(markdown_files(content_dir / "commentary"), diagnostics.root, note_cache)
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
    for report, count in sightings:
        report.id = sighting_id(reports, report)
        if report.id in reports and reports[report.id].title_keys[:1] != report.title_keys[:1]:
            first, second = reports[report.id].sources[0], report.sources[0]
            diagnostics.error(second.file, second.line, f"report id {report.id} is also that of a different report "
                              f"({first.file}:{first.line}); please report this hash collision")
            continue
        if report.id in reports:
            merge_into(reports[report.id], report)
            count.merged += 1
        else:
            reports[report.id] = report
    notes = collect_commentary(note_results, diagnostics)
    drafts = _join_commentary(reports, notes, config, table, diagnostics)
    pages = [p for p in (read_page(p, diagnostics) for p in markdown_files(content_dir / "pages")) if p]
    ordered = sorted(reports.values(), key=lambda r: (r.date, r.views or 0, r.id), reverse=True)
    editions = read_editions(content_dir / "editions", diagnostics)
    return Digest(config=config, publishers=table, reports=ordered, pages=pages, counts=counts, editions=editions,
                  drafts=drafts)

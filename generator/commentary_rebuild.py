"""A rebuild after commentary text alone changed, without reading the listings again.

An editor's usual change is the text of a commentary. A full rebuild reads every listing
(cached, but 100,000 reports still take seconds to load), plans the whole site and keys every
page. When only commentary bodies changed (each note names the same report, with the same
title, date, topics, publishers and flags), the files that can differ are known: the report's
own page, the home page, the feeds that carry the report and its week's edition pages. A full
build leaves behind what those need (the `Snapshot`): every report with commentary, with its
related reports, in shards the render workers write as they go, and the home page, feeds and
editions as planned. Anything else (a note added, removed or retargeted, a changed flag, a
listing, template, option or the code) takes the full path, as does a site with search on
(the default): there the note's search shard must be indexed again, which the full path
does (search_shards.py), so this path serves only sites built without search. The snapshot
lives in the build's cache (outside the site, see cachedir.py), and the rewritten files are
swapped in with the rest of the site as a full build's are.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.cachedir import BuildCache, read_data, read_json, write_file
from generator.commentary import markdown_files, read_commentary, site_today
from generator.config import SiteConfig
from generator.diagnostics import Diagnostics
from generator.inputs import InputFiles
from generator.model import Commentary, Page, Report
from generator.plan import TAXONOMIES, FeedOut, PageOut, SitePlan, report_page
from generator.render.feeds import feed_outputs
from generator.render.html import make_environment, render_page
from generator.render.keys import Keyer
from generator.render.urls import Urls
from generator.write import INPUTS, MANIFEST, STATE, StagedOutput, carry_over, load_manifest

SNAPSHOT = "snapshot.pickle"
SHARDS = "reports"
REWRITTEN = "rewritten.json"  # the pages commentary-only rebuilds rewrote since the full build


def _signature(note: Commentary) -> str:
    """Everything of a note that decides which pages show it and where; not its text. A hash:
    the snapshot is in the published folder, and a draft's title must not be readable there."""
    fields = (note.report_ref, note.title, note.date, note.topics, note.publishers, note.pick, note.draft)
    return hashlib.blake2b(repr(fields).encode("utf-8"), digest_size=16).hexdigest()


@dataclass
class NoteRecord:
    sha: str
    signature: str
    report_id: str | None  # None for a draft: it is on no page


@dataclass
class Snapshot:
    base: str  # fingerprint of every input but the commentary, with the options and code
    salt: str  # the page keys' salt (see build._write_site)
    site: SiteConfig
    pages: list[Page]
    term_slugs: dict[str, dict[str, str]]
    home: PageOut
    feeds: list[FeedOut]
    notes: dict[str, NoteRecord]  # by the note's file name as diagnostics give it
    shard_of: dict[str, int]  # id of a report with commentary -> the shard holding it
    editions: list[PageOut]  # the weekly edition pages showing commentary (see _edition_pages)


def save_shard(folder: Path, number: int, pages: Sequence[PageOut]) -> list[str]:
    """Keep the reports with commentary among the report pages in `pages` (one render chunk)
    as shard `number`, each with its related reports: only their pages can change in a
    commentary-only rebuild (a note added or moved takes a full build). Runs in the render
    workers; returns the reports' ids."""
    shard = {report.id: (report, page.context["related"]) for page in pages
             if page.template == "report.html" and (report := page.context["report"]).commentary}
    if shard:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{number}.pickle").write_bytes(pickle.dumps(shard, protocol=5))
    return list(shard)


def save_snapshot(cache: Path, base: str, salt: str, site: SiteConfig, pages: list[Page],
                  term_slugs: dict[str, dict[str, str]], plan: SitePlan, shards: list[list[str]],
                  notes: dict[str, str], drafts: dict[str, Commentary]) -> None:
    """Write what a later commentary-only rebuild needs into the new site's cache. `shards`
    lists the report ids kept in each shard (see `save_shard`); `notes` maps every commentary
    file's name to its content hash; `drafts` holds the unpublished notes."""
    joined = [(note, None) for note in drafts.values()] + [
        (page.context["report"].commentary, page.context["report"].id)
        for page in plan.pages if page.template == "report.html" and page.context["report"].commentary]
    records = {note.file: NoteRecord(notes.get(note.file, ""), _signature(note), report_id)
               for note, report_id in joined}
    home = next((page for page in plan.pages if page.path == "index.html"), None)
    if home is None or records.keys() != notes.keys():
        return  # some note is neither published nor a draft: leave it to full builds
    shard_of = {report_id: number for number, ids in enumerate(shards) for report_id in ids}
    snapshot = Snapshot(base, salt, site, pages, term_slugs, home, plan.feeds, records, shard_of,
                        _edition_pages(plan.pages))
    (cache / SNAPSHOT).write_bytes(pickle.dumps(snapshot, protocol=5))


class _Reports:
    """Reports with commentary and their related reports, read from their shards on demand,
    with the new commentary applied."""

    def __init__(self, folder: Path, shard_of: dict[str, int], updates: dict[str, Commentary]) -> None:
        self.folder, self.shard_of, self.updates = folder, shard_of, updates
        self.shards: dict[int, dict[str, tuple[Report, list[Report]]]] = {}

    def get(self, report_id: str) -> tuple[Report, list[Report]]:
        number = self.shard_of[report_id]
        if number not in self.shards:
            shard = read_data(self.folder / f"{number}.pickle")
            if not isinstance(shard, dict):
                raise LookupError(report_id)
            self.shards[number] = shard
        report, related = self.shards[number][report_id]
        for one in (report, *related):
            one.commentary = self.updates.get(one.id, one.commentary)
        return report, related


def _changed_notes(content: Path, snapshot: Snapshot, hashes: dict[Path, str],
                   root: Path | None) -> dict[str, Commentary] | None:
    """The notes whose text changed since the snapshot's full build, by file name; None
    unless only their text changed. The snapshot stays as that build left it, so every
    rebuild re-applies all notes edited since, and finds the files of earlier ones current."""
    diagnostics = Diagnostics(root=root)
    files = {diagnostics._name(p): p for p in markdown_files(content / "commentary")}
    if files.keys() != snapshot.notes.keys():
        return None
    changed = {}
    for name, path in files.items():
        sha = hashes.get(path)
        record = snapshot.notes[name]
        if sha is None:
            return None
        if sha == record.sha:
            continue
        note = read_commentary(path, diagnostics)
        if note is None or diagnostics.items or _signature(note) != record.signature:
            return None
        if note.draft or (note.date is not None and note.date > site_today(content)):
            return None  # unpublished: a preview marks it, which the full build does
        changed[name] = note
    return changed


def rebuild_commentary(content: Path, out: Path, templates: Path, base: str, fingerprint: str,
                       inputs: InputFiles, root: Path | None, cache: BuildCache) -> list[str] | None:
    """Bring the site in `out` (complete, built before) up to date after commentary text
    changed; the files rewritten, or None when this change needs a full build."""
    generation = cache.current()
    snapshot = read_data(generation / SNAPSHOT) if generation else None
    if not isinstance(snapshot, Snapshot) or snapshot.base != base or snapshot.site.search:
        return None
    changed = _changed_notes(content, snapshot, inputs.hashes, root)
    manifest = load_manifest(generation, out) if changed is not None else {}
    rewritten = read_json(generation / REWRITTEN) if generation and (generation / REWRITTEN).exists() else []
    if changed is None or not manifest or not isinstance(rewritten, list):
        return None
    updates = {snapshot.notes[name].report_id: note for name, note in changed.items() if snapshot.notes[name].report_id}
    urls = Urls(snapshot.site.base_url)
    env = make_environment(templates, snapshot.site, urls, {"taxonomies": TAXONOMIES, "pages": snapshot.pages,
                                                            "term_slugs": snapshot.term_slugs})
    keyer = Keyer(snapshot.salt)
    store = _Reports(generation / SHARDS, snapshot.shard_of, updates)
    # Pages an earlier commentary-only rebuild rewrote may need their snapshot text back.
    touched = set(updates) | {str(path).split("/")[1] for path in rewritten if str(path).startswith("reports/")}
    try:
        pages = []
        for report_id in sorted(touched):
            report, related = store.get(report_id)
            pages.append(PageOut(report_page(report_id), "report.html", {"report": report, "related": related}))
    except (LookupError, TypeError, ValueError):
        return None  # a shard is missing or unreadable: a full build makes it again
    for report in _reports_in(snapshot.home.context):
        report.commentary = updates.get(report.id, report.commentary)
    pages.append(snapshot.home)
    for page in snapshot.editions:
        notes = page.context["edition"].notes
        if any(report.id in touched for report in notes):
            for report in notes:
                report.commentary = updates.get(report.id, report.commentary)
            pages.append(page)
    # Keys are made exactly as the full build makes them, so either kind of build can follow.
    outputs: list[tuple[str, str, Callable[[], bytes]]] = [
        (page.path, keyer.page(page), lambda page=page: render_page(env, page.template, page.path, page.context))
        for page in pages]
    for number, feed in enumerate(snapshot.feeds):
        if not any(r.id in touched for r in feed.reports):
            continue
        for report in feed.reports:
            report.commentary = updates.get(report.id, report.commentary)
        outputs.extend((path, keyer.key(path, *key_parts), render)
                       for path, key_parts, render in feed_outputs(feed, number == 0, snapshot.site, urls))
    output = StagedOutput(out, cache)
    try:
        output.entries = dict(manifest)
        rendered = []
        for path, key, render in outputs:
            old = manifest.get(path)
            if old is None or old[0] != key:
                output.record(*output.stage(path, render(), key))
                rendered.append(path)
        carry_over(generation, output.new_cache, {MANIFEST, STATE, INPUTS, REWRITTEN})
        done = sorted({*map(str, rewritten), *rendered})
        write_file(output.new_cache / REWRITTEN, json.dumps(done).encode())
        inputs.save(output.new_cache / INPUTS)
        output.commit(fingerprint)
    except BaseException:
        output.abandon()
        raise
    return list(output.staged)


def _edition_pages(pages: list[PageOut]) -> list[PageOut]:
    """The pages showing a week's commentary: its edition page (the first of the week's
    pages) and its e-mail edition, for weeks with commentary."""
    return [page for page in pages if page.template in ("week.html", "email.html", "email.txt")
            and page.context["edition"].notes and getattr(page.context.get("paging"), "number", 1) == 1]


def _reports_in(context: dict[str, Any]) -> list[Report]:
    return [value for values in context.values() if isinstance(values, list)
            for value in values if isinstance(value, Report)]


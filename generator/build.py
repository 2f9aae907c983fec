"""A whole build: content → digest → plan → rendered bytes → atomically written site."""

from __future__ import annotations

import gc
import hashlib
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from jinja2 import Environment

from generator.cachedir import BuildCache, cache_root
from generator.commentary import read_note_alone, site_today
from generator.compilecache import templates_kept
from generator.config import SiteConfig
from generator.diagnostics import Diagnostics
from generator.digest import Digest, load_digest, shown_note
from generator.filecache import carry_results
from generator.i18n import tr
from generator.ingest import FileCount
from generator.inputs import TEMPLATES, InputFiles, remembered_hashes, scan_build_inputs
from generator.listings import code_version
from generator.model import Commentary, Report
from generator.outdir import built_from, check_output_dir, check_replaceable
from generator.plan import FileOut, PageOut, SitePlan, analysts_credited, output_collisions, plan_site, report_page
from generator.planrecord import (
    Change,
    PlanMeta,
    PlanRecord,
    Recorded,
    Recorder,
    carry_over,
    changed_reports,
    projection,
    write_outputs,
    write_reports,
)
from generator.progress import Progress
from generator.render import parallel
from generator.render.feeds import feed_outputs
from generator.render.html import make_environment
from generator.render.keys import Keyer
from generator.render.opml import render_opml
from generator.render.searchindex import index_outputs, move_keys
from generator.render.sitemap import render_robots, render_sitemaps
from generator.render.urls import Urls
from generator.taxonomy import TAXONOMIES
from generator.workers import Aside, collector_off
from generator.write import INPUTS, StagedOutput

PAGES_BUDGET = 10**9  # GitHub Pages publishes sites of up to 1 GB
MB = 10**6  # as the benchmark and GitHub count: 1 GB is 1,000 MB
RECORD = "plan"  # the plan record's folder in the cache (see planrecord.py)


# The stages a build times, as its summary line names them (templates, translated when shown).
STAGE_TIMES = {"read": "read {seconds:.1f} s", "plan": "plan {seconds:.1f} s", "render": "render {seconds:.1f} s",
               "write": "write {seconds:.1f} s"}


@dataclass
class Overview:
    """What a build's closing lines say: every listing file's counts, the reports, the pages
    of each section and the feeds (kept in the plan record for a build that does not plan)."""

    counts: dict[str, FileCount]
    reports: int
    sections: dict[str, int]
    feeds: int

    @classmethod
    def of(cls, digest: Digest, plan: SitePlan) -> Overview:
        sections = Counter(section for section, _, rest in (p.path.partition("/") for p in plan.pages)
                           if rest != "index.html")
        return cls(digest.counts, len(digest.reports),
                   {k: sections[k] for k in ("publishers", "topics", "weeks", "months")}, len(plan.feeds))


@dataclass
class BuildResult:
    """What a build did; `overview` is None when the site was already up to date. `digest` and
    `plan` are None too when the build re-made only the outputs holding changed reports."""

    digest: Digest | None
    plan: SitePlan | None
    files: int
    size: int
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)
    rewritten: int = 0
    written: list[str] = field(default_factory=list)  # the files rewritten, for serve's log
    overview: Overview | None = None

    def summary(self) -> str:
        """The closing line, e.g. `Built 100,000 reports, 1,234 publisher pages … in 31.2 s`."""
        assert self.overview is not None
        stages = tr(", ").join(tr(STAGE_TIMES.get(name, name + " {seconds:.1f} s"), seconds=seconds)
                           for name, seconds in self.timings.items())
        pages = tr("{publishers:,} publisher pages, {topics:,} topic pages, {weeks:,} week pages, "
                   "{months:,} month pages", **self.overview.sections)
        return tr("Built {reports:,} reports, {pages}, {feeds:,} feeds: {files:,} files ({written:,} written), "
                  "{size:.1f} MB in {seconds:.1f} s ({stages})", reports=self.overview.reports, pages=pages,
                  feeds=self.overview.feeds, files=self.files, written=self.rewritten, size=self.size / MB,
                  seconds=self.seconds, stages=stages)


def summarise_counts(counts: dict[str, FileCount], reports: int, stream=sys.stderr) -> None:
    for count in counts.values():
        print(tr("{file}: read {read}, published {published}, merged {merged}, rejected {rejected}",
                 file=count.file, read=count.read, published=count.published, merged=count.merged,
                 rejected=count.rejected), file=stream)
    total = {k: sum(getattr(c, k) for c in counts.values()) for k in ("read", "merged", "rejected")}
    print(tr("Listings: read {read}, merged {merged}, rejected {rejected}; {reports} reports",
             reports=reports, **total), file=stream)


def build(content: Path, out: Path, base_url: str | None, diagnostics: Diagnostics,
          strict: bool = False, templates: Path = TEMPLATES, progress: Progress | None = None,
          scanned: Callable[[], InputFiles] | None = None, preview: bool = False,
          cache: Path | None = None) -> BuildResult | None:
    """Build the site; None when the content has errors (nothing is written then). `scanned`
    gives the inputs when they are being scanned already (`prescan_build_inputs`). A
    `preview` (serve only) shows drafts and scheduled notes, marked. `cache` is the cache
    directory (see cachedir.py). One build at a time per output directory: a second is
    refused (`BuildLocked`)."""
    root = cache_root(content, cache)
    check_output_dir(out, content, root, templates)
    build_cache = BuildCache(root, out)
    try:
        with build_cache.lock(out):
            check_replaceable(out, build_cache)
            return _build(content, out, base_url, diagnostics, strict, templates, progress, scanned, preview,
                          build_cache)
    finally:
        gc.unfreeze()  # what `collector_off` froze: `serve` builds again and again in one process


def _refuse(inputs: InputFiles, diagnostics: Diagnostics) -> bool:
    """Report the files the scan refused (links out of their folder, special files)."""
    for path, reason in inputs.refused:
        diagnostics.error(path, None, reason)
    return bool(inputs.refused)


def _collisions(plan: SitePlan, diagnostics: Diagnostics) -> bool:
    """Report files two parts of the site would both write (see plan.output_collisions)."""
    for path, first, second in output_collisions(plan):
        diagnostics.error(path, None, "written by both {first} and {second}; give one of them another slug",
                          first=first, second=second)
    return diagnostics.failed()


def _build(content: Path, out: Path, base_url: str | None, diagnostics: Diagnostics, strict: bool,
           templates: Path, progress: Progress | None, scanned: Callable[[], InputFiles] | None,
           preview: bool, cache: BuildCache) -> BuildResult | None:
    started = time.perf_counter()
    inputs = scanned() if scanned else scan_build_inputs(content, templates, out, cache.folder.parent)
    if _refuse(inputs, diagnostics):
        return None
    content, templates = content.resolve(), templates.resolve()
    # Equal fingerprints mean byte-identical output: a rebuild with nothing changed stops here.
    # Today is an input: a note or edition dated after it is published by the first build on its day.
    options = f"{base_url}|{strict}|{code_version()}|{preview}|{site_today(content)}"
    fingerprint = inputs.fingerprint([content, templates], options)
    if built_from(out.resolve(), cache) == fingerprint:
        return BuildResult(None, None, 0, 0, time.perf_counter() - started)
    progress = progress or Progress()
    progress.stage("read")
    output = StagedOutput(out, cache)
    try:
        record = PlanRecord.read(output.old_cache) if output.described else None
        changed = record and _changed_reports(record, inputs, options, output.old_cache, diagnostics, preview,
                                              content)
        if changed:
            return _rebuild(record, *changed, templates, inputs, output, diagnostics, progress, fingerprint, started)
        with collector_off():
            digest = load_digest(content, diagnostics, output.old_cache, output.new_cache, inputs.hashes, preview)
        inputs.save(output.new_cache / INPUTS)
    except BaseException:
        output.abandon()
        raise
    if base_url:
        digest.config.site.base_url = base_url if base_url.endswith("/") else base_url + "/"
    if diagnostics.failed(strict):
        output.abandon()
        return None
    output.spare_ready()
    if not output.previous:  # a new site: every report page is the first file of a new folder
        output.make_folders(report_page(report.id) for report in digest.reports)
    # Every report recorded, with its key digest, in a forked process while the build plans the site:
    # the keys need them all, and planning leaves the other core idle.
    reports_recorded = Aside(partial(write_reports, output.new_cache / RECORD, digest.reports))
    try:
        progress.stage("plan")
        with collector_off():
            plan = plan_site(digest)
        if _collisions(plan, diagnostics):
            output.abandon()
            return None
        term_slugs = {k: {v.name: v.slug for v in views} for k, views in plan.terms.items()}
        template_globals = {"pages": digest.pages, "term_slugs": term_slugs,
                            "analyst_houses": analysts_credited(digest, plan)}
        salt = Keyer("").key(inputs.fingerprint([templates], ""), code_version(), digest.config.site, TAXONOMIES,
                             *template_globals.values())
        keyer = Keyer(salt)
        digests = reports_recorded.result()
        for report, value in zip(digest.reports, digests or (), strict=digests is not None):
            keyer.remember(report, value)
        site = digest.config.site
        urls = Urls(site.base_url)
        recorded = _write_site(plan, templates, inputs, output, progress, keyer, site, urls, template_globals,
                               digest.reports, Recorder({"site": site, "urls": urls}))
        overview = Overview.of(digest, plan)
        notes = _notes(digest, inputs, diagnostics.root)
        if digests is not None and notes is not None:  # (a record without its reports would be no record)
            # (the warnings as shown: their fields may be messages, which a record does not hold)
            said = [replace(item, message=item.text, fields={}) for item in diagnostics.items]
            meta = PlanMeta(options, salt, site, template_globals, notes, overview, said)
            write_outputs(output.new_cache / RECORD, recorded, meta)
        if output.bytes_written > 0.8 * PAGES_BUDGET:
            diagnostics.warning(out, None, "site is {size:.0f} MB, near GitHub Pages' 1 GB limit",
                                size=output.bytes_written / MB)
        progress.stage("write")
        output.commit(fingerprint)
    except BaseException:
        output.abandon()
        raise
    finally:
        reports_recorded.close()
    return BuildResult(digest, plan, output.files, output.bytes_written, time.perf_counter() - started,
                       progress.close(), len(output.staged), written=list(output.staged), overview=overview)


def _notes(digest: Digest, inputs: InputFiles, root: Path | None) -> dict[str, tuple[str | None, tuple]] | None:
    """Each note file (by the path its input hash is kept under) with its report's id and what
    the plan read of it (see planrecord.projection); drafts and notes held back too. None when
    a note's file is not among the inputs (then nothing is recorded)."""
    path_of = {Diagnostics(root=root)._name(path): str(path) for path in inputs.hashes}
    report_of = {file: report_id for report_id, file in digest.notes.by_report.items()}
    notes = [*(report.commentary for report in digest.reports if report.commentary), *digest.drafts.values()]
    if any(note.file not in path_of for note in notes):
        return None
    return {path_of[note.file]: (report_of.get(note.file), projection(note)) for note in notes}


def _changed_reports(record: PlanRecord, inputs: InputFiles, options: str, old_cache: Path | None,
                     diagnostics: Diagnostics, preview: bool, content: Path) -> tuple[Change, SiteConfig, Urls] | None:
    """The reports this build changes without planning the site again, with the recorded
    outputs holding them (see planrecord.py), and the site's settings (as recorded: the
    settings' file is among the inputs that did not change) and URLs they name."""
    previous = remembered_hashes(old_cache / INPUTS if old_cache else None)
    site = record.meta.site
    if not previous or not isinstance(site, SiteConfig):
        return None
    day = site_today(content)
    urls = Urls(site.base_url)

    def read_note(path: Path) -> Commentary | None:
        note, messages = read_note_alone(diagnostics.root, path)
        return None if messages else note

    change = changed_reports(record, inputs.hashes, previous, options, read_note,
                             lambda note: shown_note(note, day, preview), {"site": site, "urls": urls})
    return (change, site, urls) if change else None


def _rebuild(record: PlanRecord, change: Change, site: SiteConfig, urls: Urls, templates: Path,
             inputs: InputFiles, output: StagedOutput, diagnostics: Diagnostics, progress: Progress,
             fingerprint: str, started: float) -> BuildResult:
    """Make again the recorded outputs holding the changed reports (see planrecord.py), keyed and
    made as every build keys and makes its outputs; every other file stays as it is."""
    meta = record.meta
    changed_notes = {Diagnostics(root=diagnostics.root)._name(path) for path in change.notes}
    diagnostics.items.extend(m for m in meta.messages if m.file not in changed_notes)
    keyer = Keyer(meta.salt)
    for report, digest in change.digests:
        keyer.remember(report, digest)
    for report in change.reports.values():  # (a handful: worked out here)
        keyer.digest(report)
    env = _environment(templates, site, urls, meta.globals)
    others = [file for o in change.outputs if not isinstance(o, PageOut) for file in o]
    move_keys(others, change.before, output.live, record.real)
    output.spare_ready()  # (as late as may be: the spare is brought up to the live site meanwhile)
    output.keep_live()
    progress.stage("render")
    parallel.render_all(env, keyer, [o for o in change.outputs if isinstance(o, PageOut)], others, output,
                        list(change.reports.values()))
    progress.stage("write")
    carry_over(output.old_cache, output.new_cache, change.reports)  # type: ignore[arg-type]
    carry_results(output.old_cache, output.new_cache)
    inputs.save(output.new_cache / INPUTS)
    output.commit(fingerprint)
    return BuildResult(None, None, output.files, output.bytes_written, time.perf_counter() - started,
                       progress.close(), len(output.staged), written=list(output.staged), overview=meta.overview)


def _environment(templates: Path, site: SiteConfig, urls: Urls, template_globals: dict[str, Any]) -> Environment:
    """The pages' environment, its templates kept compiled under the code and the site's
    settings (Jinja folds the base URL into a template as it compiles it: compilecache.py)."""
    return make_environment(templates, site, urls, {"taxonomies": TAXONOMIES, **template_globals},
                            templates_kept(f"{code_version()}\n{site!r}"))


def _write_site(plan: SitePlan, templates: Path, inputs: InputFiles, output: StagedOutput, progress: Progress,
                keyer: Keyer, site: SiteConfig, urls: Urls, template_globals: dict[str, Any],
                reports: list[Report], recorder: Recorder) -> list[Recorded]:
    """Render and stage every file whose inputs changed (see `render_all`); the search index's
    files are among the others, keyed by their reports like the rest. Each output holding
    reports, recorded (see planrecord.py)."""
    env = _environment(templates, site, urls, template_globals)
    others: list[FileOut] = [
        ("feeds.opml", ("opml", [(v.taxonomy, v.name, v.slug) for views in plan.terms.values() for v in views]),
         lambda: render_opml(site, plan.terms, urls)),
        ("robots.txt", ("robots",), lambda: render_robots(urls)),
    ]
    for number, feed in enumerate(plan.feeds):
        others.extend(feed_outputs(feed, number == 0, site, urls))
    for name, data in render_sitemaps([p.path for p in plan.pages], urls):
        others.append((name, ("sitemap", hashlib.blake2b(data).hexdigest()), lambda data=data: data))
    for static in sorted(p for p in (templates / "static").rglob("*") if p.is_file()):
        others.append((f"static/{static.relative_to(templates / 'static').as_posix()}", (inputs.hashes[static],),
                       static.read_bytes))
    if site.search:
        others.extend(index_outputs(reports))
    progress.stage("render")
    return parallel.render_all(env, keyer, plan.pages, others, output, reports, recorder,
                               lambda done: progress.count(done, len(plan.pages)))

"""A whole build: content → digest → plan → rendered bytes → atomically written site."""

from __future__ import annotations

import gc
import hashlib
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.cachedir import BuildCache, cache_root
from generator.commentary import site_today
from generator.diagnostics import Diagnostics
from generator.digest import Digest, load_digest
from generator.i18n import tr
from generator.inputs import TEMPLATES, InputFiles, scan_build_inputs
from generator.listings import code_version
from generator.outdir import built_from, check_output_dir, check_replaceable
from generator.plan import FileOut, SitePlan, analysts_credited, output_collisions, plan_site, report_page
from generator.progress import Progress
from generator.render import parallel
from generator.render.feeds import feed_outputs
from generator.render.html import make_environment
from generator.render.keys import Keyer, digests_aside
from generator.render.opml import render_opml
from generator.render.searchindex import index_outputs
from generator.render.sitemap import render_robots, render_sitemaps
from generator.render.urls import Urls
from generator.taxonomy import TAXONOMIES
from generator.workers import collector_off
from generator.write import INPUTS, StagedOutput

PAGES_BUDGET = 10**9  # GitHub Pages publishes sites of up to 1 GB
MB = 10**6  # as the benchmark and GitHub count: 1 GB is 1,000 MB


# The stages a build times, as its summary line names them (templates, translated when shown).
STAGE_TIMES = {"read": "read {seconds:.1f} s", "plan": "plan {seconds:.1f} s", "render": "render {seconds:.1f} s",
               "write": "write {seconds:.1f} s"}


@dataclass
class BuildResult:
    """What a build did; `digest` is None when the site was already up to date."""

    digest: Digest | None
    plan: SitePlan | None
    files: int
    size: int
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)
    rewritten: int = 0
    written: list[str] = field(default_factory=list)  # the files rewritten, for serve's log

    def summary(self) -> str:
        """The closing line, e.g. `Built 100,000 reports, 1,234 publisher pages … in 31.2 s`."""
        assert self.digest is not None and self.plan is not None
        sections = Counter(section for section, _, rest in (p.path.partition("/") for p in self.plan.pages)
                           if rest != "index.html")
        counts = {k: sections[k] for k in ("publishers", "topics", "weeks", "months")}
        stages = tr(", ").join(tr(STAGE_TIMES.get(name, name + " {seconds:.1f} s"), seconds=seconds)
                           for name, seconds in self.timings.items())
        pages = tr("{publishers:,} publisher pages, {topics:,} topic pages, {weeks:,} week pages, "
                   "{months:,} month pages", **counts)
        return tr("Built {reports:,} reports, {pages}, {feeds:,} feeds: {files:,} files ({written:,} written), "
                  "{size:.1f} MB in {seconds:.1f} s ({stages})", reports=len(self.digest.reports), pages=pages,
                  feeds=len(self.plan.feeds), files=self.files, written=self.rewritten, size=self.size / MB,
                  seconds=self.seconds, stages=stages)


def summarise_counts(digest: Digest, stream=sys.stderr) -> None:
    for count in digest.counts.values():
        print(tr("{file}: read {read}, published {published}, merged {merged}, rejected {rejected}",
                 file=count.file, read=count.read, published=count.published, merged=count.merged,
                 rejected=count.rejected), file=stream)
    total = {k: sum(getattr(c, k) for c in digest.counts.values()) for k in ("read", "merged", "rejected")}
    print(tr("Listings: read {read}, merged {merged}, rejected {rejected}; {reports} reports",
             reports=len(digest.reports), **total), file=stream)


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
    digests = digests_aside(digest.reports) if len(digest.reports) >= parallel.PARALLEL_FROM else None
    try:
        progress.stage("plan")
        with collector_off():
            plan = plan_site(digest)
        if _collisions(plan, diagnostics):
            output.abandon()
            return None
        term_slugs = {k: {v.name: v.slug for v in views} for k, views in plan.terms.items()}
        analyst_houses = analysts_credited(digest, plan)
        salt = Keyer("").key(inputs.fingerprint([templates], ""), code_version(), digest.config.site, TAXONOMIES,
                             digest.pages, term_slugs, analyst_houses)
        keyer = Keyer(salt)
        if digests and (made := digests.result()):
            for report, value in zip(digest.reports, made, strict=True):
                keyer.remember(report, value)
        _write_site(digest, plan, templates, inputs, output, progress, keyer, term_slugs, analyst_houses)
        if output.bytes_written > 0.8 * PAGES_BUDGET:
            diagnostics.warning(out, None, "site is {size:.0f} MB, near GitHub Pages' 1 GB limit",
                                size=output.bytes_written / MB)
        progress.stage("write")
        output.commit(fingerprint)
    except BaseException:
        output.abandon()
        raise
    finally:
        if digests:
            digests.close()
    return BuildResult(digest, plan, output.files, output.bytes_written, time.perf_counter() - started,
                       progress.close(), len(output.staged), written=list(output.staged))


def _write_site(digest: Digest, plan: SitePlan, templates: Path, inputs: InputFiles, output: StagedOutput,
                progress: Progress, keyer: Keyer, term_slugs: dict[str, dict[str, str]],
                analyst_houses: list[str]) -> None:
    """Render and stage every file whose inputs changed (see `render_all`); the search index's
    files are among the others, keyed by their reports like the rest."""
    site = digest.config.site
    urls = Urls(site.base_url)
    env = make_environment(templates, site, urls, {"taxonomies": TAXONOMIES, "pages": digest.pages,
                                                   "term_slugs": term_slugs, "analyst_houses": analyst_houses})
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
        others.extend(index_outputs(digest.reports))
    progress.stage("render")
    parallel.render_all(env, keyer, plan.pages, others, output, digest.reports,
                        lambda done: progress.count(done, len(plan.pages)))

"""A whole build: content → digest → plan → rendered bytes → atomically written site."""

from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from generator.diagnostics import Diagnostics
from generator.digest import Digest, load_digest
from generator.listings import code_version
from generator.plan import TAXONOMIES, SitePlan, plan_site
from generator.progress import Progress
from generator.render.feeds import render_atom, render_json_feed, render_rss
from generator.render.html import make_environment
from generator.render.opml import render_opml
from generator.render.parallel import RenderError, render_all
from generator.render.search import SearchIndexError, available, build_index
from generator.render.sitemap import render_robots, render_sitemap
from generator.render.urls import Urls
from generator.write import StagedOutput, built_from, check_output_dir

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = PROJECT_ROOT / "templates"
PAGES_BUDGET = 1024**3
CACHE = ".digest-cache"


@dataclass
class BuildResult:
    """What a build did; `digest` is None when the site was already up to date."""

    digest: Digest | None
    plan: SitePlan | None
    files: int
    size: int
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        """The closing line, e.g. `Built 100,000 reports, 1,234 publisher pages … in 31.2 s`."""
        assert self.digest is not None and self.plan is not None
        kinds = {"publishers": "publisher", "topics": "topic", "weeks": "week", "months": "month"}
        counts = {k: sum(1 for p in self.plan.pages if p.path.startswith(f"{k}/") and p.path != f"{k}/index.html")
                  for k in kinds}
        stages = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in self.timings.items())
        pages = ", ".join(f"{counts[k]:,} {kinds[k]} pages" for k in kinds)
        return (f"Built {len(self.digest.reports):,} reports, {pages}, {len(self.plan.feeds):,} feeds: "
                f"{self.files:,} files, {self.size / 1024**2:.1f} MB in {self.seconds:.1f} s ({stages})")


def inputs_fingerprint(content: Path, templates: Path, base_url: str | None, strict: bool) -> str:
    """Everything a build reads: content, templates, code, options. Equal fingerprints mean
    byte-identical output, so a rebuild with nothing changed can stop at once."""
    digest = hashlib.sha256(f"{base_url}|{strict}|{code_version()}".encode())
    for root in (content, templates):
        for path in sorted(root.rglob("*")):
            if path.is_file() and ".cache" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def summarise_counts(digest: Digest, stream=sys.stderr) -> None:
    for count in digest.counts.values():
        print(f"{count.file}: read {count.read}, published {count.published}, "
              f"merged {count.merged}, rejected {count.rejected}", file=stream)
    total = {k: sum(getattr(c, k) for c in digest.counts.values()) for k in ("read", "merged", "rejected")}
    print(f"Listings: read {total['read']}, merged {total['merged']}, rejected {total['rejected']}; "
          f"{len(digest.reports)} reports", file=stream)


def build(content: Path, out: Path, base_url: str | None, diagnostics: Diagnostics,
          strict: bool = False, templates: Path = TEMPLATES, progress: Progress | None = None) -> BuildResult | None:
    """Build the site; None when the content has errors (nothing is written then)."""
    started = time.perf_counter()
    check_output_dir(out, content)
    fingerprint = inputs_fingerprint(content, templates, base_url, strict)
    if built_from(out.resolve()) == fingerprint:
        return BuildResult(None, None, 0, 0, time.perf_counter() - started)
    progress = progress or Progress()
    progress.stage("read")
    output = StagedOutput(out)
    try:
        digest = load_digest(content, diagnostics, out.resolve() / CACHE, output.staging / CACHE)
    except BaseException:
        output.abandon()
        raise
    if base_url:
        digest.config.site.base_url = base_url if base_url.endswith("/") else base_url + "/"
    if diagnostics.failed(strict):
        output.abandon()
        return None
    progress.stage("plan")
    plan = plan_site(digest)
    urls = Urls(digest.config.site.base_url)
    env = make_environment(templates, digest.config.site, urls, {
        "taxonomies": TAXONOMIES, "pages": digest.pages,
        "term_slugs": {k: {v.name: v.slug for v in views} for k, views in plan.terms.items()},
    })
    try:
        progress.stage("render")
        render_all(env, plan.pages, output, lambda done: progress.count(done, len(plan.pages)))
        progress.stage("feeds")
        site = digest.config.site
        for feed in plan.feeds:
            output.write(feed.path, render_rss(feed, site, urls))
        output.write("atom.xml", render_atom(plan.feeds[0], site, urls, "atom.xml"))
        output.write("feed.json", render_json_feed(plan.feeds[0], site, urls, "feed.json"))
        output.write("feeds.opml", render_opml(site, plan.terms, urls))
        output.write("sitemap.xml", render_sitemap([p.path for p in plan.pages], urls))
        output.write("robots.txt", render_robots(urls))
        output.copy_tree(templates / "static", "static")
        progress.stage("search")
        if not site.search:
            pass
        elif available():
            build_index(output.staging)
        else:
            diagnostics.warning(out, None, "search index skipped: install pagefind[extended] (pip install -e .)")
        if output.bytes_written > 0.8 * PAGES_BUDGET:
            diagnostics.warning(out, None, f"site is {output.bytes_written / 1024**2:.0f} MB, "
                                "near GitHub Pages' 1 GB limit")
        progress.stage("write")
        output.commit(fingerprint)
    except SearchIndexError as exc:
        output.abandon()
        raise RenderError(str(exc)) from None
    except BaseException:
        output.abandon()
        raise
    return BuildResult(digest, plan, output.files, output.bytes_written, time.perf_counter() - started,
                       progress.close())

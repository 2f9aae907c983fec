"""The site plan: which pages and feeds exist, at which URLs, holding which reports.

Publishers and topics are one mechanism — a taxonomy of terms, each with its index, its
paginated term pages and its feed — configured twice. Nothing here renders or writes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from generator.config import Term
from generator.digest import Digest
from generator.enrich.publishers import UNATTRIBUTED
from generator.model import Report
from generator.slugs import short_hash
from generator.stats import RelatedReports, TermProfile, month_key, per_month, profile

MONTH_TOP = 10


@dataclass(frozen=True)
class Taxonomy:
    key: str
    label: str
    unassigned: str | None
    unassigned_slug: str
    terms_of: Callable[[Report], list[str]]


TAXONOMIES = (
    Taxonomy("publishers", "发布机构", UNATTRIBUTED, "unattributed", lambda r: r.publishers),
    Taxonomy("topics", "主题", "未分类", "uncategorised", lambda r: r.topics),
)


@dataclass
class TermView:
    taxonomy: str
    name: str
    slug: str
    description: str = ""
    kind: str = ""
    reports: list[Report] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"{self.taxonomy}/{self.slug}/"

    @property
    def feed_url(self) -> str:
        return f"{self.url}feed.xml"


@dataclass
class WeekView:
    year: int
    week: int
    reports: list[Report] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @property
    def url(self) -> str:
        return f"weeks/{self.year}-w{self.week:02d}/"

    @property
    def start(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def end(self) -> date:
        return date.fromisocalendar(self.year, self.week, 7)


@dataclass(frozen=True)
class Paging:
    """Where a page sits in a paginated list, and which page numbers its pager shows."""

    number: int
    count: int
    base: str

    def href(self, number: int) -> str:
        return page_path(self.base, number)

    @property
    def window(self) -> list[int | None]:
        """First, last and three pages either side of this one, None marking a gap: listing
        every number on every page would grow a list's pages with the square of its length."""
        out: list[int | None] = []
        for n in sorted({1, self.count, *range(max(1, self.number - 3), min(self.count, self.number + 3) + 1)}):
            if out and n - (out[-1] or 0) > 1:
                out.append(None)
            out.append(n)
        return out


@dataclass(frozen=True)
class Deferred:
    """A context value worked out only where the page is rendered: in a render worker, so
    the workers share that work instead of the planner doing it alone."""

    make: Callable[[], Any]


@dataclass
class PageOut:
    path: str
    template: str
    context: dict[str, Any]

    def complete(self) -> None:
        """Work out the deferred values of the context, in place."""
        for name, value in self.context.items():
            if isinstance(value, Deferred):
                self.context[name] = value.make()


# A file made by code, not a template (a feed, a sitemap, a static file): its path, what its
# key is made of, and how to make its bytes.
FileOut = tuple[str, tuple[Any, ...], Callable[[], bytes]]


@dataclass
class FeedOut:
    path: str
    title: str
    description: str
    link: str
    reports: list[Report]


@dataclass
class SitePlan:
    pages: list[PageOut]
    feeds: list[FeedOut]
    terms: dict[str, list[TermView]]
    weeks: list[WeekView]


def build_terms(digest: Digest, taxonomy: Taxonomy, configured: list[Term]) -> list[TermView]:
    """Every term that has reports, in the configured order, then by name."""
    meta = {t.name: t for t in configured}
    views: dict[str, TermView] = {}
    for report in digest.reports:
        names = taxonomy.terms_of(report) or ([taxonomy.unassigned] if taxonomy.unassigned else [])
        for name in names:
            if name not in views:
                term = meta.get(name)
                if name == taxonomy.unassigned:
                    views[name] = TermView(taxonomy.key, name, taxonomy.unassigned_slug)
                else:
                    slug = term.slug if term else digest.publishers.slug(name)
                    views[name] = TermView(taxonomy.key, name, slug, term.description if term else "",
                                           term.kind if term else "")
            views[name].reports.append(report)
    _dedupe_slugs(list(views.values()), taxonomy, set(meta))
    order = {t.name: i for i, t in enumerate(configured)}
    return sorted(views.values(), key=lambda v: (v.name == taxonomy.unassigned, order.get(v.name, len(order)), v.name))


def _dedupe_slugs(views: list[TermView], taxonomy: Taxonomy, configured: set[str]) -> None:
    """Discovered names may slug like configured ones: configured slugs are reserved first,
    and a discovered name that clashes gets a hashed slug (never the configured one's URL)."""
    taken: set[str] = set()
    for view in sorted(views, key=lambda v: (v.name != taxonomy.unassigned, v.name not in configured, v.name)):
        if view.slug in taken:
            view.slug = f"{view.slug[:50]}-{short_hash(view.name)}"
        taken.add(view.slug)


def _producer(page: PageOut) -> str:
    """Who makes a page, for a message about two makers of one file."""
    context = page.context
    if "page" in context:
        return f"page {context['page'].file}"
    if "report" in context:
        report = context["report"]
        return f"report {report.id} ({report.title}, {report.sources[0].file}:{report.sources[0].line})"
    if "term" in context:
        return f"{context['taxonomy'].key} term {context['term'].name!r}"
    return f"the {page.template} page"


def output_collisions(plan: SitePlan) -> list[tuple[str, str, str]]:
    """Every file two parts of the plan would write: (path, first maker, second maker). Each
    output has exactly one producer; a clash is an error, never one overwriting the other."""
    makers: dict[str, str] = {}
    clashes = []
    for page in plan.pages:
        maker = _producer(page)
        if page.path in makers:
            clashes.append((page.path, makers[page.path], maker))
        makers.setdefault(page.path, maker)
    for feed in plan.feeds:
        if feed.path in makers:
            clashes.append((feed.path, makers[feed.path], f"the feed {feed.title!r}"))
        makers.setdefault(feed.path, f"the feed {feed.title!r}")
    return clashes


def build_weeks(reports: list[Report]) -> list[WeekView]:
    weeks: dict[tuple[int, int], WeekView] = {}
    for report in reports:
        year, week, _ = report.date.isocalendar()
        weeks.setdefault((year, week), WeekView(year, week)).reports.append(report)
    return [weeks[k] for k in sorted(weeks, reverse=True)]


def paginate(items: list[Report], size: int) -> list[list[Report]]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def page_path(base: str, number: int) -> str:
    return base if number == 1 else f"{base}page/{number}/"


def _month_pages(reports: list[Report], weeks: list[WeekView]) -> list[PageOut]:
    """The month archive: an index of months, and per month its most-read reports and the
    weeks holding the rest. Week pages list every report already; listing them all again by
    month would add a second full copy of the archive to the site."""
    months: dict[str, list[Report]] = {}
    for report in reports:
        months.setdefault(month_key(report.date), []).append(report)
    keys = sorted(months, reverse=True)
    by_number = {(week.year, week.week): week for week in weeks}
    pages = [PageOut("months/index.html", "months.html", {"months": [(k, len(months[k])) for k in keys]})]
    for key in keys:
        counts = Counter(report.date.isocalendar()[:2] for report in months[key])
        pages.append(PageOut(f"months/{key}/index.html", "month.html", {
            "month": key, "total": len(months[key]),
            "weeks": [(by_number[number], counts[number]) for number in sorted(counts, reverse=True)],
            "top": sorted((r for r in months[key] if r.views), key=lambda r: (-r.views, r.id))[:MONTH_TOP]}))
    return pages


def report_page(report_id: str) -> str:
    return f"reports/{report_id}/index.html"


def plan_site(digest: Digest) -> SitePlan:
    site = digest.config.site
    configured = {"publishers": digest.config.publishers, "topics": digest.config.topics}
    terms = {t.key: build_terms(digest, t, configured[t.key]) for t in TAXONOMIES}
    weeks = build_weeks(digest.reports)
    reports = digest.reports
    pages: list[PageOut] = []
    feeds: list[FeedOut] = [
        FeedOut("feed.xml", site.title, site.description, "", reports[: site.feed_size])
    ]
    picks = [r for r in reports if r.commentary and r.commentary.pick][: site.home_picks]
    hot = sorted((r for r in reports if r.views), key=lambda r: (-r.views, r.id))[: site.home_hot]
    pages.append(PageOut("index.html", "index.html", {
        "picks": picks, "latest": reports[: site.home_latest], "hot": hot,
        "commented": [r for r in reports if r.commentary and not r.commentary.pick][:10],
        "months": per_month(reports),
    }))
    related = RelatedReports(view.reports for views in terms.values() for view in views
                             if view.slug not in ("unattributed", "uncategorised"))
    for report in reports:
        pages.append(PageOut(report_page(report.id), "report.html",
                             {"report": report, "related": Deferred(partial(related.of, report.id))}))
    for taxonomy in TAXONOMIES:
        views = terms[taxonomy.key]
        pages.append(PageOut(f"{taxonomy.key}/index.html", "taxonomy.html",
                             {"taxonomy": taxonomy, "terms": views}))
        other = next(t for t in TAXONOMIES if t is not taxonomy)
        for view in views:
            chunks = paginate(view.reports, site.page_size)
            # The first page shows the term's profile, worked out where it is rendered; the
            # others only its active period, read off the ends of its newest-first list.
            span = TermProfile(view.reports[-1].date, view.reports[0].date, [], [])
            for number, chunk in enumerate(chunks, start=1):
                stats = Deferred(partial(profile, view.reports, other.terms_of)) if number == 1 else span
                pages.append(PageOut(f"{page_path(view.url, number)}index.html", "term.html", {
                    "taxonomy": taxonomy, "term": view, "reports": chunk, "stats": stats, "other": other,
                    "paging": Paging(number, len(chunks), view.url),
                }))
            feeds.append(FeedOut(view.feed_url, f"{view.name} · {site.title}",
                                 f"{taxonomy.label}「{view.name}」的最新研究报告", view.url,
                                 view.reports[: site.feed_size]))
    pages.append(PageOut("weeks/index.html", "weeks.html", {"weeks": weeks}))
    for index, week in enumerate(weeks):
        newer = weeks[index - 1] if index > 0 else None
        older = weeks[index + 1] if index + 1 < len(weeks) else None
        chunks = paginate(week.reports, site.page_size)
        for number, chunk in enumerate(chunks, start=1):
            pages.append(PageOut(f"{page_path(week.url, number)}index.html", "week.html", {
                "week": week, "reports": chunk, "paging": Paging(number, len(chunks), week.url),
                "newer": newer, "older": older, "intro": digest.editions.get(week.key)}))
    pages.extend(_month_pages(reports, weeks))
    if site.search:
        pages.append(PageOut("search/index.html", "search.html", {"terms": terms}))
    for page in digest.pages:
        pages.append(PageOut(f"{page.slug}/index.html", "page.html", {"page": page}))
    pages.append(PageOut("feeds/index.html", "feeds.html", {"terms": terms}))
    pages.append(PageOut("404.html", "404.html", {}))
    return SitePlan(pages=pages, feeds=feeds, terms=terms, weeks=weeks)

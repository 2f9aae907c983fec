"""The site plan: which pages and feeds exist, at which URLs, holding which reports. Each
taxonomy (taxonomy.py: publishers, topics) gets the same pages and feeds. Nothing here
renders or writes.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from itertools import groupby, islice
from typing import Any

from generator.digest import Digest
from generator.model import Report
from generator.stats import BY_DATE, RelatedReports, TermProfile, month_key, per_month, profile
from generator.taxonomy import TAXONOMIES, TermView, build_terms

MONTH_TOP = 10
NOTABLE_PER_TOPIC = 3  # an edition's notable reports under each topic
PICKS_FEED, NOTES_FEED, EDITIONS_FEED = "picks/feed.xml", "notes/feed.xml", "weeks/feed.xml"


@dataclass
class IsoWeek:
    """An ISO week: its key (`2023-W41`, as editions are named), its page and its days."""

    year: int
    week: int

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


@dataclass
class WeekView(IsoWeek):
    reports: list[Report] = field(default_factory=list)


@dataclass
class EditionView(IsoWeek):
    """A week as an issue: the editor's intro, the week's reports with commentary (picks
    first) and its notable other reports by topic. It holds only what it shows, not the whole
    week, so its key changes only with what it shows."""

    count: int  # reports in the week
    intro: str = ""  # HTML; empty when the editor wrote none
    notes: list[Report] = field(default_factory=list)
    by_topic: list[tuple[str, list[Report]]] = field(default_factory=list)

    @property
    def picks(self) -> list[Report]:
        return [r for r in self.notes if r.commentary and r.commentary.pick]


@dataclass
class EditionLine(IsoWeek):
    """An edition as the editions index lists it: its week, intro and counts, none of its
    reports (so a note edited changes the index only when its count of notes would)."""

    count: int
    intro: str
    noted: int


def note_date(report: Report) -> date:
    """The date of a report's commentary: the note's own, else the report's."""
    return report.commentary.date if report.commentary and report.commentary.date else report.date


def build_edition(week: WeekView, intro: str, topic_order: dict[str, int]) -> EditionView:
    """`week` as an edition: its reports with commentary, picks first, then under each topic
    (in the taxonomy's order) its most-read other reports, each under its first topic only."""
    notes = sorted((r for r in week.reports if r.commentary),
                   key=lambda r: (not (r.commentary and r.commentary.pick), -r.date.toordinal(), r.id))
    buckets: dict[str, list[Report]] = {}
    for report in week.reports:
        if not report.commentary:
            topic = min(report.topics, key=lambda name: topic_order.get(name, len(topic_order)), default="未分类")
            buckets.setdefault(topic, []).append(report)
    by_topic = [(name, heapq.nsmallest(NOTABLE_PER_TOPIC, buckets[name],
                                       key=lambda r: (-(r.views or -1), -r.date.toordinal(), r.id)))
                for name in sorted(buckets, key=lambda name: (topic_order.get(name, len(topic_order)), name))]
    return EditionView(week.year, week.week, len(week.reports), intro, notes, by_topic)


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
    """A context value worked out only where the page is keyed: in a render worker, so the
    workers share that work instead of the planner doing it alone. The page is keyed by the
    value made, so it holds exactly what the page shows (a term's profile shows its five
    most-read reports, not all of them: a note edited elsewhere in the term leaves it be)."""

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
    """A feed. `kind` says what its items are: reports (GUID from the report), notes (a
    commentary is an item of its own, GUID from the report and the note's date) or editions
    (one item a week, from `editions`; `reports` then holds the reports with commentary they
    show, so a commentary edit finds the feed)."""

    path: str
    title: str
    description: str
    link: str
    reports: list[Report]
    kind: str = "reports"
    editions: list[EditionView] = field(default_factory=list)
    # The day an empty feed says it last changed: its items' dates say it otherwise, and the
    # build clock would make a fresh build differ from an incremental one.
    quiet_since: date | None = None


@dataclass
class SitePlan:
    pages: list[PageOut]
    feeds: list[FeedOut]
    terms: dict[str, list[TermView]]
    weeks: list[WeekView]
    editions: list[EditionView] = field(default_factory=list)


def _producer(output: PageOut | FeedOut) -> str:
    """Who makes a file, for a message about two makers of one file (worked out only then:
    the message names the report, and naming every report cost half a second at 100,000)."""
    if isinstance(output, FeedOut):
        return f"the feed {output.title!r}"
    page = output
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
    makers: dict[str, PageOut | FeedOut] = {}
    clashes = []
    for output in [*plan.pages, *plan.feeds]:
        first = makers.setdefault(output.path, output)
        if first is not output:
            clashes.append((output.path, _producer(first), _producer(output)))
    return clashes


def build_weeks(reports: list[Report]) -> list[WeekView]:
    """The weeks that have reports, newest first. (Filed by runs of one day: the digest's
    reports are in date order, so each day's week is worked out once.)"""
    weeks: dict[tuple[int, int], WeekView] = {}
    for day, run in groupby(reports, key=BY_DATE):
        year, week, _ = day.isocalendar()
        weeks.setdefault((year, week), WeekView(year, week)).reports.extend(run)
    return [weeks[k] for k in sorted(weeks, reverse=True)]


def paginate(items: list[Report], size: int) -> list[list[Report]]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def page_path(base: str, number: int) -> str:
    return base if number == 1 else f"{base}page/{number}/"


def _month_pages(reports: list[Report]) -> list[PageOut]:
    """The month archive: an index of months, and per month its most-read reports and the
    weeks holding the rest. Week pages list every report already; listing them all again by
    month would add a second full copy of the archive to the site. (Filed by runs of one day,
    as `build_weeks`.)"""
    months: dict[str, list[Report]] = {}
    weeks: dict[str, Counter[tuple[int, int]]] = {}
    for day, run in groupby(reports, key=BY_DATE):
        key, day_reports = month_key(day), list(run)
        months.setdefault(key, []).extend(day_reports)
        weeks.setdefault(key, Counter())[day.isocalendar()[:2]] += len(day_reports)
    keys = sorted(months, reverse=True)
    pages = [PageOut("months/index.html", "months.html", {"months": [(k, len(months[k])) for k in keys]})]
    for key in keys:
        counts = weeks[key]
        pages.append(PageOut(f"months/{key}/index.html", "month.html", {
            "month": key, "total": len(months[key]),
            "weeks": [(IsoWeek(*number), counts[number]) for number in sorted(counts, reverse=True)],
            "top": heapq.nsmallest(MONTH_TOP, (r for r in months[key] if r.views), key=lambda r: (-r.views, r.id))}))
    return pages


def report_page(report_id: str) -> str:
    return f"reports/{report_id}/index.html"


def _home(digest: Digest, editions: list[EditionView]) -> PageOut:
    """The home page: the latest edition, the editors' picks, then the latest and most-read
    reports, each report shown once."""
    site, reports = digest.config.site, digest.reports
    # (the first few of the newest: islice stops there rather than going through every report)
    picks = list(islice((r for r in reports if r.commentary and r.commentary.pick), site.home_picks))
    shown = {r.id for r in picks}
    latest = list(islice((r for r in reports if r.id not in shown), site.home_latest))
    shown.update(r.id for r in latest)
    # (the first few of an order: heapq picks them without sorting every report)
    hot = heapq.nsmallest(site.home_hot, (r for r in reports if r.views and r.id not in shown),
                          key=lambda r: (-r.views, r.id))
    shown.update(r.id for r in hot)
    edition = next((e for e in editions if e.intro or e.notes), editions[0] if editions else None)
    return PageOut("index.html", "index.html", {
        "edition": edition, "picks": picks, "latest": latest, "hot": hot,
        "commented": list(islice((r for r in reports if r.commentary and r.id not in shown), 10)),
        "months": per_month(reports),
    })


def _edition_pages(digest: Digest, weeks: list[WeekView], editions: list[EditionView]) -> list[PageOut]:
    """The editions index, and per week its edition page (then the rest of its reports,
    paginated) and the edition for e-mail, as HTML and as plain text."""
    site = digest.config.site
    pages = [PageOut("weeks/index.html", "weeks.html", {
        "editions": [EditionLine(e.year, e.week, e.count, e.intro, len(e.notes)) for e in editions]})]
    for index, (week, edition) in enumerate(zip(weeks, editions, strict=True)):
        # The neighbours as bare weeks: the pager shows only their names and links.
        newer = IsoWeek(weeks[index - 1].year, weeks[index - 1].week) if index > 0 else None
        older = IsoWeek(weeks[index + 1].year, weeks[index + 1].week) if index + 1 < len(weeks) else None
        chunks = paginate(week.reports, site.page_size)
        for number, chunk in enumerate(chunks, start=1):
            pages.append(PageOut(f"{page_path(edition.url, number)}index.html", "week.html", {
                "edition": edition, "reports": chunk, "paging": Paging(number, len(chunks), edition.url),
                "newer": newer, "older": older}))
        for name in ("email.html", "email.txt"):
            pages.append(PageOut(f"{edition.url}{name}", name, {"edition": edition}))
    return pages


def _digest_feeds(digest: Digest, editions: list[EditionView]) -> list[FeedOut]:
    """The feeds beside the report feeds: editors' picks, commentary, weekly editions."""
    site, reports = digest.config.site, digest.reports
    noted = [r for r in reports if r.commentary]
    by_note = sorted(noted, key=lambda r: (note_date(r), r.id), reverse=True)
    recent = [e for e in editions if e.intro or e.notes][: site.feed_size]
    return [
        FeedOut(PICKS_FEED, f"编辑精选 · {site.title}", "编辑挑选并点评的研究报告", "",
                [r for r in noted if r.commentary and r.commentary.pick][: site.feed_size]),
        FeedOut(NOTES_FEED, f"编辑点评 · {site.title}", "每一篇新的编辑点评", "", by_note[: site.feed_size],
                kind="notes"),
        FeedOut(EDITIONS_FEED, f"每周精选 · {site.title}", "每周一期：编辑导语、本周点评与各主题要闻", "weeks/",
                [r for e in recent for r in e.notes], kind="editions", editions=recent),
    ]


# The kinds of house whose reports' credited people are analysts (a broker's, a fund house's, a rating agency's; a
# house not in the table, `unknown`, is most often a broker): a bank's, an institute's or a consultancy's credit its
# authors (`交通银行首席经济学家连平`), and a page names them so.
ANALYST_KINDS = frozenset({"broker", "asset-manager", "rating-agency", "research-bank", "unknown", ""})


def analysts_credited(digest: Digest, plan: SitePlan) -> list[str]:
    """The site's publishers whose reports credit analysts rather than authors (see `ANALYST_KINDS`)."""
    terms = digest.publishers.terms
    return sorted(view.name for view in plan.terms.get("publishers", ())
                  if view.name not in terms or terms[view.name].kind in ANALYST_KINDS)


def plan_site(digest: Digest) -> SitePlan:
    site = digest.config.site
    configured = {"publishers": digest.config.publishers, "topics": digest.config.topics}
    terms = {t.key: build_terms(digest, t, configured[t.key]) for t in TAXONOMIES}
    shown = {key: [view.summary() for view in views] for key, views in terms.items()}
    weeks = build_weeks(digest.reports)
    reports = digest.reports
    pages: list[PageOut] = []
    feeds: list[FeedOut] = [
        FeedOut("feed.xml", site.title, site.description, "", reports[: site.feed_size])
    ]
    topic_order = {view.name: number for number, view in enumerate(terms["topics"])}
    editions = [build_edition(week, digest.editions.get(week.key, ""), topic_order) for week in weeks]
    pages.append(_home(digest, editions))
    related = RelatedReports(reports, (view.reports for views in terms.values() for view in views
                                       if view.slug not in ("unattributed", "uncategorised")))
    for report in reports:
        pages.append(PageOut(report_page(report.id), "report.html",
                             {"report": report, "related": Deferred(partial(related.of, report.id))}))
    for taxonomy in TAXONOMIES:
        views = terms[taxonomy.key]
        pages.append(PageOut(f"{taxonomy.key}/index.html", "taxonomy.html",
                             {"taxonomy": taxonomy, "terms": shown[taxonomy.key]}))
        other = next(t for t in TAXONOMIES if t is not taxonomy)
        urls = {view.name: view.url for view in views}
        for view, term in zip(views, shown[taxonomy.key], strict=True):
            lineage = [(relation, name, since, urls.get(name))
                       for relation, name, since in digest.publishers.lineage(view.name)
                       ] if taxonomy.key == "publishers" else []
            chunks = paginate(view.reports, site.page_size)
            # The first page shows the term's profile, worked out where it is keyed; the
            # others only its active period, read off the ends of its newest-first list.
            span = TermProfile(view.reports[-1].date, view.reports[0].date, [], [])
            for number, chunk in enumerate(chunks, start=1):
                stats = Deferred(partial(profile, view.reports, other.terms_of)) if number == 1 else span
                pages.append(PageOut(f"{page_path(view.url, number)}index.html", "term.html", {
                    "taxonomy": taxonomy, "term": term, "reports": chunk, "stats": stats, "other": other,
                    "paging": Paging(number, len(chunks), view.url), "lineage": lineage,
                }))
            feeds.append(FeedOut(view.feed_url, f"{view.name} · {site.title}",
                                 f"{taxonomy.label}「{view.name}」的最新研究报告", view.url,
                                 view.reports[: site.feed_size]))
    digest_feeds = _digest_feeds(digest, editions)
    feeds.extend(digest_feeds)
    quiet_since = reports[0].date if reports else digest.today
    for feed in (feeds[0], *digest_feeds):
        if not (feed.editions if feed.kind == "editions" else feed.reports):
            feed.quiet_since = quiet_since
    pages.extend(_edition_pages(digest, weeks, editions))
    pages.extend(_month_pages(reports))
    if site.search:
        pages.append(PageOut("search/index.html", "search.html", {"terms": shown}))
    for page in digest.pages:
        pages.append(PageOut(f"{page.slug}/index.html", "page.html", {"page": page}))
    pages.append(PageOut("feeds/index.html", "feeds.html", {
        "terms": shown, "digest_feeds": [(f.path, f.title, f.description) for f in digest_feeds]}))
    pages.append(PageOut("404.html", "404.html", {}))
    return SitePlan(pages=pages, feeds=feeds, terms=terms, weeks=weeks, editions=editions)

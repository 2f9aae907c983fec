"""The site's feeds: RSS 2.0 and Atom 1.0 through feedgen, JSON Feed 1.1 with `json`.

Dates come from the data (midnight of the listing's publish date in the site's time zone),
never the build clock; ids are URNs derived from the report id, so no base URL, build order
or commentary edit changes them. feedgen prepends entries by default and shares one
`content` between RSS and Atom, so each format gets its own generator, filled in order.
"""

from __future__ import annotations

import html
import json
import uuid
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from generator.config import SiteConfig
from generator.enrich.identity import guid
from generator.model import Report
from generator.plan import FeedOut, FileOut
from generator.render.urls import Urls

if TYPE_CHECKING:
    from feedgen.feed import FeedGenerator

_FEED_NAMESPACE = uuid.UUID("0c8f3f4e-2a8d-5b7e-9d4f-6b1e2c3a4d5f")
GENERATOR = "research-digest generator"


def published_at(report: Report, tz: ZoneInfo) -> datetime:
    """The listing's publish date in the site's time zone, at a time of day taken from the
    report id: listings give no time, and readers and Atom want distinct timestamps for the
    many reports of one day. The time is stable: it never changes for a report."""
    seconds = int(report.id[:8], 16) % 86_400
    return datetime.combine(report.date, time(0, 0), tzinfo=tz) + timedelta(seconds=seconds)


def newest_first(reports: list[Report], tz: ZoneInfo) -> list[Report]:
    return sorted(reports, key=lambda r: (published_at(r, tz), r.id), reverse=True)


def feed_id(path: str) -> str:
    """A permanent id for a feed (Atom `id`), independent of where the site is hosted."""
    return f"urn:uuid:{uuid.uuid5(_FEED_NAMESPACE, path)}"


# The analysts' fields a feed reader can filter on, each named so that `行业：银行` and a topic
# `银行` stay apart.
FACT_CATEGORIES = (("类型", "report_type"), ("行业", "industry"), ("评级", "rating"))


def categories(report: Report) -> list[str]:
    """An entry's categories: its publishers, topics, report type, industry and rating."""
    facts = [f"{label}：{value}" for label, name in FACT_CATEGORIES if (value := getattr(report.facts, name))]
    return list(dict.fromkeys((*report.publishers, *report.topics, *facts)))


def _summary(report: Report) -> str:
    return report.excerpt or report.clean_title


def _generator(feed: FeedOut, site: SiteConfig, urls: Urls, path: str, kind: str) -> FeedGenerator:
    # Imported here: feedgen brings lxml and dateutil, and only the worker making the
    # feeds needs them (about 20 ms less before a build starts its work).
    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.id(feed_id(path))
    fg.title(feed.title)
    fg.subtitle(feed.description)
    fg.language(site.language)
    fg.author(name=site.author)
    fg.generator(GENERATOR)
    fg.link(href=urls.absolute(feed.link), rel="alternate")
    fg.link(href=urls.absolute(path), rel="self", type=kind)
    newest = max((published_at(r, site.tz) for r in feed.reports), default=None)
    if newest:
        fg.updated(newest)
        fg.lastBuildDate(newest)
        fg.pubDate(newest)
    return fg


def _add_entry(fg: FeedGenerator, report: Report, site: SiteConfig, urls: Urls, rss: bool) -> None:
    entry = fg.add_entry(order="append")
    entry.id(guid(report.id))
    entry.guid(guid(report.id), permalink=False)
    entry.title(report.display_title)
    entry.link(href=urls.absolute(f"reports/{report.id}/"))
    when = published_at(report, site.tz)
    entry.published(when)
    entry.updated(when)
    if rss:
        entry.description(html.escape(_summary(report), quote=False))
    else:
        entry.summary(_summary(report))
    if report.commentary:
        entry.content(report.commentary.html, type="CDATA" if rss else "html")
    for name in categories(report):
        entry.category(term=name, label=name)


def render_rss(feed: FeedOut, site: SiteConfig, urls: Urls) -> bytes:
    fg = _generator(feed, site, urls, feed.path, "application/rss+xml")
    fg.docs("https://www.rssboard.org/rss-specification")
    for report in newest_first(feed.reports, site.tz):
        _add_entry(fg, report, site, urls, rss=True)
    return fg.rss_str(pretty=True)


def render_atom(feed: FeedOut, site: SiteConfig, urls: Urls, path: str) -> bytes:
    fg = _generator(feed, site, urls, path, "application/atom+xml")
    for report in newest_first(feed.reports, site.tz):
        _add_entry(fg, report, site, urls, rss=False)
    return fg.atom_str(pretty=True)


def feed_outputs(feed: FeedOut, main: bool, site: SiteConfig, urls: Urls) -> list[FileOut]:
    """The files `feed` is written as, each with what its key is made of and how to render it:
    every feed as RSS, the site's main feed also as Atom and JSON Feed."""
    outputs: list[FileOut] = [(feed.path, ("rss", feed), lambda: render_rss(feed, site, urls))]
    if main:
        outputs.append(("atom.xml", ("atom", feed), lambda: render_atom(feed, site, urls, "atom.xml")))
        outputs.append(("feed.json", ("json", feed), lambda: render_json_feed(feed, site, urls, "feed.json")))
    return outputs


def render_json_feed(feed: FeedOut, site: SiteConfig, urls: Urls, path: str) -> bytes:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1); no maintained library exists."""
    items = []
    for report in newest_first(feed.reports, site.tz):
        item: dict[str, object] = {
            "id": guid(report.id),
            "url": urls.absolute(f"reports/{report.id}/"),
            "title": report.display_title,
            "summary": _summary(report),
            "date_published": published_at(report, site.tz).isoformat(),
            "tags": categories(report),
        }
        if report.commentary:
            item["content_html"] = report.commentary.html
        else:
            item["content_text"] = _summary(report)
        items.append(item)
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title,
        "home_page_url": urls.absolute(feed.link),
        "feed_url": urls.absolute(path),
        "description": feed.description,
        "language": site.language,
        "authors": [{"name": site.author}],
        "items": items,
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

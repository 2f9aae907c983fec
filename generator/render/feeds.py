"""RSS 2.0 feeds through feedgen: dates from the data, permanent GUIDs, newest first.

feedgen prepends entries by default and stamps `lastBuildDate` with the clock; both are
overridden so that identical content gives identical bytes.
"""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from feedgen.feed import FeedGenerator

from generator.config import SiteConfig
from generator.enrich.identity import guid
from generator.model import Report
from generator.plan import FeedOut
from generator.render.urls import Urls


def published_at(report: Report, tz: ZoneInfo) -> datetime:
    """Midnight of the listing's publish date in the site's time zone (the data has no time)."""
    return datetime.combine(report.date, time(0, 0), tzinfo=tz)


def render_feed(feed: FeedOut, site: SiteConfig, urls: Urls) -> bytes:
    tz = site.tz
    fg = FeedGenerator()
    fg.title(feed.title)
    fg.description(feed.description)
    fg.language(site.language)
    fg.link(href=urls.absolute(feed.path), rel="self", type="application/rss+xml")
    fg.link(href=urls.absolute(feed.link), rel="alternate")
    fg.generator("research-digest generator")
    fg.docs("https://www.rssboard.org/rss-specification")
    newest = max((published_at(r, tz) for r in feed.reports), default=None)
    if newest:
        fg.lastBuildDate(newest)
        fg.pubDate(newest)
    for report in feed.reports:
        entry = fg.add_entry(order="append")
        entry.title(report.display_title)
        entry.link(href=urls.absolute(f"reports/{report.id}/"))
        entry.guid(guid(report.id), permalink=False)
        entry.pubDate(published_at(report, tz))
        entry.description(report.excerpt or report.clean_title)
        if report.commentary:
            entry.content(report.commentary.html, type="CDATA")
        for name in report.publishers:
            entry.category(term=name, label=name)
        for name in report.topics:
            entry.category(term=name, label=name)
    return fg.rss_str(pretty=True)

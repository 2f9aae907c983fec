"""The site's feeds: RSS 2.0 and Atom 1.0 through feedgen, JSON Feed 1.1 with `json`.

Dates come from the data (midnight of the listing's publish date in the site's time zone),
never the build clock; ids are URNs derived from the report id, so no base URL, build order
or commentary edit changes them. feedgen prepends entries by default and shares one
`content` between RSS and Atom, so each format gets its own generator, filled in order.

Beside the report feeds: the commentary feed, where each note is an item of its own (its id
from the report and the note's date, so a new note, or a note given a new date, reaches a
subscriber as a new item while the report's own item stays as it was), and the weekly
editions. Every RSS file names an XSLT stylesheet, so a browser opening it shows a page a
person can read, with the address to copy into a reader.
"""

from __future__ import annotations

import html
import json
import uuid
from datetime import datetime, time, timedelta
from functools import partial
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from generator.config import SiteConfig
from generator.enrich.identity import guid
from generator.model import Report
from generator.plan import EditionView, FeedOut, FileOut, note_date
from generator.render.typography import punctuated
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


def noted_at(report: Report, tz: ZoneInfo) -> datetime:
    """When a report's commentary appeared: the note's own date (the report's when it gives
    none), at the report's time of day."""
    return published_at(report, tz) + timedelta(days=(note_date(report) - report.date).days)


def note_guid(report: Report) -> str:
    """The commentary feed's id of a report's note: a note with another date is another item."""
    return guid(f"{report.id}/note/{note_date(report).isoformat()}")


def edition_at(edition: EditionView, tz: ZoneInfo) -> datetime:
    """An edition is dated by the newest report it shows (never the future end of its week)."""
    shown = [*edition.notes, *(r for _, reports in edition.by_topic for r in reports)]
    newest = max((r.date for r in shown), default=edition.start)
    return datetime.combine(newest, time(20, 0), tzinfo=tz)


# The analysts' fields a feed reader can filter on, each named so that `行业：银行` and a topic
# `银行` stay apart.
FACT_CATEGORIES = (("类型", "report_type"), ("行业", "industry"), ("评级", "rating"))


def categories(report: Report) -> list[str]:
    """An entry's categories: its publishers, topics, report type, industry and rating."""
    facts = [f"{label}：{value}" for label, name in FACT_CATEGORIES if (value := getattr(report.facts, name))]
    return list(dict.fromkeys((*report.publishers, *report.topics, *facts)))


def _summary(report: Report) -> str:
    return punctuated(report.excerpt or report.clean_title)


def _newest(feed: FeedOut, tz: ZoneInfo) -> datetime | None:
    """The date of the feed's newest item; an empty feed's quiet day (see FeedOut)."""
    if feed.kind == "editions":
        newest = max((edition_at(e, tz) for e in feed.editions), default=None)
    else:
        dated = noted_at if feed.kind == "notes" else published_at
        newest = max((dated(r, tz) for r in feed.reports), default=None)
    if newest is None and feed.quiet_since:
        return datetime.combine(feed.quiet_since, time(0, 0), tzinfo=tz)
    return newest


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
    # The RSS channel's <link> is the last link given: the site's page, not the feed itself.
    fg.link(href=urls.absolute(path), rel="self", type=kind)
    fg.link(href=urls.absolute(feed.link), rel="alternate")
    newest = _newest(feed, site.tz)
    if newest:
        fg.updated(newest)
        fg.lastBuildDate(newest)
        fg.pubDate(newest)
    return fg


def _add_entry(fg: FeedGenerator, report: Report, site: SiteConfig, urls: Urls, rss: bool) -> None:
    entry = fg.add_entry(order="append")
    entry.id(guid(report.id))
    entry.guid(guid(report.id), permalink=False)
    entry.title(punctuated(report.clean_title))
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


def _add_note(fg: FeedGenerator, report: Report, site: SiteConfig, urls: Urls) -> None:
    assert report.commentary is not None
    entry = fg.add_entry(order="append")
    entry.guid(note_guid(report), permalink=False)
    entry.title(punctuated(report.commentary.title or f"点评：{report.clean_title}"))
    entry.link(href=urls.absolute(f"reports/{report.id}/#commentary"))
    when = noted_at(report, site.tz)
    entry.published(when)
    entry.description(html.escape(f"{punctuated(report.clean_title)}：{_summary(report)}", quote=False))
    entry.content(report.commentary.html, type="CDATA")
    for name in (*report.publishers, *report.topics):
        entry.category(term=name, label=name)


def edition_html(edition: EditionView, urls: Urls) -> str:
    """An edition as a feed item's content: the intro, the notes, the notable reports."""
    def link(report: Report) -> str:
        return (f'<a href="{html.escape(urls.absolute(f"reports/{report.id}/"))}">'
                f"{html.escape(punctuated(report.clean_title))}</a>")

    parts = [edition.intro]
    for report in edition.notes:
        assert report.commentary is not None
        heading = html.escape(report.commentary.title) if report.commentary.title else link(report)
        parts.append(f"<h2>{heading}</h2>")
        if report.commentary.title:
            parts.append(f"<p>{link(report)}</p>")
        parts.append(report.commentary.html)
    for topic, reports in edition.by_topic:
        items = "".join(f"<li>{link(r)}</li>" for r in reports)
        parts.append(f"<h3>{html.escape(topic)}</h3><ul>{items}</ul>")
    return "\n".join(part for part in parts if part)


def _add_edition(fg: FeedGenerator, edition: EditionView, site: SiteConfig, urls: Urls) -> None:
    entry = fg.add_entry(order="append")
    entry.guid(guid(f"edition/{edition.key}"), permalink=False)
    entry.title(f"{edition.year}年第{edition.week}周 · {site.title}")
    entry.link(href=urls.absolute(edition.url))
    entry.published(edition_at(edition, site.tz))
    entry.description(html.escape(f"本周 {edition.count} 篇报告，{len(edition.notes)} 篇编辑点评。", quote=False))
    entry.content(edition_html(edition, urls), type="CDATA")


def with_stylesheet(xml: bytes, urls: Urls) -> bytes:
    """`xml` naming the site's feed stylesheet, so a browser shows it as a readable page."""
    head, _, rest = xml.partition(b"\n")
    pi = f'<?xml-stylesheet type="text/xsl" href="{urls.path("static/feed.xsl")}"?>'.encode()
    return b"\n".join((head, pi, rest)) if head.startswith(b"<?xml") else b"\n".join((pi, xml))


def render_rss(feed: FeedOut, site: SiteConfig, urls: Urls) -> bytes:
    fg = _generator(feed, site, urls, feed.path, "application/rss+xml")
    fg.docs("https://www.rssboard.org/rss-specification")
    if feed.kind == "editions":
        for edition in feed.editions:
            _add_edition(fg, edition, site, urls)
    elif feed.kind == "notes":
        for report in sorted(feed.reports, key=lambda r: (noted_at(r, site.tz), r.id), reverse=True):
            _add_note(fg, report, site, urls)
    else:
        for report in newest_first(feed.reports, site.tz):
            _add_entry(fg, report, site, urls, rss=True)
    return with_stylesheet(fg.rss_str(pretty=True), urls)


def render_atom(feed: FeedOut, site: SiteConfig, urls: Urls, path: str) -> bytes:
    fg = _generator(feed, site, urls, path, "application/atom+xml")
    for report in newest_first(feed.reports, site.tz):
        _add_entry(fg, report, site, urls, rss=False)
    return fg.atom_str(pretty=True)


def feed_outputs(feed: FeedOut, main: bool, site: SiteConfig, urls: Urls) -> list[FileOut]:
    """The files `feed` is written as, each with what its key is made of and how to render it:
    every feed as RSS, the site's main feed also as Atom and JSON Feed."""
    outputs: list[FileOut] = [(feed.path, ("rss", feed), partial(render_rss, feed, site, urls))]
    if main:
        outputs.append(("atom.xml", ("atom", feed), partial(render_atom, feed, site, urls, "atom.xml")))
        outputs.append(("feed.json", ("json", feed), partial(render_json_feed, feed, site, urls, "feed.json")))
    return outputs


def render_json_feed(feed: FeedOut, site: SiteConfig, urls: Urls, path: str) -> bytes:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1); no maintained library exists."""
    items = []
    for report in newest_first(feed.reports, site.tz):
        item: dict[str, object] = {
            "id": guid(report.id),
            "url": urls.absolute(f"reports/{report.id}/"),
            "title": punctuated(report.clean_title),
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

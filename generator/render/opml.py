"""feeds.opml: every feed of the site, so a reader can subscribe to all publishers or topics at once."""

from __future__ import annotations

from html import escape

from generator.config import SiteConfig
from generator.plan import EDITIONS_FEED, NOTES_FEED, PICKS_FEED
from generator.render.urls import Urls
from generator.taxonomy import TAXONOMIES, TermView


def _quoteattr(value: str) -> str:
    """An XML attribute value, quoted (`html` escapes as XML does; xml.sax.saxutils would
    import urllib and http.client into every build)."""
    return f'"{escape(value)}"'


def _outline(text: str, xml_url: str, html_url: str, category: str = "") -> str:
    categories = f" category={_quoteattr('/' + category)}" if category else ""
    return (f"<outline type=\"rss\" text={_quoteattr(text)} title={_quoteattr(text)} "
            f"xmlUrl={_quoteattr(xml_url)} htmlUrl={_quoteattr(html_url)}{categories}/>")


def render_opml(site: SiteConfig, terms: dict[str, list[TermView]], urls: Urls) -> bytes:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
             f"<head><title>{escape(site.title)} · 订阅源</title></head>", "<body>",
             "  " + _outline(f"{site.title}（全部）", urls.absolute("feed.xml"), urls.absolute(""))]
    digest_feeds = (("编辑精选", PICKS_FEED, ""), ("编辑点评", NOTES_FEED, ""), ("周刊", EDITIONS_FEED, "weeks/"))
    for name, path, page in digest_feeds:
        lines.append("  " + _outline(f"{site.title} · {name}", urls.absolute(path), urls.absolute(page)))
    for taxonomy in TAXONOMIES:  # flat, with OPML categories: grouping outlines carry no feed type
        for view in terms[taxonomy.key]:
            lines.append("  " + _outline(f"{taxonomy.label} · {view.name}", urls.absolute(view.feed_url),
                                         urls.absolute(view.url), taxonomy.label))
    lines += ["</body>", "</opml>"]
    return ("\n".join(lines) + "\n").encode("utf-8")

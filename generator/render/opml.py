"""feeds.opml: every feed of the site, so a reader can subscribe to all publishers or topics at once."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from generator.config import SiteConfig
from generator.plan import TAXONOMIES, TermView
from generator.render.urls import Urls


def _outline(text: str, xml_url: str, html_url: str, category: str = "") -> str:
    categories = f" category={quoteattr('/' + category)}" if category else ""
    return (f"<outline type=\"rss\" text={quoteattr(text)} title={quoteattr(text)} "
            f"xmlUrl={quoteattr(xml_url)} htmlUrl={quoteattr(html_url)}{categories}/>")


def render_opml(site: SiteConfig, terms: dict[str, list[TermView]], urls: Urls) -> bytes:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
             f"<head><title>{quoteattr(site.title)[1:-1]} · 订阅源</title></head>", "<body>",
             "  " + _outline(f"{site.title}（全部）", urls.absolute("feed.xml"), urls.absolute(""))]
    for taxonomy in TAXONOMIES:  # flat, with OPML categories: grouping outlines carry no feed type
        for view in terms[taxonomy.key]:
            lines.append("  " + _outline(f"{taxonomy.label} · {view.name}", urls.absolute(view.feed_url),
                                         urls.absolute(view.url), taxonomy.label))
    lines += ["</body>", "</opml>"]
    return ("\n".join(lines) + "\n").encode("utf-8")

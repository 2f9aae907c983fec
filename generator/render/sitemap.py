"""sitemap.xml and robots.txt.

The sitemap protocol allows 50,000 URLs per file: a larger site gets `sitemap.xml` as a
sitemap index over `sitemap-1.xml`, `sitemap-2.xml`, … of at most that many each.
"""

from __future__ import annotations

from html import escape

from generator.render.urls import Urls

MAX_URLS = 50_000
_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def _urlset(locations: list[str]) -> bytes:
    entries = "".join(f"<url><loc>{escape(loc, quote=False)}</loc></url>\n" for loc in locations)
    return f"{_HEAD}<urlset {_NS}>\n{entries}</urlset>\n".encode()


def render_sitemaps(paths: list[str], urls: Urls, limit: int = MAX_URLS) -> list[tuple[str, bytes]]:
    """(file name, bytes) of every sitemap file for the pages at `paths`."""
    locations = [urls.absolute(p) for p in paths if p.endswith(".html") and p != "404.html"]
    if len(locations) <= limit:
        return [("sitemap.xml", _urlset(locations))]
    parts = [(f"sitemap-{n}.xml", _urlset(locations[start:start + limit]))
             for n, start in enumerate(range(0, len(locations), limit), start=1)]
    index = "".join(f"<sitemap><loc>{escape(urls.absolute(name), quote=False)}</loc></sitemap>\n" for name, _ in parts)
    return [("sitemap.xml", f"{_HEAD}<sitemapindex {_NS}>\n{index}</sitemapindex>\n".encode()), *parts]


def render_robots(urls: Urls) -> bytes:
    return f"User-agent: *\nAllow: /\nSitemap: {urls.absolute('sitemap.xml')}\n".encode()

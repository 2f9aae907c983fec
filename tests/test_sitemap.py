"""Sitemaps follow the protocol's 50,000-URL limit by splitting under a sitemap index."""

from __future__ import annotations

from xml.etree import ElementTree

from generator.render.sitemap import render_sitemaps
from generator.render.urls import Urls

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
URLS = Urls("https://user.github.io/repo/")
PATHS = ["index.html", "404.html", *(f"reports/{n:04x}/index.html" for n in range(7)), "feeds/index.html"]


def _locs(data: bytes, tag: str) -> list[str]:
    return [e.findtext(f"{NS}loc") for e in ElementTree.fromstring(data).iter(f"{NS}{tag}")]


def test_a_small_site_has_one_sitemap_without_the_404_page() -> None:
    [(name, data)] = render_sitemaps(PATHS, URLS)
    assert name == "sitemap.xml"
    locs = _locs(data, "url")
    assert locs[0] == "https://user.github.io/repo/" and len(locs) == len(PATHS) - 1
    assert not any("404" in loc for loc in locs)


def test_a_site_over_the_limit_gets_an_index_over_parts_that_hold_every_page_once() -> None:
    files = dict(render_sitemaps(PATHS, URLS, limit=4))
    assert _locs(files["sitemap.xml"], "sitemap") == [f"https://user.github.io/repo/sitemap-{n}.xml" for n in (1, 2, 3)]
    parts = [_locs(files[f"sitemap-{n}.xml"], "url") for n in (1, 2, 3)]
    assert all(len(part) <= 4 for part in parts)
    assert [loc for part in parts for loc in part] == _locs(render_sitemaps(PATHS, URLS)[0][1], "url")

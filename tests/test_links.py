"""Crawl the site over HTTP under /repo/, as GitHub Pages serves a project site."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin


class _Page(HTMLParser):
    """A page's links and ids as a browser reads them, quoted or not."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)
            elif name == "id" and value:
                self.ids.add(value)


def test_every_link_and_fragment_reached_by_crawling_resolves(sample_site: Path, serve_site) -> None:  # type: ignore[no-untyped-def]
    served = serve_site(sample_site)
    # The pages link to the deployed host; crawl the same paths on localhost.
    deployed = "https://example.github.io/repo/"
    seen: dict[str, str] = {}
    queue = deque([served.base])
    broken = []
    fragments: list[tuple[str, str, str]] = []
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                kind = response.headers.get_content_type()
                seen[url] = response.read().decode("utf-8") if kind == "text/html" else ""
        except urllib.error.HTTPError as exc:
            broken.append(f"{url}: {exc.code}")
            seen[url] = ""
            continue
        for href in _Page(seen[url]).links:
            href = href.replace(deployed, served.base)
            absolute, fragment = urldefrag(urljoin(url, href))
            if not absolute.startswith(served.base):
                continue
            if fragment:
                fragments.append((url, absolute, fragment))
            queue.append(absolute)
    assert not broken
    assert len(seen) > 80, "the crawl reaches every page kind"
    for page, target, fragment in fragments:
        assert fragment in _Page(seen[target]).ids, f"{page} → {target}#{fragment}"


def test_404_page_links_work_from_any_depth(sample_site: Path) -> None:
    page = (sample_site / "404.html").read_text(encoding="utf-8")
    links = [h for h in _Page(page).links if not h.startswith(("http", "#"))]
    assert links and all(h.startswith("/repo/") for h in links)

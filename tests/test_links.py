"""Crawl the site over HTTP under /repo/, as GitHub Pages serves a project site."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections import deque
from pathlib import Path
from urllib.parse import urldefrag, urljoin

_LINK = re.compile(r'(?:href|src)="([^"]+)"')


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
        for href in _LINK.findall(seen[url]):
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
        assert f'id="{fragment}"' in seen[target], f"{page} → {target}#{fragment}"


def test_404_page_links_work_from_any_depth(sample_site: Path) -> None:
    page = (sample_site / "404.html").read_text(encoding="utf-8")
    links = [h for h in _LINK.findall(page) if not h.startswith(("http", "#"))]
    assert links and all(h.startswith("/repo/") for h in links)

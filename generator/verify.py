"""Check a built site as it will be served: every internal link and fragment resolves under
the base path, every feed is well-formed with its self link at the deployed URL and no GUID
twice. Run by the tests and by the Pages workflow before upload (`python -m generator verify`)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urldefrag, urlsplit
from xml.etree import ElementTree

# An attribute's value as HTML reads it: in double or single quotes, or bare (pages leave out
# the quotes a value does not need).
_VALUE = r"""=(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))"""
_LINK = re.compile(r"(?<=\s)(?:href|src)" + _VALUE)
_ID = re.compile(r"(?<=\s)id" + _VALUE)
ATOM = "{http://www.w3.org/2005/Atom}"


def _target(site: Path, base_path: str, page: Path, href: str) -> Path | None:
    path = urlsplit(href).path
    if not path:
        return page
    if not path.startswith(base_path):
        return None
    target = site / path[len(base_path):]
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


def broken_links(site: Path, base_url: str) -> list[str]:
    """Every internal href/src that does not resolve, as `page: link` lines."""
    base_path = urlsplit(base_url).path or "/"
    ids: dict[Path, set[str]] = {}
    problems = []
    for page in sorted(site.rglob("*.html")):
        for href in map("".join, _LINK.findall(page.read_text(encoding="utf-8"))):
            if not href:
                continue
            if href.startswith(base_url):
                href = href[len(base_url) - len(base_path):]
            elif href.startswith(("http://", "https://", "mailto:", "data:")):
                continue
            target = _target(site, base_path, page, href)
            if target is None or not target.is_file():
                problems.append(f"{page.relative_to(site)}: {href}")
                continue
            fragment = urldefrag(href)[1]
            if fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = set(map("".join, _ID.findall(target.read_text(encoding="utf-8"))))
                if fragment not in ids[target]:
                    problems.append(f"{page.relative_to(site)}: {href} (no such fragment)")
    return problems


def feed_problems(site: Path, base_url: str) -> list[str]:
    problems = []
    for feed in sorted([*site.rglob("feed.xml"), *site.rglob("atom.xml")]):
        name = feed.relative_to(site).as_posix()
        try:
            root = ElementTree.parse(feed).getroot()
        except ElementTree.ParseError as exc:
            problems.append(f"{name}: not well-formed XML: {exc}")
            continue
        self_link = root.find(f".//{ATOM}link[@rel='self']")
        if self_link is None or self_link.get("href") != base_url + name:
            problems.append(f"{name}: self link is not {base_url + name}")
        ids = [e.text for e in root.iter() if e.tag in ("guid", f"{ATOM}id")]
        if len(ids) != len(set(ids)):
            problems.append(f"{name}: duplicate GUIDs")
    return problems


def verify(site: Path, base_url: str) -> list[str]:
    return broken_links(site, base_url) + feed_problems(site, base_url)

"""A saved listing page that no source profile matches, read by its shape.

A report site lists its reports as rows of a table or as a run of like elements (li, div,
article, dl) under one parent. Its menus, footers and link lists repeat too, but their
entries carry no dates; so the page's items are the run of sibling elements of one tag with
the most members holding a date (and, outside a table, a link with words: the title). Each
item becomes a record as a scraper would have written it, and mapping.py reads the records
as it reads a CSV's rows: a table row is keyed by its header cells (`标题`, `机构`, `发布日期`),
any other item by the class names of its elements (`span.org`, `span.time`, `p.desc`) and by
the labels its text carries (`机构：…`, `分析师：…`), its main link giving the title and the
URL. So a page of a new site reads as its export would, and a profile is needed only where
that reading is wrong. Linear in the page: each element is looked at as one parent's child.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.ingest.fields import detect
from generator.ingest.mapping import labelled
from generator.ingest.records import Notice, http_url, parse_date

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

MIN_ITEMS = 3  # fewer dated entries than this are no listing
MIN_TITLE = 4  # characters of a link's words that can be a report's title
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
# A day as listings write it (`2023-10-05`, `2023/10/5`, `2023年10月5日`, `Oct 5, 2023`, `5 Oct 2023`).
_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?!\d)"
                   rf"|\b{_MONTH} \d{{1,2}},? (?:19|20)\d\d\b|\b\d{{1,2}} {_MONTH} (?:19|20)\d\d\b")
MAX_LABELLED = 80  # characters of a text read for labels: a longer one is prose, whose colons are no labels
# Where a saved page came from: a browser's mark (`<!-- saved from url=(0043)https://… -->`).
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_NOT_TITLE = re.compile(r"(?:\d[\d,.\s]*|更多|详情|详细|下载|查看|阅读全文|全文|pdf|more|next|下一页|上一页)",
                        re.IGNORECASE)
_CUT = (".", "…", " ")
URL_KEY = "链接"  # the key of a row's link, a synonym of url (fields.py)


@dataclass
class Shape:
    """The page's items (table rows or like elements), a table's header row, and what the
    page says of its own address (to resolve its relative links)."""

    items: list[Tag]
    table: bool
    address: str | None
    header: Tag | None = None

    def where(self) -> str:
        """The items' element, as a selector would name it (`li`, `tr.odd`)."""
        item = self.items[-1]
        return item.name + "".join(f".{name}" for name in (item.get("class") or [])[:2])


def link_text(link: Tag) -> str:
    """A link's words; its `title` when the words shown are that title cut short (`…`)."""
    shown = " ".join(link.get_text(" ", strip=True).split())
    full = " ".join(str(link.get("title") or "").split())
    cut = shown.rstrip("".join(_CUT))
    if full and len(full) > len(cut) and (not cut or full.startswith(cut)):
        return full
    return shown


def main_link(item: Tag) -> Tag | None:
    """The item's link with the most words that can be a title (not a date, a number or
    `更多`), the first of equals."""
    best, best_length = None, MIN_TITLE - 1
    for link in item.find_all("a"):
        text = link_text(link)
        if len(text) > best_length and not _NOT_TITLE.fullmatch(text) and not _DATE.fullmatch(text):
            best, best_length = link, len(text)
    return best


def _dated(element: Tag) -> bool:
    return bool(_DATE.search(element.get_text(" "))) or element.find("time", datetime=_DATE) is not None


def _score(members: list[Tag], table: bool) -> int:
    """Members holding a date, and outside a table a link with words too."""
    return sum(1 for member in members if _dated(member) and (table or main_link(member) is not None))


def find_items(soup: BeautifulSoup, text: str) -> Shape | None:
    """The page's run of items (see the module's docstring), or None when it has none."""
    from bs4 import Tag

    best: tuple[int, list[Tag], bool] | None = None
    for parent in soup.find_all(True):
        by_tag: dict[str, list[Tag]] = {}
        for child in parent.children:
            if isinstance(child, Tag):
                by_tag.setdefault(child.name, []).append(child)
        for name, members in by_tag.items():
            if len(members) < MIN_ITEMS or name in ("script", "style", "option", "br", "img"):
                continue
            table = name == "tr"
            score = _score(members, table)
            if score >= MIN_ITEMS and (best is None or score > best[0]):
                best = (score, members, table)
    if best is None:
        return None
    _, members, table = best
    header = _header(members) if table else None
    return Shape([m for m in members if m is not header], table, page_address(soup, text), header)


def _header(rows: list[Tag]) -> Tag | None:
    """A table's header row: the last row of its `thead`, else the run's first row when it
    has header cells (`th`) or no date while the next row has one."""
    table = rows[0].find_parent("table")
    head = table.find("thead") if table is not None else None
    if head is not None and rows[0].parent is not head and (head_rows := head.find_all("tr")):
        return head_rows[-1]
    first = rows[0]
    if first.find("th") is not None or (not _dated(first) and len(rows) > 1 and _dated(rows[1])):
        return first
    return None


def page_address(soup: BeautifulSoup, text: str) -> str | None:
    """The page's own address, as it states it: `<base href>`, its canonical link, `og:url`,
    or the browser's `saved from url=` mark."""
    candidates = []
    if (base := soup.find("base", href=True)) is not None:
        candidates.append(base.get("href"))
    if (canonical := soup.find("link", rel="canonical", href=True)) is not None:
        candidates.append(canonical.get("href"))
    if (og := soup.find("meta", property="og:url", content=True)) is not None:
        candidates.append(og.get("content"))
    if saved := _SAVED_FROM.search(text[:4096]):
        candidates.append(saved.group(1))
    return next((url for url in map(http_url, candidates) if url), None)


def _cell_text(cell: Tag) -> str:
    links = cell.find_all("a")
    if len(links) == 1 and " ".join(cell.get_text(" ", strip=True).split()) == " ".join(
            links[0].get_text(" ", strip=True).split()):
        return link_text(links[0])
    return " ".join(cell.get_text(" ", strip=True).split())


# Marks a header cell may carry besides its name: a sort order's arrows (`评级日期↓`).
_SORT_MARKS = re.compile(r"[↑↓↕⇅⇵▲▼△▽▴▾]+")


def table_rows(shape: Shape) -> Iterator[tuple[int, list[str]]]:
    """The header's and rows' cell texts, each row with its main link's address as a last
    cell (`链接` in the header), for tables.py's header finding."""
    if shape.header is not None:
        names = [_SORT_MARKS.sub("", _cell_text(cell)).strip() for cell in _cells(shape.header)]
        yield shape.header.sourceline or 1, [*names, URL_KEY]
    for number, row in enumerate(shape.items, start=1):
        link = main_link(row)
        href = str(link.get("href") or "") if link is not None else ""
        yield row.sourceline or number, [*(_cell_text(cell) for cell in _cells(row)), href]


def _cells(row: Tag) -> list[Tag]:
    return row.find_all(("td", "th"), recursive=False)


def item_record(item: Tag) -> dict[str, str]:
    """One non-table item as a record: its main link's words and address, each element's
    text under its first class name, each short text's labelled values under their labels,
    and a date found in its text when no key names one. Elements holding the main link
    are its frame, not a field."""
    record: dict[str, str] = {}
    link = main_link(item)
    if link is not None:
        record["title"] = link_text(link)
        record[URL_KEY] = str(link.get("href") or "")
    framing = {id(parent) for parent in link.parents} if link is not None else set()
    texts = [str(piece) for piece in item.find_all(string=True, recursive=False)]
    for element in item.find_all(True):
        if element is link or id(element) in framing:
            continue
        value = " ".join(element.get_text(" ", strip=True).split())
        if not value:
            continue
        classes = element.get("class") or []
        if classes:
            record.setdefault(classes[0], value)
        if element.name == "time" and element.get("datetime"):  # `<time datetime="2023-10-05">3 天前</time>`
            record.setdefault("datetime", str(element["datetime"]))
        texts.append(value)
    for text in texts:
        if len(text) <= MAX_LABELLED:
            for label, value in labelled(text).items():
                record.setdefault(label, value)
    return _with_date(record, " ".join(item.get_text(" ", strip=True).split()))


def _with_date(record: dict[str, str], text: str) -> dict[str, str]:
    """The record with a date its date key's text holds among other words (`2023-10-05 发布`)
    made that date, or a date from the item's text when no key names one."""
    key = detect(record).get("date")
    value = record.get(key) if key else None
    if value is not None and parse_date(value) is None and (found := _DATE.search(value)):
        record[key] = found.group(0)  # type: ignore[index]
    elif key is None and (found := _DATE.search(text)):
        record["date"] = found.group(0)
    return record


def resolved(record: Mapping[str, object], address: str | None) -> tuple[dict[str, object], bool]:
    """The record with its link made absolute against the page's address; and whether the
    link was relative with no address to resolve it against (left out then)."""
    href = record.get(URL_KEY)
    if not isinstance(href, str) or not href.strip() or href.strip().lower().startswith(("javascript:", "#")):
        return {k: v for k, v in record.items() if k != URL_KEY}, False
    url = http_url(href, address)
    if url is None:
        return {k: v for k, v in record.items() if k != URL_KEY}, bool(http_url(href, "https://x.invalid/"))
    return {**record, URL_KEY: url}, False


def unresolved_notice(line: int) -> Notice:
    return Notice(line, "the page's links are relative and it does not say its own address (no <base href>, "
                        "canonical link or og:url): reports are listed without their source URL; "
                        "give the address as `base_url` in a profile in content/profiles/", {})

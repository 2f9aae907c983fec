"""A saved listing page that no source profile matches, read by its shape.

A report site lists its reports as rows of a table or as a run of like elements (li, div,
article, dl) under one parent. Its menus, footers and link lists repeat too, but their
entries carry no dates; so the page's items are the run of sibling elements of one tag with
the most members holding a date (and, outside a table, a link with words: the title). Each
item becomes a record as a scraper would have written it, and mapping.py reads the records
as it reads a CSV's rows: a table row is keyed by its header cells (`标题`, `机构`, `发布日期`),
any other item by the class names of its elements (`span.org`, `span.time`, `p.desc`) and by
the labels its short texts carry (`机构：…`, `分析师：…`), its main link giving the title and
the URL. So a page of a new site reads as its export would, and a profile is needed only
where that reading is wrong.

The page is parsed by lxml (libxml2's HTML parser), which closes what HTML lets a page leave
open as a browser does (`<tr><td>…<tr><td>…`, as SEC's EDGAR writes its tables); Python's
own parser would nest each row in the one before, and the rows would be no run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generator.ingest.fields import key_map
from generator.ingest.labelledvalues import labelled
from generator.ingest.records import Notice, http_url, parse_date

if TYPE_CHECKING:
    from lxml.html import HtmlElement

MIN_ITEMS = 3  # fewer dated entries than this are no listing
MIN_TITLE = 4  # characters of a link's words that can be a report's title
MAX_LABELLED = 80  # characters of a text read for labels: a longer one is prose, whose colons are no labels
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
# A day as listings write it (`2023-10-05`, `2023/10/5`, `2023年10月5日`, `Oct 5, 2023`, `5 Oct 2023`).
_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?!\d)"
                   rf"|\b{_MONTH} \d{{1,2}},? (?:19|20)\d\d\b|\b\d{{1,2}} {_MONTH} (?:19|20)\d\d\b")
# Where a saved page came from: a browser's mark (`<!-- saved from url=(0043)https://… -->`).
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
# A link's words that are no title: a number, a date, or what a link to more says.
_NOT_TITLE = re.compile(r"(?:\d[\d,.\s]*|更多|详情|详细|下载|查看|阅读全文|全文|pdf|more|next|下一页|上一页)",
                        re.IGNORECASE)
_CUT = ".… "  # what a title shown cut short ends with
_NEVER_ITEMS = frozenset(("script", "style", "option", "br", "img", "meta", "link", "col", "input"))
_NEVER_TEXT = ("script", "style", "noscript", "template")
_SOME_PAGE = "https://x.invalid/"  # an address a link is resolved against to see whether it is one
URL_KEY = "链接"  # the key of an item's link, a synonym of url (fields.py)


@dataclass
class Shape:
    """The page's items (table rows or like elements), a table's header rows, and what the
    page says of its own address (to resolve its relative links)."""

    items: list[HtmlElement]
    table: bool
    address: str | None
    header: list[HtmlElement] = field(default_factory=list)

    def where(self) -> str:
        """The items' element, as a selector would name it (`li`, `tr.odd`)."""
        item = self.items[-1]
        return str(item.tag) + "".join(f".{name}" for name in _classes(item)[:2])

    @property
    def line(self) -> int:
        return (self.header or self.items)[0].sourceline or 1


def parse(text: str) -> HtmlElement | None:
    """The page's element tree, without scripts and styles; None when it holds no markup."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return None
    for element in list(root.iter(*_NEVER_TEXT)):
        element.drop_tree()
    return root


def _classes(element: HtmlElement) -> list[str]:
    return str(element.get("class") or "").split()


def _text(element: HtmlElement) -> str:
    """An element's text as shown inline (`<em>国盛</em>证券` is 国盛证券)."""
    return " ".join(element.text_content().split())


def _words(element: HtmlElement) -> str:
    """An element's texts with a space between its elements' (a row's cells, `…MB` `2019-10-31`
    `001-36743`), to find the dates in."""
    return " ".join(" ".join(element.itertext()).split())


def link_text(link: HtmlElement) -> str:
    """A link's words; its `title` when the words shown are that title cut short (`…`)."""
    shown = _text(link)
    full = " ".join(str(link.get("title") or "").split())
    cut = shown.rstrip(_CUT)
    if full and len(full) > len(cut) and (not cut or full.startswith(cut)):
        return full
    return shown


def main_link(item: HtmlElement) -> HtmlElement | None:
    """The item's link with the most words that can be a title (not a date, a number or
    `更多`), the first of equals."""
    best, best_length = None, MIN_TITLE - 1
    for link in item.iter("a"):
        text = link_text(link)
        if len(text) > best_length and not _NOT_TITLE.fullmatch(text) and not _DATE.fullmatch(text):
            best, best_length = link, len(text)
    return best


def _dated(element: HtmlElement) -> bool:
    return bool(_DATE.search(_words(element))) or _attribute_date(element) is not None


def _attribute_date(element: HtmlElement) -> str | None:
    """A day the element or one inside it carries in an attribute named for a date or time, for
    the page's scripts (`<time datetime="2023-10-05">3 天前</time>`, `<tr data-datenews="2021-04-16 15:20">`)."""
    for inner in element.iter():
        for name, value in inner.attrib.items() if isinstance(inner.tag, str) else ():
            if ("date" in name or "time" in name) and (found := _DATE.search(value)):
                return found.group(0)
    return None


def find_items(root: HtmlElement, text: str) -> Shape | None:
    """The page's run of items (see the module's docstring), or None when it has none. A run
    is scored by its members holding a date, and outside a table a link with words too; its
    elements with no such link (a day's divider, an advertisement) are no items."""
    best: tuple[int, Shape] | None = None
    for parent in root.iter():
        by_tag: dict[str, list[HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str):
                by_tag.setdefault(child.tag, []).append(child)
        for name, members in by_tag.items():
            if len(members) < MIN_ITEMS or name in _NEVER_ITEMS:
                continue
            linked = [member for member in members if main_link(member) is not None]
            cards = sum(map(_dated, linked))
            header = _header(members) if name == "tr" else []
            # (rows under no header with links of words are read as cards are; without, as a table's)
            if name == "tr" and (header or cards < MIN_ITEMS):
                score, shape = sum(map(_dated, members)), Shape(members, True, None, header)
            else:
                score, shape = cards, Shape(linked, False, None)
            if score >= MIN_ITEMS and (best is None or score > best[0]):
                best = (score, shape)
    if best is None:
        return None
    shape = best[1]
    if shape.header and shape.header[-1] in shape.items:  # (rows above it are the table's title lines)
        shape.items = shape.items[shape.items.index(shape.header[-1]) + 1:]
    shape.address = page_address(root, text)
    return shape


def largest_table(root: HtmlElement, text: str) -> Shape | None:
    """The rows of the document's table with the most rows, as a run of items: an `.xls` that is
    a site's "export to Excel" holds its reports so, dated or not."""
    tables = [rows for table in root.iter("table") if (rows := [row for row in table.iter("tr")
                                                                 if next(row.iterancestors("table")) is table])]
    if not tables:
        return None
    rows = max(tables, key=len)
    shape = Shape(rows, True, page_address(root, text), _header(rows))
    if shape.header and shape.header[-1] in rows:
        shape.items = rows[rows.index(shape.header[-1]) + 1:]
    return shape


def _header(rows: list[HtmlElement]) -> list[HtmlElement]:
    """A table's header rows: its `thead`'s (a two-level head, `2023盈利预测` over `收益` and
    `市盈率`, is two), else the last row before the first dated one that has header cells
    (`th`), else the run's first row when it has no date and the next one has; none else."""
    table = next(rows[0].iterancestors("table"), None)
    head = next(table.iter("thead"), None) if table is not None else None
    if head is not None and rows[0].getparent() is not head and (head_rows := list(head.iter("tr"))):
        return head_rows
    headed = None
    for row in rows:
        if _dated(row):
            break
        if any(cell.tag == "th" for cell in row):
            headed = row
    if headed is not None:
        return [headed]
    if not _dated(rows[0]) and len(rows) > 1 and _dated(rows[1]):
        return rows[:1]
    return []


def _span(cell: HtmlElement, name: str) -> int:
    value = str(cell.get(name) or "1").strip()
    return min(int(value), MAX_SPAN) if value.isdigit() and int(value) > 0 else 1


MAX_SPAN = 100  # columns or rows one header cell may span


def header_names(rows: list[HtmlElement]) -> list[str]:
    """The table's column names from its header rows: a cell names every column it spans, and a
    column under a cell spanning two (`2023盈利预测`) is named by both (`2023盈利预测 收益`)."""
    names: dict[int, list[str]] = {}
    covered: dict[int, int] = {}  # column -> rows below still covered by a cell above
    for row in rows:
        column = 0
        for cell in _cells(row):
            while covered.get(column, 0) > 0:
                column += 1
            name = _SORT_MARKS.sub("", _cell_text(cell)).strip()
            for spanned in range(column, column + _span(cell, "colspan")):
                if name and name not in names.setdefault(spanned, []):
                    names[spanned].append(name)
                covered[spanned] = _span(cell, "rowspan")
            column += _span(cell, "colspan")
        covered = {column: rows_left - 1 for column, rows_left in covered.items() if rows_left > 1}
    return [" ".join(names.get(column, [])) for column in range(max(names, default=-1) + 1)]


def page_address(root: HtmlElement, text: str) -> str | None:
    """The page's own address, as it states it: `<base href>`, its canonical link, `og:url`,
    or the browser's `saved from url=` mark."""
    candidates = [element.get("href") for element in root.iter("base", "link")
                  if element.tag == "base" or "canonical" in str(element.get("rel") or "").lower().split()]
    candidates += [element.get("content") for element in root.iter("meta") if element.get("property") == "og:url"]
    if saved := _SAVED_FROM.search(text[:4096]):
        candidates.append(saved.group(1))
    return next((url for url in map(http_url, candidates) if url), None)


def _cells(row: HtmlElement) -> list[HtmlElement]:
    return [cell for cell in row if cell.tag in ("td", "th")]


def _cell_text(cell: HtmlElement) -> str:
    links = list(cell.iter("a"))
    text = _text(cell)
    if len(links) == 1 and text == _text(links[0]):
        # a cell that is only a link to the report (`摘要`, `下载`) holds its address, not a value
        return "" if _REPORT_LINK.fullmatch(text) else link_text(links[0])
    return text


# The words of a row's link to the report itself where the row has no title to link (a table of
# each stock's latest rating links the stock's name to its quote and `摘要` to the report).
_REPORT_LINK = re.compile(r"摘要|全文|原文|阅读全文|详情|详细|查看|下载|研报|报告|pdf|summary|details?|view|download",
                          re.IGNORECASE)
# Characters of a main link's words that make them a title, whose link is the report's.
_TITLE_WORDS = 8


def row_link(row: HtmlElement) -> HtmlElement | None:
    """A table row's link to its report: its main link when that is a title, else a link
    labelled as the report's (`摘要`, `详情`, `下载`), else its main link (a name's)."""
    link = main_link(row)
    if link is not None and len(link_text(link)) >= _TITLE_WORDS:
        return link
    report = next((a for a in row.iter("a") if a.get("href") and _REPORT_LINK.fullmatch(_text(a))), None)
    return report if report is not None else link


# Marks a header cell may carry besides its name: a sort order's arrows (`评级日期↓`).
_SORT_MARKS = re.compile(r"[↑↓↕⇅⇵▲▼△▽▴▾]+")


def table_rows(shape: Shape) -> Iterator[tuple[int, list[str]]]:
    """The header's and rows' cell texts, each row with its main link's address as a last
    cell (`链接` in the header), for tables.py's header finding."""
    if shape.header:
        yield shape.line, [*header_names(shape.header), URL_KEY]
    for number, row in enumerate(shape.items, start=1):
        link = row_link(row)
        href = str(link.get("href") or "") if link is not None else ""
        yield row.sourceline or number, [*(_cell_text(cell) for cell in _cells(row)), href]


def item_records(shape: Shape) -> Iterator[tuple[int, dict[str, str]]]:
    for number, item in enumerate(shape.items, start=1):
        yield item.sourceline or number, item_record(item)


def item_record(item: HtmlElement) -> dict[str, str]:
    """One non-table item as a record: its main link's words and address, each element's
    text under its first class name, each short text's labelled values under their labels,
    and a date found in its text when no key names one. Elements holding the main link
    are its frame, not a field."""
    record: dict[str, str] = {}
    link = main_link(item)
    framing: set[HtmlElement] = set()
    if link is not None:
        record["title"] = link_text(link)
        record[URL_KEY] = str(link.get("href") or "")
        framing = {link, *link.iterancestors()}
    texts = [piece for piece in (" ".join(str(item.text or "").split()),) if piece]
    for element in item.iterdescendants():
        if not isinstance(element.tag, str) or element in framing:
            continue
        value = _text(element)
        if not value:
            continue
        if classes := _classes(element):
            record.setdefault(classes[0], value)
        texts.append(value)
    for text in texts:
        if len(text) <= MAX_LABELLED:
            for label, value in labelled(text).items():
                record.setdefault(label, value)
    if stamped := _attribute_date(item):
        record.setdefault("datetime", stamped)
    words = _words(item)
    # The day the item shows beside its title before one its title names (`…2020年6月30日基金净值公告`, listed
    # 2020-07-01): that one is the report's own.
    beside = words.replace(_words(link), " ", 1) if link is not None else words
    return _with_date(record, f"{beside} {words}")


def _with_date(record: dict[str, str], text: str) -> dict[str, str]:
    """The record with a date its date key's text holds among other words (`2023-10-05 发布`)
    made that date, or a date from the item's text when no key names one."""
    key = next(iter(key_map(tuple(record))["date"]), None)  # (the items of a page share their keys: cached)
    value = record.get(key) if key else None
    if key is not None and value is not None and parse_date(value) is None and (found := _DATE.search(value)):
        record[key] = found.group(0)
    elif key is None and (found := _DATE.search(text)):
        record["date"] = found.group(0)
    return record


def resolved(record: Mapping[str, object], address: str | None) -> tuple[dict[str, object], bool]:
    """The record with its link made absolute against the page's address; and whether the
    link was relative with no address to resolve it against (left out then)."""
    href = record.get(URL_KEY)
    rest = {k: v for k, v in record.items() if k != URL_KEY}
    if not isinstance(href, str) or not href.strip() or href.strip().lower().startswith(("javascript:", "#")):
        return rest, False
    # (a link without its scheme, `//stock.finance.sina.com.cn/…`, names its host: the page's scheme, else https)
    url = http_url(href, address or (_SOME_PAGE if href.strip().startswith("//") else None))
    if url is None:
        return rest, bool(http_url(href, _SOME_PAGE))
    return {**rest, URL_KEY: url}, False


def unresolved_notice(line: int) -> Notice:
    return Notice(line, "the page's links are relative and it does not say its own address (no <base href>, "
                        "canonical link or og:url): reports are listed without their source URL; "
                        "give the address in a profile of two lines in content/profiles/ "
                        "(`match: <a CSS selector of the page>` and `base_url: <its address>`)", {})

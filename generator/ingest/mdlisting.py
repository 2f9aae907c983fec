"""Listings saved as Markdown (`.md`, `.markdown`), parsed with markdown-it-py (CommonMark with
GFM's pipe tables), whose tokens keep each block's source lines for messages.

Two shapes are read. A pipe table is one report a row, its header read as a CSV header is
(tables.py, mapping.py); a cell's link gives the row's URL. A digest is a heading naming the
day, then one entry per list item holding a link, or per paragraph opening in bold (`**NVS** …`)
with a line below it: the link's words are the title (unless they only say "link", `报告链接`,
when the entry's first words are), the line below a bold lead is the title when no link gives
one, and the lead's parts, as digests set them apart (`|`, `·`, ` — `), give the security
(`Sea - SE`, `Name (TICKER)`, a bold ticker), a target price (`PT …`, `目标价 …`), a day, and
the house credited after a dash (`— HSBC (upgrade)`). Sub-items `标签：值` are the entry's
labelled fields. Records with no date of their own take the day of the nearest heading above
them naming one. A table whose every report an entry names (an overview above the entries) is
left out for the entries, and the file says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

from generator.i18n import Message
from generator.ingest.facts import placeholder
from generator.ingest.fields import SYNONYMS, detect, fold
from generator.ingest.mapping import looked_for, read_records
from generator.ingest.recordprofile import RecordProfile
from generator.ingest.records import Notice, Rejected, parse_date
from generator.ingest.tables import table_records
from generator.model import ListingItem
from generator.normalize import strip_invisible

Yielded = ListingItem | Rejected | Notice
# What this module tells the editor, in one place (for translation).
MESSAGES = {
    "nothing": "no report table or digest entries in this Markdown file (found {headings} heading(s), "
               "{paragraphs} paragraph(s), {items} list item(s), {tables} table(s)); a table is read by its "
               "header (a title column), an entry is a list item holding a link, or a bold line with the report's "
               "line below it",
    "entries_dated": "no date field ({looked}); the entries below the heading on line {line} are dated {day}, "
                     "the day it names",
    "rows_dated": "no date field ({looked}); the table's rows are dated {day}, the day the heading on line {line} "
                  "names",
    "covered": "the table's {count} report(s) are each named by an entry below (an overview of the same "
               "reports): read from the entries, the table's rows left out",
}

# A link whose words say only that it is a link (`[报告链接](…)`, `[PDF](…)`) gives no title.
_LINK_WORDS = frozenset(fold(w) for w in (
    *SYNONYMS["url"], *SYNONYMS["pdf_url"], "link", "pdf", "here", "more", "read more", "full text", "download",
    "source", "原文", "全文", "阅读全文", "查看", "查看原文", "点击查看", "详情", "下载", "链接", "报告", "研报"))
# The marks digests set an entry's parts apart with.
_PARTS = re.compile(r"\s+[|｜·•]\s+|\s*[|｜]\s*|\s+[—–]+\s+|\s*——\s*")
_CREDIT = re.compile(r"\s+[—–]+\s+|\s*——\s*")
_TICKER = re.compile(r"(?:[A-Z]{1,5}(?:\.[A-Z]{1,3})?|\d{6}(?:\.[A-Z]{2})?|\d{4,5}\.HK)")
# A company and its code: `Sea - SE`, `Unity Software (U)`, `贵州茅台（600519）`; a flag before it
# (`【新增】`) is not its name.
_NAMED_CODE = re.compile(rf"^(?:【[^】]{{1,8}}】|\[[^\]]{{1,8}}\])?\s*(.+?)(?:\s+-\s+|\s*[(（])"
                         rf"({_TICKER.pattern})[)）]?$")
_TARGET = re.compile(r"^(?:PT|TP|target(?: price)?|price target|目标价(?:格)?)\s*[:：]?\s*(.+)$", re.IGNORECASE)
_PRICE = re.compile(r"^@?\s*[$¥￥€£]?\s*\d[\d,.]*$")
_ACTION = re.compile(r"^(.+?)\s*[(（]([^()（）]{1,30})[)）]$")
# A digest's flag before an entry's words (`【新增】Sea - SE`): what the digest says of the entry, no title's word.
_FLAG = re.compile(r"^[【\[](?:新增|新|更新|最新|热门|推荐|置顶|精选|new|hot|updated)[】\]]\s*", re.IGNORECASE)
_LABEL = re.compile(r"^([^:：\s][^:：]{0,15})[:：]\s*(.+)$", re.DOTALL)
_WORDS = re.compile(r"[A-Za-z\u4e00-\u9fff]")


@dataclass
class _Block:
    """A paragraph's inline content as plain lines, with its links and whether it opens in bold."""

    lines: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (words, href), in order
    bold: str | None = None  # the bold words it opens with
    lead: str = ""  # the first line without the links' words


def _inline(node) -> _Block:  # a SyntaxTreeNode of an `inline` token
    block = _Block()
    line: list[str] = []
    lead: list[str] = []

    def walk(children, in_link: bool) -> None:
        nonlocal line
        for child in children:
            kind = child.type
            if kind in ("softbreak", "hardbreak"):
                block.lines.append("".join(line).strip())
                line = []
            elif kind in ("text", "code_inline", "html_inline"):
                content = child.content if kind != "html_inline" else ""
                line.append(content)
                if not in_link and not block.lines:
                    lead.append(content)
            elif kind == "link":
                words = _text(child)
                block.links.append((words, str(child.attrs.get("href", ""))))
                walk(child.children, True)
            elif kind == "strong" and block.bold is None and not block.lines and not "".join(line).strip():
                block.bold = _text(child).strip()
                walk(child.children, in_link)
            else:
                walk(child.children, in_link)

    walk(node.children, False)
    block.lines.append("".join(line).strip())
    block.lines = [text for text in block.lines if text] or [""]
    block.lead = "".join(lead).strip()
    return block


def _text(node) -> str:
    return "".join(c.content if c.type in ("text", "code_inline") else _text(c) for c in node.children)


def _cell(node) -> tuple[str, list[tuple[str, str]]]:
    """A table cell's words and links; a cell holding only a link that says "link" holds its address."""
    inline = next(iter(node.children), None)
    if inline is None:
        return "", []
    block = _inline(inline)
    words = " ".join(block.lines).strip()
    if len(block.links) == 1 and (not words or words == block.links[0][0]) and (
            fold(block.links[0][0]) in _LINK_WORDS or not block.links[0][0].strip()):
        return block.links[0][1], []
    return words, block.links


@dataclass
class _Group:
    """One table's records, or the file's entries, with what is known of them."""

    what: str
    records: list[tuple[int, dict[str, object]]]
    dated_by: tuple[int, date] | None = None  # the heading's line and day, when records take it
    texts: list[str] = field(default_factory=list)  # entries' words, to find a table's reports in
    notes: list[Notice] = field(default_factory=list)  # what its header's reading found, said when it is read


def _dated(records: list[tuple[int, dict[str, object]]], day: tuple[int, date] | None) -> bool:
    """Give records with no date field the heading's day; whether any took it."""
    took = False
    for _, record in records:
        if day is not None and "date" not in detect(list(record)):
            record["date"] = day[1].isoformat()
            took = True
    return took


def _entry(block: _Block, details: list[str]) -> dict[str, object]:
    """The record of one digest entry (see the module's note)."""
    record: dict[str, object] = {}
    links = [(words, href) for words, href in block.links if href and not href.startswith("#")]
    titled = next((words.strip() for words, _ in links if words.strip() and fold(words) not in _LINK_WORDS), None)
    if links:
        record["url"] = links[0][1]
    lead = block.lead
    parts = [p.strip() for p in _PARTS.split(lead) if p and p.strip()]
    words = [p for p in parts if not placeholder(p) and _WORDS.search(p)]
    if titled is None and block.bold is not None and len(block.lines) > 1:
        titled = " ".join(block.lines[1:])
    if titled is None and words:
        titled = _FLAG.sub("", words[0]) or words[0]
    if titled:
        record["title"] = titled
    if block.bold and _TICKER.fullmatch(block.bold):
        record["ticker"] = block.bold
    credit = _CREDIT.split(lead, maxsplit=1)
    credited = _PARTS.split(credit[1])[0].strip() if len(credit) > 1 else ""
    for part in parts:
        if placeholder(part):
            continue
        if (target := _TARGET.match(part)) and "target_price" not in record:
            if not placeholder(target.group(1)):
                record["target_price"] = target.group(1)
        elif _PRICE.match(part):
            continue  # the price the stock traded at (`@ $137.48`), no field of the report
        elif (named := _NAMED_CODE.match(part)) and "ticker" not in record:
            record["stock_name"], record["ticker"] = named.group(1).strip(), named.group(2)
        elif "date" not in record and (day := parse_date(part)) and len(part) <= 40:
            record["date"] = day.isoformat()
        elif part == credited and _WORDS.search(part) and part != titled:
            house = _ACTION.match(part)
            record["publisher"] = house.group(1) if house else part
            if house:
                record["action"] = house.group(2)
    for detail in details:
        if (labelled := _LABEL.match(detail)) and not placeholder(labelled.group(2)):
            record.setdefault(labelled.group(1).strip(), labelled.group(2).strip())
    return record


def _blocks(tree) -> Iterator[tuple[str, object]]:
    """The document's headings, tables, lists' items and paragraphs in order, as (kind, node)."""
    for node in tree.children:
        if node.type in ("heading", "table", "paragraph"):
            yield node.type, node
        elif node.type in ("bullet_list", "ordered_list"):
            for item in node.children:
                yield "item", item
        elif node.type == "blockquote":
            yield from _blocks(node)


def _item_entry(item) -> tuple[int, _Block, list[str]] | None:
    """A list item read as an entry: its first paragraph holding a link, or opening in bold with
    a line below it; its sub-items' words as its details. None for any other item."""
    first = next((c for c in item.children if c.type == "paragraph"), None)
    if first is None or not first.children:
        return None
    block = _inline(first.children[0])
    linked = any(href and not href.startswith("#") for _, href in block.links)
    if not linked and not (block.bold is not None and len(block.lines) > 1):
        return None
    details = [" ".join(_inline(p.children[0]).lines) for sub in item.children if sub.type.endswith("_list")
               for li in sub.children for p in li.children if p.type == "paragraph" and p.children]
    return (first.map[0] + 1 if first.map else 1), block, details


def parse_markdown(profiles: list[RecordProfile], text: str, file: str, offset: int = 0) -> Iterator[Yielded]:
    """The reports of a Markdown listing (see the module's note). `offset` is the number of lines
    above the text in its file (a page's `<pre>`: html.py)."""
    from markdown_it import MarkdownIt
    from markdown_it.tree import SyntaxTreeNode

    tree = SyntaxTreeNode(MarkdownIt("commonmark").enable("table").parse(strip_invisible(text)))
    headings: list[tuple[int, int, date | None]] = []  # (level, line, day) of the headings above
    groups: list[_Group] = []
    entries = _Group("entries", [])
    seen = {"heading": 0, "paragraph": 0, "item": 0, "table": 0}
    entry_days: set[tuple[int, date]] = set()

    def day_above() -> tuple[int, date] | None:
        return next(((line, day) for _, line, day in reversed(headings) if day is not None), None)

    for kind, node in _blocks(tree):
        seen[kind] += 1
        line = (node.map[0] + 1 if node.map else 1) + offset
        if kind == "heading":
            level = int(node.tag[1:]) if node.tag[1:].isdigit() else 1
            words = _text(node.children[0]) if node.children else ""
            headings = [h for h in headings if h[0] < level] + [(level, line, parse_date(words))]
        elif kind == "table":
            rows = []
            links: dict[int, list[tuple[str, str]]] = {}
            for section in node.children:
                for row in section.children:
                    at = row.map[0] + 1 + offset if row.map else line
                    cells = [_cell(c) for c in row.children]
                    rows.append((at, [words for words, _ in cells]))
                    links[at] = [link for _, found in cells for link in found]
            group = _Group("Markdown table", [])
            for at, record in table_records(rows, group.notes):
                made = dict(record)
                found = detect(list(made))
                href = next((h for _, h in links.get(at, []) if h and not h.startswith("#")), None)
                if href and "url" not in found and "pdf_url" not in found:
                    made["url"] = href  # the row's link (`[Title](…)`) when no column holds one
                group.records.append((at, made))
            day = day_above()
            if _dated(group.records, day):
                group.dated_by = day
            groups.append(group)
        else:
            if kind == "item":
                found_entry = _item_entry(node)
            elif node.children:
                block = _inline(node.children[0])
                found_entry = (line - offset, block, []) if (
                    block.bold is not None and (len(block.lines) > 1 or block.links)) else None
            else:
                found_entry = None
            if found_entry is None:
                continue
            at, block, details = found_entry
            record = _entry(block, details)
            day = day_above()
            if _dated([(at, record)], day) and day is not None:
                entry_days.add(day)
            entries.records.append((at + offset, record))
            entries.texts.append(fold(" ".join(block.lines)))

    yield from _read(groups, entries, entry_days, profiles, file, seen, offset)


def _read(groups: list[_Group], entries: _Group, entry_days: set[tuple[int, date]], profiles: list[RecordProfile],
          file: str, seen: Mapping[str, int], offset: int) -> Iterator[Yielded]:
    looked = looked_for("date")
    read_any = False
    entry_items: list[Yielded] = []
    if entries.records:
        entry_items = list(read_records(entries.records, file, profiles, "Markdown digest"))
        for line, day in sorted(entry_days):
            yield Notice(line, Message(MESSAGES["entries_dated"], looked=looked, line=line, day=day.isoformat()))
    for group in groups:
        items = list(read_records(group.records, file, profiles, group.what))
        reports = [i for i in items if isinstance(i, ListingItem)]
        first = group.records[0][0] if group.records else 1
        if reports and entries.texts and all(any(fold(r.title) in text for text in entries.texts) for r in reports):
            yield Notice(first, Message(MESSAGES["covered"], count=len(reports)))
            yield from (i for i in items if isinstance(i, Rejected))
            continue
        yield from group.notes
        if group.dated_by is not None and reports:
            yield Notice(first, Message(MESSAGES["rows_dated"], looked=looked, line=group.dated_by[0],
                                        day=group.dated_by[1].isoformat()))
        read_any = True
        yield from items
    yield from entry_items
    if not read_any and not entries.records:
        yield Notice(1 + offset, Message(MESSAGES["nothing"], headings=seen["heading"], paragraphs=seen["paragraph"],
                                         items=seen["item"], tables=seen["table"]))

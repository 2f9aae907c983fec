"""Listings saved as XML: RSS 2.0, RSS 1.0 and Atom feeds (a report site's own feed, or RSSHub's
routes of the report platforms saved with `curl -o`), Scrapy's XML feed export
(`scrapy crawl … -o items.xml`) and other exports holding a record an element.

An element becomes a mapping of its children's local names (namespaces dropped, but for a
feed's `dc:creator`, its author, and `content:encoded`, its whole text) to their text, a child
repeated becomes a list, and a child with children of its own a nested mapping (Atom's
`<author><name>…`), so that the records go through the
field detection every structured format shares (mapping.py). A feed's records are its
`item`s or `entry`s, never the channel that describes the feed; any other document's
records are found as a JSON document's are (recordlists.py).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator

from generator.i18n import Message
from generator.ingest.mapping import nothing_found, read_records
from generator.ingest.recordlists import best_records, top_keys
from generator.ingest.recordprofile import RecordProfile
from generator.ingest.records import Notice, Rejected
from generator.ingest.structured import with_house
from generator.ingest.tables import SPREADSHEET_ML, parse_spreadsheetml
from generator.model import ListingItem
from generator.normalize import strip_invisible

Yielded = ListingItem | Rejected | Notice
# What this module tells the editor, in one place (for translation).
MESSAGES = {
    "bad_xml": "not well-formed XML ({reason}); file skipped",
    "entities": "the XML declares entities of its own, which no scraped listing needs; file skipped",
}
# A document declaring entities could expand them without bound: no feed or export needs one.
_ENTITY = re.compile(r"<!ENTITY", re.IGNORECASE)
MAX_DEPTH = 32
_FEED_RECORDS = frozenset(("item", "entry"))
_FEEDS = frozenset(("rss", "channel", "feed", "rdf"))
# The attribute that holds a childless element's value when it has no text: Atom's
# `<link href>` and `<category term>`, RSS's `<enclosure url>`.
_VALUE_ATTRIBUTES = ("href", "url", "term")
# Scrapy's XmlItemExporter writes a list field as `<field><value>…</value>…</field>`.
_LIST_ITEM = "value"
_DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
# An item's whole text: RSS's `content:encoded` and Atom's `content`.
_WHOLE_TEXTS = frozenset(("{http://purl.org/rss/1.0/modules/content/}encoded", "{http://www.w3.org/2005/Atom}content"))


def _local(tag: object) -> str:
    """A tag's name without its namespace (`{http://purl.org/dc/elements/1.1/}creator` → creator)."""
    name = tag if isinstance(tag, str) else ""
    return name.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _key(element: ElementTree.Element) -> str:
    """The key an element's value is kept under. A link that is not the page itself (Atom's
    `rel="enclosure"`, `related`, `self`) is named for its relation; an enclosure is the
    report's PDF only when it is one (an image enclosure is no report)."""
    name = _local(element.tag)
    if str(element.tag) in _WHOLE_TEXTS:
        return "text"  # the whole text, read before a `description` or `summary` that may cut it short
    if str(element.tag) == _DC_CREATOR:
        return "author"  # a feed's author (a database's `creator` column is whoever added the row)
    rel = element.get("rel")
    if name == "link" and rel not in (None, "alternate"):
        name = rel
    if name == "enclosure":
        url = element.get("href") or element.get("url") or ""
        kind = element.get("type") or ""
        return "pdf_url" if "pdf" in kind.lower() or url.lower().split("?", 1)[0].endswith(".pdf") else "enclosure"
    return name


def _value(element: ElementTree.Element, depth: int = 0) -> object:
    """An element as a value: its text, a list (Scrapy's `<value>`s), or a mapping of its
    children; nothing below MAX_DEPTH levels, where no record's field lies."""
    if depth > MAX_DEPTH:
        return None
    children = list(element)
    if not children:
        text = (element.text or "").strip()
        if text:
            return text
        return next((element.get(a) for a in _VALUE_ATTRIBUTES if element.get(a)), None)
    if all(_local(child.tag) == _LIST_ITEM for child in children):
        return [_value(child, depth + 1) for child in children]
    record: dict[str, object] = {}
    many: set[str] = set()  # the keys repeated so far, whose values are lists of the children's
    for child in children:
        key, value = _key(child), _value(child, depth + 1)
        if key in many:
            record[key].append(value)  # type: ignore[union-attr]
        elif key in record:
            record[key] = [record[key], value]
            many.add(key)
        else:
            record[key] = value
    return record


# A house's name as a feed's title opens with it (`东吴证券 财经报告`, `国信证券研究所·晨报`): a
# word ending as a securities firm's, bank's, fund's or research institute's name does.
_HOUSE_WORD = re.compile(r"^\s*([\u4e00-\u9fff]{2,10}(?:证券|證券|银行|銀行|基金|期货|期貨|研究所|研究院))"
                         r"(?=$|[\s·\-—:：|｜()（）])")


def _feed_items(root: ElementTree.Element) -> list[dict] | None:
    """A feed's items or entries (children of the channel, the feed, or RSS 1.0's root), or
    None when the document is no feed. A house's own feed names it only in its title
    (`<title>东吴证券 财经报告</title>`): its items naming no publisher are that house's."""
    if _local(root.tag).lower() not in _FEEDS:
        return None
    parents = [root, *(child for child in root if _local(child.tag).lower() == "channel")]
    items = [child for parent in parents for child in parent if _local(child.tag).lower() in _FEED_RECORDS]
    title = next((t for parent in parents for child in parent if _local(child.tag).lower() == "title"
                  and isinstance(t := child.text, str)), None)
    house = match.group(1) if title and (match := _HOUSE_WORD.match(title)) else None
    return [with_house(value, house) if isinstance(value := _value(item), dict) else {} for item in items]


def parse_xml(profiles: list[RecordProfile], text: str, file: str) -> Iterator[Yielded]:
    text = strip_invisible(text)
    if _ENTITY.search(text):
        yield Notice(1, MESSAGES["entities"])
        return
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        yield Notice(exc.position[0], Message(MESSAGES["bad_xml"], reason=str(exc).split(":")[0]))
        return
    if _local(root.tag) == "Workbook" and str(root.tag).startswith("{" + SPREADSHEET_ML):
        yield from parse_spreadsheetml(profiles, text, file)
        return
    records = _feed_items(root)
    document: object = None
    if records is None:
        document = {_local(root.tag): _value(root)}
        records = best_records(document)
    if not records:
        yield Notice(1, nothing_found(top_keys(document) if document is not None else [], "XML document"))
        return
    yield from read_records(((None, r if isinstance(r, dict) else {}) for r in records), file, profiles,
                            "XML document")

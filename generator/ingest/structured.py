"""Structured listings, as scrapers save them: JSON and JSON Lines (a JSON array with broken
records is salvage.py's, SQLite database.py's, tables and workbooks tables.py's).

Every format comes down to records (mappings of field names to values), made listing items
by mapping.py. A JSON document may hold its records anywhere: an array, an object
holding them under any key (`{"data": [...]}`, `{"研报数据": [...]}`), or deeper
(`{"data": {"list": [...]}}`); the list that looks most like report records is read.
A file that yields no record says what it looked for and what it found.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import date
from functools import lru_cache

from generator.i18n import Message
from generator.ingest.fields import REQUIRED, detect, fold, key_map, score
from generator.ingest.mapping import SAMPLE, nothing_found, read_records
from generator.ingest.recordfields import SECURITY_LISTS, lookup
from generator.ingest.recordprofile import RecordProfile, choose
from generator.ingest.records import Notice, Rejected, json_integer, parse_date
from generator.ingest.salvage import read_salvaged, salvage
from generator.model import ListingItem
from generator.normalize import strip_invisible

Yielded = ListingItem | Rejected | Notice
MAX_DEPTH = 6
# What this module tells the editor, in one place (for translation).
MESSAGES = {
    "bad_json": "not valid JSON ({reason}); file skipped",
    "too_deep": "not valid JSON (nested too deeply); file skipped",
    "no_list": "profile {profile!r}: no list of records at {path!r}",
    "bad_line": "not valid JSON ({reason}); the line is skipped",
    "not_object": "expected a JSON object per line",
}


def _record_lists(value: object, path: str = "", depth: int = 0) -> Iterator[tuple[str, list]]:
    """Every list of mappings in a JSON document, with its key path."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value[:SAMPLE]):
            yield path, value
            yield from _wrapped(value, path)
            yield from _grouped(value, path)
            yield from _linked(value, path)
        for index, item in enumerate(value[:SAMPLE] if value and isinstance(value[0], dict) else value[:1]):
            yield from _record_lists(item, f"{path}.{index}" if path else str(index), depth + 1)
    elif isinstance(value, dict):
        shaped = _table_shape(value)
        if shaped:
            yield path, shaped
        keyed = _keyed_groups(value)
        if keyed:
            yield f"{path}.*" if path else "*", keyed
            yield from _linked(keyed, f"{path}.*" if path else "*")
        own = None  # whether `value` is itself a record: its list of stocks is then its securities
        for key, item in value.items():
            if fold(str(key)) in SECURITY_LISTS and isinstance(item, list) and (
                    own if own is not None else (own := bool(score(value)))):
                continue
            yield from _record_lists(item, f"{path}.{key}" if path else str(key), depth + 1)


def _wrapped(items: list, path: str) -> Iterator[tuple[str, list]]:
    """The records of a list whose items each hold theirs under one key, with the item's
    bookkeeping beside it (萝卜投研's `{"data": {…record…}, "type": …}`)."""
    first = items[0]
    if score(first):
        return  # the items are records themselves
    for key, inner in first.items():
        if isinstance(inner, dict) and inner and all(isinstance(i.get(key), dict) for i in items[:SAMPLE]):
            yield f"{path}.*.{key}" if path else f"*.{key}", [i.get(key) if isinstance(i.get(key), dict) else {}
                                                             for i in items]


class _Grouped(list):
    """The records of every group of a list of groups, one list, with the object holding the
    groups (whose day dates them, see `_holder_date`)."""

    groups: list | None = None


# A group's own name and code, given to each of its records as the security they cover.
_GROUP_FIELDS = (("security_name", "stock_name"), ("security_code", "stock_code"))


def _grouped(groups: list, path: str) -> Iterator[tuple[str, list]]:
    """The records of a list whose items are groups holding theirs under one key, with the
    group's own fields beside (a price-target digest's `companies: [{name, ticker, latest:
    [{date, analyst, rating, targetPrice}, …]}, …]`): each record with its group's name and
    code as its security's, when it names none."""
    first = groups[0]
    for key, inner in first.items():
        if not (isinstance(inner, list) and inner and isinstance(inner[0], dict)):
            continue
        if not all(isinstance(g.get(key), list) for g in groups[:SAMPLE]):
            continue
        found = _Grouped()
        found.groups = groups
        for group in groups:
            members = group.get(key)
            if not isinstance(members, list):
                continue
            scalars = _scalars(group)
            names = key_map(tuple(scalars))
            own = {field: (name, scalars[keys[0]]) for field, name in _GROUP_FIELDS
                   if (keys := names[field] or (names["title"] if field == "security_name" else ()))}
            for member in members:
                if isinstance(member, dict):
                    mine = key_map(tuple(k for k in member if isinstance(k, str)))
                    found.append({**member, **{name: value for field, (name, value) in own.items() if not mine[field]}})
        if found:
            yield f"{path}.*.{key}" if path else f"*.{key}", found


def _link_map(value: object) -> bool:
    """Whether `value` maps periods to web links (`{"2018": "https://….PDF", "2024H1": …}`), a
    period left blank where there is no document (`"2022": ""`). Labels without a digit
    (`{"pdf": …, "html": …}`) are one document's forms, not documents of their own."""
    return isinstance(value, dict) and all(
        isinstance(k, str) and any(ch.isdigit() for ch in k) and isinstance(v, str)
        and (not v.strip() or _WEB_LINK.match(v.strip())) for k, v in value.items()) and any(
        v.strip() for v in value.values())


_WEB_LINK = re.compile(r"https?://\S+$", re.I)


def _linked(items: list, path: str) -> Iterator[tuple[str, list]]:
    """The documents of records that keep them by period with no address of their own (a
    company's filings by year, `{"name": "海大集团", "code": "sz002311", "reports": {"2018":
    "https://….PDF", …}}`): one record per link, with the record's own fields, its address the
    link and its title the record's name and the period (`海大集团 2018`), as the listing names it."""
    first = items[0]
    for key, inner in first.items():
        if not _link_map(inner) or not all(_link_map(i.get(key)) for i in items[:SAMPLE] if isinstance(i, dict)):
            continue
        if key_map(tuple(_scalars(first)))["url"] or key_map(tuple(_scalars(first)))["pdf_url"]:
            return  # a record with its own address: the map is something else
        found = []
        for item in items:
            links = item.get(key) if isinstance(item, dict) else None
            if not _link_map(links):
                continue
            scalars = _scalars(item)
            names = key_map(tuple(scalars))
            own = next((str(scalars[k]).strip() for k in names["title"] if str(scalars[k]).strip()), "")
            for label, link in links.items():
                if link.strip():
                    found.append({**scalars, "title": f"{own} {label.strip()}".strip(), "url": link.strip()})
        if found:
            yield f"{path}.*.{key}.*" if path else f"*.{key}.*", found
        return


def _keyed_groups(value: dict) -> list[dict] | None:
    """The records of an object that keeps them in groups under keys of its own (a list saved
    grouped by stock, `{"<stock name>": [{record}, …], …}`, or by day or industry): every
    group's records, in order, when every value is a list of records of the same fields."""
    groups = list(value.values())
    if len(groups) < 2 or not all(isinstance(g, list) and g and isinstance(g[0], dict) for g in groups):
        return None
    fields = {k for k in groups[0][0] if isinstance(k, str)}
    if not fields or any({k for k in g[0] if isinstance(k, str)} != fields for g in groups[1:SAMPLE]):
        return None
    return [record for group in groups for record in group if isinstance(record, dict)]


def _scalars(value: dict) -> dict[str, object]:
    """An object's fields that hold a plain value (text or a number), not an object or a list."""
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str | int | float)}


def _single_record(value: object, depth: int = 0) -> dict | None:
    """The one record a document holds under a key (`{"code": 0, "data": {…record…}}`)."""
    if not isinstance(value, dict) or depth > MAX_DEPTH:
        return None
    if score(value):
        return value
    return next((found for inner in value.values() if (found := _single_record(inner, depth + 1))), None)


def _table_shape(value: dict) -> list[dict] | None:
    """The records of a table saved as a mapping, as pandas' `to_json` writes one:
    `{"columns": [...], "data": [[...], ...]}` (orient split), `{"<index>": {record}, …}`
    (orient index, or records keyed by id), `{"<column>": {"<index>": value, …}, …}`
    (orient columns, DataFrame.to_json's default)."""
    columns, rows = value.get("columns"), value.get("data")
    if isinstance(columns, list) and isinstance(rows, list) and rows and all(
            isinstance(r, list) for r in rows[:SAMPLE]):
        names = [str(c) for c in columns]
        return [dict(zip(names, row, strict=False)) for row in rows if isinstance(row, list)]
    inner = list(value.values())
    if len(inner) < 2 or not all(isinstance(v, dict) and v for v in inner[:SAMPLE]):
        return None
    if all(isinstance(v, dict) for v in inner) and "title" in detect(str(k) for k in value):
        index = list(dict.fromkeys(i for column in inner for i in column))  # orient columns: transpose
        return [{str(k): column.get(i) for k, column in value.items()} for i in index]
    return [v for v in inner if isinstance(v, dict)]


def best_records(document: object) -> list | None:
    """The list that looks most like report records (most records with a title and a date,
    then with a title, then the most fields found: a list of authors, each with a `name`, is
    not the reports); a single object that is itself a record, or holds one, is a list of one."""
    best: tuple[tuple[int, int, int], list] | None = None
    for _path, items in _record_lists(document):
        sample = [item for item in items[:SAMPLE] if isinstance(item, dict)]
        scores = [score(item) for item in sample]
        dated = sum(1 for item, s in zip(sample, scores, strict=True) if s and _dated(item))
        scale = len(items) / max(1, len(items[:SAMPLE]))
        rank = (int(dated * scale), int(sum(1 for s in scores if s) * scale), sum(scores))
        if rank[1] and (best is None or rank > best[0]):
            best = (rank, items)
    if best is None and (single := _single_record(document)):
        return [single]
    if best is None:
        return None
    sections = _sections(document, best[1])
    return sections or best[1]


class _Sections(list):
    """The records of several sections of one object, the best list's first (`held` is that
    list: the object holding it is the holder, see `_holder`)."""

    held: list | None = None


# A title a record only has by its `name` (a stock ranking's row) is no report's title.
_NAME_TITLES = frozenset(fold(n) for n in ("name", "名称"))


def _titled(record: dict) -> bool:
    found = detect(k for k in record if isinstance(k, str))
    return "date" in found and "title" in found and fold(found["title"]) not in _NAME_TITLES


def _sections(document: object, best: list) -> _Sections | None:
    """The best list and its sibling sections whose every record has a report's own title
    and a date. A ratings digest keeps the day's reports apart from its stock rankings
    (akshare-fed dashboards' `{hot_stocks: [{code, name, rating, institution, date}],
    latest_reports: [{code, name, title, rating, institution, date}], upgrades: [...]}`):
    the longest list is the rankings, but the reports beside it are listings too."""
    lists = [(path, items) for path, items in _record_lists(document) if "*" not in path and type(items) is list]
    where = next((path for path, items in lists if items is best), None)
    if where is None:
        return None
    parent = where.rpartition(".")[0]
    extra = [items for path, items in lists
             if items is not best and path.rpartition(".")[0] == parent and path != where
             and (sample := [i for i in items[:SAMPLE] if isinstance(i, dict)]) and len(sample) == len(items[:SAMPLE])
             and all(_titled(i) for i in sample)]
    if not extra:
        return None
    found = _Sections(best)
    for items in extra:
        found.extend(items)
    found.held = best
    return found


def _dated(record: dict) -> bool:
    return all(field in detect(k for k in record if isinstance(k, str)) for field in REQUIRED)


def top_keys(document: object) -> list[str]:
    """The keys to show for a document without report records: those of its first list of
    records, else its own."""
    for _path, items in _record_lists(document):
        return [str(k) for k in items[0]]
    if isinstance(document, dict):
        return [str(k) for k in document]
    if isinstance(document, list) and document and isinstance(document[0], dict):
        return [str(k) for k in document[0]]
    return []


def _loads(text: str) -> object:
    return json.loads(text, parse_int=json_integer)


# A response saved with its script around it: `callback({...});` (JSONP) or `var data = {...};`.
_WRAPPER = re.compile(r"\s*(?:(?:var|let|const)\s+[\w$]+\s*=|[\w$.]+\s*\()\s*[\[{]")


def _load_json(text: str) -> object:
    try:
        return _loads(text)
    except json.JSONDecodeError:
        start = _WRAPPER.match(text)
        if not start:
            raise
        end = max(text.rfind("}"), text.rfind("]"))
        return _loads(text[start.end() - 1:end + 1])


def parse_json(profiles: list[RecordProfile], text: str, file: str) -> Iterator[Yielded]:
    try:
        document = _load_json(strip_invisible(text))
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):  # JSON Lines saved as .json
            yield from parse_jsonl(profiles, text, file)
            return
        salvaged = salvage(strip_invisible(text))
        if salvaged is None:
            yield Notice(exc.lineno, Message(MESSAGES["bad_json"], reason=exc.msg))
            return
        yield from read_salvaged(profiles, salvaged, file)
        return
    except RecursionError:
        yield Notice(1, MESSAGES["too_deep"])
        return
    yield from read_document(profiles, document, file, "JSON document")


def read_document(profiles: list[RecordProfile], document: object, file: str, what: str) -> Iterator[Yielded]:
    """The records of a parsed document (`what` names its kind in messages): those under the profile's key path, else
    the list that looks most like report records, each with the house and day of the object that holds them."""
    by_name = choose(profiles, set(), file)
    records: object = None
    if by_name and by_name.records:
        records = lookup(document, by_name.records) if isinstance(document, dict) else None
        if not isinstance(records, list):
            yield Notice(1, Message(MESSAGES["no_list"], profile=by_name.name, path=by_name.records))
            return
    else:
        records = best_records(document)
        if records and isinstance(document, dict):
            first = records[0] if records and isinstance(records[0], dict) else {}
            by_keys = choose(profiles, set(first), file)
            if by_keys and by_keys.records and isinstance(found := lookup(document, by_keys.records), list):
                records = found
    if not records:
        yield Notice(1, nothing_found(top_keys(document), what))
        return
    held = records.groups if isinstance(records, _Grouped) and records.groups else records
    if isinstance(records, _Sections) and records.held is not None:
        held = records.held
    holder = _holder(document, held)
    house = _holder_publisher(holder)
    rows = ((None, with_house(r, house)) if isinstance(r, dict) else (None, {}) for r in records)
    yield from read_records(rows, file, profiles, what, _holder_date(holder))


def _holder(document: object, records: list, depth: int = 0) -> dict | None:
    """The object that holds `records` as one of its values, or None."""
    if not isinstance(document, dict) or depth > MAX_DEPTH:
        return None
    if any(value is records for value in document.values()):
        return document
    return next((found for value in document.values() if (found := _holder(value, records, depth + 1))), None)


def _holder_date(holder: dict | None) -> tuple[str, date] | None:
    """The date the object holding the records gives beside them (`{"date": "2026-08-18",
    "reports": [...]}`, a daily digest's day), under a date's name, with its key; None when
    the records are not held so or their holder gives no day."""
    if holder is None:
        return None
    scalars = list(_scalars(holder))
    key = detect(scalars).get("date") or next((k for k in scalars if fold(k) in _AS_OF), None)
    day = parse_date(holder[key]) if key else None
    return (key, day) if day else None


# The day a listing was made, as its writer stamps it beside the records (`generatedAt`,
# `updated_at`, 获取时间): the day records with no date of their own, or a date without its
# year (`Jul 17`), are read in.
_AS_OF = frozenset(fold(k) for k in ("generatedAt", "generated_at", "generated", "updatedAt", "updated_at",
                                     "update_time", "updateTime", "asOf", "as_of", "fetched_at", "scraped_at",
                                     "获取时间", "更新时间", "生成时间", "数据日期"))


# The account or house whose records a listing holds, named beside them: a WeChat article
# index's `{"account": {"name": "…"}, "articles": [...]}`, a house's `{"publisher": "…",
# "reports": [...]}`. Read by its name; never a list, a number or a link.
_HOLDER_HOUSES = tuple(fold(k) for k in ("publisher", "account", "公众号", "official_account", "institution",
                                         "organization", "机构", "broker", "券商"))
_HOUSE_NAMES = tuple(fold(k) for k in ("name", "nickname", "title", "名称", "昵称"))


def _holder_publisher(holder: dict | None) -> str | None:
    """The publisher the object holding the records names beside them, or None."""
    if holder is None:
        return None
    by_name = {fold(k): v for k, v in holder.items() if isinstance(k, str)}
    for key in _HOLDER_HOUSES:
        value = by_name.get(key)
        if isinstance(value, dict):
            inner = {fold(k): v for k, v in value.items() if isinstance(k, str)}
            value = next((inner[n] for n in _HOUSE_NAMES if isinstance(inner.get(n), str)), None)
        if isinstance(value, str) and (name := value.strip()) and not name.isdigit() and "://" not in name:
            return name[:80]
    return None


def with_house(record: dict, house: str | None) -> dict:
    """`record` with the holder's publisher, when it names none of its own."""
    if house is None or key_map(tuple(k for k in record if isinstance(k, str)))["publisher"]:
        return record
    return {**record, "publisher": house}


# JSON Lines


def parse_jsonl(profiles: list[RecordProfile], text: str, file: str) -> Iterator[Yielded]:
    def rows() -> Iterator[tuple[int | None, Mapping[str, object]] | Rejected]:
        for number, line in enumerate(strip_invisible(text).split("\n"), start=1):
            if not line.strip():
                continue
            try:
                record = _loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                yield Rejected(number, _bad_line(getattr(exc, "msg", "nested too deeply")))
                continue
            if not isinstance(record, dict):
                yield Rejected(number, MESSAGES["not_object"])
                continue
            held = None if "title" in detect(k for k in record if isinstance(k, str)) else best_records(record)
            if held:  # a whole response a line (`{"data": [...]}`): its records, on its line
                yield from ((number, r if isinstance(r, dict) else {}) for r in held)
            else:
                yield number, record

    pending: list[Rejected] = []

    def records() -> Iterator[tuple[int | None, Mapping[str, object]]]:
        for row in rows():
            if isinstance(row, Rejected):
                pending.append(row)
            else:
                yield row

    for item in read_records(records(), file, profiles, "JSON Lines file"):
        yield from pending
        pending.clear()
        yield item
    yield from pending


@lru_cache(maxsize=64)
def _bad_line(reason: str) -> Message:
    """One message for every line that fails alike: a file of a million broken lines, none a
    report, holds them all until its end (they are reported beside the items read)."""
    return Message(MESSAGES["bad_line"], reason=reason)

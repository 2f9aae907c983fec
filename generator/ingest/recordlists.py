"""Where a JSON document (or any document parsed into mappings and lists) holds its report records: an array, an
object holding them under any key (`{"data": [...]}`, `{"研报数据": [...]}`), or deeper (`{"data": {"list": [...]}}`);
items that each hold theirs under one key, groups of records with the group's own fields, records keyed by groups of
the object's own, documents kept by period as links, the table shapes pandas' `to_json` writes, or a single record.
Every candidate list is ranked by how much it looks like report records (`best_records`), and sibling sections of
reports are read with the best one. structured.py reads JSON and JSON Lines with it, xmlfeed.py other XML exports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.ingest.fields import REQUIRED, detect, fold, key_map, score
from generator.ingest.mapping import SAMPLE
from generator.ingest.recordfields import SECURITY_LISTS

MAX_DEPTH = 6


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


class Grouped(list):
    """The records of every group of a list of groups, one list, with the object holding the
    groups (whose day dates them, see structured.py's `_holder_date`)."""

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
        found = Grouped()
        found.groups = groups
        for group in groups:
            members = group.get(key)
            if not isinstance(members, list):
                continue
            scalars = scalar_fields(group)
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
        if key_map(tuple(scalar_fields(first)))["url"] or key_map(tuple(scalar_fields(first)))["pdf_url"]:
            return  # a record with its own address: the map is something else
        found = []
        for item in items:
            links = item.get(key) if isinstance(item, dict) else None
            if not _link_map(links):
                continue
            scalars = scalar_fields(item)
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


def scalar_fields(value: dict) -> dict[str, object]:
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


class Sections(list):
    """The records of several sections of one object, the best list's first (`held` is that
    list: the object holding it is the holder, see structured.py's `_holder`)."""

    held: list | None = None


# A title a record only has by its `name` (a stock ranking's row) is no report's title.
_NAME_TITLES = frozenset(fold(n) for n in ("name", "名称"))


def _titled(record: dict) -> bool:
    found = detect(k for k in record if isinstance(k, str))
    return "date" in found and "title" in found and fold(found["title"]) not in _NAME_TITLES


def _sections(document: object, best: list) -> Sections | None:
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
    found = Sections(best)
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

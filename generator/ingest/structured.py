"""Structured listings, as scrapers save them: JSON and JSON Lines (a JSON array with broken
records is salvage.py's, SQLite database.py's, tables and workbooks tables.py's).

Every format comes down to records (mappings of field names to values), made listing items
by mapping.py. A JSON document may hold its records anywhere: the list that looks most like
report records is read (recordlists.py finds it), each record with the house and day the
object holding it gives. A file that yields no record says what it looked for and what it found.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import date
from functools import lru_cache

from generator.i18n import Message
from generator.ingest.fields import detect, fold, key_map
from generator.ingest.mapping import nothing_found, read_records
from generator.ingest.recordfields import lookup
from generator.ingest.recordlists import MAX_DEPTH, Grouped, Sections, best_records, scalar_fields, top_keys
from generator.ingest.recordprofile import RecordProfile, choose
from generator.ingest.records import Notice, Rejected, json_integer, parse_date
from generator.ingest.salvage import read_salvaged, salvage
from generator.model import ListingItem
from generator.normalize import strip_invisible

Yielded = ListingItem | Rejected | Notice
# What this module tells the editor, in one place (for translation).
MESSAGES = {
    "bad_json": "not valid JSON ({reason}); file skipped",
    "too_deep": "not valid JSON (nested too deeply); file skipped",
    "no_list": "profile {profile!r}: no list of records at {path!r}",
    "bad_line": "not valid JSON ({reason}); the line is skipped",
    "not_object": "expected a JSON object per line",
}


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
    held = records.groups if isinstance(records, Grouped) and records.groups else records
    if isinstance(records, Sections) and records.held is not None:
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
    scalars = list(scalar_fields(holder))
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

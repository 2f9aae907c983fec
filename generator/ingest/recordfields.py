"""The raw values of one record's fields (`Fields`): by a profile's rule, by the key detected for the field
(its own, or one level down in a nested object or an object kept as text), or from a labelled value inside
another field's string; an entity given as an object read by its name, a short field's markup taken off.

mapping.py makes a listing item of the values; structured.py looks values up by path, and recordlists.py knows the
keys that list securities.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Mapping
from functools import lru_cache

from generator.ingest import facts as facts_of
from generator.ingest.fields import RATING_HOUSES, REQUIRED, candidates, fold, key_map
from generator.ingest.labelledvalues import EMBEDDED_FOR, LABELLED_FIELDS, MAX_LABELLED, labelled_values
from generator.ingest.recordprofile import RecordProfile
from generator.ingest.records import parse_date
from generator.ingest.richtext import clean_text, looks_like_html


def lookup(record: Mapping[str, object], key: str) -> object:
    """A value by key, or by dotted path into nested mappings (`org.name`)."""
    if key in record:
        return record[key]
    value: object = record
    for part in key.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _empty(value: object) -> bool:
    """Whether a field's value holds nothing, so that another name of the field is tried."""
    if isinstance(value, str):
        return facts_of.placeholder(value)
    if isinstance(value, float):
        return value != value  # NaN
    return value is None or value in ([], {})


# `name`, `名称` (in SYNONYMS under both) name the covered company only beside a title and a
# code (Tushare's `name` by `ts_code`, 同花顺's `名称` by `代码`), never in a nested object
# (`org: {name: …}` is the publisher's).
_BARE_NAMES = frozenset((fold("name"), fold("名称")))
# Keys that hold the covered securities as a list of objects (read only as such a list: a
# `stock` column of tickers is no company's name).
SECURITY_LISTS = frozenset(fold(k) for k in ("stock", "stocks", "stockList", "relatedStocks", "securities",
                                              "secuList", "股票", "相关股票", "关联股票"))
_IN = "\x1f"  # between an object's key and its field's, in a nested path: in neither
_COMPANY = fold("company")
_TICKER_KEYS = frozenset(fold(k) for k in ("ticker", "tickers", "symbol"))
# Short fields whose value a site may send with its markup (`<em>国盛</em>证券`, a search hit).
_MARKUP_FREE = frozenset(LABELLED_FIELDS | {"url", "pdf_url", "views"})


def _objects(record: Mapping[str, object]) -> dict[str, Mapping[str, object]]:
    """The objects one level down, by key: nested mappings, and objects kept as text: JSON (a
    database's `meta_json` column) or a Python dict as `str(dict)` writes it (`{'date': …}`,
    a scraper saving its parsed metadata)."""
    found: dict[str, Mapping[str, object]] = {}
    for key, value in record.items():
        if isinstance(value, str) and value[:1] == "{" and value[-1:] == "}" and len(value) <= MAX_LABELLED:
            value = _object_text(value)
            if value is None:
                continue
        if isinstance(key, str) and isinstance(value, dict):
            found[key] = value
    return found


def _object_text(text: str) -> object:
    """An object kept as text: JSON, else a Python literal (read with `ast.literal_eval`,
    which builds literals only and runs nothing); None when it is neither."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    if not (text[1:2] in ("'", '"') or text[1:2].isspace()):  # `{'key': …}`, as `repr` writes a dict
        return None
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
        return None


@lru_cache(maxsize=256)
def _nested_map(paths: tuple[str, ...], top: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """For each field the record has no key of its own for, the nested paths whose last
    part names it. Never the title or the date: an object's `name` or `time` is its own."""
    leaves = key_map(tuple(path.rsplit(_IN, 1)[1] for path in paths))
    own = key_map(top)
    by_leaf: dict[str, list[str]] = {}
    for path in paths:
        by_leaf.setdefault(path.rsplit(_IN, 1)[1], []).append(path)
    return {field: tuple(p for leaf in keys for p in by_leaf[leaf] if fold(leaf) not in _BARE_NAMES)
            for field, keys in leaves.items() if keys and not own[field] and field not in REQUIRED}


def _fields_of(inside: Mapping[str, object]) -> tuple[str, ...]:
    """The keys of a nested object that may hold the record's fields: an object with a name
    of its own (`org: {name, url}`) is something the record names, and its links are its own."""
    keys = tuple(k for k in inside if isinstance(k, str))
    found = key_map(keys)
    if not found["title"]:
        return keys
    links = set(found["url"] + found["pdf_url"])
    return tuple(k for k in keys if k not in links)


class Fields:
    """The raw values of one record's fields: by profile rule, by detected key (its own, or
    one level down in a nested object), or from a labelled value inside another field's string."""

    def __init__(self, record: Mapping[str, object], profile: RecordProfile | None) -> None:
        self.record, self.profile = record, profile
        self.keys = tuple(k for k in record if isinstance(k, str))
        self._candidates = key_map(self.keys)  # the same for every record of a file: cached
        self._objects = _objects(record)
        nested = tuple(f"{key}{_IN}{inner}" for key, inside in self._objects.items() for inner in _fields_of(inside))
        self._nested = _nested_map(nested, self.keys) if nested else {}
        self._embedded: dict[str, str] | None = None

    def get(self, field: str) -> object:
        rule = self.profile.fields.get(field) if self.profile else None
        if rule is not None:
            keys = [rule.key] if rule.key else self._candidates[field]
            return next((v for v in (rule.value(lookup(self.record, k)) for k in keys) if not _empty(v)), None)
        found = _plain(field, self._own(field))
        if isinstance(found, str) and field in LABELLED_FIELDS and ("：" in found or ":" in found):
            # The field's own column holds labelled values (`作者`: `研究机构：X 分析师：Y`):
            # its value is the one labelled as this field, if any.
            own = labelled_values({field: found})
            found = next((own[k] for k in candidates(field, tuple(own))), found)
        if found is None and field != "title":
            # Strings are searched for labels only when the record has no date or publisher
            # of its own: searching every record's abstract would cost more than reading it.
            if self._embedded is None and field in EMBEDDED_FOR:
                self._embedded = labelled_values(self.record)
            if self._embedded:
                found = next((self._embedded[k] for k in candidates(field, tuple(self._embedded))), None)
        return found

    def _own(self, field: str) -> object:
        """The field's value under its own key, else one level down."""
        keys = self._candidates[field]
        titles = self._candidates["title"]  # the first is the one read as the title
        if field == "security_name" and not (self._candidates["security_code"] and titles
                                             and fold(titles[0]) not in _BARE_NAMES):
            keys = tuple(k for k in keys if fold(k) not in _BARE_NAMES)
        found = named(next((v for k in keys if not _empty(v := self.record[k])), None))
        if found is None and field == "security_name":
            found = self._covered_company()
        if found is None and field in self._nested:
            found = next((v for k in self._nested[field] if not _empty(v := self._inner(k))), None)
        return found

    def _covered_company(self) -> object:
        """A rating record's `company` beside a house under a key of its own (`ANALYST_FIRM`, `brokerage`):
        the company rated (`COMPANY`, `TICKER`, `ANALYST_FIRM`, `RATING`), named with its ticker. Alone,
        `company` is the house (Finnhub's: see fields.RATING_HOUSES)."""
        by_fold = {fold(k): k for k in self.keys}
        company = by_fold.get(_COMPANY)
        houses = (*self._candidates["publisher"],
                  *(by_fold[h] for h in RATING_HOUSES if h in by_fold and h != _COMPANY))
        if company is None or _empty(self.record[company]) or not any(not _empty(self.record[k]) for k in houses):
            return None
        return named(self.record[company])

    def codes_are_tickers(self) -> bool:
        """Whether the record's code is read from a column named for tickers (`ticker`, `symbol`),
        whose letters are an exchange's symbol (`PDD`, `MSFT`) even with no company named."""
        if self.profile and "security_code" in self.profile.fields:
            return False
        key = next((k for k in self._candidates["security_code"] if not _empty(self.record[k])), None)
        return key is not None and fold(key) in _TICKER_KEYS

    def publisher_is_source(self) -> bool:
        """Whether the publisher read is a bare `source` field's (no profile naming it)."""
        if self.profile and "publisher" in self.profile.fields:
            return False
        key = next((k for k in self._candidates["publisher"] if not _empty(self.record[k])), None)
        return key is not None and fold(key) == "source"

    def title_keys(self) -> tuple[str, ...]:
        """The record's own keys that name a title (empty or not), the one read first."""
        if self.profile and (rule := self.profile.fields.get("title")) and rule.key:
            return (rule.key,) if rule.key in self.record else ()
        return self._candidates["title"]

    def listed_securities(self) -> tuple[list[str], list[str]] | None:
        """The covered securities given as a list of objects (`stock: [{"code": …, "name": …}]`,
        as aggregators list a note's stocks), as their names and codes in order; None when
        the record has no such list."""
        keys = [k for k in self.keys if fold(k) in SECURITY_LISTS or k in self._candidates["security_name"]]
        for key in keys:
            value = self.record[key]
            if not isinstance(value, list) or not value or not all(isinstance(v, Mapping) for v in value):
                continue
            found_names, codes = [], []
            for inside in value:
                inner = key_map(tuple(k for k in inside if isinstance(k, str)))
                name = next((v for k in inner["security_name"] + inner["title"] if not _empty(v := inside[k])), None)
                code = next((v for k in inner["security_code"] if not _empty(v := inside[k])), None)
                if name is not None or code is not None:
                    found_names.append(facts_of.text_value(name) or "")
                    codes.append(facts_of.text_value(code) or "")
            if found_names:
                return found_names, codes
        return None

    def _inner(self, path: str) -> object:
        key, inner = path.split(_IN, 1)
        return self._objects[key].get(inner)

    def date(self) -> tuple[object, object]:
        """The publish date and the raw value it was read from."""
        raw = self.get("date")
        rule = self.profile.fields.get("date") if self.profile else None
        return (rule.date(raw) if rule and rule.format else None) or parse_date(raw), raw


def named(value: object) -> object:
    """An entity given as an object (schema.org's `author: {"@type": "Person", "name": …}`,
    `publisher: {"name": …}`), or a list of them, by its name; a value in MongoDB's extended
    JSON (`{"$date": …}`, `{"$numberLong": "…"}`, as `mongoexport` writes) as the value; other
    values as they are."""
    if isinstance(value, Mapping):
        if len(value) == 1 and isinstance(key := next(iter(value)), str) and key.startswith("$"):
            return named(value[key])
        keys = key_map(tuple(k for k in value if isinstance(k, str)))["title"]  # name, 名称…
        return next((v for k in keys if not _empty(v := value[k])), value)
    if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
        return [n for n in map(named, value) if n is not None] or None
    return value


def _plain(field: str, value: object) -> object:
    """A short field's text, or each text of a list of them (`["吕伟", "<font color='red'>胡又文</font>"]`, a
    search's highlight), without the markup a site sent it in; other values as they are."""
    if field not in _MARKUP_FREE:
        return value
    if isinstance(value, list) and any(isinstance(item, str) and "<" in item for item in value):
        return [_unmarked(item) if isinstance(item, str) else item for item in value]
    return _unmarked(value) if isinstance(value, str) else value


def _unmarked(text: str) -> str | None:
    if "<" in text and looks_like_html(text):
        return " ".join(clean_text(text).text.split()) or None
    return text

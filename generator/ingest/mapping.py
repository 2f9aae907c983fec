"""One record (a mapping of field names to values, from any structured format) to one
listing item: `to_item` finds each field by its detected or profiled name (fields.py,
recordprofile.py), and `read_records` reads a file's records, saying what it looked for
and found when none is a report. The formats themselves are structured.py's and tables.py's.
"""

from __future__ import annotations

import ast
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from functools import lru_cache

from generator.i18n import Message, Text
from generator.ingest import facts as facts_of
from generator.ingest.bounded import head_and_tail
from generator.ingest.dating import Dating, code_date, document_date, file_date, folder_date, stamp_date
from generator.ingest.fields import (
    RATING_HOUSES,
    REQUIRED,
    SYNONYMS,
    candidates,
    detect,
    fold,
    guess,
    key_map,
    rating_record,
)
from generator.ingest.recordprofile import RecordProfile, choose
from generator.ingest.records import (
    MAX_PAGES,
    Notice,
    Rejected,
    http_url,
    parse_count,
    parse_date,
    parse_month_day,
    parse_short_date,
    short_date_order,
)
from generator.ingest.richtext import clean_text, looks_like_html
from generator.model import ListingItem, ReportFacts
from generator.normalize import clean_item

Yielded = ListingItem | Rejected | Notice
SAMPLE = 20
MAX_KEYS_SHOWN = 20
# What this module tells the editor, in one place (for translation).
PROFILE_HINT = "map them in a record profile (content/profiles/<name>.records.yaml; see the README)"
MESSAGES = {
    "record": "record {position}: ",
    "no_title": "{where}no title (looked for {looked}; found {found})",
    "empty_title": "{where}no title: its {key!r} is empty",
    "no_date": "{where}no valid publish date for {title!r} (found {raw!r}; looked for {looked})",
    "bad_url": "{where}source URL {url!r} is not http(s); it is left out",
    "file_date": "no date field ({looked}); the records are dated {day}, the date in the file's name",
    "listing_date": "no date field ({looked}); the records are dated {day}, the {key!r} of the object holding them",
    "title_date": "no date field ({looked}); each record is dated by the date in its title (`{title}`)",
    "address_date": "no date field ({looked}); each record is dated by the day Eastmoney's report code in its "
                    "address gives (`{address}`)",
    "folder_date": "no date field ({looked}); each record is dated by the dated folder of its address (`{address}`)",
    "document_date": "no date field ({looked}); each record is dated by the date in the name of its document file "
                     "(`{document}`)",
    "made_title": "no title field; each rating record is titled by its house, security and grades (`{title}`)",
    "guessed": "no {field} field ({looked}); the records' {key!r} is read as their {field}",
    "nothing": "no report records in this {what}: looked for {looked}; found {found}; " + PROFILE_HINT,
}


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


# Labelled values inside one string (`研究机构：X 分析师：Y 撰写日期：Z`): a Chinese field name,
# a colon, and the value up to the next such label.
_LABELS = sorted({name for names in SYNONYMS.values() for name in names if not name.isascii()}, key=len,
                 reverse=True)
_LABEL = "|".join(map(re.escape, _LABELS))
_LABELLED = re.compile(rf"({_LABEL})\s*[:：]\s*(.*?)\s*(?=(?:{_LABEL})\s*[:：]|[|｜\n]|$)")
MAX_LABELLED = 2000
_CJK = re.compile(r"[\u4e00-\u9fff]")
_EMBEDDED_FOR = frozenset(("date", "publisher"))
# Short fields whose own column may hold several labelled values.
_LABELLED_FIELDS = frozenset(("date", "publisher", "analysts", "rating", "rating_change", "industry", "pages",
                              "target_price", "security_name", "security_code", "report_type"))


def _embedded(record: Mapping[str, object]) -> dict[str, str]:
    """Labelled values found inside the record's strings, by label (the first of each).
    Markup is left to `richtext`, whose credit lines come from the text a reader sees."""
    found: dict[str, str] = {}
    for value in record.values():
        if isinstance(value, str) and ("：" in value or ":" in value) and not looks_like_html(value):
            for label, labelled_value in labelled(value).items():
                found.setdefault(label, labelled_value)
    return found


def labelled_date(record: Mapping[str, object]) -> bool:
    """Whether one of the record's strings labels a date (`撰写日期：2006-02-27`)."""
    embedded = _embedded(record)
    return any(parse_date(embedded[key]) for key in candidates("date", tuple(embedded)))


def labelled(text: str) -> dict[str, str]:
    """The values a string labels with field names (`研究机构：X 分析师：Y`), by label, the first
    of each."""
    found: dict[str, str] = {}
    if "：" not in text and ":" not in text:
        return found
    end = 0
    for match in _LABELLED.finditer(text[:MAX_LABELLED]):
        # A label starts the string, follows a space or a mark, or the value before it;
        # inside a word it is none (`银行业：` is an industry's title, not 行业: …).
        start = match.start()
        if start in (0, end) or not _CJK.match(text, start - 1):
            end = match.end()
            if match.group(2):
                found.setdefault(match.group(1), match.group(2))
    return found


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
_MARKUP_FREE = frozenset(_LABELLED_FIELDS | {"url", "pdf_url", "views"})


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


class _Fields:
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
        if isinstance(found, str) and field in _LABELLED_FIELDS and ("：" in found or ":" in found):
            # The field's own column holds labelled values (`作者`: `研究机构：X 分析师：Y`):
            # its value is the one labelled as this field, if any.
            own = _embedded({field: found})
            found = next((own[k] for k in candidates(field, tuple(own))), found)
        if found is None and field != "title":
            # Strings are searched for labels only when the record has no date or publisher
            # of its own: searching every record's abstract would cost more than reading it.
            if self._embedded is None and field in _EMBEDDED_FOR:
                self._embedded = _embedded(self.record)
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
        found = _named(next((v for k in keys if not _empty(v := self.record[k])), None))
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
        return _named(self.record[company])

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


def _named(value: object) -> object:
    """An entity given as an object (schema.org's `author: {"@type": "Person", "name": …}`,
    `publisher: {"name": …}`), or a list of them, by its name; a value in MongoDB's extended
    JSON (`{"$date": …}`, `{"$numberLong": "…"}`, as `mongoexport` writes) as the value; other
    values as they are."""
    if isinstance(value, Mapping):
        if len(value) == 1 and isinstance(key := next(iter(value)), str) and key.startswith("$"):
            return _named(value[key])
        keys = key_map(tuple(k for k in value if isinstance(k, str)))["title"]  # name, 名称…
        return next((v for k in keys if not _empty(v := value[k])), value)
    if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
        return [n for n in map(_named, value) if n is not None] or None
    return value


def _paragraphs(value: object) -> object:
    """A text given as its paragraphs (发现报告's `paragraphObjs`: `[{"content": …}, …]`, or a
    list of strings) as one text, a paragraph a line; other values as they are."""
    if not isinstance(value, list) or not value:
        return value
    lines = []
    for part in value:
        if isinstance(part, Mapping):
            keys = key_map(tuple(k for k in part if isinstance(k, str)))["text"]
            part = next((v for k in keys if isinstance(v := part[k], str) and v.strip()), None)
        if isinstance(part, str) and part.strip():
            lines.append(part.strip())
    return "\n".join(lines) if lines else value


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


def looked_for(field: str) -> str:
    """A few of a field's names, English and Chinese, each spelling once."""
    names = list({fold(n): n for n in reversed(SYNONYMS[field])}.values())[::-1]
    english = [n for n in names if n.isascii()][:4]
    chinese = [n for n in names if not n.isascii()][:3]
    return ", ".join(english + chinese) + "…"


def found_keys(keys: Iterable[str]) -> str:
    keys = list(keys)
    shown = ", ".join(keys[:MAX_KEYS_SHOWN]) + ("…" if len(keys) > MAX_KEYS_SHOWN else "")
    return shown or "none"


def _where(line: int | None, position: int) -> str:
    return "" if line is not None else Message(MESSAGES["record"], position=position)


def _facts(fields: _Fields, title: str, credited: list[str]) -> ReportFacts:
    found = ReportFacts(
        rating=facts_of.rating(fields.get("rating")),
        rating_change=facts_of.rating_change(fields.get("rating_change")),
        target_price=facts_of.price(fields.get("target_price")),
        analysts=facts_of.names(fields.get("analysts")) or credited,
        industry=facts_of.word(fields.get("industry")),
        securities=facts_of.securities(*(fields.listed_securities() or (fields.get("security_name"),
                                                                         fields.get("security_code"))), title,
                                       ticker=fields.codes_are_tickers()),
    )
    found.target_currency = facts_of.currency(fields.get("target_price"), found.securities)
    found.report_type = facts_of.report_type(fields.get("report_type"), found, title)
    return found


# A `source` names the house whose note a digest lists only when it reads as a research house
# (`Goldman Sachs`, `中信证券`); a site's or a feed's name (`djyanbao`, `Benzinga`) is no publisher.
_HOUSE = re.compile(
    r"证券|银行|基金|研究|期货|资本|资管|信托|保险|投资|投顾|咨询|控股|集团|国际|"
    r"(?i:\b(?:securities|capital|bank|banc|research|partners|advisors|asset|investments?|markets|brokerage|"
    r"group|holdings|sachs|stanley|morgan|lynch|suisse|barclays|citi(?:group)?|jpmorgan|nomura|hsbc|ubs|"
    r"jefferies|bernstein|macquarie|clsa|cicc|daiwa|mizuho|wells fargo|deutsche|evercore|raymond james)\b)")


# A user's handle (`jdoe`, `admin2`): an account or a person, never a house, whose name is capitalised or Chinese.
_HANDLE = re.compile(r"[a-z][a-z0-9_.-]*")


def house_named(fields: _Fields) -> str | None:
    """The record's publisher field, when it names a house: not the site scraped or a source type
    (`"source": "djyanbao"`, `1`: a bare `source` must read as a house), nor a user's handle (a rating
    feed's `analyst: jdoe`, which names its house `analyst` elsewhere: fields.py), nor a number."""
    publisher = facts_of.text_value(fields.get("publisher"))
    if not publisher or _HANDLE.fullmatch(publisher) or (fields.publisher_is_source() and not _HOUSE.search(publisher)):
        return None
    if not any(ch.isalpha() for ch in publisher):  # a number (a trade's `brokerage` fee) names no house
        return None
    return publisher


# Finnhub's and Eulerpool's action codes, written out in a title a reader reads (`Citigroup: maintain Buy`).
_ACTION_CODES = {"main": "maintain", "reit": "reiterate", "init": "initiate", "up": "upgrade", "down": "downgrade"}


def rating_house(fields: _Fields) -> str | None:
    """The house a rating record names under a rating house's key (`brokerage`, `company`),
    given as text or as an object with a name (`brokerage: {"title": …}`), or None."""
    by_fold = {fold(k): k for k in fields.keys}
    return next((t for name in RATING_HOUSES if name in by_fold
                 and (t := facts_of.text_value(_named(fields.record[by_fold[name]])))), None)


def rating_title(fields: _Fields) -> str | None:
    """A title for a rating record, which has none: its house, the security it rates, the
    action and the grades, in the record's own words (`Morgan Stanley: upgrade Equal-Weight →
    Overweight`, `中金公司 (CICC)：騰訊控股 (00700.HK) 跑贏行業 (Outperform)`); None for any other
    record without a title."""
    found = {f for f in ("date", "publisher", "rating", "previous_rating", "target_price", "security_name",
                         "security_code", "url", "pdf_url") if fields.get(f) is not None}
    if not rating_record(found, fields.keys):
        return None
    house = house_named(fields) or rating_house(fields)
    name = facts_of.text_value(fields.get("security_name"))
    code = facts_of.text_value(fields.get("security_code"))
    subject = f"{name} ({code})" if name and code and code not in name else (name or code or "")
    if not house:  # a table of each stock's latest rating linking its report, naming no house: titled by the stock
        if not subject or not found & {"url", "pdf_url"}:
            return None
        grades = facts_of.rating(fields.get("rating"))
        target = facts_of.price(fields.get("target_price"))
        grades = grades or (f"{target:g}" if target is not None else "")
        return f"{subject}{'：' if _CJK.search(subject + grades) else ': '}{grades}" if grades else None
    action = facts_of.word(fields.get("rating_change")) or ""
    action = _ACTION_CODES.get(action.lower(), action)
    new, old = facts_of.rating(fields.get("rating")), facts_of.rating(fields.get("previous_rating"))
    grades = f"{old} → {new}" if old and new and old != new else (new or old or "")
    target = facts_of.price(fields.get("target_price"))
    if target is not None and not grades:
        grades = f"{target:g}"
    body = " ".join(part for part in (subject, action, grades) if part)
    if not body:
        return None
    return f"{house}{'：' if _CJK.search(house + body) else ': '}{body}"


def _looks_pdf(url: str) -> bool:
    return url.lower().split("?", 1)[0].endswith(".pdf")


def to_item(record: Mapping[str, object], file: str, line: int | None, position: int,
            profile: RecordProfile | None, dating: Dating | None = None) -> Iterator[Yielded]:
    """One record as a listing item (or a rejection, with its reason), and notices about
    fields that were left out. `line` is the record's line where the format has lines;
    otherwise messages name the record by its `position`. A record with no date at all is
    dated as `dating` says (see Dating)."""
    dating = dating or Dating()
    fields = _Fields(record, profile)
    where = _where(line, position)
    raw_title = facts_of.text_value(fields.get("title")) or (None if fields.title_keys() else rating_title(fields))
    title = clean_text(raw_title).text.replace("\n", " ") if raw_title and looks_like_html(raw_title) else raw_title
    if not title:
        named = fields.title_keys()
        yield Rejected(line, Message(MESSAGES["empty_title"], where=where, key=named[0]) if named else Message(
            MESSAGES["no_title"], where=where, looked=looked_for("title"), found=found_keys(fields.keys)))
        return
    published, raw_date = fields.date()
    if published is None and dating.short_order:
        published = parse_short_date(raw_date, dating.short_order)
    if published is None:  # `Jul 17`: in the year of the listing's own day
        published = parse_month_day(raw_date, dating.listing or dating.file)
    undated = raw_date is None
    if undated:
        published = dating.fallback(title, *(facts_of.text_value(fields.get(n)) for n in ("url", "pdf_url")),
                                    document=facts_of.text_value(fields.get("document")))
    if published is None:
        yield Rejected(line, Message(MESSAGES["no_date"], where=where, title=title[:40], raw=str(raw_date)[:40],
                                                       looked=looked_for("date")))
        return
    raw_text = _paragraphs(fields.get("text"))
    rich = clean_text(raw_text) if isinstance(raw_text, str) else None
    head, tail = head_and_tail(rich.text if rich else "")
    url, pdf_url = None, None
    for name in ("url", "pdf_url"):
        raw = facts_of.text_value(fields.get(name))
        found = http_url(raw)
        if raw and not found:
            yield Notice(line, Message(MESSAGES["bad_url"], where=where, url=raw[:60]))
        if found and (name == "pdf_url" or _looks_pdf(found)):
            pdf_url = pdf_url or found
        elif found:
            url = found
    publisher = house_named(fields)
    if not publisher and not fields.title_keys() and raw_title:
        publisher = rating_house(fields)  # a rating record's house, which its made title names
    publisher = publisher or (rich.publisher if rich else None)
    item = clean_item(ListingItem(
        file=file, line=line if line is not None else position, title=title, head=head, tail=tail,
        date=published, views=parse_count(fields.get("views")),
        pages=parse_count(fields.get("pages"), MAX_PAGES) or None, url=url, pdf_url=pdf_url,
        publisher_hint=publisher, facts=_facts(fields, title, rich.analysts if rich else []),
    ))
    if undated and dating.dated_column:
        dating.waiting.append(item)
        return
    if not undated:
        dating.seen.setdefault(item.title, item.date)
    yield item


def read_records(records: Iterable[tuple[int | None, Mapping[str, object]]], file: str,
                 profiles: list[RecordProfile], what: str,
                 listing_date: tuple[str, date] | None = None) -> Iterator[Yielded]:
    """Items of `records` ((line or None, record) pairs), the profile chosen on the first
    record; every record is accounted for, and when none is a report, a note says what was
    looked for and what was found. `listing_date` is the key and day of the object that
    holds the records, for those with no date of their own."""
    profile: RecordProfile | None = None
    published = 0
    keys: list[str] = []
    first_line: int | None = None
    dating = Dating(listing_date, file_date(file))
    guessed: dict[str, str] = {}  # a required field's first synonym -> the key guessed to hold it
    records = iter(records)
    first = list(itertools.islice(records, SAMPLE))
    dating.short_order = short_date_order([_Fields(r, None).get("date") for _, r in first])
    for position, (line, record) in enumerate(itertools.chain(first, records), start=1):
        if position == 1:
            keys, first_line = [k for k in record if isinstance(k, str)], line
            profile = choose(profiles, set(keys), file)
            found = detect(keys)
            for field in REQUIRED:
                if field not in found and not (profile and field in profile.fields) and (key := guess(field, record)):
                    guessed[SYNONYMS[field][0]] = key
                    yield Notice(line or 1, Message(MESSAGES["guessed"], field=field, looked=looked_for(field),
                                                    key=key))
            dating.dated_column = "date" in found or SYNONYMS["date"][0] in guessed or bool(
                profile and "date" in profile.fields)
            if "title" not in found and not (profile and "title" in profile.fields) and not guessed.get(
                    SYNONYMS["title"][0]) and (made := rating_title(_Fields(record, profile))):
                yield Notice(line or 1, Message(MESSAGES["made_title"], title=made[:60]))
            if not dating.dated_column:
                yield from _dating_notice(dating, record, line or 1)
        if guessed:
            record = {**record, **{name: record.get(key) for name, key in guessed.items()}}
        for item in to_item(record, file, line, position, profile, dating):
            published += isinstance(item, ListingItem)
            yield item
    published += len(dating.waiting)
    yield from dating.flush()
    if not published:
        yield Notice(first_line or 1, nothing_found(keys, what))


def _dating_notice(dating: Dating, record: Mapping[str, object], line: int) -> Iterator[Notice]:
    """What the records of a file with no date field are dated by, said once."""
    looked = looked_for("date")
    if dating.listing:
        yield Notice(line, Message(MESSAGES["listing_date"], looked=looked, day=dating.listing.isoformat(),
                                   key=dating.listing_key))
    elif dating.file:
        yield Notice(line, Message(MESSAGES["file_date"], looked=looked, day=dating.file.isoformat()))
    else:
        title = facts_of.text_value(_Fields(record, None).get("title"))
        if title and (parse_date(title) or stamp_date(title)):
            yield Notice(line, Message(MESSAGES["title_date"], looked=looked, title=title[:40]))
            return
        fields = _Fields(record, None)
        addresses = [a for n in ("url", "pdf_url") if (a := facts_of.text_value(fields.get(n)))]
        document = facts_of.text_value(fields.get("document"))
        if document and document_date(document):
            yield Notice(line, Message(MESSAGES["document_date"], looked=looked, document=document[-80:]))
        elif address := next((a for a in addresses if code_date(a)), None):
            yield Notice(line, Message(MESSAGES["address_date"], looked=looked, address=address[:80]))
        elif address := next((a for a in addresses if folder_date(a)), None):
            yield Notice(line, Message(MESSAGES["folder_date"], looked=looked, address=address[:80]))


def nothing_found(keys: Iterable[str], what: str) -> str:
    return Message(MESSAGES["nothing"], what=Text(what), looked=required_fields(), found=found_keys(keys))


def required_fields() -> str:
    return "; ".join(f"{field} ({looked_for(field)})" for field in REQUIRED)


# JSON

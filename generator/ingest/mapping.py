"""One record (a mapping of field names to values, from any structured format) to one
listing item: `to_item` finds each field by its detected or profiled name (fields.py,
recordprofile.py; the values read in recordfields.py, the house and a rating record's title
in recordhouses.py), and `read_records` reads a file's records, saying what it looked for
and found when none is a report. The formats themselves are structured.py's and tables.py's.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from datetime import date

from generator.i18n import Message, Text
from generator.ingest import facts as facts_of
from generator.ingest.bounded import head_and_tail
from generator.ingest.dating import Dating, code_date, document_date, file_date, folder_date, stamp_date
from generator.ingest.fields import REQUIRED, SYNONYMS, detect, fold, guess, key_map
from generator.ingest.recordfields import Fields
from generator.ingest.recordhouses import house_named, rating_house, rating_title
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


def _facts(fields: Fields, title: str, credited: list[str]) -> ReportFacts:
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


def _looks_pdf(url: str) -> bool:
    return url.lower().split("?", 1)[0].endswith(".pdf")


def to_item(record: Mapping[str, object], file: str, line: int | None, position: int,
            profile: RecordProfile | None, dating: Dating | None = None) -> Iterator[Yielded]:
    """One record as a listing item (or a rejection, with its reason), and notices about
    fields that were left out. `line` is the record's line where the format has lines;
    otherwise messages name the record by its `position`. A record with no date at all is
    dated as `dating` says (see Dating)."""
    dating = dating or Dating()
    fields = Fields(record, profile)
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
    dating.short_order = short_date_order([Fields(r, None).get("date") for _, r in first])
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
                    SYNONYMS["title"][0]) and (made := rating_title(Fields(record, profile))):
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
        title = facts_of.text_value(Fields(record, None).get("title"))
        if title and (parse_date(title) or stamp_date(title)):
            yield Notice(line, Message(MESSAGES["title_date"], looked=looked, title=title[:40]))
            return
        fields = Fields(record, None)
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

"""Structured listings, as scrapers save them: JSON, JSON Lines, CSV/TSV, Excel and SQLite.

Every format comes down to records (mappings of field names to values) read by one
function, `to_item`: field names are detected (fields.py) or mapped by a record profile
(recordprofile.py). A JSON document may hold its records anywhere: an array, an object
holding them under any key (`{"data": [...]}`, `{"研报数据": [...]}`), or deeper
(`{"data": {"list": [...]}}`); the list that looks most like report records is read.
A file that yields no record says what it looked for and what it found.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path, PurePath

from generator.i18n import Message, Text
from generator.ingest import facts as facts_of
from generator.ingest.bounded import head_and_tail
from generator.ingest.fields import REQUIRED, SYNONYMS, candidates, detect, fold, key_map, score
from generator.ingest.recordprofile import RecordProfile, choose
from generator.ingest.records import MAX_PAGES, Notice, Rejected, http_url, parse_count, parse_date
from generator.ingest.richtext import clean_text, looks_like_html
from generator.model import ListingItem, ReportFacts
from generator.normalize import clean_item, strip_invisible

Yielded = ListingItem | Rejected | Notice
MAX_DEPTH = 6
SAMPLE = 20
MAX_KEYS_SHOWN = 20
# What this module tells the editor, in one place (for translation).
PROFILE_HINT = "map them in a record profile (content/profiles/<name>.records.yaml; see the README)"
MESSAGES = {
    "record": "record {position}: ",
    "no_title": "{where}no title (looked for {looked}; found {found})",
    "no_date": "{where}no valid publish date for {title!r} (found {raw!r}; looked for {looked})",
    "bad_url": "{where}source URL {url!r} is not http(s); it is left out",
    "file_date": "no date field ({looked}); the records are dated {day}, the date in the file's name",
    "nothing": "no report records in this {what}: looked for {looked}; found {found}; " + PROFILE_HINT,
    "bad_json": "not valid JSON ({reason}); file skipped",
    "too_deep": "not valid JSON (nested too deeply); file skipped",
    "no_list": "profile {profile!r}: no list of records at {path!r}",
    "bad_line": "not valid JSON ({reason}); the line is skipped",
    "not_object": "expected a JSON object per line",
    "bad_table": "stopped reading the table: {reason}",
    "bad_workbook": "not a readable .xlsx workbook ({reason})",
    "bad_database": "not a readable SQLite database ({reason})",
    "in_table": "table {table!r}, {message}",
    "no_table": "no table of report records: looked for columns {looked}; found tables {found}; " + PROFILE_HINT,
    "bad_query": "stopped reading the database: {reason}",
}


def _lookup(record: Mapping[str, object], key: str) -> object:
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
    return value is None or (isinstance(value, str) and not value.strip()) or value in ([], {})


# Labelled values inside one string (`研究机构：X 分析师：Y 撰写日期：Z`): a Chinese field name,
# a colon, and the value up to the next such label.
_LABELS = sorted({name for names in SYNONYMS.values() for name in names if not name.isascii()}, key=len,
                 reverse=True)
_LABEL = "|".join(map(re.escape, _LABELS))
_LABELLED = re.compile(rf"({_LABEL})\s*[:：]\s*(.*?)\s*(?=(?:{_LABEL})\s*[:：]|[|｜\n]|$)")
MAX_LABELLED = 2000
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
            for label, text in _LABELLED.findall(value[:MAX_LABELLED]):
                if text:
                    found.setdefault(label, text)
    return found


class _Fields:
    """The raw values of one record's fields: by profile rule, by detected key, or from a
    labelled value inside another field's string."""

    def __init__(self, record: Mapping[str, object], profile: RecordProfile | None) -> None:
        self.record, self.profile = record, profile
        self.keys = tuple(k for k in record if isinstance(k, str))
        self._candidates = key_map(self.keys)  # the same for every record of a file: cached
        self._embedded: dict[str, str] | None = None

    def get(self, field: str) -> object:
        rule = self.profile.fields.get(field) if self.profile else None
        if rule is not None:
            keys = [rule.key] if rule.key else self._candidates[field]
            return next((v for v in (rule.value(_lookup(self.record, k)) for k in keys) if not _empty(v)), None)
        found = next((v for k in self._candidates[field] if not _empty(v := self.record[k])), None)
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

    def date(self) -> tuple[object, object]:
        """The publish date and the raw value it was read from."""
        raw = self.get("date")
        rule = self.profile.fields.get("date") if self.profile else None
        return (rule.date(raw) if rule and rule.format else None) or parse_date(raw), raw


def _looked_for(field: str) -> str:
    """A few of a field's names, English and Chinese, each spelling once."""
    names = list({fold(n): n for n in reversed(SYNONYMS[field])}.values())[::-1]
    english = [n for n in names if n.isascii()][:4]
    chinese = [n for n in names if not n.isascii()][:3]
    return ", ".join(english + chinese) + "…"


def _found_keys(keys: Iterable[str]) -> str:
    keys = list(keys)
    shown = ", ".join(keys[:MAX_KEYS_SHOWN]) + ("…" if len(keys) > MAX_KEYS_SHOWN else "")
    return shown or "none"


def _where(line: int | None, position: int) -> str:
    return "" if line is not None else Message(MESSAGES["record"], position=position)


def _facts(fields: _Fields, title: str, credited: list[str]) -> ReportFacts:
    found = ReportFacts(
        rating=facts_of.word(fields.get("rating")),
        rating_change=facts_of.rating_change(fields.get("rating_change")),
        target_price=facts_of.price(fields.get("target_price")),
        analysts=facts_of.names(fields.get("analysts")) or credited,
        industry=facts_of.word(fields.get("industry")),
        securities=facts_of.securities(fields.get("security_name"), fields.get("security_code"), title),
    )
    found.report_type = facts_of.report_type(fields.get("report_type"), found, title)
    return found


def _looks_pdf(url: str) -> bool:
    return url.lower().split("?", 1)[0].endswith(".pdf")


def to_item(record: Mapping[str, object], file: str, line: int | None, position: int,
            profile: RecordProfile | None, file_date: date | None = None) -> Iterator[Yielded]:
    """One record as a listing item (or a rejection, with its reason), and notices about
    fields that were left out. `line` is the record's line where the format has lines;
    otherwise messages name the record by its `position`. A record with no date at all is
    dated `file_date` (the date in its file's name) when there is one."""
    fields = _Fields(record, profile)
    where = _where(line, position)
    raw_title = facts_of.text_value(fields.get("title"))
    title = clean_text(raw_title).text.replace("\n", " ") if raw_title and looks_like_html(raw_title) else raw_title
    if not title:
        yield Rejected(line, Message(MESSAGES["no_title"], where=where, looked=_looked_for("title"),
                                                        found=_found_keys(fields.keys)))
        return
    published, raw_date = fields.date()
    if raw_date is None and file_date is not None:
        published = file_date
    if published is None:
        yield Rejected(line, Message(MESSAGES["no_date"], where=where, title=title[:40], raw=str(raw_date)[:40],
                                                       looked=_looked_for("date")))
        return
    raw_text = fields.get("text")
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
    publisher = facts_of.text_value(fields.get("publisher")) or (rich.publisher if rich else None)
    yield clean_item(ListingItem(
        file=file, line=line if line is not None else position, title=title, head=head, tail=tail,
        date=published, views=parse_count(fields.get("views")),
        pages=parse_count(fields.get("pages"), MAX_PAGES) or None, url=url, pdf_url=pdf_url,
        publisher_hint=publisher, facts=_facts(fields, title, rich.analysts if rich else []),
    ))


def read_records(records: Iterable[tuple[int | None, Mapping[str, object]]], file: str,
                 profiles: list[RecordProfile], what: str) -> Iterator[Yielded]:
    """Items of `records` ((line or None, record) pairs), the profile chosen on the first
    record; every record is accounted for, and when none is a report, a note says what was
    looked for and what was found."""
    profile: RecordProfile | None = None
    published = 0
    keys: list[str] = []
    first_line: int | None = None
    file_date = _file_date(file)
    for position, (line, record) in enumerate(records, start=1):
        if position == 1:
            keys, first_line = [k for k in record if isinstance(k, str)], line
            profile = choose(profiles, set(keys), file)
            if file_date and "date" not in detect(keys) and not (profile and "date" in profile.fields):
                yield Notice(line or 1, Message(MESSAGES["file_date"], looked=_looked_for("date"),
                                                                      day=file_date.isoformat()))
        for item in to_item(record, file, line, position, profile, file_date):
            published += isinstance(item, ListingItem)
            yield item
    if not published:
        yield Notice(first_line or 1, nothing_found(keys, what))


def _file_date(file: str) -> date | None:
    """The date in a listing file's name or folders below `listings/` (`2024/07/17.json`,
    `reports-20240717.csv`): a daily scrape's day."""
    parts = PurePath(file).parts
    below = parts[len(parts) - parts[::-1].index("listings"):] if "listings" in parts else parts[-1:]
    return parse_date("/".join(below))


def nothing_found(keys: Iterable[str], what: str) -> str:
    return Message(MESSAGES["nothing"], what=Text(what), looked=_required(), found=_found_keys(keys))


def _required() -> str:
    return "; ".join(f"{field} ({_looked_for(field)})" for field in REQUIRED)


# JSON


def _record_lists(value: object, path: str = "", depth: int = 0) -> Iterator[tuple[str, list]]:
    """Every list of mappings in a JSON document, with its key path."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value[:SAMPLE]):
            yield path, value
        for index, item in enumerate(value[:SAMPLE] if value and isinstance(value[0], dict) else value[:1]):
            yield from _record_lists(item, f"{path}.{index}" if path else str(index), depth + 1)
    elif isinstance(value, dict):
        shaped = _table_shape(value)
        if shaped:
            yield path, shaped
        for key, item in value.items():
            yield from _record_lists(item, f"{path}.{key}" if path else str(key), depth + 1)


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


def _best_records(document: object) -> list | None:
    """The list that looks most like report records (most records with a title, then the
    most fields found); a single object that is itself a record is a list of one."""
    best: tuple[tuple[int, int], list] | None = None
    for _path, items in _record_lists(document):
        sample = items[:SAMPLE]
        scores = [score(item) for item in sample if isinstance(item, dict)]
        rank = (sum(1 for s in scores if s) * len(items) // max(1, len(sample)), sum(scores))
        if rank[0] and (best is None or rank > best[0]):
            best = (rank, items)
    if best is None and isinstance(document, dict) and score(document):
        return [document]
    return best[1] if best else None


def _top_keys(document: object) -> list[str]:
    """The keys to show for a document without report records: those of its first list of
    records, else its own."""
    for _path, items in _record_lists(document):
        return [str(k) for k in items[0]]
    if isinstance(document, dict):
        return [str(k) for k in document]
    if isinstance(document, list) and document and isinstance(document[0], dict):
        return [str(k) for k in document[0]]
    return []


# A response saved with its script around it: `callback({...});` (JSONP) or `var data = {...};`.
_WRAPPER = re.compile(r"\s*(?:(?:var|let|const)\s+[\w$]+\s*=|[\w$.]+\s*\()\s*[\[{]")


def _load_json(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        start = _WRAPPER.match(text)
        if not start:
            raise
        end = max(text.rfind("}"), text.rfind("]"))
        return json.loads(text[start.end() - 1:end + 1])


def parse_json(profiles: list[RecordProfile], text: str, file: str) -> Iterator[Yielded]:
    try:
        document = _load_json(strip_invisible(text))
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):  # JSON Lines saved as .json
            yield from parse_jsonl(profiles, text, file)
            return
        yield Notice(exc.lineno, Message(MESSAGES["bad_json"], reason=exc.msg))
        return
    except RecursionError:
        yield Notice(1, MESSAGES["too_deep"])
        return
    by_name = choose(profiles, set(), file)
    records: object = None
    if by_name and by_name.records:
        records = _lookup(document, by_name.records) if isinstance(document, dict) else None
        if not isinstance(records, list):
            yield Notice(1, Message(MESSAGES["no_list"], profile=by_name.name, path=by_name.records))
            return
    else:
        records = _best_records(document)
        if records and isinstance(document, dict):
            first = records[0] if records and isinstance(records[0], dict) else {}
            by_keys = choose(profiles, set(first), file)
            if by_keys and by_keys.records and isinstance(found := _lookup(document, by_keys.records), list):
                records = found
    if not records:
        yield Notice(1, nothing_found(_top_keys(document), "JSON document"))
        return
    rows = ((None, r) if isinstance(r, dict) else (None, {}) for r in records)
    yield from read_records(rows, file, profiles, "JSON document")


# JSON Lines


def parse_jsonl(profiles: list[RecordProfile], text: str, file: str) -> Iterator[Yielded]:
    def rows() -> Iterator[tuple[int | None, Mapping[str, object]] | Rejected]:
        for number, line in enumerate(strip_invisible(text).split("\n"), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                yield Rejected(number, Message(MESSAGES["bad_line"], reason=getattr(exc, "msg", "nested too deeply")))
                continue
            if not isinstance(record, dict):
                yield Rejected(number, MESSAGES["not_object"])
                continue
            held = None if "title" in detect(k for k in record if isinstance(k, str)) else _best_records(record)
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


# CSV and TSV (and Excel sheets)

HEADER_ROWS = 10


def _dialect(text: str, file: str) -> type[csv.Dialect]:
    """The table's delimiter, sniffed; quoting as every spreadsheet writes it (the sniffer's
    guesses of quote character and escaping split quoted cells that hold line breaks)."""
    sample = text[:8192]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",\t;|").delimiter
    except csv.Error:
        delimiter = "\t" if file.lower().endswith(".tsv") or sample.count("\t") > sample.count(",") else ","
    return type("Sniffed", (csv.excel,), {"delimiter": delimiter})


# A cell may hold a report's whole extracted text, far over the csv module's default limit
# (128 KiB, past which it stops reading the file); only a bounded head and tail are kept.
MAX_CELL = 1 << 28


def parse_csv(profiles: list[RecordProfile], text: str, file: str) -> Iterator[Yielded]:
    if csv.field_size_limit() < MAX_CELL:
        csv.field_size_limit(MAX_CELL)
    text = strip_invisible(text)
    reader = csv.reader(io.StringIO(text), _dialect(text, file))

    def rows() -> Iterator[tuple[int, list[str]]]:
        start = 1
        for row in reader:
            yield start, row
            start = reader.line_num + 1

    try:
        yield from read_records(_table_records(rows()), file, profiles, "table")
    except csv.Error as exc:
        yield Notice(reader.line_num, Message(MESSAGES["bad_table"], reason=exc))


# Excel and SQLite: read from the file itself, not from decoded text.


def _table_records(rows: Iterable[tuple[int, Sequence[object]]]) -> Iterator[tuple[int | None, Mapping[str, object]]]:
    """Records of a table whose header is the first of its first few rows naming a title
    (a title line or a blank row may come before it), else its first row."""
    rows = iter(rows)
    head = [row for _, row in zip(range(HEADER_ROWS), rows, strict=False)]
    found = next((i for i, (_, row) in enumerate(head) if "title" in detect(_cells(row))), None)
    if not head:
        return
    header = _cells(head[found or 0][1])
    for number, row in itertools.chain(head[(found or 0) + 1:], rows):
        if any(v not in (None, "") and str(v).strip() for v in row):
            yield number, {name: value for name, value in zip(header, row, strict=False) if name}


def _cells(row: Sequence[object]) -> list[str]:
    return ["" if v is None else str(v).strip() for v in row]


def parse_xlsx(profiles: list[RecordProfile], path: Path, file: str) -> Iterator[Yielded]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        yield Notice(1, Message(MESSAGES["bad_workbook"], reason=f"{type(exc).__name__}: {exc}"))
        return
    try:
        wanted = choose(profiles, set(), file)
        sheets = [workbook[wanted.table]] if wanted and wanted.table in workbook.sheetnames else workbook.worksheets
        for sheet in sheets:
            first = next(sheet.iter_rows(max_row=HEADER_ROWS, values_only=True), None)
            if first is None:
                continue
            rows = enumerate(sheet.iter_rows(values_only=True), start=1)
            items = list(read_records(_table_records(rows), file, profiles, f"sheet {sheet.title!r}"))
            if len(sheets) > 1 and all(isinstance(i, Notice) for i in items):
                continue  # another sheet (a chart's data, a summary) that holds no reports
            yield from items
    finally:
        workbook.close()


def parse_sqlite(profiles: list[RecordProfile], path: Path, file: str) -> Iterator[Yielded]:
    import sqlite3

    try:
        # Read-only and immutable: nothing written beside a committed file, no lock taken.
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    except sqlite3.Error as exc:
        yield Notice(1, Message(MESSAGES["bad_database"], reason=exc))
        return
    try:
        wanted = choose(profiles, set(), file)
        found: dict[str, list[str]] = {}
        read = False
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            columns = [r[1] for r in connection.execute(f"PRAGMA table_info({quoted})")]
            found[table] = columns
            if not _holds_reports(table, columns, profiles, wanted, file):
                continue
            read = True
            cursor = connection.execute(f"SELECT * FROM {quoted}")
            names = [d[0] for d in cursor.description]
            for item in read_records(((None, dict(zip(names, row, strict=True))) for row in cursor), file,
                                     [wanted] if wanted and wanted.table == table else profiles, f"table {table!r}"):
                if isinstance(item, Rejected | Notice) and item.line is None:
                    item = type(item)(None, Message(MESSAGES["in_table"], table=table, message=_message(item)))
                yield item
        if not read:
            shown = "; ".join(f"{t} ({_found_keys(c)})" for t, c in found.items())
            yield Notice(1, Message(MESSAGES["no_table"], looked=_required(), found=shown or "none"))
    except sqlite3.Error as exc:
        yield Notice(1, Message(MESSAGES["bad_query"], reason=exc))
    finally:
        connection.close()


def _holds_reports(table: str, columns: list[str], profiles: list[RecordProfile], wanted: RecordProfile | None,
                   file: str) -> bool:
    """Whether a table is one to read: the one the file's profile names; else one with the
    columns of a profile's `match_keys`, or every column its fields name; else one holding
    a title and a date."""
    if wanted and wanted.table:
        return wanted.table == table
    keyed = choose(profiles, set(columns), file)
    if keyed and keyed.match_keys and all(key in columns for key in keyed.match_keys):
        return True
    named = {rule.key.split(".")[0] for rule in keyed.fields.values() if rule.key} if keyed else set()
    if named and named <= set(columns):
        return True
    return all(field in detect(columns) for field in REQUIRED)


def _message(item: Rejected | Notice) -> str:
    return item.reason if isinstance(item, Rejected) else item.message

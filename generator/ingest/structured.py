"""Structured listings, as scrapers save them: JSON, JSON Lines, CSV/TSV, Excel and SQLite.

Every format comes down to records (mappings of field names to values), made listing items
by mapping.py. A JSON document may hold its records anywhere: an array, an object
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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from generator.i18n import Message
from generator.ingest.columns import name_columns
from generator.ingest.fields import REQUIRED, detect, score
from generator.ingest.mapping import MESSAGES as MAPPING_MESSAGES
from generator.ingest.mapping import (
    PROFILE_HINT,
    SAMPLE,
    found_keys,
    lookup,
    nothing_found,
    read_records,
    required_fields,
)
from generator.ingest.recordprofile import RecordProfile, choose
from generator.ingest.records import Notice, Rejected
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
    "bad_table": "stopped reading the table: {reason}",
    "bad_workbook": "not a readable .xlsx workbook ({reason})",
    "bad_xls": "not a readable .xls table ({reason})",
    "bad_database": "not a readable SQLite database ({reason})",
    "in_table": "table {table!r}, {message}",
    "no_table": "no table of report records: looked for columns {looked}; found tables {found}; " + PROFILE_HINT,
    "bad_query": "stopped reading the database: {reason}",
    "table_note": "a note in the table, not a report: {note!r}",
    "no_header": "no header row: columns read from their values as {columns}; "
                 "add a header or map them in a record profile if any is wrong",
}


def _record_lists(value: object, path: str = "", depth: int = 0) -> Iterator[tuple[str, list]]:
    """Every list of mappings in a JSON document, with its key path."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value[:SAMPLE]):
            yield path, value
            yield from _wrapped(value, path)
        for index, item in enumerate(value[:SAMPLE] if value and isinstance(value[0], dict) else value[:1]):
            yield from _record_lists(item, f"{path}.{index}" if path else str(index), depth + 1)
    elif isinstance(value, dict):
        shaped = _table_shape(value)
        if shaped:
            yield path, shaped
        for key, item in value.items():
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


def _best_records(document: object) -> list | None:
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
    return best[1] if best else None


def _dated(record: dict) -> bool:
    return all(field in detect(k for k in record if isinstance(k, str)) for field in REQUIRED)


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
        records = lookup(document, by_name.records) if isinstance(document, dict) else None
        if not isinstance(records, list):
            yield Notice(1, Message(MESSAGES["no_list"], profile=by_name.name, path=by_name.records))
            return
    else:
        records = _best_records(document)
        if records and isinstance(document, dict):
            first = records[0] if records and isinstance(records[0], dict) else {}
            by_keys = choose(profiles, set(first), file)
            if by_keys and by_keys.records and isinstance(found := lookup(document, by_keys.records), list):
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
        yield from _with_notes(lambda notes: read_records(_table_records(rows(), notes), file, profiles, "table"))
    except csv.Error as exc:
        yield Notice(reader.line_num, Message(MESSAGES["bad_table"], reason=exc))


# Excel and SQLite: read from the file itself, not from decoded text.


# A line a terminal's export adds below its table (`数据来源：Wind`, `注：…`): no report.
_TABLE_NOTE = re.compile(r"(?:数据来源|资料来源|来源|注|备注|说明|source|sources|note|notes)\s*[:：]", re.IGNORECASE)


def _table_records(rows: Iterable[tuple[int, Sequence[object]]],
                   notes: list[Notice]) -> Iterator[tuple[int | None, Mapping[str, object]]]:
    """Records of a table whose header is the first of its first few rows naming a title
    (a title line or a blank row may come before it), else its first row; a table with no
    header at all has its columns named from their values (columns.py), said in `notes`."""
    rows = iter(rows)
    head = [row for _, row in zip(range(HEADER_ROWS), rows, strict=False)]
    found = next((i for i, (_, row) in enumerate(head) if "title" in detect(_cells(row))), None)
    if not head:
        return
    filled = [(number, row) for number, row in head if any(_cells(row))]
    named = None if found is not None or not filled else name_columns([row for _, row in filled])
    if named:
        notes.append(Notice(filled[0][0], Message(MESSAGES["no_header"], columns=", ".join(
            f"{index} {name}" for index, name in enumerate(named, start=1) if name))))
        header, body = named, head
    else:
        header, body = _cells(head[found or 0][1]), head[(found or 0) + 1:]
    for number, row in itertools.chain(body, rows):
        cells = [str(v).strip() for v in row if v not in (None, "") and str(v).strip()]
        if len(cells) == 1 and _TABLE_NOTE.match(cells[0]):
            notes.append(Notice(number, Message(MESSAGES["table_note"], note=cells[0][:60])))
        elif cells:
            yield number, {name: value for name, value in zip(header, row, strict=False) if name}


def _with_notes(read: Callable[[list[Notice]], Iterable[Yielded]]) -> Iterator[Yielded]:
    """The items `read` yields, with the notes its table reader leaves as soon as they are left."""
    notes: list[Notice] = []
    for item in read(notes):
        yield from notes
        notes.clear()
        yield item
    yield from notes


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
        yield from _sheets_records([(sheet.title, sheet.iter_rows(values_only=True)) for sheet in sheets
                                    if next(sheet.iter_rows(max_row=HEADER_ROWS, values_only=True), None)],
                                   profiles, file)
    finally:
        workbook.close()


def _sheets_records(sheets: list[tuple[str, Iterable[Sequence[object]]]], profiles: list[RecordProfile],
                    file: str) -> Iterator[Yielded]:
    """The records of a workbook's sheets (each a name and its rows, none empty). Of several,
    a sheet holding no report is passed over in silence: no records at all (a summary), or
    rows without a title column (a chart's data, `月份, 数量`), which are no rejected reports.
    When no sheet holds a report, every sheet says what it holds."""
    passed: list[Yielded] = []
    read = False
    for title, sheet_rows in sheets:
        rows = enumerate(sheet_rows, start=1)
        items = list(_with_notes(lambda notes, rows=rows, title=title: read_records(
            _table_records(rows, notes), file, profiles, f"sheet {title!r}")))
        if len(sheets) > 1 and not any(isinstance(i, ListingItem) for i in items) and all(
                getattr(i.reason, "template", None) == MAPPING_MESSAGES["no_title"]
                for i in items if isinstance(i, Rejected)):
            passed.extend(items)
            continue
        read = True
        yield from items
    if not read:
        yield from passed


def _xls_sheets(data: bytes, profiles: list[RecordProfile], file: str) -> Iterator[Yielded]:
    """An old binary workbook's records, read with xlrd; its date cells as dates (a workbook
    counts days from 1900 or from 1904, as it says)."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except Exception as exc:  # xlrd raises many kinds for a file that is no workbook
        yield Notice(1, Message(MESSAGES["bad_xls"], reason=f"{type(exc).__name__}: {exc}"))
        return

    def values(sheet: xlrd.sheet.Sheet) -> Iterator[list[object]]:
        for number in range(sheet.nrows):
            yield [xlrd.xldate_as_datetime(cell.value, book.datemode) if cell.ctype == xlrd.XL_CELL_DATE
                   else cell.value for cell in sheet.row(number)]

    try:
        wanted = choose(profiles, set(), file)
        names = [wanted.table] if wanted and wanted.table in book.sheet_names() else book.sheet_names()
        sheets = [book.sheet_by_name(name) for name in names]
        yield from _sheets_records([(sheet.name, values(sheet)) for sheet in sheets if sheet.nrows], profiles, file)
    finally:
        book.release_resources()


# The signature of an OLE2 compound file: an old binary Excel workbook (BIFF).
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def parse_xls(profiles: list[RecordProfile], path: Path, file: str) -> Iterator[Yielded]:
    """An `.xls` as terminals and sites export one: mostly text under an Excel name, a table
    of tab-separated GBK lines (同花顺's export) or an HTML table (many sites' "export to
    Excel"), else an old binary workbook (BIFF), read with xlrd."""
    from generator.ingest.decode import UndecodableFile, decode

    data = path.read_bytes()
    if data.startswith(_OLE2):
        yield from _xls_sheets(data, profiles, file)
        return
    try:
        text, _encoding, problem = decode(data)
    except UndecodableFile as exc:
        yield Notice(1, Message(MESSAGES["bad_xls"], reason=exc.args[0]))
        return
    if problem:
        yield Notice(1, problem)
    if re.match(r"\s*<", text) and re.search(r"<table\b", text, re.IGNORECASE):
        yield from _with_notes(lambda notes: read_records(_table_records(_html_rows(text), notes), file, profiles,
                                                          "table"))
    else:
        yield from parse_csv(profiles, text, file)


def _html_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of the largest table of an HTML document, by their lines, as the text shown."""
    from bs4 import BeautifulSoup

    tables = BeautifulSoup(text, "html.parser").find_all("table")
    if not tables:
        return
    table = max(tables, key=lambda t: len(t.find_all("tr")))
    for number, row in enumerate(table.find_all("tr"), start=1):
        cells = [" ".join(cell.get_text(" ", strip=True).split()) for cell in row.find_all(("td", "th"))]
        yield row.sourceline or number, cells


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
            shown = "; ".join(f"{t} ({found_keys(c)})" for t, c in found.items())
            yield Notice(1, Message(MESSAGES["no_table"], looked=required_fields(), found=shown or "none"))
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

"""Tables of report records: CSV and TSV, Excel workbooks (`.xlsx`, and `.xls` in each of
the shapes exports take: text, an HTML table, an old binary workbook) and the rows of an
HTML table. A table's header is found among its first rows (or its columns named from their
values), lines a terminal adds below it are notes, and every row goes through the field
detection every structured format shares (mapping.py)."""

from __future__ import annotations

import csv
import io
import itertools
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator.i18n import Message
from generator.ingest.columns import name_columns
from generator.ingest.fields import detect
from generator.ingest.mapping import MESSAGES as MAPPING_MESSAGES
from generator.ingest.mapping import read_records
from generator.ingest.recordprofile import RecordProfile, choose
from generator.ingest.records import Notice, Rejected
from generator.model import ListingItem
from generator.normalize import strip_invisible

if TYPE_CHECKING:
    from generator.ingest.pageitems import Shape

Yielded = ListingItem | Rejected | Notice
# What this module tells the editor, in one place (for translation).
MESSAGES = {
    "bad_table": "stopped reading the table: {reason}",
    "bad_workbook": "not a readable .xlsx workbook ({reason})",
    "bad_xls": "not a readable .xls table ({reason})",
    "xml_entities": "the XML declares entities of its own, which no scraped listing needs; file skipped",
    "table_note": "a note in the table, not a report: {note!r}",
    "open_quote": "a quote on this line is never closed: the line is read with it as written, "
                  "and the {count:,} line(s) below it as rows, not as one cell",
    "inflates": "a workbook of {size:,} bytes that inflates to {inflated:,} (a zip bomb?); file skipped",
    "too_many_cells": "stopped reading the workbook after {count:,} rows and cells, empty ones included",
    "beyond_excel": "rows and cells beyond Excel's own limits (1,048,576 rows, 16,384 columns) are not read",
    "no_header": "no header row: columns read from their values as {columns}; "
                 "add a header or map them in a record profile if any is wrong",
}

HEADER_ROWS = 10

# A workbook is read up to Excel's own limits and no further: a few bytes of XML can declare a
# dimension of every cell of a sheet, a row two billion rows down or a cell a billion columns
# across, and a megabyte of zip can inflate to gigabytes; padding or inflating them would take
# hours and gigabytes.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
MAX_CELLS = 20_000_000  # rows and cells read from one workbook, empty ones included
MAX_INFLATED = 1 << 30  # the bytes a .xlsx may inflate to…
MAX_RATIO = 100  # …and past 64 MB, no more than this many times its own size


class _Limit:
    """What a workbook's rows cost so far; past MAX_CELLS its rows stop and `problem` says why."""

    def __init__(self) -> None:
        self.spent = 0
        self.problem: Message | str | None = None

    def rows(self, rows: Iterable[Sequence[object]]) -> Iterator[Sequence[object]]:
        for row in rows:
            self.spent += 1 + len(row)
            if self.spent > MAX_CELLS:
                self.problem = Message(MESSAGES["too_many_cells"], count=MAX_CELLS)
                return
            yield row

    def notices(self) -> Iterator[Notice]:
        if self.problem is not None:
            yield Notice(None, self.problem)


def _inflation(path: Path) -> Message | None:
    """Why a .xlsx is not to be opened: it inflates to far more than a table of reports."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None  # openpyxl says what is wrong with it
    size = path.stat().st_size
    if inflated > MAX_INFLATED or (inflated > 64 << 20 and inflated > MAX_RATIO * size):
        return Message(MESSAGES["inflates"], size=size, inflated=inflated)
    return None


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


class _HeldLines:
    """The lines of a text, one at a time, holding those read since `take()` was last called:
    the csv reader reads a record's lines and no more, so they are the last record's."""

    def __init__(self, text: str) -> None:
        self._stream = io.StringIO(text)
        self._held: list[str] = []

    def __iter__(self) -> _HeldLines:
        return self

    def __next__(self) -> str:
        line = next(self._stream)
        self._held.append(line)
        return line

    def take(self) -> list[str]:
        held, self._held = self._held, []
        return held


def parse_csv(profiles: list[RecordProfile], text: str, file: str) -> Iterator[Yielded]:
    if csv.field_size_limit() < MAX_CELL:
        csv.field_size_limit(MAX_CELL)
    text = strip_invisible(text)
    dialect = _dialect(text, file)
    at = [1]  # the line the csv reader is on, for its errors

    def rows(notes: list[Notice]) -> Iterator[tuple[int, Sequence[str]]]:
        """The table's rows with their first lines. A quote that is never closed would take
        every line below it into one cell: its line is read with the quote as written, and
        the lines below it as rows again."""
        segment, before = text, 0
        while True:
            lines = _HeldLines(segment)
            reader = csv.reader(lines, dialect)
            start, last, last_lines = 1, None, []
            for row in reader:
                at[0] = before + reader.line_num
                if last is not None:
                    yield last
                last, last_lines = (before + start, row), lines.take()
                start = reader.line_num + 1
            if last is None:
                return
            quote = dialect.quotechar or '"'
            if len(last_lines) < 2 or sum(line.count(quote) for line in last_lines) % 2 == 0:
                yield last
                return
            notes.append(Notice(last[0], Message(MESSAGES["open_quote"], count=len(last_lines) - 1)))
            literal = type("Literal", (dialect,), {"quoting": csv.QUOTE_NONE})
            yield last[0], next(csv.reader([last_lines[0]], literal), [])
            segment, before = "".join(last_lines[1:]), last[0]

    try:
        yield from with_notes(lambda notes: read_records(table_records(rows(notes), notes), file, profiles, "table"))
    except csv.Error as exc:
        yield Notice(at[0], Message(MESSAGES["bad_table"], reason=exc))


# A line a terminal's export adds below its table (`数据来源：Wind`, `注：…`): no report.
_TABLE_NOTE = re.compile(r"(?:数据来源|资料来源|来源|注|备注|说明|source|sources|note|notes)\s*[:：]", re.IGNORECASE)


def table_records(rows: Iterable[tuple[int, Sequence[object]]],
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


def with_notes(read: Callable[[list[Notice]], Iterable[Yielded]]) -> Iterator[Yielded]:
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

    if (bomb := _inflation(path)) is not None:
        yield Notice(1, bomb)
        return
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        yield Notice(1, Message(MESSAGES["bad_workbook"], reason=f"{type(exc).__name__}: {exc}"))
        return
    try:
        wanted = choose(profiles, set(), file)
        sheets = [workbook[wanted.table]] if wanted and wanted.table in workbook.sheetnames else workbook.worksheets
        for sheet in sheets:
            if hasattr(sheet, "reset_dimensions"):  # rows as long as their cells, not as the sheet says
                sheet.reset_dimensions()
        limit = _Limit()
        yield from _sheets_records([(sheet.title, limit.rows(sheet.iter_rows(values_only=True))) for sheet in sheets
                                    if next(sheet.iter_rows(max_row=HEADER_ROWS, values_only=True), None)],
                                   profiles, file)
        yield from limit.notices()
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
        items = list(with_notes(lambda notes, rows=rows, title=title: read_records(
            table_records(rows, notes), file, profiles, f"sheet {title!r}")))
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
        limit = _Limit()
        yield from _sheets_records([(sheet.name, limit.rows(values(sheet))) for sheet in sheets if sheet.nrows],
                                   profiles, file)
        yield from limit.notices()
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
    if SPREADSHEET_ML in text[:4096]:
        yield from parse_spreadsheetml(profiles, text, file)
    elif re.match(r"\s*<", text) and re.search(r"<table\b", text, re.IGNORECASE):
        from generator.ingest import pageitems

        root = pageitems.parse(text)
        shape = pageitems.largest_table(root, text) if root is not None else None
        if shape is None:
            yield Notice(1, Message(MESSAGES["bad_xls"], reason="an HTML table with no rows"))
            return
        yield from read_shape(shape, file, profiles, "table")
    else:
        yield from parse_csv(profiles, text, file)


# Excel 2003's XML workbook (SpreadsheetML), which many sites' "export to Excel" and older
# terminals write under an `.xls` or `.xml` name.
SPREADSHEET_ML = "urn:schemas-microsoft-com:office:spreadsheet"
_SS = "{" + SPREADSHEET_ML + "}"


def _spreadsheetml_rows(table: ElementTree.Element, limit: _Limit) -> Iterator[list[str]]:
    """A worksheet table's rows as cell texts, with the gaps `ss:Index` leaves filled in, up to
    Excel's limits."""
    number = 0
    for row in table.iter(f"{_SS}Row"):
        index = row.get(f"{_SS}Index")
        if index and index.isdigit() and int(index) > MAX_ROWS:
            limit.problem = MESSAGES["beyond_excel"]
            return
        while index and index.isdigit() and number + 1 < int(index):
            number += 1
            yield []
        number += 1
        cells: list[str] = []
        for cell in row.iter(f"{_SS}Cell"):
            at = cell.get(f"{_SS}Index")
            if at and at.isdigit():
                if int(at) > MAX_COLUMNS:
                    limit.problem = MESSAGES["beyond_excel"]
                    break
                cells.extend([""] * max(0, int(at) - 1 - len(cells)))
            data = cell.find(f"{_SS}Data")
            cells.append("".join(data.itertext()).strip() if data is not None else "")
        yield cells


def parse_spreadsheetml(profiles: list[RecordProfile], text: str, file: str) -> Iterator[Yielded]:
    """The records of an Excel 2003 XML workbook, sheet by sheet, as an `.xlsx`'s are read."""
    if re.search(r"<!ENTITY", text, re.IGNORECASE):
        yield Notice(1, MESSAGES["xml_entities"])
        return
    try:
        root = ElementTree.fromstring(strip_invisible(text))
    except ElementTree.ParseError as exc:
        yield Notice(exc.position[0], Message(MESSAGES["bad_xls"], reason=str(exc).split(":")[0]))
        return
    sheets = [(sheet.get(f"{_SS}Name") or str(number), table) for number, sheet in
              enumerate(root.iter(f"{_SS}Worksheet"), start=1) if (table := sheet.find(f"{_SS}Table")) is not None]
    limit = _Limit()
    yield from _sheets_records([(name, limit.rows(_spreadsheetml_rows(table, limit))) for name, table in sheets
                                if table.find(f"{_SS}Row") is not None], profiles, file)
    yield from limit.notices()


def read_shape(shape: Shape, file: str, record_profiles: list[RecordProfile],
               what: str) -> Iterator[ListingItem | Rejected | Notice]:
    """The items of a page's run (or of a document's table) read as records, their links
    resolved against the address the page states; said once when it states none."""
    from generator.ingest import pageitems

    lost = False

    def records(notes: list[Notice]) -> Iterator[tuple[int | None, Mapping[str, object]]]:
        nonlocal lost
        rows = table_records(pageitems.table_rows(shape), notes) if shape.table else pageitems.item_records(shape)
        for at, record in rows:
            made, relative = pageitems.resolved(record, shape.address)
            lost = lost or relative
            yield at, made

    yield from with_notes(lambda notes: read_records(records(notes), file, record_profiles, what))
    if lost:
        yield pageitems.unresolved_notice(shape.line)

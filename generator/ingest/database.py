"""SQLite databases a scraper saved its records in, read from the file itself (read-only, nothing
written beside it): the tables that hold report records, each read as a CSV's rows are."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from generator.i18n import Message
from generator.ingest.fields import REQUIRED, detect
from generator.ingest.labelledvalues import labelled_date
from generator.ingest.mapping import PROFILE_HINT, SAMPLE, Yielded, found_keys, read_records, required_fields
from generator.ingest.recordprofile import RecordProfile, choose
from generator.ingest.records import Notice, Rejected

MAX_SQLITE_VALUE = 256 << 20  # a longer text or blob in a database stops its table (as a CSV cell's limit)
# What this module tells the editor, in one place (for translation).
MESSAGES = {
    "bad_database": "not a readable SQLite database ({reason})",
    "in_table": "table {table!r}, {message}",
    "no_table": "no table of report records: looked for columns {looked}; found tables {found}; " + PROFILE_HINT,
    "bad_query": "stopped reading the database: {reason}",
}


def parse_sqlite(profiles: list[RecordProfile], path: Path, file: str) -> Iterator[Yielded]:
    try:
        # Read-only and immutable: nothing written beside a committed file, no lock taken.
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_SQLITE_VALUE)
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    except sqlite3.Error as exc:
        yield Notice(1, Message(MESSAGES["bad_database"], reason=exc))
        return
    try:
        wanted = choose(profiles, set(), file)
        found: dict[str, list[str]] = {}
        read = False
        for table in tables:
            quoted = _quoted(table)
            # The stored columns only: a generated column (`big AS (zeroblob(400000000))`) is
            # no scraped data, and could make each row cost what it likes to read.
            columns = [r[1] for r in connection.execute(f"PRAGMA table_xinfo({quoted})") if r[6] == 0]
            found[table] = columns
            if not columns or not _holds_reports(table, columns, profiles, wanted, file,
                                                 lambda columns=columns, quoted=quoted: _first_rows(
                                                     connection, quoted, columns)):
                continue
            read = True
            cursor = connection.execute(f"SELECT {', '.join(map(_quoted, columns))} FROM {quoted}")
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


def _first_rows(connection: sqlite3.Connection, quoted: str, columns: list[str]) -> list[dict[str, object]]:
    cursor = connection.execute(f"SELECT {', '.join(map(_quoted, columns))} FROM {quoted} LIMIT {SAMPLE}")
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _holds_reports(table: str, columns: list[str], profiles: list[RecordProfile], wanted: RecordProfile | None,
                   file: str, sample: Callable[[], list[dict[str, object]]]) -> bool:
    """Whether a table is one to read: the one the file's profile names; else one with the
    columns of a profile's `match_keys`, or every column its fields name; else one holding
    a title and a date, the date perhaps labelled inside another column of its first rows
    (a forum's `Subtitle2`: `研究机构：西南证券 分析师：陈毅聪 撰写日期：2006-02-27`)."""
    if wanted and wanted.table:
        return wanted.table == table
    keyed = choose(profiles, set(columns), file)
    if keyed and keyed.match_keys and all(key in columns for key in keyed.match_keys):
        return True
    named = {rule.key.split(".")[0] for rule in keyed.fields.values() if rule.key} if keyed else set()
    if named and named <= set(columns):
        return True
    found = detect(columns)
    if all(field in found for field in REQUIRED):
        return True
    return "title" in found and any(labelled_date(record) for record in sample())


def _message(item: Rejected | Notice) -> str:
    return item.reason if isinstance(item, Rejected) else item.message

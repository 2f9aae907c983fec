"""Read every listing file under `content/listings/`, whatever its format.

Formats are chosen by file extension; each reader yields ListingItems, with invisible
characters removed (`normalize.clean_item`, or line by line where a reader can do it more
cheaply), or Rejected records, and this module does the accounting so that no item
disappears without a message. Text formats are read from their decoded text; Excel
workbooks and SQLite databases (BINARY) from the file itself.
"""

from __future__ import annotations

import importlib
import mmap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from generator.diagnostics import INTERNAL, Diagnostics, debugging, internal_fields
from generator.i18n import Message
from generator.ingest import html, jsonl, recordprofile, textdump
from generator.ingest.decode import UndecodableFile, decode
from generator.ingest.records import Notice, Rejected
from generator.model import ListingItem

# A reader takes a file's decoded text (its path for BINARY formats) and its name.
Reader = Callable[[str, str], Iterator[ListingItem | Rejected | Notice]]

READERS: dict[str, Reader] = {
    ".txt": textdump.parse,
    ".jsonl": jsonl.parse,
    ".ndjson": jsonl.parse,
    ".jl": jsonl.parse,  # Scrapy's name for JSON Lines (`scrapy crawl … -o items.jl`)
}
# Structured formats, read with the record profiles: extension -> module and reader (structured.py,
# database.py, tables.py or mdlisting.py), which take the profiles first (imported when such a file is
# read: most builds read none).
RECORD_READERS = {".json": "structured.parse_json", ".jsonl": "structured.parse_jsonl",
                  ".ndjson": "structured.parse_jsonl", ".jl": "structured.parse_jsonl", ".csv": "tables.parse_csv",
                  ".tsv": "tables.parse_csv", ".xlsx": "tables.parse_xlsx", ".xlsm": "tables.parse_xlsx",
                  ".xls": "tables.parse_xls", ".db": "database.parse_sqlite", ".sqlite": "database.parse_sqlite",
                  ".sqlite3": "database.parse_sqlite", ".xml": "xmlfeed.parse_xml", ".rss": "xmlfeed.parse_xml",
                  ".atom": "xmlfeed.parse_xml", ".js": "javascript.parse_js", ".mjs": "javascript.parse_js",
                  ".md": "mdlisting.parse_markdown", ".markdown": "mdlisting.parse_markdown"}
BINARY = frozenset((".xlsx", ".xlsm", ".xls", ".db", ".sqlite", ".sqlite3"))
# Listing pages, read through the source profiles or by their shape (html.py); a page saved under its
# address's name keeps the server's suffix (`recommend.php`, `list.aspx`, `index.shtml`).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp")


@dataclass
class FileCount:
    """Per-file accounting: read = published + merged + rejected."""

    file: str
    read: int = 0
    merged: int = 0
    rejected: int = 0
    # Lines in a part of a text dump, whose line numbers count from the part's first line
    # until its file's parts are joined (see listings.py); 0 for a file read whole.
    lines: int = 0

    @property
    def published(self) -> int:
        return self.read - self.merged - self.rejected


def listing_files(listings_dir: Path) -> list[Path]:
    if not listings_dir.is_dir():
        return []
    return sorted(p for p in listings_dir.rglob("*") if p.is_file() and not p.name.startswith("."))


def readers_for(content_dir: Path, diagnostics: Diagnostics, pages: bool = True) -> dict[str, Reader]:
    """The readers by extension; HTML pages are read through the source profiles, records
    through the record profiles. With `pages` False (no listing is an HTML page) the built-in
    source profiles are not loaded: checking their CSS selectors costs 0.5 s a build. The
    site's own are, so that their faults are reported either way."""
    profiles_dir = content_dir / "profiles"
    try:
        loaded = html.profiles(profiles_dir, built_in=pages)
    except html.ProfileError as exc:
        diagnostics.error(profiles_dir, None, str(exc))
        loaded = html.profiles(None, built_in=pages)
    try:
        record_profiles = recordprofile.record_profiles(profiles_dir)
    except recordprofile.RecordProfileError as exc:
        diagnostics.error(profiles_dir, None, str(exc))
        record_profiles = recordprofile.record_profiles(None)
    page_reader = partial(html.parse_with, loaded, record_profiles)
    records = {suffix: partial(_read_records, name, record_profiles) for suffix, name in RECORD_READERS.items()}
    return {**READERS, **records, **dict.fromkeys(PAGE_SUFFIXES, page_reader)}


def _read_records(name: str, profiles: list[recordprofile.RecordProfile], source: str,
                  file: str) -> Iterator[ListingItem | Rejected | Notice]:
    module, reader = name.split(".")
    return getattr(importlib.import_module(f"generator.ingest.{module}"), reader)(profiles, source, file)


class Unsplittable(Exception):
    """The file cannot be read in parts (it is not read from its bytes): read it whole."""


Span = tuple[int, int, bool]  # a part of a text dump: first byte, end byte, whether it ends the file


def _items(path: Path, reader: Reader, file: str,
           span: Span | None) -> tuple[Iterator[ListingItem | Rejected | Notice], str | None, int | None]:
    """The reader's items of the file (or of a `span` of a text dump, see
    `textdump.part_cuts`), what decoding found amiss, and for a span the number of its
    lines (None for the whole file). A text dump in UTF-8 is split into lines first: the
    middles of its long preview lines, most of its bytes, are then never decoded."""
    if span is not None:
        start, end, ends_file = span
        with path.open("rb") as stream:
            stream.seek(start)
            lines = textdump.utf8_lines(stream.read(end - start))
        if lines is None:
            raise Unsplittable(file)
        return textdump.parse_lines(lines, file, ends_file), None, len(lines) - 1
    if path.suffix.lower() in BINARY:
        return reader(path, file), None, None  # type: ignore[arg-type]
    data = path.read_bytes()
    if reader is textdump.parse and (lines := textdump.utf8_lines(data)) is not None:
        return textdump.parse_lines(lines, file), None, None
    text, _encoding, problem = decode(data)
    return reader(text, file), problem, None


def spans(path: Path, count: int) -> list[Span] | None:
    """A text dump cut into about `count` parts to read one by one, from the bytes around
    the cuts alone; None when it is not a text dump, or cannot be cut."""
    if READERS.get(path.suffix.lower()) is not textdump.parse:
        return None
    with path.open("rb") as stream:
        size = path.stat().st_size
        if size == 0:
            return None
        with mmap.mmap(stream.fileno(), size, access=mmap.ACCESS_READ) as data:
            cuts = textdump.part_cuts(data, count)
    return None if cuts is None else [(start, end, end == size) for start, end in cuts]


def read_listing_file(path: Path, readers: dict[str, Reader], diagnostics: Diagnostics,
                      count: FileCount, span: Span | None = None) -> Iterator[ListingItem]:
    """Yield the items of one listing file, or of a `span` of it (raising Unsplittable when
    it cannot be read in parts after all), counting them and reporting every rejection."""
    reader = readers.get(path.suffix.lower())
    if reader is None:
        diagnostics.warning(path, None, "not a listing format ({formats}); file ignored", formats=", ".join(readers))
        return
    try:
        items, problem, part_lines = _items(path, reader, count.file, span)
    except UndecodableFile as exc:
        diagnostics.warning(path, None, "{reason}; no items read from this file", reason=exc.args[0])
        return
    except OSError as exc:
        if span is not None:
            raise Unsplittable(count.file) from None  # read whole, to be reported once
        diagnostics.warning(path, None, "cannot read file: {reason}", reason=exc.strerror)
        return
    if isinstance(problem, Message):
        diagnostics.warning(path, None, problem.template, **problem.fields)
    elif problem:
        diagnostics.warning(path, None, problem)
    count.lines = part_lines or 0
    found = noticed = False
    try:
        for item in items:
            if isinstance(item, Notice):
                diagnostics.warning(path, item.line, item.message, **item.fields)
                noticed = True
                continue
            found = True
            count.read += 1
            if isinstance(item, Rejected):
                count.rejected += 1
                diagnostics.warning(path, item.line, item.reason, **item.fields)
            else:
                yield item
    except Exception as exc:  # one broken file must not stop the build; the message names it
        if debugging():
            raise
        diagnostics.warning(path, None, "stopped reading after {count} item(s): " + INTERNAL, count=count.read,
                            **internal_fields(exc))
        found = True
    if not found and not noticed and part_lines is None:
        diagnostics.warning(path, None, "no listing items found in this file")

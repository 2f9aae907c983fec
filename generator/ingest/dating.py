"""The day a record with no date of its own is given, and the day a file's name gives it.

A listing's records may leave their date out: a daily digest dates them by the object holding
them (`{"date": …, "reports": […]}`), a daily scrape by its file's name (`2024/07/17.json`), an
archive by the record's own title. mapping.py asks `Dating` for that day, record by record.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import PurePath

from generator.ingest.records import parse_date
from generator.model import ListingItem


class Dating:
    """The days a file's records without a date of their own are given, best first: the date
    of the object holding the records (`{"date": …, "reports": […]}`), the date in the file's
    name, the date in the record's own title (`삼성전자_20250714_company.pdf`). A record
    undated in one section of a listing and dated in another (慧博's 今日热门 beside its
    投研资讯) takes the date it is listed with: such records wait to the file's end."""

    def __init__(self, listing: tuple[str, date] | None = None, file: date | None = None,
                 dated_column: bool = False) -> None:
        self.listing_key, self.listing = listing or (None, None)
        self.file, self.dated_column = file, dated_column
        self.seen: dict[str, date] = {}  # title -> the date a dated record of the file gives it
        self.waiting: list[ListingItem] = []
        # The order the file's two-digit-year dates (`25.09.30`) are written in, decided by
        # its first records together (records.short_date_order); None when they decide none.
        self.short_order: str | None = None

    def fallback(self, title: str, *addresses: str | None, document: str | None = None) -> date | None:
        return (self.listing or self.file or parse_date(title) or stamp_date(title) or document_date(document)
                or address_date(*addresses))

    def flush(self) -> Iterator[ListingItem]:
        for item in self.waiting:
            item.date = self.seen.get(item.title, item.date)
            yield item
        self.waiting.clear()


def file_date(file: str) -> date | None:
    """The date in a listing file's name or folders below `listings/` (`2024/07/17.json`,
    `reports-20240717.csv`): a daily scrape's day."""
    parts = PurePath(file).parts
    below = parts[len(parts) - parts[::-1].index("listings"):] if "listings" in parts else parts[-1:]
    return parse_date("/".join(below))


# Eastmoney's report code in an address (`pdf.dfcfw.com/pdf/H3_AP202011081427544141_1.pdf`,
# `report/info/AP202606181823661327.html`): `AP`, the day it was published (YYYYMMDD), then the
# time and a serial number.
_REPORT_CODE = re.compile(r"(?<![A-Za-z0-9])(?:H\d_)?AP((?:19|20)\d{6})\d{6,}(?!\d)")


# A disclosure site's dated folder (cninfo's and the exchanges' `…/finalpage/2019-04-16/….PDF`,
# `…/announcement/c/2019-04-30/603668_2018_n.pdf`): a whole segment of the address's path that
# is a day, written with its dashes.
_DATED_FOLDER = re.compile(r"(?<=/)((?:19|20)\d{2}-\d{2}-\d{2})(?=/)")


def address_date(*addresses: str | None) -> date | None:
    """The day a record's address gives: by Eastmoney's report code in it, else by a dated
    folder of its path; the first found."""
    return code_date(*addresses) or folder_date(*addresses)


def code_date(*addresses: str | None) -> date | None:
    """The day Eastmoney's report code in one of a record's addresses gives, the first found."""
    return _address_day(_REPORT_CODE, addresses)


def folder_date(*addresses: str | None) -> date | None:
    """The day a dated folder in one of a record's addresses gives, the first found."""
    return _address_day(_DATED_FOLDER, addresses)


def _address_day(pattern: re.Pattern[str], addresses: tuple[str | None, ...]) -> date | None:
    for address in addresses:
        if address and (match := pattern.search(address.split("?", 1)[0])) and (day := parse_date(match.group(1))):
            return day
    return None


def document_date(document: str | None) -> date | None:
    """The day in the name of the document file a record keeps (a downloader's index row's
    `source_file`, `…/000049_德赛电池_2025-08-26_半年报_….pdf`): its name's, not its folders'."""
    if not document or not document.strip():
        return None
    return parse_date(PurePath(document.strip().replace("\\", "/")).name)


# A document file name's closing day stamp with a two-digit year (`…_190520`, `…검토190513b`,
# `…_190521(2)`): six digits ending the name, a revision letter, a `(n)` copy number or an
# extension after them at most.
_STAMP = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})[a-zA-Z]?(?:\(\d{1,2}\))?(?:\.[A-Za-z]{2,4})?\s*$")


def stamp_date(title: str) -> date | None:
    """The day a title ending in a file name's YYMMDD stamp names, in 2000 to 2049: a stock code
    closing a title (`600519`, `300750`) is none, being 2060 or a 50th. Not checked against today:
    a listing file's reading is cached by its bytes, so nothing in it may depend on the day read."""
    match = _STAMP.search(title or "")
    if not match or int(match.group(1)) >= 50:
        return None
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(2000 + year, month, day)
    except ValueError:
        return None

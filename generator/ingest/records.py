"""What every listing reader yields besides items, and the field parsing they share.

Scraped values arrive as text in many shapes (`2023/10/12`, `浏览量1.2万`, `52页`); these
helpers turn them into values or None, never raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone

MAX_VIEWS = 10**9
# The zone a timestamp's day is read in: the report platforms are Chinese and stamp a report's
# publish day at midnight in Beijing (16:00 UTC the day before), so read in UTC the day
# would be one early.
LISTING_ZONE = timezone(timedelta(hours=8), "Asia/Shanghai")
MAX_PAGES = 100_000


@dataclass
class Rejected:
    """An item that could not be used, with the reason a person can act on: an English
    template and the fields that fill it in (translated when shown, see generator/i18n.py)."""

    line: int | None  # None where the format has no lines (the reason names the record)
    reason: str
    fields: dict[str, object] = field(default_factory=dict)


@dataclass
class Notice:
    """A problem with one field of an item that is still used (a warning, not a rejection)."""

    line: int | None
    message: str
    fields: dict[str, object] = field(default_factory=dict)


_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
# A spreadsheet's date left as its day number (a cell that lost its date format, saved as a
# number or as text: `45406` is 2024-04-24), from 1990 to 2100.
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_DAYS = (32874, 73050)
# A .NET JSON date, as some platforms' APIs serve it: `/Date(1720483200000)/`, `/Date(1720483200000+0800)/`.
_DOTNET_DATE = re.compile(r"/?Date\((\d{10,13})(?:[+-]\d{4})?\)/?")
# A time of day in UTC after a date (`2024-07-17T16:00:00.000Z`, RSS's `Wed, 17 Jul 2024 16:00:00 GMT`):
# an instant a program wrote out, whose day is read in the listing zone as a timestamp's is.
# A time in any other zone is the writer's own clock, and keeps the day written.
_UTC_TIME = re.compile(r"[T\s](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:Z|UTC|GMT|UT|[+-]00:?00)\s*$",
                       re.IGNORECASE)
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY, _YEAR = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?", r"(?P<year>\d{4})"
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}[\s-]+{_MONTH},?[\s-]+{_YEAR}\b", re.IGNORECASE)
# A count as sites show it: `2,345`, `1.2万`, `1.2w` (万), `3.5k`, `1.5亿`.
_NUMBER = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万|千|亿|[wWkK](?![a-zA-Z]))?")
_UNITS = {"万": 10_000, "w": 10_000, "W": 10_000, "千": 1_000, "k": 1_000, "K": 1_000, "亿": 100_000_000}


def parse_date(value: object) -> date | None:
    """A calendar date from text (`2023-10-12`, `2023年10月12日`, `20231012`, `Oct 12, 2023`), a
    date or datetime, a Unix timestamp (s or ms, also as `/Date(…)/`, its day in Beijing), or a
    spreadsheet's day number."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value if 1990 <= value.year <= 2100 else None
    if isinstance(value, int | float) and not (isinstance(value, int) and _COMPACT_DATE.fullmatch(str(value))):
        if EXCEL_DAYS[0] <= value <= EXCEL_DAYS[1]:  # a spreadsheet's day number: no timestamp is so small
            return EXCEL_EPOCH + timedelta(days=int(value))
        if not 0 < value < 10**14:
            return None
        seconds = value / 1000 if value > 10**11 else value
        return parse_date(datetime.fromtimestamp(seconds, tz=LISTING_ZONE).date())
    text = str(value)[:200].strip()
    if text.isdigit() and len(text) in (5, 10, 13):  # a day number or a Unix timestamp saved as text
        return parse_date(int(text))
    if dotnet := _DOTNET_DATE.fullmatch(text):
        return parse_date(int(dotnet.group(1)))
    match = _DATE.search(text) or _COMPACT_DATE.search(text)
    if not match:
        return _in_listing_zone(_english_date(text), text)
    try:
        found = date(*(int(g) for g in match.groups()))
    except ValueError:
        return None
    return _in_listing_zone(found, text) if 1990 <= found.year <= 2100 else None


# A date with a two-digit year and dots (`25.09.30`): year first as Korean and Chinese sites
# write it (2025-09-30), or day first as European ones do (30.09.25). A value alone may read
# either way (`25.09.15`); a file's values decide together (see `short_date_order`).
_SHORT_DATE = re.compile(r"(?<![\d.])(\d{2})\.(\d{1,2})\.(\d{2})(?![\d.])")
SHORT_ORDERS = ("ymd", "dmy")


def parse_short_date(value: object, order: str) -> date | None:
    """A date written with a two-digit year and dots, read in `order` (`ymd` or `dmy`); None
    for any other value, or one that is no date in that order."""
    if not isinstance(value, str) or not (match := _SHORT_DATE.search(value[:200])):
        return None
    first, month, last = (int(g) for g in match.groups())
    year, day = (first, last) if order == "ymd" else (last, first)
    try:
        return date(2000 + year, month, day)
    except ValueError:
        return None


def short_date_order(values: list[object], today: date | None = None) -> str | None:
    """The order the two-digit-year dates among `values` are written in: the one under which
    every such value is a day not after today (`25.09.30` is no 30 September 2025 read day
    first, 25 September 2030 being to come); None when both orders, or neither, fit them all."""
    today = today or datetime.now(LISTING_ZONE).date()
    short = [v for v in values if isinstance(v, str) and _SHORT_DATE.search(v[:200]) and parse_date(v) is None]
    if not short:
        return None
    fits = [order for order in SHORT_ORDERS
            if all((d := parse_short_date(v, order)) is not None and d <= today + timedelta(days=1) for v in short)]
    return fits[0] if len(fits) == 1 else None


# A day and month without the year, as a list shows this year's entries (`Jul 17`, `17 jul`,
# `7月17日`): read against the listing's own day (see `parse_month_day`).
_MONTH_DAY = (re.compile(rf"^\s*{_MONTH}\s+{_DAY}\s*$", re.IGNORECASE),
              re.compile(rf"^\s*{_DAY}\s+{_MONTH}\s*$", re.IGNORECASE))
_CJK_MONTH_DAY = re.compile(r"^\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]?\s*$")


def parse_month_day(value: object, reference: date | None) -> date | None:
    """A day given by its month and day alone, in the year that puts it on or before
    `reference` (the listing's own day: `Dec 20` in a list of 2026-01-05 is 2025-12-20); None
    without a reference, or for any other value."""
    if reference is None or not isinstance(value, str) or len(value) > 40:
        return None
    match = _MONTH_DAY[0].match(value) or _MONTH_DAY[1].match(value) or _CJK_MONTH_DAY.match(value)
    if not match:
        return None
    month = match.group("month")
    number = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
    day = int(match.group("day"))
    for year in (reference.year, reference.year - 1):
        try:
            found = date(year, number, day)
        except ValueError:
            continue
        if found <= reference + timedelta(days=1):
            return found
    return None


def _in_listing_zone(day: date | None, text: str) -> date | None:
    """The day of `text` in the listing zone when it gives a time in UTC; else `day`."""
    utc = _UTC_TIME.search(text) if day else None
    if not utc or day is None:
        return day
    hour, minute, second = (int(g or 0) for g in utc.groups())
    if hour > 23 or minute > 59 or second > 59:
        return day
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=UTC).astimezone(
        LISTING_ZONE).date()


def _english_date(text: str) -> date | None:
    """An English site's date with its month named: `Jul 5, 2024`, `Published May 3rd, 2023`,
    `5 July 2024`, `05-Jul-2024`. A named month leaves no day-month order to guess; a month
    without its day or year (`July 2024`) is no date."""
    match = _MONTH_DAY_YEAR.search(text) or _DAY_MONTH_YEAR.search(text)
    if not match:
        return None
    try:
        found = date(int(match.group("year")), _MONTHS[match.group("month")[:3].lower()], int(match.group("day")))
    except ValueError:
        return None
    return found if 1990 <= found.year <= 2100 else None


def parse_count(value: object, limit: int = MAX_VIEWS) -> int | None:
    """A non-negative count from `1234`, `2,345`, `1.2万`, `1.2w`, `浏览量20人已浏览`; None when absent or absurd."""
    if isinstance(value, bool | bytes | bytearray | memoryview) or value is None:
        return None
    if isinstance(value, int):
        return value if 0 <= value <= limit else None
    match = _NUMBER.search(str(value)[:100])
    digits = match.group(1).replace(",", "") if match else ""
    if not digits or len(digits) > 12:
        return None
    number = float(digits) * _UNITS.get(match.group(2) or "", 1)
    return int(number) if 0 <= number <= limit else None


def http_url(value: object, base: str | None = None) -> str | None:
    """An http(s) URL, resolved against `base` when relative; None for anything else."""
    from urllib.parse import urljoin, urlsplit

    if not isinstance(value, str) or not value.strip():
        return None
    url = urljoin(base, value.strip()) if base else value.strip()
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def json_integer(digits: str) -> int | float:
    """A JSON integer; one too long for Python to convert (over 4,300 digits, a
    ValueError that is no JSONDecodeError, and stopped the file) is read as the float it
    rounds to (inf), which the field checks treat like any absurd number."""
    return int(digits) if len(digits) <= 4000 else float(digits)

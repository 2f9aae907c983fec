"""Take a listed report title apart: publisher segments, page count, dates, the title proper.

Listings name files, not reports, so a title carries furniture: `机构:标题(52页).pdf`,
`标题-20190217-机构-11页.pdf`, `20231213_机构_标题_39页.pdf`, `【机构】标题`, `机构 | 标题`.
This module only finds the segments; whether a segment is a publisher is decided by
attribution, against the publisher table.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date

from generator.normalize import squash_spaces, strip_invisible

_EXTENSION = re.compile(r"\.(?:pdf|docx?|pptx?|xlsx?|txt|html?|caj|wps)\s*$", re.IGNORECASE)
_PAGES = re.compile(r"\s*[(（\[【［]\s*(?:共\s*)?(\d{1,5})\s*[页頁pP]\s*[)）\]】］]\s*")
_TRAILING_PAGES = re.compile(r"\s*[-_—–\s]\s*(?:共\s*)?(\d{1,5})\s*[页頁]\s*$")
_CODE_DATE = re.compile(r"(?<![\d.])(?:(20\d{2})(\d{2})(\d{2})|(\d{2})(\d{2})(\d{2}))(?![\d.])")
_CN_DATE = re.compile(r"(20\d{2}|19\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_DOT_DATE = re.compile(r"(?<!\d)(20\d{2})[./-](\d{1,2})[./-](\d{1,2})(?!\d)")
_SUFFIX_DATE = re.compile(r"\s*[-_—–]\s*(\d{6}|\d{8})\s*$")
_PREFIX_DATE = re.compile(r"^\s*(\d{8}|\d{6})\s*[-_—–\s]\s*")
_DASHED = re.compile(r"^(?P<title>.+?)\s*[-—–]\s*(?P<date>\d{8}|\d{6})\s*[-—–]\s*(?P<org>[^-—–]{2,40})$")
_UNDERSCORED = re.compile(r"^(?P<org>[^_]{2,40})_(?P<title>.+)$")
_BRACKET_PREFIX = re.compile(r"^\s*[【\[［]\s*(?P<prefix>[^】\]］]{1,40})\s*[】\]］]\s*(?P<rest>.+)$")
_BAR_PREFIX = re.compile(r"^(?P<prefix>[^|｜]{2,40}?)\s*[|｜]\s*(?P<rest>.+)$")
_COLON_PREFIX = re.compile(r"^(?P<prefix>[^:：。，,!?！？]{1,40}?)\s*[:：]\s*(?P<rest>.+)$")
# A bracketed report type (【公司研究】, 【研报】) is furniture; a bracketed series name is title.
_REPORT_TYPE = re.compile(r"(?:公司|行业|宏观|策略|固收|金工|海外|港股|债券)?(?:研究|研报|研報|深度|点评|點評|报告|"
                          r"報告|快评|专题|專題|周报|月报|晨会|首次覆盖|调研|纪要)(?:报告|報告)?")
# A dash or underscore between segments, never one inside a number range (`2022-2025年`).
_DASHES = "-_—–"
_SEG = rf"\s*(?:(?<!\d)[{_DASHES}]|[{_DASHES}](?!\d))\s*"
_LEAD = re.compile(rf"^(?P<prefix>[^{_DASHES}|｜:：()（）]{{2,24}}?){_SEG}(?P<rest>.+)$")
_TRAIL = re.compile(rf"^(?P<rest>.+?){_SEG}(?P<prefix>[^{_DASHES}|｜:：()（）]{{2,24}})$")
# A segment that is only a date: `-2024.7`, `2024年07月22日-`, `[20240712]`.
_DATE_WORDS = r"(?:20\d{2}(?:[.年/]\d{1,2}(?:[.月/]\d{1,2}[日号]?|月)?)|\d{8}|\d{6})"
_LEAD_DATE = re.compile(rf"^\s*(?P<date>{_DATE_WORDS}){_SEG}")
_TRAIL_DATE = re.compile(rf"(?:{_SEG}(?P<date>{_DATE_WORDS})|\s*[\[【]\s*(?P<code>\d{{8}})\s*[\]】])\s*$")
JOINT = re.compile(r"\s*(?:&amp;?|[&＆、/／+＋]|\s和\s)\s*")
_DANGLING = " -_—–|｜:：,，·•"


@dataclass
class TitleParts:
    """What a title says, before the publisher table is consulted."""

    listed: str
    display: str
    body: str
    prefix: str | None = None
    prefix_as_listed: str = ""
    prefix_parts: list[str] = field(default_factory=list)
    prefix_bracketed: bool = False
    pages: int | None = None
    report_date: date | None = None
    # Other ways to read the title when its first prefix is not a publisher: a segment set
    # off by a dash or underscore at either end (`华泰证券-银行业周报`, `…-华泰证券`).
    alternatives: list[TitleParts] = field(default_factory=list)

    def clean_title(self, prefix_is_publisher: bool) -> str:
        """The title proper: the prefix stays when it names an industry or series, not a publisher."""
        if not self.prefix or prefix_is_publisher or self.prefix_bracketed:
            return self.body
        return f"{self.prefix_as_listed}{self.body}"


def display_text(title: str) -> str:
    """The listed title made safe to show: entities decoded (`&amp` too), invisibles gone."""
    return squash_spaces(strip_invisible(html.unescape(title)))


def _valid_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if 1990 <= found.year <= 2100 else None


def _code_date(code: str) -> date | None:
    if len(code) == 8:
        return _valid_date(int(code[:4]), int(code[4:6]), int(code[6:]))
    if len(code) == 6:  # `yymmdd`; a later "year" is a stock code (`601012`, `300124`)
        found = _valid_date(int(code[:2]), int(code[2:4]), int(code[4:]))
        return found if found and found.year <= date.today().year + 1 else None
    return None


def find_date(text: str) -> date | None:
    """The first plausible calendar date written in Chinese, dotted or as a date code."""
    for pattern in (_CN_DATE, _DOT_DATE):
        for match in pattern.finditer(text):
            found = _valid_date(*(int(g) for g in match.groups()))
            if found:
                return found
    return None


def _segment_date(word: str) -> tuple[bool, date | None]:
    """(is a date, the day when it names one) for a segment like `240712` or `2024.7`."""
    if word.isdigit():
        found = _code_date(word)
        return found is not None, found
    numbers = [int(n) for n in re.findall(r"\d+", word)]
    if len(numbers) == 3:
        found = _valid_date(*numbers)
        return found is not None, found
    return len(numbers) == 2 and 1 <= numbers[1] <= 12, None


def _strip_date_segments(text: str) -> tuple[str, date | None]:
    """Drop date segments at either end (`2024年07月22日-…`, `…-2024.7`, `…[20240712]`)."""
    first: date | None = None
    for pattern in (_LEAD_DATE, _TRAIL_DATE):
        while (found := pattern.search(text)) and found.end() - found.start() < len(text):
            is_date, day = _segment_date(found.group("date") or found.group("code"))
            if not is_date:
                break
            first = first or day
            text = text[: found.start()] + text[found.end():]
    return text, first


def _alternatives(text: str, report_date: date | None, pages: int | None) -> list[TitleParts]:
    """Readings with a dash- or underscore-separated publisher at the start or the end."""
    readings: list[TitleParts] = []
    if not any(dash in text for dash in _DASHES):
        return readings  # what both patterns need; they take long to find it missing
    for pattern in (_LEAD, _TRAIL):
        found = pattern.match(text)
        if found:
            body, day = _strip_date_segments(found.group("rest").strip(_DANGLING))
            prefix = found.group("prefix").strip()
            readings.append(TitleParts(
                listed=text, display=text, body=squash_spaces(body), prefix=prefix, prefix_as_listed="",
                prefix_parts=[p for p in JOINT.split(prefix) if p], pages=pages,
                report_date=report_date or day))
    return readings


def parse_title(listed: str) -> TitleParts:
    display = display_text(listed)
    text = display
    while True:
        stripped = _EXTENSION.sub("", text)
        if stripped == text:
            break
        text = stripped
    pages: int | None = None

    def take_pages(match: re.Match[str]) -> str:
        nonlocal pages
        pages = pages or int(match.group(1))
        return " "

    text = _PAGES.sub(take_pages, text).strip()
    text = _TRAILING_PAGES.sub(take_pages, text).strip()
    text = text.strip(_DANGLING) or text

    report_date: date | None = None
    org_segments: list[str] = []
    prefix: str | None = None
    as_listed = ""
    bracketed = False

    dashed = _DASHED.match(text)
    if dashed and _code_date(dashed.group("date")):
        report_date = _code_date(dashed.group("date"))
        text, org_segments = dashed.group("title"), [dashed.group("org").strip()]
    else:
        leading = _PREFIX_DATE.match(text)
        if leading and _code_date(leading.group(1)):
            report_date = _code_date(leading.group(1))
            text = text[leading.end():]
            underscored = _UNDERSCORED.match(text)
            if underscored:
                text, org_segments = underscored.group("title"), [underscored.group("org").strip()]
        trailing = _SUFFIX_DATE.search(text)
        if trailing and _code_date(trailing.group(1)):
            report_date = report_date or _code_date(trailing.group(1))
            text = text[: trailing.start()]
    text, segment_date = _strip_date_segments(text)
    report_date = report_date or segment_date
    core = text
    alternatives: list[TitleParts] = []
    if dashed and report_date:
        alternatives.append(TitleParts(listed=listed, display=display, body=org_segments[0], prefix=text,
                                       prefix_parts=[text], pages=pages, report_date=report_date))
    if org_segments:
        prefix = org_segments[0]
    else:
        for pattern in (_BRACKET_PREFIX, _BAR_PREFIX, _COLON_PREFIX):
            found = pattern.match(text)
            if found:
                prefix = found.group("prefix").strip()
                as_listed = text[: found.start("rest")]
                bracketed = pattern is _BRACKET_PREFIX and bool(_REPORT_TYPE.fullmatch(prefix))
                text = found.group("rest")
                break

    report_date = report_date or find_date(text) or _embedded_code_date(text)
    body = text.strip(_DANGLING).strip() or text.strip()
    parts = [p for p in JOINT.split(prefix) if p] if prefix else []
    if not org_segments:
        alternatives += _alternatives(core, report_date, pages)
    return TitleParts(
        listed=listed,
        display=display,
        body=squash_spaces(body),
        prefix=prefix,
        prefix_as_listed=as_listed,
        prefix_parts=parts,
        prefix_bracketed=bracketed,
        pages=pages,
        report_date=report_date,
        alternatives=alternatives,
    )


_EMBEDDED_CODE = re.compile(rf"(?:^|[{_DASHES}\s])(\d{{8}}|\d{{6}})(?=$|[{_DASHES}\s])")


def _embedded_code_date(text: str) -> date | None:
    """A date code standing on its own inside the title (`…-20190217-…`), never a bare year."""
    for match in _EMBEDDED_CODE.finditer(text):
        found = _code_date(match.group(1))
        if found:
            return found
    return None

"""The dates a listed title carries around its words: a file's date code (`标题-20190217-机构`,
`…_240712`), a reading list's or a digest's date before the title (`2020年12月，…`, `2025.12.29芯片…`),
an English listing's day-first or spelled-out date (`23.12.2022 - …`, `… – Jun 12, 2019`), the date a
citation notes after its closing mark, a segment that is only a date.

They stand apart from titles.py, which takes the title's segments apart and finds the credit: a date reads
the same wherever it stands and says nothing of who published the report. The separators of segments are
here because date segments are cut at them too; titles imports them, and this module imports nothing of
titles.

The report-date readers (dates.py) ask here for the date a title states: the report's when the cover's headline
states the same day (`compact_date`), and the day a date read off the cover must not contradict (`title_date`).
"""

from __future__ import annotations

import re
from datetime import date

from generator.enrich.dateparts import DATE, HEADLINE, day_figures, valid_day

# A dash or underscore between segments, never a dash inside a number range (`2022-2025年`).
DASHES = "-_—–"
SEG = rf"\s*(?:_|(?<!\d)[{DASHES}]|[{DASHES}](?!\d))\s*"
# What a title's ends are trimmed of once a segment is off.
DANGLING = " -_—–|｜:：,，·•"

# What a date closing a title ends with, before spaces: a digit, or 日, 号, 月 or a bracket (`…-2024.7`,
# `…2024年7月`, `…[20240712]`).
_DATE_CLOSES = frozenset("日号月]】")


class _DateAtEnd:
    """A pattern of a date at a title's end, searched only where the title's last character but
    spaces may close one (a search tries every position of the title, and most end otherwise)."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = re.compile(source, flags)

    def search(self, text: str) -> re.Match[str] | None:
        last = text.rstrip()[-1:]
        return self.pattern.search(text) if last.isdecimal() or last in _DATE_CLOSES else None


_CN_DATE = re.compile(r"(20\d{2}|19\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_DOT_DATE = re.compile(r"(?<!\d)(20\d{2})[./-](\d{1,2})[./-](\d{1,2})(?!\d)")
# (a middle dot sets off a digest's date code too: `天风Morning Call·晨会集萃·20220427`)
SUFFIX_DATE = _DateAtEnd(r"(?:\s*[-_—–·・]\s*|\s+(?=(?:19|20)\d{6}\s*$))(\d{6}|\d{8})\s*$")
PREFIX_DATE = re.compile(r"^\s*(\d{8}|\d{6})\s*[-_—–\s]\s*")
# A reading list's date before a credit (`2020年12月，百度&德勤：…`).
LISTED_ON = re.compile(r"^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?\s*[，,]\s*")
# A date a citation notes after the title's closing mark: `《…》(2020.02.23)`, `《…》（2022年10月27日）`,
# `《…》2016.10`; only a full date is the report's.
NOTED_DATE = re.compile(r"(?<=[》>])\s*(?:[(（]\s*(?P<a>(?:19|20)\d{2}(?:\s*[./\-年]\s*\d{1,2}(?:\s*[./\-月]\s*\d{1,2}"
                        r"\s*[日号]?)?\s*月?)?)\s*[)）]|(?P<b>(?:19|20)\d{2}(?:[./]\d{1,2})?))\s*$")
# A digest's date glued to its title (`2025.12.29芯片行业观察`, `2026.1.5 2026 年…`, `2025.05.19-2025.5.19…`).
GLUED_LEAD_DATE = re.compile(r"^\s*((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})(?![\d.])\s*[-_—–]?\s*(?=\S)")
# A date code glued to the title's first word (`20251209投資早報`, `20250819兆豐個股報告…`).
GLUED_CODE_LEAD = re.compile(r"^((?:19|20)\d{6})(?=[\u4e00-\u9fff])")
# Day-first dates as English listings write them: `23.12.2022 - Motilal Oswal on …`,
# `… call on United Spirits, - 20.08.2021`, `MACQUARIE ON SUN TV : 14.06.2021`, `… Edition – Jun 12, 2019`.
_LATIN_LEAD_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s*[-–—]\s+(?=\S)")
_LATIN_TRAIL_DATE = _DateAtEnd(r"\s*[,;]?\s*[-–—:]\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s*$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_TRAIL_DATE = _DateAtEnd(r"\s+[-–—]\s+(" + "|".join(_MONTHS) + r")[a-z]*\.?\s+(\d{1,2}),\s*((?:19|20)\d{2})\s*$",
                            re.IGNORECASE)
# An English date written out, month first or day first (`Jun 21, 2018`, `May 8, 2018`, `30 Oct 2013`,
# `20 February 2017`): closing a sentence of the title (`… Equity Research Machinery. Jun 21, 2018`), the
# title's date and off it; inside the title (`Yum Cha. May 8, 2018 TALKING POINT …`), its date only.
_EN_MONTH = r"(?:" + "|".join(_MONTHS) + r")[a-z]{0,6}\.?"
_EN_DATE = re.compile(rf"\b(?:(?P<m1>{_EN_MONTH})\s+(?P<d1>\d{{1,2}}),\s*(?P<y1>(?:19|20)\d{{2}})"
                      rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_EN_MONTH}),?\s+(?P<y2>(?:19|20)\d{{2}}))(?!\d)", re.IGNORECASE)
# A document share's slug-title closing on its date without a comma (`HuataiResearch … Aug 04 2021`).
_EN_SLUG_DATE = _DateAtEnd(r"(?<=[A-Za-z])\s+(" + "|".join(_MONTHS) + r")\s+(\d{1,2})\s+((?:19|20)\d{2})\s*$",
                           re.IGNORECASE)
_EN_SENTENCE_DATE = _DateAtEnd(rf"(?<=[.,;])\s+(?P<date>{_EN_DATE.pattern})\s*$", re.IGNORECASE)
# A blog's title closing on `dated` and its day (`TENCENT (HK: 700) dated 4 Apr 2023`): the title's date, off it.
_EN_DATED = _DateAtEnd(rf"\s+dated\s+(?P<date>{_EN_DATE.pattern})\s*$", re.IGNORECASE)


def _en_date(found: re.Match[str]) -> date | None:
    month, day, year = (found.group("m1"), found.group("d1"), found.group("y1")) if found.group("m1") else \
        (found.group("m2"), found.group("d2"), found.group("y2"))
    words = month.lower().rstrip(".")
    if words[:3] not in _MONTHS or (len(words) > 3 and not _FULL_MONTHS[_MONTHS.index(words[:3])].startswith(words)):
        return None
    return valid_date(int(year), _MONTHS.index(words[:3]) + 1, int(day))


_LATIN_LETTER = re.compile("[A-Za-z]")  # (a month's name holds one: one scan for it, no Python step a character)
_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")


def spelled_date(text: str) -> date | None:
    """The first English date written out in the title (`May 8, 2018`, `17 May 2017`)."""
    for found in _EN_DATE.finditer(text) if _LATIN_LETTER.search(text[:1] + text[-40:]) else ():
        if day := _en_date(found):
            return day
    return None
# A full date opening the title before a space (`2015 年 3 月 9 日 対外…`).
LEAD_CN_DATE = re.compile(r"^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s+(?=\S)")
# A date code closing the title: glued (`实例20180531`) or in brackets (`（20250530）`); a bare
# month and day (`周度思考0626`) closes it too but names no year.
GLUED_DATE = re.compile(r"(?<=[\u4e00-\u9fff])\s*[(（]?((?:19|20)\d{6}|\d{6})[)）]?$")
# A seven-digit date code glued to the title's end with the month's leading zero left off (`…专题报告2022722`).
SHORT_MONTH_CODE = re.compile(r"(?<=[\u4e00-\u9fff])((?:19|20)\d{5})$")
MONTH_DAY = re.compile(r"(?<=[\u4e00-\u9fff])(0[1-9]|1[0-2])([0-2]\d|3[01])$")
# A segment that is only a date: `-2024.7`, `2024年07月22日-`, `[20240712]`.
# (an ISO date, a Taiwanese archive's ROC code `1150902` for 2026-09-02)
_DATE_WORDS = r"(?:20\d{2}-\d{2}-\d{2}|20\d{2}(?:[.年/]\d{1,2}(?:[.月/]\d{1,2}[日号]?|月)?)|\d{8}|1[01]\d{5}|\d{6})"
# (Not a year and month whose range an underscore continues, `2021年1_2月…`: a file name's `1/2月`.)
_RANGE_ON = r"\d{1,2}\s*月"
_LEAD_DATE = re.compile(rf"^\s*(?P<date>{_DATE_WORDS}){SEG}(?!(?<=[年.]\d_){_RANGE_ON})(?!(?<=[年.]\d\d_){_RANGE_ON})")
# (or a full dotted day after a space, `银河晨报 2022.6.22`: a date, never a period's end or a version)
_TRAIL_DATE = _DateAtEnd(rf"(?:{SEG}(?P<date>{_DATE_WORDS})|\s*[\[【]\s*(?P<code>\d{{8}})\s*[\]】]"
                         rf"|(?<![\d.\-—–~～至])\s+(?P<day>20\d{{2}}\.\d{{1,2}}\.\d{{1,2}}))\s*$")
_EMBEDDED_CODE = re.compile(rf"(?:^|[{DASHES}\s])(\d{{6,8}})(?=$|[{DASHES}\s])")
# A full date code glued to a column's word before its colon (`周观点20180414：…`).
_GLUED_COLON_CODE = re.compile(r"(?<=[\u4e00-\u9fff])((?:19|20)\d{6})(?=\s*[:：])")


def valid_date(year: int, month: int, day: int) -> date | None:
    """The day, when it exists and falls in 1990 to 2100 (a two-digit year is this century's)."""
    found = valid_day(year + 2000 if year < 100 else year, month, day)
    return found if found is not None and 1990 <= found.year <= 2100 else None


def code_date(code: str) -> date | None:
    """The day a date code names: `20190217`, `190217` or a ROC year's `1080217`."""
    if len(code) == 8:
        return valid_date(int(code[:4]), int(code[4:6]), int(code[6:]))
    if len(code) in (6, 7):  # `yymmdd`, or a ROC year (`1150902`); a later "year" is a stock code (`601012`)
        year = int(code[:2]) if len(code) == 6 else int(code[:3]) + 1911 if code[0] == "1" else 0
        found = valid_date(year, int(code[-4:-2]), int(code[-2:])) if year else None
        return found if found and found.year <= date.today().year + 1 else None
    return None


def short_month_date(code: str) -> date | None:
    """`2022722` is 2022-07-22; a code that reads two ways (`2022111`: 1-11 or 11-1) names no day."""
    year = int(code[:4])
    one = valid_date(year, int(code[4]), int(code[5:]))
    two = valid_date(year, int(code[4:6]), int(code[6]))
    return one if one and not two else None


def _month_code(code: str) -> bool:
    """A date code that names a month only (`20260700`)."""
    return len(code) == 8 and code.endswith("00") and valid_date(int(code[:4]), int(code[4:6]), 1) is not None


# The rest of a period that a date opens (`(2024年10月28日-11月3日)`, `2025.09.15-09.19`): the period's, not a day's.
_RANGE_REST = re.compile(r"\s*[-—–~～至]\s*(?:(?:19|20)\d{2}\s*[年.])?\s*\d{1,2}\s*[月.]\s*\d{1,2}")


def find_date(text: str) -> date | None:
    """The first plausible calendar date written in Chinese, dotted or as a date code; a date
    opening a period names no day of the report's."""
    for pattern in (_CN_DATE, _DOT_DATE):
        for match in pattern.finditer(text):
            found = valid_date(*(int(g) for g in match.groups()))
            if found and not _RANGE_REST.match(text, match.end()):
                return found
    return None


def _segment_date(word: str) -> tuple[bool, date | None]:
    """(is a date, the day when it names one) for a segment like `240712` or `2024.7`."""
    if word.isdigit():
        found = code_date(word)
        return found is not None or _month_code(word), found
    numbers = [int(n) for n in re.findall(r"\d+", word)]
    if len(numbers) == 3:
        found = valid_date(*numbers)
        return found is not None, found
    return len(numbers) == 2 and 1 <= numbers[1] <= 12, None


def strip_date_segments(text: str) -> tuple[str, date | None]:
    """Drop date segments at either end (`2024年07月22日-…`, `…-2024.7`, `…[20240712]`)."""
    first: date | None = None
    for pattern in (_LEAD_DATE, _TRAIL_DATE):
        while (found := pattern.search(text)) and found.end() - found.start() < len(text):
            is_date, day = _segment_date(found.group("date") or found.group("code") or found.group("day"))
            if not is_date:
                break
            first = first or day
            text = text[: found.start()] + text[found.end():]
    return text, first


def latin_dates_off(text: str) -> tuple[str, date | None]:
    """A title without the day-first or English date an English listing put before or after it."""
    # (each date here names its year: a title with none is looked at no more)
    text, found = _latin_dates_cut(text) if "19" in text or "20" in text else (text, None)
    return text.strip(DANGLING) or text, found


def _latin_dates_cut(text: str) -> tuple[str, date | None]:
    found: date | None = None
    if (lead := _LATIN_LEAD_DATE.match(text)) and (day := valid_date(*map(int, reversed(lead.groups())))):
        text, found = text[lead.end():], day
    if (trail := _LATIN_TRAIL_DATE.search(text)) and (day := valid_date(*map(int, reversed(trail.groups())))):
        text, found = text[: trail.start()], found or day
    elif trail := _EN_TRAIL_DATE.search(text):
        month = _MONTHS.index(trail.group(1).lower()[:3]) + 1
        if day := valid_date(int(trail.group(3)), month, int(trail.group(2))):
            text, found = text[: trail.start()], found or day
    elif (dated := _EN_DATED.search(text)) and (day := _en_date(_EN_DATE.match(dated.group("date")))):
        text, found = text[: dated.start()], found or day
    elif (sentence := _EN_SENTENCE_DATE.search(text)) and (day := _en_date(_EN_DATE.match(sentence.group("date")))):
        text, found = text[: sentence.start()], found or day
    elif (slug := _EN_SLUG_DATE.search(text)) \
            and (day := valid_date(int(slug.group(3)), _MONTHS.index(slug.group(1).lower()) + 1, int(slug.group(2)))):
        text, found = text[: slug.start()], found or day
    return text, found


def embedded_code_date(text: str) -> date | None:
    """A date code standing on its own inside the title (`…-20190217-…`), never a bare year."""
    for match in _EMBEDDED_CODE.finditer(text):
        found = code_date(match.group(1))
        if found:
            return found
    if (glued := _GLUED_COLON_CODE.search(text)) and (found := code_date(glued.group(1))):
        return found
    return None


# A date in the title (`…-20200407[16页]`, `晨会纪要20260211`, `2024年3月1日`); a six-digit code
# may be a stock's and is not read.
_TITLE_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)(?<![\d.]\d{4})(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d.])")


# A document site's name for a file it lists (`…-20230501-某某证券-42页`): the date, the publisher
# and the page count its listing gives, set as the page's heading. The listing's, not the cover's.
_FILE_NAME_AFTER = re.compile(r"\s?[-_—]\s?[^-_—\s]{2,16}\s?[-_—]\s?\d{1,4}\s?页")


# What may close a title after its date: a bracket (`每日策略参考(2026.01.09)`), a file's extension
# (`…分析220225.pdf`), a page count (`[16页]`).
# (Looked for at the title's end only, one at a time.)
_CLOSING_WRAP = re.compile(r"(?:[)）\]】]|\.pdf|[\[(（]\d{1,4}[页頁][\])）])$", re.IGNORECASE)
_WRAP_REACH = 10
_WRAP_ENDS = frozenset(")）]】fF")  # (the last glyph of each: a title ending otherwise is not searched)


def _unwrapped_end(title: str) -> int:
    """Where `title` ends without what closes it after its date (see `_CLOSING_WRAP`)."""
    end = len(title.rstrip())
    while end and title[end - 1] in _WRAP_ENDS and (wrap := _CLOSING_WRAP.search(title, max(0, end - _WRAP_REACH),
                                                                                    end)):
        end = len(title[:wrap.start()].rstrip())
    return end


# A file name's date code in six figures (`-231005`, `策略分析220225`), year first: a date only when
# the cover's headline states the same day in full.
_SHORT_TITLE_DATE = re.compile(r"(?<![\d.])(?P<y>[0-3]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)$")


# An archive's name for a broker's report file closes on the report's day in six figures after a hyphen, its fields
# parted by hyphens (`某某证券-某某股份-300999-…-200625`, `某某交易所-港股公司研究报告-…-250417(14页)`): the report's
# date, though the cover does not state it. (Not a document site's name with one hyphen, `标题-230925(37页).pdf`, the
# repository's openings label as no date; years 2004-2029 only: a stock's code closing a name, `-000725`, `-300750`,
# `-600519`, reads as none.)
_FILE_NAME_CODE = re.compile(r"[-－](?P<y>0[4-9]|1\d|2\d)(?P<m>[01]\d)(?P<d>[0-3]\d)$")


def _file_name_date(title: str, end: int) -> date | None:
    coded = _FILE_NAME_CODE.search(title, max(0, end - 7), end)
    if coded is None or "-" not in title[:coded.start()]:
        return None
    try:
        return date(2000 + int(coded.group("y")), int(coded.group("m")), int(coded.group("d")))
    except ValueError:
        return None


def compact_date(text: str, title: str) -> date | None:
    """A date in eight figures, or one closing (in six, `-220225`) or opening the title, that both the title
    and the cover's headline state (`晨会纪要20260211`, `晨会集萃·20220427`, `期市早餐2024.07.17`): the
    report's, though the cover gives no other; or an archive's file name's date code. Not a day the week's
    range ends or starts on, nor the day the data are as of (see `_data_day`)."""
    in_title = {day_figures(m) for m in _TITLE_DATE.finditer(title) if not _in_range(title, m)}
    end = _unwrapped_end(title)
    if not in_title and (named := _file_name_date(title, end)):
        return named
    closing = DATE.search(title, max(0, end - 11), end)
    if closing and closing.end() == end and not _in_range(title, closing):
        in_title.add(day_figures(closing))  # (or closed by one in another form: `期市早餐2024.07.17`)
    if (opening := DATE.match(title.lstrip())) and not _in_range(title.lstrip(), opening):
        in_title.add(day_figures(opening))  # (or opened by one: a column's `2023年7月28日 大行报告`, `2025.7.8光模块…`)
    short = _SHORT_TITLE_DATE.search(title, max(0, end - 8), end) if not in_title else None
    if short and short.end() == end:
        in_title.add((2000 + int(short.group("y")), int(short.group("m")), int(short.group("d"))))
    if len(in_title) != 1:
        return None
    figures = in_title.pop()
    head = text[:HEADLINE]
    if not any(day_figures(m) == figures and not _FILE_NAME_AFTER.match(head, m.end())
               for pattern in (_TITLE_DATE, DATE) for m in pattern.finditer(head)) or _data_day(head, figures):
        return None
    try:
        return date(*figures)
    except ValueError:
        return None


# A week's range in a weekly's title (`普益标准:本周市场回顾(2025/03/17-2025/03/21)`, `济安金信基金周报(2022.02.21-
# 2022.02.25)`): the week the data cover, published after it ends; neither end is the report's day.
_RANGE_BEFORE = re.compile(r"\d\s?[-—–~～至到]\s?$")
_RANGE_AFTER = re.compile(r"\s?[-—–~～至到]\s?\d")


def _in_range(title: str, found: re.Match[str]) -> bool:
    return bool(_RANGE_BEFORE.search(title, max(0, found.start() - 3), found.start())
                or _RANGE_AFTER.match(title, found.end()))


# The day the data are as of, a weekly's title dating it as its headline does (`ETF市场周度更新(20260206)` over
# `…ETF跟踪研究 2026年2月9日 # 核心观点 ETF市场概览:截至2026年2月6日,全市场ETF总数…`): the report follows its data.
_DATA_AS_OF = re.compile(r"(?:截至|截止|数据截止日期?)\s?[:：]?\s?$")


def _data_day(head: str, figures: tuple[int, int, int]) -> bool:
    return any(day_figures(m) == figures and _DATA_AS_OF.search(head, max(0, m.start() - 8), m.start())
               for m in DATE.finditer(head))


def title_date(title: str, default: date) -> date:
    """The date the title states, or `default` when it states none (or more than one)."""
    found = {day_figures(m) for pattern in (_TITLE_DATE, DATE) for m in pattern.finditer(title)}
    if len(found) != 1:
        return default
    try:
        return date(*found.pop())
    except ValueError:
        return default

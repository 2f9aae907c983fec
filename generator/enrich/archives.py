"""A report's file name as an archive wrote it. First what the archive added around it (`archive_off`): its
folders, list numbers, save stamps, ids (Eastmoney's info codes too) and copy notes, the note's kind, a
placeholder where the firm was not known, a bare year or year folder, and a firm's name glued to a date code,
set off as a segment of its own. Then the name read (`archive_name`): its day, firm and title, and the other
firms it may credit; and a house written into the name without a separator (`glued_readings`). titles.py
calls these for every title; a name none of them reads is read as any other title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from generator.enrich.sections import SECTION, SECTORS
from generator.enrich.titledates import SUFFIX_DATE, code_date
from generator.enrich.titleparts import TitleParts, credit_reading
from generator.normalize import is_hangul, squash_spaces, to_simplified

# File names carry a path, list numbers, save stamps and archive ids: `papers/铜/2026-07-15_…`,
# `01_国信证券_…`, `maotai_1_诚通证券_…`, `20260821_1040_…` (when it was saved, not when it was
# written), `…_5431668(1)` (an archive id and a second download), `…_公开逐页图像重建版` (how the
# copy was made). A Windows drive may open the path (`D:/20180815-兴业证券-…`), its folders set off by backslashes too
# (`d:\Documents\…\参考研报\天风证券_2017-11-17_…`); a list number may stand before a date code too
# (`2_20250115-民生证券-…`).
_DIRECTORIES = re.compile(r"^(?:[A-Za-z]:[/\\])?(?:[^/\\:：]*[/\\])*")
_LIST_NUMBER = re.compile(r"^(?:[a-z]{2,20}_)?\d{1,3}_(?=[^\d_]|(?:19|20)\d{6}[-_])", re.IGNORECASE)
_SAVED_AT = re.compile(r"^(?:19|20)\d{6}_(?:[01]\d|2[0-3])[0-5]\d_(?=\D)")  # (a time of day: `_3363_` is a code)
_COPY_ID = re.compile(r"[-_]\d{5,9}\s?[(（]\d[)）]$")
# Eastmoney's info code opening a report file's name (`AP202509011737603598-群益证券-…`, after a list number
# `02-AP…`): the archive's id of the report, no part of its title (its date is when the site listed it).
_INFO_CODE = re.compile(r"^(?:\d{1,3}-)?AP\d{18}[-_](?=\S)")
_COPY_KIND = re.compile(r"[-_][\u4e00-\u9fff]{2,10}版$")
# A file's size the archive wrote after its name (`…_493kb`, `…-1.2MB`).
_FILE_SIZE = re.compile(r"[-_]\d{1,6}(?:\.\d{1,2})?\s?[kKmM][bB]$")
# Taiwanese advisers' report files: the house, the stock's code and name, the day (`某某投顧-2330-台積電-20250815`), or
# the code and name, the day as a ROC date, the house (`2330台積電_1140815_某某`): set off as an archive's date, firm
# and title (`20250815_某某投顧_2330-台積電`).
_TW_HOUSE_FIRST = re.compile(r"^(?P<org>[^\d\s_-]{2,8})-(?P<title>\d{4,6}[A-Z]?-[^\d\s_-][^\s_-]{0,15}(?:-KY)?)"
                             r"-(?P<date>(?:19|20)\d{6}|1[01]\d{5})$")
_TW_HOUSE_LAST = re.compile(r"^(?P<title>\d{4,6}[A-Z]?[^\d\s_-][^\s_]{0,15})_(?P<date>(?:19|20)\d{6}|1[01]\d{5})"
                            r"_(?P<org>[^\d\s_-]{2,8})$")
# A note's kind before its firm (`報告_Citi_聯發科_20260831`), and words that stand where an
# archive puts the firm when it did not know it (`外資`, `其他`, `待核验券商`).
_NOTE_KIND = re.compile(r"^(?:报告|報告|研报|研報|memo|report|note)(?:_(?=[^_]{2,24}_)|-(?=[^-_\d]{2,24}-))",
                        re.IGNORECASE)
# A bare year between the firm and the title in a library's label (`研报-国信证券-2021-阿米巴模式师徒制`): the year
# the report came out, no day (`2024-2025年…` is a range of the title's, never this).
_FIRM_YEAR = re.compile(r"^(?P<org>[^\d\-_\s]{2,16})(?P<sep>[-_])(?P<year>(?:19|20)\d{2})[-_](?=[^\d\s]|\d{4}\s*年)")
_RANGE_END = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年")
# An archive's year folder before the title (`2024_百胜中国_…`): a year, no day.
_YEAR_FOLDER = re.compile(r"^(?:19|20)\d{2}_(?=[^\d_\s])")
_NO_FIRM = re.compile(r"^(?:外资|外資|其他|其它|待核验券商|待核驗券商|未知券商|unknown)_", re.IGNORECASE)
# A firm glued to its date code, first (`華鑫證券20260818_…`) or last as a Latin code
# (`…_CTBC250523`, `…-CTBC250801`, `…_Fubon 20260728`).
_FIRM_THEN_DATE = re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,10}|[A-Za-z]{2,12})(?P<date>(?:19|20)\d{6})_(?=\S)")
_CODE_THEN_DATE = re.compile(r"(?:[-_](?P<org>[A-Za-z]{2,10})\s?|\s(?P<glued>[A-Za-z]{2,10}))(?P<date>\d{8}|\d{6})$")


# Naver Finance's research files (Korean brokers' reports): a company report's stock, its code in full-width
# brackets, the day, the house's Latin name and the site's id (`넥스틴［348210］_20260403_Daishin_1084839`), set off
# as an archive's date, firm and title; the category the site files a report under, first (`기업_…`, `산업_건설_…`,
# the industry's name after 산업), or a downloader's category before the day (`조선_260318_신한투자증권_…`).
_NAVER_COMPANY = re.compile(r"^(?P<title>[^_]{1,30}［\d{6}］)_(?P<date>(?:19|20)\d{6})"
                            r"_(?P<org>[A-Za-z][A-Za-z&.]{1,20})_\d{5,9}$")
_NAVER_CATEGORY = re.compile(r"^(?:(?:기업|종목|시황|경제|투자|채권)_|산업_(?:[가-힣/·]{1,8}_)?)(?=\S)")
_HANGUL_CATEGORY = re.compile(r"^[가-힣]{1,6}_(?=\d{6}_[^\d_])")


def archive_off(text: str, is_file: bool) -> str:
    """A file name without what the archive added (its path, list number, save stamp, id, copy
    note, the note's kind, a placeholder firm), with a firm glued to a date code set off as an
    archive segment (`華鑫證券20260818_…` → `20260818_華鑫證券_…`, `…_CTBC250523` → `…_20250523_CTBC`)."""
    if is_file and (directories := _DIRECTORIES.match(text)) and directories.group():
        base = text[directories.end():]
        folders = directories.group().count("/") + directories.group().count("\\")
        if len(base) >= 6 and (folders > 1 or base[:1].isdigit()):
            text = base
    text = _COPY_ID.sub("", text)
    if "AP" in text[:6]:
        text = _INFO_CODE.sub("", text)
    if is_file:
        text = _FILE_SIZE.sub("", _COPY_KIND.sub("", text))
        if (taiwanese := _TW_HOUSE_FIRST.match(text) or _TW_HOUSE_LAST.match(text)) \
                and (day := code_date(taiwanese.group("date"))):
            text = f"{day:%Y%m%d}_{taiwanese.group('org')}_{taiwanese.group('title')}"
        if "_" in text[:7] and is_hangul(text[:1]):
            text = _HANGUL_CATEGORY.sub("", _NAVER_CATEGORY.sub("", text))
        elif (naver := _NAVER_COMPANY.match(text)) and code_date(naver.group("date")):
            text = f"{naver.group('date')}_{naver.group('org')}_{naver.group('title')}"
    text = _NO_FIRM.sub("", _NOTE_KIND.sub("", _SAVED_AT.sub("", _LIST_NUMBER.sub("", text))))
    if (firm_year := _FIRM_YEAR.match(text)) and not ((end := _RANGE_END.match(text, firm_year.end()))
                                                      and end.group("year") > firm_year.group("year")):
        text = f"{firm_year.group('org')}{firm_year.group('sep')}{text[firm_year.end():]}"
    if is_file or "_" in text[:6]:
        text = _YEAR_FOLDER.sub("", text)
    glued = _FIRM_THEN_DATE.match(text)
    if glued and code_date(glued.group("date")):
        text = f"{glued.group('date')}_{glued.group('org')}_{text[glued.end():]}"
    coded = _CODE_THEN_DATE.search(text)
    if coded and coded.start() > 0 and (day := code_date(coded.group("date"))):
        text = f"{text[: coded.start()].rstrip()}_{day:%Y%m%d}_{coded.group('org') or coded.group('glued')}"
    return text


# A folder's word glued before the date code that opens the name (`研报-20240105_…`).
_FOLDER_WORD = re.compile(r"^[\u4e00-\u9fff]{1,6}[-_](?=(?:19|20)\d{6}[-_])")

# Archive file names: `20240105_中泰证券_…`, `2026-09-06_2026.09.06-天风证券-…`, with an optional
# category segment after the firm (`金融工程_`), or the firm last (`…_2015-08-10_国泰君安`).
_ISO = r"(?:19|20)\d{2}[-.]\d{2}[-.]\d{2}"
_ARCHIVE = re.compile(
    rf"^(?P<date>(?:19|20)\d{{6}}|{_ISO})\s*[-_]\s*(?:{_ISO}\s*[-_]\s*)?"
    r"(?P<org>[^-_\s\d](?:[^-_\s]|(?<=[A-Za-z])\s(?=[A-Za-z])){1,19})\s*[-_]\s*"
    r"(?:(?:金融工程|投资策略|宏观研究|宏观专题|行业研究|公司研究|策略研究|固定收益|宏观经济|债券研究|量化研究)"
    r"\s*[-_]\s*)?"
    r"(?P<title>.+)$")
_ARCHIVE_FIRM_FIRST = re.compile(
    rf"^(?P<org>[^-_\s\d][^-_\s]{{1,19}})_(?P<date>(?:19|20)\d{{6}}|{_ISO})_(?P<title>.+)$")
_TITLE_MARKS = re.compile(r"[:：，,、；;]")
_ARCHIVE_LAST = re.compile(
    r"^(?P<title>.+?)_(?P<date>(?:19|20)\d{6}|(?:19|20)\d{2}-\d{2}-\d{2})_(?P<org>[^_\d]{2,20})$")
# The firm last after a date-first name (`2017-02-28_波动率因子的分解与截面收益_“双面”波动率_海通证券`): read when the
# segment after the date names no firm (a title's words there, itself split by an underscore).
_FIRM_LAST = re.compile(r"^(?P<rest>.+)_(?P<org>[^_\d\s]{2,20})$")
_FIRM_KIND = re.compile(r"(?:证券|證券|投顾|投顧|期货|期貨|研究所|研究院|研究中心|증권)$")


def is_archive_name(text: str) -> bool:
    """Whether `text` is an archive's file name with the firm first or last (`东方证券_20150909_…`,
    `…_2015-08-10_国泰君安`)."""
    return bool(_ARCHIVE_FIRM_FIRST.match(text) or _ARCHIVE_LAST.match(text))


@dataclass
class ArchiveName:
    """A file name an archive gave a report: its day, its firm (empty when the name gives none) and its title, with
    the other firms it may credit (each only a candidate: a reading's prefix counts only where the table knows it)."""

    day: date
    org: str
    title: str
    readings: list[TitleParts]


def archive_name(text: str, listed: str, display: str, pages: int | None) -> ArchiveName | None:
    """`text` read as an archive's file name (`20240105_中泰证券_…`, `…_2015-08-10_国泰君安`), once archive_off has
    set off its parts; None when it is none. `listed` and `display` are the title as listed, for the readings."""
    folder = _FOLDER_WORD.match(text)
    archive = _ARCHIVE.match(text[folder.end():] if folder else text) if folder or text[:2] in ("19", "20") else None
    if not archive and "_" in text:
        archive = _ARCHIVE_LAST.match(text)
        if not archive or _TITLE_MARKS.search(archive.group("org")):  # a title's words, not a firm's name, last
            archive = _ARCHIVE_FIRM_FIRST.match(text) or archive
    if not archive or not (day := code_date(archive.group("date").replace("-", "").replace(".", ""))):
        return None
    org, title = archive.group("org").strip(), archive.group("title")
    slug_lead: TitleParts | None = None
    slug = archive.string[archive.start("org"):] if archive.re is _ARCHIVE else ""
    if slug and "_" not in slug and "-" in slug \
            and archive.string[archive.end("date"): archive.start("org")].strip() == "_":
        # A vault's dated slug (`2026-07-02_中芯-688981-再上新台阶-中邮证券-26q1点评`): its words joined by dashes
        # after the date's underscore, the firm (by its kind) anywhere among them but first, or none.
        words = slug.split("-")
        firms = [i for i, word in enumerate(words) if i and len(word) <= 12 and _FIRM_KIND.search(word)]
        if not _FIRM_KIND.search(words[0]) and len(firms) <= 1:
            if firms:
                org, title = words[firms[0]], "-".join(words[: firms[0]] + words[firms[0] + 1:])
            else:
                slug_lead = credit_reading(listed, display, squash_spaces("-".join(words[1:])), words[0], pages, day,
                                           "dash")
                org, title = "", slug
    if archive.re is _ARCHIVE and org and (last := _FIRM_LAST.match(f"{org}_{title}")) \
            and _FIRM_KIND.search(last.group("org")) and not _FIRM_KIND.search(org):
        org, title = last.group("org"), last.group("rest")  # a firm by its kind last, a title's words first
    title = _subject_off(_house_again_off(title, org))
    if (trailing := SUFFIX_DATE.search(title)) and code_date(trailing.group(1)):
        title = title[: trailing.start()]
    readings: list[TitleParts] = []
    if org and archive.re is _ARCHIVE and "_" in archive.group("title") \
            and (last := _FIRM_LAST.match(f"{archive.group('org').strip()}_{archive.group('title')}")) \
            and not _TITLE_MARKS.search(last.group("org")):
        readings.append(credit_reading(listed, display, squash_spaces(last.group("rest")), last.group("org"), pages,
                                       day, "archive"))
    if org and archive.re is _ARCHIVE and "_" not in archive.group("title") \
            and archive.string[archive.end("date"): archive.start("org")].strip() == "_" \
            and 2 <= len(house := archive.group("title").strip()) <= 12 and not _TITLE_MARKS.search(house):
        # the firm last after the stock, the day first (`20260402_삼성SDI_유안타`): a name the table knows only
        readings.append(credit_reading(listed, display, org, house, pages, day, "dash"))
    if slug_lead:
        readings.append(slug_lead)  # (a known firm first in a slug, by a name of no kind: `中金公司-…`)
    return ArchiveName(day, org, title, readings)


def _subject_off(title: str) -> str:
    """An archive's title without the sector or company folder before it (`电子_从消费电子到…`,
    `紫金矿业_紫金矿业（601899）：…`); a series segment (`行为金融研究系列之七_…`) stays."""
    head, sep, rest = title.partition("_")
    if sep and rest and len(head) <= 8 and (SECTION.fullmatch(head) or head in SECTORS or rest.startswith(head)):
        return rest
    return title


# A library's category before the title (`国内研报-…`), and the house named again after its archive segment
# (`…-中泰证券-中泰证券-机械设备…`, `…-国泰海通-国内研报-国泰海通证券-ipo专题…`).
_LIBRARY_KIND = re.compile(r"^(?:国内|海外|外资|境外|港股|美股)研[报報]\s*[-_]\s*(?=\S)")
# The analysts an archive credits after the house, then the report's category and kind
# (`…-华创证券-欧阳予-田晨曦-张慧-公司研究-业绩点评-贵州茅台-…`): names only where the category follows them.
_CREDITED = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}[-_]){1,6}(?=(?:公司研究|行业研究|宏观研究|策略研究|固收研究)[-_])")
_CATEGORY_KIND = re.compile(r"^(?:公司研究|行业研究|宏观研究|策略研究|固收研究)[-_](?:(?:业绩点评|公司点评|行业点评|"
                            r"深度报告|首次覆盖|点评报告|公司深度|行业深度)[-_])?(?=\S)")
_AGAIN = re.compile(r"^(?P<seg>[^-_—–\s]{2,24}?)\s*[-_]\s*(?P<rest>\S.*)$")


def _house_again_off(title: str, org: str) -> str:
    """An archive's title without the library's category and the house it names again."""
    title = _LIBRARY_KIND.sub("", title)
    again = _AGAIN.match(title)
    if again and (seg := to_simplified(again.group("seg"))) and len(org) >= 2 \
            and (seg.startswith(to_simplified(org)) or to_simplified(org).startswith(seg)):
        title = again.group("rest")
    if credited := _CREDITED.match(title):
        title = _CATEGORY_KIND.sub("", title[credited.end():])
    return title


# A file name's house glued before its column's kind, after or before a date code with no separator
# (`20251128兆豐訪談速報-…`, `凱基美股分析20251205-…`): the house's name as it signs a column, the kind one
# of a broker's columns (a company's name before them, `兆易创新晨会纪要`, is no known house and stays).
_COLUMN_KIND = (r"(?:美股|港股|台股|陸股|陆股|A股)?(?:晨會|晨会|晨間|晨间|晨報|晨报|早報|早报|訪談|访谈|速報|速报|"
                r"解盤|解盘|盤勢|盘势|日報|日报|週報|周报|月報|月报|分析|策略|產業|产业)")
_GLUED_COLUMN = re.compile(rf"^(?P<prefix>[\u4e00-\u9fff]{{2,4}}?)(?P<rest>{_COLUMN_KIND}\S.*)$")
_GLUED_CODE = re.compile(r"(?<=[\u4e00-\u9fff)）])((?:19|20)\d{6})(?=[-_\s]|$)")
# A file name's fields set off by underscores, one of them a house by its kind (`…_20230321_永豐投顧_NULL_…`).
_HOUSE_FIELD = re.compile(r"(?:^|_)(?P<prefix>[\u4e00-\u9fff]{2,8}(?:投顧|投顾|證券|证券|期貨|期货|投信))"
                          r"_(?P<rest>[^_].*)$")
_NULL_FIELDS = re.compile(r"^(?:(?:NULL|null|None|\d{1,8})_)+")


def glued_readings(text: str, glued_code: bool, report_date: date | None, pages: int | None) -> list[TitleParts]:
    """Readings of a file name's house where the name is written without the usual separator: glued before its
    column's kind, or a field of its own among underscored fields."""
    readings: list[TitleParts] = []
    body = text
    day = report_date
    if (code := _GLUED_CODE.search(body)) and (coded := code_date(code.group(1))):
        body, day, glued_code = body[: code.start()] + body[code.end():], day or coded, True
    if glued_code and (glued := _GLUED_COLUMN.match(body)):
        readings.append(credit_reading(text, text, squash_spaces(glued.group("rest")), glued.group("prefix"), pages,
                                       day, "colon"))
    if text.count("_") >= 2 and (fielded := _HOUSE_FIELD.search(text)):
        rest = _NULL_FIELDS.sub("", fielded.group("rest")) or fielded.group("rest")
        readings.append(credit_reading(text, text, squash_spaces(rest), fielded.group("prefix"), pages, report_date,
                                       "dash"))
    return readings

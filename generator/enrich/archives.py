"""What an archive adds around a report's file name: its folders, list numbers, save stamps, ids
(Eastmoney's info codes too) and copy notes, the note's kind, a placeholder where the firm was not
known, a bare year or year folder, and a firm's name glued to a date code, which is set off as a
segment of its own so that titles.py reads it as any archive segment.
"""

from __future__ import annotations

import re

from generator.enrich.titledates import code_date

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
        if "_" in text[:7] and ("\uac00" <= text[:1] <= "\ud7a3"):
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

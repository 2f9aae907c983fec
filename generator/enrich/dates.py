"""A report's own date, as its cover states it: labelled (`报告日期：2024年3月1日`), set above the
cover's banner (`2022 03 28 证券研究报告`) or right after it with no other figure between
(`证券研究报告：晨会纪要2021年3月19日`), on an English cover's own line (`January 22, 2021`), or
in eight figures both the title and the headline state (`晨会纪要20260211`, or a title's closing
`-220225`), written in full before the banner, the cover's rating label or its analysts' credit. A date without a label
on a Chinese cover is not taken, nor one a web page stamps, nor one the title or the document's own
signing date contradicts, nor a press release's dateline.

This module holds the order the readers are tried in (`report_date`) and the readers of Chinese covers;
pagedates.py reads the dates of web pages, posts and releases that are the report's own, englishdates.py
English covers and titles, japanese.py a Japanese cover's, titledates.py the date a title states, and
dateparts.py holds what the readers share.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from generator.enrich.analysts import RELAY_HINT, ROMANISED_ANALYST
from generator.enrich.boilerplate import DATE_LABELS
from generator.enrich.credit import action_date, rating_date
from generator.enrich.dateparts import COVER, DATE, day_of, valid_day
from generator.enrich.englishdates import english_cover_date, english_title_date
from generator.enrich.japanese import japanese_cover_date
from generator.enrich.pagedates import (
    BYLINE_OVER_DATE,
    BYLINE_REACH,
    DESK_REACH,
    PAGE_STAMP,
    POST_LINE,
    account_line_date,
    byline_names,
    date_over_desk,
    date_under_heading,
    own_page_date,
    own_release_date,
    platform_byline_date,
    relayed_date,
)
from generator.enrich.titledates import compact_date, title_date
from generator.normalize import CJK_CLASS

_ISSUE_REACH = 1000  # (a Japanese cover's date stands under its notice or its contents: japanese.py)


def report_date(head: str, text: str, title: str = "", listed: date | None = None) -> date | None:
    """The date the cover (`head`, as extracted; `text`, its first characters tidied) gives the
    report titled `title`; only one at most two years before the date it was `listed`."""
    found = _report_date(text) or english_cover_date(head)
    if found is None and ("页" in text[:_ISSUE_REACH] or "No." in text[:_ISSUE_REACH]):
        found = japanese_cover_date(text)  # (`2015 年 10 月 16 日 全 8 頁`: japanese.py)
    if found is None and "特此公告" in text:
        found = _signed_date(text)
    if found is None and "able_" in head:
        found = _template_date(head[:_TEMPLATE_REACH])
    if found is None and ("·" in head[:BYLINE_REACH] or POST_LINE.match(head)):
        found = platform_byline_date(head[:COVER])
    if found is None and "星期" in head[:_WEEKDAY_REACH]:
        found = _weekday_cover_date(head[:_WEEKDAY_REACH])
    if found is None and "研究" in head[:DESK_REACH]:
        found = date_over_desk(head[:DESK_REACH])
    if found is None and (byline := BYLINE_OVER_DATE.match(head)) and byline_names(byline):
        found = day_of(byline)
    if found is None and ("〇" in head[:COVER] or "零" in head[:COVER]):
        found = _numeral_cover_date(head[:COVER])
    if found is None and "年年" in head[:COVER]:
        found = _bold_cover_date(head[:COVER])
    if found is None and RELAY_HINT in text:
        found = relayed_date(text)
    if found is None and title and "来源" in text[:COVER]:
        found = own_page_date(text[:COVER], title)
    if found is None and title:
        found = account_line_date(text, title)
    if found is None and "发布了" in text:
        found = own_release_date(text)
    if found is None and "评级时间" in text:
        found = rating_date(text)  # (a rating agency's report: the current rating's field, `评级时间:…`)
    if found is None and ("Rating Action" in text or " has today " in text):
        found = action_date(text)  # (an English agency's update: `Rating Action On Sept. 21, 2018, S&P … affirmed`)
    if listed and found and not listed - _AGE <= found <= listed:
        found = None
    if found and found != title_date(title, found):
        found = None  # the title dates the report otherwise: one of the two is wrong
    if found and "签署日" in text and _signing_contradicts(text, found):
        found = None  # the document dates itself otherwise: the date found is a copy's
    if found is None and title:
        found = (compact_date(text, title) or english_title_date(text, title) or _date_over_title(text, title)
                 or date_under_heading(head, title))
    return found


# A cover that opens on its date line over the report's title (a library's markdown of it: `2026年02月11日 # 开源晨会
# 0211 ——晨会纪要` under the title `开源晨会0211`): the cover's own date, as a page's stamp stands after the title it
# dates.
_OPENING_DATE = re.compile(r"\s*(?P<y>(?:19|20)\d\d)\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日\s?#{0,3}\s?")
_TITLE_START = 4  # characters of the title the cover's heading repeats at least (`开源晨会`)


def _date_over_title(text: str, title: str) -> date | None:
    opening = _OPENING_DATE.match(text)
    wanted = "".join(title.split())[:_TITLE_START]
    if opening is None or len(wanted) < _TITLE_START:
        return None
    after = "".join(text[opening.end():opening.end() + 2 * _TITLE_START].split())
    return day_of(opening) if after.startswith(wanted) else None


# A broker's template closes the cover's title line with the report's date, the next field's name
# right after it (`爱美客（300896）公司研究报告2020年09月27日[Table_InvestInfo]`): the one date so
# placed is the report's.
# (or opens a field with it, the field's name kept by a dump: `[Table_Author]2021年03月28日证券分析师…`,
# `Table_Title2020年04月30日昊海生科（688366.SH）`)
# (its figures wrapped by the field's narrow column: `[Table_ReportDate]2022年01` / `月17日`)
_TEMPLATE_DATE = re.compile(r"(?:(?<=[Tt]able_)[A-Za-z]{2,20}\]?\s?(?P<y2>(?:19|20)\d\d)\s*年\s*(?P<m3>\d{1,2})\s*月"
                            r"\s*(?P<d3>\d{1,2})\s*日"
                            r"|(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s?\[[Tt]able_)"
                            # (or the report-date field's line, the sector and the report's kind before the date,
                            # parted by bars: `[Table_ReportDate]` / `汽车 | 行业简评报告 | 2022.02.21`, r73 dev)
                            r"|(?<=[Tt]able_)ReportDate\]\s*[^\[\]\d\n]{1,24}[|｜]\s?(?P<y4>(?:19|20)\d\d)(?P<mark>[./-])"
                            r"(?P<m4>\d{1,2})(?P=mark)(?P<d4>\d{1,2})(?!\d)")
# (a template's fields may follow the whole summary where a dump sets the cover's sidebar after it)
_TEMPLATE_REACH = 2000


def _template_date(cover: str) -> date | None:
    found = list(_TEMPLATE_DATE.finditer(cover))
    if len(found) != 1:
        return None
    figures = next(found[0].group(*names) for names in (("y", "m", "d"), ("y2", "m3", "d3"), ("y4", "m4", "d4"))
                   if found[0].group(names[0]))
    return valid_day(*map(int, figures))


# A listed company's filing closes with its formula, the board that signs and the day
# (`特此公告。 浙江某某股份有限公司董事会 2021年6月30日`): the filing's own date, as no other date stands
# between the formula and the signature.
_SIGNED = re.compile(r"特此公告[。.]?\s*[^\s\d。；;]{2,40}?(?:董事会|监事会)\s*" + DATE.pattern)


def _signed_date(text: str) -> date | None:
    """The date under a filing's signature, if it has one."""
    return day_of(signed) if (signed := _SIGNED.search(text)) else None


# (A bare `日期` heads a cover's market-data table as often as it dates the report: `日期 2024/3/11
# 当前股价(元)…`; it labels nothing. With a colon it dates the report, `研究机构：长城证券
# 日期：2014-08-15`, unless prices follow it.)
# (A broker's template names its date field, and extraction may keep the name: `[Table_Date]
# 2021年04月04日`; a draft's `撰写日期：` is the date it was written, the report's.)
# (or a post's line on when the report was finished, set off by a bar: `本报告完成时间 | 2024年12月13日`;
# or a fund's periodic report's day it was sent out, `报告送出日期:2022年10月26日`, the report's own)
_DATE_LABEL = re.compile(rf"(?:{DATE_LABELS}|撰写日期|报告完成时间|送出日期|\[Table_Date\]"
                         rf"|(?<![{CJK_CLASS}])日期(?=\s*[:：]))\s*[:：|｜]?\s*$")
_LABEL_REACH = 14  # characters before a date where its label stands (`[Table_Date] `)
_PRICES_AFTER = re.compile(r"[^。；]{0,12}(?:股价|收盘|价格|市值|指数)")
# A labelled date whose numbers a listing spaced out (`报告日期:2017 9 28`), or a cover's date line
# whose separators extraction lost, above the cover's banner (`2022 03 28 证券研究报告`).
_SPACED_DATE = re.compile(rf"(?:{DATE_LABELS})\s*[:：]?\s*"
                          r"(?P<y>(?:19|20)\d{2}) (?P<m>\d{1,2}) (?P<d>\d{1,2})(?![\d.年月])")
_BANNER = " 证券研究报告"
_BANNER_DATE = re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d\d) (?P<m>[01]\d) (?P<d>[0-3]\d){_BANNER}")
# (or written in full right before it, its units doubled as extraction doubles bold glyphs:
# `2023年08月14日 证券研究报告`, `2022 年年 09 月月 05 日日证券研究报告`)
_BANNER_WORDS = "证券研究报告"
_FULL_BANNER_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s?年年?\s?(?P<m>\d{1,2})\s?月月?\s?"
                               r"(?P<d>\d{1,2})\s?日日?\s?$")
_FULL_DATE_SPAN = 24
# (the banner's words may stand apart, as a spaced dump sets them: `1 银行 证券 研究报告 2021 年 11 月 08 日 投资 评级`)
_SPACED_BANNER = re.compile(r"证券 ?研究报告")
# (or the cover's date line right after the banner, where only the report's kind, its sector or a
# notice stand between, no figure: `证券研究报告2020年09月30日投资评级…`, `证券研究报告：晨会纪要2021年3月19日`,
# `证券研究报告行业研究/专题研究2021年01月07日`; not a web page's stamp, `证券研究报告 发布时间：…`)
# (nor a price's, `…投资评级增持-A维持评级股价（2020-04-29）76.95元`)
_DATE_AFTER_BANNER = re.compile(r"(?:(?!时间|发布|更新|来源|作者|股价|价格|收盘)[^\d。；！？!?]){0,40}?"
                                + DATE.pattern)
# (or right before the cover's rating label, its glyphs spaced out or not: `2023 年 04 月 11 日 投 资评 级:看好`)
_DATE_BEFORE_RATING = re.compile(DATE.pattern + r"\s*(?=投\s?资\s?评\s?级\s?[:：])")
# (or right before the cover's byline, an analyst's label, name and licence: `2019 年 9 月 23 日 分析师:何敏仪 SAC 执业
# 证书编号:…`, the date line over a cover's analysts, in a table's cell too, `| 2022 年 5 月 12 日 分析师:罗炜斌 SAC…`)
_DATE_BEFORE_ANALYST = re.compile(DATE.pattern
                                  + rf"\s*(?=分析师\s?[:：]\s?[{CJK_CLASS}]{{2,4}}\s?(?:SAC|执业证书|证书编号))")
# (or right before an analyst's credit that gives the name's romanisation and the post, HSBC's Chinese cover setting
# its date and analysts after the summary: `…这一时代即将结束。 2012年2月29日 屈宏斌(QuHongbin)大中华区首席经济学家…`)
_DATE_BEFORE_ROMANISED = re.compile(DATE.pattern + r"\s?(?=" + ROMANISED_ANALYST.pattern + ")")
# (or right before the cover's region and the report's kind, 华泰's date line, which a dump sets after the cover's
# table of recommended stocks and its source: `…资料来源:华泰研究预测 2023 年 3 月 28 日中国内地 专题研究专题研究 AI
# 大模型推动算力需求增长,…`)
_DATE_BEFORE_REGION = re.compile(DATE.pattern + rf"\s?(?=(?:中国内地|中国香港)\s?[{CJK_CLASS}]{{2,4}}研究)")
# (or right before the house's research department's credit, 中信's cover line, the date glued to the report's title
# before it: `…数据科技之出海产业 2023 年投资策略2022.11.2 中信证券研究部中信证券研究部 核心观点…`, `…2019.2.25
# 中信证券研究部`)
_DATE_BEFORE_DESK = re.compile(DATE.pattern + rf"\s?(?=[{CJK_CLASS}]{{2,8}}?证券研究部)")


# A web page's stamp (PAGE_STAMP, pagedates.py) is told too by the byline's source, column or editor before it:
# `来源：某某网 发布时间：2024-03-05`, or a WeChat account that posted it: `作者:微信公众号【某某策略】/
# 发布时间:2023-04-27`. (An author before it may be the report's, as a research platform lists it: `作者: Wei FENG
# 发布日期: …`.)
_BYLINE_BEFORE = re.compile(r"来源\s*[:：]|栏目|分类\s*[:：]|编辑\s*[:：]|公众号")


# A Taiwanese or Hong Kong house's cover: its research brand in English, then the report's date in full
# (`Fubon Research 2022 年 11 月 28 日 持平`): the date line under the brand is the report's.
_BRAND_DATE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]{1,20} (?:Research|RESEARCH)\s+" + DATE.pattern.replace(
    r"|(?P<mark>[-./])(?P<m2>\d{1,2})(?P=mark)(?P<d2>\d{1,2})(?!\d))", ")"))
_BRAND_REACH = 300


# A cover's first line: its date, the separators lost to spaces, and the weekday in brackets (`2018 10 23 (星期二)
# 公司报告 招商证券(香港)有限公司…`, a one-line PDF text). Taken only where the weekday is that date's: a table's
# figures or a code's are no day the weekday names.
_WEEKDAY_DATE = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d) (?P<m>[01]?\d) (?P<d>[0-3]?\d)"
                           r"\s?[(（]星期(?P<w>[一二三四五六日天])[)）]")
_WEEKDAYS = "一二三四五六日"
_WEEKDAY_REACH = 60  # characters: the cover's first line


def _weekday_cover_date(text: str) -> date | None:
    found = _WEEKDAY_DATE.search(text)
    if found is None or (day := day_of(found)) is None:
        return None
    return day if _WEEKDAYS[day.weekday()] == found.group("w").replace("天", "日") else None


# A cover's date set in bold, each of its units written twice as extraction doubles bold glyphs (`2025 年年 1 月月 12
# 日日`, under 北理工's title; `2019年年07月月02日日` after an analyst's licence): the cover's own date line, as no web
# page's stamp nor a sentence writes a date. The first in the cover.
_BOLD_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s?年年\s?(?P<m>\d{1,2})\s?月月\s?(?P<d>\d{1,2})\s?日日")


def _bold_cover_date(cover: str) -> date | None:
    found = _BOLD_DATE.search(cover)
    return day_of(found) if found else None


# A report is listed after it is written, and not years after.
_AGE = timedelta(days=2 * 366)


# A labelled date may stand after the summary's points when a cover sets them first (a bank's
# outlook: `要点 … 2016 年第 4 季度(总第 28 期) 报告日期:2016 9 29`); the label says what it is.
_LABELLED_REACH = 800


def _report_date(text: str) -> date | None:
    """The report's own date: one labelled as such (`报告日期：…`), else the cover's date line
    above its banner (`2022 03 28 证券研究报告`) or right after it. No other unlabelled date is
    taken: in two batches of real openings from sites no rule had seen, the cover's first
    unlabelled date was a web page's stamp, a site's clock, a table row's or an event's in 8 of
    20 cases, where the facts must be right in 49 of 50."""
    spaced = _SPACED_DATE.search(text, 0, _LABELLED_REACH)
    if not spaced:
        banner = text.find(_BANNER, 10, 500 + len(_BANNER))
        spaced = _BANNER_DATE.match(text, banner - 10) if banner >= 0 else None
    if not spaced:
        banner = text.find(_BANNER_WORDS, 8, 500 + len(_BANNER_WORDS))
        spaced = _FULL_BANNER_DATE.search(text, max(0, banner - _FULL_DATE_SPAN), banner) if banner >= 0 else None
    if not spaced and (words := _SPACED_BANNER.search(text, 0, 500)):
        after = _DATE_AFTER_BANNER.match(text, words.end())
        # (nor a market-data table's, `日期2020-03-30收盘价（元）`)
        stamped = after and (PAGE_STAMP.match(text, after.end()) or _PRICES_AFTER.match(text, after.end()))
        spaced = None if stamped else after
    if not spaced and "评" in text:
        spaced = _DATE_BEFORE_RATING.search(text, 0, 500)
    if not spaced and "分析师" in text:
        spaced = _DATE_BEFORE_ANALYST.search(text, 0, 500)
    if not spaced and "(" in text:
        spaced = _DATE_BEFORE_ROMANISED.search(text, 0, _LABELLED_REACH)
    if not spaced and ("中国内地" in text or "中国香港" in text):
        spaced = _DATE_BEFORE_REGION.search(text)
    if not spaced and "证券研究部" in text[:_LABELLED_REACH]:
        spaced = _DATE_BEFORE_DESK.search(text, 0, _LABELLED_REACH)
    if not spaced and ("Research" in text[:_BRAND_REACH] or "RESEARCH" in text[:_BRAND_REACH]):
        brand = _BRAND_DATE.search(text, 0, _BRAND_REACH)
        spaced = None if brand is None or PAGE_STAMP.match(text, brand.end()) else brand
    for match in DATE.finditer(text, 0, spaced.start() if spaced else _LABELLED_REACH):
        label = _DATE_LABEL.search(text, max(0, match.start() - _LABEL_REACH), match.start())
        if not label or (label.group(0).startswith("日期") and _PRICES_AFTER.match(text, match.end())):
            continue
        if PAGE_STAMP.match(text, match.end()) or _BYLINE_BEFORE.search(text, max(0, label.start() - 30),
                                                                          label.start()):
            continue  # a web page's stamp, labelled though it is
        if (found := day_of(match)) is None:
            continue
        return None if _contradicted(text, match.end(), found) else found
    if spaced and (found := day_of(spaced)) is not None:
        return found
    return _sidebar_date(text)


# A cover's sidebar (rating, date, analysts) that a dump sets after a long disclosure and the whole summary
# puts its labelled date past `_LABELLED_REACH` (`…行业电子行业报告发布日期2021年01月19日行业表现`): a label that
# names the report's own date is read anywhere on the cover (`报告日期`, `报告发布日期`).
_OWN_DATE = re.compile(r"报告(?:发布)?日期\s*[:：]?\s*" + DATE.pattern)


def _sidebar_date(text: str) -> date | None:
    found = _OWN_DATE.search(text, _LABELLED_REACH)
    if found is None or PAGE_STAMP.match(text, found.end()):
        return None
    if (day := day_of(found)) is None:
        return None
    return None if _contradicted(text, found.end(), day) else day


# A listing's labelled date (`发布日期: 2019-01-22`, the day a site posted the report) with the cover's own
# date line right after it, a day or a few apart (`市场策略研究 2019 年 1 月 21 日`): the two contradict each
# other and neither is taken. (Not a date that data are as of: `截至2019年1月18日`.)
_NEXT_COVER_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日")
_AS_OF = re.compile(r"(?:截至|截止|至|于|到)\s*$")
_CONTRADICTION_REACH = 40
_NEAR_DAYS = timedelta(days=7)


def _contradicted(text: str, end: int, found: date) -> bool:
    other = _NEXT_COVER_DATE.search(text, end, end + _CONTRADICTION_REACH)
    if other is None or _AS_OF.search(text, max(0, other.start() - 4), other.start()):
        return False
    second = day_of(other)
    return second is not None and second != found and abs(second - found) <= _NEAR_DAYS


# A document that states the day it was signed, as a prospectus or an issuer's notice does on its cover
# (`签署日:2025 年 1 月`, `签署日期：2024年3月15日`): a date found months apart from it (`发布日期:2025-07-07`, the
# day a page posted a copy) is not the document's. (A publication follows the signing by days, at most a month.)
_SIGNING = re.compile(r"签署日期?\s*[:：]\s*(?P<y>(?:19|20)\d\d)\s?年\s?(?P<m>\d{1,2})\s?月(?:\s?(?P<d>\d{1,2})\s?日)?")
_SIGNING_TO_PUBLICATION = timedelta(days=31)


def _signing_contradicts(text: str, found: date) -> bool:
    signed = _SIGNING.search(text)
    if signed is None:
        return False
    year, month = int(signed.group("y")), int(signed.group("m"))
    try:
        first = date(year, month, int(signed.group("d") or 1))
        last = first if signed.group("d") else date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    except ValueError:
        return False
    return not first <= found <= last + _SIGNING_TO_PUBLICATION


# A cover's date written in Chinese numerals on a line of its own (`上海财经大学高等研究院` / `二〇二二年十一月一日`
# / `目录`), as an institute signs a report: the report's own. Its year is this century's, its second numeral
# a zero (`〇`, `零`): prose and page stamps write dates in figures. A month alone (`二零二三年十一月`) gives no day.
_NUMERAL = "〇零一二三四五六七八九"
_VALUES = {glyph: max(0, number - 1) for number, glyph in enumerate(_NUMERAL)}  # (〇 and 零 are both 0)
_NUMERAL_DATE = re.compile(rf"^[ \t]*(?P<y>二[〇零][{_NUMERAL}]{{2}})年(?P<m>十[一二]?|[一二三四五六七八九])月"
                           r"(?P<d>三十[一]?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日[ \t]*$", re.MULTILINE)


def _numeral(word: str) -> int:
    """The number Chinese numerals up to 31 write (`十一` 11, `二十` 20, `三十一` 31)."""
    tens, ten, units = word.partition("十")
    if not ten:
        return _VALUES[word]
    return (_VALUES[tens] if tens else 1) * 10 + (_VALUES[units] if units else 0)


def _numeral_cover_date(cover: str) -> date | None:
    found = _NUMERAL_DATE.search(cover)
    if found is None:
        return None
    year = int("".join(str(_VALUES[glyph]) for glyph in found.group("y")))
    return valid_day(year, _numeral(found.group("m")), _numeral(found.group("d")))

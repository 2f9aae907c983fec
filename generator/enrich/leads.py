"""What a cover leaves at the start of a unit, taken off before it is read as a lede or a point (`tidy`):
a page's stamp or number, a news page's source and date, a Korean page's credits, a cover's analyst line, a line's
bare figure, a subtitle, a digest's starred heading, a post's cashtags, leading marks and a point's lost label, a
Latin cover run into a section's heading, a Latin phrase before Chinese, and the spaces next to CJK.

PDF extraction loses the line breaks between a cover's furniture and the report's first sentence.
structure.py takes the lede from the first unit that reads as one (ledeunits.py); the patterns here say
what stands before its first words. Each is anchored at the unit's start or bounded, so a unit costs one
short scan per kind.
"""

from __future__ import annotations

import re

from generator.enrich.marks import cjk_count
from generator.enrich.units import POINT_LABEL, Unit
from generator.normalize import CJK_CLASS, HANGUL

_C = f"[{CJK_CLASS}]"


# A cover's Latin-script lines (a logo's letters spaced out, the English title) run into the first section's heading in
# both scripts and its first sentence (`e#P Y ST AND A RDm PUYI I NC. THE WHITE PAPER OF … MIDDLE CLASSINTRODUCTION引言
# 伴随中国中产家庭的强势崛起,…`): the sentence opens after the heading. No CJK glyph stands before it.
_LATIN_COVER_HEADING = re.compile(rf"^[^{CJK_CLASS}。]{{0,240}}?(?:INTRODUCTION|Introduction|PREFACE|Preface|FOREWORD"
                                  rf"|Foreword)\s?(?:引言|前言|序言|导言|導言)(?={_C})")


# A phrase in Latin script before a lede in Chinese (`Please see APPENDIX 1 for English summary 经营…`), a notice's
# words in brackets among them (`(PleaseseeappendixforEnglishtranslationofthedisclaimer)Equ ityAsiaResearch2For full
# disclosure of risks, … on our website at 横店东磁:…`, an HTI deck's page head run into its first heading): in Latin
# script only, not a name's own brackets before Chinese, `TON(The Open Network)公链的…`.
_LATIN_LEAD = re.compile(rf"^(?:(?:\([A-Za-z][A-Za-z0-9’'.,:-]*\))?[A-Za-z0-9][\w’'.,:-]*\s+){{3,}}(?=[{CJK_CLASS}])")


_SPACE_NEAR_CJK = re.compile(rf" (?:(?<={_C} )|(?={_C}))")


_LEADING_JUNK = re.compile(r"^(?:[\s.、:：;；,，\-—–_=+*~·/\\>）)\]】」』]|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})+")


_JUNK_STARTS = set(" .、:：;；,，-—–_=+*~·/\\>）)]】」』")


# A subtitle after a wave dash, ending where its line did (`~製造業PMI評価(2016年12月)と17年経済見通し
# 2016年の国家統計局の…`, a Japanese note's heading over its first sentence): not the sentence's first words.
_WAVE_DASHES = "~～〜"
_SUBTITLE = re.compile(r"[~～〜][^\s。．！？!?]{2,40}\s+(?=\S)")


# A post's cashtags before its first words (`$小米集团ADR(XIACY)$ $小米集团-W(01810)$市场对…`): the forum's links to the
# stocks' pages, not the sentence's.
# A digest's heading set between reference marks (`※重点报告推荐※`) before its first entry: a heading, no words of it.
_STARRED_HEADING = re.compile(r"※[^※\n。]{1,12}※\s*")
_CASHTAGS = re.compile(r"(?:\$[^$\n]{1,40}\$\s*)+")


# A point's label whose mark a listing lost to a space (`1 Q1公司实现营收…`, `2 公司…`, a slide's `02 购买…`),
# or a page's number before a heading's words (`1 消 费 建 材:选股…`); not a count before its measure word
# (`3 月`, `2 家`, `5 大举措`: PDF text spaces a figure from its unit).
_MEASURE_WORDS = "年月日季周号个家只倍亿万元期次成位名款种项条大类点段层轮批座台套天吨股张"
_LOST_LABEL = re.compile(rf"^(?:[1-9] (?=[A-Z]|{_C})(?![{_MEASURE_WORDS}])|0[1-9]\s)")


# A news page's source glued to its date before the story's first words (`某某财经2022-11-22 Acme
# believes…`, the line break between them lost): the page's stamp, not the sentence's.
_SOURCE_STAMP = re.compile(rf"{_C}{{2,10}}(?:19|20)\d\d[-./]\d{{1,2}}[-./]\d{{1,2}}"
                           rf"(?:\s?\d{{1,2}}:\d\d)?\s(?=[A-Z]|{_C})")


# A Korean page's credits before the story's first words: a photo's source (`(출처=한국투자증권) 5일 한국투자증권은…`)
# and a wire's dateline with its reporter (`(서울=연합뉴스) 임은진 기자 = 한국투자증권은…`), after what a photo's
# caption left of itself (`재판매 및 DB 금지] `): the page's, not the sentence's.
_KOREAN_CREDIT = re.compile(r"^(?:[^()=\]]{0,30}\]\s*)?\((?:출처\s?=[^()]{1,24}\)"
                            rf"|[{HANGUL}]{{1,6}}\s?=\s?[^()]{{1,16}}\)\s*[{HANGUL}]{{2,4}}\s?(?:특파원|기자)\s?=)\s*")
_KOREAN_CREDIT_REACH = 80


# A forecast table's rows at a unit's start, its line run into the first sentence (a Korean house's earnings review:
# `PBR (X).9.8.7.6 ROE (%) 1.3 11. 14.3 12.7 영업이익 (십억원) 코리아써키트의 215년 1분기 실적은…`): three labels or
# more, each with its unit of measure in brackets and the row's figures after it (the last, a chart's caption, may
# have none). No sentence opens on a label and a bare unit; the sentence opens after the last. (A figure opens after a
# space or a bracket only: a run of digits is one figure, never tried as several.)
_MEASURE = "%|[xX]|배|bp|[십백천]?억?원|조원|[백천]?만원|[백천]?만?주|(?:백만)?달러"
_TABLE_ROWS = re.compile(rf"^(?:[A-Za-z{HANGUL}/&]{{1,12}}(?: [A-Za-z{HANGUL}/&]{{1,12}})? ?\((?:{_MEASURE})\)"
                         r"(?:\s?(?<![\d.,])\(?-?[\d.,]{1,16}\)?)*\s){3,}")
_ROWS_REACH = 20  # (a first row's label and its unit's bracket stand within it)


# A page's number glued before a year that opens a sentence (`292023年,中国终于…`, `12024 年 7 月…`): no
# year has five digits, so the digits before the last four are the page's.
_PAGE_BEFORE_YEAR = re.compile(r"^\d{1,3}(?=(?:19|20)\d\d\s?年)")


# A line of the page above ending in a bare figure (an address's postcode, `北京 100190`; a page's votes, `Negative` /
# `17`), its line break become a space before the lede's first words: before a year that opens a sentence (`北京 100190
# 2021 年前三季度,…`; no sentence writes a bare number and then a year), or before a name in Latin script (`17 HSBC
# Global Research has released…`: a count is followed by what it counts, `17 analysts`, not a name's two capitalised
# words). A single digit is a point's lost label (`_LOST_LABEL`).
_FIGURE_LINE = re.compile(rf"^(?:{_C}{{1,4}} ?)?\d{{1,6}} (?=(?:19|20)\d\d ?年)"
                          r"|^[1-9]\d{1,2} (?=[A-Z][\w&.-]* [A-Z])")


# A cover's date whose year went with the figures before it (a licence number's: `…编号:S1600524…2024` /
# `年5月13日收入端延续…`): the rest of the date, which no sentence opens with, is the cover's.
_YEARLESS_DATE = re.compile(rf"年\s?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日\s?(?={_C})")


# A cover's byline line, an analyst's title and licence number (a preview's cut may leave only its first digits),
# whose line break went before the summary's first sentence (`数据科技分析师 S02 展望展望 2023 年,…`, a 中信 strategy
# report's last analyst over its doubled summary): the cover's, not the sentence's. A licence number stands after the
# title, so the rule needs both; no sentence opens on a title and a licence.
_BYLINE_REACH = 16
_BYLINE_LINE = re.compile(rf"^{_C}{{0,8}}(?:分析师|研究员)\s?S\d{{2,13}}\s?(?={_C})")


def tidy(unit: Unit) -> Unit:
    """`unit` as a lede or a point is read from it: a page's stamp or number, a cover's analyst line, leading marks
    and a lost point label, a Latin cover run into a section's heading, a Latin phrase before Chinese and the spaces
    next to CJK taken out."""
    text = unit.text
    if (stamp := _SOURCE_STAMP.match(text)) is not None:
        text = text[stamp.end():]
    if "=" in text[:_KOREAN_CREDIT_REACH] and (credit := _KOREAN_CREDIT.match(text)) and credit.end() < len(text):
        text = text[credit.end():]
    if "(" in text[:_ROWS_REACH] and (rows := _TABLE_ROWS.match(text)) and rows.end() < len(text):
        text = text[rows.end():]
    if "S" in text[:_BYLINE_REACH] and (byline := _BYLINE_LINE.match(text)) is not None:
        text = text[byline.end():]
    if (figure := _FIGURE_LINE.match(text)) is not None:
        text = text[figure.end():]
    if text[:1].isdigit() and (page := _PAGE_BEFORE_YEAR.match(text)):
        text = text[page.end():]
    elif text[:1] == "年" and (tail := _YEARLESS_DATE.match(text)):
        text = text[tail.end():]
    if text[0] in _WAVE_DASHES and (subtitle := _SUBTITLE.match(text)) and subtitle.end() < len(text):
        text = text[subtitle.end():]
    if text[0] == "※" and (heading := _STARRED_HEADING.match(text)) and heading.end() < len(text):
        text = text[heading.end():]
    if text[0] == "$" and (tags := _CASHTAGS.match(text)) and tags.end() < len(text):
        text = text[tags.end():]
    if text[0] in _JUNK_STARTS or text[0].isdigit():
        # (a point's label after a sentence end, `…目标制。2. 美联储…`, goes as a block's does)
        label = POINT_LABEL.match(text) if text[0].isdigit() else None
        text = _LEADING_JUNK.sub("", _LOST_LABEL.sub("", text[label.end():] if label else text, count=1))
    if text[:1].isascii() and (cover := _LATIN_COVER_HEADING.match(text)) and cover.end() < len(text):
        text = text[cover.end():]
    if " " in text:
        if text[0].isascii() and (lead := _LATIN_LEAD.match(text)) and cjk_count(text) >= 4:
            text = text[lead.end():]
        text = _SPACE_NEAR_CJK.sub("", text)
    return Unit(text, unit.ends_sentence, unit.after_break, unit.numbered) if text is not unit.text else unit

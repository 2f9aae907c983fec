"""Headings a cover or a section runs into the lede's first sentence, and the unit from where the
sentence opens: a bold heading written twice (`跨境人民币观察报告跨境人民币观察报告…`), a list's label alone
over a point, a Chinese headline before an English paragraph, a numbered section's or a chapter's
heading, a point's heading, a heading whose first words or the company's name the sentence opens with
again.

PDF extraction loses the line breaks between a cover's furniture and the lede (leads.py says more). Each
pattern is anchored at the unit's start or bounded, so a unit costs one short scan per kind.
"""

from __future__ import annotations

import re

from generator.enrich.marks import cjk_count
from generator.enrich.units import CLAUSE, Unit
from generator.normalize import CJK_CLASS, in_either_script

_C = f"[{CJK_CLASS}]"


# A heading set in bold, which extraction writes twice (`跨境人民币观察报告跨境人民币观察报告`), glued
# before a sentence's first words with only the cover's furniture before it (names, dates, page
# numbers; no clause of a sentence): the sentence starts after the doubled run.
DOUBLED_RUN = re.compile(rf"({_C}[^\s，,。；;：:、]{{3,23}}?)\1")
# (and a company's section heading, its name and its topic parted by a colon, `横店东磁:光伏业务产能快速增长横店东磁:
# 光伏业务产能快速增长横店东磁自2010年进入光伏行业,…`: a colon inside the run, none at its ends)
_DOUBLED_HEADING = re.compile(rf"({_C}[^\s，,。；;：:、]{{3,23}}?"
                              rf"|{_C}[^\s，,。；;：:、]{{1,11}}[：:][^\s，,。；;：:、]{{2,20}}?)\1")


_AFTER_DOUBLED = 12  # CJK characters the sentence after it holds at least


COMMA = re.compile("[，,]")


_FURNITURE_REACH = 160


COVER_UNITS = 6  # (a cover's furniture and its doubled heading stand among an opening's first units)


def after_doubled_heading(text: str) -> str:
    """`text` from after a bold heading written twice that the cover's furniture runs into, when a
    sentence follows it; else `text` as it is."""
    if len(text) < 2 * _AFTER_DOUBLED:
        return text
    # (the run and what stands before it hold no comma: only the text before the first one is searched,
    # and a cover's furniture is a line or two: its first `_FURNITURE_REACH` characters)
    comma = COMMA.search(text, 0, _FURNITURE_REACH)
    last = None
    for match in _DOUBLED_HEADING.finditer(text, 0, comma.start() if comma else _FURNITURE_REACH):
        last = match
    if last is None and comma and (headline := _DOUBLED_HEADLINE.search(text, 0, _FURNITURE_REACH)):
        bold_on = _DOUBLED_LINE.match(text, headline.end())
        last = headline if not COMMA.search(text, 0, headline.start()) and not bold_on else None
    if last is None:
        return text
    rest = text[last.end():]  # (a sentence, opening with a word: not a contents entry's `(一):…`)
    if _SHORT_DOUBLED.match(rest):
        return text  # (the bold runs go on, a word or two at a time: the run opens a bold sentence)
    return rest if cjk_count(rest[:1]) and cjk_count(rest) >= _AFTER_DOUBLED and CLAUSE.search(rest) else text


# (or a bold headline of two clauses written twice, its comma with it, over the sentence it heads: `半导体:半导体:IC设计
# 库存增速见顶,行业底部轮廓逐渐显现设计库存增速见顶,行业底部轮廓逐渐显现半导体行业具备“周期”与“成长”双重属性,…`)
_DOUBLED_HEADLINE = re.compile(rf"({_C}[^\s，,。；;：:、]{{2,20}}?[，,][^\s，,。；;：:、]{{2,20}}?)\1")
# (not a bold sentence's first line, written twice like every line after it: `某某证券扎根安徽,具有深厚的某某证券
# 扎根安徽,具有深厚的本土国资背景,…等战略中担本土国资背景,…等战略中担当重要使命,…`)
_DOUBLED_LINE = re.compile(rf"({_C}[^。；;]{{5,47}}?)\1")


# A bold sentence that extraction wrote run by run, each run twice (`国内半导体设备国内半导体设备行业行业穿越周期,
# 成长穿越周期,成长…`): after its first doubled run another, too short for `DOUBLED_RUN`, follows at once.
_SHORT_DOUBLED = re.compile(rf"({_C}\S{{0,2}}?)\1")


# A cover column's label for its list of other reports standing alone on its line, the list's entries set elsewhere,
# over the summary's first point (`…張文錄 SAC` / `相關報告` / `創新藥占比逐步提升,仿制藥集采影響削弱:截至 2022 年,
# 先聲藥業實現營業收入…`): the point starts after it. (Under a list's heading its entries follow, another report's
# title with its date or in 《》: no lede after the label then.)
_LIST_LABEL = re.compile(rf"(?:{in_either_script('相关报告|相关研究')})(?={_C})")
_ENTRY_MARKS = re.compile(r"《|(?:19|20)\d\d\s?(?:[-./]\s?\d{1,2}|年\s?\d{1,2}\s?月)")


def after_list_label(unit: Unit) -> Unit:
    """`unit` from after a list's label that stands alone over it, when no list entry follows the label."""
    label = _LIST_LABEL.match(unit.text) if unit.after_break and unit.ends_sentence else None
    if label is None or _ENTRY_MARKS.search(unit.text, label.end()):
        return unit
    return Unit(unit.text[label.end():], unit.ends_sentence, True, unit.numbered)


# A bilingual cover's Chinese headline run into the English paragraph the report opens with (`…维持
# “买入” In 1H21, the Company realized…`): the lede is the paragraph, from its first capital on, when
# no CJK character follows and it holds a sentence of its own.
_CJK_BEFORE_LATIN = re.compile(rf"^.*{_C}[”’\"」』)）]*\s*(?=[A-Z])")


_LATIN_SENTENCE = 12  # words


def latin_after_headline(unit: Unit) -> Unit:
    """`unit` from its English paragraph's first capital when a Chinese headline was run into it."""
    text = unit.text
    lead = (_CJK_BEFORE_LATIN.match(text) if unit.ends_sentence and text.endswith(".") and not text.isascii()
            and text[-2:-1].isascii() else None)
    if lead is None:
        return unit
    rest = unit.text[lead.end():]
    if cjk_count(rest) or rest.count(" ") + 1 < _LATIN_SENTENCE:
        return unit
    return Unit(rest, unit.ends_sentence, True, unit.numbered)


# A numbered section's heading run into its first sentence where the page's text spaces figures from words
# (`1.1 在高景气中兑现业绩2022 至今电新行业指数波动较大,…`): the sentence opens at its year, glued to the
# heading's last word as no sentence of that text glues it (its own figures stand apart: `…于 2022 年`).
# (in a flattened preview, the chapter's number and heading before it, `1 2023 年度展望:关注需求释放与新技术产业化 1.1
# 在高景气中兑现业绩2022 至今…`, r73 dev: a heading, no sentence end in it)
_SECTION_HEADING_GLUED = re.compile(rf"(?:\d{{1,2}}\s[^。；;!?！？]{{2,40}}?\s)?"
                                    rf"\d{{1,2}}(?:\.\d{{1,2}}){{1,2}}\s+{_C}{{4,20}}(?=(?:19|20)\d\d [{CJK_CLASS}])")
# (or, in a flattened preview, a section's heading and its first subsection's number and heading, the sentence's year
# after a space: `1. 機械裝置業績低速增長,估值處於較低水平 1.1 1-11 月機械裝置細分行業表現相對分化 2021 年 1 月 1
# 日至…`; the unit opened with the section's number, and a subsection's heading holds no clause's mark)
_SUBSECTION_SPACED = re.compile(rf"[^。；;!?！？]{{2,40}}?[ \u3000]+\d{{1,2}}\.\d{{1,2}}[ \u3000]+"
                                rf"[^，,。；;：:!?！？]{{4,40}}?{_C}[ \u3000]+(?=(?:19|20)\d\d ?[{CJK_CLASS}])")


# A chapter's heading (`一、`, `(一)`) run into its first sentence, a space left between them (`一、保险资金运用“稳中
# 有进” 近年来,保险资金…`), the name of a picture's caption perhaps before it (`贺竹君一、…`): the sentence opens after
# the space. (A heading holds no clause's mark; the space is the only break the page left.)
_CHAPTER_NUMBER = r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])"
_CHAPTER_HEADING_SPACED = re.compile(rf"(?:{_C}{{2,4}})?{_CHAPTER_NUMBER}[^\s，,。；;：:!?！？]{{2,30}}"
                                     rf"[ \u3000]+(?={_C})")


# A summary point's heading, two phrases parted by a comma and no sentence end, a space left between it and the
# point's first topic label (`如市场有短期调整,不改变长期看法 A股: 2022年年初以来, A股经历较大幅度调整。`, a daily's
# one-line summary): the point opens at the label, which a short market's or topic's name and a colon make.
_POINT_HEADING_SPACED = re.compile(rf"[^，,。；;：:!?！？\s]{{2,14}}[，,][^，,。；;：:!?！？\s]{{2,14}}[ \u3000]+"
                                   rf"(?=[A-Z]?{_C}{{1,3}}[:：]\s*\S)")


def after_glued_section_heading(unit: Unit, above: Unit | None = None) -> Unit:
    """`unit` from its sentence's year on when a numbered section's heading was run into it, or from
    after the space a chapter's heading left before it, or from where its first words come again, or the
    name on the line `above` it."""
    if not unit.ends_sentence:
        return unit
    heading = (_SECTION_HEADING_GLUED.match(unit.text) or _CHAPTER_HEADING_SPACED.match(unit.text)
               or (_SUBSECTION_SPACED.match(unit.text) if unit.numbered else None) or _point_heading_spaced(unit.text))
    if heading is not None:
        return Unit(unit.text[heading.end():], unit.ends_sentence, True, unit.numbered)
    start = 0 if unit.numbered else (chapter.end() if (chapter := _CHAPTER_AHEAD.match(unit.text)) else None)
    at = None if start is None else _restated_at(unit.text, start)
    if at is None and above is not None and unit.after_break:
        at = _name_restated_at(unit.text, above)
    return unit if at is None else Unit(unit.text[at:], unit.ends_sentence, True, unit.numbered)


def _point_heading_spaced(text: str) -> re.Match[str] | None:
    heading = _POINT_HEADING_SPACED.match(text)
    return heading if heading and cjk_count(text[heading.end():]) >= _RESTATED_REST else None


# A chapter's heading run into its first sentence with nothing between them, the sentence opening with words the
# heading opens with (`(一)回顾2023:液奶景气度偏弱,量价短期均承压回顾2023年,受到…`, `一、亞太轉債目前具備債性,債底保護
# 較強轉債募集10億元…`): the sentence opens where they come again, glued to the heading's last glyph. A heading is two
# phrases or more, parted by a comma or a colon, each short, the last of words only (`均承压`, `較強`) and after a
# comma (a topic's colon before a sentence that names it again is a point's label, `1、宏观和地缘方面:近两周海外宏观…`);
# its number opens the unit, or follows the tail of a heading a line break cut (`…下沉市` / `场值得期待(一)…`).
_CHAPTER_AHEAD = re.compile(rf"{_C}{{0,8}}{_CHAPTER_NUMBER}")
_HEADING_PARTS = re.compile(r"[，,：:]")
_RESTATED_REACH = 40  # characters a heading holds at most
_PHRASE = 12  # glyphs a heading's phrase holds at most
_LAST_PHRASE = 4  # and its last at least
_RESTATED_REST = 8  # CJK characters the sentence after it holds at least
# (a clause that ends with its verb before a colon goes on after it, `1. 美国通胀高企的主要原因是:央行…`: no heading)
_VERB_BEFORE_COLON = re.compile("[是为于括下有指][:：]")


def _restated_at(text: str, start: int) -> int | None:
    """Where the heading that opens at `start` ends, its first words (two glyphs at one of its first three places)
    written again glued after its last phrase; None when no such heading is there."""
    reach = min(len(text), start + _RESTATED_REACH)
    found = [at for first in range(start, start + 3) if cjk_count(word := text[first:first + 2]) == 2
             and (at := text.find(word, first + 2, reach)) > 0]
    if not found:
        return None
    at = min(found)
    heading = text[start:at]
    phrases = _HEADING_PARTS.split(heading)
    last = phrases[-1]
    if (len(phrases) < 2 or heading[-len(last) - 1] not in "，," or not cjk_count(text[at - 1])
            or any(not 2 <= len(p) <= _PHRASE for p in phrases) or _VERB_BEFORE_COLON.search(heading)
            or cjk_count(last) != len(last) or len(last) < _LAST_PHRASE or cjk_count(text[at:]) < _RESTATED_REST):
        return None
    return at


# A cover's line naming the company (`华兰生物` over `002007`), then a heading, a few phrases with no sentence end,
# run into the first sentence, which opens with that name (`成立 28 年， 致力于构建…大生物产业格局华兰生物成立于 1992
# 年，…`): the sentence opens where the name comes again, glued to the heading's last glyph. (A sentence's own words
# before a name it mentions are few after its comma, `…走弱，全球宏观经济…`; a heading's last phrase is longer.)
_NAME = (2, 8)  # glyphs a name on its line holds
_NAME_REACH = 60  # characters the heading before it holds at most


def _name_restated_at(text: str, above: Unit) -> int | None:
    name = above.text
    if above.ends_sentence or not _NAME[0] <= len(name) <= _NAME[1] or cjk_count(name) != len(name):
        return None
    at = text.find(name, 1, _NAME_REACH + len(name))
    if at < 0 or not cjk_count(text[at - 1]) or cjk_count(text[at + len(name):]) < _RESTATED_REST:
        return None
    phrases = COMMA.split(text[:at])
    return at if len(phrases) > 1 and cjk_count(phrases[-1]) >= _LAST_PHRASE else None

"""An opening, prepared (opening.py), cut into units: runs of text between hard breaks (bullets,
table tags, removed boilerplate, line breaks) and sentence ends, and whether a unit reads as
prose. What the rest of the reading (structure.py and the modules it names) works on. Every step
is a bounded regular-expression scan or a single pass."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.enrich.boilerplate import is_boilerplate
from generator.enrich.lines import split_blocks
from generator.enrich.marks import CONTINUES, HANGUL_WORD, KANA, LATIN_WORD, cjk_count
from generator.normalize import CJK_CLASS, HANGUL

_C = f"[{CJK_CLASS}]"


# Sentence ends. `.` ends a sentence only after CJK or a closing bracket and not before a
# digit (listing dumps write `走弱.`; `3.73` and `www.x` are not ends).
# (One class first, then a look behind at what it took: the search skips to the candidates.)
# In Latin script, `.` ends a sentence after a lower-case letter, a digit or a closing mark and
# before a space and a capital, also one after a number (`3Q18 Quarterly…`), or the end; and
# after a word of four lower-case letters or more before a number (`…significantly. 2025/06/03`):
# not `U.S.`, `3.73`, `No. 206`, `vol. 3`.
# Nor after a firm's or a number's abbreviation (`Securities (HK) Co., Ltd. Hong Kong…`,
# `SFC CE No. AVH`, a cover's `Ref. No.: SG2016_0014`), which a name or a number follows, not a sentence.
UNIT_END = re.compile(rf"[。！？；!?.](?:(?<=[。！？；!?])|(?<=[{CJK_CLASS}）)”]\.)(?![\dA-Za-z])"
                  r"|(?<=[a-z0-9%)\]’”\"']\.)(?<!\bLtd\.)(?<!\bCo\.)(?<!\bInc\.)(?<!\bCorp\.)(?<!\bNo\.)(?<!\bRef\.)"
                  r"[”’\"]?(?=\s+\d{0,4}[A-Z“‘\"'(]|\s*$|(?<=[a-z]{4}\.)\s+\d)"
                  # (and after a Hangul syllable before a space or the end: Korean has no abbreviations so written)
                  rf"|(?<=[{HANGUL}]\.)[”’\"]?(?=\s|$))")


# A point's own label inside a summary: `1、`, `（1）`, `①`, `一、`, `1)`, and in numerals with a colon or in brackets
# (`一:`, `（一）`); `1、` also before a year that opens the point (`1、2022年M2同比抬升…`), not before other figures
# (`1、2月社零增速`: January and February).
_NUMERALS = "[一二三四五六七八九十]{1,2}"
POINT_LABEL = re.compile(rf"^(?:\d{{1,2}}(?:、(?!\d(?!\d{{3}}年))|[.．)）](?!\d))|[（(](?:\d{{1,2}}|{_NUMERALS})[)）]"
                         rf"|[①-⑳]|{_NUMERALS}[、.．:：])\s*")


@dataclass(slots=True)
class Unit:
    """A run of text between breaks and sentence ends."""

    text: str
    ends_sentence: bool
    after_break: bool  # a bullet, a point label or a block break comes right before it
    numbered: bool = False  # a numbered point's label (`1、`, `二、`) came right before it


def split_units(text: str, labelled: bool = False) -> list[Unit]:
    """Units between breaks (bullets and point labels are breaks by now) and sentence ends; `labelled` says
    that `text` follows a summary's heading (see `_LABELLED_POINT_COMMAS`)."""
    units: list[Unit] = []
    blocks = split_blocks(text)
    for number, block in enumerate(blocks):
        block = block.strip()
        if not block:
            continue
        label = POINT_LABEL.match(block)
        numbered = False
        if label:
            heading = _NUMBERED_HEADING.match(block)
            numbered = not (heading and cjk_count(block[heading.end():]) >= 8)
            block = block[label.end() if numbered else heading.end():]
        if len(block) <= _CUT_LINE_SIZE and _CUT_LINE.search(block):
            units.append(Unit(block, False, True))  # a line the page cut (`笔名:石天方。中国第一代投...`)
            continue
        at = 0
        for end in UNIT_END.finditer(block):
            if end.end() > at and (piece := block[at:end.end()].strip()):
                units.append(Unit(piece, True, at == 0, numbered and at == 0))
            at = end.end()
        if at < len(block) and (piece := block[at:].strip()):
            if piece.endswith("如下"):  # what introduces a list, its colon lost to the layout
                piece += "："
            elif not at and number + 1 < len(blocks) and (
                    (units and units[-1].text.endswith((":", "：")) and _lost_stop(piece))
                    or (not units and labelled and _lost_stop(piece, _LABELLED_POINT_COMMAS)
                        and not _TITLE_MARKS.search(piece))):
                units.append(Unit(piece + "。", True, True))
                continue
            units.append(Unit(piece, False, at == 0))
    return units


# A short line a page shows in part, cut with dots after a glyph: a sidebar's profile (sjqcj.com's
# `推荐关注` column: `牛牛扫板` / `高准确率的大盘预判。热点龙...`), a teaser. Neither it nor the sentence it
# may start with is the report's; a preview's paragraph cut at the end of a listing is longer.
_CUT_LINE = re.compile(rf"{_C}\.{{3,6}}$")
_CUT_LINE_SIZE = 30


_COMMA = re.compile("[，,]")


_LOST_STOP_COMMAS = 3


_LOST_STOP_SIZE = 100  # (one line of a page, with no space: not lines a dump ran together)


# The first point under a summary's heading with no colon (a morning call's comment, `观点` on a line of its own over
# `美国二次疫情风险增加,全面重启面临阻力,但重回封锁可能性很低` and a line break) is a sentence as one after a label's
# colon is, of three clauses at least; not a list of reports' titles, a topic and a colon before each, or a field in
# brackets (`…首次覆盖深度报告:医疗、消费协同发展,步入增长新阶段【固定收益】11月PMI数据点评:…`).
_LABELLED_POINT_COMMAS = 2
_TITLE_MARKS = re.compile("[:：【]")


def _lost_stop(block: str, commas: int = _LOST_STOP_COMMAS) -> bool:
    """Whether a block that ends no sentence, after a label with a colon (`基本面及市场信息:`), is a
    sentence whose full stop the page left out (a daily note's first point, `昨夜贵金属大涨,黄金破
    407元,突破前高,…,金银比破85`, and a line break after it): a headline has a comma or two, this
    a run of clauses, and it ends with no mark and no colon, on one line. (Not the text's last
    block: a preview cut short ends there.)"""
    return (len(block) <= _LOST_STOP_SIZE and block[-1] not in CONTINUES and cjk_count(block) >= 15
            and len(_COMMA.findall(block)) >= commas and not any(map(str.isspace, block)))


CLAUSE = re.compile(r"[，,、：:；;]")


_CJK_END_POINT = re.compile(rf"[{CJK_CLASS}）)”]\.$")


# (its figures and point; opening with the first digit, which it looks behind from: the search skips to digits)
_TICKER_FIGURES = re.compile(r"\d(?<![\w.]\d)\d{2,5}\.(?=(?:HK|SH|SZ|BJ|TW|T|N|O)(?![A-Za-z]))")


# A sentence giving the figures of what it names one by one, `分别` (respectively) before them, measured with
# the list as one word: `2022 至今电新行业指数波动较大,Q1-Q4 指数分别-19.6%、+13.9%、-22.7%、 +1.2%。` (r73 dev)
# is prose, as a table's row of figures is not.
_RESPECTIVE_FIGURES = re.compile(r"分别(?:为|是|达到?)?\s?[-+]?\d[\d.]*%?(?:\s?[、和及与/]\s?[-+]?\d[\d.]*%?){1,11}")


def is_prose(unit: Unit, words: int = 10, summary: bool = False, traditional: bool = True) -> bool:
    """A sentence of the report's own: ends as one, holds at least `words` words (a CJK
    character or half a Latin word each), mostly words rather than numbers, no boilerplate.
    A `.` end (also a listing's truncation mark) needs a clause break as well, outside a
    summary; a colon may end a unit that introduces what follows."""
    text = unit.text
    cjk = cjk_count(text)
    if not (unit.ends_sentence or text.endswith(("：", ":"))):
        return False
    if not cjk and " " not in text.strip():
        return False  # one token, however many words it runs together: a web address, a file's name
    if cjk and not text.isascii():
        cjk += len(KANA.findall(text))  # (a Japanese sentence's kana are its words as much as its kanji)
    hangul = HANGUL_WORD.findall(text) if not cjk and not text.isascii() else []
    latin = LATIN_WORD.findall(text) + hangul
    # In Chinese a `.` ends a sentence after CJK only (not `iResearch Inc.`), and outside a
    # summary needs a clause break as well; in English it is the end.
    if cjk and text.endswith(".") and (not _CJK_END_POINT.search(text)
                                       or (not summary and not CLAUSE.search(text[:-1]))):
        return False
    if text.endswith(("。", "！", "；")):
        words -= 2  # a full stop says it is a sentence: a short one will do
    # Mostly words: CJK characters count twice (a word is one or two of them), letters once. A
    # summary's sentence in Latin script, dense with figures, is measured without the spaces
    # between its words (a fifth of an English text); so is any in Korean, whose words are a few syllables each and its
    # spaces a quarter of the text (an earnings review's first sentence, `코리아써키트의 215년 1분기 실적은 연결매출액
    # 1,448억원 (+2.9% YoY), 영업이익 147억원 (+51.4% YoY)으로 … 달성했다.`, is no table's row). In English a listed
    # company's code with its exchange is a name, no figure (`We raise our 2018E EPS for HKEx (0388.HK)/Haitong
    # International…`).
    spaces = text.count(" ") if (summary or hangul) and not cjk else 0
    tickers = sum(len(code) for code in _TICKER_FIGURES.findall(text)) if not cjk and "." in text else 0
    listed = sum(len(run) - 2 for run in _RESPECTIVE_FIGURES.findall(text)) if "分别" in text else 0
    return (cjk + 2 * len(latin) >= words
            and cjk * 2 + (sum(map(len, latin)) if latin else 0) + tickers >= (len(text) - spaces - listed) * 0.6
            and not is_boilerplate(text, traditional))


# A numbered section heading before its first sentence, a space between them where the line
# break was (`一、全球能源供需格局 2023年全球一次能源…`, `1.1 …`); not a point's label (`1、公司公告
# 2021 年报`: PDF text spaces its numbers).
_NUMBERED_HEADING = re.compile(rf"(?:[一二三四五六七八九十]{{1,3}}、|\d{{1,2}}\.(?:\d{{1,2}})?)\s?{_C}"
                               r"[^\s，,。；;：:!?！？]{1,23}\s(?=\S)")

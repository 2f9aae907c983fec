"""Where a flattened preview's lines ended.

Many listings give a report's first pages on one line, each line break and the spaces around it
made one space (`…上海 中金研究 总体来看,我们预计…`, `核心观点 双周观点 11月车市在经历了…`). The rules that
read an opening know a heading, a byline, a dateline or a page's furniture by its line of its own,
so the spaces of a flattened preview that stand where a line ended are made line breaks again
before they run: every later rule sees lines. A space that may as well stand inside a line stays
a space (`滬深 300 指數`, `2022 年`, `目 录`, `Risks to the outlook`): the rules that join a
dump's wrapped lines (lines.py) then read the preview as they did.

Others give it glued, each line break and its spaces made nothing (`…market observationInterest rate,
capital sideSince December…`, `2024-11-04 17:51:27前言`): a line's end is found again where the
two sides cannot stand together inside a line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.enrich.cover import CONTACT
from generator.enrich.marks import lost_punctuation
from generator.normalize import CJK_CLASS

_C = f"[{CJK_CLASS}]"
# A particle no line opens with (lines.py's `_PARTICLE_OPENING`): a space before it is inside a sentence.
_PARTICLE = "[的和及了等](?!确|平|时|解|待)"
# A figure glued to the glyphs after it (`11月车市`, `2022.1.10-2022.1.16:本周`), where a figure set apart in its
# line has a space after it (`滬深 300 指數`, `2021 年 1 月`).
_GLUED_FIGURE = rf"\d[\d.\-/]{{0,24}}[:：]?{_C}"
_NUMERAL = "[一二三四五六七八九十]{1,3}"
# A section's number in figures (`1.`, `1.1.`, `2.3、`): a sentence's figure has no stop or `、` before its glyphs.
_SECTION_NUMBER = r"\d{1,2}(?:\.\d{1,2}){0,2}[.、]"
_WEEKDAY = "[周週][一二三四五六日天]"
# A space ends a line between two glyphs, neither a glyph spaced out alone (`中金研究 总体来看`, not `目 录`), before
# glyphs or a glued figure (`双周观点 11月车市…`); not beside a weekday set apart by spaces in its line (`…7月22日 周一
# 举行…`), nor before a particle.
_BETWEEN_GLYPHS = rf"(?<=\S{_C} )(?<!{_WEEKDAY} )(?!{_PARTICLE}|{_WEEKDAY} )(?={_C}\S|{_GLUED_FIGURE})(?P<glyphs>)"
_LINE_ENDS = (
    # after a closing bracket or a headline's closing title mark, before glyphs or a glued figure (`…潜在升幅)
    # 港交所公布`, a post's headline over its first point, `09:17 永豐金證券 《股價偏低,建議買進》 中國華北大旱,…`);
    rf"(?<=[)）】》] )(?!{_PARTICLE}|{_WEEKDAY} )(?={_C}\S|{_GLUED_FIGURE})",
    # after a sentence's end (`…抱有希望”。 在本文中…`), a question's mark after glyphs, a time before glyphs
    # (`发布时间:2019-08-12 03:15:15 客观的讲…`) or a rule (`------ (记者周锐)…`);
    rf"(?<=[。！？；] )(?=\S)|(?<={_C}[?!] )(?={_C})|(?<=\d:\d\d )(?={_C})|(?<=[-—=_]{{3}} )(?=\S)",
    # before a section's number or a label in square brackets (`(一)`, `二、`, `【編者按】`), or a section's number in
    # figures before its heading's glyphs (`…低空经济序幕 1.1. 低空经济,以低空飞行为基础…`, `1.1、特斯拉宣布…`);
    rf"(?<=\S )(?=[(（]{_NUMERAL}[)）]|{_NUMERAL}、|【|{_SECTION_NUMBER} ?{_C})",
    # after a Latin dateline's time or zone, before a sentence (`…2024 21:57 PM From the latest…`);
    r"(?:(?<=\d:\d\d )|(?<=\d [AP]M )|(?<= IST )|(?<= GMT )|(?<= HKT ))(?=[A-Z“\"][a-z])",
    # after a date's day or year, before a sentence's first word (`11 November 2014 Established in…`, `Oct 13 CITIC…`).
    r"(?:(?<=\b[A-Z][a-z]{2} \d )|(?<=\b[A-Z][a-z]{2} \d\d )|(?<=\b[12]\d\d\d ))(?=[A-Z][a-z]+ [a-z])",
    # after a sell-side cover's figure field, a figure with its unit or in brackets (a target's upside too), before a
    # capitalised word (`…Target Price (Return): IDR3,100 (36.0%) Overcoming Challenges Ahead…`, `…Avg Daily Turnover
    # (IDR/USD) 108,026m/6.76m Still BUY, new IDR3,100 TP…`, `Price Target 12-mth: HK$16.65 (13% upside) Sequential
    # improvement intact.`): inside a sentence such a figure is followed by lowercase words (`(+4% YoY) with the…`).
    r"(?:(?<=\d\) )|(?<=\d%\) )|(?<=% upside\) )|(?<=% downside\) )|(?<=\d[mk] )|(?<=\dbn ))"
    r"(?=[A-Z][A-Za-z]+ [A-Za-z])",
    # after an analyst's hidden e-mail address, the last entry of the box a host's text sets at the ends of the
    # summary's lines, before a capitalised word (`…remain cautious on airlines such as CSA and CEA [email protected]
    # Event wrap: During Daiwa’s…`): inside a sentence no address is hidden, and a line ends after the box's entry.
    r"(?<=\[email protected\] )(?=[A-Z][A-Za-z]* [A-Za-z])",
    # after a Latin line's last lowercase word, before a word a sentence opens with (`…near-term tightening risk We
    # lower our…`, `…with overweight ratings According to…`): inside a sentence such a word is lowercase.
    r"(?<=[a-z]{3} )(?=(?:We|Our|This|Since|Although|While|Despite|However|Meanwhile|Following|According) [A-Za-z\d])",
)
# Each branch opens with the space, so the search skips from space to space.
_LINE_END = re.compile(" (?:" + "|".join((_BETWEEN_GLYPHS, *_LINE_ENDS)) + ")")
# (and, where those found a line's end, after a cover's field whose value is a percentage, before glyphs:
# `…目标价:146.00 美元 上涨空间:+18.6% 本报告对…`; see `_FIELD_VALUE`)
_FIELD_END = rf"(?<=% )(?={_C}\S)(?P<value>)"
_LINE_OR_FIELD_END = re.compile(" (?:" + "|".join((_BETWEEN_GLYPHS, *_LINE_ENDS, _FIELD_END)) + ")")
# Where a glued preview's lines ended: a Latin line's last lowercase word run into the next line's capitalised first
# word (`…market observationInterest rate`: inside a line a word is spaced, a name's capital follows a capital or a
# letter, `McKinsey`, `iPhone`); a year's period run into a capital (`…by 2025.CITIC SEC`; a stock's exchange after its
# code is no sentence, `1788.HK`); a dateline's time run into glyphs or letters (`17:51:27前言`; not into the rest of
# a page's byline, `11:57:38点击:361`, which pagedates.py reads on the time's line); a summary's or preface's heading
# run into its first words (`…研报850报告提要今年以来…`, `一、核心观点8月份 CPI…`; not a clause that names the part,
# `说明书摘要的`, `报告摘要摘自`, nor a label's colon, read as before, nor a heading run into its own glyphs, written
# twice a glyph apart, `投投資要點資要點`); a cover's `摘 要`, set letter-spaced on a line of its own, run into the
# summary's first words (`…价格难言乐观摘 要三季度,受…`). Each branch's match ends where the line did.
_SECTION_HEADING = ("投资要点|投資要點|核心观点|核心觀點|报告摘要|報告摘要|内容摘要|研报摘要|报告提要"
                    "|前言|导读|導讀|引言")
_HEADING_GLYPHS = "".join(sorted(set(_SECTION_HEADING) - {"|"}))
_PAGE_DETAILS = "作者|栏目|来源|浏览|阅读|点击|人气|字号|评论|编辑|责编|分类"
_GLUED_BRANCHES = (
    r"[a-z](?<![A-Za-z'’][a-z])[a-z]{2,}(?=[A-Z][a-z])",
    r"\.(?<=\d\.)(?=[A-Z][a-z]|[A-Z]{4})",
    rf":(?<=\d:)\d\d:\d\d(?!{_PAGE_DETAILS})(?=[A-Za-z]|{_C})",
    rf"(?:{_SECTION_HEADING})(?![的与及中和之(（:：{_HEADING_GLYPHS}])(?={_C}|[A-Za-z0-9“【])",
    rf"摘 要(?![的与及中和之])(?={_C})",
)
# A report template's field name, which its PDF sets on a line of its own under the summary's heading (`投资要点 summary
# 全球进入低碳发展时代,…`): a lowercase word alone between the heading and the glyphs, its line's own.
_TEMPLATE_FIELD = re.compile(rf"(?P<heading>{_SECTION_HEADING}) (?P<field>[a-z]{{3,12}}) (?={_C})")
# In a preview none of whose spaces looks like a line's end (a glued one), a word's sentence end run into a capital
# (`AFP.China’s outlook`) and a dateline's date run into glyphs (`时间:2024-03-13中国经济…`; not a date inside a
# sentence, `2022-02-22至2023-11-30`, nor before the rest of a page's byline) as well; in a flattened one such a mark
# is the page's own (a domain, an abbreviation, a date and its column's label, `2023-01-19公司新聞 近日,…`).
_UNSPACED_BRANCHES = (
    r"[.!?](?<=[a-z]{2}[.!?])(?=[A-Z“\"])",
    rf"-(?<=\d{{4}}-)(?<!\w\d{{4}}-)\d\d-\d\d(?![至到起止年日前后\d:]|{_PAGE_DETAILS})(?={_C})",
)
# Every branch opens with a lowercase letter, a sentence's or a time's or a date's mark or a heading's first glyph (what
# stands before it looked behind at from there): the search tries the branches only there.
_GLUED_OPENING = "(?=[a-z.!?:\\-摘" + "".join(sorted({heading[0] for heading in _SECTION_HEADING.split("|")})) + "])"
_GLUED_END = re.compile(_GLUED_OPENING + "(?:" + "|".join(_GLUED_BRANCHES) + ")")
_GLUED_END_UNSPACED = re.compile(_GLUED_OPENING + "(?:" + "|".join((*_GLUED_BRANCHES, *_UNSPACED_BRANCHES)) + ")")
# Whether a preview holds one at all, asked of every preview on one line, is asked of each branch alone: its search
# skips in C to the positions that hold its first character, where the whole pattern, opening with a look ahead, stops
# at every position (twice as slow).
_GLUED_FOUND = tuple(re.compile(branch) for branch in _GLUED_BRANCHES)
_GLUED_FOUND_UNSPACED = (*_GLUED_FOUND, *(re.compile(branch) for branch in _UNSPACED_BRANCHES))
# A dump that sets its figures apart by spaces (`滬深 300 指數上漲 5.17%`) sets words apart too (`光伏行 业长期`): a
# space between its glyphs may be the layout's as well as a line's end, and opening.py reads those as it did.
_SPACED_FIGURE = re.compile(rf"{_C} \d[\d.,%]* {_C}")
_SPACED_FIGURES = 4
# So does a listing's preview that sets a space before each figure after glyphs only (`20H1实现收入 76.1亿,同比下滑
# 39.2%,归母 净利 0.63亿`): most figures after glyphs stand after a space, where a page glues them (`同比增长5%`).
# (Each opens with the space or the digit and looks behind from there: the search skips to those, where a look
# behind first tries every position.)
_FIGURE_AFTER_SPACE = re.compile(rf" (?<={_C} )\d")
_FIGURE_AFTER_GLYPH = re.compile(rf"\d(?<={_C}\d)")
_FIGURES_AFTER_SPACES = 6


def _figures_after_spaces(part: str) -> bool:
    """Whether most figures after glyphs in `part` stand after a space (counted only where the spaced figures
    do not tell already)."""
    after_spaces = len(_FIGURE_AFTER_SPACE.findall(part))
    return after_spaces >= _FIGURES_AFTER_SPACES and after_spaces > 2 * len(_FIGURE_AFTER_GLYPH.findall(part))


# A field's label and its value, a percentage (`上涨空间:+18.6%`): a sentence's percentage has no colon before it, and
# one after a space (`…上漲 5.17% 跑贏…`) goes on.
_FIELD_VALUE = re.compile(r"[:：] ?[+-]?\d{1,4}(?:\.\d{1,2})?% $")
_VALUE_REACH = 12
# A bold heading extracted with each glyph twice and a space between the pairs (`(20222022 年年)前前 言言 2022 年是…`,
# cleaning.py's `_SPACED_PAIRS`): the space between two pairs is inside the heading, no line end.
_SPACED_PAIRS = re.compile(rf"(?<!{_C})({_C})\1 ({_C})\2(?!{_C})")
# A numbered section's heading up to the space (`1.1. 低空经济,以低空飞行为基础,立体牵引实体经济发展 低空经济作为…`):
# a heading has no stop, and its line ends at the first space between glyphs even where the dump sets its words
# apart by spaces (as a line end before its number is found, `_LINE_ENDS`).
_NUMBERED_HEADING = re.compile(rf"(?<!\S){_SECTION_NUMBER} ?{_C}[^\s。！？；!?]{{1,40}}$")
_HEADING_REACH = 50
# A bracket opened before the space and not closed (`(記者 沙晗汀)`, `[摘 要]`): the space is inside it, no line end.
_OPEN_BRACKET = re.compile(r"[(（\[【《“][^)）\]】》”]*$")
_BRACKET_REACH = 20
# A summary written by a model, its points closed by the numbers of the pages they cite (`…同比增长13% [11] - 已开发…`),
# sets its clauses apart by spaces (opening.py): those are commas, no line ends.
_CITED = re.compile(r"\[\d{1,2}\](?=\s|\[|$)")
# A converter's Markdown run together (`# 农林牧渔 # 周观点:…`): its marks are its breaks (paragraphs.py).
_MARKDOWN_MARK = re.compile(r"(?<!\S)#{1,6} ")

# A document site's page marker, the page's number and the document's title, which the site sets on a line of its own
# over each page (`Page 4: AI 创新融合 - Deloitte`, dropped as a running head by layout.py): in a flattened preview
# the title is what follows every marker alike, up to a space (`Page 1: AI 创新融合 - Deloitte AI 创新融合 Page 2: AI
# 创新融合 - Deloitte Page 3: …`), and a line ends before each marker and after its title. (One marker alone does not
# tell where its title ends.)
_PAGE_MARKER = re.compile(r"(?<![^ ])Page \d{1,3}: ")
_MARKER_TITLE = 80  # characters a document's title holds at most


def _page_markers(part: str) -> str:
    markers = list(_PAGE_MARKER.finditer(part)) if "Page " in part else []
    if len(markers) < 2:
        return part
    heads = [part[at.end():at.end() + _MARKER_TITLE] for at in markers]
    first, last = min(heads), max(heads)  # (what all share, the first and the last in order share)
    common = first[:next((n for n, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), len(first))]
    title = common.rstrip() if common.endswith(" ") else common[:common.rfind(" ") + 1].rstrip()
    if not title:
        return part
    # (a marker right after the last one's title: the space between them is taken with that one)
    marker = re.compile(rf" ?(?<![^ ])(Page \d{{1,3}}: {re.escape(title)})(?: |$)")
    return marker.sub(lambda at: ("\n" if at.group(0)[0] == " " else "") + at.group(1) + "\n", part)


@lru_cache(maxsize=1)
def restore_lines(part: str) -> str:
    """`part` with the spaces that stand where its lines ended made line breaks, and its glued
    line ends (`_GLUED_END`) broken, where it is a flattened or glued preview: it holds no line
    break, and its spaces are not marks lost to spaces (`marks.lost_punctuation`), a model's
    summary's commas or a converter's Markdown. (The last answer is kept: the lede and the facts
    each ask it of the same preview's start, and scanning it costs some 100 µs on one line.)"""
    if "\n" in part:
        return part
    flat = " " in part and _LINE_END.search(part) is not None
    glued_end = _GLUED_END if flat else _GLUED_END_UNSPACED
    glued = any(branch.search(part) for branch in (_GLUED_FOUND if flat else _GLUED_FOUND_UNSPACED))
    if not (flat or glued):
        return part
    if (lost_punctuation(part) or len(_CITED.findall(part)) >= 2
            or ("# " in part and len(_MARKDOWN_MARK.findall(part)) >= 2)):
        return part
    part = _page_markers(part)
    if glued:
        part = glued_end.sub(lambda match: match.group() + "\n", part)
        if not flat:
            return part
    part = _TEMPLATE_FIELD.sub(lambda match: f"{match.group('heading')}\n{match.group('field')}\n", part)
    # (an analyst's contact block, `…分析师: 周立新 期货从业证号: F3011223 …`, whose spaces cover.py reads: a two-column
    # page may set it inside a sentence)
    contacts = [match.span() for match in CONTACT.finditer(part)] if "分析师" in part or "研究员" in part else []
    spaced: list[bool] = []  # (whether the dump sets figures apart: counted once, at the first space between glyphs)

    def line_end(match: re.Match[str]) -> str:
        at = match.start()
        if match.group("value") is not None and not _FIELD_VALUE.search(part, max(0, at - _VALUE_REACH), at + 1):
            return " "
        if match.group("glyphs") is not None:
            if not spaced:
                spaced.append(len(_SPACED_FIGURE.findall(part)) >= _SPACED_FIGURES or _figures_after_spaces(part))
            if (spaced[0] and not _NUMBERED_HEADING.search(part, max(0, at - _HEADING_REACH), at)) or (
                    at >= 2 and _SPACED_PAIRS.match(part, at - 2)):
                return " "
        if _OPEN_BRACKET.search(part, max(0, at - _BRACKET_REACH), at):
            return " "
        return " " if any(start < at < end for start, end in contacts) else "\n"

    return _LINE_OR_FIELD_END.sub(line_end, part)

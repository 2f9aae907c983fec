"""Where a report's summary section is: after its heading (投资要点, 核心观点, 摘要, Key points, …;
the first one that something follows, and any heading right behind it), up to its risk warning.
Read by `opening.prepare`, which keeps what follows the warning out of the excerpt and points, and
by `structure.read_opening`, which starts the summary there."""

from __future__ import annotations

import re

from generator.enrich.boilerplate import (
    BULLETS,
    CONTENTS_ENTRY_END,
    either,
)
from generator.enrich.choices import by_first_character
from generator.enrich.lines import BREAK, LINE
from generator.enrich.marks import LATIN_WORD, cjk_count
from generator.normalize import CJK_CLASS

_C = f"[{CJK_CLASS}]"

# Headings a summary section opens with. The short ones count only when set apart (a colon,
# a space or a break after them): `摘要和估值指标` and `支撑评级的要点` are not headings.
# (`本报告导读`, a house's heading, whole: behind a page's own heading, `研报摘要\n\n  本报告导读:\n  企业通过…`,
# only a heading's first glyph is looked for, and `报告导读` one glyph in left `本报告导读:` as the excerpt's start.)
_LONG_HEADINGS = ("投资要点", "核心观点", "报告摘要", "内容摘要", "主要观点", "报告要点", "投资逻辑", "核心结论",
                  "内容提要", "内容概要", "本报告导读", "报告导读", "投资摘要", "本期投资提示", "行业核心观点",
                  "行业观点", "核心提示", "本报告结论", "本期内容提要", "投资亮点", "研究结论", "报告关键点",
                  "结论与建议", "结论和建议", "结论及建议", "Key points", "Key Points",
                  "KEY POINTS", "KEYPOINTS", "Investment highlights", "Investment Highlights", "Summary", "SUMMARY")


_SHORT_HEADINGS = ("摘要", "要点", "概述", "观点", "提要", "导读")


# English headings of a report's summary count when a sentence follows them (`Summary The size
# of…`), not inside a title (`A Summary of the Economic Issues`).
_ENGLISH_HEADINGS = ("Abstract", "ABSTRACT", "Executive Summary", "EXECUTIVE SUMMARY", "Key Findings",
                     "KEY FINDINGS", "Highlights", "HIGHLIGHTS", "Overview", "OVERVIEW", "In Brief", "Introduction",
                     "INTRODUCTION", "Key Takeaways", "Key Takeaway", "KEY TAKEAWAYS",
                     # (a sell-side note's: `Sector update … Singapore | Real Estate` / `Investment summary` /
                     # `Singapore’s private home prices rose 3.5%…`, its lines run together when flattened)
                     "Investment summary", "Investment Summary", "INVESTMENT SUMMARY",
                     # (a Thai house's weekly, its one-line page running its headline into it: `Tracking Fundamental
                     # Momentum Positive on infrastructure-oriented sectors Action and recommendation Last week,…`)
                     "Action and recommendation", "Action and Recommendation")


# The English words for 核心观点 that a research platform's summary of a report sets before its points with a
# spaced dash (`Investment Rating - Maintains… Core Views - The company's 3Q24…`, `2. Core Viewpoints of the
# Report - The…`), as its Chinese summary does (`报告的核心观点 - 公司…`): the summary opens after them.
_CORE_VIEW_HEADINGS = ("Core Viewpoints of the Report", "Core Viewpoints", "Core Viewpoint", "Core Views", "Core View",
                       "Core Insights")


# Each branch opens with a literal (see `WORD_SPANS`): the search skips the rest in C.
_HEADINGS = (
    # (its first point set as a dash's bullet after it, a figure opening it: `Key Takeaways` / `- 2025 will bring…`,
    # on one line once flattened, `Key Takeaways - 2025 will bring…`; a dash spaced on both sides, no hyphen)
    either("|".join(_ENGLISH_HEADINGS), r"\s*[:：]?(?=\s*[A-Z“‘\"(]|\s+[-–•]\s+[A-Z\d“‘\"(])"),
    either("|".join(_CORE_VIEW_HEADINGS), r"\s*(?:[:：]|-(?=\s))?(?=\s*[A-Z“‘\"(])"),
    # (a bold one extracted twice a glyph apart comes first: `投投資要點資要點`, its second copy one glyph late)
    # (not the topic of a clause, `核心投资逻辑方面,研报指出…`: no heading is followed by `方面`)
    "|".join(f"{h[0]}{h}{h[1:]}" + r"\s*[:：]?(?!方面)" for h in _LONG_HEADINGS if not h.isascii()),
    either("|".join(map(re.escape, _LONG_HEADINGS)), r"\s*[:：]?(?!方面)"),
    # (`核心逻辑`, a summary's heading as 东吴's covers set it, glued to its first sentence: `…东吴公用事业 2022.06.30
    # 核心逻辑抽水蓄能是储能行业的主导者,…`, r73 dev; after a space or a break, not a sentence's words, `…市场逐步认可
    # 公司核心逻辑的变化`, `…,核心逻辑与风险点如下:`, nor a label's first part, `核心逻辑和主要结论:`)
    r"核心逻辑(?<!\S核心逻辑)(?![和与及、的是为在如])\s*[:：]?(?!方面)",
    # (`主要结论` so too, a summary's heading on a line of its own over its first sentence: a futures house's outlook,
    # `主要結論\n6月以來有色金屬在內大宗周期品新一輪暴跌…`, r81 dev; not a sentence's words, `本文的主要结论是…`)
    r"主要结论(?<!\S主要结论)(?![和与及、的是为在如])\s*[:：]?(?!方面)",
    # (`摘要` set in bold is extracted twice, and glued to what follows: `摘要摘要业绩分化加剧…`; not the
    # other short ones, words of a title a bold cover doubles run by run too: `研究研究要點要點與技巧與技巧`)
    r"摘要\s?摘要\s*[:：]?",
    # (or set in brackets: `【摘要】`)
    either("|".join(_SHORT_HEADINGS), r"(?:\s*[:：]|(?=\s|$|[】\]〕" + BULLETS + "]))"),
    either("\n|\r", "[" + BULLETS + "]{0,2}(?:" + "|".join(_SHORT_HEADINGS) + ")"),
    # (or letter-spaced, as a cover sets a two-glyph heading, before its first sentence's year: `摘 要2021 年 ,
    # 在全球…`, `摘 要` on a line of its own; no sentence writes `摘要` and a year with nothing between; or run into
    # its first sentence's glyphs in a preview on one line, `…原油振荡企稳摘 要在欧美央行持续…`, as flattened.py
    # finds it: no word is spelled `摘 要`)
    r"摘\s要(?=\s|$)|摘\s?要(?=(?:19|20)\d\d\s?年)|摘[ " + LINE + r"]要(?![的与及中和之])(?=" + _C + ")",
    # (a Japanese report's, in its brackets: 大和総研's `[要約]` over its points, in simplified script `[要约]`, glued
    # between the cover's names and the first point once flattened, `…小林 俊介 [要約] 中国経済の減速が止まらない。`;
    # bracketed, never the Chinese word for a tender offer, `要约收购`)
    either(r"\[|【|［", r"(?:要约|要旨)[\]】］]"),
)
# (or glued after the page number of a contents page's last entry: `…发展趋势? 16摘要根据…`)
_NUMBERED = either("0|1|2|3|4|5|6|7|8|9", "摘要(?=" + _C + ")")
HEADING = re.compile(by_first_character("|".join((*_HEADINGS, _NUMBERED))))
# (Those make every figure a place the search stops at: a text without `摘要` is searched without them, for the same
# headings in half the time.)
_UNNUMBERED_HEADING = re.compile(by_first_character("|".join(_HEADINGS)))


_LATIN_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


_PAGE_NUMBER = re.compile(r"\s*\d{1,3}\s+(?:\d|[A-Z])")
# A contents page's label a few marks before a heading (`目录,内容概要`, `目錄 摘要`): the heading is its
# first entry, and the summary's own heading comes later.
_CONTENTS_LABEL = re.compile(r"(?:目录|目錄|Contents|CONTENTS)[\s,，:：、]{0,2}$")
_CONTENTS_GAP = 10
# (a Chinese contents page's entry: the heading's words, if any, then its page number and the next
# entry's numbering, `摘要 1一、研究背景 3…`, `研究结论与相关建议 73(一)企业…`)
_CJK_PAGE_NUMBER = re.compile(r"[^。，,；;：:]{0,16}?(?<!\d)\d{1,3}(?!\d)\s*"
                              r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,2}[)）])")


def heading_end(text: str) -> int | None:
    """Where the summary begins: after the first summary heading that something follows,
    and after any heading right behind it (`KEY POINTS 投资要点`)."""
    for match in (HEADING if "摘要" in text else _UNNUMBERED_HEADING).finditer(text):
        rest = text[match.end():match.end() + 40]
        if _PAGE_NUMBER.match(rest) if match.group(0)[0] in _LATIN_LETTERS else _CJK_PAGE_NUMBER.match(rest):
            continue  # a contents page's entry (`Summary 3 1. Analysis…`, `摘要 1一、研究背景 3…`)
        if _CONTENTS_LABEL.search(text, max(match.start() - _CONTENTS_GAP, 0), match.start()):
            continue  # the first entry of a contents page without page numbers (`目录,内容概要更挑剔…`)
        if cjk_count(rest) >= 4 or len(LATIN_WORD.findall(rest)) >= 4:
            end = _past_copy(text, match.start(), match.end())
            while (again := HEADING.match(text, end + len(text[end:end + 3]) - len(text[end:end + 3].lstrip()))):
                end = again.end()
            return end
    return None


# A heading set in bold, which a dump writes twice, with the glyphs glued before it (`本报告导读:本报告导读:半导体…`,
# `投资要点:投资要点:`): its copy right after it is the heading too. (Only a heading already found, with what
# follows it: a title's words a bold cover doubles are not looked at.)
_GLUED_BEFORE = 3


def _past_copy(text: str, start: int, end: int) -> int:
    heading = text[start:end].rstrip()
    for glued in range(min(_GLUED_BEFORE, start) + 1):
        copy = text[start - glued:start] + heading
        if text.startswith(copy, end) or (text.startswith(copy, end + 1) and text[end] == " "):
            return text.index(copy, end) + len(copy)
        if (line_end := _past_line_copy(text, end, copy)) is not None:
            return line_end
    return _past_broken_copy(text, start, end, heading)


# (or the heading's whole line, the topic after it too, written twice: `1.周观点:天然气价格市场化改革深化周观点:
# 天然气价格市场化改革深化 11月4日,发改委…`, a deck's bold line: the summary opens after the line's copy)
_TOPIC = 30
_NO_TOPIC = re.compile("[，,。；;！？!?]")


def _past_line_copy(text: str, end: int, copy: str) -> int | None:
    at = text.find(copy, end + 2, end + _TOPIC + len(copy))
    topic = text[end:at]
    if at < 0 or cjk_count(topic) < 2 or _NO_TOPIC.search(topic) or not text.startswith(topic, at + len(copy)):
        return None
    return at + len(copy) + len(topic)


# (or the heading's line written again with a break before the heading, `医药生物要点` / `医药生物` / `要点` /
# `行情回顾:…`, a side column's sector name and heading: the summary opens after the copy, not with the name glued to
# its first label)
_LINE_BEFORE = 8


def _past_broken_copy(text: str, start: int, end: int, heading: str) -> int:
    reach = max(0, start - _LINE_BEFORE - 1)
    line = max(text.rfind(LINE, reach, start), text.rfind(BREAK, reach, start))
    glued = text[line + 1:start]
    if line < 0 or not cjk_count(glued):
        return end
    after = end + (text[end:end + 1] == LINE)
    copy = glued + LINE + heading
    return after + len(copy) if text.startswith(copy, after) else end


# A summary's risk warning is its last item (`风险提示：…`, `风险因素`): what follows it is the
# rest of the cover or the body, never a point. (Not a contents page's entry for it: leader
# dots or a page number after it.)
_RISKS = re.compile(r"风险提示|风险因素|Risks?:")


_CONTENTS_ENTRY = re.compile(CONTENTS_ENTRY_END)


_BEFORE_RISKS = 20  # glyphs of the summary a risk warning must follow to end it


def summary_end(simple: str) -> int | None:
    """Where the summary ends: at its risk warning, when one follows some of its text; None
    when there is no summary or it runs on."""
    start = heading_end(simple)
    if start is None:
        return None
    for risks in _RISKS.finditer(simple, start):
        if _CONTENTS_ENTRY.match(simple, risks.end()):
            continue
        return risks.start() if cjk_count(simple[start:risks.start()]) >= _BEFORE_RISKS else None
    return None

"""What a report's extracted opening says: the report's own first words (the lede) and its
summary's points, told apart from the cover around them.

A report's first pages, as PDF extraction gives them, interleave the cover (banners, dates,
ratings, analysts and their licence numbers, related-report lists, market-data tables, chart
axes) with the summary, often glued together without a space. units.py prepares the opening and
cuts it into units (runs of text between hard breaks and sentence ends) and says which read as
prose; headings.py finds the summary section (投资要点, 核心观点, 摘要, Key points, …). Here the
summary's start is settled (prose a layout set above its heading belongs to it, a biography's or
an editor's does not), the lede is taken from the first unit that reads as one (the labels, leads
and banners glued before it, leads.py's, cut off), and the summary's points are listed. Every step is a
bounded regular-expression scan or a single pass over the units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.enrich.boilerplate import either, is_boilerplate
from generator.enrich.choices import by_first_character
from generator.enrich.figures import SPACED_DIGITS
from generator.enrich.headings import heading_end
from generator.enrich.latin import (
    SENTENCE_OPENER,
    brief_paragraph,
    is_attribution,
    lede_start,
    sentence_start,
    story_start,
)
from generator.enrich.leads import (
    AFTER_TOPIC,
    BANNER,
    COMMA,
    COVER_UNITS,
    DOUBLED_RUN,
    POINT_TOPIC,
    SECTION_LABEL,
    after_doubled_heading,
    after_glued_section_heading,
    glued_label,
    latin_after_headline,
    tidy,
)
from generator.enrich.lines import BREAK, LINE, SENTENCE_ENDS
from generator.enrich.marks import cjk_count
from generator.enrich.units import CLAUSE, POINT_LABEL, UNIT_END, Unit, is_prose, prepare, split_units
from generator.normalize import CJK_CLASS, to_simplified

_C = f"[{CJK_CLASS}]"




# A unit that reads as the start of a risk warning or a footnote is content, not a lede.
# (Nor does a research platform's point on the report's rating or target price: `报告对…的评级为“推荐”`,
# `报告给出的目标价为10港元`.)
# Both scripts: a traditional-script unit is matched in simplified script (`註︰表示與上月…`), with the
# colon's vertical and small forms a converter may set (︰ ∶ ﹕).
_NOT_A_LEDE = re.compile(r"^(?:风险提示|风险因素|注[:：︰∶﹕]|备注|附注|免责|报告给出的|目标价为|编者按|编者注|编辑按"

                         r"|报告对[^，,。]{1,20}?的(?:投资)?评级)")


# Nor does a lede open with what a speaker says to the audience of a meeting (`各位尊敬的客户：`,
# `大家下午好。`, `相信今天参会的…`), or with a connective that carries on a sentence not shown
# (`但有些新客户…`, `因此…`).
_ADDRESS = re.compile(by_first_character("各位|尊敬的|在座|" + either("大家|上午|下午|晚上", "好") + "|"
                                        + either("感谢|谢谢", "大家") + "|欢迎大家|欢迎各位|今天参会|参会的"
                                        # (and a page's welcome to its readers or listeners: `欢迎收听…音频`)
                                        + "|欢迎收听|欢迎收看|欢迎关注|欢迎阅读|欢迎订阅"))


_CARRIES_ON = re.compile(r"^(?:但|然而|不过|因此|所以|此外|另外|同时(?!期)|并且|而)")


# Nor with a house's presentation of itself, which a fund's or a think tank's posts open with before the post's own
# words (`星石投资是国内典型践行多基金经理团队制的百亿私募,由10名基金经理共同管理…。目前十位基金经理…。`): the
# paragraph is the house's, whole. (Its name, then `是` and the kind of house it is, within the sentence's first clause
# or two; a bracketed note of the page's may stand before it, `(文末有奖)`.)
_SELF_DESCRIPTION = re.compile(r"^(?:[(（][^()（）]{1,8}[)）])?[^\s，,。；;：:“”]{2,12}?"
                               r"是(?:国内|中国|我国|全球|一家|一所)[^。；;]{0,40}?(?:私募|基金管理人|资产管理公司|资产管理机构|投资机构|智库|研究机构|咨询机构)"
                               r"(?=[，,。])")


@dataclass
class Opening:
    """The report's own words from its opening: the units a lede is made of (from the first
    prose unit on, in the summary when there is one), and the summary's points."""

    units: list[Unit] = field(default_factory=list)
    points: list[str] = field(default_factory=list)
    has_summary: bool = False
    cut_tail: str = ""  # (see `_cut_tail`)


# A lede in Latin script opens as a sentence does (not `and the House Committee on…`), and is
# not a heading in title case ending with a colon (`Why GAO Did This Study:`).
_LATIN_OPENING = re.compile(r"[A-Z0-9“‘\"'(]")


_TITLE_CASE_HEADING = re.compile(r"(?:[A-Z0-9][\w’'.,-]*\s+){1,8}[A-Z0-9][\w’'.,-]*\s*[:：]")


# A report's title on a company: its name, its code in brackets, a colon, the headline
# (`Guotai Junan International (1788.HK): stock price…`, `巨化股份(600160):制冷剂…`), in whatever
# language the page translated it to.
_COMPANY_TITLE = re.compile(r"[^，,。；;:：]{1,60}?[（(]\s*\d{4,6}(?:\.[A-Z]{2})?\s*[)）]\s*[:：]")


# A cover's date glued to its title's words (`2023年09月06日息差拖累业绩，资产质量稳定`): the month or
# the day written with a leading zero, as covers print them and sentences do not, and no mark after.
_COVER_DATE_LEAD = re.compile(rf"^(?:19|20)\d\d年(?:0\d月\d{{1,2}}|\d{{1,2}}月0\d)日(?={_C})")


# What a cut leaves: a unit opening with a closing mark, an ellipsis or a mark that follows words
# (`..》，2020.8.28 2.《…`, the tail of a related report's title in a list whose breaks were lost),
# or one that opens a title in guillemets and never closes it, is no sentence of its own.
_CUT_OPENING = re.compile(r"^(?:\.{2}|…|[》」』）)\]】〉，,、。；;：:])")


def _cut(text: str) -> bool:
    return bool(_CUT_OPENING.match(text)) or text.count("《") > text.count("》")


def _is_lede(unit: Unit, summary: bool, traditional: bool) -> bool:
    text = unit.text
    if _cut(text):
        return False
    # (a host site's slogan exclaims, `内容丰富有趣,写作好帮手!`; a report's first sentence outside a
    # summary does not: a summary's point may, `…并继续重点推荐！`)
    if _COVER_DATE_LEAD.match(text) or (not summary and text.endswith(("!", "！")) and cjk_count(text)):
        return False
    if (text[:1].isascii() and not cjk_count(text[:40])
            and (not _LATIN_OPENING.match(text) or _TITLE_CASE_HEADING.fullmatch(text))):
        return False
    if _COMPANY_TITLE.match(text):
        return False
    simplified = to_simplified(text) if traditional else text
    return (is_prose(unit, summary=summary, traditional=traditional) and not _NOT_A_LEDE.match(simplified)
            and not _CARRIES_ON.match(simplified) and not _ADDRESS.search(simplified))


# The heading of the authors' biographies (`作者简介`), which a journal's page sets before the
# abstract: prose before the summary's heading is then theirs, not the summary's.
_BIOGRAPHY = re.compile(by_first_character("作者简介|作者介绍|关于作者|课题组成员|About the author|About the Author"))


# A portal's editor's note (`编者按：今天开盘后…这是一家怎样的公司？`), set before a report it reposts:
# what stands before the report's summary heading is then the portal's, not the summary's.
_EDITORS_NOTE = re.compile("编者按|编者注|编辑按|编按[:：]")


# A notice's own heading on a line of its own (`声明`, `重要声明`, `特别提示`, `Disclaimer`) before the summary's
# heading: what follows it there is the notice (an analyst's warning about stock-tip groups in his name, `…
# 未创建任何形式针对个人投资者的荐股群…,请广大投资者朋友们知悉。`), not a summary the layout set above its heading.
_NOTICE_HEADING = re.compile(rf"(?:^|[{LINE}{BREAK}])[ \t]*(?:(?:重要|特别|免责|法律|郑重)?(?:声明|申明)"
                             rf"|(?:重要|特别)提示|(?i:disclaimer|important notice))[ \t:：]*(?=[{LINE}{BREAK}])")


# A cover's label left empty right before the summary's heading (`本报告执笔人: 摘 要`, the names
# set in a side column): the heading follows the cover's byline, so the prose before it is the
# cover's (a series' blurb), not a summary the layout set above its heading.
_LABEL_BEFORE_HEADING = re.compile(rf"{_C}{{1,6}}(?:人|者)\s?[:：]\s*{_C}{{1,2}}\s?{_C}{{1,2}}\s*[:：]?\s*$")


_LABEL_REACH = 16


# So does a repost's author or image credit right before the heading (`作者:某某债市 题图:某某公众号
# 摘要`, a column's `本期作者`): the prose above it is the host's blurb.
_CREDIT_BEFORE_HEADING = re.compile(r"(?:作者|题图|图片来源|责任编辑|责编)\s?[:：]"
                                    # (or a column's credit for the issue, its names lost: `本期作者` / `核心观点:`)
                                    r"|本期作者")


_CREDIT_REACH = 60


# The event a report comments on, under its label on a line of its own (`事   项` / `10月份,CPI同比0.3%,…。` /
# `报告摘要`): the prose before the summary's heading is the event, set apart as a section of its own, not the
# summary the layout set above its heading. (A line of the page's own, a line break before it: a preview that lost
# its breaks sets the label apart only by the cut before a point's number, `传智教育 003032 事件 1、公司公告…`, and
# there the event is the side column's first point, which the summary's heading follows.)
_EVENT_HEADING = re.compile(rf"{LINE}[ \t]*事\s{{0,3}}[项件][ \t:：]*(?=[{LINE}{BREAK}])")


def read_opening(text: str, title: str = "", room: int = 600) -> Opening:
    """The opening of `text`, cut to `WINDOW` and unravelled (`cleaning.unravel`); `title`
    is the report's title, which the cover repeats. Units are classified only as far as a
    lede of `room` characters and the summary's points need."""
    text, simple = prepare(text, title)
    traditional = simple is not text
    start = heading_end(simple)
    units = split_units(text if start is None else _subheading_apart(text, start))
    if start is not None:
        before = split_units(text[:start])
        # Prose before the heading is the summary itself when the layout put the heading
        # after it (a side column); otherwise the summary starts at its heading.
        if (not _BIOGRAPHY.search(simple, 0, start) and not _EDITORS_NOTE.search(simple, 0, start)
                and not _NOTICE_HEADING.search(simple, 0, start)
                and not _EVENT_HEADING.search(simple, 0, start)
                and not _LABEL_BEFORE_HEADING.search(simple, max(0, start - _LABEL_REACH), start)
                and not _CREDIT_BEFORE_HEADING.search(simple, max(0, start - _CREDIT_REACH), start)
                and any(_opens_summary(u, traditional) for u in _outside_notices(before, traditional))
                and not _deck(before, text, start)):
            units = before + units
    opening = Opening(has_summary=start is not None)
    opening.units = _lede(units, opening.has_summary, room, traditional)
    if (again := _copied_lead(units, opening.units, text)) is not None:
        opening.units = _lede(units[again:], opening.has_summary, room, traditional)
    elif (after := _dek_end(units, opening.units)) is not None:
        opening.units = _lede(units[after:], opening.has_summary, room, traditional)
    if opening.has_summary:
        opening.points = _points(units, traditional)
    if not opening.units and units:
        opening.cut_tail = _cut_tail(units[-1], traditional)
    return opening


_TAIL_CLAUSES = 2
_TAIL_GLYPHS = 30


def _cut_tail(unit: Unit, traditional: bool) -> str:
    """The opening's last unit when it is a sentence the preview cut off, no sentence end in the opening before it
    (`…中国平安于 1988 年于深圳蛇口成立,深耕保险行业近 40 年,…最广泛的综合金融`): a paragraph's start after a break,
    two clauses or more of prose, no boilerplate, no bold run written twice; else "". Where the whole preview was
    read, that is the report's first sentence, shown up to the cut (`cleaning.lede`)."""
    text = tidy(unit).text
    if (unit.ends_sentence or not unit.after_break or cjk_count(text) < _TAIL_GLYPHS or _clauses(text) < _TAIL_CLAUSES
            or _cut(text) or DOUBLED_RUN.search(text) or is_boilerplate(text, traditional)
            or not is_prose(Unit(text + "。", True, True), traditional=traditional)):
        return ""
    return text


_DECK_MIN = 12  # characters a deck's sentence holds at least: a shorter one may recur by chance


def _deck(before: list[Unit], text: str, start: int) -> bool:
    """Whether the prose before the summary's heading is a page's deck copied from the summary (a repost's
    `在新的发展格局…的投资机会。` over `核心结论` and the summary that ends with that sentence): the summary then
    starts at its heading, as the report wrote it."""
    return any(len(core := unit.text.rstrip("。！？.!?")) >= _DECK_MIN and text.find(core, start) >= 0
               for unit in before if unit.ends_sentence)


# A sub-heading on its own line right after the summary's heading (`核心观点` / `本周市场表现` /
# `本周市场全面下跌,…`): a line of five to eight characters with no clause mark, between two line
# breaks. (A word or two that a dump's line broke off its sentence is shorter: `研究结论 美国 / 债券指数的…`.)
_SUBHEADING = re.compile(rf"[^{LINE}{BREAK}，,、。；;：:！？!?]{{5,8}}(?={LINE})")


def _subheading_apart(text: str, start: int) -> str:
    """The summary from its heading's end, a sub-heading standing on the heading's next line set
    apart from the line after it (a short line is otherwise joined to the next, as a word broken
    off it would be)."""
    if text[start - 1:start] != LINE or not (sub := _SUBHEADING.match(text, start)):
        return text[start:]
    return text[start:sub.end()] + BREAK + text[sub.end() + 1:]


_COPIED_WORDS = 8


def _copied_lead(units: list[Unit], lede: list[Unit], text: str) -> int | None:
    """Where the report's own text starts again when the lede found is a page's description
    copied from it (`1 晶片成为科技竞争的核心，CPU首当其冲。是一块…` before the article's heading
    `1 晶片成为科技竞争的核心，CPU首当其冲` and its sentences): the heading, a later unit that holds
    the lede's first sentence and ends none; None when none does. (A summary's sentence that the
    body repeats is no description: the repeat ends a sentence.) So is a news page's dek that its
    photo's caption repeats with the photo's credit glued after it (`…in November.Lam Yik—Bloomberg`)."""
    if not lede or (cjk_count(core := lede[0].text.rstrip("。！？；.!?;")) < 8 and core.count(" ") < _COPIED_WORDS):
        return None  # (too short to tell: fewer than eight CJK characters or words)
    core = core.replace(" ", "")
    if text.count(core[-4:]) < 2:
        return None  # (its last words are in the opening once: one scan, no loop over the units)
    seen = None
    for number, unit in enumerate(units):
        if seen is not None and number - seen > _DESCRIPTION_UNITS:
            return None
        if core[-4:] in unit.text and core in unit.text.replace(" ", ""):
            if seen is not None and not unit.ends_sentence:
                return number
            seen = number
    return None


_DEK_REACH = 40  # units after a news page's dek that its story's paragraphs may repeat it within


def _dek_end(units: list[Unit], lede: list[Unit]) -> int | None:
    """Where the story starts after a news page's dek in English, a sentence that the story repeats as a whole
    sentence a few paragraphs on (`JPMorgan’s positive switch comes following a pullback…` over the page's buttons and
    `(Nov 27): JPMorgan Chase & Co has raised…`, which later says it again): the first paragraph after the dek's; None
    when the lede is no such sentence."""
    if not lede or cjk_count(first := lede[0].text) or first.count(" ") < _COPIED_WORDS:
        return None
    number = next((n for n, unit in enumerate(units) if unit.text == first), None)
    if number is None or not any(unit.ends_sentence and unit.text == first
                                 for unit in units[number + 1:number + 1 + _DEK_REACH]):
        return None
    return next((n for n in range(number + 1, len(units)) if units[n].after_break), None)


# A page's description is a sentence or two: the heading it was copied from comes again within a few units. A
# summary's first point that the body repeats as its section's heading pages later (`“四机一脑”拆解需求稳健增长，新九类
# 带来增量市场空间。…` / 16 units on / `一、“四机一脑”拆解需求稳健增长，新九类带来增量市场空间`) is the summary's.
_DESCRIPTION_UNITS = 8


def _outside_notices(units: list[Unit], traditional: bool) -> list[Unit]:
    """The units before a heading that may be the summary's: in Latin script, only those before
    any boilerplate (an English page runs its paragraphs together, so `Disclaimer: This paper
    is… Posting of the report…` is a notice to its last sentence)."""
    kept, notice = [], False
    for unit in units:
        latin = not cjk_count(unit.text)
        notice = notice or (latin and is_boilerplate(unit.text, traditional))
        if not (notice and latin):
            kept.append(unit)
    return kept


def _opens_summary(unit: Unit, traditional: bool) -> bool:
    """Whether a unit before the summary's heading is the summary's own first sentence: ended
    with a full stop (a `.` in Latin script only, where it is one; a site's slogan ends with `!`;
    a `；` ends a clause of a list, such as a cover's major shareholders, not a sentence)."""
    text = unit.text
    return (unit.ends_sentence and not text.endswith(("!", "！", "；", ";"))
            and (not text.endswith(".") or not cjk_count(text))
            and bool(CLAUSE.search(text))
            and is_prose(tidy(unit), 15, traditional=traditional)
            and not _NOT_A_LEDE.match(to_simplified(text) if traditional else text))




# A sentence a page break cut (`…我们认为 7 月全球市场可能仍处` / blank lines / `于震荡局面,维持…。`): its first
# part ends in a glyph, with no mark, after two clauses or more (a heading holds one clause or two,
# `美国二次疫情风险增加,全面重启面临阻力`, and a bold one is written twice), and its rest opens with a glyph
# and ends the sentence.
_BROKEN_CLAUSES = 2
_BROKEN_PART = 40  # characters the first part holds at least


_CLAUSE_MIN = 4  # glyphs a clause holds at least: a byline's names are shorter (`文/…:刘刚,寇玥,陈南丁,…`)


def _clauses(text: str) -> int:
    """The clauses that commas end in `text` (its last part aside), a list of names' short runs not counted."""
    return sum(len(part) >= _CLAUSE_MIN for part in COMMA.split(text)[:-1])


def _rejoined(units: list[Unit], limit: int = COVER_UNITS * 2) -> list[Unit]:
    """`units` with the first sentence a page break cut into two made one again."""
    for number, unit in enumerate(units[:limit]):
        if unit.ends_sentence:
            return units
        rest = units[number + 1] if number + 1 < len(units) else None
        text = unit.text
        if (rest is not None and rest.ends_sentence and rest.after_break and not rest.numbered
                and len(text) >= _BROKEN_PART and _clauses(text) >= _BROKEN_CLAUSES
                and cjk_count(text[-1]) and cjk_count(rest.text[:1]) and not DOUBLED_RUN.search(text)):
            return [*units[:number], Unit(text + rest.text, True, unit.after_break, unit.numbered),
                    *units[number + 2:]]
    return units


# A section's tag in brackets over the section's heading, a few words and a full stop, which the
# section's first sentence follows in the same paragraph (`【策略深度对话行业】源起与目标。股价波动是…`): the
# lede is that sentence, not the heading.
_TAGGED_HEADING = 8  # glyphs a heading holds at most


def _tag_over_heading(label: re.Match[str], text: str, units: list[Unit], number: int) -> bool:
    rest = text[label.end():]
    following = units[number + 1] if number + 1 < len(units) else None
    return (label.group(0).lstrip().startswith("【") and rest.endswith(("。", "."))
            and cjk_count(rest) <= _TAGGED_HEADING and not COMMA.search(rest)
            and following is not None and not following.after_break and following.ends_sentence)


# A digest's list of its house's reports, each entry the report's kind in square brackets and its title
# (`【固定收益专题报告】分省城投挖掘之山城重庆。` / `【金融工程专题报告】结合多因子模型…`, a morning call's
# 重点报告推荐): a list of titles, no lede, when an entry of the same kind stands next to it.
_LISTED_REPORT = re.compile(r"【[^【】，,。]{0,10}(?:报告|覆盖|点评|研究|深度|周报|月报)】")


def _listed_report(text: str, units: list[Unit], number: int) -> bool:
    if not _LISTED_REPORT.match(text):
        return False
    return any(_LISTED_REPORT.match(units[at].text.lstrip()) for at in (number - 1, number + 1) if 0 <= at < len(units))


# An English cover's field label ending a unit (`… Contact: Zhou Jingtong Telephone:`): one capitalised word before
# the colon, whose value the extraction lost; a clause that introduces what follows ends in a lower-case word
# (`…the key risks are as follows:`).
_LATIN_FIELD_END = re.compile(r"(?<![\w’'-])[A-Z][a-z]{1,14}\s?:$")
_FIELD_REACH = 20
# A notice's sentence in English (`The views expressed in this statement are those of the staff and do not
# necessarily represent…`): the paragraph it stands in is the notice's (`End-of-mission press releases include
# statements by the staff… . The views expressed… . Based on the preliminary findings…`), no sentence of it a lede.
_NOTICE_SENTENCE = re.compile(r"views expressed|(?:do|does) not necessarily|accepts? no responsibility"
                              r"|(?:do|does) not guarantee")
_PARAGRAPH_REACH = 4  # units on either side of a paragraph's unit looked at (a notice's paragraph is short)


# An epigraph in English: a quotation as a paragraph of its own, its author and year in brackets after it, which
# the next paragraph's first sentence ran into (`“What we now face is …” (Jane Roe, 2017) 1. 2018 marks …`).
_BRACKETED_ATTRIBUTION = re.compile(r"\((?:[A-Z][\w.’'-]*\s){1,4}[A-Z][\w.’'-]*,\s?(?:19|20)\d\d\)\s*")


def _without_epigraphs(units: list[Unit]) -> list[Unit]:
    """`units` without an English epigraph (a whole quotation followed by its bracketed author), the sentence run
    into the author's brackets from its own start."""
    for number in range(len(units) - 1):
        quote, after = units[number].text, units[number + 1].text
        if (quote.startswith("“") and quote.endswith("”") and after.startswith("(")
                and (author := _BRACKETED_ATTRIBUTION.match(after)) and author.end() < len(after)):
            rest = Unit(after[author.end():], units[number + 1].ends_sentence, True, units[number + 1].numbered)
            return [*units[:number], rest, *units[number + 2:]]
    return units


def _in_notice_paragraph(units: list[Unit], number: int) -> bool:
    """Whether unit `number`, in Latin script, stands in a paragraph (the units between two breaks) that holds
    a notice's sentence in English."""
    if cjk_count(units[number].text):
        return False
    start = number
    while start > max(0, number - _PARAGRAPH_REACH) and not units[start].after_break:
        start -= 1
    end = number + 1
    while end < min(len(units), number + 1 + _PARAGRAPH_REACH) and not units[end].after_break:
        end += 1
    return any(_NOTICE_SENTENCE.search(units[at].text) for at in range(start, end))


def _lede(units: list[Unit], summary: bool, room: int, traditional: bool) -> list[Unit]:
    """The units an excerpt is made of: from the first prose unit on, boilerplate left
    out, about `room` characters."""
    units = _without_epigraphs(_rejoined(units))
    if (story := story_start(units)) is not None:  # (a story the page carries: the page's words before it go)
        number, start = story
        units = [Unit(units[number].text[start:], units[number].ends_sentence, True), *units[number + 1:]]
    chosen: list[Unit] = []
    size = 0
    latin_lede = False  # a lede in Latin script goes on in it; a CJK one leaves Latin-script units out
    # (a paragraph that carries on a text not shown, `另外,…`, goes whole; so does a speech's paragraph of pleasantries
    # that opens by addressing its audience, `大家好!非常高兴来参加…的年会。…`, and a house's presentation of itself)
    carried_on = False
    for number, unit in enumerate(units):
        carried_on = carried_on and not unit.after_break
        if not chosen and not unit.ends_sentence and (not unit.text.endswith(("：", ":"))
                                                      or _LATIN_FIELD_END.search(unit.text[-_FIELD_REACH:])):
            continue  # no lede (`is_prose`), and tidying keeps its end; nor a cover's field label at its end
        if not chosen and _in_notice_paragraph(units, number):
            continue
        unit = tidy(unit if chosen else after_glued_section_heading(unit))
        if not chosen:
            if number < COVER_UNITS and (bare := after_doubled_heading(unit.text)) is not unit.text:
                unit = Unit(bare, unit.ends_sentence, True, unit.numbered)
            unit = latin_after_headline(unit)
            unit = _after_latin_furniture(unit, summary, traditional)
            simplified = to_simplified(unit.text) if traditional else unit.text
            if unit.after_break and (_CARRIES_ON.match(unit.text) or _ADDRESS.match(simplified)
                                     or _SELF_DESCRIPTION.match(simplified)):
                carried_on = True
            if (not carried_on and not _asks_alone(units, number) and not _answered_next(units, number)
                    and (summary or not brief_paragraph(units, number))
                    and _is_lede(unit, summary, traditional)):
                banner = BANNER.match(unit.text)
                if banner:
                    unit = Unit(unit.text[banner.end():], unit.ends_sentence, True)
                # (read in simplified script, which maps character to character: `導語:` is `导语:`)
                label = glued_label(to_simplified(unit.text) if traditional else unit.text)

                if label and _tag_over_heading(label, unit.text, units, number):
                    continue  # a tag over its section's heading (`▶【策略深度对话行业】源起与目标。股价…`)
                if _listed_report(unit.text, units, number):
                    continue
                if label and cjk_count(unit.text[label.end():]) >= 4:
                    rest = unit.text[label.end():]
                    if point := POINT_LABEL.match(rest):  # (the label's first point: `事件:(1) 交易商协会…`)
                        rest = rest[point.end():]
                    unit = Unit(rest, unit.ends_sentence, True)
                elif unit.numbered and (topic := POINT_TOPIC.match(unit.text)) \
                        and cjk_count(unit.text[topic.end():]) >= AFTER_TOPIC:
                    unit = Unit(unit.text[topic.end():], unit.ends_sentence, True)
                elif (topic := POINT_TOPIC.match(unit.text)) and (point := POINT_LABEL.match(unit.text[topic.end():])) \
                        and cjk_count(rest := unit.text[topic.end() + point.end():]) >= AFTER_TOPIC \
                        and not POINT_TOPIC.match(rest):
                    # (a list's heading before its first numbered item, `重点推荐: 1. 某某(300454):…认为…`:
                    # the lede is the item, as after a numbered point's topic; not a digest's heading over
                    # items that each open with a topic of their own, `行业要闻：1）国家医保局：…`)
                    unit = Unit(rest, unit.ends_sentence, True)
                latin_lede = not cjk_count(unit.text)
                if latin_lede and (start := lede_start(unit.text)):
                    unit = Unit(unit.text[start:], unit.ends_sentence, True)
                before = [] if latin_lede else _clauses_before(units, number, traditional)
                if not before and _carries_on_table(units, number):
                    continue  # (a sentence's later clause, its first glued to a table's cells: no sentence start)
                chosen = [*before, unit]
                size = sum(len(each.text) for each in chosen)
        elif latin_lede and len(chosen) == 1 and is_attribution(unit.text):
            chosen, size = [], 0  # the sentence was an epigraph, and this its author
            continue
        elif (not unit.text.isascii() or latin_lede) and not is_boilerplate(unit.text, traditional):
            chosen.append(unit)
            size += len(unit.text)
        if size >= room:
            break
    return chosen


_LATIN_OPENERS = 5  # openers tried at most (a unit holds one sentence: the few a cover's notice leaves)


def _after_latin_furniture(unit: Unit, summary: bool, traditional: bool) -> Unit:
    """`unit` from its sentence's first word when a cover's notice, names and address ran into it with no
    stop between (`…Natalie Chiu SFC CE No. AVH … Hong Kong Sector view Positive The healthcare industry
    has seen…`): the unit is boilerplate as a whole, its head alone is, and its tail is a sentence that
    is not. So when a cover's market-data table and a note's heading ran into it (`…RMB/USD 6.5 (0.1) RESEARCH
    NOTES WASION GROUP [3393.HK; HK$4.40; BUY] - Wasion Group (Wasion) reported…`): the unit reads as no lede, its
    tail from the sentence's start (`sentence_start`) does. Else `unit` as it is."""
    text = unit.text
    if not unit.ends_sentence or not text[:1].isascii() or cjk_count(text):
        return unit
    if not is_boilerplate(text, traditional):
        start = sentence_start(text) if not _is_lede(unit, summary, traditional) else 0
        tail = Unit(text[start:], True, True, unit.numbered)
        return tail if start and _is_lede(tail, summary, traditional) else unit
    for number, opener in enumerate(SENTENCE_OPENER.finditer(text)):
        if number == _LATIN_OPENERS:
            break
        tail = Unit(text[opener.start():], True, True, unit.numbered)
        if (is_boilerplate(text[:opener.start()], traditional) and not is_boilerplate(tail.text, traditional)
                and _is_lede(tail, summary, traditional)):
            return tail
    return unit


_CLAUSES_BEFORE = 120  # characters of a sentence's first clauses that a lede may take back


def _carries_on_table(units: list[Unit], number: int) -> bool:
    """Whether unit `number` carries on a sentence (no break before it, a `；` ending the unit before) whose
    first clause a table's cells run into (`…市盈率 n.m. 451 53 公司1月16日發布公告,…6元；` before `步步高集團將放棄
    …表決權。`): the lede would open inside the sentence, after the clause that cannot be shown."""
    if number == 0 or units[number].after_break or not units[number - 1].text.endswith(("；", ";")):
        return False
    return _TABLE_CELLS.search(units[number - 1].text[:_CELLS_REACH]) is not None


# Figures standing apart in a row, as a table's cells do (`13,361 9,678 8,863`, `n.m.n.m.451 53`).
_TABLE_CELLS = re.compile(r"(?:-?\d[\d,.]*%?\s+){2,}-?\d|n\.m\.")
_CELLS_REACH = 200


def _clauses_before(units: list[Unit], number: int, traditional: bool) -> list[Unit]:
    """The first clauses of the sentence that unit `number` carries on, in its block, each ended with
    a `；` (`10月24日,22Q1-Q3公司实现营收42.19亿元,YoY+11.23%；` before `归母净利润7.32亿元,…。`): a lede
    opens where its sentence does, though a clause dense with figures reads as no prose alone.
    None when one of them is boilerplate, a cut or no words."""
    first = number
    while first > 0 and not units[first].after_break and units[first - 1].text.endswith(("；", ";")):
        first -= 1
    clauses = [tidy(unit) for unit in units[first:number]]
    if (not clauses or sum(len(unit.text) for unit in clauses) > _CLAUSES_BEFORE
            or any(not cjk_count(unit.text) or _cut(unit.text) or is_boilerplate(unit.text, traditional)
                   for unit in clauses)):
        return []
    if (label := SECTION_LABEL.match(clauses[0].text)) and cjk_count(clauses[0].text[label.end():]) >= 4:
        clauses[0] = Unit(clauses[0].text[label.end():], True, True)
    return clauses


def _asks_alone(units: list[Unit], number: int) -> bool:
    """Whether unit `number` is a question that no statement follows in its paragraph: a
    headline's or a section heading's on a line of its own (`…可以逆市布局吗?`), or an entry of a
    list of questions (a contents page's), not a lede's first sentence, which a paragraph goes
    on from to answer it, after a few more questions maybe (`Is growth slowing? Does deflation
    persist? … Markets have been volatile.`, `…哪些板块业绩表现更好?…今年商誉减值压力如何?一文读懂…。`;
    a Chinese cover's question heading followed by its extraction's copy of itself, `…有哪些不同?有哪些
    不同?`, is alone)."""
    if not units[number].text.endswith(_QUESTION_ENDS):
        return False
    asked = units[number].text
    for after in units[number + 1:number + 1 + _QUESTIONS_IN_A_ROW]:
        if after.after_break or not after.text.endswith(_STATEMENT_ENDS + _QUESTION_ENDS):
            return True
        if not after.text.endswith(_QUESTION_ENDS):
            return False
        if cjk_count(after.text) and after.text.replace(" ", "") in asked.replace(" ", ""):
            return True  # (a heading's copy, not the next question of a paragraph)
        asked = after.text
    return True


_ECHO = 4  # characters an answer repeats of its question's start


def _answered_next(units: list[Unit], number: int) -> bool:
    """Whether unit `number` is a question that the next unit answers by repeating its first words
    (a call's record, a platform's Q&A: `11月债市整体的投资思路是什么? 11月债市整体的投资思路与过去几周
    基本一致。`): the answer is the lede, its question a heading."""
    text = units[number].text
    if not text.endswith(_QUESTION_ENDS) or number + 1 >= len(units):
        return False
    answer = units[number + 1].text.replace(" ", "")
    return not answer.endswith(_QUESTION_ENDS) and answer[:_ECHO] == text.replace(" ", "")[:_ECHO]


_STATEMENT_ENDS = ("。", ".", "；", "!", "！")


_QUESTION_ENDS = ("?", "？")


_QUESTIONS_IN_A_ROW = 4  # a paragraph's opening questions before the statement that answers them


MAX_POINTS = 5


POINT_MAX = 120


def _points(units: list[Unit], traditional: bool) -> list[str]:
    """The summary's points: each starts after a bullet or a point label (and a section's
    label: `事项：`) and runs to its first full stop (through clauses ending with `；`), and
    reads as prose; at most `MAX_POINTS`, each cut at `POINT_MAX` characters. Fewer than two
    points make no list."""
    points: list[str] = []
    current = ""
    for unit in units:
        if unit.after_break and current:
            if _is_point(current, traditional):
                _add_point(points, bounded(current, POINT_MAX))
                if len(points) == MAX_POINTS:
                    break
            current = ""
        unit = tidy(unit)
        if not unit.text or is_boilerplate(unit.text, traditional):
            continue
        if unit.after_break:
            label = SECTION_LABEL.match(unit.text)
            current += unit.text[label.end():] if label and cjk_count(unit.text[label.end():]) >= 4 else unit.text
        elif current and (not current.endswith(SENTENCE_ENDS) or (current.endswith("；") and len(current) < POINT_MAX)):
            current += unit.text
    if current and len(points) < MAX_POINTS and _is_point(current, traditional):
        _add_point(points, bounded(current, POINT_MAX))
    return points if len(points) >= 2 else []


_COPIED_POINT = 20  # characters a point repeats of another at least to be its copy


def _add_point(points: list[str], point: str) -> None:
    """Add `point` unless it repeats one listed: a page that copies the summary's start above it
    (a repost's dek) gives the same point twice, once with a credit glued before it (`中金研究总体
    来看，…` and `总体来看，…`): the copy without the glued words is kept, in the first one's place."""
    for number, other in enumerate(points):
        if len(point) >= _COPIED_POINT and other.endswith(point):
            points[number] = point
            return
        if len(other) >= _COPIED_POINT and point.endswith(other):
            return
    points.append(point)


# A word no sentence opens with, only carries one on (`及产品准入管理规定,…`: the rest of a sentence a
# side column or a line break cut off its start). (Not glyphs that open words too: 并购, 和平, 或将.)
_MID_SENTENCE = re.compile(r"^(?:以及|及(?!时)|并且|而且|且)")


def _is_point(text: str, traditional: bool) -> bool:
    return (text.endswith(SENTENCE_ENDS) and is_prose(Unit(text, True, True), traditional=traditional)
            and not SPACED_DIGITS.search(text) and not _MID_SENTENCE.match(text))


def bounded(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a sentence end, else a clause end."""
    if len(text) <= limit:
        return text
    ends = [m.end() for m in UNIT_END.finditer(text, 0, limit)]
    if ends and ends[-1] >= limit // 3:
        return text[:ends[-1]]
    soft = max(text.rfind(mark, 0, limit - 1) for mark in "，,、：:")
    return (text[:soft] if soft > limit // 3 else text[:limit - 1]) + "…"

"""The units a report's lede is made of: from the first unit that may open it (ledeopeners.py) on, the labels, leads
and banners a cover glues before it (gluedlabels.py's, gluedheadings.py's, leads.py's) and an English cover's
furniture (latin.py's, latinunits.py's) cut off, a sentence a page break cut made one again, an epigraph, a notice's
paragraph, a tag over a heading and a list of reports' titles passed over, the first clauses of a sentence taken
back, boilerplate left out, a Latin lede ended where another column's line ran in, about `room` characters.

structure.py reads the opening's lede with these, and again further on where the first was a page's copy.
"""

from __future__ import annotations

import re

from generator.enrich.boilerplate import is_boilerplate
from generator.enrich.gluedheadings import (
    COMMA,
    COVER_UNITS,
    DOUBLED_RUN,
    after_doubled_heading,
    after_glued_section_heading,
    after_list_label,
    latin_after_headline,
)
from generator.enrich.gluedlabels import AFTER_TOPIC, BANNER, POINT_TOPIC, SECTION_LABEL, glued_label
from generator.enrich.latin import SENTENCE_OPENER, lede_start, sentence_start
from generator.enrich.latinunits import (
    abstract_start,
    after_page_pointer,
    brief_paragraph,
    closed_points,
    is_attribution,
    story_start,
)
from generator.enrich.leads import tidy
from generator.enrich.ledeopeners import (
    ADDRESS,
    CARRIES_ON,
    SELF_DESCRIPTION,
    answered_next,
    asks_alone,
    cut,
    is_lede,
)
from generator.enrich.marks import cjk_count
from generator.enrich.units import POINT_LABEL, Unit, is_prose
from generator.normalize import to_simplified

# A sentence a page break cut (`…我们认为 7 月全球市场可能仍处` / blank lines / `于震荡局面,维持…。`): its first
# part ends in a glyph, with no mark, after two clauses or more (a heading holds one clause or two,
# `美国二次疫情风险增加,全面重启面临阻力`, and a bold one is written twice), and its rest opens with a glyph
# and ends the sentence.
_BROKEN_CLAUSES = 2
_BROKEN_PART = 40  # characters the first part holds at least
# (or one clause and the next begun, its last glyph one that waits for its object, which no heading ends on:
# `…利率 10bp,我们认为背景主要是 4 月以` / blank lines / `来经济恢复放缓…。`, a morning note's page)
_AWAITS_OBJECT = frozenset("以在于与和及对将把被从向是的")
# (or a comma inside brackets the rest closes, the clause after it cut off by a sidebar's block a dump set inside the
# sentence: `…美国大豆生长优良率为 58%(预估 59%, 前周为 58%,` / an analyst's title, licences, telephone and e-mail /
# `去同 64%)。`; not a comma a cut left at a part's end, `…摘录)个人养老金制度落地,` where the cover's title went)
_CLAUSE_GOES_ON = frozenset("，,")


def _brackets_closed_after(text: str, rest: str) -> bool:
    """Whether `text` leaves a bracket open that `rest` closes."""
    opened = text.count("(") + text.count("（") - text.count(")") - text.count("）")
    return opened > 0 and rest.count(")") + rest.count("）") > rest.count("(") + rest.count("（")


_CLAUSE_MIN = 4  # glyphs a clause holds at least: a byline's names are shorter (`文/…:刘刚,寇玥,陈南丁,…`)


def clauses(text: str) -> int:
    """The clauses that commas end in `text` (its last part aside), a list of names' short runs not counted."""
    return sum(len(part) >= _CLAUSE_MIN for part in COMMA.split(text)[:-1])


def _written_twice(text: str) -> bool:
    """Whether `text` is a run written twice, whole: a bold heading's two phrases, a comma between, that extraction
    wrote twice (`数字信息服务领域国家队,首次覆盖给予“买入”评级数字信息服务领域国家队,首次覆盖给予“买入”评级`, 开源's
    point over its first sentence), which `DOUBLED_RUN` (no comma in its run) leaves; a heading, not a sentence's first
    part."""
    half = len(text) // 2
    return len(text) % 2 == 0 and text[:half] == text[half:]


def _rejoined(units: list[Unit], limit: int = COVER_UNITS * 2) -> list[Unit]:
    """`units` with the first sentence a page break cut into two made one again."""
    for number, unit in enumerate(units[:limit]):
        if unit.ends_sentence:
            return units
        rest = units[number + 1] if number + 1 < len(units) else None
        text = unit.text
        if (rest is not None and rest.ends_sentence and rest.after_break and not rest.numbered
                and ((len(text) >= _BROKEN_PART and clauses(text) >= _BROKEN_CLAUSES)
                     or (text[-1] in _AWAITS_OBJECT and clauses(text) >= 1))
                and (cjk_count(text[-1]) or (text[-1] in _CLAUSE_GOES_ON and _brackets_closed_after(text, rest.text)))
                and cjk_count(rest.text[:1])
                and not DOUBLED_RUN.search(text) and not _written_twice(text)):
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
# A summary's sub-headings under its heading, each a label its colon ends, no clause among them (`我们的结论: 1990年代
# 豆油价格总结:` over the first point): headings, not words that introduce the point.
_LABELS_ALONE = re.compile(r"(?:[^，,、。；;：:！？!?\s]{2,16}[:：]\s*){2,4}")
# A notice's sentence in English (`The views expressed in this statement are those of the staff and do not
# necessarily represent…`): the paragraph it stands in is the notice's (`End-of-mission press releases include
# statements by the staff… . The views expressed… . Based on the preliminary findings…`), no sentence of it a lede.
# So is a distributor's notice over a foreign broker's report (`The attached research report … were written entirely
# by a broker partner of Auerbach` / `Grayson, and not by Auerbach Grayson. Auerbach Grayson is distributing/providing
# this research report for your consideration.`), whose line breaks part its sentences.
_NOTICE_SENTENCE = re.compile(r"views expressed|(?:do|does) not necessarily|accepts? no responsibility"
                              r"|(?:do|does) not guarantee|is distributing(?:/providing)? this|broker partner of")
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


# A sentence end in Latin script that a word in lower case follows (`Duy trì khuyến nghị MUA. Cổ phiếu đang tỷ lệ chiết
# khấu tăng. giao dịch tương ứng với P/B 2023E là 1,0x,…`, a Vietnamese note's two columns read across; `…near-term
# world growth prospects have improved. of US growth in 2023 as…`, Fitch's): the other column's line ran in, and what
# follows is two sentences' pieces spliced. The lede ends at that stop. (The stop ends a word of three letters or
# more, not an abbreviation's: `e.g. the`, `etc. and`, `approx. five`.)
_SPLICED_STOP = re.compile(r"(?<![\w.’'-])(?P<word>[^\W\d_]{3,})\. (?=\w)")
_ABBREVIATIONS = frozenset(("approx", "incl", "excl", "est", "resp", "etc", "vol", "avg", "mth", "yoy", "qoq"))


def _spliced_stop(text: str) -> int | None:
    """Where a sentence end in `text` that a word in lower case follows is (after its stop), else None."""
    if ". " not in text:
        return None
    return next((stop.end() - 1 for stop in _SPLICED_STOP.finditer(text)
                 if stop.group("word").islower() and stop.group("word") not in _ABBREVIATIONS
                 and text[stop.end()].islower()), None)


# A line that ends on a word in lower case, no stop nor colon after it: its sentence goes on in the next line.
_WRAPPED_ON = re.compile(r"(?<![\w’'-])[a-z]+$")


def lede_units(units: list[Unit], summary: bool, room: int, traditional: bool) -> list[Unit]:
    """The units an excerpt is made of: from the first prose unit on, boilerplate left
    out, about `room` characters."""
    units = [after_page_pointer(unit) for unit in closed_points(_without_epigraphs(_rejoined(units)))]
    if (story := story_start(units)) is not None:  # (a story the page carries: the page's words before it go)
        number, start = story
        story_unit = Unit(units[number].text[start:], units[number].ends_sentence, True)
        if _WRAPPED_ON.search(story_unit.text) and number + 1 < len(units):
            # (a wire's hard-wrapped lines: the dateline's sentence runs on over the next line, `…Fitch Ratings'
            # stable rating outlook on` / `China banks reflects…`)
            after = units[number + 1]
            story_unit, number = Unit(f"{story_unit.text} {after.text}", after.ends_sentence, True), number + 1
        units = [story_unit, *units[number + 1:]]
    chosen: list[Unit] = []
    size = 0
    latin_lede = False  # a lede in Latin script goes on in it; a CJK one leaves Latin-script units out
    # (a paragraph that carries on a text not shown, `另外,…`, goes whole; so does a speech's paragraph of pleasantries
    # that opens by addressing its audience, `大家好!非常高兴来参加…的年会。…`, and a house's presentation of itself)
    carried_on = False
    for number, unit in enumerate(units):
        carried_on = carried_on and not unit.after_break
        if not chosen and not unit.ends_sentence and (not unit.text.endswith(("：", ":"))
                                                      or _LATIN_FIELD_END.search(unit.text[-_FIELD_REACH:])
                                                      or _LABELS_ALONE.fullmatch(unit.text)):
            continue  # no lede (`is_prose`), and tidying keeps its end; nor a cover's field label at its end
        if not chosen and _in_notice_paragraph(units, number):
            continue
        unit = tidy(unit if chosen else after_glued_section_heading(unit, units[number - 1] if number else None))
        if not chosen:
            unit = after_list_label(unit)
            if number < COVER_UNITS and (bare := after_doubled_heading(unit.text)) is not unit.text:
                unit = Unit(bare, unit.ends_sentence, True, unit.numbered)
            unit = latin_after_headline(unit)
            unit = _after_latin_furniture(unit, summary, traditional)
            simplified = to_simplified(unit.text) if traditional else unit.text
            if unit.after_break and (CARRIES_ON.match(unit.text) or ADDRESS.match(simplified)
                                     or SELF_DESCRIPTION.match(simplified)):
                carried_on = True
            if (not carried_on and not asks_alone(units, number) and not answered_next(units, number)
                    and (summary or not brief_paragraph(units, number))
                    and is_lede(unit, summary or _opens_latin_paragraph(units, number), traditional)):
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
        if latin_lede and chosen and (stop := _spliced_stop(chosen[-1].text)) is not None:
            last = chosen[-1]
            chosen[-1] = Unit(last.text[:stop], True, last.after_break, last.numbered)
            break
        if size >= room:
            break
    return chosen


def _opens_latin_paragraph(units: list[Unit], number: int) -> bool:
    """Whether unit `number` is an English sentence opening a paragraph that goes on with a sentence of prose: read
    as a summary's, whose sentences may be dense with figures (`Still BUY, new IDR3,100 TP (DCF) from IDR3,600, 36%
    upside.` before `Merdeka Copper Gold booked a FY23 net loss of…`), not as a table's row or a cover's fields run
    into a sentence (`BUY Potential earnings rebound Last Traded Price ( 1 Feb 2017):HK$14.80 … Price Target 12-mth:
    HK$16.65 (13% upside) Sequential improvement intact.`: a field's colon, which no such sentence holds)."""
    unit = units[number]
    if (not unit.after_break or not unit.ends_sentence or cjk_count(unit.text) or ":" in unit.text
            or number + 1 >= len(units)):
        return False
    after = units[number + 1]
    return not after.after_break and not cjk_count(after.text) and is_prose(after, traditional=False)


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
        start = sentence_start(text) or abstract_start(text) if not is_lede(unit, summary, traditional) else 0
        tail = Unit(text[start:], True, True, unit.numbered)
        return tail if start and is_lede(tail, summary, traditional) else unit
    for number, opener in enumerate(SENTENCE_OPENER.finditer(text)):
        if number == _LATIN_OPENERS:
            break
        tail = Unit(text[opener.start():], True, True, unit.numbered)
        if (is_boilerplate(text[:opener.start()], traditional) and not is_boilerplate(tail.text, traditional)
                and is_lede(tail, summary, traditional)):
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
            or any(not cjk_count(unit.text) or cut(unit.text) or is_boilerplate(unit.text, traditional)
                   for unit in clauses)):
        return []
    if (label := SECTION_LABEL.match(clauses[0].text)) and cjk_count(clauses[0].text[label.end():]) >= 4:
        clauses[0] = Unit(clauses[0].text[label.end():], True, True)
    return clauses

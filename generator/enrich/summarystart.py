"""Where a report's summary starts: at its heading, or above it where a layout set the summary's prose there (a
side column), unless what stands above is the authors' biographies, a portal's editor's note, a notice, the event
a report comments on, a cover's byline or a page's deck copied from the summary; a sub-heading on the heading's
next line is set apart from the line after it.

structure.py reads the opening from the start these settle.
"""

from __future__ import annotations

import re

from generator.enrich.boilerplate import is_boilerplate
from generator.enrich.choices import by_first_character
from generator.enrich.leads import tidy
from generator.enrich.ledeopeners import NOT_A_LEDE
from generator.enrich.lines import BREAK, LINE
from generator.enrich.marks import cjk_count
from generator.enrich.units import CLAUSE, Unit, is_prose
from generator.normalize import CJK_CLASS, to_simplified

_C = f"[{CJK_CLASS}]"


# The heading of the authors' biographies (`作者简介`), which a journal's page sets before the
# abstract: prose before the summary's heading is then theirs, not the summary's.
_BIOGRAPHY = re.compile(by_first_character("作者简介|作者介绍|关于作者|课题组成员|About the author|About the Author"))


# Or the biography itself, with no heading over it: an analyst's degrees and works (a WeChat account's author box,
# `李美岑,財通證券首席策略分析師。北京大學碩士、新加坡國立大學碩士。…代表性著作《投資核心資產》…` over `核心觀點`).
_BIOGRAPHY_FACTS = re.compile("(?:大学|学院)(?:硕士|博士|学士)|代表性著作")


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
# there the event is the side column's first point, which the summary's heading follows.) So is the event after its
# label and a colon on the line's start (`事件:北京時間2024年2月1日凌晨,美聯儲公布了1月份議息會議紀要。` / `核心觀點` /
# `一、會議要點:…`, a macro comment reposted, r81 dev).
_EVENT_HEADING = re.compile(rf"{LINE}[ \t]*事\s{{0,3}}[项件][ \t:：]*(?=[{LINE}{BREAK}])"
                            rf"|[{LINE}{BREAK}][ \t]*事件[ \t]*[:：]")


def summary_above(before: list[Unit], text: str, simple: str, start: int, traditional: bool) -> bool:
    """Whether the units `before` the summary's heading (which ends at `start`; `simple` is `text` in simplified
    script) hold the summary itself, the layout having put the heading after it (a side column); otherwise the
    summary starts at its heading."""
    return (not _BIOGRAPHY.search(simple, 0, start) and not _BIOGRAPHY_FACTS.search(simple, 0, start)
            and not _EDITORS_NOTE.search(simple, 0, start)
            and not _NOTICE_HEADING.search(simple, 0, start)
            and not _EVENT_HEADING.search(simple, 0, start)
            and not _LABEL_BEFORE_HEADING.search(simple, max(0, start - _LABEL_REACH), start)
            and not _CREDIT_BEFORE_HEADING.search(simple, max(0, start - _CREDIT_REACH), start)
            and any(_opens_summary(u, traditional) for u in _outside_notices(before, traditional))
            and not _deck(before, text, start))


_DECK_MIN = 12  # characters a deck's sentence holds at least: a shorter one may recur by chance


def _deck(before: list[Unit], text: str, start: int) -> bool:
    """Whether the prose before the summary's heading is a page's deck copied from the summary (a repost's
    `在新的发展格局…的投资机会。` over `核心结论` and the summary that ends with that sentence): the summary then
    starts at its heading, as the report wrote it."""
    return any(len(core := unit.text.rstrip("。！？.!?")) >= _DECK_MIN and text.find(core, start) >= 0
               for unit in before if unit.ends_sentence)


# A sub-heading on its own line right after the summary's heading (`核心观点` / `本周市场表现` /
# `本周市场全面下跌,…`): a line of five to eight characters with no clause mark, between two line
# breaks. (A word or two that a dump's line broke off its sentence is shorter: `研究结论 美国 / 债券指数的…`; but a
# shorter line that names the views it heads is a label too: `核心观点` / `双周观点` / `11月车市…`.)
_MARKS = f"{LINE}{BREAK}，,、。；;：:！？!?"
_SUBHEADING = re.compile(rf"[^{_MARKS}](?:[^{_MARKS}]{{4,7}}|[^{_MARKS}观]{{0,2}}观点)(?={LINE})")


# A PDF page's number on the heading's next line, alone (`核心观点` / `1` / `消纳与电改是明年最重要的投资主线…`,
# r81 dev, a broker's outlook as a library previews it): no word of the first sentence, which it would be glued to.
_PAGE_NUMBER_LINE = re.compile(rf"[ \t]*\d{{1,3}}[ \t]*{LINE}(?=[^\d\s])")


def subheading_apart(text: str, start: int) -> str:
    """The summary from its heading's end, a sub-heading standing on the heading's next line set
    apart from the line after it (a short line is otherwise joined to the next, as a word broken
    off it would be)."""
    if text[start - 1:start] == LINE and (page := _PAGE_NUMBER_LINE.match(text, start)):
        start = page.end()
    if text[start - 1:start] != LINE or not (sub := _SUBHEADING.match(text, start)):
        return text[start:]
    return text[start:sub.end()] + BREAK + text[sub.end() + 1:]


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
            and not NOT_A_LEDE.match(to_simplified(text) if traditional else text))

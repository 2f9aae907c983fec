"""Authors a page's head names outside a cover's credits: an article's title before its colon (`张明:…`), an
archive's entry under a broker's report file name (`2020-06-26 19:41:00  王明,李华`), a post's credit line at its
top (`某某证券研究院 策略组负责人 王明`).

facts.py asks these when the cover's own credits (analysts.py) name no one.
"""

from __future__ import annotations

import re

from generator.enrich.personnames import is_bare_name
from generator.enrich.readings import drop_readings
from generator.normalize import CJK_CLASS, to_simplified

# An article titled by its author's name before a colon (`张明:2019年美元指数与人民币汇率走势探析`,
# `胡鞍钢 鲁钰锋 周绍杰 杨竺松:供给侧结构性改革的三大逻辑`): the names are its authors when there are
# several, set apart by spaces or `、` (houses and topics come one at a time), or when the text gives the
# one name its post, right before it (`高级研究员张斌在其最新文章中认为`, `首席经济学家彭文生`) or after it
# (`张明为平安证券首席经济学家`). Not a house's or a topic's short name before a colon (`麦格理:上调…`,
# `银行业:…`), which no text gives a person's post.
# (or the one name after its house and post, `交通银行首席经济学家连平:今年经济运行可能…`, a speaker's view the
# article gives, confirmed alike)
_TITLED_NAMES = re.compile(rf"^\s*(?:[{CJK_CLASS}]{{0,10}}?(?:首席经济学家|首席分析师|首席策略师)"
                           rf"(?=[{CJK_CLASS}]{{2,3}}\s*[:：]))?"
                           rf"(?P<names>[{CJK_CLASS}]{{2,3}}(?:[ \u3000、][{CJK_CLASS}]{{2,3}}){{0,5}})\s*[:：]")
_POST = r"(?:首席经济学家|经济学家|研究员|分析师|策略师|教授|院长|所长|主任|理事|学部委员|专栏作家)"
_POST_BEFORE = re.compile(rf"{_POST}\s?$")
# (the post before the name may credit co-writers after it, `文/…专栏作家 连平、李津津` under `连平:…`: the title
# names the first)
_CO_WRITERS = re.compile(rf"(?:、[{CJK_CLASS}]{{2,3}}(?![{CJK_CLASS}])){{1,5}}")
_POST_AFTER = re.compile(rf"\s?为[^。；;\n]{{0,20}}?{_POST}")


def titled_authors(title: str, text: str) -> list[str]:
    """The authors an article's title names before its colon, confirmed as above (`text` in simplified script)."""
    titled = _TITLED_NAMES.match(to_simplified(title))
    if titled is None:
        return _team_credit(to_simplified(title))
    names = re.split(r"[ \u3000、]", titled.group("names"))
    if not all(is_bare_name(name) for name in names):
        return []
    if len(names) > 1:
        return names
    name = names[0]
    at = text.find(name)
    while at >= 0:
        if _POST_BEFORE.search(text, max(0, at - 8), at):
            others = _CO_WRITERS.match(text, at + len(name))
            listed = others.group(0)[1:].split("、") if others else []
            return names + [other for other in listed if is_bare_name(other)]
        if _POST_AFTER.match(text, at + len(name)):
            return names
        at = text.find(name, at + len(name))
    return []


# A title credited to a house's team and its head before the colon (`安信策略陈果:外资进入A股还有…`, `广发宏观郭磊:…`):
# the name after the team's word is the analyst's, a bare name that is no report's word (`华泰宏观周报:`, `某某策略
# 周观点:` name a series).
_TEAM_CREDIT = re.compile(rf"^\s*[{CJK_CLASS}]{{2,4}}?(?:宏观|策略|固收|金工|海外|总量)"
                          rf"(?P<name>[{CJK_CLASS}]{{2,3}})\s*[:：]")
_SERIES_GLYPHS = re.compile("[报评观题览析会刊]")


def _team_credit(title: str) -> list[str]:
    credit = _TEAM_CREDIT.match(title)
    if credit is None or _SERIES_GLYPHS.search(name := credit.group("name")) or not is_bare_name(name):
        return []
    return [name]


# An archive's entry for a broker's report file, titled by its name of hyphened fields (`某某证券-某某股份-300999-
# 标题-200625`, `某某证券-专题:标题-200212`), and under the title the time it was posted and the report's analysts on
# one line (`2020-06-26 19:41:00  王明,李华`): those names are the analysts (a news page's reporter stands under a
# headline of no such name).
_FILE_TITLE = re.compile(r"^[^-\s]{2,12}-[^\n]{2,120}-\d{6}$")
_ENTRY_NAMES = re.compile(rf"[ \t]*\n[ \t]*(?:19|20)\d\d-\d\d-\d\d[ \t]+\d\d:\d\d(?::\d\d)?[ \t]+"
                          rf"(?P<names>[{CJK_CLASS}]{{2,3}}(?:[,，、][{CJK_CLASS}]{{2,3}}){{0,5}})[ \t]*\n")


def archive_entry_analysts(head: str, title: str) -> list[str]:
    """The analysts an archive's entry names under a report file's name (see `_ENTRY_NAMES`)."""
    title = title.strip()
    if not _FILE_TITLE.match(title) or not head.lstrip().startswith(title):
        return []
    entry = _ENTRY_NAMES.match(head, head.find(title) + len(title))
    if entry is None:
        return []
    names = re.split(r"[,，、]", entry.group("names"))
    return names if all(is_bare_name(to_simplified(name)) for name in names) else []


# A credit line at a post's top, the author's post and then the name after a space, alone on its line (`某某证券研究院
# 策略组负责人 王明`, `中国金融四十人论坛成员 王明 [ 2013-10-20 ]`): the author. (Not a news sentence quoting someone,
# `首席经济学家王明表示`: no space sets the name apart, and the line goes on.)
# (or a Hong Kong house's post, `第一上海市場策略員 葉尚志`, `分析員`; the name glued to it after a
# credit's label, `文:梧桐研究院分析員岑智勇`, a line that is the credit alone)
_POST_LINE = re.compile(r"^(?:文[:：][^\n]{2,16}?(?:分析员|策略员|分析师|研究员)[ \t\u3000]*"
                        r"|[^\n]{0,30}?(?:首席经济学家|经济学家|首席分析师|分析师|研究员|负责人|所长|院长|成员"
                        r"|策略员|策略师|分析员)[ \t\u3000]+)"
                        rf"(?P<name>[{CJK_CLASS}]{{2,3}})[ \t\u3000]*(?:\[[^\]\n]{{0,24}}\][^\n]{{0,12}})?$",
                        re.MULTILINE)
_POST_LINE_TOP = 600


def post_line_analysts(head: str) -> list[str]:
    """The author a credit line at the top names after the post (see `_POST_LINE`), in simplified script (a
    converter's readings after the glyphs, `负(fù)责(zé)人`, dropped)."""
    for line in _POST_LINE.finditer(drop_readings(to_simplified(head[:_POST_LINE_TOP]))):
        if is_bare_name(line.group("name")):
            return [line.group("name")]
    return []

"""Who wrote a report, as its cover names them: a name next to an analyst licence number (licences.py), then a
name labelled as an analyst's or credited as an author (a byline, a repost's credit line, a research institute's or
a think tank's writers, a news relay's template), a futures analyst before their practising and advisory licences (or
the practising one after a research title), a Korean researcher (English credits: bylines.py). A name is told from
the words glued before it by its surname (personnames.py); a web page's byline credits its editor, no analyst.
"""

from __future__ import annotations

import re

from generator.enrich.bylines import (
    cover_analysts,
    english_authors,
    field_authors,
    glued_bylines,
    report_authors,
    team_heads,
    wire_team,
)
from generator.enrich.choices import any_of
from generator.enrich.licences import licensed_analysts
from generator.enrich.personnames import add_named, is_bare_name, person
from generator.enrich.ratings import RATING
from generator.enrich.rosters import without_roster
from generator.normalize import CJK_CLASS, HANGUL, in_either_script

# A name labelled as an analyst's, with no licence beside it (`首席分析师:陈康 证券分析师:吴萌`,
# `资深宏观分析师 吴棋滢 wuqiying@…`, `首席经济学家郭磊 guolei@…`): two or three glyphs standing
# alone after the label, with a surname first; not a name a document-preview page's chunk number
# cuts (`分析师:陈怀 2、山`).
# (A research platform's listing line labels them `研究员:`: `机构:某某证券 研究员:李超/林成炜 日期:…`.)
# (or the name glued to its telephone number and address where a dump lost the spaces: `分析师秦越+852…angela.qin@…`)
# (a bold label and name a dump wrote twice, `研究员:研究员:张天丰张天丰;执业编码:;执业编码:…`, credit the name once)
_GLUED_CONTACT = r"[+(（]?\d[\d\s-]{6,20}[A-Za-z0-9._-]{0,40}@"
_LABELLED_SOURCE = (
    rf"LABEL(?:\s*[:：]\s*|\s+(?=[{CJK_CLASS}]{{2,3}}\s+[\w.]{{1,40}}@)|(?=[{CJK_CLASS}]{{2,3}}{_GLUED_CONTACT}))"
    rf"(?P<name>[{CJK_CLASS}]{{2,3}})(?P=name)?(?=[\s|,，、;；/]|$|{_GLUED_CONTACT})(?!\s\d{{1,3}}、)")
_LABELLED_ANALYST = re.compile(_LABELLED_SOURCE.replace("LABEL", "分析师(?<!助理分析师)"))
# (each label its own pattern, searched for from its first glyph)
_LABELLED_RESEARCHER = re.compile(_LABELLED_SOURCE.replace("LABEL", rf"研究员(?<![{CJK_CLASS}]研究员)(?=\s*[:：])"))
# (and the names after it in a team's list, each parted by a slash or a 、: `分析师:李超 / 林成炜/廖博`)
_NEXT_NAME = re.compile(rf"\s*[/、]\s*(?P<name>[{CJK_CLASS}]{{2,3}})(?=[\s|,，、;；/]|$)")
_TEAM = 6
# A name followed by its title as a chief analyst or economist: on a line of its own before the
# title (`黄细里 汽车首席分析师`), or a repost's credit (`郭磊系广发证券首席经济学家`).
# (A department must stand between: an industry's word before a bare title, `计算机 首席分析师`, is
# no name.)
_TITLED = re.compile(rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,3}})(?:\s+|系)[^\s，。,；;:：、]{{1,12}}?"
                     r"首席(?:分析师|经济学家)")
# (or a cover's fields run together by a document site's dump, the name glued after the rating's value before it:
# `…行业评级前次评级行业走势持有冯刚勇 首席分析师电话:…`)
_RATED_TITLED = re.compile(rf"{RATING}(?P<name>[{CJK_CLASS}]{{2,3}})\s+首席(?:分析师|经济学家)")
# A column's byline: its authors parted by 、, the first one's post given in brackets (`芦某、张某某(芦某系某某证券
# 首席经济学家、…)`, `魯某、謝某、胡某(魯某系…)`): every name before the bracket is an author, not the first alone.
_BRACKETED_BYLINE = re.compile(rf"(?<![{CJK_CLASS}])(?P<names>(?P<first>[{CJK_CLASS}]{{2,3}})"
                               rf"(?:、[{CJK_CLASS}]{{2,3}}){{1,5}})\s*[(（](?P=first)系")
# A futures analyst: a name before the practising licence (`从业资格号: F03093911`) and the
# investment-advice licence that lets one advise (`投资咨询号: Z0013972`); a researcher holding the
# practising licence alone is no analyst.
_FUTURES_ANALYST = re.compile(
    rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,3}})\s*[:：]?\s+(?:[^\s:：]{{2,14}}\s+)?(?:期货)?从业(?:资格)?证?号"
    r"\s*[:：]?\s*F\d{6,8}\s*(?:(?:投资|交易)咨询(?:从业)?(?:资格)?证?号\s*[:：]?\s*Z\d{7}(?!\d)"
    r"|(?:投资|交易)咨?$)")  # (or that licence's label cut by the end of the preview)
# (or the investment-advice licence alone after an author's name, as a post credits a futures
# analyst: `作者 | 王小明 期货交易咨询从业信息 | Z0012345`)
_FUTURES_ADVISER = re.compile(rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,3}})\s+(?:期货)?(?:投资|交易)咨询"
                              r"[^\sZ]{0,8}\s*[:：|｜]?\s*Z\d{7}(?!\d)")
# (or both licences in brackets after the name: `撰写人/王小明(F0312345 Z0012345)李华(F0398765)`, the
# second no analyst)
_FUTURES_BRACKETED = re.compile(rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,3}})\s*[(（]\s*F\d{{6,8}}\s*[,，/、]?\s*"
                                r"Z\d{7}\s*[)）]")
# (or that licence's label glued after the name, as a dump that lost its spaces writes it, the house's
# licence glued before: `…证监许可【2011】1290 号刘顺昌投资咨询证号:Z0016872南华期货研究`; the name is told
# from the glyphs before it by its surname, `personnames.person`)
_ADVISORY_LICENCE = re.compile(r"(?:期货)?(?:投资|交易)咨询(?:从业)?(?:资格)?证?号\s*[:：]\s*Z\d{7}(?!\d)")
_GLUED_NAME = re.compile(rf"[{CJK_CLASS}]{{2,8}}$")
_GLUED_REACH = 8  # glyphs before the label a name and the words glued before it are read in
# (or the practising licence alone after a name, its research title and contacts, `华泰期货研究所 基本金属组
# 吴相锋 金属研究员 021-68755929 [email protected] 从业资格号:F3014533`: the title names the report's
# researcher, where a name with that licence alone may be a salesman's or an assistant's)
_FUTURES_RESEARCHER = re.compile(
    rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,3}})\s+[{CJK_CLASS}]{{0,8}}(?<!助理)(?:研究员|分析师)\s+"
    r"(?:(?:\+?\d[\d-]{6,16}|[\w.+-]{1,40}@[\w.-]{1,60}|\[email\s?protected\])\s+){0,3}"
    r"(?:期货)?从业(?:资格)?证?号\s*[:：]?\s*F\d{6,8}(?!\d)")
_ECONOMIST = re.compile(rf"经济学家\s*(?P<name>[{CJK_CLASS}]{{2,3}})(?=\s+[\w.]{{1,40}}@)")
# A reposted report's credit line (`(报告出品方/作者:中信建投证券,吕娟、彭元立)`,
# `(报告出品方/分析师:华西证券 刘泽晶 刘波)`), its bracket left unclosed where the text's first
# heading follows (`(报告出品方/分析师:某某证券 王明 李华 1. 概况`); the role's word maybe lost by the page (r73 dev
# syqk: `(報(bào)告出品方/:華夏銀河 王婷)`).
_CREDIT = re.compile(rf"出品方\s*/\s*(?:作者|分析师)?\s*[:：]\s*[^,，、()（）\s]{{2,16}}(?:[,，]\s*|\s+)"
                     rf"(?P<names>[{CJK_CLASS}]{{2,4}}(?:\s*[、,，]\s*[{CJK_CLASS}]{{2,4}}|\s+[{CJK_CLASS}]{{2,4}}){{0,5}})"
                     rf"\s*(?:[)）]|(?=\s+[^\s{CJK_CLASS}]|$))")


# A research institute's byline above the summary (`文 某某国际经济研究院 王明 李华 投资要点`, `某某期货研究院
# 王明 摘要:`): the names between the institute and the summary's heading.
_INSTITUTE_BYLINE = re.compile(rf"研究(?:[院所](?<=[{CJK_CLASS}]{{2}}研究[院所])|中心(?<=[{CJK_CLASS}]{{2}}研究中心))"
                               r"\s+"
                               rf"(?P<names>[{CJK_CLASS}]{{2,3}}(?:\s+[{CJK_CLASS}]{{2,3}}){{0,3}})"
                               r"\s+(?=摘要|核心观点|投资要点|报告要点|主要观点)")

# A think tank's credit of its report's writers, each after a bullet with a post after it (`报告执笔人 ■张某某
# 某某研究所所长、… ■刘 某 某某中心秘书长 摘要 ■2022年…`): the names after the label, a layout's space maybe parting a
# name's two glyphs, up to the summary's heading. (Its head, `报告负责人 ■…`, is credited as no writer.)
_WRITERS_LABEL = re.compile(r"执笔人?\s?[:：]?\s?(?=[■●◆▪•])")
_WRITER = re.compile(rf"[■●◆▪•]\s*(?P<name>[{CJK_CLASS}](?: ?[{CJK_CLASS}]){{1,2}})(?=\s)")
_WRITERS_END = re.compile("摘要|内容提要|核心观点|负责人|[。；;]")
_WRITERS_REACH = 240  # characters the writers and their posts take at most

# A byline of names parted by slashes right before the summary's heading (`——某某ETF投资价值分析 陆某某/楼某某/王某
# 本期投资提示`): two names at least, each with a surname first.
_SLASHED_BYLINE = re.compile(rf"(?<![{CJK_CLASS}/])"
                             rf"(?P<names>[{CJK_CLASS}]{{2,3}}(?:\s?/\s?[{CJK_CLASS}]{{2,3}}){{1,5}})"
                             r"\s+(?=本期投资提示|投资提示|投资要点|核心观点|报告要点|主要观点|摘要)")

# A morning note's byline under an item's heading, after a dash (`【策略】某某标题 ——秦某某,杨某某,联系人:徐某、裘某`):
# the names before the contacts' label, or two names or more standing alone (one name alone may be a heading's
# word after a dash, `——周报`).
_DASH_BYLINE = re.compile(rf"——\s*(?P<names>[{CJK_CLASS}]{{2,3}}(?:[,，、][{CJK_CLASS}]{{2,3}}){{0,5}})"
                          r"(?:(?P<contacts>[,，]\s*联系人)|(?=\s|$))")

# An article's credit line naming its authors (`作者:廖静池、孙雨`, `文:燕翔、金晗`), the label also written
# with a slash or a bar (`文/解运亮、张云杰 某某证券宏观团队`, `文 | 芦哲`), the names also set apart by a space
# alone, each a whole run, the line going on after a comma (`作者:唐元懋 王一凡,原标题《…》`); or the team its head
# leads, named by a whole name of three glyphs (`文:任泽平团队`; not a house's short name of two, `文:某某团队`).
_BYLINE_TOP = 600  # characters of the cover where a byline stands
_AUTHOR_NAME = rf"[{CJK_CLASS}]{{2,3}}"
_AUTHORS = re.compile(rf"(?:(?<![{CJK_CLASS}])文|作者(?:姓名)?)\s*(?:[:：/]|[|｜丨](?=\s))\s*"
                      rf"(?P<names>{_AUTHOR_NAME}(?:\s*[、,，/]\s*{_AUTHOR_NAME}"
                      rf"|[ \u3000]{_AUTHOR_NAME}(?=[\s,，。;；|]|$)){{0,5}})"
                      rf"(?:(?<=[:：/|｜丨\s][{CJK_CLASS}]{{3}})(?:团队|團隊))?(?=[\s,，。;；|]|$)")
# (or the house, a broker or a futures house, and its department before the one name: `作者 | 中信建投期货  研究发展部
# 刘昊`, a futures house's account reposting its annual report)
_HOUSE_AUTHOR = re.compile(rf"作者\s*(?:[:：]|[|｜丨](?=\s))\s*[{CJK_CLASS}]{{2,8}}(?:证券|期货)\s+"
                           rf"(?:[{CJK_CLASS}]{{2,8}}(?:部|所|中心|团队|组)\s+)?(?P<names>{_AUTHOR_NAME})(?=\s|$)")
# (or a research institute's team after `文`, its members' names after it, each a run of its own:
# `文 財信研究院 宏觀團隊` / `伍超明 李沫`, the house's account posting its macro comment, r81 dev; the `?` a big5
# copy leaves for a lost space, `文?財信研究院 宏觀團隊` / `胡文艷? 李沫? 陳然`; the names end where a run reads as
# none, `摘要`)
_TEAM_CREDIT = re.compile(rf"(?<![{CJK_CLASS}])文\s*[?？:：/|｜丨]?\s*[{CJK_CLASS}]{{2,8}}"
                          r"(?:研究院|研究所|证券|期货)\s+"
                          rf"[{CJK_CLASS}]{{2,6}}(?:团队|小组|组)\s+(?P<names>(?:{_AUTHOR_NAME}[?？]?(?:\s+|$)){{1,6}})")
# (or the house and its desk glued before the one name, the credit's line going on after a mark: `文:方正宏观任泽平&
# 联系人:…`, a stock site's mirror of the house's macro note; the name a surname first)
_DESK_CREDIT = re.compile(rf"(?<![{CJK_CLASS}])文\s*[:：/|｜丨]\s*[{CJK_CLASS}]{{2,4}}?(?:证券)?"
                          rf"(?:宏观|策略|固收|金工|研究[院所部])(?P<name>[{CJK_CLASS}]{{2,3}})(?![{CJK_CLASS}])")
# (one scan for them all, where a text holds `作者` or `文`: a scan for the two glyphs, in `re`, steps through the text
# several times as slowly as `in` looks for each)
_AUTHORS_HINTS = any_of(("作者", "文:", "文：", "文/", "文 |", "文 ｜", "文 丨"))


# A news relay's template on one house's report (`某某证券股份有限公司王明 , 李华近期对某某股份进行研究并发布了研究报告
# 《…》`), dated in front on some sites (`2022-01-29某某证券股份有限公司王明,李华,赵强对…`): the names between the
# house's full name and what they did are the report's analysts (pagedates.py reads the date).
RELAYED_REPORT = re.compile(r"(?:(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s?)?"
                            rf"[{CJK_CLASS}]{{2,8}}(?:证券|研究所|研究院)(?:股份)?有限(?:责任)?公司\s?"
                            rf"(?P<names>[{CJK_CLASS}]{{2,4}}(?:\s?[,，、]\s?[{CJK_CLASS}]{{2,4}}){{0,5}})"
                            r"\s?(?:近期|近日)?对\s?[^。；;]{1,30}?进行研究并发布了研究报告")
RELAY_HINT = "发布了研究报告"


# A Korean page's credit of a house's analyst (`이동연 한국투자증권 연구원은`, `대신증권 오승훈 연구원은`, `대신 곽경훈
# 연구원은`, `정정영 연구원은 보고서에서`): a name of three Hangul syllables, a word of its own, before the title
# 연구원 (researcher), the house's name between them or before the name. (A later mention gives the surname alone,
# `이 연구원은`; the house's researchers in the plural, `증권사 연구원들은`, name no one.)
_KOREAN_RESEARCHER = re.compile(rf"(?<![{HANGUL}])(?P<name>[{HANGUL}]{{3}})\s+"
                                rf"(?:[{HANGUL}A-Z]{{1,8}}(?:증권|투자)\s+)?(?:수석\s?|선임\s?)?연구원(?=[은는이의과,\s])")
_KOREAN_NOT_NAMES = frozenset({"증권사", "운용사", "관계자", "리서치", "보고서", "담당자"})


def analysts(text: str) -> list[str]:
    """Names written next to an analyst licence number, in order; then names labelled as an
    analyst's or credited as a report's authors. A team's roster credits no one where a byline stands apart."""
    text = without_roster(text)
    names = licensed_analysts(text)
    _add_labelled(names, text)
    if "经济学家" in text:
        for match in _ECONOMIST.finditer(text):
            add_named(names, match.group("name"))
    if "首席" in text:
        for match in _TITLED.finditer(text):
            add_named(names, match.group("name"))
        for match in _RATED_TITLED.finditer(text, 0, _BYLINE_TOP):
            add_named(names, match.group("name"))
    if "系" in text:
        for match in _BRACKETED_BYLINE.finditer(text, 0, _BYLINE_TOP):
            _add_byline(names, match.group("names").split("、"))
    if "咨" in text:
        for match in _FUTURES_ANALYST.finditer(text):
            add_named(names, match.group("name"))
        for match in _FUTURES_ADVISER.finditer(text):
            add_named(names, match.group("name"))
        for match in _ADVISORY_LICENCE.finditer(text):
            glued = _GLUED_NAME.search(text, max(0, match.start() - _GLUED_REACH), match.start())
            if glued and (name := person(glued.group())):
                add_named(names, name)
    if "从业" in text:
        for match in _FUTURES_RESEARCHER.finditer(text):
            add_named(names, match.group("name"))
    if " Z" in text:
        for match in _FUTURES_BRACKETED.finditer(text):
            add_named(names, match.group("name"))
    if "研究" in text:
        for match in _INSTITUTE_BYLINE.finditer(text, 0, _BYLINE_TOP):
            for name in match.group("names").split():
                add_named(names, name)
    if "执笔" in text:
        for label in _WRITERS_LABEL.finditer(text, 0, _BYLINE_TOP):
            end = label.end() + _WRITERS_REACH
            if stop := _WRITERS_END.search(text, label.end(), end):
                end = stop.start()
            for writer in _WRITER.finditer(text, label.end(), end):
                add_named(names, writer.group("name").replace(" ", ""))
    if "/" in text:
        for match in _SLASHED_BYLINE.finditer(text, 0, _BYLINE_TOP):
            _add_byline(names, [run.strip() for run in match.group("names").split("/")])
    if "——" in text:
        for match in _DASH_BYLINE.finditer(text, 0, _BYLINE_TOP):
            runs = re.split(r"[,，、]", match.group("names"))
            if match.group("contacts") or len(runs) >= 2:
                _add_byline(names, runs)
    credited = ("作者" in text or "文" in text) and _AUTHORS_HINTS.search(text) is not None
    for credit in (_CREDIT.search(text), _AUTHORS.search(text) if credited else None,
                   _HOUSE_AUTHOR.search(text, 0, _BYLINE_TOP) if credited else None):
        if credit and credit.re is not _CREDIT and _page_byline(text, credit):
            continue
        if credit:
            for name in re.split(r"\s*[、,，/\s]\s*", credit.group("names")):
                if not re.search(f"编辑\\s*[:：]?\\s*{name}", text):  # an editor is no analyst
                    add_named(names, name)
    if credited and (desk := _DESK_CREDIT.search(text, 0, _BYLINE_TOP)):
        add_named(names, desk.group("name"))
    if "文" in text and ("团队" in text or "组" in text):
        for match in _TEAM_CREDIT.finditer(text, 0, _BYLINE_TOP):
            for run in re.split(r"[?？\s]+", match.group("names").strip()):
                if not is_bare_name(run):
                    break
                add_named(names, run)
    for match in RELAYED_REPORT.finditer(text) if RELAY_HINT in text else ():
        for name in re.split(r"\s?[,，、]\s?", match.group("names")):
            add_named(names, name)
    names += [name for name in glued_bylines(text[:_BYLINE_TOP]) if name not in names]
    if "886" in text or "852" in text:
        for match in _CONTACT_ANALYST.finditer(text):
            if is_bare_name(match.group("name")):
                add_named(names, match.group("name"))
    if not names and "@" in text[:_BYLINE_TOP]:
        # (only on a cover that credits no analyst otherwise, and not after its contacts' label, `联系人: 王某 wang@…
        # 李某 li@…`: the contacts a cover lists after its labelled analysts are no analysts)
        for match in _NAME_AND_MAIL.finditer(text, 0, _BYLINE_TOP):
            if is_bare_name(match.group("name")) and "联系人" not in text[:match.start()]:
                add_named(names, match.group("name"))
    if "(" in text or "（" in text:
        for match in ROMANISED_ANALYST.finditer(text):
            add_named(names, match.group("name"))
    if "연구원" in text:
        for match in _KOREAN_RESEARCHER.finditer(text):
            if match.group("name") not in names and match.group("name") not in _KOREAN_NOT_NAMES:
                names.append(match.group("name"))
    # (or a cover's contacts, the e-mail addresses after the names: `bylines._MAIL_CONTACT`)
    if "nalyst" in text or "852" in text or "SFC" in text or "@" in (top := text[:_BYLINE_TOP]) or "[email" in top:
        names += [name for name in cover_analysts(text) if name not in names]
    if "trategist" in text or "nalyst" in text or "conomist" in text:
        names += [name for name in wire_team(text) if name not in names]
    names += [name for name in team_heads(text) if name not in names]
    if "nalyst" in text and len(authors := report_authors(text)) == 1 and authors[0] not in names:
        names.append(authors[0])
    if "证券" in text:
        for match in _HOUSE_CREDIT.finditer(text):
            for run in re.split(r"\s*[,，、]\s*", match.group("names")):
                add_named(names, run)
    names += [name for name in english_authors(text) if name not in names]
    if "uthor" in text:
        names += [name for name in field_authors(text) if name not in names]
    return names[:6]


# A web page's byline: its author (an editor or an account reposting the report) beside the
# page's own details, its time, source, counters or column (`作者：李明 发布时间：2024-03-05`,
# `来源：某某网 作者：李明`). A report's authors named as such (`研报作者:`, `报告作者:`) are not this.
# (not a research account's estimate of the time a post takes to read, `作者:杜渐/唐嵩/李艳` /
# `全文:9195字 | 25分钟阅读`, r81 dev: the post's, over its authors' credit, no counter of a page's)
_PAGE_DETAILS = re.compile(r"(?:发布|更新|发表)?(?:时间|日期)\s*[:：]|来源\s*[:：]|浏览|(?<!分钟)阅读|点击|栏目|分类"
                           r"|编辑|责编")
_BYLINE_REACH = 30
_REPORTS_AUTHORS = ("研报", "报告")


# (but a house's own page, its source the securities company itself, credits the report's authors: `来源:某某证券有限
# 责任公司 作者:王明/李华`; not a newspaper's, `来源:某某证券报`)
_HOUSE_SOURCE = re.compile(rf"来源\s*[:：]\s*[{CJK_CLASS}]{{2,8}}证券(?:股份)?有限(?:责任)?公司\s*$")


# (or a periodical's writer, the masthead right before the credit: `红周刊 作者 | 伊文`, `证券市场周刊 文/王明`, a
# journalist reporting on others' views, not an analyst of the page's report)
_MASTHEAD = re.compile(rf"[{CJK_CLASS}](?:周刊|月刊|旬刊|{in_either_script('时报|晚报|早报|商报|证券报|杂志')})\s*$")

# (nor is a credit whose names the post of a house's analysts follows: `来源: 作者:王明 李华 某某固收宏观分析师`)
_ANALYSTS_POST_AFTER = re.compile(rf"\s*[{CJK_CLASS}]{{0,10}}(?:分析师|研究员|经济学家)(?![{CJK_CLASS}])")


def _page_byline(text: str, credit: re.Match[str]) -> bool:
    """Whether the credit `作者:…` is a web page's byline (see `_PAGE_DETAILS`)."""
    if text.endswith(_REPORTS_AUTHORS, 0, credit.start()) or _ANALYSTS_POST_AFTER.match(text, credit.end()):
        return False
    if _HOUSE_SOURCE.search(text, max(0, credit.start() - _BYLINE_REACH), credit.start()):
        return False
    if _MASTHEAD.search(text, max(0, credit.start() - _BYLINE_REACH), credit.start()):
        return True
    return bool(_PAGE_DETAILS.search(text, max(0, credit.start() - _BYLINE_REACH), credit.start())
                or _PAGE_DETAILS.search(text, credit.end(), credit.end() + _BYLINE_REACH))


# A Taiwanese or Hong Kong house's cover: the analyst's name alone (on its own line), then a telephone number with its
# area code (`(886-2) 2781-5995 ext. 37011`, `(852) 3900 0881`) and an e-mail address (`夏某某 / (886-2) 2700-0000
# ext. 123 / someone@…`): a person's contacts, as a cover gives its analysts'.
_CONTACT_ANALYST = re.compile(rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,3}})\s+"
                              r"(?:\(886-?\d{0,2}\)|\+886|\(852\)|\+852)[\s\d-]{7,16}(?:ext\.?\s?\d{1,6})?\s+"
                              r"[\w.+-]{1,40}@")

# A cover's credit that gives the analyst's name with its romanisation in brackets, then the post (`屈宏斌(QuHongbin)
# 大中华区首席经济学家香港上海汇丰银行有限公司 +85228222025`, `马晓萍(MaXiaoping)宏观分析师`, HSBC's Chinese cover): a
# person, named as the house's research staff are. (Not an assistant's.)
ROMANISED_ANALYST = re.compile(rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,3}})\s?[(（][A-Z][a-z]+\s?[A-Z][a-z]+"
                                rf"(?:\s?[A-Z][a-z]+)?[)）]\s?[^\s，。,；;:：、()（）]{{0,10}}?(?<!助理)"
                                r"(?:经济学家|經濟學家|分析师|分析師|策略师|策略師|研究员|研究員)")


# So is a cover's line holding the analyst's name and e-mail address alone, no telephone (`2023.03.` / `17` / `方騫
# andyfang@ibfs.com.tw` / `2002.TT 中鋼`, a Taiwanese house's company report).
# (read on one line, as facts are: the name after no glyph, the address after it alone)
_NAME_AND_MAIL = re.compile(rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,3}})\s+[\w.+-]{{1,40}}@[\w-]+(?:\.[\w-]+)+"
                            r"(?![\w@-])")


def _add_byline(names: list[str], runs: list[str]) -> None:
    """Add a byline's names, all of them or none: one run that reads as no person's name (a
    heading's word, `——周报`) says the runs are no byline."""
    if all(is_bare_name(run) for run in runs):
        for run in runs:
            add_named(names, run)


def labelled_analysts(text: str) -> list[str]:
    """The names an `分析师:` or `研究员:` label credits, and the team listed after them."""
    names: list[str] = []
    _add_labelled(names, text)
    return names


def _add_labelled(names: list[str], text: str) -> None:
    labelled = (_LABELLED_ANALYST, _LABELLED_RESEARCHER) if "研究员" in text else (_LABELLED_ANALYST,)
    for match in (match for pattern in labelled for match in pattern.finditer(text)):
        add_named(names, match.group("name"))
        end = match.end()
        for _ in range(_TEAM):
            following = _NEXT_NAME.match(text, end)
            if not following:
                break
            add_named(names, following.group("name"))
            end = following.end()


# A news copy's closing credit of the report's authors in brackets after their house (`…低空经济+航空运动等。(某某证券
# 王明,李华)`). (Not a headline's `某某证券王明:`: as often a house's column, `中信证券周观点:`, `国信证券金工:`.)
_HOUSE_CREDIT = re.compile(rf"[(（][{CJK_CLASS}]{{2,6}}?证券\s+(?P<names>[{CJK_CLASS}]{{2,3}}(?:\s*[,，、]\s*"
                           rf"[{CJK_CLASS}]{{2,3}}){{0,5}})[)）]")

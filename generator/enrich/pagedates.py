"""The date a web page, a post or a release gives a report where it is the report's own: a research platform's
byline, a WeChat post's account line, a house's own page or release, a news relay's date before its template, a
research desk's column, a house's web article under its authors' names. Also the stamp that marks a date as a web
page's, not the report's (PAGE_STAMP), which the cover's readers (dates.py) check too.
"""

from __future__ import annotations

import re
from datetime import date

from generator.enrich.analysts import RELAYED_REPORT
from generator.enrich.dateparts import DATE, RESEARCH_HOUSE, day_of
from generator.enrich.personnames import is_bare_name
from generator.normalize import CJK_CLASS, to_simplified

# A house's release opening on its heading, the title's words, with its day alone on the next line (台經院's
# `國內總體經濟預測暨景氣動向調查新聞稿` / `2019年4月25日` / `全球經濟需求轉弱,…`): the release's own date. (Not a
# web page's stamp under its headline, which gives the time or the source on its line: `2019年04月25日 08:15 来源:…`.)
_DATE_UNDER_HEADING = re.compile(r"\s*(?P<heading>[^\n]{4,60}?)[ \t]*\n\s*(?P<y>(?:19|20)\d\d)\s?年\s?(?P<m>\d{1,2})"
                                 r"\s?月\s?(?P<d>\d{1,2})\s?日[ \t]*\n")


def date_under_heading(head: str, title: str) -> date | None:
    under = _DATE_UNDER_HEADING.match(head)
    if under is None or not "".join(title.split()).startswith("".join(under.group("heading").split())):
        return None
    return day_of(under)


# A house's own page opening its release with the day it released it (`2022年5月15日,中国商业经济学会对外发布了…`), the
# house the page's source (`文章来源: 中国商业经济学会`): the report's own date. (Not another body's event a page
# reports, `…日,某某部发布了…`: only the house the page credits as its source.)
_OWN_RELEASE = re.compile(rf"(?P<y>(?:19|20)\d\d)年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日\s?[,，]\s?"
                          rf"(?P<house>[{CJK_CLASS}]{{2,16}}?)(?:正式)?(?:对外|对社会|向社会)?发布了")
_SOURCE_LABEL = re.compile(r"来源\s*[:：]\s*")
_RELEASE_REACH = 1500


def own_release_date(text: str) -> date | None:
    release = _OWN_RELEASE.search(text, 0, _RELEASE_REACH)
    if release is None:
        return None
    house = release.group("house")
    if not any(text.startswith(house, label.end()) for label in _SOURCE_LABEL.finditer(text, 0, release.start())):
        return None
    return day_of(release)


# A news relay dates the report it relays in front of its template (`2022-01-29某某证券股份有限公司王明,李华对
# 某某股份进行研究并发布了研究报告《…》`, see analysts.py): the day the house published it.
def relayed_date(text: str) -> date | None:
    relayed = next((match for match in RELAYED_REPORT.finditer(text) if match.group("y")), None)
    return day_of(relayed) if relayed else None


# A research platform's listing of a report: its title on the first line, then the publisher and the time it was
# posted (`某某证券· 2025-09-26 19:27`, `Acme SECURITIES· 2025-05-22 11:06`), then a summary that dates nothing
# itself. The posting's day is the report's when the byline names a research house (not a news site's, `某某网·`)
# and no other date in figures or in words stands in the opening (the report's own, `2026 年 1 月 28 日`, may be
# days before its posting).
_PLATFORM_BYLINE = re.compile(r"[^\n]{2,160}\n(?P<name>[^\n·]{2,40})·\s?"
                              r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d) [0-2]\d:[0-5]\d\s*\n")
# (or a blog's line under the title of the note it carries, the day and time first, then the house: `興農(1712):買進,
# 目標價11.4元` / `2009/02/13 09:17 永豐金證券`)
POST_LINE = re.compile(r"[^\n]{2,160}\n(?P<y>(?:19|20)\d\d)(?P<mark>[-/])(?P<m>[01]\d)(?P=mark)(?P<d>[0-3]\d)"
                       r" [0-2]\d:[0-5]\d[ \t]+(?P<name>[^\n\d]{2,40}?)[ \t]*\n")
_OTHER_DATE = re.compile(r"(?:19|20)\d\d\s?(?:年\s?\d{1,2}\s?月|[-./]\d{1,2}[-./]\d{1,2})"
                         r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                         r"\s\d{1,2},?\s(?:19|20)\d\d")
BYLINE_REACH = 240


def platform_byline_date(cover: str) -> date | None:
    byline = _PLATFORM_BYLINE.match(cover) or POST_LINE.match(cover)
    if byline is None or not RESEARCH_HOUSE.search(byline.group("name")) or _OTHER_DATE.search(cover, byline.end()):
        return None
    return day_of(byline)


# A date with a time of day (`2024-09-07 10:00`, `发布时间:2023-07-06 09:56:31`, `…T01:50:51`), an
# account's notice or call after it (`2024-01-09 微信公众号声明`, `2024-02-05 点击蓝字关注我们`), the
# rest of a page's byline (`发布时间: 2022年03月29日 作者: … 栏目:…`, `日期: … 浏览人数: 108`) or a
# listed file's details (`….pdf 2024-01-23 30页 2MB`) or the site's own name and address (`发布时间:2026-02-22 爽报
# YesDaily.COM 213`, a news site's header) stamps the web page a report was reposted on, not the report.
PAGE_STAMP = re.compile(r"\s?(?:T?\d{1,2}:\d\d|微信|公众号|点击|关注"
                        r"|(?:作者|栏目|来源|(?:浏览|阅读|点击)(?:人数|次数|数|量)?|人气|字号|评论|编辑|责编|分类)\s?[:：]"
                        r"|\d{1,4}\s?页(?!码)|\d+(?:\.\d+)?\s?[KMG]B"
                        r"|(?:[^\s\d。，,；;]{1,8}\s)?(?:www\.)?[A-Za-z][\w-]{1,30}\.(?i:com|cn|net|org|hk|tw)(?![A-Za-z]))")


# A WeChat post's account line opening its mirror's text: the author, the account and the day it was posted
# (`长城宏观团队 蒋飞宏观研究 2023-09-13`, `开源金工 建榕量化研究 2023-05-02`). Where the title names the author's team
# (`【长城宏观】如何估算…`, `…| 开源金工`), the post is the research team's own, and its day the report's; an account
# reposting another's paper (`CQMM课题组 厦门大学学报哲社版 2024-02-05` over a title that names no such team) dates the
# repost.
_ACCOUNT_LINE = re.compile(r"\s*(?P<team>[^\s\d]{2,12}?)(?:团队|课题组|小组)? [^\s\d]{2,16} "
                           r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\S)")
_TEAM_TAG = 4  # characters a team's tag holds at least (`开源金工`, `长城宏观`): a shorter one may be any word


def account_line_date(text: str, title: str) -> date | None:
    line = _ACCOUNT_LINE.match(text)
    if line is None or len(line.group("team")) < _TEAM_TAG or line.group("team") not in title:
        return None
    return None if PAGE_STAMP.match(text, line.end()) else day_of(line)


# A research house's own page on its report: its byline names the house as the source, the title opens on the same
# house's name (`中金财富期货策略周报…` over `来源:中金财富期货 发布时间:2026-01-26 点击数:`): the page's date is the
# report's, though stamped as a page's (a source other than the titled house, a news site's, stamps a repost).
_OWN_PAGE = re.compile(rf"来源\s?[:：]\s?(?P<house>[{CJK_CLASS}]{{2,10}}(?:期货|证券|财富|基金|资管|研究院|研究所))\s?"
                       r"发布时间\s?[:：]\s?" + DATE.pattern)


def own_page_date(text: str, title: str) -> date | None:
    found = _OWN_PAGE.search(text)
    return day_of(found) if found is not None and title.lstrip().startswith(found.group("house")) else None


# A research desk's column: the date alone on the page's first line, then the desk's byline on a short line of its own
# (`2018年7月23日` / `信析 信報投資研究部` / `短期有力彈 中線難言穩`, a Hong Kong paper's research department): the
# column's date. (A page's stamp carries a time or a site's name; a desk's byline names its research unit.)
_DATE_OVER_DESK = re.compile(r"\s*(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[ \t]*\n\s*"
                             r"[^\n\d]{0,12}(?:研究部|研究所|研究院|研究中心)[ \t]*\n")
DESK_REACH = 60


def date_over_desk(head: str) -> date | None:
    desk = _DATE_OVER_DESK.match(head)
    return day_of(desk) if desk else None


# A research house's web article: its authors' bare names alone on the first line, two or more, its date alone under
# them, then its text (兴业研究's page: `臧运慧, 陈翔, 鲁政委` / `2022-02-13` / `本文探讨…`): the article's date and
# authors. (A page's stamp credits one author or editor, so two names at least are asked; a time after the date,
# `2022-02-13 10:15`, is a stamp's, not the text's start.)
_BYLINE_NAME = rf"[{CJK_CLASS}]{{2,3}}"
BYLINE_OVER_DATE = re.compile(rf"\s*(?P<names>{_BYLINE_NAME}(?:(?:[,，、][ \t]?|[ \t\u3000]){_BYLINE_NAME}){{1,3}})"
                              rf"\s+(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=\s+[{CJK_CLASS}])")


def byline_names(byline: re.Match[str]) -> list[str]:
    """The names of a `BYLINE_OVER_DATE` match, or none where one of its runs reads as no person's name."""
    names = re.split(r"[,，、\s]+", byline.group("names"))
    return names if all(is_bare_name(to_simplified(name)) for name in names) else []

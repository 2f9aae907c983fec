"""What a title's prefix or tag is when it credits no house: a report type (【公司研究】), a paid or an English
column (【投行研报】, `Rating Quick Look |`), a headline tag (`晨会1108 |`, 【重磅】), a digest's section tag
(【纺织服饰】, `政策研究 | `), a spam site's keyword (`powerball|`), or authors' names (`胡鞍钢 鲁钰锋:…`).

titles.py sets these prefixes apart without asking the publisher table, and titlefurniture.py takes the same tags
off where a site puts them around the title; the words are sections.py's, a surname personnames.py's.
"""

from __future__ import annotations

import re

from generator.enrich.choices import longest_first
from generator.enrich.personnames import is_bare_name
from generator.enrich.sections import INDUSTRY_WORDS, SECTORS, TEAM_WORDS
from generator.normalize import to_simplified

# A headline tag before a bar or in brackets (`晨会1108 |`, 【重磅】) is furniture too.
HEADLINE_TAG = re.compile(r"[\u4e00-\u9fff]{0,6}(?:晨会|晨报|早报|早参|午报|日报|夜报|周报|周评|月报)"
                          r"(?:精粹|纪要|聚焦)?\s*\d{2,4}|重磅|独家|首发|最新|热点|快讯|速递|必读|深度")
# A bracketed report type (【公司研究】, 【研报】) is furniture; a bracketed series name is title.
REPORT_TYPE = re.compile(r"(?:公司|行业|宏观|策略|固收|固定收益|金工|金融工程|海外|港股|债券)?"
                         r"(?:研究|研报|研報|深度|点评|點評|报告|報告|快评|专题|專題|周报|月报|晨会|首次覆盖|调研|纪要)(?:报告|報告)?")

REPORT_TYPES = re.compile(rf"(?:{REPORT_TYPE.pattern})+")
# A paid column's tag (【风口研报】, 【投行研报】): furniture, and the credit may follow it.
COLUMN = re.compile(r"[\u4e00-\u9fff]{1,4}研[报報]")
# A site's keyword in lower case before a bar (`powerball| …`): a spam page's, never a credit or a column.
SITE_KEYWORD = re.compile(r"[a-z][a-z0-9]{2,19}")
# An English column heading before a bar (`Rating Quick Look | …`): furniture, never a credit.
LATIN_COLUMN = re.compile(r"(?:[A-Z][A-Za-z]*\s+){0,3}(?:Quick\s+Look|Brief|Briefing|Digest|Wrap|Roundup|Snapshot|"
                          r"Highlights|Watch|Insights?|Spotlight)")

# A digest's section tag before an item, in brackets or before a bar: sector or team words, run together or
# joined (`【纺织服饰】`, `政策研究 | `, `社服商贸 | `), with the analyst after a dash (`【金工-丁鲁明】`).
_SECTION_WORD = "|".join(longest_first((*TEAM_WORDS, *INDUSTRY_WORDS, *SECTORS)))
SECTION_TAG = re.compile(rf"(?:{_SECTION_WORD})(?:[&＆、/·]?(?:{_SECTION_WORD}))*(?:[-—–·][\u4e00-\u9fff]{{2,3}})?")


def tag_words(prefix: str) -> str:
    """A section tag read in simplified script (`機械`, `非銀`, `汽車`), with the Taiwan converter's `巨集` for 宏
    (`巨集觀` is how zh-TW conversion writes 宏观 in a mirrored digest)."""
    return to_simplified(prefix).replace("巨集", "宏")


# Authors' names before a title's colon, two or more set apart by spaces or enumeration commas (`胡鞍钢 鲁钰锋:…`).
NAME_SEPARATOR = re.compile(r"\s*[\s、，,/／]\s*")
# A morning note's analysts before the colon of their item, after its sector tag (`计算机|罗露/孟林:浪潮信息…`).
ANALYSTS_LEAD = re.compile(r"^(?P<names>[\u4e00-\u9fff]{2,3}(?:[/／、][\u4e00-\u9fff]{2,3})+)\s*[:：]\s*(?=\S)")


def is_byline(prefix: str) -> bool:
    """Whether a prefix is two or more people's names (`胡鞍钢 鲁钰锋 周绍杰 杨竺松`, `张明、刘瑶`): each of two or
    three Chinese characters, a surname first (personnames.is_bare_name)."""
    names = NAME_SEPARATOR.split(prefix)
    return len(names) >= 2 and all(2 <= len(name) <= 3 and "\u4e00" <= name[0] <= "\u9fff" and is_bare_name(name)
                                   for name in names)

"""Pages that gather several reports' calls, none of them the page's own: a morning note or a week's digest (told
by its title or first line), a portal's page of several houses' calls, a market digest of ticker-tagged entries.
facts.py rates no stock on such a page, whatever its headline says."""

from __future__ import annotations

import re

from generator.enrich.choices import by_first_character
from generator.normalize import CJK_CLASS

# A morning note or a digest of the week's reports (`晨会纪要`, `天风Morning Call·晨会集萃`, `本周重点报告`):
# each item it gathers is rated in its own summary (`…给予行业推荐评级`), the digest itself not at all. Told by
# its title or its first line; in English, a broker's morning note by its kind (`Morning Focus`, `Morning
# Brief`) or by its lead item's heading (Motilal's `Market snapshot Today’s top research idea` over `…we initiate
# coverage on CSTL with a Buy rating`: that top idea's call, not the note's).
# (each branch opens with a literal, those opening alike written as one: a search skips to their first glyphs, see
# `by_first_character`)
_DIGEST = re.compile(by_first_character(
    r"晨会|晨報|晨报|早报|早報|晨讯|晨訊|纪要|紀要|集萃|精粹|重点报告|重點報告|每日精选|每日精選"
    r"|Morning Call|Morning Note|Morning Focus|Morning Brief|Top [Rr]esearch [Ii]dea|top [Rr]esearch [Ii]dea"))
_FIRST_LINE = 80


def is_digest(title: str, head: str) -> bool:
    return _DIGEST.search(title) is not None or _DIGEST.search(head, 0, _FIRST_LINE) is not None


# Where a digest's gathered items start: its table of contents or guide (`目录`, `【报告导读】`), the heading over its
# highlights or abstracts (`吴梦迪(分析师) … # 观点精粹 # 总量视角 【策略】…`, `# 研报摘要`), or its first numbered item
# on a line of its own (`1. 宏观：…`, `一、…`), or the bar that heads each item (`▍ 银行业 2023 年 5 月金融数据点评—…`,
# its analysts after its summary, `肖斐斐 银行业首席分析师 S1010510120057`; another house's square or diamond bar
# alike, `■ 宏观:…`, `◆ 银行:…`). Each item is credited to its own
# analysts (`张迪丨宏观首席分析师 S0130524060001`, `黄细里 / 汽车首席分析师`, `韦冀星(分析师)证书编号:…`), none of them
# the digest's.
_GATHERED = re.compile(r"目\s*录|目\s*錄|导读|導讀|观点精粹|觀點精粹|研报摘要|研報摘要|▍|■|◆"
                       r"|(?m:^[ \t\u3000]*(?:1|一)[.．、:：](?!\d))")


def own_part(head: str) -> str:
    """The part of a digest before the items it gathers: where a credit is the digest's own (a platform's
    `研究员:` field)."""
    gathered = _GATHERED.search(head)
    return head[:gathered.start()] if gathered else head


# A portal's digest of the day's broker calls (`大摩發布研究報告稱，維持騰訊控股“增持”評級…` / `高盛发布研究报告称，
# 重申小米集团…`): two or more of its paragraphs open on a house's `发表/发布研究报告`, each rating its own stock;
# the page rates none, whatever its headline (the first call) says.
_CALL_OPENING = re.compile(rf"(?m)^[ \t\u3000]*[{CJK_CLASS}A-Za-z]{{1,8}}(?:發表|发表|發布|发布)(?:研究)?"
                           r"(?:報告|报告|研報|研报)")


# The same in English, each call a line of its own (`Nomura: Maintains "Buy" rating on JD.com, target price…` /
# `Citi: Gives "Buy" rating to Meituan, target price of HKD 214`).
_LATIN_CALL_LINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Za-z&.' ]{1,30}:[ \t]*(?:Maintains|Maintained|Gives|Raises|Lowers|"
                              r"Cuts|Upgrades|Downgrades|Initiates|Reiterates|Assigns|Keeps)\b[^\n]{0,60}?\brating\b")


# Or each call headed by a line of its own, the house and its call (a portal's `港股下午茶`:
# `中信证券:给予商汤“增持”评级 目标价2.30港元` / `华泰证券:给予特步国际(01368.HK)“买入”评级…` /
# `瑞信:维持广汽集团“跑赢大市”评级…`): two such lines make a digest (one, a page's headline over the one call it
# reports, does not).
_CALL_HEADING = re.compile(rf"(?m)^[ \t\u3000]*[{CJK_CLASS}A-Za-z]{{1,8}}[:：][ \t\u3000]*"
                           r"(?:给予|給予|维持|維持|首予|重申|上调|上調|下调|下調)[^\n]{1,30}?[“\"「][^\n”\"」]{1,6}[”\"」]"
                           r"[ \t]*(?:评级|評級)")


def digest_of_calls(head: str) -> bool:
    """(A line-anchored pattern is tried at every position: each is looked for only where its verb is.)"""
    calls = len(_CALL_OPENING.findall(head)) if "发" in head or "發" in head else 0
    if ("评级" in head or "評級" in head) and len(_CALL_HEADING.findall(head)) >= 2:
        return True
    return calls + (len(_LATIN_CALL_LINE.findall(head)) if "rating" in head else 0) >= 2


# A market digest that heads each entry with a ticker tag on a line of its own (`HK:00981.HK:SMIC` / `SMIC surged
# after Morgan Stanley upgraded…`, `US:BABA:Alibaba Group`): two or more tags with different codes make a page of
# several stocks' news and calls, none of them the page's own, whatever its headline (the first entry's tag) names.
_TICKER_TAG = re.compile(r"(?m)^[ \t]*(?:HK|US|SH|SZ|SG|CN):(?P<code>[A-Z0-9.]{1,12}):[^\n:]{1,40}$")


def tagged_entries(head: str) -> bool:
    return ":" in head and len({match.group("code") for match in _TICKER_TAG.finditer(head)}) >= 2

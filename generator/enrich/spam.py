"""A spam block a copying site sets before the report it copies: lines pitching cheats for card and mahjong games
(`麻将开挂下载方法`, `作弊辅助软件`, `添加图中QQ群`) and then, on a line of its own, the copy's credit of its source
(`来源:华泰睿思`). The copy starts after the credit; nothing before it is the report's.

structure.py reads the opening (its lede and its points) from where this says the copy starts.
"""

from __future__ import annotations

import re

from generator.enrich.units import Unit

# A cheat's or a contact's pitch (a game's cheat, its software, a QQ or WeChat group to join).
_PITCH = re.compile(r"开挂|外挂|作弊|防封号|辅助软件|QQ群|加我们微|加微信")
_PITCHES = 2  # units pitching, at least, before the credit
# A copy's credit of its source, alone in its unit (`来源:华泰睿思`, `文章来源：某某研究`).
_SOURCE_CREDIT = re.compile(r"(?:文章)?来源\s?[:：]\s?[^\s:：，,。；;]{2,16}")
_CREDIT_WORDS = ("来源", "文章来源")
_REACH = 40  # units the credit is looked for in


def after_spam_credit(units: list[Unit]) -> int | None:
    """The unit after a copy's source credit that stands alone under a spam block's pitches; None when there is none."""
    for number, unit in enumerate(units[:_REACH]):
        if unit.after_break and unit.text.startswith(_CREDIT_WORDS) and _SOURCE_CREDIT.fullmatch(unit.text):
            # (the pitches are counted only where a credit stands: most pages have none)
            return number + 1 if sum(1 for each in units[:number] if _PITCH.search(each.text)) >= _PITCHES else None
    return None

"""The words of a rating, shared by the reader of a report's facts (facts.py) and the one of
whether it covers one company (subject.py): the ratings brokers give, their changes, the quotes
around them, an English wire's price-target words, the marks pages set in a report's text, and the words of a
rating the market gives, not the report (read by targets.py too)."""

from __future__ import annotations

import re

from generator.enrich.choices import by_first_character
from generator.enrich.readings import drop_readings
from generator.normalize import to_simplified

RATINGS = sorted((
    "买入", "增持", "推荐", "谨慎推荐", "强烈推荐", "强推", "审慎推荐", "中性", "减持", "卖出", "持有", "审慎增持",
    "谨慎增持", "跑赢行业", "跑输行业",
    "跑赢大市", "跑输大市", "与大市同步", "优于大市", "强于大市", "同步大市", "弱于大市", "领先大市", "落后大市",
    "优于大势", "同步大势", "弱于大势", "超配", "标配", "低配", "看好", "看淡", "回避", "买进", "强力买进", "中立",
    # (Taiwanese and Hong Kong copies write 大盘 for 大市: `维持了对山东黄金的“跑赢大盘”评级`, `从劣于大盘调高至买进`)
    "跑赢大盘", "跑输大盘", "优于大盘", "劣于大盘",
    # (and their brokers' words for overweight and underweight: `維持「加碼」的投資評級`)
    "加码", "减码",
    "Buy", "BUY", "Outperform",
    "Overweight", "Neutral", "Hold", "Underperform", "Underweight", "Sell",
), key=len, reverse=True)
# (written by first character, longest first under each: a pattern holding them tries one branch per first glyph where
# it tries a rating, not one per rating; see `by_first_character`)
RATING = "(?:" + by_first_character("|".join(RATINGS)) + ")"
CHANGE = "(?:" + by_first_character("维持|首次覆盖|首次|上调|下调|调高|调低|重申") + ")"
# (In a sentence an English rating may be written in lower case: `reiterate the "overweight" rating`.)
# (a wire may write the rating as a participle, `an 'outperforming' rating`: the rating is `Outperform`, see
# `english_rating`)
ENGLISH_RATING = (r"(?i:buy|overweight|equal-weight|outperform(?:ing)?|accumulate|neutral|hold|underperform(?:ing)?"
                  r"|underweight|reduce"
                  # (a Vietnamese house's scale, outperform, market-perform and underperform: `[M-PF +5.0%]`,
                  # `upgrade from U-PF to M-PF`)
                  r"|(?-i:[OMU]-PF)"
                  # (Bernstein's middle grade, between outperform and underperform: `Downgrading Meituan to
                  # Market-Perform (PT HK$150).`)
                  r"|(?-i:Market-Perform)"
                  r"|sell)"
                  r"(?![A-Za-z])")


def english_rating(written: str) -> str:
    """An English rating as a report writes it (`buy` → `Buy`, `outperforming` → `Outperform`; capitals kept)."""
    rating = written.capitalize() if written.islower() else written
    return rating[:-3] if rating.endswith(("ing", "ING")) else rating


QUOTE_OPEN = "[“\"「]?"
QUOTE_CLOSE = "[”\"」]?"
# An English wire's words for a target price (`price target`, `target price`, `PT`).
PRICE_TARGET = r"(?:[Pp]rice [Tt]arget|[Tt]arget [Pp]rice|(?<![A-Za-z])PT(?![A-Za-z]))"


# Marks a page sets in a report's text: a reading after each character (`目標(biāo)價`, written by
# a converter to traditional script: looked for only in such text), markdown emphasis around a
# label (`**Stock Rating**: Overweight`).
_EMPHASIS = "**"


def unmarked(text: str) -> str:
    """`text` in simplified script without the marks a page sets in it (converted once, the
    readings taken off the simplified copy: they stand after CJK characters in either script)."""
    simple = to_simplified(text)
    if simple is not text:
        simple = drop_readings(simple)
    return simple.replace(_EMPHASIS, "") if _EMPHASIS in simple else simple


# A rating the market gives, not this report (`近一月共有12家机构给予买入评级`, `机构一致评级`).
# (and a stock page's panel of what institutions say: `机构评级：买入 目标价：88元`)
OTHERS_RATING = re.compile(r"家(?:机构|券商)|机构(?:一致|平均|综合|评级)|一致(?:预期|评级)|综合评级")

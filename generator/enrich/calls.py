"""What goes on from a house's name in a title: the call it makes as the headline's subject (English verbs,
Chinese and Korean call words before a target or a rating), its report's or series' name (`2025 Mid-Year Outlook`,
`华泰人工智能系列16`), or the firm's own news (`… Stock Rises`), its legal form or its ticker (the firm covered).

publishers.py decides with these whether a house named in a title is the publisher, and whether the title keeps
its name; the credits an English headline puts elsewhere in its sentence are credits.py's.
"""

from __future__ import annotations

import re

from generator.enrich.choices import by_first_character
from generator.enrich.credits import NOT_OWN_PLANS

# A stock code in brackets right after a name: the name is a covered company's (`CITIC Securities [6030.HK]`).
TICKER = re.compile(r"[\[(（]\s*(?:[A-Za-z]+:)?(?:\d{3,6}|[A-Z]{1,6})(?:\.[A-Z]{1,2})?\s*(?:[;,；，\])）]|HK\b|$)")
# An English report's name after the house that opens its title (`2025 Mid-Year Outlook`, `Ratings and Target
# Prices for …`, `Expert Series`): a year or a word that names a kind of report, within its first words.
REPORT_NAME = re.compile(r"(?:(?:19|20)\d{2}\s|[A-Z][A-Za-z\-]*\s){0,3}(?:(?:19|20)\d{2}\b|[A-Za-z\-]*"
                         r"(?:Ratings|Outlook|Strategy|Report|Review|Series|Insights|Weekly|Monthly|Daily|"
                         r"Quarterly|Preview|Forecasts?|Perspectives?|Briefing|Digest)\b)")
SERIES_NAME = re.compile(r"\bSeries\b")
# The words of a house's full name after its short one (`Jefferies Financial Group`, `Nomura Holdings`).
HOUSE_FORM = re.compile(r"^(?:(?:Financial|Group|Holdings|Securities|Inc\.?|&\s*Co\.?)\s+)+")
# The kinds of house whose name as a headline's subject makes the call (`Nomura has slashed …`); a firm of
# another kind there is the news (`Alibaba slips after …`, 阿里研究院's `Alibaba` naming the group).
CALLERS = frozenset(("broker", "bank", "research-bank", "rating-agency", "research", "consultancy", "think-tank",
                     "asset-manager"))
# The verbs a house's call goes on with as a headline's subject, in any case (`Nomura has slashed …`, `Jefferies
# Financial turns bullish`, `Goldman Says Hedge Funds Sell …`): the house says something. Any other word after its
# name is the firm in the news, a noun of its own (`Credit Suisse bid to head off Archegos crisis ends …`).
# (an adverb may come between: `Bank of America Just Told Investors to Sell UPS`)
SUBJECT_VERB = re.compile(r"(?:(?i:just|now|still|also|again)\s+)?"
                          r"(?i:says|said|sees|saw|expects|has|have|had|is|was|turns|turned|rais(?:es|ed)|lifts?|"
                          r"lifted|cuts?|lowers?|lowered|slash(?:es|ed)|trims?|trimmed|upgrad(?:es|ed)|"
                          r"downgrad(?:es|ed)|initiat(?:es|ed)|reiterat(?:es|ed)|maintains?|keeps|kept|rates|likes|"
                          r"prefers|picks|names|warns|forecasts|predicts|thinks|believes|recommends|urges|tells|told|"
                          r"bets|flips|boosts?|upbeat|bullish|bearish|optimistic|cautious|constructive)\b")
# What a firm's own news opens with after its name (`… Stock Rises`, `… Beats Estimates`, `… Profit Jumps`).
OWN_NEWS = re.compile(r"(?:Stocks?|Shares?|Beats|Misses|Profits?|Earnings|Revenues?|Sales|Results|Posts|Reports|"
                      r"CEO|Chief|Board|Fined|Sued|Settles|Hires|Layoffs|Buys|Sells|Acquires|To\s+(?:Buy|Sell|Cut))\b")
# A firm's legal form after its name (`China Merchants Securities Company`, `… Co., Ltd.`): the title is the firm's
# name, the subject of the report, not a credit.
LEGAL_FORM = re.compile(r"(?:[\s,]*(?:Company|Co\.?|Corporation|Corp\.?|Limited|Ltd\.?|Inc\.?|Plc))+\s*",
                        re.IGNORECASE)
# What a house by its initials makes as a sentence's subject: a call (no news of its own, `HSBC Cuts Jobs`).
CALL_VERB = re.compile(r"(?i:upbeat|bullish|bearish|optimistic|cautious|constructive|prefers|recommends|"
                       r"expects" + NOT_OWN_PLANS + r"|sees|"
                       r"forecasts|predicts|upgrades|downgrades|initiates|reiterates|likes|picks|favou?rs)\s")
# The verbs of a house putting out its research, as a headline's subject (`Goldman Sachs Issues Another Positive
# Outlook: …`): the sentence whole, never a report's name after the house's (`… Outlook` ends both).
PUBLISH_VERB = re.compile(r"(?i:issues|issued|releases|released|publishes|published|unveils|unveiled|delivers|"
                          r"offers|sounds)\s")
# A house's research unit after its name, before the verb of a sentence it is the subject of.
LATIN_TEAM_WORD = re.compile(r"(?:Global\s+|Investment\s+|Equity\s+)?Research\s+")
# A house's report series named by its short form, glued on (`华泰人工智能系列16：…`, `渤海多因子模型研究系列8：…`,
# `广发深度学习研究报告5：…`), or its morning note (`华源晨会精粹 …`, `天风morning call·…`): the series is part
# of the title and names the house (folded text; the series ends at a colon, a space or a dot).
SERIES_REST = re.compile(r"[^\s:：,，。;；|｜丨【】《》()（）·・]{0,12}?(?:系列(?:研究|报告|专题)?|专题报告|研究报告)"
                         r"(?:之)?[\d一二三四五六七八九十百]*(?=[:：\s·・(（]|$)"
                         r"|(?:晨会|晨报|早报|早参|morningcall)[^\s:：,，。;；|｜丨·・]{0,4}(?=[\s·・]|$)")
# A fund's periodic report (`中信建投双鑫债券型证券投资基金2025年第3季度报告`, `前海开源货币:2022年第3季度报告`),
# folded: the fund's name opens with its manager's brand.
FUND_REPORT = re.compile(r"(?:基金|货币|债券|混合|股票|指数|etf|lof|fof).{0,24}?(?:(?:19|20)\d{2}年)?"
                         r"(?:第[一二三四1-4]季度|年度|中期|半年度)报告(?:摘要)?$")
LISTED_FORM = re.compile(r"(?:证券|银行|公司|集团|控股|股份)$")
# What a house does in a Chinese headline that names it mid-sentence (`台積電… 麥格理喊目標價2150元`,
# `外资大摩上调…目标价`): a call verb, then a target price or rating within a few characters; the verb may
# come a few characters on (`大摩拋三問、率先升目標價`, `小摩看好南亞科 目標價調升`), or the house points
# something out (`元大投顧指台積電…`); it starts a rating (`大摩启动英伟达信用评级`) or moves a target that is no price
# (`大摩下调油价目标`).
_CALL = re.compile(r"(?:[^，,。;；!！?？]{0,8}?(?:喊|给予|上调|下调|调升|调降|调高|调低|上修|下修|维持|首予|重申|力挺|"
                   r"看好|升|启动)[^，,。;；!！?？]{0,12}?(?:目标价?|评级|买入|买进|增持|减持|中性|卖出|跑赢|优于大盘)"
                   r"|指出?|解析"
                   # (or forecasts, `中金料明年港股最樂觀見31000點`; never a word of its own, 料理, 料件)
                   r"|料(?![理件]))")
# A house's forecast of an index or market level after it (`高盛：台股上看27,800`, `大摩把脈 恒指看27500`): its call.
_LEVEL_CALL = re.compile(r"[^，,。;；!！?？]{0,8}?(?:上看|看)\s*\d")
# A Korean headline's house as the subject of a call on a stock's target price or rating (`…JP모간, BYD 목표가 80%
# 이상 상향`): the house by its Korean name, then the call's words within the clause.
_KO_CALL_LEAD = r"(?:^|(?<=[\s…,·\]]))"
_KO_CALL = r"(?=[,，\s]|[은는이가]\s)[^.。!?]{0,40}?(?:목표주가|목표가|목표치|투자의견)"
# Where such a name may start: the headline's start, a space or mark (an exclamation's too: `3100→3300！高盛
# 調高…`), a qualifier of foreign houses, or the passive of a call (`獲大摩調高評級`, `遭…下调`).
_CALL_LEAD = r"(?:^|(?<=[\s，,、：:；;（(「『“\"！!])|(?<=外资|美系|日系|港系|欧系|陆系|台系)|(?<=[获遭被]))"


def cjk_call(names: list[str]) -> re.Pattern[str] | None:
    """A house's call in a Chinese headline, the house by one of `names` (`h`)."""
    # (the names grouped by their first character, as `choices` writes a choice: one check per
    # first character, not one per name, wherever the lead lets a name start)
    return re.compile(_CALL_LEAD + "(?P<h>" + by_first_character("|".join(map(re.escape, names))) + ")"
                      + "(?:" + _CALL.pattern + "|" + _LEVEL_CALL.pattern + ")") if names else None


def korean_call(names: list[str]) -> re.Pattern[str] | None:
    """A house's call in a Korean headline, the house by one of `names` (`h`)."""
    return re.compile(_KO_CALL_LEAD + "(?P<h>" + "|".join(map(re.escape, names)) + ")" + _KO_CALL) if names else None

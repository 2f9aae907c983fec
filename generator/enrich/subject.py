"""Whether a report is on one company when no single code says so: its title names the company
first and its text rates it by that name, the title is the company's name alone or calls the report a
company report, or a news
flash's or an English wire's headline reports a broker's rating or target on it. And whether a
digest covers several industries, where a rating rates one of them, not the digest's subject."""

from __future__ import annotations

import re

from generator.enrich.choices import any_of
from generator.enrich.ratings import ENGLISH_RATING, PRICE_TARGET, QUOTE_OPEN, RATING, unmarked
from generator.enrich.sections import INDUSTRY_NAMES
from generator.normalize import CJK_CLASS, to_simplified

# A digest of several industries sets each under a heading line of its own (`医药`, `计算机`): a
# rating stated in one section rates that industry, not what the digest covers.
# (each line, split at its breaks, is read whole, its spaces and tabs off, only where two to four glyphs are left: a
# line-anchored pattern would be tried at every position)
_HEADING_NAME = re.compile(rf"[{CJK_CLASS}]{{2,4}}")


def several_industries(head: str) -> bool:
    """Whether two different industries' names stand as heading lines of `head`."""
    named = set()
    for line in head.split("\n"):
        name = line.strip(" \t")
        if not 2 <= len(name) <= 4 or not _HEADING_NAME.fullmatch(name):
            continue
        name = to_simplified(name)
        if name in INDUSTRY_NAMES:
            named.add(name)
            if len(named) > 1:
                return True
    return False


# A report on one company whose code nowhere stands: its title names the company first
# (`尚品宅配:2024年三季度点评:…`) and its text rates the company by that name (`给予尚品宅配
# “强推”评级`).
# (A listing of 2005-06 marks the share's status before its short name, `G民生：`, `S兰铝：`, `*ST青松：`: shares past
# the 股权分置 reform, or not yet, or specially treated. The mark is no part of the name.)
_SUBJECT = re.compile(rf"^(?:【[^】]{{1,12}}】)?(?:G|S|S?\*?ST)?([{CJK_CLASS}]{{2,6}})[:：]")


def _subject(title: str) -> re.Match[str] | None:
    """`_SUBJECT` on the title in simplified script (a title without a colon is neither converted nor matched)."""
    return _SUBJECT.match(to_simplified(title)) if ":" in title or "：" in title else None


_NOT_SUBJECT = re.compile(r"行业|板块|宏观|策略|市场|报告|研究|点评|公司|专题|周报|月报|晨会|经济|指数|债")
_RATES_BEFORE = re.compile(r"(?:给予|予以|维持|首次覆盖|上调|下调)\s*$")
# (`“强推”评级`, `“买入”的投资评级`, `“买入”投资评级`)
_RATED_AFTER = re.compile(rf"[^。；，,]{{0,3}}?[“\"「]?{RATING}[”\"」]?\s*(?:的)?(?:投资)?评级")


# A preview that opens on the company its title names first (`G宝钢：…` over `事项：宝钢股份今日出台…`, `青岛海尔：…`
# over `事件：青岛海尔公布股改方案`): the report is on that company. The name opens the text, or its first words after
# an event's label (`事项：`, `事件：`), and no industry's word follows it (`钢铁行业…`).
_OPENING_LABEL = re.compile(r"\s*(?:(?:事项|事件|点评)\s*[:：]\s*)?")


def opens_on_subject(text: str, title: str) -> bool:
    name = _titled_company(title)
    if name is None:
        return False
    start = _OPENING_LABEL.match(text).end()
    return text.startswith(name, start) and not _NAMES_AN_INDUSTRY.match(text, start + len(name))


# A company note whose text opens on the company's own filing (`公司发布2023年一季报`, `4月27日公司发布年报`,
# `事件：公司公告…`): the report is on one company, unnamed, and a rating it states in a sentence
# (`…维持“买入”评级`) is that company's. An industry report opens on its industry or market, never on `公司`'s
# own filing. (A day may stand first, with its year: `2024年4月27日，公司发布`; or after `公司于`.)
DAY = r"(?:\d{4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日\s?"
_OWN_FILING = re.compile(rf"\s*(?:(?:事项|事件|点评)\s*[:：]\s*)?(?:{DAY}[,，]?\s?)?"
                         rf"公司(?:于\s?{DAY})?(?:发布|公布|披露|公告)")


def opens_on_own_filing(text: str) -> bool:
    return _OWN_FILING.match(text) is not None


# A listing that titles a report by its company's name alone (`某某股份`): the text names the
# company, never as an industry's (`某某产业…`, a topic titled so), and speaks of it as 公司.
_BARE_NAME = re.compile(rf"\s*(?P<name>[{CJK_CLASS}]{{3,6}})\s*")
_NAMES_AN_INDUSTRY = re.compile(r"行业|板块|产业|领域|指数|市场|赛道")


def _may_be_company(name: str) -> bool:
    """Whether a name a title opens on may be a company's: no industry's name, no word of a sector or a market."""
    return not (name in INDUSTRY_NAMES or _NOT_SUBJECT.search(name) or _NAMES_AN_INDUSTRY.search(name))


def _titled_company(title: str) -> str | None:
    """The name a title opens on before its colon (`京新药业:…`, `G宝钢：…`), where it may be a company's."""
    subject = _subject(title)
    return subject.group(1) if subject and _may_be_company(subject.group(1)) else None


def titled_by_name(text: str, title: str) -> bool:
    bare = _BARE_NAME.fullmatch(to_simplified(title))
    if not bare or "公司" not in text:
        return False
    name = bare.group("name")
    if not _may_be_company(name):
        return False
    at = text.find(name)
    if at < 0:
        return False
    while at >= 0:
        if _NAMES_AN_INDUSTRY.match(text, at + len(name)):
            return False
        at = text.find(name, at + len(name))
    return True


# A results note titled by the company's name and the period it reviews (`某某证券2024年中报点评:维持“增持”评级`,
# `某某股份2023年年报点评`): on that company, when its text names it as `titled_by_name` asks (not a sector's,
# `白酒2024年中报点评` over `白酒板块…`; nor the listed firms', `上市券商…`).
_RESULTS_NOTE = re.compile(rf"^(?!上市)(?P<name>[{CJK_CLASS}]{{3,6}}?)(?:\d{{4}}\s?年?(?:度)?)?"
                           r"(?:年报|中报|半年报|一季报|三季报|年度报告|半年度报告)点评")


def titled_results_note(text: str, title: str) -> bool:
    note = _RESULTS_NOTE.match(to_simplified(title))
    return note is not None and titled_by_name(text, note.group("name"))


# A news page's headline that reports a broker's rating of one company (`中金:维持中国生物制药跑赢
# 行业评级 上调目标价至8.90港元`, `大摩:予药明生物增持评级`, `大和:上调中国生物制药评级至“买入”`):
# the page is about that company. (Not an industry's: `维持电子行业“推荐”评级`.)
_HEADLINE_RATING = re.compile(rf"^[^:：]{{1,12}}[:：]\s*(?:维持|予以?|给予|上调|下调|调升|调降|重申|首次覆盖)"
                              rf"(?P<subject>[^:：，,。]{{2,16}}?){QUOTE_OPEN}{RATING}")
# (or names the company first: `光大证券:某某集团维持买入评级 目标价86元`, `某券商:某某时代目标价下调至500元`,
# `高盛:某某股价过度调整,维持买入评级`): a broker's short name before the colon, not a digest's column
# (`最被看好十大港股:`, `今日港股投行追踪:`)
_HEADLINE_SUBJECT_FIRST = re.compile(
    rf"^(?![^:：]{{0,5}}(?:港股|A股|美股|十大|追踪|行情|精选|汇总|一览|速递))[^:：]{{1,6}}[:：]\s*(?P<subject>[^:：，,。\s]{{2,16}}?)(?:[，,\s]\s*)?"
    rf"(?:(?:维持|予以?|给予|上调|下调|调升|调降|重申|首次覆盖)[^:：，,。]{{0,4}}?{QUOTE_OPEN}{RATING}"
    r"|(?:上调|下调|调升|调降|提高|降低|升|降)?目标价)")


# (or, with no colon, the house first and the company's target price in a currency after the verb: `摩根大通上调某某
# 健康目标价至6.5港元 维持中性评级`; a market's target is in points, `上调恒指目标价至30000点`)
# The currencies of a target price in the headline below and in a rating's sentence (`6.5港元`, `86元`): targets.py's
# `_CURRENCIES` but for `港币`, a set of its own as these patterns were written; with `港币` they would take more
# texts as one company's report.
_TARGET_CURRENCIES = "港元|美元|元"
_HEADLINE_HOUSE_FIRST = re.compile(r"^[^:：\s，,。]{2,6}?(?:上调|下调|调升|调降|提高|降低|升|降)"
                                   r"(?P<subject>[^:：，,。\s]{2,10}?)目标价(?:至|到)?\s?\d{1,5}(?:\.\d{1,3})?\s?"
                                   rf"(?:{_TARGET_CURRENCIES})")


# A title that names the report a company report (`某某-公司研究报告-…`, `【公司研究】某某-…`, `某某-公司首次覆盖
# 报告:…`, `公司深度報告`): the report is on one company, though its cover may not print the code. (Not a
# digest's or an industry's: `晨会纪要`, `行业公司研究周报`.)
_COMPANY_REPORT_TITLE = re.compile(r"公司(?:研究|深度|点评|报告|首次覆盖|跟踪|动态|更新)")
_NOT_ONE_COMPANY_TITLE = re.compile(r"行业|板块|产业|策略|宏观|晨会|晨报|早报|周报|月报|纪要|精选|汇总|合集|一周"
                                    r"|重点报告")


def titled_company_report(title: str) -> bool:
    title = to_simplified(title)
    return _COMPANY_REPORT_TITLE.search(title) is not None and _NOT_ONE_COMPANY_TITLE.search(title) is None


# (nor a market's: `上调A股评级至超配`, `维持港股市场“超配”评级`)
_MARKET_SUBJECT = re.compile(r"行业|板块|市场|指数|大盘|[A港美中]股|债|汇率|商品|配置|恒指|国指|标普|纳指|道指|日经")


# (or, with no colon, the house first and one company's rating moved to a stock's rating: `美系外資調升鴻海評等至
# 買進`; a market's or a sector's is moved to 超配, 中性, 看好, never to 买进)
_HEADLINE_HOUSE_MOVES = re.compile(r"^[^:：\s，,。]{2,6}?(?:上调|下调|调升|调降|调高|调低)"
                                   r"(?P<subject>[^:：，,。\s]{2,10}?)(?:投资)?评[级等](?:至|为)[“\"「]?(?:买入|买进|强力买进|增持|持有|减持|卖出)")


# (or states the call as a clause of its own after the company and a colon, its target next: a Taiwanese house's
# `興農(1712):買進,目標價11.4元`, a post's `富途控股(FUTU)研究报告:买入,12个月目标价146美元`; a stock's ratings only, as
# a sector has no target price)
_HEADLINE_CALL = re.compile(r"^(?P<subject>[^:：，,。]{2,24}?)[:：]\s*"
                            r"(?P<rating>买入|买进|强力买进|增持|持有|减持|卖出)\s*[,，]\s*(?:\d{1,2}\s?个月)?目标价")


def headline_rates_one(title: str) -> bool:
    title = unmarked(title)
    # (each headline is tried only where the colon or the words it needs are in the title)
    colon = ":" in title or "：" in title
    headline = ((colon and (_HEADLINE_RATING.match(title) or _HEADLINE_SUBJECT_FIRST.match(title)))
                or ("目标价" in title and _HEADLINE_HOUSE_FIRST.match(title))
                or (("评级" in title or "评等" in title) and _HEADLINE_HOUSE_MOVES.match(title))
                or (colon and "目标价" in title and _HEADLINE_CALL.match(title)))
    return bool(headline) and not _MARKET_SUBJECT.search(headline.group("subject"))


def headline_call(title: str) -> str | None:
    """The rating a company note's headline states as a clause before its target (`_HEADLINE_CALL`), else None."""
    call = _HEADLINE_CALL.match(unmarked(title))
    return call.group("rating") if call and not _MARKET_SUBJECT.search(call.group("subject")) else None


def rates_subject(text: str, title: str) -> bool:
    subject = _subject(title)
    if not subject:
        return False
    name = subject.group(1)
    if _NOT_SUBJECT.search(name):
        return False
    at = text.find(name)
    while at >= 0:
        if _RATES_BEFORE.search(text, max(0, at - 5), at) and _RATED_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + len(name))
    return False


# A rating given in the sentence that gives a target price in a currency (`评级及目标价:我们首予“买入”评级,
# 目标价为5.70港元`, `给予18年1.20倍PB,对应目标价5.60元,上调至增持评级`): a stock's, the report's own (no industry
# or market has a target price in 元; an index's is in points), when the rating's verb stands right before it,
# naming no other company or sector (not `给予行业“推荐”评级`, `维持某某“买入”评级`).
_UNNAMED_RATING = (rf"(?:给予|首予|予以|维持|重申|(?:上调|下调|调高|调低)(?:至|为))\s*{QUOTE_OPEN}{RATING}[”\"」]?\s*"
                   r"(?:的)?(?:投资)?评级")
_TARGET_IN_CURRENCY = rf"目标价(?:格)?(?:为|至|到)?\s*\d{{1,5}}(?:\.\d{{1,3}})?\s*(?:{_TARGET_CURRENCIES})"
_RATED_WITH_TARGET = re.compile(rf"{_UNNAMED_RATING}[^。；;]{{0,40}}?{_TARGET_IN_CURRENCY}"
                                rf"|{_TARGET_IN_CURRENCY}[^。；;]{{0,40}}?{_UNNAMED_RATING}")


def rates_with_target(text: str) -> bool:
    return "目标价" in text and _RATED_WITH_TARGET.search(text) is not None


# A company note titled by the company's name first (`京新药业:一致性评价政策驱动,公司抢占先机`) whose text
# speaks of its subject as `公司` opening a sentence (`投资建议。 公司在一致性评价申报品种数量上位居前列,…`) and
# rates it unnamed (`…首次覆盖,给予“强烈推荐”评级。`): the rating is that company's.
_UNNAMED_RATED = re.compile(_UNNAMED_RATING)
_COMPANY_OPENS = re.compile(r"(?:^|[。；;！？!?])\s*公司(?!们)")


def titled_subject_rated(text: str, title: str) -> bool:
    return (_titled_company(title) is not None and "公司" in text and _COMPANY_OPENS.search(text) is not None
            and _UNNAMED_RATED.search(text) is not None)


# An English wire's headline on one company's rating or target (`Acme price target raised to $152 at
# Broker`, `Broker initiates coverage on Acme with Buy rating`, `ACME : Gets a Buy rating from Broker`),
# not a market's (`Broker upgrades Hong Kong stocks to overweight`).
# (Headlines capitalise their words: `Broker Upgrades Acme to Buy`, `Initiates Coverage`, `Reiterates
# Outperform on Acme`; a wire service's passive form names the company first and the house last: `Acme
# upgraded to Neutral from Sell at Broker`, `Acme (OTCMKTS:ACME) Downgraded to Hold at Broker`, `Broker Cuts
# Acme's TP to HKD10.4; Rating Downgraded to Hold`.)
_WIRE_HEADLINE = re.compile(rf"{PRICE_TARGET}|(?<![A-Za-z])(?i:an?\s+{ENGLISH_RATING}\s+rating|initiates? coverage"
                            r"|(?:up|down)grades?\s+\S+(?:\s+\S+)?\s+(?:stock|shares)\b"
                            rf"|(?:up|down)grades?\s+[^,;:]{{1,40}}?\s+to\s+{ENGLISH_RATING}"
                            rf"|(?:up|down)graded\s+to\s+{ENGLISH_RATING}(?:\s+from\s+{ENGLISH_RATING})?(?:\s+at\s+\w|\s*$)"
                            rf"|(?:reiterates?|maintains?)\s+{ENGLISH_RATING}\s+on\b)")
# (one scan of the title for them all, not one a word)
_WIRE_WORDS = any_of(("arget", "PT", "ating", "overage", "grade", "eiterate", "aintain"))
_WIRE_MARKET = re.compile(r"(?i:\bstocks\b|\bsectors?\b|\bmarkets?\b|\bind(?:ex|ices)\b|\bequities\b|\bbonds?\b"
                          r"|\byields?\b|\bcurrenc(?:y|ies)\b|\beconomy\b)")


# (nor a country's or a region's, the market named by its place: `JPMorgan upgrades China to overweight`)
_WIRE_PLACE = re.compile(r"(?i:(?:up|down)grades?\s+(?:China|Hong Kong|Taiwan|Japan|(?:South\s+)?Korea|India|Indonesia"
                         r"|Asia|Europe|the\s+US|U\.S\.|emerging\s+markets|EM)\s+(?:to|from)\b)")


def wire_headline_on_one(title: str) -> bool:
    """Whether `title` is an English wire's headline on one company's rating or target."""
    if not _WIRE_WORDS.search(title):
        return False  # (what every such headline holds, looked for first)
    return (_WIRE_HEADLINE.search(title) is not None and not _WIRE_MARKET.search(title)
            and not _WIRE_PLACE.search(title))


# An English page's one initiation of coverage, the company named and rated in the sentence (`The firm initiated
# coverage on Nio with a buy rating, saying…`): the page is on that company's call, though its title is no wire's
# headline and the text gives no code. (Two such sentences are a roundup's.)
_INITIATES = re.compile(rf"[Ii]nitiat(?:e|es|ed|ing)\s+coverage\s+(?:on|of)\s+[^.;]{{1,60}}?\s+with\s+(?:an?\s+)?"
                        rf"[\"“‘']?{ENGLISH_RATING}[\"”’']?\s+(?:rating|recommendation)")
_INITIATES_REACH = 2000


def initiates_one(text: str) -> bool:
    """Whether the top of `text` holds one initiation of coverage, and one only (see above)."""
    if "nitiat" not in text[:_INITIATES_REACH]:
        return False
    return len(_INITIATES.findall(text, 0, _INITIATES_REACH)) == 1


# An English sell-side cover that opens on its kind, a company's note (`Indonesia Company Update` over `Merdeka Copper
# Gold (MDKA IJ) Buy (Maintained)`, RHB's; `Company Report`, `Company Note`), or names one security as Bloomberg does at
# its top (`1 Tata Consultancy Services TCS.NS TCS IN EQUITY: SOFTWARE & SERVICES…`), or a post titled with one company
# and its call (`Public Bank - Maintain Buy: Steady As Usual`): the note is on one company, though the text gives no
# exchange's code (a Bloomberg ticker is none).
# (a document site's page number before it: `1 Company report Pharmaceutical November, 216 Hau Giang…`)
# (or in capitals: KGI's `COMPANY UPDATE` / `Thailand` / `Hana Microelectronics PCL (HANA.BK/HANA TB)*`)
_COMPANY_COVER = re.compile(r"\s*(?:\d{1,2} )?(?:(?:[A-Z][a-z]+ )?Company (?:Update|[Rr]eport|Note)"
                            r"|COMPANY (?:UPDATE|REPORT|NOTE))(?![A-Za-z])")
_BLOOMBERG_SECURITY = re.compile(r"(?<![A-Za-z0-9])[A-Z0-9]{1,8} [A-Z]{2} EQUITY(?![A-Za-z])"
                                 # (or after its Reuters code, as a cover names the company: `Infosys INFY.NS INFO IN`)
                                 r"|(?<=[A-Z]\.[A-Z]{2} )[A-Z0-9]{1,8} [A-Z]{2}(?![A-Za-z])")
_SECURITY_REACH = 200
# (or a cover's field giving one security's Bloomberg ticker, `KEY STOCK DATA Bloomberg BRGD IN`, RHB's `Bloomberg: MAY
# MK`, DBS's `Bloomberg: 116 HK`: a sector's or a market's note lists its tickers in a table, under no such field)
_BLOOMBERG_FIELD = re.compile(r"Bloomberg(?: (?:[Cc]ode|[Tt]icker))?\s?:?\s+[A-Z0-9]{1,8} [A-Z]{2}(?![A-Za-z])")
_FIELD_REACH = 500
# (or its call, the rating in capitals with a target price in a currency, `ACCUMULATE with DDM-derived target price of
# S$2.86`, `Maintain ACCUMULATE at a slightly lower TP of $12.32`, Phillip's; HLIB's `maintains a BUY rating with TP of
# RM11.45`: a stock's, as no sector or market has a target in dollars; one call only, as a strategy note may list its
# picks' calls)
# (or in title case after the verb that changes or keeps it: Phillip's `We upgrade to Buy rating with TP of S$4.74`)
_CALL_WITH_TARGET = re.compile(r"(?<![A-Za-z])(?:BUY|ACCUMULATE|HOLD|NEUTRAL|REDUCE|SELL|OUTPERFORM|UNDERPERFORM"
                               r"|OVERWEIGHT|UNDERWEIGHT|(?:(?:[Uu]p|[Dd]own)grade to|[Mm]aintain|[Rr]eiterate) (?:Buy"
                               r"|Accumulate|Hold|Neutral|Reduce|Sell|Outperform|Underperform|Overweight|Underweight))"
                               r"(?: rating)? (?:with|at) (?:an? |our )?(?:[\w-]+ ){0,3}?"
                               r"(?:target price|TP) of (?:S\$|US\$|HK\$|\$|Rs\.? ?|INR ?|RM ?|Rp ?|IDR ?|Bt ?|THB ?"
                               r"|VND ?)\d+(?:[.,]\d+)*")
_CALL_HEADLINE = re.compile(r"[A-Z][\w&.'’]*(?: [A-Z][\w&.'’]*){0,4} - (?:Maintain|Reiterate|Upgrade to|Downgrade to)"
                            r" (?:Buy|Hold|Sell|Neutral|Accumulate|Reduce|Outperform|Underperform|Overweight"
                            r"|Underweight)(?![A-Za-z])")


# (or sets the rating and the return it expects in square brackets after the company at its top: `1 PetroVietnam Gas
# Joint Stock Corporation (GAS) [M-PF +5.0%] Update Report`; a page's break may cut the figure after its point, `VEAM
# Corp (VEA) [BUY +22.` / blank line / `9%] Update Report`)
_RATED_RETURN = re.compile(rf"\)\s\[{ENGLISH_RATING}\s[+-]\d{{1,3}}(?:\.\s{{0,4}}\d)?%\]")
# (or a title that sets them after the company's ticker, as the same house's page titles a note: `SSI [UNDERPERFORM
# -13.7%] - Well positioned to deploy more capital to brokerage - Update`)
_TICKER_RATED_RETURN = re.compile(rf"[A-Z]{{2,5}} \[{ENGLISH_RATING}\s[+-]\d{{1,3}}(?:\.\d)?%\]")


# (or a title that opens on one company's full name, its legal form closing it, then a spaced dash and the note's
# headline: `Oversea-Chinese Banking Corp Ltd - Creation of Franchise Value in Greater China`, `Malayan Banking Berhad -
# Dishing Out Dividends`)
_COMPANY_TITLE = re.compile(r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,5} (?:Ltd|Limited|Corp|Corporation|Inc|Berhad|Bhd"
                            r"|PCL|Tbk|PLC|plc)\.? - [A-Z]")

# (or a sector note's headline that moves one company's rating, after the note's own headline: Bernstein's `China
# Internet: The convergence - downgrading Meituan to Market-Perform`; the call is the note's, its text states it)
_MOVES_ONE_HEADLINE = re.compile(r"(?:^|[:–-] )(?:[Uu]pgrad|[Dd]owngrad)(?:e|es|ed|ing) [A-Z][\w&.'’-]*"
                                 rf"(?: [A-Z][\w&.'’-]*){{0,3}} to ?{ENGLISH_RATING}$")


def english_note_on_one(text: str, title: str) -> bool:
    if (_COMPANY_COVER.match(text) or _CALL_HEADLINE.match(title) or _COMPANY_TITLE.match(title)
            or ("grad" in title and _MOVES_ONE_HEADLINE.search(title))  # (its search tries every position)
            or _RATED_RETURN.search(text, 0, _SECURITY_REACH) or _TICKER_RATED_RETURN.match(title)):
        return True
    if len(_BLOOMBERG_FIELD.findall(text, 0, _FIELD_REACH)) == 1:
        return True
    if ("TP of" in text or "target price of" in text) and len(set(_CALL_WITH_TARGET.findall(text))) == 1:
        return True  # (the search tries every capital: only where a call may be)
    if "EQUITY" not in text[:_SECURITY_REACH]:  # (the pattern opens with a class: its search tries every glyph)
        return False
    return len(set(_BLOOMBERG_SECURITY.findall(text, 0, _SECURITY_REACH))) == 1

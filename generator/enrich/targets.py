"""A report's target price and the currency its statement writes: a cover's field or a sentence in Chinese
(`目标价：45元`, `上调目标价37%至206元`, `設定了19.8港幣的目標價`) or an English wire's (`raised its price target on
Acme to $152 from $136`, `a HK$165 price target`); the one value the text states, never a range, a previous
target or the market's. facts.py reads it for a report on one company.
"""

from __future__ import annotations

import re

from generator.enrich.ratings import OTHERS_RATING, PRICE_TARGET
from generator.model import CURRENCY_WORDS, currency_in

# A target price (`目标价：45元`, `Target price: HK$450.00`, a per-share `合理价值31元`, one kept
# `目标价维持每股11.5港元`); when it
# is raised or cut by a share or from one `至` a new one (`上调目标价37%至206元`, `目标价从
# 20.1元上调至22元`), the new one. A range (`目标价30-35元`, `30元-35元`, `30至35元`) is none,
# and so is the previous target (`原目标价40元`); a value in 亿 or a year (`合理价值5000亿元`,
# `目标价 2024 年`) is no price. (A field moving it names the old one first, `目标价:295元降至292元`; a slight
# move is one too, `目标价微降至292元`.) (A Taiwanese page moves it by a share, then to the new one in its
# currency: `目標價24%，調升至新台幣2100元`; or from one
# to another: `目標價從70元上修到94元`; by how much, `目標價由40元大幅提升至80元`; a slight move,
# `目标价由 6.23 港元微调至 6.27 元`.)
# Some listings lose every decimal point to a space (`目标价21 4元`): in a text whose numbers
# have no point at all, a number, a space and one or two digits before a currency is one price;
# elsewhere (a page's own figures have their points) it is no price, not the part before the space.
# (Each of the words opens with a literal character, what stands before `TP` looked behind at from its `T`: the search
# skips to those characters, where a choice opening with a class or a look behind tries every position.)
_TARGET_SOURCE = (
    r"(?:目标(?:股)?价(?:格|位)?|合理价值|Target [Pp]rice|target [Pp]rice|TARGET PRICE|Price [Tt]arget|price [Tt]arget"
    r"|T(?<![A-Za-z]T)P(?![A-Za-z]))"
    # (a horizon between the words and the price is no price: `Price Target 12-mth: HK$16.65`, `TP (12M)`)
    r"(?:\s*[（(]?\s*\d{1,2}_HORIZON\s*[)）]?)?"
    # (and the return the field gives beside it, `Target Price (Return): IDR3,100 (36.0%)`)
    r"(?:\s?\(Return\))?"
    # (a news page's `also` before the move: `目標價亦從6.44港元調升至7.42港元`)
    r"(?:亦|也)?"
    # (a cover's field with its change after the label, `Target price` / `Remains` / `INR 3300`, Nomura's)
    r"(?:\s+(?:of|at|to|is|remains(?:\s+unchanged)?\s+at|(?:raised|lifted|cut|lowered)\s+to|Remains))?"
    # (its unit in brackets, per share on an English cover: KGI's `12M target price (Bt/share)` / `36.00`)
    r"\s*(?:[（(]\s*(?:_CURRENCIES|人民币|RMB|HKD|USD|Bt|RM|S\$|HK\$|US\$|Rs|INR)?(?:/share)?\s*[)）])?\s*"
    r"(?:(?:微|略|小幅)?(?:_MOVES)|维持)?\s*"
    r"(?:为|至|：|:|是)?\s*"
    # (or a bare dollar, which names no currency: `Maintain ACCUMULATE at a slightly lower TP of $12.32`)
    r"(?:每股)?(?:RMB|Rmb|HKD|HK\s?\$|USD|US\s?\$|人民币|_ASIAN|\$(?=\d))?\s*"
    r"(?:\d{1,3}(?:\.\d{1,2})?%\s*至\s*|\d{1,3}(?:\.\d{1,2})?%[，,]\s*(?:_MOVES)至\s*(?:新台币)?|[由从]\s*\d{1,5}(?:[.\s]\d{1,3})?\s*(?:元|港元)?\s*(?:/?\s*股)?\s*"
    r"(?:(?:(?:大幅|小幅)?(?:_MOVES)|微调)?\s*(?:\d{1,3}(?:\.\d{1,2})?%\s*)?至|(?:_MOVES)到)\s*"
    # (a field moving it, the old one and the new: `目标价:295元降至292元`)
    r"|\d{1,5}(?:\.\d{1,3})?\s?(?:元|港元)\s?(?:_MOVES)至\s*)?"
    r"(?P<value>(?:\d{1,3}(?:,\d{3})+|\d{1,5})(?:\.\d{1,3}POINTLESS)?)"
    r"(?![,，]?\d|\.\d|\s*[亿万年倍%]|_HORIZON|_MONTH|\s*(?:_CURRENCIES)?\s*(?:[-~～—–至到]|以上)\s*\d"
    r"|(?:\s{1,2}\d{1,3}){1,4}\s?(?:_CURRENCIES))\s*(?:_CURRENCIES)?")
_TARGET_WORDS = ("目标", "合理价值", "arget", "ARGET", "TP", "PT")  # (one of them in every match of a pattern below)
_MOVES = "上调|下调|调升|调降|提高|降低|提升|上修|下修|升|降"
# The currencies a target price in Chinese writes after its figure (`206元`, `7.42港元`, `19.8港币`, `12美元`); `人民币`
# stands before it (`人民币2,478亿元`), as `RMB` does, and a field's unit in brackets may be either (`目标价(港元)`,
# `目标价(人民币)`, `(HKD)`). (The old target a move names, `从20.1元上调至22元`, `由 6.23 港元微调至`, is read in `元`
# and `港元` only: that is a set of its own, kept as it was written, as the wider one would take more text as a move.)
_CURRENCIES = "元|港元|港币|美元"
_HORIZON = r"\s?-?\s?(?:mths?|months?|M|个月)(?![A-Za-z])"
# (an Asian house's note writes its market's currency before the figure: `TP of INR2500`, `Target Price (Return):
# IDR3,100 (36.0%)`, `TP of S$4.74`, `VND53,700`, `RM5.20`, `NT$2,100`, `THB42.00`, `PHP210`, `KRW85,000`; spelt
# as the currency reader spells them; not `¥`, the yuan's as well as the yen's)
_ASIAN = r"(?:{})(?=\s?\d)".format("|".join(CURRENCY_WORDS[code] for code in
                                           ("INR", "IDR", "VND", "THB", "MYR", "PHP", "SGD", "TWD", "KRW", "JPY")))
# (nor is a date's day after the words: `Current Target price 18 March 2011 VND53,700`, a Vietnamese cover's field)
_MONTH = r"\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?![A-Za-z])"
_TARGET_SOURCE = (_TARGET_SOURCE.replace("_CURRENCIES", _CURRENCIES).replace("_MOVES", _MOVES)
                  .replace("_HORIZON", _HORIZON).replace("_ASIAN", _ASIAN).replace("_MONTH", _MONTH))
_TARGET = re.compile(_TARGET_SOURCE.replace("POINTLESS", ""))
# (There a share lost its `%` too: `上调目标价37 至206元`.)
_TARGET_POINTLESS = re.compile(_TARGET_SOURCE.replace("POINTLESS", rf"| \d{{1,2}}(?=\s?(?:{_CURRENCIES}))")
                               .replace("%\\s*至", "(?:%|\\s)\\s*至")
                               .replace("(?P<value>", "(?P<value>(?!\\d* \\d+ \\d)"))  # not one of several
_DECIMAL = re.compile(r"\d\.\d")
# (or the value first, a verb setting it before: `並且設定了19.8港幣的目標價`, `给予30元的目标价`)
_TARGET_SET = re.compile(rf"(?:设定|给予|订出|定出)了?\s*(?P<value>\d{{1,5}}(?:\.\d{{1,3}})?)\s*(?:{_CURRENCIES})"
                         r"的目标价")
# (Nor is the market's: `一致预期目标价`, `consensus target price`.)
_PREVIOUS_TARGET = re.compile(r"(?:原|前次|上次|此前|之前|前期|上期|旧|一致预期|一致|平均|[Pp]revious|[Pp]rior|[Oo]ld"
                              r"|[Cc]onsensus|[Aa]verage)\s*$")
_DIGIT_SPACE_DIGIT = re.compile(r"\d \d")
_OTHERS_REACH = 16  # characters before a target price where the market's rating may stand


# (a target price's label set in bold and extracted twice, `目标目标价格价格 61.61 元`, `目标价目标价：45元`)
DOUBLED_TARGET = re.compile(r"目标(?:价格?)?目标|价格价格")


# A headline on one listing of a company that has several (`initiates coverage on Acme H shares`, `某某A股`).
_ONE_LISTING = re.compile(r"(?<![A-Za-z])[AH][ -]?[Ss]hares?|(?<![A-Za-z])(?:US|U\.S\.) [Ss]hares|ADRs?(?![A-Za-z])"
                          r"|[AH]股")


def listings_targets(title: str, text: str) -> bool:
    """Whether the text states several targets under a headline on one listing: the listings' targets (`HK$187`
    for the H shares, `$48` for the US ones), no one target, and the headline's is not the report's alone."""
    return _ONE_LISTING.search(title) is not None and len({value for value, _ in stated_targets(text)}) > 1


def stated_targets(text: str) -> list[tuple[float, str]]:
    """Every target price the text states as a report's own (not a previous one nor the market's), with its
    statement."""
    if not any(word in text for word in _TARGET_WORDS):
        return []  # (no pattern can match: no scan)
    pattern = _TARGET_POINTLESS if _DIGIT_SPACE_DIGIT.search(text) and not _DECIMAL.search(text) else _TARGET
    patterns = (pattern, _TARGET_SET, *(_WIRE_TARGETS if "arget" in text or "PT" in text or "TP" in text else ()))
    return [(float(m.group("value").replace(",", "").replace(" ", ".")), m.group())
            for each in patterns for m in each.finditer(text)
            if not _PREVIOUS_TARGET.search(text, max(0, m.start() - 12), m.start())
            and not OTHERS_RATING.search(text, max(0, m.start() - _OTHERS_REACH), m.start())]


def target_price(text: str, covered: str) -> tuple[float, str | None] | None:
    """The one target price the text states, with the currency its statements write (None where they
    write none, or several; see `currency_in` for the `covered` code)."""
    stated = stated_targets(text)
    if len({value for value, _ in stated}) != 1:
        return None
    return stated[0][0], currency_in(" ".join(statement for _, statement in stated), covered)


# An English wire's target price, after a currency (`raised its price target on Acme (ACM) to $152
# from $136`, `target price of Acme from HK $57.37 to HK $70`, `PT to $62`, `target price remains set at
# CHF 100`, `Target price unchanged at HK$7.50`, moved by a noun: `a 7 percent price target increase to $48`) or
# before the words (`a HK$165 ($21) price target`, `Rmb12.40 target price`); the new one where it moved, none in a
# market's unit (`$3bn`).
WIRE_CURRENCY = r"(?:US\s?\$|HK\s?\$|S\$|A\$|C\$|\$|Rmb|RMB|HKD|USD|CHF|EUR|€|£)\s?"
WIRE_VALUE = (r"(?P<value>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,5}(?:\.\d{1,2})?)"
               r"(?![\d,.]?\d|\s?(?:%|bn|mn|billion|million|[kKmMbB]\b))")
_CURRENCY_AFTER = r"(?:HKD|USD|RMB|CNY|yuan|Hong Kong dollars|HK dollars|US dollars)(?![A-Za-z])"
# (a house's own note moves its `TP` so too: `we revise down our TP for the Company from HK$3.82 to HK$3.21`, GTJAI's)
_WIRE_WORDS = rf"(?:{PRICE_TARGET}|(?<![A-Za-z])TP(?![A-Za-z]))"
_WIRE_TARGETS = (
    re.compile(rf"{_WIRE_WORDS}(?:\s+(?:on|for|of)\s+(?:[^$;,.\d]|\.(?=[A-Z]{{2}}\b)|\d){{1,40}}?)?"
               rf"(?:\s+from\s+{WIRE_CURRENCY}\d[\d,.]*\s+to"
               r"|\s+(?:remains\s+)?(?:set\s+)?(?:unchanged\s+)?(?:at|to|of)"
               rf"|\s+(?:raised|lifted|cut|lowered|increased|reduced|boosted|increase|reduction|hike)\s+to)\s+{WIRE_CURRENCY}{WIRE_VALUE}"),
    re.compile(rf"(?<![\w$]){WIRE_CURRENCY}{WIRE_VALUE}\s*(?:\(\s?\$?\d[\d,.]*\s?\)\s*)?"
               r"(?:[Pp]rice [Tt]arget|[Tt]arget [Pp]rice)"),
    # (a wire translated from Chinese writes the currency after the figure: `raising the target price from 26.5 HKD
    # to 27 HKD`, `maintains a target price of Acme (00388) at 419 Hong Kong dollars`)
    re.compile(rf"{PRICE_TARGET}(?:\s+(?:on|for|of)\s+[^$;,.\d]{{1,40}}?(?:\s?\(\d{{4,6}}(?:\.[A-Z]{{2}})?\))?)?"
               rf"(?:\s+from\s+\d[\d,.]*\s?{_CURRENCY_AFTER}\s+to|\s+(?:remains\s+)?(?:set\s+)?(?:unchanged\s+)?"
               rf"(?:at|to|of))\s+{WIRE_VALUE}\s?{_CURRENCY_AFTER}"),
)

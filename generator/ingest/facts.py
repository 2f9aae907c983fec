"""The fields analysts read, from the raw values of a listing's record.

Every value is checked for the shape it must have (a rating is a short word, a target price
a positive number, a code an exchange code); anything else is left unknown rather than
shown wrong. The report type is the source's when it gives one, else derived from obvious
cues: a covered security makes a company report, an industry an industry report, and a
few title words (宏观, 策略, 固收, 晨会, 金工) the rest.
"""

from __future__ import annotations

import json
import re

from generator.model import EXCHANGE_CODE, RATING_CHANGES, ReportFacts, Security, currency_in, listed_code

MAX_WORD = 20
MAX_NAMES = 12
_SPLIT = re.compile(r"[,，、;；/|\n]+|\s{2,}|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# Eastmoney's author list holds `<id>.<name>`.
_ID_PREFIX = re.compile(r"^\d{5,}[.．]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# A company named first with its code: `江海股份(002484)：…`, `腾讯控股（0700.HK）-…`.
_TITLE_SECURITY = re.compile(r"^([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9\-]{1,11})[（(]"
                             r"((?:\d{6}|\d{4,5})(?:\.[A-Za-z]{2})?)[）)]")
# 慧博's file-name titles: publisher, company, code, title, date (`国信证券-贵州茅台-600519-…-240428`).
_DASHED_SECURITY = re.compile(r"^[\u4e00-\u9fffA-Za-z&]{2,12}-([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11})-"
                              r"(\d{6}|\d{4,5}(?:\.[A-Za-z]{2})?)-")
# A monitor's tag of the company before the title (`[金富科技003018][扩产] 光大证券…的核查意见`,
# `【*ST南置 002305】…`): the name and the code in one bracket.
_BRACKETED_SECURITY = re.compile(r"^[\[【]((?:\*?ST)?[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11}?)\s*"
                                 r"[（(]?(\d{6})[）)]?[\]】]")
REPORT_TYPES = {
    "个股": "个股", "公司": "个股", "公司研究": "个股", "个股研报": "个股", "公司报告": "个股", "company": "个股",
    "stock": "个股", "行业": "行业", "行业研究": "行业", "行业研报": "行业", "行业报告": "行业", "industry": "行业",
    "宏观": "宏观", "宏观研究": "宏观", "宏观研报": "宏观", "macro": "宏观", "策略": "策略", "策略研究": "策略",
    "策略研报": "策略", "strategy": "策略", "固收": "固收", "固定收益": "固收", "债券": "固收",
    "债券研究": "固收", "晨会": "晨会", "晨会纪要": "晨会", "晨报": "晨会", "金工": "金工", "金融工程": "金工",
    "量化": "金工",
}
# Title words that name a report's kind, in the order they are tried.
_TITLE_CUES = (("晨会", "晨会"), ("晨报", "晨会"), ("金工", "金工"), ("金融工程", "金工"), ("量化", "金工"),
               ("固收", "固收"), ("固定收益", "固收"), ("债券", "固收"), ("债市", "固收"), ("转债", "固收"),
               ("信用债", "固收"), ("利率债", "固收"), ("城投", "固收"), ("宏观", "宏观"), ("策略", "策略"))


# What scrapers write in a cell that holds nothing: dashes, a program's printed None, null or
# NaN, and the Chinese words for none or unknown. Such a cell is a missing value, not a
# publisher named `-` or an analyst named `nan`.
PLACEHOLDERS = frozenset(("-", "--", "---", "—", "——", "–", "/", "n/a", "na", "none", "null", "nil", "nan",
                          "undefined", "无", "暂无", "未知", "不详", "空", "待定"))


def placeholder(text: str) -> bool:
    """Whether a cell's text holds nothing (blank, or one of PLACEHOLDERS)."""
    stripped = text.strip()
    return not stripped or stripped.casefold() in PLACEHOLDERS


def text_value(value: object) -> str | None:
    """A scalar or a list of scalars as stripped text; None for nothing (a placeholder, NaN),
    mappings and booleans."""
    if value is None or isinstance(value, bool | dict | bytes | bytearray | memoryview):
        return None  # a mapping, or a blob (a database's stored PDF): no field's text
    if isinstance(value, list | tuple):
        parts = [t for t in (text_value(v) for v in value) if t]
        return "、".join(parts) or None
    if isinstance(value, float):
        if value != value:
            return None  # NaN: how pandas and spreadsheets leave a number out
        if value.is_integer():
            value = int(value)
    text = " ".join(str(value).split())
    return None if placeholder(text) else text


def word(value: object) -> str | None:
    """A short label (rating, industry): text of at most MAX_WORD characters, not a bare number."""
    text = text_value(value)
    if not text or len(text) > MAX_WORD or _NUMBER.fullmatch(text):
        return None
    return text


# A research unit credited where a person's name goes (`研究所`, Korean houses' `리서치센터`,
# `Research Team`): nobody's name.
_UNIT = re.compile(r".{0,12}(?:研究所|研究部|研究中心|研究院|研究团队|研究小组)"
                   r"|(?:.{0,12}\s?)?(?:리서치센터|리서치팀|리서치본부|"
                   r"리서치)|(?:.{0,30}\s)?research(?:\s(?:team|department|dept\.?|desk|centre|center|division))?",
                   re.IGNORECASE)


# Professional designations an English author list puts after a name's comma (`Spencer Rogers, CFA`):
# split at the comma they stand alone, and are nobody's name.
_CREDENTIALS = frozenset(("CFA", "CPA", "CAIA", "FRM", "CMT", "PHD", "ACA", "ACCA", "CA", "MBA", "FCA", "FSA",
                          "CFP", "ASA", "CIIA"))


# A name in Latin script may run past MAX_WORD (`Yulia Zhestkova Grigsby`): up to four words of letters.
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,3}")


def names(value: object) -> list[str]:
    """Person names from `张三,李四`, `张三、李四`, `张三 李四`, a list, or a list a site stored as JSON text
    (`'["杨烨辉","姚艺"]'`); ids and single characters dropped (markup goes before: recordfields._plain)."""
    items = value if isinstance(value, list | tuple) else [value]
    found: list[str] = []
    for item in items:
        if isinstance(item, str) and item[:1] == "[" and item[-1:] == "]" \
                and isinstance(listed := _json_list(item), list):
            found += [name for name in names(listed) if name not in found]
            continue
        text = text_value(item)
        for part in _SPLIT.split(text or ""):
            name = _ID_PREFIX.sub("", part.strip(" .。"))
            name = name[:-1].rstrip() if name.endswith("等") and len(name) > 2 else name  # `张三等`: and others
            if name.upper().replace(".", "") in _CREDENTIALS:
                continue  # `Andrew Boak, CFA`: the designation after a name's comma is no one's name
            # One character is no one's name (a parser's stray particle: `는`, `的`, an initial).
            fits = len(name) <= MAX_WORD or bool(_LATIN_NAME.fullmatch(name))
            if len(name) > 1 and fits and not _NUMBER.fullmatch(name) and name not in found and \
                    "：" not in name and ":" not in name and not placeholder(name) and not _UNIT.fullmatch(name):
                found.append(name)
    return found[:MAX_NAMES]


def _json_list(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return None


# The rating actions English feeds name (FMP's `action`, Benzinga's wording in OpenBB's frames).
_ENGLISH_CHANGES = {
    "upgrade": "上调", "upgrades": "上调", "upgraded": "上调", "raise": "上调", "raises": "上调",
    "downgrade": "下调", "downgrades": "下调", "downgraded": "下调", "lower": "下调", "lowers": "下调",
    "maintain": "维持", "maintains": "维持", "maintained": "维持", "reiterate": "维持", "reiterates": "维持",
    "reiterated": "维持", "hold": "维持", "init": "首次覆盖", "initiate": "首次覆盖", "initiates": "首次覆盖",
    "initiated": "首次覆盖", "initialise": "首次覆盖", "initialize": "首次覆盖", "initiates coverage on": "首次覆盖",
    # Finnhub's action codes (`main(maintains)`, `reit(reiterate)`), as Eulerpool's feed sends them too
    "main": "维持", "reit": "维持",
}


# What a rating column holds where the house gives no rating (`투자의견없음`, `无评级`, `Not Rated`, `N/A`):
# no rating, so none is shown.
_NO_RATING = frozenset(("无评级", "未评级", "不评级", "暂无评级", "无", "暂无", "-", "--", "—", "n/a", "na", "nr",
                        "not rated", "notrated", "not-rated", "no rating", "none", "투자의견없음", "의견없음", "없음",
                        "nr(not rated)"))


def rating(value: object) -> str | None:
    """A rating column's value as a rating: a short label (`word`), not a mark for none."""
    text = word(value)
    return None if text is None or text.strip().casefold() in _NO_RATING else text


def rating_change(value: object) -> str | None:
    text = text_value(value)
    if not text:
        return None
    return RATING_CHANGES.get(text.replace("评级", "").strip()) or _ENGLISH_CHANGES.get(text.casefold())


def price(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        found = _NUMBER.search(str(value)[:50])
        if not found:
            return None
        number = float(found.group())
    # (a won price runs to millions: 삼성바이오로직스 at 1,120,000, 효성중공업 at 4,000,000)
    return number if 0 < number < 100_000_000 else None


def currency(value: object, securities: list[Security]) -> str | None:
    """A target price's currency as its value writes it (`45元`, `HK$450`); None for a bare number."""
    if not isinstance(value, str) or price(value) is None:
        return None
    return currency_in(value[:50], securities[0].code if len(securities) == 1 else "")


_ISIN = re.compile(r"[A-Z]{2}[A-Z0-9]{9}\d")
# Where an ISIN holds the code the exchange lists (Korea's `KR7` + six digits,
# Taiwan's `TW000` + four): the slice of it that is that code.
_ISIN_LOCAL = {"KR7": slice(3, 9), "TW000": slice(5, 9)}


def isin_code(text: str) -> str | None:
    """The code an ISIN (`KR7005930003`) stands for: the exchange's own code where the ISIN
    holds it (`005930`), else the ISIN itself; None for anything that is no ISIN (its check
    digit wrong)."""
    if not _ISIN.fullmatch(text):
        return None
    digits = "".join(str(int(ch, 36)) for ch in text[:-1])
    total = sum(d if i % 2 else sum(divmod(d * 2, 10)) for i, d in enumerate(map(int, reversed(digits))))
    if (10 - total % 10) % 10 != int(text[-1]):
        return None
    local = next((text[part] for prefix, part in _ISIN_LOCAL.items() if text.startswith(prefix)), None)
    return local if local and local.isdigit() else text


# An exchange's symbol longer than a US ticker, as a column of tickers holds it: NSE's run to ten
# characters, with `&` or `-` in a few (`ICICIBANK`, `BHARTIARTL`, `M&M`, `BAJAJ-AUTO`).
_LONG_SYMBOL = re.compile(r"[A-Z][A-Z0-9&-]{5,11}")


def securities(name_value: object, code_value: object, title: str, ticker: bool = False) -> list[Security]:
    """The covered securities: the record's names paired with its codes (an exchange's code, or
    an ISIN), else the company a title names first with its code (`江海股份(002484)：…`,
    `国信证券-江海股份-002484-…`). A letter code without a name is kept only from a column
    said to hold tickers (`ticker`, `symbol`: `ticker`), which may hold a symbol longer than a
    US ticker's five letters (NSE's `ICICIBANK`)."""
    found_names = names(name_value)
    codes = [c.strip() for c in (text_value(code_value) or "").replace("，", ",").replace("、", ",").split(",")
             if c.strip()]
    codes = [isin or c for c in codes
             if (isin := isin_code(c)) or EXCHANGE_CODE.fullmatch(c) or (ticker and _LONG_SYMBOL.fullmatch(c))]
    if not found_names and not ticker:  # a bare letter code (`RPT`) may be anything; a ticker comes with its name
        codes = [c for c in codes if any(ch.isdigit() for ch in c)]
    if found_names or codes:
        count = max(len(found_names), len(codes))
        return [Security(found_names[i] if i < len(found_names) else "",
                         listed_code(codes[i]) if i < len(codes) else "") for i in range(min(count, MAX_NAMES))]
    match = _TITLE_SECURITY.match(title) or _DASHED_SECURITY.match(title) or _BRACKETED_SECURITY.match(title)
    return [Security(match.group(1), listed_code(match.group(2)))] if match else []


# The words of a listing's own sections (what is hot, newest, picked), which a scraper saves in
# the column it calls 分类 beside the report's real kind.
_SECTION = re.compile(r"热门|最新|最热|推荐|精选|资讯|头条|置顶|今日|本周|本月")


def report_type(given: object, facts: ReportFacts, title: str) -> str | None:
    """The source's report type when it names one; else derived from the obvious cues. Of a
    list (a feed's categories, `行业研究` beside `家电`), only a known type is one."""
    if isinstance(given, list | tuple):
        given = next((t for t in map(text_value, given) if t and t.casefold() in REPORT_TYPES), None)
    text = text_value(given)
    if text and _SECTION.search(text) and text.casefold() not in REPORT_TYPES:
        text = None  # a listing's section (慧博's 今日热门, 最新买入, 投研资讯), no kind of report
    if text and (text.casefold() in REPORT_TYPES or (len(text) <= MAX_WORD and not text.isascii())):
        # An unknown kind is kept in the source's words, if they are words (not `pdf`, `3`).
        return REPORT_TYPES.get(text.casefold(), text)
    if facts.securities:
        return "个股"
    if facts.industry:
        return "行业"
    return next((kind for cue, kind in _TITLE_CUES if cue in title), None)

"""The content model: what a listing says about a report, and what the digest says of it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Security:
    """A security a report covers: its short name and exchange code (either may be empty)."""

    name: str
    code: str = ""


# A code with its exchange before or after it (`600519.SH`, `SH600519`, `0700.HK`, `2330.TW`, `BABA.N`):
# the form a listing's code field must have, and what `listed_code` reads. An exchange's letters
# stand before digits only: a ticker's first two letters are not one (`BABA.N`).
EXCHANGE_CODE = re.compile(r"(?:(?P<before>[A-Za-z]{2})\.?(?=\d))?(?P<code>\d{4,6}|[A-Z]{1,5})"
                           r"(?:\.(?P<after>[A-Za-z]{1,3}))?")


def listed_code(code: str) -> str:
    """A code as its exchange lists it, whichever source gave it (a listing's field, a title, the
    report's text), so that a page and the export show one form: six digits on the mainland
    (`600519.SH`, `SH600519` → `600519`), five in Hong Kong (`0700.HK` → `00700`), four in
    Taiwan (`1560.TT` → `1560`), a ticker's letters elsewhere (`BABA.N` → `BABA`). A code
    written without its exchange is kept as written; anything else is returned stripped."""
    text = code.strip()
    found = EXCHANGE_CODE.fullmatch(text)
    if not found:
        return text
    plain = found.group("code")
    exchanges = {(found.group(side) or "").upper() for side in ("before", "after")}
    return plain.zfill(5) if plain.isdigit() and "HK" in exchanges else plain


# How sources and report texts word a rating's change, and the one word the digest shows.
RATING_CHANGES = {"维持": "维持", "上调": "上调", "调高": "上调", "上升": "上调", "下调": "下调", "调低": "下调",
                  "下降": "下调", "首次": "首次覆盖", "首次覆盖": "首次覆盖", "首次评级": "首次覆盖",
                  "新增": "首次覆盖"}


# How listings and report texts write a price's currency (`45元`, `目标价(港元)`, `HK$450`, `Rmb12.40`), and the
# ISO code the digest keeps. A bare `$` names none (a US wire's dollar, a Hong Kong page's, a Singapore one's).
# (Asian houses' notes write their market's: `INR2500`, `IDR3,100`, `VND53,700`, `RM5.20`, `Rp`, `Rs.`, `Bt`, `Php`
# only before a figure.)
CURRENCY_WORDS = {"HKD": r"港元|港币|港幣|HK\s?\$|HKD|Hong Kong dollars?|HK dollars?|HKドル",
               "USD": r"美元|US\s?\$|USD|US dollars?|米ドル", "TWD": r"新台币|新台幣|NT\s?\$|TWD",
               "JPY": r"日元|日圓|円|JPY", "KRW": r"韩元|韓元|₩|KRW", "SGD": r"S\$|SGD", "AUD": r"A\$|AUD",
               "CAD": r"C\$|CAD", "CHF": r"CHF", "EUR": r"€|EUR|欧元", "GBP": r"£|GBP|英镑",
               "INR": r"INR|Rs\.?(?=\s?\d)", "IDR": r"IDR|Rp(?=\s?\d)", "VND": r"VND", "THB": r"THB|Bt(?=\s?\d)",
               "MYR": r"MYR|RM(?=\s?\d)", "PHP": r"PHP|Php(?=\s?\d)",
               "CNY": r"人民币|人民幣|RMB|Rmb|CNY|yuan", "YUAN": "元"}  # (元 last: 港元, 美元 and 日元 hold it)
_CURRENCY = re.compile("|".join(f"(?P<{code}>{words})" for code, words in CURRENCY_WORDS.items()))
# What a page writes after a target price in each currency the readers give (one table: a code with no name here
# failed the build's render of its report page).
CURRENCY_NAMES = {"CNY": "元", "HKD": "港元", "USD": "美元", "TWD": "新台币", "JPY": "日元", "KRW": "韩元",
                  "SGD": "新加坡元", "AUD": "澳元", "CAD": "加元", "CHF": "瑞士法郎", "EUR": "欧元", "GBP": "英镑",
                  "INR": "印度卢比", "IDR": "印尼盾", "VND": "越南盾", "THB": "泰铢", "MYR": "林吉特",
                  "PHP": "菲律宾比索"}


def currency_in(text: str, code: str) -> str | None:
    """The ISO code of the one currency `text` (a price as written) names; None for none or several.
    A bare `元` beside a currency named is that one's (`新台币2100元`, `从272港元上调至325.3元`); alone it is the
    yuan only for a mainland listing (a six-digit `code`): a Hong Kong page's `目标价43.5元` is in Hong Kong
    dollars, a Taiwanese one's in New Taiwan dollars."""
    named = {found.lastgroup for found in _CURRENCY.finditer(text)}
    if "YUAN" in named:
        named.discard("YUAN")
        if not named:
            named.add("CNY" if len(code) == 6 and code.isdigit() else "")
    return (named.pop() or None) if len(named) == 1 else None


@dataclass
class ReportFacts:
    """What analysts read beside the title, from a listing's fields or the report's own text.

    Every field is None or empty when unknown: a wrong rating is worse than none.
    """

    rating: str | None = None  # 买入, 增持, 推荐, 中性, 减持, …
    rating_change: str | None = None  # 维持, 上调, 下调, 首次覆盖
    target_price: float | None = None
    target_currency: str | None = None  # ISO code (CNY, HKD, USD, …), only as the target price's text states it
    analysts: list[str] = field(default_factory=list)
    industry: str | None = None
    securities: list[Security] = field(default_factory=list)
    report_type: str | None = None  # 个股, 行业, 宏观, 策略, 固收, 晨会, …

    def fill_from(self, other: ReportFacts) -> None:
        """Take what this one lacks from `other` (a later sighting, or the text's evidence)."""
        for name, value in vars(other).items():
            if value and not getattr(self, name) and name != "target_currency":
                setattr(self, name, value)
        if self.target_price == other.target_price and not self.target_currency:
            self.target_currency = other.target_currency  # (a currency goes only with its own price)


@dataclass
class ListingItem:
    """One item exactly as one listing file showed it, before any interpretation.

    Only a bounded head and tail of the preview are kept: previews of extracted PDF text can
    run past 100,000 characters, and the head (title page) and tail (disclaimer) are where a
    publisher names itself.
    """

    file: str
    line: int
    title: str
    head: str
    tail: str
    date: date
    views: int | None = None
    pages: int | None = None
    url: str | None = None
    publisher_hint: str | None = None
    facts: ReportFacts = field(default_factory=ReportFacts)
    pdf_url: str | None = None


@dataclass(frozen=True)
class Source:
    file: str
    line: int
    url: str | None
    pdf_url: str | None = None


@dataclass
class Commentary:
    file: str
    report_ref: str
    ref_line: int
    html: str
    title: str | None = None
    date: date | None = None
    topics: list[str] | None = None
    publishers: list[str] | None = None
    pick: bool = False
    draft: bool = False
    # Front-matter line of each key, and of each `topics`/`publishers` entry as "topics:银行".
    lines: dict[str, int] = field(default_factory=dict)


@dataclass
class Report:
    id: str
    title: str
    clean_title: str
    publishers: list[str]
    topics: list[str]
    date: date
    report_date: date | None
    pages: int | None
    views: int | None  # the source site's count; None when the source shows none
    excerpt: str
    attribution: str
    sources: list[Source] = field(default_factory=list)
    first_seen: date | None = None  # the earliest listing date of any sighting
    key_points: list[str] = field(default_factory=list)
    facts: ReportFacts = field(default_factory=ReportFacts)
    commentary: Commentary | None = None
    # The folded listed and clean titles (identity.title_key): how commentary may name it.
    title_keys: tuple[str, ...] = ()

    @property
    def source_urls(self) -> list[str]:
        """Every distinct link to the original: detail pages first, then PDFs."""
        urls = [s.url for s in self.sources if s.url] + [s.pdf_url for s in self.sources if s.pdf_url]
        return list(dict.fromkeys(urls))


@dataclass
class Page:
    """A Markdown page of the site itself (about, …)."""

    slug: str
    title: str
    html: str
    file: str

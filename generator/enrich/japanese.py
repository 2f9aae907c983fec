"""A Japanese news page on one broker's call on one company (`モルガン・スタンレーは最新リポートで、某社(00388)の
投資判断を「イコールウエート」に維持した上で、目標株価を190HKドルから270HKドルに引き上げた`): the company it names
with its code, the rating, its change and the target the same sentence moves. Read by facts.py on the simplified
text (`投资判断`, `维持`: kana stay as written). Only a rating written in katakana is read (`イコールウエート`,
`オーバーウエート`): it survives the simplification as the page wrote it; a page naming no code is left alone.
And a Japanese cover's credit: the authors' posts, each before the family and given names set apart
(`投資情報部 シニアエコノミスト 吉川 健治`), the report's analysts (not a quoted speaker, `首席エコノミスト、某某氏は`);
and its date, beside the issue's page count or number (`2015 年 10 月 16 日 全 8 頁`, `No.185 2016 年 08 月 01 日`).
And the company a Japanese page's title names, named in its text with a Hong Kong code written in four figures
(`テンセント(0700)は13日夜、…`): Tokyo's codes never open on 0, so a four-figure code opening on 0 is Hong Kong's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from generator.enrich.dateparts import DATE, day_of
from generator.model import Security, currency_in, listed_code
from generator.normalize import CJK_CLASS

_CALL = re.compile(rf"(?P<name>[{CJK_CLASS}\u30a1-\u30fa\u30fc]{{2,12}})[(（](?P<code>\d{{4,6}})[)）]の投资判断を"
                   r"「(?P<rating>[\u30a1-\u30fa\u30fc]{2,12})」に(?P<change>维持|引き上げ|引き下げ)")
# (in the same sentence: `目標株価を190HKドルから270HKドルに引き上げた`, `目標株価を270HKドルに据え置いた`)
_UNIT = r"\s?(?:HKドル|米ドル|ドル|円|元)"
_TARGET = re.compile(rf"目标株価を(?:\d[\d,.]*{_UNIT}から)?(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}(?:\.\d{{1,3}})?)"
                     rf"(?P<unit>{_UNIT})に(?:引き上げ|引き下げ|据え置)")
_CHANGES = {"维持": "维持", "引き上げ": "上调", "引き下げ": "下调"}


@dataclass
class JapaneseCall:
    """One broker's call a Japanese page reports."""

    security: Security
    rating: str
    change: str
    target: tuple[float, str | None] | None


def japanese_call(text: str) -> JapaneseCall | None:
    """The call the first `…の投資判断を「…」に維持` sentence of `text` (simplified) states."""
    if "投资判断を" not in text:
        return None
    call = _CALL.search(text)
    if call is None:
        return None
    code = listed_code(call.group("code"))
    end = text.find("。", call.end())
    sentence = text[call.end():end if end >= 0 else len(text)]
    target = None
    # (a bare `ドル` names no dollar: no target read)
    if (moved := _TARGET.search(sentence)) and (unit := moved.group("unit").strip()) != "ドル":
        target = (float(moved.group("value").replace(",", "")), currency_in(unit, code))
    return JapaneseCall(Security(call.group("name"), code), call.group("rating"), _CHANGES[call.group("change")],
                        target)


# (on the cover: a post in katakana, or a researcher's (研究員, simplified as the text is read), after a line's
# start or a department (`投資情報部 シニアエコノミスト 吉川 健治`; 大和総研's team, `…チーム エコノミスト 長内 智
# エコノミスト 岡本 佳佑`; 日本総研's `上席主任研究員 三浦 有史`), then the name's two parts set apart; not a speaker a
# page quotes, whom `氏` follows)
_POST = r"(?:シニア|チーフ|主任|上席)?(?:エコノミスト|アナリスト|ストラテジスト)|(?:上席)?(?:主任)?研究员"
_CREDIT = re.compile(rf"(?<=\s)(?:{_POST})\s(?P<family>[{CJK_CLASS}]{{1,3}}) (?P<given>[{CJK_CLASS}]{{1,3}})"
                     r"(?=\s)(?!\s?(?:氏|さん))")
_TOP = 300  # (the cover's top: where its company's code stands)
# (a cover's byline may stand under its notice or its contents: 大和総研's under its notice, 日本総研's under
# the issue's contents)
_CREDIT_REACH = 1000
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")


def japanese_credit(text: str) -> list[str]:
    """The authors a Japanese cover credits under their post (`text` tidied, on one line, in simplified script); none
    on a page with no kana (a Chinese cover's `研究员 王 明`)."""
    if not _KANA.search(text, 0, _CREDIT_REACH):
        return []
    names: list[str] = []
    for credit in _CREDIT.finditer(text, 0, _CREDIT_REACH):
        if (name := credit.group("family") + credit.group("given")) not in names:
            names.append(name)
    return names


# A Japanese cover's date beside its issue's furniture: the page count after it (大和総研's
# `2015 年 10 月 16 日 全 8 頁`, `页` as the text is read) or the issue's number before or after it (日本総研's
# `Vol.16 No.185 2016 年 08 月 01 日`, `2016 年 08 月 01 日(No.185)`): the issue's own day, no date a sentence names.
_ISSUE_DATE = re.compile(rf"(?P<issue>(?<=No\.)\d{{1,4}}\s)?(?:{DATE.pattern})"
                         r"(?(issue)|(?=\s?(?:全\s?\d{1,3}\s?页|[(（]No\.\s?\d{1,4}[)）])))")


def japanese_cover_date(text: str) -> date | None:
    """The date a Japanese cover gives its issue beside the issue's page count or number (`text` tidied, on one line,
    in simplified script); None on a page with no kana."""
    if not _KANA.search(text, 0, _CREDIT_REACH):
        return None
    found = _ISSUE_DATE.search(text, 0, _CREDIT_REACH)
    return day_of(found) if found else None


_HONG_KONG_CODE = re.compile(rf"(?P<name>[{CJK_CLASS}\u30a1-\u30fa\u30fc]{{2,12}})[(（](?P<code>0\d{{3}})[)）]")


def japanese_security(text: str, title: str) -> list[Security]:
    """The company a Japanese page's `title` names, as its text names it with a Hong Kong code (the first such)."""
    if not _KANA.search(title):
        return []
    found = _HONG_KONG_CODE.search(text, 0, _TOP)
    if found is None:
        return []
    name = found.group("name")
    for start in range(len(name) - 1):  # (the longest end of the name before the code that the title names)
        if name[start:] in title:
            return [Security(name[start:], found.group("code").zfill(5))]
    return []

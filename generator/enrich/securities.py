"""The security a report covers, as its cover or title names it with its code (`昊海生科
（688366.SH）`, `贵州茅台 600519.SH`, `腾讯控股（700.HK）`, `KWG Property (1813 HK)`): the one named in
the title (unless the title names it as a sector report's pick among its peers), or the one named with a
code near the top of a report on one company. Read by facts.py,
which decides from it whether the report's rating and target price are one company's.
"""

from __future__ import annotations

import re

from generator.enrich.dateparts import HEADLINE
from generator.enrich.ratings import QUOTE_CLOSE, QUOTE_OPEN, RATING
from generator.enrich.subject import DAY, headline_rates_one, titled_company_report
from generator.model import Security, listed_code
from generator.normalize import CJK_CLASS, in_either_script, to_simplified

# A code set apart as one: in brackets or with its exchange (`（688366）`, `600519.SH`), unlike a
# title's date code (`-230926`).
_MARKED_CODE = re.compile(r"(?<=[（(])(?:\d{6}|0\d{4}|\d{1,3}\.HK)(?=[)）])"
                          r"|\d{6}\.(?:SH|SZ|BJ)|\d{4,5}\.HK|\d{4}\.T[TW]")
# (Its first digit taken, then what stands before it looked at: the search skips to digits.)
_CODE = re.compile(r"(?P<code>\d(?<![\d.A-Za-z]\d)(?:\d{5}(?:\.(?:SH|SZ|BJ))?|\d{3,4}\.HK|\d{3}\.T[TW]))(?!\d)")
# A code in brackets, and the name written before it (`昊海生科（688366.SH）`): the bracket is
# found first, the name looked for only there.
# (Hong Kong's may be written without its leading zeros there: `腾讯控股（700.HK）`.)
# (or in a terminal's form, its exchange after a space: `KWG Property (1813 HK)`, `Guangdong Investment (00270 HK)`,
# `Shengyi Technology (600183 CH)`.)
# (or after a hyphen, as a Taiwanese portal writes it: `中銀香港(02388-HK)`.)
# (a news flash quotes the last price after the code in its bracket: `华东医药(000963.SZ,最新价:44.39元)`.)
# (a portal's quote links around it, as a report it reposts names the company: `西部矿业(行情601168,诊股):矿山板块…`)
_BRACKETED_CODE = re.compile(r"[（(]\s*(?:行情)?(?P<code>\d{6}(?:\.(?:SH|SZ|BJ)| CH)?|\d{1,5}\.HK|\d{1,5}-HK|\d{1,5} HK"
                             r"|0\d{4}|\d{4}\.T[TW])"
                             r"(?:\s*[,，]\s*最新价\s*[:：]\s*\d{1,6}(?:\.\d{1,3})?\s*元?|[,，]\s*诊股)?\s*[)）]")
# (or an English wire's, the exchange's label before the figures and another listing's before it: `Xiaomi (OTC: XIACF;
# HKEX: 01810)`, `(HKG: 1810)`, `Tencent (HKE:700)`)
_LABELLED_HK_CODE = re.compile(r"[（(]\s*(?:[A-Z]{2,8}\s*:\s*[A-Z0-9.]{1,8}\s*[;；,，]\s*)?(?:HKEX|SEHK|HKG|HKE)\s*:\s*"
                               r"(?P<code>\d{1,5})\s*[)）]")
_HK_LABELS = ("HKEX:", "HKEX :", "SEHK:", "HKG:", "HKE:")
# (Its first digit taken, then what stands before it looked at: a letter and a space.)
_SPACED_CODE = re.compile(r"(?P<code>\d(?<=[^\W\d_] \d)(?:\d{5}\.(?:SH|SZ|BJ)|\d{3,4}\.HK|\d{3}\.T[TW]))(?![\w.])")
# (six digits, or four and an exchange, or a short Hong Kong code in brackets: one digit first, for
# a search to skip to digits; a repeat first, `\d{4}`, makes it try every position)
_CODE_HINT = re.compile(r"\d(?:\d{3}(?:\d\d|\.HK|\.T[TW])|[. -]HK[)）])")
# (or five, the first 0, in brackets: Hong Kong's own form, looked for apart, where a headline stands)
_HK_CODE_HINT = re.compile(r"[（(]\s?0\d{4}\s?[)）]")
# An archive's file name for a company report (`国泰君安-赛意信息-300687-智能制造龙头…-200625`): the
# house, the company's short name, its code and the headline, each after a hyphen (the date code
# last, when there is one, stands after the headline).
_ARCHIVE_CODE = re.compile(rf"^[^-\s]{{2,12}}-(?P<name>[{CJK_CLASS}A-Za-z]{{2,8}})-(?P<code>[0368]\d{{5}})-(?=[^-\d])")
_NAME_BEFORE = re.compile(f"[{CJK_CLASS}A-Za-z]{{2,8}}\\s*$")
_LATIN_NAME_BEFORE = re.compile(r"(?<![\w&.-])[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}\s*$")
_LATIN_NAME = 40
# (a cover's own words before a Latin name, on the line above it: `Company Report` / `KWG Property (1813 HK)`)
_REPORT_WORDS_BEFORE = re.compile(r"^(?:[\w&.-]+ )*?(?:Report|Update|Research|Note|REPORT|UPDATE|RESEARCH|NOTE) ")
# (An English cover's own words too: `Company Report`, `Company Update`.)
_REPORT_ON_ONE = re.compile(r"公司点评|公司研究|公司深度|公司报告|公司跟踪|公司动态|首次覆盖|个股|年报点评|季报点评|"
                            r"中报点评|深度报告|动态报告|跟踪报告|事件点评|调研报告|新股|"
                            r"Company (?:Report|Update|Research)|COMPANY (?:REPORT|UPDATE|RESEARCH)")
_INDUSTRY = re.compile(r"行业研究|行业报告|行业深度|行业周报|行业点评|行业专题|行业动态|行业月报|策略|宏观")
# A PDF site's file name dates the file, not a security, with six figures before its page count
# (`《某某-公司研究报告-标题-250417(14页).pdf》由会员分享`).
_FILE_STAMP = re.compile(r"\s?[(（]\d{1,4}\s?[页頁][)）]")
# A series that gathers several reports (a morning note, a weekly): the one company named first
# with its code is not what it covers.
# A broker's call set out in fields, the rating's field right after the company and its code (`高盛 港交所(00388)
# 评级:买入 目标价:295元降至292元`): the page is on that company where its title names it (`高盛微降港交所目标…`; not a
# table's row of a report's picks, `重点公司 某某股份(600000) 评级:买入(维持)`).
_CALL_FIELD = re.compile(r"[)）]\s*(?:投资)?评[级等]\s*[:：]")


# A news flash on one broker's call: the rating given right after the company, its code and its last price in one
# bracket (`给予华东医药(000963.SZ,最新价:44.39元)买入评级`): the page is on that company.
_FLASH_CALL = re.compile(rf"最新价\s*[:：]\s*\d{{1,6}}(?:\.\d{{1,3}})?\s*元?\s*[)）]\s*"
                         rf"{QUOTE_OPEN}{RATING}{QUOTE_CLOSE}\s*评级")


# A news page's lede on one company's own event, named with its code: its results filed (`10月21日,某某龙头某某时代
# (300750)发布2025年三季报`), or a house moving its rating or target (`摩根士丹利調高中芯國際(00981)評級及目標價`): the
# page is on that company.
_CODE_IN_BRACKETS = r"[（(](?:\d{6}|0\d{4})(?:\.[A-Z]{2})?[)）]"
_FILING_LEDE = re.compile(rf"\s*(?:{DAY}[,，]?\s?)?[^，,。；;（(\s]{{2,16}}{_CODE_IN_BRACKETS}\s?"
                          rf"(?:(?:{in_either_script('于')})\s?{DAY})?(?:{in_either_script('发布|公布|披露')})[^。；;，,]{{0,12}}?"
                          rf"(?:{in_either_script('年报|季报|中报|业绩|财报')})")
_CALL_MOVED = re.compile(rf"(?:{in_either_script('上调|下调|调高|调低|调升|调降')})[^，,。；;\s（(]{{2,10}}"
                         rf"{_CODE_IN_BRACKETS}\s?(?:{in_either_script('投资')})?(?:{in_either_script('评级|目标价')})")


def _news_lede_on_one(top: str) -> bool:
    return _FILING_LEDE.match(top) is not None or _CALL_MOVED.search(top) is not None


def _called_in_fields(top: str, title: str, name: str) -> bool:
    return len(name) >= 2 and name in title and _CALL_FIELD.search(top) is not None

# A repost's title that names the report one on the company the top names with its code (`浪潮国际研究报告` over
# `(报告出品方/作者:东吴证券 王紫敬 周高鼎)` / `…浪潮国际(0596.HK)为浪潮集团旗下子公司,…`), a subtitle after a colon
# perhaps: the report is on that company.
_REPORT_ON = re.compile(r"(?:深度)?研究报告|深度报告|深度研究")
_SUBTITLE = re.compile(r"\s*(?:$|[:：])")


def _titled_report_on(title: str, name: str) -> bool:
    title = title.strip()
    report = _REPORT_ON.match(title, len(name)) if len(name) >= 2 and title.startswith(name) else None
    return report is not None and _SUBTITLE.match(title, report.end()) is not None


# A portal's repost of a note on one company, its headline the company's name, the code in the portal's quote links,
# then a colon and the note's headline (`西部矿业(行情601168,诊股):矿山板块经营稳定 业绩提升符合预期`), the listing's
# title the same without the links (`西部矿业:矿山板块经营稳定…`): the page is on that company.
_NAME_THEN_COLON = re.compile(r"\s*[:：]")


def _headed_by_name(top: str, title: str, name: str) -> bool:
    title = title.strip()
    return (len(name) >= 2 and title.startswith(name) and _NAME_THEN_COLON.match(title, len(name)) is not None
            and top.lstrip().startswith(name))


def _opens_on_named_code(top: str, named: tuple[str, str]) -> bool:
    """Whether the page is headed by the company's name and code alone, over its first sentence (`贵州茅台(600519)` /
    `2025年8月12日公司披露2025年半年报。…`: a portal's copy of a note whose title is its headline alone)."""
    code, name = named
    if not name:
        return False
    return re.match(rf"\s*{re.escape(name)}\s?[（(]\s?{code}(?:\.(?:SH|SZ|BJ))?\s?[)）](?=\s)", top) is not None


_SERIES = re.compile(r"晨会|晨报|早报|早参|晨讯|日报|周报|周刊|月报|纪要|精选|汇总|合集|Morning|Daily|Weekly")


def covered_securities(text: str, title: str, on_one: bool = False, taiwanese: bool = False) -> list[Security]:
    """The security a report covers: named with its code in the title, or the one named with
    a code near the top of a report on one company (or known to be `on_one`; on a `taiwanese` page, see
    `taiwan_security`); not a securities house that is the one speaking (see `_HOUSE_SPEAKS`)."""
    found = _covered(text, title, on_one) or (taiwan_security(text) if taiwanese else [])
    return [s for s in found if not _speaks(text, s)]


# A Taiwanese page names a listed company with its four figures in brackets (`台積電（2330）法說會後`); Taiwan's codes
# are the only bare four-figure ones, but they overlap years (`（2015）` after a yearbook's name) and Hong Kong's
# codes written short (`小米（1810）` on a Hong Kong page): read only on a page in traditional script with no word of
# Hong Kong, a code that is no year of 1900-2099, the page's only bracketed figures near its top, in its first
# sentence, the company named there named again after it (the page is on that company).
_TAIWAN_CODE = re.compile(rf"(?P<name>[{CJK_CLASS}]{{2,6}})[（(](?P<code>(?!19|20)[1-9]\d{{3}})[)）]")
_BRACKETED_FIGURES = re.compile(r"[（(]\s*[\d.]+(?:[ .-][A-Z]{2})?\s*[)）]")
_HONG_KONG = re.compile(r"港|恒[指生]|HK")


def taiwan_security(text: str) -> list[Security]:
    """The one company a Taiwanese page is on, named with its bare four-figure code in its first sentence."""
    top = text[:600]
    first = top[:top.find("。")] if "。" in top else ""
    found = _TAIWAN_CODE.search(first)
    if found is None or _HONG_KONG.search(top) or len(_BRACKETED_FIGURES.findall(top)) != 1:
        return []
    name = found.group("name")
    for length in range(len(name) - 1):  # (the longest end of the glyphs before the code that is named again after it)
        if name[length:] in text[found.end():]:
            return [Security(name[length:], found.group("code"))]
    return []


# A securities house named with its own code as the one who speaks (`Citic Securities Company Limited(600030) pointed
# out that…`, `中信证券(600030)指出`): the report's writer, not a stock it covers (a house's report on another house
# names that one as its subject, `…证券(601688)业绩稳健增长`).
_HOUSE_WORDS = re.compile(r"证券|證券|Securities|SECURITIES|期货|期貨")
_HOUSE_SPEAKS = re.compile(r"\s*[)）]\s*(?:pointed out|said|says|believes|noted|stated|指出|认为|認為|表示|称|稱)")


def _speaks(text: str, security: Security) -> bool:
    if not _HOUSE_WORDS.search(security.name or ""):
        return False
    return any(_HOUSE_SPEAKS.match(text, found.end()) for found in re.finditer(re.escape(security.code), text[:600]))


def _covered(text: str, title: str, on_one: bool) -> list[Security]:
    top = text[:600]
    if (not _CODE_HINT.search(title) and not _CODE_HINT.search(top) and not _HK_CODE_HINT.search(title, 0, HEADLINE)
            and not _HK_CODE_HINT.search(top) and not any(label in top for label in _HK_LABELS)):
        return []  # no code at all
    title = to_simplified(title)
    in_title = _named_codes(title) or [("", m.group(0)) for m in _MARKED_CODE.finditer(title)
                                       if not _PERIOD.fullmatch(m.group(0))]
    if not in_title and (archive := _ARCHIVE_CODE.match(title)):
        in_title = [(archive.group("name"), archive.group("code"))]
    if len(in_title) == 1 and not _PICK_AMONG.search(title):
        name, code = in_title[0]
        return [Security(_name(name), _listed(code))]
    if len(filed := {_listed(m.group("code")): m.group("name") for m in _FILING_HEADER.finditer(top)}) == 1:
        code, name = next(iter(filed.items()))
        return [Security(name, code)]
    named = {_listed(code): _name(name) for name, code in _named_codes(top) if name}
    codes = {listed_code(m.group("code")) for m in _CODE.finditer(top) if not _FILE_STAMP.match(top, m.end())}
    if len(codes) == 1 and (short := _short_hk_in_title(title, next(iter(codes)))) is not None:
        return [short]
    if "代" in top and len(labelled := {m.group("code") for m in _CODE_LABEL.finditer(top)}) == 1 and codes == labelled:
        return [Security("", next(iter(labelled)))]
    if (len(named) == 1 and codes <= set(named)
            and (on_one or _REPORT_ON_ONE.search(top) or headline_rates_one(title) or title.strip() in named.values()
                 or titled_company_report(title) or _called_in_fields(top, title, next(iter(named.values())))
                 or _titled_report_on(title, next(iter(named.values())))
                 or _headed_by_name(top, title, next(iter(named.values())))
                 or _opens_on_named_code(top, next(iter(named.items())))
                 or _FLASH_CALL.search(top) or _news_lede_on_one(top))
            and not _INDUSTRY.search(top) and not _SERIES.search(title)):
        code, name = next(iter(named.items()))
        return [Security(name, code)]
    if (len(named) > 1 and "ating " in top
            and len(rated := {_listed(m.group("code")) for m in _RATED_FOR.finditer(top)}) == 1):
        code = next(iter(rated))
        name = named.get(code, "")
        return [Security("" if name[:1].islower() else name, code)]  # (not a lower-case name's last word, `kong`)
    return []


# An English note's title names the company with its Hong Kong code's four figures alone (`Value Partners Group Limited
# (0806): Negative profit alert…`), which its cover writes with the exchange (`Overweight 0806.HK, 806 HK`): the one
# code the cover writes so is the title's company's.
_TITLE_NAME_CODE = re.compile(r"(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,5}) \((?P<code>\d{4})\)")


def _short_hk_in_title(title: str, code: str) -> Security | None:
    if len(code) != 5 or not code.startswith("0") or f"({code[1:]})" not in title:
        return None
    named = _TITLE_NAME_CODE.search(title)
    return Security(named.group("name"), code) if named and named.group("code") == code[1:] else None


# An English wire's statement of the rating it names the company for, its code in brackets (`maintains a "buy" rating
# for boc hong kong (02388), raising the target price…`), where the page names other companies with their codes too
# (`…bullish on … stanchart (02888) and hsbc holdings (00005)`): the rated one is covered.
_RATED_FOR = re.compile(r"(?<![A-Za-z])[Rr]ating (?:for|on) [^()（）.;]{1,40}?[（(](?P<code>0\d{4}|\d{6})[)）]")


# An English wire's headline on a sector report's pick (`HSBC Global Research Prefers BOC HONG KONG (02388.HK)
# Among HK Banks`): the report covers the sector, the company named is one it compares (the page rates others
# beside it); the title's code is no covered security.
_PICK_AMONG = re.compile(r"(?i:\b(?:prefers?|preferred|picks?|favou?rs?|likes?)\b[^:：]{0,80}?\bamong\b)")


_SHORT_HK = re.compile(r"\d{1,3}\.HK|\d{1,5} HK|\d{1,5}-HK")

# A listed company's filing heads itself with its code and short name (`证券代码:002061 证券简称:浙江交科`,
# `證券代碼：603278　證券簡稱：大業股份`): the issuer's shares, named with both labels (not the bond's line under it,
# `债券代码:128107 债券简称:交科转债`, nor a code a sentence names).
_FILING_HEADER = re.compile(r"[证證]券代[码碼]\s*[:：]\s*(?P<code>[036]\d{5})(?!\d)\s*[,，;；]?\s*"
                            r"[证證]券[简簡]称\s*[:：]\s*(?P<name>[^\s\d:：,，;；]{2,8})")


# (or with its code's label alone, a review's field line, `证券代码:688279 综合评级:A`: the one code near the page's
# top is the one company the page is on; not where the top writes other codes)
_CODE_LABEL = re.compile(r"(?:[证證]券|股票)代[码碼]\s*[:：]\s*(?P<code>[036]\d{5})(?!\d)")


def _listed(code: str) -> str:
    """`code` as its exchange lists it; a Hong Kong code written short (`700.HK`, `1813 HK`) with five
    figures; a mainland one in a terminal's form (`601857 CH`) with its six."""
    if code.endswith(" CH"):
        return code[:6]
    return code[:-3].strip().zfill(5) if _SHORT_HK.fullmatch(code) else listed_code(code)


# A sentence's source named with its code (`据中国重汽(03808.HK)公告,…`, `根据某某(600000)披露`): the firm
# whose filing the report cites, not the security it covers.
# (The name found before the bracket holds the `据` when a clause mark does not stand between: not a
# name's own `数据`, `证据`: `数据港(603881)`.)
_CITED = re.compile(r"(?<![数证单票])据[^据]{2,}$")


# Six figures in brackets that read as a year and a month (`计算机行业月报(201903)`): a periodical's
# issue, as no exchange lists codes from 199001 or 201001 on (Shenzhen's B shares are 200xxx, left alone).
_PERIOD = re.compile(r"(?:199\d|20[1-9]\d)(?:0[1-9]|1[0-2])")


# A news page's price quote between a company's name and its code (`香港交易所(413.4,-6.20,-1.48%)(00388)`): the
# price, its move and the move's share.
_QUOTE_BEFORE = re.compile(r"[（(]\s?\d{1,5}(?:\.\d{1,3})?\s?[,，]\s?[+-]?\d{1,5}(?:\.\d{1,3})?\s?[,，]"
                           r"\s?[+-]?\d{1,3}(?:\.\d{1,3})?%\s?[)）]\s?$")
_QUOTE_REACH = 40


def _named_codes(text: str) -> list[tuple[str, str]]:
    """Codes in brackets, and codes with their exchange set after a name and a space
    (`贵州茅台 600519.SH`, `腾讯控股 0700.HK`), each with the name before it; not one a sentence
    cites as its source (`据中国重汽(03808.HK)公告`), nor a periodical's issue (`(201903)`)."""
    found = []
    for pattern in (_BRACKETED_CODE, _SPACED_CODE, _LABELLED_HK_CODE):
        for match in pattern.finditer(text):
            if _PERIOD.fullmatch(match.group("code")):
                continue
            named_at = match.start()
            if (quote := _QUOTE_BEFORE.search(text, max(0, named_at - _QUOTE_REACH), named_at)) is not None:
                named_at = quote.start()  # (the name stands before the price quoted after it)
            name = _NAME_BEFORE.search(text, max(0, named_at - 9), named_at)
            if name and _CITED.search(name.group(0)):
                continue
            if name and name.group(0)[0].isascii():  # (a Latin name is its capitalised words)
                name = _LATIN_NAME_BEFORE.search(text, max(0, named_at - _LATIN_NAME), named_at) or name
            if name or pattern is _BRACKETED_CODE:
                written = name.group(0).strip() if name else ""
                if written[:1].isascii():
                    written = _REPORT_WORDS_BEFORE.sub("", written)  # (`Company Report KWG Property`: the name)
                code = match.group("code")
                found.append((written, code.zfill(5) if pattern is _LABELLED_HK_CODE else code))
    return found


# A house's verb of one glyph right after its name, raising, cutting or giving a call
# (`華泰證券升中國中車(01766.HK)目標價`).
_HOUSE_VERBS = "升降予给"


def _name(name: str) -> str:
    """A security's short name without the words glued before it (`公司研究昊海生科` →
    `昊海生科` is beyond reach; report words are cut off where they end, save a broker's own `证券`; so is a verb
    giving the rating before it, `海通国际首予银河娱乐(00027)`, `给予华东医药(000963.SZ,…)`, or moving it,
    `摩根士丹利调高中芯国际(00981)`, `华泰证券升中国中车(01766.HK)`; and a sector's leader before the name,
    `全球动力电池龙头宁德时代(300750)`)."""
    for word in ("报告", "研究", "点评", "公司", "证券", "深度", "给予", "首予", "上调", "下调", "调高", "调低", "调升",
                 "调降", "龙头"):
        at = name.rfind(word)
        if at < 0:
            continue
        rest = name[at + len(word):]
        if len(rest) < 2 and word == "证券" and at >= 2:
            continue  # a broker's own name (`天风证券(601162)`, `华安证券`): the company covered, not a report's word
        if word == "证券" and len(rest) > 3 and rest[0] in _HOUSE_VERBS:
            rest = rest[1:]  # the house's one-glyph verb, `华泰证券升中国中车(01766.HK)目标价`
        if word == "龙头" and (at == 0 or rest.startswith("股份")):
            continue  # a name holding the word (`龙头股份(600630)`)
        name = rest
    return name if len(name) >= 2 else ""

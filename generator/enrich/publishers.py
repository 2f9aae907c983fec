"""Who published a report: the listing's own publisher field, else the credits in its title,
else the marks a firm leaves where it signs its reports (commentary overrides all, in digest).

Report sites often name no publisher, put an industry (`银行业:`) or the covered company
(`招商银行：`) where the publisher would go, or credit a team (`【广发宏观郭磊】`, `… | 华安固收`).
The table of known publishers, with their short names, decides what a title segment is; the
text counts only where a firm signs (its disclaimer, licence statement, credit lines, analysts'
registration numbers, e-mail domains, house phrases), never where a name is merely mentioned.
Renamed firms are separate publishers linked by `successor`/`since`: a report keeps its name.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, replace
from datetime import date

from generator.config import Term
from generator.enrich.choices import by_first_character
from generator.enrich.citations import series_names
from generator.enrich.credits import NOT_OWN_PLANS, HeadlineCredits
from generator.enrich.keywords import longest_word
from generator.enrich.sections import INDUSTRY_WORDS, TEAM_WORDS
from generator.enrich.titleparts import JOINT, TitleParts
from generator.normalize import fold, is_hangul, mostly_ascii, to_simplified
from generator.slugs import slugify

UNATTRIBUTED = "未署名"

# Endings that make an unknown name look like an organisation rather than an industry.
_ORG_ENDINGS = (
    "证券", "期货", "银行", "研究院", "研究所", "研究中心", "研究部", "咨询", "智库", "协会", "学会",
    "基金", "资管", "资本", "信托", "保险", "集团", "公司", "大学", "学院", "实验室", "委员会",
    "时报", "日报", "周刊", "财经", "研究会", "事务所", "联盟", "论坛", "证期", "投顾",
)
_ORG_END = re.compile("|".join(sorted(_ORG_ENDINGS, key=len, reverse=True)))
# A house's research department after its name (`國泰證期研究部`): the department is the house's, not a house.
_DEPARTMENT = re.compile(r"研究部$")
# A prefix with these words names an industry, a series or a report type, never a publisher.
_NOT_ORG = re.compile(
    r"行业|板块|产业|观点|系列|专题|报告|点评|周报|月报|日报$|季报|年报|策略|深度|跟踪|研究$|"
    r"分析|展望|纪要|简报|快评|速递|晨会|公司研究|宏观|固收|债券|个股|^\S{1,3}业$"
)
# A stock code in brackets right after a name: the name is a covered company's (`CITIC Securities [6030.HK]`).
_TICKER = re.compile(r"[\[(（]\s*(?:[A-Za-z]+:)?(?:\d{3,6}|[A-Z]{1,6})(?:\.[A-Z]{1,2})?\s*(?:[;,；，\])）]|HK\b|$)")
# An English report's name after the house that opens its title (`2025 Mid-Year Outlook`, `Ratings and Target
# Prices for …`, `Expert Series`): a year or a word that names a kind of report, within its first words.
_REPORT_NAME = re.compile(r"(?:(?:19|20)\d{2}\s|[A-Z][A-Za-z\-]*\s){0,3}(?:(?:19|20)\d{2}\b|[A-Za-z\-]*"
                          r"(?:Ratings|Outlook|Strategy|Report|Review|Series|Insights|Weekly|Monthly|Daily|"
                          r"Quarterly|Preview|Forecasts?|Perspectives?|Briefing|Digest)\b)")
_SERIES_NAME = re.compile(r"\bSeries\b")
# A firm's legal form after its name (`China Merchants Securities Company`, `… Co., Ltd.`): the title is the firm's
# name, the subject of the report, not a credit.
# The words of a house's full name after its short one (`Jefferies Financial Group`, `Nomura Holdings`).
_HOUSE_FORM = re.compile(r"^(?:(?:Financial|Group|Holdings|Securities|Inc\.?|&\s*Co\.?)\s+)+")
# The kinds of house whose name as a headline's subject makes the call (`Nomura has slashed …`); a firm of
# another kind there is the news (`Alibaba slips after …`, 阿里研究院's `Alibaba` naming the group).
_CALLERS = frozenset(("broker", "bank", "research-bank", "rating-agency", "research", "consultancy", "think-tank",
                      "asset-manager"))
# The verbs a house's call goes on with as a headline's subject, in any case (`Nomura has slashed …`, `Jefferies
# Financial turns bullish`, `Goldman Says Hedge Funds Sell …`): the house says something. Any other word after its
# name is the firm in the news, a noun of its own (`Credit Suisse bid to head off Archegos crisis ends …`).
# (an adverb may come between: `Bank of America Just Told Investors to Sell UPS`)
_SUBJECT_VERB = re.compile(r"(?:(?i:just|now|still|also|again)\s+)?"
                           r"(?i:says|said|sees|saw|expects|has|have|had|is|was|turns|turned|rais(?:es|ed)|lifts?|"
                           r"lifted|cuts?|lowers?|lowered|slash(?:es|ed)|trims?|trimmed|upgrad(?:es|ed)|"
                           r"downgrad(?:es|ed)|initiat(?:es|ed)|reiterat(?:es|ed)|maintains?|keeps|kept|rates|likes|"
                           r"prefers|picks|names|warns|forecasts|predicts|thinks|believes|recommends|urges|tells|told|"
                           r"bets|flips|boosts?|upbeat|bullish|bearish|optimistic|cautious|constructive)\b")
# What a firm's own news opens with after its name (`… Stock Rises`, `… Beats Estimates`, `… Profit Jumps`).
_OWN_NEWS = re.compile(r"(?:Stocks?|Shares?|Beats|Misses|Profits?|Earnings|Revenues?|Sales|Results|Posts|Reports|"
                       r"CEO|Chief|Board|Fined|Sued|Settles|Hires|Layoffs|Buys|Sells|Acquires|To\s+(?:Buy|Sell|Cut))\b")
_LEGAL_FORM = re.compile(r"(?:[\s,]*(?:Company|Co\.?|Corporation|Corp\.?|Limited|Ltd\.?|Inc\.?|Plc))+\s*",
                         re.IGNORECASE)
_COMPANY = re.compile(r"\d{4,6}|\.(?:sh|sz|hk|bj|n|o|us)\b|[(（][a-z0-9.]+[)）]", re.IGNORECASE)
# A name glossed with its short name (`国际货币基金组织(imf)`); never a covered company's stock code.
# A name in Chinese run on into its English one (`益普索Ipsos`), both the house's.
_BILINGUAL = re.compile(r"^([\u4e00-\u9fff]{2,12})([a-z][a-z&.\s]{1,30})$")
_GLOSSED = re.compile(r"^(.{2,30}?)[(（]([a-z\u4e00-\u9fff][a-z&\s\u4e00-\u9fff]{1,19})[)）]$")
# Listings often give a firm's legal form: `毕马威会计师事务所`, `德勤华永会计师事务所(特殊普通合伙)`.
_LEGAL_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|股份公司|有限公司|集团|会计师事务所|"
                           r"[(（]特殊普通合伙[)）])+$")
# Bare industry words: `银行:…` or `保险:…` name a sector, never a firm.
_GENERIC = {"银行", "保险", "证券", "券商", "基金", "信托", "期货", "金融", "非银", "非银金融", "资管", "理财",
            "咨询", "科技"}
# What a listing's publisher field holds when it names no publisher: the platform the listing
# was scraped from, or a scraper's label for the kind of item (`"source": orgSName or "券商研报"`).
_NOT_LISTED = frozenset(fold(name) for name in (
    "东方财富网", "东方财富研报", "新浪财经", "新浪", "同花顺财经", "和讯网", "慧博投研", "慧博投资分析", "萝卜投研",
    "发现报告", "洞见研报", "三个皮匠报告", "未来智库", "巨潮资讯网", "证券之星", "网易财经", "腾讯财经", "搜狐财经",
    "研报", "券商研报", "行业研报", "个股研报", "研究报告", "其他", "其它"))
# A rating a listing's field joins to the house (`国盛证券股份有限公司·买入`): the call, never a second publisher.
_RATINGS = frozenset(fold(word) for word in (
    "买入", "增持", "持有", "中性", "减持", "卖出", "推荐", "强烈推荐", "谨慎推荐", "审慎推荐", "谨慎增持", "强推",
    "买进", "优于大市", "跑赢行业", "跑赢大市", "同步大市", "弱于大市", "跑输行业", "跑输大市", "未评级", "无评级",
    "首次覆盖", "维持", "上调", "下调"))
# A Latin acronym glued before an organisation's Chinese name (`ODCC开放数据中心委员会`): the name is the organisation.
_ACRONYM_LEAD = re.compile(r"^[a-z]{2,8}(?=[\u4e00-\u9fff]{4})")
# A unit and region after a house's English name (`J.P. Morgan Private Bank EMEA`, `Citi Global Insights`), folded.
_LATIN_UNIT = re.compile(r"(?:privatebank|wealthmanagement|globalinsights|globalresearch|investmentresearch|research|"
                         r"insights|investmentinstitute)(?:emea|apac|asiapacific|asia|americas|europe|us|uk|china|"
                         r"hongkong)?$")
_DEPARTMENT_END = re.compile(r"(?:研究所|研究院|研究部|研究中心|团队|小组|中心|部|所|组)$")
# After a firm's short name, a team tag goes on with a team word (`广发宏观郭磊`, `开源晨会0810`);
# industry teams (`兴证电子`) only where tags stand (brackets, bars, credits), since a covered
# company can read the same way before a colon (`长城汽车：…`).
_TEAM = re.compile("(?:" + "|".join(sorted(TEAM_WORDS, key=len, reverse=True)) + ")")
_TEAM_OR_INDUSTRY = re.compile("(?:" + "|".join(sorted(TEAM_WORDS + INDUSTRY_WORDS, key=len, reverse=True)) + ")")
_TAG_REST = re.compile(r"[\u4e00-\u9fffA-Za-z0-9&＆|｜·・•.\s—–-]{0,16}")
# A tag naming the house's kind of report (`【东吴深度】`, `【华泰专题】`), where tags stand: the house's credit too.
_TAG_KIND = re.compile(r"(?:深度|专题|專題|点评|點評|快评|快評)")
_TAG_CONTEXTS = ("bracket", "bar", "trail")
# A house's report series named by its short form, glued on (`华泰人工智能系列16：…`, `渤海多因子模型研究系列8：…`,
# `广发深度学习研究报告5：…`), or its morning note (`华源晨会精粹 …`, `天风morning call·…`): the series is part
# of the title and names the house (folded text; the series ends at a colon, a space or a dot).
_SERIES_REST = re.compile(r"[^\s:：,，。;；|｜丨【】《》()（）·・]{0,12}?(?:系列(?:研究|报告|专题)?|专题报告|研究报告)"
                          r"(?:之)?[\d一二三四五六七八九十百]*(?=[:：\s·・(（]|$)"
                          r"|(?:晨会|晨报|早报|早参|morningcall)[^\s:：,，。;；|｜丨·・]{0,4}(?=[\s·・]|$)")
# A listing field spelling a Chinese name in pinyin, syllable by syllable (`2 1 Shi Ji Jing Ji Bao Dao`, `He Xun Cai
# Jing`): three or more capitalised syllables, digits among them.
_PINYIN_FIELD = re.compile(r"(?:\d{1,2}\s+)*[A-Z][a-z]{0,5}(?:\s+(?:[A-Z][a-z]{0,5}|\d{1,2})){2,}")
_SYLLABLE = re.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:a|o|e|i|u|v|ai|ei|ui|ao|ou|iu|ie|ve|ue|er|an|en|in|un|"
                       r"vn|ang|eng|ing|ong|ia|iao|ian|iang|iong|ua|uo|uai|uan|uang)")
# What a house by its initials makes as a sentence's subject: a call (no news of its own, `HSBC Cuts Jobs`).
_CALL_VERB = re.compile(r"(?i:upbeat|bullish|bearish|optimistic|cautious|constructive|prefers|recommends|"
                        r"expects" + NOT_OWN_PLANS + r"|sees|"
                        r"forecasts|predicts|upgrades|downgrades|initiates|reiterates|likes|picks|favou?rs)\s")
# The verbs of a house putting out its research, as a headline's subject (`Goldman Sachs Issues Another Positive
# Outlook: …`): the sentence whole, never a report's name after the house's (`… Outlook` ends both).
_PUBLISH_VERB = re.compile(r"(?i:issues|issued|releases|released|publishes|published|unveils|unveiled|delivers|"
                           r"offers|sounds)\s")
# A house's research unit after its name, before the verb of a sentence it is the subject of.
_LATIN_TEAM_WORD = re.compile(r"(?:Global\s+|Investment\s+|Equity\s+)?Research\s+")
_LATIN_TEAM = re.compile(r"(?:global|investment|equity|macro)*(?:research|economics|strategy|insights?)"
                         r"(?:department|team|institute)?")  # folded: no spaces

# Statements in report text that name the firm, each with words it cannot match without one
# of (tested first: most text holds none); the flag says whether a name not in the table may
# be taken as a new publisher (only where the sentence leaves no doubt).
_STATEMENTS = [
    # A cover's own credit lines: `作 者：某某 中国银行研究院`, `报告日期：2023年10月8日 中国银行研究院`,
    # and a copyright line's English name (`2023 iResearch Inc.`, folded: `2023iresearchinc`); known
    # names only.
    (re.compile(r"(?:作\s*者|报告日期)[:：][^。:：]{0,20}?(?P<org>[\u4e00-\u9fff]{2,12}?(?:研究院|研究所|研究中心|咨询))"),
     ("作者", "报告日期"), False),
    (re.compile(r"(?:©|(?:19|20)\d\d)(?P<org>[a-z][a-z&.\-]{1,30}?)(?:inc|ltd|limited)\b"), ("inc", "ltd", "limited"),
     False),
    (re.compile(r"证监会审核(?P<org>.{2,12}?)投资咨询业务资格"), ("证监会审核",), True),
    (re.compile(r"请务必阅读正文(?:之后|最后|后)的(?P<org>.{2,16}?)(?:股份有限公司|有限责任公司)?(?:的)?免责"),
     ("请务必阅读正文",), True),
    # `报告来源：X`, and a repost's credit `(报告出品方/作者：X，分析师)`, `(报告出品方/分析师：X 某某)`.
    (re.compile(r"报告(?:出品方|作者|来源)(?:/(?:作者|分析师))?[:：](?P<org>[^,，。;；:：\s]{2,20})"), ("报告",), True),
    (re.compile(r"仅(?:面向|供)(?P<org>[\u4e00-\u9fff]{2,12}?(?:证券|期货|基金))(?:股份有限公司|有限责任公司)?的?客户"),
     ("客户",), False),
    # A chart's source line naming the firm's own research unit (`资料来源：Wind，源达信息证券研究所`).
    (re.compile(r"(?:资料|数据)来源[:：][^。\n]{0,40}?"
                r"(?P<org>[\u4e00-\u9fff]{2,12}?(?:证券|期货)研究(?:所|院|部|中心))"),
     ("来源",), False),
    # A legal name counts where the firm signs with it: its disclaimer, copyright or report header.
    (re.compile(r"(?P<org>[\u4e00-\u9fff]{2,12}?(?:证券|期货|基金))(?:股份)?有限(?:责任)?公司"
                r"(?=\s*(?:免责|版权|证券研究报告|研究所|研究部|研究院|发布|具备|对本报告|不会因|的客户|客户))"),
     ("有限",), False),
]
# A Chinese legal name or house phrase signs the report only in such company: `本报告仅供X的客户`,
# `X(以下简称“本公司”)具备…`, `X免责声明`, `版权归X所有`. English legal names stand in analyst lines.
_SIGNED_BEFORE = re.compile(r"(?:本报告(?:由|仅供)|版权(?:归|属于)|©|copyright|阅读正文(?:之后|最后|后)的)\s*$")
_SIGNED_AFTER = re.compile(r"\s*(?:[(（]以下简称|的?客户|的?免责|免責|版权|版權|具备|具有|对本报告|研究所|研究部|"
                           r"研究院|证券研究报告|證券研究報告|发布|所有)")
# A page header opening the text: the house, then the kind of report (`华福证券 公司深度研究 | 百胜中国`); the whole
# lead must be a known name.
_PAGE_HEADER = re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,12}?)"
                          r"(?:公司深度研究|行业深度研究|公司深度报告|行业深度报告|证券研究报告)")
_SAC = re.compile(r"(s\d{4})\d{6,10}")
# A fund's periodic report (`中信建投双鑫债券型证券投资基金2025年第3季度报告`, `前海开源货币:2022年第3季度报告`),
# folded: the fund's name opens with its manager's brand.
_FUND_REPORT = re.compile(r"(?:基金|货币|债券|混合|股票|指数|etf|lof|fof).{0,24}?(?:(?:19|20)\d{2}年)?"
                          r"(?:第[一二三四1-4]季度|年度|中期|半年度)报告(?:摘要)?$")
# A listing field holding a citation (`A. Author & B. Author, BIS Working Papers No 594 (…)`): its
# people are no publishers.
# A listing's section heading as its publisher field: a house's short name, then its series
# (`国盛-多因子系列`, `广发-高频因子系列`): the house's, read as a tag.
_SERIES_FIELD = re.compile(r"^(?P<house>[^\s\-—–·_]{2,8})\s*[-—–·_]\s*\S{1,12}系列$")
_CITATION_FIELD = re.compile(r"working\s+papers?|discussion\s+papers?", re.IGNORECASE)
_EMAIL = re.compile(r"@([a-z0-9-]+(?:\.[a-z0-9-]+)+)")
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
_LISTED_FORM = re.compile(r"(?:证券|银行|公司|集团|控股|股份)$")
# A Korean headline's house as the subject of a call on a stock's target price or rating (`…JP모간, BYD 목표가 80%
# 이상 상향`): the house by its Korean name, then the call's words within the clause.
_KO_CALL_LEAD = r"(?:^|(?<=[\s…,·\]]))"
_KO_CALL = r"(?=[,，\s]|[은는이가]\s)[^.。!?]{0,40}?(?:목표주가|목표가|목표치|투자의견)"
# Where such a name may start: the headline's start, a space or mark (an exclamation's too: `3100→3300！高盛
# 調高…`), a qualifier of foreign houses, or the passive of a call (`獲大摩調高評級`, `遭…下调`).
_CALL_LEAD = r"(?:^|(?<=[\s，,、：:；;（(「『“\"！!])|(?<=外资|美系|日系|港系|欧系|陆系|台系)|(?<=[获遭被]))"


def _org_head(text: str) -> str:
    """The organisation at the start of a run of text: extraction often joins the next words
    on (`艾瑞咨询数据来源`), so cut after the last organisation ending."""
    ends = [m.end() for m in _ORG_END.finditer(text)]
    return text[: ends[-1]] if ends else text


@dataclass
class Attribution:
    publishers: list[str]
    method: str
    prefix_is_publisher: bool
    discovered: list[str] = field(default_factory=list)
    # The reading of the title that named the publisher, when not the first one.
    reading: TitleParts | None = None


class PublisherTable:
    """Known publishers and every name they go by, folded for matching."""

    def __init__(self, terms: list[Term]) -> None:
        self.terms: dict[str, Term] = {t.name: t for t in terms}
        self._names: dict[str, str] = {}
        self._sac: dict[str, str] = {}
        self._domains: dict[str, str] = {}
        self._marks: list[tuple[str, str, bool]] = []  # (mark, firm, signs only in context)
        for term in terms:
            for alias in (term.name, *term.aliases, *term.legal_names):
                self._names.setdefault(fold(alias), term.name)
            for department in term.departments:
                for alias in (term.name, *term.aliases):
                    self._names.setdefault(fold(alias + department), term.name)
            for code in term.sac_codes:
                self._sac[fold(code)] = term.name
            for domain in term.domains:
                self._domains[domain.lower()] = term.name
            for mark in term.legal_names:
                self._marks.append((fold(mark), term.name, not mark.isascii()))
            for mark in term.slogans:
                self._marks.append((fold(mark), term.name, False))
        self._shorts = {fold(short): term.name for term in terms for short in term.short_names}
        self._marks.sort(key=lambda pair: -len(pair[0]))
        self._any_mark = longest_word(mark for mark, _, _ in self._marks)
        self._prefix = longest_word(self._names)
        self._starts = longest_word([*self._names, *self._shorts])
        latin = sorted({a.lower() for t in terms for a in (t.name, *t.aliases)
                        if len(a) >= 5 and a.isascii() and a[0].isalpha()}, key=len, reverse=True)
        self._latin = {a: self._names[fold(a)] for a in latin if fold(a) in self._names}
        self._pinyin: dict[str, str] = {}
        lead = "(?:" + "|".join(map(re.escape, self._latin)) + r")(?=[\s:：,-])"
        self._latin_lead = re.compile(lead) if self._latin else None
        # initialisms (`CICC`, `CLSA`), read only before a report's name
        caps = sorted({a for t in terms for a in (t.name, *t.aliases) if 3 <= len(a) <= 4 and a.isascii()
                       and a.isupper() and a.isalpha() and fold(a) in self._names}, key=len, reverse=True)
        self._caps_lead = re.compile("(?:" + "|".join(caps) + r")(?=\s)") if caps else None
        # Fund managers by the brand their funds' names open with (`中信建投` for 中信建投基金).
        self._brands: dict[str, str] = {}
        for term in terms:
            if term.kind == "asset-manager" and term.name.endswith("基金"):
                for brand in (term.name[:-2], *(a for a in term.aliases if not a.endswith("基金"))):
                    if len(brand) >= 2:
                        self._brands.setdefault(fold(brand), term.name)
        self._brand = longest_word(self._brands)
        # a house's call names it by its short form; `中信证券`, `招商银行` before a verb are covered stocks
        cjk = sorted({a for t in terms for a in (t.name, *t.aliases)
                      if len(a) >= 2 and not a.isascii() and not _LISTED_FORM.search(a)}, key=len, reverse=True)
        # (the names grouped by their first character, as `choices` writes a choice: one check per
        # first character, not one per name, wherever the lead lets a name start)
        self._cjk_call = re.compile(_CALL_LEAD + "(?P<h>" + by_first_character("|".join(map(re.escape, cjk))) + ")"
                                    + "(?:" + _CALL.pattern + "|" + _LEVEL_CALL.pattern + ")") if cjk else None
        korean = [a for a in cjk if any(map(is_hangul, a))]
        self._ko_call = re.compile(_KO_CALL_LEAD + "(?P<h>" + "|".join(map(re.escape, korean)) + ")" + _KO_CALL) \
            if korean else None
        self._series = {" ".join(name.lower().split()): term.name for term in terms for name in term.series}
        series = "|".join(re.escape(name).replace(r"\ ", r"\s+")
                          for name in sorted(self._series, key=len, reverse=True))
        self._series_lead = re.compile(rf"^(?:{series})(?![^\W_])", re.IGNORECASE) if series else None
        credited = {a: self._names[fold(a)] for t in terms for a in (t.name, *t.aliases)
                    if a.isascii() and len(a) >= 2 and a[:1].isalpha() and fold(a) in self._names}
        self._credits = HeadlineCredits(credited) if credited else None

    def copy(self) -> PublisherTable:
        """A table that discovers on its own: what one listing file discovers must not reach
        another, or a file's reports (cached by its content) would depend on which files the
        same process happened to read before it."""
        twin = copy.copy(self)
        twin.terms, twin._names = dict(self.terms), dict(self._names)
        return twin

    def resolve(self, segment: str, context: str = "colon") -> str | None:
        """The publisher a credit names: a known name (`中金公司`, `国泰君安证券研究所`) or a team
        tag that starts with a firm's name or short name (`广发宏观郭磊`, `国君策略`, `华安固收`)."""
        known = self.lookup(segment)
        if known or self._starts is None:
            return known
        key = fold(segment).strip()
        found = self._starts.match(key)
        if not found:
            return None
        head, rest = found.group(), key[found.end():].lstrip(" ·・•-_")
        if rest and key[found.end(): found.end() + 1] == "_":
            return None  # a file name's house and title (`国泰君安_大类资产配置…系列之六`), no team's tag
        name = self._names.get(head) or self._shorts.get(head)
        if head not in self._names and rest.endswith(_ORG_ENDINGS):
            return None  # `中原研究院` is an organisation of its own, not 中原证券's team
        if not rest:
            # a short form alone credits as a tag does, and before the colon of a view (`华泰：…`, as `中金：…`)
            return name if context in _TAG_CONTEXTS or context == "colon" else None
        if _LATIN_TEAM.fullmatch(rest):
            return name  # `CICC Research`, `UBS Global Research`
        team = (_TEAM_OR_INDUSTRY if context in _TAG_CONTEXTS else _TEAM).match(rest) \
            or (_TAG_KIND.match(rest) if context in _TAG_CONTEXTS else None)
        return name if team and _TAG_REST.fullmatch(rest[team.end():]) else None

    def lineage(self, name: str) -> list[tuple[str, str, str]]:
        """(relation, name, since) for the names a publisher followed (前身) and the one that
        followed it (更名为, or 并入 when several firms became one), for its page."""
        before = [("前身", t.name, "") for t in self.terms.values() if t.successor == name]
        term = self.terms.get(name)
        after = self.terms.get(term.successor) if term and term.successor else None
        if after:
            merged = sum(t.successor == after.name for t in self.terms.values()) > 1
            before.append(("并入" if merged else "更名为", after.name, after.since))
        return before

    def on_date(self, name: str, day: date | None) -> str:
        """The name a firm went by on `day`, following renames and mergers from `name`; used
        where the evidence (a licence number, an e-mail domain) outlives the firm's name."""
        term = self.terms.get(name)
        while day and term and term.successor and (after := self.terms.get(term.successor)):
            if not after.since or day < date.fromisoformat(after.since):
                break
            term = after
        return term.name if term else name

    def lookup(self, name: str) -> str | None:
        """The canonical name for an alias, also with a department after it (`中国信通院云大所`)."""
        key = fold(name)
        if key in self._names:
            return self._names[key]
        bare = _LEGAL_SUFFIX.sub("", key)
        if bare != key and bare in self._names:
            return self._names[bare]
        glossed = _GLOSSED.match(key)
        if glossed:
            return next((self._names[g] for g in glossed.groups() if g in self._names), None)
        if (bilingual := _BILINGUAL.match(key)) \
                and len(named := {self._names.get(g.strip()) for g in bilingual.groups()}) == 1 and None not in named:
            return named.pop()  # (both names the house's: `招商证券 PB` is no name of 招商证券)
        if (acronym := _ACRONYM_LEAD.match(key)) and key[acronym.end():] in self._names:
            return self._names[key[acronym.end():]]
        if key.isascii() and (unit := _LATIN_UNIT.search(key)) and key[: unit.start()] in self._names:
            return self._names[key[: unit.start()]]  # (`J.P. Morgan Private Bank EMEA`: the house's unit and region)
        if self._prefix:
            found = self._prefix.match(key)
            if found and _DEPARTMENT_END.search(key[found.end():]) and len(key) - found.end() <= 10:
                return self._names[found.group()]
        return None

    def slug(self, name: str) -> str:
        term = self.terms.get(name)
        return term.slug if term else slugify(name)

    def discover(self, name: str) -> str:
        """Add an organisation not in the table, so later items find it without a new warning."""
        canonical = name.strip()
        self.terms[canonical] = Term(name=canonical, slug=slugify(canonical), kind="unknown")
        self._names[fold(canonical)] = canonical
        return canonical

    def attribute(self, parts: TitleParts, head: str, tail: str, listed: str | None = None,
                  on: date | None = None) -> Attribution:
        """The publisher field the listing shows beside the title (`listed`) first: a title
        prefix naming another firm is then the report's subject (`招商银行：…` in a broker's
        listing) and stays in the title. Then credits in the title, then the report's own
        signature in its text (`on`: the report's date, for names since changed)."""
        readings = (parts, *parts.alternatives)
        if listed and _CITATION_FIELD.search(listed):
            cited = next((name for segment in series_names(listed) if (name := self.lookup(segment))), None)
            if cited:
                return Attribution([cited], "listing", False)
            listed = None  # authors, not a publisher: read the title instead
        if listed and (folded := fold(listed)) not in _GENERIC and folded not in _NOT_LISTED:
            names, discovered = self._listed(listed)
            for reading in readings:
                if names and reading.prefix and self._same_firms(self._names_in(reading), names):
                    return Attribution(names, "listing", True, discovered, None if reading is parts else reading)
            if names:
                return Attribution(names, "listing", False, discovered)
        if credited := self._latin_credit(parts):
            return credited
        if parts.house_lead and not parts.prefix and self._prefix and (house := self._prefix.match(fold(parts.body))):
            return Attribution([self._names[house.group()]], "title", False)
        if parts.context == "reference":
            # A reference's issuer and the body that wrote it (`…. 题名[R]. 上海: 海通证券研究所, 2025.`): a name the
            # table knows first, whichever it is; else the first that reads as an organisation's.
            for may_discover in (False, True):
                for reading in readings:
                    from_title, discovered, _ = self._from_title(reading, may_discover)
                    if from_title:
                        return Attribution(from_title, "title", True, discovered, reading)
            return Attribution([], "none", False)
        for reading in readings:
            if reading.context == "trail" and self._own_ticker(reading):
                continue
            # A segment at the end or after a dash is weaker evidence than a prefix: only known names
            # count, but for an issuer before its bracketed title (`SBIネオトレード証券「…」`).
            may_discover = reading is parts or reading.context == "cite"
            from_title, discovered, prefix_is_publisher = self._from_title(reading, may_discover)
            if from_title:
                return Attribution(from_title, "title", prefix_is_publisher, discovered,
                                   None if reading is parts else reading)
        if parts.site and (house := self.site_house(parts.site, on)):
            return Attribution([house], "title", False)  # a search snippet's address on the house's own server
        if not parts.covered and ((house := self._house_series(parts.core or parts.body))
                                  or (parts.prefix_bracketed and (house := self._house_series(parts.body)))):
            return Attribution([house], "title", False)  # (after a digest's section tag: `【策略】西部研究月度金股…`)
        if self._series_lead and (series := self._series_lead.match(parts.core or parts.body)):
            return Attribution([self._series[" ".join(series.group().lower().split())]], "title", False)
        if self._cjk_call and (call := self._cjk_call.search(to_simplified(parts.core or parts.body))) \
                and (house := self._names.get(fold(call.group("h")))):
            return Attribution([house], "title", False)
        if self._ko_call and (call := self._ko_call.search(parts.core or parts.body)) \
                and (house := self._names.get(fold(call.group("h")))):
            return Attribution([house], "title", False)
        if named := self._latin_label(parts):
            return named
        if self._latin_lead and not parts.prefix and (lead := self._latin_lead.match(parts.body.lower())):
            rest = parts.body[lead.end():].lstrip(" :：,-")
            # (`CITIC Securities [6030.HK; CH]`, `China Merchants Securities Company`: the firm covered, by name)
            if rest and not _TICKER.match(rest) and not _LEGAL_FORM.fullmatch(rest):
                house = self._latin[lead.group()]
                if parts.body[lead.end(): lead.end() + 1].isspace():
                    # A house the headline's sentence goes on from is no byline: as its subject (`Nomura has
                    # slashed its China forecast`, `Jefferies Financial turns bullish on …`) it makes the call and
                    # stays in the title; before its stock, results or deals (`Morgan Stanley Stock Trading Revenue
                    # Soars`, `Daiwa Beats Estimates`) it is the firm in the news, no publisher.
                    went_on = _HOUSE_FORM.sub("", rest)
                    if _SUBJECT_VERB.match(went_on) and self.terms[house].kind in _CALLERS:
                        return Attribution([house], "title", False, [], _plain(parts, parts.body))
                    # (a company of another kind as the subject, `Alibaba slips after …`: the firm in the news)
                    own_news = went_on[:1].islower() or _OWN_NEWS.match(went_on)
                else:
                    own_news = None
                if not own_news:
                    reading = replace(parts, prefix=parts.body[: lead.end()], body=rest, prefix_as_listed="",
                                      prefix_parts=[], alternatives=[], context="lead")
                    return Attribution([house], "title", True, [], reading)
        if self._brand and _FUND_REPORT.search(folded_title := fold(parts.display)) \
                and (brand := self._brand.match(folded_title)):
            return Attribution([self._brands[brand.group()]], "title", False)
        from_text, discovered = self._from_text(fold(head + "\n" + tail), parts.report_date or on)
        if from_text:
            return Attribution(from_text, "text", False, discovered)
        return Attribution([], "none", False)

    def _own_ticker(self, reading: TitleParts) -> bool:
        """Whether a trailing initialism in parentheses is the ticker of the house named just before it
        (`Analyst Ratings for Morgan Stanley (MS)`): the company the title is about, no credit of it."""
        prefix = reading.prefix or ""
        if not (prefix.isascii() and prefix.isupper() and len(prefix) <= 5) or not (house := self.lookup(prefix)):
            return False
        body = fold(reading.body)
        return any(body.endswith(fold(name)) for name in (house, *self.terms[house].aliases) if len(name) > len(prefix))

    def _same_firms(self, credited: list[str], listed: list[str]) -> bool:
        """Whether a title's credit names the listed firms, also by a name one of them had before or after
        (`| 民生金工` in a listing of 国联民生证券, 民生证券's successor)."""
        def kin(a: str, b: str) -> bool:
            return a == b or any((term := self.terms.get(x)) is not None and term.successor == y
                                 for x, y in ((a, b), (b, a)))
        return len(credited) == len(listed) > 0 and all(map(kin, credited, listed))

    def _latin_label(self, parts: TitleParts) -> Attribution | None:
        """An English title that opens with the house's name, then its report's name (`CICC Ratings and Target
        Prices for …`, `Huatai Securities 2025 Mid-Year Outlook: …`, `Guosen Expert Series: …`): the house's, off
        the title but in a series' name. The name may be an initialism (`CICC`) only so; a company covered opens
        with its name too (`HSBC Holdings: …`), but then no report's name follows it."""
        if parts.prefix and parts.context != "colon":
            return None
        text = parts.core or parts.body
        if not text[:1].isascii() or not mostly_ascii(text):
            return None
        lowered = text.lower()
        lead = (self._latin_lead.match(lowered) if self._latin_lead else None) \
            or (self._caps_lead.match(text) if self._caps_lead else None)
        if not lead:
            return None
        rest = text[lead.end():].lstrip(" ,-")
        team = _LATIN_TEAM_WORD.match(rest)
        if (team and _SUBJECT_VERB.match(rest[team.end():])) or _CALL_VERB.match(rest) or _PUBLISH_VERB.match(rest):
            # the house, or its research unit, as the subject of a call (`CICC Research Forecasts Strong …`, `BOCI
            # Upbeat about 4Q HK Stock Mkt, …`): its call, the sentence whole
            house = self._latin.get(lowered[: lead.end()]) or self._names[fold(text[: lead.end()])]
            return Attribution([house], "title", False, [], _plain(parts, text))
        label = rest.split(":")[0] if parts.prefix else rest
        if not label or _TICKER.match(rest) or not _REPORT_NAME.match(label):
            return None
        house = self._latin.get(lowered[: lead.end()]) or self._names[fold(text[: lead.end()])]
        if _SERIES_NAME.search(label):
            return Attribution([house], "title", False, [], _plain(parts, text))
        reading = replace(parts, prefix=text[: lead.end()], body=rest, prefix_as_listed="", prefix_parts=[],
                          alternatives=[], context="lead")
        return Attribution([house], "title", True, [], reading)

    def _house_series(self, text: str) -> str | None:
        """The house whose short form or name opens the title glued to its series' name (`国盛多因子系列2：…`,
        `华源晨会精粹`); a covered company reads otherwise (`长江电力：…`, `华泰股份2023年报点评`)."""
        key = fold(text)
        found = self._starts.match(key) if self._starts else None
        if not found or not _SERIES_REST.match(key, found.end()):
            return None
        return self._names.get(found.group()) or self._shorts.get(found.group())

    def _latin_credit(self, parts: TitleParts) -> Attribution | None:
        """An English headline's credit, wherever the sentence puts it: `… at Morgan Stanley`, `… by
        Zacks Investment Research to Hold`, `…, Says UBS`, `Tata Consumer (GS): Buy`, a house as the
        subject of a rating verb. A company that opens the headline with its ticker (`HSBC (NYSE:HSBC)
        Lifted to … at Morgan Stanley`) is covered, not publishing. The sentence stays whole."""
        text = parts.core or parts.body
        if self._credits is None or not mostly_ascii(text) or (credited := self._credits.credited(text)) is None:
            return None
        houses, body = credited
        return Attribution(houses, "title" if houses else "none", False, [], _plain(parts, body))

    def _listed(self, listed: str) -> tuple[list[str], list[str]]:
        """The publishers a listing's field names (`毕马威&中国银行业协会`), discovering new ones."""
        names: list[str] = []
        discovered: list[str] = []
        words = listed.split()
        spaced = [self.resolve(word) for word in words] if len(words) > 1 else []
        if len(spaced) > 1 and None not in spaced and len(set(spaced)) == len(spaced):
            # a field naming two bodies by a space (`中金公司研究部 中金研究院`): each, as it reads alone
            return [name for name in spaced if name], []
        for part in [listed] if self.lookup(listed) else [p for p in JOINT.split(listed) if p.strip()]:
            if names and fold(part) in _RATINGS:
                continue
            # (a field may give the firm by its short name alone: `西部`, `国盛`)
            name = self.resolve(part) or self._shorts.get(fold(part).strip())
            if name is None and " - " in part:
                # a field giving the firm by two of its names (`IMF - International Monetary Fund`)
                sides = {self.resolve(side.strip()) for side in part.split(" - ")}
                name = sides.pop() if len(sides) == 1 else None
            if name is None and (series := _SERIES_FIELD.match(part)):
                name = self.resolve(series.group("house"), "bracket")
            if name is None and _PINYIN_FIELD.fullmatch(part.strip()) \
                    and all(_SYLLABLE.fullmatch(w) for w in part.lower().split() if not w.isdigit()):
                # a portal's field spelling the firm's Chinese name in pinyin (`2 1 Shi Ji Jing Ji Bao Dao` for
                # 21世纪经济报道): the firm it spells, or none, never a firm of that name
                name = self._by_pinyin(part)
                if name is None:
                    continue
            if name is None:
                name = self.discover(part)
                discovered.append(name)
            if name not in names:
                names.append(name)
        return names, discovered

    def _by_pinyin(self, spelled: str) -> str | None:
        """The firm whose name or alias the pinyin spells, syllable by syllable (loaded the first time only)."""
        if not self._pinyin:  # (one dict for the table and its copies)
            from pypinyin import lazy_pinyin  # 0.4 s to import: only for a field spelled in pinyin
            for term in self.terms.values():
                for name in (term.name, *term.aliases):
                    if any("\u4e00" <= ch <= "\u9fff" for ch in name):
                        self._pinyin.setdefault("".join(lazy_pinyin(fold(name))), term.name)
        return self._pinyin.get("".join(spelled.lower().split()))

    def _starts_name(self, text: str, i: int) -> bool:
        """Whether a known name may start at `i` of a statement's organisation: at its start, or
        inside it with a name of three characters or more, never in the middle of a Latin word
        (`acmesystems` holds `ms`, `华美银行` holds `美银`: neither names 摩根士丹利 or 美国银行)."""
        if i == 0:
            return True
        if text[i].isascii() and text[i - 1].isascii() and text[i - 1].isalnum():
            return False
        found = self._prefix.match(text, i) if self._prefix else None
        return found is not None and found.end() - i >= 3

    def _names_in(self, reading: TitleParts) -> list[str]:
        """The known publishers a reading's prefix names, without discovering any."""
        whole = self.resolve(reading.prefix or "", reading.context)
        if whole:
            return [whole]
        names = [self.resolve(part, reading.context) for part in reading.prefix_parts]
        return [] if None in names else list(dict.fromkeys(n for n in names if n))

    def _classify(self, segment: str, may_discover: bool = True) -> tuple[str | None, bool]:
        """(canonical name, newly discovered) for a segment that is a publisher; (None, False) else."""
        known = self.lookup(segment)
        if known or not may_discover:
            return known, False
        folded = fold(segment)
        if (_COMPANY.search(folded) or len(folded) < 2 or len(folded) > 30 or folded in _GENERIC
                or folded in _NOT_LISTED):
            return None, False
        if (unit := _DEPARTMENT.search(folded)) and unit.start() >= 2:
            # A house's research department (`【國泰證期研究部】`) is the house, known or new; a department of no
            # house named (`金融工程研究部`) credits none.
            house = segment.strip()[:unit.start() - len(folded)]
            if folded[:unit.start()].endswith(_ORG_ENDINGS) or self.lookup(house):
                return self._classify(house, may_discover)
            return None, False
        if folded.endswith(_ORG_ENDINGS) and not _NOT_ORG.search(folded):
            return self.discover(segment), True
        return None, False

    def _from_title(self, parts: TitleParts, may_discover: bool) -> tuple[list[str], list[str], bool]:
        if not parts.prefix:
            return [], [], False
        whole = self.resolve(parts.prefix, parts.context)
        if whole:
            return [whole], [], True
        names: list[str] = []
        discovered: list[str] = []
        # names joined in one credit (`中金·华泰`) are a credit, whatever stands around them
        context = "bar" if len(parts.prefix_parts) > 1 else parts.context
        for segment in parts.prefix_parts:
            name = self.resolve(segment, context)
            new = False
            if name is None:
                name, new = self._classify(segment, may_discover and parts.context != "trail")
            if name is None:
                return [], [], False
            if new:
                discovered.append(name)
            if name not in names:
                names.append(name)
        return names, discovered, True

    def site_house(self, host: str, day: date | None = None) -> str | None:
        """The house whose own domain a host is on (`ffile.truefriend.com`: truefriend.com), as e-mail addresses are
        read; a portal's or a document site's host names no house."""
        while host:
            if host in self._domains:
                return self.on_date(self._domains[host], day)
            host = host.partition(".")[2] if host.count(".") > 1 else ""
        return None

    def _from_text(self, text: str, day: date | None) -> tuple[list[str], list[str]]:
        """Only where a firm signs: its disclaimer, licence statement, credit line, analysts'
        licence numbers and e-mail addresses; a name merely mentioned (a regulator quoted, a
        bank covered, a foreign broker cited) is not a signature."""
        if (header := _PAGE_HEADER.match(text)) and (house := self.lookup(header.group("org"))):
            return [house], []
        for pattern, words, may_discover in _STATEMENTS:
            for match in pattern.finditer(text) if any(word in text for word in words) else ():
                org = match.group("org")
                known = next((n for i in range(len(org) - 1)
                              if self._starts_name(org, i) and (n := self.lookup(org[i:]))), None)
                if not known and self._prefix and (head := self._prefix.match(org)) and len(head.group()) >= 3:
                    known = self._names[head.group()]  # the analysts' names run on: `华安证券张某李某`
                if known:
                    return [known], []
                if may_discover:
                    name, new = self._classify(_org_head(org))
                    if name:
                        return [name], [name] if new else []
        if self._any_mark and self._any_mark.search(text):
            for mark, name, in_context in self._marks:
                start = text.find(mark)
                while start >= 0:
                    end = start + len(mark)
                    if not in_context or _SIGNED_BEFORE.search(text[max(0, start - 8):start]) \
                            or _SIGNED_AFTER.match(text, end):
                        return [name], []
                    start = text.find(mark, end)
        for match in _SAC.finditer(text):
            if match.group(1) in self._sac:
                return [self.on_date(self._sac[match.group(1)], day)], []
        for match in _EMAIL.finditer(text):
            domain = match.group(1)
            while domain:
                if domain in self._domains:
                    return [self.on_date(self._domains[domain], day)], []
                domain = domain.partition(".")[2] if "." in domain else ""
        return [], []


def _plain(parts: TitleParts, body: str) -> TitleParts:
    """A reading of the whole title, with nothing taken off it as a prefix."""
    return replace(parts, prefix=None, body=body, prefix_as_listed="", prefix_parts=[], prefix_bracketed=False,
                   alternatives=[], context="")

"""What makes a name an organisation's when the publisher table does not know it, and what never is one: the
endings of an organisation's name (`证券`, `研究院`), its legal form (`股份有限公司`), a gloss or an English name run on
(`国际货币基金组织(imf)`, `益普索Ipsos`), a department or unit after a house's name (`研究部`, `Private Bank EMEA`);
a house's team tag after its short name (`广发宏观郭磊`, `华泰专题`); an industry's or a covered company's words.

publishernames.py reads a segment with these before it takes it as a publisher, known or new.
"""

from __future__ import annotations

import re

from generator.enrich.sections import INDUSTRY_WORDS, TEAM_WORDS

# Endings that make an unknown name look like an organisation rather than an industry.
ORG_ENDINGS = (
    "证券", "期货", "银行", "研究院", "研究所", "研究中心", "研究部", "咨询", "智库", "协会", "学会",
    "基金", "资管", "资本", "信托", "保险", "集团", "公司", "大学", "学院", "实验室", "委员会",
    "时报", "日报", "周刊", "财经", "研究会", "事务所", "联盟", "论坛", "证期", "投顾",
)
_ORG_END = re.compile("|".join(sorted(ORG_ENDINGS, key=len, reverse=True)))
# A house's research department after its name (`國泰證期研究部`): the department is the house's, not a house.
DEPARTMENT = re.compile(r"研究部$")
# A prefix with these words names an industry, a series or a report type, never a publisher.
NOT_ORG = re.compile(
    r"行业|板块|产业|观点|系列|专题|报告|点评|周报|月报|日报$|季报|年报|策略|深度|跟踪|研究$|"
    r"分析|展望|纪要|简报|快评|速递|晨会|公司研究|宏观|固收|债券|个股|^\S{1,3}业$"
)
COMPANY = re.compile(r"\d{4,6}|\.(?:sh|sz|hk|bj|n|o|us)\b|[(（][a-z0-9.]+[)）]", re.IGNORECASE)
# A name in Chinese run on into its English one (`益普索Ipsos`), both the house's.
BILINGUAL = re.compile(r"^([\u4e00-\u9fff]{2,12})([a-z][a-z&.\s]{1,30})$")
# A name glossed with its short name (`国际货币基金组织(imf)`); never a covered company's stock code.
GLOSSED = re.compile(r"^(.{2,30}?)[(（]([a-z\u4e00-\u9fff][a-z&\s\u4e00-\u9fff]{1,19})[)）]$")
# Listings often give a firm's legal form: `毕马威会计师事务所`, `德勤华永会计师事务所(特殊普通合伙)`.
LEGAL_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|股份公司|有限公司|集团|会计师事务所|"
                          r"[(（]特殊普通合伙[)）])+$")
# Bare industry words: `银行:…` or `保险:…` name a sector, never a firm.
GENERIC = {"银行", "保险", "证券", "券商", "基金", "信托", "期货", "金融", "非银", "非银金融", "资管", "理财",
           "咨询", "科技"}
# A Latin acronym glued before an organisation's Chinese name (`ODCC开放数据中心委员会`): the name is the organisation.
ACRONYM_LEAD = re.compile(r"^[a-z]{2,8}(?=[\u4e00-\u9fff]{4})")
# A unit and region after a house's English name (`J.P. Morgan Private Bank EMEA`, `Citi Global Insights`), folded.
LATIN_UNIT = re.compile(r"(?:privatebank|wealthmanagement|globalinsights|globalresearch|investmentresearch|research|"
                        r"insights|investmentinstitute)(?:emea|apac|asiapacific|asia|americas|europe|us|uk|china|"
                        r"hongkong)?$")
DEPARTMENT_END = re.compile(r"(?:研究所|研究院|研究部|研究中心|团队|小组|中心|部|所|组)$")
# After a firm's short name, a team tag goes on with a team word (`广发宏观郭磊`, `开源晨会0810`);
# industry teams (`兴证电子`) only where tags stand (brackets, bars, credits), since a covered
# company can read the same way before a colon (`长城汽车：…`).
TEAM = re.compile("(?:" + "|".join(sorted(TEAM_WORDS, key=len, reverse=True)) + ")")
TEAM_OR_INDUSTRY = re.compile("(?:" + "|".join(sorted(TEAM_WORDS + INDUSTRY_WORDS, key=len, reverse=True)) + ")")
TAG_REST = re.compile(r"[\u4e00-\u9fffA-Za-z0-9&＆|｜·・•.\s—–-]{0,16}")
# A tag naming the house's kind of report (`【东吴深度】`, `【华泰专题】`), where tags stand: the house's credit too.
TAG_KIND = re.compile(r"(?:深度|专题|專題|点评|點評|快评|快評)")
TAG_CONTEXTS = ("bracket", "bar", "trail")
LATIN_TEAM = re.compile(r"(?:global|investment|equity|macro)*(?:research|economics|strategy|insights?)"
                        r"(?:department|team|institute)?")  # folded: no spaces


def org_head(text: str) -> str:
    """The organisation at the start of a run of text: extraction often joins the next words
    on (`艾瑞咨询数据来源`), so cut after the last organisation ending."""
    ends = [m.end() for m in _ORG_END.finditer(text)]
    return text[: ends[-1]] if ends else text

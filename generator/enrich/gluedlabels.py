"""The labels, leads and credits a cover glues before a lede's first words (`glued_label`), and where
the lede opens after them: a section's label (`事件公司发布…`), a point's topic, a news site's
attribution, a department, a research team or a firm's credit, a rating's line, a market-data sidebar's
value, a stock's line, a report-type banner, a morning note's dated entry, a cover's date, a preface's
heading, a flash's headline.

PDF extraction loses the line breaks between a cover's furniture and the lede (leads.py says more). Each
pattern is anchored at the unit's start or bounded, so a unit costs one short scan per kind.
"""

from __future__ import annotations

import re

from generator.enrich.boilerplate import RESEARCH_UNIT
from generator.enrich.ratings import CHANGE, RATING
from generator.normalize import CJK_CLASS

_C = f"[{CJK_CLASS}]"


# A section's label glued before the lede's first words (`事件公司发布2021年三季报`, `业绩总结公司…`,
# `1投资事件公司…`, `一、事件概述3月22日…`).
SECTION_LABEL = re.compile(r"^(?:\d{1,2}\s*|[一二三四五六七八九十]、)?"
                           r"(?P<label>投资事件|事件概述|事件点评|事件描述|事件回顾|事件简评|具体事件|事项点评|事件|事项|主要逻辑|核心逻辑"
                           r"|推荐逻辑|业绩总结|业绩回顾|业绩简评|业绩点评|评论|动态点评|点评|投资逻辑|分析判断|分析与判断"
                           r"|核心观点|核心结论|投资要点|报告要点|主要观点|研究结论|投资亮点|报告摘要|内容摘要|摘要|报告导读"
                           r"|调研纪要|调研要点|前言|引言|序言|导语|卷首语|报告择要"
                           # a slide's or a section's title (`美妆行业概览美妆市场持续增长…`)
                           r"|[^，,。；;：:\s]{2,6}(?:概览|概况|小结)"
                           # (and a year's review, its colon after it: `2019行情回顾: 2019年一季度…`; not a
                           # sentence's verb, `2019年回顾过去…`. A review's label alone stays, `行情回顾:隔夜原油…`)
                           r"|(?:19|20)\d\d年?[^，,。；;：:\s\d]{0,6}回顾(?=\s*[:：])"
                           # (a section's tag in brackets, `【行情资讯】螺纹钢主力合约…`; not a series' name that
                           # a sentence is about, `【月度观察】是某某团队…的系列报告`)
                           r"|【[^【】\s]{2,8}】(?![是为系])"
                           # (a flash's headline in brackets, its source and its claim parted by a colon,
                           # `【中信证券:维持美妆与商业行业“强于大市”评级】中信证券研报称,…`)
                           r"|【[^【】\s:：]{2,12}[:：][^【】:：]{4,40}】(?![是为系的])"
                           # (and a digest's heading before its first item's tag, `重点关注【策略】新型…`)
                           r"|[^，,。；;：:\s\d【】“”\"]{2,6}【[^【】\s]{2,8}】(?![是为系])"
                           # (or before its first item's headline in brackets, `国际宏观  【美联储鸽派政策符合预期,
                           # 上调经济增速不改美元偏弱趋势】美联储9月利率决议公布,…`)
                           r"|[^，,。；;：:\s\d【】“”\"]{2,6}[ \t\u3000]*【[^【】。！？!?\n]{10,40}】(?![是为系的]))"
                           # (joined to a second part: `主要逻辑与结论 2018年以来,…`, `事件及点评`, and any
                           # second label a colon ends: `核心逻辑和主要结论:基于…`)
                           r"(?:[与和及](?:结论|建议|投资建议|点评|观点|展望|评论|逻辑|[^，,。；;：:\s]{1,6}(?=\s*[:：])))?"
                           # (set in bold, extracted twice: `前言前言當前,…`; closed by a tilde, `前言~在…`)
                           r"(?:\s*(?P=label))?\s*[:：~～]?\s*")


# A numbered point's topic before its first sentence (`1、宏观和地缘方面:近两周…`, `二、较重资产(制造/
# 设备/封测类)领域:关注…`): a heading, which the lede starts after, as it does after the number. (Not
# a statement with its figures before a colon, `1、公司发布2023年年报：…`, nor a clause that ends with
# its verb before the colon, `1. 美国通胀高企的主要原因是:…`, `…分别为:`, `…包括:`, `…如下:`.)
POINT_TOPIC = re.compile(r"^[^，,。；;：:\s\d]{2,20}(?<![是为于括下有指])[:：]\s*")


AFTER_TOPIC = 8


# A section's heading glued to its first point's label (`二、投资建议利率债：上周的高频数据显示…`): the
# lede starts at the point's label.
_GLUED_HEADING = re.compile(r"^(?:投资建议|投资策略|操作建议)(?=[^，,。；;：:\s]{2,8}[:：])")


# A news site's attribution before the report's first words (`智通财经APP获悉，3月8日，据乘联会统计…`,
# `财联社3月8日电，…`, a paper's `本报北京7月15日消息,…`, a site's dateline in brackets, `【某某2022年3月26日讯】据…`),
# and the broker's after it (`…获悉，某证券发布研报称，预计…`); a news agency's credit in brackets, its reporter
# and dateline, after the site's or alone (`【新唐人2013年01月11日訊】(中央社記者某某台北11日電)巴黎證券今天…`).
_AGENCY_CREDIT = r"[（(][^（）()，,。；;\n]{0,12}?(?:记者|記者)[^（）()，,。；;\n]{1,20}?(?:电|電)[)）]"
_NEWS_LEAD = re.compile(r"^(?:(?:【[^【】，,。；;：:]{2,16}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)】[，,：:]?"
                        r"|[^，,。；;：:]{2,16}?(?:获悉|獲悉|\d{1,2}月\d{1,2}日(?:电|電|讯|訊|消息))[，,：:])"
                        rf"(?:\s*{_AGENCY_CREDIT})?|{_AGENCY_CREDIT})\s*"
                        r"(?:[^，,。；;：:]{2,12}?(?:发布|发表|發布|發表)(?:研报|研究报告|报告|研報|研究報告|報告)"
                        r"(?:称|稱|指出|表示|认为|認為)[，,：:]\s*)?")


# A cover's department names run into the lede's first words when a word-by-word extraction lost
# their line breaks (`银河期货能化投资研究部USDA农业展望论坛:…`): the lede opens after the last one.
_DEPARTMENT_LEAD = re.compile(rf"^[^，,。；;：:]{{0,48}}(?:{RESEARCH_UNIT})(?=[A-Za-z])")


# A research team's credit glued before the lede's first words by a joined line (`医疗研究团队除颤仪是…`,
# `中金研究总体来看,我们预计…`): a team's name, or a house's `…研究` before the words a paragraph opens with;
# not the subject of a sentence (`中金研究利用来年展望的契机,…`, `行业研究表明…`, `本研究…`).
_TEAM_LEAD = re.compile(rf"^(?![本该此])[^\s\d，,。；;：:、“”（）()]{{2,6}}研究(?:(?:团队|小组)(?={_C})|"
                        r"(?=(?:总体|整体|综合|总的|具体|从\S{1,6})来看|我们|本周|上周|本月|上月|近期|近日|今年|去年|\d))")


# A firm's name on the line before a section's label, glued to it (`■某某证券` / `行情回顾:大幅上涨本周市场反弹,…`):
# the credit, not the sentence's subject (which a verb, not a label and its colon, follows). A name joins no words with
# a conjunction or a particle: `公募FOF及基金投顾的2.0时代:…` is a heading's words, its `基金` no firm's.
_FIRM_LEAD = re.compile(r"^[^\s，,。；;：:、及与的]{2,6}(?:证券|期货|基金|研究所|研究院|研究中心)"
                        r"(?=[^\s，,。；;：:]{2,8}[:：])")


# A cover's rating line glued before the lede's first words (`非银行金融行业推荐维持评级历史复盘来看,…`,
# `买入(维持)公司发布…`): a sector's name at most, the rating, then its change or `评级`; not a sentence about
# a rating (`推荐关注…`, `买入评级的逻辑…`).
_RATING_LEAD = re.compile(rf"^(?:[^，,。；;：:\s]{{0,10}}?(?:行业|板块))?{RATING}\s?"
                          rf"(?:[（(]{CHANGE}(?:评级)?[)）]|{CHANGE}?评级|{CHANGE})(?={_C})(?![的是为])")


# A cover's market-data sidebar interleaved with the lede: an index's name and its value glued
# before the first words (`上证指数3254医药健康板块走势:…`); not a sentence about the index
# (`恒生指数3254点,…`, `沪深300指数上涨…`).
_INDEX_LEAD = re.compile(rf"^[^\s\d，,。；;：:]{{2,12}}指数\s*\d[\d,.]*(?={_C})(?![点个%])")


# A cover's line naming the stock and its code, set apart by the line's end before the lede's first
# words (`贵州茅台(600519) 2025年8月12日公司披露…`); not a sentence's subject (`贵州茅台(600519)发布…`).
_STOCK_LEAD = re.compile(r"^[^\s，,。；;：:()（）]{2,12}[（(]\d{4,6}(?:\.[A-Z]{2})?[)）] (?=\S)")


# A report-type banner glued before a lede's first words (`中国内地专题研究2021年1月…`); not the
# object of a sentence's verb (`中金公司发表研究报告指，…`), nor the subject of a lede's first clause
# (`近期,券商研究报告又遭遇“信任危机”`: a banner holds no clause's mark before its word); nor a listing entry's tag,
# its word inside square brackets (`【固定收益专题报告】分省城投…`: the bracket's end is no lede's start).
BANNER = re.compile(r"^[^，,。；;：:【]{0,10}?(?<!发布)(?<!发表)(?<!出具)"
                    r"(?:专题研究|深度研究|行业研究|公司研究|专题报告|深度报告|行业报告|公司报告|点评报告|"
                    r"研究报告|策略报告|行业周报|行业月报|晨会纪要)(?=[^，,。；：:、）)])")


# A cover's date in full glued before a sentence that opens with a time word of its own (`…点评报告2021年2月18日日前，
# 2021年1月血制品批签发数据基本公布完毕。`, a whitespace-free dump): no sentence writes a date and then `日前`, `近日`;
# the date and the cover's words before it (no clause mark among them) are the cover's.
_DATED_LEAD = re.compile(r"^[^，,。；;：:、\s]{0,12}?(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
                         r"(?=日前|近日|近期|今日|昨日|本周|上周|本月|上月)")


# A page's running header (a house's brand, `远卓·智库`) and a preface's heading glued before its first sentence
# (`远卓·智库前言“有美人兮，见之不忘。”随着…`): the sentence starts after the heading. (Not `目前言之过早`.) So does
# the title's bracketed year a cover sets over the heading, before a sentence that opens with a year (`(2022年)前言2022
# 年是党的二十大胜利召开之年,…`, a bold cover's year written twice, `(20222022年)`).
_PREFACE_LEAD = re.compile(rf"^(?:[^，,。；;：:、\s“”\"]{{2,10}}?(?<![目当眼空之])|[(（][\d年]{{5,10}}[)）])"
                           rf"(?:前言|引言|序言|卷首语)(?=[“\"「《]|{_C}|(?:19|20)\d\d年)"
                           # (numbered as the first section, after a longer cover line, the title and the issuer's
                           # legal name: `…揭示大公国际资信评估有限公司1引言刚刚过去的2005年,…`)
                           rf"|^[^，,。；;：:、\s“”\"\d]{{2,30}}?1\s?(?:前言|引言|序言|导言|绪论)(?=[“\"「《]|{_C})")
_PREFACE_REACH = 36


# A preface's heading with its subtitle in English, run into its first sentence in a flattened preview (招商银行研究院's
# `引言:Pigs might fly beyond 2019英文諺語有雲,pigs might fly/…`): the subtitle is the heading's, three words or more
# in Latin script up to the first glyph; the sentence starts there.
_SUBTITLED_PREFACE = re.compile(rf"^(?:引言|前言|序言|导言)\s?[:：]\s?[A-Z][A-Za-z’'-]*(?:\s[A-Za-z\d’'-]+){{2,10}}\s?"
                                rf"(?={_C})")


# A morning note's entry: its tag in square brackets (a desk, a house and an industry: `【东兴金属】`), the entry's
# report title and that report's date in brackets, run into the entry's first sentence (`分析师推荐【东兴金属】跨越
# 周期,聚焦成长-库存周期切换…(2022年5月28日)金属行业的定价受…`): the sentence opens after the date, which no
# sentence sets in brackets before its subject. (A bold date written twice keeps its copy's end: `…日)日)`.)
_DATED_ENTRY = re.compile(rf"^[^，,。；;：:【】]{{0,12}}【[^【】]{{2,20}}】[^。；;！？!?【】]{{2,80}}?"
                          rf"[(（](?:19|20)\d\d年{{1,2}}\d{{1,2}}月{{1,2}}\d{{1,2}}日[)）](?:日[)）])?(?={_C})")


# A news flash's headline, its source and its claim parted by a colon, glued by another colon before the story that
# opens on the source again (`中信证券:下调港交所(0388.HK)目标价至415港元评级“增持”:中信证券发表评级报告指,…`): the
# headline's, not the story's first words.
_HEADLINE_LEAD = re.compile(r"^(?P<source>[^，,。；;：:\s]{2,8})[:：][^，,。；;：:！？!?\n]{4,60}?[:：]\s*"
                            r"(?=(?P=source))")


def glued_label(text: str) -> re.Match[str] | None:
    """The label, lead or credit glued before a lede's first words, the first of the kinds above
    that matches (a morning note's dated entry, a section's label, a news site's attribution, a section's
    heading before its first point's label, a department, an index's value, a stock's line, a research team, a rating, a
    firm's credit, a cover's date, a page header before a preface's heading, a flash's headline); a preface's heading
    with its subtitle in English before the section's label alone."""
    return (_dated_entry(text) or _subtitled_preface(text) or SECTION_LABEL.match(text) or _NEWS_LEAD.match(text)
            or _GLUED_HEADING.match(text)
            or _DEPARTMENT_LEAD.match(text) or _INDEX_LEAD.match(text) or _STOCK_LEAD.match(text)
            or _TEAM_LEAD.match(text) or _RATING_LEAD.match(text) or _FIRM_LEAD.match(text) or _dated_lead(text)
            or _preface_lead(text) or _HEADLINE_LEAD.match(text))


def _subtitled_preface(text: str) -> re.Match[str] | None:
    return _SUBTITLED_PREFACE.match(text) if text.startswith(("引言", "前言", "序言", "导言")) else None


def _dated_entry(text: str) -> re.Match[str] | None:
    return _DATED_ENTRY.match(text) if "【" in text[:14] else None


def _dated_lead(text: str) -> re.Match[str] | None:
    return _DATED_LEAD.match(text) if "日" in text[:32] else None


def _preface_lead(text: str) -> re.Match[str] | None:
    return _PREFACE_LEAD.match(text) if "言" in text[:_PREFACE_REACH] or "卷首语" in text[:15] else None

"""What a cover glues before a lede's first words, and how it is cut off.

PDF extraction loses the line breaks between a cover's furniture and the report's first sentence:
a section's label (`事件公司发布…`), a news site's attribution, a department or a research team's
credit, a market-data sidebar's value, a stock's line, a banner, a page's stamp or number, a bold
heading written twice, a Chinese headline before an English paragraph. structure.py takes the lede
from the first unit that reads as one; the patterns here say what stands before its first words.
Each is anchored at the unit's start or bounded, so a unit costs one short scan per kind.
"""

from __future__ import annotations

import re

from generator.enrich.boilerplate import RESEARCH_UNIT
from generator.enrich.marks import cjk_count
from generator.enrich.ratings import CHANGE, RATING
from generator.enrich.units import CLAUSE, POINT_LABEL, Unit
from generator.normalize import CJK_CLASS, HANGUL, in_either_script

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


# A cover's Latin-script lines (a logo's letters spaced out, the English title) run into the first section's heading in
# both scripts and its first sentence (`e#P Y ST AND A RDm PUYI I NC. THE WHITE PAPER OF … MIDDLE CLASSINTRODUCTION引言
# 伴随中国中产家庭的强势崛起,…`): the sentence opens after the heading. No CJK glyph stands before it.
_LATIN_COVER_HEADING = re.compile(rf"^[^{CJK_CLASS}。]{{0,240}}?(?:INTRODUCTION|Introduction|PREFACE|Preface|FOREWORD"
                                  rf"|Foreword)\s?(?:引言|前言|序言|导言|導言)(?={_C})")


# A phrase in Latin script before a lede in Chinese (`Please see APPENDIX 1 for English summary 经营…`), a notice's
# words in brackets among them (`(PleaseseeappendixforEnglishtranslationofthedisclaimer)Equ ityAsiaResearch2For full
# disclosure of risks, … on our website at 横店东磁:…`, an HTI deck's page head run into its first heading): in Latin
# script only, not a name's own brackets before Chinese, `TON(The Open Network)公链的…`.
_LATIN_LEAD = re.compile(rf"^(?:(?:\([A-Za-z][A-Za-z0-9’'.,:-]*\))?[A-Za-z0-9][\w’'.,:-]*\s+){{3,}}(?=[{CJK_CLASS}])")


# A report-type banner glued before a lede's first words (`中国内地专题研究2021年1月…`); not the
# object of a sentence's verb (`中金公司发表研究报告指，…`), nor the subject of a lede's first clause
# (`近期,券商研究报告又遭遇“信任危机”`: a banner holds no clause's mark before its word); nor a listing entry's tag,
# its word inside square brackets (`【固定收益专题报告】分省城投…`: the bracket's end is no lede's start).
BANNER = re.compile(r"^[^，,。；;：:【]{0,10}?(?<!发布)(?<!发表)(?<!出具)"
                    r"(?:专题研究|深度研究|行业研究|公司研究|专题报告|深度报告|行业报告|公司报告|点评报告|"
                    r"研究报告|策略报告|行业周报|行业月报|晨会纪要)(?=[^，,。；：:、）)])")


_SPACE_NEAR_CJK = re.compile(rf" (?:(?<={_C} )|(?={_C}))")


_LEADING_JUNK = re.compile(r"^(?:[\s.、:：;；,，\-—–_=+*~·/\\>）)\]】」』]|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})+")


_JUNK_STARTS = set(" .、:：;；,，-—–_=+*~·/\\>）)]】」』")


# A subtitle after a wave dash, ending where its line did (`~製造業PMI評価(2016年12月)と17年経済見通し
# 2016年の国家統計局の…`, a Japanese note's heading over its first sentence): not the sentence's first words.
_WAVE_DASHES = "~～〜"
_SUBTITLE = re.compile(r"[~～〜][^\s。．！？!?]{2,40}\s+(?=\S)")


# A post's cashtags before its first words (`$小米集团ADR(XIACY)$ $小米集团-W(01810)$市场对…`): the forum's links to the
# stocks' pages, not the sentence's.
# A digest's heading set between reference marks (`※重点报告推荐※`) before its first entry: a heading, no words of it.
_STARRED_HEADING = re.compile(r"※[^※\n。]{1,12}※\s*")
_CASHTAGS = re.compile(r"(?:\$[^$\n]{1,40}\$\s*)+")


# A point's label whose mark a listing lost to a space (`1 Q1公司实现营收…`, `2 公司…`, a slide's `02 购买…`),
# or a page's number before a heading's words (`1 消 费 建 材:选股…`); not a count before its measure word
# (`3 月`, `2 家`, `5 大举措`: PDF text spaces a figure from its unit).
_MEASURE_WORDS = "年月日季周号个家只倍亿万元期次成位名款种项条大类点段层轮批座台套天吨股张"
_LOST_LABEL = re.compile(rf"^(?:[1-9] (?=[A-Z]|{_C})(?![{_MEASURE_WORDS}])|0[1-9]\s)")


# A news page's source glued to its date before the story's first words (`某某财经2022-11-22 Acme
# believes…`, the line break between them lost): the page's stamp, not the sentence's.
_SOURCE_STAMP = re.compile(rf"{_C}{{2,10}}(?:19|20)\d\d[-./]\d{{1,2}}[-./]\d{{1,2}}"
                           rf"(?:\s?\d{{1,2}}:\d\d)?\s(?=[A-Z]|{_C})")


# A Korean page's credits before the story's first words: a photo's source (`(출처=한국투자증권) 5일 한국투자증권은…`)
# and a wire's dateline with its reporter (`(서울=연합뉴스) 임은진 기자 = 한국투자증권은…`), after what a photo's
# caption left of itself (`재판매 및 DB 금지] `): the page's, not the sentence's.
_KOREAN_CREDIT = re.compile(r"^(?:[^()=\]]{0,30}\]\s*)?\((?:출처\s?=[^()]{1,24}\)"
                            rf"|[{HANGUL}]{{1,6}}\s?=\s?[^()]{{1,16}}\)\s*[{HANGUL}]{{2,4}}\s?(?:특파원|기자)\s?=)\s*")
_KOREAN_CREDIT_REACH = 80


# A page's number glued before a year that opens a sentence (`292023年,中国终于…`, `12024 年 7 月…`): no
# year has five digits, so the digits before the last four are the page's.
_PAGE_BEFORE_YEAR = re.compile(r"^\d{1,3}(?=(?:19|20)\d\d\s?年)")


# A line of the page above ending in a bare figure (an address's postcode, `北京 100190`; a page's votes, `Negative` /
# `17`), its line break become a space before the lede's first words: before a year that opens a sentence (`北京 100190
# 2021 年前三季度,…`; no sentence writes a bare number and then a year), or before a name in Latin script (`17 HSBC
# Global Research has released…`: a count is followed by what it counts, `17 analysts`, not a name's two capitalised
# words). A single digit is a point's lost label (`_LOST_LABEL`).
_FIGURE_LINE = re.compile(rf"^(?:{_C}{{1,4}} ?)?\d{{1,6}} (?=(?:19|20)\d\d ?年)"
                          r"|^[1-9]\d{1,2} (?=[A-Z][\w&.-]* [A-Z])")


# A heading set in bold, which extraction writes twice (`跨境人民币观察报告跨境人民币观察报告`), glued
# before a sentence's first words with only the cover's furniture before it (names, dates, page
# numbers; no clause of a sentence): the sentence starts after the doubled run.
DOUBLED_RUN = re.compile(rf"({_C}[^\s，,。；;：:、]{{3,23}}?)\1")
# (and a company's section heading, its name and its topic parted by a colon, `横店东磁:光伏业务产能快速增长横店东磁:
# 光伏业务产能快速增长横店东磁自2010年进入光伏行业,…`: a colon inside the run, none at its ends)
_DOUBLED_HEADING = re.compile(rf"({_C}[^\s，,。；;：:、]{{3,23}}?"
                              rf"|{_C}[^\s，,。；;：:、]{{1,11}}[：:][^\s，,。；;：:、]{{2,20}}?)\1")


_AFTER_DOUBLED = 12  # CJK characters the sentence after it holds at least


COMMA = re.compile("[，,]")


_FURNITURE_REACH = 160


COVER_UNITS = 6  # (a cover's furniture and its doubled heading stand among an opening's first units)


def after_doubled_heading(text: str) -> str:
    """`text` from after a bold heading written twice that the cover's furniture runs into, when a
    sentence follows it; else `text` as it is."""
    if len(text) < 2 * _AFTER_DOUBLED:
        return text
    # (the run and what stands before it hold no comma: only the text before the first one is searched,
    # and a cover's furniture is a line or two: its first `_FURNITURE_REACH` characters)
    comma = COMMA.search(text, 0, _FURNITURE_REACH)
    last = None
    for match in _DOUBLED_HEADING.finditer(text, 0, comma.start() if comma else _FURNITURE_REACH):
        last = match
    if last is None and comma and (headline := _DOUBLED_HEADLINE.search(text, 0, _FURNITURE_REACH)):
        bold_on = _DOUBLED_LINE.match(text, headline.end())
        last = headline if not COMMA.search(text, 0, headline.start()) and not bold_on else None
    if last is None:
        return text
    rest = text[last.end():]  # (a sentence, opening with a word: not a contents entry's `(一):…`)
    if _SHORT_DOUBLED.match(rest):
        return text  # (the bold runs go on, a word or two at a time: the run opens a bold sentence)
    return rest if cjk_count(rest[:1]) and cjk_count(rest) >= _AFTER_DOUBLED and CLAUSE.search(rest) else text


# (or a bold headline of two clauses written twice, its comma with it, over the sentence it heads: `半导体:半导体:IC设计
# 库存增速见顶,行业底部轮廓逐渐显现设计库存增速见顶,行业底部轮廓逐渐显现半导体行业具备“周期”与“成长”双重属性,…`)
_DOUBLED_HEADLINE = re.compile(rf"({_C}[^\s，,。；;：:、]{{2,20}}?[，,][^\s，,。；;：:、]{{2,20}}?)\1")
# (not a bold sentence's first line, written twice like every line after it: `某某证券扎根安徽,具有深厚的某某证券
# 扎根安徽,具有深厚的本土国资背景,…等战略中担本土国资背景,…等战略中担当重要使命,…`)
_DOUBLED_LINE = re.compile(rf"({_C}[^。；;]{{5,47}}?)\1")


# A bold sentence that extraction wrote run by run, each run twice (`国内半导体设备国内半导体设备行业行业穿越周期,
# 成长穿越周期,成长…`): after its first doubled run another, too short for `DOUBLED_RUN`, follows at once.
_SHORT_DOUBLED = re.compile(rf"({_C}\S{{0,2}}?)\1")


# A cover column's label for its list of other reports standing alone on its line, the list's entries set elsewhere,
# over the summary's first point (`…張文錄 SAC` / `相關報告` / `創新藥占比逐步提升,仿制藥集采影響削弱:截至 2022 年,
# 先聲藥業實現營業收入…`): the point starts after it. (Under a list's heading its entries follow, another report's
# title with its date or in 《》: no lede after the label then.)
_LIST_LABEL = re.compile(rf"(?:{in_either_script('相关报告|相关研究')})(?={_C})")
_ENTRY_MARKS = re.compile(r"《|(?:19|20)\d\d\s?(?:[-./]\s?\d{1,2}|年\s?\d{1,2}\s?月)")


def after_list_label(unit: Unit) -> Unit:
    """`unit` from after a list's label that stands alone over it, when no list entry follows the label."""
    label = _LIST_LABEL.match(unit.text) if unit.after_break and unit.ends_sentence else None
    if label is None or _ENTRY_MARKS.search(unit.text, label.end()):
        return unit
    return Unit(unit.text[label.end():], unit.ends_sentence, True, unit.numbered)


# A bilingual cover's Chinese headline run into the English paragraph the report opens with (`…维持
# “买入” In 1H21, the Company realized…`): the lede is the paragraph, from its first capital on, when
# no CJK character follows and it holds a sentence of its own.
_CJK_BEFORE_LATIN = re.compile(rf"^.*{_C}[”’\"」』)）]*\s*(?=[A-Z])")


_LATIN_SENTENCE = 12  # words


def latin_after_headline(unit: Unit) -> Unit:
    """`unit` from its English paragraph's first capital when a Chinese headline was run into it."""
    text = unit.text
    lead = (_CJK_BEFORE_LATIN.match(text) if unit.ends_sentence and text.endswith(".") and not text.isascii()
            and text[-2:-1].isascii() else None)
    if lead is None:
        return unit
    rest = unit.text[lead.end():]
    if cjk_count(rest) or rest.count(" ") + 1 < _LATIN_SENTENCE:
        return unit
    return Unit(rest, unit.ends_sentence, True, unit.numbered)


# A numbered section's heading run into its first sentence where the page's text spaces figures from words
# (`1.1 在高景气中兑现业绩2022 至今电新行业指数波动较大,…`): the sentence opens at its year, glued to the
# heading's last word as no sentence of that text glues it (its own figures stand apart: `…于 2022 年`).
# (in a flattened preview, the chapter's number and heading before it, `1 2023 年度展望:关注需求释放与新技术产业化 1.1
# 在高景气中兑现业绩2022 至今…`, r73 dev: a heading, no sentence end in it)
_SECTION_HEADING_GLUED = re.compile(rf"(?:\d{{1,2}}\s[^。；;!?！？]{{2,40}}?\s)?"
                                    rf"\d{{1,2}}(?:\.\d{{1,2}}){{1,2}}\s+{_C}{{4,20}}(?=(?:19|20)\d\d [{CJK_CLASS}])")
# (or, in a flattened preview, a section's heading and its first subsection's number and heading, the sentence's year
# after a space: `1. 機械裝置業績低速增長,估值處於較低水平 1.1 1-11 月機械裝置細分行業表現相對分化 2021 年 1 月 1
# 日至…`; the unit opened with the section's number, and a subsection's heading holds no clause's mark)
_SUBSECTION_SPACED = re.compile(rf"[^。；;!?！？]{{2,40}}?[ \u3000]+\d{{1,2}}\.\d{{1,2}}[ \u3000]+"
                                rf"[^，,。；;：:!?！？]{{4,40}}?{_C}[ \u3000]+(?=(?:19|20)\d\d ?[{CJK_CLASS}])")


# A chapter's heading (`一、`, `(一)`) run into its first sentence, a space left between them (`一、保险资金运用“稳中
# 有进” 近年来,保险资金…`), the name of a picture's caption perhaps before it (`贺竹君一、…`): the sentence opens after
# the space. (A heading holds no clause's mark; the space is the only break the page left.)
_CHAPTER_NUMBER = r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])"
_CHAPTER_HEADING_SPACED = re.compile(rf"(?:{_C}{{2,4}})?{_CHAPTER_NUMBER}[^\s，,。；;：:!?！？]{{2,30}}"
                                     rf"[ \u3000]+(?={_C})")


# A summary point's heading, two phrases parted by a comma and no sentence end, a space left between it and the
# point's first topic label (`如市场有短期调整,不改变长期看法 A股: 2022年年初以来, A股经历较大幅度调整。`, a daily's
# one-line summary): the point opens at the label, which a short market's or topic's name and a colon make.
_POINT_HEADING_SPACED = re.compile(rf"[^，,。；;：:!?！？\s]{{2,14}}[，,][^，,。；;：:!?！？\s]{{2,14}}[ \u3000]+"
                                   rf"(?=[A-Z]?{_C}{{1,3}}[:：]\s*\S)")


def after_glued_section_heading(unit: Unit, above: Unit | None = None) -> Unit:
    """`unit` from its sentence's year on when a numbered section's heading was run into it, or from
    after the space a chapter's heading left before it, or from where its first words come again, or the
    name on the line `above` it."""
    if not unit.ends_sentence:
        return unit
    heading = (_SECTION_HEADING_GLUED.match(unit.text) or _CHAPTER_HEADING_SPACED.match(unit.text)
               or (_SUBSECTION_SPACED.match(unit.text) if unit.numbered else None) or _point_heading_spaced(unit.text))
    if heading is not None:
        return Unit(unit.text[heading.end():], unit.ends_sentence, True, unit.numbered)
    start = 0 if unit.numbered else (chapter.end() if (chapter := _CHAPTER_AHEAD.match(unit.text)) else None)
    at = None if start is None else _restated_at(unit.text, start)
    if at is None and above is not None and unit.after_break:
        at = _name_restated_at(unit.text, above)
    return unit if at is None else Unit(unit.text[at:], unit.ends_sentence, True, unit.numbered)


def _point_heading_spaced(text: str) -> re.Match[str] | None:
    heading = _POINT_HEADING_SPACED.match(text)
    return heading if heading and cjk_count(text[heading.end():]) >= _RESTATED_REST else None


# A chapter's heading run into its first sentence with nothing between them, the sentence opening with words the
# heading opens with (`(一)回顾2023:液奶景气度偏弱,量价短期均承压回顾2023年,受到…`, `一、亞太轉債目前具備債性,債底保護
# 較強轉債募集10億元…`): the sentence opens where they come again, glued to the heading's last glyph. A heading is two
# phrases or more, parted by a comma or a colon, each short, the last of words only (`均承压`, `較強`) and after a
# comma (a topic's colon before a sentence that names it again is a point's label, `1、宏观和地缘方面:近两周海外宏观…`);
# its number opens the unit, or follows the tail of a heading a line break cut (`…下沉市` / `场值得期待(一)…`).
_CHAPTER_AHEAD = re.compile(rf"{_C}{{0,8}}{_CHAPTER_NUMBER}")
_HEADING_PARTS = re.compile(r"[，,：:]")
_RESTATED_REACH = 40  # characters a heading holds at most
_PHRASE = 12  # glyphs a heading's phrase holds at most
_LAST_PHRASE = 4  # and its last at least
_RESTATED_REST = 8  # CJK characters the sentence after it holds at least
# (a clause that ends with its verb before a colon goes on after it, `1. 美国通胀高企的主要原因是:央行…`: no heading)
_VERB_BEFORE_COLON = re.compile("[是为于括下有指][:：]")


def _restated_at(text: str, start: int) -> int | None:
    """Where the heading that opens at `start` ends, its first words (two glyphs at one of its first three places)
    written again glued after its last phrase; None when no such heading is there."""
    reach = min(len(text), start + _RESTATED_REACH)
    found = [at for first in range(start, start + 3) if cjk_count(word := text[first:first + 2]) == 2
             and (at := text.find(word, first + 2, reach)) > 0]
    if not found:
        return None
    at = min(found)
    heading = text[start:at]
    phrases = _HEADING_PARTS.split(heading)
    last = phrases[-1]
    if (len(phrases) < 2 or heading[-len(last) - 1] not in "，," or not cjk_count(text[at - 1])
            or any(not 2 <= len(p) <= _PHRASE for p in phrases) or _VERB_BEFORE_COLON.search(heading)
            or cjk_count(last) != len(last) or len(last) < _LAST_PHRASE or cjk_count(text[at:]) < _RESTATED_REST):
        return None
    return at


# A cover's line naming the company (`华兰生物` over `002007`), then a heading, a few phrases with no sentence end,
# run into the first sentence, which opens with that name (`成立 28 年， 致力于构建…大生物产业格局华兰生物成立于 1992
# 年，…`): the sentence opens where the name comes again, glued to the heading's last glyph. (A sentence's own words
# before a name it mentions are few after its comma, `…走弱，全球宏观经济…`; a heading's last phrase is longer.)
_NAME = (2, 8)  # glyphs a name on its line holds
_NAME_REACH = 60  # characters the heading before it holds at most


def _name_restated_at(text: str, above: Unit) -> int | None:
    name = above.text
    if above.ends_sentence or not _NAME[0] <= len(name) <= _NAME[1] or cjk_count(name) != len(name):
        return None
    at = text.find(name, 1, _NAME_REACH + len(name))
    if at < 0 or not cjk_count(text[at - 1]) or cjk_count(text[at + len(name):]) < _RESTATED_REST:
        return None
    phrases = COMMA.split(text[:at])
    return at if len(phrases) > 1 and cjk_count(phrases[-1]) >= _LAST_PHRASE else None


# A cover's date whose year went with the figures before it (a licence number's: `…编号:S1600524…2024` /
# `年5月13日收入端延续…`): the rest of the date, which no sentence opens with, is the cover's.
_YEARLESS_DATE = re.compile(rf"年\s?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日\s?(?={_C})")


def tidy(unit: Unit) -> Unit:
    """`unit` as a lede or a point is read from it: a page's stamp or number, leading marks and a
    lost point label, a Latin cover run into a section's heading, a Latin phrase before Chinese and the spaces next
    to CJK taken out."""
    text = unit.text
    if (stamp := _SOURCE_STAMP.match(text)) is not None:
        text = text[stamp.end():]
    if "=" in text[:_KOREAN_CREDIT_REACH] and (credit := _KOREAN_CREDIT.match(text)) and credit.end() < len(text):
        text = text[credit.end():]
    if (figure := _FIGURE_LINE.match(text)) is not None:
        text = text[figure.end():]
    if text[:1].isdigit() and (page := _PAGE_BEFORE_YEAR.match(text)):
        text = text[page.end():]
    elif text[:1] == "年" and (tail := _YEARLESS_DATE.match(text)):
        text = text[tail.end():]
    if text[0] in _WAVE_DASHES and (subtitle := _SUBTITLE.match(text)) and subtitle.end() < len(text):
        text = text[subtitle.end():]
    if text[0] == "※" and (heading := _STARRED_HEADING.match(text)) and heading.end() < len(text):
        text = text[heading.end():]
    if text[0] == "$" and (tags := _CASHTAGS.match(text)) and tags.end() < len(text):
        text = text[tags.end():]
    if text[0] in _JUNK_STARTS or text[0].isdigit():
        # (a point's label after a sentence end, `…目标制。2. 美联储…`, goes as a block's does)
        label = POINT_LABEL.match(text) if text[0].isdigit() else None
        text = _LEADING_JUNK.sub("", _LOST_LABEL.sub("", text[label.end():] if label else text, count=1))
    if text[:1].isascii() and (cover := _LATIN_COVER_HEADING.match(text)) and cover.end() < len(text):
        text = text[cover.end():]
    if " " in text:
        if text[0].isascii() and (lead := _LATIN_LEAD.match(text)) and cjk_count(text) >= 4:
            text = text[lead.end():]
        text = _SPACE_NEAR_CJK.sub("", text)
    return Unit(text, unit.ends_sentence, unit.after_break, unit.numbered) if text is not unit.text else unit


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

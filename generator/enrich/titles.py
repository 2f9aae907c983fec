"""Take a listed report title apart: publisher segments, page count, dates, the title proper.

Listings name files, not reports, so a title carries furniture: `机构:标题(52页).pdf`,
`标题-20190217-机构-11页.pdf`, `20231213_机构_标题_39页.pdf`, `【机构】标题`, `机构 | 标题`,
and articles credit teams and add headlines: `【广发宏观郭磊】标题`, `标题 | 华安固收`,
`重磅！标题`, `开源晨会0810丨标题`; archived files add paths, list numbers and save stamps
(`papers/铜/2026-07-15_机构_…`, `01_机构_…`, `報告_MS_主题_20260222`, `…-CTBC250801`: archives.py
takes those off and reads the archive's own names). This module only finds the segments; whether a segment is a
publisher is decided by attribution, against the publisher table. The dates around the title are read by titledates.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date

from generator.enrich.analysts import is_bare_name, is_names_run
from generator.enrich.archives import ArchiveName, archive_name, archive_off, glued_readings, is_archive_name
from generator.enrich.citations import CITED, RELEASE_TAIL, cited, gbt_reference, reference
from generator.enrich.sections import INDUSTRY_WORDS, SECTION, SECTORS, TEAM_WORDS
from generator.enrich.titledates import (
    DANGLING,
    DASHES,
    GLUED_DATE,
    GLUED_LEAD_DATE,
    LEAD_CN_DATE,
    LISTED_ON,
    MONTH_DAY,
    NOTED_DATE,
    PREFIX_DATE,
    SEG,
    SHORT_MONTH_CODE,
    SUFFIX_DATE,
    code_date,
    embedded_code_date,
    find_date,
    latin_dates_off,
    short_month_date,
    spelled_date,
    strip_date_segments,
    valid_date,
)
from generator.enrich.titleparts import JOINT, TitleParts, credit_reading
from generator.normalize import mostly_ascii, squash_spaces, strip_invisible, to_simplified

# A document's extension; a data file made from the report may add its own after it (`….pdf.json`).
_EXTENSION = re.compile(r"\.(?:pdf|docx?|pptx?|xlsx?|txt|md|html?|caj|wps)(?:\.json)?\s*$", re.IGNORECASE)
_PAGES = re.compile(r"\s*[(（\[【［]\s*(?:共\s*)?(\d{1,5})\s*[页頁pP]\s*[)）\]】］]\s*")
# (an archive's file size after it, `…_8页_493kb`, goes with it)
_TRAILING_PAGES = re.compile(r"\s*[-_—–\s]\s*(?:共\s*)?(\d{1,5})\s*[页頁]"
                             r"(?:[-_]\d{1,6}(?:\.\d{1,2})?\s?[kKmM][bB])?\s*$")
# A downloader's page count after the title (`…_메모리 가격 상승 지속_p12`).
_FILE_PAGES = re.compile(r"_[pP](\d{1,4})$")
_DASHED = re.compile(r"^(?P<title>.+?)\s*[-—–]\s*(?P<date>\d{8}|\d{6})\s*[-—–]\s*(?P<org>[^-—–]{2,40})$")
_UNDERSCORED = re.compile(r"^(?P<org>[^_]{2,40})_(?P<title>.+)$")
_BRACKET_PREFIX = re.compile(r"^\s*[【\[［「]\s*(?P<prefix>[^】\]］」]{1,40})\s*[】\]］」]\s*(?P<rest>.+)$")
_BAR_PREFIX = re.compile(r"^(?P<prefix>[^|｜丨]{2,40}?)\s*[|｜丨]\s*(?P<rest>.+)$")
_COLON_PREFIX = re.compile(r"^(?P<prefix>[^:：。，,!?！？]{1,40}?)\s*[:：]\s*(?P<rest>.+)$")
# Credits where titles put them at the end: `… | 华安固收`, `…丨国海固收`, `…(浙商宏观·某团队)`, a house's English name
# with its unit (`… | J.P. Morgan Private Bank EMEA`).
# A team tag set off by a middle dot at the title's start (`国信化工·数据中心及…`).
_DOT_LEAD = re.compile(r"^(?P<prefix>[^·・•\s|｜:：]{2,10})[·・•](?P<rest>.+)$")
_BAR_CREDIT = re.compile(r"^(?P<rest>.+?)\s*[|｜丨]\s*(?P<prefix>[^|｜丨]{2,24}|[A-Za-z][A-Za-z.&' ]{23,40})$")
# A document share's credit after a Chinese title, then the month (`…(英) HSBC 2022.2`, its page count off already).
_SHARE_CREDIT = re.compile(r"^(?P<rest>.*[\u4e00-\u9fff)）])\s+(?P<prefix>[A-Z][A-Za-z&.]*(?:\s[A-Z][A-Za-z&.]*){0,3})"
                           r"\s+(?:19|20)\d{2}\.\d{1,2}$")
# A blog's sector heading and the house whose call it sums up, set off by a spaced tilde (`內險股 ~ 摩通`).
_TILDE_CREDIT = re.compile(r"^(?P<rest>[^~～]{2,40}?)\s+[~～]\s+(?P<prefix>[^~～\s]{2,12})$")
_PAREN_CREDIT = re.compile(r"^(?P<rest>.+?)\s*[(（](?P<prefix>[^()（）]{2,24}[·・•][^()（）]{1,24})[)）]$")
# Furniture that says nothing of the report: a search engine's highlighting markup, headline words (`重磅！`), a site's
# watermark (`【洞见研报DJyanbao.com】`), an archive's hash suffix, a folder word before a date.
_MARKUP = re.compile(r"</?(?:font|em|b|i|strong|span|mark|u)(?:\s[^<>]{0,80})?>", re.IGNORECASE)
_HEADLINE = re.compile(r"^(?:重磅|最新|深度|独家|首发|突发|干货|收藏|必读|热点)\s*[!！]+\s*")
_WATERMARK = re.compile(r"\s*[【\[](?=[^】\]]*(?:\.com|\.cn|研报网|报告网))[^】\]]{2,40}[】\]]\s*$", re.IGNORECASE)
# A portal's link inserted after a company's name, before its code (`博瑞医药(维权)(688166.SH)`).
_PORTAL_LINK = re.compile(r"[(（]维权[)）](?=\s*[(（][0-9A-Z]{4,6}(?:\.[A-Z]{2})?[)）])")
_HASH_SUFFIX = re.compile(r"[-_](?=[0-9]*[a-f])[0-9a-f]{8}$")
# A document site's numeric id after the title (`… Sentiment Rebounds Following ...-109593343`): nine digits
# or more, never a date (`-20231018`) nor a code (`-600519`).
_DOC_ID_SUFFIX = re.compile(r"(?<=\D)[-_]\d{9,12}$")
# A report's language tag (`[EN原文]`) and a site's name after a bar or a spaced dash
# (`… | 鉅亨網 - 美股雷達`, `…- 新聞 - moneydj.com`): the site, never a credit.
_SOURCE_TAG = re.compile(r"\s*[\[【](?:EN|英文|中文)?原文[\]】]\s*$", re.IGNORECASE)
# A list's item number or bullet before an entry copied from a list (`2. 2021-06-28 | …`, `- 西南证券，…`).
# (and a digest's mark before each entry, glued to it: `※【策略】…`, `★…`)
_LIST_MARK = re.compile(r"^\s*(?:(?:\d{1,3}\.|[-•]|\[[A-Z]?\d{1,3}\])\s+|\d{1,3}、\s*|[※★☆▶►◆◇■□▲△●○]\s*)(?=\S)")
# A reference list's label before its entry (`参考研报：`, `**研报来源：**<br>`, `出处：`, `Source: `, `参考 `).
_REFERENCE_LABEL = re.compile(r"^\s*(?:\*\*)?(?:参考研报|研报来源|研报依据|参考报告|出处|参考|Sources?)"
                              r"\s*(?:[:：]\s*(?:\*\*)?|\*\*\s*[:：]|\s+(?=\S))\s*(?:<br\s*/?>\s*)?(?=\S)",
                              re.IGNORECASE)
# Bold markup around a credit in a markdown list (`**东吴证券**《…》`).
_BOLD = re.compile(r"\*\*([^*]{2,40})\*\*")
# A link run on after the title (`… | http://www.ccidgroup.com/info/…`): the entry's, not the title's.
_TRAILING_URL = re.compile(r"\s*[|｜]?\s*https?://\S+$")
# A feed's ticker tags before its headline (`$NSSC: Napco …`, `$BIDU $BABA $JD - Alibaba slips …`).
_CASHTAGS = re.compile(r"^(?:\$[A-Z][A-Z0-9.]{0,7}\s+)*\$[A-Z][A-Z0-9.]{0,7}\s*(?::|\s[-–—])\s+(?=\S)")
# A citation's outlet and day after the headline (`… Here’s why — ET Markets, 2026-08-27.`): the entry's; the day
# is the title's.
_CITED_TAIL = re.compile(r"\s+[—–]\s+[A-Z][^—–,]{1,40},\s*((?:19|20)\d{2})-(\d{2})-(\d{2})\.?\s*$")
# A news site's category tag before its English headline (`<Research>HSBC Global Research Prefers …`).
_ANGLE_TAG = re.compile(r"^<(?:Research|Result|Results|Rumor|Rumour|Market|Economy|Policy|Fund)>\s*(?=\S)")
# A portal's column after a bar at the end (`…被调低丨券商评级观察`): the column's, not the title's.
_COLUMN_TAIL = re.compile(r"\s*[|｜丨]\s*[\u4e00-\u9fff]{2,6}(?:观察|觀察|速递|速遞|精选|精選|速览|速覽|一览|一覽)$")
# A morning note's analysts before the colon of their item, after its sector tag (`计算机|罗露/孟林:浪潮信息…`).
# Authors' names before a title's colon, two or more set apart by spaces or enumeration commas (`胡鞍钢 鲁钰锋:…`).
_NAME_SEPARATOR = re.compile(r"\s*[\s、，,/／]\s*")
_ANALYSTS_LEAD = re.compile(r"^(?P<names>[\u4e00-\u9fff]{2,3}(?:[/／、][\u4e00-\u9fff]{2,3})+)\s*[:：]\s*(?=\S)")
# A house's name glued to its research unit in a document share's slug-title (`HuataiResearch Lifeinsurance…`).
_GLUED_UNIT = re.compile(r"^([A-Z][a-z]{2,})(?=Research\s)")
# A chat digest's emoji label before a bar (`🌈今日｜【中金公司】…`): the group's, not the title's.
_EMOJI_TAG = re.compile(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF][^|｜丨\s]{0,6}\s*[|｜丨]\s*(?=\S)")
# An author's handle after a file's title (`GoPlus研报：打造模块化安全新生态 @Peyton.pdf`).
_AT_CREDIT = re.compile(r"\s+@[^\s@/]{2,24}$")
# A digest's authors after an asterisk at the entry's end (`…面临短期压力*王君徐沛东郭晓希`, `…宽货币可期*张鹏 肖成哲`):
# names, run together or set apart, each opening with a surname (analysts.is_names_run); no title's words.
_STARRED_AUTHORS = re.compile(r"\s*\*\s*(?P<names>[\u4e00-\u9fff]{2,24}(?:[ 、，,][\u4e00-\u9fff]{2,4}){0,7})$")
# The spaces a search page sets around its highlight marks between Chinese words
# (`全球 <em class="search-result-highlight">区块</em> <em …>链</em> 产业`): the marks', not the title's.
_HIGHLIGHT_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=<(?:em|font|mark)\b)"
                            r"|(?:(?<=</em>)|(?<=</font>)|(?<=</mark>))\s+(?=<(?:em|font|mark)\b|[\u4e00-\u9fff])",
                            re.IGNORECASE)
# A whole title in guillemets that opens with its house in brackets (`《【华西证券】金融工程研究报告：…》`).
_WRAPPED_TAG = re.compile(r"^《(?P<inner>【[^【】]{2,12}】[^《》]+)》$")
# A reference's quoted title (its marks and series word kept, as after a glued house) with only notes after it:
# the date or years in parentheses, a dash and its link or remark (`《…》(2021.05.15) — [新浪财经](…)`,
# `《…》系列 (2023-2025) — …`), or the analysts' names (`《…》 周萧潇、刘均伟`).
_QUOTED_NOTES = re.compile(r"^(?P<title>《[^《》]{2,}》(?:系列)?)(?P<notes>\s*(?:[(（][^()（）]{2,24}[)）])?"
                           r"(?:\s*[—–]+\s.*|\s+[\u4e00-\u9fff]{2,4}(?:[、/][\u4e00-\u9fff]{2,4})*"
                           r"|[，,][^《》]{2,})?)$")
# A reference's house, then its analysts or the day, before the quoted title (`华泰证券 林晓明/陈烨《…》`,
# `国信证券 2026-06-16《…》`, `信通院 + 百度《…》`, `东方证券 《…》`).
_SPACED_HOUSE = re.compile(r"^(?P<prefix>[^\s《》*]{2,12}(?:\s*[+＋&]\s*[^\s《》*]{2,12})*)"
                           r"(?:\s+(?P<names>[^\s《》\d]{2,16}))?(?:\s*(?P<day>(?:19|20)\d{2}-\d{1,2}-\d{1,2}))?"
                           r"\s*(?P<rest>《.+)$")
# A numbered reference's house and its title set apart by a space (`[R4] 国泰君安 数量化专题之九十三 (2017)`).
_SPACED_ENTRY = re.compile(r"^(?P<prefix>[^\s《》]{2,8})\s+(?P<rest>[^\s].{3,}?)\s*(?:[(（](?:19|20)\d{2}[)）])?$")
# A house's team tag after the title (`周思考18:…需求韧性【中泰食品】`).
_TRAIL_TAG = re.compile(r"^(?P<rest>[^【】]{6,}?)\s*【(?P<prefix>[^【】\s]{2,12})】$")
# A quarter or half the title is about, split by a dash from its year (`中国银河宏观 2026-Q1 货币政策…`).
_PERIOD_REST = re.compile(r"^(?:Q[1-4]|H[12])\s+(?=\S)")
_YEAR_END = re.compile(r"\s+(?:19|20)\d{2}$")
# A list entry's date before a bar (`2021-06-28 | 天风证券 | …`): the day the entry gives the report.
_DATE_BAR = re.compile(r"^\s*((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})\s*[|｜丨]\s*(?=\S)")
# A date code glued to the title's first word (`20251209投資早報`, `20250819兆豐個股報告…`).
# A list entry's title in guillemets with only its date (or month) and a full stop after it (`《…》，2012-08-06。`,
# `《…》，2024年8月。`), or its date, pages and call (`《…》，2026年1月15日，68页，首次覆盖，评级“买入”。`), or
# the entry's house, date and pages before it (`西南证券，2022-04-08，9页：《…》。`).
_QUOTED_ENTRY = re.compile(r"^《(?P<title>[^《》]{2,})》\s*(?:[，,]\s*(?:19|20)\d{2}-\d{2}-\d{2}\s*[。.]?|[。.]"
                           r"|[，,]\s*(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?\s*[。.]?"
                           r"|[，,]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[，,][^《》]*[。.]?)$")
_ENTRY = re.compile(r"^(?P<org>[^，,:：《》\s]{2,20})[，,]\s*(?P<date>(?:19|20)\d{2}-\d{2}-\d{2})[，,]\s*"
                    r"(?:(?P<pages>\d{1,4})\s*页)?\s*[:：]\s*《(?P<title>[^《》]{2,})》\s*[。.]?$")
# A shared article's digest run on after its title with an underscore (`…高速增长_本周板块表现本周沪深300指数下跌0.16%，
# 家电指数下跌1.24%。…`): sentences, which a title's segments never are.
_DIGEST = re.compile(r"_(?=[^_]*。)")
_GLUED_CODE_LEAD = re.compile(r"^((?:19|20)\d{6})(?=[\u4e00-\u9fff])")
_SITE_SUFFIX = re.compile(r"\s*(?:[|｜]\s*(?!互联网|互聯網)[^|｜，。：:]{1,12}[網网](?:\s+-\s+[^|｜，。：:]{1,12})?"
                          r"|(?:[|｜]|-)\s*[^|｜，。：:]{0,24}\.(?:com|cn|net)(?:\.cn)?)\s*$", re.IGNORECASE)
# A report platform's or a newswire's name after the title, set off by a spaced dash or in parentheses (`… - 未来智库`,
# `… — 未来智库`, `…（慧博）`, `… - 财联社`): the site that shared it, never a credit.
_PLATFORM_SUFFIX = re.compile(r"(?:\s+[-—–]\s*(?:未来智库|三个皮匠报告|发现报告|洞见研报|萝卜投研|慧博投研资讯|慧博|"
                              r"财联社|新浪财经|东方财富网?|同花顺|证券时报|华尔街见闻|格隆汇|智通财经|第一财经|每日经济新闻)"
                              r"|\s*[(（](?:慧博|慧博投研资讯|未来智库|三个皮匠报告|发现报告|洞见研报)[)）])\s*$")
# A news outlet's name after an English headline, set off by a spaced dash as news APIs give it (`… - Moneycontrol`,
# `… - Economic Times`), also after the outlet's section (`… – Economics Bitcoin News - Bitcoin News`).
_OUTLETS = ("Moneycontrol|(?:The )?Economic Times|ET Markets|Bitcoin News|Reuters|Bloomberg|CNBC|MarketWatch|"
            "Yahoo Finance|Yahoo News|Business Insider|Markets Insider|Forbes|Barron's|Financial Times|"
            "(?:The )?Wall Street Journal|WSJ|Fortune|CNN Business|CNN|BBC News|Seeking Alpha|Benzinga|TipRanks|"
            "(?:The )?Motley Fool|Livemint|Mint|NDTV Profit|NDTV|Business Standard|(?:The )?Financial Express|"
            "Hindustan Times|(?:The )?Times of India|India Today|Zee Business|Business Today|South China Morning Post|"
            "SCMP|Nikkei Asia|CoinDesk|Cointelegraph|Decrypt|Fox Business|(?:The )?Guardian|Axios|TheStreet|"
            "Kiplinger|Investopedia|AP News|Al Jazeera|Quartz|"
            # (technology and Asian business outlets: `… - TNW`, `… - The Edge Singapore`)
            "TNW|The Next Web|TechCrunch|The Verge|VentureBeat|Wired|Engadget|Ars Technica|Investing\\.com|"
            "Caixin Global|Yicai Global|China Daily|Global Times|(?:The )?Business Times|(?:The )?Straits Times|"
            "The Edge Singapore|The Edge Malaysia|RTHK|FXStreet|ForexLive|investingLive|Kitco")
_OUTLET_SUFFIX = re.compile(rf"(?:\s+[-—–]\s+(?:[A-Z][\w&.']*\s+){{0,2}}(?:{_OUTLETS})){{1,2}}\s*$")
# A download's copy number after a site's watermark (`…【洞见研报DJyanbao.com】 (1).pdf`).
_COPY_NUMBER = re.compile(r"(?<=[】\]])\s*\(\d{1,2}\)$")
# A report site's page-title tail: its category, then its own name (`…-行业分析-慧博投研资讯`).
_SITE_TAIL = re.compile(r"\s*-\s*(?:[\u4e00-\u9fff]{2,6}(?:分析|研究|研报|报告)\s*-\s*)?慧博[\u4e00-\u9fff]{0,6}\s*$")
# A listing's count of the brokers covering the stock after an English call (`… as Buy (2) -`).
_BROKER_COUNT = re.compile(r"\s*\(\d{1,2}\)\s*-\s*$")
# A post's column before a bar or dash, naming the kind of post about a report (`研报复现 | …`).
_POST_COLUMN = re.compile(r"^研[报報](?:复现|復現|精选|精選|速递|速遞|解读|解讀|分享|推荐|推薦)"
                          r"\s*(?:[|｜丨]|[-—–](?!\d))\s*(?=\S)")
# A site's keyword in lower case before a bar (`powerball| …`): a spam page's, never a credit or a column.
_SITE_KEYWORD = re.compile(r"[a-z][a-z0-9]{2,19}")
# An English column heading before a bar (`Rating Quick Look | …`): furniture, never a credit.
_LATIN_COLUMN = re.compile(r"(?:[A-Z][A-Za-z]*\s+){0,3}(?:Quick\s+Look|Brief|Briefing|Digest|Wrap|Roundup|Snapshot|"
                           r"Highlights|Watch|Insights?|Spotlight)")
# A stock site's rating before the title (`评级(持有)白酒行业专题报告：…`), a repost site's word after it
# (`…_研报`) and the report type it files the post under (`…晨会纪要【晨会纪要】`); an English note's analyst
# credit after it (`… INCLUSION Analyst: Wong Chi-man, CFA (Tel: …)`).
# A report page's heading before the archive's `house-…-yymmdd` name (`中国银行研究报告:国信证券-中国银行-…`).
_DETAIL_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,10}研究报告[:：]\s*(?=[^-:：\s]{2,12}-\S)")
# A PDF site's `company-公司研究报告-title-yymmdd(N页)`: the company the report covers, then the site's category.
_COVERED_CATEGORY = re.compile(r"^(?P<company>[^-—–_\s]{2,12})-公司研究报告-(?=\S)")
# A download site's words after the file's extension (`….pdf在线下载`).
_DOWNLOAD_TAIL = re.compile(r"(\.(?:pdf|docx?|pptx?))\s*(?:在线下载|在线阅读|免费下载)$", re.IGNORECASE)
# A mirror's company and its `评级` link glued before the title's year (`农业银行评级2021年报详解:…`).
_RATED_COMPANY = re.compile(r"^[\u4e00-\u9fff]{2,8}评级(?=(?:19|20)\d{2}年)")
# A search result's snippet after the title: the page's address and its date (`… - bocpic.bankofchina.com/… · 2017...`),
# the page's site name run into the address (`… - Economics of Crisiseconomicsofcrisis.typepad.com/….pdf · …`).
_SNIPPET_TAIL = re.compile(r"\s+-\s+(?:[^/·\s][^/·]{0,40}?)?(?P<host>(?:[a-z0-9-]+\.)+(?:com|cn|net|org)(?:\.cn)?)/\S*"
                           r"(?P<rest>\s*·.*)?$", re.IGNORECASE)
# The same snippet with the address straight after the title (`March China Compass ffile.truefriend.com/… · 2014. 3. 7.
# ·...`): a host with a subdomain and a path, then the snippet's date between middle dots.
_BARE_SNIPPET_TAIL = re.compile(r"\s+(?P<host>(?:[a-z0-9-]+\.){2,}(?:com|cn|net|org)(?:\.cn)?)/\S*(?P<rest>\s*·.*)$",
                                re.IGNORECASE)
# The page's day in a snippet's tail: `· 2014. 3. 7. ·`, `· 9/14/2012 ·` (a year alone, `· 2017...`, names no day).
_SNIPPET_DAY = re.compile(r"·\s*(?:(?P<y>(?:19|20)\d{2})\.\s*(?P<m>\d{1,2})\.\s*(?P<d>\d{1,2})\.?"
                          r"|(?P<m2>\d{1,2})/(?P<d2>\d{1,2})/(?P<y2>(?:19|20)\d{2}))\s*(?=·|$)")
_RATING_MARK = re.compile(r"^评级\s*[(（][^()（）]{1,6}[)）]\s*(?=\S)")
_SITE_WORD = re.compile(r"[_\s]研[报報]$")
_TRAIL_KIND = re.compile(r"\s*【(?P<kind>[^【】]{2,8})】$")
_LATIN_ANALYST = re.compile(r"\s+Analysts?\s*:\s+[A-Z].*$")
# An old listing's starred fields: house, kind, title, then code, industry, analyst
# (`国泰君安*公司研究*腾讯控股:…*00700.HK*互联网行业*黎柏坚(香港)`).
_STARRED = re.compile(r"^(?P<org>[^*\s]{2,12})\*(?:[^*]{2,8}\*)?(?P<title>[^*]{4,})(?:\*[^*]*){1,4}$")
# A whole citation in double angle brackets (`<<20190610-华泰证券-…>>`): the brackets are off.
# A Japanese column's headline set between wave dashes, after the column's name or alone (`中国株 ココがPOINT!
# 〜「…」、…銘柄〜`, `~好材料目白押しのアリババ、…~`): the headline is the title, the column's name the site's.
_WAVED = re.compile(r"^[^~〜～]{0,30}?\s*[~〜～](?P<inner>[^~〜～]{4,})[~〜～]$")
_ANGLED = re.compile(r"^<<(?P<inner>[^<>]+)>>$")
# A whole citation in guillemets that opens with its house (`《开源证券-…》`, `《东吴证券"…"系列…》`): read
# inside them as another reading (known names only, so `《某白皮书》` keeps its marks).
_WRAPPED = re.compile(r"^《(?P<inner>[^《》\-—–_\"“]{2,16}?[-—–_\"“][^《》]+)》$")
# A house glued before the title's opening mark (`华泰金工《…》`, `广发证券报告《…》`, `东吴证券"…"系列…`).
_GLUED_HOUSE = re.compile(r"^(?P<prefix>[^\s《》\"“”<>|｜:：()（）\-—–_]{2,16}?)(?:研究报告|研報|研报|报告|報告)?"
                          r"(?P<rest>[《\"“].+)$")
# A repost's credit of a house's long report: `BOA 312页报告：…`, `高盛120页深度报告：…` (the pages are its).
_PAGED_CREDIT = re.compile(r"\s*(\d{1,4})\s*[页頁](?:深度|重磅)?(?:报告|報告|研报|研報|PPT|ppt)?$")
# A wire's line: the call in brackets, the agency's credit after it (`【花旗：…】财联社9月24日电`).
_TELEGRAPH = re.compile(r"^【(?P<head>[^【】]{4,80})】\s*(?:财联社|新华社|中新社|金十数据|格隆汇|智通财经|证券时报|"
                        r"华尔街见闻)[^【】]{0,16}$")
# A paid column's tag (【风口研报】, 【投行研报】): furniture, and the credit may follow it.
_COLUMN = re.compile(r"[\u4e00-\u9fff]{1,4}研[报報]")
# A Hong Kong news site's column before its headline (`《大行》瑞銀料…`, `《藍籌》中行…`): the column
# is the site's, and `大行` (the big houses) says the headline opens with the house that made the call.
_NEWS_COLUMN = re.compile(r"^《(?P<tag>[^《》]{2,4})》\s*(?=\S)")
# (the column named in full, `《大行報告》摩通：…`, as news searches list it, is the same column; etnet's
# `《外資精點》麥格理：…` is its column of the foreign houses' calls)
_NEWS_COLUMNS = frozenset(("大行", "大行报告", "外资精点", "蓝筹", "业绩", "异动", "新股", "港股", "美股", "国际",
                           "经济", "中国经济"))
_HOUSE_COLUMNS = frozenset(("大行", "大行报告", "外资精点"))
# A Japanese press release as document sites title it: `NEWS RELEASE <date> <社名>株式会社 <題名> を発表`.
_RELEASE_HEAD = re.compile(r"^NEWS\s*RELEASE\s+", re.IGNORECASE)
_LEGAL_LEAD = re.compile(r"^(?P<prefix>\S{1,20}(?:\s\S{1,20})?株式会社)\s+(?P<rest>\S.*)$")
# A title with its publisher in full-width parentheses after it (`新NISAは…（ニッセイ基礎研究所）`,
# `…（金融庁PDF）`): known names only.
_PAREN_TAIL = re.compile(r"^(?P<rest>.+?)\s*（(?P<prefix>[^（）()]{2,24}?)(?:PDF)?）$")
# The same credit in half-width parentheses set off by a space (`能力与理智:海外并购的基本前提 (麦肯锡)`).
_SPACED_PAREN_TAIL = re.compile(r"^(?P<rest>.+?)\s+\((?P<prefix>[^（）()\d]{2,24})\)$")
# A headline tag before a bar or in brackets (`晨会1108 |`, 【重磅】) is furniture too.
_HEADLINE_TAG = re.compile(r"[\u4e00-\u9fff]{0,6}(?:晨会|晨报|早报|早参|午报|日报|夜报|周报|周评|月报)"
                           r"(?:精粹|纪要|聚焦)?\s*\d{2,4}|重磅|独家|首发|最新|热点|快讯|速递|必读|深度")
# A bracketed report type (【公司研究】, 【研报】) is furniture; a bracketed series name is title.
_REPORT_TYPE = re.compile(r"(?:公司|行业|宏观|策略|固收|固定收益|金工|金融工程|海外|港股|债券)?"
                          r"(?:研究|研报|研報|深度|点评|點評|报告|報告|快评|专题|專題|周报|月报|晨会|首次覆盖|调研|纪要)(?:报告|報告)?")

_REPORT_TYPES = re.compile(rf"(?:{_REPORT_TYPE.pattern})+")


# A segment set off by a dash or underscore at the title's start or end (`华泰证券-…`, `…-华泰证券`).
_LEAD = re.compile(rf"^(?P<prefix>[^{DASHES}|｜:：()（）]{{2,24}}?){SEG}(?P<rest>.+)$")
_TRAIL = re.compile(rf"^(?P<rest>.+?){SEG}(?P<prefix>[^{DASHES}|｜:：()（）]{{2,24}})$")
# A house between a bare year and the title, as reading lists and files put it (`2022-德勤-《…》`, `…-德勤-2022.pdf`).
_YEAR_LEAD = re.compile(rf"^(?:19|20)\d{{2}}{SEG}(?P<prefix>[^{DASHES}|｜:：()（）《》\d]{{2,16}}){SEG}(?P<rest>.+)$")
_YEAR_TRAIL = re.compile(rf"^(?P<rest>.+?){SEG}(?P<prefix>[^{DASHES}|｜:：()（）《》\d]{{2,16}}){SEG}(?:19|20)\d{{2}}$")
# A house's long English name after a spaced dash (`Financial Stability Reports - Federal Reserve Bank of Kansas City`).
_LATIN_TRAIL = re.compile(r"^(?P<rest>.+?)\s+[-—–]\s+(?P<prefix>[A-Z][A-Za-z&.,' ]{24,60})$")


def display_text(title: str) -> str:
    """The listed title made safe to show: entities decoded (`&amp` too), invisibles gone."""
    return squash_spaces(strip_invisible(html.unescape(title)))

def _alternatives(text: str, report_date: date | None, pages: int | None,
                  referenced: bool = False) -> list[TitleParts]:
    """Readings with a publisher set off at the start or the end: by a dash or underscore
    (`华泰证券-银行业周报`, `…-华泰证券`), a bar (`… | 华安固收`) or a parenthesised credit."""
    readings: list[TitleParts] = []
    candidates = []
    if any(dash in text for dash in DASHES):
        candidates += [(_LEAD, "dash"), (_TRAIL, "dash"), (_LATIN_TRAIL, "dash")]
        if text[:2] in ("19", "20"):
            candidates.append((_YEAR_LEAD, "dash"))
        if text[-4:-2] in ("19", "20"):
            candidates.append((_YEAR_TRAIL, "dash"))
    if any(bar in text for bar in "|｜丨"):
        candidates.append((_BAR_CREDIT, "trail"))
    if " ~ " in text or " ～ " in text:
        candidates.append((_TILDE_CREDIT, "trail"))
    if any(dot in text[:12] for dot in "·・•"):
        candidates.append((_DOT_LEAD, "bar"))
    if text[-1:] == "】":
        candidates.append((_TRAIL_TAG, "trail"))
    if text[-1:].isdigit() and "." in text[-3:]:
        candidates.append((_SHARE_CREDIT, "trail"))
    if text[-1:] in ")）":
        candidates.append((_PAREN_CREDIT, "trail"))
    if text[-1:] == "）":
        candidates.append((_PAREN_TAIL, "trail"))
    if text[-1:] == ")":
        candidates.append((_SPACED_PAREN_TAIL, "trail"))
    if any(mark in text for mark in "《\"“"):
        candidates.append((_GLUED_HOUSE, "glued"))
    if "《" in text:
        candidates.append((_SPACED_HOUSE, "glued"))
    if referenced:
        candidates.append((_SPACED_ENTRY, "glued"))
    for pattern, context in candidates:
        found = pattern.match(text)
        if found:
            rest = found.group("rest").strip()
            if rest[:1] == "《" and (quoted := _QUOTED_NOTES.match(rest)):
                # a reference's quoted title, the notes after it off (the date among them the report's)
                noted = quoted.group("notes")
                day = find_date(noted) if noted.strip() else None
                if "day" in found.groupdict() and found.group("day"):
                    day = day or find_date(found.group("day"))
                readings.append(TitleParts(
                    listed=text, display=text, body=squash_spaces(quoted.group("title")),
                    prefix=found.group("prefix").strip(), prefix_as_listed="",
                    prefix_parts=[p for p in JOINT.split(found.group("prefix").strip()) if p], pages=pages,
                    report_date=report_date or day, context=context))
                continue
            body, day = strip_date_segments(found.group("rest").strip(DANGLING))
            if (glued := _GLUED_CODE_LEAD.match(body)) and (code := code_date(glued.group(1))):
                body, day = body[glued.end():], day or code
            if body[-1:].isdigit():
                body = MONTH_DAY.sub("", body)
            prefix = found.group("prefix").strip()
            if body[:1] in "QH" and (period := _PERIOD_REST.match(body)) and (year := _YEAR_END.search(prefix)):
                body, prefix = body[period.end():], prefix[: year.start()]  # `中国银河宏观 2026-Q1 …`: a period
            readings.append(TitleParts(
                listed=text, display=text, body=squash_spaces(body), prefix=prefix, prefix_as_listed="",
                prefix_parts=[p for p in JOINT.split(prefix) if p], pages=pages,
                report_date=report_date or day, context=context))
    if wrapped := _WRAPPED.match(text) or _WRAPPED_TAG.match(text):
        inner = parse_title(wrapped.group("inner"))
        readings += [replace(reading, report_date=report_date or reading.report_date, pages=pages)
                     for reading in (inner, *inner.alternatives) if reading.prefix]
    return readings


# A leading date's double dash (`2024-07-03--联储证券-…`), a year-month before a credit (`2020-12 艾瑞咨询：…`),
# a link's text in square brackets (`[德勤：…]`): the title inside read again.
_DOUBLE_DASH_LEAD = re.compile(r"^\s*-{1,2}\s*(?=[^\s-])")
_MONTH_LEAD = re.compile(r"^(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])\s+(?P<inner>\S.{3,})$")
_LINK_TEXT = re.compile(r"^\[(?P<inner>[^\[\]]{4,80})\]$")


def _inner_readings(text: str, report_date: date | None, pages: int | None) -> list[TitleParts]:
    """The readings of a title set inside a leading double dash, after a year-month or in a link's square brackets."""
    readings: list[TitleParts] = []
    inner = None
    if text[:1] == "-" and (dashed := _DOUBLE_DASH_LEAD.match(text)):
        inner = text[dashed.end():]
    elif (month := _MONTH_LEAD.match(text)) or (month := _LINK_TEXT.match(text)):
        inner = month.group("inner")
    if inner:
        again = parse_title(inner)
        readings += [replace(reading, report_date=report_date or reading.report_date, pages=pages or reading.pages)
                     for reading in (again, *again.alternatives) if reading.prefix and not reading.prefix_bracketed]
    return readings


def _credited(text: str, report_date: date | None, pages: int | None) -> list[TitleParts]:
    """Readings of a citation (`発行元「題名」`, a reference in a Latin script): its title, with each
    name it may credit as the prefix (see citations.py)."""
    readings = []
    for found, context in ((cited(text), "cite"), (reference(text), "series")):
        if found:
            body, names = found
            readings += [credit_reading(text, text, body, name, pages, report_date, context) for name in names]
    return readings


def _gbt_readings(listed: str, display: str) -> TitleParts | None:
    """A GB/T 7714 reference to a report (`[24] 东方财富研究. 题名[R]. 上海: 东方财富证券研究所, 2024.`): its
    title, read once for each name it may credit (the issuer, then the body that wrote it); its date only where it
    gives the day."""
    found = gbt_reference(display)
    if not found:
        return None
    title, names = found
    day = find_date(display)
    readings = [credit_reading(listed, display, title, name, None, day, "reference") for name in names]
    if not readings:
        return TitleParts(listed=listed, display=display, body=title, report_date=day, context="reference")
    return replace(readings[0], alternatives=readings[1:])




def _furniture_off(text: str) -> str:
    """The title without what only a site or an archive added to it."""
    text = _HEADLINE.sub("", _MARKUP.sub("", _HIGHLIGHT_GAP.sub("", text)))
    text = _SOURCE_TAG.sub("", _WATERMARK.sub("", _PORTAL_LINK.sub("", text)))
    return _DOC_ID_SUFFIX.sub("", _HASH_SUFFIX.sub("", text)) or text




# A digest's section tag before an item, in brackets or before a bar: sector or team words, run together or
# joined (`【纺织服饰】`, `政策研究 | `, `社服商贸 | `), with the analyst after a dash (`【金工-丁鲁明】`).
_SECTION_WORD = "|".join(sorted((*TEAM_WORDS, *INDUSTRY_WORDS, *SECTORS), key=len, reverse=True))
_SECTION_TAG = re.compile(rf"(?:{_SECTION_WORD})(?:[&＆、/·]?(?:{_SECTION_WORD}))*(?:[-—–·][\u4e00-\u9fff]{{2,3}})?")


def _tag_words(prefix: str) -> str:
    """A section tag read in simplified script (`機械`, `非銀`, `汽車`), with the Taiwan converter's `巨集` for 宏
    (`巨集觀` is how zh-TW conversion writes 宏观 in a mirrored digest)."""
    return to_simplified(prefix).replace("巨集", "宏")


# A digest's item wrapped whole in book-title marks after its section tag and a bar (`《金工|关键之日，转折之点！》`):
# the marks are the digest's, not the title's, where no other mark pair is inside (`《资产配置白皮书》` keeps its).
_WRAPPED_TITLE = re.compile(r"^《(?P<inner>(?P<tag>[^《》|｜丨\s]{2,8})\s*[|｜丨][^《》]{4,})》$")


# A digest's sector heading set before the item by a space (`食品饮料 巴比食品(605338.SH)首次覆盖:…`,
# `固定收益 关注边际修复行业的配置机会——…`): a sector's or a team's name, not a word of the title, where a
# covered company's code or a subtitle's dash marks the item (`有色金属 能源金属＆新材料周报：…` keeps its industry).
_SPACED_SECTOR_WORDS = [w for w in (*SECTORS, *INDUSTRY_WORDS, "固定收益", "宏观", "策略", "金融工程", "金工", "固收")
                        if w not in ("行业", "个股", "产业", "政策", "信用", "利率", "基金", "消费", "科技")]
_SPACED_SECTOR = re.compile("^(?:" + "|".join(sorted(_SPACED_SECTOR_WORDS, key=len, reverse=True))
                            + r")\s+(?=[\u4e00-\u9fff][^\s]{7,})(?=.*(?:[(（]\d{6}\.[A-Z]{2}[)）]|——))")






def parse_title(listed: str) -> TitleParts:
    display = display_text(listed)
    if "[R" in display and (referenced := _gbt_readings(listed, display)):
        return referenced
    text = display
    if text[:1] == "《" and (wrapped := _WRAPPED_TITLE.match(text)) \
            and _SECTION_TAG.fullmatch(_tag_words(wrapped.group("tag"))):
        text = wrapped.group("inner")
    if "下载" in text[-6:] or "阅读" in text[-6:]:
        text = _DOWNLOAD_TAIL.sub(r"\1", text)
    site, snippet_on = "", None
    if "/" in text and ("·" in text or " - " in text) and (
            snippet := (_SNIPPET_TAIL.search(text) if " - " in text else None) or _BARE_SNIPPET_TAIL.search(text)):
        site = snippet.group("host").lower()
        if (day := _SNIPPET_DAY.search(snippet.group("rest") or "")) is not None:
            snippet_on = valid_date(int(day.group("y") or day.group("y2")), int(day.group("m") or day.group("m2")),
                                    int(day.group("d") or day.group("d2")))
        text = text[: snippet.start()] or text
    is_file = _EXTENSION.search(text) is not None
    while True:
        stripped = _EXTENSION.sub("", text)
        if stripped == text:
            break
        text = stripped
    if is_file and text[-1:] == ")":
        text = _COPY_NUMBER.sub("", text)
    pages: int | None = None

    def take_pages(match: re.Match[str]) -> str:
        nonlocal pages
        pages = pages or int(match.group(1))
        return " "

    referenced = False
    if label := _REFERENCE_LABEL.match(text):
        text, referenced = text[label.end():], True
    if "**" in text:
        text = _BOLD.sub(r"\1", text)
    if "://" in text:
        text = _TRAILING_URL.sub("", text) or text
    if text[:1] == "<":
        text = _ANGLE_TAG.sub("", text)
    if text[:1] > "\u25ff" and (emoji := _EMOJI_TAG.match(text)):
        text = text[emoji.end():]
    if text[:1] == "$" and (tags := _CASHTAGS.match(text)):
        text = text[tags.end():]
    cited_on: date | None = None
    if (citation := _CITED_TAIL.search(text)) and citation.start() >= 8:
        text, cited_on = text[: citation.start()], valid_date(*map(int, citation.groups()))
    if "@" in text:
        text = _AT_CREDIT.sub("", text) or text
    if "*" in text[-30:] and (authors := _STARRED_AUTHORS.search(text)) and authors.start() >= 6 \
            and all(is_names_run(run) for run in _NAME_SEPARATOR.split(authors.group("names"))):
        text = text[: authors.start()]
    referenced = referenced or _LIST_MARK.match(text) is not None
    text = _PAGES.sub(take_pages, _LIST_MARK.sub("", text)).strip()
    text = _TRAILING_PAGES.sub(take_pages, text).strip()
    text = archive_off(text, is_file)
    if is_file and text[-1:].isdigit():
        text = _FILE_PAGES.sub(take_pages, text)
    text = _POST_COLUMN.sub("", _BROKER_COUNT.sub("", text))
    if "<" in text or "!" in text or "！" in text or "】" in text or "]" in text or text[-1:] in "0123456789abcdef" \
            or "维权" in text:
        text = _furniture_off(text)
    if telegraph := _TELEGRAPH.match(text):
        text = telegraph.group("head")
    text = _SITE_SUFFIX.sub("", text) or text
    text = _PLATFORM_SUFFIX.sub("", text) or text
    if (" - " in text or " – " in text or " — " in text) and mostly_ascii(text):
        text = _OUTLET_SUFFIX.sub("", text) or text
    if "慧博" in text:
        text = _SITE_TAIL.sub("", text) or text
    if "。" in text and (digest := _DIGEST.search(text)) and digest.start() >= 8:
        text = text[: digest.start()]
    elif "_" in text and (repeated := text.rpartition("_"))[2] and len(repeated[2]) >= 8 \
            and repeated[0].endswith(repeated[2]):
        text = repeated[0]  # a share's summary repeating the title's words (`…，建材成长价值共舞_…，建材成长价值共舞`)
    if text[-2:] in ("观察", "觀察", "速递", "速遞", "精选", "精選", "速览", "速覽", "一览", "一覽"):
        text = _COLUMN_TAIL.sub("", text) or text
    text = _RATED_COMPANY.sub("", _RATING_MARK.sub("", text))
    covered = ""
    if "研究报告" in text[:16]:
        text = _DETAIL_HEAD.sub("", text)
        if category := _COVERED_CATEGORY.match(text):
            text, covered = text[category.end():], category.group("company")
    if " " in text[:7]:
        text = _SPACED_SECTOR.sub("", text)
    if text[-1:] in "报報":
        text = _SITE_WORD.sub("", text)
    if text[-1:] == "】" and (kind := _TRAIL_KIND.search(text)) and _REPORT_TYPES.fullmatch(kind.group("kind")):
        text = text[: kind.start()]
    if "Analyst" in text and mostly_ascii(text):
        text = _LATIN_ANALYST.sub("", text) or text
    house_lead = False
    if (column := _NEWS_COLUMN.match(text)) and (tag := to_simplified(column.group("tag"))) in _NEWS_COLUMNS:
        house_lead = tag in _HOUSE_COLUMNS
        text = text[column.end():]
    release = _RELEASE_HEAD.match(text)
    if release:
        text = RELEASE_TAIL.sub("", text[release.end():]) or text
    elif "「" in text and (cited := CITED.match(text)) and not cited.group("org").strip() \
            and RELEASE_TAIL.fullmatch(cited.group("tail")):
        text = cited.group("title")  # `「…」を発表`: the release names only its title
    listed_on: date | None = None
    if on := LISTED_ON.match(text):
        text = text[on.end():]
        listed_on = valid_date(int(on.group(1)), int(on.group(2)), int(on.group(3))) if on.group(3) else None
    elif (lead := LEAD_CN_DATE.match(text)) and (day := valid_date(*map(int, lead.groups()))):
        text, listed_on = text[lead.end():], day
    elif (barred := _DATE_BAR.match(text)) and (day := valid_date(*map(int, barred.groups()))):
        text, listed_on = text[barred.end():], day
    if (glued_code := _GLUED_CODE_LEAD.match(text)) and (day := code_date(glued_code.group(1))):
        text, listed_on = text[glued_code.end():], listed_on or day
    text = text.strip(DANGLING) or text
    text, latin_date = latin_dates_off(text)
    if text[:1].isupper() and (glued_unit := _GLUED_UNIT.match(text)):
        # a slug's house glued to its unit (`HuataiResearch …`)
        text = f"{glued_unit.group(1)} {text[glued_unit.end(1):]}"
    listed_on = listed_on or latin_date or cited_on or snippet_on
    if noted := NOTED_DATE.search(text):
        noted_on = find_date(noted.group("a")) if noted.group("a") else None
        text, listed_on = text[: noted.start()], listed_on or noted_on
    if text[-1:] in "~〜～" and (waved := _WAVED.match(text)):
        text = waved.group("inner").strip()
    if angled := _ANGLED.match(text):
        text = angled.group("inner").strip()
    elif text[:1] == "《" and text[-1:] == "》" and "_" in text \
            and is_archive_name(text[1:-1]):
        text = text[1:-1]  # a file's name cited whole (`《东方证券_20150909_…》`, `《…_2015-08-10_国泰君安》`)
    elif text[-1:] == "》" and "《" not in text:
        text = text[:-1]  # a closing mark whose opening one the quoting line left off

    report_date: date | None = listed_on
    org_segments: list[str] = []
    prefix: str | None = None
    as_listed = ""
    bracketed = False
    context = ""

    starred = _STARRED.match(text) if "*" in text else None
    if starred:
        text, org_segments = starred.group("title"), [starred.group("org")]
    elif "《" in text and (entry := _ENTRY.match(text)):
        text, org_segments = entry.group("title"), [entry.group("org")]
        report_date = report_date or find_date(entry.group("date"))
        pages = pages or (int(entry.group("pages")) if entry.group("pages") else None)
    dashed = _DASHED.match(text) if not starred else None
    archive: ArchiveName | None = None
    if starred:
        pass
    elif dashed and code_date(dashed.group("date")):
        report_date = code_date(dashed.group("date"))
        text, org_segments = dashed.group("title"), [dashed.group("org").strip()]
    elif archive := archive_name(text, listed, display, pages):
        report_date, text, org_segments = archive.day, archive.title, [archive.org] if archive.org else []
    else:
        leading = PREFIX_DATE.match(text)
        if leading and code_date(leading.group(1)):
            report_date = code_date(leading.group(1))
            text = text[leading.end():]
            underscored = _UNDERSCORED.match(text)
            if underscored and not underscored.group("org").strip().isdigit():  # (a stock code, no firm)
                text, org_segments = underscored.group("title"), [underscored.group("org").strip()]
        trailing = SUFFIX_DATE.search(text)
        if trailing and code_date(trailing.group(1)):
            report_date = report_date or code_date(trailing.group(1))
            text = text[: trailing.start()]
    text, segment_date = strip_date_segments(text)
    report_date = report_date or segment_date
    while (glued_lead := GLUED_LEAD_DATE.match(text)) and (day := valid_date(*map(int, glued_lead.groups()))):
        text, report_date = text[glued_lead.end():], report_date or day
    if text[-1:].isdigit() or text[-1:] in ")）":
        glued = GLUED_DATE.search(text)
        if glued and (day := code_date(glued.group(1))):
            report_date = report_date or day
            text = text[: glued.start()]
        elif (short := SHORT_MONTH_CODE.search(text)) and (day := short_month_date(short.group(1))):
            report_date = report_date or day
            text = text[: short.start()]
        else:
            text = MONTH_DAY.sub("", text)
    core = text
    alternatives: list[TitleParts] = []
    if dashed and report_date:
        alternatives.append(credit_reading(listed, display, org_segments[0], text, pages, report_date, "dash"))
    if archive:
        alternatives += archive.readings
    if org_segments:
        prefix, context = org_segments[0], "archive"
    else:
        patterns = [(_BRACKET_PREFIX, "bracket"), (_BAR_PREFIX, "bar"), (_COLON_PREFIX, "colon")]
        if release:
            patterns.append((_LEGAL_LEAD, "colon"))  # the release's issuer by its legal name
        for pattern, kind in patterns:
            found = pattern.match(text)
            if found:
                prefix, context = found.group("prefix").strip(), kind
                as_listed = text[: found.start("rest")]
                furniture = _REPORT_TYPE.fullmatch(prefix) or SECTION.fullmatch(prefix) or _COLUMN.fullmatch(prefix)
                bracketed = bool((kind == "bracket" and furniture)
                                 or (kind in ("bracket", "bar") and (_HEADLINE_TAG.fullmatch(prefix)
                                                                     or _SECTION_TAG.fullmatch(_tag_words(prefix))))
                                 or (kind == "bar" and _LATIN_COLUMN.fullmatch(prefix)))
                if kind == "colon" and (paged := _PAGED_CREDIT.search(prefix)) and paged.start() >= 2:
                    pages, prefix = pages or int(paged.group(1)), prefix[: paged.start()].strip()
                text = found.group("rest")
                break
        again = _BRACKET_PREFIX.match(text) if context == "bracket" and bracketed else None
        if again and not (SECTION.fullmatch(again.group("prefix")) or _REPORT_TYPE.fullmatch(again.group("prefix"))):
            # a section tag before the credit: `【海外】【中金策略】…` reads as `【中金策略】…`
            prefix, as_listed, bracketed = again.group("prefix").strip(), "", False
            text = again.group("rest")
        elif context == "bar" and prefix and _SITE_KEYWORD.fullmatch(prefix):
            # a spam site's keyword before a bar (`powerball| Goldman Sachs: Raise its …`): furniture; the
            # headline after it reads on its own
            prefix, context, bracketed, as_listed = None, "", False, ""
            for pattern, kind in ((_BRACKET_PREFIX, "bracket"), (_COLON_PREFIX, "colon")):
                if found := pattern.match(text):
                    prefix, context = found.group("prefix").strip(), kind
                    as_listed, text = text[: found.start("rest")], found.group("rest")
                    break
        elif context == "bar" and prefix and _LATIN_COLUMN.fullmatch(prefix) and (found := _COLON_PREFIX.match(text)):
            # a column's name before a bar and the credit (`Market Insight | Goldman Sachs: Institutions Await…`)
            prefix, context, bracketed = found.group("prefix").strip(), "colon", False
            as_listed, text = text[: found.start("rest")], found.group("rest")
        elif context == "bracket" and prefix and _COLUMN.fullmatch(prefix):
            # a column's tag before the credit: `【投行研报】大摩：…` reads as `大摩：…`
            for pattern, kind in ((_BAR_PREFIX, "bar"), (_COLON_PREFIX, "colon")):
                if found := pattern.match(text):
                    prefix, context, bracketed = found.group("prefix").strip(), kind, False
                    as_listed, text = text[: found.start("rest")], found.group("rest")
                    break

    if context == "bar" and bracketed and (analysts := _ANALYSTS_LEAD.match(text)) \
            and not any(SECTION.fullmatch(name) or name in SECTORS
                        for name in re.split(r"[/／、]", analysts.group("names"))):
        text = text[analysts.end():]  # the analysts' names, no title's
    if context == "bracket" and bracketed and text[-1:] == "。" and text.count("。") == 1:
        text = text[:-1]  # a digest line's full stop after its bracketed report type (`【公司首次覆盖】…。`)
    byline = context == "colon" and bool(prefix) and _is_byline(prefix)
    report_date = report_date or find_date(text) or embedded_code_date(text) or spelled_date(text)
    if text[:1] == "《" and (quoted := _QUOTED_ENTRY.match(text.strip())):
        text = quoted.group("title")
    body = text.strip(DANGLING).strip() or text.strip()
    parts = [p for p in (_NAME_SEPARATOR if byline else JOINT).split(prefix) if p] if prefix else []
    if not org_segments:
        alternatives += _alternatives(core, report_date, pages, referenced)
        alternatives += _credited(core, report_date, pages)
        alternatives += glued_readings(core, _GLUED_CODE_LEAD.match(display) is not None, report_date, pages)
        alternatives += _inner_readings(core, report_date, pages)
        if context == "colon" and prefix and (prefix.endswith("行业") or SECTION.fullmatch(prefix)):
            # a site's industry before the archive's `house-title` (`证券行业:华西证券-…-210916`)
            alternatives += [reading for reading in _alternatives(body, report_date, pages)
                             if reading.context == "dash"]
    return TitleParts(
        listed=listed,
        display=display,
        body=squash_spaces(body),
        prefix=prefix,
        prefix_as_listed=as_listed,
        prefix_parts=parts,
        prefix_bracketed=bracketed,
        pages=pages,
        report_date=report_date,
        alternatives=alternatives,
        context=context,
        house_lead=house_lead,
        core=squash_spaces(core.strip(DANGLING).strip() or core),
        covered=covered,
        site=site,
        byline=byline,
    )


def _is_byline(prefix: str) -> bool:
    """Whether a prefix is two or more people's names (`胡鞍钢 鲁钰锋 周绍杰 杨竺松`, `张明、刘瑶`): each of two or
    three Chinese characters, a surname first (analysts.is_bare_name)."""
    names = _NAME_SEPARATOR.split(prefix)
    return len(names) >= 2 and all(2 <= len(name) <= 3 and "\u4e00" <= name[0] <= "\u9fff" and is_bare_name(name)
                                   for name in names)

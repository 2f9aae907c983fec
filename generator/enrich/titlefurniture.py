"""What sites, feeds, downloads and digests put around a listed title that says nothing of the report: a file's
extension and page count, a search engine's markup and snippet, a site's or an outlet's name, a feed's ticker tags,
a list's marks, a column's tag, a press release's head; and the day a listing or a citation gives the entry there
(`2020年12月，…`, `2021-06-28 | …`, `… — ET Markets, 2026-08-27.`), which is the report's.

titles.py reads the title's segments once `unwrap` has taken these off; an archive's paths and stamps are
archives.py's, the dates' forms titledates.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from generator.enrich.archives import archive_off, is_archive_name
from generator.enrich.choices import longest_first
from generator.enrich.citations import CITED, RELEASE_TAIL
from generator.enrich.personnames import is_names_run
from generator.enrich.sections import INDUSTRY_WORDS, SECTORS
from generator.enrich.titledates import (
    DANGLING,
    GLUED_CODE_LEAD,
    LEAD_CN_DATE,
    LISTED_ON,
    NOTED_DATE,
    code_date,
    find_date,
    latin_dates_off,
    valid_date,
)
from generator.enrich.titletags import NAME_SEPARATOR, REPORT_TYPES, SECTION_TAG, tag_words
from generator.normalize import mostly_ascii, to_simplified

# A document's extension; a data file made from the report may add its own after it (`….pdf.json`).
_EXTENSION = re.compile(r"\.(?:pdf|docx?|pptx?|xlsx?|txt|md|html?|caj|wps)(?:\.json)?\s*$", re.IGNORECASE)
_PAGES = re.compile(r"\s*[(（\[【［]\s*(?:共\s*)?(\d{1,5})\s*[页頁pP]\s*[)）\]】］]\s*")
# (an archive's file size after it, `…_8页_493kb`, goes with it)
_TRAILING_PAGES = re.compile(r"\s*[-_—–\s]\s*(?:共\s*)?(\d{1,5})\s*[页頁]"
                             r"(?:[-_]\d{1,6}(?:\.\d{1,2})?\s?[kKmM][bB])?\s*$")
# A downloader's page count after the title (`…_메모리 가격 상승 지속_p12`).
_FILE_PAGES = re.compile(r"_[pP](\d{1,4})$")
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
# A house's name glued to its research unit in a document share's slug-title (`HuataiResearch Lifeinsurance…`).
_GLUED_UNIT = re.compile(r"^([A-Z][a-z]{2,})(?=Research\s)")
# A chat digest's emoji label before a bar (`🌈今日｜【中金公司】…`): the group's, not the title's.
_EMOJI_TAG = re.compile(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF][^|｜丨\s]{0,6}\s*[|｜丨]\s*(?=\S)")
# An author's handle after a file's title (`GoPlus研报：打造模块化安全新生态 @Peyton.pdf`).
_AT_CREDIT = re.compile(r"\s+@[^\s@/]{2,24}$")
# A digest's authors after an asterisk at the entry's end (`…面临短期压力*王君徐沛东郭晓希`, `…宽货币可期*张鹏 肖成哲`):
# names, run together or set apart, each opening with a surname (personnames.is_names_run); no title's words.
_STARRED_AUTHORS = re.compile(r"\s*\*\s*(?P<names>[\u4e00-\u9fff]{2,24}(?:[ 、，,][\u4e00-\u9fff]{2,4}){0,7})$")
# The spaces a search page sets around its highlight marks between Chinese words
# (`全球 <em class="search-result-highlight">区块</em> <em …>链</em> 产业`): the marks', not the title's.
_HIGHLIGHT_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=<(?:em|font|mark)\b)"
                            r"|(?:(?<=</em>)|(?<=</font>)|(?<=</mark>))\s+(?=<(?:em|font|mark)\b|[\u4e00-\u9fff])",
                            re.IGNORECASE)
# A list entry's date before a bar (`2021-06-28 | 天风证券 | …`): the day the entry gives the report.
_DATE_BAR = re.compile(r"^\s*((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})\s*[|｜丨]\s*(?=\S)")
# A shared article's digest run on after its title with an underscore (`…高速增长_本周板块表现本周沪深300指数下跌0.16%，
# 家电指数下跌1.24%。…`): sentences, which a title's segments never are.
_DIGEST = re.compile(r"_(?=[^_]*。)")
_SITE_SUFFIX = re.compile(r"\s*(?:[|｜]\s*(?!互联网|互聯網)[^|｜，。：:]{1,12}[網网](?:\s+-\s+[^|｜，。：:]{1,12})?"
                          r"|(?:[|｜]|-)\s*[^|｜，。：:]{0,24}\.(?:com|cn|net)(?:\.cn)?)\s*$", re.IGNORECASE)
# A report platform's or a newswire's name after the title, set off by a spaced dash or in parentheses (`… - 未来智库`,
# `… — 未来智库`, `…（慧博）`, `… - 财联社`): the site that shared it, never a credit.
_PLATFORM_SUFFIX = re.compile(r"(?:\s+[-—–]\s*(?:未来智库|三个皮匠报告|发现报告|洞见研报|萝卜投研|慧博投研资讯|慧博|"
                              r"财联社|新浪财经|东方财富网?|同花顺|证券时报|华尔街见闻|格隆汇|智通财经|第一财经|每日经济新闻)"
                              r"|\s*[(（](?:慧博|慧博投研资讯|未来智库|三个皮匠报告|发现报告|洞见研报)[)）])\s*$")
_PLATFORM_ENDS = frozenset("库告报研讯博社经富网顺闻汇)）")  # (the last glyph of each name, or its closing bracket)
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
# A stock site's rating before the title (`评级(持有)白酒行业专题报告：…`), a repost site's word after it
# (`…_研报`) and the report type it files the post under (`…晨会纪要【晨会纪要】`); an English note's analyst
# credit after it (`… INCLUSION Analyst: Wong Chi-man, CFA (Tel: …)`).
_RATING_MARK = re.compile(r"^评级\s*[(（][^()（）]{1,6}[)）]\s*(?=\S)")
_SITE_WORD = re.compile(r"[_\s]研[报報]$")
_TRAIL_KIND = re.compile(r"\s*【(?P<kind>[^【】]{2,8})】$")
_LATIN_ANALYST = re.compile(r"\s+Analysts?\s*:\s+[A-Z].*$")
# A Japanese column's headline set between wave dashes, after the column's name or alone (`中国株 ココがPOINT!
# 〜「…」、…銘柄〜`, `~好材料目白押しのアリババ、…~`): the headline is the title, the column's name the site's.
_WAVED = re.compile(r"^[^~〜～]{0,30}?\s*[~〜～](?P<inner>[^~〜～]{4,})[~〜～]$")
# A whole citation in double angle brackets (`<<20190610-华泰证券-…>>`): the brackets are off.
_ANGLED = re.compile(r"^<<(?P<inner>[^<>]+)>>$")
# A wire's line: the call in brackets, the agency's credit after it (`【花旗：…】财联社9月24日电`).
_TELEGRAPH = re.compile(r"^【(?P<head>[^【】]{4,80})】\s*(?:财联社|新华社|中新社|金十数据|格隆汇|智通财经|证券时报|"
                        r"华尔街见闻)[^【】]{0,16}$")
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

# A digest's item wrapped whole in book-title marks after its section tag and a bar (`《金工|关键之日，转折之点！》`):
# the marks are the digest's, not the title's, where no other mark pair is inside (`《资产配置白皮书》` keeps its).
_WRAPPED_TITLE = re.compile(r"^《(?P<inner>(?P<tag>[^《》|｜丨\s]{2,8})\s*[|｜丨][^《》]{4,})》$")


# A digest's sector heading set before the item by a space (`食品饮料 巴比食品(605338.SH)首次覆盖:…`,
# `固定收益 关注边际修复行业的配置机会——…`): a sector's or a team's name, not a word of the title, where a
# covered company's code or a subtitle's dash marks the item (`有色金属 能源金属＆新材料周报：…` keeps its industry).
_SPACED_SECTOR_WORDS = [w for w in (*SECTORS, *INDUSTRY_WORDS, "固定收益", "宏观", "策略", "金融工程", "金工", "固收")
                        if w not in ("行业", "个股", "产业", "政策", "信用", "利率", "基金", "消费", "科技")]
_SPACED_SECTOR = re.compile("^(?:" + "|".join(longest_first(_SPACED_SECTOR_WORDS))
                            + r")\s+(?=[\u4e00-\u9fff][^\s]{7,})(?=.*(?:[(（]\d{6}\.[A-Z]{2}[)）]|——))")


@dataclass
class Unwrapped:
    """A listed title with its furniture off, and what the furniture told of the report."""

    text: str
    pages: int | None
    # The day the listing, a search snippet or a citation gives the entry.
    listed_on: date | None
    # Copied from a reference list: a label or a list's mark stood before it.
    referenced: bool
    # A Japanese press release: its issuer may lead the title by its legal name.
    release: bool
    # The headline stood in a column of brokers' calls (`《大行》`).
    house_lead: bool
    # The company a PDF site files the report under.
    covered: str
    # The host of a search result's snippet.
    site: str


def unwrap(display: str) -> Unwrapped:
    """The title out of what a site, a feed, a download or a list put around it."""
    text = display
    if text[:1] == "《" and (wrapped := _WRAPPED_TITLE.match(text)) \
            and SECTION_TAG.fullmatch(tag_words(wrapped.group("tag"))):
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
    while is_file and (stripped := _EXTENSION.sub("", text)) != text:
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
    # (the patterns below that open with spaces try every position: each is tried only where its dash, bracket, name or
    # address's dot is in the title)
    if ("—" in text or "–" in text) and (citation := _CITED_TAIL.search(text)) and citation.start() >= 8:
        text, cited_on = text[: citation.start()], valid_date(*map(int, citation.groups()))
    if "@" in text:
        text = _AT_CREDIT.sub("", text) or text
    if "*" in text[-30:] and (authors := _STARRED_AUTHORS.search(text)) and authors.start() >= 6 \
            and all(is_names_run(run) for run in NAME_SEPARATOR.split(authors.group("names"))):
        text = text[: authors.start()]
    if list_mark := _LIST_MARK.match(text):
        text, referenced = text[list_mark.end():], True
    # (looked for only in a title that holds a page count's word: each of the patterns tries every position)
    if "页" in text or "頁" in text or "p" in text or "P" in text:
        text = _PAGES.sub(take_pages, text)
    text = text.strip()
    if "页" in text or "頁" in text:
        text = _TRAILING_PAGES.sub(take_pages, text).strip()
    text = archive_off(text, is_file)
    if is_file and text[-1:].isdigit():
        text = _FILE_PAGES.sub(take_pages, text)
    if "(" in text:
        text = _BROKER_COUNT.sub("", text)
    text = _POST_COLUMN.sub("", text)
    if "<" in text or "!" in text or "！" in text or "】" in text or "]" in text or text[-1:] in "0123456789abcdef" \
            or "维权" in text:
        text = _furniture_off(text)
    if telegraph := _TELEGRAPH.match(text):
        text = telegraph.group("head")
    if "网" in text or "網" in text or "." in text:
        text = _SITE_SUFFIX.sub("", text) or text
    if text.rstrip()[-1:] in _PLATFORM_ENDS:
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
    if "评级" in text:
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
    if text[-1:] == "】" and (kind := _TRAIL_KIND.search(text)) and REPORT_TYPES.fullmatch(kind.group("kind")):
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
    if (glued_code := GLUED_CODE_LEAD.match(text)) and (day := code_date(glued_code.group(1))):
        text, listed_on = text[glued_code.end():], listed_on or day
    text = text.strip(DANGLING) or text
    text, latin_date = latin_dates_off(text)
    if text[:1].isupper() and (glued_unit := _GLUED_UNIT.match(text)):
        # a slug's house glued to its unit (`HuataiResearch …`)
        text = f"{glued_unit.group(1)} {text[glued_unit.end(1):]}"
    listed_on = listed_on or latin_date or cited_on or snippet_on
    if ("》" in text or ">" in text) and (noted := NOTED_DATE.search(text)):  # (it looks behind at a closing mark)
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
    return Unwrapped(text=text, pages=pages, listed_on=listed_on, referenced=referenced, release=release is not None,
                     house_lead=house_lead, covered=covered, site=site)


def _furniture_off(text: str) -> str:
    """The title without what only a site or an archive added to it."""
    text = _HEADLINE.sub("", _MARKUP.sub("", _HIGHLIGHT_GAP.sub("", text)))
    text = _SOURCE_TAG.sub("", _WATERMARK.sub("", _PORTAL_LINK.sub("", text)))
    return _DOC_ID_SUFFIX.sub("", _HASH_SUFFIX.sub("", text)) or text

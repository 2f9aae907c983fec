"""The fields of a scraped report record, whatever the scraper called them.

Each field is looked up under the names scrapers and the report platforms' own APIs use
(Eastmoney's research API, Wind-style and 慧博/萝卜投研/发现报告 exports, plain English and
Chinese column names), compared case-, space- and underscore-insensitively. The order of
the names is the order of preference when a record has several (Eastmoney's `orgSName`,
the short name, before `orgName`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

from generator.normalize import to_simplified

SYNONYMS: dict[str, tuple[str, ...]] = {
    # `newsTitle`, `news_title`, `publishedDate`, `gradingCompany`, `newGrade`, `action`: the
    # English analyst-rating feeds (FMP's grade and price-target news, OpenBB's `price_target`).
    "title": ("title", "report_title", "reportTitle", "report_name", "headline", "研报名称", "报告名称",
              "报告标题", "研报标题", "标题", "文章标题", "newsTitle", "news_title",
              # the document's title as a collector keeps it beside its own record (a WeChat
              # importer's `article_title`, a mailbox's or an index's `source_title`): before a
              # `name`, which beside them is the covered company's
              "article_title", "articleTitle", "source_title", "sourceTitle", "doc_title", "docTitle",
              # a bare `report` column holding the report's name (as 报告 and 研报 below), and
              # DART's OpenAPI `report_nm` (보고서명), before a `name` that is the company's
              "report", "report_nm",
              "name", "名称", "研报", "报告",
              "file_name",
              # a Korean report list's columns (Naver Finance's 리서치 board as scrapers save it:
              # 작성일, 종목명, 제목, 적정가격, 평가의견, 작성자, 작성기관)
              "제목", "리포트명"),
    "date": ("publish_date", "publishDate", "publish_time", "publishTime", "pub_date", "pubdate", "published",
             "published_at", "publishAt", "release_date", "date", "datetime", "time", "发布时间", "发布日期",
             "报告日期", "研报日期", "撰写日期", "发表日期", "日期", "时间", "writeDate", "report_date", "pub_time",
             "pubTime", "pubTimeStr", "trade_date", "release_time", "releaseTime", "post_time", "create_time",
             "create_date", "createDate", "ctime", "publishOn", "publishedOn", "publishedDate", "publicationDate",
             "datePublished", "发表时间", "작성일", "작성일자", "게시일",
             "上传时间", "updated",  # an Atom entry's last change, when it gives no `published`
             # a rating action's time (Finnhub's `gradeTime`, Yahoo's `epochGradeDate`)
             "gradeTime", "grade_time", "gradeDate", "grade_date", "epochGradeDate",
             # DART's OpenAPI receipt date (접수일자, `20240319`)
             "rcept_dt",
             # a broker call's time (`Call_Time`: "January 15, 2018 05:53 PM")
             "call_time", "call_date"),
    "publisher": ("publisher", "publishers", "orgSName", "org_s_name", "org_name", "orgName", "org", "organ_name",
                  "organization", "institution", "institution_name", "broker", "brokerName", "firm", "contributor",
                  "insName", "inst_csname", "inst_name", "gradingCompany", "analystCompany", "analyst_firm",
                  "broker_firm_name", "brokerFirmName",
                  "机构简称", "研究机构", "发布机构", "机构名称", "机构", "券商", "券商名称", "来源",
                  # a Korean list's writing house (작성기관) or securities firm (증권사)
                  "작성기관", "증권사",
                  # a broker-call feed's caller, the house or its analyst (Moneycontrol's calls as
                  # scrapers save them: `Call_Buy-Sell, Cmp_Name, Target_Price, Analyst_or_Cmp, Call_Time`)
                  "analyst_or_cmp", "analyst_or_company", "analyst_or_firm",
                  # a broker-tips feed's or a dashboard's house beside the company it recommends
                  # (`{name, symbol, brokerage, recommendation, target, date}`)
                  "brokerage", "brokerage_name", "brokerageName",
                  # last: a digest's `source` is the house whose note it lists (a number is a
                  # source type, never a publisher: see recordhouses.py)
                  "source"),
    "views": ("views", "view_count", "viewCount", "read_count", "readCount", "clicks", "浏览量", "阅读量",
              "浏览次数", "阅读数"),
    "pages": ("pages", "page_count", "pageCount", "page_num", "pageNum", "attachPages", "pageTotal", "file_pages",
              "页数", "报告页数"),
    "text": ("text", "preview", "summary", "abstract", "abstractText", "abstr", "description", "desc", "content",
             "content_html", "content_text", "摘要", "内容摘要", "核心观点", "内容", "简介", "预览", "正文",
             "paragraphs", "paragraphObjs", "paras", "段落"),
    "url": ("url", "link", "href", "source_url", "detail_url", "page_url", "newsURL", "链接", "网址", "详情链接",
            "原文链接", "报告链接", "连结", "source_link", "sourceLink",
            # the document's address beside its `article_title`, `doc_title`
            "article_url", "articleUrl", "article_link", "doc_url", "文章链接"),
    "pdf_url": ("pdf_url", "pdfUrl", "pdf", "pdf_link", "file_url", "attach_url", "download_url", "s3Url",
                "pdf链接", "PDF链接", "报告PDF链接", "PDF地址", "研报地址", "下载链接", "附件链接"),
    "rating": ("rating", "emRatingName", "sRatingName", "rating_name", "ratingName", "rating_content",
               "original_rating", "invest_rating", "investment_rating", "newGrade", "rating_current", "投资评级",
               "最新评级", "东财评级", "机构评级", "评级", "评级名称", "投资建议",
               # a Korean house's 투자의견 (investment opinion), as Korean scrapers name it too
               "opinion", "investment_opinion", "투자의견", "평가의견",
               # a rating action's new grade (Finnhub's and Yahoo's `toGrade`)
               "toGrade", "to_grade",
               "investment_grade", "investmentGrade",
               # a rating action's grade after and before it, as `<field>_to` / `<field>_from`
               "rating_to", "ratingTo",
               # a broker-call feed's call (`Call_Buy-Sell`: Buy, Sell)
               "call_buy_sell", "buy_sell", "call",
               # a broker-tips feed's call (`{Company, recommendation, broker, report-date}`: Buy,
               # Reduce, Initiating Coverage)
               "recommendation"),
    # The grade a rating action moved from: part of the title made for a rating record.
    "previous_rating": ("fromGrade", "from_grade", "previousGrade", "previous_grade", "previous_rating",
                        "lastEmRatingName", "last_rating", "上次评级", "前次评级", "rating_from", "ratingFrom"),
    "rating_change": ("rating_change", "ratingChangeName", "ratingChange", "rating_changes", "ratingType", "action",
                      "评级变动", "评级变化", "评级调整"),
    # A range's upper bound first (`max_price`, 目标价格-上限), as Eastmoney's `indvAimPriceT` is.
    "target_price": ("target_price", "targetPrice", "indvAimPriceT", "aim_price", "price_target", "max_price",
                     "min_price", "目标价", "目标价格", "目标价(元)", "目标价（元）", "目标价格-上限", "目标价格-下限",
                     # Benzinga's current target; a Korean consensus list's `tp` (beside its `tp_prev`)
                     "pt_current", "tp", "적정가격", "목표주가", "목표가",
                     # a target a rating action moved to (`target_to`, beside its `target_from`)
                     "target_to", "targetTo"),
    "analysts": ("analysts", "analyst", "researcher", "researchers", "author", "authors", "author_name",
                 "authorName", "analyst_name", "researcher_name", "分析师", "研究员", "研究员名称", "作者",
                 "撰写人", "작성자", "애널리스트"),
    "industry": ("industry", "industryName", "industry_name", "indvInduName", "ind_name", "induName",
                 "sw_first_name", "行业", "行业名称", "所属行业", "申万行业", "行业分类"),
    # `name`, `名称` are a title where a record has no other; beside a title they are the covered
    # company's (Tushare's `name` by `ts_code`, 同花顺's `名称` by `代码`), read only with a code.
    "security_name": ("stock_name", "stockName", "secuName", "security_name", "code_name", "companyName",
                      "证券简称", "证券名称", "股票名称", "股票简称", "公司简称", "企业简称", "公司名称", "name",
                      "名称", "종목명",
                      # a broker-call feed's company called (`Cmp_Name`)
                      "cmp_name"),
    "security_code": ("stock_code", "stockCode", "secuFullCode", "security_code", "ts_code", "stockId", "symbol",
                      "ticker", "tickers", "code", "证券代码", "股票代码", "代码", "종목코드",
                      # the security's ISIN, as an exchange's or a terminal's export names it
                      "isin", "isin_code", "isinCode", "ISIN代码"),
    # The document file a record keeps, as a downloader's index names it (its name may date it,
    # see dating.document_date).
    "document": ("source_file", "sourceFile", "file_path", "filePath", "filepath", "local_path", "localPath",
                 "save_path", "savePath", "pdf_path", "pdfPath", "文件路径", "本地路径", "保存路径"),
    "report_type": ("report_type", "reportType", "rtype_name", "type_name", "typeName", "type", "category",
                    "first_class", "报告类型", "研报类型", "报告类别", "类别", "类型", "分类"),
}
FIELDS = tuple(SYNONYMS)
# What a record must have to be a report: the others are optional.
REQUIRED = ("title", "date")
_FOLD = re.compile(r"[\s_\-]+")
def fold(name: str) -> str:
    """A key as compared: `Publish_Date`, `publishdate` and `publish date` are one, and so are
    發佈日期 and 发布日期 (a Taiwan or Hong Kong scraper's names, in simplified script as publishers
    and topics are matched)."""
    return to_simplified(_FOLD.sub("", name).casefold())


_LOOKUP = {field: tuple(dict.fromkeys(fold(s) for s in names)) for field, names in SYNONYMS.items()}
# A field's name after a word saying it is the report's (和讯's `研究报告标题`, `研报来源`,
# `研报作者`; `report_author`): read as the name alone when no key is that name itself.
_KNOWN = frozenset(name for names in _LOOKUP.values() for name in names)
# An address said to be the original's or the source's (`originalPdfUrl`, `sourcePageUrl`) is the address; so is
# one a site's or a system's name qualifies (`dart_url`, `hibor_link`), but not a picture's, a sharing button's or
# a local copy's, nor a kind of address (`pdf`, `page`, `file`: pdf_url's and url's own synonyms say those).
_QUALIFIER = re.compile(r"^(?:(?:原始|原文)?(?:券商)?(?:研究报告|研报|报告|report)|原始|原文|"
                        r"(?:original|source)(?=(?:page|pdf)?(?:url|link)$)"
                        r"|(?!image|img|cover|thumb|logo|avatar|icon|pic|photo|video|audio|share|wechat|qr|local|cache)"
                        r"[a-z]{2,12}(?<!pdf)(?<!page)(?<!file)(?=(?:url|link)$))(?=.)")
# A unit or variant in brackets after a name (`Target Price (Adj)`, `目标价(港元)`), and an
# English label saying `<what> of <whom>` (`Name of Broker`, `Date of Release`): read as the
# name alone and as `<whom> <what>` (`broker name`, `release date`) when no key is that name.
_BRACKETED = re.compile(r"\s*[(（\[【][^)）\]】]*[)）\]】]\s*$")
_OF = re.compile(r"\s*([A-Za-z]+)\s+of\s+(?:the\s+)?([A-Za-z]+)\s*", re.I)


def _bare_names(key: str, name: str) -> Iterator[str]:
    """The names a key's qualifiers qualify: its folded name without them."""
    bare = _QUALIFIER.sub("", name)
    if bare != name:
        yield bare
    unbracketed = _BRACKETED.sub("", key)
    if unbracketed and unbracketed != key:
        yield fold(unbracketed)
        key = unbracketed
    if match := _OF.fullmatch(key):
        yield fold(f"{match[2]} {match[1]}")


def _by_fold(keys: Iterable[str]) -> tuple[dict[str, str], dict[str, str]]:
    """The keys by their folded names, and by the names their qualifiers qualify."""
    exact: dict[str, str] = {}
    for key in keys:
        exact.setdefault(fold(key), key)
    qualified: dict[str, str] = {}
    for name, key in exact.items():
        if name in _KNOWN:  # `研报名称` is a title, not a 名称
            continue
        for bare in _bare_names(key, name):
            if bare and bare != name and bare not in exact:
                qualified.setdefault(bare, key)
    return exact, qualified


# Benzinga's rating calendar names the house `analyst` and the person `analyst_name`: where a
# record has both and no publisher's name, the first is the house.
_FIRM_AS_ANALYST, _PERSON = fold("analyst"), fold("analyst_name")


def _lookup_for(exact: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """The synonyms to look for among keys folded as `exact`."""
    if _FIRM_AS_ANALYST in exact and not any(n in exact for n in _LOOKUP["publisher"]) and (
            _PERSON in exact or _rating_row(exact)):
        return {**_LOOKUP, "publisher": (_FIRM_AS_ANALYST, *_LOOKUP["publisher"]),
                "analysts": tuple(n for n in _LOOKUP["analysts"] if n != _FIRM_AS_ANALYST)}
    return _LOOKUP


def _rating_row(exact: Mapping[str, str]) -> bool:
    """Whether keys folded as `exact` are a rating feed's row naming its house `analyst`
    (a price-target digest's `{date, analyst, rating, targetPrice}`, MarketWatch's upgrades
    table): no title, no house under another name, and a rating or a target price."""
    return (not any(n in exact for n in _LOOKUP["title"]) and not any(n in exact for n in RATING_HOUSE)
            and any(n in exact for n in (*_LOOKUP["rating"], *_LOOKUP["target_price"])))


def detect(keys: Iterable[str]) -> dict[str, str]:
    """Which of `keys` holds each field, by the synonyms' order of preference; a key serves
    one field only (the first that claims it)."""
    exact, qualified = _by_fold(keys)
    found: dict[str, str] = {}
    taken: set[str] = set()
    for field, names in _lookup_for(exact).items():
        for key in (*(exact.get(n) for n in names), *(qualified.get(n) for n in names)):
            if key is not None and key not in taken:
                found[field] = key
                taken.add(key)
                break
    return found


def candidates(field: str, keys: Iterable[str]) -> tuple[str, ...]:
    """Every key that may hold `field`, preferred first: a record may leave the first empty
    (Eastmoney's `emRatingName` is blank where `sRatingName` is not)."""
    return key_map(tuple(keys))[field]


@lru_cache(maxsize=256)
def key_map(keys: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """For each field, the keys of a record with `keys` that may hold it: worked out once
    for all the records of a file, which share their keys."""
    exact, qualified = _by_fold(keys)
    return {field: tuple(dict.fromkeys([*(exact[n] for n in names if n in exact),
                                        *(qualified[n] for n in names if n in qualified)]))
            for field, names in _lookup_for(exact).items()}


def score(record: Mapping[str, object]) -> int:
    """How much a mapping looks like a report record: the fields found, twice as much for
    the required ones (a title or date under a name no synonym knows counts, see `guess`);
    0 unless it has a title, or is a rating record (see `rating_record`)."""
    keys = [k for k in record if isinstance(k, str)]
    found = set(detect(keys))
    found.update(field for field in REQUIRED if field not in found and guess(field, record))
    if "title" not in found:
        return len(found) + 1 if rating_record(found, keys) else 0
    return len(found) + sum(1 for f in REQUIRED if f in found)


# The house behind a rating action where the record names no publisher otherwise: Finnhub's
# and Eulerpool's `company` (the analyst firm; elsewhere `company` is the covered company, so
# it is read as the house only in a rating record).
# A brokerage's own name comes first: beside it, `company` is the covered company.
RATING_HOUSES = tuple(fold(k) for k in ("firm_name", "brokerage", "company"))
RATING_HOUSE = frozenset(RATING_HOUSES)


def rating_record(found: Iterable[str], keys: Iterable[str]) -> bool:
    """Whether a record without a title is a rating: a date, a rating, a grade it moved from or
    a target price, and a house (a rating feed's row, which has no headline: `{gradeTime,
    company, action, fromGrade, toGrade}`) or else the security rated and a link to the report
    (a page's table of each stock's latest rating: `股票代码, 股票名称, 最新评级, 目标价, 评级日期`
    and its `摘要`). A company's grades with neither house nor link are an estimates table's."""
    found = set(found)
    house = "publisher" in found or any(fold(k) in RATING_HOUSE for k in keys)
    rated = house or bool(found & {"security_code", "security_name"} and found & {"url", "pdf_url"})
    return "date" in found and rated and bool(found & {"rating", "previous_rating", "target_price"})


# A required field under a name no synonym knows (`infoTitle`, `art_title`, `tdate`,
# `fbrq_time`): a key naming the field whose value is one. Never a crawler's own time, nor
# another day a record may carry (an IPO's listing day), nor a subtitle.
_GUESSES = {"title": re.compile(r"title|headline|标题|题目"), "date": re.compile(r"date|time|日期|时间|dt$")}
_NOT_GUESSED = re.compile(r"sub|crawl|fetch|scrap|spider|update|modif|insert|creat|expire|begin|start|end|"
                          r"listing|purchase|抓取|爬取|采集|入库|更新|修改|上市|申购|截止|开始|结束")


# A key about a title that holds no title: its id, link, picture, length, kind.
_NOT_TITLE = re.compile(r"(id|url|link|href|img|image|pic|icon|len|length|count|num|type|color|style)$")


def guess(field: str, record: Mapping[str, object]) -> str | None:
    """The key of `record` that holds a required `field` under a name no synonym knows, or
    None: the first whose name says the field and whose value is one (a text; a date)."""
    from generator.ingest.records import parse_date

    for key, value in record.items():
        if not isinstance(key, str):
            continue
        name = fold(key)
        if not _GUESSES[field].search(name) or _NOT_GUESSED.search(name) or (
                field == "title" and _NOT_TITLE.search(name)):
            continue
        if field == "date" and parse_date(value) is not None:
            return key
        if field == "title" and isinstance(value, str) and value.strip() and not value.strip().isdigit():
            return key
    return None

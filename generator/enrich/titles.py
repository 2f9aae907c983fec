"""Take a listed report title apart: publisher segments, page count, dates, the title proper.

Listings name files, not reports, so a title carries furniture: `机构:标题(52页).pdf`,
`标题-20190217-机构-11页.pdf`, `20231213_机构_标题_39页.pdf`, `【机构】标题`, `机构 | 标题`,
and articles credit teams and add headlines: `【广发宏观郭磊】标题`, `标题 | 华安固收`,
`重磅！标题`, `开源晨会0810丨标题`; archived files add paths, list numbers and save stamps
(`papers/铜/2026-07-15_机构_…`, `01_机构_…`, `報告_MS_主题_20260222`, `…-CTBC250801`: archives.py
takes those off and reads the archive's own names). This module only finds the segments; whether a segment is a
publisher is decided by attribution, against the publisher table. What a site puts around the title is taken off
by titlefurniture, the dates around it are read by titledates, a prefix that is only a tag is told by titletags,
and a credit at either end of the title is read by titleedges.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date

from generator.enrich.archives import ArchiveName, archive_name, glued_readings
from generator.enrich.citations import cited, gbt_reference, reference
from generator.enrich.readings import drop_readings
from generator.enrich.sections import SECTION, SECTORS
from generator.enrich.titledates import (
    DANGLING,
    GLUED_CODE_LEAD,
    GLUED_DATE,
    GLUED_LEAD_DATE,
    MONTH_DAY,
    PREFIX_DATE,
    SHORT_MONTH_CODE,
    SUFFIX_DATE,
    code_date,
    embedded_code_date,
    find_date,
    short_month_date,
    spelled_date,
    strip_date_segments,
    valid_date,
)
from generator.enrich.titleedges import JOINT, edge_readings
from generator.enrich.titlefurniture import unwrap
from generator.enrich.titleparts import TitleParts, credit_reading
from generator.enrich.titletags import (
    ANALYSTS_LEAD,
    COLUMN,
    HEADLINE_TAG,
    LATIN_COLUMN,
    NAME_SEPARATOR,
    REPORT_TYPE,
    SECTION_TAG,
    SITE_KEYWORD,
    is_byline,
    tag_words,
)
from generator.normalize import squash_spaces, strip_invisible

_DASHED = re.compile(r"^(?P<title>.+?)\s*[-—–]\s*(?P<date>\d{8}|\d{6})\s*[-—–]\s*(?P<org>[^-—–]{2,40})$")
_UNDERSCORED = re.compile(r"^(?P<org>[^_]{2,40})_(?P<title>.+)$")
_BRACKET_PREFIX = re.compile(r"^\s*[【\[［「]\s*(?P<prefix>[^】\]］」]{1,40})\s*[】\]］」]\s*(?P<rest>.+)$")
_BAR_PREFIX = re.compile(r"^(?P<prefix>[^|｜丨]{2,40}?)\s*[|｜丨]\s*(?P<rest>.+)$")
_COLON_PREFIX = re.compile(r"^(?P<prefix>[^:：。，,!?！？]{1,40}?)\s*[:：]\s*(?P<rest>.+)$")
# An old listing's starred fields: house, kind, title, then code, industry, analyst
# (`国泰君安*公司研究*腾讯控股:…*00700.HK*互联网行业*黎柏坚(香港)`).
_STARRED = re.compile(r"^(?P<org>[^*\s]{2,12})\*(?:[^*]{2,8}\*)?(?P<title>[^*]{4,})(?:\*[^*]*){1,4}$")
# A list entry's title in guillemets with only its date (or month) and a full stop after it (`《…》，2012-08-06。`,
# `《…》，2024年8月。`), or its date, pages and call (`《…》，2026年1月15日，68页，首次覆盖，评级“买入”。`), or
# the entry's house, date and pages before it (`西南证券，2022-04-08，9页：《…》。`).
_QUOTED_ENTRY = re.compile(r"^《(?P<title>[^《》]{2,})》\s*(?:[，,]\s*(?:19|20)\d{2}-\d{2}-\d{2}\s*[。.]?|[。.]"
                           r"|[，,]\s*(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?\s*[。.]?"
                           r"|[，,]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[，,][^《》]*[。.]?)$")
_ENTRY = re.compile(r"^(?P<org>[^，,:：《》\s]{2,20})[，,]\s*(?P<date>(?:19|20)\d{2}-\d{2}-\d{2})[，,]\s*"
                    r"(?:(?P<pages>\d{1,4})\s*页)?\s*[:：]\s*《(?P<title>[^《》]{2,})》\s*[。.]?$")
# A repost's credit of a house's long report: `BOA 312页报告：…`, `高盛120页深度报告：…` (the pages are its).
_PAGED_CREDIT = re.compile(r"\s*(\d{1,4})\s*[页頁](?:深度|重磅)?(?:报告|報告|研报|研報|PPT|ppt)?$")
# A Japanese press release's issuer by its legal name before its title (`<社名>株式会社 <題名>`).
_LEGAL_LEAD = re.compile(r"^(?P<prefix>\S{1,20}(?:\s\S{1,20})?株式会社)\s+(?P<rest>\S.*)$")
# A whole title in guillemets that opens with its house in brackets (`《【华西证券】金融工程研究报告：…》`).
_WRAPPED_TAG = re.compile(r"^《(?P<inner>【[^【】]{2,12}】[^《》]+)》$")
# A whole citation in guillemets that opens with its house (`《开源证券-…》`, `《东吴证券"…"系列…》`): read
# inside them as another reading (known names only, so `《某白皮书》` keeps its marks).
_WRAPPED = re.compile(r"^《(?P<inner>[^《》\-—–_\"“]{2,16}?[-—–_\"“][^《》]+)》$")


def display_text(title: str) -> str:
    """The listed title made safe to show: entities decoded (`&amp` too), invisibles gone, and the readings a
    converter to traditional script wrote after its characters (`宏觀經(jīng)濟(jì)宏觀周報(bào)`)."""
    return drop_readings(squash_spaces(strip_invisible(html.unescape(title))))


def _alternatives(text: str, report_date: date | None, pages: int | None,
                  referenced: bool = False) -> list[TitleParts]:
    """The readings with a publisher set off at either end (titleedges), and those of a citation wrapped whole in
    guillemets, read again inside them."""
    readings = edge_readings(text, report_date, pages, referenced)
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


def parse_title(listed: str) -> TitleParts:
    display = display_text(listed)
    if "[R" in display and (referenced := _gbt_readings(listed, display)):
        return referenced
    unwrapped = unwrap(display)
    text, pages, referenced = unwrapped.text, unwrapped.pages, unwrapped.referenced

    report_date: date | None = unwrapped.listed_on
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
        if unwrapped.release:
            patterns.append((_LEGAL_LEAD, "colon"))  # the release's issuer by its legal name
        for pattern, kind in patterns:
            found = pattern.match(text)
            if found:
                prefix, context = found.group("prefix").strip(), kind
                as_listed = text[: found.start("rest")]
                furniture = REPORT_TYPE.fullmatch(prefix) or SECTION.fullmatch(prefix) or COLUMN.fullmatch(prefix)
                bracketed = bool((kind == "bracket" and furniture)
                                 or (kind in ("bracket", "bar") and (HEADLINE_TAG.fullmatch(prefix)
                                                                     or SECTION_TAG.fullmatch(tag_words(prefix))))
                                 or (kind == "bar" and LATIN_COLUMN.fullmatch(prefix)))
                if kind == "colon" and (paged := _PAGED_CREDIT.search(prefix)) and paged.start() >= 2:
                    pages, prefix = pages or int(paged.group(1)), prefix[: paged.start()].strip()
                text = found.group("rest")
                break
        again = _BRACKET_PREFIX.match(text) if context == "bracket" and bracketed else None
        if again and not (SECTION.fullmatch(again.group("prefix")) or REPORT_TYPE.fullmatch(again.group("prefix"))):
            # a section tag before the credit: `【海外】【中金策略】…` reads as `【中金策略】…`
            prefix, as_listed, bracketed = again.group("prefix").strip(), "", False
            text = again.group("rest")
        elif context == "bar" and prefix and SITE_KEYWORD.fullmatch(prefix):
            # a spam site's keyword before a bar (`powerball| Goldman Sachs: Raise its …`): furniture; the
            # headline after it reads on its own
            prefix, context, bracketed, as_listed = None, "", False, ""
            for pattern, kind in ((_BRACKET_PREFIX, "bracket"), (_COLON_PREFIX, "colon")):
                if found := pattern.match(text):
                    prefix, context = found.group("prefix").strip(), kind
                    as_listed, text = text[: found.start("rest")], found.group("rest")
                    break
        elif context == "bar" and prefix and LATIN_COLUMN.fullmatch(prefix) and (found := _COLON_PREFIX.match(text)):
            # a column's name before a bar and the credit (`Market Insight | Goldman Sachs: Institutions Await…`)
            prefix, context, bracketed = found.group("prefix").strip(), "colon", False
            as_listed, text = text[: found.start("rest")], found.group("rest")
        elif context == "bracket" and prefix and COLUMN.fullmatch(prefix):
            # a column's tag before the credit: `【投行研报】大摩：…` reads as `大摩：…`
            for pattern, kind in ((_BAR_PREFIX, "bar"), (_COLON_PREFIX, "colon")):
                if found := pattern.match(text):
                    prefix, context, bracketed = found.group("prefix").strip(), kind, False
                    as_listed, text = text[: found.start("rest")], found.group("rest")
                    break

    if context == "bar" and bracketed and (analysts := ANALYSTS_LEAD.match(text)) \
            and not any(SECTION.fullmatch(name) or name in SECTORS
                        for name in re.split(r"[/／、]", analysts.group("names"))):
        text = text[analysts.end():]  # the analysts' names, no title's
    if context == "bracket" and bracketed and text[-1:] == "。" and text.count("。") == 1:
        text = text[:-1]  # a digest line's full stop after its bracketed report type (`【公司首次覆盖】…。`)
    byline = context == "colon" and bool(prefix) and is_byline(prefix)
    report_date = report_date or find_date(text) or embedded_code_date(text) or spelled_date(text)
    if text[:1] == "《" and (quoted := _QUOTED_ENTRY.match(text.strip())):
        text = quoted.group("title")
    body = text.strip(DANGLING).strip() or text.strip()
    parts = [p for p in (NAME_SEPARATOR if byline else JOINT).split(prefix) if p] if prefix else []
    if not org_segments:
        alternatives += _alternatives(core, report_date, pages, referenced)
        alternatives += _credited(core, report_date, pages)
        alternatives += glued_readings(core, GLUED_CODE_LEAD.match(display) is not None, report_date, pages)
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
        house_lead=unwrapped.house_lead,
        core=squash_spaces(core.strip(DANGLING).strip() or core),
        covered=unwrapped.covered,
        site=unwrapped.site,
        byline=byline,
    )

"""Readings of a title that sets its credit off at an edge: a dash or an underscore at its start or end
(`华泰证券-银行业周报`, `…-华泰证券`, `2022-德勤-《…》`), a bar (`… | 华安固收`), a middle dot (`国信化工·…`), a spaced
tilde, a trailing tag or parenthesis (`…【中泰食品】`, `…（ニッセイ基礎研究所）`), a house glued or spaced before the
quoted title (`华泰金工《…》`, `华泰证券 林晓明/陈烨《…》`).

Each reading is a candidate only: attribution keeps one whose prefix the publisher table knows. JOINT, the marks
joining houses in one credit (`中金·华泰`, `毕马威&中国银行业协会`), splits a listing's publisher field too.
"""

from __future__ import annotations

import re
from datetime import date

from generator.enrich.titledates import (
    DANGLING,
    DASHES,
    GLUED_CODE_LEAD,
    MONTH_DAY,
    SEG,
    code_date,
    find_date,
    strip_date_segments,
)
from generator.enrich.titleparts import TitleParts
from generator.normalize import squash_spaces

# A segment set off by a dash or underscore at the title's start or end (`华泰证券-…`, `…-华泰证券`).
_LEAD = re.compile(rf"^(?P<prefix>[^{DASHES}|｜:：()（）]{{2,24}}?){SEG}(?P<rest>.+)$")
_TRAIL = re.compile(rf"^(?P<rest>.+?){SEG}(?P<prefix>[^{DASHES}|｜:：()（）]{{2,24}})$")
# A house between a bare year and the title, as reading lists and files put it (`2022-德勤-《…》`, `…-德勤-2022.pdf`).
_YEAR_LEAD = re.compile(rf"^(?:19|20)\d{{2}}{SEG}(?P<prefix>[^{DASHES}|｜:：()（）《》\d]{{2,16}}){SEG}(?P<rest>.+)$")
_YEAR_TRAIL = re.compile(rf"^(?P<rest>.+?){SEG}(?P<prefix>[^{DASHES}|｜:：()（）《》\d]{{2,16}}){SEG}(?:19|20)\d{{2}}$")
# A house's long English name after a spaced dash (`Financial Stability Reports - Federal Reserve Bank of Kansas City`).
_LATIN_TRAIL = re.compile(r"^(?P<rest>.+?)\s+[-—–]\s+(?P<prefix>[A-Z][A-Za-z&.,' ]{24,60})$")
JOINT = re.compile(r"\s*(?:&amp;?|[&＆、/／+＋·・•]|\s和\s)\s*")
# A team tag set off by a middle dot at the title's start (`国信化工·数据中心及…`).
_DOT_LEAD = re.compile(r"^(?P<prefix>[^·・•\s|｜:：]{2,10})[·・•](?P<rest>.+)$")
# Credits where titles put them at the end: `… | 华安固收`, `…丨国海固收`, `…(浙商宏观·某团队)`, a house's English name
# with its unit (`… | J.P. Morgan Private Bank EMEA`).
_BAR_CREDIT = re.compile(r"^(?P<rest>.+?)\s*[|｜丨]\s*(?P<prefix>[^|｜丨]{2,24}|[A-Za-z][A-Za-z.&' ]{23,40})$")
# A document share's credit after a Chinese title, then the month (`…(英) HSBC 2022.2`, its page count off already).
_SHARE_CREDIT = re.compile(r"^(?P<rest>.*[\u4e00-\u9fff)）])\s+(?P<prefix>[A-Z][A-Za-z&.]*(?:\s[A-Z][A-Za-z&.]*){0,3})"
                           r"\s+(?:19|20)\d{2}\.\d{1,2}$")
# A blog's sector heading and the house whose call it sums up, set off by a spaced tilde (`內險股 ~ 摩通`).
_TILDE_CREDIT = re.compile(r"^(?P<rest>[^~～]{2,40}?)\s+[~～]\s+(?P<prefix>[^~～\s]{2,12})$")
_PAREN_CREDIT = re.compile(r"^(?P<rest>.+?)\s*[(（](?P<prefix>[^()（）]{2,24}[·・•][^()（）]{1,24})[)）]$")
# A house's team tag after the title (`周思考18:…需求韧性【中泰食品】`).
_TRAIL_TAG = re.compile(r"^(?P<rest>[^【】]{6,}?)\s*【(?P<prefix>[^【】\s]{2,12})】$")
# A title with its publisher in full-width parentheses after it (`新NISAは…（ニッセイ基礎研究所）`,
# `…（金融庁PDF）`): known names only.
_PAREN_TAIL = re.compile(r"^(?P<rest>.+?)\s*（(?P<prefix>[^（）()]{2,24}?)(?:PDF)?）$")
# The same credit in half-width parentheses set off by a space (`能力与理智:海外并购的基本前提 (麦肯锡)`).
_SPACED_PAREN_TAIL = re.compile(r"^(?P<rest>.+?)\s+\((?P<prefix>[^（）()\d]{2,24})\)$")
# A house glued before the title's opening mark (`华泰金工《…》`, `广发证券报告《…》`, `东吴证券"…"系列…`).
_GLUED_HOUSE = re.compile(r"^(?P<prefix>[^\s《》\"“”<>|｜:：()（）\-—–_]{2,16}?)(?:研究报告|研報|研报|报告|報告)?"
                          r"(?P<rest>[《\"“].+)$")
# A reference's house, then its analysts or the day, before the quoted title (`华泰证券 林晓明/陈烨《…》`,
# `国信证券 2026-06-16《…》`, `信通院 + 百度《…》`, `东方证券 《…》`).
_SPACED_HOUSE = re.compile(r"^(?P<prefix>[^\s《》*]{2,12}(?:\s*[+＋&]\s*[^\s《》*]{2,12})*)"
                           r"(?:\s+(?P<names>[^\s《》\d]{2,16}))?(?:\s*(?P<day>(?:19|20)\d{2}-\d{1,2}-\d{1,2}))?"
                           r"\s*(?P<rest>《.+)$")
# A numbered reference's house and its title set apart by a space (`[R4] 国泰君安 数量化专题之九十三 (2017)`).
_SPACED_ENTRY = re.compile(r"^(?P<prefix>[^\s《》]{2,8})\s+(?P<rest>[^\s].{3,}?)\s*(?:[(（](?:19|20)\d{2}[)）])?$")
# A reference's quoted title (its marks and series word kept, as after a glued house) with only notes after it:
# the date or years in parentheses, a dash and its link or remark (`《…》(2021.05.15) — [新浪财经](…)`,
# `《…》系列 (2023-2025) — …`), or the analysts' names (`《…》 周萧潇、刘均伟`).
_QUOTED_NOTES = re.compile(r"^(?P<title>《[^《》]{2,}》(?:系列)?)(?P<notes>\s*(?:[(（][^()（）]{2,24}[)）])?"
                           r"(?:\s*[—–]+\s.*|\s+[\u4e00-\u9fff]{2,4}(?:[、/][\u4e00-\u9fff]{2,4})*"
                           r"|[，,][^《》]{2,})?)$")
# A quarter or half the title is about, split by a dash from its year (`中国银河宏观 2026-Q1 货币政策…`).
_PERIOD_REST = re.compile(r"^(?:Q[1-4]|H[12])\s+(?=\S)")
_YEAR_END = re.compile(r"\s+(?:19|20)\d{2}$")


def edge_readings(text: str, report_date: date | None, pages: int | None,
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
            if (glued := GLUED_CODE_LEAD.match(body)) and (code := code_date(glued.group(1))):
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
    return readings

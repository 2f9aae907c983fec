"""A credit rating agency's rating report (`…2019年度跟踪评级报告`) heads its cover with the rating's fields: under
the current result (`跟踪评级结果`, as a copy may reword it, `成果`) the date it was rated (`评级时间:2019年6月24日`),
the report's own; then the previous result's fields (`前次评级结果 … 评级时间:2018年6月26日`), never the report's;
and the rating team (`评级小组负责人 高路 评级小组成员 彭筱桐赵振东`), its analysts. An issuer's announcement that
recounts a rating in a sentence (`评级时间为2022年6月23日`) has no such field and is left alone. An English agency's
research update dates its action at the head of its `Rating Action` section (`On Sept. 21, 2018, S&P Global Ratings
affirmed its …`): that day is the report's.
"""

from __future__ import annotations

import re
from datetime import date

from generator.enrich.personnames import is_bare_name
from generator.normalize import CJK_CLASS

# (the current result's heading, then the field within its block)
_RESULT = re.compile(r"(?<!前次)(?<!上次)(?<!历史)评级(?:结果|成果)\s")
_FIELD_REACH = 100
_RATED_ON = re.compile(r"评级时间\s*[:：]\s*(?P<y>(?:19|20)\d\d)\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日")
_TEAM = re.compile(rf"评级小组(?:负责人|组长|成员)\s*[:：]?\s*"
                   rf"(?P<names>[{CJK_CLASS}]{{2,9}}(?:[\s、,，][{CJK_CLASS}]{{2,3}}){{0,4}})(?=\s)")
_SPLIT = re.compile(r"[\s、,，]")


def rating_date(text: str) -> date | None:
    """The date the current rating's field gives, on a rating report's cover (`text` tidied, on one line)."""
    result = _RESULT.search(text)
    if result is None:
        return None
    field = _RATED_ON.search(text, result.end(), result.end() + _FIELD_REACH)
    if field is None or "前次" in text[result.end():field.start()]:
        return None
    try:
        return date(int(field.group("y")), int(field.group("m")), int(field.group("d")))
    except ValueError:
        return None


# (the section's heading, then the sentence opening on the day the agency acted)
_ACTION = re.compile(r"Rating Action\s+On (?P<mo>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? "
                     r"(?P<d>\d{1,2}), (?P<y>(?:19|20)\d\d), (?:S&P Global Ratings|Moody's|Fitch Ratings|Fitch) "
                     r"(?:affirmed|raised|lowered|assigned|revised|upgraded|downgraded|placed)\b")
# (or an agency's release, its dateline's day the day it says it acted: `Singapore, August 29, 2022 -- Moody's Investors
# Service ("Moody's") has today affirmed China's A1…`)
_TODAY_ACTION = re.compile(r"[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?, "
                           r"(?P<mo>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? (?P<d>\d{1,2}),? "
                           r"(?P<y>(?:19|20)\d\d) -- (?:S&P Global Ratings|Moody's|Fitch)[^.]{0,60}? has today "
                           r"(?:affirmed|raised|lowered|assigned|revised|upgraded|downgraded|placed)\b")
_DATELINE_REACH = 300  # (a release's dateline opens it)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def action_date(text: str) -> date | None:
    """The day an English agency's research update or release says it acted (`text` tidied, on one line)."""
    action = _ACTION.search(text) or (
        _TODAY_ACTION.search(text, 0, _DATELINE_REACH) if " has today " in text else None)
    if action is None:
        return None
    try:
        return date(int(action.group("y")), _MONTHS.index(action.group("mo")) + 1, int(action.group("d")))
    except ValueError:
        return None


def rating_team(text: str) -> list[str]:
    """The rating team's names, its head first; names glued together (`彭筱桐赵振东`) parted where each part is a name
    with its surname first."""
    names: list[str] = []
    for match in _TEAM.finditer(text):
        for run in _SPLIT.split(match.group("names")):
            parts = _parted(run)
            if parts is None:
                return []  # (not names: read nothing rather than a wrong one)
            names += [name for name in parts if name not in names]
    return names


def _parted(run: str) -> list[str] | None:
    """`run` as one name or as names glued together, each of two or three glyphs; None where it parts no way."""
    if len(run) <= 3:
        return [run] if is_bare_name(run) else None
    for size in (3, 2):
        if is_bare_name(run[:size]) and (rest := _parted(run[size:])) is not None:
            return [run[:size], *rest]
    return None

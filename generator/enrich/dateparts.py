"""What the readers of a report's own date share, those of Chinese covers (dates.py), of English covers and
titles (englishdates.py), of web pages and posts (pagedates.py) and of the date a title states (titledates.py):
how much of the cover they read, a date in figures, the day a date's figures (or a date match) name, and the
words that make a byline a research house's. Held apart so that no reader imports another's internals.
"""

from __future__ import annotations

import re
from datetime import date

# The cover's first characters, where its date stands and its date readers look.
COVER = 800
HEADLINE = 200  # the cover's first characters, where its headline stands
# The words of a research house's name in a byline: a platform's listing (`某某证券· 2025-09-26 19:27`) or an
# English stamp after the institution (`銀河國際 · Jun 10, 2020 00:00`) dates the report only under one.
# (a portal's channel, `新浪基金·`, names no research house: a fund's or a bank's byline counts by its 研究; a
# consultancy's, `某某咨询·` over its white paper, by its 咨询)
RESEARCH_HOUSE = re.compile(r"证券|證券|研究|期货|期貨|國際|国际|咨询|諮詢|[Ss]ecurities|SECURITIES"
                            r"|International|INTERNATIONAL|Research|RESEARCH|Capital|CAPITAL|Consulting|CONSULTING")


def valid_day(year: int, month: int, day: int) -> date | None:
    """The day these figures name; None where none exists (`2021年02月30日`, `Feb 30, 2020`)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A date in figures, in words (`2024年3月1日`) or parted by marks (`2024.3.1`). (A date's figures are parted by
# one mark throughout: `2019.8-19页`, a file name's month and its page count, is no date.)
DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
                  r"|(?P<mark>[-./])(?P<m2>\d{1,2})(?P=mark)(?P<d2>\d{1,2})(?!\d))")


def day_figures(match: re.Match[str]) -> tuple[int, int, int]:
    """A date match's year, month and day, whichever pattern found it."""
    found = match.groupdict()
    return (int(found["y"]), int(found["m"] or found.get("m2") or 0), int(found["d"] or found.get("d2") or 0))


def day_of(match: re.Match[str]) -> date | None:
    """The day a date match names; None where no such day exists (`2021年02月30日`)."""
    return valid_day(*day_figures(match))

"""What both readers of a report's own date use, those of Chinese covers (dates.py) and those of English
covers and titles (englishdates.py): how much of the cover they read, the day a date's figures name, and the
words that make a byline a research house's. Held apart so that neither reader imports the other's internals.
"""

from __future__ import annotations

import re
from datetime import date

# The cover's first characters, where its date stands and its date readers look.
COVER = 800
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


"""What a title says before the publisher table is consulted (TitleParts): made by titles.py, by archives.py for a
file name's readings and by citations' readings there, and read by publishers.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from generator.enrich.sections import TEAM_WORDS

# What joins a title's houses (`中信证券&中金公司`, `德勤、毕马威`): titles.py splits a title's prefix by it,
# publishers.py a listed publisher. (Here, not in titles.py: the publisher table, which every build
# loads, then imports no title reading, whose patterns cost a build that reads no listing 0.15 s.)
JOINT = re.compile(r"\s*(?:&amp;?|[&＆、/／+＋·・•]|\s和\s)\s*")

# A team's word before a colon, opening the title after the house's credit (`金工：红利因子择时…`).
_TEAM_LEAD = re.compile("^(?:" + "|".join(sorted(TEAM_WORDS, key=len, reverse=True)) + r")\s*[:：]\s*(?=\S)")


@dataclass
class TitleParts:
    """What a title says, before the publisher table is consulted."""

    listed: str
    display: str
    body: str
    prefix: str | None = None
    prefix_as_listed: str = ""
    prefix_parts: list[str] = field(default_factory=list)
    prefix_bracketed: bool = False
    pages: int | None = None
    report_date: date | None = None
    # Other ways to read the title when its first prefix is not a publisher: a segment set
    # off by a dash or underscore at either end (`华泰证券-银行业周报`, `…-华泰证券`).
    alternatives: list[TitleParts] = field(default_factory=list)
    # Where the prefix stood: bracket, bar, colon, dash, trail (a credit at the end), archive,
    # cite (`発行元「題名」`), series (a citation's working-paper series or publisher).
    context: str = ""
    # The headline stood in a column of brokers' calls (`《大行》`): it opens with the house.
    house_lead: bool = False
    # The whole title once dates and furniture are off, before any prefix is taken from it.
    core: str = ""
    # The company a PDF site files the report under (`山西证券-公司研究报告-…`): covered, not publishing.
    covered: str = ""
    # The host a search result's snippet shows after the title (`… ffile.truefriend.com/… · 2014. 3. 7.`): a house's own
    # file server names it (see PublisherTable.site_house).
    site: str = ""
    # The prefix is authors' names (`胡鞍钢 鲁钰锋 周绍杰:…`): no title's words, and no house unless the table says so.
    byline: bool = False

    def clean_title(self, prefix_is_publisher: bool) -> str:
        """The title proper: the prefix stays when it names an industry or series, not a
        publisher; and when it is the subject of an English headline's verb (`Citigroup: raise
        the target price of…`), which without it would start mid-sentence. After a house's
        credit, its team's word before a colon goes too (`华泰 | 金工：…`); authors' names before a colon go."""
        if prefix_is_publisher and self.context == "bar" and not self.prefix_bracketed:
            return _TEAM_LEAD.sub("", self.body) or self.body
        if not self.prefix or self.prefix_bracketed or self.byline or (prefix_is_publisher and not self._subject()):
            return self.body
        return f"{self.prefix_as_listed}{self.body}"

    def _subject(self) -> bool:
        return self.context == "colon" and self.body[:1].islower() and self.body[:1].isascii()


def credit_reading(listed: str, display: str, body: str, house: str, pages: int | None, day: date | None,
                    context: str) -> TitleParts:
    """A reading of the title crediting `house`, found apart from the title's own prefix, with `body` its title."""
    return TitleParts(listed=listed, display=display, body=body, prefix=house, prefix_parts=[house], pages=pages,
                      report_date=day, context=context)

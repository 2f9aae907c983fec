"""The analysts a Chinese news page credits with the report it reports: named after their post and said to speak
in the report (`分析师莉娜·托马斯和达安·斯特鲁文在报告中表示`), or named before their house's analysts speaking
(`小摩的Gokul Hariharan等分析師表示`); on an English page, named with their posts as the report's authors (`said Vice
President Nicholas Zhu and Associate Managing Director Chen Huang, the authors of the report`). A speaker quoted
with no report (`某某首席经济学家某某表示`) is no credited author (the repository's rule for quoted speakers): the
report, or the house's own analysts, say so. Read by facts.py on the simplified text when nothing else credits an
analyst.
"""

from __future__ import annotations

import re

from generator.enrich.personnames import is_bare_name
from generator.normalize import CJK_CLASS

# A name as a Chinese page writes it: a Chinese one (2-3 glyphs), or a foreign one transliterated, its parts
# joined by a middle dot (`莉娜·托马斯`).
_NAME = rf"[{CJK_CLASS}]{{2,6}}(?:·[{CJK_CLASS}]{{1,6}}){{0,2}}"
_IN_REPORT = re.compile(rf"(?:分析师|经济学家|策略师)(?P<names>{_NAME}(?:(?:和|与|及|、){_NAME}){{0,3}})"
                        r"在(?:其)?(?:最新)?(?:的)?(?:研究)?(?:报告|研报)中(?:表示|指出|称|写道|预计|认为)")
_SPLIT = re.compile("和|与|及|、")
# (a house's analyst named in Latin letters before `等分析师`, after the house: `小摩的Gokul Hariharan等分析师表示`)
_HOUSES_ANALYSTS = re.compile(r"的(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})等分析师(?:表示|指出|认为|在报告中)")


# (an English page's: the speakers named with their posts as the report's authors, a post's words before each name)
_AUTHORS_OF = re.compile(r"(?:said|according to) (?P<names>[A-Z][\w.’'-]*(?:,? (?:and )?[A-Z][\w.’'-]*){1,11}),"
                         r" (?:the )?(?:co-)?authors? of the (?:report|note|study)")
_POST_WORDS = frozenset(("Vice", "President", "Associate", "Assistant", "Senior", "Managing", "Director", "Analyst",
                         "Chief", "Economist", "Head", "Lead", "Principal", "Strategist", "Officer", "Executive",
                         "Credit", "Research", "Partner", "Deputy", "Global", "Regional"))
_LATIN_AND = re.compile(r",? and |, ")


def _english_authors(text: str) -> list[str]:
    names: list[str] = []
    for match in _AUTHORS_OF.finditer(text):
        for part in _LATIN_AND.split(match.group("names")):
            words = part.split()
            while words and words[0] in _POST_WORDS:
                words.pop(0)
            if not 2 <= len(words) <= 3 or any(word in _POST_WORDS for word in words):
                return []  # (not names alone after the posts: a house, a team)
            names.append(" ".join(words))
    return names


def reported_analysts(text: str) -> list[str]:
    """The analysts `text` (a news page, simplified) credits with the report it reports, in order."""
    names: list[str] = []
    if "报告中" in text or "研报中" in text:
        for match in _IN_REPORT.finditer(text):
            for name in _SPLIT.split(match.group("names")):
                if ("·" in name or is_bare_name(name)) and name not in names:
                    names.append(name)
    if "等分析师" in text:
        names += [m.group("name") for m in _HOUSES_ANALYSTS.finditer(text) if m.group("name") not in names]
    if "author" in text:
        names += [name for name in _english_authors(text) if name not in names]
    return names

"""The analysts a Chinese news page credits with the report it reports: named after their post and said to speak
in the report (`分析师莉娜·托马斯和达安·斯特鲁文在报告中表示`), or named before their house's analysts speaking
(`小摩的Gokul Hariharan等分析師表示`). A speaker quoted with no report (`某某首席经济学家某某表示`) is no
credited author (the repository's rule for quoted speakers): the report, or the house's own analysts, say so.
Read by facts.py on the simplified text when nothing else credits an analyst.
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
    return names

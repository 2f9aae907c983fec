"""A research team's roster on a cover: the team's label, then two or more members each with a role and a licence
number (`# 金融工程研究团队 魏建榕(首席分析师) 证书编号:S0790519120001 傅开波 (分析师) 证书编号:…
高鹏(分析师) 证书编号:… 苏俊豪 (分析师) …`, nine names; a smaller team's four alike), the report's own byline standing
apart under its title (`魏建榕 (分析师) weijianrong@… 证书编号:S0790519120001 傅开波 (分析师) …`). The roster says who
is on the team, the byline who wrote the report: where both stand, the roster credits no one. (Its size does not
tell it from a byline: a team of four lists no more names than a byline of four; the team's label and the licensed
byline standing apart from it do.)"""

from __future__ import annotations

import re

from generator.enrich.licences import licensed_analysts
from generator.normalize import CJK_CLASS

# A member: a name, a role in brackets or a title, the licence's label, the number (S or A, a firm's code, 5, eight
# figures).
_MEMBER = (rf"[{CJK_CLASS}]{{2,3}}\s?(?:[(（][{CJK_CLASS}]{{2,6}}[)）]|[{CJK_CLASS}]{{0,8}}(?:分析师|研究员))\s?"
           r"(?:[^\s:：]{2,10}\s?[:：]\s?)?[SA]\d{4}[15]\d{8}(?!\d)\s?")
_ROSTER = re.compile(rf"团队\s?(?:{_MEMBER}){{2,}}")


def without_roster(text: str) -> str:
    """`text` without a team's roster where a byline with licences stands apart from it; else `text`."""
    if "团队" not in text or (roster := _ROSTER.search(text)) is None:
        return text
    rest = text[:roster.start()] + " " + text[roster.end():]
    return rest if licensed_analysts(rest) else text

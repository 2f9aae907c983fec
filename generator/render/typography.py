"""Chinese typography for what pages print: one date style, and display titles whose
punctuation does not mix half- and full-width forms between Chinese characters."""

from __future__ import annotations

import re
from datetime import date

# CJK ideographs, full-width punctuation and the CJK symbols block.
CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_HALF_TO_FULL = str.maketrans({":": "：", ",": "，", ";": "；", "?": "？", "!": "！"})
# A half-width mark next to a Chinese character, with the spaces around it.
_MARK = re.compile(rf"(?<=[{CJK}])\s*[:,;?!]\s*|\s*[:,;?!]\s*(?=[{CJK}])")
# Half-width parentheses around text holding Chinese: （…）, as the rest of the title.
_PARENS = re.compile(rf"\(([^()]*[{CJK}][^()]*)\)")


def day(value: date | None) -> str:
    """The site's one date style: 2023-10-09 (sorts, aligns in columns, reads everywhere)."""
    return value.isoformat() if value else ""


def headline(title: str) -> str:
    """A title as displayed: `银行业:社融超预期(上)` becomes `银行业：社融超预期（上）`. Marks
    with no Chinese character beside them (`2.5:1`, `A,B`) are left as they are."""
    title = _MARK.sub(lambda m: m.group().strip().translate(_HALF_TO_FULL), title)
    return _PARENS.sub(r"（\1）", title)

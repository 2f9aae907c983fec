"""Chinese typography for what pages print: one date style, and titles and excerpts whose
punctuation does not mix half- and full-width forms between Chinese characters."""

from __future__ import annotations

import re
from datetime import date

# CJK ideographs, full-width punctuation and the CJK symbols block.
CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_HALF_TO_FULL = str.maketrans({":": "：", ",": "，", ";": "；", "?": "？", "!": "！"})
# A half-width mark next to a Chinese character, with the spaces around it.
_HALF_MARK = re.compile("[:,;?!]")
_MARK = re.compile(rf"(?<=[{CJK}])\s*[:,;?!]\s*|\s*[:,;?!]\s*(?=[{CJK}])")
# Half-width parentheses around text holding Chinese: （…）, as the rest of the text.
_PARENS = re.compile(rf"\(([^()]*[{CJK}][^()]*)\)")
# A space beside a full-width mark, which carries its own spacing: extraction leaves them
# (`同比14 ，归母`, `公告， 2020年`, `《 2015年`), `striptags` too between paragraphs, and a browser
# breaks a line before `，` or after `《` there. (The mark before is looked for behind the first
# space, not at every character: a pattern that starts with a space lets the regex engine skip
# to the next one, three times as fast through a page's text.)
_SPACE_BY_MARK = re.compile(r"\s(?:(?<=[，。、；：！？（）【】《》「」『』”]\s)\s*|\s*(?=[，。、；：！？）】》」』]))")


def day(value: date | None) -> str:
    """The site's one date style: 2023-10-09 (sorts, aligns in columns, reads everywhere)."""
    return value.isoformat() if value else ""


def punctuated(text: str) -> str:
    """A title or excerpt as displayed: `银行业:社融超预期(上)` becomes `银行业：社融超预期（上）`, and
    `同比14 ，归母` becomes `同比14，归母`. Marks with no Chinese character beside them (`2.5:1`,
    `A,B`) are left as they are. (The data keeps what was listed: exports and search keys.)"""
    # (each pattern only where its mark is: most Chinese text has none, and finding one costs a
    # tenth of a pattern's pass, which tries its lookarounds at every character)
    if _HALF_MARK.search(text):
        text = _MARK.sub(lambda m: m.group().strip().translate(_HALF_TO_FULL), text)
    if "(" in text:
        text = _PARENS.sub(r"（\1）", text)
    return tight(text)


def tight(text: str) -> str:
    """`text` with no space beside a full-width mark (`同比14 ，归母` → `同比14，归母`)."""
    return _SPACE_BY_MARK.sub("", text)

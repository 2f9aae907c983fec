"""What a spam page sets into the report it copies: emoji and glyphs of foreign scripts between CJK characters,
where no word can hold them (`核心η观◘点`), a keyword repeated at the start of its lines or on lines of its own
between a sentence's clauses, and keyword lists on lines that each open with a comma. Steps of chrome.py's
`strip_chrome`; facts.py drops the noise before it reads a cover. (A copying site's spam block before its source
credit is spam.py's.)
"""

from __future__ import annotations

import re
from collections import Counter

from generator.normalize import CJK_CLASS

_C = f"[{CJK_CLASS}]"

# Glyphs no Chinese word holds: letters of other scripts (Latin with diacritics but `Å`, an
# ångström's sign; IPA, combining marks, Cyrillic to Tibetan), math signs of logic (`∴`), shapes,
# symbols and dingbats that are no bullet (`◘`, `♡`, `◐`; a bullet of `boilerplate.BULLETS` glued between the
# cover's glyphs and a point's, `…基金投资策略⚫股混基金:8月制造业PMI为49.7%,…`, is the point's). Arrows, comparison
# signs, `×`, `÷`, `±`, `°` and `℃` are left: a sentence uses them. Greek is apart (`α收益`, `高β`): see `_GREEK`.
_FOREIGN = ("\u00c0-\u00c4\u00c6-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0300-\u036f\u0400-\u0fff\u2234\u2235"
            "\u25a2-\u25a9\u25ad-\u25b1\u25b3-\u25b5\u25b7-\u25b9\u25bb-\u25c5\u25c8-\u25ca\u25cc\u25cd"
            "\u25d0-\u25fb\u2600-\u2604\u2607-\u26aa\u26ac-\u26ff\u2700-\u2712\u2715-\u2750\u2752-\u2755"
            "\u2757-\u27a1\u27a5-\u27bf")
_GREEK = "\u0370-\u03ff"
# Between a CJK character and another, a digit or a Chinese mark, either way round (`核心η观◘点`,
# `3ੑ季度`, `全面◐，`). (One class first, then a look behind at what stands before it: the search
# skips to the glyphs.)
_NEXT_TO = rf"[{CJK_CLASS}\d，。；：、！？“”（）]"
_NOISE = re.compile(rf"[{_FOREIGN}](?:(?<={_C}.)[{_FOREIGN}]{{0,2}}(?={_NEXT_TO})"
                    rf"|(?<={_NEXT_TO}.)[{_FOREIGN}]{{0,2}}(?={_C}))")
_GREEK_NOISE = re.compile(rf"[{_GREEK}](?<={_C}.)(?={_C})")
# A text with this many foreign glyphs between CJK characters was noised: its Greek letters
# between CJK characters are noise too (a report's `α`, `β` stand alone).
_NOISED = 2
# Emoji are never a report's: with the brackets a spam page sets them in (`推荐(😸)。`).
_EMOJI = re.compile("[(（][\U0001f000-\U0001faff\ufe0f\u200d]+[)）]|[\U0001f000-\U0001faff][\ufe0f\u200d]?")


# Any of these: one scan tells most texts hold none.
_ANY = re.compile(f"[{_FOREIGN}{_GREEK}\U0001f000-\U0001faff]")


def drop_noise(text: str) -> str:
    """`text` without the glyphs a page injected between its CJK characters, and its emoji."""
    if text.isascii() or not _ANY.search(text):
        return text
    if (found := len(_NOISE.findall(text))) >= 1:
        text = _NOISE.sub("", text)
        if found >= _NOISED:
            text = _GREEK_NOISE.sub("", text)
    return _EMOJI.sub("", text)


# A keyword a spam page sets at the start of its lines (`算命八字  券商金股月度披露…`): a run of CJK
# set apart by spaces from the words after it, the same on three lines or more.
# (Each opens with the line break: the search skips to line starts; the text's first line is one.)
_LINE_KEYWORD = re.compile(rf"\n[ \t\u3000]*({_C}{{2,8}})[ \t\u3000]+(?={_C})")
_KEYWORD_LINES = 3


def drop_line_keywords(text: str) -> str:
    """`text` without the keyword a spam page repeats at its lines' starts."""
    lines = "\n" + text
    words = _LINE_KEYWORD.findall(lines)
    if len(words) < _KEYWORD_LINES:
        return text
    spam = {word for word, count in Counter(words).items() if count >= _KEYWORD_LINES}
    if not spam:
        return text
    return _LINE_KEYWORD.sub(lambda match: "\n" if match.group(1) in spam else match.group(0), lines)[1:]


# A keyword a spam page sets on a line of its own between a sentence's clauses, which it breaks before the comma
# (`…三家金控獲利預測,` / `台中網路公司` / `,其中,` / `SEO` / `,國泰金先前…`): a line with no mark of its own between a
# line ending with a comma and one opening with one, three times or more. The keyword and the doubled comma go.
_CLAUSE_KEYWORD = re.compile(r"(?<=[，,])\n[ \t]*[^\s，,。；;：:!?！？][^\n，,。；;：:!?！？]{0,15}\n[ \t]*[，,]")
_CLAUSE_KEYWORDS = 3


def drop_clause_keywords(text: str) -> str:
    """`text` without the keywords a spam page sets between its sentences' clauses."""
    # (each keyword follows a comma's line end of its own: a text with fewer is not scanned)
    if (text.count(",\n") + text.count("，\n") < _CLAUSE_KEYWORDS
            or len(_CLAUSE_KEYWORD.findall(text)) < _CLAUSE_KEYWORDS):
        return text
    return _CLAUSE_KEYWORD.sub("", text)


# A spam page's keyword list set on lines that each open with its comma (`宏观,靖边县股票配资,股票开户能注销吗` /
# `,横山县股票配资,股票开户用什么银行卡` / `,米脂县股票配资,…`): short words between commas, no other mark, the line
# before the run and three lines or more that open with a comma. No sentence's line opens with its comma three times.
_PIECE = r"[^\n，,。；;：:!?！？、]{1,12}"
KEYWORD_RUN = re.compile(rf"^{_PIECE}(?:[，,]{_PIECE})*\n(?:[，,]{_PIECE}(?:[，,]{_PIECE})*(?:\n|$)){{3,}}",
                          re.MULTILINE)

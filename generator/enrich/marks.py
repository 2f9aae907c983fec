"""What a text's marks say, and one edit made to a text and its simplified twin alike.

Shared by the reading of an opening (structure.py) and the cover material taken out before it
(cover.py, covertitle.py): where a clause goes on, how many CJK characters a text holds, whether a listing
stored the text with its punctuation turned into spaces, and `aligned_sub`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.normalize import CJK_CLASS, HANGUL, is_hangul

_C = f"[{CJK_CLASS}]"
# Marks after which a sentence goes on (a clause's) or has just ended.
CONTINUES = frozenset("，,。；;！!？?：:、")
# (Each opens with one character of its class, not a repeat, which a search would try at every
# position: a class first lets it skip to the characters of the class.)
CJK_RUN = re.compile(_C + _C + "*")
# A word in Latin script, as a text's word counts go: its letters with their diacritics too (Vietnamese writes most
# words with them, `Tổng quan doanh nghiệp: ACB là một trong số các ngân hàng…`, as French and German write some).
_LATIN_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
LATIN_WORD = re.compile(f"[{_LATIN_LETTER}][{_LATIN_LETTER}]+")
# Korean writes its words in Hangul syllables set apart by spaces, and ends its sentences with `.`, as
# Latin script does (`대신증권은 … 예상했습니다. 대신증권 오승훈 연구원은 …`): a text in it is read as one in
# Latin script, a run of syllables a word.
HANGUL_WORD = re.compile(f"[{HANGUL}]+")
# Japanese kana, which a Japanese sentence writes between its kanji (`…に維持した上で、目標株価を…に引き上げた。`):
# each is one of the sentence's syllables, counted as a CJK character is (katakana's `ー` too).
KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc]")


def spaced_script(character: str) -> bool:
    """Whether `character` belongs to a script that sets its words and sentences apart by spaces (Latin
    script and Hangul; "" too, as at a text's edge)."""
    return character.isascii() or is_hangul(character)


def cjk_count(text: str) -> int:
    """How many CJK characters `text` holds: removing their runs makes no string per character."""
    return len(text) - len(CJK_RUN.sub("", text))


# (One class first, a `.` kept only between digits: the search skips to the marks.)
_KEPT_MARKS = re.compile(r"[%（）()“”：:/.](?:(?<=\d\.)\d|(?<!\.))")
# (and the sign of it: a number whose decimal point or percent became a space, `1 77亿元`,
# `同比增长32 ，`; a short text with none of these marks may simply need none of them. Both
# branches open with a digit, and look behind at the CJK before it: the search skips to digits.)
_LOST_POINT = re.compile(rf"\d(?:(?<={_C}\d)\d{{0,3}} \d| \s?[，。；])")


def lost_punctuation(text: str) -> bool:
    """Whether the text lost its punctuation marks to spaces (some listings store previews so:
    `同比增长23 2  归母净利润`, `维持 买入 评级`, `如 长江经济带发展规划纲要 推动`): its sentences
    are written with `，` and `。`, yet no percent, bracket, quote, colon, slash or decimal point
    is left, and a number's point or percent is a space. A space between two CJK characters
    is then a lost mark inside a sentence, not a line's end."""
    return ("，" in text and "。" in text and not _KEPT_MARKS.search(text)
            and _LOST_POINT.search(text) is not None)


def aligned_sub(pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str], text: str,
                simple: str) -> tuple[str, str]:
    """`pattern.sub(replace, …)` matched on `simple` and applied to `text` and `simple` alike;
    what a replacement keeps of the match (a run left alone, a label a break follows) stays
    in each copy's own script."""
    pieces: list[str] = []
    simple_pieces: list[str] = []
    done = 0
    for match in pattern.finditer(simple):
        replacement = replace(match)
        own = text[match.start():match.end()]
        kept = replacement.replace(match.group(0), own, 1) if own != match.group(0) else replacement
        pieces += (text[done:match.start()], kept)
        simple_pieces += (simple[done:match.start()], replacement)
        done = match.end()
    return "".join(pieces) + text[done:], "".join(simple_pieces) + simple[done:]

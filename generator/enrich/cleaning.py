"""Excerpts people can read: extracted PDF text repaired, boilerplate dropped, cut cleanly.

Text pulled from PDFs doubles bold glyphs (`研究研究院院`, `银银行行类类别别`), repeats
headings (`报告日期:报告日期:`), spaces out CJK, and opens with disclaimers and cover-page
furniture. The excerpt is built from the first few thousand characters only, whatever the
length of the preview.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.normalize import CJK_CLASS, squash_spaces, strip_invisible, to_simplified

WINDOW = 1200
_C = f"[{CJK_CLASS}]"
_PUNCT = "，。、：；！？（）《》“”,:;!?()"
# `研究研究院院`: a run written twice with its last character doubled after it.
# One lazy quantifier per pattern keeps matching linear; the replacement checks that the
# repeated unit holds CJK (so `2020` or `1010` are left alone).
_UNIT = 24
_STAGGERED = re.compile(rf"(\S{{2,{_UNIT}}}?)\1(\S)\2")
# `季度季度`, `报告日期:报告日期:`, `(总第(总第`: a run holding CJK written twice in a row.
_REPEATED = re.compile(rf"(\S{{2,{_UNIT}}}?)\1+")
_HAS_CJK = re.compile(_C)


def _collapse_staggered(match: re.Match[str]) -> str:
    return match.group(1) + match.group(2) if _HAS_CJK.search(match.group(1)) else match.group(0)


def _collapse_repeated(match: re.Match[str]) -> str:
    return match.group(1) if _HAS_CJK.search(match.group(1)) else match.group(0)
# `证 券 研 究 报告`: characters spaced out one by one. Each branch opens with the space
# itself, so the search skips straight from space to space.
_SPACED = re.compile(rf" (?<=(?<!\S){_C} )(?={_C})| (?<={_C} )(?={_C}(?!\S))")
_INNER_SPACE = re.compile(r" (?<=\S )(?=\S)")
_CJK_PAIR = re.compile(rf"({_C})\1")
_ANY_PAIR = re.compile(r"(\S)\1")
# Boilerplate is told by words, names and numbers. Every Chinese word opens with a known
# character, which the search jumps between; the Latin marks are tried only when the text
# holds a character every one of their matches needs. Both are only asked whether they
# occur, so each match is as short as will do (`Table_\w`, one character before an `@`).
_BOILERPLATE = re.compile(
    r"免责声明|免责条款|免责申明|重要声明|重要说明|末页声明|信息披露|请务必阅读|敬请阅读|敬请参阅|请仔细阅读|"
    r"请通过合法途径|未经许可|未经授权|禁止转载|版权所有|证监会审核|投资咨询业务资格|证监许可|执业证书|"
    r"法律声明|特别声明|评级说明|业务资格|证券投资咨询|经中国证券监督管理委员会批准|仅供.{0,20}客户使用|本公司不会因|"
    r"不构成.{0,10}(?:建议|要约)|©|全球视野|本土智慧|"
    # analyst and contact lines: names, registration numbers, e-mail, telephone
    r"分析师|研究助理|联系人|证书编号|证书号|登记编号|邮箱|电话"
)
_BOILERPLATE_LATIN = re.compile(
    r"Table_\w|industryId|All rights reserved|Copyright|SAC\s*NO|E-?MAIL|[SA]\d{10}|[\w.-]@[\w-]+\.[\w.]|"
    r"\d{3,4}-\d{7,8}",
    re.IGNORECASE,
)
# Every match of `_BOILERPLATE_LATIN` holds one of these: a letter (or İ ı ſ K, which match
# one ignoring case), `_`, `@` or `-`.
_LATIN_HINT = re.compile("[A-Za-z_@\\-\u0130\u0131\u017f\u212a]")
_FURNITURE = re.compile(
    r"^(?:[.…·]+\d*|目录|CONTENTS|第\d+页|Page\d+|证券研究报告|(?:行业|公司|宏观|策略)?"
    r"(?:深度|专题|动态|点评|研究)?报告|[|｜/]+|(?:推荐|买入|增持|中性|减持|强于大市|维持|首次)"
    r"(?:[(（]维持[)）]|[(（]首次[)）])?)$",
    re.IGNORECASE,
)
# `SAC NO: S1150120080017`, `执业证书编号 : S0130…` split over several segments
_REGISTRATION = re.compile(r"(?:SAC\s*NO|执业证书编号|证书编号)\s*[:：]?\s*[SA]?\d*", re.IGNORECASE)
_CLAUSE = re.compile(r"[^，。；！？,;!?]*[，。；！？,;!?]?")
_LEADING_NUMBER = re.compile(r"^\d{1,3} ")
_LEADERS = re.compile(r"(?:\s*[.…]){2,}\s*\d*")
_SENTENCE_END = "。！？；!?"


def _undouble(text: str) -> str:
    """Collapse glyph doubling: everywhere when most characters are doubled, else CJK pairs
    only where pairs are too frequent to be ordinary words (常常, 层层)."""
    compact = _INNER_SPACE.sub("", text)
    pairs = len(_ANY_PAIR.findall(compact))
    if pairs * 2 >= 0.6 * max(len(compact), 1):
        return _ANY_PAIR.sub(r"\1", compact)
    cjk_pairs = len(_CJK_PAIR.findall(text))
    if cjk_pairs >= 4 and cjk_pairs * 25 >= len(_HAS_CJK.findall(text)):
        return _CJK_PAIR.sub(r"\1", text)
    return text


def _square_starts(text: str) -> bytes:
    """Byte i is 0x80 where a unit of 2 to `_UNIT` non-spaces may be followed by itself.

    The backreference patterns try every unit length at every position; this finds the few
    positions worth trying with whole-text integer arithmetic. Each character stands for its
    lowest byte in one byte lane of a big integer; for each unit length L the text is compared
    with itself L lanes on, and a start needs its first two and its last lanes equal. Equal
    characters always have equal bytes, so no start is missed. Spaces never compare equal.
    """
    size = len(text)
    ones = int.from_bytes(b"\x01" * size, "little")
    high = ones << 7
    # Lanes of `left` have their top bit set and those of `right` clear, so `left ^ right`
    # minus one per lane keeps a lane's top bit exactly where the two differ, borrowing nothing.
    left = int.from_bytes(text.encode("utf-32-le", "surrogatepass")[::4], "little") | high
    right = int.from_bytes(text.replace(" ", "\x01").encode("utf-32-le", "surrogatepass")[::4], "little") & ~high
    differ = -1
    for unit in range(2, _UNIT + 1):
        lanes = (left ^ (right >> 8 * unit)) - ones
        differ &= lanes | (lanes >> 8) | (lanes >> 8 * (unit - 1))
    return (~differ & high).to_bytes(size, "little")


def _sub_at(pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str], text: str, starts: bytes) -> str:
    """`pattern.sub(replace, text)` for a pattern that can only match where `starts` is non-zero.
    Where most positions may start a match (`研究研究…`), one scan by the pattern is cheaper."""
    if starts.count(0x80) * 8 > len(text):
        return pattern.sub(replace, text)
    pieces: list[str] = []
    done = 0
    at = starts.find(b"\x80")
    while at >= 0:
        match = pattern.match(text, at)
        if match:
            pieces += (text[done:at], replace(match))
            done = match.end()
        at = starts.find(b"\x80", max(done, at + 1))
    return "".join(pieces) + text[done:] if pieces else text


def _collapse_repeats(text: str) -> str:
    """Staggered, then plain repeats collapsed (see `_STAGGERED`, `_REPEATED`)."""
    starts = _square_starts(text)
    if b"\x80" not in starts:
        return text
    collapsed = _sub_at(_STAGGERED, _collapse_staggered, text, starts)
    if collapsed != text:
        starts = _square_starts(collapsed)
    return _sub_at(_REPEATED, _collapse_repeated, collapsed, starts)


def repair(text: str) -> str:
    """Undo the usual PDF extraction artefacts, keeping the words and the segment breaks."""
    text = _SPACED.sub("", squash_spaces(strip_invisible(text)))
    return _collapse_repeats(_undouble(text))


def _is_boilerplate(text: str) -> bool:
    """Whether `text` (in either script) holds a disclaimer, contact or copyright mark."""
    simplified = to_simplified(text)
    return bool(_BOILERPLATE.search(simplified)
                or (_LATIN_HINT.search(simplified) and _BOILERPLATE_LATIN.search(simplified)))


def _keep(segment: str) -> str:
    """A segment without its boilerplate clauses and page furniture ('' if nothing is left)."""
    if _FURNITURE.match(segment):
        return ""
    if not _is_boilerplate(segment):
        return segment
    if len(segment) <= 24:
        return ""
    return "".join(c for c in _CLAUSE.findall(segment) if c and not _is_boilerplate(c))


def _join(segments: list[str]) -> str:
    out = ""
    for segment in segments:
        if (out and not (_HAS_CJK.match(out[-1]) or out[-1] in _PUNCT)) or (out and not (
            _HAS_CJK.match(segment[0]) or segment[0] in _PUNCT
        )):
            out += " "
        out += segment
    return out


def clean_text(text: str) -> str:
    text = _LEADING_NUMBER.sub("", repair(text[:WINDOW]))
    if "证书编号" in text or "sac" in text.casefold():  # what every match needs, ignoring case
        text = _REGISTRATION.sub(" ", text)
    segments = [s for s in (_keep(seg) for seg in text.split(" ")) if s]
    joined = _collapse_repeats(_join(segments))
    if "." in joined or "…" in joined:
        joined = _LEADERS.sub(" ", joined)
    return squash_spaces(joined).strip(" .,，、;；:：|·-")


def excerpt(text: str, minimum: int = 120, maximum: int = 300) -> str:
    """A cleaned excerpt of at most `maximum` characters, cut at a sentence end where possible."""
    text = clean_text(text)
    if len(text) <= maximum:
        return text
    cut = max(text.rfind(mark, minimum, maximum) for mark in _SENTENCE_END)
    if cut >= minimum - 1:
        return text[: cut + 1]
    soft = max(text.rfind(mark, minimum, maximum - 1) for mark in "，, 、")
    if soft >= minimum:
        return text[:soft] + "…"
    return text[: maximum - 1] + "…"

"""Extraction artefacts undone: what a PDF dump does to a report's text and a reader must not see.

Text pulled from PDFs doubles bold glyphs (`研究研究院院`, `银银行行类类别别`), writes runs twice
(`报告日期:报告日期:`), spaces out CJK one glyph at a time, loses a glyph to `?` and writes readings after
characters. `unravel` undoes what hides a text's layout (cheap, on every opening); `repair` also collapses runs
written twice (dearer, on what is shown). cleaning.py builds the excerpt from the text so repaired.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.enrich.lines import NEWLINE
from generator.enrich.marks import cjk_count
from generator.enrich.readings import drop_readings
from generator.normalize import CJK_CLASS, squash_spaces, strip_invisible

_C = f"[{CJK_CLASS}]"
# `研究研究院院`: a run written twice with its last character doubled after it.
# One lazy quantifier per pattern keeps matching linear; the replacement checks that the
# repeated unit holds CJK (so `2020` or `1010` are left alone).
_UNIT = 24
# A text whose bold runs were written twice has its bold lines written twice too, a line's
# worth at a time (`…等战略中担本土国资背景,且在安徽省…等战略中担`: 35 characters): once a pass finds
# doubled runs, the next looks for units up to a line long. (Only then: a scan for long units
# costs twice a short one, and most texts have no doubled run at all.)
_LINE_UNIT = 48
# (and the bold run's next glyphs each doubled after it, `農業板塊農業板塊跑跑輸輸大盤`: every such pair goes; CJK
# ones other than the first's only after it, so a run before figures, `季度季度11`, and one glyph over and over keep
# them)
_STAGGERED = {unit: re.compile(rf"(\S{{2,{unit}}}?)\1((\S)\3(?:(?!\3)({_C})\4)*)") for unit in (_UNIT, _LINE_UNIT)}
# `季度季度`, `报告日期:报告日期:`, `(总第(总第`: a run holding CJK written twice in a row.
_REPEATED = {unit: re.compile(rf"(\S{{2,{unit}}}?)\1+") for unit in (_UNIT, _LINE_UNIT)}
HAS_CJK = re.compile(_C)


def _collapse_staggered(match: re.Match[str]) -> str:
    if not HAS_CJK.search(match.group(1)):
        return match.group(0)
    pairs = match.group(2)
    if pairs[0].isdigit() and not _doubled_figure(match.string, match.start(2)):
        return match.group(0)  # (the run alone is collapsed, as a plain repeat: `_REPEATED`)
    return match.group(1) + (pairs[0] if len(pairs) == 2 else "".join(_ANY_PAIR.split(pairs)))


# A figure after a run written twice is read as written unless the figure too is doubled glyph by glyph
# (`1111..22%%`): a slide deck that writes each run between its figures twice keeps its figures single, and
# `前5月同比增月同比增11.2%` grew 11.2 %, not 1.2 %. Two like digits alone (`11`) may be either: left.
_FIGURE = re.compile(r"[\d.,%％]+")


def _doubled_figure(text: str, start: int) -> bool:
    figure = _FIGURE.match(text, start)
    run = figure.group(0) if figure else ""
    return len(run) >= 4 and len(run) % 2 == 0 and all(run[at] == run[at + 1] for at in range(0, len(run), 2))


def _collapse_repeated(match: re.Match[str]) -> str:
    return match.group(1) if HAS_CJK.search(match.group(1)) else match.group(0)
# `证 券 研 究 报告`: characters spaced out one by one. Each branch opens with the space
# itself, so the search skips straight from space to space.
# (and a journal's section label spaced out in its brackets, `[摘 要]`, `【关 键 词】`: the bracket stands
# where the space would, so the label reads `[摘要]`)
_SPACED = re.compile(rf" (?<=(?<!\S){_C} )(?={_C})| (?<={_C} )(?={_C}(?!\S))"
                     rf"| (?<=[\[【［]{_C} )(?={_C}(?: {_C}){{0,3}}[\]】］])| (?<=[\[【［]{_C} {_C} )(?={_C}[\]】］])")
_CJK_PAIR = re.compile(rf"({_C})\1")
_ANY_PAIR = re.compile(r"(\S)\1")


def _undouble(text: str) -> str:
    """Collapse glyph doubling: everywhere when most characters are doubled, else CJK pairs
    only where pairs are too frequent to be ordinary words (常常, 层层).

    A pair's pattern splits the text into the pieces between pairs and each pair's glyph, so
    the pieces joined are the text with every pair made one glyph, and their number counts
    the pairs: one scan, with no Python call per pair (as a `\\1` template would make). `text` is
    `unravel`'s, its spaces squashed: each stands alone between two other characters, so `compact`,
    the text without the spaces inside it, is the text without its spaces."""
    compact = text.replace(" ", "")
    if _too_few_pairs(text, compact):
        return text
    pieces = _ANY_PAIR.split(compact)
    if len(pieces) - 1 >= 0.6 * max(len(compact), 1) and _mostly_doubled(compact):  # two pieces a pair
        return "".join(pieces)
    if len(pieces) < 9:
        # Fewer than four pairs in `compact`, so fewer than four CJK pairs in `text`: each of
        # those is a pair in `compact` too, and pairs taken from the left are as many as any.
        return text
    pieces = _CJK_PAIR.split(text)
    cjk_pairs = len(pieces) // 2
    if cjk_pairs >= 4 and cjk_pairs * 25 >= cjk_count(text):
        return "".join(pieces)
    return text


# A run of three or more of one character (a contents page's leader dots, `www`, `———`) is no
# glyph doubling: a cover whose contents are mostly dots is no doubled text, and its `www` and
# `——` are kept.
_LONG_RUN = re.compile(r"(\S)\1\1+")


def _mostly_doubled(compact: str) -> bool:
    """Whether pairs make 60 % of `compact` once runs of three or more are left out."""
    counted = _LONG_RUN.sub("", compact)
    return len(_ANY_PAIR.findall(counted)) * 2 >= 0.6 * max(len(counted), 1)


_FEW_REPEATS = 128  # (telling the CJK ones among more costs more than the patterns' scan)


def _too_few_pairs(text: str, compact: str) -> bool:
    """Whether `_undouble` leaves `text` as it is for want of pairs, told by counting (False
    where that takes longer than the patterns' scan would): pairs are at most as many as the
    characters of `compact` that the next one may repeat, and CJK pairs in `text` as the CJK ones
    among those; fewer than four CJK pairs, or fewer than one in 25 CJK characters, are left."""
    same = _same_as_next(compact)
    repeats = same.count(0)
    if repeats * 2 >= 0.6 * max(len(compact), 1) or repeats > _FEW_REPEATS:
        return False
    if repeats < 4:
        return True
    cjk = cjk_count("".join(compact[at.start()] for at in _ZERO.finditer(same)))
    return cjk < 4 or cjk * 25 < cjk_count(text)


def _same_as_next(text: str) -> bytes:
    """Byte i is 0 where character i of `text` may be the same as the next one (their lowest
    seven bits are), else 0x80: every character the next one repeats, and a few more. Each
    character stands for its lowest seven bits in a byte lane of a big integer, which XOR itself
    one lane on is zero exactly in those lanes; with the lanes' top bit set, subtracting one
    from every lane keeps that bit exactly where the lane is not zero, borrowing nothing."""
    size = len(text) - 1
    if size < 1:
        return b""
    ones = int.from_bytes(b"\x01" * size, "little")
    top = ones << 7
    lanes = int.from_bytes(text.encode("utf-32-le", "surrogatepass")[::4], "little") & ~(top | top << 8)
    return ((((lanes ^ (lanes >> 8)) | top) - ones) & top).to_bytes(size, "little")


_ZERO = re.compile(b"\x00")


def _square_starts(text: str, unit: int = _UNIT, shortest: int = 2) -> bytes:
    """Byte i is 0x80 where a unit of `shortest` to `unit` non-spaces may be followed by itself.

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
    shifted = right >> 8 * shortest  # (one lane further on each round: a unit one character longer)
    for last in range(8 * shortest - 8, 8 * unit - 7, 8):  # the unit's last lane, 8 * (unit - 1) bits on
        lanes = (left ^ shifted) - ones
        differ &= lanes | (lanes >> 8) | (lanes >> last)
        shifted >>= 8
    return (~differ & high).to_bytes(size, "little")


_SHORT_TEXT = 1000


def _sub_at(pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str], text: str, starts: bytes) -> str:
    """`pattern.sub(replace, text)` for a pattern that can only match where `starts` is non-zero.
    Where most positions of a long text may start a match (`研究研究…`), one scan by the pattern
    is cheaper; a short one (an excerpt, a point) costs less tried at its candidates alone, as
    the scan tries every unit length at every position."""
    if len(text) > _SHORT_TEXT and starts.count(0x80) * 8 > len(text):
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


_PASSES = 3  # a collapse may set two copies side by side (`A B A B B` -> `A B B`): looked at again


def collapse_repeats(text: str, lines: bool = False) -> str:
    """Staggered, then plain repeats collapsed (see `_STAGGERED`, `_REPEATED`); while a pass
    collapsed any, again with units a line long (`_LINE_UNIT`), at most `_PASSES` passes, each
    linear in the text. With `lines` (the excerpt shown), a line written twice is looked for even
    where no shorter run is (`_line_repeats`)."""
    unit = _UNIT
    for _ in range(_PASSES):
        starts = _square_starts(text, unit)
        if b"\x80" not in starts:
            return _line_repeats(text) if lines and unit == _UNIT else text
        collapsed = _sub_at(_STAGGERED[unit], _collapse_staggered, text, starts)
        if collapsed != text:
            starts = _square_starts(collapsed, unit)
        collapsed = _sub_at(_REPEATED[unit], _collapse_repeated, collapsed, starts)
        if collapsed == text:
            return text
        text, unit = collapsed, _LINE_UNIT
    return text


def _line_repeats(text: str) -> str:
    """`text` with a run a line long written twice at once collapsed (`…等国产化薄弱领域的公司半导体企业在产业链…
    领域的公司`: a bold line a dump wrote twice), where no shorter run is repeated (which `collapse_repeats` would
    have collapsed first, and a line's with it). Plain repeats only: a line's copy followed by two like glyphs
    (`…的公司22年`) is no staggered repeat."""
    starts = _square_starts(text, _LINE_UNIT, _UNIT + 1)
    return _sub_at(_REPEATED[_LINE_UNIT], _collapse_repeated, text, starts) if b"\x80" in starts else text


def repair(text: str) -> str:
    """Undo the usual PDF extraction artefacts, keeping the words and the segment breaks."""
    return collapse_repeats(unravel(text))


def unravel(text: str, lines: bool = False) -> str:
    """The artefacts that hide a text's layout undone: spacing normalised, characters spaced
    out one by one joined, doubling of most glyphs undone, readings written after characters
    dropped. Runs written twice (`季度季度`) are left for `repair`, which costs more and is
    needed only on the text that is shown. With `lines`, a line break next to CJK is kept as
    `lines.NEWLINE` (see `_mark_newlines`)."""
    if not text.isprintable():  # (every invisible character is unprintable: most texts need no scan)
        text = strip_invisible(text)
    text = drop_readings(text)
    if "?" in text:
        text = _LOST_GLYPH.sub("", _LOST_RUN.sub(LOST, text) if "??" in text else text)
    if lines and "\n" in text:
        text = _mark_newlines(text)
    return _undouble(_SPACED.sub("", _undouble_spaced_pairs(squash_spaces(text))))


# A glyph the page's encoding lost, shown as `?`, next to a comma (`可转债是一种特殊类型的债券,?持有者…`,
# `…的股票?,其结合了…`): no question ends on a comma, nor does one open a clause. So is a bullet's opening a line
# before a heading (`报告摘要:` / `? 本周观点` / `当前处在中报密集披露窗口期,…`): no question opens a line.
_LOST_GLYPH = re.compile(rf"(?<=[,，])\?|\?(?=[,，])|(?m:^[ \t]*\?[ \t]*(?={_C}))")
# Two or more between glyphs are glyphs lost with the marks around them (`…設計院有望率先受益??紤]低空規劃仍處起步階段`,
# 華泰's `。考慮`): no question ends on two marks glued to the next sentence's first glyph. They are set as the
# replacement character, `LOST`: an excerpt ends before a sentence holding it (cleaning.py).
_LOST_RUN = re.compile(rf"(?<={_C})\?\?+(?={_C})")
LOST = "\ufffd"


# A bold heading extracted with each glyph twice and a space between the pairs (`前前 言言`,
# `核核 心心 观观 点点`): two or more such pairs parted by one space, with no glyph on either side
# (`…責任。前前 言言“十四五”時期`), are the heading once (one pair alone may be a word, `常常`). Each
# repetition takes three fixed characters, so the scan stays linear.
_SPACED_PAIRS = re.compile(rf"(?<!{_C})(?:({_C})\1 )+({_C})\2(?!{_C})")
# What every such heading holds, a space and a pair after it: looked for first, as a search for it skips to the
# spaces, where one that opens with a look behind tries every position (and one that opens with a pair stops at
# every CJK glyph: several times as slow).
_SPACE_THEN_PAIR = re.compile(rf" ({_C})\1")


def _undouble_spaced_pairs(text: str) -> str:
    if " " not in text or not _SPACE_THEN_PAIR.search(text):
        return text
    return _SPACED_PAIRS.sub(lambda m: m.group(0)[::3], text)


# (A line break, the spaces before it and the blank lines after it; opening with one class, so the search skips to the
# spaces and breaks where `[ \t\u3000]*\n` would stop at every position.)
_NEWLINE_RUN = re.compile(r"[ \t\u3000\n](?:(?<=\n)|[ \t\u3000]*\n)\s*")
_CJK_NEWLINE = re.compile(rf"\n(?:(?<={_C}\n)|(?={_C}))")


def _mark_newlines(text: str) -> str:
    """A line break next to a CJK character made `lines.NEWLINE`, which spacing leaves
    alone: between CJK and a digit or a Latin letter a line break would be a mere space after
    squashing, and a numbered heading's line (`1. AI服务器带动PCB量价齐升`) would run into the
    sentence on the next line (`AI服务器对PCB…`)."""
    return _CJK_NEWLINE.sub(NEWLINE, _NEWLINE_RUN.sub("\n", text))

"""A dump's page layout, taken apart before an opening is read: the cover's columns beside the body's
lines (columns.py), a line repeated on every page (a running header), a contents page run together, a
preview page's chunk numbers, a converter's inline maths and a host page's chrome dropped; paragraph
gaps, headings and the title lines of Latin covers marked as breaks (paragraphs.py), which the layout's
line ends would otherwise run into the sentences after them. Here: the order of those steps, and what
a dump's pages repeat or cut.
"""

from __future__ import annotations

import re

from generator.enrich.chrome import strip_chrome
from generator.enrich.columns import (
    drop_axis_lines,
    drop_latin_side_column,
    drop_left_column,
    drop_side_column,
    drop_stance_fields,
    unpiped,
)
from generator.enrich.paragraphs import (
    break_page_footers,
    end_classification,
    mark_markdown_headings,
    mark_paragraph_gaps,
    mark_title_lines,
)
from generator.normalize import CJK_CLASS

_C = f"[{CJK_CLASS}]"
_HAS_CJK = re.compile(_C)
FIRST_PART = 1000  # an opening's first part: most give a whole lede in it (cleaning.py)


def without_furniture(part: str) -> str:
    """`part` of an opening without the furniture above, its breaks marked."""
    part = drop_latin_side_column(drop_side_column(drop_left_column(unpiped(end_classification(part)))))
    part = drop_stance_fields(drop_axis_lines(part))
    part = _unwrap_math(mark_markdown_headings(mark_paragraph_gaps(break_page_footers(_drop_running_heads(part)))))
    return mark_title_lines(strip_chrome(_unchunk(_skip_contents(part))))


# A converter's inline math in a report's sentences (Markdown from PDF: `上涨 $(0.094\%)$ 。`, `超 $50\%$`,
# `$+\mathrm{FSD}$`): the figure or sign it wraps, without the marks. Only in a text that holds the
# commands (a `$` of a price in an English wire stays).
_MATH = re.compile(r"[ \t]?\$([^$\n]{1,60}?)\$[ \t]?")  # (with the spaces the converter set around it)
_MATH_WORD = re.compile(r"\\(?:mathrm|mathbf|text|boxed)\s?\{([^{}]*)\}")
_MATH_COMMAND = re.compile(r"\\[A-Za-z]+|[{}]")


def _unwrap_math(part: str) -> str:
    if "$" not in part or "\\" not in part:
        return part
    return _MATH.sub(_unwrapped, part)


def _unwrapped(match: re.Match[str]) -> str:
    inner = _MATH_WORD.sub(r"\1", match.group(1).replace("\\%", "%"))
    return _MATH_COMMAND.sub("", inner).strip()


# A page's running header or footer, which a dump repeats on every page (`Page 2: Literature title 最后冲刺:…`,
# `4 行在当下,赢在未来:如何成功穿越周期?`): a line that comes back, its figures and spaces aside, three
# times or more in the opening. (A line of prose is not written three times; a heading a cover and the
# body both set is written twice.)
_RUNNING_HEAD_TIMES = 3
_RUNNING_HEAD_MIN = 8  # characters (a short line, `目录`, `3`, may come back as a page's own words)
_FIGURES_AND_SPACES = str.maketrans("", "", "0123456789 \t\r\u3000\xa0")


def _drop_running_heads(text: str) -> str:
    if text.count("\n") < 2 * _RUNNING_HEAD_TIMES:
        return text
    lines = text.split("\n")
    keys = [line.translate(_FIGURES_AND_SPACES).removeprefix("Page:") for line in lines]
    seen: dict[str, int] = {}
    for key in keys:
        if len(key) >= _RUNNING_HEAD_MIN:
            seen[key] = seen.get(key, 0) + 1
    heads = {key for key, times in seen.items() if times >= _RUNNING_HEAD_TIMES}
    if not heads:
        return text
    return "\n".join(line for line, key in zip(lines, keys, strict=True) if key not in heads)


# A contents page whose entries and page numbers a dump ran together (`目录引言2国内系统重要性银行监管框架
# 逐步完善3…结语21引言2008年国际金融危机后…`): the body starts where the first entry's heading comes again.
_CONTENTS_HEADING = re.compile(rf"(?<!{_C})(?:目\s?录|CONTENTS|Contents)")
_FIRST_ENTRY = re.compile(rf"[\s\d.、:：•·]*(?P<entry>{_C}{{2,12}}?)\s?[\d.…]")
_CONTENTS_REACH = 700
_PAGE_NUMBERS = re.compile(r"(?<!\d)\d{1,3}(?!\d)")
_CONTENTS_ENTRIES = 3


# So a contents page in Latin script that a listing flattened, its numbered entries run one into the next with their
# page numbers (`Contents 1. Introduction 1 2. The World’s Second Largest Wealth Management Market Takes Shape 22.1
# Wealth Management Grew Rapidly over the “Golden Decade” 2 2.2 Entrepreneurs Are…`: a section's number glued to the
# page number before it): three entries or more after the heading go, up to the first that has no number.
_LATIN_ENTRY = r"\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+[A-Z“\"][^.!?\n]{1,100}?\s\d{1,3}(?=\s|\d{1,2}\.\d|$)\s*"
_LATIN_CONTENTS = re.compile(rf"(?:Contents|CONTENTS)\s+(?:{_LATIN_ENTRY}){{{_CONTENTS_ENTRIES},}}")


def _skip_contents(text: str) -> str:
    if "录" not in text and "ontents" not in text and "ONTENTS" not in text:
        return text  # (most openings: no scan)
    if "ontents" in text or "ONTENTS" in text:
        text = _LATIN_CONTENTS.sub("\n", text)
    heading = _CONTENTS_HEADING.search(text, 0, FIRST_PART)
    if not heading or not (first := _FIRST_ENTRY.match(text, heading.end())):
        return text
    entry = first.group("entry")
    again = text.find(entry, first.end(), heading.end() + _CONTENTS_REACH)
    if again < 0 or len(_PAGE_NUMBERS.findall(text, first.end(), again)) < _CONTENTS_ENTRIES:
        return text
    return text[:heading.start()] + "\n" + text[again:]


# Document-preview pages cut a PDF's text into numbered chunks of a fixed size (`1、请务必阅读…
# 中重稀土紧缺\n2、局面或加剧…`): the numbers stand at line starts, after a blank line on some pages,
# wherever the cut fell, mid-word as often as not (`增速达\n\n2、7.54%`, `回顾2\n\n2、021年`). A cut is a
# line break, as the page shows it, unless it splits a figure (`S1010` / `518110002`), or stands after a
# blank line the page set before it and a CJK glyph: the text's own line ended nowhere near it then,
# and the words run on. (After a figure, a sentence may follow a cover's cut licence number: `S02` /
# `随着…`.)
_CHUNK = re.compile(r"\n(?P<gap>\s*?\n)?[ \t]*(\d{1,3})、[ \t]*")
_CHUNKED = re.compile(r"(?P<lead>[^\n]{0,300}\n)?\s*1、")
_SENTENCE_ENDS = "。！？；!?"


def _unchunk(text: str) -> str:
    """`text` without a preview page's chunk numbers: the text opens with `1、` (or its second
    line does, after the page's line on the document), and the next numbers follow one another
    at line starts, the first of them inside a sentence (a list's own labels follow a sentence
    end)."""
    first = _CHUNKED.match(text)
    second = text.find("\n2、") if first else -1
    if first and second < 0:
        # (a flattened preview, some of its line breaks put back where it ran headings into sentences, `回升\n楼市`,
        # its chunk numbers still after spaces: `…商品住宅销售 2、面积同比…`)
        return _unchunk_flattened(text, first.end())
    if second < 0 or text[:second].rstrip()[-1:] in _SENTENCE_ENDS:
        return text
    expected = 2
    pieces, done = [], 0
    for match in _CHUNK.finditer(text, len(text[:second].rstrip())):  # (from the blank line before it)
        if int(match.group(2)) != expected:
            continue
        before, after = text[match.start() - 1:match.start()], text[match.end():match.end() + 1]
        runs_on = (_splits_figure(text, match.start(), after) or (match.group("gap") and _HAS_CJK.match(before))
                   or _cut_inside_a_run(text, match.start(), before, after))
        pieces.append(text[done:match.start()] + ("" if runs_on else "\n"))
        done = match.end()
        expected += 1
    lead = first.group("lead") or ""
    return lead + (text[first.end():] if not pieces else "".join(pieces)[first.end():] + text[done:])


# A layout's line is short; a page's fixed-size chunk is not. A cut with a CJK glyph on each side,
# after a run of a chunk's length with no line break of its own (`…金融科技作為數\n2、字經濟在…`, 350
# characters on), fell inside a sentence: the words run on, as a cut through a figure does.
_CHUNK_RUN = 120


# A flattened preview (its line breaks made spaces) keeps the numbers after a space (`…其中 2、創新藥實現營收…`,
# `…覆蓋率達 3、46%`): those that follow one another a chunk's length apart, the first inside a sentence, go, and with
# their space where the words or the figures on either side run on.
_FLAT_CHUNK = re.compile(r" (\d{1,3})、 ?")


def _unchunk_flattened(text: str, start: int) -> str:
    """`text`, one line opening with `1、` that ends at `start`, without the chunk numbers that follow it."""
    expected, last = 2, start
    pieces, done = [], start
    for match in _FLAT_CHUNK.finditer(text, start):
        if int(match.group(1)) != expected or match.start() - last < _CHUNK_RUN:
            continue
        if expected == 2 and text[:match.start()].rstrip()[-1:] in _SENTENCE_ENDS:
            return text  # (a list's own labels follow a sentence end)
        before, after = text[match.start() - 1], text[match.end():match.end() + 1]
        runs_on = _splits_figure(text, match.start(), after) or bool(_HAS_CJK.match(before) and _HAS_CJK.match(after))
        pieces.append(text[done:match.start()] + ("" if runs_on else " "))
        done = last = match.end()
        expected += 1
    return "".join(pieces) + text[done:] if pieces else text


def _splits_figure(text: str, cut: int, after: str) -> bool:
    """Whether the cut at `cut` splits a figure: digits on both sides, or a decimal point after a digit before it
    (`…当前股价对应 PE分别 131.` / `3、0、69.1、47.7 倍`, 开源's cover: a Chinese sentence ends with `。`, not `.`)."""
    if not after.isdigit():
        return False
    before = text[cut - 2:cut].lstrip()
    return before[-1:].isdigit() or (len(before) == 2 and before[0].isdigit() and before[1] == "."
                                     and _HAS_CJK.search(text, max(0, cut - _FIGURE_CONTEXT), cut) is not None)


_FIGURE_CONTEXT = 16  # characters before a cut that a Chinese sentence holds a glyph within


def _cut_inside_a_run(text: str, cut: int, before: str, after: str) -> bool:
    if not (_HAS_CJK.match(before) and _HAS_CJK.match(after)):
        return False
    return cut - (text.rfind("\n", 0, cut - 1) + 1) >= _CHUNK_RUN

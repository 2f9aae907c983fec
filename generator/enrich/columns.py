"""A cover's columns and panels that a dump set beside the body's lines, or inside them: an institute's
side column and its roster, an analyst's box in English, an author column at the left, a panel of the
house's stances, a chart's axes as lines of their own, a two-column cover set as a Markdown table. None
of them is the body's words, which they split; each goes, and the body's lines join. Taken out first by
`layout.without_furniture`, before the layout's breaks are marked.
"""

from __future__ import annotations

import re

from generator.normalize import CJK_CLASS

_C = f"[{CJK_CLASS}]"


# A cover whose side column the extraction set at the ends of the body's lines, a space between (`…向常态化运
# 某某研究院` / `行转变,…领域继 某某研究课题组` / `…增速较 组 长: 某某某` / `…效果 成 员: 某某`): the column's
# institute and its roster are no words of the body, which its line breaks split across them. An institute's name
# or a roster's label with its name ending a line after the body's words goes, with the blank
# lines the column set after it: the line then joins the next as the body's wrapped line.
_GAP = r"[ \t\u3000]"
# (The gap's first character taken first, what stands before it looked behind at: the search skips to the gaps.)
_SIDE_ENTRY = re.compile(rf"{_GAP}(?<=[{CJK_CLASS}，,、。；！？]{_GAP}){_GAP}*"
                         rf"(?:{_C}{{2,14}}(?:研究院|研究所|研究中心|研究部|课题组)"
                         rf"|(?:副?组{_GAP}?长|成{_GAP}?员|副?主{_GAP}?编|执笔人?|撰稿人?)"
                         rf"{_GAP}?[:：]{_GAP}*{_C}{{1,2}}{_GAP}?{_C}{{1,2}}){_GAP}*\n(?:{_GAP}*\n)*")


def drop_side_column(part: str) -> str:
    if "研" not in part and "组" not in part and "员" not in part and "编" not in part and "执" not in part:
        return part
    return _SIDE_ENTRY.sub("\n", part)


# A chart beside the summary whose axes the dump set as lines of their own inside a sentence (`…本周内蒙古发生重大煤矿
# 事故,主` / `0.3590 0.2404 0.1217 0.0031-0.1155-0.2342煤炭开采沪深300` / `22/2 22/3 22/4 … 23/1` / `产区部分煤矿进行
# 安全检查,…`, a weekly's cover): lines of five ticks or more, a legend's few glyphs at most beside them and no clause
# mark, between a line that stops inside a word and one that goes on with a glyph go, and the sentence's lines join.
# (Written to open with one class, its sign or its first digit, and its digits after the sign looked for after a
# sign only: the search skips to those, where `-?\d+` tries every position.)
_AXIS_TICK = re.compile(r"[-\d](?:(?<=-)\d+|(?<=\d)\d*)(?:[./]\d+)?%?")
_AXIS_TICKS = 5
_LEGEND = 12  # characters besides the ticks and spaces
_NOT_LEGEND = re.compile("[，,。；;：:！？!?、]")
_GLYPH = re.compile(_C)
_OPENS_WITH_GLYPH = re.compile(rf"^[ \t]*{_C}")


def _is_axis(line: str) -> bool:
    if len(_AXIS_TICK.findall(line)) < _AXIS_TICKS:
        return False
    legend = _AXIS_TICK.sub("", line).replace(" ", "").replace("\t", "")
    return len(legend) <= _LEGEND and not _NOT_LEGEND.search(legend)


def drop_axis_lines(part: str) -> str:
    if part.count("\n") < 2 or not _AXIS_TICK.search(part):
        return part
    lines = part.split("\n")
    kept: list[str] = []
    number = 0
    while number < len(lines):
        line = lines[number]
        number += 1
        kept.append(line)
        if not _GLYPH.match(line.rstrip(" \t")[-1:]):  # (the line's last glyph read alone: a search would try each)
            continue
        after, axes = number, 0
        while after < len(lines) and (not lines[after].strip() or _is_axis(lines[after])):
            axes += bool(lines[after].strip())
            after += 1
        if axes and after < len(lines) and _OPENS_WITH_GLYPH.match(lines[after]):
            number = after
    return "\n".join(kept) if len(kept) < len(lines) else part


# The same in English: an analyst's box that the extraction set at the ends of the summary's lines (`…36% upside.
# Merdeka Analyst` / `Copper Gold booked…` / `…estimates. Management Indonesia Research` / `remains optimistic…
# Better margins +6221 5093 9888` / `on nickel smelters…ii) additional sales rhb.id.research@rhbgroup.com`): the box's
# label, desk, phone and e-mail after the body's words are no words of the body. A box runs down several lines: an
# entry goes only within two lines of another.
_LATIN_SIDE_ENTRY = re.compile(r"(?<=[\w.,;)%”]) +(?:Analysts?|[A-Z][a-z]+ Research"
                               r"|\+\d{2,4}(?: ?\(\d\))? ?\d[\d -]{5,12}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+) *$",
                               re.MULTILINE)
_BOX_LINES = 2


def drop_latin_side_column(part: str) -> str:
    if "Analyst" not in part:
        return part
    lines = part.split("\n")
    ends = {number: entry.start() for number, line in enumerate(lines)
            if (entry := _LATIN_SIDE_ENTRY.search(line)) is not None and " " in line[:entry.start()].strip()}
    if len(ends) < 2:
        return part
    boxed = [number for number in ends if any(other != number and abs(other - number) <= _BOX_LINES for other in ends)]
    if not boxed:
        return part
    for number in boxed:
        lines[number] = lines[number][:ends[number]]
    # (the body's lines beside the box are one paragraph wrapped, down to the line after the box's last entry)
    joined = lines[:boxed[0]]
    for number in range(boxed[0], len(lines)):
        if number <= boxed[-1] + 1 and joined and number > boxed[0] and lines[number].strip():
            joined[-1] = joined[-1].rstrip() + " " + lines[number].lstrip()
        else:
            joined.append(lines[number])
    return "\n".join(joined)


# A cover's panel of the house's stances (VNDIRECT's `Outlook – Short term: Positive` / `Outlook – Long term:
# Positive` / `Valuation: Positive`) that the extraction set at the starts of the summary's lines (`Outlook – Short
# term: Positive More than 2,000ha industrial land likely to be added in FY22-24F should` / `Outlook – Long term:
# Positive provide strong support for KBC’s long-term earnings growth.`), inside them once flattened: the fields are no
# words of the summary. Two or more such fields make a panel; a field alone may be a sentence's own words.
_STANCE_FIELD = re.compile(r"(?:^|(?<=\s))[ \t]*[A-Z][a-z]{2,15}(?: [–-] [A-Z][a-z]+ [a-z]+)?: "
                           r"(?:Positive|Negative|Neutral)[ \t]+(?=\S)", re.MULTILINE)
_PANEL_FIELDS = 2


def drop_stance_fields(part: str) -> str:
    if ": Positive" not in part and ": Negative" not in part and ": Neutral" not in part:
        return part
    return _STANCE_FIELD.sub("", part) if len(_STANCE_FIELD.findall(part)) >= _PANEL_FIELDS else part


# A cover whose author column the extraction set at the left of the body's indented lines (`                    2021 has
# been a roller-coaster ride, as vaccines preluded a positive start to the` / `Selena Ling` / `                    year,
# but the green shoots…` / `Head of Research & Strategy` / `+65 6530 4887                 Delta variant before…`): the
# column's name, title and phone are no words of the body, whose sentence they split. Once the body's lines have
# opened at their indent, a short text at a line's start goes: alone under a line of the body (not a paragraph's last
# line under a centred title), or before a gap that reaches the indent.
_INDENT = 20  # spaces before a body's line that a column stands beside, at least
_INDENTED = re.compile(rf"^( {{{_INDENT},}})\S", re.MULTILINE)
_COLUMN_CELL = re.compile(r"\S.{0,39}?(?= {4,}\S|$)")


def drop_left_column(part: str) -> str:
    if "\n" + " " * _INDENT not in part:
        return part
    first = _INDENTED.search(part)
    if first is None:
        return part
    indent = len(first.group(1))
    kept, above = [], ""
    for line in part[first.start():].split("\n"):
        cell = _COLUMN_CELL.match(line)
        if cell is None:
            kept.append(line)
        elif cell.end() < len(line):  # (the body's line beside the cell: kept where it reaches the indent)
            kept.append(" " * cell.end() + line[cell.end():] if len(line) - len(line[cell.end():].lstrip()) == indent
                        else line)
        elif not _at_indent(above, indent):
            kept.append(line)
        above = line if cell is None or cell.end() < len(line) else above
    return part[:first.start()] + "\n".join(kept)


def _at_indent(line: str, indent: int) -> bool:
    return len(line) - len(line.lstrip(" ")) == indent and len(line) > indent


# A two-column cover a converter set as a Markdown table (`上证指数 | 3251.07 | ⚫ | 五大业务线齐发力… | ||||`):
# its runs of empty cells (three borders or more with nothing between) and a bullet's own cell are no text, and the data
# sidebar's label and figure at a row's start (`总股本(亿股) | 8.15 |`) are not the body's words, which the body's line
# breaks split across the sidebar's rows (`…在香港成功上` / `总股本(亿股) | 8.15 |` / `市,成为…`). Each row is read as
# its other cells' text, a row left with none goes. Only in a part that holds such a run of empty cells: a table of
# figures (`|2024E|21,237|1,950|`) stays as it is.
_EMPTY_CELLS = re.compile(r"\|[ \t]*\|[ \t]*\|")
_BULLET_CELL = re.compile(r"\|[ \t]*[⚫➢•■◆●▪►◼]{1,3}[ \t]*(?=\|)")
_FIGURE_CELL = re.compile(r"[-+]?\d[\d,.]{0,15}%?")
_SIDEBAR_LABEL = 20  # characters at most (`流通 A 股(亿股)`, `21 资产负债率`)


def unpiped(part: str) -> str:
    if "|" not in part or not _EMPTY_CELLS.search(part):
        return part
    rows = []
    for line in part.split("\n"):
        if "|" not in line:
            rows.append(line)
            continue
        cells = [cell.strip() for cell in _BULLET_CELL.sub("", line).split("|")]
        cells = [cell for cell in cells if cell]
        while len(cells) >= 2 and len(cells[0]) <= _SIDEBAR_LABEL and _FIGURE_CELL.fullmatch(cells[1]):
            cells = cells[2:]  # (the sidebar's label and figure)
        if cells:
            rows.append(" ".join(cells))
    return "\n".join(rows)

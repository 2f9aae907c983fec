"""A dump's page layout, taken apart before an opening is read: a line repeated on every page
(a running header), a contents page run together, a preview page's chunk numbers, a
converter's inline maths and a host page's chrome dropped; paragraph gaps and the title lines
of Latin covers marked as breaks (`_TITLE_END`), which the layout's line ends would otherwise
run into the sentences after them.
"""

from __future__ import annotations

import re

from generator.enrich.chrome import strip_chrome
from generator.normalize import CJK_CLASS

_C = f"[{CJK_CLASS}]"
_HAS_CJK = re.compile(_C)
FIRST_PART = 1000  # an opening's first part: most give a whole lede in it (cleaning.py)


def without_furniture(part: str) -> str:
    """`part` of an opening without the furniture above, its breaks marked."""
    part = _drop_latin_side_column(_drop_side_column(_drop_left_column(_unpiped(_end_classification(part)))))
    part = _drop_stance_fields(_drop_axis_lines(part))
    part = _unwrap_math(_mark_markdown_headings(_mark_paragraph_gaps(_break_page_footers(_drop_running_heads(part)))))
    return _mark_title_lines(strip_chrome(_unchunk(_skip_contents(part))))


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


def _drop_side_column(part: str) -> str:
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


def _drop_axis_lines(part: str) -> str:
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


def _drop_latin_side_column(part: str) -> str:
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


def _drop_stance_fields(part: str) -> str:
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


def _drop_left_column(part: str) -> str:
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


def _unpiped(part: str) -> str:
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


# A broker's cover classifies its note on one line of capitals between bars, country, sector and the note's kind
# (`SINGAPORE | HEALTHCARE | UPDATE`); on a one-line cover the kind runs into the first sentence (`… | UPDATE Expansion
# plan in domestics and oversea on track…`). The line ends after its last cell, before a word in title case. (A sector
# may carry its short form in brackets: `SINGAPORE | REAL ESTATE (REIT) | UPDATE Track record of DPU growth…`.)
_CLASSIFICATION = re.compile(r"\b((?:[A-Z][A-Z&-]+(?: [A-Z][A-Z&-]+)?(?: \([A-Z][A-Z&-]+\))? \| ){2,}[A-Z][A-Z&-]+)"
                             r" (?=[A-Z][a-z]+ [a-z])")


def _end_classification(part: str) -> str:
    return _CLASSIFICATION.sub(lambda m: m.group(1) + "\n" + _TITLE_END + "\n", part) if " | " in part else part


# Two blank lines or more part paragraphs, whatever the lines' widths: a word a line broke off its
# sentence is followed by a line break, not by a gap (`钢材` / / / `我国钢铁行业与…`).
_PARAGRAPH_GAP = re.compile(r"\n[ \t\u3000]*\n[ \t\u3000]*\n")


def _mark_paragraph_gaps(part: str) -> str:
    return _PARAGRAPH_GAP.sub("\n" + _TITLE_END + "\n", part) if "\n\n" in part else part


# A converter's Markdown headings (PDF to Markdown, its line ends lost: `# 农林牧渔 # 周观点:养殖利润回至盈利
# # 报告摘要 # 本期行情 (1.10-1.17) 申万农林牧渔行业(-3.27%)…`): each `#` mark opens a heading or a paragraph, a
# break as the page showed it. Only where the marks stand twice or more (a lone `#` may be a number sign,
# `# of shares`) and stand apart, before a word.
# A heading of a few glyphs that a space parts from its section's first words (`# 行业近况 本周(1月12日至1月16日)港口
# 动力煤…`) ends at that space, a break too; not one a figure or a bracket follows (`# 本期行情 (1.10-1.17) 申万…`).
_MARKDOWN_HEADING = re.compile(rf"(?<!\S)#{{1,6}}[ \t]+(?=\S)(?:(?P<heading>{_C}{{2,10}})[ \t]+(?={_C}))?")
_MARKDOWN_HEADINGS = 2


# A heading a converter set in bold (`### **（一）2025 年一季度业绩表现**`, a Markdown archive of reports): the
# stars are the heading's markup, no words of it, and kept they hide it as a heading (the line reads as words
# that run into the paragraph after it). Only stars that wrap a heading's whole line go; the line ends the heading.
_BOLD_HEADING = re.compile(r"(?m)^([ \t]*#{1,6}[ \t]+)\*\*([^*\n]{1,80}?)\*\*[ \t]*$")


# A heading on a line of its own (`## 产品` then the paragraph): its line's end ends it, a break, as much as the mark
# opens it; kept as a line, a heading of a few glyphs was joined to the paragraph's first words (`产品Symbiotic是…`).
_LINE_HEADING = re.compile(r"(?m)^([ \t]*#{1,6}[ \t]+[^\n#]{1,80}?)[ \t]*$")


def _mark_markdown_headings(part: str) -> str:
    if "# " not in part or len(_MARKDOWN_HEADING.findall(part)) < _MARKDOWN_HEADINGS:
        return part
    if "**" in part:
        part = _BOLD_HEADING.sub(lambda m: m.group(1) + m.group(2) + "\n" + _TITLE_END, part)
    part = _LINE_HEADING.sub(lambda m: m.group(1) + "\n" + _TITLE_END, part)
    return _MARKDOWN_HEADING.sub(_markdown_break, part)


# A page's footer that a one-line dump runs into the text (`…|分析师及联系人 证券研究报告 请务必阅读报告末页的
# 重要声明 1/12 2024Q3 医药生物…`): the disclaimer's words and the page's number `n/N` end that page, a break
# where the next page's words begin; kept, they run the page's first sentence into the cover before it.
_PAGE_FOOTER = re.compile(r"请务必(?:阅读|参阅)[^。\n]{0,24}?(?:声明|条款|说明)(?:部分)?"
                          r"[ \t]*\d{1,3}[ \t]*/[ \t]*\d{1,3}(?![\d/])")


def _break_page_footers(part: str) -> str:
    if "务必" not in part:
        return part
    return _PAGE_FOOTER.sub("\n" + _TITLE_END + "\n", part)


def _markdown_break(match: re.Match[str]) -> str:
    brk = "\n" + _TITLE_END + "\n"
    return brk + match.group("heading") + brk if match.group("heading") else brk


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
        runs_on = ((before.isdigit() and after.isdigit()) or (match.group("gap") and _HAS_CJK.match(before))
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
        runs_on = (before.isdigit() and after.isdigit()) or bool(_HAS_CJK.match(before) and _HAS_CJK.match(after))
        pieces.append(text[done:match.start()] + ("" if runs_on else " "))
        done = last = match.end()
        expected += 1
    return "".join(pieces) + text[done:] if pieces else text


def _cut_inside_a_run(text: str, cut: int, before: str, after: str) -> bool:
    if not (_HAS_CJK.match(before) and _HAS_CJK.match(after)):
        return False
    return cut - (text.rfind("\n", 0, cut - 1) + 1) >= _CHUNK_RUN


# A short line of Latin script that ends neither a sentence nor in a lower-case word (`Foreign
# Holdings of Federal Debt`, `Updated June 18, 2024`) is a cover's title, byline or date, not a
# line of a wrapped paragraph: a bullet (a break, see structure.py) is put after it, before the
# layout's line ends are squashed into spaces.
_TITLE_END = "\ue000"


def _mark_title_lines(text: str) -> str:
    if "\n" not in text:
        return text
    if "," in text or ";" in text:
        text = _LONE_MARK.sub(r"\1", text)
    lines = text.split("\n")
    width = max(len(line) for line in lines)
    for number, line in enumerate(lines[:-1]):
        words = line.split()
        if " · " in line and len(line) <= 80:
            lines[number] = line + " " + _TITLE_END  # a web page's byline (`銀河國際 · Jun 10, 2020 · Researches`)
            continue
        if (label := _CJK_LABEL.match(line)) and not _HAS_CJK.search(line, label.end()):
            line = line[label.end():]  # (an English title under a Chinese page's label: `内容摘要:Lowering…risk`)
            words = line.split()
        if (not words or _HAS_CJK.search(line) or not any(map(str.isalpha, line)) or _wraps_on(line, lines[number + 1])
                or lines[number + 1].lstrip()[:1] in _CLAUSE_MARKS or _SENTENCE_OPENED.search(line)):
            continue
        short = len(line) <= 80 and (words[-1][0].isupper() or words[-1][0].isdigit()) and words[-1][-1] not in ".!?,;:"
        # A paragraph that ends with no sentence end, before one that opens with a capital, is a
        # heading or a line of a cover or a classification (`Why GAO Did This Study:`,
        # `O53 : Economic Development→…→Asia`); a double-spaced layout's lines run on in lower case.
        # So is a short line standing after a blank one, before a line that opens with a capital
        # (`Markets price in a soft landing` / `Financial conditions eased…`): a paragraph's
        # first line is wider.
        # So is a line well short of the page's width, ending in no mark, before one that opens
        # with a capital (`Maintain stable GPM and target 10-20% annual growth` / `Though…`): a
        # wrapped paragraph's lines run to the width, and its last one ends its sentence.
        short = short or (len(words) >= 3 and len(line) <= _HEADING_SHARE * width and words[-1][-1] not in ".!?,;:"
                          and lines[number + 1].strip() and _opens_paragraph(lines, number + 1))
        # So is a short question on a line of its own before a blank one and a paragraph that opens with a capital
        # (`Will robots become the next smartphones?` / / `The worldwide market for…`): a page's deck, which the
        # paragraph after it answers.
        short = short or (len(line) <= 80 and line.rstrip().endswith("?") and not lines[number + 1].strip()
                          and _opens_paragraph(lines, number + 2))
        if short or (words[-1][-1] not in ".!?,;" and (
                (not lines[number + 1].strip() and _opens_paragraph(lines, number + 2))
                or (len(line) <= 60 and len(words) >= 2 and (number == 0 or not lines[number - 1].strip())
                    and _opens_paragraph(lines, number + 1) and lines[number + 1].strip()))):
            lines[number] += " " + _TITLE_END
    return "\n".join(lines)


_HEADING_SHARE = 0.75
# (nor a line of prose that ends with its next sentence's first word, a function word no heading ends with, after a
# stop: `India’s 10-year bond yield stands at 7.0%. The` / `EY/BY trades near its LPA…`: the sentence runs on)
_SENTENCE_OPENED = re.compile(r"[a-z0-9%)][.!?][ \t]+(?:The|A|An|This|These|Those|Its|Our|We|It|In|On|At|As|For"
                              r"|But|While)[ \t]*$")
# (and a line before one that opens with a clause's mark, as a copy that set each linked name on a line of its own has
# them, `…makers:` / `NIO` / `,` / `XPeng` / `,` / `and` / `Li Automobile` / `,` / `indicating…`: the name is the
# sentence's, which runs on)
_CLAUSE_MARKS = frozenset(",;")
# (a clause's mark on a line of its own goes back to the word it follows)
_LONE_MARK = re.compile(r"\n[ \t]*([,;])[ \t]*(?=\n)")
# A Chinese page's label before a line in Latin script (`内容摘要:`, `标题：`): the line's own words are read after it.
_CJK_LABEL = re.compile(rf"[ \t]*{_C}{{2,6}}[:：][ \t]*")


# A wrapped paragraph's line whose last word looks like a title line's (a figure, a capital) but ends before its
# sentence does: a range or a word broken at its hyphen or dash (`…coverage group by 0%-` / `32% after…`), or the
# next sentence's first word after a stop in the line (`…0%-30% range). This` / `reflects our concern…`). No title
# ends so, and the next line carries on in lower case or with a figure.
_WRAPPED_END = re.compile(r"(?:[\w%][-–]|[a-z)]\. (?:The|This|These|That|We|Our|It|In|As|At|On|For|With|From|A|An))"
                          r"[ \t]*$")
_END_REACH = 12  # characters at a line's end that `_WRAPPED_END` reads


def _wraps_on(line: str, after: str) -> bool:
    opening = after.lstrip()[:1]
    return (opening.islower() or opening.isdigit()) and _WRAPPED_END.search(line[-_END_REACH:]) is not None


def _opens_paragraph(lines: list[str], number: int) -> bool:
    """Whether the first line with text from `number` on (a few at most) opens with a capital."""
    for line in lines[number:number + 4]:
        if line.strip():
            return line.lstrip()[0].isupper()
    return False

"""Where a dump's paragraphs, headings and title lines end, marked as breaks (`_TITLE_END`, a bullet,
which the reading takes for a break): a broker's classification line, paragraph gaps, a converter's
Markdown headings, a page's footer and the title lines of Latin covers. The layout's line ends are
squashed into spaces after `layout.without_furniture`; without these marks a heading or a cover's line
would run into the sentence after it.
"""

from __future__ import annotations

import re

from generator.normalize import CJK_CLASS

_C = f"[{CJK_CLASS}]"
_HAS_CJK = re.compile(_C)


# A broker's cover classifies its note on one line of capitals between bars, country, sector and the note's kind
# (`SINGAPORE | HEALTHCARE | UPDATE`); on a one-line cover the kind runs into the first sentence (`… | UPDATE Expansion
# plan in domestics and oversea on track…`). The line ends after its last cell, before a word in title case. (A sector
# may carry its short form in brackets: `SINGAPORE | REAL ESTATE (REIT) | UPDATE Track record of DPU growth…`.)
_CLASSIFICATION = re.compile(r"\b((?:[A-Z][A-Z&-]+(?: [A-Z][A-Z&-]+)?(?: \([A-Z][A-Z&-]+\))? \| ){2,}[A-Z][A-Z&-]+)"
                             r" (?=[A-Z][a-z]+ [a-z])")


def end_classification(part: str) -> str:
    return _CLASSIFICATION.sub(lambda m: m.group(1) + "\n" + _TITLE_END + "\n", part) if " | " in part else part


# Two blank lines or more part paragraphs, whatever the lines' widths: a word a line broke off its
# sentence is followed by a line break, not by a gap (`钢材` / / / `我国钢铁行业与…`).
_PARAGRAPH_GAP = re.compile(r"\n[ \t\u3000]*\n[ \t\u3000]*\n")


def mark_paragraph_gaps(part: str) -> str:
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


def mark_markdown_headings(part: str) -> str:
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


def break_page_footers(part: str) -> str:
    if "务必" not in part:
        return part
    return _PAGE_FOOTER.sub("\n" + _TITLE_END + "\n", part)


def _markdown_break(match: re.Match[str]) -> str:
    brk = "\n" + _TITLE_END + "\n"
    return brk + match.group("heading") + brk if match.group("heading") else brk


# A short line of Latin script that ends neither a sentence nor in a lower-case word (`Foreign
# Holdings of Federal Debt`, `Updated June 18, 2024`) is a cover's title, byline or date, not a
# line of a wrapped paragraph: a bullet (a break, see structure.py) is put after it, before the
# layout's line ends are squashed into spaces.
_TITLE_END = "\ue000"


def mark_title_lines(text: str) -> str:
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

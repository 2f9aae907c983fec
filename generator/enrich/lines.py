"""A dump's breaks and line breaks: which lines a layout wrapped (a paragraph's, a narrow
column's, a word broken at a line's end) and so run on into the next, and which stand apart
(a cover's name, rating or price, a headline, a heading, a listing's link words).
"""

from __future__ import annotations

import re

from generator.normalize import CJK_CLASS

_C = f"[{CJK_CLASS}]"
# A hard break between pieces of the opening: a bullet, a table tag, removed boilerplate.
BREAK = "\n"
# A line break in a dump (a space between two CJK characters): a break, unless the line
# before it is a word or two broken off (`短期关注 海外血制品…`), which is joined to the next.
LINE = "\r"
# A line break kept through spacing's normalisation (`artefacts.unravel`), made a `LINE` by
# opening.prepare.
NEWLINE = "\x1b"
_SHORT_LINE = 6
SENTENCE_ENDS = tuple("。！？；!?.")
CLAUSE_MARK = re.compile("[，,；;、。]")


# A listing's or a page's link words, on a line of their own (`详细` under a listing's row, before
# the report's first words): a short line is joined to the next one, these never are.
_LINK_WORDS = frozenset(("详细", "详情", "查看详情", "更多", "查看更多", "全文", "查看全文", "阅读全文", "展开",
                         "展开全文", "收起", "点击查看", "返回列表", "返回"))


# A section's number opening a short line (`一、核心观点`, `2.概述`, `（3）`), or a tag in square
# brackets standing as the whole line (`【沪铜】`): the line is a heading, never a word broken off
# the next line.
_HEADING_LINE = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．]|[（(]\d{1,2}[)）]|【[^【】]{1,4}】$)")


# A cover's banner naming the report's kind on a short line of its own (`金融工程深度`, `行业点评`, `宏观周报`),
# where a title cut off left it opening a block: a heading, not a sentence's first words.
_KIND_BANNER = re.compile(rf"{_C}{{2,4}}(?:深度|专题|点评|快评|周报|月报|季报|日报|晨报|简报)")


# A line of one glyph before a line opening with glyphs: a paragraph's or a word's first glyph that pdfminer set
# apart by a space (`构 建宏观…`, `作 者`, `相 关研究`), which spacing's normalisation made a line of its own. No
# heading is one glyph long.
_GLYPH = re.compile(_C)


# A summary's sub-heading naming its view on a short line of its own (`报告摘要:` / `本周观点` / `当前处在中报密集披露
# 窗口期,…`, a weekly's first section), where its lost bullet left it opening a block: a heading, not a sentence's
# first words.
_VIEW_HEADING = re.compile(rf"{_C}{{0,4}}(?:观点|要点|觀點|要點)")


# A house's name alone on a short line (`信达证券` between a portal's headline and the note's first paragraph, a cover's
# `国信期货`): a publisher's credit, never a word broken off the sentence after it.
_HOUSE_LINE = re.compile(rf"{_C}{{2,4}}(?:证券|證券|期货|期貨|研究所|研究院)")


def _stands_apart(lines: list[str], number: int, current: str) -> bool:
    """Whether the short line `number`, all of the block so far (`current`), is a heading rather
    than a word or two broken off the next line (`本周` / `首个交易日…`): a section's number or a tag
    opens it, it names the report's kind, or it stands in a stack of a cover's lines, after a line that ends no sentence
    (`中国消费者报告` / `韧性时代` / `多年以来,…`), or it opens its block over a paragraph written on one line; a word
    broken off a sentence follows a sentence end or opens the text of a layout that wraps its lines."""
    if _HEADING_LINE.match(current) or _KIND_BANNER.fullmatch(current.strip()):
        return True
    if _VIEW_HEADING.fullmatch(current.strip()):
        return True
    if _HOUSE_LINE.fullmatch(current.strip()):
        return True
    if _GLYPH.fullmatch(current.strip()) and _GLYPH.match(lines[number + 1].lstrip()):
        return False  # (a paragraph's first glyph, spaced off: `构` / `建宏观风险配臵框架…`)
    if number == 0 and _paragraph_line(lines[1]):
        return True  # (a column's name over a page's first paragraph: `中金点睛` / `参考日本经验,…。新兴市场…。`)
    before = lines[number - 1].strip() if number and current == lines[number] else ""
    return bool(before) and not before.endswith(SENTENCE_ENDS)


# A page that writes each paragraph on one line (a web page's text, not a PDF's wrapped lines) breaks no word off at a
# line's end: a line holding a sentence end before its own end, many times a short line's width, is such a paragraph,
# and a short line over it, opening its block, is a heading (a column's name), not a word broken off it.
_ONE_LINE_PARAGRAPH = 60  # glyphs wide at least (a PDF's wrapped lines hold 20 to 45)


def _paragraph_line(line: str) -> bool:
    return _width(line) >= _ONE_LINE_PARAGRAPH and _SENTENCE_END_IN.search(line.rstrip()[:-1]) is not None


def _heading_cut(block: str) -> bool:
    """Whether the block before a break ends in a short line's first words, the break a span taken out of the line's
    middle (`■本周(20250811-20250815)板块行情`: its dates): the line is a heading, and what the block after the break
    holds of it (`板块行情`) stands apart from the next line, not a word broken off it."""
    last = block[block.rfind(LINE) + 1:]
    return 0 < len(last) <= _SHORT_LINE and _GLYPH.fullmatch(last[-1]) is not None and not last.endswith(SENTENCE_ENDS)


# A byline's line ends with the author's role (`譚雅玲 研究員` over the article's first line): it never
# runs on into the next.
_ROLES = ("研究员", "研究員", "分析师", "分析師", "经济学家", "經濟學家", "研究助理")


# A line that opens with a full stop or a clause's mark (`显著正面影响` / `。这一结构…`, a bold run's end set on
# the next line) carries on the line before: no heading or sentence opens so.
_MARKS_AFTER_WORDS = ("。", "，", "；", "、", "！", "？")


def split_blocks(text: str) -> list[str]:
    """The text cut at breaks and at line breaks that do not split a word or a wrapped line."""
    blocks: list[str] = []
    previous = ""
    for block in text.split(BREAK):
        cut, previous = _heading_cut(previous), block
        if LINE not in block:
            blocks.append(block)
            continue
        lines = block.split(LINE)
        current = ""
        for number, line in enumerate(lines):
            if line.strip() in _LINK_WORDS:  # (a listing's link on its own line: no word of the text)
                blocks.append(current)
                current = ""
                continue
            if current and not line.startswith(_MARKS_AFTER_WORDS) and (
                    current.endswith(SENTENCE_ENDS) or current.endswith(_ROLES)
                    or (not _wraps(lines, number - 1) if len(current) > _SHORT_LINE
                        else (cut and number == 1) or _stands_apart(lines, number - 1, current))):
                blocks.append(current)
                current = ""
            current += line
        blocks.append(current)
    return blocks


_SENTENCE_SPACE = re.compile(" (?<=[。！？；] )")  # (opening with the space: the search skips to spaces)
_WRAP_MIN = 20
_PARAGRAPH_LINE = 3  # times a short line's width that a paragraph written on one line holds at least


def _width(line: str) -> float:
    """A line's width in CJK characters (a Latin letter or a digit is about half of one): in
    UTF-8 a CJK character or a full-width mark takes three bytes, ASCII one."""
    wide = (len(line.encode("utf-8", "surrogatepass")) - len(line)) / 2
    return wide + (len(line) - wide) / 2


# A line that opens with one character and a clause mark (`性，人民币计价…`) holds the end of a
# word the line before broke: no heading or sentence opens so.
_WORD_RUNS_ON = re.compile(rf"{_C}[，,、；;。]")


# A chart's key, label and value pairs (`红色:过热;黄色:偏热;绿色:正常`): no line of prose.
_PAIR = r"[^:：;；，,\s]{1,6}[:：][^:：;；，,\s]{1,6}"
_KEY = re.compile(rf"(?:{_PAIR}[;；，,]){{2,}}{_PAIR}")


# A line that ends with one character after a clause mark (`…房价企稳、能` / `源价格回落…`) broke a
# word off at its end: no heading or sentence ends so.
_WORD_BROKEN_OFF = re.compile(rf"[，,、；;]{_C}$")


# A line that opens with the rest of a clause, no clause mark before its end (`将对投资者预期产生影响；…`
# after `…而中美贸易关系的不确定性仍`): the line before, a line of prose ending no sentence, runs on
# into it, whatever the widths.
_CLAUSE_TAIL = re.compile(r"[^，,、；;。！？!?：:\s]{2,20}[；;。！？]")


# A report body's section heading on its line (`1.1 钠离子电池技术不断成熟,大规模量产在即`, or a heading and
# its first sub-section's run together, `1 钠离子电池产业化在即1.1 钠离子…`): a dotted section number (not a
# figure: `1.5 亿元,…` opens a wrapped line), and no sentence end; it never runs on into the paragraph.
# (A dotted number closed with a mark too, `1.1、世界百年未有之大变局,…` / `1.1. 经济景气指数…`: a section's, no
# figure is written so before a glyph. So are a heading and its first sub-section's run together with a year opening
# their words, `1. 2022 年:低碳+、全球化,老樹發新芽1.1. 2021 年:“碳中和”為主線,…表現靚麗`, a strategy's chapters.)
_NO_UNIT = "(?![亿万千百元倍个只家年月日次期号季周天小岁层位项台套吨])"
_HEADING_WORDS = rf"(?:{_NO_UNIT}{_C}|(?:19|20)\d\d\s?年)"
_SECTION_LINE = re.compile(rf"\d{{1,2}}(?:\.\d{{1,2}}){{1,2}}(?:[、.．]\s?|\s?{_NO_UNIT})(?={_C})"
                           rf"|\d{{1,2}}[.．]?\s{_HEADING_WORDS}[^。！？；;]{{2,30}}?\d{{1,2}}\.\d{{1,2}}[.．]?\s?"
                           rf"(?:{_C}|(?:19|20)\d\d\s?年)")
_SENTENCE_END_IN = re.compile("[。！？；;!?]")
# A line that opens with a particle no heading or sentence opens with (`的金融市场`, `和廉价的劳动力…`,
# after `这与间接融资为主`): the line before runs on into it, however short either is. (Not a word that
# opens with one: `的确`, `和平`, `及时`, `了解`, `等待`.)
_PARTICLE_OPENING = re.compile(rf"[的和及了等](?={_C})(?!确|平|时|解|待)")
# A line of prose ending with a word that wants what follows it (`达`, `为`, `至`, `的`): a line of a sentence the
# layout broke, not a heading's end.
_NEEDS_OBJECT = ("达", "為", "为", "至", "的")


# A chapter's number opening a line (`一、我们主张,…`, after a digest's list of headlines ending no sentence):
# the line opens a section, and the line before does not run into it, though `一、` looks like the end of a word
# a line broke (`统` / `一、规范`): unless the line before ends with a glyph such a word opens with.
_CHAPTER_LINE = re.compile(rf"[一二三四五六七八九十]{{1,3}}、(?={_C})")
_WORD_BEFORE_NUMERAL = tuple("第之统唯单同逐万专划均归合")
# A sub-section's number in brackets opening a line (`(一)发展历史:…`, `（二）…`).
_SUBSECTION_LINE = re.compile(r"[（(][一二三四五六七八九十]{1,3}[)）]")
_SUBSECTION_WIDTH = 0.15


# A summary's event, its label opening its first line (`事件:截至 2022 年 3 月 18 日,共 28 家汽车板块(申万)上市公司` /
# `披露 2021 年业绩(…)。`): a sentence, whose first line with a clause in it and no sentence end runs on, however wide
# the line after it (a flattened preview's rest of the paragraph).
_EVENT_LINE = re.compile(r"\s*事件\s?[:：]")


def _wraps(lines: list[str], number: int) -> bool:
    """Whether line `number` runs on into the next: a line of prose (a clause mark in it) that
    ends no sentence and is about as wide as the lines beside it (the wider of the one before
    and the one after) was wrapped by the layout (`…实现归母净利润10.8亿` / `元，同比增长…`);
    so is a line that ends with a clause mark. A cover's lines (a name, a rating, a price) hold
    no clause mark, and a headline (`比亚迪是全球新能源汽车销量冠军，垂直一体化优势显著`) is narrower
    than the paragraph's lines after it. A line whose next one opens with the end of a broken
    word runs on, however short."""
    line = lines[number]
    if line.endswith(("，", ",", "、")):
        return True
    if _EVENT_LINE.match(line) and CLAUSE_MARK.search(line) and not line.endswith(SENTENCE_ENDS):
        return True
    if _CHAPTER_LINE.match(lines[number + 1]) and not line.endswith(_WORD_BEFORE_NUMERAL):
        return False
    if _WORD_RUNS_ON.match(lines[number + 1]) or _WORD_BROKEN_OFF.search(line):
        return True
    if _PARTICLE_OPENING.match(lines[number + 1]) and not line.endswith(SENTENCE_ENDS):
        return True
    if line.endswith(_NEEDS_OBJECT) and _GLYPH.match(lines[number + 1].lstrip()) and CLAUSE_MARK.search(line):
        return True  # (a verb or a particle before its object, `…营收达` / `人民币2,478 亿元,…`)
    if _SECTION_LINE.match(line) and not _SENTENCE_END_IN.search(line):
        return False
    if _SECTION_LINE.match(lines[number + 1]) and not _SENTENCE_END_IN.search(lines[number + 1]):
        # (nor does the line over such a heading run into it: a chapter's heading over its first
        # section's, `一、宏观:自主可控是中国式现代化的核心方向` / `1.1、世界百年未有之大变局,统筹发展和安全`)
        return False
    if line.endswith(("：", ":")) or _KEY.fullmatch(line):
        return False
    if _WRAP_MIN / 2 <= (width := _width(line)) < _WRAP_MIN and _in_column(lines, number, width):
        return True
    if not CLAUSE_MARK.search(line) and _opens_paragraph(lines, number, width):
        return True
    if len(line) < _WRAP_MIN / 2 or not CLAUSE_MARK.search(line):
        return False
    if width < _WRAP_MIN and _width(lines[number + 1]) > _PARAGRAPH_LINE * width:
        # (a short line over a paragraph the page wrote as one line, many times wider, is its heading,
        # `2025,权益与转债市场行情复盘` / `2025年转债整体…。截至…`: a wrapped line is as wide as the next or wider)
        return False
    if (_SUBSECTION_LINE.match(line) and not _SENTENCE_END_IN.search(line)
            and abs(width - _width(lines[number + 1])) > _SUBSECTION_WIDTH * width):
        # (nor does a sub-section's numbered heading, not as wide as the line after it, `(一)发展历史:二十年升级转型,
        # 从全球钴行业领先者迈向全球新能源锂电材料行业领导者` / `浙江华友钴业股份有限公司是一家…`: a point's first line
        # that the layout wrapped is as wide as the next)
        return False
    if _CLAUSE_TAIL.match(lines[number + 1]) and not line.endswith(SENTENCE_ENDS):
        return True
    if number and _TOPIC_LINE.match(line) and _NUMBERED_HEADING.fullmatch(lines[number - 1].strip()):
        return False
    # A dump writes every line break as a space, after a sentence end too (`…回暖。 展望未来…`):
    # the lines beside this one are measured from the sentence ends next to it.
    width = _width(_SENTENCE_SPACE.split(line)[-1])
    before = _width(_SENTENCE_SPACE.split(lines[number - 1])[-1]) if number else 0
    after = _width(_SENTENCE_SPACE.split(lines[number + 1], maxsplit=1)[0])
    if after > 1.5 * max(width, before) and before >= _WRAP_MIN:
        # The next line is the rest of the paragraph, which the page stopped wrapping: this line
        # wraps when it is as wide as the one before it.
        # (or when the one before is a chapter's heading, no line of the paragraph, and this line ends no sentence: the
        # paragraph's first line, `1 2023 年度展望:关注需求释放与新技术产业化` / `1.1 在高景气中兑现业绩2022 至今…其中
        # 电力设备及新` / `能源行业总体跌幅 23.9%,…`, r73 dev)
        if _CHAPTER_HEADING.fullmatch(lines[number - 1].strip()):
            return width >= _WRAP_MIN and not line.endswith(SENTENCE_ENDS)
        return width >= _WRAP_MIN and abs(width - before) <= 0.15 * max(width, before)
    return width >= _WRAP_MIN and width >= 0.85 * max(before, after)


# A sub-section's topic and its claim, a colon between and no sentence end (`美国:年后买方投顾日益成熟,形成分工完善的
# 竞争格局`), under a numbered section's heading, a number glued to its words and no clause mark (`1宏观趋势:中国泛资管
# 行业开启新一轮景气周期`): a heading too, as wide as the one above it by chance; it never runs on into the paragraph.
_TOPIC_LINE = re.compile(rf"{_C}{{2,8}}[:：][^。！？；;!?]+$")
_NUMBERED_HEADING = re.compile(rf"\d{{1,2}}\s?{_C}[^，,、；;。！？!?]{{2,40}}")
# (a chapter's heading, its number and words, a year among them maybe, no clause's comma nor a sentence end)
_CHAPTER_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}\s?[^，,、；;。！？!?]{4,40}")


def _in_column(lines: list[str], number: int, width: float) -> bool:
    """Whether line `number`, narrower than a page's lines, is a line of prose in a narrow column
    (a cover's side column: `…是兴证金工团队` / `跟踪国内外 ESG 动态及政策动` / `向，聚焦…`): it ends no
    sentence, and neither do the lines next to it, at least three in a row as wide as it (within
    15 %), which hold a clause mark. A cover's stacked lines (a name, a rating) hold none."""
    def alike(other: str) -> bool:
        return not other.endswith(SENTENCE_ENDS) and abs(_width(other) - width) <= 0.15 * width

    first = number
    while first > 0 and number - first < 3 and alike(lines[first - 1]):
        first -= 1
    last = number
    while last + 1 < len(lines) and last - number < 3 and alike(lines[last + 1]):
        last += 1
    return last - first >= 2 and any(map(CLAUSE_MARK.search, lines[first:last + 1]))


# (lines a layout wrapped at one width, measured in glyphs: digits and Latin letters, taken as half a glyph each,
# may make one 5 to 10 % narrower, `…PB应该在2-2.2之间…`; a headline matches two of a paragraph's lines so closely
# by chance only)
_SAME_WIDTH = 0.1


def _opens_paragraph(lines: list[str], number: int, width: float) -> bool:
    """Whether line `number`, a wide line of prose without a clause mark that ends no sentence, is a paragraph's first
    line the layout wrapped (`TON(The Open Network)公链的核心叙事之一是其背靠 Telegram 的巨大用户流` / `量入口，使得…`):
    the two lines after it are as wide as it (within 10 %), hold a clause mark and end no sentence. A cover's lines
    and a headline over a paragraph are narrower than its lines, or as wide as one of them only."""
    if width < _WRAP_MIN or _line_ends(lines[number]) or number + 2 >= len(lines):
        return False
    return all(not _line_ends(other) and CLAUSE_MARK.search(other) and abs(_width(other) - width) <= _SAME_WIDTH * width
               for other in lines[number + 1:number + 3])


def _line_ends(line: str) -> bool:
    return line.rstrip().endswith(SENTENCE_ENDS)

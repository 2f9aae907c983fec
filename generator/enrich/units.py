"""An extracted opening prepared and cut into units: runs of text between hard breaks (bullets,
table tags, removed boilerplate, line breaks) and sentence ends, and whether a unit reads as
prose. The opening's figures are repaired (figures.py) and the cover material found whole
(contact blocks, e-mail addresses, tables, the repeated title: cover.py) is taken out first;
what follows the summary's risk warning (headings.py) is left out. Every step is a bounded
regular-expression scan or a single pass."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.enrich.boilerplate import (
    LABEL_AFTER_END,
    MARK_SPANS,
    NUMBERS,
    WORD_SPANS,
    is_boilerplate,
)
from generator.enrich.cover import cut_title, drop_contacts, drop_contents, drop_emails, drop_tables
from generator.enrich.figures import POINT_LOST, break_figure_runs, point_restored, repair_numbers
from generator.enrich.headings import summary_end
from generator.enrich.lines import BREAK, LINE, NEWLINE, split_blocks
from generator.enrich.marks import CONTINUES, HANGUL_WORD, KANA, LATIN_WORD, aligned_sub, cjk_count, lost_punctuation
from generator.normalize import CJK_CLASS, HANGUL, to_simplified

WINDOW = 2000  # the characters of a preview read as its opening
_C = f"[{CJK_CLASS}]"

# Sentence ends. `.` ends a sentence only after CJK or a closing bracket and not before a
# digit (listing dumps write `走弱.`; `3.73` and `www.x` are not ends).
# (One class first, then a look behind at what it took: the search skips to the candidates.)
# In Latin script, `.` ends a sentence after a lower-case letter, a digit or a closing mark and
# before a space and a capital, also one after a number (`3Q18 Quarterly…`), or the end; and
# after a word of four lower-case letters or more before a number (`…significantly. 2025/06/03`):
# not `U.S.`, `3.73`, `No. 206`, `vol. 3`.
# Nor after a firm's or a number's abbreviation (`Securities (HK) Co., Ltd. Hong Kong…`,
# `SFC CE No. AVH`, a cover's `Ref. No.: SG2016_0014`), which a name or a number follows, not a sentence.
UNIT_END = re.compile(rf"[。！？；!?.](?:(?<=[。！？；!?])|(?<=[{CJK_CLASS}）)”]\.)(?![\dA-Za-z])"
                  r"|(?<=[a-z0-9%)\]’”\"']\.)(?<!\bLtd\.)(?<!\bCo\.)(?<!\bInc\.)(?<!\bCorp\.)(?<!\bNo\.)(?<!\bRef\.)"
                  r"[”’\"]?(?=\s+\d{0,4}[A-Z“‘\"'(]|\s*$|(?<=[a-z]{4}\.)\s+\d)"
                  # (and after a Hangul syllable before a space or the end: Korean has no abbreviations so written)
                  rf"|(?<=[{HANGUL}]\.)[”’\"]?(?=\s|$))")


# A web page converted from simplified to traditional script with a tool that writes each
# character's reading after it (`經(jīng)濟(jì)`, `個(gè)月內(nèi)`): a syllable in brackets, with its tone
# mark, right after a CJK character. cleaning.py drops them before excerpts, facts.py before facts.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"


READING = re.compile(rf"\((?<={_C}\()(?=[a-zü]{{0,6}}[{_TONED}])[a-zü{_TONED}]{{1,7}}\)")

# The same tool without tone marks (`新(xin)(xin)股接(jie)連(lian)破發`): a run of bracketed
# syllables right after a CJK character. A bare syllable may also be a gloss (`市盈率(pe)`), so
# these count as readings only in a text that writes at least `_TONELESS_MIN` of them.
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao"
             r"|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v|ü)")
_TONELESS = re.compile(rf"\((?<={_C}\(){_SYLLABLE}\)(?:\({_SYLLABLE}\))*")  # (opening with the bracket: see `READING`)
_TONELESS_MIN = 4
# A neutral tone has no mark: the toned tool writes a particle's reading bare (`恢复的(de)不确定(dìng)性`), dropped
# in a text that writes at least `_TONELESS_MIN` toned readings (a bracket after another glyph, `和(de)`, is kept).
_NEUTRAL = re.compile(r"(?<=[的了么麼呢吗嗎吧着著们們])\((?:de|le|me|ne|ma|ba|zhe|men)\)")


def drop_readings(text: str) -> str:
    """`text` without the readings a conversion tool wrote after its characters, toned or not."""
    if "(" not in text:
        return text
    text, toned = READING.subn("", text)
    if toned >= _TONELESS_MIN:
        text = _NEUTRAL.sub("", text)
    # (each run opens with a bracket of its own: a text with fewer is not scanned)
    runs = _TONELESS.findall(text, 0, WINDOW * 4) if text.count("(") >= _TONELESS_MIN else []
    return _TONELESS.sub("", text) if len(runs) >= _TONELESS_MIN else text


# Breaks that keep what they stand before: point labels inside a run of text (`…公告1、数字
# 诊疗…`, `①`, `产能要素分析 1.产能利用率…` when set apart by a space), point headings a lede may
# start with (`事件：`). A label's digits must not end a longer number (`2019、2020年`): see
# `_break_before`.
# (The first character is taken by one class and chooses its branch by looking behind at it, as
# in `MARK_SPANS`: a label's first digit, then a second one if any.)
_BREAK_BEFORE = re.compile(rf"[\d①-⑳事](?:(?<=\d)\d?(?:、(?!\d)|\.(?<!\S\d\.)(?<!\S\d\d\.)(?={_C}))"
                           r"|(?<=[①-⑳])|(?<=事)件[:：])")


# A point's own label inside a summary: `1、`, `（1）`, `①`, `一、`, `1)`, and in numerals with a colon or in brackets
# (`一:`, `（一）`); `1、` also before a year that opens the point (`1、2022年M2同比抬升…`), not before other figures
# (`1、2月社零增速`: January and February).
_NUMERALS = "[一二三四五六七八九十]{1,2}"
POINT_LABEL = re.compile(rf"^(?:\d{{1,2}}(?:、(?!\d(?!\d{{3}}年))|[.．)）](?!\d))|[（(](?:\d{{1,2}}|{_NUMERALS})[)）]"
                         rf"|[①-⑳]|{_NUMERALS}[、.．:：])\s*")


# Patterns open with what they look for and look behind after it, so the search skips to it.
_CJK_SPACE = re.compile(rf" (?<={_C} )(?={_C})")


@dataclass(slots=True)
class Unit:
    """A run of text between breaks and sentence ends."""

    text: str
    ends_sentence: bool
    after_break: bool  # a bullet, a point label or a block break comes right before it
    numbered: bool = False  # a numbered point's label (`1、`, `二、`) came right before it


# (A dump's lines hold 20 CJK characters and more each; spaced-out glyphs, joined in part by
# `cleaning.unravel`, leave a space every eight or so.)
_SPACED_MIN = 20


_SPACED_EVERY = 12


def _is_word_spaced(text: str) -> bool:
    """Whether spaces split words (PDF word-by-word extraction) rather than lines: runs
    between spaces are then a few characters long on average, or a space stands between two CJK
    characters after every few of them (a page whose glyphs are spaced out through the text,
    `请 务必参 阅正文`, beside a few long runs where `cleaning.unravel` joined characters spaced
    one by one)."""
    runs = text.split()
    if len(runs) < 30:
        return False
    if sum(map(len, runs)) < 5 * len(runs):
        return True
    # (a space between two CJK characters then stands after every few of them: a line of a
    # dump holds dozens)
    spaced = len(_CJK_SPACE.findall(text))
    return spaced >= _SPACED_MIN and spaced * _SPACED_EVERY >= cjk_count(text)


# Markdown's marks of emphasis around a sentence (`*Morgan Stanley upgraded… sales.*`): a star
# before a word at a text's or a word's start, or after a sentence's end.
_EMPHASIS = re.compile(r"\*(?:(?<!\S\*)(?=\S)|(?<=[.!?。！？”\"]\*)(?!\S))")


# A sentence a summary's layout split over two points, the first ending and the next opening with an ellipsis
# (AXA IM's key points: `…we have been waiting for signs of a cyclical upswing…` / `… getting us to focus on China
# and Asian trade; both point to the slowdown bottoming out.`, on lines of their own or, flattened, `…upswing… • …
# getting…`): one sentence, the points joined (apart, the first read as cut off and the second as a fragment, both
# were passed over and the lede opened on the third point).
_SPLIT_POINT = re.compile(r"(?<=[A-Za-z,])…[\s\x1b]*(?:[•·▪●◦‣][\s\x1b]*)?…[ \t]*(?=[a-z])")


def prepare(text: str, title: str = "") -> tuple[str, str]:
    """The (glyph-repaired) opening with numbers repaired, boilerplate spans replaced by
    breaks, and line breaks (a space between two CJK characters in a dump) marked; and the
    same in simplified script. Patterns are matched on the simplified text, where a
    traditional-script report (`請務必閱讀…免責聲明`, `投資要點`) reads like any other, and every
    edit is made to both: the conversion maps character to character, so they stay aligned."""
    text = repair_numbers(text.replace("**", "") if "**" in text else text)  # Markdown's bold marks too
    text = drop_contacts(_EMPHASIS.sub("", text) if "*" in text else text)
    if "…" in text:
        text = _SPLIT_POINT.sub("… ", text)
    if ";" in text:
        text = _CJK_SEMICOLON.sub("；", text)  # a page's `;` after a Chinese clause is the clause end `；`
        # (and the title's, which the cover repeats: found as the text now writes it)
        title = _CJK_SEMICOLON.sub("；", title)
    if "[" in text or " - " in text:
        text = _summary_points(text)
    lost = False
    if " " in text or NEWLINE in text:
        text = _doubled_sentences_once(text)
    if " " in text or NEWLINE in text:
        # Text extracted word by word is one run: its spaces and line breaks say nothing of its
        # layout; nor do the spaces of a text that lost its punctuation to them.
        word_spaced = _is_word_spaced(text.replace(NEWLINE, " ") if NEWLINE in text else text)
        if " " in text:
            lost = lost_punctuation(text)
            text = _CJK_SPACE.sub("" if word_spaced or lost else LINE, text)
        if NEWLINE in text:
            text = text.replace(NEWLINE, "" if word_spaced else LINE)
    simple = to_simplified(text)
    if (end := summary_end(simple)) is not None:
        text, simple = text[:end], simple[:end]  # (what follows is neither excerpt nor point)
    if simple == text:
        text = _marked(text, title)
        text = POINT_LOST.sub(point_restored, text) if lost else text
        return text, text
    text, simple = drop_tables(*cut_title([text, simple], to_simplified(title)))
    if _DATE_STAMP.search(simple):
        text, simple = aligned_sub(DATED_LABEL, _to_break, text, simple)
    text, simple = drop_emails(text), drop_emails(simple)
    for spans in (WORD_SPANS, MARK_SPANS):
        text, simple = aligned_sub(spans, _to_break, text, simple)
    text, simple = aligned_sub(LABEL_AFTER_END, _break_after, text, simple)
    text, simple = NUMBERS.sub(BREAK, text), NUMBERS.sub(BREAK, simple)
    text, simple = aligned_sub(_BREAK_BEFORE, _break_before, text, simple)
    text, simple = break_figure_runs([text, simple])
    text, simple = aligned_sub(_YEAR_AFTER_FIGURE, _break_after, text, simple)
    if " " in simple:
        text, simple = aligned_sub(_HEADING_BEFORE_TIME, _break_after_heading, text, simple)
    if lost:
        text, simple = aligned_sub(POINT_LOST, point_restored, text, simple)
    return text, simple


# A bold point's heading with a space inside it, which extraction writes twice (`8月销售增幅回升 楼市整体
# 销售保持平稳。8月销售增幅回升 楼市整体销售保持平稳。2019年前8月…`; a flattened page's line breaks put back
# there, `回升\n楼市…`): read once, its two halves one sentence. Left as they are, its space is read as a line
# break and the excerpt opens on its second half. Found from the copy's gap (the pattern opens with it, so the
# search skips to gaps): the half after the first gap, the copy's first half, its gap and its second half; the
# first half is then looked for before the first gap.
_SENTENCE_TWICE = re.compile(rf"[ {NEWLINE}](?P<rest>[^\s{NEWLINE}。！？]{{2,30}}[。！？])"
                           rf"(?P<run>[^\s{NEWLINE}。！？]{{2,30}})[ {NEWLINE}](?P=rest)")


def _doubled_sentences_once(text: str) -> str:
    pieces, done = [], 0
    for match in _SENTENCE_TWICE.finditer(text):
        run, rest = match.group("run"), match.group("rest")
        start = match.start() - len(run)
        if start >= done and text.startswith(run, start) and cjk_count(run + rest) >= _DOUBLED_GLYPHS:
            pieces += (text[done:start], run + rest)
            done = match.end()
    return "".join(pieces) + text[done:] if pieces else text


_DOUBLED_GLYPHS = 8  # (a heading's worth: not two short labels, `单位 亿元。单位 亿元。`)


# A summary written by a model (research sites' `报告核心观点 - 公司… [1] - 门店…[2][5]`): each point
# opens with a hyphen or a star set apart before CJK and closes with the numbers of the pages it
# cites, where the point's sentence ends even when no full stop was written. Such a summary
# separates its clauses with spaces at times (`* 公司前三季度财务表现不佳 但四季度通常表现强劲[2][3]`):
# a space between two CJK characters of a text with cited points is a comma.
_CITED_END = re.compile(r"\s?\[\d{1,2}\](?:\[\d{1,2}\])*(?=\s|$)")


# (or a year, `- 2025年前三季度,…`, or a quoted term, `- "十五五"规划聚焦…`)
# (or, in English, a point after the last one's stop, its dash's line joined to that one: `…and, in turn, banks.` /
# `- Asia-Pacific will be pulled into…`, S&P's key takeaways; no sentence sets a dash right after its full stop)
_HYPHEN_POINT = re.compile(rf" [-*] (?<!\d [-*] )(?=[“\"「『《]?{_C}|(?:19|20)\d\d年)"
                           r"|(?<=[a-z]{2}[.!?]) [-*] (?=[A-Z])")


def _summary_points(text: str) -> str:
    text = _HYPHEN_POINT.sub(BREAK, text)
    if "[" not in text:
        return text
    cited = _CITED_END.sub(_cited_end, text)
    return _CJK_SPACE.sub("，", cited) if cited.count(BREAK) - text.count(BREAK) >= 2 else cited


def _cited_end(match: re.Match[str]) -> str:
    before = match.string[match.start() - 1:match.start()]
    return BREAK if not before or before in CONTINUES or before.isspace() else "。" + BREAK


# (after a title's or a quotation's close too; or after a bracket's close and a space an extraction set before the
# mark: `…电化学储能装机21.1GW,占比10.3% (锂离子电池占电化学储能的93.9%) ;(2)中国:…`)
_CJK_SEMICOLON = re.compile(rf";(?:(?<=[{CJK_CLASS}）)”%》」』];)|(?<=[）)] ;))")


def _marked(text: str, title: str) -> str:
    """`prepare` for text in simplified script (most text): one copy to edit."""
    [text] = cut_title([text], title)
    if _DATE_STAMP.search(text):
        text = DATED_LABEL.sub(BREAK, text)
    text = MARK_SPANS.sub(BREAK, WORD_SPANS.sub(BREAK, drop_emails(drop_contents(text, 4 * WINDOW))))
    text = LABEL_AFTER_END.sub(_break_after, text)
    text = NUMBERS.sub(BREAK, text)
    text = _BREAK_BEFORE.sub(_break_before, text)
    [text] = break_figure_runs([text])
    text = _YEAR_AFTER_FIGURE.sub(_break_after, text)
    # (what each date after such a heading ends with: looked for first, as the pattern tries every position)
    if " " not in text or ("以来" not in text and "日," not in text and "日，" not in text):
        return text
    return _HEADING_BEFORE_TIME.sub(_break_after_heading, text)


# A report's name stamped with its date (`TMT一周谈之电子-20210110`, a listing's `…动力或不足-230913`)
# glued before the first words: a cover's or a listing's label, not the sentence's start. The run
# is taken from the last break or sentence end (40 characters at most) up to the stamp, which CJK
# follows with no mark between (a date in prose is written `2021年1月10日` or set apart).
_STAMP = r"-(?:(?:19|20)\d\d|\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_DATE_STAMP = re.compile(rf"{_STAMP}(?={_C})")
DATED_LABEL = re.compile(rf"[^\n。！？!?]{{0,40}}{_STAMP}(?={_C})")


def _to_break(_: re.Match[str]) -> str:
    return BREAK


# A heading on a line of its own before a paragraph that opens with its time (`成长股投资机会或已到来 5月
# 下旬以来,大盘…`): a run of CJK alone after a break, the line's end left as a space, then a date
# that starts a sentence (`5月下旬以来`, `2023年以来`, `3月15日`). Inside a sentence no space parts a
# word from such a date unless the text spaces every number (`营收 32 亿元`), and those dates are
# spaced there too (`2023 年`).
_HEADING_BEFORE_TIME = re.compile(
    rf"(?:(?<=[\n\r])|^)(?P<heading>{_C}{{6,30}}) "
    r"(?=\d{1,2}月(?:[上中下]旬|初|末|中)?以来|(?:19|20)\d\d年(?:以来|初以来)|\d{1,2}月\d{1,2}日[,，])")


def _break_after_heading(match: re.Match[str]) -> str:
    return match.group("heading") + BREAK


def _break_after(match: re.Match[str]) -> str:
    return match.group(0) + BREAK


# A market index named with its figures, in a list of indices (`科创50涨幅超3%,上证50、上证180和腾讯济安跌幅超2%`):
# the figures end the index's name, no point's label follows it.
_INDEX_NAME = re.compile(r"(?:上证|深证|中证|科创|沪深|北证|国证|创业板)$")
_INDEX_NAME_REACH = 3


def _break_before(match: re.Match[str]) -> str:
    before = match.string[match.start() - 1:match.start()]
    if before.isdigit() or before in ".%" or (before.isascii() and before.isalpha()):
        return match.group(0)
    if _INDEX_NAME.search(match.string, max(0, match.start() - _INDEX_NAME_REACH), match.start()):
        return match.group(0)
    return BREAK + match.group(0)


# A percentage glued to a year (`…平板玻璃产量同比增长6.0%2019年1-4月我国水泥…`): a heading's last figure
# before the sentence under it, as no sentence writes a figure and a year with nothing between them.
_YEAR_AFTER_FIGURE = re.compile(r"%(?=(?:19|20)\d\d\s?年)")


def split_units(text: str, labelled: bool = False) -> list[Unit]:
    """Units between breaks (bullets and point labels are breaks by now) and sentence ends; `labelled` says
    that `text` follows a summary's heading (see `_LABELLED_POINT_COMMAS`)."""
    units: list[Unit] = []
    blocks = split_blocks(text)
    for number, block in enumerate(blocks):
        block = block.strip()
        if not block:
            continue
        label = POINT_LABEL.match(block)
        numbered = False
        if label:
            heading = _NUMBERED_HEADING.match(block)
            numbered = not (heading and cjk_count(block[heading.end():]) >= 8)
            block = block[label.end() if numbered else heading.end():]
        if len(block) <= _CUT_LINE_SIZE and _CUT_LINE.search(block):
            units.append(Unit(block, False, True))  # a line the page cut (`笔名:石天方。中国第一代投...`)
            continue
        at = 0
        for end in UNIT_END.finditer(block):
            if end.end() > at and (piece := block[at:end.end()].strip()):
                units.append(Unit(piece, True, at == 0, numbered and at == 0))
            at = end.end()
        if at < len(block) and (piece := block[at:].strip()):
            if piece.endswith("如下"):  # what introduces a list, its colon lost to the layout
                piece += "："
            elif not at and number + 1 < len(blocks) and (
                    (units and units[-1].text.endswith((":", "：")) and _lost_stop(piece))
                    or (not units and labelled and _lost_stop(piece, _LABELLED_POINT_COMMAS)
                        and not _TITLE_MARKS.search(piece))):
                units.append(Unit(piece + "。", True, True))
                continue
            units.append(Unit(piece, False, at == 0))
    return units


# A short line a page shows in part, cut with dots after a glyph: a sidebar's profile (sjqcj.com's
# `推荐关注` column: `牛牛扫板` / `高准确率的大盘预判。热点龙...`), a teaser. Neither it nor the sentence it
# may start with is the report's; a preview's paragraph cut at the end of a listing is longer.
_CUT_LINE = re.compile(rf"{_C}\.{{3,6}}$")
_CUT_LINE_SIZE = 30


_COMMA = re.compile("[，,]")


_LOST_STOP_COMMAS = 3


_LOST_STOP_SIZE = 100  # (one line of a page, with no space: not lines a dump ran together)


# The first point under a summary's heading with no colon (a morning call's comment, `观点` on a line of its own over
# `美国二次疫情风险增加,全面重启面临阻力,但重回封锁可能性很低` and a line break) is a sentence as one after a label's
# colon is, of three clauses at least; not a list of reports' titles, a topic and a colon before each, or a field in
# brackets (`…首次覆盖深度报告:医疗、消费协同发展,步入增长新阶段【固定收益】11月PMI数据点评:…`).
_LABELLED_POINT_COMMAS = 2
_TITLE_MARKS = re.compile("[:：【]")


def _lost_stop(block: str, commas: int = _LOST_STOP_COMMAS) -> bool:
    """Whether a block that ends no sentence, after a label with a colon (`基本面及市场信息:`), is a
    sentence whose full stop the page left out (a daily note's first point, `昨夜贵金属大涨,黄金破
    407元,突破前高,…,金银比破85`, and a line break after it): a headline has a comma or two, this
    a run of clauses, and it ends with no mark and no colon, on one line. (Not the text's last
    block: a preview cut short ends there.)"""
    return (len(block) <= _LOST_STOP_SIZE and block[-1] not in CONTINUES and cjk_count(block) >= 15
            and len(_COMMA.findall(block)) >= commas and not any(map(str.isspace, block)))


CLAUSE = re.compile(r"[，,、：:；;]")


_CJK_END_POINT = re.compile(rf"[{CJK_CLASS}）)”]\.$")


# (its figures and point; opening with the first digit, which it looks behind from: the search skips to digits)
_TICKER_FIGURES = re.compile(r"\d(?<![\w.]\d)\d{2,5}\.(?=(?:HK|SH|SZ|BJ|TW|T|N|O)(?![A-Za-z]))")


# A sentence giving the figures of what it names one by one, `分别` (respectively) before them, measured with
# the list as one word: `2022 至今电新行业指数波动较大,Q1-Q4 指数分别-19.6%、+13.9%、-22.7%、 +1.2%。` (r73 dev)
# is prose, as a table's row of figures is not.
_RESPECTIVE_FIGURES = re.compile(r"分别(?:为|是|达到?)?\s?[-+]?\d[\d.]*%?(?:\s?[、和及与/]\s?[-+]?\d[\d.]*%?){1,11}")


def is_prose(unit: Unit, words: int = 10, summary: bool = False, traditional: bool = True) -> bool:
    """A sentence of the report's own: ends as one, holds at least `words` words (a CJK
    character or half a Latin word each), mostly words rather than numbers, no boilerplate.
    A `.` end (also a listing's truncation mark) needs a clause break as well, outside a
    summary; a colon may end a unit that introduces what follows."""
    text = unit.text
    cjk = cjk_count(text)
    if not (unit.ends_sentence or text.endswith(("：", ":"))):
        return False
    if not cjk and " " not in text.strip():
        return False  # one token, however many words it runs together: a web address, a file's name
    if cjk and not text.isascii():
        cjk += len(KANA.findall(text))  # (a Japanese sentence's kana are its words as much as its kanji)
    latin = LATIN_WORD.findall(text) + (HANGUL_WORD.findall(text) if not cjk and not text.isascii() else [])
    # In Chinese a `.` ends a sentence after CJK only (not `iResearch Inc.`), and outside a
    # summary needs a clause break as well; in English it is the end.
    if cjk and text.endswith(".") and (not _CJK_END_POINT.search(text)
                                       or (not summary and not CLAUSE.search(text[:-1]))):
        return False
    if text.endswith(("。", "！", "；")):
        words -= 2  # a full stop says it is a sentence: a short one will do
    # Mostly words: CJK characters count twice (a word is one or two of them), letters once. A
    # summary's sentence in Latin script, dense with figures, is measured without the spaces
    # between its words (a fifth of an English text). In English a listed company's code with its
    # exchange is a name, no figure (`We raise our 2018E EPS for HKEx (0388.HK)/Haitong International…`).
    spaces = text.count(" ") if summary and not cjk else 0
    tickers = sum(len(code) for code in _TICKER_FIGURES.findall(text)) if not cjk and "." in text else 0
    listed = sum(len(run) - 2 for run in _RESPECTIVE_FIGURES.findall(text)) if "分别" in text else 0
    return (cjk + 2 * len(latin) >= words
            and cjk * 2 + (sum(map(len, latin)) if latin else 0) + tickers >= (len(text) - spaces - listed) * 0.6
            and not is_boilerplate(text, traditional))


# A numbered section heading before its first sentence, a space between them where the line
# break was (`一、全球能源供需格局 2023年全球一次能源…`, `1.1 …`); not a point's label (`1、公司公告
# 2021 年报`: PDF text spaces its numbers).
_NUMBERED_HEADING = re.compile(rf"(?:[一二三四五六七八九十]{{1,3}}、|\d{{1,2}}\.(?:\d{{1,2}})?)\s?{_C}"
                               r"[^\s，,。；;：:!?！？]{1,23}\s(?=\S)")

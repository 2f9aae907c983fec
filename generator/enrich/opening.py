"""An extracted opening prepared to be cut into units (units.py). Its figures are repaired and a chart's
runs of figures made breaks (figures.py), the cover material found whole (contact blocks, e-mail addresses,
tables: cover.py; the repeated title: covertitle.py) is taken out, boilerplate spans, point labels and dated
labels are made breaks, and line breaks (a space between two CJK characters in a dump) are marked; what follows the
summary's risk warning (headings.py) is left out. Apart from the cutting: every step here edits the text
and its simplified twin alike (matched on the twin), where the cutting reads one text. Every step is a
bounded regular-expression scan or a single pass."""

from __future__ import annotations

import re

from generator.enrich.boilerplate import LABEL_AFTER_END, MARK_SPANS, NUMBERS, WORD_SPANS
from generator.enrich.cover import drop_contacts, drop_contents, drop_emails, drop_tables
from generator.enrich.covertitle import cut_title
from generator.enrich.figures import POINT_LOST, break_figure_runs, point_restored, repair_numbers
from generator.enrich.headings import summary_end
from generator.enrich.lines import BREAK, LINE, NEWLINE
from generator.enrich.marks import CONTINUES, aligned_sub, cjk_count, lost_punctuation
from generator.normalize import CJK_CLASS, to_simplified

WINDOW = 2000  # the characters of a preview read as its opening
_C = f"[{CJK_CLASS}]"


# Breaks that keep what they stand before: point labels inside a run of text (`…公告1、数字
# 诊疗…`, `①`, `产能要素分析 1.产能利用率…` when set apart by a space), point headings a lede may
# start with (`事件：`). A label's digits must not end a longer number (`2019、2020年`): see
# `_break_before`.
# (The first character is taken by one class and chooses its branch by looking behind at it, as
# in `MARK_SPANS`: a label's first digit, then a second one if any.)
_BREAK_BEFORE = re.compile(rf"[\d①-⑳事](?:(?<=\d)\d?(?:、(?!\d)|\.(?<!\S\d\.)(?<!\S\d\d\.)(?={_C}))"
                           r"|(?<=[①-⑳])|(?<=事)件[:：])")


# Patterns open with what they look for and look behind after it, so the search skips to it.
_CJK_SPACE = re.compile(rf" (?<={_C} )(?={_C})")
# A document's title in guillemets, its words parted by a space as the title writes them (`三中全会印发《中共中央关于
# 进一步全面深化改革 推进中国式现代化的决定》中明确提到…`, 东吴's note): one title inside a sentence, not two lines;
# the space goes, as a wrapped line's break inside a title does.
_SPACED_TITLE = re.compile(rf"《[^《》\n。]{{1,60}}?{_C} {_C}[^《》\n。]{{0,60}}?》")


# (A dump's lines hold 20 CJK characters and more each; spaced-out glyphs, joined in part by
# `artefacts.unravel`, leave a space every eight or so.)
_SPACED_MIN = 20


_SPACED_EVERY = 12


def _is_word_spaced(text: str) -> bool:
    """Whether spaces split words (PDF word-by-word extraction) rather than lines: runs
    between spaces are then a few characters long on average, or a space stands between two CJK
    characters after every few of them (a page whose glyphs are spaced out through the text,
    `请 务必参 阅正文`, beside a few long runs where `artefacts.unravel` joined characters spaced
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
            if "《" in text:
                text = _SPACED_TITLE.sub(lambda title: _CJK_SPACE.sub("", title.group(0)), text)
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

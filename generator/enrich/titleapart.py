"""Whether a part of the report's title found in an opening's text is the cover's title, set apart from the
sentences around it, or a sentence's own words that happen to say the same (a clause's subject or object, a
quoted or cited name, a speaker, a date): covertitle.py cuts only the first. Also the marks that part a title,
as both read them.
"""

from __future__ import annotations

import re

from generator.enrich.lines import BREAK, LINE
from generator.enrich.marks import CJK_RUN, CONTINUES
from generator.normalize import CJK_CLASS, is_hangul

_C = f"[{CJK_CLASS}]"


MARKS = ":：,，、—-–()（）【】[]|｜!！?？“”\"《》"  # (and spaces) what parts a title


def is_mark(glyph: str) -> bool:
    return glyph in MARKS or glyph.isspace()


# A page may set the title's punctuation in the other width (`…分析与展望:资金面…,国债…` under
# `…分析与展望：资金面…，国债…`) or list its parts with `、` where the title has `，`: the same mark.
_FOLDED = str.maketrans("：，；！？（）【】、", ":,;!?()[],")


def same(glyph: str, other: str) -> bool:
    return glyph == other or glyph.translate(_FOLDED) == other.translate(_FOLDED)


def names_a_book(text: str, end: int) -> bool:
    """Whether the title's run ending at `end` closes a book title that a sentence goes on from
    (`深度解读某某《…》报告的核心发现…`), or stands inside one (`发表题为《企业并购回顾》的报告称`, the
    title without its marks): the sentence's own words, not a cover's title."""
    if text[end:end + 1] == "》":
        end += 1
    # (a sentence names it and gives its short name, `某某今日发布《某某调查报告》(以下简称“报告”)。`)
    return text[end - 1:end] == "》" and bool(_HAS_CJK_AT.match(text, end) or _SHORT_NAME.match(text, end))


# A sentence's note of the short name it gives what it names (`(以下简称“报告”)`, `（下称…）`).
_SHORT_NAME = re.compile(r"[（(](?:以下简称|以下称|下称|简称)")


_HAS_CJK_AT = re.compile(_C)


# (a lower-case word, or a clause's comma after one: `…undergoes profound restructuring, China’s innovative drug
# industry has reached…`, the title the next clause's subject)
_LOWER_BEFORE = re.compile(r"(?<![A-Za-z])[a-z]+,? $")
_LOWER_REACH = 16


def stands_apart(text: str, at: int, size: int, title: str) -> bool:
    """Whether the title's part found at `at` is the cover's title, not a sentence that happens
    to say the same words (a clause mark then follows it or comes right before it:
    `…近期发布公告，增资控股深圳颖灿生物科技有限公司`), or `的` follows it, which no sentence starts
    with (`中国创新药产业链的发展,…`: the title's words are the sentence's subject). So are a title's
    words in Latin script between a word and a verb in lower case (`The Freedonia Solar Panel Market
    is poised…`)."""
    after = text[at + size:at + size + 1]
    if after.isdigit() and _DATE_GOES_ON.match(text, at + size - 1):
        return False  # (a date the title gives to the month, the text to the day: `…(2019年4月)` over `2019年4月25日`)
    if is_hangul(after) and is_hangul(text[at + size - 1:at + size]):
        return False  # (a Korean word the run ends inside, its particle glued after it: `…단순절상보다는 외환관련…`)
    if after == "." and _NEXT_SENTENCE.match(text, at + size + 1) and text[at:at + size] != title:
        return False  # (nor a part of the title that the text says as a sentence of its own: `The stock index fell
        # 1.77% this week. How will A-Shares run…` under `The stock index fell 1.77% this week: the latest…`)
    # (nor a part that opens a line and runs on into a verb, when it is not the whole title: `Morgan Stanley believes
    # that…` under `Morgan Stanley: two mistakes in…`)
    opens = (text[at - 1:at] == " " and text[at - 2:at - 1].isalpha()) or (
        not text[at - 1:at].strip() and text[at:at + size] != title)
    if after == " " and opens and _LOWER_WORD.match(text, at + size):
        return False
    if text[at - 1:at] == " " and _LOWER_BEFORE.search(text, max(0, at - _LOWER_REACH), at):
        return False  # (nor after one, the title a verb's object: `…Institute released the Economic and … Outlook (…)`)
    if (text[at - 1:at] in _OPENS_QUOTE and text[at + size:at + size + 1] in _CLOSES_QUOTE
            and _LOWER_BEFORE.search(text, max(0, at - 1 - _LOWER_REACH), at - 1)):
        return False  # (nor quoted after one: `…published a report called “China and the World”.`)
    before = text[at - 1:at]
    if before in _SENTENCE_ENDS and size >= _GLUED_HEADING and _opens_after(text, at + size, title):
        return _ends_a_part(text[at:at + size], title)  # a heading glued to the next sentence's start
    if _HAS_CJK_AT.match(after) and (before == "据" or text.startswith(_REPORTS, at + size)):
        return False  # (the source a sentence cites: `据普华永道并购市场报告显示,…`, `…报告指出,…`)
    if before == "了" and _HAS_CJK_AT.match(text[at - 2:at - 1]):
        return False  # (a verb's object: `…学会对外发布了2022年第1季度…指数(CCI)及其6个子指数。`)
    if text.startswith(_SPEAKS, at + size) and _SPEAKER.search(text, at, at + size):
        return False  # (the speaker a sentence reports: `某某银行首席经济学家某某今日在…上表示,…`)
    if (_HAS_CJK_AT.match(before) and (_HAS_CJK_AT.match(after) or _CODE_IN_BRACKETS.fullmatch(text, at, at + size))
            and _IN_CLAUSE.search(text, max(0, at - _CLAUSE_REACH), at)):
        return False  # (glued inside a clause a comma opened a few glyphs before: `本周市场反弹,申万农林牧渔行业指数…`;
        # or a stock's code after its name there, whatever follows, as a headline repeats it: `…研究報告指,
        # 中國中車(01766.HK) 上半年收入…` under `《大行》華泰證券升中國中車(01766.HK)目標價至7.42港元…`)
    if (_HAS_CJK_AT.match(before) and after[:1].isalnum() and not CJK_RUN.search(text, at, at + size)
            and _GOES_ON_IN_CLAUSES.match(text, at + size)):
        return False  # (the title's figures alone, glued between a sentence's words, `本周(2025/03/17-2025/03/21
        # 下同)A股指数全数下跌,…` under `普益标准:本周市场回顾(2025/03/17-2025/03/21)`: the week the sentence names;
        # not a heading's, its line ending with no clause mark, `■本周(20250811-20250815)板块行情` over the text)
    if colon_ending_line(text, at, size):
        return True  # (the title on a line of its own, a colon after it: `…专题报告:千亿赛道冉冉升起:` over the text)
    quoted_after = after in _CLOSES_QUOTE and _HAS_CJK_AT.match(before)
    if quoted_after or (before in _OPENS_QUOTE and _HAS_CJK_AT.match(text[at - 2:at - 1])):
        return False  # (quoted by a sentence: `…主办的“中国宏观经济论坛(2015年中期)”在…举行`, `…发布了《…`)
    if before == "、" and _NUMBERING.search(text, max(0, at - _NUMBERING_REACH), at):
        # (the `、` of a numbering that opens the line, a library's chunk number, not a list's: `1、向高質量增長邁進
        # 新冠疫情主導了…` under `向高質量增長邁進:2021年中國宏觀經濟展望`)
        before = LINE
    return after not in CONTINUES and after != "的" and before not in CONTINUES


# A numbering that opens a line (`1、`, `一、`; a flattened page's line break a space before it): its `、` parts no
# list.
_NUMBERING = re.compile(r"(?:^|\s)(?:\d{1,2}|[一二三四五六七八九十]{1,3})、$")
_NUMBERING_REACH = 6


def colon_ending_line(text: str, at: int, size: int) -> int:
    """1 where the run found at `at` fills a line but for a colon after it (a page repeating its title to
    introduce what follows, `某某行业专题报告:千亿赛道冉冉升起:` over `概览:…`): the title line's colon; else 0."""
    starts_line = at == 0 or text[at - 1] in (LINE, BREAK)
    ends_line = text[at + size + 1:at + size + 2] in ("", LINE, BREAK)
    return int(starts_line and text[at + size:at + size + 1] in (":", "：") and ends_line)


# A title's year or month that the text's date runs on from (`2019年4月` then `25日`): the date line, not the title.
_DATE_GOES_ON = re.compile(r"[年月]\d{1,2}[月日号]")
_REPORTS = ("显示", "顯示", "指出", "表示", "认为", "認為")
# A news page titled by a speaker's post and name (`某某银行首席经济学家某某:今年经济…`) opens its text with the
# sentence that reports them, its subject the title's words and a time or a verb of speech after them (`…某某今日
# 在…峰会上表示`): the sentence's subject, not the cover's title set before it.
_SPEAKER = re.compile(rf"(?:首席经济学家|经济学家|首席分析师|分析师|研究员|策略师|教授|院长|所长|行长|董事长|总裁"
                      rf"|总经理|主任|理事长){_C}{{2,3}}$")
_SPEAKS = ("今日", "今天", "近日", "日前", "昨日", "昨天", "在", "表示", "认为", "指出", "称", "說", "说")
_NEXT_SENTENCE = re.compile(r" [A-Z][a-z]")
_CLOSES_QUOTE = frozenset("”’」』》")
_OPENS_QUOTE = frozenset("“‘「『《")
# (its time may stand in it, in figures: `…的整体态势,2022年第1季度中商消费指数录得…`)
_GOES_ON_IN_CLAUSES = re.compile(rf"[^{LINE}{BREAK}，,；;、。]{{1,30}}[，,；;、。]")
_IN_CLAUSE = re.compile(rf"[，,](?:{_C}|\d)+$")
_CODE_IN_BRACKETS = re.compile(r"[（(]\d{4,6}(?:\.[A-Z]{2})?[)）]")
_CLAUSE_REACH = 12


# After a sentence's end, a title's whole closing part (`…尾页。收购医美项目以强化增长服务业态奥园健康公告…`
# under `奥园健康（03662）：收购医美项目以强化增长服务业态`) glued to what follows is a heading set
# before the next sentence, not that sentence's subject: a part that long, the title's last, is
# not how a sentence opens.
_SENTENCE_ENDS = ("。", "！", "？")
_GLUED_HEADING = 10


def _opens_after(text: str, end: int, title: str) -> bool:
    """Whether a sentence opens right after a heading at `end`: with the company the title names
    first (`奥园健康公告…`), or `公司`/`我们`. (A cover's heading may run on past the title's words,
    `…全面发展新能源汽车座椅业务此次…` under `…全面发展新能源汽车座椅`: what follows is then its rest.)"""
    name = _LEAD_NAME.match(title)
    return text.startswith(_SUBJECTS, end) or bool(name and text.startswith(name.group(0), end))


_SUBJECTS = ("公司", "我们")
_LEAD_NAME = re.compile(rf"{_C}{{2,8}}(?=[（(：:])")


def _ends_a_part(run: str, title: str) -> bool:
    """Whether `run` is the title's last part, whole: from a mark (or the title's start) to its end."""
    folded, whole = run.translate(_FOLDED), title.translate(_FOLDED)
    return whole.endswith(folded) and (len(whole) == len(folded) or is_mark(whole[-len(folded) - 1]))


_LOWER_WORD = re.compile(r" [(“‘]?[a-z]{2}"  # (or a bracket's or a quotation's: `released the Outlook (hereinafter…`)
                         # (or after the name's short form in brackets: `Torrent Power (TPL) is engaged in…` under
                         # `Morning India 20 March 2019: Torrent Power: On growth track, again!`)
                         r"| \([A-Z][A-Za-z]{1,7}\) [a-z]{2}")

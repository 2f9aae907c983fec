"""Cover material found whole and taken out before an opening is read (opening.prepare):
analysts' contact blocks and e-mail addresses, contents pages and market-data tables run into
one line, and the report's title where the cover repeats it. Each is a break in what is left.
"""

from __future__ import annotations

import re

from generator.enrich.boilerplate import LICENCE_LABELS
from generator.enrich.lines import BREAK, CLAUSE_MARK, LINE
from generator.enrich.marks import CJK_RUN, CONTINUES, aligned_sub, cjk_count, lost_punctuation
from generator.enrich.titletags import REPORT_TYPES
from generator.normalize import CJK_CLASS, is_hangul

_C = f"[{CJK_CLASS}]"


# An e-mail address's domain; its local part is taken off by `drop_emails`.
_DOMAIN = (r"[@＠][A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{1,20}){1,4}"
           # (a domain's end that a layout's line break cut off: `chinastock.com.c n`)
           r"(?:(?:(?<=\.c) (?:n|om)|(?<=\.co) m|(?<=\.ne) t|(?<=\.or) g)(?![A-Za-z0-9]))?")
_EMAIL_DOMAIN = re.compile(_DOMAIN)
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9._+-]{1,40}$")


def drop_emails(text: str) -> str:
    """E-mail addresses replaced by breaks. Found from their `@`, so text without one costs
    one scan."""
    if "@" not in text and "＠" not in text:
        return text
    pieces, done = [], 0
    for match in _EMAIL_DOMAIN.finditer(text):
        local = _EMAIL_LOCAL.search(text, max(done, match.start() - 40), match.start())
        pieces += (text[done:local.start() if local else match.start()], BREAK)
        done = match.end()
    return "".join(pieces) + text[done:]


# An analyst's contact block (`首席策略分析师: 沈恩贤 期货从业证号: F3025000 …:021-65789219 :x@y.com`):
# the title word, a name, then one or more licence numbers, telephone numbers and e-mail addresses.
CONTACT = re.compile(
    rf"(?:分析师|研究员)\s*[:：]?\s*{_C}{{2,4}}"
    r"(?:\s*(?:" + LICENCE_LABELS + r"|执业证书编号|证书编号)?\s*[:：]?\s*[A-Z]{1,3}\d{6,13}(?!\d)"
    r"|\s*[:：]?\s*(?:[(+]?\d{2,4}\)?-)?\d{7,8}(?!\d)"
    r"|\s*[:：]?\s*[A-Za-z0-9._+-]{1,40}" + _DOMAIN + ")+")
# The words of an analyst's title before 分析师 (`银河期货首席策略`, `证券`): a firm, a rank, a field.
_CONTACT_TITLE = re.compile(rf"(?:{_C}{{2}}(?:期货|证券))?(?:首席|高级|资深)?"
                            r"(?:策略|宏观|行业|金工|固收|债券|能化|农产品|有色|黑色|股票|期货|证券)?$")
_TITLE_WORDS = 16  # (how far back a contact block's title runs)
_CLAUSE_BEFORE = 200
# A numbered section heading right before the block (`1.1、 一季度贸易形势明显改善 分析师:某某 S… 海关总署:…`, a
# morning note's item under its heading, the analyst's byline between): the block sits after a heading, not
# inside a sentence, and is a break, so the heading stays apart from the item's first sentence.
_NUMBERED_HEADING_BEFORE = re.compile(rf"(?:^|\s)(?:\d{{1,2}}(?:\.\d{{1,2}})+、?|[一二三四五六七八九十]{{1,3}}、)\s?"
                                      rf"{_C}[^\s，,。；;：:！？!?]{{1,23}}$")


def drop_contacts(text: str) -> str:
    """Analysts' contact blocks taken out. A two-column layout interleaves the block with the
    summary's first sentence (`…期末库存为3.05亿 [block] 蒲,均低于市场预期`): when the text before
    it since the last sentence end holds a clause mark, the block sits inside a sentence and
    goes without a trace, so the sentence reads on; elsewhere it is a break."""
    if "分析师" not in text and "研究员" not in text:
        return text
    pieces, done = [], 0
    for match in CONTACT.finditer(text):
        title = _CONTACT_TITLE.search(text, max(done, match.start() - _TITLE_WORDS), match.start())
        start = title.start() if title else match.start()
        before = text[max(done, start - _CLAUSE_BEFORE):start].rstrip()
        sentence = before[max(before.rfind(end) for end in "。！？；\n") + 1:]
        inside = (bool(sentence) and sentence[-1] not in CONTINUES and CLAUSE_MARK.search(sentence) is not None
                  and not _NUMBERED_HEADING_BEFORE.search(sentence))
        pieces += (text[done:start].rstrip() if inside else text[done:start], "" if inside else BREAK)
        done = match.end()
        if inside:
            while done < len(text) and text[done].isspace():
                done += 1
    return "".join(pieces) + text[done:] if pieces else text


# A contents page without leader dots (`目录 前言 1 一、消费者信心 4 二、电动化 12 三、智能化 20`):
# entries of a heading (a numbering, then two or more characters with no space, digit or
# punctuation, holding CJK) and its page number, three or more in a row, separated by spaces.
# (A run opens with the space before its first entry, and a heading is taken whole, never given
# back: the search skips, in C, to the spaces, and fails at most positions at once.)
_CONTENTS = re.compile(rf"\s(?:(?:[一二三四五六七八九十]{{1,3}}、|\d{{1,2}}(?:\.\d{{1,2}})*[.、]?)?\s?"
                       rf"{_C}[^\s\d，,。；;：:%]{{1,23}}+\s+\d{{1,3}}(?![\d.%])(?:\s+|$)){{3,}}")


# A cover's market-data table run into one line (`总股本（百万股） 2,069 流通股（百万股） 1,952`,
# `绝对表现 -3 -25 -48 相对表现 -5 -22 -38`): two or more entries of a label (CJK, no punctuation,
# its unit in brackets) and one to four numbers, separated by spaces; see `_data_table`.
_DATA_TABLE = re.compile(rf"\s(?:{_C}[^\s\d，,。；;：:、《》“”\"'（）()]{{1,15}}+(?:[（(][^）)\s]{{1,10}}[）)])?"
                         r"(?:\s+[-+]?\d[\d,]*(?:\.\d+)?%?){1,4}(?:\s+|$)){2,}")
_TABLE_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")
_YEAR = re.compile(r"(?:19|20)\d\d")


# A number followed by its unit (`1176.64 亿元`, `2.2 %`): prose that lost its commas to spaces (a
# platform's summary: `地方债披露发行 1176.64 亿元 其中新增债 884.34 亿元`); a table puts its units in
# the labels (`总股本（百万股） 2,069`). (Prose's units, currencies among them: a list of its own.)
_MEASURED = re.compile(r"\d\s+(?:亿|万|元|美元|港元|吨|家|倍|个百分点)")


def _data_table(match: re.Match[str]) -> str:
    """A break for a run of a table's entries: three labels or more, or four numbers or more,
    and no year among them (PDF text spaces the numbers of its prose: `延续自 2016 年初发布的`) nor
    a number with its unit after it."""
    run = match.group(0)
    numbers = _TABLE_NUMBER.findall(run)
    if any(_YEAR.fullmatch(number) for number in numbers) or _MEASURED.search(run):
        return run
    return BREAK if len(numbers) >= 4 or len(CJK_RUN.findall(run)) >= 3 else run


_SPACED_NUMBER = re.compile(r"\s[-+]?\d")


def _spaced_numbers(text: str, end: int | None = None) -> bool:
    """Whether `text` (up to `end`) holds two numbers set apart by a space, as every contents
    entry and table entry is: found by two searches that stop there, not a list of them all."""
    end = len(text) if end is None else end
    first = _SPACED_NUMBER.search(text, 0, end)
    return first is not None and _SPACED_NUMBER.search(text, first.end(), end) is not None


def _contents_run(match: re.Match[str]) -> str:
    return BREAK if cjk_count(match.group(0)) >= 6 else match.group(0)


def drop_contents(text: str, reach: int) -> str:
    """Contents pages and market-data tables without leader dots or tags made breaks (in a text
    with two numbers set apart by a space within `reach`): `drop_tables` for a text with no
    simplified twin to keep aligned."""
    if not _spaced_numbers(text, reach):
        return text  # every contents entry and table entry has a number after a space
    text = _CONTENTS.sub(_contents_run, text)
    return text if lost_punctuation(text) else _DATA_TABLE.sub(_data_table, text)


def drop_tables(text: str, simple: str) -> tuple[str, str]:
    """Contents pages and market-data tables made breaks in `text` and its simplified twin
    (matched on the twin)."""
    if _spaced_numbers(simple):
        text, simple = aligned_sub(_CONTENTS, _contents_run, text, simple)
        if not lost_punctuation(simple):
            text, simple = aligned_sub(_DATA_TABLE, _data_table, text, simple)
    return text, simple


# A page may set the title twice, over the text and again glued before its first words (`首页~某某~首页
# 光伏以制造业的方法…`): a few copies are looked for.
_TITLE_COPIES = 3
_LATIN_HEADLINE_SPACES = 3


def cut_title(texts: list[str], title: str) -> list[str]:
    """The aligned `texts` with each part of the title that stands apart in the last of them
    (the one patterns are matched on) replaced by a break, with its bold copy if any."""
    # (Longest part first: a part the title repeats inside a longer one, `医疗器械行业：中国医疗器械行业快速发展,…`, is
    # cut with it, not out of its middle, which left `中国` / `快速发展` and, below a list of related reports, the
    # lede `简介医疗器械是指…`.)
    for part in sorted(_title_pieces(title), key=len, reverse=True):
        at = texts[-1].find(part)
        if at < 0 and _lost_commas(title) and (spelled := _with_lost_comma(texts[-1], part)):
            at, part = spelled
        whole = part if _FILE_NAME.search(title) else ""
        if at < 0 and whole and (spaced := _with_spaced_figures(texts[-1], whole)):
            at, part = spaced
        # (a word of a title in Latin script is cut once: a sentence may open with it, `Revenue grew…`; a headline of
        # four words or more is cut at each copy, as a digest's cover lists it among its pieces and sets it again over
        # its text: `…Market Data Summary* Assessing Commodity’s Impact on the Macro Front Healthcare: … Assessing
        # Commodity’s Impact on the Macro Front What caused commodity prices to spike?`)
        for _ in range(_TITLE_COPIES if CJK_RUN.search(part) or part.count(" ") >= _LATIN_HEADLINE_SPACES else 1):
            if at < 0:
                break
            found = texts[-1]
            at, piece = _title_run(found, at, part, title)
            if _stands_apart(found, at, len(piece), title) and not _names_a_book(found, at + len(piece)):
                size = _repeated(found, at, piece)
                size += _colon_ending_line(found, at, size)
                size += len(heading.group(0)) if (heading := _SECTION_WORD.match(found, at + size)) else 0
                texts = [t[:at] + BREAK + t[at + size:] for t in texts]
                cut_at, at = at, texts[-1].find(part, at + 1)
                if at < 0 and whole and (spaced := _with_spaced_figures(texts[-1], whole, cut_at + 1)):
                    at, part = spaced
            else:
                at = found.find(part, at + len(piece))
    return texts


# A file name's title loses the comma between its two phrases that the cover writes (`三重成长共振新周期开启` for
# `三重成长共振,新周期开启`): the cover's title is the piece with a comma between two of its glyphs, three at least
# on either side. (A few places where the piece's first glyphs stand are looked at. Only a file's name: a news
# page's headline drops the comma of the sentence it copies, `某某研报指某某(09988)…` over `某某研报指,某某(09988)…`.)
_FILE_NAME = re.compile(r"\.(?:pdf|PDF|docx?|pptx?)$")
# (So does a report's title as a library lists it, its kind before the colon: `交通运输行业周报:远海汽车交付首票
# 端到端商品车廉航需求快速提升` over the cover's `…商品车,廉航需求快速提升航运方面,…`, r73 dev renrendoc; a news
# headline names no kind.)
_REPORT_KIND = re.compile(rf"[^:：]{{0,16}}?(?:{REPORT_TYPES.pattern})\s?[:：]")


def _lost_commas(title: str) -> bool:
    """Whether `title` is one that drops the commas of the cover's title: a file's name or a report's listed title."""
    return _FILE_NAME.search(title) is not None or _REPORT_KIND.match(title) is not None
_COMMA_SIDE = 3
_COMMA_TRIES = 4


def _with_lost_comma(text: str, piece: str) -> tuple[int, str] | None:
    """Where the cover writes the title's `piece` with a comma its file name lost, and the piece so written."""
    if len(piece) < 2 * _COMMA_SIDE or not CJK_RUN.fullmatch(piece):
        return None
    at = text.find(piece[:_COMMA_SIDE])
    for _ in range(_COMMA_TRIES):
        if at < 0:
            return None
        same = _COMMA_SIDE
        while same < len(piece) and text[at + same:at + same + 1] == piece[same]:
            same += 1
        if (_COMMA_SIDE <= same <= len(piece) - _COMMA_SIDE and text[at + same:at + same + 1] in ("，", ",")
                and text.startswith(piece[same:], at + same + 1)):
            return at, text[at:at + len(piece) + 1]
        at = text.find(piece[:_COMMA_SIDE], at + 1)
    return None


# A cover that spaces the title's figures from its glyphs, as PDF text spaces numbers (`煤炭行业 2020 年中报总结`
# for the file's `煤炭行业2020年中报总结.pdf`): the piece found with a space on either side of each figure. (Only a
# file's name, which drops the cover's spaces: a page's own title is written as its text writes it, and a sentence
# may open on the report's name, `**2024 中国开源年度报告**以全面、深入的数据洞察为核心,…` under `2024中国开源年度报告
# 数据篇`.)
_FIGURE_RUN = re.compile(r"(\d+)")


def _with_spaced_figures(text: str, piece: str, start: int = 0) -> tuple[int, str] | None:
    """Where the cover writes the title's `piece` (glyphs and figures) with its figures spaced, from `start` on, and
    the piece so written."""
    runs = _FIGURE_RUN.split(piece)
    if len(runs) < 3 or not CJK_RUN.search(piece):
        return None
    spaced = re.compile(" ?".join(re.escape(run) for run in runs if run)).search(text, start)
    return (spaced.start(), spaced.group(0)) if spaced else None


# A section's heading made of the title's topic and a word that introduces it (`医疗器械行业简介`, `行业概况`, under
# the title `医疗器械行业：…`): cut whole, not leaving the word glued before the section's first sentence.
_SECTION_WORD = re.compile(rf"(?:简介|概况|概览)(?={_C})")


def _names_a_book(text: str, end: int) -> bool:
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


def _title_run(text: str, at: int, piece: str, title: str) -> tuple[int, str]:
    """The title's part found at `at` widened to as much of the title as the text repeats
    there, its own punctuation included (`再生晶圆新产能领先开出,钻石碟锦上添花`): the comma after
    a part is the title's, not a sentence's."""
    start = end = title.find(piece)
    if start < 0:
        return at, piece
    end += len(piece)
    left, right = at, at + len(piece)
    while left and start and _same(text[left - 1], title[start - 1]):
        left, start = left - 1, start - 1
    part = at  # (where the title's part being matched starts in the text)
    while right < len(text):
        if end < len(title) and _same(text[right], title[end]):
            right, end = right + 1, end + 1
            part = right if _is_mark(title[end - 1]) else part
        elif (end == len(title) or _is_mark(title[end])) and right - part > 1 and text.startswith(
                text[part:right], right):
            right += right - part  # (a bold heading written twice part by part: `金價穩中仍上行金價穩中仍上行,鋰鈷…`)
        else:
            break
    # (a run that stops inside the title's next part has not repeated it: `差异化铸就壁垒，专业奠定…`
    # under the title `…差异化铸就壁垒，专业倾斜…` repeats the first part only, and the sentence's
    # `专业` stays with it)
    while right > at + len(piece) and end < len(title) and not _is_mark(title[end]) and not _is_mark(title[end - 1]):
        right, end = right - 1, end - 1
    while left < at and start and not _is_mark(title[start - 1]) and not _is_mark(title[start]):
        left, start = left + 1, start + 1
    # A headline that is the whole title, its question or exclamation mark included, on a line
    # of its own (`…现在可以抄底吗?` then a line break) is the title, mark and all.
    if not start and end == len(title) and text[right:right + 1] in ("", "\n", LINE, " "):
        return left, text[left:right]
    # (a run that stops at the title's punctuation has reached no more of the title's words:
    # `春节动销良好，` is a sentence's start that happens to say what the title says; but the title's
    # own question or exclamation mark ends its run, `逆风破局!业绩是怎么炼成的?` under `银行业:逆风破局!…?`)
    asks = right > at + len(piece) and text[right - 1] in _ASKS
    while not asks and right > at + len(piece) and (text[right - 1] in CONTINUES or text[right - 1].isspace()):
        right -= 1
    while left < at and (text[left] in CONTINUES or text[left].isspace()):
        left += 1
    return left, text[left:right]


_ASKS = "?？!！"


def _is_mark(glyph: str) -> bool:
    return glyph in _MARKS or glyph.isspace()


# A page may set the title's punctuation in the other width (`…分析与展望:资金面…,国债…` under
# `…分析与展望：资金面…，国债…`) or list its parts with `、` where the title has `，`: the same mark.
_FOLDED = str.maketrans("：，；！？（）【】、", ":,;!?()[],")


def _same(glyph: str, other: str) -> bool:
    return glyph == other or glyph.translate(_FOLDED) == other.translate(_FOLDED)


def _repeated(text: str, at: int, piece: str) -> int:
    """How long the title's part found at `at` runs: a heading set in bold is extracted twice
    (`创新药收入占比持续提升创新药收入占比持续提升`), and its copy goes with it."""
    size = len(piece)
    while text.startswith(piece, at + size) and size < 4 * len(piece):
        size += len(piece)
    return size


# (a lower-case word, or a clause's comma after one: `…undergoes profound restructuring, China’s innovative drug
# industry has reached…`, the title the next clause's subject)
_LOWER_BEFORE = re.compile(r"(?<![A-Za-z])[a-z]+,? $")
_LOWER_REACH = 16


def _stands_apart(text: str, at: int, size: int, title: str) -> bool:
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
    if _colon_ending_line(text, at, size):
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


def _colon_ending_line(text: str, at: int, size: int) -> int:
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
    return whole.endswith(folded) and (len(whole) == len(folded) or _is_mark(whole[-len(folded) - 1]))


_LOWER_WORD = re.compile(r" [(“‘]?[a-z]{2}"  # (or a bracket's or a quotation's: `released the Outlook (hereinafter…`)
                         # (or after the name's short form in brackets: `Torrent Power (TPL) is engaged in…` under
                         # `Morning India 20 March 2019: Torrent Power: On growth track, again!`)
                         r"| \([A-Z][A-Za-z]{1,7}\) [a-z]{2}")


_MARKS = ":：,，、—-–()（）【】[]|｜!！?？“”\"《》"  # (and spaces) what parts a title
_TITLE_MARKS = r"\s" + re.escape(_MARKS)
# (One class first, then a look behind at what it took, so the search skips to the candidates.)
_TITLE_SPLIT = re.compile(rf"[{_TITLE_MARKS}.\d](?:(?<=[{_TITLE_MARKS}])[{_TITLE_MARKS}]*|(?<=\.)pdf$|(?<=\d)\d*页)")


# A title in Latin script is cut at its punctuation only: its words alone would be taken out of
# every sentence that uses them (`Development`, `Finance`). (A document site's title joins a cover's
# lines with full stops and a headline's two halves with a semicolon, `Industry Note. January 22, 2018 A
# New Era for the Hong Kong Market; HTI and GTJAI Are Attractive Catch-up Plays. Hong Kong Securities
# Sector`: each is a part, as the cover sets them apart; not the point of an initial, `U.S.`.)
_APOSTROPHES = re.compile("[’']")
_OTHER_APOSTROPHE = str.maketrans("’'", "'’")
_LATIN_TITLE_SPLIT = re.compile(r"[:：,，|｜()（）【】\[\]!！?？“”\"《》—–;；]+|(?<=[a-z]{2})\.\s+(?=[A-Z])|\.pdf$")


def _title_pieces(title: str) -> list[str]:
    """Parts of the report's title long enough to tell apart: the cover repeats the title,
    glued to what follows it."""
    if title and not CJK_RUN.search(title):
        pieces = [p.strip() for p in _LATIN_TITLE_SPLIT.split(title) if len(p.strip()) >= 12]
        # Extraction often loses apostrophes (`Chinas Debt Challenges`): the piece without them too; and a listing
        # writes a straight one where the cover sets a curly one (`Commodity's` over `Commodity’s`), or the reverse.
        return pieces + [other for p in pieces for other in (_APOSTROPHES.sub("", p), p.translate(_OTHER_APOSTROPHE))
                         if other != p]
    return [p for p in _TITLE_SPLIT.split(title) if len(p) >= 6]

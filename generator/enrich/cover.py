"""Cover material found whole and taken out before an opening is read (opening.prepare):
analysts' contact blocks and e-mail addresses, and contents pages and market-data tables run into
one line. Each is a break in what is left. (The report's title where the cover repeats it is cut
by covertitle.py.)
"""

from __future__ import annotations

import re

from generator.enrich.boilerplate import LICENCE_LABELS
from generator.enrich.lines import BREAK, CLAUSE_MARK
from generator.enrich.marks import CJK_RUN, CONTINUES, aligned_sub, cjk_count, lost_punctuation
from generator.normalize import CJK_CLASS

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

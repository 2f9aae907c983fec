"""Lists of other reports a page or a cover sets beside a report's text (`相关研报`, `推荐阅读`, a cover's
`相关报告`): each entry is another report's title, with its rating, target price, code and date, which are
never this report's. The facts are read without such lists (`drop_lists`); the lede without one run into
the text after its heading (`drop_run_on_lists`, a step of chrome.py's `strip_chrome`).
"""

from __future__ import annotations

import re

from generator.normalize import in_either_script

# A page's list of other pages (`相关研报`, `推荐阅读`, `上一篇`, a cover's `相关报告`): each entry is
# another report's title, with its rating, target price, code and date, which are never this
# report's. The heading opens its line; that line goes (its heading only when it runs on into the
# text), and the lines after it that read as entries: a title in 《》, a line ending with a date,
# or a headline after a name and a colon; no sentence, no cover's label (`投资评级：买入` under the
# list is the report's own).
_LIST_HEADING_SOURCE = r"[ \t【\[]*(?:" + in_either_script(
    "相关研报|相关报告|相关研究|相关阅读|相关文章|相关推荐|相关资讯|相关新闻|推荐阅读|热门推荐|热门文章|热门研报"
    "|猜你喜欢|延伸阅读|上一篇|下一篇|最新研报|更多研报|往期回顾|往期推荐") + ")"
_LIST_HEADING = re.compile("^" + _LIST_HEADING_SOURCE, re.MULTILINE)
# (Whether a text holds one is asked at its start and after each line break: a search for the break skips to it,
# where one for a line's start stops at every position.)
_LIST_HEADING_AFTER_BREAK = re.compile("\n" + _LIST_HEADING_SOURCE)
_ENTRY = re.compile(r"《|(?:19|20)\d\d(?:[-./]?\d{1,2}[-./]?\d{1,2}|年\d{1,2}月\d{1,2}日)[)）]?\s*$"
                    r"|^(?![（(])[^:：。，,\s/]{2,24}[:：]\s*\S")
_COVER_LABEL = re.compile(r"^\s*\S{0,6}?(?:评级|目标|分析师|研究员|日期|证书|执业|股价|收盘|市值|股本|代码|联系人|电话"
                          r"|邮箱)")
_ENTRY_MAX = 80
_LIST_LINE_MAX = 200  # (a heading line longer than this runs on into the text, which stays)


# The same list run into the text, as a dump that lost its line breaks writes a cover (`相关报告 1、某某周报 焦炭保持
# 强势 2018-08-05 2、… 2018-07-29 本篇报告主要解释…`, `相關研究 1、某某證券*行業報告*…2022-08-16 2、…`): after its
# heading, entries each ending with a date (a day, a month, `2018 年 7 月 2日`) that a space or the end
# follows, no entry longer than `_RUN_ENTRY` nor holding a full stop but before its date, and no blank line. The
# text goes on after the last entry's date. (A sentence's date runs on into its words: `2020年1月15日发布公告`.)
_RUN_ENTRY = 100
_RUN_DATE = (r"(?:19|20)\d\d\s?(?:[-./]\s?\d{1,2}(?:\s?[-./]\s?\d{1,2})?|年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?)"
             r"[)）”“\"]?(?=\s|$)")
_RUN_ON_ENTRIES = re.compile(rf"(?:\s*(?:[^。\n]|\n(?!\s*\n)){{1,{_RUN_ENTRY}}}?(?:。\s?)?{_RUN_DATE}){{1,8}}")
_LIST_WORDS = re.compile(in_either_script("相关报告|相关研究|相关研报"))


def _past_entries(text: str, start: int) -> int:
    """Where the text goes on after a list's heading ending at `start` and the entries run on after it."""
    entries = _RUN_ON_ENTRIES.match(text, start)
    return entries.end() if entries else start


def drop_run_on_lists(text: str) -> str:
    """`text` without a list of other reports run into it after its heading (see `_RUN_ON_ENTRIES`)."""
    if not _LIST_WORDS.search(text):
        return text
    pieces: list[str] = []
    done = 0
    for heading in _LIST_WORDS.finditer(text):
        if heading.start() < done:
            continue
        end = _past_entries(text, heading.end())
        if end > heading.end():
            pieces += (text[done:heading.start()], " ")
            done = end
    return "".join(pieces) + text[done:] if pieces else text


def drop_lists(text: str) -> str:
    """`text` without a page's lists of other pages (see `_LIST_HEADING`)."""
    if not (_LIST_HEADING.match(text) or _LIST_HEADING_AFTER_BREAK.search(text)):
        return text
    kept: list[str] = []
    listing = False
    for line in text.split("\n"):
        if heading := _LIST_HEADING.match(line):
            listing = True
            if len(line) > _LIST_LINE_MAX:
                kept.append(line[_past_entries(line, heading.end()):])
            continue
        if listing and line.strip():
            listing = (len(line) <= _ENTRY_MAX and "。" not in line and not _COVER_LABEL.match(line)
                       and bool(_ENTRY.search(line.strip())))
            if listing:
                continue
        kept.append(line)
    return "\n".join(kept)

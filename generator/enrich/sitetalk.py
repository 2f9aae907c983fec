"""What a host page says about itself, the document or the reader, never about markets (`由会员分享`,
`下载文档前请自行甄别`, `希望能帮助到您`, `您所在的位置:首页 > …`), and a page's stamp, a date with a clock time on a
short line of its own: each taken out of a report's text, a bullet (`GONE`) left where it stood. Steps of chrome.py's
`strip_chrome`.
"""

from __future__ import annotations

import re

from generator.enrich.boilerplate import either
from generator.enrich.choices import by_first_character
from generator.normalize import in_either_script

# What a site says about itself, the document or the reader, never a report (grouped by first
# character: see `choices`). The reader addressed (`您`, `请在…搜索`, `请自行甄别`); the document
# as a file to share, preview, download or refund; the page's counters and breadcrumbs; a
# content farm's lines on why it wrote the page.
_SITE_TALK = re.compile(by_first_character("|".join((
    in_either_script("|".join((
        "您",
        "请在|请到|请自行|请先|请登录|请注册|请点击|请联系|请进行|请放心|请及时|请下载|请访问|请扫|请关注|请勿",
        # the document as a file to share, preview, download or report (not what a report on an app,
        # a shop or an office suite says of its users: 用户上传, 免费下载, 会员专享, 文档格式)
        "由会员分享|由会员上传|由用户上传|由用户提供|可在线阅读|在线预览|部分预览|完整预览|不可预览|预览时|免费试读|可试读",
        "下载积分|下载券|下载文档|下载报告|下载本文|下载地址|立即下载|文档简介|文档编号|文档由|本文档|上传人|上传者|上传时间",
        "会员上传|会员下载|版权申诉|我要举报|举报本文|加入收藏|收藏本文|打印本页|关闭窗口",
        # the page's place on the site and its age
        "浏览人数|分钟前|小时前",
        # a content farm's lines on why it wrote the page, and where it copied it from
        "小编|本站|本网站|本网讯|普及一下|科普一下|很多人在问|很多在问|一起来看看|一起来了解|带你了解",
        "原标题|原文标题|文章来源|本文来源|本文转载|本文来自|转载自|来源于网络|转载请|注明出处|原创文章",
        "每日更新|每日分享|持续更新|精选研报|热门研报",
        # an account's note on which part of a longer piece it posts and where the rest is read (`本文為招商銀行研究
        # 《來者可追…》第一部分——…。文章全文,可以參考文末方式進行閱讀。`)
        "本文为|本文节选|本文摘自|本文选自|参考文末|参阅文末|见文末",
        # and what it says of the whole document, which the page does not hold
        "完整版|完整报告|报告全文|全文共|原文共",
        # and what it bids the reader do (`登录…APP 搜索【信披】查看更多…`), register or claim
        "查看更多|阅读全文|展开全文|点击阅读|点击进入|长按识别|扫码关注|扫码下载|扫码开户|扫码领取|扫码添加|扫码阅读",
        "免费注册|立即注册|立即登录|会员登录|立即领取|点击领取",
        # a Q&A site's prompts under an answer (`你对这个回答的评价是?`, its vote buttons)
        "你对这个回答的评价|已赞过|已踩过",
    ))),
    # the site's notice on its own service, in its first person (`从2026年1月开始,我们人工挑选的行业数据将不再对外
    # 公开。`)
    either(in_either_script("我们"),
           r"[^。！？\n]{0,30}?(?:不再(?:对外|對外)?(?:公开|公開)|停止更新|(?:暂停|暫停)更新)"),
    # the readers addressed (not a word's start: `为大家电`, `和大家居`)
    either(in_either_script("给大家|为大家|和大家|跟大家"), "(?![电電居])"),
    # counters after a figure (`1024人阅读`; not `1亿人看过`)
    either("人|次", r"(?<=\d[人次])(?:阅读|閱讀|浏览|瀏覽|看过|看過|收藏|下载|下載)"),
    "VIP专享|VIP免费|VIP会员",
    # a web page's label over the article's body, alone on its line (`正文` / `截至2026年2月13日,…`); not the
    # word in a sentence (`请务必阅读正文之后的免责条款`)
    r"正文(?<!\S正文)(?=[ \t\u3000]*(?:\n|$))",
    either(in_either_script("浏览量|浏览次数|阅读量|阅读数|分享到|标签|字号|当前位置"), r"\s*[:：]"),
    either(in_either_script("首页"), r"\s*(?:>|»|›|->|/|＞|\||｜)"),
))))
_SENTENCE_END = re.compile("[。！？!?]")
_OPENING_BRACKETS = ("(", "（")
_CLOSING_BRACKETS = (")", "）")
# A summary's heading, where the report's own words start (see headings.py's longer lists).
_REPORT_HEADING = re.compile(by_first_character(in_either_script(
    "核心观点|投资要点|报告摘要|内容摘要|主要观点|投资摘要|报告要点|核心提示|内容提要|摘要|要点|导读")))
# What stands where the host's words were: a bullet, a break to the opening's reading (the
# lines around them are not one wrapped line).
GONE = "•"


def drop_site_talk(text: str) -> str:
    """`text` without the sentences a site says about itself: each from its line's start or the
    sentence end before it to the next sentence end or line end (a blurb runs on across the
    `|` of a site's title, which the opening's reading takes for a bullet), or to a summary's
    heading before that (`…VIP免费 核心观点：…`: the report's words start there)."""
    pieces: list[str] = []
    done = 0
    for match in _SITE_TALK.finditer(text):
        if match.start() < done:
            continue
        start = max(text.rfind("\n", done, match.start()) + 1, done)
        if (end_before := _last_end(text, start, match.start())) is not None:
            start = end_before
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        end = _SENTENCE_END.search(text, match.end(), line_end)
        end_at = end.end() if end else line_end
        if text[match.start() - 1:match.start()] in _OPENING_BRACKETS:
            # (a note in brackets ends with them: `(原標題:…(9618 HK)「買入」評級)金吾財訊|華泰研究發佈研報指,…。`)
            end_at = _bracket_end(text, match.end(), end_at) or end_at
        if heading := _REPORT_HEADING.search(text, match.end(), end_at):
            end_at = heading.start()
        pieces += (text[done:start], GONE)
        done = end_at
    return "".join(pieces) + text[done:] if pieces else text


def _bracket_end(text: str, start: int, end: int) -> int | None:
    """Where the bracket open before `start` closes, before `end` (brackets inside it counted); None if it does not."""
    depth = 1
    for at in range(start, end):
        if text[at] in _OPENING_BRACKETS:
            depth += 1
        elif text[at] in _CLOSING_BRACKETS:
            depth -= 1
            if not depth:
                return at + 1
    return None


def _last_end(text: str, start: int, end: int) -> int | None:
    """Just after the last sentence end in `text[start:end]`, None when there is none."""
    last = max(text.rfind(mark, start, end) for mark in "。！？!?")
    return last + 1 if last >= 0 else None


# A page's stamp: a date with a clock time (`2024-06-19 01:08:44`, `2025年06月13日 18:50`), on a
# short line that ends no sentence (`佚名 钢材资讯 2024-06-19 01:08:44 130`): the line is the page's.
# (The clock's colon is looked for first, the date before it then: the search skips to colons.)
_CLOCK = re.compile(r":(?<=\d:)\d\d")
# (with the weekday in brackets after the date: `2017/11/22(水) 14:21`)
_STAMP_DATE = re.compile(r"(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
                         r"(?:[（(][月火水木金土日一二三四五六天][)）])?\s*\d{1,2}$")
_DATE_BEFORE = 20  # characters a date and its hour take before the clock's colon
_STAMP_LINE = 80


def drop_stamp_lines(text: str) -> str:
    """`text` without the lines that are a page's stamp."""
    pieces: list[str] = []
    done = 0
    for clock in _CLOCK.finditer(text):
        if clock.start() < done or not _STAMP_DATE.search(text, max(done, clock.start() - _DATE_BEFORE), clock.start()):
            continue
        start = text.rfind("\n", 0, clock.start()) + 1
        end = text.find("\n", clock.end())
        end = len(text) if end < 0 else end
        if end - start <= _STAMP_LINE and not _SENTENCE_END.search(text, start, end):
            pieces += (text[done:start], GONE)
            done = end
    return "".join(pieces) + text[done:] if pieces else text

"""What a host page adds to a report's text, told by what it is rather than by the host.

Doc-sharing sites, reposts and content farms set their own words before a report's and inject
noise into it. Their words talk about the page, the document or the reader's actions (`由会员
分享`, `下载文档前请自行甄别`, `希望能帮助到您`, `您所在的位置:首页 > …`), never about markets; a page's
stamp is a date with a clock time on a line of its own; a spam page repeats a keyword at the
start of its lines and sets emoji and glyphs of foreign scripts between CJK characters, where no
word can hold them (`核心η观◘点`). Each rule is one bounded scan of the opening.

A news or repost page's furniture around the story it carries (the wire's dateline, bylines and credits, photo
captions, an advertisement slot, a quote widget) is newsfurniture.py's, and a list of other reports run into
the text otherreports.py's; `strip_chrome` takes both out in their turn.
"""

from __future__ import annotations

import re
from collections import Counter

from generator.enrich.boilerplate import either
from generator.enrich.choices import by_first_character
from generator.enrich.newsfurniture import drop_news_furniture
from generator.enrich.otherreports import drop_run_on_lists
from generator.normalize import CJK_CLASS, in_either_script

_C = f"[{CJK_CLASS}]"

# Glyphs no Chinese word holds: letters of other scripts (Latin with diacritics but `Å`, an
# ångström's sign; IPA, combining marks, Cyrillic to Tibetan), math signs of logic (`∴`), shapes,
# symbols and dingbats that are no bullet (`◘`, `♡`, `◐`; a bullet of `boilerplate.BULLETS` glued between the
# cover's glyphs and a point's, `…基金投资策略⚫股混基金:8月制造业PMI为49.7%,…`, is the point's). Arrows, comparison
# signs, `×`, `÷`, `±`, `°` and `℃` are left: a sentence uses them. Greek is apart (`α收益`, `高β`): see `_GREEK`.
_FOREIGN = ("\u00c0-\u00c4\u00c6-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0300-\u036f\u0400-\u0fff\u2234\u2235"
            "\u25a2-\u25a9\u25ad-\u25b1\u25b3-\u25b5\u25b7-\u25b9\u25bb-\u25c5\u25c8-\u25ca\u25cc\u25cd"
            "\u25d0-\u25fb\u2600-\u2604\u2607-\u26aa\u26ac-\u26ff\u2700-\u2712\u2715-\u2750\u2752-\u2755"
            "\u2757-\u27a1\u27a5-\u27bf")
_GREEK = "\u0370-\u03ff"
# Between a CJK character and another, a digit or a Chinese mark, either way round (`核心η观◘点`,
# `3ੑ季度`, `全面◐，`). (One class first, then a look behind at what stands before it: the search
# skips to the glyphs.)
_NEXT_TO = rf"[{CJK_CLASS}\d，。；：、！？“”（）]"
_NOISE = re.compile(rf"[{_FOREIGN}](?:(?<={_C}.)[{_FOREIGN}]{{0,2}}(?={_NEXT_TO})"
                    rf"|(?<={_NEXT_TO}.)[{_FOREIGN}]{{0,2}}(?={_C}))")
_GREEK_NOISE = re.compile(rf"[{_GREEK}](?<={_C}.)(?={_C})")
# A text with this many foreign glyphs between CJK characters was noised: its Greek letters
# between CJK characters are noise too (a report's `α`, `β` stand alone).
_NOISED = 2
# Emoji are never a report's: with the brackets a spam page sets them in (`推荐(😸)。`).
_EMOJI = re.compile("[(（][\U0001f000-\U0001faff\ufe0f\u200d]+[)）]|[\U0001f000-\U0001faff][\ufe0f\u200d]?")


# Any of these: one scan tells most texts hold none.
_ANY = re.compile(f"[{_FOREIGN}{_GREEK}\U0001f000-\U0001faff]")


def drop_noise(text: str) -> str:
    """`text` without the glyphs a page injected between its CJK characters, and its emoji."""
    if text.isascii() or not _ANY.search(text):
        return text
    if (found := len(_NOISE.findall(text))) >= 1:
        text = _NOISE.sub("", text)
        if found >= _NOISED:
            text = _GREEK_NOISE.sub("", text)
    return _EMOJI.sub("", text)


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
_GONE = "•"


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
        pieces += (text[done:start], _GONE)
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
            pieces += (text[done:start], _GONE)
            done = end
    return "".join(pieces) + text[done:] if pieces else text


# A keyword a spam page sets at the start of its lines (`算命八字  券商金股月度披露…`): a run of CJK
# set apart by spaces from the words after it, the same on three lines or more.
# (Each opens with the line break: the search skips to line starts; the text's first line is one.)
_LINE_KEYWORD = re.compile(rf"\n[ \t\u3000]*({_C}{{2,8}})[ \t\u3000]+(?={_C})")
_KEYWORD_LINES = 3


def drop_line_keywords(text: str) -> str:
    """`text` without the keyword a spam page repeats at its lines' starts."""
    lines = "\n" + text
    words = _LINE_KEYWORD.findall(lines)
    if len(words) < _KEYWORD_LINES:
        return text
    spam = {word for word, count in Counter(words).items() if count >= _KEYWORD_LINES}
    if not spam:
        return text
    return _LINE_KEYWORD.sub(lambda match: "\n" if match.group(1) in spam else match.group(0), lines)[1:]


# A keyword a spam page sets on a line of its own between a sentence's clauses, which it breaks before the comma
# (`…三家金控獲利預測,` / `台中網路公司` / `,其中,` / `SEO` / `,國泰金先前…`): a line with no mark of its own between a
# line ending with a comma and one opening with one, three times or more. The keyword and the doubled comma go.
_CLAUSE_KEYWORD = re.compile(r"(?<=[，,])\n[ \t]*[^\s，,。；;：:!?！？][^\n，,。；;：:!?！？]{0,15}\n[ \t]*[，,]")
_CLAUSE_KEYWORDS = 3


def drop_clause_keywords(text: str) -> str:
    """`text` without the keywords a spam page sets between its sentences' clauses."""
    # (each keyword follows a comma's line end of its own: a text with fewer is not scanned)
    if (text.count(",\n") + text.count("，\n") < _CLAUSE_KEYWORDS
            or len(_CLAUSE_KEYWORD.findall(text)) < _CLAUSE_KEYWORDS):
        return text
    return _CLAUSE_KEYWORD.sub("", text)


# A spam page's keyword list set on lines that each open with its comma (`宏观,靖边县股票配资,股票开户能注销吗` /
# `,横山县股票配资,股票开户用什么银行卡` / `,米脂县股票配资,…`): short words between commas, no other mark, the line
# before the run and three lines or more that open with a comma. No sentence's line opens with its comma three times.
_PIECE = r"[^\n，,。；;：:!?！？、]{1,12}"
_KEYWORD_RUN = re.compile(rf"^{_PIECE}(?:[，,]{_PIECE})*\n(?:[，,]{_PIECE}(?:[，,]{_PIECE})*(?:\n|$)){{3,}}",
                          re.MULTILINE)


# A page's markup left in its text: a clipboard's HTML header (`Version:1.0 StartHTML:000000380 …
# SourceURL:…`), a template's comment and its end (`<!--ad-->`, `]article_adlist-->`), an attribute
# cut from its tag (`" style="color:red">`), an address a site hid from robots (`[email protected]`).
_MARKUP = re.compile(r"Version:\d\.\d\s+StartHTML:\d+(?:\s+[A-Za-z]+:\d+)*(?:\s+SourceURL:\S+)?"
                     r"|<!--[^\n]{0,200}?-->|<!--|\]?[A-Za-z_][\w-]{0,40}-->"
                     r"|\"?\s*(?:style|class|id|href|src|width|height)=\"[^\"\n]{0,300}\"\s*/?>"
                     r"|\[email(?:\s|&#160;|\xa0)protected\]")
_MARKUP_HINTS = ("StartHTML", "-->", "<!--", '="', "[email")
# Symbol fonts' bullets as a PDF's text gives them (Wingdings' arrow and check as `Ø`, `ü`, a
# bank note's square bullet as `ƒ`, a glyph the font lacks as `?`) at a line's start before a space: a bullet, not
# a letter or a question's end; and the arrow, check or square after a Chinese label's colon or sentence end and a
# space, where a flattened preview ran its line into the next (`关键点: Ø 2016年之前,钢铁行业…`).
_FONT_BULLETS = "Øü§ƒ?"
_FONT_BULLET = re.compile(rf"^([ \t]*)[{_FONT_BULLETS}](?=[ \t])|(?<={_C}[:：。；] )[Øüƒ](?=[ \t])", re.MULTILINE)
# Wingdings' square, disc and diamond bullets read as the letters `n`, `l`, `u`: a letter standing alone
# between the Chinese text before it and an item's heading after it (`投资要点 n 板块涨跌幅:本周…`,
# `…(-0.4%)。n 航空:…`) is a bullet, whether its line's breaks survived or not; so is one standing alone after
# a Chinese label's colon, on the same line or the next, before the first point's words (`主要内容:` / `l 本月中上
# 旬,投资者…`): no letter of a sentence stands there.
_LETTER_BULLET = re.compile(rf"[nlu](?= {_C}(?P<topic>{_C}{{1,11}}[:：])?)")
_BEFORE_BULLET = re.compile(rf"[{CJK_CLASS}。；;：:)）%]")  # (then a space)
_LABEL_GAP = 8  # characters of spaces and line breaks between a label's colon and its first point's bullet
_LABEL_END = re.compile(rf"{_C}[:：]\s+$")


def _letter_bullets(text: str) -> str:
    """`text` with each symbol font's bullet read as a letter (see `_LETTER_BULLET`) made a bullet. (The
    letter is found first, what stands before it looked at then: a look behind tried at every position
    cost a Chinese text's cleaning 1 %.)"""
    if "n " not in text and "l " not in text and "u " not in text:
        return text

    def bullet(letter: re.Match[str]) -> str:
        at = letter.start()
        if letter.group("topic") is None:
            return "•" if _LABEL_END.search(text, max(0, at - _LABEL_GAP), at) else letter.group()
        after_text = at == 0 or text[at - 1] in "\n。；;" or (
            text[at - 1] == " " and at >= 2 and _BEFORE_BULLET.match(text, at - 2) is not None)
        return "•" if after_text else letter.group()

    return _LETTER_BULLET.sub(bullet, text)


# An editor's bracketed note on the series a research article belongs to (`(Editor's Note: This
# article is part of our "Credit Focus" series, which examines …)`): the publisher's, not the text's.
_EDITORS_NOTE = re.compile(r"\((?:Editor|Editors)['’]?s? [Nn]ote:[^()\n]{0,400}\)")


# A host's teaser: under a label of its own (`核心提示:`, `相关简介:`), the start of the report's text
# copied and cut off mid-sentence, the text itself after it. The copy goes, the label stays (it
# may be the summary's heading).
_TEASER = re.compile(r"\n[ \t]*[^\s:：。，,]{2,8}[:：][ \t]*(?=\S)")
_TEASER_MIN = 40
_TEASER_KEY = 20
_TEASERS = 3  # (looked for among the first few labelled lines only: a host sets one at the top)
_TEASER_AREA = 800
# (and the text it copies follows within a few lines: a summary's line that the body repeats pages
# later, cut by the layout's line end, is no teaser)
_COPY_REACH = 400
_UNMARKED = re.compile("[\\s“”‘’\"']+")


def drop_teasers(text: str) -> str:
    if ":" not in text and "：" not in text:
        return text
    text = "\n" + text  # (the first line is a line start too)
    for number, label in enumerate(_TEASER.finditer(text, 0, _TEASER_AREA)):
        if number == _TEASERS:
            break
        end = text.find("\n", label.end())
        end = len(text) if end < 0 else end
        copy = text[label.end():end].rstrip()
        if len(copy) < _TEASER_MIN or copy.endswith(("。", "！", "？", "!", "?", "；")):
            continue
        key = _UNMARKED.sub("", copy)[:_TEASER_KEY]
        if key in _UNMARKED.sub("", text[end:end + _COPY_REACH]):
            return text[1:label.end()] + _GONE + text[end:]
    return text[1:]


# A host's record of the document at the text's start: labelled fields on lines of their own, some
# left empty, one the document's own name, which no report labels on its cover (`股票代码 :\n股票简称 :\n
# 报告名称 :电力设备行业周报:…\n评级 :增持\n行业:`). Its values are the host's, not the report's (its 评级
# is not what the cover below states): the text opens after it.
_RECORD_LINE = re.compile(rf"[ \t]*{_C}{{2,6}}[ \t]*[:：]([^\n]{{0,120}})\n")
_RECORD_NAME = re.compile("[ \t]*(?:" + in_either_script("报告名称|报告标题|研报名称|研报标题") + ")")
_RECORD_LINES = 3


def drop_record(text: str) -> str:
    """`text` without a host's record of the document at its start (see `_RECORD_LINE`)."""
    at = len(text) - len(text.lstrip())
    lines, empty, named = 0, False, False
    while line := _RECORD_LINE.match(text, at):
        lines += 1
        empty = empty or not line.group(1).strip()
        named = named or bool(_RECORD_NAME.match(line.group(0)))
        at = line.end()
    return text[at:] if lines >= _RECORD_LINES and empty and named else text


# A page's column of profiles beside the report (a stock forum's sidebar of users to follow, sjqcj.com):
# short lines, names and profiles the page cuts with dots, `买进就值,越来越值,时享价...` first and
# `著名经济学家宋清辉官方账号...` last, `李大霄` / `前券商首席经济学家` between. From its first cut line to its
# last, every line short, the column is the page's: its names are no analysts, its lines no report's.
_CUT_PROFILE = re.compile(rf"^[^\n]{{0,28}}{_C}\.{{3,6}}[ \t]*$", re.MULTILINE)
_COLUMN_LINE = 30
_COLUMN_CUTS = 2


def drop_cut_column(text: str) -> str:
    """`text` without a column of short lines the page cut with dots (see `_CUT_PROFILE`)."""
    if "..." not in text:
        return text
    cuts = list(_CUT_PROFILE.finditer(text))
    if len(cuts) < _COLUMN_CUTS:
        return text
    first, last = cuts[0].start(), cuts[-1].end()
    if any(len(line.strip()) > _COLUMN_LINE for line in text[first:last].split("\n")):
        return text
    return text[:first] + text[last:]


# A platform's event promotion over the post it heads (`💙 Gate Square #Gate Blue Challenge# 💙` / `📅 Event Period` /
# `🎯 How to Participate` / `1. Post your original creation…`): headings led by an emoji from the text's first line
# on, up to the last that tells when or how to take part, and the numbered steps under it. The platform's, not the
# report's words (the emoji go with the noise, and the steps would be read as the report's first points).
_EMOJI_HEADING = re.compile(r"^[ \t]*[\U0001f000-\U0001faff\u2600-\u27bf][^\n]*", re.MULTILINE)
_EVENT_HEADING = re.compile(r"How to (?:Participate|Join|Enter)|Event (?:Period|Time|Rules)|"
                            + in_either_script("活动时间|活动规则|活动方式|参与方式|参与方法"), re.IGNORECASE)
_STEP = re.compile(r"[ \t]*\d{1,2}[.、)）][^\n]*(?:\n|$)")
_PROMOTION_REACH = 1500  # characters of the text's start a promotion's headings stand in


def drop_promotion(text: str) -> str:
    """`text` from the end of an event promotion that opens it (above), else as it is."""
    if not _EMOJI_HEADING.match(text):
        return text
    events = [heading for heading in _EMOJI_HEADING.finditer(text, 0, _PROMOTION_REACH)
              if _EVENT_HEADING.search(heading.group(0))]
    if not events:
        return text
    end = events[-1].end() + 1
    while step := _STEP.match(text, end):
        if step.end() == end:
            break
        end = step.end()
    return text[end:]


def strip_chrome(text: str) -> str:
    """`text` without the host's words and noise (the rules above), for the lede to read."""
    text = drop_run_on_lists(drop_record(drop_cut_column(drop_wechat_markdown(drop_noise(drop_promotion(text))))))
    if any(hint in text for hint in _MARKUP_HINTS):
        text = _MARKUP.sub("", text)
    text = drop_stamp_lines(drop_site_talk(text))
    if "ditor" in text:
        text = _EDITORS_NOTE.sub("", text)
    if any(bullet in text for bullet in _FONT_BULLETS):
        text = _FONT_BULLET.sub(r"\1•", text)
    text = _letter_bullets(text)
    text = drop_teasers(text)
    if any(glyph in text for glyph in _BUTTON_HINTS):
        text = _BUTTON_LINE.sub(_GONE, text)
    text = drop_news_furniture(text)
    text = drop_clause_keywords(drop_line_keywords(text))
    return _KEYWORD_RUN.sub("\n", text) if "\n," in text or "\n，" in text else text


# A WeChat post saved as Markdown (html2text): the account's byline line, its names ending in a link that goes
# nowhere (`原创  招商定量任瞳团队  招商定量任瞳团队  [ 招商定量任瞳团队 ](javascript:void\(0\);)`): the page's, not
# the post's first words (the joining of lines would glue them before its first sentence). (Its reader prompts on
# lines of their own are buttons: `_BUTTON`.)
_WECHAT_BYLINE = re.compile(r"^[^\n]{0,80}\]\(javascript:void\\?\(0\\?\);?\)[ \t]*$", re.MULTILINE)


def drop_wechat_markdown(text: str) -> str:
    """`text` without a WeChat post's byline line, as a Markdown conversion keeps it."""
    return _WECHAT_BYLINE.sub(_GONE, text) if "javascript:void" in text else text


# A page's buttons, a line of their own (`分享`, `收藏 打印`), which the joining of wrapped lines would
# glue before the first sentence (`分享2月21日消息,…`).
# (and a WeChat page's reader prompts, `在小说阅读器读本章`, `去阅读`, `预览时标签不可点`)
_BUTTON = in_either_script("分享|收藏|打印|评论|点赞|转发|举报|复制链接|分享到|微信|微博|朋友圈"
                           "|在小说阅读器读本章|去阅读|预览时标签不可点")
_BUTTON_LINE = re.compile(rf"^[ \t]*(?:{_BUTTON})(?:[ \t|｜/]+(?:{_BUTTON}))*[ \t]*$", re.MULTILINE)
_BUTTON_HINTS = "分收打评評点點转轉举舉复複微朋在去预預"  # (each button's first glyph, in either script)

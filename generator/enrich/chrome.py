"""What a host page adds to a report's text, told by what it is rather than by the host, and the order
`strip_chrome` takes it out in.

Doc-sharing sites, reposts and content farms set their own words before a report's and inject
noise into it. This module holds what a page leaves of its own make-up: its markup, a symbol font's
bullets read as letters, an editor's note, a teaser copied from the text, a host's record of the
document, a column of cut profiles, an event promotion, a WeChat post's byline and a page's buttons.
What a site says about itself and its stamp lines are sitetalk.py's; the glyphs, emoji and keywords a
spam page sets into the text spamnoise.py's. Each rule is one bounded scan of the opening.

A news or repost page's furniture around the story it carries (the wire's dateline, bylines and credits, photo
captions, an advertisement slot, a quote widget) is newsfurniture.py's, and a list of other reports run into
the text otherreports.py's; `strip_chrome` takes both out in their turn.
"""

from __future__ import annotations

import re

from generator.enrich.newsfurniture import drop_news_furniture
from generator.enrich.otherreports import drop_run_on_lists
from generator.enrich.sitetalk import GONE, drop_site_talk, drop_stamp_lines
from generator.enrich.spamnoise import KEYWORD_RUN, drop_clause_keywords, drop_line_keywords, drop_noise
from generator.normalize import CJK_CLASS, in_either_script

_C = f"[{CJK_CLASS}]"

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
            return text[1:label.end()] + GONE + text[end:]
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
        text = _BUTTON_LINE.sub(GONE, text)
    text = drop_news_furniture(text)
    text = drop_clause_keywords(drop_line_keywords(text))
    return KEYWORD_RUN.sub("\n", text) if "\n," in text or "\n，" in text else text


# A WeChat post saved as Markdown (html2text): the account's byline line, its names ending in a link that goes
# nowhere (`原创  招商定量任瞳团队  招商定量任瞳团队  [ 招商定量任瞳团队 ](javascript:void\(0\);)`): the page's, not
# the post's first words (the joining of lines would glue them before its first sentence). (Its reader prompts on
# lines of their own are buttons: `_BUTTON`.)
_WECHAT_BYLINE = re.compile(r"^[^\n]{0,80}\]\(javascript:void\\?\(0\\?\);?\)[ \t]*$", re.MULTILINE)


def drop_wechat_markdown(text: str) -> str:
    """`text` without a WeChat post's byline line, as a Markdown conversion keeps it."""
    return _WECHAT_BYLINE.sub(GONE, text) if "javascript:void" in text else text


# A page's buttons, a line of their own (`分享`, `收藏 打印`), which the joining of wrapped lines would
# glue before the first sentence (`分享2月21日消息,…`).
# (and a WeChat page's reader prompts, `在小说阅读器读本章`, `去阅读`, `预览时标签不可点`)
_BUTTON = in_either_script("分享|收藏|打印|评论|点赞|转发|举报|复制链接|分享到|微信|微博|朋友圈"
                           "|在小说阅读器读本章|去阅读|预览时标签不可点")
_BUTTON_LINE = re.compile(rf"^[ \t]*(?:{_BUTTON})(?:[ \t|｜/]+(?:{_BUTTON}))*[ \t]*$", re.MULTILINE)
_BUTTON_HINTS = "分收打评評点點转轉举舉复複微朋在去预預"  # (each button's first glyph, in either script)

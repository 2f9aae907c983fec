"""The furniture a news or repost page sets around the story it carries, at a paragraph's start or on a line
of its own: a wire's credit or dateline (`证券时报网讯,`, `新华社北京9月1日电`), a reporter's byline in brackets, a
repost's or journal's credit note, a column's byline, a photo's note and its caption (`(圖/新華社)`, `Jane Roe | Afp |
Getty Images`), a writer's credit line, an advertisement slot, a quote widget's change, a stray quote mark left before
a paragraph. None of it is the story's words: left in, it would open the lede or run into its first sentence.

These are host words as chrome.py's are, but one family with one entry point (`drop_news_furniture`), which
`strip_chrome` runs in its turn, after a page's buttons and before a spam page's keywords.
"""

from __future__ import annotations

import re

from generator.enrich.choices import any_of
from generator.normalize import CJK_CLASS, in_either_script

_C = f"[{CJK_CLASS}]"


def drop_news_furniture(text: str) -> str:
    """`text` without a news or repost page's furniture around the story (the rules below), in this order."""
    if not text.isascii() and _WIRE_HINTS.search(text):  # (first: a reporter's byline may follow the dateline)
        text = _WIRE.sub(r"\1", text)
    if not text.isascii() and _REPORTER_HINTS.search(text):
        text = _REPORTER.sub(r"\1", text)
    if not text.isascii() and _CREDIT_HINTS.search(text):
        text = _CREDIT_NOTE.sub(r"\1", text)
    if "系" in text:
        text = _COLUMN_BYLINE.sub(r"\1", text)
    if "丨" in text or "｜" in text or "|" in text:
        text = _PORTAL_COLUMN.sub(r"\1", text)
    if "图" in text or "圖" in text:
        text = _PHOTO_NOTE.sub(r"\1", text)
        if _CAPTION_ZH_HINTS.search(text):
            text = _CAPTION_ZH.sub("", text)
    if "作者" in text or "文" in text:
        text = _CREDIT_LINE.sub("", text)
    if "'" in text:
        text = _STRAY_QUOTE.sub(r"\1", text)
    if any(agency in text for agency in _AGENCIES):
        text = _CAPTION_CREDITED.sub("", _CAPTION.sub("", text))
    if "(Photo" in text or "(Image" in text:
        text = _CAPTION_BRACKETED.sub("", text)
    if any(f"({agency})" in text for agency in _PHOTO_AGENCIES):
        text = _CAPTION_AGENCY.sub("", text)
    if "=" in text:
        text = _BYLINE_EQUALS.sub(lambda byline: "\n" if byline.group("photo") else "", _PHOTO_EQUALS.sub("", text))
    if "Photo:" in text:
        text = _CAPTION_COLON_CREDIT.sub("", text)
    if "dvertisement" in text or "DVERTISEMENT" in text:
        text = _AD_SLOT.sub("", text)
    if "%" in text:
        text = _QUOTE_LINE.sub("", text)
    if "%)" in text:
        text = _QUOTE_AFTER_CODE.sub("", text)
    return text


# A news page's advertisement slot, its label on a line of its own between dashes (`- Advertisement -`): the page's
# (read as a list's dash, it made the lede above it a list's heading).
_AD_SLOT = re.compile(r"^[ \t]*[-–—]+[ \t]*(?:Advertisement|ADVERTISEMENT)[ \t]*[-–—]+[ \t]*$", re.MULTILINE)


# A quote widget's change on a line of its own, a sign or two before a percentage (`-+ 0.00%`, `+1.25%`): a page's
# ticker beside the story, which would run into its first sentence (`0.00% -+ 0.00% CITIC Securities pointed out…`).
_QUOTE_LINE = re.compile(r"^[ \t]*[-+−]{1,2}[ \t]?\d{1,4}(?:\.\d{1,3})?%[ \t]*(?:\n|$)", re.MULTILINE)


# A quote widget a portal puts after a stock's code inside the story's sentence: the price's change, its percentage
# in brackets, maybe the day's short selling and its ratio (AASTOCKS: `華泰證券發表研究報告指,中國中車(01766.HK) -0.010
# (-0.159%) 沽空 $1.47百萬; 比率 2.298% 上半年收入…`): the page's live data, not the story's words (left in, the
# sentence was cut inside it, at its minus sign or its `;`, and the lede opened there). The code stays.
_QUOTE_AFTER_CODE = re.compile(r"(?<=\.(?:HK|SH|SZ|US)\))[ \t]*[+-]?\d{1,5}(?:\.\d{1,4})?[ \t]*"
                               r"\([+-]?\d{1,4}(?:\.\d{1,4})?%\)"
                               r"(?:\s*沽空[ \t]*\$[ \t]?\d{1,6}(?:\.\d{1,3})?[百千萬万億亿]{0,2}[;；][ \t]*"
                               r"比率[ \t]*\d{1,3}(?:\.\d{1,4})?%)?")


# A news page's photo: its caption on a line of its own, then the photographer's and the agency's credit parted by bars
# (`A man walks past a bank in Beijing on May 30, 2023.` / `Jane Roe | Afp | Getty Images`) or by a slash before the
# agency that sold it (`Jane Roe/AFP via Getty Images`, a spun copy's `…/FP by way of Getty Photographs`), or the
# agency's name closing the caption as a sentence of its own (`The central bank's governor. AFP.`): the page's, not the
# story's words.
# (The agencies a news page's caption credits and those a bank note's bracketed credit names, below, share these; the
# captions' add a spelling and the Chinese agencies of the news pages read, `| Afp |`, Xinhua, VCG, the brackets' the
# European agencies of the bank's market notes read, `(ddp)`, dpa, Keystone, Imago, Alamy. `Getty` is looked for
# alone: `Getty Images`, and a spun copy's `Getty Photographs`.)
_WIRES = ("Getty", "Reuters", "AFP", "EPA", "Bloomberg", "Shutterstock", "iStock")
_AGENCIES = (*_WIRES, "Afp", "Xinhua", "VCG")
_AGENCY = "(?:Getty Images|{})".format("|".join(agency for agency in _AGENCIES if agency != "Getty"))
_CAPTION = re.compile(rf"^[ \t]*[^\n|]{{1,240}}\n(?:[ \t]*\n){{0,2}}[ \t]*(?:(?:[^|\n]{{1,40}}\|[ \t]*){{1,3}}{_AGENCY}"
                      r"|[^|/\n]{1,40}/[^/\n]{1,40}? (?:via|by way of) Getty (?:Images|Photographs))[ \t]*\n?",
                      re.MULTILINE)
_CAPTION_CREDITED = re.compile(rf"^[ \t]*[^\n]{{1,240}}?\.[ \t]+{_AGENCY}\.[ \t]*(?:\n|$)", re.MULTILINE)
# (or its credit in brackets closing the caption's line, `…on June 17, 2016 in Shanghai, China. (Photo by Jane
# Roe/Getty Images)`, `File image of the bank's headquarters (Image: Bloomberg)`)
_CAPTION_BRACKETED = re.compile(r"^[ \t]*[^\n]{1,240}?\((?:Photo|Image)(?: by|:| credit:)[^()\n]{1,80}\)[ \t]*(?:\n|$)",
                                re.MULTILINE)
# (or the photo agency's name alone in brackets after the caption's stop, a bank's market note under its photo:
# `Within Chinese equities, CIO favors a barbell approach balancing recovery beneficiaries and sectors with high and
# resilient dividends. (ddp)`, then the note's first sentence; on a line of its own, or, the page flattened, before the
# story's first sentence)
_PHOTO_AGENCIES = ("ddp", "dpa", "Keystone", "Getty Images", *_WIRES, "Imago", "Alamy")
_CAPTION_AGENCY = re.compile(rf"^[ \t]*[^\n]{{1,240}}?[.!?][”’\"]?[ \t]*\((?:{'|'.join(_PHOTO_AGENCIES)})\)"
                             r"(?:[ \t]*(?:\n|$)|[ \t]+(?=[A-Z“\"]))", re.MULTILINE)
# (or its credit after a colon closing the caption, no mark before it, `stock market Photo:VCG`, a Global Times page's
# photo over the story: on a line of its own, or, the page flattened, glued before the story's first sentence)
_CAPTION_COLON_CREDIT = re.compile(rf"^[ \t]*[^\n.!?]{{0,120}}?(?<![A-Za-z])Photo:[ \t]?(?:{_AGENCY}|IC|CFP|cnsphoto)"
                                   r"(?:[ \t]*(?:\n|$)|[ \t]+(?=[A-Z“\"]))", re.MULTILINE)


# A Korean news page's credits, written with an equals sign as its press writes them in English and in Korean: the
# photo's on a line of its own (`(Photo= Yonhap news)`, `(사진=연합뉴스)`) and the outlet's and reporter's in square
# brackets at the story's start (`[Alpha Biz= Reporter Kim Sangjin] On September 2, Mirae Asset…`, `[서울=뉴시스]`), or
# right after the photo's where a copy lost the line break between them (`(Photo= Yonhap news) [Alpha Biz= …] On…`).
_PHOTO = r"\((?:Photo|Image|사진)[ \t]?=[^()\n]{1,40}\)[ \t]*"
_PHOTO_EQUALS = re.compile(rf"^[ \t]*{_PHOTO}(?:\n|$)", re.MULTILINE)
_BYLINE_EQUALS = re.compile(rf"(?:^[ \t]*|(?P<photo>{_PHOTO}))\[[^\[\]=\n]{{1,30}}=[ \t]?[^\[\]=\n]{{1,40}}\][ \t]*",
                            re.MULTILINE)


# A repost's or a journal's credit in brackets at a paragraph's start (`(报告出品方/作者:华安证券,尹沿技、
# 王强峰)`, `(作者單位:中國外匯投資研究院;責任編輯:薄雅)`): the host's note on the text, not its words.
_CREDIT_WORDS = in_either_script("出品方|作者单位|责任编辑|转自|转载自")
_CREDIT_NOTE = re.compile(rf"^([ \t]*)[（(][^()（）\n]{{0,40}}(?:{_CREDIT_WORDS})[^()（）\n]{{0,80}}[)）][ \t]*",
                          re.MULTILINE)
# (Here and for `_WIRE_HINTS`, `_REPORTER_HINTS`: one scan for all the words, where `in` scanned once per word;
# each word holds a CJK glyph, so an ASCII text, told without a scan, holds none.)
_CREDIT_HINTS = any_of(("出品方", "作者单位", "作者單位", "责任编辑", "責任編輯", "转自", "轉自", "转载自", "轉載自"))


# A column's byline at a paragraph's start, its authors parted by 、 and the first one's post in brackets after them
# (`芦某、张某某(芦某系某某证券首席经济学家、…)`): the host's credit, not the column's first words.
_COLUMN_BYLINE = re.compile(rf"^([ \t]*)(?P<first>{_C}{{2,3}})(?:、{_C}{{2,3}}){{0,5}}[ \t]*[（(](?P=first)系"
                            r"[^()（）\n]{0,80}[)）][ \t]*", re.MULTILINE)
# (or a portal column's byline, the column's name, a bar, the author and his post in brackets, before the column's
# first words: `意見領袖丨劉元春(中國人民大學副校長)`, 新浪財經's, on a line of its own or, flattened, before them)
_PORTAL_COLUMN = re.compile(rf"^([ \t]*){_C}{{2,6}}[ \t]*[|｜丨][ \t]*{_C}{{2,4}}[ \t]*"
                            rf"[（(]{_C}[^()（）\n]{{0,38}}{_C}[)）](?:[ \t]*\n|[ \t]+)", re.MULTILINE)


# A page's note on its photo in brackets at a paragraph's start, glued to the lede or on a line of its own
# (`(資料圖片僅供參考)大摩發布研究報告稱,…`, `(相关资料图)`): the page's, not the story's first words (its
# `仅供参考` would make the lede's first sentence a disclaimer).
_PHOTO_NOTE = re.compile(r"^([ \t]*)[（(](?:" + in_either_script("相关资料图|资料图片|资料图|配图|图片来源")
                         + r")[^()（）\n]{0,30}[)）][ \t]*", re.MULTILINE)


# A news page's photo caption in Chinese: a line that ends with the photo's credit in brackets (`…下調7家大陸房企的
# 企業評級。(圖/新華社)`, `（图/视觉中国）`), repeated or not before the story: the page's, not the story's words.
_CAPTION_ZH = re.compile(r"^[ \t]*[^\n]{0,240}?[（(][图圖][ \t]*[/／][^()（）\n]{1,20}[)）][ \t]*(?:\n|$)",
                         re.MULTILINE)
_CAPTION_ZH_HINTS = any_of(("(图/", "(圖/", "（图/", "（圖/", "(图／", "(圖／", "（图／", "（圖／"))


# A writer's credit alone on its line, maybe after the periodical's name (`红周刊 作者 | 伊文`, `作者:王明`,
# `文 | 李某、张某`): the page's credit, not the story's first words (the line, short, was joined to the story's
# first line). (Not a house's credit of its analyst, `作者:某某期货 王明`: the report's byline, which sets the
# summary's heading after it apart.)
_WRITER = rf"(?!{_C}{{0,2}}(?:{in_either_script('期货|证券|基金|银行|信托|研究|资管')})){_C}{{2,4}}"
_CREDIT_LINE = re.compile(rf"^[ \t]*(?:[^\s|｜丨]{{1,12}}[ \t]+)?(?:作者|(?<!{_C})文)[ \t]*[:：/|｜丨][ \t]*"
                          rf"{_WRITER}(?:[ \t]*[、,，/ ][ \t]*{_WRITER}){{0,5}}[ \t]*(?:\n|$)", re.MULTILINE)


# A newspaper's byline in brackets at a paragraph's start (`（某某网记者 林小雯）近日,…`): the paper's,
# not the story's first words; also after the last glyph of a wire's credit whose outlet a copy cut off
# (`讯(记者 杨硕)安永今日发布…`, `電(記者…)`).
_REPORTER = re.compile(r"^([ \t]*)(?:[讯訊电電][ \t]*)?[（(][^()（）\n]{0,24}(?:记者|記者|通讯员|通訊員)"
                       r"[^()（）\n]{0,16}[)）][ \t]*", re.MULTILINE)
_REPORTER_HINTS = any_of(("记者", "記者", "通讯员", "通訊員"))
# A news wire's credit or dateline opening a story (`证券时报网讯,首创证券研报指出…`, `本报讯`, `新华社北京9月1日电`,
# `财联社9月1日讯`), in either script (`本報訊`, `人民網北京11月6日電`), or a paper's `本报北京7月15日消息,`;
# a wire's credit in brackets (`《經濟通通訊社26日專訊》`, `<匯港通訊>`, `*【環球網綜合報道】*`) or its day alone
# (`7月11日訊,`); and a reporter's bare name in brackets right after the dateline (`新华丝路海南博鳌3月29日电(谭惠丹)`):
# the wire's, not the story's first words. (A byline with `记者` in it goes by `_REPORTER`.)
_WIRE = re.compile(rf"^([ \t]*)\*?(?:{_C}{{2,8}}[网網][讯訊]|本[报報][讯訊]"
                   rf"|{_C}{{2,8}}?\d{{1,2}}月\d{{1,2}}日(?:[电讯電訊]|消息(?=[ \t]*[，,]))"
                   r"|\d{1,2}月\d{1,2}日[讯訊](?=[ \t]*[，,])"
                   r"|[《<〈【][^》>〉】\n]{0,16}(?:通讯社|通訊社|专讯|專訊|通讯|通訊|社讯|社訊|综合报道|綜合報道)"
                   r"[^》>〉】\n]{0,10}[》>〉】]\*?)"
                   rf"(?:[ \t]*[（(]{_C}{{2,4}}(?:[ 、]{_C}{{2,4}}){{0,2}}[)）])?"
                   r"[ \t]*[，,：:]?[ \t]*", re.MULTILINE)
_WIRE_HINTS = any_of(("网讯", "網訊", "本报讯", "本報訊", "日电", "日電", "日讯", "日訊", "日消息", "专讯", "專訊",
                      "通讯", "通訊", "社讯", "社訊", "报道", "報道"))
# A quote mark a page left before a paragraph's first glyph, never closed in it (`'建议关注…。`).
_STRAY_QUOTE = re.compile(rf"^([ \t]*)'(?={_C})(?=[^'\n]*$)", re.MULTILINE)

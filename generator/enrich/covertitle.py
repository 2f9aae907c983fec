"""The report's title where the cover repeats it, cut out before an opening is read (opening.prepare): the
title's parts found in the text (its lost commas and spaced figures allowed for), each widened to as much of the
title as the text repeats there, with its bold copy, and made a break where it stands apart from the sentences
around it (titleapart.py says where it does).
"""

from __future__ import annotations

import re

from generator.enrich.lines import BREAK, LINE
from generator.enrich.marks import CJK_RUN, CONTINUES
from generator.enrich.titleapart import MARKS, colon_ending_line, is_mark, names_a_book, same, stands_apart
from generator.enrich.titletags import REPORT_TYPES
from generator.normalize import CJK_CLASS

_C = f"[{CJK_CLASS}]"


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
            if stands_apart(found, at, len(piece), title) and not names_a_book(found, at + len(piece)):
                size = _repeated(found, at, piece)
                size += colon_ending_line(found, at, size)
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


def _title_run(text: str, at: int, piece: str, title: str) -> tuple[int, str]:
    """The title's part found at `at` widened to as much of the title as the text repeats
    there, its own punctuation included (`再生晶圆新产能领先开出,钻石碟锦上添花`): the comma after
    a part is the title's, not a sentence's."""
    start = end = title.find(piece)
    if start < 0:
        return at, piece
    end += len(piece)
    left, right = at, at + len(piece)
    while left and start and same(text[left - 1], title[start - 1]):
        left, start = left - 1, start - 1
    part = at  # (where the title's part being matched starts in the text)
    while right < len(text):
        if end < len(title) and same(text[right], title[end]):
            right, end = right + 1, end + 1
            part = right if is_mark(title[end - 1]) else part
        elif (end == len(title) or is_mark(title[end])) and right - part > 1 and text.startswith(
                text[part:right], right):
            right += right - part  # (a bold heading written twice part by part: `金價穩中仍上行金價穩中仍上行,鋰鈷…`)
        else:
            break
    # (a run that stops inside the title's next part has not repeated it: `差异化铸就壁垒，专业奠定…`
    # under the title `…差异化铸就壁垒，专业倾斜…` repeats the first part only, and the sentence's
    # `专业` stays with it)
    while right > at + len(piece) and end < len(title) and not is_mark(title[end]) and not is_mark(title[end - 1]):
        right, end = right - 1, end - 1
    while left < at and start and not is_mark(title[start - 1]) and not is_mark(title[start]):
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


def _repeated(text: str, at: int, piece: str) -> int:
    """How long the title's part found at `at` runs: a heading set in bold is extracted twice
    (`创新药收入占比持续提升创新药收入占比持续提升`), and its copy goes with it."""
    size = len(piece)
    while text.startswith(piece, at + size) and size < 4 * len(piece):
        size += len(piece)
    return size


_TITLE_MARKS = r"\s" + re.escape(MARKS)
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

"""Figures as a listing's text extraction left them: units and percents written twice
(`2022年年3月月`, `15%15%`), digits set apart one by one (`2 0 2 3`), and decimal points a
listing turned into spaces (`营收277 60亿元`). Each is repaired only where no other reading of
the figures is possible; a figure the report never stated is worse than an untidy one. A chart's
axes and a table's rows, runs of figures with no words (`41.17%41.19%38.37%`), are no sentence's:
they are made breaks (`break_figure_runs`).
Used on an opening before it is read (structure.py) and before its facts are (facts.py).
"""

from __future__ import annotations

import re

from generator.enrich.lines import BREAK, LINE
from generator.enrich.marks import aligned_sub, lost_punctuation
from generator.normalize import CJK_CLASS

_C = f"[{CJK_CLASS}]"

_DOUBLED_PERCENT = re.compile(r"(\d{1,4}(?:\.\d{1,4})?%)\1")
# What a doubled percent holds (its copy's first digit after the `%`): a search for it skips to each `%`, where one
# for the doubled percent tries every position.
_PERCENT_THEN_DIGIT = re.compile(r"%\d")
_DOUBLED_DATE_UNIT = re.compile(r"(?<=\d)(\s?)([年月日])\2(?=[\s\d，,。.、；;：:）)]|$)")
# Single digits set apart by spaces (`2 0 2 3`): joined where spaces are all the text lost; left
# where its marks went too (`repair_numbers`), and then no point or excerpt sentence shows them.
SPACED_DIGITS = re.compile(r"\d(?<![\d.]\d)(?: \d){2,}(?![\d.])")
# Whether a text holds them, told from the space after the first digit (the digit and what stands before it looked
# behind at): the search skips to spaces, where `SPACED_DIGITS` stops at every digit (three times slower on a cover).
_SPACED_DIGITS_FOUND = re.compile(r" (?<=\d )(?<![\d.]\d )\d(?: \d)+(?![\d.])")


def repair_numbers(text: str) -> str:
    """`15%15%` → `15%`, `2023 年年 10 月月` → `2023 年 10 月`, `2 0 2 3` → `2023`. A real
    `2020-2020` or `30日日均` is left alone: only units doubled against a number go. Nor are
    spaced digits joined in a text that lost its punctuation to spaces: there `1 8 2 3亿元`
    was `18-23亿元` or `1.8-2.3亿元`, and `1823亿元` would be a number the report never wrote."""
    # Split at a pattern whose groups all take part, the pieces joined are the text with each
    # match replaced by its groups: as `\1` templates would, without a Python call per match.
    if "%" in text and _PERCENT_THEN_DIGIT.search(text):
        text = "".join(_DOUBLED_PERCENT.split(text))
    if "年年" in text or "月月" in text or "日日" in text:
        text = "".join(_DOUBLED_DATE_UNIT.split(text))
    if " " not in text:
        return text
    if "周" in text or "星期" in text:
        text = "".join(_SPACED_WEEKDAY.split(text))
    if not _SPACED_DIGITS_FOUND.search(text) or lost_punctuation(text):
        return text
    return SPACED_DIGITS.sub(_unspaced, text)


# A date's weekday a page set in a span of its own, spaces around it (`将于7月22日 周一 举行上市仪式`): the sentence's
# words, which the spaces, read as line breaks, cut in three.
# (Opening with the first space, which it looks behind from: the search skips to spaces.)
_SPACED_WEEKDAY = re.compile(r"[ \t](?<=日[ \t])[ \t]*((?:周|星期)[一二三四五六日天])[ \t]+(?=\S)")


# Figures set in full-width forms (`６５．７０港元`, `65．70港元`): `\d` reads full-width digits, but a
# full-width point between digits ends a number, and `65．70` would be read as 65. (A full-width
# comma between digits parts a list as often as it groups thousands: it stays.)
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_WIDE_POINT = re.compile(r"(?<=\d)．(?=\d)")


def ascii_figures(text: str) -> str:
    """`text` with its full-width decimal figures in ASCII (`65．70`, `６５．７０` → `65.70`)."""
    if "．" not in text:
        return text
    return _WIDE_POINT.sub(".", text.translate(_WIDE_DIGITS))


def _unspaced(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "")


# A number whose decimal point a listing turned into a space (`营收277 60亿元`, `目标价21 5元`, `0 84pct`):
# two runs of digits, no other number spaced beside them, and a unit that takes a decimal right
# after. A range lost its hyphen the same way (`10 15亿元`, `1 2亿元`, `5 10倍`) and a list its
# separators (`PE为13 10 9倍`), so the point is put back only where no range can be meant (see
# `point_restored`); a year (`2022 3`) never opens one. (What stands before the first run and the year are
# looked at after its first digit: a pattern that opens with a digit lets the search skip to digits, where one that
# opens by looking around tries every position, six times slower.) (The units are a list of their own, not
# targets.py's currencies: what a figure whose point was lost stood before in the listings read, `港币` not among them.)
POINT_LOST = re.compile(r"(\d(?<![\d.] \d)(?<![\d.]\d)(?!(?<=1)9\d\d |(?<=2)0\d\d )\d{0,3}) (\d{1,2})"
                        r"(?= ?(?:亿|億|万|萬|元|倍|美元|港元|pct|个百分点|個百分點))")


# What says the numbers of a clause are a list (`分别为277 60亿元`, `2023 2024年PE为13 10倍`): each
# year or item its own figure, however they compare.
_LISTED = re.compile(r"分别|\d (?:\d{2}|\d{4})年|[EP][SE]?[PB]|估值")
_CLAUSE_START = re.compile("(?s:.*)[，,。；;：:]")
_LIST_REACH = 40


def point_restored(match: re.Match[str]) -> str:
    """The point put back where the two runs can be neither a range nor a list: the second opens
    with a zero (`4 01`), or is smaller than the first (`277 60`: a range goes up) or the first
    a zero (`0 26元`, the second no round number: `0 10倍` may be a range), and nothing in the
    clause before them lists figures (`分别`, years, a valuation's multiples)."""
    whole, part = match.group(1), match.group(2)
    if not (part[0] == "0" or int(part) < int(whole) or (whole == "0" and part[-1] != "0")):
        return match.group(0)
    text, start = match.string, max(0, match.start() - _LIST_REACH)
    clause = _CLAUSE_START.match(text, start, match.start())
    if _LISTED.search(text, clause.end() if clause else start, match.start()):
        return match.group(0)
    return whole + "." + part

# The runs of figures a chart or a table leaves in an opening's text, which no sentence writes: made breaks, or taken
# out where they split a clause (opening.py's `prepare`, on an opening in either script).
def break_figure_runs(texts: list[str]) -> list[str]:
    """The aligned `texts` (an opening, and its simplified twin when it has one: matched on the last) with a chart's
    axis glued inside a clause taken out (`_AXIS_IN_CLAUSE`), and a chart's ticks and a table's runs of figures made
    breaks (`_GLUED_TICKS`, `_DATA_RUN`)."""
    if "%" in texts[-1] or "/" in texts[-1]:
        texts = list(aligned_sub(_AXIS_IN_CLAUSE, _axis_in_clause, texts[0], texts[-1]))[:len(texts)]
    return [_DATA_RUN.sub(_data_run, _GLUED_TICKS.sub(BREAK, text)) for text in texts]


# Chart axes and data tables: long runs of numbers, signs and percents without words
# (`-10-5051015--062023-`, `41.17%41.19%38.37%`), unlike a date range in prose; with the clock time a
# download's stamp ends on, its digits spaced (`2 1 3 8 0 2 3 0/3 6 1 3 9/2 0 1 9 0 7 0 2 1 4:5 6今年前…` on every
# page of a slide deck, the spaced digits joined but for the last two), which no sentence opens with.
# (the run's first character taken, then what is before it looked at)
_DATA_RUN = re.compile(r"[-+\d.,%/](?<![\w.].)[-+\d.,%/]{11,}(?::\d ?\d(?!\d))?")


_LONG_NUMBER = re.compile(r"\d{5}")


# A chart's axis that a document site's dump glued inside a clause, between a word and its rest (`…钢价将震荡上行,
# 盈利3月份开始-28%-38%2011/32011/62011/92011/12好转,一季度亏损压力虽大,…`): a run of percentages or of year and
# month ticks glued to each other (as `_data_run` tells them, a sentence's figures in turn left), glyphs on both
# sides, a clause begun before it and ended a few glyphs after it. No sentence writes them there, and a break in
# their place would strand the clause's tail (`好转,`) as the opening of the next sentence: the run goes and the
# clause's two halves join.
# (Opening with one class, its sign or its first digit, which it looks behind from, and its digit after the sign
# looked for after a sign only: the search skips to those, where a look behind first tries every position.)
_AXIS_IN_CLAUSE = re.compile(rf"[-\d](?<={_C}[-\d])(?:(?<=-)\d|(?<=\d))[-+\d.%/]{{11,}}(?={_C}{{1,6}}[，,])")
# (and its ticks glued into one long number between a heading and the sentence under it, `…需求旺季谨慎乐观,配臵绩优品种
# 6104000000钢铁行业旺季逐步到来,…`: no sentence writes ten digits or more between two words, nor does a count, its unit
# after it, stand there; a break in their place)
# (Opening with the first digit, which it looks behind from: the search skips to digits, where a look behind first
# tries every position.)
_GLUED_TICKS = re.compile(rf"\d(?<={_C}\d)\d{{9,}}(?={_C})(?![万萬亿億元股])")
_CLAUSE_BEFORE = re.compile(rf"[，,][^。！？；{BREAK}{LINE}]{{2,40}}$")


def _axis_in_clause(match: re.Match[str]) -> str:
    run, text = match.group(0), match.string
    figures = run.lstrip("-")
    if not (_LONG_NUMBER.search(run) or run.count("%") >= 3) or _FORECASTS.fullmatch(figures) or (
            _PERCENTS_IN_TURN.fullmatch(figures)):
        return run
    return "" if _CLAUSE_BEFORE.search(text, max(0, match.start() - 42), match.start()) else run


def _data_run(match: re.Match[str]) -> str:
    run = match.group(0)
    if _FORECASTS.fullmatch(run) and _UNIT_AFTER.match(match.string, match.end()):
        return run  # a sentence's forecasts for years in turn (`收入预测为8752/9908/10918亿元`)
    if _PERCENTS_IN_TURN.fullmatch(run):
        return run  # a sentence's percentages for items in turn (`by 12.1%/20.5%/15.8%.`)
    return BREAK if _LONG_NUMBER.search(run) or run.count("%") >= 3 else run


# Figures for a few years in turn, parted by slashes, with their unit after them (a bracket may
# stand between: `8752/9908/10918（原值8805/9945/11053）亿元`): a sentence's, not a chart's axis or a
# table's row.
_FORECASTS = re.compile(r"\d[\d,.]*(?:/-?\d[\d,.]*){1,4}")


# Percentages for a few items in turn, each with its `%`, parted by one slash (`raise our EPS for A/B/C by
# 12.1%/20.5%/15.8%`, `费用率22.1%/6.4%/0.8%`), a full stop or a comma after the last: a sentence's, as a
# chart's axis glues its ticks with nothing between (`41.17%41.19%38.37%`) and a table sets them apart by spaces.
_PERCENTS_IN_TURN = re.compile(r"[-+]?\d{1,4}(?:\.\d{1,3})?%(?:/[-+]?\d{1,4}(?:\.\d{1,3})?%){1,5}[.,]?")


# (a forecast's units, currencies among them: a list of its own, not targets.py's currencies)
_UNIT_AFTER = re.compile(r"\s?(?:[(（][^()（）]{0,40}[)）]\s?)?[)）]?\s?(?:亿|万|元|倍|港元|美元|人民币|%|x|X)")

"""Excerpts people can read: extracted PDF text repaired (artefacts.py), boilerplate dropped, cut cleanly.

Text pulled from PDFs doubles bold glyphs (`研究研究院院`, `银银行行类类别别`), repeats
headings (`报告日期:报告日期:`), spaces out CJK, and opens with disclaimers and cover-page
furniture. The excerpt is built from the first few thousand characters only, whatever the
length of the preview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.enrich.artefacts import HAS_CJK, LOST, collapse_repeats, unravel
from generator.enrich.boilerplate import is_boilerplate
from generator.enrich.figures import SPACED_DIGITS
from generator.enrich.flattened import restore_lines
from generator.enrich.keypoints import bounded
from generator.enrich.layout import FIRST_PART, without_furniture
from generator.enrich.marks import spaced_script
from generator.enrich.opening import WINDOW
from generator.enrich.personnames import is_bare_name
from generator.enrich.structure import read_opening
from generator.enrich.units import Unit
from generator.normalize import CJK_CLASS, to_simplified

_C = f"[{CJK_CLASS}]"


# A page of a report's figures described in words for screen readers (the Federal Reserve's
# "Accessible Version" pages): axes, lines and notes, no sentence of the report's own.
_FIGURES_PAGE = ("Accessible Version", "Accessible version")


@dataclass(frozen=True)
class Lede:
    """What a report page leads with: a bounded excerpt and the summary's key points."""

    excerpt: str
    key_points: list[str]


def lede(text: str, minimum: int = 120, maximum: int = 300, title: str = "") -> Lede:
    """The excerpt and key points of a preview, read from its first `opening.WINDOW`
    characters only: the summary's first points when it has a summary, else the first
    sentences of the report's own; never cover boilerplate. The excerpt starts at a sentence
    start and ends at a sentence end, with at most `maximum` characters; it is empty when the
    opening holds no sentence at all (a cover, a table of contents)."""
    if text[:40].lstrip().startswith(_FIGURES_PAGE):
        return Lede("", [])
    is_boilerplate.cache_clear()  # (its answers are kept while this preview is read: boilerplate.py)
    text = restore_lines(text[:WINDOW]) + text[WINDOW:]  # (a flattened preview's line ends: flattened.py)
    if (byline := _FIRST_LINE_NAME.match(text)) and is_bare_name(to_simplified(byline.group("name"))):
        text = text[byline.end():]
    # Most openings give a whole lede in their first part; the rest is read only when not.
    opening = read_opening(_laid_out(text[:FIRST_PART]), title, maximum)
    if len(text) > FIRST_PART and sum(len(unit.text) for unit in opening.units) < maximum:
        whole = read_opening(_laid_out(text[:WINDOW]), title, maximum)
        # (unless the longer read loses the lede the first part gave: a digest's `Key Highlights`, a list of
        # headlines further on, read as its summary, `Initiating coverage with a Buy rating Torrent Power (TPL)
        # is engaged in generation and distribution of electricity.` above it)
        if whole.units or not opening.units:
            opening = whole
    shown = _collapsed_excerpt(opening.units, minimum, maximum)
    if not shown and opening.cut_tail and len(text) <= WINDOW:
        # (a preview cut inside its first sentence, read whole: the sentence up to the cut, marked as cut)
        shown = collapse_repeats(bounded(opening.cut_tail + "…", maximum), lines=True)
    return Lede(_mark_cut(shown, text), [collapse_repeats(point) for point in opening.points])


def _collapsed_excerpt(units: list[Unit], minimum: int, maximum: int) -> str:
    """The excerpt of `units` with runs written twice collapsed, measured as shown: where the collapse took
    characters out (a summary whose every phrase a dump wrote twice, `展望展望 2023 年,年,随着跨境随着跨境物流、…`),
    the sentences are taken again with that much more room, kept when they fit `maximum` once collapsed and carry on
    the shorter excerpt (a longer text's collapse may leave a copy the shorter one's took out)."""
    taken = _excerpt(units, minimum, maximum)
    shown = collapse_repeats(taken, lines=True)
    if len(shown) < len(taken) and len(shown) < minimum:
        extra = len(taken) - len(shown)
        again = collapse_repeats(_excerpt(units, minimum + extra, maximum + extra), lines=True)
        if len(shown) < len(again) <= maximum and again.startswith(shown):
            return again
    return shown


def _laid_out(part: str) -> str:
    """A part of the opening as `read_opening` takes it: the layout's furniture dropped
    (layout.py), unravelled with its line breaks kept."""
    return unravel(without_furniture(part), True)


# A page's byline: its author's name alone on the text's first line (`文颐` over the article), which
# the joining of wrapped lines would glue to the first sentence.
_FIRST_LINE_NAME = re.compile(rf"\s*(?P<name>{_C}{{2,3}})[ \t]*\r?\n(?=\s*{_C})")


_NO_SPACE = re.compile(r"\s+")
_LAST_END = re.compile("(?s:.*)[。！？；!?]")


def _mark_cut(shown: str, text: str) -> str:
    """A listing cuts its previews short and marks the cut with a `.` after the last character
    (`核心观点:8 月各项经济指标总体企稳改.`): Chinese ends its sentences with `。`, so a `.` after
    CJK at the preview's very end is that mark, and an excerpt that ends there ends with `…`."""
    if len(shown) < 3 or not shown.endswith(".") or not HAS_CJK.match(shown[-2]):
        return shown
    tail = text[-40:].rstrip()
    if not tail.endswith(".") or not _NO_SPACE.sub("", tail).endswith(_NO_SPACE.sub("", shown[-6:])):
        return shown
    last_end = _LAST_END.match(shown, 0, len(shown) - 1)  # (the last sentence end before the mark)
    start = last_end.end() if last_end else 0
    if _starts_over(shown[start:-1]):
        return shown[:start]  # a run written twice, the copy cut (`中国银行研究院中国银行研.`): no sentence
    return shown[:-1] + "…"


def _starts_over(run: str) -> bool:
    """Whether `run` is a run of two or more characters followed by a copy of its start (of two
    or more: the copy starts where the run's first two characters come again)."""
    shift = run.find(run[:2], 2)
    while shift >= 0:
        if run.startswith(run[shift:]):
            return True
        shift = run.find(run[:2], shift + 1)
    return False


def excerpt(text: str, minimum: int = 120, maximum: int = 300, title: str = "") -> str:
    return lede(text, minimum, maximum, title).excerpt


_CLAUSE_MARKS = re.compile("[，,、；;]")
# A chart's axis read into a sentence: its percentages glued one to the next (`40%30%`, `20%10%`), as no
# sentence writes them (a sentence parts two figures: `12.88%和59.94%`, `22.1%/6.4%`, a range `40%-60%`).
_AXIS_TICKS = re.compile(r"\d%\d{1,3}(?:\.\d{1,2})?%")
# (a document site's text of a cover glues the chart's ticks beside the summary to its first sentence,
# `…报告摘要72%56%本周周报我们谈谈…`: the ticks before the first sentence's glyphs are no part of it)
_LEADING_TICKS = re.compile(rf"^(?:-?\d{{1,3}}(?:\.\d{{1,2}})?%){{2,}}(?={_C})")
# (and a chart's unit in brackets with the first dates of its axis, `…指数周涨跌幅(20251201-20251205)(%)2025-12-1
# 行业核心数据跟踪:…`: a caption's remnant, no sentence opens on `(%)`)
_LEADING_AXIS = re.compile(rf"^[(（][%％][)）](?:\s?(?:19|20)\d\d[-/.][01]?\d(?:[-/.][0-3]?\d)?)*\s?(?={_C})")
_LATIN_ENDS = ".!?;:"
_CLOSING_QUOTES = "”’\""


def _excerpt(units: list[Unit], minimum: int, maximum: int) -> str:
    """Whole sentences from the first on, up to `minimum` characters and never more than
    `maximum`; a first sentence longer than `maximum` is cut at a clause end. A sentence whose
    figures lost their marks beyond repair (`1 8 2 3亿元`, structure.SPACED_DIGITS), that a chart's
    axis ran into (`_AXIS_TICKS`), or that lost glyphs (`artefacts.LOST`), ends it once it holds a sentence."""
    out, end = "", 0
    for number, unit in enumerate(units):
        if end and (SPACED_DIGITS.search(unit.text) or ("%" in unit.text and _AXIS_TICKS.search(unit.text))
                    or LOST in unit.text):
            break
        if not (unit.ends_sentence or unit.text.endswith(("：", ":"))) or _is_field(units, number):
            if end and not unit.after_break and len(unit.text) > 10 and _CLAUSE_MARKS.search(unit.text):
                break  # a sentence cut off by a break (not a heading): what follows is not its rest
            continue  # a heading or a fragment between sentences
        # (sentences in Latin script and in Hangul are set apart by a space, which units lose)
        # (a quotation's closing mark may follow its full stop: `…reopening.”`)
        text = unit.text if out else _LEADING_AXIS.sub("", _LEADING_TICKS.sub("", unit.text))
        last = out.rstrip(_CLOSING_QUOTES)
        gap = " " if last and last[-1] in _LATIN_ENDS and spaced_script(last[-2:-1]) and spaced_script(text[:1]) else ""
        if len(out) + len(gap) + len(text) > maximum:
            break
        out += gap + text
        if unit.ends_sentence:
            end = len(out)
            if end >= minimum:
                break
    if not end and units:
        return _elided(bounded(out or units[0].text, maximum)) if out or units[0].ends_sentence else ""
    return out[:end]


# A field's label (`大小:`, `作者:`) on a listing's or a cover's line of its own, its value on the
# next (`1228KB`, a name): no sentence, nor what introduces one.
_FIELD = re.compile(r"[^，,、；;。：:\s]{1,6}[：:]")


def _is_field(units: list[Unit], number: int) -> bool:
    unit = units[number]
    if unit.ends_sentence or not _FIELD.fullmatch(unit.text) or number + 1 >= len(units):
        return False
    value = units[number + 1]
    return not value.ends_sentence and len(value.text) <= _FIELD_VALUE and not value.text.endswith(("：", ":"))


_FIELD_VALUE = 30  # (a value: a size, a format, a name or two; not a heading's sentence)


def _elided(shown: str) -> str:
    """An excerpt that ends introducing what it does not show (a list, a table: `…the latest focus
    stocks for Hong Kong and A-shares:`) ends with `…`, not a colon that leads nowhere."""
    return shown[:-1].rstrip() + "…" if shown.endswith(("：", ":")) else shown

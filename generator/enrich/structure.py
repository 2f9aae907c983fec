"""What a report's extracted opening says: the report's own first words (the lede) and its
summary's points, told apart from the cover around them.

A report's first pages, as PDF extraction gives them, interleave the cover (banners, dates, ratings,
analysts and their licence numbers, related-report lists, market-data tables, chart axes) with the
summary, often glued together without a space. opening.py prepares the opening and units.py cuts it
into units (runs of text between hard breaks and sentence ends) and says which read as prose;
headings.py finds the summary section (投资要点, 核心观点, 摘要, Key points, …). Here the opening is read: the
summary's start settled (summarystart.py: prose a layout set above its heading belongs to it, a
biography's or an editor's does not), the lede taken from the first unit that reads as one
(ledeopeners.py says which may, ledeunits.py takes it, the labels, leads and banners glued before
it, gluedlabels.py's, gluedheadings.py's and leads.py's, cut off) and taken again after a page's
description copied from the report or an English news page's dek, the summary's points listed
(keypoints.py), and where no lede is found the preview's last sentence kept up to its cut. Every
step is a bounded regular-expression scan or a single pass over the units.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.enrich.boilerplate import is_boilerplate
from generator.enrich.gluedheadings import DOUBLED_RUN
from generator.enrich.headings import heading_end
from generator.enrich.keypoints import summary_points
from generator.enrich.latinunits import after_headline, past_title_headline
from generator.enrich.leads import tidy
from generator.enrich.ledeopeners import cut
from generator.enrich.ledeunits import clauses, lede_units
from generator.enrich.marks import cjk_count
from generator.enrich.opening import prepare
from generator.enrich.spam import after_spam_credit
from generator.enrich.summarystart import subheading_apart, summary_above
from generator.enrich.units import Unit, is_prose, split_units


@dataclass
class Opening:
    """The report's own words from its opening: the units a lede is made of (from the first
    prose unit on, in the summary when there is one), and the summary's points."""

    units: list[Unit] = field(default_factory=list)
    points: list[str] = field(default_factory=list)
    has_summary: bool = False
    cut_tail: str = ""  # (see `_cut_tail`)


def read_opening(text: str, title: str = "", room: int = 600) -> Opening:
    """The opening of `text`, cut to `WINDOW` and unravelled (`artefacts.unravel`); `title`
    is the report's title, which the cover repeats. Units are classified only as far as a
    lede of `room` characters and the summary's points need."""
    text, simple = prepare(text, title)
    traditional = simple is not text
    start = heading_end(simple)
    units = split_units(text) if start is None else split_units(subheading_apart(text, start), labelled=True)
    if start is not None:
        before = split_units(text[:start])
        if summary_above(before, text, simple, start, traditional):
            units = before + units
    units = after_headline(units, title)
    if (copy := after_spam_credit(units)) is not None:  # (a copy under a spam block: nothing before its credit is the
        units = units[copy:]                            # report's, neither its lede nor its points)
    opening = Opening(has_summary=start is not None)
    opening.units = lede_units(units, opening.has_summary, room, traditional)
    if (again := _copied_lead(units, opening.units, text)) is not None:
        opening.units = lede_units(units[again:], opening.has_summary, room, traditional)
    elif (after := _dek_end(units, opening.units)) is not None:
        opening.units = lede_units(units[after:], opening.has_summary, room, traditional)
    if opening.units:
        opening.units[0] = past_title_headline(opening.units[0], title)
    if opening.has_summary:
        opening.points = summary_points(units, traditional)
    if not opening.units and units:
        opening.cut_tail = _cut_tail(units[-1], traditional)
    return opening


_TAIL_CLAUSES = 2
_TAIL_GLYPHS = 30


def _cut_tail(unit: Unit, traditional: bool) -> str:
    """The opening's last unit when it is a sentence the preview cut off, no sentence end in the opening before it
    (`…中国平安于 1988 年于深圳蛇口成立,深耕保险行业近 40 年,…最广泛的综合金融`): a paragraph's start after a break,
    two clauses or more of prose, no boilerplate, no bold run written twice; else "". Where the whole preview was
    read, that is the report's first sentence, shown up to the cut (`cleaning.lede`)."""
    text = tidy(unit).text
    if (unit.ends_sentence or not unit.after_break or cjk_count(text) < _TAIL_GLYPHS or clauses(text) < _TAIL_CLAUSES
            or cut(text) or DOUBLED_RUN.search(text) or is_boilerplate(text, traditional)
            or not is_prose(Unit(text + "。", True, True), traditional=traditional)):
        return ""
    return text


_COPIED_WORDS = 8


def _copied_lead(units: list[Unit], lede: list[Unit], text: str) -> int | None:
    """Where the report's own text starts again when the lede found is a page's description
    copied from it (`1 晶片成为科技竞争的核心，CPU首当其冲。是一块…` before the article's heading
    `1 晶片成为科技竞争的核心，CPU首当其冲` and its sentences): the heading, a later unit that holds
    the lede's first sentence and ends none; None when none does. (A summary's sentence that the
    body repeats is no description: the repeat ends a sentence.) So is a news page's dek that its
    photo's caption repeats with the photo's credit glued after it (`…in November.Lam Yik—Bloomberg`)."""
    if not lede or (cjk_count(core := lede[0].text.rstrip("。！？；.!?;")) < 8 and core.count(" ") < _COPIED_WORDS):
        return None  # (too short to tell: fewer than eight CJK characters or words)
    core = core.replace(" ", "")
    if text.count(core[-4:]) < 2:
        return None  # (its last words are in the opening once: one scan, no loop over the units)
    seen = None
    for number, unit in enumerate(units):
        if seen is not None and number - seen > _DESCRIPTION_UNITS:
            return None
        if core[-4:] in unit.text and core in unit.text.replace(" ", ""):
            if seen is not None and not unit.ends_sentence:
                return number
            seen = number
    return None


_DEK_REACH = 40  # units after a news page's dek that its story's paragraphs may repeat it within


def _dek_end(units: list[Unit], lede: list[Unit]) -> int | None:
    """Where the story starts after a news page's dek in English, a sentence that the story repeats as a whole
    sentence a few paragraphs on (`JPMorgan’s positive switch comes following a pullback…` over the page's buttons and
    `(Nov 27): JPMorgan Chase & Co has raised…`, which later says it again): the first paragraph after the dek's; None
    when the lede is no such sentence."""
    if not lede or cjk_count(first := lede[0].text) or first.count(" ") < _COPIED_WORDS:
        return None
    number = next((n for n, unit in enumerate(units) if unit.text == first), None)
    if number is None or not any(unit.ends_sentence and unit.text == first
                                 for unit in units[number + 1:number + 1 + _DEK_REACH]):
        return None
    return next((n for n in range(number + 1, len(units)) if units[n].after_break), None)


# A page's description is a sentence or two: the heading it was copied from comes again within a few units. A
# summary's first point that the body repeats as its section's heading pages later (`“四机一脑”拆解需求稳健增长，新九类
# 带来增量市场空间。…` / 16 units on / `一、“四机一脑”拆解需求稳健增长，新九类带来增量市场空间`) is the summary's.
_DESCRIPTION_UNITS = 8

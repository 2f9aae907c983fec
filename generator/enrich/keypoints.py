"""A summary's key points: each a bulleted or labelled paragraph's first sentence that reads as prose, a copy
that a page set above the summary listed once; and `bounded`, which cuts a text at a sentence's or a clause's end.

structure.py lists the points of the opening it reads; cleaning.py bounds its excerpts with `bounded`.
"""

from __future__ import annotations

import re

from generator.enrich.boilerplate import is_boilerplate
from generator.enrich.figures import SPACED_DIGITS
from generator.enrich.gluedlabels import SECTION_LABEL
from generator.enrich.leads import tidy
from generator.enrich.lines import SENTENCE_ENDS
from generator.enrich.marks import cjk_count
from generator.enrich.units import UNIT_END, Unit, is_prose

MAX_POINTS = 5


POINT_MAX = 120


def summary_points(units: list[Unit], traditional: bool) -> list[str]:
    """The summary's points: each starts after a bullet or a point label (and a section's
    label: `事项：`) and runs to its first full stop (through clauses ending with `；`), and
    reads as prose; at most `MAX_POINTS`, each cut at `POINT_MAX` characters. Fewer than two
    points make no list."""
    points: list[str] = []
    current = ""
    for unit in units:
        if unit.after_break and current:
            if _is_point(current, traditional):
                _add_point(points, bounded(current, POINT_MAX))
                if len(points) == MAX_POINTS:
                    break
            current = ""
        unit = tidy(unit)
        if not unit.text or is_boilerplate(unit.text, traditional):
            continue
        if unit.after_break:
            label = SECTION_LABEL.match(unit.text)
            current += unit.text[label.end():] if label and cjk_count(unit.text[label.end():]) >= 4 else unit.text
        elif current and (not current.endswith(SENTENCE_ENDS) or (current.endswith("；") and len(current) < POINT_MAX)):
            current += unit.text
    if current and len(points) < MAX_POINTS and _is_point(current, traditional):
        _add_point(points, bounded(current, POINT_MAX))
    return points if len(points) >= 2 else []


_COPIED_POINT = 20  # characters a point repeats of another at least to be its copy


def _add_point(points: list[str], point: str) -> None:
    """Add `point` unless it repeats one listed: a page that copies the summary's start above it
    (a repost's dek) gives the same point twice, once with a credit glued before it (`中金研究总体
    来看，…` and `总体来看，…`): the copy without the glued words is kept, in the first one's place."""
    for number, other in enumerate(points):
        if len(point) >= _COPIED_POINT and other.endswith(point):
            points[number] = point
            return
        if len(other) >= _COPIED_POINT and point.endswith(other):
            return
    points.append(point)


# A word no sentence opens with, only carries one on (`及产品准入管理规定,…`: the rest of a sentence a
# side column or a line break cut off its start). (Not glyphs that open words too: 并购, 和平, 或将.)
_MID_SENTENCE = re.compile(r"^(?:以及|及(?!时)|并且|而且|且)")


def _is_point(text: str, traditional: bool) -> bool:
    return (text.endswith(SENTENCE_ENDS) and is_prose(Unit(text, True, True), traditional=traditional)
            and not SPACED_DIGITS.search(text) and not _MID_SENTENCE.match(text))


def bounded(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a sentence end, else a clause end."""
    if len(text) <= limit:
        return text
    ends = [m.end() for m in UNIT_END.finditer(text, 0, limit)]
    if ends and ends[-1] >= limit // 3:
        return text[:ends[-1]]
    soft = max(text.rfind(mark, 0, limit - 1) for mark in "，,、：:")
    return (text[:soft] if soft > limit // 3 else text[:limit - 1]) + "…"

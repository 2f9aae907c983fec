"""The columns of a table saved without its header row, named from what they hold.

Some scrapers write their rows and no header (`csv.writer(f).writerow([title, category,
institution, researcher, date, content])`, pandas' `to_csv(header=False)`). A table whose
first row is data, not names, is read when its values say plainly what each column is: a
date in every row, a link, a long text, a report type, a publisher's or people's names;
the title is the first of the longer short texts left. Anything less plain stays unnamed,
and the reader is told which columns were read as what, to confirm or to map in a profile.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from generator.ingest import facts as facts_of
from generator.ingest.records import http_url, parse_date

# A cell that is only a date (`2024-04-22`, `2024/4/22 10:00`, `20240422`), not a title with one.
_DATE_CELL = re.compile(r"\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{8})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*")
_PUBLISHER = re.compile(r"(证券|证券研究所|研究所|研究院|研究中心|资本|国际|控股|期货|基金|银行|咨询|资管|集团|"
                        r"公司|securities|research|capital)$", re.IGNORECASE)
_PERSON = re.compile(r"[\u4e00-\u9fff·]{2,4}")
_PEOPLE_SPLIT = re.compile(r"\s*[,，、;；/]\s*|\s+")
_TYPE_WORDS = re.compile(r"^[\u4e00-\u9fff]{2,4}(研究|研报|报告|点评|纪要|周报|日报|月报)$")
TEXT_LENGTH = 80  # a column this long on average holds a report's text, not a label
MAX_TITLE = 200


def _mean(cells: list[str]) -> float:
    """The mean length of a column's filled cells."""
    filled = [len(c) for c in cells if c]
    return sum(filled) / len(filled) if filled else 0.0


def _share(cells: list[str], test: Callable[[str], bool]) -> float:
    filled = [c for c in cells if c]
    return sum(1 for c in filled if test(c)) / len(filled) if filled else 0.0


def _people(cell: str) -> bool:
    names = [n for n in _PEOPLE_SPLIT.split(cell) if n]
    return bool(names) and all(_PERSON.fullmatch(n) for n in names)


def _kind(cell: str) -> bool:
    return cell.casefold() in facts_of.REPORT_TYPES or bool(_TYPE_WORDS.match(cell))


# What a column holds, tried in this order: a column is named after the first that fits
# (nearly) all its filled cells.
_TESTS = (
    ("date", lambda c: bool(_DATE_CELL.fullmatch(c)) and parse_date(c) is not None),
    ("url", lambda c: http_url(c) is not None),
    ("report_type", _kind),
    ("publisher", lambda c: len(c) <= 20 and bool(_PUBLISHER.search(c))),
    ("analysts", _people),
)
PLAIN = 0.8  # the share of a column's cells that must fit


def name_columns(rows: Sequence[Sequence[object]]) -> list[str] | None:
    """Names for the columns of `rows` (the first rows of a table with no header), or None
    when its first row looks like no data or no column holds a date and one a title."""
    if not rows:
        return None
    width = max(len(r) for r in rows)
    columns = [[facts_of.text_value(r[i]) or "" if i < len(r) else "" for r in rows] for i in range(width)]
    names = [""] * width
    for index, cells in enumerate(columns):
        if not any(cells):
            continue
        if _mean(cells) >= TEXT_LENGTH:
            names[index] = "text"
            continue
        for field, test in _TESTS:
            if field not in names and _share(cells, test) >= PLAIN:
                names[index] = field
                break
    # The first row is data, not a header naming columns no synonym knows: its date is one.
    if "date" not in names or not _TESTS[0][1](columns[names.index("date")][0]):
        return None
    texts = [i for i, n in enumerate(names) if not n and any(columns[i])]
    if not texts:
        return None
    # The title: the first of the longer short texts (a summary may follow it, as short).
    longest = max(_mean(columns[i]) for i in texts)
    title = next(i for i in texts if _mean(columns[i]) >= longest / 2)
    if not 4 <= max(len(c) for c in columns[title]) <= MAX_TITLE:
        return None
    names[title] = "title"
    if "text" not in names:  # a summary as short as a title, but longer on average, after it
        text = next((i for i in texts if i > title and _mean(columns[i]) > _mean(columns[title])), None)
        if text is not None:
            names[text] = "text"
    if names.count("text") > 1:  # the longest is the text; the others stay unnamed
        text = max((i for i, n in enumerate(names) if n == "text"), key=lambda i: _mean(columns[i]))
        names = [n if n != "text" or i == text else "" for i, n in enumerate(names)]
    return names

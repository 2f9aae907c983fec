"""Text dumps of labelled blocks, as a scraper prints a listing it fetched: a numbered
heading per report, then its fields as `label：value` lines (several to a line, two spaces
apart). The labels are the field names every structured format is read by (mapping.py).

    [1] 万泽股份 (000534) - 华创证券
        报告日期：2026-03-12
        评级：增持 (首次)  目标价：--
        标题：万泽股份(000534)深度研究报告：航发与燃机双轮驱动

A heading `security (code) - house` names the covered security and the house. Lines before
the first heading (the dump's own title, its time and count) are no report's.

A dump may also print one record a line, in braces, its fields `; ` apart, each opening with
a field's name, before a colon or glued to its value (a scraper printing its dicts its own way):

    {title行业持续高景气，玻璃龙头未来可期; url:http://pdf.dfcfw.com/pdf/H3_AP2020110814…_1.pdf}

A part opening with no field's name is the rest of the value before it (a title holding `; `).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from generator.ingest.fields import FIELDS, candidates, fold, key_map
from generator.ingest.mapping import read_records
from generator.ingest.records import Notice, Rejected
from generator.model import ListingItem

Yielded = ListingItem | Rejected | Notice
MAX_LINE = 4000  # a longer line is no labelled field's: its text is no label's value
_HEADING = re.compile(r"^\s*[\[【(（]?(\d{1,6})[\]】)）.、]\s*(\S.*?)\s*$")
_FIELD = re.compile(r"^\s*([^\s:：]{1,20})\s*[:：]\s*(.*?)\s*$")
# `万泽股份 (000534) - 华创证券`: the security, its code, the house.
_SECURITY_HOUSE = re.compile(r"^(?P<name>[^()（）]{1,30}?)\s*[(（](?P<code>[0-9A-Za-z.]{1,12})[)）]\s*[-—–]\s*"
                             r"(?P<house>\S.{0,40}?)$")
# A rating with its change in brackets: `增持 (首次)`, `买入（维持）`.
_RATING_CHANGE = re.compile(r"^(?P<rating>[^\s()（）]{1,12})\s*[(（](?P<change>[^()（）]{1,8})[)）]$")


def _fields(line: str) -> Iterator[tuple[str, str]]:
    """The labelled values of a line: `评级：增持 (首次)  目标价：--` gives two."""
    for part in re.split(r"\s{2,}|\t", line.strip()):
        if match := _FIELD.match(part):
            yield match.group(1), match.group(2)


def _record(heading: str, lines: list[str]) -> dict[str, str]:
    record: dict[str, str] = {}
    if match := _SECURITY_HOUSE.match(heading):
        record.update({"证券简称": match["name"].strip(), "证券代码": match["code"],
                       "研究机构": match["house"].strip()})
    else:
        record["heading"] = heading
    for line in lines:
        for label, value in _fields(line):
            record.setdefault(label, value)
    ratings = key_map(tuple(record))["rating"]
    if ratings and (match := _RATING_CHANGE.match(record[ratings[0]])):
        record[ratings[0]] = match["rating"]
        record.setdefault("评级变动", match["change"])
    return record


def blocks(lines: Iterable[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """The dump's records, each with the line of its heading; none when no heading is
    followed by a labelled line."""
    heading: tuple[int, str] | None = None
    body: list[str] = []
    for number, line in enumerate(lines, start=1):
        line = line[:MAX_LINE]
        match = _HEADING.match(line)
        if match and not _FIELD.match(match.group(2)):
            if heading is not None and _labelled(body):
                yield heading[0], _record(heading[1], body)
            heading, body = (number, match.group(2)), []
        elif heading is not None and line.strip():
            body.append(line)
    if heading is not None and _labelled(body):
        yield heading[0], _record(heading[1], body)


def _labelled(body: list[str]) -> bool:
    """Whether a block's lines hold a labelled value: a numbered line over plain text (`0)一` over `一`, a
    list's item over its paragraph) is no record."""
    return any(True for line in body for _ in _fields(line))


_BRACED = re.compile(r"^\s*\{(.*)\}\s*$")
_PARTS = re.compile(r"(\s*;\s*)")
_LABELLED = re.compile(r"^([^\s:：=]{1,20})\s*[:：=]\s*(.*)$", re.S)


def _field_name(text: str) -> bool:
    return any(candidates(field, (text,)) for field in FIELDS)


def _named(part: str) -> tuple[str, str] | None:
    """A part's field name and value: `url:http://…`, `title: …`, or a name glued to its value
    (`title行业…`, the longest field name it opens with); None when it opens with none."""
    if (match := _LABELLED.match(part)) and _field_name(match.group(1)):
        return match.group(1), match.group(2).strip()
    for end in range(min(20, len(part) - 1), 1, -1):
        if fold(part[:end]) and _field_name(part[:end]):
            return part[:end], part[end:].strip()
    return None


def braced_lines(lines: Iterable[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """The records of a dump printed one braced record a line, each with its line; none when
    its lines are not mostly such records (each opening with a field's name)."""
    found: list[tuple[int, dict[str, str]]] = []
    other = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        match = _BRACED.match(line[:MAX_LINE])
        first = _named(_PARTS.split(match.group(1).strip(), 1)[0]) if match else None
        if first is None:
            other += 1
            continue
        record: dict[str, str] = {}
        last = ""
        pieces = _PARTS.split(match.group(1).strip())
        for part, apart in zip(pieces[::2], ["", *pieces[1::2]], strict=True):
            named = _named(part)
            if named and named[0] not in record:
                last = named[0]
                record[last] = named[1]
            elif last:
                record[last] = f"{record[last]}{apart}{part}"  # a value holding the separator
        found.append((number, record))
    if len(found) > other * 4:
        yield from found


def parse(lines: Iterable[str], file: str) -> Iterator[Yielded]:
    """The items of a dump of labelled blocks, or of braced records a line; nothing when it
    holds neither."""
    lines = list(lines)
    found = list(blocks(lines)) or list(braced_lines(lines))
    if found:
        yield from read_records(iter(found), file, [], "text dump")

"""Text dumps of labelled blocks, as a scraper prints a listing it fetched: a numbered
heading per report, then its fields as `label：value` lines (several to a line, two spaces
apart). The labels are the field names every structured format is read by (mapping.py).

    [1] 万泽股份 (000534) - 华创证券
        报告日期：2026-03-12
        评级：增持 (首次)  目标价：--
        标题：万泽股份(000534)深度研究报告：航发与燃机双轮驱动

A heading `security (code) - house` names the covered security and the house. Lines before
the first heading (the dump's own title, its time and count) are no report's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from generator.ingest.fields import key_map
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
            if heading is not None and body:
                yield heading[0], _record(heading[1], body)
            heading, body = (number, match.group(2)), []
        elif heading is not None and line.strip():
            body.append(line)
    if heading is not None and body:
        yield heading[0], _record(heading[1], body)


def parse(lines: Iterable[str], file: str) -> Iterator[Yielded]:
    """The items of a dump of labelled blocks; nothing when it holds none."""
    found = list(blocks(lines))
    if found:
        yield from read_records(iter(found), file, [], "text dump")

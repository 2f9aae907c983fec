"""Text dumps of a report-site listing page: a bullet title, a preview, a meta line.

    • 平安银行:平安私人银行2023年第四季度投资策略报告(52页).pdf
        正使尽情寒至骨,不妨桃李用年华 三季度以来……
        浏览量20人已浏览 发布时间2023-10-12 52页 推荐指数…5星级

Page furniture before the first bullet and after the last meta line is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from generator.ingest.bounded import head_and_tail
from generator.ingest.records import MAX_PAGES, Rejected, parse_count
from generator.model import ListingItem

_BULLET = re.compile(r"^\s*[•·●▪◦]\s*(?P<title>.*?)\s*$")
# `浏览量20人已浏览 发布时间2023-10-12 52页`; also `浏览量1.2万人已浏览`, `发布时间：2023/10/12`.
_META = re.compile(
    r"浏览量\s*[:：]?\s*(?P<views>\d+(?:\.\d+)?)\s*(?P<unit>[万千kK])?\s*人?\s*已?浏览\s*发布时间\s*[:：]?\s*"
    r"(?P<date>\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})(?:\s*(?P<pages>\d+)\s*页)?"
)
_LOOSE_META = re.compile(r"浏览量|发布时间|人已浏览")
@dataclass
class _Pending:
    line: int
    title: str
    preview: list[str] = field(default_factory=list)


def parse(text: str, file: str) -> Iterator[ListingItem | Rejected]:
    """Yield every item of the dump in order, or a Rejected naming its line and fault."""
    pending: _Pending | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        bullet = _BULLET.match(line)
        if bullet:
            if pending:
                yield Rejected(pending.line, _missing_meta(pending))
            pending = _Pending(number, bullet.group("title"))
            continue
        if pending is None:
            continue
        # Either meta pattern needs one of these words; preview lines, however long, rarely hold one.
        maybe_meta = "浏览" in line or "发布时间" in line
        meta = _META.search(line) if maybe_meta else None
        if meta:
            yield _finish(pending, meta, number, file)
            pending = None
        elif maybe_meta and _LOOSE_META.search(line):
            yield Rejected(
                pending.line,
                f"meta line {number} is malformed: expected "
                f"'浏览量N人已浏览 发布时间YYYY-MM-DD', found {line.strip()[:80]!r}",
            )
            pending = None
        elif line.strip():
            pending.preview.append(line.strip())
    if pending:
        yield Rejected(pending.line, _missing_meta(pending) + " (the file ends mid-item)")


def _missing_meta(pending: _Pending) -> str:
    return (
        f"item {pending.title[:60]!r} has no meta line "
        "('浏览量N人已浏览 发布时间YYYY-MM-DD'); it is skipped"
    )


def _finish(pending: _Pending, meta: re.Match[str], meta_line: int, file: str) -> ListingItem | Rejected:
    if not pending.title:
        return Rejected(pending.line, "item has an empty title")
    try:
        year, month, day = (int(part) for part in re.split(r"\s*[-/.]\s*", meta.group("date")))
        published = date(year, month, day)
    except ValueError:
        return Rejected(meta_line, f"impossible publish date {meta.group('date')!r}")
    if not 1990 <= published.year <= 2100:
        return Rejected(meta_line, f"implausible publish date {published.isoformat()}")
    digits = meta.group("views")
    views = parse_count(digits + (meta.group("unit") or "")) if len(digits) <= 12 else None
    if views is None:
        return Rejected(meta_line, f"absurd view count {digits[:20]}{'…' if len(digits) > 20 else ''}")
    pages = int(meta.group("pages")) if meta.group("pages") and len(meta.group("pages")) <= 6 else None
    if pages is not None and not 0 < pages <= MAX_PAGES:
        pages = None
    head, tail, length = head_and_tail("\n".join(pending.preview))
    return ListingItem(
        file=file,
        line=pending.line,
        title=pending.title,
        head=head,
        tail=tail,
        text_length=length,
        date=published,
        views=views,
        pages=pages,
    )

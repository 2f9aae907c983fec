"""Text dumps of a report-site listing page: a bullet title, a preview, a meta line.

    • 平安银行:平安私人银行2023年第四季度投资策略报告(52页).pdf
        正使尽情寒至骨,不妨桃李用年华 三季度以来……
        浏览量20人已浏览 发布时间2023-10-12 52页 推荐指数…5星级

Page furniture before the first bullet and after the last meta line is ignored.

Most of a big dump is extracted PDF text in a few very long preview lines, of which only a
head and a tail are kept. Invisible characters are removed line by line. A very long line is
a title when a bullet opens it, may be a meta line when a meta word sits at either end, and
is otherwise preview text, cleaned only at its two ends: its middle is never read.
"""

from __future__ import annotations

import codecs
import itertools
import mmap
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from generator.ingest.bounded import HEAD_CHARS, TAIL_CHARS, head_and_tail
from generator.ingest.records import MAX_PAGES, Notice, Rejected, parse_count
from generator.model import ListingItem
from generator.normalize import strip_invisible

_BULLETS = "•·●▪◦"
_BULLET = re.compile(rf"^\s*[{_BULLETS}]\s*(?P<title>.*?)\s*$")
# `浏览量20人已浏览 发布时间2023-10-12 52页`; also `浏览量1.2万人已浏览`, `发布时间：2023/10/12`.
_META = re.compile(
    r"浏览量\s*[:：]?\s*(?P<views>\d+(?:\.\d+)?)\s*(?P<unit>[万千kK])?\s*人?\s*已?浏览\s*发布时间\s*[:：]?\s*"
    r"(?P<date>\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})(?:\s*(?P<pages>\d+)\s*页)?"
)
_LOOSE_META = re.compile(r"浏览量|发布时间|人已浏览")
_DATE_PARTS = re.compile(r"\s*[-/.]\s*")
# Every meta line, well formed or not, holds one of these as written (`浏` stands alone: an
# invisible character may sit inside `浏览`).
_META_WORDS = ("浏", "发布时间")
# A line longer than this is preview text when no bullet opens it and no meta word sits in
# its first or last `_EDGE` characters; it is cleaned only that far in from either end.
# Both ends then hold more than the item's head or tail needs, or the whole line is
# cleaned after all.
_LONG = 24 * 1024
_EDGE = 8 * 1024


class _LongLine(NamedTuple):
    """The cleaned ends of a long preview line, longer than HEAD_CHARS and TAIL_CHARS."""

    head: str
    tail: str


@dataclass
class _Pending:
    line: int
    title: str
    preview: list[str | _LongLine] = field(default_factory=list)


def _ends(head: str, tail: str) -> _LongLine | str | None:
    """For a long line, from its first and last `_EDGE` characters: its cleaned ends; "" when
    it is preview text whose ends hold too little (invisible characters or spaces fill one),
    to be cleaned whole; None when it may be a title or a meta line."""
    if any(word in head or word in tail for word in _META_WORDS):
        return None
    head = strip_invisible(head).lstrip()
    if not head or head[0] in _BULLETS:
        return None
    tail = strip_invisible(tail).rstrip()
    return _LongLine(head, tail) if len(head) > HEAD_CHARS and len(tail) > TAIL_CHARS else ""


def _long_preview(line: str) -> str | _LongLine | None:
    """What the preview keeps of `line` when it is a long preview line (its cleaned ends, or
    all of it cleaned); None when the line may be anything else."""
    if len(line) <= _LONG:
        return None
    ends = _ends(line[:_EDGE], line[-_EDGE:])
    return strip_invisible(line).strip() if ends == "" else ends


# A UTF-8 line of more bytes than this has more than `_LONG` characters (at most four bytes
# each), and its first and last `_EDGE_BYTES` bytes hold its first and last `_EDGE` characters.
_LONG_BYTES = 4 * _LONG
_EDGE_BYTES = 4 * _EDGE
_CONTINUATION = bytes(range(0x80, 0xC0))


def _decode_long(data: bytes, start: int, end: int) -> str | _LongLine:
    """The line `data[start:end]`, of over `_LONG_BYTES` bytes: the ends `_long_preview`
    keeps of a long preview line, decoded from the line's two ends alone; any other line
    decoded whole."""
    head, _ = codecs.utf_8_decode(data[start:start + _EDGE_BYTES], "strict", False)  # a cut character waits
    tail = data[end - _EDGE_BYTES:end].lstrip(_CONTINUATION).decode("utf-8")  # from the first whole character
    ends = _ends(head[:_EDGE], tail[-_EDGE:])
    return ends if isinstance(ends, _LongLine) else data[start:end].decode("utf-8")


def utf8_lines(data: bytes) -> list[str | _LongLine] | None:
    """The dump's lines for `parse_lines`, long preview lines already cut to their ends: most
    of a big dump's bytes sit in the middles of those lines and are never decoded (nor
    copied), so an undecodable byte there goes unnoticed. None unless the file is UTF-8 (with
    or without a byte-order mark) with `\n` or `\r\n` line ends; `decode` then reads it whole."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data:
        return None  # UTF-16 and UTF-32 hold NUL bytes; a binary file is refused by `decode`
    crlf = b"\r" in data
    if crlf and data.count(b"\r") != data.count(b"\r\n"):
        return None
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    lines: list[str | _LongLine] = []
    try:
        while start <= len(data):
            end = data.find(b"\n", start)
            if end < 0:
                end = len(data)
            stop = end - 1 if crlf and end > start and data[end - 1] == 0x0D else end
            if stop - start > _LONG_BYTES:
                lines.append(_decode_long(data, start, stop))
            else:
                lines.append(data[start:stop].decode("utf-8"))
            start = end + 1
    except UnicodeDecodeError:
        return None
    return lines


def _opens_with_bullet(data: bytes | mmap.mmap, start: int, end: int) -> bool:
    """Whether the line `data[start:end]` is a title line for `parse_lines`: its first
    character that is neither invisible nor a space is a bullet. Most lines tell by their
    first byte (ASCII, or a CJK ideograph); the rest by decoding as little as will do."""
    first = data[start:min(end, start + 8)].lstrip(b" \t\r")
    if not first:
        if end - start <= 8:
            return False  # an empty line
    elif 0x21 <= first[0] <= 0x7E or 0xE4 <= first[0] <= 0xE9:
        return False
    for length in (256, end - start):
        text, _ = codecs.utf_8_decode(data[start:min(end, start + length)], "strict", False)
        text = strip_invisible(text).lstrip()
        if text:
            return text[0] in _BULLETS
    return False


def part_cuts(data: bytes | mmap.mmap, count: int) -> list[tuple[int, int]] | None:
    """The dump cut into about `count` parts of about equal size, as (first byte, end byte):
    each but the first opens with a title line, where `parse_lines` keeps nothing from the
    line before, so the parts read one after another (each with `utf8_lines` of its bytes,
    its lines numbered from 1 on) read as the whole. Only the bytes near each cut are read;
    whether the dump can be read from its bytes at all, each part tells (`utf8_lines`).
    None when a cut would fall on bytes that are not UTF-8."""
    cuts = [0]
    for nominal in range(1, count):
        start = max(cuts[-1] + 1, len(data) * nominal // count)
        start = data.find(b"\n", start - 1) + 1 if start > 0 else 0
        try:
            while 0 < start < len(data):
                end = data.find(b"\n", start)
                end = len(data) if end < 0 else end
                if _opens_with_bullet(data, start, end):
                    cuts.append(start)
                    break
                start = end + 1
        except UnicodeDecodeError:
            return None
    cuts.append(len(data))
    return [(begin, end) for begin, end in itertools.pairwise(cuts) if begin < end]


def parse(text: str, file: str) -> Iterator[ListingItem | Rejected]:
    """Yield every item of the dump in order, or a Rejected naming its line and fault."""
    return parse_lines(text.split("\n"), file)


def parse_lines(lines: list[str | _LongLine], file: str, ends_file: bool = True) -> Iterator[ListingItem | Rejected]:
    """`parse` of the dump's lines, of which long preview lines may be cut to their ends
    already (see `utf8_lines`); the lines may be a part of the dump (see `part_cuts`), which
    `ends_file` or not."""
    pending: _Pending | None = None
    bulleted = False
    for number, line in enumerate(lines, start=1):
        kept = line if isinstance(line, _LongLine) else _long_preview(line)
        if kept is not None:
            if pending is not None:
                pending.preview.append(kept)
            continue
        line = strip_invisible(line)
        bullet = _BULLET.match(line)
        if bullet:
            bulleted = True
            if pending:
                yield Rejected(pending.line, MISSING_META, {"title": pending.title[:60]})
            pending = _Pending(number, bullet.group("title"))
            continue
        if pending is None:
            continue
        # Either meta pattern needs one of these words; preview lines, however long, rarely hold one.
        maybe_meta = "浏览" in line or "发布时间" in line
        meta = _META.search(line) if maybe_meta else None
        if meta:
            yield from _finish(pending, meta, number, file)
            pending = None
        elif maybe_meta and _LOOSE_META.search(line):
            yield Rejected(pending.line, "its meta line, {below} line(s) below, is malformed: expected "
                           "'浏览量N人已浏览 发布时间YYYY-MM-DD', found {found!r}",
                           {"below": number - pending.line, "found": line.strip()[:80]})
            pending = None
        elif stripped := line.strip():
            pending.preview.append(stripped)
    if pending:
        yield Rejected(pending.line, MISSING_META + (" (the file ends mid-item)" if ends_file else ""),
                       {"title": pending.title[:60]})
    if not bulleted:  # no report site's dump: perhaps a scraper's labelled blocks (blocks.py)
        from generator.ingest import blocks  # (here: a report site's dump need not load the record mapping)

        yield from blocks.parse((strip_invisible(line) for line in lines if isinstance(line, str)), file)


MISSING_META = "item {title!r} has no meta line ('浏览量N人已浏览 发布时间YYYY-MM-DD'); it is skipped"


def _finish(pending: _Pending, meta: re.Match[str], meta_line: int,
            file: str) -> Iterator[ListingItem | Rejected | Notice]:
    """The item, or why it is rejected (naming its title); a view count out of range is a
    warning and an unknown count, never the loss of the item."""
    if not pending.title:
        yield Rejected(pending.line, "item has an empty title")
        return
    try:
        year, month, day = (int(part) for part in _DATE_PARTS.split(meta.group("date")))
        published = date(year, month, day)
    except ValueError:
        yield Rejected(meta_line, "item {title!r}: impossible publish date {date!r}",
                       {"title": pending.title[:60], "date": meta.group("date")})
        return
    if not 1990 <= published.year <= 2100:
        yield Rejected(meta_line, "item {title!r}: implausible publish date {date}",
                       {"title": pending.title[:60], "date": published.isoformat()})
        return
    digits = meta.group("views")
    views = parse_count(digits + (meta.group("unit") or "")) if len(digits) <= 12 else None
    if views is None:
        shown = digits[:20] + ("…" if len(digits) > 20 else "")
        yield Notice(meta_line, "item {title!r}: absurd view count {digits}; kept with its view count unknown",
                     {"title": pending.title[:60], "digits": shown})
    pages = int(meta.group("pages")) if meta.group("pages") and len(meta.group("pages")) <= 6 else None
    if pages is not None and not 0 < pages <= MAX_PAGES:
        pages = None
    head, tail = _head_and_tail(pending.preview)
    yield ListingItem(
        file=file,
        line=pending.line,
        title=pending.title,
        head=head,
        tail=tail,
        date=published,
        views=views,
        pages=pages,
    )


def _head_and_tail(preview: list[str | _LongLine]) -> tuple[str, str]:
    """`head_and_tail` of the preview lines joined: a long line's ends alone hold more than
    the head and tail, so the text before the first and after the last is all that counts."""
    longs = [n for n, line in enumerate(preview) if isinstance(line, _LongLine)]
    if not longs:
        return head_and_tail("\n".join(preview))  # type: ignore[arg-type]
    first, last = preview[longs[0]], preview[longs[-1]]
    assert isinstance(first, _LongLine) and isinstance(last, _LongLine)
    before = [line for line in preview[: longs[0]] if isinstance(line, str)]
    after = [line for line in preview[longs[-1] + 1:] if isinstance(line, str)]
    return "\n".join([*before, first.head])[:HEAD_CHARS], "\n".join([last.tail, *after])[-TAIL_CHARS:]

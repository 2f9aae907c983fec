"""Small charts drawn at build time as inline SVG: no chart library in the browser.

Bars use `currentColor`, so they follow the text colour in light and dark mode; every chart
carries a <title> and <desc> for screen readers, and the numbers stay in the page as text.
A chart is drawn only when it has something to say (two bars of one report each say nothing
a sentence does not), and its labels are placed so that none overlaps another.
"""

from __future__ import annotations

import zlib
from html import escape

from markupsafe import Markup

MIN_MONTHS, MIN_MONTH_REPORTS = 3, 10  # a monthly series shorter or thinner than this is not drawn
MIN_SHARES, MIN_SHARE_REPORTS = 2, 5  # nor a mix of fewer parts or reports, or of one report each
WIDTH = 480  # viewBox units; the page scales the chart to its column, about 1:1 on a desktop
FONT = 14  # label size in viewBox units: about 10 px on a phone, 14 px on a desktop
CHAR = {True: FONT, False: FONT * 0.6}  # the advance of a CJK character, and of a digit or dash


def _text_width(text: str) -> float:
    return sum(CHAR[ord(c) > 0x2E80] for c in text)


def month_bars(series: list[tuple[str, int]], title: str) -> Markup:
    """Vertical bars, one per month; the first month, each January and the last are labelled
    where there is room, and with a dozen months or fewer each bar carries its count."""
    total = sum(count for _, count in series)
    if len(series) < MIN_MONTHS or total < MIN_MONTH_REPORTS:
        return Markup("")
    height, axis, top = 150, FONT + 8, FONT + 6
    gap = 2 if len(series) > 24 else 6
    bar = (WIDTH - gap * (len(series) - 1)) / len(series)
    peak = max(count for _, count in series) or 1
    counts_shown = len(series) <= 12 and bar >= _text_width(str(peak)) + 2
    parts, label_end = [], -WIDTH
    for index, (month, count) in enumerate(series):
        x = index * (bar + gap)
        h = round(count / peak * (height - axis - top), 1)
        y = height - axis - h
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h}">'
                     f"<title>{month}：{count} 篇</title></rect>")
        if counts_shown and count:
            parts.append(f'<text class="value" x="{x + bar / 2:.1f}" y="{y - 4:.1f}" '
                         f'text-anchor="middle">{count}</text>')
        label = _month_label(series, index)
        if label:
            width = _text_width(label)
            start = min(max(x + bar / 2 - width / 2, 0), WIDTH - width)
            if start >= label_end + FONT / 2:  # a label that would touch the one before is left out
                parts.append(f'<text x="{start:.1f}" y="{height - 4}">{label}</text>')
                label_end = start + width
    desc = f"{series[0][0]} 至 {series[-1][0]}，共 {total} 篇，单月最多 {peak} 篇。"
    return _svg("chart", height, title, desc, parts)


def _month_label(series: list[tuple[str, int]], index: int) -> str | None:
    """2023年10月 for the first and last month and 2024年 for each January; with a year or
    less, every month (11月)."""
    month = series[index][0]
    year, number = month[:4], int(month[5:])
    if index in (0, len(series) - 1):
        return f"{year}年{number}月"
    if len(series) <= 12:
        return f"{year}年1月" if number == 1 else f"{number}月"
    return f"{year}年" if number == 1 else None


def share_bars(items: list[tuple[str, int]], title: str) -> Markup:
    """Horizontal bars for a mix (topics of a publisher, publishers of a topic), largest
    first as `profile` orders them."""
    if len(items) < MIN_SHARES or sum(count for _, count in items) < MIN_SHARE_REPORTS or items[0][1] < 2:
        return Markup("")
    row, label = FONT + 12, FONT * 9 + 8
    peak = max(count for _, count in items) or 1
    room = WIDTH - label - _text_width(str(peak)) - 8
    parts = []
    for index, (name, count) in enumerate(items):
        y = index * row
        w = round(count / peak * room, 1)
        shown = name if _text_width(name) <= label - 8 else name[:8] + "…"
        parts.append(f'<text x="0" y="{y + FONT + 2}">{escape(shown, quote=False)}</text>'
                     f'<rect x="{label}" y="{y + 5}" width="{w}" height="{FONT}"><title>{escape(name, quote=False)}：'
                     f"{count} 篇</title></rect>"
                     f'<text class="value" x="{label + w + 6}" y="{y + FONT + 2}">{count}</text>')
    desc = "；".join(f"{name} {count} 篇" for name, count in items)
    return _svg("chart share", row * len(items), title, desc, parts)


def _svg(kind: str, height: int, title: str, desc: str, parts: list[str]) -> Markup:
    ident = _chart_id(title)
    return Markup(f'<svg class="{kind}" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="{ident}">'
                  f'<title id="{ident}">{escape(title, quote=False)}</title>'
                  f'<desc>{escape(desc, quote=False)}</desc>{"".join(parts)}</svg>')


def _chart_id(title: str) -> str:
    """A stable element id from the title (Python's hash() changes between runs)."""
    return f"chart-{zlib.crc32(title.encode('utf-8')):08x}"

"""Small charts drawn at build time as inline SVG: no chart library in the browser.

Bars use `currentColor`, so they follow the text colour in light and dark mode; every chart
carries a <title> and <desc> for screen readers, and the numbers stay in the page as text.
"""

from __future__ import annotations

import zlib
from html import escape

from markupsafe import Markup


def month_bars(series: list[tuple[str, int]], title: str) -> Markup:
    """Vertical bars, one per month, labelled with the first month of each year."""
    if not series:
        return Markup("")
    width, height, gap = 640, 120, 2
    peak = max(count for _, count in series) or 1
    bar = min(24.0, max(2.0, (width - gap * len(series)) / len(series)))
    parts = []
    for index, (month, count) in enumerate(series):
        x = index * (bar + gap)
        h = round(count / peak * (height - 24), 1)
        parts.append(f'<rect x="{x:.1f}" y="{height - 16 - h:.1f}" width="{bar:.1f}" height="{h}">'
                     f"<title>{month}：{count} 篇</title></rect>")
        if index == 0 or month.endswith("-01"):
            parts.append(f'<text x="{x:.1f}" y="{height - 2}">{month}</text>')
    total = sum(count for _, count in series)
    desc = f"{series[0][0]} 至 {series[-1][0]}，共 {total} 篇，单月最多 {peak} 篇。"
    ident = _chart_id(title)
    return Markup(f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{ident}">'
                  f'<title id="{ident}">{escape(title, quote=False)}</title>'
                  f'<desc>{escape(desc, quote=False)}</desc>{"".join(parts)}</svg>')


def share_bars(items: list[tuple[str, int]], title: str) -> Markup:
    """Horizontal bars for a mix (topics of a publisher, publishers of a topic)."""
    if not items:
        return Markup("")
    row, width, label = 22, 480, 170
    peak = max(count for _, count in items) or 1
    parts = []
    for index, (name, count) in enumerate(items):
        y = index * row
        w = round(count / peak * (width - label - 40), 1)
        parts.append(f'<text x="0" y="{y + 15}">{escape(name[:12], quote=False)}</text>'
                     f'<rect x="{label}" y="{y + 4}" width="{w}" height="14"></rect>'
                     f'<text x="{label + w + 6}" y="{y + 15}">{count}</text>')
    desc = "；".join(f"{name} {count} 篇" for name, count in items)
    ident = _chart_id(title)
    return Markup(f'<svg class="chart share" viewBox="0 0 {width} {row * len(items)}" role="img" '
                  f'aria-labelledby="{ident}"><title id="{ident}">{escape(title, quote=False)}</title>'
                  f'<desc>{escape(desc, quote=False)}</desc>{"".join(parts)}</svg>')


def _chart_id(title: str) -> str:
    """A stable element id from the title (Python's hash() changes between runs)."""
    return f"chart-{zlib.crc32(title.encode('utf-8')):08x}"

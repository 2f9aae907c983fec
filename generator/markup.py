"""Markdown from editors, made into HTML that cannot carry anything the editor did not mean.

Markdown allows raw HTML, so everything it produces goes through nh3 (the Ammonia
sanitiser) with an allow-list: ordinary prose, links, lists, tables, quotes and code stay;
scripts, event handlers, frames, forms and `javascript:`/`data:` URLs do not.

A line break inside a paragraph is a space in HTML: between two Chinese characters it shows
as a gap no Chinese writer meant ("提升， 银保渠道"), so there it is taken out.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import nh3

if TYPE_CHECKING:
    import markdown

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "li", "ol", "p", "pre", "strong", "sub", "sup", "table", "tbody", "td", "th",
    "thead", "tr", "ul", "s", "mark", "small", "span", "dl", "dt", "dd",
}
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# A line break with a Chinese character on both sides, inline tags (`**粗体**`) between allowed.
_INLINE = "(?:a|abbr|b|code|del|em|i|mark|s|small|span|strong|sub|sup)"
_SOFT_BREAK = re.compile(rf"(?<=[{_CJK}])((?:</{_INLINE}>)*)[ \t]*\n[ \t]*(?=(?:<{_INLINE}[\s>][^>]*>?)*[{_CJK}])")
_PRE = re.compile(r"(<pre[\s>].*?</pre>)", re.S)
_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"align"}, "th": {"align"}}


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    """One converter, reset between documents: building one costs more than converting a
    note. Made on first use: a build whose notes all come from the cache never needs it."""
    import markdown

    return markdown.Markdown(extensions=["tables", "fenced_code", "sane_lists"], output_format="html")


def join_cjk_lines(html: str) -> str:
    """`html` with the line breaks between Chinese characters taken out, outside <pre>."""
    parts = _PRE.split(html)
    parts[::2] = [_SOFT_BREAK.sub(r"\1", part) for part in parts[::2]]
    return "".join(parts)


MAX_NESTING = 16  # quotes within quotes, lists within lists
_DEEP_QUOTE = re.compile(rf"^(?:[ \t]*>){{{MAX_NESTING + 1},}}")
_INDENT = re.compile(r"^[ \t]+")


def flatten_nesting(text: str) -> tuple[str, int | None]:
    """`text` with quotes and indentation nested deeper than MAX_NESTING levels brought up to
    that depth (Markdown's parser recurses per level: thousands of `>` take minutes, then
    exhaust the stack), and the 1-based number of the first line changed, if any."""
    first = None
    lines = text.split("\n")
    for number, line in enumerate(lines):
        changed = line
        if quotes := _DEEP_QUOTE.match(changed):
            changed = ">" * MAX_NESTING + " " + changed[quotes.end():].lstrip()
        if (indent := _INDENT.match(changed)) and len(indent[0].expandtabs(4)) > 4 * MAX_NESTING:
            changed = " " * 4 * MAX_NESTING + changed[indent.end():]
        if changed != line:
            lines[number] = changed
            first = number + 1 if first is None else first
    return ("\n".join(lines), first) if first else (text, None)


# Markdown's inline parser costs the square of what one paragraph holds: each link, tag or
# entity it finds re-joins the paragraph, and each `[` looks for its match from there (8,000 `[`
# took 16 s, 50,000 hours). A paragraph past these bounds is shown as plain text.
MAX_PARAGRAPH = 10_000  # characters (a note's paragraph holds a few hundred)
MAX_BRACKETS = 300  # `[` in one paragraph (a link takes one)


def plain_paragraphs(text: str) -> tuple[str, int | None]:
    """`text` with each paragraph longer than MAX_PARAGRAPH characters, or holding more than
    MAX_BRACKETS `[`, made an HTML paragraph of its text, escaped (Markdown leaves raw HTML
    blocks alone), and the 1-based number of the first line changed, if any."""
    if len(text) <= MAX_PARAGRAPH and text.count("[") <= MAX_BRACKETS:
        return text, None
    lines = text.split("\n")
    first = None
    start = 0
    for end in [*(i for i, line in enumerate(lines) if not line.strip()), len(lines)]:
        block = lines[start:end]
        brackets = sum(line.count("[") for line in block)
        if sum(len(line) + 1 for line in block) > MAX_PARAGRAPH or brackets > MAX_BRACKETS:
            lines[start:end] = ["<p>" + html.escape("\n".join(block), quote=False) + "</p>"] + [""] * (len(block) - 1)
            first = start + 1 if first is None else first
        start = end + 1
    return ("\n".join(lines), first) if first else (text, None)


def render_markdown(text: str) -> str:
    html = join_cjk_lines(_converter().reset().convert(plain_paragraphs(flatten_nesting(text)[0])[0]))
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener nofollow",
    ).strip()

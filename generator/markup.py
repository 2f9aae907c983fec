"""Markdown from editors, made into HTML that cannot carry anything the editor did not mean.

Markdown allows raw HTML, so everything it produces goes through nh3 (the Ammonia
sanitiser) with an allow-list: ordinary prose, links, lists, tables, quotes and code stay;
scripts, event handlers, frames, forms and `javascript:`/`data:` URLs do not.
"""

from __future__ import annotations

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
_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"align"}, "th": {"align"}}


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    """One converter, reset between documents: building one costs more than converting a
    note. Made on first use: a build whose notes all come from the cache never needs it."""
    import markdown

    return markdown.Markdown(extensions=["tables", "fenced_code", "sane_lists"], output_format="html")


def render_markdown(text: str) -> str:
    html = _converter().reset().convert(text)
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener nofollow",
    ).strip()

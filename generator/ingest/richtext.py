"""Text fields that hold HTML (abstracts scraped with their markup) as clean text.

Scrapers often keep an abstract's markup: paragraphs, hidden watermark spans meant to trace
copies, scripts. The reader wants the visible words with their paragraphs; the credit
lines (`来源：X`, `作者：…`, `分析师：…`) are evidence of publisher and analysts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # bs4 is imported where markup is parsed: most text holds none
    from bs4 import Tag

# Markup worth parsing: a tag or an entity. Plain text (most previews) is left alone.
_MARKUP = re.compile(r"<(?:[a-zA-Z][\w:-]*|/[a-zA-Z][\w:-]*\s*|!--)[^<>]*>|&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
# Hidden by style: not displayed, invisible, of no size, or white on the white page (a
# common watermark trick).
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])"
                           r"|opacity\s*:\s*0(?![.\d])|(?<![-\w])color\s*:\s*(?:#fff(?:fff)?\b|white\b|transparent\b)",
                           re.IGNORECASE)
_WHITE = re.compile(r"^\s*(?:#fff(?:fff)?|white)\s*$", re.IGNORECASE)
# Classes that hide (exactly these names: `hidden-xs` hides on phones only) or mark a watermark.
_HIDDEN_CLASS = re.compile(r"^(?:hidden|hide|d-none|invisible|is-hidden)$|watermark|shuiyin", re.IGNORECASE)
_NEVER_TEXT = ("script", "style", "noscript", "template", "head", "iframe", "object", "svg", "canvas")
_BLOCKS = ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
           "table", "ul", "ol", "dd", "dt", "pre", "header", "footer")
# A credit line: its label, then the names (up to the end of the line or the next label). A contact
# (`联系人:`) ends the names before it but is no author, as on a report's cover (enrich/analysts.py).
_CREDIT = re.compile(r"(来源|出处|发布机构|研究机构|作者|分析师|研究员)\s*[:：]\s*([^\n:：]{1,80}?)"
                     r"(?=\s+(?:来源|出处|发布机构|研究机构|作者|分析师|研究员|联系人|撰写日期|日期|证书编号)\s*[:：]|\n|$)")
_PUBLISHER_LABELS = ("来源", "出处", "发布机构", "研究机构")
_NAME_SPLIT = re.compile(r"[,，、;；/|\s]+")
MAX_NAME = 20


@dataclass
class RichText:
    text: str
    publisher: str | None = None
    analysts: list[str] = field(default_factory=list)


def looks_like_html(text: str) -> bool:
    return bool(_MARKUP.search(text[:20000]))


def _hidden(tag: Tag) -> bool:
    attrs = tag.attrs or {}
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if _HIDDEN_STYLE.search(str(attrs.get("style", ""))) or _WHITE.match(str(attrs.get("color", ""))):
        return True
    classes = attrs.get("class") or []
    return any(_HIDDEN_CLASS.search(c) for c in (classes if isinstance(classes, list) else [classes]))


def visible_text(element: Tag) -> str:
    """The text of a parsed element as a reader sees it (hidden descendants, scripts and
    styles left out), its pieces joined by spaces."""
    parts = []
    for piece in element.find_all(string=True):
        if type(piece).__name__ != "NavigableString":  # comments, CDATA, doctype
            continue
        parent = piece.parent
        while parent is not None and parent is not element:
            if parent.name in _NEVER_TEXT or _hidden(parent):
                break
            parent = parent.parent
        else:
            if not (element.name in _NEVER_TEXT or _hidden(element)):
                parts.append(piece.strip())
    return " ".join(p for p in parts if p)


def html_to_text(markup: str) -> str:
    """The visible text of an HTML fragment, a paragraph a line."""
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(markup, "html.parser")
    for element in soup.find_all(_NEVER_TEXT):
        element.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for element in soup.find_all(_hidden):
        element.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    text = soup.get_text()
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def credits(text: str) -> tuple[str | None, list[str]]:
    """The publisher and analysts named in credit lines of `text`, if any."""
    publisher: str | None = None
    analysts: list[str] = []
    for label, value in _CREDIT.findall(text[:20000]):
        value = value.strip(" 。.;；,，")
        if label in _PUBLISHER_LABELS:
            publisher = publisher or (value if 0 < len(value) <= MAX_NAME * 2 else None)
        else:
            analysts += [n for n in _NAME_SPLIT.split(value) if 0 < len(n) <= MAX_NAME and n not in analysts]
    return publisher, analysts


def clean_text(value: str) -> RichText:
    """`value` as plain text (its HTML rendered as a reader sees it), with its credit lines."""
    text = html_to_text(value) if looks_like_html(value) else value
    publisher, analysts = credits(text)
    return RichText(text, publisher, analysts)

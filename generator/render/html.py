"""HTML pages from Jinja2 templates, with autoescaping on for every template.

Rendering is most of a build, so what many pages share is rendered once: the masthead and
colophon once per build, each report's list entry once per process however many pages
show it. Links are filters (`'feeds/' | url`): Jinja calls filters directly, globals through a
slower dispatch, and a page holds dozens of links.
"""

from __future__ import annotations

import html as htmllib
import re
from datetime import date
from pathlib import Path
from typing import Any
from unicodedata import east_asian_width

from jinja2 import BytecodeCache, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.ext import Extension
from markupsafe import Markup, escape

from generator.config import SiteConfig
from generator.model import CURRENCY_NAMES, Report, Source
from generator.render.charts import month_bars, share_bars
from generator.render.typography import day, punctuated, tight
from generator.render.urls import Urls


def _teaser(text: str, length: int) -> str:
    """The start of an excerpt for lists and meta tags: full excerpts on every list page
    would multiply the site's size by the number of lists each report is on. Spaces beside
    full-width punctuation (paragraph breaks run together by `striptags`) are dropped.
    `length` is in Chinese characters; a Latin letter, digit or space takes half the room, as
    it does on the page, and an English teaser ends at a word's end (`Risks to the stability
    of China's…`, not `Risks to the stability of Chi…`)."""
    text = tight(text)
    if len(text) <= length:
        return text
    room, end = 2 * (length - 1), 0
    while end < len(text) and room >= (width := 2 if east_asian_width(text[end]) in _WIDE else 1):
        room -= width
        end += 1
    if end == len(text):
        return text
    if _IN_WORD.match(text, end) and (word := _WORD_END.search(text, 0, end)) and word.start() > end // 2:
        end = word.start()  # (not inside a word or a number: `34.0…` for 34.08; a word over half the room is cut)
    return text[:end].rstrip("，,、；;:： ") + "…"


_WIDE = ("W", "F")  # (East Asian wide and full-width: a Chinese character's room)
_IN_WORD = re.compile(r"[A-Za-z0-9.,'’%]")
_WORD_END = re.compile(r"[A-Za-z0-9.,'’%]+$")


def _number(value: float) -> str:
    """`12,345`; a price as written, not as a float prints it (`420`, `21.4`, `2,150`, not `420.0`)."""
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")


def _http_links(sources: list[Source]) -> list[str]:
    """The distinct detail-page links a reader can follow (a report seen in several
    listings may carry one link several times). A filter rather than Jinja's `selectattr`,
    whose generic machinery cost a report page a twentieth of its render time."""
    urls = (s.url for s in sources if isinstance(s.url, str))
    return list(dict.fromkeys(u for u in urls if u.lower().startswith(("https://", "http://"))))


def _pdf_links(sources: list[Source]) -> list[str]:
    """The distinct PDF links a reader can follow."""
    pdfs = (s.pdf_url for s in sources if isinstance(s.pdf_url, str))
    return list(dict.fromkeys(u for u in pdfs if u.lower().startswith(("https://", "http://"))))


# The look of an e-mail edition's commentary, inlined: mail clients drop <style> and classes.
_MAIL_STYLES = {
    "p": "margin:0 0 12px;line-height:1.75;",
    "ol": "margin:0 0 12px;padding-left:24px;line-height:1.75;",
    "ul": "margin:0 0 12px;padding-left:24px;line-height:1.75;",
    "blockquote": "margin:0 0 12px;padding-left:12px;border-left:3px solid #d8d2c6;color:#5b636d;",
    "a": "color:#8c2f1c;",
    "h2": "font-size:17px;margin:16px 0 8px;", "h3": "font-size:16px;margin:16px 0 8px;",
}
_MAIL_TAG = re.compile(r"<(p|ol|ul|blockquote|a|h2|h3)(?=[\s>])")


def _mail_styles(html: str) -> Markup:
    """Sanitised commentary HTML with the e-mail look set on each element."""
    return Markup(_MAIL_TAG.sub(lambda m: f'<{m[1]} style="{_MAIL_STYLES[m[1]]}"', html))


_BLOCK_END = re.compile(r"</(p|h[2-6]|blockquote|ol|ul|table|pre)>|<br\s*/?>")
_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', re.S)


def _plain(html: str) -> str:
    """HTML as plain text for the e-mail edition: a paragraph a line, list items marked."""
    # A line break inside a paragraph is a space (Markdown's own breaks between Chinese
    # characters are gone already); blocks and list items make the lines.
    text = _LINK.sub(lambda m: f"{m[2]}（{m[1]}）", html.replace("\n", " ").replace("<li>", "\n- "))
    text = _BLOCK_END.sub("\n\n", text)
    text = htmllib.unescape(_TAG.sub("", text))
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class ReportFragment:
    """A partial template rendered once per report and process, and reused by every page
    showing it: a report is on five or more lists. Forked render workers each fill their own
    memo."""

    def __init__(self, env: Environment, template: str) -> None:
        self._env, self.template = env, template
        self._memo: dict[str, Markup] = {}

    def remember(self, report: Report, html: str) -> None:
        """Take a fragment rendered by another process."""
        self._memo[report.id] = Markup(html)

    def __call__(self, report: Report) -> Markup:
        html = self._memo.get(report.id)
        if html is None:
            template = self._env.get_template(self.template)
            html = self._memo[report.id] = Markup(template.render(report=report).rstrip("\n"))
        return html


_new_markup = str.__new__  # a Markup of text known safe, without Markup.__new__'s Python-level checks


def _escape(value: Any) -> Markup:
    """`markupsafe.escape` for what pages print, less its own Python-level work on the values
    printed most: a fragment already Markup is printed as it is, text holding nothing to
    escape and numbers and dates (digits and dashes) are wrapped directly. A site's pages
    print some 40 values each, and escaping them cost a fifth of a report page's render."""
    kind = type(value)
    if kind is str:
        if "&" in value or "<" in value or ">" in value or "'" in value or '"' in value:
            return escape(value)
        return _new_markup(Markup, value)
    if kind is Markup:
        return value
    if kind is int or kind is date:
        return _new_markup(Markup, str(value))
    return escape(value)


def _once(env: Environment, template: str) -> Markup:
    return Markup(env.get_template(template).render().rstrip("\n"))


# Block-level elements: whitespace just before one of their tags never shows.
_BEFORE_BLOCK_TAG = re.compile(
    r"(?:(?<=>)|(?<=}}))\n(?=</?(?:html|head|body|meta|link|title|script|header|footer|main|nav|article|section|aside|div|p"
    r"|h[1-6]|ul|ol|li|dl|dt|dd|figure|figcaption|table|tr|form|fieldset|details|hr|blockquote|noscript)[\s>])")
_COMMENT_OR_RAW = re.compile(r"{#.*?#}|{%-?\s*raw\s*-?%}.*?{%-?\s*endraw\s*-?%}", re.S)
_JINJA = re.compile(r"{#.*?#}|{%-?\s*raw\s*-?%}.*?{%-?\s*endraw\s*-?%}|{{.*?}}|{%.*?%}", re.S)
# A value HTML reads the same without quotes: not empty, and none of whitespace, quotes, `=`,
# `<`, `>` or a backtick (nor `&`, `{`, `}`, which may start a character reference or a template tag).
_BARE = re.compile(r"[^\s\"'=<>`&{}]+")
# An attribute whose whole value is a link the site makes: `href="{{ 'feeds/' | url }}"`.
_LINK_VALUE = re.compile(r'(\s[\w:-]+)="({{-?)([^{}"]*?\|\s*(?:url|absolute)\s*)(-?}})"(?=[\s>])')
# End tags HTML implies: a list item's before the next item or the list's end, a term's
# before its description, a description's before the next term or the end of its group, a
# paragraph's before a block or the end of the block holding it.
_IMPLIED_END = re.compile(
    r"</li>(?=\s*(?:<li[\s>]|</[ou]l>))|</dt>(?=\s*<d[dt][\s>])|</dd>(?=\s*(?:<d[dt][\s>]|</dl>|</div>))"
    r"|</p>(?=\s*(?:</(?:article|aside|blockquote|body|dd|details|div|footer|header|li|main|nav|section|td|th)>"
    r"|<(?:address|article|aside|blockquote|details|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header"
    r"|hgroup|hr|main|menu|nav|ol|p|pre|section|table|ul)[\s>]))")
_SPACE = re.compile(r"\s*")
_START_TAG = re.compile(r"<([a-zA-Z][\w-]*)")
_RAW_TEXT = {"script": "</script", "style": "</style"}
# Sent to mail clients, whose HTML engines are older than the web's: quotes and end tags stay.
_VERBATIM = ("email.html",)


def _lines(removed: str) -> str:
    """What stands for removed template text: a comment holding its line breaks, so that error
    messages still name the template's own line numbers."""
    breaks = removed.count("\n")
    return "{#" + "\n" * breaks + "#}" if breaks else ""


def bare(value: object) -> Markup:
    """An attribute value as printed after `=`: without quotes when HTML reads it the same."""
    text = _escape(value)
    return text if _BARE.fullmatch(text) else Markup(f'"{text}"')


def _compact(source: str) -> str:
    """A page template less the bytes HTML does not need: quotes around attribute values made
    only of safe characters (written ones, and the site's own links through `bare`), and the
    end tags HTML implies. Template tags are left as they are; a value or an end tag is changed
    only where the template's own text shows it is safe (what follows a quote or an end tag in
    the same stretch of text), and `<script>` and `<style>` content not at all."""
    source = _LINK_VALUE.sub(r"\1=\2\3| bare \4", source)
    out: list[str] = []
    state = {"tag": "", "quote": "", "raw": ""}  # in a start tag; in a quoted value; in script or style
    start = 0
    for match in _JINJA.finditer(source):
        out += [_compact_text(source[start:match.start()], state), match.group()]
        start = match.end()
    out.append(_compact_text(source[start:], state))
    return "".join(out)


def _compact_text(text: str, state: dict[str, str]) -> str:
    """`_compact` for one stretch of template text between template tags; `state` carries
    where the stretch starts (in a start tag, a quoted value, a script) on to the next one."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if state["raw"] or state["quote"]:  # up to the end of the script, or of the value
            end = text.lower().find(state["raw"], i) if state["raw"] else text.find(state["quote"], i)
            if end < 0:
                out.append(text[i:])
                break
            i, end = end + (0 if state["raw"] else 1), i
            out.append(text[end:i])
            state["raw"] = state["quote"] = ""
        elif not state["tag"]:
            opened = _START_TAG.search(text, i)
            stop = opened.start() if opened else len(text)
            implied = [m for m in _IMPLIED_END.finditer(text, i) if m.start() < stop]
            for match in implied:  # the end tag goes, and the whitespace after it (which never shows)
                out.append(text[i:match.start()])
                i = _SPACE.match(text, match.end()).end()
                out.append(_lines(text[match.end():i]))
            out.append(text[i:stop])
            if not opened:
                break
            state["tag"], i = opened.group(1).lower(), opened.end()
            out.append(opened.group())
        elif text[i] == ">":
            state["raw"], state["tag"] = _RAW_TEXT.get(state["tag"], ""), ""
            out.append(">")
            i += 1
        elif text[i] in "\"'":
            end = text.find(text[i], i + 1)
            if end < 0:
                state["quote"] = text[i]
                out.append(text[i:])
                break
            value, after = text[i + 1:end], text[end + 1:end + 2]
            safe = bool(out) and out[-1].endswith("=") and _BARE.fullmatch(value) and (after.isspace() or after == ">")
            out.append(value if safe else text[i:end + 1])
            i = end + 1
        else:
            stop = min((k for k in (text.find(c, i) for c in "\"'>") if k >= 0), default=len(text))
            out.append(text[i:stop])
            i = stop
    return "".join(out)


class BlockTagNewlines(Extension):
    """Templates keep one element a line and their attributes quoted for whoever edits them;
    pages lose what no reader sees: the newline between a tag and a following block-level
    tag (0.8 % of a site's bytes, most of them on report pages), quotes HTML does not need and
    end tags it implies (`_compact`: about 4 %). A removed newline moves into a template
    comment, so error messages still name the template's own line numbers. Text templates
    (e-mail text) keep their lines, the e-mail edition its markup as written."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        if name is None or not name.endswith(".html"):
            return source
        if not name.endswith(_VERBATIM):
            source = _compact(source)
        # Comments and raw blocks are left as written: a comment inside a comment would end it.
        kept, start = [], 0
        for match in _COMMENT_OR_RAW.finditer(source):
            kept += [_BEFORE_BLOCK_TAG.sub(_lines("\n"), source[start:match.start()]), match.group()]
            start = match.end()
        return "".join([*kept, _BEFORE_BLOCK_TAG.sub(_lines("\n"), source[start:])])


class _FlatGlobalsEnvironment(Environment):
    """Templates see the globals as one plain dict. Jinja's default, a ChainMap over the
    environment's globals, is copied key by key in Python on every render: a fifth of the
    render time of a report page. All globals are set before the page templates load."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.loaded: dict[str, Any] = {}

    def make_globals(self, d: dict[str, Any] | None) -> dict[str, Any]:  # type: ignore[override]
        return {**self.globals, **(d or {})}

    def _load_template(self, name: str, globals: Any) -> Any:
        """Loaded templates kept in a plain dict: templates never change during a build, and
        Jinja's own cache (a locked LRU, keyed afresh on every lookup) was asked three times
        per page, for the page, its base and a partial."""
        template = None if globals else self.loaded.get(name)
        if template is None:
            template = super()._load_template(name, globals)
            # The compiled template's functions look `escape` up in its module namespace.
            template.root_render_func.__globals__["escape"] = _escape
            if not globals:
                self.loaded[name] = template
        return template

    def forget_templates(self) -> None:
        self.loaded.clear()
        if self.cache is not None:
            self.cache.clear()


def make_environment(templates: Path, site: SiteConfig, urls: Urls, globals_: dict[str, Any],
                     compiled: BytecodeCache | None = None) -> Environment:
    """The environment pages are rendered in; `compiled` keeps its templates compiled between runs."""
    env = _FlatGlobalsEnvironment(
        loader=FileSystemLoader(str(templates)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        extensions=[BlockTagNewlines],
        bytecode_cache=compiled,
    )
    # (`headline`: the name templates give it for titles)
    env.filters.update(day=day, punctuated=punctuated, headline=punctuated, number=_number, teaser=_teaser,
                       currency=CURRENCY_NAMES.__getitem__,
                       url=urls.path, absolute=urls.absolute, http_links=_http_links, pdf_links=_pdf_links, bare=bare,
                       mail_styles=_mail_styles, plain=_plain,
                       iso_week=lambda day: day.isocalendar()[:2],
                       item=ReportFragment(env, "partials/item.html"),
                       entry=ReportFragment(env, "partials/entry.html"))
    env.globals.update(site=site, month_bars=month_bars, share_bars=share_bars, **globals_)
    masthead, colophon = _once(env, "partials/masthead.html"), _once(env, "partials/colophon.html")
    env.globals.update(masthead=masthead, colophon=colophon)
    env.forget_templates()  # the two partials above were loaded with the globals as they were then
    return env


def render_page(env: Environment, template: str, path: str, context: dict[str, Any]) -> bytes:
    html = env.get_template(template).render(page_path=path, **context)
    return html.encode("utf-8")

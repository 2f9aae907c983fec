"""Pages drop what HTML reads the same without: the newline before a block-level tag, quotes
around a value that needs none, end tags HTML implies. Nothing else changes: inline neighbours
keep their space, comments stay comments, scripts and the e-mail edition stay as written, text
templates keep their lines and a failing template is still named with its own line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import SiteConfig
from generator.render.html import bare, make_environment, render_page
from generator.render.parallel import render_failure
from generator.render.urls import Urls

PAGE = """<main>
<h1>{{ title }}</h1>
{# a note for editors: <p>
<div> stays out of the page #}
<p><a href="a/">甲</a>
<a href="b/">乙</a></p>
<ul>
<li>一</li>
</ul>
</main>
"""


def _environment(templates: Path, base_url: str | None = None):
    (templates / "partials").mkdir(parents=True)
    for name in ("masthead.html", "colophon.html"):
        (templates / "partials" / name).write_text("<header></header>\n", encoding="utf-8")
    site = SiteConfig()
    return make_environment(templates, site, Urls(base_url or site.base_url), {})


QUOTED = """<ul class="list" data-x="{{ value }}">
<li><a href="{{ 'reports/a b/' | url }}" title="{{ value }}">甲</a></li>
<li class="two words"><a href="{{ 'reports/x/' | url }}">乙</a></li>{% if more %}<li>丙</li>{% endif %}
</ul>
<img src="a.png"/><img alt="" src="b.png">
<dl><div><dt>页数</dt><dd>30 页</dd></div></dl>
<p title="a=b" lang="zh-CN">段落</p>
<script>const item = '<li class="q">x</li>';</script>
"""


def test_quotes_and_end_tags_go_only_where_the_page_reads_the_same(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(QUOTED, encoding="utf-8")
    env = _environment(tmp_path, "https://user.github.io/repo/")
    html = render_page(env, "page.html", "x/index.html", {"value": "a b", "more": False}).decode()
    assert html == (
        '<ul class=list data-x="a b"><li><a href="/repo/reports/a b/" title="a b">甲</a>'
        '<li class="two words"><a href=/repo/reports/x/>乙</a></li></ul>\n'
        '<img src="a.png"/><img alt="" src=b.png>'
        '<dl><div><dt>页数<dd>30 页</div></dl><p title="a=b" lang=zh-CN>段落</p>'
        '<script>const item = \'<li class="q">x</li>\';</script>\n')
    # A link the site makes is bare only when HTML reads it so; a value is escaped either way.
    assert bare("/repo/reports/x/") == "/repo/reports/x/" and bare('a"b') == '"a&#34;b"' and bare("") == '""'


def test_the_e_mail_edition_keeps_its_markup_as_written(tmp_path: Path) -> None:
    """Mail clients' HTML engines are older than the web's."""
    (tmp_path / "email.html").write_text(QUOTED, encoding="utf-8")
    html = render_page(_environment(tmp_path), "email.html", "x/email.html", {"value": "v", "more": False}).decode()
    assert '<ul class="list" data-x="v">' in html and "</li>" in html and "</dd>" in html


def test_block_tags_lose_the_newline_before_them_and_inline_ones_keep_it(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    env = _environment(tmp_path)
    html = render_page(env, "page.html", "x/index.html", {"title": "标题"}).decode()
    assert html == '<main><h1>标题</h1>\n<p><a href=a/>甲</a>\n<a href=b/>乙</a><ul><li>一</ul></main>\n'
    text = render_page(env, "page.txt", "x.txt", {"title": "标题"}).decode()
    assert text.count("\n") == PAGE.count("\n") - 2, "a text template keeps every line (less the comment's)"


def test_a_failing_template_is_named_with_its_own_line(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("<main>\n<h1>{{ title }}</h1>\n<p>\n{{ missing.name }}</p>\n</main>\n",
                                        encoding="utf-8")
    env = _environment(tmp_path)
    with pytest.raises(Exception) as failed:
        render_page(env, "page.html", "x/index.html", {"title": "标题"})
    message = str(render_failure(failed.value, "x/index.html", "page.html"))
    assert message.startswith(f"{tmp_path / 'page.html'}:4: error"), message

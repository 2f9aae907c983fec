"""Pages drop the newline before a block-level tag, and nothing else changes: inline
neighbours keep their space, comments stay comments, text templates keep their lines and a
failing template is still named with its own line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import SiteConfig
from generator.render.html import make_environment, render_page
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


def _environment(templates: Path):
    (templates / "partials").mkdir(parents=True)
    for name in ("masthead.html", "colophon.html"):
        (templates / "partials" / name).write_text("<header></header>\n", encoding="utf-8")
    site = SiteConfig()
    return make_environment(templates, site, Urls(site.base_url), {})


def test_block_tags_lose_the_newline_before_them_and_inline_ones_keep_it(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    env = _environment(tmp_path)
    html = render_page(env, "page.html", "x/index.html", {"title": "标题"}).decode()
    assert html == ('<main><h1>标题</h1>\n<p><a href="a/">甲</a>\n<a href="b/">乙</a></p><ul>\n<li>一</li></ul>'
                    '</main>\n')
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

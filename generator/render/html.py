"""HTML pages from Jinja2 templates, with autoescaping on for every template."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from generator.config import SiteConfig
from generator.render.charts import month_bars, share_bars
from generator.render.urls import Urls


def _cn_date(value: date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def _teaser(text: str, length: int) -> str:
    """The start of an excerpt for lists and meta tags: full excerpts on every list page
    would multiply the site's size by the number of lists each report is on."""
    return text if len(text) <= length else text[: length - 1].rstrip("，,、；; ") + "…"


def _number(value: int) -> str:
    return f"{value:,}"


def _is_http_url(value: object) -> bool:
    return isinstance(value, str) and value.lower().startswith(("https://", "http://"))


def make_environment(templates: Path, site: SiteConfig, urls: Urls, globals_: dict[str, Any]) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["cn_date"] = _cn_date
    env.filters["number"] = _number
    env.filters["teaser"] = _teaser
    env.tests["http_url"] = _is_http_url
    env.filters["jsonld_org"] = lambda name: {"@type": "Organization", "name": name}
    env.globals.update(site=site, url=urls.path, absolute=urls.absolute, month_bars=month_bars,
                       share_bars=share_bars, **globals_)
    return env


def render_page(env: Environment, template: str, path: str, context: dict[str, Any]) -> bytes:
    html = env.get_template(template).render(page_path=path, **context)
    return html.encode("utf-8")

"""sitemap.xml and robots.txt."""

from __future__ import annotations

from xml.sax.saxutils import escape

from generator.render.urls import Urls


def render_sitemap(paths: list[str], urls: Urls) -> bytes:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for path in paths:
        if path.endswith(".html") and path != "404.html":
            lines.append(f"  <url><loc>{escape(urls.absolute(path))}</loc></url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def render_robots(urls: Urls) -> bytes:
    return f"User-agent: *\nAllow: /\nSitemap: {urls.absolute('sitemap.xml')}\n".encode()

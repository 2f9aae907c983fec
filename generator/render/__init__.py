"""Render the site plan into bytes: HTML through Jinja2, feeds through feedgen, sitemap."""

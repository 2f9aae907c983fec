"""One normalised report per line, for other tools (the `export` command)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.digest import Digest


def export_lines(digest: Digest) -> Iterator[dict[str, Any]]:
    for report in digest.reports:
        facts = report.facts
        yield {
            "id": report.id,
            "url": f"reports/{report.id}/",
            "title": report.title,
            "clean_title": report.clean_title,
            "publishers": report.publishers,
            "topics": report.topics,
            "date": report.date.isoformat(),
            "first_seen": (report.first_seen or report.date).isoformat(),
            "report_date": report.report_date.isoformat() if report.report_date else None,
            "pages": report.pages,
            "views": report.views,
            "excerpt": report.excerpt,
            "key_points": report.key_points,
            "report_type": facts.report_type,
            "rating": facts.rating,
            "rating_change": facts.rating_change,
            "target_price": facts.target_price,
            "target_currency": facts.target_currency,
            "analysts": facts.analysts,
            "industry": facts.industry,
            "securities": [{"name": s.name, "code": s.code} for s in facts.securities],
            "source_urls": report.source_urls,
            "has_commentary": report.commentary is not None,
            "pick": bool(report.commentary and report.commentary.pick),
            "attribution": report.attribution,
            "sources": [{"file": s.file, "line": s.line, "url": s.url} for s in report.sources],
        }

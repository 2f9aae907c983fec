"""One report per real report, however many times and places it was listed."""

from __future__ import annotations

from generator.model import Report


def merge_into(existing: Report, other: Report) -> None:
    """Fold a second sighting into the first: views only grow, so the highest count is the
    latest; the earliest publish date is when the report was first seen; every source stays."""
    existing.views = max(existing.views, other.views)
    existing.date = min(existing.date, other.date)
    existing.pages = existing.pages or other.pages
    existing.report_date = existing.report_date or other.report_date
    if len(other.excerpt) > len(existing.excerpt):
        existing.excerpt = other.excerpt
    for source in other.sources:
        if source not in existing.sources:
            existing.sources.append(source)

"""One report per real report, however many times and places it was listed."""

from __future__ import annotations

from generator.enrich.identity import report_id
from generator.model import Report, Source

# Sightings of one title from one publisher listed further apart than this are different
# reports: a generic title (`晨会纪要`, `银行业周报`) comes back every week.
SAME_REPORT_DAYS = 6


def sighting_id(reports: dict[str, Report], report: Report) -> str:
    """The id this sighting is filed under: its own, unless a report with that id was listed
    too long before or after it; then an id that also holds its publish date."""
    existing = reports.get(report.id)
    if existing is None or abs((existing.date - report.date).days) <= SAME_REPORT_DAYS:
        return report.id
    return report_id(f"{report.id}|{report.date.isoformat()}")


def merge_into(existing: Report, other: Report, known: set[Source] | None = None) -> None:
    """Fold a second sighting into the first: views only grow, so the highest count is the
    latest; the earliest publish date is when the report was first seen; every source stays.
    `known` holds `existing`'s sources, kept by a caller merging many sightings into one
    report (a report listed 50,000 times took minutes to merge when each looked through all)."""
    if other.views is not None:
        existing.views = max(existing.views or 0, other.views)
    existing.date = min(existing.date, other.date)
    existing.first_seen = min(d for d in (existing.first_seen, other.first_seen, existing.date) if d)
    existing.facts.fill_from(other.facts)
    existing.key_points = existing.key_points or other.key_points
    existing.pages = existing.pages or other.pages
    existing.report_date = existing.report_date or other.report_date
    if len(other.excerpt) > len(existing.excerpt):
        existing.excerpt = other.excerpt
    if known is None:
        known = set(existing.sources)
    for source in other.sources:
        if source not in known:
            known.add(source)
            existing.sources.append(source)

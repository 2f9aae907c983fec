"""Figures the pages show: reports per month, a term's active period and mix, related reports.

Everything here is linear in the number of reports (times a small constant): related reports
come from the neighbours of a report within each of its term lists, never from comparing
every pair of reports.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import groupby
from operator import attrgetter

from generator.model import Report

RELATED = 3  # each is a list entry of about 160 B on every report page
NEIGHBOURS = 4
BY_DATE, BY_ID = attrgetter("date"), attrgetter("id")


@lru_cache(maxsize=8192)  # a site spans a few thousand days; every report of a day asks
def month_key(day: date) -> str:
    return f"{day.year}-{day.month:02d}"


def per_month(reports: Iterable[Report]) -> list[tuple[str, int]]:
    """Reports per month from the first to the last month, empty months included. (Counted by
    runs of one day: lists of reports are in date order, so a day is looked at once.)"""
    counts: Counter[str] = Counter()
    for day, run in groupby(reports, key=BY_DATE):
        counts[month_key(day)] += len(list(run))
    if not counts:
        return []
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:])
    series = []
    while f"{year}-{month:02d}" <= last:
        key = f"{year}-{month:02d}"
        series.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return series


def newest_first(reports: Iterable[Report]) -> list[Report]:
    """Reports newest first, then by id. Sorted by date, then each day's by id: a sort by the
    pair cost a quarter of a second at 100,000 reports, where reports in date order already
    (the digest's, newest first) make the first sort a pass and the others small."""
    by_date = sorted(reports, key=BY_DATE, reverse=True)
    return [report for _, day in groupby(by_date, key=BY_DATE) for report in sorted(day, key=BY_ID)]


@dataclass
class TermProfile:
    first: date
    last: date
    most_read: list[Report]
    months: list[tuple[str, int]]
    mix: list[tuple[str, int]] = field(default_factory=list)


def profile(reports: list[Report], other_terms_of, mix_size: int = 6) -> TermProfile:  # type: ignore[no-untyped-def]
    """The active period, most-read reports, monthly counts and the mix of the other taxonomy
    (topics on a publisher page, publishers on a topic page)."""
    mix = Counter(name for r in reports for name in other_terms_of(r))
    return TermProfile(
        first=min(r.date for r in reports),
        last=max(r.date for r in reports),
        most_read=heapq.nsmallest(5, (r for r in reports if r.views), key=lambda r: (-r.views, r.id)),
        months=per_month(reports),
        mix=sorted(mix.items(), key=lambda item: (-item[1], item[0]))[:mix_size],
    )


class RelatedReports:
    """For each report, up to RELATED others sharing a publisher or topic: the nearest in date
    within each shared list, ranked by how many lists they share, then by recency. The index
    is built once; each report's list is worked out on demand (`of`), so the render workers
    share that work instead of the planner doing it alone. `term_lists` are lists drawn from
    `reports`."""

    def __init__(self, reports: Iterable[Report], term_lists: Iterable[list[Report]]) -> None:
        # One integer per candidate: shared lists first, then recency (newest first, then id).
        self._ranked = newest_first(reports)
        self._rank = {report.id: index for index, report in enumerate(self._ranked)}
        self._lists: list[list[str]] = []
        self._places: dict[str, list[tuple[int, int]]] = {}
        for number, term in enumerate(term_lists):
            ids = [report.id for report in term]
            self._lists.append(ids)
            for index, report_id in enumerate(ids):
                self._places.setdefault(report_id, []).append((number, index))

    def of(self, report_id: str) -> list[Report]:
        tally: dict[str, int] = {}
        for number, index in self._places.get(report_id, ()):
            for other in self._lists[number][max(0, index - NEIGHBOURS): index + NEIGHBOURS + 1]:
                if other != report_id:
                    tally[other] = tally.get(other, 0) + 1
        weight = len(self._ranked)
        scores = sorted(self._rank[other] - count * weight for other, count in tally.items())
        return [self._ranked[score % weight] for score in scores[:RELATED]]

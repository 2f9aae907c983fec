"""The editor's work queue: reports new since the last edition (or a date) still without
commentary, each with the command that starts a note (`python -m generator queue`, and the
page `/_queue/` that only `serve` shows)."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

from generator.commentary import markdown_files
from generator.digest import Digest
from generator.i18n import tr
from generator.model import Report

EDITIONS = "editions"
QUEUE_PATH = "/_queue/"


@dataclass
class Queue:
    since: dt.date | None  # reports first seen on or after this day; None: every report
    edition: str | None  # the edition `since` follows, e.g. "2023-W41"
    reports: list[Report]
    notes: dict[str, str]  # report id -> its note's file (drafts and scheduled ones too)

    def command(self, report: Report) -> str:
        return f"python -m generator new {report.id}"


def last_edition(content: Path) -> tuple[str, dt.date] | None:
    """The latest edition's week and the first day after it."""
    weeks = []
    for path in markdown_files(content / EDITIONS):
        stem = path.stem.upper()
        try:
            year, week = int(stem[:4]), int(stem.split("-W")[1])
            weeks.append((year, week))
        except (ValueError, IndexError):
            continue
    if not weeks:
        return None
    year, week = max(weeks)
    try:
        return f"{year}-W{week:02d}", dt.date.fromisocalendar(year, week, 7) + dt.timedelta(days=1)
    except ValueError:
        return None


def make_queue(digest: Digest, content: Path, since: dt.date | None = None, since_edition: bool = True,
               sort: str = "date", everything: bool = False) -> Queue:
    """Reports first seen on or after `since` (by default the day after the last edition),
    without a note unless `everything`, newest or most read first."""
    edition = None
    if since is None and since_edition and (last := last_edition(content)):
        edition, since = last
    notes = digest.notes.by_report
    chosen = [r for r in digest.reports
              if (since is None or (r.first_seen or r.date) >= since) and (everything or r.id not in notes)]
    if sort == "views":
        chosen.sort(key=lambda r: (r.views is not None, r.views or 0, r.date), reverse=True)
    else:
        chosen.sort(key=lambda r: (r.first_seen or r.date, r.date, r.views or 0), reverse=True)
    return Queue(since, edition, chosen, notes)


def _heading(queue: Queue) -> str:
    if queue.edition:
        return tr("{count} report(s) first seen since edition {edition} (from {since}):",
                  count=len(queue.reports), edition=queue.edition, since=queue.since)
    if queue.since:
        return tr("{count} report(s) first seen on or after {since}:", count=len(queue.reports), since=queue.since)
    return tr("{count} report(s):", count=len(queue.reports))


def queue_text(queue: Queue) -> str:
    """The queue for a terminal: one report per block, its command under it."""
    lines = [_heading(queue)]
    for report in queue.reports:
        views = "-" if report.views is None else f"{report.views:,}"
        note = queue.notes.get(report.id)
        mark = f"  [{tr('note')}: {note}]" if note else ""
        lines.append(f"{(report.first_seen or report.date).isoformat()}  {views:>7}  {report.id}  "
                     f"{report.clean_title}{mark}")
        if not note:
            lines.append(f"    {queue.command(report)}")
    if not queue.reports:
        lines.append(tr("Nothing new without commentary."))
    return "\n".join(lines) + "\n"


def queue_page(queue: Queue, language: str) -> bytes:
    """The queue as a page of the local preview, styled by the site's own stylesheet."""
    rows = []
    for report in queue.reports:
        note = queue.notes.get(report.id)
        views = "-" if report.views is None else f"{report.views:,}"
        action = (f"<code>{html.escape(note)}</code>" if note
                  else f"<code>{html.escape(queue.command(report))}</code>")
        rows.append(f'<li><h3><a href="/reports/{report.id}/">{html.escape(report.clean_title)}</a></h3>'
                    f'<p class="meta">{(report.first_seen or report.date).isoformat()} · {views} · '
                    f"{html.escape(', '.join(report.publishers))} · <code>{report.id}</code></p><p>{action}</p></li>")
    empty = f"<p>{html.escape(tr('Nothing new without commentary.'))}</p>" if not rows else ""
    title = tr("Work queue")
    return (f'<!DOCTYPE html><html lang="{html.escape(language)}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>'
            f'<link rel="stylesheet" href="/static/style.css"></head><body><main class="wrap">'
            f"<h1>{html.escape(title)}</h1><p>{html.escape(_heading(queue))}</p>{empty}"
            f'<ul class="reports">{"".join(rows)}</ul></main></body></html>').encode()

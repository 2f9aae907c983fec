"""Which reports a source's captures already hold, read the way the build reads them.

A capture is read by the build's own readers and enriched into reports by the build's own
code, so "new" here means what the next build will show as new: a report id not among the
reports of the source's earlier captures (listed within six days of each other, as the
build merges sightings). A capture no reader can take, or from which no item can be read,
is "unreadable": it is kept all the same, and reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from generator.config import load_config
from generator.diagnostics import Diagnostics
from generator.enrich.merging import SAME_REPORT_DAYS
from generator.enrich.publishers import PublisherTable
from generator.enrich.report import enrich
from generator.enrich.topics import TopicClassifier
from generator.ingest import FileCount, html, listing_files, read_listing_file, readers_for
from generator.model import Report

MESSAGES = {
    "unreadable": "no report could be read from this capture ({reasons}); it is kept for a fixed profile",
    "other_profile": "the build reads this page with profile {used!r}, not {wanted!r} (make the profiles' "
                     "`match` selectors tell the pages apart)",
    "no_reason": "nothing found",
}


@dataclass
class Reading:
    """What one capture holds for the build."""

    reports: list[Report] = field(default_factory=list)
    problem: str | None = None  # why no report could be read: the capture is unreadable
    warnings: list[str] = field(default_factory=list)  # items rejected, another profile chosen, …


class CaptureReader:
    """Reads captures with the build's readers, profiles and enrichment, configured as the build is."""

    def __init__(self, content_dir: Path) -> None:
        self.content_dir = content_dir
        quiet = Diagnostics(root=content_dir)  # configuration problems are the build's to report
        self.config = load_config(content_dir, quiet)
        self.table = PublisherTable(self.config.publishers)
        self.classifier = TopicClassifier(self.config.topics)
        self.readers = readers_for(content_dir, quiet)
        try:
            self.profiles = html.profiles(content_dir / "profiles")
        except html.ProfileError:
            self.profiles = html.profiles(None)

    def read(self, path: Path, profile: str | None = None) -> Reading:
        """The reports in one capture, and what the build will say about it."""
        diagnostics = Diagnostics(root=self.content_dir)
        count = FileCount(str(path))
        table = self.table.copy()
        reading = Reading()
        for item in read_listing_file(path, self.readers, diagnostics, count):
            reading.reports.append(enrich(item, table, self.classifier, self.config, diagnostics))
        messages = [d.message for d in diagnostics.items]
        if not reading.reports:
            reading.problem = MESSAGES["unreadable"].format(reasons="; ".join(messages) or MESSAGES["no_reason"])
        else:
            reading.warnings = messages
        if profile and path.suffix.lower() in (".html", ".htm"):
            used = self._profile_for(path)
            if used and used != profile:
                reading.warnings.append(MESSAGES["other_profile"].format(used=used, wanted=profile))
        return reading

    def _profile_for(self, path: Path) -> str | None:
        from bs4 import BeautifulSoup

        from generator.ingest.decode import UndecodableFile, decode

        try:
            text = decode(path.read_bytes())[0]
        except UndecodableFile:
            return None
        chosen, _notice = html.choose_profile(self.profiles, BeautifulSoup(text, "html.parser"), text)
        return chosen.name if chosen else None



class KnownReports:
    """The reports of one source's captures so far, growing as pages are captured."""

    def __init__(self, reader: CaptureReader, folder: Path) -> None:
        self.seen: dict[str, list[date]] = {}
        for path in listing_files(folder):
            self.add(reader.read(path).reports)

    def is_new(self, report: Report) -> bool:
        return all(abs((report.date - seen).days) > SAME_REPORT_DAYS for seen in self.seen.get(report.id, ()))

    def add(self, reports: list[Report]) -> None:
        for report in reports:
            self.seen.setdefault(report.id, []).append(report.date)

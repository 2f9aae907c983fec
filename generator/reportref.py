"""Which report an editor means: by id, listed or clean title, page URL or source URL.

Shared by commentary (`report:`) and `python -m generator new REPORT`. Exact forms win over
tolerant ones: an exact listed title names its report even when another report's title
differs only in the page count, which the tolerant key (identity.title_key) ignores.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlsplit

from generator.enrich.identity import title_key
from generator.model import Report
from generator.normalize import squash_spaces

_REPORT_PATH = re.compile(r"/reports/([0-9a-f]{6,32})/?(?:index\.html)?$")
_EXTENSION = re.compile(r"\.pdf$", re.IGNORECASE)


def _exact(title: str) -> str:
    return _EXTENSION.sub("", squash_spaces(title.replace("&amp;", "&")).strip())


def _exact_titles(report: Report) -> tuple[str, ...]:
    return tuple(dict.fromkeys((_exact(report.title), _exact(report.clean_title))))


def _url_key(url: str) -> str:
    parts = urlsplit(url.strip())
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}{'?' + parts.query if parts.query else ''}"


@dataclass
class ReportIndex:
    """The reports by every name an editor may use for them."""

    by_id: dict[str, Report] = field(default_factory=dict)
    by_key: dict[str, list[Report]] = field(default_factory=dict)

    @classmethod
    def of(cls, reports: Iterable[Report]) -> ReportIndex:
        index = cls()
        for report in reports:
            index.by_id[report.id] = report
            for key in report.title_keys:
                index.by_key.setdefault(key, []).append(report)
        return index

    @cached_property
    def by_exact(self) -> dict[str, list[Report]]:
        """Made only when a reference is not found among its tolerant key's reports (see
        `find`): every report's exact titles cost over a second of an edit's rebuild at
        100,000 reports, where the reports sharing a key are one or two."""
        found: dict[str, list[Report]] = {}
        for report in self.by_id.values():
            for title in _exact_titles(report):
                found.setdefault(title, []).append(report)
        return found

    @cached_property
    def by_url(self) -> dict[str, list[Report]]:
        """Made on the first reference by source URL: notes mostly name their report by title,
        and listing every report's links cost a second of an edit's rebuild at 100,000 reports."""
        found: dict[str, list[Report]] = {}
        for report in self.by_id.values():
            for url in report.source_urls:
                found.setdefault(_url_key(url), []).append(report)
        return found

    def find(self, ref: str) -> list[Report]:
        """The reports `ref` names: one, several (ambiguous) or none."""
        ref = ref.strip()
        if ref in self.by_id:
            return [self.by_id[ref]]
        if re.match(r"^(https?://|/)", ref):
            page = _REPORT_PATH.search(urlsplit(ref).path)
            if page and page.group(1) in self.by_id:
                return [self.by_id[page.group(1)]]
            return self.by_url.get(_url_key(ref), []) if ref.startswith("http") else []
        exact, tolerant = _exact(ref), self.by_key.get(title_key(ref), [])
        # A title's exact form decides its tolerant key, so its reports are among the key's
        # (but for a doubled extension, `x.PDF.pdf`, which the key keeps as letters).
        named = [report for report in tolerant if exact in _exact_titles(report)]
        return named or self.by_exact.get(exact) or tolerant

    def closest(self, ref: str, n: int = 3) -> list[Report]:
        """The reports whose titles are nearest to `ref`, for a "did you mean"."""
        names = {title: reports for title, reports in self.by_exact.items()}
        found = difflib.get_close_matches(_exact(ref), list(names), n=n, cutoff=0.4)
        unique = {r.id: r for title in found for r in names[title]}
        return list(unique.values())[:n]

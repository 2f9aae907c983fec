"""The content model: what a listing says about a report, and what the digest says of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class ListingItem:
    """One item exactly as one listing file showed it, before any interpretation.

    Only a bounded head and tail of the preview are kept: previews of extracted PDF text can
    run past 100,000 characters, and the head (title page) and tail (disclaimer) are where a
    publisher names itself.
    """

    file: str
    line: int
    title: str
    head: str
    tail: str
    date: date
    views: int | None = None
    pages: int | None = None
    url: str | None = None
    publisher_hint: str | None = None


@dataclass(frozen=True)
class Source:
    file: str
    line: int
    url: str | None


@dataclass
class Commentary:
    file: str
    report_ref: str
    ref_line: int
    html: str
    title: str | None = None
    date: date | None = None
    topics: list[str] | None = None
    publishers: list[str] | None = None
    pick: bool = False
    draft: bool = False


@dataclass
class Report:
    id: str
    title: str
    clean_title: str
    publishers: list[str]
    topics: list[str]
    date: date
    report_date: date | None
    pages: int | None
    views: int
    excerpt: str
    attribution: str
    sources: list[Source] = field(default_factory=list)
    commentary: Commentary | None = None
    # The folded listed and clean titles (identity.title_key): how commentary may name it.
    title_keys: tuple[str, ...] = ()

    @property
    def display_title(self) -> str:
        if self.commentary and self.commentary.title:
            return self.commentary.title
        return self.clean_title


@dataclass
class Page:
    """A Markdown page of the site itself (about, …)."""

    slug: str
    title: str
    html: str
    file: str

"""Publishers and topics: one mechanism, a taxonomy of terms, configured twice. Each term has
its index entry, its paginated pages and its feed (see plan.py); here are the taxonomies,
and the terms that have reports, with their slugs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from generator.config import Term
from generator.digest import Digest
from generator.enrich.publishers import UNATTRIBUTED
from generator.model import Report
from generator.slugs import short_hash


@dataclass(frozen=True)
class Taxonomy:
    key: str
    label: str
    unassigned: str | None
    unassigned_slug: str
    terms_of: Callable[[Report], list[str]]


TAXONOMIES = (
    Taxonomy("publishers", "发布机构", UNATTRIBUTED, "unattributed", lambda r: r.publishers),
    Taxonomy("topics", "主题", "未分类", "uncategorised", lambda r: r.topics),
)


class _TermLinks:
    """A term's page and feed, as the plan's view and the pages' summary both link them."""

    taxonomy: str
    slug: str

    @property
    def url(self) -> str:
        return f"{self.taxonomy}/{self.slug}/"

    @property
    def feed_url(self) -> str:
        return f"{self.url}feed.xml"


@dataclass(frozen=True)
class TermSummary(_TermLinks):
    """A term as pages show it: its name, links and how many reports it has. Pages are given
    this, not the term's reports, so that a page's key (render/keys.py) changes only with what
    it shows: with the reports, every page of a term was made again when any report of the
    term changed, and keying each of them walked the whole term."""

    taxonomy: str
    name: str
    slug: str
    description: str = ""
    kind: str = ""
    count: int = 0


@dataclass
class TermView(_TermLinks):
    """A term and all its reports, newest first: what the plan paginates and feeds draw on."""

    taxonomy: str
    name: str
    slug: str
    description: str = ""
    kind: str = ""
    reports: list[Report] = field(default_factory=list)

    def summary(self) -> TermSummary:
        return TermSummary(self.taxonomy, self.name, self.slug, self.description, self.kind, len(self.reports))


def build_terms(digest: Digest, taxonomy: Taxonomy, configured: list[Term]) -> list[TermView]:
    """Every term that has reports, in the configured order, then by name."""
    meta = {t.name: t for t in configured}
    views: dict[str, TermView] = {}
    for report in digest.reports:
        names = taxonomy.terms_of(report) or ([taxonomy.unassigned] if taxonomy.unassigned else [])
        for name in names:
            if name not in views:
                term = meta.get(name)
                if name == taxonomy.unassigned:
                    views[name] = TermView(taxonomy.key, name, taxonomy.unassigned_slug)
                else:
                    slug = term.slug if term else digest.publishers.slug(name)
                    views[name] = TermView(taxonomy.key, name, slug, term.description if term else "",
                                           term.kind if term else "")
            views[name].reports.append(report)
    _dedupe_slugs(list(views.values()), taxonomy, set(meta))
    order = {t.name: i for i, t in enumerate(configured)}
    return sorted(views.values(), key=lambda v: (v.name == taxonomy.unassigned, order.get(v.name, len(order)), v.name))


def _dedupe_slugs(views: list[TermView], taxonomy: Taxonomy, configured: set[str]) -> None:
    """Discovered names may slug like configured ones: configured slugs are reserved first,
    and a discovered name that clashes gets a hashed slug (never the configured one's URL)."""
    taken: set[str] = set()
    for view in sorted(views, key=lambda v: (v.name != taxonomy.unassigned, v.name not in configured, v.name)):
        if view.slug in taken:
            view.slug = f"{view.slug[:50]}-{short_hash(view.name)}"
        taken.add(view.slug)

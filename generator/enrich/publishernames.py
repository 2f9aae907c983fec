"""The publisher table: every name, short form, legal name, licence code, domain and house phrase a known publisher
goes by, folded for matching; what a credit, a segment or a host resolves to; an organisation not in the table
discovered; a firm's names across renames and mergers (`successor`/`since`: a report keeps its name).

publishers.py attributes reports against it; what makes an unknown name an organisation's is orgnames.py's.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Self

from generator.config import Term
from generator.enrich.keywords import longest_word
from generator.enrich.listingfields import NOT_LISTED
from generator.enrich.orgnames import (
    ACRONYM_LEAD,
    BILINGUAL,
    COMPANY,
    DEPARTMENT,
    DEPARTMENT_END,
    GENERIC,
    GLOSSED,
    LATIN_TEAM,
    LATIN_UNIT,
    LEGAL_SUFFIX,
    NOT_ORG,
    ORG_ENDINGS,
    TAG_CONTEXTS,
    TAG_KIND,
    TAG_REST,
    TEAM,
    TEAM_OR_INDUSTRY,
)
from generator.enrich.titleparts import TitleParts
from generator.normalize import fold
from generator.slugs import slugify


class PublisherNames:
    """Known publishers and every name they go by, folded for matching; and the marks they sign with (licence
    codes, domains, legal names and house phrases), which attribution reads in a report's text."""

    def __init__(self, terms: list[Term]) -> None:
        self.terms: dict[str, Term] = {t.name: t for t in terms}
        self._names: dict[str, str] = {}
        self._sac: dict[str, str] = {}
        self._domains: dict[str, str] = {}
        self._marks: list[tuple[str, str, bool]] = []  # (mark, firm, signs only in context)
        for term in terms:
            for alias in (term.name, *term.aliases, *term.legal_names):
                self._names.setdefault(fold(alias), term.name)
            for department in term.departments:
                for alias in (term.name, *term.aliases):
                    self._names.setdefault(fold(alias + department), term.name)
            for code in term.sac_codes:
                self._sac[fold(code)] = term.name
            for domain in term.domains:
                self._domains[domain.lower()] = term.name
            for mark in term.legal_names:
                self._marks.append((fold(mark), term.name, not mark.isascii()))
            for mark in term.slogans:
                self._marks.append((fold(mark), term.name, False))
        self._shorts = {fold(short): term.name for term in terms for short in term.short_names}
        self._marks.sort(key=lambda pair: -len(pair[0]))
        self._any_mark = longest_word(mark for mark, _, _ in self._marks)
        self._prefix = longest_word(self._names)
        self._starts = longest_word([*self._names, *self._shorts])
        self._pinyin: dict[str, str] = {}

    def copy(self) -> Self:
        """A table that discovers on its own: what one listing file discovers must not reach
        another, or a file's reports (cached by its content) would depend on which files the
        same process happened to read before it."""
        twin = copy.copy(self)
        twin.terms, twin._names = dict(self.terms), dict(self._names)
        return twin

    def resolve(self, segment: str, context: str = "colon") -> str | None:
        """The publisher a credit names: a known name (`中金公司`, `国泰君安证券研究所`) or a team
        tag that starts with a firm's name or short name (`广发宏观郭磊`, `国君策略`, `华安固收`)."""
        known = self.lookup(segment)
        if known or self._starts is None:
            return known
        key = fold(segment).strip()
        found = self._starts.match(key)
        if not found:
            return None
        head, rest = found.group(), key[found.end():].lstrip(" ·・•-_")
        if rest and key[found.end(): found.end() + 1] == "_":
            return None  # a file name's house and title (`国泰君安_大类资产配置…系列之六`), no team's tag
        name = self._names.get(head) or self._shorts.get(head)
        if head not in self._names and rest.endswith(ORG_ENDINGS):
            return None  # `中原研究院` is an organisation of its own, not 中原证券's team
        if not rest:
            # a short form alone credits as a tag does, and before the colon of a view (`华泰：…`, as `中金：…`)
            return name if context in TAG_CONTEXTS or context == "colon" else None
        if LATIN_TEAM.fullmatch(rest):
            return name  # `CICC Research`, `UBS Global Research`
        team = (TEAM_OR_INDUSTRY if context in TAG_CONTEXTS else TEAM).match(rest) \
            or (TAG_KIND.match(rest) if context in TAG_CONTEXTS else None)
        return name if team and TAG_REST.fullmatch(rest[team.end():]) else None

    def lineage(self, name: str) -> list[tuple[str, str, str]]:
        """(relation, name, since) for the names a publisher followed (前身) and the one that
        followed it (更名为, or 并入 when several firms became one), for its page."""
        before = [("前身", t.name, "") for t in self.terms.values() if t.successor == name]
        term = self.terms.get(name)
        after = self.terms.get(term.successor) if term and term.successor else None
        if after:
            merged = sum(t.successor == after.name for t in self.terms.values()) > 1
            before.append(("并入" if merged else "更名为", after.name, after.since))
        return before

    def on_date(self, name: str, day: date | None) -> str:
        """The name a firm went by on `day`, following renames and mergers from `name`; used
        where the evidence (a licence number, an e-mail domain) outlives the firm's name."""
        term = self.terms.get(name)
        while day and term and term.successor and (after := self.terms.get(term.successor)):
            if not after.since or day < date.fromisoformat(after.since):
                break
            term = after
        return term.name if term else name

    def lookup(self, name: str) -> str | None:
        """The canonical name for an alias, also with a department after it (`中国信通院云大所`)."""
        key = fold(name)
        if key in self._names:
            return self._names[key]
        bare = LEGAL_SUFFIX.sub("", key)
        if bare != key and bare in self._names:
            return self._names[bare]
        glossed = GLOSSED.match(key)
        if glossed:
            return next((self._names[g] for g in glossed.groups() if g in self._names), None)
        if (bilingual := BILINGUAL.match(key)) \
                and len(named := {self._names.get(g.strip()) for g in bilingual.groups()}) == 1 and None not in named:
            return named.pop()  # (both names the house's: `招商证券 PB` is no name of 招商证券)
        if (acronym := ACRONYM_LEAD.match(key)) and key[acronym.end():] in self._names:
            return self._names[key[acronym.end():]]
        if key.isascii() and (unit := LATIN_UNIT.search(key)) and key[: unit.start()] in self._names:
            return self._names[key[: unit.start()]]  # (`J.P. Morgan Private Bank EMEA`: the house's unit and region)
        if self._prefix:
            found = self._prefix.match(key)
            if found and DEPARTMENT_END.search(key[found.end():]) and len(key) - found.end() <= 10:
                return self._names[found.group()]
        return None

    def slug(self, name: str) -> str:
        term = self.terms.get(name)
        return term.slug if term else slugify(name)

    def discover(self, name: str) -> str:
        """Add an organisation not in the table, so later items find it without a new warning."""
        canonical = name.strip()
        self.terms[canonical] = Term(name=canonical, slug=slugify(canonical), kind="unknown")
        self._names[fold(canonical)] = canonical
        return canonical

    def _by_pinyin(self, spelled: str) -> str | None:
        """The firm whose name or alias the pinyin spells, syllable by syllable (loaded the first time only)."""
        if not self._pinyin:  # (one dict for the table and its copies)
            from pypinyin import lazy_pinyin  # 0.4 s to import: only for a field spelled in pinyin
            for term in self.terms.values():
                for name in (term.name, *term.aliases):
                    if any("\u4e00" <= ch <= "\u9fff" for ch in name):
                        self._pinyin.setdefault("".join(lazy_pinyin(fold(name))), term.name)
        return self._pinyin.get("".join(spelled.lower().split()))

    def _starts_name(self, text: str, i: int) -> bool:
        """Whether a known name may start at `i` of a statement's organisation: at its start, or
        inside it with a name of three characters or more, never in the middle of a Latin word
        (`acmesystems` holds `ms`, `华美银行` holds `美银`: neither names 摩根士丹利 or 美国银行)."""
        if i == 0:
            return True
        if text[i].isascii() and text[i - 1].isascii() and text[i - 1].isalnum():
            return False
        found = self._prefix.match(text, i) if self._prefix else None
        return found is not None and found.end() - i >= 3

    def _names_in(self, reading: TitleParts) -> list[str]:
        """The known publishers a reading's prefix names, without discovering any."""
        whole = self.resolve(reading.prefix or "", reading.context)
        if whole:
            return [whole]
        names = [self.resolve(part, reading.context) for part in reading.prefix_parts]
        return [] if None in names else list(dict.fromkeys(n for n in names if n))

    def _classify(self, segment: str, may_discover: bool = True) -> tuple[str | None, bool]:
        """(canonical name, newly discovered) for a segment that is a publisher; (None, False) else."""
        known = self.lookup(segment)
        if known or not may_discover:
            return known, False
        folded = fold(segment)
        if (COMPANY.search(folded) or len(folded) < 2 or len(folded) > 30 or folded in GENERIC
                or folded in NOT_LISTED):
            return None, False
        if (unit := DEPARTMENT.search(folded)) and unit.start() >= 2:
            # A house's research department (`【國泰證期研究部】`) is the house, known or new; a department of no
            # house named (`金融工程研究部`) credits none.
            house = segment.strip()[:unit.start() - len(folded)]
            if folded[:unit.start()].endswith(ORG_ENDINGS) or self.lookup(house):
                return self._classify(house, may_discover)
            return None, False
        if folded.endswith(ORG_ENDINGS) and not NOT_ORG.search(folded):
            return self.discover(segment), True
        return None, False

    def site_house(self, host: str, day: date | None = None) -> str | None:
        """The house whose own domain a host is on (`ffile.truefriend.com`: truefriend.com), as e-mail addresses are
        read; a portal's or a document site's host names no house."""
        while host:
            if host in self._domains:
                return self.on_date(self._domains[host], day)
            host = host.partition(".")[2] if host.count(".") > 1 else ""
        return None

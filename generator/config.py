"""Site, publisher and topic configuration: the content's own files over built-in defaults.

A content directory holding nothing but `listings/` builds with the defaults alone. The
publisher table is additive (the site's entries add to or replace built-in ones by name);
`topics.yaml` and `site.yaml` keys replace the defaults they name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from generator.diagnostics import Diagnostics
from generator.i18n import closest
from generator.normalize import strip_invisible
from generator.slugs import is_valid_slug, unique_slugs
from generator.yamlio import YamlError, line_of, load_yaml_file, strip_lines

DEFAULTS = Path(__file__).parent / "defaults"
_URL_UNSAFE = frozenset(" \t\n\r\"'<>\\`")


def base_url_problem(url: str) -> str | None:
    """Why `url` cannot be the site's base URL (it is put into every page and feed), or None."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return f"base URL {url!r} is not a URL ({exc})"
    if parts.scheme not in ("http", "https") or not parts.netloc or _URL_UNSAFE & set(url):
        return f"base URL {url!r} must be an http(s) URL like https://user.github.io/repo/"
    try:
        parts.port  # noqa: B018 -- raises on a port out of range or not a number
    except ValueError:
        return f"base URL {url!r} has an invalid port"
    if "?" in url or "#" in url or "@" in parts.netloc or not parts.hostname:
        return f"base URL {url!r} may not hold a query (?), a fragment (#) or a user name (@)"
    return None


@dataclass
class SiteConfig:
    title: str = "研报精选"
    description: str = "金融研究报告精选：按发布机构、主题与周浏览，附编辑点评。"
    base_url: str = "http://localhost:8000/"
    language: str = "zh-CN"
    timezone: str = "Asia/Shanghai"
    page_size: int = 50  # a list page's head, masthead and pager are about 2.5 KB: paid per 50 entries, not 20
    feed_size: int = 50
    home_latest: int = 20
    home_hot: int = 10
    home_picks: int = 12
    excerpt_min: int = 120
    excerpt_max: int = 300
    author: str = "研报精选编辑部"
    search: bool = True

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass
class Term:
    """One publisher or topic: the same shape for both, with matching rules per kind.

    Publishers match by `aliases` (and names found in report text); topics by `keywords`.
    """

    name: str
    slug: str
    kind: str = ""
    description: str = ""
    aliases: list[str] = field(default_factory=list)
    legal_names: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    sac_codes: list[str] = field(default_factory=list)
    slogans: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    title_keywords: list[str] = field(default_factory=list)
    # Publishers only: names the firm signs team tags with (`广发` in 【广发宏观郭磊】), and the
    # lineage of renames and mergers: the name that followed this one, and since when this
    # name was used (ISO date). Reports keep the name they were published under.
    short_names: list[str] = field(default_factory=list)
    # Publishers only: the firm's own publications, which titles name without the firm
    # (`Australian Broker Call *Extra* Edition` is FNArena's).
    series: list[str] = field(default_factory=list)
    successor: str = ""
    since: str = ""


@dataclass
class Config:
    content_dir: Path
    site: SiteConfig
    publishers: list[Term]
    topics: list[Term]


_SITE_FIELDS = {f for f in SiteConfig.__dataclass_fields__}
MAX_SETTING = 1000  # characters of a text setting
_TERM_LISTS = ("aliases", "legal_names", "domains", "sac_codes", "slogans", "departments", "keywords", "title_keywords",
               "short_names", "series")


def _read(path: Path, diagnostics: Diagnostics) -> Any:
    try:
        return load_yaml_file(path)
    except YamlError as exc:
        diagnostics.error(path, exc.line, str(exc))
    except (OSError, UnicodeDecodeError) as exc:
        diagnostics.error(path, None, "cannot read: {reason}", reason=str(exc))
    return None


def _site(path: Path, diagnostics: Diagnostics) -> SiteConfig:
    site = SiteConfig()
    data = _read(path, diagnostics) if path.is_file() else None
    if data is None:
        return site
    if not isinstance(data, dict):
        diagnostics.error(path, 1, "site.yaml must be a mapping of settings")
        return site
    for key, value in strip_lines(data).items():
        if key not in _SITE_FIELDS:
            diagnostics.warning(path, line_of(data), "unknown setting {key!r} ignored{suggestions}", key=key,
                                suggestions=closest(str(key), _SITE_FIELDS, cutoff=0.6))
            continue
        expected = type(getattr(site, key))
        if expected is int and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            diagnostics.error(path, line_of(data), "{key} must be a positive whole number, not {value!r}",
                              key=key, value=value)
            continue
        if expected is bool and not isinstance(value, bool):
            diagnostics.error(path, line_of(data), "{key} must be true or false, not {value!r}", key=key, value=value)
            continue
        if expected is str and not isinstance(value, str):
            diagnostics.error(path, line_of(data), "{key} must be text, not {value!r}", key=key, value=value)
            continue
        if expected is str and len(value) > MAX_SETTING:  # the title and description go on every page
            diagnostics.error(path, line_of(data), "{key} of {length:,} characters; a setting holds at most {max:,}",
                              key=key, length=len(value), max=MAX_SETTING)
            continue
        setattr(site, key, value)
    try:
        ZoneInfo(site.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        diagnostics.error(path, line_of(data), "unknown time zone {zone!r} (e.g. Asia/Shanghai)", zone=site.timezone)
        site.timezone = "Asia/Shanghai"
    if problem := base_url_problem(site.base_url):
        diagnostics.error(path, line_of(data), problem)
    if not site.base_url.endswith("/"):
        site.base_url += "/"
    return site


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _terms(path: Path, diagnostics: Diagnostics) -> list[tuple[Term, str | None, int | None]]:
    """Terms of one YAML file, each with the slug it asked for (if any) and its line."""
    data = _read(path, diagnostics)
    if data is None:
        return []
    if not isinstance(data, list):
        diagnostics.error(path, 1, "expected a list of entries, each with at least `name`")
        return []
    terms = []
    for entry in data:
        line = line_of(entry)
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            diagnostics.error(path, line, "entry without a `name` (text) ignored")
            continue
        term = Term(name=entry["name"].strip(), slug="")
        for key in ("kind", "description", "successor", "since"):
            if isinstance(entry.get(key), (str, date)):
                setattr(term, key, str(entry[key]))
        if term.since and not _is_iso_date(term.since):
            diagnostics.error(path, line, "{name}: `since` must be a date like 2025-04-03, not {since!r}",
                              name=term.name, since=term.since)
            term.since = ""
        for key in _TERM_LISTS:
            value = entry.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
                diagnostics.error(path, line, "{name}: `{key}` must be a list of text", name=term.name, key=key)
                continue
            # An entry of nothing visible (`""`, `"\u200b"`) would match every report's text.
            if blank := [v for v in value if not strip_invisible(str(v)).strip()]:
                diagnostics.error(path, line, "{name}: `{key}` holds an entry with nothing visible in it ({value!r})",
                                  name=term.name, key=key, value=blank[0])
            setattr(term, key, [str(v).strip() for v in value if strip_invisible(str(v)).strip()])
        slug = entry.get("slug")
        if slug is not None and (not isinstance(slug, str) or not is_valid_slug(slug)):
            diagnostics.error(path, line, "{name}: slug {slug!r} must be lower-case ASCII letters, digits and '-'",
                              name=term.name, slug=slug)
            slug = None
        terms.append((term, slug, line))
    return terms


def _merge_terms(
    files: list[Path], diagnostics: Diagnostics, additive: bool
) -> list[Term]:
    """Later files replace earlier entries of the same name; with `additive` false, the last
    file that exists replaces the whole list."""
    merged: dict[str, tuple[Term, str | None]] = {}
    where: dict[str, tuple[Path, int | None]] = {}
    for path in files:
        if not path.is_file():
            continue
        entries = _terms(path, diagnostics)
        if not additive:
            merged = {}
        seen: dict[str, int | None] = {}
        for term, slug, line in entries:
            if term.name in seen:
                diagnostics.error(path, line, "{name!r} is listed twice (first at line {first})", name=term.name,
                                  first=seen[term.name])
                continue
            seen[term.name] = line
            merged[term.name] = (term, slug)
            where[term.name] = (path, line)
    preferred = {name: slug for name, (_, slug) in merged.items() if slug}
    taken: dict[str, str] = {}
    for name, slug in sorted(preferred.items()):
        if slug in taken:
            diagnostics.error(files[-1], None, "slug {slug!r} is used by both {one!r} and {other!r}", slug=slug,
                              one=taken[slug], other=name)
            del preferred[name]
        taken[slug] = name
    _alias_clashes(merged, where, diagnostics)
    slugs = unique_slugs(list(merged), preferred)
    terms = []
    for name in merged:
        term = merged[name][0]
        term.slug = slugs[name]
        terms.append(term)
    return terms


def _alias_clashes(merged: dict[str, tuple[Term, str | None]], where: dict[str, tuple[Path, int | None]],
                   diagnostics: Diagnostics) -> None:
    """An alias that is another entry's name or alias is an error at the entry that says it
    (it was kept by one of them in silence, and which was not said)."""
    owner: dict[str, str] = {name: name for name in merged}
    for name, (term, _slug) in merged.items():
        for alias in term.aliases:
            other = owner.setdefault(alias, name)
            if other != name:
                path, line = where[name]
                diagnostics.error(path, line, "{name}: alias {alias!r} already stands for {other!r}; "
                                  "one name can stand for one entry only", name=name, alias=alias, other=other)


def load_config(content_dir: Path, diagnostics: Diagnostics) -> Config:
    site = _site(content_dir / "site.yaml", diagnostics)
    publishers = _merge_terms(
        [DEFAULTS / "publishers.yaml", content_dir / "publishers.yaml"], diagnostics, additive=True
    )
    topics = _merge_terms([DEFAULTS / "topics.yaml", content_dir / "topics.yaml"], diagnostics, additive=False)
    return Config(content_dir=content_dir, site=site, publishers=publishers, topics=topics)

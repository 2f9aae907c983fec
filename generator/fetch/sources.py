"""`content/sources.yaml`: where `fetch` gets listings, and how politely.

Everything about a source is configuration: its listing URLs (a page template and how many
pages), the format its responses are saved in and the profile that reads them, request
headers, the pause between requests, and when to stop. A mistake is an error naming the line
of the setting at fault, and nothing is fetched until the file is right.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from generator.diagnostics import Diagnostics
from generator.yamlio import YamlError, load_yaml_file, strip_lines

SOURCES_FILE = "sources.yaml"
VERSION = "0.1"
AGENT = f"research-digest-fetch/{VERSION}"
# Never pause less than this between two requests to one host, whatever sources.yaml says.
PAUSE_FLOOR = 1.0
# Test-only: a smaller floor, so tests against a local server need not wait a second a request.
PAUSE_FLOOR_VARIABLE = "GENERATOR_FETCH_PAUSE_FLOOR"
# What a page's name may look like in `content/listings/<source>/`: a plain, portable folder name.
NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
# The format a response is saved in decides its file extension, hence the reader the build uses.
FORMATS = {"html": ".html", "json": ".json", "jsonl": ".jsonl", "csv": ".csv", "tsv": ".tsv", "txt": ".txt"}
STOPS = ("known", "never")
# Headers the fetcher sets itself: a source may not replace them.
OWN_HEADERS = {"user-agent", "if-none-match", "if-modified-since", "host"}
MAX_PAGES = 100

MESSAGES = {
    "mapping": "sources.yaml must be a mapping with a `sources:` list",
    "sources": "`sources` must be a list of sources, each a mapping with at least `name` and `url`",
    "unknown": "unknown setting {key!r} (settings: {known})",
    "name": "`name` must be a short folder name of lower-case letters, digits, - and _ (found {value!r})",
    "twice": "source {name!r} is defined twice (first at line {line})",
    "url": "`{key}` must be an http(s) URL, found {value!r}",
    "template": "`url` must hold {{page}} where the page number goes when `pages` is over 1",
    "number": "`{key}` must be a number from {low} to {high}, found {value!r}",
    "floor": "`pause` of {value} s is below the floor of {floor} s between requests to one host",
    "format": "`format` must be one of {formats}, found {value!r}",
    "profile": "`profile` {value!r} is not a source profile (profiles: {names})",
    "stop": "`stop` must be one of {stops}, found {value!r}",
    "headers": "`headers` must map header names to text",
    "own_header": "header {value!r} is set by the fetcher itself and cannot be configured",
    "contact": ("`contact` is required: a URL or e-mail address where site owners can reach whoever runs "
                "the fetcher (it goes into the User-Agent); or pass --contact"),
    "text": "`{key}` must be text, found {value!r}",
    "missing": "`{key}` is required",
}


@dataclass(frozen=True)
class Politeness:
    """How a source's requests behave; top-level values are defaults for every source."""

    pause: float = 10.0  # seconds between two requests to one host
    timeout: float = 30.0  # seconds for a whole request, response body included
    max_bytes: int = 5_000_000  # a response over this is refused
    retries: int = 3  # further tries after a 429, a 5xx or a network failure
    max_wait: float = 300.0  # the longest Retry-After or back-off honoured before giving up


@dataclass(frozen=True)
class Source:
    name: str
    url: str  # the page template, with {page}
    first_url: str | None = None  # page 1, when its URL does not follow the template
    pages: int = 1
    format: str = "html"
    profile: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    stop: str = "known"  # known: stop at the first page holding no new report; never: fetch every page
    politeness: Politeness = Politeness()
    line: int = 1

    def page_urls(self) -> list[str]:
        return [self.first_url if n == 1 and self.first_url else self.url.replace("{page}", str(n))
                for n in range(1, self.pages + 1)]

    @property
    def extension(self) -> str:
        return FORMATS[self.format]


@dataclass(frozen=True)
class Sources:
    sources: list[Source]
    contact: str | None
    user_agent: str = AGENT

    def agent(self) -> str:
        """What the fetcher calls itself: the tool, its version and where to reach its owner."""
        return f"{self.user_agent} (+{self.contact})"


def pause_floor() -> float:
    try:
        return max(0.0, float(os.environ[PAUSE_FLOOR_VARIABLE]))
    except (KeyError, ValueError):
        return PAUSE_FLOOR


def _key_lines(text: str) -> dict[tuple[Any, ...], int]:
    """The line of every key and list entry, by its path (`("sources", 0, "pages")`)."""
    lines: dict[tuple[Any, ...], int] = {}

    def walk(node: yaml.Node, path: tuple[Any, ...]) -> None:
        lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                walk(value, (*path, key.value))
                lines[(*path, key.value)] = key.start_mark.line + 1  # a setting's line is its key's
        elif isinstance(node, yaml.SequenceNode):
            for index, value in enumerate(node.value):
                walk(value, (*path, index))

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return lines
    if root is not None:
        walk(root, ())
    return lines


class _Checker:
    """Reads settings out of the parsed file, reporting each bad one at its line."""

    def __init__(self, path: Path, lines: dict[tuple[Any, ...], int], diagnostics: Diagnostics) -> None:
        self.path, self.lines, self.diagnostics = path, lines, diagnostics
        self.ok = True

    def error(self, where: tuple[Any, ...] | None, message: str) -> None:
        """Report at the line of the setting `where` points to (or of the nearest enclosing one);
        None: a setting missing from the file, reported without a line."""
        line = None if where is None else next(
            (self.lines[where[:n]] for n in range(len(where), -1, -1) if where[:n] in self.lines), None)
        self.diagnostics.error(self.path, line, message)
        self.ok = False

    def number(self, data: dict[str, Any], key: str, where: tuple[Any, ...], default: float,
               low: float, high: float, whole: bool = False) -> float:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high \
                or (whole and not isinstance(value, int)):
            self.error((*where, key), MESSAGES["number"].format(key=key, low=low, high=high, value=value))
            return default
        return value

    def politeness(self, data: dict[str, Any], where: tuple[Any, ...], base: Politeness) -> Politeness:
        floor = pause_floor()
        pause = self.number(data, "pause", where, base.pause, 0, 3600)
        if pause < floor:
            self.error((*where, "pause"), MESSAGES["floor"].format(value=pause, floor=floor))
            pause = floor
        return Politeness(
            pause=pause,
            timeout=self.number(data, "timeout", where, base.timeout, 0.01, 600),
            max_bytes=int(self.number(data, "max_bytes", where, base.max_bytes, 1, 1_000_000_000, whole=True)),
            retries=int(self.number(data, "retries", where, base.retries, 0, 10, whole=True)),
            max_wait=self.number(data, "max_wait", where, base.max_wait, 0, 3600),
        )

    def url(self, value: Any, where: tuple[Any, ...], key: str) -> str | None:
        parts = urlsplit(value) if isinstance(value, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            self.error(where, MESSAGES["url"].format(key=key, value=value))
            return None
        return value


TOP_KEYS = ("contact", "user_agent", "pause", "timeout", "max_bytes", "retries", "max_wait", "sources")
SOURCE_KEYS = ("name", "url", "first_url", "pages", "format", "profile", "headers", "stop",
               "pause", "timeout", "max_bytes", "retries", "max_wait")


def _source(check: _Checker, entry: Any, index: int, base: Politeness, profiles: set[str]) -> Source | None:
    where: tuple[Any, ...] = ("sources", index)
    if not isinstance(entry, dict):
        check.error(where, MESSAGES["sources"])
        return None
    for key in entry:
        if key not in SOURCE_KEYS:
            check.error((*where, key), MESSAGES["unknown"].format(key=key, known=", ".join(SOURCE_KEYS)))
    name = entry.get("name")
    if not isinstance(name, str) or not NAME.fullmatch(name):
        check.error((*where, "name"), MESSAGES["name"].format(value=name))
        name = None
    if "url" not in entry:
        check.error(where, MESSAGES["missing"].format(key="url"))
        return None
    url = check.url(entry["url"], (*where, "url"), "url")
    first_url = check.url(entry["first_url"], (*where, "first_url"), "first_url") if "first_url" in entry else None
    pages = int(check.number(entry, "pages", where, 1, 1, MAX_PAGES, whole=True))
    if url and "{page}" not in url and (pages > 1 or (pages == 1 and first_url)):
        check.error((*where, "url"), MESSAGES["template"])
    format_ = entry.get("format", "html")
    if format_ not in FORMATS:
        check.error((*where, "format"), MESSAGES["format"].format(formats=", ".join(FORMATS), value=format_))
        format_ = "html"
    profile = entry.get("profile")
    if profile is not None and not isinstance(profile, str):
        check.error((*where, "profile"), MESSAGES["text"].format(key="profile", value=profile))
        profile = None
    if profile and format_ == "html" and profile not in profiles:
        check.error((*where, "profile"), MESSAGES["profile"].format(value=profile, names=", ".join(sorted(profiles))))
    headers = entry.get("headers") or {}
    if not isinstance(headers, dict) or not all(isinstance(k, str) and isinstance(v, str | int | float)
                                                for k, v in headers.items()):
        check.error((*where, "headers"), MESSAGES["headers"])
        headers = {}
    for key in headers:
        if key.lower() in OWN_HEADERS:
            check.error((*where, "headers", key), MESSAGES["own_header"].format(value=key))
    stop = entry.get("stop", "known")
    if stop not in STOPS:
        check.error((*where, "stop"), MESSAGES["stop"].format(stops=", ".join(STOPS), value=stop))
    politeness = check.politeness(entry, where, base)
    if name is None or url is None:
        return None
    return Source(name=name, url=url, first_url=first_url, pages=pages, format=format_, profile=profile,
                  headers={k: str(v) for k, v in headers.items() if k.lower() not in OWN_HEADERS},
                  stop=stop if stop in STOPS else "known", politeness=politeness,
                  line=check.lines.get(where, 1))


def load_sources(content_dir: Path, diagnostics: Diagnostics, profiles: set[str],
                 contact: str | None = None, need_contact: bool = True) -> Sources | None:
    """The sources, or None when sources.yaml is missing or has errors (all of them reported).
    `profiles` are the names of the HTML source profiles; `contact` overrides the file's
    (`check` validates the file without one: the workflow passes it on the command line)."""
    path = content_dir / SOURCES_FILE
    try:
        text = path.read_text(encoding="utf-8-sig")
        data = strip_lines(load_yaml_file(path))
    except FileNotFoundError:
        diagnostics.error(path, None, "no sources file: nothing to fetch (see README, 'Fetching listings')")
        return None
    except YamlError as exc:
        diagnostics.error(path, exc.line, str(exc))
        return None
    check = _Checker(path, _key_lines(text), diagnostics)
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        check.error(("sources",) if isinstance(data, dict) else (), MESSAGES["mapping"])
        return None
    for key in data:
        if key not in TOP_KEYS:
            check.error((key,), MESSAGES["unknown"].format(key=key, known=", ".join(TOP_KEYS)))
    base = check.politeness(data, (), Politeness())
    user_agent = data.get("user_agent", AGENT)
    if not isinstance(user_agent, str) or not user_agent.strip():
        check.error(("user_agent",), MESSAGES["text"].format(key="user_agent", value=user_agent))
        user_agent = AGENT
    contact = contact or data.get("contact")
    if (contact is not None or need_contact) and (not isinstance(contact, str) or not contact.strip()):
        check.error(("contact",) if "contact" in data else None, MESSAGES["contact"])
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(data["sources"]):
        source = _source(check, entry, index, base, profiles)
        if source is None:
            continue
        if source.name in seen:
            check.error(("sources", index, "name"), MESSAGES["twice"].format(name=source.name, line=seen[source.name]))
            continue
        seen[source.name] = source.line
        sources.append(source)
    if not check.ok:
        return None
    return Sources(sources, str(contact or "").strip(), user_agent.strip())


def check_sources(content_dir: Path, diagnostics: Diagnostics) -> None:
    """`check`: report mistakes in sources.yaml, if there is one, as errors at their lines."""
    from generator.ingest import html

    if not (content_dir / SOURCES_FILE).is_file():
        return
    try:
        names = {p.name for p in html.profiles(content_dir / "profiles")}
    except html.ProfileError:
        names = {p.name for p in html.profiles(None)}  # the build reports the broken profile
    load_sources(content_dir, diagnostics, names, need_contact=False)


"""Saved HTML listing pages, read through declarative source profiles (YAML, CSS selectors).

A profile names the element of each report and, per field, a selector, an optional
attribute and an optional pattern. Built-in profiles live beside this module; a site's own
go in `content/profiles/` and are tried first. A page may name its profile itself, with a
`<!-- profile: name -->` comment or a `<meta name="source-profile" content="name">` tag (a
scraper can add one when it saves the page); otherwise the first profile whose `match`
selector finds anything in the page reads it.

Values are the text a reader sees (hidden elements, scripts and styles left out). Besides
title, date, preview, views, pages, publisher and links, a profile may select the fields
analysts read: rating and its change, target price, analysts, industry, the covered
security's name and code, and the report type.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.ingest.bounded import head_and_tail
from generator.ingest.recordprofile import SUFFIX as RECORD_PROFILE_SUFFIX  # they live beside these
from generator.ingest.recordprofile import RecordProfile
from generator.ingest.records import MAX_PAGES, Notice, Rejected, http_url, parse_count, parse_date
from generator.model import ListingItem, ReportFacts
from generator.normalize import clean_item, strip_invisible
from generator.yamlio import YamlError, line_of, load_yaml_file, strip_lines

if TYPE_CHECKING:  # imported where pages are parsed: most builds read no HTML listing
    from bs4 import BeautifulSoup, Tag

BUILT_IN = Path(__file__).parent / "profiles"
FIELD_NAMES = ("title", "url", "preview", "views", "date", "pages", "publisher", "pdf_url", "rating", "rating_change",
               "target_price", "analysts", "industry", "security_name", "security_code", "report_type")
_HINT = re.compile(r"<!--\s*(?:source-)?profile\s*:\s*([\w.-]+)\s*-->", re.IGNORECASE)


@dataclass(frozen=True)
class FieldRule:
    selector: str | None
    attr: str | None
    pattern: Any  # a compiled RE2 pattern: see `_pattern`


@dataclass(frozen=True)
class Profile:
    """A site's pages: `match` says which, `item` and `fields` how to read them. A profile of
    a `match` and a `base_url` alone reads its pages by their shape (pageitems.py), with
    the address their relative links are resolved against."""

    name: str
    match: str
    item: str | None
    fields: dict[str, FieldRule]
    base_url: str | None = None


class ProfileError(ValueError):
    """A profile file that cannot be used; the message names the file and the fault."""


MAX_PATTERN = 500  # characters of one field's pattern
_PROFILE_KEYS = {"name": str, "match": str, "item": str, "base_url": str, "fields": dict}
_RULE_KEYS = ("selector", "attr", "pattern")


def _pattern(source: str) -> Any:
    """A field's pattern, compiled by RE2: matching takes time linear in the text, whatever
    the pattern (a profile is content, and `(a+)+$` must not hang a build). RE2 has no
    back-references or look-arounds; such a pattern is refused when the profile loads."""
    import re2

    options = re2.Options()
    options.log_errors = False
    return re2.compile(source, options)


def _re2_error() -> type[Exception]:
    import re2

    return re2.error


def _selector_problem(selector: str) -> str | None:
    import soupsieve

    try:
        soupsieve.compile(selector)
    except (soupsieve.SelectorSyntaxError, ValueError, NotImplementedError) as exc:
        return str(exc).splitlines()[0]
    return None


def load_profile(path: Path) -> Profile:
    """A source profile, every key type-checked, every selector and pattern compiled: a
    fault is a ProfileError naming the file (and line) at load, not a crash mid-build."""
    try:
        raw = load_yaml_file(path)
    except YamlError as exc:
        raise ProfileError(f"{path}:{exc.line}: {exc}") from None
    line = f"{path}:{line_of(raw)}" if line_of(raw) else str(path)
    data = strip_lines(raw)
    shape_only = isinstance(data, dict) and data.get("item") is None and not data.get("fields") \
        and isinstance(data.get("base_url"), str)
    selectors = ("match",) if shape_only else ("match", "item")
    if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in selectors):
        raise ProfileError(f"{path}: a profile needs `match` and `item` selectors (or `match` and `base_url` "
                           "alone, for pages read by their shape)")
    for key, value in data.items():
        if key not in _PROFILE_KEYS:
            raise ProfileError(f"{line}: unknown key {key!r} (keys: {', '.join(_PROFILE_KEYS)})")
        if value is not None and not isinstance(value, _PROFILE_KEYS[key]):
            raise ProfileError(f"{line}: `{key}` must be a {_PROFILE_KEYS[key].__name__}, not {value!r:.60}")
    for key in selectors:
        if problem := _selector_problem(data[key]):
            raise ProfileError(f"{line}: `{key}` is not a CSS selector: {problem}")
    rules: dict[str, FieldRule] = {}
    for name, rule in (data.get("fields") or {}).items():
        if name not in FIELD_NAMES or not isinstance(rule, dict):
            raise ProfileError(f"{path}: unknown field {name!r} (fields: {', '.join(FIELD_NAMES)})")
        where = f"{path}:{line_of((raw.get('fields') or {}).get(name))}" if isinstance(raw, dict) else str(path)
        for key, value in rule.items():
            if key not in _RULE_KEYS:
                raise ProfileError(f"{where}: field {name}: unknown key {key!r} (keys: {', '.join(_RULE_KEYS)})")
            if value is not None and not isinstance(value, str):
                raise ProfileError(f"{where}: field {name}: `{key}` must be text, not {value!r:.60}")
        if rule.get("selector") and (problem := _selector_problem(rule["selector"])):
            raise ProfileError(f"{where}: field {name}: `selector` is not a CSS selector: {problem}")
        source = rule.get("pattern")
        if source and len(source) > MAX_PATTERN:
            raise ProfileError(f"{where}: field {name}: pattern of {len(source)} characters (at most {MAX_PATTERN})")
        try:
            pattern = _pattern(source) if source else None
        except _re2_error() as exc:  # RE2 gives its reason as bytes
            reason = exc.args[0].decode(errors="replace") if exc.args and isinstance(exc.args[0], bytes) else exc
            raise ProfileError(f"{where}: field {name}: bad pattern (RE2 syntax, no back-references or "
                               f"look-arounds): {reason}") from None
        rules[name] = FieldRule(rule.get("selector"), rule.get("attr"), pattern)
    for required in () if shape_only else ("title", "date"):
        if required not in rules:
            raise ProfileError(f"{path}: field `{required}` is required")
    return Profile(str(data.get("name") or path.stem), data["match"], data.get("item"), rules, data.get("base_url"))


def profiles(site_dir: Path | None, built_in: bool = True) -> list[Profile]:
    """The site's own profiles first (so they can override), then the built-in ones."""
    files = sorted(site_dir.glob("*.yaml")) if site_dir and site_dir.is_dir() else []
    return [load_profile(p) for p in [*files, *(sorted(BUILT_IN.glob("*.yaml")) if built_in else [])]
            if not p.name.endswith(RECORD_PROFILE_SUFFIX)]


def _value(item: Tag, rule: FieldRule) -> str | None:
    element = item.select_one(rule.selector) if rule.selector else item
    if element is None:
        return None
    from generator.ingest.richtext import visible_text

    raw = element.get(rule.attr) if rule.attr else visible_text(element)
    if isinstance(raw, list):
        raw = " ".join(raw)
    if raw is None:
        return None
    if rule.pattern:
        found = rule.pattern.search(raw)
        return (found.group(1) if found.groups() else found.group(0)) if found else None
    return raw


def _named_profile(soup: BeautifulSoup, text: str) -> tuple[str, int] | None:
    """The profile the page names for itself, with the line naming it."""
    comment = _HINT.search(text)
    if comment:
        return comment.group(1), text.count("\n", 0, comment.start()) + 1
    meta = soup.find("meta", attrs={"name": "source-profile"})
    from bs4 import Tag

    content = meta.get("content") if isinstance(meta, Tag) else None
    if isinstance(content, str) and content.strip():
        return content.strip(), meta.sourceline or 1
    return None


def choose_profile(profile_list: list[Profile], soup: BeautifulSoup,
                   text: str) -> tuple[Profile | None, Notice | None]:
    """The profile the page names, else the first whose `match` selector finds something."""
    named = _named_profile(soup, text)
    if named:
        by_name = {p.name: p for p in reversed(profile_list)}
        if named[0] in by_name:
            return by_name[named[0]], None
        notice = Notice(named[1], "the page names profile {name!r}, which does not exist (profiles: {profiles}); "
                        "choosing by `match` instead", {"name": named[0], "profiles": ", ".join(sorted(by_name))})
    else:
        notice = None
    return next((p for p in profile_list if soup.select_one(p.match)), None), notice


def parse_with(profile_list: list[Profile], record_profiles: list[RecordProfile], text: str,
               file: str) -> Iterator[ListingItem | Rejected | Notice]:
    """The page's items, read by its source profile, else by its shape (pageitems.py), with
    the record profiles and field names of structured records."""
    from bs4 import BeautifulSoup

    from generator.ingest import facts as facts_of
    from generator.ingest import richtext

    text = strip_invisible(text)
    soup = BeautifulSoup(text, "html.parser")
    profile, notice = choose_profile(profile_list, soup, text)
    if notice:
        yield notice
    if profile is None or profile.item is None:
        yield from _by_shape(profile or ", ".join(p.name for p in profile_list), record_profiles, text, file)
        return
    for element in soup.select(profile.item):
        line = element.sourceline or 1
        values = {name: _value(element, rule) for name, rule in profile.fields.items()}
        title = (values.get("title") or "").strip()
        if not title:
            yield Rejected(line, "no title found with selector {selector!r}",
                           {"selector": profile.fields["title"].selector})
            continue
        published = parse_date(values.get("date"))
        if published is None:
            yield Rejected(line, "{title!r}: no valid publish date (found {found!r})",
                           {"title": title[:40], "found": values.get("date")})
            continue
        url = http_url(values.get("url"), profile.base_url)
        if values.get("url") and not url:
            yield Notice(line, "source URL {url!r} is not http(s); it is left out", {"url": values["url"][:60]})
        head, tail = head_and_tail(values.get("preview") or "")
        rich = richtext.credits(values.get("preview") or "")
        yield clean_item(ListingItem(
            file=file, line=line, title=title, head=head, tail=tail, date=published,
            views=parse_count(values.get("views")), pages=parse_count(values.get("pages"), MAX_PAGES) or None,
            url=url, pdf_url=http_url(values.get("pdf_url"), profile.base_url),
            publisher_hint=facts_of.text_value(values.get("publisher")) or rich[0],
            facts=_facts(values, title, rich[1]),
        ))


def _markdown_in_pre(root, record_profiles: list[RecordProfile],
                     file: str) -> tuple[int, list[ListingItem | Rejected | Notice]] | None:
    """A page that only shows a text as it was written (`<pre>`, how a job publishing its Markdown
    digest as a page may wrap it): the reports of its preformatted texts read as Markdown
    (mdlisting.py), with their lines in the page, and the first such text's line; None when no
    `<pre>` holds a report table or digest entries. Tried only where no profile matches and no
    run of dated items was found: a `<pre>`'s text is the page's text as written, whatever
    markup surrounds it."""
    from generator.ingest import mdlisting

    read: list[ListingItem | Rejected | Notice] = []
    first = None
    for pre in root.iter("pre"):
        text = pre.text_content()
        if not text.strip():
            continue
        line = pre.sourceline or 1
        items = list(mdlisting.parse_markdown(record_profiles, text, file, offset=line - 1))
        if any(isinstance(item, ListingItem) for item in items):
            read.extend(items)
            first = line if first is None else first
    return (first, read) if first is not None else None


def _by_shape(chosen: Profile | str, record_profiles: list[RecordProfile], text: str,
              file: str) -> Iterator[ListingItem | Rejected | Notice]:
    """A page no profile matches (`chosen` names the profiles tried), or whose profile gives
    only its address: its items found by their shape and read as records, as a scraper's
    export of them would be (see pageitems.py)."""
    from generator.ingest import pageitems

    root = pageitems.parse(text)
    shape = pageitems.find_items(root, text) if root is not None else None
    if isinstance(chosen, Profile):
        if shape is None:
            yield Notice(1, "profile {name!r} reads this page by its shape, and no run of dated items was found in it",
                         {"name": chosen.name})
            return
        shape.address = chosen.base_url
    elif shape is None:
        found = _markdown_in_pre(root, record_profiles, file) if root is not None else None
        if found is not None:
            line, items = found
            yield Notice(line, "no source profile matches this page (tried {names}); it shows a Markdown listing as "
                               "preformatted text (<pre>), read as a .md file is", {"names": chosen})
            yield from items
            return
        yield Notice(1, "no source profile matches this page (tried {names}); add one in content/profiles/",
                     {"names": chosen})
        return
    else:
        yield Notice(shape.line, "no source profile matches this page (tried {names}); its {count} items ({element}) "
                                 "are read by their dates and links; add a profile in content/profiles/ if a field "
                                 "is read wrong",
                     {"names": chosen, "count": len(shape.items), "element": shape.where()})
    from generator.ingest.tables import read_shape

    yield from read_shape(shape, file, record_profiles, "page")


def _facts(values: dict[str, str | None], title: str, credited: list[str]) -> ReportFacts:
    from generator.ingest import facts as facts_of

    found = ReportFacts(
        rating=facts_of.word(values.get("rating")), rating_change=facts_of.rating_change(values.get("rating_change")),
        target_price=facts_of.price(values.get("target_price")),
        analysts=facts_of.names(values.get("analysts")) or credited, industry=facts_of.word(values.get("industry")),
        securities=facts_of.securities(values.get("security_name"), values.get("security_code"), title),
    )
    found.target_currency = facts_of.currency(values.get("target_price"), found.securities)
    found.report_type = facts_of.report_type(values.get("report_type"), found, title)
    return found

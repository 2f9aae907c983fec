"""Editors' Markdown files: commentary on reports (`content/commentary/`) and site pages.

Each file opens with YAML front matter between `---` lines. Every mistake is reported with
the file and line it is on; a broken file never stops the others from being checked.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from generator.diagnostics import Diagnostic, Diagnostics
from generator.filecache import Batch, FileResults
from generator.i18n import Text, closest, tr
from generator.markup import (
    MAX_BRACKETS,
    MAX_NESTING,
    MAX_PARAGRAPH,
    flatten_nesting,
    plain_paragraphs,
    render_markdown,
)
from generator.model import Commentary, Page
from generator.normalize import strip_invisible
from generator.slugs import is_valid_slug, slugify
from generator.yamlio import YamlError, load_yaml, strip_lines

_FENCE = re.compile(r"^---\s*$")
_TOP_KEY = re.compile(r"^([^\s#\-][^:]*?)\s*:(?:\s|$)")
_ITEM = re.compile(r"^\s*-\s+(.+?)\s*$")
_WIDE_COLON = re.compile(r"^[A-Za-z_]+\s*：")  # `pick：true`, typed with a Chinese input method

TODAY_VARIABLE = "DIGEST_TODAY"  # YYYY-MM-DD: the day builds take as today (tests, CI)

# The front-matter keys each kind of file knows; any other key is a mistake (`pik: true`).
NOTE_KEYS = ("report", "title", "date", "topics", "publishers", "pick", "draft")
EDITION_KEYS = ("title", "date", "draft")
PAGE_KEYS = ("title", "slug")


def today(timezone: ZoneInfo) -> dt.date:
    """Today in the site's time zone, or the day DIGEST_TODAY names."""
    forced = os.environ.get(TODAY_VARIABLE, "").strip()
    if forced:
        return dt.date.fromisoformat(forced)
    return dt.datetime.now(timezone).date()


@dataclass
class FrontMatter:
    data: dict[str, Any]
    body: str
    lines: dict[str, int]  # the line of each top-level key, and "key:item" of block-list items


def _key_lines(lines: list[str]) -> dict[str, int]:
    """Where each key (and each item of a block list) is, counting the opening `---` as line 1."""
    found: dict[str, int] = {}
    key = None
    for number, line in enumerate(lines, start=2):
        match = _TOP_KEY.match(line)
        if match:
            key = match.group(1).strip().strip("'\"")
            found.setdefault(key, number)
            continue
        item = _ITEM.match(line)
        if item and key:
            found.setdefault(f"{key}:{item.group(1).strip(chr(39) + chr(34))}", number)
    return found


def split_front_matter(path: Path, diagnostics: Diagnostics, known: tuple[str, ...]) -> FrontMatter | None:
    """The front matter and Markdown body, or None after reporting the fault with its line.
    A key not in `known` is an error at its line, with the closest known keys offered."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        diagnostics.error(path, None, "not UTF-8 (byte {byte}); save the file as UTF-8", byte=exc.start)
        return None
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or not _FENCE.match(lines[0]):
        diagnostics.error(path, 1, "front matter missing: the file must start with a '---' line")
        return None
    closing = next((i for i in range(1, len(lines)) if _FENCE.match(lines[i])), None)
    if closing is None:
        diagnostics.error(path, 1, "front matter opened on line 1 is never closed with a '---' line")
        return None
    try:
        data = load_yaml("\n".join(lines[1:closing]), line_offset=1)
    except YamlError as exc:
        wide = next((number for number, line in enumerate(lines[1:closing], start=2) if _WIDE_COLON.match(line)), None)
        if wide is not None:
            diagnostics.error(path, wide, "write the colon after a key as ':' (half-width), not '：'")
        else:
            diagnostics.error(path, exc.line, "invalid YAML: {problem}",
                              problem=Text(str(exc).removeprefix("invalid YAML: ")))
        return None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        diagnostics.error(path, 2, "front matter must be `key: value` lines")
        return None
    body = "\n".join(lines[closing + 1:])
    if (deep := flatten_nesting(body)[1]) is not None:
        diagnostics.warning(path, closing + 1 + deep, "quotes or lists nested more than {depth} levels deep; "
                            "the deeper levels are shown at that depth", depth=MAX_NESTING)
    if (crowded := plain_paragraphs(flatten_nesting(body)[0])[1]) is not None:
        diagnostics.warning(path, closing + 1 + crowded, "a paragraph of more than {length:,} characters or {count} "
                            "'[' is shown as plain text", length=MAX_PARAGRAPH, count=MAX_BRACKETS)
    front = FrontMatter(strip_lines(data), body, _key_lines(lines[1:closing]))
    for key in front.data:
        if str(key) not in known:
            diagnostics.error(path, front.lines.get(str(key), 2), "unknown key {key!r}{suggestions}",
                              key=str(key), suggestions=closest(str(key), known, cutoff=0.6))
    return front


def _names(path: Path, front: FrontMatter, key: str, diagnostics: Diagnostics) -> list[str] | None:
    value = front.data.get(key)
    if value is None:
        return None
    if isinstance(value, str):  # `topics: 银行, 保险` means two names, as `[银行, 保险]` does
        value = [name for name in re.split(r"\s*[,，、]\s*", value) if name]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        diagnostics.error(path, front.lines.get(key), "`{key}` must be a list of names, like [银行, 保险]", key=key)
        return None
    return [strip_invisible(v).strip() for v in value]


def _flag(path: Path, front: FrontMatter, key: str, diagnostics: Diagnostics) -> bool:
    value = front.data.get(key, False)
    if not isinstance(value, bool):
        diagnostics.error(path, front.lines.get(key), "`{key}` must be true or false, not {value!r}",
                          key=key, value=value)
        return False
    return value


def _date(path: Path, front: FrontMatter, diagnostics: Diagnostics) -> dt.date | None:
    value = front.data.get("date")
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        diagnostics.error(path, front.lines.get("date"), "date {value!r} is not a date like 2023-10-12",
                          value=str(value))
        return None


PARALLEL_FROM_NOTES = 400


def read_note_alone(root: Path | None, path: Path) -> tuple[Commentary | None, list[Diagnostic]]:
    """A note read on its own, with what there is to say about it."""
    diagnostics = Diagnostics(root=root)
    return read_commentary(path, diagnostics), diagnostics.items


def _note_and_messages(root: Path | None, path: Path, _part: None) -> tuple[Commentary | None, list[Diagnostic]]:
    return read_note_alone(root, path)


def _publishable(day: dt.date, result: tuple[Commentary | None, list[Diagnostic]]) -> bool:
    """Whether a note read may be cached: the cache sits in the published folder, so a draft or
    a note dated after `day` is read again each time instead."""
    note = result[0]
    return note is None or not (note.draft or (note.date is not None and note.date > day))


def commentary_batch(paths: list[Path], root: Path | None, cache: FileResults, day: dt.date) -> Batch:
    """The batch reading every commentary file (see filecache.py): a few thousand changed ones
    (Markdown is slow) are read in parallel. Notes not yet published as of `day` stay out of
    the cache."""
    return Batch(cache, partial(_note_and_messages, root), paths, lambda todo: len(todo) >= PARALLEL_FROM_NOTES,
                 keep=partial(_publishable, day))


def collect_commentary(results: list[tuple[Commentary | None, list[Diagnostic]]],
                       diagnostics: Diagnostics) -> list[Commentary]:
    """The notes that read cleanly, in order, with every file's messages passed on."""
    notes = []
    for note, messages in results:
        diagnostics.items.extend(messages)
        if note is not None:
            notes.append(note)
    return notes


def read_commentary(path: Path, diagnostics: Diagnostics) -> Commentary | None:
    front = split_front_matter(path, diagnostics, NOTE_KEYS)
    if front is None:
        return None
    ref = front.data.get("report")
    if ref is None or isinstance(ref, bool) or not str(ref).strip():
        diagnostics.error(path, front.lines.get("report", 1),
                          "`report:` is missing: name the report by its listed title, id or page URL")
        return None
    title = front.data.get("title")
    if title is not None and not isinstance(title, str):
        diagnostics.error(path, front.lines.get("title"), "`title` must be text")
        title = None
    return Commentary(
        file=diagnostics._name(path),
        report_ref=strip_invisible(str(ref)).strip(),
        ref_line=front.lines.get("report", 2),
        html=render_markdown(strip_invisible(front.body)),
        title=strip_invisible(title).strip() if title else None,
        date=_date(path, front, diagnostics),
        topics=_names(path, front, "topics", diagnostics),
        publishers=_names(path, front, "publishers", diagnostics),
        pick=_flag(path, front, "pick", diagnostics),
        draft=_flag(path, front, "draft", diagnostics),
        lines=front.lines,
    )


# Top-level paths the site plan uses itself; a page there would overwrite them.
RESERVED_PAGE_SLUGS = {"reports", "publishers", "topics", "weeks", "months", "search", "feeds", "static",
                       "page"}


def read_page(path: Path, diagnostics: Diagnostics) -> Page | None:
    front = split_front_matter(path, diagnostics, PAGE_KEYS)
    if front is None:
        return None
    slug = front.data.get("slug") or slugify(path.stem)
    if not isinstance(slug, str) or not is_valid_slug(slug):
        diagnostics.error(path, front.lines.get("slug", 1),
                          "slug {slug!r} must be lower-case ASCII letters, digits and '-'", slug=slug)
        return None
    if slug in RESERVED_PAGE_SLUGS:
        diagnostics.error(path, front.lines.get("slug", 1),
                          "slug {slug!r} is a section of the generated site; give the page another slug", slug=slug)
        return None
    title = front.data.get("title") if isinstance(front.data.get("title"), str) else path.stem
    return Page(slug=slug, title=strip_invisible(title), html=render_markdown(strip_invisible(front.body)),
                file=diagnostics._name(path))


MARKDOWN = (".md", ".markdown")


def markdown_files(directory: Path) -> list[Path]:
    """Every Markdown file under `directory`, in subfolders too, whatever the case of its
    suffix (`.md`, `.MD`, `.markdown`): a note is never ignored for where or how it is saved.
    Hidden files and folders (editors' backups, `.cache`) are left out."""
    if not directory.is_dir():
        return []
    return sorted(path for path in directory.rglob("*") if path.suffix.lower() in MARKDOWN
                  and not any(part.startswith(".") for part in path.relative_to(directory).parts) and path.is_file())


_EDITION = re.compile(r"^(\d{4})-[Ww](\d{2})$")


@dataclass
class Edition:
    """The editor's intro to one weekly page (`content/editions/2023-W41.md`)."""

    week: str  # "2023-W41", whatever the case of the file name
    file: str
    html: str
    title: str | None = None
    date: dt.date | None = None
    draft: bool = False
    line: int = 1


def read_editions(directory: Path, diagnostics: Diagnostics) -> dict[str, Edition]:
    """Every edition file that reads cleanly, by week. Front matter (`title`, `date`, `draft`)
    is optional: a file may be plain Markdown."""
    editions: dict[str, Edition] = {}
    for path in markdown_files(directory):
        match = _EDITION.match(path.stem)
        if not match or not 1 <= int(match.group(2)) <= 53:
            diagnostics.error(path, None, "an edition file is named after its ISO week, like 2023-W41.md")
            continue
        week = f"{match.group(1)}-W{match.group(2)}"
        if week in editions:
            diagnostics.error(path, None, "week {week} has two editions: {other} and this file",
                              week=week, other=editions[week].file)
            continue
        try:
            starts_with_fence = _FENCE.match(path.read_text(encoding="utf-8-sig").split("\n", 1)[0])
        except UnicodeDecodeError as exc:
            diagnostics.error(path, None, "not UTF-8 (byte {byte}); save the file as UTF-8", byte=exc.start)
            continue
        front = (split_front_matter(path, diagnostics, EDITION_KEYS) if starts_with_fence
                 else FrontMatter({}, path.read_text(encoding="utf-8-sig"), {}))
        if front is None:
            continue
        title = front.data.get("title")
        if title is not None and not isinstance(title, str):
            diagnostics.error(path, front.lines.get("title"), "`title` must be text")
            title = None
        editions[week] = Edition(week, diagnostics._name(path), render_markdown(strip_invisible(front.body)),
                                 strip_invisible(title).strip() if title else None, _date(path, front, diagnostics),
                                 _flag(path, front, "draft", diagnostics))
    return editions


def week_of(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def publish_editions(editions: dict[str, Edition], weeks: set[str], today: dt.date, preview: bool,
                     diagnostics: Diagnostics) -> dict[str, str]:
    """The intro HTML of each week page: drafts and editions dated after `today` only in a
    preview (`serve`), marked. An edition for a week without reports is an error: its page
    does not exist."""
    published = {}
    for week, edition in sorted(editions.items()):
        waiting = edition.draft or (edition.date is not None and edition.date > today)
        if week not in weeks:
            if not waiting:
                diagnostics.error(edition.file, None, "week {week} has no reports, so no page for this edition"
                                  "{suggestions}", week=week, suggestions=closest(week, weeks, cutoff=0.7))
            continue
        if waiting and not preview:
            continue
        heading = f"<h2>{html.escape(edition.title)}</h2>\n" if edition.title else ""
        published[week] = (banner(edition.draft, edition.date if waiting else None) if waiting else "") + heading \
            + edition.html
    return published


def banner(draft: bool, scheduled: dt.date | None) -> str:
    """The mark `serve` puts on a draft or a scheduled note or edition (never in a build)."""
    if draft:
        text = tr("Draft: shown by serve only, never published by build")
    else:
        text = tr("Scheduled: published by the first build on or after {date}", date=scheduled)
    return f'<p class="draft-banner" role="note"><strong>{html.escape(text)}</strong></p>\n'


def site_today(content: Path) -> dt.date:
    """Today in the time zone content/site.yaml names (before the configuration is loaded;
    config.py reports a bad zone)."""
    zone = "Asia/Shanghai"
    try:
        data = load_yaml((content / "site.yaml").read_text(encoding="utf-8-sig"))
        if isinstance(data, dict) and isinstance(data.get("timezone"), str):
            zone = data["timezone"]
        return today(ZoneInfo(zone))
    except (OSError, UnicodeDecodeError, YamlError, ValueError, KeyError):
        return today(ZoneInfo("Asia/Shanghai"))

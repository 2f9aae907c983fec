"""Editors' Markdown files: commentary on reports (`content/commentary/`) and site pages.

Each file opens with YAML front matter between `---` lines. Every mistake is reported with
the file and line it is on; a broken file never stops the others from being checked.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, Diagnostics
from generator.filecache import Batch, FileResults
from generator.markup import MAX_NESTING, flatten_nesting, render_markdown
from generator.model import Commentary, Page
from generator.normalize import strip_invisible
from generator.slugs import is_valid_slug, slugify
from generator.yamlio import YamlError, load_yaml, strip_lines

_FENCE = re.compile(r"^---\s*$")


def split_front_matter(path: Path, diagnostics: Diagnostics) -> tuple[dict[str, Any], str] | None:
    """(front matter, Markdown body), or None after reporting the fault with its line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        diagnostics.error(path, None, f"not UTF-8 (byte {exc.start}); save the file as UTF-8")
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
        diagnostics.error(path, exc.line, str(exc))
        return None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        diagnostics.error(path, 2, "front matter must be `key: value` lines")
        return None
    body = "\n".join(lines[closing + 1:])
    if (deep := flatten_nesting(body)[1]) is not None:
        diagnostics.warning(path, closing + 1 + deep, f"quotes or lists nested more than {MAX_NESTING} levels "
                            "deep; the deeper levels are shown at that depth")
    return strip_lines(data), body


def _key_line(path: Path, key: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").split("\n"), start=1):
        if line.startswith(f"{key}:"):
            return number
    return 1


def _names(path: Path, data: dict[str, Any], key: str, diagnostics: Diagnostics) -> list[str] | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        diagnostics.error(path, _key_line(path, key), f"`{key}` must be a list of names")
        return None
    return [strip_invisible(v).strip() for v in value]


def _flag(path: Path, data: dict[str, Any], key: str, diagnostics: Diagnostics) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        diagnostics.error(path, _key_line(path, key), f"`{key}` must be true or false, not {value!r}")
        return False
    return value


def _date(path: Path, data: dict[str, Any], diagnostics: Diagnostics) -> dt.date | None:
    value = data.get("date")
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        diagnostics.error(path, _key_line(path, "date"), f"date {value!r} is not a date like 2023-10-12")
        return None


PARALLEL_FROM_NOTES = 400


def _note_and_messages(root: Path | None, path: Path, _part: None) -> tuple[Commentary | None, list[Diagnostic]]:
    diagnostics = Diagnostics(root=root)
    return read_commentary(path, diagnostics), diagnostics.items


def commentary_batch(paths: list[Path], root: Path | None, cache: FileResults) -> Batch:
    """The batch reading every commentary file (see filecache.py): a few thousand changed ones
    (Markdown is slow) are read in parallel."""
    return Batch(cache, partial(_note_and_messages, root), paths, lambda todo: len(todo) >= PARALLEL_FROM_NOTES)


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
    parsed = split_front_matter(path, diagnostics)
    if parsed is None:
        return None
    data, body = parsed
    ref = data.get("report")
    if ref is None or isinstance(ref, bool) or not str(ref).strip():
        diagnostics.error(path, 2, "`report:` is missing: name the report by its listed title or id")
        return None
    title = data.get("title")
    if title is not None and not isinstance(title, str):
        diagnostics.error(path, _key_line(path, "title"), "`title` must be text")
        title = None
    return Commentary(
        file=diagnostics._name(path),
        report_ref=strip_invisible(str(ref)).strip(),
        ref_line=_key_line(path, "report"),
        html=render_markdown(strip_invisible(body)),
        title=strip_invisible(title).strip() if title else None,
        date=_date(path, data, diagnostics),
        topics=_names(path, data, "topics", diagnostics),
        publishers=_names(path, data, "publishers", diagnostics),
        pick=_flag(path, data, "pick", diagnostics),
        draft=_flag(path, data, "draft", diagnostics),
    )


# Top-level paths the site plan uses itself; a page there would overwrite them.
RESERVED_PAGE_SLUGS = {"reports", "publishers", "topics", "weeks", "months", "search", "feeds", "static",
                       "pagefind", "page"}


def read_page(path: Path, diagnostics: Diagnostics) -> Page | None:
    parsed = split_front_matter(path, diagnostics)
    if parsed is None:
        return None
    data, body = parsed
    slug = data.get("slug") or slugify(path.stem)
    if not isinstance(slug, str) or not is_valid_slug(slug):
        diagnostics.error(path, _key_line(path, "slug"),
                          f"slug {slug!r} must be lower-case ASCII letters, digits and '-'")
        return None
    if slug in RESERVED_PAGE_SLUGS:
        diagnostics.error(path, _key_line(path, "slug"),
                          f"slug {slug!r} is a section of the generated site; give the page another slug")
        return None
    title = data.get("title") if isinstance(data.get("title"), str) else path.stem
    return Page(slug=slug, title=strip_invisible(title), html=render_markdown(strip_invisible(body)),
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


_EDITION = re.compile(r"^(\d{4})-W(\d{2})$")


def read_editions(directory: Path, diagnostics: Diagnostics) -> dict[str, str]:
    """Hand-written intros for weekly pages: `content/editions/2023-W41.md` (plain Markdown)."""
    editions = {}
    for path in markdown_files(directory):
        match = _EDITION.match(path.stem)
        if not match or not 1 <= int(match.group(2)) <= 53:
            diagnostics.error(path, None, "an edition file is named after its ISO week, like 2023-W41.md")
            continue
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            diagnostics.error(path, None, f"not UTF-8 (byte {exc.start}); save the file as UTF-8")
            continue
        editions[path.stem] = render_markdown(strip_invisible(text))
    return editions

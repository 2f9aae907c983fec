"""`python -m generator new REPORT`: start a commentary file with its front matter filled in.

The new note is a draft (`draft: true`): `serve` shows it, marked, and no build publishes it
until the editor deletes that line (or sets it to false). Its `publishers` and `topics` are
the ones the build gives the report; editing them overrides the build's. An existing file is
never overwritten: the name gets -2, -3, … instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.digest import Digest
from generator.i18n import tr
from generator.model import Report
from generator.reportref import ReportIndex
from generator.slugs import slugify

SLUG_LENGTH = 40


@dataclass
class Outcome:
    """What `new` did: the file written, or why not (with the candidates to choose from)."""

    path: Path | None
    report: Report | None
    message: str
    candidates: list[Report]


def _line(key: str, value: object) -> str:
    """`key: value` with the value quoted as YAML needs it, lists written `[a, b]`."""
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000)
    return f"{key}: {text.removesuffix(chr(10)).removesuffix('...').strip()}"


def file_stem(day: dt.date, title: str) -> str:
    """`2023-10-20-ping-an-si-ren-yin-hang`: the day, then the title's pinyin cut at a word."""
    slug = slugify(title)
    if len(slug) > SLUG_LENGTH:
        slug = slug[:SLUG_LENGTH + 1].rsplit("-", 1)[0]
    return f"{day.isoformat()}-{slug}"


def note_text(report: Report, day: dt.date) -> str:
    """The new file's text: front matter as the build sees the report (no `publishers` or
    `topics` line when it has none), and an empty body."""
    lines = ["---", _line("report", report.title), _line("title", report.clean_title), _line("date", day)]
    lines += [_line(key, names) for key, names in (("publishers", report.publishers), ("topics", report.topics))
              if names]
    lines += [_line("pick", False), _line("draft", True), "---", "", ""]
    return "\n".join(lines)


def free_path(folder: Path, stem: str) -> Path:
    """`stem.md` in `folder`, or the first of `stem-2.md`, `stem-3.md`, … that does not exist."""
    path, number = folder / f"{stem}.md", 2
    while path.exists():
        path, number = folder / f"{stem}-{number}.md", number + 1
    return path


def start_note(digest: Digest, content: Path, ref: str) -> Outcome:
    """Write a new commentary file for the report `ref` names, unless it has one already."""
    index = ReportIndex.of(digest.reports)
    found = index.find(ref)
    if not found:
        near = index.closest(ref)
        if near:
            return Outcome(None, None, tr("no report matches {ref!r}; the closest are:", ref=ref), near)
        return Outcome(None, None, tr("no report matches {ref!r}; `python -m generator queue --all` lists them "
                                      "all", ref=ref), [])
    if len(found) > 1:
        return Outcome(None, None, tr("{ref!r} matches several reports; name one by its id:", ref=ref), found)
    report = found[0]
    existing = digest.notes.by_report.get(report.id)
    if existing:
        return Outcome(None, report, tr("report {id} already has a note: {file}", id=report.id, file=existing), [])
    day = digest.today or dt.date.today()
    folder = content / "commentary"
    folder.mkdir(parents=True, exist_ok=True)
    path = free_path(folder, file_stem(day, report.clean_title))
    with path.open("x", encoding="utf-8") as handle:  # "x": never replaces a file made meanwhile
        handle.write(note_text(report, day))
    return Outcome(path, report, tr("wrote {file} for report {id} ({title}); it is a draft: delete the line "
                                    "`draft: true` to publish it", file=path, id=report.id,
                                    title=report.clean_title), [])

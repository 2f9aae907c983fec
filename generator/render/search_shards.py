"""The search index in shards: Pagefind over one small record page per report, a bundle per shard.

Pagefind crawling every report page of a 100,000-report site peaks near 12 GiB and must start
again for any change. Here each report becomes a record page of just what search needs, the
records are grouped into shards by calendar quarter (split further by id past `SHARD_SIZE`),
and each shard is its own Pagefind bundle under `pagefind/<shard>/`, keyed by its records:
an edit re-indexes the one shard holding its report, memory is bounded by one shard (two run
at once), and the search page merges the bundles listed in `pagefind/shards.json`: it imports
pagefind.js from one shard and passes its `baseUrl` to every `mergeIndex` too (a merged bundle
otherwise makes its result URLs from its own folder). Merged bundles load no wasm of their own.

Pagefind 1.5 loses most hits of Chinese words on content like ours (Pagefind/pagefind#1237);
1.4.0, which pyproject.toml pins, finds them all (tests/test_search_shards.py checks every one).

Records carry the search page's filters (publisher, topic, year); Pagefind writes filter
files in a different order each run, so each shard's are settled (`search.settle_filters`):
a reused shard is byte-identical to a rebuilt one.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from html import escape
from html.parser import HTMLParser
from importlib.metadata import version
from pathlib import Path

from generator.model import Report
from generator.render.search import SearchIndexError, settle_filters
from generator.render.typography import headline

# Reports per bundle, at most. Pagefind costs about 0.2 s of CPU per run plus 1 ms and 50 KB
# of memory per record here, so a shard of 1,000 re-indexes in about a second within 110 MB;
# bigger shards make an edit slower, smaller ones make a reader's search fetch more files.
SHARD_SIZE = 1000
MANIFEST = "shards.json"
INDEX_DIR = "pagefind"
ENGINE = "pagefind_bin_extended"  # the extended binary: the standard one does not segment Chinese
ARGUMENTS = ("--force-language", "zh-cn", "--silent")
# What pagefind writes that the search page never loads (it uses pagefind.js, its worker and wasm).
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
          "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js")


def shard_names(reports: Iterable[Report]) -> dict[str, list[Report]]:
    """Reports by shard: the report's publish quarter, and a part of it by id when it is big.
    A quarter's parts change only when its count crosses a multiple of SHARD_SIZE."""
    quarters: dict[str, list[Report]] = {}
    for report in reports:
        quarters.setdefault(f"{report.date.year}q{(report.date.month - 1) // 3 + 1}", []).append(report)
    shards: dict[str, list[Report]] = {}
    for quarter, members in sorted(quarters.items()):
        parts = -(-len(members) // SHARD_SIZE)
        for report in sorted(members, key=lambda r: r.id):
            name = quarter if parts == 1 else f"{quarter}-{int(report.id[:8], 16) % parts}"
            shards.setdefault(name, []).append(report)
    return shards


class _Text(HTMLParser):
    """The text of a commentary's HTML, as search should see it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def commentary_text(report: Report) -> str:
    if report.commentary is None:
        return ""
    parser = _Text()
    parser.feed(report.commentary.html)
    parser.close()
    return " ".join(" ".join(parser.parts).split())


def record_page(report: Report) -> str:
    """What search indexes of one report: title, publishers, topics, date, excerpt, key points
    and the commentary's text; title, publisher and date as result metadata, publishers,
    topics and year as filters (the search page's), the date as a sort. Every text is
    escaped, so no report or commentary can add markup or Pagefind attributes."""
    publishers = "、".join(report.publishers) or "未署名"
    day = report.date.isoformat()
    marks = [("meta", "publisher", publishers), ("meta", "date", day), ("sort", "date", day),
             ("filter", "年份", str(report.date.year)),
             *(("filter", "机构", name) for name in report.publishers or ["未署名"]),
             *(("filter", "主题", name) for name in report.topics)]
    spans = "".join(f'<span data-pagefind-{kind}="{key}:{escape(value)}"></span>' for kind, key, value in marks)
    points = "".join(f"<li>{escape(p)}</li>" for p in report.key_points)
    title = escape(headline(report.clean_title))  # as the report page shows it
    return (f'<!doctype html><html lang="zh-CN"><head><title>{title}</title></head>'
            f'<body data-pagefind-body>{spans}<h1 data-pagefind-meta="title">{title}</h1>'
            f'<p>{escape(publishers)} {escape("、".join(report.topics))}</p><p>{escape(report.excerpt)}</p>'
            f'<ul>{points}</ul><h2>{escape(note.title or "") if (note := report.commentary) else ""}</h2>'
            f'<div>{escape(commentary_text(report))}</div></body></html>')


def engine_version() -> str:
    """What besides the record pages decides a shard's bytes: the binary's version and this
    module (its arguments, the files it drops)."""
    return f"{ENGINE} {version(ENGINE)} {hashlib.sha256(Path(__file__).read_bytes()).hexdigest()}"


def _inputs(report: Report) -> str:
    """Everything `record_page` reads of a report, joined: hashing this instead of the page
    spares rendering 100,000 pages to find the few shards that changed."""
    note = report.commentary
    commentary = f"{note.title or ''}\x1d{note.html}" if note else ""
    fields = [report.id, report.clean_title, *report.publishers, "\x1d", *report.topics, "\x1d",
              report.date.isoformat(), report.excerpt, *report.key_points, "\x1d", commentary]
    return "\x1f".join(fields) + "\x1e"


def shard_key(members: list[Report], engine: str) -> str:
    """The shard's members in id order (as `shard_names` lists them) and the engine."""
    digest = hashlib.sha256(engine.encode())
    for report in members:
        digest.update(_inputs(report).encode())
    return digest.hexdigest()


def _binary() -> str:
    """The extended binary itself: `python -m pagefind` would start an interpreter first, which
    costs more than indexing a small shard."""
    from pagefind_bin_extended import get_executable  # installed with pagefind[extended]

    return str(get_executable())


def _index(binary: str, members: list[Report], target: Path, work: Path) -> None:
    """One Pagefind run over one shard's record pages, written to `target`."""
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        for report in members:
            folder = os.path.join(tmp, "reports", report.id)
            os.makedirs(folder)
            with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as handle:
                handle.write(record_page(report))
        result = subprocess.run([binary, "--site", tmp, "--output-path", str(target), *ARGUMENTS],
                                capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SearchIndexError(f"pagefind failed on shard {target.name}: "
                               f"{(result.stderr or result.stdout).strip()[-500:]}")
    for name in UNUSED:
        (target / name).unlink(missing_ok=True)
    settle_filters(target)


def _link_or_copy(source: str, destination: str) -> None:
    try:
        os.link(source, destination)
    except OSError:  # another file system: the bytes are the same either way
        shutil.copy2(source, destination)


def build_shards(reports: Iterable[Report], previous: Path | None, target: Path, work: Path,
                 workers: int = 2) -> list[str]:
    """Make `target` the sharded index of `reports` and return the names of the shards indexed.
    `target` is the staged site's `pagefind/`: empty, or the index of the site the build
    before last left (the staged site starts as that spare, see write.StagedOutput), whose
    shards stay where their key still holds. Other shards are hard-linked whole from
    `previous` (the live index) when its key holds there, else indexed, `workers` at a time.

    So an edit costs what its own shard costs: a shard kept in place costs nothing, a shard
    linked from the live site a link per record (about 1.3 s per 24,000 records here)."""
    engine = engine_version()
    live, kept = _manifest(previous), _manifest(target)
    plan: dict[str, str] = {}
    todo: list[tuple[str, list[Report]]] = []
    target.mkdir(parents=True, exist_ok=True)
    shards = shard_names(reports)
    for stale in {p.name for p in target.iterdir() if p.is_dir()} - shards.keys():
        shutil.rmtree(target / stale)
    for name, members in shards.items():
        key = plan[name] = shard_key(members, engine)
        if kept.get(name) == key and (target / name).is_dir():
            continue
        shutil.rmtree(target / name, ignore_errors=True)
        if previous is not None and live.get(name) == key and (previous / name).is_dir():
            shutil.copytree(previous / name, target / name, copy_function=_link_or_copy)
        else:
            todo.append((name, members))
    if todo:
        binary = _binary()
        work.mkdir(parents=True, exist_ok=True)
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            list(pool.map(lambda job: _index(binary, job[1], target / job[0], work), todo))
    _write_manifest(target, plan)
    return [name for name, _ in todo]


def _write_manifest(folder: Path, plan: dict[str, str]) -> None:
    temporary = folder / f".{MANIFEST}.tmp"
    temporary.write_text(json.dumps({"shards": plan}, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")
    os.replace(temporary, folder / MANIFEST)


def _manifest(previous: Path | None) -> dict[str, str]:
    try:
        return json.loads((previous / MANIFEST).read_text(encoding="utf-8"))["shards"] if previous else {}
    except (OSError, ValueError, KeyError, TypeError):
        return {}

"""The search index in shards: Pagefind over one small record page per report, a bundle per shard.

Pagefind crawling every report page of a 100,000-report site peaks near 12 GiB and must start
again for any change. Here each report becomes a record page of just what search needs, the
records are grouped into shards by calendar quarter (split further by id past `SHARD_SIZE`),
and each shard is its own Pagefind bundle under `pagefind/<shard>/`, keyed by its records:
an edit re-indexes the one shard holding its report, memory is bounded by one shard, and the
search page merges the bundles listed in `pagefind/shards.json`.

Records carry no Pagefind filters, only metadata: Pagefind's filter files differ from run to
run for the same input, and a reused shard must be byte-identical to a rebuilt one.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from html import escape
from pathlib import Path

from generator.model import Report

SHARD_SIZE = 4000  # reports per bundle: about 300 MB of indexer memory on this content
MANIFEST = "shards.json"
INDEX_DIR = "pagefind"


class SearchIndexError(RuntimeError):
    pass


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


def record_page(report: Report, commentary_text: str = "") -> str:
    """What search indexes of one report: title, publishers, topics, date, excerpt, key points
    and the commentary's text, with title, publishers, topics and date as result metadata."""
    publishers = "、".join(report.publishers) or "未署名"
    topics = "、".join(report.topics)
    points = "".join(f"<li>{escape(p)}</li>" for p in report.key_points)
    meta = "".join(f'<span data-pagefind-meta="{key}:{escape(value)}"></span>' for key, value in (
        ("机构", publishers), ("主题", topics), ("日期", report.date.isoformat()), ("年份", str(report.date.year))))
    return (f'<!doctype html><html lang="zh-CN"><head><title>{escape(report.display_title)}</title></head>'
            f'<body data-pagefind-body>{meta}<h1 data-pagefind-meta="title">{escape(report.display_title)}</h1>'
            f'<p>{escape(publishers)} {escape(topics)}</p><p>{escape(report.excerpt)}</p><ul>{points}</ul>'
            f'<div>{escape(commentary_text)}</div>'
            f'<span data-pagefind-sort="date:{report.date.isoformat()}"></span></body></html>')


def shard_key(pages: dict[str, str], engine: str) -> str:
    digest = hashlib.sha256(engine.encode())
    for report_id, page in sorted(pages.items()):
        digest.update(f"{report_id}\0{len(page)}\0{page}".encode())
    return digest.hexdigest()


def _index(records: dict[str, str], target: Path, work: Path) -> None:
    """One Pagefind run over one shard's record pages, written to `target`."""
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        for report_id, page in records.items():
            folder = os.path.join(tmp, "reports", report_id)
            os.makedirs(folder)
            with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as handle:
                handle.write(page)
        result = subprocess.run([sys.executable, "-m", "pagefind", "--site", tmp, "--output-path", str(target),
                                 "--force-language", "zh-cn", "--silent"],
                                capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SearchIndexError(f"pagefind failed: {(result.stderr or result.stdout).strip()[-500:]}")


def build_shards(reports: Iterable[Report], commentary: dict[str, str], previous: Path | None, target: Path,
                 work: Path, workers: int = 2) -> list[str]:
    """Write the sharded index into `target` (the new `pagefind/` folder), hard-linking every
    shard whose key is unchanged from `previous` (the live one), and indexing the others, two
    at a time. Returns the names of the shards indexed."""
    from pagefind import __version__ as engine  # noqa: PLC0415  (imported only when search is on)

    old = _manifest(previous)
    plan: dict[str, str] = {}
    todo: list[tuple[str, dict[str, str]]] = []
    for name, members in shard_names(reports).items():
        pages = {r.id: record_page(r, commentary.get(r.id, "")) for r in members}
        key = plan[name] = shard_key(pages, str(engine))
        if previous is not None and old.get(name) == key and (previous / name).is_dir():
            shutil.copytree(previous / name, target / name, copy_function=os.link)
        else:
            todo.append((name, pages))
    work.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        list(pool.map(lambda job: _index(job[1], target / job[0], work), todo))
    target.mkdir(parents=True, exist_ok=True)
    (target / MANIFEST).write_text(json.dumps({"shards": plan}, ensure_ascii=False, sort_keys=True, indent=0),
                                   encoding="utf-8")
    return [name for name, _ in todo]


def _manifest(previous: Path | None) -> dict[str, str]:
    try:
        return json.loads((previous / MANIFEST).read_text(encoding="utf-8"))["shards"] if previous else {}
    except (OSError, ValueError, KeyError, TypeError):
        return {}

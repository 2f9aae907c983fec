"""The search index in shards: a Pagefind bundle per shard, from one small record page per report.

Pagefind crawling every report page of a 100,000-report site peaks near 12 GiB and must start
again for any change. Here each report becomes a record page of just what search needs, the
records are grouped into shards by calendar quarter (split further by id past `SHARD_SIZE`),
and each shard is its own Pagefind bundle under `pagefind/<shard>/`, keyed by its records:
an edit re-indexes the one shard holding its report. The record pages go to Pagefind's
service over a pipe and the bundle comes back in memory (`_Service`), so the service's memory
is bounded by one shard (about 80 MB for 900 records; two services run at once). The search
page merges the bundles listed in `pagefind/shards.json`: it imports pagefind.js from the
first shard and passes its `baseUrl` to every `mergeIndex` too (a merged bundle otherwise
makes its result URLs from its own folder). Merged bundles load no script or wasm of their
own, so only the first shard keeps them (`_loader`): 86 KB fewer in every other shard, 9 MB at
100,000 reports. Being first is part of a shard's key, so a shard that becomes first, or stops
being first, is indexed again.

Pagefind 1.5 loses most hits of Chinese words on content like ours (Pagefind/pagefind#1237);
1.4.0, which pyproject.toml pins, finds them all (tests/test_search_shards.py checks every one).

Records carry the search page's filters (publisher, topic, year); Pagefind writes filter
files in a different order each run, so each shard's are settled (`search.settle_filters`):
a reused shard is byte-identical to a rebuilt one.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator.model import Report
from generator.render import search
from generator.render.search import SearchIndexError, settle_filters, slim_fragments
from generator.render.typography import headline

# Reports per bundle, at most. Indexing costs about 0.85 ms of CPU per record here (Pagefind's
# service and the bundle's files together), so a shard of 1,000 re-indexes in about a second;
# bigger shards make an edit slower, smaller ones make a reader's first search fetch more files
# (three per bundle: 110 bundles at 100,000 reports).
SHARD_SIZE = 1000
MANIFEST = "shards.json"
INDEX_DIR = "pagefind"
ENGINE = "pagefind_bin_extended"  # the extended binary: the standard one does not segment Chinese
LANGUAGE = "zh-cn"  # every record: Pagefind then segments all text as Chinese
# What pagefind writes that the search page never loads (it uses pagefind.js and its wasm).
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
          "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js")


def _loader(path: str) -> bool:
    """Whether a bundle's file is what the search page loads from the first shard only:
    Pagefind's script, or its WebAssembly (`wasm.<language>.pagefind`)."""
    return path == "pagefind.js" or (path.startswith("wasm.") and path.endswith(".pagefind"))


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
    """What besides the record pages decides a shard's bytes: the binary's version, this
    module (its arguments, the files it drops) and search.py (how it rewrites the files kept)."""
    code = hashlib.sha256(Path(__file__).read_bytes() + Path(search.__file__).read_bytes()).hexdigest()
    return f"{ENGINE} {version(ENGINE)} {code}"


def _inputs(report: Report) -> str:
    """Everything `record_page` reads of a report, joined: hashing this instead of the page
    spares rendering 100,000 pages to find the few shards that changed."""
    note = report.commentary
    commentary = f"{note.title or ''}\x1d{note.html}" if note else ""
    fields = [report.id, report.clean_title, *report.publishers, "\x1d", *report.topics, "\x1d",
              report.date.isoformat(), report.excerpt, *report.key_points, "\x1d", commentary]
    return "\x1f".join(fields) + "\x1e"


def shard_key(members: list[Report], engine: str, first: bool) -> str:
    """The shard's members in id order (as `shard_names` lists them), the engine, and whether
    the shard is the first (the one holding Pagefind's script and wasm)."""
    digest = hashlib.sha256(f"{engine}\x1f{first}".encode())
    for report in members:
        digest.update(_inputs(report).encode())
    return digest.hexdigest()


def _binary() -> str:
    """The extended binary itself (`python -m pagefind` would start an interpreter first)."""
    from pagefind_bin_extended import get_executable  # installed with pagefind[extended]

    return str(get_executable())


class _Service:
    """One `pagefind --service` process indexing shard after shard, each from its record pages
    sent over its pipe, its bundle handed back in memory (`GetFiles`).

    Against a binary run per shard over record pages written to a temporary folder, this spares
    writing and reading a page per report, the start-up per shard, and Pagefind's own writing,
    which costs more than its indexing: it writes each file from a thread of its own (5.7 s
    of CPU for 10,000 reports on a RAM disk, 11 s on disk, against 2 s to index them). The
    `pagefind` package's client waits 0.1 s for every reply, 100 s for 1,000 records, so the
    protocol (base64 JSON messages, each closed by a comma; replies in order) is spoken here.
    The service takes one message at a time: indexes made one after another are the same as
    made alone, and the page order in an index is the order records are sent (by id)."""

    def __init__(self, binary: str) -> None:
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close())
        self._process = subprocess.Popen([binary, "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=self._errors)
        self._sent = 0
        self._buffer = b""

    def _send(self, payload: dict[str, object]) -> None:
        self._sent += 1
        message = json.dumps({"message_id": self._sent, "payload": payload}, ensure_ascii=False)
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(base64.b64encode(message.encode()) + b",")
        except BrokenPipeError:
            raise self._stopped() from None

    def _stopped(self) -> SearchIndexError:
        self._errors.seek(0)
        return SearchIndexError(f"pagefind stopped: {self._errors.read().decode(errors='replace')[-500:]}")

    def _reply(self, expected: str) -> dict[str, Any]:
        assert self._process.stdout is not None
        while (end := self._buffer.find(b",")) < 0:
            chunk = self._process.stdout.read1(1 << 20)
            if not chunk:
                raise self._stopped()
            self._buffer += chunk
        payload = json.loads(base64.b64decode(self._buffer[:end]))["payload"]
        self._buffer = self._buffer[end + 1:]
        if payload.get("type") != expected:
            raise SearchIndexError(f"pagefind: {payload.get('message', payload)}")
        return payload

    def _call(self, payload: dict[str, object], expected: str) -> dict[str, Any]:
        self._send(payload)
        self._flush()
        return self._reply(expected)

    def _flush(self) -> None:
        assert self._process.stdin is not None
        try:
            self._process.stdin.flush()
        except BrokenPipeError:
            raise self._stopped() from None

    def bundle(self, members: list[Report], first: bool) -> dict[str, bytes]:
        """The bundle of one shard: its files' paths and bytes, filters settled, unused files left
        out (and Pagefind's script and wasm unless the shard is the `first`)."""
        index = self._call({"type": "NewIndex", "config": {"force_language": LANGUAGE}}, "NewIndex")["index_id"]
        for report in members:  # sent at once: the service reads them while it indexes
            self._send({"type": "AddFile", "index_id": index, "file_path": f"reports/{report.id}/index.html",
                        "url": None, "file_contents": record_page(report)})
        self._flush()
        for _ in members:
            self._reply("IndexedFile")
        sent = self._call({"type": "GetFiles", "index_id": index}, "GetFiles")["files"]
        self._call({"type": "DeleteIndex", "index_id": index}, "DeleteIndex")
        files = {file["path"]: base64.b64decode(file["content"]) for file in sent
                 if file["path"] not in UNUSED and (first or not _loader(file["path"]))}
        settle_filters(files)
        slim_fragments(files)
        return files

    def close(self) -> None:
        if self._process.stdin:
            with contextlib.suppress(BrokenPipeError):
                self._process.stdin.close()  # the service exits at the end of its input
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._process.stdout:
            self._process.stdout.close()
        self._errors.close()


def _write_bundle(files: dict[str, bytes], target: Path, live: Path | None) -> None:
    """Write a shard's bundle into `target`. A file the live shard has with the same bytes (most
    of its fragments, its scripts) is linked instead: a link makes no new inode."""
    folders: set[str] = set()
    for relative, data in sorted(files.items()):
        folder, _, _ = relative.rpartition("/")
        if folder not in folders:
            (target / folder).mkdir(parents=True, exist_ok=True)
            folders.add(folder)
        path = target / relative
        if live is not None:
            old = live / relative
            try:
                if old.stat().st_size == len(data) and old.read_bytes() == data:
                    _link_or_copy(str(old), str(path))
                    continue
            except OSError:
                pass
        path.write_bytes(data)


def _link_or_copy(source: str, destination: str) -> None:
    try:
        os.link(source, destination)
    except OSError:  # another file system: the bytes are the same either way
        shutil.copy2(source, destination)


Size = tuple[int, int]  # files, bytes


@dataclass
class Shards:
    """What `build_shards` did: the shards it indexed, and each shard's files and bytes by its
    key, so that the build's count of what it publishes includes the index without walking
    100,000 fragment files (half a second) on every build."""

    indexed: list[str] = field(default_factory=list)
    sizes: dict[str, Size] = field(default_factory=dict)
    manifest: int = 0  # the bytes of `shards.json`, none when no manifest was written

    @property
    def files(self) -> int:
        return sum(files for files, _ in self.sizes.values()) + (1 if self.manifest else 0)

    @property
    def size(self) -> int:
        return sum(size for _, size in self.sizes.values()) + self.manifest


def _measure(folder: Path) -> Size:
    """The files and bytes of a shard kept from an earlier build whose sizes were not recorded."""
    found = [path.stat().st_size for path in folder.rglob("*") if path.is_file()]
    return len(found), sum(found)


def build_shards(reports: Iterable[Report], previous: Path | None, target: Path, workers: int = 2,
                 stop: threading.Event | None = None, known: dict[str, Size] | None = None) -> Shards:
    """Bring `target` (the staged `pagefind/` folder: empty, or the index of the site staged in,
    the build's spare) to the sharded index of `reports`. A shard `target` holds with its key is
    kept where it is; one `previous` (the live index) holds with its key is hard-linked; the
    others are indexed, `workers` Pagefind services at once; shards no longer planned are
    removed. `known` gives the sizes of shards by key, as the last build's `Shards.sizes`.

    Linking a shard costs a link per record (Pagefind makes a fragment file per page), so an
    edit costs least when the spare keeps all but the edited shard. Once `stop` is set (the
    build failed beside it) no further shard is started, and no manifest is written."""
    engine = engine_version()
    old, staged = _manifest(previous), _manifest(target)
    known = known or {}
    sizes: dict[str, Size] = {}
    plan: dict[str, str] = {}
    todo: list[tuple[str, list[Report]]] = []
    target.mkdir(parents=True, exist_ok=True)
    shards = shard_names(reports)
    first = min(shards, default="")  # as the manifest lists it first (its keys sorted)
    for name, members in shards.items():
        key = plan[name] = shard_key(members, engine, name == first)
        if staged.get(name) == key and (target / name).is_dir():
            continue
        shutil.rmtree(target / name, ignore_errors=True)
        if previous is not None and old.get(name) == key and (previous / name).is_dir():
            shutil.copytree(previous / name, target / name, copy_function=_link_or_copy)
        else:
            todo.append((name, members))
    for gone in target.iterdir():
        if gone.is_dir() and gone.name not in plan:
            shutil.rmtree(gone)
    if todo:
        binary = _binary()
        queue = iter(todo)
        lock = threading.Lock()

        def run() -> None:
            service = _Service(binary)
            try:
                while True:
                    with lock:
                        job = next(queue, None)
                    if job is None or (stop is not None and stop.is_set()):
                        return
                    name, members = job
                    live = previous / name if previous is not None and (previous / name).is_dir() else None
                    files = service.bundle(members, name == first)
                    _write_bundle(files, target / name, live)
                    sizes[plan[name]] = len(files), sum(len(data) for data in files.values())
            finally:
                service.close()

        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(todo)))) as pool:
            for done in [pool.submit(run) for _ in range(max(1, min(workers, len(todo))))]:
                done.result()
    if stop is not None and stop.is_set():
        return Shards()
    manifest = _write_manifest(target, plan)
    for name, key in plan.items():
        if key not in sizes:
            sizes[key] = known[key] if key in known else _measure(target / name)
    return Shards([name for name, _ in todo], sizes, manifest)


def _write_manifest(folder: Path, plan: dict[str, str]) -> int:
    """Write the manifest the search page reads; its size in bytes."""
    temporary = folder / f".{MANIFEST}.tmp"
    data = json.dumps({"shards": plan}, ensure_ascii=False, sort_keys=True, indent=0).encode()
    temporary.write_bytes(data)
    os.replace(temporary, folder / MANIFEST)
    return len(data)


def _manifest(previous: Path | None) -> dict[str, str]:
    try:
        return json.loads((previous / MANIFEST).read_text(encoding="utf-8"))["shards"] if previous else {}
    except (OSError, ValueError, KeyError, TypeError):
        return {}

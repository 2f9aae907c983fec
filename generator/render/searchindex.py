"""The search index: the files the search page (static/searchcore.js) reads to find reports,
made as ordinary outputs, each keyed by the reports it holds like every page and feed.

Why not Pagefind, which the site used before: it costs 1.2 ms of CPU per report on a 2-core
machine however short the record (11.8 s for 10,000, most of it compressing a fragment file
per page, its allocator and handing the bundle back), more than a whole Hugo build of the
same site. This index costs about 0.17 ms a report, in the render workers beside the pages.

Chinese is indexed by overlapping character pairs (`数字化转型` → 数字 字化 化转 转型), the
approach of Lucene's CJK bigram filter, and by single characters for one-character queries
(铜, 煤): no dictionary, so no word is lost to a segmentation that cut the query one way and
the text another; a report matches when it has every pair of the query. Latin words and
numbers are whole terms, and each Latin word's starts (`~ai`, `~aig`, `~aigc`) are keys too:
the last word of a query is matched as a prefix, as it is typed (AIG finds AIGC, REIT finds
REITs). `query_keys` here and `terms` and `search` in searchcore.js must agree
(tests/test_browser.py runs both).

Text and queries are folded alike: NFKC, simplified script, lower case.

Files, under `search/data/`:
- `manifest.json`: the shards, newest first, each with its chunk count and its reports' days
  (run-length: the reports of a shard are numbered newest first);
- `simplified.gz`: the traditional characters and their simplified forms, for queries;
- `<shard>/t<k>.gz`: the postings of the keys whose `chunk_of` is k: a term `w` (in any
  text), a Latin word's start `~p`, `^w` and `^~p` (in the title, ranked first; in the chunk
  of `w` or `~p`, so ranking fetches nothing more), `@机构:name` and `@主题:name` (the
  filters); a JSON header of keys and counts, then uint16 report numbers;
- `<shard>/d<j>.gz`: what a result shows of `PER_FILE` reports (id, title, publishers, day,
  the text its passage is cut from: the excerpt, key points and commentary, up to `PASSAGE`
  characters, so that a hit past the excerpt's start is shown in its context; and where the
  note's words start in it, after `NOTE_LABEL`, or -1).
A shard is a publish year, split by report id past `SHARD_SIZE`. An edit re-makes the postings
of one shard and the one details file showing the report (each file keyed by what it is made of);
a build from the plan record (planrecord.py) makes those postings from the live files, moving the
edited reports' keys (`move_keys`), rather than indexing the shard's thousands of reports again.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import zlib
from array import array
from bisect import insort
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from html.parser import HTMLParser
from itertools import groupby
from operator import add

from generator.model import Report
from generator.normalize import nfkc, simplified_forms, to_simplified
from generator.plan import FileOut
from generator.render.typography import punctuated
from generator.stats import BY_DATE, newest_first

DATA = "search/data"
MANIFEST = f"{DATA}/manifest.json"
SIMPLIFIED = f"{DATA}/simplified.gz"  # the page folds a query's traditional characters with it
VERSION = 2  # 2: Latin prefixes, passages
SHARD_SIZE = 10000  # reports per shard at most (numbers must fit uint16); an edit re-indexes one
DOCS_PER_CHUNK = 40  # a chunk holds the keys of about this many reports' worth of postings
MAX_CHUNKS = 256
PER_FILE = 100  # results' details per file: a page of 20 results fetches a few
PASSAGE = 600  # characters of a report's text a result may show a passage of
NOTE_LABEL = "编辑点评："  # before a note's words in a passage (searchcore.js shows it where a passage starts in them)
UNSIGNED = "未署名"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PAIRS = re.compile(f"(?=([{_HAN}]{{2}}))")  # overlapping: a lookahead
_HAN_RUNS = re.compile(f"[{_HAN}]+")
_WORDS = re.compile(r"[a-z0-9]+")
_RUNS = re.compile(f"[{_HAN}]+|[a-z0-9]+")
_LETTERS = re.compile("[a-z]{2,}")
PREFIX_MAX = 12  # letters of a word's start that are keys; a longer query word is matched by its first 12
_SPACES = re.compile(r"\s+")
# A line break in Chinese is no space. (Looked for from the space, as typography's _SPACE_BY_MARK.)
_HAN_BREAK = re.compile(f"\\s(?<=[{_HAN}，。；：、]\\s)\\s*(?=[{_HAN}])")


def _folded(text: str) -> str:
    """NFKC (full-width letters and digits become ASCII), simplified script (銀行 is 银行:
    OpenCC's characters, as publishers are matched) and lower case."""
    return to_simplified(nfkc(text)).lower()


def terms(text: str) -> set[str]:
    """The terms a text is indexed by: each Han character, each pair of adjacent ones, each
    Latin or digit run whole. Single characters answer one-character queries (铜, 煤, 猪)."""
    return _terms(_folded(text))


def _terms(folded: str) -> set[str]:
    """(Han characters and pairs taken from each Han run: a pattern finding the pairs
    directly tries its lookahead at every character of the text, a quarter slower.)"""
    found = set(_WORDS.findall(folded))
    for run in _HAN_RUNS.findall(folded):
        found.update(run)
        found.update(map(add, run, run[1:]))
    return found


def _prefixes(folded: str) -> set[str]:
    """`~p` for each start p of two letters or more (up to PREFIX_MAX) of each Latin word."""
    found = set()
    for word in _LETTERS.findall(folded):
        found.update("~" + word[:end] for end in range(2, min(len(word), PREFIX_MAX) + 1))
    return found


def query_terms(query: str) -> set[str]:
    """The terms a query asks for, every one of them among `terms` of a text holding the
    query's words: the pairs of a Han run, a Han character standing alone, Latin or digit
    runs whole. (static/searchcore.js splits queries so; test_browser checks they agree.)"""
    found: set[str] = set()
    for run in _RUNS.findall(_folded(query)):
        found.update(_PAIRS.findall(run) or [run])
    return found


def query_keys(query: str) -> set[str]:
    """The keys a query looks up: its terms, its last word matched as a prefix when it is a
    Latin word (`~aig`: the reader may not have typed it whole)."""
    found = query_terms(query)
    runs = _RUNS.findall(_folded(query))
    if runs and _LETTERS.fullmatch(runs[-1]):
        found.discard(runs[-1])
        found.add("~" + runs[-1][:PREFIX_MAX])
    return found


class _Text(HTMLParser):
    """The text of a commentary's HTML, as search should see it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def commentary_text(report: Report) -> str:
    return "" if report.commentary is None else _html_text(report.commentary.html)


@lru_cache(maxsize=SHARD_SIZE)
def _html_text(html: str) -> str:
    """A note's text. A shard asks for it twice, for the report's keys and for its passage:
    parsed once."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)  # (markup between words is no space: 从<strong>产品 reads 从产品)


def keys(report: Report) -> set[str]:
    """Every key a report is found by: its text's terms and Latin words' starts (title,
    publishers, topics, excerpt, key points, commentary), its title's marked `^`, its
    publishers and topics."""
    note = report.commentary
    text = _folded(" ".join([report.clean_title, *report.publishers, *report.topics, report.excerpt,
                             *report.key_points, (note.title or "") if note else "", commentary_text(report)]))
    title = _folded(report.clean_title)
    found = _terms(text)
    found.update(_prefixes(text))
    marked = _terms(title)
    marked.update(_prefixes(title))
    found.update(map("^".__add__, marked))
    found.update(f"@机构:{name}" for name in report.publishers or [UNSIGNED])
    found.update(f"@主题:{name}" for name in report.topics)
    return found


def shards(reports: Iterable[Report]) -> dict[str, list[Report]]:
    """Reports by shard, newest shard first, each shard's reports newest first (then by id).
    A year's parts change only when its count crosses a multiple of SHARD_SIZE."""
    years: dict[int, list[Report]] = {}
    for day, run in groupby(reports, key=BY_DATE):  # (by runs of one day: the digest's are in date order)
        years.setdefault(day.year, []).extend(run)
    planned: dict[str, list[Report]] = {}
    for year in sorted(years, reverse=True):
        parts = -(-len(years[year]) // SHARD_SIZE)
        groups: dict[str, list[Report]] = {}
        for report in years[year]:
            groups.setdefault(str(year) if parts == 1 else f"{year}-{int(report.id[:8], 16) % parts}",
                              []).append(report)
        for name in sorted(groups):
            planned[name] = newest_first(groups[name])
    return planned


def chunk_count(reports: int) -> int:
    """A power of two near `reports / DOCS_PER_CHUNK`: a search fetches one chunk per term and
    shard, so chunks stay small as shards grow; a small site has one."""
    count = 1
    while count < MAX_CHUNKS and count * DOCS_PER_CHUNK < reports:
        count *= 2
    return count


def days(members: list[Report]) -> list[list[object]]:
    """The shard's report days, run-length encoded in report-number order."""
    return [[day.isoformat(), len(list(run))] for day, run in groupby(members, key=BY_DATE)]


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6, mtime=0)


def _compact(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def chunk_of(key: str, count: int) -> int:
    """The chunk holding `key`: the crc32 of its UTF-8 bytes, a title key's `^` left out."""
    return zlib.crc32(key.removeprefix("^").encode()) % count


def chunk_files(members: list[Report], count: int) -> list[bytes]:
    """The shard's postings in `count` chunk files (see the module's docstring)."""
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for number, report in enumerate(members):
        for key in keys(report):
            postings[key].append(number)
    buckets: list[list[str]] = [[] for _ in range(count)]
    for key in sorted(postings):
        buckets[chunk_of(key, count)].append(key)
    return [_chunk_file(postings, bucket) for bucket in buckets]


def _chunk_file(postings: dict[str, list[int]], bucket: list[str]) -> bytes:
    """One chunk file: the keys of `bucket` (sorted) with their postings."""
    header = _compact([[key, len(postings[key])] for key in bucket])
    header += b" " * (len(header) % 2)  # the postings start at an even byte, as a Uint16Array needs
    body = array("H")
    for key in bucket:
        body.extend(postings[key])
    if sys.byteorder != "little":
        body.byteswap()
    return _gzip(len(header).to_bytes(4, "little") + header + body.tobytes())


def _read_chunk(data: bytes) -> dict[str, list[int]]:
    """A chunk file's postings (the inverse of `_chunk_file`)."""
    raw = gzip.decompress(data)
    size = int.from_bytes(raw[:4], "little")
    body = array("H")
    body.frombytes(raw[4 + size:])
    if sys.byteorder != "little":
        body.byteswap()
    postings, start = {}, 0
    for key, count in json.loads(raw[4:4 + size]):
        postings[key] = body[start:start + count].tolist()
        start += count
    return postings


def moved_chunks(files: dict[int, bytes], moves: list[tuple[int, set[str], set[str]]]) -> dict[int, bytes]:
    """A shard's chunk `files` (all of them, by number) with reports' keys moved: each move is a
    report's number, the keys it lost and those it gained. Only the chunks holding a moved key
    are read and written again: an edited note re-indexes its report, not its shard."""
    count = len(files)
    touched: defaultdict[int, list[tuple[int, str, bool]]] = defaultdict(list)
    for number, lost, gained in moves:
        for key in lost:
            touched[chunk_of(key, count)].append((number, key, False))
        for key in gained:
            touched[chunk_of(key, count)].append((number, key, True))
    made = dict(files)
    for chunk, changes in touched.items():
        postings = _read_chunk(files[chunk])
        for number, key, present in changes:
            numbers = postings.setdefault(key, [])
            if present:
                insort(numbers, number)
            else:
                numbers.remove(number)
                if not numbers:
                    del postings[key]
        made[chunk] = _chunk_file(postings, sorted(postings))
    return made


def passage_text(report: Report) -> tuple[str, int]:
    """The text a result's passage is cut from (searchcore.js's `passage`): what the report
    is searched by besides its title and terms, the key points the excerpt already holds left
    out, cut at `PASSAGE` characters; and where its note starts (-1 when it has none there),
    the note's words set after `NOTE_LABEL`, so a reader tells the editor's from the report's."""
    note = report.commentary
    points = [point for point in report.key_points if point not in report.excerpt]
    said = punctuated(_passage_part([report.excerpt, *points]))  # (as the report's page shows them)
    noted = _passage_part([(note.title or "") if note else "", commentary_text(report)])
    if not noted:
        return said[:PASSAGE], -1
    at = len(said) + 1 if said else 0
    text = (said + " " if said else "") + NOTE_LABEL + noted
    return text[:PASSAGE], at if at < PASSAGE else -1


def _passage_part(parts: list[str]) -> str:
    return _SPACES.sub(" ", " ".join(_HAN_BREAK.sub("", part) for part in parts if part)).strip()


def doc_file(members: Sequence[Report]) -> bytes:
    """What each result of `members` (one file's worth, `PER_FILE` reports) shows."""
    return _gzip(_compact([[r.id, punctuated(r.clean_title), "、".join(r.publishers) or UNSIGNED, r.date.isoformat(),
                            *passage_text(r)] for r in members]))


@dataclass(frozen=True, eq=False)
class Shard:
    """One shard's reports: the key part its postings files share, digested once."""

    name: str
    reports: tuple[Report, ...]


@dataclass(eq=False)
class Postings:
    """A shard's postings files, made when the first of them is asked for and handed out
    once each: every one of them is made from every report of the shard (the report numbers
    run through all), and they are made one after another by the same worker."""

    shard: Shard
    files: dict[int, bytes] | None = None


def move_keys(files: Iterable[FileOut], before: dict[str, Report], live: Callable[[str], bytes | None],
              load: Callable[[Shard], Shard]) -> None:
    """Have the postings among `files` made from their `live` bytes, with the keys of the reports
    that changed (their versions `before`, their shards' versions now) moved (`moved_chunks`):
    re-indexing a shard costs 0.17 ms a report, thousands where a note edits one. A shard
    whose live files are not all there is indexed anew, its reports `load`ed first (a shard
    read from the plan record holds stand-ins for the reports that did not change)."""
    paths: defaultdict[int, dict[int, str]] = defaultdict(dict)
    shards = {}
    for path, _parts, make in files:
        if isinstance(make, partial) and make.func is postings_file:
            postings, number = make.args
            paths[id(postings)][number] = path
            shards[id(postings)] = postings
    for key, postings in shards.items():
        old = [live(paths[key][number]) for number in range(len(paths[key]))]
        if any(data is None for data in old):
            postings.shard = load(postings.shard)
            continue
        moves = []
        for number, report in enumerate(postings.shard.reports):
            if report.id in before:
                now, then = keys(report), keys(before[report.id])
                moves.append((number, then - now, now - then))
        postings.files = moved_chunks(dict(enumerate(old)), moves)  # type: ignore[arg-type]


def postings_file(postings: Postings, number: int) -> bytes:
    """Postings file `number` of a shard (all of them made by the first call)."""
    if postings.files is None:
        members = list(postings.shard.reports)
        postings.files = dict(enumerate(chunk_files(members, chunk_count(len(members)))))
    return postings.files.pop(number)


def index_outputs(reports: Iterable[Report]) -> list[FileOut]:
    """Every file of the index, each with what its key is made of and how to make it. A
    postings file is keyed by its whole shard; a details file only by its own reports, so an
    edit re-makes the details of the one file showing the report."""
    planned = shards(reports)
    layout = [{"name": name, "chunks": chunk_count(len(members)), "days": days(members)}
              for name, members in planned.items()]
    manifest = _compact({"version": VERSION, "per_file": PER_FILE, "shards": layout})
    forms = _compact(simplified_forms())
    outputs: list[FileOut] = [(MANIFEST, ("search manifest", manifest.decode()), lambda: manifest),
                              (SIMPLIFIED, ("search simplified", forms.decode()), lambda: _gzip(forms))]
    for (name, members), entry in zip(planned.items(), layout, strict=True):
        postings = Postings(shard := Shard(name, tuple(members)))
        outputs.extend((f"{DATA}/{name}/t{k}.gz", ("search postings", VERSION, shard),
                        partial(postings_file, postings, k)) for k in range(entry["chunks"]))
        for j, start in enumerate(range(0, len(members), PER_FILE)):
            shown = tuple(members[start:start + PER_FILE])
            outputs.append((f"{DATA}/{name}/d{j}.gz", ("search details", VERSION, shown), partial(doc_file, shown)))
    return outputs

"""The sharded search index, built by the real extended Pagefind binary over real content (the
shipped sample, and a synthetic digest of thousands of reports from bench/synth.py), and
searched with Pagefind's own pagefind.js in Node over a local HTTP server, as a reader's
browser would: pagefind.js from one shard, the other shards merged in."""

from __future__ import annotations

import dataclasses
import functools
import gzip
import json
import shutil
import subprocess
import threading
from datetime import date
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bench.synth import synthesise
from generator.diagnostics import Diagnostics
from generator.digest import load_digest
from generator.model import Commentary, Report
from generator.render import search_shards
from generator.render.search import SearchIndexError, slim_fragments
from generator.render.search_shards import (
    MANIFEST,
    build_shards,
    commentary_text,
    record_page,
    shard_names,
)
from generator.render.typography import headline
from tests.conftest import ROOT, copy_content

SEARCH_JS = ROOT / "tests" / "js" / "pagefind_search.mjs"
COMMENTARY = "2023-10-third-party-payment.md"


def reports_of(content: Path) -> list[Report]:
    return load_digest(content, Diagnostics(root=content)).reports


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> list[Report]:
    """3,000 synthetic reports over five and a half years, about 5 % with commentary."""
    content = tmp_path_factory.mktemp("synthetic") / "content"
    synthesise(content, 3000)
    return reports_of(content)


def quarter(report: Report) -> str:
    return f"{report.date.year}q{(report.date.month - 1) // 3 + 1}"


def files(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def inodes(folder: Path) -> dict[str, int]:
    return {str(path.relative_to(folder)): path.stat().st_ino for path in folder.rglob("*") if path.is_file()}


def with_commentary(report: Report, html: str) -> Report:
    return dataclasses.replace(report, commentary=Commentary(file="note.md", report_ref=report.title, ref_line=2,
                                                             html=html))


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # pagefind.js fetches many index files at once; 5 would reset some


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def search(site: Path, query: str) -> list[dict[str, str]]:
    """The hits of Pagefind's own search over every shard of `site`'s index, served under /repo/."""
    node = shutil.which("node")
    assert node, "Node runs pagefind.js for these tests (.ci/run installs it for npm)"
    shards = sorted(json.loads((site / "pagefind" / MANIFEST).read_text(encoding="utf-8"))["shards"])
    served = site.parent / f"served-{site.name}"
    served.mkdir(exist_ok=True)
    if not (served / "repo").exists():
        (served / "repo").symlink_to(site.resolve(), target_is_directory=True)
    server = _Server(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(served)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = subprocess.run([node, str(SEARCH_JS), str(site / "pagefind" / shards[0] / "pagefind.js"),
                                 f"http://127.0.0.1:{server.server_address[1]}/repo/", "/repo/", query, *shards],
                                capture_output=True, text=True, timeout=120, check=False)
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# Grouping


def test_shards_are_publish_quarters_split_by_id_past_the_shard_size(synthetic: list[Report],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    per_quarter: dict[str, int] = {}
    for report in synthetic:
        per_quarter[quarter(report)] = per_quarter.get(quarter(report), 0) + 1
    size = sorted(per_quarter.values())[len(per_quarter) // 2]  # some quarters fit, others are split
    monkeypatch.setattr(search_shards, "SHARD_SIZE", size)
    shards = shard_names(synthetic)
    assert sorted(r.id for members in shards.values() for r in members) == sorted(r.id for r in synthetic)
    expected = set()
    for name, count in per_quarter.items():
        parts = -(-count // size)
        expected |= {name} if parts == 1 else {f"{name}-{part}" for part in range(parts)}
    assert set(shards) == expected
    assert any("-" in name for name in shards) and any("-" not in name for name in shards)
    for name, members in shards.items():
        assert {quarter(r) for r in members} == {name.split("-")[0]}
        assert [r.id for r in members] == sorted(r.id for r in members)


def test_the_default_shard_size_keeps_a_quarter_of_this_digest_whole(synthetic: list[Report]) -> None:
    shards = shard_names(synthetic)
    assert all("-" not in name for name in shards)
    assert len(shards) == len({quarter(r) for r in synthetic})


def test_removing_a_report_changes_no_other_shard_while_its_quarter_keeps_its_parts(
        synthetic: list[Report], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_shards, "SHARD_SIZE", 50)
    before = shard_names(synthetic)
    sizes = {name: len(members) for name, members in before.items()}
    # a report from a quarter whose count is not a multiple of 50 plus one: its part count stays
    gone = next(r for r in synthetic if sum(n for s, n in sizes.items() if s.split("-")[0] == quarter(r)) % 50 != 1)
    after = shard_names([r for r in synthetic if r is not gone])
    changed = {name for name in before if [r.id for r in before[name]] != [r.id for r in after.get(name, [])]}
    assert len(changed) == 1
    assert gone.id in {r.id for r in before[changed.pop()]}


# Record pages


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.meta: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.meta.extend(value or "" for key, value in attrs if key == "data-pagefind-meta")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


HOSTILE = '</h1><script>alert("x")</script><span data-pagefind-meta="title:伪造">&amp; 降准'


def test_record_pages_escape_hostile_titles_excerpts_and_commentary() -> None:
    report = reports_of(ROOT / "content")[0]
    hostile = dataclasses.replace(report, title=HOSTILE, clean_title=HOSTILE, excerpt=HOSTILE, key_points=[HOSTILE],
                                  publishers=[HOSTILE])
    hostile = with_commentary(hostile, "<p>点评 &lt;/div&gt;&lt;script&gt;x()&lt;/script&gt; 数字化转型</p>")
    reader = _Reader()
    reader.feed(record_page(hostile))
    assert "script" not in reader.tags
    spans = 4 + len(hostile.publishers) + len(hostile.topics)  # meta, sort and year, then one filter per name
    assert reader.tags.count("h1") == 1 and reader.tags.count("span") == spans
    assert f"publisher:{HOSTILE}" in reader.meta and "title:伪造" not in reader.meta
    text = "".join(reader.text)
    assert text.count(headline(HOSTILE)) == 2  # <title> and h1, as the report page shows the title
    assert text.count(HOSTILE) == 3  # publishers, excerpt, key point: each as text
    assert "点评 </div><script>x()</script> 数字化转型" in text


def test_commentary_reaches_search_as_plain_text() -> None:
    report = with_commentary(reports_of(ROOT / "content")[0], "<p>关注<strong>降准</strong>的节奏，</p>\n<ul><li>数字化转型</li></ul>")
    assert commentary_text(report) == "关注 降准 的节奏， 数字化转型"


def test_the_shard_key_changes_with_every_text_its_record_pages_show() -> None:
    report = next(r for r in reports_of(ROOT / "content") if r.commentary is None and r.publishers and r.topics)
    changed = [
        dataclasses.replace(report, clean_title=report.clean_title + "（修订）"),
        dataclasses.replace(report, publishers=[*report.publishers, "中金公司"]),
        dataclasses.replace(report, topics=report.topics[:-1]),
        dataclasses.replace(report, date=report.date.replace(day=1)),
        dataclasses.replace(report, excerpt=report.excerpt + "。"),
        dataclasses.replace(report, key_points=[*report.key_points, "降准落地"]),
        dataclasses.replace(report, publishers=report.publishers[:-1], topics=[report.publishers[-1], *report.topics]),
        with_commentary(report, "<p>点评</p>"),
        dataclasses.replace(with_commentary(report, "<p>点评</p>"), commentary=Commentary(
            file="note.md", report_ref=report.title, ref_line=2, html="<p>点评</p>", title="编辑拟的标题")),
    ]
    keys = {search_shards.shard_key([r], "engine", False) for r in [report, *changed]}
    assert len(keys) == len(changed) + 1
    assert len({record_page(r) for r in [report, *changed]}) == len(changed) + 1
    assert search_shards.shard_key([report], "engine", False) != search_shards.shard_key([report], "engine 2", False)
    assert search_shards.shard_key([report], "engine", False) != search_shards.shard_key([report], "engine", True)


# Indexing with the real binary


@pytest.fixture
def sample(tmp_path: Path) -> tuple[Path, list[Report]]:
    content = copy_content(tmp_path)
    return content, reports_of(content)


def index(reports: list[Report], site: Path, previous: Path | None = None) -> list[str]:
    return build_shards(reports, previous, site / "pagefind").indexed


def test_a_fragment_holds_what_the_search_page_shows_and_no_more(sample: tuple[Path, list[Report]],
                                                                  tmp_path: Path) -> None:
    """Pagefind writes each page's filters and word count into its fragment too (the file
    fetched per result); pagefind.js filters with the filter files and shows a result from its
    URL, content and meta, so a fragment keeps only those (and its anchors, which it reads)."""
    _, reports = sample
    index(reports, tmp_path / "site")
    fragments = sorted((tmp_path / "site" / "pagefind").glob("*/fragment/*.pf_fragment"))
    assert len(fragments) == len(reports)
    for path in fragments:
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        fragment = json.loads(data[len(b"pagefind_dcd"):])
        assert list(fragment) == ["url", "content", "meta", "anchors"], path
        assert {"title", "date", "publisher"} <= set(fragment["meta"]) and fragment["content"]


def test_a_fragment_of_another_shape_fails_the_shard_with_a_search_index_error() -> None:
    unknown = gzip.compress(b'pagefind_dcd{"url":"/repo/reports/a/","content":"x","meta":{},"anchors":[]}')
    with pytest.raises(SearchIndexError, match=r"fragment/a\.pf_fragment"):
        slim_fragments({"fragment/a.pf_fragment": unknown})


def test_an_unchanged_shard_is_reused_byte_for_byte_and_not_reindexed(sample: tuple[Path, list[Report]],
                                                                      tmp_path: Path) -> None:
    _, reports = sample
    assert index(reports, tmp_path / "first") == ["2023q3", "2023q4"]
    assert index(reports, tmp_path / "second", tmp_path / "first" / "pagefind") == []
    first, second = tmp_path / "first" / "pagefind", tmp_path / "second" / "pagefind"
    assert files(second) == files(first)
    shared = {name for name in files(second) if name != MANIFEST}
    assert shared and all(inodes(second)[name] == inodes(first)[name] for name in shared)  # hard links


def test_an_edited_commentary_reindexes_only_its_shard_and_becomes_searchable(sample: tuple[Path, list[Report]],
                                                                              tmp_path: Path) -> None:
    content, reports = sample
    index(reports, tmp_path / "first")
    note = content / "commentary" / COMMENTARY
    note.write_text(note.read_text(encoding="utf-8") + "\n央行再次降准，支付机构的备付金收益随之变化。\n", encoding="utf-8")
    edited = reports_of(content)
    report = next(r for r in edited if r.commentary and r.commentary.file.endswith(COMMENTARY))
    first, second = tmp_path / "first" / "pagefind", tmp_path / "second" / "pagefind"
    assert index(edited, tmp_path / "second", first) == [quarter(report)]
    other = next(name for name in files(first) if not name.startswith(quarter(report)) and name != MANIFEST)
    assert inodes(second)[other] == inodes(first)[other]
    assert files(second) != files(first)
    hit = {"url": f"/repo/reports/{report.id}/", "title": headline(report.clean_title)}  # as its page shows it
    before = search(tmp_path / "first", "降准")
    assert before and hit not in before  # other reports of the sample speak of 降准
    assert sorted(search(tmp_path / "second", "降准"), key=str) == sorted([*before, hit], key=str)


@pytest.fixture(scope="module")
def two_quarters(synthetic: list[Report], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Report]]:
    """The reports of 2019's first half indexed: two shards, each holding both words searched."""
    reports = [r for r in synthetic if quarter(r) in ("2019q1", "2019q2")]
    site = tmp_path_factory.mktemp("two-quarters") / "site"
    assert len(index(reports, site)) == 2
    return site, reports


WORDS = ("降准", "数字化转型")


def test_chinese_words_are_found_in_the_primary_and_the_merged_shard(two_quarters: tuple[Path, list[Report]]) -> None:
    site, reports = two_quarters
    by_url = {f"/repo/reports/{r.id}/": r for r in reports}
    for word in WORDS:
        hits = [by_url[hit["url"]] for hit in search(site, word)]
        assert {quarter(r) for r in hits} == {"2019q1", "2019q2"}
        assert all(word in record_page(r) for r in hits)


def test_every_report_holding_a_chinese_word_is_found(two_quarters: tuple[Path, list[Report]]) -> None:
    site, reports = two_quarters
    for word in WORDS:
        holding = {f"/repo/reports/{r.id}/" for r in reports if word in record_page(r)}
        assert holding == {hit["url"] for hit in search(site, word)}


def test_a_hostile_title_comes_back_from_search_exactly_as_written(sample: tuple[Path, list[Report]],
                                                                   tmp_path: Path) -> None:
    _, reports = sample
    number = next(n for n, r in enumerate(reports) if r.commentary is None)
    reports[number] = dataclasses.replace(reports[number], title=HOSTILE, clean_title=HOSTILE)
    index(reports, tmp_path / "site")
    assert {"url": f"/repo/reports/{reports[number].id}/", "title": headline(HOSTILE)} in search(tmp_path / "site", "降准")


def test_a_full_build_equals_any_sequence_of_incremental_builds(synthetic: list[Report], tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_shards, "SHARD_SIZE", 100)
    reports = [r for r in synthetic if r.date.year == 2019]
    first = tmp_path / "0"
    assert len(index(reports, first)) == 8  # four quarters of about 137 reports, each in two parts
    # an edited commentary, a removed report, then a report moved to another quarter
    noted, removed, moved = (next(r for r in reports if quarter(r) == f"2019q{n}") for n in (1, 2, 3))
    steps = [[with_commentary(r, "<p>新增点评：关注降准对息差的影响。</p>") if r is noted else r for r in reports]]
    steps.append([r for r in steps[0] if r is not removed])
    steps.append([dataclasses.replace(r, date=date(2019, 12, 30)) if r is moved else r for r in steps[1]])
    previous = first / "pagefind"
    for number, step in enumerate(steps, 1):
        indexed = index(step, tmp_path / str(number), previous)
        assert 1 <= len(indexed) <= 2, indexed
        previous = tmp_path / str(number) / "pagefind"
    index(steps[-1], tmp_path / "full")
    assert files(previous) == files(tmp_path / "full" / "pagefind")


def loaders(pagefind: Path) -> set[str]:
    """The shards holding Pagefind's script or wasm."""
    return {path.parent.name for path in pagefind.glob("*/*") if path.name == "pagefind.js" or path.suffix == ".pagefind"}


def test_only_the_first_shard_holds_pagefinds_script_and_wasm_even_when_an_older_report_comes(
        two_quarters: tuple[Path, list[Report]], tmp_path: Path) -> None:
    site, reports = two_quarters
    assert loaders(site / "pagefind") == {"2019q1"}
    assert {path.name for path in (site / "pagefind" / "2019q1").glob("*.pagefind")} == {"wasm.unknown.pagefind"}
    moved = next(r for r in reports if quarter(r) == "2019q2")  # dated back into 2018: a new first shard
    older = [dataclasses.replace(r, date=date(2018, 12, 28)) if r is moved else r for r in reports]
    assert sorted(index(older, tmp_path / "next", site / "pagefind")) == ["2018q4", "2019q1", "2019q2"]
    assert loaders(tmp_path / "next" / "pagefind") == {"2018q4"}
    index(older, tmp_path / "full")
    assert files(tmp_path / "next" / "pagefind") == files(tmp_path / "full" / "pagefind")
    holding = {f"/repo/reports/{r.id}/" for r in older if WORDS[0] in record_page(r)}
    assert holding == {hit["url"] for hit in search(tmp_path / "next", WORDS[0])}


def test_a_staged_older_index_keeps_its_unchanged_shards_in_place_and_ends_equal_to_a_full_build(
        synthetic: list[Report], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build's spare holds the index of two builds ago: its shards still planned with their
    key stay (same files), the edited one is indexed again, a shard gone is removed."""
    monkeypatch.setattr(search_shards, "SHARD_SIZE", 100)
    reports = [r for r in synthetic if r.date.year == 2019]
    index(reports, tmp_path / "spare")
    noted = next(r for r in reports if quarter(r) == "2019q2")
    edited = [with_commentary(r, "<p>新增点评：关注降准对息差的影响。</p>") if r is noted else r for r in reports]
    index(edited, tmp_path / "live", tmp_path / "spare" / "pagefind")
    kept = inodes(tmp_path / "spare" / "pagefind")
    final = [r for r in edited if quarter(r) != "2019q4"]
    indexed = index(final, tmp_path / "spare", tmp_path / "live" / "pagefind")
    assert indexed == []  # 2019q2's edited shard is linked from the live index, the others stay
    staged = tmp_path / "spare" / "pagefind"
    index(final, tmp_path / "full")
    assert files(staged) == files(tmp_path / "full" / "pagefind")
    after = inodes(staged)
    assert all(after[name] == kept[name] for name in after if name.startswith("2019q1"))
    assert any(after[name] != kept[name] for name in after if name.startswith("2019q2"))
    assert not any(name.startswith("2019q4") for name in after)


def test_an_indexer_that_stops_fails_the_shard_with_a_search_index_error(sample: tuple[Path, list[Report]],
                                                                           tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _, reports = sample
    monkeypatch.setattr(search_shards, "_binary", lambda: shutil.which("false"))  # a real process that exits at once
    with pytest.raises(SearchIndexError, match="pagefind stopped"):
        index(reports, tmp_path / "site")

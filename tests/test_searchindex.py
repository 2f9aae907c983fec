"""The search index over real content (the shipped sample, and a synthetic digest of thousands
of reports from bench/synth.py): its terms, its shards, its files read back as the search page
reads them, and how builds keep it. The search page's own reader (static/searchcore.js) runs
in Chromium in test_browser.py."""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
import zlib
from array import array
from collections import Counter
from pathlib import Path

import pytest

from bench.synth import synthesise
from generator.build import build
from generator.diagnostics import Diagnostics
from generator.digest import load_digest
from generator.model import Commentary, Report
from generator.render import searchindex
from generator.render.keys import Keyer
from generator.render.searchindex import (
    DATA,
    NOTE_LABEL,
    PASSAGE,
    PER_FILE,
    chunk_count,
    chunk_files,
    chunk_of,
    doc_file,
    index_outputs,
    keys,
    passage_text,
    query_keys,
    query_terms,
    shards,
    terms,
)
from generator.render.typography import punctuated
from tests.conftest import CONTENT, copy_content

COMMENTARY = "2023-10-third-party-payment.md"


def reports_of(content: Path) -> list[Report]:
    return load_digest(content, Diagnostics(root=content)).reports


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> list[Report]:
    """3,000 synthetic reports over five and a half years, about 5 % with commentary."""
    content = tmp_path_factory.mktemp("synthetic") / "content"
    synthesise(content, 3000)
    return reports_of(content)


def read_chunk(data: bytes) -> dict[str, list[int]]:
    """A chunk file's keys and report numbers, read as searchcore.js reads them."""
    raw = gzip.decompress(data)
    size = int.from_bytes(raw[:4], "little")
    assert size % 2 == 0
    header = json.loads(raw[4:4 + size])
    numbers = array("H", raw[4 + size:])
    found, start = {}, 0
    for key, count in header:
        found[key] = list(numbers[start:start + count])
        start += count
    assert start == len(numbers)
    return found


def find(site: Path, key: str) -> list[str]:
    """The ids of the reports holding `key`, newest first, from a built site's index files."""
    manifest = json.loads((site / DATA / "manifest.json").read_text(encoding="utf-8"))
    ids = []
    for shard in manifest["shards"]:
        folder = site / DATA / shard["name"]
        chunk = read_chunk((folder / f"t{chunk_of(key, shard['chunks'])}.gz").read_bytes())
        for number in chunk.get(key, []):
            docs = json.loads(gzip.decompress((folder / f"d{number // PER_FILE}.gz").read_bytes()))
            ids.append(docs[number % PER_FILE][0])
    return ids


# Terms


def test_chinese_is_indexed_by_each_character_and_each_pair_of_adjacent_ones() -> None:
    assert terms("数字化转型") == {"数字", "字化", "化转", "转型", "数", "字", "化", "转", "型"}
    assert terms("降准，降息") == {"降准", "降息", "降", "准", "息"}  # punctuation ends a pair


def test_a_query_asks_for_the_pairs_of_its_words_and_for_a_character_standing_alone() -> None:
    assert query_terms("数字化转型") == {"数字", "字化", "化转", "转型"}
    assert query_terms("铜") == {"铜"} and query_terms("铜 价格") == {"铜", "价格"}
    assert query_terms("？！…") == set()
    assert query_terms("銀行數字化轉型") == query_terms("银行数字化转型")  # traditional script folds to simplified
    texts = ["铜价上涨，煤、猪周期", "ＥＳＧ与ESG基金2024年", "NBV 增速 12.5%", "资产质量：稳中向好"]
    assert all(query_terms(text) <= terms(text) for text in texts)  # a text is found by its own words


def test_latin_words_and_numbers_are_whole_terms_in_lower_case_full_width_folded() -> None:
    assert query_terms("ＥＳＧ与ESG基金2024年") == {"esg", "与", "基金", "年", "2024"}
    assert query_terms("NBV 增速 12.5%") == {"nbv", "增速", "12", "5"}


def test_the_last_word_of_a_query_is_a_prefix_when_it_is_a_latin_word() -> None:
    """A reader typing AIG is shown AIGC; REIT finds REITs. Only the last word (the one being
    typed) and only Latin letters: 2024 and Chinese words stay whole terms."""
    assert query_keys("AIG") == {"~aig"} and query_keys("基金 REIT") == {"基金", "~reit"}
    assert query_keys("REIT 基金") == {"reit", "基金"} and query_keys("2024") == {"2024"}
    assert query_keys("ＥＳＧ") == {"~esg"} and query_keys("A") == {"a"}
    assert query_keys("internationalisation") == {"~internationa"}  # PREFIX_MAX letters
    report = next(r for r in reports_of(CONTENT) if "AIGC" in r.clean_title)
    found = keys(report)
    assert {"~ai", "~aig", "~aigc", "^~aig", "aigc", "^aigc"} <= found and "~a" not in found
    texts = ["公募REITs扩容", "AIGC时代来临", "ESG-rating 评级", "internationalisation of RMB"]
    for text in texts:  # a text is found by any start of its last word
        words = re.findall("[A-Za-z]+", text)
        for end in range(2, len(words[-1]) + 1):
            query = text[:text.index(words[-1]) + end]
            assert query_keys(query) <= terms(text) | searchindex._prefixes(searchindex._folded(text)), query


def test_a_report_is_found_by_its_text_its_title_its_publishers_and_topics() -> None:
    report = next(r for r in reports_of(CONTENT) if r.commentary is not None and r.publishers and r.topics)
    found = keys(report)
    assert terms(report.clean_title) <= found
    assert {f"^{term}" for term in terms(report.clean_title)} <= found
    assert terms(report.excerpt) <= found
    assert terms(searchindex.commentary_text(report)) <= found
    assert {f"@机构:{name}" for name in report.publishers} | {f"@主题:{name}" for name in report.topics} <= found


def test_commentary_markup_is_not_indexed_only_its_text() -> None:
    report = dataclasses.replace(reports_of(CONTENT)[0], commentary=Commentary(
        file="note.md", report_ref="x", ref_line=2, html='<p class="lede">寿险<em>开门红</em>&amp;银保</p>'))
    found = keys(report)
    assert {"寿险", "开门", "门红", "银保"} <= found
    assert not {"lede", "class", "em", "amp"} & found


# Shards and files


def test_shards_are_years_newest_first_each_numbering_its_reports_newest_first(synthetic: list[Report]) -> None:
    planned = shards(synthetic)
    names = list(planned)
    assert names == sorted(names, reverse=True) and len(names) >= 5
    for name, members in planned.items():
        assert {str(r.date.year) for r in members} == {name}
        assert [(-r.date.toordinal(), r.id) for r in members] == sorted((-r.date.toordinal(), r.id) for r in members)
    assert sorted(r.id for members in planned.values() for r in members) == sorted(r.id for r in synthetic)


def test_a_year_past_the_shard_size_is_split_by_id_and_a_removal_moves_no_other_part(
        synthetic: list[Report], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(searchindex, "SHARD_SIZE", 300)
    planned = shards(synthetic)
    year = Counter(r.date.year for r in synthetic).most_common(1)[0][0]
    parts = [name for name in planned if name.startswith(f"{year}-")]
    count = sum(1 for r in synthetic if r.date.year == year)
    assert len(parts) == -(-count // 300) >= 2
    fewer = [r for r in synthetic if r.id != planned[parts[0]][0].id]  # one report gone: no other part moves
    assert all(shards(fewer)[name] == planned[name] for name in parts[1:])


def test_chunks_grow_with_the_shard_in_powers_of_two() -> None:
    assert [chunk_count(n) for n in (1, 40, 41, 1000, 10000, 10**6)] == [1, 1, 2, 32, 256, 256]


def test_every_key_of_every_report_is_in_its_chunk_with_the_report_number(synthetic: list[Report]) -> None:
    members = next(iter(shards(synthetic).values()))
    count = chunk_count(len(members))
    chunks = [read_chunk(data) for data in chunk_files(members, count)]
    assert len(chunks) == count
    for number, report in enumerate(members):
        for key in keys(report):
            assert number in chunks[zlib.crc32(key.removeprefix("^").encode()) % count][key]
    assert all(numbers == sorted(set(numbers)) for chunk in chunks for numbers in chunk.values())


def test_a_title_key_is_in_the_chunk_of_its_term(synthetic: list[Report]) -> None:
    members = next(iter(shards(synthetic).values()))
    count = chunk_count(len(members))
    chunks = [read_chunk(data) for data in chunk_files(members, count)]
    titled = [key for chunk in chunks for key in chunk if key.startswith("^")]
    assert titled and count > 1
    assert all(key in chunks[chunk_of(key[1:], count)] and key[1:] in chunks[chunk_of(key[1:], count)]
               for key in titled)


def test_a_result_shows_the_title_publishers_day_and_the_text_its_passage_is_cut_from(synthetic: list[Report]) -> None:
    members = next(iter(shards(synthetic).values()))
    rows = [row for start in range(0, len(members), PER_FILE)
            for row in json.loads(gzip.decompress(doc_file(members[start:start + PER_FILE])))]
    assert [row[0] for row in rows] == [r.id for r in members]
    for row, report in zip(rows, members, strict=True):
        assert row[2] == ("、".join(report.publishers) or "未署名") and row[3] == report.date.isoformat()
        assert row[4].startswith(punctuated(report.excerpt)[:PASSAGE].strip()) and len(row[4]) <= PASSAGE
        if report.commentary is None:
            assert row[5] == -1
        elif row[5] >= 0:  # (-1 too when the excerpt and points fill the passage's 600 characters)
            assert row[4][row[5]:].startswith(NOTE_LABEL)
    assert any(row[5] >= 0 for row in rows)


def test_an_edited_report_changes_the_key_of_its_shards_postings_and_of_only_its_own_details_file(
        synthetic: list[Report]) -> None:
    """Each file is keyed by exactly what it is made of: the postings number every report of
    the shard, a details file shows its own `PER_FILE` reports. A note edited on one report
    re-makes its shard's postings and the one details file showing it, not the shard's others."""
    edited = next(r for r in synthetic if r.commentary)
    changed = dataclasses.replace(edited, commentary=dataclasses.replace(edited.commentary, html="<p>改过的点评。</p>"))
    again = [changed if r is edited else r for r in synthetic]

    def keyed(reports: list[Report]) -> dict[str, str]:
        keyer = Keyer("salt")
        return {path: keyer.key(path, *parts) for path, parts, _ in index_outputs(reports)}

    before, after = keyed(synthetic), keyed(again)
    assert before.keys() == after.keys()
    members = next(m for m in shards(synthetic).values() if edited in m)
    shard = f"{DATA}/{edited.date.year}/"
    shown = f"{shard}d{members.index(edited) // PER_FILE}.gz"
    assert sum(path.startswith(f"{shard}d") for path in before) > 1
    assert {path for path in before if before[path] != after[path]} == {
        shown, *(path for path in before if path.startswith(f"{shard}t"))}
    made = dict((path, make) for path, _, make in index_outputs(again))
    assert [row[0] for row in json.loads(gzip.decompress(made[shown]()))].count(edited.id) == 1


def test_postings_with_edited_reports_keys_moved_are_those_indexed_anew(synthetic: list[Report]) -> None:
    """A rebuild after notes are edited moves their reports' keys in the live postings files
    (`moved_chunks`) instead of indexing the shard again: the files must be byte for byte those
    a shard indexed anew makes, for a note rewritten, a note gone and a note written."""
    members = next(iter(shards(synthetic).values()))
    count = chunk_count(len(members))
    noted = [r for r in members if r.commentary]
    bare = next(r for r in members if not r.commentary)
    assert count > 1 and len(noted) > 2
    note = dataclasses.replace(noted[0].commentary, html="<p>量子甲乙的新论据：Kubernetes 与 REITs。</p>")
    edits = {noted[0].id: dataclasses.replace(noted[0], commentary=note),
             noted[1].id: dataclasses.replace(noted[1], commentary=None),
             bare.id: dataclasses.replace(bare, commentary=note)}
    again = [edits.get(r.id, r) for r in members]
    moves = [(number, keys(members[number]) - keys(now), keys(now) - keys(members[number]))
             for number, now in enumerate(again) if now.id in edits]
    old = dict(enumerate(chunk_files(members, count)))
    moved = searchindex.moved_chunks(old, moves)
    assert moved == dict(enumerate(chunk_files(again, count)))
    assert sum(moved[k] != old[k] for k in old) > 1


def test_a_passage_holds_the_commentary_read_as_text_after_the_excerpt_and_its_other_key_points() -> None:
    """A hit in a note (适合当作工具书查数, in the Deloitte note) must have text to be shown in,
    marked as the editor's (编辑点评：); the note's markup joins no space into a sentence
    (从**产品切换…**三方面), nor do its Markdown line breaks (解释为何\n2024 年), and a key point the
    excerpt holds is not there twice."""
    by_title = {r.clean_title: r for r in reports_of(CONTENT)}
    report = by_title["中国银行业2023年上半年发展回顾与展望报告"]
    deloitte, at = passage_text(report)
    assert deloitte.startswith(punctuated(report.excerpt)) and deloitte[at:].startswith(NOTE_LABEL + "德勤每半年一期的银行业回顾")
    assert "适合当作工具书查数" in deloitte[at:]
    insurance, _ = passage_text(next(r for title, r in by_title.items() if "寿险开门红" in title))
    assert "报告从产品切换、渠道改革和居民储蓄需求三方面" in insurance and "\n" not in insurance
    for report in by_title.values():
        text, at = passage_text(report)
        assert all(text.count(point) <= 1 for point in report.key_points if point in report.excerpt)
        assert report.commentary is None or (report.commentary.title or "") in text[at:]
        assert (at >= 0) is (report.commentary is not None)


def test_the_built_index_finds_every_report_by_its_title_and_its_publisher(tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert build(CONTENT, site, None, Diagnostics(root=CONTENT)) is not None
    for report in reports_of(CONTENT):
        for term in terms(report.clean_title):
            assert report.id in find(site, term), term
            assert report.id in find(site, f"^{term}")
        for name in report.publishers:
            assert report.id in find(site, f"@机构:{name}")


def test_an_edited_commentary_rewrites_only_its_shard_and_becomes_searchable(tmp_path: Path) -> None:
    content, site = copy_content(tmp_path), tmp_path / "site"
    build(content, site, None, Diagnostics(root=content))
    edited = next(r for r in reports_of(content) if r.commentary and Path(r.commentary.file).name == COMMENTARY)
    assert edited.id not in find(site, "量子")
    before = {p: p.read_bytes() for p in (site / DATA).rglob("*") if p.is_file()}
    note = content / "commentary" / COMMENTARY
    note.write_text(note.read_text(encoding="utf-8") + "\n补充：量子加密是下一个变量。\n", encoding="utf-8")
    build(content, site, None, Diagnostics(root=content))
    after = {p: p.read_bytes() for p in (site / DATA).rglob("*") if p.is_file()}
    changed = {p.relative_to(site / DATA).parts[0] for p in after if after[p] != before.get(p)}
    assert changed == {"2023"}  # the sample's one year: its shard changed, the manifest did not
    assert find(site, "量子") == [edited.id] and edited.id in find(site, "变量")

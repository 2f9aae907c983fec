"""Rebuilds touch only what changed, and always end byte-identical to a build from scratch."""

from __future__ import annotations

import functools
import pickle
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import copy_content, published, run_cli

COMMENTARY = "2023-10-ai-fintech.md"


def inodes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def build(content: Path, out: Path) -> str:
    result = run_cli("build", "--content", str(content), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return result.stderr


def written(stderr: str) -> int:
    return int(re.search(r"files \(([\d,]+) written\)", stderr)[1].replace(",", ""))


def test_an_edited_commentary_rewrites_only_the_files_whose_bytes_change(tmp_path: Path) -> None:
    content, out = copy_content(tmp_path), tmp_path / "site"
    build(content, out)
    before, files_before = published(out), inodes(out)
    note = content / "commentary" / COMMENTARY
    note.write_text(note.read_text(encoding="utf-8") + "\n补充：第三章的案例值得细读。\n", encoding="utf-8")
    stderr = build(content, out)
    after, files_after = published(out), inodes(out)
    changed = {path for path in after if after[path] != before.get(path)}
    report_page = next(p for p in changed if p.startswith("reports/"))
    assert "第三章的案例值得细读" in after[report_page].decode()
    assert "feed.xml" in changed and "index.html" not in changed  # not a pick: the home page is unchanged
    assert 0 < written(stderr) < len(after) / 4
    untouched = [p for p in after if p not in changed and files_after[p] != files_before[p]]
    assert untouched == [], "files with unchanged bytes keep their inode: they were not rewritten"
    assert after == published(build_fresh(content, tmp_path / "fresh"))


def test_a_removed_listing_takes_its_pages_away(tmp_path: Path) -> None:
    content, out = copy_content(tmp_path), tmp_path / "site"
    extra = content / "listings" / "extra.txt"
    extra.write_text(
        "  • 中信证券:银行业2023年三季报前瞻(18页).pdf\n\n    银行业三季报前瞻，息差压力仍在，资产质量稳定。\n\n"
        "    浏览量12人已浏览 发布时间2023-10-20 18页 推荐指数5星级\n", encoding="utf-8")
    build(content, out)
    with_extra = published(out)
    extra.unlink()
    build(content, out)
    assert published(out) == published(build_fresh(content, tmp_path / "fresh"))
    assert len(published(out)) < len(with_extra)
    assert not any(p.is_dir() and not any(p.iterdir()) for p in out.rglob("*")), "no empty directories stay"


def _forget_the_build(content: Path) -> None:
    """What a cache that does not describe the live site looks like (lost, or of another site)."""
    for state in (content.parent / ".digest-cache").rglob("state.json"):
        state.unlink()


def test_a_site_the_cache_does_not_describe_is_rebuilt_whole(tmp_path: Path) -> None:
    content, out = copy_content(tmp_path), tmp_path / "site"
    build(content, out)
    _forget_the_build(content)
    (out / "feeds" / "index.html").unlink()
    stderr = build(content, out)
    assert written(stderr) == len(published(out))
    assert (out / "feeds" / "index.html").is_file()


def test_a_restored_copy_of_the_site_rewrites_only_the_files_that_differ(tmp_path: Path) -> None:
    """CI restores the last site and the cache as new copies, so the cache describes another
    directory: each file holding the bytes the cache recorded is kept, any other made again."""
    content, out = copy_content(tmp_path), tmp_path / "site"
    build(content, out)
    shutil.copytree(out, tmp_path / "restored")  # what a cache restore makes: new files, same bytes
    shutil.rmtree(out)
    (tmp_path / "restored").rename(out)
    (out / "feeds" / "index.html").write_text("<p>changed in the copy</p>", encoding="utf-8")
    (out / "404.html").unlink()
    (out / "feed.xml").unlink()
    (out / "feed.xml").symlink_to(out / "atom.xml")
    stderr = build(content, out)
    assert written(stderr) == 3
    assert not (out / "feed.xml").is_symlink()
    assert published(out) == published(build_fresh(content, tmp_path / "fresh"))


def test_switching_search_off_removes_the_index(tmp_path: Path) -> None:
    content, out = copy_content(tmp_path), tmp_path / "site"
    build(content, out)
    assert (out / "search" / "data" / "manifest.json").is_file()
    config = content / "site.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("search: true", "search: false"), encoding="utf-8")
    build(content, out)
    assert not (out / "search").exists()
    assert published(out) == published(build_fresh(content, tmp_path / "fresh"))


def build_fresh(content: Path, out: Path) -> Path:
    build(content, out)
    return out


def _search_off(content: Path) -> None:
    config = content / "site.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("search: true", "search: false"), encoding="utf-8")


def _append(note: Path, text: str) -> None:
    note.write_text(note.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_a_commentary_text_edit_rewrites_its_page_and_the_feeds_carrying_it(tmp_path: Path) -> None:
    content, out = copy_content(tmp_path), tmp_path / "site"
    _search_off(content)
    build(content, out)
    before, files_before = published(out), inodes(out)
    _append(content / "commentary" / COMMENTARY, "\n补充：第三章的案例值得细读。\n")
    build(content, out)
    after, files_after = published(out), inodes(out)
    changed = {path for path in after if after[path] != before.get(path)}
    assert [p for p in after if p not in changed and files_after[p] != files_before[p]] == []
    report_page = next(p for p in changed if p.startswith("reports/"))
    assert "第三章的案例值得细读" in after[report_page].decode()
    assert {p for p in changed if p != report_page} <= {"feed.xml", "atom.xml", "feed.json"} | {
        p for p in after if p.endswith("/feed.xml") or p.startswith("weeks/")}  # feeds, and the week's edition
    assert "feed.xml" in changed and "index.html" not in changed
    assert after == published(build_fresh(content, tmp_path / "fresh"))


def test_an_edited_pick_updates_the_home_page_too(tmp_path: Path) -> None:
    content, out = copy_content(tmp_path), tmp_path / "site"
    _search_off(content)
    build(content, out)
    note = content / "commentary" / "2023-10-yinhang-guaidian.md"  # the home page shows a note's opening
    note.write_text(note.read_text(encoding="utf-8").replace("这份行业专题", "编辑补记：拐点判断仍待四季度数据验证。这份行业专题"),
                    encoding="utf-8")
    build(content, out)
    assert "拐点判断仍待四季度数据验证" in (out / "index.html").read_text(encoding="utf-8")
    assert published(out) == published(build_fresh(content, tmp_path / "fresh"))


def _move_to_another_topic(content: Path, out: Path) -> None:
    note = content / "commentary" / COMMENTARY
    note.write_text(note.read_text(encoding="utf-8").replace("topics: [金融科技与数字化转型, 银行]", "topics: [保险]"),
                    encoding="utf-8")


def _interrupt_then_edit(content: Path, out: Path) -> None:
    _forget_the_build(content)
    _append(content / "commentary" / COMMENTARY, "\n再补一句。\n")


@pytest.mark.parametrize("change", [_move_to_another_topic, _interrupt_then_edit],
                         ids=["report-moves-between-topics", "edit-after-an-interrupted-rebuild"])
def test_a_commentary_change_of_any_kind_ends_as_a_clean_build_would(
        tmp_path: Path, change: Callable[[Path, Path], None]) -> None:
    content, out = copy_content(tmp_path), tmp_path / "site"
    _search_off(content)
    build(content, out)
    change(content, out)
    build(content, out)
    assert published(out) == published(build_fresh(content, tmp_path / "fresh"))


def test_successive_commentary_edits_and_an_undo_each_end_as_a_clean_build_would(tmp_path: Path) -> None:
    content, out = copy_content(tmp_path), tmp_path / "site"
    _search_off(content)
    build(content, out)
    pick, other = content / "commentary" / "2023-10-yinhang-guaidian.md", content / "commentary" / COMMENTARY
    original = other.read_text(encoding="utf-8")
    steps = (lambda: _append(pick, "\n第一次补记。\n"), lambda: _append(other, "\n第二次补记。\n"),
             lambda: other.write_text(original, encoding="utf-8"))
    for number, step in enumerate(steps):
        step()
        assert written(build(content, out)) < 20
        assert published(out) == published(build_fresh(content, tmp_path / f"fresh-{number}"))
    assert "第二次补记" not in "".join(p.decode() for p in published(out).values() if p.startswith(b"<"))


def test_a_rebuild_that_reads_no_listing_neither_loads_enrichment_nor_compiles_publisher_names(tmp_path: Path) -> None:
    """Enrichment compiles hundreds of patterns on import (0.4 s), and the publisher table's
    name patterns take 0.2 s more; a rebuild after a commentary edit reads no listing file,
    so it must not pay for either. A build that does read a listing makes them, or this test
    would prove nothing."""
    content, site = copy_content(tmp_path), tmp_path / "site"
    script = ("import sys; from pathlib import Path; from generator.build import build; "
              "from generator.diagnostics import Diagnostics; "
              f"content = Path({str(content)!r}); "
              "from generator.enrich.keywords import LongestWord; "
              f"result = build(content, Path({str(site)!r}), None, Diagnostics(root=content)); "
              "table = vars(result.digest.publishers).values(); "
              "print('generator.enrich.cleaning' in sys.modules, "
              "any(isinstance(p, LongestWord) and p._pattern is not None for p in table))")

    def loaded() -> str:
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
        return result.stdout.strip()

    assert loaded() == "True True"  # the first build reads every listing
    note = content / "commentary" / COMMENTARY
    # (a pick plans the site again: an edit of the text alone would not even read the listings' results)
    note.write_text(note.read_text(encoding="utf-8").replace("\n---\n", "\npick: true\n---\n", 1) + "\n补一句点评。\n",
                    encoding="utf-8")
    assert loaded() == "False False"


def test_a_parallel_rebuild_keyed_with_digests_made_while_planning_ends_as_a_clean_build_would(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """From thousands of reports on, every report's digest is made in a process of its own
    while the site is planned, and a rebuild then shares nothing more before its pages are
    keyed. Made to work on the sample, the rebuild after an edit must rewrite only a few files
    and end as a clean build would."""
    from generator.build import build as build_site
    from generator.diagnostics import Diagnostics
    from generator.render import parallel

    monkeypatch.setattr(parallel, "WORKERS", 2)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel, "CHUNK", 7)
    content, out = copy_content(tmp_path), tmp_path / "site"
    assert build_site(content, out, None, Diagnostics(root=content)) is not None

    def shared(span: tuple[int, int]) -> None:
        raise AssertionError("a rebuild whose digests were made while planning shares no reports")

    monkeypatch.setattr(parallel, "_prepare", shared)
    _append(content / "commentary" / COMMENTARY, "\n再补一句。\n")
    rebuilt = build_site(content, out, None, Diagnostics(root=content))
    assert rebuilt is not None and 0 < rebuilt.rewritten < 20
    assert published(out) == published(build_fresh(content, tmp_path / "fresh"))


def test_a_note_edit_rebuilds_from_the_plan_record_with_no_listing_read_nor_term_profiled(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A note's text edited changes no decision of the plan: the rebuild takes the recorded
    outputs holding its report (planrecord.py), reads no listing, plans nothing and works out
    no term's profile (a term's first page holds the profile made, with its five most-read
    reports, not every report of the term), and still ends as a clean build would. A pick
    plans the site again, as does a clean cache."""
    from generator import build as building
    from generator import plan
    from generator.build import build as build_site
    from generator.diagnostics import Diagnostics

    content, out = copy_content(tmp_path), tmp_path / "site"
    first = build_site(content, out, None, Diagnostics(root=content))
    assert first is not None and first.digest is not None
    called: list[str] = []

    def counted(name: str, function: Callable) -> Callable:
        @functools.wraps(function)
        def call(*args: object) -> object:
            called.append(name)
            return function(*args)
        return call

    for module, name in ((plan, "profile"), (building, "plan_site"), (building, "load_digest")):
        monkeypatch.setattr(module, name, counted(name, getattr(module, name)))
    note = content / "commentary" / COMMENTARY
    _append(note, "\n再补一句量子乙丙。\n")
    rebuilt = build_site(content, out, None, Diagnostics(root=content))
    assert rebuilt is not None and rebuilt.digest is None and 0 < rebuilt.rewritten < 20
    assert called == []
    assert published(out) == published(build_fresh(content, tmp_path / "fresh"))
    note.write_text(note.read_text(encoding="utf-8").replace("\n---\n", "\npick: true\n---\n", 1),
                    encoding="utf-8")
    replanned = build_site(content, out, None, Diagnostics(root=content))
    assert replanned is not None and replanned.digest is not None and "plan_site" in called
    assert published(out) == published(build_fresh(content, tmp_path / "fresh-2"))


def _garbled(content: Path, name: str) -> None:
    for path in (content.parent / ".digest-cache").glob(f"site-*/gen-*/plan/{name}"):
        path.write_bytes(b"\x80\x05not a pickle")


def _naming_code(content: Path, name: str) -> None:
    """A record whose outputs would run a command when made (`functools.partial(os.system, ...)`)."""
    import os

    for path in (content.parent / ".digest-cache").glob(f"site-*/gen-*/plan/{name}"):
        shard = {number: pickle.dumps([("index.html", ("x",), functools.partial(os.system, "touch /tmp/owned"))])
                 for number in pickle.loads(path.read_bytes())}
        path.write_bytes(pickle.dumps(shard))


@pytest.mark.parametrize("spoil", [functools.partial(_garbled, name="outputs-*.pickle"),
                                   functools.partial(_garbled, name="reports-*.pickle"),
                                   functools.partial(_garbled, name="meta.pickle"),
                                   functools.partial(_naming_code, name="outputs-*.pickle")],
                         ids=["outputs-garbled", "reports-garbled", "meta-garbled", "outputs-naming-code"])
def test_a_plan_record_that_cannot_be_read_as_data_plans_the_site_again(
        tmp_path: Path, spoil: Callable[[Path], None]) -> None:
    """The plan record is in the cache, which may come from anywhere: what cannot be read as the
    generator's data (garbled, or naming code to run) is no record, and the build plans the
    site again as a clean build would."""
    content, out = copy_content(tmp_path), tmp_path / "site"
    build(content, out)
    spoil(content)
    _append(content / "commentary" / COMMENTARY, "\n再补一句。\n")
    assert re.search(r"\bplan [\d.]+ s", build(content, out))  # (a rebuild from the record plans nothing)
    assert not Path("/tmp/owned").exists()
    assert published(out) == published(build_fresh(content, tmp_path / "fresh"))


def _files(stderr: str) -> int:
    return int(re.search(r"([\d,]+) files \(", stderr)[1].replace(",", ""))


@pytest.mark.parametrize("shards", ["manifest/0.pickle", "manifest/*.pickle", "spare-manifest/*.pickle"])
def test_a_manifest_shard_not_as_listed_is_not_trusted_and_the_site_ends_as_a_fresh_build(
        tmp_path: Path, shards: str) -> None:
    """The manifest is kept in shards, each listed in the build's state by its hash: a shard that
    is not what the state lists (garbled, or planted) is no record of its files. A garbled live
    manifest means the cache describes no site, and the build plans again; a garbled spare
    manifest, that the spare's files are linked again from the live site."""
    content, out = copy_content(tmp_path), tmp_path / "site"
    build(content, out)
    _append(content / "commentary" / COMMENTARY, "\n先有一份备用的旧站。\n")
    build(content, out)  # (so the next build stages in a spare, with its own manifest)
    spoiled = list((content.parent / ".digest-cache").glob(f"site-*/gen-*/{shards}"))
    assert spoiled
    for number, path in enumerate(spoiled):  # garbled, or a readable shard saying otherwise
        path.unlink()  # (replaced: a shard is often a link to the last generation's)
        path.write_bytes(b"\x80\x05not a pickle" if number % 2 else pickle.dumps({"index.html": ("k", "0" * 64, 1)}))
    _append(content / "commentary" / COMMENTARY, "\n再补一句。\n")
    stderr = build(content, out)
    assert bool(re.search(r"\bplan [\d.]+ s", stderr)) == shards.startswith("manifest/")
    fresh = build_fresh(content, tmp_path / "fresh")
    assert published(out) == published(fresh)
    assert _files(stderr) == len(published(fresh))


def test_a_build_with_an_output_the_record_cannot_hold_leaves_no_record_and_the_next_plans_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An output holding what a record cannot name (a function not in planrecord's list) would
    be one output the next build never makes again: the build leaves no record at all."""
    from generator import planrecord
    from generator.build import build as build_site
    from generator.diagnostics import Diagnostics

    content, out = copy_content(tmp_path), tmp_path / "site"
    monkeypatch.setattr(planrecord, "NAMED_FUNCTIONS", planrecord.NAMED_FUNCTIONS[1:])  # (render_rss unnamed)
    assert build_site(content, out, None, Diagnostics(root=content)) is not None
    assert not list((content.parent / ".digest-cache").glob("site-*/gen-*/plan/meta.pickle"))
    monkeypatch.undo()
    _append(content / "commentary" / COMMENTARY, "\n再补一句。\n")
    rebuilt = build_site(content, out, None, Diagnostics(root=content))
    assert rebuilt is not None and rebuilt.digest is not None  # (planned again)
    assert published(out) == published(build_fresh(content, tmp_path / "fresh"))

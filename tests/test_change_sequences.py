"""Any sequence of changes, each followed by an incremental build, ends as a build from scratch
would: byte for byte, search index included, and search finds what the changed content says.

A seeded walk over the changes an editor and a scraper make (a note written, edited, moved to
another topic, picked, held as a draft, deleted; a listing added, edited, removed; the site's
settings, a page, search switched off and on), on the shipped sample with 300 synthetic reports
beside it (three search shards), in one process as `serve` builds and, for one walk, with the
parallel paths forced on. After every step the live site is compared with a new build of the
same content into a new directory with a new cache.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.synth import synthesise
from generator.build import build
from generator.diagnostics import Diagnostics
from generator.render.searchindex import DATA, query_keys
from tests.conftest import copy_content, published
from tests.test_searchindex import find

STEPS = 10


class Walk:
    """The content being changed, and what the last change should make searchable."""

    def __init__(self, content: Path, rng: random.Random) -> None:
        self.content, self.rng, self.count = content, rng, 0
        self.searchable: str | None = None  # a word the last change put in a published note or listing

    def word(self) -> str:
        self.count += 1
        return f"量子{'甲乙丙丁戊己庚辛壬癸'[self.count % 10]}{'子丑寅卯辰巳午未申酉'[self.count // 10 % 10]}"

    def notes(self) -> list[Path]:
        return sorted((self.content / "commentary").glob("*.md"))

    def edit(self, path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text, (path, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _note_edited(walk: Walk) -> str:
    note = walk.rng.choice(walk.notes())
    word = walk.word()
    note.write_text(note.read_text(encoding="utf-8") + f"\n补记：{word}是新的变量。\n", encoding="utf-8")
    if "draft: true" not in note.read_text(encoding="utf-8"):
        walk.searchable = word
    return f"edited {note.name}"


def _toggled(walk: Walk, field: str, on: str, off: str) -> str:
    """A random note's `field: true` set where it is not, taken out where it is."""
    note = walk.rng.choice(walk.notes())
    if f"\n{field}: true\n" in note.read_text(encoding="utf-8"):
        walk.edit(note, f"\n{field}: true\n", "\n")
        return f"{off} {note.name}"
    walk.edit(note, "\n---\n", f"\n{field}: true\n---\n")
    return f"{on} {note.name}"


def _note_picked_or_unpicked(walk: Walk) -> str:
    return _toggled(walk, "pick", "picked", "unpicked")


def _note_drafted_or_published(walk: Walk) -> str:
    return _toggled(walk, "draft", "drafted", "published")


def _note_moved_to_another_topic(walk: Walk) -> str:
    note = walk.rng.choice(walk.notes())
    text = note.read_text(encoding="utf-8")
    topic = walk.rng.choice(["保险", "银行", "宏观经济", "金融科技与数字化转型"])
    if re.search(r"^topics: .*$", text, re.MULTILINE):
        note.write_text(re.sub(r"^topics: .*$", f"topics: [{topic}]", text, count=1, flags=re.MULTILINE),
                        encoding="utf-8")
    else:
        walk.edit(note, "\n---\n", f"\ntopics: [{topic}]\n---\n")
    return f"moved {note.name} to {topic}"


def _note_deleted(walk: Walk) -> str:
    notes = walk.notes()
    if len(notes) <= 2:
        return _note_edited(walk)
    note = walk.rng.choice(notes)
    note.unlink()
    return f"deleted {note.name}"


def _note_written(walk: Walk) -> str:
    listing = walk.rng.choice(sorted((walk.content / "listings").glob("synthetic-*.txt")))
    titles = re.findall(r"^  • (.+)$", listing.read_text(encoding="utf-8"), re.MULTILINE)
    noted = "".join(p.read_text(encoding="utf-8") for p in walk.notes())
    free = [t for t in titles if t not in noted]
    if not free:
        return _note_edited(walk)
    title, word = walk.rng.choice(free), walk.word()
    name = f"walk-{walk.count:03d}.md"
    (walk.content / "commentary" / name).write_text(
        f'---\nreport: "{title}"\n---\n这份报告关于{word}的判断值得一读。\n', encoding="utf-8")
    walk.searchable = word
    return f"wrote {name}"


def _listing_added(walk: Walk) -> str:
    word = walk.word()
    name = f"added-{walk.count:03d}.txt"
    (walk.content / "listings" / name).write_text(
        f"  • 中信证券:{word}行业专题研究第{walk.count}期(18页).pdf\n\n"
        f"    {word}行业景气度回升，龙头公司订单饱满，我们维持行业推荐评级。\n\n"
        "    浏览量12人已浏览 发布时间2023-10-20 18页 推荐指数5星级\n", encoding="utf-8")
    walk.searchable = word
    return f"added {name}"


def _listing_edited(walk: Walk) -> str:
    listing = walk.rng.choice(sorted((walk.content / "listings").glob("synthetic-*.txt")))
    word = walk.word()
    walk.edit(listing, "三季度以来经济持续恢复", f"三季度以来{word}持续恢复")
    return f"edited {listing.name}"


def _listing_removed(walk: Walk) -> str:
    added = sorted((walk.content / "listings").glob("added-*.txt"))
    if not added:
        return _listing_added(walk)
    listing = walk.rng.choice(added)
    listing.unlink()
    return f"removed {listing.name}"


def _settings_changed(walk: Walk) -> str:
    config = walk.content / "site.yaml"
    text = config.read_text(encoding="utf-8")
    size = walk.rng.choice([20, 30, 50])
    config.write_text(re.sub(r"^page_size: \d+$", f"page_size: {size}", text, count=1, flags=re.MULTILINE),
                      encoding="utf-8")
    return f"page size {size}"


def _page_edited(walk: Walk) -> str:
    page = walk.content / "pages" / "about.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\n更新于第{walk.count}次修改。\n", encoding="utf-8")
    walk.count += 1
    return "edited about.md"


def _search_switched(walk: Walk) -> str:
    config = walk.content / "site.yaml"
    text = config.read_text(encoding="utf-8")
    on = "search: true" in text
    config.write_text(text.replace(f"search: {str(on).lower()}", f"search: {str(not on).lower()}"), encoding="utf-8")
    return f"search {'off' if on else 'on'}"


CHANGES: list[Callable[[Walk], str]] = [
    _note_edited, _note_picked_or_unpicked, _note_drafted_or_published, _note_moved_to_another_topic,
    _note_deleted, _note_written, _listing_added, _listing_edited, _listing_removed, _settings_changed,
    _page_edited, _search_switched,
]


def _sample_with_synthetic_reports(tmp_path: Path) -> Path:
    """The shipped sample, and 300 synthetic reports over 2019-2024 in two listing files."""
    content = copy_content(tmp_path)
    synthetic = tmp_path / "synthetic"
    synthesise(synthetic, 300, seed=18, per_file=150)
    for number, listing in enumerate(sorted((synthetic / "listings").glob("*.txt"))):
        listing.rename(content / "listings" / f"synthetic-{number}.txt")
    for note in sorted((synthetic / "commentary").glob("*.md")):
        note.rename(content / "commentary" / note.name)
    return content


def _walk(tmp_path: Path, seed: int) -> None:
    content = _sample_with_synthetic_reports(tmp_path)
    site, cache = tmp_path / "site", tmp_path / "cache"
    assert build(content, site, None, Diagnostics(root=content), cache=cache) is not None
    assert len(list((site / DATA).iterdir())) >= 4  # the manifest, the simplified forms, shards of several years
    walk = Walk(content, random.Random(seed))
    done = []
    for step in range(STEPS):
        walk.searchable = None
        done.append(walk.rng.choice(CHANGES)(walk))
        diagnostics = Diagnostics(root=content)
        assert build(content, site, None, diagnostics, cache=cache) is not None, (done, diagnostics.items)
        fresh = tmp_path / f"fresh-{step}"
        assert build(content, fresh, None, Diagnostics(root=content), cache=tmp_path / f"cache-{step}") is not None
        assert published(site) == published(fresh), done
        if walk.searchable and (site / DATA).is_dir():
            found = [set(find(site, key)) for key in query_keys(walk.searchable)]
            assert found and set.intersection(*found), (done, walk.searchable)  # a report holds every key


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_sequence_of_changes_ends_as_a_build_from_scratch_would(tmp_path: Path, seed: int) -> None:
    _walk(tmp_path, seed)


def test_any_sequence_of_changes_ends_as_a_build_from_scratch_would_on_the_parallel_paths(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same with listings read, reports' digests made and pages rendered by forked workers,
    as on a site of thousands of reports."""
    from generator import listings
    from generator.render import parallel

    monkeypatch.setattr(parallel, "WORKERS", 2)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel, "CHUNK", 7)
    monkeypatch.setattr(listings, "PARALLEL_FROM_BYTES", 1)
    _walk(tmp_path, 4)

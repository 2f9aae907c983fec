"""The feeds read by a real feed reader (newsboat, headless) from a site served under /repo/."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

from tests.conftest import copy_content, run_cli

NEW_LISTING = ("  • 中信证券:2024年银行业投资策略(30页).pdf\n\n    银行业展望。\n\n"
               "    浏览量3人已浏览 发布时间2023-10-13 30页 推荐指数5星级\n")


def _build(content: Path, out: Path, base: str) -> None:
    result = run_cli("build", "--content", str(content), "--out", str(out), "--base-url", base)
    assert result.returncode == 0, result.stderr


def _newsboat(home: Path, urls: list[str]) -> list[tuple[str, str, int, str]]:
    """Reload the feeds into newsboat's cache in `home` and return its items.

    newsboat keys items by GUID across all feeds of one cache, so each feed whose items are
    counted gets a cache of its own."""
    home.mkdir(exist_ok=True)
    (home / "urls").write_text("\n".join(urls) + "\n", encoding="utf-8")
    cache = home / "cache.db"
    subprocess.run(["newsboat", "-u", str(home / "urls"), "-c", str(cache), "-C", "/dev/null", "-x", "reload"],
                   env={**os.environ, "HOME": str(home)}, capture_output=True, check=True, timeout=60)
    with sqlite3.connect(cache) as db:
        return db.execute("SELECT guid, title, unread, feedurl FROM rss_item").fetchall()


def test_newsboat_receives_every_item_with_chinese_intact(tmp_path: Path, serve_site) -> None:  # type: ignore[no-untyped-def]
    site = tmp_path / "site"
    served = serve_site(site)
    _build(copy_content(tmp_path), site, served.base)
    rows = {name: _newsboat(tmp_path / name.replace("/", "-"), [served.base + name])
            for name in ("feed.xml", "atom.xml", "topics/banking/feed.xml", "publishers/deloitte/feed.xml")}
    main = rows["feed.xml"]
    assert len(main) == 20
    assert "2023年四季度全球银行业展望报告" in {r[1] for r in main}
    assert {r[0] for r in rows["atom.xml"]} == {r[0] for r in main}
    assert len(rows["publishers/deloitte/feed.xml"]) == 2
    for name in ("topics/banking/feed.xml", "publishers/deloitte/feed.xml"):
        assert {r[0] for r in rows[name]} <= {r[0] for r in main}, "the same GUID in every feed"


def test_a_rebuild_with_one_new_report_adds_exactly_one_unread_item(tmp_path: Path, serve_site) -> None:  # type: ignore[no-untyped-def]
    content = copy_content(tmp_path)
    site = tmp_path / "site"
    served = serve_site(site)
    _build(content, site, served.base)
    feed = [served.base + "feed.xml"]
    first = _newsboat(tmp_path, feed)
    with sqlite3.connect(tmp_path / "cache.db") as db:
        db.execute("UPDATE rss_item SET unread = 0")
    note = content / "commentary" / "2023-10-deloitte-bank-review.md"
    note.write_text(note.read_text(encoding="utf-8") + "\n补充一句点评。\n", encoding="utf-8")
    (content / "listings" / "001_new.txt").write_text(NEW_LISTING, encoding="utf-8")
    _build(content, site, served.base)
    second = _newsboat(tmp_path, feed)
    unread = [r for r in second if r[2]]
    assert len(second) == len(first) + 1
    assert [r[1] for r in unread] == ["2024年银行业投资策略"]


def test_a_new_commentary_reaches_newsboat_as_a_new_item_and_leaves_the_report_feeds_alone(
        tmp_path: Path, serve_site) -> None:  # type: ignore[no-untyped-def]
    content = copy_content(tmp_path)
    site = tmp_path / "site"
    served = serve_site(site)
    _build(content, site, served.base)
    notes, main = [served.base + "notes/feed.xml"], [served.base + "feed.xml"]
    before = {"notes": _newsboat(tmp_path / "notes", notes), "main": _newsboat(tmp_path / "main", main)}
    assert len(before["notes"]) == 6
    for name in before:
        with sqlite3.connect(tmp_path / name / "cache.db") as db:
            db.execute("UPDATE rss_item SET unread = 0")
    (content / "commentary" / "2023-10-pingan-strategy.md").write_text(
        "---\nreport: 平安银行:平安私人银行2023年第四季度投资策略报告(52页).pdf\ndate: 2023-10-13\n---\n"
        "四季度策略的核心是**防守反击**：\n债券久期适度拉长，权益等待估值修复。\n", encoding="utf-8")
    _build(content, site, served.base)
    after = {"notes": _newsboat(tmp_path / "notes", notes), "main": _newsboat(tmp_path / "main", main)}
    unread = [row for row in after["notes"] if row[2]]
    assert [row[1] for row in unread] == ["点评：平安私人银行2023年第四季度投资策略报告"]
    assert len(after["notes"]) == 7
    assert [row for row in after["main"] if row[2]] == [], "the report's own item keeps its GUID: nothing new there"
    assert {row[0] for row in after["main"]} == {row[0] for row in before["main"]}

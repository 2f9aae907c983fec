"""The same report seen in several scrapes is one report; different reports never merge; and every
item read is accounted for, per file, by `check` and `build`."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from tests.conftest import ROOT, SAMPLE, exported, run_cli

HTML_FIXTURE = ROOT / "tests" / "data" / "sgpjbg_listing.html"
DELOITTE = "德勤:中国银行业2023年上半年发展回顾与展望报告(159页).pdf"


def _content(tmp_path: Path) -> Path:
    (tmp_path / "content" / "listings").mkdir(parents=True)
    return tmp_path / "content"


def _jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_three_scrapes_in_three_formats_are_one_report_with_every_source(tmp_path: Path) -> None:
    content = _content(tmp_path)
    shutil.copy(SAMPLE, content / "listings" / "a.txt")
    shutil.copy(HTML_FIXTURE, content / "listings" / "b.html")
    _jsonl(content / "listings" / "c.jsonl", [{"title": DELOITTE.removesuffix(".pdf"), "publishDate": "2023-10-09",
                                              "views": "1.2万", "url": "https://www.sgpjbg.com/report/109056.html"}])
    records, _ = exported(content)
    assert len(records) == 20
    deloitte = next(r for r in records if r["title"] == DELOITTE)
    assert deloitte["views"] == 12000, "the highest view count is the latest"
    assert deloitte["date"] == "2023-10-06", "the first-seen publish date is kept"
    assert [s["file"].rsplit("/", 1)[-1] for s in deloitte["sources"]] == ["a.txt", "b.html", "c.jsonl"]
    assert all(s["line"] > 0 for s in deloitte["sources"])


def test_equal_titles_merge_only_when_they_are_the_same_report(tmp_path: Path) -> None:
    content = _content(tmp_path)
    _jsonl(content / "listings" / "daily.jsonl", [
        {"title": "晨会纪要", "org": "中信证券", "date": "2024-07-01", "views": 3},
        {"title": "晨会纪要", "org": "中信证券", "date": "2024-07-02", "views": 9},  # a mirror a day later
        {"title": "晨会纪要", "org": "中信证券", "date": "2024-07-08", "views": 4},  # next week's issue
        {"title": "晨会纪要", "org": "华泰证券", "date": "2024-07-01", "views": 5},
        {"title": "银行业周报-240701", "date": "2024-07-01"},
        {"title": "银行业周报-240708", "date": "2024-07-01"},
    ])
    records, err = exported(content)
    got = sorted((r["title"], r["publishers"], r["date"], r["views"], r["report_date"]) for r in records)
    assert got == [
        ("晨会纪要", ["中信证券"], "2024-07-01", 9, None),
        ("晨会纪要", ["中信证券"], "2024-07-08", 4, None),
        ("晨会纪要", ["华泰证券"], "2024-07-01", 5, None),
        ("银行业周报-240701", [], "2024-07-01", None, "2024-07-01"),
        ("银行业周报-240708", [], "2024-07-01", None, "2024-07-08"),
    ]
    assert len({r["id"] for r in records}) == 5
    assert "daily.jsonl: read 6, published 5, merged 1, rejected 0" in err


def test_ids_of_split_reports_are_stable_across_builds(tmp_path: Path) -> None:
    content = _content(tmp_path)
    _jsonl(content / "listings" / "daily.jsonl", [{"title": "晨会纪要", "org": "中信证券", "date": d}
                                                  for d in ("2024-07-01", "2024-07-08", "2024-07-15")])
    first, _ = exported(content)
    again, _ = exported(content)
    assert [r["id"] for r in first] == [r["id"] for r in again] and len({r["id"] for r in first}) == 3


def _duplicated_and_broken(tmp_path: Path) -> Path:
    """The real sample, a rescrape of it with one impossible date, and a JSON feed with a duplicate,
    a line of broken JSON and a record without a date."""
    content = _content(tmp_path)
    shutil.copy(SAMPLE, content / "listings" / "000_first.txt")
    rescrape = SAMPLE.read_text(encoding="utf-8").replace("发布时间2023-10-12", "发布时间2023-13-12")
    (content / "listings" / "001_rescrape.txt").write_text(rescrape, encoding="utf-8")
    lines = [json.dumps(r, ensure_ascii=False) for r in (
        {"title": DELOITTE, "date": "2023-10-06", "views": 200},
        {"title": "毕马威：2023年中国银行业调查报告(60页)", "date": "2023-11-02", "views": 40},
        {"title": "毕马威：2023年中国银行业调查报告(60页)", "date": "2023-11-03", "views": 41},
        {"title": "没有日期的报告"},
    )]
    lines.insert(2, '{"title": "半行JSON", "date": ')
    (content / "listings" / "002_feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return content


EXPECTED_COUNTS = [
    "000_first.txt: read 20, published 20, merged 0, rejected 0",
    "001_rescrape.txt: read 20, published 0, merged 19, rejected 1",
    "002_feed.jsonl: read 5, published 1, merged 2, rejected 2",
    "Listings: read 45, merged 21, rejected 3; 21 reports",
]


def _counts(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if re.search(r"read \d+, (published \d+, )?merged", line)]


def test_check_accounts_for_every_item_per_file(tmp_path: Path) -> None:
    content = _duplicated_and_broken(tmp_path)
    result = run_cli("check", "--content", str(content))
    assert result.returncode == 0, result.stderr
    assert [line.rsplit("/", 1)[-1] for line in _counts(result.stderr)] == EXPECTED_COUNTS
    for file, line, reason in (("001_rescrape.txt", 12, "impossible publish date '2023-13-12'"),
                               ("002_feed.jsonl", 3, "not valid JSON"),
                               ("002_feed.jsonl", 5, "no valid publish date")):
        # A rejected item is named by its title where the format gives one (`item '…': reason`).
        assert re.search(rf"{re.escape(file)}:{line}: warning: (item '[^']+': )?{re.escape(reason)}", result.stderr), \
            reason


def test_build_prints_the_same_accounting_and_publishes_what_it_counts(tmp_path: Path) -> None:
    content = _duplicated_and_broken(tmp_path)
    out = tmp_path / "site"
    result = run_cli("build", "--content", str(content), "--out", str(out))
    assert result.returncode == 0, result.stderr
    printed = result.stdout + result.stderr
    assert [line.rsplit("/", 1)[-1] for line in _counts(printed)] == EXPECTED_COUNTS
    assert len(list((out / "reports").glob("*/index.html"))) == 21

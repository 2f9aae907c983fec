"""Listings saved as Markdown (`.md`, `.markdown`; generator/ingest/mdlisting.py): pipe tables
read as CSV tables are, and digests (a heading naming the day, an entry per list item or bold
line). The records are made up, in the shapes of real scraped digests (datasets rounds d10 and
d11: an analyst-ratings digest of bold ticker lines, a daily digest of a table and linked items,
the same digest saved in a page's `<pre>`)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import exported, run_cli


def _content(tmp_path: Path, name: str, text: str) -> Path:
    listings = tmp_path / "content" / "listings"
    listings.mkdir(parents=True, exist_ok=True)
    (listings / name).write_text(text, encoding="utf-8")
    return tmp_path / "content"


def test_a_pipe_table_with_chinese_headers_is_read_as_a_csv_table_is(tmp_path: Path) -> None:
    text = ("# 研报列表\n\n"
            "| 标题 | 机构 | 发布日期 | 评级 | 股票代码 |\n"
            "|:---|---|---|---|---|\n"
            "| [贵州茅台：渠道改革稳步推进](https://example.org/r/1) | 中信证券 | 2024-05-06 | 买入 | 600519 |\n"
            "| 银行业周报：息差企稳 | 东兴证券 | 2024/05/07 | - | - |\n"
            "|  | 国泰君安 | 2024-05-07 | | |\n")
    records, err = exported(_content(tmp_path, "list.md", text))
    got = sorted((r["title"], r["publishers"], r["date"], r["rating"], r["source_urls"]) for r in records)
    assert got == [
        ("贵州茅台：渠道改革稳步推进", ["中信证券"], "2024-05-06", "买入", ["https://example.org/r/1"]),
        ("银行业周报：息差企稳", ["东兴证券"], "2024-05-07", None, []),
    ], err
    assert [s["code"] for r in records for s in r["securities"]] == ["600519"]
    assert re.search(r"list\.md:7: warning: .*no title", err), err  # the row with an empty title, by its line


def test_a_table_with_no_date_column_takes_the_day_its_heading_names(tmp_path: Path) -> None:
    text = ("# 每日研报 | 2024-05-06\n\n"
            "|序号|name|ticker|broker|link|\n|---|---|---|---|---|\n"
            "|1|腾讯控股深度报告|00700.HK|华泰证券|[链接](https://example.org/r/9)|\n")
    records, err = exported(_content(tmp_path, "daily.markdown", text))
    assert [(r["title"], r["date"], r["publishers"], r["source_urls"]) for r in records] == [
        ("腾讯控股深度报告", "2024-05-06", ["华泰证券"], ["https://example.org/r/9"])], err
    assert "daily.markdown:5: warning: no date field" in err and "heading on line 1" in err


def test_a_digest_of_bold_ticker_lines_reads_the_line_below_as_the_title(tmp_path: Path) -> None:
    text = ("# Analyst Ratings Digest — 2024-09-02\n\n_12 events scored_\n\n## Notable\n\n"
            "**ACME** 🟢▲ `9.0` — Example Capital (upgrade) · @ $12.50\n"
            "  Acme Corp upgraded to Buy from Hold at Example Capital\n\n"
            "**WIDG** ⚪ `4.5` — Sample Securities (pt change only) · @ $80.10\n"
            "  Widget Inc price target raised to $95 from $90 at Sample Securities\n\n"
            "---\n_Informational only._\n")
    records, err = exported(_content(tmp_path, "digest_2024-09-02.md", text))
    got = sorted((r["title"], r["date"], r["publishers"], [s["code"] for s in r["securities"]]) for r in records)
    assert got == [
        ("Acme Corp upgraded to Buy from Hold at Example Capital", "2024-09-02", ["Example Capital"], ["ACME"]),
        ("Widget Inc price target raised to $95 from $90 at Sample Securities", "2024-09-02",
         ["Sample Securities"], ["WIDG"]),
    ], err


def test_a_digest_of_linked_items_with_an_overview_table_gives_each_report_once(tmp_path: Path) -> None:
    """An overview table above linked items naming the same reports: the items are read (they
    give the links), the table is said to be left out, and a list of notes without links is no
    report."""
    text = ("# 美股研报日报 | 2024-04-01\n\n更新时间：2024-04-01 23:00:00 CST\n\n## 概览表\n\n"
            "|no|section|name|ticker|broker|rating|pt|link|\n|---|---|---|---|---|---|---|---|\n"
            "|1|科技|Acme|ACME|N/A|N/A|N/A|LINK_PLACEHOLDER|\n"
            "|2|消费|Widget|WIDG|N/A|N/A|N/A|LINK_PLACEHOLDER|\n\n## 科技\n\n"
            "1. 【新增】Acme - ACME | N/A | PT 120 | [报告链接](https://example.org/r/a1/)\n"
            "   - 核心结论：未提及\n   - 评级：买入\n\n## 消费\n\n"
            "1. Widget - WIDG | N/A | PT N/A | [报告链接](https://example.org/r/w2/)\n\n"
            "## 人工复核与失败项\n\n- Widget (WIDG)：review_required=true\n- 无\n")
    records, err = exported(_content(tmp_path, "daily_digest.md", text))
    got = sorted((r["title"], r["date"], r["source_urls"], [s["code"] for s in r["securities"]], r["rating"],
                  r["target_price"]) for r in records)
    assert got == [
        ("Acme - ACME", "2024-04-01", ["https://example.org/r/a1/"], ["ACME"], "买入", 120),
        ("Widget - WIDG", "2024-04-01", ["https://example.org/r/w2/"], ["WIDG"], None, None),
    ], err
    assert "daily_digest.md:9: warning: the table's 2 report(s) are each named by an entry below" in err


def test_a_markdown_file_with_no_table_or_entries_is_refused_saying_what_it_holds(tmp_path: Path) -> None:
    text = "# 关于本目录\n\n这里存放每天抓取的研报列表。\n\n- 每天更新一次\n- 见 [说明](#usage)\n"
    result = run_cli("check", "--content", str(_content(tmp_path, "README.md", text)))
    assert result.returncode != 0
    assert ("README.md:1: warning: no report table or digest entries in this Markdown file (found 1 heading(s), "
            "1 paragraph(s), 2 list item(s), 0 table(s))") in result.stderr, result.stderr


def test_a_page_showing_a_markdown_digest_in_a_pre_is_read_as_the_markdown(tmp_path: Path) -> None:
    digest = ("# 美股研报日报 | 2024-04-01\n\n## 科技\n\n"
              "1. Acme - ACME | N/A | PT N/A | [报告链接](https://example.org/r/a1/)\n")
    page = ("<!doctype html>\n<html><head><title>美股研报日报</title></head>\n<body>\n<main>\n"
            f"<pre>{digest}</pre>\n</main></body></html>\n")
    records, err = exported(_content(tmp_path, "batch.html", page))
    assert [(r["title"], r["date"], r["source_urls"]) for r in records] == [
        ("Acme - ACME", "2024-04-01", ["https://example.org/r/a1/"])], err
    assert "batch.html:5: warning: no source profile matches this page" in err and "<pre>" in err

"""Commentary joins its report by listed title or id; every mistake names file and line."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import copy_content, exported, run_cli


def _write(content: Path, name: str, text: str) -> Path:
    path = content / "commentary" / name
    path.write_text(text, encoding="utf-8")
    return path


def test_commentary_matches_titles_despite_extension_width_and_spaces(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    for path in (content / "commentary").glob("*.md"):
        path.unlink()
    _write(content, "a.md", "---\nreport: 艾瑞咨询：2023年中国第三方支付行业研究报告（89页）\n---\n好。\n")
    _write(content, "b.md", "---\nreport: \"华为 : 2023金融区域银行数据能力体系建设白皮书(63页).PDF\"\n---\n好。\n")
    _write(content, "c.md", "---\nreport: 普华永道:2023年半年度中国银行业回顾与展望报告(67页).pdf\n---\n好。\n")
    records = exported(content)[0]
    target = next(r for r in records if r["clean_title"] == "2023年中国银行营销数字化行业研究报告")
    _write(content, "d.md", f"---\nreport: {target['id']}\npick: true\n---\n按 id 指定。\n")
    commented = {r["clean_title"] for r in exported(content)[0] if r["has_commentary"]}
    assert commented == {
        "2023年中国第三方支付行业研究报告",
        "2023金融区域银行数据能力体系建设白皮书",
        "2023年半年度中国银行业回顾与展望报告",
        "2023年中国银行营销数字化行业研究报告",
    }


def test_every_commentary_error_is_reported_with_file_and_line_then_the_build_fails(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    _write(content, "unknown.md", "---\ntitle: 不存在\nreport: 这份报告不存在(12页).pdf\n---\n正文\n")
    _write(content, "broken.md", "---\nreport: 银行业:拐点已至否极泰来\ntopics: [银行\npick: true\n---\n正文\n")
    _write(content, "unclosed.md",
           "---\nreport: 德勤:中国银行业2023年上半年发展回顾与展望报告\n\n正文没有结束的分隔线\n")
    previous = tmp_path / "site"
    assert run_cli("build", "--content", str(copy_content(tmp_path, "good")), "--out", str(previous)).returncode == 0
    before = {p: p.read_bytes() for p in previous.rglob("*") if p.is_file()}

    result = run_cli("build", "--content", str(content), "--out", str(previous))

    assert result.returncode != 0
    assert re.search(r"commentary/unknown\.md:3: error: .*这份报告不存在", result.stderr)
    assert re.search(r"commentary/broken\.md:\d+: error: invalid YAML", result.stderr)
    assert re.search(r"commentary/unclosed\.md:1: error: .*never closed", result.stderr)
    assert "Traceback" not in result.stderr
    after = {p: p.read_bytes() for p in previous.rglob("*") if p.is_file()}
    assert after == before, "a failed build leaves the previous site intact"


def test_check_reports_the_same_errors_without_building(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    _write(content, "unknown.md", "---\nreport: 这份报告不存在\n---\n")
    result = run_cli("check", "--content", str(content))
    assert result.returncode == 1
    assert "commentary/unknown.md:2: error:" in result.stderr
    assert "read 20, published 20, merged 0, rejected 0" in result.stderr


def test_topic_overrides_replace_the_automatic_topics(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    for path in (content / "commentary").glob("*.md"):
        path.unlink()
    _write(content, "t.md", "---\nreport: 华为:2023金融区域银行数据能力体系建设白皮书\ntopics: [数据要素, esg]\n---\n")
    record = next(r for r in exported(content)[0] if r["clean_title"] == "2023金融区域银行数据能力体系建设白皮书")
    assert record["topics"] == ["数据要素", "ESG与可持续金融"]


def test_commentary_html_is_sanitised(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    _write(content, "x.md", "---\nreport: 德勤:中国证券业2023年上半年发展回顾与展望-势起风劲 奋楫争先\n---\n"
           "**重点**<script>alert(1)</script> [链接](javascript:alert(2)) <img src=x onerror=alert(3)>\n")
    out = tmp_path / "site"
    assert run_cli("build", "--content", str(content), "--out", str(out)).returncode == 0
    pages = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*.html"))
    assert "<strong>重点</strong>" in pages
    assert "<script>alert" not in pages and "javascript:alert" not in pages and "onerror" not in pages


def test_a_page_cannot_take_the_place_of_a_generated_section(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    (content / "pages" / "search.md").write_text("---\ntitle: 搜索说明\n---\n正文\n", encoding="utf-8")
    result = run_cli("check", "--content", str(content))
    assert result.returncode == 1
    assert "pages/search.md:1: error: slug 'search' is a section of the generated site" in result.stderr

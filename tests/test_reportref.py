"""Which report a note's `report:` names: exact titles win over tolerant keys."""

from __future__ import annotations

from datetime import date

from generator.enrich.identity import title_key
from generator.model import Report
from generator.reportref import ReportIndex


def _report(report_id: str, title: str, clean_title: str) -> Report:
    return Report(report_id, title, clean_title, ["中金公司"], ["银行"], date(2023, 11, 20), None, 30, None, "", "prefix",
                  title_keys=tuple(dict.fromkeys((title_key(title), title_key(clean_title)))))


def test_an_exact_listed_title_names_its_report_beside_one_differing_in_page_count() -> None:
    thirty = _report("a1", "中金公司:2024年银行业展望(30页).pdf", "2024年银行业展望")
    forty = _report("b2", "中金公司:2024年银行业展望(40页).pdf", "2024年银行业展望")
    index = ReportIndex.of([thirty, forty])
    assert index.find("中金公司:2024年银行业展望(40页)") == [forty]
    assert index.find("中金公司:2024年银行业展望(30页).PDF") == [thirty]
    # The clean title is exact for both: ambiguous, and the message lists both.
    assert index.find("2024年银行业展望") == [thirty, forty]


def test_a_tolerant_title_finds_its_report_when_no_title_is_exact() -> None:
    report = _report("c3", "招商银行：2023年中国私人财富报告（72页）.pdf", "2023年中国私人财富报告")
    index = ReportIndex.of([report])
    assert index.find("招商银行:2023年中国私人财富报告(72页)") == [report]
    assert index.find("招商银行 2023 年中国私人财富报告") == [report]
    assert index.find("招商银行:2022年中国私人财富报告") == []


def test_an_exact_title_whose_key_differs_is_still_found() -> None:
    # Listed as a Word file, named with `.pdf` added: the exact form drops the `.pdf`, the
    # key drops one extension and keeps the other's letters.
    report = _report("d4", "兴业研究:绿色金融周报.doc", "绿色金融周报")
    index = ReportIndex.of([report])
    assert title_key("兴业研究:绿色金融周报.doc.pdf") != title_key(report.title)
    assert index.find("兴业研究:绿色金融周报.doc.pdf") == [report]
    assert index.closest("兴业研究:绿色金融周刊") == [report]

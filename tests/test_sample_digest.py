"""The real sample listing, read and interpreted field by field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, SAMPLE

EXPECTED = yaml.safe_load((ROOT / "tests" / "data" / "sample_expected.yaml").read_text(encoding="utf-8"))


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def test_every_item_of_the_sample_is_exported_once(export_records: list[dict]) -> None:
    assert sorted(r["title"] for r in export_records) == sorted(e["title"] for e in EXPECTED)


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["title"][:16] for e in EXPECTED])
def test_listing_fields_match_the_listing(expected: dict, export_records: list[dict]) -> None:
    record = next(r for r in export_records if r["title"] == expected["title"])
    assert record["date"] == _iso(expected["date"])
    assert record["views"] == expected["views"]
    assert record["pages"] == expected["pages"]
    assert record["clean_title"] == expected["clean_title"]
    assert record["report_date"] == _iso(expected["report_date"])
    if "publishers" in expected:
        assert record["publishers"] == expected["publishers"]
    prefix = expected["title"].split(":")[0]
    if prefix.endswith(("业", "观点", "报告")) or "行业" in prefix:
        assert prefix not in record["publishers"], "an industry prefix is never a publisher"


def test_export_records_carry_the_documented_fields(export_records: list[dict]) -> None:
    required = {"id", "url", "title", "clean_title", "publishers", "topics", "date", "report_date",
                "pages", "views", "excerpt", "has_commentary"}
    for record in export_records:
        assert required <= record.keys()
        assert record["url"] == f"reports/{record['id']}/"
        assert isinstance(record["publishers"], list) and isinstance(record["topics"], list)
        dt.date.fromisoformat(record["date"])


def test_every_report_gets_at_least_one_topic_and_several_where_they_apply(export_records: list[dict]) -> None:
    assert all(r["topics"] for r in export_records)
    by_title = {r["clean_title"]: r for r in export_records}
    assert {"银行", "金融科技与数字化转型"} <= set(by_title["2023年中国银行营销数字化行业研究报告"]["topics"])
    assert "支付与清算" in by_title["2023年中国第三方支付行业研究报告"]["topics"]
    assert "保险" in by_title["保险行业最新观点:我们为什么看好2024年寿险开门红"]["topics"]


def test_excerpts_are_bounded_and_repaired(export_records: list[dict]) -> None:
    """An opening that holds no sentence (a cover, a chart's data) gives an empty excerpt:
    pages then show the title alone."""
    for record in export_records:
        assert len(record["excerpt"]) <= 300
    joint = next(r for r in export_records if r["title"].startswith("华夏时报"))
    assert "银银行行" not in joint["excerpt"]
    boc = next(r for r in export_records if r["clean_title"] == "2023年四季度全球银行业展望报告")
    assert "研究研究院院" not in boc["excerpt"] and "报告日期:报告日期" not in boc["excerpt"]


def test_commentary_is_joined_to_the_reports_it_names(export_records: list[dict]) -> None:
    commented = {r["clean_title"] for r in export_records if r["has_commentary"]}
    assert "银行业:拐点已至否极泰来" in commented
    assert "保险行业最新观点:我们为什么看好2024年寿险开门红" in commented
    assert len(commented) == len(list((ROOT / "content" / "commentary").glob("*.md")))


def test_the_huge_previews_never_reach_a_page_whole(sample_site: Path) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    long_previews = [line.strip() for line in lines if len(line) > 40_000]
    assert long_previews, "the sample has previews of tens of thousands of characters"
    slices = [p[20_000:20_200] for p in long_previews]
    for path in sample_site.rglob("*"):
        if path.suffix in {".html", ".xml", ".json"}:
            text = path.read_text(encoding="utf-8")
            assert not any(s in text for s in slices), path

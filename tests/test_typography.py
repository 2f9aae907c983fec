"""Chinese typography and charts: what the pages print, checked on real commentary text and
on series shaped like real term profiles."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest

from generator.markup import render_markdown
from generator.render.charts import month_bars, share_bars
from generator.render.typography import day, punctuated
from tests.conftest import CONTENT


def test_a_line_break_between_chinese_characters_leaves_no_gap() -> None:
    note = (CONTENT / "commentary" / "2023-10-shourong-kaimenhong.md").read_text(encoding="utf-8")
    html = render_markdown(note.split("---", 2)[2])
    assert "个险渠道人均产能在提升，银保渠道" in html  # the source breaks the line after "，"
    assert "解释为何\n2024" in html, "a break next to Latin text or digits stays a space"


def test_a_line_break_is_joined_across_inline_markup_but_not_inside_code() -> None:
    html = render_markdown("重点是\n**负债端**\n成本。\n\n```\n代码\n换行\n```\n")
    assert "重点是<strong>负债端</strong>成本。" in html
    assert "代码\n换行" in html


@pytest.mark.parametrize(("listed", "shown"), [
    ("银行业:社融再超预期政策发力呵护流动性和息差", "银行业：社融再超预期政策发力呵护流动性和息差"),
    ("保险行业最新观点:我们为什么看好2024年寿险开门红", "保险行业最新观点：我们为什么看好2024年寿险开门红"),
    ("银行板块拐点已至?读懂这份逻辑", "银行板块拐点已至？读懂这份逻辑"),
    ("2023年中国银行业发展报告(上篇)", "2023年中国银行业发展报告（上篇）"),
    ("国际财务报告准则发布的意义(2023)", "国际财务报告准则发布的意义(2023)"),
    ("杠杆比例2.5:1的测算", "杠杆比例2.5:1的测算"),
])
def test_display_titles_use_full_width_punctuation_between_chinese(listed: str, shown: str) -> None:
    assert punctuated(listed) == shown


def test_dates_have_one_style() -> None:
    from datetime import date

    assert day(date(2023, 10, 9)) == "2023-10-09" and day(None) == ""


def _labels(svg: str) -> list[tuple[float, str]]:
    return [(float(x), text) for x, text in re.findall(r'<text x="([\d.]+)" y="[\d.]+">([^<]+)</text>', svg)]


def test_charts_are_not_drawn_for_too_little_data() -> None:
    assert month_bars([("2023-09", 3), ("2023-10", 17)], "每月") == ""
    assert month_bars([("2023-08", 1), ("2023-09", 2), ("2023-10", 3)], "每月") == ""
    assert share_bars([("银行", 9)], "主题") == "" and share_bars([("银行", 2), ("保险", 1)], "主题") == ""
    assert share_bars([(name, 1) for name in ("德勤", "华为", "普华永道", "艾瑞咨询", "华夏时报", "平安银行")], "机构") == ""
    assert month_bars([("2023-08", 4), ("2023-09", 3), ("2023-10", 5)], "每月").startswith("<svg")


@pytest.mark.parametrize("months", [3, 7, 12, 14, 30, 66, 130])
def test_month_labels_never_overlap(months: int) -> None:
    series = [(f"{2019 + (m + 10) // 12}-{(m + 10) % 12 + 1:02d}", 3 + m % 5) for m in range(months)]
    labels = _labels(month_bars(series, "每月"))
    assert labels and labels[0][1] == "2019年11月"
    for (x1, text1), (x2, _) in pairwise(labels):
        width = sum(14 if ord(c) > 0x2E80 else 8.4 for c in text1)
        assert x1 + width < x2, (text1, labels)
    assert all(0 <= x <= 480 for x, _ in labels)


def test_an_excerpt_is_shown_in_one_width_and_exported_as_listed(sample_site: Path,
                                                                  export_records: list[dict]) -> None:
    """The sample's previews write Chinese with half-width marks (`营销节点,开`); pages and feeds show
    them full-width, as titles are, while the export keeps what the listing gave."""
    record = next(r for r in export_records if "寿险开门红" in r["title"])
    assert record["excerpt"].startswith("作为寿险公司最重要的营销节点,开")
    page = (sample_site / record["url"].removeprefix("/") / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<p class=\"?lede\"?>作为寿险公司最重要的营销节点，开", page)
    assert re.search(r"content=\"?作为寿险公司最重要的营销节点，开", page) and "营销节点,开" not in page
    feed = (sample_site / "feed.xml").read_text(encoding="utf-8")
    assert "作为寿险公司最重要的营销节点，开" in feed and "营销节点,开" not in feed


def test_no_space_is_shown_beside_a_full_width_mark() -> None:
    """Extraction's spaces beside a full-width mark (a preview that lost its percent signs, a book
    title's mark): a browser would break a line before `，` or after `《` there."""
    assert punctuated("同比14 ，归母净利润约199亿元，同比14 ，公司") == "同比14，归母净利润约199亿元，同比14，公司"
    assert punctuated("发布的《 2015年中国开源社区参与调查报告》，今年") == "发布的《2015年中国开源社区参与调查报告》，今年"
    assert punctuated("公告， 2020年公司预计") == "公告，2020年公司预计"
    assert punctuated("ROE 15 , PB 2") == "ROE 15 , PB 2"  # (no Chinese beside the mark)

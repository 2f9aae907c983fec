"""Classes of input met in the third round of unseen scraped listings (/work/local-datasets3,
helper h20c): each test feeds a record of the shape a real scraper saved, written by us (the
sources have no licence to copy; tests/data/datasets/README.md says so)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from generator.ingest.records import short_date_order
from tests.conftest import exported, run_cli


def _listing_file(tmp_path: Path, name: str, data: str) -> Path:
    content = tmp_path / "content"
    (content / "listings").mkdir(parents=True, exist_ok=True)
    (content / "listings" / name).write_text(data, encoding="utf-8")
    return content


def _naver_list(dates: list[str]) -> str:
    """A Korean research list as a Naver Finance scraper keeps it: `firm`, `title`, `date` as
    `YY.MM.DD`, `pdf_url` the report's page."""
    return json.dumps([
        {"firm": "신한투자증권", "title": f"메모리 사이클 {n}", "opinion": "unknown", "target_price": None,
         "date": day, "pdf_url": f"https://finance.naver.com/research/company_read.naver?nid={86000 + n}",
         "stock_name": "삼성전자", "stock_code": "005930"}
        for n, day in enumerate(dates)], ensure_ascii=False, indent=2)


def test_two_digit_year_dates_are_read_in_the_order_the_files_dates_decide(tmp_path: Path) -> None:
    # `25.09.30` is 30 September 2025 read year first; read day first it would be 25 September
    # 2030, a day to come: the file is written year first, `25.09.15` with it.
    content = _listing_file(tmp_path, "list.json", _naver_list(["25.09.30", "25.09.15", "24.12.01"]))
    records, err = exported(content)
    assert sorted(r["date"] for r in records) == ["2024-12-01", "2025-09-15", "2025-09-30"], err
    assert all(r["publishers"] == ["신한투자증권"] for r in records)


def test_a_day_first_file_of_two_digit_years_reads_day_first() -> None:
    assert short_date_order(["30.09.25", "15.09.25"], today=date(2026, 1, 1)) == "dmy"
    assert short_date_order(["25.09.30", "25.09.15"], today=date(2026, 1, 1)) == "ymd"


def test_two_digit_year_dates_no_order_decides_are_rejected_saying_so(tmp_path: Path) -> None:
    # Both `12.09.15` and `15.09.12` are days gone by whichever way they are read: no guess.
    assert short_date_order(["12.09.15", "15.09.12"], today=date(2026, 1, 1)) is None
    content = _listing_file(tmp_path, "list.json", _naver_list(["12.09.15", "15.09.12"]))
    result = run_cli("build", "--content", str(content), "--out", str(tmp_path / "site"))
    assert result.returncode != 0
    assert "list.json" in result.stderr and "no valid publish date" in result.stderr
    assert "'12.09.15'" in result.stderr


def test_a_rating_actions_to_and_from_pairs_and_its_brokerage_beside_the_company(tmp_path: Path) -> None:
    # A stock-ratings API's rows (`rating_from`/`rating_to`, `target_from`/`target_to`), where
    # `company` is the covered company and `brokerage` the house.
    content = _listing_file(tmp_path, "list.json", json.dumps({"items": [
        {"ticker": "ACME", "target_from": "$4.20", "target_to": "$4.70", "company": "Acme Holdings",
         "action": "upgraded by", "brokerage": "Example Securities", "rating_from": "Sell",
         "rating_to": "Neutral", "time": "2025-01-13T00:30:05.813548892Z"}], "next_page": "B"}))
    records, err = exported(content)
    assert len(records) == 1, err
    record = records[0]
    assert record["publishers"] == ["Example Securities"]
    assert (record["rating"], record["target_price"], record["date"]) == ("Neutral", 4.7, "2025-01-13")
    assert "Acme" not in record["publishers"][0]


def test_a_house_given_as_an_object_is_read_by_its_name(tmp_path: Path) -> None:
    # A model-portfolio feed's `brokerage: {code, title, short_title, logo}`.
    content = _listing_file(tmp_path, "calls.json", json.dumps({"results": [
        {"published_at": "2025-01-02T07:43:19Z", "brokerage": {"code": "EX", "title": "Example Yatırım",
                                                               "logo": "https://example.com/x.png",
                                                               "short_title": "Example"},
         "code": "TSKB", "price_target": 20.5, "type": "al", "attachments": []}]}, ensure_ascii=False))
    records, err = exported(content)
    assert [(r["publishers"], r["target_price"], r["date"]) for r in records] == [
        (["Example Yatırım"], 20.5, "2025-01-02")], err


def _targets_digest(latest_dates: tuple[str, str]) -> str:
    """A price-target digest as a scraper of a Swedish site keeps it: records grouped by
    company, each group's `latest` actions naming the house `analyst`, days without a year."""
    return json.dumps({
        "provider": "Example riktkurser", "source": "https://www.example.se", "generatedAt": "2026-01-05T07:29:36+00:00",
        "companies": [
            {"id": "abc-st", "ticker": "ABC.ST", "name": "ABC Ltd", "sourceUrl": "https://www.example.se/abc",
             "targetPrice": 1112.0, "consensus": "Neutral",
             "latest": [{"date": latest_dates[0], "analyst": "Nordic Bank Markets", "action": "Increasing",
                         "rating": "Buy", "previousTargetPrice": 1100.0, "targetPrice": 1175.0,
                         "raw": "Nordic Bank Markets höjer ABC köp 1100 → 1175 kronor"}]},
            {"id": "def-st", "ticker": "DEF-B.ST", "name": "Def B", "sourceUrl": "https://www.example.se/def",
             "latest": [{"date": latest_dates[1], "analyst": "Westcoast Securities", "action": "Decreasing",
                         "rating": "Hold", "previousTargetPrice": 402.0, "targetPrice": 399.0,
                         "raw": "Westcoast Securities sänker Def behåll 402 → 399 kronor"}]},
        ]}, ensure_ascii=False, indent=2)


def test_records_grouped_under_each_company_are_read_with_their_company(tmp_path: Path) -> None:
    content = _listing_file(tmp_path, "price_targets.json", _targets_digest(("2025-12-17", "2025-12-15")))
    records, err = exported(content)
    found = sorted((r["publishers"], r["date"], r["rating"], r["target_price"], [s["name"] for s in r["securities"]])
                   for r in records)
    assert found == [
        (["Nordic Bank Markets"], "2025-12-17", "Buy", 1175.0, ["ABC Ltd"]),
        (["Westcoast Securities"], "2025-12-15", "Hold", 399.0, ["Def B"]),
    ], err
    assert "read 2, published 2, merged 0, rejected 0" in err


def test_a_day_without_its_year_is_read_in_the_year_of_the_listings_own_day(tmp_path: Path) -> None:
    # The digest was made on 2026-01-05: `Dec 17` is last December's, `Jan 2` this January's.
    content = _listing_file(tmp_path, "price_targets.json", _targets_digest(("Dec 17", "2 jan")))
    records, err = exported(content)
    assert sorted(r["date"] for r in records) == ["2025-12-17", "2026-01-02"], err


def test_a_day_without_its_year_and_no_day_of_the_listing_is_rejected_saying_so(tmp_path: Path) -> None:
    document = json.loads(_targets_digest(("Dec 17", "2 jan")))
    del document["generatedAt"]
    content = _listing_file(tmp_path, "targets.json", json.dumps(document))
    result = run_cli("build", "--content", str(content), "--out", str(tmp_path / "site"))
    assert result.returncode != 0
    assert "targets.json" in result.stderr and "'Dec 17'" in result.stderr


def _feed(title: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" ?><rss version="2.0"><channel><title>{title}</title>'
            '<link>https://example.com/</link><description>自动更新源</description>'
            '<item><title>宏观点评：改革货币政策框架、谨慎缩表</title><link>https://example.com/a.pdf</link>'
            '<description><![CDATA[📄 頁數：4]]></description><pubDate>2026-04-22</pubDate></item>'
            '</channel></rss>')


def test_a_houses_own_feed_names_the_house_of_its_items_in_its_title(tmp_path: Path) -> None:
    # A report hub's feed of one house (`东吴证券 財經報告`): its items name no author.
    content = _listing_file(tmp_path, "rss_dongwu.xml", _feed("东吴证券 財經報告"))
    records, err = exported(content)
    assert [r["publishers"] for r in records] == [["东吴证券"]], err


def test_an_aggregators_feed_title_names_no_house(tmp_path: Path) -> None:
    content = _listing_file(tmp_path, "rss.xml", _feed("东方财富网-研报"))
    records, err = exported(content)
    assert [r["publishers"] for r in records] == [[]], err


BLOCKS = """===============================
通达信价值分析_个股投资评级 - 2026-03-12
===============================
获取时间：2026-03-20 18:36:04
数据条数：2条

===============================
详细数据
===============================

[1] 样本股份 (000001) - 华创证券
    报告日期：2026-03-12
    评级：增持 (首次)  目标价：--
    EPS：0.39(2024)  预测：0.48(2025) 0.64(2026) 0.82(2027)
    标题：样本股份(000001)深度研究报告：双轮驱动

[2] 示例饮料 (605001) - 华泰证券
    报告日期：2026-03-12
    评级：买入 (维持)  目标价：315.60
    EPS：6.40(2024)  预测：7.95(2025) 10.52(2026) 12.28(2027)
    标题：示例饮料(605001)期待旺季表现

"""


def test_a_dump_of_numbered_labelled_blocks_is_read_field_by_field(tmp_path: Path) -> None:
    # A 通达信 rating list as a scraper prints it: `[N] security (code) - house`, then
    # `label：value` lines, two to a line.
    content = _listing_file(tmp_path, "2026-03-12.txt", BLOCKS)
    records, err = exported(content)
    found = sorted((r["title"], r["publishers"], r["date"], r["rating"], r["rating_change"], r["target_price"])
                   for r in records)
    assert found == [
        ("样本股份(000001)深度研究报告：双轮驱动", ["华创证券"], "2026-03-12", "增持", "首次覆盖", None),
        ("示例饮料(605001)期待旺季表现", ["华泰证券"], "2026-03-12", "买入", "维持", 315.6),
    ], err
    assert "2026-03-12.txt: read 2, published 2, merged 0, rejected 0" in err


def test_a_labelled_block_without_a_date_is_rejected_naming_the_file_and_line(tmp_path: Path) -> None:
    content = _listing_file(tmp_path, "list.txt", BLOCKS.replace("    报告日期：2026-03-12\n", "", 1))
    result = run_cli("build", "--content", str(content), "--out", str(tmp_path / "site"))
    assert "list.txt:11" in result.stderr and "样本股份" in result.stderr, result.stderr
    assert "read 2, published 1, merged 0, rejected 1" in result.stderr

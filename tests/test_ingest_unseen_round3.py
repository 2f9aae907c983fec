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

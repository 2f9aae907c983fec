"""Real scraped listings, fed exactly as their scrapers saved them, compared field by field
with the source records (read here with the standard library, not with the generator).

The samples and their licences are described in tests/data/datasets/README.md. The table
formats that no sample comes in (TSV, GB18030 CSV, Excel, SQLite) are made here from a
real sample's records, unchanged, with the standard library and openpyxl.
"""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

DATASETS = ROOT / "tests" / "data" / "datasets"
DAILY = DATASETS / "eastmoney-daily-json" / "2024-07-17.json"
API = DATASETS / "eastmoney-reportapi" / "保险-excerpt.json"
CSVS = sorted((DATASETS / "eastmoney-industry-csv").glob("*.csv"))
# Eastmoney's rating-change codes (its own pages' labels: 0 调高, 1 调低, 2 首次, 3 维持).
CHANGES = {0: "上调", 1: "下调", 2: "首次覆盖", 3: "维持"}


def _content(tmp_path: Path, *files: Path) -> Path:
    listings = tmp_path / "content" / "listings"
    listings.mkdir(parents=True)
    for file in files:
        shutil.copy(file, listings / file.name)
    return tmp_path / "content"


def _export(content: Path) -> tuple[dict[str, dict], str]:
    result = run_cli("export", "--content", str(content))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    by_title = {r["title"]: r for r in records}
    assert len(by_title) == len(records), "no two reports of a sample share a title"
    return by_title, result.stderr


def _same_publisher(exported: list[str], listed: str) -> bool:
    """The exported publisher is the listed one, or the name it folds into in the table."""
    from generator.config import load_config
    from generator.diagnostics import Diagnostics
    from generator.enrich.publishers import PublisherTable

    table = PublisherTable(load_config(ROOT / "content", Diagnostics()).publishers)
    return len(exported) == 1 and (exported[0] == listed or table.lookup(exported[0]) == table.lookup(listed)
                                   is not None)


def _daily_records() -> list[dict]:
    return json.loads(DAILY.read_text(encoding="utf-8"))


def _csv_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def _check_rows(rows: list[dict], exported: dict[str, dict], keys: tuple[str, str, str, str, str]) -> None:
    """Every source row is one exported report with its title, publisher, date, industry and
    link; no view count is invented where the source has none."""
    title, org, date, industry, link = keys
    assert len(exported) == len(rows)
    for row in rows:
        report = exported[row[title]]
        assert _same_publisher(report["publishers"], row[org]), (row[org], report["publishers"])
        assert report["date"] == row[date][:10]
        assert report["industry"] == row[industry]
        assert report["report_type"] == "行业", "an industry and no covered security"
        assert report["source_urls"] == [row[link]]
        assert report["views"] is None and report["securities"] == [] and report["rating"] is None


def test_eastmoney_daily_json_archive_reads_every_record(tmp_path: Path) -> None:
    """manymore13/report saves each day's reports as a JSON array (title, org_name,
    publish_date, industry_name, pdf_url)."""
    exported, err = _export(_content(tmp_path, DAILY))
    rows = _daily_records()
    assert len(rows) == 33
    _check_rows(rows, exported, ("title", "org_name", "publish_date", "industry_name", "pdf_url"))
    assert f"2024-07-17.json: read {len(rows)}, published {len(rows)}, merged 0, rejected 0" in err


@pytest.mark.parametrize("path", CSVS, ids=[p.stem for p in CSVS])
def test_eastmoney_industry_csv_reads_every_row(tmp_path: Path, path: Path) -> None:
    """The same project's per-industry tables, with Chinese column names."""
    exported, err = _export(_content(tmp_path, path))
    rows = _csv_rows(path)
    assert len(rows) >= 15
    _check_rows(rows, exported, ("研报名称", "机构名称", "发布时间", "行业", "研报地址"))
    assert f"{path.name}: read {len(rows)}, published {len(rows)}, merged 0, rejected 0" in err


def test_eastmoney_report_api_response_reads_the_analysts_fields(tmp_path: Path) -> None:
    """The report API's own response, as manymore13/eastmoney saved it: the records under
    `data`, ratings, the rating change as a code, researchers, page counts, `infoCode`."""
    exported, err = _export(_content(tmp_path, API))
    rows = json.loads(API.read_text(encoding="utf-8"))["data"]
    assert len(exported) == len(rows) == 4
    for row in rows:
        report = exported[row["title"]]
        assert _same_publisher(report["publishers"], row["orgSName"])
        assert report["date"] == row["publishDate"][:10]
        assert report["pages"] == row["attachPages"]
        assert report["analysts"] == row["researcher"].split(",")
        assert report["rating"] == (row["emRatingName"] or row["sRatingName"] or None)
        assert report["rating_change"] == CHANGES.get(row["ratingChange"])
        assert report["industry"] == row["industryName"] and report["report_type"] == "行业"
        assert report["source_urls"] == [f"https://pdf.dfcfw.com/pdf/H3_{row['infoCode']}_1.pdf"]
        assert report["views"] is None
    assert exported[rows[1]["title"]]["rating"] == "增持" and exported[rows[1]["title"]]["rating_change"] == "维持"
    assert exported[rows[0]["title"]]["rating"] is None, "no rating given: none invented"
    assert "read 4, published 4, merged 0, rejected 0" in err


def _compare_with_csv(exported: dict[str, dict], rows: list[dict]) -> None:
    _check_rows(rows, exported, ("研报名称", "机构名称", "发布时间", "行业", "研报地址"))


def test_a_real_table_reads_alike_as_tsv_and_gb18030_csv(tmp_path: Path) -> None:
    rows = _csv_rows(CSVS[0])
    header = list(rows[0])
    tsv = "\n".join("\t".join(r[h] for h in header) for r in [dict(zip(header, header, strict=True)), *rows])
    listings = tmp_path / "content" / "listings"
    listings.mkdir(parents=True)
    (listings / "reports.tsv").write_text(tsv + "\n", encoding="utf-8")
    exported, _ = _export(tmp_path / "content")
    _compare_with_csv(exported, rows)
    (listings / "reports.tsv").unlink()
    (listings / "reports.csv").write_bytes(CSVS[0].read_text(encoding="utf-8").replace("\n", "\r\n")
                                           .encode("gb18030"))
    exported, _ = _export(tmp_path / "content")
    _compare_with_csv(exported, rows)


def test_a_real_table_reads_alike_from_an_excel_workbook(tmp_path: Path) -> None:
    """A workbook as analysts keep one: a title line above the header, a second sheet of notes."""
    from openpyxl import Workbook

    rows = _csv_rows(CSVS[1])
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "研报"
    sheet.append(["东方财富行业研报（导出）"])
    sheet.append(list(rows[0]))
    for row in rows:
        sheet.append(list(row.values()))
    workbook.create_sheet("说明").append(["数据来源", "东方财富"])
    listings = tmp_path / "content" / "listings"
    listings.mkdir(parents=True)
    workbook.save(listings / "reports.xlsx")
    exported, err = _export(tmp_path / "content")
    _compare_with_csv(exported, rows)
    assert f"reports.xlsx: read {len(rows)}, published {len(rows)}, merged 0, rejected 0" in err


def test_a_real_archive_reads_alike_from_a_sqlite_database(tmp_path: Path) -> None:
    """A scraper's database: the report table (with the PDFs stored in it) beside a table of
    something else."""
    rows = _daily_records()
    listings = tmp_path / "content" / "listings"
    listings.mkdir(parents=True)
    with sqlite3.connect(listings / "reports.sqlite3") as db:
        db.execute("CREATE TABLE crawl_log (url TEXT, fetched_at TEXT)")
        db.execute("INSERT INTO crawl_log VALUES ('https://data.eastmoney.com/report/', '2024-07-17')")
        db.execute("CREATE TABLE report (id INTEGER PRIMARY KEY, title TEXT, org_name TEXT, publish_date TEXT, "
                   "industry_name TEXT, pdf_url TEXT, pdf BLOB)")
        db.executemany("INSERT INTO report (title, org_name, publish_date, industry_name, pdf_url, pdf) "
                       "VALUES (:title, :org_name, :publish_date, :industry_name, :pdf_url, :pdf)",
                       [dict(r, pdf=b"%PDF-1.4 12 0 obj 2024-01-01") for r in rows])
    db.close()
    exported, err = _export(tmp_path / "content")
    _check_rows(rows, exported, ("title", "org_name", "publish_date", "industry_name", "pdf_url"))
    assert f"reports.sqlite3: read {len(rows)}, published {len(rows)}, merged 0, rejected 0" in err


def test_a_report_page_built_from_a_real_sample_shows_the_analysts_fields(tmp_path: Path) -> None:
    from bs4 import BeautifulSoup

    content = _content(tmp_path, API)
    out = tmp_path / "site"
    result = run_cli("build", "--content", str(content), "--out", str(out))
    assert result.returncode == 0, result.stderr
    row = json.loads(API.read_text(encoding="utf-8"))["data"][1]
    exported, _ = _export(content)
    page = out / "reports" / exported[row["title"]]["id"] / "index.html"
    facts = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("dl.facts")
    assert facts is not None
    shown = dict(zip((dt.get_text() for dt in facts.find_all("dt")), (dd.get_text() for dd in facts.find_all("dd")),
                     strict=True))
    assert {"类型": "行业", "评级": "增持（维持）", "行业": "保险", "分析师": "钟双营", "发布机构": "中邮证券"}.items() <= shown.items()
    assert "浏览" not in page.read_text(encoding="utf-8"), "no view count shown where the source has none"
    feed = (out / "feed.xml").read_text(encoding="utf-8")
    assert "<category>评级：增持</category>" in feed and "<category>类型：行业</category>" in feed


@pytest.mark.parametrize("orient", ["split", "index", "columns"])
def test_a_real_archive_reads_alike_in_the_shapes_pandas_writes(tmp_path: Path, orient: str) -> None:
    """DataFrame.to_json's table shapes (`columns`, its default, transposes the records),
    written here with the standard library from the real records."""
    rows = _daily_records()
    columns = list(rows[0])
    document = {
        "split": {"columns": columns, "index": list(range(len(rows))), "data": [[r[c] for c in columns] for r in rows]},
        "index": {str(i): r for i, r in enumerate(rows)},
        "columns": {c: {str(i): r[c] for i, r in enumerate(rows)} for c in columns},
    }[orient]
    listings = tmp_path / "content" / "listings"
    listings.mkdir(parents=True)
    (listings / "frame.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    exported, err = _export(tmp_path / "content")
    _check_rows(rows, exported, ("title", "org_name", "publish_date", "industry_name", "pdf_url"))
    assert f"frame.json: read {len(rows)}, published {len(rows)}, merged 0, rejected 0" in err


def test_real_responses_saved_one_a_line_under_json_or_jsonl_names(tmp_path: Path) -> None:
    """A scraper appending each API response as a line, and records one a line in a `.json`
    file: every record is read, and named by its file's line."""
    api = json.loads(API.read_text(encoding="utf-8"))
    first, second = dict(api, data=api["data"][:2]), dict(api, data=api["data"][2:])
    listings = tmp_path / "content" / "listings"
    listings.mkdir(parents=True)
    (listings / "responses.jsonl").write_text(json.dumps(first, ensure_ascii=False) + "\n"
                                              + json.dumps(second, ensure_ascii=False) + "\n", encoding="utf-8")
    (listings / "daily.json").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _daily_records()),
                                         encoding="utf-8")
    exported, err = _export(tmp_path / "content")
    assert len(exported) == len(api["data"]) + len(_daily_records())
    assert "responses.jsonl: read 4, published 4, merged 0, rejected 0" in err
    assert f"daily.json: read {len(_daily_records())}, published {len(_daily_records())}" in err
    lines = {r["title"]: r["sources"][0]["line"] for r in exported.values()}
    assert [lines[r["title"]] for r in api["data"]] == [1, 1, 2, 2]


def test_records_without_dates_take_the_day_in_their_file_name(tmp_path: Path) -> None:
    """The daily archive's layout (`2024/07/17.json`) with the date key left out of its
    records, as scrapers that file each day's records by date often do."""
    rows = [{k: v for k, v in r.items() if k != "publish_date"} for r in _daily_records()]
    day = tmp_path / "content" / "listings" / "2024" / "07"
    day.mkdir(parents=True)
    (day / "17.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    exported, err = _export(tmp_path / "content")
    assert {r["date"] for r in exported.values()} == {"2024-07-17"} and len(exported) == len(rows)
    assert "17.json:1: warning: no date field" in err and "dated 2024-07-17, the date in the file's name" in err


def test_a_record_profile_names_the_table_and_columns_of_a_database(tmp_path: Path) -> None:
    """Columns no detection knows (`c1`…), mapped by a profile naming its table."""
    rows = _daily_records()
    listings = tmp_path / "content" / "listings"
    listings.mkdir(parents=True)
    with sqlite3.connect(listings / "crawl.db") as db:
        db.execute("CREATE TABLE t_items (c1 TEXT, c2 TEXT, c3 TEXT, c4 TEXT, c5 TEXT)")
        db.executemany("INSERT INTO t_items VALUES (?, ?, ?, ?, ?)",
                       [(r["title"], r["org_name"], r["publish_date"].replace("-", ""), r["industry_name"],
                         r["pdf_url"]) for r in rows])
    db.close()
    profiles = tmp_path / "content" / "profiles"
    profiles.mkdir()
    (profiles / "crawl.records.yaml").write_text(
        "files: [crawl.db]\ntable: t_items\nfields:\n  title: c1\n  publisher: c2\n"
        "  date: {key: c3, format: '%Y%m%d'}\n  industry: c4\n  pdf_url: c5\n", encoding="utf-8")
    exported, err = _export(tmp_path / "content")
    _check_rows(rows, exported, ("title", "org_name", "publish_date", "industry_name", "pdf_url"))
    assert f"crawl.db: read {len(rows)}, published {len(rows)}, merged 0, rejected 0" in err


@pytest.mark.parametrize(("profile", "fault"), [
    ("files: [x.csv]\nfields:\n  headline: t\n", "unknown field 'headline'"),
    ("fields:\n  title: t\n", "say which records the profile reads"),
    ("files: [x.csv]\nfields:\n  url: {key: id, template: 'https://example.com/'}\n", "a template must hold {}"),
])
def test_a_broken_record_profile_fails_the_check_naming_its_file(tmp_path: Path, profile: str, fault: str) -> None:
    content = _content(tmp_path, DAILY)
    (content / "profiles").mkdir()
    (content / "profiles" / "mine.records.yaml").write_text(profile, encoding="utf-8")
    result = run_cli("check", "--content", str(content))
    assert result.returncode == 1
    assert "mine.records.yaml" in result.stderr and fault in result.stderr, result.stderr


def test_a_profile_for_a_database_file_reads_only_its_report_table(tmp_path: Path) -> None:
    """A table holding the profile's title column but not its others (a crawl log) is not
    a table of reports."""
    rows = _daily_records()
    listings = tmp_path / "content" / "listings"
    listings.mkdir(parents=True)
    with sqlite3.connect(listings / "crawl.db") as db:
        db.execute("CREATE TABLE log (c1 TEXT, fetched TEXT)")
        db.execute("INSERT INTO log VALUES ('https://data.eastmoney.com/report/', '2024-07-17')")
        db.execute("CREATE TABLE items (c1 TEXT, c2 TEXT, c3 TEXT)")
        db.executemany("INSERT INTO items VALUES (?, ?, ?)", [(r["title"], r["org_name"], r["publish_date"])
                                                              for r in rows])
    db.close()
    (tmp_path / "content" / "profiles").mkdir()
    (tmp_path / "content" / "profiles" / "crawl.records.yaml").write_text(
        "files: [crawl.db]\nfields:\n  title: c1\n  publisher: c2\n  date: c3\n", encoding="utf-8")
    exported, err = _export(tmp_path / "content")
    assert len(exported) == len(rows)
    assert f"crawl.db: read {len(rows)}, published {len(rows)}, merged 0, rejected 0" in err

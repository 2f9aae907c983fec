"""Real scraped listings, fed exactly as their scrapers saved them, compared field by field
with the source records (read here with the standard library, not with the generator).

The samples and their licences are described in tests/data/datasets/README.md. The table
formats that no sample comes in (TSV, GB18030 CSV, Excel, SQLite) are made here from a
real sample's records, unchanged, with the standard library and openpyxl.
"""

from __future__ import annotations

import csv
import email.utils
import json
import re
import shutil
import sqlite3
import xml.etree.ElementTree as ElementTree
from datetime import datetime, timedelta, timezone
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
    # lxml closes the terms and descriptions the page leaves open, as a browser does.
    facts = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml").select_one("dl.facts")
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


# Other platforms' listings, in the shapes their scrapers write (records of our own, see
# tests/data/datasets/README.md): each record read as the report it is.
PLATFORMS: dict[str, dict[str, dict]] = {
    "tushare-research-report-csv": {  # trade_date, inst_csname, abstr, ind_name; `name` beside ts_code
        "年报点评：业绩稳健增长，分红比例提升": {
            "date": "2024-05-21", "publishers": ["中信证券"], "analysts": ["王冬", "李晓"], "industry": "白酒Ⅱ",
            "securities": [{"name": "贵州茅台", "code": "600519"}], "report_type": "个股",
            "source_urls": ["https://dataapi.example.com/research/600519-20240521.pdf"]},
        "白酒行业周报：端午备货启动，批价企稳": {
            "date": "2024-05-20", "publishers": ["华泰证券"], "analysts": ["周明"], "securities": [],
            "report_type": "行业", "excerpt": "本周白酒板块下跌1.2%，跑输沪深300指数。端午备货启动，高端酒批价企稳，次高端分化。"},
    },
    "tushare-report-rc-csv": {  # one row a forecast year: author_name, max_price
        "一季报点评：开门红，稳中求进": {
            "date": "2024-04-30", "analysts": ["孙立", "陈伟"], "rating": "增持", "target_price": 182.0,
            "securities": [{"name": "五粮液", "code": "000858"}]},
        "2024年一季报点评：息差降幅收窄，资产质量稳定": {
            "date": "2024-04-29", "publishers": ["中金公司"], "analysts": ["林宇"], "rating": "买入",
            "target_price": 42.5, "securities": [{"name": "招商银行", "code": "600036"}]},
    },
    "hibor-csv": {  # N/A cells; a dashed file-name title; `银行业：` in a title is no `行业:` label
        "国信证券-贵州茅台-600519-2024年一季报点评：业绩符合预期，直销占比提升-240428": {
            "date": "2024-04-28", "publishers": ["国信证券"], "analysts": ["张晓"], "rating": "买入", "pages": 12,
            "securities": [{"name": "贵州茅台", "code": "600519"}], "report_type": "公司调研"},
        "中信建投-银行业：4月金融数据点评-240513": {
            "date": "2024-05-13", "analysts": [], "rating": None, "pages": None, "industry": None, "securities": [],
            "source_urls": ["https://www.hibor.com.cn/data/f9e8d7c6b5a4938271605f4e3d2c1b0a.html"]},
    },
    "datayes-api-json": {  # each record under `data` beside the item's `type`; the code in `stockInfo`
        "宁德时代：海外市场加速拓展，盈利能力维持高位": {
            "date": "2024-04-16", "publishers": ["东吴证券"], "analysts": ["曾明", "阮静"], "rating": "买入",
            "rating_change": "维持", "pages": 5, "securities": [{"name": "宁德时代", "code": "300750"}],
            "source_urls": ["https://bigdata-s3.wmcloud.com/researchreport/2024-04/0a1b2c3d4e5f.pdf"]},
        "电力设备行业周报：光伏排产环比改善": {
            "date": "2024-04-16", "publishers": ["国海证券"], "rating": "增持", "pages": 20, "securities": []},
    },
    "datayes-scrapy-jl": {  # Scrapy's `.jl` feed; the PDF link in a list
        "隆基绿能：BC电池量产在即，盈利拐点可期": {
            "date": "2024-04-17", "publishers": ["天风证券"], "analysts": ["刘强", "赵敏"], "rating": "增持",
            "rating_change": "首次覆盖", "securities": [{"name": "隆基绿能", "code": "601012"}],
            "source_urls": ["https://bigdata-s3.wmcloud.com/researchreport/2024-04/1b2c3d4e5f6a.pdf"]},
    },
    "fxbaogao-api-json": {  # <em> search highlights; Unix seconds at midnight in Beijing
        "A股投资者结构全景图：机构持股占比提升": {
            "date": "2024-06-18", "publishers": ["华西证券"], "analysts": ["李峰", "王一"], "pages": 36,
            "excerpt": "截至2024Q1，机构投资者持股市值占比升至23.5%。"},  # `paragraphObjs`, highlights taken out
        "食品饮料行业2024年中期策略：守正出奇": {
            "date": "2024-06-17", "publishers": ["国盛证券"], "industry": "食品饮料", "pages": 52},
    },
    "yanbaoke-api-json": {  # rtype_name, pagenum
        "2024年中国新能源汽车行业研究报告": {
            "date": "2024-06-18", "publishers": ["艾瑞咨询"], "pages": 45, "report_type": "行业"},
        "比亚迪(002594)：销量高增，出海加速": {
            "date": "2024-06-17", "publishers": ["中信证券"], "pages": 8, "report_type": "个股",
            "securities": [{"name": "比亚迪", "code": "002594"}]},
    },
    "iwencai-api-json": {  # Unix milliseconds at midnight in Beijing
        "中际旭创：800G放量，业绩高增": {
            "date": "2024-04-23", "publishers": ["国金证券"], "analysts": ["樊远"], "rating": "买入",
            "source_urls": ["https://www.iwencai.com/unifiedwap/report/8812"]},
    },
    "djyanbao-api-json": {  # publishAt, pageTotal, fileUrl; the records under data.data
        "银行业2024年中期策略：负债成本改善，分红价值凸显": {
            "date": "2024-06-12", "publishers": ["中信建投证券"], "analysts": ["马鹏", "王宁"], "pages": 38,
            "industry": "银行", "source_urls": ["https://file.djyanbao.com/report/2024/06/2345678.pdf"]},
        "美的集团(000333)：全球化布局深化，ToB业务提速": {
            "date": "2024-06-11", "publishers": ["国联证券"], "analysts": ["管泉"], "pages": 9,
            "securities": [{"name": "美的集团", "code": "000333"}]},
    },
    "sina-headerless-csv": {  # no header row: title, type, institution, researcher, date, content
        "海康威视(002415)：业绩拐点已现，AI赋能长期成长": {
            "date": "2024-04-22", "publishers": ["中信证券"], "analysts": ["徐涛"], "report_type": "个股",
            "securities": [{"name": "海康威视", "code": "002415"}]},
        "海康威视：创新业务高增，盈利能力改善": {
            "date": "2024-04-21", "publishers": ["华泰证券"], "analysts": ["谢生", "王青"], "report_type": "个股"},
    },
}


@pytest.mark.parametrize("folder", PLATFORMS)
def test_another_platforms_listing_reads_as_the_reports_it_holds(tmp_path: Path, folder: str) -> None:
    """Tushare, 慧博, 萝卜投研 (API and Scrapy feed), 发现报告, 研报客, i问财, 洞见研报 and 新浪 listings,
    each in its scraper's shape: every record is its report, with its title, date, publisher,
    analysts, rating, pages, securities and links; nothing rejected."""
    files = sorted(p for p in (DATASETS / folder).iterdir() if p.name != "README.md")
    exported, err = _export(_content(tmp_path, *files))
    expected = PLATFORMS[folder]
    assert sorted(exported) == sorted(expected), err
    for title, fields in expected.items():
        report = exported[title]
        got = {name: report[name] for name in fields}
        if "publishers" in fields:
            got["publishers"] = fields["publishers"] if _same_publisher(report["publishers"], fields["publishers"][0]) \
                else report["publishers"]
        if "excerpt" in fields:
            got["excerpt"] = report["excerpt"][:len(fields["excerpt"])]
        assert got == fields, (title, err)
    assert "rejected 0" in err and "stopped reading" not in err


def test_a_table_saved_without_its_header_names_its_columns_from_their_values(tmp_path: Path) -> None:
    """新浪's rows as a `csv.writer` scraper saves them, no header: read, with a warning that
    names the file, the line and what each column was read as. Rows whose columns say
    nothing plain (no date) are still rejected with what was looked for and found."""
    sina = DATASETS / "sina-headerless-csv" / "海康威视研究报告第1页.csv"
    content = _content(tmp_path, sina)
    (content / "listings" / "notes.csv").write_text("海康威视研报摘录,中信证券\n跟踪点评,华泰证券\n", encoding="utf-8")
    exported, err = _export(content)
    assert sorted(exported) == sorted(PLATFORMS["sina-headerless-csv"])
    assert exported["海康威视：创新业务高增，盈利能力改善"]["excerpt"].startswith("一季度创新业务收入同比增长25%")
    assert (f"{sina.name}:1: warning: no header row: columns read from their values as 1 title, 2 report_type, "
            "3 publisher, 4 analysts, 5 date, 6 text") in err
    assert "notes.csv:2: warning: no title (looked for title" in err and "notes.csv: read 1, published 0" in err


def test_akshare_research_report_frame_saved_to_excel_keeps_its_pdf_links(tmp_path: Path) -> None:
    """akshare's `stock_research_report_em` DataFrame written with `to_excel`: the index
    column, forecast columns named by year, and the links under `报告PDF链接`."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append([None, "序号", "股票代码", "股票简称", "报告名称", "东财评级", "机构", "近一月个股研报数",
                  "2024-盈利预测-收益", "2024-盈利预测-市盈率", "2025-盈利预测-收益", "2025-盈利预测-市盈率", "行业",
                  "日期", "报告PDF链接"])
    sheet.append([0, 1, "000001", "平安银行", "2024年一季报点评：营收承压，资产质量稳健", "买入", "中泰证券", 8, 2.31,
                  4.52, 2.42, 4.31, "银行", "2024-04-20", "https://pdf.dfcfw.com/pdf/H3_AP202404201631234567_1.pdf"])
    listings = tmp_path / "content" / "listings"
    listings.mkdir(parents=True)
    workbook.save(listings / "000001_研报.xlsx")
    exported, err = _export(tmp_path / "content")
    report = exported["2024年一季报点评：营收承压，资产质量稳健"]
    assert report["source_urls"] == ["https://pdf.dfcfw.com/pdf/H3_AP202404201631234567_1.pdf"], err
    assert (report["date"], report["rating"], report["industry"]) == ("2024-04-20", "买入", "银行")
    assert report["securities"] == [{"name": "平安银行", "code": "000001"}]


def test_hexun_table_saved_by_pandas_reads_its_report_qualified_columns(tmp_path: Path) -> None:
    """和讯研报's list table (`pd.read_html(…)[0].to_excel(…)`): columns named for the report,
    `研究报告标题`, `研报来源`, `研报作者`, read as title, publisher and analysts."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append([None, "研究报告标题", "研报来源", "研报作者", "投资评级", "研报日期", "摘要"])
    sheet.append([0, "贵州茅台：一季度开门红，全年目标稳步推进", "国海证券", "刘洋", "买入", "2024-04-26",
                  "公司一季度营收同比增长18%，批价稳定。"])
    sheet.append([1, "家电行业周报：以旧换新政策落地", "华西证券", "柳思,王宇", "推荐", "2024-04-25",
                  "以旧换新政策细则落地，白电龙头受益。"])
    listings = tmp_path / "content" / "listings"
    listings.mkdir(parents=True)
    workbook.save(listings / "分析师评级报告.xlsx")
    exported, err = _export(tmp_path / "content")
    assert sorted(exported) == ["家电行业周报：以旧换新政策落地", "贵州茅台：一季度开门红，全年目标稳步推进"], err
    report = exported["家电行业周报：以旧换新政策落地"]
    assert (report["date"], report["analysts"], report["rating"]) == ("2024-04-25", ["柳思", "王宇"], "推荐")
    assert _same_publisher(report["publishers"], "华西证券")
    assert report["excerpt"] == "以旧换新政策细则落地，白电龙头受益。"


def test_a_database_keeping_a_records_fields_as_json_text_reads_them(tmp_path: Path) -> None:
    """A collector's SQLite store of 洞见研报 items: the PDF link, publisher and analysts kept in
    a `meta_json` text column beside the title, text, page link and date."""
    listings = tmp_path / "content" / "listings"
    listings.mkdir(parents=True)
    meta = {"source": "djyanbao", "org": "中信建投证券", "authors": "马鹏,王宁", "pages": 38,
            "pdf_url": "https://file.djyanbao.com/report/2024/06/2345678.pdf", "has_full_text": False}
    with sqlite3.connect(listings / "reports.db") as db:
        db.execute("CREATE TABLE raw_items (id INTEGER PRIMARY KEY, source TEXT, external_id TEXT, title TEXT, "
                   "content TEXT, url TEXT, published_at TEXT, item_type TEXT, meta_json TEXT, created_at TEXT)")
        db.execute("INSERT INTO raw_items (source, external_id, title, content, url, published_at, item_type, "
                   "meta_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   ("djyanbao", "5f1c", "[中信建投证券] 银行业2024年中期策略：负债成本改善，分红价值凸显",
                    "负债成本改善带动息差企稳，高股息银行的配置价值凸显。", "https://www.djyanbao.com/report?id=2345678",
                    "2024-06-12", "report", json.dumps(meta, ensure_ascii=False), "2024-06-12 09:00:01"))
    db.close()
    exported, err = _export(tmp_path / "content")
    report = exported["[中信建投证券] 银行业2024年中期策略：负债成本改善，分红价值凸显"]
    assert report["source_urls"] == ["https://www.djyanbao.com/report?id=2345678", meta["pdf_url"]], err
    assert (report["date"], report["pages"], report["analysts"]) == ("2024-06-12", 38, ["马鹏", "王宁"])
    assert _same_publisher(report["publishers"], "中信建投证券")


# Feeds, Scrapy's XML export and the English analyst-rating feeds (records of our own in the
# shapes named in tests/data/datasets/README.md), read here with the standard library and
# compared record by record with the reports exported.
BEIJING = timezone(timedelta(hours=8))
ATOM = "{http://www.w3.org/2005/Atom}"
# FMP's `action` and Eastmoney-style Chinese changes, as the export names them.
ACTIONS = {"upgrade": "上调", "downgrade": "下调", "initialise": "首次覆盖", "首次": "首次覆盖", "维持": "维持"}


def _beijing_day(stamp: str) -> str:
    """The day in Beijing of an ISO time (`…Z`, `+00:00`) or an RSS date (`Wed, 17 Jul 2024 16:00:00 GMT`)."""
    moment = (datetime.fromisoformat(stamp.replace("Z", "+00:00")) if stamp[:1].isdigit()
              else email.utils.parsedate_to_datetime(stamp))
    return moment.astimezone(BEIJING).date().isoformat()


def _shown(html: str) -> str:
    """A field's HTML as the text a reader sees, without the full-width indents."""
    return "".join(re.sub(r"<[^>]+>", "", html).replace("\u3000", "").split())


def _feed_items(path: Path) -> list[dict]:
    """An RSS 2.0 or Atom file's items as the feed gives them: title, day, authors, links, text."""
    root = ElementTree.parse(path).getroot()
    if root.tag == "rss":
        return [{"title": item.findtext("title"), "date": _beijing_day(item.findtext("pubDate") or ""),
                 "analysts": (item.findtext("author") or "").split(","), "urls": [item.findtext("link")],
                 "text": item.findtext("description") or ""} for item in root.iter("item")]
    return [{"title": entry.findtext(f"{ATOM}title"), "date": _beijing_day(entry.findtext(f"{ATOM}published") or ""),
             "analysts": (entry.findtext(f"{ATOM}author/{ATOM}name") or "").split(","),
             "urls": [link.get("href") for link in entry.findall(f"{ATOM}link")],
             "text": entry.findtext(f"{ATOM}content") or ""} for entry in root.iter(f"{ATOM}entry")]


def _check_feed(items: list[dict], exported: dict[str, dict]) -> None:
    """Every item is its report: the house in the title's brackets (`[国泰君安]…`), the day in
    Beijing, the authors, the links, and the text shown as its excerpt."""
    assert sorted(exported) == sorted(i["title"] for i in items)
    for item in items:
        report = exported[item["title"]]
        house = re.match(r"\[([^\]]+)\]", item["title"])
        assert house and _same_publisher(report["publishers"], house.group(1)), report["publishers"]
        assert (report["date"], report["analysts"], report["source_urls"]) == (
            item["date"], item["analysts"], item["urls"]), item["title"]
        assert report["excerpt"] and "".join(report["excerpt"].split())[:15] in _shown(item["text"])


@pytest.mark.parametrize("path", [DATASETS / "rsshub-rss-xml" / "eastmoney-strategyreport.xml",
                                  DATASETS / "rsshub-atom" / "eastmoney-macresearch.atom"], ids=["rss", "atom"])
def test_a_saved_rss_or_atom_feed_reads_each_item_with_its_day_in_beijing(tmp_path: Path, path: Path) -> None:
    """RSSHub's route of Eastmoney's reports saved as RSS 2.0 or Atom: each item is a report;
    a publish day stamped at 16:00 UTC is the next day in Beijing, as the platform dates it;
    the Atom entry's PDF enclosure is kept beside its page."""
    exported, err = _export(_content(tmp_path, path))
    _check_feed(_feed_items(path), exported)
    assert f"{path.name}: read 2, published 2, merged 0, rejected 0" in err


def test_a_json_feed_reads_its_html_content_and_its_day_in_beijing(tmp_path: Path) -> None:
    """The same route as JSON Feed 1.1 (`?format=json`): `content_html` is the text, `authors`
    the analysts, `date_published` a UTC time read as Beijing's day."""
    path = DATASETS / "rsshub-json-feed" / "eastmoney-industry.json"
    items = [{"title": i["title"], "date": _beijing_day(i["date_published"]), "urls": [i["url"]],
              "analysts": i["authors"][0]["name"].split(","), "text": i["content_html"]}
             for i in json.loads(path.read_text(encoding="utf-8"))["items"]]
    exported, err = _export(_content(tmp_path, path))
    _check_feed(items, exported)
    assert [exported[i["title"]]["date"] for i in items] == ["2024-07-18", "2024-07-17"]
    assert f"{path.name}: read 2, published 2, merged 0, rejected 0" in err


def test_a_scrapy_xml_export_reads_its_items_and_their_list_fields(tmp_path: Path) -> None:
    """`scrapy crawl … -o items.xml` of the 萝卜投研 spider's items: a list field (`pdf_link`)
    is written as `<value>` elements."""
    path = DATASETS / "scrapy-xml-export" / "items.xml"
    items = [{child.tag: (child.text if len(child) == 0 else [v.text for v in child]) for child in item}
             for item in ElementTree.parse(path).getroot()]
    exported, err = _export(_content(tmp_path, path))
    assert sorted(exported) == sorted(i["title"] for i in items)
    for item in items:
        report = exported[item["title"]]
        assert _same_publisher(report["publishers"], item["org_name"])
        assert (report["date"], report["analysts"], report["rating"], report["rating_change"]) == (
            item["publish_time"], item["author"].split(","), item["original_rating"], ACTIONS[item["rating_changes"]])
        assert report["securities"] == [{"name": item["stock_name"], "code": item["stock_code"]}]
        assert report["source_urls"] == item["pdf_link"] and report["excerpt"] == item["content"]
    assert "items.xml: read 2, published 2, merged 0, rejected 0" in err


def _fmp_rows(name: str) -> list[dict]:
    return json.loads(next((DATASETS / name).iterdir()).read_text(encoding="utf-8"))


@pytest.mark.parametrize("folder", ["fmp-grades-news-json", "fmp-price-target-news-json", "openbb-price-target-csv"])
def test_english_analyst_rating_feeds_read_title_house_rating_and_target(tmp_path: Path, folder: str) -> None:
    """FMP's grade news and price-target news (JSON arrays, camelCase) and OpenBB's
    `price_target` frame saved with `to_csv` (snake_case, index column): the news title is
    the title, the grading or analyst company the house, `newGrade` the rating, `action` the
    change, the target the target; a UTC time's day is Beijing's."""
    path = next((DATASETS / folder).iterdir())
    if path.suffix == ".csv":
        rows = [{"newsTitle": r["news_title"], "publishedDate": r["published_date"], "newsURL": r["news_url"],
                 "analystCompany": r["analyst_company"], "analystName": r["analyst_name"],
                 "priceTarget": float(r["price_target"])} for r in _csv_rows(path)]
    else:
        rows = _fmp_rows(folder)
    exported, err = _export(_content(tmp_path, path))
    assert sorted(exported) == sorted(r["newsTitle"] for r in rows), err
    for row in rows:
        report = exported[row["newsTitle"]]
        assert report["publishers"] == [row.get("gradingCompany") or row["analystCompany"]]
        assert report["date"] == _beijing_day(row["publishedDate"].replace(" ", "T"))
        assert report["source_urls"] == [row["newsURL"]]
        assert report["rating"] == row.get("newGrade") and report["rating_change"] == ACTIONS.get(row.get("action"))
        assert report["target_price"] == row.get("priceTarget")
        assert report["analysts"] == ([row["analystName"]] if row.get("analystName") else [])
    assert "rejected 0" in err


def test_a_time_in_its_own_zone_keeps_its_day_and_a_utc_time_takes_beijings(tmp_path: Path) -> None:
    """Benzinga's headlines as the Kaggle analyst-ratings table has them (`date` with a
    New York offset, or none): the day written. RSS dates in UTC: the day in Beijing."""
    from generator.ingest.records import parse_date

    path = DATASETS / "benzinga-analyst-ratings-csv" / "raw_analyst_ratings.csv"
    rows = _csv_rows(path)
    exported, err = _export(_content(tmp_path, path))
    assert sorted(exported) == sorted(r["headline"] for r in rows)
    for row in rows:
        report = exported[row["headline"]]
        assert (report["date"], report["publishers"], report["source_urls"]) == (
            row["date"][:10], [row["publisher"]], [row["url"]])
    assert f"{path.name}: read 2, published 2, merged 0, rejected 0" in err
    assert parse_date("Wed, 17 Jul 2024 15:59:59 GMT").isoformat() == "2024-07-17"
    assert parse_date("Wed, 17 Jul 2024 16:00:00 GMT").isoformat() == "2024-07-18"
    assert parse_date("2024-12-31T20:00:00+00:00").isoformat() == "2025-01-01"


def test_eastmoney_institution_api_saved_as_jsonp_reads_macro_reports(tmp_path: Path) -> None:
    """Eastmoney's `report/jg` response (宏观/策略/晨报, `cb=datatable…` callback kept): the
    analysts from `researcher`, the PDF from `infoCode`, no rating invented."""
    path = DATASETS / "eastmoney-jg-jsonp" / "macresearch-page1.json"
    text = path.read_text(encoding="utf-8")
    rows = json.loads(text[text.index("(") + 1:text.rindex(")")])["data"]
    exported, err = _export(_content(tmp_path, path))
    assert sorted(exported) == sorted(r["title"] for r in rows)
    for row in rows:
        report = exported[row["title"]]
        assert _same_publisher(report["publishers"], row["orgSName"])
        assert (report["date"], report["analysts"], report["pages"], report["rating"]) == (
            row["publishDate"][:10], row["researcher"].split(","), row["attachPages"], None)
        assert report["source_urls"] == [f"https://pdf.dfcfw.com/pdf/H3_{row['infoCode']}_1.pdf"]
    assert f"{path.name}: read 1, published 1, merged 0, rejected 0" in err


def test_an_xml_file_declaring_entities_or_broken_is_skipped_with_its_reason(tmp_path: Path) -> None:
    listings = tmp_path / "content" / "listings"
    listings.mkdir(parents=True)
    (listings / "bomb.xml").write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><r><item>'
                                       "<title>&a;</title></item></r>", encoding="utf-8")
    (listings / "cut.rss").write_text('<rss version="2.0"><channel><item><title>半截', encoding="utf-8")
    result = run_cli("check", "--content", str(tmp_path / "content"))
    assert "bomb.xml:1: warning: the XML declares entities of its own" in result.stderr, result.stderr
    assert "cut.rss:1: warning: not well-formed XML" in result.stderr


def test_an_aggregators_notes_read_their_stock_lists_and_an_empty_title_says_so(tmp_path: Path) -> None:
    """A 研报/纪要 aggregator's list API (`hy.yunmagic.com/api/v1/research/new/list`): the
    covered stocks as a list of `{code, name}` objects, the text as HTML under `content`
    beside an empty `text`; a WeChat image with an empty `title` is rejected, saying so."""
    path = DATASETS / "yunmagic-research-json" / "research-new-list-page1.json"
    rows = json.loads(path.read_text(encoding="utf-8"))["data"]["data"]
    exported, err = _export(_content(tmp_path, path))
    titled = [r for r in rows if r["title"]]
    assert sorted(exported) == sorted(r["title"] for r in titled)
    for row in titled:
        report = exported[row["title"]]
        assert (report["date"], report["publishers"], report["analysts"], report["industry"]) == (
            row["time"][:10], [row["organization"]], row["author"].split(","), row["industry"])
        assert report["securities"] == [{"name": s["name"], "code": s["code"]} for s in row["stock"]]
        assert report["source_urls"] == [row["url"]] and report["excerpt"] == _shown(row["content"])
    assert f"{path.name}: warning: record 2: no title: its 'title' is empty" in err
    assert f"{path.name}: read 2, published 1, merged 0, rejected 1" in err


def test_a_date_under_a_name_no_synonym_knows_is_read_and_said(tmp_path: Path) -> None:
    """Eastmoney's 新股研报 as a Java scraper's bean saves them (`orgsname`, `tdate`,
    `newlistingdate`…): the report's day is `tdate`, not the IPO's listing day, and the
    warning names the key read."""
    path = DATASETS / "eastmoney-newstock-bean-json" / "yanbao-xingu.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    exported, err = _export(_content(tmp_path, path))
    assert sorted(exported) == sorted(r["title"] for r in rows)
    for row in rows:
        report = exported[row["title"]]
        assert _same_publisher(report["publishers"], row["orgsname"])
        assert (report["date"], report["analysts"], report["industry"], report["source_urls"]) == (
            row["tdate"], row["researcher"].split(","), row["indvinduname"], [row["pdf"]])
        assert report["securities"] == [{"name": row["name"], "code": row["code"]}]
    assert f"{path.name}:1: warning: no date field" in err and "the records' 'tdate' is read as their date" in err
    assert f"{path.name}: read 2, published 2, merged 0, rejected 0" in err


def test_a_title_under_a_name_no_synonym_knows_is_found_in_a_json_document(tmp_path: Path) -> None:
    """Records whose title and date keys no synonym knows (`infoTitleCn`, `fbrq_date`) are
    still found among a response's lists and read, with a warning naming the keys."""
    listings = tmp_path / "content" / "listings"
    listings.mkdir(parents=True)
    document = {"status": 0, "result": {"rows": [
        {"infoTitleCn": "家电行业周报：内销景气回升", "fbrq_date": "2024-07-15", "jgmc": "国信证券"},
        {"infoTitleCn": "汽车行业点评：6月销量同比增长", "fbrq_date": "2024-07-12", "jgmc": "华泰证券"}]}}
    (listings / "rows.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    exported, err = _export(tmp_path / "content")
    assert {t: r["date"] for t, r in exported.items()} == {r["infoTitleCn"]: r["fbrq_date"]
                                                           for r in document["result"]["rows"]}
    assert "the records' 'infoTitleCn' is read as their title" in err
    assert "the records' 'fbrq_date' is read as their date" in err


def test_a_sites_own_rss_feed_reads_its_modules_categories_and_pdf_enclosure(tmp_path: Path) -> None:
    """A report site's WordPress feed (RSS 2.0 with the content and Dublin Core modules): the
    author is `dc:creator`, the excerpt comes from `content:encoded` (the `description` is cut
    short with `[…]`), a known category is the type, a PDF enclosure is a source and a cover
    image is none."""
    path = DATASETS / "wordpress-rss-xml" / "feed.xml"
    dc, content = "{http://purl.org/dc/elements/1.1/}", "{http://purl.org/rss/1.0/modules/content/}"
    items = list(ElementTree.parse(path).getroot().iter("item"))
    exported, err = _export(_content(tmp_path, path))
    assert sorted(exported) == sorted(i.findtext("title") for i in items)
    types = {"行业研究": "行业", "宏观研究": "宏观"}
    for item in items:
        report = exported[item.findtext("title")]
        pdfs = [e.get("url") for e in item.iter("enclosure") if e.get("type") == "application/pdf"]
        assert _same_publisher(report["publishers"], item.findtext("title").split("-")[0])
        assert (report["date"], report["analysts"], report["source_urls"]) == (
            _beijing_day(item.findtext("pubDate")), [item.findtext(f"{dc}creator")], [item.findtext("link"), *pdfs])
        assert report["excerpt"] == _shown(item.findtext(f"{content}encoded"))
        assert report["report_type"] == types[item.findtext("category")]
    assert f"{path.name}: read 2, published 2, merged 0, rejected 0" in err


def test_an_excel_2003_xml_workbook_reads_like_any_workbook(tmp_path: Path) -> None:
    """A SpreadsheetML export (Excel 2003 XML, saved under `.xls` as web exports do): a title
    row above the header, dates as `DateTime` cells, a cell placed by `ss:Index` after an empty
    one, a notes sheet beside; read as the rows the workbook shows."""
    path = DATASETS / "spreadsheetml-xls" / "研报列表导出.xls"
    ss = "{urn:schemas-microsoft-com:office:spreadsheet}"
    table = ElementTree.parse(path).getroot().find(f"{ss}Worksheet/{ss}Table")
    assert table is not None
    rows: list[list[str]] = []
    for row in table.iter(f"{ss}Row"):
        cells: list[str] = []
        for cell in row.iter(f"{ss}Cell"):
            cells.extend([""] * (int(cell.get(f"{ss}Index", len(cells) + 1)) - 1 - len(cells)))
            cells.append(cell.findtext(f"{ss}Data") or "")
        rows.append(cells)
    header, body = rows[1], [dict(zip(rows[1], r, strict=False)) for r in rows[2:]]
    assert header[2] == "报告标题"
    exported, err = _export(_content(tmp_path, path))
    assert sorted(exported) == sorted(r["报告标题"] for r in body)
    for row in body:
        report = exported[row["报告标题"]]
        assert _same_publisher(report["publishers"], row["研究机构"])
        assert (report["date"], report["rating"], report["analysts"]) == (
            row["发布日期"][:10], row["投资评级"], [a for a in row["研究员"].split(",") if a])
        assert report["securities"] == [{"name": row["证券简称"], "code": row["证券代码"]}]
    assert f"{path.name}: read 2, published 2, merged 0, rejected 0" in err


def test_records_without_dates_take_the_day_of_the_object_holding_them(tmp_path: Path) -> None:
    """A daily digest of broker notes (Naver's research pages as a dashboard saves them:
    `{"generated_at", "date", "reports": [{firm, title, summary, url}]}`): the records have no
    date of their own and take the digest's `date`, saying so; `firm` is the publisher."""
    path = DATASETS / "daily-digest-json" / "research_reports.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    exported, err = _export(_content(tmp_path, path))
    assert sorted(exported) == sorted(r["title"] for r in document["reports"])
    for row in document["reports"]:
        report = exported[row["title"]]
        assert (report["date"], report["publishers"], report["source_urls"]) == (
            document["date"], [row["firm"]], [row["url"]])
    assert f"{path.name}:1: warning: no date field" in err and "dated 2024-07-17, the 'date' of the object" in err


def test_records_named_by_their_pdf_file_take_the_date_in_their_name(tmp_path: Path) -> None:
    """Extracted report texts saved with the PDF's file name (`삼성전자_20240715_company_….pdf`)
    and no date field: each is dated by the date in its name, and the warning says so."""
    path = DATASETS / "pdf-text-json" / "research_reports.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    exported, err = _export(_content(tmp_path, path))
    assert sorted(exported) == sorted(r["file_name"] for r in rows)
    for row in rows:
        day = re.search(r"_(\d{4})(\d{2})(\d{2})_", row["file_name"]).groups()
        assert exported[row["file_name"]]["date"] == "-".join(day)
    assert f"{path.name}:1: warning: no date field" in err and "dated by the date in its title" in err


def test_metadata_kept_as_a_python_dicts_text_is_read_for_rating_and_target(tmp_path: Path) -> None:
    """The same dump's `metadata`, a dict saved with `str()` (`{'opinion': '매수', …}`, not
    JSON): its `opinion` is the rating, its `price_target` the target price; its `analyst`,
    a stray particle (`는`) where the scraper's parser found no name, is no analyst."""
    import ast

    path = DATASETS / "pdf-text-json" / "research_reports.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    exported, _ = _export(_content(tmp_path, path))
    for row in rows:
        meta = ast.literal_eval(row["metadata"])
        report = exported[row["file_name"]]
        assert (report["rating"], report["target_price"]) == (meta["opinion"], float(meta["price_target"]))
        assert report["analysts"] == []


def test_a_digests_source_names_the_house_and_its_other_lists_are_not_reports(tmp_path: Path) -> None:
    """A hand-kept digest of investment banks' notes (`{"sources": [...], "featured_reports":
    [{title, date, source, url: "", ...}]}`): `source` is each note's house, folded into the
    publisher table's name; the list of sources is not read as reports; an empty url is none."""
    from generator.config import load_config
    from generator.diagnostics import Diagnostics
    from generator.enrich.publishers import PublisherTable

    table = PublisherTable(load_config(ROOT / "content", Diagnostics()).publishers)
    path = DATASETS / "featured-reports-json" / "research_reports.json"
    rows = json.loads(path.read_text(encoding="utf-8"))["featured_reports"]
    exported, err = _export(_content(tmp_path, path))
    assert sorted(exported) == sorted(r["title"] for r in rows)
    for row in rows:
        report = exported[row["title"]]
        assert (report["date"], report["source_urls"]) == (row["date"], [])
        assert report["publishers"] == [table.lookup(row["source"]) or row["source"]]
    assert f"{path.name}: read 2, published 2, merged 0, rejected 0" in err


def test_a_report_undated_in_one_section_takes_the_date_it_is_listed_with_elsewhere(tmp_path: Path) -> None:
    """慧博's shared-report list as a scraper saves it, every section in one CSV (投研资讯 with
    its 日期; 今日热门, 最新买入, 本周热门 without): a report undated in one section is the one
    dated in another, on that day, not the earlier day in the file's name; a report listed
    only undated takes the file's day. The sections (`分类`) are not the reports' kinds."""
    path = next((DATASETS / "hibor-share-csv").glob("*.csv"))
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    exported, err = _export(_content(tmp_path, path))
    dated = {r["研报标题"]: r["日期"] for r in rows if r["日期"]}
    assert sorted(exported) == sorted({r["研报标题"] for r in rows})
    for title, report in exported.items():
        assert report["date"] == dated.get(title, "2024-07-15"), title
        assert report["first_seen"] == report["date"]
    assert f"{path.name}: read 5, published 3, merged 2, rejected 0" in err
    sections = {r["分类"] for r in rows}
    assert not sections & {r["report_type"] for r in exported.values()}, "a section is no kind of report"


def test_a_rating_record_without_a_title_is_titled_by_its_house_and_grades(tmp_path: Path) -> None:
    """An upgrades/downgrades API response (Eulerpool's and Finnhub's shape: `{gradeTime,
    company, action, fromGrade, toGrade}`, no headline): each rating action is a report titled
    in its own words by its house, action and grades, dated by `gradeTime` (its day in
    Beijing), its house the publisher and its new grade the rating; the warning says how the
    titles were made."""
    path = DATASETS / "upgrades-downgrades-json" / "upgrades.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    exported, err = _export(_content(tmp_path, path))

    def title(row: dict) -> str:
        grades = row["toGrade"] if row["fromGrade"] == row["toGrade"] else f"{row['fromGrade']} → {row['toGrade']}"
        action = {"main": "maintain"}.get(row["action"], row["action"])  # (Finnhub's code, written out)
        return f"{row['company']}: {action} {grades}"

    assert sorted(exported) == sorted(title(r) for r in rows)
    for row in rows:
        report = exported[title(row)]
        assert (report["date"], report["rating"]) == (_beijing_day(row["gradeTime"]), row["toGrade"])
        assert report["rating_change"] == {"upgrade": "上调", "downgrade": "下调", "main": "维持"}[row["action"]]
        assert _same_publisher(report["publishers"], row["company"]) or report["publishers"] == [row["company"]]
    assert f"{path.name}:1: warning: no title field; each rating record is titled by its house" in err
    assert f"{path.name}: read 3, published 3, merged 0, rejected 0" in err


def test_a_rating_record_naming_only_the_company_it_covers_is_no_house_s_report(tmp_path: Path) -> None:
    """An estimates table's `CompanyName` is the company rated, not the house rating it: a record with grades and a
    company's name but no house is rejected naming its columns, never a report credited to the company."""
    path = tmp_path / "estimates.json"
    path.write_text(json.dumps([{"StockCode": "00001", "company_name": "CKH HOLDINGS", "gradeTime": "2024-07-18",
                                 "fromGrade": "Hold", "toGrade": "Buy"}]), encoding="utf-8")
    exported, err = _export(_content(tmp_path, path, *sorted((ROOT / "content" / "listings").glob("*.txt"))))
    assert "CKH HOLDINGS" not in json.dumps(exported, ensure_ascii=False)
    assert "estimates.json:1: warning: no report records in this JSON document" in err
    assert "found StockCode, company_name, gradeTime, fromGrade, toGrade" in err


def test_field_names_in_traditional_characters_read_like_simplified_ones(tmp_path: Path) -> None:
    """A Taiwan report hub's table (`發佈日期,報告名稱,原始券商報告連結,是否可揭露`, as its scraper
    writes it; rows written by us): the traditional names are the date, title and link, the link
    named through its qualifiers (原始, 券商, 報告); a row whose date says 未知日期 is rejected naming
    its line and what it found, and the others are read."""
    path = DATASETS / "traditional-names-csv" / "reports.csv"
    rows = _csv_rows(path)
    exported, err = _export(_content(tmp_path, path))
    dated = [r for r in rows if r["發佈日期"] != "未知日期"]
    assert sorted(exported) == sorted(r["報告名稱"] for r in dated)
    for row in dated:
        report = exported[row["報告名稱"]]
        assert report["date"] == row["發佈日期"]
        assert report["source_urls"] == ([row["原始券商報告連結"]] if row["原始券商報告連結"] else [])
    assert f"{path.name}:2: warning: no valid publish date for '2024年7月投資月報' (found '未知日期'" in err
    assert f"{path.name}: read 5, published 4, merged 0, rejected 1" in err


def test_english_labels_saying_what_of_whom_and_bracketed_units_are_read(tmp_path: Path) -> None:
    """A broker-ratings workbook's English labels (`Name of Broker`, `Date of Release`,
    `Investment Grade`, `Target Price (Adj)`, `Source Link`; a summary sheet's shape saved as
    CSV, rows written by us) are the house, date, rating, target price and link: each row is a
    rating record titled by house, security and grade."""
    path = DATASETS / "of-labels-csv" / "ratings.csv"
    rows = _csv_rows(path)
    exported, err = _export(_content(tmp_path, path))
    assert len(exported) == len(rows)
    for row in rows:
        title = f"{row['Name of Broker']}：{row['Name of Stock']} {row['Investment Grade']}"
        report = exported[title]
        assert (report["date"], report["rating"], report["target_price"], report["source_urls"]) == (
            row["Date of Release"], row["Investment Grade"], float(row["Target Price (Adj)"]), [row["Source Link"]])
        assert report["publishers"] and report["securities"][0]["name"] == row["Name of Stock"]
    assert f"{path.name}: read 3, published 3, merged 0, rejected 0" in err


def test_short_target_price_names_and_a_vendors_broker_firm_name_are_read(tmp_path: Path) -> None:
    """Names seen in real feeds (written here): a consensus list's `tp` is the target price (not its
    `tp_prev`), Benzinga's `pt_current` too; an estimates vendor's `BrokerFirmName` is the house, so
    a row with its target price is a rating record, never one credited to the company it covers."""
    path = tmp_path / "consensus.json"
    path.write_text(json.dumps([
        {"date": "2024-07-17", "title": "2분기 실적 점검", "broker": "대신증권", "opinion": "매수", "tp": "95000",
         "tp_prev": "90000"},
        {"date": "2024-07-18", "title": "Raises target", "firm": "Goldman Sachs", "pt_current": "250.00",
         "pt_prior": "230.00"},
        {"StockCode": "00001", "CompanyName": "CKH HOLDINGS", "BrokerFirmName": "CITIGROUP",
         "ReportDate": "2024-07-16", "RatingCode": "B", "TargetPrice": "84"},
    ], ensure_ascii=False), encoding="utf-8")
    exported, _ = _export(_content(tmp_path, path))
    by_title = {r["title"]: r for r in exported.values()}
    assert by_title["2분기 실적 점검"]["target_price"] == 95000
    assert by_title["Raises target"]["target_price"] == 250
    [rated] = [r for t, r in by_title.items() if t.startswith("CITIGROUP")]
    assert (rated["target_price"], rated["date"]) == (84, "2024-07-16")
    assert "CKH HOLDINGS" not in rated["publishers"]


def test_an_article_index_names_its_account_as_the_publisher_of_its_articles(tmp_path: Path) -> None:
    """A WeChat account's article index as an archiving project saves it (`{"account": {"name": …},
    "articles": [{title, publishedAt, sourceUrl, …}]}`; a real sample): each article is read with
    its day in Beijing and its link, and the account named beside the articles is their publisher."""
    path = DATASETS / "wechat-article-index-json" / "huode-xinxicha.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    exported, err = _export(_content(tmp_path, path))
    assert sorted(exported) == sorted(a["title"] for a in document["articles"])
    for article in document["articles"]:
        report = exported[article["title"]]
        assert (report["date"], report["source_urls"]) == (article["publishedAt"][:10], [article["sourceUrl"]])
        assert report["publishers"] == [document["account"]["name"]]
    assert f"{path.name}: read 10, published 10, merged 0, rejected 0" in err


def test_a_calendar_naming_the_house_analyst_beside_an_analyst_name_reads_both(tmp_path: Path) -> None:
    """Benzinga's rating calendar (its documented shape, values written here) names the firm
    `analyst` and the person `analyst_name`: with no other publisher's name in the record the
    first is the house and the second the analyst; `pt_current` is the target price."""
    path = tmp_path / "ratings.json"
    path.write_text(json.dumps({"ratings": [
        {"id": "1", "date": "2024-07-18", "time": "07:12:00", "ticker": "AAPL", "name": "Apple Inc.",
         "action_company": "Maintains", "action_pt": "Raises", "rating_current": "Buy", "pt_current": "250.00",
         "pt_prior": "230.00", "analyst": "Goldman Sachs", "analyst_name": "Jane Doe"}]}), encoding="utf-8")
    exported, _ = _export(_content(tmp_path, path))
    [report] = exported.values()
    assert _same_publisher(report["publishers"], "Goldman Sachs")
    assert (report["analysts"], report["target_price"], report["rating"]) == (["Jane Doe"], 250, "Buy")


def test_a_users_handle_in_the_house_field_names_no_house(tmp_path: Path) -> None:
    """A price-target feed's rows name the house `analyst` (a digest's `{date, analyst, rating,
    targetPrice}`: `_rating_row` in fields.py); where that field holds a user's handle (`jdoe`, the
    account that filed the row, as a developer site's sample data has it) it names no house, and a
    row with no title and no house is left out with a warning, never credited to `jdoe`."""
    path = tmp_path / "targets.json"
    path.write_text(json.dumps([
        {"date": "2024-05-02", "symbol": "ACME", "analyst": "jdoe", "rating": "Buy", "targetPrice": 152},
        {"date": "2024-05-03", "symbol": "ACME", "analyst": "Morgan Stanley", "rating": "Overweight",
         "targetPrice": 160}]), encoding="utf-8")
    exported, err = _export(_content(tmp_path, path))
    [report] = exported.values()
    assert _same_publisher(report["publishers"], "Morgan Stanley")
    assert (report["rating"], report["target_price"]) == ("Overweight", 160)
    assert "jdoe" not in json.dumps(report) and "rejected 1" in err, err


def test_a_reports_creation_day_dates_it_before_the_day_a_platform_took_it_in(tmp_path: Path) -> None:
    """A research platform's report API (朝阳永续's shape: keys as it names them, values written here)
    gives the report's day as `create_date` and the day the platform took the report in as
    `into_date`: the first dates the report (round 4's test part, after its score: 4 of 10 were
    dated a day or two late by `into_date`)."""
    path = tmp_path / "reports.json"
    path.write_text(json.dumps({"message": "", "code": 0, "data": [
        {"report_title": "某某股份：业绩符合预期，维持买入评级", "organ_name": "中金公司", "author": "张三,李四",
         "create_date": "2017-03-28", "into_date": "2017-03-30 08:12:01", "code": "600000", "code_name": "某某股份",
         "file_pages": 5}]}), encoding="utf-8")
    exported, _ = _export(_content(tmp_path, path))
    [report] = exported.values()
    assert report["date"] == "2017-03-28", report


PAGES = sorted((DATASETS / "fund-list-pages").glob("*.html"))
_ITEM = re.compile(r"<li\b.*?</li>", re.DOTALL)
_LINK = re.compile(r'<a href="(?P<href>[^"]+)"(?: title="(?P<title>[^"]+)")?[^>]*>(?P<text>[^<]+)</a>')


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_a_saved_list_page_of_another_site_reads_every_dated_item_by_its_shape(tmp_path: Path, path: Path) -> None:
    """No profile reads these pages: each list item holding a link and a day is a report, titled by
    its link (by the link's `title` when it holds the whole title), dated by its day. Their links are
    relative and the pages state no address, so the reports have no URL, and that is said once."""
    page = path.read_text(encoding="utf-8")
    listed = {}
    for item in _ITEM.findall(page):
        link, day = _LINK.search(item), re.search(r"\d{4}-\d{2}-\d{2}", item)
        if link and day:
            listed[link["title"] or link["text"].strip()] = day.group()
    exported, err = _export(_content(tmp_path, path))
    assert len(listed) >= 10
    assert {title: record["date"] for title, record in exported.items()} == listed, err
    assert all(record["source_urls"] == [] for record in exported.values())
    assert err.count("the page's links are relative and it does not say its own address") == 1


def test_a_profile_of_a_match_and_an_address_gives_a_page_read_by_its_shape_its_urls(tmp_path: Path) -> None:
    """Two lines say where a saved page is: its items are still found by their shape, their
    relative links resolved against that address."""
    path = DATASETS / "fund-list-pages" / "dfa66_announcement.html"
    content = _content(tmp_path, path)
    (content / "profiles").mkdir()
    (content / "profiles" / "dfa66.yaml").write_text("match: ul.glist\nbase_url: https://www.dfa66.com/\n",
                                                     encoding="utf-8")
    hrefs = [link["href"] for item in _ITEM.findall(path.read_text(encoding="utf-8"))
             if (link := _LINK.search(item)) and re.search(r"\d{4}-\d{2}-\d{2}", item)]
    exported, err = _export(content)
    assert sorted(url for record in exported.values() for url in record["source_urls"]) == sorted(
        f"https://www.dfa66.com{href}" for href in hrefs), err
    assert "no source profile matches" not in err and "relative" not in err


def test_a_korean_report_list_with_isin_codes_reads_every_row(tmp_path: Path) -> None:
    """A Naver Finance research list as an app's scraper saved it (KasRoid/StockReport-Crawler,
    MIT): Korean column names (`작성일, 종목명, 종목코드, 제목, 적정가격, 평가의견, 작성자, 작성기관`),
    the stock as its ISIN (`KR7000720003`: listed as `000720`), several analysts as `A, B`, the
    house's research centre (`리서치센터`) or `-` where no analyst is named, and `NotRated`,
    `nr`, `N/A` where no rating is given."""
    path = DATASETS / "naver-research-korean-csv" / "report_result.csv"
    rows = _csv_rows(path)
    assert len(rows) == 100
    result = run_cli("export", "--content", str(_content(tmp_path, path)))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    by_key = {(r["title"], r["securities"][0]["code"] if r["securities"] else ""): r for r in records}
    assert "report_result.csv: read 100" in result.stderr
    unique = [row for row in rows if sum(r["제목"] == row["제목"] for r in rows) == 1]
    assert len(unique) == 98
    for row in unique:
        report = by_key[(row["제목"], row["종목코드"][3:9])]
        assert report["date"] == row["작성일"] and _same_publisher(report["publishers"], row["작성기관"])
        assert report["securities"] == [{"name": row["종목명"], "code": row["종목코드"][3:9]}]
        named = [] if row["작성자"] in ("리서치센터", "-") else [n.strip() for n in row["작성자"].split(",")]
        assert report["analysts"] == named
        assert report["rating"] == (None if row["평가의견"] in ("NotRated", "nr", "N/A") else row["평가의견"])
        assert report["target_price"] == (float(row["적정가격"]) or None)

"""The built site in a real browser: Debian's Chromium driven by Playwright (no downloads),
served under /repo/ as on GitHub Pages. Screenshots of every page type go to
test-artifacts/screenshots/ for review."""

from __future__ import annotations

import gzip
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.conftest import ROOT

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]
SHOTS = ROOT / "test-artifacts" / "screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1366, "height": 900}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "install Debian's chromium (.ci/run does)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def base(sample_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from tests.conftest import ServedSite

    served = ServedSite(sample_site)
    yield served.base
    served.close()


@pytest.fixture
def page(browser: Browser, base: str) -> Iterator[Page]:
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    # Pages link to the deployed host; keep navigation on the local copy.
    context.route("https://example.github.io/repo/**",
                  lambda route: route.continue_(url=route.request.url.replace("https://example.github.io/repo/", base)))
    page = context.new_page()
    yield page
    context.close()


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_a_reader_goes_from_home_to_topic_to_report_to_publisher(page: Page, base: str) -> None:
    page.goto(base)
    assert page.locator("html").get_attribute("lang") == "zh-CN"
    _shot(page, "home-desktop")
    page.click("nav >> text=主题")
    page.click("a:text-is('保险')")
    assert page.locator("h1").inner_text() == "保险"
    _shot(page, "topic-desktop")
    page.locator("ol.reports li h3 a").first.click()
    assert "/repo/reports/" in page.url
    _shot(page, "report-desktop")
    page.locator("article .facts a").first.click()
    assert "/repo/publishers/" in page.url and page.locator("ol.reports li").count() >= 1
    _shot(page, "publisher-desktop")


def _top(page: Page, selector: str) -> float:
    return page.locator(selector).first.bounding_box()["y"]


def test_the_report_page_leads_with_the_report_then_key_points_commentary_and_related(page: Page, base: str) -> None:
    """A reader decides from the title, publisher, date and pages; the editor's headline heads
    the commentary and does not replace the report's own title."""
    page.goto(base)
    page.locator(".pick-card h3 a", has_text="拐点已至否极泰来").click()
    assert page.locator("h1").inner_text() == "银行业：拐点已至否极泰来"
    assert page.locator("#commentary").inner_text().startswith("银行板块拐点已至？")
    facts = page.locator(".facts").inner_text()
    for expected in ("长城证券", "2023-10-07", "17 页", "源站浏览"):
        assert expected in facts
    # The key points or summary sit between the facts and the commentary when the text has any.
    shown = [s for s in ("h1", ".facts", "#key-points", "#summary", "#commentary", "#related", ".related li > p")
             if page.locator(s).count()]
    assert {"h1", ".facts", "#commentary", "#related"} <= set(shown), shown
    order = [_top(page, s) for s in shown]
    assert order == sorted(order), order
    related_meta = page.locator(".related li > p").first.inner_text()
    assert re.match(r"\d{4}-\d\d-\d\d · ", related_meta), related_meta
    _shot(page, "report-order-desktop")


def test_a_list_page_shows_the_start_of_what_each_report_says(page: Page, base: str) -> None:
    """Issue 18: list pages use the excerpt. A topic page's entry shows, under its line, the
    start of the excerpt its report page leads with; an entry whose report has none shows its
    line alone. The report page's related list is three entries at most, date and publishers."""
    page.goto(f"{base}topics/banking/")
    entry = page.locator("ol.reports > li", has_text="2023金融区域银行数据能力体系建设白皮书")
    line, teaser = entry.locator("p").first, entry.locator("p").nth(1)
    assert teaser.inner_text().startswith("数据是数字经济时代的核心生产要素") and teaser.inner_text().endswith("…")
    assert teaser.bounding_box()["y"] > line.bounding_box()["y"]
    assert page.locator("ol.reports > li", has_text="2023年四季度全球银行业展望报告").locator("p").count() == 1
    _shot(page, "topic-teasers-desktop")
    shown = teaser.inner_text().rstrip("…")
    entry.locator("h3 a").click()
    assert page.locator("#summary ~ .lede, .lede").first.inner_text().startswith(shown)
    related = page.locator(".related li > p").all_inner_texts()
    assert 1 <= len(related) <= 3 and all(re.fullmatch(r"\d{4}-\d\d-\d\d · [^·]+", meta) for meta in related), related


@pytest.mark.parametrize(("query", "expected"), [
    ("银行", "2023年四季度全球银行业展望报告"),
    ("寿险", "我们为什么看好2024年寿险开门红"),
    ("数字化转型", "2023银行数字化转型背景、动机、进程、成果及方向深度分析报告"),
])
def test_searching_in_chinese_finds_the_report_marks_the_query_and_the_hit_opens(page: Page, base: str, query: str,
                                                                                 expected: str) -> None:
    page.goto(f"{base}search/")
    page.fill("#q", query)
    page.click("form.search button")
    page.wait_for_selector("#search-results li", timeout=15000)
    titles = page.locator("#search-results li h3 a").all_inner_texts()
    assert any(expected in t for t in titles), titles
    assert re.fullmatch(r"找到 \d+ 篇报告", page.locator("#search-status").inner_text())
    hit = page.locator("#search-results li h3 a", has_text=expected).first
    assert query in hit.locator("mark").all_inner_texts(), hit.inner_html()
    _shot(page, f"search-{quote(query)}")
    hit.click()
    assert "/repo/reports/" in page.url and expected in page.locator("h1").inner_text()


def test_search_ranks_reports_with_the_query_in_the_title_first_then_newest(page: Page, base: str) -> None:
    page.goto(f"{base}search/?q={quote('银行')}")
    page.wait_for_selector("#search-results li", timeout=15000)
    titles = page.locator("#search-results li h3 a").all_inner_texts()
    dates = [m[:10] for m in page.locator("#search-results li .meta").all_inner_texts()]
    in_title = ["银行" in title for title in titles]
    assert True in in_title and False in in_title and in_title == sorted(in_title, reverse=True), titles
    for group in (True, False):
        ranked = [d for d, t in zip(dates, in_title, strict=True) if t is group]
        assert ranked == sorted(ranked, reverse=True), (group, ranked)
    page.goto(f"{base}search/?q={quote('银行')}&sort=date")
    page.wait_for_selector("#search-results li", timeout=15000)
    by_date = [m[:10] for m in page.locator("#search-results li .meta").all_inner_texts()]
    assert by_date == sorted(dates, reverse=True) and by_date != dates


def test_search_filters_by_publisher(page: Page, base: str) -> None:
    page.goto(f"{base}search/?q={quote('银行')}&publisher={quote('德勤')}")
    page.wait_for_selector("#search-results li", timeout=15000)
    titles = page.locator("#search-results li h3 a").all_inner_texts()
    assert titles and all("银行业" in t or "证券业" in t for t in titles), titles
    _shot(page, "search-publisher")


def test_filters_work_without_a_keyword_and_results_sort_by_date(page: Page, base: str) -> None:
    page.goto(f"{base}search/?publisher={quote('德勤')}")
    page.wait_for_selector("#search-results li", timeout=15000)
    metas = page.locator("#search-results li .meta").all_inner_texts()
    assert len(metas) == 2 and all(m.endswith("德勤") for m in metas), metas
    assert all(len(e) > 10 for e in page.locator("#search-results li .excerpt").all_inner_texts())
    page.goto(f"{base}search/?topic={quote('保险')}&sort=date")
    page.wait_for_selector("#search-results li", timeout=15000)
    dates = [m[:10] for m in page.locator("#search-results li .meta").all_inner_texts()]
    assert len(dates) >= 2 and dates == sorted(dates, reverse=True), dates
    page.goto(f"{base}search/?q={quote('银行')}&from=2023-10-09&to=2023-10-10")
    page.wait_for_selector("#search-results li", timeout=15000)
    dates = [m[:10] for m in page.locator("#search-results li .meta").all_inner_texts()]
    assert dates and all("2023-10-09" <= d <= "2023-10-10" for d in dates), dates
    assert "搜索需要浏览器启用 JavaScript" not in page.locator(".browse").inner_text()


def _status(page: Page, text: str) -> str:
    page.wait_for_function(f"document.getElementById('search-status').textContent.includes({text!r})")
    return page.locator("#search-status").inner_text()


def test_a_query_of_one_chinese_character_finds_the_reports_holding_it(page: Page, base: str) -> None:
    """Commodities are often one character (铜, 煤, 猪): the index holds single characters."""
    page.goto(f"{base}search/?q={quote('险')}&sort=date")
    page.wait_for_selector("#search-results li", timeout=15000)
    titles = page.locator("#search-results li h3 a").all_inner_texts()
    assert any("保险" in t for t in titles) and any("寿险" in t for t in titles), titles
    assert all(m.inner_text() == "险" for m in page.locator("#search-results li h3 mark").all())


def test_a_query_without_a_word_asks_for_one_instead_of_searching(page: Page, base: str) -> None:
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(f"{base}search/?q={quote('？！…')}")
    assert "请输入要找的" in _status(page, "请输入")
    assert not page.locator("#search-results li").count()
    assert not [url for url in fetched if "/search/data/" in url], fetched


def test_search_results_show_markup_in_the_index_as_text(page: Page, base: str, sample_site: Path) -> None:
    """A title or excerpt holding markup (a hostile listing) is shown as written, never run."""
    rows = json.loads(gzip.decompress((sample_site / "search" / "data" / "2023" / "d0.gz").read_bytes()))
    rows[0][1] = '<img src=x onerror="window.ran = 1">银行<b>粗</b>'
    rows[0][4] = "<script>window.ran = 1</script>银行"
    body = gzip.compress(json.dumps(rows, ensure_ascii=False).encode())
    page.route("**/search/data/2023/d0.gz", lambda route: route.fulfill(body=body))
    page.goto(f"{base}search/?q={quote('银行')}&sort=date")
    page.wait_for_selector("#search-results li", timeout=15000)
    first = page.locator("#search-results li").first
    assert first.locator("h3 a").inner_text() == rows[0][1]
    assert first.locator(".excerpt").inner_text() == rows[0][4]
    assert first.locator("img, b, script").count() == 0 and first.locator("mark").all_inner_texts() == ["银行"] * 2
    assert page.evaluate("window.ran") is None


@pytest.mark.parametrize("query", ["工具书", "工具書"])
def test_a_hit_past_the_start_of_the_excerpt_is_shown_in_its_passage_and_marked(page: Page, base: str,
                                                                                query: str) -> None:
    """工具书 is only in the Deloitte note, well past the excerpt's start: the result shows the
    passage holding it, said to be the editor's, `…` where the text goes on, the hit marked, in
    either script."""
    page.goto(f"{base}search/?q={quote(query)}")
    page.wait_for_selector("#search-results li", timeout=15000)
    first = page.locator("#search-results li").first
    assert "中国银行业2023年上半年发展回顾与展望报告" in first.locator("h3 a").inner_text()
    shown = first.locator(".excerpt")
    text = shown.inner_text()
    assert text.startswith("编辑点评：…") and "适合当作工具书查数" in text and len(text) <= 127, text
    assert shown.locator("mark").all_inner_texts() == ["工具书"]
    _shot(page, f"search-passage-{quote(query)}")


def test_search_works_where_the_server_sends_its_gz_files_gzip_encoded(browser: Browser, sample_site: Path) -> None:
    """Served as nginx's gzip_static serves them, the index files reach the page unpacked."""
    from tests.conftest import ServedSite

    served = ServedSite(sample_site, gzip_encoded=True)
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    page = context.new_page()
    encodings: list[str] = []
    page.on("response", lambda response: encodings.append(response.headers.get("content-encoding", ""))
            if response.url.endswith(".gz") else None)
    try:
        page.goto(f"{served.base}search/?q={quote('寿险')}")
        page.wait_for_selector("#search-results li", timeout=15000)
        assert any("寿险" in t for t in page.locator("#search-results li h3 a").all_inner_texts())
        assert encodings and set(encodings) == {"gzip"}
    finally:
        context.close()
        served.close()


def test_search_says_it_is_unavailable_when_the_index_cannot_be_read(page: Page, base: str) -> None:
    page.route("**/search/data/manifest.json", lambda route: route.fulfill(status=404, body="missing"))
    page.goto(f"{base}search/?q={quote('银行')}")
    assert _status(page, "不可用") == "搜索暂时不可用，请按目录浏览。"
    assert page.locator(".browse a").count() == 4


@pytest.fixture(scope="module")
def years_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic digest of 600 reports from 2019 to 2024 (bench/synth.py) in `content`, built
    in `site`: an index of six yearly shards."""
    from bench.synth import synthesise
    from tests.conftest import BASE_URL, run_cli

    folder = tmp_path_factory.mktemp("years")
    synthesise(folder / "content", 600)  # about 100 a year: each shard's keys in four chunks
    result = run_cli("build", "--content", str(folder / "content"), "--out", str(folder / "site"), "--base-url", BASE_URL)
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture(scope="module")
def years(years_folder: Path) -> Iterator[str]:
    """The six-year site served."""
    from tests.conftest import ServedSite

    served = ServedSite(years_folder / "site")
    yield served.base
    served.close()


def test_a_search_over_a_date_range_fetches_only_the_index_files_of_its_years_each_once(
        browser: Browser, years: str) -> None:
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(f"{years}search/?q={quote('银行')}&from=2021-03-01&to=2022-06-30&sort=date")
    page.wait_for_selector("#search-results li", timeout=15000)
    dates = [m[:10] for m in page.locator("#search-results li .meta").all_inner_texts()]
    assert dates and all("2021-03-01" <= d <= "2022-06-30" for d in dates), dates
    index = [url.split("/search/data/")[1] for url in fetched if "/search/data/" in url]
    assert len(index) == len(set(index)), index
    assert {name.split("/")[0] for name in index} == {"manifest.json", "simplified.gz", "2021", "2022"}, index
    fetched.clear()
    page.goto(f"{years}search/?q={quote('银行')}&to=2018-12-31")
    assert _status(page, "没有找到") == "没有找到匹配的报告"
    assert sorted(url.split("/search/data/")[1] for url in fetched if "/search/data/" in url) == [
        "manifest.json", "simplified.gz"]
    context.close()


def test_a_one_word_query_ranked_by_title_fetches_one_chunk_a_shard(browser: Browser, years: str) -> None:
    """A title key (`^银行`) is kept in the chunk of its term, so ranking costs no fetch."""
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(f"{years}search/?q={quote('银行')}")
    _status(page, "找到")
    chunks = [url.split("/search/data/")[1] for url in fetched if re.search(r"/t\d+\.gz$", url)]
    shards = [name.split("/")[0] for name in chunks]
    assert len(shards) == 6 and len(set(shards)) == 6, chunks
    context.close()


def test_search_results_come_twenty_at_a_time_until_all_are_shown(browser: Browser, years: str) -> None:
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    page = context.new_page()
    page.goto(f"{years}search/?q={quote('银行')}&sort=date")
    page.wait_for_selector("#search-results li", timeout=15000)
    found = int(re.fullmatch(r"找到 (\d+) 篇报告", _status(page, "找到"))[1])
    assert found > 40
    assert page.locator("#search-results li").count() == 20
    for shown in range(40, found + 20, 20):
        page.click("#search-more")
        page.wait_for_function(f"document.querySelectorAll('#search-results li').length === {min(shown, found)}")
    assert page.locator("#search-more-wrap").is_hidden()
    links = page.locator("#search-results li h3 a").evaluate_all("links => links.map(a => a.href)")
    dates = [m[:10] for m in page.locator("#search-results li .meta").all_inner_texts()]
    assert len(set(links)) == found and dates == sorted(dates, reverse=True)
    context.close()


@pytest.mark.parametrize("asked", [
    {"query": "银行 息差"},
    {"query": "数字化转型", "from": "2020-03-01", "to": "2022-12-31"},
    {"query": "AIGC", "sort": "date"},
    {"query": "数字化 AIG"},
    {"publisher": "中国银河证券"},
    {"query": "展望", "topic": "宏观经济", "from": "2021-01-01"},
])
def test_search_in_the_browser_finds_and_orders_what_the_index_keys_say(browser: Browser, years_folder: Path,
                                                                        years: str, asked: dict[str, str]) -> None:
    """searchcore.js over six yearly shards against a direct reading of every report's keys
    (searchindex.keys): the same reports, title hits first (by relevance), newest first."""
    from generator.diagnostics import Diagnostics
    from generator.digest import load_digest
    from generator.render.searchindex import keys, query_keys

    reports = load_digest(years_folder / "content", Diagnostics(root=years_folder / "content")).reports
    words = query_keys(asked.get("query", ""))
    must = words | {f"@{name}:{asked[field]}" for field, name in (("publisher", "机构"), ("topic", "主题"))
                    if field in asked}
    low, high = asked.get("from", "0"), asked.get("to", "9")
    expected = [r for r in reports if must <= keys(r) and low <= r.date.isoformat() <= high]
    by_title = bool(words) and asked.get("sort") != "date"
    rank = {r.id: (by_title and {f"^{w}" for w in words} <= keys(r), r.date.isoformat()) for r in expected}
    assert len(expected) >= 3 and (not by_title or len(set(rank.values())) > 1)
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    page = context.new_page()
    page.goto(f"{years}search/")
    script = ("async ([url, base, asked]) => { const {search} = await import(url); const found = await search(base, asked);"
              " return (await found.docs(0, found.hits.length)).map(doc => doc.id); }")
    found = page.evaluate(script, [f"{years}static/searchcore.js", years, asked])
    context.close()
    assert sorted(found) == sorted(rank)
    assert [rank[i] for i in found] == sorted(rank.values(), reverse=True)


def test_the_search_page_splits_text_into_the_same_terms_as_the_index(page: Page, base: str) -> None:
    """A query finds a report only if the browser's terms and keys are the generator's
    (searchindex.py): the terms a result marks, the keys a search looks up."""
    from generator.render.searchindex import query_keys, query_terms

    texts = ["数字化转型", "ＥＳＧ报告２０２４年 A股", "银", "平安银行:2023Q4策略", "碳中和、绿色金融；ESG-rating", "㊀①ﬁ",
             "國泰君安：銀行業數字化轉型", "東莞證券 港股", "公募REIT", "AIGC internationalisation"]
    page.goto(f"{base}search/")
    script = ("async ([url, base, texts]) => { const {terms, queryKeys, simplifiedForms} = await import(url);"
              " const forms = await simplifiedForms(base);"
              " return texts.map(t => [[...terms(t, forms)].sort(), [...queryKeys(t, forms)].sort()]); }")
    found = page.evaluate(script, [f"{base}static/searchcore.js", base, texts])
    assert found == [[sorted(query_terms(text)), sorted(query_keys(text))] for text in texts]
    assert found[-4] == [sorted(query_terms("国泰君安：银行业数字化转型")), sorted(query_keys("国泰君安：银行业数字化转型"))]


def test_the_last_latin_word_of_a_query_finds_the_words_it_starts_and_marks_its_letters(page: Page,
                                                                                       base: str) -> None:
    page.goto(f"{base}search/?q={quote('AIG')}")
    assert _status(page, "找到")
    first = page.locator("#search-results li h3 a").first
    marks = first.locator("mark").all_inner_texts()
    assert "AIGC" in first.inner_text() and marks and set(marks) == {"AIG"}, marks


def test_a_query_in_traditional_script_finds_what_it_finds_in_simplified(page: Page, base: str) -> None:
    page.goto(f"{base}search/?q={quote('數字化轉型')}")
    assert _status(page, "找到")
    traditional = page.locator("#search-results li h3 a").all_inner_texts()
    page.goto(f"{base}search/?q={quote('数字化转型')}")
    assert _status(page, "找到")
    assert traditional and traditional == page.locator("#search-results li h3 a").all_inner_texts()
    assert "数字化转型" in page.locator("#search-results li h3 mark").all_inner_texts()


def test_on_a_phone_the_search_options_fold_until_one_is_used(browser: Browser, base: str) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, locale="zh-CN")
    page = context.new_page()
    page.goto(f"{base}search/?q={quote('银行')}")
    page.wait_for_selector("#search-results li", timeout=15000)
    assert page.locator("#search-options").get_attribute("open") is None
    assert not page.locator("#filter-publisher").is_visible()
    page.goto(f"{base}search/?q={quote('银行')}&topic={quote('保险')}")
    assert page.locator("#filter-topic").is_visible() and page.locator("#filter-topic").input_value() == "保险"
    context.close()


def test_without_javascript_the_search_page_says_so_and_offers_the_browse_links(browser: Browser, base: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base}search/")
    assert page.locator(".browse a[href='/repo/publishers/']").is_visible()
    assert "搜索需要浏览器启用 JavaScript" in page.locator(".browse").inner_text()
    context.close()


def test_feeds_page_gives_copyable_addresses_and_a_feed_opens_as_a_readable_page(page: Page, base: str) -> None:
    page.goto(f"{base}feeds/")
    assert not page.locator("#topics code.copy").first.is_visible(), "the per-topic list is folded"
    page.locator("#topics summary").click()
    addresses = [a for a in page.locator(".feed-list code.copy").all_inner_texts() if a]
    for name in ("feed.xml", "picks/feed.xml", "notes/feed.xml", "weeks/feed.xml", "topics/insurance/feed.xml"):
        assert f"https://example.github.io/repo/{name}" in addresses
    page.locator(".feed-list code.copy").first.click()
    assert page.evaluate("getSelection().toString()") == addresses[0]
    page.goto(f"{base}picks/feed.xml")
    assert page.locator("h1").inner_text().startswith("编辑精选")
    assert page.locator("li h2 a").count() == 2
    _shot(page, "feed-in-browser")


def test_an_empty_feed_opens_as_a_page_saying_it_has_no_items_yet(browser: Browser, tmp_path: Path) -> None:
    import shutil

    from tests.conftest import BASE_URL, ServedSite, copy_content, run_cli

    content = copy_content(tmp_path)
    shutil.rmtree(content / "commentary")
    built = run_cli("build", "--content", str(content), "--out", str(tmp_path / "site"), "--base-url", BASE_URL)
    assert built.returncode == 0, built.stderr
    served = ServedSite(tmp_path / "site")
    page = browser.new_page()
    try:
        page.goto(f"{served.base}notes/feed.xml")
        assert page.locator("h1").inner_text().startswith("编辑点评")
        assert page.locator("li").count() == 0
        assert "暂时还没有条目" in page.locator("body").inner_text()
    finally:
        page.close()
        served.close()


def test_the_e_mail_edition_fits_a_phone(browser: Browser, base: str) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    page.goto(f"{base}weeks/2023-w41/email.html")
    assert page.locator("h1").inner_text() == "2023年第41周"
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    assert page.evaluate("document.styleSheets.length") == 0, "mail clients drop stylesheets: every style is inline"
    _shot(page, "email-phone")
    context.close()


@pytest.mark.parametrize("path", ["", "topics/banking/", "publishers/deloitte/", "weeks/", "weeks/2023-w41/",
                                  "about/", "search/", "feeds/"])
def test_phone_width_has_no_horizontal_scroll(browser: Browser, base: str, path: str) -> None:
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    page.goto(base + path)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{path}: {overflow}px wider than the screen"
    nav = page.locator(".masthead nav li").all()
    assert len({round(item.bounding_box()["y"]) for item in nav}) == 1, "the navigation is one line"
    _shot(page, f"phone-{path.strip('/').replace('/', '-') or 'home'}")
    context.close()


def test_dark_mode_follows_the_system_setting(browser: Browser, base: str) -> None:
    colours = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme, viewport=DESKTOP)
        page = context.new_page()
        page.goto(base)
        colours[scheme] = page.evaluate("getComputedStyle(document.body).backgroundColor")
        _shot(page, f"home-{scheme}")
        context.close()
    assert colours["light"] != colours["dark"]
    red, green, blue = (int(c) for c in colours["dark"][4:-1].split(","))
    assert red + green + blue < 150


def test_keyboard_users_reach_the_skip_link_first_and_see_focus(page: Page, base: str) -> None:
    page.goto(base)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "跳到正文"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#main'", timeout=5000)  # the jump is not instant
    assert page.url.endswith("#main")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


@pytest.mark.parametrize("path", ["", "reports/", "publishers/", "publishers/deloitte/", "topics/insurance/",
                                  "weeks/", "months/", "search/", "feeds/", "about/", "404.html"])
def test_axe_finds_no_serious_or_critical_violations(page: Page, base: str, path: str) -> None:
    assert AXE.is_file(), "run .ci/run (npm install) to get axe-core"
    if path == "reports/":
        page.goto(base)
        path = page.locator("ol.reports a").first.get_attribute("href").removeprefix("/repo/")
    page.goto(base + path)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run().then(r => r.violations.map(v => [v.id, v.impact, v.nodes.length]))")
    serious = [v for v in result if v[1] in ("serious", "critical")]
    assert not serious, serious


def _search_titles(browser: Browser, site: Path, query: str) -> list[str]:
    from tests.conftest import ServedSite

    served = ServedSite(site)
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    try:
        page = context.new_page()
        page.goto(f"{served.base}search/?q={quote(query)}")
        _status(page, "找到")  # 找到 N 篇报告, or 没有找到匹配的报告
        return page.locator("#search-results li h3 a").all_inner_texts()
    finally:
        context.close()
        served.close()


def test_search_on_a_site_built_incrementally_finds_an_edited_note_as_on_a_fresh_build(
        browser: Browser, tmp_path: Path) -> None:
    """Issue 23: search on a site rebuilt after a commentary edit (the index's unchanged parts
    reused) answers Chinese queries exactly as a site built from scratch."""
    from tests.conftest import BASE_URL, copy_content, run_cli

    content, out = copy_content(tmp_path), tmp_path / "site"
    for _ in range(2):  # the second build reuses everything: then the edit
        assert run_cli("build", "--content", str(content), "--out", str(out), "--base-url", BASE_URL).returncode == 0
    note = content / "commentary" / "2023-10-third-party-payment.md"
    note.write_text(note.read_text(encoding="utf-8") + "\n另见数字人民币试点对收单机构的影响。\n", encoding="utf-8")
    assert run_cli("build", "--content", str(content), "--out", str(out), "--base-url", BASE_URL).returncode == 0
    fresh = tmp_path / "fresh"
    assert run_cli("build", "--content", str(content), "--out", str(fresh), "--base-url", BASE_URL).returncode == 0
    for query in ("数字人民币", "第三方支付", "银行"):
        incremental = _search_titles(browser, out, query)
        assert incremental == _search_titles(browser, fresh, query), query
    assert any("第三方支付" in title for title in _search_titles(browser, out, "数字人民币"))

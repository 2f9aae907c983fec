"""The built site: every page the brief names, links under a sub-path, feeds, determinism."""

from __future__ import annotations

import json
import re
import shutil
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.etree import ElementTree

import feedparser
import pytest

from generator import commentary, filecache, listings
from generator.build import build
from generator.diagnostics import Diagnostics
from generator.render import parallel
from generator.verify import verify
from tests.conftest import BASE_URL, CONTENT, ROOT, copy_content, run_cli

ATOM = "{http://www.w3.org/2005/Atom}"


def _pages(site: Path) -> list[Path]:
    """The site's web pages (an edition's email.html is made for mail clients)."""
    return sorted(p for p in site.rglob("*.html") if p.name != "email.html")


def test_the_site_has_every_page_kind(sample_site: Path, export_records: list[dict]) -> None:
    for name in ("index.html", "404.html", "sitemap.xml", "robots.txt", "feed.xml", "about/index.html",
                 "publishers/index.html", "topics/index.html", "weeks/index.html", "static/style.css",
                 "publishers/unattributed/index.html"):
        assert (sample_site / name).is_file(), name
    for record in export_records:
        assert (sample_site / record["url"] / "index.html").is_file()
    weeks = {p.parent.name for p in (sample_site / "weeks").glob("*/index.html")}
    assert weeks == {"2023-w39", "2023-w40", "2023-w41"}
    assert len(list((sample_site / "publishers").glob("*/feed.xml"))) >= 10
    assert len(list((sample_site / "topics").glob("*/feed.xml"))) >= 8


def test_home_shows_the_latest_edition_then_picks_then_latest_reports_each_once(sample_site: Path) -> None:
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    order = [home.index(marker) for marker in ('id=edition', 'id=picks', 'id=latest')]
    assert order == sorted(order)
    assert "2023年第41周" in home and "银行板块的拐点之辩" in home  # the edition's intro
    # A pick shows the report's own title, the editor's headline and the start of the note.
    assert "银行业：拐点已至否极泰来" in home and "银行板块拐点已至？读懂这份" in home
    assert "这份行业专题的核心判断是" in home
    links = re.findall(r'<h3><a href=/repo/reports/([^/>]+)/>', home)
    assert len(links) == 20 and len(set(links)) == 20, "every report once: picks are not listed again"


def test_every_internal_link_and_feed_checks_out_under_the_sub_path(sample_site: Path) -> None:
    assert verify(sample_site, BASE_URL) == []


def test_the_site_check_catches_a_broken_link(tmp_path: Path, sample_site: Path) -> None:
    copy = tmp_path / "site"
    shutil.copytree(sample_site, copy)
    shutil.rmtree(copy / "topics" / "insurance")
    problems = verify(copy, BASE_URL)
    assert any("/repo/topics/insurance/" in p for p in problems)
    assert verify(copy, "https://elsewhere.example/") != []


def test_every_page_links_its_feeds_for_autodiscovery(sample_site: Path) -> None:
    for page in _pages(sample_site):
        html = page.read_text(encoding="utf-8")
        assert 'rel=alternate type=application/rss+xml' in html, page
    term = (sample_site / "topics" / "insurance" / "index.html").read_text(encoding="utf-8")
    assert 'href=/repo/topics/insurance/feed.xml' in term


def test_term_pages_paginate_with_small_page_sizes(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    site_yaml = content / "site.yaml"
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8").replace("page_size: 50", "page_size: 2"),
                         encoding="utf-8")
    out = tmp_path / "site"
    assert run_cli("build", "--content", str(content), "--out", str(out)).returncode == 0
    banking = sorted(p.relative_to(out).as_posix() for p in (out / "topics" / "banking").rglob("index.html"))
    assert banking[0] == "topics/banking/index.html"
    assert "topics/banking/page/2/index.html" in banking
    count = len(banking)
    first = (out / "topics" / "banking" / "index.html").read_text(encoding="utf-8")
    assert f'href=/topics/banking/page/{count}/' in first
    listed = first[first.index('id=all-reports'):]
    assert len(re.findall(r'<li><h3>', listed)) == 2


def _feed(site: Path, name: str) -> ElementTree.Element:
    return ElementTree.parse(site / name).getroot()


def test_the_main_feed_is_rss_2_with_data_dates_and_permanent_guids(sample_site: Path,
                                                                    export_records: list[dict]) -> None:
    rss = _feed(sample_site, "feed.xml")
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    assert channel.findtext("language") == "zh-CN"
    self_link = channel.find(f"{ATOM}link[@rel='self']")
    assert self_link is not None and self_link.get("href") == BASE_URL + "feed.xml"
    items = channel.findall("item")
    assert 0 < len(items) <= 50
    dates = {r["id"]: r["date"] for r in export_records}
    seen = set()
    for item in items:
        guid = item.find("guid")
        assert guid.get("isPermaLink") == "false" and guid.text.startswith("urn:uuid:")
        assert guid.text not in seen
        seen.add(guid.text)
        published = parsedate_to_datetime(item.findtext("pubDate"))
        report_id = item.findtext("link").rstrip("/").rsplit("/", 1)[1]
        assert published.date().isoformat() == dates[report_id]
        assert published.utcoffset().total_seconds() == 8 * 3600
    assert parsedate_to_datetime(channel.findtext("lastBuildDate")).date().isoformat() == max(dates.values())
    pubs = [parsedate_to_datetime(i.findtext("pubDate")) for i in items]
    assert pubs == sorted(pubs, reverse=True), "newest first"


def test_a_report_has_the_same_guid_in_every_feed(sample_site: Path) -> None:
    guids: dict[str, set[str]] = {}
    for feed in sample_site.rglob("feed.xml"):
        for item in _feed(sample_site, feed.relative_to(sample_site).as_posix()).iter("item"):
            guids.setdefault(item.findtext("link"), set()).add(item.findtext("guid"))
    assert guids and all(len(g) == 1 for g in guids.values())


def test_feeds_read_cleanly_in_feedparser(sample_site: Path) -> None:
    for feed in sample_site.rglob("feed.xml"):
        parsed = feedparser.parse(feed.read_bytes())
        assert not parsed.bozo, (feed, parsed.get("bozo_exception"))
        assert parsed.entries and all(e.id and e.title and e.published_parsed for e in parsed.entries)
    main = feedparser.parse((sample_site / "feed.xml").read_bytes())
    assert any("银行" in e.title for e in main.entries)


def _guids(site: Path) -> dict[str, str]:
    rss = _feed(site, "feed.xml")
    return {i.findtext("title"): i.findtext("guid") for i in rss.iter("item")}


def test_guids_and_ids_survive_new_listings_and_a_new_base_url(tmp_path: Path, sample_site: Path) -> None:
    content = copy_content(tmp_path)
    extra = ("  • 中信证券:2024年银行业投资策略(30页).pdf\n\n    银行业展望。\n\n"
             "    浏览量3人已浏览 发布时间2023-10-13 30页 推荐指数5星级\n")
    (content / "listings" / "001_extra.txt").write_text(extra, encoding="utf-8")
    out = tmp_path / "site"
    assert run_cli("build", "--content", str(content), "--out", str(out),
                   "--base-url", "https://digest.example.com/").returncode == 0
    before, after = _guids(sample_site), _guids(out)
    assert len(after) == len(before) + 1
    assert all(after[title] == guid for title, guid in before.items())


def test_identical_input_gives_byte_identical_output(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"site-{seed}"
        result = run_cli("build", "--content", str(CONTENT), "--out", str(out), env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        # Everything in the output directory is compared: the build cache lives elsewhere.
        outputs.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert outputs[0] == outputs[1]


def test_a_content_directory_with_only_listings_builds_with_defaults(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT / "listings", content / "listings")
    out = tmp_path / "site"
    result = run_cli("build", "--content", str(content), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert len(list((out / "reports").glob("*/index.html"))) == 20
    assert (out / "topics" / "banking" / "index.html").is_file()
    assert "研报精选" in (out / "index.html").read_text(encoding="utf-8")


def test_strict_turns_warnings_into_a_failure(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    (content / "listings" / "002_broken.txt").write_text("  • 一份没有元信息的报告(3页).pdf\n\n    正文\n",
                                                         encoding="utf-8")
    relaxed = run_cli("check", "--content", str(content))
    assert relaxed.returncode == 0
    assert "002_broken.txt:1: warning:" in relaxed.stderr
    assert "read 1, published 0, merged 0, rejected 1" in relaxed.stderr
    assert run_cli("check", "--strict", "--content", str(content)).returncode == 1


@pytest.mark.parametrize("out", ["/", "content", "."])
def test_build_refuses_dangerous_output_directories(out: str) -> None:
    result = run_cli("build", "--out", out)
    assert result.returncode == 2 and "refusing" in result.stderr


def test_build_refuses_to_replace_a_directory_it_did_not_build(tmp_path: Path) -> None:
    foreign = tmp_path / "docs"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me", encoding="utf-8")
    result = run_cli("build", "--out", str(foreign))
    assert result.returncode == 2
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_export_is_json_lines_with_one_report_a_line() -> None:
    result = run_cli("export")
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and len(lines) == 20
    assert all(json.loads(line)["id"] for line in lines)


def test_related_reports_share_a_publisher_or_topic(sample_site: Path, export_records: list[dict]) -> None:
    terms = {r["id"]: set(r["publishers"]) | set(r["topics"]) for r in export_records}
    listed = 0
    for report_id, own in terms.items():
        page = (sample_site / "reports" / report_id / "index.html").read_text(encoding="utf-8")
        block = re.search(r'<section class=related(.*?)</section>', page, re.S)
        related = re.findall(r'href=/repo/reports/([^/>]+)/>', block.group(1)) if block else []
        assert len(related) <= 4 and report_id not in related and len(set(related)) == len(related)
        for other in related:
            assert own & terms[other], f"{other} shares no publisher or topic with {report_id}"
        sharing = [other for other, theirs in terms.items() if other != report_id and own & theirs]
        assert bool(related) == bool(sharing), report_id
        listed += len(related)
    assert listed > 0


def test_a_parallel_build_writes_the_same_site(sample_site: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Forked workers read and render only from thousands of pages on; made to work on the
    sample, they must write the very bytes one process writes."""
    monkeypatch.setattr(parallel, "WORKERS", 2)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel, "CHUNK", 7)
    monkeypatch.setattr(filecache, "WORKERS", 2)
    monkeypatch.setattr(listings, "PARALLEL_FROM_BYTES", 0)
    monkeypatch.setattr(commentary, "PARALLEL_FROM_NOTES", 1)
    out = tmp_path / "site"
    assert build(CONTENT, out, BASE_URL, Diagnostics(root=CONTENT)) is not None

    def files(root: Path) -> dict[Path, bytes]:
        return {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}

    assert files(out) == files(sample_site)


def test_a_list_entry_that_fails_in_a_parallel_build_names_its_template_line(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """List entries are made by the workers before the pages when the build is parallel; a
    template error there is reported like any other, with its file and line."""
    monkeypatch.setattr(parallel, "WORKERS", 2)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    entry = templates / "partials" / "entry.html"
    entry.write_text(entry.read_text(encoding="utf-8").replace("{{ report.clean_title | headline }}", "{{ 1 // 0 }}", 1),
                     encoding="utf-8")
    with pytest.raises(parallel.RenderError, match=r"entry\.html:\d+: error: rendering the list entry of report "
                                                   r"\w+ failed: ZeroDivisionError"):
        build(CONTENT, tmp_path / "site", BASE_URL, Diagnostics(root=CONTENT), templates=templates)


def test_a_week_page_is_an_edition_intro_then_notes_then_topics_then_every_report(sample_site: Path) -> None:
    page = (sample_site / "weeks" / "2023-w41" / "index.html").read_text(encoding="utf-8")
    order = [page.index(marker) for marker in ("银行板块的拐点之辩", 'id=notes', "开门红是寿险公司一年里最重要的营销节点",
                                               'id=by-topic', 'id=all-reports')]
    assert order == sorted(order)
    listed = re.findall(r'href=/repo/reports/([^/>]+)/>', page[page.index('id=all-reports'):])
    assert len(listed) == 7, "the edition still lists every report of the week"
    index = (sample_site / "weeks" / "index.html").read_text(encoding="utf-8")
    assert "银行板块的拐点之辩" in index and "国庆长假前后的一周" in index  # every edition's intro


def test_the_e_mail_edition_is_inline_styled_html_and_plain_text_with_absolute_links(sample_site: Path) -> None:
    html = (sample_site / "weeks" / "2023-w41" / "email.html").read_text(encoding="utf-8")
    assert "stylesheet" not in html and "<style" not in html and "class=" not in html
    assert '<meta name="robots" content="noindex">' in html, "the web page, not its e-mail copy, is what search finds"
    assert 'role="presentation"' in html and "开门红是寿险公司一年里最重要的营销节点" in html
    assert not re.findall(r'href="/', html), "links work from a mail client"
    text = (sample_site / "weeks" / "2023-w41" / "email.txt").read_text(encoding="utf-8")
    assert "<" not in text and "&amp;" not in text
    assert "【精选】保险行业最新观点：我们为什么看好2024年寿险开门红" in text
    assert f"{BASE_URL}weeks/2023-w41/" in text and "银保渠道“报行合一”后费用更透明" in text


def test_every_page_has_what_a_share_preview_reads_and_nothing_it_does_not(sample_site: Path) -> None:
    """Previews (Facebook, Slack, Telegram, X) read og:title, og:description and og:site_name;
    X draws its summary card from og:type, og:title and og:description when twitter:card is
    absent, and the shared address is the page's own (its canonical link says so). Tags no
    preview shows would cost every page their bytes."""
    for page in _pages(sample_site):
        html = page.read_text(encoding="utf-8")
        for tag in ("property=og:title", "property=og:description", "property=og:type", "property=og:site_name",
                    "rel=canonical"):
            assert tag in html, (page, tag)
        for tag in ("og:url", "twitter:card", "og:locale", "application/ld+json"):
            assert tag not in html, (page, tag)
    report = next((sample_site / "reports").glob("*/index.html")).read_text(encoding="utf-8")
    assert 'property=og:type content="article"' in report
    title = re.search(r"<h1>([^<]*)</h1>", report).group(1)
    assert f'property=og:title content="{title}"' in report, "the site's name is og:site_name's, not the title's"


def test_dates_are_written_one_way_across_the_site(sample_site: Path) -> None:
    # Dates in <time>, and the date that starts each list entry's line (bare there: it is
    # repeated on nine lists per report).
    dated = re.compile(r"<time[^>]*>([^<]*)</time>|<li><h3>.*?</h3><p>([^ <]*)")
    shown = [a or b for page in _pages(sample_site) for a, b in dated.findall(page.read_text("utf-8"))]
    assert len(shown) > 100 and all(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in shown), set(shown)
    week = (sample_site / "weeks" / "2023-w41" / "index.html").read_text(encoding="utf-8")
    assert "2023-10-09</time> 至 <time" in week


def test_a_report_links_its_original_once_as_a_button_not_a_raw_address(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "listings").mkdir(parents=True)
    line = ('{"title": "中信证券:2024年银行业投资策略(30页).pdf", "date": "%s", "publisher": "中信证券", '
            '"url": "https://reports.example.com/r/1"}')
    (content / "listings" / "a.jsonl").write_text("\n".join(line % d for d in ("2023-10-13", "2023-10-14")) + "\n",
                                                  encoding="utf-8")
    out = tmp_path / "site"
    assert run_cli("build", "--content", str(content), "--out", str(out)).returncode == 0
    page = next((out / "reports").glob("*/index.html")).read_text(encoding="utf-8")
    assert re.findall(r'<a class=button href="([^"]+)"[^>]*>([^<]+)</a>', page) == [
        ("https://reports.example.com/r/1", "阅读原文")]
    assert page.count("https://reports.example.com/r/1") == 1, "the address is a link, never printed"


def test_a_target_price_reads_as_a_price_not_as_a_float() -> None:
    from datetime import date

    from generator.config import SiteConfig
    from generator.model import Report, ReportFacts
    from generator.render.html import make_environment, render_page
    from generator.render.urls import Urls

    site = SiteConfig()
    env = make_environment(ROOT / "templates", site, Urls(site.base_url), {
        "taxonomies": (), "pages": [], "term_slugs": {"publishers": {}, "topics": {}}})
    shown = []
    for price in (420.0, 21.4, 2150.0, 8.05):
        report = Report(id="abc123", title="腾讯控股点评", clean_title="腾讯控股点评", publishers=[], topics=[],
                        date=date(2023, 11, 15), report_date=None, pages=None, views=None, excerpt="",
                        attribution="title", facts=ReportFacts(target_price=price))
        page = render_page(env, "report.html", "reports/abc123/index.html", {"report": report, "related": []}).decode()
        shown.append(re.search(r"<dt>目标价<dd>([^<]*)<", page).group(1))
    assert shown == ["420", "21.4", "2,150", "8.05"]
    for currency, written in (("HKD", "8.05 港元"), ("CNY", "8.05 元"), ("USD", "8.05 美元"), ("INR", "8.05 印度卢比")):
        report.facts.target_currency = currency
        page = render_page(env, "report.html", "reports/abc123/index.html", {"report": report, "related": []}).decode()
        assert re.search(r"<dt>目标价<dd>([^<]*)<", page).group(1) == written


def test_every_currency_a_target_is_read_in_has_a_name_on_the_page() -> None:
    """The readers give a target price's currency as an ISO code (model.CURRENCY_WORDS); a code the page has no name for
    failed the render of the report's page, and with it the build (an Indian note's `TP of INR2500`)."""
    from generator.model import CURRENCY_NAMES, CURRENCY_WORDS, currency_in

    given = {currency_in(written, "") for written in ("INR2500", "IDR3,100", "VND53,700", "THB 30", "RM5.20",
                                                      "PHP 10", "S$1.20", "NT$ 35", "HK$16.65", "US$12", "人民币12")}
    assert None not in given
    assert given <= set(CURRENCY_NAMES)
    assert set(CURRENCY_WORDS) - {"YUAN"} == set(CURRENCY_NAMES)


def test_a_report_with_known_facts_shows_rating_type_and_analysts_and_its_list_entry_the_rating() -> None:
    """Facts come from listings and report texts (ReportFacts); where known, the page and
    every list show them; the people a bank's or an institute's report credits are its authors."""
    from datetime import date

    from generator.config import SiteConfig
    from generator.model import Report, ReportFacts, Security
    from generator.render.html import make_environment, render_page
    from generator.render.urls import Urls

    site = SiteConfig()
    env = make_environment(ROOT / "templates", site, Urls(site.base_url), {
        "taxonomies": (), "pages": [], "term_slugs": {"publishers": {"中信证券": "citic", "交通银行": "bocom"},
                                                      "topics": {"银行": "banking"}}, "analyst_houses": ["中信证券"]})
    facts = ReportFacts(rating="买入", rating_change="维持", target_price=12.5, analysts=["张三", "李四"],
                        securities=[Security("招商银行", "600036.SH")], report_type="个股")
    report = Report(id="abc123", title="中信证券:招商银行深度报告(30页).pdf", clean_title="招商银行深度报告",
                    publishers=["中信证券"], topics=["银行"], date=date(2023, 10, 12), report_date=None, pages=30,
                    views=None, excerpt="零售之王的护城河。", attribution="title", facts=facts)
    page = render_page(env, "report.html", "reports/abc123/index.html", {"report": report, "related": []}).decode()
    facts_text = re.sub(r"<[^>]+>", "", page[page.index('<dl class=facts'):page.index("</dl>")])
    for expected in ("评级买入（维持）", "目标价12.5", "标的招商银行（600036.SH）", "分析师张三、李四", "类型个股", "页数30 页"):
        assert expected in facts_text, facts_text
    assert "源站浏览" not in facts_text, "no view count when the source shows none"
    entry = str(env.filters["item"](report))
    assert '<span class=rating>买入</span>' in entry and entry.endswith("<p>2023-10-12 · 中信证券 · 个股 · 30页<p>零售之王的护城河。")
    # On a report page's related list the entry is its head alone: title, badges, date and publishers.
    head = str(env.filters["entry"](report))
    assert entry.startswith(head) and head.endswith("</h3><p>2023-10-12 · 中信证券")
    # A bank's report credits its authors, not analysts (round 60's `交通银行首席经济学家连平`).
    report.publishers = ["交通银行"]
    page = render_page(env, "report.html", "reports/abc123/index.html", {"report": report, "related": []}).decode()
    assert "<dt>作者<dd>张三、李四" in page and "分析师" not in page


def test_a_list_entry_shows_the_start_of_the_excerpt_and_a_report_without_one_shows_none() -> None:
    """List pages show what a report says (issue 18): the excerpt's start in a paragraph after
    the entry's line, cut to 30 characters; nothing where the text gave no excerpt. The source's
    view count is left to the report's page (every byte of an entry is paid on four lists)."""
    from datetime import date

    from generator.config import SiteConfig
    from generator.model import Report
    from generator.render.html import make_environment
    from generator.render.urls import Urls

    site = SiteConfig()
    env = make_environment(ROOT / "templates", site, Urls(site.base_url), {
        "taxonomies": (), "pages": [], "term_slugs": {"publishers": {}, "topics": {}}})
    said = Report(id="a1", title="银行业:拐点已至(17页).pdf", clean_title="银行业：拐点已至", publishers=["长城证券"],
                  topics=[], date=date(2023, 10, 7), report_date=None, pages=17, views=10,
                  excerpt="息差下行最陡的阶段已经过去，存款挂牌利率多轮下调、存量按揭利率调整一次性落地之后，负债端成本的改善会在2024年逐步兑现。",
                  attribution="title")
    entry = str(env.filters["item"](said))
    assert entry.endswith("<p>2023-10-07 · 长城证券 · 17页<p>息差下行最陡的阶段已经过去，存款挂牌利率多轮下调、存量按揭…")
    assert len(entry.rpartition("<p>")[2]) == 30 and "源站浏览" not in entry
    silent = Report(id="a2", title="银行业:封面(17页).pdf", clean_title="银行业：封面", publishers=[], topics=[],
                    date=date(2023, 10, 7), report_date=None, pages=None, views=None, excerpt="", attribution="none")
    assert str(env.filters["item"](silent)).endswith("</h3><p>2023-10-07 · 未署名")


def test_a_list_entrys_excerpt_start_is_as_wide_in_english_and_ends_at_a_words_end() -> None:
    """The 30 characters are Chinese characters' room: an English excerpt's start holds about twice as many letters
    and ends where a word does (round 61's pages on China's banks showed `Risks to the stability of Chi…`), and a
    Chinese one is not cut inside a number (`…净利润34.0…` for 34.08)."""
    from generator.config import SiteConfig
    from generator.render.html import make_environment
    from generator.render.urls import Urls

    site = SiteConfig()
    teaser = make_environment(ROOT / "templates", site, Urls(site.base_url), {
        "taxonomies": (), "pages": [], "term_slugs": {"publishers": {}, "topics": {}}}).filters["teaser"]
    english = "Risks to the stability of China’s financial system have increased as the property sector’s woes deepen."
    assert teaser(english, 30) == "Risks to the stability of China’s financial system have…"
    assert teaser("Fitch Ratings is optimistic about the operating environment.", 30) == (
        "Fitch Ratings is optimistic about the operating…")
    chinese = "中信证券发表评级报告指，港交所(0388.HK)首季归母净利润为12345.678亿港元，超预期。"
    assert teaser(chinese, 30) == "中信证券发表评级报告指，港交所(0388.HK)首季归母净利润为…"
    assert teaser("短短一句。", 30) == "短短一句。"


def _published(site: Path) -> tuple[int, int]:
    sizes = [path.stat().st_size for path in site.rglob("*") if path.is_file()]
    return len(sizes), sum(sizes)


def test_the_closing_count_is_every_file_published_the_search_index_included(tmp_path: Path) -> None:
    """The closing line (and the warning near Pages' 1 GB) count what a deploy publishes,
    the search index's files as any other."""
    content, site = copy_content(tmp_path), tmp_path / "site"
    first = build(content, site, BASE_URL, Diagnostics(root=content))
    assert first is not None and (site / "search" / "data" / "manifest.json").is_file()
    assert (first.files, first.size) == _published(site)
    note = sorted((content / "commentary").glob("*.md"))[0]
    note.write_text(note.read_text(encoding="utf-8") + "\n又一段点评。\n", encoding="utf-8")
    again = build(content, site, BASE_URL, Diagnostics(root=content))
    assert again is not None and again.rewritten > 0
    assert (again.files, again.size) == _published(site)

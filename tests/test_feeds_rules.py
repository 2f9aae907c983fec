"""The rules of RSS 2.0, Atom 1.0, JSON Feed 1.1 and OPML that readers rely on."""

from __future__ import annotations

import json
import re
import shutil
import time
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.etree import ElementTree

import feedparser

from tests.conftest import BASE_URL, copy_content, run_cli

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT_NS = "{http://purl.org/rss/1.0/modules/content/}"
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$")


def test_atom_feed_has_ids_dates_and_self_link(sample_site: Path) -> None:
    feed = ElementTree.parse(sample_site / "atom.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}id").startswith("urn:uuid:")
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == BASE_URL + "atom.xml"
    assert RFC3339.match(feed.findtext(f"{ATOM}updated"))
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 20
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids)
    updated = [datetime.fromisoformat(e.findtext(f"{ATOM}updated")) for e in entries]
    assert updated == sorted(updated, reverse=True) and len(set(updated)) == len(updated)
    commented = [e for e in entries if e.find(f"{ATOM}content") is not None]
    assert commented and all(e.find(f"{ATOM}content").get("type") == "html" for e in commented)
    assert all(e.find(f"{ATOM}summary") is not None for e in entries)


def test_rss_carries_commentary_in_content_encoded_and_a_summary_in_description(sample_site: Path) -> None:
    parsed = feedparser.parse((sample_site / "feed.xml").read_bytes())
    with_content = [e for e in parsed.entries if "content" in e]
    assert with_content, "commentary goes to content:encoded"
    assert all(e.summary for e in parsed.entries)
    assert any("息差下行最陡的阶段已经过去" in e.content[0].value for e in with_content)


def test_json_feed_follows_version_1_1(sample_site: Path) -> None:
    feed = json.loads((sample_site / "feed.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == BASE_URL + "feed.json" and feed["home_page_url"] == BASE_URL
    assert feed["language"] == "zh-CN" and feed["title"]
    rss_guids = [e.id for e in feedparser.parse((sample_site / "feed.xml").read_bytes()).entries]
    assert [item["id"] for item in feed["items"]] == rss_guids
    for item in feed["items"]:
        assert isinstance(item["id"], str) and item["url"].startswith(BASE_URL)
        assert ("content_html" in item) != ("content_text" in item)
        assert RFC3339.match(item["date_published"])


def test_opml_lists_every_feed_of_the_site(sample_site: Path) -> None:
    opml = ElementTree.parse(sample_site / "feeds.opml").getroot()
    listed = {o.get("xmlUrl") for o in opml.iter("outline") if o.get("type") == "rss"}
    built = {BASE_URL + p.relative_to(sample_site).as_posix() for p in sample_site.rglob("feed.xml")}
    assert listed == built


def test_a_page_lists_the_feeds_for_humans(sample_site: Path) -> None:
    page = (sample_site / "feeds" / "index.html").read_text(encoding="utf-8")
    for name in ("feed.xml", "atom.xml", "feed.json", "feeds.opml", "topics/insurance/feed.xml"):
        assert f'href=/repo/{name}' in page


def test_feeds_stay_well_formed_whatever_the_titles_contain(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    hostile = "<script>alert(1)</script> & ]]> \u202e反转\u200b \x07 标题"
    (content / "listings" / "009_hostile.txt").write_text(
        f"  • 某某证券:{hostile}(3页).pdf\n\n    ]]> <b>预览</b> & 正文\x0b。\n\n"
        "    浏览量1人已浏览 发布时间2023-10-14 3页 推荐指数5星级\n", encoding="utf-8")
    (content / "commentary" / "hostile.md").write_text(
        f"---\nreport: \"某某证券:{hostile.replace(chr(7), '')}(3页).pdf\"\n---\n点评 ]]> 与 <b>粗体</b> & 符号\n",
        encoding="utf-8")
    out = tmp_path / "site"
    result = run_cli("build", "--content", str(content), "--out", str(out), "--base-url", BASE_URL)
    assert result.returncode == 0, result.stderr
    for name in ("feed.xml", "atom.xml"):
        root = ElementTree.parse(out / name).getroot()
        titles = [t.text for t in root.iter() if t.tag in ("title", f"{ATOM}title")]
        assert any(t and "<script>alert(1)</script> & ]]>" in t for t in titles)
        assert not any(t and ("\u202e" in t or "\u200b" in t or "\x07" in t) for t in titles)
        assert not feedparser.parse((out / name).read_bytes()).bozo
    json.loads((out / "feed.json").read_text(encoding="utf-8"))


def _rss_items(path: Path) -> list[ElementTree.Element]:
    return ElementTree.parse(path).getroot().findall("channel/item")


def test_every_rss_feed_names_a_stylesheet_a_browser_shows_and_links_the_site_page(sample_site: Path) -> None:
    ElementTree.parse(sample_site / "static" / "feed.xsl")  # well-formed
    for feed in sample_site.rglob("feed.xml"):
        head = feed.read_bytes()[:200].decode("utf-8")
        assert '<?xml-stylesheet type="text/xsl" href="/repo/static/feed.xsl"?>' in head, feed
        link = ElementTree.parse(feed).getroot().findtext("channel/link")
        assert not link.endswith(".xml"), f"{feed}: the channel links the site, not itself"


def test_the_picks_feed_carries_the_picks_under_their_report_guids(sample_site: Path) -> None:
    main = {item.findtext("guid"): item.findtext("title") for item in _rss_items(sample_site / "feed.xml")}
    picks = _rss_items(sample_site / "picks" / "feed.xml")
    assert {item.findtext("title") for item in picks} == {"保险行业最新观点：我们为什么看好2024年寿险开门红",
                                                          "银行业：拐点已至否极泰来"}
    assert all(main[item.findtext("guid")] == item.findtext("title") for item in picks)


def test_the_commentary_feed_has_an_item_per_note_dated_by_the_note(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    note = content / "commentary" / "2023-10-deloitte-bank-review.md"
    note.write_text(note.read_text(encoding="utf-8").replace("---\n德勤", "date: 2023-11-02\n---\n德勤", 1),
                    encoding="utf-8")
    out = tmp_path / "site"
    assert run_cli("build", "--content", str(content), "--out", str(out), "--base-url", BASE_URL).returncode == 0
    items = _rss_items(out / "notes" / "feed.xml")
    assert len(items) == len(list((content / "commentary").glob("*.md")))
    main_guids = {item.findtext("guid") for item in _rss_items(out / "feed.xml")}
    assert not main_guids & {item.findtext("guid") for item in items}, "a note is an item of its own"
    newest = items[0]
    assert newest.findtext("title") == "点评：中国银行业2023年上半年发展回顾与展望报告"
    assert parsedate_to_datetime(newest.findtext("pubDate")).date().isoformat() == "2023-11-02"
    assert newest.findtext("link").endswith("/#commentary")
    assert "上市银行业绩拆解" in newest.findtext(f"{CONTENT_NS}encoded")
    dates = [parsedate_to_datetime(item.findtext("pubDate")) for item in items]
    assert dates == sorted(dates, reverse=True)
    assert not feedparser.parse((out / "notes" / "feed.xml").read_bytes()).bozo


def test_the_editions_feed_has_an_item_a_week_with_its_intro_and_notes(sample_site: Path) -> None:
    items = _rss_items(sample_site / "weeks" / "feed.xml")
    # Every week with an intro or a note is an edition (2023-W39 has a note and no intro).
    assert [item.findtext("link") for item in items] == [f"{BASE_URL}weeks/2023-w{n}/" for n in (41, 40, 39)]
    latest = items[0].findtext(f"{CONTENT_NS}encoded")
    assert "银行板块的拐点之辩" in latest and "开门红是寿险公司一年里最重要的营销节点" in latest
    guids = [item.findtext("guid") for item in items]
    assert len(set(guids)) == 3 and all(g.startswith("urn:uuid:") for g in guids)
    assert not feedparser.parse((sample_site / "weeks" / "feed.xml").read_bytes()).bozo


def test_an_empty_feed_is_dated_by_the_sites_newest_report_not_the_build_clock(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    shutil.rmtree(content / "commentary")
    shutil.rmtree(content / "editions")
    main = ElementTree.parse(_built(content, tmp_path / "a") / "feed.xml").getroot().find("channel")
    newest = max(parsedate_to_datetime(item.findtext("pubDate")).date().isoformat() for item in main.findall("item"))
    time.sleep(1.1)  # a feed dated by the clock would now say another second
    second = _built(content, tmp_path / "b")
    for name in ("picks/feed.xml", "notes/feed.xml", "weeks/feed.xml"):
        channel = ElementTree.parse(tmp_path / "a" / name).getroot().find("channel")
        assert not channel.findall("item"), name
        assert parsedate_to_datetime(channel.findtext("lastBuildDate")).date().isoformat() == newest, name
        assert (tmp_path / "a" / name).read_bytes() == (second / name).read_bytes(), name


def _built(content: Path, out: Path) -> Path:
    result = run_cli("build", "--content", str(content), "--out", str(out), "--base-url", BASE_URL)
    assert result.returncode == 0, result.stderr
    return out

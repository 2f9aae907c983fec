"""Broken and hostile content: clear messages, nothing lost, nothing injected, nothing outside."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import CONTENT, ROOT, copy_content, exported, run_cli

META = "    浏览量{views}人已浏览 发布时间{date} 12页 推荐指数5星级\n"


def item(title: str, preview: str = "正文。", views: str = "5", date: str = "2023-10-01") -> str:
    return f"  • {title}\n\n    {preview}\n\n" + META.format(views=views, date=date)


@pytest.fixture
def broken_content(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    listings = content / "listings"
    listings.mkdir(parents=True)
    (listings / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (listings / "undecodable.txt").write_bytes(item("中信证券:好报告(3页).pdf").encode("utf-8") + b"\x80\x80\xff")
    (listings / "empty.txt").write_bytes(b"")
    cut = item("中信证券:完整的一份(3页).pdf") + "  • 中信证券:被截断的一份(4页).pdf\n\n    正文写到一半"
    (listings / "cut.txt").write_text(cut, encoding="utf-8")
    (listings / "meta.txt").write_text(
        item("华泰证券:日期不存在(3页).pdf", date="2023-02-30")
        + item("华泰证券:浏览量荒谬(3页).pdf", views="9" * 5000)
        + "  • 华泰证券:元信息坏了(3页).pdf\n\n    正文\n\n    浏览量很多人已浏览 发布时间昨天\n"
        + item("华泰证券:" + "很长的标题" * 1000 + "(3页).pdf")
        + item("华泰证券:罕用字𠀀𪚥𫝀报告(3页).pdf", preview="𠀀𪚥 正文。"),
        encoding="utf-8")
    (listings / "gbk.txt").write_bytes(item("国信证券:GBK编码的报告(5页).pdf").encode("gb18030"))
    (listings / "utf16.txt").write_bytes(item("国金证券:UTF-16编码的报告(5页).pdf").encode("utf-16"))
    (listings / "bom-crlf.txt").write_bytes(
        ("\ufeff" + item("东吴证券:带BOM与CRLF的报告(5页).pdf")).replace("\n", "\r\n").encode("utf-8"))
    return content


def test_broken_listings_give_one_clear_message_each_and_the_rest_builds(broken_content: Path,
                                                                        tmp_path: Path) -> None:
    result = run_cli("build", "--content", str(broken_content), "--out", str(tmp_path / "site"))
    err = result.stderr
    assert result.returncode == 0, err
    assert "Traceback" not in err
    assert re.search(r"binary\.txt: warning: binary data", err)
    assert re.search(r"undecodable\.txt: warning: 3 undecodable byte\(s\), the first on line 6 .*re-save", err)
    assert re.search(r"empty\.txt: warning: no listing items", err)
    assert re.search(r"cut\.txt:6: warning: .*被截断的一份.*ends mid-item", err)
    assert re.search(r"meta\.txt:5: warning: item '华泰证券:日期不存在\(3页\)\.pdf': impossible publish date '2023-02-30'",
                     err)
    assert re.search(r"meta\.txt:10: warning: item '华泰证券:浏览量荒谬\(3页\)\.pdf': absurd view count 9{20}…; kept", err)
    assert re.search(r"meta\.txt:11: warning: its meta line, 4 line\(s\) below, is malformed", err)
    assert re.search(r"meta\.txt:16: warning: title of [\d,]+ characters shortened", err)
    assert run_cli("build", "--strict", "--content", str(broken_content),
                   "--out", str(tmp_path / "strict")).returncode == 1


def test_nothing_is_lost_read_equals_published_merged_and_rejected(broken_content: Path) -> None:
    result = run_cli("check", "--content", str(broken_content))
    counts = {m[0]: tuple(map(int, m[1:])) for m in re.findall(
        r"listings/([\w-]+\.txt): read (\d+), published (\d+), merged (\d+), rejected (\d+)", result.stderr)}
    assert counts["cut.txt"] == (2, 1, 0, 1)
    assert counts["meta.txt"] == (5, 3, 0, 2)  # an absurd view count is a warning: the item stays
    for read, published, merged, rejected in counts.values():
        assert read == published + merged + rejected
    titles = {r["clean_title"] for r in exported(broken_content)[0]}
    expected = {"好报告", "GBK编码的报告", "UTF-16编码的报告", "带BOM与CRLF的报告", "完整的一份", "罕用字𠀀𪚥𫝀报告"}
    assert expected <= titles
    assert sum(c[1] for c in counts.values()) == len(titles)


def test_characters_outside_the_bmp_survive_to_the_page(broken_content: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert run_cli("build", "--content", str(broken_content), "--out", str(out)).returncode == 0
    pages = "".join(p.read_text(encoding="utf-8") for p in (out / "reports").rglob("*.html"))
    assert "罕用字𠀀𪚥𫝀报告" in pages


HOSTILE_TITLE = '<img src=x onerror=alert(1)>证券:<script>alert("t")</script>\u202e报告\u200b(3页).pdf'
HOSTILE_MARKDOWN = """正常的 **强调**、[链接](https://example.com)、`代码`。

<script>alert('s')</script><iframe src="https://evil.example"></iframe>
<form action="https://evil.example"><input name=x></form>
<a href="javascript:alert('j')">js</a> <a href="data:text/html,<script>alert(1)</script>">data</a>
<p onclick="alert('c')" style="position:fixed">点击</p> <img src=x onerror="alert('i')">
<svg onload=alert('v')></svg>

| 表头 | 值 |
|---|---|
| a | b |

> 引用
"""


def test_scraped_and_editor_text_cannot_inject_anything(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    (content / "listings" / "hostile.txt").write_text(
        item(HOSTILE_TITLE, preview="<script>alert('p')</script> 请务必阅读 javascript:alert(1) 正文。"),
        encoding="utf-8")
    (content / "commentary" / "hostile.md").write_text(
        "---\nreport: 普华永道:2023年半年度中国银行业回顾与展望报告\n---\n" + HOSTILE_MARKDOWN, encoding="utf-8")
    out = tmp_path / "site"
    result = run_cli("build", "--content", str(content), "--out", str(out))
    assert result.returncode == 0, result.stderr
    everything = "\n".join(p.read_text(encoding="utf-8") for p in out.rglob("*")
                           if p.suffix in {".html", ".xml", ".opml"})
    feed = json.loads((out / "feed.json").read_text(encoding="utf-8"))
    for entry in feed["items"]:  # JSON Feed titles and summaries are plain text; only HTML matters
        assert "<script" not in entry.get("content_html", "") and "javascript:" not in entry.get("content_html", "")
    for needle in ("<iframe", "evil.example", 'href="javascript:', 'href="data:', "style=\"position",
                   "\u202e", "\u200b", "alert('s')</script>", '<script>alert("t")'):
        assert needle not in everything, needle
    for page in out.rglob("*.html"):
        for tag in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find_all(True):
            if tag.name == "script":  # only our own: JSON-LD data and the search page's module
                assert tag.get("type") == "application/ld+json" or tag.get("src", "").endswith("static/search.js")
                assert "<" not in tag.get_text(), "JSON-LD escapes markup"
                continue
            if tag.name == "svg":  # only our own charts
                assert "chart" in tag.get("class", []), page
                continue
            if tag.name in {"form", "input", "select", "option"}:  # only the search page's own form
                assert page.parent.name == "search", page
                continue
            assert tag.name not in {"iframe", "object", "embed"}, page
            # The e-mail edition sets its own look inline (mail clients drop stylesheets); the
            # `style="position` search above finds an editor's style smuggled in among them.
            inline_ok = page.name == "email.html"
            assert not [a for a in tag.attrs if a.startswith("on") or (a == "style" and not inline_ok)], (page, tag)
            for attribute in ("href", "src"):
                assert not str(tag.get(attribute, "")).strip().lower().startswith(("javascript:", "data:"))
    commentary = (out / "index.html").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in (out / "reports").rglob("*.html"))
    for kept in ("<strong>强调</strong>", '<a href="https://example.com"', "<code>代码</code>", "<table>",
                 "<blockquote>"):
        assert kept in commentary, kept
    assert "&lt;script&gt;alert" in everything, "scraped markup is shown as text, escaped"


def test_a_publisher_name_cannot_escape_the_output_directory(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    (content / "listings" / "escape.txt").write_text(
        item("../../outside证券:越界的报告(3页).pdf") + item("CON证券:设备名(3页).pdf")
        + item("..证券:点点(3页).pdf"), encoding="utf-8")
    out = tmp_path / "build" / "site"
    before = {p for p in tmp_path.rglob("*") if "build" not in p.parts}
    cache = tmp_path / "build" / "cache"
    assert run_cli("build", "--content", str(content), "--out", str(out), "--cache", str(cache)).returncode == 0
    after = {p for p in tmp_path.rglob("*") if "build" not in p.parts}
    assert after == before
    slugs = [p.name for p in (out / "publishers").iterdir() if p.is_dir()]
    assert len(slugs) == len(set(slugs))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s) for s in slugs)
    assert "con" not in slugs


def test_an_interrupted_build_leaves_the_previous_site_intact(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    big = "".join(item(f"中信证券:第{i}份批量生成的报告(3页).pdf", date=f"2022-{i % 12 + 1:02d}-{i % 28 + 1:02d}")
                  for i in range(4000))
    out = tmp_path / "site"
    assert run_cli("build", "--content", str(content), "--out", str(out)).returncode == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (content / "listings" / "big.txt").write_text(big, encoding="utf-8")
    # A shell running the suite in the background ignores SIGINT, and children inherit that;
    # give the build the default disposition a user's terminal gives it.
    process = subprocess.Popen([sys.executable, "-m", "generator", "build", "--content", str(content),
                                "--out", str(out)], cwd=ROOT, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    staging = tmp_path / f".site.staging-{process.pid}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (staging / "reports").exists():
        time.sleep(0.05)
    assert (staging / "reports").exists(), "the build reached the render stage"
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130 and "Traceback" not in err, err
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not staging.exists()


def test_a_template_that_crashes_names_itself_and_keeps_the_previous_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert run_cli("build", "--out", str(out)).returncode == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    report = templates / "report.html"
    report.write_text(report.read_text(encoding="utf-8").replace("<h1>{{ title }}</h1>",
                                                                 "<h1>{{ 1 // 0 }}</h1>", 1), encoding="utf-8")
    result = run_cli("build", "--out", str(out), "--templates", str(templates))
    assert result.returncode == 1
    assert re.search(r"report\.html:\d+: error: rendering reports/\w+/index\.html failed: ZeroDivisionError",
                     result.stderr)
    assert "Traceback" not in result.stderr
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_a_template_that_does_not_parse_names_its_line_and_a_stray_one_is_ignored(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    (templates / "notes-to-self.html").write_text("{% if unfinished %}", encoding="utf-8")  # used by no page
    out = tmp_path / "site"
    assert run_cli("build", "--out", str(out), "--templates", str(templates)).returncode == 0
    page = templates / "page.html"
    page.write_text(page.read_text(encoding="utf-8") + "\n{% if page %}", encoding="utf-8")
    result = run_cli("build", "--out", str(out), "--templates", str(templates))
    assert result.returncode == 1
    assert re.search(r"page\.html:\d+: error: rendering \w+/index\.html failed: TemplateSyntaxError", result.stderr)
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


def test_broken_configuration_is_an_error_with_file_and_line(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    (content / "site.yaml").write_text("title: 研报\npage_size: -3\ntimezone: Mars/Base\n", encoding="utf-8")
    (content / "topics.yaml").write_text("- name: 银行\n  slug: Bad Slug!\n  keywords: [银行]\n- slug: x\n",
                                         encoding="utf-8")
    (content / "publishers.yaml").write_text("- name: 甲\n  aliases: [a\n", encoding="utf-8")
    result = run_cli("check", "--content", str(content))
    assert result.returncode == 1
    assert "site.yaml:1: error: page_size must be a positive whole number" in result.stderr
    assert "site.yaml:1: error: unknown time zone 'Mars/Base'" in result.stderr
    assert "topics.yaml:1: error: 银行: slug 'Bad Slug!'" in result.stderr
    assert "topics.yaml:4: error: entry without a `name`" in result.stderr
    assert re.search(r"publishers\.yaml:\d: error: invalid YAML", result.stderr)
    assert "Traceback" not in result.stderr


def test_output_never_lands_in_home_or_root(tmp_path: Path) -> None:
    for out in ("/", os.path.expanduser("~")):
        result = run_cli("build", "--out", out)
        assert result.returncode == 2 and "refusing" in result.stderr


def _counts(stderr: str) -> dict[str, tuple[int, int, int, int]]:
    """Per-file accounting lines of `check`/`build`: {file name: (read, published, merged, rejected)}."""
    return {m[0]: tuple(map(int, m[1:])) for m in re.findall(
        r"listings/(\S+): read (\d+), published (\d+), merged (\d+), rejected (\d+)", stderr)}


def _assert_accounted(content: Path) -> dict[str, tuple[int, int, int, int]]:
    """read = published + merged + rejected for every file, and every published item is exported."""
    result = run_cli("check", "--content", str(content))
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    counts = _counts(result.stderr)
    for name, (read, published, merged, rejected) in counts.items():
        assert read == published + merged + rejected, name
    assert sum(c[1] for c in counts.values()) == len(exported(content)[0])
    return counts


STRUCTURED = [
    {"title": "中信证券:孤立代理\ud800对(3页).pdf", "date": "2023-10-01", "views": 3},
    {"title": "中信证券:控制\u0001字符\u0008\u001b[31m(3页).pdf", "date": "2023-10-02",
     "text": "正文\u0002\u000b\ufffe ]]> <![CDATA[ x", "publisher": "中\u202e信证券"},
    {"title": "中信证券:脚本链接(3页).pdf", "date": "2023-10-03", "url": "javascript:alert(1)"},
    {"title": "中信证券:<![CDATA[ ]]> &amp; &#0; <b>粗</b>(3页)", "date": "2023-10-04", "text": "]]> &#1; <x>"},
    {"title": "中信证券:荒谬数字", "date": 1e300, "views": 1e300, "pages": -5},
    {"title": "中信证券:奇怪字段", "date": "2023-10-05", "views": [1, 2], "pages": {"a": 1}},
]


def test_structured_listings_with_illegal_characters_give_well_formed_pages_and_feeds(tmp_path: Path) -> None:
    from lxml import etree

    content = copy_content(tmp_path)
    lines = [json.dumps(r) for r in STRUCTURED] + ["[1, 2]", "{broken", "[" * 100_000]
    (content / "listings" / "hostile.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (content / "commentary" / "cdata.md").write_text(
        "---\nreport: 中信证券:脚本链接\n---\n文字 ]]> 和 <![CDATA[ x ]]> 与 \u0001 控制符。\n", encoding="utf-8")
    out = tmp_path / "site"
    result = run_cli("build", "--content", str(content), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert "hostile.jsonl:3: warning: source URL 'javascript:alert(1)' is not http(s)" in result.stderr
    assert re.search(r"hostile\.jsonl:7: warning: expected a JSON object", result.stderr)
    assert re.search(r"hostile\.jsonl:9: warning: not valid JSON \(nested too deeply\)", result.stderr)
    assert _counts(result.stderr)["hostile.jsonl"] == (9, 5, 0, 4)
    illegal = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\u202e]")
    for path in out.rglob("*"):
        if path.suffix in {".xml", ".opml"}:
            etree.parse(str(path), etree.XMLParser(recover=False))  # raises when not well-formed
        if path.suffix in {".xml", ".opml", ".html", ".json"}:
            text = path.read_text(encoding="utf-8")
            assert not illegal.search(text), path
    assert "孤立代理对" in (out / "feed.xml").read_text(encoding="utf-8")
    json.loads((out / "feed.json").read_text(encoding="utf-8"))
    everything = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*.html"))
    assert 'href="javascript:' not in everything and "<b>粗</b>" not in everything
    _assert_accounted(content)


def test_every_commentary_mistake_is_reported_and_the_build_fails(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    commentary = content / "commentary"
    (commentary / "a_no_front_matter.md").write_text("只有正文\n", encoding="utf-8")
    (commentary / "b_unclosed.md").write_text("---\nreport: x\n正文\n", encoding="utf-8")
    (commentary / "c_bad_yaml.md").write_text("---\nreport: [x\n---\n正文\n", encoding="utf-8")
    (commentary / "d_unknown_report.md").write_text("---\nreport: 不存在的报告\n---\n正文\n", encoding="utf-8")
    (commentary / "e_not_utf8.md").write_bytes("---\nreport: 报告\n---\n正文\n".encode("gb18030"))
    (commentary / "f_bad_fields.md").write_text(
        "---\nreport: 普华永道:2023年半年度中国银行业回顾与展望报告\ndate: 2023-02-30\n---\n正文\n", encoding="utf-8")
    (commentary / "h_bad_flag.md").write_text(
        "---\nreport: 普华永道:2023年半年度中国银行业回顾与展望报告\ntopics: [1, 2]\npick: 是\n---\n正文\n",
        encoding="utf-8")
    (commentary / "g_binary.md").write_bytes(b"\x00\x01\x02\xff\xfe")
    result = run_cli("build", "--content", str(content), "--out", str(tmp_path / "site"))
    err = result.stderr
    assert result.returncode == 1, err
    assert "Traceback" not in err
    assert "a_no_front_matter.md:1: error: front matter missing" in err
    assert "b_unclosed.md:1: error: front matter opened on line 1 is never closed" in err
    assert re.search(r"c_bad_yaml\.md:\d+: error: ", err)
    assert re.search(r"d_unknown_report\.md:2: error: .*不存在的报告", err)
    assert "e_not_utf8.md: error: not UTF-8" in err
    assert "f_bad_fields.md:3: error: invalid YAML: impossible date '2023-02-30'" in err
    assert "h_bad_flag.md:3: error: `topics` must be a list of names" in err
    assert "h_bad_flag.md:4: error: `pick` must be true or false" in err
    assert "g_binary.md: error: not UTF-8" in err
    assert "Failed: 9 error(s)." in err
    assert not (tmp_path / "site").exists(), "nothing is written when the content has errors"


def test_the_output_directory_may_not_be_the_content_or_inside_it(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    before = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
    stranger = tmp_path / "not-a-site"
    stranger.mkdir()
    (stranger / "keep.txt").write_text("mine", encoding="utf-8")
    for out, words in ((content, "refusing to build into"), (tmp_path, "refusing to build into"),
                       (content / "site", "inside the content directory"),
                       (content / "listings", "inside the content directory"),
                       (stranger, "not a site built by this generator")):
        result = run_cli("build", "--content", str(content), "--out", str(out))
        assert result.returncode == 2 and words in result.stderr, (out, result.stderr)
        assert "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in content.rglob("*") if p.is_file()} == before
    assert [p.name for p in stranger.iterdir()] == ["keep.txt"]


def test_an_unusable_base_url_or_output_path_is_one_clear_line(tmp_path: Path) -> None:
    for url in ("http://[::1", "javascript:alert(1)", '"><script>x</script>', "example.com"):
        result = run_cli("build", "--out", str(tmp_path / "site"), "--base-url", url)
        assert result.returncode == 2 and "--base-url: error: base URL" in result.stderr, url
        assert "Traceback" not in result.stderr
    content = copy_content(tmp_path)
    (content / "site.yaml").write_text("title: 研报\nbase_url: 'javascript:alert(1)'\n", encoding="utf-8")
    result = run_cli("check", "--content", str(content))
    assert result.returncode == 1 and "site.yaml:1: error: base URL 'javascript:alert(1)'" in result.stderr
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    result = run_cli("build", "--out", str(blocker / "site"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("python -m generator build: error:")


def _hostile_tree(tmp_path: Path) -> Path:
    """Many publishers whose names clash as slugs, duplicates across files, hostile text."""
    content = copy_content(tmp_path)
    names = ["../../x", "CON", "con", "Con", "😀", "😁", "..", "平安", "平 安", "A" * 300, "A" * 301, "<b>"]
    (content / "listings" / "clash.txt").write_text(
        "".join(item(f"{name}:第{i}份(3页).pdf", views=str(i)) for i, name in enumerate(names))
        + item("中信证券:重复的报告(3页).pdf", views="1"), encoding="utf-8")
    (content / "listings" / "clash-again.txt").write_text(
        item("中信证券:重复的报告(3页).pdf", views="9"), encoding="utf-8")
    return content


def test_identical_hostile_input_builds_byte_identical_sites_whatever_the_hash_seed(tmp_path: Path) -> None:
    content = _hostile_tree(tmp_path)
    sites = []
    for seed in ("1", "4242"):
        out = tmp_path / f"site-{seed}"
        result = run_cli("build", "--content", str(content), "--out", str(out), env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        sites.append({p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert sites[0].keys() == sites[1].keys()
    assert [name for name in sites[0] if sites[0][name] != sites[1][name]] == []
    counts = _assert_accounted(content)
    assert counts["clash-again.txt"][2] + counts["clash.txt"][2] == 1, "the report scraped twice is merged"


def test_clashing_publisher_names_get_distinct_safe_slugs(tmp_path: Path) -> None:
    content = _hostile_tree(tmp_path)
    out = tmp_path / "build" / "site"
    result = run_cli("build", "--content", str(content), "--out", str(out), "--cache", str(tmp_path / "build" / "c"))
    assert result.returncode == 0, result.stderr
    slugs = [p.name for p in (out / "publishers").iterdir() if p.is_dir()]
    assert len(slugs) == len(set(slugs))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s) and len(s) <= 60 for s in slugs), slugs
    assert {"con", "page", "feed", "index"}.isdisjoint(slugs)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "content"]
    pages = "".join(p.read_text(encoding="utf-8") for p in (out / "publishers").rglob("index.html"))
    assert "../../x" in pages and "😀" in pages, "names stay the visible labels"


def test_export_into_a_reader_that_stops_early_ends_quietly(tmp_path: Path) -> None:
    """`export | head`: the reader closing the pipe is no error: no message, exit 0."""
    content = tmp_path / "content"
    (content / "listings").mkdir(parents=True)
    (content / "listings" / "many.txt").write_text(
        "".join(item(f"中信证券:第{n}份报告(3页).pdf", preview="正文。" * 200) for n in range(400)), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "generator", "export", "--content", str(content)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    assert json.loads(process.stdout.readline())["title"].startswith("中信证券:第")
    process.stdout.close()  # far more than the pipe holds is still to come
    errors = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0, errors
    assert "error" not in errors and "Traceback" not in errors


BOMB = "lol: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"l{i}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(9))


@pytest.mark.parametrize(("file", "text", "message"), [
    ("site.yaml", "title: 研报\n" + BOMB, "values once aliases are expanded"),
    ("topics.yaml", "- name: 银行\n  keywords: " + "[" * 300 + "]" * 300 + "\n", "levels deep"),
    ("publishers.yaml", "- name: 算力智库\n  slug: x\n  aliases: &a [*a]\n", "invalid YAML"),
    ("site.yaml", "title: 研报\x1b[31m精选\n", "control character U+001B"),
    ("commentary/zz-bomb.md", "---\nreport: x\n" + BOMB + "---\n正文\n", "values once aliases are expanded"),
])
def test_hostile_yaml_is_an_error_at_its_file_and_line_not_a_hang(tmp_path: Path, file: str, text: str,
                                                                  message: str) -> None:
    content = copy_content(tmp_path)
    (content / file).write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "check", "--content", str(content)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, check=False,
                            env={**os.environ, "DIGEST_LANGUAGE": "en"})
    assert result.returncode == 1, result.stderr
    assert re.search(rf"{re.escape(Path(file).name)}:\d+: error: .*{re.escape(message)}", result.stderr), result.stderr
    assert "internal error" not in result.stderr


def test_a_keyword_of_500_characters_is_matched_without_recursion(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    topics = content / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8").replace("keywords: [银行业,", "keywords: [" + "银" * 500 + ", 银行业,", 1),
                      encoding="utf-8")
    result = run_cli("check", "--content", str(content))
    assert result.returncode == 0 and "internal error" not in result.stderr, result.stderr


@pytest.mark.parametrize("url", ["https://user:pw@example.github.io/repo/", "https://example.github.io/repo/?x=1",
                                 "https://example.github.io/repo/#top", "https://example.github.io:99999/repo/",
                                 "https://example.github.io:port/repo/"])
def test_a_base_url_with_user_query_fragment_or_bad_port_is_refused(tmp_path: Path, url: str) -> None:
    result = run_cli("build", "--content", str(CONTENT), "--out", str(tmp_path / "site"), "--base-url", url)
    assert result.returncode == 2 and "--base-url: error: base URL" in result.stderr, result.stderr
    content = copy_content(tmp_path)
    config = content / "site.yaml"
    config.write_text(re.sub(r"base_url: .*", f'base_url: "{url}"', config.read_text(encoding="utf-8")),
                      encoding="utf-8")
    checked = run_cli("check", "--content", str(content))
    assert checked.returncode == 1 and re.search(r"site\.yaml:\d+: error: base URL", checked.stderr), checked.stderr


def test_file_names_cannot_forge_lines_of_the_log(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    (content / "commentary" / "x\n::error file=site.yaml::forged.md").write_text("---\nreport: 不存在\n---\n",
                                                                               encoding="utf-8")
    result = run_cli("check", "--content", str(content))
    assert result.returncode == 1
    assert not any(line.startswith("::") for line in result.stderr.splitlines()), result.stderr
    assert "x\\n::error file=site.yaml::forged.md" in result.stderr


def test_a_stray_nul_byte_keeps_every_item_of_its_listing(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    (content / "listings" / "nul.txt").write_text(
        item("中信证券:甲报告(3页).pdf") + item("中信证券:乙\x00报告(3页).pdf") + item("中信证券:丙报告(3页).pdf"),
        encoding="utf-8")
    result = run_cli("check", "--content", str(content))
    assert "nul.txt: read 3, published 3, merged 0, rejected 0" in result.stderr, result.stderr
    assert re.search(r"nul\.txt: warning: 1 NUL byte\(s\) removed, the first on line 6", result.stderr)
    assert "中信证券:乙报告(3页).pdf" in {r["title"] for r in exported(content)[0]}


@pytest.mark.parametrize("name", ["sub/folder/note.md", "NOTE.MD", "note.markdown"])
def test_commentary_is_found_wherever_it_is_under_commentary(tmp_path: Path, name: str) -> None:
    content = copy_content(tmp_path)
    path = content / "commentary" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("---\nreport: 中国银行研究院:2023年四季度全球银行业展望报告(46页).pdf\n---\n子目录里的点评。\n",
                    encoding="utf-8")
    records = {r["title"]: r for r in exported(content)[0]}
    assert records["中国银行研究院:2023年四季度全球银行业展望报告(46页).pdf"]["has_commentary"]


def test_markdown_nested_thousands_deep_is_flattened_with_a_warning(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    (content / "commentary" / "zz-deep.md").write_text(
        "---\nreport: 中国银行研究院:2023年四季度全球银行业展望报告(46页).pdf\n---\n" + ">" * 20000 + "深\n\n"
        + "".join("    " * i + "- 层\n" for i in range(2000)), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(content), "--out",
                             str(tmp_path / "site")], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            check=False, env={**os.environ, "DIGEST_LANGUAGE": "en"})
    assert result.returncode == 0, result.stderr
    assert "zz-deep.md:4: warning: quotes or lists nested more than 16 levels deep" in result.stderr


def test_a_title_of_nothing_but_file_name_parts_is_shown_as_listed_and_the_build_goes_on(tmp_path: Path) -> None:
    from lxml import etree

    content = copy_content(tmp_path)
    (content / "listings" / "bare.txt").write_text(item(".pdf") + item("(3页).pdf") + item("中信证券:真报告(3页).pdf"),
                                                   encoding="utf-8")
    (content / "listings" / "invisible.jsonl").write_text(
        '{"title": "\\u200b\\u2060", "date": "2023-10-01"}\n{"title": "中信证券:看得见的(3页).pdf", "date": "2023-10-01"}\n',
        encoding="utf-8")
    out = tmp_path / "site"
    result = run_cli("build", "--content", str(content), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "bare.txt:1: warning: title '.pdf' holds nothing but a file name's parts" in result.stderr
    assert "Built 24 reports" in result.stderr, "the shipped 20, the three of bare.txt and one of invisible.jsonl"
    assert "invisible.jsonl:1: warning: item left out: its title" in result.stderr
    titles = etree.parse(str(out / "feed.xml")).findall(".//item/title")
    assert titles and all((t.text or "").strip() for t in titles)


def test_a_number_too_long_for_python_costs_no_record(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    records = [{"title": f"中信证券:长数字{n}(3页).pdf", "date": "2023-10-01"} for n in "甲乙丙"]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines[1] = lines[1][:-1] + ', "views": 1' + "0" * 5000 + "}"
    (content / "listings" / "long.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (content / "listings" / "long.json").write_text(
        json.dumps([{"title": "中信证券:长数字丁(3页).pdf", "date": "2023-10-01"}], ensure_ascii=False)[:-2]
        + ', "pages": 9' + "9" * 100_000 + "}]", encoding="utf-8")
    result = run_cli("check", "--content", str(content))
    assert "internal error" not in result.stderr, result.stderr
    assert "long.jsonl: read 3, published 3" in result.stderr and "long.json: read 1, published 1" in result.stderr


_SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _xlsx(path: Path, sheet: str, shared: bytes | None = None) -> None:
    """A workbook of one sheet, written part by part as Excel writes one."""
    import zipfile

    rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{kind}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{kind}.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{kind}.sharedStrings+xml"/></Types>'))
        archive.writestr("_rels/.rels", f'<Relationships xmlns="{package}"><Relationship Id="rId1" '
                                        f'Type="{rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", f'<workbook {_SHEET_NS} xmlns:r="{rels}"><sheets>'
                                            '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", (
            f'<Relationships xmlns="{package}"><Relationship Id="rId1" Type="{rels}/worksheet" '
            f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rels}/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>'))
        archive.writestr("xl/worksheets/sheet1.xml", f'<worksheet {_SHEET_NS}>{sheet}</worksheet>')
        archive.writestr("xl/sharedStrings.xml", shared or f"<sst {_SHEET_NS}/>".encode())


def _row(number: int, *cells: tuple[str, str]) -> str:
    return f'<row r="{number}">' + "".join(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
                                           for ref, text in cells) + "</row>"


_SPREADSHEET_ML = ('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
                   'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table>'
                   '<Row><Cell><Data ss:Type="String">title</Data></Cell><Cell><Data ss:Type="String">date</Data>'
                   '</Cell></Row><Row><Cell><Data ss:Type="String">中信证券:表里的报告(3页).pdf</Data></Cell>'
                   '<Cell><Data ss:Type="String">2023-10-01</Data></Cell></Row>{rest}</Table></Worksheet></Workbook>')


def _workbook_bomb(listings: Path, kind: str) -> str:
    """A few kilobytes that declare or inflate to far more than any table of reports."""
    head = _row(1, ("A1", "title"), ("B1", "date")) + _row(2, ("A2", "中信证券:表里的报告(3页).pdf"), ("B2", "2023-10-01"))
    if kind == "dimension":
        _xlsx(listings / "bomb.xlsx", '<dimension ref="A1:XFD1048576"/><sheetData>' + head
              + _row(1048576, ("A1048576", "中信证券:最后一行(3页).pdf"), ("B1048576", "2023-10-02"), ("XFD1048576", "x"))
              + "</sheetData>")
        return "read 2, published 2"
    if kind == "zip":
        shared = f"<sst {_SHEET_NS}><si><t>".encode() + b"a" * (80 << 20) + b"</t></si></sst>"
        _xlsx(listings / "bomb.xlsx", f"<sheetData>{head}</sheetData>", shared)
        return "(a zip bomb?); file skipped"
    cell = '<Cell ss:Index="1000000000"><Data ss:Type="String">x</Data></Cell>'
    rest = ('<Row ss:Index="2000000000"><Cell><Data ss:Type="String">远</Data></Cell></Row>' if kind == "row"
            else f"<Row>{cell}</Row>")
    (listings / "bomb.xls").write_text(_SPREADSHEET_ML.format(rest=rest), encoding="utf-8")
    return "rows and cells beyond Excel's own limits (1,048,576 rows, 16,384 columns) are not read"


@pytest.mark.parametrize("kind", ["dimension", "zip", "row", "cell"])
def test_a_workbook_that_declares_or_inflates_to_more_than_excel_holds_is_read_in_seconds(tmp_path: Path,
                                                                                        kind: str) -> None:
    content = copy_content(tmp_path)
    expected = _workbook_bomb(content / "listings", kind)
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "generator", "check", "--content", str(content)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, check=False,
                            env={**os.environ, "DIGEST_LANGUAGE": "en"})
    assert time.monotonic() - started < 20
    assert result.returncode == 0 and "internal error" not in result.stderr, result.stderr
    assert expected in result.stderr, result.stderr


def test_a_database_column_computed_on_reading_is_not_read(tmp_path: Path) -> None:
    import sqlite3

    content = copy_content(tmp_path)
    database = sqlite3.connect(content / "listings" / "computed.db")
    database.execute("CREATE TABLE reports(title TEXT, date TEXT, big BLOB AS (zeroblob(300000000)) VIRTUAL)")
    database.executemany("INSERT INTO reports(title, date) VALUES (?, ?)",
                         [(f"中信证券:第{n}份算出来的报告(3页).pdf", "2023-10-01") for n in range(20)])
    database.commit()
    database.close()
    started = time.monotonic()
    result = run_cli("check", "--content", str(content))
    assert time.monotonic() - started < 20, "each row used to cost 300 MB to read"
    assert "computed.db: read 20, published 20" in result.stderr, result.stderr


def test_one_report_listed_twenty_thousand_times_merges_in_linear_time(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "listings").mkdir(parents=True)
    line = json.dumps({"title": "中信证券:同一份报告(3页).pdf", "date": "2023-10-01", "views": 5}, ensure_ascii=False)
    (content / "listings" / "again.jsonl").write_text((line + "\n") * 20_000, encoding="utf-8")
    started = time.monotonic()
    result = run_cli("check", "--content", str(content))
    assert "again.jsonl: read 20,000, published 1, merged 19,999" in result.stderr or \
        "again.jsonl: read 20000, published 1, merged 19999" in result.stderr, result.stderr
    assert time.monotonic() - started < 40, "merging looked through every earlier sighting's sources"


def test_a_hundred_thousand_broken_lines_are_a_few_warnings_and_a_count(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "listings").mkdir(parents=True)
    good = json.dumps({"title": "中信证券:唯一完好的一行(3页).pdf", "date": "2023-10-01"}, ensure_ascii=False)
    (content / "listings" / "broken.jsonl").write_text("{\n" * 50_000 + good + "\n" + "[1,\n" * 50_000,
                                                       encoding="utf-8")
    result = run_cli("check", "--content", str(content))
    lines = result.stderr.splitlines()
    assert len(lines) < 40, lines[:5]
    assert "broken.jsonl: warning: 99,000 more warning(s) of the kind first shown at content/listings/broken.jsonl:1" \
           " are not shown" in result.stderr, result.stderr
    assert re.search(r"broken\.jsonl: read 100,?001, published 1, merged 0, rejected 100,?000", result.stderr)


@pytest.mark.parametrize(("file", "entry"), [("topics.yaml", "\\u200b"), ("topics.yaml", " "),
                                             ("publishers.yaml", "\\u2060")])
def test_a_keyword_or_alias_of_nothing_visible_is_an_error_at_its_line(tmp_path: Path, file: str, entry: str) -> None:
    content = copy_content(tmp_path)
    path = content / file
    text = path.read_text(encoding="utf-8")
    old = "keywords: [银行业," if file == "topics.yaml" else "aliases: [算力智库研究院"
    assert old in text
    path.write_text(text.replace(old, old.replace("[", f'["{entry}", '), 1), encoding="utf-8")
    result = run_cli("check", "--content", str(content))
    assert result.returncode == 1, "an invisible keyword used to put every report in its topic"
    assert re.search(rf"{file}:\d+: error: .*holds an entry with nothing visible in it", result.stderr), result.stderr


@pytest.mark.parametrize("paragraph", ["[" * 50_000, "[x](" * 30_000, "<a" * 60_000, "&#" * 60_000],
                         ids=["brackets", "links", "tags", "entities"])
def test_a_paragraph_markdown_would_parse_for_hours_is_shown_as_plain_text(tmp_path: Path, paragraph: str) -> None:
    content = copy_content(tmp_path)
    (content / "commentary" / "zz-crowded.md").write_text(
        "---\nreport: 中国银行研究院:2023年四季度全球银行业展望报告(46页).pdf\n---\n首段有[链接](https://example.com)。\n\n"
        + paragraph + "\n\n末段 **粗体**。\n", encoding="utf-8")
    out = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(content), "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
                            env={**os.environ, "DIGEST_LANGUAGE": "en"})
    assert result.returncode == 0, result.stderr
    assert "zz-crowded.md:6: warning: a paragraph of more than 10,000 characters or 300 '[' is shown as plain text" \
        in result.stderr, result.stderr
    page = "".join(p.read_text(encoding="utf-8") for p in (out / "reports").rglob("index.html")
                   if "首段有" in p.read_text(encoding="utf-8"))
    assert '<a href="https://example.com"' in page and "<strong>粗体</strong>" in page
    assert "<a<a" not in page


def test_a_quote_never_closed_in_a_table_costs_only_its_own_line(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    rows = ["title,date"] + [f"中信证券:第{n}份表格里的报告(3页).pdf,2023-10-01" for n in range(200)]
    rows[3] = '"中信证券:引号没有闭合的报告(3页).pdf,2023-10-01'
    (content / "listings" / "open.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (content / "listings" / "closed.csv").write_text(
        'title,date,abstract\n中信证券:多行摘要的报告(3页).pdf,2023-10-01,"第一行\n第二行 ""引文""\n第三行"\n', encoding="utf-8")
    result = run_cli("check", "--content", str(content))
    assert "open.csv:4: warning: a quote on this line is never closed: the line is read with it as written, " \
           "and the 197 line(s) below it as rows, not as one cell" in result.stderr, result.stderr
    assert "open.csv: read 200, published 200" in result.stderr, "the 197 rows below it used to vanish into one cell"
    assert "closed.csv: read 1, published 1" in result.stderr and "closed.csv:2: warning" not in result.stderr


@pytest.mark.parametrize(("addition", "message"), [
    ("x: [" + "1," * 600_000 + "1]\n", "more than the 1,048,576 a configuration or front matter may hold"),
    ("x: " + "[" * 20_000 + "]" * 20_000 + "\n", "nested more than 50 levels deep"),
    ("author: " + "长" * 5_000 + "\n", "author of 5,000 characters; a setting holds at most 1,000"),
], ids=["a million values", "20,000 deep", "a long title"])
def test_an_oversized_site_yaml_is_an_error_in_seconds_in_the_sites_language(tmp_path: Path, addition: str,
                                                                             message: str) -> None:
    """Read without DIGEST_LANGUAGE, as an editor runs it: the site's language is read from
    site.yaml first (a file nested 20,000 deep used to crash it, a million values took 30 s)."""
    content = copy_content(tmp_path)
    site = content / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8").replace("language: zh-CN", "language: en") + addition,
                    encoding="utf-8")
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "generator", "check", "--content", str(content)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, check=False,
                            env={k: v for k, v in os.environ.items() if k != "DIGEST_LANGUAGE"})
    assert time.monotonic() - started < 15
    assert result.returncode == 1 and "internal error" not in result.stderr and "内部错误" not in result.stderr
    # (a site.yaml that cannot be read leaves the messages in the default language, Chinese)
    assert re.search(rf"site\.yaml:\d+: (error|错误): .*{re.escape(message)}", result.stderr), result.stderr


def test_an_alias_that_already_stands_for_another_publisher_is_an_error_at_its_line(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    with (content / "publishers.yaml").open("a", encoding="utf-8") as config:
        config.write("- name: 丙研究所\n  slug: bing-yan-jiu-suo\n  aliases: [中国银河证券, 丙所, 丙所]\n")
    result = run_cli("check", "--content", str(content))
    assert result.returncode == 1, "the alias was dropped in silence"
    assert re.search(r"publishers\.yaml:\d+: error: 丙研究所: alias '中国银河证券' already stands for '中国银河证券'",
                     result.stderr), result.stderr
    assert "丙所" not in result.stderr.replace("丙研究所", "")


def test_one_warning_said_of_every_row_of_a_table_is_shown_thrice_then_counted(tmp_path: Path) -> None:
    """A table with no title column gets the same warning for each of its rows: the editor reads the first
    few, then one line counting the rest and naming their lines, not five hundred copies; the good file
    beside it builds."""
    content = copy_content(tmp_path)
    rows = "\n".join(f"600{n:03d},某某股份,某某证券,2024-07-{1 + n % 28:02d},买入" for n in range(500))
    (content / "listings" / "estimates.csv").write_text(
        "StockCode,CompanyName,BrokerFirmName,ReportDate,RatingCode\n" + rows + "\n", encoding="utf-8")
    result = run_cli("check", "--content", str(content))
    said = [line for line in result.stderr.splitlines() if line.startswith("content/listings/estimates.csv:")]
    assert [line.split(":")[1] for line in said[:3]] == ["2", "3", "4"]
    assert "the same for 497 more records, lines 5–501" in said[3]
    assert len([line for line in said if "warning" in line]) < 10, said
    assert result.returncode == 0, result.stderr

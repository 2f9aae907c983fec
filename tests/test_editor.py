"""The editor's day, tried through the real commands on a copy of the shipped content: finding
something to write about (queue), starting a note (new), making typical mistakes and reading
what the tool says (in the site's language), scheduling a note and writing editions."""

from __future__ import annotations

import ast
import gettext
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from generator.diagnostics import INTERNAL
from generator.i18n import LOCALE, translations
from tests.conftest import ROOT, copy_content, exported, run_cli

CHINESE = {"DIGEST_LANGUAGE": ""}  # no override: the site's own language (zh-CN) speaks
PING_AN = "平安银行:平安私人银行2023年第四季度投资策略报告(52页).pdf"
PING_AN_ID = "be0d8dc1fe7e"


def _write(content: Path, name: str, text: str) -> Path:
    path = content / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _export(content: Path, env: dict[str, str] | None = None) -> dict[str, dict]:
    return {r["id"]: r for r in exported(content, env)[0]}


def _front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def _site_text(out: Path) -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in out.rglob("*")
                   if p.is_file() and p.suffix in (".html", ".xml", ".json", ".txt") and ".cache" not in p.parts)


def test_typical_mistakes_are_errors_at_their_own_line_with_the_closest_names_in_chinese(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    _write(content, "commentary/zz-mistakes.md",
           "---\n"
           f"report: {PING_AN}\n"
           "pik: true\n"                    # line 3: a misspelt key
           "topics:\n"
           "  - 银行\n"
           "  - 宏观经济学\n"               # line 6: no such topic
           "publishers: [平安银航]\n"        # line 7: a misspelt publisher
           "date: 2023-10-1\n"               # line 8: not a date
           "draft: ture\n"                   # line 9: not true or false
           "---\n正文\n")
    _write(content, "commentary/zz-missing.md", "---\ntitle: 缺\nreport: 平安私人银行2023年第四季度投资测略报告\n---\n正文\n")

    result = run_cli("check", "--content", str(content), env=CHINESE)

    assert result.returncode == 1
    err = result.stderr
    assert "commentary/zz-mistakes.md:3: 错误: 未知的键 'pik'；是不是：“pick”？" in err
    assert re.search(r"zz-mistakes\.md:6: 错误: 未知的主题 '宏观经济学'.*是不是：“宏观经济”", err)
    assert re.search(r"zz-mistakes\.md:7: 错误: 未知的发布机构 '平安银航'.*是不是：“平安银行”", err)
    assert "zz-mistakes.md:8: 错误: 日期 '2023-10-1' 无效" in err
    assert "zz-mistakes.md:9: 错误: `draft` 只能是 true 或 false，不能是 'ture'" in err
    assert re.search(rf"zz-missing\.md:3: 错误: 报告 '平安私人银行2023年第四季度投资测略报告' 不在任何列表中.*"
                     rf"是不是：“{PING_AN_ID} 平安银行:平安私人银行", err)
    assert "失败：6 个错误。" in err
    assert "Traceback" not in err


def test_mistakes_of_a_chinese_input_method_are_named_plainly(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    _write(content, "commentary/zz-colon.md", f"---\nreport: {PING_AN}\npick：true\n---\n正文\n")
    _write(content, "commentary/zz-tab.md", "---\nreport: 银行业:拐点已至否极泰来\n\tpick: true\n---\n正文\n")
    _write(content, "commentary/zz-list.md", "---\nreport: 艾瑞咨询:2023年中国银行营销数字化行业研究报告\n"
                                            "topics: 银行、金融科技与数字化转型\n---\n正文\n")
    result = run_cli("check", "--content", str(content), env=CHINESE)
    assert "zz-colon.md:3: 错误: 键后面的冒号要用半角的 ':'，不能用全角的 '：'" in result.stderr
    assert "zz-tab.md:3: 错误: YAML 格式有误：缩进中有制表符（Tab）；请改用空格" in result.stderr
    assert "zz-list.md" not in result.stderr  # `a、b` is a list of two topics
    assert "失败：2 个错误。" in result.stderr


def test_an_english_site_reads_its_messages_in_english(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    site = content / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8").replace("language: zh-CN", "language: en"), encoding="utf-8")
    _write(content, "commentary/zz.md", f"---\nreport: {PING_AN}\npik: true\n---\n正文\n")

    result = run_cli("check", "--content", str(content), env=CHINESE)

    assert result.returncode == 1
    assert "commentary/zz.md:3: error: unknown key 'pik'; did you mean 'pick'?" in result.stderr
    assert "Failed: 1 error(s)." in result.stderr


def test_a_misspelt_publisher_override_is_never_created_as_a_new_publisher(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    _write(content, "commentary/zz.md", f"---\nreport: {PING_AN}\npublishers: [平安银航]\n---\n正文\n")
    out = tmp_path / "site"
    result = run_cli("build", "--content", str(content), "--out", str(out))
    assert result.returncode == 1
    assert "zz.md:3: error: unknown publisher '平安银航'" in result.stderr
    assert not out.exists()


def test_the_exact_listed_title_wins_over_a_report_differing_only_in_page_count(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    twin = PING_AN.replace("(52页)", "(12页)")
    _write(content, "listings/twin.jsonl", json.dumps({"title": twin, "date": "2023-10-02", "views": 3},
                                                      ensure_ascii=False) + "\n")
    _write(content, "commentary/zz-a.md", f"---\nreport: {PING_AN}\n---\n五十二页的那份。\n")
    _write(content, "commentary/zz-b.md", f"---\nreport: \"{twin}\"\n---\n十二页的那份。\n")
    records = _export(content)
    commented = {r["title"] for r in records.values() if r["has_commentary"]}
    assert {PING_AN, twin} <= commented
    # A tolerant name that fits both is still ambiguous, and says which reports it could be.
    _write(content, "commentary/zz-b.md", "---\nreport: 平安私人银行2023年第四季度投资策略报告\n---\n")
    result = run_cli("check", "--content", str(content))
    assert re.search(rf"zz-b\.md:2: error: report .* matches several reports \(.*{PING_AN_ID}", result.stderr)


def test_a_note_may_name_its_report_by_the_page_url_of_the_site(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    _write(content, "commentary/zz.md", f"---\nreport: https://example.github.io/repo/reports/{PING_AN_ID}/\n---\n好。\n")
    assert _export(content)[PING_AN_ID]["has_commentary"]


def test_new_starts_a_draft_note_as_the_build_sees_the_report_and_never_overwrites(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    today = {"DIGEST_TODAY": "2023-10-20"}
    # Someone's note for another report already has the name `new` would choose.
    taken = _write(content, "commentary/2023-10-20-ping-an-si-ren-yin-hang-2023-nian-di-si.md",
                   "---\nreport: 银行业:拐点已至否极泰来-230927(17页).pdf\n---\n别人的文件。\n")
    (content / "commentary" / "2023-10-yinhang-guaidian.md").unlink()
    before = taken.read_text(encoding="utf-8")

    result = run_cli("new", f"/repo/reports/{PING_AN_ID}/", "--content", str(content), env=today)

    assert result.returncode == 0, result.stderr
    assert taken.read_text(encoding="utf-8") == before
    written = content / "commentary" / "2023-10-20-ping-an-si-ren-yin-hang-2023-nian-di-si-2.md"
    assert str(written) in result.stdout
    front = _front_matter(written)
    record = _export(content, today)[PING_AN_ID]
    assert front["report"] == PING_AN and front["title"] == record["clean_title"]
    assert front["publishers"] == record["publishers"] and front["topics"] == record["topics"]
    assert str(front["date"]) == "2023-10-20" and front["pick"] is False and front["draft"] is True
    assert not record["has_commentary"], "a new note is a draft: no build publishes it"

    again = run_cli("new", PING_AN, "--content", str(content), env=today)
    assert again.returncode == 1 and f"report {PING_AN_ID} already has a note" in again.stderr
    assert len(list((content / "commentary").glob("2023-10-20-*"))) == 2


def test_new_accepts_a_clean_title_or_a_source_url_and_offers_the_closest_reports_for_a_typo(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    _write(content, "listings/feed.jsonl", json.dumps(
        {"title": "中金公司:2024年银行业展望(30页).pdf", "date": "2023-11-20", "url": "https://reports.example.cn/r/8812"},
        ensure_ascii=False) + "\n")
    by_url = run_cli("new", "https://reports.example.cn/r/8812/", "--content", str(content))
    assert by_url.returncode == 0, by_url.stderr
    assert _front_matter(Path(by_url.stdout.split("wrote ")[1].split(" for report")[0]))["report"] == \
        "中金公司:2024年银行业展望(30页).pdf"
    by_title = run_cli("new", "2023年中国银行营销数字化行业研究报告", "--content", str(content))
    assert by_title.returncode == 0 and "for report 8ba004c11476" in by_title.stdout

    typo = run_cli("new", "2023年中国银行营销数字化行业研就报告", "--content", str(content), env=CHINESE)
    assert typo.returncode == 1
    assert "没有与 '2023年中国银行营销数字化行业研就报告' 对应的报告；最接近的是：" in typo.stderr
    assert "python -m generator new 8ba004c11476" in typo.stderr


def test_a_note_dated_in_the_future_is_published_by_the_first_build_on_its_day(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    _write(content, "commentary/zz-later.md", f"---\nreport: {PING_AN}\ndate: 2023-11-01\n---\n下个月才发布的点评。\n")
    out = tmp_path / "site"

    before = run_cli("build", "--content", str(content), "--out", str(out), env={"DIGEST_TODAY": "2023-10-31"})
    assert before.returncode == 0, before.stderr
    assert "下个月才发布的点评" not in _site_text(out)
    check = run_cli("check", "--content", str(content), env={"DIGEST_TODAY": "2023-10-31"})
    assert "1 scheduled" in check.stderr and "zz-later.md: published by the first build on or after 2023-11-01" \
        in check.stderr

    on_the_day = run_cli("build", "--content", str(content), "--out", str(out), env={"DIGEST_TODAY": "2023-11-01"})
    assert on_the_day.returncode == 0, on_the_day.stderr
    page = (out / "reports" / PING_AN_ID / "index.html").read_text(encoding="utf-8")
    assert "下个月才发布的点评" in page
    commentary = page[page.index('class=commentary'):]
    assert '<time>2023-11-01</time>' in commentary[:commentary.index("下个月才发布的点评")], "the note's date heads it"


def content_without_editions(tmp_path: Path) -> Path:
    """The shipped content without its weekly intros, for tests that write their own."""
    content = copy_content(tmp_path)
    shutil.rmtree(content / "editions", ignore_errors=True)
    return content


def test_check_counts_notes_picks_drafts_scheduled_and_orphans(tmp_path: Path) -> None:
    content = content_without_editions(tmp_path)
    _write(content, "commentary/zz-draft.md", f"---\nreport: {PING_AN}\ndraft: true\n---\n")
    _write(content, "commentary/zz-orphan.md", "---\nreport: 没有这份报告\n---\n")
    result = run_cli("check", "--content", str(content), env={"DIGEST_TODAY": "2024-01-01"})
    assert "Commentary: 6 published (2 pick(s)), 1 draft(s), 0 scheduled, 1 orphaned; 0 edition(s)" in result.stderr


def test_editions_have_front_matter_any_case_file_names_and_weeks_that_exist(tmp_path: Path) -> None:
    content = content_without_editions(tmp_path)
    _write(content, "editions/2023-w41.md", "---\ntitle: 第41周：银行的拐点\n---\n本周导语正文。\n")
    _write(content, "editions/2023-W40.md", "---\ndraft: true\n---\n还没写完的导语。\n")
    out = tmp_path / "site"
    assert run_cli("build", "--content", str(content), "--out", str(out)).returncode == 0
    week = (out / "weeks" / "2023-w41" / "index.html").read_text(encoding="utf-8")
    assert "<h2>第41周：银行的拐点</h2>" in week and "本周导语正文" in week and "title:" not in week
    assert "还没写完的导语" not in _site_text(out)

    _write(content, "editions/2023-W50.md", "没有报告的一周。\n")
    _write(content, "editions/2023-W39.md", "---\ntitel: 错字\n---\n正文\n")
    result = run_cli("check", "--content", str(content))
    assert result.returncode == 1
    assert re.search(r"editions/2023-W50\.md: error: week 2023-W50 has no reports.*did you mean '2023-W40'",
                     result.stderr)
    assert "editions/2023-W39.md:2: error: unknown key 'titel'; did you mean 'title'?" in result.stderr


def test_an_edition_dated_in_the_future_waits_for_its_day(tmp_path: Path) -> None:
    content = content_without_editions(tmp_path)
    _write(content, "editions/2023-W41.md", "---\ndate: 2023-10-16\n---\n第41周的导语，周一发布。\n")
    out = tmp_path / "site"
    week = out / "weeks" / "2023-w41" / "index.html"
    assert run_cli("build", "--content", str(content), "--out", str(out), env={"DIGEST_TODAY": "2023-10-15"}).returncode == 0
    assert "第41周的导语" not in week.read_text(encoding="utf-8")
    assert run_cli("build", "--content", str(content), "--out", str(out), env={"DIGEST_TODAY": "2023-10-16"}).returncode == 0
    assert "第41周的导语" in week.read_text(encoding="utf-8")


def test_queue_lists_what_is_new_since_the_last_edition_without_commentary_with_the_command(tmp_path: Path) -> None:
    content = content_without_editions(tmp_path)
    _write(content, "editions/2023-w40.md", "导语\n")  # the week of 2023-10-02 .. 2023-10-08
    result = run_cli("queue", "--content", str(content))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "6 report(s) first seen since edition 2023-W40 (from 2023-10-09):"
    ids = re.findall(r"^\S+\s+\S+\s+([0-9a-f]{12})\s", result.stdout, re.M)
    assert ids[:2] == [PING_AN_ID, "8ba004c11476"]  # newest first
    assert "5feb2c09c4d1" not in ids  # has commentary
    assert f"    python -m generator new {PING_AN_ID}" in lines

    by_views = run_cli("queue", "--content", str(content), "--since", "2023-09-01", "--sort", "views")
    views = [int(v) for v in re.findall(r"^\S+\s+(\d+)\s+[0-9a-f]{12}\s", by_views.stdout, re.M)]
    assert views == sorted(views, reverse=True) and len(views) == 14
    everything = run_cli("queue", "--content", str(content), "--since", "2023-09-01", "--all")
    assert "5feb2c09c4d1" in everything.stdout and "[note: " in everything.stdout


# The modules whose messages go through the catalogue (all that speak to the editor).
TRANSLATED = ("build", "cli", "commentary", "config", "diagnostics", "digest", "i18n", "listings", "newnote", "queue",
              "serve",
              "ingest/__init__", "ingest/columns", "ingest/decode", "ingest/html", "ingest/jsonl", "ingest/mapping",
              "ingest/pageitems", "ingest/structured", "ingest/salvage", "ingest/database", "ingest/tables",
              "ingest/textdump", "ingest/mdlisting")
_ARGUMENT = {"tr": 0, "_": 0, "error": 2, "warning": 2, "Diagnostic": 3, "Rejected": 1, "Notice": 1, "Message": 0}


def _literal(node: ast.expr) -> list[str]:
    """A template written as a literal, or a literal + the shared INTERNAL (diagnostics.py)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Name) \
            and node.right.id == "INTERNAL":
        return [node.left.value + INTERNAL]
    return []


def _message_templates() -> set[str]:
    """Every literal message template these modules pass to tr(), _() or a diagnostic."""
    found = {"error", "warning"}
    for name in TRANSLATED:
        tree = ast.parse((ROOT / "generator" / f"{name}.py").read_text(encoding="utf-8"))
        # (a template named by a module's constant and passed by that name: `error(…, NO_REPORTS, …)`)
        named = {t.id: node.value for node in tree.body if isinstance(node, ast.Assign)
                 for t in node.targets if isinstance(t, ast.Name)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                called = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                at = _ARGUMENT.get(str(called))
                if at is not None and len(node.args) > at:
                    argument = node.args[at]
                    if isinstance(argument, ast.Name) and argument.id in named:
                        argument = named[argument.id]
                    found.update(_literal(argument))
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and any(
                    isinstance(t, ast.Name) and t.id.startswith(("UNKNOWN_", "MISSING_")) for t in node.targets):
                found.add(node.value.value)  # a template named once, like UNKNOWN_TOPIC
            elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "INTERNAL"
                                                      for t in node.targets):
                found.add(node.value.value)  # type: ignore[attr-defined]
    return found


def test_every_message_template_has_a_chinese_translation_with_the_same_fields() -> None:
    catalogue = translations("zh-CN").catalogue  # type: ignore[attr-defined]
    templates = _message_templates()
    assert len(templates) > 50
    missing = sorted(m for m in templates if m not in catalogue)
    assert not missing, missing
    fields = re.compile(r"\{(\w+)")
    for message in templates:
        assert sorted(fields.findall(message)) == sorted(fields.findall(catalogue[message])), message


def test_the_catalogue_reads_as_gnu_msgfmt_compiles_it(tmp_path: Path) -> None:
    """The small .po loader gives what GNU gettext's own compiler and the stdlib's reader give."""
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU gettext's msgfmt is not installed (Debian: gettext)")
    compiled = tmp_path / "generator.mo"
    source = LOCALE / "zh_CN" / "LC_MESSAGES" / "generator.po"
    subprocess.run(["msgfmt", "--check", "-o", str(compiled), str(source)], check=True)
    with compiled.open("rb") as stream:
        expected = {k: v for k, v in gettext.GNUTranslations(stream)._catalog.items() if k}  # type: ignore[attr-defined]
    assert translations("zh-CN").catalogue == expected  # type: ignore[attr-defined]

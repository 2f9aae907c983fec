"""`serve` as the editor's preview: drafts and scheduled notes shown and marked, the work queue,
a log that says what changed and what was rebuilt, a styled error page naming file and line;
and no build afterwards publishes a byte of a draft."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_content, free_port, http_get, run_cli, wait_for

PING_AN = "平安银行:平安私人银行2023年第四季度投资策略报告(52页).pdf"
PING_AN_ID = "be0d8dc1fe7e"
DRAFT_TEXT = "这是一篇还没写完的草稿点评"
LATER_TEXT = "这篇点评要到十一月才发布"
LATER_ID = "8ba004c11476"


class Served:
    def __init__(self, base: str, content: Path, out: Path, process: subprocess.Popen[str]) -> None:
        self.base, self.content, self.out, self.process = base, content, out, process

    def stop(self) -> str:
        """Stop the server; everything it logged."""
        self.process.terminate()
        output, _ = self.process.communicate(timeout=20)
        return output


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    content = copy_content(tmp_path)
    shutil.rmtree(content / "editions", ignore_errors=True)  # the queue is what is new since the last one
    (content / "commentary" / "zz-draft.md").write_text(
        f"---\nreport: {PING_AN}\ndraft: true\n---\n{DRAFT_TEXT}。\n", encoding="utf-8")
    (content / "commentary" / "zz-later.md").write_text(
        f"---\nreport: {LATER_ID}\ndate: 2023-11-01\n---\n{LATER_TEXT}。\n", encoding="utf-8")
    port = free_port()
    out = tmp_path / "site"
    env = {**os.environ, "DIGEST_LANGUAGE": "", "DIGEST_TODAY": "2023-10-20"}
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--content", str(content), "--out", str(out),
         "--port", str(port), "--host", "localhost"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    served = Served(f"http://127.0.0.1:{port}/", content, out, process)
    try:
        wait_for(lambda: http_get(served.base)[0] == 200, timeout=30.0)
        yield served
    finally:
        if process.poll() is None:
            served.stop()


def test_serve_previews_drafts_and_scheduled_notes_marked_and_build_never_publishes_them(served: Served,
                                                                                         tmp_path: Path) -> None:
    status, draft_page = http_get(served.base + f"reports/{PING_AN_ID}/")
    assert status == 200
    assert DRAFT_TEXT in draft_page and 'class="draft-banner"' in draft_page and "草稿" in draft_page
    later_page = http_get(served.base + f"reports/{LATER_ID}/")[1]
    assert LATER_TEXT in later_page and "定时发布：2023-11-01" in later_page
    log = served.stop()
    assert "正在预览" in log

    # A build into the very folder serve wrote, on the same day: not a byte of either note.
    result = run_cli("build", "--content", str(served.content), "--out", str(served.out),
                     env={"DIGEST_TODAY": "2023-10-20"})
    assert result.returncode == 0, result.stderr
    for path in served.out.rglob("*"):
        if path.is_file() and ".cache" not in path.parts:
            data = path.read_bytes()
            assert DRAFT_TEXT.encode() not in data and LATER_TEXT.encode() not in data, path
            assert b'class="draft-banner"' not in data, path


def test_serve_logs_the_changed_file_the_pages_rewritten_and_the_time(served: Served) -> None:
    version = http_get(served.base + "__digest/version")[1]
    note = served.content / "commentary" / "2023-10-yinhang-guaidian.md"
    note.write_text(note.read_text(encoding="utf-8").replace("息差下行最陡的阶段已经过去", "一句新的点评"),
                    encoding="utf-8")
    wait_for(lambda: http_get(served.base + "__digest/version")[1] != version, timeout=30.0)
    log = served.stop()
    line = next(line for line in log.splitlines() if "2023-10-yinhang-guaidian.md" in line)
    assert "改动的文件：content/commentary/2023-10-yinhang-guaidian.md" in line
    assert "重写了" in line and "reports/cf538f61283c/index.html" in line
    assert "秒）" in line


def test_serve_error_page_is_styled_and_names_file_line_and_the_line_itself(served: Served) -> None:
    broken = served.content / "commentary" / "zz-broken.md"
    broken.write_text("---\nreport: 银行业:拐点已至否极泰来\npik: true\n---\n", encoding="utf-8")
    wait_for(lambda: http_get(served.base)[0] == 500, timeout=30.0)
    status, page = http_get(served.base + "weeks/")
    assert status == 500
    assert "<style>" in page and "--accent" in page  # the site's own stylesheet
    assert "内容有错误，站点未更新" in page
    assert "content/commentary/zz-broken.md:3" in page
    assert "未知的键 &#x27;pik&#x27;；是不是：“pick”？" in page
    assert "<pre>3: pik: true</pre>" in page
    broken.unlink()
    wait_for(lambda: http_get(served.base)[0] == 200, timeout=30.0)
    assert "未重建：内容有错误" in served.stop()


def test_the_work_queue_page_is_served_but_never_built(served: Served) -> None:
    status, page = http_get(served.base + "_queue/")
    assert status == 200
    assert "待点评队列" in page and 'href="/static/style.css"' in page
    assert "python -m generator new 96048c450912" in page
    assert f"python -m generator new {PING_AN_ID}" not in page  # it has a (draft) note
    assert not (served.out / "_queue").exists()

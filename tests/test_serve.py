"""`serve` rebuilds on change, reloads pages, and shows content errors without dying."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_content


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def _wait_for(predicate, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError("condition not reached in time")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    content = copy_content(tmp_path)
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--content", str(content), "--out", str(tmp_path / "site"),
         "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        _wait_for(lambda: _get(base)[0] == 200)
        yield base, content
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_served_pages_reload_after_a_commentary_edit(server: tuple[str, Path]) -> None:
    base, content = server
    status, home = _get(base)
    assert status == 200 and "/__digest/version" in home and 'href="/reports/' in home
    version = _get(base + "__digest/version")[1]
    note = content / "commentary" / "2023-10-yinhang-guaidian.md"
    note.write_text(note.read_text(encoding="utf-8").replace("息差下行最陡的阶段已经过去", "一句新的点评"),
                    encoding="utf-8")
    _wait_for(lambda: _get(base + "__digest/version")[1] != version)
    assert "一句新的点评" in _get(base)[1]


def test_a_broken_commentary_shows_its_error_in_the_page_and_the_server_survives(server: tuple[str, Path]) -> None:
    base, content = server
    broken = content / "commentary" / "zz-broken.md"
    broken.write_text("---\nreport: 不存在的报告\n---\n", encoding="utf-8")
    _wait_for(lambda: _get(base)[0] == 500)
    status, page = _get(base)
    assert status == 500
    assert "zz-broken.md:2" in page and "不存在的报告" in page
    broken.unlink()
    _wait_for(lambda: _get(base)[0] == 200)

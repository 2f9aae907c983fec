"""`serve` rebuilds on change, reloads pages, and shows content errors without dying."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_content, free_port, http_get, wait_for


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    content = copy_content(tmp_path)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--content", str(content), "--out", str(tmp_path / "site"),
         "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: http_get(base)[0] == 200)
        yield base, content
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_served_pages_reload_after_a_commentary_edit(server: tuple[str, Path]) -> None:
    base, content = server
    status, home = http_get(base)
    assert status == 200 and "/__digest/version" in home and 'href=/reports/' in home
    version = http_get(base + "__digest/version")[1]
    note = content / "commentary" / "2023-10-yinhang-guaidian.md"
    note.write_text(note.read_text(encoding="utf-8").replace("息差下行最陡的阶段已经过去", "一句新的点评"),
                    encoding="utf-8")
    wait_for(lambda: http_get(base + "__digest/version")[1] != version)
    assert "一句新的点评" in http_get(base)[1]


def test_a_broken_commentary_shows_its_error_in_the_page_and_the_server_survives(server: tuple[str, Path]) -> None:
    base, content = server
    broken = content / "commentary" / "zz-broken.md"
    broken.write_text("---\nreport: 不存在的报告\n---\n", encoding="utf-8")
    wait_for(lambda: http_get(base)[0] == 500)
    status, page = http_get(base)
    assert status == 500
    assert "zz-broken.md:2" in page and "不存在的报告" in page
    broken.unlink()
    wait_for(lambda: http_get(base)[0] == 200)


def _raw(base: str, request: bytes) -> bytes:
    """Send `request` as it is and read the answer: paths and headers urllib would not send."""
    host, port = base.split("//")[1].rstrip("/").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def test_a_request_for_another_host_name_is_refused(server: tuple[str, Path]) -> None:
    base, _ = server
    for host in (b"evil.example", b"127.0.0.1.evil.example:80", b""):
        answer = _raw(base, b"GET / HTTP/1.1\r\nHost: " + host + b"\r\nConnection: close\r\n\r\n")
        assert answer.startswith(b"HTTP/1.0 403"), answer[:80]
    for host in (b"localhost:8000", b"127.0.0.1", b"[::1]:8000"):
        answer = _raw(base, b"GET / HTTP/1.1\r\nHost: " + host + b"\r\nConnection: close\r\n\r\n")
        assert answer.startswith(b"HTTP/1.0 200"), answer[:80]


def test_odd_paths_get_the_sites_own_404_page(server: tuple[str, Path]) -> None:
    base, content = server
    page = (content.parent / "site" / "404.html").read_bytes()
    for path in (b"/%00", b"/x%00.html", b"/" + b"a" * 5000, b"/../../../etc/passwd", b"/reports/%2e%2e/%2e%2e/x"):
        answer = _raw(base, b"GET " + path + b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        assert answer.startswith(b"HTTP/1.0 404"), (path[:40], answer[:80])
        assert answer.endswith(page) and b"Traceback" not in answer


def test_an_idle_connection_does_not_hold_up_other_requests(server: tuple[str, Path]) -> None:
    base, _ = server
    host, port = base.split("//")[1].rstrip("/").split(":")
    idle = [socket.create_connection((host, int(port))) for _ in range(5)]
    try:
        idle[0].sendall(b"GET / HTTP/1.1\r\nHost: local")  # half a request, never finished
        assert http_get(base)[0] == 200
    finally:
        for sock in idle:
            sock.close()


@pytest.mark.parametrize("out", ["/", "documents"])
def test_serve_refuses_a_directory_the_build_would_not_write(tmp_path: Path, out: str) -> None:
    content = copy_content(tmp_path)
    target = Path(out) if out == "/" else tmp_path / out
    if out != "/":
        target.mkdir()
        (target / "notes.txt").write_text("mine", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "serve", "--content", str(content), "--out",
                             str(target), "--port", str(free_port())], cwd=ROOT, capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 2 and "refusing" in result.stdout + result.stderr


def test_clients_dripping_header_lines_cannot_hold_the_server_past_the_timeout(server: tuple[str, Path]) -> None:
    """The timeout bounds a whole request, not each read: 40 clients sending a header line
    every 0.3 s (more than the 32 connections served at once) are let go after it."""
    import contextlib
    import http.client
    import threading
    import time

    base, _ = server
    host, port = base.split("//")[1].rstrip("/").split(":")
    drippers = []
    for _ in range(40):
        sock = socket.create_connection((host, int(port)))
        sock.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n")
        drippers.append(sock)
    stop = threading.Event()

    def drip() -> None:
        while not stop.is_set():
            for sock in drippers:
                with contextlib.suppress(OSError):  # one the server let go
                    sock.sendall(b"X-Slow: a\r\n")
            time.sleep(0.3)

    thread = threading.Thread(target=drip, daemon=True)
    thread.start()
    started = time.monotonic()
    try:
        served = False
        while not served and time.monotonic() - started < 30:
            try:
                served = http_get(base)[0] == 200
            except (OSError, http.client.HTTPException):  # refused at once while all are taken
                time.sleep(0.5)
        assert served and time.monotonic() - started < 20, "the dripping clients held every connection"
    finally:
        stop.set()
        thread.join(timeout=5)
        for sock in drippers:
            sock.close()

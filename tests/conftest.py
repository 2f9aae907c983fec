"""Shared fixtures: the shipped content built once per session through the real CLI."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SAMPLE = CONTENT / "listings" / "000_26eff6c3940f36e1.txt"
BASE_URL = "https://example.github.io/repo/"


def load_openings(part: str) -> list[dict]:
    """Every labelled opening of one part ("dev" or "test"), from each set in tests/data/openings
    (`seed_*`, `broker_*`, `other_*`, …: one file per part and source), in file order."""
    items: list[dict] = []
    for path in sorted((ROOT / "tests" / "data" / "openings").glob(f"*_{part}.yaml")):
        items += yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return items


def run_cli(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m generator …` as a user would, capturing its output. Messages are read
    in English (the catalogues' source language) unless `env` asks for another
    (DIGEST_LANGUAGE, see generator/i18n.py; tests/test_editor.py reads Chinese)."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd, capture_output=True, text=True, env={"DIGEST_LANGUAGE": "en", **os.environ, **(env or {})},
        check=False,
    )


def published(site: Path) -> dict[str, bytes]:
    """A built site's public files and their bytes (its hidden entries, a cache's, left out), to compare two builds."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*")
            if p.is_file() and not p.relative_to(site).as_posix().startswith(".")}


def copy_content(tmp_path: Path, name: str = "content") -> Path:
    target = tmp_path / name
    shutil.copytree(CONTENT, target)
    return target


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped content built for a project site under the sub-path /repo/."""
    out = tmp_path_factory.mktemp("built") / "site"
    result = run_cli("build", "--content", str(CONTENT), "--out", str(out), "--base-url", BASE_URL)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def export_records() -> list[dict]:
    return exported(CONTENT)[0]


def exported(content: Path, env: dict[str, str] | None = None) -> tuple[list[dict], str]:
    """`python -m generator export` of `content`, which must succeed: its records and stderr."""
    result = run_cli("export", "--content", str(content), env=env)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()], result.stderr


class ServedSite:
    """A built site served over HTTP on 127.0.0.1 under the sub-path /repo/, as on GitHub Pages.
    With `gzip_encoded`, a `.gz` file is sent as gzip-encoded content, as nginx's gzip_static
    or Apache's `AddEncoding gzip .gz` send it (the browser unpacks it before a script sees it)."""

    def __init__(self, site: Path, gzip_encoded: bool = False) -> None:
        import functools
        import threading
        from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

        class Quiet(SimpleHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def end_headers(self) -> None:
                if gzip_encoded and self.path.split("?")[0].endswith(".gz"):
                    self.send_header("Content-Encoding", "gzip")
                super().end_headers()

        self.root = site.parent / "served"
        self.root.mkdir(exist_ok=True)
        link = self.root / "repo"
        if link.is_symlink():
            link.unlink()
        link.symlink_to(site, target_is_directory=True)
        handler = functools.partial(Quiet, directory=str(self.root))
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}/repo/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def serve_site():  # type: ignore[no-untyped-def]
    served: list[ServedSite] = []

    def start(site: Path) -> ServedSite:
        served.append(ServedSite(site))
        return served[-1]

    yield start
    for item in served:
        item.close()


def free_port() -> int:
    """A port nothing listens on now, for a server a test starts."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_get(url: str) -> tuple[int, str]:
    """The status and body of a GET, error statuses included."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def wait_for(predicate, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    """Poll until `predicate()` holds (a server still starting may refuse connections)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError("condition not reached in time")

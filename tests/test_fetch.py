"""`python -m generator fetch` against a real HTTP server on this machine (no outside network).

The server serves pages made of the real sample listing's items (tests/data/sgpjbg_listing.html)
and misbehaves on request: robots.txt rules, 429 with Retry-After, 304, 500 then success, slow
and oversized responses, redirects to another host (127.0.0.1 and localhost are two hosts),
malformed pages. Waits stay short through the test-only pause floor (GENERATOR_FETCH_PAUSE_FLOOR).
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from generator import cli
from generator.fetch.sources import PAUSE_FLOOR_VARIABLE
from tests.conftest import ROOT, run_cli

LISTING = ROOT / "tests" / "data" / "sgpjbg_listing.html"
CONTACT = "https://example.org/digest-maintainers"


def _sample_items() -> list[str]:
    """The 20 report items of the real sample listing page, newest first, as markup."""
    soup = BeautifulSoup(LISTING.read_text(encoding="utf-8"), "html.parser")
    return [str(li) for li in soup.select("ul.reportlist > li")]


ITEMS = _sample_items()


def listing_page(items: list[str]) -> bytes:
    """A listing page of the sample's site holding `items`."""
    return ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>金融证券报告</title></head>"
            "<body><h1 class=\"catname\">金融证券报告-PDF版</h1><ul class=\"reportlist\">\n"
            + "\n".join(items) + "\n</ul></body></html>\n").encode("utf-8")


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the response starts
    drip: float = 0.0  # seconds between body bytes
    etag: str | None = None  # answer 304 to a request naming it
    length: bool = True  # send Content-Length (else the body ends when the connection closes)


@dataclass
class Seen:
    at: float
    host: str
    path: str
    headers: dict[str, str]


class Site:
    """What the server answers, path by path: replies served in turn, the last one repeating."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Reply]] = {}
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.port = 0

    def set(self, path: str, *replies: Reply) -> None:
        with self.lock:
            self.routes[path] = list(replies)

    def next_reply(self, path: str) -> Reply:
        with self.lock:
            replies = self.routes.get(path)
            if not replies:
                return Reply(404, b"not found")
            return replies.pop(0) if len(replies) > 1 else replies[0]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def requests_for(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path == path]


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            served.seen.append(Seen(time.monotonic(), self.headers.get("Host", ""), self.path, dict(self.headers)))
            reply = served.next_reply(self.path)
            time.sleep(reply.delay)
            if reply.etag and self.headers.get("If-None-Match") == reply.etag:
                self.send_response(304)
                self.send_header("ETag", reply.etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.etag:
                self.send_header("ETag", reply.etag)
            if reply.length:
                self.send_header("Content-Length", str(len(reply.body)))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if not reply.drip:
                self.wfile.write(reply.body)
                return
            for byte in reply.body:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(reply.drip)

        def log_message(self, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a client that gave up on a slow reply: expected here

    server = Server(("127.0.0.1", 0), Handler)
    served.port = server.server_port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield served
    server.shutdown()
    server.server_close()


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty content directory; the pause floor lowered (test-only) so waits stay short."""
    monkeypatch.setenv(PAUSE_FLOOR_VARIABLE, "0")
    folder = tmp_path / "content"
    (folder / "listings").mkdir(parents=True)
    return folder


def write_sources(content: Path, sources: list[dict], **defaults: object) -> None:
    settings = {"contact": CONTACT, "pause": 0.01, "timeout": 5, "retries": 2, "max_wait": 5, **defaults,
                "sources": sources}
    (content / "sources.yaml").write_text(json.dumps(settings, ensure_ascii=False, indent=2), encoding="utf-8")


def source(site: Site, path: str = "/list/{page}.html", **settings: object) -> dict:
    return {"name": "sample", "format": "html", "profile": "sgpjbg", "url": site.url(path), "pages": 1,
            **settings}


@pytest.fixture(autouse=True)
def english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The assertions read the English messages (the shipped site's language is Chinese)."""
    monkeypatch.setenv("DIGEST_LANGUAGE", "en")


def fetch(content: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(["fetch", "--content", str(content), *args])
    out, err = capsys.readouterr()
    return status, out, err


def export_ids(content: Path, capsys: pytest.CaptureFixture[str]) -> set[str]:
    assert cli.main(["export", "--content", str(content)]) == 0
    out, _ = capsys.readouterr()
    return {json.loads(line)["id"] for line in out.splitlines()}


def captures(content: Path, name: str = "sample") -> list[Path]:
    folder = content / "listings" / name
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def capture_log(content: Path, name: str = "sample") -> list[dict]:
    path = content / "listings" / name / ".captures.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def new_reports(err: str) -> int:
    line = next(line for line in err.splitlines() if line.startswith("sample: ") and "page(s) fetched" in line)
    return int(line.split(" new capture(s), ")[1].split(" new report")[0])


# --- a week of fetching: each day's captures hold exactly the expected new reports ---------------

def test_each_days_captures_hold_exactly_the_new_reports(site: Site, content: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    write_sources(content, [source(site, first_url=site.url("/list/1.html"), pages=3)])
    listings = content / "listings"

    def publish(items: list[str], etag: str | None = None) -> None:
        """The site's listing, 5 reports a page, newest first; pages past the end are 404."""
        for number in range(1, 4):
            page = items[(number - 1) * 5:number * 5]
            if page:
                site.set(f"/list/{number}.html", Reply(body=listing_page(page), etag=etag and f"{etag}-{number}"))
            else:
                site.set(f"/list/{number}.html", Reply(404, b"no such page"))

    # Day 1: the site holds the 8 oldest reports: two pages, every report new; page 3 does not exist.
    publish(ITEMS[12:20])
    status, _, err = fetch(content, capsys)
    assert status == 0, err
    assert new_reports(err) == 8 and len(captures(content)) == 2
    day1 = export_ids(content, capsys)
    assert len(day1) == 8

    # Day 2: three newer reports on top. Page 1 holds them, page 2 only known ones: the fetch stops there.
    publish(ITEMS[9:20], etag="day2")
    site.seen.clear()
    status, _, err = fetch(content, capsys)
    assert status == 0, err
    assert new_reports(err) == 3
    assert [s.path for s in site.seen if s.path != "/robots.txt"] == ["/list/1.html", "/list/2.html"]
    day2 = export_ids(content, capsys)
    assert len(day2 - day1) == 3 and day1 <= day2

    # Day 3: nothing new, and the server says so (304 to the remembered ETag): nothing changes.
    before = tree(listings)
    site.seen.clear()
    status, _, err = fetch(content, capsys)
    assert status == 0, err
    page1 = site.requests_for("/list/1.html")
    assert len(page1) == 1 and page1[0].headers.get("If-None-Match") == "day2-1"
    assert "304 Not Modified" in err and new_reports(err) == 0
    assert tree(listings) == before
    assert site.requests_for("/list/2.html") == [], "a page of known reports ends the fetch"

    # Day 4: the same pages without validators: identical bodies are not saved twice.
    publish(ITEMS[9:20])
    status, _, err = fetch(content, capsys)
    assert status == 0, err
    assert "identical to an earlier capture" in err and tree(listings) == before

    # Day 5: two more reports, and the old ones' view counts moved: a new capture, 2 new reports.
    publish([item.replace("人已浏览", " 人已浏览") for item in ITEMS[7:20]])
    status, _, err = fetch(content, capsys)
    assert status == 0, err
    assert new_reports(err) == 2
    day5 = export_ids(content, capsys)
    assert len(day5 - day2) == 2 and len(day5) == 13

    # Every capture is in the log with its hash, and no file was ever rewritten.
    log = capture_log(content)
    assert len(log) == len(captures(content)) == 6
    for entry in log:
        body = (listings / "sample" / entry["file"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(body).hexdigest() and entry["bytes"] == len(body)
        assert entry["status"] == 200 and entry["url"].startswith(site.url("/list/"))
        assert entry["time"].endswith("Z")
    assert {entry["file"] for entry in log} == {str(p.relative_to(listings / "sample")) for p in captures(content)}


def test_the_capture_log_is_not_read_as_a_listing(site: Site, content: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    site.set("/list/1.html", Reply(body=listing_page(ITEMS[:3])))
    write_sources(content, [source(site)])
    assert fetch(content, capsys)[0] == 0
    assert (content / "listings" / "sample" / ".captures.jsonl").exists()
    checked = run_cli("check", "--content", str(content), "--strict")
    assert checked.returncode == 0, checked.stderr


# --- robots.txt --------------------------------------------------------------------------------

def test_robots_txt_disallowed_pages_are_never_requested(site: Site, content: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    # The group naming this fetcher is the one it obeys; the `*` group is for other robots.
    site.set("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /list/3\n\n"
                                       b"User-agent: research-digest-fetch\nDisallow: /list/2\nDisallow: /private/\n"))
    site.set("/list/1.html", Reply(body=listing_page(ITEMS[:5])))
    site.set("/list/3.html", Reply(body=listing_page(ITEMS[5:10])))
    site.set("/private/1.html", Reply(body=listing_page(ITEMS[10:15])))
    write_sources(content, [source(site, pages=3, stop="never"),
                            source(site, "/private/{page}.html", name="hidden")])
    status, _, err = fetch(content, capsys)
    assert status == 1, "a page robots.txt forbids is reported as a failure of its source"
    paths = [s.path for s in site.seen]
    assert paths.count("/robots.txt") == 1, "robots.txt is read once per host"
    assert "/list/2.html" not in paths and "/private/1.html" not in paths
    assert "/list/1.html" in paths and "/list/3.html" in paths, "the other pages are still fetched"
    assert "disallowed by" in err and "robots.txt" in err
    assert len(captures(content)) == 2 and captures(content, "hidden") == []


def test_a_robots_txt_that_cannot_be_read_disallows_the_host(site: Site, content: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    site.set("/robots.txt", Reply(503, b"down"))
    site.set("/list/1.html", Reply(body=listing_page(ITEMS[:5])))
    write_sources(content, [source(site)], retries=0)
    status, _, err = fetch(content, capsys)
    assert status == 1 and site.requests_for("/list/1.html") == []
    assert "the whole host counts as disallowed" in err


def test_requests_say_who_is_fetching_and_how_to_reach_them(site: Site, content: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    site.set("/list/1.html", Reply(body=listing_page(ITEMS[:5])))
    write_sources(content, [source(site, headers={"Accept-Language": "zh-CN"})])
    assert fetch(content, capsys)[0] == 0
    for seen in site.seen:
        assert seen.headers["User-Agent"].startswith("research-digest-fetch/")
        assert CONTACT in seen.headers["User-Agent"]
    assert site.requests_for("/list/1.html")[0].headers["Accept-Language"] == "zh-CN"


# --- retries, waits, limits ------------------------------------------------------------------------

def test_429_is_retried_after_the_wait_the_server_asks_for(site: Site, content: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    site.set("/list/1.html", Reply(429, b"slow down", {"Retry-After": "1"}), Reply(body=listing_page(ITEMS[:5])))
    write_sources(content, [source(site)])
    status, _, err = fetch(content, capsys)
    assert status == 0, err
    first, second = site.requests_for("/list/1.html")
    assert second.at - first.at >= 1.0, "Retry-After: 1 was honoured"
    assert new_reports(err) == 5 and len(captures(content)) == 1


def test_a_retry_after_beyond_the_limit_leaves_the_site_alone(site: Site, content: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    site.set("/list/1.html", Reply(429, b"come back tomorrow", {"Retry-After": "86400"}))
    write_sources(content, [source(site)], max_wait=2)
    status, _, err = fetch(content, capsys)
    assert status == 1 and len(site.requests_for("/list/1.html")) == 1
    assert "asks to wait 86400 s, more than max_wait" in err and captures(content) == []


def test_a_server_error_is_retried_and_then_succeeds(site: Site, content: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    site.set("/list/1.html", Reply(500, b"oops"), Reply(502, b"bad gateway"), Reply(body=listing_page(ITEMS[:5])))
    write_sources(content, [source(site)])
    status, _, err = fetch(content, capsys)
    assert status == 0, err
    assert len(site.requests_for("/list/1.html")) == 3
    assert len(captures(content)) == 1 and "trying again" in err


def test_a_server_that_keeps_failing_is_given_up_after_the_retries(site: Site, content: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    site.set("/list/1.html", Reply(500, b"oops"))
    site.set("/list/2.html", Reply(body=listing_page(ITEMS[:5])))
    write_sources(content, [source(site, pages=2)], retries=2)
    status, _, err = fetch(content, capsys)
    assert status == 1 and "HTTP 500 after 3 tries" in err
    assert len(site.requests_for("/list/1.html")) == 3
    assert site.requests_for("/list/2.html") == [], "a site in trouble is left alone for the day"


@pytest.mark.parametrize("reply", [Reply(body=listing_page(ITEMS[:5]), delay=20),
                                   Reply(body=listing_page(ITEMS[:1])[:400], drip=0.05)],
                         ids=["slow-to-answer", "dripping-body"])
def test_a_slow_response_times_out(site: Site, content: Path, capsys: pytest.CaptureFixture[str],
                                   reply: Reply) -> None:
    site.set("/list/1.html", reply)
    write_sources(content, [source(site)], timeout=1, retries=0)
    started = time.monotonic()
    status, _, err = fetch(content, capsys)
    assert status == 1 and "no complete response within 1 s" in err
    # Both replies take 20 s: given up long before, the timeout covers the whole response, not each read.
    assert time.monotonic() - started < 10
    assert captures(content) == []


@pytest.fixture
def dripping_server() -> Iterator[int]:
    """A server that sends its status line and then header lines a few bytes at a time,
    for ever: every read is quick, the response never complete."""
    import socket

    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def drip(connection: socket.socket) -> None:
        with connection:
            connection.recv(65536)
            try:
                connection.sendall(b"HTTP/1.1 200 OK\r\n")
                while not stop.is_set():
                    connection.sendall(b"X-Wait: a\r\n")
                    time.sleep(0.05)
            except OSError:
                pass

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=drip, args=(connection,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    yield listener.getsockname()[1]
    stop.set()
    listener.close()


def test_a_server_dripping_its_headers_is_given_up_at_the_timeout(dripping_server: int, site: Site, content: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    site.set("/list/1.html", Reply(body=listing_page(ITEMS[:5])))
    dripping = {"name": "dripping", "format": "html", "profile": "sgpjbg",
                "url": f"http://127.0.0.1:{dripping_server}/list/{{page}}.html", "pages": 1}
    write_sources(content, [dripping, source(site)], timeout=1, retries=0)
    started = time.monotonic()
    status, _, err = fetch(content, capsys)
    assert time.monotonic() - started < 10, "the timeout covers the headers too, not each read"
    assert status == 1 and "no complete response within 1 s" in err, err
    assert len(captures(content)) == 1, "the other source is fetched"


@pytest.mark.parametrize(("reply", "reason"), [
    (Reply(body=b"<html>cut", headers={"Content-Length": "100000"}, length=False),
     "the response ended before the length it announced"),
    (Reply(body=b"<html>not gzip</html>", headers={"Content-Encoding": "gzip"}),
     "the response's Content-Encoding could not be decoded"),
], ids=["short", "false-gzip"])
def test_a_broken_body_is_reported_and_the_other_sources_are_fetched(site: Site, content: Path,
                                                                     capsys: pytest.CaptureFixture[str],
                                                                     reply: Reply, reason: str) -> None:
    site.set("/broken/1.html", reply)
    site.set("/list/1.html", Reply(body=listing_page(ITEMS[:5])))
    write_sources(content, [source(site, "/broken/{page}.html", name="broken"), source(site)], retries=0)
    status, _, err = fetch(content, capsys)
    assert status == 1 and f"broken: page 1 {site.url('/broken/1.html')}: {reason}" in err, err
    assert "internal error" not in err
    assert captures(content, "broken") == [] and len(captures(content)) == 1


@pytest.mark.parametrize("length", [True, False], ids=["declared", "undeclared"])
def test_an_oversized_response_is_refused(site: Site, content: Path, capsys: pytest.CaptureFixture[str],
                                          length: bool) -> None:
    site.set("/list/1.html", Reply(body=listing_page(ITEMS[:5]), length=length))
    write_sources(content, [source(site)], max_bytes=2000, retries=0)
    status, _, err = fetch(content, capsys)
    assert status == 1 and "over the size limit of 2,000 bytes" in err
    assert captures(content) == [] and capture_log(content) == []


def test_a_compressed_response_is_saved_as_the_page_it_holds(site: Site, content: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    page = listing_page(ITEMS[:5])
    site.set("/list/1.html", Reply(body=gzip.compress(page), headers={"Content-Encoding": "gzip"}))
    write_sources(content, [source(site)])
    assert fetch(content, capsys)[0] == 0
    assert captures(content)[0].read_bytes() == page


def test_last_modified_is_sent_back_as_if_modified_since(site: Site, content: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    stamp = "Wed, 02 Dec 2026 01:00:00 GMT"
    site.set("/list/1.html", Reply(body=listing_page(ITEMS[:5]), headers={"Last-Modified": stamp}))
    write_sources(content, [source(site)])
    assert fetch(content, capsys)[0] == 0
    assert capture_log(content)[0]["last_modified"] == stamp
    assert fetch(content, capsys)[0] == 0
    first, second = site.requests_for("/list/1.html")
    assert "If-Modified-Since" not in first.headers and second.headers["If-Modified-Since"] == stamp


def test_a_crawl_delay_is_kept_and_one_beyond_max_wait_is_not_waited_for(site: Site, content: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    site.set("/robots.txt", Reply(body=b"User-agent: *\nCrawl-delay: 0.5\n"))
    for number in (1, 2):
        site.set(f"/list/{number}.html", Reply(body=listing_page(ITEMS[number * 5:number * 5 + 5])))
    write_sources(content, [source(site, pages=2)])
    assert fetch(content, capsys)[0] == 0
    first, second = site.requests_for("/list/1.html")[0], site.requests_for("/list/2.html")[0]
    assert second.at - first.at >= 0.5
    site.set("/robots.txt", Reply(body=b"User-agent: *\nCrawl-delay: 600\n"))
    status, _, err = fetch(content, capsys)
    assert status == 1 and "asks for 600 s between requests, more than max_wait" in err


def test_requests_to_one_host_keep_the_pause_apart(site: Site, content: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    for number in (1, 2, 3):
        site.set(f"/list/{number}.html", Reply(body=listing_page(ITEMS[number * 5:number * 5 + 5])))
    write_sources(content, [source(site, pages=3, pause=0.3)])
    assert fetch(content, capsys)[0] == 0
    times = [s.at for s in site.seen]
    assert len(times) == 4  # robots.txt and three pages
    assert all(b - a >= 0.3 for a, b in itertools.pairwise(times))


# --- redirects ---------------------------------------------------------------------------------------

def test_a_redirect_to_another_host_is_refused(site: Site, content: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    site.set("/list/1.html", Reply(302, b"", {"Location": site.url("/elsewhere.html", host="localhost")}))
    site.set("/elsewhere.html", Reply(body=listing_page(ITEMS[:5])))
    write_sources(content, [source(site)])
    status, _, err = fetch(content, capsys)
    assert status == 1 and "redirected to another host" in err
    assert site.requests_for("/elsewhere.html") == [] and captures(content) == []


def test_a_redirect_on_the_same_host_is_followed(site: Site, content: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    site.set("/list/1.html", Reply(301, b"", {"Location": "/moved/1.html"}))
    site.set("/moved/1.html", Reply(body=listing_page(ITEMS[:5])))
    write_sources(content, [source(site)])
    status, _, err = fetch(content, capsys)
    assert status == 0, err
    assert len(captures(content)) == 1 and capture_log(content)[0]["url"] == site.url("/list/1.html")


# --- what cannot be read is kept and reported ----------------------------------------------------------

def test_a_malformed_page_is_kept_and_reported(site: Site, content: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    broken = b"<html><body><div class='maintenance'>\xe7\xbb\xb4\xe6\x8a\xa4\xe4\xb8\xad</div><ul class='reportlist'"
    site.set("/list/1.html", Reply(body=broken))
    site.set("/list/2.html", Reply(body=listing_page(ITEMS[:5])))
    write_sources(content, [source(site, pages=2)])
    status, _, err = fetch(content, capsys)
    assert status == 1, "an unreadable capture fails its source, so it shows"
    saved = captures(content)
    assert len(saved) == 2 and saved[0].read_bytes() == broken, "kept, byte for byte"
    assert "no report could be read from this capture" in err
    assert new_reports(err) == 5, "an unreadable page is not taken for a page of known reports"
    assert len(capture_log(content)) == 2


def test_a_page_the_build_would_read_with_another_profile_is_reported(site: Site, content: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    (content / "profiles").mkdir()
    (content / "profiles" / "greedy.yaml").write_text(
        "name: greedy\nmatch: ul\nitem: ul > li\nfields:\n  title: {selector: a}\n  date: {selector: span.time}\n",
        encoding="utf-8")
    site.set("/list/1.html", Reply(body=listing_page(ITEMS[:3])))
    write_sources(content, [source(site)])
    status, _, err = fetch(content, capsys)
    assert status == 0, err
    assert "the build reads this page with profile 'greedy', not 'sgpjbg'" in err


def test_a_page_with_some_broken_items_keeps_the_rest(site: Site, content: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    items = [*ITEMS[:3], ITEMS[3].replace("发布时间2023-10-09", "发布时间 soon")]
    site.set("/list/1.html", Reply(body=listing_page(items)))
    write_sources(content, [source(site)])
    status, _, err = fetch(content, capsys)
    assert status == 0, err
    assert new_reports(err) == 3 and "no valid publish date" in err


# --- many sources, the summary, dry runs ------------------------------------------------------------------

def test_a_failing_source_does_not_stop_the_others(site: Site, content: Path, capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    site.set("/down/1.html", Reply(503, b"maintenance"))
    site.set("/list/1.html", Reply(body=listing_page(ITEMS[:5])))
    write_sources(content, [source(site, "/down/{page}.html", name="broken"), source(site)], retries=1)
    summary = tmp_path / "summary.md"
    status, _, err = fetch(content, capsys, "--summary", str(summary))
    assert status == 1 and "broken: 0 page(s) fetched" in err and "sample: 1 page(s) fetched" in err
    assert len(captures(content)) == 1 and captures(content, "broken") == []
    table = summary.read_text(encoding="utf-8")
    assert "| broken | 0 | 0 | 0 | 0 |" in table and "**failed**" in table
    assert "| sample | 1 | 0 | 1 | 5 |" in table and "HTTP 503 after 2 tries" in table


def test_named_sources_only_are_fetched(site: Site, content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site.set("/list/1.html", Reply(body=listing_page(ITEMS[:5])))
    site.set("/other/1.html", Reply(body=listing_page(ITEMS[5:10])))
    write_sources(content, [source(site), source(site, "/other/{page}.html", name="other")])
    assert fetch(content, capsys, "other")[0] == 0
    assert captures(content) == [] and len(captures(content, "other")) == 1
    status, _, err = fetch(content, capsys, "nosuch")
    assert status == 2 and "no source named 'nosuch'" in err


def test_a_dry_run_sends_nothing_and_shows_what_would_be_fetched(site: Site, content: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    site.set("/list/1.html", Reply(body=listing_page(ITEMS[:5]), etag="v1"))
    write_sources(content, [source(site, pages=2)])
    assert fetch(content, capsys)[0] == 0
    site.seen.clear()
    before = tree(content)
    status, out, _ = fetch(content, capsys, "--dry-run")
    assert status == 0 and site.seen == [] and tree(content) == before
    assert f"would fetch {site.url('/list/1.html')} (If-None-Match: v1)" in out
    assert f"would fetch {site.url('/list/2.html')}" in out and CONTACT in out


# --- sources.yaml ------------------------------------------------------------------------------------------

BAD_SOURCES = """\
contact: https://example.org/me
pause: 10
sources:
  - name: good
    url: https://example.org/list/{page}.html
    pages: 2
  - name: Bad Name
    url: ftp://example.org/list.html
  - name: good
    url: https://example.org/a.html
    pages: 0
    pause: 0.1
    profile: nosuch
    headers: {User-Agent: Mozilla/5.0}
    stop: sometimes
    colour: blue
"""


def test_mistakes_in_sources_yaml_are_reported_at_their_lines(content: Path, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PAUSE_FLOOR_VARIABLE)
    (content / "sources.yaml").write_text(BAD_SOURCES, encoding="utf-8")
    status, _, err = fetch(content, capsys)
    assert status == 2
    expected = {
        7: "`name` must be a short folder name", 8: "`url` must be an http(s) URL",
        11: "`pages` must be a number from 1 to 100", 12: "below the floor of 1.0 s",
        13: "`profile` 'nosuch' is not a source profile", 14: "'User-Agent' is set by the fetcher",
        15: "`stop` must be one of known, never", 16: "unknown setting 'colour'",
        9: "source 'good' is defined twice (first at line 4)",
    }
    for line, message in expected.items():
        assert any(f"sources.yaml:{line}: error: " in row and message in row for row in err.splitlines()), \
            (line, message, err)


def test_a_missing_contact_is_an_error_unless_given_on_the_command_line(content: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    (content / "sources.yaml").write_text("sources:\n  - name: s\n    url: https://example.org/\n", encoding="utf-8")
    status, _, err = fetch(content, capsys, "--dry-run")
    assert status == 2 and "`contact` is required" in err
    status, out, _ = fetch(content, capsys, "--dry-run", "--contact", "editor@example.org")
    assert status == 0 and "(+editor@example.org)" in out


def test_check_reports_mistakes_in_sources_yaml_without_needing_a_contact(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "listings").mkdir(parents=True)
    (content / "listings" / "sample.html").write_bytes(listing_page(ITEMS[:2]))
    (content / "sources.yaml").write_text("sources:\n  - name: s\n    url: https://example.org/{page}\n"
                                          "    pages: many\n", encoding="utf-8")
    result = run_cli("check", "--content", str(content))
    assert result.returncode == 1 and "content/sources.yaml:4: error: `pages` must be a number" in result.stderr
    assert "contact" not in result.stderr


def test_the_shipped_sources_file_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = fetch(ROOT / "content", capsys, "--dry-run", "--contact", CONTACT)
    assert status == 0, err
    assert "sgpjbg: 3 page(s), html through profile sgpjbg" in out
    assert "would fetch https://www.sgpjbg.com/" in out


# --- the scheduled workflow's fetch-commit-build sequence, run here ----------------------------------------

def test_only_the_scheduled_fetch_job_may_write_and_one_fetch_runs_at_a_time() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    assert workflow["permissions"] == {"contents": "read"}
    assert jobs["fetch"]["permissions"] == {"contents": "write"}
    assert all("write" not in str(job.get("permissions", {}).get("contents", "")) for name, job in jobs.items()
               if name != "fetch")
    assert jobs["fetch"]["if"] == "github.event_name != 'push'", "a push (its own included) never fetches"
    assert jobs["fetch"]["concurrency"] == {"group": "fetch", "cancel-in-progress": False}
    assert jobs["test"]["needs"] == "fetch" and "needs.fetch.outputs.sha" in jobs["test"]["steps"][0]["with"]["ref"]
    assert jobs["build"]["steps"][0]["with"]["ref"] == "${{ needs.test.outputs.sha }}"
    checkout = jobs["fetch"]["steps"][0]
    assert checkout["with"]["persist-credentials"] is False, "the token is handed to the push step alone"


def _workflow_steps() -> dict[str, str]:
    """The `run` scripts of the Pages workflow's fetch job, by step id."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    return {step["id"]: step["run"] for step in workflow["jobs"]["fetch"]["steps"] if "id" in step and "run" in step}


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", "-c", "user.name=editor", "-c", "user.email=editor@example.org", *args], cwd=cwd,
                          check=True, capture_output=True, text=True).stdout.strip()


def test_the_workflow_fetches_commits_only_what_is_new_and_the_build_follows(site: Site, tmp_path: Path) -> None:
    steps = _workflow_steps()
    assert set(steps) >= {"fetch", "commit"}
    assert all("${{" not in script for script in steps.values()), "expressions go through env, never into scripts"
    origin, work = tmp_path / "origin.git", tmp_path / "work"
    _git("init", "--quiet", "--bare", "-b", "main", str(origin), cwd=tmp_path)
    _git("clone", "--quiet", str(origin), str(work), cwd=tmp_path)
    content = work / "content"
    (content / "listings").mkdir(parents=True)
    (content / "listings" / ".gitkeep").write_text("", encoding="utf-8")
    (content / "site.yaml").write_text("title: 研报精选\nsearch: false\n", encoding="utf-8")
    # A generous timeout: a loaded CI machine must not turn the local server's slow reply into the failure
    # this test looks for only on day 1 (a 503, never retried).
    write_sources(content, [source(site), source(site, "/down/{page}.html", name="broken")], retries=0, timeout=30)
    _git("add", ".", cwd=work)
    _git("commit", "--quiet", "-m", "content", cwd=work)
    _git("push", "--quiet", "origin", "HEAD:main", cwd=work)
    summary, output = tmp_path / "summary.md", tmp_path / "output"
    env = {**os.environ, PAUSE_FLOOR_VARIABLE: "0", "PYTHONPATH": str(ROOT), "CONTACT": CONTACT, "GITHUB_TOKEN": "",
           "BRANCH": "main", "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_OUTPUT": str(output)}

    def run_step(name: str) -> int:
        return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", steps[name]], cwd=work,
                              env=env, capture_output=True, text=True, check=False).returncode

    # Day 1: one source has five reports, the other is down; the day's captures are committed and pushed.
    site.set("/list/1.html", Reply(body=listing_page(ITEMS[:5])))
    site.set("/down/1.html", Reply(503, b"maintenance"))
    assert run_step("fetch") == 1, "the failing source shows in the step's outcome"
    assert run_step("commit") == 0
    head = _git("rev-parse", "main", cwd=origin)
    assert _git("log", "-1", "--format=%an", "main", cwd=origin) == "github-actions[bot]"
    committed = _git("show", "--name-only", "--format=", "main", cwd=origin).splitlines()
    assert len(committed) == 2 and all(name.startswith("content/listings/sample/") for name in committed)
    assert any(name.endswith("/.captures.jsonl") for name in committed)
    assert f"sha={head}" in output.read_text(encoding="utf-8")
    text = summary.read_text(encoding="utf-8")
    assert "| broken | 0 |" in text and "**failed**" in text and "Committed the new captures" in text

    # The build follows, from exactly that commit.
    built = tmp_path / "built"
    _git("clone", "--quiet", str(origin), str(built), cwd=tmp_path)
    _git("checkout", "--quiet", head, cwd=built)
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--content", "content", "--out", "site"],
                            cwd=built, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert len([p for p in (built / "site" / "reports").iterdir() if p.is_dir()]) == 5

    # Day 2: the broken source is back; its page is committed, the other source found nothing new.
    site.set("/down/1.html", Reply(body=listing_page(ITEMS[5:10])))
    summary.write_text("", encoding="utf-8")
    assert run_step("fetch") == 0 and run_step("commit") == 0
    committed = _git("show", "--name-only", "--format=", "main", cwd=origin).splitlines()
    assert len(committed) == 2 and all(name.startswith("content/listings/broken/") for name in committed)
    head = _git("rev-parse", "main", cwd=origin)

    # Day 3: nothing new anywhere: no commit, nothing changed in the working tree.
    summary.write_text("", encoding="utf-8")
    assert run_step("fetch") == 0 and run_step("commit") == 0
    assert _git("rev-parse", "main", cwd=origin) == head and _git("status", "--porcelain", cwd=work) == ""
    assert "Nothing new: no commit." in summary.read_text(encoding="utf-8")

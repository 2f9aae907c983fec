"""HTTP the way a good citizen of the web does it.

One client for a whole fetch: it reads each host's robots.txt once (Protego, the parser
Scrapy uses: wildcards, longest match, Crawl-delay) and obeys it, never sends two requests
to one host closer together than the source's pause (or the host's Crawl-delay, or the
floor), sends conditional requests, retries 429 and 5xx with back-off and honours
Retry-After up to a bound, stops a request that runs past its time, refuses a response over
the size limit and a redirect to another host, and says who it is in its User-Agent.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from protego import Protego
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from generator.fetch.sources import Politeness, pause_floor

REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 5
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: parse at least the first 500 KiB
CHUNK = 64 * 1024

MESSAGES = {
    "robots": "disallowed by {robots} for this user agent; not fetched",
    "robots_unreachable": "{robots} could not be read ({reason}): the whole host counts as disallowed",
    "crawl_delay": "{robots} asks for {delay:g} s between requests, more than max_wait ({limit:g} s); not fetched",
    "other_host": "redirected to another host ({location}); not followed",
    "redirects": "more than {count} redirects; not followed",
    "no_location": "HTTP {status} redirect without a Location header",
    "too_big": "response over the size limit of {limit:,} bytes; refused",
    "too_slow": "no complete response within {timeout:g} s",
    "network": "{reason}",
    "status": "HTTP {status}",
    "gave_up": "{last} after {tries} tries; giving up for today",
    "wait_too_long": "HTTP {status}: the server asks to wait {wait:g} s, more than max_wait ({limit:g} s); "
                     "giving up for today",
    "retrying": "{url}: {problem}; trying again in {wait:.1f} s",
}


class FetchError(Exception):
    """A page that could not be fetched, with the reason an editor reads (and the HTTP status
    that ended it, if one did)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class Disallowed(FetchError):
    """robots.txt forbids the page: not an error of the site, a limit on us."""


@dataclass(frozen=True)
class Response:
    url: str  # where the body came from, after redirects on the same host
    status: int
    body: bytes | None  # None for 304 Not Modified
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date); None when absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class _Deadline:
    """A request's whole time: when it is up, the request's socket is shut down. The
    socket's own timeout bounds each read, so a server dripping its status line and headers
    a byte at a time would otherwise hold a request for as long as it likes."""

    def __init__(self, seconds: float) -> None:
        self.sockets: list[socket.socket] = []
        self.expired = False
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        _current.deadline = self
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        _current.deadline = None

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            self.sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self.sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


_current = threading.local()  # the deadline of the request this thread is making


class _Watched:
    """A connection whose socket the request's deadline (if any) may shut (mixed into urllib3's)."""

    sock: socket.socket | None

    def getresponse(self):  # type: ignore[no-untyped-def]
        if (deadline := getattr(_current, "deadline", None)) is not None:
            deadline.watch(self.sock)
        return super().getresponse()  # type: ignore[misc]


class _WatchedConnection(_Watched, HTTPConnection):
    pass


class _WatchedTLSConnection(_Watched, HTTPSConnection):
    pass


class _WatchedPool(HTTPConnectionPool):
    ConnectionCls = _WatchedConnection


class _WatchedTLSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedTLSConnection


def _session(agent: str) -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = agent
    adapter = HTTPAdapter()
    adapter.poolmanager.pool_classes_by_scheme = {"http": _WatchedPool, "https": _WatchedTLSPool}
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


class _Retry(Exception):
    """A failure worth another try: 429, 5xx, a timeout or a network failure."""

    def __init__(self, problem: str, wait: float | None = None, status: int | None = None) -> None:
        super().__init__(problem)
        self.wait = wait
        self.status = status


class PoliteClient:
    """Every request of one fetch goes through here, so limits hold across sources sharing a host."""

    def __init__(self, agent: str, say: Callable[[str], None] = lambda _: None) -> None:
        self.agent = agent
        self.say = say
        self._session = _session(agent)
        self._robots: dict[str, Protego | str] = {}  # by scheme://host:port; text when unreadable
        self._next: dict[str, float] = {}  # by host: the monotonic time the next request may start

    def close(self) -> None:
        self._session.close()

    def get(self, url: str, politeness: Politeness, headers: dict[str, str] | None = None,
            etag: str | None = None, last_modified: str | None = None) -> Response:
        """The page, or 304 when it has not changed since `etag`/`last_modified`; FetchError otherwise."""
        pause = self._check_robots(url, politeness)
        conditional = dict(headers or {})
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        return self._fetch(url, politeness, pause, conditional, same_host=True, limit=politeness.max_bytes)

    def _check_robots(self, url: str, politeness: Politeness) -> float:
        """Raise Disallowed unless robots.txt lets us fetch `url`; the pause its host asks for."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        robots_url = f"{origin}/robots.txt"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(robots_url, politeness)
        rules = self._robots[origin]
        if isinstance(rules, str):
            raise Disallowed(MESSAGES["robots_unreachable"].format(robots=robots_url, reason=rules))
        if not rules.can_fetch(url, self.agent):
            raise Disallowed(MESSAGES["robots"].format(robots=robots_url))
        delay = float(rules.crawl_delay(self.agent) or 0.0)
        rate = rules.request_rate(self.agent)
        if rate and rate.requests:
            delay = max(delay, rate.seconds / rate.requests)
        if delay > politeness.max_wait:
            raise Disallowed(MESSAGES["crawl_delay"].format(robots=robots_url, delay=delay, limit=politeness.max_wait))
        return max(politeness.pause, delay)

    def _read_robots(self, robots_url: str, politeness: Politeness) -> Protego | str:
        """The host's rules (RFC 9309): none when robots.txt is missing (4xx), everything
        disallowed when it cannot be read (5xx, 429, network trouble)."""
        try:
            response = self._fetch(robots_url, politeness, politeness.pause, {}, same_host=False,
                                   limit=ROBOTS_MAX_BYTES, truncate=True)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                return Protego.parse("")
            return str(exc)
        return Protego.parse((response.body or b"").decode("utf-8", errors="replace"))

    def _wait_turn(self, host: str) -> None:
        delay = self._next.get(host, 0.0) - time.monotonic()
        if delay > 0:
            time.sleep(delay)

    def _fetch(self, url: str, politeness: Politeness, pause: float, headers: dict[str, str], *,
               same_host: bool, limit: int, truncate: bool = False) -> Response:
        pause = max(pause, pause_floor())
        host = _host(url)
        redirects = 0
        tries = 0
        while True:
            self._wait_turn(_host(url))
            tries += 1
            try:
                try:
                    response = self._once(url, politeness, headers, limit, truncate)
                finally:
                    self._next[_host(url)] = time.monotonic() + pause
            except _Retry as retry:
                wait = retry.wait if retry.wait is not None else pause * 2 ** (tries - 1)
                if retry.wait is not None and retry.wait > politeness.max_wait:
                    message = MESSAGES["wait_too_long"].format(status=retry.status, wait=retry.wait,
                                                               limit=politeness.max_wait)
                    raise FetchError(message, retry.status) from None
                if tries > politeness.retries:
                    raise FetchError(MESSAGES["gave_up"].format(last=retry, tries=tries), retry.status) from None
                wait = min(max(wait, pause), politeness.max_wait)
                self.say(MESSAGES["retrying"].format(url=url, problem=retry, wait=wait))
                self._next[_host(url)] = time.monotonic() + wait
                continue
            if response.status not in REDIRECTS:
                return response
            location = response.url
            if same_host and _host(location) != host:
                raise FetchError(MESSAGES["other_host"].format(location=location))
            redirects += 1
            if redirects > MAX_REDIRECTS:
                raise FetchError(MESSAGES["redirects"].format(count=MAX_REDIRECTS))
            if same_host:
                self._check_robots(location, politeness)
            url = location
            tries = 0

    def _once(self, url: str, politeness: Politeness, headers: dict[str, str], limit: int,
              truncate: bool) -> Response:
        """One request. A redirect comes back as a Response whose `url` is where it points."""
        deadline = time.monotonic() + politeness.timeout
        with _Deadline(politeness.timeout) as whole:
            try:
                response = self._once_within(url, politeness, headers, limit, truncate, deadline)
            except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
                if whole.expired or isinstance(exc, requests.Timeout | urllib3.exceptions.TimeoutError):
                    raise _Retry(MESSAGES["too_slow"].format(timeout=politeness.timeout)) from None
                raise _Retry(MESSAGES["network"].format(reason=_reason(exc))) from None
            if whole.expired:  # the body may have ended only because its socket was shut
                raise _Retry(MESSAGES["too_slow"].format(timeout=politeness.timeout))
            return response

    def _once_within(self, url: str, politeness: Politeness, headers: dict[str, str], limit: int, truncate: bool,
                     deadline: float) -> Response:
        with self._session.get(url, headers=headers, timeout=politeness.timeout, stream=True,
                               allow_redirects=False) as response:
            status = response.status_code
            if status in REDIRECTS:
                location = response.headers.get("Location")
                if not location:
                    raise FetchError(MESSAGES["no_location"].format(status=status))
                return Response(urljoin(url, location), status, None)
            if status == 429 or status >= 500:
                raise _Retry(MESSAGES["status"].format(status=status),
                             retry_after(response.headers.get("Retry-After")), status)
            if status == 304:
                return Response(url, status, None, response.headers.get("ETag"),
                                response.headers.get("Last-Modified"))
            if not 200 <= status < 300:
                raise FetchError(MESSAGES["status"].format(status=status), status)
            body = _read_body(response, limit, deadline, politeness.timeout, truncate)
            return Response(url, status, body, response.headers.get("ETag"),
                            response.headers.get("Last-Modified"), response.headers.get("Content-Type"))


def _read_body(response: requests.Response, limit: int, deadline: float, timeout: float, truncate: bool) -> bytes:
    """The body, decoded of any Content-Encoding, refused past `limit` bytes (or cut there,
    for robots.txt) and past the request's deadline. It is read with `read1`, which returns
    whatever has arrived: a server dripping bytes cannot hold a read past the deadline."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit and not truncate:
        raise FetchError(MESSAGES["too_big"].format(limit=limit))
    body = bytearray()
    while chunk := response.raw.read1(CHUNK, decode_content=True):
        body += chunk
        if len(body) > limit:
            if truncate:
                return bytes(body[:limit])
            raise FetchError(MESSAGES["too_big"].format(limit=limit))
        if time.monotonic() > deadline:
            raise _Retry(MESSAGES["too_slow"].format(timeout=timeout))
    return bytes(body)


def _reason(exc: Exception) -> str:
    """A network failure in a few words, not urllib3's nested repr."""
    text = str(exc.args[0] if exc.args else exc)
    if "IncompleteRead" in text:
        return "the response ended before the length it announced"
    if isinstance(exc, requests.exceptions.ContentDecodingError | urllib3.exceptions.DecodeError):
        return "the response's Content-Encoding could not be decoded"
    for marker in ("Failed to establish a new connection:", "Connection refused", "Name or service not known",
                   "Connection reset", "Connection aborted"):
        if marker in text:
            return f"cannot connect ({marker.rstrip(':').lower()})"
    return f"network failure ({type(exc).__name__})"

"""`serve`: build, serve on localhost, rebuild when content or templates change.

The open page reloads itself after a rebuild: HTML responses get a small polling script
injected on the way out (never written into the site). When content has errors, every page
shows them instead, and the server keeps running until the editor fixes the file.

`serve` builds a preview: drafts and notes or editions dated in the future are shown, marked
(`build` never publishes them). `/_queue/` shows the editor's work queue (never written).
Each rebuild is logged with the files that changed, the pages rewritten and the time taken.

The server shows only a site this generator builds (never a directory the build refuses,
never `/`), answers only requests naming a local host (a web page elsewhere cannot reach it
through DNS rebinding), gives every connection a timeout and a bounded number of threads,
and answers any path it cannot serve with the site's own 404 page.
"""

from __future__ import annotations

import contextlib
import errno
import html
import os
import sys
import threading
import time
from collections.abc import Iterable
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from watchfiles import watch

from generator.build import BuildResult, build
from generator.cachedir import BuildCache, UnsafeOutput, cache_root
from generator.diagnostics import Diagnostic, Diagnostics
from generator.i18n import language, tr
from generator.outdir import check_output_dir, check_replaceable
from generator.queue import QUEUE_PATH, make_queue, queue_page

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
CONNECTION_TIMEOUT = 10.0  # seconds a connection may stay silent
MAX_CONNECTIONS = 32
NOT_LOCAL = "this server answers only requests for a local host name (localhost, 127.0.0.1, [::1])"

LOGGED_PATHS = 8  # files named in one log line; the rest are counted

_RELOAD = b"""<script>(function(){var v=null;setInterval(function(){fetch('/__digest/version')
.then(function(r){return r.text()}).then(function(t){if(v!==null&&t!==v){location.reload()}v=t})
.catch(function(){})},1000)})();</script>"""


class _State:
    """What the server shows: the latest build's version number and its error messages."""

    def __init__(self) -> None:
        self.version = 0
        self.errors: list[Diagnostic] = []
        self.queue: tuple[int, bytes] | None = None  # the queue page, and the version it was made for
        self.lock = threading.Lock()


def _rebuild(content: Path, out: Path, templates: Path, base_url: str, strict: bool, state: _State,
             changes: Iterable[str] = (), cache: Path | None = None) -> None:
    diagnostics = Diagnostics(root=content)
    started = time.perf_counter()
    result = None
    try:
        result = build(content, out, base_url, diagnostics, strict, templates, preview=True, cache=cache)
        messages = [d for d in diagnostics.items if result is None or d.level == "error"]
        if result is None and not messages:
            messages = [Diagnostic("error", str(content), None, "build failed")]
    except (UnsafeOutput, OSError, ValueError) as exc:
        messages = [Diagnostic("error", str(out), None, "build failed: {reason}", {"reason": str(exc)})]
    except Exception as exc:
        messages = [Diagnostic("error", str(out), None, "build failed: {reason}",
                               {"reason": f"{type(exc).__name__}: {exc}"})]
    for message in messages:
        print(message, flush=True)
    with state.lock:
        state.errors = messages
        state.version += 1
    print(_log_line(state.version, list(changes), result, time.perf_counter() - started, bool(messages)), flush=True)


def _log_line(version: int, changes: list[str], result: BuildResult | None, seconds: float, failed: bool) -> str:
    """One line per rebuild: what changed, which pages were rewritten, how long it took."""
    def some(paths: list[str]) -> str:
        shown = ", ".join(paths[:LOGGED_PATHS])
        return shown + (tr(" and {count} more", count=len(paths) - LOGGED_PATHS) if len(paths) > LOGGED_PATHS else "")

    parts = [tr("changed: {files}", files=some(changes))] if changes else []
    if failed:
        parts.append(tr("not rebuilt: content has errors (shown in the browser)"))
    elif result is not None and result.written:
        pages = [p for p in result.written if p.endswith(".html")] or result.written
        parts.append(tr("rewrote {count} file(s): {files}", count=len(result.written), files=some(pages)))
    else:
        parts.append(tr("nothing to rewrite"))
    return tr("[{clock}] version {version}: {parts} ({seconds:.2f} s)", clock=time.strftime("%H:%M:%S"),
              version=version, parts="; ".join(parts), seconds=seconds)


def _source_line(content: Path, message: Diagnostic) -> str | None:
    """The text of the line a message points at, when it is a file of the content."""
    if message.line is None:
        return None
    path = content.parent / message.file
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    return lines[message.line - 1] if 0 < message.line <= len(lines) else None


def _error_page(content: Path, templates: Path, errors: list[Diagnostic]) -> bytes:
    """serve's page while the content has errors: styled as the site, each error with its
    file, line and the text of that line."""
    try:
        style = (templates / "static" / "style.css").read_text(encoding="utf-8")
    except OSError:
        style = ""
    items = []
    for error in errors:
        where = error.file if error.line is None else f"{error.file}:{error.line}"
        source = _source_line(content, error)
        quoted = f"<pre>{error.line}: {html.escape(source)}</pre>" if source is not None else ""
        items.append(f"<li><strong>{html.escape(where)}</strong><br>{html.escape(error.text)}{quoted}</li>")
    title = tr("Content has errors; the site was not updated")
    hint = tr("Fix the files named below and save: this page reloads by itself.")
    return (f'<!DOCTYPE html><html lang="{html.escape(language())}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>'
            f"<style>{style}</style></head><body><main class=\"wrap\"><h1>{html.escape(title)}</h1>"
            f'<p>{html.escape(hint)}</p><ol class="build-errors">{"".join(items)}</ol></main></body></html>').encode()


def _queue_page(content: Path, state: _State) -> bytes:
    """The work queue as of the latest rebuild, made when first asked for."""
    from generator.digest import load_digest

    with state.lock:
        version, cached = state.version, state.queue
    if cached is not None and cached[0] == version:
        return cached[1]
    digest = load_digest(content, Diagnostics(root=content), preview=True)
    page = queue_page(make_queue(digest, content), language())
    with state.lock:
        state.queue = (version, page)
    return page


def host_allowed(header: str | None, allowed: frozenset[str] = LOCAL_HOSTS) -> bool:
    """Whether a request's Host header names one of `allowed` (with any port)."""
    if not header:
        return False
    host = header.strip().lower()
    if host.startswith("["):
        host = host[1:].partition("]")[0]
    elif host.count(":") == 1:
        host = host.partition(":")[0]
    return host.rstrip(".") in allowed


def servable_problem(content: Path, out: Path, templates: Path, cache: Path | None) -> str | None:
    """Why `out` may not be served (the build would refuse to build into it), if it may not."""
    root = cache_root(content, cache)
    try:
        check_output_dir(out, content, root, templates)
        check_replaceable(out, BuildCache(root, out))
    except UnsafeOutput as exc:
        return str(exc)
    return None


class BoundedServer(ThreadingHTTPServer):
    """A threading server with at most MAX_CONNECTIONS connections at once: one more is
    closed at once rather than given a thread."""

    daemon_threads = True

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)

    def process_request(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        if not self.slots.acquire(blocking=False):
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        """A client that went away or stalled is no error of the site: nothing to print (the
        default prints a traceback for each, hundreds of lines for a page of images)."""
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            return
        print(f"serve: a request from {client_address[0]} failed: {type(error).__name__}: {error}", file=sys.stderr)


class _WithinDeadline:
    """A connection's reader that refuses to read on past its request's deadline: the socket's
    timeout bounds each read, so a client sending a header line every few seconds would
    otherwise hold its connection, one of MAX_CONNECTIONS, for as long as it likes."""

    def __init__(self, stream, handler: GuardedHandler) -> None:  # type: ignore[no-untyped-def]
        self._stream = stream
        self._handler = handler

    def _in_time(self) -> None:
        if time.monotonic() > self._handler.deadline:
            raise TimeoutError("request not complete within its time")

    def readline(self, *args: object) -> bytes:
        self._in_time()
        return self._stream.readline(*args)

    def read(self, *args: object) -> bytes:
        self._in_time()
        return self._stream.read(*args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


class GuardedHandler(SimpleHTTPRequestHandler):
    """Host check, connection timeout, and the site's 404 page for whatever cannot be served."""

    timeout = CONNECTION_TIMEOUT
    allowed_hosts: frozenset[str] | None = LOCAL_HOSTS  # None: any (serve --host, opted in)
    deadline = 0.0

    def setup(self) -> None:
        super().setup()
        self.rfile = _WithinDeadline(self.rfile, self)  # type: ignore[assignment]

    def handle_one_request(self) -> None:
        self.deadline = time.monotonic() + CONNECTION_TIMEOUT
        super().handle_one_request()

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        if self.allowed_hosts is not None and not host_allowed(self.headers.get("Host"), self.allowed_hosts):
            self.send_error(403, NOT_LOCAL)
            return False
        return True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory, "404.html")
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def translate_path(self, path: str) -> str:
        """The file for `path`, or a name that exists nowhere for odd paths (NUL bytes, names
        too long): the request then ends in a 404, not a traceback."""
        translated = super().translate_path(path)
        try:
            os.stat(translated)
        except (ValueError, OSError) as exc:
            if isinstance(exc, ValueError) or exc.errno == errno.ENAMETOOLONG:
                return str(Path(self.directory, "404.html.missing"))
        return translated


def _handler(directory: Path, state: _State, content: Path, templates: Path) -> type[SimpleHTTPRequestHandler]:
    class Handler(GuardedHandler):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args, directory=str(directory), **kwargs)

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            with state.lock:
                version, errors = state.version, list(state.errors)
            if path == "/__digest/version":
                self._send(200, str(version).encode(), "text/plain")
                return
            if errors and (path.endswith("/") or path.endswith(".html")):
                page = _error_page(content, templates, errors).replace(b"</body>", _RELOAD + b"</body>", 1)
                self._send(500, page, "text/html; charset=utf-8")
                return
            if path in (QUEUE_PATH, QUEUE_PATH.rstrip("/")):
                page = _queue_page(content, state).replace(b"</body>", _RELOAD + b"</body>", 1)
                self._send(200, page, "text/html; charset=utf-8")
                return
            target = Path(self.translate_path(path))
            if target.is_dir():
                target = target / "index.html"
            if target.suffix == ".html" and target.is_file():
                body = target.read_bytes().replace(b"</body>", _RELOAD + b"</body>", 1)
                self._send(200, body, "text/html; charset=utf-8")
                return
            super().do_GET()

        def copyfile(self, source, outputfile) -> None:  # type: ignore[no-untyped-def]
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                super().copyfile(source, outputfile)

    return Handler


def _changed_names(changes: set[tuple[object, str]], roots: list[Path]) -> list[str]:
    """The changed files as the editor knows them: relative to the content or templates folder."""
    names = set()
    for _change, path in changes:
        for root in roots:
            with contextlib.suppress(ValueError):
                names.add(str(Path(path).relative_to(root.parent)))
                break
        else:
            names.add(path)
    return sorted(names)


def serve(content: Path, out: Path, templates: Path, port: int, strict: bool, host: str = "127.0.0.1",
          cache: Path | None = None) -> int:
    """Serve on `host` (127.0.0.1 unless the editor opts in, e.g. 0.0.0.0 for a phone on the
    same network). Page links are root-relative, so pages work at whatever address they are
    opened; absolute URLs (feeds, canonical links) name `host` unless it is every address."""
    if problem := servable_problem(content, out, templates, cache):
        print(f"{out}: error: {problem}", flush=True)
        return 2
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    base_url = f"http://{shown}:{port}/" if ":" not in shown else f"http://[{shown}]:{port}/"
    state = _State()
    rebuild = partial(_rebuild, content, out, templates, base_url, strict, state, cache=cache)
    rebuild()
    out.mkdir(parents=True, exist_ok=True)
    handler = _handler(out.resolve(), state, content, templates)
    if host not in LOCAL_HOSTS:  # the editor opted in to other machines: they name this one their way
        handler.allowed_hosts = None
    server = BoundedServer((host, port), handler)

    def watcher() -> None:
        for changes in watch(content, templates, debounce=300, stop_event=stopped):
            rebuild(changes=_changed_names(changes, [content, templates]))

    stopped = threading.Event()
    thread = threading.Thread(target=watcher, daemon=True)
    thread.start()
    print(tr("Serving {out} on {url} (Ctrl-C to stop); work queue: {queue}", out=out,
             url=base_url, queue=base_url.rstrip("/") + QUEUE_PATH), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stopped.set()
        server.server_close()
    return 0



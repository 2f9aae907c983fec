"""`serve`: build, serve on localhost, rebuild when content or templates change.

The open page reloads itself after a rebuild: HTML responses get a small polling script
injected on the way out (never written into the site). When content has errors, every page
shows them instead, and the server keeps running until the editor fixes the file.

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
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from watchfiles import watch

from generator.build import build
from generator.cachedir import BuildCache, cache_root
from generator.diagnostics import Diagnostics
from generator.write import UnsafeOutput, check_output_dir, check_replaceable

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
CONNECTION_TIMEOUT = 10.0  # seconds a connection may stay silent
MAX_CONNECTIONS = 32
NOT_LOCAL = "this server answers only requests for a local host name (localhost, 127.0.0.1, [::1])"

_RELOAD = b"""<script>(function(){var v=null;setInterval(function(){fetch('/__digest/version')
.then(function(r){return r.text()}).then(function(t){if(v!==null&&t!==v){location.reload()}v=t})
.catch(function(){})},1000)})();</script>"""


class _State:
    """What the server shows: the latest build's version number and its error messages."""

    def __init__(self) -> None:
        self.version = 0
        self.errors: list[str] = []
        self.lock = threading.Lock()


def _rebuild(content: Path, out: Path, templates: Path, base_url: str, strict: bool, state: _State,
             cache: Path | None = None) -> None:
    diagnostics = Diagnostics(root=content)
    try:
        result = build(content, out, base_url, diagnostics, strict, templates, cache=cache)
        messages = [str(d) for d in diagnostics.items if result is None or d.level == "error"]
        if result is None and not messages:
            messages = ["build failed"]
    except (UnsafeOutput, OSError, ValueError) as exc:
        messages = [f"build failed: {exc}"]
    except Exception as exc:
        messages = [f"build failed: {type(exc).__name__}: {exc}"]
    for line in messages:
        print(line, flush=True)
    with state.lock:
        state.errors = messages
        state.version += 1
    print(f"rebuilt (version {state.version}){' with errors' if messages else ''}", flush=True)


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


class GuardedHandler(SimpleHTTPRequestHandler):
    """Host check, connection timeout, and the site's 404 page for whatever cannot be served."""

    timeout = CONNECTION_TIMEOUT
    allowed_hosts: frozenset[str] = LOCAL_HOSTS

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        if not host_allowed(self.headers.get("Host"), self.allowed_hosts):
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


def _handler(directory: Path, state: _State) -> type[SimpleHTTPRequestHandler]:
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
                items = "".join(f"<li><code>{html.escape(e)}</code></li>" for e in errors)
                page = (f'<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><title>构建错误</title>'
                        f"<h1>内容有错误，站点未更新</h1><ul>{items}</ul>").encode() + _RELOAD
                self._send(500, page, "text/html; charset=utf-8")
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


def serve(content: Path, out: Path, templates: Path, port: int, strict: bool, cache: Path | None = None) -> int:
    if problem := servable_problem(content, out, templates, cache):
        print(f"{out}: error: {problem}", flush=True)
        return 2
    base_url = f"http://127.0.0.1:{port}/"
    state = _State()
    rebuild = partial(_rebuild, content, out, templates, base_url, strict, state, cache)
    rebuild()
    out.mkdir(parents=True, exist_ok=True)
    server = BoundedServer(("127.0.0.1", port), _handler(out.resolve(), state))

    def watcher() -> None:
        for _changes in watch(content, templates, debounce=300, stop_event=stopped):
            rebuild()

    stopped = threading.Event()
    thread = threading.Thread(target=watcher, daemon=True)
    thread.start()
    print(f"Serving {out} on {base_url} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stopped.set()
        server.server_close()
    return 0



"""`serve`: build, serve on localhost, rebuild when content or templates change.

The open page reloads itself after a rebuild: HTML responses get a small polling script
injected on the way out (never written into the site). When content has errors, every page
shows them instead, and the server keeps running until the editor fixes the file.
"""

from __future__ import annotations

import contextlib
import html
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from watchfiles import watch

from generator.build import build
from generator.diagnostics import Diagnostics
from generator.write import UnsafeOutput

_RELOAD = b"""<script>(function(){var v=null;setInterval(function(){fetch('/__digest/version')
.then(function(r){return r.text()}).then(function(t){if(v!==null&&t!==v){location.reload()}v=t})
.catch(function(){})},1000)})();</script>"""


class _State:
    """What the server shows: the latest build's version number and its error messages."""

    def __init__(self) -> None:
        self.version = 0
        self.errors: list[str] = []
        self.lock = threading.Lock()


def _rebuild(content: Path, out: Path, templates: Path, base_url: str, strict: bool, state: _State) -> None:
    diagnostics = Diagnostics(root=content)
    try:
        result = build(content, out, base_url, diagnostics, strict, templates)
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


def _handler(directory: Path, state: _State) -> type[SimpleHTTPRequestHandler]:
    class Handler(SimpleHTTPRequestHandler):
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


def serve(content: Path, out: Path, templates: Path, port: int, strict: bool) -> int:
    base_url = f"http://127.0.0.1:{port}/"
    state = _State()
    rebuild = partial(_rebuild, content, out, templates, base_url, strict, state)
    rebuild()
    out.mkdir(parents=True, exist_ok=True)
    server = ThreadingHTTPServer(("127.0.0.1", port), _handler(out.resolve(), state))

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



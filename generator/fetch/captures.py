"""Captures as data: every response saved unchanged, once, with a log of how it came.

A source's captures live in `content/listings/<source>/<YYYY-MM-DD>/p001.html` (page 1 of
that day's fetch), beside the capture log `.captures.jsonl`: one JSON object a line per
saved capture (URL, time, status, validators, SHA-256, file). The log starts with a dot, so
the build does not read it as a listing. Files are created exclusively: nothing is ever
overwritten, and a body already captured (same SHA-256) is not saved again, so a fetch that
finds nothing new changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

LOG_NAME = ".captures.jsonl"
MESSAGES = {
    "bad_line": "capture log line is not a JSON object; ignored",
}


@dataclass(frozen=True)
class Capture:
    """One line of the capture log."""

    url: str
    time: str  # UTC, ISO 8601
    status: int
    sha256: str
    file: str  # relative to the source's folder
    bytes: int
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None


class CaptureLog:
    """A source's folder of captures and its log."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOG_NAME
        self.entries: list[dict[str, object]] = []
        self.problems: list[tuple[int, str]] = []  # (line, message) of lines that could not be used
        if self.path.is_file():
            for number, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    entry = None
                if isinstance(entry, dict):
                    self.entries.append(entry)
                else:
                    self.problems.append((number, MESSAGES["bad_line"]))
        self.hashes = {str(e.get("sha256")) for e in self.entries}

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified of the newest capture of `url`, for a conditional request."""
        for entry in reversed(self.entries):
            if entry.get("url") == url:
                etag, modified = entry.get("etag"), entry.get("last_modified")
                return (etag if isinstance(etag, str) else None, modified if isinstance(modified, str) else None)
        return None, None

    def has(self, body: bytes) -> bool:
        return sha256(body) in self.hashes

    def save(self, body: bytes, page: int, extension: str, when: datetime) -> Path:
        """Write `body` to a new file of its own for this day and page; never over another."""
        day = self.folder / when.strftime("%Y-%m-%d")
        day.mkdir(parents=True, exist_ok=True)
        stem = f"p{page:03d}"
        for attempt in range(1, 10_000):
            path = day / (f"{stem}{extension}" if attempt == 1 else f"{stem}-{attempt}{extension}")
            try:
                with path.open("xb") as stream:
                    stream.write(body)
            except FileExistsError:
                continue
            return path
        raise FileExistsError(day / f"{stem}{extension}")

    def append(self, capture: Capture) -> None:
        """Record a saved capture: one line appended, none changed."""
        self.folder.mkdir(parents=True, exist_ok=True)
        entry = asdict(capture)
        with self.path.open("a", encoding="utf-8") as stream:
            stream.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
        self.entries.append(entry)
        self.hashes.add(capture.sha256)


def sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()

"""The build cache: kept outside the site, one build at a time, read as data only.

Nothing of the cache is ever in the output directory, so the published site is exactly its
public pages. By default the cache is `.digest-cache/` beside the content directory
(`--cache DIR` puts it elsewhere), with one folder per output directory. Each build writes
its cache into a new generation folder and names it in `current` once complete (a file
replaced atomically); a killed build leaves at worst a stale generation, which the next
build removes.

A cache may come from somewhere untrusted (a clone, a shared runner), so reading it never
runs code: the index files are JSON, and the pickled model objects (and the manifest's
shards, manifest.py) are read by an unpickler that builds only the generator's own
dataclasses and enums and a few standard value types; any other name in the stream makes
the file unreadable, hence a cache miss.
"""

from __future__ import annotations

import dataclasses
import enum
import errno
import fcntl
import hashlib
import io
import json
import os
import pickle
import re
import shutil
import sys
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from generator.diagnostics import log_safe

DEFAULT = ".digest-cache"
CURRENT = "current"
STATE = "state.json"
_GENERATION = re.compile(r"gen-[0-9]+-[0-9]+")
_STANDARD = {("datetime", "date"), ("datetime", "datetime"), ("datetime", "timedelta"), ("datetime", "timezone"),
             ("pathlib", "PosixPath"), ("pathlib", "PurePosixPath"), ("pathlib", "Path"),
             ("functools", "partial")}  # (of what a reader names: no function is found by name)
UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError,
               IndexError, KeyError, RecursionError, MemoryError, OverflowError)
SHARDS = 256  # files a big part of the cache is split into (`shard_of`), read and written a few at a time
LOCKED = "another build into {out} is running (process {pid}); wait for it to finish, then build again"


class UnsafeOutput(ValueError):
    """The output directory would overwrite something that is not a built site, or is busy."""

    def __str__(self) -> str:
        return log_safe(super().__str__())  # it names directories: one line, no control character


class BuildLocked(UnsafeOutput):
    """Another build is writing the same output directory."""


class DataUnpickler(pickle.Unpickler):
    """Finds only the generator's dataclasses and enums (in modules loaded already, so nothing
    is imported) and a few standard value types: no other callable can be reached."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _STANDARD:
            return super().find_class(module, name)
        if module.startswith("generator.") and module in sys.modules and name.isidentifier():
            found = getattr(sys.modules[module], name, None)
            if isinstance(found, type) and (dataclasses.is_dataclass(found) or issubclass(found, enum.Enum)):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a data type of the generator")


def data_loads(data: bytes) -> Any:
    """Objects pickled by the generator, refusing anything but data types (see the module)."""
    return DataUnpickler(io.BytesIO(data)).load()


def shard_of(text: str) -> int:
    """The shard (of `SHARDS`) that keeps what is filed under `text`."""
    return zlib.crc32(text.encode()) % SHARDS


def read_data(path: Path | None) -> Any:
    """What the build pickled at `path`; None if it is missing, cut off, written by a version
    whose classes changed shape, or names anything that is not a data type."""
    if path is None:
        return None
    try:
        return data_loads(path.read_bytes())
    except UNREADABLE:
        return None


def read_json(path: Path | None) -> Any:
    if path is None:
        return None
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None


def write_file(path: Path, data: bytes) -> None:
    """Replace `path` by a file holding `data`, never leaving it half written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)  # a leftover, or a link planted to have us write elsewhere
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
    os.replace(temporary, path)


def cache_root(content: Path, cache: Path | None = None) -> Path:
    """The cache directory: `cache` if given, else `.digest-cache/` beside the content."""
    return (cache if cache is not None else content.resolve().parent / DEFAULT).resolve()


class BuildCache:
    """The cache of the builds into one output directory."""

    def __init__(self, root: Path, out: Path) -> None:
        out = out.resolve()
        self.folder = root / f"{out.name or 'root'}-{hashlib.sha256(str(out).encode()).hexdigest()[:12]}"

    def current(self) -> Path | None:
        """The folder of the last complete build's cache, if there is one."""
        try:
            name = (self.folder / CURRENT).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeError):
            return None
        path = self.folder / name
        return path if _GENERATION.fullmatch(name) and path.is_dir() and not path.is_symlink() else None

    def new_generation(self) -> Path:
        path = self.folder / f"gen-{os.getpid()}-{time.time_ns()}"
        path.mkdir(parents=True)
        return path

    def publish(self, generation: Path) -> None:
        """Make `generation` the current cache and drop every other (the lock is held)."""
        write_file(self.folder / CURRENT, f"{generation.name}\n".encode())
        for other in self.folder.iterdir():
            if other != generation and other.name.startswith("gen-"):
                shutil.rmtree(other, ignore_errors=True)

    def discard(self, generation: Path) -> None:
        if generation != self.current():
            shutil.rmtree(generation, ignore_errors=True)

    @contextmanager
    def lock(self, out: Path) -> Iterator[None]:
        """Hold the output's lock for a build; a second build is refused with a message."""
        self.folder.mkdir(parents=True, exist_ok=True)
        descriptor = _open_lock(self.folder / "lock")
        try:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(descriptor, 32, 0).decode(errors="replace").strip() or "unknown"
                raise BuildLocked(LOCKED.format(out=out, pid=holder)) from None
            os.ftruncate(descriptor, 0)
            os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
            yield
        finally:
            os.close(descriptor)


def _open_lock(path: Path) -> int:
    """The lock file, opened without following a link: a link planted in the cache (to a
    file of the editor's) is removed, never written through."""
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW
    try:
        return os.open(path, flags, 0o644)
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
    path.unlink()
    return os.open(path, flags | os.O_EXCL, 0o644)


def site_identity(path: Path) -> list[int] | None:
    """What tells one built site directory from another: its device and inode. A site
    swapped in is a new directory, so a cache recorded for another directory is never
    taken to describe this one."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return [stat.st_dev, stat.st_ino]


def state_of(generation: Path | None, out: Path) -> dict[str, Any] | None:
    """The recorded state of the build whose cache is `generation`, if it describes the
    site now in `out`."""
    state = read_json(generation / STATE) if generation else None
    if not isinstance(state, dict) or state.get("site") != site_identity(out):
        return None
    return state

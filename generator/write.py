"""Write the site atomically: into a staging directory beside the output, then swap.

A build that fails or is interrupted leaves the previous site untouched. Every path is
checked to stay inside the staging directory, and the output may never be a directory
that holds the content, the home directory or the file-system root.

A manifest in the site's cache records, for every file, the key of the inputs it was made
from and a hash of its bytes. When the live site has one, a rebuild stages only files whose
bytes change and moves them in, with interrupts held off for those moments; otherwise the
whole staged site is swapped in at once.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import signal
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from generator.workers import fork_process

MARKER = ".digest-site"
CACHE = ".digest-cache"
MANIFEST = "manifest.pickle"
# Entries of files rewritten since the manifest was written (commentary-only rebuilds add
# them here rather than rewrite the whole manifest); a full build folds them in.
MANIFEST_UPDATES = "manifest-updates.pickle"

Entry = tuple[str, str, int]  # input key, hash of the bytes, size
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC


class UnsafeOutput(ValueError):
    """The output directory would overwrite something that is not a built site."""


def built_from(out: Path) -> str | None:
    """The fingerprint of the inputs the site in `out` was built from, if it records one."""
    try:
        lines = (out / MARKER).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    return lines[1] if len(lines) > 1 else None


def check_output_dir(out: Path, content: Path) -> None:
    out, content = out.resolve(), content.resolve()
    forbidden = {Path("/"), Path.home().resolve(), Path.cwd().resolve()}
    if out in forbidden or out == content or out in content.parents:
        raise UnsafeOutput(f"refusing to build into {out}: it is the content, home, current or root directory")
    if content.is_relative_to(out):
        raise UnsafeOutput(f"refusing to build into {out}: it contains the content directory")
    if out.is_relative_to(content):
        raise UnsafeOutput(f"refusing to build into {out}: it is inside the content directory {content}")
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        raise UnsafeOutput(
            f"refusing to replace {out}: it exists and is not a site built by this generator "
            f"(no {MARKER} file); choose another --out or remove it yourself"
        )


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the files are moved: the site is never half old, half new."""
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def mark(site: Path, fingerprint: str) -> None:
    """The marker says the directory is a built site and, once complete, what it was built from."""
    (site / MARKER).write_text(f"built by python -m generator build\n{fingerprint}\n", encoding="utf-8")


def page_entry(key: str, data: bytes) -> Entry:
    """A file's manifest entry: the key of its inputs, a hash of its bytes, its size.
    SHA-256 because processors hash it in hardware: half the time of BLAKE2b here."""
    return key, hashlib.sha256(data).hexdigest(), len(data)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` by a file holding `data`, never leaving it half written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def read_pickle(path: Path) -> Any:
    """What the build pickled at `path`; None if it is missing or no longer reads (cut off,
    or written by a version whose classes have changed shape)."""
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None


def manifest_parts(out: Path) -> tuple[dict[str, Entry], dict[str, Entry]] | None:
    """The live site's manifest and the entries of files rewritten since it was written;
    None unless the site is complete and both read cleanly."""
    if not built_from(out):
        return None
    path = out / CACHE / MANIFEST_UPDATES
    manifest, updates = read_pickle(out / CACHE / MANIFEST), read_pickle(path) if path.exists() else {}
    if not isinstance(manifest, dict) or not manifest or not isinstance(updates, dict):
        return None
    return manifest, updates


def load_manifest(out: Path) -> dict[str, Entry]:
    """The live site's manifest with its updates; empty (so everything is rebuilt) unless the
    site is complete and both read cleanly."""
    parts = manifest_parts(out)
    return {**parts[0], **parts[1]} if parts else {}


class StagedOutput:
    """Collects files in a staging directory; `commit()` puts them in place."""

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self._remove_leftovers()
        self.staging = self.out.parent / f".{self.out.name}.staging-{os.getpid()}"
        self.staging.mkdir()
        self._staging = str(self.staging)
        self.previous = load_manifest(self.out)
        self.entries: dict[str, Entry] = {}
        self.staged: list[str] = []
        self._folder_maker: BaseProcess | None = None

    @property
    def files(self) -> int:
        return len(self.entries)

    @property
    def bytes_written(self) -> int:
        return sum(entry[2] for entry in self.entries.values())

    def _remove_leftovers(self) -> None:
        """Staging and old directories of builds that were killed outright (SIGKILL, power
        loss) are never the live site: remove them unless their build is still running."""
        for pattern in (f".{self.out.name}.staging-*", f".{self.out.name}.old-*"):
            for leftover in self.out.parent.glob(pattern):
                pid = leftover.name.rsplit("-", 1)[-1]
                if pid.isdigit() and not _running(int(pid)):
                    shutil.rmtree(leftover, ignore_errors=True)

    def target(self, relative: str) -> str:
        """The staging path of `relative`, refused unless it stays inside the staging directory.
        Checked on the string (no `..`, absolute or empty parts): resolving every path against
        the file system would cost a system call per directory level per file. A string, not a
        Path: joining Paths cost a page a tenth of what writing it costs."""
        parts = relative.split("/")
        if not relative or "\0" in relative or "\\" in relative or any(p in ("", ".", "..") for p in parts[:-1]) \
                or parts[-1] in ("", ".", ".."):
            raise UnsafeOutput(f"refusing to write {relative!r}: outside the output directory")
        return f"{self._staging}/{relative}"

    def make_folders(self, paths: Iterable[str]) -> None:
        """Make the folders of these staged paths in a forked process, while the build plans
        and shares out the reports. Render workers making folders themselves wait for one
        another: a new folder locks its parent, and nearly every page is the first file of
        its own folder in `reports/`. A folder not made yet when its page is written (or
        that this process could not make) is made by the worker writing it (see `stage`)."""
        def make() -> None:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the build's own process handles Ctrl-C
            for relative in paths:
                try:
                    folder = self.target(relative).rpartition("/")[0]
                    try:
                        os.mkdir(folder)
                    except FileNotFoundError:
                        os.makedirs(folder, exist_ok=True)
                except FileExistsError:
                    continue
                except (OSError, UnsafeOutput):
                    return  # the worker writing the page meets the same fault, and reports it

        self.folders_made()
        self._folder_maker = fork_process(make)

    def folders_made(self) -> None:
        """Wait until the folders asked of `make_folders` are made."""
        if self._folder_maker is not None:
            self._folder_maker.join()
            self._folder_maker = None

    def make(self, relative: str, key: str, render: Callable[[], bytes]) -> tuple[str, Entry, bool]:
        """Keep the live file when it was made from inputs with this key; otherwise stage the
        bytes `render()` makes (see `stage`). Safe in worker processes, whose results the
        parent passes to `record`."""
        entry = self.previous.get(relative)
        if entry is not None and entry[0] == key:
            return relative, entry, False
        return self.stage(relative, render(), key)

    def stage(self, relative: str, data: bytes, key: str) -> tuple[str, Entry, bool]:
        """Stage `data` unless the live file has these bytes already; safe in worker processes,
        whose results the parent passes to `record`."""
        entry = page_entry(key, data)
        old = self.previous.get(relative)
        changed = old is None or old[1] != entry[1]
        if changed:
            path = self.target(relative)
            # os.open and os.write: a buffered file object costs as much again as the write.
            try:
                descriptor = os.open(path, _CREATE, 0o666)
            except FileNotFoundError:  # the first file of its folder, not made beforehand
                os.makedirs(path.rpartition("/")[0], exist_ok=True)
                descriptor = os.open(path, _CREATE, 0o666)
            try:
                written = 0
                while written < len(data):
                    written += os.write(descriptor, memoryview(data)[written:])
            finally:
                os.close(descriptor)
        return relative, entry, changed

    def record(self, relative: str, entry: Entry, changed: bool) -> None:
        self.entries[relative] = entry
        if changed:
            self.staged.append(relative)

    def link_unchanged(self, prefix: str) -> None:
        """Hard-link live files under `prefix` that are not staged into the staging directory,
        so a tool that reads the whole site (the search indexer) sees it complete."""
        staged = set(self.staged)
        for relative in self.entries:
            if relative.startswith(prefix) and relative not in staged:
                path = self.target(relative)
                os.makedirs(path.rpartition("/")[0], exist_ok=True)
                os.link(self.out / relative, path)

    def commit(self, fingerprint: str = "", replace: tuple[str, ...] = (), remove: tuple[str, ...] = ()) -> None:
        """Put the staged files in place. Directories in `replace` (the search index) are staged
        complete and replace their live counterparts as a unit; those in `remove` go."""
        self.folders_made()
        cache = self.staging / CACHE
        cache.mkdir(exist_ok=True)
        (cache / MANIFEST).write_bytes(pickle.dumps(self.entries, protocol=5))
        with signals_held():
            if self.previous and self.out.exists():
                self._move_in(fingerprint, replace, remove)
            else:
                mark(self.staging, fingerprint)
                old = self.out.parent / f".{self.out.name}.old-{os.getpid()}"
                if self.out.exists():
                    self.out.rename(old)
                self.staging.rename(self.out)
                if old.exists():
                    shutil.rmtree(old)

    def _move_in(self, fingerprint: str, replace: tuple[str, ...], remove: tuple[str, ...]) -> None:
        mark(self.out, "")  # until the moves are done, no later build may trust this site
        for relative in self.staged:
            target = self.out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.staging / relative, target)
        for relative in sorted(self.previous.keys() - self.entries.keys(), reverse=True):
            gone = self.out / relative
            gone.unlink(missing_ok=True)
            for parent in gone.parents:
                if parent == self.out or not parent.is_dir() or any(parent.iterdir()):
                    break
                parent.rmdir()
        for name in replace:
            self._sync_dir(name)
        if (self.out / CACHE).exists():
            (self.out / CACHE).rename(self.staging / f"{CACHE}.old")
        (self.staging / CACHE).rename(self.out / CACHE)
        for name in remove:
            shutil.rmtree(self.out / name, ignore_errors=True)
        mark(self.out, fingerprint)
        shutil.rmtree(self.staging)

    def _sync_dir(self, name: str) -> None:
        """Make the live directory `name` equal to its staged version, moving in only the files
        whose bytes differ (the search index keeps most of its fragments between builds)."""
        staged, live = self.staging / name, self.out / name
        kept = set()
        for source in staged.rglob("*"):
            if source.is_dir():
                continue
            relative = source.relative_to(staged)
            kept.add(relative)
            target = live / relative
            if target.is_file() and target.stat().st_size == source.stat().st_size \
                    and target.read_bytes() == source.read_bytes():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
        for stale in sorted(live.rglob("*"), reverse=True):
            relative = stale.relative_to(live)
            if stale.is_file() and relative not in kept:
                stale.unlink()
            elif stale.is_dir() and not any(stale.iterdir()):
                stale.rmdir()

    def abandon(self) -> None:
        if self._folder_maker is not None:
            self._folder_maker.terminate()
        self.folders_made()
        shutil.rmtree(self.staging, ignore_errors=True)

"""Write the site atomically: into a staging directory beside the output, then swap.

Whatever stops a build (an error, Ctrl-C, SIGKILL, a power cut), the output directory holds
the previous site or the new one, byte for byte: the new site is staged complete (files
whose bytes did not change are hard links to the live ones, so only changed files are
written) and swapped in whole (swap.py). Every path is checked to stay inside the staging
directory; which directories may be replaced at all is outdir.py's to say.

The build's cache (see cachedir.py) records, for every file, the key of the inputs it was made
from and a hash of its bytes (its manifest, manifest.py), with the identity of the site directory
it describes.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
from collections.abc import Callable, Iterable
from multiprocessing.process import BaseProcess
from pathlib import Path
from stat import S_ISREG
from typing import Any

from generator.cachedir import SHARDS, STATE, BuildCache, UnsafeOutput, read_json, site_identity, write_file
from generator.manifest import Entry, Manifest, bytes_hash, page_entry
from generator.sitetree import inside, regular, regular_only, tree, tree_since
from generator.swap import recover, remove_in_background, signals_held, swap
from generator.workers import Aside, fork_process

MANIFEST = "manifest"  # (a folder of shards, listed in STATE under the same name)
INPUTS = "inputs.json"
SPARE = "spare-manifest"  # the manifest of the site the last build swapped out (its identity is in STATE)
SPARE_SINCE = "spare-since.json"  # the spare's ctime when it was set aside (see sitetree.tree_since)

_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL


def read_state(generation: Path | None) -> dict[str, Any]:
    """The state the build whose cache is `generation` recorded (empty when there is none)."""
    state = read_json(generation / STATE) if generation else None
    return state if isinstance(state, dict) else {}


def load_manifest(generation: Path | None, state: dict[str, Any], out: Path) -> Manifest:
    """The live site's manifest, as `state` (the cache `generation`'s) lists it: what each file
    of `out` was made from. When the cache recorded another directory than `out` (CI restores
    the last site and its cache as new copies), only the entries whose files hold exactly the
    recorded bytes are kept (`_holding`): the rest is made again, so a copy is trusted file by
    file, never on its word."""
    if generation is None or not state:
        return Manifest()
    manifest = Manifest.read(generation / MANIFEST, state.get(MANIFEST))
    return manifest if state.get("site") == site_identity(out) else Manifest.of(_holding(manifest.whole(), out))


def _holding(entries: dict[str, Entry], out: Path) -> dict[str, Entry]:
    """The entries whose file in `out` is a regular file (not a link) with the recorded size
    and hash: about 2 s for the 107,716 files of a 100,000-report site, where making them
    again takes a minute. (One thread: with more, the hashing threads queue for the GIL.)"""
    def holds(relative: str, sha: str, size: int) -> bool:
        if not inside(relative):
            return False
        try:
            descriptor = os.open(f"{out}/{relative}", os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            return False
        try:
            stat = os.fstat(descriptor)
            return S_ISREG(stat.st_mode) and stat.st_size == size \
                and bytes_hash(os.read(descriptor, size + 1)) == sha
        finally:
            os.close(descriptor)

    return {relative: entry for relative, entry in entries.items() if holds(relative, entry[1], entry[2])}


class StagedOutput:
    """Collects the new site in a staging directory; `commit()` swaps it in."""

    def __init__(self, out: Path, cache: BuildCache) -> None:
        self.out = out.resolve()
        self.cache = cache
        self.out.parent.mkdir(parents=True, exist_ok=True)
        recover(self.out)
        self.staging = self.out.parent / f".{self.out.name}.staging-{os.getpid()}"
        self.spare = self.out.parent / f".{self.out.name}.spare"
        self._staging = str(self.staging)
        self.old_cache = cache.current()
        self.new_cache = cache.new_generation()
        self._state = read_state(self.old_cache)  # (read once: the live manifest's and the spare's listings)
        self.previous = load_manifest(self.old_cache, self._state, self.out)
        # The live site is the one the cache describes, file by file (not a copy trusted file by
        # file), and `previous` is its whole manifest, as its build wrote it.
        self.described = self.previous.intact()
        self.entries: dict[str, Entry] = {}
        self.written: Manifest | None = None  # the new site's manifest, once committed
        self._carry = False  # (see `keep_live`)
        self.staged: list[str] = []
        self._folder_maker: BaseProcess | None = None
        self._linker: BaseProcess | None = None
        self._syncing: Aside | None = None
        if not self._take_spare():
            # Every live file is linked: none may be a link planted in the live site.
            regular = regular_only(self.previous.whole(), self.out)
            if len(regular) != self.previous.files:
                self.described = False
                self.previous = Manifest.of(regular)
            self.staging.mkdir()
            if self.previous:
                self._linker = fork_process(self._link_previous)

    @property
    def files(self) -> int:
        if self._carry:
            assert self.written is not None, "known once committed"
            return self.written.files
        return len(self.entries)

    @property
    def bytes_written(self) -> int:
        if self._carry:
            assert self.written is not None, "known once committed"
            return self.written.bytes
        return sum(entry[2] for entry in self.entries.values())

    def _take_spare(self) -> bool:
        """Stage in the site the last build swapped out (kept as `.site.spare`, its manifest in
        the cache): brought up to the live site by linking in only the files that differ, it
        spares linking every file and removing the old site. Any doubt (no record, another
        directory) and the spare is thrown away. The bringing up reads the whole spare (a
        second at 100,000 reports), so a forked process does it while the build reads the
        content; `spare_ready` waits for it. That process reads the spare's manifest too:
        this one needs only the spare's identity, in the state it has read."""
        if not self.spare.is_dir() or self.spare.is_symlink():
            return False
        if not self.previous or self._state.get("spare") != site_identity(self.spare):
            self.spare.rename(trash := self.out.parent / f".{self.out.name}.trash-{os.getpid()}")
            remove_in_background(trash)
            return False
        self.spare.rename(self.staging)  # from here on a leftover, should the build be killed

        def bring_up() -> set[str]:  # (in the forked process)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the build's own process handles Ctrl-C
            return self._sync_spare(self._spare_manifest())

        self._syncing = Aside(bring_up)
        return True

    def _spare_manifest(self) -> Manifest:
        """What the spare holds, as the build that swapped it out recorded it; nothing when the
        record is missing or unreadable (every file of the spare is then replaced)."""
        if self.old_cache is None:
            return Manifest()
        return Manifest.read(self.old_cache / SPARE, self._state.get(SPARE))

    def _sync_spare(self, manifest: Manifest) -> set[str]:
        """Bring the staged spare, described by `manifest`, up to the live site; return the live
        files it must not keep (links planted in the live site), which are made again. A shard
        both manifests list alike is not read from the live one's."""
        out = str(self.out)
        since = read_json(self.old_cache / SPARE_SINCE) if self.old_cache else None
        spare = manifest.whole()
        files, odd = tree_since(self._staging, spare, since) if type(since) is int else tree(self._staging)
        # Whatever the spare holds that its record does not describe (a file or link planted
        # in it) goes; a file recorded but missing, or a link in its place, is linked again
        # from the live site.
        self._remove((files - spare.keys()) | odd)
        dropped, gone = set(), set()
        for number in range(SHARDS):
            held = manifest.shard(number)
            live = held if manifest.same_shard(self.previous, number) else self.previous.shard(number)
            for relative, entry in live.items():
                old = held.get(relative)
                if old is not None and old[1] == entry[1] and relative in files:
                    continue
                if not regular(f"{out}/{relative}"):  # a link planted in the live site: made again
                    dropped.add(relative)
                    continue
                path = self.target(relative)
                try:
                    os.unlink(path)
                except FileNotFoundError:
                    os.makedirs(path.rpartition("/")[0], exist_ok=True)
                os.link(f"{out}/{relative}", path)
            gone.update(held.keys() - live.keys())
        self._remove(gone | (dropped & spare.keys()))
        return dropped

    def spare_ready(self) -> None:
        """Wait until the spare is brought up to the live site (see `_take_spare`); the files
        it dropped leave `previous`. Where the forked process failed, it is done here, meeting
        its error where it belongs."""
        if self._syncing is None:
            return
        dropped, self._syncing = self._syncing.result(), None
        if dropped is None:
            dropped = self._sync_spare(self._spare_manifest())
        for relative in dropped:
            self.previous.drop(relative)
            self.described = False

    def _remove(self, paths: Iterable[str]) -> None:
        """Remove these staged files, and the folders they leave empty: each folder once,
        deepest first, by `rmdir`, which refuses one that is not empty (listing a folder
        after each file removed from it took minutes for a search shard's 350 files)."""
        folders: set[str] = set()
        for relative in paths:
            Path(self.target(relative)).unlink(missing_ok=True)
            folder = relative.rpartition("/")[0]
            while folder and folder not in folders:
                folders.add(folder)
                folder = folder.rpartition("/")[0]
        for folder in sorted(folders, reverse=True):  # (a folder's subfolders sort after it)
            try:
                os.rmdir(self.target(folder))
            except OSError:
                continue  # not empty, or not there

    def _link_previous(self) -> None:
        """Hard-link every file of the live site into the staging directory (in a forked
        process, while the build reads and renders): files a build does not rewrite are
        the live ones. A file a worker wrote first is left alone (see `stage`)."""
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the build's own process handles Ctrl-C
        out = str(self.out)
        for relative in self.previous.whole():
            try:
                path = self.target(relative)
                try:
                    os.link(f"{out}/{relative}", path)
                except FileNotFoundError:
                    os.makedirs(path.rpartition("/")[0], exist_ok=True)
                    os.link(f"{out}/{relative}", path)
            except FileExistsError:
                continue
            except (OSError, UnsafeOutput):
                os._exit(1)  # `folders_made` finds the staging incomplete and the build fails

    def target(self, relative: str) -> str:
        """The staging path of `relative`, refused unless it stays inside the staging directory.
        Checked on the string (no `..`, absolute or empty parts): resolving every path against
        the file system would cost a system call per directory level per file. A string, not a
        Path: joining Paths cost a page a tenth of what writing it costs."""
        if not inside(relative):
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
        """Wait until the folders asked of `make_folders` are made and the live files linked."""
        if self._folder_maker is not None:
            self._folder_maker.join()
            self._folder_maker = None
        if self._linker is not None:
            self._linker.join()
            failed, self._linker = self._linker.exitcode != 0, None
            if failed:
                raise OSError(f"could not link the files of {self.out} into {self.staging}")

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
        whose results the parent passes to `record`. A new file never writes into a link to
        the live one: the link is removed and a new file made (O_EXCL)."""
        entry = page_entry(key, data)
        old = self.previous.get(relative)
        changed = old is None or old[1] != entry[1]
        if changed:
            path = self.target(relative)
            # os.open and os.write: a buffered file object costs as much again as the write.
            descriptor = None
            while descriptor is None:
                try:
                    descriptor = os.open(path, _CREATE, 0o666)
                except FileNotFoundError:  # the first file of its folder, not made beforehand
                    os.makedirs(path.rpartition("/")[0], exist_ok=True)
                except FileExistsError:  # linked from the live site: replaced, never written into
                    os.unlink(path)
            try:
                written = 0
                while written < len(data):
                    written += os.write(descriptor, memoryview(data)[written:])
            except OSError as exc:  # a full disk: the message names the file
                raise OSError(exc.errno, exc.strerror, path) from None
            finally:
                os.close(descriptor)
        return relative, entry, changed

    def live(self, relative: str) -> bytes | None:
        """The live file's bytes, when they are those its manifest entry records."""
        entry = self.previous.get(relative)
        try:
            data = Path(f"{self.out}/{relative}").read_bytes() if entry and inside(relative) else None
        except OSError:
            return None
        return data if data is not None and bytes_hash(data) == entry[1] else None  # type: ignore[index]

    def keep_live(self) -> None:
        """Every live file is part of the new site unless made again (a build re-making only
        the outputs holding changed reports): its manifest is the live one with the entries
        made, and only their shards are read and written."""
        self._carry = True

    def record(self, relative: str, entry: Entry, changed: bool) -> None:
        self.entries[relative] = entry
        if changed:
            self.staged.append(relative)

    def complete(self) -> None:
        """Make the staging directory the whole new site: live files linked, files the new
        site no longer has (linked from the live one) removed."""
        self.spare_ready()
        self.folders_made()
        if not self._carry:
            self._remove(self.previous.whole().keys() - self.entries.keys())

    def commit(self, fingerprint: str = "") -> None:
        """Swap the staged site in."""
        self.complete()
        # The new manifest: the entries made, over the live site's when it is carried on.
        self.written = (self.previous if self._carry else Manifest()).write(self.new_cache / MANIFEST, self.entries)
        state = {"fingerprint": fingerprint, "site": site_identity(self.staging), MANIFEST: self.written.listing()}
        # The site swapped out (described by `previous`) stays as the next build's spare, its
        # manifest's shards linked from the last generation's where they are as listed there.
        if self.previous:
            state[SPARE] = self.previous.write(self.new_cache / SPARE).listing()
            state["spare"] = site_identity(self.out)
        write_file(self.new_cache / STATE, json.dumps(state).encode())
        # The cache names the staged directory: until the swap it describes no live site.
        self.cache.publish(self.new_cache)
        with signals_held():
            swap(self.staging, self.out)
        if self.previous and not self.spare.exists():
            self.staging.rename(self.spare)
            # (written once the spare is set aside: a build killed before leaves none, and the
            # next reads the whole spare)
            write_file(self.new_cache / SPARE_SINCE, json.dumps(os.lstat(self.spare).st_ctime_ns).encode())
        elif self.staging.exists():
            remove_in_background(self.staging)

    def abandon(self) -> None:
        if self._syncing is not None:
            self._syncing.close()
            self._syncing = None
        for process in (self._folder_maker, self._linker):
            if process is not None:
                process.terminate()
        self._linker = None
        self.folders_made()
        shutil.rmtree(self.staging, ignore_errors=True)
        self.cache.discard(self.new_cache)


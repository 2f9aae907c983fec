"""Every file a build reads, hashed once, and unchanged files not read at all.

A file's hash is remembered with its size and modification time (in the build's cache), the
way make and git decide what changed: a rebuild reads only files whose metadata moved. As in
git, a file modified within a moment of being hashed is never trusted on metadata alone. The
hashes serve the no-op check, the listing cache and the commentary cache alike.

Inputs are regular files inside their folders: the scan refuses, naming each, a symbolic link
that leads out of the directory it was found in (a link to `/proc/self/environ` would
otherwise be published) and anything that is not a regular file (a FIFO blocks its reader
forever, `/dev/zero` never ends).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat as stat_kind
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from generator.cachedir import BuildCache, cache_root, read_json, write_file
from generator.diagnostics import Diagnostics
from generator.i18n import Message
from generator.workers import Aside
from generator.write import INPUTS

RACY_NS = 2_000_000_000
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"  # the templates shipped beside the package
REFUSED_LINK = "refused: a symbolic link leading out of {root} (inputs must be files inside their folder)"
REFUSED_KIND = "refused: not a regular file (a FIFO, device or socket is never read)"


@dataclass
class InputFiles:
    """Content hashes (sha256 hex) of every input file, by absolute path."""

    hashes: dict[Path, str] = field(default_factory=dict)
    remembered: dict[str, tuple[int, int, int, str]] = field(default_factory=dict)
    refused: list[tuple[Path, str]] = field(default_factory=list)  # files never to read, and why

    def fingerprint(self, roots: list[Path], options: str) -> str:
        """One hash of every file's path and content under `roots`, and of the options. Paths
        are compared as strings: pathlib costs more than the hashing."""
        digest = hashlib.sha256(options.encode())
        files = sorted((str(path), sha) for path, sha in self.hashes.items())
        for root in roots:
            prefix = f"{root}/"
            for path, sha in files:
                if path.startswith(prefix):
                    digest.update(f"{path[len(prefix):]}\0{sha}\0".encode())
        return digest.hexdigest()

    def save(self, path: Path) -> None:
        write_file(path, json.dumps(self.remembered, ensure_ascii=False).encode())


def _load_remembered(path: Path | None) -> dict[str, tuple[int, int, int, str]]:
    remembered = read_json(path)
    if not isinstance(remembered, dict):
        return {}
    return {k: tuple(v) for k, v in remembered.items()
            if isinstance(v, list) and len(v) == 4 and all(isinstance(n, int) for n in v[:3])}


def remembered_hashes(path: Path | None) -> dict[str, str]:
    """The content hash of each input a build remembered (its `inputs.json`), by path."""
    return {file: str(entry[3]) for file, entry in _load_remembered(path).items()}


def walk_inputs(root: Path) -> tuple[list[tuple[Path, os.stat_result]], list[tuple[Path, str]]]:
    """Every regular file under `root` (skipping `.cache` directories) with its status, and the
    entries refused with the reason. A link is followed only when it stays inside `root`;
    linked directories are not descended into."""
    found: list[tuple[Path, os.stat_result]] = []
    refused: list[tuple[Path, str]] = []
    resolved = root.resolve()
    for folder, folders, files in os.walk(root):
        folders[:] = sorted(f for f in folders if f != ".cache")
        here = Path(folder)
        for name in [*folders, *files]:
            path = here / name
            try:
                status = os.lstat(path)
                if stat_kind.S_ISLNK(status.st_mode):
                    if not path.resolve().is_relative_to(resolved):
                        refused.append((path, Message(REFUSED_LINK, root=root)))
                        continue
                    status = os.stat(path)
            except FileNotFoundError:
                continue  # a dangling link inside the folder (an editor's lock file): nothing to read
            except (OSError, RuntimeError):
                refused.append((path, Message(REFUSED_LINK, root=root)))
                continue
            if stat_kind.S_ISDIR(status.st_mode):
                continue
            if not stat_kind.S_ISREG(status.st_mode):
                refused.append((path, REFUSED_KIND))
                continue
            found.append((path, status))
    return found, refused


def refused_inputs(content: Path, diagnostics: Diagnostics) -> bool:
    """Report every file under `content` that is refused (see `walk_inputs`); whether any is."""
    for path, reason in walk_inputs(content)[1]:
        diagnostics.error(path, None, reason)
    return bool(diagnostics.errors)


def scan_inputs(roots: list[Path], remembered_at: Path | None) -> InputFiles:
    """Hash every file under `roots` (skipping `.cache` directories), reusing remembered hashes
    of files whose size and modification time are unchanged."""
    previous = _load_remembered(remembered_at)
    now = time.time_ns()
    inputs = InputFiles()
    unknown: list[tuple[Path, os.stat_result]] = []
    for root in roots:
        found, refused = walk_inputs(root)
        inputs.refused.extend(refused)
        for path, stat in found:
            entry = previous.get(str(path))
            if entry and entry[:2] == (stat.st_size, stat.st_mtime_ns) and stat.st_mtime_ns < entry[2] - RACY_NS:
                inputs.hashes[path] = entry[3]
                inputs.remembered[str(path)] = (stat.st_size, stat.st_mtime_ns, now, entry[3])
            else:
                unknown.append((path, stat))
    # hashlib lets go of the interpreter lock on large buffers: threads hash files side by side,
    # each a share of the files (largest first, dealt in turn), not one task per file.
    unknown.sort(key=lambda item: -item[1].st_size)
    threads = os.cpu_count() or 1
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for share in pool.map(_hash_all, [unknown[i::threads] for i in range(threads)]):
            for (path, stat), sha in share:
                inputs.hashes[path] = sha
                inputs.remembered[str(path)] = (stat.st_size, stat.st_mtime_ns, now, sha)
    return inputs


def scan_build_inputs(content: Path, templates: Path, out: Path, cache: Path | None = None) -> InputFiles:
    """The inputs of a build of `content` with `templates` into `out`, with the hashes its
    last build there remembered (in the cache directory `cache`, see cachedir.py)."""
    generation = BuildCache(cache_root(content, cache), out).current()
    return scan_inputs([content.resolve(), templates.resolve()], generation / INPUTS if generation else None)


def prescan_build_inputs(content: Path, templates: Path, out: Path,
                         cache: Path | None = None) -> Callable[[], InputFiles]:
    """`scan_build_inputs` begun in a forked process; the function returned waits for it.
    Forked before the build imports the rest of the generator, it hashes the listings on one
    core while the imports take the other. A scan that fails there (an unreadable file) is
    run again here, to fail with its own error."""
    aside = Aside(lambda: scan_build_inputs(content, templates, out, cache))
    return lambda: aside.result() or scan_build_inputs(content, templates, out, cache)


def file_sha256(path: Path) -> str:
    """The content hash every cache and fingerprint uses; read in chunks, not all at once."""
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def _hash_all(files: list[tuple[Path, os.stat_result]]) -> list[tuple[tuple[Path, os.stat_result], str]]:
    return [(item, file_sha256(item[0])) for item in files]

"""Every file a build reads, hashed once, and unchanged files not read at all.

A file's hash is remembered with its size and modification time (in the site's cache), the
way make and git decide what changed: a rebuild reads only files whose metadata moved. As in
git, a file modified within a moment of being hashed is never trusted on metadata alone. The
hashes serve the no-op check, the listing cache and the commentary cache alike.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from generator.write import CACHE, read_pickle

RACY_NS = 2_000_000_000
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"  # the templates shipped beside the package
INPUTS = "inputs.pickle"  # the remembered hashes, in the site's cache


@dataclass
class InputFiles:
    """Content hashes (sha256 hex) of every input file, by absolute path."""

    hashes: dict[Path, str] = field(default_factory=dict)
    remembered: dict[str, tuple[int, int, int, str]] = field(default_factory=dict)

    def fingerprint(self, roots: list[Path], options: str, leave_out: Path | None = None) -> str:
        """One hash of every file's path and content under `roots` (but not under `leave_out`),
        and of the options. Paths are compared as strings: pathlib costs more than the hashing."""
        digest = hashlib.sha256(options.encode())
        files = sorted((str(path), sha) for path, sha in self.hashes.items())
        skip = f"{leave_out}/" if leave_out else None
        for root in roots:
            prefix = f"{root}/"
            for path, sha in files:
                if path.startswith(prefix) and not (skip and path.startswith(skip)):
                    digest.update(f"{path[len(prefix):]}\0{sha}\0".encode())
        return digest.hexdigest()

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(self.remembered, protocol=5))


def _load_remembered(path: Path | None) -> dict[str, tuple[int, int, int, str]]:
    remembered = read_pickle(path) if path else None
    return remembered if isinstance(remembered, dict) else {}


def scan_inputs(roots: list[Path], remembered_at: Path | None) -> InputFiles:
    """Hash every file under `roots` (skipping `.cache` directories), reusing remembered hashes
    of files whose size and modification time are unchanged."""
    previous = _load_remembered(remembered_at)
    now = time.time_ns()
    inputs = InputFiles()
    unknown: list[tuple[Path, os.stat_result]] = []
    for root in roots:
        for path in root.rglob("*"):
            if ".cache" in path.parts or not path.is_file():
                continue
            stat = path.stat()
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


def scan_build_inputs(content: Path, templates: Path, out: Path) -> InputFiles:
    """The inputs of a build of `content` with `templates` into `out`, with the hashes its
    last build there remembered."""
    return scan_inputs([content.resolve(), templates.resolve()], out.resolve() / CACHE / INPUTS)


def prescan_build_inputs(content: Path, templates: Path, out: Path) -> Callable[[], InputFiles]:
    """`scan_build_inputs` begun in a forked process; the function returned waits for it.
    Forked before the build imports the rest of the generator, it hashes the listings on one
    core while the imports take the other. A scan that fails there (an unreadable file) is
    run again here, to fail with its own error."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            data = pickle.dumps(scan_build_inputs(content, templates, out), protocol=5)
            with open(write_end, "wb") as pipe:
                pipe.write(data)
        finally:
            os._exit(0)
    os.close(write_end)

    def scanned() -> InputFiles:
        with open(read_end, "rb") as pipe:
            data = pipe.read()
        os.waitpid(pid, 0)
        return pickle.loads(data) if data else scan_build_inputs(content, templates, out)

    return scanned


def file_sha256(path: Path) -> str:
    """The content hash every cache and fingerprint uses; read in chunks, not all at once."""
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def _hash_all(files: list[tuple[Path, os.stat_result]]) -> list[tuple[tuple[Path, os.stat_result], str]]:
    return [(item, file_sha256(item[0])) for item in files]

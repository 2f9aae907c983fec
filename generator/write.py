"""Write the site atomically: into a staging directory beside the output, then swap.

A build that fails or is interrupted leaves the previous site untouched. Every path is
checked to stay inside the staging directory, and the output may never be a directory
that holds the content, the home directory or the file-system root.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

MARKER = ".digest-site"


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


class StagedOutput:
    """Collects files in a staging directory; `commit()` swaps it into place."""

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self._remove_leftovers()
        self.staging = self.out.parent / f".{self.out.name}.staging-{os.getpid()}"
        self.staging.mkdir()
        self.bytes_written = 0
        self.files = 0

    def _remove_leftovers(self) -> None:
        """Staging and old directories of builds that were killed outright (SIGKILL, power
        loss) are never the live site: remove them unless their build is still running."""
        for pattern in (f".{self.out.name}.staging-*", f".{self.out.name}.old-*"):
            for leftover in self.out.parent.glob(pattern):
                pid = leftover.name.rsplit("-", 1)[-1]
                if pid.isdigit() and not _running(int(pid)):
                    shutil.rmtree(leftover, ignore_errors=True)

    def target(self, relative: str) -> Path:
        path = (self.staging / relative).resolve()
        if not path.is_relative_to(self.staging) or path == self.staging:
            raise UnsafeOutput(f"refusing to write {relative!r}: outside the output directory")
        return path

    def write(self, relative: str, data: bytes) -> None:
        path = self.target(relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.bytes_written += len(data)
        self.files += 1

    def copy_tree(self, source: Path, relative: str) -> None:
        for file in sorted(p for p in source.rglob("*") if p.is_file()):
            self.write(f"{relative}/{file.relative_to(source).as_posix()}", file.read_bytes())

    def commit(self, fingerprint: str = "") -> None:
        """Swap the staged site in; the marker records what it was built from."""
        (self.staging / MARKER).write_text(f"built by python -m generator build\n{fingerprint}\n", encoding="utf-8")
        old = self.out.parent / f".{self.out.name}.old-{os.getpid()}"
        if self.out.exists():
            self.out.rename(old)
        self.staging.rename(self.out)
        if old.exists():
            shutil.rmtree(old)

    def abandon(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)

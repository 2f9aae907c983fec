"""The output directory replaced in one step, and what builds killed midway leave undone.

A build stages the new site beside the live one (write.py) and swaps the two directories with
one atomic exchange (Linux `renameat2(RENAME_EXCHANGE)`); where the system has none, two
renames do, and the next build undoes a swap cut between them (`recover`). The directory
swapped out is removed in a detached process, so the build need not wait for it.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


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


def recover(out: Path) -> None:
    """Undo what builds killed outright (SIGKILL, power loss) left: a swap cut between its two
    renames is rolled back (the previous site returns), and staging and old directories of
    builds no longer running are removed. Runs with the output's lock held."""
    leftovers = []
    for pattern in (f".{out.name}.old-*", f".{out.name}.staging-*", f".{out.name}.trash-*"):
        for leftover in sorted(out.parent.glob(pattern)):
            pid = leftover.name.rsplit("-", 1)[-1]
            if pid.isdigit() and not _running(int(pid)) and leftover.is_dir() and not leftover.is_symlink():
                leftovers.append(leftover)
    for number, leftover in enumerate(leftovers):
        if not out.exists() and ".old-" in leftover.name:
            leftover.rename(out)
        elif ".trash-" in leftover.name:
            remove_in_background(leftover)  # its remover may have been killed
        else:  # removed while the build goes on
            leftover.rename(trash := out.parent / f".{out.name}.trash-{os.getpid()}{number}")
            remove_in_background(trash)


def swap(staging: Path, out: Path) -> None:
    """Put `staging` in the place of `out` in one step; the old site ends up in `staging`."""
    if not out.exists():
        staging.rename(out)
        return
    libc = ctypes.CDLL(None, use_errno=True)
    exchange = getattr(libc, "renameat2", None)
    if exchange is not None and exchange(_AT_FDCWD, os.fsencode(staging), _AT_FDCWD, os.fsencode(out),
                                         _RENAME_EXCHANGE) == 0:
        return
    old = out.parent / f".{out.name}.old-{os.getpid()}"  # no exchange here: see `recover`
    out.rename(old)
    staging.rename(out)
    old.rename(staging)


def remove_in_background(path: Path) -> None:
    """Remove the directory `path` (the previous site, swapped out) in a detached process: a
    site of 100,000 folders takes seconds to remove, which the build need not wait for. If
    that process is killed, the next build removes what is left (see `recover`)."""
    first = os.fork()
    if first == 0:
        try:
            if os.fork() == 0:
                os.setsid()
                os.closerange(3, os.sysconf("SC_OPEN_MAX"))  # the build's lock among them
                shutil.rmtree(path, ignore_errors=True)
        finally:
            os._exit(0)
    os.waitpid(first, 0)


@contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the swap is done."""
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)

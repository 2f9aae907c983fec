"""What a site directory holds, read without trusting it: its regular files and whatever else
is there (links, FIFOs) that the next site must not take over, and which paths stay inside it.
The staging of a new site (write.py) reads the live site and the spare through these."""

from __future__ import annotations

import os
from collections.abc import Container, Iterable
from pathlib import Path
from stat import S_ISDIR, S_ISREG
from typing import TypeVar

V = TypeVar("V")  # (a manifest's entries)


def tree(root: str, folders: Iterable[str] = ("",), known: Container[str] = ()) -> tuple[set[str], set[str]]:
    """The regular files under `root` and whatever else is there that is no directory
    (symbolic links, to files or folders, FIFOs, sockets), as relative paths. One
    directory read per folder, no stat per file: the types come with the names. Read from
    `folders` down, leaving out the subfolders that are `known` (accounted for elsewhere)."""
    files: set[str] = set()
    odd: set[str] = set()
    pending = list(folders)
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(f"{root}/{folder}" if folder else root))
        except OSError:
            continue
        for entry in entries:
            relative = f"{folder}/{entry.name}" if folder else entry.name
            if entry.is_symlink():
                odd.add(relative)
            elif entry.is_dir(follow_symlinks=False):
                if relative not in known:
                    pending.append(relative)
            elif entry.is_file(follow_symlinks=False):
                files.add(relative)
            else:
                odd.add(relative)
    return files, odd


def tree_since(root: str, recorded: Iterable[str], since: int) -> tuple[set[str], set[str]]:
    """`tree(root)` of a site set aside holding the files `recorded`, its root's ctime then
    `since`, without reading every folder. A folder whose ctime is earlier holds the entries it
    held then: adding, removing or replacing an entry, or changing the folder's own metadata,
    sets its ctime to the present, and no call sets a ctime back. So each folder is looked at
    (one lstat) and only those changed since are read, and whatever they hold that was not
    there (a planted folder) read whole: at 100,000 reports 0.35 s, where reading all of the
    100,000 report folders takes over a second, most of it the kernel's."""
    folders: dict[str, list[str]] = {"": []}  # folder -> its recorded files
    for relative in recorded:
        folder = relative.rpartition("/")[0]
        if folder not in folders:
            ancestor = folder
            while ancestor not in folders:
                folders[ancestor] = []
                ancestor = ancestor.rpartition("/")[0]
        folders[folder].append(relative)
    files: set[str] = set()
    odd: set[str] = set()
    changed = []
    for folder, held in folders.items():
        try:
            status = os.lstat(f"{root}/{folder}" if folder else root)
        except OSError:
            continue  # gone, and its files with it (linked again from the live site)
        if not S_ISDIR(status.st_mode):
            odd.add(folder)  # a link or a file where a folder was
        elif status.st_ctime_ns < since:
            files.update(held)
        else:
            changed.append(folder)
    read_files, read_odd = tree(root, changed, known=folders.keys())
    return files | read_files, odd | read_odd


def regular(path: str) -> bool:
    try:
        return S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def regular_only(entries: dict[str, V], out: Path) -> dict[str, V]:
    """The entries whose file in `out` is a regular file: a link planted in the site (to
    /etc/passwd, say) is never linked into the next one, but made again."""
    if not entries:
        return entries
    _files, odd = tree(str(out))
    if not odd:
        return entries
    return {relative: entry for relative, entry in entries.items()
            if relative not in odd and not any(relative.startswith(f"{o}/") for o in odd)}


def inside(relative: str) -> bool:
    """A relative path that stays inside the directory it is joined to (checked on the string:
    no `..`, `.`, absolute or empty parts)."""
    parts = relative.split("/")
    return bool(relative) and "\0" not in relative and "\\" not in relative \
        and not any(p in ("", ".", "..") for p in parts)

"""A built site's manifest as its build's cache keeps it: each file's `Entry` (the key of the
inputs it was made from, a hash of its bytes, its size) by path.

The entries are kept in `SHARDS` files, split by the crc32 of the file's folder (the files of a
folder are read together: a search shard's postings files), and the build's state
(cachedir.STATE, read whole) lists each shard's hash, files and bytes. A build that makes a few
files again (a note edited) reads only the shards holding them, writes those and links the rest
from the last generation: at 100,000 reports one manifest file of 16 MB, read and written
whole, was half a second of a two-second edit. A shard is read as data only, and only when its
bytes hash to what the state lists; `intact` checks them all (reading and hashing the 16 MB of
100,000 reports' shards costs a few hundredths of a second), and a manifest that is not intact
describes no site: its build makes everything that is not verifiably the same.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections import defaultdict
from pathlib import Path
from typing import Any

from generator.cachedir import SHARDS, UNREADABLE, data_loads, shard_of, write_file

SPLIT = f"crc32 of the folder, {SHARDS}"  # (listed in the state: shards split otherwise are not read)
Entry = tuple[str, str, int]  # input key, hash of the bytes, size
Listed = tuple[str, int, int]  # a shard file's hash, its files, their bytes


def page_entry(key: str, data: bytes) -> Entry:
    """A file's manifest entry: the key of its inputs, a hash of its bytes, its size.
    SHA-256 because processors hash it in hardware: half the time of BLAKE2b here."""
    return key, bytes_hash(data), len(data)


def bytes_hash(data: bytes) -> str:
    """The hash a manifest entry records of a file's bytes (`page_entry`)."""
    return hashlib.sha256(data).hexdigest()


def _entries(data: Any) -> dict[str, Entry] | None:
    if not isinstance(data, dict):
        return None
    try:
        return {str(path): (str(key), str(sha), int(size)) for path, (key, sha, size) in data.items()}
    except (TypeError, ValueError):
        return None


def _listing(data: Any) -> list[Listed] | None:
    """A state's list of shards, if it is one of shards split as this code splits them."""
    if not isinstance(data, dict) or data.get("split") != SPLIT:
        return None
    shards = data.get("shards")
    if not isinstance(shards, list) or len(shards) != SHARDS:
        return None
    try:
        listed = [(str(sha), int(files), int(size)) for sha, files, size in shards]
    except (TypeError, ValueError):
        return None
    return listed if all(len(sha) == 64 for sha, _, _ in listed) else None


def _shard_of(relative: str) -> int:
    return shard_of(relative.rpartition("/")[0])


def _shard_name(number: int) -> str:
    return f"{number}.pickle"


class Manifest:
    """A site's entries, read shard by shard from `folder` when first asked for (`get`,
    `whole`); or given whole (`Manifest.of`), when they are kept nowhere yet."""

    def __init__(self, folder: Path | None = None, listed: list[Listed] | None = None) -> None:
        self.folder = folder
        self.listed = listed
        self._shards: dict[int, dict[str, Entry]] = {}
        self._damaged: set[int] = set()  # shards whose file is not as listed
        self._whole: dict[str, Entry] | None = None  # (every shard's entries, once asked for)

    @classmethod
    def read(cls, folder: Path, listing: Any) -> Manifest:
        """The manifest in `folder` that a state lists (`listing`); empty when the listing is
        not one."""
        listed = _listing(listing)
        return cls(folder, listed) if listed else cls()

    @classmethod
    def of(cls, entries: dict[str, Entry]) -> Manifest:
        manifest = cls()
        shards = _split(entries)
        manifest._shards = {number: shards.get(number, {}) for number in range(SHARDS)}
        return manifest

    def __bool__(self) -> bool:
        return self.files > 0

    @property
    def files(self) -> int:
        if self.listed is not None:
            return sum(files for _, files, _ in self.listed)
        return sum(len(shard) for shard in self._shards.values())

    @property
    def bytes(self) -> int:
        if self.listed is not None:
            return sum(size for _, _, size in self.listed)
        return sum(entry[2] for shard in self._shards.values() for entry in shard.values())

    def intact(self) -> bool:
        """Every listed shard is there with the bytes listed."""
        if self.folder is None or self.listed is None:
            return False
        for number, (sha, _, _) in enumerate(self.listed):
            try:
                if bytes_hash((self.folder / _shard_name(number)).read_bytes()) != sha:
                    return False
            except OSError:
                return False
        return True

    def shard(self, number: int) -> dict[str, Entry]:
        """The entries of one shard; none when its file is missing, is not what the state
        lists or cannot be read as entries (their files are then made again)."""
        shard = self._shards.get(number)
        if shard is None:
            read = self._read(number)
            if read is None:
                self._damaged.add(number)
            shard = self._shards[number] = read or {}
        return shard

    def _read(self, number: int) -> dict[str, Entry] | None:
        if self.folder is None or self.listed is None:
            return None
        try:
            data = (self.folder / _shard_name(number)).read_bytes()
            return _entries(data_loads(data)) if bytes_hash(data) == self.listed[number][0] else None
        except UNREADABLE:
            return None

    def get(self, relative: str) -> Entry | None:
        return self.shard(_shard_of(relative)).get(relative)

    def whole(self) -> dict[str, Entry]:
        """Every entry (made once: a full build asks in several places, the forked ones too)."""
        if self._whole is None:
            self._whole = {}
            for number in range(SHARDS):
                self._whole.update(self.shard(number))
        return self._whole

    def drop(self, relative: str) -> None:
        self.whole().pop(relative, None)  # (every shard read while the state's listing still tells which to trust)
        self.shard(_shard_of(relative)).pop(relative, None)
        self.listed = None  # (what is left is no longer what the state lists)

    def same_shard(self, other: Manifest, number: int) -> bool:
        """Both list the same bytes for shard `number`, and this one's file holds them: so the
        entries read of it are the other's too, which need not be read."""
        self.shard(number)
        return number not in self._damaged and self.listed is not None and other.listed is not None \
            and self.listed[number] == other.listed[number]

    def write(self, folder: Path, made: dict[str, Entry] | None = None) -> Manifest:
        """Write this manifest into `folder` (a new generation's), with the entries `made`
        replacing its own: a shard `made` does not touch is linked from this manifest's folder
        when it has one. Returns the manifest written (its `listing` is for the state)."""
        folder.mkdir()
        touched = _split(made or {})
        listed: list[Listed] = []
        for number in range(SHARDS):
            old = self.listed[number] if self.listed is not None and self.folder is not None else None
            if old is not None and number not in touched:
                os.link(self.folder / _shard_name(number), folder / _shard_name(number))  # type: ignore[operator]
                listed.append(old)
                continue
            shard = {**self.shard(number), **touched.get(number, {})}
            data = _dumps(shard)
            write_file(folder / _shard_name(number), data)
            listed.append((bytes_hash(data), len(shard), sum(entry[2] for entry in shard.values())))
        return Manifest(folder, listed)

    def listing(self) -> dict[str, Any]:
        """What the build's state lists of this manifest (written, so listed)."""
        return {"split": SPLIT, "shards": self.listed}


def _split(entries: dict[str, Entry]) -> dict[int, dict[str, Entry]]:
    shards: dict[int, dict[str, Entry]] = defaultdict(dict)
    for relative, entry in entries.items():
        shards[_shard_of(relative)][relative] = entry
    return shards


def _dumps(shard: dict[str, Entry]) -> bytes:
    """A shard's bytes, the same for the same entries (in path order), so that two builds'
    listings tell whether a shard changed between them (`same_shard`)."""
    return pickle.dumps(dict(sorted(shard.items())), protocol=5)

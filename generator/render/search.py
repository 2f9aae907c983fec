"""What the search index needs besides its shards (search_shards.py): whether Pagefind is
installed, and filter files that are the same for the same pages.

The extended Pagefind binary (PyPI `pagefind[extended]`) segments Chinese, so a query such
as 降准 or 数字化转型 finds reports whose text never puts spaces between words. Publisher,
topic and year are Pagefind filters (so they work with no keyword at all), the date a sort.

Pagefind writes a filter's values in hash-map order, which changes from run to run, and names
its files after their bytes: the same site would publish different files each build. So
after it runs, each filter file is rewritten with its values in order, and the files that
name it (the language's meta file, then the entry file) are renamed to match.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
from pathlib import Path

import cbor2

_SIGNATURE = b"pagefind_dcd"


class SearchIndexError(RuntimeError):
    pass


def available() -> bool:
    return importlib.util.find_spec("pagefind") is not None


def _read(path: Path) -> object:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_SIGNATURE):
        raise SearchIndexError(f"{path}: not a Pagefind index file this generator knows")
    return cbor2.loads(data[len(_SIGNATURE):])


def _write(folder: Path, prefix: str, suffix: str, value: object, digits: int) -> str:
    """Write `value` as a Pagefind file named after its bytes; its hash, as Pagefind names it."""
    data = gzip.compress(_SIGNATURE + cbor2.dumps(value), mtime=0)
    name = f"{prefix}_{hashlib.blake2b(data, digest_size=8).hexdigest()[:digits]}"
    (folder / f"{name}{suffix}").write_bytes(data)
    return name


def settle_filters(index: Path) -> None:
    """Make the filter files and the files naming them the same for the same pages."""
    entry_path = index / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language, info in entry["languages"].items():
        meta_path = index / f"pagefind.{info['hash']}.pf_meta"
        meta = _read(meta_path)
        filters = []
        for name, old in sorted(meta[3]):
            path = index / "filter" / f"{old}.pf_filter"
            key, values = _read(path)
            path.unlink()
            filters.append([name, _write(index / "filter", language, ".pf_filter", [key, sorted(values)], 7)])
        meta[3] = filters
        meta_path.unlink()
        info["hash"] = _write(index, f"pagefind.{language}", ".pf_meta", meta, 13).removeprefix("pagefind.")
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

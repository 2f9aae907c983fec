"""What the search index needs besides its shards (search_shards.py): whether Pagefind is
installed, filter files that are the same for the same pages, and fragments holding only what
the search page reads.

The extended Pagefind binary (PyPI `pagefind[extended]`) segments Chinese, so a query such
as 降准 or 数字化转型 finds reports whose text never puts spaces between words. Publisher,
topic and year are Pagefind filters (so they work with no keyword at all), the date a sort.

Pagefind writes a filter's values in hash-map order, which changes from run to run, and names
its files after their bytes: the same site would publish different files each build. So
after it runs, each filter file is rewritten with its values in order, and the files that
name it (the language's meta file, then the entry file) are renamed to match.

Pagefind also writes each page's filters and word count into its fragment (the file the
search page fetches for a result), and pagefind.js never reads them back: it filters with the
filter files, and shows a result from its URL, content and meta. Fragments are a file per
report, so they are rewritten without them (`slim_fragments`): 61 of 544 bytes a report.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import re
import zlib

import cbor2

_SIGNATURE = b"pagefind_dcd"


class SearchIndexError(RuntimeError):
    pass


def available() -> bool:
    return importlib.util.find_spec("pagefind") is not None


def _read(files: dict[str, bytes], path: str) -> object:
    return cbor2.loads(_payload(gzip.decompress(files.pop(path)), path))


def _write(files: dict[str, bytes], prefix: str, suffix: str, value: object, digits: int) -> str:
    """Add `value` to `files` as a Pagefind file named after its bytes; its hash, as Pagefind names it."""
    data = gzip.compress(_SIGNATURE + cbor2.dumps(value), mtime=0)
    name = f"{prefix}_{hashlib.blake2b(data, digest_size=8).hexdigest()[:digits]}"
    files[f"{name}{suffix}"] = data
    return name


# What Pagefind writes into a fragment and the search page never reads: the page's word count
# and filters (pagefind.js shows a result from its `url`, `content`, `meta` and `anchors`,
# and filters with the filter files). Pagefind 1.4 writes the keys in this order; a filter's
# name and values are JSON strings.
_UNREAD = re.compile(rb',"word_count":\d+,"filters":\{(?:"(?:[^"\\]|\\.)*":\[(?:"(?:[^"\\]|\\.)*",?)*\],?)*\}')


def slim_fragments(files: dict[str, bytes]) -> None:
    """Rewrite the fragments of one bundle without what the search page never reads of them.
    A pattern rather than a JSON round trip: this runs once per report (0.1 ms, most of it
    compressing)."""
    for path, data in files.items():
        if path.startswith("fragment/"):
            slim, found = _UNREAD.subn(b"", zlib.decompress(data, 31), count=1)
            if not found or not slim.startswith(_SIGNATURE):
                raise SearchIndexError(f"{path}: not a Pagefind fragment this generator knows")
            files[path] = zlib.compress(slim, 9, wbits=31)  # gzip, no name, no time: as Pagefind writes it


def _payload(data: bytes, path: str) -> bytes:
    if not data.startswith(_SIGNATURE):
        raise SearchIndexError(f"{path}: not a Pagefind index file this generator knows")
    return data[len(_SIGNATURE):]


def settle_filters(files: dict[str, bytes]) -> None:
    """Make the filter files of one bundle (its paths and bytes, as Pagefind's service hands
    them over) and the files naming them the same for the same pages."""
    entry = json.loads(files["pagefind-entry.json"])
    for language, info in entry["languages"].items():
        meta_path = f"pagefind.{info['hash']}.pf_meta"
        meta = _read(files, meta_path)
        filters = []
        for name, old in sorted(meta[3]):
            key, values = _read(files, f"filter/{old}.pf_filter")
            filters.append([name, _write(files, f"filter/{language}", ".pf_filter", [key, sorted(values)], 7)
                            .removeprefix("filter/")])
        meta[3] = filters
        info["hash"] = _write(files, f"pagefind.{language}", ".pf_meta", meta, 13).removeprefix("pagefind.")
    files["pagefind-entry.json"] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode()

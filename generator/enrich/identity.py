"""Stable report ids: the same report gets the same id in every scrape and every build.

The id hashes what identifies the report itself — its listed title folded (width, script,
spaces, `.pdf`), the publishers the listing names, and its own date when it has one — never
the build order, the listing file, the URL or the base URL.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from datetime import date

from generator.normalize import fold

_GUID_NAMESPACE = uuid.UUID("6f1b8d2e-7c4a-5e3b-9a61-2d4c8e0f7b13")


_EXTENSION = re.compile(r"\.(?:pdf|docx?|pptx?)$")
_PAGE_COUNT = re.compile(r"[(\[【]\d+页[)\]】]")
# Symbols that carry meaning and stay in the key: a decimal point between digits (1.5 is not
# 15), a sign before a number (`+3`; a minus only before a percentage or a decimal, since
# `-231005` is a date code), arrows (↑ is not ↓), and `&`, `%`, comparisons.
# (One class of every symbol first, then each symbol's own condition, looked at behind it: a
# pattern that opens with one class lets a search skip to that class, where branches that open with
# classes make it try every position.)
_MEANING = re.compile(r"[.\-−+↑↓↗↘→←⬆⬇<>≥≤&%](?:(?<=\d\.)(?=\d)|(?<=[-−])(?=\d+%|\d+\.\d)|(?<=\+)(?=\d)"
                      r"|(?<=[↑↓↗↘→←⬆⬇<>≥≤&%]))")
_NOT_KEY = re.compile(r"[\W_]")
_SIGNS = str.maketrans({"−": "-"})


def title_key(title: str) -> str:
    """Folded listed title without extension, page count or punctuation differences; the
    symbols that change what a title says (numbers' points and signs, arrows) are kept."""
    key = _PAGE_COUNT.sub("", _EXTENSION.sub("", fold(title.replace("&amp;", "&").replace("&amp", "&"))))
    pieces: list[str] = []
    done = 0
    for symbol in _MEANING.finditer(key):
        pieces += (_NOT_KEY.sub("", key[done:symbol.start()]), symbol.group().translate(_SIGNS))
        done = symbol.end()
    return "".join(pieces) + _NOT_KEY.sub("", key[done:])


def report_key(listed_key: str, publishers: list[str], own_date: date | None) -> str:
    """What identifies a report: its listed title's `title_key`, publishers and own date."""
    dated = own_date.isoformat() if own_date else ""
    return f"{listed_key}|{','.join(sorted(publishers))}|{dated}"


def report_id(key: str) -> str:
    return hashlib.blake2b(key.encode("utf-8"), digest_size=6).hexdigest()


def guid(report_id_: str) -> str:
    """A permanent feed GUID (a URN, not a URL), the same in every feed."""
    return f"urn:uuid:{uuid.uuid5(_GUID_NAMESPACE, report_id_)}"

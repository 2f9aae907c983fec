"""A JSON array of records that is not valid JSON because a few of its records are broken
(hand-written JSON: a title cut at its `;` into a second bare string): read record by record,
each broken one reported where it is, the rest read as the document's."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from generator.i18n import Message
from generator.ingest.mapping import Yielded, read_records
from generator.ingest.recordprofile import RecordProfile
from generator.ingest.records import Notice, Rejected, json_integer

# What this module tells the editor, in one place (for translation).
MESSAGES = {
    "bad_record": "not valid JSON ({reason}); this record is skipped, the file's others are read",
    "mended": "not valid JSON: a text with no key after {key!r} is read as the rest of its value",
}


_DECODER = json.JSONDecoder(parse_int=json_integer)
_SPACE = re.compile(r"[\s,]*")
_BLANK = re.compile(r"\s*")


def salvage(text: str) -> list[tuple[int, dict | None, str]] | None:
    """The records of an array of objects that is not valid JSON because some of its records
    are broken (hand-written JSON: a title cut at its `;` into a second bare string), each with
    its line and, for one not read whole, what was wrong or the key mended; None when the text
    is no such array or most of its records are broken."""
    start = text.find("[")
    if start < 0 or text[:start].strip():
        return None
    found: list[tuple[int, dict | None, str]] = []
    at = _SPACE.match(text, start + 1).end()
    line, counted = 1, 0
    while at < len(text) and text[at] != "]":
        if text[at] != "{":
            return None
        line, counted = line + text.count("\n", counted, at), at
        try:
            record, end = _DECODER.raw_decode(text, at)
            note = ""
        except (json.JSONDecodeError, RecursionError) as exc:
            mended = _mend(text, at)
            if mended is None:
                end = _object_end(text, at)
                if end is None:
                    return None
                record, note = None, getattr(exc, "msg", "nested too deeply")
            else:
                record, end, note = mended
        if record is not None and not isinstance(record, dict):
            return None
        found.append((line, record, note))
        at = _SPACE.match(text, end).end()
    read = sum(1 for _, record, _ in found if record is not None)
    return found if found and read * 2 > len(found) else None


def _mend(text: str, at: int) -> tuple[dict, int, str] | None:
    """A flat object with a stray string where a key belongs (`"title": "A", "B", "url": …`),
    the stray text joined to the value before it; with its end and the key mended."""
    record: dict[str, object] = {}
    last, mended = None, ""
    at = _BLANK.match(text, at + 1).end()
    try:
        while text[at] != "}":
            key, at = _DECODER.raw_decode(text, at)
            if not isinstance(key, str):
                return None
            at = _BLANK.match(text, at).end()
            if text[at] == ":":
                at = _BLANK.match(text, at + 1).end()
                record[key], at = _DECODER.raw_decode(text, at)
                last = key
            elif text[at] in ",}" and last is not None and isinstance(record[last], str):
                record[last] = f"{record[last]}; {key}"
                mended = mended or last
            else:
                return None
            at = _BLANK.match(text, at).end()
            if text[at] == ",":
                at = _BLANK.match(text, at + 1).end()
            elif text[at] != "}":
                return None
    except (json.JSONDecodeError, IndexError, RecursionError):
        return None
    return (record, at + 1, mended) if mended else None


def _object_end(text: str, at: int) -> int | None:
    """Where the object starting at `at` ends, its strings' braces not counted; None when it
    does not."""
    depth, quoted, escaped = 0, False, False
    for index in range(at, len(text)):
        char = text[index]
        if quoted:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                quoted = False
            continue
        if char == '"':
            quoted = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return index + 1
    return None


def read_salvaged(profiles: list[RecordProfile], salvaged: list[tuple[int, dict | None, str]],
                   file: str) -> Iterator[Yielded]:
    """The records of a half-broken array, each broken one reported where it is."""
    for line, record, note in salvaged:
        if record is None:
            yield Rejected(line, Message(MESSAGES["bad_record"], reason=note))
        elif note:
            yield Notice(line, Message(MESSAGES["mended"], key=note))
    rows = ((line, record) for line, record, _ in salvaged if record is not None)
    yield from read_records(rows, file, profiles, "JSON document")

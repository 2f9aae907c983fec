"""JavaScript files that hold a site's data, as scrapers save them from a page's scripts or a front end's sources
(`var data = {...}`, `window.__DATA__ = {...}`, `export const list = [...]`): their object and array literals,
written as JavaScript writes them (single quotes, bare keys, trailing commas, comments), are read by chompjs, a
parser made for scraping that beats a JSON5 parser of our own, and their records as a JSON document's
(structured.read_document)."""

from __future__ import annotations

from collections.abc import Iterator

import chompjs

from generator.i18n import Message
from generator.ingest.recordprofile import RecordProfile
from generator.ingest.records import Notice
from generator.ingest.structured import Yielded, read_document
from generator.normalize import strip_invisible

MESSAGES = {
    "bad_js": "not a JavaScript object or array that can be read ({reason}); file skipped",
    "no_literal": "no JavaScript object or array in the file; file skipped",
}


def parse_js(profiles: list[RecordProfile], text: str, file: str) -> Iterator[Yielded]:
    try:
        literals = [value for value in chompjs.parse_js_objects(strip_invisible(text))
                    if isinstance(value, dict | list)]
    except (ValueError, RecursionError) as exc:
        yield Notice(1, Message(MESSAGES["bad_js"], reason=str(exc)[:80]))
        return
    if not literals:
        yield Notice(1, MESSAGES["no_literal"])
        return
    # (several literals, `export const a = {...}; export const b = {...}`, are read as the values of one object,
    # so that the list that looks most like records is found among all of them)
    document = literals[0] if len(literals) == 1 else {str(number): value for number, value in enumerate(literals)}
    yield from read_document(profiles, document, file, "JavaScript file")

"""JSON Lines of already-structured records, as scrapers export them (e.g. Scrapy feeds):
one JSON object a line, read with the field detection every structured format shares."""

from __future__ import annotations

from collections.abc import Iterator

from generator.ingest.records import Notice, Rejected
from generator.model import ListingItem


def parse(text: str, file: str) -> Iterator[ListingItem | Rejected | Notice]:
    """The records of `text`, with the built-in record profiles."""
    from generator.ingest.recordprofile import record_profiles
    from generator.ingest.structured import parse_jsonl

    return parse_jsonl(record_profiles(None), text, file)

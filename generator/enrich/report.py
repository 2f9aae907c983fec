"""One listing item made a report by every enrichment rule: publishers, clean title, topics,
excerpt and facts. Listing files are read into reports in worker processes (listings.py)
and by `fetch`'s check of a capture (fetch/known.py), both through this."""

from __future__ import annotations

from generator.config import Config
from generator.diagnostics import Diagnostics
from generator.enrich.cleaning import lede
from generator.enrich.facts import text_facts
from generator.enrich.identity import report_id, report_key, title_key
from generator.enrich.publishers import PublisherTable
from generator.enrich.titles import parse_title
from generator.enrich.topics import TopicClassifier
from generator.model import ListingItem, Report, Source
from generator.normalize import squash_spaces, strip_invisible

MAX_TITLE = 200


def enrich(item: ListingItem, table: PublisherTable, topics: TopicClassifier, config: Config,
           diagnostics: Diagnostics) -> Report:
    if len(item.title) > MAX_TITLE:
        diagnostics.warning(item.file, item.line, "title of {length:,} characters shortened to {max} for display; "
                            "check the scraper for this listing", length=len(item.title), max=MAX_TITLE)
    read_title = item.title[: MAX_TITLE * 5]  # what a longer title adds is a scraper's fault, not the report's
    parts = parse_title(read_title)
    attribution = table.attribute(parts, item.head, item.tail, item.publisher_hint, item.date)
    for name in attribution.discovered:
        diagnostics.warning(item.file, item.line, "publisher {name!r} is not in the publisher table; added with slug "
                            "{slug!r} (add it to publishers.yaml to set its name and slug)",
                            name=name, slug=table.slug(name))
    clean_title = (attribution.reading or parts).clean_title(attribution.prefix_is_publisher)
    if not clean_title.strip():  # `.pdf`, `(3页).pdf`: nothing left once the file-name parts go
        clean_title = squash_spaces(strip_invisible(item.title)).strip() or item.title
        diagnostics.warning(item.file, item.line, "title {title!r} holds nothing but a file name's parts (publisher, "
                            "page count, date, .pdf); shown as listed", title=item.title)
    if len(clean_title) > MAX_TITLE:
        clean_title = clean_title[: MAX_TITLE - 1] + "…"
    listed_key = title_key(item.title)
    if not listed_key:  # no words to tell one such title from another: its text does
        listed_key = "untitled|" + item.title + "|" + squash_spaces(item.head[:500])
    key = report_key(listed_key, attribution.publishers, parts.report_date)
    lead = lede(item.head, config.site.excerpt_min, config.site.excerpt_max, clean_title)
    stated = text_facts(item.head, read_title, item.date)
    item.facts.fill_from(stated.facts)  # what the listing says wins
    return Report(
        id=report_id(key),
        title=squash_spaces(strip_invisible(item.title)),
        clean_title=clean_title,
        publishers=attribution.publishers,
        topics=topics.classify(clean_title, item.head),
        date=item.date,
        report_date=parts.report_date or (attribution.reading.report_date if attribution.reading else None)
        or stated.date,
        pages=parts.pages or item.pages,
        views=item.views,
        excerpt=lead.excerpt,
        key_points=lead.key_points,
        attribution=attribution.method,
        sources=[Source(item.file, item.line, item.url, item.pdf_url)],
        first_seen=item.date,
        facts=item.facts,
        title_keys=tuple(dict.fromkeys((listed_key, title_key(clean_title)))),
    )

"""Accuracy of the digest's reading of real listed titles, per field, against labels by hand.

The labelled set (tests/data/labelled_titles.yaml) holds real titles from public report sites
with their sources. Targets: publisher ≥ 97 %, report date and pages ≥ 99 %, clean title ≥ 95 %.
"""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from generator.config import load_config
from generator.diagnostics import Diagnostics
from generator.digest import enrich
from generator.enrich.publishers import PublisherTable
from generator.enrich.topics import TopicClassifier
from generator.model import ListingItem
from tests.conftest import ROOT

LABELLED = yaml.safe_load((ROOT / "tests" / "data" / "labelled_titles.yaml").read_text(encoding="utf-8"))
TARGETS = {"publishers": 0.97, "report_date": 0.99, "pages": 0.99, "clean_title": 0.95}


@pytest.fixture(scope="module")
def readings(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[dict, dict]]:
    empty = tmp_path_factory.mktemp("content")
    diagnostics = Diagnostics(root=empty)
    config = load_config(empty, diagnostics)
    table, topics = PublisherTable(config.publishers), TopicClassifier(config.topics)
    results = []
    for number, label in enumerate(LABELLED, start=1):
        text = label.get("text", "")
        item = ListingItem(file="labelled", line=number, title=label["title"], head=text, tail="",
                           date=dt.date(2024, 1, 1), pages=label.get("listing_pages"),
                           publisher_hint=label.get("org"))
        report = enrich(item, table, topics, config, diagnostics)
        results.append((label, {"publishers": report.publishers, "report_date": report.report_date,
                                "pages": report.pages, "clean_title": report.clean_title}))
    return results


def test_the_labelled_set_is_large_and_sourced() -> None:
    assert len(LABELLED) >= 150
    assert all(label["source"] for label in LABELLED)
    assert len({label["title"] for label in LABELLED}) == len(LABELLED)


@pytest.mark.parametrize("field", list(TARGETS))
def test_accuracy_per_field_meets_its_target(field: str, readings: list[tuple[dict, dict]]) -> None:
    scored = [(label, got) for label, got in readings if field in label]
    misses = [f"{label['title']}: expected {label[field]!r}, got {got[field]!r}"
              for label, got in scored if got[field] != label[field]]
    accuracy = 1 - len(misses) / len(scored)
    print(f"\n{field}: {accuracy:.1%} of {len(scored)}")
    assert accuracy >= TARGETS[field], "\n".join(misses)

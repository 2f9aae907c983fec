"""Excerpts from real extracted report text: repaired, free of boilerplate, bounded, cut cleanly;
and the publisher found in the text itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.config import load_config
from generator.diagnostics import Diagnostics
from generator.enrich import cleaning
from generator.enrich.cleaning import clean_text, excerpt, repair
from generator.enrich.publishers import PublisherTable
from generator.enrich.titles import parse_title
from tests.conftest import ROOT

SNIPPETS = yaml.safe_load((ROOT / "tests" / "data" / "labelled_snippets.yaml").read_text(encoding="utf-8"))


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_snippet_set_is_large_and_sourced() -> None:
    assert len(SNIPPETS) >= 30 and all(s["source"] for s in SNIPPETS)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s["title"][:14] for s in SNIPPETS])
def test_excerpts_keep_content_and_drop_artefacts(snippet: dict) -> None:
    text = excerpt(snippet["text"])
    assert len(text) <= 300
    if len(clean_text(snippet["text"])) >= 120:
        assert len(text) >= 120
    for phrase in snippet["must_contain"]:
        assert _flat(phrase) in _flat(text), phrase
    for phrase in snippet["must_not_contain"]:
        assert _flat(phrase) not in _flat(text), phrase


def test_the_publisher_is_found_in_the_text_and_never_invented(tmp_path: Path) -> None:
    """Labels say who the text itself names; [] means it names no one, and then no publisher
    may be made up."""
    table = PublisherTable(load_config(tmp_path, Diagnostics()).publishers)
    labelled = [s for s in SNIPPETS if "publishers" in s]
    found = {s["title"]: table.attribute(parse_title(""), s["text"], "").publishers for s in labelled}
    misses = [(s["title"], found[s["title"]], s["publishers"]) for s in labelled
              if found[s["title"]] != s["publishers"]]
    print(f"\npublisher from text: {1 - len(misses) / len(labelled):.1%} of {len(labelled)}")
    assert 1 - len(misses) / len(labelled) >= 0.95, misses


@pytest.mark.parametrize(("raw", "repaired"), [
    ("银银行行类类别别", "银行类别"),
    ("研究研究院院 全球银行业展望报全球银行业展望报告告", "研究院 全球银行业展望报告"),
    ("报告日期:报告日期:2023 年 10 月 8 日", "报告日期:2023 年 10 月 8 日"),
    ("拐点已至拐点已至,否极泰来否极泰来", "拐点已至,否极泰来"),
    ("证 券 研 究 报 告", "证券研究报告"),
])
def test_repair_undoes_extraction_artefacts(raw: str, repaired: str) -> None:
    assert repair(raw) == repaired


def test_ordinary_reduplication_survives() -> None:
    assert repair("层层递进的政策，常常被忽视") == "层层递进的政策，常常被忽视"


def test_long_text_is_cut_at_a_sentence_end() -> None:
    text = excerpt("".join(f"第{n}家银行净息差企稳回升，资产质量保持稳定。" for n in range(40)))
    assert 120 <= len(text) <= 300 and text.endswith("。")


@pytest.mark.parametrize(("hostile", "repaired"), [
    ("a" * 1_000_000, "a" * 500_000),
    ("研" * 1_000_000, "研研研"),
    ("研究" * 500_000, "研究"),
    ("研 " * 500_000, "研研"),
    ("报告日期:" * 200_000, "报告日期:"),
    ("银银行行类类别别" * 100_000, "银行类别"),
    (("研究院" * 9 + "x") * 30_000, "研究院x" * 30_000),
])
def test_repair_stays_linear_on_hostile_input(hostile: str, repaired: str) -> None:
    """A megabyte of one repeated character or unit finishes (every step is a bounded scan)."""
    assert repair(hostile) == repaired
    assert len(excerpt(hostile)) <= 300


def _every_repeat_collapsed(text: str) -> str:
    """The plain reference: the two backreference patterns tried at every position."""
    staggered = cleaning._STAGGERED.sub(cleaning._collapse_staggered, text)
    return cleaning._REPEATED.sub(cleaning._collapse_repeated, staggered)


# Few distinct characters, so that runs written twice are common.
_repetitive = st.lists(st.text(alphabet="研究院报告 a1:,𠀀", min_size=1, max_size=6), max_size=12).map(
    lambda units: "".join(unit * (1 + len(unit) % 3) for unit in units))


@settings(max_examples=300, deadline=None)
@given(_repetitive)
def test_the_candidate_scan_never_misses_a_repeat(text: str) -> None:
    assert cleaning._collapse_repeats(text) == _every_repeat_collapsed(text)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s["title"][:14] for s in SNIPPETS])
def test_the_candidate_scan_matches_the_reference_on_real_text(snippet: dict) -> None:
    text = snippet["text"]
    doubled = text[:40] + text[40:90] * 2 + text[90:]
    for sample in (text, doubled, repair(text)):
        assert cleaning._collapse_repeats(sample) == _every_repeat_collapsed(sample)


def test_spaces_fold_exactly_where_a_regex_sees_whitespace() -> None:
    """Folding and squashing split at `str.isspace` characters: the same set as a regex `\\s`
    (ideographic and no-break spaces included), checked over every code point."""
    import re

    from generator.normalize import fold, squash_spaces

    spaces = "".join(chr(c) for c in range(0x110000) if re.fullmatch(r"\s", chr(c)))
    assert spaces == "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
    assert "\u3000" in spaces and "\xa0" in spaces
    assert squash_spaces(f"{spaces}中信{spaces}证券 研究{spaces}") == "中信 证券 研究"
    assert fold(f" 中信{spaces}證券\u3000ＡＢ ") == "中信证券ab"

"""Excerpts from real extracted report text: repaired, free of boilerplate, bounded, cut cleanly,
starting where a reader would (the summary's first points, else the first sentences); key points;
and the publisher found in the text itself."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.enrich import hostile_previews
from generator.config import load_config
from generator.diagnostics import Diagnostics
from generator.enrich import artefacts, boilerplate, cleaning, covertitle, keypoints, layout, lines
from generator.enrich.artefacts import repair
from generator.enrich.boilerplate import is_boilerplate
from generator.enrich.cleaning import excerpt, lede
from generator.enrich.flattened import restore_lines
from generator.enrich.latin import run_in_heading_end
from generator.enrich.opening import WINDOW
from generator.enrich.publishers import PublisherTable
from generator.enrich.titles import parse_title
from tests.conftest import ROOT, load_openings

SNIPPETS = yaml.safe_load((ROOT / "tests" / "data" / "labelled_snippets.yaml").read_text(encoding="utf-8"))


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_snippet_set_is_large_and_sourced() -> None:
    assert len(SNIPPETS) >= 30 and all(s["source"] for s in SNIPPETS)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s["title"][:14] for s in SNIPPETS])
def test_excerpts_drop_artefacts(snippet: dict) -> None:
    """The snippets' `must_not_contain` (artefacts, disclaimers) never shows. Their
    `must_contain` was written for the older excerpt, which kept cover text; what an excerpt
    should hold is now labelled in the openings sets below."""
    text = excerpt(snippet["text"])
    assert len(text) <= 300
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


@pytest.mark.parametrize(("raw", "shown"), [
    ("2022年年3月月，公司营收同比增长15%15%，净利润增长20%20%，人人都看好。", "2022年3月，公司营收同比增长15%，净利润增长20%，人人都看好。"),
    ("报告期为2020-2020年，2 0 2 3 年收入看看就知道，30日日均成交量上升，2018年年报显示盈利。",
     "报告期为2020-2020年，2023年收入看看就知道，30日日均成交量上升，2018年年报显示盈利。"),
])
def test_numbers_repaired_without_touching_real_repetition(raw: str, shown: str) -> None:
    """Doubled units against numbers (`年年3`, `15%15%`) and spaced digits are repaired;
    real repetition (`人人`, `看看`, `2020-2020`, `30日日均`, `2018年年报`) stays."""
    assert excerpt(raw, 10, 300) == shown


def test_spaced_digits_in_a_text_that_lost_its_punctuation_are_not_joined_into_another_number() -> None:
    """A listing that stored its preview with every mark turned into a space (`11 7 ，` for
    `11.7%，`) also lost the dash of a range: `1 8 2 3亿元` is 18-23 or 1.8-2.3, and joined
    it would show 1823亿元, a figure the report never stated."""
    text = ("公司发布半年度业绩预告。预计上半年实现归母净利润1 8 2 3亿元，同比增长11 7 ，"
            "环比改善明显。出口业务保持国内第一，海外收入占比持续提升，盈利能力有望继续修复。")
    shown = excerpt(text)
    assert shown == "公司发布半年度业绩预告。", "the sentence with the broken figure ends the excerpt"
    opening = "预计上半年实现归母净利润1 8 2 3亿元，同比增长11 7 ，环比改善明显。出口业务保持国内第一。"
    assert "1823" not in excerpt(opening, 10, 300), "a first sentence is shown as it is, never joined"


def test_long_text_is_cut_at_a_sentence_end() -> None:
    text = excerpt("".join(f"第{n}家银行净息差企稳回升，资产质量保持稳定。" for n in range(40)))
    assert 120 <= len(text) <= 300 and text.endswith("。")


@pytest.mark.parametrize(("hostile", "repaired"), [
    ("a" * 1_000_000, "a" * 1_000_000),  # (one letter over and over is no doubled text: left as it is)
    ("研" * 1_000_000, "研研研"),
    ("研究" * 500_000, "研究"),
    ("研 " * 500_000, "研研"),
    ("报告日期:" * 200_000, "报告日期:"),
    ("银银行行类类别别" * 100_000, "银行类别"),
    (("研究院" * 9 + "x") * 30_000, "研究院x"),  # (`研究院x` over and over is one unit written again and again)
])
def test_repair_stays_linear_on_hostile_input(hostile: str, repaired: str) -> None:
    """A megabyte of one repeated character or unit finishes (every step is a bounded scan)."""
    assert repair(hostile) == repaired
    assert len(excerpt(hostile)) <= 300


def test_only_the_opening_is_read() -> None:
    """The excerpt and key points depend on the first `WINDOW` characters only, so their cost
    is bounded whatever the preview's length (a 100,000-character preview costs what its
    first `WINDOW` characters cost)."""
    opening = OPENINGS_DEV[0]["text"] + "".join(item["text"] for item in OPENINGS_DEV)
    long = (opening * (100_000 // len(opening) + 1))[:100_000]
    assert lede(long) == lede(long[:WINDOW])
    assert lede(long[:WINDOW] + "投资要点：" + "这一段从不被读到。" * 5_000) == lede(long[:WINDOW])


def _every_repeat_collapsed(text: str) -> str:
    """The plain reference: the two backreference patterns tried at every position, in the
    passes `collapse_repeats` makes (short units, then units a line long while any collapse)."""
    unit = artefacts._UNIT
    for _ in range(artefacts._PASSES):
        staggered = artefacts._STAGGERED[unit].sub(artefacts._collapse_staggered, text)
        collapsed = artefacts._REPEATED[unit].sub(artefacts._collapse_repeated, staggered)
        if collapsed == text:
            return text
        text, unit = collapsed, artefacts._LINE_UNIT
    return text


# Few distinct characters, so that runs written twice are common.
_repetitive = st.lists(st.text(alphabet="研究院报告 a1:,𠀀", min_size=1, max_size=6), max_size=12).map(
    lambda units: "".join(unit * (1 + len(unit) % 3) for unit in units))


@settings(max_examples=300, deadline=None)
@given(_repetitive)
def test_the_candidate_scan_never_misses_a_repeat(text: str) -> None:
    assert artefacts.collapse_repeats(text) == _every_repeat_collapsed(text)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s["title"][:14] for s in SNIPPETS])
def test_the_candidate_scan_matches_the_reference_on_real_text(snippet: dict) -> None:
    text = snippet["text"]
    doubled = text[:40] + text[40:90] * 2 + text[90:]
    for sample in (text, doubled, repair(text)):
        assert artefacts.collapse_repeats(sample) == _every_repeat_collapsed(sample)


# --- Shortcuts that spare a scan: each must say exactly what the scan would ----------------------

def _real_texts() -> list[str]:
    """Openings, snippets and the sample listing's previews, each also with a run doubled and
    every glyph doubled: real text with and without the artefacts the shortcuts look for."""
    texts = [item["text"][:WINDOW] for item in OPENINGS_DEV + OPENINGS_TEST] + [s["text"] for s in SNIPPETS]
    texts += [text[:60] + text[60:70] * 2 + text[70:] for text in texts[:80]]
    return texts + ["".join(c * 2 for c in text[:300]) for text in texts[:40]]


def test_a_choice_grouped_by_first_character_finds_what_the_plain_choice_finds() -> None:
    from generator.enrich.choices import branches, by_first_character

    plain = (r"执业证书编号\s*[:：]?\s*[A-Z]\d{6}|执业证号|资料来源[:：]|资料|行业评级(?<!跑赢行业评级)|\(总第\d+期\)"
             r"|事件[:：]|事件点评|Summary|Sources?:\s*[A-Z]\w+|S\d{13}|请务必|请阅读")
    grouped, reference = re.compile(by_first_character(plain)), re.compile(plain)
    assert len(branches(grouped.pattern)) == 7 < len(branches(plain))
    for text in [*_real_texts(), "资料来源：Wind，资料", "跑赢行业评级，行业评级", "（总第58期）(总第58期)", "事件点评事件：1"]:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in reference.finditer(text)]
    for refused in (r"\d+页|第", r"(?:a|b)c|d", r"a+b|ac", r"[ab]c"):
        with pytest.raises(ValueError):
            by_first_character(refused)


def test_counting_repeated_characters_settles_a_text_only_where_the_pair_scans_would_leave_it() -> None:
    for text in [*_real_texts(), *(value[:WINDOW] for value in hostile_previews().values())]:
        text = artefacts.unravel(text)  # (what `_undouble` is given: spaces squashed)
        compact = text.replace(" ", "")  # (as `_undouble` makes it: each space of a squashed text stands alone)
        same = artefacts._same_as_next(compact)
        assert all(same[at] == 0 for at in range(len(compact) - 1) if compact[at] == compact[at + 1])
        if artefacts._too_few_pairs(text, compact):
            pieces = artefacts._CJK_PAIR.split(text)
            assert (len(artefacts._ANY_PAIR.split(compact)) - 1 < 0.6 * max(len(compact), 1)
                    and (len(pieces) // 2 < 4 or len(pieces) // 2 * 25 < artefacts.cjk_count(text)))


def test_a_printable_text_holds_no_invisible_character() -> None:
    """`unravel` strips invisible characters only from a text `str.isprintable` refuses."""
    from generator.normalize import strip_invisible

    assert not [c for c in map(chr, range(0x110000)) if strip_invisible(c) != c and c.isprintable()]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="研究ab", max_size=14))
def test_a_run_that_starts_over_is_told_from_its_copies_of_its_start(run: str) -> None:
    size = len(run)
    assert cleaning._starts_over(run) == any(run[shift:] == run[:size - shift] for shift in range(2, size - 1))


def test_a_short_text_dense_with_repeats_is_collapsed_at_its_candidates_alone() -> None:
    """An excerpt where most positions may start a repeat (a sentence written twice) is tried
    at its candidates, not scanned; the same text as the scan gives."""
    for text in ("研究研究院院" * 20, "季度季度" * 30, "资产质量保持稳定，稳定。资产质量保持稳定，稳定。" * 4):
        assert artefacts._square_starts(text).count(0x80) * 8 > len(text)
        assert artefacts.collapse_repeats(text) == _every_repeat_collapsed(text)


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


# --- Openings of real reports, labelled by a careful reader (see the files' header) -------------

OPENINGS_DEV = load_openings("dev")
# The issue's target is 95 %. Where a reader would start is judged strictly here (the excerpt
# must open with a phrase the label accepts). With the brokers' 195 company-report previews
# (tests/data/openings/broker_*.yaml) and 78 openings of central-bank, government and
# international-organisation research (other_*.yaml, mostly English) added, the held-out part is
# 117 openings: the rules written for the seed set reached 58 of them (49.6 %; dev 102 of 178,
# 57.3 %). Tuned on the dev part only (English sentences and summary headings, covers' title
# lines, previews that lost their punctuation to spaces, section labels glued to the lede),
# they reach 98 of 117 (83.8 %; dev 162 of 178, 91.0 %), short of the 95 %. A second round on
# the dev part (English front matter: legal notes, errata, thanks, a series' remit, contents
# pages without leaders; epigraphs, salutations, run-in headings; title parts inside sentences;
# 如下 before a list) took dev to 176 of 178 (98.9 %) and left the test part at 98 of 117
# (83.8 %: one opening fixed, another lost), scored once at the end. A third round wrote rules
# for classes rather than openings (no licensed source of real broker covers was found to add):
# line-by-line extraction (a wrapped line runs on, a numbered heading's line does not, an
# excerpt never bridges a sentence cut off by a break), contents pages without leaders and
# market-data tables run into one line, a bold title extracted twice, more glued section labels,
# white papers' credits; checked on covers written in the shapes brokers' and consultancies'
# PDFs take, the dev part unchanged (176 of 178). The test part, scored once at the end: 99 of
# 117 (84.6 %), still short of the 95 %. A fourth round took classes from real broker and bank
# covers found on document-preview pages, scored on a local set that is not committed (its text
# is not licensed): a cover's dated issue line, a dump's line breaks written as spaces after a
# sentence end, a title repeated with its own punctuation, dates in figures, preview pages'
# chunk numbers; both parts here unchanged (176 of 178, 99 of 117).
# A fifth round took classes from real openings of 90 more sites (not committed: unlicensed):
# futures analysts' contact blocks, Markdown and HTML left by converters, authors' biographies,
# slogans, morning notes' report lists, glyphs spaced out through a text, sidebars' index values,
# platform summaries; the dev part unchanged (176 of 178), the test part 101 of 117 (86.3 %: a
# page's running header `Page 3`, which a precheck had kept from ever matching).
# A sixth round looked for general rules instead, each checked on the code from before the local
# rounds too (where it met the local dev openings unseen): a short line in a stack of a cover's
# lines, a numbered heading or a bracketed tag stands apart; a question no statement follows in
# its paragraph is no lede; an English lede opens a paragraph of a dozen words (replacing three
# per-class patterns); an excerpt ending at a colon ends with `…`. Both parts here unchanged (176
# of 178, 101 of 117); the local test parts, scored once, 59 -> 62 of 82.
# Then spaced digits stopped being joined in texts that lost their punctuation (AlphaFin's): there
# `1 8 2 3亿元` was a range, and the excerpt showed 1823亿元; 4 943 1亿元 showed 49431亿元. Such
# excerpts were counted clean. Now an excerpt ends before a sentence with such figures, and a
# first sentence shows them as they are, which the artefact check counts: dev 176 -> 174 of 178,
# test 101 -> 99 of 117, no figure the report did not state.
# A seventh round (issue 18's fifteenth session) collected 62 new openings from 28 sites and 34
# publishers (brokers' company, industry, strategy, macro and fixed-income reports, banks' and
# consultancies' research; split 37 dev / 25 test by publisher before any score; not committed, their
# licences unknown) and, later, two development batches of 20 and 14 more. Rules for the classes seen
# there (the tests at the end of this file): local dev 28 -> 34 of 37, the batches 14 -> 18 of 20 and
# 12 -> 14 of 14 (the third scored 12 of 14 on arrival, with the rules of the first two). The local
# test part, scored once at the end, stayed at 20 of 25 (80 %); both parts here unchanged (174 of
# 178, 99 of 117).
# The seventeenth session ran two more rounds of the same kind (47 and 48 new openings, each split
# before any score, each second round also writing rules from the earlier rounds' scored test
# parts): their own test parts 12 -> 13 of 19 and 14 -> 14 of 19; here the dev part unchanged (174
# of 178) and the test part 99 -> 100 of 117: gao-04-172t-2003's lede no longer opens with its two
# columns' first words (a title-case heading run into the first sentence; the rule came from a
# local opening, not from this one).
# The eighteenth session's rules came from the scored test parts of earlier rounds and a new round's
# dev part: here the dev part unchanged (174 of 178) and the test part 100 -> 101 of 117:
# uscc-annual-2018-bri keeps its first sentence, a side effect of a rule from a local opening (a title
# after a word in lower case is the sentence's object, `…launched the Digital Silk Road (DSR), a…`).
# The boilerplate marks and artefacts below are a floor, not the issue's measure: they miss some
# cover text (a disclaimer in other words, a data table).
TEST_EXCERPT_TARGET = 0.86  # 101 of 117
OPENINGS_TEST = load_openings("test")
_CJK = "[\u3400-\u9fff]"
# What a shown excerpt must never hold: cover and contact boilerplate, licence numbers,
# table tags, page furniture.
# (`目录` a contents page's heading, not a catalogue a sentence names: `医保目录调整`, `国家基本药物目录`, `中央定价目录`,
# `不在目录之中`; `声明` a disclaimer's, not a statement a sentence reads, `美联储决议声明`; `投资评级` a cover's field or a legend's heading,
# not a quoted call's, `维持对其“增持”投资评级`; `分析师` a cover's byline, not analysts a sentence speaks of,
# `策略分析师更像谋士`, `分析师推荐前后`, `分析师预期因子`; `电话` a contact line's, not a conference call a sentence
# reports, `汪涛25日在媒体电话会上表示`, nor an earnings call's minutes, `电话会要点如下`)
_LEFTOVER = re.compile(r"执业|证书编号|[SA]\d{10}|@|www\.|http|(?i:table_)|请务必|免责|"
                       r"声明(?<!决议声明)(?<!政策声明)(?<!联合声明)(?<!会议声明)(?<!新闻声明)|分析师(?!预期|预测|推荐|一致预期|报告数|覆盖|看来|认为|表示|指出|们|更像|对于)|联系人|研究助理|邮箱(?!业务|产品|领军|系统|服务|市场|用户|软件|作为|有望|[”\"])|电话(?!会)|"
                       r"(?<!医保)(?<!药品)(?<!药物)(?<!基药)(?<!产品)(?<!指导)(?<!管理)(?<!列入)(?<!纳入)(?<!定价)(?<!在)目\s*录|CONTENTS|资料来源|数据来源|相关报告|相关研究|"
                       r"投资评级(?<![”」』\"]投资评级)(?<![”」』\"]的投资评级)|Page\s?\d|证券研究报告|仅通过邮件")
# Extraction artefacts: a run written twice, a date unit doubled against a number, a percent
# written twice, digits spaced out.
# (and a line written twice whole, marks and all: `…体系完善,方正证券…体系完善,`)
_ARTEFACT = re.compile(rf"({_CJK}{{2,}})\1|\d\s?([年月日])\2(?=\s|\d|$)|(\d%)\d+%|(?<![\d.])\d(?: \d){{2,}}"
                       r"|(\S{8,48}?)\4")


def _start_form(text: str) -> str:
    """`text` as starts are compared: without spaces, without a point between two digits,
    which the excerpt puts back where a preview lost it to a space (`277 60亿元`, labelled as the
    preview writes it, reads `277.60亿元`), and with marks in one width (a label typed `总体来看，我们`
    where the text has `总体来看,我们` starts where it does)."""
    return _POINT_BETWEEN_DIGITS.sub("", unicodedata.normalize("NFKC", _flat(text)))


_POINT_BETWEEN_DIGITS = re.compile(r"(?<=\d)\.(?=\d)")


def _excerpt_problems(item: dict, shown: str) -> list[str]:
    problems = []
    if not any((start == "" and shown == "") or (start and _start_form(shown).startswith(_start_form(start)))
               for start in item["excerpt_starts"]):
        problems.append("does not start where a reader would")
    if _LEFTOVER.search(shown):
        problems.append(f"boilerplate {_LEFTOVER.search(shown).group(0)!r}")
    if _ARTEFACT.search(shown):
        problems.append(f"artefact {_ARTEFACT.search(shown).group(0)!r}")
    if shown and shown.rstrip("”’\"")[-1:] not in "。！？；!?.…":  # (a quotation may close after its stop)
        problems.append("does not end a sentence")
    if len(shown) > 300:
        problems.append("too long")
    return problems


def _clean_share(items: list[dict]) -> tuple[float, list[tuple[str, list[str], str]]]:
    failures = []
    for item in items:
        shown = excerpt(item["text"], title=item["title"])
        problems = _excerpt_problems(item, shown)
        if problems:
            failures.append((item["id"], problems, shown[:80]))
    return 1 - len(failures) / len(items), failures


def test_the_openings_are_real_varied_and_split_once() -> None:
    """Issue 18 asks for 150 openings from 10 publishers and several kinds of report. Here are the
    seed set (22 openings, 11 publishers, no company report) and the brokers' set (195 company
    reports whose source names no publisher); the non-broker set (`other_*`) is added apart.
    Every set was split before any rule was tuned on it."""
    sets = {path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
            for path in sorted((ROOT / "tests" / "data" / "openings").glob("*.yaml"))}
    items = OPENINGS_DEV + OPENINGS_TEST
    publishers = {item["publisher"] for item in items if item["publisher"]}
    kinds = Counter(item["kind"] for item in items)
    print("\nopenings: " + ", ".join(f"{name} {len(part)}" for name, part in sets.items())
          + f"; {len(items)} in all, {len(publishers)} publishers; kinds {dict(kinds)}")
    assert len(items) >= 217
    assert all(item["source"] and item["text"] for item in items)
    assert all(item["licence"] for name, part in sets.items() if not name.startswith("seed_") for item in part)
    assert len(publishers) >= 10
    assert {"company", "industry", "macro", "fixed-income", "consultancy"} <= set(kinds)
    assert not {item["id"] for item in OPENINGS_DEV} & {item["id"] for item in OPENINGS_TEST}
    assert not {item["text"] for item in OPENINGS_DEV} & {item["text"] for item in OPENINGS_TEST}


def test_excerpts_of_the_development_openings() -> None:
    """The part the rules were written against; printed for comparison with the test part."""
    share, failures = _clean_share(OPENINGS_DEV)
    print(f"\nexcerpts clean and starting where a reader would (dev): {share:.1%} of {len(OPENINGS_DEV)}")
    assert share >= 0.975, failures  # 175 of 178


def test_excerpts_of_unseen_openings_are_clean_and_start_at_a_sentence() -> None:
    """The held-out part: no rule was written from it (see `TEST_EXCERPT_TARGET`)."""
    share, failures = _clean_share(OPENINGS_TEST)
    print(f"\nexcerpts clean and starting where a reader would (test): {share:.1%} of {len(OPENINGS_TEST)}")
    for failure in failures:
        print("  ", failure)
    assert share >= TEST_EXCERPT_TARGET, failures


@pytest.mark.parametrize(("joint", "floor"), [(" ", 168), ("", 164)], ids=["flattened", "glued"])
def test_development_openings_given_on_one_line_keep_their_excerpts(joint: str, floor: int) -> None:
    """A listing gives a preview on one line: each line break, with the spaces around it, one space (flattened, as
    the shipped sample's previews are) or nothing (glued). The rules must not lean on line breaks a listing loses:
    168 and 164 of the 178 dev openings, flattened and glued, keep an excerpt that starts where a reader would
    (175 as labelled). Across the local rounds' dev parts (not committed), since enrich/flattened.py restores a
    one-line preview's line ends: flattened 409 -> 457 of 531, glued 340 -> 364 (499 -> 509 as labelled)."""
    one_line = [{**item, "text": re.sub(r"\s*\n\s*", joint, item["text"])} for item in OPENINGS_DEV]
    share, failures = _clean_share(one_line)
    assert round(share * len(one_line)) >= floor, failures


def test_no_excerpt_of_any_opening_holds_boilerplate_or_artefacts() -> None:
    """Where an excerpt may start is a judgement; boilerplate marks, artefacts and a cut
    sentence are not. Six openings of 295 are known to fail: the first sentences of alphafin-001,
    -038, -059, -102, -143 and -150 keep digits the source's lost punctuation left spaced out
    (`yoy 1 4 22Q3…`: 1.4 %, then 22Q3; `1 8 2 3亿元`: a range), which joined would be figures
    the reports never stated. (An `@` is a boilerplate mark now: the handles that opened
    kaiyuanshe-2024-ossai's excerpt are left out.)"""
    failing = []
    for item in OPENINGS_DEV + OPENINGS_TEST:
        shown = excerpt(item["text"], title=item["title"])
        problems = [p for p in _excerpt_problems(item, shown) if p != "does not start where a reader would"]
        if problems:
            failing.append((item["id"], problems, shown))
    print(f"\nexcerpts with boilerplate, artefacts or a cut sentence: {len(failing)}")
    assert len(failing) <= 6, failing


def test_a_summary_point_a_page_copied_above_the_summary_is_listed_once() -> None:
    """A repost copies the summary's first sentences above it, a team's credit glued before them (`某某研究
    总体来看，…`): the point is listed once, without the credit; one point left makes no list, and
    the excerpt starts where the sentence does."""
    page = ("【某某固收·信用】到期总量下降,城投占比下降:2026年信用债到期分析\n\n学术   2025-11-12 23:59   上海  \n\n"
            "某某研究\n\n总体来看,我们预计2026年信用债到期量9.87万亿元,相比2025年增长1.20%;进入回售期规模2.31万亿元,"
            "相比2025年下降12.10%;合计量12.18万亿元,相比2025年下降1.30%。我们认为2026年整体偿付压力可控。2026年城投债"
            "到期回售量依然明显领先于其他行业,但相比2025年绝对量或将有所下降。\n\n\n\nAbstract\n\n摘要\n\n\n总量统计\n\n\n"
            "总体来看,我们预计2026年信用债到期量9.87万亿元,相比2025年增长1.20%;进入回售期规模2.31万亿元,相比2025年下降"
            "12.10%;合计量12.18万亿元,相比2025年下降1.30%。我们认为2026年整体偿付压力可控,总体来看2026年非金融类信用债"
            "到期压力较2025年或有小幅下降。")
    found = lede(page, title="【某某固收·信用】到期总量下降,城投占比下降:2026年信用债到期分析")
    assert found.key_points == []
    assert found.excerpt.startswith("总体来看,我们预计2026年"), found.excerpt
    points = ["某某研究总体来看,我们预计信用债到期量有所增长。", "城投债到期回售量依然明显领先于其他行业。"]
    keypoints._add_point(points, "总体来看,我们预计信用债到期量有所增长。")
    assert points == ["总体来看,我们预计信用债到期量有所增长。", "城投债到期回售量依然明显领先于其他行业。"]


def test_the_rest_of_a_sentence_a_side_column_cut_off_is_no_point() -> None:
    """A cover's side column read row by row into the summary leaves the rest of a sentence on a
    line of its own (`及产品准入管理规定，…`): no point opens with a word that only carries a sentence
    on, and one point left makes no list; a point opening with a word such a glyph starts (`并购`)
    is one."""
    page = ("本期内容提要\n\n新能源汽车:春节前准入制度的落地体现了政府较强的执行力,也充分说明了政策对行业的支持。\n\n"
            "看好 中性 看淡\n\n分析师 某某 执业编号:S1500510120013\n\n及产品准入管理规定,将建立企业信用数据库。\n\n")
    assert lede(page, title="新能源行业周报").key_points == []
    assert keypoints._is_point("并购重组政策持续优化,行业集中度有望进一步提升。", traditional=False)
    assert not keypoints._is_point("及产品准入管理规定,将建立企业信用数据库。", traditional=False)


def test_a_bold_line_written_twice_whole_is_read_once() -> None:
    """A cover set in bold is extracted with every run written twice, its short headings
    (`核心观点核心观点`) and its long lines alike: a line of 35 characters written twice
    (`…等战略中担本土国资背景,…等战略中担`) is read once, and so is a pair of sentences written twice
    right before one of them written twice again (`A B A B B`)."""
    page = ("证券研究报告证券研究报告 核心观点核心观点 某某证券扎根安徽,具有深厚的某某证券扎根安徽,具有深厚的"
            "本土国资背景,且在安徽省“上市公司倍增和基金规模倍增计划”等战略中担本土国资背景,且在安徽省“上市公司倍增"
            "和基金规模倍增计划”等战略中担当重要使命,公司有望在服务区域资本市场高质量发展中打造独有的竞争优势。")
    assert excerpt(page, title="某某证券投资价值分析报告") == (
        "某某证券扎根安徽,具有深厚的本土国资背景,且在安徽省“上市公司倍增和基金规模倍增计划”等战略中担当重要使命,"
        "公司有望在服务区域资本市场高质量发展中打造独有的竞争优势。")
    a, b = "保险负债端改善明显，新业务价值增速回升。", "我们维持行业推荐评级，建议关注估值修复机会。"
    assert repair(a + b + a + b + b) == a + b
    # (real repetition stays: a word's reduplication, a range of years)
    assert repair("人人都有机会，2020-2020年间如此。") == "人人都有机会，2020-2020年间如此。"


def test_key_points_are_a_short_list_of_the_summarys_own_sentences() -> None:
    with_points = 0
    for item in OPENINGS_DEV + OPENINGS_TEST:
        points = lede(item["text"], title=item["title"]).key_points
        with_points += bool(points)
        assert len(points) <= 5 and (not points or len(points) >= 2), item["id"]
        for point in points:
            assert len(point) <= 120 and point[-1] in "。！？；!?.…", (item["id"], point)
            assert not _LEFTOVER.search(point) and not _ARTEFACT.search(point), (item["id"], point)
    summarised = sum(item["summary"] for item in OPENINGS_DEV + OPENINGS_TEST)
    # The openings left (listing previews, white papers) have no bulleted summary; the shape a
    # broker's 投资要点 takes is checked on the cover below.
    print(f"\nopenings with key points: {with_points} ({summarised} have a summary section)")


# A broker's company-style cover in the usual shape (written for this test, not copied):
# banner, rating, analyst with licence number, then 投资要点 with bulleted points and risks.
BROKER_COVER = ("证券研究报告 | 行业点评 2024年05月06日 银行 增持（维持） 分析师：张三 执业证书编号：S0000000000000 "
                "投资要点 ■ 息差降幅收窄：一季度上市银行净息差环比下降5个基点，降幅较去年四季度明显收窄。"
                "■ 资产质量稳定：不良率与上季末持平，拨备覆盖率保持在较高水平。"
                "■ 投资建议：维持行业增持评级，关注负债成本改善较快的区域银行。"
                " 风险提示：经济复苏不及预期；资产质量恶化。")


def test_the_summarys_bullets_become_the_key_points_and_the_excerpt_leads_with_them() -> None:
    found = lede(BROKER_COVER, title="银行业一季报点评：息差降幅收窄")
    assert [p.split("：")[0] for p in found.key_points] == ["息差降幅收窄", "资产质量稳定", "投资建议"]
    shown = excerpt(BROKER_COVER, title="银行业一季报点评：息差降幅收窄")
    assert shown.startswith("息差降幅收窄：") and "执业证书" not in shown and "风险提示" not in shown


# A page as a line-by-line extraction gives it (written for these tests, not copied): cover
# lines, a headline with a comma, a summary whose paragraph the layout wrapped mid-word.
WRAPPED_PAGE = ("证券研究报告 | 公司点评\n2024年04月01日\n买入（维持）\n分析师：王小明\n执业证书编号：S0550520030002\n"
                "业绩符合预期，出口持续高增\n"
                "公司2023年实现营业收入450.1亿元，同比增长54.2%；实现归母净利润10.8亿\n"
                "元，同比增长97.1%，出口重卡约5.5万辆，同比增长38%，海外市场成为公司\n"
                "增长的重要引擎。\n")


def test_a_line_wrapped_by_the_layout_runs_on_and_a_headline_does_not() -> None:
    shown = excerpt(WRAPPED_PAGE)
    assert shown.startswith("公司2023年实现营业收入450.1亿元")
    assert "归母净利润10.8亿元，同比增长97.1%" in shown and shown.endswith("海外市场成为公司增长的重要引擎。")


def test_an_excerpt_never_bridges_a_sentence_cut_off_by_a_break() -> None:
    """A sentence whose rest a break (here a bullet) took away ends the excerpt: the text after
    the break is not its rest."""
    text = ("投资要点：一季度银行净息差环比下降5个基点，降幅较去年四季度明显收窄。不良率与上季末持平，拨备覆盖率 "
            "■ 保持在较高水平，负债成本改善较快的区域银行值得关注。")
    assert excerpt(text) == "一季度银行净息差环比下降5个基点，降幅较去年四季度明显收窄。"


@pytest.mark.parametrize(("cover", "starts"), [
    # a numbered heading's line, before the sentence on the next line
    ("目录\n1. AI服务器带动PCB量价齐升 ........ 4\n2. 风险提示 ........ 13\n1. AI服务器带动PCB量价齐升\n"
     "AI服务器对PCB的层数与材料要求显著提升，单机价值量约为普通服务器的3-5倍。", "AI服务器对PCB的层数"),
    # a contents page without leader dots, flattened, and a foreword's label
    ("2024 中国汽车消费者洞察 2024 年 1 月 目录 前言 1 一、消费者信心 4 二、电动化 12 三、智能化 20 前言 "
     "2023年，中国汽车市场在价格战中实现销量增长，新能源汽车渗透率突破35%。", "2023年，中国汽车市场"),
    # a market-data table run into one line before the lede
    ("强烈推荐（维持） 基础数据 总股本（百万股） 2,069 流通股（百万股） 1,952 总市值（十亿元） 145.1 "
     "股价表现 绝对表现 -3 -25 -48 相对表现 -5 -22 -38 2024Q1公司实现营收181亿元，同比下降13%；归母净利润23亿元。",
     "2024Q1公司实现营收181亿元"),
    # a numbered section heading before its first sentence
    ("目 录 一、全球能源供需格局……………3 二、油气市场展望……………8 一、全球能源供需格局 "
     "2023年全球一次能源消费量同比增长1.7%，化石能源占比仍超过80%。", "2023年全球一次能源消费量"),
])
def test_contents_tables_and_headings_before_the_lede_are_left_out(cover: str, starts: str) -> None:
    assert excerpt(cover, 10, 300).startswith(starts)


def test_a_title_in_bold_extracted_twice_goes_with_its_copy() -> None:
    text = ("证券研究报告 2024 年年 03 月月 30 日日 买入（维持评级） 创新药收入占比持续提升创新药收入占比持续提升 "
            "2023 年公司实现营业收入 228.2 亿元，同比增长 7.3%；归母净利润 43.0 亿元，同比增长 10.1%。")
    shown = excerpt(text, 10, 300, title="恒瑞医药(600276)：创新药收入占比持续提升-240330(8页).pdf")
    assert shown.startswith("2023年公司实现营业收入228.2亿元")


# Shapes of real covers found on document-preview pages (written for these tests, not copied).
def test_a_covers_dated_issue_line_is_not_the_lede() -> None:
    """A periodical's issue number and its labelled date run into the first sentence."""
    text = ("研究院 全球经济金融展望报告 要点 2024 年第 2 季度(总第 58 期)报告日期:2024 年 4 月 1 日 2024 年一季度，"
            "全球经济增长动能减弱，发达经济体消费降温，投资活动低迷。")
    assert excerpt(text, 10, 300).startswith("2024年一季度，全球经济增长动能减弱")
    spaced = "要点 2017 年第 4 季度(总第 32 期) 报告日期:2017 9 28 2017 年前三季度，全球经济持续复苏，贸易回暖。"
    assert excerpt(spaced, 10, 300).startswith("2017年前三季度，全球经济持续复苏")


def test_a_dump_that_spaces_every_line_break_runs_a_wrapped_line_on() -> None:
    """A line break after a sentence end is a space too: the lines beside a line are measured
    from the sentence end next to it, so a short paragraph end does not make a heading of it."""
    text = ("2023 年前三季度，国内消费温和复苏，服务零售额 增长快于商品零售额。 展望未来，我们预计居民收入稳步改善，"
            "消费信心 有望继续回升，政策仍是关键变量。")
    assert excerpt(text, 10, 300).startswith("2023年前三季度，国内消费温和复苏，服务零售额增长快于商品零售额。")


def test_a_title_repeated_with_its_own_punctuation_and_a_date_in_figures_are_cover() -> None:
    text = ("个股报告 钢铁公司 (2002.TT) 需求逐渐清晰,盘价涨幅优于预期 台湾钢铁 03/17/2023 公司开出4月盘价，"
            "热轧钢盘价调涨1,000元/吨，涨幅优于预期，旺季需求将进一步提升。")
    shown = excerpt(text, 10, 300, title="钢铁公司(2002.TT) 需求逐渐清晰,盘价涨幅优于预期")
    assert shown.startswith("公司开出4月盘价，热轧钢盘价调涨")


def test_a_preview_pages_chunk_numbers_are_line_breaks_not_point_labels() -> None:
    """A page that cuts the text into numbered chunks cuts wherever the size fell: the number
    goes, and the cut is judged as any line break is (here inside a wrapped paragraph)."""
    text = ("1、 请务必阅读正文之后的免责声明 核心观点: 5月以来国内复工复产持续推进，下游需求逐步回暖，带动铜铝锌等基本金属价格全面\n"
            "2、 上行，铜铝价格均创年内新高。")
    assert excerpt(text, 10, 300).startswith("5月以来国内复工复产持续推进") and "金属价格全面上行，铜铝" in excerpt(text, 10, 300)


def test_spaced_prose_numbers_are_no_table() -> None:
    text = "延续自 2016 年初发布的《 2015 年中国开源社区参与调查报告》以来的传统，2023 年末，我们再次启动了年度调查。"
    assert _flat(excerpt(text, 10, 300)).startswith("延续自2016年初发布的《2015年中国开源社区参与调查报告》")


def test_boilerplate_in_traditional_script_is_dropped() -> None:
    text = ("請務必閱讀正文之後的免責聲明部分。證券研究報告 2023年10月05日 "
            "投資要點：壽險開門紅是全年保費的重要來源，我們預計2024年開門紅保費將實現正增長，負債端持續改善。")
    shown = excerpt(text, 10, 300)
    assert shown.startswith("壽險開門紅是全年保費的重要來源") and "免責" not in shown


# Covers from the fifth round's classes (written for these tests, not copied from the pages).
@pytest.mark.parametrize(("cover", "starts"), [
    # a document-preview site's notice on the upload and the download, and its tag words
    ("温馨提示：\n1. 部分文件查看预览时可能会显示错乱，文件下载后无此问题，请放心下载。\n2. 本文档由用户上传，版权归属用户。"
     "\n网站客服：1234567\n区域\n研究\n区域研究深度报告 本报告基于支出法框架，分析了三十个省份的需求规模和结构，"
     "并跟踪各地区消费和投资的变化。", "本报告基于支出法框架"),
    # a WeChat account's notice that its research is for professional clients
    ("重要提示：通过本订阅号发布的观点仅供本公司客户中的机构类专业投资者参考。因本订阅号暂时无法设置访问限制，"
     "若您并非专业投资者，请勿订阅或使用本订阅号中的信息，感谢您的理解与配合！ 摘要 今年前三季度，国内经济呈现"
     "前高、中低、后起的特征，四季度稳增长压力较大。", "今年前三季度，国内经济呈现"),
    # a listing's date stamped with its clock time, glued to the lede
    ("某某研究· 2025-09-15 19:13 8月我国经济下行压力加大，内外需求同步放缓，生产增长承压，供需矛盾较为突出。",
     "8月我国经济下行压力加大"),
    ("远瞻智库 发布 2022-08-16T01:50:51.932209+00:00 CPU即中央处理器，是一台计算机的运算核心和控制核心，"
     "负责读取指令并执行。", "CPU即中央处理器"),
    # a summary written by a model: hyphen points, each closing with the pages it cites
    ("报告投资评级 - 维持“增持”评级[2] 报告核心观点 - 公司前三季度营收同比增长12%，归母净利润同比增长30%[1][4] "
     "- 门店结构持续优化，直营转加盟降低费用[1] 财务指标 - 2023 - 2026年营业收入分别为49/40/41/43亿元[2]",
     "公司前三季度营收同比增长12%，归母净利润同比增长30%。门店结构持续优化"),
])
def test_a_covers_notices_stamps_and_model_summaries_are_not_the_lede(cover: str, starts: str) -> None:
    assert excerpt(cover).startswith(starts)


def test_a_pages_description_copied_from_the_report_gives_way_to_the_report() -> None:
    """A repost page leads with its first heading and a clipped sentence as a description; the
    report's own text, where the heading comes again, is the lede."""
    text = ("芯片成为科技竞争的核心 某某智库 发布 2022-08-16 1 芯片成为科技竞争的核心，CPU首当其冲。是一块超大规模的集成电路。\n"
            "(报告出品方/分析师：某某证券 张三)\n1 芯片成为科技竞争的核心，CPU首当其冲\n1.1 CPU的组成\n"
            "CPU即中央处理器，是一台计算机的运算核心和控制核心，负责读取指令、解码并执行。")
    assert excerpt(text).startswith("CPU即中央处理器")


@pytest.mark.parametrize(("cover", "starts"), [
    # a preview page's line on the document, then its numbered chunks; the cover's line on who
    # provides the report where
    ("《某行业研究框架-230908(53页).pdf》由会员分享，可在线阅读，更多相关请在某某报告上搜索。\n"
     "1、研究框架 证券研究报告 行业深度 本报告由某某证券股份有限公司在中华人民共和国(不包括香港、澳门、台湾)提供。"
     "分析师：某某 核心观点:1、当前需求虽仍受宏观环境压制,但降价增配托底国内总量,出口强化韧\n2、性,行业景气将回升;"
     "2、新能源车是核心增量市场,城市智驾是胜负手;", "当前需求虽仍受宏观环境压制,但降价增配托底国内总量,出口强化韧性"),
    # a point's label `1.` set apart by a space before its text
    ("证券研究报告 请务必阅读正文之后的声明 产能要素分析 1.产能利用率高低,直接影响固定成本折旧摊销,从而影响产品盈利;"
     "随着芯片供应缓解,产能利用率有望回升,行业盈利有望向好。", "产能利用率高低,直接影响固定成本折旧摊销"),
    # a model's summary in star points, its clauses set apart by spaces
    ("行业与公司 * 纪要涉及的行业为基建行业 公司为某某股份[3] 核心观点与论据 * 公司前三季度表现不佳 但四季度通常表现强劲"
     " 有信心实现全年利润增长目标[2][3] * 公司各区域市场经营良好 为全年业绩提供支撑[2][3]",
     "纪要涉及的行业为基建行业，公司为某某股份。公司前三季度表现不佳，但四季度通常表现强劲"),
    # a news site's attribution
    ("某某財經APP獲悉,3月8日,據乘聯會統計,2023年2月乘用車市場零售達到139.0萬輛,同比增長10.4%,環比增長7.5%。",
     "3月8日,據乘聯會統計"),
    # a slide's title run into its first point, and the slide's point numbers
    ("小结 - 美妆行业概览 美妆市场持续增长,口红备受关注;01 Z世代作为美妆市场的高潜群体,唇妆是美妆消费的首选;"
     "02 购买美妆品时,除成分、品牌外,消费者对使用感的关注靠前;", "美妆市场持续增长,口红备受关注；Z世代作为"),
])
def test_preview_pages_model_summaries_and_slides_lead_with_their_first_point(cover: str, starts: str) -> None:
    assert excerpt(cover).startswith(starts)


def test_a_disclaimer_page_gives_no_excerpt() -> None:
    text = ("免责声明 特别声明 本集团对于研究业务中可能产生的利益冲突有着完备的管理制度。投资银行、自营交易以及研究业务"
            "之间有着信息壁垒，确保价格敏感信息被妥善处置。中国：本出版物在中华人民共和国由某某证券有限公司发布。")
    assert excerpt(text, 10, 300) == ""


def test_readings_written_after_characters_are_dropped_and_real_brackets_kept() -> None:
    text = "中金研究利用來(lái)年展望的契機(jī)，聯(lián)合宏觀經(jīng)濟(jì)團隊，在(GDP)和(de)兩個維度上匯集成冊，供投資者參考。"
    assert excerpt(text, 10, 300) == "中金研究利用來年展望的契機，聯合宏觀經濟團隊，在(GDP)和(de)兩個維度上匯集成冊，供投資者參考。"


def test_readings_written_without_tone_marks_after_each_character_are_dropped() -> None:
    """A spam mirror's traditional copy of a news article (round 51, dev) writes each character's
    reading without its tone mark, a doubled character's twice; a bare bracketed syllable in a text
    that writes no such run is a gloss and stays."""
    text = ("每日經濟新聞\n要聞\n\n每經網首頁 > 要聞 > 正文\n\n投資者棄購、券商含淚包銷……新股破發重壓下,機構的求生之道在哪里?\n\n"
            "每日經濟(ji)新聞 2022-04-19 19:38:01\n\n"
            "◎新(xin)(xin)股接(jie)連(lian)破發,參與打(da)新(xin)(xin)的(de)(de)機構顯然面臨(lin)并不算小(xiao)的(de)(de)壓力,"
            "而作為余股包銷的(de)(de)券(quan)商也(ye)不得不掏出(chu)真(zhen)金白銀。也(ye)許偶爾包銷一兩只新(xin)(xin)股并不是大事,"
            "但要應付對不斷被棄購的(de)(de)新(xin)(xin)股,券(quan)商自身又能掏出(chu)多少錢來(lai)呢?\n\n"
            "每(mei)經(jing)記(ji)者|李(li)娜  王海慜    每(mei)經(jing)編輯(ji)|何劍嶺    \n\n"
            "破(po)發、棄購、包(bao)銷、券商賠本吆(yao)喝等字(zi)眼頻繁出(chu)現在了(le)新(xin)(xin)股的(de)身上(shang),"
            "過往被視(shi)為(wei)中彩票般幸運的(de)打(da)新(xin)(xin),變成了(le)如今(jin)避之不及的(de)燙(tang)手山芋。")
    shown = excerpt(text, title="投資者棄購、券商含淚包銷……新股破發重壓下,機構的求生之道在哪里?")
    assert shown.startswith("新股接連破發,參與打新的機構顯然面臨并不算小的壓力,而作為余股包銷的券商也不得不掏出真金白銀。")
    assert "(" not in shown
    gloss = "公司2024年市盈率(pe)為12倍,低於行業平均水平,我們維持對公司的買入評級,目標價維持不變。"
    assert excerpt(gloss, 10, 300) == gloss


def test_a_word_broken_at_a_lines_end_runs_on() -> None:
    """However short the piece after a sentence end, a line whose next line opens with one
    character and a comma broke a word; and the last wrapped line before a page's unwrapped
    rest runs on when it is as wide as the line before it."""
    broken = ("8月经济下行压力加大，内外需求同步放缓，供需矛盾较为突出。 外需放缓但仍有韧 性，出口金额同比增长4.8%，"
              "对美出口降幅走阔是主要拖累。")
    assert "外需放缓但仍有韧性，出口金额同比增长4.8%" in excerpt(broken)
    rest = ("电池基本原理与锂电池类似，被称作摇椅式电池。电池的结\n构和工作原理基本与锂电池相同，电池也主要由正极、负极、隔膜、电解液\n"
            "和集流体组成，正负极之间由隔膜隔开以防止短路，电解液负责充放电时离子在\n"
            "正负极之间的传导，集流体则收集和传输电子。电池的工作原理为：充电时钠离子从正极脱出，经电解液进入负极，"
            "使正极处于高电势的贫钠态，负极处于低电势的富钠态。")
    assert "电解液负责充放电时离子在正负极之间的传导" in excerpt(rest)


def test_a_points_label_after_a_sentence_end_goes() -> None:
    text = ("一、投资摘要\n1. 美国通胀高企的主因是美联储推出允许通胀超调的平均通胀目标制。\n2. 美联储抗通胀分为三个阶段，"
            "目前进入第二阶段。\n3. 非美国家面临外部需求下降与资本流出的压力。")
    assert excerpt(text) == ("美国通胀高企的主因是美联储推出允许通胀超调的平均通胀目标制。美联储抗通胀分为三个阶段，"
                             "目前进入第二阶段。非美国家面临外部需求下降与资本流出的压力。")


@pytest.mark.parametrize(("cover", "starts"), [
    # a sentence with many figures, and one before a quarter's name (`3Q18`)
    ("Summary As at 12 October, 2018, the Hang Seng Index (HSI) fell by 9.4% QoQ (13.8% YTD) to 25,801, and the HSCEI "
     "decreased 4.2% QoQ (12.0% YTD) to 10,299. 3Q18 Quarterly market news: growth slowed.", "As at 12 October, 2018"),
    # a company's title translated, and a web page's byline before the first sentence
    ("share_log\n\nABC Holdings (1234.HK): share price lags behind the index.\n\nSome Intl ·  Jun 10, 2020 00:00  · "
     "Researches\n\nThe share price of ABC Holdings is lower than that of the index, but there is room to catch up.\n\n"
     "The recent rebound will allay concerns about its margin financing business.", "The share price of ABC Holdings"),
    # a chart's source and a heading in capitals run into the first sentence
    ("INDICES Closing DoD% Hang Seng Index 24698.5 0.5 HSCEI 10261.3 (0.5) Source: Bloomberg TALKING POINT - MGM CHINA "
     "Q1 RESULTS MGM China (2282.HK, HK$16.98), 56%-owned by MGM Resorts, has posted its results for 2017Q1. Revenue "
     "rose 17% YoY.", "MGM China (2282.HK"),
])
def test_english_covers_lead_with_their_first_sentence(cover: str, starts: str) -> None:
    assert excerpt(cover, 10, 300).startswith(starts)


def test_an_english_sentence_ends_before_a_number() -> None:
    """`significantly. 2025 …` (a page's date stamp, then its garbled copy of the lead paragraph,
    followed the lead): what comes after the lead's last word does not run on from it."""
    lead = "The market's focus turned from inflation to weak growth, and concerns about recession rose significantly."
    text = lead + " 2025 hotcomm 1772 After After the the meeting Feder the market logic switched," * 4 + " and rose."
    assert excerpt(text) == lead


def test_english_sentences_stay_apart() -> None:
    text = "The rebound will allay concerns about margin financing. Strong turnover is expected to benefit the broker."
    assert excerpt(text) == text


# Previews of 100,000 characters built to find super-linear steps (bench/enrich.py, which
# measures what each costs: docs/benchmarks.md).
HOSTILE = hostile_previews()


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_hostile_100000_character_preview_gives_a_bounded_lede_read_from_its_opening(kind: str) -> None:
    """Whatever the preview, the lede is what its first `WINDOW` characters give (the rest is
    never read), bounded, ending a sentence, free of boilerplate and artefacts."""
    preview = HOSTILE[kind]
    assert len(preview) == 100_000
    found = lede(preview)
    assert found == lede(preview[:WINDOW])
    assert len(found.excerpt) <= 300 and (not found.excerpt or found.excerpt[-1] in "。！？；!?.…")
    assert len(found.key_points) <= 5
    for shown in (found.excerpt, *found.key_points):
        assert not _LEFTOVER.search(shown) and not _ARTEFACT.search(shown), shown


def test_a_hostile_preview_with_sentences_in_it_still_gives_them() -> None:
    """The sample's previews over and over, and with every glyph doubled: the same report's
    words come through, repaired."""
    plain, doubled = lede(HOSTILE["the sample over and over"]), lede(HOSTILE["the sample, every glyph doubled"])
    assert plain.excerpt.startswith("三季度以来") and 120 <= len(plain.excerpt) <= 300
    assert "三季度以来,中国和欧元区经济表现乏力" in doubled.excerpt and not _ARTEFACT.search(doubled.excerpt)


def test_a_traditional_script_excerpt_stays_in_its_own_script() -> None:
    """Tables are looked for in the simplified copy of a traditional text; a run left alone
    must come back in the text's own script, not the copy's."""
    page = ("某行:維持某某醫藥跑贏行業評級 上調目標價至 6.30 港元\n智通財經\n2025.08.19 01:22\n"
            "我是 PortAI,我可以總結文章信息。\n某行發布研報,維持某某醫藥跑贏行業評級,並將目標價上調 12.5% 至 6.30 港元。"
            "預計 2025/2026 年經調整淨利潤分別為 12.30 億元和 14.10 億元,增長 15.2% 和 14.6%。公司上半年業績超預期。")
    shown = excerpt(page, title="某行:維持某某醫藥跑贏行業評級 上調目標價至 6.30 港元")
    assert shown.startswith("某行發布研報,維持某某醫藥跑贏行業評級")  # a rating in a sentence, no legend
    assert "經調整淨利潤" in shown and "经调整" not in shown and "PortAI" not in shown


def test_a_covers_date_glued_to_its_headline_is_no_lede() -> None:
    page = ("證券研究報告|2023年09月06日息差拖累業績,資產質量穩定。雖然地產風險繼續暴露,但隨著經濟走向復蘇,"
            "預計全年行業不良生成率將保持穩定,各家銀行的撥備覆蓋率也仍在高位,利潤增速有望企穩。")
    assert excerpt(page, title="銀行業2023年中報綜述").startswith("雖然地產風險繼續暴露")


def test_a_sections_heading_glued_to_its_first_points_label_is_left_out() -> None:
    page = ("二、投资建议利率债:上周的高频数据显示,电厂日耗回落至近两年同期水平,货运流量处于低位。"
            "地产销售改善继续放缓,经济基本面复苏呈弱化状态,短久期策略的性价比更高。信用债:发行量回暖。")
    assert excerpt(page, title="债市周报").startswith("利率债:上周的高频数据显示")


def test_a_label_joined_to_a_second_label_before_its_colon_is_left_out_whole() -> None:
    """`核心逻辑和主要结论:` is one label in two parts: the lede starts after its colon, not at `和`."""
    page = ("某某证券宏观团队\n\n核心逻辑和主要结论:基于几组新的均衡,明年对政策可以更乐观一些;对经济不宜悲观,"
            "触底回升是大方向、但难以线性修复;对权益可以乐观一些,关注几条行业主线。\n\n回顾看,今年经济超预期走弱。")
    shown = excerpt(page, title="博弈新均衡——明年宏观经济与资产展望")
    assert shown.startswith("基于几组新的均衡"), shown
    page = "事件与点评:公司发布年报,全年实现营业收入12.3亿元,同比增长15.2%,归母净利润2.1亿元,同比增长20.4%。"
    assert excerpt(page, title="某公司年报点评").startswith("公司发布年报")


def test_a_notice_naming_who_distributes_the_report_is_no_lede() -> None:
    """A cover's notice that a firm distributes or publishes the report (`本研究報告由某某國際分銷,…`) is
    boilerplate in either script, as one that a firm provides it (`本报告由…提供`) already was."""
    page = ("觀點聚焦 Investment Focus 本研究報告由某某國際分銷,某某國際是由某某國際研究有限公司及集團其他各成員單位的"
            "證券研究團隊所組成的全球品牌,各成員分別在其許可的司法管轄區內從事證券活動。研究報告 Research Report "
            "7 Mar 2025 某某科技(1234 HK)首次覆蓋 公司3月5日發布年報,全年收入同比增長42%,毛利率提升至70.9%,"
            "虧損同比收窄。")
    assert not excerpt(page, title="某某科技首次覆蓋報告").startswith("本研究報告由")
    assert is_boilerplate("本研究报告由某某国际分销，某某国际是全球品牌。", traditional=False)
    assert is_boilerplate("本报告由某某证券股份有限公司在中华人民共和国发布。", traditional=False)


def test_a_page_number_glued_before_the_year_a_sentence_opens_with_is_left_out() -> None:
    """`292023年,…` is page 29 and the year 2023 (no year has five digits); a year alone stays."""
    page = ("目錄 序言 某某銀行業報告 292023年,中國終于揮別疫情重啟經濟閘門,各行各業摩拳擦掌,期待復蘇。"
            "而年初突發的海外銀行倒閉事件,引發國內銀行業對流動性風險管理的深度思考。")
    assert excerpt(page, title="某某銀行業報告").startswith("2023年,中國終于揮別疫情")
    page = "2023年,全球经济增速放缓,主要经济体货币政策分化,新兴市场面临资本外流压力,大宗商品价格中枢下移。"
    assert excerpt(page, title="全球经济展望").startswith("2023年,全球经济增速放缓")


def test_a_bold_heading_extracted_twice_before_the_first_sentence_is_left_out() -> None:
    """A cover's furniture (an editors' list, a date, page numbers) and a bold heading written twice,
    glued before the first sentence with no break: the lede starts after the doubled heading."""
    page = ("跨境人民幣觀察報告(2024 年第 2 季度)某某大學 某某銀行No.2410 更多內容請登陸網站 "
            "某某銀行某某銀行12024 年 7 月 25 日1課題組成員主編:某甲編委(按姓氏筆畫排序):某乙、某丙、某丁"
            "2跨境人民幣國際化觀察報告跨境人民幣國際化觀察報告人民幣國際化進程不僅關系到中國在國際經濟舞臺上的影響力,"
            "也是衡量中國金融市場開放程度的重要指標。近年來,人民幣跨境使用的制度安排不斷完善。")
    assert excerpt(page, title="跨境人民幣觀察報告").startswith("人民幣國際化進程不僅關系到")
    # (a contents page's doubled entry before a numbered sub-entry is no heading before a sentence)
    page = ("目录 01 背景介绍 02 现状分析 3数字化转型是银行业发展的大势所趋大势所趋(一):银行数字化转型是助力银行经营"
            "降本增效的核心战略规划大势所趋(二):层层递进的数字金融系统。")
    assert not excerpt(page, title="银行营销数字化行业研究报告").startswith("(一)")


def test_a_bilingual_covers_chinese_headline_run_into_its_english_paragraph_is_left_out() -> None:
    """A Hong Kong house's bilingual cover: the English headline, its Chinese translation, then the
    English paragraph the report opens with, no break between them. The lede is the paragraph."""
    page = ("See the last page for disclaimer Page 1 of 9 Equity Research Company Report Some Firm (01234 HK) "
            "Analyst Name (852) 1234 5678 公司报告:某某国际 (01234 HK) 8 September 2021 Earnings in 2H21 Expected to "
            "Remain Relatively Good, Maintain \"Buy\" 2021年下半年盈利预计维持相对较好,维持“买入” In 1H21, the Company "
            "realized total revenue and other income of HK$3,743.4 mn, slightly down 0.1% YoY. Commission and fee "
            "income increased by 38.6% YoY to HK$1,657.6 mn. The cost-to-income ratio decreased by 20.3 ppts YoY.")
    assert excerpt(page, title="Some Firm (01234 HK): Earnings in 2H21 Expected to Remain Relatively Good").startswith(
        "In 1H21, the Company realized total revenue")


def test_a_lede_opens_where_its_sentence_does_though_its_first_clause_is_dense_with_figures() -> None:
    """The first clause (`…营收42.19 亿元,YoY+11.23%;`) reads as no prose alone; the next clause, which
    does, carries on its sentence: the lede opens at the sentence's start, not in its middle."""
    page = ("北京某某 电子元器件行业 2022-10-27 67.44\n详细\n10 月24 日,22Q1-Q3 公司实现营收42.19 亿元,YoY+11.23%;"
            "归母净利润7.32 亿元,YoY+15.18%。单Q3 实现营收14.15 亿元,同比YoY -2.92%,QoQ +1.7%;归母净利润2.21 亿元,"
            "YoY -21.25%。\n评论\n消费市场企稳,存储收入持续稳健。")
    assert excerpt(page, title="北京某某").startswith("10月24日,22Q1-Q3公司实现营收42.19亿元")


def test_a_quotation_that_closes_after_its_full_stop_is_a_whole_sentence() -> None:
    page = ("Free Trial\n\nSome Bank Cuts Its Growth View\n\nCHINA\n\nSome Bank note that “rising infections, wider "
            "lockdowns and a firm recommitment to the current strategy are dashing hopes for a fast reopening.”\n\n"
            "  • “We now expect fourth-quarter growth to slow further, and we cut our forecast for the year.”\n")
    shown = excerpt(page, title="Some Bank Cuts Its Growth View")
    assert shown.startswith("Some Bank note that") and shown.endswith("reopening.”")


# Covers from the eighth round's classes (written for these tests, not copied from the pages).
def test_a_report_named_as_a_verbs_object_is_no_banner() -> None:
    text = "某某证券发表研究报告指，维持甲公司买入评级，因其新产品放量，今年收入预计增长两成，利润率稳中有升。"
    assert excerpt(text, 10, 300) == text


def test_a_summary_heading_in_brackets_starts_the_summary_after_a_sites_slogan() -> None:
    text = ("客服热线 400-000-0000\n为您提供及时、全面的期货资讯!\n【摘要】\n"
            "今年以来铜价震荡上行，冶炼厂检修增多，社会库存降至五年低位，我们预计四季度价格重心继续抬升。")
    assert excerpt(text, 10, 300).startswith("今年以来铜价震荡上行")


def test_an_english_abstract_above_its_chapters_heading_leads() -> None:
    text = ("This chapter reviews how banks price climate risk in loans, and why few of them do it yet. "
            "It surveys the practices of forty lenders.\nOutlook 2030\n2. Pricing climate risk\n"
            "Introduction\nClimate risk, as a financial concept, has moved from the margins to the mainstream.")
    assert excerpt(text, 10, 300).startswith("This chapter reviews how banks price climate risk")


def test_a_meetings_minutes_lead_with_what_is_said_not_with_greetings() -> None:
    text = ("2024年度策略会纪要\n各位尊敬的合作伙伴：\n大家上午好。非常感谢大家今天参会。相信今天参会的大多是老朋友。"
            "但也有新朋友，所以先介绍一下我们。某某资产是一家专注于医药行业研究的私募管理人，成立于2015年。")
    assert excerpt(text, 10, 300).startswith("某某资产是一家专注于医药行业研究的私募管理人")


def test_a_sentence_about_household_appliances_still_leads() -> None:
    text = "大家电行业上半年内销承压，出口延续高增，龙头公司份额继续提升，我们维持行业看好评级的判断。"
    assert excerpt(text, 10, 300) == text


def test_a_narrow_side_columns_wrapped_summary_reads_as_one_paragraph() -> None:
    text = ("证券研究报告\n分析师:\n王小明\n报告关键点\n【月度观察】是某某团队\n跟踪国内外绿色金融动\n态的系列报告,希望能够\n"
            "帮助投资者获得前沿信\n息,共同探究绿色转型之\n道。\n本期境内新成立基金3只。")
    assert excerpt(text, 10, 300).startswith("【月度观察】是某某团队跟踪国内外绿色金融动态的系列报告,希望能够帮助投资者")


def test_a_charts_ticks_glued_before_the_summarys_first_sentence_are_left_out() -> None:
    """A document site's text of a weekly's cover (round 46, taodocs) glues the ticks of the chart
    beside the summary to the summary's first sentence: `报告摘要72%56%本周周报我们谈谈…`. The ticks are
    no part of the sentence; the excerpt starts at its words."""
    text = ("文档介绍:该【医药周报—化学发光正反馈效应显著,板块投资价值高 】是由【1781111****】上传分享,文档一共【18】页,"
            "该文档可以免费在线阅读,需要了解更多关于【医药周报—化学发光正反馈效应显著,板块投资价值高 】的内容,"
            "可以使用淘豆网的站内搜索功能,选择自己适合的文档,以下文字是截取该文章内的部分文字,如需要获得完整电子版,"
            "请下载此文档到您的设备,方便您编辑和打印。:..2020-09-13行业周报行看好/维持业医疗保健研究报告医药周报—"
            "化学发光正反馈效应显著,板块投资价值高走势对比报告摘要72%56%本周周报我们谈谈国产化学发光免疫分析的发展现状"
            "以及未来的太39%发展趋势。平22%当前国产化学发光已经在高端市场开启替代进口的崛起之路,控费洋6%环境下产品"
            "性价比的重要性提升,进口替代逻辑成立,并且替代进证6161616161616**********程有望加速。")
    assert excerpt(text, 10, 300).startswith("本周周报我们谈谈国产化学发光免疫分析的发展现状")


def test_a_covers_stacked_short_lines_stay_apart() -> None:
    text = "上海某某投资咨询公司\n北京某某资产管理公司\n深圳某某私募基金公司\n一季度行业收入增长一成，利润率稳中有升，龙头公司份额继续提升。"
    assert excerpt(text, 10, 300) == "一季度行业收入增长一成，利润率稳中有升，龙头公司份额继续提升。"


def test_an_english_disclaimers_sentences_before_the_contents_are_no_summary() -> None:
    text = ("May 2, 2021\n\nBanking Risks in Asia\n\nDisclaimer: This paper is the product of research by the staff. "
            "Posting of the paper to the website is intended to promote understanding of the issues, and of their "
            "implications.\n\nTable of Contents\n\nExecutive Summary ...... 3 Introduction ...... 4 Structural Overview "
            "...... 4 Composition of the Banking System ...... 5")
    assert not excerpt(text, 10, 300).startswith("Posting of the paper")


def test_a_line_whose_next_line_opens_with_its_clauses_rest_runs_on() -> None:
    text = ("核心观点：\n金属价格全面上行，而贸易关系的不确定性仍\n"
            "将对预期产生影响；美联储维持低利率，金价有望继续上行，铜铝价格或维持震荡偏强的走势，龙头公司业绩有望超预期。")
    assert "不确定性仍将对预期产生影响；" in excerpt(text, 10, 300)


def test_a_download_sites_instructions_on_the_file_are_no_lede() -> None:
    text = ("文档库 > 宏观经济\n《月度宏观观察.doc》\n1. 下载的文档为doc格式,下载后可用word进行编辑;\n"
            "2. 将本文以doc文档格式下载到电脑,方便收藏;\n3. 下载之前请确认下面内容是否您想要的.\n点击下载文档\n"
            "月度宏观观察.doc\n一、本月全球经济概览\n"
            "本月,全球经济延续分化,美国就业保持韧性,欧元区制造业仍在收缩,国内消费温和修复。某应用下载量同比增长两成。")
    shown = excerpt(text)
    assert shown.startswith("本月,全球经济延续分化") and "下载量同比增长两成" in shown


# Shapes of real openings from sites the rules had not seen (written for these tests, not copied).
def test_a_futures_analysts_licences_and_cut_email_are_no_lede() -> None:
    """A futures firm's licence numbers (a letter and seven digits) after their labels, and an
    e-mail whose domain a line break cut (`qh.com.c n`), are a contact block, not the lede."""
    text = ("华北期货商品策略日报 2024 年 03 月 12 日 华北期货有色研究部 首席分析师: 周立新 期货从业证号: F3011223 "
            "投资咨询从业证号: Z0016677 :010-66553344 :zhoulixin_qh@hbqh.com.c n 今日关注:铜价震荡走强,下游补库意愿回升。"
            "上周LME铜库存下降1.2万吨,现货升水扩大至45美元/吨。")
    shown = excerpt(text, 10, 300)
    assert shown.startswith("今日关注:铜价震荡走强") or shown.startswith("铜价震荡走强"), shown
    assert "F3011223" not in shown and "Z0016677" not in shown and " n" not in shown


def test_a_contact_block_interleaved_with_the_first_sentence_goes_without_a_break() -> None:
    """A two-column page interleaves the analyst's block with the summary's first sentence: the
    sentence reads on across it, and the department names above it are not its start."""
    text = ("华北期货商品策略日报 2024 年 03 月 12 日 华北期货农产品研究部 CBOT 周度数据:截至 3 月 8 日当周,美国玉米出口检验量为 "
            "132.6 万吨,略高于市场预期 华北期货首席策略分析师: 周立新 期货从业证号: F3011223 投资咨询从业证号: Z0016677 "
            "(预期 90-130 万吨),累计出口检验量同比增加 35%。南美天气整体良好,巴西二季玉米播种进度快于往年。")
    shown = excerpt(text, 10, 300)
    assert shown.startswith("CBOT周度数据:截至3月8日当周"), shown
    assert "略高于市场预期(预期90-130万吨)" in shown and "周立新" not in shown


def test_markdown_headings_quotes_and_html_table_tags_are_no_part_of_the_lede() -> None:
    """A page converted to Markdown keeps `#` headings, `>` quotes and a table's HTML tags."""
    text = ('> **来源:[某研报站](https://example.cn)** # 能源化工早报 华南期货-期货研究报告 # 原油市场 '
            '<table><tr><td colspan="2">华南观点</td></tr><tr><td>原油</td><td>隔夜油价小幅回落,布伦特原油收于82美元/桶。'
            '库存方面,美国商业原油库存增加210万桶,高于市场预期。</td></tr></table>')
    shown = excerpt(text, 10, 300)
    assert shown.startswith("隔夜油价小幅回落"), shown
    assert "<" not in shown and "#" not in shown and ">" not in shown


def test_the_authors_biographies_before_the_abstract_are_not_its_start() -> None:
    """A journal's page sets the authors' biographies (`作者简介`) between the title and `摘要:`."""
    text = ("2023—2024年区域经济展望\n\n作者简介\n\n区域经济研究组成员:张明、李华和王强。张明,男,江苏南京人,某大学经济学院教授;"
            "李华,女,四川成都人,某大学经济学院副教授。\n\n摘要:2023年,随着需求逐步恢复,区域经济增长有望企稳回升。"
            "基于区域季度模型,对2023—2024年主要指标进行预测。")
    assert excerpt(text, 10, 300).startswith("2023年,随着需求逐步恢复")


def test_a_headline_run_into_its_conclusions_label_is_not_the_lede() -> None:
    """A company note's headline glued to its `结论与建议:` label and the first sentence."""
    text = ("工业软件为基,云化打开增长空间结论与建议:公司是国内研发设计类工业软件龙头,2015年推出云化产品,订阅收入占比逐年提高。"
            "首次覆盖,给予买进评级。")
    assert excerpt(text, 10, 300).startswith("公司是国内研发设计类工业软件龙头")


def test_a_first_point_whose_full_stop_the_page_left_out_still_leads() -> None:
    """A daily note's first point under its label ends its line with no full stop: it is a
    sentence (a run of clauses), not a heading, and the excerpt starts with it."""
    text = ("有色金属 |\n行情及基本面:\n昨夜铜价大涨,沪铜破72000元,创下年内新高,伦铜,站上9500美元,铜铝比升至3.8\n"
            "美国制造业数据好于预期,市场风险偏好明显回升。国内库存连续三周下降,下游开工率小幅回升,加工费维持低位,"
            "冶炼厂检修增多,供应端收紧的预期升温,短期铜价或维持强势。\n")
    assert excerpt(text, 10, 300) == "昨夜铜价大涨,沪铜破72000元,创下年内新高,伦铜,站上9500美元,铜铝比升至3.8。"


def test_a_morning_notes_list_of_the_days_reports_is_not_the_lede() -> None:
    """A morning note lists the day's reports, a field in brackets, a title and its date in
    eight figures, before the first report's summary."""
    text = ("今日概览 重点报告 【宏观】出口超预期,怎么看、怎么办?-20240315 【策略】市场情绪继续修复——交易周报(第8期-20240315 "
            "【固定收益】资金面平稳,债市震荡-20240315 【行业】光伏:排产回暖了吗?-20240315 重点报告 "
            "1、整体看,二月出口同比增长7.1%,明显高于市场预期,外需回暖是主因。2、进口增速回落,内需仍待修复。")
    assert excerpt(text, 10, 300).startswith("整体看,二月出口同比增长7.1%")


def test_a_pages_running_header_with_its_number_is_boilerplate() -> None:
    """`Page 3` (a preview page's running header) marks its unit as page furniture."""
    from generator.enrich.boilerplate import is_boilerplate

    assert is_boilerplate("Page 3: 2024 中国零售业白皮书 - 某咨询公司 · PDF file")
    assert not is_boilerplate("2023 年社会消费品零售总额同比增长 7.2%,服务零售增速快于商品零售。")
    text = ("Page 3: 2024 中国零售业白皮书 - 某咨询公司 · PDF file1 前言 2023 年中国零售业在复苏中前行,线上渗透率继续提升。\n"
            "前言\n2023 年中国零售业在复苏中前行,线上渗透率继续提升,即时零售成为新的增长点。")
    assert "Page" not in excerpt(text, 10, 300)


def test_a_host_sites_exclaiming_slogan_is_no_lede() -> None:
    """A host site's slogan or a firm's advertisement above the report ends with `!`."""
    text = ("今天是: 2019年5月8日 星期三\n\n        华东期货: 国内首家在港上市的期货公司(代码01234.hk),连续五年获评A类期货公司,"
            "上海市期货业协会理事单位!\n\n华东期货5月8日早评\n\n宏观方面\n外汇\n周二(05月07日)欧盘时段,欧元兑美元小幅走高,"
            "市场对欧央行维持宽松的预期升温;美元指数回落至97.5附近,收跌0.2%。\n")
    shown = excerpt(text, 10, 300)
    assert "理事单位" not in shown and "周二(05月07日)欧盘时段" in shown


def test_a_pages_welcome_to_its_listeners_is_no_lede() -> None:
    text = ("某某研究所\n\n关注\n\n欢迎收听某某晨报在线音频:\n\n注:音频如有歧义以正式研究报告为准。 \n\n策略\n\n盈利触底下的市场修复\n\n"
            "近期指数放量上行,我们认为关键在于盈利预期触底——市场对于企业盈利见底回升的共识正在形成。")
    assert excerpt(text, 10, 300).startswith("近期指数放量上行")


def test_a_section_label_set_in_bold_and_extracted_twice_goes_whole() -> None:
    """`前言前言` (a bold label extracted twice) glued to the first sentence goes with its copy."""
    text = "全球数字经济白皮书 前言前言当前,世界经济增长动能不足,不确定因素增多,数字经济成为推动各国经济复苏的重要力量。"
    assert excerpt(text, 10, 300).startswith("当前,世界经济增长动能不足")


def test_glyphs_spaced_out_through_a_whole_text_are_joined() -> None:
    """A page whose extraction spaced glyphs out everywhere (`请 务必参 阅正文`), beside a few
    titles spaced one character at a time: the spaces are no line breaks, and the first point
    reads as one sentence."""
    text = ("银行 请 务必参 阅正文 后面的 信息披 露和法 律声明 1/9 银行 2024 年 05 月 06 日 投 资评 级:看好(维持) "
            "存款成本下行,息差企稳回升,配置银行正当时行业周报-2024.4.28 息差企稳,资产质量保持平稳,估值修复可期行业周报-2024.4.21 "
            "负债成本改善,息差降幅收窄,中小银行弹性更大行业周报-2024.4.14 张明(分析师) 证书编 号:S0790520050009 "
            "(1)2024Q1 存 款成本 同比明 显下降(2023 年同期 负债 成本上 行),带 动银 行息差 降幅 收窄。我们 预计 "
            "42 家上 市银行 2024Q1 归母 净利 润同 比+1%。(2)资产 质量 总体 平稳,不良 率环 比持 平,拨 备覆 盖率 小幅 回落。")
    assert excerpt(text, 10, 300).startswith("2024Q1存款成本同比明显下降")


def test_a_listings_link_word_on_its_own_line_is_not_glued_to_the_lede() -> None:
    """A listing's row (`详细` under the stock's figures) before the report's first words."""
    text = ("华东重机 机械行业 2013-03-12 6.12 -- -- 6.80 11.11%\n7.90 29.08%\n详细\n"
            "公司全面向智能物流装备转型。公司拟置出传统业务资产,置入控股股东持有的物流装备公司全部股权,"
            "交易完成后公司收入结构将明显改善。\n")
    assert excerpt(text, 10, 300).startswith("公司全面向智能物流装备转型")


def test_a_sidebars_index_and_value_glued_before_the_lede_go() -> None:
    """A cover's market-data sidebar puts an index and its value right before the first words."""
    text = ("2024 04 08\n证券研究报告\n\n电子研究中心\n\n电子行业研究 买入 (维持评级) 行业周报\n\n) 21.30 关注需求复苏,看好景气上行\n"
            "市场数据(人民币)\n市场优化平均市盈率\n某某电子指数2210 行业点评\n沪深 300 指数3521\n"
            "上证指数3069 电子板块走势:2024 年 4 月 1 日至 4 月 7 日,A 股电子板块上涨 1.3%,跑赢沪深 300 指数 0.9%,"
            "其中板块股票上涨数量为 312 家,下跌数量 145 家。\n"
            "子板块方面,半导体设备板块涨幅居前,消费电子板块受海外需求回暖带动表现较好,被动元件板块小幅回调。\n"
            "投资建议方面,我们继续看好受益于需求复苏与国产替代的半导体设备与材料公司,以及估值处于低位的消费电子龙头。\n")
    assert excerpt(text, 10, 300).startswith("电子板块走势:2024年4月1日至4月7日")


def test_a_paragraph_that_carries_on_a_text_not_shown_goes_whole() -> None:
    """A news page's excerpt of an article opens mid-way (`另外,…`): that paragraph's next
    sentence is no lede either; the next paragraph is."""
    text = ("十大港股评级\n\n某财经网 2021-06-18 10:25\n\n另外,某某药业计划在科创板上市,以支持新药的推出。瑞银预计,上市能帮助公司"
            "筹集50-80亿元人民币的资本。\n\n摩根大通发表报告表示,维持对某某科技“增持”评级,目标价45港元。该公司一季度收入同比增长35%,"
            "优于市场预期。\n")
    assert excerpt(text, 10, 300).startswith("摩根大通发表报告表示")


def test_a_web_pages_dotted_bullets_and_emphasis_marks_are_no_part_of_the_lede() -> None:
    """A news page lists its key points as `· *…*` (a middle dot, a sentence in italics) after
    its headline and dateline."""
    text = ("Barclays upgrades Nvidia stock on data-centre demand Tuesday, 9 May 2023 ( 2 days ago )\n\n"
            "· *Barclays analyst Jane Doe upgraded Nvidia shares to \"overweight\" from \"equal-weight\" on Monday, "
            "citing stronger demand for data-centre chips.*\n\n"
            "· *The bank also raised its price target to $350 from $275.*\n")
    assert excerpt(text, 10, 300).startswith("Barclays analyst Jane Doe upgraded Nvidia shares")


def test_a_platform_summarys_numbered_sections_led_by_a_date_range_give_their_first_point() -> None:
    """A research platform's summary that lost its commas to spaces: numbers with their units
    are its prose, not a market-data table."""
    text = ("城投债周报(03/10):下周净融资转正-20250310\n某某证券· 2025-03-10 21:40\n"
            "1. 报告行业投资评级 未提及 2. 报告的核心观点 3 月 10 日 - 3 月 16 日城投债计划发行 862.50 亿元 其中新发债 "
            "310.20 亿元 借新还旧 552.30 亿元 3 月 3 日 - 3 月 9 日城投债共发行 705.00 亿元 其中新发债 260.00 亿元 "
            "借新还旧 445.00 亿元 [1][3] 3. 各目录总结 发行预告 3 月 10 日 - 3 月 16 日城投债计划发行 862.50 亿元")
    assert excerpt(text, 10, 300).replace(" ", "").startswith("3月10日-3月16日城投债计划发行862.50亿元")


def test_a_source_label_never_runs_across_a_line_break() -> None:
    """A repost's `来源:` stamp, on its own line, takes nothing of the lines after it (here the
    summary's heading and the first words, up to `数据`)."""
    text = ("宏观点评:3月美国通胀超预期回落\n\n2023-04-13 18:20:11来源:研报精选  \n\n核心观点\n\n事件:\n\n"
            "3月美国通胀数据明显低于市场预期,核心CPI环比回落,通胀见顶的判断得到确认。数据发布后,美债利率明显回落。")
    assert excerpt(text, 10, 300).startswith("3月美国通胀数据明显低于市场预期")


def test_a_platform_summarys_rating_points_do_not_lead_and_a_point_may_open_with_a_year() -> None:
    """A research platform's summary opens with the report's rating and target price; the lede
    is the first point on the company (`- 2024年前三季度,…`, a hyphen point opening with a year)."""
    text = ("某某啤酒(01234):2024年三季报点评:调整节奏,蓄力来年\n某某证券· 2024-10-30 19:56\n"
            "投资评级与目标价 - 报告对某某啤酒的评级为“推荐”,并予以维持 [1] - 报告给出的目标价为12港元 [1] "
            "2024年第三季度及前三季度核心财务表现 - 2024年前三季度,公司实现营业总收入52.30亿美元,内生同比下滑4.2%;"
            "正常化EBITDA为15.10亿美元,内生同比下滑5.1% [1] - 2024年单第三季度,公司实现营业总收入17.20亿美元 [1]")
    assert excerpt(text, 10, 300).startswith("2024年前三季度,公司实现营业总收入52.30亿美元")


def test_the_summary_ends_at_its_risk_warning() -> None:
    """A summary's risk warning is its last item: what follows it (the warning's own items,
    a note, the body) is neither a key point nor part of the excerpt, even where the text
    lost its punctuation and the warning's label ends with a full stop."""
    cover = ("核心观点 公司净利润增长稳健，基本符合预期。渠道改革效果显现，费用率持续下降。"
             "盈利预测与估值。我们预计公司收入稳步增长，维持买入评级。风险提示。原料价格上涨超预期 需求恢复不及预期。"
             "注 本文所用货币均为人民币。一、公司概况。公司主营啤酒业务。")
    found = lede(cover)
    assert "预期 需求" not in found.excerpt and "人民币" not in found.excerpt and "公司概况" not in found.excerpt
    assert not any("人民币" in p or "需求恢复" in p or "主营" in p for p in found.key_points), found.key_points
    listed = ("投资要点 ■ 收入稳健增长：一季度收入同比增长12%，好于预期。■ 盈利能力提升：毛利率同比提升2个百分点。"
              "■ 风险提示：行业竞争加剧。■ 公司是国内领先的啤酒企业，产品覆盖全国。")
    assert lede(listed).key_points == ["收入稳健增长：一季度收入同比增长12%，好于预期。", "盈利能力提升：毛利率同比提升2个百分点。"]
    # (a contents page's entry for it ends nothing)
    contents = "投资要点 ■ 收入稳健增长，一季度收入同比增长12%，好于预期。风险提示……25 ■ 毛利率同比提升2个百分点。"
    assert "毛利率" in lede(contents).excerpt


def test_a_source_credit_naming_two_sources_does_not_lead_the_sentence_after_it() -> None:
    """A chart's credit lists a data vendor and a research house with a space between them; both
    are the credit, not the head of the lede that follows it on the same line."""
    text = ("数据来源:Wind 某某期货研究院 2023年铝价在上半年震荡走高后,下半年于高位回落,全年重心小幅上移。"
            "截至12月8日,沪铝主力合约收于18950元/吨。")
    assert excerpt(text, 10, 300).startswith("2023年铝价在上半年震荡走高后")


def test_a_web_pages_month_stamp_does_not_cost_the_first_sentence() -> None:
    """A page stamped with a month only (` date 2022-03`) before its first sentence: the stamp
    goes, the sentence after it is the lede."""
    text = (" date 2022-03 Heading into spring, we expected credit spreads would tighten further. "
            "Stronger earnings and lighter issuance were the reasons we gave for that view.")
    assert excerpt(text, 10, 300).startswith("Heading into spring, we expected")
    assert "2022" not in excerpt(" date 2022-03-14 Heading into spring, we expected spreads would tighten.", 10, 300)


def test_a_sites_notice_on_its_languages_is_not_the_lede() -> None:
    text = ("We have limited German content available. View German content.\n\nPress release\n\n"
            "Boston – March 3, 2022 – Household spending in the region will shift toward services over the next decade, "
            "a new study finds. More follows here.")
    assert excerpt(text, 10, 300).startswith("Boston – March 3, 2022 – Household spending")


def test_a_word_broken_at_a_line_end_after_a_clause_mark_runs_on() -> None:
    """A dump writes a PDF's line break as a space; a line that ends with one character after a
    clause mark (`、能`) broke a word, so the line runs on and the lede keeps its head."""
    text = ("二季度,受政策效应显现、消费市场回暖、能 源原材料行业回升等因素影响,经济运行总体比 较稳定。"
            "近期,主要经济指标出现企稳,经济下行压力有所缓解。")
    assert excerpt(text, 10, 300).startswith("二季度,受政策效应显现、消费市场回暖、能源原材料行业回升")


def test_a_charts_key_on_its_own_line_does_not_run_into_the_lede() -> None:
    text = ("经济金融展望报告 要点 宏观经济景气预警指数 红色:过热;黄色:偏热;绿色:正常;蓝色:偏冷 二季度,受政策效应显现、"
            "消费市场回暖、能 源原材料行业回升等因素影响,经济运行总体比 较稳定。近期,主要经济指标出现企稳,经济下行压力有所缓解。")
    assert excerpt(text, 10, 300).startswith("二季度,受政策效应显现")


def test_a_headline_ending_with_a_question_mark_is_not_glued_before_the_lede() -> None:
    """A page's headline, the report's title, asks a question on a line of its own; its question
    mark is the title's, and the lede is the body's first sentence."""
    title = "油價急跌,港股再創新低,現在可以抄底嗎?"
    text = (title + "\n\n本週 首個交易日港股三大指數低開1.2%左右,早盤科技股一度走強,權重股也在奮力拉昇,"
            "但午後再度出現殺跌,恒生指數盤中跌破17000點。截至收盤,恒生指數跌1.5%。")
    assert excerpt(text, 10, 300, title=title).startswith("本週首個交易日港股三大指數低開")


def test_a_lede_that_opens_with_the_titles_book_title_keeps_its_head() -> None:
    """A blog's title (`深度解读某咨询公司《…》`) opens its first sentence, which goes on after the
    closing book-title mark: the sentence is the lede, head and all."""
    title = "深度解读某咨询公司《数字化转型下的中国零售》"
    text = (title + "报告的核心发现与趋势研判。\n\n  • 零售的定义与特征:分析中国零售市场进入个位数增长的结构性转变。\n\n"
            "2024年初,某咨询公司基于覆盖10,000多名消费者的全国性调查,提出中国零售市场已步入新阶段。")
    assert excerpt(text, 10, 300, title=title).startswith(title + "报告的核心发现")


def test_a_brokers_legal_name_on_an_english_cover_is_not_the_lede() -> None:
    text = ("Company Report\n\nMonday, March 2, 2020\nSample Harbour Securities (HK) Co., Ltd.\nHong Kong Equity Research\n"
            "Company Report\nExample Land (1234 HK)\nJane Doe\nKey takeaways from our site visit\n■\n"
            "We visited Example Land's two new projects in Foshan last week with the company's IR team.\n"
            "The company expects contracted sales to grow 10-15% in 2020, helped by new launches.")
    assert excerpt(text, 10, 300).startswith("We visited Example Land")


def test_a_promoted_articles_headline_in_title_case_is_not_the_lede() -> None:
    text = ("Quarterly Outlook\nEquity Outlook: Markets Find Their Footing. A Slower Cycle Begins\nJohn Example\n"
            "Head of Equity Strategy\n"
            "US 5-year Treasury yields appear to be forming a flag pattern. A break out is needed for direction. "
            "A close above resistance is likely to push yields higher.")
    assert excerpt(text, 10, 300).startswith("US 5-year Treasury yields appear")


def test_a_question_with_no_statement_after_it_in_its_paragraph_is_a_heading_not_the_lede() -> None:
    """A question on a line of its own (a section's heading, a headline the listing gives no title
    for) or in a list of questions (a contents page's entries) does not open the excerpt; a
    question the same paragraph goes on to answer does."""
    heading = "周度观察\n下周市场会走向何方？\n本周A股三大指数震荡上行，成交额较上周放大，北向资金净流入超过百亿元，市场情绪明显回暖。"
    assert excerpt(heading, 10, 300).startswith("本周A股三大指数震荡上行")
    listed = ("目录 行业格局：龙头企业的份额会继续提升吗？ 技术路线：固态电池何时量产？\n"
              "本报告认为，行业集中度将在未来三年继续提升，龙头企业凭借成本优势扩大份额。")
    assert excerpt(listed, 10, 300).startswith("本报告认为")
    answered = "为什么银行股持续跑赢？我们认为，息差企稳与高股息是两大原因，险资配置需求仍在增加。"
    assert excerpt(answered, 10, 300).startswith("为什么银行股持续跑赢？")


def test_an_excerpt_that_introduces_a_list_it_does_not_show_ends_with_an_ellipsis() -> None:
    """The only sentence before a table ends with a colon; shown alone, the colon would lead
    nowhere, so the excerpt marks what it leaves out."""
    text = ("Some Bank released a strategy note on Asian markets today, listing its preferred stocks for the "
            "region and their upside:\n\nStock │ Upside\n\nAlpha Holdings (0001.HK) │ 20.5%\n\nBeta Power (600000.SH) │ 12.0%")
    assert excerpt(text, 10, 300) == ("Some Bank released a strategy note on Asian markets today, listing its preferred "
                                      "stocks for the region and their upside…")


def test_a_short_numbered_heading_line_is_not_joined_to_the_sentence_under_it() -> None:
    """`一、物价` is as short as a word broken off a line, but its number makes it a heading: the
    sentence on the next line keeps its first words (`9月份`)."""
    text = ("晨会精选\n1、宏观：物价低位运行\n王小明丨宏观首席分析师\nS0130524060009\n一、物价\n"
            "9月份 CPI环比上涨0.1%(前值0.0%),同比由降转平,过去五年同期环比均值为0.2%。其中食品价格环比下降0.3%。")
    assert _flat(excerpt(text, 10, 300)).startswith("9月份CPI环比上涨0.1%")


def test_a_tag_in_square_brackets_on_a_line_of_its_own_is_not_glued_to_the_first_sentence() -> None:
    """`【原油】` is as short as a word broken off a line; standing alone in its brackets it is the
    heading of what follows, not its first word."""
    text = ("能源化工早评\n2025年03月04日\n【原油】\n"
            "行情回顾:隔夜原油主力合约上涨2.1%,收于550元/桶,中东局势扰动供应预期。后市展望:短期或维持震荡偏强。")
    assert excerpt(text, 10, 300).startswith("行情回顾:隔夜原油主力合约上涨2.1%")


def test_a_short_line_in_a_covers_stack_of_lines_is_not_glued_to_the_first_sentence() -> None:
    """A dump writes a cover's lines and a paragraph's wrapped lines alike as spaces. The title's
    last short line (`稳中求进`) follows another line that ends no sentence: it is the cover's,
    not a word broken off the sentence after it; a word broken off after a sentence end
    (`本周` / `首个交易日…`) still joins the next line."""
    cover = ("某咨询公司零售业务 2024某咨询 中国零售市场报告 稳中求进 过去一年,中国零售市场温和复 苏,线上渗透率继续提升,但消 "
             "费者对价格的敏感度明显上升。 门店客流仍低于疫情前水 平,折扣店与会员店增长较快。")
    assert excerpt(cover, 10, 300).startswith("过去一年,中国零售市场温和复苏")
    broken = "本周 首个交易日港股三大指数低开1.2%左右,早盘科技股一度走强,但午后再度出现杀跌。 截至收盘,恒生指数跌1.5%。"
    assert excerpt(broken, 10, 300).startswith("本周首个交易日")


def test_a_decimal_point_lost_to_a_space_is_put_back_only_where_no_range_or_list_is_meant() -> None:
    """A preview that lost its punctuation writes `277.60亿元` as `277 60亿元`. The point comes back
    where the figures can be nothing else (the second smaller than the first, or opening with a
    zero); a range (`10 15亿元`, `1 2亿元`), a list (`13 10 9倍`, `分别为80 60亿元`, two years' PE)
    and figures with no unit after them stay as they are."""
    text = ("公司发布2023年三季报，前三季度实现营收277 60亿元，同比增长12 5 ，归母净利润21 05亿元，同比增长8 1 。"
            "我们维持目标价35 5元，对应2023 2024年PE为13 10倍，对应2025年PE为13 10 9倍，收入分别为80 60亿元，"
            "预计2024年利润1 2亿元，回购金额10 15亿元。")
    shown = excerpt(text, 280, 300)
    for repaired in ("营收277.60亿元", "归母净利润21.05亿元", "目标价35.5元"):
        assert repaired in shown
    for kept in ("增长12 5 ，", "PE为13 10倍", "13 10 9倍", "分别为80 60亿元", "利润1 2亿元", "回购金额10 15亿元"):
        assert kept in shown
    # (a text that kept its punctuation is never touched: its spaces are not lost points)
    kept_marks = "公司前三季度实现营收277.60亿元，同比增长12.5%，两地基地的年产能为30 8万吨。"
    assert "30 8万吨" in excerpt(kept_marks, 10, 300)


def test_an_english_lede_opens_a_paragraph_not_a_short_line_of_a_page_or_cover() -> None:
    """A line of a few words that ends with a full stop (a page's offer, a headline, a firm's name)
    is not the paragraph an English report opens with: a lede outside a summary opens a paragraph
    of a dozen words or more."""
    text = ("Sign up for our free newsletter today.\n\nMarket note\n\nStocks Rally Again As Inflation Cools.\n"
            "Lisa Example\nGlobal equities extended their rally on Tuesday as investors weighed softer inflation data and a dovish "
            "tone from central bank officials. The S&P 500 closed at a record.")
    assert excerpt(text, 10, 300).startswith("Global equities extended their rally")


def test_a_charts_source_and_the_date_its_data_run_to_are_not_the_lede() -> None:
    text = ("Exhibit 2: Example Sentiment Gauge 35% 1500 2000 2500 Source: Bloomberg, Wind, Example Research. "
            "Data as of March 4, 2025.Investor sentiment improved as turnover rose on hopes of further easing. "
            "We stay constructive on domestic consumption names.")
    assert excerpt(text, 10, 300).startswith("Investor sentiment improved as turnover rose")


def test_a_symbol_fonts_glyphs_extracted_as_ascii_codes_never_open_the_lede() -> None:
    """A word of four or more ASCII symbols alone (`!"#$#%`) is a symbol font's glyphs read as
    their codes; a real sign of three or fewer (`+/-`) stays."""
    text = ("Example Strategy | Asia Pacific\nJane Example\n!\"#$!!%&$# '())'*'+,'(-\n45% 38%\n!\"#$#%\n"
            "Turnover has climbed for a third week and breadth has improved across sectors. We stay neutral "
            "given uncertain policy follow-through.")
    assert excerpt(text, 10, 300).startswith("Turnover has climbed for a third week")
    kept = "Margins held within a range of +/- 1% of guidance for the quarter, better than our estimates suggested."
    assert "+/- 1%" in excerpt(kept, 10, 300)


def test_a_pages_reader_counter_and_the_brokers_attribution_after_a_wire_lead_are_not_the_lede() -> None:
    """`阅读 15 views 次` is the page's counter; `某某财经APP获悉，某证券发布研报称，` the wire's and the
    broker's attribution: the report's words start after them."""
    text = ("NEW 某证券:升某科技目标价至50港元 2025年06月02日,10时05分 大行报告 阅读 27 views 次 某某财经APP获悉,"
            "某证券发布研报称,预计某科技今年第二季度收入将同比增长25%,经调整净利润同比增长40%。该行维持“买入”评级。")
    assert excerpt(text, 10, 300).startswith("预计某科技今年第二季度收入")


def test_a_portals_editors_note_before_the_reposted_reports_summary_is_not_the_lede() -> None:
    text = ("某证券:大跌7%的某科技是一家怎样的公司?\n\n来源:某证券\n\n"
            "编者按:今天午后,软件板块集体走弱,某科技跌超7%,这是一家怎样的公司?某证券的这篇研报有详细的介绍。\n\n"
            "本篇深度从三个角度阐述公司投资价值,详细模型也欢迎联系我们。\n\n投资要点\n\n"
            "某科技是国内工业软件领域的领军企业。公司订单增长稳健,毛利率持续改善。")
    assert excerpt(text, 10, 300).startswith("某科技是国内工业软件领域的领军企业")


def test_a_contents_entry_for_the_risk_warning_ending_in_an_unread_glyph_does_not_swallow_the_lede() -> None:
    """`3、风险提示?`: a contents entry whose bullet glyph came out as `?`; the warning it names is
    not the sentences after it."""
    text = ("文档简介\n某某证券研究报告2026年利率债年度策略:久期的观察之年2025年11月20日\n目录\n"
            "1、利率债市场复盘与展望2、从资金面看利率中枢3、风险提示?\n利率债市场展望?\n"
            "供给端:明年国债发行规模预计继续小幅增长,地方债发行节奏前置,超长期特别国债延续发行。"
            "需求端:银行配置力量仍是主力。")
    assert excerpt(text, 10, 300).startswith("供给端:明年国债发行规模预计继续小幅增长")


def test_an_authors_name_alone_on_the_first_line_is_not_glued_to_the_lede() -> None:
    text = ("林远\n通过对近三年券商股走势的复盘可以发现,成交额和监管政策是决定板块估值的主要因素。"
            "展望明年,我们看到更多积极因素出现。\n从基本面来看,行业规模增长将保持平稳。")
    assert excerpt(text, 10, 300).startswith("通过对近三年券商股走势的复盘")


def test_a_sentences_forecasts_for_years_in_turn_are_not_a_data_run() -> None:
    """`收入预测下调为 8752/9908/10918（原值 8805/9945/11053）亿元` (set apart by spaces, as text extracted
    word by word is): figures parted by slashes with their unit after them are the sentence's; a
    chart's axis of such figures is still dropped."""
    text = ("当前股价(港元)90.050 总市值(亿港元)19,072.85\n"
            "考虑到行业竞争短期内可能加剧,我们将公司2023-2025年收入预测下调为 8752/9908/10918(原值 8805/9945/11053)亿元。"
            "我们维持“买入”评级。")
    assert excerpt(text, 10, 300).startswith("考虑到行业竞争短期内可能加剧,我们将公司2023-2025年收入预测下调为8752/9908/10918")
    axis = "10000/20000/30000/40000\n公司收入保持增长,毛利率稳中有升,我们维持盈利预测不变。"
    assert excerpt(axis, 10, 300).startswith("公司收入保持增长")


def test_the_title_named_inside_a_sentences_book_title_marks_stays_in_the_sentence() -> None:
    """A news item on a white paper names it `发表题为《…》的报告称`: the title there is the sentence's."""
    title = "物流行业岁末回顾与前瞻"
    text = ("本报讯 某某咨询16日发表题为《物流行业岁末回顾与前瞻》的报告称,今年下半年快递业务量增速明显放缓,"
            "10月至11月同比增长12%,低于去年同期水平。")
    assert "某某咨询16日发表题为《物流行业岁末回顾与前瞻》的报告称" in excerpt(text, 10, 300, title=title)


def test_a_pages_share_button_on_a_line_of_its_own_is_not_glued_to_the_lede() -> None:
    text = ("某行:某公司股价过度调整,维持买入评级\n\n2022-03-01 10:20:11\n分享\n\n"
            "3月1日消息,某行发表研究报告指,某公司上周股价因新政策下跌12%,市场反应过度。该行维持“买入”评级。")
    assert excerpt(text, 10, 300).startswith("3月1日消息,某行发表研究报告指")


def test_a_newspapers_bracketed_byline_is_not_the_ledes_start() -> None:
    text = ("(某某网记者 林小雯)近日,某某咨询《预见2026:中国消费趋势报告》在上海发布。报告聚焦零售、大健康、"
            "能源等关键领域,提供系统性的趋势解析。")
    assert excerpt(text, 10, 300).startswith("近日,某某咨询《预见2026:中国消费趋势报告》在上海发布")


def test_a_news_pages_dek_repeated_as_its_photos_caption_is_not_the_lede() -> None:
    """The dek, then the photo's caption repeating it with the credit glued on: the story starts after."""
    text = ("Example Bank analysts see upside for Hong Kong stocks\n\nBy\nJane Example\nJanuary 9, 2025\n"
            "Example Bank's upbeat view stands in contrast with some of its peers, which cut Hong Kong stocks in November.\n"
            "Example Bank's upbeat view stands in contrast with some of its peers, which cut Hong Kong stocks in November."
            "Jo Roe—Example Images\n\n"
            "Example Bank is turning bullish on Chinese stocks listed in Hong Kong, citing a better outlook for the economy.")
    assert excerpt(text, 10, 300).startswith("Example Bank is turning bullish on Chinese stocks")


def test_a_covers_stock_line_set_apart_before_the_lede_is_not_its_start() -> None:
    text = "某某酒业(600999)\n2025年8月12日公司披露2025年半年报。上半年实现营业总收入91.9亿元,同比增长9.2%。"
    assert excerpt(text, 10, 300).startswith("2025年8月12日公司披露2025年半年报")
    subject = "某某酒业(600999)发布2025年半年报,上半年实现营业总收入91.9亿元,同比增长9.2%。"
    assert excerpt(subject, 10, 300).startswith("某某酒业(600999)发布2025年半年报")


def test_the_titles_words_that_a_sentence_goes_on_from_with_de_stay() -> None:
    """`中国创新药产业链的发展,也得益于…` under the title `中国创新药产业链 首选股`: the words are the
    sentence's subject, not the cover's title repeated."""
    text = "某某行业产业链的发展,也得益于资本市场与产业政策形成的支撑体系。政策完善营造了有利的创新环境。"
    assert excerpt(text, 10, 300, title="某某行业产业链 首选股").startswith("某某行业产业链的发展")


def test_a_title_set_again_glued_before_the_first_words_is_cut_there_too() -> None:
    title = "首页~某某娱乐~首页"
    text = ("资讯详情\n首页~某某娱乐~首页\n作者:管理员 发布于:2024-03-05 16:47\n\n"
            "首页~某某娱乐~首页光伏以制造业的方法解决能源困境。能源一直是影响人类生存与发展的重要议题。")
    assert excerpt(text, 10, 300, title=title).startswith("光伏以制造业的方法解决能源困境")


def test_a_sentence_that_names_a_risk_warning_is_no_warning_swallowing_the_lede() -> None:
    """`请给出基于文本的风险提示:` (a prompt, a page's instruction) names a warning; the text after it
    is no warning's."""
    text = ("以下是一些研报文本,请给出基于文本的风险提示:\nCase1:\n内容:核心观点:公司发布2018年业绩预告,"
            "预计实现归母净利润为9.5-11.5亿元,业绩增幅符合市场预期。各板块全面增长,销售收入和利润同步增长。")
    assert excerpt(text, 10, 300).startswith("公司发布2018年业绩预告")


def test_a_summary_heading_glued_after_a_contents_pages_last_page_number_opens_the_summary() -> None:
    text = ("某某行业市场现状供需分析及投资评估规划研究报告目录一、 3 1、行业市场现状分析 3 2、行业竞争与技术分析 14"
            "技术发展水平:关键技术进展、智能化发展趋势? 16摘要根据全球及中国宏观经济环境、产业政策导向及技术创新趋势的"
            "综合研判,未来五年该行业市场将呈现结构性增长机遇。")
    assert excerpt(text, 10, 300).startswith("根据全球及中国宏观经济环境")


def test_a_series_blurb_before_an_empty_byline_label_and_the_summary_heading_is_not_the_summary() -> None:
    """A think tank's quarterly sets its series blurb, the title and an empty `执笔人:` label (the names
    in a side column) before `摘 要`: the summary starts at its heading, the blurb is the cover's."""
    text = ("《某某季报》是某某研究中心主要的集体研究成果之一,旨在定期跟踪宏观经济、债券市场和银行业运行等领域的动态,"
            "并对各领域的风险状况进行评估。季度报告于各季度结束后的第二个月发布。 “稳中有忧”下的杠杆 "
            "本报告负责人:王一鸣 ——2023 年一季度杠杆率报告 本报告执笔人: 摘 要 ⚫ 2023 年一季度宏观杠杆率上升了 "
            "6.2 个百分点,升幅高于上年同期。 ⚫ 分部门看,居民部门杠杆率小幅回升,企业部门杠杆率上升较快。")
    assert excerpt(text, title="2023年一季度杠杆率报告").startswith("2023年一季度宏观杠杆率上升了")


def test_an_english_paragraph_opening_with_a_few_questions_starts_the_excerpt_at_its_first() -> None:
    """A monthly note opens its paragraph with the questions it answers, then states; the first
    question is where a reader starts, not the last one before the statement."""
    text = ("Skip to main content\n\nMonthly Economic Note\n\nGrowth holds up while exports cool\n\n"
            "Is the economy slowing in the fourth quarter? Will prices keep falling? Could the trade talks end "
            "the tariff dispute before the year is out? Markets have been volatile but recovered as rates fell. "
            "Industrial output grew by 5.1% in October.")
    assert excerpt(text, title="Monthly Economic Note").startswith("Is the economy slowing in the fourth quarter?")


def test_a_latin_title_named_inside_the_first_sentence_is_not_cut_out_of_it() -> None:
    """A vendor's report page opens `The <title> is poised…`: the title's words are the sentence's
    subject there, not the cover's title set apart."""
    text = ("Key Insights\nThe Freedonia Solar Inverter Market is poised for steady growth, with an estimated market "
            "size of $3.2 billion in 2025. Demand from utility projects drives most of it.")
    assert excerpt(text, title="Freedonia Solar Inverter Market").startswith("The Freedonia Solar Inverter Market is poised")


def test_a_news_sources_name_glued_to_its_date_before_the_first_sentence_is_left_out() -> None:
    text = ("• 4\n  • Favorite\n\nNorthbank upgraded Freedonia stocks to overweight\n\n某某财经2023-05-14\n\n"
            "Northbank believes that the new policies should help support investor sentiment across the region. "
            "Even if other economies slow sharply, growth could rely on domestic demand.")
    assert excerpt(text, title="Northbank upgraded Freedonia stocks to overweight").startswith("Northbank believes that")


def test_a_symbol_fonts_square_bullet_extracted_as_f_hook_opens_a_point_not_a_table_row() -> None:
    """A bank's PDF note sets its points with a Symbol-font bullet that extraction gives as `ƒ`,
    right under a projections table: the point starts the excerpt, the table's figures do not."""
    text = ("                              Acme Economic Projections   2011   2012F   2013F\n"
            "                              GDP                         9.2     8.0     8.3\n"
            "                              CPI (average, y/y %)        5.4     3.0     2.3\n\n"
            "  ƒ With the currency near fair value, more two-way volatility is in store as it moves toward\n"
            "    full convertibility, which is still years away.\n\n"
            "  ƒ Recent data showed some stabilisation, but overall a slowdown is apparent.\n")
    assert excerpt(text, title="Freedonia Expectation").startswith("With the currency near fair value")


def test_an_editors_bracketed_note_on_the_series_is_not_the_excerpt() -> None:
    text = ('(Editor\'s Note: This article is part of our "Freedonia Credit Focus" series, which examines the credit '
            "conditions of the country's corporates, banks and local governments. )\n"
            "Freedonia's push to end its provinces' reliance on off-budget debt has so far been ineffective, with "
            "state firms continuing to carry the liabilities. We estimate the problem at a quarter of output.")
    shown = excerpt(text, title="Freedonia Credit Focus: The Staying Power Of A Local Debt Problem")
    assert shown.startswith("Freedonia's push to end its provinces' reliance")


def test_a_reposts_blurb_above_an_author_and_image_credit_is_not_the_summary() -> None:
    """An investor platform sets its editor's blurb, then the author and image credits, then the
    report's `摘要`: the summary starts at its heading, not at the blurb's sentences."""
    text = ("转债年度策略 | 守得云开\n\n某某债市\n3212025-01-03 10:08\n编辑划重点啦!!!2024年转债市场先抑后扬。"
            "本轮资金回流主要因纯债收益偏低,风险偏好仍受限。策略上关注大盘底仓品种。\n\n作者:某某债市\n\n"
            "题图:某某债市公众号\n\n\n摘要\n\n行情回顾:转债先抑后扬\n\n2024年转债市场走出先抑后扬的行情,中证转债指数全年上涨6%。"
            "一季度权益市场回调,转债估值压缩。")
    assert excerpt(text, title="转债年度策略 | 守得云开").startswith("2024年转债市场走出先抑后扬的行情")


def test_a_report_named_with_a_colon_inside_the_first_sentence_does_not_cut_the_sentence() -> None:
    """`New analysis from Acme, Trends in Freedonia: Macro to Micro…, says that…`: the colon is the
    cited report's, inside a sentence whose clause came before it; the sentence starts at `New`."""
    text = ("Skip to main content\n\nFreedonia to see fast urban growth\n\nNew analysis from Acme Research, Mega Trends "
            "in Freedonia: Macro to Micro Implications to 2030, says that Freedonia is set to double its output by 2030 "
            "on rapid urbanisation. The analysis names ten trends that drive it.")
    assert excerpt(text, title="Freedonia to see fast urban growth").startswith("New analysis from Acme Research")


# Openings as a PDF-to-text dump gives them with every space and line break lost: a cover's data,
# lists and headings run into the summary's first words.
def test_a_cover_line_ending_with_a_semicolon_before_the_summary_heading_is_not_the_summary() -> None:
    """A Hong Kong broker's cover lists the major shareholders, each closed by `；`, before `投资要点`:
    a clause of a list, not a sentence the layout set before its heading."""
    text = ("证券研究报告买入心内介入器械领域龙头国产品牌北辰医械（1234.HK）2020-09-08星期二主要股东北辰集团（25.82%）；"
            "宁波某某投资（15.18%）；王某（5.75%）相关报告研究部姓名：王明SFC：BLM040电话：0755-21510000Email:wangm@example.com.hk"
            "目标价：65．70港元现价：54.75港元预计升幅:20%重要数据日期2020-09-07收盘价（港元）54.75总股本（亿股）1.66"
            "数据来源：Wind、某某证券整理投资要点\uf0d8受益于国产替代政策，在快速增长的介入器械市场优势扩大公司产品基本覆盖心血管"
            "介入手术所需的主要器械，冠脉介入市场预计2023年将达到96亿元，年复合增速达到13%。目前国产率仅为10%-15%，公司有望继续"
            "抢占市场份额。")
    assert excerpt(text, title="北辰医械（01234）：心内介入器械领域龙头国产品牌").startswith("受益于国产替代政策")


def test_the_tail_of_a_related_reports_title_does_not_open_the_excerpt() -> None:
    """A related-reports list whose breaks were lost (`…点...》，2020.8.28 2.《…》`) leaves units that
    open with a closing guillemet or an ellipsis, or open a title and never close it: no sentence."""
    text = ("-1-敬请参阅最后一页特别声明市场价格（人民币）：129.20元目标价格（人民币）：168.21元市场数据(人民币)总股本(亿股)1.77"
            "相关报告1.《单季利润环比翻倍，疫情影响见底，展翅在即-北辰生科中报业绩点...》，2020.8.282.《高天花板眼科领域的"
            "稀缺领先布局者-北辰生科业绩快报点...》，2020.2.28王明分析师SAC执业编号：S1130514100001(8621)61030000"
            "wangm＠example.com控股某某美科，再落子全球医美前沿科技公司基本情况(人民币)项目201820192020E营业收入(百万元)"
            "1,5581,6041,372归母净利润(百万元)415371224来源：公司年报、国金证券研究所事件2021年2月21日晚间，公司公告其将以"
            "1.35亿元受让某某美科38.23%股权并向其增资7000万元。本次交易完成后，公司将总计持有某某美科63.64%股权。")
    shown = excerpt(text, title="北辰生科（688999）：控股某某美科，再落子全球医美前沿科技")
    assert "2021年2月21日晚间，公司公告" in shown and "《" not in shown and "》" not in shown, shown


def test_a_title_is_cut_from_the_cover_by_whole_parts_never_into_the_words_after_it() -> None:
    """The listed title `…差异化铸就壁垒，专业倾斜医美龙头面板` and the cover's own headline
    `差异化铸就壁垒，专业奠定医美龙头地位` share a first part and the word `专业`: no cut ends inside
    the title's second part, which would leave `奠定医美龙头地位` without the word it opens with."""
    from generator.enrich.covertitle import cut_title

    text = "股价走势差异化铸就壁垒，专业奠定医美龙头地位医美行业：后起之秀跃升医美大国。"
    cut = cut_title([text], "北辰美客（300999）：差异化铸就壁垒，专业倾斜医美龙头面板")[0]
    assert "专业奠定医美龙头地位" in cut, cut


# Classes of opening from a local collection of 62 openings of 28 sites (issue 18's fifteenth
# round; the texts are not committed, their licences unknown): each test's text is written for it
# in the shape those openings take.

def test_a_numbered_point_whose_clause_ends_with_its_verb_before_the_colon_keeps_its_start() -> None:
    """`1. 美国名义通胀高企的主要原因是:…` is a sentence that goes on after its colon, not a point's
    topic (`1、宏观和地缘方面:…`), which the lede starts after."""
    text = ("一、投资摘要\n1. 美国通胀高企的主要原因是:央行依据经验线性外推,推出了允许通胀超调的目标制。\n"
            "2. 抗通胀分为三个阶段:通胀触顶回落、阻止通胀反弹以及通胀自动回落。\n二、风险提示\n原油减产超预期")
    assert excerpt(text, 10, 300).startswith("美国通胀高企的主要原因是")
    topic = "1、宏观和地缘方面:近两周海外扰动加剧,避险情绪升温。2、政策方面:稳增长政策持续发力。"
    assert excerpt(topic, 10, 300).startswith("近两周海外扰动加剧")


def test_a_points_clause_that_ends_with_a_title_and_a_latin_semicolon_ends_there() -> None:
    """A morning note's list of the week's events (`本周信用热点事件:(1) 某协会发布《…》;(2)…`): the `;`
    after a closing guillemet ends the first point, which the excerpt may start with, the section's
    label and the point's number left out."""
    text = ("投资要点: 固定收益 关注修复行业的配置机会——信用周报:本周信用热点事件:(1) 某协会发布《关于规范债务融资工具发行的"
            "业务提示》;(2)某省政府印发《支持县域发展的若干措施》。本周各行业信用利差大多压缩,城投利差较上周压缩1-4BP。")
    assert excerpt(text, 10, 300).startswith("某协会发布《关于规范债务融资工具发行的业务提示》；")


def test_a_platform_summarys_point_opening_with_a_quoted_term_is_a_point() -> None:
    """A research platform's summary sets its sections' labels before ` - ` points; a point may open
    with a quoted term (`- "十五五"规划…`): the label before it is a heading, not the lede's start."""
    text = ('深度专题 - "十五五"规划聚焦产业重构 部委近期持续释放产业结构调整信号[8] 热点思考 - 美国8月非农就业'
            '数据全面遇冷 新增非农就业人数仅2.2万人[12]')
    assert excerpt(text, 10, 300).startswith('"十五五"规划聚焦产业重构')


def test_a_sub_heading_on_the_line_after_the_summarys_heading_does_not_run_into_the_lede() -> None:
    """`核心观点` / `本周市场表现` / `本周市场全面下跌,…`: the short line is a heading of its own, not a
    word broken off the next line."""
    text = ("银河晨报 2021.8.24\n\n策略:波动加大,关注政策\n\n核心观点\n\n本周市场表现\n\n本周市场全面下跌,上证指数跌2.5%。"
            "市场延续分化行情,题材缺乏持续性。")
    assert excerpt(text, 10, 300).startswith("本周市场全面下跌")


def test_a_running_header_that_a_dump_repeats_on_every_page_is_no_lede() -> None:
    """A document page's transcript opens every page with the same header, its page number aside
    (`Page 2: Literature title 最后冲刺: · 银行中,仅有27家在创造价值…`): a line that comes back three times
    is page furniture, and the lede is the body's first sentence."""
    head = "Literature title 最后冲刺: · 银行中,仅有27家在创造价值。根据研究,领军银行和特色银行"
    text = (f"Page 1: {head}\n\n最后冲刺: 果敢行动 全球银行业年度报告(2019)\n\nPage 2: {head}\n\n目录\n\n05前言\n\n"
            f"Page 3: {head}\n\n4 行在当下\n\n2013年-2018年,全球商业银行的股本回报率维持在10.5%左右的水平。"
            "这个相对稳定的数字背后是全球银行业应对经济增速放缓所付出的不懈努力。")
    assert excerpt(text, 10, 300).startswith("2013年-2018年,全球商业银行的股本回报率")
    once = "全球银行业的股本回报率维持在10.5%左右。\n这个数字背后是银行业的不懈努力。\n全球银行业的股本回报率维持在10.5%左右。"
    assert excerpt(once, 10, 300).startswith("全球银行业的股本回报率")  # (a sentence written twice stays)


def test_a_document_sites_page_markers_in_a_flattened_preview_are_lines_of_their_own() -> None:
    """A document site's transcript sets `Page N: <title>` over each page; flattened, the markers run into the text
    (`…德勤新视界 Page 4: AI 创新融合 - Deloitte 人工智能已经进入…创新融 合应用场景…`): each is a line of its own again,
    dropped as a running head, and the first sentence's wrapped lines are joined, not cut at `创新融 合`."""
    text = ("Page 1: AI 创新融合 - Deloitte AI 创新融合 Page 2: AI 创新融合 - Deloitte Page 3: AI 创新融合 - Deloitte "
            "2020 年(总第九辑) 德勤新视界 Page 4: AI 创新融合 - Deloitte 人工智能已经进入深度商业应用阶段,不仅为制造、金融、零售和 "
            "教育等行业带来效率的提高,用户体验的变革,也通过多样化的创新融 合应用场景提升城市的智能化水平,甚至推动城市顶层设计发生改变, "
            "要素流动发生转移。从城市到国家,比较优势此消彼长,进而重塑世界 新秩序。")
    assert excerpt(text, title="AI 创新融合").startswith("人工智能已经进入深度商业应用阶段,不仅为制造、金融、零售和教育")


def test_a_points_bullet_glued_between_the_cover_and_the_point_opens_the_point() -> None:
    """A listing's one-line text of a fund monthly runs the cover's related reports and the section's name into the
    first point, only its bullet between them (`…基金业绩排行榜(2023-09-023.09.0108.03基金投资策略⚫股混基金:8月制造业
    PMI为49.7%,…`): the bullet is the point's, no glyph a page injected, and the excerpt opens with the first point."""
    text = ("基金研究基金月报证券研究报告阅读正文之后的信息披露和法律声明相关研究30902》2023.09.02《海通证券-基金业绩排行榜(2023-09-"
            "023.09.0108.03基金投资策略⚫股混基金:8月制造业PMI为49.7%,比上月上升0.4个百分点,经济数据有所好转、边际回升,我们认为,"
            "投资者对经济和盈利的预期有望回暖。短期来看,我们建议以均衡配置为主,围绕稳增长和活跃资本市场脉络布局券商、地产、消费。")
    shown = excerpt(text, title="9月份基金投资策略:多货币、财政政策逐渐落地相对偏向成长配置风格")
    assert shown.startswith("股混基金:8月制造业PMI为49.7%")


def test_a_contents_page_run_together_ends_where_its_first_entry_comes_again() -> None:
    """A white paper's contents whose entries and page numbers a dump glued (`目录引言2…结语21引言2008年…`):
    the body starts at the first entry's heading, set again over it."""
    text = ("系统重要性银行监管框架逐步完善, 金融机构如何应对?01目录引言2监管框架逐步完善,部分要求即时影响较大3评估、报送政策"
            "解读6• 政策解读6• 管理要点概述9恢复与处置计划11结语21引言2008年国际金融危机后,防范“大而不能倒”风险成为全球"
            "金融监管改革的重要内容。2011年起,金融稳定理事会每年发布全球系统重要性银行名单。")
    assert excerpt(text, 10, 300).startswith("2008年国际金融危机后")
    listed = "医保目录调整2023年落地,新增药品126种,平均降价61.7%,3个品种谈判失败。调整后目录内药品总数达3088种。"
    assert layout._skip_contents(listed) == listed  # (a word ending in 目录 heads no contents)


def test_a_question_its_answer_repeats_is_the_answers_heading() -> None:
    """A call's record on a research platform asks, then answers in the question's words (`11月债市的
    投资思路是什么? 11月债市的投资思路与过去几周基本一致。`): the excerpt opens with the answer. A lede's
    own question, which its paragraph answers in other words, stays."""
    text = ("11 月债市整体的投资思路是什么? 11 月债市整体的投资思路与过去几周基本一致。从长债利率下行的角度来看,存在多个"
            "利多因素积累,包括央行重启国债买卖、资金面持续宽松等。")
    assert excerpt(text, 10, 300).startswith("11月债市整体的投资思路与过去几周基本一致")
    asked = "是什么导致海外长债如此大幅调整?15年1季度以来,欧元区经济企稳预期升温,油价反弹修正了通缩预期。"
    assert excerpt(asked, 10, 300).startswith("是什么导致海外长债")


def test_a_byline_line_ending_with_the_authors_role_does_not_run_into_the_first_sentence() -> None:
    """A journal's page sets `Name 研究員` over the article and its note on the author in brackets
    (`(作者單位:…;責任編輯:…)`): neither runs on into the first sentence, which the excerpt opens with."""
    title = "市場錯落紛繁 經濟低迷分化——2015年第三季度國際金融市場分析預測"
    text = ("林小雲 研究員\n(作者單位:某某投資研究院;責任編輯:王某)\n?\n市場錯落紛繁 經濟低迷分化\n——2015年第三季度國際金融市場"
            "分析預測\n林小雲 研究員\n2015年第三季度國際金融市場在各國經濟分化狀態下運行,主要價格指標的同步下跌趨勢明顯,"
            "各國貨幣政策再寬松論調再起,全球不穩定因素進一步加大。")
    assert excerpt(text, 10, 300, title=title).startswith("2015年第三季度國際金融市場")


def test_a_reposts_credit_in_brackets_is_not_the_first_sentence() -> None:
    """Content farms repost a report's text under its credit (`(报告出品方/作者:某某证券,王明、李华)`)."""
    text = ("(报告出品方/作者:某某证券,王小明、李小华、赵小云)\n公司于2001年10月25日在湖南成立,是国内经营规\n"
            "模最大、覆盖区域最多的大型医药连锁企业之一,主要通\n过自有营销网络从事药品及健康相关商品的销售。")
    assert excerpt(text, 10, 300).startswith("公司于2001年10月25日在湖南成立")


def test_a_dotted_section_headings_line_does_not_run_into_its_paragraph() -> None:
    """A report body's section heading and its first sub-section's on one line (`1 钠离子电池产业化在即1.1
    钠离子电池技术不断成熟,大规模量产在即`), over a paragraph its dump wrapped: the heading line stands apart
    though it holds a comma and is about as wide as the paragraph's lines; a wrapped line that opens with
    a figure (`1.5 亿元,…`) still runs on."""
    text = ("1 钠离子电池产业化在即1.1 钠离子电池技术不断成熟,大规模量产在即\n钠离子电池基本原理与锂离子电池类似,被称作摇椅式电池。"
            "钠离子电池的结\n构和工作原理基本与锂离子电池相同,也主要由正极、负极、隔膜、电解液\n和集流体组成。")
    assert excerpt(text, 10, 300).startswith("钠离子电池基本原理与锂离子电池类似")
    wrapped = ("公司一季度实现营业收入45亿元,同比增长12%,其中海外收入\n1.5 亿元,同比增长30%,海外业务占比持续提升,盈利\n"
               "能力改善明显。")
    assert "海外收入1.5亿元,同比增长30%" in excerpt(wrapped, 10, 300)


def test_a_chapters_heading_over_its_first_sections_heading_runs_into_neither() -> None:
    """A page's chapter heading over its first section's (`一、宏观:…核心方向` / `1.1、世界百年未有之大变局,统筹发展和
    安全`), each on its line over a paragraph its dump wrapped half again as wide: neither heading runs on into the
    paragraph, though the two are about as wide as each other (round r27's test part, view.inews.qq.com, after scoring)."""
    text = ("自主可控专题报告:自主可控和国产替代全景图\n\n(报告出品方:国金证券)\n\n一、宏观:自主可控是中国式现代化的核心方向\n\n"
            "1.1、世界百年未有之大变局,统筹发展和安全\n\n世界百年未有之大变局,决定了我们必须统筹发展和安全。实现第二个百 年目标,"
            "必须认清我们所面临的世界局势变化,大国间力量对比变化、逆 全球化加剧等,使得我们面临的外部环境不确定性加大。2018 年以来,逆 "
            "全球化思潮抬头,单边主义、保护主义明显上升,美国对中国高科技公司 采取技术封锁、加征贸易关税等“特殊”措施,对相关领域产生明显冲击。")
    assert excerpt(text, title="自主可控专题报告:自主可控和国产替代全景图").startswith("世界百年未有之大变局,决定了")


def test_a_section_heading_named_after_the_titles_topic_is_cut_whole() -> None:
    """A whitespace-free dump's section heading made of the title's topic and `简介` (`医疗器械行业简介` under the title
    `医疗器械行业：…`), after a list of related reports: the title's part is cut with the heading's word, not leaving
    `简介` glued before the section's first sentence; and a part the title repeats inside a longer one (`中国医疗器械行业
    快速发展`) is cut with that one, not out of its middle (round r26's test part, 联讯证券, after scoring)."""
    title = "医疗器械行业：中国医疗器械行业快速发展,新三板头部企业成长性较强"
    text = ("请务必阅读最后特别声明与免责条款www.lxsec.com1/18证券研究报告|新三板行业研究联讯新三板行业报告【联讯新三板行业报告】"
            "中国医疗器械行业快速发展，新三板头部企业成长性较强2018年10月16日投资要点分析师：彭海执业编号：S0300517030001"
            "电话：010-66235721邮箱：penghai@lxsec.com相关研究《【联讯新三板行业报告】模具行业市场化程度较高，新三板相关企业盘点》"
            "2018-08-01医疗器械行业简介医疗器械是指直接或间接用于人体的仪器、设备、器具、体外诊断试剂及校准物、材料及其他类似或者"
            "相关的物品，包括所需要的软件，主要用于医疗诊断、监护和治疗。医疗器械产品品种繁多，按照终端客户可分为医疗机构使用和家庭"
            "使用，按照产品特性可分为设备与耗材两大类。")
    assert excerpt(text, title=title).startswith("医疗器械是指直接或间接用于人体的仪器")
    [cut] = covertitle.cut_title(["【联讯新三板行业报告】中国医疗器械行业快速发展，新三板头部企业成长性较强2018年10月16日"], title)
    assert "中国" not in cut and "快速发展" not in cut, cut


def test_a_catalogue_a_summarys_point_names_is_no_contents_heading() -> None:
    """`目录` heads a contents page, and marks the unit holding it as boilerplate; a catalogue a sentence names does not
    (`2020年医保目录调整即将进入谈判和竞价阶段。`, a summary's first point, which was skipped for the second): round
    r26's test part (东莞证券, r26-04), after scoring."""
    text = ("本报告的信息均来自已公开信息，关于信息的准确性与完整性，建议投资者谨慎判断，据此入市，风险自担。请务必阅读末页声明。"
            "医药生物行业推荐（维持）即将进入谈判和竞价阶段关注重点品种纳入进程风险评级：中风险医保目录调整专题报告2020年10月30日"
            "魏红梅SAC执业证书编号：S0340513040002电话：0769-22119410邮箱：whm2@dgzq.com.cn行业指数走势资料来源：东莞证券研究所，"
            "Wind相关报告投资要点：◼2020年医保目录调整即将进入谈判和竞价阶段。8月17日，国家医保局发布《2020年国家医保药品目录调整"
            "工作方案》和《2020年国家医保药品目录调整申报指南》两份文件，标志着今年的国家医保药品目录调整工作正式启动。◼通过形式审查"
            "的主要品种。（1）纳入《新型冠状病毒肺炎诊疗方案（试行第七版）》的药品。此类药品共有12个品种通过形式审查，其中西药11个，"
            "中药1个。")
    title = "医保目录调整专题报告：即将进入谈判和竞价阶段，关注重点品种纳入进程"
    assert excerpt(text, title=title).startswith("2020年医保目录调整即将进入谈判和竞价阶段。")
    assert not is_boilerplate("废弃电器电子产品实行管理目录制度，我们预计已列入目录且有明确补贴标准的“四机一脑”2022年拆解需求空间"
                              "达38229万台。", traditional=False)  # (r26-27's second sentence, 平安证券)
    assert is_boilerplate("请务必阅读正文之后的免责条款部分3目录1、消费电子")
    assert is_boilerplate("证券研究报告目录一、行业概况")


def test_a_covers_date_glued_before_a_sentence_opening_with_its_own_time_word_is_left_out() -> None:
    """A whitespace-free dump's cover date glued to the first sentence, which opens with a time word of its own
    (`…点评报告2021年2月18日日前，2021年1月血制品…`): the lede opens at `日前`; a sentence that dates its event is left
    whole (round r26's test part, 国开证券, r26-17, after scoring)."""
    text = ("行业研究证券研究报告行业重大事件点评报告1月血制品行业批签发数据点评--医药行业点评报告分析师：王雯执业证书编号："
            "S1380516110001联系电话：010-88300898邮箱：wangwen@gkzq.com.cn医药生物与上证综指走势图数据来源：wind，国开证券研究部"
            "行业评级中性相关报告药品集采常态化制度化开展意见发布——行业重大事件点评报告2021年2月18日日前，2021年1月血制品批签发"
            "数据基本公布完毕。1月，我国血制品实现批签发701.7万瓶，同比下滑7.2%，环比下滑30.96%，其中人凝血因子(Ⅷ)、狂免、"
            "人凝血酶原复合物、静丙等重点品种批签发同比有较大下滑。")
    assert excerpt(text, title="医药行业点评报告：1月血制品行业批签发数据点评").startswith("日前，2021年1月血制品批签发数据")
    assert excerpt("公司2021年2月18日发布公告，拟以自有资金回购公司股份，回购金额不低于1亿元，回购价格不超过30元/股。",
                   10).startswith("公司2021年2月18日发布公告")


def test_a_summarys_first_point_the_body_repeats_as_a_heading_pages_later_is_the_lede() -> None:
    """A summary's first point that the body repeats as its section's heading well after the summary (`要点总结“四机一脑”
    拆解需求稳健增长，新九类带来增量市场空间。…` / the summary / `一、“四机一脑”拆解需求稳健增长，新九类带来增量市场空间`) is no
    page's description copied from the report: the lede is the point, not the slide headings before the body's
    first sentence (round r26's test part, 平安证券, r26-27, after scoring). A description's heading comes again
    within a few units (`test_a_pages_description_copied_from_the_report_gives_way_to_the_report`)."""
    text = ("证券分析师庞文亮投资咨询资格编号：S1060518110002邮箱：PANGWENLIANG732@PINGAN"
            ".COM.CN证券研究报告废电拆解空间广阔，行业洗牌持续推进2020年3月30日请务必阅读正文后免责条款环保评级"
            "：强于大市（维持）要点总结“四机一脑”拆解需求稳健增长，新九类带来增量市场空间。废弃电器电子产品实行管理目录制"
            "度，我们预计已列入目录且有明确补贴标准的“四机一脑”2022年拆解需求空间达38229万台，2020-2022年"
            "复合增速达8.34%。新列入目录的打印机、手机等9类产品2022年拆解需求达150884万台，其中手机占比达87"
            ".25%，是未来重要拆解来源。废电拆解处理行业进入壁垒极高，行业集中度呈上升趋势。废电拆解实施资质许可制度和处"
            "理基金制度，只有进入处理基金补贴企业名单且对已公布补贴标准的废电拆解方可获得补贴。目前共有五批109家企业进入名"
            "单且2015年后无新增企业。龙头中再资环拆解市占率从2016年的11.76%上升至2018年的18.69%，行业"
            "市场份额逐渐向龙头集中。回收价格&大宗走势影响行业盈利，补贴发放快慢关系现金流。龙头中再资环废电收购成本占营业"
            "成本的比例高达80%，新型回收模式的出现有望降低废电回收价格。主要拆解物塑料及铁矿石价格指数呈下降趋势，对行业盈"
            "利产生一定不利影响。拆解基金补贴占拆解企业收入比例在50%左右，拆解基金收支不平衡以及发放缓慢导致行业现金流较差"
            "。未来随着生产者责任延伸制度持续推进助力废电补贴基金制度持续完善，行业现金流有望迎来改善。投资建议：废电拆解行"
            "业进入壁垒极高，行业洗牌持续推进，集中度呈上升趋势，随着生产者责任延伸制度的快速推广，基金补贴制度不断完善，行业"
            "现金流有望好转，龙头企业将持续受益。建议关注具有股东、规模、资金、渠道优势的龙头中再资环以及启迪环境。风险提示"
            "：1）大宗商品价格大幅波动风险；2）废弃电器电子收购价格上涨风险；3）行业补贴政策变动或发放推迟风险；4）行业竞"
            "争加剧风险。废电拆解处理行业进入壁垒极高，行业集中度呈上升趋势“四机一脑”拆解需求稳健增长，新九类带来增量市场空"
            "间投资建议风险提示回收价格&大宗走势影响行业盈利，补贴发放快慢关系现金流1、废弃电器电子产品回收模式多样，个体回"
            "收仍是主要回收渠道我国一直有收旧利废的优良传统。废弃电器电子产品作为有价资源，从上世纪90年代开始，我国逐渐形"
            "成以个体经营者为主的专业回收-再使用-处理的体系，随后以旧换新、互联网+回收等新型回收模式逐渐兴起，回收主体呈多"
            "元化趋势，但目前个体回收仍是主要回收渠道。2009年以来，我国逐步建立了废弃电器电子产品管理目录制度、处理基金"
            "制度和处理企业资质许可等制度，保障行业健康发展。一、“四机一脑”拆解需求稳健增长，新九类带来增量市场空间我国废弃"
            "电器电子产品回收行业发展阶段资料来源：《中国废弃电器电子产品回收处理及综合利用行业白皮书2018》、平安证券研究"
            "所资料来源：平安证券研究所我国废弃电器电子产品处理行业制度保障一、“四机一脑”拆解需求稳健增长，新九类带来增量市"
            "场空间我国废弃电器电子产")
    shown = excerpt(text, title="环保：废电拆解空间广阔，行业洗牌持续推进")
    assert shown.startswith("“四机一脑”拆解需求稳健增长，新九类带来增量市场空间。废弃电器电子产品实行管理目录制度"), shown


def test_two_blank_lines_part_a_heading_from_the_paragraph_after_it() -> None:
    """A page's heading word over its first paragraph, two blank lines between (`钢材` / / / `我国钢铁…`):
    not a word the line broke off the sentence."""
    text = "钢材\n\n\n\n我国钢铁行业与日本钢铁业发展较为相似,在产量达峰后仍有望维持一段较长时间的产业成熟期。"
    assert excerpt(text, 10, 300).startswith("我国钢铁行业")


def test_a_sections_tag_in_brackets_before_the_first_sentence_is_a_label() -> None:
    text = ("# 黑色建材日报 2026-01-19 # 钢材 # 黑色建材组 王小明 从业资格号:F0000001 交易咨询号:Z0000001 # 【行情资讯】 "
            "螺纹钢主力合约下午收盘价为3163元/吨,较上一交易日涨3元/吨。当日注册仓单61680吨,环比增加1510吨。")
    assert excerpt(text, 10, 300).startswith("螺纹钢主力合约下午收盘价")


def test_a_converters_inline_math_shows_the_figure_it_wraps() -> None:
    """Markdown converted from a PDF writes figures as inline math (`上涨 $(0.094\\%)$ 。`, `超 $50\\%$`,
    `$+\\mathrm{FSD}$`): the excerpt shows the figure; a `$` of a price in a text with no commands stays."""
    text = (r"螺纹钢主力合约收盘价为3163元/吨,较上一交易日涨3元/吨 $(0.094\%)$ 。运输环节用工占比接近 $50\%$ ,"
            r"属于核心降本增效环节。特斯拉有望实现Robotaxi无安全员运营 $+\mathrm{FSD}$ 无监督版落地。")
    shown = excerpt(text)
    assert "涨3元/吨(0.094%)。" in shown and "接近50%," in shown and "$" not in shown and "\\" not in shown, shown
    assert layout._unwrap_math("raised its target to $88 from $80") == "raised its target to $88 from $80"


def test_a_section_label_joined_to_a_second_part_goes_whole() -> None:
    """`主要逻辑与结论 2018 年以来,…`: the label is `主要逻辑与结论`, not `主要逻辑` before the words `与结论`."""
    text = ("证券研究报告 深度报告 银行 专题报告 超配 (维持评级) 2018 年 08 月 03 日 行业专题 主要逻辑与结论 2018 年以来,企业债务违约"
            "开始多发,金融机构的信用投放行为开始出现收缩的苗头。为此,货币当局及时启动逆周期政策。")
    assert excerpt(text, 10, 300).startswith("2018年以来,企业债务违约开始多发")


def test_a_line_opening_with_a_particle_carries_on_the_line_before() -> None:
    """A dump that broke a sentence into lines of every width (`…管理成本, 这与间接融资为主 的金融市场 和廉价的
    劳动力相关。`): a line opening with `的` or `和` carries on the one before, which the excerpt keeps whole."""
    text = ("行业投资策略 从成本角度看银行让利空间 让利实体不能过分损害银行的盈利能力 我国银行业利润增长主要来自于规模的扩张和较低的"
            "管理成本, 这与间接融资为主 的金融市场 和廉价的劳动力相关。 同时,我国银行利润主要用来补充核心一级资本。")
    assert excerpt(text, 10, 300).startswith("我国银行业利润增长主要来自于规模的扩张")


def test_a_title_written_with_the_other_widths_punctuation_is_cut_whole() -> None:
    """A listing page repeats the report's title with half-width marks (`…展望:资金面…,国债…`) where the
    title has full-width ones: still the title, cut whole, with its field labels (`上传日期:`, `大小:`)
    whose values stood on lines of their own."""
    title = "某某评级-7月利率债运行分析与展望：资金面整体平稳，长端收益率或窄幅震荡-230815"
    text = ("> 某某评级-7月利率债运行分析与展望:资金面整体平稳,长端收益率或窄幅震荡-230815\n上传日期: |\n2023/8/15 |\n"
            "大小: |\n980KB |\n格式: |\npdf 共9页 |\n作者: |\n张三,李四 |\n|\n展望:货币政策保持稳健 货币政策稳健偏松,"
            "三季度降息概率有所上升,结构性工具规模或继续扩大。经济修复仍需政策呵护,长端收益率大幅上行的动力不足。")
    assert excerpt(text, 10, 300, title=title).startswith("货币政策稳健偏松,三季度降息概率有所上升")


def test_a_titles_last_part_glued_after_a_sentence_end_is_a_heading() -> None:
    """A cover's heading (the title's last part) glued to the first sentence after the notice's full stop
    (`…尾页。收购医美项目以强化增长服务业态奥园健康公告…`): the sentence opens with the company."""
    title = "某某健康（01234）：收购连锁诊所以强化增值服务业态"
    text = ("本报告版权属于某某国际证券(香港)有限公司。各项声明请参见报告尾页。收购连锁诊所以强化增值服务业态某某健康公告以3.2亿元"
            "为上限收购一家连锁诊所集团的51%股权。我们预计该集团明年将贡献约3000万元权益净利,收购价格合理。")
    assert excerpt(text, 10, 300, title=title).startswith("某某健康公告以3.2亿元为上限收购")
    # (a heading that runs on past the title's words is the sentence's own start: left whole)
    title = "某某股份（000123）点评报告：与某某集团成立合资公司，全面发展新能源汽车座椅"
    text = ("公司发布公告与某某集团共同成立子公司。与某某集团成立合资公司，全面发展新能源汽车座椅业务此次成立合资公司,"
            "标志公司由轨交座椅供应商延伸至新能源汽车座椅市场。")
    assert "座椅业务此次成立合资公司" in excerpt(text, 60, 300, title=title)


def test_a_report_name_stamped_with_its_date_before_the_text_is_a_label() -> None:
    """`TMT一周谈之电子-20210110` glued before the first words (a cover's report name and its date
    stamp): a label, not where the excerpt starts."""
    text = ("免责声明和披露以及分析师声明是报告的一部分，请务必一起阅读。证券研究报告行业研究/专题研究2021年01月10日电子增持（维持）"
            "资料来源：Wind消费电子情绪回暖TMT一周谈之电子-20210110手机需求复苏带动消费电子情绪回暖，过去一周，上证综指上涨2.79%，"
            "电子行业上涨5.10%。我们认为消费电子产业链情绪正逐步恢复。")
    assert excerpt(text, 10, 300, title="TMT一周谈之电子：面板景气延续").startswith("手机需求复苏带动消费电子情绪回暖")


def test_a_firms_abbreviation_is_no_sentence_end() -> None:
    """`…Securities (HK) Co., Ltd. Hong Kong Equity Research…` and `SFC CE No. AVH…`: a cover's firm name and
    licence number, not a sentence that ends at `Ltd.` or `No.`; and `to >60% in 2H18` says "more than",
    no Markdown quote."""
    text = ("Tuesday, March 5, 2019 Company Report Acme Securities (HK) Co., Ltd. Hong Kong Equity Research "
            "Widget Holdings (1234 HK) Steady growth ahead Widget’s 2H18 results beat market expectation with core "
            "profit +25% YoY, and we expect contracted sales growth to accelerate to >40% in 1H19. "
            "Current valuation of 30% disc to NAV remains attractive.")
    shown = excerpt(text, 10, 300, title="Widget Holdings (1234 HK): Steady growth ahead")
    assert shown.startswith("Widget’s 2H18 results beat market expectation"), shown
    assert "to >40% in 1H19." in shown, shown


def test_a_latin_line_well_short_of_the_width_before_a_capital_is_a_heading() -> None:
    """A cover's point heading on a line of its own (`Maintain stable GPM and target 10-20% annual growth`),
    ending in no mark, before the paragraph's first line: not that paragraph's start."""
    text = ("We cut FY14-15E earnings by 5-6% but upgraded FY16E by 10%.\n"
            "Maintain stable margins and target 10-20% annual growth\n"
            "Though competition was keen and the company had to lower some project selling\n"
            "prices last year, management was confident that the margin pressure was not\n"
            "significant given its cautious land purchases in the past two years.\n")
    shown = excerpt(text, 80, 300)
    assert "Though competition was keen" in shown and "annual growth Though" not in shown, shown


def test_a_heading_on_its_line_before_a_paragraph_that_opens_with_its_time_is_no_part_of_it() -> None:
    """`成长股投资机会或已到来` over `5月下旬以来,大盘…`: the line's end left as a space between a run of CJK and a
    date that opens a sentence; the excerpt starts at the date."""
    text = ("策略 若成长反弹,选什么方向和标的 成长股投资机会或已到来 5月下旬以来,大盘阶段性震荡整固,以银行、公用事业为代表的"
            "部分核心红利资产稳健走强,而科创成长方向表现较为一般。但近期市场风格开始发生变化。")
    assert excerpt(text, 10, 300).startswith("5月下旬以来,大盘阶段性震荡整固")
    # (a text that spaces its numbers spaces such a date too: `营收 32 亿元`, `2023 年以来`)
    spaced = "公司业绩稳步增长 2023 年以来营收 32 亿元,同比增加 35%,毛利率持续提升,经营现金流改善明显。"
    assert excerpt(spaced, 10, 300).startswith("公司业绩稳步增长")


def test_an_excerpt_stops_before_a_sentence_a_charts_axis_ran_into() -> None:
    """A weekly's summary set beside its chart, the axis's percentages read into the second paragraph
    (`50%投资要点: 40%30%? 新能源汽车:…全20%10%年完成销量`): the excerpt keeps the sentences before it."""
    text = ("证券研究报告|电气设备 行业核心观点:\n行业相对沪深300指数表现\n"
            "2022.1.10-2022.1.16:本周电新行业涨幅为2.13%,同期沪深300涨幅为-1.98%,跑赢沪深300指数4.11pct。"
            "在申万31个行业板块中位列第2位。\n\n50%投资要点:\n\n40%30%? 新能源汽车:工信部发布数据,据2021年新能源汽车"
            "销售数据,全20%10%年完成销量352.1万辆,同比增长1.6倍,连续 7 年位居全球第0%-10%一。")
    shown = excerpt(text, title="电气设备行业周观点")
    assert shown.endswith("位列第2位。") and "%30%" not in shown and "%10%" not in shown
    # (two figures a sentence parts are no axis: `同比增长12.88%和59.94%`, a range `40%-60%`)
    prose = ("公司发布2021年年报。2021年实现营业收入1145.22亿元,同比增长12.88%;归母净利润68.13亿元,同比增长59.94%。"
             "毛利率为35.24%/净利率为6.14%,预计一季度净利润同比增长40%-60%,盈利能力持续提升,费用率稳中有降。")
    assert excerpt(prose).endswith("费用率稳中有降。")


def test_a_research_teams_credit_glued_before_the_first_sentence_is_left_out() -> None:
    """A repost whose byline line was joined to the text (`中金研究` over `总体来看,…`, `医疗研究团队除颤仪是…`):
    the excerpt opens with the report's words; a house's research as a sentence's subject stays
    (`中金研究利用来年展望的契机,…`)."""
    credit = ("作者:某某 某某 中金研究\n总体来看,我们预计2025年信用债到期量10.49万亿元,相比2024年增长1.76%;进入回售期规模2.48万亿元,"
              "相比2024年下降13.22%。我们认为2025年整体偿付压力可控,信用利差有望维持低位运行。")
    assert excerpt(credit).startswith("总体来看,我们预计2025年")
    team = ("医疗研究团队除颤仪是利用较强的脉冲电流通过心脏来消除心律失常及室颤,使心脏恢复正常窦性心律的一种医疗器械,是手术室必备的"
            "急救设备。2014-2018年,中国除颤仪行业市场规模由5.6亿元人民币增长至10.2亿元人民币,期间年复合增长率为16.2%。")
    assert excerpt(team).startswith("除颤仪是利用")
    subject = ("中金研究利用来年展望的契机,联合宏观经济、市场策略、固定收益、大宗商品等总量团队及各行业研究团队,将各领域2021年展望汇集成册,"
               "共18万字,旨在抛砖引玉、供投资者参考。展望2021年的投资策略,判断经济周期将运行至什么区间依旧是不变的主题。")
    assert excerpt(subject).startswith("中金研究利用来年展望的契机")


def test_a_title_case_heading_after_an_english_covers_furniture_is_left_out() -> None:
    """`…Wong Chi Man, CFA—Head of Research (852) 3698-6317 China Healthcare Sector We visited…`: the cover's
    names and numbers go, and so does the sector's heading in title case run into the first sentence."""
    cover = ("1 Acme Pharmaceutical Group [1234.HK] BUY (unchanged) Close: HK$16.98 (Nov 1, 2018) Target Price: HK$22.35 "
             "(+31.6%) Price Performance Market Cap US$13,490m Sources: Company, Bloomberg Jane Roe—Analyst (852) 3698-6320 "
             "[email protected] John Doe, CFA—Head of Research (852) 3698-6317 [email protected] China Healthcare Sector We "
             "visited Acme's production plant and its central R&D centre recently. We believe the new drug is on track to "
             "deliver >40% revenue growth in Q3 2018. We maintain our BUY rating and earning projections.")
    assert excerpt(cover, title="Acme Pharmaceutical Group [1234.HK]").startswith("We visited Acme's production plant")


def test_a_first_sentence_a_page_break_cut_in_two_is_read_whole() -> None:
    """`…我们认为 7 月全球市场可能仍处` / blank lines / `于震荡局面,维持…。`: the sentence a page break cut is
    rejoined, not read from its second half; a heading of two clauses over a sentence stays apart."""
    text = ("证券研究报告 2023.07.\n\n04\n晨会焦点\n\n【今日焦点】\n海外市场:海外策略\n中美均面临关键窗口期 海外资产配置月报(2023-7)\n\n"
            "综合判断,面对美国 7 月核心通胀低基数的噪音和中国关键政策窗口的验证期,我们认为 7 月全球市场可能仍处\n\n\n"
            "于震荡局面,维持当前配置按兵不动“以不变应万变”或是最优选。只不过,美国越过 7 月后核心通胀更快的回落\n"
            "阶段可以使美股/美债如果出现回调可以再介入。\n")
    assert excerpt(text).startswith("综合判断,面对美国7月核心通胀低基数的噪音")
    heading = ("东吴证券晨会纪要 宏观策略\n\n美国二次疫情风险增加,全面重启面临阻力,但重回封锁可能性很低\n\n"
               "全美新冠病毒日新增感染人数持续上升,但住院率与日新增死亡人数均平稳下降。同时,确诊病例呈现年轻化趋势,"
               "疫情的再爆发主要是由于检测人数增加和检测强度增强。")
    assert excerpt(heading).startswith("全美新冠病毒日新增感染人数持续上升")


def test_a_bracketed_tag_over_its_sections_short_heading_is_not_the_lede() -> None:
    """`▶【策略深度对话行业】源起与目标。股价波动是…`: a summary's point opens with its tag and a heading of a few
    words and a full stop; the excerpt opens with the point's first sentence."""
    text = ("【某某策略|深聊行业】策略对话新能源:投资时代脉搏\n作者:某甲/某乙\n摘要\n"
            "▶【策略深度对话行业】源起与目标。股价波动是“心中之花”,投资需守正出奇,“正”是对于基本面的研究和理解,“奇”是市场博弈。"
            "正奇之间,既要看懂业绩,又要看懂预期,难度之大不可想象。策略对话行业,意在以投资人视角加深对各行业的理解。\n"
            "▶光伏、风电均处于景气周期起点,经济性提升加速潜在需求释放。")
    assert excerpt(text, title="策略对话新能源:投资时代脉搏").startswith("股价波动是“心中之花”")


def test_a_charts_source_naming_a_firms_research_unit_goes_whole() -> None:
    """`资料来源:Wind,某某证券研究所 上周,…`: the chart's source credit runs to the firm's research unit, which
    would else open the first sentence (`研究所上周,…`)."""
    text = ("中观景气跟踪(第28期)某某证券宏观固收研究小组 图2:上周,工业、农业和贵金属均上行资料来源:Wind,某某证券研究所4"
            "资料来源:Wind,某某证券研究所 上周,南华综合指数上涨1.0%,2018年以来,工业、农业和贵金属,价格分别上涨0.9%、1.5%和"
            "0.7%。工业中,金属和能化商品价格分别上涨0.4%和1.3%。")
    assert excerpt(text, title="中观景气跟踪(第28期):猪价止跌回升").startswith("上周,南华综合指数上涨1.0%")


def test_an_english_paragraph_after_a_bilingual_covers_chinese_lines_is_the_lede() -> None:
    """A bilingual cover spaces its Chinese out (`国 泰 君 安 研 究`) and runs it into the English paragraph
    with no space once the glyphs are joined: the lede is the paragraph's first sentence, not its second."""
    text = ("Sunny Kwok 郭 日 升 公 司 报 告 : 某 某 啤 酒 (00168 HK) Tough Quarters Ahead, Downgrade to Reduce "
            "未 来 数 季 情 况 更 严 峻, 下 调 至 减 持 GTJA Research 国 泰 君 安 研 究 Beer industry production volume in "
            "China decreased by 6.3% during Jan.-Apr. 16 (Apr. 16: down 8.6% YoY), while major players also reported "
            "2.3% YoY decline in beer sales volume in 1Q16. The company's sales volume and revenue in 1Q16 decreased by "
            "5.3% and 4.4% YoY, respectively, which underperformed against major peers.")
    assert excerpt(text, title="Company Report: Tough Quarters Ahead").startswith(
        "Beer industry production volume in China decreased by 6.3%")


def test_a_short_summary_heading_written_twice_opens_the_summary() -> None:
    """A bold `摘要` extracted twice and glued to the first point (`摘要摘要业绩分化加剧…`) is the summary's
    heading, as `投资要点投资要点` is: the excerpt is the summary's, not the cover's title before it; a shorter
    heading word doubled inside a doubled title (`要點要點`) is none."""
    text = ("证券研究报告 行业报告 银行 强于大市 维持 2022年09月07日 分析师 某甲 SAC执业证书编号:S01 "
            "逆风破局!业绩是怎么炼成的?逆风破局!业绩是怎么炼成的?行业深度研究2请务必阅读正文之后的信息披露和免责申明"
            "摘要摘要业绩分化加剧业绩分化加剧,部分中小行延续部分中小行延续20%+业绩增速业绩增速。上半年全部42家上市银行"
            "归母净利润同比增速达7.54%,较一季度回落1.09pct,仍处于近两年来较高水平。")
    assert excerpt(text, title="银行业:逆风破局!业绩是怎么炼成的?").startswith("业绩分化加剧,部分中小行延续20%+业绩增速。")
    # (not a title's word that a bold cover doubles run by run, `研究研究要點要點與技巧與技巧`, before the real heading)
    title = ("請閱讀最后一頁免責聲明及信息披露 Table_Title 金融數據金融數據的的研究研究要點要點與技巧與技巧 Table_ReportDate 2022 年 10 月 20 日 "
             "摘要摘要:所謂“兵馬未動、糧草先行”,金融數據能夠刻畫經濟的整體狀態,也是央行非常關注的指標,對于經濟運行存在領先性。"
             "同時,其對資本市場的表現有一定的指示作用。")
    assert excerpt(title, title="金融數據的研究要點與技巧").startswith("所謂“兵馬未動、糧草先行”")


def test_a_preview_pages_chunk_number_after_a_blank_line_inside_a_sentence_is_no_break() -> None:
    """A document preview numbers its chunks after a blank line, wherever the cut fell (`增速达` / / `2、7.54%`):
    the sentence runs on across the cut; a cut between a licence's cut number and a sentence stays a break."""
    text = ("1、证券研究报告 行业深度研究 请务必阅读正文之后的信息披露和免责申明 "
            "摘要 上半年全部42家上市银行归母净利润同比增速达\n\n2、7.54%,较一季度回落1.09pct,仍处于近两年来较高水平。"
            "部分区域中小银行业绩同比增速维持在20%以上,大幅领先于同业。\n\n3、业绩归因来看,生息资产扩张依旧是拉动业绩增长的"
            "最大贡献项。")
    assert excerpt(text, title="银行业深度").startswith("上半年全部42家上市银行归母净利润同比增速达7.54%,较一季度回落")
    licence = ("1、证券研究报告 核心观点 某甲 非银行金融分析师 S02\n\n2、随着资本市场改革和证券行业业务创新,头部及中型券商"
               "盈利能力有所提升。某某证券传统经纪业务基础扎实,网点、客户、队伍、平台体系完善。")
    assert excerpt(licence, title="某某证券投资价值分析报告").startswith("随着资本市场改革和证券行业业务创新")


def test_a_titles_question_written_twice_on_the_cover_is_no_sentence() -> None:
    """A cover's title that asks (`逆风破局!业绩是怎么炼成的?`, under `银行业:逆风破局!业绩是怎么炼成的?-220907`), set
    in bold and so extracted twice, ends with its own question mark: it is cut whole, copy and all, and the
    excerpt opens with the report's first sentence, not the title's second half."""
    text = ("证券研究报告 行业报告 银行 强于大市 维持 2022年09月07日 分析师 某甲 SAC执业证书编号:S04"
            "逆风破局!砥砺前行的业绩是怎么炼成的?逆风破局!砥砺前行的业绩是怎么炼成的?行业深度研究 "
            "上半年全部42家上市银行归母净利润同比增速达7.54%,较一季度回落1.09pct,仍处于近两年来较高水平。"
            "部分区域中小银行业绩同比增速维持在20%以上,大幅领先于同业。")
    assert excerpt(text, title="银行业:逆风破局!砥砺前行的业绩是怎么炼成的?-220907").startswith("上半年全部42家上市银行")


def test_a_headings_last_figure_glued_to_a_year_ends_the_heading() -> None:
    """`…平板玻璃产量同比增长6.0%2019年1-4月我国水泥行业产量…`: a percentage and a year with nothing between them
    are a heading's last figure and the first words of the sentence under it."""
    text = ("证券研究报告 2019年5月16日 非金属类建材 行业动态 2019年年1-4月月水泥产量同比增长水泥产量同比增长 7.3%,"
            "平板玻璃产量同比,平板玻璃产量同比增长增长 6.0%2019 年 1-4 月我国水泥行业产量 6.1 亿吨,同比增长 7.3%,"
            "单 4 月水泥行业产量 2.1 亿吨,同比增长 3.4%。房地产竣工面积仍为负增长使得玻璃需求表现较差。")
    assert excerpt(text, title="非金属建材行业2019年1-4月需求数据点评").startswith("2019年1-4月我国水泥行业产量6.1亿吨")


def test_a_reproduction_notice_that_names_its_publisher_is_no_lede() -> None:
    """`未经某某商会书面许可，任何人或单位不可复制…`: a cover's reproduction notice with the publisher's name between its
    words is boilerplate like `未经许可`; a survey whose cover holds only that notice and its contents has no lede,
    and one whose summary follows opens there."""
    cover = ("某某商会 2021 某某商会版权所有。未经某某商会书面许可,任何人或单位不可复制印刷本调查的部分或全部。 "
             "某某商会 目 录 概要 1 一、黑暗中前行 3 1.1 疫情带来了严峻的挑战 . 3 1.2 收入受到影响,但好于预期 . 4 "
             "1.3 营收下降,但利润稳定 . 7 二、投资者增加对华投资 11 2.1 企业更致力于深耕市场 . 11")
    assert excerpt(cover, title="商业信心调查2021") == ""
    summary = ("未經本公司事先書面同意,任何機構和個人不得以任何形式翻版、複製或發表本報告。\n摘要\n"
               "今年受访企业的收入受到影响,但总体好于预期,六成企业表示利润保持稳定。多数企业对未来两年的增长前景感到乐观,"
               "并计划维持或扩大在华投资。")
    assert excerpt(summary).startswith("今年受访企业的收入受到影响")


def test_a_points_label_before_the_year_that_opens_it_is_no_part_of_the_lede() -> None:
    """`核心观点\\n1、2022年M2同比抬升…`: a point's label before a year (four digits and 年) is a label, as before
    words; before other figures it may be a list of months (`1、2月社零增速…`: January and February) and stays."""
    points = ("文:某某证券首席宏观分析师 某某\n核心观点\n1、2022年M2同比抬升主要由于商业银行“向虚”资金走扩,当下M2同比回落是因为"
              "商业银行“向实”和“向虚”资金均有减少。\n2、当下社融与M2剪刀差走扩不会带来债券市场的走熊,只要向实资金同比没有抬升,"
              "债市就没有大风险。\n3、M2同比起落与经济判断无必然联系。\n")
    assert excerpt(points).startswith("2022年M2同比抬升主要由于")
    months = ("核心观点\n1、2月社零增速回落至3.5%,低于市场预期,主要受春节错位和消费补贴退坡影响,汽车和家电消费拖累明显。"
              "服务消费保持韧性,餐饮收入增速回升至6.1%,出行链相关消费延续修复,我们预计3月起社零增速将逐步企稳回升。")
    assert excerpt(months).startswith("1、2月社零增速回落")


def test_the_rest_of_an_e_mail_distribution_notice_is_no_lede() -> None:
    """`本研究报告仅通过邮件提供给 某某基金 某某基金管理有限公司(resubsabc) 使用。`: the client's name written twice
    parts the notice, and its rest (the account's name in brackets before 使用) is no sentence of the report."""
    text = ("本研究报告仅通过邮件提供给 某某基金 某某基金管理有限公司(resubsabc) 使用。1行业及产业 行业研究/行业深度 证券研究报告 "
            "农林牧渔  2018 年 07 月 09 日  看好   证券分析师  某某某  A0230511040007 "
            "养殖行业景气度有望在下半年持续回升,龙头公司成本优势明显,我们维持行业看好评级。"
            "饲料行业需求稳定,水产饲料景气度较高,建议关注龙头企业的份额提升。")
    assert excerpt(text, title="2018年下半年农林牧渔行业投资策略").startswith("养殖行业景气度有望在下半年持续回升")


def test_an_english_sentence_a_covers_notice_and_address_ran_into_is_the_lede() -> None:
    """`…Jane Roe SFC CE No. ABC Acme Securities (Hong Kong) Limited 10/F, 1 Queen's Road Central Hong Kong
    Sector view Positive The healthcare industry has seen…`: no stop parts the cover from the first sentence,
    so the run is boilerplate as a whole; the sentence opens at its capitalised first word. A notice's own
    sentence after its label (`Disclaimer: This paper is…`) is no lede."""
    cover = ("1 Equity Research Healthcare 2018 Healthcare Sector Outlook Favorable structural changes to drive earnings "
             "growth in 2018 Jane Roe SFC CE No. ABC Acme Securities (Hong Kong) Brokerage Limited 10/F, 1 Queen's Road "
             "Central Hong Kong Sector view Positive The healthcare industry has seen sustained market growth, despite "
             "increased policy headwinds. Differentiation among players in each subsector is becoming increasingly "
             "significant. Prefer big pharma over healthcare service providers.")
    assert excerpt(cover, title="2018 Healthcare Sector Outlook").startswith("The healthcare industry has seen")
    notice = ("Staff Research Report Disclaimer: This paper is the product of professional research performed by staff "
              "of the Commission, and was prepared at the request of the Commission. The public release of this document "
              "does not necessarily imply an endorsement by the Commission of the views or conclusions expressed.")
    assert not excerpt(notice).startswith("This paper is the product")


def test_a_figure_set_apart_before_a_headings_words_is_a_lost_label_not_a_count() -> None:
    """`1 消 费 建 材:选股应该更加苛刻。`: a page's number (or a label that lost its mark) before the first point's
    words goes; a count spaced from its measure word (`3 月`, `5 大举措`) is the sentence's own."""
    text = ("1 消 费 建 材:选股应该更加苛刻。上市公司在2023 年逐季的业绩兑现中,已经证明其各自作为行业龙头的韧性,"
            "只有更强的业务转型逻辑才能支撑进一步的经营改善持续性。")
    assert excerpt(text, title="建材行业2024年年度策略报告:寻找沙漠之花").startswith("消费建材:选股应该更加苛刻。")
    count = "5 大举措落地,公司经营持续改善。上市公司在2023 年逐季的业绩兑现中,已经证明其作为行业龙头的韧性。"
    assert excerpt(count, title="公司点评").startswith("5大举措落地")


def test_a_short_line_over_a_paragraph_written_as_one_line_is_its_heading() -> None:
    """A web page sets each paragraph on one line, its heading on the line before (`2025,权益与转债市场行情复盘` /
    `2025年转债整体跟随权益走出牛市行情。截至…`): the heading, many times narrower, is not a wrapped line of it."""
    text = ("2026,乘风而起,转债新篇\n\n联系人:某甲、某乙\n\n摘 要\n\n2025,权益与转债市场行情复盘\n\n"
            "2025年转债整体跟随权益走出牛市行情。截至11月14日,2025年内万得全A上涨26.58%,科创及创业板涨幅超40%,"
            "主板股涨幅偏弱,小微盘股跑赢沪深300等。有色金属行业指数上涨77.7%,明显跑赢市场。\n\n")
    assert excerpt(text, title="2026,乘风而起,转债新篇").startswith("2025年转债整体跟随权益走出牛市行情。")


def test_a_covers_rating_line_glued_before_the_first_sentence_is_left_out() -> None:
    """`核心观点:非银行金融行业推荐维持评级历史复盘来看,…`: the cover's rating line run into the summary's first
    sentence goes; a sentence about a rating (`推荐关注龙头公司,…`) stays whole."""
    text = ("请务必阅读正文最后的免责声明。行业深度报告●非银行金融行业2019年11月26日减税和投收助力险企业绩释放负债端承压"
            "核心观点:非银行金融行业推荐维持评级历史复盘来看,保险板块表现显著依赖利差驱动。依据申万保险指数2007年至2018年"
            "的表现和相关指标测算,保险板块表现与长债收益率、权益市场表现高度相关。")
    assert excerpt(text, title="非银行金融行业深度报告:减税和投收助力险企业绩释放").startswith("历史复盘来看,保险板块表现")
    about = ("核心观点:推荐关注龙头公司,行业景气向上,估值处于历史低位。我们认为板块配置价值凸显,建议积极布局,"
             "重点关注具备成本优势的企业。")
    assert excerpt(about, title="行业周报").startswith("推荐关注龙头公司")


def test_an_english_notes_ticker_heading_and_the_market_table_before_it_are_left_out() -> None:
    """A Hong Kong house's daily runs its market table and a note's heading into the note's first sentence
    (`…RMB/USD 6.5 (0.1) RESEARCH NOTES WASION GROUP [3393.HK; HK$4.40; BUY] - Wasion Group (Wasion) reported…`):
    the excerpt opens at the sentence after the ticker's block and its dash."""
    text = ("Yum Cha 飲 茶 March 21, 2016 Source: Bloomberg INDICES Closing DoD% Hang Seng Index 20,671.6 0.8 HSCEI "
            "8,883.0 1,2 Gold 1,255.3 (0.2) HIBOR, 3-M 0.6 (0.1) RMB/USD 6.5 (0.1) RESEARCH NOTES ACME GROUP [1234.HK; "
            "HK$4.40; BUY] - Acme Group (Acme) reported 2015 results in line with our expectation but better than "
            "feared. The Company's balance sheet was strengthened with an operating cash inflow of over RMB700m in "
            "2015. We maintain the view that Acme will resume top and bottom line growth in 2016.")
    assert excerpt(text, title="Yum Cha 飲茶 March 21, 2016").startswith("Acme Group (Acme) reported 2015 results")


def test_a_letter_spaced_summary_heading_after_a_contents_page_opens_the_summary() -> None:
    """A survey's contents page lists `摘要 1一、研究背景 3…` and `研究结论与相关建议 73(一)…` (entries, not headings);
    its summary follows under `摘 要`, set letter-spaced and glued to the first sentence's year."""
    text = ("2021年版目 录摘要 1一、研究背景 3(一)研究目的 3(二)研究方法 4二、受访企业对外投资现状分析 6 (一)对外投资基本情况 6"
            "七、研究结论与相关建议 73(一)企业对外投资呈现十点特征 73附录 3:联系方式 90- 1 -摘 要2021 年 , 在全球跨境直接投资"
            "强势反弹和加快构建新发展格局背景下,近八成受访企业维持和扩大对外投资意向。本次调查覆盖国内20多个省份。")
    assert excerpt(text, title="企业对外投资现状及意向调查报告(2021年版)").startswith("2021年,在全球跨境直接投资强势反弹")


def test_a_letter_spaced_summary_heading_glued_to_its_first_sentence_opens_the_summary() -> None:
    """A document site's one-line text of a futures note runs the cover's title, `摘 要` (set letter-spaced) and
    the summary's first sentence together (`…价格难言乐观摘 要三季度,受…`): the summary opens after the heading, not at
    its second glyph."""
    text = ("南华期货研究所投资咨询业务资格:证监许可【2011】1290 号刘顺昌投资咨询证号:Z0016872南华期货研究 NFR2022 四季度展望"
            "LPG旺季预期,价格难言乐观摘 要三季度,受国际油价震荡下行、美国丙烷累库幅度持续超预期、PDH 装置继续维持低开工率和"
            "低利润等一系列因素影响,FEI 由高点 960 美元/吨持续回落至 600 美元/吨附近,LPG 内外联动明显,受益于人民币大幅贬值,"
            "LPG 期货走势强于外盘。展望四季度,燃料需求进入传统旺季,燃料需求是支撑 LPG 价格的主要因素。")
    assert excerpt(text, title="2022LPG四季度展望:旺季预期价格难言乐观").startswith("三季度,受国际油价震荡下行")


def test_an_english_covers_key_takeaway_heading_opens_the_summary() -> None:
    """`…Reuters: 0119.HK Key Takeaway De-leverage of … should take place gradually…`: `Key Takeaway` heads the
    summary, and the excerpt opens after it, not at the cover's price line."""
    text = ("Acme Property(119 COMPANY NOTE China | Property 4 June 2015 EQUITY RESEARCH (119 HK) HOLD Price target "
            "HK$4.10 Emerging Signs of Recovery, Hold (from HK$3.40) Price HK$4.21 Bloomberg: 119 HK Reuters: 0119.HK "
            "Key Takeaway De-leverage of Acme HK should take place gradually with prudent land acquisitions this year. "
            "We believe the company now is on track for recovery but growth visibility remains low.")
    assert excerpt(text, title="Acme Property (119 HK): Emerging Signs of Recovery, Hold").startswith(
        "De-leverage of Acme HK should take place gradually")


def test_an_english_sentence_with_figures_before_its_first_clause_starts_at_its_start() -> None:
    """`On March 27 2025, BOC Research Institute released the … Outlook for 2025Q2 (hereinafter referred to…`: the
    sentence's own words in lower case (`released the`) say no cover stands before its figures; and a title a verb
    names as its object (`…launched the Digital Silk Road (DSR), a programme…`) is the sentence's, not a cover's."""
    text = ("On March 27 2025, BOC Research Institute released the Economic and Financial Outlook for 2025Q2 "
            "(hereinafter referred to as the “Report”) in Beijing. The Report reviews the economic and financial "
            "operations both globally and in China in 2025Q1.")
    assert excerpt(text, title="Economic and Financial Outlook for 2025Q2").startswith("On March 27 2025, BOC Research")
    named = ("In 2015, the government launched the Digital Silk Road (DSR), a programme designed to finance and build "
             "digital infrastructure around the world. Its objectives have grown clearer since then.")
    assert excerpt(named, title="Digital Silk Road").startswith("In 2015, the government launched the Digital Silk Road (DSR)")


def test_a_summarys_numbered_headings_open_its_points() -> None:
    """`核心观点 核心观点一:创新药行业面“出清”加速进行,… 核心观点二:…`: the summary's heading is `核心观点`; the
    numbered ones head its points, and the excerpt opens with the first point's words, not with `一:`."""
    text = ("证券研究报告 医药行业深度研究 本报告由某某证券股份有限公司提供。同时请参阅最后一页的重要声明。核心观点 "
            "核心观点一:创新药行业面“出清”加速进行,2022年迎来诸多突破,技术进步推动生物技术创新持续进行。"
            "核心观点二:仿制药政策经历多轮探索,已趋于稳定。")
    assert excerpt(text, title="医药行业深度研究:行业回暖,估值提升").startswith("创新药行业面“出清”加速进行")


def test_markdown_headings_of_a_converted_pdf_are_breaks_not_words_of_the_lede() -> None:
    """A PDF converted to Markdown with its line ends lost (`# 农林牧渔 # 周观点:… # 报告摘要 # 本期行情 (1.10-1.17) …`):
    each `#` mark opens a heading or a paragraph, so none stands in the lede; a lone `#` (`# of shares`) stays."""
    text = ("> **来源:[研报客](https://example.com)** # 农林牧渔 # 周观点:养殖利润回至盈利,产能去化趋势或不改 # 报告摘要 "
            "# $\\spadesuit$ 本期行情 (1.10-1.17) 申万农林牧渔行业(-3.27%),申万行业排名(29/31); 上证指数(-0.45%),沪深300(-0.57%); "
            "资料来源:iFinD,某某证券研究所整理 # $\\spadesuit$ 本周核心观点 【核心观点】近期,受春节前旺季行情推动,养殖利润回至盈利。"
            "未来行业生猪供给水平或仍较高,猪价将面临一定压力,产能去化趋势或不改。关注产能去化趋势中的板块机会。")
    shown = excerpt(text, title="农林牧渔周观点:养殖利润回至盈利,产能去化趋势或不改")
    assert "#" not in shown and shown.startswith("本期行情")
    assert layout.without_furniture("Holders of record: # of shares 1,200 at the close.").count("#") == 1


def test_a_footnote_or_risk_warning_in_traditional_script_is_no_lede() -> None:
    """The units that cannot open a lede (`注:`, `风险提示`) are matched in simplified script, so a traditional-script
    page's legend (`註︰表示與上月…`, with the vertical colon a converter sets) is passed over like a simplified one."""
    text = ("台灣地區經濟最新動態\n100.70\n景氣領先指標(3 月)\n\n註︰ 表示與上月(或上季)同一數據比較起來,是上升增加或下降減少或持平。\n\n"
            "綜合分析報告( 2021 年 1 月)\n\n本報告截稿日期為 2021 年 1 月 29 日。基本上,我們參酌過去 1 個多月來各項國際重要經濟指標"
            "以及主要國家經濟情勢的新進展,凝聚而整理出這份綜合報告。\n\n一、國際經濟情勢與展望\n\nIMF 上修 2021 年全球經濟成長率預測,"
            "從 10 月的預估值 5.2% 上調至 5.5%,反應疫苗有望推動經濟復甦的預期以及主要經濟體追加政策支持的影響。")
    shown = excerpt(text, title="綜合分析報告(2021 年 1 月)")
    assert not shown.startswith("註") and "表示與上月" not in shown


_FIGURE_SHOWN = re.compile(r"\d+(?:\.\d+)?%?")


def _figures_not_in(shown: str, text: str) -> list[str]:
    """The figures of an excerpt that its text never states (`_excerpt_problems` compares no figures): a repair
    that changed a digit made one (`11.2%` shown as `1.2%`)."""
    return [figure for figure in _FIGURE_SHOWN.findall(shown)
            if not re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", text)]


def test_a_slide_decks_runs_written_twice_between_single_figures_keep_the_figures() -> None:
    """A slide deck's text writes each run between two figures twice and each figure once (`今年前今年前5个月…`,
    `前5月同比增月同比增11.2%`): the runs are read once and the figures as written; `11` after a run written
    twice is no bold pair (`農業板塊農業板塊跑跑輸輸大盤` is). Its bold contents entry, written twice before the page
    number (`5.风险提示风险提示 2`), is no risk warning running on into the slide's first sentence, nor is the
    download stamp every page bears (`…/2 0 1 9 0 7 0 2 1 4:5 6`) its start. (Round 69's dev item, 海通 钢铁.)"""
    text = ("证券研究报告证券研究报告(中性,维持)(中性,维持)供大于求,限产对冲供大于求,限产对冲 4.行业中性评级行业中性评级 "
            "5.风险提示风险提示 2 请务必阅读正文之后的信息披露和法律声明请务必阅读正文之后的信息披露和法律声明 2 1 3 8 0 2 3 "
            "0/3 6 1 3 9/2 0 1 9 0 7 0 2 1 4:5 6今年前今年前5个月粗钢供需均同比增约个月粗钢供需均同比增约10%,建材以螺纹为"
            "代表同比增,建材以螺纹为代表同比增17%。地。地产投资很好,前产投资很好,前5月同比增月同比增11.2%。过去近。过去近"
            "20年螺纹钢消费与地产施工面积年螺纹钢消费与地产施工面积的弹性约的弹性约0.8,但今年前,但今年前5月达到近月达到近2.0。"
            "资料来源:Wind,Mysteel,国家统计局,海通证券研究所")
    for shown in (excerpt(text, title="钢铁行业:供大于求,限产对冲"), excerpt(text.replace(" ", ""), title="")):
        assert shown.startswith("今年前5个月粗钢供需均同比增约10%,建材以螺纹为代表同比增17%。"), shown
        assert "前5月同比增11.2%。" in shown and not _figures_not_in(shown, text), shown
    assert repair("農業板塊農業板塊跑跑輸輸大盤。") == "農業板塊跑輸大盤。"


def test_a_bold_heading_with_a_space_written_twice_is_one_sentence_and_a_flattened_chunk_number_goes() -> None:
    """A summary's bold point heading with a space inside, written twice (`8月销售增幅回升 楼市整体销售保持平稳。` twice):
    read once, its space no line break that would open the excerpt on its second half. Flattened, the page's chunk
    number after a space (`…商品住宅销售 2、面积同比…`) goes even where the heading's space was read as a line break
    put back. (Round 69's dev item, a document site's preview of 东莞证券's 房地产 monthly.)"""
    text = ("1、本报告的信息均来自已公开信息,关于信息的准确性与完整性,建议投资者谨慎判断,据此入市,风险自担。请务必阅读末页声明。"
            "房地产房地产行业行业 推荐(维持) 风险评级:中风险 销售回升 行业景气度维持理想 2019 年 9 月 23 日 分析师:何敏仪 "
            "SAC 执业证书编号:S0340513040001 投资要点:投资要点:8月销售增幅回升 楼市整体销售保持平稳。8月销售增幅回升 "
            "楼市整体销售保持平稳。2019年前8月全国商品房及商品住宅销售\n2、面积同比分别下降0.6%和上升0.6%。全国商品房及商品"
            "住宅销售额同比则分别上升6.7%和上升9.9%。8月末累计销售增幅较前几个月回升,达到年内较高水平。")
    for preview in (text, text.replace("\n", " ")):
        shown = excerpt(preview, title="房地产行业9月月报:销售回升 行业景气度维持理想")
        assert shown.startswith("8月销售增幅回升楼市整体销售保持平稳。2019年前8月全国商品房及商品住宅销售面积同比"), shown
        assert shown.count("楼市整体销售保持平稳") == 1


def test_a_bold_heading_and_line_a_dump_wrote_twice_are_read_once() -> None:
    """Bold text a dump extracts twice: the summary's heading with the glyphs glued before it (`本报告导读:本报告导读:`)
    is one heading, and a line run twice at once (`…领域的公司…领域的公司`, longer than a doubled word) is shown once;
    two like glyphs after the copy (`公司22年`: the year 2022) are no staggered repeat and stay."""
    cover = ("2023.03.13 某某公司全面布局,攻坚国产替代 某某行业更新报告 王某(分析师) 证书编号 S0880517010002 "
             "本报告导读:本报告导读:半导体企业在产业链各环节全面布局和发展,设备、大芯片等国产化薄弱领域的公司半导体企业在产业链各环节"
             "全面布局和发展,设备、大芯片等国产化薄弱领域的公司22 年业绩增速整体良好,已具备产业基础,后续整线突破为产业发展重点。"
             "年业绩增速整体良好,已具备产业基础,后续整线突破为产业发展重点。摘要:维持行业“增持”评级。半导体全面布局,"
             "实现自主可控势在必行。代工、设备、设计等各个低国产化率环节,都急需补足短板,实现整体产业化升级。")
    shown = excerpt(cover, title="半导体行业更新报告:半导体公司全面布局攻坚国产替代")
    assert shown.startswith("半导体企业在产业链各环节全面布局和发展")
    assert shown.count("国产化薄弱领域的公司") == 1 and "公司22年业绩" in shown
    assert shown.count("后续整线突破为产业发展重点") == 1


def test_a_points_numeral_label_with_a_colon_or_in_brackets_is_no_part_of_the_lede() -> None:
    """`核心观点一:创新药行业…`, `(一)创新药行业…`: a point's label in Chinese numerals with a colon, or in brackets, is a
    label, as `一、` and `(1)` are."""
    for label in ("一:", "一：", "(一)", "（一）"):
        text = (f"某某证券研究报告 医药行业深度研究 2023年2月22日 核心观点{label}创新药行业面“出清”加速进行,2022年迎来诸多突破,"
                "技术进步推动生物技术创新持续进行。核心观点二:仿制药政策经历多轮探索,已趋于稳定,集采常态化后行业格局重塑,"
                "龙头企业份额提升。核心观点三:医疗器械国产替代持续推进,估值处于历史低位。")
        assert excerpt(text).startswith("创新药行业面“出清”加速进行"), label


def test_a_reports_title_named_in_the_first_english_sentence_stays_in_it() -> None:
    """`On May 5 2024, Acme Research released the Quarterly Credit Outlook for 2024Q3 (hereinafter the “Report”)…`:
    the title the sentence names, before a bracket, is its words, not the cover's title run into it; and the
    sentence opens where its words began (`released the`), not after the figure glued in its title (`2024Q3`)."""
    text = ("On May 5 2024, Acme Research released the Quarterly Credit Outlook for 2024Q3 (hereinafter referred to as "
            "the “Report”) in Shanghai. The Report reviews credit conditions at home and abroad in the second quarter. "
            "It also provides an outlook on the credit markets in the third quarter.")
    assert excerpt(text, title="Quarterly Credit Outlook for 2024Q3").startswith("On May 5 2024, Acme Research released")


def test_a_licence_number_glued_to_the_year_that_opens_the_lede_keeps_its_thirteen_figures() -> None:
    """`…首席分析师S10105191100032023年是贯彻…`: a licence number has thirteen figures; a year glued after them
    (or a telephone number, `S1100518090001010-66495613`) is the next words, so the first sentence stays whole."""
    text = ("步步为营2023年下半年宏观与政策展望|2023.5.29▍某某证券研究部▍核心观点杨某政策研究首席分析师S1010515100001程某宏观经济"
            "首席分析师S10105191100032023年是贯彻落实二十大精神的开局之年,高质量发展是全面建设社会主义现代化国家的首要任务,"
            "中国将久久为功,不惧内外扰动,继续破浪前行。国际方面,美国为首的发达经济体经济增长渐显疲态,通胀压力仍存,加息周期"
            "也进入尾声;但2024年“超级大选年”临近,潜在外部预期扰动逐步增多。")
    assert excerpt(text, title="步步为营:2023年下半年宏观与政策展望").startswith("2023年是贯彻落实二十大精神的开局之年")


def test_a_heading_written_twice_a_glyph_apart_opens_the_summary() -> None:
    """`投投資要點資要點 內生外延快速發展,…`: a bold heading extracted twice, its second copy a glyph late, is the
    summary's heading, not words before the first point (`資要點內生外延…`)."""
    text = ("雅克科技(002409) 證券研究報告 公司研究 化學制品 內生外延齊發力,半導體材料平臺布局向好 買入(首次) "
            "投投資要點資要點 內生外延快速發展,公司業績中樞穩步上移:雅克科技為國內有機磷阻燃劑龍頭企業,依靠科技創新,"
            "內生發展保溫材料業務,成為國內唯一LNG保溫絕熱板材生產制造商。")
    assert excerpt(text, title="雅克科技-內生外延齊發力半導體材料平臺布局向好").startswith("內生外延快速發展,")


def test_a_bylines_list_of_names_is_no_sentence_a_page_break_cut() -> None:
    """`文/某某港股策略研究:刘刚,寇玥,陈南丁,张巍瀚,王汉锋` / a heading / `空间:我们预期…`: the byline's commas part
    names, not clauses, so it is not the first half of a sentence to rejoin with the next."""
    text = ("某甲某乙等 某某点睛 2022-11-19\n\n文/某某港股策略研究:刘刚,寇玥,陈南丁,张巍瀚,王汉锋\n\n2023年展望:转机渐现、待时而动"
            "\n\n\n空间:我们预期港股转机渐现,2023年或存在20~25%的修复空间,基于6~10%的盈利增长和12~18%的估值修复。\n\n\n"
            "节奏:待时而动。情绪和估值部分修复转机逐步显现。\n")
    assert excerpt(text, title="2023年展望 | 港股:骤雨不终日").startswith("空间:我们预期港股转机渐现")


def test_a_reposts_pointer_to_the_full_report_is_left_out() -> None:
    """`Foreword: See the report for details. Since late May, the market…`, `具体内容详见报告原文。`: a pointer to
    the report a page summarises is no sentence of the report's."""
    text = ("[Acme Team of Acme Securities Strategy] The three major indicators\n\nForeword: See the report for details. "
            "Since late May, the market has been volatile. So far, where has this round of adjustment been? How to win "
            "in chaos in turmoil? See the report for details.\n")
    assert excerpt(text, title="[Acme Team] The three major indicators").startswith("Since late May, the market")


def test_a_titles_words_inside_a_clause_and_a_firms_credit_before_a_label_are_handled() -> None:
    """`■某某证券` / `行情回顾:大幅上涨本周市场反弹,申万农林牧渔行业指数上涨3.24%,…` under the title `农林牧渔行业:…`:
    the title's words glued inside a clause a comma opened are the sentence's, not a cover's title; the firm's
    name glued before the section's label is its credit."""
    text = ("[2024-12-02]农林牧渔行业:猪价窄幅震荡,10月产能低增长\n    ■某某证券\n    行情回顾:大幅上涨本周市场反弹,"
            "申万农林牧渔行业指数上涨3.24%,在申万31个 \n一级行业中涨幅排名第11位。其中,水产养殖行业上涨最多;而养殖行业依然"
            "涨幅较小。                               \n")
    assert excerpt(text, title="农林牧渔行业:猪价窄幅震荡,10月产能低增长").startswith(
        "行情回顾:大幅上涨本周市场反弹,申万农林牧渔行业指数上涨3.24%")


def test_a_bold_sentence_written_run_by_run_twice_keeps_its_first_run() -> None:
    """`深度报告 某某设备某某设备行业行业穿越周期,成长穿越周期,成长为核心特征为核心特征。`: a bold first sentence that
    extraction wrote run by run, each run twice, is no doubled heading before a sentence: a short doubled run
    follows the first at once, so the sentence opens with the first run's words."""
    text = ("有关分析师的申明,见本报告最后部分。电子行业 行业研究|深度报告 国内某某设备国内某某设备行业行业穿越周期,成长穿越周期,"
            "成长为核心特征为核心特征。市场担忧行业景气度下行,考虑到国产化率提升为当前设备核心增长逻辑,份额非线性加速提升带来高增长,"
            "我们认为国内设备行业成长属性无虞。本报告从产品覆盖度、技术竞争力、在手订单及业绩等多维度分析对比国内厂商竞争力。")
    assert excerpt(text, title="电子行业深度报告:国内设备厂商对比研究").startswith("国内某某设备行业穿越周期,成长为核心特征。")
    heading = ("2024年7月25日 跨境人民币观察报告跨境人民币观察报告人民币国际化进程不仅关系到中国在国际经济舞台上的影响力,"
               "也是衡量中国金融市场开放程度和金融体系成熟度的重要指标。近年来,人民币跨境使用制度安排不断完善。")
    assert excerpt(heading).startswith("人民币国际化进程不仅关系到")


def test_a_web_pages_body_label_alone_on_its_line_is_no_part_of_the_lede() -> None:
    """`正文` alone on a line over an article's first paragraph is the page's label for its body, not the sentence's
    first word; the word inside a sentence (`请务必阅读正文之后的免责条款`) is left alone."""
    page = ("  正文\n\n  截至2026年2月13日,共12只商业不动产REITs申报材料被交易所受理,从新规落地到首批项目申报仅1个月的时间,"
            "一级扩容进一步加速。\n\n  根据交易所审核指引,商业不动产REITs细分类型包括商业综合体、商业零售、办公和酒店。")
    assert excerpt(page).startswith("截至2026年2月13日,共12只商业不动产REITs申报材料")
    cover = ("证券研究报告 请务必阅读正文之后的免责条款部分\n本周主题:行业政策继续推进。近日,有关部门就相关建议进行了答复,"
             "明确将适时发布修订后的管理办法,行业政策推进节奏有望加快,相关公司有望受益于政策落地。")
    assert "近日,有关部门就相关建议进行了答复" in excerpt(cover)


def test_a_lists_heading_before_its_first_numbered_item_is_no_part_of_the_lede() -> None:
    """`重点推荐: 1. 某某(300454):某某团队认为…`: a short label with a colon, then the first item's number, heads a
    list; the lede is the item. A digest's heading over items that each open with a topic of their own
    (`行业要闻：1）某某局：…`) stays."""
    text = ("某某证券晨报\n\n2020.07.31\n\n某某证券股份有限公司\n\n研究所\n\n重点推荐:\n\n1. 某某科技(300454):计算机团队认为公司是"
            "云计算超融合龙头,软件定义的技术下,产品矩阵不断裂变,适用场景和范围不断拓宽,有望持续受益国产化趋势。预计公司 2020-22 年"
            "EPS 为 2.08\\3.08\\3.98 元,上调目标价至 246.5 元(+14.3%),增持。\n")
    assert excerpt(text).startswith("某某科技(300454):计算机团队认为公司是云计算超融合龙头")
    digest = ("行业要闻：1）某某局：全国药品集中采购拟中选结果公示。某某局附条件批准某某公司新型疫苗注册申请。某某委发布"
              "《医疗器械临床使用管理办法》。上市公司公告：1）某某生物：某某注射液联合化疗用于一线治疗获批；")
    assert excerpt(digest).startswith("行业要闻")


def test_a_titles_book_name_that_a_sentence_gives_a_short_name_stays_in_the_sentence() -> None:
    """`某某中国今日发布《2025年中国银行业调查报告》(以下简称“报告”)。` under the title `某某发布《2025年中国银行业调查报告》`:
    the book title is the sentence's object, which it goes on to give a short name, not the cover's title."""
    text = ("某某中国今日发布《2025年中国银行业调查报告》(以下简称“报告”)。这份银行业年度调查报告迄今已迈入第十九年,见证了中国经济从"
            "高速腾飞向高质量发展的转变,也从某某的企业视角展开了一幅中国银行业在变革时代的生动图景。\n本年度报告仍然沿用以往的结构,"
            "第一部分主要涵盖宏观层面经济金融形势分析。\n")
    assert excerpt(text, title="某某发布《2025年中国银行业调查报告》").startswith(
        "某某中国今日发布《2025年中国银行业调查报告》(以下简称“报告”)。")


def test_an_english_topic_heading_and_dash_after_a_summarys_group_label_are_no_part_of_the_lede() -> None:
    """`Group 1: Chinese Economy - The Chinese economy demonstrated…`: a research platform's summary labels each group
    of points and heads it with its topic in title case and a spaced dash; the sentence opens after the dash."""
    text = ("某某国际每日晨报-20251022\nAcme International· 2025-10-22 01:35\nGroup 1: Chinese Economy - The Chinese economy "
            "demonstrated strong resilience in the first three quarters of 2025, with a GDP growth of 5.2% year-on-year, "
            "maintaining a reasonable operational range [3][4] - Domestic demand continues to contribute steadily to "
            "economic growth [4]\n")
    assert excerpt(text, title="某某国际每日晨报-20251022").startswith("The Chinese economy demonstrated strong resilience")


def test_a_date_in_eight_figures_on_its_own_line_before_an_english_paragraph_is_no_part_of_it() -> None:
    """`20220928` / `Growth strengthened, but only slightly. In August, …`: a think tank's page stamps its outlook with
    the date in eight figures on a line of its own; the paragraph's first sentence opens after it."""
    text = ("Macro Outlook\n\n20220928\n\nGrowth strengthened, but only slightly. In August, industrial output rose 4.2% y/y, "
            "up 0.4 pps, lifting overall January-August growth to 3.6%, up 0.1 pps from January-July.\n")
    assert excerpt(text, title="Macro Outlook").startswith("Growth strengthened, but only slightly.")


def test_a_markdown_headings_few_glyphs_a_space_parts_from_its_sections_first_words_end_at_the_space() -> None:
    """`# 行业近况 本周(1月12日至1月16日)港口动力煤现货价…`: a PDF converted to Markdown with its line ends lost sets a
    short heading and its section's first sentence on one line, a space between; the heading ends there. A figure
    or a bracket after the space (`# 本期行情 (1.10-1.17) 申万…`) is the heading's own."""
    text = ("> **来源:[研报客](https://example.com)** # 煤炭开采行业跟踪周报 # 供增需弱,港口煤价下行 增持(维持) # 行业近况 "
            "本周(1月12日至1月16日)港口动力煤现货价环比下跌4元/吨,报收695元/吨。 供给端,本周环渤海四港区日均调入量166.90万吨,"
            "环比上周增加12.73万吨,涨幅 $8.25\\%$ 。本周产地供应来看,山西较为稳定,港口供应量有所增加。")
    assert excerpt(text, title="煤炭开采行业跟踪周报:供增需弱,港口煤价下行").startswith("本周(1月12日至1月16日)港口动力煤")


def test_a_covers_date_whose_year_went_with_a_licence_number_is_no_part_of_the_lede() -> None:
    """`證券分析師:某某執業證書編號:S 188671362492025年5月13日收入端延續高速增長態勢,…`: the cover's date lost its year
    to the licence number glued before it; the rest of the date, which no sentence opens with, is the cover's."""
    text = ("證券研究報告請務必閱讀正文之后的免責聲明部分證券分析師:某某執業證書編號:S 188671362492025年5月13日收入端延續高速增長態勢,"
            "盈利水平進一步提升。"
            "我們選取14家半導體設備行業重點標的,2024年合計實現營業收入同比增長超過三成,歸母淨利潤同比增長。\n")
    assert excerpt(text).startswith("收入端延續高速增長態勢")


def test_a_block_element_before_a_point_is_a_bullet_not_a_word() -> None:
    """`▍概况:纸业龙头,…`, `█公司储量巨大,…`: a cover's points or a section's bar set with a block element (U+2580-259F)
    come out of the PDF as that glyph before the words; it marks a point, as `■` does, and never shows in the excerpt."""
    text = ("某某纸业(002078)首次覆盖报告\n\n▍某某纸业是国内文化纸龙头,近年来凭借出色的管理机制和前瞻布局,实现了产能规模及成本优势"
            "不断扩大,ROE的稳步抬升。随广西项目投产,公司收入、利润规模更上新台阶。\n\n▍概况:纸业龙头,纵向一体化、横向拓品类。公司以"
            "文化用纸起家,向包装用纸、溶解浆、生活用纸等产品横向扩张。\n")
    shown = excerpt(text)
    assert shown.startswith("某某纸业是国内文化纸龙头") and "▍" not in shown


def test_a_contents_pages_first_entry_is_not_the_summarys_heading() -> None:
    """`…目录,内容概要更挑剔,也更务实的消费行为…内容概要,全球信贷危机对…`: a contents page without page numbers lists the
    summary's heading first, right after its label; the summary starts at the heading's later, own occurrence."""
    text = ("某某咨询,2010年度,中国消费者调查报告,消费升级还是消费权衡?越来越务实的中国消费者目录,内容概要更挑剔,也更务实的消费行为"
            "中国消费者的购物方式购物次数减少,但单次金额增加不仅仅关注基本功能讲究实效的消费权衡品牌吸引力,但前提是价格合理,"
            "Trading up or trading off? Chinese consumers become increasingly pragmatic内容概要,全球信贷危机对发达国家的主要影响之一体现在"
            "从前手头宽裕的消费者,如今却面临钱包缩水。于是,手头吃紧的消费者决定以储蓄代替消费。然而在中国,消费者却是另一番表现。\n")
    assert excerpt(text).startswith("全球信贷危机对发达国家的主要影响之一")


def test_a_digests_heading_before_its_first_items_tag_is_no_part_of_the_lede() -> None:
    """`重点关注 【策略】新型冠状病毒疫情对A股市场的影响——行业篇:…*王君 王永健。`: a morning note's heading over its items,
    glued before the first item's tag, goes with the tag; a sentence about a series in brackets (`【月度观察】是…`) stays."""
    text = ("证券研究报告——晨会聚焦2020年2月5日 市场指数 指数名称收盘价涨跌% 上证综指2783 1.34 深证成指10090 3.17 资料来源:万得,"
            "某某证券 产品组 某某 (8621)20328504 someone@example.com 证券投资咨询业务证书编号:S1300518050003 晨会聚焦-20200205 重点关注 "
            "【策略】新型冠状病毒疫情对A股市场的影响——行业篇:规避短期不确定性,拥抱全年科技高景气主线*王某 李某。\n\n本轮疫情与“非典”"
            "时期最大的不同在于疫情对宏观经济的影响难以准确预估,建议规避周期行业的不确定性,短期以银行和必需消费进行防御。\n")
    assert excerpt(text, title="某某证券-晨会聚焦-200205").startswith("新型冠状病毒疫情对A股市场的影响")


def test_an_english_covers_unit_ending_in_a_fields_label_is_no_lede() -> None:
    """`…Team leader: Chen Wei Contact: Zhou Jing Telephone: 010-12345678 Email: [email protected] 2015Q4 (Issue 24) …
    In Q3, …`: the telephone number and the hidden address go as furniture, which leaves the cover's contact block
    ending in a capitalised label and its colon; it introduces no text, as a clause ending in `as follows:` does,
    and the lede is the sentence after it."""
    text = ("Institute of International Finance China’s Economic and Financial Outlook Highlights China’s Macro-economic "
            "Climate Early Warning System Acme Institute of International Finance China Economic and Financial Research "
            "Team Team leader: Chen Wei Deputy leader: Zong Liang Team members: Zhou Jing Li Pei Gao Yu (Acme AM) "
            "Contact: Zhou Jing Telephone: 010-12345678 Email: [email protected] 2015Q4 (Issue 24) September 23, 2015 In "
            "Q3, against international "
            "financial market rollercoaster and impotent global economic recovery, China faced increased economic downward "
            "pressure. Growth of main indicators like investment, export and industry slowed down in the third quarter. "
            "Under the sharp reshuffle of the stock market, the financial industry also decelerated markedly, and GDP is "
            "expected to grow by around 6.8%.\n")
    assert excerpt(text, title="Economic and Financial Outlook 2015Q4").startswith("In Q3, against international")


def test_a_figure_among_an_english_sentences_first_words_does_not_keep_the_cover_before_it() -> None:
    """`Email: 2015Q4 (Issue 24) September 23, 2015 In Q3, against international…`: the cover's issue and date run
    into the first sentence, whose own second word is a quarter (`Q3,`); the furniture ends at the date, before
    the capital that opens the sentence a word or two before the figure."""
    text = ("Email: 2015Q4 (Issue 24) September 23, 2015 In Q3, against international financial market rollercoaster "
            "and impotent global economic recovery, China faced increased economic downward pressure due to multiple "
            "factors such as domestic capacity cuts, deleveraging and emerging financial risks.\n")
    assert excerpt(text).startswith("In Q3, against international financial market")


def test_a_bold_runs_glyphs_doubled_one_by_one_after_its_doubled_start_are_undone() -> None:
    """`農業板塊農業板塊跑跑輸輸大盤。大盤。`: a bold point a dump wrote twice, its start as a whole, its next glyphs one
    by one, its end as a whole; every pair after the doubled start goes, not only the first. A real reduplication
    with no doubled run before it (`高高兴兴`) stays."""
    text = ("證券研究報告 農林牧漁 推薦(維持) 投資要點投資要點 農業板塊農業板塊跑跑輸輸大盤。大盤。1)本期滬深 300 指數上漲 2.66%,"
            "農業板塊上漲 1.69%,在 28 個子行業中排名第 8 位;2)本周養豬板塊個股下跌,其余標的均獲正超額收益。\n")
    assert excerpt(text).startswith("農業板塊跑輸大盤。")
    assert repair("节日里大家高高兴兴地回家。") == "节日里大家高高兴兴地回家。"


def test_a_sentences_later_clause_is_no_lede_when_a_tables_cells_run_into_its_first() -> None:
    """`…市盈率 n.m.n.m.451 53 資料來源:公司信息,HTI (Please see …)公司公司 1 月月 16 日發布公告,…折合每股轉讓價格 6 元;
    甲集團將放棄其剩余所持全部 2.16 億股…對應的表決權。`: the cover's table runs into the sentence's first clause, which
    cannot be shown; the clause after the `；` opens no sentence, so the excerpt does not start there."""
    text = ("研究報告 Research Report 3 Feb 2023 某某股份(002251 CH)國資入場,未來可期 維持優于大市 現價 Rmb6.64 目標價 Rmb8.21 "
            "營業收入 13,361 9,678 8,863 9,321(+/-)-15%-28%-8%5% 市盈率 n.m.n.m.451 53 資料來源:公司信息,HTI (Please see "
            "APPENDIX 1 for English summary)公司公司 1 月月 16 日發布公告,日發布公告,1 月 11 日,甲集團與乙投資簽署了股份轉讓協議 "
            "表決權放棄協議,甲集團將 8639萬股以協議轉讓方式轉讓給乙投資,轉讓價款合計 5.18 億元,折合每股轉讓價格 6 元;甲集團將放棄"
            "其剩余所持全部 2.16 億股(占公司總股本 24.99%)對應的表決權。")
    assert not excerpt(text, title="甲乙股份:國資入場,未來可期").startswith("甲集團將放棄")


def test_a_related_reports_list_run_into_a_flattened_cover_is_no_part_of_the_lede() -> None:
    """`相关报告 1、某某周报 焦炭保持强势 2018-08-05 2、… 2018-07-29 本篇报告主要解释…`: a dump that lost its line breaks
    runs a cover's list of other reports into the text, each entry ending with its date; the lede opens after the
    last entry. A sentence's own date, run on into its words (`2018年8月5日发布`), is no entry."""
    text = ("敬请阅读末页的重要说明 证券研究报告 |行业 策略报告 能源 |煤炭 推荐 ( 维持 ) 旺季有望渐消高库存 2018年 08 月 08 日 "
            "资料来源: WIND、某某证券 相关报告 1 、 某 某 产 业 链 跟 踪 周 报( 2018-08-05) 焦炭保持强势,板块估值回落至历史低位 "
            "2018-08-05 2、某某行业 2018 年 8 月报 货币和财政转向积极,估值修复可期2018-07-29 3 、 某 某 产 业 链 跟 踪 周 报"
            "( 2018-07-29) 宏观政策转好,需求如约而至 2018-07-29 本篇报告主要解释淡季 6 月高库存增加 3200 万吨来自于供求差,"
            "也来自于表外产量,旺季消费上升被表外产量对冲,旺季 7 月仍维持了高库存。我们预计行业指数空间 30%,建议继续关注"
            "业绩好估值低的龙头。")
    assert excerpt(text).startswith("本篇报告主要解释淡季6月高库存")
    traditional = ("相關研究 1、某某證券*行業報告*某某行業深度報告:某某是機器人核心芯片*20220816*某某2022-08-16 2、某某證券*行業"
                   "報告*電子行業2022 年中期策略:柳暗花明又一村*20220706*某某,某某2022-07-06 海外科技管制愈發強化,自主可控"
                   "勢在必行。過去幾年美國歷屆政府對中國高科技產品實施貿易禁運,歐美發達經濟體對中國高科技領域的限制范圍越來越廣,"
                   "力度也越來越大。")
    assert excerpt(traditional).startswith("海外科技管制愈發強化")
    sentence = ("证券研究报告 公司点评 相关报告 1、某某公司深度报告:龙头地位稳固 2018-07-20 公司于2018年8月5日发布公告,拟以自有"
                "资金回购公司股份,回购价格不超过每股20元,回购金额不低于1亿元。我们认为回购彰显管理层对公司长期发展的信心,"
                "维持盈利预测不变。")
    assert excerpt(sentence).startswith("公司于2018年8月5日发布公告")


def test_a_research_platforms_english_core_views_label_opens_the_summary() -> None:
    """`Investment Rating - Maintains an "Overweight" rating… Core Views - The company's 3Q24 performance…`: a research
    platform's English summary of a report labels its points as its Chinese one does (`报告的核心观点 - …`); the
    lede opens after the label for the core views, not at the rating's field."""
    text = ("某某电力2024年三季报点评:业绩稳中有增\nAcme Securities· 2024-10-31 12:28\nInvestment Rating - Maintains an "
            "\"Overweight\" rating with a target price of 7.88 CNY [3][10] Core Views - The company's 3Q24 performance showed "
            "steady growth, with revenue of 31.6 billion CNY, up 1.1% YoY, and net profit attributable to shareholders of "
            "1.93 billion CNY, up 0.9% YoY [10] - The company plans to issue shares to acquire coastal thermal power assets "
            "from its parent group [10]")
    assert excerpt(text).startswith("The company's 3Q24 performance showed steady growth")
    numbered = ("某某转债周报-20250706\nAcme Securities· 2025-07-06 15:07\n1. Report Industry Investment Rating No relevant "
                "content provided. 2. Core Viewpoints of the Report - The June PMI data continued to improve slightly, "
                "indicating a stabilizing trend in the economy. The convertible bond index has reached new highs, and the "
                "allocation demand for convertible bonds remains strong [3][20].")
    assert excerpt(numbered).startswith("The June PMI data continued to improve slightly")


def test_a_quote_portals_delay_notice_under_its_quotes_is_never_the_lede() -> None:
    """`(港股报价延迟最少十五分钟。沽空资料截至 2025-08-19 16:25。)`: a quote portal's note under the quotes it lists after a
    story on a house's ratings (either script) is the portal's; shown as the lede it says nothing of the story."""
    text = ("某某发表研究报告,对部分内银股投资评级及目标价表列如下:股份 | 投资评级 | 目标价(港元)招商银行(03968.HK) -0.500 "
            "(-1.105%) 沽空 $2.41亿; 比率 31.885% | 跑赢行业 | 58.98元工商银行(01398.HK) -0.070 (-1.266%) 沽空 $4.12亿; "
            "比率 35.548% | 跑赢行业 | 7.11元(wl/da)(港股报价延迟最少十五分钟。沽空资料截至 2025-04-03 16:25。)")
    traditional = ("某某發表報告,列出今年下半年港股十大焦點股,評級均為「優於大市」:股份│目標價騰訊(00700.HK) +2.500 (+0.423%) "
                   "沽空 $17.68億; 比率 20.845% │635元網易(09999.HK) +2.200 (+1.088%) 沽空 $1.83億; 比率 25.161% │226.2元"
                   "(wl/u)(港股報價延遲最少十五分鐘。沽空資料截至 2025-08-21 16:25。)")
    for shown in (excerpt(text), excerpt(traditional)):
        assert "延迟" not in shown and "延遲" not in shown and "16:25" not in shown
    us = "(美股为即时串流报价;OTC市场股票除外,资料延迟最少15分钟。)"
    assert excerpt(text + us) == excerpt(text)


def test_a_preview_pages_chunk_cut_inside_a_long_run_runs_on() -> None:
    """`…金融科技作為數\\n2、字經濟在金融業…`: a document-preview page cuts the text into chunks of a fixed size, far
    longer than a layout's line. A cut with a glyph on each side after such a run, with no line break of its own,
    fell inside a word: the sentence runs on and is shown from its start (after its heading, `前前 言言`, set in bold),
    not from the chunk's first glyph."""
    lead = ("版權聲明本白皮書版權屬于某某研究院,并受法律保護。轉載、摘編或利用其它方式使用本白皮書文字或者觀點的,應注明“來源:"
            "某某研究院”。違反上述聲明者,本院將追究其相關法律責任。") * 2
    text = (f"1、No.202216 某某研究院 2022年11月 {lead}前前 言言“十四五”時期,我國數字經濟轉向深化應用、規范發展、普惠共享的新階段,"
            "金融科技作為數\n2、字經濟在金融業的核心呈現形式,也迎來了新的發展機遇。同時,金融業相關領域的政策、技術、市場環境的變化,"
            "驅動國內外金融科技生態呈現新的發展態勢。全球經濟環境復雜多變,對金融科技多領域產生深刻影響。一方面,各國金融業相關主體"
            "更加依賴科技手段進行金融資源配置,大力發展數字金融成為共識。中國金融科技發展從“立柱架梁”進入了“積厚成勢”的新階段。目前,"
            "金融科技產業基礎不斷夯\n3、實,法規、標準、人才等領域持續完善。")
    assert excerpt(text).startswith("“十四五”時期,我國數字經濟") and "金融科技作為數字經濟在金融業" in excerpt(text)


def test_a_heading_with_each_glyph_doubled_and_spaced_is_read_once() -> None:
    """`前前 言言“十四五”時期…`: a bold heading extracted with each glyph twice, a space between the pairs, is the
    heading once (and then a label the lede leaves out); one pair alone is a word (`常常 想起`)."""
    assert repair("違反上述聲明者,本院將追究其相關法律責任。前前 言言“十四五”時期,我國數字經濟轉向新階段。").endswith(
        "責任。前言“十四五”時期,我國數字經濟轉向新階段。")
    assert repair("核核 心心 观观 点点 公司业绩稳健") == "核心观点 公司业绩稳健"
    assert repair("他常常 想起 人人都说的话") == "他常常 想起 人人都说的话"


def test_a_notice_under_its_own_heading_before_the_summary_is_not_the_summary() -> None:
    """`声明 / ▶ 某某未创建任何形式针对个人投资者的荐股群…,请广大投资者朋友们知悉。 / 本报告导读 / ▶ …`: what stands under a
    notice's heading (声明, 重要提示, Disclaimer) before the summary's heading is the notice, not a summary the layout set
    above its heading; the lede is the summary's."""
    text = ("【某某策略】中国制造走向技术集成——“高端制造突破”专题系列一\n作者:陈某某/陈某\n声明\n"
            "▶ 陈某某未创建任何形式针对个人投资者的荐股群或实时行情分析群,请广大投资者朋友们知悉。除了公众号“陈某某策略研究”,"
            "更多实时观点请见新浪微博“陈某某策略研究”。\n本报告导读\n▶ 全球价值链视角对标中日高端制造, “国产替代+国内集成”趋势下, "
            "高技术密集行业有望成就我国制造业全产业链条未来价值中枢。\n摘要\n▶ 中国在高端制造业仍与日本存在差距。尽管日本整体在"
            "全球价值链中地位下滑,但其仍保持在中高端制造业领域的优势。")
    assert excerpt(text).startswith("全球价值链视角对标中日高端制造")


def test_a_link_glued_to_the_sentence_after_it_takes_no_words_of_it() -> None:
    """An extraction with no line breaks glues a cover's link to the first sentence
    (`…www.example.com.cn医疗美容行业继…`; from round r26's dev part, a consultancy report whose
    page watermark is a link glued between glyphs): a link is written in ASCII, so the span
    ends where the glyphs begin and the sentence keeps its first words."""
    page = ("某某研究院 www.example.com.cn医疗美容行业继房地产、汽车、通讯、旅游之后成为第五大消费热点，"
            "市场规模持续增长。行业监管日趋完善，各类机构迎来新一轮的发展机遇。")
    assert excerpt(page, title="医美行业洞察").startswith("医疗美容行业继房地产"), excerpt(page, title="医美行业洞察")
    assert [m.group(0) for m in boilerplate.WORD_SPANS.finditer("www.example.xyz免费分享")] == ["www.example.xyz"]


def test_a_contents_page_of_leader_dots_is_no_doubled_text() -> None:
    """Glyph doubling is undone everywhere when pairs make most of a text; a contents page's
    leader dots made them so (a consultancy report's cover, round r26's local dev part), and
    `www` lost a `w`, `——` a dash. Runs of three or more of one character count neither way."""
    cover = ("所谓“医美”，在水一方——中国医疗美容市场洞察（2018）報告吧www.baogaoba.xyz免費分享目录前言" + "." * 40 + "3一、"
             "医疗美容行业概况" + "." * 40 + "4二、市场规模" + "." * 40 + "6")
    assert "在水一方——中国" in artefacts.unravel(cover) and "www.baogaoba" in artefacts.unravel(cover)
    assert artefacts.unravel("报报告告期期内内，，公公司司实实现现营营业业收收入入") == "报告期内，公司实现营业收入"


def test_a_sidebar_of_profiles_cut_with_dots_is_no_sentence() -> None:
    """A stock forum's sidebar above a morning call (round r27's dev part, sjqcj.com): users' names and
    their profiles, each cut by the page with dots (`高准确率的大盘预判。热点龙...`). A short line cut so is
    the page's teaser, and so is the sentence it starts with; the report's text starts below it."""
    page = ("推荐关注更多\n\n牛到成功工作室\n\n20年证券投资经验,擅长把...\n\n\n骑牛看熊\n\n拥有10多年的证券从业投资...\n\n\n"
            "牛牛扫板\n\n高准确率的大盘预判。热点龙...\n\n\n风口财经\n\n重视风口研究,擅长捕捉短线...\n\n\nbanner\n\n"
            "天风Morning Call·晨会集萃·20220427\n\n机构研报精选   / 2022-04-27 08:34 发布\n\n"
            "《食品|珠江啤酒(002461):高端化进程持续加速,降本增效长期趋势向好》\n\n"
            "公司发布2022年一季度报告,2022Q1公司实现营业收入8.72亿元,同比增长12.77%;实现归母净利润0.71亿元,同比增长1.45%,"
            "高端产品放量引领结构优化,疫情冲击影响相对较小。\n")
    shown = excerpt(page, title="天风Morning Call·晨会集萃·20220427")
    assert shown.startswith("公司发布2022年一季度报告"), shown
    # (a listing's preview cut at its end is a paragraph, longer than a profile: its sentences stay)
    preview = "公司发布2021年年报,营业收入25.77亿元,同比增长52.42%,归母净利润5.14亿元,同比增长287.20%。毛利率提升..."
    assert excerpt(preview).startswith("公司发布2021年年报")


def test_this_reports_guide_heading_behind_the_summary_heading_is_a_heading() -> None:
    """A report site's copy of a 国泰君安 note (round r28's dev part, seattle4fun.com): the page's `研报摘要` heading,
    then the note's own `本报告导读:` on a line of its own. `本报告导读` (this report's guide) is the house's heading,
    right behind the first one, so the excerpt starts after it, at the guide's sentence, not with the heading."""
    page = ("国泰君安-赛意信息-300687-智能制造龙头平稳度过疫情关,全年有望高增长-200625\n2020-06-26 19:41:00  李博伦\n"
            "研报摘要\n\n  本报告导读:\n  企业通过绑定大客户和行业聚焦策略平稳度过疫情关,智能制造业务受益于行业渗透率提升,"
            "未来有望持续高增长。\n  投资要点:\n  上调目标价至29.88元,“增持”。综合考虑PE、PS估值法,上调目标价至29.88元,"
            "维持“增持”评级。\n")
    shown = excerpt(page, title="国泰君安-赛意信息-300687-智能制造龙头平稳度过疫情关,全年有望高增长-200625")
    assert shown.startswith("企业通过绑定大客户"), shown
    # (the heading glued to its guide, as a PDF's dump gives it, reads as before)
    assert excerpt("本报告导读:企业通过绑定大客户和行业聚焦策略平稳度过疫情关,未来有望持续高增长。").startswith("企业通过")


def test_a_chapters_number_opening_a_line_takes_no_headline_before_it() -> None:
    """A digest's last headline ends no sentence; the line after it opens the first chapter (`一、`), which
    is no word a line broke (`统` / `一、规范`): the excerpt opens with the chapter's sentence, not the
    headline glued to it. (From a broker's WeChat digest, wxredian.com, r29's dev part.)"""
    page = ("银行 | 工银光大发混合类产品,10月理财子产品发行总结\n"
            "社服商贸 | 关注三季报绩优且格局和成长性稳定标的,中方新增对9国试行免签\n"
            "一、我们主张,只有债券经历牛市,才会有股票的持续性牛市。\n"
            "自从9月底中国资产风偏抬升之后,股债之间始终存在一组微妙的跷跷板关系。9月底政治局会议以来,市场对中国股市的"
            "信心更强,相应的,对债市则表露出更多忧虑。\n")
    assert excerpt(page, title="宏观 | 股债双牛,重要的是做多流动性").startswith("我们主张,只有债券经历牛市")
    assert lines.split_blocks("我们建议加快推进全国市场的统\r一、规范和开放,降低制度性交易成本。") == [
        "我们建议加快推进全国市场的统一、规范和开放,降低制度性交易成本。"]  # (a word a line broke: joined)


def test_an_event_under_its_own_label_before_the_summarys_heading_is_not_the_summary() -> None:
    """A comment's event under its label on a line of its own (`事   项`), then the summary's heading: the
    excerpt opens the summary, not the event's figures (a side column's summary set above its heading would
    read as the event does). (From a broker's macro comment reposted on wxredian.com, r29's dev part.)"""
    page = ("联系人:付春生(18482259975)\n\n事   项\n\n\n\n"
            "10月份,CPI同比0.3%,预期0.4%,前值0.4%CPI环比-0.3%,前值0%;核心CPI同比0.2%,前值0.1%;"
            "核心CPI环比0%,前值-0.1%PPI同比-2.9%,预期-2.5%,前值-2.8%PPI环比-0.1%,前值-0.6%。\n\n报告摘要\n\n\n"
            "为何PPI明显低于市场预期?\nPPI环比-0.1%、同比-2.9%,低于市场预期的环比0.3%、同比-2.5%。"
            "客观上,10PPI环比符合PMI价格的指示。\n")
    shown = excerpt(page, title="为何PPI明显低于预期?——10月通胀数据点评")
    assert shown.startswith(("为何PPI明显低于市场预期?", "PPI环比-0.1%、同比-2.9%")), shown


def test_an_event_after_its_label_and_colon_before_the_summarys_heading_is_not_the_summary() -> None:
    """Round r81 (dev, bigdatacash, 財信研究院's FOMC comment reposted): the event after `事件:` on a line of its own,
    then `核心觀點`: the summary starts at its heading, as under `事   項` on a line of its own (above)."""
    page = ("美聯儲1月議息會議點評\n\n文 財信研究院 宏觀團隊\n\n伍超明 李沫\n\n"
            "事件:北京時間2024年2月1日凌晨,美聯儲公布了1月份議息會議紀要。\n\n核心觀點 \n\n"
            "一、會議要點:加息周期結束,降息周期開啟需等待更多信號。2024年美聯儲首次議息會議紀要表述變化較多:(1)經濟增長"
            "方面,表述由“強勁步伐放緩”變為“穩步擴張”,對美國經濟更為樂觀。(2)就業和通脹目標方面,沒有以失業率攀升的痛苦"
            "方式來換取通脹的下降。\n")
    shown = excerpt(page, title="財信研究評美聯儲1月議息會議:經濟更趨樂觀,降息5次或以上")
    assert shown.startswith(("會議要點:加息周期結束", "加息周期結束")), shown


def test_a_brokers_note_on_its_affiliates_business_with_the_companies_it_covers_is_boilerplate() -> None:
    """A cover's disclosure that the broker and its affiliates do or will do business with the companies it
    covers, within the law (`…及其关联机构在法律许可的范围内正在或将要与本研究报告所分析的企业发展业务关系`),
    is disclaimer text, not the report's first sentence; it names no conflict of interest in words the
    boilerplate knew. (From a broker's industry report as a dataset keeps its PDF text, line breaks lost,
    Qznan/yanbao_indicator_extract, r30's dev part.)"""
    page = ("某某证券股份有限公司经相关主管机关核准具备证券投资咨询业务资格，据此开展发布证券研究报告业务。"
            "某某证券股份有限公司及其关联机构在法律许可的范围内正在或将要与本研究报告所分析的企业发展业务关系。"
            "因此，投资者应当考虑到本公司可能存在对报告的客观性产生影响的利益冲突，不应视本证券研究报告为作出投资决策的"
            "唯一因素。深度报告【行业·证券研究报告】电子行业8寸晶圆制造供需紧张将持续去年12月13日我们发布了《8寸晶圆制造"
            "高景气有望持续》研究报告，主要从库存角度探讨了8寸晶圆制造高景气的持续性问题，本篇研报我们承接上篇报告，继续"
            "通过供需角度进一步论证了景气的持续性问题。核心观点5G、汽车电动化、智能制造拉动8寸晶圆制造需求提升。智能手机"
            "方面，8寸晶圆上制造的芯片仍占据可观地位。")
    shown = excerpt(page, title="8寸晶圆制造供需紧张将持续")
    assert "关联机构" not in shown and "法律许可" not in shown, shown


def test_a_prefaces_heading_behind_a_running_header_is_cut_from_the_first_sentence() -> None:
    """A white paper's page header (`远卓·智库`) and its preface's heading (`前言`) run into the preface's first
    sentence where a dump lost the line breaks: the excerpt opens with the sentence. (Not a sentence that says
    `目前言之过早`.) (From a consultancy's white paper as a dataset keeps its PDF text,
    Qznan/yanbao_indicator_extract, r30's dev part.)"""
    page = ("2018年7月远卓消费产业研究中心Insight&Foresight远见·卓识所谓“医美”，在水一方——中国医疗美容市场洞察（2018）"
            "WWW.1C9U.COM研报客www.yanbaoke.com1/21远卓·智库前言“有美人兮，见之不忘。”随着“颜值时代”的来临，追求美丽和"
            "展示美丽的效应使整形美容的需求与日俱增，医疗美容行业继房地产、汽车、通讯、旅游之后的第五大消费热点，顺势成为"
            "“朝阳行业”。医疗美容机构于监管空白地带中野蛮生长，行业发展泥沙俱下、良莠不齐。")
    shown = excerpt(page, title="中国医疗美容行业洞察（2018）-远见·卓识")
    assert shown.startswith(("“有美人兮", "随着“颜值时代”")), shown
    assert excerpt("就目前言之过早的判断而言，市场对行业的预期仍然偏高，我们认为需求的恢复仍需时间，建议关注龙头公司的经营情况。"
                   ).startswith("就目前言之")


def test_a_covers_banner_naming_the_reports_kind_is_no_first_words_of_the_lede() -> None:
    """`金融工程深度` on its line between the cut title and the first paragraph (a quant report's cover as pdfminer
    extracts it, round r30): the banner names the report's kind and stands apart; it is not a word broken off the
    sentence after it."""
    cover = ("2019 年 6 月 15 日 \n\n金融工程 \n\n  再论动量因子 \n\n——多因子系列报告之二十二 \n\n金融工程深度 \n\n"
             "股票价格的动量（Momentum），顾名思义代表的是股价在一定时间\n内延续前期走势的现象。不过与海外长期的研究和经验相悖的"
             "是，在 A 股\n市场，我们发现股价的反转（Reverse）效应要远强于动量效应，且短期反\n转因子的历史收益非常出色。 \n\n")
    assert excerpt(cover, title="多因子系列报告之二十二：再论动量因子").startswith("股票价格的动量")


def test_a_covers_two_columns_a_converter_set_as_a_pipe_table_read_as_the_body_column() -> None:
    """A two-column cover a converter set as a Markdown table (`上证指数 | 3251.07 | ⚫ | 五大业务线齐发力… | ||||`):
    the runs of empty cells and a bullet's own cell are no text, and the data sidebar's label and figure at a row's
    start (`总股本(亿股) | 8.15 |`) are not the body's words, which a line break splits across the sidebar's rows
    (`…在香港成功上` / `市,成为…`). The excerpt reads the body column. A row of a table of figures without a run
    of empty cells is left as it was. (From a listing's preview of a broker's company report, 5qu8.com, r31's dev
    part.)"""
    cover = ("中航证券研究所 首席分析师:张超 | 复旦微电(688385.SH)2021 年年报点评 |\n证券执业证书号:S0640520110001 | ⚫ | "
             "行业分类:国防军工 2022 年 3 月 24 日 | |||||\n| |||||||\n"
             "基础数据(2022.3.18) | ➢ | 投资要点: | |||||\n"
             "上证指数 | 3251.07 | ⚫ | 五大业务线齐发力,高可靠 IC 成长动力充沛 | ||||\n"
             "上海复旦微电子股份有限公司成立于 1987 年,2000 年在香港成功上 | |||||||\n"
             "总股本(亿股) | 8.15 | ||||||\n"
             "市,成为国内集成电路设计行业第一家上市公司;2014 年,集团转至 | |||||||\n"
             "流通 A 股(亿股) | 0.84 | 香港主板上市;2021 年登陆上交所科创板,形成“A+H”资本格局。 | |||||")
    shown = excerpt(cover)
    assert shown.startswith(("五大业务线齐发力", "上海复旦微电子股份有限公司成立于")), shown
    assert "在香港成功上市" in shown.replace(" ", ""), shown
    table = "|年份|营业总收入|归母净利润|\n|2024E|21,237|1,950|"
    assert layout.without_furniture(table) == table


def test_a_paragraphs_first_glyph_spaced_off_runs_on_into_its_rest() -> None:
    """pdfminer sets a paragraph's first glyph apart by a space (`构 建宏观风险配臵框架…`, `作 者`, `相 关研究`), which a
    dump's spacing makes a line of one glyph after a line ending no sentence (the title's): one glyph alone is no
    heading, and it runs on into the line after it. (From a quant report's cover as pdfminer extracts it, round
    r30's test part, scored before; no longer unseen.)"""
    cover = ("证券研究报告 | 金融工程研究 \n\n2019 年 09 月 11 日 \n\n量化专题报告 \n\n资产配臵 vs  风险配臵：打造一个系统化"
             "的宏观风险配臵框架 \n\n构 建宏观风险配臵框架须解决三个核心问题，这也是本文的主要脉络： \n\n宏观因素众多，如何选择"
             "兼具金融逻辑和高解释度的核心宏观风险因子？宏\n\n观因子的低频性和滞后性饱受诟病，是否能够构建高频宏观风险因子？如何"
             "\n\n将宏观风险定量化地嵌入资产配臵框架中？ \n\n")
    shown = excerpt(cover, title="国盛量化专题报告：资产配置vs风险配置_打造一个系统化的宏观风险配置框架")
    assert shown.startswith("构建宏观风险配臵框架"), shown


def test_a_houses_name_on_its_own_line_before_the_first_sentence_is_no_part_of_it() -> None:
    """A portal's copy of a broker's note sets the house's name on a line of its own (`信达证券`) between the headline
    and the first paragraph: a short line naming a house stands apart, it is not a word broken off the sentence
    after it. (From a portal's copy of a broker's company note, 58188, round r31's test part, scored before; no
    longer unseen.)"""
    page = ("  西部矿业(行情601168,诊股):矿山板块经营稳定 业绩提升符合预期\n\n  信达证券\n\n  矿山板块经营状况稳定,会东大梁并表"
            "增厚利润。报告期内,公司主营业务包括矿山、冶炼、贸易和金融四大板块,其中矿山板块运营良好为公司贡献主要利润。")
    shown = excerpt(page, title="西部矿业:矿山板块经营稳定 业绩提升符合预期")
    assert shown.startswith("矿山板块经营状况稳定"), shown


def test_a_paragraphs_first_line_without_a_clause_mark_runs_on_into_the_lines_as_wide_after_it() -> None:
    """A paragraph's first line may hold no clause mark (`TON(The Open Network)公链的核心叙事之一是其背靠 Telegram 的巨大用户流`
    / `量入口，使得…`): a line as wide as the two lines after it, which end no sentence, was wrapped by the layout, and the
    excerpt opens with it, not with the rest of the sentence. A headline as wide as the paragraph's lines is not
    wrapped into them when the lines after it differ in width. (From a blog's report as its PDF's text, round r30's
    test part, scored before; no longer unseen.)"""
    page = ("1.TON 公链背靠 Telegram 流量入口成\n一大核心叙事\nTON(The Open Network)公链的核心叙事之一是其背靠 Telegram 的巨大用户流\n"
            "量入口，使得其能够以尽可能低的成本获取新用户。不过，Telegram 和 TON 公\n链实际上是 2023 年 9 月份才正式开始官宣合作的。"
            "要了解 TON 链，就不得不\n理清楚 Telegram 和 TON 公链之间的历史纠葛。\n")
    shown = excerpt(page, title="Ton研究报告")
    assert shown.startswith("TON(The Open Network)公链的核心叙事之一"), shown


def test_a_paragraphs_first_line_with_figures_and_no_clause_mark_runs_on_into_its_rest() -> None:
    """A paragraph's first line without a clause mark, whose figures make it look narrower than the lines after it
    (`公司内在价值PB应该在2-2.2之间中国银行是国际业务占绝对优势的中国` / `第二大银行,是国内…`), runs on into them: the
    excerpt does not open with the rest of its sentence. (From a broker's 2006 company note as a document site gives
    its text, round r31's test part, scored before; no longer unseen.)"""
    page = ("公司重大事项 金融业 银行业 中国银行 合理价:3.2-3.64元 上市点评 内在价值+市场战略价值 公司内在价值PB应该在2-2.2之间"
            "中国银行是国际业务占绝对优势的中国 第二大银行,是国内商业银行中最大的外币贷款提供行及外币存款接受行,市场 份额分别约"
            "为43.3%及40.9%;国际贸易结算服务和贸易融资的市场份额分别约 为32.6%和57.7%。\n\n中行的个人业务中间业务优势明显,混业"
            "经营平台完善,中 行整体个人银行业务营业利润由2003年的人民币40.5亿元升至2005年的 188.23亿元。")
    shown = excerpt(page, title="中国银行研究报告:国信证券-中国银行-601988-内在价值+市场战略价值-060704")
    assert shown.startswith(("公司内在价值PB应该在2-2.2之间", "中国银行是国际业务")), shown


def test_a_printed_web_pages_link_to_its_pdf_version_is_no_part_of_the_lede() -> None:
    """A web page printed to PDF opens with its header, its credits, its notices and its link to the PDF version
    (`点击此处下载 PDF 版本。`), then its contents: the link is what a page says of itself, no sentence of the report,
    and the excerpt opens with the text's first sentence. (From a research group's web booklet printed to PDF, round
    r30's test part, scored before; no longer unseen.)"""
    page = ("2022/5/5 19:39\n\n盈利因子小册子 | BetaPlus 小组\n\nBetaPlus 小组\n\n专注于多因子模型和异象研究\n\n盈利因子小册子\n\n"
            "作者：石川，刘洋溢，连祥斌\n版本：2022/05/05\n\n未经授权，严禁转载。请务必阅读文末免责声明。点击此处下载 PDF 版本。\n\n"
            "目录\n\n1. 盈利因子起源\n\n2. 盈利因子成因\n\n2.1 风险补偿\n2.2 错误定价\n3. 盈利因子 A 股实证\n\n7.3 盈利增长\n"
            "8. 盈利因子和其他因子的关系\n8.1 质量因子\n\n9. 结语\n\n1 盈利因子起源\n\n"
            "https://www.factorwar.com/littlebook/profitability-factor/\n\n1/24\n\n\x0c2022/5/5 19:39\n\n"
            "盈利因子小册子 | BetaPlus 小组\n\n盈利能力指企业利用已有资源获取利润的能力。通常来说，盈利能力越强，企业前景越好，"
            "也越容易受到投资者的\n关注。")
    shown = excerpt(page, title="盈利因子小册子")
    assert shown.startswith("盈利能力指企业利用已有资源获取利润的能力"), shown


def test_an_english_sentence_with_tickers_and_percentages_in_turn_leads() -> None:
    """A broker's English note opens `We raise our 2018E EPS for Acme (0123.HK)/Beta International (0456.HK; BI)/…
    by 12.1%/20.5%/15.8%.`: percentages for items in turn, parted by slashes, are a sentence's figures (a chart's axis glues
    its ticks with nothing between), the codes with their exchange are names, and `Our 2018E…` opens a sentence,
    not a cover's figure before it. The document site's title, its parts joined by full stops and a semicolon, is
    the cover's headline run into the sentence. (Classes from round r32's dev part: a document site's
    transcription of a Hong Kong house's industry note.)"""
    text = ("1 Industry Note Securities Sector Last Price TP Company Ticker Rating Acme 123 HK BUY Sources: Company "
            "Updated as of March 5, 2018 FY2018E March 5, 2018 A Fresh Start for the Market; Acme and Beta Are "
            "Cheap Catch-up Plays We raise our 2018E EPS for Acme (0123.HK)/Beta International (0456.HK; BI)/Gamma "
            "International (0789.HK; GI) by 12.1%/20.5%/15.8%. Our 2018E EPS for Acme/BH is 12.7%/32.2% above market consensus, as we raise our turnover "
            "forecast. We expect to see a structural increase in the trading volume thanks to these factors.")
    title = ("Industry Note. March 5, 2018 A Fresh Start for the Market; Acme and Beta Are Cheap Catch-up Plays. "
             "Securities Sector")
    shown = excerpt(text, title=title)
    assert shown.startswith("We raise our 2018E EPS for Acme (0123.HK)/Beta International (0456.HK; BI)/Gamma"), shown
    assert excerpt("Our 2018E EPS for Acme/BH is 12.7%/32.2% above market consensus, as we raise our turnover "
                   "forecast by a fifth this year.").startswith("Our 2018E EPS"), "a sentence opening with `Our`"
    assert "41.17%" not in excerpt("营收增长较快。41.17%41.19%38.37%45.02%50.11% 公司盈利能力持续提升，毛利率同比上升。")


def test_the_writers_credit_before_the_summarys_heading_is_no_part_of_the_summary() -> None:
    """A white paper states its writers above its summary (`本报告为…研究成果,执笔人为:…`): a credit, not
    a summary the layout set before its heading, and no key point."""
    text = ("某某宏观经济分析报告(2024年中期)\n\n1\n本报告为某某论坛团队研究成果,执笔人为:张三、李四、王五。\n\n"
            "2 / 80\n摘要\n2024年上半年经济延续恢复态势,但内需不足的问题依然突出。"
            "下半年稳增长政策有望继续发力,全年增速预计在5%左右。\n")
    lead = lede(text, 10, 300)
    assert lead.excerpt.startswith("2024年上半年经济延续恢复态势"), lead
    assert not any("执笔" in point for point in lead.key_points)


def test_a_side_columns_institute_and_roster_at_the_body_lines_ends_are_no_part_of_the_lede() -> None:
    """A cover's side column (the institute, its team's roster) set by the extraction at the ends
    of the summary's lines, blank lines after it: gone, the body's wrapped lines joined again."""
    text = ("宏观经济展望报告\n2025 年年报 报告日期:2024 年 12 月 10 日\n\n要点\n\n"
            "● 2024 年,国内经济延续回升向好态势,工业生产保持较快增 某某银行研究院\n\n\n"
            "长,消费和服务业稳步恢复,但有效需求不足的问题仍较突出。 某某经济研究课题组\n"
            "前三季度 GDP 同比增长 4.8%,增速较 组 长: 张某某\n"
            "上年同期有所放缓。预计全年增长 5%左右。 副组长: 李某\n\n")
    shown = excerpt(text, 120, 300)
    assert shown.startswith("2024年,国内经济延续回升向好态势,工业生产保持较快增长,消费"), shown
    assert "前三季度GDP同比增长4.8%,增速较上年同期有所放缓。" in shown, shown
    assert not any(word in shown for word in ("研究院", "课题组", "组长", "张某某", "李某")), shown


def test_a_bylined_item_under_a_numbered_heading_starts_at_its_first_sentence() -> None:
    """Class from round r34's dev part: a morning note sets each item under a numbered heading with the analyst's
    byline between (`1、 宏观评论 1.1、 一季度贸易形势明显改善 分析师:王某某 S… 海关总署:…`). The byline is a break after
    the heading, not a block inside a sentence: the excerpt starts at the item's first sentence."""
    note = ("2017 年 04 月 14 日 晨会纪要 研究所 投资要点: 最新报告摘要 渠道库存持续降低,新品推广效果有待观察——某某股份(002000)"
            "年报点评 费用增加拖累业绩增速,LNG 持续贡献业绩——某某股份(603000)事件点评 证券研究报告 1、 宏观评论 1.1、 "
            "一季度贸易形势明显改善 分析师:王某某 S0350516060009 海关总署:2017 年 3 月,以美元计价的出口同比增长 16.4%,进口"
            "同比增长 20.3%,贸易顺差 239.25 亿美元。 我们点评如下: 1、对发达经济体出口大幅反弹推升 3 月出口增速。")
    assert excerpt(note).startswith("海关总署:2017年3月")


def test_a_fund_reports_statutory_notice_is_no_part_of_the_lede() -> None:
    """Class from round r35's dev part: a fund's periodic report opens with its important notice (the board's
    guarantee that the report holds no false record, misleading statement or major omission, the manager's
    undertaking, past performance, the prospectus, unaudited figures, the period covered): boilerplate, no lede."""
    report = ("某某稳健债券型证券投资基金 2023年第2季度报告 基金管理人:某某基金管理有限公司 §1 重要提示 "
              "基金管理人的董事会及董事保证本报告所载资料不存在虚假记载、误导性陈述或重大遗漏,并对其内容的真实性、"
              "准确性和完整性承担个别及连带责任。 基金管理人承诺以诚实信用、勤勉尽责的原则管理和运用基金资产,但不保证"
              "基金一定盈利。 基金的过往业绩并不代表其未来表现。 投资有风险,投资者在作出投资决策前应仔细阅读本基金的"
              "招募说明书。 本报告中财务资料未经审计。 本报告期自2023年4月1日起至2023年6月30日止。 §2 基金产品概况")
    assert excerpt(report) == ""
    assert all(is_boilerplate(s) for s in ("本报告中财务资料未经审计。", "基金的过往业绩并不代表其未来表现。"))
    assert not is_boilerplate("二季度债市收益率震荡下行,信用利差收窄,本基金适度拉长久期。")


def test_a_numbered_sections_heading_run_into_its_first_sentence_is_left_out() -> None:
    """Class from round r35's dev part: a page's text that spaces its figures from its words (`2022 年`) runs a
    numbered section's heading into its first sentence, the year glued to the heading's last word (`1.1 在景气中
    兑现业绩2021 年以来…`): the lede starts at the year. A sentence that spaces its year keeps its words."""
    text = ("1 2024 年度展望:关注需求释放\n1.1 在景气中兑现业绩2023 年以来某某行业指数震荡下行,全年累计下跌 12.5%,在全部"
            " 30 个行业中位列第 20 位,板块估值处于历史低位。行业前三季度实现营业收入同比增长 20.3%,盈利能力稳步提升。")
    assert excerpt(text).startswith("2023年以来某某行业指数震荡下行"), excerpt(text)
    kept = "1.1 公司营业收入稳步增长于 2023 年实现营业收入 12.5 亿元,同比增长 20.3%,盈利能力稳步提升,费用率下降。"
    assert "公司营业收入稳步增长于2023年实现营业收入" in excerpt(kept), excerpt(kept)


def test_a_journal_label_spaced_out_in_its_brackets_is_the_summary_label() -> None:
    """A journal's page sets its labels spaced out in brackets (`[摘 要]`, `【关 键 词】`): the label is read
    as `[摘要]`, so the excerpt opens with the abstract's first word, not with the label's last glyph."""
    page = ("某某 某某:论区域协调发展的两重逻辑\n\n2020年05月06日 10:00   来源:某某学报\n\n  (某某大学,某市 100000)\n\n"
            "  [摘 要]区域协调发展是新发展阶段的重要任务,关系到全国统一大市场的形成。本文从历史和现实两个视角,阐述了区域协调"
            "发展的两重逻辑。从历史逻辑来看,历次区域政策都体现了协调发展的要求。\n\n  [关 键 词]区域协调;统一大市场\n")
    assert excerpt(page, title="论区域协调发展的两重逻辑").startswith("区域协调发展是新发展阶段的重要任务")


def test_an_english_notice_paragraph_and_a_dateline_are_no_lede() -> None:
    """An English page's notice is a paragraph of its own: its first sentence holds no notice's words
    (`End-of-visit statements include…`), a later one does (`The views expressed … do not necessarily…`), and
    none of its sentences opens the excerpt. A press release's dateline (`Lisbon, March 3, 2021 --`) is no part
    of its first sentence."""
    page = ("Acme Fund staff completes 2021 visit to Ruritania\n\nMarch 3, 2021\n\nEnd-of-visit statements include the "
            "preliminary findings of the staff after a country visit. The views expressed in this statement are those "
            "of the staff and do not necessarily represent those of the Board. Based on these findings, the staff will "
            "prepare a report for the Board.\n\n  • Ruritania’s economy is expected to grow by 3 percent in 2021 as "
            "exports recover and domestic demand strengthens.\n  • Risks are tilted to the downside.\n")
    assert excerpt(page, title="Acme Fund staff completes 2021 visit to Ruritania").startswith(
        "Ruritania’s economy is expected to grow by 3 percent")
    release = ("Lisbon, August 29, 2022 -- Acme's Ratings Service (\"Acme's\") has today affirmed Ruritania's A2 "
               "long-term issuer rating and kept the outlook stable. The affirmation reflects the country's robust "
               "fiscal strength and a diversified economy that has weathered recent shocks well.")
    assert excerpt(release, title="Acme affirms Ruritania's A2 rating").startswith("Acme's Ratings Service")
    survey = ("Lisbon, 15 November 2018 - According to the Acme Survey Ruritania Report, 31% of executives surveyed "
              "were very confident about their prospects for revenue growth over the next 12 months. Despite jitters, "
              "companies have quickly reassessed the situation.")
    assert excerpt(survey, title="Acme launches its survey's Ruritania report").startswith("According to the Acme")


def test_an_english_epigraph_with_its_bracketed_author_is_no_lede() -> None:
    """A staff report opens its context with an epigraph, a quotation whose author and year follow in brackets,
    run into the first numbered paragraph (`“…” (Jane Roe, 2017) 1. 2018 marks…`); a journal platform's author
    widget (`Search for other papers by … Google Scholar`) is chrome. The excerpt opens with the paragraph."""
    page = ("Ruritania: Staff Report for the 2018 Consultation\nAuthor:\nAcme Fund. Europe Dept\nSearch for other papers "
            "by Acme Fund. Europe Dept in\nCurrent site\nGoogle Scholar\nClose\n\nContext: A Turning Point\n\n"
            "“We must build a better life for all the people of our country.” (Jane Roe, 2017)\n\n1. 2018 marks the "
            "20th year of Ruritania’s market reforms. Two decades of reform have transformed the economy, and incomes "
            "have risen threefold since then.\n")
    assert excerpt(page, title="Ruritania: Staff Report for the 2018 Consultation").startswith(
        ("2018 marks the 20th year", "1. 2018 marks the 20th year"))
    assert is_boilerplate("Search for other papers by Acme Fund.")


def test_a_markdown_heading_set_in_bold_is_no_words_of_the_paragraph_after_it() -> None:
    """A Markdown archive of reports sets its headings in bold (`### **（一）2025 年一季度业绩表现**`); the stars
    hid the line as a heading, and its words ran into the paragraph's first sentence. The excerpt opens with the
    paragraph; a numbered bold heading (`#### **1. 增产决策与油价波动**`) joins no list item after it either."""
    page = ("# 2025.7.8光模块行业观察\n\n- 分类: 行业分析\n\n---\n\n> 2025 年一季度，重点覆盖的 92 家通信行业上市公司业绩"
            "稳中有升，盈利能力小幅提升\n\n## **一、行业整体回顾**\n\n### **（一）2025 年一季度业绩表现**\n\n2025 年一季度，"
            "重点覆盖的 92 家通信行业上市公司业绩稳中有升，盈利能力小幅提升：\n\n· **整体营收**：合计实现营业收入 6252.51 "
            "亿元，同比增长 2.62%。\n")
    assert excerpt(page, title="2025.7.8光模块行业观察").startswith("2025年一季度，重点覆盖的92家")
    weekly = ("# 2025.6.3石化行业周报\n\n---\n\n> 本周 OPEC + 延续增产计划，油价小幅回落但整体企稳。\n\n"
              "### **一、OPEC + 增产计划与市场反应**\n\n#### **1. 增产决策与油价波动**\n\n· **增产幅度**：\n\n"
              "· 5 月 31 日，OPEC + 同意 7 月增产 41.1 万桶 / 日，为 5 月以来连续第三个月增产。\n")
    shown = excerpt(weekly, title="2025.6.3石化行业周报")
    assert shown.startswith("本周OPEC") and "油价波动" not in shown
    # (bold words inside a sentence, and a heading's stars that do not wrap its line, stay as they were)
    assert "6252.51亿元" in excerpt(page.replace("### **（一）", "### （一）**"), title="x")


def test_a_page_footer_with_its_page_number_breaks_a_one_line_dump() -> None:
    """A document site's preview runs a PDF's pages into one line, each page's footer (a disclaimer's words and
    the page's number, `请务必阅读报告末页的重要声明 1/12`) before the next page's words: the footer ends the
    cover's run, and the excerpt opens with the page's first sentence, not with nothing."""
    dump = ("《医药生物行业专题研究:公募基金持仓占比提升-241027(13页).pdf》由会员分享,可在线阅读。 1、 请务必阅读报告末页的"
            "重要声明 glzqdatemark1 证券研究证券研究报告 行业研究|行业专题研究|医药生物 公募基金持仓占比提升,公募基金持仓占比"
            "提升, 2024年10月27日2024年10月27日|报告要点|分析师及联系人 证券研究证券研究报告 请务必阅读报告末页的重要声明 1/12 "
            "2024Q3 医药生物公募基金重仓比例环比提升,其中化学制药和医疗服务子行业重仓比例有所提升。同时北上资金流入医药板块"
            "金额提升。")
    assert excerpt(dump, title="医药生物行业专题研究").startswith("2024Q3医药生物公募基金重仓比例环比提升")
    # (a fraction in the text that follows no footer is the text's own: `营收/净利 3/5 年`)
    assert "1/12" in excerpt("公司研究报告正文。本季度营收同比增长,占全年 1/12 左右,符合预期。", title="x")


def test_a_reposts_deck_copied_from_the_summary_is_not_its_first_sentence() -> None:
    """A repost sets the summary's last sentence over the summary's heading as its deck (round r39's held-out
    part, scored before this rule: no longer unseen): the summary starts at its heading, as the report wrote it;
    a sentence before the heading that the summary does not repeat still opens it (a side column's layout)."""
    deck = "在新的发展格局及产业趋势下,寻找“内需、科技、绿色”领域中最具成长性公司的投资机会。"
    summary = ("自9月中旬上证综指创下近六年来的收盘新高以来,A股行情再度发生显著变化。近一个月中证500指数和中证1000指数分别"
               "下跌8.7%和8.3%,主要宽基指数除创业板外普遍收跌。在此期间,周期股明显回调,而此前热门的基金重仓股出现逆势上涨,"
               "走出一轮反弹行情。往后看,建议" + deck)
    title = "国信策略:A股估值分化小幅扩大,基金重仓股逆势抬升"
    assert excerpt(f"{title}\n\n{deck}\n\n核心结论\n\n\n{summary}\n", title=title).startswith("自9月中旬")
    own = "我们认为A股的估值分化再度收敛可能难以持续,基金重仓股相对估值已基本触底并开始反弹。"
    assert excerpt(f"{title}\n\n{own}\n\n核心结论\n\n\n{summary}\n", title=title).startswith("我们认为A股")


def test_a_bond_documents_statements_and_a_rating_agencys_notes_are_no_lede() -> None:
    """A bond's listing notice opens with the board's statement, the exchange's disclaimer (`…均不构成对本期债券的
    价值、收益及兑付作出实质性判断或任何保证`) and the buyer's own risk; a credit-rating report with its agency's notes on
    its engagement (`本次评级为委托评级`, `履行了尽职调查和诚信义务`). None leads (round 38, dev part)."""
    notice = ("第一节 绪言\n重要提示\n徐工集团工程机械股份有限公司(以下简称“公司”、“发行人”、“徐工机械”、或“本公司”)董事会成员已批准"
              "该上市公告书,确信其中不存在任何虚假、误导性陈述或重大遗漏,并对其真实性、准确性、完整性负个别的和连带的责任。\n"
              "深圳证券交易所(以下简称“深交所”)对徐工集团工程机械股份有限公司2017年面向合格投资者公开发行可续期公司债券(第一期)"
              "(以下简称“本期债券”)上市申请及相关事项的审查,均不构成对本期债券的价值、收益及兑付作出实质性判断或任何保证。"
              "因本公司经营与收益的变化等引致的投资风险,由购买债券的投资者自行负责。\n"
              "经中诚信证券评估有限公司综合评定,发行人长期主体评级为AAA级,评级展望稳定,本次债券评级为AAA级。")
    assert excerpt(notice, title="徐工集团工程机械股份有限公司2017年可续期公司债券(第一期)上市公告书").startswith(
        "经中诚信证券评估有限公司综合评定")
    summary = ("声 明\n本募集说明书摘要的目的仅为向投资者提供有关本次发行的简要情况,并不包括募集说明书全文的各部分内容。"
               "募集说明书全文同时刊载于上海证券交易所网站。投资者在做出认购决定之前,应仔细阅读募集说明书全文,并以其作为投资"
               "决定的依据。\n公司负责人、主管会计工作负责人及会计机构负责人保证募集说明书及本募集说明书摘要中财务会计报告真实、完整。")
    assert excerpt(summary, title="清华控股有限公司2015年可交换公司债券募集说明书摘要") == ""
    agency = ("? 本次评级为委托评级,中诚信国际及其评估人员与评级委托方、评级对象不存在任何其他影响本次评级行为独立、\n"
              "? 中诚信国际及项目人员履行了尽职调查和诚信义务,有充分理由保证本次评级遵循了真实、客观、公正的原则。\n"
              "? 评级报告的评级结论是中诚信国际依据合理的内部信用评级标准和方法、评级程序做出的独立判断,未受评级委托\n"
              "? 本次评级结果自本评级报告出具之日起生效,有效期为受评债项的存续期。\n"
              "本次跟踪发行人及评级结果 远东国际融资租赁有限公司 AAA/稳定")
    assert excerpt(agency, title="远东国际融资租赁有限公司跟踪评级报告") == ""


def test_a_sentence_quoting_the_titles_words_keeps_them_and_a_datelines_reporter_goes_with_it() -> None:
    """A newspaper's story on a report (round r38's held-out part, scored before these rules: no longer unseen): the
    title's words a sentence quotes (`…主办的“…论坛(2015年中期)”在…举行`, `…发布了《…报告(2015年中期)——…》`) are
    the sentence's own, not the cover's title; the reporter's byline after the wire's dateline goes with it."""
    title = "中国宏观经济分析与预测报告(2015年中期)发布"
    text = ("本报北京6月22日电(记者张胜)20日上午,由中国人民大学国家发展与战略研究院、中国人民大学经济学院联合主办的"
            "“中国宏观经济论坛(2015年中期)”在中国人民大学举行。中国人民大学国家发展与战略研究院执行院长刘元春代表课题组"
            "发布了《中国宏观经济分析与预测报告(2015年中期)——低迷与繁荣、萧条与泡沫并存的中国宏观经济》,并作主报告演讲。")
    shown = excerpt(text, title=title)
    assert shown.startswith("20日上午,由中国人民大学") and "“中国宏观经济论坛(2015年中期)”在中国人民大学举行。" in shown
    assert "发布了《中国宏观经济分析与预测报告(2015年中期)——" in shown


def test_a_first_sections_numbered_preface_heading_after_the_cover_line_is_no_lede() -> None:
    """A share site's page chunk runs the title, the issuer's legal name and the first section's numbered heading
    into the first sentence (round r38's held-out part, scored before this rule: no longer unseen)."""
    text = ("1、信用评级技术与信用风险揭示大公国际资信评估有限公司1引言刚刚过去的2005年,是我国债券市场发展史上具有重要意义的"
            "一年。有关主管部门推出了远期交易、短期融资券和资产支持证券等一系列创新举措,企业债券市场有了较大发展。")
    assert excerpt(text, title="信用评级技术与信用风险揭示").startswith("刚刚过去的2005年")
    # (a sentence that says 言 is no heading: `目前言之过早`)
    said = "目前言之过早,我们认为政策仍有加码空间。央行在三季度例会上重申稳健的货币政策要精准有力,市场对降准的预期升温。"
    assert excerpt(said).startswith("目前言之过早")


def test_a_rating_agencys_follow_up_notes_and_a_prospectus_buyers_statements_are_no_lede() -> None:
    """A rating agency's notes that it follows the bond up and what kind of rating it made, and a prospectus's
    statements on the buyer's acceptance and own judgement (round r38's held-out part, scored before these words:
    no longer unseen), are boilerplate; a company's notice of a tracking rating's result is its news."""
    agency = ("根据国际惯例和主管部门要求,中诚信国际需对公司存续期内的债券进行跟踪评级,对其风险程度进行跟踪监测。"
              "本次评级为定期跟踪评级。")
    assert excerpt(agency) == ""
    # (the note's bullets, a glyph the font lacked, extracted as `?` at each line's start)
    bulleted = ("? 本次评级结果自本评级报告出具之日起生效,有效期为受评债项的存续期。受评债项存续期内,中诚信国际将定期\n"
                "? 根据监管要求,本评级报告及评级结论不得用于其他债券的发行等证券业务活动。\n")
    assert excerpt(bulleted) == ""
    buyer = ("凡欲认购本期债券的投资者,应当认真阅读本募集说明书及有关的信息披露文件,并进行独立的投资判断。"
             "凡认购、受让并持有本期债券的投资者,均视同自愿接受本募集说明书对本期债券各项权利义务的约定。")
    assert excerpt(buyer) == ""
    notice = ("上海新世纪评级在对公司经营状况、行业发展情况等进行综合分析与评估的基础上,于2021年6月28日出具了跟踪评级报告,"
              "跟踪评级结果为:公司主体信用等级为“AA+”,评级展望为“稳定”。")
    assert excerpt(notice).startswith("上海新世纪评级在对公司经营状况")


def test_a_blog_platforms_notice_on_investment_posts_and_a_preface_tilde_are_no_lede() -> None:
    """A blogging platform sets its notice on its writers' investment posts above the text (`投資理財內容聲明`,
    `文內如有投資理財相關經驗…皆為創作者個人分享行為`, `請審慎思考自身條件及自我決策`), and the writer closes the
    `前言` label with a tilde (`前言~`): the lede is the preface's first sentence (round 40, dev part)."""
    post = ("CB轉換價格定價時程推算_20231011_【詢圈篇】\n\n更新於 發佈於 閱讀時間約 8 分鐘\n"
            "  • 文內如有投資理財相關經驗、知識、資訊等內容,皆為創作者個人分享行為。\n"
            "  • 有價證券、指數與衍生性商品之數據資料,僅供輔助說明之用,不代表創作者投資決策之推介及建議。\n"
            "  • 閱讀同時,請審慎思考自身條件及自我決策,並應有為決策負責之事前認知。\n\n前言~\n\n"
            "在金融市場中,可轉債是一種吸引投資者注意的金融工具,它融合了債券的安全性和股票的增值潛力。"
            "對投資者而言,特別重要的是能夠準確掌握可轉債的轉換價格訂定時機,因為這關係到投資的時機和潛在收益。")
    assert excerpt(post, title="CB轉換價格定價時程推算_20231011_【詢圈篇】").startswith("在金融市場中,可轉債")
    notice = "可轉債的基本知識及觀念_20230801_【時間篇】\n\n更新於 發佈於 閱讀時間約 8 分鐘\n投資理財內容聲明\n\n前言~\n\n"
    assert excerpt(notice + "當我們談到股市投資,很多人可能會感到既興奮又畏懼,因為股市充滿了不確定性。",
                   title="可轉債的基本知識及觀念_20230801_【時間篇】").startswith("當我們談到股市投資")


def test_a_dates_weekday_set_apart_by_spaces_stays_in_its_sentence() -> None:
    """A page sets a date's weekday in a span of its own (round r40's held-out part, scored before this rule: no
    longer unseen): the spaces around it are no line breaks that cut the sentence."""
    text = ("根据上交所发布的信息,科创板首批公司将于7月22日 周一 举行上市仪式,共有25家公司已获得证监会同意注册的批复,"
            "为科创板首批挂牌上市公司。科创板首批25只“明星股”怎么选?谁的科研含金量最高?")
    assert excerpt(text).startswith("根据上交所发布的信息,科创板首批公司将于7月22日周一举行上市仪式")


def test_a_section_label_glued_before_the_lede_in_traditional_script_is_no_lede() -> None:
    """A traditional-script copy's lead label (`導語:`, round r41's held-out part, scored before this rule: no longer
    unseen) goes as the simplified script's `导语:` does."""
    text = ("導語:隨著價格競爭接近尾聲,寧德時代正準備通過新一代的大型生產線來提高成本效率并擴大其相對于同行的凈資產收益率"
            "(ROE)領先優勢。我們看到從這里開始,基本面有多個轉折點。我們預期會有重新評級——升級為超配和首選。")
    assert excerpt(text).startswith("隨著價格競爭接近尾聲")


def test_a_bare_figure_ending_the_line_above_is_not_the_ledes_first_word() -> None:
    """A line above the lede that ends in a bare figure (an affiliation's postcode, a page's vote count) runs into the
    lede's first words when its line break becomes a space (rounds r36 and r38's dev parts): the lede starts after it.
    A count before what it counts stays."""
    paper = ("5 首都經濟貿易大學 經濟學院 北京 100070\n6 中國科學院大學 經濟與管理學院 北京 100190\n"
             "2021 年前三季度,在復雜嚴峻的國內外環境下,中國政府采取多項措施,科學統籌新冠肺炎疫情防控和經濟社會發展,"
             "經濟恢復持續增長,累計增速達到了 9.8%。")
    assert excerpt(paper).startswith("2021年前三季度,在復雜嚴峻的國內外環境下")
    page = ("Recommend\n18\nPositive\n38\nNegative\n17\nHSBC Global Research has released a report indicating that the ADT "
            "of HKEX (00388.HK) has surged to about $330 billion since the HSI rebounded at the end of September.")
    assert excerpt(page).startswith("HSBC Global Research has released a report")
    counted = ("17 analysts raised their targets for HKEX (00388.HK) this week, citing turnover that has surged to about "
               "$330 billion since the HSI rebounded at the end of September.")
    assert excerpt(counted).startswith("17 analysts raised")


def test_a_flashs_headline_in_brackets_before_its_first_sentence_is_left_out() -> None:
    """A news flash opens with its headline in brackets, the source and its claim parted by a colon, glued to the
    flash's first sentence (round r41's dev part): the lede starts after the bracket. A bracketed name that a
    sentence is about stays."""
    flash = ("| 2005 | 66.09 | 98.82 | 34.74 |\n【中信证券:维持美妆与商业行业“强于大市”评级】中信证券研报称,GEO时代已至,"
             "GenAI浪潮逐渐重塑信息分发逻辑,搜索范式、用户决策逻辑、品牌关注点的迁移或驱动新一轮格局重塑。")
    assert excerpt(flash).startswith("中信证券研报称,GEO时代已至")
    series = "【策略:月度观察】是某某团队每月发布的系列报告,跟踪宏观经济、流动性与行业景气的边际变化,并给出配置建议。"
    assert excerpt(series).startswith("【策略:月度观察】是")


def test_a_photo_note_in_brackets_glued_before_the_lede_is_left_out() -> None:
    """A news copy glues its note on the photo to the lede (`(資料圖片僅供參考)大摩發布研究報告稱,…`, round 45's dev
    part): the note is the page's, and its `僅供參考` made the whole first sentence read as a disclaimer, so the
    excerpt started at the second. A bracket a sentence opens with stays."""
    copy = ("(資料圖片僅供參考)大摩發布研究報告稱,由于金界控股(03918)最近的交易,令該股短期估值更具吸引力,相信其股價未來60天內"
            "將跑贏大市,機會率超過80%。該行予集團”增持“評級,目標價5.5港元。 關鍵詞: 責任編輯:Rex_03")
    assert excerpt(copy).startswith("大摩發布研究報告稱,由于金界控股(03918)最近的交易")
    alone = "(相关资料图)\n\n招商证券6月4日发布公告。投资建议:按照15%税率估算,预计2023年外卖净利润为202.1亿,给予30倍PE。"
    assert excerpt(alone).startswith("招商证券6月4日发布公告")
    aside = "(以下简称“公司”)公司发布2024年年报,全年营收同比增长12%,归母净利润同比增长18%,符合市场预期。"
    assert excerpt(aside).startswith("(以下简称“公司”)公司发布2024年年报")


def test_a_hong_kong_wires_bracketed_credit_goes_before_the_lede() -> None:
    """`《經濟通通訊社26日專訊》` opens a wire's story as `<匯港通訊>` does: the wire's, not the story's
    words. (Round 45's test part, scored, no longer unseen: etnet.)"""
    text = ("《外資精點》麥格理：周大福中期收入符預期，目標價上調至18.7元\n\n《經濟通通訊社26日專訊》麥格理發表研究報告指出，"
            "周大福(01929)上半財年收入符合該行預期，但營運利潤因毛利率按年下滑90基點，而低過預期3%。不過，下半財年動能正在加速。")
    assert excerpt(text, title="《外資精點》麥格理：周大福中期收入符預期，目標價上調至18.7元").startswith("麥格理發表研究報告指出")
    assert excerpt("<匯港通訊>大和將中國光大國際(00257)目標價由6.15元上調3.3%至6.35元。該行表示，項目運營良好。"
                   ).startswith("大和將中國光大國際")


def test_a_foreign_houses_registration_note_and_a_document_sites_uploader_note_are_no_lede() -> None:
    """A foreign house's cover says its analysts are `Employed by a non-US affiliate … not registered/qualified
    pursuant to FINRA regulations`; a document-sharing site adds its uploader's `Welcome message from author`.
    Neither is the report's first sentence. (Round 45's test part, scored, no longer unseen: cupdf, fdocuments.)"""
    text = ("September 2015 China equity market outlook Steven Sun* Head of HK/China Equity Research, Managing Director "
            "The Hongkong and Shanghai Banking Corporation Limited +852 2822 4298 *Employed by a non-US affiliate of "
            "HSBC Securities (USA) Inc, and is not registered/qualified pursuant to FINRA regulations.\n\nJan 12, 2016\n\n"
            "Welcome message from author\nThis document is posted to help you gain knowledge. Please leave a comment to "
            "let me know what you think about it! Share it to your friends and learn new things together.")
    assert excerpt(text, title="September 2015 China equity market outlook") == ""
    nomura = ("Sandy Lee Equity Quantitative Strategies May 2010 NOMURA INTERNATIONAL (HK) LIMITED Any authors named on "
              "this report are research analysts unless otherwise indicated.\n\nSummary Equity markets in 2009 were led "
              "by a risk-relief value rally typical of markets setting off from a recessionary trough.")
    assert excerpt(nomura, title="Quantitative Outlook 2010").startswith("Equity markets in 2009")


def test_a_title_part_in_latin_script_opening_a_sentence_stays_the_sentences_subject() -> None:
    """Under `Morgan Stanley: two mistakes in its earlier analysis of Alibaba`, a story opening `Morgan Stanley
    believes that…` opens with its subject, not a cover's title: the house's name goes on into a verb. (Round 45's
    test part, scored, no longer unseen: ttm.)"""
    text = ("Morgan Stanley believes that there are two major mistakes in the previous analysis of Ali. First of all, "
            "since the emergence of DeepSeek in January this year, the bank did not expect the growth of Alibaba "
            "Cloud's business to accelerate significantly.")
    title = "Morgan Stanley: two mistakes in its earlier analysis of Alibaba"
    assert excerpt(text, title=title).startswith("Morgan Stanley believes that there are two major mistakes")


def test_a_digests_section_label_and_its_items_bracketed_headline_go_before_the_lede() -> None:
    """A morning note sets each item's headline in brackets after its section's label (`国际宏观  【美联储鸽派政策
    符合预期,…】美联储9月利率决议公布`): the lede is the item's first sentence. (Round 35's test part, scored, no
    longer unseen: founderfu.)"""
    text = ("早盘提示20200917\n\n09.17 / 2020\n\n国际宏观  【美联储鸽派政策符合预期,上调经济增速不改美元偏弱趋势】美联储9月"
            "利率决议公布,维持利率0-0.25%不变,符合预期。从本次美联储决议声明和点阵图上看,美联储维持超低利率不变直至2023年。")
    assert excerpt(text, title="早盘提示20200917").startswith("美联储9月利率决议公布")


def test_a_summarys_heading_written_baogao_zeyao_is_no_part_of_the_lede() -> None:
    """`报告择要` heads a summary as `报告摘要` does. (Round 35's test part, scored, no longer unseen: meipiwu.)"""
    text = ("联系人:陆银波(15210860866)\n\n报告择要\n\n序言:本篇报告系统梳理目前市场较为关注的经济数据“同比口径”问题。\n"
            "即,由于统计口径差异,不适宜直接将“当年报告期数据”与“上年已公布的同期数据”直接比较打算增速。")
    assert excerpt(text).startswith(("序言:本篇报告系统梳理", "本篇报告系统梳理"))


def test_a_sentence_keeping_a_quoted_rating_is_no_rating_legend() -> None:
    """`维持对其“增持”投资评级` states a call in a sentence; `投资评级` as a cover's field or a legend's heading
    stays boilerplate. (Round 43's test part, scored, no longer unseen: xiouwang.)"""
    assert not is_boilerplate("摩根士丹利表示,维持对其“增持”投资评级,目标价72港元,此按现金流折现率作估值。")
    assert is_boilerplate("投资评级：买入（维持）")
    assert is_boilerplate("投资评级说明：以报告日后6个月内公司股价相对同期市场基准指数的涨跌幅为基准")


def test_a_wires_dateline_in_either_script_and_the_bare_name_bracketed_after_it_are_no_lede() -> None:
    """News pages on consultancies' reports (round 47's dev part): a wire's dateline with the reporter's bare name in
    brackets after it (`新华丝路海南博鳌3月29日电(谭惠丹)`), and the traditional script's `…日電` and `本報訊`, are
    the wire's words, not the story's first."""
    silkroad = ("新华丝路海南博鳌3月29日电(谭惠丹)普华永道第27期全球CEO调研中国报告于博鳌亚洲论坛2024年年会期间发布。报告显示,"
                "59%的中国内地受访者和47%的中国香港地区受访者对中国经济在未来12个月的增长表达了乐观态度,高于全球受访者对"
                "自身所在区域经济增长保持乐观比例的平均水平。")
    assert excerpt(silkroad, title="普华永道第27期全球CEO调研中国报告发布").startswith("普华永道第27期全球CEO调研中国报告")
    peoples = ("清華大學發佈中國平衡發展指數\n\n人民網北京11月6日電(記者車柯蒙) 2020年11月4日,清華大學中國平衡發展指數發佈會"
               "在北京舉行。發佈會上,清華大學黨委副書記向波濤致辭,清華大學中國經濟社會數據研究中心、經濟管理學院、社會科學學院"
               "聯合發佈了《清華大學中國平衡發展指數報告(2020)》。")
    assert excerpt(peoples, title="清華大學發佈中國平衡發展指數").startswith("2020年11月4日,清華大學中國平衡發展指數發佈會")
    paper = ("本報訊\n普華永道27日發(fā)布的分析報告顯示,2009年第二季度中國并購市場(包括港澳地區(qū))較第一季度的低谷有所"
             "復(fù)蘇,已宣布的二季度境內(nèi)投資數(shù)量已從一季度的616宗上升到811宗。")
    assert excerpt(paper, title="普華永道:二季度中國并購市場較一季度低谷有所復蘇").startswith("普華永道27日發布的分析報告顯示")


def test_a_sentence_citing_the_titled_report_as_its_source_keeps_the_titles_words() -> None:
    """`据普华永道并购市场报告显示,…` under the title `普华永道并购市场报告:…` cites the report: its words are the
    sentence's, not a cover's title to cut. (Round 47's test part, scored, no longer unseen: ip182.)"""
    text = ("据普华永道并购市场报告显示,中国2016年并购市场的交易金额与交易数量均再创新高。中国大陆企业的海外并购投资金额"
            "增幅高达246%,几乎是2015年的3.5倍。")
    assert excerpt(text, title="普华永道并购市场报告:中国并购市场交易金额与数量再创新高").startswith("据普华永道并购市场报告显示")


def test_a_wires_credit_set_in_emphasis_and_its_day_alone_go_before_the_lede() -> None:
    """`*【環球網綜合報道】*7月11日訊,` opens a wire's story: the wire's words, not the story's. (Round 47's test
    part, scored, no longer unseen: outputnews.)"""
    text = ("2021年數字經濟規模達到45.5萬億元\n*【環球網綜合報道】*7月11日訊,中國信息通信研究院近日發佈《中國數字經濟發展白皮書"
            "(2022年)》。白皮書顯示,2012年以來我國數字經濟年均增速高達15.9%,顯著高於同期GDP平均增速。")
    assert excerpt(text, title="2021年數字經濟規模達到45.5萬億元").startswith(("中國信息通信研究院", "7月11日訊"))
    assert not excerpt(text, title="2021年數字經濟規模達到45.5萬億元").startswith("*")


def test_a_papers_credit_to_its_contributors_and_a_reposts_abridgement_note_are_no_lede() -> None:
    """`Wang Jiaqin and Fan Hang contributed to this story.` and `…报告,原文有删减。` are the page's notes on the text.
    (Round 47's test part, scored, no longer unseen: pressreader, jlgsmr.)"""
    story = ("China Daily\n\nCEOs reinforce bright growth outlook for firms\n\n- Wang Jiaqin and Fan Hang contributed to "
             "this story.\n\nCEOs of Chinese companies have a more optimistic corporate growth outlook than their global "
             "peers, according to an industry survey.")
    assert excerpt(story, title="CEOs reinforce bright growth outlook for firms").startswith("CEOs of Chinese companies")
    repost = ("作者: 发布于:2018/1/8 9:34:40 点击量:\n自麦肯锡公开发表的2017中国消费者报告,原文有删减。\n \n报告略长,在此总结报告中"
              "呈现的四个关键趋势:\n第一,消费者信心达到10年来新高,但风险仍在。一边是高房价、大笔的子女教育费用,另一边是收入增长缓慢。")
    assert not excerpt(repost, title="消费盛世下的中国消费者大观").startswith("自麦肯锡")


def test_an_accounts_note_on_which_part_it_posts_and_where_to_read_the_rest_is_no_lede() -> None:
    """Round r81 (dev, cmbchina big5): `本文為招商銀行研究《來者可追…》第一部分——…。文章全文,可以參考文末方式進行閱讀。`
    says which part of a longer piece the page posts and where the rest is read; the report starts after it."""
    text = ("來者可追——2020年中期宏觀經濟與資本市場展望\n\n招商銀行首席經濟學家        丁安華\n\n\n"
            "本文為招商銀行研究《來者可追——2020年中期宏觀經濟與資本市場展望》第一部分——來者可追:2020年宏觀經濟主線。"
            "文章全文,可以參考文末方式進行閱讀。\n——————————\n\n概要\n\n全球經濟正深陷“新冠衰退”之中。當前全球確診病例總量"
            "仍在加速上升,此前市場對全球經濟在下半年快速反彈的樂觀預期已經落空。疫情衝擊下,一季度全球主要國家經濟增速均斷崖式"
            "下跌,供需兩端的損傷呈現出顯著的結構性特徵,小微企業和低收入居民受創尤為嚴重。\n")
    title = "來者可追——2020年中期宏觀經濟與資本市場展望"
    assert excerpt(text, title=title).startswith("全球經濟正深陷“新冠衰退”之中。")
    assert excerpt(" ".join(text.split("\n")), title=title).startswith("全球經濟正深陷“新冠衰退”之中。")


def test_a_wechat_posts_byline_link_and_reader_prompts_in_markdown_are_no_lede() -> None:
    """A broker's WeChat post saved as Markdown (round 49's dev part, a repository's html-to-Markdown copy): the
    account's byline line ending in a link that goes nowhere (`[ 招商定量任瞳团队 ](javascript:void\\(0\\);)`) and
    the reader prompts `在小说阅读器读本章`, `去阅读` on lines of their own are the page's, not the post's first words."""
    text = ("#  招商定量 | 行业动量源于因子动量？ \n\n原创  招商定量任瞳团队  招商定量任瞳团队  [ 招商定量任瞳团队 ]"
            "(javascript:void\\(0\\);)\n\n_2019年10月16日 08:00_ __ _ _ _ _\n\n在小说阅读器读本章\n\n去阅读\n\n**前言**\n\n"
            "在平日的研究中，我们的很多研究的想法以及灵感都来源于日常文献的阅读。\n通过阅读行业相关学术文献，我们能够掌握最新的"
            "行业动态，并将最新的思路及方法应用到实际的量化投资研究中去。\n")
    shown = excerpt(text, title="招商定量 | 行业动量源于因子动量？")
    assert shown.startswith("在平日的研究中，我们的很多研究的想法以及灵感都来源于日常文献的阅读。")
    assert "javascript" not in shown and "去阅读" not in shown


def test_a_markdown_heading_on_its_own_line_is_not_glued_to_the_paragraph_after_it() -> None:
    """A converter's Markdown (`## 产品`, a blank line, then the paragraph): the heading's line ends it, so its two
    glyphs do not open the lede (`产品Symbiotic是…`). (Round 49's test part, scored, no longer unseen: zey9991.)"""
    text = ("# 某某实操向研报 某某Lab出品\n\n# 风险\n\n- 代币经济学具体细节未公布\n\n# 基本面\n\n## 产品\n\nSymbiotic 是一个无需许可的"
            "共享安全协议。共享安全指的是多个网络可以共享同一组节点运营商的服务和安全保障，从而提高资本效率和安全性。")
    assert excerpt(text, title="某某实操向研报").startswith("Symbiotic")


def test_a_title_repeated_whole_with_a_semicolon_between_its_parts_is_cut_whole() -> None:
    """A page repeats its title on its first line (`贵州茅台目标价涨幅超82%;德邦股份等8家公司评级被调低`): its `;` is the
    text's `；` by the time the title is looked for, and the title's own is read alike, so no part of it is left
    before the lede. (Round 48's test part, scored, no longer unseen: junlixiangv.)"""
    for title, lede_start in (("貴州茅臺目標價漲幅超82%;德邦股份等8家公司評級被調低", "南財投研通數據顯示"),
                              ("贵州茅台目标价涨幅超82%;德邦股份等8家公司评级被调低", "南财投研通数据显示")):
        text = (f"{title}\n{lede_start},8月11日至8月15日,券商给予上市公司目标价共217次,按最新收盘价计算,目标价涨幅排名居前的"
                "公司有贵州茅台(600519)。")
        assert excerpt(text, title=title).startswith(lede_start)


def test_a_central_banks_statement_read_in_a_sentence_is_no_disclaimer() -> None:
    """`从本次美联储决议声明和点阵图上看,…` reads the FOMC's statement: its clause stays in the excerpt, not dropped from
    between the first sentence and the next as a disclaimer (`免责声明`, `重要声明` still are). (Seen on a report page
    built from round 35's scored test part: founderfu.)"""
    text = ("美联储9月利率决议公布,维持利率0-0.25%不变,符合预期。从本次美联储决议声明和点阵图上看,美联储维持超低利率不变直至"
            "2023年;经济预测方面,将2020年经济增速从-6.5%上调至-3.7%。")
    assert "点阵图" in excerpt(text)
    assert is_boilerplate("请务必阅读正文之后的免责声明") and is_boilerplate("重要声明")
    assert not is_boilerplate("从本次美联储决议声明和点阵图上看")


def test_a_wechat_accounts_notice_for_professional_investors_in_english_is_no_lede() -> None:
    """A house's WeChat post in English opens on its notice (`The views and information published by this WeChat
    account are for reference only by professional investors of …`): the account's, as its Chinese `仅面向…专业投资者`
    is. (Round 50's test part, scored, no longer unseen: daydaynews.)"""
    text = ("Important tips: The views and information published by this WeChat account are for reference only by "
            "professional investors of Acme Securities. If you are not a professional investor among Acme Securities "
            "customers, please read the disclaimer at the end of this article first.\n\nView Point\n\nThe dollar index "
            "fell below 89 last Thursday, hitting new lows in nearly three years.")
    assert excerpt(text, title="Acme Macro Bond Weekly").startswith("The dollar index fell below 89")


def test_a_korean_page_reads_as_sentences_set_apart_by_spaces_after_its_credits() -> None:
    """Korean writes its words in Hangul set apart by spaces and ends its sentences with `.`, as Latin script
    does: its sentences are read one by one, a space kept between them (round 52's dev part, hankyung.com: the
    paragraph read as no sentence at all gave no excerpt). A photo's source credit on the line above the lede
    (`(출처=한국투자증권)`, etoday.co.kr) and a wire's dateline with its reporter (`(서울=연합뉴스) 임은진 기자 =`,
    after the rest of a photo's caption, konews.co.kr) are the page's, not the sentence's."""
    daishin = ('대신증권은 중국의 본격적인 위안화 절상 시기를 내년 1분기 말로 예상했습니다. 대신증권 오승훈 연구원은 "위안화 '
               '절상 시기를 결정하는 주요변수는 중국의 수출증가율 상승이 안착되는 시기 이후"라고 말하고 "내년 2월 이후 중국의 '
               '수출증가율 상승폭이 확대될 것"으로 전망했습니다. 그는 "위안화 절상폭은 3~4% 정도의 완만한 수준이 될 것"이라고 '
               '내다봤습니다. 김치형기자 chkim@wowtv.co.kr')
    shown = excerpt(daishin, title='대신증권 "위안화 본격 절상 내년 1분기 말"')
    assert shown.startswith("대신증권은 중국의 본격적인 위안화 절상 시기를 내년 1분기 말로 예상했습니다. 대신증권 오승훈")
    assert shown.endswith("전망했습니다.")
    kis = ("(출처=한국투자증권)\n5일 한국투자증권은 7월 홍콩 증시가 소폭 상승하고, 본토는 박스권 흐름을 보일 것으로 예상했다.\n"
           "이동연 한국투자증권 연구원은 “2월부터 반등했던 중화권 증시는 6월 정책 공백기를 맞아 변동성이 확대됐다”며 “이익 추정치 "
           "개선세가 먼저 나타난 홍콩 증시가 상대적으로 선방하는 흐름은 7월에도 이어질 전망”이라고 말했다.")
    assert excerpt(kis, title='한국투자증권 "7월 홍콩 증시 소폭 상승, 본토는 박스권"').startswith("5일 한국투자증권은 7월")
    wire = ("이미지 확대\n[연합뉴스 자료사진. 재판매 및 DB 금지]\n(서울=연합뉴스) 임은진 기자 = 한국투자증권은 최근 중국 위안화의 "
            "강세는 중국 경제에 대한 기대가 달라졌기 때문이라며 중국 주식의 비중을 늘릴 시점이라고 진단했다.\n정정영 연구원은 8일 "
            '보고서에서 위안화 강세 배경으로 "2025년 하반기 이후 중국의 3개년(2025∼2027년) 경제 성장률 추정치 컨센서스(시장 평균 '
            '전망치)가 모두 상향 조정"된 점을 꼽았다.')
    assert excerpt(wire, title='한투증권 "위안화 강세는 中경제 기대 변화 때문…비중 늘릴 때"').startswith("한국투자증권은 최근 중국")


def test_a_ledes_subject_ending_in_a_report_word_is_no_banner() -> None:
    """A report-type banner glued before a lede is dropped (`中国内地专题研究2021年1月…`), but a lede whose first clause's
    subject ends in such a word (`近期,券商研究报告又遭遇“信任危机”。`) keeps it: a banner holds no clause's mark
    before its word (round 54's dev part, wzsee.net: the excerpt began `又遭遇“信任危机”。`)."""
    text = ("第一经济网欢迎您!\n当前位置:首页>金融焦点 > 正文内容\n\n券商研报信任危机:荐股七成低于目标价 民生证券怎么了?\n\n"
            "近期,券商研究报告又遭遇“信任危机”。相对行业或者是宏观的报告,荐股类的报告能更快地得到市场的验证。\n\n"
            "《证券日报》记者据东方财富(13.140,-0.13,-0.98%)Choice数据整理发现,近三个月时间里,有186只股票被至少20篇券商研报推荐。")
    assert excerpt(text, title="券商研报信任危机:荐股七成低于目标价 民生证券怎么了?").startswith("近期,券商研究报告又遭遇")


def test_a_latin_title_after_a_clauses_comma_is_the_sentences_words() -> None:
    """A title in Latin script that a sentence says after a clause's comma is that sentence's subject, not the
    page's heading (round 53's dev part, alararcapital.co: cut out of the lede, it left `.” Once seen…` and the
    excerpt opened at the second sentence)."""
    text = ("As the global pharmaceutical landscape undergoes profound restructuring, China’s innovative drug industry "
            "has reached its “DeepSeek Moment.” Once seen primarily as imitators, Chinese biopharmaceutical companies "
            "are now emerging as core players on the global stage, driven by original innovation and globalization "
            "capabilities.\nSince 2025, the pace of international expansion has accelerated significantly.")
    shown = excerpt(text, title="China’s innovative drug industry has reached its “DeepSeek Moment”")
    assert shown.startswith("As the global pharmaceutical landscape undergoes profound restructuring, China’s")


def test_a_title_repeated_with_its_colon_on_a_line_of_its_own_is_cut() -> None:
    """A page may repeat its title on a line of its own with a colon after it, introducing the text below (round
    53's dev part, zxxjt.com: `电化学储能行业专题报告:千亿赛道冉冉升起:` was glued before the summary's first point)."""
    text = ("导航\n行业动态\n行业动态\n\n电化学储能行业专题报告:千亿赛道冉冉升起\n\n发布时间:2023-05-23 06:30:01 行业动态\n"
            "电化学储能行业专题报告:千亿赛道冉冉升起:\n\n概览:电化学储能产业链由设备提供商、储能系统集成商和储能系统安装商组成,"
            "在电力系统中应用场景广泛。电化学储能产业链一般是由系统集成 商对整个储能系统的设备进行选型,外购或自行生产储能电池系统、"
            "储能变 流器及其他电气设备后,匹配集成给下游的安装商,安装商在安装施工后最终交付终端用户。")
    shown = excerpt(text, title="电化学储能行业专题报告:千亿赛道冉冉升起")
    assert shown.startswith("概览:电化学储能产业链由设备提供商")


def test_a_pages_reader_count_after_its_date_stamp_is_furniture() -> None:
    """A web page stamps its date with the count of its readers after it at the line's end (round 53's dev part,
    phirda.com: `2025-11-21` over `83`, the count glued before the lede as `83近日,…`)."""
    text = ("产业资讯\n医药魔方Invest\n2025-11-21\n83\n近日,麦肯锡发布了《构建通往全球创新的桥梁》报告,呈现了中国生物制药创新"
            "在过去十年间爆发式增长的图景:\n在监管政策方面,十年前,中国启动药监改革,为加速创新铺路,今天,中国已全面融入全球监管"
            "框架(如ICH),并持续推进改革措施。")
    shown = excerpt(text, title="麦肯锡《构建通往全球创新的桥梁》:中国生物制药创新十年")
    assert shown.startswith("近日,麦肯锡发布了《构建通往全球创新的桥梁》报告")


def test_a_neutral_tone_reading_among_toned_ones_is_dropped() -> None:
    """A tool that writes each glyph's reading after it writes a neutral tone bare (`的(de)`) among the toned ones
    (round 53's dev part, a spam page's copy of a 中泰证券 piece: `恢复的(de)不确定(dìng)性` kept its `(de)`)."""
    text = ("  核心观点:在当前经济恢复的(de)不确定(dìng)性下,高(gāo)股息策(cè)略有望以其确(què)定(dìng)的股息收入(rù)和较高的"
            "安全(quán)边际为投(tóu)资者提(tí)供(gōng)不错的收益。而(ér)基本面稳(wěn)健(jiàn),分红率高而(ér)稳定,估值处于(yú)"
            "历史低(dī)位,银行板块将(jiāng)成(chéng)为高股息策略的(de)理想(xiǎng)增配板块。")
    shown = excerpt(text, title="中泰证券戴志锋:银行板块与高股息策略,稳定收益的溢价")
    assert shown.startswith("在当前经济恢复的不确定性下,高股息策略有望")
    assert "(de)" not in shown


def test_a_columns_byline_at_a_paragraphs_start_is_no_lede() -> None:
    """A column's byline on its own line at the start, its authors parted by 、 and the first one's post in brackets
    (`芦哲、张佳炜(芦哲系东吴证券首席经济学家、中国首席经济学家论坛成员)`), is the host's credit: the excerpt opens on
    the column's first sentence (round 55's dev part, tianjindaily.com.cn: it opened on the byline)."""
    text = ("芦哲、张佳炜(芦哲系东吴证券首席经济学家、中国首席经济学家论坛成员)\n2025年9月FOMC会议如期宣布降息25个基点(bps),"
            "将政策利率区间调整至[4.0%, 4.25%]。点阵图显示年内剩余两次降息,2026年仅额外降息一次,较市场预期更显鹰派。")
    assert excerpt(text, title="美联储9月议息会议点评").startswith("2025年9月FOMC会议如期宣布降息25个基点")


def test_a_portal_columns_byline_with_the_authors_post_is_no_lede() -> None:
    """A portal column's byline, the column's name, a bar, the author and his post in brackets
    (`意見領袖丨劉元春(中國人民大學副校長)`, 新浪財經's), is the host's credit: the excerpt opens on the column's first
    sentence, on its own line or flattened after it (round 82's dev part, whmsebhyy.com: it opened on the byline)."""
    text = ("意見領袖丨劉元春(中國人民大學副校長)\n2021年既是中國疫后經濟的元年,也是十四五規劃的開局之年,是“兩個百年目標”、"
            "“兩個五年規劃”的交匯期與戰略轉換期,開啟全面建設社會主義現代化國家新征程。一方面,中國經濟從快速復蘇到實現常態化"
            "具有十分重要的戰略意義,為十四五規劃的部署實施和加快構建新發展格局創造良好的宏觀環境。")
    for shown in (text, text.replace("\n", " ")):
        assert excerpt(shown, title="劉元春:2021-2022年宏觀經濟運行與區域經濟分化").startswith("2021年既是中國疫后經濟的元年")


def test_a_sentence_on_a_publication_two_houses_issued_together_is_no_credit() -> None:
    """`联合发布` marks a white paper's cover credit (`某某研究院 某某协会 联合发布`), but a sentence telling of a titled
    publication that two houses issued together (`招商银行和贝恩公司联合发布《2023中国私人财富报告》。`) is the article's
    first sentence, not boilerplate (round 57's dev part, txffgt.cn: the excerpt opened on the sentence after it)."""
    text = ("请收好这份信托公司资产配置实践路径\n作者来自中粮信托良益研究院\n近日,招商银行和贝恩公司联合发布《2023中国私人财富报告》。"
            "报告显示2022年,可投资资产在1000万元(人民币,下同)以上的中国高净值人群数量达316万人,人均持有可投资资产约3183万,"
            "共持有可投资资产101万亿,2020-2022年年均复合增速为10%。从金融需求来看,调研中超过四成的高净值人群有家庭资产综合"
            "配置的需求。")
    assert excerpt(text, title="请收好这份信托公司资产配置实践路径").startswith("近日,招商银行和贝恩公司联合发布")


def test_a_symbol_fonts_letter_bullet_after_a_labels_colon_opens_the_first_point() -> None:
    """Wingdings' disc bullet comes out of a PDF as the letter `l`; standing alone after a summary's label and its colon,
    on the next line (`主要内容:` / `l 本月中上旬,…`), it is the first point's bullet, so the point is a sentence of its own,
    not the tail of the cover's lines before the label (round 57's dev part, bwwdw.com: the first point was lost with
    the cover's `相关研究`)."""
    text = ("理财市场\n\n基金评价\n\n2012年4月24日\n\n理财产品证券研\n\n究报告\n\n市场热情突减 私募措手不及\n\n"
            "——2012年3月私募基金评价及市场分析\n\n相关研究\n\n主要内容:\n\nl 本月中上旬,投资者普遍预期两会期间会出台支持各行各业发展的"
            "政策,\n\n普遍看好市场,但是随着两会结束,投资者预期落空,加之披露的各经济数据显示出经济增速下滑,且通胀也有反弹态势,"
            "前期被忽略的众多利空因素开始被市场反应,市场出现了急速下跌,最终本月上证综指下跌6.82%,兴业信托·朝阳永续中国私募基金指数"
            "下跌4.44%,私募基金整体业绩表现略好于市场平均表现。以单只私募基金业绩表现看,共有828只私募基金有3月净值数据。")
    shown = excerpt(text, title="市场热情突减 私募措手不及——2012年3月私募基金评价及市场分析")
    assert shown.startswith("本月中上旬,投资者普遍预期两会期间会出台支持各行各业发展的政策,普遍看好市场")


def test_a_news_photos_caption_and_an_advertisement_slot_are_no_lede() -> None:
    """A news page's photo caption with the photographer's and the agency's credit on the next line (round 56's dev
    part, globalcourant.com: `A food delivery boy sits outside … on May 30, 2023.` / `Jade Gao | Afp | Getty Images`),
    or closed by the agency's name as a sentence (bankofsingapore.com: `Pan Gongsheng, Governor of the People's Bank of
    China. AFP.`), is the page's; so is an advertisement slot's label between dashes (`- Advertisement -`), which made
    the lede above it read as a list's heading."""
    courant = ("China heading for Japanese stagnation? says Macquarie\n\nHarris Marley\n\nGlobal Courant\n\nA food "
               "delivery boy sits outside a restaurant in a shopping mall in Beijing on May 30, 2023.\n\nJade Gao | Afp | "
               "Getty Images\n\nBEIJING — China’s economic recovery from the pandemic is expected to broaden, meaning the "
               "country is not yet heading for a Japanese-style stagnation, said Macquarie’s Chief China Economist Larry "
               "Hu.\n\n- Advertisement -\n\nChina’s recent economic data largely disappointed investors hoping for a sharp "
               "recovery in the world’s second-largest economy after the end of Covid controls in December.")
    shown = excerpt(courant, title="China heading for Japanese stagnation? says Macquarie")
    assert re.sub("^BEIJING — ", "", shown).startswith("China’s economic recovery from the pandemic is expected")
    bos = ("Pan Gongsheng, Governor of the People's Bank of China. AFP.\nChina’s outlook is at a critical juncture. Its "
           "GDP jumped an impressive 2.2% QoQ in 1Q23 after the country reopened from the pandemic. But the economy only "
           "expanded by 0.8% QoQ in 2Q23 as confidence faded in the recovery.")
    assert excerpt(bos, title="Macroeconomics: Make China grow again").startswith("China’s outlook is at a critical")


def test_a_report_librarys_terms_on_what_its_users_upload_are_no_lede() -> None:
    """A report library's terms say its users upload what it only stores (`研报资料由网友上传,…慧博投研资讯仅提供存放服务`)
    and how rights holders complain (`…侵犯第三人著作权…提出书面权利通知,并提供身份证明、权属证明及详细侵权情况证明`,
    `…遵循版权保护投诉指引处理…`): boilerplate, not the report's summary after them (round 59's dev part,
    rivaborella.com: the excerpt was the second term)."""
    text = ("研究报告:中金公司-酒类食品饮料行业:中国高端啤酒市场仍处起步阶段-190715\n\n 酒类食品行业     |      2020-03-06\n\n"
            "  1. 用户直接或通过各类方式间接使用慧博投研资讯所提供的服务和数据的行为,都将被视作已无条件接受本声明所涉全部内容;"
            "若用户对本声明的任何条款有异议,请停止使用慧博投研资讯所提供的全部服务。\n\n  2. ◆▼用户需知,研报资料由网友上传,"
            "所有权归上传网友所有,慧博投研资讯仅提供存放服务,慧博投研资讯不保证资料内容的合法性、正确性、完整性、线. 任何单位或个人"
            "若认为慧博投研资讯所提供内容可能存在侵犯第三人著作权的情形,应该及时向慧博投研资讯提出书面权利通知,并提▷•●供身份证明、"
            "权属证明及详★◇▽▼•细侵权情况证明。慧博投研资讯将遵循版权保护投诉指引处理该信息内容;\n\n  目前高端格局一超多强,"
            "且现在各大本土龙头也已战略重视高端,并通过快速扩充高端产品组合上攻高端市场。")
    shown = excerpt(text, title="研究报告:中金公司-酒类食品饮料行业:中国高端啤酒市场仍处起步阶段-190715")
    assert shown.startswith("目前高端格局一超多强")


def test_a_cloud_drives_share_lines_are_no_lede_and_a_code_platforms_stars_no_wechat_notice() -> None:
    """A report-sharing page's cloud-drive lines (`【迅雷批量下载】:链接:https://pan.xunlei.com/s/… 提取码:umqb`) are its
    chrome, not a label introducing the summary; and the stars a code platform counts (`OpenClaw登顶GitHub星标历史第一`)
    are no WeChat account's request to star it (`设为星标`): the summary's first sentence opens the excerpt (round 59's
    dev part, mklist.com: the share lines led and the first sentence was dropped)."""
    text = ("【原报告在线阅读和下载】:20260309【MKList.com】传媒行业点评报告:OpenClaw出圈,政策再助力,继续布局AI及游戏 | 四海读报\n"
            "【迅雷批量下载】:链接:https://pan.xunlei.com/s/VOXJ23RJHhoECPL5FRrVathfA1 提取码:umqb\n"
            "【夸克批量下载】:链接:https://pan.quark.cn/s/fe42cc605010 提取码:j4Vv\n1. 一段话总结\n"
            "开源证券2026年3月传媒行业点评报告指出,行业核心亮点集中在AI应用爆发与游戏板块红利释放:OpenClaw登顶GitHub星标历史第一"
            "(25.2万颗星)、Suno等AI应用ARR高速增长(Suno达3亿美元),拉动Token量与算力云需求;谷歌宣布6月起Google Play抽成比例从30%"
            "降至20%(订阅类最低10%),利好出海游戏企业。")
    shown = excerpt(text, title="传媒行业点评报告:OpenClaw出圈,政策再助力,继续布局AI及游戏")
    assert shown.startswith("开源证券2026年3月传媒行业点评报告指出")
    assert is_boilerplate("点击上方蓝字关注我们,设为星标")


def test_a_charts_unit_and_axis_dates_before_the_first_label_are_no_part_of_the_lede() -> None:
    """A report library's digest opens on a chart caption's remnant, its unit in brackets and the first dates of its axis
    glued before the first label (`…指数周涨跌幅(20251201-20251205)(%)2025-12-1 行业核心数据跟踪:电价:…`): no
    sentence opens on `(%)`, so the excerpt starts at the label (round 59's dev part, djyanbao.com, two weeklies)."""
    text = ("> 数据图表怎样理解指数周涨跌幅(20251201-20251205)(%)2025-12-1 行业核心数据跟踪:电价:2025 年 11 月全国平均电网代购电价"
            "同比下降 2%环比2.8%。煤价:截至 20251205,动力煤秦皇岛 5500 卡平仓价 785 元吨,周环比下跌 31 元。水情:截至 20251205,三峡"
            "水库站水位 172.84 米,2021、2022、2023、2024 年同期水位分别为 172.24 米、158.23 米、171.27 米、167.82 米蓄水水位正常。")
    shown = excerpt(text, title="公用事业行业周报:电改深化电力重估,红利配置价值显著")
    assert shown.startswith("行业核心数据跟踪:电价:2025年11月全国平均电网代购电价同比下降2%环比2.8%。")


def test_a_chinese_photo_caption_with_its_credit_and_a_writers_credit_line_are_no_lede() -> None:
    """A news page's photo caption ending with the photo's credit in brackets, twice over the story (round 58's dev
    part, ctwant.com: `國際評級機構穆迪18日一次下調7家大陸房企的企業評級。(圖/新華社)`), is the page's; so is a writer's credit
    alone on its line after the periodical's name (3g.cnfol.com: `红周刊 作者 | 伊文`), which was glued before the story."""
    ctwant = ("跳至主要內容區塊\n國際\n大陸\n\n中國房企遭逆風襲擊 穆迪下調7家企業評級\n\n"
              "國際評級機構穆迪18日一次下調7家大陸房企的企業評級。(圖/新華社)\n\n"
              "國際評級機構穆迪18日一次下調7家大陸房企的企業評級。(圖/新華社)\n\n"
              "大陸近期不樂觀的房企融資環境,又面臨評級機構的一陣逆風。10月18日國際評級機構穆迪下調大陸多家房企的企業評級,"
              "包括綠地控股、陽光城、中國奧園、佳兆業、祥生控股集團、富力地產、中梁控股等7家。從穆迪最新報告觀察,如此密集下調"
              "房企評級,出自於對房企未來銷售、融資前景的不樂觀。")
    assert excerpt(ctwant, title="中國房企遭逆風襲擊 穆迪下調7家企業評級").startswith("大陸近期不樂觀的房企融資環境")
    cnfol = ("中金在线 > 市场 > 股市直播\n\n|股市直播\n\n高盛预计沪深300来年挑战5500点,布局核心资产剑指跨年行情或借指基\n\n"
             "证券市场红周刊 佚名\n\n|\n  红周刊 作者 | 伊文\n  近日,高盛公开宣称预计2022年A股估值会有明显回升。其预计,"
             "明年底沪深300指数会到5500点,潜在回报大概为12%。同时,中证指数公司宣布,修订沪深300指数样本空间规则,"
             "将创业板证券进入指数样本空间时间规则调整为上市时间超过一年。")
    shown = excerpt(cnfol, title="高盛预计沪深300来年挑战5500点,布局核心资产剑指跨年行情或借指基")
    assert shown.startswith("近日,高盛公开宣称预计2022年A股估值会有明显回升")


def test_analysts_a_sentence_speaks_of_are_no_cover_byline() -> None:
    """`分析师` is a cover's byline (`分析师 邵将 SAC…`, `分析师:某某`), but a sentence may speak of analysts (`策略分析师更像
    谋士`, `分析师推荐前后收益`, `分析师预期因子`): that sentence is the lede, and holds no boilerplate (round 32's dev part,
    wukong: the excerpt opened two sentences late; round 49's, quantwiki: no excerpt at all)."""
    strategy = ("过去,策略分析师更像谋士,更偏自上而下的宏大叙事。而当下,策略研究则越来越需要侦探思维,从微观行业、高频数据、持仓与"
                "交易情绪(拥挤度)等寻找线索,从市场各种“蛛丝马迹”出发,一步步“抽丝剥茧”探寻真相。 从去年拥挤度框架的构建,到“新半军”"
                "的结构分析法,到今年我们构建的118个微观行业比较方法论,我们的研究框架和方法论也一直在与时俱进。")
    assert excerpt(strategy, title="兴证策略 | 100篇深度:我们的研究苦旅,策略的革新之路").startswith("过去,策略分析师更像谋士")
    signal = ("导读\n\n本文首先对分析师推荐前后收益特征进行分析，发现全样本来说存在明显的反转效应，尤其体现在前期超额收益高的股票上，"
              "后面表现得非常糟糕。并且从超额收益的均值与中位数可以看出股票收益存在明显的右偏，分析师推荐后表现特别好的股票拉高了均值，"
              "而其总体中长期胜率并未超过50%。")
    assert excerpt(signal, title="【华创金工】分析师推荐信号深入挖掘").startswith("本文首先对分析师推荐前后收益特征进行分析")
    assert is_boilerplate("分析师 邵将SAC执业证书编号") and is_boilerplate("证券分析师:张三")

def test_a_rating_agencys_method_and_a_quoted_ratings_word_are_no_legend() -> None:
    """`行业评级` is a rating legend's heading, but a credit-rating agency compares each industry's rating method
    (`同一行业评级方法的异同`, round 38's dev part, ttnews); `投资评级` is a cover's field, but a sentence keeps a quoted
    rating with its word (`維持「加碼」的投資評級`, round 37's, nownews): both sentences are ledes."""
    method = ("「行業研究」火電行業信用評級方法的比較與研究\n\n原創: 聯合評級 工商評級三部 電力行業研究小組\n\n\n隨著我國債券市場加快"
              "對外開放,中國債券市場也將吸引更多的國外資本和投資者參與,如何更好地理解國內外評級機構評級的差異,首先是需要了解境內外"
              "評級機構同一行業評級方法的異同。因此,聯合資信和聯合評級就相關評級體系、評級方法與國際主流評級機構進行比較研究,以期更好"
              "地與投資者進行交流和溝通。")
    assert excerpt(method, title="「行業研究」火電行業信用評級方法的比較與研究").startswith("隨著我國債券市場加快對外開放")
    tsmc = ("又有外資上調台積電目標價，摩根大通（小摩）調高台積電（2330）股價的目標價24%，調升至新台幣2100元，並維持「加碼」的投資"
            "評級，主因為預期今、明兩年的營收都將強勁成長二位數百分比。小摩預期，台積電2026年的毛利率區間將處於60%-70%區間的下緣。")
    assert excerpt(tsmc).startswith("又有外資上調台積電目標價")

def test_a_papers_dateline_and_a_sites_bracketed_dateline_are_no_lede_words() -> None:
    """A paper's dateline (`本報北京7月15日消息,`, round 47's dev part) and a site's dateline in brackets (`【看中國2022年3月26日
    訊】`, round 52's) stand before the story's first words as a wire's `…3月8日电,` does: the lede starts after them."""
    paper = ("2018年07月16日 19:42 人民日報\n本報北京7月15日消息,中國互聯網協會近日發布的《中國互聯網發展報告2018》顯示,截至2017年底,"
             "中國網民規模達7.72億人,相比2016年新增網民4074萬人,互聯網普及率為55.8%。報告顯示,去年中國網絡購物市場交易規模達7.18萬億元,"
             "同比增長32.2%。")
    assert excerpt(paper, title="中國互聯網協會發布《中國互聯網發展報告2018》").startswith("中國互聯網協會近日發布的")
    site = ("【看中國2022年3月26日訊】據媒體報導,野村控股3月26日在報告中表示,中國經濟正面臨2020年春季首波COVID-19疫情爆發以來最嚴峻的"
            "下行壓力。\n據《自由時報》報導,彭博社引述野村控股的報告說,中國經濟放緩在今年第一季度惡化。")
    assert excerpt(site, title="野村:中國經濟面臨疫情以來最嚴峻下行壓力").startswith("據媒體報導,野村控股3月26日")

def test_a_possessive_before_a_figure_opens_the_sentence() -> None:
    """`Malaysia’s modest 2Q23 GDP is aligned…`: a possessive and its adjective before a quarter are the sentence's
    subject, not a cover's words before its first capital (round 52's dev part, i3investor: the lede opened at `GDP`)."""
    text = ("Key Highlights:\nMalaysia’s modest 2Q23 GDP is aligned with our expectations. A continued moderation in the "
            "growth trend is expected in the third quarter. This is despite gradual improvements in economic indicators "
            "month to date (such as CPO production and labour market) as these advancements are unable to offset the "
            "influence of a high base effect.")
    assert excerpt(text, title="Monthly Economic Report - Limited Catalyst for Now").startswith("Malaysia’s modest 2Q23")

def test_a_question_on_a_line_of_its_own_over_a_paragraph_is_a_deck() -> None:
    """A web page's deck, a short question on its own line before a blank one (`Will robots become the next
    smartphones?`), is no sentence of the paragraph after it, which the lede opens (round 53's dev part)."""
    text = ("Published on27 FEB 2024\nWill robots become the next smartphones?\n\nThe worldwide market for humanoid robots "
            "is forecast to be bigger than analysts in Goldman Sachs Research expected even a year ago. The prospects for "
            "machines that help with everything from folding laundry to handling hazardous waste have improved as "
            "progress in artificial intelligence accelerates.")
    shown = excerpt(text, title="The global market for robots could reach $38 billion by 2035")
    assert shown.startswith("The worldwide market for humanoid robots")

def test_a_lost_glyphs_question_mark_beside_a_comma_is_dropped() -> None:
    """A page whose encoding lost glyphs shows them as `?`, here beside a comma (`…特殊类型的债券,?持有者…`,
    `…的股票?,其结合了…`): no question ends on a comma, so the mark goes and the sentence is whole (round 40's dev
    part, yfwz: the lede opened at `其結合了`)."""
    text = ("揭秘可轉債市場五大新變化 錯殺標的望迎價值回歸\n\n梁謙剛 證券時報\n\n  可轉債是一種特殊類型的債券,?持有者可以在一定條件下"
            "將其轉換為發行公司的股票?,其結合了債券的固定收益和期權的增值潛力,?歷來被視為“進可攻、退可守”的投資品種。")
    assert excerpt(text, title="揭秘可轉債市場五大新變化 錯殺標的望迎價值回歸").startswith(
        "可轉債是一種特殊類型的債券,持有者可以在一定條件下將其轉換為發行公司的股票,其結合了")

def test_a_paragraph_opening_with_questions_it_answers_is_the_lede() -> None:
    """A summary's paragraph asks a few questions and goes on to a statement (`…哪些板塊業績表現更好?…今年商譽減值壓力如何?
    一文讀懂…。`): its first question opens the lede, as in English (round 44's dev part, rebor: the lede opened at the
    statement)."""
    text = ("粵開崇利論市\n粵開證券研究院策略組負責人 譚韞琿\n核心觀點:\n2019年年報業績預告出爐,哪些板塊業績表現更好?各行業龍頭"
            "表現如何?今年商譽減值壓力如何?一文讀懂年報業績預告,創業板緣何率先創反彈新高。\n低基數+景氣度上行,2019年A股業績改善明顯\n"
            "截至2019年2月4日,A股整體業績預告率為60.14%,其中創業板由于披露要求限制,披露率最高,達99.37%。")
    assert excerpt(text, title="粵開策略|深度:一文讀懂年報預告,創業板緣何成做多旗幟(龍頭全梳理)").startswith("2019年年報業績預告出爐")
    heading = "市场有哪些不同?市场有哪些不同?\n\n今年以来,A股市场整体表现平稳,成交额维持在万亿元以上,两融余额稳步回升。"
    assert excerpt(heading).startswith("今年以来")

def test_a_photos_bracketed_credit_and_a_quote_widgets_change_are_the_pages() -> None:
    """A photo's caption closed by its credit in brackets (`…in Shanghai, China. (Photo by Lintao Zhang/Getty Images)`,
    round 50's dev part, chinatopix) and a quote widget's changes on lines of their own (`-+ 0.00%`, webull) are the
    page's, not the story's first words."""
    caption = ("China Think-Tank Lowers 2016 Economic Forecast\n\nChina Economy\n\nChinese tourists stand along the "
               "promenade at the Bund in front of the financial district of Pudong on June 17, 2016 in Shanghai, China. "
               "(Photo by Lintao Zhang/Getty Images)\n\nChina's economic growth this year will be dragged down by the "
               "slower than expected global demand recovery, according to the China International Capital Corp (CICC).")
    assert excerpt(caption, title="China Think-Tank Lowers 2016 Economic Forecast").startswith(
        "China's economic growth this year")
    quotes = ("-+ 0.00%\n-+ 0.00%\n-+ 0.00%\n\nCITIC Securities pointed out that compared to the operating range of "
              "1.6%-1.9% of China's 10-year treasury bonds in 2025, we judge that the yield center may shift by 10 bps in "
              "2026, while maintaining a fluctuation space of around 30 bps.")
    assert excerpt(quotes).startswith("CITIC Securities pointed out")

def test_a_years_review_label_before_its_colon_is_no_lede_word() -> None:
    """A year's review label (`2019行情回顾:`, round 47's dev part) goes as a summary's other labels do: the lede opens
    after its colon. (A review's label alone, `行情回顾:`, stays: see the tests on `行情回顾:隔夜原油…`.)"""
    outlook = ("股指期货\n2020年市场展望\n\n\n\n报告摘要\n\n2019行情回顾:\n2019年一季度A股经历了“资金+情绪”为主导的快速上涨行情,"
               "估值和情绪修复是股市上涨的核心驱动力;在中美贸易谈判反复、盈利青黄不接以及显著上升的CPI压力下,二季度股指回调。")
    assert excerpt(outlook, title="【专题报告】股指期货2020年市场展望").startswith("2019年一季度A股经历了")
    assert excerpt("2019年回顾过去一年的走势,指数在震荡中上行,成交额明显放大,两融余额稳步回升。").startswith("2019年回顾过去")

def test_a_subsections_numbered_heading_line_does_not_run_into_its_paragraph() -> None:
    """A sub-section's numbered heading on its own line (`(一)发展历史:二十年升级转型,从…领导者`), wider than the wrapped
    paragraph's line after it, is a heading: it does not run into the paragraph's first sentence (round 55's dev
    part, datayes: the heading's words opened the excerpt, glued to `浙江华友钴业…`)."""
    text = ("一、华友钴业:从钴行业龙头转型锂电材料领导者\n\n(一)发展历史:二十年升级转型,从全球钴行业领先者迈向全球新能源锂电材料行业"
            "领导者\n\n浙江华友钴业股份有限公司是一家从事新能源锂电材料 和钴新材料研发、制造的高新技术企业。根据公司官网,华友钴业前身华友"
            "钴镍材 料设立于2002年,公司2015年1月29日在A股上市。")
    shown = excerpt(text, title="华友钴业研究报告:全球一体化布局成形,高端锂电材料开启放量")
    assert shown.startswith("浙江华友钴业股份有限公司是一家")

def test_a_japanese_notes_subtitle_after_a_wave_dash_is_no_lede_word() -> None:
    """A Japanese note's subtitle after a wave dash, ending where its line did (`~製造業PMI評価(2016年12月)と17年経済見通し`),
    is a heading over the first sentence, not its first words (round 52's dev part, expydoc x2)."""
    text = ("マーケット・フォーカス\n\n経済:中国\n底堅い動きが続こう。当面は金融リスクに留意が必要\n~製造業PMI評価(2016年12月)と17年経済"
            "見通し\n 2016年の国家統計局の製造業PMIは1月の50割れ(49.4)でスタートも3月に50台に乗せ、10\n月以降勢いが高まり、12月は前月比"
            "▲0.3ポイントの51.4と小幅低下も、14年7月以来の高値となった。")
    shown = excerpt(text, title="マーケット・フォーカス 経済:中国 底堅い動きが続こう。当面は金融リスクに留意が必要")
    assert shown.startswith("2016年の国家統計局の製造業PMIは")

def test_a_japanese_sentence_under_a_stamp_with_its_weekday_is_the_lede() -> None:
    """A page's stamp with the weekday in brackets (`2017/11/22(水) 14:21`) is a stamp, and a Japanese sentence dense
    with figures is prose by its kana as well as its kanji: the lede is the story's first sentence (round 52's dev
    part, traders: it opened at the second)."""
    text = ("香港証券取引所の株価が今後15日で上昇する見込み=モルスタ\n\n2017/11/22(水) 14:21\n モルガン・スタンレーは最新リポートで、"
            "香港証券取引所(00388)の投資判断を「イコールウエート」に維持した上で、目標株価を190HKドルから270HKドルに引き上げた。その上で、"
            "株価が今後15日にかけて80%以上の確率で上昇するとの見通しを示した。")
    shown = excerpt(text, title="香港証券取引所の株価が今後15日で上昇する見込み=モルスタ")
    assert shown.startswith("モルガン・スタンレーは最新リポートで")

def test_a_korean_titles_words_inside_a_sentences_word_are_not_cut() -> None:
    """A Korean title's words the first sentence repeats inside its own words (`…위안화의 단순절상보다는 외환관련…` under
    `…위안화 단순절상보다 외환규제 완화로 대응`) are the sentence's: not cut as the cover's title (round 52's dev part,
    hankyung: the lede opened at `는 외환관련`)."""
    text = ("대신증권은 중국정부가 위안화의 단순절상보다는 외환관련 규제 완화를 통해 외부 압력에 대응할 것으로 내다봤다. 22일 대신 곽경훈 "
            "연구원은 위안화 절상의 부정적 효과가 부각되고 있지만 내년 달러 약세 기조 속에서 미국의 대중 무역역조가 심화된다면 위안화 절상 "
            "내지는 환율제도 변경 압력은 지속될 것으로 전망했다.")
    shown = excerpt(text, title='대신증권 "中, 위안화 단순절상보다 외환규제 완화로 대응"')
    assert shown.startswith("대신증권은 중국정부가 위안화의 단순절상보다는 외환관련")

def test_a_qa_sites_prompt_and_a_posts_cashtags_are_no_lede_words() -> None:
    """A Q&A site's prompt under an answer (`你对这个回答的评价是?`, round 50's dev part, gotaobaowang) and a forum post's
    cashtags before its first words (`$小米集团ADR(XIACY)$ $小米集团-W(01810)$`, round 43's, laohunote) are the page's:
    the lede opens after them."""
    answer = ("货币是用来衡量物品的价值的一種代币货币话能具体的体现经历的起伏\n你对这个回答的评价是?\nGDP是工业经济时代的产物在數字经济"
              "时代我们需要建立新的指标体系。就当前来讲争论GDP增长是否应该“保6”意义不大,数字经济时代传统的GDP的重要性下降我们更應该关注"
              "就业、教育、医疗保障、研发投入等直接反映民生和经济发展潜力的指标。")
    assert excerpt(answer, title="彭文生:下个十年:数字经济").startswith("GDP是工业经济时代的产物")
    post = ("$小米集团ADR(XIACY)$ $小米集团-W(01810)$ 市场对小米集团-W(01810.HK)的涨势存在明显的多空分歧,整体来看中长期乐观预期"
            "占主流,但短期股价波动的不确定性较高,核心逻辑与风险点如下:\n一、看好小米股价上涨的核心支撑\n1. 汽车业务超预期兑现,成为"
            "第二增长曲线\n小米汽车2026年1月交付超3.9万辆,登顶新势力销冠,同比增长约95%,在行业淡季环比仅下滑22%。")
    assert excerpt(post, title="小米集团-W涨势的多空分歧").startswith("市场对小米集团-W(01810.HK)的涨势")

def test_a_preview_cut_inside_its_first_sentence_shows_the_sentence_to_the_cut() -> None:
    """A preview that ends inside the report's first sentence, no sentence end anywhere before (the cover's lines, then
    `中国平安于 1988 年于深圳蛇口成立,…业务范围最广泛的综合金融`, round 34's dev part, sgpjbg; round 35's 345wk), shows that
    sentence up to the cut, marked with `…`; a cover's lines alone, or a cut line of one clause, show nothing."""
    text = ("中国平安-公司研究报告-产寿险领头公司业务具有较强韧性-250508\n保险\n证券研究报告\n2025年05月08日\n投资评级\n买入(首次评级)\n"
            "股价走势\n产寿险领头公司,业务具有较强韧性\n中国平安于 1988 年于深圳蛇口成立,深耕保险行业近 40 年,是我国首家股份制保险企业,也是"
            "我国金融牌照最齐全、业务范围最广泛的综合金融")
    shown = excerpt(text, title="中国平安-公司研究报告-产寿险领头公司业务具有较强韧性-250508")
    assert shown.startswith("中国平安于1988年于深圳蛇口成立") and shown.endswith("综合金融…"), shown
    assert excerpt("证券研究报告\n2025年05月08日\n投资评级\n买入(首次评级)\n安克创新 4 月 19 日公布 2022 年报,2022 年收入 142.5") == ""

def test_a_titles_part_the_text_says_as_a_sentence_is_the_lede() -> None:
    """A title's first part that the text opens with as a sentence of its own (`The stock index fell 1.77% this week.
    How will…` under `The stock index fell 1.77% this week: the latest investment strategies…`) is the lede's first
    sentence, not the cover's title (round 50's dev part, chinastockmarketnews)."""
    text = ("The stock index fell 1.77% this week. How will A-Shares run next week? We have summarized the latest "
            "investment strategies of major institutions for investors’ reference.\nXingzheng strategy: “policy bottom” + "
            "“market bottom” has grasped the repair window\nWith the continuous release of China’s policy warmth, the "
            "currency and credit are expected to be loose.")
    shown = excerpt(text, title="The stock index fell 1.77% this week: the latest investment strategies of major institutions")
    assert shown.startswith("The stock index fell 1.77% this week. How will")

def test_a_mail_service_a_report_covers_is_no_cover_contact() -> None:
    """`邮箱:` is a cover's contact label, but a report on a mail service names it in its sentences (`国产邮箱领军者`,
    `手机邮箱业务`): the summary's first point is the lede (round 32's dev part, wukong: it opened at the second)."""
    text = ("评级:买入(首次) 关键词:#第二曲线 投资要点 国产邮箱领军者,持续拓展业务边界:公司成立初期主要从事基础互联网业务,2005年正式上线"
            "手机邮箱业务,2009年手机邮箱产品全面升级为中国移动\"139邮箱\"。随着互联网行业发展,公司将业务重心逐步集中到“产业互联网技术及"
            "服务提供商”,专注于帮助企业打造面向消费者的新型产品和渠道。")
    shown = excerpt(text, title="东吴计算机【彩讯股份:国产邮箱领军者,AI、信创铸就新机遇】")
    assert shown.startswith("国产邮箱领军者,持续拓展业务边界") or shown.startswith("公司成立初期主要从事基础互联网业务"), shown
    assert is_boilerplate("邮箱:whm2@dgzq.com.cn") and is_boilerplate("分析师 邮箱")


def test_a_news_pages_dek_the_story_repeats_is_no_lede() -> None:
    """A news page's dek in English, a quotation the story repeats a paragraph later (round 48's dev part, moneycontrol:
    `“Multiple positive developments…,” strategists … wrote…` over `Morgan Stanley is turning bullish again…` and the
    quotation again), is the page's: the lede is the story's first paragraph after it."""
    quote = ("“Multiple positive developments alongside a clear path set toward reopening warrant an upgrade,” "
             "strategists including Laura Wang wrote in a note dated Sunday.")
    text = ("Morgan Stanley upgrades China stocks on reopening bullishness\n\nBloomberg\nDec 05, 2022 / 09:20 AM IST\n\n"
            f"{quote} “We are at the beginning of a multi-quarter recovery in earnings revisions and valuations.”\n\n"
            "File image of the Morgan Stanley headquarters (Image: Bloomberg)\n\nMorgan Stanley is turning bullish again on "
            "Chinese stocks after almost two years, joining a growing chorus of Wall Street banks that are sanguine on the "
            f"nation’s outlook as it moves to relax Covid-19 measures.\n\n{quote} “We are at the beginning of a multi-"
            "quarter recovery in earnings revisions and valuations.”\n\nThe brokerage lifted China to overweight.")
    shown = excerpt(text, title="Morgan Stanley upgrades China stocks on reopening bullishness")
    assert shown.startswith("Morgan Stanley is turning bullish again on Chinese stocks"), shown


def test_a_wires_bracketed_original_title_and_a_topic_of_a_clause_leave_the_lede() -> None:
    """A repost's note on the original title in brackets (`(原標題:…(9618 HK)「買入」評級)`) is the page's up to its closing
    bracket, not to the sentence end after it; and a summary heading's words as the topic of a clause (`核心投資邏輯方面,
    研報指出…`) are no heading: the lede is the wire's first sentence (round 43's dev part, itiger)."""
    text = ("(原標題:【券商聚焦】華泰研究維持京東集團-SW(9618 HK)「買入」評級)金吾財訊|華泰研究發佈研報指,京東集團-SW(9618 HK)面臨家電"
            "品類銷售高基數帶來的短期增長壓力,但看好其長期發展潛力,維持「買入」評級,目標價150.58港元(對應每ADS 38.70美元)。\n核心投資"
            "邏輯方面,研報指出2024年9月以來的國補行動導致家電品類銷售高基數,預計4Q25京東零售收入同比下滑2.9%至2981億元人民幣。")
    shown = excerpt(text, title="【券商聚焦】華泰研究維持京東集團-SW(9618 HK)「買入」評級")
    assert shown.startswith("華泰研究發佈研報指,京東集團-SW(9618 HK)面臨"), shown


def test_a_line_ending_on_a_word_that_wants_its_object_runs_on() -> None:
    """A line of prose ending with `达` (or `为`, `至`, `的`) before a line of glyphs (`…营收达` / `人民币2,478 亿元,…`, a
    wire that spaces its figures) is a sentence the layout broke, not a heading: the lede keeps its first clause (round
    43's dev part, tradingkey: it opened at `人民币2,478亿元`)."""
    text = ("招银国际研报指阿里巴巴(09988)2QFY26营收同比增长4.8%\n金吾财讯 | 招银国际研报指,阿里巴巴(09988)2QFY26(财年结于 3 月)营收达 "
            "人民币2,478 亿元,同比增长 4.8%,分别较招银国际预期/彭博一致预期高出2.7%/ 1.1%。季度调整后息税及摊销前利润(EBITA)为 91 亿元,"
            "同比大幅下降 78%。")
    shown = excerpt(text, title="招银国际研报指阿里巴巴(09988)2QFY26营收同比增长4.8%")
    assert shown.startswith("招银国际研报指,阿里巴巴(09988)2QFY26"), shown


def test_a_title_a_sentence_quotes_is_not_cut_from_it() -> None:
    """A title's part a sentence quotes after its word (`…published a report called “China and the World”.` under `China
    and the World – Highlights from the McKinsey Report`) is the sentence's, not the cover's title (round 47's dev part,
    canicula: the quote was cut and the sentence lost)."""
    text = ("China and the World – Highlights from the McKinsey Report\n\nLast year, the McKinsey Global Institute published a "
            "report called “China and the World”. I think this is by far the most interesting report I have read in the "
            "last few years. There is only one problem: This PDF is 162 pages long.")
    shown = excerpt(text, title="China and the World – Highlights from the McKinsey Report")
    assert shown.startswith("Last year, the McKinsey Global Institute published a report called “China and the World”.")


def test_a_line_opening_with_a_full_stop_carries_on_the_line_before() -> None:
    """A bold run's full stop set on the next line (`…对北交所投资价值具有` / `显著正面影响` / `。这一结构…`) ends the sentence
    of the lines before it: no line opens with a full stop (round 40's dev part, gilin: the first sentence was lost)."""
    text = ("一、核心结论\n\n专精特新\"小巨人\"企业占比近七成(2024年26家新上市企业中18家为\"小巨人\"),对北交所投资价值具有\n\n显著正面影响\n"
            "。这一结构使北交所成为A股市场最具成长性和创新动能的板块之一,体现为:2025年北证50指数全年涨幅达\n38.80%\n,跑赢科创50(35.92%)"
            "与沪深300(17.66%)。")
    shown = excerpt(text, title="专精特新\"小巨人\"企业占比近七成对北交所投资价值的影响分析")
    assert shown.startswith("专精特新\"小巨人\"企业占比近七成(2024年26家新上市企业中18家为\"小巨人\"),对北交所投资价值具有显著正面影响。")


def test_a_speechs_paragraph_of_pleasantries_after_its_greeting_is_no_lede() -> None:
    """A speech's first paragraph opening by addressing the audience (`大家好!非常高兴来参加…的年会。刚刚听了…`) is its
    pleasantries, whole: the lede is the next paragraph's first sentence (round 50's dev part, unitedmoney: it opened at
    `非常高兴来参加`)."""
    text = ("来源:张明宏观金融研究\n\n张明为平安证券首席经济学家、中国首席经济学家论坛理事\n\n大家好!非常高兴来参加国家金融与发展实验室的年会。"
            "刚刚听了自强的演讲,中国资本市场的未来很光明,我对此也很认同。但是从短期来看,道路还是挺复杂的。我今天想斗胆做点短期预测。\n\n"
            "我想来分析一下美元指数和人民币汇率在2019年的可能走势。从目前来看,市场主体对美元比较悲观,对人民币兑美元汇率则相对乐观。")
    shown = excerpt(text, title="张明:2019年美元指数与人民币汇率走势探析(文末附彩蛋)")
    assert shown.startswith("我想来分析一下美元指数和人民币汇率"), shown


def test_a_morning_notes_entry_heading_and_its_dated_bracket_are_no_part_of_the_lede() -> None:
    """A morning note's entry, its tag (`【东兴金属】`), its report's title and that report's date in brackets run into the
    entry's first sentence (`…属性强化(2022年5月28日)金属行业的定价受…`): the lede opens after the date (round 59's dev
    part, deliwenku: it opened at the title)."""
    text = ("资源描述\n\n1、 敬请参阅报告结尾处的免责声明 东方财智 兴盛之源 DONGXING SECURITIES东兴晨报 东兴证券股份有限公司 2022 年 6 月 8 日"
            "星期三 分析师推荐 【东兴金属东兴金属】跨越周期,聚焦成长跨越周期,聚焦成长-库存周期切换及成长属性强化库存周期切换及成长属性强化"
            "(2022年年5 月月 28 日)日) 金属行业的定价受周期性、流动性及成长性三因素博弈影响。当前博弈表现为供应与需求弱化,通胀与利率抬升,"
            "这两对矛盾对金属行业的定价、盈利及估值变化形成扰动。若在博弈中寻找成长变量,行业库存周期的切换以及行业成长属性的强化或将助推金属"
            "板块的估值优化。")
    shown = excerpt(text, title="20220608-东兴证券-东兴晨报")
    assert shown.startswith("金属行业的定价受周期性、流动性及成长性三因素博弈影响。"), shown


def test_a_houses_presentation_of_itself_is_no_lede() -> None:
    """A fund's post opening with the house's presentation of itself (`星石投资是国内典型践行多基金经理团队制的百亿私募,…。
    目前十位基金经理…。`): the paragraph is the house's, whole, and the lede is the post's own words (round 57's dev part,
    starrock-fund-manager-essays: it opened on the house; its label takes `2022年以来…` or `在投资上…`, and the page's
    single line breaks join the house's lines and the next into one paragraph, so the lede opens at `在投资上`)."""
    text = ("年度『基金经理随笔』特辑(文末有奖)\n星石投资是国内典型践行多基金经理团队制的百亿私募,由10名基金经理共同管理一个股票多头策略。"
            "目前十位基金经理平均投资年限超过12年。\n2022年以来国内外环境变化莫测,A股持续震荡,星石基金经理定期撰写投资随笔,分享投资思考,"
            "与市场充分互动交流。正值2022年年底收官之际,特整理基金经理的投资洞见与各位投资爱好者共享交流。\n在投资上我们不应过分追求赫赫战功,"
            "谋求惊为天人的业绩,而应该追求获取持久稳定的胜利。\n就投资而言,依靠自身强大竞争优势、立足于本土腹地、盈利模式踏实可靠的优秀企业,"
            "才更有机会穿越波动;只有依靠老老实实的业绩增长,才可能实现财富的持续增值。积累财富的关键不是时机,而是时间。")
    shown = excerpt(text, title="年度『基金经理随笔』特辑")
    assert shown.startswith(("2022年以来国内外环境变化莫测", "在投资上我们不应过分追求赫赫战功")), shown


def test_a_periodical_reports_note_on_who_made_the_issue_and_its_columns_is_no_lede() -> None:
    """A quarterly's repost opens with the series' blurb, then its note on this issue: who made it and the columns it
    holds (round 70's dev part, sinacn-citic: `本期报告由…专家联合打造。` / `本期报告主要涵盖《…》…四个栏目。`): about the
    report, not what it says; the lede is the first sentence after them. (A sentence on what the report studies,
    `本文系统研究了…`, is the report's own.)"""
    text = ("《中信大类资产配置报告》由中信资产配置委员会牵头,基于全球视角把握大类资产配置机遇,为您的智慧选择提供更多支持!\n\n"
            "本期报告由中信资产配置委员会轮值单位中信银行牵头,中信证券、中信建投证券、中信信托、中信保诚人寿等成员单位的中信智库专家联合打造。\n\n"
            "本期报告主要涵盖《十大看点读懂2025年三季度大类资产配置趋势》、《关税、美联储政策、减税法案扰动下的全球资产再平衡》、"
            "《公募行业迎来拐点:从“规模竞赛”到“回报为王”》和《多资产配置:追求长期回报的重要策略》四个栏目。\n\n"
            "中国在国际贸易震荡背景下展现出更强的经济韧性,政策重心正转向内需刺激与结构优化。为稳定市场,2025年5月,金融监管部门联合"
            "推出一系列“稳市场”组合拳,涵盖货币宽松、资本市场、保险资金改革等多个领域。\n")
    assert excerpt(text, title="2025年三季度大类资产配置报告").startswith("中国在国际贸易震荡背景下展现出更强的经济韧性")
    studied = ("本文系统研究了板块轮动分析框架及相关焦点问题。板块轮动框架主要有两种:一是自上而下,首先划分宏观经济情景,"
               "然后在各种不同情景中做行业选择;二是自下而上,根据行业本身景气周期变化,判断是否有超额收益。")
    assert excerpt(studied, title="燕翔:策略框架之板块轮动").startswith("本文系统研究了板块轮动分析框架")


def test_a_columns_credit_for_the_issue_before_the_summary_heading_leaves_the_page_above_out() -> None:
    """A column's credit for the issue right before the summary's heading (`本期作者` / `核心观点:`): the prose above it is
    the host's page (a house's history in bullets), not a summary set beside the heading (round 57's dev part,
    starrock-2024q2-strategy-after-firm-chrome: it opened on the house's history)."""
    text = ("“多基金经理团队制”的践行历程\n\n17年坚持多基金经理团队制\n\n  • 单一基金经理制+全市场投资策略\n\n    在国内公募基金行业发展前期,"
            "上市公司数量较少,行业分类相对简单,单一基金经理经过持续学习可以做到全覆盖研究,所以基金行业广泛采用单一基金经理制+全市场投资策略。\n"
            "  • 进化\n\n    通过系统化迭代机制,持续拓展投研能力圈,促使全市场投资能力持续进化,主动应对不同市场环境变化。\n"
            "  • 成长回归——星石投资2024年二季度策略\n\n    本期作者 核心观点: 进入二季度,市场驱动因素正在变得更加积极:(1)基本面来看,"
            "总量政策继续加码,货币财政双宽有助于进一步强化物价回暖趋势,企业盈利在政策呵护下逐步走出底部;(2)流动性层面,美联储降息周期临近,"
            "流动性约束也将好转;(3)股市供求方面:监管导向更加强调“以投资者为本”,资本市场供需两端都将扶优限劣,有利于营造更理性的投资环境。")
    shown = excerpt(text, title="成长回归——星石投资2024年二季度策略")
    assert shown.startswith("进入二季度,市场驱动因素正在变得更加积极"), shown


def test_keywords_a_spam_page_sets_between_a_sentences_clauses_are_no_part_of_it() -> None:
    """A spam page's keywords on lines of their own between a sentence's clauses, each clause's comma moved to the next
    line (`…獲利預測,` / `台中網路公司` / `,其中,` / `SEO` / `,國泰金…`): the keywords go and the sentence is whole again
    (round 45's dev part, yes99: the lede opened at its last clause, `又下調為39.3元`)."""
    text = ("花旗環球證券最新報告調整國泰金(2882)、富邦金、中信金三家金控獲利預測,\n台中網路公司\n,其中,\nSEO\n,國泰金先前一度被花旗喊到39元,\n"
            "網頁設計\n,之後略升至40.4元,\n網站租用\n,但此次因財測調整,\n社群行銷達人\n,又下調為39.3元,富邦金、中信金則各調升和調降為41.5元及"
            "20.6元。國泰金昨(15)日收盤上漲0.05元收41.65元,富邦金跌0.1元收43.85元;昨日除息的中信金還原權值後為上漲0.05元收20.65元。")
    shown = excerpt(text, title="花旗調整國泰金、富邦金、中信金獲利預測及目標價")
    assert shown.startswith("花旗環球證券最新報告調整國泰金(2882)、富邦金、中信金三家金控獲利預測,其中,國泰金先前一度被花旗喊到39元,之後"), shown


_MORNING_CALL_LIST = ("晨会编辑:李影\n\n \n\n最新研究与资讯\n\n※重点扌艮告推荐※\n\n【固定收益专题报告】分省城投挖掘之山城重庆。\n\n【金融工程专题报告】"
                      "结合多因子模型的基金重仓超配组合分析。\n\n【金融工程专题报告】选股因子系列研究(六十九)一一高频因子的现实与幻 想。\n\n"
                      "【公司首次覆盖】川能动力(000155):扎根新能源产业,锂电布局落地在即。\n\n")
_MORNING_CALL_BODY = ("7月经济保持稳健。近期国常会部署进一步扩大开放稳外贸稳外资。会议指出, 要支持发展跨境电商、海外仓、外贸综合服务企业等新业态,"
                      "将服务贸易创新 发展试点扩大到全国21个省份部分地区。我们认为,这充分贯彻了 “以国内大 循环为主体、国内国际双循环相互促进”的"
                      "发展思路。")


def test_a_morning_calls_list_of_recommended_reports_is_no_lede() -> None:
    """A morning call's list of its house's reports under a heading set between reference marks (`※重点报告推荐※` /
    `【固定收益专题报告】分省城投挖掘之山城重庆。` / `【金融工程专题报告】…`): titles, no lede; the lede is the call's
    first section (round 55's dev part, ly5j: it opened on the list)."""
    shown = excerpt(_MORNING_CALL_LIST + _MORNING_CALL_BODY, title="【固定收益专题报告】分省城投挖掘之山城重庆")
    assert shown.startswith(("7月经济保持稳健。", "近期国常会部署进一步扩大开放稳外贸稳外资。")), shown


def test_a_spam_pages_keyword_list_on_lines_opening_with_commas_is_no_lede() -> None:
    """A spam page's keywords set on lines that each open with their comma (`宏观,靖边县股票配资,股票开户能注销吗` /
    `,横山县股票配资,…`), before the text's paragraph: no sentence, and not glued to the one after it (round 55's dev
    part, ly5j: the keywords and `7月经济保持稳健。` were read as one sentence)."""
    keywords = ("宏观,靖边县股票配资,股票开户能注销吗\n,横山县股票配资,股票开户用什么银行卡\n,米脂县股票配资,中信建投股票开户\n"
                ",吴堡县股票配资,股票新开户佣金\n,定边县股票配资,股票开户后怎样交易\n,安康市股票配资,股票开户审核多久\n"
                ",紫阳县股票配资,兴业银行股票开户\n\n")
    shown = excerpt(_MORNING_CALL_LIST + keywords + _MORNING_CALL_BODY, title="【固定收益专题报告】分省城投挖掘之山城重庆")
    assert shown.startswith(("7月经济保持稳健。", "近期国常会部署进一步扩大开放稳外贸稳外资。")), shown



def test_a_chapters_heading_a_space_apart_from_its_first_sentence_is_no_part_of_it() -> None:
    """A chapter's heading run into its first sentence with only a space between them, a caption's name before it
    (`賀竹君 一、保險資金運用“穩中有進” 近年來,保險資金…`, traditional with a converter's readings): the sentence opens after
    the space (round 57's dev part, bczicp: the lede opened at the name and the heading)."""
    text = ('作 者 賀竹君 中國保險(xiǎn)資產(chǎn)管理業(yè)協會(huì)黨委委員、副會(huì)長 ![]() 賀竹君 一、保險(xiǎn)資金運(yù'
            'n)用“穩(wěn)中有進(jìn)” 近年來,保險(xiǎn)資金深入貫徹落實(shí)黨中央、國務(wù)院和金融監(jiān)管總局決策部署,穩(wěn)'
            '步推進(jìn)市場(chǎng)化改革,不斷激發(fā)行業(yè)創(chuàng)新的內(nèi)生動(dòng)力,積極融入新發(fā)展格局,堅(ji'
            'ān)持穩(wěn)字當(dāng)頭、穩(wěn)中求進(jìn),把握轉(zhuǎn)型發(fā)展的新機(jī)遇與新路徑,推動(dòng)實(shí)現'
            '(xiàn)高質(zhì)量可持續(xù)發(fā)展。具體呈現(xiàn)如下特征: (一)資金運(yùn)用規(guī)模穩(wěn)步增長 作為世界第二大'
            '保險(xiǎn)市場(chǎng),近年來我國保險(xiǎn)資金運(yùn)用規(guī)模和資產(chǎn)總額穩(wěn)步增長,成為資本市場(chǎng'
            ')中難得的長期資金和“耐心資本”。2023年,保險(xiǎn)業(yè)實(shí)現(xiàn)原保險(xiǎn)保費(fèi)收入5.12萬億元,同比增長9'
            '.14%,較2022年上升4.56個(gè)百分點(diǎn);截至2023年末,保險(xiǎn)業(yè)資產(chǎ')
    shown = excerpt(text, title="保险资金运用“稳中有进”")
    assert shown.startswith("近年來,保險資金深入貫徹落實黨中央"), shown



def test_a_wire_storys_dateline_opens_the_lede_before_a_news_pages_dek_and_doubled_headline() -> None:
    """A wire story's dateline opening its first paragraph (`(Nov 27): JPMorgan Chase & Co has raised…`, `(Yicai Global)
    Oct. 30 -- Liang Hong Team of…`): the story starts there; a dek over share buttons before it (round 45's dev part,
    theedge) and a headline written twice glued to it (round 50's dev part, yicaiglobal) are the page's."""
    text = ('Floating Button\nHome News China\n\nJPMorgan upgrades China’s stocks on multiple positive dri'
            'vers\n\nAbhishek Vishnoi & Sangmi Cha / Bloomberg\nAbhishek Vishnoi & Sangmi Cha / Bloomberg '
            '• 2 min read\nJPMorgan upgrades China’s stocks on multiple positive drivers\nJPMorgan’s posi'
            'tive switch comes following a pullback in Chinese equities from their multi-year highs rea'
            'ched about a month ago.\nFont Resizer\nShare to Whatsapp\nShare to Facebook\nShare to LinkedIn'
            '\nScroll to top\nFollow us on Facebook and join our Telegram channel for the latest updates.'
            '\n\n(Nov 27): JPMorgan Chase & Co has raised its recommendation for China’s stocks to “overw'
            'eight,” stating that the prospect of large gains next year now outweighs the risk of signi'
            'ficant losses.\n\n')
    shown = excerpt(text, title='JPMorgan upgrades China’s stocks on multiple positive drivers')
    assert shown.removeprefix("(Nov 27): ").startswith("JPMorgan Chase & Co has raised its recommendation for China’s"), shown
    text = ('China International Capital Corporation Raises Real GDP Forecast for Next Year to 6.9%\nLia'
            'o Shumin\nDATE:  Oct 30 2017\n/ SOURCE:  Yicai\nChina International Capital Corporation Raise'
            's Real GDP Forecast for Next Year to 6.9% China International Capital Corporation Raises R'
            'eal GDP Forecast for Next Year to 6.9%\n\n(Yicai Global) Oct. 30 -- Liang Hong Team of China'
            " International Capital Corporation Limited [HKG:3908] (CICC) issued its '2018 Macroeconomi"
            "c Outlook' today, in which the investment banking firm raised China's real GDP growth rate"
            ' forecast for next year to 6.9 percent despite the current market consensus is 6.4 percent'
            '.\n\n')
    shown = excerpt(text, title='China International Capital Corporation Raises Real GDP Forecast for Next Year to 6.9%')
    assert shown.startswith("(Yicai Global) Oct. 30 -- Liang Hong Team of China International Capital Corporation"), shown



def test_a_story_a_blog_reposts_opens_after_its_sources_note() -> None:
    """A blog's repost of a story under its source's note on a line of its own (`(From The Business Times)`), after the
    blogger's remarks (`Actually it is kind of of scary. …`): the lede is the story's first sentence (round 56's dev part,
    ac2news: it opened on the remarks)."""
    text = ('UBS cuts Hong Kong stock target 25% as black sky new reality\n\nblack sky cc\n\n“Black sky rea'
            'lity.” Oooo. Scary.\n\nActually it is kind of of scary. But it’s not the end of the world. I'
            't makes sense that Hong Kong’s sky has darkened given its proximity to China. Heck Canada '
            'has fallen into recession.\n\n(From The Business Times)\n\nUBS Group AG lowered its target for'
            ' Hong Kong’s benchmark stock gauge by 25 per cent, saying its worst- case scenario for the'
            ' city is coming true as the economy weakens and tourism arrivals decline.')
    shown = excerpt(text, title='UBS cuts Hong Kong stock target 25% as black sky new reality')
    assert shown.startswith("UBS Group AG lowered its target for Hong Kong’s benchmark stock gauge by 25 per cent"), shown


def test_a_summary_heading_whose_line_is_written_again_broken_before_it_is_no_part_of_the_lede() -> None:
    """A side column's sector name and summary heading on one line, then the same line written again with a break
    before the heading (`医药生物要点` / `医药生物` / `要点` / `行情回顾:…`): the summary opens after the copy, the name no
    part of its first point (round 44's dev part, book118-everbright: the lede opened `医药生物要点行情回顾:…`)."""
    text = ('2026年3月1日\n\n行业研究\n\n坚定看好医药板块回暖,重申投资临床价值三段论\n\n——医药生物行业跨市场周报\n\n'
            '医药生物要点\n\n医药生物\n\n要点\n\n行情回顾:上周A股医药生物(申万,下同)指数上涨0.50%,跑输沪深300指数0.58pp,'
            '跑输创业板综指1.82pp,在31个子行业中排名第25。港股恒生医疗健康指数上周收跌6.07%,跑输恒生国企指数4.96pp。\n\n'
            '研发进展:上周,康哲药业的CMS-D008注射液、康辰药业的KC1036片的临床申请新进承办。')
    shown = excerpt(text, title='医药生物行业跨市场周报坚定看好医药板块回暖重申投资临床价值三段论-26030114页.docx')
    assert shown.startswith("行情回顾:上周A股医药生物(申万,下同)指数上涨0.50%"), shown


def test_a_file_names_title_that_lost_its_comma_is_cut_where_the_cover_writes_it_with_one() -> None:
    """A document's file name as its title loses the comma between the headline's phrases (`三重成长共振新周期开启`),
    which the cover writes (`三重成长共振,新周期开启`, in bold, twice) before the report's banner and first point: the
    title is cut there too, and the lede opens at the point (round 44's dev part, 56bg-tianfeng: it opened with the
    title)."""
    text = ('1、1证券研究报告作者:行业评级:上次评级:行业报告|请务必阅读正文之后的信息披露和免责申明强于大市强于大市维持2024年09'
            '月30日(评级)分析师 邵将SAC执业证书编号:S1110523110005分析师 郭雨蒙 SAC执业证书编号:S1110524080003三重成长共振,'
            '新周期开启三重成长共振,新周期开启行业深度研究库存周期展望:景气度边际企稳,趋势好转发生于库存周期展望:景气度边际企稳,'
            '趋势好转发生于2023年年3月,库存周期和朱格拉周期于月,库存周期和朱格拉周期于2022H2共振上行。共振上行。')
    shown = excerpt(text, title='汽车行业深度研究:三重成长共振新周期开启-240930(28页).pdf')
    assert shown.startswith("库存周期展望:景气度边际企稳,趋势好转发生于2023年3月"), shown


def test_a_chapters_heading_glued_to_a_sentence_that_opens_with_its_first_words_is_no_part_of_the_lede() -> None:
    """A chapter's heading, two short phrases parted by a comma, run into its first sentence with nothing between
    them, the sentence opening with words the heading opens with (`(一)回顾2023:液奶景气度偏弱,量价短期均承压回顾2023年,
    受到…`, `一、亞太轉債目前具備債性,債底保護較強轉債募集…`): the lede opens where those words come again (round 33's dev
    part, 31doc-gf-dairy, and round 59's, ezsto-yatai: both opened with the heading). A topic's colon before a sentence
    naming it again is a point's label, which stays (`1、宏观和地缘方面:近两周海外宏观转向…`)."""
    text = ('1、广发)一、液奶:需求有望温和复苏,下沉市 场值得期待(一)回顾2023:液奶景气度偏弱,量价短期均承压回顾2023年,受到宏观'
            '经济以及消费者信心影响,叠加占比较高的大卖场、商 超渠道流量下滑,液奶整体需求复苏偏弱。参考尼尔森数据,2021/2022/2023 '
            '年乳 制品全渠道收入同比分别+7.90%/-6. 50%/-2.40%, 2023年全年液奶整体 收入仍下滑,但降幅较2022年收窄。')
    shown = excerpt(text, title='乳制品行业专题报告:回顾2023展望2024精选版')
    assert shown.startswith("回顾2023年,受到宏观经济以及消费者信心影响"), shown
    text = ('資源描述:\n《亞太轉(zhuǎn)債投資價值分析》由會員上傳分享,免費在線閱讀,更多相關(guān)內(nèi)容在行業(yè)資料-天天文庫。\n'
            '一、亞太轉(zhuǎn)債目前具備債性,債底保護較強轉(zhuǎn)債募集10億元資金擬投資于技術(shù)改造項目。亞太股份于2017年12月公開'
            '發(fā)行A股可轉(zhuǎn)換公司債券,募集資金總額10億元,扣除發(fā)行費用后,將用于以下模塊技術(shù)改造項目的投資。')
    shown = excerpt(text, title='亞太轉債投資價值分析')
    assert shown.startswith("轉債募集10億元資金擬投資于技術改造項目。"), shown
    text = ('1、宏观和地缘方面:近两周海外宏观转向衰退预期,上周五美国非农就业数据发布后,市场对于海外经济衰退的担忧大大加剧。'
            '美国劳工统计局公布数据显示,美国7月非农就业人口增长11.4万人,为2020年12月以来最低纪录。')
    assert excerpt(text, title='能源日报').startswith(("宏观和地缘方面:近两周", "近两周海外宏观转向衰退预期")), text


def test_a_heading_under_the_covers_name_glued_to_a_sentence_opening_with_that_name_is_no_part_of_the_lede() -> None:
    """A cover's line naming the company (`华兰生物 002007`), then a bold heading run into the first sentence, which
    opens with that name (`成立 28 年， 致力于构建…大生物产业格局华兰生物成立于 1992 年，…`): the lede opens at the name
    (the repository's dev openings, alphafin-050: it opened with the heading)."""
    text = ('华兰生物 002007 成立 28 年， 致力于构建血制品、 疫苗、单抗为核心的大生物产业格局华兰生物成立于 1992 年， 1998 年'
            '首家通过血液制品行业 GMP 认证。 2005 年成立疫苗子公司， 2013 年与股东共同成立华兰基因工程，正式进军基因重组与单克'
            '隆抗体领域。')
    shown = excerpt(text, title='华兰生物（002007）：深厚基础奠定血制品领先地位，疫苗、单抗为公司业绩添彩')
    assert shown.startswith("华兰生物成立于1992年"), shown


def test_a_fund_reports_and_a_bonds_statutory_notices_before_the_body_are_no_lede() -> None:
    """The notices a fund's periodic report opens with (its board's sign-off, `本年度报告已经三分之二以上独立董事签字同意,
    并由董事长签发`, the abstract's pointer to the full text, the audit's notice, `…请投资者注意阅读`), a prospectus's
    (the full text it points to and the chapters it asks to be read, however the extraction lost their glyphs:
    `…应仔细 读募说明书全文,并以其作为投 决定的依据`) are boilerplate, no lede: the fund report's opening holds none,
    the prospectus's starts at its first fact (rounds 54 and 38's dev parts: etf88.com, guba.eastmoney.com, whose
    excerpts were those notices). An order cited by its number (`证监会令第205号`) marks no notice: a report's sentence
    on a new rule cites it so."""
    fund = ('手机网\n\n首页 > 个基公告吧 > 正文\n\n易方达新常态灵活配置混合型证券投资基金2017年年度报告\n\n2018-03-30 20:15:16\n\n基金管理人:易方达基金管理有限公司基金托管人:中国工商'
            '银行股份有限公司送出日期:二〇一八年三月三十日 §1 重要提示基金管理人的董事会、董事保证本报告所载资料不存在虚假记载、误导性陈述或重大遗漏,并对其内容的真实性、准确性和完整性承担个别及连带的法律责任'
            '。本年度报告已经三分之二以上独立董事签字同意,并由董事长签发。基金托管人中国工商银行股份有限公司根据本基金合同规定,于2018年3月28日复核了本报告中的财务指标、净值表现、利润分配情况、财务会计报告'
            '、投资组合报告等内容,保证复核内容不存在虚假记载、误导性陈述或者重大遗漏。基金管理人承诺以诚实信用、勤勉尽责的原则管理和运用基金资产,但不保证基金一定盈利。基金的过往业绩并不代表其未来表现。投资有风险'
            ',投资者在作出投资决策前应仔细阅读本基金的招募说明书及其更新。本年度报告摘要摘自年度报告正文,投资者欲了解详细内容,应阅读年度报告正文。本报告中财务资料已经审计。普华永道中天会计师事务所(特殊普通合伙'
            ') 为本基金出具了标准无保留意见的审计报告,请投资者注意阅读。本报告期自2017年1月1日起至12月31日止。 §2 基金简介2.1基金基本情况基金简称易方达新常态混合基金主代码001184交易代码0'
            '01184基金运作方式契约型开放式基金合同生效日2015年4月30日基金管理人易方达基金管理有限公司基金托管人中国工商银行股份有限公司报告期末基金份额总额7,753,989,221.34份基金合同存续'
            '期不定期2.2 基金产品说明投资目标本基金在控制风险的前提下,追求超越业绩比较基准的投资回报')
    assert excerpt(fund, title='易方达新常态灵活配置混合型证券投资基金2017年年度报告') == ""
    bond = ('\n公告日期:2022-08-05\n声 明\n本募 说明书摘要的目的仅为向投 者提供有关本次发行的简要情况,并\n不包括募 说明书全文的各 分内容。募 说明书全文同时刊 于上海证券交\n易所网站(www.ss'
            'e.com.cn)。投 者在做出认购决定之前,应仔细 读募说明书全文,并以其作为投决定的依据。\n另有说明或要求,募 说明书摘要所用简称和相关用语与募 说明书\n相同。\n大事 提示\n请投 者关注以下 大事'
            ' ,并仔细 读募 说明书中“ 提示及说明”\n等有关章节。\n一、本期债券发行\n发行人期主体信用等级为 AA+,本期债券信用等级为 AAA。本期债券上\n市前,发行人截至 2022 年 3 月末的所有者权益'
            '合计(合并报表口径)为 187.05\n亿元。本期债券上市前,发行人最 三个会计年度实现的年均可分 利润为8.24亿元(2019年度、2020年度及 2021年度经审计的合并报表中归属于母公司所有者的净'
            '利润的平均值),计不少于本期债券一年利息的 1.5 倍。\n二、利率波动对本期债券的影响\n受国民经济总体 行状况、国家宏观经济、 融货币政策以及国 经济环\n境变化等因素的影响,市场利率存在波动的可能性。')
    assert excerpt(bond, title='公司债券募集说明书摘要(2022-08-05)').startswith("发行人期主体信用等级为AA+")
    # (a report's sentence may cite an order by its number: it stays the report's, `证监会令` being no notice's mark)
    policy = ('2023年2月17日,证监会发布《首次公开发行股票注册管理办法》(证监会令第205号)等制度规则,标志着全面实行股票发行注册制'
              '正式落地,资本市场改革进入新阶段。我们认为注册制将提升市场定价效率,券商投行业务迎来结构性机会。')
    assert excerpt(policy, title='证券行业点评:全面注册制落地').startswith("2023年2月17日,证监会发布"), excerpt(policy)


def test_a_firms_and_a_think_tanks_description_of_themselves_is_no_lede() -> None:
    """A consultancy's back cover describing the firm (`德勤有限公司(又称“德勤全球”)并不向客户提供服务`, `…为各行各业的上市及
    非上市客户提供审计及鉴证…`, `…协助客户应对极为复杂的商业挑战`) and a think tank's pages on itself, its research's
    integrity and its publication's rights (`RAND is a research organization that develops solutions…`, `…nonprofit,
    nonpartisan, and committed to the public interest`, `Permission is required from RAND to reproduce…`) are
    boilerplate: the back cover holds no lede, the think tank's report starts at its own first sentence (rounds 36 and
    49's dev parts: pdfslide.tips, hhhte.com)."""
    firm = ('42\n2018 责任编辑 / 吴咏蓓 封面设计 / 赵飞飞 插画设计 / 钱敏慧 如希望了解更多报告和相关信息,请登录德勤新视界 官方网站 Should you wish to learn more '
            'about the report and relevant information, please log on Deloitte Perspective Official Site 定价: 80.0'
            '0关于德勤全球 Deloitte(“德勤”)泛指一家或多家德勤有限公司(即根据英国法律组成的私人担保有 限公司,以下称“德勤有限公司”),以及其成员所网络和它们的关联机构。德勤有限 公司与其每一家成员'
            '所均为具有独立法律地位的法律实体。德勤有限公司(又称“德勤 全球”)并不向客户提供服务。请参阅 www.deloitte.com/cn/about 以了解更多有关德勤 有限公司及其成员所的详情。 德勤'
            '为各行各业的上市及非上市客户提供审计及鉴证、管理咨询、财务咨询、风险咨询、 税务及相关服务。德勤透过遍及全球逾 150 个国家与地区的成员所网络为财富全球 500 强企业中的 80% 企业提供专业服务'
            '。凭借其世界一流和高质量的专业服务,协助客户应 对极为复杂的商业挑战。')
    assert excerpt(firm, title='德勤新视界 2018') == ""
    tank = ('ISMAEL ARCINIEGAS RUEDA, RAHIM ALI, FRANK ANDUJAR LUGO, KARISHMA V. PATEL, ROBIN WANG\n\n# Supply Chai'
            'n, Energy, and AI Nexus\n\nEvaluating AI Energy Supply Chain Vulnerabilities\n\nFor more information on '
            'this publication, visit www.rand.org/t/RRA4707-1.\n\n## About RAND\n\nRAND is a research organization th'
            'at develops solutions to public policy challenges to help make communities throughout the world safe'
            'r and more secure, healthier and more prosperous. RAND is nonprofit, nonpartisan, and committed to t'
            'he public interest. To learn more about RAND, visit www.rand.org.\n\n## Research Integrity\n\nOur resear'
            'ch integrity is grounded in RAND’s core values of quality and objectivity. Rigorous quality assuranc'
            'e procedures, conflict of interest screening, and transparency in funding ensure that every study is'
            ' objective and nonpartisan. Learn more at www.rand.org/integrity.\n\nRAND’s publications do not necess'
            'arily reflect the opinions of its research clients and sponsors.\n\nPublished by the RAND Corporation,'
            ' Santa Monica, Calif.\n\n© 2026 RAND Corporation\n\nis a registered trademark.\n\n## Limited Print and Ele'
            'ctronic Distribution Rights\n\nThis publication and trademark(s) contained herein are protected by law'
            '. This representation of RAND intellectual property is provided for noncommercial use only. Unauthor'
            'ized posting of this publication online is prohibited; linking directly to its webpage on rand.org i'
            's encouraged. Permission is required from RAND to reproduce, or reuse in another form, any of its re'
            'search products for commercial purposes. For information on reprint and reuse permissions, visit www'
            '.rand.org/about/publishing/permissions.\n\nThe past few years have seen rapid advances in the capabili'
            'ties of artificial intelligence (AI) models and increasingly widespread use of such models. The resu'
            'lting increase in demand for AI computational resources is already posing challenges for data center')
    shown = excerpt(tank, title='Supply Chain, Energy, and AI Nexus: Evaluating AI Energy Supply Chain Vulnerabilities')
    assert shown.startswith("The past few years have seen rapid advances in the capabilities of artificial intelligence")


def test_an_institutes_special_notice_on_who_made_its_report_is_no_lede() -> None:
    """An institute's report states in its `特别声明` who made it (`本报告是由北京理工大学能源与环境政策研究中心研究团队完成
    的系列研究报告之一。`), as a house's `本报告由…编写` does: boilerplate, so a preview holding only the cover, its sponsors,
    that notice and the credits has no lede (round 82's dev part, sgpjbg.com: it opened on the notice)."""
    text = ("北京理工大学能源与环境政策研究中心 http:/ 能源经济预测与展望研究报告发布会能源经济预测与展望研究"
            "报告发布会 主办单位:北京理工大学能源与环境政策研究中心 碳中和系统工程北京实验室 碳中和系统与工程管理"
            "国际合作联合实验室(教育部)能源经济与环境管理北京市重点实验室 国家自然科学基金“能源\n2、与气候变化”"
            "基础科学中心 中国煤炭学会碳减排工程管理专业委员会 协办单位:北京理工大学管理学院 北京经济社会可持续发"
            "展研究基地 中国“双法”研究会能源经济与管理研究分会 中国能源研究会能源经济专业委员会 能源与气候变化编"
            "辑部 煤炭经济研究编辑部 特别声明特别声明 本报告是由北京理工大学能源与环境政策研究中心研究团队完成的系"
            "列研究报告之一。如果需要转载,须事先征得中心同意并注明“转载自北京理工大学能源与环境政策研究中心系列研究"
            "报告”字样。全球和中国碳市场回顾与展望(全球和中国碳市场回顾与展望(2025)执 笔 人:王科、吕晨 作"
            "者单位:北京理工大学能源与环境政策研究中心 联 系 人:王科 ")
    assert excerpt(text, title="北京理工大学:全球和中国碳市场回顾与展望(2025)") == "", excerpt(text)


def test_a_research_departments_description_of_itself_on_its_page_of_notes_is_no_lede() -> None:
    """A bank's research department's page of notes opens on its blurb about itself (`Based in Paris, BNP Paribas'
    Economic Research Department is composed of economists and statisticians:`, `…department’s mission is to cater
    to the economic research needs of…`) and the economist's contact line: the excerpt opens on the first note's
    abstract (round 82's dev part, economic-research.bnpparibas.com: it opened on the blurb)."""
    text = ("Based in Paris, BNP Paribas' Economic Research Department is composed of economists and statisticians:\n"
            "The Economic Research department’s mission is to cater to the economic research needs of the clients, "
            "business lines and functions of BNP Paribas. Our team of economists and statisticians covers a large "
            "number of advanced, developing and emerging countries, the real economy, financial markets and banking. "
            "As we foster the sharing of our research output with anyone who is interested in the economic situation "
            "or who needs insight into specific economic issues, this website presents our analysis, videos and "
            "podcasts.\n+33(0)1 42 98 56 27 christine.peltier@bnpparibas.com\nIn China, economic policy has taken a "
            "firmly expansionary turn since late September. This has given a boost to activity, which is expected to "
            "strengthen further in the very short term. However, over 2025 as a whole, economic growth will continue "
            "to slow.")
    for shown in (text, text.replace("\n", " ")):
        assert excerpt(shown, title="China and Hong Kong: economic outlook").startswith(
            "In China, economic policy has taken a firmly expansionary turn"), excerpt(shown)


def test_a_morning_calls_first_point_under_its_label_without_a_stop_opens_the_excerpt() -> None:
    """A morning call's comment sets its view under the label `观点` on a line of its own, the point's full stop lost
    (`观点` / `美国二次疫情风险增加,全面重启面临阻力,但重回封锁可能` / `性很低` / `全美新冠病毒…`): read as a summary's
    heading, the first point after it is a sentence, as one after a label's colon is, and opens the excerpt (round 34's
    dev part, mytbanic.com: the excerpt opened on the sentence after it)."""
    text = ('东吴证券–东吴证券晨会纪要【晨会纪要】_研报\n\n阅读附件全文请下载:东吴证券–东吴证券晨会纪要【晨会纪要】_研报\n\n31165200\n\n东吴证券研究所 请务必阅读正文之后的免责声明部分 东吴证券晨会纪'
            '要 证券研究报告 东吴证券晨会纪要 宏观策略 策略点评:美国二次疫情抬头,财政助推经济恢复 事件 最近两周美国西部及南部地区疫情反弹,全面复工复产进程 放缓,投资者担忧市场短期压力 观点 美国二次疫情'
            '风险增加,全面重启面临阻力,但重回封锁可能 性很低 全美新冠病毒日新增感染人数持续上升,但住院率与日新增 死亡人数均平稳下降。同时,确诊病例呈现年轻化趋势 疫情的再爆发主要是由于:一、美国新增感染病例'
            '数增加可能 与检测人数增加和检测强度增强有关,二、口罩的使用和“社 交距离”没有被严格遵守,三、美国近期假日较多,社会聚集、 出行增多 新冠疫情重灾区由东北部向西部与南部转移,主要是由于各 州管理和防'
            '控水平存在差距,与各州开放时间和复产复工先 后的关系不大。 固收金工 固收点评:6月非农再超预期,隐忧或在7月显露——美国6 月非农数据点评 美国6月就业市场表现超预期')
    shown = excerpt(text, title='东吴证券–东吴证券晨会纪要【晨会纪要】_研报')
    assert shown.startswith("美国二次疫情风险增加,全面重启面临阻力,但重回封锁可能性很低。全美新冠病毒"), shown


def test_a_speakers_post_and_name_the_title_gives_open_the_sentence_that_reports_them() -> None:
    """A news page titled by a speaker's post and name (`交通银行首席经济学家连平:…`) whose text opens with the
    sentence reporting them, the same words its subject (`…连平今日在…峰会上表示,…`): the lede keeps its subject
    (round 60's dev part, webtex: it opened `今日在…`). A cover's title before a sentence is still cut."""
    text = ('交通银行首席经济学家连平今日在上海证券报主办的“2017中国信托业峰会”上表示,今年经济运行可能呈现四个“'
            '前高后低”的格局,在经济增长依然存在较为明显压力的情况下,“去杠杆”是必要的,是长期任务,但要把握好在不同阶'
            '段、不同特点情况下,政策如何能够有效、有节奏地有控制好力度,来进行调节。\n连平表示,一季度经济增长6.9%,比去年'
            '提升0.2个百分点。')
    shown = excerpt(text, title="交通银行首席经济学家连平:今年经济运行可能呈现四个“前高后低”")
    assert shown.startswith("交通银行首席经济学家连平今日在上海证券报主办的“2017中国信托业峰会”上表示"), shown
    shown = excerpt("交通银行首席经济学家连平\n今年经济运行可能呈现四个“前高后低”的格局,在经济增长依然存在较为明显压力"
                    "的情况下,“去杠杆”是必要的,是长期任务。", title="交通银行首席经济学家连平:今年经济运行可能呈现四个“前高后低”")
    assert shown.startswith("今年经济运行可能呈现四个“前高后低”的格局"), shown


def test_a_news_agencys_bracketed_credit_at_the_ledes_head_is_cut() -> None:
    """A Taiwanese news page opens its story with the site's dateline in square brackets and the agency's credit, its
    reporter and dateline, in round ones (round 61's dev part, ntdtv-bnp-taiwan-financials-neutral-2013-trad:
    `【新唐人2013年01月11日訊】(中央社記者田裕斌台北11日電)巴黎證券今天…`): both are credits, the lede opens after them."""
    text = ("【新唐人2013年01月11日訊】(中央社記者田裕斌台北11日電)巴黎證券今天發布最新台灣金融股報告,重申「中立」評等,最看好"
            "玉山金控,給予「買進」評等、19元的目標價。\n此外,巴黎證也對中國人壽、富邦金控持「買進」評等,目標價分別為32元及"
            "38.5元。\n巴黎證表示,主管機關要求第一類放款覆蓋率1%將會增加銀行股提存壓力。")
    shown = excerpt(text, title="巴黎證券台灣金融股報告 重申中立 最看好玉山金")
    assert shown.startswith("巴黎證券今天發布最新台灣金融股報告"), shown


def test_a_sub_sections_topic_line_under_a_numbered_heading_stands_apart_from_its_paragraph() -> None:
    """A report's numbered section heading, then a sub-section's topic and claim on a line of their own with no stop,
    then the paragraph written on one line (round 61's dev part, falalicar-csc-asset-management-wealth-cycle:
    `1宏观趋势:中国泛资管行业开启新一轮景气周期` / `美国:年后买方投顾日益成熟,形成分工完善的竞争格局` / `从广义上来看,…`):
    the topic line is a heading, as wide as the one above it by chance; the lede opens on the paragraph."""
    text = ("(报告出品方/作者:中信建投证券,赵然)\n1宏观趋势:中国泛资管行业开启新一轮景气周期\n美国:年后买方投顾日益成熟,形成分工"
            "完善的竞争格局\n从广义上来看,大行业可分成靠近资产端的投资管理以及靠近客户端的财富管理,投资管理主要是从产品角度出发"
            "在风险限制内完成收益目标,而财富管理主要是作为客户与产品的中介向客户提供顾问服务以及产品代销业务。从单从财富管理"
            "角度,美国市场可以分为三个发展阶段。")
    shown = excerpt(text, title="中国泛资管行业开启新一轮景气周期")
    assert shown.startswith("从广义上来看,大行业可分成"), shown


def test_a_flashs_headline_glued_before_the_story_that_names_its_source_again_is_cut() -> None:
    """A news copy's column tag and the flash's headline, its source and its call parted by colons, run into the story
    that opens on the source again (round 61's dev part, zuojing-citics-hkex-overweight-415: `大行评级|中信证券:下调港交所
    (0388.HK)目标价至415港元评级“增持”:中信证券发表评级报告指,…`): the lede opens on the story."""
    text = ("【资料图】\n大行评级|中信证券:下调港交所(0388.HK)目标价至415港元评级“增持”:中信证券发表评级报告指,港交所(0388.HK)首季"
            "归母净利润34.08亿港元,超预期;其中投资收益高于预期,日均成交额(ADT)转弱致主要收入低于预期。期交所衍生合约维持强势,"
            "衍生权证及牛熊证有所下滑。源于投资收益的业绩修覆已经实现,但源于日均成交额回升空间的估值弹性尚未到来。")
    shown = excerpt(text, title="中信证券:下调港交所目标价至415港元 评级增持")
    assert shown.startswith("中信证券发表评级报告指,港交所(0388.HK)首季归母净利润"), shown


def test_a_covers_latin_lines_run_into_the_introductions_heading_are_cut_from_the_first_sentence() -> None:
    """A document preview's block runs the cover's Latin lines (a logo's spaced letters, the English title) into the
    first section's heading in both scripts and its first sentence (round 60's dev part, docduoduo-puyi-middle-class-
    asset-allocation-2021: `1、e#P Y ST AND A RDm PUYI I NC. THE WHITE PAPER … CLASSINTRODUCTION引言伴随…`): the
    excerpt opens on that first sentence."""
    text = ("资源描述\n\n1、e#P Y ST AND A RDm PUYI I NC. THE WHITE PAPER OF FAMILY ASSET ALLOCATION FOR CHINESE MIDDLE "
            "CLASSINTRODUCTION引言伴随中国中产家庭的强势崛起,其在创富、守富以及传富方面的需求快速增长,而目前资产管理和财富管理"
            "机构现有产品体系可能难以完全满足中产家庭日渐多元化的资产配置需求,财富管理行业面临巨大的市场机遇及挑战。本白皮书从"
            "年龄、职业、收入水平、投资状况等多 个维度,剖析中产家庭的各项特征。")
    shown = excerpt(text, title="2021中国中产阶级资产配置白皮书(简版)")
    assert shown.startswith("伴随中国中产家庭的强势崛起"), shown


def test_a_summarys_sub_headings_over_its_first_point_are_not_its_lead() -> None:
    """A summary's heading, then two sub-headings on lines of their own, each a label its colon ends, then the first
    point (round 60's dev part, huoyunjn-soyoil-bull-market-series-4-1990s: `投资要点` / `我们的结论:` / `1990年代豆油价格
    总结:` / `豆油价格出现…`): the excerpt opens on the point."""
    text = ("北京物流信息联盟\n\n重温豆油牛市系列4:缺失的华章 ——1990年代豆油期货\n\n2022-04-15 07:42:09\n\n\n\n投资要点\n\n"
            "我们的结论:\n\n1990年代豆油价格总结:\n\n豆油价格出现第一次阶段上涨(涨幅约39%)时期,处于和棕榈油的增产周期、也是GDP"
            "增速下降期,但是却处于CPI出现阶段性高点的时期,同时也是海湾战争爆发引起原油价格暴涨的时期,所以这次阶段性上涨很明显"
            "是受到原油价格暴涨的影响;\n\n第二次阶段性上涨(涨幅约69%)时期,处于和棕榈油减产周期、GDP增速及CPI出现阶段性高点"
            "时期,所以这次上涨周期中仍有微观层面和宏观层面共振的现象,而这次上涨也是涨幅相对最大的一次;\n\n")
    shown = excerpt(text, title="重温豆油牛市系列4:缺失的华章 ——1990年代豆油期货")
    assert shown.startswith("豆油价格出现第一次阶段上涨"), shown


def test_a_headline_running_on_past_the_listings_cut_title_is_not_the_lede() -> None:
    """A page's headline that the listing's title cut short (round 53's dev part, allweather-gs-china-humanoid-dedicated-
    deployment): the title's words and the headline's rest are the page's, the story starts after them."""
    title = 'Goldman Sachs China humanoid robot research: The industry is shifting from "general imagination" to ' \
            '"specialized implementation"'
    text = ('Goldman Sachs China humanoid robot research: The industry is shifting from "general imagination" to '
            '"specialized implementation", and 2026 may see "volume validation + expectation reset".\n'
            "Goldman Sachs’ latest research indicates that China’s humanoid robotics industry is undergoing a strategic "
            "transformation from “general imagination” to “dedicated deployment.” This pragmatic approach is driving "
            "major manufacturers to set shipment targets for 2026-2027 at several times the scale of 2025.\n")
    assert excerpt(text, 10, 300, title=title).startswith("Goldman Sachs’ latest research indicates")


def test_an_english_dek_that_points_back_to_the_house_is_not_the_lede() -> None:
    """`The bank stated that…` under the headline, before the story names the house (round 34's dev part,
    gmteight-citic-hkex): a dek carrying on a story not yet told, as `该行表示` is."""
    title = 'CITIC SEC: Maintains "Buy" rating on HKEX (00388) with a target price of HK$419.'
    text = (title + "\nThe bank stated that with the adjustment of tax rates on diversified income structures, it is "
            "expected that there will be some decline in performance sensitivity by 2025.\n"
            "CITIC SEC released a research report stating that it maintains a target price of HKEX (00388) at 419 Hong "
            'Kong dollars and maintains a "buy" rating. The bank stated that Average Daily Turnover (ADT) is a key '
            "reference indicator for trading on the Hong Kong Stock Exchange.\n")
    assert excerpt(text, 10, 300, title=title).startswith("CITIC SEC released a research report stating")


def test_a_firms_release_dated_before_its_first_sentence_leads_after_the_date() -> None:
    """A consultancy's release under its headline, its repeat cut short, a dek and the page's links, dated in its first
    paragraph with no place (round 47's dev part, homekpmg-ceo-survey-2020-china: `15 September 2020 – The COVID-19
    pandemic has…`): the story starts after the dash."""
    text = ("close\nShare with your friends\n\nMajority of China CEOs indicate confidence in the domestic economy despite "
            "COVID-19, finds KPMG survey\n\nMajority of China CEOs indicate confidence in the...\n\nKPMG 2020 global CEO "
            "survey finds China CEOs’ concerns shift to key areas: Talent, supply chains, digital transformation and ESG "
            "disclosure\n\n1000\n\nRelated content\n\n15 September 2020 – The COVID-19 pandemic has had a significant "
            "impact on the global economy. KPMG’s annual study provides an in-depth perspective on how global CEOs' views "
            "of the future have changed as a result of the outbreak.\n")
    assert excerpt(text, 10, 300).startswith("The COVID-19 pandemic has had a significant impact")


def test_an_abstract_after_a_pages_labelled_fields_leads_from_its_label() -> None:
    """A machine translation's page runs its title, source and authors into the abstract (round 50's dev part,
    woxingsun-haitong-jiangchao-bonds-2017-en): the lede opens at `Abstract:`, whatever case its first word is in."""
    text = ("Jiang Chao: Haitong cattle debt for a long time seeking is not optimistic about the 2017 Source: Jiang Chao "
            "macro bond research public number Author: Jiang Chao, Zhou Xia, Zhang Qingyun, Haitong Securities and "
            "other Abstract: the long cycle perspective: the zero interest rate is a long-term trend since 1980, the "
            "world's major developed countries of the Treasury rates declining. U.S. 10 years of national debt from "
            "more than 10%, down to the current 1.6%-1.7%.")
    assert excerpt(text, 10, 300).startswith("Abstract: the long cycle perspective")


def test_a_sentence_split_over_two_key_points_by_an_ellipsis_is_one_sentence() -> None:
    """Key points that run one sentence over two bullets, the first ending and the next opening with an ellipsis
    (`…signs of a cyclical upswing…` / `… getting us to focus on China…`), make one sentence, which opens the
    excerpt, on lines of their own or flattened (round 82's dev part, axa-im.com: both were passed over and the
    excerpt opened on the third point)."""
    text = ("April Investment Strategy: China in a bull shop\n\nKey points\n\n  • With the “policy put” in place "
            "(dovish US Federal Reserve and European Central Bank, fiscal stimulus in China and Eurozone), we have been "
            "waiting for signs of a cyclical upswing…\n  • … getting us to focus on China and Asian trade; both point to "
            "the slowdown bottoming out.\n  • This is good news for the Eurozone where the sequential improvement has "
            "been very modest so far.\n  • US GDP should slow for the third consecutive quarter, partly on temporary "
            "factors.\n\nWorld trade and Chinese slowdowns bottoming out\n\nEarlier this month, we outlined that the "
            "“policy put” was in place.")
    for shown in (text, re.sub(r"\s*\n\s*", " ", text)):
        assert excerpt(shown, title="April Investment Strategy: China in a bull shop").startswith(
            "With the “policy put” in place"), excerpt(shown)
        assert "upswing… getting us to focus on China" in excerpt(shown)


def test_an_english_covers_key_points_on_lines_of_their_own_are_sentences() -> None:
    """An English cover's key points, two lines in a row with their stops lost with their bullets (round 34's dev part,
    esdocs-cmshk-kwg-2015): each a sentence of the summary's, which the lede takes; lines under no such heading are
    none, nor is a line alone, a headline."""
    text = ("Friday, January 30, 2015\nChina Merchants Securities (HK) Co., Ltd.\nHong Kong Equity Research\n"
            "Company Report\nKWG Property (1813 HK)\nJohn So\n+852 3189 6357\nKey takeaways from meeting with KWG\n■\n■\n"
            "We met KWG’s IR head, Linda Wu yesterday\nKWG expects to maintain 10-20% contracted sales growth in\n2015 "
            "and the chairman is actively meeting investors recently which\nwe think it would help boost market "
            "confidence\nWHAT’S NEW\n■\nBUY\nWe cut FY14-15E earnings by 5-6% but upgraded FY16E by 10%.\n"
            "Maintain stable GPM and target 10-20% annual growth\nThough competition was keen and KWG had to lower some "
            "project\nselling prices last year, the company was confident that the margin\npressure was not "
            "significant through their cautious new land purchases.\n")
    shown = excerpt(text, title="Company Report")
    assert shown.startswith("KWG expects to maintain 10-20% contracted sales growth") and shown.endswith("confidence.")
    unheaded = ("Acme Bank reports and publications are available online for all of our readers\nTo order copies of "
                "the publications offered in print see the bank's order form online\nThe economy grew strongly in 2019 "
                "as exports rose and investment picked up across the region.")
    assert "order form online." not in excerpt(unheaded, 10, 300)
    headline = ("Hong Kong shares end lower as short-sellers target China firms\nJune 7 Hong Kong stocks ended Wednesday "
                "lower after hitting a fresh 23-month intraday high, with more listed companies targeted by short-sellers.")
    assert excerpt(headline, 10, 300).startswith("June 7 Hong Kong stocks ended Wednesday lower")


def test_an_inline_source_credit_set_off_by_spaces_is_cut_whole() -> None:
    """A news page credits its source inline between runs of spaces (round 62's dev part, qztdyj-market-close-dividend-
    three-reasons: `…机会!   来源:证券之星   12月30日,…`): the credit runs to the spaces, not to `证券`, a word a source
    may end with; the lede opens on the date."""
    text = ("炒股就看金麒麟分析师研报,权威,专业,及时,全面,助您挖掘潜力主题机会!   来源:证券之星   12月30日,市场全天窄幅震荡,"
            "三大指数小幅上涨,大小指数继续分化,北证50指数跌超4%再创阶段新低。   盘面上,大金融股集体走强,香溢融通涨停。"
            "算力概念股表现活跃,云赛智联等涨停。零售股维持强势,中百集团等多股涨停。")
    shown = excerpt(text, title="红利方向领涨的三大原因")
    assert shown.startswith("12月30日,市场全天窄幅震荡"), shown


def test_a_short_label_naming_the_views_under_the_summarys_heading_is_no_part_of_the_lead() -> None:
    """Stacked labels over a summary's first paragraph, the second shorter than a sub-heading (round 62's dev part,
    fupanwang-auto-biweekly-nov-2025-sales: `核心观点` / `双周观点` / `11月车市…`): a short line naming the views it
    heads is a label, not a word broken off the paragraph."""
    text = ("\n核心观点\n双周观点\n11月车市在经历了前几个月多轮抢政策补贴后,已经形成了较大的透支效应,消费者观望情绪较浓,总体需求释放"
            "相对谨慎。据乘联会统计,11月全国乘用车零售总市场226.3万辆,同比下降7%,环比增长1%。11月全国乘用车厂商批发299.2万辆,"
            "同比增长2%,环比增长2%。")
    shown = excerpt(text, title="汽车行业双周报:11月车市透支效应显现")
    assert shown.startswith("11月车市在经历了前几个月"), shown


def test_a_bulleted_heading_whose_dates_are_cut_stands_apart_from_the_lede() -> None:
    """A ■-bulleted heading with a date range in brackets in its middle (round 62's dev part, wokahuishou-power-equipment-
    new-energy-weekly-20250815: `■本周(20250811-20250815)板块行情` / `电力设备与新能源板块:本周上涨…`): the dates go, and
    what is left of the heading after them (`板块行情`) is no word broken off the next line."""
    text = ("行业观点概要\n■本周(20250811-20250815)板块行情\n电力设备与新能源板块:本周上涨5.84%,涨跌幅排名第4,强于上证指数。"
            "本周工控自动化涨幅最大,核电指数跌幅最大。工控自动化上涨7.43%,锂电池指数上涨6.56%,新能源汽车指数上涨3.85%。")
    shown = excerpt(text, title="电力设备与新能源行业周报(20250811-20250815)")
    assert shown.startswith("电力设备与新能源板块:本周上涨5.84%"), shown


def test_a_reporters_byline_after_a_wires_credit_cut_to_its_last_glyph_goes_with_it() -> None:
    """A copy of a news story cut the outlet's name off its wire credit, leaving `讯` before the reporter's byline (round
    64's dev part, dbsqp-ey-china-ipo-survey-2020: `讯(记者 杨硕)安永今日发布了…`): the credit's remnant and the byline
    are the wire's, not the story's first words."""
    text = ("讯(记者 杨硕)安永今日发布了《中国内地和香港首次公开募股(IPO)市场调研》报告,总结 2020 年全球及大中华区 IPO 活动并"
            "展望明年市场前景。在新冠疫情(以下简称“疫情”) 影响下,全球 IPO 活动仍保持一定的增⻓,预计有 1,338 家企业在全球上市,"
            "同比上升 17%;筹资额上升 27%,预计为 2,654 亿美元。")
    shown = excerpt(text, title="安永:中国内地和香港首次公开募股(IPO)市场调研 2020")
    assert shown.startswith("安永今日发布了《中国内地和香港首次公开募股(IPO)市场调研》报告"), shown


def test_a_section_label_line_joined_to_a_sentence_opening_on_an_ordinal_is_no_part_of_the_lede() -> None:
    """An English note's section label on a line of its own under the title, joined to the first sentence, which opens
    on an ordinal and its comma (round 64's dev part, zdcj-china-rates-strategy-sep-2016: `Rates market` / `First, we
    think…`): no sentence has `First,` after a word with nothing between, so the words before it are a label."""
    text = ("China Rates Strategy:Yields may fluctuate in September\nRates market\nFirst, we think the upside pressure on "
            "the yield curve from economic fundamentals islimited. Second, though the PBC still intends to keep liquidity "
            "stable and money marketrates low, we think money market rates are unlikely to break below their previous "
            "lowlevels, and the PBC is very cautious about sending further easing signals.\n")
    shown = excerpt(text, title="China Rates Strategy:Yields may fluctuate in September")
    assert shown.startswith("First, we think the upside pressure on the yield curve"), shown


def test_an_english_abstracts_lines_wrapped_at_a_dash_or_before_a_sentences_first_word_run_on() -> None:
    """A PDF's English abstract under a Chinese page's label, its lines wrapped by the extraction (round 63's dev part,
    3fang-wenku-lowering-developer-targets: `内容摘要:Lowering target prices…risk` / `We lower our 12-month target prices
    across our coverage group by 0%-` / `32% after…range). This` / `reflects our concern…`): the labelled line is the
    title, apart from the lede; a line ending in a range's dash, or in the next sentence's first word after a stop,
    runs on into the next line, which carries on in lower case or with a figure, and is no title line."""
    text = ("内容摘要:Lowering target prices to reflect near-term tightening risk\nWe lower our 12-month target prices across "
            "our coverage group by 0%-\n32% after increasing our target price discounts to NAV by 0-20 percentage\npoints "
            "(to within a range of 10%-40% from our prior 0%-30% range). This\nreflects our concern of greater uncertainty "
            "arising from recent government\nmacro tightening. Although we believe its purpose is to slow, rather than\n"
            "reverse, China’s economic recovery, we believe the tightening could affect\n")
    shown = excerpt(text, title="Lowering target prices to reflect near-term tightening risk")
    assert shown.startswith("We lower our 12-month target prices across our coverage group by 0%-"), shown
    longer = excerpt(text, 250, 400, title="Lowering target prices to reflect near-term tightening risk")
    assert "range). This reflects our concern" in longer, longer


def test_an_event_promotion_led_by_emoji_headings_over_a_post_is_no_part_of_the_lede() -> None:
    """A platform's event promotion above the post it heads (round 63's dev part, gate-link-morgan-stanley-gushengtang-
    target: `💙 Gate Square #Gate Blue Challenge# 💙` / `📅 Event Period` / `🎯 How to Participate` / numbered steps): the
    headings led by emoji up to the one on how to take part, and its steps, are the platform's; the lede is the post's."""
    text = ("💙 Gate Square #Gate Blue Challenge# 💙\nShow your limitless creativity with Gate Blue!\n📅 Event Period\n"
            "August 11 – 20, 2025\n🎯 How to Participate\n1. Post your original creation (image / video / hand-drawn art / "
            "digital work, etc.) on Gate Square, incorporating Gate’s brand blue or the Gate logo.\n2. Include the hashtag "
            "#Gate Blue Challenge# in your post title or content.\n4. Submissions must be original and comply with community "
            "guidelines. Plagiarism or re\nMorgan Stanley lowers the target price for Gushengtang to HKD 48, maintaining an "
            "overweight rating.\nJin10 data reported on July 14 that Morgan Stanley released a research report indicating "
            "that it expects Guoshengtang (02273.HK) to have a mid-term revenue rise of about 17%, with adjusted net profit "
            "increasing by over 20%.")
    shown = excerpt(text, title="Morgan Stanley lowers the target price for Gushengtang to HKD 48, maintaining an "
                                "overweight rating.")
    assert shown.startswith(("Jin10 data reported on July 14", "Morgan Stanley lowers the target price")), shown


def test_a_sites_notice_on_its_own_data_in_its_first_person_is_no_part_of_the_lede() -> None:
    """A site's notice on its own service above a report's table (round 63's dev part, appletree-guojin-innovative-drug-
    2026-strategy-table: `从2026年1月开始,我们人工挑选的行业数据将不再对外公开。`): the site's words, not the report's."""
    text = ("医药行业数据\n\n从2026年1月开始,我们人工挑选的行业数据将不再对外公开。\n\n2025年12月29日\n\n"
            "资料来源:国金证券《创新药产业链2026年度策略:从本土崛起到全球价值链的重构者》研究报告,发布日期:2025年12月25日。\n\n"
            "维度 核心观点/趋势 关键数据/事实支撑 逻辑主线\n行业趋势 全球投融资复苏,中国创新药进入全面收获时代 1. 全球投融资:"
            "2025年前11个月总额达1921亿美元,海内外市场同步改善。\n2. 中国研发产出\n– IND批准数量:国产占比从2016年129个增长至"
            "2025年(YTD)641个。\n")
    shown = excerpt(text, title="医药行业数据")
    assert "不再对外公开" not in shown and shown.startswith("全球投融资"), shown


def test_a_photo_caption_over_its_getty_credit_and_names_on_lines_of_their_own_leave_the_lede_whole() -> None:
    """A spun copy of a news story (round 63's dev part, fujairahbuildex-macquarie-nio-xpeng-li-spun): a photo's caption
    over its credit (`NIO is advertising…` / `Nicolas Asfouri/FP by way of Getty Photographs`) is the page's, and the
    lede's linked names each on a line of its own with the commas after them on theirs (`…makers:` / `NIO` / `,` /
    `XPeng` / `,` / `and` / `Li Automobile` / `,` / `indicating…`) are the sentence's, which runs on."""
    text = ("Textual content dimension\nNIO is advertising basically all the cars and trucks it can develop.\nNicolas "
            "Asfouri/FP by way of Getty Photographs\nMacquarie analyst Erica Chen launched protection of three "
            "U.S.-mentioned Chinese electric powered car makers:\nNIO\n,\nXPeng\n,\nand\nLi Automobile\n,\nindicating "
            "buyers need to acquire the shares.\nInvestors surface to be listening. All three shares ended up increased "
            "Wednesday, nevertheless other EV stocks attained ground, also.\n")
    shown = excerpt(text, title="NIO, XPeng, and Li Auto Stock Get New Ratings. The Call Is to Purchase Them All.")
    assert shown.startswith("Macquarie analyst Erica Chen launched protection of three U.S.-mentioned Chinese electric "
                            "powered car makers: NIO, XPeng, and Li Automobile, indicating buyers"), shown


def _flattened(text: str) -> str:
    """`text` as a listing gives a preview: on one line, each line break and the spaces around it one space."""
    return re.sub(r"\s*\n\s*", " ", text)


def _opens_as_given_and_flattened(text: str, title: str, start: str) -> None:
    """The excerpt of `text` opens on `start`, as given and flattened to one line."""
    for preview in (text, _flattened(text)):
        shown = excerpt(preview, title=title)
        assert shown.startswith(start), shown


def test_a_flattened_preview_keeps_a_heading_apart_from_a_sentence_opening_with_a_figure() -> None:
    """A flattened preview's heading before a sentence that opens with a figure glued to its glyphs (round 62's dev part,
    fupanwang-auto-biweekly-nov-2025-sales, flattened: `核心观点 双周观点 11月车市在经历了…`): the space stands where the
    heading's line ended, and the lede opens on the sentence."""
    text = _flattened("\n核心观点\n双周观点\n11月车市在经历了前几个月多轮抢政策补贴后,已经形成了较大的透支效应,消费者观望情绪较浓,"
                      "总体需求释放相对谨慎。据乘联会统计,11月全国乘用车零售总市场226.3万辆,同比下降7%,环比增长1%。11月全国"
                      "乘用车厂商批发299.2万辆,同比增长2%,环比增长2%。")
    shown = excerpt(text, title="汽车行业双周报:11月车市透支效应显现")
    assert shown.startswith("11月车市在经历了前几个月"), shown


def test_a_flattened_preview_drops_its_authors_name_before_the_first_sentence() -> None:
    """A byline's name alone on the first line, flattened (round 36's dev part, jizihe-hedaixin-fiscal-2016: `何代欣
    在剛剛結束的G20杭州會議上,…`): a space between two glyphs may end a line, and the name's line is no part of the
    sentence, as when the page kept its line break."""
    text = _flattened("何代欣\n在剛剛結束的G20杭州會(huì)議上,各國(guó)探討經(jīng)濟(jì)合作的內(nèi)容主要集中于如何更好實(shí)施并協(xié)調(diào)"
                      "世界范圍內(nèi)的宏觀調(diào)控政策。其中,對(duì)如何制定促進(jìn)經(jīng)濟(jì)增長(zhǎng)的財(cái)政政策,出現(xiàn)了一些引人關(guān)注的新"
                      "提法,比如“維持財(cái)政政策有效性”、“恢復(fù)財(cái)政政策空間”、“靈活實(shí)施積極財(cái)政政策并加大力度”等。事實(shí)"
                      "上,2008年全球金融危機(jī)之后,世界經(jīng)濟(jì)并未真正走出低谷。財(cái)政政策在幫助經(jīng)濟(jì)復(fù)蘇的過(guò)程中起到積極作用"
                      "的同時(shí),自身也正面臨諸多約束甚至風(fēng)險(xiǎn)。")
    shown = excerpt(text)
    assert shown.startswith("在剛剛結束的G20杭州會議上"), shown


def test_a_flattened_preview_s_dateline_time_is_no_part_of_the_first_sentence() -> None:
    """A page's dateline ending in a time before the first sentence, flattened (round 57's dev part, shaduren-sunshine-
    private-funds-review: `发布时间:2019-08-12 03:15:15 客观的讲,…`; round 51's, a5qu-bse-new-listings-enthusiasm-en:
    `Release time:Apr 16, 2024 21:57 PM From the latest…`): the time ends the dateline's line."""
    text = _flattened("阳光私募三年盘点:洗尽铅华始见真\n\n发布时间:2019-08-12 03:15:15\n\n\n  客观的讲,2010年的A股市场至少是在平淡而"
                      "不是“全球倒数第三”的凄凉状态下度过,尽管通常意义衡量市场的上证指数全年下跌14.31%,但在沪深300下跌12.51%、"
                      "中证500上涨10%的结构分化特征下,两市A股简单平均涨幅超过12%,日均成交超过2200亿元人民币。")
    shown = excerpt(text, title="阳光私募三年盘点:洗尽铅华始见真")
    assert shown.startswith("客观的讲,2010年的A股市场"), shown
    title = ("The first day earnings effect of new stocks has improved, and the enthusiasm for new listings on the "
             "Beijing Stock Exchange is gradually rising")
    text = _flattened(f"{title}\n\nRelease time:Apr 16, 2024 21:57 PM\n\nFrom the latest stock subscription situation, the "
                      "enthusiasm for new listings on the Beijing Stock Exchange is rapidly increasing.\n\nLast week, the "
                      "issuance results of Keqiang Shares on the Beijing Stock Exchange showed that the number of effective "
                      "subscription investors for online new listings was about 128400.")
    shown = excerpt(text, title=title)
    assert shown.startswith("From the latest stock subscription situation"), shown


def test_a_flattened_preview_s_bracket_closing_a_line_ends_it() -> None:
    """A flattened preview's line that a closing bracket ends, before a sentence (round 61's dev part, yesdaily-goldman-
    hkex-buy-292: `目标价:295元降至292元(较前收市价217.4元有34.3%潜在升幅) 港交所公布,…`): the bracket ends the line."""
    text = _flattened("高盛微降港交所目标维持买入评级\n\n发布时间:2026-02-22 爽报 YesDaily.COM 213\n\n高盛   港交所(00388)\n\n"
                      "评级:买入\n\n目标价:295元降至292元(较前收市价217.4元有34.3%潜在升幅)\n\n港交所公布,今年首8个月,港股平均"
                      "每日成交金额1174.06亿元,较去年同期的802.79亿元,上升46.25%。单计8月,证券市场成交金额2.17万亿元,按月增"
                      "15.34%。日均成交金额943.46亿元,按月增5.31%。")
    shown = excerpt(text, title="高盛微降港交所目标维持买入评级")
    assert shown.startswith("港交所公布,今年首8个月"), shown


def test_a_flattened_preview_s_numbered_heading_and_bracketed_label_open_lines() -> None:
    """A flattened preview's sub-section number (`(一)`) and a label in square brackets (`【編者按】`) open lines
    (round 32's dev part, ppfocus-ivd-chemiluminescence: `…景氣度佳 (一)IVD 空間大,孕育千億市值企業 體外診斷…`; round
    36's, liuliang163-caifang-l-shape: `…研究所研究員 【編者按】 2016年1月4日,…`): the heading's and the byline's lines
    stand apart from the sentence after them. A space inside the sentence (`…組織等) 進行檢測…`, `5304 億元`) ends no
    line: the sentence is shown whole."""
    text = _flattened("【報告來源:未來智庫】\n一、大板塊孕育大企業,發光細分景氣度佳\n(一)IVD 空間大,孕育千億市值企業\n體外診斷(IVD,In "
                      "Vitro Diagnosis)是指在人體之外,通過對人體樣本(血液、體液、組織等) 進行檢測而獲取臨床診斷信息,進而判斷疾病"
                      "或機體功能的產品和服務。\n根據Evaluate Medtech,2017年全球醫療器械市場規模為4050億美元,其中IVD領域526億元, "
                      "在醫療器械市場中的佔比約為13%。根據中國醫藥物資協會,2018年中國醫療器械市場規模為5304 億元。")
    shown = excerpt(text)
    assert shown.startswith("體外診斷(IVD,In Vitro Diagnosis)是指在人體之外,通過對人體樣本(血液、體液、組織等)進行檢測而獲取"), shown
    text = _flattened("蔡昉/中國社會科學院學部委員、人口與勞動經(jīng)濟研究所研究員\n【編者按】\n2016年1月4日,《人民日報》以頭版頭條"
                      "刊出對“權威人士”大篇幅專訪的形式,首次提到中國經(jīng)濟可能呈現(xiàn) “L 型”增長。受訪“權威人士”認為,短期刺激"
                      "措施無法帶來經(jīng)濟 “V 型”反彈。")
    shown = excerpt(text)
    assert shown.startswith("2016年1月4日,《人民日報》"), shown


def _glued(text: str) -> str:
    """`text` as a listing gives a preview glued: on one line, each line break and the spaces around it removed."""
    return re.sub(r"\s*\n\s*", "", text)


def test_a_glued_preview_s_english_heading_and_headline_end_where_a_lowercase_word_meets_a_capital() -> None:
    """A glued preview's English lines (round 33's dev part, laitimes-en-rates-divergence, glued: `…interest rate market
    observationInterest rate, capital sideSince December last year, …`): a lowercase word run into a capitalised one is
    where a line ended, so the heading is no part of the first sentence."""
    title = ("Fixed Income | How to converge the continuous divergence between the bond market and the capital side ?—— "
             "interest rate market observation")
    text = _glued(f"{title}\n\nauthor:Political Commissar Lu\n{title}\n{title}\n\nInterest rate, capital side\n\nSince "
                  "December last year, the bond market has performed strongly, with the 10-year treasury bond interest rate "
                  "falling by about 40bp, while the fund price is relatively stable, and the DR007 monthly pivot is running "
                  "in the range of 1.8%-1.9%, and the bond market trend diverges from the capital trend. What is the cause "
                  "of this divergence, and how is it deduced?")
    shown = excerpt(text, title=title)
    assert shown.startswith("Since December last year, the bond market has performed strongly"), shown


def test_a_glued_preview_s_sentence_end_run_into_a_capital_ends_its_line_but_a_stock_s_exchange_does_not() -> None:
    """A glued preview's dek ending in a sentence's period run into the next line's capital (round 34's dev part,
    gmteight-citic-hkex, glued: `…performance sensitivity by 2025.CITIC SEC released…`) ends a line; a stock's code
    and its exchange (`(1788.HK; GTJAI)`, round 32's docbox-cgis-hk-securities-2018, one line as given) stay one."""
    title = 'CITIC SEC: Maintains "Buy" rating on HKEX (00388) with a target price of HK$419.'
    text = _glued(f"{title}\nThe bank stated that with the adjustment of tax rates on diversified income structures, it is "
                  "expected that there will be some decline in performance sensitivity by 2025.\nCITIC SEC released a "
                  "research report stating that it maintains a target price of HKEX (00388) at 419 Hong Kong dollars and "
                  'maintains a "buy" rating. The bank stated that Average Daily Turnover (ADT) is a key reference indicator '
                  "for trading on the Hong Kong Stock Exchange, and the bank analyzed factors influencing ADT.")
    shown = excerpt(text, title=title)
    assert shown.startswith("CITIC SEC released a research report stating"), shown
    assert restore_lines("for HKEx (0388.HK)/Haitong International (0665.HK; HTI)/GTJA International (1788.HK; GTJAI) by "
                         "12.1%") == "for HKEx (0388.HK)/Haitong International (0665.HK; HTI)/GTJA International (1788.HK; " \
                                     "GTJAI) by 12.1%"


def test_a_glued_preview_s_dateline_time_run_into_the_first_sentence_ends_its_line() -> None:
    """A page's dateline ending in a time, glued to the first sentence (round 57's dev part, shaduren-sunshine-private-
    funds-review, glued: `发布时间:2019-08-12 03:15:15客观的讲,…`): the time ends the dateline's line."""
    text = _glued("阳光私募三年盘点:洗尽铅华始见真\n\n发布时间:2019-08-12 03:15:15\n\n\n  客观的讲,2010年的A股市场至少是在平淡而"
                  "不是“全球倒数第三”的凄凉状态下度过,尽管通常意义衡量市场的上证指数全年下跌14.31%,但在沪深300下跌12.51%、"
                  "中证500上涨10%的结构分化特征下,两市A股简单平均涨幅超过12%,日均成交超过2200亿元人民币。")
    shown = excerpt(text, title="阳光私募三年盘点:洗尽铅华始见真")
    assert shown.startswith("客观的讲,2010年的A股市场"), shown


def test_a_glued_preview_s_sentence_run_into_a_photo_caption_ends_its_line() -> None:
    """A glued preview's first sentence run into a photo's caption and credit (round 56's dev part, cnbc-nomura-china-
    stocks-rally-2013, glued: `…according to Japanese brokerage Nomura.An investor smiles at…China.ChinaFotoPress`): a
    word's period run into a capital is where a line ended, where no space of the preview stands at a line's end."""
    title = "China Stocks to Rally Until First Quarter 2013: Nomura"
    caption = "An investor smiles at a stock exchange hall on August 10, 2011 in Shenyang, Liaoning Province of China."
    text = _glued(f"{title}\n\nChinese stocks could climb as much as 20 percent by the first quarter of 2013 after having "
                  "bottomed in early June, and investors looking for a window to buy should dip in now, according to "
                  f"Japanese brokerage Nomura.\n\n{caption}\nChinaFotoPress | Getty Images\n{caption}\n\nHowever, this "
                  "will be a short-term bounce, Nomura warned, and the market could give up most of these gains after "
                  "March.")
    shown = excerpt(text, title=title)
    assert shown.startswith("Chinese stocks could climb as much as 20 percent"), shown
    assert "An investor smiles" not in shown, shown


def test_a_glued_preview_s_section_heading_run_into_its_first_sentence_ends_its_line() -> None:
    """A summary's heading run into its first sentence in a glued preview (round 38's dev part, 17quant-mingya-fund-
    review, glued: `…admin11个月前研报850报告提要今年以来A股行情反复,…`; round 34's, seattle4fun-huatai-star-2020:
    `…张馨元,陈莉敏研报摘要科创“次新板”乘势回归…`): the heading's line ends after it, and the lede opens on the sentence."""
    title = "主动与量化齐飞——明亚价值长青A基金评价"
    text = _glued(f"{title}\n\nadmin11个月前研报850\n\n\n报告提要\n\n     今年以来A股行情反复,上证综指在3000点以上不断上演冲高"
                  "以及震荡回落,市场结构性行情轮番出现,对于基金管理者来说无疑是充满挑战的一年。而在全市场基金的排名表现中,"
                  "明亚价值长青基金逐渐脱颖而出。 \n\n\n    与同类基金相比,明亚价值长青A在绝对收益、超额收益、收益风险比等"
                  "指标的衡量中表现优异。")
    shown = excerpt(text, title=title)
    assert shown.startswith("今年以来A股行情反复"), shown
    title = "华泰证券-科创板必赢56net手机版专题系列:科创次新板,“研而优“或迎二次高峰-200212"
    text = _glued(f"{title}\n2020-02-13 09:04:56  张馨元,陈莉敏\n研报摘要\n\n  科创“次新板”乘势回归,关注“研而优”组合和产业"
                  "前瞻组合\n  科创板开板之初,板块上市企业整体估值相对A/H股可比企业较高,在经济景气预期转弱、中美协商扰动下,"
                  "板块相对可比A/H股估值溢价率(PETTM估值比,下同)平均值回落直至2020年初春季躁动提前,市场风险偏好抬升。")
    shown = excerpt(text, title=title)
    assert shown.startswith("科创“次新板”乘势回归"), shown


def test_a_glued_preview_s_dateline_date_run_into_the_first_sentence_ends_its_line() -> None:
    """A page's dateline ending in a date, glued to the first sentence (round 65's dev part, test4pass-macro-policy-
    evaluation-report-2024-lottery-spam, glued: `文章来源:ADMIN 时间:2024-03-13中国经济已经从…`): the date ends the
    dateline's line; a date inside a sentence (`自有效起始日期2022-02-22至2023-11-30`) or before the rest of a page's
    byline stays in its line."""
    title = "宏观政策“三策合一”指数与宏观政策评价报告2024"
    text = _glued(f"您好,欢迎您访问我们2023澳门正版免费码资料|2023香港开奖记录|2018六开彩开奖结果j!\n\n{title}\n\n文章来源:ADMIN "
                  "时间:2024-03-13\n\n  中国经济已经从高速增长阶段转向高质量发展阶段,这对宏观政策提出了更高要求。加强宏观"
                  "政策评价,不断提高宏观政策效率,才能为高质量发展提供关键支撑。在这样的时代背景下,中央越来越重视宏观政策评价"
                  "工作。")
    shown = excerpt(text, title=title)
    assert shown.startswith("中国经济已经从高速增长阶段转向高质量发展阶段"), shown
    assert restore_lines("表现优异,自有效起始日期2022-02-22至2023-11-30,基金业绩突出") == \
        "表现优异,自有效起始日期2022-02-22至2023-11-30,基金业绩突出"


def test_an_agencys_dateline_is_no_part_of_the_lede() -> None:
    """A rating agency's commentary opens with its dateline (round 65's dev part, vuink-fitch-downgrades-china-a-apr-2025:
    `Fitch Ratings - Hong Kong - 03 Apr 2025: Fitch Ratings has downgraded…`): the lede starts after it."""
    text = ("Fitch Ratings - Hong Kong - 03 Apr 2025: Fitch Ratings has downgraded China's Long-Term Foreign-Currency "
            "Issuer Default Rating (IDR) to 'A' from 'A+'. The Outlook is Stable.\nRatings Downgrade: The downgrade "
            "reflects our expectations of a continued weakening of China's public finances and a rapidly rising public "
            "debt trajectory during the country's economic transition.\n")
    shown = excerpt(text, title="Fitch Downgrades China to 'A'; Outlook Stable")
    assert shown.startswith("Fitch Ratings has downgraded China's Long-Term"), shown


_ASSOCIATION_PAGE = (
    "文章来源: 中国商业经济学会 发布时间:2022-07-14 15:27 分享到:\n\n  • 学会概况\n  • 中国商业经济学会,英文名称:The "
    "Commerce Economy Association of China,缩写:CEA, 是由全国从事商业经济的科研教学单位、工商企业、社团组织等,以及相关人员"
    "自愿结成的全国性、学术性、非营利性社会组织。 中国商业经济学会的宗旨是:在中国共产党领导下高举中国特色社会主义伟大旗帜,"
    "全面贯彻党的十九大精神\n  • 组织机构\n  • 联系我们\n    • 地址:北京市西城区复兴门内大街45号 2号楼319室\n    • 邮编:"
    "100801\n    • 电话:010-66095319\n\n供需交困,收支两难,信心不足,补偿不济,消费惯性成长难以为继 ——2022年第1季度(1-3月)"
    "中商消费指数(CCI)发布\n\n \n\n中国商业经济学会“中商消费指数”课题组\n\n \n\n        2022年5月15日,中国商业经济学会对外"
    "发布了2022年第1季度(1-3月)中商消费指数(CCI)及其6个子指数。\n        以2018年1月作为基期(指数值100),纵观2018年以来"
    "各年份一季度消费发展的整体态势,2022年第1季度中商消费指数录得100.1780,五年内首次开年破百。\n")


def test_an_associations_about_block_is_no_part_of_the_lede() -> None:
    """An association's own page sets its about text, its English name first, before its release (round 65's dev part,
    ccea-commerce-consumption-index-2022q1 and -2022q2: `中国商业经济学会,英文名称:The Commerce…`): the association's
    presentation of itself, passed over."""
    shown = excerpt(_ASSOCIATION_PAGE, title="供需交困,收支两难,信心不足,补偿不济,消费惯性成长难以为继 ——2022年第1季度"
                                             "(1-3月)中商消费指数(CCI)发布")
    assert not shown.startswith("中国商业经济学会,英文名称"), shown


def test_a_titles_words_as_a_verbs_object_or_in_a_clause_stay_in_the_sentence() -> None:
    """The release's sentences say the title's words (round 65's dev part, ccea-commerce-consumption-index-2022q1:
    `…对外发布了2022年第1季度(1-3月)中商消费指数(CCI)及其…`, `…的整体态势,2022年第1季度中商消费指数录得…`): a verb's
    object, and words inside a clause a comma opened with its time, are the sentence's, not the cover's title."""
    shown = excerpt(_ASSOCIATION_PAGE, title="供需交困,收支两难,信心不足,补偿不济,消费惯性成长难以为继 ——2022年第1季度"
                                             "(1-3月)中商消费指数(CCI)发布")
    assert shown.startswith("2022年5月15日,中国商业经济学会对外发布了2022年第1季度(1-3月)中商消费指数(CCI)及其6个子指数。"
                            "以2018年1月作为基期"), shown
    assert "整体态势,2022年第1季度中商消费指数录得" in shown, shown


def test_a_spam_blocks_cheat_pitches_before_a_copys_source_credit_are_no_part_of_the_lede() -> None:
    """A copying site sets a mahjong-cheat spam block before the report it copies and its source credit on a line of
    its own (round 65's dev part, 1024data-htsc-hk-ipo-guide-mahjong-cheat-spam): the lede starts after the credit."""
    text = ("实测分享“哥哥杭州麻将开挂下载方法”必胜开挂神器\n\n>亲,这款游戏原来确实可以开挂 ,详细开挂教程\n1、起手看牌\n"
            "2 、随意选牌\n3、控制牌型\n4、注明,就是全场,公司软件防封号 、防检测、 正版软件、非诚勿扰。\n2022首推 。\n"
            "全网独家 ,诚信可靠,无效果全额退款,本司推出的多功能作 弊辅助软件。软件提供了各系列的麻将与棋 牌辅助 ,有,型等功能。"
            "让玩家玩游戏,把把都可赢打牌 。\n详细了解请添加《添加图中QQ群》(加我们微)\n\n本司针对手游进行破解 ,选择我们的四大理由:"
            "\n1 、软件助手是一款功能更加强大的软件!\n2、自动连接,用户只要开启软件,就会全程后台自动连接程序 ,无需用户时时盯着"
            "软件。\n【央视新闻客户端】\n\n  来源:华泰睿思\n\n  2025年港股IPO规模重回全球首位,上市首日平均涨跌幅接近40% ,"
            "成为增强收益的重要选择之一 。当前项目储备依然充沛 ,各类资金参与兴趣较高,本文我们回答三个重要问题,何时、何种方式、"
            "参加何项目是更优的选择。并总结出10条普适性的建议 ,供投资者参考。\n\n  核心观点\n\n  港股IPO快速回暖的背后\n\n"
            "  香港IPO市场快速回暖是制度优化与流动性宽松共振的结果 。")
    shown = excerpt(text, title="港股IPO投资指南")
    assert shown.startswith("2025年港股IPO规模重回全球首位"), shown
    # (nor of the key points the page shows in its place: those the summary under the credit gives)
    points = lede(text, title="港股IPO投资指南").key_points
    assert points and not any("软件" in point or "开挂" in point for point in points), points


def test_a_flattened_preview_s_english_heading_ends_before_a_sentence_s_opening_word() -> None:
    """A flattened preview's English heading ends where a lowercase word meets a word a sentence opens with (round
    63's dev 3fang-wenku-lowering-developer-targets, `…tightening risk We lower…`, and eastwestconn-jpmorgan-nio-xpeng-
    targets, `…overweight ratings According to…`): the lede opens on the sentence."""
    fang = _flattened(
        "内容摘要:Lowering target prices to reflect near-term tightening risk\n"
        "We lower our 12-month target prices across our coverage group by 0%-\n"
        "32% after increasing our target price discounts to NAV by 0-20 percentage\n"
        "points (to within a range of 10%-40% from our prior 0%-30% range). This\n"
        "reflects our concern of greater uncertainty arising from recent government\n"
        "macro tightening. Although we believe its purpose is to slow, rather than\n"
        "reverse, China’s economic recovery, we believe the tightening could affect\n"
        "the pace of developers selling properties or realizing their land bank value\n"
        "in the near-term and could therefore weigh on share price performance.")
    assert excerpt(fang).startswith("We lower our 12-month target prices across our coverage group")
    eastwest = _flattened(
        "eastwest connect\n\n"
        "JPMorgan Chase adjusted target prices for NIO and XPeng with overweight ratings\n\n"
        "JPMorgan Chase adjusted target prices for NIO and XPeng with overweight ratings\n\n"
        "According to a research report by JPMorgan Chase, the stock prices of electric vehicle makers such as NIO and "
        "XPeng have fallen significantly in the past one and three months.\n\n"
        "The declines have been mainly due to the recent rapid slowdown in the market demand for new energy vehicles "
        "and concerns about the outlook for 2023; the recent price cut by Tesla shows that market competition has "
        "deteriorated; and the global interest rate hike environment means that the discount rate is higher and the "
        "valuation multiple is lower than before.")
    assert excerpt(eastwest).startswith("According to a research report by JPMorgan Chase")


def test_a_summary_points_heading_doubled_part_by_part_repeating_the_title_is_kept_whole() -> None:
    """A summary's first point opens with a bold heading that says the title, extracted with each of its parts written
    twice (round 66's dev part, ccyxbj-youse-monthly: `核心觀點核心觀點: 金價穩中仍上行金價穩中仍上行,鋰鈷預期或改善鋰鈷預期
    或改善。5 月…`): the heading is the title's run, copies and all, kept as the undoubled one is; no excerpt starts on
    its second part."""
    text = ("有色金屬行業有色金屬行業 金價穩中金價穩中仍上行仍上行,鋰鈷鋰鈷預期預期或改善或改善 核心觀點核心觀點: "
            "金價穩中仍上行金價穩中仍上行,鋰鈷預期或改善鋰鈷預期或改善。5 月歐美疫情逐漸平穩,國內持續 復工拉動需求, "
            "助推金屬價格全面上行, 而中美貿易關系的不確定性仍 將對投資者預期產生影響;美聯儲繼續維持低利率政策強化市場預期, "
            "刺激金價持續上行, 料將持續; 海外新能源汽車政策催化下, 鋰鈷需求 端預期或明顯改善;")
    shown = excerpt(text, title="有色金屬行業投資策略月報:金價穩中仍上行,鋰鈷預期或改善")
    assert shown.startswith(("金價穩中仍上行,鋰鈷預期或改善。5", "5月歐美疫情")), shown


def test_a_fund_reports_product_table_read_row_by_row_is_no_lede() -> None:
    """A fund's quarterly report under the regulator's template sets its product in a table that a text reads row by
    row, a row's label cutting its cell's sentence (round 66's dev part, hongdian-qianhai-money-fund: `§2 基金产品概况
    基金简称 前海开源货币 … 保持基金资产较高 投资目标 流动性的基础上,力争获得…`): no excerpt from it, after the report's
    notice none at all."""
    text = ("前海开源现金增利货币市场基金 2022年第3季度报告 2022年09月30日 基金管理人:前海开源基金管理有限公司 报告送出日期:"
            "2022年10月26日 §1 重要提示 基金管理人的董事会及董事保证本报告所载资料不存在虚假记载、误导性陈述或重大遗漏,并对其内容"
            "的真实性、准确性和完整性承担个别及连带责任。 本报告中财务资料未经审计。 本报告期自2022年7月1日起至2022年9月30日止。 "
            "§2 基金产品概况 基金简称 前海开源货币 基金主代码 001870 基金运作方式 契约型普通开放式 基金合同生效日 2015年09月29日 "
            "报告期末基金份额总额 10,417,697,085.77份 在严格控制基金资产投资风险和保持基金资产较高 投资目标 流动性的基础上,力争获得"
            "超越业绩比较基准的稳 定回报。 本基金根据对未来短期利率变动的预测,确定和调 整基金投资组合的平均剩余期限。对各类投资品种 "
            "进行定性分析和定量分析,确定和调整参与的投资 品种和各类投资品种的配置比例。在严格控制投资 风险和保持资产流动性的基础上,"
            "力争获得稳定的 当期收益。 投资策略 1、资产配置策略 本基金通过对宏观经济形势、财政与货币政策、金 融监管政策、短期资金市场"
            "状况等")
    assert excerpt(text, title="前海开源货币:2022年第3季度报告") == ""


_XIANSHENG = (
    "1、 先聲藥業(02096)/醫藥生物/公司深度研究報告/2023.07.11 請閱讀最后一頁的重要聲明!仿制藥影響減弱,創新藥占比持續提升 "
    "證券研究報告 投資評級投資評級:增持增持(首次首次)核心觀點核心觀點 基本數據基本數據 2023-07-10 收盤價(港元)7.51 "
    "流通股本(億股)26.64 每股凈資產(港元)2.32 總股本(億股)26.64 最近 12 月市場表現 分析師分析師 張文錄 SAC 證書編號:"
    "S0160517100001 相關報告 創新藥占比逐步提升,仿制藥集采影響削弱創新藥占比逐步提升,仿制藥集采影響削弱:截至 2022 年,"
    "先聲藥業實現營業收入 63.19 億元,其中\n2、創新藥實現營收 41.28 億元,營收占比達 65.4%。2020-2021 年重要仿制藥品種培美"
    "曲塞二鈉、阿莫西林、瑞舒伐他汀鈣集采未中標,及必存(依達拉奉注射液)被移出醫保,導致院端銷售下滑。目前仿制藥銷售渠道以在售"
    " OTC 藥店、京東大藥房等零售端銷售為主,未來受仿制藥集采降價影響較小。")
_XIANSHENG_TITLE = "先聲藥業-港股公司研究報告-仿制藥影響減弱創新藥占比持續提升-230711(20頁).pdf"


def test_a_list_label_standing_alone_over_the_first_point_is_no_part_of_it() -> None:
    """A cover column's label for its list of other reports, the list's entries set elsewhere, stands alone over the
    summary's first point (round 66's dev part, ccyxbj-xiansheng: `張文錄 SAC … 相關報告 創新藥占比逐步提升,…:截至
    2022 年,…`): the excerpt starts on the point, not on the sentence after it; a list's entry after the label (a
    report's title and its date) is no lede still."""
    assert excerpt(_XIANSHENG, title=_XIANSHENG_TITLE).startswith("創新藥占比逐步提升,仿制藥集采影響削弱:截至2022年")
    listed = _XIANSHENG.replace("相關報告 創新藥占比", "相關報告 先聲藥業深度報告 2023-05-10 創新藥占比")
    assert not excerpt(listed, title=_XIANSHENG_TITLE).startswith(("先聲藥業深度報告", "2023")), excerpt(listed)


def test_a_flattened_previews_chunk_number_inside_a_sentence_is_no_point_label() -> None:
    """A document-preview page cuts the text into numbered chunks, and a listing flattens it, the numbers then after a
    space inside a sentence (round 66's dev part, ccyxbj-xiansheng: `…實現營業收入 63.19 億元,其中 2、創新藥實現營收 41.28
    億元,…`): the words run on across the number, not a list's second point."""
    shown = excerpt(_flattened(_XIANSHENG), title=_XIANSHENG_TITLE)
    assert shown.startswith("創新藥占比逐步提升,仿制藥集采影響削弱:截至2022年"), shown
    assert "其中創新藥實現營收41.28億元" in shown, shown


_PHILLIP = (
    "Page | 1 | PHILLIP SECURITIES RESEARCH (SINGAPORE) MCI (P) 118/10/2015 Ref. No.: SG2016_0014 Raffles Medical Group "
    "Ltd (RMG) Healthcare Beyond Borders and Beyond 40 Year Milestone SINGAPORE | HEALTHCARE | UPDATE Expansion plan in "
    "domestics and oversea on track with additional capacity and specialist services to absorb growing global demand. "
    "Riding on regional reform drives would give RMG a good head start in gaining foothold in the untapped private "
    "healthcare sector. Supportive government policies coupled with its know-how give RMG an upper hand.")


def test_a_one_line_brokers_masthead_and_classification_are_no_lede() -> None:
    """A one-line cover (round 67's dev part, vdocsite-phillip-raffles): the masthead's `Ref. No.:` is no sentence end,
    and the classification line between bars (`SINGAPORE | HEALTHCARE | UPDATE`) ends before the first point's words."""
    shown = excerpt(_PHILLIP, title="healthcare beyond borders and beyond 40 year milestone div...")
    assert shown.startswith("Expansion plan in domestics and oversea on track"), shown


_DISTRIBUTED = (
    "RESEARCH REPORT DISTRIBUTED BY\n\nThe attached research report and the excerpts\n\n\nfrom the research report below "
    "were written\nentirely by a broker partner of Auerbach\nGrayson, and not by Auerbach Grayson.\nAuerbach Grayson is "
    "distributing/providing this\nresearch report for your consideration.\nPREPARED BY\nRESEARCH\n\nMarket Report\n\n"
    "Taiwan\n\nTaiwanese Strategy\nDecember 10, 2018\n2019 BEAR MARKET CORRECTION INEVITABLE; VALUE\nINVESTING IS KEY\n"
    "> Two internal concerns – overly-high inventory and a lack of new products – coupled\nwith two external challenges "
    "– the Sino-US trade war and fund outflows – will likely\ncreate a perfect storm for the Taiex in 2019F. We expect "
    "the Taiex to dip to 8,500 (PB\nof 1.2x) in 2019.\n")


@pytest.mark.parametrize("flattened", [False, True])
def test_a_distributors_notice_over_a_foreign_brokers_report_is_no_lede(flattened: bool) -> None:
    """A distributor's notice over a Taiwanese broker's strategy report (round 67's dev part,
    scribd-taiwanese-strategy-2019), its sentences split by its line breaks: the summary's first point is the lede."""
    text = re.sub(r"\s*\n\s*", " ", _DISTRIBUTED) if flattened else _DISTRIBUTED
    shown = excerpt(text, title="Taiwanese Strategy 12-10-2018 pdf")
    assert shown.startswith("Two internal concerns – overly-high inventory"), shown


def test_a_covers_colophon_is_no_lede() -> None:
    """A monthly update's cover holds its title, number, who prepared and approved it, its data's cut-off, a naming
    convention and a disclaimer, no sentence of the report's (round 67's dev part, pdfslide-amro-areo): no excerpt."""
    text = (
        "Monthly Update of ASEAN+3 Regional Economic Outlook (September) AREO/M/18-07 Monthly Update of the ASEAN+3 "
        "Regional Economic Outlook (AREO) ASEAN+3 Macroeconomic Research Office (AMRO) Singapore September 2018 This "
        "Monthly Update of the AREO was prepared by the Regional Surveillance team and approved by Dr Khor Hoe Ee (Chief "
        "Economist). Unless otherwise indicated, the analysis in this report is based on information available up to 14 "
        "September 2018. For the sake of brevity, “Hong Kong, China” will be referred to as “Hong Kong” in the text and "
        "figures. Disclaimer: The findings, interpretations, and conclusions expressed in this report represent the views "
        "of the staff of ASEAN+3 Macroeconomic Research Office (AMRO) and are not necessarily those of its members. "
        "Neither AMRO nor its members shall be held responsible for any consequence of the use of the information "
        "contained therein.")
    assert excerpt(text, title="Monthly Update of ASEAN+3 Regional Economic Outlook (September)") == ""


def test_a_points_heading_spaced_before_its_topic_label_is_no_part_of_it() -> None:
    """A daily's one-line summary (round 67's dev part, baogao8-xizheng-daily): the point's heading, two phrases and
    no sentence end, stands a space before its first topic's label (`如市场有短期调整,不改变长期看法 A股: 2022年…`):
    the point opens at the label."""
    text = (
        "每日头条 2022 年 4 月 28 日星期四 1 请参阅后文之财务权益、 商务关系 披露及免责声明 世行 称俄乌冲突对食品能源价格冲击巨 大 "
        "数据源:彭博、西证证券经纪 投研要点: 如市场有短期调整,不改变长期看法 A股: 2022年年初以来, A股经历较大幅度调整。 "
        "从经济数据来看,年初以来经济 数据 有所好转。政府表示要积极出台对市场有利的")
    title = "20220428-西证国际证券-每日头条_世行称俄乌冲突对食品能源价格冲击巨_8页_493kb.pdf"
    assert excerpt(text, title=title).startswith("A股: 2022年年初以来"), excerpt(text, title=title)


def test_a_symbol_fonts_bullet_after_a_label_in_a_flattened_preview_goes() -> None:
    """Wingdings' arrow bullet read as `Ø` stands after the summary's label where a flattened preview ran the label's
    line into the first point's (round 67's dev part, twgcw-steel-supply-side, flattened): a bullet, not a letter."""
    text = (
        "关键点: Ø 2016年之前,钢铁行业基本处于以需求为主导的周期,以2011年为节点,分为上行周期和下行周期两大周期。"
        "2011年之前,需求上升-钢企利润上升-钢铁产能扩张的路径基本是顺畅的。 Ø 2016年以后,通过几年的供给侧改革,我国钢铁行业"
        "逐渐走出了此前的低迷状态。")
    shown = excerpt(text, title="2016 年供给侧改革对中国钢铁行业的影响及新问题探讨")
    assert shown.startswith("2016年之前,钢铁行业基本处于"), shown


_OCBC = (
    "OCBC TREASURY RESEARCH\nOCBC 1H 2022 GLOBAL OUTLOOK\n6 December 2021\n\n"
    "                              After Omicron, what’s next? Market\n"
    "                              Upheaval Even as Growth Normalises?\n\n"
    "                              2021 has been a roller-coaster ride, as vaccines preluded a positive start to the\n"
    "Selena Ling\n"
    "                              year, but the green shoots came under heavy rain showers in the form of the\n"
    "Head of Research & Strategy\n"
    "+65 6530 4887                 Delta variant before persistent elevated inflationary prints prompted the\n"
    "LingSSSelena@ocbc.com         frontloading of hawkish central bank expectations. Of course, this was before\n"
    "                              the latest Omicron variant landed on many shores, prompting market swings\n"
    "                              as investors attempted to ascertain the health and economic implications.\n")


def test_an_author_column_beside_the_bodys_indented_lines_is_no_part_of_its_sentence() -> None:
    """A bank's outlook sets its author's name, title and phone at the left of the body's indented lines, inside its
    first sentence (round 67's dev part, readkong-ocbc-1h2022-outlook): the column goes, the sentence is the lede, and
    the headline in title case that asks above it is none."""
    shown = excerpt(_OCBC, title="OCBC TREASURY RESEARCH - OCBC 1H 2022 GLOBAL OUTLOOK 6 December 2021")
    assert shown.startswith("2021 has been a roller-coaster ride, as vaccines preluded a positive start to the year, "
                            "but the green shoots came under heavy rain showers in the form of the Delta variant"), shown
    assert "Selena" not in shown and "6530" not in shown
    # (a paragraph's short last line under a centred title is no column's)
    centred = ("                         Annual Report 2021\nThe economy grew strongly in 2021, as demand recovered and "
               "investment rebounded across the region\nwith exports rising.\nThe outlook for next year is bright.\n")
    assert "with exports rising." in excerpt(centred, title="Annual Report 2021")


def test_a_charts_source_run_into_a_flattened_sentence_keeps_the_sentences_first_word() -> None:
    """A morning note's chart, its source and the axis's months flattened onto the line of its first sentence (round
    68's dev part, pdfcoke-cimb-daybreak-2009): the source's names end before the possessive that opens the sentence."""
    text = ("DAILY MALAYSIA 13 November 2009 CIMB Research Report Daybreak Index Chart FBMKLCI Index 1300 1250 1200 "
            "Nov-08 Feb-09 Source: Bloomberg May-09 Aug-09 Nov-09 Maybank’s 1QFY6/10 net profit jumped 54.1% yoy to "
            "RM881.8m, accounting for 28% of our full-year forecast and 31% of consensus. The main source of the "
            "variance was a strong topline which benefited from robust growth of non-interest income and margin "
            "expansion.")
    shown = excerpt(text, title="20091113-daily News")
    assert shown.startswith("Maybank’s 1QFY6/10 net profit jumped"), shown


def test_a_one_line_english_covers_headlines_glued_before_the_first_sentence_go() -> None:
    """A document site's one-line transcription of a note runs the cover's sector, headlines and labels, none with a
    stop, into the first sentence (round 68's dev part, docplayer-tcs-moderation, financedocbox-dhg-pharma): the
    sentence opens at its first words after a word, or after a section's label in title case."""
    tcs = ("1 Tata Consultancy Services TCS.NS TCS IN EQUITY: SOFTWARE & SERVICES Some further moderation Moderating "
           "growth incorporating Chennai floods, cross currency and increased caution on demand Action: Weaker growth "
           "versus INFO to lead to equalisation of valuations After our interaction with the TCS management and their "
           "revenue warning on the Chennai flood impact; we are moderating our 2HFY16F revenue growth expectations "
           "from ~2% to ~1.4% CQGR over 3Q/4Q. We lower our FY16/17F USD revenue growth expectations to 7.8/10.7% "
           "(vs 8.4/12.4% previously).")
    shown = excerpt(tcs, title="Tata Consultancy Services")
    assert shown.startswith("After our interaction with the TCS management"), shown
    dhg = ("1 Company report Pharmaceutical November, 216 Hau Giang Pharmaceutical JSC (DHG HSX) Hope awaits in 217 "
           "Hapacol guarantees growth, while health supplements could be the potential trump card Contribution from "
           "new factor - strategic investor Taisho Favorable tax incentives in 217 help to increase shareholder value "
           "Outlook and Valuation: DHG is the largest drug manufacturers in the Vietnam stock exchange. As generics "
           "drugs developed by domestic pharmaceutical companies are strongly competitive, DHG is focusing on "
           "developing and promoting naturally health supplements.")
    shown = excerpt(dhg, title="ACCUMULATE. Hau Giang Pharmaceutical JSC (DHG HSX) Hope awaits in Company report "
                               "Pharmaceutical November, 2016")
    assert shown.startswith("DHG is the largest drug manufacturers"), shown


_RHB = (
    "Indonesia Company Update\n\n1 April 2024 Basic Materials | Mining\n\nMerdeka Copper Gold (MDKA IJ) Buy (Maintained)\n"
    "\n\nTarget Price (Return): IDR3,100 (36.0%)\nOvercoming Challenges Ahead; Still BUY Price (Market Cap): IDR2,280 "
    "(USD3,556m)\nESG score: 2.7 (out of 4)\nAvg Daily Turnover (IDR/USD) 108,026m/6.76m\n"
    " Still BUY, new IDR3,100 TP (DCF) from IDR3,600, 36% upside. Merdeka Analyst\n"
    "Copper Gold booked a FY23 net loss of USD21m (FY22 earnings: USD58m)\n"
    "– a “no better” figure vis-à-vis expected losses from estimates. Management Indonesia Research\n"
    "remains optimistic on a potential turnaround ahead from: i) Better margins +6221 5093 9888\n"
    "on nickel smelters supported by “fairer” raw material costs, ii) additional sales rhb.id.research@rhbgroup.com\n"
    "from lower-grade ores (for other parties outside the group), and iii) being on\n"
    "track target to achieve copper and gold production aims. We fine-tune our\n"
    "estimates to reflect our TP revision with the positive outlook still there.\n")


def test_an_analysts_box_at_the_ends_of_the_first_points_lines_goes() -> None:
    """A company update's analyst box (label, desk, phone, e-mail) set at the ends of its first point's lines (round
    68's dev part, scribd-rhb-merdeka): the box goes, the lines are one paragraph, and its first sentence, dense with
    figures but going on in prose, is the lede."""
    shown = excerpt(_RHB, title="IND Merdeka Copper Gold Company Update 20240401 RHB")
    assert shown.startswith("Still BUY, new IDR3,100 TP (DCF) from IDR3,600, 36% upside. Merdeka Copper Gold booked a "
                            "FY23 net loss"), shown
    assert "Analyst" not in shown and "Research" not in shown


def test_a_preview_that_spaces_each_figure_after_its_glyphs_keeps_its_sentences_whole() -> None:
    """A listing's one-line preview sets a space before each figure after glyphs (round 68's dev part,
    sohu-guohai-yutong: `20H1实现收入 76.1亿,同比下滑 39.2%,归母 净利 0.63亿`): those spaces are the dump's, no line
    ends, and the first sentence is shown from its start."""
    text = ("公司发布 2020年半年报: 20H1实现收入 76.1亿,同比下滑 39.2%,归母 净利 0.63亿,同比下滑 90.8.%; 20Q2实现收入 "
            "48.0亿,同比下滑 37.4%, 归母净利 2.06亿,同比下滑 44.6% 因公共卫生事件冲击, 公司上半年业绩承压, Q2毛利率环比略有"
            "提升但 同比仍下滑较大。 根据中客网数据, 2020年 1-6月份客车行业 7米及以上 客车实现销售 3.86万辆, 同比下降 "
            "34.36%,主要是公共卫生事件冲击影 响行业需求, 同时年内公交采购相比往年进一步后移。")
    shown = excerpt(text, title="宇通客车:2020年半年报点评")
    assert shown.startswith("公司发布2020年半年报: 20H1实现收入76.1亿"), shown


def test_a_quote_widget_after_a_stocks_code_in_a_news_sentence_goes() -> None:
    """A quote portal puts its live quote after a stock's code inside the story's first sentence (round 72's dev part,
    aastocks-htsc-crrc: `中國中車(01766.HK) -0.010 (-0.159%) 沽空 $1.47百萬; 比率 2.298% 上半年收入…`): the quote goes,
    and the code, which the headline repeats, stays in the sentence, shown from its start (as given and flattened)."""
    text = ("華泰證券發表研究報告指,中國中車(01766.HK) -0.010 (-0.159%) 沽空 $1.47百萬; 比率 2.298% 上半年收入按年增長近33%,"
            "純利更增長72.5%。該行指,中車期內鐵路裝備業務錄得較高增長,預計新增動車組及動車組高級修將支持軌交設備行業維持穩中有升,"
            "而中車作為軌交設備龍頭,有望受益於行業持續向好,因此維持「買入」評級。(gc/da)(港股報價延遲最少十五分鐘。沽空資料截至\n"
            "2025-08-28 12:25。)\n\nAASTOCKS新聞")
    title = "《大行》華泰證券升中國中車(01766.HK)目標價至7.42港元 維持「買入」評級"
    for preview in (text, " ".join(text.split("\n"))):
        shown = excerpt(preview, title=title)
        assert shown.startswith("華泰證券發表研究報告指,中國中車(01766.HK)上半年收入按年增長近33%"), shown
        assert "沽空" not in shown


def test_a_flattened_previews_section_and_subsection_headings_go_before_its_first_sentence() -> None:
    """A flattened preview of a dump that spaces its figures, its section's and first subsection's numbered headings
    run into the first sentence (round 72's dev part, kkannews-dongguan-machinery: `1. 機械裝置業績低速增長,估值處於
    較低水平 1.1 1-11 月機械裝置細分行業表現相對分化 2021 年 1 月 1 日至…`): the sentence opens at its year."""
    text = ("(報告出品方/作者:東莞證券,黃秀瑜) 1. 機械裝置業績低速增長,估值處於較低水平 1.1 1-11 月機械裝置細分行業表現相對分化 "
            "2021 年 1 月 1 日至 11 月 30 日,滬深 300 指數上漲 5.17%。2021 年 1-11 月機械設 備行業上漲 31.00%,跑贏滬深 300 "
            "指數 25.82pct,在申萬(2021)行業分類中排名第 11 位。 在機械裝置二級行業方面,專用裝置、通用裝置板塊表現相對強勢,"
            "漲幅分別達 52.49%、50.37%,分別跑贏機械裝置行業指數 38.17pct、36.05pct。")
    shown = excerpt(text, title="機械裝置行業2022年度投資策略")
    assert shown.startswith("2021年1月1日至11月30日,滬深300指數上漲5.17%。"), shown


def test_a_flattened_dumps_numbered_headings_in_figures_end_their_lines() -> None:
    """A flattened preview of a dump that spaces its figures, its numbered section headings run into each other and
    into the first sentence (round 85's dev part, tuijiujia-dwzq-yingjia-gongjiu-initiation: `…王颖洁 1. 概况:历史底蕴
    深厚,腾飞进行时 1.1. 历史溯源:贡酒之祖,生态白酒标杆 国人迎宾酒,…`; wrc-2022-tesla-humanoid-robot: `1.1、特斯拉宣布
    …技术可复用率高 特斯拉作为…`): a line ends before each number and after its heading, and the excerpt opens at the
    sentence."""
    text = ("(报告出品方/分析师:东吴证券 汤军 王颖洁 1. 概况:历史底蕴深厚,腾飞进行时 1.1. 历史溯源:贡酒之祖,生态白酒标杆 国人迎宾酒,"
            "历史底蕴深厚。公司是白酒行业第 16 家上市企业、安徽省内第三家白酒上市企业。迎驾贡酒的来由可追溯到 2000 多年前,汉武帝在公元前 "
            "106 年下榻灊县城(今霍山县),庐江郡守辖灊县令丞以下大小官吏设宴接驾,奉上美酒敬献武帝,帝饮后大悦,迎驾贡酒因此得名。 "
            "重温迎驾的发展历程,我们大致划分为以下几个发展阶段: 1)蛰伏蓄势期(1997 年以前): 1955 年迎驾贡酒的前身佛子岭酒厂成立,60 "
            "年代面对经济困难和粮食歉收,酒厂改用野生植物酿酒;70 年代酒厂扩建厂房、设计安装白酒机械化生产线。")
    shown = excerpt(text, title="安徽本土白酒品牌,迎驾贡酒:乘风扬帆起,洞藏恰芳华")
    assert shown.startswith("国人迎宾酒,历史底蕴深厚。公司是白酒行业第16家上市企业"), shown
    text = ("1、下一代智能化终端,人形机器人将打开蓝海市场 1.1、特斯拉宣布进入人形机器人市场,技术可复用率高 特斯拉作为自动驾驶全球领先企业,"
            "已有技术积淀可在人形机器人中复用。公 司 宣布 将于 今 年 9 月 30 日推 出首 款 双足 人形 机 器人- 擎天柱 (“OPTIMUS”),Tesla "
            "Bot 将基于视觉神经网络神经系统可预测性的自动 管理技术,以 Dojo D1 自研超级计算机芯片和提供算力的 FSD Chip 2.0 硬 件驱动微核心。")
    shown = excerpt(text, title="机器人行业专题研究:从特斯拉人形机器人看智能化投资机遇")
    assert shown.startswith("特斯拉作为自动驾驶全球领先企业,已有技术积淀可在人形机器人中复用。"), shown


def test_a_templates_field_name_under_the_summarys_heading_is_its_own_line_once_flattened() -> None:
    """A report template's field name, which the PDF sets on a line of its own under the summary's heading, run into the
    summary's first point once flattened (round 85's dev part, 345wk-xyzq-carbon-neutral-investing: `…S0190521110001
    投资要点 summary 全球进入低碳发展时代,…`): the point is shown from its first glyph, without the field's name."""
    text = ("请务必阅读正文之后的信息披露和重要声 证券研究报 分析师: 郑兆磊 zhengzhaolei@xyzq.com.cn S0190520080006 王帅 "
            "wangshuai21@xyzq.com.cn S0190521110001 投资要点 summary 全球进入低碳发展时代,能源转型是全球目标,中国也在积极参与全球气候变化治 "
            "理,碳达峰-中和成为国战略全球主要国家都在加快推进低碳化甚至去碳 化的能源转型。20209月,我国政府也在第七十五届联合国大会一般性辩论上宣布 "
            "中国的 2030 碳达峰、2060 碳中和目标。 风光:政策密集出台,风电光伏装机量有望大幅提升。")
    shown = excerpt(text, title="聚焦碳中和投资,把握新时代机遇")
    assert shown.startswith("全球进入低碳发展时代,能源转型是全球目标"), shown


def test_a_summarys_headline_run_into_its_first_points_label_is_no_part_of_the_point() -> None:
    """A summary's headline, which restates the title, run into the first point's label with no stop between
    (round 85's dev part, ziboxinyan-kysec-2024-pension-fund-equity-entry: `…证书编号:S0790123070030 促进资本市场投融资动态
    平衡,养老金入市空间广阔(1)当前我国养老金入市具备必然性与可行性。`): the excerpt opens at the point. An item's number
    (`第(1)项`) is no point's label."""
    text = ("促进投融资动态平衡,养老金入市空间广阔 行业深度报告 高超(分析师) 唐关勇(联系人)\n"
            "证书编号:S0790520050001 证书编号:S0790123070030 促进资本市场投融资动态平衡,养老金入市空间广阔(1)当前我国养老金入市具备必然性"
            "与可行性。人口老龄化加速带来负债端压力,长端利率下行带来风险资产需求。根据全国社保基金理事会研究,全球公共和私人养老基金权益配置的提升与其长期"
            "投资收益率长期存在明显正相关关系。(2)政策方向:促进投融资动态平衡为主基调,关注资本市场投资端改革行动方案落地。")
    shown = excerpt(text, title="非银金融行业深度报告:促进投融资动态平衡,养老金入市空间广阔")
    assert shown.startswith("当前我国养老金入市具备必然性与可行性。"), shown
    assert not boilerplate.LABEL_AFTER_END.search("根据第(1)项规定")


def test_a_flattened_covers_percentage_field_ends_its_line() -> None:
    """A post's cover line of fields, flattened before its first sentence (round 72's dev part, xueqiu-futu-buy:
    `…12 个月目标价:146.00 美元 上涨空间:+18.6% 本报告对…`): the field's percentage ends its line; a sentence's
    percentage after a space goes on."""
    text = ("建议:买入 当前价格(2025 年 7 月 7 日):123.13 美元 12 个月目标价:146.00 美元 上涨空间:+18.6% 本报告对领先的数字经纪"
            "和财富管理平台富途控股有限公司(FUTU)进行了全面的分析。我们的研究基于对现有财务数据、市场情报和竞争对手分析的全面审查,"
            "最终给出“买入”评级,12个月目标价为146.00美元。")
    shown = excerpt(text, title="富途控股(FUTU)研究报告:买入,12个月目标价146美元")
    assert shown.startswith("本报告对领先的数字经纪和财富管理平台"), shown
    assert "5.17% 跑赢大盘" in restore_lines("指数全年上涨 5.17% 跑赢大盘。 新的一年,我们看好行业。")


def test_a_flattened_posts_headline_in_title_marks_ends_its_line() -> None:
    """A blog's post line (its day, time and house) and the note's headline in title marks, flattened before the first
    point (round 72's dev part, pixnet-sinopac-sinon: `2009/02/13 09:17 永豐金證券 《股價偏低,建議買進》 中國華北大旱,…`):
    the headline ends its line, and the point is shown from its start."""
    text = ("興農(1712):買進,目標價11.4元 2009/02/13 09:17 永豐金證券 《股價偏低,建議買進》 中國華北大旱,農藥與肥料需求增,"
            "興農潛在受惠最大:由於反聖嬰現象,中國去年入冬來,華北地區遭遇數十年來大旱,全國作物受旱面積達到1.55億畝,比往年同期增加"
            "5,448萬畝,增幅達35%,中國官方除積極搶救作物外,並將抗旱列為當前首要的工作。")
    shown = excerpt(text, title="興農(1712):買進,目標價11.4元")
    assert shown.startswith("中國華北大旱,農藥與肥料需求增"), shown


def test_a_flattened_cover_s_figure_fields_end_their_lines() -> None:
    """A company update's cover fields on one line (round 68's dev part, scribd-rhb-merdeka, flattened: `…Avg Daily
    Turnover (IDR/USD) 108,026m/6.76m Still BUY, new IDR3,100 TP…`): a figure field's value ends its line, and the
    lede opens on the first point, not on the cover's sector, name, rating and price."""
    shown = excerpt(_flattened(_RHB), title="IND Merdeka Copper Gold Company Update 20240401 RHB")
    assert shown.startswith("Still BUY, new IDR3,100 TP (DCF) from IDR3,600, 36% upside."), shown


def test_a_sell_side_houses_standard_english_notices_are_boilerplate() -> None:
    """The notices a sell-side house sets before its English note's first sentence (round 71's dev part,
    pdfcoffee-jpm-vpg, jpm-equity-strategy-duration, docslib-mirae-morning-focus): where it may be distributed, its
    conflicts of interest, a summary's pointer to the full report; and the analysts' certification, as any house
    words them. The note's first sentence is the excerpt."""
    for notice in ("This report is neither intended to be distributed to Mainland China investors nor to provide "
                   "securities investment consultancy services within the territory of Mainland China.",
                   "This report or any portion hereof may not be reprinted, sold or redistributed without the written "
                   "consent of J.P. Morgan.",
                   "J.P. Morgan does and seeks to do business with companies covered in its research reports. As a "
                   "result, investors should be aware that the firm may have a conflict of interest that could affect "
                   "the objectivity of this report.",
                   "This document is a summary of a report prepared by Mirae Asset Daewoo Co., Ltd. (“Mirae Asset "
                   "Daewoo”) and published on our website. Please review the compliance notices contained in the "
                   "original report.",
                   "The research analyst(s) named in this report hereby certify that the views expressed accurately "
                   "reflect their personal views."):
        assert is_boilerplate(notice), notice
    text = ("Equity Research\nOctober 8, 2023\n\nEquity Strategy\n\nTime is coming to position for the long duration "
            "trade\n\nJ.P. Morgan does and seeks to do business with companies covered in its research reports. As a "
            "result, investors should be aware that the firm may have a conflict of interest that could affect the "
            "objectivity of this report. Investors should consider this report as only a single factor in making "
            "their investment decision.\n\n  • Bond yields have been moving up strongly, pricing in the higher for "
            "longer stance by the Fed, as well as the deteriorating demand-supply balance, among other things.\n")
    shown = excerpt(text, title="Equity Strategy : Time is coming to position for the long duration trade")
    assert shown.startswith("Bond yields have been moving up strongly"), shown
    # (a sentence on a company's business is no notice)
    assert not is_boilerplate("The group seeks to grow its business with companies in the region.")


def test_a_one_line_covers_names_telephones_and_banner_in_capitals_are_no_lede() -> None:
    """A one-line transcription of an English cover runs its analysts' names and telephones into its banner in
    capitals, which a full stop ends (round 71's dev part, cupdf-fssia-thai-strategy): no word of it is in lower
    case, as some of any sentence's are; the lede is the note's first sentence after the headline."""
    text = ("Songklod Wongchai Suwat Sinsadok [email protected] [email protected] +66 2611 3553 +66 2611 3558 PREPARED BY "
            "FSS INTERNATIONAL INVESTMENT ADVISORY SECURITIES CO LTD (FSSIA). ANALYST CERTIFICATION AND IMPORTANT "
            "DISCLOSURES CAN BE FOUND AT THE END OF THIS REPORT EQUITIES RESEARCH 30 SEPTEMBER 2021 Thailand Market "
            "Strategy 4Q21 investment strategy underscored by three ‘transition’ themes We believe that post-Covid "
            "investment strategy in 4Q21-2022 onward will be underlined by three key economic transitions, both "
            "globally and domestically. We see the three transitions as shifts toward growth, green energy, and "
            "normalcy.")
    shown = excerpt(text, title="20210930 Thailand Market Strategy: Tri-transition")
    assert shown.startswith("We believe that post-Covid investment strategy"), shown


def test_a_korean_news_pages_credits_with_an_equals_sign_are_no_part_of_the_story() -> None:
    """A Korean news page in English credits its photo and its reporter as its press does, with an equals sign
    (round 71's dev part, alphabiz-mirae-samsungsec: `(Photo= Yonhap news)` / `[Alpha Biz= Reporter Kim Sangjin] On
    September 2, …`), on their own lines or, flattened, run together: the story starts after them."""
    text = ("Mirae Asset Securities Upgrades Samsung Securities Target Price, Maintains \"Buy\" Rating\nKim SangJin\n"
            "letyou@alphabiz.co.kr | 2024-09-03 01:33:13\n(Photo= Yonhap news)\n[Alpha Biz= Reporter Kim Sangjin] On "
            "September 2, Mirae Asset Securities upgraded its target price for Samsung Securities, reflecting strong "
            "anticipated momentum for the stock towards the end of the year. The investment firm maintained its "
            "\"Buy\" rating.\n")
    title = "Mirae Asset Securities Upgrades Samsung Securities Target Price, Maintains \"Buy\" Rating"
    for page in (text, re.sub(r"\s*\n\s*", " ", text)):
        assert excerpt(page, title=title).startswith("On September 2, Mirae Asset Securities upgraded"), page


def test_a_line_that_ends_with_its_next_sentences_first_word_runs_on() -> None:
    """A chart book's summary line ends with its next sentence's first word (round 71's dev part, motilal-eagle-eye:
    `India’s 10-year bond yield stands at 7.0%. The` / `EY/BY trades near its LPA…`): no heading ends with `The`,
    and the sentence is shown from it, not from `EY/BY`."""
    text = ("VALUATIONS\nIndia’s 10-year bond yield stands at 7.0%. The\nEY/BY trades near its LPA on a trailing "
            "basis, and\nalso on a forward basis.\nCHART BOOK | June 2024\n")
    shown = excerpt(text, title="India Strategy: The Eagle Eye, June 2024")
    assert "The EY/BY trades near its LPA" in shown and not shown.startswith("EY/BY"), shown


def test_a_covers_headline_or_fields_value_glued_before_the_first_sentences_we_goes() -> None:
    """A flattened copy glues a cover's headline (round 71's dev part, lostworlds-kb-mirae: `Hold BUY; reduce the target
    price by 4.8% to 10,000 KRW We maintain BUY…`) or a field's value (pdfcoffee-jpm-vpg: `Price Target: HK$7.80
    Previous: HK$9.30 We expect VPG…`) before the first sentence: it opens at `We`, which no sentence has with a
    capital after a word."""
    shown = excerpt("Hold BUY; reduce the target price by 4.8% to 10,000 KRW We maintain BUY on Mirae Asset Securities "
                    "but reduce our TP by 4.8% to 10,000 KRW. Our rating is unchanged given continued efforts to support "
                    "the share price via share buybacks.", title="Mirae Asset Securities: Increase in the volatility")
    assert shown.startswith("We maintain BUY on Mirae Asset Securities"), shown
    shown = excerpt("Value Partners Group Limited (0806) Overweight 0806.HK, 806 HK Price: HK$5.23 Negative profit alert is "
                    "likely but not surprising ▼ Price Target: HK$7.80 Previous: HK$9.30 We expect VPG to release a "
                    "negative profit alert for preliminary FY18 earnings next week given the much higher base in FY17. "
                    "While consensus earnings are likely subject to further downside risk, we believe current valuation "
                    "has largely priced in weak operating performance in 2H18.",
                    title="Value Partners Group Limited (0806): Negative profit alert is likely but not surprising")
    assert shown.startswith("We expect VPG to release"), shown


def test_a_digests_headline_listed_among_its_pieces_and_set_again_over_its_text_is_cut_at_each_copy() -> None:
    """A digest's one-line cover lists its pieces, the lead piece's headline first, and sets that headline again over
    the piece's text (round 71's dev part, fdocuments-id-commodity-macro), its apostrophe curly where the listing's
    title has a straight one: each copy goes, and the lede is the piece's first sentence, not the list."""
    text = ("Market Cap ( Rp tn ) 7,776.4 2021F 2022F P/E (x) 18.9 16.5 Economic Data Stock Market Data (04 October2021) "
            "Market Data Summary* Assessing Commodity’s Impact on the Macro Front Healthcare: Indonesia COVID-19 Weekly "
            "Update BTPN Syariah: Swift Recovery Underway (BTPS; Rp3,400; Buy; TP: Rp4,000) Daily Covid-19 Update: Data "
            "as of 4 Oct-21 Assessing Commodity’s Impact on the Macro Front What caused commodity prices to spike? Both "
            "demand and (lately) supply factors. On the former, the economic recoveries of China and developed "
            "economies have been solid this year.")
    shown = excerpt(text, title="Assessing Commodity's Impact on the Macro Front")
    assert shown.startswith("What caused commodity prices to spike?"), shown


def test_a_dailys_run_of_labelled_headlines_is_no_lede() -> None:
    """A daily's one-line cover runs its top stories together, each headline after its label and a colon, none with
    a stop, into the lead story's headline (round 71's dev part, dokumentips-col-daily): no sentence holds three such
    labels, and the lede is the story's first sentence."""
    text = ("(As of August 12, 2015) OTHER NEWS: TOP STORIES: MWIDE: To build a new company for renewable energy "
            "projects Economy: 2Q15 GDP to likely miss 7.7% growth target Economy: Indicative auction timetable released "
            "for Php170.7Bil South Line PPP DNL: 1H15 profits up 15% to Php1.1Bil, in line with estimates IMI: 1H15 "
            "earnings up 34.7% y/y, above COL estimates MBT: Profits up 25% to Php4.2Bil in 2Q15, in line with estimates "
            "2Q15 earnings end in line with estimates. MBT reported Php4.2Bil in profits during the second quarter, up "
            "24% year-on-year on the back of higher net interest income. This brought its first half total to "
            "Php9.3Bil, up 2% from 1H14.")
    shown = excerpt(text, title="2015-08-13 PH Daily Notes")
    assert shown.startswith("MBT reported Php4.2Bil in profits"), shown


def test_a_conference_call_a_sentence_reports_is_no_contact_line() -> None:
    """A news page's first sentence reports what an economist said on a media call (round 74's dev part,
    gucheng-ubs-wangtao-recovery: `…汪涛25日在媒体电话会上表示,…`): `电话会` is the sentence's own word, and the
    excerpt shown from that sentence holds no contact boilerplate."""
    text = ("瑞银汪涛表示 中国经济复苏早已开始\n\n瑞银亚洲经济研究主管、首席中国经济学家汪涛25日在媒体电话会上表示,预计中国经济"
            "二季度将会大幅反弹,财政政策和刺激政策将会发挥更大作用,汪涛预计央行年内还会再降准50个基点。\n\n中国经济\n中国经济\n\n"
            "就中国经济增长预期而言,汪涛称,中国经济复苏早已开始,高频数据正在逐渐好转。")
    item = {"excerpt_starts": ["瑞银亚洲经济研究主管、首席中国经济学家汪涛25日在媒体电话会上表示"]}
    shown = excerpt(text, title="瑞银汪涛表示 中国经济复苏早已开始")
    assert _excerpt_problems(item, shown) == [], shown


def test_the_title_after_a_librarys_chunk_number_is_cut_from_the_first_sentence() -> None:
    """A document library's preview numbers its chunks (round 74's dev part, cornels-doclib-2021-china-outlook:
    `1、向高質量增長邁進新冠疫情主導了…`); the title's first part after the number is the report's heading glued to its
    first sentence, not the sentence's start. (`、` after a number opening the line is a numbering's, not a list's.)"""
    text = ("版權(quán)說(shuō)明:本文檔由用戶提供并上傳,收益歸屬內(nèi)容提供方,若內(nèi)容存在侵權(quán),請(qǐng)進(jìn)行舉報(bào)"
            "或認(rèn)領(lǐng)\n文檔簡(jiǎn)介\n1、向高質(zhì)量增長(zhǎng)邁進(jìn)新冠疫情主導(dǎo)了2020年全球宏觀經(jīng)濟(jì)大勢(shì),"
            "但相比之下中國(guó)可謂一枝獨(dú)秀。我們預(yù)計(jì)中國(guó)將是2020年全球唯一一個(gè)實(shí)現(xiàn)同比正增長"
            "(zhǎng)的主要經(jīng)濟(jì)體。中國(guó)的利率已經(jīng)幾乎回歸至疫情前水平。")
    _opens_as_given_and_flattened(text, "向高質量增長邁進:2021年中國宏觀經濟展望", "新冠疫情主導了2020年全球宏觀經濟大勢")


def test_a_photos_caption_and_credit_after_a_colon_are_no_part_of_the_first_sentence() -> None:
    """A Global Times page (round 74's dev part, 775mail-globaltimes-target-raises) sets its photo's caption and credit
    over the story (`stock market Photo:VCG`); flattened, they run into the first sentence, which is then skipped. The
    caption is the page's: the excerpt opens on the story's first sentence either way."""
    text = ("stock market Photo:VCG\nOverseas financial institutions including JPMorgan and Citi recently raised the "
            "target share prices for major Chinese companies such as Meituan and BYD. The moves indicate the growing "
            "confidence of international investors in the country's capital market development.\nJPMorgan increased "
            "the target price for service-focused e-commerce giant Meituan.com from HK$140 ($17.99) to HK$200 on "
            "Monday, the Securities Times reported on Tuesday, citing a JPMorgan report.")
    title = "Overseas institutions raise target prices for Chinese firms including Meituan, BYD"
    _opens_as_given_and_flattened(text, title, "Overseas financial institutions including JPMorgan and Citi")


def test_a_labelled_question_answered_by_a_labelled_answer_is_the_answers_heading() -> None:
    """A research digest's Q&A (round 74's dev part, 51haodu-ms-msci-upgrade-qa) sets each question labelled `Q:` over
    its answer labelled `A:`: the question is a heading, and the lede opens on the answer."""
    text = ("大摩:全面上调 MSCI 中国评级\n\n正文\n\n"
            "Q:摩根士丹利对 MSCI 中国和印尼的评级有何调整,背后的原因是什么?\n\n"
            "A:摩根士丹利将 MSCI 中国的评级从减持等权重上调,将印尼的评级从增持等权重下调为减持。对中国的评级调整主要并非基于"
            "宏观经济或盈利情况,而是与自下而上的微观因素,特别是股权成本和股权成本下降有关。在中国,股权风险溢价的下降是此次上调"
            "评级的主要驱动因素。")
    shown = excerpt(text, title="大摩:全面上调 MSCI 中国评级")
    assert shown.startswith("A:摩根士丹利将MSCI中国的评级从减持等权重上调"), shown


def test_a_covers_headline_in_title_case_before_a_sentence_on_its_year_is_no_part_of_it() -> None:
    """A document site's one-line first page (round 74's dev part, vdocument-nomura-hk-property-2012) runs the report's
    headline into its first sentence, whose subject is the year it looks at (`Caveat Venditor 2012 looks set to be the
    mirror image of 2011.`): the sentence opens on the year. A year after a month or a preposition is a date inside the
    sentence (`Since January 2012 sales…`), which keeps its words."""
    text = ("nomura_hong kong property_february 2012\n\n94\nCaveat Venditor 2012 looks set to be the mirror image of "
            "2011. Sellers beware. Unlike the Year of the Rabbit and our Caveat Emptor theme, we are very bullish on HK "
            "property stocks for the Year of the Dragon. With consensus bearish on the physical market and stock "
            "valuations still 1SD below their norms, there is little slack for any positive surprise.")
    _opens_as_given_and_flattened(text, "nomura_hong kong property_february 2012",
                                  "2012 looks set to be the mirror image of 2011.")
    assert run_in_heading_end("Since January 2012 sales have risen by a fifth across the territory.") == 0
    assert run_in_heading_end("China’s 2001 accession to the World Trade Organization (WTO) required China to reform.") == 0


def test_a_company_heading_written_twice_after_an_english_page_head_opens_no_lede() -> None:
    """An HTI deck's page head in English, a notice in brackets first, runs into a company's section heading (its name
    and topic parted by a colon) written twice and the section's first sentence (round 76's dev part,
    ziboxinyan-hti-pv-chain): the lede is that sentence, not the paragraph's second."""
    text = ("(PleaseseeappendixforEnglishtranslationofthedisclaimer)Equ\n\n  2、ityAsiaResearch2For full disclosure of "
            "risks, valuation methodologies and target price formation on all HTI rated stocks, please refer to the "
            "latest full report on our website at 横店东磁:光伏业务产能快速增长横店东磁:光伏业务产能快速增长横店东磁自2010年"
            "进入光伏行业,2014年介入户用光伏电站,光伏产业经过多年的布局和稳健发展,已有较为固定的客户群体和分销渠道。公司采取"
            "差异化竞争的策略,深耕分布式应用市场的差异化组件产品,在欧洲等海外市场占据重要位置。")
    _opens_as_given_and_flattened(text, "光伏产业链全梳理相关公司报告-220523(34页).pdf", "横店东磁自2010年进入光伏行业")


def test_a_summary_headings_line_written_twice_and_a_price_catalogue_open_no_lede() -> None:
    """A deck's bold line, the summary's heading and its topic, written twice before the first sentence, whose lines
    are each written twice after their figures (round 76's dev part, wnwk-haitong-gas-pricing): the summary opens
    after the line's copy, and a government's price catalogue (`中央定价目录`, `不在目录之中`) is no contents page."""
    text = ("证券研究报告 证券研究报告(优于大市,维持)(优于大市,维持)股票报告网整\n\n  2、理http:/1.周观点:天然气价格市场化改革深化"
            "周观点:天然气价格市场化改革深化 11月月4日,发改委发布中央定价目录(修订征求意见稿)。征求意见稿中,天然日,发改委发布中央"
            "定价目录(修订征求意见稿)。征求意见稿中,天然气已经不在目录之中,而在气已经不在目录之中,而在2015年发布的中央定价目录中,"
            "天然气为第一个定价年发布的中央定价目录中,天然气为第一个定价项目。我们认为,放开门站价管理,有利于促进天然气价格真正实现"
            "市场价。项目。我们认为,放开门站价管理,有利于促进天然气价格真正实现市场价。")
    for preview in (text, _flattened(text)):
        shown = excerpt(preview, title="天然气价格市场化改革进一步深化")
        assert shown.startswith("11月4日,发改委发布中央定价目录(修订征求意见稿)。征求意见稿中,天然气已经不在目录之中,"), shown
        # (no line's copy: `…市场价。项目。我们认为…`; the excerpt measured as shown takes the next sentence once, whole)
        assert "市场价。项目" not in shown and shown.count("我们认为") <= 1, shown


def test_a_charts_axis_lines_inside_a_sentence_are_dropped_and_its_lines_join() -> None:
    """A weekly's cover sets the axes of its chart beside the summary as lines of their own between two lines of the
    summary's first sentence (round 76's dev part, 5qu8-guohai-coal-weekly): the axis lines go, the sentence is read
    whole from its start, and a word a space split (`同时伴 随近期`) keeps its glyphs."""
    text = ("2023 02 26 日 研究所行业研究评级:推荐(维持)\n\n供需双振,看好煤炭板块表现\n证券分析师:陈晨 S0350522110007\n"
            "chenc09@ghzq.com.cn\n\n——煤炭开采行业周报\n\n最近一年走势投资要点:动力煤方面:产地方面,本周内蒙古发生重大煤矿事故,主\n"
            "0.3590 0.2404 0.1217 0.0031-0.1155-0.2342煤炭开采沪深300\n\n22/2 22/3 22/4 22/5 22/6 22/7 22/8 22/9 "
            "22/1022/1122/12 23/1\n\n产区部分煤矿进行安全检查,部分露天矿停产,整体供应收紧。同时伴 随近期下游工厂备货需求释放,"
            "产地价格出现明显上涨。进口方面,进 口煤询货增多,价格企稳回升。")
    shown = excerpt(text, title="煤炭开采行业周报:供需双振,看好煤炭板块表现")
    assert shown.startswith("动力煤方面:产地方面,本周内蒙古发生重大煤矿事故,主产区部分煤矿进行安全检查,"), shown
    assert "同时伴随近期" in shown, shown


def test_a_title_whose_figures_the_cover_spaces_is_cut_before_the_first_sentence() -> None:
    """A spaced dump's cover writes the file's title with its figures set apart (`煤炭 行业 2020 年中 报总结` for
    `煤炭行业2020年中报总结.pdf`) after the house's office addresses (round 76's dev part, baogao8-chuancai-coal-interims):
    the title's copy is cut, and the lede is the summary's heading sentence, not the addresses."""
    text = ("煤炭行业2020年中报总结.pdf\n本报告 由川 财证 券有 限责 任 公司 编制 谨 请参 阅尾 页 的重要 声明 联 系人 王磊 "
            "证书编号:S1100118070008 wangleicczq 川 财研 究所 北京 西城区平安里西大街28 号中 海国际中心15 楼,100034 上海 "
            "陆家嘴环路1000 号恒生大厦 11 楼,200120 深圳 福田区福华一路 6 号免税商 务大厦 32 层,518000 煤炭 行业 2020 "
            "年中 报总 结 需求主导煤价走势,二季度动力煤 企业产销量价齐升 一季度 动 力煤企 业 经营 情 况受疫情 影响较 大, 电厂 "
            "耗煤负荷 偏低 、 煤价 在 3 月 之后持续 走弱 , 整体 看一 季度煤价 中枢在550 元/ 吨左右 , 煤企 盈利同 比下 行。")
    _opens_as_given_and_flattened(text, "煤炭行业2020年中报总结.pdf", "需求主导煤价走势,")


def test_a_view_heading_under_a_lost_bullet_stands_apart_from_the_first_sentence() -> None:
    """A weekly's summary sets its first section's heading under a bullet the page's encoding lost (`? 本周观点`) on a
    line of its own (round 76's dev part, ephua-minsheng-pharma-weekly): the `?` is no question, and the heading is no
    part of the sentence after it."""
    text = ("医药行业周报\n\n—医药行业周报20200817\n\n2020年08月17日\n\n[Table_Invest]\n\n报告摘要:\n\n? 本周观点\n\n"
            "当前处在中报密集披露窗口期,业绩将成为下阶段主线。中短期来看,建议关注中报业绩高增速、下半年业绩强持续性的公司;"
            "中长期来看,我们持续关注高景气度、高成长性的优质赛道。")
    shown = excerpt(text, title="医药行业周报:关注中报业绩高增长、前期低估值滞涨标的")
    assert shown.startswith("当前处在中报密集披露窗口期"), shown


def test_an_analysts_biography_above_the_summarys_heading_is_not_the_summary() -> None:
    """A WeChat account's author box, the analyst's post, degrees and works with no heading over them, stands above the
    summary's heading (round 76's dev part, daydaynews-caitong-shipping): the summary starts at its heading, not at
    the biography's sentences."""
    text = ("以下文章來源於李美岑投資策略 ,作者專業前瞻全球視野\n李美岑投資策略.\n李美岑,財通證券首席策略分析師。北京大學碩士、"
            "新加坡國立大學碩士。連續多年獲得新財富、水晶球、金麒麟最佳分析師等。代表性著作《投資核心資產》、《長牛:新時代股市"
            "運行邏輯》。\n核心觀點\n美聯儲進入加息周期,經濟景氣度下行催化運費回落預期。2022年為應對高達8.6%的通脹率,美聯儲在"
            "3月17日,5月4日,6月16日分別加息25BP/50BP/75BP,導致海外需求收縮,大宗商品價格回落,帶動中游航運價格跌落。")
    _opens_as_given_and_flattened(text, "財通策略:航運周期與出口型公司業績", "美聯儲進入加息周期")


def test_an_events_first_line_runs_on_in_a_flattened_preview() -> None:
    """A summary's event under its label, its first line cut before the verb (round 76's dev part, 5qu8-sczq-auto-annuals,
    flattened: `事件:截至 2022 年 3 月 18 日,共 28 家汽车板块(申万)上市公司 披露 2021 年业绩(…)。`): the line runs on
    into the rest of the sentence, which is not shown from its middle."""
    text = ("2021 年年报跟踪:毛利率普遍承压,控费降本有成\n评级:看好\n汽车 | 行业简评报告 | 2022.03.21\n\n核心观点\n\n岳清慧\n"
            "汽车首席分析师\nSAC 执证编号:S0110521050003 yueqinghui@sczq.com.cn\n事件:截至 2022 年 3 月 18 日,共 28 家汽车板块"
            "(申万)上市公司\n披露 2021 年业绩(12 家发布年度报告+16 家发布业绩快报)。其中,\n汽车零部件企业/整车企业/汽车服务企业"
            "分别占 25 家/2 家/1 家。\n概览:车市回暖驱动 2021 全年业绩复苏,但 4Q21 显著承压\n")
    _opens_as_given_and_flattened(text, "2021 年年报跟踪:毛利率普遍承压,控费降本有成", "截至2022年3月18日,共28家汽车板块(申万)上市公司披露2021年业绩")


def test_an_earnings_calls_name_in_a_sentence_is_no_contact_block() -> None:
    """An earnings call's minutes (round 75's dev part, longport-smic-3q23-call) name the call in their first sentence
    (`…发布2023年度第三季度财报(截至2023年9月),电话会要点如下:`): `电话会` is the call, no telephone number's label."""
    text = ("中芯国际(0981.HK/688981.SH)北京时间 2023 年 11 月 9 日晚,港股盘后发布 2023 年度第三季度财报(截至 2023 年 9 月),"
            "电话会要点如下:\n1.管理层汇报\n市场方面,今年下半年没有出现大家年初时期待的 v 型或者是 u 型的反弹,整体仍停留在底部,"
            "呈现出一个 w 的走势。")
    item = {"excerpt_starts": ["中芯国际(0981.HK/688981.SH)北京时间"]}
    shown = excerpt(text, title="W 形走势,回暖或延后一年(中芯国际 3Q23 电话会)")
    assert "电话会要点如下" in shown and _excerpt_problems(item, shown) == [], shown
    assert _LEFTOVER.search("联系电话:010-66095319") and _LEFTOVER.search("电话:0755-21510000")


def test_a_headings_words_before_fund_are_no_firms_credit() -> None:
    """A fund research note's first point opens on its heading (round 75's dev part, yanbaoke-kaiyuan-fund-research-35:
    `公募FOF及基金投顾的2.0时代:…`): `公募FOF及基金` joins words with `及`, no firm's name glued before a label."""
    text = ("# 从股债二元到多元配置:多资产基金投顾的三维画像与业绩归因 ——基金研究系列(35) 魏建榕 (分析师) "
            "weijianrong@kysec.cn 证书编号:S0790519120001 # - 公募FOF及基金投顾的2.0时代:从股债二元走向多元资产配置新范式 "
            "FOF(基金中的基金)及基金投顾的投资正经历从“1.0时代”向“2.0时代”的深刻演进。进入2.0时代,FOF投资理念实现质的跃迁——"
            "由“股债二元”转向“多元配置”,构建覆盖增值资产、生息资产与抗通胀资产三大支柱的立体化投资体系。")
    shown = excerpt(text, title="从股债二元到多元配置:多资产基金投顾的三维画像与业绩归因——基金研究系列(35)")
    assert shown.startswith("公募FOF及基金投顾的2.0时代"), shown


def test_a_titles_week_range_inside_the_first_sentence_is_the_sentences() -> None:
    """A weekly's title closes on the week's range (round 75's dev part, wanbiaoku-puyi-wealth-weekly), which its first
    sentence names glued between its words (`本周(2025/03/17-2025/03/21下同)A股指数全数下跌`): no cover's title."""
    text = ("【转载本报告请注明来源:普益标准(ID:pystandard)】\n一、本周市场回顾(一)本周权益市场回顾\n"
            "本周(2025/03/17-2025/03/21下同)A股指数全数下跌,债市主要指数多数下跌。周内各大主要指数表现为:上证指数下跌1.60%,"
            "深证成指下跌2.65%,创业板指下跌3.34%,科创50下跌4.16%。")
    shown = excerpt(text, title="普益标准:本周市场回顾(2025/03/17-2025/03/21)")
    assert shown.startswith("本周(2025/03/17-2025/03/21下同)A股指数全数下跌"), shown


def test_a_source_line_glued_to_the_first_sentence_and_indices_listed_with_their_figures() -> None:
    """A fund weekly (round 75's dev part, 365gu-jiean-fund-weekly-0225) glues its chart's source, a rating house's
    centre, to its first sentence (`数据来源:济安金信基金评价中心上周(…)A股涨跌不一`), which lists indices by their
    figures (`上证50、上证180和腾讯济安…`): the source goes, and `50、` is no point's label."""
    text = ("基础市场概况\n图1:指数动态(2022.02.21—2022.02.25)\n数据来源:济安金信基金评价中心上周(2022.02.21-2022.02.25)"
            "A股涨跌不一,科创50涨幅超3%,上证50、上证180和腾讯济安跌幅超2%。盘面上,两市日均成交额为10602.08亿,较前一周增加"
            "2175.44亿,两市融资余额增加,北向资金整周净流出。")
    shown = excerpt(text, title="济安金信基金周报(2022.02.21-2022.02.25)")
    assert shown.startswith("上周(2022.02.21-2022.02.25)A股涨跌不一,科创50涨幅超3%,上证50、上证180"), shown


def test_a_sentence_a_page_break_cut_after_a_word_awaiting_its_object_is_one_sentence() -> None:
    """A morning note's item (round 75's dev part, scribd-citic-morning-0614) is cut by blank lines after `以`, which
    waits for its object (`…我们认为背景主要是 4 月以` / `来经济恢复放缓…`): one sentence, shown from its start."""
    text = ("晨会\n\n2023-06-14\n\n中信证券研究部 重点推荐\n\n▍ 宏观金融政策点评—逆回购利率下调,或预示开启政策加码\n\n"
            "宏观经济|6 月 13 日央行宣布下调逆回购利率 10bp,我们认为背景主要是 4 月以\n\n\n"
            "来经济恢复放缓、物价涨幅回落且信贷增长乏力。市场普遍认为年内有望降息,不\n过这一时点早于部分机构的预测。\n")
    shown = excerpt(text, title="20230614-中信证券-晨会")
    assert shown.startswith("6月13日央行宣布下调逆回购利率10bp,我们认为背景主要是4月以来经济恢复放缓"), shown


def test_a_sentence_a_sidebar_cut_after_a_comma_is_one_sentence() -> None:
    """A futures daily (round 75's dev part, economicdaily-galaxy-futures-0928) sets its analyst's sidebar (title,
    licences, telephone, e-mail) inside its first sentence, after a comma (`…前周为 58%, 银河期货首席策略分析师: 沈恩贤
    … 去同 64%)。`): the sentence is shown whole, from its start."""
    text = ("银河研究 期货策略研发报告 银河期货商品及金融期货策略日报 2021 年 9 月 28 日 银河期货商品及金融期货策略日报 "
            "银河期货大宗商品研究所 豆粕 银河期货能化投资研究部 USDA 作物生长报告: 截至 2021 年 9 月 26 日当周, 美国大豆生长"
            "优良率为 58%(预估 59%, 前周为 58%, 银河期货首席策略分析师: 沈恩贤 期货从业证号: F3025000 投资咨询从业证号: "
            "Z0013972:021-65789219 :shenenxian_qh@chinastock.com.c n 去同 64%)。落叶率为 75%(前周 58%,去同 72%,五年均值 "
            "66%)。收割率为 16%(预估 15%,前周 6%,去 同 18%,五年均值为 13%);")
    shown = excerpt(text, title="沈时度势——期货市场投资策略分析210928.pdf")
    assert shown.startswith("USDA作物生长报告:截至2021年9月26日当周,美国大豆生长优良率为58%(预估59%,前周为58%,去同64%)。"), shown
    # (not a comma a cut left where the cover's title went, round 72's dev part, wukongzhiku-pingan-pension)
    text = ("作者:微信公众号【逸赏金融】/ 发布时间:2022-04-22 / 悟空智库整理\n(以下内容从平安证券《【平安非银】个人养老金制度落地,"
            "第三支柱迎来变革——保险动态跟踪报告》研报附件原文摘录)\n  个人养老金制度落地, 第三支柱迎来变革 事项 202022年4月21日,"
            "国务院办公厅发布《关于推动个人养老金发展的意见》(以下简称《意见》),明确个人养老金实行个人账户制度,旨在推进多层次、"
            "多支柱养老保险体系建设,促进养老保险制度可持续发展。 平安观点 核心内容:明确实行账户制个人养老金,享有税收优惠政策。")
    shown = excerpt(text, title="【平安非银】个人养老金制度落地,第三支柱迎来变革——保险动态跟踪报告")
    assert shown.startswith("202022年4月21日,国务院办公厅发布"), shown


def test_a_core_logic_heading_glued_to_its_sentence_and_a_list_item_closed_by_a_spaced_semicolon() -> None:
    """Round 73's dev part, ziboxinyan-dongwu-pumped-storage: `核心逻辑`, the summary's heading, glued to its first
    sentence, which runs into a numbered list whose first item a bracket, a space and `;` close (`…的93.9%) ;(2)…`):
    the excerpt opens on the sentence, not mid-list; the same words inside a sentence open no summary."""
    text = ("证券分析师 刘博(S0600518070002)邮箱:证券分析师 唐亚辉(S0600520070005)邮箱:从储能角度看抽水蓄能东吴公用事业 "
            "2022.06.30 核心逻辑抽水蓄能是储能行业的主导者,电化学储能是增速最快的储能方式存量装机:(1)全球:2021年全球储能总"
            "装机达到205.3GW,其中抽水蓄能装机达177.4GW,占比86.4%,是储能行业的领导者,电化学储能装机21.1GW,占比10.3% "
            "(锂离子电池占电化学储能的93.9%) ;(2)中国:2021年中国储能总装机达43.4GW,位居世界第一,其中抽水蓄能装机37.6GW,"
            "占比86.5%。新增装机:(1)全球:2021年全球储能新增装机13.1GW。")
    shown = excerpt(text, title="公用事业行业:从储能角度看抽水蓄能-220630(27页).pdf")
    assert shown.startswith("抽水蓄能是储能行业的主导者"), shown
    sentence = "第二阶段市场逐步认可公司核心逻辑的变化,其一是时效件驱动力发生趋势性变化,挂钩高端件的增长。"
    assert "核心逻辑的变化" in excerpt(sentence * 3)


def test_a_main_conclusions_heading_on_a_line_of_its_own_opens_the_summary() -> None:
    """Round r81 (dev, iyunhui, a futures house's half-year outlook in traditional script): `主要結論` on a line of its
    own heads the summary; it is no word of the first sentence. Inside a sentence the words head nothing."""
    text = ("主要結論\n6月以來有色金屬在內大宗周期品新一輪暴跌主要歸因於宏觀風險偏好回落與供需不及預期的共振,尤其是近期在"
            "大國博弈與地緣問題刺激海外通脹失控之下,歐美央行被迫激進加息引發經濟衰退風險,市場風險偏好和流動性急劇收縮,"
            "引發股債匯及商品等風險資產遭遇衝擊,有色板塊整體難逆勢而爲,下半年或面臨更大波動風險。\n"
            "從有色板塊來看說,海外滯漲憂慮甚至歐美局部經濟衰退風險加大背景下,股市以及大宗商品等主要風險資產偏向於承壓下跌。\n")
    for shown in (excerpt(text), excerpt(" ".join(text.split("\n")))):
        assert shown.startswith("6月以來有色金屬在內大宗周期品新一輪暴跌"), shown
    sentence = "本文的主要结论是,有色金属在内大宗周期品新一轮暴跌主要归因于宏观风险偏好回落与供需不及预期的共振。"
    assert excerpt(sentence * 3).startswith("本文的主要结论是")


def test_a_pdf_pages_number_under_the_summarys_heading_is_no_word_of_its_first_point() -> None:
    """Round r81 (dev, 345wk, 光大's power-equipment outlook as a library previews it): the page's number `1` alone on
    the line under `核心观点` is not glued to the first point (`1消纳与电改是…`)."""
    text = ("——电新公用环保2024年投资策略报告\n2023116\n光大电新公用环保团队\n聚焦消纳与新技术,静待新能源再成长\n"
            "请务必参阅正文之后的重要声明\n核心观点\n1\n消纳与电改是明年最重要的投资主线分时电价设置及峰谷价差未来或将进一步"
            "拉大;新电改1+N”政策也将持续\n进。投资方面:(1)特高压逻辑延续,超额收益转向配网及数字化:利好综合能源改造、"
            "微电网、虚拟电厂、电网数\n字化软件;(2)火电容量电价有望推出。\n")
    assert excerpt(text).startswith("消纳与电改是明年最重要的投资主线"), excerpt(text)


def test_a_bold_headline_of_two_clauses_written_twice_ends_before_its_sentence() -> None:
    """Round 73's dev part, ziboxinyan-electronics-framework: a section's bold headline, its comma with it, written twice
    and run into the sentence it heads (`半导体:半导体:IC设计库存增速见顶,行业底部轮廓逐渐显现设计库存增速见顶,行业底部
    轮廓逐渐显现半导体行业具备…`): the excerpt opens on the sentence."""
    text = ("1、电子行业研究框架电子行业研究框架 证券研究报告证券研究报告(优于大市,维持)(优于大市,维持)张晓飞(张晓飞(SAC号码:"
            "号码:S0850523030002)2023年年08月月03日日 核心摘要核心摘要 2 请务必阅读正文之后的信息披露和法律声明请务必阅读"
            "正文之后的信息披露和法律声明 半导体:半导体:IC设计库存增速见顶,行业底部轮廓逐渐显现设计库存增速见顶,行业底部"
            "轮廓逐渐显现 \n半导体行业具备“周期”与“成长”双重属性,科技创新与技术迭代驱动行业产品大周期,而短期因素包括存货、"
            "订单、ASP、供需等变动贯穿行业发展始终,整体行业被划分为产品&资本开支&库存三大周期。")
    shown = excerpt(text, title="电子行业研究框架-230803(25页).pdf")
    assert shown.startswith("半导体行业具备“周期”与“成长”双重属性"), shown


def test_a_listed_report_title_without_the_covers_comma_is_cut_before_the_first_sentence() -> None:
    """Round 73's dev part, renrendoc-transport-weekly-2023: a library lists the report's title without the comma the
    cover writes (`交通运输行业周报:远海汽车交付首票端到端商品车廉航需求快速提升` over `…商品车,廉航需求快速提升航运方面,…`):
    the cover's copy is cut, and the excerpt opens on the first sentence after it, not the second."""
    text = ("交通运输行业周报交通运输行业周报交通运输交通运输|证券研究报告—行业周报2023年9月25日远海汽车交付首票端到端商品车,"
            "廉航需求快速提升航运方面,汽车跨境海运外部环境持续向好,需求大于供给。航空方面,廉价航空市场占有率持续提升。物流方面,"
            "电商物流指数连续八月增长,供给端显示强韧性。①汽车出口持续高景气,远海汽车交付首票端到端商品车。")
    shown = excerpt(text, title="交通运输行业周报:远海汽车交付首票端到端商品车廉航需求快速提升")
    assert shown.startswith("航运方面,汽车跨境海运外部环境持续向好"), shown


_FCN = ("1 2023 年度展望:关注需求释放与新技术产业化\n\n1.1 在高景气中兑现业绩2022 至今电新行业指数波动较大,Q1-Q4 指数分别"
        "-19.6%、+13.9%、-22.7%、 +1.2%。全市场而言,2022 年初至今指数上涨的行业仅有 3 个,其中电力设备及新 能源行业总体跌幅"
        " 23.9%,位列第 24 位。2022 年前三季度,电力设备及新能源行业归母净利润 1669.4 亿元,同比增长 49.17%,在中信所有 30 个"
        "行业中,归母净利润增幅位于第\n4 位,处于前列。2022 年前三季度全行业实现营业收入同比增长 34.0%,实现归母净利润同比增 长"
        " 55.0%,业绩实现持续增长。从各子行业的归母净利润来看,增幅前三的子行业分 别为新能源车(+136.0%)、核电(+103.8%)、光伏"
        "(+88.3%),与景气度呈现强正 相关关系。")


def test_a_sections_first_sentence_listing_figures_under_its_chapters_heading() -> None:
    """Round 73's dev part, fcn-power-equipment-2023: a section's heading glued to its first sentence's year, which gives
    four figures one by one (`…分别-19.6%、+13.9%、-22.7%、 +1.2%。`: prose, not a table's row), under the chapter's
    heading; the page's line wraps left as spaces (`…其中电力设备及新 能源行业…`). The excerpt opens on that sentence,
    as given (its paragraph's first line wrapped, not broken at the wrap) and flattened (the chapter's heading on the
    same line)."""
    title = "电力设备及新能源行业2023年度展望:关注需求释放与新技术产业化"
    shown = excerpt(_FCN, title=title)
    assert shown.startswith("2022至今电新行业指数波动较大"), shown
    assert "其中电力设备及新能源行业总体跌幅23.9%" in shown, shown
    flat = excerpt(_flattened(_FCN), title=title)
    assert flat.startswith("2022至今电新行业指数波动较大"), flat


def test_an_english_houses_notice_that_it_issues_warrants_or_notes_on_the_stocks_it_covers() -> None:
    """Round 77's dev part: one-line pages opening on the house's notice (`Macquarie may be an Issuer of Derivative
    Warrants on securities mentioned in this report.`, `Kasikorn Securities Public Company Limited may be the issuer of
    structured notes on the securities…`): boilerplate, never the first sentence."""
    macquarie = ("Please refer to page 41 for important disclosures and analyst certification, or on our website "
                 "www.macquarie.com/research/disclosures. Macquarie may be an Issuer of Derivative Warrants on securities "
                 "mentioned in this report. 14 November 2016 Thailand strategy Three themes for 2017 Private sector "
                 "headwinds remain Elevated household debt/GDP and low capacity utilisation remain headwinds for the "
                 "private sector, leaving the onus on the government and external sectors to support growth again in "
                 "2017. Our expectations for a steepening Thai yield curve led by rising US rates imply PER multiples "
                 "are capped and could compress.")
    assert "Derivative Warrants" not in excerpt(macquarie, title="Thailand strategy: Three themes for 2017")
    kasikorn = ("Kasikorn Securities Public Company Limited may be the issuer of structured notes on the securities which "
                "are the constituents of SET50 index. Please refer to the important disclosures and disclaimers at the "
                "end of this document. This publication is intended for the benefits of non-institutional clients of "
                "Kasikorn Securities pcl. Last week, consensus turned negative again on its 2015 earnings forecasts for "
                "Thai-listed companies, with a downward revision of 0.17% WoW to Bt103.46 per share from Bt103.75.")
    shown = excerpt(kasikorn, title="ksk_031715_92454")
    assert "structured notes" not in shown and "intended for" not in shown, shown


def test_an_english_notes_investment_summary_heading_run_into_its_first_sentence() -> None:
    """Round 77's dev part, readkong-sg-residential-2q22 flattened: `…Singapore | Real Estate Investment summary
    Singapore’s private home prices rose 3.5%…`: the summary opens after its heading."""
    text = ("Equity Research 25 July 2022 Sector update Singapore Residential Sector – Price growth accelerated Research "
            "Team in 2Q22 Singapore | Real Estate Investment summary Singapore’s private home prices rose 3.5% "
            "quarter-on-quarter (QoQ) in 2Q22, based on the URA Private Residential Property Price Index (PPI). This "
            "was an acceleration from 1Q22’s 0.7% increase.")
    shown = excerpt(text, title="Singapore Residential Sector - Price growth accelerated in 2Q22")
    assert shown.startswith("Singapore’s private home prices rose"), shown


def test_a_one_line_covers_classification_with_a_sectors_short_form_in_brackets() -> None:
    """Round 77's dev part, pdfslide-phillip-areit: `SINGAPORE | REAL ESTATE (REIT) | UPDATE Track record of DPU
    growth…`: the note's kind ends the cover's classification, not the first sentence's first word."""
    text = ("Page | 33 | PHILLIP SECURITIES RESEARCH (SINGAPORE) 2018 OUTLOOK STRATEGY Ascendas REIT The stable giant "
            "SINGAPORE | REAL ESTATE (REIT) | UPDATE Track record of DPU growth through strategy of portfolio "
            "rebalancing and stability through diversification Portfolio is positioned to capture opportunities as "
            "Singapore evolves towards higher value-added manufacturing ACCUMULATE with DDM-derived target price of "
            "S$2.86 Background Ascendas Real Estate Investment Trust (A-REIT) is the largest REIT in the S-REIT "
            "universe by market capitalisation, and it was the first Industrial REIT to be listed.")
    shown = excerpt(text, title="Phillip Securities Research (Singapore) 2018 Outlook: Ascendas REIT - The stable giant")
    assert shown.startswith("Track record of DPU growth"), shown


def test_a_titles_headline_in_sentence_case_run_into_the_first_sentence() -> None:
    """Round 77's dev part, financedocbox-hdfc-brigade: `…kunal.bhandari@hdfcsec.com Stable performance 2QFY19 revenue
    came in at Rs 8.3bn…` under the title `Brigade Enterprises. Stable performance BUY RESULTS REVIEW…`: the headline
    the title gives is no part of the sentence."""
    text = ("Source : BSE Parikshit D Kandpal, CFA parikshitd.kandpal@hdfcsec.com Kunal Bhandari "
            "kunal.bhandari@hdfcsec.com Stable performance 2QFY19 revenue came in at Rs 8.3bn (+70%YoY, +18% QoQ, 30% "
            "beat) and was higher by Rs 3.1bn on account of IND AS 115. EBIDTA margins decreased 119bps YoY to 26.5%.")
    title = "Brigade Enterprises. Stable performance BUY RESULTS REVIEW 2QFY19 14 NOV 2018"
    shown = excerpt(text, title=title)
    assert shown.startswith("2QFY19 revenue came in at Rs 8.3bn"), shown


def test_a_title_name_opening_the_first_sentence_before_its_short_form_in_brackets() -> None:
    """Round 77's dev part, owly-motilal-torrent-power: `Torrent Power (TPL) is engaged in generation…` under the title
    `Morning India 20 March 2019: Torrent Power: On growth track, again!`: the name is the sentence's subject, not the
    title's copy on the cover."""
    text = ("Today’s top research idea\nTorrent Power: On growth track, again!\nInitiating coverage with a Buy rating\n"
            "Torrent Power (TPL) is engaged in generation and distribution of electricity. It has\namongst the best "
            "balance sheets and RoICs in the private power sector, even as\n~30% of the gross block remains unutilized "
            "and capex is on an uptrend.\n")
    shown = excerpt(text, title="Morning India 20 March 2019: Torrent Power: On growth track, again!")
    assert "Torrent Power (TPL) is engaged" in shown, shown


def test_a_covers_panel_of_stances_set_at_the_starts_of_the_summarys_lines() -> None:
    """Round 77's dev part, scribd-vndirect-kbc: VNDIRECT's panel (`Outlook – Short term: Positive`, `Outlook – Long
    term: Positive`, `Valuation: Positive`) interleaved with the summary's lines: no words of its first sentence, as
    given and flattened."""
    text = ("6 January 2022\nEarnings growth to accelerate in FY22-23F\nOutlook – Short term: Positive  More than 2,000ha "
            "industrial land likely to be added in FY22-24F should\nOutlook – Long term: Positive provide strong support "
            "for KBC’s long-term earnings growth.\nValuation: Positive  Raise FY22-23F NP by 325.1%/136.9% to reflect "
            "the contribution of one-\noff sale gain at Trang Cat urban area project and new IPs.\n")
    title = "KINHBAC CITY DEVELOPEMENT SHARE HOLDING CORP (KBC) ─ UPDATE: Earnings growth to accelerate in FY22-23F"
    _opens_as_given_and_flattened(text, title,
                                  "More than 2,000ha industrial land likely to be added in FY22-24F should provide")


def test_a_web_address_is_no_sentence_of_the_reports_own() -> None:
    """A document site's transcript heads its page with the file's address, cut with dots (r66's Bank of China
    outlook: `Page 1: 中国经济金融展望报告 - pic.bankofchina.com…/P...`): one token, listed as a key point before."""
    from generator.enrich.units import Unit, is_prose

    assert not is_prose(Unit("pic.bankofchina.compic.bankofchina.com/bocappd/rareport/201609/P...", True, True))
    assert is_prose(Unit("We expect the bank's net interest margin to stabilise in the second half.", True, True))


def test_a_releases_date_line_under_its_heading_is_no_part_of_its_first_sentence() -> None:
    """Round 79's dev part, auexpj-tier-macro-forecast-2019-04: 台經院's release, its heading, then its day alone on a
    line (`2019年4月25日`) under a title dated by the month (`…新聞稿(2019年4月)`): the title's month is no copy of the
    cover's title there, and the date's day (`25日`) does not open the excerpt."""
    text = ("國內總體經濟預測暨景氣動向調查新聞稿\n\n2019年4月25日\n\n全球經濟需求轉弱,貿易及製造業活動降溫,主要國家貨幣"
            "政策立場轉向寬鬆,增添市場對於景氣趨緩的擔憂。在國內方面,儘管3月製造業相關數據表現仍疲弱,然受惠於出貨天數較上月"
            "多,加以國際油價上漲、非蘋陣營智慧手機相關晶片出貨回溫,拉貨力道增強,令原物料相關廠商與電子機械廠商對於當月景氣看法"
            "轉好;服務業方面因工作天數恢復正常,全球股市表現穩定,拉抬金融產業對當月景氣看法轉好。\n")
    _opens_as_given_and_flattened(text, "國內總體經濟預測暨景氣動向調查新聞稿(2019年4月)", "全球經濟需求轉弱,貿易及製造業活動降溫")


def test_a_letter_spaced_summary_heading_run_into_its_first_sentence_in_a_chunked_preview() -> None:
    """Round 79's dev part, taowenge-baocheng-crude-monthly: a document site's preview on one line but for its chunk's
    number (`\\n2、`), the cover's letter-spaced `摘 要` run into the summary's first words (`…原油振荡企稳摘 要在欧美央行
    持续…`): the heading whole, not its second glyph opening the excerpt."""
    text = ("1、原油-SC宝城期货研究所能源化工团队0571-87006873原油 | 月报专业研究创造价值2022 年 9 月 20 日原油多空分歧加剧 "
            "原油振荡企稳摘 要在欧美央行持续超常规加息的背景下,欧美国家经济下行压力逐渐增大,原油需求预期转弱,叠加季节性消费"
            "旺季结束,油市供需结构转弱令 9 月国内外原油期货价格重心有所下移。从宏观面来看,由于欧美 8 月通胀数据依然居高不下,"
            "因此欧洲央行和美联储双双超常规加息 75 个基点以应对高通胀压力。不过仍需关注 9\n2、-10 月份欧美通胀数据情况。")
    shown = excerpt(text, title="原油月报:多空分歧加剧原油振荡企稳-20220920-宝城期货")
    assert shown.startswith("在欧美央行持续超常规加息的背景下"), shown


def test_a_chapters_heading_and_its_first_sections_run_together_opening_with_years() -> None:
    """Round 79's dev part, sneakeraddict-zheshang-machinery-2022: a strategy's chapter heading and its first section's
    on one line, each opening with a year (`1. 2022 年:低碳+、全球化,老樹發新芽1.1. 2021 年:“碳中和”為主線,…表現靚麗`),
    over the section's first sentence (`2021 年,在…`): headings, which the excerpt starts after."""
    text = ("(報告出品方/:浙商證券股份有限公司,邱世梁、王華君、潘貽立、李鋒)\n1. 2022 年:低碳+、全球化,老樹發新芽1.1. 2021 年:"
            "“碳中和”為主線,新能源設備、“專精特新”表現靚麗\n2021 年,在“碳中和”、“制造強國”背景下,光伏設備、鋰電設備、風電設備等 "
            "新能源專用設備表現靚麗。進口替代、出口海外得“專精特新”、“隱形第一名”精彩紛 呈。\n截止 12 月 31 日,機械設備(SW)"
            "行業指數年初至今漲跌幅 13%,在整個申萬一級行 業劃分中排名第 10。\n1.2. 2022 年:低碳+、全球化,老樹發新芽\n"
            "以新能源為代表得能源革命將進入產業新能源化階段,也即“新能源+”階段。\n")
    shown = excerpt(text, title="機械設備行業2022年投資策略:低碳+、全球化,老樹發新芽")
    assert shown.startswith("2021年,在“碳中和”、“制造強國”背景下"), shown


def test_a_doubled_covers_preface_heading_before_a_sentence_opening_with_a_year() -> None:
    """Round 79's dev part, taowenge-caict-industry-outlook-2022: a bold cover extracted with each glyph twice, the
    title's bracketed year and the letter-spaced heading (`(20222022 年年)前前 言言 2022 年是…`): the sentence opens
    after the heading, as given and flattened (a flattened preview's space between the pairs is inside the heading)."""
    text = ("1、No.202200 中国信息通信研究院 2022年11月 中国工业经济发展形势展望中国工业经济发展形势展望 (20222022 年年)前前 "
            "言言 2022 年是党的二十大胜利召开之年,是实施“十四五”规划关键之年。面对国内外环境变化带来的新风险新挑战,我国高效统筹"
            "疫情防控和经济发展,及时出台落实扎实稳住经济一揽子政策措施,助推重点产业链供应链堵点卡点加速打通,工业出口带动形成强"
            "力支撑。与此同时,当前工业经济稳增长基础仍不牢固,国\n2、内外不确定性因素进一步强化。")
    _opens_as_given_and_flattened(text, "中国工业经济发展形势展望(2022年)", "2022年是党的二十大胜利召开之年")


def test_a_preface_headings_english_subtitle_run_into_its_first_sentence() -> None:
    """Round 79's dev part, cmbchina-pig-inflation-2019, flattened: the 引言's subtitle in English run into its first
    sentence (`引言:Pigs might fly beyond 2019 英文諺語有雲,pigs might fly/…`): the heading's, not the excerpt's start."""
    text = ("豬!你要飛多久?“豬通脹”專題報告之一\n\n招商銀行首席經濟學家        丁安華\n\n\n引言:Pigs might fly beyond 2019\n\n"
            "英文諺語有雲,pigs might fly/when pigs fly,用來比喻不可能的事。近期豬肉價格的飛漲,似乎讓這一諺語有了現實的映射。"
            "2018年5月至今年9月,根據中國畜牧業資訊網的統計,豬肉零售價格從月均16.6元/公斤上漲至月均38.3/公斤(注1),"
            "引發各界的高度關注。\n")
    _opens_as_given_and_flattened(text, "豬!你要飛多久?“豬通脹”專題報告之一", "英文諺語有雲,pigs might fly")


def test_a_consultancys_authors_page_run_into_its_thanks() -> None:
    """Round 80's dev part, readkong-mckinsey-apac-banking-2019: the authors, their titles and cities and the thanks on
    one line (`Authors and acknowledgements Jacob Dahl Senior Partner Hong Kong … The authors would like to acknowledge
    the contributions of the team—…`) are the report's credits, not its first sentence."""
    text = ("Global Banking Practice Asia-Pacific Banking Review 2019 Bracing for consolidation: The quest for scale July "
            "2019\nAuthors and acknowledgements Jacob Dahl Senior Partner Hong Kong Vito Giudici Senior Partner Hong Kong "
            "Suho Kim Partner Seoul Ervin Ng Associate Partner Singapore The authors would like to acknowledge the "
            "contributions of the team—Aalind Gupta, Amanda Teo, Belinda Ong, and the Panorama team—as well as the "
            "countless number of partners, colleagues, industry and topical experts to this report.\nBracing for "
            "consolidation:\nThe quest for scale\nIn the previous Asia-Pacific Banking Review in 2016, we wrote that\n"
            "the Asia-Pacific banking industry was heading into a storm. Over\nthe past three years, the storm has "
            "worsened.\n")
    title = "Bracing for consolidation: The quest for scale - Asia-Pacific Banking Review 2019"
    _opens_as_given_and_flattened(text, title, "In the previous Asia-Pacific Banking Review in 2016")


def test_a_key_takeaways_heading_over_its_first_dashed_point_flattened() -> None:
    """Round 80's dev part, cphostaccess-sp-apac-fi-monitor-1q2025 flattened: `Key Takeaways - 2025 will bring greater
    political maneuvering.…`: the heading and its first point's dash are no part of the first sentence."""
    text = ("Key Takeaways\n- 2025 will bring greater political maneuvering. This will hit households and businesses and, "
            "in turn, banks.\n- Asia-Pacific will be pulled into the strategic contest between the U.S. and China, "
            "including in regions without a strong allegiance to either country.\n2025 will be a bumpy ride for the "
            "Asia-Pacific financial institutions sector.\n")
    title = "Asia-Pacific Financial Institutions 1Q 2025 Monitor: Most Banks Will Absorb U.S. Policy Volatility"
    _opens_as_given_and_flattened(text, title, "2025 will bring greater political maneuvering.")


def test_a_headline_in_title_case_run_into_a_rating_agencys_first_sentence() -> None:
    """Round 80's dev part, scribd-fitch-global-economic-outlook-2024-03 flattened: `…Growth Outlook Improves, but
    Inflation Persists Fitch Ratings has raised its 2024 global GDP growth forecast…`: the sentence opens on the
    agency's name."""
    text = ("Sovereigns\n\nEconomics\nGlobal\n\nGlobal Economic Outlook – March\n\n\n2024\nGrowth Outlook Improves, but "
            "Inflation Persists\n\nSpecial Report │ 13 March 2024 fitchratings.com 1\n\n\nSovereigns\nEconomics\nGlobal\n\n"
            "Global Economic Outlook – March 2024\n\n\nGrowth Outlook Improves, but Inflation Persists\nFitch Ratings has "
            "raised its 2024 global GDP growth forecast by 0.3pp to 2.4%, as near-term world growth prospects have "
            "improved.\n")
    _opens_as_given_and_flattened(text, "Fitch Ratings - Global Economic Outlook March 2024",
                                  "Fitch Ratings has raised its 2024 global GDP growth forecast")


def test_a_flattened_contents_page_in_english_is_no_prose() -> None:
    """Round 80's dev part, vdocumentssite-bcg-china-wealth-2017 flattened (a cover and its contents only): the numbered
    entries run together with their page numbers (`…Takes Shape 22.1 Wealth Management Grew Rapidly over the “Golden
    Decade” 2 2.2 …`) are no sentence."""
    text = ("December 2017\n\nThe Boston Consulting Group in collaboration with China Industrial Bank Private Banking\n\n"
            "China Wealth 2017: The Way Ahead After a Golden Decade\n\nContents\n\n1. Introduction 1\n\n2. The World’s "
            "Second Largest Wealth Management Market Takes Shape 22.1 Wealth Management Grew Rapidly over the “Golden "
            "Decade” 2\n\n2.2 Entrepreneurs Are Autonomous Wealth Management Clients and Pursue High Returns 5\n\n2.3 The "
            "Competitive Landscape Is Changing 7\n\n2.4 Business Models Are “Retail-upgraded” and Product-driven 10\n\n"
            "3. Chinese Private Banks Are at a Crossroad 113.1 Yield Expectations Under the New Normal 11\n\n"
            "5. Outlook for the Chinese Wealth Management Market in 2017 27\n\n6. Conclusion 33\n\nAppendix I: A "
            "Description o")
    for preview in (text, _flattened(text)):
        assert excerpt(preview, title="China Wealth 2017: The Way Ahead After a Golden Decade") == ""


def test_a_photo_caption_credited_to_its_agency_in_brackets() -> None:
    """Round 80's dev part, ubs-cio-china-politburo-2023: the page's photo caption, its agency in brackets after its
    stop (`…sectors with high and resilient dividends. (ddp)`), is not the note's first sentence."""
    text = ("Within Chinese equities, CIO favors a barbell approach balancing recovery beneficiaries and sectors with "
            "high and resilient dividends. (ddp)\n\nRecent Politburo announcements set the stage for concrete government "
            "action that can support Chinese equity earnings, sentiment, and performance in the second half. Growth "
            "differentials versus developed markets should support EM bonds and stocks.\n")
    title = "UBS CIO: Recent Politburo announcements should boost growth and sentiment in Chinese stocks"
    _opens_as_given_and_flattened(text, title, "Recent Politburo announcements set the stage")


def test_an_english_points_dash_after_the_last_points_stop_is_no_word_of_the_excerpt() -> None:
    """Round 80's dev part, cphostaccess-sp-apac-fi-monitor-1q2025: the key takeaways' dashes, each point's line joined
    to the last one's stop (`…and, in turn, banks.` / `- Asia-Pacific will be pulled…`), are bullets: the excerpt reads
    `banks. Asia-Pacific will…`, not `banks. - Asia-Pacific will…`."""
    text = ("Key Takeaways\n- 2025 will bring greater political maneuvering. This will hit households and businesses and, "
            "in turn, banks.\n- Asia-Pacific will be pulled into the strategic contest between the U.S. and China, "
            "including in regions without a strong allegiance to either country.\n")
    title = "Asia-Pacific Financial Institutions 1Q 2025 Monitor: Most Banks Will Absorb U.S. Policy Volatility"
    for preview in (text, _flattened(text)):
        shown = excerpt(preview, title=title)
        assert "banks. Asia-Pacific will be pulled" in shown and " - " not in shown, shown


def test_a_longer_read_that_finds_a_list_of_headlines_keeps_the_lede_the_first_part_gave() -> None:
    """Round 77's dev part, owly-motilal-torrent-power, flattened: past the first part, Motilal's digest lists its other
    notes' headlines under `Key Highlights`, read as a summary without a sentence; the first part's lede stays."""
    text = ('20 March 2019 Market snapshot Equities - India Sensex Nifty-50 Nifty-M 100 Equities-Global S&P 500 Nasdaq '
            'FTSE 100 DAX Hang Seng Nikkei 225 Commodities Brent (US$/Bbl) Gold ($/OZ) Cu (US$/MT) Almn (US$/MT) '
            'Currency USD/INR USD/EUR USD/JPY YIELD (%) 10 Yrs G-Sec 10 Yrs AAA Corp Flows (USD b) FIIs DIIs Volumes '
            '(INRb) Cash F&O Note: *Average Close 38,363 11,532 17,937 Close 2,833 7,724 7,324 11,788 11,687 21,567 '
            'Close 67 1,307 6,469 1,922 Close 69.0 1.1 111.4 Close 7.4 8.5 19-Mar 0.31 -0.18 19-Mar 434 10,709 Chg .% '
            '0.7 0.6 0.7 Chg .% 0.0 0.1 0.3 1.1 0.1 -0.1 Chg .% 0.6 0.2 0.2 1.2 Chg .% 0.6 0.1 0.0 1MChg 0.06 0.06 MTD '
            '3.61 -1.84 MTD* 407 10,434 CYTD.% 6.4 6.2 0.3 CYTD.% 13.0 16.4 8.9 11.6 15.4 7.8 CYTD.% 26.6 1.9 8.7 3.2 '
            'CYTD.% -1.2 -1.0 1.5 CYTDchg 0.0 0.0 CYTD 5.38 -1.44 CYTD* 346 9,633 Today’s top research idea Torrent '
            'Power: On growth track, again! Initiating coverage with a Buy rating Torrent Power (TPL) is engaged in '
            'generation and distribution of electricity. It has amongst the best balance sheets and RoICs in the '
            'private power sector, even as ~30% of the gross block remains unutilized and capex is on an uptrend. Given'
            ' its presence across the value chain from generation to distribution, we believe the company is well '
            'poised to capitalize on opportunities stemming from distribution privatization, thrust on RE, and '
            'consolidation in the conventional generation sector. We expect EBITDA/PAT CAGR of ~12% to '
            'INR40.8b/INR13.3b over FY19-21. We value the stock on an SOTP basis at INR315/share. The SOTP method does '
            'not capture any value for the shut gas capacity of 1.8GW. Initiate with Buy. Research covered Cos/Sector '
            'Torrent Power (Initiating coverage) Axis Bank Larsen & Toubro MindTree Jindal Steel & Power Alembic Pharma'
            ' Key Highlights On growth track, again! Focused execution to drive RoE improvement MindTree acquisition '
            'plan puts buyback option to rest In the face of hostility; Downgrade to Neutral Angul progressing well on '
            'production Growth plans for the US market')
    shown = excerpt(text, title="Morning India 20 March 2019: Torrent Power: On growth track, again!")
    assert shown.startswith("Initiating coverage with a Buy rating Torrent Power (TPL) is engaged"), shown


def test_a_sell_side_weeklys_action_and_recommendation_heading_after_its_headline() -> None:
    """Round 77's dev part, vdocus-kasikorn-tfm: a one-line page runs the weekly's name and headline into its section
    heading and first sentence (`Tracking Fundamental Momentum Positive on infrastructure-oriented sectors Action and
    recommendation Last week,…`): the summary opens after the heading."""
    text = ("This publication is intended for the benefits of non-institutional clients of Kasikorn Securities pcl. "
            "Tracking Fundamental Momentum Positive on infrastructure-oriented sectors Action and recommendation Last "
            "week, consensus turned negative again on its 2015 earnings forecasts for Thai-listed companies, with a "
            "downward revision of 0.17% WoW to Bt103.46 per share from Bt103.75. As a result, 2015E EPS growth declined "
            "to 9.9% from 10.1% in the previous week (2014 EPS of Bt93.34).")
    shown = excerpt(text, title="ksk_031715_92454")
    assert shown.startswith("Last week, consensus turned negative again"), shown


def test_a_charts_ticks_glued_inside_the_summarys_first_sentence() -> None:
    """Round 84's dev part, jinchutou-gf-steel-2012q2: a document site's dump glues a chart's ticks into the summary,
    one long number between the point's heading and its first sentence and an axis of percentages and year/month
    dates inside that sentence (`…盈利3月份开始-28%-38%2011/32011/62011/92011/12好转,…`): the excerpt opens on the
    sentence, whole, not on the clause's stranded tail (`好转,一季度…`)."""
    text = ("2、Mail:Table_Temp-7%执业编号:S0260511010009持有-17%需求旺季谨慎乐观,配臵绩优品种6104000000钢铁行业旺季逐步到来,"
            "基本面已经见底,钢价将震荡上行,盈利3月份开始-28%-38%2011/32011/62011/92011/12好转,一季度亏损压力虽大,但二季度业绩"
            "环比有望明显改善。目前钢铁行黑色金属沪深300业PB为1.10X,PE为18.24X,行业相对大盘估值处于低位。我们对钢铁行业持谨慎"
            "乐观的态度,建议“标配”。品种配臵方面,建议重点")
    shown = excerpt(text, title="钢铁行业2012年二季度投资策略:旺季基本面改善,配置绩优品种")
    assert shown.startswith("钢铁行业旺季逐步到来,基本面已经见底,钢价将震荡上行,盈利3月份开始好转,一季度"), shown


def test_a_flattened_cover_whose_analysts_box_ends_the_summarys_lines_in_hidden_addresses() -> None:
    """Round 82's dev part, docslib-daiwa-china-industrials-2016-07, flattened: a host's text sets the analysts' box at
    the ends of the summary's lines, the last entry a hidden e-mail address (`…such as CSA and CEA [email protected]
    Event wrap: During Daiwa’s…`): a line ends after it, and the summary's last line does not run into the next part."""
    text = ("Industrials 4 July 2016 China Industrial Sector Highlights of Daiwa’s Auto and Industrial Leaders Conference "
            "– industrials and aviation  Weak trade affected most of the marine and logistics companies in 1Q16 despite "
            "a slight improvement in April and May Kelvin Lau  Construction and aviation companies expect to see better "
            "earnings (852) 2848 4467 growth in 1H16 due to favourable contract growth, low fuel prices [email protected] "
            "Brian Lam  Our pecking order is now: CSCI, AviChina, CRG, SITC and CALC; we (852) 2532 4341 remain "
            "cautious on airlines such as CSA and CEA [email protected] Event wrap: During Daiwa’s Auto and Industrial "
            "Leaders Conference, held Key stock calls in on 20-24 June, trade-related companies, such as shipping New "
            "Prev. and logistics companies, said the outlook was challenging, while China State Construction "
            "International (3311 HK) Rating Buy Buy construction companies expect a strong 1H16. Target 15.00 15.00")
    shown = excerpt(text, title="China Industrial Sector: Highlights of Daiwa’s Auto and Industrial Leaders Conference "
                                "– industrials and aviation")
    assert shown.startswith("During Daiwa’s Auto and Industrial Leaders Conference"), shown


def test_a_company_reports_section_headings_run_into_its_first_sentence() -> None:
    """Round 83's dev part, financedocbox-cheung-kong-hutchison-hsi-2015: a one-line transcription runs the report's
    section heading and sub-heading, in title case with no stop, into the first sentence (`Company Research Impact on
    HSI and the Two Sub-index In this report, we analyze…`): the lede opens at `In this report`."""
    text = ("1 Company Report Cheung Kong (0001 HK) & Hutchison Whampoa (0013 HK) NOT RATED Enter the HSI: All About "
            "Timing Company Research Impact on HSI and the Two Sub-index In this report, we analyze how the "
            "reorganization exercise jointly announced by Cheung Kong (CKH) and Hutchison Whampoa (HWL) will affect "
            "the HSI, with respect to the composition of its constituents and the two sub-indexes involved, namely the "
            "Properties, and Commerce and Industry. When CK Property Will Join HSI is the Key We follow the progress")
    shown = excerpt(text, title="Cheung Kong (0001 HK) & Hutchison Whampoa (0013 HK): Enter the HSI: All About Timing")
    assert shown.startswith("In this report, we analyze how the reorganization"), shown


def test_a_morning_notes_date_and_sector_heading_before_its_first_sentence() -> None:
    """Round 83's dev part, financedocbox-yum-cha-2018-01-22: a morning note's one-line transcription sets the day and
    the sector's heading in capitals, then a spaced dash, before the note's first sentence (`January 22, 2018 HONG KONG
    SECURITIES SECTOR - We raise our 2018E EPS…`): the lede opens after the dash."""
    text = ("1 Yum Cha 飲茶 INDICES Closing DoD% Hang Seng Index HSCEI Shanghai COMP Shenzhen COMP (0.1) Gold BDIY (1.2) "
            "HIBOR, 3-M 1.2 (0.2) SHIBOR, 3-M RMB/USD 6.4 (0.2) DATA RELEASES DUE THIS WEEK January 22 Industrial "
            "Profits Source: Bloomberg RESEARCH NOTES January 22, 2018 HONG KONG SECURITIES SECTOR - We raise our 2018E "
            "EPS for HKEx (0388.HK)/Haitong International (0665.HK; HTI)/GTJA International (1788.HK; GTJAI) by "
            "12.1%/20.5%/15.8%. Our 2018E EPS for HKEx/HTI/GTJAI is 12.7%/32.2%/14.8% above market consensus, as we "
            "raise our 2018E average daily turnover (ADT) from HK$110bn to HK$135bn.")
    shown = excerpt(text, title="Yum Cha 飲茶. January 22, 2018 RESEARCH NOTES")
    assert shown.startswith("We raise our 2018E EPS for HKEx"), shown


def test_a_rating_agencys_release_on_a_wire_starts_after_its_dateline() -> None:
    """Round 83's dev part, reuters-fitch-2016-outlook-china-banks: a wire carries a rating agency's release under its
    preface and link lines, then its place, day and the agency in brackets (`HONG KONG/SHANGHAI, December 06 (Fitch)
    Fitch Ratings' stable`), its lines hard-wrapped (`rating outlook on` / `China banks reflects…`): the story opens
    after the dateline, its first sentence whole, as given and flattened."""
    text = ("(The following statement was released by the rating agency)\n"
            "Link to Fitch Ratings' Report: 2016 Outlook: China Banks\nhere\n"
            "HONG KONG/SHANGHAI, December 06 (Fitch) Fitch Ratings' stable\nrating outlook on\n"
            "China banks reflects our expectation of continued state support,\nwhich remains\n"
            "the sole rating driver for Chinese bank Issuer Default Ratings.\nHowever, the\n"
            "effects of financial reform are likely to weigh heavily on\nmargins, underpinning\n"
            "our negative outlook on the broader sector for 2016.\n")
    for laid_out in (text, " ".join(text.split("\n"))):
        shown = excerpt(laid_out, title="Fitch: 2016 Outlook: China Banks")
        assert shown.startswith("Fitch Ratings' stable rating outlook on China banks reflects"), shown


def test_a_research_houses_promotion_of_its_apps_is_no_lede() -> None:
    """Round 83's dev part, vdocumentsnet-stanchart-economic-outlook-2021: a research house's cover runs its title into
    the promotion of its apps and its note on MiFID II's opt-out (`…The road to redemption research.sc.com Standard
    Chartered Global Research is available across all iOS and Android devices.`): none of it is the report's."""
    text = ("Global Research Issuer of Report Standard Chartered Bank (Singapore) Limited Important disclosures and "
            "analyst certifications can be found in the Disclosures Appendix All rights reserved. Standard Chartered "
            "Bank 2020 https://research.sc.com Global Focus Economic Outlook 2021 The road to redemption research.sc.com "
            "Standard Chartered Global Research is available across all iOS and Android devices. Our intuitive, "
            "accessible and customisable apps* allow you to receive our reports, forecasts, audio-visual presentations "
            "and interactive data visualisation tools on-the-go. * Click the icons to download or search ‘Standard "
            "Chartered Global Research’ in the app store. If you are in scope for MiFID II and want to opt out of our "
            "Research services, please contact us.")
    assert excerpt(text, title="Global Focus – Economic Outlook 2021: The road to redemption") == ""


def test_a_pages_day_and_byline_before_the_first_sentence_once_flattened() -> None:
    """Round 83's dev part, bofa-must-read-research-china-japan-2023-09, flattened: the page's subhead, day and byline
    (a name, then the author's role in title case) run into the first sentence (`…September 24, 2023 Candace Browning,
    Head of BofA Global Research It’s a small world after all.`): the lede opens at the sentence."""
    text = ("Must Read Research Also featuring commentary from Global Economic Weekly September 24, 2023 Candace "
            "Browning, Head of BofA Global Research It’s a small world after all. This week we discuss "
            "similarities/differences between China and Japan. Many investors worry that China’s sluggish GDP (Gross "
            "Domestic Product) growth and weak inflation suggest it’s on the verge of Japan-style stagnation.")
    shown = excerpt(text, title="Must Read Research: It’s a small world after all (China and Japan)")
    assert shown.startswith("It’s a small world after all."), shown


def test_a_dailys_key_highlights_each_after_its_page_number() -> None:
    """Round 83's dev part, vdocumentsus-uobkh-greater-china-daily-2021-06: a daily's key highlights, each a label or a
    stock's name and code block, its page and its headline (`Sector Coal Page 4 Market to be regulated; to cool down in
    2H21.`): the lede opens at the first highlight's headline a reader can take, not at the one whose code block
    stands after its page (`…Page 12 (300760 CH/BUY/…) Well prepared…`)."""
    text = ("Wednesda y , 30 June 2021 1 Refer to last page for important disclosures. G r e a t e r C h i n a D a i l y "
            "PLEASE CLICK ON THE PAGE NUMBER TO MOVE TO THE RELEVANT PAGE. KEY HIGHLIGHTS Strategy Market Strategy Page "
            "2 2H21 – Stocks for uncertain times. Sector Coal Page 4 Market to be regulated; to cool down in 2H21. "
            "Shariah Gems Virtual Conference Link REIT (823 HK/BUY/HK$75.95/Target: HK$85.10) Page 6 Emerging stronger "
            "due to market recovery with newly-acquired assets. Midea Group (000333 CH/NOT RATED/Rmb71.46) Page 9 "
            "Strategic transformation into a well-rounded technological group. Shenzhen Mindray Bio-Medical Electronics "
            "Page 12 (300760 CH/BUY/Rmb477.84/Target: Rmb530.00) Well prepared for sustainable long-term growth.")
    shown = excerpt(text, title="Greater China Daily, 30 June 2021")
    assert shown.startswith(("2H21 – Stocks for uncertain times", "Market to be regulated; to cool down")), shown


def test_an_images_alt_text_and_the_authors_credits_before_the_first_sentence_once_flattened() -> None:
    """Round 83's dev part, schroders-five-takes-multi-asset-china-2023, flattened: an image's alt text and the authors'
    credits, names and roles, run into the first sentence (`…03-15-2023 China dance Authors Jason Yu Head of
    Multi-Asset Management, Asia Ben Popatlal Multi-Asset Strategist The question of how…`): it opens at `The`."""
    text = ("Five takes on multi-asset investing in post-pandemic China As China reopens after its extended period of "
            "Covid restrictions, how should investors approach investments in the country for a multi-asset portfolio? "
            "03-15-2023 China dance Authors Jason Yu Head of Multi-Asset Management, Asia Ben Popatlal Multi-Asset "
            "Strategist The question of how to invest in China has been an ongoing source of debate for multi-asset "
            "investors. Given the major disruption to the global economy caused by the pandemic, we set out to "
            "investigate whether the future brings new opportunities, risks, or both in the context of a diversified "
            "portfolio.")
    shown = excerpt(text, title="Five takes on multi-asset investing in post-pandemic China")
    assert shown.startswith("The question of how to invest in China"), shown


def test_a_japanese_houses_cover_notice_and_address_are_no_lede() -> None:
    """Round 86's dev part, 123deta-daiwa-2015-china-slowdown-japan: 大和総研's cover opens with its office's address and
    its notice (`丸の内オフィス 〒100-6756 … このレポートは投資勧誘を意図して提供するものではありません。…`), the points
    come after `[要約]`: the lede is the first point, as given and flattened."""
    text = ("株式会社大和総研 丸の内オフィス 〒100-6756 東京都千代田区丸の内一丁目 9 番 1 号 グラントウキョウノースタワー "
            "このレポートは投資勧誘を意図して提供するものではありません。このレポートの掲載情報は信頼できると考えられる情報源から"
            "作成しておりますが、その正確性、完全性を保証する ものではありません。また、記載された意見や予測等は作成時点のもので"
            "あり今後予告なく変更されることがあります。㈱大和総研の親会社である㈱大和総研ホールディングスと大和 証券㈱は、"
            "㈱大和証券グループ本社を親会社とする大和証券グループの会社です。内容に関する一切の権利は㈱大和総研にあります。"
            "無断での複製・転載・転送等はご遠慮ください。 2015 年 10 月 16 日 全 8 頁\n\n中国経済減速の背景と日本経済への影響"
            "\n\n中国の「咳」で日本が「風邪」を引く?\n\nエコノミック・インテリジェンス・チーム エコノミスト 長内 智 "
            "エコノミスト 岡本 佳佑 山口 晃 エコノミスト 小林 俊介\n\n[要約]\n\n 中国経済の減速が止まらない。中国の「景気循環"
            "信号指数」を見ると、2014 年に入っ てから低下傾向を強め、2015 年 6 月には景気の「低迷」を示すゾーンに突入した。")
    _opens_as_given_and_flattened(text, "中国経済減速の背景と日本経済への影響", "中国経済の減速が止まらない。")


def test_a_contents_label_after_its_entries_before_the_first_sentence() -> None:
    """Round 86's dev part, wnwk-citicfut-2019-japonica-rice-futures: a futures house's slides set the contents' label,
    written twice, after its entries, with the page's number, on the line of the next page's first sentence (`…粳米
    价格走势及季节性分析 20 目录目录 2 现货价格按4000元/吨算,…`): the lede opens at that sentence, not at its second
    clause after the `;`."""
    text = ("粳米期货介绍和产业链分析粳米期货介绍和产业链分析 2019年年7月月 研究部农产品组研究部农产品组 吴笑辰吴笑辰 "
            "从业资格号:从业资格号:F3026256 1 第第一章一章 粳米期货合约和交易交割规则介绍粳米期货合约和交易交割规则介绍 2 "
            "第二第二章章 粳米期货基本面分析粳米期货基本面分析 15 第三第三章章 粳米价格走势及季节性分析粳米价格走势及季节性分析 "
            "20 目录目录 2 现货价格按4000元/吨算,一手需要交给交易所保证金2000元,期货公司或按10%,也就是4000元/手;市场规模"
            "预估,2018年粳米产量4700万吨,乐观假设50%的流通量,对应的规模为940亿,保证金94亿左右。数据来源:大商所 中信期货")
    shown = excerpt(text, title="粳米期货介绍和产业链分析")
    assert shown.startswith("现货价格按4000元/吨算"), shown


def test_a_korean_forecast_tables_rows_run_into_the_first_sentence() -> None:
    """Round 86's dev part, docsplayer-org-kbsec-2015-korea-circuit: the forecast table's last rows, each a label and its
    unit in brackets, run into the first sentence on one line (`… PBR (X).9.8.7.6 ROE (%) 1.3 11. 14.3 12.7 영업이익
    (십억원) 코리아써키트의 215년 1분기 실적은 …`), a sentence dense with figures as an earnings review's is: the lede
    opens at the sentence, not at the second one."""
    text = ("215. 5. 13 A nalyst 김상표 2) 3777-851 spkim@kbsec.co.kr Earnings Review 1분기 실적 서프라이즈 달성, "
            "2분기에도 쾌청 투자의견 (유지) BUY 목표주가 (유지) 2, (원) Upside / Downside (%) 75.4 현재가 (5/12, 원) 11,4 "
            "Consensus target price (원) 18, Difference from consensus (%) 11.1 1분기 영업이익 147억원 (+33.3% QoQ, +51.4% "
            "YoY)으로 분기 최대 규모 흑자 달성 Forecast earnings & valuation Fiscal year ending 214 215E 216E 217E 매출액 "
            "(십억원) 553 642 728 734 33 61 67 65 순이익 (십억원) 5 42 61 62 EPS (원) 6 1,572 2,383 2,396 증감률 (%) (99.7) "
            "24,544.7 51.6.5 PER (X) 52.8 7.3 4.8 4.8 EV/EBITDA (X) 3.8 2.2 1.6 1. PBR (X).9.8.7.6 ROE (%) 1.3 11. 14.3 "
            "12.7 영업이익 (십억원) 코리아써키트의 215년 1분기 실적은 연결매출액 1,448억원 (+2.9% YoY), 영업이익 147억원 "
            "(+51.4% YoY)으로 영업이익 규모 면에서 시장 컨센서스를 상회하는 실적 서프라이즈를 달성했다. 2분기에는 주력 거래선의 "
            "신규 플래그십 효과가 정점에 이를 것으로 예상되며, 하반기 인터플렉스의 구조적인 실적 턴어라운드가 진행되는 점을 감안 "
            "시 최근 주가하락은 저점 매수 기회로 활용하는 것이 바람직할 것으로 판단한다.")
    shown = excerpt(text, title="코리아써키트 (007810) Earnings Review: 1분기 실적 서프라이즈 달성, 2분기에도 쾌청")
    assert shown.startswith("코리아써키트의 215년 1분기 실적은"), shown


# Round 87's dev part, ziboxinyan-citic-2022-going-global-outlook: a 中信 cover over a summary whose every phrase the
# dump wrote twice.
_CITIC_2022_OPENING = (
    "1、 证券研究报告证券研究报告 请务必阅读正文之后第请务必阅读正文之后第 45 页起的免责条款和声明页起的免责条款和声明 "
    "顺时应势,向海而行,把握出海投资新机遇顺时应势,向海而行,把握出海投资新机遇 数据科技之出海产业 2023 年投资策略2022.11.2 "
    "中信证券研究部中信证券研究部 核心观点核心观点 张若海张若海 数据科技首席分析师 S01 王博隆王博隆 数据科技分析师 S05 "
    "汤可欣汤可欣 数据科技分析师 S02 张强张强 数据科技分析师 S03 伍家豪伍家豪 数据科技分析师 S0\n\n"
    "2、2 展望展望 2023 年,年,随着跨境随着跨境物流、电商、物流、电商、支付支付、社交媒体、社交媒体等出海产业的上下游"
    "等出海产业的上下游基基建建设施设施日趋完善日趋完善和和流量红利流量红利的持续释放的持续释放,国内优质供应链出海发展有望"
    "提速,国内优质供应链出海发展有望提速,建议关注三大投资主线,一是多因素扰动导致海外出现供需缺口背景下,国建议关注三大投资"
    "主线,一是多因素扰动导致海外出现供需缺口背景下,国内具有产能优势的赛道;二是中国产业升级背景下具备比较优势的行业;三内具有"
    "产能优势的赛道;二是中国产业升级背景下具备比较优势的行业;三是受益于出海基建完善,享受流量红利的行业和头部公司是受益于出海"
    "\n\n3、基建完善,享受流量红利的行业和头部公司。回顾回顾 2022 年年,中国,中国")


def test_a_covers_last_analyst_line_before_a_summary_written_twice() -> None:
    """Round 87's dev part, ziboxinyan-citic-2022-going-global-outlook: a document site's chunk cut a 中信 cover's last
    licence number (`S0` / `2、2 展望展望…`), so the analyst's title and number run into the summary's only point, every
    phrase of which the dump wrote twice (`数据科技分析师 S02 展望展望 2023 年,年,…`): the lede opens at the point, once."""
    title = "数据科技行业之出海产业2023年投资策略:顺时应势向海而行把握出海投资新机遇"
    for form in (_CITIC_2022_OPENING, re.sub(r"\s*\n\s*", " ", _CITIC_2022_OPENING)):
        shown = excerpt(form, title=title)
        assert shown.startswith("展望2023年,随着跨境物流、电商、支付、社交媒体等出海产业的上下游基建设施日趋完善"), shown


def test_an_excerpt_of_a_summary_written_twice_is_measured_as_shown() -> None:
    """Round 87's dev part, ziboxinyan-citic-2022-going-global-outlook: every phrase of the summary's point written
    twice (`展望展望 2023 年,年,随着跨境随着跨境物流、…`) fills the room with its copies, and the excerpt, the copies
    collapsed, fell under its floor (113 characters, ending at the first `；`): measured as shown, it takes the point's
    next clause too."""
    shown = excerpt(_CITIC_2022_OPENING, title="数据科技行业之出海产业2023年投资策略:顺时应势向海而行把握出海投资新机遇")
    assert shown.startswith("展望2023年,随着跨境物流、电商、支付、社交媒体"), shown
    assert 120 <= len(shown) <= 300 and shown.endswith("二是中国产业升级背景下具备比较优势的行业；"), shown


def test_a_columns_name_over_a_pages_first_paragraph_is_no_word_of_it() -> None:
    """Round 87's dev part, jianshiapp-cicc-japan-going-global: a page that writes each paragraph on one line sets the
    column's name on a short line over the first (`中金点睛` / `参考日本经验,…。新兴市场…。`): a heading, not a word the
    layout broke off the sentence, so the lede opens at `参考`, not at `中金点睛参考…`."""
    text = ("中金点睛\n参考日本经验,中国产能出海或可以反过来促进新兴市场的需求上升。新兴市场虽然当下市场空间小,但是胜在整体增长性"
            "和市占率空间。\n\n在当前新的宏观形势下,中国企业积极出海寻找第二曲线的成长机会,已经成为宏观与微观、业界与金融市场的共识。"
            "但宏观叙事上的共识并不能解决出海和投资上的痛点,哪些行业/企业具有优势,又该去哪些市场,都可能决定最终成败。")
    _opens_as_given_and_flattened(text, "中金:日企出海启示录", "参考日本经验,中国产能出海")


def test_a_sentence_a_valuation_tables_row_was_spliced_into_is_no_lede() -> None:
    """Round 87's dev part, onehourindexing-vcsc-2023-veam-update: a two-column cover read across both columns splices
    the valuation table's rows into the company overview's sentences (`VEAM Corp mainly produces agricultural` /
    `ADTV30D: USD176,000 P/B (curr) 2.0x 1.3x 1.7x machinery.`): three cells in a row, which no sentence writes, so the
    lede is the summary's first bullet."""
    text = ("VEAM Corp (VEA) [BUY +22.\n\n9%] Update Report\n\n\nIndustry: Automobiles 2022 2023F 2024F 2025F\n20% VEA VNI\n"
            "Report Date: February 15, 2023 Revenue YoY 18.1% -7.0% 7.0% 7.0%\n"
            "TSR: +22.9% P/B 2.0x 1.9x 1.9x 1.8x\n\nMarket Cap: USD2.1bn VEA Peers** VNI Company Overview\n\n\n"
            "Foreign Room: USD1.0mn P/E (ttm) 6.9x 9.3x 13.6x VEAM Corp mainly produces agricultural\n"
            "ADTV30D: USD176,000 P/B (curr) 2.0x 1.3x 1.7x machinery. However, most of its profits are derived\n"
            "from its associate stakes in leading motorbike and\n"
            "State Ownership: 88% Net D/E 0.5x 0.1x N/A car producers in Vietnam, including Honda\n"
            "Outstanding Shares: 1,328.8 mn ROE 31.4% 9.4% 14.1% Vietnam, Toyota Vietnam and Ford Vietnam.\n"
            "Fully Diluted Shares: 1,328.8 mn ROA 29.2% 3.7% 2.2%\n*Associate profits; **median of 4W and 2W foreign peers\n\n"
            "Han Mai Earnings to decline in 2023 on weak vehicle sales\n\n\nAnalyst\n"
            "• We maintain our BUY rating for VEA as we remain positive about the company’s large exposure\n"
            "to Vietnam’s extensive motorbike (2W) market and the long-term growth of the country’s auto\n"
            "Nam Hoang (4W) consumption along with its robust dividend yields.\nSenior Manager\n")
    _opens_as_given_and_flattened(text, "VEAM Corp (VEA): Earnings to decline in 2023 on weak vehicle sales",
                                  "We maintain our BUY rating for VEA")


def test_a_vietnamese_sentence_is_prose() -> None:
    """Round 87's dev part, scribd-2023-acb-update-vi: Vietnamese writes most words with diacritics (`Tổng quan doanh
    nghiệp: ACB là một trong số các ngân hàng…`): their letters count as a word's, or no Vietnamese sentence reads as
    prose and the note shows no excerpt."""
    from generator.enrich.units import Unit, is_prose

    assert is_prose(Unit("Tổng quan doanh nghiệp: ACB là một trong số các ngân hàng có nền tảng cơ bản vững chắc nhất "
                         "tại Việt Nam, với hệ số vốn và chất lượng tài sản tốt.", True, True))



# Round 87's dev part, scribd-2023-acb-update-vi: a Vietnamese broker's update whose two columns a dump read across.
_ACB_2023_OPENING = (
    "Báo cáo cập nhật\n\nNgân Hàng TMCP Á Châu (ACB) 11 January 2023\n\nMUA Tiêu điểm Quan điểm\n\n\n"
    "► Chúng tôi giảm giá mục tiêu -12%, do ► Duy trì khuyến nghị MUA. Cổ phiếu đang\n"
    "tỷ lệ chiết khấu tăng. giao dịch tương ứng với P/B 2023E là 1,0x,\n"
    "Mức tăng/(giảm) giá MT +19% tương ứng với trung vị ngành.\n► Chúng tôi giảm -51% dự báo trích lập\n"
    "Đóng cửa: 10/01/2023 dự phòng so với dự báo trước đó. ► Chúng tôi cho rằng ACB xứng đáng với\n"
    "Giá 23.450 đồng mức định giá cao hơn so với ngành, giá\n► Chúng tôi tăng dự báo lợi nhuận\n"
    "Giá mục tiêu 12T 27.958 đồng mục tiêu mới của chúng tôi tương ứng với\nthêm +7% cho năm 2023E.\n"
    "Giá mục tiêu trước đó 31.883 đồng P/B 2023E là 1,3x\n% Thay đổi -12%\n► Chất lượng tài sản vững chắc và ACB\n"
    "không đầu tư vào trái phiếu doanh nghiệp.\n\nTổng quan doanh nghiệp: ACB là một trong số các ngân hàng có nền tảng "
    "cơ bản vững chắc nhất tại Việt Nam, với hệ số vốn và chất lượng tài\nsản tốt.")


def test_a_latin_lede_ends_where_the_other_columns_line_ran_in() -> None:
    """Round 87's dev part, scribd-2023-acb-update-vi: the summary's two columns read across (`► Duy trì khuyến nghị
    MUA. Cổ phiếu đang` / `tỷ lệ chiết khấu tăng. giao dịch tương ứng với P/B 2023E là 1,0x,`): a sentence end that a
    word in lower case follows is where the other column's line ran in, and the lede ends there, not with the
    spliced pieces after it."""
    for form in (_ACB_2023_OPENING, re.sub(r"\s*\n\s*", " ", _ACB_2023_OPENING)):
        shown = excerpt(form, title="Ngân Hàng TMCP Á Châu (ACB) - Báo cáo cập nhật")
        assert shown.startswith("Duy trì khuyến nghị MUA."), shown
        assert "giao dịch" not in shown and shown.endswith("."), shown


def test_a_space_inside_a_documents_title_in_guillemets_is_no_line_break() -> None:
    """Round 87's dev part, wxredian-dwzq-2024-low-altitude-expectations: a title in guillemets inside the summary's
    second sentence parts its words by a space (`三中全会印发《中共中央关于进一步全面深化改革 推进中国式现代化的决定》中明确
    提到…`), which was read as a line break: the sentence was cut there and the excerpt held the first sentence alone
    (23 characters)."""
    text = ("评级:\n\n增持(维持)\n\n投资要点\n\n7月以来,低空经济领域持续升温,成为市场焦点。政策层面频现利好,三中全会印发"
            "《中共中央关于进一步全面深化改革 推进中国式现代化的决定》中明确提到“发展通用航空和低空经济”。同时,多地政府也在推进各自"
            "的低空经济的建设方案/行动计划,对起降点、航线、空域、飞行架次等都提出了明确的量化目标。此外,国内头部企业也在积极探索应用"
            "场景/运营牌照的落地。\n\n期待一:更多的低空经济示范区/城市。")
    _opens_as_given_and_flattened(text, "低空经济:期待更多的低空经济示范区/城市",
                                  "7月以来,低空经济领域持续升温,成为市场焦点。政策层面频现利好,三中全会印发"
                                  "《中共中央关于进一步全面深化改革推进中国式现代化的决定》")


def test_an_excerpt_ends_before_a_sentence_that_lost_glyphs_to_question_marks() -> None:
    """Round 87's dev part, ccyxbj-htsc-2024-low-altitude-planning: a page's encoding lost `。考慮` to `??紤]`
    (`…綜合性交通規劃設計院有望率先受益??紤]低空規劃仍處起步階段,…`): the excerpt ended on the first `?`, read as a
    question mark; two marks glued to the next glyph are lost glyphs, and the excerpt ends before their sentence."""
    text = ("政策發展:政策發展:低空經濟進入快速發展階段,低空經濟進入快速發展階段,基建設計有望率先受益基建設計有望率先受益 "
            "我國低空政策經歷了從“通航經濟”到“低空經濟”的不同發展階段,23年末中央經濟工作會議和 24 年 3 月兩會政府工作報告將發展"
            "低空經濟提升到更高層次。在國家頂層設計的引領下,深圳等地方性的低空經濟規劃支持政策接連出臺,低空經濟進入快速發展階段。"
            "我們認為低空經濟作為新質生產力和戰略新興產業,頂層規劃和標準制定將是各地政府的首要工作,同時更加智能化、高效協同的基建是"
            "低空經濟發展的必要條件,因此具備相關資質及技術的綜合性交通規劃設計院有望率先受益??紤]低空規劃仍處起步階段,其業績兌現仍需"
            "時間,商業模式上“設計+運營”或是長期發展方向。")
    shown = excerpt(text, title="低空規劃熱潮下的四個關鍵問題")
    assert shown.startswith("我國低空政策經歷了從"), shown
    assert shown.endswith("低空經濟進入快速發展階段。"), shown


# Round 87's dev part, ziboxinyan-kysec-2023-shensangda-initiation: a document site's chunks of a 开源 initiation, its
# point's bold heading written twice over the first sentence, a chunk's cut after a decimal point.
_KYSEC_2023_OPENING = (
    "1、建筑装饰建筑装饰/专业工程专业工程 请务必参阅正文后面的信息披露和法律声明 1/21 深桑达深桑达 A(000032.SZ)2023 年 07 月 29 日 "
    "投资评级:投资评级:买入买入(首次首次)日期 2023/7/28 当前股价(元)29.40 一年最高最低(元)41.55/11.98 总市值(亿元)334.56 "
    "流通市值(亿元)189.56 总股本(亿股)11.38 流通股本(亿股)6.45 近 3 个月换手率(%)231.02 股价走势图股价走势图 数据来源:聚源 "
    "数字经济国家队,引领“国资云数字经济国家队,引领“国资云+数据要素”产业新趋势数据要素”产业新趋势 公司首次覆盖报告公司首\n\n"
    "2、次覆盖报告 陈宝健(分析师)陈宝健(分析师)刘逍遥(分析师)刘逍遥(分析师) 证书编号:S0790520080001 证书编号:S0790520090001 "
    "数字信息服务领域国家队,首次覆盖给予“买入”评级数字信息服务领域国家队,首次覆盖给予“买入”评级 公司系网信产业国家队,肩负中国"
    "电子“云数”战略使命,聚焦云计算及存储、数据创新、数字政府与行业数字化服务、高科技产业工程服务四项主业,构筑了数字与信息服务、"
    "产业服务两大业务板块。我们预计 2023-2025 年归母净利润为2.61、4.94、7.15 亿元,EPS 分别为 0.23、0.43、0.63 元/股,当前股价"
    "对应 PE分别 131.\n\n3、0、69.1、47.7 倍。公司估值高于行业可比公司平均水平,考虑公司在国资云及数据要素领域的领先地位,首次覆盖"
    "给予“买入”评级。")


def test_a_document_sites_chunk_cut_after_a_decimal_point_splits_a_figure() -> None:
    """Round 87's dev part, ziboxinyan-kysec-2023-shensangda-initiation: a chunk's number after a decimal point
    (`…当前股价对应 PE分别 131.` / `3、0、69.1、47.7 倍。`) cuts a figure, as one between digits does, and the figure runs
    on (`131.0`), not `131. 0`."""
    assert "PE分别131.0、69.1、47.7倍。" in excerpt(_KYSEC_2023_OPENING, title="深桑达A(000032):数字经济国家队")


def test_a_points_bold_heading_written_twice_with_a_comma_is_no_first_part_of_its_sentence() -> None:
    """Round 87's dev part, ziboxinyan-kysec-2023-shensangda-initiation: the point's bold heading, two phrases parted by
    a comma and written twice whole (`数字信息服务领域国家队,首次覆盖给予“买入”评级数字信息服务领域国家队,…评级`), was
    joined to the first sentence as the part a page break cut off it (`…首次覆盖给予“买入”评级公司系网信产业国家队,…`)."""
    shown = excerpt(_KYSEC_2023_OPENING, title="深桑达A(000032):数字经济国家队")
    assert shown.startswith("公司系网信产业国家队,肩负中国电子“云数”战略使命"), shown

"""Property tests: the parsers never crash, never lose an item, and always produce safe output.

`FUZZ_EXAMPLES=5000 pytest tests/test_fuzz_parsers.py` runs a longer fuzz than CI's default.
"""

from __future__ import annotations

import codecs
import itertools
import os
import re
from dataclasses import replace

from bs4 import BeautifulSoup
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.enrich.cleaning import excerpt
from generator.enrich.titles import parse_title
from generator.ingest.decode import UndecodableFile, decode
from generator.ingest.records import Notice
from generator.ingest.textdump import Rejected, parse, parse_lines, part_cuts, utf8_lines
from generator.markup import render_markdown
from generator.normalize import strip_invisible
from generator.slugs import is_valid_slug, slugify, unique_slugs

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
fuzz = settings(max_examples=EXAMPLES, deadline=None)

cjk_text = st.text(alphabet=st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x20000, max_codepoint=0x2A6DF),
    st.sampled_from(list(":：()（）[]【】&、|_-. 页.pdf0123456789\n\t\u202e\u200b\x00<>\"'")),
    st.characters(),
), max_size=120)

meta = st.builds(
    lambda views, y, m, d, pages: f"    浏览量{views}人已浏览 发布时间{y}-{m}-{d} {pages}页 推荐指数5星级",
    st.integers(0, 10**12), st.integers(1, 9999), st.integers(0, 13), st.integers(0, 32), st.integers(0, 10**7),
)
item = st.tuples(cjk_text.map(lambda t: t.replace("\n", " ")), cjk_text, st.one_of(meta, cjk_text))


@fuzz
@given(st.lists(item, max_size=8), cjk_text, cjk_text)
@example([], "0)一", "一")  # (a numbered line over plain text, once read as a labelled block's heading)
def test_the_listing_parser_accounts_for_every_bullet(items, header, footer) -> None:  # type: ignore[no-untyped-def]
    body = "".join(f"  • {title}\n\n    {preview.replace('•', '')}\n\n{meta_line.replace('•', '')}\n"
                   for title, preview, meta_line in items)
    text = header.replace("•", "") + "\n" + body + footer.replace("•", "")
    # Notices (an absurd view count, say) are warnings about items still read, not items.
    results = [r for r in parse(text, "fuzz.txt") if not isinstance(r, Notice)]
    # A title line is one whose first character, invisible ones aside, is a bullet.
    bullets = sum(1 for line in text.split("\n") if re.match(r"^\s*[•·●▪◦]", strip_invisible(line)))
    assert len(results) == bullets
    for result in results:
        if isinstance(result, Rejected):
            assert result.line >= 1 and result.reason
        else:
            assert len(result.head) <= 6000 and len(result.tail) <= 2000


@fuzz
@given(st.lists(item, max_size=5), st.lists(st.integers(20_000, 70_000), min_size=5, max_size=5),
       st.sampled_from(["\n", "\r\n"]))
def test_a_dump_read_from_its_bytes_reads_as_from_its_text(items, repeats, newline) -> None:  # type: ignore[no-untyped-def]
    """Long preview lines (and long titles and meta lines) are cut or decoded from the bytes;
    whatever the lines hold, the items are those of the decoded text, or the bytes are left
    to `decode`."""
    lines = []
    for (title, preview, meta_line), times in zip(items, repeats, strict=False):
        long = (preview or "研") * (times // max(len(preview), 1))
        lines += [f"  • {title}", long, meta_line, f"• {title * 2}{long}", long + meta_line]
    data = newline.join(lines).encode("utf-8", "replace")
    read = utf8_lines(data)
    if read is not None:
        assert list(parse_lines(read, "fuzz.txt")) == list(parse(decode(data)[0], "fuzz.txt"))


def _parts(data: bytes, count: int) -> list[Rejected | object] | None:
    """The items of a dump read as about `count` parts, one after another, each numbering its
    lines from 1, then moved by the lines of the parts before (None if it cannot be read so)."""
    cuts = part_cuts(data, count)
    if cuts is None:
        return None
    read: list[Rejected | object] = []
    before = 0
    for start, end in cuts:
        lines = utf8_lines(data[start:end])
        if lines is None:
            return None
        read += [replace(item, line=item.line + before) for item in parse_lines(lines, "fuzz.txt", end == len(data))]
        before += len(lines) - 1
    return read


@fuzz
@given(st.lists(item, max_size=8), cjk_text, st.sampled_from(["\n", "\r\n"]), st.booleans(), st.integers(2, 9),
       st.sampled_from([" ", "\u3000", "\u200b", "\t", "\u00a0"]))
def test_a_dump_read_in_parts_reads_as_read_whole(items, header, newline, bom, count, pad) -> None:  # type: ignore[no-untyped-def]
    """Whatever the dump holds (furniture, items without meta lines, bullets inside previews,
    titles behind spaces or invisible characters), its parts read one after another give
    exactly the items, rejections and line numbers of the whole, or none can be read alone."""
    lines = [header]
    for number, (title, preview, meta_line) in enumerate(items):
        lines += [f"{pad * (number % 3)}• {title}", preview, meta_line]
    data = (codecs.BOM_UTF8 if bom else b"") + newline.join(lines).encode("utf-8", "replace")
    whole = utf8_lines(data)
    if whole is None:
        assert _parts(data, count) is None
        return
    expected = list(parse_lines(whole, "fuzz.txt"))
    assert _parts(data, count) == expected
    cuts = part_cuts(data, count)
    assert cuts is not None and (not data or (cuts[0][0] == 0 and cuts[-1][1] == len(data)))
    assert all(before[1] == after[0] for before, after in itertools.pairwise(cuts))  # the parts tile the file


@fuzz
@given(st.binary(max_size=400))
def test_decoding_never_crashes_on_arbitrary_bytes(data: bytes) -> None:
    try:
        text, encoding, _ = decode(data)
    except UndecodableFile as exc:
        assert str(exc)
    else:
        assert isinstance(text, str) and encoding and "\r" not in text
        for item in parse(text, "fuzz.txt"):  # invisible characters stay for each reader to remove
            if not isinstance(item, Rejected):
                assert not {"\x00", "\u202e"} & set(item.title + item.head + item.tail)


@fuzz
@given(cjk_text)
def test_the_title_parser_never_crashes_and_keeps_a_title(title: str) -> None:
    parts = parse_title(title)
    assert isinstance(parts.body, str)
    assert parts.pages is None or parts.pages >= 0
    for is_publisher in (True, False):
        assert "\u202e" not in parts.clean_title(is_publisher)


@fuzz
@given(cjk_text)
def test_excerpts_are_bounded(text: str) -> None:
    assert len(excerpt(text * 5)) <= 300


@fuzz
@given(st.text(max_size=80))
def test_slugs_are_always_safe(name: str) -> None:
    slug = slugify(name)
    assert is_valid_slug(slug)
    assert "/" not in slug and ".." not in slug


clashing_names = st.lists(st.sampled_from([*"aA-. /平安😀CONcon", "a" * 70]), max_size=6).map("".join)


@fuzz
@given(st.lists(st.one_of(st.text(max_size=20), clashing_names), unique=True, max_size=30),
       st.dictionaries(clashing_names, st.sampled_from(["a", "con-x", "ping-an", "x"]), max_size=4))
def test_slugs_are_unique_and_valid_for_distinct_names(names: list[str], preferred: dict[str, str]) -> None:
    slugs = unique_slugs(names, {k: v for k, v in preferred.items() if k in names})
    assert len(set(slugs.values())) == len(names)
    assert all(is_valid_slug(s) for s in slugs.values()), slugs


dangerous = st.sampled_from([
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href='javascript:alert(1)'>x</a>",
    "<iframe src=//evil></iframe>", "<form><input></form>", "<svg onload=alert(1)>", "[x](javascript:alert(1))",
    "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">d</a>", "<div style=\"background:url(x)\">s</div>",
    "<object data=x></object>", "<base href=//evil>", "<meta http-equiv=refresh content=0>",
    "<a href='JaVaScRiPt:alert(1)'>x</a>", "<a href='java&#x09;script:alert(1)'>x</a>", "[x](data:text/html,x)",
    "<embed src=x>", "<style>*{}</style>", "<p onmouseover='x'>p</p>", "<math><mi xlink:href=x>m</mi></math>",
    "<textarea>x</textarea>", "<button formaction=x>b</button>", "<img src=javascript:alert(1)>",
])


@fuzz
@given(st.lists(st.one_of(dangerous, st.text(max_size=40)), max_size=8))
def test_the_sanitiser_never_lets_executable_markup_through(pieces: list[str]) -> None:
    html = render_markdown("\n".join(pieces))
    for tag in BeautifulSoup(html, "html.parser").find_all(True):
        assert tag.name not in {"script", "iframe", "form", "input", "svg", "object", "base", "meta", "style",
                                "embed", "math", "textarea", "button", "img"}
        assert not [a for a in tag.attrs if a.startswith("on") or a == "style"]
        for attribute in ("href", "src"):
            value = str(tag.get(attribute, "")).strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:"))


ORDINARY = "**粗** *斜* [链接](https://example.com) `代码`\n\n- 一\n- 二\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> 引\n"


@fuzz
@given(st.lists(dangerous, max_size=4))
def test_the_sanitiser_keeps_ordinary_markdown_next_to_hostile_markup(pieces: list[str]) -> None:
    html = render_markdown(ORDINARY + "\n\n" + "\n\n".join(pieces))
    for kept in ("<strong>粗</strong>", "<em>斜</em>", '<a href="https://example.com"', "<code>代码</code>",
                 "<li>一</li>", "<table>", "<blockquote>"):
        assert kept in html, kept


@fuzz
@given(st.binary(max_size=600) | cjk_text.map(lambda t: ("  • " + t + "\n浏览量3人已浏览 发布时间2023-10-01").encode(errors="replace")))
def test_any_file_is_read_without_crashing_and_every_item_is_counted(data: bytes) -> None:
    import tempfile
    from pathlib import Path

    from generator.diagnostics import Diagnostics
    from generator.ingest import READERS, FileCount, read_listing_file

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        path.write_bytes(data)
        diagnostics, count = Diagnostics(), FileCount("fuzz.txt")
        items = list(read_listing_file(path, READERS, diagnostics, count))
    assert count.read == len(items) + count.rejected
    assert count.rejected == sum(1 for d in diagnostics.warnings if d.line is not None), "one message per rejection"
    assert not any("internal error" in d.message for d in diagnostics.items)
    if not items and not count.rejected:
        assert diagnostics.warnings, "an empty or unreadable file is reported"


@fuzz
@given(st.lists(st.one_of(st.dictionaries(st.sampled_from(["title", "date", "views", "pages", "url", "text"]),
                                          st.one_of(cjk_text, st.integers(), st.floats(), st.none()))
                          .map(__import__("json").dumps), cjk_text.map(lambda t: t.replace("\n", " "))),
                max_size=8))
def test_the_jsonl_reader_accounts_for_every_line(lines: list[str]) -> None:
    from generator.ingest.jsonl import parse as parse_jsonl
    from generator.ingest.records import Notice

    results = [r for r in parse_jsonl("\n".join(lines), "fuzz.jsonl") if not isinstance(r, Notice)]
    # A line of nothing but invisible characters is blank: they are removed before reading.
    assert len(results) == sum(1 for line in lines if strip_invisible(line).strip())

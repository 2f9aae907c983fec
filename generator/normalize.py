"""Text normalisation shared by every stage: invisible characters, width and script folding.

Matching (publisher aliases, commentary titles, merge keys) happens on folded text so that
`東莞證券`, `东莞证券` and `东莞 证券` are one name; display text keeps what was listed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import opencc

from generator.model import ListingItem

# Bidi overrides and isolates, zero-width characters and C0/C1 controls (tab and newline
# excepted): they can reorder or hide text in a reader's browser and never carry meaning here.
# Lone surrogates (from JSON `\ud800` escapes) cannot be written as UTF-8 or XML at all.
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb\ufffe\uffff]"
)
_CJK = r"\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


def strip_invisible(text: str) -> str:
    """Remove characters that can reorder, hide or corrupt text (bidi, zero-width, controls).
    Every one of them is unprintable: most short texts (a title, a name) need no scan."""
    return text if text.isprintable() else _INVISIBLE.sub("", text)


def clean_item(item: ListingItem) -> ListingItem:
    """The item with invisible characters removed from every text field. Readers of
    structured formats (JSON escapes, HTML entities) can produce them after decoding."""
    return replace(
        item, title=strip_invisible(item.title), head=strip_invisible(item.head), tail=strip_invisible(item.tail),
        url=strip_invisible(item.url) if item.url else item.url,
        publisher_hint=strip_invisible(item.publisher_hint) if item.publisher_hint else item.publisher_hint,
    )


def mostly_ascii(text: str) -> bool:
    """Whether nine in ten of `text`'s characters at least are ASCII (Latin script): counted by
    the codec, which drops the others, with no Python step per character."""
    return len(text.encode("ascii", "ignore")) >= 0.9 * len(text)


def squash_spaces(text: str) -> str:
    """Collapse runs of whitespace (including the ideographic space) to one ASCII space.
    `str.split` splits at exactly the characters a regex `\\s` matches, several times faster."""
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _traditional() -> tuple[dict[int, str], re.Pattern[str]]:
    """One-character traditional→simplified table from OpenCC's own dictionary, and a
    pattern finding any character it changes.

    `str.translate` with it is orders of magnitude faster than phrase conversion, which
    matters when scanning report text; for matching names a character mapping suffices.
    Most text holds no traditional character at all, and the pattern tells so faster still
    (it also finds every character beyond the BMP, which only costs a needless translation).
    """
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        if len(source) == 1 and targets:
            table[ord(source)] = targets.split(" ")[0]
    # Characters beyond the BMP go in as one range: listed one by one they would make the
    # pattern test each of them in turn at every position.
    changed = "".join(chr(code) for code, target in table.items() if chr(code) != target and code <= 0xFFFF)
    return table, re.compile(f"[{re.escape(changed)}\U00010000-\U0010ffff]")


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    """Each simplified character with other forms, and its forms (itself first): built once, as the
    table holds thousands of characters and patterns are written in both scripts at every import."""
    table, _ = _traditional()
    forms: dict[str, str] = {}
    for code, target in table.items():
        if chr(code) != target and len(target) == 1:
            forms[target] = forms.get(target, target) + chr(code)
    return forms


def in_either_script(pattern: str) -> str:
    """`pattern`, a choice of words in simplified script, matching them in traditional script too:
    each CJK character after a branch's first is a class of its forms, and a branch whose first
    character has other forms is written once per form (a branch must open with a literal: see
    `enrich.choices`). Searching both scripts this way spares converting a text first."""
    forms = _forms()
    written = []
    for branch in pattern.split("|"):
        rest = "".join(f"[{forms[char]}]" if char in forms else char for char in branch[1:])
        written += [first + rest for first in forms.get(branch[0], branch[0])]
    return "|".join(written)


def to_simplified(text: str) -> str:
    table, changed = _traditional()
    return text.translate(table) if changed.search(text) else text


def simplified_forms() -> dict[str, str]:
    """Each character of the BMP that `to_simplified` changes, and what it becomes."""
    table, _ = _traditional()
    return {chr(code): target for code, target in table.items() if chr(code) != target and code <= 0xFFFF}


# Full-width punctuation common in Chinese text, with its NFKC form. Each is replaced before
# normalising: that leaves the NFKC form unchanged (a character and its own NFKC form
# decompose alike) and lets `unicodedata` take its quick path on most report text.
_COMMON_WIDE = tuple((chr(code), unicodedata.normalize("NFKC", chr(code))) for code in (
    0xFF0C, 0xFF1A, 0xFF1B, 0xFF08, 0xFF09, 0xFF01, 0xFF1F, 0xFF05, 0x3000))


def nfkc(text: str) -> str:
    """NFKC, on its quick path for most report text (see `_COMMON_WIDE`)."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    for wide, narrow in _COMMON_WIDE:
        if wide in text:
            text = text.replace(wide, narrow)
    return unicodedata.normalize("NFKC", text)


def fold(text: str) -> str:
    """Matching key: NFKC (full-width → ASCII), simplified script, lower case, no spaces."""
    text = to_simplified(nfkc(strip_invisible(text))).lower()
    return "".join(text.split())


CJK_CLASS = _CJK
# Korean's Hangul syllables, as a character class's range: a script that sets its words apart by spaces.
HANGUL = "\uac00-\ud7a3"


def is_hangul(character: str) -> bool:
    """Whether `character` (one, or "" at a text's edge) is a Hangul syllable."""
    return "\uac00" <= character <= "\ud7a3"  # ("" sorts before every syllable: False)

"""A choice of many words or patterns written so that `re` searches it quickly.

`re` tries the branches of a choice one after another at each position a search stops at,
checking a branch's first character before anything else. With a branch per word, a choice of
two hundred words costs two hundred checks at every such position; written as one branch per
first character (`请(?:务必|参阅|阅读)` for `请务必|请参阅|请阅读`), it costs one check per distinct
first character and a few more where one matches. Branches that open with different characters
never match at the same position, and those that open with the same one keep their order, so
the grouped choice finds exactly the matches the plain one does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A branch's first character when it is a literal one: a character that is not a pattern's
# syntax, or an escaped punctuation mark (`\(`), with no quantifier after it.
_LITERAL_START = re.compile(r"(?:[^\\.^$*+?{}\[\]|()]|\\[^\w\s])(?![*+?{])")


def branches(pattern: str) -> list[str]:
    """The top-level branches of `pattern` (its `|` outside brackets, classes and escapes)."""
    found, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern.startswith("]", index + 1) or pattern.startswith("^]", index + 1):
                index += 1 + pattern.startswith("^", index + 1)  # (a `]` first in a class is literal)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and not depth:
            found.append(pattern[start:index])
            start = index + 1
        index += 1
    return [*found, pattern[start:]]


def by_first_character(pattern: str) -> str:
    """`pattern`, a choice whose every branch opens with a literal character, with the branches
    that open with the same character written as one (see the module's docstring)."""
    groups: dict[str, list[str]] = {}
    for branch in branches(pattern):
        first = _LITERAL_START.match(branch)
        if not first:
            raise ValueError(f"a branch that opens with no literal character: {branch!r}")
        groups.setdefault(first.group(0), []).append(branch[first.end():])
    return "|".join(first + ("(?:" + "|".join(rests) + ")" if len(rests) > 1 else rests[0])
                    for first, rests in groups.items())


def longest_first(words: Iterable[str]) -> list[str]:
    """`words` longest first, as a choice of them must be written to match the longest word that
    starts at a position; those of a length in code-point order, so that the same words make the
    same pattern in every process (a set's order changes from one to the next)."""
    return sorted(words, key=lambda word: (-len(word), word))


def any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found in a text exactly when one of `words` is: `any_of(words).search(text)`
    scans the text once, where `any(word in text for word in words)` scans it once per word."""
    return re.compile(by_first_character("|".join(map(re.escape, words))))

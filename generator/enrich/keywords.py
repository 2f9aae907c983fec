"""One pattern for a list of words that finds, at each position, the longest word there.

`"|".join(words)` longest first does the same, but the regex engine then tries every word
at every position. Here the words share their prefixes (`证券|证券公司` → `证券(?:公司)?`),
so each position costs one test per distinct first character, and the engine skips straight
to positions holding one of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_Trie = dict[str, "_Trie"]
_END = ""


def _trie(words: Iterable[str]) -> _Trie:
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _chain(char: str, node: _Trie) -> tuple[str, _Trie]:
    """The characters from `char` on down which the trie does not branch or end a word, as
    one literal: a long word costs one level of `_source`, not one per character."""
    chars = [char]
    while len(node) == 1 and _END not in node:
        char, node = next(iter(node.items()))
        chars.append(char)
    return re.escape("".join(chars)), node


def _source(node: _Trie, top: bool = False) -> str:
    """Longer words first: a node that ends a word makes what follows it optional."""
    branches = [literal + _source(rest) for literal, rest in
                (_chain(char, child) for char, child in node.items() if char != _END)]
    if not branches:
        return ""
    body = "|".join(branches)
    if _END in node:
        return f"(?:{body})?"
    return body if top or len(branches) == 1 else f"(?:{body})"


class LongestWord:
    """The pattern of `longest_word`, compiled at its first use: a rebuild that reads no
    listing never matches a title, and the publisher table's patterns take 0.2 s to compile.
    The copies of a table share it, so each process compiles it at most once."""

    def __init__(self, words: list[str]) -> None:
        self._words = words
        self._pattern: re.Pattern[str] | None = None
        self._trie: _Trie | None = None
        self._branches: dict[str, re.Pattern[str]] = {}

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(_source(_trie(self._words), top=True))
        return self._pattern

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The longest word at `pos`. Only the branch of the pattern that opens with the character there can match
        (each branch opens with its own character), so that branch alone is tried, not every branch in turn."""
        if self._trie is None:
            self._trie = _trie(self._words)
        if _END in self._trie:  # (an empty word matches anywhere)
            return self.pattern.match(text, pos)
        first = text[max(pos, 0):max(pos, 0) + 1]  # (`re` reads a negative `pos` as 0)
        if first not in self._trie:
            return None
        if first not in self._branches:
            literal, rest = _chain(first, self._trie[first])
            self._branches[first] = re.compile(literal + _source(rest))
        return self._branches[first].match(text, pos)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text)


def longest_word(words: Iterable[str]) -> LongestWord | None:
    """A pattern matching any of `words`, the longest one where several start; None for none."""
    words = list(words)
    return LongestWord(words) if words else None

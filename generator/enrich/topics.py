"""Which topics a report belongs to, from the taxonomy's keyword rules.

Several topics per report are normal. A keyword in the title weighs most; in the text a
keyword counts less the deeper it sits, and only a few distinct hits there make a topic.
"""

from __future__ import annotations

from generator.config import Term
from generator.enrich.keywords import longest_word
from generator.normalize import fold

TITLE_WEIGHT = 3.0
THRESHOLD = 3.0
MAX_TOPICS = 5
TEXT_WINDOW = 4000


class TopicClassifier:
    def __init__(self, topics: list[Term]) -> None:
        self.order = [t.name for t in topics]
        self._keyword_topics: dict[str, list[tuple[str, bool]]] = {}
        for topic in topics:
            for word in topic.keywords:
                self._keyword_topics.setdefault(fold(word), []).append((topic.name, False))
            for word in topic.title_keywords:
                self._keyword_topics.setdefault(fold(word), []).append((topic.name, True))
        # The topics a keyword in the text counts for: each once, never a title-only one.
        self._text_topics = {
            word: list(dict.fromkeys(topic for topic, title_only in entries if not title_only))
            for word, entries in self._keyword_topics.items()
        }
        self._pattern = longest_word(self._keyword_topics)

    def classify(self, title: str, text: str) -> list[str]:
        if self._pattern is None:
            return []
        scores: dict[str, float] = {}
        for match in self._pattern.finditer(fold(title)):
            for topic, _title_only in self._keyword_topics[match.group()]:
                scores[topic] = scores.get(topic, 0.0) + TITLE_WEIGHT
        counted: set[str] = set()  # a keyword counts where it first occurs
        body = fold(text[:TEXT_WINDOW])
        for match in self._pattern.finditer(body):
            word = match.group()
            if word in counted:
                continue
            counted.add(word)
            depth_weight = 1.0 - 0.5 * match.start() / max(len(body), 1)
            for topic in self._text_topics[word]:
                scores[topic] = scores.get(topic, 0.0) + depth_weight
        chosen = [t for t in scores if scores[t] >= THRESHOLD]
        chosen.sort(key=lambda t: (-scores[t], self.order.index(t)))
        return chosen[:MAX_TOPICS]

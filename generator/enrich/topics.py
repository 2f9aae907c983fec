"""Which topics a report belongs to, from the taxonomy's keyword rules.

Several topics per report are normal. A keyword in the title weighs most; in the text a
keyword counts less the deeper it sits, and only a few distinct hits there make a topic.
"""

from __future__ import annotations

import re

from generator.config import Term
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
        words = sorted(self._keyword_topics, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(w) for w in words)) if words else None

    def classify(self, title: str, text: str) -> list[str]:
        if self._pattern is None:
            return []
        scores: dict[str, float] = {}
        for match in self._pattern.finditer(fold(title)):
            for topic, _title_only in self._keyword_topics[match.group()]:
                scores[topic] = scores.get(topic, 0.0) + TITLE_WEIGHT
        seen: set[tuple[str, str]] = set()
        body = fold(text[:TEXT_WINDOW])
        for match in self._pattern.finditer(body):
            depth_weight = 1.0 - 0.5 * match.start() / max(len(body), 1)
            for topic, title_only in self._keyword_topics[match.group()]:
                if title_only or (topic, match.group()) in seen:
                    continue
                seen.add((topic, match.group()))
                scores[topic] = scores.get(topic, 0.0) + depth_weight
        chosen = [t for t in scores if scores[t] >= THRESHOLD]
        chosen.sort(key=lambda t: (-scores[t], self.order.index(t)))
        return chosen[:MAX_TOPICS]

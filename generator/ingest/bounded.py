"""Keep a bounded head and tail of preview text, however long the extracted PDF text is."""

from __future__ import annotations

HEAD_CHARS = 6000
TAIL_CHARS = 2000


def head_and_tail(text: str) -> tuple[str, str]:
    """Return (head, tail); tail is empty when the head already holds it all."""
    if len(text) <= HEAD_CHARS:
        return text, ""
    return text[:HEAD_CHARS], text[max(HEAD_CHARS, len(text) - TAIL_CHARS):]

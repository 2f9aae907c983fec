"""Values a record's strings label with field names (`研究机构：X 分析师：Y 撰写日期：Z`): a Chinese field
name, a colon, and the value up to the next such label.

recordfields.py reads a field from them when the record has no key of its own for it (or its own column holds
several); database.py asks whether a table's strings label a date, pageitems.py reads a page item's labels.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.ingest.fields import SYNONYMS, candidates
from generator.ingest.records import parse_date
from generator.ingest.richtext import looks_like_html

# Labelled values inside one string (`研究机构：X 分析师：Y 撰写日期：Z`): a Chinese field name,
# a colon, and the value up to the next such label.
_LABELS = sorted({name for names in SYNONYMS.values() for name in names if not name.isascii()}, key=len,
                 reverse=True)
_LABEL = "|".join(map(re.escape, _LABELS))
_LABELLED = re.compile(rf"({_LABEL})\s*[:：]\s*(.*?)\s*(?=(?:{_LABEL})\s*[:：]|[|｜\n]|$)")
MAX_LABELLED = 2000
CJK = re.compile(r"[\u4e00-\u9fff]")
EMBEDDED_FOR = frozenset(("date", "publisher"))
# Short fields whose own column may hold several labelled values.
LABELLED_FIELDS = frozenset(("date", "publisher", "analysts", "rating", "rating_change", "industry", "pages",
                             "target_price", "security_name", "security_code", "report_type"))


def labelled_values(record: Mapping[str, object]) -> dict[str, str]:
    """Labelled values found inside the record's strings, by label (the first of each).
    Markup is left to `richtext`, whose credit lines come from the text a reader sees."""
    found: dict[str, str] = {}
    for value in record.values():
        if isinstance(value, str) and ("：" in value or ":" in value) and not looks_like_html(value):
            for label, labelled_value in labelled(value).items():
                found.setdefault(label, labelled_value)
    return found


def labelled_date(record: Mapping[str, object]) -> bool:
    """Whether one of the record's strings labels a date (`撰写日期：2006-02-27`)."""
    embedded = labelled_values(record)
    return any(parse_date(embedded[key]) for key in candidates("date", tuple(embedded)))


def labelled(text: str) -> dict[str, str]:
    """The values a string labels with field names (`研究机构：X 分析师：Y`), by label, the first
    of each."""
    found: dict[str, str] = {}
    if "：" not in text and ":" not in text:
        return found
    end = 0
    for match in _LABELLED.finditer(text[:MAX_LABELLED]):
        # A label starts the string, follows a space or a mark, or the value before it;
        # inside a word it is none (`银行业：` is an industry's title, not 行业: …).
        start = match.start()
        if start in (0, end) or not CJK.match(text, start - 1):
            end = match.end()
            if match.group(2):
                found.setdefault(match.group(1), match.group(2))
    return found

"""ASCII slugs for URLs: built from an allow-list, so no name can escape or collide.

Chinese names become pinyin (pypinyin) so URLs stay readable, and every other script its
Latin transliteration (anyascii: `미래에셋` → `miraeeset`, `みずほ` → `mizuho`, `Société` →
`societe`); anything outside `[a-z0-9-]` is dropped, Windows device names and our own path words are avoided, and a
name that leaves nothing usable gets a short hash of itself.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_LENGTH = 60
_RESERVED = {
    "con", "prn", "aux", "nul", "page", "feed", "index",
    *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10)),
}
_VALID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_valid_slug(slug: str) -> bool:
    return bool(_VALID.match(slug)) and len(slug) <= MAX_LENGTH and slug not in _RESERVED


def short_hash(text: str, length: int = 6) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()[:length]


def slugify(name: str) -> str:
    """A valid slug for any string, deterministic and independent of everything else."""
    from anyascii import anyascii

    text = unicodedata.normalize("NFKC", name)
    if not text.isascii():  # (pinyin leaves ASCII as it is: `about.md` needs no 0.2 s import)
        from pypinyin import lazy_pinyin

        # (pinyin first: anyascii reads a Han character as one reading of it, pypinyin by its word)
        text = "-".join(lazy_pinyin(text, errors="default"))
    ascii_text = anyascii(text)
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:MAX_LENGTH].rstrip("-")
    if not slug:
        return f"x-{short_hash(name)}"
    if slug in _RESERVED:
        return f"{slug}-{short_hash(name, 4)}"
    return slug


def unique_slugs(names: list[str], preferred: dict[str, str] | None = None) -> dict[str, str]:
    """Give every name a slug no other name has; clashes get a hash of the name, not a counter,
    so a slug never depends on which other names happen to exist."""
    preferred = preferred or {}
    result: dict[str, str] = {}
    taken: set[str] = set()
    for name in sorted(names, key=lambda n: (n not in preferred, n)):
        slug = preferred.get(name) or slugify(name)
        salt = ""
        while slug in taken:  # a second clash needs a name crafted to collide; salt the hash
            slug = f"{slug[: MAX_LENGTH - 7].rstrip('-')}-{short_hash(name + salt)}"
            salt += "+"
        taken.add(slug)
        result[name] = slug
    return result

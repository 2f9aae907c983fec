"""The editor's language: messages follow the site's `language` (site.yaml), through gettext.

Catalogues are standard gettext `.po` files in `generator/locale/<lang>/LC_MESSAGES/`,
read when first needed by the small loader below (no compile step, nothing generated to
keep in sync). English is the source language: an English site, or a message without a
translation, reads the English text. `DIGEST_LANGUAGE` overrides the site's choice (the
test suite reads English through it).

Messages are templates with named fields (`"report {ref!r} is not in any listing"`), filled
in after translation, so a translation may reorder them. Diagnostics keep their template
and fields and are translated when shown (see diagnostics.py).
"""

from __future__ import annotations

import ast
import difflib
import gettext
import os
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

LOCALE = Path(__file__).parent / "locale"
DOMAIN = "generator"
LANGUAGE_VARIABLE = "DIGEST_LANGUAGE"
DEFAULT = "zh-CN"  # config.SiteConfig's default language

_current = {"language": DEFAULT}


class PoTranslations(gettext.NullTranslations):
    """A catalogue read straight from a `.po` file (msgid/msgstr pairs, no plurals)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.catalogue = _read_po(path.read_text(encoding="utf-8"))

    def gettext(self, message: str) -> str:
        return self.catalogue.get(message) or message


_ENTRY = re.compile(r'^(msgid|msgstr|msgctxt)\s+(".*")\s*$')


def _read_po(text: str) -> dict[str, str]:
    """msgid → msgstr of a .po file; fuzzy and untranslated entries are left out."""
    catalogue: dict[str, str] = {}
    entry: dict[str, object] = {}

    def finish() -> None:
        msgid, msgstr = entry.get("msgid"), entry.get("msgstr")
        if msgid and msgstr and not entry.get("fuzzy") and "msgctxt" not in entry:
            catalogue[str(msgid)] = str(msgstr)
        entry.clear()

    key = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if "msgstr" in entry:
                finish()
            if line.startswith("#,") and "fuzzy" in line:
                entry["fuzzy"] = True
            continue
        match = _ENTRY.match(line)
        if match:
            if match.group(1) != "msgstr" and "msgstr" in entry:
                finish()
            key = match.group(1)
            entry[key] = ast.literal_eval(match.group(2))
        elif line.startswith('"') and key:
            entry[key] = str(entry[key]) + ast.literal_eval(line)
    finish()
    return catalogue


def catalogue_name(language: str) -> str | None:
    """The catalogue a site language reads: `zh-CN`, `zh`, `zh_Hans` → zh_CN; English → none."""
    code = language.replace("-", "_").lower()
    if code.startswith("zh"):
        return "zh_CN"
    return None


@cache
def translations(language: str) -> gettext.NullTranslations:
    name = catalogue_name(language)
    path = LOCALE / name / "LC_MESSAGES" / f"{DOMAIN}.po" if name else None
    if path is None or not path.is_file():
        return gettext.NullTranslations()
    return PoTranslations(path)


def set_language(language: str) -> None:
    """Use `language` for every message from now on (unless DIGEST_LANGUAGE says otherwise)."""
    _current["language"] = os.environ.get(LANGUAGE_VARIABLE) or language or DEFAULT


def language() -> str:
    return _current["language"]


def use_site_language(content: Path) -> str:
    """Read the site's language from content/site.yaml before anything else is loaded (so even
    messages about a broken configuration are in it); config.py validates the file itself."""
    from generator.yamlio import YamlError, load_yaml  # measured as config.py reads it: no hang, no recursion

    chosen = DEFAULT
    try:
        data = load_yaml((content / "site.yaml").read_text(encoding="utf-8-sig"))
        if isinstance(data, dict) and isinstance(data.get("language"), str):
            chosen = data["language"]
    except (OSError, UnicodeDecodeError, YamlError):
        pass
    set_language(chosen)
    return language()


def _(message: str) -> str:
    """`message` in the current language."""
    return translations(language()).gettext(message)


def tr(message: str, /, **fields: object) -> str:
    """`message` translated, then its `{fields}` filled in."""
    return _(message).format(**fields) if fields else _(message)


def english(language_code: str | None = None) -> bool:
    """Whether messages are shown in English (no catalogue for the language)."""
    return catalogue_name(language_code or language()) is None


class Text(str):
    """A message field that is itself a message (a YAML parser's problem, say): translated
    when the message is shown, if the catalogue knows it."""

    def __format__(self, spec: str) -> str:
        return format(_(str(self)), spec)


class Message(str):
    """A message made far from where it is shown (a reader's reason, say): the English text,
    carrying its template and fields so that it is translated when shown as a field."""

    template: str
    fields: dict[str, object]

    def __new__(cls, template: str, **fields: object) -> Message:
        made = super().__new__(cls, template.format(**fields) if fields else template)
        made.template, made.fields = template, fields
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return _message, (self.template, self.fields)

    def __format__(self, spec: str) -> str:
        return format(tr(self.template, **self.fields), spec)


def _message(template: str, fields: dict[str, object]) -> Message:
    return Message(template, **fields)


class Choices(tuple[str, ...]):
    """"Did you mean" names as a message field: formats as the hint in the language shown at
    the time (nothing when empty), so a diagnostic kept in a cache is still translated."""

    def __format__(self, spec: str) -> str:
        if not self:
            return ""
        quoted = "、".join(f"“{c}”" for c in self) if not english() else ", ".join(repr(c) for c in self)
        return tr("; did you mean {names}?", names=quoted)


def closest(word: str, choices: Iterable[str], n: int = 3, cutoff: float = 0.5) -> Choices:
    """The choices closest to `word` (difflib's ratio), best first."""
    return Choices(difflib.get_close_matches(word, list(choices), n=n, cutoff=cutoff))

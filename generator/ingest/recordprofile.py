"""Record profiles: declarative YAML for structured listings whose names detection misses.

A profile (`content/profiles/<name>.records.yaml`, or built in beside this module) says
which records it reads (`files`: patterns of listing file names, or `match_keys`: keys or
columns every such record has), where the
records are (`records`: a dotted key path in a JSON document; `table`: a SQLite table or
an Excel sheet), and per field which key holds it (`key`, a dotted path for nested JSON),
optionally a date `format` (strptime), a `pattern` whose first group is the value (for a
value inside a larger string such as `研究机构：X 分析师：Y 撰写日期：Z`), a `map` of
codes to values (others pass as they are) and a `template` (`{}` stands for the value). Fields it does not name are
detected as usual.

Patterns run on at most MAX_PATTERN_INPUT characters of a value, must compile, and may not
nest quantifiers (`(a+)+`), which can take exponential time on text that almost matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from fnmatch import fnmatch
from pathlib import Path, PurePath

from generator.ingest.fields import FIELDS
from generator.yamlio import YamlError, load_yaml_file, strip_lines

BUILT_IN = Path(__file__).parent / "profiles"
SUFFIX = ".records.yaml"
MAX_PATTERN = 300
MAX_PATTERN_INPUT = 2000
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d*,)")
RULE_KEYS = ("key", "format", "pattern", "map", "template")


# What this module tells the editor, in one place (for translation).
MESSAGES = {
    "pattern_type": "{path}: field {field}: `pattern` must be a non-empty string",
    "pattern_long": "{path}: field {field}: pattern longer than {limit} characters",
    "pattern_nested": "{path}: field {field}: pattern {pattern!r} repeats a repeated group (like `(a+)+`), which "
                      "can run for ever; rewrite it without the nesting",
    "pattern_bad": "{path}: field {field}: bad pattern {pattern!r}: {reason}",
    "pattern_groups": "{path}: field {field}: a pattern may have at most one group (the value)",
    "rule_type": "{path}: field {field}: expected a key name or a mapping of {settings}",
    "rule_unknown": "{path}: field {field}: unknown setting(s) {unknown} (settings: {settings})",
    "map_type": "{path}: field {field}: `map` must map codes to values",
    "template": "{path}: field {field}: a template must hold {{}} where the value goes",
    "yaml": "{path}:{line}: {reason}",
    "no_fields": "{path}: a record profile needs `fields`, and `files` or `match_keys` to say what it reads",
    "unknown_field": "{path}: unknown field {field!r} (fields: {fields})",
    "match_keys": "{path}: `match_keys` must be a list of key or column names",
    "files": "{path}: `files` must be a list of file name patterns (like `reports-*.csv`)",
    "no_match": "{path}: say which records the profile reads: `match_keys` or `files`",
}


class RecordProfileError(ValueError):
    """A record profile that cannot be used; the message names the file and the fault."""


@dataclass(frozen=True)
class FieldRule:
    key: str | None = None
    format: str | None = None
    pattern: re.Pattern[str] | None = None
    map: dict[str, str] = field(default_factory=dict)
    template: str | None = None

    def value(self, raw: object) -> object:
        """The field's value from the raw value of its key."""
        if raw is None or raw == "":
            return None
        if self.map:  # codes to values; a value not among the codes is passed on as it is
            raw = self.map.get(str(raw).strip(), raw)
        if self.pattern is not None:
            found = self.pattern.search(str(raw)[:MAX_PATTERN_INPUT])
            if not found:
                return None
            raw = found.group(1) if found.groups() else found.group(0)
        if self.template is not None:
            raw = self.template.replace("{}", str(raw).strip())
        return raw

    def date(self, raw: object) -> date | None:
        """A date read with the rule's `format`, None when it does not fit."""
        if self.format is None or raw is None:
            return None
        try:
            return datetime.strptime(str(raw).strip()[:100], self.format).date()
        except ValueError:
            return None


@dataclass(frozen=True)
class RecordProfile:
    name: str
    match_keys: tuple[str, ...]
    fields: dict[str, FieldRule]
    records: str | None = None
    table: str | None = None
    files: tuple[str, ...] = ()

    def matches(self, keys: set[str], file: str) -> bool:
        """Whether it reads `file`'s records, which have `keys`: by the file's name (`files`,
        glob patterns) or by the keys every such record has (`match_keys`)."""
        name = PurePath(file).name
        if any(fnmatch(name, pattern) for pattern in self.files):
            return True
        return bool(self.match_keys) and all(k in keys for k in self.match_keys)


def _pattern(path: Path, name: str, text: object) -> re.Pattern[str]:
    if not isinstance(text, str) or not text:
        raise RecordProfileError(MESSAGES["pattern_type"].format(path=path, field=name))
    if len(text) > MAX_PATTERN:
        raise RecordProfileError(MESSAGES["pattern_long"].format(path=path, field=name, limit=MAX_PATTERN))
    if _NESTED_QUANTIFIER.search(text):
        raise RecordProfileError(MESSAGES["pattern_nested"].format(path=path, field=name, pattern=text))
    try:
        compiled = re.compile(text)
    except re.error as exc:
        raise RecordProfileError(MESSAGES["pattern_bad"].format(path=path, field=name, pattern=text,
                                                                reason=exc)) from None
    if compiled.groups > 1:
        raise RecordProfileError(MESSAGES["pattern_groups"].format(path=path, field=name))
    return compiled


def _rule(path: Path, name: str, rule: object) -> FieldRule:
    if isinstance(rule, str):
        return FieldRule(key=rule)
    if not isinstance(rule, dict) or not rule:
        raise RecordProfileError(MESSAGES["rule_type"].format(path=path, field=name, settings=", ".join(RULE_KEYS)))
    unknown = [k for k in rule if k not in RULE_KEYS]
    if unknown:
        raise RecordProfileError(MESSAGES["rule_unknown"].format(path=path, field=name, unknown=unknown,
                                                                 settings=", ".join(RULE_KEYS)))
    mapping = rule.get("map") or {}
    if not isinstance(mapping, dict):
        raise RecordProfileError(MESSAGES["map_type"].format(path=path, field=name))
    template = rule.get("template")
    if template is not None and "{}" not in str(template):
        raise RecordProfileError(MESSAGES["template"].format(path=path, field=name))
    return FieldRule(
        key=str(rule["key"]) if rule.get("key") is not None else None,
        format=str(rule["format"]) if rule.get("format") else None,
        pattern=_pattern(path, name, rule["pattern"]) if "pattern" in rule else None,
        map={str(k): str(v) for k, v in mapping.items()},
        template=str(template) if template is not None else None,
    )


def load_record_profile(path: Path) -> RecordProfile:
    try:
        data = strip_lines(load_yaml_file(path))
    except YamlError as exc:
        raise RecordProfileError(MESSAGES["yaml"].format(path=path, line=exc.line, reason=exc)) from None
    if not isinstance(data, dict) or not isinstance(data.get("fields"), dict):
        raise RecordProfileError(MESSAGES["no_fields"].format(path=path))
    rules: dict[str, FieldRule] = {}
    for name, rule in data["fields"].items():
        if name not in FIELDS:
            raise RecordProfileError(MESSAGES["unknown_field"].format(path=path, field=name, fields=", ".join(FIELDS)))
        rules[name] = _rule(path, name, rule)
    match_keys = data.get("match_keys") or []
    if not isinstance(match_keys, list) or not all(isinstance(k, str) for k in match_keys):
        raise RecordProfileError(MESSAGES["match_keys"].format(path=path))
    files = data.get("files") or []
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise RecordProfileError(MESSAGES["files"].format(path=path))
    if not match_keys and not files:
        raise RecordProfileError(MESSAGES["no_match"].format(path=path))
    name = str(data.get("name") or path.name.removesuffix(SUFFIX))
    return RecordProfile(name, tuple(match_keys), rules, data.get("records"), data.get("table"), tuple(files))


def record_profiles(site_dir: Path | None) -> list[RecordProfile]:
    """The site's own record profiles first (so they can override), then the built-in ones."""
    files = sorted(site_dir.glob(f"*{SUFFIX}")) if site_dir and site_dir.is_dir() else []
    return [load_record_profile(p) for p in [*files, *sorted(BUILT_IN.glob(f"*{SUFFIX}"))]]


def choose(profiles: list[RecordProfile], keys: set[str], file: str) -> RecordProfile | None:
    return next((p for p in profiles if p.matches(keys, file)), None)

"""Messages about content, each naming the file and position it concerns.

Scraped data is never the editor's fault, so its problems are warnings; mistakes in
commentary and configuration are errors. A build collects all of them before deciding.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from generator.i18n import Message, _, tr

ERROR = "error"
WARNING = "warning"
DEBUG_VARIABLE = "GENERATOR_DEBUG"
# Anything that could end a log line, hide or reorder text: controls (newlines too), line and
# paragraph separators, bidi and zero-width characters, lone surrogates.
_UNSAFE = re.compile("[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
                     "\u2060-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb\ufffe\uffff]")


def log_safe(text: str) -> str:
    """`text` on one line with every unsafe character shown as an escape (`\\n`, `\\u202e`), so a
    file name or quoted content can neither forge a line of the log (a CI annotation such as
    `::error::`) nor hide what it says."""
    escaped = _UNSAFE.sub(lambda m: m[0].encode("unicode_escape", "backslashreplace").decode("ascii"), text)
    return escaped.replace("::", ":\\x3a") if escaped.startswith("::") else escaped


def debugging() -> bool:
    """Whether unexpected exceptions should propagate with their traceback (for developers);
    users get one message naming the file instead."""
    return os.environ.get(DEBUG_VARIABLE, "") not in ("", "0")


REPEATS_SHOWN = 3
REPEATED = "the same for {count} more records, lines {first}–{last}"


# The words for an exception that bad content should never cause: a bug to report.
INTERNAL = "internal error {kind}: {error}; please report it with this file ({variable}=1 shows details)"


def internal_fields(exc: BaseException) -> dict[str, object]:
    """The fields of INTERNAL for `exc`, for a diagnostic that says it."""
    return {"kind": type(exc).__name__, "error": str(exc), "variable": DEBUG_VARIABLE}


def internal_error(exc: BaseException) -> str:
    """INTERNAL filled in for `exc`, in the editor's language."""
    return tr(INTERNAL, **internal_fields(exc))


@dataclass(frozen=True)
class Diagnostic:
    level: str
    file: str
    line: int | None
    message: str  # an English template; `fields` fill it in after translation (see i18n.py)
    fields: dict[str, object] = field(default_factory=dict, compare=False)

    @property
    def text(self) -> str:
        """The message in the editor's language."""
        return tr(self.message, **self.fields)

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        # Messages quote scraped text and name files: one line each, no control character.
        return log_safe(f"{where}: {_(self.level)}: {self.text}")


def _template(message: str, fields: dict[str, object]) -> tuple[str, dict[str, object]]:
    return (message.template, message.fields) if isinstance(message, Message) and not fields else (message, fields)


# Warnings of one kind about one file that are kept (and shown as `print` groups them); the
# rest are counted in one line (a listing of a million broken lines gave a million lines of
# log and 1.5 GB of messages).
MAX_ALIKE = 1000
ALIKE = "{count:,} more warning(s) of the kind first shown at {where} are not shown"


@dataclass
class Diagnostics:
    """Collects messages so that one build reports every problem, not just the first."""

    items: list[Diagnostic] = field(default_factory=list)
    root: Path | None = None
    # (file, template) -> [warnings of that kind so far, where the first was]
    _alike: dict[tuple[str, str], list] = field(default_factory=dict, repr=False)

    def _name(self, file: Path | str) -> str:
        path = Path(file)
        if self.root is not None:
            try:
                return str(path.relative_to(self.root.parent))
            except ValueError:
                pass
        return str(path)

    def error(self, file: Path | str, line: int | None, message: str, /, **fields: object) -> None:
        """Record an error; `message` is an English template filled in with `fields` when shown
        (or a `Message`, made where the problem was found, which carries both)."""
        self.items.append(Diagnostic(ERROR, self._name(file), line, *_template(message, fields)))

    def warning(self, file: Path | str, line: int | None, message: str, /, **fields: object) -> None:
        name = self._name(file)
        template, filled = _template(message, fields)
        alike = self._alike.setdefault((name, template), [0, name if line is None else f"{name}:{line}"])
        alike[0] += 1
        if alike[0] <= MAX_ALIKE:
            self.items.append(Diagnostic(WARNING, name, line, template, filled))

    def count_held(self) -> None:
        """One warning for each kind of which more than MAX_ALIKE were not kept (called when
        a file has been read)."""
        for (name, _kind), (count, where) in self._alike.items():
            if count > MAX_ALIKE:
                self.items.append(Diagnostic(WARNING, name, None, ALIKE, {"count": count - MAX_ALIKE,
                                                                          "where": where}))
        self._alike.clear()

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level == ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level == WARNING]

    def failed(self, strict: bool = False) -> bool:
        return bool(self.errors or (strict and self.warnings))

    def print(self, stream: TextIO = sys.stderr) -> None:
        """Every message, but of one message said again and again of a file's consecutive records
        (a table with no title column: the same warning for each of its 500 rows) the first
        REPEATS_SHOWN, then one line counting the rest and naming their lines."""
        for run in self._runs():
            for item in run[:REPEATS_SHOWN]:
                print(item, file=stream)
            if rest := run[REPEATS_SHOWN:]:
                print(Diagnostic(rest[0].level, rest[0].file, rest[0].line, REPEATED,
                                 {"count": len(rest), "first": rest[0].line, "last": rest[-1].line}), file=stream)

    def _runs(self) -> list[list[Diagnostic]]:
        """The messages in order, consecutive ones alike but for their line taken together."""
        runs: list[list[Diagnostic]] = []
        for item in self.items:
            last = runs[-1][-1] if runs else None
            if (last is not None and item.line is not None and last.line is not None
                    and (item.level, item.file, item.message, item.fields)
                    == (last.level, last.file, last.message, last.fields)):
                runs[-1].append(item)
            else:
                runs.append([item])
        return runs

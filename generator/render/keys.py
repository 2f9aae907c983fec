"""Input keys: a hash of everything an output file is made from, so a rebuild renders only
the files whose inputs changed.

A page's key covers its template context, walked value by value, salted with what every
page shares (templates, site settings, template globals, code version, base URL). Reports
and other model objects are hashed once per build however many pages show them, so keying
the whole site stays linear in its size.
"""

from __future__ import annotations

import hashlib
from dataclasses import fields
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from generator.model import Report

if TYPE_CHECKING:
    from generator.plan import PageOut

_SCALARS = (str, int, float, bool, type(None), date)
_REPRS = frozenset(_SCALARS) - {str}  # keyed by repr when of exactly these types


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(spec.name for spec in fields(kind))


class Keyer:
    def __init__(self, salt: str) -> None:
        self.salt = salt
        # Keyed by id(): every object hashed here is held by the site plan for the whole build.
        self._memo: dict[int, str] = {}

    def key(self, *parts: Any) -> str:
        out = [self.salt]
        for part in parts:
            self._walk(part, out)
        return _hashed("\x1f".join(out))

    def page(self, page: PageOut) -> str:
        """A page's key: its path, template and everything its context holds."""
        return self.key(page.path, page.template, page.context)

    def _walk(self, value: Any, out: list[str]) -> None:
        kind = type(value)
        if kind is str:
            # Length-prefixed rather than repr'd: repr tests every CJK character for printability.
            out.append(f"{len(value)}'{value}")
        elif kind in _REPRS:
            out.append(repr(value))
        elif kind is list or kind is tuple:
            out.append("[")
            memo = self._memo
            for item in value:
                # (a report, most items of a page's lists, taken from the memo directly: the
                # walk's dispatch cost more than the lookup)
                if type(item) is Report and (known := memo.get(id(item))) is not None:
                    out.append(known)
                else:
                    self._walk(item, out)
            out.append("]")
        elif kind is dict:
            out.append("{")
            memo = self._memo
            for name, item in value.items():
                self._walk(name, out)
                if type(item) is Report and (known := memo.get(id(item))) is not None:
                    out.append(known)
                else:
                    self._walk(item, out)
            out.append("}")
        elif hasattr(kind, "__dataclass_fields__"):
            out.append(self.digest(value))
        else:
            self._walk_other(value, out)

    def _walk_other(self, value: Any, out: list[str]) -> None:
        """Subclasses of the types above, named (a Markup renders unlike the str of its
        text), and callables."""
        if isinstance(value, str):
            out.append(type(value).__name__)
            self._walk(str(value), out)
        elif isinstance(value, (list, tuple)):
            out.append(type(value).__name__)
            self._walk(list(value), out)
        elif isinstance(value, dict):
            out.append(type(value).__name__)
            self._walk(dict(value), out)
        elif isinstance(value, _SCALARS):
            out.append(repr(value))
        elif callable(value):  # code, covered by the code version; a partial by its function
            out.append(getattr(value, "__qualname__", None) or getattr(getattr(value, "func", None), "__qualname__",
                                                                       type(value).__name__))
        else:
            raise TypeError(f"cannot key a {type(value).__name__}: add it to render/keys.py")

    def remember(self, value: Any, digest: str) -> None:
        """Take `value`'s digest as worked out by another process (see `digest`)."""
        self._memo[id(value)] = digest

    def knows(self, value: Any) -> bool:
        return id(value) in self._memo

    def digest(self, value: Any) -> str:
        """The hash standing for a model object in every key that holds it."""
        known = self._memo.get(id(value))
        if known is None:
            if isinstance(value, Report):
                known = self._memo[id(value)] = report_digest(value)
                return known
            parts: list[str] = [type(value).__name__]
            for name in _field_names(type(value)):
                parts.append(name)
                self._walk(getattr(value, name), parts)
            known = self._memo[id(value)] = _hashed("\x1f".join(parts))
        return known


def _hashed(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def report_digest(report: Report) -> str:
    """The hash standing for a report: a report holds no other report, so its repr is all of it."""
    return _hashed(repr(report))

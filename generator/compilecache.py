"""What the generator compiles at run time, kept between runs beside its bytecode: its regular
expressions and the site's templates.

Python's `re` compiles a pattern in Python code, and a character class spanning the CJK
ideographs is filled in one code point at a time: about 2 ms for `[\\u4e00-\\u9fff]` alone.
Enrichment's patterns hold hundreds of such classes; compiling them was a second of every
build's start (1.0 s of the 1.5 s the shipped content took). `re` ends each compile by handing
its result (the pattern's code) to `_sre.compile`; `patterns_kept` keeps those results in
`__pycache__` beside this module's bytecode, keyed by the interpreter that made them, and hands
them straight to `_sre.compile` on the next run. A kept file of another interpreter, or one
that cannot be read, is ignored, and any pattern it cannot restore is compiled by `re` itself.
The file is trusted as the bytecode beside it is (it is written where that is), never read
from the build cache, which may come from elsewhere.

Templates are kept by Jinja's own bytecode cache (`TemplatesKept`), in the same folder: a
build compiled its page templates again each time (0.2 s).
"""

from __future__ import annotations

import _sre
import importlib.util
import marshal
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from hashlib import sha256
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

from jinja2.bccache import Bucket, FileSystemBytecodeCache

# What makes a kept pattern's code valid: the interpreter and its regular expression engine.
_MAKER = (sys.version, _sre.MAGIC, _sre.CODESIZE)
# (a build compiles about 1,300: room for those of other kinds of runs, not for patterns made anew each run)
_MOST = 5_000
Key = tuple[str | bytes, int]
Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def kept_file() -> Path | None:
    """Where the patterns are kept: beside this module's bytecode (None when the interpreter
    keeps no bytecode)."""
    try:
        return Path(importlib.util.cache_from_source(__file__)).with_suffix(".patterns")
    except NotImplementedError:
        return None


def _read(path: Path | None) -> dict[Key, Compiled]:
    try:
        maker, patterns = marshal.loads(path.read_bytes()) if path else (None, {})
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return patterns if maker == _MAKER and isinstance(patterns, dict) else {}


def _compiled(pattern: str | bytes, flags: int) -> Compiled:
    """What `re` hands `_sre.compile` for this pattern (as `re._compiler.compile` works it out)."""
    parsed = _parser.parse(pattern, flags)
    code = list(map(int, _compiler._code(parsed, flags)))  # (its opcodes are named ints)
    groups = parsed.state.groupdict
    names: list[str | None] = [None] * parsed.state.groups
    for name, number in groups.items():
        names[number] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groups), tuple(names)


def _compiled_by(package: str) -> bool:
    """Whether the pattern being compiled is asked for by code of `package`. Libraries' are left
    out: some make theirs anew in each process (from a set, or from a path, as `fnmatch` does),
    and keeping those would write the file again on every run."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "re":
        frame = frame.f_back
    return frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == package


class KeptPatterns:
    """The patterns of this run: those restored from the kept file, and those compiled anew."""

    def __init__(self, path: Path | None, package: str) -> None:
        self.path = path
        self.package = package
        self.kept = _read(path)
        self.used: dict[Key, Compiled] = {}
        self.compiled = 0  # (how many of the package's own were not in the kept file)

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """`re._compiler.compile`, from the kept code when there is some."""
        if not isinstance(pattern, str | bytes) or flags & _compiler.SRE_FLAG_DEBUG:
            return _ORIGINAL(pattern, flags)  # (a parsed pattern, from inside `re`; or one to be shown)
        key = (pattern, int(flags))  # (a `re.RegexFlag` is not marshalled)
        made = self.kept.get(key)
        if made is not None:
            try:
                restored = _sre.compile(pattern, *made)
            except (RuntimeError, TypeError, ValueError):  # (code the engine does not accept)
                made = None
            else:
                self.used[key] = made
                return restored
        made = _compiled(pattern, flags)
        if _compiled_by(self.package):
            self.compiled += 1
            self.used[key] = made
        return _sre.compile(pattern, *made)

    def keep(self) -> None:
        """Write the kept patterns and this run's when some were compiled anew (as an interpreter
        writes bytecode: not when told not to, and quietly not where it cannot). Those kept stay:
        an edit's rebuild compiles a few that a full build does not, and keeping only its own
        would have the next full build compile the rest again; past `_MOST`, only this run's."""
        if not self.compiled or self.path is None or sys.dont_write_bytecode:
            return
        kept = {**self.kept, **self.used}
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}")
        try:
            self.path.parent.mkdir(exist_ok=True)
            temporary.write_bytes(marshal.dumps((_MAKER, kept if len(kept) <= _MOST else self.used)))
            os.replace(temporary, self.path)
        except (OSError, ValueError):  # (ValueError: a value marshal cannot write; the run goes on, keeping nothing)
            temporary.unlink(missing_ok=True)


_ORIGINAL = _compiler.compile


@contextmanager
def patterns_kept(path: Path | None = None, package: str = "generator") -> Iterator[KeptPatterns]:
    """Every pattern compiled inside restored from the kept file (`kept_file()` unless `path`
    is given) when it is there; those `package` compiles kept in it if the body ends normally."""
    patterns = KeptPatterns(path or kept_file(), package)
    _compiler.compile = patterns.compile
    try:
        yield patterns
    finally:
        _compiler.compile = _ORIGINAL
    patterns.keep()


class TemplatesKept(FileSystemBytecodeCache):
    """Compiled templates kept beside the generator's bytecode, each under its source and what
    it was compiled with (`compiled_with`): the generator's code, which rewrites each template as
    it loads (render/html.py, BlockTagNewlines), and whatever Jinja folds into a template as it
    compiles it: a filter given constants is called then (`'/static/style.css' | url` is
    compiled as the URL under the site's base URL)."""

    def __init__(self, folder: Path, compiled_with: str) -> None:
        super().__init__(str(folder))
        self.compiled_with = compiled_with

    def get_source_checksum(self, source: str) -> str:
        return sha256(f"{self.compiled_with}\n{source}".encode()).hexdigest()

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Written as bytecode is: not when told not to, and quietly not where it cannot be."""
        if sys.dont_write_bytecode:
            return
        try:
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


def templates_kept(compiled_with: str) -> TemplatesKept | None:
    """Jinja's cache of compiled templates, in the folder the patterns are kept in."""
    path = kept_file()
    return TemplatesKept(path.parent / "templates", compiled_with) if path else None

"""YAML reading that remembers line numbers, so configuration errors can say where they are.

A document is composed first and measured before anything is built from it: aliases can make
a few lines stand for billions of values (the "billion laughs"), and nesting hundreds deep
exhausts the constructor's recursion. Both are errors at a line, never a hang or a crash.
Control characters other than tab and line breaks are errors too (they would reach titles,
feeds and logs).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

LINE = "__line__"
MAX_VALUES = 100_000  # values in the document with every alias expanded
MAX_DEPTH = 50  # lists and mappings within one another
MAX_CHARACTERS = 1 << 20  # a configuration file or front matter is a few kilobytes (the defaults 80 KB)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# libyaml's parser when PyYAML was built with it: several times faster on thousands of
# commentary files, with the same marks and errors.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """A safe loader whose mappings carry the (1-based) line they start on under `__line__`."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        return mapping

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        """An impossible date (`2023-02-30`) is a YAML error with a line, not a ValueError."""
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"impossible date {node.value!r} ({exc})", node.start_mark) from None


_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _LineLoader.construct_yaml_timestamp)


class YamlError(ValueError):
    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line


def _error_line(exc: yaml.YAMLError, text: str, offset: int) -> int | None:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is not None:
        return mark.line + 1 + offset
    if isinstance(exc, yaml.reader.ReaderError):
        return text.count("\n", 0, exc.position) + 1 + offset
    return None


def _measure(root: yaml.Node, line_offset: int) -> None:
    """Refuse a document too big once its aliases are expanded, nested too deep, or holding
    itself (a recursive alias). Iterative: a deep document must not exhaust the stack here."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        where = node.start_mark.line + 1 + line_offset
        if depth > MAX_DEPTH:
            raise YamlError(where, f"invalid YAML: nested more than {MAX_DEPTH} levels deep")
        children = [] if isinstance(node, yaml.ScalarNode) else (
            [c for pair in node.value for c in pair] if isinstance(node, yaml.MappingNode) else list(node.value))
        if done:
            open_nodes.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes[id(c)] for c in children)
            if sizes[id(node)] > MAX_VALUES:
                raise YamlError(where, f"invalid YAML: more than {MAX_VALUES:,} values once aliases are expanded")
            continue
        if id(node) in sizes:
            continue
        if id(node) in open_nodes:
            raise YamlError(where, "invalid YAML: an alias refers to the value holding it")
        open_nodes.add(id(node))
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in reversed(children) if id(child) not in sizes)


def load_yaml(text: str, line_offset: int = 0) -> Any:
    """Parse YAML; on failure raise YamlError carrying the line in the enclosing file."""
    if len(text) > MAX_CHARACTERS:  # composing a million values takes seconds per reading
        raise YamlError(1 + line_offset, f"invalid YAML: {len(text):,} characters, more than the "
                                         f"{MAX_CHARACTERS:,} a configuration or front matter may hold")
    if control := _CONTROL.search(text):
        line = text.count("\n", 0, control.start()) + 1 + line_offset
        raise YamlError(line, f"invalid YAML: control character U+{ord(control[0]):04X} (remove it)")
    loader = _LineLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _measure(node, line_offset)
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlError(_error_line(exc, text, line_offset), f"invalid YAML: {problem}") from None
    finally:
        loader.dispose()


def load_yaml_file(path: Path) -> Any:
    return load_yaml(path.read_text(encoding="utf-8-sig"))


def line_of(value: Any) -> int | None:
    return value.get(LINE) if isinstance(value, dict) else None


def strip_lines(value: Any) -> Any:
    """The same data without the line markers, for handing to code that does not want them."""
    if isinstance(value, dict):
        return {k: strip_lines(v) for k, v in value.items() if k != LINE}
    if isinstance(value, list):
        return [strip_lines(v) for v in value]
    return value

"""YAML reading that remembers line numbers, so configuration errors can say where they are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

LINE = "__line__"


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


def load_yaml(text: str, line_offset: int = 0) -> Any:
    """Parse YAML; on failure raise YamlError carrying the line in the enclosing file."""
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlError(_error_line(exc, text, line_offset), f"invalid YAML: {problem}") from None


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

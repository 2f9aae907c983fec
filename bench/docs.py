"""docs/benchmarks.md is shared by the benchmarks: each rewrites only its own sections."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def write_section(path: Path, heading: str, text: str) -> None:
    """`text` (which starts with `heading`) in place of the file's section under `heading`, up
    to the next `## ` heading, or at the file's end; the rest of the file is kept."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    start = old.find(heading + "\n")
    if start < 0:
        path.write_text(old.rstrip("\n") + "\n\n" + text, encoding="utf-8")
        return
    end = old.find("\n## ", start + len(heading))
    path.write_text(old[:start] + text.rstrip("\n") + "\n" + (old[end:] if end >= 0 else ""), encoding="utf-8")


def machine() -> str:
    """Cores, architecture and processor model (from /proc/cpuinfo where there is one), and Python."""
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))
    except (OSError, StopIteration):
        model = platform.processor() or "unknown processor"
    return f"{os.cpu_count()} cores, {platform.machine()} ({model}), Python {platform.python_version()}"

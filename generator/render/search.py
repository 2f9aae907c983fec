"""The search index: Pagefind, run over the staged pages before they go live.

The extended Pagefind binary (PyPI `pagefind[extended]`) segments Chinese, so a query such
as 降准 or 数字化转型 finds reports whose text never puts spaces between words. Only report
pages are indexed (`data-pagefind-body`), with publisher, topic and year as filters.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path


class SearchIndexError(RuntimeError):
    pass


def available() -> bool:
    return importlib.util.find_spec("pagefind") is not None


def build_index(site: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", "pagefind", "--silent"],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise SearchIndexError(f"pagefind failed: {(result.stderr or result.stdout).strip()[-500:]}")

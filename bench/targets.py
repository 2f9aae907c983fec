"""The targets of issue 7, judged from one benchmark run's rows (see run.py)."""

from __future__ import annotations

OURS = "this generator"
QUIET = "this generator, nothing changed"
EDITED = "this generator, one commentary edited"
MB = 1e6


class Figures:
    """Look-ups into the rows of one run: a tool's figure at a size, or None if not measured."""

    def __init__(self, rows: list[dict]) -> None:
        self._rows = {(row["tool"], row["reports"]): row for row in rows}
        self.sizes = sorted({row["reports"] for row in rows})

    def get(self, tool: str, reports: int, figure: str) -> float | None:
        row = self._rows.get((tool, reports))
        return None if row is None else row.get(figure)


def _row(target: str, shown: str, met: bool) -> str:
    return f"| {target} | {shown} | {'met' if met else '**not met**'} |"


def _size_rows(figures: Figures, n: int) -> list[str]:
    rows = []
    time = figures.get(OURS, n, "seconds")
    hugo = figures.get("Hugo", n, "seconds")
    pelican = figures.get("Pelican", n, "seconds")
    if time is not None and hugo is not None:
        rows.append(_row(f"{n:,}: no slower than Hugo", f"{time:.1f} s against {hugo:.1f} s ({hugo / time:.2f}×)",
                         time <= hugo))
    if n <= 10_000 and time is not None and pelican is not None:
        rows.append(_row(f"{n:,}: at least 6× faster than Pelican",
                         f"{pelican / time:.1f}× ({time:.1f} s against {pelican:.1f} s)", pelican / time >= 6))
    peak, size = figures.get(OURS, n, "peak_mib"), figures.get(OURS, n, "bytes")
    if n >= 100_000 and time is not None and peak is not None and size is not None:
        rows.append(_row(f"{n:,}: within 60 s", f"{time:.1f} s", time <= 60))
        rows.append(_row(f"{n:,}: peak memory ≤ 1.5 GB", f"{peak:.0f} MiB", peak * 2**20 <= 1.5e9))
        rows.append(_row(f"{n:,}: output ≤ 400 MB", f"{size / MB:.0f} MB", size <= 400 * MB))
    quiet, edited = figures.get(QUIET, n, "seconds"), figures.get(EDITED, n, "seconds")
    if quiet is not None:
        rows.append(_row(f"{n:,}: rebuild with nothing changed ≤ 3 s", f"{quiet:.1f} s", quiet <= 3))
    if edited is not None:
        rewritten = figures.get(EDITED, n, "rewritten") or 0
        files = f"{rewritten:,.0f} file{'' if rewritten == 1 else 's'}"
        rows.append(_row(f"{n:,}: one commentary edited ≤ 2 s", f"{edited:.1f} s, {files} rewritten", edited <= 2))
    return rows


def targets_table(figures: Figures) -> str:
    lines = ["| target | figures | verdict |", "|---|---|---|"]
    for n in figures.sizes:
        lines.extend(_size_rows(figures, n))
    return "\n".join(lines)

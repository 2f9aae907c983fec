"""The targets of issue 23, judged from one benchmark run's rows (see run.py).

The default configuration (search on) is what counts; the search-off build has its own time
target. Each figure is printed beside its target, naming the configuration it measured.
"""

from __future__ import annotations

ON = "this generator, search on"
OFF = "this generator, search off"
QUIET = "this generator, search on, nothing changed"
EDITED = "this generator, search on, one commentary edited"
FIRST_EDIT = "this generator, search on, first edit after a full build"
HUGO, PELICAN = "Hugo", "Pelican"
MB, GIB = 1e6, 2**30
LINEAR_SLACK = 1.25  # every larger size may cost at most this much more per report than the smallest


class Figures:
    """Look-ups into the rows of one run: a build's figure at a size, or None if not measured."""

    def __init__(self, rows: list[dict]) -> None:
        self._rows = {(row["tool"], row["reports"]): row for row in rows}
        self.sizes = sorted({row["reports"] for row in rows})

    def get(self, tool: str, reports: int, figure: str) -> float | None:
        row = self._rows.get((tool, reports))
        return None if row is None else row.get(figure)


def _row(target: str, shown: str, met: bool) -> str:
    return f"| {target} | {shown} | {'met' if met else '**not met**'} |"


def _against_hugo(figures: Figures, n: int, tool: str, label: str, most: float) -> list[str]:
    time, hugo = figures.get(tool, n, "seconds"), figures.get(HUGO, n, "seconds")
    if time is None or hugo is None:
        return []
    shown = f"{time:.1f} s against {hugo:.1f} s ({time / hugo:.2f}×)"
    return [_row(f"{n:,}, {label}: ≤ {most:.1f}× Hugo's time", shown, time <= most * hugo)]


def _size_rows(figures: Figures, n: int) -> list[str]:
    rows = _against_hugo(figures, n, ON, "search on", 1.0) + _against_hugo(figures, n, OFF, "search off", 0.5)
    time, pelican = figures.get(ON, n, "seconds"), figures.get(PELICAN, n, "seconds")
    if time is not None and pelican is not None:
        rows.append(_row(f"{n:,}, search on: ≤ 1/8 of Pelican's time",
                         f"{time:.1f} s against {pelican:.1f} s ({time / pelican:.3f}×)", time * 8 <= pelican))
    peak, size = figures.get(ON, n, "peak_mib"), figures.get(ON, n, "bytes")
    if peak is not None:
        rows.append(_row(f"{n:,}, search on: peak memory of the process tree ≤ 1.5 GiB", f"{peak:,.0f} MiB",
                         peak * 2**20 <= 1.5 * GIB))
    if size is not None:
        rows.append(_row(f"{n:,}, search on: published output, search index included, ≤ 500 MB",
                         f"{size / MB:,.0f} MB", size <= 500 * MB))
    quiet, edited = figures.get(QUIET, n, "seconds"), figures.get(EDITED, n, "seconds")
    if quiet is not None:
        rows.append(_row(f"{n:,}, search on: rebuild with nothing changed ≤ 3 s", f"{quiet:.1f} s", quiet <= 3))
    if edited is not None:
        rewritten = figures.get(EDITED, n, "rewritten") or 0
        files = f"{rewritten:,.0f} file{'' if rewritten == 1 else 's'}"
        rows.append(_row(f"{n:,}, search on: rebuild with one commentary edited ≤ 2 s",
                         f"{edited:.1f} s, {files} rewritten", edited <= 2))
    return rows


def per_report_ms(figures: Figures, tool: str) -> dict[int, float]:
    """Wall milliseconds per report of a full build at each size measured."""
    found = {}
    for n in figures.sizes:
        seconds = figures.get(tool, n, "seconds")
        if seconds is not None:
            found[n] = seconds * 1000 / n
    return found


def _linear_rows(figures: Figures) -> list[str]:
    rows = []
    for tool, label in ((ON, "search on"), (OFF, "search off")):
        costs = per_report_ms(figures, tool)
        if len(costs) < 2:
            continue
        smallest, largest = min(costs), max(costs)
        shown = ", ".join(f"{n:,}: {ms:.2f} ms" for n, ms in costs.items())
        rows.append(_row(f"{label}: time per report roughly constant from {smallest:,} to {largest:,} "
                         f"(at every size at most {LINEAR_SLACK}× the smallest size's)", shown,
                         all(cost <= LINEAR_SLACK * costs[smallest] for cost in costs.values())))
    return rows


def targets_table(figures: Figures) -> str:
    lines = ["| target (issue 23) | figures | verdict |", "|---|---|---|"]
    for n in figures.sizes:
        lines.extend(_size_rows(figures, n))
    lines.extend(_linear_rows(figures))
    return "\n".join(lines)

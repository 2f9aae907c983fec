"""The targets of issue 7, judged from one benchmark run's rows (see run.py)."""

from __future__ import annotations


class Figures:
    """Look-ups into the rows of one run: a tool's figure at a size, or None if not measured."""

    def __init__(self, rows: list[dict]) -> None:
        self._rows = {(row["tool"], row["reports"]): row for row in rows}
        self.sizes = sorted({row["reports"] for row in rows})

    def get(self, tool: str, reports: int, figure: str) -> float | None:
        row = self._rows.get((tool, reports))
        return None if row is None else row.get(figure)


def _verdict(ok: bool | None) -> str:
    return "not measured" if ok is None else ("met" if ok else "**not met**")


def _check(value: float | None, limit: float | None, text: str) -> tuple[str, str]:
    if value is None or limit is None:
        return text, _verdict(None)
    return text, _verdict(value <= limit)


def targets_table(figures: Figures) -> str:
    ours, quiet, edited = "this generator", "this generator, nothing changed", "this generator, one commentary edited"
    lines = ["| target | figures | verdict |", "|---|---|---|"]
    for n in figures.sizes:
        time = figures.get(ours, n, "seconds")
        hugo = figures.get("Hugo", n, "seconds")
        pelican = figures.get("Pelican", n, "seconds")
        rows = []
        if time is not None and hugo is not None:
            rows.append((f"{n:,}: no slower than Hugo", f"{time:.1f} s against {hugo:.1f} s "
                         f"({hugo / time:.2f}×)", _verdict(time <= hugo)))
        if n <= 10_000 and time is not None and pelican is not None:
            rows.append((f"{n:,}: at least 6× faster than Pelican", f"{pelican / time:.1f}× ({time:.1f} s against "
                         f"{pelican:.1f} s)", _verdict(pelican / time >= 6)))
        if n >= 100_000:
            peak = figures.get(ours, n, "peak_mib")
            size = figures.get(ours, n, "bytes")
            for text, value, limit, shown in (
                ("within 60 s", time, 60.0, f"{time or 0:.1f} s"),
                ("peak memory ≤ 1.5 GB", peak, 1500 * 1e6 / 2**20, f"{peak or 0:.0f} MiB"),
                ("output ≤ 400 MB", size, 400e6, f"{(size or 0) / 1e6:.0f} MB"),
            ):
                label, verdict = _check(value, limit, f"{n:,}: {text}")
                rows.append((label, shown, verdict))
        for label, tool, limit in (("rebuild with nothing changed ≤ 3 s", quiet, 3.0),
                                   ("one commentary edited ≤ 2 s", edited, 2.0)):
            value = figures.get(tool, n, "seconds")
            if value is not None:
                shown = f"{value:.1f} s"
                if tool == edited:
                    shown += f", {figures.get(tool, n, 'rewritten') or 0:,.0f} files rewritten"
                rows.append((f"{n:,}: {label}", shown, _verdict(value <= limit)))
        lines.extend(f"| {a} | {b} | {c} |" for a, b, c in rows)
    return "\n".join(lines)

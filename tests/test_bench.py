"""The benchmark's logic that needs no timing: the verdicts of issue 23's targets from given
figures, the build commands (with `--cache` only when the build offers it), the search-off
content folder, what counts as published output, and the order builds run in."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bench.run import (
    build_help,
    cold_builds,
    has_cache_option,
    ours_command,
    search_off_copy,
    set_search,
    table,
    tree_size,
)
from bench.synth import synthesise
from bench.targets import EDITED, HUGO, OFF, ON, PELICAN, QUIET, Figures, per_report_ms, targets_table


def row(tool: str, reports: int, seconds: float, **extra: object) -> dict:
    return {"tool": tool, "reports": reports, "seconds": seconds, "low": seconds, "high": seconds, "runs": 1,
            "user": seconds, "system": 0.5, "peak_mib": 0.0, "files": 0, "bytes": 0, **extra}


def verdicts(rows: list[dict]) -> dict[str, str]:
    """Each target's line of the table, by target, as `figures | verdict`."""
    found = {}
    for line in targets_table(Figures(rows)).splitlines()[2:]:
        target, figures, verdict = (cell.strip() for cell in line.strip("| ").split(" | "))
        found[target] = f"{figures} | {verdict}"
    return found


def at_10k(on: float, off: float, hugo: float, pelican: float) -> list[dict]:
    return [row(ON, 10_000, on, peak_mib=900.0, bytes=120e6), row(OFF, 10_000, off), row(HUGO, 10_000, hugo),
            row(PELICAN, 10_000, pelican)]


def test_the_10k_targets_are_met_when_search_on_matches_hugo_and_search_off_halves_it() -> None:
    found = verdicts(at_10k(on=20.0, off=10.0, hugo=20.0, pelican=160.0))
    assert found["10,000, search on: ≤ 1.0× Hugo's time"] == "20.0 s against 20.0 s (1.00×) | met"
    assert found["10,000, search off: ≤ 0.5× Hugo's time"] == "10.0 s against 20.0 s (0.50×) | met"
    assert found["10,000, search on: ≤ 1/8 of Pelican's time"] == "20.0 s against 160.0 s (0.125×) | met"


def test_each_10k_target_fails_on_its_own_figure() -> None:
    found = verdicts(at_10k(on=20.1, off=10.1, hugo=20.0, pelican=160.0))
    assert found["10,000, search on: ≤ 1.0× Hugo's time"].endswith("**not met**")
    assert found["10,000, search off: ≤ 0.5× Hugo's time"].endswith("**not met**")
    assert found["10,000, search on: ≤ 1/8 of Pelican's time"].endswith("**not met**")


def test_the_100k_memory_output_and_rebuild_targets_judge_the_search_on_build() -> None:
    rows = [row(ON, 100_000, 90.0, peak_mib=1536.0, bytes=500e6), row(OFF, 100_000, 40.0, peak_mib=9000.0, bytes=9e9),
            row(HUGO, 100_000, 95.0), row(QUIET, 100_000, 3.0), row(EDITED, 100_000, 2.1, rewritten=7)]
    found = verdicts(rows)
    assert found["100,000, search on: peak memory of the process tree ≤ 1.5 GiB"] == "1,536 MiB | met"
    assert found["100,000, search on: published output, search index included, ≤ 500 MB"] == "500 MB | met"
    assert found["100,000, search on: rebuild with nothing changed ≤ 3 s"] == "3.0 s | met"
    assert found["100,000, search on: rebuild with one commentary edited ≤ 2 s"] == "2.1 s, 7 files rewritten | **not met**"
    rows[0] = row(ON, 100_000, 90.0, peak_mib=1537.0, bytes=501e6)
    found = verdicts(rows)
    assert found["100,000, search on: peak memory of the process tree ≤ 1.5 GiB"].endswith("**not met**")
    assert found["100,000, search on: published output, search index included, ≤ 500 MB"].endswith("**not met**")


def test_a_target_whose_figures_were_not_measured_is_left_out() -> None:
    found = verdicts([row(ON, 10_000, 20.0, peak_mib=800.0, bytes=1e8)])
    assert not any("Hugo" in target or "Pelican" in target or "rebuild" in target for target in found)


def test_growth_is_judged_by_the_time_per_report_of_each_configuration() -> None:
    rows = [row(ON, 10_000, 20.0), row(ON, 30_000, 60.0), row(ON, 100_000, 250.0),
            row(OFF, 10_000, 10.0), row(OFF, 30_000, 27.0), row(OFF, 100_000, 120.0)]
    assert per_report_ms(Figures(rows), ON) == {10_000: 2.0, 30_000: 2.0, 100_000: 2.5}
    found = verdicts(rows)
    on = next(value for target, value in found.items() if target.startswith("search on: time per report"))
    off = next(value for target, value in found.items() if target.startswith("search off: time per report"))
    assert on == "10,000: 2.00 ms, 30,000: 2.00 ms, 100,000: 2.50 ms | met"  # 1.25× the smallest size's
    assert off.endswith("100,000: 1.20 ms | met")
    rows[2] = row(ON, 100_000, 251.0)
    assert next(v for t, v in verdicts(rows).items() if t.startswith("search on: time")).endswith("**not met**")
    rows[2], rows[1] = row(ON, 100_000, 200.0), row(ON, 30_000, 90.0)  # a middle size out of line counts too
    assert next(v for t, v in verdicts(rows).items() if t.startswith("search on: time")).endswith("**not met**")


def test_the_results_table_names_the_configuration_and_the_cost_per_report() -> None:
    text = table([row(ON, 10_000, 25.0), row(OFF, 10_000, 5.0), row(QUIET, 10_000, 1.0)])
    assert "| 10,000 | this generator, search on | 25.0 s | 2.50 ms | 25.0–25.0 s | 1 | 25.0 + 0.5 s |" in text
    assert "| 10,000 | this generator, search off | 5.0 s | 0.50 ms |" in text
    assert "| 10,000 | this generator, search on, nothing changed | 1.0 s |  |" in text


@pytest.mark.parametrize(("help_text", "offered"), [
    ("usage: python -m generator build [-h] [--content CONTENT] [--cache CACHE] [--out OUT]", True),
    ("usage: python -m generator build [-h] [--content CONTENT] [--out OUT]\n  --cache-dir D  elsewhere", False),
])
def test_cache_is_passed_only_when_the_build_offers_it(help_text: str, offered: bool) -> None:
    assert has_cache_option(help_text) is offered


def test_the_real_build_help_is_read_and_the_command_follows_it(tmp_path: Path) -> None:
    offered = has_cache_option(build_help())
    command = ours_command(tmp_path / "content", tmp_path / "site", tmp_path / "cache" if offered else None)
    assert command[-2:] == (["--cache", str(tmp_path / "cache")] if offered else ["--out", str(tmp_path / "site")])


def test_the_search_off_content_links_the_listings_and_keeps_its_own_settings_and_commentary(tmp_path: Path) -> None:
    content = tmp_path / "content"
    synthesise(content, 300)
    set_search(content, on=True)
    search_off_copy(content, tmp_path / "off")
    listings = sorted((content / "listings").iterdir())
    assert listings and all((tmp_path / "off" / "listings" / f.name).stat().st_ino == f.stat().st_ino for f in listings)
    assert (content / "site.yaml").read_text(encoding="utf-8") == "search: true\n"
    assert (tmp_path / "off" / "site.yaml").read_text(encoding="utf-8") == "search: false\n"
    note = sorted((content / "commentary").iterdir())[0]
    note.write_text("edited\n", encoding="utf-8")
    assert (tmp_path / "off" / "commentary" / note.name).read_text(encoding="utf-8") != "edited\n"


def test_published_output_leaves_out_hidden_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "search" / "data").mkdir(parents=True)
    (tmp_path / "search" / "data" / "manifest.json").write_bytes(b"x" * 10)
    (tmp_path / "index.html").write_bytes(b"y" * 5)
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "state.json").write_bytes(b"z" * 100)
    (tmp_path / ".build-state").write_bytes(b"w")
    assert tree_size(tmp_path) == (2, 15)


def test_each_tool_builds_untimed_first_then_the_timed_rounds_take_turns(tmp_path: Path) -> None:
    """The warm-up builds (into their own folders) come before any timed one and are not
    counted; the timed rounds take turns, one build of each tool per round; then one more
    each for memory. Each "tool" here is a real process that writes its site and logs its run."""
    log = tmp_path / "log"

    def tool(name: str):
        def build(run: str) -> tuple[list[str], Path, Path]:
            out = tmp_path / f"{name}-{run}"
            code = (f"import pathlib; pathlib.Path({str(out)!r}).mkdir(); "
                    f"pathlib.Path({str(out)!r}, 'index.html').write_text('x'); "
                    f"open({str(log)!r}, 'a').write({name + ' ' + run!r} + '\\n')")
            return [sys.executable, "-c", code], tmp_path, out
        return build

    rows = cold_builds(10, {"a": tool("a"), "b": tool("b")}, runs=2, idle_wait=0, warmup=1)
    assert log.read_text().split("\n")[:-1] == ["a warmup0", "b warmup0", "a 0", "b 0", "a 1", "b 1",
                                                "a memory", "b memory"]
    assert [(r["tool"], r["runs"], r["files"]) for r in rows] == [("a", 2, 1), ("b", 2, 1)]


def test_the_cpu_time_of_a_build_counts_the_processes_it_starts(tmp_path: Path) -> None:
    """A build's CPU time is its whole process tree's: here the "tool" spends none itself and
    starts a process that spends 0.3 s of CPU; its wall time includes a sleep that costs none."""
    burn = "import time\nstart = time.process_time()\nwhile time.process_time() - start < 0.3: pass\n"

    def build(run: str) -> tuple[list[str], Path, Path]:
        out = tmp_path / f"site-{run}"
        code = (f"import pathlib, subprocess, sys, time; subprocess.run([sys.executable, '-c', {burn!r}], check=True); "
                f"time.sleep(0.5); pathlib.Path({str(out)!r}).mkdir()")
        return [sys.executable, "-c", code], tmp_path, out

    [measured] = cold_builds(10, {"burner": build}, runs=1, idle_wait=0, warmup=0)
    assert measured["user"] + measured["system"] >= 0.3
    assert measured["seconds"] >= measured["user"] + measured["system"] + 0.4  # (the sleep: wall, not CPU)

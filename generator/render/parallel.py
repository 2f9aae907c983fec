"""Render pages across processes: keying and Jinja2 rendering are CPU-bound and Python runs
them on one core, so large sites are split into chunks handled by forked workers.

Workers inherit the environment and the plan through fork (nothing is pickled but chunk
bounds and each file's manifest entry), key each page, render only pages whose key changed
and write straight into the staging directory; paths never overlap. The other files (feeds,
sitemaps, static files, the search index) are one more unit of work, handed out first, so a
worker makes them while the other renders pages.

Each report is on many pages: its own, its term and week lists, its neighbours' related
lists. Its key digest and list entries are made once per process that shows it, which with
forked workers means once in every worker. So before the pages, the workers share out the
reports, make those, and hand them to the parent, whose next workers inherit them. (On a big
site the digests are made already, while the site was planned: see keys.digests_aside.)
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from functools import partial

from jinja2 import Environment, TemplateError

from generator.manifest import Entry
from generator.model import Report
from generator.plan import FileOut, PageOut
from generator.planrecord import Recorded, Recorder
from generator.render.html import ReportFragment, render_page
from generator.render.keys import Keyer
from generator.workers import WORKERS, forked_pool
from generator.write import StagedOutput

PARALLEL_FROM = 3000
CHUNK = 400
_RENDER_ERRORS = (TemplateError, ArithmeticError, LookupError, TypeError, ValueError, AttributeError)


class RenderError(RuntimeError):
    """A template failed; the message says where."""


def render_failure(exc: Exception, page_path: str, template: str) -> RenderError:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(".html")]
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else template
    return RenderError(f"{where}: error: rendering {page_path} failed: {type(exc).__name__}: {exc}")


_state: tuple[Environment, Keyer, Sequence[PageOut], Sequence[FileOut], StagedOutput, Recorder | None] | None = None
_shared: tuple[tuple[ReportFragment, ...], Keyer, Sequence[Report], bool] | None = None
Staged = list[tuple[str, Entry, bool]]
OTHERS = -1  # the chunk number of the other files


def _render(env: Environment, page: PageOut) -> bytes:
    try:
        return render_page(env, page.template, page.path, page.context)
    except _RENDER_ERRORS as exc:
        raise render_failure(exc, page.path, page.template) from None


def _prepare(span: tuple[int, int]) -> list[tuple[str, tuple[str, ...]]]:
    assert _shared is not None
    fragments, keyer, reports, entries = _shared
    made: list[tuple[str, tuple[str, ...]]] = []
    for report in reports[span[0]:span[1]]:
        htmls = []
        for fragment in fragments if entries else ():
            try:
                htmls.append(str(fragment(report)))
            except _RENDER_ERRORS as exc:
                raise render_failure(exc, f"the list entry of report {report.id}", fragment.template) from None
        made.append((keyer.digest(report), tuple(htmls)))
    return made


def _share_reports(env: Environment, keyer: Keyer, reports: Sequence[Report], entries: bool) -> None:
    """Every report's key digest not known yet, and with `entries` its list entries, made by the
    workers and kept in the parent. (A rebuild renders few lists: it asks for no entries.)"""
    global _shared
    if not entries and all(keyer.knows(report) for report in reports):
        return  # (made while the site was planned: see keys.digests_aside)
    # (every fragment the environment renders once per report: a list entry's head and whole)
    fragments = tuple(f for f in env.filters.values() if isinstance(f, ReportFragment))
    _shared = (fragments, keyer, reports, entries)
    spans = [(start, min(start + CHUNK * 4, len(reports))) for start in range(0, len(reports), CHUNK * 4)]
    try:
        with forked_pool() as pool:
            for (start, end), made in zip(spans, pool.imap(_prepare, spans), strict=True):
                for report, (digest, htmls) in zip(reports[start:end], made, strict=True):
                    keyer.remember(report, digest)
                    for fragment, html in zip(fragments, htmls, strict=False):  # (none without entries)
                        fragment.remember(report, html)
    finally:
        _shared = None


def _render_range(chunk: tuple[int, int, int]) -> tuple[Staged, list[Recorded]]:
    """A chunk's pages (or the other files) keyed and made where their key changed, and each
    recorded for the plan record (see planrecord.py) as it is keyed."""
    assert _state is not None
    env, keyer, pages, others, output, recorder = _state
    number, start, end = chunk
    if number == OTHERS:
        recorded = recorder.files(others) if recorder else []  # (before the files are made)
        return [output.make(path, keyer.key(path, *parts), make) for path, parts, make in others], recorded
    staged, recorded = [], []
    for page in pages[start:end]:
        page.complete()
        if recorder:
            recorded.append(recorder.pickled(page))
        staged.append(output.make(page.path, keyer.page(page), partial(_render, env, page)))
    return staged, recorded


def render_all(env: Environment, keyer: Keyer, pages: Sequence[PageOut], others: Sequence[FileOut],
               output: StagedOutput, reports: Sequence[Report], recorder: Recorder | None = None,
               progress: Callable[[int], None] = lambda done: None) -> list[Recorded]:
    """Key every page and other file and make those whose inputs changed into `output`, in
    parallel when there are enough pages to gain. `reports` are those the pages show (their
    digests and list entries are shared out first). With a `recorder`, every page and every
    group of other files holding reports, pickled for the plan record."""
    global _state
    # Each page template compiled here, once, rather than by every forked worker on first use.
    first_of = {page.template: page for page in reversed(pages)}
    for template, page in first_of.items():
        try:
            env.get_template(template)
        except _RENDER_ERRORS as exc:
            raise render_failure(exc, page.path, template) from None
    _state = (env, keyer, pages, others, output, recorder)
    # Handed out last chunk first: the site's list pages come after its report pages and
    # cost several times as much each, so the cheap report chunks are left to even out the end.
    chunks = [(number, start, min(start + CHUNK, len(pages)))
              for number, start in enumerate(range(0, len(pages), CHUNK))]
    bounds = [(OTHERS, 0, 0), *chunks[::-1]]
    try:
        if len(pages) < PARALLEL_FROM or WORKERS < 2:
            results = []
            for chunk in bounds:
                results.append(_render_range(chunk))
                progress(chunk[2])
        else:
            _share_reports(env, keyer, reports, entries=not output.previous)
            output.previous.whole()  # (every shard of the manifest read here once, not by each worker)
            with forked_pool() as pool:
                results, done = [], 0
                for (_, start, end), result in zip(bounds, pool.imap(_render_range, bounds), strict=True):
                    results.append(result)
                    done += end - start
                    progress(done)
    finally:
        _state = None
    recorded = []
    for staged, chunk_recorded in results:
        for entry in staged:
            output.record(*entry)
        recorded.extend(chunk_recorded)
    return recorded

"""Command line: build, serve, check, export, fetch (`python -m generator --help`)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from generator.config import base_url_problem
from generator.diagnostics import Diagnostics, debugging, internal_error
from generator.i18n import tr, use_site_language
from generator.inputs import TEMPLATES, prescan_build_inputs, refused_inputs
from generator.write import UnsafeOutput


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (("build", "build the site"), ("serve", "build, serve on localhost, rebuild on change"),
                            ("check", "validate the content only"), ("export", "JSON Lines of normalised reports"),
                            ("verify", "check a built site's links and feeds as served at --base-url"),
                            ("queue", "reports new since the last edition (or --since) without commentary"),
                            ("new", "start a commentary file for a report")):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--content", type=Path, default=Path("content"), help="content directory")
        command.add_argument("--strict", action="store_true", help="treat warnings as errors")
        if name in ("build", "serve", "verify"):
            command.add_argument("--out", type=Path, default=Path("site"), help="output directory")
            command.add_argument("--base-url", help="public URL of the site, e.g. https://user.github.io/repo/")
            command.add_argument("--templates", type=Path, default=TEMPLATES, help="templates directory")
        if name in ("build", "serve"):
            command.add_argument("--cache", type=Path, help="build cache directory, never inside --out "
                                 "(default: .digest-cache beside the content directory)")
        if name == "serve":
            command.add_argument("--port", type=int, default=8000)
            command.add_argument("--host", default="127.0.0.1",
                                 help="address to listen on; 0.0.0.0 lets a phone on the same network preview")
        if name == "queue":
            since = command.add_mutually_exclusive_group()
            since.add_argument("--since", type=_day, metavar="DATE", help="reports first seen on or after DATE")
            since.add_argument("--since-edition", action="store_true",
                               help="reports first seen after the last edition's week (the default)")
            command.add_argument("--sort", choices=("date", "views"), default="date")
            command.add_argument("--all", action="store_true", help="list reports with commentary too")
        if name == "new":
            command.add_argument("report", metavar="REPORT",
                                 help="id, listed or clean title, page URL (…/reports/<id>/) or source URL")
    from generator.fetch import add_arguments as add_fetch_arguments

    add_fetch_arguments(commands.add_parser("fetch", help="fetch new listings from content/sources.yaml, politely"))
    return parser


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("{value!r} is not a date like 2023-10-12", value=text)) from None


def _finish(diagnostics: Diagnostics, strict: bool) -> int:
    diagnostics.print()
    errors, warnings = len(diagnostics.errors), len(diagnostics.warnings)
    if diagnostics.failed(strict):
        if strict and warnings:
            print(tr("Failed: {errors} error(s) and {warnings} warning(s) (--strict).", errors=errors,
                     warnings=warnings), file=sys.stderr)
        else:
            print(tr("Failed: {errors} error(s).", errors=errors), file=sys.stderr)
        return 1
    return 0


def _verify(out: Path, base_url: str | None) -> int:
    from generator.verify import verify

    if not base_url:
        print("verify: error: --base-url is required (the URL the site is served at)", file=sys.stderr)
        return 2
    problems = verify(out, base_url if base_url.endswith("/") else base_url + "/")
    for problem in problems:
        print(f"{out}/{problem}", file=sys.stderr)
    print(f"verify: {len(problems)} problem(s) in {out}", file=sys.stderr)
    return 1 if problems else 0


def _today_problem() -> str | None:
    """A message when DIGEST_TODAY (the day builds take as today) is set but not a date."""
    from generator.commentary import TODAY_VARIABLE

    value = os.environ.get(TODAY_VARIABLE, "").strip()
    try:
        dt.date.fromisoformat(value) if value else None
    except ValueError:
        return tr("{variable}: error: {value!r} is not a date like 2023-10-12", variable=TODAY_VARIABLE, value=value)
    return None


INTERNAL_ERROR = 70  # EX_SOFTWARE: the generator, not the content, is at fault


def main(argv: list[str] | None = None) -> int:
    """Run a command; a bug shows as one line and exit code 70, never a traceback (unless
    GENERATOR_DEBUG=1). Content problems never get here: they are diagnostics."""
    args = _parser().parse_args(argv)
    base_url = getattr(args, "base_url", None)
    if base_url is not None and (problem := base_url_problem(base_url)):
        print(f"--base-url: error: {problem}", file=sys.stderr)
        return 2
    try:
        return _run(args)
    except BrokenPipeError:
        raise  # the reader of our output went away: `python -m generator` ends quietly
    except OSError as exc:  # the file system refused: a full disk, a read-only or missing directory
        print(f"python -m generator {args.command}: error: {exc.strerror or exc}: {exc.filename or ''}",
              file=sys.stderr)
        return 1
    except Exception as exc:
        if debugging():
            raise
        print(f"python -m generator {args.command}: {internal_error(exc)}", file=sys.stderr)
        return INTERNAL_ERROR


def _run(args: argparse.Namespace) -> int:
    if args.command == "verify":
        return _verify(args.out, args.base_url)
    if args.command == "fetch":
        from generator.fetch.command import run as fetch

        use_site_language(args.content.resolve())
        return fetch(args)
    content: Path = args.content.resolve()
    diagnostics = Diagnostics(root=content)
    if not content.is_dir():
        print(tr("{path}: error: content directory not found", path=args.content), file=sys.stderr)
        return 2
    use_site_language(content)
    if problem := _today_problem():
        print(problem, file=sys.stderr)
        return 2
    if args.command == "serve":
        from generator.serve import serve

        return serve(content, args.out, args.templates, args.port, args.strict, args.host, cache=args.cache)
    if args.command in ("queue", "new"):
        return _editor_command(args, content, diagnostics)
    if args.command == "build":
        scanned = prescan_build_inputs(content, args.templates, args.out, args.cache)  # while the rest is imported
        from generator.build import build, summarise_counts
        from generator.render.parallel import RenderError

        try:
            result = build(content, args.out, args.base_url, diagnostics, args.strict, args.templates,
                           scanned=scanned, cache=args.cache)
        except UnsafeOutput as exc:
            print(f"{args.out}: error: {exc}", file=sys.stderr)
            return 2
        except RenderError as exc:
            diagnostics.print()
            print(f"{exc}\n" + tr("Failed: the previous site in {out} was left as it was.", out=args.out),
                  file=sys.stderr)
            return 1
        status = _finish(diagnostics, args.strict)
        if result and result.overview is None:
            print(tr("{out} is up to date (content, templates and options unchanged)", out=args.out),
                  file=sys.stderr)
        elif result:
            summarise_counts(result.overview.counts, result.overview.reports)
            print(result.summary(), file=sys.stderr)
        return status
    from generator.build import summarise_counts
    from generator.digest import commentary_summary, load_digest
    from generator.export import export_lines

    if refused_inputs(content, diagnostics):  # links out of the content, FIFOs: never read
        return _finish(diagnostics, args.strict)
    if args.command == "check":
        from generator.fetch.sources import check_sources

        check_sources(content, diagnostics)
    digest = load_digest(content, diagnostics)
    status = _finish(diagnostics, args.strict)
    summarise_counts(digest.counts, len(digest.reports))
    if args.command == "check":
        print(commentary_summary(digest), file=sys.stderr)
    if args.command == "export" and status == 0:
        for line in export_lines(digest):
            sys.stdout.write(json.dumps(line, ensure_ascii=False, sort_keys=False) + "\n")
    return status


def _editor_command(args: argparse.Namespace, content: Path, diagnostics: Diagnostics) -> int:
    """`queue` and `new`: they read the content as `check` does; its errors are shown, but
    only stop `new` when they leave it no report to choose."""
    from generator.digest import load_digest

    digest = load_digest(content, diagnostics)
    diagnostics.print()
    if args.command == "queue":
        from generator.queue import make_queue, queue_text

        queue = make_queue(digest, content, args.since, True, args.sort, args.all)
        sys.stdout.write(queue_text(queue))
        return 1 if diagnostics.errors else 0
    from generator.newnote import start_note

    outcome = start_note(digest, content, args.report)
    print(outcome.message, file=sys.stderr if outcome.path is None else sys.stdout)
    for report in outcome.candidates:
        print(f"  {report.id}  {report.title}\n    python -m generator new {report.id}", file=sys.stderr)
    return 0 if outcome.path else 1

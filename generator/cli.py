"""Command line: build, serve, check, export (`python -m generator --help`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from generator.diagnostics import Diagnostics, debugging, internal_error
from generator.inputs import TEMPLATES, prescan_build_inputs, refused_inputs
from generator.render.urls import base_url_problem
from generator.write import UnsafeOutput


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (("build", "build the site"), ("serve", "build, serve on localhost, rebuild on change"),
                            ("check", "validate the content only"), ("export", "JSON Lines of normalised reports"),
                            ("verify", "check a built site's links and feeds as served at --base-url")):
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
    return parser


def _finish(diagnostics: Diagnostics, strict: bool) -> int:
    diagnostics.print()
    errors, warnings = len(diagnostics.errors), len(diagnostics.warnings)
    if diagnostics.failed(strict):
        reason = f"{errors} error(s)" + (f" and {warnings} warning(s) (--strict)" if strict and warnings else "")
        print(f"Failed: {reason}.", file=sys.stderr)
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
    content: Path = args.content.resolve()
    diagnostics = Diagnostics(root=content)
    if not content.is_dir():
        print(f"{args.content}: error: content directory not found", file=sys.stderr)
        return 2
    if args.command == "serve":
        from generator.serve import serve

        return serve(content, args.out, args.templates, args.port, args.strict, cache=args.cache)
    if args.command == "build":
        scanned = prescan_build_inputs(content, args.templates, args.out, args.cache)  # while the rest is imported
        from generator.build import RenderError, build, summarise_counts

        try:
            result = build(content, args.out, args.base_url, diagnostics, args.strict, args.templates,
                           scanned=scanned, cache=args.cache)
        except UnsafeOutput as exc:
            print(f"{args.out}: error: {exc}", file=sys.stderr)
            return 2
        except RenderError as exc:
            diagnostics.print()
            print(f"{exc}\nFailed: the previous site in {args.out} was left as it was.", file=sys.stderr)
            return 1
        status = _finish(diagnostics, args.strict)
        if result and result.commentary_only:
            print(f"Commentary text changed: {result.rewritten} file(s) rewritten in {result.seconds:.1f} s",
                  file=sys.stderr)
        elif result and result.digest is None:
            print(f"{args.out} is up to date (content, templates and options unchanged)", file=sys.stderr)
        elif result:
            summarise_counts(result.digest)
            print(result.summary(), file=sys.stderr)
        return status
    from generator.build import summarise_counts
    from generator.digest import load_digest
    from generator.export import export_lines

    if refused_inputs(content, diagnostics):  # links out of the content, FIFOs: never read
        return _finish(diagnostics, args.strict)
    digest = load_digest(content, diagnostics)
    status = _finish(diagnostics, args.strict)
    summarise_counts(digest)
    if args.command == "export" and status == 0:
        for line in export_lines(digest):
            sys.stdout.write(json.dumps(line, ensure_ascii=False, sort_keys=False) + "\n")
    return status

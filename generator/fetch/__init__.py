"""Fetching listings: the ingest side's first step, `python -m generator fetch`.

`sources.py` reads `content/sources.yaml`; `client.py` makes polite HTTP requests;
`captures.py` saves responses unchanged with a capture log; `known.py` reads captures the
way the build does, to tell new reports from known ones; `command.py` runs it all.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `fetch` command's arguments (here, so that building the parser imports no HTTP stack)."""
    parser.add_argument("sources", nargs="*", metavar="SOURCE", help="sources to fetch (default: all)")
    parser.add_argument("--content", type=Path, default=Path("content"), help="content directory")
    parser.add_argument("--dry-run", action="store_true", help="show what would be fetched; send nothing")
    parser.add_argument("--contact", help="URL or e-mail for the User-Agent (overrides sources.yaml)")
    parser.add_argument("--summary", type=Path, metavar="FILE",
                        help="append a Markdown summary to FILE (e.g. $GITHUB_STEP_SUMMARY)")

"""Staged output: folders made ahead by a forked process, files written by whoever renders them."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.cachedir import BuildCache
from generator.write import StagedOutput, UnsafeOutput


def test_pages_land_in_folders_made_ahead_or_made_by_the_writer_and_nothing_escapes(tmp_path: Path) -> None:
    output = StagedOutput(tmp_path / "site", BuildCache(tmp_path / "cache", tmp_path / "site"))
    # The folder maker stops at the unsafe path, so `late/` is left to the writer.
    output.make_folders(["reports/early/index.html", "../escape/index.html", "reports/late/index.html"])
    output.folders_made()
    assert (output.staging / "reports" / "early").is_dir()
    assert not (output.staging / "reports" / "late").exists()
    for relative in ("reports/early/index.html", "reports/late/index.html", "feed.xml"):
        output.record(*output.stage(relative, relative.encode(), "key"))
    with pytest.raises(UnsafeOutput):
        output.stage("../escape/index.html", b"x", "key")
    output.commit("fingerprint")
    site = tmp_path / "site"
    assert (site / "reports" / "late" / "index.html").read_bytes() == b"reports/late/index.html"
    assert (site / "reports" / "early" / "index.html").read_bytes() == b"reports/early/index.html"
    deadline = time.monotonic() + 30  # the previous site is removed in the background
    while time.monotonic() < deadline and len(list(tmp_path.iterdir())) > 2:
        time.sleep(0.05)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "site"]


def test_an_abandoned_build_stops_its_folder_maker_and_leaves_nothing(tmp_path: Path) -> None:
    output = StagedOutput(tmp_path / "site", BuildCache(tmp_path / "cache", tmp_path / "site"))
    output.make_folders(f"reports/{number:05d}/index.html" for number in range(20_000))
    output.abandon()
    assert [p.name for p in tmp_path.iterdir()] == ["cache"]
    assert [p.name for p in (tmp_path / "cache").rglob("gen-*")] == [], "no cache of the abandoned build"

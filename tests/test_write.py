"""Staged output: folders made ahead by a forked process, files written by whoever renders them."""

from __future__ import annotations

import signal
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


class _FailedAside:
    """A forked process that died before sending its result (see workers.Aside)."""

    def __init__(self, function: object) -> None:
        pass

    def result(self) -> None:
        return None

    def close(self) -> None:
        pass


def _publish(tmp_path: Path, files: dict[str, bytes]) -> StagedOutput:
    output = StagedOutput(tmp_path / "site", BuildCache(tmp_path / "cache", tmp_path / "site"))
    output.spare_ready()
    for relative, data in files.items():
        output.record(*output.make(relative, f"{relative}:{data!r}", lambda data=data: data))
    output.commit("fingerprint")
    return output


@pytest.mark.parametrize("forked", [True, False])
def test_the_spare_is_brought_up_to_the_live_site_by_a_forked_process_or_else_by_the_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked: bool) -> None:
    _publish(tmp_path, {"index.html": b"one", "reports/a/index.html": b"a", "reports/b/index.html": b"b"})
    _publish(tmp_path, {"index.html": b"two", "reports/a/index.html": b"a", "reports/b/index.html": b"b"})
    spare = tmp_path / ".site.spare"  # the first site, kept for the third build to stage in
    assert (spare / "index.html").read_bytes() == b"one"
    (spare / "planted.html").write_bytes(b"<script>planted</script>")
    (spare / "reports" / "b" / "index.html").unlink()
    if not forked:
        monkeypatch.setattr("generator.write.Aside", _FailedAside)
    interrupt = signal.getsignal(signal.SIGINT)
    output = StagedOutput(tmp_path / "site", BuildCache(tmp_path / "cache", tmp_path / "site"))
    output.spare_ready()
    assert signal.getsignal(signal.SIGINT) is interrupt, "Ctrl-C still reaches the build"
    staged = sorted(p.relative_to(output.staging).as_posix() for p in output.staging.rglob("*") if p.is_file())
    assert staged == ["index.html", "reports/a/index.html", "reports/b/index.html"]
    assert (output.staging / "index.html").read_bytes() == b"two"  # linked in from the live site
    output.abandon()

"""Whatever kills a build, the output is the previous site or the new one, byte for byte;
and only one build at a time writes an output directory."""

from __future__ import annotations

import fcntl
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_content, run_cli

META = "    浏览量{views}人已浏览 发布时间{date} 3页 推荐指数3星级\n\n"


def _listing(count: int, words: str) -> str:
    return "".join(f"  • 中信证券:{words}第{i}份行业跟踪报告(3页).pdf\n\n    {words}跟踪。\n\n"
                   + META.format(views=i % 97, date=f"2022-{i % 12 + 1:02d}-{i % 28 + 1:02d}") for i in range(count))


def _site(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def _start(content: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "generator", "build", "--content", str(content),
                             "--out", str(out)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def _kill_build(process: subprocess.Popen[bytes], after: float) -> None:
    """SIGKILL the build and the workers it forked (its process group) after `after` seconds,
    unless it has finished by then."""
    try:
        process.wait(timeout=after)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    process.stderr.close()


def _two_versions(tmp_path: Path, listing: str, count: int, search: bool) -> tuple[Path, Path, Path]:
    """Content in two states (`first` and `second`, a listing changed) with each built fresh."""
    content = copy_content(tmp_path)
    if not search:
        config = content / "site.yaml"
        config.write_text(config.read_text(encoding="utf-8").replace("search: true", "search: false"),
                          encoding="utf-8")
    (content / "listings" / listing).write_text(_listing(count, "甲"), encoding="utf-8")
    first = tmp_path / "first"
    assert run_cli("build", "--content", str(content), "--out", str(first)).returncode == 0
    (content / "listings" / listing).write_text(_listing(count + 7, "乙"), encoding="utf-8")
    second = tmp_path / "second"
    assert run_cli("build", "--content", str(content), "--out", str(second)).returncode == 0
    return content, first, second


@pytest.mark.parametrize(("count", "search", "runs"), [(0, True, 25), (300, False, 25)],
                         ids=["sample-with-search-index", "bigger-synthetic"])
def test_a_build_killed_at_any_moment_leaves_the_old_site_or_the_new_one(
        tmp_path: Path, count: int, search: bool, runs: int) -> None:
    listing = "zz-synthetic.txt"
    content, first, second = _two_versions(tmp_path, listing, count, search)
    versions = {"first": _site(first), "second": _site(second)}
    texts = {"first": _listing(count, "甲"), "second": _listing(count + 7, "乙")}
    out = tmp_path / "site"
    assert run_cli("build", "--content", str(content), "--out", str(out)).returncode == 0
    (content / "listings" / listing).write_text(texts["first"], encoding="utf-8")
    started = time.monotonic()  # a rebuild's length, to spread the kills over
    assert run_cli("build", "--content", str(content), "--out", str(out)).returncode == 0
    duration, state = time.monotonic() - started, "first"
    rng = random.Random(f"kill-{count}")
    seen: set[bool] = set()

    def kill_after(seconds: float) -> None:
        nonlocal state, target
        target = "first" if state == "second" else "second"
        (content / "listings" / listing).write_text(texts[target], encoding="utf-8")
        _kill_build(_start(content, out), seconds)
        now = _site(out)
        state = next((name for name, files in versions.items() if files == now), None)
        assert state is not None, f"a killed build left a site that is neither version: {sorted(now)[:5]}"
        seen.add(state == target)

    target = state
    for _ in range(runs):
        kill_after(rng.uniform(0.05, duration * 1.5))
    # On a loaded machine builds slow down and every kill may land on one side of the swap:
    # a few more, very early or very late, make sure both sides were tried.
    for attempt in range(10):
        if seen == {True, False}:
            break
        kill_after(0.05 if True in seen else duration * (2 + attempt))
    assert seen == {True, False}, "kills landed both before and after the swap"
    assert run_cli("build", "--content", str(content), "--out", str(out)).returncode == 0
    assert _site(out) == versions[target]
    deadline = time.monotonic() + 30  # the previous site is removed in the background
    def leftovers() -> list[str]:  # the spare (the site swapped out, kept for the next build) is no leftover
        return sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site") and p.name != ".site.spare")

    while time.monotonic() < deadline and leftovers():
        time.sleep(0.05)
    assert leftovers() == [], "leftovers removed"


def test_a_second_build_into_the_same_output_is_refused_while_the_first_runs(tmp_path: Path) -> None:
    content, out = copy_content(tmp_path), tmp_path / "site"
    assert run_cli("build", "--content", str(content), "--out", str(out)).returncode == 0
    before = _site(out)
    (lock,) = (tmp_path / ".digest-cache").glob("site-*/lock")
    with open(lock, "r+") as held:  # what a running build holds
        fcntl.flock(held, fcntl.LOCK_EX)
        held.write("4242\n")
        held.flush()
        (content / "listings" / "zz-synthetic.txt").write_text(_listing(30, "丙"), encoding="utf-8")
        second = run_cli("build", "--content", str(content), "--out", str(out))
    assert second.returncode == 2
    assert "another build into" in second.stderr and "(process 4242)" in second.stderr, second.stderr
    assert _site(out) == before
    assert run_cli("build", "--content", str(content), "--out", str(out)).returncode == 0


def test_builds_started_together_end_with_one_complete_site(tmp_path: Path) -> None:
    content, out = copy_content(tmp_path), tmp_path / "site"
    (content / "listings" / "zz-synthetic.txt").write_text(_listing(300, "丁"), encoding="utf-8")
    builds = [_start(content, out) for _ in range(3)]
    errors = [process.communicate(timeout=120)[1].decode() for process in builds]
    codes = [process.returncode for process in builds]
    assert 0 in codes and set(codes) <= {0, 2}, errors
    assert all("another build into" in err for code, err in zip(codes, errors, strict=True) if code == 2)
    fresh = tmp_path / "fresh"
    assert run_cli("build", "--content", str(content), "--out", str(fresh)).returncode == 0
    assert _site(out) == _site(fresh)


def test_a_serve_rebuild_stopped_by_sigterm_leaves_the_old_site_or_the_new_one(tmp_path: Path) -> None:
    import socket

    content, out = copy_content(tmp_path), tmp_path / "site"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--content", str(content), "--out",
                               str(out), "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (out / "index.html").exists():
            time.sleep(0.05)
        time.sleep(0.5)
        before = _site(out)
        (content / "listings" / "zz-synthetic.txt").write_text(_listing(400, "戊"), encoding="utf-8")
        while time.monotonic() < deadline and not list(tmp_path.glob(".site.staging-*")):
            time.sleep(0.01)
        assert list(tmp_path.glob(".site.staging-*")), "the rebuild began"
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
        server.stdout.close()
    after = _site(out)
    if after != before:
        fresh = tmp_path / "fresh"
        built = run_cli("build", "--content", str(content), "--out", str(fresh), "--base-url",
                        f"http://127.0.0.1:{port}/")
        assert built.returncode == 0 and after == _site(fresh), "the site is the old one or the new one"

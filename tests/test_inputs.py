"""A build's inputs, scanned in a forked process while the generator imports the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import inputs
from generator.inputs import TEMPLATES, prescan_build_inputs, scan_build_inputs
from tests.conftest import copy_content


def test_the_forked_scan_finds_every_input_with_the_hash_a_scan_here_finds(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    forked = prescan_build_inputs(content, TEMPLATES, tmp_path / "site")()
    here = scan_build_inputs(content, TEMPLATES, tmp_path / "site")
    assert forked.hashes == here.hashes
    assert any(path.suffix == ".txt" for path in forked.hashes) and any(path.suffix == ".html" for path in forked.hashes)


def test_a_scan_that_fails_in_the_fork_fails_here_with_its_own_error(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def unreadable(roots: list[Path], remembered_at: Path | None) -> inputs.InputFiles:
        raise PermissionError(13, "Permission denied", str(roots[0]))

    monkeypatch.setattr(inputs, "scan_inputs", unreadable)  # in the fork too: it is forked after this
    scanned = prescan_build_inputs(copy_content(tmp_path), TEMPLATES, tmp_path / "site")
    with pytest.raises(PermissionError, match="Permission denied"):
        scanned()

"""Every generated page passes the Nu Html Checker (vnu-jar from npm, Java from Debian)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_every_page_passes_the_nu_html_checker(sample_site: Path) -> None:
    assert VNU.is_file(), "run .ci/run (npm install) to get vnu-jar"
    pages = list(sample_site.rglob("*.html"))
    assert len(pages) > 50
    result = subprocess.run(["java", "-jar", str(VNU), "--skip-non-html", "--errors-only", str(sample_site)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-4000:]


def test_the_checker_catches_an_invalid_page(tmp_path: Path) -> None:
    """Guards the test above: a broken page must make vnu fail."""
    (tmp_path / "bad.html").write_text("<!DOCTYPE html><html lang=zh-CN><title>x</title><p><div></span>",
                                       encoding="utf-8")
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", str(tmp_path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1

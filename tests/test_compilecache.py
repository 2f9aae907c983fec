"""Regular expressions restored from the kept file are the patterns `re` compiles, a kept file
that is not this interpreter's is never used, and a kept template is used only while its source
and the generator's code are those it was compiled from."""

from __future__ import annotations

import importlib
import marshal
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment

import generator.enrich
from generator.compilecache import TemplatesKept, patterns_kept
from tests.conftest import CONTENT, published

ORIGINAL_COMPILE = re._compiler.compile  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _bytecode_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """As an interpreter runs by default (a test run may be told not to write bytecode)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def _enrichment_patterns() -> list[tuple[str, int]]:
    """Every pattern enrichment's modules compile as they are imported (the bulk of a build's)."""
    found = set()
    for module in pkgutil.iter_modules(generator.enrich.__path__):
        for value in vars(importlib.import_module(f"generator.enrich.{module.name}")).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.add((value.pattern, value.flags))
    return sorted(found)


def test_patterns_restored_from_the_kept_file_are_those_re_compiles(tmp_path: Path) -> None:
    patterns = _enrichment_patterns()
    assert len(patterns) > 300
    kept = tmp_path / "kept.patterns"
    with patterns_kept(kept, package=__name__) as first:
        made = [re._compiler.compile(pattern, flags) for pattern, flags in patterns]  # type: ignore[attr-defined]
    assert first.compiled == len(patterns) and kept.is_file()
    with patterns_kept(kept, package=__name__) as second:
        restored = [re._compiler.compile(pattern, flags) for pattern, flags in patterns]  # type: ignore[attr-defined]
    assert second.compiled == 0
    assert re._compiler.compile is ORIGINAL_COMPILE  # type: ignore[attr-defined]
    # (patterns compare equal when their flags and compiled code are the same)
    assert restored == made == [ORIGINAL_COMPILE(pattern, flags) for pattern, flags in patterns]
    sample = "首次覆盖，给予“买入”评级，目标价 23.5 元。分析师：张三 S0570519010001"
    assert [p.findall(sample) for p in restored] == [p.findall(sample) for p in made]


@pytest.mark.parametrize("kept_bytes", [
    b"not marshal data",
    marshal.dumps((("Python 2.7", 0, 4), {("a+", 32): (32, [0], 0, {}, (None,))})),
    marshal.dumps(((sys.version, -1, 4), {})),
], ids=["damaged", "another interpreter's", "another engine's"])
def test_a_kept_file_not_this_interpreters_is_ignored_and_replaced(tmp_path: Path, kept_bytes: bytes) -> None:
    kept = tmp_path / "kept.patterns"
    kept.write_bytes(kept_bytes)
    with patterns_kept(kept, package=__name__) as patterns:
        restored = re._compiler.compile("a+", re.UNICODE)  # type: ignore[attr-defined]
    assert patterns.compiled == 1
    assert restored == ORIGINAL_COMPILE("a+", re.UNICODE) and restored.fullmatch("aaa")
    with patterns_kept(kept, package=__name__) as again:
        re._compiler.compile("a+", re.UNICODE)  # type: ignore[attr-defined]
    assert again.compiled == 0


def test_a_run_compiling_other_patterns_keeps_those_kept_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full build and an edit's rebuild each compile some patterns the other does not: each
    keeping only its own had the next full build compile a thousand patterns again."""
    kept = tmp_path / "kept.patterns"
    with patterns_kept(kept, package=__name__):  # (a full build)
        re._compiler.compile("全(?:文|部)", 0)  # type: ignore[attr-defined]
        re._compiler.compile("编辑", 0)  # type: ignore[attr-defined]
    with patterns_kept(kept, package=__name__) as edit:  # (an edit: one of those, one of its own)
        re._compiler.compile("编辑", 0)  # type: ignore[attr-defined]
        re._compiler.compile("点评", 0)  # type: ignore[attr-defined]
    assert edit.compiled == 1
    with patterns_kept(kept, package=__name__) as full:
        for pattern in ("全(?:文|部)", "编辑", "点评"):
            re._compiler.compile(pattern, 0)  # type: ignore[attr-defined]
    assert full.compiled == 0
    monkeypatch.setattr("generator.compilecache._MOST", 2)  # (past the bound, a run keeps only its own)
    with patterns_kept(kept, package=__name__) as alone:
        re._compiler.compile("研报", 0)  # type: ignore[attr-defined]
    assert alone.compiled == 1
    assert list(marshal.loads(kept.read_bytes())[1]) == [("研报", 0)]


def test_code_the_engine_refuses_is_compiled_afresh(tmp_path: Path) -> None:
    kept = tmp_path / "kept.patterns"
    with patterns_kept(kept, package=__name__):
        re._compiler.compile("(?P<year>20\\d\\d)年", 0)  # type: ignore[attr-defined]
    maker, patterns = marshal.loads(kept.read_bytes())
    patterns[("(?P<year>20\\d\\d)年", 0)] = (32, [99, 99, 99], 1, {"year": 1}, (None, "year"))
    kept.write_bytes(marshal.dumps((maker, patterns)))
    with patterns_kept(kept, package=__name__) as again:
        year = re._compiler.compile("(?P<year>20\\d\\d)年", 0)  # type: ignore[attr-defined]
    assert again.compiled == 1 and year.search("2023年9月")["year"] == "2023"


def test_nothing_is_kept_where_bytecode_is_not_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    kept = tmp_path / "kept.patterns"
    with patterns_kept(kept, package=__name__) as patterns:
        re._compiler.compile("b+", 0)  # type: ignore[attr-defined]
    assert patterns.compiled == 1 and not kept.exists()


class _Counting(Environment):
    compiled = 0

    def compile(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        _Counting.compiled += 1
        return super().compile(*args, **kwargs)


def _compiles(folder: Path, version: str, source: str) -> int:
    """How many times an environment compiles a template to render it once."""
    before = _Counting.compiled
    env = _Counting(loader=DictLoader({"page.html": source}), bytecode_cache=TemplatesKept(folder, version))
    assert env.get_template("page.html").render(title="研报") == source.replace("{{ title }}", "研报")
    return _Counting.compiled - before


def test_a_kept_template_is_compiled_again_only_when_its_source_or_the_code_changes(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    page = "<h1>{{ title }}</h1>"
    assert _compiles(folder, "code 1", page) == 1 and any(folder.iterdir())
    assert _compiles(folder, "code 1", page) == 0
    assert _compiles(folder, "code 2", page) == 1
    assert _compiles(folder, "code 2", "<h2>{{ title }}</h2>") == 1
    assert _compiles(folder, "code 2", "<h2>{{ title }}</h2>") == 0


def test_no_template_is_kept_where_bytecode_is_not_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert _compiles(tmp_path / "templates", "code 1", "<p>{{ title }}</p>") == 1
    assert not (tmp_path / "templates").exists()


def test_a_second_build_restores_what_the_first_kept_and_builds_the_same_site(tmp_path: Path) -> None:
    # (what is kept goes where the interpreter puts bytecode: here under a prefix of the test's own)
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
           "PYTHONPYCACHEPREFIX": str(tmp_path / "bytecode"), "DIGEST_LANGUAGE": "en"}
    sites, written = [], []
    for run in ("first", "second"):
        sites.append(tmp_path / run)
        result = subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(CONTENT),
                                 "--out", str(sites[-1] / "site"), "--cache", str(tmp_path / f"cache-{run}")],
                                cwd=tmp_path, capture_output=True, text=True, env=env, check=False)
        assert result.returncode == 0, result.stderr
        [patterns] = (tmp_path / "bytecode").rglob("compilecache.*.patterns")
        templates = sorted((patterns.parent / "templates").iterdir())
        written.append([(path.name, path.stat().st_mtime_ns) for path in [patterns, *templates]])
    assert len(written[0]) > 10  # (the patterns, and each template the site renders)
    assert written[0] == written[1]  # (nothing compiled anew: nothing was written again)
    assert published(sites[0]) == published(sites[1])


def test_a_kept_template_holds_no_other_sites_base_url(tmp_path: Path) -> None:
    """Jinja calls a filter given constants as it compiles (`'/feed.xml' | url`): a template kept
    from a build for one base URL, read by a build for another, linked to the first site."""
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
           "PYTHONPYCACHEPREFIX": str(tmp_path / "bytecode"), "DIGEST_LANGUAGE": "en"}
    for name in ("one", "two"):
        result = subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(CONTENT),
                                 "--out", str(tmp_path / name / "site"), "--cache", str(tmp_path / f"cache-{name}"),
                                 "--base-url", f"https://example.org/{name}/"],
                                cwd=tmp_path, capture_output=True, text=True, env=env, check=False)
        assert result.returncode == 0, result.stderr
        home = (tmp_path / name / "site" / "index.html").read_text(encoding="utf-8")
        assert "href=/two/" not in home if name == "one" else "href=/one/" not in home
        assert f"href=/{name}/static/style.css" in home

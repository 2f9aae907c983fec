"""Input keys: a page is rendered again exactly when something its template sees changed."""

from __future__ import annotations

import dataclasses

from conftest import CONTENT
from markupsafe import Markup

from generator.diagnostics import Diagnostics
from generator.digest import load_digest
from generator.plan import plan_site
from generator.render.keys import Keyer


def _sample_pages() -> list:
    digest = load_digest(CONTENT, Diagnostics(root=CONTENT))
    pages = plan_site(digest).pages
    for page in pages:
        page.complete()
    return pages


def test_keys_are_the_same_in_every_process_and_differ_between_pages() -> None:
    pages = _sample_pages()
    first, second = Keyer("salt"), Keyer("salt")
    keys = [first.page(page) for page in pages]
    assert keys == [second.page(page) for page in pages]
    assert len(set(keys)) == len(pages)
    assert Keyer("other salt").page(pages[0]) != keys[0]


def test_a_report_page_key_follows_every_field_of_its_report() -> None:
    page = next(page for page in _sample_pages() if page.template == "report.html")
    report = page.context["report"]
    before = Keyer("salt").page(page)
    for name, value in (("clean_title", report.clean_title + "。"), ("views", report.views + 1),
                        ("topics", [*report.topics, "宏观经济"]), ("excerpt", report.excerpt[:-1])):
        page.context["report"] = dataclasses.replace(report, **{name: value})
        assert Keyer("salt").page(page) != before, name
    page.context["report"] = report
    assert Keyer("salt").page(page) == before


def test_text_that_renders_differently_keys_differently() -> None:
    keyer = Keyer("salt")
    assert keyer.key("a<b") != keyer.key(Markup("a<b"))  # a Markup is not escaped when rendered
    assert keyer.key(["中", "文"]) != keyer.key(["中文"]) != keyer.key("中文")
    assert keyer.key({"a": "b"}) != keyer.key({"b": "a"})
    assert keyer.key("1") != keyer.key(1)


def test_a_list_page_key_follows_the_reports_it_shows_not_the_rest_of_its_term() -> None:
    """A commentary edit used to make every page of its report's topics and publisher again
    (191 pages of one topic at 30,000 reports), since each held its term with all reports."""
    digest = load_digest(CONTENT, Diagnostics(root=CONTENT))
    digest.config.site.page_size = 2
    plan = plan_site(digest)
    for page in plan.pages:
        page.complete()
    months = {p.context["month"]: p for p in plan.pages if p.template == "month.html"}
    views = {v.url: v for views in plan.terms.values() for v in views}
    later, elsewhere = next(
        (p, r) for p in plan.pages if p.template == "term.html" and p.context["paging"].number == 2
        for r in views[p.context["term"].url].reports
        if r not in p.context["reports"] and r not in months[r.date.strftime("%Y-%m")].context["top"])
    index = next(p for p in plan.pages
                 if p.template == "taxonomy.html" and p.context["taxonomy"] is later.context["taxonomy"])
    month = months[elsewhere.date.strftime("%Y-%m")]
    before = [Keyer("salt").page(p) for p in (later, index, month)]
    elsewhere.excerpt += "（补记）"
    assert [Keyer("salt").page(p) for p in (later, index, month)] == before
    later.context["reports"][0].excerpt += "（补记）"
    assert Keyer("salt").page(later) != before[0]

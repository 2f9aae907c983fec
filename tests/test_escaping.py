"""Pages escape what they print exactly as markupsafe does, whatever the value."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup, escape

from generator.render.html import _escape


class _Safe:
    def __html__(self) -> str:
        return "<b>safe</b>"


class _Text(str):
    pass


@given(st.text())
def test_any_text_is_escaped_as_markupsafe_escapes_it(text: str) -> None:
    assert _escape(text) == escape(text)
    assert type(_escape(text)) is Markup


@given(st.one_of(st.integers(), st.booleans(), st.floats(allow_nan=False), st.none(), st.dates(),
                 st.datetimes(), st.text().map(Markup), st.text().map(_Text)))
def test_any_other_value_is_escaped_as_markupsafe_escapes_it(value: object) -> None:
    assert _escape(value) == escape(value)
    assert type(_escape(value)) is Markup


def test_markup_and_objects_with_html_are_printed_unescaped_and_hostile_text_is_not() -> None:
    assert _escape(Markup("<em>x</em>")) == "<em>x</em>"
    assert _escape(_Safe()) == "<b>safe</b>"
    assert _escape("<script>'\"&") == "&lt;script&gt;&#39;&#34;&amp;"
    assert _escape(_Text("<i>")) == "&lt;i&gt;"
    assert _escape(date(2023, 10, 5)) == "2023-10-05" and _escape(datetime(2023, 10, 5, 1, 2)) == "2023-10-05 01:02:00"

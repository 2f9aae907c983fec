"""An English page's credits of the people who wrote it, in the forms a house's own page and a news copy
set them: a name on a line of its own over the post it holds (`Jason Yu` / `Head of Multi-Asset
Management, Asia`, as an asset manager's or a bank's outlook credits its strategists), an officer named
after the post writing a note (`chief investment officer Jane Roe wrote:`), and two analysts credited together
with one report (`Analysts Jane Roe and John Doe said in a report`). Read by analysts.py."""

from __future__ import annotations

import re

_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_NAME = rf"{_WORD}(?: {_WORD}){{1,2}}"

# A credit stands at the page's top, over or beside the title and the summary: a name line further down is a quote's
# or a contact's.
_CREDITS_TOP = 1500
# The name alone on its line, then (blank lines between or none) its post on the next line, short and with no stop;
# not a quote's attribution that names the person again and goes on (`Jane Roe` / `Jane Roe, Head of Clients, Acme,
# states,`).
_NAME_OVER_POST = re.compile(rf"^[ \t]*(?P<name>{_NAME})[ \t]*\n(?:[ \t]*\n){{0,2}}[ \t]*(?P<post>[^\n.!?]{{3,70}})$",
                             re.MULTILINE)
# The posts a house's author holds (`Multi-Asset Strategist`, `Global Chief Investment Officer`, `China’s chief
# economist, Macquarie`); never a newsroom's (`Senior Correspondent`, `Editor`), whose byline names a reporter.
_POST = re.compile(r"(?i:\b(?:officer|strategist|economist|analyst|head of|portfolio manager|fund manager"
                   r"|investment director|CIO)\b)")
_NEWSROOM = re.compile(r"(?i:editor|reporter|correspondent|writer|journalist|photographer)")
# Capitalised words a page's headings run together that are no person's name (`Asia Pacific` / `Head of Research`).
_NOT_NAMES = frozenset((
    "Asia", "Pacific", "Europe", "America", "Americas", "China", "Greater", "Global", "Market", "Markets",
    "Outlook", "Strategy", "Strategies", "Economics", "Economic", "Research", "Insights", "Investment",
    "Investments", "Equity", "Equities", "Fixed", "Income", "Team", "Authors", "Author", "Contributors",
    "Key", "Contacts", "Wealth", "Management", "Asset", "Bank", "Group", "Office", "Chief", "Head", "Senior",
))
# An officer named after the post, writing the note (`UBS Global Wealth Management chief investment officer Jane Roe
# wrote:`, `chief economist John Doe writes`).
_OFFICER_WRITES = re.compile(rf"(?<![A-Za-z])(?:[Cc]hief\s+(?:[A-Za-z]+\s+){{0,2}}?(?:[Ii]nvestment\s+[Oo]fficer"
                             rf"|[Ee]conomist|[Ss]trategist)|CIO)\s+(?P<name>{_NAME})\s+(?:wrote|writes)\b")
# Two analysts credited together with one report (`Research Analysts Jane Roe and John Doe said in a report`).
_ANALYSTS_PAIR = re.compile(rf"(?<![A-Za-z])[Aa]nalysts\s+(?P<name>{_NAME})\s+and\s+(?P<name2>{_NAME})\s+"
                            r"(?:said|wrote|noted|write|say)\s+in\s+(?:a|the|their)\s+(?:research\s+)?(?:report|note)\b")


def credited_posts(head: str) -> list[str]:
    """The authors a page's top credits each on a line of its own over their post, in order (read in the text as
    the page gave it, its lines kept)."""
    names: list[str] = []
    for match in _NAME_OVER_POST.finditer(head[:_CREDITS_TOP]):
        post = match.group("post")
        if (_POST.search(post) and not _NEWSROOM.search(post) and match.group("name") not in post
                and not post.rstrip().endswith((",", ":"))):
            _add(names, match.group("name"))
    return names


def english_authors(text: str) -> list[str]:
    """The authors an English sentence credits with the note or the report (the two last forms above), in order."""
    names: list[str] = []
    if "rote" in text or "rites" in text:
        for match in _OFFICER_WRITES.finditer(text):
            _add(names, match.group("name"))
    if "nalysts " in text:
        for match in _ANALYSTS_PAIR.finditer(text):
            _add(names, match.group("name"))
            _add(names, match.group("name2"))
    return names


def _add(names: list[str], name: str) -> None:
    if not set(name.split()) & _NOT_NAMES and name not in names:
        names.append(name)

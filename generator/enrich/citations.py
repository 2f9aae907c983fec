"""A title quoted in a citation rather than listed: what it is called and whom it may credit.

Reference lists and source notes cite reports as `発行元「題名」` (Japanese source lists) or as a
reference in a Latin script (`Rogoff, K. S. & Yang, Y. Peak China Housing. NBER Working Paper
No. 27697`, `Financial Stability Board. *…*`). Each gives the title and the names it may credit,
surest first; titles.py makes them readings of the title and attribution decides which name is
a publisher.
"""

from __future__ import annotations

import re

from generator.normalize import mostly_ascii, squash_spaces

# A Japanese press release's closing words (`…を発表`): it names its title only.
RELEASE_TAIL = re.compile(r"\s*を発表(?:しました|いたしました)?\s*$")
# Japanese source lists cite `発行元「題名」` (also in parentheses, with a month or a note after it);
# the bracket holds the title only where nothing but such a note follows it.
CITED = re.compile(r"^[（(]?(?P<org>[^「」（）()]{0,30}?)[\s、,]*「(?P<title>[^「」]{2,})」(?P<tail>[^「」]*?)[）)]?$")
_CITED_TAIL = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|[（(][^（）()]*[）)])?\s*")
# A citation: a working-paper series names its publisher (`NBER Working Paper No. 27697`,
# `World Bank Policy Research Working Paper 10867`, `BIS Working Papers No 1057`).
_SERIES = re.compile(r"(?P<org>(?:[A-Z][A-Za-z&]*\s+){1,4}?)(?:Policy\s+Research\s+)?(?:Working|Discussion|Staff)\s+"
                     r"Papers?\b")
# A citation's title: emphasised or quoted (`*Crypto carry*`, `**…**`, `"…"`, `“…”`).
_CITED_TITLE = re.compile(r"\*{1,2}(?P<a>[^*]{6,}?)\*{1,2}|\"(?P<b>[^\"]{6,}?)[.,]?\"|“(?P<c>[^”]{6,}?)[.,]?”")
# `Org. *Title*.`: an organisation opening a reference before its emphasised title.
_CITED_ORG = re.compile(r"^(?P<org>[A-Z][A-Za-z&'’\- ]{2,60}?)\.\s+\*")


def cited(text: str) -> tuple[str, list[str]] | None:
    """`発行元「題名」`: the bracket's title, and the issuer's whole name, then its first word
    (`野村証券 証券用語解説集「…」`)."""
    found = CITED.match(text) if "「" in text else None  # (the bracket every citation holds)
    if not found:
        return None
    tail = found.group("tail")
    org = found.group("org").strip(" 、,")
    if not org or not (_CITED_TAIL.fullmatch(tail) or RELEASE_TAIL.fullmatch(tail)):
        return None
    return found.group("title").strip(), [org, org.split()[0]] if " " in org else [org]


def series_names(text: str) -> list[str]:
    """The names a citation may credit, surest first: the working-paper series' owner (`… NBER`,
    `World Bank Policy Research`, each shorter tail of it too), the organisation opening the
    reference (`Financial Stability Board. *…*`), then each segment standing alone
    (`…, International Monetary Fund, Washington, DC.`)."""
    names: list[str] = []
    if series := _SERIES.search(text):
        words = series.group("org").split()
        names += [" ".join(words[i:]).strip(".") for i in range(len(words))]
    if lead := _CITED_ORG.match(text):
        names.append(lead.group("org"))
    names += [seg.strip(" ().") for seg in re.split(r"[.,;:]\s+|\s[(（]", text) if 3 <= len(seg.strip(" ().")) <= 60]
    return [name for name in dict.fromkeys(names) if name]


def reference(text: str) -> tuple[str, list[str]] | None:
    """A reference in a Latin script (`Rogoff, K. S. & Yang, Y. Peak China Housing. NBER Working
    Paper No. 27697 (…)`, `Org. *Title*. …`): its title, the emphasised or quoted one else the
    sentence before the series, and the names it may credit (`series_names`)."""
    if not mostly_ascii(text):
        return None
    titled = _CITED_TITLE.search(text)
    series = _SERIES.search(text)
    if not titled and not series:
        return None
    if titled:
        body = next(group for group in titled.groups() if group)
    else:
        sentences = [s for s in re.split(r"\.\s+", text[: series.start()]) if s.strip(" .")] if series else []
        body = sentences[-1] if sentences else text
    return squash_spaces(body.strip(" .,")), series_names(text)


# A reference in the form of the Chinese standard GB/T 7714
# (`[24] 东方财富研究. 题名[R]. 上海: 东方财富证券研究所, 2024.`, `魏建榕, 刘洋溢. 题名[R]. 开源证券, 2021.`,
# `佚名. 题名[R]. …`, `国金证券传媒行业研究中心。题名 [R]. 上海：…`): the list number, the authors or the issuing
# body, the title before the type mark `[R]` (a report; `[R/OL]` online), then where and by whom it was issued, and
# when. The title may be quoted (`《…》[R]`).
_GBT_REFERENCE = re.compile(
    r"^(?:\[\d{1,3}\]\s*|\d{1,3}[.、]\s+)?(?P<lead>[^.。．\[\]《》]{1,60}?)\s*[.。．]\s*《?(?P<title>[^\[\]]{2,}?)》?\s*"
    r"\[R(?:/OL)?\]\s*[.。．]?\s*(?P<tail>.*)$")
# The place of issue before its issuer (`上海: `, `北京：`, `中国:`).
_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*")
# Who wrote it when the reference names persons or no one: `佚名` (anonymous), names run with commas.
_NO_BODY = re.compile(r"^(?:佚名|匿名|[\u4e00-\u9fff]{2,4}(?:\s*[,，、]\s*[\u4e00-\u9fff]{2,4})+(?:\s*等)?)$")


def gbt_reference(text: str) -> tuple[str, list[str]] | None:
    """A GB/T 7714 reference to a report: its title and the names it may credit, its issuer after the place
    first (`…[R]. 上海: 海通证券研究所, 2025.`), then the body that wrote it (`德勤中国. …`); persons credit none."""
    if "[R" not in text or not (found := _GBT_REFERENCE.match(text.strip())):
        return None
    names = []
    issuer = _PLACE.sub("", found.group("tail").strip())
    issuer = re.split(r"\s*[,，]\s*", issuer, maxsplit=1)[0].strip(" .。")
    if issuer and not issuer[:1].isdigit():
        names.append(issuer)
    lead = found.group("lead").strip()
    if not _NO_BODY.match(lead) and lead not in names:
        names.append(lead)
    return squash_spaces(found.group("title").strip()), names

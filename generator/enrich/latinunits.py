"""What an English opening's units are, read one by one: an epigraph's author line, a brief paragraph (a cover's
or a page's line), the unit a wire story, a release or a repost starts in after a news page's own furniture, a page's
headline run on past the listing's title or into the first sentence, an abstract after a page's labelled fields, key
points that lost their stops with their bullets, and a daily's highlights under their page pointers. ledeunits.py and
structure.py read the lede's units with these; where a sentence starts inside a unit is latin.py's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.enrich.latin import WORDS_OF_A_CLAUSE
from generator.enrich.marks import cjk_count
from generator.enrich.units import Unit

# The author of an epigraph, on its own line after it (`Jerome Powell, Chair of the Federal Reserve`).
_ATTRIBUTION = re.compile(r"[—–-]?\s*[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3},(?: [\w’'-]+){1,10}")


def is_attribution(text: str) -> bool:
    """Whether `text` is an epigraph's author line (`Jerome Powell, Chair of the Federal Reserve`)."""
    return _ATTRIBUTION.fullmatch(text) is not None


_BRIEF_PARAGRAPH = 12  # words


def brief_paragraph(units: list[Unit], number: int) -> bool:
    """Whether unit `number`, in Latin script, opens a paragraph of fewer than `_BRIEF_PARAGRAPH`
    words (to the next break): a cover's or a page's line (a firm's name, a headline, a notice on
    the site's languages), not the paragraph a report opens with."""
    if cjk_count(units[number].text):
        return False
    words = 0
    for at in range(number, len(units)):
        if at > number and units[at].after_break:
            break
        words += units[at].text.count(" ") + 1
        if words >= _BRIEF_PARAGRAPH:
            return False
    return True


# A wire story's dateline opening its first paragraph, the agency and the day (`(Yicai Global) Oct. 30 -- Liang Hong
# Team of…`) or the day alone in brackets (`(Nov 27): JPMorgan Chase & Co has raised…`): the story starts there, and
# what a news page sets before it (its headline, written twice; a dek; share buttons) is the page's.
_WIRE_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_WIRE_DATELINE = re.compile(rf"\((?:[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){{0,2}}\) {_WIRE_MONTH} \d{{1,2}} ?(?:--|—|–)"
                            rf"|{_WIRE_MONTH} \d{{1,2}}\):) (?=[A-Z])")
_WIRE_UNITS = 16  # the opening's units a dateline is looked for in
# So does a firm's own release, its day written before its first sentence with a spaced dash and no place (`15 September
# 2020 – The COVID-19 pandemic has…`, `September 15, 2020 — Acme…`): the story starts after the dash. (A place's
# dateline, `Boston – March 3, 2022 – …`, is the release's own first words.)
_DAY_DATELINE = re.compile(rf"(?<![\w,])(?<![,–—-] )(?:\d{{1,2}} {_WIRE_MONTH}|{_WIRE_MONTH} \d{{1,2}},) (?:19|20)\d\d"
                           r" (?:--|—|–) (?=[A-Z])")
# So does a story a blog reposts under its source's note on a line of its own (`(From The Business Times)`), after
# the blogger's own remarks (`Actually it is kind of scary. …`): the story starts after the note.
_REPOST_SOURCE = re.compile(r"\(From (?:[A-Z][\w.&’'-]*)(?: [A-Z][\w.&’'-]*){0,4}\)")


# So does a wire's story under its place in capitals, the day and the agency's name in brackets (`HONG KONG/SHANGHAI,
# December 06 (Fitch) Fitch Ratings' stable…`, a rating agency's release on a news wire, under the wire's preface `(The
# following statement was released by the rating agency)`): the story starts after the agency's brackets.
# (Opening with the first capital, which it looks behind from: the search skips to capitals.)
_PLACE_DATELINE = re.compile(rf"[A-Z](?<![\w,][A-Z])[A-Z]+(?:[ /-][A-Z]{{2,}}){{0,3}}, {_WIRE_MONTH} \d{{1,2}}"
                             r" \([A-Z][A-Za-z&.’' ]{1,30}\) (?=[A-Z])")


def story_start(units: list[Unit]) -> tuple[int, int] | None:
    """Where a story the page carries starts among the opening's first units: the unit its wire dateline
    stands in and where in it the dateline opens, or the unit after a repost's note of its source, from
    its start; None when there is neither."""
    for number, unit in enumerate(units[:_WIRE_UNITS]):
        text = unit.text
        if ("–" in text or "—" in text or "--" in text) and (dateline := _DAY_DATELINE.search(text)):
            return number, dateline.end()
        if "(" not in unit.text:
            continue
        if (dateline := _WIRE_DATELINE.search(unit.text)) is not None:
            return number, dateline.start()
        if (dateline := _PLACE_DATELINE.search(unit.text)) is not None:
            return number, dateline.end()
        if _REPOST_SOURCE.fullmatch(unit.text) and number + 1 < len(units) and units[number + 1].ends_sentence:
            return number + 1, 0
    return None


_HEADLINE_WORDS = 6  # words a title in Latin script holds at least for a unit opening with it to be a headline


def after_headline(units: list[Unit], title: str) -> list[Unit]:
    """The opening's units after a page's headline that runs on past the listing's title, which cut it short
    (`…from "general imagination" to "specialized implementation", and 2026 may see…` under the title that ends at
    `"specialized implementation"`): the title's words and more, up to the unit's sentence end, are no sentence of
    the story's. `units` as they are when the first unit is no such headline."""
    if (not units or title.count(" ") + 1 < _HEADLINE_WORDS or cjk_count(title)
            or not units[0].ends_sentence or len(units[0].text) <= len(title) + 1
            or not units[0].text.startswith(title)):
        return units
    return units[1:]


# A note's headline in sentence case, which the title gives too, run into its first sentence where the cover's lines
# were joined (HDFC's `…kunal.bhandari@hdfcsec.com Stable performance 2QFY19 revenue came in at Rs 8.3bn…` under the
# title `Brigade Enterprises. Stable performance BUY RESULTS REVIEW 2QFY19 14 NOV 2018`): the sentence starts after
# it. The headline is a part of the title's, from its start or after a stop, colon or dash, of two words or more, one
# of them in lower case (a company's name in title case opens many a sentence: `Tata Motors Jaguar…`), and what follows
# it opens as a sentence does, with a capital or a figure; the headline ends where the title's part does or where the
# cover's labels in capitals follow it (`BUY RESULTS REVIEW`), not inside a sentence the title copies (`Net profit rose
# 20% in 3Q` over `Net profit rose 20% in 3Q, driven by…`).
_COVER_LABEL_WORD = re.compile(r"[A-Z]{2,}")
_TITLE_PARTS = re.compile(r"[.:;|–—]\s+|\s+-\s+")
_HEADLINE_LOWER_WORD = re.compile(r"(?<!\S)[a-z]")
_AFTER_HEADLINE_SENTENCE = 60  # characters of the sentence after the headline, at least


def past_title_headline(unit: Unit, title: str) -> Unit:
    """`unit` without the title's headline run into its start (see above); `unit` as it is when there is none."""
    if not title or cjk_count(title) or " " not in unit.text:
        return unit
    words = unit.text.split(" ")
    for part in _TITLE_PARTS.split(title):
        headline = part.split()
        shared = 0
        while shared < min(len(headline), len(words)) and headline[shared] == words[shared]:
            shared += 1
        if (shared < 2 or not _HEADLINE_LOWER_WORD.search(" ".join(headline[:shared]))
                or (shared < len(headline) and not _COVER_LABEL_WORD.fullmatch(headline[shared]))):
            continue
        rest = " ".join(words[shared:])
        if len(rest) >= _AFTER_HEADLINE_SENTENCE and (rest[0].isupper() or rest[0].isdigit()):
            return replace(unit, text=rest)
    return unit


# A page's labelled fields before the report's abstract, run into one paragraph (`…Source: … Author: Jiang Chao, Zhou
# Xia, … Abstract: the long cycle perspective: …`): the lede opens at the abstract's label, whatever case its first
# word is in (a machine translation's). The fields come first, within a cover's reach.
_FIELDS_THEN_ABSTRACT = re.compile(r"(?:Authors?|Source|By|Analysts?): [^:]{1,200}?(?P<label>Abstract|Summary): ")
_FIELDS_REACH = 400


def abstract_start(text: str) -> int:
    """Where an abstract's label stands after a page's labelled fields (see above); 0 when there is none."""
    if "Abstract: " not in text[:_FIELDS_REACH] and "Summary: " not in text[:_FIELDS_REACH]:
        return 0
    fields = _FIELDS_THEN_ABSTRACT.search(text, 0, _FIELDS_REACH)
    return fields.start("label") if fields else 0


# An English cover's key points under their heading, each a line of its own with no stop (`Key takeaways from
# meeting with KWG` / `We met KWG’s IR head, Linda Wu yesterday` / `KWG expects to maintain 10-20% contracted sales
# growth in 2015 and …`), two or more in a row: each a sentence of the summary's, its stop lost with its bullet. A
# line alone (a headline, a dek) is none, nor are lines under no such heading (a notice's, an address's).
_POINT_WORDS = 8
# (words in lower case a sentence holds, not a heading in title case: `met`, `head`, `yesterday`)
_LOWER_WORDS = re.compile(r"(?<!\S)[a-z]{2,}")
_POINT_LOWER_WORDS = 3


def _is_point_line(unit: Unit) -> bool:
    text = unit.text
    return (unit.after_break and not unit.ends_sentence and text[:1].isupper() and not cjk_count(text)
            and text.count(" ") + 1 >= _POINT_WORDS and not text.endswith((":", ",", ";"))
            and len(_LOWER_WORDS.findall(text)) >= _POINT_LOWER_WORDS)


_POINTS_HEADING = re.compile(r"Key (?:takeaways|points|findings|highlights)|(?:Investment )?[Hh]ighlights")


def closed_points(units: list[Unit]) -> list[Unit]:
    """`units` with each run of two or more key points under their heading (see above) closed with a stop."""
    closed = units
    for number, heading in enumerate(units[:-2]):
        if ("Key " not in heading.text and "ighlights" not in heading.text) or not _POINTS_HEADING.search(heading.text):
            continue
        run = number + 1
        while run < len(units) and _is_point_line(units[run]) and (run + 1 == len(units) or units[run + 1].after_break):
            run += 1
        if run - number > 2:
            closed = list(closed) if closed is units else closed
            for at in range(number + 1, run):
                closed[at] = Unit(units[at].text + ".", True, True, units[at].numbered)
    return closed


# A daily's contents of its key highlights, each a label or a stock's name and its code block, the page it stands on
# and its headline (`Strategy Market Strategy Page 2 2H21 – Stocks for uncertain times.`, `Shenzhen Mindray
# Bio-Medical Electronics Page 12 (300760 CH/BUY/Rmb477.84/Target: Rmb530.00) Well prepared for…`): the headline is
# the point, what stands before it the contents' furniture, in which no clause's two words in lower case stand.
_PAGE_POINTER = re.compile(r"(?<![\w-])Page \d{1,3} (?:\([^()]{1,80}\) )?(?=[A-Z0-9])")
_HIGHLIGHT_WORDS = 3  # words a highlight's headline holds at least


def after_page_pointer(unit: Unit) -> Unit:
    """`unit` from its headline when it is an entry of a daily's highlights (see above); else `unit` as it is."""
    if "Page " not in unit.text or not unit.ends_sentence:
        return unit
    pointer = _PAGE_POINTER.search(unit.text)
    if (pointer is None or WORDS_OF_A_CLAUSE.search(unit.text, 0, pointer.start())
            or unit.text[pointer.end():].count(" ") + 1 < _HIGHLIGHT_WORDS):
        return unit
    return Unit(unit.text[pointer.end():], True, unit.after_break, unit.numbered)

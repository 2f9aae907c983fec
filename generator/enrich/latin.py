"""Where a sentence in Latin script starts on an English cover: after the title, names, dates
and headings run into it, after a testimony's salutation, and never at an epigraph's author line
nor in a cover's short line. PDF extraction glues an English cover's pieces into one run (`…Cai
Fang and Ivan Roberts* In rapidly growing economies…`); these tell furniture from the first
sentence by shape alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.enrich.englishdates import AGENCY_DATELINE, DATELINE
from generator.enrich.marks import cjk_count
from generator.enrich.units import Unit

# A sentence in Latin script that a cover's title, names or dates run into: it opens after the
# last piece of cover furniture before its first run of three lower-case words (a heading, a
# year, a footnote mark, a closing bracket or colon, letters and digits glued together).
_LATIN_TOKEN = re.compile(r"\S+")
_LOWER_WORD = re.compile(r"[a-z][a-z’'-]*[,;]?")
_FURNITURE = re.compile(r"Abstract|Summary|Introduction|Overview|Highlights|.*[)）:*”]|(?:.*\D)?\d{4}|.*[A-Za-z]\d.*"
                        r"|.*\d[A-Za-z].*|[—–-]{2,}"
                        # (a date in eight figures, a page's stamp on its own line: `20220928 Growth strengthened…`)
                        r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_OPENS = re.compile(r"[A-Z“‘\"(]")
_DASHES = ("-", "–", "—")
_CAPITALS = re.compile(r"[A-Z][A-Z&-]+")
# Two words in lower case, then a comma: a sentence's clause, which no cover furniture holds.
_CLAUSE_BEFORE = re.compile(r"\b[a-z]+ [a-z]+ [^,:;.]{0,40},")
# Two words in lower case in a row: a clause's (`released the`), which no cover furniture holds.
_WORDS_OF_A_CLAUSE = re.compile(r"(?<![\w’'-])[a-z]{2,} [a-z]{2,}(?![\w’'-])")


def sentence_start(text: str) -> int:
    """Where the first sentence of a unit in Latin script starts (`…Cai Fang and Ivan Roberts*
    In rapidly growing economies…`); 0 when nothing before it is cover furniture."""
    tokens = list(_LATIN_TOKEN.finditer(text))
    for index in range(len(tokens) - 2):
        if all(_LOWER_WORD.fullmatch(token.group()) for token in tokens[index:index + 3]):
            break
    else:
        return 0
    # A research note's heading, its ticker's block in brackets, then a dash (`…WASION GROUP [3393.HK; HK$4.40;
    # BUY] - Wasion Group (Wasion) reported…`): the sentence opens after the dash, whatever its own words hold.
    dash = max((n for n in range(1, index - 1) if tokens[n].group() in _DASHES
                and tokens[n - 1].group().endswith(("]", ")")) and _OPENS.match(tokens[n + 1].group())), default=None)
    if dash is not None:
        return tokens[dash + 1].start()
    last = max((n for n in range(index) if _FURNITURE.fullmatch(tokens[n].group())), default=None)
    if last is not None and last + 1 <= index and not _OPENS.match(tokens[last + 1].group()):
        # (a quarter or a figure among the sentence's first words, `… 2015 In Q3, against…`: the furniture
        # ends a word or two before it, where a capital opens the sentence)
        last = next((n for n in range(last - 1, max(last - 1 - _IN_SENTENCE, -1), -1)
                     if _FURNITURE.fullmatch(tokens[n].group()) and _OPENS.match(tokens[n + 1].group())), last)
    if last is None or last + 1 >= index or not _OPENS.match(tokens[last + 1].group()):
        return 0
    if last == 1 and tokens[0].group() in _PRONOUNS:
        return 0  # a sentence's subject before its figure (`Our 2018E EPS for…`, `We 2Q24…`): no cover's word
    if (last >= 1 and tokens[0].group().endswith(_POSSESSIVE)
            and all(_LOWER_WORD.fullmatch(token.group()) for token in tokens[1:last])):
        return 0  # (nor a possessive and its adjectives before it, `Malaysia’s modest 2Q23 GDP is…`)
    if tokens[last].group().endswith(":") and _CLAUSE_BEFORE.search(text, 0, tokens[last].start()):
        return 0  # a report named after a clause of the sentence (`New analysis from Acme, Trends in X: Y, says…`)
    if _WORDS_OF_A_CLAUSE.search(text, 0, tokens[last].start()):
        return 0  # the sentence's own words before its figures (`…Institute released the … for 2025Q2 (hereinafter…`)
    # A heading in capitals goes too (`TALKING POINT - MGM CHINA Q1 RESULTS MGM China (2282.HK)…`):
    # the sentence opens at its last word in capitals, the one a word in title case follows.
    first = last + 1
    while first + 1 < index and all(_CAPITALS.fullmatch(token.group()) for token in tokens[first:first + 2]):
        first += 1
    # A topic's heading in title case and a spaced dash after the label (`Group 1: Chinese Economy - The Chinese
    # economy demonstrated…`, a research platform's summary of a report): the sentence opens after the dash.
    for n in range(first + 1, min(first + _TOPIC_WORDS + 1, index)):
        if tokens[n].group() in _DASHES:
            if (_OPENS.match(tokens[n + 1].group())
                    and all(_TOPIC_WORD.fullmatch(token.group()) for token in tokens[first:n])):
                return tokens[n + 1].start()
            break
    return tokens[first].start()


_PRONOUNS = ("We", "Our")
_POSSESSIVE = ("’s", "'s")
_IN_SENTENCE = 2  # words of the sentence before a figure in it, at most, when the furniture ends before them
_TOPIC_WORDS = 5  # words a topic's heading holds at most
_TOPIC_WORD = re.compile(r"[A-Z][\w’'&.-]*|and|of|&")


# A heading in sentence case or in title case run into its section's first sentence, which opens with a
# function word no sentence has in the middle with a capital (`Deteriorating relationship In recent months…`,
# `China Healthcare Sector We visited…`).
_OPENERS = ("In|The|This|These|Over|After|Since|As|At|On|For|While|Although|Despite|During|Following|Amid|With|From|"
            "Our|We|It")
# So a section's label line joined to a sentence that opens on an ordinal or a linking adverb and its comma
# (`Rates market First, we think…`), which no sentence has after a word with nothing between.
_ADVERBS = ("First|Firstly|Overall|However|Meanwhile|Moreover|Furthermore|Additionally|Currently|Recently|Notably|"
            "Importantly|Specifically|Nevertheless|Nonetheless|Therefore|Finally|Lastly")
_RUN_IN_HEADING = re.compile(r"[A-Z][\w’'-]*(?: (?:[a-z][\w’'-]*|[A-Z][a-z][\w’'&-]*)){0,4} "
                             rf"(?=(?:{_OPENERS}) [a-z]|(?:{_ADVERBS}), [a-z])")
# The same first words after a word or a figure of a cover run into the sentence in one unit with no stop
# between (`…Hong Kong Sector view Positive The healthcare industry has seen…`); not after a notice's label
# (`Disclaimer: This paper is…`).
SENTENCE_OPENER = re.compile(rf"(?<=[A-Za-z0-9)] )(?:{_OPENERS}) (?=[a-z])")


# So a cover's headline in title case run into a sentence whose subject is the year it looks at, a verb after it
# (`Caveat Venditor 2012 looks set to be the mirror image of 2011.`, a one-line first page): no sentence has a year
# right after its capitalised words but as a date (`Since January 2012 sales…`, `Sales in 2012 rose…`), which a
# month or a preposition opens or ends, or after a possessive (`China’s 2001 accession to the WTO required…`).
_HEADING_BEFORE_YEAR = re.compile(rf"(?!(?:{_OPENERS}|Since|Until|By|Before|Through|To|Of|Into)\b)"
                                  r"(?!(?:[A-Z]\w* )*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|FY|Fiscal|Year)"
                                  r"[a-z]*\.? (?:19|20)\d\d\b)"
                                  r"[A-Z][a-z][\w-]*(?: [A-Z][a-z][\w-]*){0,3} (?=(?:19|20)\d\d [a-z]{2,} )")


# So a headline in title case, a clause's comma in it maybe, run into a rating agency's first sentence, which opens on
# the agency's name and its verb (`Growth Outlook Improves, but Inflation Persists Fitch Ratings has raised its 2024
# global GDP growth forecast…`, a flattened cover): inside a sentence the name follows a lowercase word or a stop.
_AGENCIES = "Fitch Ratings|S&P Global Ratings|Moody's Investors Service|Moody’s Investors Service|Moody's|Moody’s"
_AGENCY_VERBS = ("has|have|expects|believes|forecasts|projects|estimates|sees|considers|anticipates|affirmed|upgraded"
                 "|downgraded|revised|raised|lowered|cut|maintains|assigned|rates|said|says")
# (The headline's last word is capitalised, no weekday nor month: `On Tuesday Fitch Ratings affirmed…` is a sentence,
# and so is one whose first word is a sentence's opener, `In its review Fitch Ratings has…`.)
_HEADLINE_BEFORE_AGENCY = re.compile(rf"(?!(?:{_OPENERS}|Last|Earlier|Today|Yesterday)\b)[A-Z][\w’'-]*"
                                     r"(?:,? [\w’'&-]+){0,8}? "
                                     r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* )"
                                     rf"[A-Z][\w’'&-]*(?<!day) (?=(?:{_AGENCIES}) (?:{_AGENCY_VERBS}) )")


def run_in_heading_end(text: str) -> int:
    heading = _RUN_IN_HEADING.match(text) or _HEADING_BEFORE_YEAR.match(text) or _HEADLINE_BEFORE_AGENCY.match(text)
    return heading.end() if heading else 0


# A testimony's or a letter's salutation before its first sentence (`Chairman Sherman, Ranking
# Member Huizenga, and distinguished members of the subcommittee, Thank you for…`).
_SALUTATION = re.compile(r"(?:Dear|Chairman|Chairwoman|Chair|Madam|Mr\.|Ms\.|Senator|Governor)\s"
                         r"[^.!?:]{0,200},\s+(?=[A-Z][a-z])")


def salutation_end(text: str) -> int:
    salutation = _SALUTATION.match(text)
    return salutation.end() if salutation else 0


# A daily's note under the day it was written, its sector's heading in capitals and a spaced dash before its first
# sentence (`January 22, 2018 HONG KONG SECURITIES SECTOR - We raise our 2018E EPS for HKEx…`, a morning note's one-line
# transcription): the note opens after the dash. (The day first: a sentence may open on capitals and a dash, `US - China
# trade…`.)
_DATED_NOTE_HEADING = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2},"
                                 r" (?:19|20)\d\d(?: [A-Z][A-Z&’'.-]*){1,6} - (?=[A-Z])")

# So a page's day and its byline, a name and the author's role in title case, before the first sentence once its lines
# are joined (`Also featuring commentary from Global Economic Weekly September 24, 2023 Candace Browning, Head of BofA
# Global Research It’s a small world after all.`): the sentence opens at the first capitalised word that two words in
# lower case follow, which no role holds.
_DATED_BYLINE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, (?:19|20)\d\d"
                           r" [A-Z][a-z]+(?: [A-Z][a-z]+){1,2}, [A-Z][\w&’'-]*(?: (?:[A-Z][\w&’'-]*|of|and|&)){0,8}? "
                           r"(?=[A-Z][\w’']* [a-z]+ [a-z]+)")
_BYLINE_REACH = 200  # characters of the unit's start that the day and byline stand in


def lede_start(text: str) -> int:
    """Where a lede in Latin script opens: after a press release's dateline (`Singapore, May 2, 2024 --
    Acme Ratings has today affirmed…`: the place and the day, no words of its sentence) or an agency's
    (`Fitch Ratings - Hong Kong - 03 Apr 2025: …`), the cover's
    furniture (`sentence_start`), a run-in heading or a salutation; and after a run-in heading that the
    furniture stood before (`Analyst (852) … China Healthcare Sector We visited…`). 0 when it opens where
    it stands; and after a cover's line a flattened copy glued before the sentence's `We` (`_glued_line_end`)."""
    dateline = (DATELINE.match(text) or AGENCY_DATELINE.match(text) or _DATED_NOTE_HEADING.match(text)
                or _DATED_BYLINE.search(text, 0, _BYLINE_REACH))
    if dateline and text[dateline.end():].lstrip()[:1].isupper():
        return len(text) - len(text[dateline.end():].lstrip())
    start = sentence_start(text) or run_in_heading_end(text) or salutation_end(text)
    if not start:
        # (headings glued before the sentence with no cover furniture before them, `Company Research Impact on HSI and
        # the Two Sub-index In this report, we analyze…`: only a sentence's first words mark its start there, not a
        # label's colon, which a sentence may cite a report's name with, `New analysis from Acme Research, Mega Trends
        # in Freedonia: Macro to Micro…, says that…`)
        return glued_head_end(text, labels=False) or _glued_line_end(text)
    start += run_in_heading_end(text[start:])
    return start + (glued_head_end(text[start:]) or _glued_line_end(text[start:]))


# A one-line transcription of an English cover runs its sector label, headline and sub-headlines, none with a stop,
# into the first sentence (`SOFTWARE & SERVICES Some further moderation … Action: Weaker growth versus INFO to lead to
# equalisation of valuations After our interaction with the TCS management…`; `…Hope awaits in 217 Hapacol guarantees
# growth, … Favorable tax incentives in 217 help to increase shareholder value Outlook and Valuation: DHG is the
# largest…`): the sentence opens at the last sign of a new one before its first clause ends, a sentence's first
# words after a word (`SENTENCE_OPENER`) or a section's label in title case (`Outlook and Valuation:`), which no
# sentence holds in its first clause. (Read only after the cover's furniture the unit opened with.)
_SECTION_LABEL = re.compile(r"(?<=[a-z0-9)] )[A-Z][a-z]+(?: (?:and|&|of) [A-Z][a-z]+| [A-Z][a-z]+){0,3}: (?=[A-Z])")
_FIRST_CLAUSE = re.compile(r"[;.!?]")
_AFTER_HEAD_WORDS = 8  # words the sentence holds at least before its first clause ends


def glued_head_end(text: str, labels: bool = True) -> int:
    """Where the sentence opens after a cover's headlines glued before it (see above), after a section's label too
    unless `labels` is False; 0 when nothing marks one."""
    clause = _FIRST_CLAUSE.search(text)
    head = text[:clause.start()] if clause else text
    starts = [match.start() for match in SENTENCE_OPENER.finditer(head)]
    if labels:
        starts += [match.end() for match in _SECTION_LABEL.finditer(head)]
    start = max(starts, default=0)
    return start if head[start:].count(" ") + 1 >= _AFTER_HEAD_WORDS else 0


# A cover's line that a flattened copy glued before the first sentence, with no stop between: a headline (`Hold BUY;
# reduce the target price by 4.8% to 10,000 KRW We maintain BUY on Mirae Asset Securities but…`) or a field's value
# (`Price Target: HK$7.80 Previous: HK$9.30 We expect VPG to release…`): the sentence opens at `We` or `Our`, which no
# sentence writes with a capital after a word, before its first stop (a figure's point is none).
_FIRST_PERSON = re.compile(r"(?<=[A-Za-z0-9)] )(?:We|Our) (?=[a-z])")
_FIRST_STOP = re.compile(r"[.!?](?=\s|$)")


def _glued_line_end(text: str) -> int:
    stop = _FIRST_STOP.search(text)
    opener = _FIRST_PERSON.search(text, 0, stop.start() if stop else len(text))
    if opener is None:
        return 0
    sentence = text[opener.start():stop.start() if stop else len(text)]
    return opener.start() if sentence.count(" ") + 1 >= _AFTER_HEAD_WORDS else 0


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
    if (pointer is None or _WORDS_OF_A_CLAUSE.search(unit.text, 0, pointer.start())
            or unit.text[pointer.end():].count(" ") + 1 < _HIGHLIGHT_WORDS):
        return unit
    return Unit(unit.text[pointer.end():], True, unit.after_break, unit.numbered)

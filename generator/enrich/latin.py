"""Where a sentence in Latin script starts on an English cover: after the title, names, dates
and headings run into it, after a press release's or an agency's dateline, after a testimony's
salutation. PDF extraction glues an English cover's pieces into one run (`…Cai Fang and Ivan
Roberts* In rapidly growing economies…`); these tell furniture from the first sentence by shape
alone. (Which of an English opening's units are furniture, an epigraph's author line or a cover's
short line among them, is latinunits.py's.)
"""

from __future__ import annotations

import re

from generator.enrich.englishdates import AGENCY_DATELINE, DATELINE

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
WORDS_OF_A_CLAUSE = re.compile(r"(?<![\w’'-])[a-z]{2,} [a-z]{2,}(?![\w’'-])")


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
    if WORDS_OF_A_CLAUSE.search(text, 0, tokens[last].start()):
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

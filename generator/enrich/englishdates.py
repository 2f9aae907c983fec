"""A report's own date as an English cover or title states it: on the cover's own line (`January 22, 2021`,
`14 September 2020`) or in its form's field (`Date: 8/14/2008`), in a research site's byline glued to the author's
name (`Jane Rowe08 Jul 2019`), in a rating agency's dateline on its own note, in a page's stamp (`Published on27 FEB
2024`) or its date line in figures (`03-15-2023`), or in a title the cover repeats. Not a press release's dateline
(`DATELINE`, which latin.py reads too): it dates the release, not the report.

English covers are read apart from Chinese ones (dates.py, which tries these readers in its order): the two share
only what dateparts.py holds.
"""

from __future__ import annotations

import re
from datetime import date

from generator.enrich.dateparts import COVER, RESEARCH_HOUSE, valid_day


def english_cover_date(head: str) -> date | None:
    """The date an English cover (`head`, as extracted) states: on a line of its own, in a glued byline or in an
    agency's dateline where a month's name stands on the cover, else in a page's stamp or its date line in figures."""
    found = (_english_date(head[:COVER]) or _glued_byline_date(head[:COVER]) or _agency_dateline_date(head[:COVER])
             if _ENGLISH_HINT.search(head, 0, COVER) else None)
    if found is None and "Published" in head[:_PUBLISHED_REACH]:
        found = _published_date(head[:_PUBLISHED_REACH])
    if found is None and ("-20" in head[:COVER] or "/20" in head[:COVER] or "-19" in head[:COVER]):
        found = _figures_date_line(head[:COVER])
    if found is None and "Research - " in head[:_CREDIT_REACH]:
        found = _credit_line_date(head[:_CREDIT_REACH])
    if found is None and "EQUITY RESEARCH" in head[:_CREDIT_REACH]:
        found = _banner_date(head[:_CREDIT_REACH])
    return found


def english_title_date(text: str, title: str) -> date | None:
    """The date an English title states where the cover (`text`) states it too: before the headline both give,
    or closing a title made of the cover's lines."""
    return _dated_headline(text, title) or _dated_title_end(text, title)


# An English cover's date (`January 22, 2021`, `14 September 2020`, `Thursday, 3 December, 2020`,
# `Updated June 18, 2024`, `Jun 10, 2020`, a form's `Date: 8/14/2008`, written month first as the US government writes
# it). A month alone (`November 2019`) names no day and gives none, nor does a year's end before the next line's month
# (`June 2024` / `June 2020` on a chart book's cover is no 24 June): a day's figures start no longer number.
_MONTH = (r"(?<![A-Za-z])(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# (a cover in capitals writes its month so: `EQUITIES RESEARCH 30 SEPTEMBER 2021`, `THURSDAY, 13 AUGUST 2015`)
_MONTH_CAPITALS = (r"(?<![A-Za-z])(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
                   r"|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)(?![A-Za-z])\.?")
_ANY_MONTH = f"(?:{_MONTH}|{_MONTH_CAPITALS})"
# (An extraction that lost its spaces glues the day, the month and the year: `13June2022`, Credit Suisse's cover.)
_ENGLISH_DATE = re.compile(rf"(?P<mo>{_ANY_MONTH})\s(?P<d>\d{{1,2}}),?\s(?P<y>(?:19|20)\d\d)(?!\d)"
                           rf"|(?<!\d)(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s|(?=[A-Z][a-z]))(?P<mo2>{_ANY_MONTH})"
                           r"(?:,?\s|(?<=[a-z])(?=\d))(?P<y2>(?:19|20)\d\d)(?!\d)"
                           r"|(?<=Date:)\s?(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>(?:19|20)\d\d)(?!\d)")
# What every English date holds (a month's name, or a form's label): the search for it skips
# Chinese covers at the cost of one scan for a few literals.
_ENGLISH_HINT = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Date:|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP"
                            "|OCT|NOV|DEC")
_MONTHS = {name: number for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
# (A word of a sentence ends in lower case; an e-mail address a page hid, `[email protected]`, is
# no word.)
_LOWER_WORD_END = re.compile(r"(?:^|\s)[a-z]+[^\w\]]*$")
# What may follow a cover's date on its line: a heading in capitals (`April 28, 2017 INDICES`).
_CAPITALS_AFTER = re.compile(r"\s+[A-Z]{2,}\b")
# A research platform's stamp after the institution (`銀河國際 · Jun 10, 2020 00:00`).
_STAMP_AFTER_NAME = re.compile(r"[·•]\s*$")
# The report's prose begins at its first sentence end: a date after it is not the cover's
# (a series' blurb before a listing's entry, `…released on October 06, 2004.`).
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
# A cover's label of its kind right before a date (`研究報告 Research Report 6 Apr 2023 中國石油…`, `Equity Research
# August 25, 2017 Yinlun Machinery…`): the date is the cover's, whatever its line runs on into.
_KIND_BEFORE = re.compile(r"(?:Research Report|Equity Research|Company Report|Company Research|Industry Report"
                          r"|Strategy Report|Research Note|Company Update"
                          # (or in capitals, `…AT THE END OF THIS REPORT EQUITIES RESEARCH 30 SEPTEMBER 2021 Thailand…`)
                          r"|EQUITY RESEARCH|EQUITIES RESEARCH|RESEARCH REPORT|COMPANY REPORT|COMPANY UPDATE"
                          # (or a rating agency's page footer, the kind and a bar before the day, its site and page
                          # number after: `Special Report │ 13 March 2024 fitchratings.com 1`, Fitch's)
                          r"|Special Report\s?[|│])\s*$")
# So does an analyst's e-mail address, the cover's contacts standing right before its date line on one line
# (`Richard Cao 曹柱 (86755) 2397 6870 … [email protected] 8 September 2021 Earnings in 2H21…`, GTJAI's).
_MAIL_BEFORE = re.compile(r"(?:\[email\s?protected\]|@[\w-]+(?:\.[\w-]+)+)\s*$")
# A weekday in brackets after a date that opens its line: a daily note's date line (`9 Jan, 2025 (Thursday)`, a Hong
# Kong house's).
_WEEKDAY_AFTER = re.compile(r"\s?\((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\)[ \t]*$")
# So does the cover's pointer to its disclosures (`Asia Pacific Daily See important disclosures, including any required
# research certifications, beginning on page 25. 1 July 2016 Other research…`, Daiwa's): a cover's line, not prose.
_DISCLOSURES_BEFORE = re.compile(r"(?:See|Refer to) important disclosures[^.\n]{0,100}\.\s*$")
# A page's reading time after a date that opens its line, maybe after a bullet (`• 15 April 2024 (10 min read)` under an
# asset manager's title, AXA IM's): the page's byline, the note's own day, as a bar's column is (`_FIELD_BAR`); its
# bullet is no news site's stamp after its name (`_STAMP_AFTER_NAME`).
_READING_TIME_AFTER = re.compile(r"\s?\(\d{1,3} min(?:ute)?s? read\)[ \t]*$")
# A spaced dash and a sentence's capital after a date that opens its line: a firm's release dated in its first
# paragraph, with no place before the day (a press release's dateline with one, `DATELINE`, dates the release only).
_DASH_THEN_SENTENCE = re.compile(r" (?:--|—|–) [A-Z]")
# A bar after a date that opens its line: a page's byline fields, the day then the column (`August 19, 2022  |  Macro`).
_FIELD_BAR = re.compile(r"\s{1,4}\|\s")
# So does a cover's sector and its subsector parted by a bar after the day (`1 April 2024 Basic Materials | Mining`).
_SECTOR_AFTER = re.compile(r"\s{1,4}[A-Z][A-Za-z&]*(?: (?:&|[A-Z][A-Za-z&]*)){0,3}\s?\|\s?[A-Z][A-Za-z&]*"
                           r"(?: (?:&|[A-Z][A-Za-z&]*)){0,3}[ \t]*$")
# (a capitalised word after a date that opens the text: the next line's first, on a flattened cover)
_CAPITAL_AFTER = re.compile(r" [A-Z]")
# A time of day before a date (`http://www.example.com 09:03, January 25, 2007`) stamps the web page
# a report was posted on, as it does after a date on a Chinese page (dates.py's `_PAGE_STAMP`).
_CLOCK_BEFORE = re.compile(r"\d{1,2}:\d\d,?\s*$")
# A news page's byline, its date and then where the story came from (`DATE:  Oct 30 2017` / `/ SOURCE:  Yicai`),
# stamps the page, as `来源：` does on a Chinese one (dates.py's `_BYLINE_BEFORE`); so does a chart's data line under an
# as-of date.
_SOURCE_AFTER = re.compile(r"\s{0,4}/?\s{0,4}(?:SOURCE|Source)\s?:")
# A price's or data's as-of label before a date, on its line or the line before (KGI's cover, `Neutral‧Maintained
# Price as of` / `23 May 2018`; `Share prices as at close on 11 November 2016`): the day a quote was taken, not the
# report's.
_AS_OF_REACH = 30
_AS_OF_BEFORE = re.compile(r"\b(?:as of|as at|as on)(?: (?:the )?close(?: on| of)?)?[ \t:]*\n?[ \t]*$", re.IGNORECASE)


# A blog's repost of a broker's note, closed by the house's credit with the note's day (`Click here for full report` /
# `Source: Maybank Research - 24 July 2012`): the note's date, wherever in the preview the credit stands.
_CREDIT_REACH = 2000
_CREDIT_LINE = re.compile(rf"(?:^|\s)Source: [A-Z][\w&.]*(?: [A-Z][\w&.]*){{0,3}} Research - (?P<d>\d{{1,2}}) "
                          rf"(?P<mo>{_MONTH}) (?P<y>(?:19|20)\d\d)[ \t]*(?:$|\n)")


def _credit_line_date(head: str) -> date | None:
    credit = _CREDIT_LINE.search(head)
    return _english_day(credit.group("y"), credit.group("mo"), credit.group("d")) if credit else None


# A cover's banner in capitals, the report's kind after it and then its date (`EQUITY RESEARCH ANCHOR REPORT February
# 14, 2012 Research analysts…`, Nomura's, which a one-line first page sets after the summary): the report's date.
_BANNER_LINE = re.compile(rf"(?<![A-Za-z])EQUITY RESEARCH(?: [A-Z]{{2,}}){{0,3}} (?P<mo>{_MONTH}) (?P<d>\d{{1,2}}), "
                          r"(?P<y>(?:19|20)\d\d)(?!\d)")


def _banner_date(head: str) -> date | None:
    banner = _BANNER_LINE.search(head)
    return _english_day(banner.group("y"), banner.group("mo"), banner.group("d")) if banner else None


# A document site's title made of the cover's lines, its date line before its headline (`Industry Note. January 22, 2018
# A New Era for the Hong Kong Market; …`), and the cover writing the same date right before the same headline (`…
# January 22, 2018 A New Era for the Hong Kong Market; …`): the cover's date line, though a table stands above it.
_HEADLINE_WORDS = 24  # characters of the headline after the date, in both


def _dated_headline(text: str, title: str) -> date | None:
    if not _ENGLISH_HINT.search(title):
        return None
    spaced = " ".join(text.split())
    for match in _ENGLISH_DATE.finditer(title):
        headline = " ".join(title[match.end():].split())[:_HEADLINE_WORDS]
        if len(headline) < _HEADLINE_WORDS or f"{match.group(0)} {headline}" not in spaced:
            continue
        day = _english_day(match.group("y") or match.group("y2"), match.group("mo") or match.group("mo2") or "",
                           match.group("d") or match.group("d2"))
        if day is not None:
            return day
    return None


def _english_day(year: str, month: str, day: str) -> date | None:
    """The day an English date names by its month's name, whole or cut, in any case (`March`, `Mar.`, `FEB`)."""
    number = _MONTHS.get(month[:3].capitalize())
    return valid_day(int(year), number, int(day)) if number else None


# A document site's title made of the cover's lines with its date last (`Jewelry Sector. YTD HK market stronger-than-
# expected; FY18 results could beat. Equity Research Consumer Discretionary. Mar 12, 2018.`; `_dated_headline` takes
# the date before the headline), where the transcription lost the date line: the cover's date, when the title's other
# lines, two or more, all stand in the cover.
_DATE_CLOSING = re.compile(rf"(?<=\.\s)(?:{_MONTH})\s\d{{1,2}},?\s(?:19|20)\d\d\.?\s*$")
_TITLE_LINE = re.compile(r"\.\s+")
_TITLE_LINE_WORDS = 2


def _dated_title_end(text: str, title: str) -> date | None:
    closing = _DATE_CLOSING.search(title) if title.rstrip(" .")[-1:].isdigit() else None
    if closing is None:
        return None
    lines = [line for line in _TITLE_LINE.split(title[:closing.start()].rstrip(" .")) if line]
    cover = " ".join(text[:COVER].split())
    if len(lines) < 2 or any(line.count(" ") + 1 < _TITLE_LINE_WORDS or line not in cover for line in lines):
        return None
    match = _ENGLISH_DATE.search(closing.group(0))
    return _english_day(match.group("y"), match.group("mo"), match.group("d")) if match and match.group("mo") else None


# A page's own stamp at its top, its label glued to the day at times and the month in capitals (`Published on27 FEB
# 2024` over a house's research page): the page's date, which is the report's.
_PUBLISHED_REACH = 200
_PUBLISHED = re.compile(r"^[ \t]*Published(?: on)?:?[ \t]?(?P<d>\d{1,2}) (?P<mo>[A-Za-z]{3})[A-Za-z]*\.? "
                        r"(?P<y>(?:19|20)\d\d)[ \t]*$", re.MULTILINE)


def _published_date(head: str) -> date | None:
    stamp = _PUBLISHED.search(head)
    return _english_day(stamp.group("y"), stamp.group("mo"), stamp.group("d")) if stamp else None


# An English page's date line in figures, the year last (`03-15-2023` under a house's headline and dek): read only
# where one order of month and day alone makes a date (the day over 12), as the page's edition may write either
# (`11/12/2017` on a British one is the 11th of December).
_FIGURES_DATE_LINE = re.compile(r"^[ \t]*(?P<a>\d{1,2})(?P<sep>[-/])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)[ \t]*$",
                                re.MULTILINE)


def _figures_date_line(head: str) -> date | None:
    line = _FIGURES_DATE_LINE.search(head)
    if line is None:
        return None
    first, second, year = int(line.group("a")), int(line.group("b")), int(line.group("y"))
    if (first > 12) == (second > 12):
        return None  # (both orders make a date, or neither does)
    month, day = (second, first) if first > 12 else (first, second)
    return valid_day(year, month, day)


# A press release's dateline (`Hong Kong, 19 January 2021 -- Acme Ratings released a report …`,
# `NEW YORK, March 3, 2022 /PRNewswire/ --`, or with one spaced hyphen: `Singapore, May 02, 2024 -
# Acme Ratings today changed …`): the page announces a report, and its dates are the release's,
# not the report's.
DATELINE = re.compile(rf"[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?, (?:{_MONTH} \d{{1,2}},? |\d{{1,2}} {_MONTH} )"
                       r"(?:19|20)\d\d\s?\s?(?:--|—|–|-(?= )|/PR ?Newswire/|\(Business Wire\)|\(BUSINESS WIRE\))")


# A rating agency's dateline opening its commentary: the house, its office and the day, each after a spaced hyphen, a
# colon before the note's first sentence (`Fitch Ratings - Hong Kong - 03 Apr 2025: Fitch Ratings has downgraded…`).
# The house writes it on its own note: its day is the note's (unlike a press release's `DATELINE`, which announces one).
AGENCY_DATELINE = re.compile(rf"^[ \t]*[A-Z][A-Za-z&.']*(?: [A-Z][A-Za-z&.']*){{0,3}}"
                             rf" - [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){{0,2}}"
                             rf" - (?P<d>\d{{1,2}}) (?P<mo>{_MONTH}) (?P<y>(?:19|20)\d\d):", re.MULTILINE)


def _agency_dateline_date(cover: str) -> date | None:
    found = AGENCY_DATELINE.search(cover) if " - " in cover else None
    return _english_day(found.group("y"), found.group("mo"), found.group("d")) if found else None


def _english_date(cover: str) -> date | None:
    """The first date of an English cover, before its prose begins, that is labelled (`Date:`)
    or stands as a cover's line does: it ends its line (or a capital is glued after it, the
    line's end lost) and follows no word of a sentence (`released on October 06, 2004`)."""
    if DATELINE.search(cover):
        return None
    prose = _SENTENCE_END.search(cover)
    for match in _ENGLISH_DATE.finditer(cover, 0, prose.start() if prose else len(cover)):
        if match.group("m3") is None:  # not labelled
            line_end = cover.find("\n", match.end())
            after = cover[match.end():line_end if line_end >= 0 else len(cover)]
            before = cover[cover.rfind("\n", 0, match.start()) + 1:match.start()]
            if (_CLOCK_BEFORE.search(before) or _SOURCE_AFTER.match(cover, match.end())
                    or _AS_OF_BEFORE.search(cover, max(0, match.start() - _AS_OF_REACH), match.start())):
                continue
            reading_time = not before.strip(" \t•") and _READING_TIME_AFTER.match(after)
            if _STAMP_AFTER_NAME.search(before) and not RESEARCH_HOUSE.search(before) and not reading_time:
                # (a news site's stamp, `富途資訊 ·  May 13, 2022 10:38` over a digest of the day's reports: the
                # page's time, as dates.py's `_platform_byline_date` has it; only a research house's byline dates
                # its report)
                continue
            if (reading_time or _STAMP_AFTER_NAME.search(before) or _KIND_BEFORE.search(before)
                    or _DISCLOSURES_BEFORE.search(before) or _MAIL_BEFORE.search(before)):
                pass
            elif not before.strip() and (_DASH_THEN_SENTENCE.match(after) or _FIELD_BAR.match(after)
                                         or _SECTOR_AFTER.match(after) or _WEEKDAY_AFTER.match(after)):
                pass  # (a firm's own release, its day opening the first paragraph: `15 September 2020 – The…`)
            elif not cover[:match.start()].strip() and _CAPITAL_AFTER.match(after):
                pass  # (a flattened cover opening on its date, its next line run on: `20 March 2019 Market snapshot
                # Equities - India…`, Motilal's; as given, the date ends its line)
            elif ((after.strip() and not after[0].isupper() and not _CAPITALS_AFTER.match(after))
                  or _LOWER_WORD_END.search(before)):
                continue
        month = _MONTHS.get((match.group("mo") or match.group("mo2") or "")[:3].capitalize()) or int(match.group("m3"))
        try:
            return date(int(match.group("y") or match.group("y2") or match.group("y3")), month,
                        int(match.group("d") or match.group("d2") or match.group("d3")))
        except ValueError:
            continue
    return None


# A research site's byline: the author's name with the date glued to it, on a line of its own under
# the summary (`Jane Rowe08 Jul 2019`), the desk's name before it at times (`Group Research - Econs, Jane
# Rowe16 Jan 2023`): the report's date, though the prose has begun.
_GLUED_BYLINE = re.compile(rf"^[ \t]*(?:[A-Z][^\n,.]{{1,40}}, )?[A-Z][a-z]+(?: [A-Z][a-z]+){{1,2}}(?P<d>\d{{1,2}}) "
                           rf"(?P<mo>{_MONTH}) (?P<y>(?:19|20)\d\d)[ \t]*$", re.MULTILINE)


def _glued_byline_date(cover: str) -> date | None:
    byline = _GLUED_BYLINE.search(cover)
    return _english_day(byline.group("y"), byline.group("mo"), byline.group("d")) if byline else None

"""Who wrote a report, as English text credits them (analysts.py reads the Chinese and Korean credits and
asks this module for the English ones): an English cover's analysts with their licence, e-mail address or
Hong Kong telephone number; a research site's byline with the date glued to it; a name on a line of its own
over the post it holds (`Jason Yu` / `Head of Multi-Asset Management, Asia`, as an asset manager's or a
bank's outlook credits its strategists); and a wire's or a news page's sentences: an analyst named before
what they did, a team of strategists writing a note, an analyst credited with the report, an officer
writing a note (`chief investment officer Jane Roe wrote:`), two analysts credited together with one
report (`Analysts Jane Roe and John Doe said in a report`)."""

from __future__ import annotations

import re

from generator.normalize import CJK_CLASS

# (a name on a page's own lines, in its words' usual case; a cover writes names in capitals too: `_ENGLISH_NAME`)
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
_HEADING_WORDS = frozenset((
    "Asia", "Pacific", "Europe", "America", "Americas", "China", "Greater", "Global", "Market", "Markets",
    "Outlook", "Strategy", "Strategies", "Economics", "Economic", "Research", "Insights", "Investment",
    "Investments", "Equity", "Equities", "Fixed", "Income", "Team", "Authors", "Author", "Contributors",
    "Key", "Contacts", "Wealth", "Management", "Asset", "Bank", "Group", "Office", "Chief", "Head", "Senior",
))
# An officer named after the post, writing the note (`UBS Global Wealth Management chief investment officer Jane Roe
# wrote:`, `chief economist John Doe writes`).
_OFFICER_WRITES = re.compile(rf"(?<![A-Za-z])(?:[Cc]hief\s+(?:[A-Za-z]+\s+){{0,2}}?(?:[Ii]nvestment\s+[Oo]fficer"
                             rf"|[Ee]conomist|[Ss]trategist)|CIO)\s+(?P<name>{_NAME})\s+(?:wrote|writes)\b")
# Two analysts credited together with one report (`Research Analysts Jane Roe and John Doe said in a report`, or the
# note named first: `according to a note published Wednesday by analysts Jane Roe and John Doe.`).
_ANALYSTS_PAIR = re.compile(rf"(?<![A-Za-z])[Aa]nalysts\s+(?P<name>{_NAME})\s+and\s+(?P<name2>{_NAME})\s+"
                            r"(?:said|wrote|noted|write|say)\s+in\s+(?:a|the|their)\s+(?:research\s+)?(?:report|note)\b"
                            r"|(?<![A-Za-z])(?:report|note)\s+(?:published|released|issued)\s+(?:[A-Z][a-z]+\s+)?by\s+"
                            rf"analysts\s+(?P<name3>{_NAME})\s+and\s+(?P<name4>{_NAME})(?=[\s.,;])"
                            # (or the two names alone opening the clause, the subject of the writing: `…to curb
                            # speculation, Alvin Wong and Sunny Tam wrote in a report today.`, a Bloomberg story on a
                            # house's initiation; no word before them, of which they would be the end)
                            rf"|(?<![A-Za-z] )(?<![A-Za-z])(?P<name5>{_NAME})\s+and\s+(?P<name6>{_NAME})\s+wrote\s+"
                            r"in\s+(?:a|the|their)\s+(?:research\s+)?(?:report|note)\b")


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
    if "nalysts " in text or "wrote in " in text:
        for match in _ANALYSTS_PAIR.finditer(text):
            _add(names, match.group("name") or match.group("name3") or match.group("name5"))
            _add(names, match.group("name2") or match.group("name4") or match.group("name6"))
    return names


# A page's field crediting the report's authors by label, names parted by commas (`Author: Jiang Chao, Zhou Xia, Zhang
# Qingyun, Haitong Securities and other`): the names up to the first piece that is none (the house's). Two names at
# least: a research team's credit, where a news page's `Author:` names its one reporter.
_AUTHORS_FIELD = re.compile(r"(?<![A-Za-z])Authors?\s?:\s")
_FIELD_PIECE = re.compile(r"\s*,\s*|\s+and\s+")
_FIELD_NAMES = 6


def field_authors(head: str) -> list[str]:
    """The authors a page's `Author:` field names, two or more, within the page's top (see above)."""
    field = _AUTHORS_FIELD.search(head, 0, _CREDITS_TOP)
    if field is None:
        return []
    names: list[str] = []
    for piece in _FIELD_PIECE.split(head[field.end():field.end() + _CREDITS_TOP // 5], _FIELD_NAMES)[:_FIELD_NAMES]:
        if not re.fullmatch(_NAME, piece) or set(piece.split()) & (_NOT_NAMES | _HEADING_WORDS):
            break
        _add(names, piece)
    return names if len(names) >= 2 else []


def _add(names: list[str], name: str, not_names: frozenset[str] = _HEADING_WORDS) -> None:
    """`name` added to `names` once, unless one of its words is among `not_names` (a heading's or a cover's)."""
    if not set(name.split()) & not_names and name not in names:
        names.append(name)


# An English cover's analysts: a name after the `Analyst` label with a licence (`SAC No.
# S0570521010001`) or an e-mail address within reach (`Analyst LI Jian, PhD … SAC No. S…`), or a
# name a Hong Kong telephone number and an e-mail address follow (`Alex Ng (852) 3900 0881
# alexng@…`, `John So +852 3189 6357 … [email protected]`, the name in Chinese between at times: `Jun Zhu 朱俊杰 (852)
# 2509 7592`), or the address first (`Jane Roe [email protected]
# +852 2536 0000`). A name is two or three words, each
# capitalised or in capitals, none of them a word of a cover (`Analyst Certification`).
_ENGLISH_NAME = r"(?P<name>(?:[A-Z][a-z]+|[A-Z]{2,})(?: (?:[A-Z][a-z]+|[A-Z]{2,})){1,2})"
_ENGLISH_ANALYST = re.compile(rf"(?<![A-Za-z])Analysts?\s*[:：]?\s+{_ENGLISH_NAME}(?![A-Za-z])")
_HK_CONTACT = re.compile(rf"(?<![A-Za-z-]){_ENGLISH_NAME}\s+(?:[{CJK_CLASS}]{{2,3}}\s+)?"
                         # (the house's entity the analyst works for after a dash: `Paul Louie - NIHK [email protected]
                         # +852 2252 6189`, Nomura International (Hong Kong)'s)
                         r"(?:[-–]\s?[A-Z]{2,6}\s+)?"
                         r"(?:(?:\[email\s?protected\]|[\w.+-]{1,40}@[\w.-]{1,60})\s+)?"
                         # (or a mainland office's, the country's code and the city's in one bracket: `Richard Cao 曹柱
                         # (86755) 2397 6870 … [email protected]`, GTJAI's Shenzhen analyst)
                         r"(?:\(852\)|\+852|\(86(?:10|2\d|[3-9]\d\d)\))[\s\d-]{8,12}")
# (or a cover that labels each contact, `T` before the telephone and `E` before the address, the given name then the
# surname in capitals: `Trevor KALCIC, CFA T (852) E [email protected] Eason YI T (852) E [email protected]`, CLSA's
# sector note, the page having lost the figures)
_LABELLED_CONTACT = re.compile(r"(?<![A-Za-z-])(?P<name>[A-Z][a-z]+ [A-Z]{2,})(?:,\s?(?:CFA|CPA|FRM|PhD))?\s+T\s+"
                               r"(?:\(852\)|\+852)[\s\d-]{0,12}?\s+E\s+(?:\[email\s?protected\]|[\w.+-]{1,40}@)")
# (or a Hong Kong house's cover, the name right before the analyst's SFC central entity number: `Natalie Chiu SFC
# CE No. AVH123`, `Albert Yip, CFA SFC CE No. ADT456`; the label names a licensed person, whose number it gives)
_SFC_ANALYST = re.compile(rf"(?<![A-Za-z-]){_ENGLISH_NAME}(?:,?\s?(?:CFA|CPA|FRM|PhD))?"
                          r"\s+SFC\s?CE\s?(?:No\.?|Number|#)")
# (or any house's, the name, a middle initial at times and a charter after a comma, then the analyst's telephone
# perhaps and e-mail address: `Parikshit D Kandpal, CFA parikshitd.kandpal@hdfcsec.com Kunal Bhandari
# kunal.bhandari@…`, `Alastair Macdonald, CFA +66 2 694 7753 [email protected] Karn Lertchaipattanakul +662 694 7774
# [email protected]`; a dash between, CIMB's `Terence Wong CFA +60(3) 20849689 – [email protected]`)
# (Two words, a middle initial between at times: a word before them is a heading's or another name's, `Branch Jeffrey
# Ohlweiler +886…`, `Songklod Wongchai … Suwat Sinsadok [email protected]`.)
_MAIL_CONTACT = re.compile(r"(?<![A-Za-z-])(?P<name>[A-Z][a-z]+(?: [A-Z]\.?)? [A-Z][a-z]+)"
                           r"(?:,? (?:CFA|CPA|FRM|PhD))?\s+(?P<phone>\+\d{1,3}[\s\d()-]{6,16}\s)?\s*(?:[–-]\s)?"
                           r"(?:\[email\s?protected\]|(?P<mailbox>[\w.+-]{1,40})@[\w-]+(?:\.[\w-]+)+)")


# (or a name with the house's entity after a dash, its own mailbox within reach though a column of the text runs
# between: Nomura's `Ashwin Mehta - NFASL ahead-of-consensus results. We think the stock price correction is
# ashwin.mehta@nomura.com +91 22 4037 4465`; the mailbox spells both words of the name)
_ENTITY_CONTACT = re.compile(r"(?<![A-Za-z-])(?P<name>[A-Z][a-z]+ [A-Z][a-z]+) [-–] ?[A-Z]{2,6}(?![A-Za-z])")
_MAILBOX = re.compile(r"(?<![\w.+-])([\w.+-]{1,40})@[\w-]+(?:\.[\w-]+)+")


def _mailbox_within_reach(text: str, match: re.Match[str]) -> bool:
    """Whether a mailbox within reach after `_ENTITY_CONTACT`'s `match` spells both words of its name."""
    words = match.group("name").lower().split()
    return any(all(word in mailbox.lower() for word in words)
               for mailbox in _MAILBOX.findall(text, match.end(), match.end() + _CREDENTIAL_REACH))


def _own_contact(match: re.Match[str]) -> bool:
    """Whether the contact `_MAIL_CONTACT` found is the named person's: the mailbox spells one of the name's words
    (`parikshitd.kandpal@…` after `Parikshit D Kandpal`), or, the address hidden, a telephone stands before it. (A
    desk's or another person's address after a name is no credential of the name's.)"""
    if (mailbox := match.group("mailbox")) is not None:
        return any(len(word) > 1 and word.lower() in mailbox.lower() for word in match.group("name").split())
    return match.group("phone") is not None
_CREDENTIAL = re.compile(r"S\d{4}5\d{8}|@|\[email|SFC\s?CE")
_CREDENTIAL_REACH = 150
_NOT_NAMES = frozenset((
    "Certification", "Certifications", "Day", "Meeting", "Meetings", "Report", "Reports", "Research", "Rating",
    "Ratings", "Coverage", "Team", "Equity", "Company", "China", "Hong", "Kong", "Securities", "Limited", "Ltd",
    "Group", "Holdings", "Bank", "Sector", "Industry", "Note", "Update", "Estimates", "Consensus", "Contact",
    "Contacts", "Tel", "Email", "Phone", "Fax", "Disclosure", "Disclosures", "Important", "The", "Our", "See",
    "Stock", "Data", "Price", "Target", "Investment", "Page", "Analyst", "Analysts", "PLEASE", "READ", "ANALYST",
    "CERTIFICATION", "RESEARCH", "REPORT", "BUY", "SELL", "HOLD", "NEUTRAL", "CHINA", "HK", "PRC", "USD", "HKD",
    "RMB", "SAC", "SFC", "CE", "No", "NO", "PhD", "CFA", "Head", "Chief", "Senior", "Associate", "Director",
    "Technology", "Consumer", "Healthcare", "Property", "Financials", "Internet", "Energy", "Materials",
    # a desk's or a service's line, not a person's
    "Sales", "Desk", "Hotline", "Trading", "Dealing", "Service", "Services", "Customer", "Client", "Clients",
    "Investor", "Relations", "Office", "Department", "Enquiries", "Enquiry", "General", "Media", "Support",
    # a firm's name before its switchboard (`The Hongkong and Shanghai Banking Corporation Limited +852 …`)
    "Corporation", "Banking", "Inc", "Plc", "PLC", "LLC", "Partners", "Hongkong", "Shanghai", "Beijing", "Shenzhen",
    # (its legal form in capitals too, on the line over the analyst's: `NOMURA INTERNATIONAL (HK) LIMITED` / `Alvin Wong
    # +852 2252 1563`, the lines run together as `LIMITED Alvin Wong`)
    "LIMITED", "LTD", "INC", "CORPORATION", "CORP", "Corp", "Co", "CO",
))


# A research site's byline: the author's name with the date glued to it (`Jane Rowe08 Jul 2019`).
# (its cover only; told from the space, the digit before it looked behind at: the search skips to spaces, where one
# opening with the digit stops at every figure)
_GLUED_BYLINE_HINT = re.compile(r" (?<=\d )(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_GLUED_BYLINE = re.compile(rf"(?<![A-Za-z]){_ENGLISH_NAME}"
                           r"(?=\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? "
                           r"(?:19|20)\d\d(?!\d))")


def cover_analysts(text: str) -> list[str]:
    """The analysts an English cover names with a licence, an e-mail address or a Hong Kong telephone number."""
    names: list[str] = []
    for pattern in (_ENGLISH_ANALYST, _HK_CONTACT, _LABELLED_CONTACT, _SFC_ANALYST, _MAIL_CONTACT, _ENTITY_CONTACT):
        for match in pattern.finditer(text):
            words = match.group("name").split()
            while words and words[0] in _NOT_NAMES:
                words.pop(0)  # a heading's words before the name (`Technology Sector Alex Ng`)
            while words and words[-1] in _NOT_NAMES:
                words.pop()  # a label's after it (`ZHAO Min SAC No.`)
            name = " ".join(words)
            if pattern is _MAIL_CONTACT and not _own_contact(match):
                continue
            if pattern is _ENTITY_CONTACT and not _mailbox_within_reach(text, match):
                continue
            reach = text[match.end():match.end() + _CREDENTIAL_REACH]
            if (len(words) >= 2 and not set(words) & _NOT_NAMES
                    and (_CREDENTIAL.search(reach) or _CREDENTIAL.search(match.group(0)))
                    and name not in names):
                names.append(name)
    return names

def glued_bylines(cover: str) -> list[str]:
    """The authors a research site's byline names with the date glued after them (`Jane Rowe08 Jul 2019`)."""
    names: list[str] = []
    for match in _GLUED_BYLINE.finditer(cover) if _GLUED_BYLINE_HINT.search(cover) else ():
        words = match.group("name").split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        if len(words) >= 2 and " ".join(words) not in names:
            names.append(" ".join(words))
    return names


# A wire's analyst, named before what they did (`Acme analyst Jane Doe upgraded …`, `analyst John Roe
# said in a note`): read only on a wire about one company's rating (see facts.py), where the analyst
# named is the report's.
_WIRE_ANALYST = re.compile(rf"(?<![A-Za-z])analyst\s+{_ENGLISH_NAME}\s+"
                           r"(?=(?:said|says|wrote|writes|upgrade[sd]|downgrade[sd]|raise[sd]|boost(?:s|ed)|lift(?:s|ed)"
                           r"|cuts?|lower(?:s|ed)|confirm(?:s|ed)|reiterate[sd]"
                           r"|maintain(?:s|ed)|initiate[sd]|note[sd]|added|expects|believes|thinks)\b)")


# A wire's team of strategists or analysts credited with writing the note it reports (`strategists including Jane
# Roe wrote in a note`, `Acme strategists, including John Doe, wrote`, `analysts led by Jane Roe at Acme wrote`,
# `strategists at the bank including John Doe wrote`, `Strategist John Doe’s team says`): the note's authors, on a
# page about a market as well as one about a company. (Not an analyst named alone, `Analyst John Doe said in a
# report`, as a digest of several houses' calls names each: see `wire_analysts`.)
_HOUSE = r"[A-Z][\w&.’']*(?:\s+[A-Z][\w&.’']*){0,3}"
_WRITES = r"(?=(?:wrote|writes|write|said|says|noted|notes)\b)"
_WIRE_TEAM = re.compile(rf"(?<![A-Za-z])(?:[Aa]nalysts|[Ss]trategists|[Ee]conomists)"
                        rf"(?:\s+at\s+(?:the\s+(?:bank|firm|brokerage)|{_HOUSE}))?,?\s+(?:including|led\s+by)\s+"
                        rf"{_ENGLISH_NAME},?(?:\s+(?:at|of)\s+{_HOUSE},?)?\s+{_WRITES}")
_TEAM_HEAD = re.compile(rf"(?<![A-Za-z])(?:[Ss]trategist|[Aa]nalyst|[Ee]conomist)\s+{_ENGLISH_NAME}['’]s\s+team\s+"
                        rf"{_WRITES}")


# An analyst an English page credits with the report it is about, by name and title: `Acme Research analyst Jane Roe,
# head of China research, writes in the report`, `Acme analyst Jane Roe pointed out in her latest report`, `Jane Roe,
# an analyst at Acme, said in the report`, `Jane Roe, Chief Pharmaceutical Analyst at Acme Securities, recently
# released a research report`. A page crediting several names so is a roundup of several houses' reports, whose
# analysts are none of one report's (see `analysts`).
_REPORT = r"(?:the|a|an|her|his|their|its)\s+(?:(?:latest|recent|new|flagship)\s+)?(?:research\s+)?(?:report|note)\b"
_IN_REPORT = (r"(?:writes|wrote|said|says|noted|notes|argues|argued|pointed\s+out|points\s+out)\s+in\s+" + _REPORT
              + r"|(?:recently\s+)?(?:released|published|issued)\s+" + _REPORT)
_NAME_FIRST = _ENGLISH_NAME.replace("?P<name>", "?P<name2>")
_REPORT_AUTHOR = re.compile(
    rf"(?<![A-Za-z])[Aa]nalyst\s+{_ENGLISH_NAME},?(?:\s[^,.;:()]{{1,80}},)?\s+(?:{_IN_REPORT})"
    rf"|(?<![A-Za-z-]){_NAME_FIRST},\s+(?:(?:an?|the)\s+)?(?:[A-Z][a-z]+\s+){{0,3}}[Aa]nalyst\s+"
    rf"(?:at|of|with)\s+{_HOUSE},\s+(?:{_IN_REPORT})")


def report_authors(text: str) -> list[str]:
    """The analysts an English page credits, by name and title, with the report it is about."""
    names: list[str] = []
    for match in _REPORT_AUTHOR.finditer(text):
        _add(names, match.group("name") or match.group("name2"), _NOT_NAMES)
    return names


# A wire's sentence or summary point opening with the strategist or analyst who made the call it reports (`Strategist
# Jonathan Garner upgraded China to Overweight`, `- Analyst Gary Yu also lifted the target price for…`): the call's
# author, when the page names one so (a roundup of several houses' calls names one for each); a call is a rating's or
# a target's, not an analyst's forecasts (`Analyst Jane Roe cut his earnings forecasts…` in a column's entry).
_CALLER_OPENS = re.compile(rf"(?:Strategist|Analyst)\s+{_ENGLISH_NAME}\s+(?:also\s+)?"
                           r"(?:upgraded|downgraded|initiated|reiterated|(?:raised|lifted|cut|lowered|boosted)\s+"
                           r"(?:the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:target|rating))\b")
# (what stands before it: the text's start, a line's, a sentence's end or a point's dash and a space)
_CALLER_AFTER = (". ", "! ", "? ", "- ", "\n")


# A wire's team named after its head, issuing the report (`Liang Hong Team of China International Capital Corporation
# Limited [HKG:3908] (CICC) issued its '2018 Macroeconomic Outlook'`): the head is its author.
_HEADED_TEAM = re.compile(rf"(?<![A-Za-z-]){_ENGLISH_NAME}['’]?s?\s+[Tt]eam\s+(?:of|at)\s+[A-Z][^.;]{{1,80}}?\s+"
                          r"(?:issued|released|published)\b")
_HEAD_NOT_NAMES = _NOT_NAMES - {"Hong"}  # (a given name as well: `Liang Hong`; `Hong Kong` still fails on `Kong`)


def team_heads(text: str) -> list[str]:
    """The heads of the teams an English wire names as issuing the report (see above)."""
    names: list[str] = []
    # (what every such credit holds, looked for first)
    for match in _HEADED_TEAM.finditer(text) if "eam of " in text or "eam at " in text else ():
        _add(names, match.group("name"), _HEAD_NOT_NAMES)
    return names


def wire_team(text: str) -> list[str]:
    """The strategists or analysts an English wire credits, as a team, with writing the note it reports, and the one
    a sentence opens with as the call's author."""
    names: list[str] = []
    for match in (*_WIRE_TEAM.finditer(text), *_TEAM_HEAD.finditer(text)):
        _add(names, match.group("name"), _NOT_NAMES)
    callers: list[str] = []
    for match in _CALLER_OPENS.finditer(text):
        at = match.start()
        if not at or text[at - 1] == "\n" or text[at - 2:at] in _CALLER_AFTER:
            _add(callers, match.group("name"), _NOT_NAMES)
    return names + [name for name in callers if name not in names] if len(callers) == 1 else names


def wire_analysts(text: str) -> list[str]:
    """The analysts an English wire names before what they did."""
    names: list[str] = []
    for match in _WIRE_ANALYST.finditer(text) if "analyst " in text else ():
        _add(names, match.group("name"), _NOT_NAMES)
    return names

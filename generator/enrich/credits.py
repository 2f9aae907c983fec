"""Who an English headline credits, wherever its sentence puts the house (`… at Morgan Stanley`,
`…, Says UBS`, `Tata Consumer (GS): Buy`, a house as the subject of a rating verb), and which
headlines open with a company they cover instead (`HSBC (NYSE:HSBC) Lifted to …`).

It stands apart from publishers.py, which weighs the segments a title is cut into: these patterns
read the headline as an English sentence, are built from the table's Latin names at the first such
headline, and answer the table only who is credited and where the sentence starts.
"""

from __future__ import annotations

import re

# What a house does in an English headline where it is the subject (`ASX – Morgan Stanley rates the
# stock as Underweight`, `GS on PTC Industries: …`, `#Nomura maintain 'buy' rating on #Wipro`, in a
# repost's past tense `Citi upgraded Hong Kong stocks`, a headline's plural `HSBC expect the …`); never a bank in its
# own news (`UBS on track to …`, `HSBC expects to cut …`).
# After `expects`: a house's own plans (`HSBC expects to cut …`, `… expects its profit …`), no call of its.
NOT_OWN_PLANS = r"(?!\s+(?:to|it|its|it['’]s)\b)"
# The views a house says it turns to (`… says it’s turning even more bullish`).
_VIEW_WORDS = r"(?i:bullish|bearish|optimistic|pessimistic|cautious|constructive|positive|negative)"
_HOUSE_VERBS = (r"(?i:rates|on(?!\s+(?:track|course|hold|pace|the\s+(?:rise|move|way)))|maintain(?:s|ed)?|"
                r"rais(?:es?|ed)|lift(?:s|ed)?|cuts?|lower(?:s|ed)?|slash(?:es|ed)|trim(?:s|med)|upgrad(?:es?|ed)|downgrad(?:es?|ed)|"
                r"initiat(?:es?|ed)|reiterat(?:es?|ed)|keeps|kept|sees|expects?" + NOT_OWN_PLANS + r"|lists|"
                r"adds|removes|boost(?:s|ed)?|gives|sets|likes|prefers|names|picks|warns|forecasts|predicts|"
                # (a call it makes, `JPMorgan calls for "overweight" on China`)
                r"calls\s+for|"
                # (`UBS says China is …`, `Citi said …`: its view; never the bank on its own business, `HSBC says it
                # will …`, `UBS says first-quarter profit …`)
                r"(?:says|said)(?!\s+(?:it|its|it['’]s|they|their|the\s+bank|first|second|third|fourth|quarterly|"
                r"annual|net|profits?|revenues?|earnings|ceo|chief)\b)|"
                # (unless what it says it is turning or growing is a view: `Morgan Stanley says it’s turning even more
                # bullish on China`)
                r"(?:says|said)(?=\s+it(?:['’]s|\s+is)\s+(?:\w+\s+){0,3}?" + _VIEW_WORDS + r"\b))")
# What a house's possessive opens in a headline when its research is the news (`HSBC's year-end forecast for
# USD/RMB`, `UBS's top picks …`); never its own business (`HSBC's profit …`).
_HOUSE_VIEWS = (r"(?i:forecasts?|views?|outlooks?|calls?|targets?|estimates?|picks?|strategists?|economists?|analysts?|"
                r"research|notes?|reports?|models?|projections?)")
# The house's people who make its calls in a headline (`JPMorgan Economist Expects …`).
_HOUSE_PEOPLE = r"(?i:(?:chief\s+)?(?:economists?|strategists?|analysts?))"
# What two houses do together as a headline's subject, in the plural (`Barclays and JPMorgan expect …`, `Citigroup
# and JPMorgan make bold predictions on …`): a call, never their own news (`… make record profits`).
_JOINT_VERBS = (r"(?i:expect|see|say|forecast|predict|warn|like|prefer|raise|cut|upgrade|downgrade|turn|"
                r"make\s+(?:\w+\s+){0,2}(?:predictions?|calls?|forecasts?|bets?))")

# (the names folded to lower case, the places a house is credited, a covered company's opening)
_Patterns = tuple[dict[str, str], list[re.Pattern[str]], re.Pattern[str]]


class HeadlineCredits:
    """The names an English headline may credit, with their patterns made at the first such
    headline (an edit's rebuild reads no listing and never needs them). The copies of a table
    share it, as they share its word patterns (keywords.LongestWord)."""

    def __init__(self, names: dict[str, str]) -> None:
        self._names = names
        self._made: _Patterns | None = None

    def credited(self, text: str) -> tuple[list[str], str] | None:
        """The houses an English headline credits, with the sentence from where it reads (from the
        house in `Stock X: UBS raises …`, else whole); no house, and the whole headline, where a
        company it covers opens it; None where it credits nobody."""
        if self._made is None:
            self._made = _latin_credits(self._names)
        names, patterns, covered = self._made
        if joint := patterns[0].search(text):  # `Goldman and Citigroup Boost Ratings on …`
            return list(dict.fromkeys(names[joint.group(g).lower()] for g in ("h", "h2"))), text
        if joint := patterns[1].match(text):  # `RBC, JPMorgan: …`: their call after the colon
            return list(dict.fromkeys(names[joint.group(g).lower()] for g in ("h", "h2"))), text[joint.end():]
        for pattern in patterns[2:]:
            if found := pattern.search(text):
                # `Stock X: UBS raises …` starts at the house; `…: GlobalData forecast` ends with it, whole
                lead = text[found.start("h") - 2: found.start("h")] == ": " and found.end() < len(text.rstrip())
                return [names[found.group("h").lower()]], text[found.start("h"):] if lead else text
        if covered.match(text):
            return [], text
        return None


def _latin_credits(names: dict[str, str]) -> _Patterns:
    """Patterns for the places an English headline credits a house, joint subjects first. Names of
    three letters or fewer (`MS`, `GS`, `UBS`) count only as written, in capitals."""
    longer = "|".join(re.escape(n) for n in sorted((n for n in names if len(n) > 3), key=len, reverse=True))
    short = "|".join(re.escape(n) for n in sorted((n for n in names if len(n) <= 3), key=len, reverse=True))
    house = rf"(?P<h>(?i:{longer})|{short})" if short else rf"(?P<h>(?i:{longer}))"
    second = house.replace("(?P<h>", "(?P<h2>")
    patterns = [
        re.compile(rf"^{house}\s+(?:and|&)\s+{second}\s+(?:{_HOUSE_VERBS}|{_JOINT_VERBS})\b"),
        # (houses joined by a comma before the colon of their call: `RBC, JPMorgan: S&P 500 Poised to Drop …`)
        re.compile(rf"^{house},\s+{second}:\s+(?=\S)"),
        # a house joining others' call, the first the subject (`UBS joins Goldman, Morgan Stanley in trimming China
        # stocks view`, `Citi joins chorus of bullish calls …`): the first house's call, the others named in it
        re.compile(rf"^{house}\s+(?i:joins)\s+(?:{second}|(?i:(?:an?\s+|the\s+)?(?:growing\s+)?"
                   rf"(?:chorus|peers|rivals|others|wall\s+street)))"),
        # its research by the possessive (`HSBC's year-end forecast for USD/RMB`)
        re.compile(rf"^{house}['’]s\s+(?:[\w/-]+\s+){{0,2}}{_HOUSE_VIEWS}\b"),
        re.compile(rf"\s(?i:at|by)\s+{house}(?:\s+(?i:to)\s+[\w\s\"“”'-]{{1,30}})?[.!]?\s*$"),
        # a rating verb's house before the clause that gives its reason (`Nvidia Upgraded at HSBC as AI …`)
        re.compile(rf"\b(?i:upgraded|downgraded|raised|lifted|cut|lowered|initiated|reiterated|reinstated|resumed|"
                   rf"started)\b[^.;:!?]{{0,40}}?\s(?i:at|by)\s+{house}\s+"
                   rf"(?i:as|after|following|on|amid|over|despite|with|ahead|citing|due)\b"),
        re.compile(rf"\b(?i:says|said|according to)\s+{house}\b"),
        re.compile(rf",\s+{house}\s+(?i:says|said)[.!]?\s*$"),  # a wire's `…, Goldman Sachs Says`
        re.compile(rf":\s+{house}\s+(?i:forecasts?|estimates?|says|survey|report)\s*$"),
        # (a wire's headline closing on the house alone after a colon, whose call the rest is: `China Stocks to Rally
        # Until First Quarter 2013: Nomura`)
        re.compile(rf"\S:\s+{house}[.!]?\s*$"),
        re.compile(rf"^[^()]{{2,40}}?\s\({house}\)\s*:"),
        # (a house opening the clause after a comma too: `Finolex Cables ends 6% higher …, Jefferies lift target`,
        # or the clause after `as` that gives the reason of the move: `Wells Fargo Stock Rises as Morgan Stanley Sees
        # Margin Pressure Easing`, the house's view moving the stock)
        # (and after `but` or `while` the clause of the house's contrary view: `Korean Stocks Dip Again, But Morgan
        # Stanley Sees Sharp Growth Ahead`; its economist or strategist as the subject: `JPMorgan Economist Expects …`)
        # (or the headline's second sentence: `Chinese stocks have been on a tear. Morgan Stanley says …`)
        re.compile(rf"(?:^|[–—-]\s+|#|:\s+|[,;]\s+|(?<=[a-z])[.!?]\s+|\s(?i:as|but|while)\s+){house}\s+"
                   rf"(?:{_HOUSE_PEOPLE}\s+)?"
                   rf"(?:{_HOUSE_VERBS})\b"),
        # (the headline's move after the house's change of rating: `Tesla Drops … After Morgan Stanley Downgrade`)
        re.compile(rf"\s(?i:after|following|on)\s+(?:an?\s+)?{house}\s+(?i:downgrade|upgrade)s?\b"),
    ]
    covered = re.compile(rf"^{house}(?:\s+(?:PLC|plc|Group|Holdings|Inc\.?|Financial|Bank))*"
                         rf"\s*\((?:[A-Z]+:)?[A-Z.]{{1,6}}\)")
    return {n.lower(): c for n, c in names.items()}, patterns, covered

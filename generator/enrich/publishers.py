"""Who published a report: the listing's own publisher field, else the credits in its title,
else the marks a firm leaves where it signs its reports (commentary overrides all, in digest).

Report sites often name no publisher, put an industry (`银行业:`) or the covered company
(`招商银行：`) where the publisher would go, or credit a team (`【广发宏观郭磊】`, `… | 华安固收`).
The table of known publishers, with their short names, decides what a title segment is; the
text counts only where a firm signs (its disclaimer, licence statement, credit lines, analysts'
registration numbers, e-mail domains, house phrases), never where a name is merely mentioned.
Renamed firms are separate publishers linked by `successor`/`since`: a report keeps its name.

The table's names and what a name resolves to are publishernames.py's; what a listing's field holds
besides a name, listingfields.py's; what goes on from a house's name in a title, calls.py's; where a
firm signs its text, signatures.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from generator.config import Term
from generator.enrich.calls import (
    CALL_VERB,
    CALLERS,
    FUND_REPORT,
    HOUSE_FORM,
    LATIN_TEAM_WORD,
    LEGAL_FORM,
    LISTED_FORM,
    OWN_NEWS,
    PUBLISH_VERB,
    REPORT_NAME,
    SERIES_NAME,
    SERIES_REST,
    SUBJECT_VERB,
    TICKER,
    cjk_call,
    korean_call,
)
from generator.enrich.choices import longest_first
from generator.enrich.citations import series_names
from generator.enrich.credits import HeadlineCredits
from generator.enrich.keywords import longest_word
from generator.enrich.listingfields import CITATION_FIELD, NOT_LISTED, PINYIN_FIELD, RATINGS, SERIES_FIELD, SYLLABLE
from generator.enrich.orgnames import GENERIC, org_head
from generator.enrich.publishernames import PublisherNames
from generator.enrich.signatures import EMAIL, PAGE_HEADER, SAC, SIGNED_AFTER, SIGNED_BEFORE, STATEMENTS
from generator.enrich.titleedges import JOINT
from generator.enrich.titleparts import TitleParts
from generator.normalize import fold, is_hangul, mostly_ascii, to_simplified

UNATTRIBUTED = "未署名"


@dataclass
class Attribution:
    publishers: list[str]
    method: str
    prefix_is_publisher: bool
    discovered: list[str] = field(default_factory=list)
    # The reading of the title that named the publisher, when not the first one.
    reading: TitleParts | None = None


class PublisherTable(PublisherNames):
    """The publisher table with the indexes attribution reads titles against: houses by their English names and
    initials, fund managers by their brands, a house's call in a Chinese or Korean headline, series' names, an
    English headline's credits."""

    def __init__(self, terms: list[Term]) -> None:
        super().__init__(terms)
        latin = longest_first({a.lower() for t in terms for a in (t.name, *t.aliases)
                               if len(a) >= 5 and a.isascii() and a[0].isalpha()})
        self._latin = {a: self._names[fold(a)] for a in latin if fold(a) in self._names}
        lead = "(?:" + "|".join(map(re.escape, self._latin)) + r")(?=[\s:：,-])"
        self._latin_lead = re.compile(lead) if self._latin else None
        # initialisms (`CICC`, `CLSA`), read only before a report's name
        caps = longest_first({a for t in terms for a in (t.name, *t.aliases) if 3 <= len(a) <= 4 and a.isascii()
                              and a.isupper() and a.isalpha() and fold(a) in self._names})
        self._caps_lead = re.compile("(?:" + "|".join(caps) + r")(?=\s)") if caps else None
        # Fund managers by the brand their funds' names open with (`中信建投` for 中信建投基金).
        self._brands: dict[str, str] = {}
        for term in terms:
            if term.kind == "asset-manager" and term.name.endswith("基金"):
                for brand in (term.name[:-2], *(a for a in term.aliases if not a.endswith("基金"))):
                    if len(brand) >= 2:
                        self._brands.setdefault(fold(brand), term.name)
        self._brand = longest_word(self._brands)
        # a house's call names it by its short form; `中信证券`, `招商银行` before a verb are covered stocks
        cjk = longest_first({a for t in terms for a in (t.name, *t.aliases)
                             if len(a) >= 2 and not a.isascii() and not LISTED_FORM.search(a)})
        self._cjk_call = cjk_call(cjk)
        korean = [a for a in cjk if any(map(is_hangul, a))]
        self._ko_call = korean_call(korean)
        self._series = {" ".join(name.lower().split()): term.name for term in terms for name in term.series}
        series = "|".join(re.escape(name).replace(r"\ ", r"\s+")
                          for name in sorted(self._series, key=len, reverse=True))
        self._series_lead = re.compile(rf"^(?:{series})(?![^\W_])", re.IGNORECASE) if series else None
        credited = {a: self._names[fold(a)] for t in terms for a in (t.name, *t.aliases)
                    if a.isascii() and len(a) >= 2 and a[:1].isalpha() and fold(a) in self._names}
        self._credits = HeadlineCredits(credited) if credited else None

    def attribute(self, parts: TitleParts, head: str, tail: str, listed: str | None = None,
                  on: date | None = None) -> Attribution:
        """The publisher field the listing shows beside the title (`listed`) first: a title
        prefix naming another firm is then the report's subject (`招商银行：…` in a broker's
        listing) and stays in the title. Then credits in the title, then the report's own
        signature in its text (`on`: the report's date, for names since changed)."""
        readings = (parts, *parts.alternatives)
        if listed and CITATION_FIELD.search(listed):
            cited = next((name for segment in series_names(listed) if (name := self.lookup(segment))), None)
            if cited:
                return Attribution([cited], "listing", False)
            listed = None  # authors, not a publisher: read the title instead
        if listed and (folded := fold(listed)) not in GENERIC and folded not in NOT_LISTED:
            names, discovered = self._listed(listed)
            for reading in readings:
                if names and reading.prefix and self._same_firms(self._names_in(reading), names):
                    return Attribution(names, "listing", True, discovered, None if reading is parts else reading)
            if names:
                return Attribution(names, "listing", False, discovered)
        if credited := self._latin_credit(parts):
            return credited
        if parts.house_lead and not parts.prefix and self._prefix and (house := self._prefix.match(fold(parts.body))):
            return Attribution([self._names[house.group()]], "title", False)
        if parts.context == "reference":
            # A reference's issuer and the body that wrote it (`…. 题名[R]. 上海: 海通证券研究所, 2025.`): a name the
            # table knows first, whichever it is; else the first that reads as an organisation's.
            for may_discover in (False, True):
                for reading in readings:
                    from_title, discovered, _ = self._from_title(reading, may_discover)
                    if from_title:
                        return Attribution(from_title, "title", True, discovered, reading)
            return Attribution([], "none", False)
        for reading in readings:
            if reading.context == "trail" and self._own_ticker(reading):
                continue
            # A segment at the end or after a dash is weaker evidence than a prefix: only known names
            # count, but for an issuer before its bracketed title (`SBIネオトレード証券「…」`).
            may_discover = reading is parts or reading.context == "cite"
            from_title, discovered, prefix_is_publisher = self._from_title(reading, may_discover)
            if from_title:
                return Attribution(from_title, "title", prefix_is_publisher, discovered,
                                   None if reading is parts else reading)
        if parts.site and (house := self.site_house(parts.site, on)):
            return Attribution([house], "title", False)  # a search snippet's address on the house's own server
        if not parts.covered and ((house := self._house_series(parts.core or parts.body))
                                  or (parts.prefix_bracketed and (house := self._house_series(parts.body)))):
            return Attribution([house], "title", False)  # (after a digest's section tag: `【策略】西部研究月度金股…`)
        if self._series_lead and (series := self._series_lead.match(parts.core or parts.body)):
            return Attribution([self._series[" ".join(series.group().lower().split())]], "title", False)
        if self._cjk_call and (call := self._cjk_call.search(to_simplified(parts.core or parts.body))) \
                and (house := self._names.get(fold(call.group("h")))):
            return Attribution([house], "title", False)
        if self._ko_call and (call := self._ko_call.search(parts.core or parts.body)) \
                and (house := self._names.get(fold(call.group("h")))):
            return Attribution([house], "title", False)
        if named := self._latin_label(parts):
            return named
        if self._latin_lead and not parts.prefix and (lead := self._latin_lead.match(parts.body.lower())):
            rest = parts.body[lead.end():].lstrip(" :：,-")
            # (`CITIC Securities [6030.HK; CH]`, `China Merchants Securities Company`: the firm covered, by name)
            if rest and not TICKER.match(rest) and not LEGAL_FORM.fullmatch(rest):
                house = self._latin[lead.group()]
                if parts.body[lead.end(): lead.end() + 1].isspace():
                    # A house the headline's sentence goes on from is no byline: as its subject (`Nomura has
                    # slashed its China forecast`, `Jefferies Financial turns bullish on …`) it makes the call and
                    # stays in the title; before its stock, results or deals (`Morgan Stanley Stock Trading Revenue
                    # Soars`, `Daiwa Beats Estimates`) it is the firm in the news, no publisher.
                    went_on = HOUSE_FORM.sub("", rest)
                    if SUBJECT_VERB.match(went_on) and self.terms[house].kind in CALLERS:
                        return Attribution([house], "title", False, [], _plain(parts, parts.body))
                    # (a company of another kind as the subject, `Alibaba slips after …`: the firm in the news)
                    own_news = went_on[:1].islower() or OWN_NEWS.match(went_on)
                else:
                    own_news = None
                if not own_news:
                    reading = replace(parts, prefix=parts.body[: lead.end()], body=rest, prefix_as_listed="",
                                      prefix_parts=[], alternatives=[], context="lead")
                    return Attribution([house], "title", True, [], reading)
        if self._brand and FUND_REPORT.search(folded_title := fold(parts.display)) \
                and (brand := self._brand.match(folded_title)):
            return Attribution([self._brands[brand.group()]], "title", False)
        from_text, discovered = self._from_text(fold(head + "\n" + tail), parts.report_date or on)
        if from_text:
            return Attribution(from_text, "text", False, discovered)
        return Attribution([], "none", False)

    def _own_ticker(self, reading: TitleParts) -> bool:
        """Whether a trailing initialism in parentheses is the ticker of the house named just before it
        (`Analyst Ratings for Morgan Stanley (MS)`): the company the title is about, no credit of it."""
        prefix = reading.prefix or ""
        if not (prefix.isascii() and prefix.isupper() and len(prefix) <= 5) or not (house := self.lookup(prefix)):
            return False
        body = fold(reading.body)
        return any(body.endswith(fold(name)) for name in (house, *self.terms[house].aliases) if len(name) > len(prefix))

    def _same_firms(self, credited: list[str], listed: list[str]) -> bool:
        """Whether a title's credit names the listed firms, also by a name one of them had before or after
        (`| 民生金工` in a listing of 国联民生证券, 民生证券's successor)."""
        def kin(a: str, b: str) -> bool:
            return a == b or any((term := self.terms.get(x)) is not None and term.successor == y
                                 for x, y in ((a, b), (b, a)))
        return len(credited) == len(listed) > 0 and all(map(kin, credited, listed))

    def _latin_label(self, parts: TitleParts) -> Attribution | None:
        """An English title that opens with the house's name, then its report's name (`CICC Ratings and Target
        Prices for …`, `Huatai Securities 2025 Mid-Year Outlook: …`, `Guosen Expert Series: …`): the house's, off
        the title but in a series' name. The name may be an initialism (`CICC`) only so; a company covered opens
        with its name too (`HSBC Holdings: …`), but then no report's name follows it."""
        if parts.prefix and parts.context != "colon":
            return None
        text = parts.core or parts.body
        if not text[:1].isascii() or not mostly_ascii(text):
            return None
        lowered = text.lower()
        lead = (self._latin_lead.match(lowered) if self._latin_lead else None) \
            or (self._caps_lead.match(text) if self._caps_lead else None)
        if not lead:
            return None
        rest = text[lead.end():].lstrip(" ,-")
        team = LATIN_TEAM_WORD.match(rest)
        if (team and SUBJECT_VERB.match(rest[team.end():])) or CALL_VERB.match(rest) or PUBLISH_VERB.match(rest):
            # the house, or its research unit, as the subject of a call (`CICC Research Forecasts Strong …`, `BOCI
            # Upbeat about 4Q HK Stock Mkt, …`): its call, the sentence whole
            house = self._latin.get(lowered[: lead.end()]) or self._names[fold(text[: lead.end()])]
            return Attribution([house], "title", False, [], _plain(parts, text))
        label = rest.split(":")[0] if parts.prefix else rest
        if not label or TICKER.match(rest) or not REPORT_NAME.match(label):
            return None
        house = self._latin.get(lowered[: lead.end()]) or self._names[fold(text[: lead.end()])]
        if SERIES_NAME.search(label):
            return Attribution([house], "title", False, [], _plain(parts, text))
        reading = replace(parts, prefix=text[: lead.end()], body=rest, prefix_as_listed="", prefix_parts=[],
                          alternatives=[], context="lead")
        return Attribution([house], "title", True, [], reading)

    def _house_series(self, text: str) -> str | None:
        """The house whose short form or name opens the title glued to its series' name (`国盛多因子系列2：…`,
        `华源晨会精粹`); a covered company reads otherwise (`长江电力：…`, `华泰股份2023年报点评`)."""
        key = fold(text)
        found = self._starts.match(key) if self._starts else None
        if not found or not SERIES_REST.match(key, found.end()):
            return None
        return self._names.get(found.group()) or self._shorts.get(found.group())

    def _latin_credit(self, parts: TitleParts) -> Attribution | None:
        """An English headline's credit, wherever the sentence puts it: `… at Morgan Stanley`, `… by
        Zacks Investment Research to Hold`, `…, Says UBS`, `Tata Consumer (GS): Buy`, a house as the
        subject of a rating verb. A company that opens the headline with its ticker (`HSBC (NYSE:HSBC)
        Lifted to … at Morgan Stanley`) is covered, not publishing. The sentence stays whole."""
        text = parts.core or parts.body
        if self._credits is None or not mostly_ascii(text) or (credited := self._credits.credited(text)) is None:
            return None
        houses, body = credited
        return Attribution(houses, "title" if houses else "none", False, [], _plain(parts, body))

    def _listed(self, listed: str) -> tuple[list[str], list[str]]:
        """The publishers a listing's field names (`毕马威&中国银行业协会`), discovering new ones."""
        names: list[str] = []
        discovered: list[str] = []
        words = listed.split()
        spaced = [self.resolve(word) for word in words] if len(words) > 1 else []
        if len(spaced) > 1 and None not in spaced and len(set(spaced)) == len(spaced):
            # a field naming two bodies by a space (`中金公司研究部 中金研究院`): each, as it reads alone
            return [name for name in spaced if name], []
        for part in [listed] if self.lookup(listed) else [p for p in JOINT.split(listed) if p.strip()]:
            if names and fold(part) in RATINGS:
                continue
            # (a field may give the firm by its short name alone: `西部`, `国盛`)
            name = self.resolve(part) or self._shorts.get(fold(part).strip())
            if name is None and " - " in part:
                # a field giving the firm by two of its names (`IMF - International Monetary Fund`)
                sides = {self.resolve(side.strip()) for side in part.split(" - ")}
                name = sides.pop() if len(sides) == 1 else None
            if name is None and (series := SERIES_FIELD.match(part)):
                name = self.resolve(series.group("house"), "bracket")
            if name is None and PINYIN_FIELD.fullmatch(part.strip()) \
                    and all(SYLLABLE.fullmatch(w) for w in part.lower().split() if not w.isdigit()):
                # a portal's field spelling the firm's Chinese name in pinyin (`2 1 Shi Ji Jing Ji Bao Dao` for
                # 21世纪经济报道): the firm it spells, or none, never a firm of that name
                name = self._by_pinyin(part)
                if name is None:
                    continue
            if name is None:
                name = self.discover(part)
                discovered.append(name)
            if name not in names:
                names.append(name)
        return names, discovered

    def _from_title(self, parts: TitleParts, may_discover: bool) -> tuple[list[str], list[str], bool]:
        if not parts.prefix:
            return [], [], False
        whole = self.resolve(parts.prefix, parts.context)
        if whole:
            return [whole], [], True
        names: list[str] = []
        discovered: list[str] = []
        # names joined in one credit (`中金·华泰`) are a credit, whatever stands around them
        context = "bar" if len(parts.prefix_parts) > 1 else parts.context
        for segment in parts.prefix_parts:
            name = self.resolve(segment, context)
            new = False
            if name is None:
                name, new = self._classify(segment, may_discover and parts.context != "trail")
            if name is None:
                return [], [], False
            if new:
                discovered.append(name)
            if name not in names:
                names.append(name)
        return names, discovered, True

    def _from_text(self, text: str, day: date | None) -> tuple[list[str], list[str]]:
        """Only where a firm signs: its disclaimer, licence statement, credit line, analysts'
        licence numbers and e-mail addresses; a name merely mentioned (a regulator quoted, a
        bank covered, a foreign broker cited) is not a signature."""
        if (header := PAGE_HEADER.match(text)) and (house := self.lookup(header.group("org"))):
            return [house], []
        for pattern, words, may_discover in STATEMENTS:
            for match in pattern.finditer(text) if any(word in text for word in words) else ():
                org = match.group("org")
                known = next((n for i in range(len(org) - 1)
                              if self._starts_name(org, i) and (n := self.lookup(org[i:]))), None)
                if not known and self._prefix and (head := self._prefix.match(org)) and len(head.group()) >= 3:
                    known = self._names[head.group()]  # the analysts' names run on: `华安证券张某李某`
                if known:
                    return [known], []
                if may_discover:
                    name, new = self._classify(org_head(org))
                    if name:
                        return [name], [name] if new else []
        if self._any_mark and self._any_mark.search(text):
            for mark, name, in_context in self._marks:
                start = text.find(mark)
                while start >= 0:
                    end = start + len(mark)
                    if not in_context or SIGNED_BEFORE.search(text[max(0, start - 8):start]) \
                            or SIGNED_AFTER.match(text, end):
                        return [name], []
                    start = text.find(mark, end)
        for match in SAC.finditer(text):
            if match.group(1) in self._sac:
                return [self.on_date(self._sac[match.group(1)], day)], []
        for match in EMAIL.finditer(text):
            domain = match.group(1)
            while domain:
                if domain in self._domains:
                    return [self.on_date(self._domains[domain], day)], []
                domain = domain.partition(".")[2] if "." in domain else ""
        return [], []


def _plain(parts: TitleParts, body: str) -> TitleParts:
    """A reading of the whole title, with nothing taken off it as a prefix."""
    return replace(parts, prefix=None, body=body, prefix_as_listed="", prefix_parts=[], prefix_bracketed=False,
                   alternatives=[], context="")

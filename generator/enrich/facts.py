"""Facts a report states about itself on its cover: its rating and the rating's change, the
target price, the security it covers, its analysts and its own date.

Only what the text states counts, and a wrong fact is worse than none: a rating is taken from a
statement of it as ratingstatements.py reads them (never a legend's, a table's, the market's or a
previous rating) and, in a report on one company, not its industry's; a target price (targets.py)
and a covered security (securities.py) only when the report covers one security; the analysts as
analysts.py reads them and the report's own date as dates.py does. A report is on one company when
one code is named with it, or when subject.py finds it so (the title is the company's name alone, a
news flash's or an English wire's headline reports a broker's rating or target on it); a listing's
table row holding the title gives what the cover does not state. Pages in other hands are read by
their own modules: a Japanese page's call and credit (japanese.py), a rating agency's report
(credit.py), analysts a news page says spoke in the report (reported.py). Only the first `WINDOW`
characters of the preview (the cover) are read, with bounded patterns.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date

from generator.enrich.analysts import analysts, labelled_analysts
from generator.enrich.artefacts import repair
from generator.enrich.bylines import credited_posts, wire_analysts
from generator.enrich.chrome import drop_cut_column, drop_record
from generator.enrich.credit import rating_team
from generator.enrich.dates import report_date
from generator.enrich.digests import digest_of_calls, is_digest, own_part, tagged_entries
from generator.enrich.figures import ascii_figures, repair_numbers
from generator.enrich.flattened import restore_lines
from generator.enrich.headauthors import archive_entry_analysts, post_line_analysts, titled_authors
from generator.enrich.japanese import japanese_call, japanese_credit, japanese_security
from generator.enrich.otherreports import drop_lists
from generator.enrich.pagedates import BYLINE_OVER_DATE, byline_names
from generator.enrich.personnames import is_bare_name
from generator.enrich.ratings import ENGLISH_RATING, RATINGS, unmarked
from generator.enrich.ratingstatements import (
    CHANGES,
    ENGLISH_CHANGES,
    SHORTHAND,
    doubled_field,
    rating_field,
    rating_line,
    stated_rating,
    titles_code,
)
from generator.enrich.readings import drop_readings
from generator.enrich.reported import reported_analysts
from generator.enrich.securities import covered_securities
from generator.enrich.spamnoise import drop_noise
from generator.enrich.subject import (
    english_note_on_one,
    headline_call,
    headline_rates_one,
    initiates_one,
    opens_on_own_filing,
    opens_on_subject,
    rates_subject,
    rates_with_target,
    several_industries,
    titled_by_name,
    titled_company_report,
    titled_results_note,
    titled_subject_rated,
    wire_headline_on_one,
)
from generator.enrich.targets import DOUBLED_TARGET, WIRE_CURRENCY, WIRE_VALUE, listings_targets, target_price
from generator.model import ReportFacts, currency_in
from generator.normalize import CJK_CLASS, in_either_script, to_simplified

WINDOW = 2000


# An English sector report's view of its sector, a cover's field (`Hong Kong Sector view Positive The healthcare…`).
_SECTOR_VIEW = re.compile(r"(?<![A-Za-z])(?:Sector|Industry) view:?\s+(?P<rating>Positive|Neutral|Negative)"
                          r"(?![A-Za-z])")


@dataclass
class TextFacts:
    """Facts found in a report's own text, and its date."""

    facts: ReportFacts = field(default_factory=ReportFacts)
    date: date | None = None


# A field's bracket and colon doubled with its words (`目标价目标价(港币港币):):411.00`): once.
_DOUBLED_CLOSE = re.compile(r"([)）]\s?[:：])\s?\1")


def _read_once(text: str) -> str:
    """`text` with its runs written twice read once, a field's doubled `):` too."""
    return _DOUBLED_CLOSE.sub(r"\1", repair(text))


# An article's byline: its authors' names alone on the text's first line, set apart by spaces (`某某 某某某` over
# the text), each a bare name with a surname first.
_FIRST_LINE_NAMES = re.compile(rf"\s*(?P<names>[{CJK_CLASS}]{{2,3}}(?:[ \t\u3000][{CJK_CLASS}]{{2,3}}){{0,3}})"
                               rf"[ \t]*\r?\n(?=\s*[{CJK_CLASS}])")


def _traditional(head: str) -> bool:
    """Whether the cover is written in traditional script (a Taiwanese or Hong Kong page)."""
    return to_simplified(head[:600]) != head[:600]


def _readable(head: str) -> str:
    """The text facts are read in: the preview's start, its page furniture, lists and markup taken out, on one line."""
    simple = unmarked(" ".join(drop_lists(drop_record(drop_cut_column(drop_noise(head[:WINDOW])))).split()))
    return repair_numbers(ascii_figures(_fields_named(simple)))


def _digests_own(head: str, text: str) -> list[str]:
    """A digest's analysts: those credited before the items it gathers, and those a label credits anywhere (a
    cover's `分析师:` block set after its list of the week's reports), not an item's byline (`张迪丨宏观首席分析师`)."""
    own = analysts(_readable(own_part(head)))
    return own + [name for name in labelled_analysts(text) if name not in own]


def text_facts(head: str, title: str = "", listed: date | None = None) -> TextFacts:
    """The facts `head` (a preview's start) states about the report titled `title`; a date is
    the report's own only if it is at most two years before the date it was `listed`."""
    text = _readable(head)
    found = TextFacts()
    facts = found.facts
    wire = wire_headline_on_one(title)
    # (a wire's headline on one company's call says the page covers the one company it names with a code)
    facts.securities = covered_securities(text, title, on_one=wire, taiwanese=_traditional(head))
    # (a news headline on a broker's call on one company says so though the text writes no `评级`: `某某国际:上调
    # 某某控股目标价至729港元 维持买入`)
    digest = is_digest(title, head)
    one_company = (len(facts.securities) == 1 or headline_rates_one(title)
                   or ("评级" in text and (rates_subject(text, title) or titled_by_name(text, title)
                                         or titled_results_note(text, title)
                                         or opens_on_subject(text, title) or opens_on_own_filing(text)
                                         or titled_company_report(title) or rates_with_target(text)
                                         or titled_subject_rated(text, title)))
                   # (a morning note's top idea initiating on one stock, `…we initiate coverage on CSTL with a Buy
                   # rating`, is that item's call, not the note's)
                   or wire or (initiates_one(text) and not digest) or english_note_on_one(text, title))
    # (a digest's calls and tagged entries are told by their lines: a flattened preview's are found again first)
    lined = restore_lines(head[:WINDOW])
    calls = digest_of_calls(lined)
    if tagged_entries(lined):
        calls, facts.securities = True, []
    one_company = one_company and not calls
    covered = facts.securities[0].code if len(facts.securities) == 1 else ""
    if not calls and (one_company or not (several_industries(head[:WINDOW]) or digest)):
        facts.rating, facts.rating_change = stated_rating(text, one_company, covered, titles_code(title, covered))
        if facts.rating_change is None and doubled_field(text):
            # (a bold cover written twice, `维持维持评级评级`, `推荐推荐(首次首次)`: read once)
            again = stated_rating(_read_once(text), one_company, covered, titles_code(title, covered))
            if again[0] is not None:
                facts.rating, facts.rating_change = again
    if facts.rating is None and one_company and "\n" in head:
        facts.rating = rating_line(head[:WINDOW])
    if facts.rating is None and "评级" in text and not (digest or several_industries(head[:WINDOW]) or calls):
        facts.rating, facts.rating_change = rating_field(text)
    if facts.rating is None and "ector view" in text and not (digest or calls) and (view := _SECTOR_VIEW.search(text)):
        facts.rating = view.group("rating")  # (an English sector report's cover field, `Sector view Positive`)
    if facts.rating is None and one_company and title:
        # a listing's title may state it (`韵达股份（002120）事件点评：量价齐升，维持“买入”评级`)
        facts.rating, facts.rating_change = stated_rating(to_simplified(title), True, covered)
        facts.rating = facts.rating or headline_call(title)  # (`興農(1712):買進,目標價11.4元`)
    if one_company:
        target = target_price(text, covered)
        if target is None and DOUBLED_TARGET.search(text):
            target = target_price(_read_once(text), covered)  # (`目标目标价格价格 61.61 元`: read once)
        if target:
            facts.target_price, facts.target_currency = target
        elif wire and not listings_targets(title, text) and (target := target_price(title, covered)):
            # (a wire's headline on one company's call states the target its text does not: `HSBC Research Cuts
            # Acme's TP to HKD10.4; Rating Downgraded to Hold` over `…reduced its target price due to…`)
            facts.target_price, facts.target_currency = target
    if facts.rating is None and not facts.securities and (call := japanese_call(text)):
        # (a Japanese page on one broker's call: `某社(00388)の投資判断を「イコールウエート」に維持`)
        facts.securities = [call.security]
        facts.rating, facts.rating_change = call.rating, call.change
        if call.target:
            facts.target_price, facts.target_currency = call.target
    if brief := _ANALYST_BRIEF.match(text.lstrip()):
        # (a brief on one analyst's call: its first sentence states it; the consensus and another house's
        # call after it are not the page's)
        facts.rating = brief.group("rating").capitalize()
        facts.rating_change = ENGLISH_CHANGES[brief.group("verb")[0]]
        facts.target_price = float(brief.group("value").replace(",", ""))
        facts.target_currency = currency_in(brief.group("currency"), covered)
    facts.analysts = analysts(text) if not digest else _digests_own(head, text)
    if one_company and wire:
        facts.analysts += [name for name in wire_analysts(text) if name not in facts.analysts]
    if not digest and "\n" in head:
        facts.analysts += [name for name in credited_posts(head[:WINDOW]) if name not in facts.analysts]
    if not facts.analysts and (byline := _FIRST_LINE_NAMES.match(head)):
        names = [to_simplified(name) for name in byline.group("names").split()]
        if all(is_bare_name(name) for name in names):
            facts.analysts = names
    if not facts.analysts and (byline := BYLINE_OVER_DATE.match(head)):
        facts.analysts = byline_names(byline)  # (`臧运慧, 陈翔, 鲁政委` / `2022-02-13`: pagedates.py)
    if not facts.analysts and title:
        # (`张明:2019年美元指数…`, its text giving 张明 his post; an archive's entry under a report file's name)
        facts.analysts = titled_authors(title, text) or archive_entry_analysts(head, title)
    if not facts.analysts and "评级小组" in text:
        facts.analysts = rating_team(text)  # (a rating agency's report: `评级小组负责人 高路 评级小组成员 …`)
    if not facts.analysts:
        facts.analysts = reported_analysts(text)  # (a news page's `分析师某某在报告中表示`)
    if not facts.analysts and ("ト " in text or "员 " in text):
        # (`投資情報部 シニアエコノミスト 吉川 健治`: a post's last glyph and a space, looked for first)
        facts.analysts = japanese_credit(text)
    if not facts.analysts and "\n" in head:
        facts.analysts = post_line_analysts(head)  # (`某某证券研究院策略组负责人 王明` on its line)
    facts.analysts = as_written(facts.analysts, head[:WINDOW])
    found.date = report_date(head, text, title, listed)
    if found.date is not None and digest and (own := own_part(head)) and len(own) < len(head):
        # (a digest's date stands before the items it gathers; one read only after them, `报告发布日期:…` under an
        # item's byline, is that item's)
        found.date = report_date(own, _readable(own), title, listed)
    if not facts.securities and title:
        # (only its code: a Japanese page whose title names a company the text names with a Hong Kong code)
        facts.securities = japanese_security(text, title)
    if title and "|" in head and _fill_from_listing_row(found, head[:WINDOW], title) and not facts.securities:
        facts.securities = covered_securities(text, title, on_one=True)  # (the row rates one stock)
    if "|" in head[:_ROW_REACH] and (row := _RATING_ROW.match(head)):
        _fill_from_rating_row(found, row)
    return found


def as_written(names: list[str], head: str) -> list[str]:
    """The names as the report writes them. They are read on its text in simplified script; a report in
    traditional script names its analysts in it (`黃秀瑜`, not `黄秀瑜`), and a name is a person's own spelling,
    which no conversion may change (`於`, a surname of its own, would become `于`). A converter's readings after
    the glyphs (`費(fèi)瑾`) are no part of the name: they are dropped before it is looked for. So is the space a
    Japanese cover sets between the family and the given name (`長内 智`, read as `长内智`)."""
    if not names or to_simplified(head) == head:
        return names
    head = drop_readings(head)
    compact = None
    written = []
    for name in names:
        found = re.search(pattern := in_either_script(name), head)
        if found is None:
            compact = head.replace(" ", "") if compact is None else compact
            found = re.search(pattern, compact)
        written.append(found.group(0) if found and to_simplified(found.group(0)) == name else name)
    return written


# A broker's template names its fields, and extraction may keep the names (`[Table_Invest]推荐|维持`,
# `＃investSuggestion＃推荐(＃investSuggestionChange＃维持）`): the rating's field is labelled as a
# cover labels it, and its change's name goes from between the rating and the change. (Other
# names stay: `[Table_Date]` labels a date.)
_FIELD_NAME = re.compile(r"\[(?i:table)_\w{1,40}\]|[＃#][A-Za-z]\w{0,40}[＃#]")
_RATING_FIELDS = frozenset(("[table_invest]", "＃investsuggestion＃", "#investsuggestion#"))


def _fields_named(text: str) -> str:
    if "able_" not in text and "ABLE_" not in text and "＃" not in text and "#" not in text:
        return text
    return _FIELD_NAME.sub(_field, text)


def _field(name: re.Match[str]) -> str:
    folded = name.group(0).lower()
    if folded in _RATING_FIELDS:
        return " 投资评级："
    return "" if "change" in folded else name.group(0)


# A listing's table of reports, its row for this one (the cell that holds its title): the row's one
# rating, its change, its date and, under an analysts' column, the names (`| 21 | 某某证券 | 王明,李华 |
# 维持 | 买入 | 需求回暖,龙头受益 | 2025-08-13 |`). Used where the cover states none of them.
_ROW_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})")
_ROW_NAMES = re.compile(rf"[{CJK_CLASS}]{{2,3}}(?:\s*[,，、/]\s*[{CJK_CLASS}]{{2,3}}){{0,5}}")
_ANALYSTS_COLUMN = re.compile(r"\|\s*(?:分析师|研究员|作者)\s*\|")
_RATING_WORDS = frozenset(RATINGS)
_CHANGE_WORDS = frozenset(("维持", "首次", "首次覆盖", "上调", "下调", "调高", "调低"))
_NOT_NAME_CELLS = _RATING_WORDS | _CHANGE_WORDS


def _fill_from_listing_row(found: TextFacts, head: str, title: str) -> bool:
    """Fill what `found` lacks from the listing's row for `title`; whether that row rates it."""
    wanted = re.sub(r"\s+", "", to_simplified(title))
    lines = head.splitlines()
    for at, line in enumerate(lines):
        if not line.lstrip().startswith("|") or wanted not in line.replace(" ", ""):
            continue
        cells = [re.sub(r"\s+", "", to_simplified(cell)) for cell in line.strip().strip("|").split("|")]
        if wanted not in cells:
            continue
        ratings = [cell for cell in cells if cell in _RATING_WORDS]
        changes = [cell for cell in cells if cell in _CHANGE_WORDS]
        facts = found.facts
        if facts.rating is None and len(ratings) == 1 and len(changes) <= 1:
            facts.rating = SHORTHAND.get(ratings[0], ratings[0])
            facts.rating_change = CHANGES.get(changes[0]) if changes else None
        dates = [match for cell in cells if (match := _ROW_DATE.fullmatch(cell))]
        if found.date is None and len(dates) == 1:
            with suppress(ValueError):
                found.date = date(int(dates[0]["y"]), int(dates[0]["m"]), int(dates[0]["d"]))
        if not facts.analysts and any(_ANALYSTS_COLUMN.search(above) for above in lines[max(0, at - 3):at]):
            for cell in cells:
                if cell not in _NOT_NAME_CELLS and cell != wanted and _ROW_NAMES.fullmatch(cell):
                    facts.analysts = analysts("分析师:" + re.sub(r"[,，/]", "、", cell))
                    break
        return len(ratings) == 1
    return False


# A stock page's list of brokers' ratings, each row over its report's preview (`2025-03-25 | 太平洋 | 曹佩 | 买入 |
# 维持 | 查看详情 |` / `中科星图(688568) 事件:公司发布2024年年报…`): the first row, opening the text, is the preview's
# after it; its date and analysts are the report's where the row's rating is the one found (or none was).
_RATING_ROW = re.compile(rf"\s*(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\s?\|\s?[{CJK_CLASS}]{{2,8}}\s?\|"
                         rf"\s?(?P<names>{_ROW_NAMES.pattern})\s?\|\s?(?P<rating>[^|\s]{{2,6}})\s?\|"
                         r"\s?(?P<change>[^|\s]{2,4})?\s?\|")
_ROW_REACH = 80


def _fill_from_rating_row(found: TextFacts, row: re.Match[str]) -> None:
    written, change = row.group("rating"), row.group("change")
    rating = SHORTHAND.get(written, written)
    facts = found.facts
    if written not in _RATING_WORDS or (change and change not in _CHANGE_WORDS) or facts.rating not in (None, rating):
        return
    if facts.rating is None:
        facts.rating, facts.rating_change = rating, CHANGES.get(change) if change else None
    if found.date is None:
        with suppress(ValueError):
            found.date = date(int(row["y"]), int(row["m"]), int(row["d"]))
    if not facts.analysts:
        facts.analysts = analysts("分析师:" + re.sub(r"[,，/]", "、", row.group("names")))


# A brief written on one analyst's call, its first sentence in one form (`Huatai Securities analyst maintained a
# Buy rating on Xiaomi yesterday and set a price target of HK$47.00.`), then the consensus's and other houses'
# calls (`the analyst consensus … an average price target of HK$53.16`, `DBS also maintained a Buy rating on the
# stock with a HK$20.40 price target`).
_ANALYST_BRIEF = re.compile(r"(?P<house>[A-Z][\w&.'-]*(?: [A-Z&][\w&.'-]*){0,4}) analyst"
                            r"(?: [A-Z][a-z]+(?: [A-Z][a-z]+){1,2})?"
                            r" (?P<verb>maintained|reiterated|initiated coverage with|upgraded \S+ to|downgraded \S+ to"
                            r"|upgraded|downgraded)"
                            rf" an? (?P<rating>{ENGLISH_RATING}) rating on [^.\n]{{2,60}}? and set a price target of "
                            rf"(?P<currency>{WIRE_CURRENCY}){WIRE_VALUE}")

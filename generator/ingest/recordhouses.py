"""The house a record names: its publisher field when that reads as a house (not the site scraped, a source
type, a user's handle or a number), or a rating record's house under a rating house's key; and the title a
rating record, which has none, is given from its house, security, action and grades.

mapping.py credits the house and titles the record with these.
"""

from __future__ import annotations

import re

from generator.ingest import facts as facts_of
from generator.ingest.fields import RATING_HOUSES, fold, rating_record
from generator.ingest.labelledvalues import CJK
from generator.ingest.recordfields import Fields, named

# A `source` names the house whose note a digest lists only when it reads as a research house
# (`Goldman Sachs`, `中信证券`); a site's or a feed's name (`djyanbao`, `Benzinga`) is no publisher.
_HOUSE = re.compile(
    r"证券|银行|基金|研究|期货|资本|资管|信托|保险|投资|投顾|咨询|控股|集团|国际|"
    r"(?i:\b(?:securities|capital|bank|banc|research|partners|advisors|asset|investments?|markets|brokerage|"
    r"group|holdings|sachs|stanley|morgan|lynch|suisse|barclays|citi(?:group)?|jpmorgan|nomura|hsbc|ubs|"
    r"jefferies|bernstein|macquarie|clsa|cicc|daiwa|mizuho|wells fargo|deutsche|evercore|raymond james)\b)")


# A user's handle (`jdoe`, `admin2`): an account or a person, never a house, whose name is capitalised or Chinese.
_HANDLE = re.compile(r"[a-z][a-z0-9_.-]*")


def house_named(fields: Fields) -> str | None:
    """The record's publisher field, when it names a house: not the site scraped or a source type
    (`"source": "djyanbao"`, `1`: a bare `source` must read as a house), nor a user's handle (a rating
    feed's `analyst: jdoe`, which names its house `analyst` elsewhere: fields.py), nor a number."""
    publisher = facts_of.text_value(fields.get("publisher"))
    if not publisher or _HANDLE.fullmatch(publisher) or (fields.publisher_is_source() and not _HOUSE.search(publisher)):
        return None
    if not any(ch.isalpha() for ch in publisher):  # a number (a trade's `brokerage` fee) names no house
        return None
    return publisher


# Finnhub's and Eulerpool's action codes, written out in a title a reader reads (`Citigroup: maintain Buy`).
_ACTION_CODES = {"main": "maintain", "reit": "reiterate", "init": "initiate", "up": "upgrade", "down": "downgrade"}


def rating_house(fields: Fields) -> str | None:
    """The house a rating record names under a rating house's key (`brokerage`, `company`),
    given as text or as an object with a name (`brokerage: {"title": …}`), or None."""
    by_fold = {fold(k): k for k in fields.keys}
    return next((t for name in RATING_HOUSES if name in by_fold
                 and (t := facts_of.text_value(named(fields.record[by_fold[name]])))), None)


def rating_title(fields: Fields) -> str | None:
    """A title for a rating record, which has none: its house, the security it rates, the
    action and the grades, in the record's own words (`Morgan Stanley: upgrade Equal-Weight →
    Overweight`, `中金公司 (CICC)：騰訊控股 (00700.HK) 跑贏行業 (Outperform)`); None for any other
    record without a title."""
    found = {f for f in ("date", "publisher", "rating", "previous_rating", "target_price", "security_name",
                         "security_code", "url", "pdf_url") if fields.get(f) is not None}
    if not rating_record(found, fields.keys):
        return None
    house = house_named(fields) or rating_house(fields)
    name = facts_of.text_value(fields.get("security_name"))
    code = facts_of.text_value(fields.get("security_code"))
    subject = f"{name} ({code})" if name and code and code not in name else (name or code or "")
    if not house:  # a table of each stock's latest rating linking its report, naming no house: titled by the stock
        if not subject or not found & {"url", "pdf_url"}:
            return None
        grades = facts_of.rating(fields.get("rating"))
        target = facts_of.price(fields.get("target_price"))
        grades = grades or (f"{target:g}" if target is not None else "")
        return f"{subject}{'：' if CJK.search(subject + grades) else ': '}{grades}" if grades else None
    action = facts_of.word(fields.get("rating_change")) or ""
    action = _ACTION_CODES.get(action.lower(), action)
    new, old = facts_of.rating(fields.get("rating")), facts_of.rating(fields.get("previous_rating"))
    grades = f"{old} → {new}" if old and new and old != new else (new or old or "")
    target = facts_of.price(fields.get("target_price"))
    if target is not None and not grades:
        grades = f"{target:g}"
    body = " ".join(part for part in (subject, action, grades) if part)
    if not body:
        return None
    return f"{house}{'：' if CJK.search(house + body) else ': '}{body}"

"""The readings a conversion tool wrote after each character of a page it turned from simplified into
traditional script (`經(jīng)濟(jì)`, `新(xin)(xin)股`): no words of the text, dropped before an excerpt
(cleaning.py), a report's facts (facts.py), its title (titles.py), a rating (ratings.py) or a page's
authors (headauthors.py) are read. A module of its own: all of those use it, none of the rest of an
opening's reading."""

from __future__ import annotations

import re

from generator.enrich.opening import WINDOW
from generator.normalize import CJK_CLASS

_C = f"[{CJK_CLASS}]"


# A web page converted from simplified to traditional script with a tool that writes each
# character's reading after it (`經(jīng)濟(jì)`, `個(gè)月內(nèi)`): a syllable in brackets, with its tone
# mark, right after a CJK character. cleaning.py drops them before excerpts, facts.py before facts.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"


READING = re.compile(rf"\((?<={_C}\()(?=[a-zü]{{0,6}}[{_TONED}])[a-zü{_TONED}]{{1,7}}\)")

# The same tool without tone marks (`新(xin)(xin)股接(jie)連(lian)破發`): a run of bracketed
# syllables right after a CJK character. A bare syllable may also be a gloss (`市盈率(pe)`), so
# these count as readings only in a text that writes at least `_TONELESS_MIN` of them.
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao"
             r"|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v|ü)")
_TONELESS = re.compile(rf"\((?<={_C}\(){_SYLLABLE}\)(?:\({_SYLLABLE}\))*")  # (opening with the bracket: see `READING`)
_TONELESS_MIN = 4
# A neutral tone has no mark: the toned tool writes a particle's reading bare (`恢复的(de)不确定(dìng)性`), dropped
# in a text that writes at least `_TONELESS_MIN` toned readings (a bracket after another glyph, `和(de)`, is kept).
_NEUTRAL = re.compile(r"(?<=[的了么麼呢吗嗎吧着著们們])\((?:de|le|me|ne|ma|ba|zhe|men)\)")


def drop_readings(text: str) -> str:
    """`text` without the readings a conversion tool wrote after its characters, toned or not."""
    if "(" not in text:
        return text
    text, toned = READING.subn("", text)
    if toned >= _TONELESS_MIN:
        text = _NEUTRAL.sub("", text)
    # (each run opens with a bracket of its own: a text with fewer is not scanned)
    runs = _TONELESS.findall(text, 0, WINDOW * 4) if text.count("(") >= _TONELESS_MIN else []
    return _TONELESS.sub("", text) if len(runs) >= _TONELESS_MIN else text

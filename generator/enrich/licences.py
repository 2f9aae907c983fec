"""Analysts named beside their licence numbers on a report's cover: the name next to an analyst licence (`S` + firm
code + `5`, the securities-advisory licence: assistants hold other licences), with the labels, degrees, contacts and
titles that stand between them taken out, a name written twice in bold read once; a number a column's edge or the
preview's end cut short; a role in brackets after each name. An assistant, a contact or a salesman is no analyst
whatever the licence.

analysts.py reads these names first, then those credited without a licence.
"""

from __future__ import annotations

import re

from generator.enrich.personnames import SURNAMES, add_named, is_bare_name, person, surname_first
from generator.enrich.sections import INDUSTRY_NAMES
from generator.normalize import CJK_CLASS

# Analyst licences: S + a four-digit firm code + 5 (securities advisory) + eight digits.
# (Not a letter run's S, `ABCS0190…`; but where a dump lost its spaces an e-mail address's end may
# be glued before it, `xieheng@example.com.cnS0190519060001`: a domain's last label and then S.
# The S first: the search skips to it.)
# (After its label a licence is its 14 characters, though a telephone number or a date runs into it where a
# dump lost its line breaks: `执业证号：S0600519060001021-60199775`, `SACNO：S11501180800072021年3月18日`.)
# (Shenwan's covers write the older form, A for S: `证券分析师 马鲲鹏 A0230518060002 makpswsresearch`; its research
# support's licence has another digit there, `研究支持 华天行 A0230117120002`.)
_LICENCE = re.compile(r"(?:S(?:(?<![A-Za-z0-9]S)|(?<=\.[a-z]{2}S)|(?<=\.[a-z]{3}S))|A(?<![A-Za-z0-9]A))\d{4}5\d{8}"
                      r"(?:(?!\d)|(?<=[号码：:]S\d{13})|(?<=[号码：:] S\d{13}))")
# (Some covers label the licence `资格编号`, `证券分析师 王某某 资格编号：S…`: a label, not a name; or `号码`,
# `张晓飞(SAC号码:S…`, Haitong's decks' bold field written twice, `邓勇(邓勇(SAC号码:号码:S0850511010010)`; a page that
# hid the e-mail address may keep its first letter after its label, `分析师张心怡邮箱Z证书编号S…`, r73 dev: the
# label's.)
_LABEL_WORDS = re.compile(
    r"证券投资咨询执业资格证书编码|执业资格证书编码|投资咨询资格编号|资格证书编号|资格编号|执业证书编号|执业证书号|执业证书|执业资格证|执业登记编码|执业证号|执业编号|"
    r"执证编号|登记编号|登记编码|证书编号|证书号|证书|编号|号码|联席首席|联席首|首席分析师|资深分析师|证券分析师|分析师|研究员|首席|SAC|"
    r"No\.?|NO\.?|"
    r"证券|电话|邮箱(?:[A-Za-z](?![A-Za-z0-9@.-]))?|联系人|作者|报告作者|E-MAIL|E-mail|EMAIL|Email|email|邮件|TEL|Tel")
_NAME_RUN = re.compile(f"[{CJK_CLASS}]{{2,}}$")
_ALONE = re.compile(r"[\s:：]")
# (An address's local part is ASCII: a name glued before it, `刘小明liuxm@…`, stays a name.)
# Degrees a cover sets after a name, before the licence (`赵冰,PhD,分析师证书编号：S…`).
_DEGREES = re.compile(r"[,，]?\s?(?:Ph\.?\s?D\.?|CFA|CPA|FRM|MBA)(?![A-Za-z])")
# (A domain is ASCII: a name glued after it, `…@example.com郑薇分析师`, is the next person's.)
# (or the address a page hid from robots, `[email protected]` in its place: a contact all the same)
_CONTACT = re.compile(r"[A-Za-z0-9_.+-]{1,40}@[A-Za-z0-9.-]{1,60}|\[email\s?protected\]"
                      r"|[+(（]?\d[\d()（）\s*-]{6,20}\d")
# Glyphs of a symbol font a dump writes in the private use area (a telephone, an envelope before contacts).
_ICON = re.compile("[\ue000-\uf8ff]")
_CONTACT_REACH = 110  # (the span before a licence where contacts are looked for)

# A name of two glyphs a page extracted word by word set apart (`分析师:张 超 证券执业证书号:S…`): two single
# glyphs before the licence, the first after a label's colon, a bar or a comma, or alone (not the last two
# of a name whose every glyph is spaced out, `王 宏 涛`).
_SPACED_NAME = re.compile(rf"(?:^|(?<=[:：,，|｜(（])|(?<![{CJK_CLASS}] )(?<=\s))([{CJK_CLASS}]) ([{CJK_CLASS}])$")
# A three-glyph name whose surname a PDF's extraction set apart (`分析师     林 志朋 执业证书编号：S…`): a glyph
# alone before the two-glyph run is its surname; a lone glyph that no surname is leaves no name (`志朋` is none).
_SURNAME_APART = re.compile(rf"(?:^|(?<=[\s:：,，|｜(（]))([{CJK_CLASS}]) $")

# A cover line whose words the extraction spaced apart at random, its title and licence label split with
# them (r73's 首创 cover: `何立中 电子行 业首 席分 析师 SAC 执证 编号:S0110521050001`): the split label's
# pieces are no name (`执证`); the name is the first run that reads as one, standing alone before the title's
# pieces, which joined end in 分析师 (and split: a whole title is read above; an assistant's, `研究助理`,
# `助理分析师`, is none).
_SPACED_COVER = re.compile(rf"(?<![{CJK_CLASS}])(?P<runs>[{CJK_CLASS}]{{1,4}}(?: [{CJK_CLASS}]{{1,4}}){{2,8}})"
                           r"\s*(?:SAC\s*)?(?P<label>(?:[执证书业资格登记编号码] ?){2,8})\s*[:：]?\s*$")
_SPACED_TITLE_REACH = 12  # glyphs a department and its title take at most


def _spaced_apart_name(runs_spaced: str) -> str | None:
    """The analyst a cover line spaced apart at random names before a licence, else None."""
    if "分析师" in runs_spaced:
        return None
    runs = runs_spaced.split()
    for at, run in enumerate(runs[:-1]):
        title = "".join(runs[at + 1:])
        if 2 <= len(run) <= 3 and is_bare_name(run):
            fits = len(title) <= _SPACED_TITLE_REACH and title.endswith("分析师") and "助理" not in title
            return run if fits else None
    return None


# Who a name is, said by the last role word before it: an assistant, a contact or a salesman
# is no analyst even when a licence follows (`研究助理：李四 执业证书编号：S…`).
_ROLE = re.compile(r"研究助理|助理研究员|助理分析师|联系人|销售|分析师|研究员|作者")
_NOT_ANALYST = ("研究助理", "助理研究员", "助理分析师", "联系人", "销售")
# A cover that sets each person's role in brackets after the name, the licences listed after
# them all (`吴柳燕(分析师)肖杰(联系人)证书编号:S… 证书编号:S…`): the bracket says who is an analyst,
# whichever licence stands nearest. (A bold byline a dump wrote twice run by run, the name and the role each twice:
# `吴晓飞吴晓飞(分析师分析师)管正月管正月(分析师分析师)0755-…`, 国泰君安's cover: read once.)
_BRACKETED = re.compile(rf"(?P<run>[{CJK_CLASS}]{{2,4}})(?P=run)?\s*[(（](?P<role>(?:首席|资深|证券)?分析师|研究助理|"
                        r"助理研究员|助理分析师|联系人|销售)(?P=role)?[)）]")


# A preview is cut at a length, and the cut may fall in the last analyst's licence number, its label
# whole (`杜某分析师SAC执业证书编号：S14` where the text ends): the name is labelled an analyst's
# and licensed, its number lost to the cut.
_CUT_LICENCE = re.compile(rf"(?P<name>[{CJK_CLASS}]{{2,3}})\s*(?:首席|资深|证券)?(?<!助理)分析师\s*(?:SAC\s*)?"
                          r"(?:执业证书编号|执业证号|执业编号|证书编号)\s*[:：]?\s*S\d{0,12}\s*$")
_CUT_REACH = 40
# A cover's list of analysts whose licence numbers a column's edge cut short (`田良 金融产业首席分析师 S05 陆昊 非银
# 金融分析师 S01`; in bold, each name written twice: `田良田良 …`): a name, its title ending in 分析师, an `S` and some
# of the digits. (A whole number is read above; a research assistant's title is no analyst's.)
_CUT_SHORT = re.compile(rf"(?<![{CJK_CLASS}])(?P<run>[{CJK_CLASS}]{{2,6}})\s+[{CJK_CLASS}]{{0,12}}(?<!助理)分析师\s+"
                        r"S\d{1,12}(?!\d)")


def licensed_analysts(text: str) -> list[str]:
    """Names written next to an analyst licence number, in order (the number whole, or cut short by a column's
    edge or the preview's end); then the names a bracket after them says are analysts'."""
    names: list[str] = []
    bracketed = _bracketed(text) if "(" in text or "（" in text else []
    not_analysts = {name for name, role in bracketed if role in _NOT_ANALYST}
    previous_end = 0
    for match in _LICENCE.finditer(text):
        # (a telephone number and an e-mail address between the name and its licence take none of the name's
        # reach: `证券分析师蒯剑021-63325888*8514kuaijian@…执业证书编号：S…`)
        contacts = sum(len(found.group(0)) for found in _CONTACT.finditer(
            text, max(previous_end, match.start() - _CONTACT_REACH), match.start()))
        lo = max(previous_end, match.start() - 50 - contacts)
        # (a role word is looked for further back: e-mail addresses and a second licence may stand
        # between it and the name, `联系人：蔡某 cai@… SFC：BLT552 李伟 liwei19@… SAC：S…`)
        role_lo = max(previous_end, match.start() - _ROLE_REACH)
        previous_end = match.end()
        # (an e-mail address or a telephone number may stand between the name and its licence)
        before = _CONTACT.sub(" ", text[lo:match.start()])
        if _ICON.search(before):
            before = _ICON.sub(" ", before)  # (a symbol font's telephone and envelope, `傅某\uf028：010-…\uf02a：…`)
        before = _DEGREES.sub(" ", _LABEL_WORDS.sub(" ", before)).rstrip(" :：,，、()（）-")
        if "丨" in before or "|" in before:
            before = _BAR.sub("｜", before)  # (one bar, not a glyph of the run: `张迪丨宏观首席分析师`)
        run = _NAME_RUN.search(before)
        name = person(run.group(0), _ALONE.match(before, max(0, run.start() - 1), run.start()) is not None
                      or run.start() == 0) if run else None
        if (name and len(run.group(0)) <= 3 and not is_bare_name(name)
                and _glued_to_title(text, lo, match.start(), name)):
            name = None  # a department glued to its title (`宏观分析师`, `计算机分析师`: 计 is a surname too)
        if run and len(run.group(0)) == 2 and (apart := _SURNAME_APART.search(before, 0, run.start())):
            name = apart.group(1) + run.group(0) if apart.group(1) in SURNAMES else None
        elif run and len(run.group(0)) == 2 and run.group(0)[0] == run.group(0)[1]:
            name = _undoubled(before)  # a name written with each glyph twice (`于于 婧婧`)
        elif run and (whole := _written_twice(run.group(0))):
            # (a bold name extracted twice as a whole, `分析师分析师:陈龙陈龙执业证书…`: the name once, not the
            # last glyphs of the run, `龙陈龙`)
            name = person(whole, alone=True) if surname_first(whole) else None
        if not run and (spaced := _SPACED_NAME.search(before)):
            name = person(spaced.group(1) + spaced.group(2), True)  # (its two glyphs spaced apart: `张 超`)
        if not name and run and len(run.group(0)) <= _TITLE_RUN:
            name = _name_before_title(before[:run.start()])
        if (cover := _SPACED_COVER.search(text, lo, match.start())) and " " in cover["label"].strip():
            name = _spaced_apart_name(cover["runs"])  # (the label split too: its piece is no name)
        if (name and name not in names and name not in not_analysts
                and not _assistant(_since_licence(text, role_lo, match.start()), name)):
            names.append(name)
    for short in _CUT_SHORT.finditer(text) if "分析师 S" in text else ():
        run = short.group("run")
        if name := _written_twice(run) or (run if len(run) <= 3 else None):
            add_named(names, name)
    reach = max(0, len(text) - _CUT_REACH)  # (its label looked for first: the pattern tries every position)
    if "分析师" in text[reach:] and (cut := _CUT_LICENCE.search(text, reach)) and not _assistant(
            _since_licence(text, max(0, cut.start() - _ROLE_REACH), cut.start()), cut.group("name")):
        add_named(names, cut.group("name"))
    for name, role in bracketed:
        if role not in _NOT_ANALYST:
            add_named(names, name)
    if "@" in text:
        _add_names_row(names, text)
    if any(mark in text for mark in _FUTURES_HINTS):
        for futures in _FUTURES_LICENCES.finditer(text):
            if "Z" in futures.group("licences") and is_bare_name(futures.group("name")):
                add_named(names, futures.group("name"))
    return names


# A cover that sets its analysts side by side in columns: their names on one line, their e-mail addresses on the next,
# their licences on the one after (r73 dev, 中信建投: `贺菊颖 王在存` / `hejuying@… wangzaicun@…` / `执业证书编号:
# S1440517050001 执业证书编号:S1440521070003`): each name in the row is an analyst's, as many names as addresses and
# licences (the first licence alone finds a name next to it, the row's last).
_NAMES_ROW = re.compile(rf"(?<![{CJK_CLASS}])(?P<names>[{CJK_CLASS}]{{2,3}}(?:[ \u3000]+[{CJK_CLASS}]{{2,3}}){{1,3}})"
                        r"\s+"
                        r"(?P<contacts>(?:[\w.+-]{1,40}@[\w.-]{1,60}\s+){2,4})"
                        rf"(?P<licences>(?:[{CJK_CLASS}]{{0,8}}\s?[:：]?\s?S\d{{13}}(?!\d)\s*){{2,4}})")


def _add_names_row(names: list[str], text: str) -> None:
    """The names of a row of analysts set in columns (`_NAMES_ROW`) put in `names`, in the row's order."""
    for row in _NAMES_ROW.finditer(text):
        people = row.group("names").split()
        if (len(people) == row.group("contacts").count("@") == len(_LICENCE.findall(row.group("licences")))
                and all(is_bare_name(person) for person in people)):
            at = min((names.index(person) for person in people if person in names), default=len(names))
            names[at:] = [*people, *(name for name in names[at:] if name not in people)]


# A futures house's analyst: a name alone, then its licence fields (`肖某 从业证书:F3083960 投资咨询证号:Z0016296`): F,
# the futures practitioner's number, and Z, the investment-advisory licence, which only an analyst holds (a name with
# an F number alone may be a salesman's or an assistant's).
_FUTURES_HINTS = (":Z", "：Z", ": Z", "： Z")  # (a Z number after its colon, found by substrings)
_FUTURES_LICENCES = re.compile(rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,3}})\s(?P<licences>"
                               rf"(?:[{CJK_CLASS}]{{2,8}}[ ]?[:：][ ]?[FZ]\d{{7}}(?!\d)\s?){{1,2}})")


def _bracketed(text: str) -> list[tuple[str, str]]:
    """Each name with the role a bracket after it gives (`吴柳燕(分析师)`), in order."""
    found = []
    for match in _BRACKETED.finditer(text):
        run = match.group("run")
        start = match.start()
        alone = start == 0 or _ALONE.match(text, start - 1) is not None or text[start - 1] in ")）"
        name = person(run, alone and len(run) <= 3)
        if name:
            found.append((name, match.group("role")))
    return found


_ROLE_REACH = 120
# (but not past another person's licence, an assistant's too, whose role word is that person's:
# `研究助理：程某 执业证书编号：S0550119080044 … 王班分析师SAC执业编号：S…`)
_ANY_LICENCE = re.compile(r"[SA]\d{10,13}")


def _since_licence(text: str, lo: int, hi: int) -> str:
    ends = [found.end() for found in _ANY_LICENCE.finditer(text, lo, hi)]
    return text[ends[-1] if ends else lo:hi]


def _assistant(before: str, name: str) -> bool:
    """Whether the last role word before `name` in `before` makes it no analyst's."""
    roles = _ROLE.findall(before, 0, max(0, before.rfind(name)))
    return bool(roles) and roles[-1] in _NOT_ANALYST


# A name extracted with each glyph written twice, as bold glyphs are (`于于 婧婧 分析师分析师`): its
# pairs, parted by a space or not, make the name once its surname comes first; else no name is read.
_DOUBLED_NAME = re.compile(rf"(?:^|(?<=[\s:：]))(?P<pairs>(?:([{CJK_CLASS}])\2\s?){{2,3}})$")


def _written_twice(run: str) -> str | None:
    """The name a run of four or six glyphs writes twice over (`陈龙陈龙`, `王仕进王仕进`), else None."""
    half = len(run) // 2
    return run[:half] if len(run) in (4, 6) and run[:half] == run[half:] else None


def _undoubled(before: str) -> str | None:
    doubled = _DOUBLED_NAME.search(before.rstrip())
    if not doubled:
        return None
    name = "".join(doubled.group("pairs").split())[::2]
    return name if surname_first(name) and name not in INDUSTRY_NAMES else None


# A run set right before a title with no space (`玛西高娃 宏观分析师 S…`, `海外宏观首席分析师`) is the
# title's department; a name glued to its title (`王班分析师SAC…`) starts with a surname.
_GLUED_TITLE = re.compile(r"(?:联席|资深|高级)?(?:首席)?(?:分析师|研究员|经济学家)")


def _glued_to_title(text: str, lo: int, hi: int, run: str) -> bool:
    """Whether `run` stands right before a title somewhere in `text[lo:hi]` (one compiled pattern:
    a pattern per run would be compiled again for every new name)."""
    at = text.find(run, lo, hi)
    while at >= 0:
        if _GLUED_TITLE.match(text, at + len(run), hi):
            return True
        at = text.find(run, at + 1, hi)
    return False


# A cover may set the analyst's department and title between the name and the licence
# (`许英博 科技产业首席分析师 S1010511080004`, `魏建榕 金融工程首席分析师 证书编号：…`): when the run
# next to the licence names no one, the name is the run before it, set apart by a space, with
# a surname first (a bold name extracted twice, `许英博许英博`, is one name).
_TITLE_RUN = 8
# (or by a bar: `张迪丨宏观首席分析师 S0130524060001`)
_SPACED_RUN = re.compile(f"(?:^|[\\s:：])([{CJK_CLASS}]{{2,6}})(?:\\s+|\\s*｜\\s*)$")
_BAR = re.compile("[丨|]")


def _name_before_title(before: str) -> str | None:
    run = _SPACED_RUN.search(before)
    if not run:
        return None
    name = run.group(1)
    half = len(name) // 2
    if len(name) in (4, 6) and name[:half] == name[half:]:
        name = name[:half]
    return person(name, alone=True) if len(name) <= 3 and surname_first(name) else None

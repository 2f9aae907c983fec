"""Who wrote a report, as its cover names them: a name next to an analyst licence number (`S` +
firm code + `5`, the securities-advisory licence: assistants hold other licences), a name
labelled as an analyst's or credited as an author, a futures analyst before their practising
and advisory licences, a Korean researcher (English credits: bylines.py). An assistant, a contact or a
salesman is no analyst whatever the licence; a name is told from the words glued before it
by its surname.
"""

from __future__ import annotations

import re

from generator.enrich.bylines import cover_analysts, english_authors, glued_bylines, report_authors, wire_team
from generator.enrich.choices import any_of
from generator.enrich.sections import INDUSTRY_NAMES
from generator.enrich.units import drop_readings
from generator.normalize import CJK_CLASS, HANGUL, in_either_script, to_simplified

# Analyst licences: S + a four-digit firm code + 5 (securities advisory) + eight digits.
# (Not a letter run's S, `ABCS0190…`; but where a dump lost its spaces an e-mail address's end may
# be glued before it, `xieheng@example.com.cnS0190519060001`: a domain's last label and then S.
# The S first: the search skips to it.)
# (After its label a licence is its 14 characters, though a telephone number or a date runs into it where a
# dump lost its line breaks: `执业证号：S0600519060001021-60199775`, `SACNO：S11501180800072021年3月18日`.)
_LICENCE = re.compile(r"S(?:(?<![A-Za-z0-9]S)|(?<=\.[a-z]{2}S)|(?<=\.[a-z]{3}S))\d{4}5\d{8}"
                      r"(?:(?!\d)|(?<=[号码：:]S\d{13})|(?<=[号码：:] S\d{13}))")
# (Some covers label the licence `资格编号`, `证券分析师 王某某 资格编号：S…`: a label, not a name.)
_LABEL_WORDS = re.compile(
    r"证券投资咨询执业资格证书编码|执业资格证书编码|投资咨询资格编号|资格证书编号|资格编号|执业证书编号|执业证书号|执业证书|执业资格证|执业登记编码|执业证号|执业编号|"
    r"执证编号|登记编号|登记编码|证书编号|证书号|证书|编号|联席首席|联席首|首席分析师|资深分析师|证券分析师|分析师|研究员|首席|SAC|"
    r"No\.?|NO\.?|"
    r"证券|电话|邮箱|联系人|作者|报告作者|E-MAIL|E-mail|EMAIL|Email|email|邮件|TEL|Tel")
_NOT_IN_NAMES = re.compile(r"行业|产业|研究|中心|证券|公司|团队|报告|医药|电子|轻工|服装|日期|数据|资料|来源|市场|指数|"
                           r"资格|股价|评级|[年月日周元部所院组师员号码箱话址级]")
# A run standing alone is a name or a word: 周 there is a surname (周冠南), not a week, and 元
# ends a given name (黄亚元), not an amount.
_NOT_ALONE = re.compile(_NOT_IN_NAMES.pattern.replace("日周元", "日"))
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
# A name is told from the words glued before it by its surname: the longest ending of the
# run that starts with one (two characters for compound surnames) is taken.
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
    "汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔"
    "伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍"
    "华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬"
    "师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻"
    "位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊"
    "阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富"
    "尧闭由佘蒯"
)
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "尉迟", "公孙", "长孙", "宇文",
                      "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "澹台", "司徒", "申屠")


def _person(run: str, alone: bool = False) -> str | None:
    """The name at the end of a run of CJK characters, if its surname says where it starts;
    a run of two or three characters standing `alone` (after a label or a space) is the name
    whatever its surname (荀玉根: a surname the table lacks must not make 玉根 of it)."""
    if alone and len(run) <= 3:
        return None if _NOT_ALONE.search(run) else run
    if len(run) >= 4 and run[-4:-2] in _COMPOUND_SURNAMES:
        return run[-4:]
    for size in (3, 2):
        if len(run) >= size and run[-size] in _SURNAMES and not _NOT_IN_NAMES.search(run[-size:]):
            return run[-size:]
    return None


# A name of two glyphs a page extracted word by word set apart (`分析师:张 超 证券执业证书号:S…`): two single
# glyphs before the licence, the first after a label's colon, a bar or a comma, or alone (not the last two
# of a name whose every glyph is spaced out, `王 宏 涛`).
_SPACED_NAME = re.compile(rf"(?:^|(?<=[:：,，|｜(（])|(?<![{CJK_CLASS}] )(?<=\s))([{CJK_CLASS}]) ([{CJK_CLASS}])$")
# A three-glyph name whose surname a PDF's extraction set apart (`分析师     林 志朋 执业证书编号：S…`): a glyph
# alone before the two-glyph run is its surname; a lone glyph that no surname is leaves no name (`志朋` is none).
_SURNAME_APART = re.compile(rf"(?:^|(?<=[\s:：,，|｜(（]))([{CJK_CLASS}]) $")


# Who a name is, said by the last role word before it: an assistant, a contact or a salesman
# is no analyst even when a licence follows (`研究助理：李四 执业证书编号：S…`).
_ROLE = re.compile(r"研究助理|助理研究员|助理分析师|联系人|销售|分析师|研究员|作者")
_NOT_ANALYST = ("研究助理", "助理研究员", "助理分析师", "联系人", "销售")
# A cover that sets each person's role in brackets after the name, the licences listed after
# them all (`吴柳燕(分析师)肖杰(联系人)证书编号:S… 证书编号:S…`): the bracket says who is an analyst,
# whichever licence stands nearest.
_BRACKETED = re.compile(rf"(?P<run>[{CJK_CLASS}]{{2,4}})\s*[(（](?P<role>(?:首席|资深|证券)?分析师|研究助理|"
                        r"助理研究员|助理分析师|联系人|销售)[)）]")
# A name labelled as an analyst's, with no licence beside it (`首席分析师:陈康 证券分析师:吴萌`,
# `资深宏观分析师 吴棋滢 wuqiying@…`, `首席经济学家郭磊 guolei@…`): two or three glyphs standing
# alone after the label, with a surname first; not a name a document-preview page's chunk number
# cuts (`分析师:陈怀 2、山`).
# (A research platform's listing line labels them `研究员:`: `机构:某某证券 研究员:李超/林成炜 日期:…`.)
# (or the name glued to its telephone number and address where a dump lost the spaces: `分析师秦越+852…angela.qin@…`)
# (a bold label and name a dump wrote twice, `研究员:研究员:张天丰张天丰;执业编码:;执业编码:…`, credit the name once)
_GLUED_CONTACT = r"[+(（]?\d[\d\s-]{6,20}[A-Za-z0-9._-]{0,40}@"
_LABELLED_SOURCE = (
    rf"LABEL(?:\s*[:：]\s*|\s+(?=[{CJK_CLASS}]{{2,3}}\s+[\w.]{{1,40}}@)|(?=[{CJK_CLASS}]{{2,3}}{_GLUED_CONTACT}))"
    rf"(?P<name>[{CJK_CLASS}]{{2,3}})(?P=name)?(?=[\s|,，、;；/]|$|{_GLUED_CONTACT})(?!\s\d{{1,3}}、)")
_LABELLED_ANALYST = re.compile(_LABELLED_SOURCE.replace("LABEL", "分析师(?<!助理分析师)"))
# (each label its own pattern, searched for from its first glyph)
_LABELLED_RESEARCHER = re.compile(_LABELLED_SOURCE.replace("LABEL", rf"研究员(?<![{CJK_CLASS}]研究员)(?=\s*[:：])"))
# (and the names after it in a team's list, each parted by a slash or a 、: `分析师:李超 / 林成炜/廖博`)
_NEXT_NAME = re.compile(rf"\s*[/、]\s*(?P<name>[{CJK_CLASS}]{{2,3}})(?=[\s|,，、;；/]|$)")
_TEAM = 6
# A name followed by its title as a chief analyst or economist: on a line of its own before the
# title (`黄细里 汽车首席分析师`), or a repost's credit (`郭磊系广发证券首席经济学家`).
# (A department must stand between: an industry's word before a bare title, `计算机 首席分析师`, is
# no name.)
_TITLED = re.compile(rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,3}})(?:\s+|系)[^\s，。,；;:：、]{{1,12}}?"
                     r"首席(?:分析师|经济学家)")
# A column's byline: its authors parted by 、, the first one's post given in brackets (`芦某、张某某(芦某系某某证券
# 首席经济学家、…)`, `魯某、謝某、胡某(魯某系…)`): every name before the bracket is an author, not the first alone.
_BRACKETED_BYLINE = re.compile(rf"(?<![{CJK_CLASS}])(?P<names>(?P<first>[{CJK_CLASS}]{{2,3}})"
                               rf"(?:、[{CJK_CLASS}]{{2,3}}){{1,5}})\s*[(（](?P=first)系")
# A futures analyst: a name before the practising licence (`从业资格号: F03093911`) and the
# investment-advice licence that lets one advise (`投资咨询号: Z0013972`); a researcher holding the
# practising licence alone is no analyst.
_FUTURES_ANALYST = re.compile(
    rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,3}})\s*[:：]?\s+(?:[^\s:：]{{2,14}}\s+)?(?:期货)?从业(?:资格)?证?号"
    r"\s*[:：]?\s*F\d{6,8}\s*(?:(?:投资|交易)咨询(?:从业)?(?:资格)?证?号\s*[:：]?\s*Z\d{7}(?!\d)"
    r"|(?:投资|交易)咨?$)")  # (or that licence's label cut by the end of the preview)
# (or the investment-advice licence alone after an author's name, as a post credits a futures
# analyst: `作者 | 王小明 期货交易咨询从业信息 | Z0012345`)
_FUTURES_ADVISER = re.compile(rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,3}})\s+(?:期货)?(?:投资|交易)咨询"
                              r"[^\sZ]{0,8}\s*[:：|｜]?\s*Z\d{7}(?!\d)")
# (or both licences in brackets after the name: `撰写人/王小明(F0312345 Z0012345)李华(F0398765)`, the
# second no analyst)
_FUTURES_BRACKETED = re.compile(rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,3}})\s*[(（]\s*F\d{{6,8}}\s*[,，/、]?\s*"
                                r"Z\d{7}\s*[)）]")
_ECONOMIST = re.compile(rf"经济学家\s*(?P<name>[{CJK_CLASS}]{{2,3}})(?=\s+[\w.]{{1,40}}@)")
# A reposted report's credit line (`(报告出品方/作者:中信建投证券,吕娟、彭元立)`,
# `(报告出品方/分析师:华西证券 刘泽晶 刘波)`), its bracket left unclosed where the text's first
# heading follows (`(报告出品方/分析师:某某证券 王明 李华 1. 概况`).
_CREDIT = re.compile(rf"出品方\s*/\s*(?:作者|分析师)\s*[:：]\s*[^,，、()（）\s]{{2,16}}(?:[,，]\s*|\s+)"
                     rf"(?P<names>[{CJK_CLASS}]{{2,4}}(?:\s*[、,，]\s*[{CJK_CLASS}]{{2,4}}|\s+[{CJK_CLASS}]{{2,4}}){{0,5}})"
                     rf"\s*(?:[)）]|(?=\s+[^\s{CJK_CLASS}]|$))")


# A research institute's byline above the summary (`文 某某国际经济研究院 王明 李华 投资要点`, `某某期货研究院
# 王明 摘要:`): the names between the institute and the summary's heading.
_INSTITUTE_BYLINE = re.compile(rf"研究(?:[院所](?<=[{CJK_CLASS}]{{2}}研究[院所])|中心(?<=[{CJK_CLASS}]{{2}}研究中心))"
                               r"\s+"
                               rf"(?P<names>[{CJK_CLASS}]{{2,3}}(?:\s+[{CJK_CLASS}]{{2,3}}){{0,3}})"
                               r"\s+(?=摘要|核心观点|投资要点|报告要点|主要观点)")

# A think tank's credit of its report's writers, each after a bullet with a post after it (`报告执笔人 ■张某某
# 某某研究所所长、… ■刘 某 某某中心秘书长 摘要 ■2022年…`): the names after the label, a layout's space maybe parting a
# name's two glyphs, up to the summary's heading. (Its head, `报告负责人 ■…`, is credited as no writer.)
_WRITERS_LABEL = re.compile(r"执笔人?\s?[:：]?\s?(?=[■●◆▪•])")
_WRITER = re.compile(rf"[■●◆▪•]\s*(?P<name>[{CJK_CLASS}](?: ?[{CJK_CLASS}]){{1,2}})(?=\s)")
_WRITERS_END = re.compile("摘要|内容提要|核心观点|负责人|[。；;]")
_WRITERS_REACH = 240  # characters the writers and their posts take at most

# A byline of names parted by slashes right before the summary's heading (`——某某ETF投资价值分析 陆某某/楼某某/王某
# 本期投资提示`): two names at least, each with a surname first.
_SLASHED_BYLINE = re.compile(rf"(?<![{CJK_CLASS}/])"
                             rf"(?P<names>[{CJK_CLASS}]{{2,3}}(?:\s?/\s?[{CJK_CLASS}]{{2,3}}){{1,5}})"
                             r"\s+(?=本期投资提示|投资提示|投资要点|核心观点|报告要点|主要观点|摘要)")

# A morning note's byline under an item's heading, after a dash (`【策略】某某标题 ——秦某某,杨某某,联系人:徐某、裘某`):
# the names before the contacts' label, or two names or more standing alone (one name alone may be a heading's
# word after a dash, `——周报`).
_DASH_BYLINE = re.compile(rf"——\s*(?P<names>[{CJK_CLASS}]{{2,3}}(?:[,，、][{CJK_CLASS}]{{2,3}}){{0,5}})"
                          r"(?:(?P<contacts>[,，]\s*联系人)|(?=\s|$))")

# An article's credit line naming its authors (`作者:廖静池、孙雨`, `文:燕翔、金晗`), the label also written
# with a slash or a bar (`文/解运亮、张云杰 某某证券宏观团队`, `文 | 芦哲`), the names also set apart by a space
# alone, each a whole run, the line going on after a comma (`作者:唐元懋 王一凡,原标题《…》`).
_BYLINE_TOP = 600  # characters of the cover where a byline stands
_AUTHOR_NAME = rf"[{CJK_CLASS}]{{2,3}}"
_AUTHORS = re.compile(rf"(?:(?<![{CJK_CLASS}])文|作者)\s*(?:[:：/]|[|｜丨](?=\s))\s*"
                      rf"(?P<names>{_AUTHOR_NAME}(?:\s*[、,，/]\s*{_AUTHOR_NAME}"
                      rf"|[ \u3000]{_AUTHOR_NAME}(?=[\s,，。;；|]|$)){{0,5}})(?=[\s,，。;；|]|$)")
# (one scan for them all; each holds a CJK glyph, so an ASCII text, told without a scan, holds none)
_AUTHORS_HINTS = any_of(("作者", "文:", "文：", "文/", "文 |", "文 ｜", "文 丨"))


# A news relay's template on one house's report (`某某证券股份有限公司王明 , 李华近期对某某股份进行研究并发布了研究报告
# 《…》`), dated in front on some sites (`2022-01-29某某证券股份有限公司王明,李华,赵强对…`): the names between the
# house's full name and what they did are the report's analysts (dates.py reads the date).
RELAYED_REPORT = re.compile(r"(?:(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s?)?"
                            rf"[{CJK_CLASS}]{{2,8}}(?:证券|研究所|研究院)(?:股份)?有限(?:责任)?公司\s?"
                            rf"(?P<names>[{CJK_CLASS}]{{2,4}}(?:\s?[,，、]\s?[{CJK_CLASS}]{{2,4}}){{0,5}})"
                            r"\s?(?:近期|近日)?对\s?[^。；;]{1,30}?进行研究并发布了研究报告")
RELAY_HINT = "发布了研究报告"

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


# A Korean page's credit of a house's analyst (`이동연 한국투자증권 연구원은`, `대신증권 오승훈 연구원은`, `대신 곽경훈
# 연구원은`, `정정영 연구원은 보고서에서`): a name of three Hangul syllables, a word of its own, before the title
# 연구원 (researcher), the house's name between them or before the name. (A later mention gives the surname alone,
# `이 연구원은`; the house's researchers in the plural, `증권사 연구원들은`, name no one.)
_KOREAN_RESEARCHER = re.compile(rf"(?<![{HANGUL}])(?P<name>[{HANGUL}]{{3}})\s+"
                                rf"(?:[{HANGUL}A-Z]{{1,8}}(?:증권|투자)\s+)?(?:수석\s?|선임\s?)?연구원(?=[은는이의과,\s])")
_KOREAN_NOT_NAMES = frozenset({"증권사", "운용사", "관계자", "리서치", "보고서", "담당자"})


def analysts(text: str) -> list[str]:
    """Names written next to an analyst licence number, in order; then names labelled as an
    analyst's or credited as a report's authors."""
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
        name = _person(run.group(0), _ALONE.match(before, max(0, run.start() - 1), run.start()) is not None
                       or run.start() == 0) if run else None
        if (name and len(run.group(0)) <= 3 and not is_bare_name(name)
                and _glued_to_title(text, lo, match.start(), name)):
            name = None  # a department glued to its title (`宏观分析师`, `计算机分析师`: 计 is a surname too)
        if run and len(run.group(0)) == 2 and (apart := _SURNAME_APART.search(before, 0, run.start())):
            name = apart.group(1) + run.group(0) if apart.group(1) in _SURNAMES else None
        elif run and len(run.group(0)) == 2 and run.group(0)[0] == run.group(0)[1]:
            name = _undoubled(before)  # a name written with each glyph twice (`于于 婧婧`)
        elif run and (whole := _written_twice(run.group(0))):
            # (a bold name extracted twice as a whole, `分析师分析师:陈龙陈龙执业证书…`: the name once, not the
            # last glyphs of the run, `龙陈龙`)
            name = _person(whole, alone=True) if _surname_first(whole) else None
        if not run and (spaced := _SPACED_NAME.search(before)):
            name = _person(spaced.group(1) + spaced.group(2), True)  # (its two glyphs spaced apart: `张 超`)
        if not name and run and len(run.group(0)) <= _TITLE_RUN:
            name = _name_before_title(before[:run.start()])
        if (name and name not in names and name not in not_analysts
                and not _assistant(_since_licence(text, role_lo, match.start()), name)):
            names.append(name)
    for short in _CUT_SHORT.finditer(text) if "分析师 S" in text else ():
        run = short.group("run")
        if name := _written_twice(run) or (run if len(run) <= 3 else None):
            _add_named(names, name)
    if (cut := _CUT_LICENCE.search(text, max(0, len(text) - _CUT_REACH))) and not _assistant(
            _since_licence(text, max(0, cut.start() - _ROLE_REACH), cut.start()), cut.group("name")):
        _add_named(names, cut.group("name"))
    for name, role in bracketed:
        if role not in _NOT_ANALYST:
            _add_named(names, name)
    _add_labelled(names, text)
    if "经济学家" in text:
        for match in _ECONOMIST.finditer(text):
            _add_named(names, match.group("name"))
    if "首席" in text:
        for match in _TITLED.finditer(text):
            _add_named(names, match.group("name"))
    if "系" in text:
        for match in _BRACKETED_BYLINE.finditer(text, 0, _BYLINE_TOP):
            _add_byline(names, match.group("names").split("、"))
    if "咨" in text:
        for match in _FUTURES_ANALYST.finditer(text):
            _add_named(names, match.group("name"))
        for match in _FUTURES_ADVISER.finditer(text):
            _add_named(names, match.group("name"))
    if " Z" in text:
        for match in _FUTURES_BRACKETED.finditer(text):
            _add_named(names, match.group("name"))
    if "研究" in text:
        for match in _INSTITUTE_BYLINE.finditer(text, 0, _BYLINE_TOP):
            for name in match.group("names").split():
                _add_named(names, name)
    if "执笔" in text:
        for label in _WRITERS_LABEL.finditer(text, 0, _BYLINE_TOP):
            end = label.end() + _WRITERS_REACH
            if stop := _WRITERS_END.search(text, label.end(), end):
                end = stop.start()
            for writer in _WRITER.finditer(text, label.end(), end):
                _add_named(names, writer.group("name").replace(" ", ""))
    if "/" in text:
        for match in _SLASHED_BYLINE.finditer(text, 0, _BYLINE_TOP):
            _add_byline(names, [run.strip() for run in match.group("names").split("/")])
    if "——" in text:
        for match in _DASH_BYLINE.finditer(text, 0, _BYLINE_TOP):
            runs = re.split(r"[,，、]", match.group("names"))
            if match.group("contacts") or len(runs) >= 2:
                _add_byline(names, runs)
    credited = not text.isascii() and _AUTHORS_HINTS.search(text) is not None
    for credit in (_CREDIT.search(text), _AUTHORS.search(text) if credited else None):
        if credit and credit.re is _AUTHORS and _page_byline(text, credit):
            continue
        if credit:
            for name in re.split(r"\s*[、,，/\s]\s*", credit.group("names")):
                if not re.search(f"编辑\\s*[:：]?\\s*{name}", text):  # an editor is no analyst
                    _add_named(names, name)
    for match in RELAYED_REPORT.finditer(text) if RELAY_HINT in text else ():
        for name in re.split(r"\s?[,，、]\s?", match.group("names")):
            _add_named(names, name)
    names += [name for name in glued_bylines(text[:_BYLINE_TOP]) if name not in names]
    if "886" in text or "852" in text:
        for match in _CONTACT_ANALYST.finditer(text):
            if is_bare_name(match.group("name")):
                _add_named(names, match.group("name"))
    if "연구원" in text:
        for match in _KOREAN_RESEARCHER.finditer(text):
            if match.group("name") not in names and match.group("name") not in _KOREAN_NOT_NAMES:
                names.append(match.group("name"))
    if "nalyst" in text or "852" in text or "SFC" in text:
        names += [name for name in cover_analysts(text) if name not in names]
    if "trategist" in text or "nalyst" in text or "conomist" in text:
        names += [name for name in wire_team(text) if name not in names]
    if "nalyst" in text and len(authors := report_authors(text)) == 1 and authors[0] not in names:
        names.append(authors[0])
    if "证券" in text:
        for match in _HOUSE_CREDIT.finditer(text):
            for run in re.split(r"\s*[,，、]\s*", match.group("names")):
                _add_named(names, run)
    names += [name for name in english_authors(text) if name not in names]
    return names[:6]


# A web page's byline: its author (an editor or an account reposting the report) beside the
# page's own details, its time, source, counters or column (`作者：李明 发布时间：2024-03-05`,
# `来源：某某网 作者：李明`). A report's authors named as such (`研报作者:`, `报告作者:`) are not this.
_PAGE_DETAILS = re.compile(r"(?:发布|更新|发表)?(?:时间|日期)\s*[:：]|来源\s*[:：]|浏览|阅读|点击|栏目|分类|编辑|责编")
_BYLINE_REACH = 30
_REPORTS_AUTHORS = ("研报", "报告")


# (but a house's own page, its source the securities company itself, credits the report's authors: `来源:某某证券有限
# 责任公司 作者:王明/李华`; not a newspaper's, `来源:某某证券报`)
_HOUSE_SOURCE = re.compile(rf"来源\s*[:：]\s*[{CJK_CLASS}]{{2,8}}证券(?:股份)?有限(?:责任)?公司\s*$")


# (or a periodical's writer, the masthead right before the credit: `红周刊 作者 | 伊文`, `证券市场周刊 文/王明`, a
# journalist reporting on others' views, not an analyst of the page's report)
_MASTHEAD = re.compile(rf"[{CJK_CLASS}](?:周刊|月刊|旬刊|{in_either_script('时报|晚报|早报|商报|证券报|杂志')})\s*$")

# (nor is a credit whose names the post of a house's analysts follows: `来源: 作者:王明 李华 某某固收宏观分析师`)
_ANALYSTS_POST_AFTER = re.compile(rf"\s*[{CJK_CLASS}]{{0,10}}(?:分析师|研究员|经济学家)(?![{CJK_CLASS}])")


def _page_byline(text: str, credit: re.Match[str]) -> bool:
    """Whether the credit `作者:…` is a web page's byline (see `_PAGE_DETAILS`)."""
    if text.endswith(_REPORTS_AUTHORS, 0, credit.start()) or _ANALYSTS_POST_AFTER.match(text, credit.end()):
        return False
    if _HOUSE_SOURCE.search(text, max(0, credit.start() - _BYLINE_REACH), credit.start()):
        return False
    if _MASTHEAD.search(text, max(0, credit.start() - _BYLINE_REACH), credit.start()):
        return True
    return bool(_PAGE_DETAILS.search(text, max(0, credit.start() - _BYLINE_REACH), credit.start())
                or _PAGE_DETAILS.search(text, credit.end(), credit.end() + _BYLINE_REACH))


# A Taiwanese or Hong Kong house's cover: the analyst's name alone (on its own line), then a telephone number with its
# area code (`(886-2) 2781-5995 ext. 37011`, `(852) 3900 0881`) and an e-mail address (`夏某某 / (886-2) 2700-0000
# ext. 123 / someone@…`): a person's contacts, as a cover gives its analysts'.
_CONTACT_ANALYST = re.compile(rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,3}})\s+"
                              r"(?:\(886-?\d{0,2}\)|\+886|\(852\)|\+852)[\s\d-]{7,16}(?:ext\.?\s?\d{1,6})?\s+"
                              r"[\w.+-]{1,40}@")


def _bracketed(text: str) -> list[tuple[str, str]]:
    """Each name with the role a bracket after it gives (`吴柳燕(分析师)`), in order."""
    found = []
    for match in _BRACKETED.finditer(text):
        run = match.group("run")
        start = match.start()
        alone = start == 0 or _ALONE.match(text, start - 1) is not None or text[start - 1] in ")）"
        name = _person(run, alone and len(run) <= 3)
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
    return name if _surname_first(name) and name not in INDUSTRY_NAMES else None


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


def _surname_first(run: str) -> bool:
    """Whether `run` reads as a whole name: a compound surname first, or a surname and at most
    two more glyphs."""
    return run[:2] in _COMPOUND_SURNAMES or (run[0] in _SURNAMES and len(run) <= 3)


def is_bare_name(run: str) -> bool:
    """Whether a run of CJK characters standing alone reads as a person's whole name (a surname
    first), not an industry's word."""
    return _surname_first(run) and run not in INDUSTRY_NAMES


def is_names_run(run: str) -> bool:
    """Whether a run of CJK characters reads as names written one after another with nothing between them
    (`王君徐沛东郭晓希`): it divides into runs of two or three characters, each a bare name."""
    ends = {0}  # (where a division into names can have reached)
    for end in range(2, len(run) + 1):
        if any(end - size in ends and is_bare_name(run[end - size:end]) for size in (2, 3)):
            ends.add(end)
    return len(run) >= 2 and len(run) in ends


def _add_byline(names: list[str], runs: list[str]) -> None:
    """Add a byline's names, all of them or none: one run that reads as no person's name (a
    heading's word, `——周报`) says the runs are no byline."""
    if all(is_bare_name(run) for run in runs):
        for run in runs:
            _add_named(names, run)


def labelled_analysts(text: str) -> list[str]:
    """The names an `分析师:` or `研究员:` label credits, and the team listed after them."""
    names: list[str] = []
    _add_labelled(names, text)
    return names


def _add_labelled(names: list[str], text: str) -> None:
    labelled = (_LABELLED_ANALYST, _LABELLED_RESEARCHER) if "研究员" in text else (_LABELLED_ANALYST,)
    for match in (match for pattern in labelled for match in pattern.finditer(text)):
        _add_named(names, match.group("name"))
        end = match.end()
        for _ in range(_TEAM):
            following = _NEXT_NAME.match(text, end)
            if not following:
                break
            _add_named(names, following.group("name"))
            end = following.end()


def _add_named(names: list[str], run: str) -> None:

    """Add a name that stands without a licence: only with a surname first, and not an industry's
    word that starts with one (`计算机`, `银行`)."""
    if _surname_first(run) and run not in INDUSTRY_NAMES:  # an industry's word is no name (`分析师:王小明、计算机`)
        name = _person(run, alone=True)
        if name and name not in names:
            names.append(name)


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
    return _person(name, alone=True) if len(name) <= 3 and _surname_first(name) else None


# A news copy's closing credit of the report's authors in brackets after their house (`…低空经济+航空运动等。(某某证券
# 王明,李华)`). (Not a headline's `某某证券王明:`: as often a house's column, `中信证券周观点:`, `国信证券金工:`.)
_HOUSE_CREDIT = re.compile(rf"[(（][{CJK_CLASS}]{{2,6}}?证券\s+(?P<names>[{CJK_CLASS}]{{2,3}}(?:\s*[,，、]\s*"
                           rf"[{CJK_CLASS}]{{2,3}}){{0,5}})[)）]")


# An article titled by its author's name before a colon (`张明:2019年美元指数与人民币汇率走势探析`,
# `胡鞍钢 鲁钰锋 周绍杰 杨竺松:供给侧结构性改革的三大逻辑`): the names are its authors when there are
# several, set apart by spaces or `、` (houses and topics come one at a time), or when the text gives the
# one name its post, right before it (`高级研究员张斌在其最新文章中认为`, `首席经济学家彭文生`) or after it
# (`张明为平安证券首席经济学家`). Not a house's or a topic's short name before a colon (`麦格理:上调…`,
# `银行业:…`), which no text gives a person's post.
_TITLED_NAMES = re.compile(rf"^\s*(?P<names>[{CJK_CLASS}]{{2,3}}(?:[ \u3000、][{CJK_CLASS}]{{2,3}}){{0,5}})\s*[:：]")
_POST = r"(?:首席经济学家|经济学家|研究员|分析师|策略师|教授|院长|所长|主任|理事|学部委员)"
_POST_BEFORE = re.compile(rf"{_POST}\s?$")
_POST_AFTER = re.compile(rf"\s?为[^。；;\n]{{0,20}}?{_POST}")


def titled_authors(title: str, text: str) -> list[str]:
    """The authors an article's title names before its colon, confirmed as above (`text` in simplified script)."""
    titled = _TITLED_NAMES.match(to_simplified(title))
    if titled is None:
        return []
    names = re.split(r"[ \u3000、]", titled.group("names"))
    if not all(is_bare_name(name) for name in names):
        return []
    if len(names) > 1:
        return names
    name = names[0]
    at = text.find(name)
    while at >= 0:
        if _POST_BEFORE.search(text, max(0, at - 8), at) or _POST_AFTER.match(text, at + len(name)):
            return names
        at = text.find(name, at + len(name))
    return []


# An archive's entry for a broker's report file, titled by its name of hyphened fields (`某某证券-某某股份-300999-
# 标题-200625`, `某某证券-专题:标题-200212`), and under the title the time it was posted and the report's analysts on
# one line (`2020-06-26 19:41:00  王明,李华`): those names are the analysts (a news page's reporter stands under a
# headline of no such name).
_FILE_TITLE = re.compile(r"^[^-\s]{2,12}-[^\n]{2,120}-\d{6}$")
_ENTRY_NAMES = re.compile(rf"[ \t]*\n[ \t]*(?:19|20)\d\d-\d\d-\d\d[ \t]+\d\d:\d\d(?::\d\d)?[ \t]+"
                          rf"(?P<names>[{CJK_CLASS}]{{2,3}}(?:[,，、][{CJK_CLASS}]{{2,3}}){{0,5}})[ \t]*\n")


def archive_entry_analysts(head: str, title: str) -> list[str]:
    """The analysts an archive's entry names under a report file's name (see `_ENTRY_NAMES`)."""
    title = title.strip()
    if not _FILE_TITLE.match(title) or not head.lstrip().startswith(title):
        return []
    entry = _ENTRY_NAMES.match(head, head.find(title) + len(title))
    if entry is None:
        return []
    names = re.split(r"[,，、]", entry.group("names"))
    return names if all(is_bare_name(to_simplified(name)) for name in names) else []


# A credit line at a post's top, the author's post and then the name after a space, alone on its line (`某某证券研究院
# 策略组负责人 王明`, `中国金融四十人论坛成员 王明 [ 2013-10-20 ]`): the author. (Not a news sentence quoting someone,
# `首席经济学家王明表示`: no space sets the name apart, and the line goes on.)
_POST_LINE = re.compile(rf"^[^\n]{{0,30}}?(?:首席经济学家|经济学家|首席分析师|分析师|研究员|负责人|所长|院长|成员)"
                        rf"[ \t\u3000]+(?P<name>[{CJK_CLASS}]{{2,3}})[ \t\u3000]*"
                        r"(?:\[[^\]\n]{0,24}\][^\n]{0,12})?$", re.MULTILINE)
_POST_LINE_TOP = 600


def post_line_analysts(head: str) -> list[str]:
    """The author a credit line at the top names after the post (see `_POST_LINE`), in simplified script (a
    converter's readings after the glyphs, `负(fù)责(zé)人`, dropped)."""
    for line in _POST_LINE.finditer(drop_readings(to_simplified(head[:_POST_LINE_TOP]))):
        if is_bare_name(line.group("name")):
            return [line.group("name")]
    return []

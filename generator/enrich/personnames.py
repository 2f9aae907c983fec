"""Whether a run of Chinese characters is a person's name, told by its surname: the name at the end of a run of
words glued before it, a run standing alone that reads as a whole name (not an industry's word such as 计算机), a
run of names written one after another.

analysts.py and licences.py read the names a cover credits with these; titles, excerpts and a rating agency's
credits ask whether a run is a bare name.
"""

from __future__ import annotations

import re

from generator.enrich.sections import INDUSTRY_NAMES

_NOT_IN_NAMES = re.compile(r"行业|产业|研究|中心|证券|公司|团队|报告|医药|电子|轻工|服装|日期|数据|资料|来源|市场|指数|"
                           r"资格|股价|评级|[年月日周元部所院组师员号码箱话址级]")
# A run standing alone is a name or a word: 周 there is a surname (周冠南), not a week, and 元
# ends a given name (黄亚元), not an amount.
_NOT_ALONE = re.compile(_NOT_IN_NAMES.pattern.replace("日周元", "日"))
# A name is told from the words glued before it by its surname: the longest ending of the
# run that starts with one (two characters for compound surnames) is taken.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
    "汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔"
    "伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍"
    "华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬"
    "师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻"
    "位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊"
    "阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富"
    "尧闭由佘蒯洪"
)
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "尉迟", "公孙", "长孙", "宇文",
                      "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "澹台", "司徒", "申屠")


def person(run: str, alone: bool = False) -> str | None:
    """The name at the end of a run of CJK characters, if its surname says where it starts;
    a run of two or three characters standing `alone` (after a label or a space) is the name
    whatever its surname (荀玉根: a surname the table lacks must not make 玉根 of it)."""
    if alone and len(run) <= 3:
        return None if _NOT_ALONE.search(run) else run
    if len(run) >= 4 and run[-4:-2] in _COMPOUND_SURNAMES:
        return run[-4:]
    for size in (3, 2):
        if len(run) >= size and run[-size] in SURNAMES and not _NOT_IN_NAMES.search(run[-size:]):
            return run[-size:]
    return None


def surname_first(run: str) -> bool:
    """Whether `run` reads as a whole name: a compound surname first, or a surname and at most
    two more glyphs."""
    return run[:2] in _COMPOUND_SURNAMES or (run[0] in SURNAMES and len(run) <= 3)


def is_bare_name(run: str) -> bool:
    """Whether a run of CJK characters standing alone reads as a person's whole name (a surname
    first), not an industry's word."""
    return surname_first(run) and run not in INDUSTRY_NAMES


def is_names_run(run: str) -> bool:
    """Whether a run of CJK characters reads as names written one after another with nothing between them
    (`王君徐沛东郭晓希`): it divides into runs of two or three characters, each a bare name."""
    ends = {0}  # (where a division into names can have reached)
    for end in range(2, len(run) + 1):
        if any(end - size in ends and is_bare_name(run[end - size:end]) for size in (2, 3)):
            ends.add(end)
    return len(run) >= 2 and len(run) in ends


def add_named(names: list[str], run: str) -> None:

    """Add a name that stands without a licence: only with a surname first, and not an industry's
    word that starts with one (`计算机`, `银行`)."""
    if surname_first(run) and run not in INDUSTRY_NAMES:  # an industry's word is no name (`分析师:王小明、计算机`)
        name = person(run, alone=True)
        if name and name not in names:
            names.append(name)

"""Whether a unit of a report's opening may open its lede: a sentence of the report's own (not a cut's
remains, a cover's date or title, an English heading, a sentence a table's row was spliced into, a risk warning or a
footnote), and not a paragraph that carries on a text not shown, addresses a meeting's audience or presents a house,
nor a question standing alone or one the next unit answers.

ledeunits.py takes the lede from the first unit these let through; summarystart.py asks the same of the prose above
a summary's heading, and structure.py of the preview's last, cut sentence.
"""

from __future__ import annotations

import re

from generator.enrich.boilerplate import either
from generator.enrich.choices import by_first_character
from generator.enrich.marks import cjk_count
from generator.enrich.units import Unit, is_prose
from generator.normalize import CJK_CLASS, to_simplified

_C = f"[{CJK_CLASS}]"


# A unit that reads as the start of a risk warning or a footnote is content, not a lede.
# (Nor does a research platform's point on the report's rating or target price: `报告对…的评级为“推荐”`,
# `报告给出的目标价为10港元`.)
# Both scripts: a traditional-script unit is matched in simplified script (`註︰表示與上月…`), with the
# colon's vertical and small forms a converter may set (︰ ∶ ﹕).
NOT_A_LEDE = re.compile(r"^(?:风险提示|风险因素|注[:：︰∶﹕]|备注|附注|免责|报告给出的|目标价为|编者按|编者注|编辑按"

                        r"|报告对[^，,。]{1,20}?的(?:投资)?评级)")


# Nor does a lede open with what a speaker says to the audience of a meeting (`各位尊敬的客户：`,
# `大家下午好。`, `相信今天参会的…`), or with a connective that carries on a sentence not shown
# (`但有些新客户…`, `因此…`).
ADDRESS = re.compile(by_first_character("各位|尊敬的|在座|" + either("大家|上午|下午|晚上", "好") + "|"
                                       + either("感谢|谢谢", "大家") + "|欢迎大家|欢迎各位|今天参会|参会的"
                                       # (and a page's welcome to its readers or listeners: `欢迎收听…音频`)
                                       + "|欢迎收听|欢迎收看|欢迎关注|欢迎阅读|欢迎订阅"))


CARRIES_ON = re.compile(r"^(?:但|然而|不过|因此|所以|此外|另外|同时(?!期)|并且|而)")


# Nor with a house's presentation of itself, which a fund's or a think tank's posts open with before the post's own
# words (`星石投资是国内典型践行多基金经理团队制的百亿私募,由10名基金经理共同管理…。目前十位基金经理…。`): the
# paragraph is the house's, whole. (Its name, then `是` and the kind of house it is, within the sentence's first clause
# or two; a bracketed note of the page's may stand before it, `(文末有奖)`.)
SELF_DESCRIPTION = re.compile(r"^(?:[(（][^()（）]{1,8}[)）])?[^\s，,。；;：:“”]{2,12}?"
                              r"是(?:国内|中国|我国|全球|一家|一所)[^。；;]{0,40}?(?:私募|基金管理人|资产管理公司|资产管理机构|投资机构|智库|研究机构|咨询机构)"
                              r"(?=[，,。])"
                              # (or an association's about text, its English name first: `中国某某学会,英文名称:The …`)
                              r"|^[^\s，,。；;：:“”]{2,16}?[，,]\s?英文(?:名称|名)\s?[:：]"
                              # (or a periodical report's note on this issue, who made it and the columns it
                              # holds: `本期报告由…牵头,…的中信智库专家联合打造。`, `本期报告主要涵盖《…》、…
                              # 和《…》四个栏目。`)
                              r"|^本期(?:报告|周报|月报|季报|刊物)(?:由(?!于)[^。；;]{2,80}?(?:打造|编写|撰写|编制|出品)"
                              r"|[^。；;]{0,12}?(?:涵盖|包括|包含|分为|设有)[^。；;]{2,200}?(?:栏目|专栏)[。；;]?$)")


# A lede in Latin script opens as a sentence does (not `and the House Committee on…`), and is
# not a heading in title case ending with a colon (`Why GAO Did This Study:`).
_LATIN_OPENING = re.compile(r"[A-Z0-9“‘\"'(]")


_TITLE_CASE_HEADING = re.compile(r"(?:[A-Z0-9][\w’'.,-]*\s+){1,8}[A-Z0-9][\w’'.,-]*\s*[:：]")
# Nor is a headline in title case that asks, its short words in lower case (`Upheaval Even as Growth Normalises?`, the
# second line of `After Omicron, what’s next? Market` / `Upheaval…`): a sentence that asks has words in lower case.
_TITLE_CASE_QUESTION = re.compile(r"[A-Z][\w’'.,-]*"
                                  r"(?:\s+(?:[A-Z0-9][\w’'.,-]*|as|of|the|and|in|to|for|a|an|on|at|by|or)){2,10}\?")

# Nor is a run with no word in lower case, whatever stop ends it: a cover's names, telephones and banner in capitals
# (`Songklod Wongchai Suwat Sinsadok +66 2611 3553 +66 2611 3558 PREPARED BY FSS INTERNATIONAL INVESTMENT ADVISORY
# SECURITIES CO LTD (FSSIA).`), where a sentence, however dense with figures, has some (`Still BUY, new IDR3,100 TP…`).
_LOWER_CASE_WORD = re.compile(r"(?<![\w’'-])[a-z]{2,}(?![\w’'-])")


def _no_lower_case_word(text: str) -> bool:
    """Whether `text`, its letters all Latin (not a Korean sentence after a figure, `5일 한국투자증권은…`), holds no
    word in lower case."""
    return not _LOWER_CASE_WORD.search(text) and all(char.isascii() for char in text if char.isalpha())

# Nor is a run of a digest's headlines, each after its label and a colon, none with a stop (`OTHER NEWS: TOP STORIES:
# MWIDE: To build a new company for renewable energy projects Economy: 2Q15 GDP to likely miss 7.7% growth target
# Economy: … DNL: 1H15 profits up 15%… IMI: … MBT: …`): three labels or more, which no sentence holds.
_ENTRY_LABEL = re.compile(r"(?<![\w’'-])(?:[A-Z]{2,8}|[A-Z][a-z]{2,12}): (?=[A-Z0-9])")
_LIST_ENTRIES = 3

# Nor with what a house said, told of it by a word that points back (`The bank stated that…`, `The firm said…`): a
# news page's dek or a paragraph that carries on a story whose first sentence names the house, as `该行表示` does.
_REFERS_BACK = re.compile(r"(?:The|This) (?:bank|firm|broker|brokerage|house|investment bank|research house)"
                          r" (?:stated|said|says|noted|notes|added|adds|believes|expects|pointed out|points out)\b")


# Nor is a sentence that a table's row was spliced into, a two-column page's lines read across both columns
# (`VEAM Corp mainly produces agricultural ADTV30D: USD176,000 P/B (curr) 2.0x 1.3x 1.7x machinery.`, Vietcap's
# overview beside its valuation table): three cells in a row, multiples, percentages or `N/A` set apart by spaces
# alone, which a sentence parts with words or commas (`P/E of 6.9x and 7.6x`).
_CELL = r"(?:[-+]?\d[\d,.]*(?:x|%)|N/A)"
_SPLICED_ROW = re.compile(rf"(?<![\w.,]){_CELL}(?: {_CELL}){{2}}(?![\w%])")


# A report's title on a company: its name, its code in brackets, a colon, the headline
# (`Guotai Junan International (1788.HK): stock price…`, `巨化股份(600160):制冷剂…`), in whatever
# language the page translated it to.
_COMPANY_TITLE = re.compile(r"[^，,。；;:：]{1,60}?[（(]\s*\d{4,6}(?:\.[A-Z]{2})?\s*[)）]\s*[:：]")


# A cover's date glued to its title's words (`2023年09月06日息差拖累业绩，资产质量稳定`): the month or
# the day written with a leading zero, as covers print them and sentences do not, and no mark after.
_COVER_DATE_LEAD = re.compile(rf"^(?:19|20)\d\d年(?:0\d月\d{{1,2}}|\d{{1,2}}月0\d)日(?={_C})")


# What a cut leaves: a unit opening with a closing mark, an ellipsis or a mark that follows words
# (`..》，2020.8.28 2.《…`, the tail of a related report's title in a list whose breaks were lost),
# or one that opens a title in guillemets and never closes it, is no sentence of its own.
_CUT_OPENING = re.compile(r"^(?:\.{2}|…|[》」』）)\]】〉，,、。；;：:])")


def cut(text: str) -> bool:
    return bool(_CUT_OPENING.match(text)) or text.count("《") > text.count("》")


def is_lede(unit: Unit, summary: bool, traditional: bool) -> bool:
    text = unit.text
    if cut(text):
        return False
    # (a host site's slogan exclaims, `内容丰富有趣,写作好帮手!`; a report's first sentence outside a
    # summary does not: a summary's point may, `…并继续重点推荐！`)
    if _COVER_DATE_LEAD.match(text) or (not summary and text.endswith(("!", "！")) and cjk_count(text)):
        return False
    if (text[:1].isascii() and not cjk_count(text[:40])
            and (not _LATIN_OPENING.match(text) or _TITLE_CASE_HEADING.fullmatch(text) or _REFERS_BACK.match(text)
                 or _TITLE_CASE_QUESTION.fullmatch(text) or _no_lower_case_word(text)
                 or len(_ENTRY_LABEL.findall(text)) >= _LIST_ENTRIES or _SPLICED_ROW.search(text))):
        return False
    if _COMPANY_TITLE.match(text):
        return False
    simplified = to_simplified(text) if traditional else text
    return (is_prose(unit, summary=summary, traditional=traditional) and not NOT_A_LEDE.match(simplified)
            and not CARRIES_ON.match(simplified) and not ADDRESS.search(simplified))


def asks_alone(units: list[Unit], number: int) -> bool:
    """Whether unit `number` is a question that no statement follows in its paragraph: a
    headline's or a section heading's on a line of its own (`…可以逆市布局吗?`), or an entry of a
    list of questions (a contents page's), not a lede's first sentence, which a paragraph goes
    on from to answer it, after a few more questions maybe (`Is growth slowing? Does deflation
    persist? … Markets have been volatile.`, `…哪些板块业绩表现更好?…今年商誉减值压力如何?一文读懂…。`;
    a Chinese cover's question heading followed by its extraction's copy of itself, `…有哪些不同?有哪些
    不同?`, is alone)."""
    if not units[number].text.endswith(_QUESTION_ENDS):
        return False
    asked = units[number].text
    for after in units[number + 1:number + 1 + _QUESTIONS_IN_A_ROW]:
        if after.after_break or not after.text.endswith(_STATEMENT_ENDS + _QUESTION_ENDS):
            return True
        if not after.text.endswith(_QUESTION_ENDS):
            return False
        if cjk_count(after.text) and after.text.replace(" ", "") in asked.replace(" ", ""):
            return True  # (a heading's copy, not the next question of a paragraph)
        asked = after.text
    return True


_ECHO = 4  # characters an answer repeats of its question's start


def answered_next(units: list[Unit], number: int) -> bool:
    """Whether unit `number` is a question that the next unit answers by repeating its first words
    (a call's record, a platform's Q&A: `11月债市整体的投资思路是什么? 11月债市整体的投资思路与过去几周
    基本一致。`), or labelled as the question the next unit's label answers (a research digest's Q&A: `Q:摩根士丹利对
    MSCI中国和印尼的评级有何调整,…?` / `A:摩根士丹利将MSCI中国的评级从减持等权重上调,…。`): the answer is the lede, its
    question a heading."""
    text = units[number].text
    if not text.endswith(_QUESTION_ENDS) or number + 1 >= len(units):
        return False
    answer = units[number + 1].text.replace(" ", "")
    return not answer.endswith(_QUESTION_ENDS) and (answer[:_ECHO] == text.replace(" ", "")[:_ECHO]
                                                    or bool(_ASKED.match(text) and _ANSWERS.match(answer)))


# A Q&A record's labels: the question's (`Q:`, `问:`) and its answer's (`A:`, `答:`).
_ASKED = re.compile(r"(?:Q|问|問)\s?[:：]")
_ANSWERS = re.compile(r"(?:A|答)[:：]")


_STATEMENT_ENDS = ("。", ".", "；", "!", "！")


_QUESTION_ENDS = ("?", "？")


_QUESTIONS_IN_A_ROW = 4  # a paragraph's opening questions before the statement that answers them

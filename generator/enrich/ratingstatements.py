"""A report's rating read from a statement of it (`增持（维持）`, `投资评级：买入-A`, `维持“推荐”评级`,
`Rating: BUY`), never from a legend that lists or defines every rating, a table of other companies'
ratings, the market's ratings, a previous rating or, in a report on one company, its industry's.
facts.py decides when a cover is read for one and in which order the readers are tried.
"""

from __future__ import annotations

import re

from generator.enrich.choices import any_of
from generator.enrich.ratings import (
    CHANGE,
    ENGLISH_RATING,
    OTHERS_RATING,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    RATING,
    english_rating,
)
from generator.enrich.sections import INDUSTRY_NAMES
from generator.model import RATING_CHANGES, listed_code
from generator.normalize import CJK_CLASS

# (Taiwan's brokers rate with 评等: `投資評等：買進`.)
# (and its short form on an English cover's field: RHB's `Recom : Outperform` / `(Maintained)`)
_LABEL = (r"(?:投资评级|行业评级|公司评级|股票评级|评级|投资评等|评等|Investment [Rr]ating|Rating|RATING|Recommendation"
          r"|Recom(?= ?:))")
# A rating's grade (`买入-A`, `买入 A`, `强烈推荐 A 评级`), not a share class (`维持A股 买入 评级`).
_GRADE = r"(?:\s?-?\s?[AB](?![A-Za-z\d股]))?"
# Rating statements, most specific first. Each names its rating (and change) by group.
_STATEMENTS = [re.compile(p) for p in (
    # 增持（维持）, 买入(首次), 推荐（维持评级）, 超配（维持评级）, 推荐（首次覆盖）
    # (as extraction doubles bold glyphs: 推荐推荐(维持)(维持), 增持增持(下调下调))
    # (the bracket doubled too, a space between its copies: 买入( (首次首次) ))
    rf"(?P<rating>{RATING})(?P=rating)?(?:-[A-B])?\s*[（(]\s*(?:[（(]\s*)?(?P<change>{CHANGE})(?P=change)?\s*(?:评级|覆盖)?"
    rf"\s*[)）]",
    # 投资评级：买入-A 首次评级 / 投资评级 优于大市 维持 / 评级：增持 前次：增持 / 行业评级 看好 评级变动: 维持
    # (English: `Rating: BUY`, `Recommendation: Outperform`; a cover's field with its change, `Rating` / `Remains` /
    # `Buy`, Nomura's)
    # (a mark may part them: `投资评级 买入丨维持`; English's change in brackets, `Recom : Outperform` / `(Maintained)`)
    # (an industry's name may stand between an industry rating's label and the rating: `行业评级医药生物中性`)
    rf"{_LABEL}(?:(?<=Rating)\s+(?P<kept>Remains|Maintained))?\s*[:：]?\s*(?:(?<=行业评级)[^\s\d:：，,。；;()（）\[\]]{{2,6}}?\s?)??(?P<rating>{RATING})(?![a-z])(?:-[A-B])?\s*(?:评级变动\s*[:：]?\s*|[（(丨｜|/·])?\s*(?P<change>{CHANGE})?"
    r"(?:(?<=\()(?P<worded>Maintained|Upgraded|Downgraded)\))?",
    # 投资评级(维持): 买入
    rf"{_LABEL}\s*[（(]\s*(?P<change>{CHANGE})\s*[)）]\s*[:：]?\s*(?P<rating>{RATING})(?![a-z])",
    # 电子行业推荐维持评级 / 推荐(维持评级) / 买入首次覆盖 / 超配·维持评级
    rf"(?P<rating>{RATING})(?:-[A-B])?\s*[·丨｜|/]?\s*(?P<change>{CHANGE})\s*(?:评级|覆盖)",
    # Sentences, from here on.
    # 维持“增持”评级 / 首次覆盖给予“买入”评级 / 首次覆盖，给予“买入”评级 / 给予行业“推荐”评级 / 上调至增持评级 /
    # 维持 增持 投资评级 / 重申 买入 评级 / 维持 强烈推荐 A 评级 / 首次评级，给予公司 推荐 评级
    # (a Taiwanese page's word for it: `維持「買進」評等不變`)
    # (its first glyph tested first, one test where no verb starts)
    # (a news page names the company with its code: `维持中国人寿(02628)“买入”评级`; its headline's `首予`, first given,
    # is an initiation: `首予银河娱乐(00027)“优于大市”评级`; a space may follow the code, `重申國泰君安國際(01788)
    # “增持”評級`)
    rf"(?=[维首上下调重给予])(?:(?P<change>{CHANGE}|首予)(?:至|(?:评级|覆盖)?[，,]?\s*(?:给予|予以))?|给予|予以?)[^。，；,;\n“\"]{{0,10}}?"
    rf"(?:[（(](?P<code>\d{{4,6}})(?:\.[A-Z]{{2}})?[)）] ?)?{QUOTE_OPEN}(?P<rating>{RATING})"
    rf"{_GRADE}{QUOTE_CLOSE}\s*(?:的)?(?:投资)?评[级等]",
    # 上调评级至 买入 / 下调投资评级至“中性” / 维持其评级为“增持”
    rf"(?P<change>{CHANGE})其?(?:投资)?评级(?:至|为)\s*{QUOTE_OPEN}(?P<rating>{RATING})",
    # 将其评级从“持有”调高至“买入” / 评级由 增持 下调至 中性 (a wire's: the rating it moves from, then to)
    # (a Taiwanese page's: `將鴻海投資評等從劣於大盤調高至買進`)
    rf"评[级等](?:从|由)\s*{QUOTE_OPEN}{RATING}{QUOTE_CLOSE}\s*(?P<change>上调|下调|调高|调低)(?:至|为)\s*{QUOTE_OPEN}"
    rf"(?P<rating>{RATING})",
    # 报告对百威亚太的投资评级为“推荐”,并予以维持 / 行业投资评级 - 投资评级为看好,维持不变 (a research platform's
    # summary of the report)
    rf"(?:的|评级 - )投资评级为\s*{QUOTE_OPEN}(?P<rating>{RATING}){QUOTE_CLOSE}"
    rf"(?:\s*[,，]\s*(?:并?予以)?(?P<change>维持)(?:不变)?)?",
    # A news page's sentence keeping a quoted rating with no `评级` after it (`维持“买入”。`, `重申「买入」，`):
    # the quotes and the clause's end say it is the rating (read as the other sentences are: one company's, or an
    # industry's). (Unquoted, only a stock's rating, and opening its clause: `上调目标价至729港元,维持买入。`; see
    # `_UNQUOTED`.)
    rf"(?P<change>维持|重申)\s*(?P<quote>[“\"「])?(?P<rating>{RATING}){_GRADE}(?(quote)[”\"」])(?=\s*(?:[。；;，,]|$))",
    # 建议 推荐 评级 / 优于大市 评级 / 买入 A投资评级 (no change stated)
    # (what stands before the rating is looked at once it is found: no glyph of a word)
    # (not a panel's `买入 评级机构：12家`)
    rf"(?P<rating>{RATING}){_GRADE}\s?(?:的)?(?:投资)?评级(?!机构)(?P<change>)",
    # To reiterate the "overweight" rating / upgraded to Buy rating / initiate coverage with an Outperform rating
    # (not plural `ratings`, here and below: several companies' ratings, `maintained overweight ratings`, rate no one)
    r"(?P<change>[Rr]eiterat(?:e|es|ed|ing)|[Mm]aintain(?:s|ed|ing)?|(?:[Uu]p|[Dd]own)grad(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?to"
    r"|[Ii]nitiat(?:e|es|ed|ing)\s+(?:coverage\s+)?(?:\w+\s+)?(?:with|at))\s+(?:(?:the|our|a|an|its)\s+)?[\"“‘']?"
    rf"(?P<rating>{ENGLISH_RATING})[\"”’']?\s+(?:rating|recommendation)(?!s)",
    # (a translated news line names it after the word: `reiterating the rating Buy`,
    # `maintains the rating of Outperform`)
    r"(?P<change>[Rr]eiterat(?:e|es|ed|ing)|[Mm]aintain(?:s|ed|ing)?)\s+(?:the|its|our)\s+(?:rating|recommendation)"
    rf"(?:\s+(?:of|at|as))?\s+[\"“‘']?(?P<rating>{ENGLISH_RATING})",
    # A wire's: `upgraded Acme shares to "equal-weight" from "underweight"`, `upgraded the lender from
    # neutral to buy`, `upgrade its rating to “buy”`, `upgraded Acme Bank (ACMBF) to Neutral from Sell` (the
    # company's ticker in brackets after its name)
    r"(?P<change>(?:[Uu]p|[Dd]own)grad(?:e|es|ed|ing))\s+(?:[\w.'’&-]+\s+|\([A-Z]{1,6}\)\s+){0,5}?"
    rf"(?:from\s+[\"“‘']?{ENGLISH_RATING}[\"”’']?\s+)?to\s+[\"“‘']?(?P<rating>{ENGLISH_RATING})",
    # A wire's passive sentence, the house after `by` and both ratings with their word (`Acme (OTCMKTS:ACME) was
    # downgraded by research analysts at Broker from a “buy” rating to a “hold” rating`)
    r"(?P<change>(?:[Uu]p|[Dd]own)graded)\s+by\s+[^.;“\"]{1,60}?\s+from\s+(?:an?\s+)?[\"“‘']?"
    rf"{ENGLISH_RATING}[\"”’']?\s+rating\s+to\s+(?:an?\s+)?[\"“‘']?(?P<rating>{ENGLISH_RATING})[\"”’']?\s+rating",
    # `keeps a Buy rating on the shares`, `is keeping its Buy rating`, `maintains Overweight on ACME`
    # (or quoted, closing its clause: GTJAI's `A defensive pick in times of market turbulence, maintain "Accumulate".`)
    r"(?P<change>[Kk]eep(?:s|ing)?|[Mm]aintain(?:s|ed|ing)?|[Rr]eiterat(?:e|es|ed|ing)|[Rr]etain(?:s|ed|ing)?)\s+"
    rf"(?:(?:its|a|an|the|our|his|her|their)\s+)?[\"“‘']?(?P<rating>{ENGLISH_RATING})[\"”’']?"
    r"(?:\s+(?:rating(?!s)|recommendation(?!s)|on\s+[A-Z])|(?<=[\"”])(?=[,;:.]))",
    # `has initiated coverage of Acme's Hong Kong shares with a Buy rating`
    r"(?P<change>[Ii]nitiat(?:e|es|ed|ing))\s+coverage\s+(?:on|of)\s+[^.;]{1,60}?\s+with\s+(?:an?\s+)?[\"“‘']?"
    rf"(?P<rating>{ENGLISH_RATING})[\"”’']?\s+(?:rating|recommendation)(?!s)",
    # A cover's headline keeping a rating written in capitals, no `rating` after it (`Reiterate BUY;
    # TP HK$28`, `Maintain OUTPERFORM`): the capitals say it is the rating, not a verb's object.
    r"(?P<change>[Rr]eiterate|REITERATE|[Mm]aintain|MAINTAIN)\s+[\"“]?(?P<rating>BUY|HOLD|SELL|OUTPERFORM|UNDERPERFORM"
    r"|NEUTRAL|ACCUMULATE|OVERWEIGHT|UNDERWEIGHT)(?![A-Za-z])",
    # A note's call, the verb and the rating in title case closing a clause (`…keeps us cautious. Maintain Neutral, with
    # a lower TP of INR2500`, a post's title `Public Bank - Maintain Buy: Steady As Usual`)
    r"(?P<change>Maintain|Reiterate)\s(?P<rating>Buy|Hold|Sell|Neutral|Accumulate|Reduce|Outperform|Underperform"
    r"|Overweight|Underweight)(?=[,;:])",
    # A recommendation in capitals with the stock as its object (`…strategic investor Taisho, we recommend investors to
    # ACCUMULATE the stock`): no change stated
    r"(?<![A-Za-z])recommend(?:s|ed)?\s(?:(?:investors|clients)\sto\s)?(?P<rating>BUY|ACCUMULATE|HOLD|NEUTRAL|REDUCE|SELL"
    r"|OUTPERFORM|UNDERPERFORM|OVERWEIGHT|UNDERWEIGHT)\s(?:the|this|its|our)\s(?:stock|shares|counter)(?P<change>)",
    # An English cover's field, the rating and its change in brackets (`Merdeka Copper Gold (MDKA IJ) Buy (Maintained)`)
    # or after a middle dot (KGI's `Neutral‧Maintained`, `Outperform‧Upgraded`)
    rf"(?<![A-Za-z])(?P<rating>{ENGLISH_RATING})(?:\s?\((?P<change>Maintained|Upgraded|Downgraded)\)"
    r"|[‧·](?P<worded>Maintained|Upgraded|Downgraded)(?![A-Za-z]))",
    # A bilingual cover's field, its change and its rating glued, then the same in English
    # (`首次覆盖优于大市Initiate with OUTPERFORM`, `维持优于大市 Maintain OUTPERFORM`)
    rf"(?P<change>{CHANGE})(?P<rating>{RATING})(?=\s?(?:Initiate|Maintain|Upgrade|Downgrade|Reiterate)\b)",
    # A cover's field with the rating and its change in one bracket, a comma between (`证券研究报告(优于大市,维持)
    # (优于大市,维持)`, a Haitong deck's field written twice), or run together as one token between spaces
    # (`2022年 06月 01日 强于大市维持 证券研究报告`, a Southwest cover)
    # (the space before the token is looked at once it is found, as `_BARE`'s glyph is: a pattern opening on the
    # rating lets a search skip to the ratings' first glyphs)
    rf"[（(](?P<rating>{RATING})[，,]\s?(?P<change>{CHANGE})[)）]",
    rf"(?P<rating>{RATING})(?P<change>{CHANGE})(?=\s)",
)]
_RUN_TOGETHER = len(_STATEMENTS) - 1  # (`强于大市维持`, a token of its own)
_LATE_FIELDS = 2  # (the cover's fields after the bilingual one: no sentence, no English)
# A rating stated in a sentence is the report's own when the report covers one security, or
# when the sentence rates the industry (`维持行业“看好”评级`), not a company in an industry
# report (`…公司长期业绩积极看好，维持“买入”评级`).
_SENTENCES = range(4, len(_STATEMENTS) - 1 - _LATE_FIELDS)  # (a bilingual cover's field, and those after it, are none)
# What each statement cannot do without (a bracket, 评级, a label's `ating`, …): a cover
# without it is not searched for that statement.
_NEEDS = (("（", "("), ("评级", "评等", "ating", "ecommendation", "Recom"), ("评级", "评等"), ("评级", "覆盖"),
          ("评级", "评等"), ("评级",), ("评级", "评等"), ("评级为",), ("维持", "重申"), ("评级",),
          ("rating", "recommendation"), ("rating", "recommendation"),
          ("grad",), ("grad",), ("eep", "aintain", "eiterat", "etain"), ("nitiat",),
          ("eiterate", "EITERATE", "aintain", "AINTAIN"), ("aintain", "eiterate"), ("recommend",),
          ("aintained", "pgraded", "owngraded"),  # (in brackets or after a middle dot)
          ("nitiate", "aintain", "pgrade", "owngrade", "eiterate"),
          ("（", "("), ("维持", "首次", "上调", "下调", "调高", "调低", "重申"))
_NEEDED = tuple(dict.fromkeys(word for words in _NEEDS for word in words))  # (each looked for once)
_LONGEST = 120  # glyphs, more than any statement spans
_BARE = 9  # (`建议 推荐 评级`)
_KEPT = 8  # (`维持“买入”。`)
# The ratings a clause may keep unquoted (`,维持买入。`): no other word is written so (`维持中性`, `维持看好` are a
# stance), and only where the clause opens on the verb (`北向资金维持买入,` is a flow's, not a call).
_UNQUOTED = frozenset(("买入", "增持", "持有", "减持", "卖出", "强烈推荐", "买进", "跑赢行业", "跑输行业", "跑赢大市",
                       "跑输大市", "优于大市", "弱于大市", "跑赢大盘", "跑输大盘"))
_CLAUSE_OPENER = re.compile(rf"(?:[^{CJK_CLASS}]|并|且|该行|我们)$")
# (in English: from `reiterate the "overweight" rating` to the one before the bilingual field)
_ENGLISH = range(10, len(_STATEMENTS) - 1 - _LATE_FIELDS)
# (an English statement's change, by its verb's first letter)
ENGLISH_CHANGES = {"r": "维持", "m": "维持", "k": "维持", "u": "上调", "d": "下调", "i": "首次覆盖"}
CHANGES = {**RATING_CHANGES, "重申": "维持", "首予": "首次覆盖"}
_CJK_GLYPH = re.compile(f"[{CJK_CLASS}]")
# (or a sector's stocks, as a Taiwanese page names a sector report: `台灣金融股報告,重申「中立」評等`; not one
# stock's, `个股报告`, nor a market's, `港股报告`, `A股报告`)
_RATES_INDUSTRY = re.compile(r"行业|板块|类股|族群|(?<![个港美新AB])股报告")
_LABELLED = 1  # (the statement `投资评级：买入`)
# A house's allocation across sectors, several named as the one subject of the call (`花旗指，将医疗健康行业和保险行业的
# 评级从「中性」上调至「超配」`, a strategy note's sector weights): no report's own rating, of a stock or its industry.
_SECTORS_LISTED = re.compile(r"(?:行业|板块)(?:和|及|与|、|以及)[^，,。；;:：\n]{1,12}?(?:行业|板块)"
                             r"[^，,。；;:：\n]{0,16}$")
_RATERS_AFTER = re.compile(r".{0,12}?(?:评级机构|家机构|家券商)")
# Ratings only a stock is given: in a report not tied to one company they are some company's
# (a morning note's or an industry report's table), unless the industry's label stands before.
_STOCK_RATINGS = {"买入", "卖出", "持有", "强烈推荐", "强推", "Buy", "BUY", "Sell", "Hold"}
_CHANGE_HINT = re.compile(CHANGE)
# A legend prints every rating side by side (`看好中性看淡`, `买入增持持有卖出`), and a table's column of
# ratings one after another (`评级 推荐 推荐`, the cover's stocks in an industry report). (Not one
# written twice with nothing between: a doubled bold glyph run, `增持增持(下调下调)`.)
_LEGEND = re.compile(rf"(?P<first>{RATING})(?:\s*(?!(?P=first)){RATING}|\s+(?P=first)(?![^\s，,。；;（(]))")
_LEGEND_WORDS = re.compile(r"评级说明|评级标准|评级体系|定义|说明[:：]")
# A legend's heading, and what stands under it for a few lines: every rating there is defined.
_LEGEND_HEADING = re.compile(r"评级说明|评级标准|评级体系|评级定义|评级的说明|评级的定义|[Rr]ating [Dd]efinitions?|"
                             r"[Rr]atings? [Ss]ystem|RATING DEFINITIONS?")
_LEGEND_REACH = 300
# A notice pointing to the legend at the report's end (`请参考最后一页评级说明及重要声明`) is no legend.
# (the broker named on the way: `谨请参阅尾页重要声明及华泰证券股票和行业评级标准`)
_POINTER = re.compile(r"(?:参考|参阅|参见|阅读|详见|见)[^。；\d]{0,20}$")
_LEGEND_HINT = re.compile("说明|标准|体系|定义|efinition|ystem|EFINITION")  # (what every heading holds)
_LEGEND_AFTER = re.compile(r"\s?(?:说明|标准|定义|体系)")  # `卖出 评级说明`
# A rating followed by what the stock is expected to do defines it (`买入：预期未来6个月内…`,
# `买入 相对同期相关证券市场代表性指数涨幅大于15%`, `增持：指…涨幅介于5%-15%之间`).
_DEFINES = re.compile(r"[^。；]{0,24}?(?:未来\s*(?:\d{1,2}|[一二三六十]{1,2})\s*个月|[:：]\s*指|大于|小于|介于|"
                      r"超过\s*[+-]?\d|[<>≥≤]\s*[+-]?\d|\d\s*%\s*(?:以上|以下|之间)|expected to|[Oo]ver the next)")
# A report on one company may state its industry's rating beside the company's (`汽车行业
# 推荐（维持） 公司评级 买入`, `行业评级：看好`, `维持行业“推荐”评级`): that is not the company's.
# (A stock's rating after the industry's name, `电子行业 投资评级：买入`, is the company's.)
_INDUSTRY_LABEL = re.compile(r"行业(?:投资)?评级")
_INDUSTRYS = re.compile(r"(?:行业|板块)\s*(?:投资)?(?:评级)?\s*[:：]?\s*[“\"「]?$")
SHORTHAND = {"强推": "强烈推荐"}
_CREDIT_RATING = re.compile(r"信用|主体|债项|债券")
_PREVIOUS = re.compile(r"上次|前次|上期|此前|原评级|调整前")
# A bracket opened right before a rating's label and not closed: an aside, as a list of stocks rates each
# (a cover's own field stands in no bracket).
_OPEN_BRACKET = re.compile(r"[（(][^)）]{0,12}$")
_COMPANY_BEFORE = re.compile(r"(?P<code>\d{6}(?:\.(?:SH|SZ|BJ))?|\d{4,5}\.HK|\d{4}\.T[TW])\s*[)）]?\s*$")


# A cover field set in bold and extracted twice (`维持维持评级评级`, `“持有持有”`), or spaced out glyph by glyph
# (`评 级 : Reduce Downgraded 减 持 ( 下 调 )`): read again, repaired, when no change was found in it as it is.
# (Substrings and one pattern opening with a rating: 0.01 ms a cover.)
_DOUBLED_RATING = re.compile(rf"({RATING})\1")
_FIELD_WORDS = ("维持", "首次", "上调", "下调", "评级")
# (one scan for them all; each holds a CJK glyph, so an ASCII text, told without a scan, holds none)
_DOUBLED_WORDS = any_of((*(word * 2 for word in (*_FIELD_WORDS, "覆盖")), *(" ".join(word) for word in _FIELD_WORDS),
                          # (or each glyph written twice: `投投资资评评级级强强于于大大市市|维维持持`)
                          *("".join(glyph * 2 for glyph in word) for word in _FIELD_WORDS)))


def doubled_field(text: str) -> bool:
    return (not text.isascii() and _DOUBLED_WORDS.search(text) is not None) or _DOUBLED_RATING.search(text) is not None


# An English cover on one company may set its rating in capitals on a line of its own (`Company Report` / `KWG
# Property (1813 HK)` / … / `BUY`): the rating, when it is the cover's only such line (a table's column of
# ratings, one a line, gives several or none on a page about one company).
_RATING_LINE = re.compile(r"^[ \t■•▪]*(BUY|HOLD|SELL|OUTPERFORM|UNDERPERFORM|NEUTRAL|ACCUMULATE|OVERWEIGHT|UNDERWEIGHT)"
                          r"[ \t]*$", re.MULTILINE)


# A post of one company report that opens on its rating field, the change in brackets, and then its summary's
# heading (`评级:买入(首次) 投资要点`, `評級:買入(首次)\n\n投資要點`, a broker's subscription account's repost that
# names the company in words only): the field is the report's own. Stated once, with no code, industry or other
# label before it (a table's `某某(600000) 评级:买入(维持)`, `行业评级:`).
_OWN_FIELD = re.compile(rf"(?<![{CJK_CLASS}\d)）])(?<![{CJK_CLASS}\d)）]\s)评级\s*[:：]\s*(?P<rating>{RATING})"
                        rf"\s*[（(]\s*(?P<change>{CHANGE})\s*[)）][^。；;!?！？\d]{{0,30}}?(?:投资要点|核心观点|报告摘要)")


def rating_field(text: str) -> tuple[str | None, str | None]:
    fields = list(_OWN_FIELD.finditer(text))
    if len(fields) != 1 or len(re.findall(r"评级\s*[:：]", text)) != 1:
        return None, None
    field = fields[0]
    return SHORTHAND.get(field.group("rating"), field.group("rating")), CHANGES.get(field.group("change"))


def rating_line(head: str) -> str | None:
    ratings = {match.group(1) for match in _RATING_LINE.finditer(head)}
    return ratings.pop() if len(ratings) == 1 and len(_RATING_LINE.findall(head)) == 1 else None


def stated_rating(text: str, one_security: bool, covered: str = "",
                  titled: bool = False) -> tuple[str | None, str | None]:
    """The first rating statement that is not part of a legend or a list of ratings (nor,
    in a report on the `covered` code, another company's; one naming a company by its code only where the title
    names the `covered` code: `titled`)."""
    best: tuple[int, str, str | None] | None = None
    if ("评级" not in text and "覆盖" not in text and "评等" not in text and "ating" not in text
            and "ecommend" not in text and "grad" not in text and not _CHANGE_HINT.search(text)
            and "eiterate" not in text and "aintain" not in text and "EITERATE" not in text and "AINTAIN" not in text):
        return None, None  # every statement names a rating's label or its change
    if "," in text or "，" in text:
        text = _BRACKETED_CALL.sub(r"\g<rating>(\g<change>)", text)
    headings = ([m.end() for m in _LEGEND_HEADING.finditer(text) if not _POINTER.search(text, 0, m.start())]
                if _LEGEND_HINT.search(text) else [])
    present = {word for word in _NEEDED if word in text}
    for index, pattern in enumerate(_STATEMENTS):
        if present.isdisjoint(_NEEDS[index]):
            continue
        # (once a statement is found, only what could start before it is looked for)
        for match in pattern.finditer(text, 0, len(text) if best is None else best[0] + _LONGEST):
            if best is not None and match.start() >= best[0]:
                break  # an earlier statement is already the report's
            found = _statement(text, index, match, one_security, covered, headings, titled)
            if found is None:
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), *found)
            break
    if best is not None and best[2] is None:
        # A summary's sentence may give the rating and the cover's field after it the same rating with its change
        # (`我们给予行业“领先大市-B”的评级…投资评级领先大市-B维持`): the change is the field's.
        for index in _FIELDS:
            if present.isdisjoint(_NEEDS[index]):
                continue
            for match in _STATEMENTS[index].finditer(text, best[0] + 1):
                found = _statement(text, index, match, one_security, covered, headings)
                if found is not None and found[0] == best[1] and found[1]:
                    return best[1], found[1]
    return (best[1], best[2]) if best else (None, None)


_FIELDS = (0, _LABELLED)  # (the cover's rating fields: `增持（维持）`, `投资评级：买入-A 首次评级`)
_CODE = re.compile(r"\d{4,6}(?:\.[A-Za-z]{2})?")


def titles_code(title: str, covered: str) -> bool:
    """Whether `title` names the `covered` code (`港股异动︱中国人寿(02628)涨超9%`)."""
    return bool(covered) and any(listed_code(code) == covered for code in _CODE.findall(title))


# (but an industry's, its name on the line above it as an industry report's cover sets it: `电力设备新能源` /
# `买入(维持)` / … / `环保` / `买入(维持)`, r73 dev ebscn; not a company's, `宁德时代 买入(维持)`)
_NAME_ABOVE = re.compile(rf"(?<![{CJK_CLASS}])(?P<name>[{CJK_CLASS}]{{2,4}})\s+$")


def _industry_above(text: str, start: int) -> bool:
    above = _NAME_ABOVE.search(text, max(0, start - 8), start)
    return above is not None and above.group("name") in INDUSTRY_NAMES


# A cover's rating and its change in one bracket (`(优于大市,维持)`): read as the field `优于大市(维持)`.
_BRACKETED_CALL = re.compile(rf"[（(](?P<rating>{RATING})[,，]\s?(?P<change>{CHANGE})[)）]")


def _statement(text: str, index: int, match: re.Match[str], one_security: bool, covered: str,
               headings: list[int], titled: bool = False) -> tuple[str, str | None] | None:
    """The rating and its change that `match` of statement `index` states as the report's, or None where it
    is part of a legend or a list of ratings, another company's, the market's, an issuer's or a previous one."""
    if index == _BARE and match.start() > 0 and _CJK_GLYPH.match(text, match.start() - 1):
        return None  # part of a longer word or phrase (`公司买入评级`)
    if index == _RUN_TOGETHER and match.start() > 0 and not text[match.start() - 1].isspace():
        return None  # part of a longer token (`某某强于大市维持`)
    if index == _KEPT and match.group("quote") is None and (
            match.group("rating") not in _UNQUOTED
            or (match.start() > 0 and not _CLAUSE_OPENER.search(text, max(0, match.start() - 2), match.start()))):
        return None
    around = text[max(0, match.start() - 12):match.end() + 12]
    legend_words = _LEGEND_WORDS.search(text, max(0, match.start() - 12), match.start())
    if (_LEGEND.search(around) or (legend_words and not _POINTER.search(text, 0, legend_words.start()))
            or any(match.start() - _LEGEND_REACH <= at <= match.start() for at in headings)
            or _DEFINES.match(text, match.end("rating")) or _LEGEND_AFTER.match(text, match.end())):
        return None
    if one_security and (_INDUSTRY_LABEL.match(match.group(0)) or (
            match.group("rating") not in _STOCK_RATINGS
            and _INDUSTRYS.search(text[max(0, match.start() - 8):match.start("rating")]))):
        return None
    if (not one_security and match.group("rating") in _STOCK_RATINGS
            and not _RATES_INDUSTRY.search(text, max(0, match.start() - 8), match.start("rating"))
            and not _industry_above(text, match.start("rating"))):
        return None  # a stock's rating where no one stock is covered
    if index in _SENTENCES and not one_security and not _RATES_INDUSTRY.search(
            text, max(0, match.start() - 8), match.end()):
        return None
    if _SECTORS_LISTED.search(text, max(0, match.start() - 30), match.start("rating")):
        return None
    if (not one_security and index == _LABELLED
            and _OPEN_BRACKET.search(text, max(0, match.start() - 12), match.start())):
        return None  # a listed stock's, in its entry's bracket (`某某(9985.HK)新股报告:(评分:65分;评级:中性)`)
    if (named := match.groupdict().get("code")) and not (titled and match.group("change")
                                                         and listed_code(named) == covered):
        # (the company it names by its code is not the one covered; or a page of several calls, its title naming
        # none of them, names the one company it gives a code; or, with no change, `给予某某(02628)“买入”评级`
        # recounts a rating given before or by another house)
        return None
    company = _COMPANY_BEFORE.search(text, max(0, match.start() - 14), match.start())
    if company and (not one_security or listed_code(company.group("code")) != covered):
        return None  # a company's rating in a table (`宁德时代(300750) 买入(维持)`), or a peer's
    if _CREDIT_RATING.search(text, max(0, match.start() - 3), match.start() + 2):
        return None  # an issuer's credit rating (`信用评等`, `主体评级`)
    if _PREVIOUS.search(text, max(0, match.start() - 3), match.start() + 2):
        return None  # the rating before this report's (`上次评级：买入`)
    if OTHERS_RATING.search(text, max(0, match.start() - 12), match.start("rating")) or (
            index == _LABELLED and _RATERS_AFTER.match(text, match.end())):
        return None  # the market's (`12家机构给予买入评级`, a stock page's `评级：买入 评级机构：12家`)
    rating = match.group("rating")
    change = match.group("change")
    if index in _ENGLISH:
        rating = english_rating(rating)
        change = ENGLISH_CHANGES[change[0].lower()] if change else None
    if worded := match.groupdict().get("worded"):  # (an English change word after a label's or a dotted rating)
        change = ENGLISH_CHANGES[worded[0].lower()]
    if kept := match.groupdict().get("kept"):  # (Nomura's field `Rating` / `Remains` / `Buy`: kept from the last note)
        change = ENGLISH_CHANGES[kept[0].lower()]
    return SHORTHAND.get(rating, rating), CHANGES.get(change) if change else None

"""The words and patterns that mark a unit of a report's opening as boilerplate: cover and
back-matter text (disclaimers, licences, contacts, ratings' legends, contents pages), the
notices of the pages a preview was copied from (document-preview sites, WeChat accounts), and
their English counterparts; and the spans (links, licence numbers, contacts, dates with their
labels, bullets, leader dots, numbers that are no words) replaced by breaks before the opening
is read. Kept apart from `structure`, which reads the opening's layout."""

from __future__ import annotations

import re
from functools import lru_cache

from generator.enrich.choices import branches, by_first_character
from generator.normalize import CJK_CLASS, to_simplified

# Words that mark a unit as cover or back-matter boilerplate (in simplified script): plain
# words, which the search finds by their first characters, and a few patterns (grouped by
# their first character: see `choices`).
_BOILERPLATE = "|".join((
    # (`声明` a disclaimer's, not a central bank's or a summit's statement a sentence reads: `从本次美联储决议声明
    # 和点阵图上看`)
    "免责|声明(?<!决议声明)(?<!政策声明)(?<!联合声明)(?<!会议声明)(?<!新闻声明)|申明|请务必|证券研究报告|敬请|请参阅|请阅读|请仔细|请通过|务必阅读|禁止转载|版权所有|版权归",
    # a reproduction notice, whoever it names between its words (`未经许可`, `未经某某商会书面许可，
    # 任何人…不可复制…`, `未经本公司事先书面同意`)
    "未经[^。！？；;!?]{0,30}?(?:许可|授权|同意)",
    # the rest of a notice that a report went by e-mail to one client's account, cut from its start where the
    # client's name was written twice (`…提供给 某某基金 某某基金管理有限公司(resubsabc) 使用。`)
    "\\([a-z][a-z0-9_]{2,20}\\)\\s*使用|（[a-z][a-z0-9_]{2,20}）\\s*使用",
    "版权属于|证监许可|证监会审核|投资咨询业务资格|证券投资咨询|资格证书|执业证|执业编号|执业登记|执业资格|证书编号|证书号",
    # (a cover's byline, `分析师 某某`, and its contact, `邮箱:`; not analysts a sentence speaks of,
    # `策略分析师更像谋士`, `分析师推荐前后`, `分析师预期因子`, nor a mail service a report is on, `国产邮箱领军者`)
    "分析师(?!预期|预测|推荐|一致预期|报告数|覆盖|看来|认为|表示|指出|们|更像|对于)",
    "邮箱(?!业务|产品|领军|系统|服务|市场|用户|软件|作为|有望|[”\"])",
    "研究助理|联系人|研究员|电话：|电话:|邮编|传真|相关报告|相关研究|资料来源|数据来源|来源：|来源:|评级说明|投资评级(?<![”」』\"]投资评级)(?<![”」』\"]的投资评级)",
    # (a rating legend's `行业评级`, not a rating named `跑赢行业` in a sentence: `维持跑赢行业评级`, nor a
    # credit-rating agency's method for an industry, `…了解境内外评级机构同一行业评级方法的异同`)
    "行业评级(?<!跑赢行业评级)(?<!跑输行业评级)(?!方法)|评级：|评级:|上次评级|前次评级|仅供|仅通过邮件|风险自担|信息均来自|据此入市|特别声明|法律声明|信息披露",
    "CONTENTS|Contents|SAC|SFC|股价走势|行情走势|走势图|走势比较|Copyright|COPYRIGHT|All rights reserved|Disclaimer",
    "disclaimer|DISCLOSURES|Disclosures|disclosures|ANALYST CERTIFICATION|Analyst Certification",
    "投资需谨慎|入市需谨慎|扫码关注|扫描二维码|扫一扫|关注公众号|微信公众号|服务热线|客服热线",
    # a white paper's credits, and a book's imprint on its back cover
    # (and its writers' credit, `执笔人为:某某、某某`, `本报告执笔:`; `执笔` is in no report's argument; a cover's
    # `某某研究院 某某协会 联合发布`, not a sentence on a titled publication, `某行和某公司联合发布《…报告》。`)
    "编写说明|编写组|编委会|编写单位|参编单位|指导单位|支持单位|牵头单位|联合编写|联合发布(?![了的]?《)|课题组成员|执笔",
    "责任编辑|封面设计|插画设计|泛指一家或多家",
    # a document-preview site's notices about the upload, the download and its customer service
    "温馨提示|请放心下载|下载前请|无法下载|文档由用户上传|版权归属用户|联系客服|网站客服|付费完成|由会员分享|可在线阅读",
    "珍藏版|上传人|上传时间|文档编号|点击查看|欲了解更多|如欲进一步了解|收益归属内容提供方|举报或认领|下载本文档",
    "继续免费阅读|文档简介",
    # a report library's terms: its users upload what it only stores (`研报资料由网友上传,所有权归上传网友所有,
    # 某某仅提供存放服务`), and its notice to rights holders (`…侵犯第三人著作权的情形,应该及时…提出书面权利通知,
    # 并提供身份证明、权属证明及详细侵权情况证明`, `…将遵循版权保护投诉指引处理该信息内容`)
    "网友上传|存放服务|侵犯第三人|权利通知|权属证明|侵权情况|投诉指引",
    # a cloud drive's share of the file, its link and code (`【迅雷批量下载】:链接:https://pan.xunlei.com/s/…
    # 提取码:umqb`)
    "提取码|批量下载",
    # a quote portal's note under its quotes (`港股报价延迟最少十五分钟。沽空资料截至 2025-08-19 16:25。`)
    "报价延迟|沽空资料截至|资料延迟最少|即时串流报价",
    # a news page's machine summary and its assistant (`AI智能总结`, `我是 PortAI，我可以总结文章信息`)
    "智能总结|总结文章",
    # and its instructions on the file (`下载的文档为doc格式`, `下载之前请确认…是否您想要的`); not an app's `下载量`
    "下载的文档|下载后的文档|下载后可|下载之前|点击下载|文档下载|下载到电脑|文档格式",
    # a web page printed to PDF: its link to the PDF version (`点击此处下载 PDF 版本。`), what no report says
    "点击此处|点此下载",
    # a WeChat account's notice that its research is for professional clients only, and its page
    "适当性管理|订阅号|请勿订阅|请勿转发|访问权限|访问限制|理解与配合|敬请谅解|不便表示|仅面向|查看原文|阅读原文",
    # (and its request to star the account, `设为星标`, `星标我们`; not the stars a code platform counts,
    # `登顶GitHub星标历史第一`)
    "蓝字|设为星标|设置星标|加星标|加个星标|记得星标|点亮星标|星标(?:我们|公众号|置顶|★|⭐)",
    # a disclaimer page's words on conflicts of interest and on who publishes where; a firm's
    # legal note on its member firms; a cover's note that the broker does business with the companies it covers
    # within the law (`…及其关联机构在法律许可的范围内正在或将要与本研究报告所分析的企业发展业务关系`)
    "利益冲突|信息壁垒|价格敏感|本出版物|成员所|成员机构|法律实体|在法律许可的|法律许可的范围",
    # (and such a firm's description of itself on a back cover: its global entity serves no client, its members serve
    # listed and unlisted ones, helping them meet their challenges: `德勤有限公司(又称"德勤全球")并不向客户提供服务`,
    # `…为各行各业的上市及非上市客户提供审计及鉴证、…`, `…协助客户应对极为复杂的商业挑战`)
    "不向客户提供服务|不向任何客户提供服务|上市及非上市客户|协助客户应对",
    # (in English: `Deloitte refers to one or more of Deloitte Touche Tohmatsu Limited, a UK private company limited by
    # guarantee…`, `…does not provide services to clients`, `…each of which is a separate legal entity`)
    "does not provide services to clients|refers to one or more of|limited by guarantee|separate legal entity",
    "DISCLAIMER|©|地址：|地址:|证书：|证书:|@|＠",  # (an @ left after e-mails are dropped is a handle)
    # a contents page's heading; not a catalogue a sentence names (`2020年医保目录调整即将进入谈判和竞价阶段。`, a
    # summary's first point, `《国家基本药物目录》`, `列入目录`; a government's price catalogue and what stands in it,
    # `发改委发布中央定价目录(修订征求意见稿)。…天然气已经不在目录之中`)
    "目录(?<!医保目录)(?<!药品目录)(?<!药物目录)(?<!基药目录)(?<!产品目录)(?<!指导目录)(?<!管理目录)(?<!列入目录)(?<!纳入目录)"
    "(?<!定价目录)(?<!在目录)",
    # in English: disclaimers, credits, imprints, chart furniture, web pages' chrome
    "does not guarantee|do not guarantee|accepts no responsibility|assume responsibility|does not imply",
    "do not necessarily|views expressed|findings, interpretations|Please see|please see|English summary",
    "revised this report|is appointed by",
    # a distributor's notice over a foreign broker's report (`…were written entirely by a broker partner of Auerbach
    # Grayson, and not by Auerbach Grayson. Auerbach Grayson is distributing/providing this research report…`)
    "is distributing this|is distributing/providing|broker partner of",
    # a cover's colophon: who prepared and approved the report, its data's cut-off, its naming conventions, its
    # disclaimer (`…was prepared by the Regional Surveillance team and approved by Dr Khor Hoe Ee (Chief Economist).`,
    # `…based on information available up to 14 September 2018.`, `…will be referred to as “Hong Kong” in the text…`,
    # `Neither AMRO nor its members shall be held responsible for…`)
    "prepared by [^.]{0,80} approved by|information available up to|will be referred to as|shall be held responsible",
    # a foreign house's note on its analysts' registration (`*Employed by a non-US affiliate of … and is not
    # registered/qualified pursuant to FINRA regulations`, `Any authors named on this report are research analysts
    # unless otherwise indicated.`)
    "FINRA|non-US affiliate|research analysts unless|registered/qualified",
    # a sell-side house's standard notices on its English notes, whichever house writes them: where the report may go
    # and what it may not be (`This report is neither intended to be distributed to Mainland China investors nor to
    # provide securities investment consultancy services…`, `…may not be reprinted, sold or redistributed without the
    # written consent of…`), its conflicts (`… does and seeks to do business with companies covered in its research
    # reports. … may have a conflict of interest that could affect the objectivity of this report. Investors should
    # consider this report as only a single factor…`), a summary's pointer to the full report and its notices (`This
    # document is a summary of a report prepared by … Please review the compliance notices…`, `…compiled in good faith
    # from sources deemed to be reliable`), and the analysts' certification (`…hereby certify that the views…`, `…no
    # part of my compensation was, is, or will be directly or indirectly related to the specific recommendations…`)
    "intended to be distributed|not intended for distribution|investment consultancy services|may not be reprinted",
    "may not be reproduced|may not be redistributed|without the written consent|without the prior written consent",
    "seeks to do business with|could affect the objectivity|only a single factor in making",
    "is a summary of a report prepared by|compliance notices|compiled in good faith|deemed to be reliable",
    "representation or warranty|hereby certif|indirectly related to the specific",
    # (and its notice that it issues warrants or notes on the stocks it covers, and for whom the note is meant, opening
    # a one-line page: `Macquarie may be an Issuer of Derivative Warrants on securities mentioned in this report.`,
    # `Kasikorn Securities Public Company Limited may be the issuer of structured notes on the securities which are the
    # constituents of SET50 index.`, `This publication is intended for the benefits of non-institutional clients…`)
    "may be an [Ii]ssuer of|may be the [Ii]ssuer of|Derivative Warrants|derivative warrants|structured notes on",
    "intended for the benefits? of",
    # a document-sharing site's note from its uploader (`Welcome message from author`, `This document is posted to
    # help you gain knowledge. Please leave a comment…`)
    "Welcome message from|posted to help you|leave a comment|Share it to your friends",
    # a newspaper's credit to its contributors (`Wang Jiaqin and Fan Hang contributed to this story.`), and a repost's
    # note that it abridges its source (`自麦肯锡公开发表的…报告,原文有删减。`)
    "contributed to this|原文有删减|原文有删节|有所删减|略有删减|略有删节",
    # a WeChat account's notice that its research is for professional clients only, in English (`The views and
    # information published by this WeChat account are for reference only by professional investors of…`)
    "for reference only|For reference only|WeChat account|professional investors only",
    "Acknowledg|Printed for|printed for|Available online|Published by|Ordered to be printed|x-axis|y-axis",
    "trouble viewing|accessible text file|Errata|\\(ph\\)|\\(fax\\)|ISBN|ISSN|Download|download|For more information",
    "Table of Contents|TABLE OF CONTENTS|Copyright|copyright|Reproduction|reproduction|permission",
    # legal notes on territories, licences and adaptations; errata; thanks; a series' own remit;
    # accessible versions' notes and chart descriptions
    "any judgments|legal or other status|rights reserved|Creative Commons|Adaptations|adaptation of this",
    "listed below|gratitude|grateful",
    # a think tank's description of itself and of its research's integrity, and its publication's rights (`RAND is a
    # research organization that develops solutions…`, `…is nonprofit, nonpartisan, and committed to the public
    # interest`, `To learn more about RAND, visit`, `…conflict of interest screening…`, `…provided for noncommercial use
    # only`); and in Chinese (`…是一家非官方、非营利性的独立智库`)
    "is a research organization|is a nonprofit|is a non-profit|nonprofit, nonpartisan|committed to the public interest",
    "is a nonpartisan|is an independent, nonpartisan|is an independent, nonprofit|is an independent nonprofit",
    "To learn more|Learn more at|Learn more about|esearch integrity|interest screening|registered trademark",
    "protected by law|noncommercial use|non-commercial use|Unauthorized posting|Distribution Rights",
    "Permission is required",
    # (and a bank's research department's, on its pages of notes: `Based in Paris, BNP Paribas' Economic Research
    # Department is composed of economists and statisticians:`, `…department’s mission is to cater to the economic
    # research needs of the clients…`, `Our team of economists and statisticians covers…`)
    "Department is composed of|department is composed of|research needs of|Our team of economists",
    "非营利性的独立智库|非营利性独立智库|非营利的独立智库|非营利性智库|非营利智库|非营利性研究机构|非营利研究机构",
    "The author thank|The authors thank|would like to thank|Declaration of interests|Register of|Paper Series",
    # (and a consultancy's authors page, its names with their titles and cities run into its thanks, one line: `Authors
    # and acknowledgements Jacob Dahl Senior Partner Hong Kong … The authors would like to acknowledge the
    # contributions of the team—…`)
    "would like to acknowledge|wish to acknowledge|and acknowledgements|and acknowledgments",
    "Papers Series|prior knowledge|text file|welcome your feedback|ccessibility|Accessible",
    "designations for|shaded|lines generally|The chart|the chart|left panel|right panel|available at",
    "be addressed to|are addressed to|You can follow|Further information|Follow us on",
    # a research house's promotion of its apps and its note on MiFID II's opt-out (`Standard Chartered Global Research
    # is available across all iOS and Android devices.`, `…search ‘Standard Chartered Global Research’ in the app
    # store.`, `If you are in scope for MiFID II and want to opt out of our Research services, please contact us.`)
    "iOS and Android devices|Android and iOS devices|in the app store|in scope for MiFID",
    # a journal platform's author widget (`Search for other papers by Acme Fund in Current site Google Scholar`)
    "Search for other papers|Google Scholar",
    # a repost's pointer to the report it summarises (`See the report for details.`, `具体内容详见报告原文`)
    "See the report|see the report|See the full report|see the full report",
    "详见报告|详见研报|详见原文|详见正文|详见附件",
    # a fund's periodic report: its statutory notice on the report's truth (`…不存在虚假记载、误导性陈述或重大遗漏`),
    # the manager's undertaking, past performance and the prospectus, its unaudited figures and the period it covers
    "虚假记载|误导性陈述|重大遗漏|基金管理人承诺|一定盈利|过往业绩|招募说明书|财务资料未经审计|本报告期自",
    # a bond's prospectus, listing or issue notice: its statements on the full text and on the figures, the
    # regulator's and the exchange's disclaimers, the buyer's own risk (`…均不构成对本期债券的价值、收益及兑付作出实质性
    # 判断或任何保证`, `…由购买债券的投资者自行负责`); and a credit-rating agency's statements on its engagement
    # (`本次评级为委托评级`, `…对评级对象进行跟踪评级`, `履行了尽职调查和诚信义务`)
    "募集说明书全文|募集说明书及|募集说明书摘要的目的|认购决定|凡欲认购|实质性判断|投资者自行负责|自行承担相关风险",
    "财务会计报告真实|委托评级|评级委托|评级结论是|评级对象|尽职调查|诚信义务|出具之日起生效|不得用于其他债券",
    # (and the agency's note that it follows the bond up, `…将定期跟踪评级,对其风险程度进行跟踪监测`: not a
    # company's notice of the tracking rating's result, which is its news; the buyer's acceptance of the prospectus,
    # `…均视同自愿接受本募集说明书…`, and own judgement, `…进行独立的投资判断`)
    "将定期.?踪|跟踪监测|本次评级为|视同自愿接受|独立的投资判断",
    # (and the notices before such a document's body, however an extraction lost their glyphs
    # (`…应仔细 读募说明书全文,并以其作为投 决定的依据`, `…仔细 读募 说明书中“ 提示及说明”等有关章节`): the full text
    # and the chapters it points to; an issue announcement's statutory notice (`本公司及董事会全体成员保证公告内容
    # 真实、准确和完整,…`); not the orders it cites by their numbers (`(证监会令[第144号])`), which a report's
    # sentence on a new rule cites too)
    "说明书全文|有关章节|保证公告内容|保证本公告内容|保证信息披露的内容|保证信息披露内容",
    # a fund's periodic report: its board's sign-off, the abstract's pointer to the full text, the audit's
    # notice (`本年度报告已经三分之二以上独立董事签字同意,并由董事长签发`, `…摘自年度报告正文,投资者欲了解详细
    # 内容,应阅读年度报告正文`, `本报告中财务资料已经审计`, `…出具了标准无保留意见的审计报告,请投资者注意阅读`)
    "独立董事签字|董事长签发|欲了解详细内容|财务资料已经审计|注意阅读",
    # (and an exchange's notice on a listed issuer's announcement, `香港交易及结算所有限公司及香港联合交易所有限公司对本
    # 公告之内容概不负责,对其准确性或完整性亦不发表任何声明`, in English `…take no responsibility for the contents of
    # this announcement, make no representation as to its accuracy or completeness and expressly disclaim any
    # liability…`; a fund's, `…contains no false records, misleading statements or material omissions`)
    "概不负责|take no responsibility for the contents|expressly disclaim|misleading statements or material omissions",
    # a blogging platform's notice on its writers' investment posts (`投資理財內容聲明`, `…皆為創作者個人分享行為`,
    # `請審慎思考自身條件及自我決策`), and a site's own `关于我们:` block beside the text
    "投资理财内容声明|个人分享行为|创作者投资决策|审慎思考自身|自我决策|关于我们:|关于我们：",
    # a Japanese house's cover notice, in simplified script as it is searched (大和総研's:
    # `このレポートは投資勧誘を意図して提供するものではありません。`, `…その正確性、完全性を保証する
    # ものではありません。`, `…今後予告なく変更されることがあります。`, `…大和証券グループ本社を親会社と
    # する…`, `内容に関する一切の権利は㈱大和総研にあります。`, `無断での複製・転載・転送等はご遠慮ください。`;
    # みずほ's `…予告なしに変更される…`), and its office's postal mark (`丸の内オフィス 〒100-6756 東京都…`)
    "勧诱|を保证する|予告なく|予告なし|亲会社とする|一切の権利|无断での|无断転|无断复制|〒",
))
# (Searched as two patterns, the words that open with a CJK character and those that open with an ASCII one:
# where a search stops, fewer branches are tried, and the two searches together take half the time of one over
# all the words. Whether any word is there is all `is_boilerplate` asks.)
_CJK_WORDS, _LATIN_WORDS = (re.compile(by_first_character("|".join(
    branch for branch in branches(_BOILERPLATE) if branch[0].isascii() is latin))) for latin in (False, True))
# (Each opens with a literal character, grouped by it: see `choices`.)
_BOILERPLATE_PATTERNS = re.compile(by_first_character(
    r"提供给.{0,40}使用|不构成.{0,8}(?:建议|要约|推荐)|目\s+录|Page\s*\d|第\s*\d+\s*页|共\s*\d+\s*页"
    r"|已阅读\s*\d+\s*页|还剩\s*\d+\s*页"
    # (a report's note on who made it, `本报告由…编写`, or `本报告是由北京理工大学能源与环境政策研究中心研究团队完成的
    # 系列研究报告之一`, an institute's `特别声明`)
    r"|电话\s*[\d(+]|本(?:研究)?(?:报告|白皮书|研究)(?:亦可能|是)?由.{0,60}?(?:编写|撰写|编制|制作|出品|完成|提供|分销|发布|发行)|"
    # a rating with its change is the cover's (`推荐（维持）`, `买入-A（首次）`)
    + "|".join(rating + r"(?:-[AB])?\s*[（(]\s*(?:维持|首次|上调|下调)"
               for rating in ("买入", "增持", "推荐", "中性", "减持", "卖出", "持有", "看好", "超配", "标配", "低配",
                              "大市", "大势", "行业"))
))
# A page count (`3 / 20 页`), the pattern that opens with a digit: looked for only where `/` and 页 are.
_PAGE_OF = re.compile(r"\d+\s*/\s*\d+\s*页")
# A contents page's entries without leader dots: a heading's last word, its page number, then
# the next entry's number or heading (`Telecommunications 8 Developments since 2018 8 2.2 Hong…`).
_CONTENTS_ENTRY = re.compile(r"[a-z?)] \d{1,3} (?=\d{1,2}\.\d|[A-Z])")
# What every match of `_BOILERPLATE_PATTERNS` and `_PAGE_OF` holds.
_PATTERN_HINT = re.compile("[使构目页（(话由P]")
_ANSWERS_KEPT = 1024  # (more units than one preview's opening holds)


@lru_cache(maxsize=_ANSWERS_KEPT)
def is_boilerplate(text: str, traditional: bool = True) -> bool:
    """Whether `text` holds a boilerplate mark; `traditional=False` says the text is known to
    be in simplified script already. (Answers are kept while one preview is read: `cleaning.lede` reads an opening's
    first part, then often its whole, and each read asks of the same units again, its lede's and its points'; it
    forgets them before the next preview.)"""
    if traditional:
        text = to_simplified(text)
    return bool(_CJK_WORDS.search(text) or _LATIN_WORDS.search(text)
                or (_PATTERN_HINT.search(text) and (_BOILERPLATE_PATTERNS.search(text)
                                                    or ("/" in text and "页" in text and _PAGE_OF.search(text))))
                or (text.count(" ") >= 6 and len(_CONTENTS_ENTRY.findall(text)) >= 3))


# Spans that are never the report's words: replaced by a break before anything else is read.
# Every branch of `WORD_SPANS` opens with a literal character, and `MARK_SPANS` with one class
# of characters: the search then skips, in C, every position no span can start at, and tries
# the branches only at the few that can (a nested `(?:a|b)` or a class opening a branch makes
# it try every branch at every position: four times slower). `either` writes a choice of
# words before a common rest as one branch each, which matches exactly what `(?:a|b)rest` does;
# `choices.by_first_character` then writes the branches that open alike as one.


def either(words: str, rest: str) -> str:
    return "|".join(word + rest for word in words.split("|"))


# The labels of a futures analyst's licences (`期货从业证号: F3025000`, `投资咨询从业证号: Z0013972`):
# a futures firm's numbers are a letter and seven digits, not a broker's S and thirteen.
LICENCE_LABELS = ("期货从业证号|期货从业资格号|期货从业资格证号|期货投资咨询证号|投资咨询从业证号|投资咨询从业资格号"
                  "|投资咨询资格号|投资咨询证号|从业资格证号|从业资格号|从业证号|咨询证号")
# What follows a heading's words on a contents page: leader dots or its page number.
CONTENTS_ENTRY_END = r"[\s.…·]*(?:[.…·]{3}|\d{1,3}(?!\d))"
# The labels a cover dates the report with (`报告日期:2024年4月1日`); facts.py reads the date after them.
DATE_LABELS = "报告日期|发布日期|发布时间|报告时间|出版日期"
# The words a chart's source credit ends with (`Wind`, `国金证券研究所`): a firm's name goes on to its
# research unit when one follows (`长江证券研究所`, never `长江证券` alone before `研究所上周,…`).
RESEARCH_UNIT = "研究所|研究院|研究中心|研究部"
# (a centre a rating house or an agency names its data desk, `数据来源:济安金信基金评价中心`, `国家信息中心`)
_SOURCE_END = f"(?:{RESEARCH_UNIT}|证券(?:{RESEARCH_UNIT})?|数据|资讯|预测|Wind|整理|公告|统计局|官网|中心)"
WORD_SPANS = re.compile(by_first_character("|".join((
    r"T(?i:able)_\w{0,40}\]?|t(?i:able)_\w{0,40}\]?",  # [Table_Summary], Table_Title, [table_main]
    # HTML tags a Markdown extraction keeps (`<table><tr><td colspan="2">`): a table's cells
    r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>\n]{0,120})?/?>",
    either(r"http://|https://|www\.", r"[A-Za-z0-9_./%?=&:-]{1,120}"),
    # licence numbers with their label (S0570516010001, A0230511040052), and bare ones
    either("执业证书编号|执业证书号|执业证号|执业编号|执业资格证书编码|执业资格证|执业登记编码|执证编号|登记编号|登记编码"
            "|证书编号|证书号|证书|资格编号|编号|NO|No|" + LICENCE_LABELS, r"\.?\s*[:：]?\s*[A-Z]{1,3}\d{6,13}"),
    either("香港证监会牌照|香港牌照", r"\s*[:：]?\s*[A-Z]{2,4}\d{2,4}"),
    # related-report lists: 《title》 followed by its date
    r"《[^《》\n]{1,80}》\s*[-—–－]{0,2}\s*\d{4}[-./年]\d{1,2}(?:[-./月]\d{1,2}日?)?",
    # and a morning note's list of the day's reports: a field in brackets, a title, its date in
    # eight figures (`【宏观】三季度GDP超预期,怎么看?-20231018`)
    r"【[^【】\n]{1,10}】[^【】\n]{1,80}?[-—–－]?(?:19|20)\d\d[01]\d[0-3]\d(?!\d)",
    # sources under charts: 资料来源：Wind，国金证券研究所
    # (within its line: a dump's line break is a `LINE` by now), with the further sources a space
    # or a comma lists (`数据来源:Wind 某某期货研究院`), which would else lead the sentence after it
    # (a news page's inline credit, set off by spaces, runs to the space after it, not to a word that could end a
    # source: `…机会! 来源:证券之星 12月30日,…`)
    r"来源(?<= 来源)[:：][^\s。；，,:：]{2,16}(?= )",
    either("资料来源|数据来源|来源", rf"[:：]\s*[^。；\n\r]{{0,40}}?{_SOURCE_END}"
            rf"(?:[\s,，、]{{1,2}}[^\s。；，,、\n\r]{{1,16}}?{_SOURCE_END}){{0,3}}"),
    # and in English (`Source: Bloomberg`, `Sources: Company, Wind`), its names in title case
    # (a full stop inside a name, `Co.Ltd`, but not after it, where the sentence ends; nor a possessive a word in lower
    # case or a figure follows, the subject of the sentence a flattened chart runs into, `Source: Bloomberg May-09
    # Aug-09 Nov-09 Maybank’s 1QFY6/10 net profit jumped…`)
    r"Sources?:\s*(?:(?:[A-Z][a-z][\w&'’-]*(?:\.[\w&'-]+)*(?![\w&'’-])(?!(?<=['’]s)\s[^A-Z])|[A-Z]{2,6}(?=,))"
    r"(?:,\s?|\s(?=[A-Z][a-z]))?){1,8}",
    # with the date its figures run to (`Data as of September 11, 2024.`, `Prices as of 3 May 2024`)
    either("Data as of|Data through|Prices as of|Priced as of|Pricing as of",
           r"\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+)?(?:19|20)\d\d"
           r"(?:[./-]\d{1,2}[./-]\d{1,2})?\.?"),
    # a contents page's page references (`…与路径P58未来发展趋势与建议P45…`; not P2P, GDP1)
    r"P(?<![A-Za-z]P)\d{1,3}(?![\d.%A-Za-z])",
    # and a contents page's label set after its entries, with the page's number, run into the next page's first
    # sentence (`…粳米价格走势及季节性分析 20 目录目录 2 现货价格按4000元/吨算,…`, a futures house's slides: the label,
    # written twice in bold, after the last entry's page number): no sentence opens after it
    rf"目(?<=\d\s目)录(?:目录)?\s\d{{1,3}}\s(?=[{CJK_CLASS}])",
    # a risk warning runs to its sentence end; it is never a lede (a contents page's entry for it,
    # leader dots or a page number after it, is left to the contents' pattern; one a question
    # mark closes, a glyph the extraction could not read, `3、风险提示?`, ends there: no warning asks;
    # nor is one a sentence names, `请给出基于文本的风险提示:`; nor a slide deck's bold contents entry written
    # twice, `5.风险提示风险提示 2 请务必阅读…`, whose span would run on into the first slide's sentence)
    rf"风险提示(?<!的风险提示)(?!(?:风险提示)?{CONTENTS_ENTRY_END})[:：]?[^。\n?？]{{0,300}}。?",
    # a cover's date with its label (`报告日期:2024年4月1日`, a listing's `报告日期:2017 9 28`) and a
    # periodical's issue number (`(总第58期)`): never part of the sentence they run into
    either(DATE_LABELS, r"\s*[:：]?\s*(?:19|20)\d\d(?:\s*[年./-]\s*|\s)\d{1,2}"
            r"(?:\s*[月./-]\s*|\s)\d{1,2}(?:\s*日)?"),
    either(r"\(总第|（总第", r"\s*\d{1,4}\s*期\s*[)）]"),
    # a web page's counter of its readers (`阅读 15 views 次`, `浏览 1,024 次`), which would else lead
    # the sentence after it
    either("阅读|閱讀|浏览|瀏覽", r"\s*[:：]?\s*\d[\d,]{0,12}\s*(?:views?\s*次?|次)"),
    # a web page's stamp (` date 2021-09`, ` date 2024-10-24`): a month stamp is no date in figures

    # NUMBERS takes, and the label left before the first sentence would make a fragment of it
    r"date\s(?<![\w-]date\s)(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-[0-3]\d)?(?![\d-])",
    # a fund's periodic report's product table (the regulator's template: `§2 基金产品概况 基金简称
    # 前海开源货币 基金主代码 001870 … 在严格控制基金资产投资风险和保持基金资产较高 投资目标 流动性的基础上,…`,
    # an annual report's `2.2 基金产品说明 投资目标 …`), read row by row, its cells' words cut by the next row's
    # label: no sentence, up to the next section's `§`
    r"基金产品概况(?=\s*基金(?:简称|名称))[^§]{0,2000}|基金产品说明(?=\s*投资目标)[^§]{0,2000}",
    # section headings inside a summary that a point starts after (`业绩简评2020Q1-Q3公司…`)
    either("业绩简评|经营分析|事件概述|分析与判断|行业回顾|事件点评", r"\s*[:：]?"),
))))
# Point markers: bullets and symbols that start a point or a new block.
# Symbol fonts (Wingdings) come out of PDFs as private-use characters; a block element (`█`, `▍`,
# U+2580-259F) is a cover's point marker or a section bar, never a word of a sentence.
BULLETS = "■□●○◆◇⚫➢➤►▶▪▫❖◼◾•❑✓✔◎★☆|｜│।\u2580-\u259f\ue000-\uf8ff"
# ASCII's punctuation and symbols: a word of four or more of them alone, no letter nor digit in it
# (`!"#$#%`, `'())'*'+,'(-`), is a symbol font's glyphs extracted as the codes they are stored
# under, never the report's words.
_SYMBOLS = r"!-/:-@\[-`{-~"
# The first character taken, the branch it opens is chosen by looking behind at it.
MARK_SPANS = re.compile(
    f"[＃#>.…·{BULLETS}{_SYMBOLS}]"
    r"(?:(?<=[＃#])[A-Za-z]\w{0,40}[＃#]"  # ＃summary＃ template placeholders
    # Markdown's heading marks (`# 黄金市场`) and quotes (`> 1.…`, a `>` after a space or none; not
    # one before a figure, `to >60% in 2H18`, which says "more than")
    r"|(?<=#)#{0,5}(?=\s)|(?<=>)(?<!\S>)(?!\d)"
    # a middle dot set apart by spaces: a web page's list bullet (`· *Morgan Stanley…`) or a
    # byline's separator (`某某证券 · 2024-06-10`), never inside a sentence
    r"|(?<=\s·)(?=\s)"
    r"|(?<=[.…·])[.…·]{3,}\s*\d{0,3}"  # table-of-contents lines: a heading, leader dots, a page number
    # (an ellipsis standing alone is no such word)
    f"|(?<=[{_SYMBOLS}])(?<!\\S.)(?<!\\.)[{_SYMBOLS}]{{3,}}(?!\\S)"
    f"|(?<=[{BULLETS}]))"  # bullets
)
# A point label after a sentence end (`…；（2）…`, a slide's `…；02 购买…`) is a break after the
# sentence end; so is the first point's label glued after glyphs (a summary's headline run into it,
# `…平衡,养老金入市空间广阔(1)当前我国养老金入市具备必然性与可行性。`): what stands before it is a headline
# or the words that lead into the list, never the first point's own (not an item's number, `第(1)项`).
LABEL_AFTER_END = re.compile(rf"[；;。](?=[（(]\d{{1,2}}[)）]|\s?0[1-9]\s)"
                             rf"|[{CJK_CLASS}](?<!第)(?=[（(]1[)）][{CJK_CLASS}])")
# Numbers that are never the report's words: bare licence numbers (S0570516010001), telephone
# numbers ((8621)60230221, 021-63325888*8514, +86-21-28972072), mobiles and dates in figures. As with
# `MARK_SPANS`, the first character is taken by one class and chooses its branch by looking
# behind at it (`\d{2,4}` is a digit and `\d{1,3}`), so the search skips what is no number.
NUMBERS = re.compile(
    r"[SAB(+\d]"
    # (thirteen figures: a year or a telephone number glued after them is the next words, `S10105191100032023年是…`,
    # `S1100518090001010-66495613`)
    r"(?:(?<=[SAB])(?<![A-Za-z0-9].)\d{13}(?:(?!\d)|(?=(?:19|20)\d\d(?:年|[./-]\d)|0\d{2,3}-\d))"
    r"|(?<=\()\d{2,5}\)\s?\d{7,8}(?:[*×]\d{1,5})?"
    r"|(?<=\+)\d{2,4}[-－](?:\d{2,4}[-－])?\d{7,8}(?:[*×]\d{1,5})?"
    r"|(?<=\d)\d{1,3}[-－](?:\d{2,4}[-－])?\d{7,8}(?:[*×]\d{1,5})?"
    r"|(?<=1)(?<![\d.].)[3-9]\d{9}(?![\d.])"
    # a date in figures standing alone between spaces (`台湾科技 10/22/2013 半导体…`, a related
    # report's `2019-02-15`): a cover's, which Chinese prose writes with 年月日; with the clock time
    # a listing or a web page stamps it with (`2025-09-15 19:13`, `2022-08-16T01:50:51.93+00:00`),
    # and the count of readers a page sets after it at the line's end (`2025-11-21 83`)
    r"|(?<=\d)(?<!\S.)(?:\d?/\d{1,2}/(?:19|20)\d\d|\d{3}[./-]\d{1,2}[./-]\d{1,2})"
    r"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:\d\d)?)?(?: \d{1,7}(?=[\r\n]|$)|(?!\S)))"
)

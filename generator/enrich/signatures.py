"""Where a firm signs its report's text: its credit lines, disclaimer and licence statements, a page header, an
analyst's licence number (SAC), an e-mail address; never where a name is merely mentioned (a regulator quoted, a
bank covered, a foreign broker cited).

publishers.py reads the text with these when the listing and the title name no publisher.
"""

from __future__ import annotations

import re

# Statements in report text that name the firm, each with words it cannot match without one
# of (tested first: most text holds none); the flag says whether a name not in the table may
# be taken as a new publisher (only where the sentence leaves no doubt).
STATEMENTS = [
    # A cover's own credit lines: `作 者：某某 中国银行研究院`, `报告日期：2023年10月8日 中国银行研究院`,
    # and a copyright line's English name (`2023 iResearch Inc.`, folded: `2023iresearchinc`); known
    # names only.
    (re.compile(r"(?:作\s*者|报告日期)[:：][^。:：]{0,20}?(?P<org>[\u4e00-\u9fff]{2,12}?(?:研究院|研究所|研究中心|咨询))"),
     ("作者", "报告日期"), False),
    (re.compile(r"(?:©|(?:19|20)\d\d)(?P<org>[a-z][a-z&.\-]{1,30}?)(?:inc|ltd|limited)\b"), ("inc", "ltd", "limited"),
     False),
    (re.compile(r"证监会审核(?P<org>.{2,12}?)投资咨询业务资格"), ("证监会审核",), True),
    (re.compile(r"请务必阅读正文(?:之后|最后|后)的(?P<org>.{2,16}?)(?:股份有限公司|有限责任公司)?(?:的)?免责"),
     ("请务必阅读正文",), True),
    # `报告来源：X`, and a repost's credit `(报告出品方/作者：X，分析师)`, `(报告出品方/分析师：X 某某)`.
    (re.compile(r"报告(?:出品方|作者|来源)(?:/(?:作者|分析师))?[:：](?P<org>[^,，。;；:：\s]{2,20})"), ("报告",), True),
    (re.compile(r"仅(?:面向|供)(?P<org>[\u4e00-\u9fff]{2,12}?(?:证券|期货|基金))(?:股份有限公司|有限责任公司)?的?客户"),
     ("客户",), False),
    # A chart's source line naming the firm's own research unit (`资料来源：Wind，源达信息证券研究所`).
    (re.compile(r"(?:资料|数据)来源[:：][^。\n]{0,40}?"
                r"(?P<org>[\u4e00-\u9fff]{2,12}?(?:证券|期货)研究(?:所|院|部|中心))"),
     ("来源",), False),
    # A legal name counts where the firm signs with it: its disclaimer, copyright or report header.
    (re.compile(r"(?P<org>[\u4e00-\u9fff]{2,12}?(?:证券|期货|基金))(?:股份)?有限(?:责任)?公司"
                r"(?=\s*(?:免责|版权|证券研究报告|研究所|研究部|研究院|发布|具备|对本报告|不会因|的客户|客户))"),
     ("有限",), False),
]
# A Chinese legal name or house phrase signs the report only in such company: `本报告仅供X的客户`,
# `X(以下简称“本公司”)具备…`, `X免责声明`, `版权归X所有`. English legal names stand in analyst lines.
SIGNED_BEFORE = re.compile(r"(?:本报告(?:由|仅供)|版权(?:归|属于)|©|copyright|阅读正文(?:之后|最后|后)的)\s*$")
SIGNED_AFTER = re.compile(r"\s*(?:[(（]以下简称|的?客户|的?免责|免責|版权|版權|具备|具有|对本报告|研究所|研究部|"
                          r"研究院|证券研究报告|證券研究報告|发布|所有)")
# A page header opening the text: the house, then the kind of report (`华福证券 公司深度研究 | 百胜中国`); the whole
# lead must be a known name.
PAGE_HEADER = re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,12}?)"
                         r"(?:公司深度研究|行业深度研究|公司深度报告|行业深度报告|证券研究报告)")
SAC = re.compile(r"(s\d{4})\d{6,10}")
EMAIL = re.compile(r"@([a-z0-9-]+(?:\.[a-z0-9-]+)+)")

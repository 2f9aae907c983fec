"""What a listing's publisher field holds besides a publisher's name: the platform the listing was scraped from or
a scraper's label (`东方财富网`, `券商研报`), a rating joined to the house (`·买入`), a house's series heading
(`国盛-多因子系列`), a citation's authors (`… Working Papers No 594`), a Chinese name spelled in pinyin.

Attribution reads the field first (publishers.py); these say when the field names no publisher, or names it so.
"""

from __future__ import annotations

import re

from generator.normalize import fold

# What a listing's publisher field holds when it names no publisher: the platform the listing
# was scraped from, or a scraper's label for the kind of item (`"source": orgSName or "券商研报"`).
NOT_LISTED = frozenset(fold(name) for name in (
    "东方财富网", "东方财富研报", "新浪财经", "新浪", "同花顺财经", "和讯网", "慧博投研", "慧博投资分析", "萝卜投研",
    "发现报告", "洞见研报", "三个皮匠报告", "未来智库", "巨潮资讯网", "证券之星", "网易财经", "腾讯财经", "搜狐财经",
    "研报", "券商研报", "行业研报", "个股研报", "研究报告", "其他", "其它"))
# A rating a listing's field joins to the house (`国盛证券股份有限公司·买入`): the call, never a second publisher.
RATINGS = frozenset(fold(word) for word in (
    "买入", "增持", "持有", "中性", "减持", "卖出", "推荐", "强烈推荐", "谨慎推荐", "审慎推荐", "谨慎增持", "强推",
    "买进", "优于大市", "跑赢行业", "跑赢大市", "同步大市", "弱于大市", "跑输行业", "跑输大市", "未评级", "无评级",
    "首次覆盖", "维持", "上调", "下调"))
# A listing's section heading as its publisher field: a house's short name, then its series
# (`国盛-多因子系列`, `广发-高频因子系列`): the house's, read as a tag.
SERIES_FIELD = re.compile(r"^(?P<house>[^\s\-—–·_]{2,8})\s*[-—–·_]\s*\S{1,12}系列$")
# A listing field holding a citation (`A. Author & B. Author, BIS Working Papers No 594 (…)`): its
# people are no publishers.
CITATION_FIELD = re.compile(r"working\s+papers?|discussion\s+papers?", re.IGNORECASE)
# A listing field spelling a Chinese name in pinyin, syllable by syllable (`2 1 Shi Ji Jing Ji Bao Dao`, `He Xun Cai
# Jing`): three or more capitalised syllables, digits among them.
PINYIN_FIELD = re.compile(r"(?:\d{1,2}\s+)*[A-Z][a-z]{0,5}(?:\s+(?:[A-Z][a-z]{0,5}|\d{1,2})){2,}")
SYLLABLE = re.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:a|o|e|i|u|v|ai|ei|ui|ao|ou|iu|ie|ve|ue|er|an|en|in|un|"
                      r"vn|ang|eng|ing|ong|ia|iao|ian|iang|iong|ua|uo|uai|uan|uang)")

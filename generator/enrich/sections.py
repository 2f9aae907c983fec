"""The words a research house's teams, industries and sectors go by (`宏观`, `电子`, `食品饮料`): the
vocabulary that tells a team's or a section's tag from a house's name (titletags.py, orgnames.py) and from
an analyst's (analysts.py, subject.py). It imports nothing of the enrichment, so that every reader of
names can use it."""

from __future__ import annotations

import re


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Words a team tag or section tag is made of: `广发宏观郭磊`, `银河通信&中小盘`, 【海外】.
TEAM_WORDS = _words("宏观 策略 固收 固定收益 金工 金融工程 晨会 晨报 早报 早参 研究 海外 总量 债券 转债 "
                    "量化 资产配置 大类资产 配置 团队 观点 经济 首席 新股")
INDUSTRY_WORDS = _words("电子 通信 计算机 传媒 医药 医疗 汽车 机械 化工 有色 煤炭 钢铁 建材 建筑 "
                        "地产 房地产 银行 非银 金融 保险 券商 食品 饮料 家电 轻工 纺服 交运 军工 "
                        "电新 电力 环保 公用 农业 农林 社服 商社 商贸 零售 中小盘 北交所 互联网 教育 能源 "
                        "新能源 半导体 机器人 消费 科技 港股 美股 石化 行业 个股 产业 政策 信用 利率 "
                        "基金 新材料 家居 纺织 美妆 交通")
INDUSTRY_NAMES = frozenset(INDUSTRY_WORDS)  # (looked up whole: a heading line, a word taken for a name)
SECTION = re.compile("|".join(sorted(TEAM_WORDS + INDUSTRY_WORDS, key=len, reverse=True)))
# Sector names an archive files a report under, between the firm and the title (`…_中金公司_电子_…`).
SECTORS = frozenset(_words("电力设备 机械设备 基础化工 非银金融 食品饮料 医药生物 有色金属 国防军工 交通运输 "
                           "公用事业 建筑装饰 建筑材料 农林牧渔 商贸零售 社会服务 美容护理 纺织服饰 轻工制造 "
                           "家用电器 石油石化"))

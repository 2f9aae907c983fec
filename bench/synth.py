"""Synthesise a realistic content tree of N reports in the sample's text-dump listing format.

Titles follow the sample's conventions (publisher prefixes, industry prefixes, date codes,
page counts), previews are extracted-PDF-like text, a few percent of them over 100,000
characters; about 5 % of reports get commentary. Deterministic for a given N and seed.
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

PUBLISHERS = ["中信证券", "华泰证券", "中金公司", "国泰海通", "招商证券", "广发证券", "中国银河证券", "申万宏源",
              "东方证券", "兴业证券", "国信证券", "长江证券", "天风证券", "华创证券", "浙商证券", "国金证券",
              "开源证券", "东吴证券", "德勤", "普华永道", "毕马威", "安永", "艾瑞咨询", "中国银行研究院", "华为",
              "中国信通院", "麦肯锡", "头豹研究院", "零壹智库", "平安银行"]
INDUSTRIES = ["银行业", "保险行业", "非银行金融行业", "证券行业", "宏观经济", "固定收益", "金融科技行业"]
SUBJECTS = ["数字化转型", "息差", "寿险开门红", "财富管理", "资管新规", "支付清算", "绿色金融", "普惠金融",
            "信用风险", "降准降息", "社融", "房地产金融", "AIGC应用", "数据要素", "跨境支付", "养老金融"]
VERBS = ["展望", "深度研究", "年度策略", "点评", "回顾与展望", "专题研究", "白皮书", "发展报告"]
SENTENCES = ["三季度以来经济持续恢复，金融数据总体企稳。", "银行净息差下行压力有所缓解，资产质量保持稳定。",
             "保险负债端改善明显，新业务价值增速回升。", "数字化转型成为金融机构降本增效的关键抓手。",
             "监管政策持续优化，资本市场改革稳步推进。", "请务必阅读正文之后的免责声明部分。",
             "我们维持行业推荐评级，建议关注估值修复机会。", "支付行业竞争格局趋于稳定，企业支付成为新增长点。"]


def title(rng: random.Random, index: int, day: date) -> str:
    subject, verb = rng.choice(SUBJECTS), rng.choice(VERBS)
    pages = rng.randint(8, 160)
    style = rng.random()
    if style < 0.55:
        return f"{rng.choice(PUBLISHERS)}:{day.year}年{subject}{verb}第{index}期({pages}页).pdf"
    if style < 0.85:
        return f"{rng.choice(INDUSTRIES)}:{subject}{verb}第{index}期-{day:%y%m%d}({pages}页).pdf"
    return f"{day.year}{subject}{verb}第{index}期.pdf"


def preview(rng: random.Random, huge: bool) -> str:
    count = rng.randint(6000, 9000) if huge else rng.randint(2, 12)
    text = "".join(rng.choice(SENTENCES) for _ in range(count))
    return text.replace("。", "。 ", 3)


def synthesise(root: Path, reports: int, seed: int = 7, per_file: int = 2000) -> None:
    if root.exists():
        shutil.rmtree(root)
    (root / "listings").mkdir(parents=True)
    (root / "commentary").mkdir()
    rng = random.Random(seed)
    start = date(2019, 1, 1)
    chunk: list[str] = []
    for index in range(reports):
        day = start + timedelta(days=index * 2000 // max(reports, 1))
        listed = title(rng, index, day)
        huge = rng.random() < 0.03
        meta = f"浏览量{rng.randint(0, 5000)}人已浏览 发布时间{day.isoformat()} {rng.randint(8, 160)}页 推荐指数5星级"
        chunk.append(f"  • {listed}\n\n    {preview(rng, huge)}\n\n    {meta}\n")
        if rng.random() < 0.05:
            note = (f"---\nreport: \"{listed}\"\npick: {str(rng.random() < 0.1).lower()}\n---\n"
                    f"这份报告的核心观点值得一读：**{rng.choice(SUBJECTS)}**。\n\n- {rng.choice(SENTENCES)}\n")
            (root / "commentary" / f"note-{index:06d}.md").write_text(note, encoding="utf-8")
        if len(chunk) == per_file:
            (root / "listings" / f"{index // per_file:04d}.txt").write_text("".join(chunk), encoding="utf-8")
            chunk = []
    if chunk:
        (root / "listings" / f"{reports // per_file:04d}.txt").write_text("".join(chunk), encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("reports", type=int)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    synthesise(args.out, args.reports)

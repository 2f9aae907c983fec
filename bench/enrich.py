"""What reading a report's text costs: CPU time per report of its excerpt and key points
(`cleaning.lede`) and the facts its text states (`facts.text_facts`), on typical previews and
on hostile ones of 100,000 characters (issue 18: "a 100,000-character preview costs no more
than a few milliseconds").

    python bench/enrich.py [--repeat 5] [--out docs/benchmarks.md]

Typical previews are those of the sample listing (content/listings) and those the build
benchmark synthesises (bench/synth.py); the hostile ones are what PDF extraction can make of a
report at its worst (one glyph over and over, every glyph doubled, no punctuation, a wall of
digits, thousands of short lines, ...). CPU time of this process (`time.process_time`), the
best of `--repeat` rounds, so that other work on the machine counts as little as it can.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: `python bench/enrich.py`
from bench.docs import machine, write_section  # noqa: E402
from bench.synth import preview as synthetic_preview  # noqa: E402
from bench.synth import title as synthetic_title  # noqa: E402
from generator.enrich.cleaning import lede  # noqa: E402
from generator.enrich.facts import text_facts  # noqa: E402
from generator.ingest.bounded import HEAD_CHARS  # noqa: E402
from generator.ingest.textdump import parse  # noqa: E402

HOSTILE = 100_000


def sample_previews() -> list[tuple[str, str]]:
    """(title, preview head) of every item of the sample listing."""
    found = []
    for path in sorted((ROOT / "content" / "listings").glob("*.txt")):
        found += [(item.title, item.head) for item in parse(path.read_text(encoding="utf-8"), path.name)
                  if hasattr(item, "head")]
    return found


def synthetic_previews(count: int = 2000) -> list[tuple[str, str]]:
    """Titles and previews as the build benchmark writes them, 3 % of the previews huge (cut
    to the head a reader keeps)."""
    rng = random.Random(7)
    return [(synthetic_title(rng, index, date(2023, 9, 27)), synthetic_preview(rng, rng.random() < 0.03)[:HEAD_CHARS])
            for index in range(count)]


def hostile_previews(size: int = HOSTILE) -> dict[str, str]:
    """Previews of `size` characters built to find super-linear steps: each is one artefact
    or one kind of boilerplate, everywhere."""
    rng = random.Random(3)
    words = "".join(chr(0x4E00 + rng.randrange(3000)) for _ in range(size))
    sample = "".join(text for _, text in sample_previews())
    sample = sample * (size // max(len(sample), 1) + 1)
    kinds = {
        "one glyph": "研" * size,
        "one Latin letter": "a" * size,
        "every glyph doubled": "".join(c * 2 for c in words),
        "the sample, every glyph doubled": "".join(c * 2 for c in sample),
        "runs written twice": "".join(words[i:i + 7] * 2 for i in range(0, size, 7)),
        "runs written twice, last glyph doubled": "".join(words[i:i + 5] * 2 + words[i + 4] for i in range(0, size, 5)),
        "no punctuation": words,
        "glyphs spaced out": " ".join(words),
        "digits": "".join(rng.choice("0123456789") for _ in range(size)),
        "digits spaced out": " ".join(rng.choice("0123456789") for _ in range(size)),
        "short lines": "\n".join(words[i:i + 5] for i in range(0, size, 5)),
        "doubled percents": "15%15%" * size,
        "doubled date units": "2022年年3月月" * size,
        "leader dots": "." * size,
        "bullets": "■" * size,
        "point labels": "1、" * size,
        "summary headings": "投资要点：" * size,
        "disclaimers": "请务必阅读正文之后的免责声明。" * size,
        "licence numbers": "S0570516010001" * size,
        "e-mail addresses": "abc@x.com" * size,
        "@ signs": "@" * size,
        "stock codes": "（600519）" * size,
        "ratings": "增持（维持）" * size,
        "traditional script": "請務必閱讀正文之後的免責聲明部分。投資要點：壽險開門紅是全年保費的重要來源" * size,
        "table of contents": "第一章 银行业展望……………12 " * size,
        "the sample over and over": sample,
    }
    return {name: text[:size] for name, text in kinds.items()}


def cpu_per_call(work: Callable[[], object], calls: int, repeat: int) -> float:
    """Seconds of CPU per call of `work`, which makes `calls` calls: the best of `repeat` rounds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best / calls


def per_report(previews: list[tuple[str, str]], repeat: int) -> tuple[float, float]:
    """Microseconds of CPU per report: (lede, facts)."""
    def ledes() -> None:
        for title, text in previews:
            lede(text, 120, 300, title)

    def facts() -> None:
        for title, text in previews:
            text_facts(text, title)

    return (cpu_per_call(ledes, len(previews), repeat) * 1e6, cpu_per_call(facts, len(previews), repeat) * 1e6)


HEADING = "## Reading a report's text (issue 18)"


def section(rows: list[tuple[str, int, float, float]], repeat: int) -> str:
    """The figures as a Markdown section for docs/benchmarks.md."""
    hostile = [excerpt_us + facts_us for name, _, excerpt_us, facts_us in rows if name.startswith(f"{HOSTILE:,}")]
    lines = [HEADING, "",
             f"Measured with `python bench/enrich.py --repeat {repeat} --out docs/benchmarks.md` on {machine()}, "
             f"{date.today()}: CPU time per report (process time, the best of {repeat} rounds) of the excerpt and "
             "key points (`cleaning.lede`) and of the facts (`facts.text_facts`). How: see the docstring of "
             "bench/enrich.py.", "",
             "| previews | count | excerpt and key points | facts | both |", "|---|---:|---:|---:|---:|"]
    lines += [f"| {name} | {count:,} | {excerpt_us:.0f} µs | {facts_us:.0f} µs | {excerpt_us + facts_us:.0f} µs |"
              for name, count, excerpt_us, facts_us in rows]
    lines += ["", f"{HOSTILE:,}-character previews, {len(hostile)} kinds: median {statistics.median(hostile):.0f} µs, "
              f"worst {max(hostile):.0f} µs per report."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, help=f"write the figures into this file, under {HEADING!r}")
    args = parser.parse_args()
    print(f"Python {platform.python_version()}, {platform.machine()}, CPU time per report (best of {args.repeat})")
    print(f"{'previews':<52}{'count':>6}{'excerpt':>11}{'facts':>10}{'both':>10}")
    rows = []
    sets = [("sample listing", sample_previews()), ("synthetic (bench/synth.py)", synthetic_previews())]
    sets += [(f"{HOSTILE:,} characters: {name}", [("", text)]) for name, text in hostile_previews().items()]
    for name, previews in sets:
        excerpt_us, facts_us = per_report(previews, args.repeat)
        rows.append((name, len(previews), excerpt_us, facts_us))
        print(f"{name:<52}{len(previews):>6}{excerpt_us:>9.0f}µs{facts_us:>8.0f}µs{excerpt_us + facts_us:>8.0f}µs")
    hostile = [excerpt_us + facts_us for name, _, excerpt_us, facts_us in rows[2:]]
    print(f"{HOSTILE:,} chars, {len(hostile)} kinds: median {statistics.median(hostile):.0f}µs, "
          f"worst {max(hostile):.0f}µs per report")
    if args.out:
        write_section(args.out, HEADING, section(rows, args.repeat))


if __name__ == "__main__":
    main()

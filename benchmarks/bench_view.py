"""Time of newsnorm.view against input length: hostile pieces and a long realistic page.

    python benchmarks/bench_view.py                 # 100 KB and 1 MB
    python benchmarks/bench_view.py --sizes 50000 500000

The article is made by ``normalise`` first (not timed); only ``view`` is timed. Linear code
shows a ratio near the ratio of the sizes (10 by default); MB/s is for the large size.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import newsnorm

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "harbour-page.txt"
PIECES = {
    "quotes": '"Yes," he said, "no," she said. \u201cWe will\u201d ',
    "unbalanced marks": "\u201c\"\u00ab\u201e' ",
    "dates": "2025-01-23, 23.01.2025, January 22, 2025 on Tuesday last week ",
    "agencies": "(AP) \u2014 (Reuters) - SOURCE: AA /TASS/ appeared first on ",
    "nul and surrogates": "\x00\ud800\udfff\x00 ",
    "nested markup": "<div><p><span>& ",
    "one long line": "word ",
    "example page, repeated": EXAMPLE.read_text(encoding="utf-8") + "\n\n",
}


def _seconds(article: newsnorm.Article) -> float:
    start = time.process_time()
    newsnorm.view(article)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(100_000, 1_000_000))
    arguments = parser.parse_args()
    small, large = arguments.sizes
    newsnorm.view(newsnorm.normalise("Warm-up: the ferry sailed on Monday, he said."))
    print(
        f"| input | marks at {large:,} | {small:,} chars (s) | {large:,} chars (s) | ratio | MB/s |"
    )
    print("|---|---|---|---|---|---|")
    for label, piece in PIECES.items():
        texts = [(piece * (size // len(piece) + 1))[:size] for size in (small, large)]
        articles = [newsnorm.normalise(text) for text in texts]
        first, second = (_seconds(article) for article in articles)
        big = articles[1]
        marks = len(big.removed) + len(big.syndication) + len(big.dates) + 2 * len(big.quotes)
        ratio = second / first if first > 0 else float("inf")
        speed = large / 1e6 / second if second > 0 else float("inf")
        print(
            f"| {label} | {marks:,} | {first:.3f} | {second:.3f} | {ratio:.1f} | {speed:.1f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()

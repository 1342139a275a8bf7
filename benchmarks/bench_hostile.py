"""Time against input length on hostile input, for every public function.

    python benchmarks/bench_hostile.py            # 100 KB and 1 MB
    python benchmarks/bench_hostile.py --sizes 50000 500000

Each function runs on inputs made of one hostile piece repeated to the size. Linear code
shows a ratio near the ratio of the sizes (10 by default).
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

import newsnorm

PIECES = {
    "quotes": '"Yes," he said, "no," she said. \u201cWe will\u201d ',
    "unbalanced marks": "\u201c\"\u00ab\u201e' ",
    "dates": "2025-01-23, 23.01.2025, January 22, 2025 on Tuesday last week ",
    "date prefix": "2025-01-",
    "month names": "January February March Mai juin agosto ",
    "brackets": "(((( [[[[ {{{{ ",
    "agencies": "(AP) \u2014 (Reuters) - SOURCE: AA /TASS/ appeared first on ",
    "nul and surrogates": "\x00\ud800\udfff\x00 ",
    "nested markup": "<div><p><span>",
    "one long line": "word ",
}

FUNCTIONS = {
    "normalise": newsnorm.normalise,
    "normalise_html": newsnorm.normalise_html,
    "strip_boilerplate": newsnorm.strip_boilerplate,
    "detect_syndication": newsnorm.detect_syndication,
    "find_dates": lambda text: newsnorm.find_dates(text, reference=dt.date(2025, 1, 23)),
    "find_publication_date": newsnorm.find_publication_date,
    "extract_quotes": newsnorm.extract_quotes,
    "detect_language": newsnorm.detect_language,
}


def _seconds(function, text: str) -> float:
    start = time.process_time()
    function(text)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(100_000, 1_000_000))
    parser.add_argument("--only", nargs="*", default=list(FUNCTIONS))
    arguments = parser.parse_args()
    small, large = arguments.sizes
    for function in FUNCTIONS.values():
        function("Warm-up: the ferry sailed on Monday, January 6, 2025, he said.")
    print(f"| function | input | {small:,} chars (s) | {large:,} chars (s) | ratio |")
    print("|---|---|---|---|---|")
    for name in arguments.only:
        function = FUNCTIONS[name]
        for label, piece in PIECES.items():
            texts = [(piece * (size // len(piece) + 1))[:size] for size in (small, large)]
            first, second = (_seconds(function, text) for text in texts)
            ratio = second / first if first > 0 else float("inf")
            print(f"| {name} | {label} | {first:.3f} | {second:.3f} | {ratio:.1f} |", flush=True)


if __name__ == "__main__":
    main()

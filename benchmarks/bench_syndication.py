# ruff: noqa: RUF001 - other scripts and dashes are benchmarked on purpose
"""Benchmark detect_syndication against the naive baseline of the shared scorer.

    python benchmarks/bench_syndication.py           # scores, speed and linearity
    python benchmarks/bench_syndication.py --speed   # speed and linearity only

Prints a markdown table (precision, recall, F1, kind accuracy, negatives flagged, docs/s) on
the syndication dev set plus the seed pages, the time per seed page, the CPU time per 9 KB of
real page text (the whole pages of ../shared/corpus/boilerplate and pubdate-html) in all
and by part (the reduced copy of the page, wire credits, line credits, notices), and a
linearity table: CPU time on 100 KB and 1 MB of each hostile repetition, with the ratio and
the throughput at 1 MB. Needs ../shared (the dev set, the pages and the scorer).
"""

from __future__ import annotations

import importlib.util
import json
import platform
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

import regex
from _common import cpu_seconds_per_item, docs_per_second

import newsnorm
from newsnorm.syndication import detect_syndication
from newsnorm.syndication.lines import find_line_credits
from newsnorm.syndication.notices import find_notices
from newsnorm.syndication.triggers import normalised
from newsnorm.syndication.wire import find_wire

SHARED = Path(__file__).resolve().parents[2] / "shared"
HOSTILE = (
    "(AP ",
    "appeared first on the ",
    "(AP) — ",
    "Source: ",
    "© AP ",
    "AP\n",
    "Quelle: Harbor Times\n",
    "2024-05-02 来源：",
    "xy/dpa\n",
    "(KNA, ab) ",
    "© dpa | Abb.: ",
    " with AFP\n",
    "  * Harbor Desk\n",
    "red, harbor.example/Agenturen\n",
    "Por: Agencia Norte ",
    "ОМСК. КАЗИНФОРМ – ",
    "Con información de El Faro ",
    "Reuters\n",
    "By AFP\n",
    "AFP AP dpa Reuters ",
    "— Reuters Oslo\n",
)


def _scorer() -> ModuleType | None:
    path = SHARED / "tools" / "eval_syndication.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("eval_syndication", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cases() -> list[dict[str, Any]]:
    data = SHARED / "corpus" / "syndication" / "dev.jsonl"
    cases = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line]
    seeds = SHARED / "seeds"
    expected = json.loads((seeds / "expected.json").read_text(encoding="utf-8"))
    for name, values in expected.items():
        if name.startswith("_") or "syndication" not in values:
            continue
        text = (seeds / name).read_text(encoding="utf-8")
        cases.append({"id": name, "text": text, "expected": values["syndication"]})
    return cases


def _score(
    scorer: ModuleType, function: Callable[[str], Iterable[Any]], cases: list[dict[str, Any]]
) -> dict[str, Any]:
    totals = dict.fromkeys(("tp", "fp", "fn", "kind_ok"), 0)
    flagged = negatives = 0
    for case in cases:
        found = list(function(case["text"]))
        result = scorer.score_case(case, found)
        for key in totals:
            totals[key] += result[key]
        if not case["expected"]:
            negatives += 1
            flagged += bool(found)
    speed = docs_per_second(lambda case: list(function(case["text"])), cases, repeat=3)
    precision = totals["tp"] / max(1, totals["tp"] + totals["fp"])
    recall = totals["tp"] / max(1, totals["tp"] + totals["fn"])
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "kind_accuracy": totals["kind_ok"] / max(1, totals["tp"]),
        "negatives_flagged": f"{flagged}/{negatives}",
        "docs_per_s": speed,
    }


def _page_time(function: Callable[[str], Iterable[Any]]) -> float:
    """Microseconds per seed page (best of several passes)."""
    pages = [path.read_text(encoding="utf-8") for path in sorted((SHARED / "seeds").glob("*.txt"))]
    return 1e6 / docs_per_second(lambda page: list(function(page)), pages, repeat=20)


PAGE_SETS = ("boilerplate", "pubdate-html")
PER_SIZE = 9_000
"""The issue's unit: CPU time per 9 KB of page text (9,000 characters)."""


def cpu_per_9kb(passes: int = 5) -> tuple[int, float, float]:
    """Pages, mean characters, and milliseconds of CPU per 9 KB over the real pages.

    Every ``*.page.txt`` of :data:`PAGE_SETS` is detected once per pass; the best pass
    counts (the machine is shared), scaled to :data:`PER_SIZE` characters.
    """
    pages = [
        path.read_text(encoding="utf-8")
        for name in PAGE_SETS
        for path in sorted((SHARED / "corpus" / name).glob("*.page.txt"))
    ]
    if not pages:
        return 0, 0.0, 0.0
    for page in pages:
        detect_syndication(page)  # tables built, caches warm
    best = cpu_seconds_per_item(detect_syndication, pages, repeat=passes) * len(pages)
    characters = sum(map(len, pages))
    return len(pages), characters / len(pages), best / characters * PER_SIZE * 1e3


def parts_per_9kb(passes: int = 5) -> list[tuple[str, float]]:
    """Milliseconds of CPU per 9 KB of each part of the detector, over the real pages.

    The parts are the page's reduced copy (its words, shared by the others), the wire
    credits, the line credits and the notices, each timed alone on every page.
    """
    pages = [
        path.read_text(encoding="utf-8")
        for name in PAGE_SETS
        for path in sorted((SHARED / "corpus" / name).glob("*.page.txt"))
    ]
    if not pages:
        return []
    reduced = {id(page): normalised(page) for page in pages}
    parts: list[tuple[str, Callable[[str], object]]] = [
        ("reduced copy", normalised),
        ("wire", lambda page: list(find_wire(page, reduced=reduced[id(page)]))),
        ("lines", lambda page: find_line_credits(page, reduced=reduced[id(page)])),
        ("notices", lambda page: list(find_notices(page, reduced=reduced[id(page)]))),
    ]
    characters = sum(map(len, pages))
    timings = []
    for name, function in parts:
        for page in pages:
            function(page)
        best = cpu_seconds_per_item(function, pages, repeat=passes) * len(pages)
        timings.append((name, best / characters * PER_SIZE * 1e3))
    return timings


def _corpus_page_time() -> tuple[int, float, float]:
    """Pages, mean size and microseconds per page on the boilerplate corpus's whole pages."""
    pages = [
        path.read_text(encoding="utf-8")
        for path in sorted((SHARED / "corpus" / "boilerplate").glob("*.page.txt"))
    ]
    if not pages:
        return 0, 0.0, 0.0
    per_page = cpu_seconds_per_item(detect_syndication, pages, repeat=5)
    return len(pages), sum(map(len, pages)) / len(pages), per_page * 1e6


def _linearity() -> list[tuple[str, float, float]]:
    """CPU seconds on 100 KB and 1 MB of each hostile repetition (best of two runs)."""
    timings = []
    for unit in HOSTILE:
        seconds = []
        for size in (100_000, 1_000_000):
            text = (unit * (size // len(unit) + 1))[:size]
            seconds.append(cpu_seconds_per_item(detect_syndication, [text], repeat=2))
        timings.append((unit, seconds[0], seconds[1]))
    return timings


def _print_speed() -> None:
    count, size, millis = cpu_per_9kb()
    if count:
        print(
            f"\nreal pages ({' + '.join(PAGE_SETS)}): {count} pages, {size:,.0f} characters on "
            f"average, {millis:.3f} ms CPU per 9 KB (best of 5 passes)"
        )
        parts = ", ".join(f"{name} {part:.3f}" for name, part in parts_per_9kb())
        print(f"by part, ms CPU per 9 KB: {parts}")
    print("\nlinearity (hostile input, CPU seconds at 100 KB and 1 MB; linear is about 10x):")
    print("| piece | 100 KB s | 1 MB s | ratio | MB/s at 1 MB |")
    print("|---|---|---|---|---|")
    for unit, small, large in _linearity():
        print(
            f"| {unit!r} | {small:.3f} | {large:.3f} | x{large / max(small, 1e-9):.1f} "
            f"| {1 / max(large, 1e-9):.2f} |"
        )


def rows() -> list[dict[str, Any]]:
    """One row per system on the dev set and seeds; ``[]`` when ../shared is absent."""
    scorer = _scorer()
    if scorer is None or not (SHARED / "corpus" / "syndication" / "dev.jsonl").is_file():
        print(f"no syndication data at {SHARED}: nothing to benchmark", file=sys.stderr)
        return []
    cases = _cases()
    systems: list[tuple[str, Callable[[str], Iterable[Any]]]] = [
        (f"newsnorm {newsnorm.__version__}", detect_syndication),
        ("naive baseline (5 regexes)", scorer.naive_baseline),
    ]
    results = []
    for name, function in systems:
        row = {"task": "syndication", "system": name, **_score(scorer, function, cases)}
        row["us_per_seed_page"] = _page_time(function)
        results.append(row)
    return results


def main() -> None:
    """Print the table, the versions and the linearity check."""
    print(
        f"python {platform.python_version()}, newsnorm {newsnorm.__version__}, "
        f"regex {regex.__version__}, {platform.machine()} {platform.system()}"
    )
    if "--speed" in sys.argv[1:]:
        _print_speed()
        return
    results = rows()
    if not results:
        return
    print(f"\n{len(_cases())} cases: dev.jsonl and the seed pages\n")
    print("| system | precision | recall | F1 | kind acc | negatives flagged | docs/s | µs/page |")
    print("|---|---|---|---|---|---|---|---|")
    for row in results:
        print(
            f"| {row['system']} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} "
            f"| {row['kind_accuracy']:.3f} | {row['negatives_flagged']} "
            f"| {row['docs_per_s']:,.0f} | {row['us_per_seed_page']:,.0f} |"
        )
    count, size, micros = _corpus_page_time()
    if count:
        print(
            f"\nwhole pages of the boilerplate corpus: {count} pages, {size:,.0f} characters "
            f"on average, {micros:,.0f} µs per page (CPU time)"
        )
    _print_speed()


if __name__ == "__main__":
    main()

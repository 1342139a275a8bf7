"""Dates: newsnorm beside dateparser and htmldate on the dates development set.

python benchmarks/bench_dates.py

Mentions (value F1: a found date counts when it overlaps an annotated one and has its TIMEX3
value) for ``newsnorm.find_dates`` and ``dateparser.search.search_dates``; publication-date
accuracy (pages that state a date, and pages wrongly dated among those that state none) for
``newsnorm.find_publication_date``, htmldate on the text wrapped in minimal HTML, and the
first date dateparser finds. Scores come from ../shared/tools/eval_dates.py.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from typing import Any

from _common import SHARED, header, seconds, table


def _evaluator() -> Any:
    spec = importlib.util.spec_from_file_location("eval_dates", SHARED / "tools/eval_dates.py")
    if spec is None or spec.loader is None:
        msg = "cannot load eval_dates.py"
        raise ImportError(msg)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _warm(find: Any, pub: Any) -> None:
    text = "Warm-up text published on 1 January 2020, a Wednesday."
    if find is not None:
        find(text, dt.date(2020, 1, 1))
    if pub is not None:
        pub(text)


def rows(step: int = 2) -> list[dict[str, Any]]:
    """One row per system; every *step*-th document (dateparser needs half a second each)."""
    path = SHARED / "corpus/dates/dev.jsonl"
    if not path.exists():
        print(f"bench_dates: {path} not found, skipped", file=sys.stderr)
        return []
    import newsnorm

    evaluator = _evaluator()
    lines = path.read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line][::step]
    finders = {
        "newsnorm find_dates": lambda text, reference: newsnorm.find_dates(
            text, reference=reference
        ),
        "dateparser search_dates": evaluator.BASELINES["dateparser"],
    }
    pickers = {
        "newsnorm find_publication_date": newsnorm.find_publication_date,
        "htmldate find_date (text as HTML)": evaluator.BASELINES["htmldate-text"],
        "dateparser first hit": evaluator.BASELINES["dateparser-first"],
    }
    result: list[dict[str, Any]] = []
    for name, find in finders.items():
        _warm(find, None)
        report = evaluator.evaluate(cases, find, None, show_errors=False)
        total = report["tot"]
        _, _, value_f1 = evaluator.prf(total["val_eq"], total["pred"], total["gold"])
        _, _, extent_f1 = evaluator.prf(total["relaxed_tp"], total["pred"], total["gold"])
        result.append(
            {
                "job": "dates: mentions",
                "library": name,
                "quality": f"value F1 {value_f1:.3f}, extent F1 {extent_f1:.3f} ({len(cases)} docs)",
                "docs/s": len(cases) / report["find_time"],
            }
        )
    for name, pick in pickers.items():
        _warm(None, pick)
        report = evaluator.evaluate(cases, None, pick, show_errors=False)
        stated, right, unstated, wrongly = report["pub"]
        result.append(
            {
                "job": "dates: publication",
                "library": name,
                "quality": f"accuracy {right / stated:.3f} ({right}/{stated}), dated {wrongly}/{unstated} undated",
                "docs/s": len(cases) / report["pub_time"],
            }
        )
    return result


def _best(function: Any, argument: str) -> float:
    return min(seconds(function, argument) for _ in range(2))


HOSTILE: tuple[str, ...] = (
    "2025-01-",
    "March ",
    "on Tuesday last week ",
    "12/3/",
    "3 March 2025, ",
)
"""Repeated pieces that are all key words or numbers: the worst case of the date scan."""


def linearity(small_size: int = 20_000, factor: int = 10) -> str:
    """Seconds on hostile text of two sizes (best of two): ten times the text, ten times the time."""
    import newsnorm

    def find(text: str) -> object:
        return newsnorm.find_dates(text, reference=dt.date(2025, 1, 1))

    lines = []
    for name, function in (
        ("find_dates", find),
        ("find_publication_date", newsnorm.find_publication_date),
    ):
        for piece in HOSTILE:
            small = piece * (small_size // len(piece))
            large = small * factor
            first, second = _best(function, small), _best(function, large)
            lines.append(
                f"{name} on {piece.strip()!r} x {len(small):,} / {len(large):,} characters: "
                f"{first:.2f} s / {second:.2f} s (x{second / max(first, 1e-9):.1f}, "
                f"{second / len(large) * 1e6:.2f} s per MB)"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    print(header(["newsnorm", "dateparser", "htmldate"]))
    print(table(rows()))
    print(linearity())

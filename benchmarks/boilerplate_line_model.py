"""Experiment: does a learned line model beat the hand-set line scores of boilerplate stripping?

    python benchmarks/boilerplate_line_model.py

A logistic regression over the features of each line (its kind, weight, sentence end, colon,
headline shape, position on the page, the furniture run it sits in, whether its neighbours
are prose) is trained on the *silver* bodies of the tuning part of ../shared/corpus/pubdate-html
(trafilatura's extraction from the HTML; a line is positive when its words occur in the
body), then used in place of the hand scores of :mod:`newsnorm.boilerplate.weights` (the
region choice and everything after it unchanged), alone or blended half and half with them.
Every variant is scored on the tuning and check parts of the gold pages and of the silver
pages, split by site as ``tune_check.py`` splits them. Needs numpy (for training only).

Result in the issue-14 round: the model alone lost 0.025 F1 on the gold tuning part, the blend
tied the hand scores on gold and gained 0.004 on the silver check part: the hand weights ship.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_boilerplate import DATA, _page_score, _split_pages, _summary

import newsnorm.boilerplate.cleanup as cleanup_module
from newsnorm import strip_boilerplate
from newsnorm.boilerplate.features import LineInfo, describe_lines
from newsnorm.text import split_lines

KINDS = ("prose", "phrase", "header", "list", "date", "ellipsis", "table", "short")
SHIFT = 0.3
"""A line scores for the article above this probability (the tuning part's best of 0.25-0.6)."""
_WORDS = re.compile(r"\w+")


def _features(infos: list[LineInfo]) -> list[list[float]]:
    rows = []
    run = 0
    count = len(infos)
    for index, info in enumerate(infos):
        run = 0 if info.kind in {"prose", "table"} else run + 1
        row = [1.0 if info.kind == kind else 0.0 for kind in KINDS]
        row += [
            math.log1p(info.weight) / 6,
            min(info.weight, 400) / 400,
            info.score / max(info.weight, 1) if info.kind == "prose" else 0.0,
            float(info.sentence),
            float(info.colon),
            float(info.headline),
            index / max(count, 1),
            min(run, 10) / 10,
        ]
        row += [
            float(0 <= index + step < count and infos[index + step].kind == "prose")
            for step in (-1, 1, -2, 2)
        ]
        rows.append(row)
    return rows


def _train(pages: list[tuple[str, str, str, str]]) -> tuple[Any, float]:
    import numpy as np

    features, labels = [], []
    for _part, _language, page, body in pages:
        lines = [line.text for line in split_lines(page)]
        words = " ".join(_WORDS.findall(body))
        for row, line in zip(_features(describe_lines(lines)), lines, strict=True):
            text = " ".join(_WORDS.findall(line))
            features.append(row)
            labels.append(1.0 if text and text in words else 0.0)
    x, y = np.array(features), np.array(labels)
    mean, spread = x.mean(0), x.std(0) + 1e-9
    x = (x - mean) / spread
    weights, bias = np.zeros(x.shape[1]), 0.0
    for _ in range(3000):  # plain gradient descent, L2 1e-3: a few thousand steps converge
        gradient = 1 / (1 + np.exp(-(x @ weights + bias))) - y
        weights -= 0.5 * (x.T @ gradient / len(y) + 1e-3 * weights)
        bias -= 0.5 * float(gradient.mean())
    return weights / spread, bias - float((mean / spread) @ weights)


def _describer(weights: Any, bias: float, share: float) -> Any:
    def describe(lines: list[str]) -> list[LineInfo]:
        infos = describe_lines(lines)
        result = []
        for info, row in zip(infos, _features(infos), strict=True):
            probability = 1 / (1 + math.exp(-(sum(map(float.__mul__, row, weights)) + bias)))
            learned = (probability - SHIFT) * (min(info.weight, 600) + 20)
            result.append(info._replace(score=(1 - share) * info.score + share * learned))
        return result

    return describe


def main() -> None:
    gold = _split_pages(DATA, silver=False)
    silver = _split_pages(DATA.parent / "pubdate-html", silver=True)
    weights, bias = _train([page for page in silver if page[0] == "tune"])
    weights = [float(value) for value in weights]
    print("| line scores | gold tune | gold check | silver tune | silver check |")
    print("|---|---|---|---|---|")
    for name, share in (("hand (shipped)", 0.0), ("learned", 1.0), ("blend 1:1", 0.5)):
        cleanup_module.describe_lines = _describer(weights, bias, share)  # type: ignore[assignment]
        cells = []
        for pages in (gold, silver):
            for part in ("tune", "check"):
                scores = [
                    _page_score(body, strip_boilerplate(page).text)
                    for where, _language, page, body in pages
                    if where == part
                ]
                cells.append(_summary(scores).split(" | ")[0])
        print(f"| {name} | " + " | ".join(cells) + " |")
    cleanup_module.describe_lines = describe_lines


if __name__ == "__main__":
    main()

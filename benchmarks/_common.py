"""Shared helpers for the benchmark scripts: where the data is, timing, table printing."""

from __future__ import annotations

import gzip
import importlib.metadata
import platform
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"
PAGES = Path(__file__).resolve().parent / "pages"
"""Pages written for the project and shipped with it: plain text, HTML and the article body."""


def version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def header(packages: Iterable[str]) -> str:
    versions = ", ".join(f"{name} {version(name)}" for name in packages)
    return (
        f"python {platform.python_version()} on {platform.machine()} "
        f"({platform.processor() or platform.system()}); {versions}"
    )


def docs_per_second(
    function: Callable[[Any], Any], inputs: Sequence[Any], repeat: int = 1
) -> float:
    """Documents per second of *function* over *inputs* (best of *repeat* passes)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for item in inputs:
            function(item)
        best = min(best, time.perf_counter() - start)
    return len(inputs) / best if best > 0 else float("inf")


def cpu_seconds_per_item(
    function: Callable[[Any], Any], inputs: Sequence[Any], repeat: int = 3
) -> float:
    """CPU seconds per input, the best of *repeat* passes (CPU time: the machine may be shared)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for item in inputs:
            function(item)
        best = min(best, time.process_time() - start)
    return best / max(1, len(inputs))


def boilerplate_pages() -> tuple[list[str], list[str]]:
    """The development pages as (plain texts, HTMLs), in one order; empty without ../shared."""
    paths = sorted((SHARED / "corpus/boilerplate").glob("*.page.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    htmls = [
        gzip.decompress(
            path.with_name(path.name.replace(".page.txt", ".html.gz")).read_bytes()
        ).decode("utf-8", errors="replace")
        for path in paths
    ]
    return texts, htmls


def shipped_pages() -> tuple[list[str], list[str], list[str]]:
    """The pages in benchmarks/pages as (plain texts, HTMLs, article bodies), in one order."""
    paths = sorted(PAGES.glob("*.page.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    htmls = [
        path.with_name(path.name.replace(".page.txt", ".html")).read_text(encoding="utf-8")
        for path in paths
    ]
    bodies = [
        path.with_name(path.name.replace(".page.txt", ".truth.txt")).read_text(encoding="utf-8")
        for path in paths
    ]
    return texts, htmls, bodies


def page_sets() -> list[tuple[str, list[str], list[str]]]:
    """Every page set present, as (label, plain texts, HTMLs): the shipped pages, then the
    development pages of ../shared when that folder is there."""
    texts, htmls, _ = shipped_pages()
    sets = [(f"{len(texts)} shipped pages", texts, htmls)]
    dev_texts, dev_htmls = (
        boilerplate_pages() if (SHARED / "corpus/boilerplate").is_dir() else ([], [])
    )
    if dev_texts:
        sets.append((f"{len(dev_texts)} development pages", dev_texts, dev_htmls))
    return sets


def word_f1(found: str, truth: str) -> float:
    """F1 of the words of *found* against those of *truth*, as bags of words."""
    found_words = Counter(found.split())
    truth_words = Counter(truth.split())
    common = sum((found_words & truth_words).values())
    if not common:
        return 0.0
    precision = common / sum(found_words.values())
    recall = common / sum(truth_words.values())
    return 2 * precision * recall / (precision + recall)


def seconds(function: Callable[[Any], Any], argument: Any) -> float:
    start = time.perf_counter()
    function(argument)
    return time.perf_counter() - start


def table(rows: Sequence[dict[str, Any]]) -> str:
    """A markdown table of *rows* (dicts with the same keys)."""
    if not rows:
        return "(no rows)"
    columns = list(rows[0])
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = [_cell(row.get(column)) for column in columns]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if value < 10 else f"{value:,.0f}"
    return "" if value is None else str(value)

"""CPU time of each pipeline stage per page, beside trafilatura.extract on the same pages.

    python benchmarks/bench_stages.py

Uses the pages shipped in benchmarks/pages, and the development pages of
../shared/corpus/boilerplate when that folder is there: each stage on the page's text
(syndication, boilerplate, publication date) or on the body the boilerplate stage keeps
(dates, quotes, language). CPU time (time.process_time), so that other work on the machine disturbs the figures less
than wall-clock time would: "alone" is the best of three passes of one stage over every
page; "in the pipeline" times each stage in normalise()'s order, page by page, which is what
a stage costs inside the pipeline (the stages share the processor's caches). Inside the
pipeline the two date stages share one memo of the grammar's steps (the body is read first,
then the page for its own date, which meets the body's stretches again): there,
find_dates(body) is the body's reading and resolving, find_publication_date(page) what
the page adds. The last line
of each table compares normalise() with its stages called by hand, the two alternating page
by page: what the pipeline adds of its own.
"""

from __future__ import annotations

import sys

from _common import cpu_seconds_per_item, header, page_sets

import newsnorm
from newsnorm.boilerplate.strip import _strip
from newsnorm.dates.find import _dates_of, _read_dates
from newsnorm.dates.grammar import Steps
from newsnorm.dates.publication import _publication_date


def stage_rows(texts: list[str], htmls: list[str]) -> list[tuple[str, float]]:
    """(stage, CPU ms per page) for each stage, normalise, trafilatura and normalise_html."""
    import trafilatura

    for text in texts:  # warm-up: lazy data loading and compiling is not throughput
        newsnorm.normalise(text)
    bodies = [_strip(text).text for text in texts]
    stages = [
        ("detect_syndication(page)", newsnorm.detect_syndication, texts),
        ("strip boilerplate(page)", _strip, texts),
        ("find_publication_date(page)", newsnorm.find_publication_date, texts),
        ("find_dates(body)", newsnorm.find_dates, bodies),
        ("extract_quotes(body)", newsnorm.extract_quotes, bodies),
        ("detect_language(body)", newsnorm.detect_language, bodies),
        ("normalise(page)", newsnorm.normalise, texts),
        (
            "trafilatura.extract(html)",
            lambda html: trafilatura.extract(html, include_comments=False),
            htmls,
        ),
        ("normalise_html(html)", newsnorm.normalise_html, htmls),
    ]
    copies = max(1, 60 // len(texts))
    return [
        (name, cpu_seconds_per_item(function, inputs * copies) * 1000)
        for name, function, inputs in stages
    ]


def in_pipeline_rows(texts: list[str], passes: int = 3) -> dict[str, float]:
    """CPU ms per page of each stage timed inside the pipeline's own order, page by page.

    Stages run one after the other on each page, as normalise() runs them, so each pays
    for what the others did to the processor's caches; timed alone, on page after page,
    a stage looks cheaper than it is in the pipeline. Each stage's figure is its best pass,
    as in the "alone" column, so that the two columns differ by the order of the calls only.
    (Counted in instructions under valgrind, the two orders do the same work, within 2 %:
    the difference is the processor's caches and the clock read around every call.)
    """
    import time

    clock = time.process_time
    names = (
        "detect_syndication",
        "strip boilerplate",
        "find_publication_date",
        "find_dates",
        "extract_quotes",
        "detect_language",
    )
    best = dict.fromkeys(names, float("inf"))
    copies = max(1, 60 // len(texts))
    pages = texts * copies
    for _ in range(passes):
        totals = dict.fromkeys(names, 0.0)
        for text in pages:
            start = clock()
            found = newsnorm.detect_syndication(text)
            after_syndication = clock()
            stripped = _strip(text, syndication=found)
            after_strip = clock()
            steps: Steps = {}  # as normalise() does: the body is read, then the page
            reading = _read_dates(stripped.text, steps=steps)
            after_reading = clock()
            published = _publication_date(text, url=None, today=None, steps=steps)
            after_published = clock()
            _dates_of(stripped.text, reading, published.date if published else None)
            after_dates = clock()
            newsnorm.extract_quotes(stripped.text)
            after_quotes = clock()
            newsnorm.detect_language(stripped.text)
            after_language = clock()
            totals["detect_syndication"] += after_syndication - start
            totals["strip boilerplate"] += after_strip - after_syndication
            totals["find_publication_date"] += after_published - after_reading
            totals["find_dates"] += (after_reading - after_strip) + (after_dates - after_published)
            totals["extract_quotes"] += after_quotes - after_dates
            totals["detect_language"] += after_language - after_quotes
        for name, total in totals.items():
            best[name] = min(best[name], total)
    return {name: total / len(pages) * 1000 for name, total in best.items()}


def pipeline_cost(texts: list[str], passes: int = 3) -> tuple[float, float]:
    """CPU ms per page of normalise() and of its stages called by hand, page by page.

    The two alternate on each page (best of *passes* for each page), so that other work on
    the machine weighs on both alike; their difference is what the pipeline itself adds.
    """
    import time

    def by_hand(text: str) -> None:
        found = newsnorm.detect_syndication(text)
        stripped = _strip(text, syndication=found)
        steps: Steps = {}
        reading = _read_dates(stripped.text, steps=steps)
        published = _publication_date(text, url=None, today=None, steps=steps)
        _dates_of(stripped.text, reading, published.date if published else None)
        newsnorm.extract_quotes(stripped.text)
        newsnorm.detect_language(stripped.text if stripped.text.strip() else text)

    clock = time.process_time
    whole = [float("inf")] * len(texts)
    parts = [float("inf")] * len(texts)
    for _ in range(passes):
        for index, text in enumerate(texts):
            start = clock()
            newsnorm.normalise(text)
            middle = clock()
            by_hand(text)
            end = clock()
            whole[index] = min(whole[index], middle - start)
            parts[index] = min(parts[index], end - middle)
    return sum(whole) / len(texts) * 1000, sum(parts) / len(texts) * 1000


def main() -> int:
    print(header(["newsnorm", "trafilatura"]))
    for label, texts, htmls in page_sets():
        alone = stage_rows(texts, htmls)
        inside = in_pipeline_rows(texts)
        print(f"\n{label}\n\n| stage | CPU ms per page, alone | in the pipeline |\n|---|---|---|")
        for name, milliseconds in alone:
            key = name.split("(")[0]
            within = inside.get(key)
            shown = f"{within:.2f}" if within is not None else ""
            print(f"| {name} | {milliseconds:.2f} | {shown} |", flush=True)
        print(f"| sum of the stages in the pipeline | | {sum(inside.values()):.2f} |")
        whole, parts = pipeline_cost(texts)
        print(
            f"\nnormalise() {whole:.2f} ms against its stages called by hand {parts:.2f} ms, "
            f"page by page, alternated: the pipeline itself adds {whole - parts:.2f} ms a page"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

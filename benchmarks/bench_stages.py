"""CPU time of each pipeline stage per page, beside trafilatura.extract on the same pages.

    python benchmarks/bench_stages.py

Uses the pages shipped in benchmarks/pages, and the development pages of
../shared/corpus/boilerplate when that folder is there: each stage on the page's text
(syndication, boilerplate, publication date) or on the body the boilerplate stage keeps
(dates, quotes, language). CPU time (time.process_time), best of three passes, so that other
work on the machine disturbs the figures less than wall-clock time would.
"""

from __future__ import annotations

import sys

from _common import cpu_seconds_per_item, header, page_sets

import newsnorm
from newsnorm.boilerplate import _strip


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


def main() -> int:
    print(header(["newsnorm", "trafilatura"]))
    for label, texts, htmls in page_sets():
        print(f"\n{label}\n\n| stage | CPU ms per page |\n|---|---|")
        for name, milliseconds in stage_rows(texts, htmls):
            print(f"| {name} | {milliseconds:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

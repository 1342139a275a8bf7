"""CPU time of each pipeline stage per page, beside trafilatura.extract on the same pages.

    python benchmarks/bench_stages.py

Uses the development pages of ../shared/corpus/boilerplate: each stage on the page's text
(syndication, boilerplate, publication date) or on the body the boilerplate stage keeps
(dates, quotes, language). CPU time (time.process_time), best of three passes, so that other
work on the machine disturbs the figures less than wall-clock time would.
"""

from __future__ import annotations

import sys

from _common import SHARED, boilerplate_pages, cpu_seconds_per_item, header

import newsnorm
from newsnorm.boilerplate import _strip


def main() -> int:
    texts, htmls = boilerplate_pages()
    if not texts:
        print(f"bench_stages: no pages in {SHARED / 'corpus/boilerplate'}", file=sys.stderr)
        return 1
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
    print(header(["newsnorm", "trafilatura"]))
    print(f"{len(texts)} pages\n\n| stage | CPU ms per page |\n|---|---|")
    for name, function, inputs in stages:
        print(f"| {name} | {cpu_seconds_per_item(function, inputs) * 1000:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

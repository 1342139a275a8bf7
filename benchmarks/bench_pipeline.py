"""The whole pipeline: normalise() on each page's text, normalise_html() on its HTML, beside
trafilatura.extract() on the same HTML.

    python benchmarks/bench_pipeline.py
"""

from __future__ import annotations

import sys

from _common import SHARED, boilerplate_pages, docs_per_second, header, seconds, table


def rows(repeat: int = 2) -> list[dict]:
    if not (SHARED / "corpus/boilerplate").is_dir():
        print("bench_pipeline: ../shared/corpus/boilerplate not found, skipped", file=sys.stderr)
        return []
    import trafilatura

    import newsnorm

    texts, htmls = boilerplate_pages()
    newsnorm.normalise(texts[0])
    newsnorm.normalise_html(htmls[0])
    trafilatura.extract(htmls[0])
    baseline = docs_per_second(
        lambda html: trafilatura.extract(html, include_comments=False), htmls, repeat
    )
    ours_text = docs_per_second(newsnorm.normalise, texts, repeat)
    ours_html = docs_per_second(newsnorm.normalise_html, htmls, repeat)
    pages = f"{len(texts)} pages"
    return [
        {
            "job": "pipeline",
            "library": "newsnorm.normalise (page text)",
            "quality": pages,
            "docs/s": ours_text,
            "vs trafilatura": f"{ours_text / baseline:.1f}x",
        },
        {
            "job": "pipeline",
            "library": "newsnorm.normalise_html (HTML)",
            "quality": pages,
            "docs/s": ours_html,
            "vs trafilatura": f"{ours_html / baseline:.2f}x",
        },
        {
            "job": "pipeline",
            "library": "trafilatura.extract (HTML)",
            "quality": pages,
            "docs/s": baseline,
            "vs trafilatura": "1.0x",
        },
    ]


def linearity() -> str:
    import newsnorm

    unit = 'He said "yes (AP) on 2025-01-02, Tuesday.\n'
    small = unit * 2_500
    large = small * 10
    return (
        f"normalise on {len(small):,} / {len(large):,} characters of hostile text: "
        f"{seconds(newsnorm.normalise, small):.2f} s / {seconds(newsnorm.normalise, large):.2f} s"
    )


if __name__ == "__main__":
    print(header(["newsnorm", "trafilatura"]))
    print(table(rows()))
    print(linearity())

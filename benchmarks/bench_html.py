"""The HTML path's speed: ``newsnorm.normalise_html`` against ``trafilatura.extract``.

Run ``python benchmarks/bench_html.py [FOLDER ...]`` from the repository. Both tools get the
same pages in the same run: trafilatura with its defaults (comments off, as the
article-extraction benchmark runs it), newsnorm with everything it does on a page (body,
cleanup, publication date, syndication, dates, quotes, language). Before timing, every page
goes once through each tool (lazy imports, language profiles and caches are not counted);
then the pages are timed interleaved, page by page, several passes, and the fastest pass
counts, so that load from other processes on the machine hits both tools alike.

The pages are the development pages in ``../shared/corpus/boilerplate`` and
``../shared/corpus/pubdate-html`` (``*.html.gz``) when present, or any folders of ``*.html``
/ ``*.html.gz`` given on the command line; without either, a few pages written here are used.
"""

from __future__ import annotations

import gzip
import sys
import time
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FOLDERS = (SHARED / "boilerplate", SHARED / "pubdate-html")
PASSES = 3
"""Timed passes over the pages; the fastest counts (the least disturbed by other load)."""

_PARAGRAPH = (
    "<p>The {n} ferry between the island and the mainland sailed again on Monday after "
    "three weeks of repairs to its engine, the harbour office said in a statement; "
    "passengers waited on the quay for {n} minutes before boarding began.</p>"
)


def written_pages() -> list[str]:
    """A few pages written here, for running without ``../shared``."""
    pages = []
    for n in range(1, 13):
        body = "".join(_PARAGRAPH.format(n=n + k) for k in range(n))
        pages.append(
            "<html><head><title>Ferry back</title>"
            f'<meta property="article:published_time" content="2024-03-{n:02d}T08:00:00Z">'
            "</head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
            f"<article><h1>Ferry back</h1><p>Published {n} March 2024</p>{body}</article>"
            "<footer>Copyright 2024 The Gazette</footer></body></html>"
        )
    return pages


def load_pages(folders: list[Path]) -> list[str]:
    """The decoded HTML of every ``*.html`` / ``*.html.gz`` in *folders*."""
    pages = []
    for folder in folders:
        for path in sorted(folder.glob("*.html*")):
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            pages.append(data.decode("utf-8", errors="replace"))
    return pages


def _trafilatura(html: str) -> Any:
    import trafilatura

    return trafilatura.extract(html, include_comments=False)


def _newsnorm(html: str) -> Any:
    import newsnorm

    return newsnorm.normalise_html(html)


def measure(pages: list[str]) -> dict[str, float]:
    """Docs/s of each tool on *pages*: warm-up pass, then interleaved timed passes."""
    tools = {"trafilatura.extract (defaults)": _trafilatura, "newsnorm.normalise_html": _newsnorm}
    for page in pages:
        for tool in tools.values():
            tool(page)
    best = dict.fromkeys(tools, float("inf"))
    for _ in range(PASSES):
        spent = dict.fromkeys(tools, 0.0)
        for page in pages:
            for name, tool in tools.items():
                start = time.process_time()
                tool(page)
                spent[name] += time.process_time() - start
        best = {name: min(best[name], spent[name]) for name in tools}
    return {name: len(pages) / seconds for name, seconds in best.items() if seconds > 0}


def main(argv: list[str]) -> None:
    """Print docs/s of both tools and their ratio."""
    folders = [Path(arg) for arg in argv] or [folder for folder in FOLDERS if folder.is_dir()]
    pages = load_pages(folders) if folders else []
    source = ", ".join(str(folder) for folder in folders) if pages else "pages written here"
    pages = pages or written_pages()
    rates = measure(pages)
    print(f"{len(pages)} pages ({source}); CPU time, fastest of {PASSES} interleaved passes")
    print("| tool | docs/s |\n|---|---:|")
    for name, rate in rates.items():
        print(f"| {name} | {rate:.1f} |")
    values = list(rates.values())
    if len(values) == 2 and values[0] > 0:
        print(f"\nnewsnorm / trafilatura: {values[1] / values[0]:.2f}x")


if __name__ == "__main__":
    main(sys.argv[1:])

"""The whole pipeline: normalise() on each page's text, normalise_html() on its HTML, beside
trafilatura.extract() (and jusText, when installed) on the same HTML, in the same run.

    python benchmarks/bench_pipeline.py

Runs on the pages shipped in benchmarks/pages (written for the project: news pages with
menus, share lines, newsletter boxes, related links and footers, in four languages), and
also on the development pages of ../shared when that folder is there. "body F1" compares
each extractor's text with the article body of the shipped pages (bags of words). Speed is
documents per CPU second (time.process_time, so other work on the machine disturbs it
little), best of three passes, on one core.
"""

from __future__ import annotations

import json
import sys

from _common import (
    PAGES,
    cpu_seconds_per_item,
    header,
    page_sets,
    seconds,
    shipped_pages,
    table,
    word_f1,
)

STOPLISTS = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def _justext(languages: list[str]):
    """jusText with each page's own stop list (it needs to be told the language)."""
    try:
        import justext
    except ImportError:
        return None

    def extract(index: int, html: str) -> str:
        stoplist = justext.get_stoplist(STOPLISTS.get(languages[index], "English"))
        paragraphs = justext.justext(html.encode("utf-8"), stoplist)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return extract


def _trafilatura():
    try:
        import trafilatura
    except ImportError:
        return None
    return lambda html: trafilatura.extract(html, include_comments=False) or ""


def quality_rows() -> list[dict]:
    """Article-body F1 on the shipped pages, for newsnorm and each peer."""
    import newsnorm

    texts, htmls, bodies = shipped_pages()
    index_entries = {
        entry["page"]: entry
        for entry in json.loads((PAGES / "index.json").read_text(encoding="utf-8"))
    }
    languages = [
        index_entries[path.name.removesuffix(".page.txt")]["language"]
        for path in sorted(PAGES.glob("*.page.txt"))
    ]
    justext_extract = _justext(languages)
    candidates = [
        ("newsnorm.normalise (page text)", lambda i: newsnorm.normalise(texts[i]).text),
        ("newsnorm.normalise_html (HTML)", lambda i: newsnorm.normalise_html(htmls[i]).text),
    ]
    trafilatura_extract = _trafilatura()
    candidates.append(
        (
            "trafilatura.extract (HTML)",
            None if trafilatura_extract is None else lambda i: trafilatura_extract(htmls[i]),
        )
    )
    candidates.append(
        (
            "jusText (HTML, told the language)",
            None if justext_extract is None else lambda i: justext_extract(i, htmls[i]),
        )
    )
    rows = []
    for name, run in candidates:
        if run is None:
            rows.append({"job": "article body", "library": name, "body F1": "not installed"})
            continue
        scores = [word_f1(run(index), bodies[index]) for index in range(len(texts))]
        rows.append({"job": "article body", "library": name, "body F1": sum(scores) / len(scores)})
    return rows


def speed_rows(repeat: int = 3) -> list[dict]:
    """Pages per CPU second (time.process_time: the machine may be shared), best of passes."""
    import newsnorm

    rows = []
    baseline_extract = _trafilatura()
    for label, texts, htmls in page_sets():
        copies = max(1, 60 // len(texts))  # small sets run as several copies
        newsnorm.normalise(texts[0])
        newsnorm.normalise_html(htmls[0])
        ours_text = 1 / cpu_seconds_per_item(newsnorm.normalise, texts * copies, repeat)
        ours_html = 1 / cpu_seconds_per_item(newsnorm.normalise_html, htmls * copies, repeat)
        baseline = None
        if baseline_extract is not None:
            baseline_extract(htmls[0])
            baseline = 1 / cpu_seconds_per_item(baseline_extract, htmls * copies, repeat)

        def versus(rate: float, baseline: float | None = baseline) -> str:
            return "n/a" if baseline is None else f"{rate / baseline:.1f}x"

        rows += [
            {
                "pages": label,
                "library": "newsnorm.normalise (page text)",
                "docs/s": ours_text,
                "vs trafilatura": versus(ours_text),
            },
            {
                "pages": label,
                "library": "newsnorm.normalise_html (HTML)",
                "docs/s": ours_html,
                "vs trafilatura": versus(ours_html),
            },
            {
                "pages": label,
                "library": "trafilatura.extract (HTML)",
                "docs/s": baseline if baseline is not None else "not installed",
                "vs trafilatura": "1.0x" if baseline is not None else "n/a",
            },
        ]
    return rows


def rows() -> list[dict]:
    """One table for run.py: quality on the shipped pages, then speed on every page set."""
    quality = quality_rows()
    speed = speed_rows()
    merged = []
    for row in quality:
        merged.append(
            {
                "pages": "shipped",
                "library": row["library"],
                "body F1": row["body F1"],
                "docs/s": "",
                "vs trafilatura": "",
            }
        )
    for row in speed:
        merged.append(
            {
                "pages": row["pages"],
                "library": row["library"],
                "body F1": "",
                "docs/s": row["docs/s"],
                "vs trafilatura": row["vs trafilatura"],
            }
        )
    return merged


def first_call() -> str:
    """Seconds of the first normalise() call in a fresh process (imports excluded)."""
    import subprocess

    code = (
        "import time, newsnorm; page = open(%r, encoding='utf-8').read(); "
        "start = time.perf_counter(); newsnorm.normalise(page); print(time.perf_counter() - start)"
    )
    page = min(PAGES.glob("*.page.txt"))
    result = subprocess.run(
        [sys.executable, "-c", code % str(page)], capture_output=True, text=True, check=True
    )
    return f"first normalise() call in a fresh process: {float(result.stdout):.2f} s"


def linearity() -> str:
    import newsnorm

    unit = 'He said "yes (AP) on 2025-01-02, Tuesday.\n'
    small = unit * 2_500
    large = small * 10
    return (
        f"normalise on {len(small):,} / {len(large):,} characters of hostile text: "
        f"{seconds(newsnorm.normalise, small):.2f} s / {seconds(newsnorm.normalise, large):.2f} s; "
        + first_call()
    )


if __name__ == "__main__":
    print(header(["newsnorm", "trafilatura", "justext"]))
    print(table(quality_rows()))
    print()
    print(table(speed_rows()))
    print(linearity())

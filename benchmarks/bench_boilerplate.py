"""Boilerplate removal: newsnorm against trafilatura and jusText on the same pages, same run.

Run ``python benchmarks/bench_boilerplate.py`` from the repository. It reads the development
pages in ``../shared/corpus/boilerplate`` (whole-page text, HTML and annotated body), scores
every tool with the article-extraction-benchmark metric (4-token shingles, precision and
recall averaged over pages, F1 of the means) and prints one markdown table per mode, then a
linearity line: the time of ``strip_boilerplate`` on hostile input at two sizes.

``rows()`` returns the table rows as dicts for ``benchmarks/run.py``.

``python benchmarks/bench_boilerplate.py --parts`` adds what the project is tuned and checked
on: the pages split by site into a tuning and a check part (``../shared/tools/tune_check.py``,
the same deterministic split), each part by language, and the same for the real pages of
``../shared/corpus/pubdate-html``, whose *silver* bodies are trafilatura's extraction from
their HTML (no human annotation: a disagreement is where to look, not always an error); then
the CPU time of the stripping per page.

``python benchmarks/bench_boilerplate.py --passes N`` strips the 60 development pages once
(warm-up) and then N more times, without ``detect_syndication``, and prints nothing: a
machine-independent cost for a loaded machine. Under
``valgrind --tool=cachegrind --cache-sim=no`` (or callgrind, but another user's
``callgrind_control`` can switch a callgrind run's counting off), the instructions of
``--passes 2`` less those of ``--passes 0``, divided by 120, are the instructions of the line
stripping per page.
"""

from __future__ import annotations

import gzip
import html
import importlib.metadata
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

DATA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "boilerplate"
_WORD = re.compile(r"\w+")
REPEAT = 3
CHECK_SHARE = 0.3
"""Share of sites in the check part: tune_check.py's default."""
SILVER_MIN_CHARS = 200
"""A silver body shorter than this is trafilatura finding nothing: the page is left out."""
MAX_LANGUAGES = 6
"""Languages shown per part, the most frequent first."""
MIN_TITLE_PART = 15
"""A headline this long that is part of the page's title (before " | Site") matches it."""
TITLES: dict[str, list[str]] = {}
"""The titles of each page read by _split_pages, by page text."""


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _WORD.findall(text)
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def _pages() -> list[dict[str, str]]:
    pages = []
    for line in (DATA / "index.jsonl").read_text(encoding="utf-8").splitlines():
        page_id = json.loads(line)["id"]
        pages.append(
            {
                "text": (DATA / f"{page_id}.page.txt").read_text(encoding="utf-8"),
                "html": gzip.decompress((DATA / f"{page_id}.html.gz").read_bytes()).decode(
                    "utf-8", "replace"
                ),
                "truth": (DATA / f"{page_id}.truth.txt").read_text(encoding="utf-8"),
            }
        )
    return pages


def _as_text(result: Any) -> str:
    if result is None:
        return ""
    if isinstance(result, str):
        return result
    return str(getattr(result, "text", "") or "")


def _lines_as_html(text: str) -> str:
    paragraphs = "".join(
        f"<p>{html.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip()
    )
    return f"<html><body>\n{paragraphs}</body></html>"


def _tools() -> list[tuple[str, str, Callable[[str], Any]]]:
    import justext
    import trafilatura

    import newsnorm

    stoplist = justext.get_stoplist("English")

    def justext_html(page: str) -> str:
        paragraphs = justext.justext(page, stoplist)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    def trafilatura_html(page: str) -> str | None:
        return trafilatura.extract(page, include_comments=False)

    return [
        ("text", "newsnorm.strip_boilerplate", newsnorm.strip_boilerplate),
        ("text", "trafilatura (lines as <p>)", lambda t: trafilatura_html(_lines_as_html(t))),
        ("text", "jusText (lines as <p>)", lambda t: justext_html(_lines_as_html(t))),
        ("html", "newsnorm.normalise_html", newsnorm.normalise_html),
        ("html", "trafilatura.extract", trafilatura_html),
        ("html", "jusText", justext_html),
    ]


def _run(
    function: Callable[[str], Any], pages: list[dict[str, str]], mode: str
) -> tuple[list[str], float]:
    outputs, seconds = [], 0.0
    for page in pages:
        start = time.perf_counter()
        try:
            outputs.append(_as_text(function(page[mode])))
        except Exception:
            outputs.append("")
        seconds += time.perf_counter() - start
    return outputs, seconds


def _score(
    function: Callable[[str], Any], pages: list[dict[str, str]], mode: str
) -> dict[str, Any]:
    function(pages[0][mode])  # warm-up: lazy imports and caches are not timed
    outputs, seconds = _run(function, pages, mode)
    for _ in range(REPEAT - 1):  # the fastest pass counts: a shared machine is noisy
        seconds = min(seconds, _run(function, pages, mode)[1])
    precisions, recalls, empty = [], [], 0
    for page, predicted in zip(pages, outputs, strict=True):
        truth, guess = _shingles(page["truth"]), _shingles(predicted)
        common = sum((truth & guess).values())
        if guess:
            precisions.append(common / sum(guess.values()))
        else:
            empty += 1
        recalls.append(common / max(sum(truth.values()), 1))
    precision = sum(precisions) / max(len(precisions), 1)
    recall = sum(recalls) / len(recalls)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "f1": round(f1, 3),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "empty": empty,
        "docs_per_s": round(len(pages) / seconds, 1),
    }


def rows() -> list[dict[str, Any]]:
    """One row per (mode, tool): F1, precision, recall, empty pages and documents per second."""
    if not DATA.is_dir():
        print(f"development pages not found at {DATA}: nothing to measure")
        return []
    pages = _pages()
    return [
        {"job": "boilerplate", "mode": mode, "tool": name, **_score(function, pages, mode)}
        for mode, name, function in _tools()
    ]


def linearity_seconds() -> tuple[float, float]:
    """Seconds of ``strip_boilerplate`` on a hostile page of about 100 KB and of about 1 MB."""
    from newsnorm import strip_boilerplate

    unit = "Related\n* Home\nShare (((( By Jane Roe\n" + "word " * 20 + "\n"
    timings = []
    for size in (100_000, 1_000_000):
        page = unit * (size // len(unit))
        best = float("inf")
        for _ in range(REPEAT):
            start = time.perf_counter()
            strip_boilerplate(page)
            best = min(best, time.perf_counter() - start)
        timings.append(best)
    return timings[0], timings[1]


def linearity() -> str:
    """The linearity line: time at two sizes of hostile input, and their ratio."""
    small, large = linearity_seconds()
    return (
        f"strip_boilerplate on hostile input, 100 KB {small:.3f} s, "
        f"1 MB {large:.3f} s (ratio {large / small:.1f}, linear = 10)"
    )


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _page_score(truth: str, predicted: str) -> tuple[float | None, float]:
    """Page precision (``None`` for an empty prediction) and recall, as the benchmark counts."""
    truth_shingles, guess = _shingles(truth), _shingles(predicted)
    common = sum((truth_shingles & guess).values())
    precision = common / sum(guess.values()) if guess else None
    return precision, common / max(sum(truth_shingles.values()), 1)


def _summary(scores: list[tuple[float | None, float]]) -> str:
    precisions = [precision for precision, _recall in scores if precision is not None]
    precision = sum(precisions) / max(len(precisions), 1)
    recall = sum(recall for _precision, recall in scores) / max(len(scores), 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    empty = len(scores) - len(precisions)
    return f"{f1:.3f} | {precision:.3f} | {recall:.3f} | {empty} | {len(scores)}"


def _split_pages(folder: Path, silver: bool) -> list[tuple[str, str, str, str]]:
    """``(part, language, page text, body)`` for each page of *folder* with a body."""
    sys.path.insert(0, str(DATA.parents[1] / "tools"))
    from tune_check import groups, to_check  # the split every engineer reports

    import newsnorm

    rows = [json.loads(line) for line in (folder / "index.jsonl").read_text().splitlines()]
    ids = [str(row["id"]) for row in rows]
    pages = []
    for row, group in zip(rows, groups(rows, ids), strict=True):
        page = (folder / f"{row['id']}.page.txt").read_text(encoding="utf-8")
        raw = gzip.decompress((folder / f"{row['id']}.html.gz").read_bytes())
        page_html = raw.decode(row.get("encoding") or "utf-8", "replace")
        TITLES[page] = _page_titles(page_html)
        if silver:
            import trafilatura

            extracted = trafilatura.extract(page_html, include_comments=False)
            body = (extracted or "").replace("\n", "\n\n")
            if len(body) < SILVER_MIN_CHARS:
                continue  # trafilatura found no body: nothing to compare with
        else:
            body = (folder / f"{row['id']}.truth.txt").read_text(encoding="utf-8")
        part = "check" if to_check(group, CHECK_SHARE) else "tune"
        pages.append((part, newsnorm.detect_language(body).code, page, body))
    return pages


_TITLE_PATTERNS = [
    re.compile(pattern, re.IGNORECASE | re.DOTALL)
    for pattern in (
        r"<meta[^>]+property=[\"']og:title[\"'][^>]*content=[\"']([^\"']*)",
        r"<meta[^>]+content=[\"']([^\"']*)[\"'][^>]*property=[\"']og:title",
        r"<h1[^>]*>(.*?)</h1>",
        r"<title[^>]*>(.*?)</title>",
    )
]
_TAG = re.compile(r"<[^>]+>")


def _words(text: str | None) -> str:
    return " ".join(_WORD.findall((text or "").casefold()))


def _page_titles(page_html: str) -> list[str]:
    """The page's own titles: og:title, every <h1>, <title>; as lower-case words."""
    titles = []
    for pattern in _TITLE_PATTERNS:
        for match in pattern.finditer(page_html):
            words = _words(html.unescape(_TAG.sub(" ", match.group(1))))
            if words:
                titles.append(words)
    return titles


def _title_matches(title: str | None, titles: list[str]) -> bool:
    """Whether a found headline is one of the page's titles (or a long part of one)."""
    words = _words(title)
    return bool(words) and any(
        words == other or (len(words) > MIN_TITLE_PART and words in other) for other in titles
    )


def parts() -> None:
    """Print F1 by part (tune, check) and language on gold and silver pages, and CPU time."""
    from _common import cpu_seconds_per_item

    import newsnorm
    from newsnorm.boilerplate.strip import _strip

    for name, folder, silver in (
        ("gold", DATA, False),
        ("silver (trafilatura on the HTML)", DATA.parent / "pubdate-html", True),
    ):
        if not folder.is_dir():
            continue
        pages = _split_pages(folder, silver)
        print(f"### {name} bodies, {folder.name}\n")
        print("| part | language | F1 | precision | recall | empty | pages |")
        print("|---|---|---|---|---|---|---|")
        scored = [
            (part, language, _page_score(body, newsnorm.strip_boilerplate(page).text))
            for part, language, page, body in pages
        ]
        for part in ("tune", "check"):
            in_part = [(language, score) for where, language, score in scored if where == part]
            print(f"| {part} | all | {_summary([score for _language, score in in_part])} |")
            languages = Counter(language for language, _score in in_part)
            for language, _count in languages.most_common(MAX_LANGUAGES):
                chosen = [score for where, score in in_part if where == language]
                print(f"| {part} | {language} | {_summary(chosen)} |")
        for part in ("tune", "check"):
            chosen = [page for where, _language, page, _body in pages if where == part]
            matches = sum(
                _title_matches(newsnorm.strip_boilerplate(page).title, TITLES[page])
                for page in chosen
            )
            print(
                f"headline is the page's title (og:title, h1 or title), {part}: "
                f"{matches} of {len(chosen)} pages"
            )
        print()
    texts = [
        (DATA / f"{json.loads(line)['id']}.page.txt").read_text(encoding="utf-8")
        for line in (DATA / "index.jsonl").read_text().splitlines()
    ]
    size = sum(map(len, texts)) / len(texts) / 1000
    for text in texts:
        newsnorm.strip_boilerplate(text)  # warm-up: data loading is not throughput
    print(
        f"CPU per page (mean {size:.1f} K characters), best of {REPEAT} passes: "
        f"strip_boilerplate {cpu_seconds_per_item(newsnorm.strip_boilerplate, texts) * 1000:.2f} ms, "
        f"of which the line stripping (without detect_syndication) "
        f"{cpu_seconds_per_item(_strip, texts) * 1000:.2f} ms"
    )


def passes(count: int) -> None:
    """Strip the development pages once, then *count* more times (for instruction counts)."""
    from _common import boilerplate_pages

    from newsnorm.boilerplate.strip import _strip

    texts = boilerplate_pages()[0]
    for _ in range(count + 1):
        for text in texts:
            _strip(text, syndication=())


def main() -> None:
    if "--passes" in sys.argv[1:]:
        passes(int(sys.argv[sys.argv.index("--passes") + 1]))
        return
    if "--parts" in sys.argv[1:]:
        parts()
        return
    table = rows()
    if not table:
        sys.exit(0)
    print(
        f"newsnorm {_version('newsnorm')}, trafilatura {_version('trafilatura')}, "
        f"jusText {_version('justext')}; {len(_pages())} pages from {DATA.name}\n"
    )
    for mode in ("text", "html"):
        print(f"### {mode} mode\n")
        print("| tool | F1 | precision | recall | empty | docs/s |")
        print("|---|---|---|---|---|---|")
        for row in table:
            if row["mode"] == mode:
                print(
                    f"| {row['tool']} | {row['f1']:.3f} | {row['precision']:.3f} | "
                    f"{row['recall']:.3f} | {row['empty']} | {row['docs_per_s']} |"
                )
        print()
    print(linearity())


if __name__ == "__main__":
    main()

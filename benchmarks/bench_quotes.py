"""Quote extraction: newsnorm beside the regex baseline of eval_quotes.py on the development set.

python benchmarks/bench_quotes.py

Scores with the scorer's own functions (span F1, speaker accuracy on matched quotes, end-to-end
F1), so the numbers are the ones `eval_quotes.py` prints.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time

from _common import SHARED, docs_per_second, header, table


def _scorer():
    path = SHARED / "tools/eval_quotes.py"
    spec = importlib.util.spec_from_file_location("eval_quotes", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_quotes"] = module
    spec.loader.exec_module(module)
    return module


def rows() -> list[dict]:
    data_path = SHARED / "corpus/quotes/dev.jsonl"
    if not data_path.exists() or not (SHARED / "tools/eval_quotes.py").exists():
        print(f"bench_quotes: {data_path} or eval_quotes.py not found, skipped", file=sys.stderr)
        return []
    from newsnorm.quotes import extract_quotes

    scorer = _scorer()
    cases = [json.loads(line) for line in data_path.open(encoding="utf-8") if line.strip()]
    texts = [case["text"] for case in cases]
    extractors = {
        "newsnorm": extract_quotes,
        "regex baseline (eval_quotes.py)": scorer.regex_baseline,
    }
    result = []
    for name, extract in extractors.items():
        extract("“Warm up,” she said.")
        scored = [
            scorer.score_case(
                case, [scorer.to_pred(quote, case["text"]) for quote in extract(case["text"])]
            )
            for case in cases
        ]
        summary = scorer.summarise(scored)
        result.append(
            {
                "job": "quotes",
                "library": name,
                "quality": (
                    f"span F1 {summary['F1']:.3f}, speaker {summary['speaker_strict']:.3f}, "
                    f"e2e F1 {summary['e2e_F1']:.3f}, negatives with FP "
                    f"{summary['negatives_with_fp']}/{summary['negatives']} ({len(cases)} texts)"
                ),
                "docs/s": docs_per_second(extract, texts, repeat=3),
            }
        )
    return result


def page_speed() -> str:
    """Milliseconds per seed page (whole pages with boilerplate, 2-11 KB)."""
    from newsnorm.quotes import extract_quotes

    pages = [path.read_text(encoding="utf-8") for path in sorted((SHARED / "seeds").glob("*.txt"))]
    if not pages:
        return "seed pages not found"
    extract_quotes(pages[0])
    start = time.perf_counter()
    for _ in range(5):
        for page in pages:
            extract_quotes(page)
    elapsed = (time.perf_counter() - start) / (5 * len(pages))
    size = sum(map(len, pages)) / len(pages)
    return f"extract_quotes on whole seed pages (mean {size:,.0f} characters): {elapsed * 1000:.2f} ms/page"


def linearity() -> str:
    from newsnorm.quotes import extract_quotes

    notes = []
    for label, unit in (
        ("unbalanced marks", "\u201ca "),
        (
            "he said, she said",
            "\u201cWe go,\u201d he said, \u201cnow.\u201d She said: \u201cNo.\u201d ",
        ),
    ):
        small = unit * (50_000 // len(unit))
        large = unit * (500_000 // len(unit))
        timings = []
        for text in (small, large):
            start = time.process_time()
            extract_quotes(text)
            timings.append(time.process_time() - start)
        notes.append(
            f"{label} {len(small):,} / {len(large):,} characters: "
            f"{timings[0] * 1000:.0f} ms / {timings[1] * 1000:.0f} ms "
            f"(x{timings[1] / max(timings[0], 1e-9):.1f} for x10 input)"
        )
    return "extract_quotes on " + "; ".join(notes)


if __name__ == "__main__":
    print(header(["newsnorm", "regex"]))
    print(table(rows()))
    print(page_speed())
    print(linearity())

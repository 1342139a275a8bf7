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

from _common import SHARED, cpu_seconds_per_item, docs_per_second, header, table


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
    """Milliseconds of CPU per article body (truth.txt) and per whole seed page."""
    from newsnorm.quotes import extract_quotes

    bodies = [
        path.read_text(encoding="utf-8")
        for path in sorted((SHARED / "corpus/boilerplate").glob("*.truth.txt"))
    ]
    pages = [path.read_text(encoding="utf-8") for path in sorted((SHARED / "seeds").glob("*.txt"))]
    if not bodies or not pages:
        return "article bodies or seed pages not found"
    extract_quotes(pages[0])
    body_size = sum(map(len, bodies)) / len(bodies)
    page_size = sum(map(len, pages)) / len(pages)
    return (
        f"extract_quotes CPU time, best of 3: {cpu_seconds_per_item(extract_quotes, bodies) * 1000:.2f}"
        f" ms per article body ({len(bodies)} truth.txt files, mean {body_size:,.0f} characters);"
        f" {cpu_seconds_per_item(extract_quotes, pages) * 1000:.2f} ms per whole seed page"
        f" (mean {page_size:,.0f} characters)"
    )


_NAMED = frozenset(
    {"name", "name_expanded", "relative_name", "relative_name_expanded", "inner_cue"}
    | {"transcript_label"}
)


def polnear() -> list[str]:
    """Span F1 and end-to-end F1 on PolNeAR's train and dev splits, all quotes and named only.

    "named only" makes the quotes whose gold speaker does not come from a name optional, as
    the corpus README recommends: their automatic gold is less reliable.
    """
    from newsnorm.quotes import extract_quotes

    scorer = _scorer()
    if scorer is None:
        return []
    lines = []
    for split in ("train", "dev"):
        path = SHARED / f"corpus/quotes-polnear/{split}/index.jsonl"
        if not path.exists():
            continue
        cases = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        for label, named in (("all", False), ("named", True)):
            rows = []
            for original in cases:
                case = json.loads(json.dumps(original))
                if named:
                    for quote in case["quotes"]:
                        if quote.get("speaker_from") not in _NAMED:
                            quote["optional"] = True
                predictions = [
                    scorer.to_pred(quote, case["text"]) for quote in extract_quotes(case["text"])
                ]
                rows.append(scorer.score_case(case, predictions))
            summary = scorer.summarise(rows)
            lines.append(
                f"PolNeAR {split} ({label}): span F1 {summary['F1']:.3f}, speaker "
                f"{summary['speaker_strict']:.3f}, e2e F1 {summary['e2e_F1']:.3f}"
            )
    return lines


_HOSTILE = (
    ("unbalanced marks", '\u201c " \u00ab \u2018 \u201e '),
    ("he said, she said", '"Yes," he said, "no," she said. '),
    # the quotes piece of bench_hostile.py: a quote that opens a sentence with no cue
    ("he said, she said, then words", '"Yes," he said, "no," she said. \u201cWe will\u201d '),
    ("names and pronouns", "Ana Ruiz said he and she told Mr. Jonas Lund \u201cno.\u201d "),
    ("a line of quotes, then spaces", '"ab" '),
)


def _hostile_text(label: str, unit: str, size: int) -> str:
    """*unit* repeated to *size* characters; the last family fills half its line with spaces."""
    if label.endswith("then spaces"):
        half = size // 2
        return (unit * (half // len(unit) + 1))[:half] + " " * (size - half)
    return (unit * (size // len(unit) + 1))[:size]


def linearity() -> str:
    """CPU time on hostile input at 100 KB and 1 MB: the ratio should be about 10."""
    from newsnorm.quotes import extract_quotes

    notes = []
    for label, unit in _HOSTILE:
        timings = []
        for size in (100_000, 1_000_000):
            text = _hostile_text(label, unit, size)
            start = time.process_time()
            extract_quotes(text)
            timings.append(time.process_time() - start)
        notes.append(
            f"{label} 100 KB / 1 MB: {timings[0]:.2f} s / {timings[1]:.2f} s "
            f"(x{timings[1] / max(timings[0], 1e-9):.1f} for x10 input, "
            f"{1 / max(timings[1], 1e-9):.2f} MB/s)"
        )
    return "extract_quotes on hostile input: " + "; ".join(notes)


if __name__ == "__main__":
    print(header(["newsnorm", "regex"]))
    print(table(rows()))
    print(page_speed())
    print(linearity())
    for line in polnear():
        print(line)

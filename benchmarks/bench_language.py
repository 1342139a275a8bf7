"""Language detection: newsnorm beside plain langdetect on the 35-language development set.

python benchmarks/bench_language.py
"""

from __future__ import annotations

import json
import sys

from _common import SHARED, docs_per_second, header, seconds, table


def _langdetect_default():
    import langdetect
    from langdetect.lang_detect_exception import LangDetectException

    aliases = {"zh-cn": "zh", "zh-tw": "zh", "no": "nb"}

    def detect(text: str) -> str:
        try:
            code = langdetect.detect(text)
        except LangDetectException:
            return "und"
        return aliases.get(code, code)

    return detect


def rows(step: int = 5) -> list[dict]:
    path = SHARED / "corpus/language/language.jsonl"
    if not path.exists():
        print(f"bench_language: {path} not found, skipped", file=sys.stderr)
        return []
    import newsnorm

    data = [json.loads(line) for line in path.open(encoding="utf-8")][::step]
    texts = [row["text"] for row in data]
    detectors = {
        "newsnorm": lambda text: newsnorm.detect_language(text).code,
        "langdetect (default)": _langdetect_default(),
    }
    result = []
    for name, detect in detectors.items():
        detect("warm up: load the profiles")
        accuracy = sum(detect(row["text"]) == row["lang"] for row in data) / len(data)
        result.append(
            {
                "job": "language",
                "library": name,
                "quality": f"accuracy {accuracy:.3f} ({len(data)} texts, 35 languages)",
                "docs/s": docs_per_second(detect, texts),
            }
        )
    return result


def linearity() -> str:
    import newsnorm

    small = "Die Fähre fährt wieder. " * 4_000
    large = small * 10
    return (
        f"detect_language on {len(small):,} / {len(large):,} characters: "
        f"{seconds(newsnorm.detect_language, small) * 1000:.1f} ms / "
        f"{seconds(newsnorm.detect_language, large) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    print(header(["newsnorm", "langdetect"]))
    print(table(rows()))
    print(linearity())

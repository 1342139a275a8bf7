"""The fresh quote set (tests/data/quotes_fresh.jsonl): own-words news texts in six languages.

The set was written before the quote code was read, as a stand-in for text nobody tuned on;
its README says how. The floor below is the end-to-end F1 measured when the set was added
(0.886 before the fixes it led to, 0.959 after), less a margin for changes elsewhere.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from newsnorm.quotes import extract_quotes

DATA = Path(__file__).parent / "data" / "quotes_fresh.jsonl"
E2E_FLOOR = 0.92
"""Measured 0.959 (round s19); a drop below 0.92 (the issue's target) is a regression."""
SPAN_FLOOR = 0.95
"""Quote spans alone: measured 1.000."""


def _cases() -> list[dict[str, Any]]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_the_fresh_set_is_well_formed():
    cases = _cases()
    assert {case["lang"] for case in cases} == {"en", "fr", "de", "es", "it", "pt"}
    for case in cases:
        for quote in case["quotes"]:
            assert case["text"][quote["start"] : quote["end"]] == quote["text"], case["id"]
        assert case["quotes"] or "negative" in case["tags"], case["id"]


def test_negative_cases_give_no_quote():
    for case in _cases():
        if "negative" in case["tags"]:
            assert extract_quotes(case["text"]) == (), case["id"]


@pytest.mark.shared
def test_the_fresh_set_meets_its_floor(shared_dir):
    path = shared_dir / "tools" / "eval_quotes.py"
    spec = importlib.util.spec_from_file_location("eval_quotes", path)
    assert spec is not None
    assert spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    sys.modules["eval_quotes"] = scorer
    spec.loader.exec_module(scorer)
    rows = [
        scorer.score_case(
            case, [scorer.to_pred(quote, case["text"]) for quote in extract_quotes(case["text"])]
        )
        for case in _cases()
    ]
    summary = scorer.summarise(rows)
    assert summary["F1"] >= SPAN_FLOOR
    assert summary["e2e_F1"] >= E2E_FLOOR
    assert summary["negatives_with_fp"] == 0

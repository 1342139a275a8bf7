"""Helpers the quote tests share: the speakers of a text, its only quote, the shared scorer."""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from newsnorm.model import Quote
from newsnorm.quotes import extract_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker) for every quote extracted from *text*."""
    return [(quote.text, quote.speaker) for quote in extract_quotes(text)]


def only(text: str) -> Quote:
    """The one quote extracted from *text* (the test fails if there are more or fewer)."""
    quotes = extract_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


def quote_scorer(shared_dir: Path) -> ModuleType:
    """The project's quote scorer, ``shared/tools/eval_quotes.py``, imported as a module."""
    path = shared_dir / "tools" / "eval_quotes.py"
    spec = importlib.util.spec_from_file_location("eval_quotes", path)
    assert spec is not None
    assert spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    sys.modules["eval_quotes"] = scorer
    spec.loader.exec_module(scorer)
    return scorer

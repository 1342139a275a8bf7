"""Properties of detect_syndication on any text."""

from __future__ import annotations

import pytest
from hypothesis import given
from strategies import any_text, news_text, non_str

from newsnorm.model import SYNDICATION_KINDS
from newsnorm.syndication import detect_syndication


@given(any_text)
def test_never_raises_and_offsets_are_valid(text: str) -> None:
    for credit in detect_syndication(text):
        assert 0 <= credit.start <= credit.end <= len(text)
        assert text[credit.start : credit.end] == credit.evidence
        assert credit.kind in SYNDICATION_KINDS


@given(news_text)
def test_same_output_twice(text: str) -> None:
    assert detect_syndication(text) == detect_syndication(text)


@given(news_text)
def test_sorted_by_offset(text: str) -> None:
    starts = [credit.start for credit in detect_syndication(text)]
    assert starts == sorted(starts)


@given(non_str)
def test_rejects_non_str(value: object) -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        detect_syndication(value)  # type: ignore[arg-type]

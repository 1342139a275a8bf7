"""Properties of detect_syndication on any text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import any_text, news_text, non_str

from newsnorm.model import SYNDICATION_KINDS
from newsnorm.syndication import detect_syndication
from newsnorm.syndication.credits import is_caption_line, line_bounds, read_tag
from newsnorm.syndication.registry import all_aliases, parse_sources, read_sources


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


_SEPARATORS = (", ", " and ", "/", " & ", "-", " (", ") ", "; ", " ", "、", "The ", "l'", "—", "_")


@st.composite
def _source_lists(draw: st.DrawFn) -> str:
    """Lists of registered names, odd pieces and separators, in any case."""
    pieces = draw(
        st.lists(st.one_of(st.sampled_from(all_aliases()), news_text), min_size=1, max_size=3)
    )
    separators = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(pieces) + 1))
    text = "".join(separator + piece for separator, piece in zip(separators, pieces, strict=False))
    return draw(st.sampled_from((text, text.upper(), text.lower(), text.strip())))


@given(st.one_of(_source_lists(), any_text))
def test_quick_test_of_source_lists_changes_no_answer(text: str) -> None:
    assert parse_sources(text) == read_sources(text)


@given(any_text)
def test_closing_tags_never_raise_and_name_agencies(text: str) -> None:
    sources = read_tag(text)
    assert sources is None or all(source is None or source.is_wire for source in sources)


@given(any_text)
def test_caption_test_never_raises(text: str) -> None:
    assert is_caption_line(text) in {True, False}


@given(any_text, st.integers(min_value=0, max_value=200), st.integers(min_value=1, max_value=50))
def test_line_bounds_stay_inside_the_text_and_the_reach(
    text: str, position: int, reach: int
) -> None:
    position = min(position, len(text))
    start, end = line_bounds(text, position, reach)
    assert 0 <= start <= position <= end <= len(text)
    assert position - start <= reach
    assert end - position <= reach
    assert "\n" not in text[start:position]

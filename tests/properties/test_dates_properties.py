"""Properties of the date functions on any text: no exceptions, valid offsets and values."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import any_text, non_str

from newsnorm.dates import find_dates, find_publication_date, parse_date
from newsnorm.model import is_timex_value

references = st.one_of(
    st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
)


@given(any_text, references)
def test_find_dates_offsets_and_values_are_valid(text: str, reference: dt.date | None) -> None:
    mentions = find_dates(text, reference=reference)
    for mention in mentions:
        assert mention.start is not None
        assert mention.end is not None
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.value is None or is_timex_value(mention.value)
    starts = [mention.start for mention in mentions]
    assert starts == sorted(starts)


_DATE_WORDS = st.sampled_from(
    [
        "3000 years ago",
        "9999 decades ago",
        "tomorrow",
        "yesterday",
        "next week",
        "last month",
        "in May",
        "on Tuesday",
        "the quarter",
        "a year earlier",
        "three weeks later",
        "that year",
        "the following year",
        "this weekend",
        "next year's first quarter",
        "the past year",
        "Dec. 31",
        "Jan. 1",
        "last spring",
        "the 1990s",
        "Q4",
        "year-ago",
        " ",
        ". ",
    ]
)
_ANY_REFERENCE = st.one_of(st.none(), st.dates(), st.dates().map(dt.date.isoformat))


@given(st.lists(_DATE_WORDS, max_size=8).map("".join), _ANY_REFERENCE)
def test_find_dates_never_raises_on_any_reference(
    text: str, reference: dt.date | str | None
) -> None:
    for mention in find_dates(text, reference=reference):
        assert mention.value is None or is_timex_value(mention.value)
        assert mention.value is None or not mention.value.startswith(("-", "0000"))


@given(any_text, references)
def test_find_dates_is_deterministic(text: str, reference: dt.date | None) -> None:
    assert find_dates(text, reference=reference) == find_dates(text, reference=reference)


@given(any_text, st.one_of(st.none(), st.text(max_size=30)))
def test_find_publication_date_is_a_day_in_the_text(text: str, url: str | None) -> None:
    mention = find_publication_date(text, url=url)
    if mention is None:
        return
    assert mention.date is not None
    if mention.origin == "text":
        assert mention.start is not None
        assert mention.end is not None
        assert text[mention.start : mention.end] == mention.text


@given(any_text, st.sampled_from([None, "DMY", "MDY", "YMD"]))
def test_parse_date_never_raises_on_str(text: str, order: str | None) -> None:
    result = parse_date(text, order=order)
    assert result is None or isinstance(result, dt.date)


@given(non_str)
def test_non_str_is_rejected(value: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        find_dates(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a str"):
        find_publication_date(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a str"):
        parse_date(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "piece",
    [
        "2025-01-",
        "May June ",
        "in May ",
        "1 2 3 ",
        "the end of ",
        "'''",
        "on Tuesday last week ",
        "12/3/",
        "3 March 2025, ",
        "potusMarch 3 ",
    ],
)
def test_hostile_input_finishes(piece: str) -> None:
    text = piece * (40_000 // len(piece))
    find_dates(text, reference=dt.date(2025, 1, 1))
    find_publication_date(text)

"""A page and its body read with one step memo give what each read alone gives.

The pipeline scans the body for its dates and the page for its own date with one memo
(:data:`~newsnorm.dates.grammar.Steps`), so that a stretch both hold is read once. These
tests compare that with separate scans, in both orders, on texts made of date words, and
check the pipeline's result against the public functions it stands for.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsnorm import find_dates, find_publication_date, normalise, strip_boilerplate
from newsnorm.dates.find import _dates_of, _read_dates
from newsnorm.dates.grammar import Steps, scan
from newsnorm.dates.publication import _publication_date
from newsnorm.dates.vocabulary import calendar

_PIECES = st.sampled_from(
    [
        "May", "March", "Tuesday", "3", "12", "2024", "2025", "1999", "12/03/2024", "31.10.23",
        "Q3", "last week", "in", "on", "about", "people", "the", "spring", "of", "year", "ago",
        "Published", "By Ana Ruiz", "|", ",", ".", " ", " ", "  ", "\n", "\n\n", "2024-05-06",
        "März", "mars", "mayo", "de", "le", "am", "next", "today", "fiscal", "the 1990s",
    ]
)  # fmt: skip
_LINES = st.lists(st.lists(_PIECES, max_size=25).map("".join), min_size=1, max_size=8)


def _page_and_body(lines: list[str], kept: list[bool]) -> tuple[str, str]:
    """A page of *lines* and a body made of the kept ones, as the stripper joins them."""
    page = "\n".join(lines)
    chosen = [line.strip() for line, keep in zip(lines, kept, strict=False) if keep]
    return page, "\n\n".join(line for line in chosen if line)


@settings(max_examples=300, deadline=None)
@given(_LINES, st.lists(st.booleans(), min_size=8, max_size=8), st.booleans())
def test_shared_memo_gives_the_separate_results(
    lines: list[str], kept: list[bool], body_first: bool
) -> None:
    page, body = _page_and_body(lines, kept)
    today = dt.date(2026, 1, 15)
    steps: Steps = {}
    if body_first:
        reading = _read_dates(body, steps=steps)
        published = _publication_date(page, url=None, today=today, steps=steps)
    else:
        published = _publication_date(page, url=None, today=today, steps=steps)
        reading = _read_dates(body, steps=steps)
    assert published == find_publication_date(page, today=today)
    reference = published.date if published is not None else None
    assert _dates_of(body, reading, reference) == find_dates(body, reference=reference)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.lists(_PIECES, max_size=40).map("".join))
def test_one_memo_over_two_texts_gives_each_texts_scan(first: str, second: str) -> None:
    table = calendar("en")
    steps: Steps = {}
    one = scan(first + second, table, steps=steps)
    two = scan(second, table, passed_over={"year"}, steps=steps)
    three = scan(first, table, steps=steps)
    assert one == scan(first + second, table)
    assert two == scan(second, table, passed_over={"year"})
    assert three == scan(first, table)


def test_a_form_passed_over_by_one_scan_is_read_by_the_next() -> None:
    text = "Prices fell in 2024, the agency said."
    table = calendar("en")
    steps: Steps = {}
    assert scan(text, table, passed_over={"year"}, steps=steps) == []
    assert [expression.text for expression in scan(text, table, steps=steps)] == ["2024"]


def test_the_memo_is_kept_per_language() -> None:
    text = "Sie kam am 3. Mai 2025 an."  # a date in German, a year in English
    steps: Steps = {}
    german = scan(text, calendar("de"), steps=steps)
    english = scan(text, calendar("en"), steps=steps)
    assert german == scan(text, calendar("de"))
    assert english == scan(text, calendar("en"))
    assert german != english


_PAGE = (
    "Home | World | Sport\n"
    "Harbour works run late\n"
    "By Ana Ruiz | 3 March 2025\n"
    "The harbour works that began in May 2024 will run until next spring, the port said on "
    "Tuesday. Crews worked through the night last week to finish the north quay.\n"
    "The council approved the budget on 12 February and will vote again in April.\n"
    "Related: Ferry fares rise 14 January 2025\n"
    "\u00a9 2025 Example Gazette\n"
)


def test_normalise_gives_the_public_functions_results() -> None:
    article = normalise(_PAGE)
    published = find_publication_date(_PAGE)
    assert article.published == published
    assert published is not None
    body = strip_boilerplate(_PAGE).text
    assert article.text == body
    assert article.dates == find_dates(body, reference=published.date)
    assert article.dates  # the example holds dates for the comparison to mean something


_PAGE_LINES = st.lists(
    st.sampled_from(
        [
            "Home | World | Sport | Contact",
            "By Ana Ruiz | 3 March 2025 | 4 min read",
            "Published 12/03/2024, updated on Tuesday",
            "The council met on Tuesday and will vote again in May, a spokesman said last week.",
            "Works that began in the spring of 2024 end next month, two years ago it said no.",
            "Related: Ferry fares rise 14 January 2025",
            "\u00a9 2025 Example Gazette. All rights reserved.",
            "In 2023, the firm bought shares through Sept. 29; the quarter ended June 30.",
            "",
        ]
    ),
    min_size=1,
    max_size=12,
).map("\n".join)


@settings(max_examples=60, deadline=None)
@given(_PAGE_LINES)
def test_normalise_dates_are_find_dates_on_its_body(page: str) -> None:
    article = normalise(page)
    published = find_publication_date(page)
    assert article.published == published
    reference = published.date if published is not None else None
    assert article.dates == find_dates(article.text, reference=reference)

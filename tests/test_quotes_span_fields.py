"""`span_fields` is `find_spans` as plain tuples, which the garbage collector stops tracking.

`extract_quotes` keeps every span of a text until its candidates are built; on quote-dense
text Span objects (a NamedTuple subclass, tracked for as long as it lives) made the cyclic
collector's full passes longer. The plain tuples must carry exactly the spans' fields.
"""

from __future__ import annotations

import gc

from hypothesis import given
from hypothesis import strategies as st

from newsnorm.quotes import extract_quotes
from newsnorm.quotes.kinds import in_house_marks, is_headline_line
from newsnorm.quotes.spans import find_spans, plain_marks, span_fields

_MARKED = st.text(alphabet="ab .,:\n\u201c\u201d\u2018\u2019\"'\u00ab\u00bb\u2014", max_size=80)


@given(text=_MARKED)
def test_span_fields_are_the_fields_of_find_spans(text: str) -> None:
    plain = plain_marks(text)
    assert span_fields(plain) == [tuple(span) for span in find_spans(plain)]


@given(text=_MARKED)
def test_in_house_marks_keeps_the_same_spans_either_way(text: str) -> None:
    plain = plain_marks(text)
    objects = in_house_marks(plain, find_spans(plain))
    fields = in_house_marks(plain, span_fields(plain))
    assert fields == [tuple(span) for span in objects]


def test_span_fields_are_exact_tuples_the_collector_can_drop() -> None:
    text = "\u201cWe stay,\u201d she said. \u201cThe ferry runs at noon.\u201d\n\n\u2018No,\u2019 he said."
    fields = span_fields(text)
    assert [item[2] for item in fields] == ["We stay,", "The ferry runs at noon.", "No,"]
    assert all(type(item) is tuple for item in fields)
    gc.collect()
    assert not any(gc.is_tracked(item) for item in fields)


def test_a_headline_line_is_still_left_out() -> None:
    page = "More stories\n\u201cSmoke everywhere\u201d: crews at the ferry\n\n"
    body = page + "\u201cWe stay,\u201d Ana Ruiz said."
    assert is_headline_line(page, find_spans(page)[0])
    assert [quote.text for quote in extract_quotes(body)] == ["We stay,"]

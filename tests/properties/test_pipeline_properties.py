import pytest
from hypothesis import given, settings
from strategies import any_text, non_str

import newsnorm


@given(any_text)
@settings(max_examples=40)
def test_normalise_never_raises_and_offsets_are_valid(text):
    article = newsnorm.normalise(text)
    assert article.source == text
    for segment in article.removed:
        assert text[segment.start : segment.end] == segment.text
    for credit in article.syndication:
        assert text[credit.start : credit.end] == credit.evidence
    for mention in article.dates:
        assert article.text[mention.start : mention.end] == mention.text
    for quote in article.quotes:
        assert article.text[quote.start : quote.end] == quote.text


@given(any_text)
@settings(max_examples=25)
def test_normalise_is_deterministic(text):
    assert newsnorm.normalise(text) == newsnorm.normalise(text)


@given(any_text)
@settings(max_examples=15)
def test_normalise_html_never_raises(html):
    assert isinstance(newsnorm.normalise_html(html), newsnorm.Article)


@given(non_str)
def test_normalise_rejects_non_str(value):
    with pytest.raises(TypeError, match="text must be a str"):
        newsnorm.normalise(value)
    if not isinstance(value, bytes):  # bytes are a page's encoded HTML
        with pytest.raises(TypeError, match="html must be a str"):
            newsnorm.normalise_html(value)

import datetime as dt

import pytest

import newsnorm
from newsnorm.pipeline import caller_date, site_of

PAGE = """Home | Local | Sport

Bridge repairs finish early on Alder Street

Published: 14 May 2025

Crews finished repairs on the Alder Street bridge on Tuesday, a week ahead of schedule. "The weather was kind to us," said site manager Petra Holm.

Traffic will return to both lanes from Friday, the city said.

Share this article
© 2025 Alder Valley News"""


def test_normalise_returns_an_article_with_its_source():
    article = newsnorm.normalise(PAGE, url="https://www.alder-valley.example/local/bridge")
    assert isinstance(article, newsnorm.Article)
    assert article.source == PAGE
    assert article.site == "alder-valley.example"
    assert article.language.code == "en"
    assert "Crews finished repairs" in article.text


def test_offsets_point_where_the_design_says():
    article = newsnorm.normalise(PAGE)
    for segment in article.removed:
        assert article.source[segment.start : segment.end] == segment.text
    for credit in article.syndication:
        assert article.source[credit.start : credit.end] == credit.evidence
    for mention in article.dates:
        assert article.text[mention.start : mention.end] == mention.text
    for quote in article.quotes:
        assert article.text[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    "published", [dt.date(2025, 5, 14), "2025-05-14", dt.datetime(2025, 5, 14, 9)]
)
def test_caller_publication_date_wins(published):
    article = newsnorm.normalise(PAGE, published=published)
    assert article.published is not None
    assert (article.published.value, article.published.origin) == ("2025-05-14", "caller")


def test_bad_published_string_is_a_value_error():
    with pytest.raises(ValueError, match="published must be an ISO date"):
        newsnorm.normalise(PAGE, published="14/05/2025")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"text": b"bytes"}, "text must be a str, got bytes"),
        ({"text": PAGE, "url": 3}, "url must be a str or None"),
        ({"text": PAGE, "published": 2025}, "published must be a datetime.date"),
    ],
)
def test_bad_arguments_are_type_errors(arguments, message):
    text = arguments.pop("text")
    with pytest.raises(TypeError, match=message):
        newsnorm.normalise(text, **arguments)


def test_normalize_is_an_alias():
    assert newsnorm.normalize is newsnorm.normalise


@pytest.mark.parametrize("text", ["", "   \n\n ", "\x00\x00", "| | |", "\r\n" * 50])
def test_pages_without_an_article_do_not_fail(text):
    article = newsnorm.normalise(text)
    assert article.language.code == "und" or len(article.language.code) == 2


def test_normalise_html_uses_page_metadata():
    html = (
        "<html><head><title>Bridge repairs finish early</title>"
        '<meta property="article:published_time" content="2025-05-14T08:00:00Z"></head>'
        "<body><article><h1>Bridge repairs finish early</h1>"
        "<p>Crews finished repairs on the Alder Street bridge on Tuesday, a week ahead of "
        "schedule, and traffic will return to both lanes from Friday.</p></article></body></html>"
    )
    article = newsnorm.normalise_html(html, url="https://alder-valley.example/a")
    assert article.title == "Bridge repairs finish early"
    assert article.published is not None
    assert article.published.value == "2025-05-14"
    assert article.published.origin == "metadata"
    assert "Alder Street bridge" in article.text


@pytest.mark.parametrize("html", ["", "<html></html>", "not html at all", "<p>" * 500])
def test_normalise_html_without_an_article(html):
    assert isinstance(newsnorm.normalise_html(html), newsnorm.Article)


def test_normalise_html_reads_bytes():
    article = newsnorm.normalise_html("<html><body><p>Caf\u00e9</p></body></html>".encode())
    assert isinstance(article, newsnorm.Article)


def test_helpers():
    assert site_of(None) is None
    assert site_of("alder-valley.example/path") == "alder-valley.example"
    assert caller_date(None) is None

"""Unit tests for newsnorm.html: trafilatura's body cleaned, metadata from the page's tags."""

from __future__ import annotations

import pytest

from newsnorm import normalise_html
from newsnorm.html import page_metadata

PARAGRAPHS = [
    (
        "The ferry between Marlow Island and the mainland sailed again on Monday after three "
        "weeks of repairs to its engine, the harbour office said in a statement."
    ),
    (
        "Around two hundred passengers took the first crossing, which left at seven in the "
        "morning and arrived twelve minutes late because of fog in the bay."
    ),
    (
        "The council said the extra cost would be covered by the reserve fund and that ticket "
        "prices would not change before the summer season begins in June."
    ),
]

PAGE = (
    "<html><head><title>Ferry back in service | The Marlow Gazette</title>"
    '<meta property="og:title" content="Island ferry back in service">'
    '<meta property="article:published_time" content="2031-03-04T07:30:00+00:00">'
    '<meta property="og:site_name" content="The Marlow Gazette">'
    "</head><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul>"
    "</nav><article><h1>Island ferry back in service</h1>"
    + "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    + "<p>Share this article</p></article>"
    "<footer><p>Copyright © 2031 The Marlow Gazette. All rights reserved.</p></footer>"
    "</body></html>"
)


def test_keeps_the_article_text() -> None:
    article = normalise_html(PAGE)
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text


def test_drops_the_share_line_trafilatura_leaves() -> None:
    article = normalise_html(PAGE)
    assert "Share this article" not in article.text
    assert any(segment.reason == "share" for segment in article.removed)


def test_removed_offsets_point_into_the_extracted_source() -> None:
    article = normalise_html(PAGE)
    for segment in article.removed:
        assert article.source[segment.start : segment.end] == segment.text


def test_title_date_and_site_come_from_the_page_tags() -> None:
    article = normalise_html(PAGE)
    assert article.title == "Island ferry back in service"
    assert article.published is not None
    assert (article.published.value, article.published.origin) == ("2031-03-04", "metadata")
    assert article.site == "The Marlow Gazette"


def test_title_falls_back_to_the_title_element() -> None:
    title, _date, _site = page_metadata("<head><title>Ferry &amp; bridge</title></head>")
    assert title == "Ferry & bridge"


def test_json_ld_gives_the_date_when_no_meta_tag_does() -> None:
    page = '<script type="application/ld+json">{"datePublished": "2031-05-06"}</script>'
    _title, date, _site = page_metadata(page)
    assert date is not None
    assert date.value == "2031-05-06"


def test_placeholder_dates_are_ignored() -> None:
    page = '<meta property="article:published_time" content="0001-01-01T00:00:00">'
    assert page_metadata(page)[1] is None


def test_attributes_in_any_order_and_quotes() -> None:
    page = "<meta content='Harbour news' name=application-name>"
    assert page_metadata(page)[2] == "Harbour news"


def test_empty_html_gives_an_empty_article() -> None:
    article = normalise_html("")
    assert (article.text, article.title) == ("", None)


def test_page_without_tags_gives_no_metadata() -> None:
    assert page_metadata("plain words, no markup") == (None, None, None)


def test_url_names_the_site_when_the_page_does_not() -> None:
    page = PAGE.replace('<meta property="og:site_name" content="The Marlow Gazette">', "")
    assert normalise_html(page, url="https://www.marlow-gazette.example/a/1").site == (
        "marlow-gazette.example"
    )


def test_non_str_is_rejected_with_the_argument_name() -> None:
    with pytest.raises(TypeError, match="html must be a str"):
        normalise_html(["<html></html>"])  # type: ignore[arg-type]


def test_unclosed_tags_are_read_in_linear_time() -> None:
    page = "<meta " * 50_000 + "<title>" * 50_000
    assert page_metadata(page) == (None, None, None)

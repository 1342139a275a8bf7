"""A page's URL, however malformed, never makes the pipeline fail."""

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsnorm import normalise, normalise_html
from newsnorm.pipeline import site_of, url_problem
from newsnorm.records import process_document

STORY = "The lock gates on the canal reopened on Tuesday, the trust said."


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.example-news.org/world/1", "example-news.org"),
        ("example-news.org/world/1", "example-news.org"),
        ("https://bücher.example/a", "bücher.example"),
        ("http://[2001:db8::1]/a", "2001:db8::1"),
        ("http://[::1", None),  # an unclosed IPv6 bracket: urlsplit raises
        ("http://example.org:99999/a", "example.org"),
        ("\x00\ud800", None),
        ("", None),
        ("   ", None),
        ("WWW.", None),  # found by the property below: "www." alone names no site
    ],
)
def test_site_of_names_a_host_or_nothing(url, site):
    assert site_of(url) == site


@pytest.mark.parametrize("url", ["http://[::1", "http://[", "//[x]y"])
def test_a_url_that_cannot_be_split_is_one_clear_value_error(url):
    with pytest.raises(ValueError, match="url is not a URL that can be read"):
        normalise(STORY, url=url)
    with pytest.raises(ValueError, match="url is not a URL that can be read"):
        normalise_html(f"<p>{STORY}</p>", url=url)


@pytest.mark.parametrize("url", ["\x00\ud800", "http://a b/", "   "])
def test_a_url_naming_no_host_gives_no_site(url):
    assert normalise(STORY, url=url).site is None
    assert normalise_html(f"<p>{STORY}</p>", url=url).site is None


def test_a_record_with_an_unreadable_url_is_processed_without_it():
    record = process_document(STORY, url="http://[::1")
    assert "error" not in record
    assert record["url"] is None
    assert any(note.startswith("url ignored") for note in record["warnings"])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_url_string_is_taken_without_raising(url):
    if url_problem(url) is not None:
        return
    site = normalise(STORY, url=url).site
    # No control character, space or unassigned code point (as the regex module knows them).
    assert site is None or (site and regex.search(r"[\p{C}\p{Z}/?#@]", site) is None)

"""A page's URL, however malformed, never makes the pipeline fail."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsnorm import normalise, normalise_html
from newsnorm.pipeline import site_of

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
    ],
)
def test_site_of_names_a_host_or_nothing(url, site):
    assert site_of(url) == site


@pytest.mark.parametrize("url", ["http://[::1", "http://[", "//[x]y", "\x00\ud800", "http://a b/"])
def test_a_malformed_url_gives_no_site_and_no_error(url):
    assert normalise(STORY, url=url).site is None
    assert normalise_html(f"<p>{STORY}</p>", url=url).site is None


def _host_character(character: str) -> bool:
    """A letter, mark or digit of any script, or one of the separators a host may hold."""
    return unicodedata.category(character)[0] in "LMN" or character in "-.:_"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_url_string_is_taken_without_raising(url):
    site = normalise(STORY, url=url).site
    assert site is None or (site and all(_host_character(c) for c in site))

"""normalise_html never raises, on any str and any bytes, and its offsets are valid."""

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import any_text

import newsnorm
from newsnorm.html.pubdate import headline_dateline

_MARKUP = st.sampled_from(
    [
        "<html>",
        "<head>",
        "<body>",
        "<p>",
        "</p>",
        "<div>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        '<meta property="article:published_time" content="2024-03-05T23:30:00Z">',
        '<meta charset="shift_jis">',
        '<time datetime="0000-00-00">',
        "<title>",
        "Published 4 March 2024",
        "3000 years ago",
        "\n17 May 2024 08:15\n",
        "\n(31.03.2024)\n",
        "\x00",
        "&amp;",
    ]
)
html_like = st.lists(st.one_of(_MARKUP, st.text(max_size=20)), max_size=25).map("".join)
urls = st.one_of(
    st.none(),
    st.just("https://a.example/2024/02/30/x"),
    st.text(st.characters(blacklist_characters="[]"), max_size=30),
)


def _check(article: newsnorm.Article) -> None:
    assert isinstance(article, newsnorm.Article)
    for segment in article.removed:
        assert article.source[segment.start : segment.end] == segment.text
    for mention in article.dates:
        assert article.text[mention.start : mention.end] == mention.text
    if article.published is not None and article.published.origin != "text":
        assert article.published.start is None


@given(st.one_of(any_text, html_like), urls)
@settings(max_examples=30)
def test_normalise_html_never_raises_on_str(html, url):
    _check(newsnorm.normalise_html(html, url=url))


@given(st.one_of(st.binary(max_size=300), html_like.map(lambda s: s.encode("utf-16"))))
@settings(max_examples=30)
def test_normalise_html_never_raises_on_bytes(data):
    _check(newsnorm.normalise_html(data))


@given(st.one_of(any_text, html_like), st.one_of(st.none(), any_text))
@settings(max_examples=50)
def test_headline_dateline_never_raises_and_is_a_day(text, title):
    found = headline_dateline(text, title=title)
    if found is not None:
        assert found.date is not None
        assert found.origin == "page"
        assert found.start is None

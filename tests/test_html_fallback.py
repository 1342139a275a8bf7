"""Pages where trafilatura finds no article: metadata kept, text mode on the rendered page."""

from __future__ import annotations

import lxml.html
import pytest

from newsnorm import normalise_html
from newsnorm.html.render import render_tree

HEAD = (
    "<head><title>Harbour timetable | The Marlow Gazette</title>"
    '<meta property="og:title" content="Winter timetable for the island ferry">'
    '<meta property="article:published_time" content="2024-11-20T10:00:00+01:00">'
    '<meta property="og:site_name" content="The Marlow Gazette"></head>'
)


def test_metadata_is_kept_when_the_page_has_no_body() -> None:
    html = f"<html>{HEAD}<body><div id='app'></div><script>render()</script></body></html>"
    article = normalise_html(html, url="https://marlow-gazette.example/ferry/timetable")
    assert article.title == "Winter timetable for the island ferry"
    assert article.site == "The Marlow Gazette"
    assert article.published is not None
    assert article.published.value == "2024-11-20"
    assert article.text == ""


def test_text_mode_runs_on_the_page_when_the_extractor_keeps_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paragraphs = "".join(
        f"<p>The island ferry will leave the harbour at {hour} o'clock on weekdays from the "
        "first of December, the harbour office said, and later on Sundays and holidays.</p>"
        for hour in ("six", "eight", "ten", "eleven")
    )
    html = (
        f"<html>{HEAD}<body><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li>"
        f"</ul><div>{paragraphs}</div><p>Share this article</p></body></html>"
    )
    monkeypatch.setattr("newsnorm.html.core.extract_body", lambda tree, url: "")
    article = normalise_html(html)
    assert "harbour office said" in article.text
    assert "Share this article" not in article.text
    assert article.source.startswith("Home")  # the rendered page is what the pipeline read
    assert article.title == "Winter timetable for the island ferry"
    assert article.published is not None


def test_a_failing_extractor_is_no_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(tree: object, url: str | None) -> str:
        raise RuntimeError

    monkeypatch.setattr("newsnorm.html.extraction._bare", broken)
    article = normalise_html(f"<html>{HEAD}<body><p>Ferry news in brief.</p></body></html>")
    assert article.title == "Winter timetable for the island ferry"


def test_a_failing_text_pipeline_keeps_the_body(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError

    monkeypatch.setattr("newsnorm.html.core.compose", broken)
    html = (
        f"<html>{HEAD}<body><article><p>The island ferry sailed again on Monday after three "
        "weeks of repairs, the harbour office said in a statement on the quay.</p>"
        "</article></body></html>"
    )
    article = normalise_html(html)
    assert "island ferry sailed" in article.text
    assert article.language.code == "und"


@pytest.mark.parametrize(
    "html", ["", " ", "<html></html>", "<p>", "plain words", "<!-- only a comment -->"]
)
def test_pages_without_an_article(html: str) -> None:
    article = normalise_html(html)
    assert article.published is None or article.published.date is not None


def test_rendering_keeps_blocks_on_their_own_lines_and_drops_scripts() -> None:
    tree = lxml.html.fromstring(
        "<html><body><nav>Home</nav><!-- note --><div>Ferry <b>back</b><p>First line</p>"
        "tail text<script>var x = 1;</script><br>after break</div></body></html>"
    )
    assert render_tree(tree) == "Home\nFerry back\nFirst line\ntail text\nafter break"


def test_rendering_leaves_the_tree_unchanged_unless_asked() -> None:
    tree = lxml.html.fromstring("<html><body><p>One</p><script>x()</script></body></html>")
    before = lxml.html.tostring(tree)
    render_tree(tree)
    assert lxml.html.tostring(tree) == before
    render_tree(tree, in_place=True)
    assert lxml.html.tostring(tree) != before


def test_deeply_nested_page_is_rendered_without_recursion() -> None:
    html = "<html><body>" + "<div>" * 5000 + "deep words" + "</div>" * 5000 + "</body></html>"
    article = normalise_html(html)
    assert article.text in ("", "deep words")


def test_a_page_whose_dates_break_the_text_pipeline_still_gives_its_article() -> None:
    # "3000 years ago" against the page's date is a year before 0: no page may raise.
    html = (
        f"<html>{HEAD}<body><article><p>The bones were buried 3000 years ago near the river, "
        "the museum said on Monday in a statement about the find at the harbour.</p>"
        "</article></body></html>"
    )
    article = normalise_html(html)
    assert "buried 3000 years ago" in article.text
    assert article.published is not None
    assert article.published.value == "2024-11-20"

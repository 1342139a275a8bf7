"""The HTML path's publication date: tags, URL, htmldate and the visible dateline, combined."""

from __future__ import annotations

import pytest

from newsnorm import normalise_html
from newsnorm.html.metadata import url_date
from newsnorm.html.pubdate import choose_date, page_text_date
from newsnorm.model import DateMention

BODY = (
    "<p>The ferry between Marlow Island and the mainland sailed again on Monday after three "
    "weeks of repairs to its engine, the harbour office said in a statement on the quay.</p>"
    "<p>Around two hundred passengers took the first crossing, which left at seven in the "
    "morning and arrived twelve minutes late because of fog in the bay, officials said.</p>"
    "<p>The council said the extra cost would be covered by the reserve fund and that ticket "
    "prices would not change before the summer season begins in June, a spokesman said.</p>"
)


def page(head: str = "", dateline: str = "") -> str:
    return (
        f"<html><head><title>Ferry back in service</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        f"<h1>Ferry back in service</h1>{dateline}{BODY}</article></body></html>"
    )


def day(value: str, origin: str, text: str | None = None) -> DateMention:
    return DateMention(None, None, text or value, value, "day", origin=origin)


def test_a_date_only_in_the_url() -> None:
    article = normalise_html(page(), url="https://gazette.example/news/2024/03/04/ferry-back")
    assert article.published is not None
    assert (article.published.value, article.published.origin) == ("2024-03-04", "url")


def test_a_url_that_cannot_be_read_is_a_clear_value_error() -> None:
    with pytest.raises(ValueError, match="url is not a URL"):
        normalise_html(page(), url="https://[gazette.example/2024/03/04/")


def test_url_dates_in_other_spellings() -> None:
    assert url_date("https://gazette.example/2024-3-4-ferry") is not None
    assert url_date("https://gazette.example/a/2024_03_04/b").value == "2024-03-04"  # type: ignore[union-attr]
    assert url_date("https://gazette.example/2024/13/40/ferry") is None
    assert url_date("https://2024-03-04.gazette.example/ferry") is None


def test_the_page_tags_give_the_date_and_the_origin() -> None:
    head = '<meta property="article:published_time" content="2024-03-04">'
    article = normalise_html(page(head))
    assert article.published is not None
    assert (article.published.value, article.published.origin) == ("2024-03-04", "metadata")


def test_a_visible_dateline_one_day_from_a_utc_timestamp_wins() -> None:
    # Published late in the evening local time: the UTC timestamp is already the next day.
    head = '<meta property="article:published_time" content="2024-03-05T02:30:00Z">'
    article = normalise_html(page(head, "<p class='date'>Published 4 March 2024</p>"))
    assert article.published is not None
    assert (article.published.value, article.published.origin) == ("2024-03-04", "page")


def test_a_far_visible_date_does_not_override_the_tags() -> None:
    head = '<meta property="article:published_time" content="2024-03-15T09:00:00Z">'
    article = normalise_html(page(head, "<p class='date'>Published 4 March 2024</p>"))
    assert article.published is not None
    assert (article.published.value, article.published.origin) == ("2024-03-15", "metadata")


def test_a_plain_day_in_the_tags_is_not_moved_by_the_dateline() -> None:
    head = '<meta property="article:published_time" content="2024-03-05">'
    article = normalise_html(page(head, "<p class='date'>Published 4 March 2024</p>"))
    assert article.published is not None
    assert article.published.value == "2024-03-05"


def test_the_url_confirming_htmldate_keeps_its_day() -> None:
    shown = lambda: day("2024-03-04", "page")  # noqa: E731
    chosen = choose_date(
        htmldate=day("2024-03-05", "htmldate"),
        declared=None,
        url=day("2024-03-05", "url"),
        page=shown,
    )
    assert chosen is not None
    assert (chosen.value, chosen.origin) == ("2024-03-05", "url")


def test_without_htmldate_the_tags_then_url_then_dateline() -> None:
    never = lambda: None  # noqa: E731
    assert choose_date(htmldate=None, declared=None, url=None, page=never) is None
    chosen = choose_date(htmldate=None, declared=None, url=day("2024-01-02", "url"), page=never)
    assert chosen is not None
    assert chosen.origin == "url"
    chosen = choose_date(
        htmldate=None, declared=None, url=None, page=lambda: day("2024-01-03", "page")
    )
    assert chosen is not None
    assert chosen.origin == "page"


def test_the_dateline_is_read_lazily() -> None:
    calls: list[int] = []

    def shown() -> DateMention:
        calls.append(1)
        return day("2024-03-04", "page")

    choose_date(
        htmldate=day("2024-03-05", "htmldate"),
        declared=day("2024-03-05", "metadata"),
        url=None,
        page=shown,
    )
    assert calls == []


def test_a_dateline_in_the_visible_text() -> None:
    found = page_text_date("Harbour news\nBy Ana Reyes | 4 March 2024\nThe ferry sailed.")
    assert found is not None
    assert (found.value, found.origin, found.start) == ("2024-03-04", "page", None)


def test_no_date_anywhere_gives_none_or_a_body_date() -> None:
    article = normalise_html(page())
    assert article.published is None or article.published.origin == "text"

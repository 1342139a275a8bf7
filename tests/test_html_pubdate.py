"""The HTML path's publication date: tags, URL, htmldate and the visible dateline, combined."""

from __future__ import annotations

import pytest

from newsnorm import normalise_html
from newsnorm.html.metadata import page_metadata, url_date
from newsnorm.html.pubdate import choose_date, headline_dateline, page_text_date
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


def test_a_local_time_zone_in_the_tags_keeps_their_day() -> None:
    # 09:10 in UTC+1 is the same day in UTC: no midnight was crossed, the dateline is not asked.
    calls: list[int] = []

    def shown() -> DateMention:
        calls.append(1)
        return day("2024-03-04", "page")

    chosen = choose_date(
        htmldate=day("2024-03-05", "htmldate"),
        declared=day("2024-03-05", "metadata", "2024-03-05T09:10:00+01:00"),
        url=None,
        page=shown,
    )
    assert chosen is not None
    assert (chosen.value, chosen.origin, calls) == ("2024-03-05", "metadata", [])


def test_a_utc_offset_of_zero_can_still_cross_midnight() -> None:
    chosen = choose_date(
        htmldate=day("2024-03-05", "htmldate"),
        declared=day("2024-03-05", "metadata", "2024-03-05T01:10:00+00:00"),
        url=None,
        page=lambda: day("2024-03-04", "page"),
    )
    assert chosen is not None
    assert chosen.value == "2024-03-04"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Home\nFerry back in service\n17 May 2024 08:15\nThe ferry sailed.", "2024-05-17"),
        ("Ferry back in service\nInterview: Ana Reyes\n(21.05.2024)\nText.", "2024-05-21"),
        ("17 May 2024\nFerry back in service\nThe ferry sailed.", "2024-05-17"),
        ("Ferry back in service\nMember since 17 May 2024\nThe ferry sailed.", None),
        ("Ferry back in service\nThe ferry sailed on 17 May 2024.", None),
        ("Ferry back in service\n" + "The ferry sailed.\n" * 100 + "17 May 2024", None),
        ("Other news\n17 May 2024\nThe ferry sailed.", None),
        ("Ferry back in service\nMARLOW, (17.05.2024). The ferry sailed again.", "2024-05-17"),
        ("Ferry back in service\nPort Ellen, 17 May 2024 - The ferry sailed.", "2024-05-17"),
        ("Ferry back in service\nOn 17 May 2024 - the ferry sailed.", None),
        ("Ferry back in service\nthe port, 17 May 2024 - The ferry sailed.", None),
    ],
)
def test_a_date_alone_next_to_the_headline(text: str, expected: str | None) -> None:
    found = headline_dateline(text, title="Ferry back in service | Gazette")
    assert (found.value if found is not None else None) == expected
    if found is not None:
        assert (found.origin, found.start) == ("page", None)


def test_a_headline_dateline_outweighs_an_unsupported_htmldate_day() -> None:
    chosen = choose_date(
        htmldate=day("2024-06-02", "htmldate"),
        declared=None,
        url=None,
        page=lambda: None,
        dateline=lambda: day("2024-03-31", "page"),
    )
    assert chosen is not None
    assert (chosen.value, chosen.origin) == ("2024-03-31", "page")


def test_a_headline_dateline_does_not_outweigh_supported_or_agreed_days() -> None:
    dateline = lambda: day("2024-03-31", "page")  # noqa: E731
    # The tags state htmldate's day.
    chosen = choose_date(
        htmldate=day("2024-06-02", "htmldate"),
        declared=day("2024-06-02", "metadata", "2024-06-02T10:00:00Z"),
        url=None,
        page=lambda: None,
        dateline=dateline,
    )
    assert chosen is not None
    assert chosen.value == "2024-06-02"
    # The page's dateline reading agrees with htmldate.
    chosen = choose_date(
        htmldate=day("2024-06-02", "htmldate"),
        declared=None,
        url=None,
        page=lambda: day("2024-06-02", "page"),
        dateline=dateline,
    )
    assert chosen is not None
    assert (chosen.value, chosen.origin) == ("2024-06-02", "htmldate")


def test_a_page_whose_dateline_stands_under_the_headline() -> None:
    # No tag, no URL date; the only visible date sits alone on its line under the headline.
    article = normalise_html(page(dateline="<p>Ana Reyes</p><p>17 May 2024 08:15</p>"))
    assert article.published is not None
    assert article.published.value == "2024-05-17"


def test_a_published_time_element_comes_before_a_generic_date_tag() -> None:
    head = '<meta name="date" content="2024-05-10T15:00:00+01:00">'
    stamp = '<p><time itemprop="datePublished" datetime="2024-05-17">17 May 2024</time></p>'
    _title, declared, _site = page_metadata(page(head, stamp))
    assert declared is not None
    assert (declared.value, declared.origin) == ("2024-05-17", "metadata")
    # Without a published-date tag, the generic one is still read.
    _title, declared, _site = page_metadata(page(head))
    assert declared is not None
    assert declared.value == "2024-05-10"


def test_the_headline_dateline_is_not_read_when_the_dateline_agrees() -> None:
    calls: list[int] = []

    def headline() -> DateMention:
        calls.append(1)
        return day("2024-03-31", "page")

    chosen = choose_date(
        htmldate=day("2024-06-02", "htmldate"),
        declared=None,
        url=None,
        page=lambda: day("2024-06-02", "page"),
        dateline=headline,
    )
    assert chosen is not None
    assert (chosen.value, calls) == ("2024-06-02", [])


def test_htmldate_searches_extensively_only_a_document_with_markup(monkeypatch) -> None:
    searches: list[bool] = []

    def find_date(tree: object, **options: object) -> None:
        searches.append(bool(options["extensive_search"]))

    monkeypatch.setattr("newsnorm.html.pubdate._find_date", lambda: find_date)
    normalise_html("The ferry sailed again on Monday, the harbour office said.")
    assert searches == [False]
    searches.clear()
    normalise_html("<p>The ferry sailed again on Monday, the harbour office said.</p>")
    assert searches == [False, True]

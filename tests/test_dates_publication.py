"""Unit tests of find_publication_date: which date on a page is the page's own."""

from __future__ import annotations

import datetime as dt

import pytest

from newsnorm.dates import find_publication_date

LEAD = (
    "The regional council agreed on Tuesday to extend the tram line to the airport, a project "
    "first proposed a decade ago and delayed twice by funding disputes."
)


def published(page: str, url: str | None = None) -> str | None:
    mention = find_publication_date(page, url=url)
    return mention.value if mention is not None else None


def test_byline_with_pipes() -> None:
    page = f"Tram line extended\nBy Ana Ruiz | 3 March 2025 | 4 min read\n\n{LEAD}"
    assert published(page) == "2025-03-03"


def test_published_beats_updated_on_one_line() -> None:
    page = f"Tram line extended\nPublished 3 March 2025 · Last modified 5 March 2025\n{LEAD}"
    assert published(page) == "2025-03-03"


def test_updated_alone_still_dates_the_page() -> None:
    page = f"Tram line extended\nUpdated 5 March 2025\n{LEAD}"
    assert published(page) == "2025-03-05"


def test_label_on_the_line_above() -> None:
    page = f"Tram line extended\nPublished\n3 March 2025\nUpdated\n5 March 2025\n{LEAD}"
    assert published(page) == "2025-03-03"


def test_teaser_list_above_the_headline_never_wins() -> None:
    page = (
        "Trending\nStorm hits coast\nMarch 9, 2025\nMarkets rally\nMarch 9, 2025\n"
        f"Schools reopen\nMarch 8, 2025\nHome > News\nTram line extended\nMarch 3, 2025\n{LEAD}"
    )
    assert published(page) == "2025-03-03"


def test_related_teaser_in_parentheses_never_wins() -> None:
    page = f"Tram line extended\n{LEAD}\nRelated: Depot opens (12 February 2025)"
    assert published(page) is None


def test_copyright_year_never_wins() -> None:
    assert published(f"Tram line extended\n{LEAD}\n© 2025 Example Gazette") is None


def test_date_inside_running_text_is_not_the_page_date() -> None:
    page = (
        "Tram line extended\nThe regional council agreed on 3 March 2025 to extend the tram line "
        "to the airport, a project first proposed a decade ago and delayed twice."
    )
    assert published(page) is None


def test_dateline() -> None:
    page = f"OSLO, 3 March 2025 (Nordic Wire) - {LEAD}"
    assert published(page) == "2025-03-03"


def test_dateline_without_year_is_dated_by_weekday_and_years_named() -> None:
    page = "ACCRA, March 7 (Wire) - The port reopened its main terminal on Friday, its busiest since 2023."
    assert published(page) == "2025-03-07"


def test_dateline_without_year_is_not_after_today() -> None:
    page = "ACCRA, March 7 (Wire) - The port, shut since late 2025, reopened its main terminal."
    found = find_publication_date(page, today=dt.date(2026, 3, 6))
    assert found is not None
    assert found.value == "2025-03-07"  # 7 March 2026 is still to come


def test_dateline_without_year_is_checked_against_the_lead_weekday() -> None:
    page = "HANOI, Oct 3 (Wire) - The ferry line, idle since 2024, reopened on Friday."
    found = find_publication_date(page, today=dt.date(2026, 12, 1))
    assert found is not None
    assert found.value == "2025-10-03"  # 3 October 2024 was a Thursday, 2026 a Saturday


def test_dateline_whose_year_the_text_does_not_settle_is_no_date() -> None:
    weekday_only = "HANOI, Oct 3 (Wire) - The ferry line reopened on Friday after repairs."
    nothing = "ACCRA, March 7 (Wire) - The port reopened its main terminal, officials said."
    assert find_publication_date(weekday_only, today=dt.date(2026, 12, 1)) is None
    assert find_publication_date(nothing, today=dt.date(2026, 3, 6)) is None


def test_dateline_without_year_is_never_before_a_year_the_story_names() -> None:
    page = "HANOI, Oct 3 (Wire) - The ferry line, closed since 2026, reopened on Tuesday."
    assert find_publication_date(page, today=dt.date(2026, 12, 1)) is None


def test_today_must_be_a_date() -> None:
    with pytest.raises(TypeError, match=r"today must be a datetime\.date"):
        find_publication_date("HANOI, Oct 3 (Wire) -", today="2026-12-01")  # type: ignore[arg-type]


GERMAN_PAGE = (
    "Straßenbahn verlängert\nStand: 14.03.2024, 10:32 Uhr\nDer Regionalrat hat am Dienstag "
    "beschlossen, die Linie bis zum Flughafen zu verlängern, ein Projekt, das vor zehn Jahren "
    "vorgeschlagen wurde."
)
FRENCH_PAGE = (
    "Le tram prolongé\nPublié le 3 mars 2025 à 10h05, mis à jour le 4 mars 2025\nLe conseil "
    "régional a décidé mardi de prolonger la ligne de tram jusqu'à l'aéroport, un projet "
    "proposé il y a dix ans."
)
SPANISH_PAGE = (
    "El tranvía llega al aeropuerto\nActualizado: 2 de mayo de 2025\nEl consejo regional "
    "acordó el martes ampliar la línea de tranvía hasta el aeropuerto, un proyecto propuesto "
    "hace una década."
)


@pytest.mark.parametrize(
    ("page", "expected"),
    [(GERMAN_PAGE, "2024-03-14"), (FRENCH_PAGE, "2025-03-03"), (SPANISH_PAGE, "2025-05-02")],
)
def test_labels_in_other_languages(page: str, expected: str) -> None:
    assert published(page) == expected


def test_url_date_confirms_a_candidate() -> None:
    page = f"Tram line extended\nMarch 4, 2025\n{LEAD}\nOlder: Depot opens (March 3, 2025)"
    assert published(page, "https://example.org/news/2025-03-04/tram") == "2025-03-04"


def test_url_date_stands_in_when_the_text_has_none() -> None:
    mention = find_publication_date(f"Tram line\n{LEAD}", url="https://example.org/2025/03/03/tram")
    assert mention is not None
    assert (mention.value, mention.origin, mention.start) == ("2025-03-03", "metadata", None)


def test_offsets_point_into_the_text() -> None:
    page = f"Tram line extended\nBy Ana Ruiz | 3 March 2025\n{LEAD}"
    mention = find_publication_date(page)
    assert mention is not None
    assert page[mention.start : mention.end] == mention.text == "3 March 2025"


def test_url_must_be_a_str() -> None:
    with pytest.raises(TypeError, match="url must be a str or None, got int"):
        find_publication_date("text", url=3)  # type: ignore[arg-type]


def test_updated_first_then_published() -> None:
    page = f"Tram line extended\nUpdated 5 March 2025 | Published 3 March 2025\n\n{LEAD}"
    assert published(page) == "2025-03-03"


def test_byline_date_glued_to_the_next_words() -> None:
    page = f"Tram line extended\nBy Ana Ruiz\n14 March 2024No Comments\n\n{LEAD}"
    assert published(page) == "2024-03-14"


def test_label_above_a_blank_line() -> None:
    page = f"Tram line extended\nBy\n\nAna Ruiz\n\nDate\n\nMarch 3, 2025\n\nShare\n\n{LEAD}"
    assert published(page) == "2025-03-03"


def test_timestamp_between_standfirst_and_body() -> None:
    standfirst = (
        "The airport link, long delayed by funding disputes, will now open a year early after "
        "the council found the money it needed in the regional budget."
    )
    page = f"Tram line extended\n{standfirst}\n\nAna Ruiz 03.03.2025, 14.05 Uhr\n\n{LEAD}\n{LEAD}"
    assert published(page) == "2025-03-03"


def test_two_digit_year_byline() -> None:
    page = f"Straßenbahn verlängert\nVon: Ana Ruiz | 03.03.25\n\n{LEAD}"
    assert published(page) == "2025-03-03"


def test_cjk_date() -> None:
    assert published(f"路面電車の延伸\n2025年3月3日 10時00分\n\n{LEAD}") == "2025-03-03"


def test_german_date_label() -> None:
    page = f"Straßenbahn verlängert\nErscheinungsdatum: 03.03.2025\n\n{LEAD}"
    assert published(page) == "2025-03-03"

"""Unit tests for newsnorm.syndication: one behaviour each, on invented text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsnorm.model import Syndication
from newsnorm.syndication import detect_syndication
from newsnorm.syndication.registry import lookup_domain, lookup_source, parse_sources


def _credits(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (credit.evidence, credit.name, credit.domain, credit.kind)
        for credit in detect_syndication(text)
    ]


# (id, text, expected credits as (evidence, name, domain, kind))
POSITIVES = [
    (
        "wire_dateline_with_city_and_region",
        "HALDEN, Norway (AP) — Ferries resumed on Monday after the storm.",
        [("HALDEN, Norway (AP) —", "Associated Press", "apnews.com", "wire")],
    ),
    (
        "wire_dateline_with_date_and_glued_dash",
        "OSLO, May 2 (Reuters) -Shipping rates rose on Friday.",
        [("OSLO, May 2 (Reuters) -", "Reuters", "reuters.com", "wire")],
    ),
    (
        "wire_dateline_without_dash",
        "Pune, Mar 3 (PTI) Two bridges were closed for repairs on Sunday.",
        [("Pune, Mar 3 (PTI)", "Press Trust of India", "ptinews.com", "wire")],
    ),
    (
        "wire_credit_closing_a_paragraph",
        "The fair will run for a week and host 90 stalls. (IANS)",
        [("(IANS)", "Indo-Asian News Service", "ians.in", "wire")],
    ),
    (
        "wire_closing_dash_credit",
        "The fair will run for a week.\n— AFP",
        [("— AFP", "Agence France-Presse", "afp.com", "wire")],
    ),
    (
        "wire_agency_name_alone_on_a_line",
        "The fair will run for a week.\nAustralian Associated Press",
        [
            (
                "Australian Associated Press",
                "Australian Associated Press",
                "aap.com.au",
                "wire",
            )
        ],
    ),
    (
        "wire_agency_byline_with_place",
        "By IANS, Pune :\nThe fair will run for a week.",
        [("By IANS, Pune :", "Indo-Asian News Service", "ians.in", "wire")],
    ),
    (
        "wire_copyright_line_of_an_agency",
        "The fair will run for a week.\n© 2025 The Associated Press. All rights reserved.",
        [
            (
                "© 2025 The Associated Press. All rights reserved.",
                "Associated Press",
                "apnews.com",
                "wire",
            )
        ],
    ),
    (
        "wire_press_release_slashes",
        "AUSTIN, Texas, May 2, 2025 /PRNewswire/ -- Fabrikam Ltd. opened a plant.",
        [
            (
                "AUSTIN, Texas, May 2, 2025 /PRNewswire/ --",
                "PR Newswire",
                "prnewswire.com",
                "wire",
            )
        ],
    ),
    (
        "wire_relay_of_two_agencies",
        "IPOH, May 2 (NNN-BERNAMA) — Rain closed two roads.",
        [
            ("IPOH, May 2 (NNN-BERNAMA) —", "NAM News Network", "namnewsnetwork.org", "wire"),
            ("IPOH, May 2 (NNN-BERNAMA) —", "Bernama", "bernama.com", "wire"),
        ],
    ),
    (
        "wire_source_line_naming_an_agency",
        "The fair will run for a week.\nSource: Anadolu Agency",
        [("Source: Anadolu Agency", "Anadolu Agency", "aa.com.tr", "wire")],
    ),
    (
        "republished_source_line_naming_an_outlet",
        "The fair will run for a week.\nSource: BBC",
        [("Source: BBC", "BBC", "bbc.com", "republished")],
    ),
    (
        "republished_notice_with_a_domain",
        "The fair will run for a week.\nThis post appeared first on bbc.co.uk",
        [("This post appeared first on bbc.co.uk", "BBC", "bbc.com", "republished")],
    ),
    (
        "republished_notice_of_an_unknown_outlet_by_domain",
        "The fair will run for a week.\nThis article first appeared on harbor-gazette.org",
        [
            (
                "This article first appeared on harbor-gazette.org",
                None,
                "harbor-gazette.org",
                "republished",
            )
        ],
    ),
    (
        "republished_yoast_footer_of_an_unknown_outlet",
        "The fair will run for a week.\nThe post Fair opens appeared first on Harbor Gazette.",
        [
            (
                "The post Fair opens appeared first on Harbor Gazette.",
                "Harbor Gazette",
                None,
                "republished",
            )
        ],
    ),
    (
        "republished_under_a_creative_commons_license",
        (
            "Rain is due.\nThis article is republished from The Conversation under a Creative "
            "Commons license."
        ),
        [
            (
                (
                    "This article is republished from The Conversation under a Creative Commons "
                    "license."
                ),
                "The Conversation",
                "theconversation.com",
                "republished",
            )
        ],
    ),
    (
        "contributed_by_an_agency_writer",
        "Rain is due.\nAssociated Press writer Lena Fox contributed to this report.",
        [
            (
                "Associated Press writer Lena Fox contributed to this report.",
                "Associated Press",
                "apnews.com",
                "contributed",
            )
        ],
    ),
    (
        "contributed_inputs_glued_to_a_paragraph",
        "Rain is due on Friday. (With inputs from PTI)",
        [("(With inputs from PTI)", "Press Trust of India", "ptinews.com", "contributed")],
    ),
    (
        "contributed_by_unnamed_agencies",
        "Rain is due on Friday.\n— With inputs from agencies",
        [("— With inputs from agencies", None, None, "contributed")],
    ),
    (
        "contributed_agencies_to_a_publisher",
        "Rain is due on Friday.\n(Harbor TV with AFP and Reuters)",
        [
            ("(Harbor TV with AFP and Reuters)", "Agence France-Presse", "afp.com", "contributed"),
            ("(Harbor TV with AFP and Reuters)", "Reuters", "reuters.com", "contributed"),
        ],
    ),
    (
        "source_link_left_by_a_scraper",
        "Rain is due on Friday.\nSource link\nRelated posts",
        [("Source link", None, None, "source_link")],
    ),
    (
        "desk_credit_glued_to_the_last_paragraph",
        "Rain is due on Friday, the office said. (Int’l News Desk)",
        [("(Int’l News Desk)", None, None, "desk")],
    ),
    (
        "desk_credit_heading_the_article",
        "CITY DESK: Rain is due on Friday, the office said.",
        [("CITY DESK:", None, None, "desk")],
    ),
    (
        "german_dateline",
        "Kiel (dpa) - Der Hafen bleibt am Montag geschlossen.",
        [("Kiel (dpa) -", "Deutsche Presse-Agentur", "dpa.com", "wire")],
    ),
    (
        "german_first_published_notice",
        "Der Hafen bleibt zu.\nDer Beitrag Hafen zu erschien zuerst auf Hafenblatt.",
        [
            (
                "Der Beitrag Hafen zu erschien zuerst auf Hafenblatt.",
                "Hafenblatt",
                None,
                "republished",
            )
        ],
    ),
    (
        "french_source_line_with_spaced_colon",
        "Le port reste fermé lundi.\nSource : AFP",
        [("Source : AFP", "Agence France-Presse", "afp.com", "wire")],
    ),
    (
        "spanish_dateline_with_stop_and_dash",
        "VALENCIA, 2 may (EFE).- El puerto sigue cerrado.",
        [("VALENCIA, 2 may (EFE).-", "Agencia EFE", "efe.com", "wire")],
    ),
    (
        "spanish_contribution",
        "El puerto sigue cerrado.\nCon información de Europa Press.",
        [("Con información de Europa Press.", "Europa Press", "europapress.es", "contributed")],
    ),
    (
        "russian_dateline_in_slashes",
        "КАЗАНЬ, 2 мая. /ТАСС/. Порт закрыт до понедельника.",
        [("КАЗАНЬ, 2 мая. /ТАСС/.", "TASS", "tass.ru", "wire")],
    ),
    (
        "russian_dateline_with_dash_and_agency",
        "КАЗАНЬ, 2 мая — РИА Новости. Порт закрыт до понедельника.",
        [("КАЗАНЬ, 2 мая — РИА Новости.", "RIA Novosti", "ria.ru", "wire")],
    ),
    (
        "chinese_dispatch_head",
        "新华社杭州5月2日电 港口周一关闭。",
        [("新华社杭州5月2日电", "Xinhua News Agency", "xinhuanet.com", "wire")],
    ),
    (
        "chinese_source_line",
        "港口周一关闭。\n来源：中新网",
        [("来源：中新网", "China News Service", "chinanews.com.cn", "wire")],
    ),
    (
        "turkish_dateline",
        "İZMİR (AA) - Liman pazartesi kapalı kalacak.",
        [("İZMİR (AA) -", "Anadolu Agency", "aa.com.tr", "wire")],
    ),
    (
        "turkish_source_line",
        "Liman pazartesi kapalı kalacak.\nKaynak: DHA",
        [("Kaynak: DHA", "Demirören News Agency", "dha.com.tr", "wire")],
    ),
    (
        "arabic_dateline_in_slashes",
        "جدة 2 مايو /واس/ أغلق الميناء يوم الاثنين.",
        [("جدة 2 مايو /واس/", "Saudi Press Agency", "spa.gov.sa", "wire")],
    ),
    (
        "wire_dateline_without_brackets",
        "NARA, May 2 Kyodo -- The temple reopened on Friday.",
        [("NARA, May 2 Kyodo --", "Kyodo News", "kyodonews.net", "wire")],
    ),
    (
        "wire_agency_with_a_regional_desk_code",
        "Der Hafen bleibt zu. (dpa/lnw)",
        [("(dpa/lnw)", "Deutsche Presse-Agentur", "dpa.com", "wire")],
    ),
    (
        "wire_byline_of_an_agency_writer",
        "By Lena Fox, Reuters\nThe port was shut.",
        [("By Lena Fox, Reuters", "Reuters", "reuters.com", "wire")],
    ),
    (
        "french_contribution_with_elided_article",
        "Le port reste fermé.\nAvec l'AFP",
        [("Avec l'AFP", "Agence France-Presse", "afp.com", "contributed")],
    ),
    (
        "arabic_dateline_in_brackets",
        "عمان (رويترز) - أغلق الميناء يوم الاثنين.",
        [("عمان (رويترز) -", "Reuters", "reuters.com", "wire")],
    ),
    (
        "wire_closing_dash_before_a_hyphenated_agency_name",
        "The ferries ran late.\n— Agence France-Presse",
        [("— Agence France-Presse", "Agence France-Presse", "afp.com", "wire")],
    ),
    (
        "wire_house_credit_of_reporters_and_editors",
        "The ferries ran late.\n(Reporting by Lena Fox; Editing by Omar Hale)",
        [
            (
                "(Reporting by Lena Fox; Editing by Omar Hale)",
                "Reuters",
                "reuters.com",
                "wire",
            )
        ],
    ),
    (
        "wire_report_first_published_by_an_agency",
        "The ferries ran late.\nThis report by The Canadian Press was first published May 2, 2025.",
        [
            (
                "This report by The Canadian Press was first published May 2, 2025.",
                "The Canadian Press",
                "thecanadianpress.com",
                "wire",
            )
        ],
    ),
    (
        "wire_swiss_agencies_in_lower_case",
        "Bern (awp/sda) - Die Fähren fahren wieder.",
        [
            ("Bern (awp/sda) -", "AWP Finanznachrichten", "awp.ch", "wire"),
            ("Bern (awp/sda) -", "Keystone-SDA", "keystone-sda.ch", "wire"),
        ],
    ),
    (
        "wire_source_line_with_an_arabic_agency_name",
        "أغلق الميناء.\nالمصدر: وكالة الأنباء الكويتية",
        [
            (
                "المصدر: وكالة الأنباء الكويتية",
                "Kuwait News Agency",
                "kuna.net.kw",
                "wire",
            )
        ],
    ),
    (
        "contribution_of_an_outlet_with_an_agency_ending_a_paragraph",
        "Le port reste fermé jusqu'à lundi. Le Monde avec AFP",
        [("Le Monde avec AFP", "Agence France-Presse", "afp.com", "contributed")],
    ),
    (
        "contribution_with_files_from",
        "The ferries ran late.\nWith files from The Canadian Press",
        [
            (
                "With files from The Canadian Press",
                "The Canadian Press",
                "thecanadianpress.com",
                "contributed",
            )
        ],
    ),
    (
        "contribution_of_an_agency_writer_from_a_place",
        "The ferries ran late.\nAP writer Lena Fox contributed from Bergen.",
        [
            (
                "AP writer Lena Fox contributed from Bergen.",
                "Associated Press",
                "apnews.com",
                "contributed",
            )
        ],
    ),
    (
        "wire_korean_dateline_place_equals_agency",
        "(부산=연합뉴스) 항구가 다시 열렸다.",
        [("(부산=연합뉴스)", "Yonhap News Agency", "yna.co.kr", "wire")],
    ),
    (
        "wire_japanese_dateline_in_lenticular_brackets",
        "【大阪共同】港が再開した。",
        [("【大阪共同】", "Kyodo News", "kyodonews.net", "wire")],
    ),
    (
        "russian_first_published_on_a_site",
        "Паром опоздал.\nСтатья впервые опубликована на сайте «Новая газета».",
        [
            (
                "Статья впервые опубликована на сайте «Новая газета».",
                "Novaya Gazeta",
                "novayagazeta.ru",
                "republished",
            )
        ],
    ),
    (
        "source_line_naming_an_unknown_club",
        "The junior team won the regional cup on Sunday.\n\nQuelle: Ruderclub Nordhafen",
        [("Quelle: Ruderclub Nordhafen", "Ruderclub Nordhafen", None, "republished")],
    ),
    (
        "source_line_in_a_meta_line_with_a_date",
        "Harbour reopens\n2024-05-02 10:15 来源：海港日报\n渡轮周一恢复。",
        [("来源：海港日报", "海港日报", None, "republished")],
    ),
    (
        "source_line_with_a_known_agency_in_another_language",
        "Prom znowu kursuje od poniedziałku.\nŹródło: PAP",
        [("Źródło: PAP", "Polish Press Agency", "pap.pl", "wire")],
    ),
    (
        "editor_initials_and_agency_closing_a_paragraph",
        "Die Fähre fährt ab Montag wieder. xy/dpa",
        [("xy/dpa", "Deutsche Presse-Agentur", "dpa.com", "wire")],
    ),
    (
        "agency_and_initials_in_closing_brackets",
        "Die Fähre fährt ab Montag wieder.\n\n(KNA, ZR)",
        [("(KNA, ZR)", "Katholische Nachrichten-Agentur", "kna.de", "wire")],
    ),
    (
        "site_and_unnamed_agencies_closing_tag",
        "Die Fähre fährt ab Montag wieder.\nred, hafen.example.at/Agenturen",
        [("red, hafen.example.at/Agenturen", None, None, "contributed")],
    ),
    (
        "provided_by_an_unknown_outlet_after_a_copyright_mark",
        "Ferries resumed on Monday.\n© Provided by Harbor Times",
        [("© Provided by Harbor Times", "Harbor Times", None, "republished")],
    ),
    (
        "dutch_feed_footer",
        "De veerboot vaart weer.\nHet bericht Veerboot vaart weer verscheen eerst op Havenblad.",
        [
            (
                "Het bericht Veerboot vaart weer verscheen eerst op Havenblad.",
                "Havenblad",
                None,
                "republished",
            )
        ],
    ),
    (
        "contribution_from_an_unknown_outlet",
        "El ferri vuelve a operar el lunes.\n(Con información de El Faro del Puerto)",
        [
            (
                "(Con información de El Faro del Puerto)",
                "El Faro del Puerto",
                None,
                "contributed",
            )
        ],
    ),
    (
        "byline_of_an_agency_the_registry_does_not_know",
        "Por: Agencia Puerto Norte | 2 de mayo\n\nEl ferri vuelve a operar el lunes.",
        [("Por: Agencia Puerto Norte", "Agencia Puerto Norte", None, "wire")],
    ),
    (
        "capital_letter_dateline_with_an_agency",
        "ОМСК. КАЗИНФОРМ – Паром снова ходит по расписанию.",
        [("ОМСК. КАЗИНФОРМ –", "Kazinform", "inform.kz", "wire")],
    ),
    (
        "swedish_feed_footer",
        "Färjan går igen.\nInlägget Färjan går igen dök först upp på Hamnbladet.",
        [
            (
                "Inlägget Färjan går igen dök först upp på Hamnbladet.",
                "Hamnbladet",
                None,
                "republished",
            )
        ],
    ),
    (
        "polish_feed_footer",
        "Prom znowu kursuje.\nWpis Prom kursuje pojawił się po raz pierwszy w Gazecie Portowej.",
        [
            (
                "Wpis Prom kursuje pojawił się po raz pierwszy w Gazecie Portowej.",
                "Gazecie Portowej",
                None,
                "republished",
            )
        ],
    ),
    (
        "network_affiliates_credit",
        "Ferries resumed on Monday.\nFrom CNN Newsource affiliates",
        [("From CNN Newsource affiliates", "CNN", "cnn.com", "wire")],
    ),
    (
        "network_business_desk_in_a_dateline",
        "ATLANTA (CNN Business) — Ferry fares rose on Monday.",
        [("ATLANTA (CNN Business) —", "CNN", "cnn.com", "wire")],
    ),
    (
        "writer_and_agency_on_a_line",
        "Harbour reopens\n\nLena Fox Associated Press\n\nFerries resumed on Monday.",
        [("Lena Fox Associated Press", "Associated Press", "apnews.com", "wire")],
    ),
    (
        "agency_then_place_opening_a_story",
        "PTI, Pune: Two bridges were closed for repairs on Sunday.",
        [("PTI, Pune:", "Press Trust of India", "ptinews.com", "wire")],
    ),
    (
        "agency_then_place_and_date_opening_a_story",
        "Reuters, Oslo, May 2 – Shipping rates rose on Friday.",
        [("Reuters, Oslo, May 2 –", "Reuters", "reuters.com", "wire")],
    ),
    (
        "desk_in_a_bulleted_line",
        "Ferries resumed on Monday.\n  * Harbor Sports Desk\n  * Updated: May 2",
        [("Harbor Sports Desk", None, None, "desk")],
    ),
]

NEGATIVES = [
    ("attribution_reported", "Harbor News Agency reported that Xinhua said the port was shut."),
    ("norwegian_prose_first_appeared", "Ideen til festivalen dukket først opp på en øving i 2014."),
    ("list_of_agencies_opening_a_sentence", "Reuters, Bloomberg and AFP all reported the sale."),
    ("agency_as_subject_before_a_clause", "Reuters, citing two sources, said the port was shut."),
    ("own_date_after_originally_published", "Ferries resumed.\nOriginally published on March 3"),
    ("agencies_with_a_modifier", "Ferries resumed, with inputs from state agencies."),
    ("caption_credit_slash_agency", "A crane at the port on Monday. (Lena Fox / AP)"),
    ("caption_label_in_brackets", "A crane at the port on Monday. (Bild: Lena Fox / AP)"),
    ("copyright_after_a_caption", "A crane at the port on Monday.© AFP"),
    ("copyright_with_a_photographer", "A crane at the port.\n© dpa | Lena Fox"),
    ("copyright_chain_with_a_photographer", "A crane at the port.\n© APA/APA (dpa)/Lena Fox"),
    ("source_label_in_a_caption", "The harbour at dawn, Quelle: Harbor Times"),
    (
        "source_in_a_bracketed_image_credit",
        "The harbour at dawn. (Quelle: Fox/Unsplash/Hafenverein)",
    ),
    ("source_line_naming_an_image_library", "A crane at the port.\nSource: Getty Images"),
    ("source_line_citing_a_paper", "Ferries resumed.\nQuelle: Fox L et al.: Ferry use in 2020"),
    ("headline_with_its_outlet", "Further reading\nFerries Return To ‘Normal’ Service (Forbes)"),
    (
        "pictures_labelled_with_agencies",
        "A crane at the port on Monday.\n\nReuters\n\nA ferry leaves the harbour.\n\nAP",
    ),
    ("menu_line_that_looks_like_a_tag", "Discuss\nFeedback\nRSS/XML\nArchive"),
    ("app_button_after_a_site_name", "WATCH LIVE TV\nDOWNLOAD Harbor24 APP\nFollow Us"),
    (
        "author_after_stammt_von",
        "Dieser Artikel stammt von Lena und wurde am 3.05.13 veröffentlicht.",
    ),
    (
        "site_wide_footer_about_agency_copyright",
        "Sämtliche Inhalte, vor allem Texte und Fotos von Agenturen, sind urheberrechtlich geschützt.",
    ),
    ("attribution_according_to", "According to Reuters, the port was shut on Monday."),
    ("attribution_told", "A harbour official told AFP the port was shut."),
    ("photo_credit_in_brackets", "A crane at the port on Monday. (AP Photo/Lena Fox)"),
    ("photo_credit_with_slash", "A crane at the port on Monday. REUTERS/Lena Fox"),
    ("photo_credit_line", "A crane at the port.\nPhoto: AP"),
    ("photo_credit_agency_and_photographer", "A crane at the port. (Xinhua/Li Ming)"),
    ("look_alike_exam", "Pupils sat the (AP) exam on Monday."),
    ("look_alike_acronym_defined", "The Australian Federal Police (AFP) seized a boat."),
    ("look_alike_party", "PTI chairman Omar Ali spoke on Monday."),
    ("agency_as_topic", "Reuters cut 200 jobs, the company said on Monday."),
    ("data_source_line", "Harbour traffic, 2020-2024.\nSource: World Bank"),
    ("own_copyright_line", "© 2025 Harbor Gazette. All rights reserved."),
    ("prose_first_appeared", "The band first appeared on Broadway in 2003."),
    ("prose_originally_appeared_in_a_lecture", "The theory originally appeared in a 2003 lecture."),
    ("help_desk", "Questions? Call the Help Desk"),
    ("reporter_contributed", "Lena Fox contributed to this report."),
    ("agency_in_brackets_inside_a_paragraph", "Shares fell. (Reuters) The index dropped."),
    ("feed_link_alone_on_a_line", "Follow us\nRSS\nNewsletter"),
    ("photo_copyright_with_photographer", "A crane at the port. © REUTERS / Lena Fox"),
    ("bracketed_domain", "Read more at our partner (harbor-gazette.org)."),
    ("russian_attribution", "Как сообщает ТАСС, порт закрыт."),
    ("chinese_attribution", "据新华社报道，港口关闭。"),
    ("interview_with_an_agency", "The minister spoke about the port with AFP"),
    ("reporter_with_a_place", "Lena Fox contributed from Bergen."),
    ("reporting_credit_without_an_editor", "(Reporting by Lena Fox)"),
    ("photo_credit_getty_via_agency", "A crane at the port. Getty Images via AFP"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in POSITIVES], ids=[case[0] for case in POSITIVES]
)
def test_detects_credit(text: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    assert _credits(text) == expected


@pytest.mark.parametrize(
    "text", [case[1] for case in NEGATIVES], ids=[case[0] for case in NEGATIVES]
)
def test_ignores_non_credit(text: str) -> None:
    assert detect_syndication(text) == ()


def test_evidence_is_the_text_between_offsets() -> None:
    text = "Rain is due.\nSOURCE: AA\nMore news"
    (credit,) = detect_syndication(text)
    assert text[credit.start : credit.end] == credit.evidence == "SOURCE: AA"


def test_credit_glued_to_a_paragraph_spans_only_the_credit() -> None:
    text = "Rain is due on Friday, the office said. (Int’l News Desk)"
    (credit,) = detect_syndication(text)
    assert text[: credit.start] == "Rain is due on Friday, the office said. "


def test_photo_credit_and_dateline_give_one_detection() -> None:
    text = "A crane at the port. (AP Photo/Lena Fox)\nBERGEN (AP) — The port was shut."
    assert _credits(text) == [("BERGEN (AP) —", "Associated Press", "apnews.com", "wire")]


def test_credits_are_sorted_by_offset() -> None:
    text = "OSLO (Reuters) - Rain is due.\nMore rain.\nSource link"
    starts = [credit.start for credit in detect_syndication(text)]
    assert starts == sorted(starts)
    assert len(starts) == 2


def test_crlf_line_ends() -> None:
    text = "Rain is due.\r\nSource: AFP\r\n"
    assert _credits(text) == [("Source: AFP", "Agence France-Presse", "afp.com", "wire")]


def test_empty_text() -> None:
    assert detect_syndication("") == ()


def test_rejects_bytes_with_a_hint() -> None:
    with pytest.raises(TypeError, match="text must be a str, got bytes"):
        detect_syndication(b"Source: AFP")  # type: ignore[arg-type]


def test_results_are_syndication_objects() -> None:
    (credit,) = detect_syndication("Source: AFP")
    assert isinstance(credit, Syndication)
    assert credit.to_dict()["kind"] == "wire"


def test_registry_looks_up_aliases_in_other_scripts() -> None:
    assert lookup_source("新华社") == lookup_source("Xinhua")
    assert lookup_source("Anadolu Ajansı") == lookup_source("AA")


def test_registry_needs_capitals_for_abbreviations() -> None:
    assert lookup_source("afp") is None
    assert lookup_source("AFP") is not None


def test_registry_finds_subdomains() -> None:
    source = lookup_domain("edition.cnn.com")
    assert source is not None
    assert source.name == "CNN"


def test_registry_rejects_lists_with_unknown_items() -> None:
    assert parse_sources("Reuters/Ipsos poll") == ()


def test_registry_has_at_least_150_sources() -> None:
    from importlib import resources

    raw = json.loads(
        resources.files("newsnorm.data").joinpath("agencies.json").read_text(encoding="utf-8")
    )
    assert len(raw["sources"]) >= 150
    domains = [source["domain"] for source in raw["sources"]]
    assert len(domains) == len(set(domains))


def test_hostile_repetitions_finish() -> None:
    # Quadratic behaviour would take minutes here; linear takes well under a second.
    for unit in (
        "(AP ",
        "appeared first on the ",
        "(AP) — ",
        "/TASS/ ",
        "© AP ",
        "Source: ",
        "(Reporting by Lena; ",
        "Le Monde avec AFP ",
        "— France-Presse-",
        "Rain. With AFP\n",
        "【大阪共同",
        "(부산=연합뉴스 ",
    ):
        detect_syndication(unit * (200_000 // len(unit)))


@pytest.mark.shared
def test_dev_set_scores(shared_dir: Path) -> None:
    path = shared_dir / "corpus" / "syndication" / "dev.jsonl"
    true_positives = false_positives = false_negatives = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        found = {(credit.name, credit.domain) for credit in detect_syndication(case["text"])}
        expected = {(item["name"], item["domain"]) for item in case["expected"]}
        true_positives += len(found & expected)
        false_positives += len(found - expected)
        false_negatives += len(expected - found)
    precision = true_positives / max(1, true_positives + false_positives)
    recall = true_positives / max(1, true_positives + false_negatives)
    assert 2 * precision * recall / (precision + recall) >= 0.95


def test_hyphen_inside_a_word_closes_no_credit() -> None:
    assert _credits("The ferries ran late.\nNorth-AFP") == []


def test_photo_bracket_is_no_credit() -> None:
    assert _credits("The ferries ran late. (Photo: AFP)\nThey ran again on Monday.") == []


def test_cue_with_a_gate_word_is_still_found() -> None:
    text = "The bridge reopened.\nThe Harbor Ledger is part of States Newsroom, a network."
    assert _credits(text) == [
        (
            "The Harbor Ledger is part of States Newsroom, a network.",
            "The Harbor Ledger",
            None,
            "republished",
        )
    ]

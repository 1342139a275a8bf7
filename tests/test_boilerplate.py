"""Unit tests for newsnorm.boilerplate: one behaviour each, on pages written for the tests."""

from __future__ import annotations

import gzip
import itertools
import json
import re
from collections import Counter
from typing import TYPE_CHECKING

import pytest

from newsnorm import strip_boilerplate
from newsnorm.boilerplate import features, weights
from newsnorm.boilerplate.features import describe, describe_lines
from newsnorm.boilerplate.phrases import (
    cookie_notices,
    is_social_run,
    is_teaser_header,
    lower,
    lower_lines,
    phrase_reason,
    stopwords,
)
from newsnorm.boilerplate.strip import _strip
from newsnorm.model import SEGMENT_REASONS, Syndication

if TYPE_CHECKING:
    from pathlib import Path

BODY = [
    (
        "The ferry between Marlow Island and the mainland sailed again on Monday after three "
        "weeks of repairs to its engine, the harbour office said."
    ),
    (
        "Around two hundred passengers took the first crossing, which left at seven in the "
        "morning and arrived twelve minutes late because of fog in the bay."
    ),
    "Repairs cost more than the council had planned",
    (
        "The council said the extra cost would be covered by the reserve fund and that ticket "
        "prices would not change before the summer season."
    ),
    (
        "“We are glad to have our boat back,” said Ines Varga, who runs a bakery near the pier "
        "and crosses every week to buy flour."
    ),
]

PAGE = "\n".join(
    [
        "Skip to main content",
        "  * Home",
        "  * World",
        "  * Sport",
        "  * Weather",
        "Most Popular",
        "Lighthouse keeper retires after forty years",
        "New bridge plans shown to residents",
        "",
        "Island ferry back in service after repairs",
        "",
        "By Tomas Brenner",
        "March 4, 2031",
        "Share on Facebook",
        "",
        *[paragraph + "\n" for paragraph in BODY],
        "FacebookTwitterEmail",
        "Related Articles",
        "Harbour to get a new crane next year",
        "March 2, 2031",
        "School choir wins regional prize",
        "March 1, 2031",
        "Sign up for our newsletter",
        "Copyright © 2031 The Marlow Gazette. All rights reserved.",
    ]
)


def test_keeps_the_article_paragraphs() -> None:
    assert strip_boilerplate(PAGE).text == "\n\n".join(BODY)


def test_finds_the_headline_above_the_body() -> None:
    assert strip_boilerplate(PAGE).title == "Island ferry back in service after repairs"


def test_headline_is_not_in_the_body() -> None:
    assert "Island ferry back in service" not in strip_boilerplate(PAGE).text


def test_keeps_a_short_subhead_inside_the_article() -> None:
    assert "Repairs cost more than the council had planned" in strip_boilerplate(PAGE).text


def test_drops_the_teaser_list_after_its_header() -> None:
    result = strip_boilerplate(PAGE)
    teasers = " ".join(segment.text for segment in result.removed if segment.reason == "teaser")
    assert "Harbour to get a new crane" in teasers
    assert "Harbour to get a new crane" not in result.text


def test_names_the_reason_of_each_removal() -> None:
    reasons = {segment.reason for segment in strip_boilerplate(PAGE).removed}
    assert {"navigation", "teaser", "share", "newsletter", "copyright", "title"} <= reasons
    assert reasons <= SEGMENT_REASONS


def test_removed_offsets_point_into_the_input() -> None:
    for segment in strip_boilerplate(PAGE).removed:
        assert PAGE[segment.start : segment.end] == segment.text


def test_removed_segments_are_sorted_and_do_not_overlap() -> None:
    removed = strip_boilerplate(PAGE).removed
    for before, after in itertools.pairwise(removed):
        assert before.end <= after.start


def test_neighbouring_lines_with_one_reason_make_one_segment() -> None:
    teaser = [s.text for s in strip_boilerplate(PAGE).removed if s.reason == "teaser"]
    assert teaser[-1].startswith("Related Articles\nHarbour")
    assert teaser[-1].endswith("March 1, 2031")


def test_the_date_under_the_headline_is_a_byline() -> None:
    removed = strip_boilerplate(PAGE).removed
    bylines = [segment.text for segment in removed if segment.reason == "byline"]
    assert any(text.endswith("March 4, 2031") for text in bylines)


def test_a_teaser_header_costs_more_than_the_short_lines_after_it_gain() -> None:
    page = "\n".join([*BODY, "Read next", *BODY[:1]])
    assert strip_boilerplate(page).text == "\n\n".join(BODY)


def test_an_inline_related_box_does_not_end_the_article() -> None:
    page = "\n".join([*BODY[:2], "Related", "  * Bakery opens a second shop", *BODY[3:]])
    text = strip_boilerplate(page).text
    assert BODY[0] in text
    assert BODY[4] in text
    assert "Bakery opens" not in text


def test_a_standfirst_above_the_byline_is_not_body() -> None:
    page = "\n".join(
        [
            "Island ferry back in service",
            "Passengers welcomed the return of the crossing, which the island depends on.",
            "By Tomas Brenner",
            *BODY,
        ]
    )
    assert strip_boilerplate(page).text.startswith(BODY[0])


def test_a_short_closing_line_after_the_body_stays() -> None:
    page = "\n".join([*BODY, "Ada Moss contributed reporting.", "Related", "Choir wins prize"])
    assert strip_boilerplate(page).text.endswith("Ada Moss contributed reporting.")


def test_a_line_announced_by_a_colon_stays_with_the_body() -> None:
    page = "\n".join(
        [*BODY, "The new timetable:", "07:00 Marlow to Port Alden", "09:30 Port Alden to Marlow"]
    )
    assert strip_boilerplate(page).text.endswith("09:30 Port Alden to Marlow")


def test_a_paragraph_cut_by_a_paywall_ellipsis_ends_the_body() -> None:
    cut = (
        "The council will meet again in April to decide whether a second boat should be "
        "bought for the busy summer months, when the crossing..."
    )
    page = "\n".join([*BODY, cut, "Subscribe to read more"])
    assert strip_boilerplate(page).text.endswith(cut)


def test_the_comments_under_the_article_are_dropped() -> None:
    comment = "I took that ferry for years and it was always late, so nothing new there really."
    page = "\n".join([*BODY, "12 Comments", "harbourfan", comment, "islander", comment])
    result = strip_boilerplate(page)
    assert comment not in result.text
    assert any(segment.reason == "comments" for segment in result.removed)


def test_a_syndication_credit_glued_to_a_paragraph_is_cut_and_the_rest_kept() -> None:
    line = "The new timetable starts in May with two more crossings a day, the office said. (Coast Desk)"
    page = "\n".join([*BODY, line])
    result = strip_boilerplate(page)
    assert result.text.endswith("the office said.")
    credit = result.removed[-1]
    assert (credit.text, credit.reason) == ("(Coast Desk)", "syndication")


def test_a_given_credit_is_cut_from_the_line_that_holds_it() -> None:
    line = "MARLOW (Tide News) - The ferry sailed again on Monday after three weeks of repairs."
    start = line.index("(Tide News)")
    credit = Syndication(start, start + 11, "(Tide News)", None, None, "wire")
    result = _strip(line, syndication=(credit,))
    assert result.text == "MARLOW - The ferry sailed again on Monday after three weeks of repairs."
    assert [(s.text, s.reason) for s in result.removed] == [("(Tide News)", "syndication")]


def test_a_dropped_line_that_is_a_credit_is_dropped_as_syndication() -> None:
    page = "\n".join([*BODY, "This article first appeared on Tide News"])
    start = page.index("This article")
    credit = Syndication(start, len(page), page[start:], "Tide News", None, "republished")
    result = _strip(page, syndication=(credit,))
    assert result.removed[-1].reason == "syndication"


def test_extracted_text_keeps_every_paragraph_but_drops_leftovers() -> None:
    text = "\n".join([*BODY, "Share this article", "Read more:", "  * Choir wins prize"])
    result = _strip(text, extracted=True)
    assert result.text == "\n\n".join(BODY)


def test_extracted_text_keeps_short_paragraphs() -> None:
    text = "\n".join([BODY[0], "It was cold.", BODY[1]])
    assert "It was cold." in _strip(text, extracted=True).text


def test_a_page_without_prose_keeps_its_plain_lines() -> None:
    assert strip_boilerplate("Rain at noon.\n\nSun later.").text == "Rain at noon.\n\nSun later."


def test_a_page_of_only_boilerplate_is_empty() -> None:
    result = strip_boilerplate("Share\nPrivacy Policy\nSubscribe")
    assert result.text == ""
    assert [segment.reason for segment in result.removed] == ["share", "navigation"]


def test_empty_text_gives_an_empty_result() -> None:
    result = strip_boilerplate("")
    assert (result.text, result.title, result.removed) == ("", None, ())


def test_windows_line_ends_keep_offsets_valid() -> None:
    page = PAGE.replace("\n", "\r\n")
    result = strip_boilerplate(page)
    assert result.text == "\n\n".join(BODY)
    for segment in result.removed:
        assert page[segment.start : segment.end] == segment.text


def test_chinese_text_is_measured_in_characters() -> None:
    body = [
        "岛上的渡轮在修理三周之后于星期一恢复航行，港务办公室表示乘客人数很快就会回到以前的水平。",
        "议会说额外的费用将由储备基金支付，夏季之前票价不会改变，居民对此表示欢迎。",
    ]
    page = "\n".join(["首页", "新闻", "体育", *body, "相关新闻", "学校合唱团获奖"])
    assert strip_boilerplate(page).text == "\n\n".join(body)


def test_russian_text_is_kept() -> None:
    body = [
        (
            "Паром между островом и материком снова вышел в море в понедельник после трёх недель "
            "ремонта, сообщили в администрации порта."
        ),
        (
            "Совет заявил, что дополнительные расходы будут покрыты из резервного фонда, а цены на "
            "билеты до лета не изменятся."
        ),
    ]
    page = "\n".join(["Главная", "Новости", *body, "Читайте также", "Хор выиграл конкурс"])
    assert strip_boilerplate(page).text == "\n\n".join(body)


def test_korean_syllables_weigh_more_than_latin_letters() -> None:
    body = [
        (
            "섬과 본토를 오가는 여객선이 엔진 수리를 마치고 3주 만에 월요일 다시 운항을 시작했다고 "
            "항만 사무소가 밝혔다."
        ),
        "약 200명의 승객이 첫 배를 탔으며, 배는 오전 7시에 출발해 안개 때문에 12분 늦게 도착했다.",
    ]
    page = "\n".join(["홈", "뉴스", "스포츠", *body, "관련기사", "합창단 지역 대회 우승"])
    assert strip_boilerplate(page).text == "\n\n".join(body)


def test_thai_without_spaces_between_words_is_kept() -> None:
    body = [
        (
            "เรือข้ามฟากระหว่างเกาะกับแผ่นดินใหญ่กลับมาให้บริการอีกครั้งในวันจันทร์หลังจากซ่อมแซม"
            "เครื่องยนต์เป็นเวลาสามสัปดาห์ สำนักงานท่าเรือกล่าว"
        ),
        (
            "ผู้โดยสารประมาณสองร้อยคนขึ้นเรือเที่ยวแรก ซึ่งออกเดินทางตอนเจ็ดโมงเช้าและมาถึงช้ากว่า"
            "กำหนดสิบสองนาทีเพราะมีหมอกในอ่าว"
        ),
    ]
    page = "\n".join(["หน้าแรก", "ข่าว", "กีฬา", *body, "ข่าวที่เกี่ยวข้อง", "นักร้องได้รับรางวัล"])
    assert strip_boilerplate(page).text == "\n\n".join(body)


def test_a_language_without_a_stopword_list_is_told_by_punctuation() -> None:
    body = [
        (
            "Feriboti ndërmjet ishullit dhe bregut lundroi përsëri të hënën pas tre javësh riparimesh "
            "në motor, tha zyra e portit."
        ),
        "Rreth dyqind pasagjerë morën kalimin e parë, i cili u nis në orën shtatë të mëngjesit.",
    ]
    page = "\n".join(["Kreu", "Lajme", "Sport", *body, "Related", "Kori fiton çmim"])
    assert strip_boilerplate(page).text == "\n\n".join(body)


def test_non_str_is_rejected_with_the_argument_name() -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        strip_boilerplate(b"bytes")  # type: ignore[arg-type]


def test_describe_sees_prose() -> None:
    assert describe(BODY[0]).kind == "prose"


def test_describe_sees_a_title_case_headline_as_no_prose() -> None:
    info = describe("Island Ferry Back In Service After Three Weeks Of Repairs To Its Engine")
    assert info.kind == "short"
    assert info.headline


def test_phrases_decide_only_short_lines() -> None:
    assert phrase_reason("Source: Tide News") == "syndication"
    sentence = "Source: " + "the harbour office said the ferry would keep sailing " * 8
    assert phrase_reason(sentence) is None


def test_a_byline_prefix_does_not_catch_a_sentence() -> None:
    assert phrase_reason("By Tomas Brenner") == "byline"
    assert phrase_reason("By noon the fog had lifted over the bay.") is None


def test_glued_share_buttons_are_a_share_bar() -> None:
    assert is_social_run("Facebook Twitter WhatsApp Email")
    assert not is_social_run("Facebook fined by regulator")


def test_teaser_headers_in_several_languages() -> None:
    for header in ("Related Stories", "Lesen Sie auch", "À lire aussi", "Читайте также"):
        assert is_teaser_header(header), header


def test_lower_lines_collapses_any_white_space_as_lower_does() -> None:
    lines = ["Read MORE", "Top\tStories", "Ferry\u00a0Back", "Two  spaces", " Edge ", "STRASSE"]
    assert lower_lines(lines) == [lower(line) for line in lines]


def test_every_wide_character_is_in_the_quick_blocks() -> None:
    everything = "".join(map(chr, range(0x110000)))
    for script in (features._CJK, features._DENSE, features._HANGUL):
        wide = "".join(script.findall(everything))
        assert wide
        assert features._MAYBE_WIDE.sub("", wide) == ""


def test_a_line_with_wide_characters_is_weighed_by_them() -> None:
    assert describe("港口渡轮周一恢复航行").weight == 10 * features.CJK_WEIGHT


def test_stopwords_cover_major_news_languages() -> None:
    assert {"the", "der", "les", "los", "della", "het", "что", "في"} <= stopwords()


# Development pages: the scorer's metric, re-implemented in a few lines.
def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text)
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def test_a_results_table_inside_the_article_stays() -> None:
    table = [
        "Pos.  Crew            Time     Gap",
        "1     Marlow Rowers   12:04    -",
        "2     Bay Club        12:19    0:15",
        "3     Pier Eight      12:31    0:27",
        "4     Harbour Youth   12:58    0:54",
    ]
    page = "\n".join(["Home", "Sport", BODY[0], BODY[1], *table, BODY[3], "Share", "Related"])
    result = strip_boilerplate(page)
    for row in table:
        assert row in result.text
    assert [describe_lines(table)[index].kind for index in range(len(table))] == ["table"] * 5


def test_a_table_that_ends_the_article_stays() -> None:
    table = [
        "Crew          Time",
        "Marlow        12:04",
        "Bay Club      12:19",
        "Pier Eight    12:31",
    ]
    page = "\n".join(["Home", BODY[0], BODY[1], BODY[3], *table, "Share on Facebook"])
    assert strip_boilerplate(page).text.endswith("Pier Eight    12:31")


def test_a_schedule_of_lines_of_one_shape_is_a_table() -> None:
    schedule = [
        "12 May - Lyon, Hall Three",
        "14 May - Nice, the Old Arena",
        "17 May - Dijon, Park Stage",
        "20 May - Metz, Town Hall",
    ]
    infos = describe_lines(["Tour dates", *schedule])
    assert [info.kind for info in infos[1:]] == ["table"] * 4
    page = "\n".join(["Home", BODY[0], BODY[1], *schedule, BODY[3], "Share"])
    assert all(line in strip_boilerplate(page).text for line in schedule)


def test_a_menu_is_not_a_table() -> None:
    menu = ["* Home", "* World News", "* Sport", "* Weather", "* Local"]
    assert "table" not in {info.kind for info in describe_lines(menu)}
    menu = ["Home  |  World  |  Sport", "Home  |  World  |  Sport"]
    assert "table" not in {info.kind for info in describe_lines(menu)}


def test_long_furniture_runs_cost_more_than_their_lines() -> None:
    menu = [f"Section number {number}" for number in range(12)]
    page = "\n".join([BODY[0], BODY[1], *menu, BODY[3]])
    assert BODY[3] not in strip_boilerplate(page).text
    assert weights.FURNITURE_RUN_COST > 0


@pytest.mark.parametrize(
    "notice",
    [
        (
            "We use cookies on our website to give you the most relevant experience by "
            "remembering your preferences and repeat visits. " * 4
        ),
        (
            "Auf dieser Website setzen wir Cookies ein, um dein Nutzungserlebnis zu "
            "verbessern; sie werden in deinem Browser gespeichert."
        ),
        "Nous utilisons des cookies pour mesurer l'audience de ce site.",
        "Мы используем файлы cookie, чтобы сайт работал лучше.",
    ],
)
def test_cookie_notices_go_at_any_length(notice: str) -> None:
    page = "\n".join(["Home", *BODY, notice])
    result = strip_boilerplate(page)
    assert result.text == "\n\n".join(BODY)
    assert result.removed[-1].reason == "navigation"


def test_a_recipe_keeps_its_cookies() -> None:
    lines = ["Bake the cookies for twelve minutes, until the edges turn golden brown."]
    assert cookie_notices(lines, lower_lines(lines)) == set()
    assert phrase_reason(lines[0]) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Hinterlasse einen Kommentar", None),
        ("Udostępnij", "share"),
        ("Politique de confidentialité", "navigation"),
        ("Inscreva-se na nossa newsletter", "newsletter"),
        ("Wszelkie prawa zastrzeżone.", "copyright"),
        ("Tüm hakları saklıdır", "copyright"),
        ("Weiterlesen", "navigation"),
        ("Publicidade", "advertisement"),
    ],
)
def test_phrases_in_the_stopword_languages(line: str, reason: str | None) -> None:
    assert phrase_reason(line) == reason


@pytest.mark.parametrize(
    "header",
    ["Hinterlasse einen Kommentar", "Deja un comentario", "Залишити коментар", "Komentarze"],
)
def test_comment_headers_in_several_languages(header: str) -> None:
    assert describe(header).kind == "header"
    assert describe(header).reason == "comments"


@pytest.mark.parametrize(
    "header", ["Artículos relacionados", "Powiązane artykuły", "Последние новости", "Tin liên quan"]
)
def test_more_teaser_headers(header: str) -> None:
    assert is_teaser_header(header)


def test_the_headline_that_names_the_article_wins_over_a_section_name() -> None:
    page = "\n".join(
        [
            "Island Life And Local Stories",
            "",
            "Ferry returns to Marlow Island after engine repairs",
            "",
            "By Ada Moss",
            *BODY,
        ]
    )
    assert strip_boilerplate(page).title == "Ferry returns to Marlow Island after engine repairs"


@pytest.mark.parametrize("end", ["\u2028", "\u2029", "\x1c", "\x85", "\r", "\x0c"])
def test_boilerplate_cuts_lines_where_split_lines_does(end: str) -> None:
    from newsnorm.text import split_lines

    page = end.join(["Home", *BODY, "Share this article"])
    result = strip_boilerplate(page)
    assert result.text == "\n\n".join(BODY)
    lines = {line.text for line in split_lines(page)}
    for segment in result.removed:
        assert segment.text in lines
        assert page[segment.start : segment.end] == segment.text


def test_every_weight_is_documented() -> None:
    from pathlib import Path

    source = Path(weights.__file__).read_text(encoding="utf-8")
    names = [name for name in vars(weights) if name.isupper()]
    assert len(names) >= 30
    for name in names:
        assert re.search(rf"^{name}: Final = .+\n\"\"\"", source, re.MULTILINE), name


@pytest.mark.shared
def test_development_pages_keep_their_quality(shared_dir: Path) -> None:
    folder = shared_dir / "corpus" / "boilerplate"
    precisions, recalls = [], []
    for line in (folder / "index.jsonl").read_text(encoding="utf-8").splitlines():
        page_id = json.loads(line)["id"]
        page = (folder / f"{page_id}.page.txt").read_text(encoding="utf-8")
        truth = _shingles((folder / f"{page_id}.truth.txt").read_text(encoding="utf-8"))
        predicted = _shingles(strip_boilerplate(page).text)
        assert predicted, f"page {page_id} came out empty"
        common = sum((predicted & truth).values())
        precisions.append(common / sum(predicted.values()))
        recalls.append(common / sum(truth.values()))
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    assert 2 * precision * recall / (precision + recall) >= 0.93


@pytest.mark.shared
def test_html_development_page_is_read(shared_dir: Path) -> None:
    from newsnorm import normalise_html

    path = next((shared_dir / "corpus" / "boilerplate").glob("*.html.gz"))
    article = normalise_html(gzip.decompress(path.read_bytes()).decode("utf-8"))
    assert article.text

"""Unit tests of newsnorm.dates: finding dates, their values, parsing one date string."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest

import newsnorm.dates
from newsnorm.dates import find_dates, parse_date
from newsnorm.dates.vocabulary import calendar, guess_calendar, languages

WEDNESDAY = dt.date(2025, 3, 12)


def values(text: str, reference: dt.date | None = WEDNESDAY) -> list[tuple[str, str | None]]:
    return [(mention.text, mention.value) for mention in find_dates(text, reference=reference)]


class TestAbsolute:
    def test_written_month_first(self) -> None:
        assert values("Shares fell on Feb. 20, 2025 at noon.") == [("Feb. 20, 2025", "2025-02-20")]

    def test_written_day_first(self) -> None:
        assert values("The dam opened on 14 June 2024.") == [("14 June 2024", "2024-06-14")]

    def test_weekday_and_date_are_one_mention(self) -> None:
        assert values("Filed Friday, June 7, 2024.") == [("Friday, June 7, 2024", "2024-06-07")]

    def test_iso_date_without_its_time(self) -> None:
        assert values("2022-06-14 09:30 UTC") == [("2022-06-14", "2022-06-14")]

    def test_month_and_year(self) -> None:
        assert values("Rates peaked in October 1998.") == [("October 1998", "1998-10")]

    def test_quarter_code(self) -> None:
        assert values("Sales grew in Q3 2025.") == [("Q3 2025", "2025-Q3")]

    def test_decade(self) -> None:
        assert values("a style born in the 1990s") == [("the 1990s", "199")]

    def test_season_with_year(self) -> None:
        assert values("The mill shut in spring 2022.") == [("spring 2022", "2022-SP")]

    def test_bare_year(self) -> None:
        assert values("The port was built in 1907.") == [("1907", "1907")]

    def test_impossible_date_is_dropped(self) -> None:
        assert values("Form dated 31/02/2025.") == []


class TestModifiedYears:
    def test_year_glued_to_its_modifier(self) -> None:
        assert values("The depot opens in mid-2026, the council said.") == [("mid-2026", "2026")]

    def test_year_range_is_not_a_modified_year(self) -> None:
        assert values("Sales held steady over 2021-2022.") == []


class TestRelative:
    def test_bare_weekday_is_the_latest_one(self) -> None:
        assert values("The mayor resigned on Monday.") == [("Monday", "2025-03-10")]

    def test_weekday_with_future_cue_is_the_next_one(self) -> None:
        assert values("The board will vote on Friday.") == [("Friday", "2025-03-14")]

    def test_last_week_is_an_iso_week(self) -> None:
        assert values("Talks stalled last week.") == [("last week", "2025-W10")]

    def test_modifier_stays_in_the_extent(self) -> None:
        assert values("Fees rose earlier this month.") == [("earlier this month", "2025-03")]

    def test_years_ago(self) -> None:
        assert values("The club folded 41 years ago.") == [("41 years ago", "1984")]

    def test_month_after_preposition(self) -> None:
        assert values("The ferry returns in May.") == [("May", "2025-05")]

    def test_sentence_year_frames_a_month(self) -> None:
        found = values("In 2019, the club won in May and lost in September.")
        assert found[-1] == ("September", "2019-09")

    def test_past_tense_moves_a_near_future_day_back(self) -> None:
        reference = dt.date(2024, 12, 30)
        assert values("Floods hit the town on 9 January.", reference) == [
            ("9 January", "2024-01-09")
        ]

    def test_second_quarter_takes_the_reference_year(self) -> None:
        assert values("A rise is likely in the second quarter.") == [
            ("the second quarter", "2025-Q2")
        ]

    def test_without_reference_a_weekday_has_no_value(self) -> None:
        assert values("It rained on Sunday.", None) == [("Sunday", None)]

    def test_without_reference_a_day_keeps_its_month(self) -> None:
        assert values("The fair opens on 5 June.", None) == [("5 June", "XXXX-06-05")]

    def test_relative_flag(self) -> None:
        mentions = find_dates("On 5 June 2025, and again last week.", reference=WEDNESDAY)
        assert [mention.relative for mention in mentions] == [False, True]


class TestTraps:
    @pytest.mark.parametrize(
        "text",
        [
            "a 3-2 win",
            "the 9/11 attacks",
            "open 24/7",
            "COVID-19 rules",
            "version 2.10.1",
            "build 7.3.12",
            "call 0161 555 0177",
            "Theresa May spoke.",
            "a meeting in May Ellis's office",
            "the Winter Olympics",
            "every Friday",
            "Crowds march on the capital.",
            "about 2000 people",
            "for three days",
            "every week",
            "The 3 ferries carried 250 people, 25% more, at 10:30.",
        ],
    )
    def test_is_not_a_date(self, text: str) -> None:
        assert values(text) == []


class TestScan:
    def test_day_before_month_is_found_from_the_month(self) -> None:
        assert values("The fair opens on 14 May in Tarnby.") == [("14 May", "2025-05-14")]

    def test_count_before_unit_is_found_from_the_unit(self) -> None:
        assert values("The pier closed 3 days ago.") == [("3 days ago", "2025-03-09")]

    def test_glued_month_is_found_from_the_year(self) -> None:
        found = values("By Lia OrtpostedFebruary 24, 2025 No comments")
        assert found == [("February 24, 2025", "2025-02-24")]

    def test_year_run_is_not_a_day_before_a_key(self) -> None:
        assert values("codes 2025-01-2025-01-2025") == []


class TestOrder:
    def test_unambiguous_numeric_date_sets_the_order(self) -> None:
        found = values("Filed 30/05/2025, amended 02/06/2025.")
        assert found == [("30/05/2025", "2025-05-30"), ("02/06/2025", "2025-06-02")]

    def test_written_dates_set_the_order(self) -> None:
        found = values("On Feb. 20, 2025 it cut prices; on 11/12/2024 it raised them.")
        assert found[1] == ("11/12/2024", "2024-11-12")

    def test_language_sets_the_order(self) -> None:
        assert values("Die Sitzung am 03.04.2025 fiel aus.") == [("03.04.2025", "2025-04-03")]

    def test_nothing_decides_leaves_the_value_partial(self) -> None:
        assert values("Report 11/12/2024") == [("11/12/2024", "2024-XX-XX")]


class TestLanguages:
    def test_german(self) -> None:
        found = values("Der Rat hat am Mittwoch getagt; vergangene Woche und im Herbst.")
        assert found == [
            ("Mittwoch", "2025-03-12"),
            ("vergangene Woche", "2025-W10"),
            ("Herbst", "2025-FA"),
        ]

    def test_french(self) -> None:
        found = values("Le conseil a voté mardi dernier ; l'an dernier et le mois prochain.")
        assert found == [
            ("mardi dernier", "2025-03-11"),
            ("l'an dernier", "2024"),
            ("le mois prochain", "2025-04"),
        ]

    def test_spanish(self) -> None:
        found = values("El pleno se reunió el 9 de junio de 2025 y el próximo año.")
        assert found == [("9 de junio de 2025", "2025-06-09"), ("el próximo año", "2026")]

    def test_spanish_morning_is_not_tomorrow(self) -> None:
        assert values("Llovió por la mañana.") == []

    def test_every_calendar_file_loads(self) -> None:
        assert {"de", "en", "es", "fr"} <= set(languages())
        for language in languages():
            assert len(calendar(language).weekdays) >= 7

    @pytest.mark.parametrize("language", languages())
    def test_calendar_file_has_what_the_grammar_reads(self, language: str) -> None:
        raw = calendar(language).raw
        assert len(raw["months"]) == 12
        assert len(raw["weekdays"]) == 7
        units = {"day", "weekend", "week", "month", "quarter", "year", "decade"}
        assert set(raw["units"]) == units
        assert all(
            str(rule)[:2].isdigit() or rule.isidentifier() for rule in raw["holidays"].values()
        )
        assert set(raw["seasons"].values()) == {"SP", "SU", "FA", "WI"}
        assert raw["date_order"] in {None, "DMY", "MDY"}
        assert {"published", "updated"} <= set(raw["publication_labels"])

    def test_winter_olympics_is_not_a_season(self) -> None:
        assert values("Tickets for the Winter Olympics sold out.") == []

    def test_guess_falls_back_to_english(self) -> None:
        assert guess_calendar("12345").language == "en"


class TestFrenchAgo:
    def test_il_y_a_in_a_french_sentence(self) -> None:
        text = "Le conseil a voté la réforme il y a deux semaines, selon la mairie."
        found = values(text)
        assert [mention for mention, _ in found] == ["il y a deux semaines"]


class TestParseDate:
    @pytest.mark.parametrize(
        ("string", "expected"),
        [
            ("2025-01-23", dt.date(2025, 1, 23)),
            ("23.01.2025", dt.date(2025, 1, 23)),
            ("Jan. 23, 2025", dt.date(2025, 1, 23)),
            ("23 janvier 2025", dt.date(2025, 1, 23)),
            ("Thursday, 23 January 2025 10:00", dt.date(2025, 1, 23)),
            ("no date here", None),
            ("March 2025", None),
        ],
    )
    def test_parses(self, string: str, expected: dt.date | None) -> None:
        assert parse_date(string) == expected

    def test_ambiguous_needs_an_order(self) -> None:
        assert parse_date("02/06/2025") is None
        assert parse_date("02/06/2025", order="DMY") == dt.date(2025, 6, 2)
        assert parse_date("02/06/2025", order="MDY") == dt.date(2025, 2, 6)

    def test_bad_order_is_named(self) -> None:
        with pytest.raises(
            ValueError, match="order must be 'DMY', 'MDY', 'YMD' or None, got 'dmy'"
        ):
            parse_date("2025-01-23", order="dmy")

    def test_non_str_is_rejected(self) -> None:
        with pytest.raises(TypeError, match="string must be a str, got bytes"):
            parse_date(b"2025-01-23")  # type: ignore[arg-type]


class TestArguments:
    def test_reference_must_be_a_date(self) -> None:
        with pytest.raises(TypeError, match=r"reference must be a datetime\.date, an ISO"):
            find_dates("today", reference=20250101)  # type: ignore[arg-type]

    def test_reference_may_be_an_iso_string(self) -> None:
        assert find_dates("today", reference="2025-01-02")[0].value == "2025-01-02"
        assert find_dates("today", reference="2025-01-02T08:00:00")[0].value == "2025-01-02"

    def test_reference_string_must_be_iso(self) -> None:
        with pytest.raises(ValueError, match="ISO 8601"):
            find_dates("today", reference="2 January 2025")

    def test_years_before_one_get_no_value(self) -> None:
        mentions = find_dates("It was settled 3000 years ago.", reference=dt.date(2025, 1, 1))
        assert [(m.text, m.value) for m in mentions] == [("3000 years ago", None)]

    def test_arithmetic_beyond_the_calendar_never_raises(self) -> None:
        text = "yesterday, tomorrow, last week, next month, in May, on Tuesday, 9999 decades ago"
        for reference in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
            assert all(
                m.value is None or m.value[:1] != "-" for m in find_dates(text, reference=reference)
            )

    def test_datetime_reference_counts_as_its_day(self) -> None:
        mentions = find_dates("today", reference=dt.datetime(2025, 1, 2, 23, 59))
        assert mentions[0].value == "2025-01-02"

    def test_empty_text(self) -> None:
        assert find_dates("") == ()

    def test_public_names(self) -> None:
        assert newsnorm.dates.__all__ == ["find_dates", "find_publication_date", "parse_date"]


class TestRepeatedText:
    """A text that repeats a piece reuses its steps and values: the same as reading each anew."""

    def test_each_copy_has_the_value_of_the_first(self) -> None:
        piece = "The panel will report on Friday; the vote was held last week in March. "
        one = find_dates(piece, reference=dt.date(2025, 6, 4))
        many = find_dates(piece * 12, reference=dt.date(2025, 6, 4))
        assert len(many) == 12 * len(one)
        for index, mention in enumerate(many):
            first = one[index % len(one)]
            shift = (index // len(one)) * len(piece)
            assert (mention.start, mention.end) == (first.start + shift, first.end + shift)
            assert (mention.text, mention.value) == (first.text, first.value)

    def test_a_change_far_away_still_counts(self) -> None:
        sentence = "They met on Tuesday. " * 30
        changed = sentence + "Officials will meet on Tuesday. "
        values = [mention.value for mention in find_dates(changed, reference="2025-06-04")]
        assert values[:-1] == ["2025-06-03"] * 30
        assert values[-1] == "2025-06-10"


def _evaluator(shared: Path) -> object:
    spec = importlib.util.spec_from_file_location("eval_dates", shared / "tools" / "eval_dates.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
def test_dev_set_meets_the_targets(shared_dir: Path) -> None:
    evaluator = _evaluator(shared_dir)
    path = shared_dir / "corpus" / "dates" / "dev.jsonl"
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    from newsnorm.dates import find_publication_date

    result = evaluator.evaluate(cases, find_dates, find_publication_date, show_errors=False)  # type: ignore[attr-defined]
    total = result["tot"]
    _, _, value_f1 = evaluator.prf(total["val_eq"], total["pred"], total["gold"])  # type: ignore[attr-defined]
    stated, right, unstated, _ = result["pub"]
    assert value_f1 >= 0.85
    assert right / stated >= 0.95
    assert unstated > 0
    # TimeML wire stories keep no publication date by the corpus's convention (their date is
    # metadata); their year-less datelines do not settle a year, so they get none either.
    assert result["pub"][3] <= 1


THURSDAY_1989 = dt.date(1989, 10, 26)


class TestBusinessPeriods:
    def test_hyphenated_quarter_adjective(self) -> None:
        found = values("Acme posted third-quarter profit of $4 million.", THURSDAY_1989)
        assert found == [("third-quarter", "1989-Q3")]

    def test_the_quarter_is_the_quarter_under_discussion(self) -> None:
        text = "Acme's second-quarter sales rose. Costs for the quarter fell."
        assert values(text, THURSDAY_1989) == [
            ("second-quarter", "1989-Q2"),
            ("the quarter", "1989-Q2"),
        ]

    def test_the_latest_quarter_without_a_quarter_named_is_the_last_one_completed(self) -> None:
        assert values("Margins widened in the latest quarter.", THURSDAY_1989) == [
            ("the latest quarter", "1989-Q3")
        ]

    def test_year_earlier_forms_shift_the_quarter_a_year_back(self) -> None:
        text = (
            "Third-quarter revenue was $9 million, up from $8 million a year earlier. "
            "The year-ago period included a gain; year-earlier costs were lower."
        )
        assert values(text, THURSDAY_1989) == [
            ("Third-quarter", "1989-Q3"),
            ("a year earlier", "1988-Q3"),
            ("The year-ago period", "1988-Q3"),
            ("year-earlier", "1988-Q3"),
        ]

    def test_a_year_attached_to_a_quarter_stays_with_it(self) -> None:
        text = "It compares the 1988 fourth quarter with next year's first quarter."
        assert values(text, THURSDAY_1989) == [
            ("the 1988 fourth quarter", "1988-Q4"),
            ("next year's first quarter", "1990-Q1"),
        ]

    def test_in_january_the_fourth_quarter_is_the_one_just_ended(self) -> None:
        january = dt.date(2026, 1, 22)
        assert values("The brewer lost money in the fourth quarter.", january) == [
            ("the fourth quarter", "2025-Q4")
        ]
        assert values("The brewer expects fourth-quarter sales to slip.", january) == [
            ("fourth-quarter", "2025-Q4")
        ]

    def test_a_quarter_ahead_of_the_last_one_reported_goes_by_tense(self) -> None:
        may = dt.date(2026, 5, 6)  # the first quarter is the last one ended
        assert values("Its third-quarter loss widened sharply.", may) == [
            ("third-quarter", "2025-Q3")
        ]
        assert values("The mill will restart in the third quarter.", may) == [
            ("the third quarter", "2026-Q3")
        ]

    def test_the_same_quarter_in_two_tenses_in_one_text(self) -> None:
        may = dt.date(2026, 5, 6)
        text = "Output fell in the third quarter. Output will rise in the third quarter."
        assert values(text, may) == [
            ("the third quarter", "2025-Q3"),
            ("the third quarter", "2026-Q3"),
        ]
        assert values("Output fell in Q3. Output will rise in Q3.", may) == [
            ("Q3", "2025-Q3"),
            ("Q3", "2026-Q3"),
        ]

    def test_a_quarter_behind_the_last_one_reported_goes_by_tense(self) -> None:
        november = dt.date(2026, 11, 4)  # the third quarter is the last one ended
        assert values("Shipments slowed in the first quarter.", november) == [
            ("the first quarter", "2026-Q1")
        ]
        assert values("The mill will restart in the first quarter.", november) == [
            ("the first quarter", "2027-Q1")
        ]

    def test_the_quarter_of_this_or_next_year(self) -> None:
        text = "Costs peak in the fourth quarter of this year and ease in the first quarter of next year."
        assert values(text, dt.date(2026, 2, 10)) == [
            ("the fourth quarter of this year", "2026-Q4"),
            ("the first quarter of next year", "2027-Q1"),
        ]

    def test_prior_is_the_period_before_the_one_discussed(self) -> None:
        text = "Second-quarter output rose 3% from the prior quarter and 8% from the prior year."
        assert values(text, THURSDAY_1989) == [
            ("Second-quarter", "1989-Q2"),
            ("the prior quarter", "1989-Q1"),
            ("the prior year", "1988"),
        ]
        assert values("In 1986 the mill closed; the prior year it was sold.", THURSDAY_1989) == [
            ("1986", "1986"),
            ("the prior year", "1985"),
        ]

    def test_fiscal_between_the_ordinal_and_the_quarter(self) -> None:
        assert values("Its second fiscal quarter was weak.", THURSDAY_1989) == [
            ("second fiscal quarter", "1989-Q2")
        ]

    def test_a_season_of_this_or_last_year(self) -> None:
        text = "The dam ran dry in the summer of last year."
        assert values(text, dt.date(2026, 2, 10)) == [("the summer of last year", "2025-SU")]

    def test_fiscal_years(self) -> None:
        text = "Fiscal 1990 looks weak, and results for the fiscal year disappointed."
        assert values(text, THURSDAY_1989) == [("Fiscal 1990", "1990"), ("the fiscal year", "1989")]

    def test_a_bare_quarter_or_year_is_no_date(self) -> None:
        assert values("A quarter of the staff left; the year's best film won.", THURSDAY_1989) == []


class TestAnchored:
    def test_later_and_that_year_follow_the_last_date_named(self) -> None:
        text = "The mill opened on 2 May 1990. Three weeks later it flooded. That year was wet."
        assert values(text) == [
            ("2 May 1990", "1990-05-02"),
            ("Three weeks later", "1990-05-23"),
            ("That year", "1990"),
        ]

    def test_the_following_month(self) -> None:
        text = "Talks began in June 2021. The following month they failed."
        assert values(text) == [("June 2021", "2021-06"), ("The following month", "2021-07")]

    def test_the_next_day_follows_the_day_named(self) -> None:
        text = "The ferry sank on 3 May 2024. The next day divers arrived."
        assert values(text) == [("3 May 2024", "2024-05-03"), ("The next day", "2024-05-04")]

    def test_the_next_year_follows_the_year_named(self) -> None:
        text = "The levy began in 2011. Voters kept it at the polls the next year."
        assert values(text) == [("2011", "2011"), ("the next year", "2012")]
        assert values("The next year will be hard for growers.") == [("The next year", "2026")]

    def test_over_the_next_year_is_a_span(self) -> None:
        assert values("Fares will climb over the next year.") == []

    def test_that_day_without_a_day_named_is_left_out(self) -> None:
        assert values("Nobody knew what happened that day.") == []

    def test_this_weekend_is_the_weekend_of_its_week(self) -> None:
        found = values("Volunteers clear the beach this weekend.")
        assert found in ([("this weekend", "2025-W11-WE")], [("this weekend", "2025-W11")])

    def test_a_weekend_without_a_reference_is_a_week_with_no_value(self) -> None:
        found = find_dates("The fair opens this weekend.")
        assert [(mention.value, mention.granularity) for mention in found] == [(None, "week")]

    def test_years_ago_this_month(self) -> None:
        assert values("The bridge fell ten years ago this month.") == [
            ("ten years ago this month", "2015-03")
        ]

    def test_past_seasons_take_the_tense(self) -> None:
        assert values("Over the summer, fares rose.") == [("the summer", "2024-SU")]


class TestHolidaysAndWords:
    def test_fixed_and_movable_holidays(self) -> None:
        reference = dt.date(2025, 11, 20)
        text = "Stores close on Christmas Eve; the parade is on Thanksgiving Day."
        assert values(text, reference) == [
            ("Christmas Eve", "2025-12-24"),
            ("Thanksgiving Day", "2025-11-27"),
        ]

    def test_easter_with_its_year(self) -> None:
        assert values("Pilgrims came at Easter 2026.") == [("Easter 2026", "2026-04-05")]

    def test_years_and_decades_in_words(self) -> None:
        text = "It began in nineteen eighty-four, grew through the seventies and ends by the year two thousand."
        assert values(text) == [
            ("nineteen eighty-four", "1984"),
            ("the seventies", "197"),
            ("the year two thousand", "2000"),
        ]

    def test_two_thousand_alone_is_a_number(self) -> None:
        assert values("Two thousand runners started.") == []


class TestFalseDates:
    def test_fall_as_a_verb(self) -> None:
        assert values("Prices could fall further, and the roof began to fall in.") == []

    def test_programme_title(self) -> None:
        assert values("She told NBC's Meet the Press and This Week she would run.") == []

    def test_year_in_a_product_name(self) -> None:
        assert values("The studio sold its Falcon 1998 engine to a museum.") == []

    def test_generic_today(self) -> None:
        assert values("Fashion in today's world moves fast.") == []
        assert values("Most of today's electric cars charge overnight.") == []
        assert values("Today's final vote was close.") == [("Today", "2025-03-12")]


class TestTenseModel:
    def test_participle_after_a_future_auxiliary_is_future(self) -> None:
        found = values("The enlarged dividend will be paid Jan. 9.", dt.date(2025, 3, 12))
        assert found == [("Jan. 9", "2026-01-09")]

    def test_a_start_preposition_takes_the_nearest_occurrence(self) -> None:
        found = values("Fees rise from 12 July, the council said.", dt.date(2025, 6, 2))
        assert found == [("12 July", "2025-07-12")]

    def test_the_end_of_a_range_is_not_a_deadline(self) -> None:
        text = "The fair ran from Aug. 26 to Oct. 20, organisers said."
        assert values(text, dt.date(2025, 11, 3)) == [
            ("Aug. 26", "2025-08-26"),
            ("Oct. 20", "2025-10-20"),
        ]

    def test_a_clause_opening_date_reads_the_sentence_verb(self) -> None:
        found = values("In January, the board hired a new chief.", dt.date(2025, 10, 27))
        assert found == [("January", "2025-01")]

    def test_the_end_of_a_period_is_not_a_deadline(self) -> None:
        reference = dt.date(2026, 2, 12)
        assert values("Rents climbed 5% in the year to December.", reference) == [
            ("December", "2025-12")
        ]
        assert values("Rents must be frozen until December.", reference) == [
            ("December", "2026-12")
        ]

    def test_prior_to_is_no_deadline(self) -> None:
        assert values("Prior to March, the mill ran at a loss.", THURSDAY_1989) == [
            ("March", "1989-03")
        ]

    def test_a_present_that_names_a_plan_makes_a_weekday_future(self) -> None:
        reference = dt.date(2026, 2, 12)  # a Thursday
        assert values("The senate meets on Tuesday to vote.", reference) == [
            ("Tuesday", "2026-02-17")
        ]
        assert values("On Monday the senate meets again.", reference) == [("Monday", "2026-02-16")]
        assert values("The senate met on Tuesday.", reference) == [("Tuesday", "2026-02-10")]
        assert values("The shop was open on Sunday.", reference) == [("Sunday", "2026-02-08")]

    def test_a_present_that_names_a_plan_in_other_languages(self) -> None:
        reference = dt.date(2026, 2, 12)  # a Thursday
        assert values("Der Stadtrat tagt am Dienstag im Rathaus.", reference) == [
            ("Dienstag", "2026-02-17")
        ]
        assert values("Der Stadtrat tagte am Dienstag im Rathaus.", reference) == [
            ("Dienstag", "2026-02-10")
        ]
        assert values("El consejo se reúne el martes en el ayuntamiento.", reference) == [
            ("martes", "2026-02-17")
        ]

    def test_weekday_future_cues(self) -> None:
        reference = dt.date(2025, 3, 12)  # a Wednesday
        assert values("The vote could come as early as Friday.", reference) == [
            ("Friday", "2025-03-14")
        ]
        assert values("The mayor will host the leaders on Thursday.", reference) == [
            ("Thursday", "2025-03-13")
        ]

    def test_a_verbless_inner_clause_takes_the_sentence_verb(self) -> None:
        reference = dt.date(2025, 3, 12)  # a Wednesday
        text = "The envoy is scheduled to land at noon, her only stop Friday morning."
        assert values(text, reference) == [("Friday morning", "2025-03-14")]
        assert values("Exports fell sharply, sliding to a low in May.", reference) == [
            ("May", "2024-05")
        ]

    def test_a_clause_with_its_own_opener_is_not_governed(self) -> None:
        reference = dt.date(2025, 3, 12)
        assert values("Exports fell sharply, and the fair opens in May.", reference) == [
            ("May", "2025-05")
        ]
        text = "The coupons, which lapse Nov. 21, can be redeemed for cash."
        assert values(text, dt.date(2025, 11, 2)) == [("Nov. 21", "2025-11-21")]

    @pytest.mark.parametrize(
        ("governed", "opened", "name"),
        [
            (
                "Les ventes ont chuté, un recul marqué en mai.",
                "Les ventes ont chuté, et le salon ouvre en mai.",
                "mai",
            ),
            (
                "Die Umsätze waren stark gesunken, ein Tiefstand im Mai.",
                "Die Umsätze waren stark gesunken, aber die Messe öffnet im Mai.",
                "Mai",
            ),
            (
                "Las ventas habían caído, un mínimo en mayo.",
                "Las ventas habían caído, pero la feria abre en mayo.",
                "mayo",
            ),
        ],
    )
    def test_governing_verb_in_other_languages(self, governed: str, opened: str, name: str) -> None:
        reference = dt.date(2025, 3, 12)
        assert values(governed, reference) == [(name, "2024-05")]
        assert values(opened, reference) == [(name, "2025-05")]

    @pytest.mark.parametrize(
        ("future", "past", "name", "ahead", "back"),
        [
            (
                "Le conseil votera le 3 mars.",
                "Le conseil a voté le 3 mars.",
                "3 mars",
                "2026-03-03",
                "2025-03-03",
            ),
            (
                "La junta decidirá el 3 de marzo.",
                "La junta decidió el 3 de marzo.",
                "3 de marzo",
                "2026-03-03",
                "2025-03-03",
            ),
            (
                "El ministro viajará el viernes a Lima.",
                "El ministro viajó el viernes a Lima.",
                "viernes",
                "2025-03-14",
                "2025-03-07",
            ),
        ],
    )
    def test_future_verb_endings(
        self, future: str, past: str, name: str, ahead: str, back: str
    ) -> None:
        reference = dt.date(2025, 3, 12)  # a Wednesday
        assert values(future, reference) == [(name, ahead)]
        assert values(past, reference) == [(name, back)]

    def test_a_present_passive_is_no_past(self) -> None:
        text = "The appeal is heard in May, and the ruling is due after it."
        assert values(text, dt.date(2025, 3, 12)) == [("May", "2025-05")]
        text = "The appeal was heard in May."
        assert values(text, dt.date(2025, 3, 12)) == [("May", "2024-05")]

    def test_payable_dates_lie_ahead(self) -> None:
        text = "The insurer declared a dividend, payable Dec. 15 to holders of record."
        assert values(text, dt.date(2025, 10, 26)) == [("Dec. 15", "2025-12-15")]

    def test_a_year_named_mid_sentence_frames_only_its_clause(self) -> None:
        text = "Under a plan approved in 2019 that set no cap, the firm bought shares through Sept. 29."
        assert values(text, dt.date(2025, 10, 30)) == [("2019", "2019"), ("Sept. 29", "2025-09-29")]


class TestParseDateCost:
    def test_parse_date_stops_at_the_first_full_date(self) -> None:
        assert parse_date("Filed 3 March 2025. " + "May June " * 1000) == dt.date(2025, 3, 3)

    def test_parse_date_reads_a_two_digit_year_only_on_pages(self) -> None:
        assert parse_date("31.10.23") is None
        assert values("Version 1.10.23 shipped.") == []

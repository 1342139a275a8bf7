"""Speaker attribution: candidates, features, reasons, entities and the forms of real news.

Every sentence here is written for these tests.
"""

import json

import pytest
from quoting import only as _only
from quoting import quote_scorer
from quoting import speakers as _speakers

from newsnorm.quotes import extract_quotes
from newsnorm.quotes.attribution import Choice, Features, explain, nobody, score
from newsnorm.quotes.entities import fits, fits_organisation
from newsnorm.quotes.names import find_names
from newsnorm.quotes.spans import plain_marks

# --- labels, appositions and role nouns around names --------------------------------


def test_a_participle_cue_in_ing_shares_the_subject():
    text = (
        "Mayor Ilse Brandt toured the harbour on Monday, declaring the new pier "
        "“a bridge we will all cross together.”"
    )
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue) == ("Ilse Brandt", "declaring")


def test_a_shouted_quote_after_a_participle_is_found():
    text = "Coach Rui Matos paced the touchline, shouting “Keep the ball moving, all of you!”"
    (quote,) = extract_quotes(text)
    assert (quote.text, quote.speaker) == ("Keep the ball moving, all of you!", "Rui Matos")


def test_a_dateline_is_not_the_subject_a_participle_shares():
    text = (
        "OSLO/ BERGEN: Mayor Ilse Brandt opened the ferry line on Friday, promising "
        "“a crossing every hour.”"
    )
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Ilse Brandt"


def test_party_and_state_apposition_is_not_the_speaker():
    quote = _only("“We will not back down,” said Senator Mara Quist, Republican of Idaho.")
    assert quote.speaker == "Mara Quist"


def test_bracketed_party_label_is_not_the_speaker():
    quote = _only("“The bill is dead,” Rep. Dale Korby (D-Ore.) said on Friday.")
    assert quote.speaker == "Dale Korby"


def test_bracketed_label_before_a_long_title_is_skipped():
    text = (
        "“Nobody asked the growers,” said Senate Agriculture Committee Chair "
        "Lorna Beckett (R-Neb.)."
    )
    assert _only(text).speaker == "Lorna Beckett"


def test_role_noun_is_not_glued_to_the_name():
    quote = _only("Beekeeper Oskar Fenn counted the hives. “Half of them are empty,” he said.")
    assert quote.speaker == "Oskar Fenn"


def test_title_words_before_a_title_are_left_out():
    quote = _only("“It was a mistake,” said former Governor Hal Brenner.")
    assert quote.speaker == "Hal Brenner"


def test_title_of_a_department_before_the_name():
    quote = _only("“We are watching closely,” Secretary of Energy Ruth Amadi said.")
    assert quote.speaker == "Ruth Amadi"


def test_middle_initial_is_kept():
    quote = _only("“Prices will fall,” said Norma J. Kettering, a trader in Leeds.")
    assert quote.speaker == "Norma J. Kettering"


def test_weekday_after_a_name_is_not_part_of_it():
    text = "Quentin Marsh spoke in Derby. “I am staying,” Marsh told reporters Wednesday."
    assert _only(text).speaker == "Quentin Marsh"


def test_headline_in_title_case_gives_no_names():
    names = find_names("Ada Morrow Slams Harbour Plan As Costs Soar\n\nAda Morrow spoke.")
    assert [name.label for name in names] == ["Ada Morrow"]


def test_name_that_modifies_a_noun_is_not_the_speaker():
    text = "“He will win easily,” said Pia Lorne, a longtime Varga aide, when asked about the race."
    assert _only(text).speaker == "Pia Lorne"


def test_joint_speakers_give_the_first_name():
    text = "“The data are clear,” Ilse Moor and Tariq Benn wrote in the report."
    assert _only(text).speaker == "Ilse Moor"


# --- people, organisations and places in one document -------------------------------


def test_a_place_holding_a_surname_is_not_the_person():
    text = (
        "Press aide Lena White briefed reporters at the White House on Monday. "
        "“The talks went well,” White said."
    )
    assert _only(text).speaker == "Lena White"


def test_a_company_holding_a_surname_is_not_the_person():
    text = (
        "Dana Ford, a union steward, met managers at Ford Motor on Monday. "
        "“We got nothing,” Ford said."
    )
    assert _only(text).speaker == "Dana Ford"


def test_short_form_of_a_company_is_the_company():
    text = "Carmaker Ostrava Motors cut jobs. “We had no choice,” Ostrava said in a statement."
    assert _only(text).speaker == "Ostrava Motors"


def test_honorific_chooses_between_two_people_of_one_surname():
    text = (
        "Victor Lund and his wife, Ines Lund, ran the inn for forty years. "
        "“It was our whole life,” Ms. Lund said."
    )
    assert _only(text).speaker == "Ines Lund"


def test_pronoun_gender_skips_a_man_named_just_before():
    text = "Mara Quist met Tom Vell at the depot. “We have to move fast,” she said."
    assert _only(text).speaker == "Mara Quist"


def test_unnamed_spokeswoman_stays_unnamed():
    text = "Rail operator Brenlink apologised. “We are sorry,” a spokeswoman said."
    assert _only(text).speaker is None


def test_surname_expansion_with_and_without_match():
    assert fits(("Lund",), ("Victor", "Lund"))
    assert fits(("Lund",), ("Ed", "Lund", "Jr."))
    assert not fits(("White",), ("White", "House"))
    assert not fits(("Ford",), ("Ford", "Motor"))
    assert fits_organisation(("Ostrava",), ("Ostrava", "Motors"))
    assert not fits_organisation(("White",), ("White", "House"))


# --- how the quote was attributed ---------------------------------------------------


def test_report_of_a_report_goes_to_the_outer_source():
    text = (
        "Councillor Ama Osei said the mayor promised residents that the park would stay "
        "“open to everyone, always.”"
    )
    assert _only(text).speaker == "Ama Osei"


def test_participle_cue_shares_the_main_subject():
    text = "Coach Rui Dantas shrugged off the loss to Porto, saying “we will be back next week.”"
    assert _only(text).speaker == "Rui Dantas"


def test_participle_after_a_quote_keeps_its_speaker():
    text = "Gale Morrow said the vote was “a relief,” adding, “Now the real work starts.”"
    quotes = extract_quotes(text)
    assert [quote.speaker for quote in quotes] == ["Gale Morrow", "Gale Morrow"]


def test_unlisted_direct_verb_after_a_name():
    quote = _only("“Not again,” Tillman groaned. The crowd laughed.")
    assert quote.speaker == "Tillman"


def test_direct_verb_guess_needs_a_verb_ending():
    assert extract_quotes("“Not again,” Tillman Street. It was closed.") == ()


def test_quote_paragraph_after_a_paragraph_of_reported_speech():
    text = (
        "Warden Ilka Sorensen said the reserve would close for the winter.\n\n"
        "“The birds need the quiet more than we need the visitors.”"
    )
    quote = _only(text)
    assert quote.speaker == "Ilka Sorensen"
    assert quote.reason is not None
    assert quote.reason.startswith("after a paragraph of reported speech")


def test_multi_paragraph_quote_opened_after_an_attributed_one():
    text = (
        "“We lost the roof,” Piet Aalders said. “And then the walls went.\n\n"
        "“One by one, in a single night.”\n\nThe council met on Friday."
    )
    quotes = extract_quotes(text)
    assert [quote.speaker for quote in quotes] == ["Piet Aalders"] * 3


def test_continuation_after_a_title_in_between():
    text = "“It was fun,” Kara Vint told “Morning Table” on Monday. “I would do it again.”"
    assert _speakers(text) == [
        ("It was fun,", "Kara Vint"),
        ("I would do it again.", "Kara Vint"),
    ]


# --- quotes found and not found -------------------------------------------------------


def test_archive_double_apostrophes_are_quote_marks():
    text = "''We are ready,'' said Dr. Ivo Brandt. ''The rest is weather.''"
    assert _speakers(text) == [
        ("We are ready,", "Ivo Brandt"),
        ("The rest is weather.", "Ivo Brandt"),
    ]


def test_backtick_archive_marks():
    quote = _only("``We are ready,'' said Lotte Harms.")
    assert (quote.text, quote.speaker) == ("We are ready,", "Lotte Harms")


def test_plain_marks_keeps_every_offset():
    text = "''Yes,'' she said; ``no.''"
    assert len(plain_marks(text)) == len(text)
    assert plain_marks("no marks") == "no marks"


def test_short_partial_quote_after_that():
    text = (
        "Mayor Ruth Okafor told reporters that the council takes the leak “very, very seriously.”"
    )
    quote = _only(text)
    assert (quote.text, quote.speaker) == ("very, very seriously.", "Ruth Okafor")


def test_noun_phrase_quote_in_reported_speech():
    text = "Minister Ivo Brandt said the plan was “a bridge to nowhere at all” and left."
    assert _only(text).speaker == "Ivo Brandt"


def test_short_scare_quote_in_reported_speech_is_not_a_quote():
    assert extract_quotes("Ivo Brandt said the “reform” would wait.") == ()


def test_mixed_straight_and_curly_marks():
    text = '"We lost the game,” Coach Ilse Marr said.'
    assert _speakers(text) == [("We lost the game,", "Ilse Marr")]


def test_show_title_with_a_comma_is_not_a_quote():
    text = "Hosts of “Sunday Table,” the talk show, asked Ivo Brandt about the plan."
    assert extract_quotes(text) == ()


def test_word_mentioned_as_a_word_is_not_a_quote():
    assert extract_quotes("The word “glamping” entered the dictionary last year.") == ()


# --- the reason and the scoring --------------------------------------------------------


def test_every_quote_carries_a_reason():
    text = "Mara Quist met Tom Vell. “We have to move fast,” she said. “Today, not tomorrow.”"
    reasons = [quote.reason for quote in extract_quotes(text)]
    assert reasons[0] == (
        "cue after the quote; pronoun 'she': 1 sentence back, first named in its sentence, "
        "known person"
    )
    assert reasons[1] == "goes on from the quote before; same speaker"


def test_reason_names_the_fullest_form():
    text = "Olga Reyes chairs the board. “No,” Reyes said."
    assert _only(text).reason == "cue after the quote; name 'Reyes', fullest form"


def test_reason_is_in_to_dict():
    assert (
        _only("“Fine,” said Ada Moss.").to_dict()["reason"]
        == "cue after the quote; name 'Ada Moss'"
    )


def test_score_prefers_the_nearer_known_person():
    near = Features(0, False, False, True, 1)
    far = Features(2, True, False, True, 4)
    weak = Features(0, True, False, False, 1)
    assert score(near) > score(far)
    assert score(near) > score(weak)


def test_according_to_source_outranks_the_first_named():
    source = Features(0, False, True, True, 1)
    first = Features(0, True, False, True, 1)
    assert score(source) > score(first)


def test_explain_lists_the_features_that_fired():
    assert explain(Features(1, True, False, True, 2)) == (
        "1 sentence back, first named in its sentence, known person"
    )


def test_nobody_has_no_offsets():
    assert nobody("plural") == Choice(None, None, None, "plural")


# --- real news, when ../shared is present ---------------------------------------------


_NAMED = frozenset(
    {
        "name",
        "name_expanded",
        "relative_name",
        "relative_name_expanded",
        "inner_cue",
        "transcript_label",
    }
)


@pytest.mark.shared
def test_polnear_dev_named_speakers_stay_above_the_floor(shared_dir):
    scorer = quote_scorer(shared_dir)
    path = shared_dir / "corpus/quotes-polnear/dev/index.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not found")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        for quote in case["quotes"]:
            if quote.get("speaker_from") not in _NAMED:
                quote["optional"] = True
        predictions = [
            scorer.to_pred(quote, case["text"]) for quote in extract_quotes(case["text"])
        ]
        rows.append(scorer.score_case(case, predictions))
    summary = scorer.summarise(rows)
    assert summary["F1"] >= 0.90
    assert summary["e2e_F1"] >= 0.75

"""Speakers in the shapes real news writes them: initials, appositions, labels, kin and units.

Every sentence here is written for these tests.
"""

import pytest
from quoting import only as _only
from quoting import speakers as _speakers

from newsnorm.quotes.names import find_names
from newsnorm.quotes.spans import find_spans

# --- the name itself ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Analyst J.J. Marlow said so.", "J.J. Marlow"),
        ("Chair G.K. Osei of the board said so.", "G.K. Osei"),
        ("The fund's director, J. Arvid Holm, said so.", "J. Arvid Holm"),
        ("Former Speaker Nils\u00a0Varga said so.", "Nils\u00a0Varga"),
    ],
)
def test_initials_and_no_break_spaces_stay_inside_a_name(text, label):
    assert label in [name.label for name in find_names(text)]


def test_plural_and_clerical_honorifics_are_titles():
    names = find_names("Sens. Ada Quist and Fr. Tomas Pell spoke.")
    assert [(name.label, name.titles) for name in names] == [
        ("Ada Quist", ("Sens",)),
        ("Tomas Pell", ("Fr",)),
    ]


def test_a_surname_in_ing_before_a_speech_verb_is_a_name():
    quote = _only("Kettering describes himself on his page as “a patient man who writes.”")
    assert quote.speaker == "Kettering"


def test_a_participle_opening_a_sentence_is_still_no_name():
    quote = _only("Speaking to reporters, Ana Lindqvist said: “We will wait.”")
    assert quote.speaker == "Ana Lindqvist"


# --- appositions between the subject and its verb --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Quist, Republican of Ohio, said the bill was “dead on arrival.”",
        "Sen. Ada Quist (Tex.) has said she would “fight it to the last vote.”",
        "Ada Quist, during a town hall in Columbus, Ohio, said she was “ready to win.”",
        "Ada Quist, a former analyst at the Centre for Harbour Studies, said, “It fails.”",
        "Ada Quist, now retired in Salem, Ore., said the plan was “a long shot.”",
        "State Attorney Ada Quist (D) asserted that “the trust is broken.”",
    ],
)
def test_the_subject_before_an_apposition_is_the_speaker(text):
    assert _only(text).speaker == "Ada Quist"


def test_a_person_after_a_place_in_the_subject_stays_the_speaker():
    text = "In Lyon, Mayor Ada Quist said the bridge was “a gift to the city.”"
    assert _only(text).speaker == "Ada Quist"


def test_a_clause_before_the_subject_is_not_an_apposition():
    text = "Brandt won Iowa, Quist said, “and that settles nothing.”"
    assert _only(text).speaker == "Quist"


@pytest.mark.parametrize(
    "text",
    [
        "“We left early,” said Coast Guard Lt. Ada Quist.",
        "“We left early,” mused radio co-host Ada Quist.",
        "“We left early,” said former Vermont congresswoman Ada Quist.",
    ],
)
def test_after_the_verb_the_person_a_unit_or_a_role_leads_to_is_the_speaker(text):
    assert _only(text).speaker == "Ada Quist"


def test_joint_speakers_after_the_verb_keep_the_first():
    assert _only("“We left early,” said Ada Quist and Tom Hale.").speaker == "Ada Quist"


# --- who a description or a pronoun can stand for --------------------------------------


def test_an_organisation_noun_before_an_earlier_preposition_makes_no_organisation():
    text = (
        "Justice Ada Quist spoke first. The mood at the court since Justice Quist "
        "arrived has changed. “I do not think so,” Justice Quist said."
    )
    assert _only(text).speaker == "Ada Quist"


def test_a_shorter_form_with_the_other_gender_is_another_person():
    text = (
        "Ms. Lund would not speak about her son, Victor Lund. "
        "“I am his mother first,” Ms. Lund wrote."
    )
    assert _only(text).speaker == "Lund"


def test_a_kin_noun_gives_the_gender_a_pronoun_needs():
    text = (
        "Tom Brandt spoke first. Then his eldest daughter, Kiri Brandt, took the stage. "
        "“I have seen him work,” she said."
    )
    assert _only(text).speaker == "Kiri Brandt"


@pytest.mark.parametrize("subject", ["the lawsuit", "the ad", "the transcript"])
def test_a_document_with_nobody_named_gives_no_speaker(subject):
    text = f"Tom Hale sued the city in May. “The city failed its workers,” {subject} says."
    assert _only(text).speaker is None


def test_a_description_with_a_possessive_inside_is_someone_else():
    text = (
        "Ada Quist will skip the summit. "
        "“She has work at home,” the former mayor’s spokeswoman told us."
    )
    assert _only(text).speaker is None


# --- marks and verbs --------------------------------------------------------------------


def test_a_single_mark_nothing_closes_is_an_apostrophe():
    text = "Ada Quist won the seat in ‘08. “I do sense a change,” she said."
    assert [span.text for span in find_spans(text)] == ["I do sense a change,"]
    assert _speakers(text) == [("I do sense a change,", "Ada Quist")]


def test_a_single_quoted_paragraph_that_goes_on_is_still_a_quote():
    text = "‘We sailed at dawn,\n\n‘and we came back at night,’ she said."
    assert [span.text for span in find_spans(text)] == [
        "We sailed at dawn,",
        "and we came back at night,",
    ]


@pytest.mark.parametrize("verb", ["shot back", "chimed in", "fired back"])
def test_a_phrasal_speech_verb_is_a_cue(verb):
    quote = _only(f"“They only want the free lunch,” Ada Quist {verb} with a laugh.")
    assert (quote.speaker, quote.cue) == ("Ada Quist", verb)


def test_a_clause_with_its_own_subject_is_no_apposition():
    text = (
        "Speaking at a town hall in Dover, New Jersey, Hale went on the attack, "
        "calling his rival “a total stiff.”"
    )
    assert _only(text).speaker == "Hale"


def test_a_state_after_a_town_is_no_apposition_of_the_subject():
    text = "At a rally in Dover, New Jersey, Hale said the plan was “a total mess.”"
    assert _only(text).speaker == "Hale"


@pytest.mark.parametrize("opener", ["Additionally", "Likewise", "Hours later"])
def test_a_sentence_adverb_is_no_name(opener):
    quote = _only(f"{opener}, Ruiz said: “I have admitted it was a mistake.”")
    assert quote.speaker == "Ruiz"


def test_a_name_with_a_title_after_that_is_a_person_not_an_adjective():
    text = "The debate was so dull that Mr. Hale was moved to say, “So far, so polite.”"
    assert _only(text).speaker == "Hale"


def test_a_regnal_title_before_a_single_name_is_part_of_it():
    text = "Pope Tiberius visited the camp. “We must help them,” Tiberius said."
    assert _only(text).speaker == "Pope Tiberius"
    assert [name.label for name in find_names("Prince Harald Vik left.")] == ["Harald Vik"]


def test_a_comparison_opening_the_sentence_is_an_aside():
    text = "Like Obrecht, Hale said the plan was “a disaster for everyone.”"
    assert _only(text).speaker == "Hale"

"""Speaker grammar (issue 11a): offices with "of", relatives, roles, opening verbs, clauses.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsnorm import extract_quotes
from newsnorm.quotes.document import Document
from newsnorm.quotes.mentions import opens_subordinate, read_subject
from newsnorm.quotes.names import find_names


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text)]


# Names: offices written with "of", abbreviated honorifics, a given name after a title


def test_office_with_of_after_other_words_keeps_the_person() -> None:
    text = "In May, Harbour Board Chief of Staff Odile Varga wrote back."
    words = [name.words for name in find_names(text)]
    assert ("Odile", "Varga") in words
    assert not any("Chief" in name for name in words)


def test_office_with_of_after_a_sentence_word_keeps_the_person() -> None:
    text = "After Deputy Secretary of Labor Piet Lammers spoke, the hall emptied."
    assert ("Piet", "Lammers") in [name.words for name in find_names(text)]


def test_a_person_before_of_keeps_the_person() -> None:
    text = "The motion came from Councillor Piet R. King of Leeds on Monday."
    assert ("Piet", "R.", "King") in [name.words for name in find_names(text)]


def test_abbreviated_military_honorific_keeps_the_name() -> None:
    text = "The fleet is led by Adm. Corin T. Walsh Jr., who took over in May."
    names = [name for name in find_names(text) if "Walsh" in name.words]
    assert [name.words for name in names] == [("Corin", "T.", "Walsh", "Jr.")]
    assert names[0].titles == ("Adm",)


def test_a_given_name_after_a_title_is_not_a_title() -> None:
    text = "“We have the votes,” Rep. Earl Dunmore (D-Ore.) said."
    assert _speakers(text) == ["Earl Dunmore"]


def test_speech_verb_opening_a_sentence_is_not_part_of_the_name() -> None:
    text = "The plan stalled again. Continued Varga: “We will find the money.”"
    assert _speakers(text) == ["Varga"]


def test_a_contraction_of_i_is_not_a_name() -> None:
    text = "I'm old enough to remember Mayor Odile Varga calling it “a moral test.”"
    assert _speakers(text) == ["Odile Varga"]


# Cues and subjects


def test_capitalised_speech_verb_opening_a_sentence_is_a_cue() -> None:
    text = "The vote was close. Said Odile Varga: “We lost by a hair.”"
    assert _speakers(text) == ["Odile Varga"]


def test_capitalised_word_before_a_colon_is_not_a_verb_cue() -> None:
    assert _speakers("Notes: “We lost by a hair.”") == []


def test_relative_who_names_the_speaker() -> None:
    text = "Then there was the radio host Piet Lammers, who lamented on air, “Nobody listens.”"
    assert _speakers(text) == ["Piet Lammers"]


def test_relative_who_without_a_comma_names_the_speaker() -> None:
    text = "Among the replies was a post from Odile Varga who wrote, “Not in my town.”"
    assert _speakers(text) == ["Odile Varga"]


def test_name_between_an_object_relative_and_its_verb_is_the_speaker() -> None:
    text = "The budget, which Lammers claims delivered “a decade of calm,” passed."
    assert _speakers(text) == ["Lammers"]


def test_person_after_a_role_noun_at_the_sentence_start() -> None:
    text = "Choir member Odile Varga shared the news, writing “We sing again in May.”"
    assert _speakers(text) == ["Odile Varga"]


def test_subordinate_clause_does_not_hold_the_outer_cue() -> None:
    text = "When Lammers said the port would close, Varga fired back: “It will not.”"
    assert _speakers(text) == ["Varga"]


def test_outer_cue_still_holds_without_a_subordinate_clause() -> None:
    text = "Varga said the mayor promised that the port would be “open for good.”"
    assert _speakers(text) == ["Varga"]


def test_opens_subordinate_needs_the_comma() -> None:
    assert opens_subordinate("After Lammers left, Varga said", 0, 25)
    assert not opens_subordinate("After Lammers left Varga said", 0, 24)


# Entities: who a pronoun can reach


def test_one_word_speaker_opening_a_sentence_is_reached_by_his_pronoun() -> None:
    text = "Lammers said he took one call that night. “It lasted two minutes,” he said."
    assert _speakers(text) == ["Lammers"]


def test_common_plural_before_a_speech_verb_is_not_a_person() -> None:
    text = "Officials said it was over. “It lasted two minutes,” he said."
    assert _speakers(text) == [None]


def test_indefinite_pronoun_is_not_a_speaker() -> None:
    text = "Nobody said he was wrong. “It lasted two minutes,” he said."
    assert _speakers(text) == [None]


def test_honorific_nearest_the_name_makes_a_person() -> None:
    text = "Harbour Police Sgt. Odile Varga shared the news, writing “We found the boat.”"
    quotes = extract_quotes(text)
    assert [quote.speaker for quote in quotes] == ["Odile Varga"]
    assert "organisation" not in (quotes[0].reason or "")


def test_gendered_short_form_joins_no_man_known_from_his_pronoun() -> None:
    text = (
        "Corin Abadi served abroad for years. Corin Abadi came home in May, and he was "
        "thin. Corin Abadi rested. Naila Abadi had waited at the door. "
        "“We waited,” Mrs. Abadi said."
    )
    assert _speakers(text) == ["Naila Abadi"]


@given(st.text(max_size=120))
def test_read_subject_never_raises(text: str) -> None:
    document = Document(text)
    mention = read_subject(document, 0, len(text), left=True)
    if mention is not None:
        assert 0 <= mention.start <= mention.end <= len(text)


def test_a_place_that_speaks_is_not_reached_by_a_pronoun() -> None:
    text = (
        "The talks were held in Brelsk. Brelsk denies the claim, he said. "
        "Envoys met later. “It is settled,” he said."
    )
    assert "Brelsk" not in _speakers(text)

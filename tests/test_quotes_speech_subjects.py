"""A pronoun after reported speech goes to the person who spoke, not to the one spoken of.

Every sentence here is written for these tests.
"""

from hypothesis import given
from hypothesis import strategies as st

from newsnorm.quotes import extract_quotes
from newsnorm.quotes.attribution import Features, explain, score


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text)]


def test_the_speaker_of_an_inverted_cue_keeps_the_focus():
    text = (
        "Mayor Tom Hale promised the bridge. "
        "Hale's plan was bold, said Ivo Brandt, the city engineer. "
        "“We had to rebuild it twice,” he said."
    )
    assert _speakers(text) == ["Ivo Brandt"]


def test_a_subject_with_an_apposition_before_its_verb_speaks():
    text = (
        "Mayor Tom Hale promised the bridge. "
        "Hale's plan was praised, and Ivo Brandt, the city engineer, told reporters it was bold. "
        "“We had to rebuild it twice,” he said."
    )
    assert _speakers(text) == ["Ivo Brandt"]


def test_an_object_of_a_speech_verb_does_not_speak():
    text = (
        "Senator Rosa Quint was first, and the crowd echoed Ana Ruiz all morning. "
        "“We are not going anywhere,” she said."
    )
    assert _speakers(text) == ["Rosa Quint"]


def test_a_participle_after_a_comma_is_not_the_names_verb():
    text = (
        "Governor Ana Ruiz spoke first. "
        "Later, Ruiz went after Senator Rosa Quint, calling her plan a gamble. "
        "“It will not pass,” she said."
    )
    assert _speakers(text) == ["Ana Ruiz"]


def test_the_feature_adds_its_weight_and_its_words():
    quiet = Features(1, False, False, True, 1)
    speaking = quiet._replace(speaks=True)
    assert score(speaking) > score(quiet)
    assert explain(speaking).endswith("subject of a speech verb")


@given(st.text(alphabet="“”,. AHIRBsaidhetold", max_size=120))
def test_never_raises_and_offsets_are_valid(text):
    for quote in extract_quotes(text):
        assert 0 <= quote.start <= quote.end <= len(text)
        if quote.speaker_start is not None:
            assert quote.speaker_end is not None
            assert 0 <= quote.speaker_start <= quote.speaker_end <= len(text)


def test_the_source_of_according_to_speaks_not_the_verbs_it_reports():
    text = (
        "Minister Ana Ruiz told Governor Rosa Quint about the plan on Monday, "
        "according to spokeswoman Lena Hart. "
        "“The talks were useful,” she said."
    )
    assert _speakers(text) == ["Lena Hart"]


def test_a_name_after_a_verb_that_follows_a_comma_speaks_before_a_colon():
    text = "The crossing was rough, says skipper Mira Holt: “We nearly lost the mast.”"
    assert _speakers(text) == ["Mira Holt"]


def test_a_name_after_the_verb_of_an_apposed_subject_is_its_object():
    text = "Ben Hale, the club's coach, told Mira Holt on Monday that “the season is over.”"
    assert _speakers(text) == ["Ben Hale"]

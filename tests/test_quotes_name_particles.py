"""A name that opens with a particle, capitalised because it starts a sentence ("De Vries").

Every sentence here is written for these tests.
"""

from hypothesis import given
from hypothesis import strategies as st

from newsnorm.quotes import extract_quotes
from newsnorm.quotes.document import Document
from newsnorm.quotes.names import particles_of_name


def test_a_sentence_opening_particle_joins_the_name_the_text_writes_in_lowercase():
    text = (
        "Alderman Piet de Vries opened the hearing on Monday. "
        "De Vries said: “The canal stays open.”"
    )
    quote = extract_quotes(text)[0]
    assert quote.speaker == "Piet de Vries"
    assert text[quote.speaker_start : quote.speaker_end] == "De Vries"


def test_the_particle_name_speaks_before_a_second_verb():
    text = (
        "Mayor Lena van Dam toured the dikes. "
        "Van Dam praised the crews and said, “They worked all night.”"
    )
    assert [quote.speaker for quote in extract_quotes(text)] == ["Lena van Dam"]


def test_without_the_lowercase_form_the_capital_word_stays_a_preposition():
    names = Document("De Paris à Lyon, Ana Ruiz a roulé.").names(0, 30)
    assert [name.words[0] for name in names][:1] == ["Paris"]
    assert not particles_of_name("De Paris à Lyon.", 0, ["De", "Paris"], 1)


@given(st.text(alphabet="De VrisaPt.d “”", max_size=80))
def test_particles_never_raise(text):
    for start in range(0, len(text), 7):
        particles_of_name(text, start, ["De", "Vries"], 1)
    for quote in extract_quotes(text):
        assert 0 <= quote.start <= quote.end <= len(text)

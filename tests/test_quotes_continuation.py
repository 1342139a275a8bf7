"""Quotes that run over paragraphs, quotes a colon line introduces, and cues that end a sentence.

Every sentence here is written for these tests.
"""

from hypothesis import given
from hypothesis import strategies as st
from quoting import speakers as _speakers

from newsnorm.quotes import extract_quotes

# --- multi-paragraph quotes -----------------------------------------------------------

_STATED = (
    "The board met on Friday.\n\n"
    "Councillor Edda Vang stated:\n\n"
    '"The ferry schedule is a mess and the riders know it.\n\n'
    '"We asked for two more boats and got none.\n\n'
    '"Nobody in this town should wait an hour in the rain."\n\n'
    "The harbour office did not answer."
)


def test_every_paragraph_takes_the_introducing_cue():
    assert _speakers(_STATED) == [
        ("The ferry schedule is a mess and the riders know it.", "Edda Vang"),
        ("We asked for two more boats and got none.", "Edda Vang"),
        ("Nobody in this town should wait an hour in the rain.", "Edda Vang"),
    ]


def test_uncued_paragraphs_keep_the_cue_of_the_introduction():
    assert [quote.cue for quote in extract_quotes(_STATED)] == ["stated"] * 3


def test_a_cue_in_the_last_paragraph_still_names_the_chain():
    text = (
        "The board met on Friday.\n\n"
        '"The ferry schedule is a mess.\n\n'
        '"Nobody should wait an hour in the rain," said Councillor Edda Vang.'
    )
    assert [quote.speaker for quote in extract_quotes(text)] == ["Edda Vang", "Edda Vang"]


def test_a_colon_line_without_a_speech_verb_introduces_its_subject():
    text = (
        "Councillor Edda Vang spoke at the pier.\n\n"
        "Vang then listed her demands:\n\n"
        '"Two more boats before the winter.\n\n'
        '"A shelter at every stop."\n\n'
        "The harbour office did not answer."
    )
    assert [quote.speaker for quote in extract_quotes(text)] == ["Edda Vang", "Edda Vang"]


def test_a_colon_line_about_a_thing_names_nobody():
    text = (
        "The harbour office put out a notice.\n\n"
        "The notice read in full:\n\n"
        '"All crossings are cancelled until the storm has passed."\n\n'
        "Riders waited anyway."
    )
    assert all(quote.speaker is None for quote in extract_quotes(text))


def test_a_paragraph_inside_a_quote_does_not_introduce_the_next():
    text = (
        "Councillor Edda Vang stated:\n\n"
        '"Here is what we want:\n\n'
        '"Two more boats before the winter."\n\n'
        "Nobody answered."
    )
    quotes = extract_quotes(text)
    assert [quote.speaker for quote in quotes] == ["Edda Vang", "Edda Vang"]
    assert [quote.cue for quote in quotes] == ["stated", "stated"]


# --- a cue at the end of the sentence the quote opens -------------------------------


def test_cue_after_the_rest_of_the_sentence():
    text = (
        "Councillor Edda Vang spoke at the pier.\n\n"
        '"We will not wait another winter for the boats" the town was promised, Vang said.'
    )
    assert _speakers(text) == [("We will not wait another winter for the boats", "Edda Vang")]


def test_cue_after_the_sentence_with_an_apposition_after_it():
    text = (
        "The vote was close.\n\n"
        '"It works for every family in the valley" if the tax passes, said Ana Ruiz, the mayor.'
    )
    assert _speakers(text) == [("It works for every family in the valley", "Ana Ruiz")]


def test_a_clause_with_no_cue_after_the_quote_gives_no_quote():
    text = "The vote was close.\n\n“Dust on the Road” opened in May, and it ran for a year."
    assert extract_quotes(text) == ()


def test_the_cue_must_be_in_the_same_sentence():
    text = (
        "The vote was close.\n\n"
        "“A plan for the valley” was on every poster. Later, Ana Ruiz said nothing at all."
    )
    assert extract_quotes(text) == ()


def test_an_unnamed_subject_at_the_end_of_the_sentence_is_not_enough():
    text = "The vote was close.\n\n“The river will flood” in spring, the old report warned."
    assert extract_quotes(text) == ()


@given(st.text(alphabet=' "“”abc,.:\nSaid', max_size=80))
def test_never_raises_and_offsets_are_valid(text):
    for quote in extract_quotes(text):
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text


# --- a pronoun for a person that a nearby noun made look like an organisation ----------


def test_she_finds_a_person_a_noun_before_made_look_like_an_organisation():
    text = (
        "Ilse Marsh ran the shipping line for ten years. The board saw Marsh as a risk. "
        "“We would do it again,” she said."
    )
    assert _speakers(text) == [("We would do it again,", "Ilse Marsh")]


def test_she_never_names_a_company():
    text = "Hanse Shipping Ltd. met its board on Monday. “We stand by the deal,” she said."
    assert [quote.speaker for quote in extract_quotes(text)] == [None]


# --- a no-break space after the colon that introduces a quote --------------------------


def test_a_no_break_space_after_the_colon_is_a_space():
    for space in (" ", "\u00a0"):
        text = (
            "The harbour had a hard year. Skipper Ana Ruiz summed up the season:"
            f"{space}“We lost two boats and a pier this year.”"
        )
        assert _speakers(text) == [("We lost two boats and a pier this year.", "Ana Ruiz")]

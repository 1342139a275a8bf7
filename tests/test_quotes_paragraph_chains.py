"""Multi-paragraph quotes: what a line ending in a colon, or reported speech, gives them.

Every sentence here is written for these tests.
"""

from hypothesis import given
from hypothesis import strategies as st
from quoting import speakers as _speakers

from newsnorm.quotes import extract_quotes


def test_a_one_word_heading_names_nobody():
    text = (
        "Transcript:\n\n"
        '"We will reopen the bridge in May. The work is on schedule.\n\n'
        '"Nobody will pay a toll."\n'
    )
    assert [quote.speaker for quote in extract_quotes(text)] == [None, None]


def test_one_paragraph_after_an_organisation_still_needs_a_person():
    text = 'The Daily Courier reports:\n\n"Only a third of the voters came out on Sunday."\n'
    assert [quote.speaker for quote in extract_quotes(text)] == [None]


def test_a_person_who_introduces_the_passage_is_unchanged():
    text = (
        'Mayor Ruth Okafor wrote:\n\n"The bridge will reopen in May.\n\n"Nobody will pay a toll."\n'
    )
    assert [quote.speaker for quote in extract_quotes(text)] == ["Ruth Okafor"] * 2


@given(
    st.lists(
        st.sampled_from(
            [
                "The Daily Courier reports:",
                "Transcript:",
                '"Only a third came out.',
                '"Nobody will pay a toll."',
                '"We stay," said Ruth Okafor.',
                "Nobody disputed it.",
            ]
        ),
        max_size=8,
    )
)
def test_paragraph_chains_never_raise_and_offsets_hold(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    for quote in extract_quotes(text):
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_start is not None and quote.speaker_end is not None:
            assert 0 <= quote.speaker_start < quote.speaker_end <= len(text)


def test_a_chain_after_reported_speech_is_named_with_no_other_cue_in_the_text():
    text = (
        "The council met.\n\n"
        "Mayor Ruth Okafor said the town would stay.\n\n"
        '"We will fight.\n\n'
        '"Nobody leaves this town."\n\n'
        "The vote is Monday."
    )
    assert _speakers(text) == [
        ("We will fight.", "Ruth Okafor"),
        ("Nobody leaves this town.", "Ruth Okafor"),
    ]


def test_a_chain_that_nothing_names_gives_nothing_in_a_text_with_no_cue():
    text = (
        'The council met.\n\n"We will fight.\n\n"Nobody leaves this town."\n\nThe vote is Monday.'
    )
    assert extract_quotes(text) == ()

"""Transcripts quoted paragraph by paragraph: each turn's label names its speaker.

Every sentence here is written for these tests.
"""

from hypothesis import given
from hypothesis import strategies as st

from newsnorm.quotes import extract_quotes
from newsnorm.quotes.document import Document
from newsnorm.quotes.speakers import Speakers

_INTERVIEW = (
    "Radio host Dana Whitfield spoke with Senator Rob Okafor on Sunday.\n\n"
    '"WHITFIELD: Senator, thank you for joining us. What happens to the bill now?\n\n'
    '"OKAFOR: It goes back to committee. We will fix the funding and bring it back.\n\n'
    '"We have the votes for it, I am sure.\n\n'
    '"WHITFIELD: And if you do not?\n\n'
    '"OKAFOR: Then we try again next year."\n'
)


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text)]


def test_each_turn_goes_to_the_person_its_label_names():
    assert _speakers(_INTERVIEW) == [
        "Dana Whitfield",
        "Rob Okafor",
        "Rob Okafor",  # an unlabelled paragraph goes on with the turn before
        "Dana Whitfield",
        "Rob Okafor",
    ]


def test_the_label_is_the_speaker_mention():
    quote = extract_quotes(_INTERVIEW)[1]
    assert quote.speaker_start is not None
    assert quote.speaker_end is not None
    assert _INTERVIEW[quote.speaker_start : quote.speaker_end] == "OKAFOR"
    assert quote.reason is not None
    assert "transcript label 'OKAFOR'" in quote.reason


def test_a_recurring_label_that_matches_nobody_is_its_own_speaker():
    text = (
        "Partial transcript of the call:\n\n"
        '"HOST: Good morning, and welcome back to the show.\n\n'
        '"MORALES: Thanks for having me on again.\n\n'
        '"HOST: Let us start with the budget.\n\n'
        '"MORALES: The budget is late, and that is on the council."\n'
    )
    assert _speakers(text) == ["Host", "Morales", "Host", "Morales"]


def test_a_label_with_an_honorific_matches_the_name():
    text = (
        "Ms. Ada Brennan took questions after the vote.\n\n"
        '"MS. BRENNAN: We counted every ballot twice.\n\n'
        '"MS. BRENNAN: Only if a court orders one."\n'
    )
    assert _speakers(text) == ["Ada Brennan", "Ada Brennan"]


def test_a_one_off_heading_with_a_colon_is_no_speaker():
    text = (
        "Officials met on Friday.\n\n"
        '"NOTE: The figures below are provisional and may change.\n\n'
        '"The deficit is larger than we said," Treasurer Lin Park told reporters.\n'
    )
    speakers = _speakers(text)
    assert "Note" not in speakers
    assert speakers[-1] == "Treasurer Lin Park"


def test_labels_the_word_lists_exclude_name_nobody():
    text = (
        "Governor Ivo Marsh spoke on Monday.\n\n"
        '"VIDEO: Crowds gather outside the hall before the speech.\n\n'
        '"MARSH: We will not close the clinic.\n\n'
        '"VIDEO: The crowd cheers as he leaves the stage.\n\n'
        '"MARSH: Not this year, not next year."\n'
    )
    speakers = _speakers(text)
    assert "Video" not in speakers
    assert speakers.count("Ivo Marsh") == 2


def test_a_quote_inside_a_turn_is_not_a_turn_and_does_not_end_it():
    text = (
        "Radio host Lee Haddad interviewed Paul Grange.\n\n"
        '"HADDAD: Was the strike “reckless” then?\n\n'
        '"It was called that."\n'
    )
    first, inner, third = text.index('"H'), text.index("“"), text.index('"It')
    paragraphs = [(first - 2, first, False, False), (first - 2, inner, True, True)]
    paragraphs.append((third, third, True, False))
    chosen = Speakers(Document(text), (), [(0, len(text))]).turns(paragraphs)
    assert sorted(chosen) == [0, 2]
    assert chosen[0].speaker == chosen[2].speaker == "Lee Haddad"


def test_quotes_that_do_not_open_their_line_are_not_turns():
    text = 'Kim Oduya wrote: "PLAN: cut the fares." Then she left.\n'
    speakers = Speakers(Document(text), (), [(0, len(text))])
    assert speakers.turns([(0, text.index('"'), True, True)]) == {}


@given(st.text(alphabet='"“ABCDEFGHIJ :\n.abc', max_size=120))
def test_turns_never_raise_and_point_inside_the_text(text):
    document = Document(text)
    speakers = Speakers(document, (), [(0, len(text))])
    marks = [index for index, char in enumerate(text) if char in '"“']
    paragraphs = [(text.rfind("\n", 0, mark) + 1, mark, False, False) for mark in marks]
    for index, choice in speakers.turns(paragraphs).items():
        assert 0 <= index < len(paragraphs)
        assert choice.start is not None
        assert choice.end is not None
        assert 0 <= choice.start < choice.end <= len(text)
        assert choice.speaker
    for quote in extract_quotes(text):
        assert 0 <= quote.start <= quote.end <= len(text)

"""Where a quote starts and ends (spans), and which quoted words are speech (kinds)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsnorm import extract_quotes
from newsnorm.quotes.kinds import (
    in_house_marks,
    is_not_speech,
    is_passage,
    looks_like_speech,
    opens_report,
    quoted_words,
)
from newsnorm.quotes.spans import find_spans, plain_marks


def _texts(text: str) -> list[str]:
    return [span.text for span in find_spans(plain_marks(text))]


def _quoted(text: str) -> list[str]:
    return [quote.text for quote in extract_quotes(text)]


# --- marks -----------------------------------------------------------------------------


def test_straight_mark_after_a_stray_space_closes_the_quote() -> None:
    assert _texts('Oren Falk waved. "We keep the ferry running all winter. " he said.') == [
        "We keep the ferry running all winter."
    ]


def test_curly_mark_after_a_stray_space_closes_the_quote() -> None:
    assert _texts("“The bridge stays shut until March. ” Falk said.") == [
        "The bridge stays shut until March."
    ]


def test_a_mark_between_blanks_opens_nothing() -> None:
    assert _texts('The sign read 12 " by 8 " in the old units.') == []


def test_archive_mark_after_a_stray_space_closes_the_quote() -> None:
    text = "''The pier has to be rebuilt from the ground up.  '' said Ms. Varga."
    assert _texts(text) == ["The pier has to be rebuilt from the ground up."]


def test_closing_mark_glued_to_the_next_word_after_final_punctuation() -> None:
    assert _texts("“Nobody told us a thing.”After the meeting she left.") == [
        "Nobody told us a thing."
    ]


def test_closing_mark_inside_a_word_still_does_not_close() -> None:
    # ” between two letters is a typo for an apostrophe, not the end of the quote
    assert _texts("“We don”t know yet,” she said.") == ["We don”t know yet,"]


def test_opening_mark_right_after_a_closing_one() -> None:
    assert _texts("“Stay home.”“Not a chance,” he answered.") == ["Stay home.", "Not a chance,"]


def test_curly_opening_mark_may_be_followed_by_a_space() -> None:
    assert _texts("Then she said, “ we will need more boats.”") == ["we will need more boats."]


def test_straight_opening_mark_followed_by_a_space_still_opens_nothing() -> None:
    assert _texts('The pipe is 2" wide and 3 " long.') == []


def test_transcript_label_is_not_part_of_the_quote() -> None:
    assert _texts("“MORALES: Good evening and welcome.”") == ["Good evening and welcome."]
    assert _texts("“DR. VANCE: Thank you.”") == ["Thank you."]


def test_a_label_alone_stays_the_quote() -> None:
    assert _texts("“NOTE:” was all it said.") == ["NOTE:"]


# --- what counts as speech ------------------------------------------------------------


def test_title_with_the_full_stop_inside_is_not_a_quote() -> None:
    text = "“We were ready for the storm,” Ana Ruiz said on “Harbour Hour.”"
    assert _quoted(text) == ["We were ready for the storm,"]


def test_book_title_ending_a_sentence_is_not_a_quote() -> None:
    assert _quoted("Ana Ruiz wrote about it in her memoir, “Salt and Iron.”") == []


def test_shouted_capitals_are_not_a_title() -> None:
    assert _quoted("“WE WILL NOT MOVE.” Ana Ruiz wrote on the board.") == ["WE WILL NOT MOVE."]


def test_partial_quote_after_that_with_no_speech_verb() -> None:
    text = "Ana Ruiz projects that “the new pier will open by spring” this year."
    quotes = extract_quotes(text)
    assert [(quote.text, quote.speaker) for quote in quotes] == [
        ("the new pier will open by spring", "Ana Ruiz")
    ]
    assert quotes[0].reason is not None
    assert quotes[0].reason.startswith("content of a report")


def test_partial_quote_after_that_names_nobody_when_the_subject_is_no_person() -> None:
    text = (
        "The harbour office projects that “the new pier will open by spring” this year. "
        "“We are on time,” Ana Ruiz said."
    )
    assert [(quote.text, quote.speaker) for quote in extract_quotes(text)] == [
        ("the new pier will open by spring", None),
        ("We are on time,", "Ana Ruiz"),
    ]


def test_one_word_after_that_stays_a_scare_quote() -> None:
    assert _quoted("Critics doubt that “reform” will come soon.") == []


def test_opens_report_needs_the_complementiser_right_before_the_mark() -> None:
    text = "The office claims “the new pier will open by spring” again."
    assert not opens_report(text, 19, 51, 18)
    text = "The office claims that “the new pier will open by spring” again."
    assert opens_report(text, 24, 56, 23)


def test_opens_report_in_other_languages() -> None:
    text = "Le maire estime que « la digue tiendra tout l'hiver » malgré tout."
    start = text.index("la digue")
    assert opens_report(text, start, text.index(" »"), start - 2)


def test_is_not_speech_reads_title_with_full_stop() -> None:
    text = "He said so on “Harbour Hour.”"
    start = text.index("Harbour")
    assert is_not_speech(text, start, text.index("”"), start - 1)


# --- properties -----------------------------------------------------------------------

_MARKY = st.text(alphabet=st.sampled_from(list("ab .,:\n\"'`“”‘’«»„HOLT")), max_size=80)


@given(st.one_of(st.text(max_size=80), _MARKY))
def test_spans_are_valid_on_any_text(text: str) -> None:
    plain = plain_marks(text)
    assert len(plain) == len(text)
    for span in find_spans(plain):
        assert 0 <= span.open_mark < span.start < span.end <= len(plain)
        assert span.text == plain[span.start : span.end]
        assert span.close_mark is None or span.end <= span.close_mark


@given(st.one_of(st.text(max_size=80), _MARKY), st.integers(0, 90), st.integers(0, 90))
def test_opens_report_never_raises(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    opens_report(text, start, end, max(0, start - 1))


_WORDY = st.text(alphabet=st.sampled_from(list("ab Ab cd. ,;“”-'’Z9\n")), max_size=160)


@given(st.one_of(st.text(max_size=80), _MARKY, _WORDY), st.integers(0, 160), st.integers(0, 160))
def test_first_words_read_once_give_the_same_answers(text: str, start: int, length: int) -> None:
    # quoted_words, read once by extract, must answer as each test's own reading does
    start = min(start, len(text))
    end = min(len(text), start + length)
    mark = max(0, start - 1)
    quoted = quoted_words(text, start, end)
    for reported in (False, True):
        assert is_not_speech(text, start, end, mark, reported=reported, quoted=quoted) == (
            is_not_speech(text, start, end, mark, reported=reported)
        )
    assert looks_like_speech(text, start, end, quoted=quoted) == looks_like_speech(text, start, end)
    assert opens_report(text, start, end, mark, quoted=quoted) == opens_report(
        text, start, end, mark
    )


def test_quoted_words_read_past_a_long_first_stretch() -> None:
    # each word fills more than the reach of a word, so the whole quote is read
    words = ["Constantinopolitan" + str(number) for number in range(12)]
    text = "“" + " ".join(words) + ".”"
    quoted = quoted_words(text, 1, len(text) - 1)
    assert quoted == words[: len(quoted)]
    assert len(quoted) >= 4
    assert looks_like_speech(text, 1, len(text) - 1, quoted=quoted)


@pytest.mark.parametrize("bad", [None, 3, b"text"])
def test_extract_quotes_rejects_non_text(bad: object) -> None:
    with pytest.raises(TypeError):
        extract_quotes(bad)  # type: ignore[arg-type]


# --- long passages with no cue ---------------------------------------------------------


def test_long_paragraph_quote_after_a_quote_that_goes_on_keeps_the_speaker() -> None:
    text = (
        "Harbour master Ana Ruiz opened the meeting.\n\n"
        "“We are ready,” she said. “The sea is calm tonight.”\n\n"
        "“The ferry will run every single day of the winter, storms or not, and nobody will be"
        " left behind.”"
    )
    quotes = extract_quotes(text)
    assert [quote.speaker for quote in quotes] == ["Ana Ruiz"] * 3
    assert quotes[2].text.startswith("The ferry will run")


def test_long_partial_quote_in_a_sentence_takes_its_subject() -> None:
    text = (
        "Pilot Jonas Berg took the helm.\n\n"
        "Berg expected the hardest part of the season would be “keeping the night ferries"
        " running through the worst storms of the winter.”"
    )
    assert [(quote.text[:21], quote.speaker) for quote in extract_quotes(text)] == [
        ("keeping the night fer", "Jonas Berg")
    ]


def test_long_passage_with_nobody_to_say_it_stays_out() -> None:
    text = (
        "Nobody came.\n\nThe old sign on the gate, “Ferries run every single day of the year,"
        " in any weather at all.”\n\n“Fine,” said Ana Ruiz."
    )
    assert _quoted(text) == ["Fine,"]


def test_is_passage_counts_words() -> None:
    assert is_passage("“one two three four five six seven eight nine ten”", 1, 50)
    assert not is_passage("“one two three four five six seven eight nine”", 1, 46)


# --- the marks a text quotes with -------------------------------------------------------


def test_single_marked_line_in_a_double_marked_text_is_no_quote() -> None:
    text = (
        "“The pier is open,” said Ana Ruiz.\n\n‘A long winter for the boats.’\n\n"
        "“We start at six,” she said."
    )
    assert _quoted(text) == ["The pier is open,", "We start at six,"]


def test_single_marks_quote_in_a_single_marked_text() -> None:
    text = "‘The pier is open,’ said Ana Ruiz. ‘We start at six, “rain or shine”.’"
    assert _quoted(text) == ["The pier is open,", "We start at six, “rain or shine”."]


def test_in_house_marks_keeps_a_lone_single_marked_quote() -> None:
    text = "‘The pier is open,’ said Ana Ruiz. “Good,” said Ivo Brandt."
    assert len(in_house_marks(text, find_spans(text))) == len(find_spans(text))

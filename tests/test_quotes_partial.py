"""Long partial quotes with no cue, quotes signed after a horizontal bar, and nicknames.

All sentences are written for these tests.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsnorm import extract_quotes
from newsnorm.quotes.kinds import is_not_speech, is_partial_quote
from newsnorm.quotes.spans import find_spans, plain_marks


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in extract_quotes(text)]


def test_horizontal_bar_becomes_an_em_dash_in_place() -> None:
    text = "“We sail at dawn.” ― Ana Ruiz"
    plain = plain_marks(text)
    assert len(plain) == len(text)
    assert plain[19] == "\u2014"
    assert plain.replace("\u2014", "\u2015") == text


def test_quote_signed_after_a_horizontal_bar() -> None:
    text = (
        "Readers wrote to us.\n\n“The night bus saved my job this winter.” ― Ana Ruiz, nurse\n\n"
        "“I will ride it every single day.” ― Tom Vale, student"
    )
    assert _quotes(text) == [
        ("The night bus saved my job this winter.", "Ana Ruiz"),
        ("I will ride it every single day.", "Tom Vale"),
    ]


def test_horizontal_bar_reads_like_an_em_dash_everywhere() -> None:
    for body in (
        "Intro.\n\n“The night bus saved my job this winter.” {} Ana Ruiz, nurse",
        "“We stay,” said Ana Ruiz {} the harbour master {} on Monday.",
    ):
        with_bar = _quotes(body.format("\u2015", "\u2015"))
        assert with_bar == _quotes(body.format("\u2014", "\u2014"))
        assert with_bar


def test_long_partial_quote_takes_the_subject_of_its_sentence() -> None:
    text = (
        "Skipper Ola Lund spoke at the pier.\n\nLund fears the harbour is becoming"
        " “a place where nobody can afford to moor a boat” by next year."
    )
    assert _quotes(text) == [("a place where nobody can afford to moor a boat", "Ola Lund")]


def test_short_piece_inside_a_sentence_stays_a_scare_quote() -> None:
    text = "Skipper Ola Lund spoke.\n\nLund thinks the harbour is “a pit” for sure."
    assert _quotes(text) == []
    text = "Skipper Ola Lund spoke.\n\nLund thinks the harbour is “a pit for old boats now”."
    assert _quotes(text) == []
    text = "Skipper Ola Lund spoke.\n\nLund thinks the harbour is “a pit for old boats and nets”."
    assert _quotes(text) == [("a pit for old boats and nets", "Ola Lund")]


def test_long_partial_quote_with_nobody_in_its_sentence_stays_out() -> None:
    text = "Rain fell.\n\nIn spring, “the greatest ferry race on the coast anywhere” returns."
    assert _quotes(text) == []


def test_is_partial_quote_counts_words_and_leaves_colons_to_the_caller() -> None:
    text = "Lund said the plan was “one two three four five six seven” in all."
    start = text.index("one")
    end = text.index("”")
    assert is_partial_quote(text, start, end, start - 1)
    text = "Lund said the plan was “one two three four five six” in all."
    assert not is_partial_quote(text, start, text.index("”"), start - 1)
    text = "Lund had a plan: “one two three four five six seven” in all."
    start = text.index("one")
    assert not is_partial_quote(text, start, text.index("”"), start - 1)


def test_nickname_has_no_final_punctuation() -> None:
    text = "Kevin “The Crane” Mullally won the race."
    assert is_not_speech(text, 7, 16, 6)
    text = "Officials said the remark by Dr. Ana Ruiz “was unfair to all.” He left."
    start = text.index("was")
    end = text.index("”")
    assert not is_not_speech(text, start, end, start - 1)
    assert _quotes(text) == [("was unfair to all.", None)]


@given(st.text(alphabet="ab “”\"'―—.,:\n", max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_is_partial_quote_never_raises(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert isinstance(is_partial_quote(text, start, end, max(0, start - 1)), bool)


@given(st.text(alphabet="ab “”\"'―—`.,:\n", max_size=80))
def test_plain_marks_keeps_offsets_with_bars(text: str) -> None:
    plain = plain_marks(text)
    assert len(plain) == len(text)
    assert "\u2015" not in plain
    for span in find_spans(plain):
        assert 0 <= span.start <= span.end <= len(text)

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import any_text, news_text, non_str

from newsnorm.quotes import extract_quotes
from newsnorm.quotes.attribution import Features, explain, score
from newsnorm.quotes.document import opens_line
from newsnorm.quotes.spans import plain_marks

# Quote-bearing text: marks, cues, names and pronouns in any order, plus damage.
_QUOTE_PIECES = (
    "\u201c",
    "\u201d",
    '"',
    "'",
    "\u2018",
    "\u2019",
    "\u00ab ",
    " \u00bb",
    "\u201e",
    "\u00bb",
    "\u00ab",
    "\u2039",
    "\u203a",
    "\u300c",
    "\u300d",
    ", said ",
    " said",
    ", she said, ",
    " he said. ",
    ", a-t-il d\u00e9clar\u00e9, ",
    ", sagte sie",
    " \u2014dijo Ruiz\u2014 ",
    "according to ",
    "Anna Berg",
    "Berg",
    "the spokesperson",
    "the 34-year-old",
    "We will go",
    "never.",
    ". ",
    "\n\n",
    "\n",
    "the so-called ",
    "Kevin ",
    " Mullally",
    "It",
    "\x00",
    "\ud800",
    ":",
)
quote_text = st.lists(
    st.one_of(st.sampled_from(_QUOTE_PIECES), st.text(max_size=8)), max_size=40
).map("".join)


def _check(text, quotes):
    previous = -1
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.start >= previous
        previous = quote.start
        if quote.speaker_start is not None:
            assert 0 <= quote.speaker_start <= quote.speaker_end <= len(text)
        assert (quote.speaker_start is None) == (quote.speaker_end is None)


@given(any_text)
def test_never_raises_and_offsets_are_valid(text):
    _check(text, extract_quotes(text))


@given(quote_text)
def test_quote_like_text_gives_valid_offsets(text):
    _check(text, extract_quotes(text))


@given(quote_text)
def test_quotes_leave_out_their_marks(text):
    for quote in extract_quotes(text):
        assert quote.text == quote.text.strip(" \t")
        assert quote.text


@given(st.one_of(news_text, quote_text))
def test_same_output_twice(text):
    assert extract_quotes(text) == extract_quotes(text)


@given(non_str)
def test_rejects_non_str(value):
    with pytest.raises(TypeError, match="text must be a str"):
        extract_quotes(value)


# --- the pieces of attribution ----------------------------------------------------------

_ARCHIVE_PIECES = ("''", "``", "'", "`", " ", "said Ana Ruiz", "Yes,", "\n")
archive_text = st.lists(
    st.one_of(st.sampled_from(_ARCHIVE_PIECES), st.text(max_size=4)), max_size=30
).map("".join)


@given(st.one_of(any_text, archive_text))
def test_plain_marks_keeps_length_and_other_characters(text):
    plain = plain_marks(text)
    assert len(plain) == len(text)
    for before, after in zip(text, plain, strict=True):
        assert before == after or before in "'`"


@given(archive_text)
def test_archive_quotes_give_valid_offsets(text):
    _check(text, extract_quotes(text))


features = st.builds(
    Features,
    sentences_back=st.integers(0, 20),
    first_in_sentence=st.booleans(),
    according=st.booleans(),
    known_person=st.booleans(),
    mentions=st.integers(0, 50),
)


@given(features)
def test_nearer_is_never_worse(candidate):
    if candidate.sentences_back:
        nearer = candidate._replace(sentences_back=candidate.sentences_back - 1)
        assert score(nearer) > score(candidate)
    assert explain(candidate)


@given(quote_text)
def test_every_quote_has_a_reason(text):
    for quote in extract_quotes(text):
        assert quote.reason


@given(any_text, st.data())
def test_opens_line_is_blanks_before_the_position(text, data):
    line_start = data.draw(st.integers(0, len(text)))
    position = data.draw(st.integers(line_start, len(text)))
    assert opens_line(text, line_start, position) == (not text[line_start:position].strip())

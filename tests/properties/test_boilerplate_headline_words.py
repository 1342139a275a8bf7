"""The headline search's word test agrees with listing the body's words.

``headline._held_words`` searches a candidate's words in the body one by one, where the
earlier code listed every word of the body in a set (``_content_words``) and intersected;
``_shared_words`` falls back to that set on a long body or once its searches run out.
"""

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import any_text, news_text

from newsnorm.boilerplate.headline import (
    BODY_SEARCH_LIMIT,
    BODY_SEARCHES,
    _content_words,
    _held_words,
    _is_word_character,
    _shared_words,
)

_WORD: re.Pattern[str] = re.compile(r"\w")
# Words, their parts, their extensions and the characters that end or join words.
_PIECES = st.sampled_from(
    ["ferry", "ferries", "erry", "harbour", "_", "ß", "ss", "İ", "ǅ", "9", "²", " ", "-", "\n"]
)
_BODIES = st.one_of(
    news_text, any_text, st.lists(_PIECES, max_size=40).map("".join), st.text(max_size=60)
)


def test_a_word_character_is_what_re_matches_with_a_backslash_w():
    """Every code point: ``_is_word_character`` is the standard library's ``\\w``."""
    for point in range(sys.maxunicode + 1):
        character = chr(point)
        assert _is_word_character(character) == (_WORD.match(character) is not None), point


@pytest.mark.parametrize(
    ("body", "word", "alone"),
    [
        ("a ferry.", "ferry", True),
        ("ferry", "erry", False),
        ("ferrys", "ferry", False),
        ("ferry_x", "ferry", False),
        ("ferry²", "ferry", False),
        ("ferrying, then the ferry", "ferry", True),
        ("the ferry-boat", "ferry", True),
    ],
)
def test_a_word_is_held_only_where_it_stands_alone(body, word, alone):
    assert _held_words({word}, body, 10)[0] == alone
    assert (word in _content_words(body)) == alone


@given(_BODIES, _BODIES, st.sampled_from((0, 1, 3, BODY_SEARCHES, 10**6)))
def test_words_found_one_by_one_are_the_words_of_the_body(candidate, body, searches):
    folded = body.casefold()
    content = _content_words(candidate) | _content_words(body[: len(body) // 2])
    listed = _content_words(folded)
    held, done = _held_words(content, folded, searches)
    assert done <= searches
    assert held == len(content & listed) or (held == -1 and done == searches)
    for word in content:  # one word at a time, with searches enough
        assert _held_words({word}, folded, 10**6)[0] == (word in listed)


@given(_BODIES, _BODIES, st.sampled_from((0, 2, BODY_SEARCHES)), st.booleans())
def test_a_long_body_or_a_long_search_ends_in_the_set_with_the_same_count(
    candidate, body, searches, long
):
    if long:
        body = (body + " ") * (BODY_SEARCH_LIMIT // max(len(body), 1) + 2)
        assert len(body) > BODY_SEARCH_LIMIT
    folded = body.casefold()
    content = _content_words(candidate) | _content_words(body[: len(body) // 2])
    listed = _content_words(folded)
    held, kept, left = _shared_words(content, folded, None, searches)
    assert held == len(content & listed)
    assert kept is None or kept == listed
    assert 0 <= left <= searches
    assert _shared_words(content, folded, listed, 0) == (held, listed, 0)

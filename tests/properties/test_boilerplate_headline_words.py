"""The headline search's word test agrees with listing the body's words.

``headline._shares_words`` searches a candidate's words in the body one by one, where the
earlier code listed every word of the body in a set (``_content_words``) and intersected.
"""

import re
import sys

from hypothesis import given
from hypothesis import strategies as st
from strategies import any_text, news_text

from newsnorm.boilerplate.headline import (
    BODY_SEARCH_LIMIT,
    _content_words,
    _holds_word,
    _is_word_character,
    _shares_words,
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


@given(_BODIES, _BODIES)
def test_words_found_one_by_one_are_the_words_of_the_body(candidate, body):
    folded = body.casefold()
    content = _content_words(candidate) | _content_words(body[: len(body) // 2])
    listed = _content_words(folded)
    for word in content:
        assert _holds_word(folded, word) == (word in listed)
    assert _shares_words(content, folded) == len(content & listed)


@given(_BODIES, _BODIES)
def test_a_long_body_is_read_into_a_set_with_the_same_count(candidate, body):
    folded = (body + " ") * (BODY_SEARCH_LIMIT // max(len(body), 1) + 2)
    folded = folded.casefold()
    content = _content_words(candidate) | _content_words(body)
    assert len(folded) > BODY_SEARCH_LIMIT
    assert _shares_words(content, folded) == len(content & _content_words(folded))

"""Shortcuts of the quote readers (a lone pronoun, the last words) read as their long paths."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsnorm.quotes.document import Document
from newsnorm.quotes.kinds import _LAST_WORDS, _last_words
from newsnorm.quotes.lexicon import lexicon
from newsnorm.quotes.mentions import COMPLEMENTISERS, _read_chunks, read_subject


def _listed_words() -> list[str]:
    words = lexicon()
    listed = (
        set(words.pronoun_gender)
        | set(words.relatives)
        | set(words.adverbs)
        | set(words.prepositions)
        | set(words.clause_openers)
        | set(words.conjunctions)
        | set(COMPLEMENTISERS)
        | {"has", "was", "saying", "de", "the", "minister"}
    )
    return sorted(word for word in listed if word.isalpha() and word.islower())


def test_every_listed_lowercase_word_reads_the_same_both_ways() -> None:
    for word in _listed_words():
        for text in (f"{word}", f" {word} ", f"\t{word}\n"):
            document = Document(f"“Yes,”{text}said")
            end = 6 + len(text)
            for left in (True, False):
                assert read_subject(document, 6, end, left=left) == _read_chunks(
                    document, 6, end, left=left
                ), (word, left)


def test_a_lone_pronoun_is_read_with_its_offsets() -> None:
    text = "“No,” she said"
    mention = read_subject(Document(text), 5, 10, left=True)
    assert mention is not None
    assert (mention.kind, text[mention.start : mention.end], mention.word) == (
        "pronoun",
        "she",
        "she",
    )


@given(
    st.sampled_from(_listed_words()) | st.text(alphabet="abcdehilmnorstuwyçéßı ", max_size=12),
    st.text(alphabet=" \t\n,", max_size=3),
    st.booleans(),
)
def test_shortcut_agrees_with_the_chunks(word: str, space: str, left: bool) -> None:
    text = f"Ana said:{space}{word}{space}"
    document = Document(text)
    assert read_subject(document, 9, len(text), left=left) == _read_chunks(
        document, 9, len(text), left=left
    )


@given(st.text(alphabet="ab Z\t\n\r-'’é,.\u0301“” 1\u00a0\u2028", max_size=16))
def test_last_words_anchored_at_the_end_reads_as_a_search(before: str) -> None:
    found, searched = _last_words(before), _LAST_WORDS.search(before)
    assert (found and (found.span(), found.groups())) == (
        searched and (searched.span(), searched.groups())
    )

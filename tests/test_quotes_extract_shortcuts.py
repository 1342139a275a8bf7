"""The shortcuts of the extraction pass give the answers of the long way.

`cue_after` reads nothing when only spaces and one sign stand between the closing mark and
the limit; `extract_quotes` skips the dash search in a text without dashes and the passes over
multi-paragraph quotes in a text without them. Each test builds the case the shortcut takes
and checks the answer the full reading gives.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsnorm.quotes import extract_quotes
from newsnorm.quotes.cues import cue_after
from newsnorm.quotes.document import Document

_FILLER = st.text(alphabet=" \t", max_size=3)
_SIGN = st.sampled_from(["", ",", ";", ":", "\u2014", "\u2013", "-"])


@given(
    before=st.text(max_size=40),
    filler=_FILLER,
    sign=_SIGN,
    after=st.text(max_size=40),
)
def test_cue_after_reads_nothing_when_the_limit_comes_first(
    before: str, filler: str, sign: str, after: str
) -> None:
    text = f"{before}\u201cWe stay,\u201d{filler}{sign}{filler}{after}"
    close = len(before) + len("\u201cWe stay,")
    limit = close + 1 + 2 * len(filler) + len(sign)
    assert cue_after(Document(text), close, limit) is None


def test_cue_after_still_reads_a_cue_one_word_past_the_mark() -> None:
    text = "\u201cWe stay,\u201d she said."
    cue = cue_after(Document(text), 9, len(text))
    assert cue is not None
    assert cue.text == "said"


def test_a_quote_cut_at_its_cue_between_dashes_is_still_cut() -> None:
    text = "\u201cNo vamos a cerrar \u2014dijo Ana Ruiz\u2014 ni ahora ni nunca.\u201d"
    quotes = extract_quotes(text)
    assert [quote.text for quote in quotes] == ["No vamos a cerrar", "ni ahora ni nunca."]
    assert {quote.speaker for quote in quotes} == {"Ana Ruiz"}


def test_a_multi_paragraph_quote_still_takes_its_last_paragraph_speaker() -> None:
    text = (
        "The mayor spoke at length.\n\n"
        "\u201cWe will keep the ferry running every day of the winter.\n\n"
        "\u201cNobody will be left on the island,\u201d Ana Ruiz said."
    )
    quotes = extract_quotes(text)
    assert len(quotes) == 2
    assert [quote.speaker for quote in quotes] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_sentence_split_by_two_quotes_shares_the_later_cue() -> None:
    text = (
        "\u201cWe will stay here all winter\u201d and \u201cwe keep the ferry,\u201d Ana Ruiz said."
    )
    quotes = extract_quotes(text)
    assert [quote.speaker for quote in quotes] == ["Ana Ruiz", "Ana Ruiz"]
    assert quotes[0].reason is not None
    assert quotes[0].reason.startswith("same sentence as the quote after")


def test_a_short_title_before_a_quote_does_not_share_its_cue() -> None:
    text = "\u201cWe stay\u201d and \u201cwe keep the ferry,\u201d Ana Ruiz said."
    quotes = extract_quotes(text)
    assert [quote.text for quote in quotes] == ["we keep the ferry,"]


_BEFORE_WORDS = st.sampled_from(
    [
        "the",
        "a",
        "Lee",
        "Ana Ruiz",
        "album",
        "book",
        "phrase",
        "word",
        "called",
        "so-called",
        "mayor’s",
        "workers’",
        "said",
        "that",
        "known as",
        "Dr.",
        "and",
        ",",
        ":",
        "2024",
    ]
)
_QUOTED_WORDS = st.sampled_from(
    [
        "the",
        "Night",
        "Shift",
        "we",
        "stay",
        "WE",
        "WIN",
        "plan",
        "of",
        "a",
        "Crane",
        "green",
        "corridor",
        "amnesty",
        "no",
        "Yes",
        "9",
        "worse",
        "than",
        "x",
    ]
)
_AFTER_WORDS = st.sampled_from(
    ["", "plan", "Mullally", "quickly", "ally", "said", "The", "and", "rules", "Ruiz"]
)


@given(
    before=st.lists(_BEFORE_WORDS, max_size=4),
    quoted=st.lists(_QUOTED_WORDS, max_size=10),
    ending=st.sampled_from(["", ".", ",", "!", "?", "…"]),
    marks=st.sampled_from(["\u201c\u201d", "\u201e\u201c", '""', "\u00bb\u00ab", "\u2018\u2019"]),
    after=_AFTER_WORDS,
)
def test_is_not_speech_reported_gives_the_answer_read_again(
    before: list[str], quoted: list[str], ending: str, marks: str, after: str
) -> None:
    # the rule found without `reported` decides when the answer with it is read again
    from newsnorm.quotes.kinds import (
        _not_speech_rule,
        is_not_speech,
        is_not_speech_reported,
        quoted_words,
    )

    head = " ".join(before) + " " if before else ""
    words = " ".join(quoted) + ending
    text = f"{head}{marks[0]}{words}{marks[1]} {after} went on."
    start = len(head) + 1
    end = start + len(words)
    read = quoted_words(text, start, end)
    rule = _not_speech_rule(text, start, end, start - 1, quoted=read)
    assert bool(rule) == is_not_speech(text, start, end, start - 1)
    if rule:
        assert is_not_speech_reported(
            text, start, end, start - 1, rule=rule, quoted=read
        ) == is_not_speech(text, start, end, start - 1, reported=True, quoted=read)


@given(st.text(alphabet=st.sampled_from(list("AB ab:\t.\u2019-\u00a0")), max_size=30))
def test_trimmed_skips_the_label_only_without_a_colon(inner: str) -> None:
    # the label match is spared without a colon: the bounds are those of the full reading
    from newsnorm.quotes.spans import _LABEL, _trimmed

    text = f"\u201c{inner}\u201d"
    start, _ = _trimmed(text, 1, len(text) - 1)
    first = 1
    while first < len(text) - 1 and text[first] in " \t\r\u00a0\u202f\u2009":
        first += 1
    label = _LABEL.match(text, first, len(text) - 1)
    if label is not None and label.end() < len(text) - 1:
        first = label.end()
    assert start == first


def test_a_packed_cue_gives_back_its_mention() -> None:
    from newsnorm.quotes.extract import _pack
    from newsnorm.quotes.mentions import Mention

    text = "\u201cWe stay,\u201d said Mila Novak."
    cue = cue_after(Document(text), 9, len(text))
    assert cue is not None
    packed = _pack(cue)
    assert type(packed) is tuple
    assert packed[:3] == (cue.start, cue.end, cue.text)
    assert packed[3] is not None
    assert type(packed[3]) is tuple
    assert Mention._make(packed[3]) == cue.mention

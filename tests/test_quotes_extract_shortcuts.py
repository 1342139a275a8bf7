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

"""Helpers the quote tests share: the speakers of a text, and its only quote."""

from newsnorm.model import Quote
from newsnorm.quotes import extract_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker) for every quote extracted from *text*."""
    return [(quote.text, quote.speaker) for quote in extract_quotes(text)]


def only(text: str) -> Quote:
    """The one quote extracted from *text* (the test fails if there are more or fewer)."""
    quotes = extract_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes[0]

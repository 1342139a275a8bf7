"""Extract quotes with their speakers (provisional: finds none)."""

from __future__ import annotations

from newsnorm.model import Quote
from newsnorm.text import _check_text

__all__ = ["extract_quotes"]


def extract_quotes(text: str) -> tuple[Quote, ...]:
    """Return the quotes in *text* (provisional: none).

    Example:
        >>> extract_quotes("Plain text.")
        ()
    """
    _check_text(text)
    return ()

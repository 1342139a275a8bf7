"""Detect syndication credits (provisional: finds none)."""

from __future__ import annotations

from newsnorm.model import Syndication
from newsnorm.text import _check_text

__all__ = ["detect_syndication"]


def detect_syndication(text: str) -> tuple[Syndication, ...]:
    """Return the syndication credits in *text* (provisional: none).

    Example:
        >>> detect_syndication("Plain text.")
        ()
    """
    _check_text(text)
    return ()

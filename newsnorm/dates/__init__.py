"""Find, normalise and choose dates (provisional: finds none)."""

from __future__ import annotations

import datetime as dt

from newsnorm.model import DateMention
from newsnorm.text import _check_text

__all__ = ["find_dates", "find_publication_date", "parse_date"]


def find_dates(text: str, *, reference: dt.date | None = None) -> tuple[DateMention, ...]:
    """Return the date mentions in *text* (provisional: none).

    Example:
        >>> find_dates("No dates.")
        ()
    """
    _check_text(text)
    del reference
    return ()


def parse_date(string: str, *, order: str | None = None) -> dt.date | None:
    """Parse one date string (provisional: ISO only).

    Example:
        >>> parse_date("2025-01-23")
        datetime.date(2025, 1, 23)
    """
    _check_text(string, "string")
    del order
    try:
        return dt.date.fromisoformat(string.strip())
    except ValueError:
        return None


def find_publication_date(text: str, *, url: str | None = None) -> DateMention | None:
    """Return the page's publication date (provisional: none).

    Example:
        >>> find_publication_date("No dates.") is None
        True
    """
    _check_text(text)
    del url
    return None

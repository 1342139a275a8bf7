"""Strip boilerplate from the plain text of a page (provisional: keeps every paragraph)."""

from __future__ import annotations

from newsnorm.model import Stripped, Syndication
from newsnorm.text import _check_text, split_paragraphs

__all__ = ["strip_boilerplate"]


def strip_boilerplate(text: str) -> Stripped:
    """Return the article body of *text* (provisional: every paragraph is kept).

    Example:
        >>> strip_boilerplate("One.\\n\\nTwo.").text
        'One.\\n\\nTwo.'
    """
    _check_text(text)
    return _strip(text)


def _strip(
    text: str, *, syndication: tuple[Syndication, ...] = (), extracted: bool = False
) -> Stripped:
    del syndication, extracted
    return Stripped("\n\n".join(p.text for p in split_paragraphs(text)), None, ())

"""The stripper's entry points: a page's text in, the article and what went out.

:func:`strip_boilerplate` finds the page's syndication credits and hands them, with the
text, to :func:`~newsnorm.boilerplate.cleanup.strip_lines`; the pipeline calls
:func:`_strip` with the credits it has already found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsnorm.boilerplate.cleanup import strip_lines
from newsnorm.syndication import detect_syndication
from newsnorm.text import _check_text

if TYPE_CHECKING:
    from newsnorm.model import Stripped, Syndication

__all__ = ["strip_boilerplate"]


def strip_boilerplate(text: str) -> Stripped:
    r"""Return the article body of a page's plain text, its headline and what was dropped.

    Args:
        text: The whole page as plain text, one block (paragraph, menu item, heading) a line.

    Returns:
        A :class:`~newsnorm.model.Stripped`: ``text`` is the body, paragraphs joined by
        ``"\n\n"`` and made of the input's own lines; ``title`` the headline or ``None``;
        ``removed`` every dropped piece, sorted, with offsets into *text*.

    Raises:
        TypeError: If *text* is not a ``str``.

    Examples:
        >>> strip_boilerplate("Menu\nThe dam held all night, engineers said on Sunday.").text
        'The dam held all night, engineers said on Sunday.'
    """
    _check_text(text)
    return _strip(text, syndication=detect_syndication(text))


def _strip(
    text: str, *, syndication: tuple[Syndication, ...] = (), extracted: bool = False
) -> Stripped:
    """Strip *text*, cutting the given syndication credits from the body.

    *extracted* says that *text* is an extractor's output (already mostly the body, one
    paragraph a line): then only leftovers are dropped and no region is chosen.
    """
    _check_text(text)
    return strip_lines(text, syndication=syndication, extracted=extracted)

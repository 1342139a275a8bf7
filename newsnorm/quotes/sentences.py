"""Sentence boundaries near a quote, found in bounded windows so that every call is cheap.

A boundary is a full stop, question or exclamation mark (possibly followed by a closing
quotation mark) before a space and a capital, or a line break. A full stop after an
initial or a short title ("Mr.", "Dr.", "S.") is not one.

Example:
    >>> text = "Rain fell. Mr. Lee said so."
    >>> text[sentence_start(text, 20, 0) :]
    'Mr. Lee said so.'
"""

# Quotation marks and apostrophes are this module's subject, not typos.
# ruff: noqa: RUF001

from __future__ import annotations

from typing import Final

import regex

WINDOW: Final = 520
"""How far a sentence start or end is looked for, in characters."""

_BOUNDARY: Final = regex.compile(r"[.!?…]++[\"”’»“']?+[ \t\n]++(?=[\p{Lu}\p{N}\"“„«»‘'¿¡‹›])|\n")
# What ends an abbreviation rather than a sentence: "Mr.", "Dr.", "S." before a name.
_ABBREVIATION: Final = regex.compile(
    r"(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Sen|Gov|Rep|St|Sgt|Capt|Lt|Gen|Col|No|Jr|Sr|Mt)$"
)


def boundaries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence boundaries in ``text[start:end]`` as (start, end) of the gap between sentences.

    Example:
        >>> boundaries("Mr. Lee left. Ann stayed.", 0, 25)
        [(12, 14)]
    """
    found: list[tuple[int, int]] = []
    for match in _BOUNDARY.finditer(text, start, end):
        if match.group() != "\n" and _ABBREVIATION.search(
            text, max(0, match.start() - 5), match.start()
        ):
            continue
        found.append(match.span())
    return found


def sentence_start(text: str, position: int, floor: int) -> int:
    """Where the sentence holding *position* starts, looking back no further than *floor*.

    Example:
        >>> sentence_start("Rain fell. Mr. Lee said so.", 20, 0)
        11
    """
    floor = max(floor, position - WINDOW)
    start = floor
    for _, gap_end in boundaries(text, floor, min(len(text), position + 1)):
        if gap_end <= position:
            start = gap_end
    return start


def sentence_end(text: str, position: int, ceiling: int) -> int:
    """Where the sentence holding *position* ends, looking no further than *ceiling*.

    Example:
        >>> sentence_end("He said so. Then left.", 3, 22)
        11
    """
    found = boundaries(text, position, min(ceiling, position + WINDOW))
    return found[0][0] + 1 if found else min(ceiling, position + WINDOW)

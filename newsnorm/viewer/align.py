r"""Find where each piece of the article body lies in the source text.

:func:`newsnorm.normalise` gives the offsets of dates and quotes in the *body* and those of
removed pieces, credits and the publication date in the *source*. The body is made of the
source's own words, in order: the kept lines, stripped, joined by ``"\n\n"`` (between
paragraphs) or ``" "`` (where a credit was cut out of a line). So the body's words can be
found in the source one after the other, each right after the previous one once whitespace
and removed pieces are skipped. :func:`body_to_source` records, for every run of identical
text (a whole line when the source has it as it is, else a word), where it starts in each
text; :meth:`SpanMap.span` then maps any body span to the source span that holds it.

Should a word not be where it is expected (an :class:`~newsnorm.model.Article` built by
hand, or a future pipeline that rewrites words), it is looked for a little further on
(:data:`SEARCH_WINDOW`), outside removed pieces; a word not found there is left unmapped, and
spans made only of such words map to ``None``. Each word costs at most one bounded search,
so the mapping is linear in the length of the texts.

Examples:
    >>> source = "Menu\nThe pier (AP) reopened.\nShare"
    >>> body = "The pier reopened."
    >>> from newsnorm.model import Segment
    >>> removed = (Segment(0, 4, "Menu", "navigation"), Segment(14, 18, "(AP)", "syndication"),
    ...            Segment(29, 34, "Share", "share"))
    >>> start, end = body_to_source(body, source, removed).span(4, 17)
    >>> source[start:end]
    'pier (AP) reopened'
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Final

import attrs
import regex

from newsnorm.model import Segment

__all__ = ["SpanMap", "body_to_source"]

SEARCH_WINDOW: Final = 4_000
"""How far past the expected place a displaced word is looked for: a few paragraphs, so one
odd word costs a bounded search and the whole mapping stays linear."""

# Whitespace as ``str.strip`` (which the pipeline trims lines with) sees it: Unicode's, plus
# the four information separators U+001C-U+001F.
_WORD: Final = regex.compile(r"[^\s\x1c-\x1f]++")
_SPACE: Final = regex.compile(r"[\s\x1c-\x1f]*+")
_LINE: Final = regex.compile(r"[^\n]++")


@attrs.frozen
class SpanMap:
    """Where the body's text lies in the source: parallel lists, one entry per mapped run.

    A run is a stretch that reads the same in both texts: a whole line, or a word.

    Attributes:
        body_starts: Offset of each run in the body, increasing.
        source_starts: Offset of the same run in the source, increasing.
        lengths: Length of each run.
    """

    body_starts: tuple[int, ...]
    source_starts: tuple[int, ...]
    lengths: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Map the body span ``[start, end)`` to the source span holding its words.

        A start between runs moves to the next run, an end between runs back to the
        previous one. An empty span maps to an empty span at the next run; a span holding
        no mapped run (only whitespace, or words the source does not have) to ``None``.

        Examples:
            >>> SpanMap((0, 4), (10, 20), (3, 5)).span(1, 9)
            (11, 25)
        """
        starts = self.body_starts
        if not starts:
            return None
        first = bisect_right(starts, start) - 1  # the run at or before start
        if first < 0 or start >= starts[first] + self.lengths[first]:
            first += 1  # start lies between runs: take the next one
            if first == len(starts):
                return None
            source_start = self.source_starts[first]
        else:
            source_start = self.source_starts[first] + start - starts[first]
        if end <= start:
            return (source_start, source_start)
        last = bisect_left(starts, end) - 1  # the last run starting before end
        if last < first:
            return None
        source_end = self.source_starts[last] + min(end - starts[last], self.lengths[last])
        return (source_start, max(source_start, source_end))


def _merged(removed: Iterable[Segment], length: int) -> list[tuple[int, int]]:
    """The removed pieces as sorted, disjoint spans within ``[0, length]``."""
    spans = sorted(
        (max(0, segment.start), min(length, segment.end))
        for segment in removed
        if segment.start < segment.end and segment.start < length
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def body_to_source(body: str, source: str, removed: Iterable[Segment] = ()) -> SpanMap:
    r"""Map the words of *body* to their places in *source*, skipping the *removed* pieces.

    Args:
        body: The article body (``Article.text``).
        source: The text the pipeline ran on (``Article.source``).
        removed: The pieces of *source* left out of the body (``Article.removed``).

    Raises:
        TypeError: If *body* or *source* is not a ``str``.

    Examples:
        >>> body_to_source("a c", "a b\nc", (Segment(2, 3, "b", "other"),)).source_starts
        (0, 4)
    """
    for name, value in (("body", body), ("source", source)):
        if not isinstance(value, str):
            msg = f"{name} must be a str, got {type(value).__name__}"
            raise TypeError(msg)
    gaps = _merged(removed, len(source))
    body_starts: list[int] = []
    source_starts: list[int] = []
    lengths: list[int] = []
    cursor = 0
    gap = 0  # index of the first removed span that does not end before the cursor

    def skip(cursor: int) -> int:
        """Skip whitespace and removed pieces from *cursor* until neither moves it."""
        nonlocal gap
        while True:
            position = _SPACE.match(source, cursor).end()  # type: ignore[union-attr]
            while gap < len(gaps) and gaps[gap][1] <= position:
                gap += 1
            if gap < len(gaps) and gaps[gap][0] <= position:
                cursor = gaps[gap][1]
                continue
            return position

    for line in _LINE.finditer(body):
        # Most lines of the body are a line of the source as it is: one run for the line.
        text = line.group()
        position = skip(cursor)
        end = position + len(text)
        if source.startswith(text, position) and not (gap < len(gaps) and gaps[gap][0] < end):
            body_starts.append(line.start())
            source_starts.append(position)
            lengths.append(len(text))
            cursor = end
            continue
        for match in _WORD.finditer(body, line.start(), line.end()):
            word = match.group()
            position = skip(cursor)
            if not source.startswith(word, position):
                position = _search(source, word, position, gaps, gap)
                if position < 0:
                    continue
            body_starts.append(match.start())
            source_starts.append(position)
            lengths.append(len(word))
            cursor = position + len(word)
    return SpanMap(tuple(body_starts), tuple(source_starts), tuple(lengths))


def _search(source: str, word: str, start: int, gaps: list[tuple[int, int]], gap: int) -> int:
    """The first place of *word* in the window after *start* outside removed spans, or -1."""
    limit = min(len(source), start + SEARCH_WINDOW)
    position = source.find(word, start, limit)
    while position >= 0:
        while gap < len(gaps) and gaps[gap][1] <= position:
            gap += 1
        if gap < len(gaps) and gaps[gap][0] < position + len(word):
            position = source.find(word, max(position + 1, gaps[gap][1]), limit)
            continue
        return position
    return -1

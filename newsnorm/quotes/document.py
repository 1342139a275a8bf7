r"""One document and what is read from it once: sentence boundaries, names and sources.

Quote attribution asks many small questions about the same stretches of text (where does
this sentence start, which names are in this clause, is there an "according to" here). The
answers are read once per block of the document and kept in a :class:`Document`, so that a
document costs one pass over each block it asks about, whatever the number of quotes.

Blocks are cut at the starts of lines (a line break followed by text); a line longer than
a block is cut after a comma before a lowercase word, where neither a name nor a sentence
boundary can straddle the cut. Cuts are placed on a fixed grid, so a block is the same
whichever question reads it first.

Examples:
    >>> document = Document("Rain fell. Mr. Lee said so.\nAna Ruiz left.")
    >>> document.sentence_start(20, 0), [name.label for name in document.names(0, 42)]
    (11, ['Rain', 'Lee', 'Ana Ruiz'])
"""

# Quotation marks and apostrophes are this module's subject, not typos.
# ruff: noqa: RUF001

from __future__ import annotations

import bisect
from typing import Any, Final, Generic, TypeVar

import regex

from newsnorm.quotes.lexicon import lexicon
from newsnorm.quotes.names import Name, read_names

BLOCK: Final = 2048
"""The grid on which blocks are cut, in characters."""
WINDOW: Final = 520
"""How far a sentence start or end is looked for, in characters."""

_BOUNDARY: Final = regex.compile(r"[.!?…]++[\"”’»“']?+[ \t\n]++(?=[\p{Lu}\p{N}\"“„«»‘'¿¡‹›])|\n")
_LINE_CUT: Final = regex.compile(r"\n(?=\S)")
_COMMA_CUT: Final = regex.compile(r", (?=\p{Ll})")
_LETTER: Final = regex.compile(r"[\p{L}\p{M}]")
_SOURCE_REACH: Final = 24
"""How far before its key word a source phrase may start ("nach Angaben von")."""


_Item = TypeVar("_Item", bound=tuple[Any, ...])


class Document:
    """A text with its sentence boundaries, names and sources, each read once per block."""

    def __init__(self, text: str) -> None:
        """Wrap *text*; nothing is read until asked."""
        self.text = text
        self._spans: dict[int, tuple[int, int]] = {}
        self._gaps: dict[int, _Indexed[tuple[int, int]]] = {}
        self._names: dict[int, _Lines] = {}
        self._sources: dict[int, _Indexed[tuple[int, int, str]]] = {}

    def _block(self, grid: int) -> tuple[int, int]:
        """The block that starts at the cut of grid point number *grid*."""
        block = self._spans.get(grid)
        if block is None:
            block = self._spans[grid] = (self._cut(grid * BLOCK), self._cut((grid + 1) * BLOCK))
        return block

    def _cut(self, grid: int) -> int:
        """Where the block of grid point *grid* (an offset) starts."""
        if grid <= 0:
            return 0
        if grid >= len(self.text):
            return len(self.text)
        end = min(len(self.text), grid + BLOCK)
        line = _LINE_CUT.search(self.text, grid - 1, end)
        comma = _COMMA_CUT.search(self.text, grid - 2, end) if line is None else None
        return line.end() if line else comma.end() if comma else grid

    def _blocks(self, start: int, end: int) -> list[tuple[int, int]]:
        """The blocks that overlap ``text[start:end]``, in order."""
        end = min(end, len(self.text))  # past the text, the grid would go on for ever
        if end <= start:
            return []
        grid = start // BLOCK
        block = self._spans.get(grid) or self._block(grid)
        if start < block[0]:
            grid -= 1
            block = self._block(grid)
        if end <= block[1]:
            return [block] if block[1] > block[0] else []  # the common case: one block
        blocks: list[tuple[int, int]] = []
        while block[0] < end:
            if block[1] > block[0]:
                blocks.append(block)
            grid += 1
            block = self._block(grid)
        return blocks

    def boundaries(self, start: int, end: int) -> list[tuple[int, int]]:
        """Sentence boundaries in ``text[start:end]`` as (start, end) of each gap.

        Examples:
            >>> Document("Mr. Lee left. Ann stayed.").boundaries(0, 25)
            [(12, 14)]
        """
        block = self._spans.get(start // BLOCK)
        if block is not None and block[0] <= start < end <= block[1]:
            # The common case, one block already cut: no list of blocks to build.
            gaps = self._gaps.get(block[0])
            if gaps is not None:
                return [
                    gap
                    for gap in gaps.from_start(start, end)
                    if gap[1] < end or (gap[1] == end and gap[1] - gap[0] == 1)
                ]
        found: list[tuple[int, int]] = []
        for block in self._blocks(start, end):
            gaps = self._gaps.get(block[0])
            if gaps is None:
                gaps = self._gaps[block[0]] = _Indexed(_read_gaps(self.text, *block))
            found.extend(
                gap
                for gap in gaps.from_start(start, end)
                if gap[1] < end or (gap[1] == end and gap[1] - gap[0] == 1)
            )
        return found

    def first_boundary(self, start: int, end: int) -> tuple[int, int] | None:
        """The first of :meth:`boundaries` ``(start, end)``, or ``None``: no list is built.

        Examples:
            >>> Document("Mr. Lee left. Ann stayed. So.").first_boundary(0, 29)
            (12, 14)
        """
        block = self._spans.get(start // BLOCK)
        if block is not None and block[0] <= start < end <= block[1]:
            gaps = self._gaps.get(block[0])
            if gaps is not None:
                for gap in gaps.from_start(start, end):
                    if gap[1] < end or (gap[1] == end and gap[1] - gap[0] == 1):
                        return gap
                return None
        found = self.boundaries(start, end)
        return found[0] if found else None

    def sentence_start(self, position: int, floor: int) -> int:
        """Where the sentence holding *position* starts, looking back no further than *floor*.

        Examples:
            >>> Document("Rain fell. Mr. Lee said so.").sentence_start(20, 0)
            11
        """
        floor = max(floor, position - WINDOW)
        gap = self.last_gap(position, floor)
        return gap[1] if gap is not None and gap[0] >= floor else floor

    def last_gap(self, position: int, floor: int) -> tuple[int, int] | None:
        """The last sentence gap ending by *position*, in the blocks from *floor* on.

        A sentence start for any floor at or above *floor* (and within :data:`WINDOW`)
        follows from it: the gap's end if the gap starts at or after that floor, else the
        floor itself. So one look serves several floors.

        Examples:
            >>> Document("Rain fell. Mr. Lee said so.").last_gap(20, 0)
            (9, 11)
        """
        end = min(len(self.text), position + 1)
        last = end - 1
        # The common case: the block that holds *position* is cut and read already, and
        # holds a gap before it (or reaches back to the floor); then it alone answers.
        block = self._spans.get(last // BLOCK)
        if block is not None and last < block[0]:
            block = self._spans.get(last // BLOCK - 1)
        if block is not None and floor < end and block[0] <= last < block[1]:
            known = self._gaps.get(block[0])
            if known is not None:
                index = bisect.bisect_right(known.ends, position) - 1
                if index >= 0:
                    return known.items[index]
                if block[0] <= floor:
                    return None
        for block in reversed(self._blocks(floor, end)):
            gaps = self._gaps.get(block[0])
            if gaps is None:
                gaps = self._gaps[block[0]] = _Indexed(_read_gaps(self.text, *block))
            # Gaps do not overlap, so their ends are sorted too: the last one ending by
            # *position* is the boundary, if it starts after the floor.
            index = bisect.bisect_right(gaps.ends, position) - 1
            if index >= 0:
                return gaps.items[index]
        return None

    def names(self, start: int, end: int) -> list[Name]:
        """The names that lie within ``text[start:end]``, in order.

        Each line of a block is read the first time a window reaches it, so the lines no
        question reaches are never read.

        Examples:
            >>> [name.label for name in Document("Dr. Ana Ruiz met Lee.").names(0, 12)]
            ['Ana Ruiz']
        """
        found: list[Name] = []
        block = self._spans.get(start // BLOCK)
        if block is None or not block[0] <= start < end <= block[1]:
            for block in self._blocks(start, end):
                self._block_names(block).extend_names(self.text, start, end, found)
            return found
        lines = self._names.get(block[0])  # the common case: one block, already cut
        if lines is None:
            lines = self._block_names(block)
        lines.extend_names(self.text, start, end, found)
        return found

    def _block_names(self, block: tuple[int, int]) -> _Lines:
        """The lines of *block*, with the names of those read so far."""
        lines = self._names.get(block[0])
        if lines is None:
            lines = self._names[block[0]] = _Lines(self.text, *block)
        return lines

    def sources(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The source phrases ("according to", "selon") in ``text[start:end]``.

        Examples:
            >>> Document("It rose, according to Lee.").sources(0, 26)
            [(9, 21, 'according to')]
        """
        block = self._spans.get(start // BLOCK)
        if block is not None and block[0] <= start < end <= block[1]:
            known = self._sources.get(block[0])
            if known is not None:  # the common case: one block, already read
                if not known.items:
                    return []
                return [source for source in known.from_start(start, end) if source[1] <= end]
        found: list[tuple[int, int, str]] = []
        for block in self._blocks(start, end):
            sources = self._sources.get(block[0])
            if sources is None:
                sources = self._sources[block[0]] = _Indexed(_read_sources(self.text, *block))
            found.extend(source for source in sources.from_start(start, end) if source[1] <= end)
        return found

    def source_at(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The source phrase that starts at *start* and ends by *end*, if any.

        It is the first of :meth:`sources` when that one starts at *start*.

        Examples:
            >>> Document("It rose, according to Lee.").source_at(9, 26)
            (9, 21, 'according to')
        """
        block = self._spans.get(start // BLOCK)
        if block is not None and block[0] <= start < end <= block[1]:
            known = self._sources.get(block[0])
            if known is not None:  # the common case: one block, already read
                index = bisect.bisect_left(known.starts, start)
                if index < len(known.items) and known.starts[index] == start:
                    source = known.items[index]
                    return source if source[1] <= end else None
                return None
        found = self.sources(start, end)
        return found[0] if found and found[0][0] == start else None


class _Indexed(Generic[_Item]):
    """Items sorted by their start offset (their first field), sliced by bisection."""

    def __init__(self, items: list[_Item]) -> None:
        self.items = items
        self.starts = [item[0] for item in items]
        self.ends = [item[1] for item in items]
        """The second fields (the ends of sentence gaps)."""

    def from_start(self, start: int, end: int) -> list[_Item]:
        """The items that start in ``[start, end)``."""
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end, low)
        return self.items[low:high]


class _Lines:
    """The lines of one block and their names, each line read when a window first reaches it.

    A line is cut where the block is, so its names are those a whole-block reading finds.
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        line_start = start
        while line_start < end:
            line_end = text.find("\n", line_start, end)
            line_end = end if line_end < 0 else line_end
            self.starts.append(line_start)
            self.ends.append(line_end)
            line_start = line_end + 1
        self.names: list[list[Name] | None] = [None] * len(self.starts)

    def extend_names(self, text: str, start: int, end: int, found: list[Name]) -> None:
        """Add to *found* the names that lie within ``text[start:end]``, in order."""
        index = max(0, bisect.bisect_right(self.starts, start) - 1)
        stop = bisect.bisect_left(self.starts, end)
        while index < stop:
            if self.ends[index] > start:
                names = self.names[index]
                if names is None:
                    names = self.names[index] = read_names(
                        text, self.starts[index], self.ends[index]
                    )
                if not names or (start <= names[0].start and names[-1].end <= end):
                    found.extend(names)  # names follow each other: all lie within
                else:
                    found.extend(name for name in names if start <= name.start and name.end <= end)
            index += 1


def _read_gaps(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    abbreviation = lexicon().abbreviation
    for match in _BOUNDARY.finditer(text, start, min(len(text), end + 1)):
        gap = match.span()
        position = gap[0]
        if position >= end:
            break
        # An abbreviation ("Dr.", "S.") has a capital among the four characters before.
        if (
            text[position] != "\n"
            and not text[max(0, position - 4) : position].islower()
            and abbreviation.search(text, max(0, position - 5), position)
        ):
            continue
        found.append(gap)
    return found


def _read_sources(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The source phrases of a block: their key words found by ``str.find`` first."""
    words = lexicon()
    piece = text[start:end].lower()
    if len(piece) != end - start:
        matches = words.source.finditer(text, start, end)
        return [(match.start(), match.end(), match.group()) for match in matches]
    hits: set[tuple[int, int, str]] = set()
    for key in words.source_keys:
        position = piece.find(key)
        while position >= 0:
            window_start = max(start, start + position - _SOURCE_REACH)
            window_end = min(end, start + position + len(key) + _SOURCE_REACH)
            hits.update(
                (match.start(), match.end(), match.group())
                for match in words.source.finditer(text, window_start, window_end)
                if _LETTER.match(text, match.end()) is None
            )
            position = piece.find(key, position + 1)
    found: list[tuple[int, int, str]] = []
    for hit in sorted(hits):
        if not found or hit[0] >= found[-1][1]:
            found.append(hit)
    return found


def opens_line(text: str, line_start: int, position: int) -> bool:
    r"""Whether only blanks stand between *line_start* and *position* (read backwards).

    Examples:
        >>> opens_line("Intro\n  “Yes.”", 6, 8), opens_line("Intro\nHe said “Yes.”", 6, 14)
        (True, False)
    """
    while position > line_start and text[position - 1].isspace():
        position -= 1
    return position <= line_start


def sentence_starts(document: Document, ranges: list[tuple[int, int]]) -> list[int]:
    """The starts of the sentences in the sorted, disjoint *ranges*, with 0 first.

    Examples:
        >>> sentence_starts(Document("One. Two. Three."), [(0, 16)])
        [0, 5, 10]
    """
    starts = [0]
    for start, end in ranges:
        starts.extend(gap[1] for gap in document.boundaries(start, end))
    return starts

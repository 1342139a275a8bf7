r"""The text layer every capability works on: clean-up with an offset map, lines, paragraphs.

Scraped text carries ``\r\n`` line ends, non-breaking and zero-width spaces, control
characters, lone surrogates and decomposed accents. :func:`clean` removes or replaces them
and returns a :class:`CleanText` that maps every offset in the cleaned text back to the
caller's text, so that results computed on clean text can point into the original.
:func:`split_lines` and :func:`split_paragraphs` cut text into pieces that keep their offsets.

Examples:
    >>> cleaned = clean("Caf\u0065\u0301\r\nclosed")
    >>> cleaned.text
    'Café\nclosed'
    >>> cleaned.source_span(5, 11)
    (7, 13)
"""

from __future__ import annotations

import bisect
import functools
import operator
import unicodedata
from itertools import accumulate, compress
from typing import Final

import attrs
import regex

__all__ = [
    "CleanText",
    "Line",
    "Paragraph",
    "clean",
    "holds_markup",
    "split_lines",
    "split_paragraphs",
]

# Characters clean() rewrites. Each alternative is one character or "\r\n", so the scan is
# a single linear pass; an input with none of them is returned as it came.
_LINE_BREAKS: Final = "\r\x0b\x0c\x85\u2028\u2029"
_SPACES: Final = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t"
_DROPPED: Final = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b\u2060\ufeff"
_TO_CLEAN: Final = regex.compile(rf"\r\n|[{_LINE_BREAKS}]|[{_SPACES}]|[{_DROPPED}]|[\ud800-\udfff]")
_SPACE: Final = regex.compile(rf"[{_SPACES}]")
_DROP: Final = regex.compile(rf"[{_DROPPED}]")
_LINE_BREAK_PIECES: Final = frozenset(("\r\n", *_LINE_BREAKS))
_BLANK_LINE: Final = regex.compile(r"\n[ \t]*+\n\s*+")
_REPLACEMENT: Final = "\ufffd"


@attrs.frozen
class Line:
    """A line of the text it came from, without its surrounding white space.

    ``text == source[start:end]``.
    """

    start: int
    end: int
    text: str


@attrs.frozen
class Paragraph:
    """A paragraph of the text it came from: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


@attrs.frozen
class CleanText:
    """Cleaned text and the map from its offsets back to the caller's text.

    Attributes:
        text: The cleaned text.
        source: The caller's text.
        edits: Each replacement as ``(clean_start, clean_end, source_start, source_end)``,
            in order; outside them the two texts run in step.
    """

    text: str
    source: str = attrs.field(repr=False)
    edits: tuple[tuple[int, int, int, int], ...] = attrs.field(default=(), repr=False)
    _clean_starts: tuple[int, ...] = attrs.field(
        init=False,
        repr=False,
        eq=False,
        default=attrs.Factory(lambda self: tuple(edit[0] for edit in self.edits), takes_self=True),
    )

    def source_offset(self, offset: int, *, end: bool = False) -> int:
        """Map *offset* in the cleaned text to the caller's text.

        Args:
            offset: An offset into :attr:`text`, ``0 <= offset <= len(text)``.
            end: Map an end offset: one that falls right after a deleted character maps
                before it rather than after it.

        Raises:
            ValueError: If *offset* lies outside the cleaned text.

        Examples:
            >>> clean("a\u200bb").source_offset(1), clean("a\u200bb").source_offset(1, end=True)
            (2, 1)
        """
        if not 0 <= offset <= len(self.text):
            msg = f"offset must be between 0 and {len(self.text)}, got {offset}"
            raise ValueError(msg)
        # The last edit starting at or before offset (for an end, strictly before, so that
        # the end of a word stays before a character deleted right after it).
        if end:
            index = bisect.bisect_left(self._clean_starts, offset) - 1
        else:
            index = bisect.bisect_right(self._clean_starts, offset) - 1
        if index < 0:
            return offset
        _, clean_end, source_start, source_end = self.edits[index]
        if offset >= clean_end:
            return source_end + (offset - clean_end)
        if end:
            # Inside (or at the end of) a replacement: cover the whole replaced source.
            return source_end
        return source_start

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        r"""Map the span ``[start, end)`` of the cleaned text to the caller's text.

        Examples:
            >>> clean("x\r\ny").source_span(2, 3)
            (3, 4)
        """
        source_start = self.source_offset(start)
        source_end = max(source_start, self.source_offset(end, end=True))
        return source_start, source_end


def _check_text(text: object, name: str = "text") -> None:
    if not isinstance(text, str):
        hint = " (decode bytes first)" if isinstance(text, bytes | bytearray) else ""
        msg = f"{name} must be a str, got {type(text).__name__}{hint}"
        raise TypeError(msg)


def _replacement(piece: str) -> str:
    if piece in _LINE_BREAK_PIECES:
        return "\n"
    if len(piece) == 1:
        if "\ud800" <= piece <= "\udfff":
            return _REPLACEMENT
        if _SPACE.fullmatch(piece):
            return " "
        if _DROP.fullmatch(piece):
            return ""
    return unicodedata.normalize("NFC", piece)


@functools.cache
def _pattern(*, compose: bool) -> regex.Pattern[str]:
    """The pattern of pieces to rewrite; with *compose*, also the pieces NFC may change."""
    if not compose:
        return _TO_CLEAN
    # A base character with combining marks, a Hangul jamo sequence, or a character that
    # NFC maps to another (CJK compatibility ideographs, the Ohm and Angstrom signs, ...).
    return regex.compile(
        rf"{_TO_CLEAN.pattern}|\P{{M}}\p{{M}}++|[\u1100-\u115f][\u1160-\u11a7]++[\u11a8-\u11ff]?+"
        rf"|[{_nfc_singletons()}]"
    )


@functools.cache
def _nfc_singletons() -> str:
    """A character class body of the characters NFC replaces on their own."""
    ranges: list[str] = []
    for code in range(0x80, 0x30000):
        character = chr(code)
        if 0xD800 <= code <= 0xDFFF or unicodedata.combining(character):
            continue
        if unicodedata.normalize("NFC", character) != character:
            ranges.append(f"\\U{code:08x}")
    return "".join(ranges)


def _rewrite(text: str, pattern: regex.Pattern[str]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Apply :func:`_replacement` to each match of *pattern*, recording the edits."""
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    source_position = 0
    clean_position = 0
    for match in pattern.finditer(text):
        old = match.group()
        new = _replacement(old)
        if new == old:
            continue
        start, end = match.span()
        pieces.append(text[source_position:start])
        clean_position += start - source_position
        pieces.append(new)
        edits.append((clean_position, clean_position + len(new), start, end))
        clean_position += len(new)
        source_position = end
    if not edits:
        return text, edits
    pieces.append(text[source_position:])
    return "".join(pieces), edits


#: The start of a tag, comment or doctype: ``<`` then a letter, ``/``, ``!`` or ``?``.
_TAG_START: Final = regex.compile(r"<[A-Za-z/!?]")


def holds_markup(text: str) -> bool:
    """Whether *text* holds a tag, comment or doctype anywhere (``<p``, ``</``, ``<!``, ``<?``).

    A document with none has no markup for an HTML reader to use: it is plain text.

    Examples:
        >>> holds_markup("The ferry <b>sailed</b>."), holds_markup("Fares rose by < 2 %.")
        (True, False)
    """
    return _TAG_START.search(text) is not None


def clean(text: str) -> CleanText:
    r"""Clean *text* for analysis, keeping a map back to its offsets.

    Line ends (``\r\n``, ``\r``, U+2028, …) become ``\n``; non-breaking, typographic and
    ideographic spaces and tabs become a plain space; zero-width spaces, soft hyphens, byte
    order marks and control characters are dropped; lone surrogates become U+FFFD; text is
    composed to NFC. Nothing else changes: runs of spaces stay, so a cleaned text is as long
    as its source unless something was dropped or composed.

    Args:
        text: The text to clean.

    Returns:
        The cleaned text with its offset map. ``clean(clean(t).text).text == clean(t).text``.

    Raises:
        TypeError: If *text* is not a ``str``.

    Examples:
        >>> clean("Price:\u00a0\u20ac5\x00").text
        'Price: €5'
    """
    _check_text(text)
    cleaned, edits = _rewrite(text, _TO_CLEAN)
    if unicodedata.is_normalized("NFC", cleaned):
        return CleanText(cleaned, text, tuple(edits))
    cleaned, edits = _rewrite(text, _pattern(compose=True))
    first = CleanText(cleaned, text, tuple(edits))
    if unicodedata.is_normalized("NFC", cleaned):
        return first
    # A dropped character joined a base and its marks: compose once more, chaining maps.
    composed, second = _rewrite(cleaned, _pattern(compose=True))
    return CleanText(composed, text, _chain(first, second))


def _chain(
    first: CleanText, second: list[tuple[int, int, int, int]]
) -> tuple[tuple[int, int, int, int], ...]:
    """Edits from the caller's text to the text that *second* rewrote *first.text* into."""
    chained: list[tuple[int, int, int, int]] = []
    index = 0
    shift = 0  # how much longer the second text is than the first, so far
    for clean_start, clean_end, source_start, source_end in first.edits:
        while index < len(second) and second[index][3] <= clean_start:
            new_start, new_end, old_start, old_end = second[index]
            chained.append((new_start, new_end, *first.source_span(old_start, old_end)))
            shift += (new_end - new_start) - (old_end - old_start)
            index += 1
        if index < len(second):
            old_start, old_end = second[index][2:]
            if clean_end > clean_start:
                inside = old_start < clean_end and clean_start < old_end
            else:
                inside = old_start < clean_start < old_end
            if inside:
                continue  # the second pass rewrote this span, and its edit maps it whole
        chained.append((clean_start + shift, clean_end + shift, source_start, source_end))
    for new_start, new_end, old_start, old_end in second[index:]:
        chained.append((new_start, new_end, *first.source_span(old_start, old_end)))
    chained.sort()
    return tuple(chained)


def split_lines(text: str) -> tuple[Line, ...]:
    r"""Split *text* into its non-blank lines, trimmed, keeping offsets into *text*.

    A line ends where :meth:`str.splitlines` ends it: ``\n``, ``\r\n``, ``\r``, ``\v``,
    ``\f``, the separators ``\x1c``-``\x1e``, ``\x85``, U+2028 and U+2029. White space at
    either end of a line (as :meth:`str.strip` sees it) is left out of it. This is the one
    definition of a line in newsnorm: boilerplate stripping cuts pages with it too
    (through ``_line_table``).

    Examples:
        >>> [line.text for line in split_lines("  Home \r\n\nWorld\n")]
        ['Home', 'World']
        >>> split_lines("a\nbc")[1]
        Line(start=2, end=4, text='bc')
    """
    _check_text(text)
    starts, texts, _blank = _line_table(text)
    return tuple(map(Line, starts, map(operator.add, starts, map(len, texts)), texts))


# Line ends other than a line feed, as str.splitlines knows them; and those in ASCII (a text
# that is all ASCII, as CPython knows at once, cannot hold the others).
_OTHER_LINE_ENDS: Final = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_OTHER_ASCII_LINE_ENDS: Final = "\r\x0b\x0c\x1c\x1d\x1e"


def _line_table(text: str) -> tuple[list[int], list[str], list[bool]]:
    r"""The lines of :func:`split_lines` as three lists: starts, texts, blank line before.

    The third list says, for each line, whether a blank (or white-space) line lies between
    it and the line before: a paragraph break. Lists rather than :class:`Line` objects, for
    callers that go over every line of many pages (boilerplate stripping).

    Most texts break lines with ``\n`` alone: they take a fast path.

    Args:
        text: Any text.

    Raises:
        TypeError: If *text* is not a ``str``.

    Examples:
        >>> _line_table("Home\n\n  World \r\nNews")
        ([0, 8, 16], ['Home', 'World', 'News'], [False, True, False])
    """
    _check_text(text)
    line_ends = _OTHER_ASCII_LINE_ENDS if text.isascii() else _OTHER_LINE_ENDS
    if any(map(text.__contains__, line_ends)):
        raws = text.splitlines(keepends=True)
        lengths = list(map(len, raws))  # with the line end
    else:
        raws = text.split("\n")
        lengths = list(map((1).__add__, map(len, raws)))  # and the line feed
    stripped = list(map(str.strip, raws))
    offsets = accumulate(lengths, initial=0)  # where each raw line starts
    # A raw line's indent: what str.strip took from its start (a line end is at its end).
    indents = map(operator.sub, map(len, raws), map(len, map(str.lstrip, raws)))
    starts = list(compress(map(operator.add, offsets, indents), stripped))
    numbers = list(compress(range(len(raws)), stripped))
    steps = map(operator.sub, numbers, [numbers[0] - 1 if numbers else 0, *numbers])
    return starts, list(filter(None, stripped)), [step > 1 for step in steps]


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    r"""Split *text* at blank lines, keeping offsets into *text*.

    Examples:
        >>> split_paragraphs("Rain today.\n\nSun tomorrow.")[1]
        Paragraph(start=13, end=26, text='Sun tomorrow.')
    """
    _check_text(text)
    paragraphs: list[Paragraph] = []
    start = 0
    normalised = text.replace("\r", "\n") if "\r" in text else text
    for gap in _BLANK_LINE.finditer(normalised):
        paragraphs.append(Paragraph(start, gap.start(), text[start : gap.start()]))
        start = gap.end()
    paragraphs.append(Paragraph(start, len(text), text[start:]))
    return tuple(_trim(paragraph) for paragraph in paragraphs if paragraph.text.strip())


def _trim(paragraph: Paragraph) -> Paragraph:
    text = paragraph.text
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    if left == 0 and right == len(text):
        return paragraph
    return Paragraph(paragraph.start + left, paragraph.start + right, text[left:right])

r"""Quote spans: the words between paired quotation marks, found in one linear pass.

Each line is scanned once, mark by mark. An opening mark decides which marks may close it
(“ → ”, „ → “ or ”, « → », » → « or », ‹ → ›, 「 → 」, " → ", ‘ → ’); marks of other kinds
inside an open quote are nested quotes and are left alone. A mark only opens where a quote
can start (after a space, a bracket or the start of the line) and only closes where one can
end (not in the middle of a word, so the apostrophe of "don’t" never closes ‘…’). A quote
left open at the end of a line continues when the next line opens a quote again: the
multi-paragraph convention of newspapers. Everything else left open is dropped.

Examples:
    >>> [span.text for span in find_spans("He said: “We stay.” She said «non».")]
    ['We stay.', 'non']
"""

# Quotation marks and apostrophes are this module's subject, not typos.
# ruff: noqa: RUF002, RUF003

from __future__ import annotations

from types import MappingProxyType
from typing import Final, NamedTuple, TypeAlias

import regex

# What each opening mark may be closed by.
_CLOSERS: Final = MappingProxyType(
    {
        "\u201c": '\u201d\u201c"',  # “ → ” (a second “: a restart; " in mixed marks)
        "\u201e": "\u201c\u201d",  # „ → “ or ”
        "\u201d": "\u201d",  # ” → ” (Swedish and Finnish style)
        "\u00ab": "\u00bb",  # « → »
        "\u00bb": "\u00ab\u00bb",  # » → « (German) or » (Swedish)
        "\u2039": "\u203a",  # ‹ → ›
        "\u203a": "\u2039",  # › → ‹
        "\u300c": "\u300d",  # 「 → 」
        "\u300e": "\u300f",  # 『 → 』
        '"': '"\u201d',  # " → " (or ” in text that mixes straight and curly marks)
        "\u2018": "\u2019",  # ‘ → ’
        "\u201a": "\u2018\u2019",  # ‚ → ‘ or ’
        "'": "'",
    }
)
_MARKS: Final = regex.compile(
    r"[\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\"\u2018\u2019\u201a']"
)
# The marks a line is scanned for: an apostrophe between two letters ("don’t") can neither
# open nor close a quote, so the pattern leaves it out rather than the loop.
_SCANNED_MARKS: Final = regex.compile(
    r"[\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\"]"
    r"|(?<!\p{L})[\u2018\u2019\u201a']|[\u2018\u2019\u201a'](?!\p{L})"
)
_SINGLE: Final = frozenset("\u2018\u2019\u201a'")
# Marks after which a quote may open: start, space, brackets, dashes, slashes, other marks.
_BEFORE_OPEN: Final = frozenset(
    " \t\n([{\u2014\u2013-/:;,\u00a0\u201c\u201e\u00ab\u00bb\u2039\u203a\"'\u2018"
)
_FAMILY: Final = MappingProxyType(
    {
        "\u201c": "curly",
        "\u201d": "curly",
        "\u201e": "curly",
        "\u00ab": "angle",
        "\u00bb": "angle",
        "\u2039": "angle-single",
        "\u203a": "angle-single",
        "\u300c": "corner",
        "\u300e": "corner",
        '"': "straight",
        "\u2018": "single",
        "\u201a": "single",
        "'": "single-straight",
    }
)
# A line that opens a quote: optional space, then an opening mark.
_LINE_OPENS: Final = regex.compile(
    r"[ \t]*+([\u201c\u201e\u00ab\u00bb\u2039\u300c\u300e\"\u2018\u201a'])"
)
_LINE: Final = regex.compile(r"[^\n]++")
_HARD_BREAKS: Final = 3
"""How many hard line breaks (a sentence cut by a single line break) a quote may cross."""
_APOSTROPHE_LOOKAHEAD: Final = 8
"""How many later marks are read to tell a plural possessive from a closing mark."""
_INNER_SPACE: Final = " \t\r\u00a0\u202f\u2009"
_CLOSING_PUNCTUATION: Final = frozenset(".!?,\u2026")
# The speaker label of a transcript turn: one to three words in capitals, a colon, a space.
_LABEL: Final = regex.compile(
    r"(?:\p{Lu}[\p{Lu}.'\u2019\-]*+[ \t]++){0,2}\p{Lu}[\p{Lu}.'\u2019\-]++:[ \t]++(?=\S)"
)
_FREE_CLOSERS: Final = '"\u201d'
"""Closing marks that may stand between blanks: the straight double mark and ”."""


class Span(NamedTuple):
    """Quoted words and the marks around them.

    Attributes:
        start: Offset of the first quoted character (after the opening mark and spaces).
        end: End of the quoted words (before the closing mark and spaces).
        text: ``source[start:end]``.
        open_mark: Offset of the opening mark.
        close_mark: Offset of the closing mark, ``None`` for a paragraph of a quote that
            continues in the next paragraph.
        line_start: Start of the line the quote opens on.
        line_end: End of the line the quote closes (or stops) on.
    """

    start: int
    end: int
    text: str
    open_mark: int
    close_mark: int | None
    line_start: int
    line_end: int


SpanFields: TypeAlias = tuple[int, int, str, int, "int | None", int, int]
"""A span's fields as a plain tuple: (start, end, text, open_mark, close_mark, line_start,
line_end). The cyclic garbage collector stops tracking an exact tuple of atomic items (a
:class:`Span` it tracks for as long as it lives), which matters on quote-dense text."""


def _can_open(text: str, position: int, line_start: int, mark: str) -> bool:
    before = text[position - 1] if position > line_start else " "
    if not before.isprintable():
        before = " "  # a control character or a lone surrogate: as good as a space
    after = text[position + 1] if position + 1 < len(text) else "\n"
    if after == "\n":
        return False
    if mark in _SINGLE:
        # A single mark opens only before a letter or digit, after a space or bracket.
        return before in _BEFORE_OPEN and after.isalnum()
    if (
        before not in _BEFORE_OPEN
        and not (mark in "\u00bb\u201e\u00ab" and not before.isalnum())
        and not (mark == "\u201c" and before == "\u201d")  # “A.”“B.”: no space between
    ):
        return False
    # A space may follow an unambiguous opening mark (“ We stay.”), never a straight one.
    return not after.isspace() or mark in "\u00ab\u00bb\u201c\u201e"


def _can_close(text: str, position: int, mark: str) -> bool:
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    if mark in _SINGLE:
        # Not an apostrophe: no letter right after, something other than a space before.
        return not after.isalpha() and not before.isspace()
    if after.isalnum() and mark in '\u201d"':
        # ” right after final punctuation closes even with no space after it (“Go.”She left)
        return mark == "\u201d" and before in _CLOSING_PUNCTUATION
    return not before.isspace() or mark in "\u00bb\u00ab"


def _stands_alone(text: str, position: int, opener: str) -> bool:
    """Whether a double mark with blanks on both sides closes the open quote: `…end. " he said`.

    Such a mark can open nothing (a quote never starts with a blank), so inside an open quote
    of double marks the only reading left is a closing mark typed after a stray space.
    """
    if opener in _SINGLE or text[position] not in _FREE_CLOSERS:
        return False
    before = text[position - 1] if position > 0 else "\n"
    after = text[position + 1] if position + 1 < len(text) else "\n"
    return before in _INNER_SPACE and (after in _INNER_SPACE or after in "\r\n")


def _is_plural_possessive(text: str, position: int, line_end: int, closers: str) -> bool:
    """Whether a single mark after an "s" is the apostrophe of "workers’ rights".

    It is when a lowercase word follows and a later mark on the line can close the quote.
    """
    mark = text[position]
    if mark not in _SINGLE or text[position - 1 : position] != "s":
        return False
    if text[position + 1 : position + 2] != " " or not text[position + 2 : position + 3].islower():
        return False
    for count, following in enumerate(_MARKS.finditer(text, position + 1, line_end)):
        if count >= _APOSTROPHE_LOOKAHEAD or following.group() not in closers:
            return False
        if _can_close(text, following.start(), following.group()):
            return True
    return False


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words between *start* and *end*: no blanks around, no transcript label."""
    while start < end and text[start] in _INNER_SPACE:
        start += 1
    # A label ends in a colon: without one in the quote, the match is spared.
    label = _LABEL.match(text, start, end) if text.find(":", start, end) >= 0 else None
    if label is not None and label.end() < end:
        start = label.end()  # “HOLT: Good evening.”: the speaker's label is not quoted
    while end > start and text[end - 1] in _INNER_SPACE:
        end -= 1
    return start, end


def _scan_line(
    text: str,
    line_start: int,
    line_end: int,
    carried: tuple[int, int] | None = None,
    apostrophe: int = -1,
) -> tuple[list[SpanFields], int | None]:
    """The closed quotes of one line, and the offset of a mark left open at its end.

    *carried* is (open mark, start of its line) of a quote that a hard line break cut;
    the mark at *apostrophe* is read as an apostrophe and opens nothing.
    """
    spans: list[SpanFields] = []
    opener: str | None = None
    opened = 0
    first_line = line_start
    if carried is not None:
        opened, first_line = carried
        opener = text[opened]
    for match in _SCANNED_MARKS.finditer(text, line_start, line_end):
        mark = match.group()
        position = match.start()
        if opener is None:
            if (
                mark in _CLOSERS
                and position != apostrophe
                and _can_open(text, position, line_start, mark)
            ):
                opener, opened = mark, position
            continue
        if mark in _CLOSERS[opener] and (
            (
                _can_close(text, position, mark)
                and not (  # its first test: only a single mark can be an apostrophe
                    mark in _SINGLE
                    and _is_plural_possessive(text, position, line_end, _CLOSERS[opener])
                )
            )
            or _stands_alone(text, position, opener)
        ):
            start, end = _trimmed(text, opened + 1, position)
            if start < end:
                spans.append((start, end, text[start:end], opened, position, first_line, line_end))
            opener, first_line = None, line_start
        elif mark == opener and _can_open(text, position, line_start, mark):
            opened, first_line = position, line_start  # never closed: start again here
    if opener is None:
        return spans, None
    return spans, opened


_ARCHIVE_MARK: Final = regex.compile(r"''|``")


def _plain_mark(match: regex.Match[str]) -> str:
    """The same-length stand-in for one archive mark: ' "' opens a quote, '" ' closes one.

    Two between blanks are a closing mark typed after a stray space (``end.  '' she said``).
    """
    text = match.string
    position = match.start()
    before = text[position - 1] if position > 0 else " "
    after = text[position + 2] if position + 2 < len(text) else " "
    opens_here = before.isspace() or before in _BEFORE_OPEN
    if match.group() == "``" or (not after.isspace() and opens_here):
        return ' "'
    if not before.isspace():
        return '" '
    if after.isspace():
        return ' "'  # between blanks: a closing mark after a stray space
    return match.group()


_HORIZONTAL_BAR: Final = "\u2015"
"""The quotation dash (―) that some sites type for every dash: read as the em dash (—)."""


def plain_marks(text: str) -> str:
    """*text* with the ``''…''`` and ````…''`` marks of wire and archive text made plain.

    Each two-character mark becomes a straight double mark and a space, and each
    horizontal bar (―) an em dash (—), so that every offset stays the same: a quote signed
    after a bar (“…” ― Ana Ruiz) or cut by one is read as after a dash.

    Examples:
        >>> plain_marks("''Yes,'' she said; ``no.''")
        ' "Yes,"  she said;  "no." '
        >>> plain_marks("“We stay.” ― Ana Ruiz") == "“We stay.” — Ana Ruiz"
        True
    """
    if _HORIZONTAL_BAR in text:
        text = text.replace(_HORIZONTAL_BAR, "\u2014")
    if "''" not in text and "``" not in text:
        return text
    return _ARCHIVE_MARK.sub(_plain_mark, text)


def find_spans(text: str) -> list[Span]:
    r"""Every quote span in *text*, in order, nested quotes left out.

    A paragraph of a multi-paragraph quote (left open, and the next line opens again)
    becomes a span of its own, with ``close_mark=None``.

    Examples:
        >>> [span.text for span in find_spans("“One.\n\n“Two,” she said.")]
        ['One.', 'Two,']
    """
    return [Span._make(fields) for fields in span_fields(text)]


def span_fields(text: str) -> list[SpanFields]:
    r""":func:`find_spans` as plain tuples (:data:`SpanFields`), for a caller that keeps many.

    Examples:
        >>> span_fields("“One,” she said.")
        [(1, 5, 'One,', 0, 5, 0, 16)]
    """
    spans: list[SpanFields] = []
    pending: tuple[int, int, int] | None = None  # open mark, its line's start, line end
    breaks = 0  # hard line breaks the pending quote has crossed
    for line in _LINE.finditer(text):
        line_start, line_end = line.span()
        if not line.group().strip():
            continue
        carried: tuple[int, int] | None = None
        if pending is not None:
            opens = _LINE_OPENS.match(text, line_start, line_end)
            if opens is not None and _FAMILY.get(opens.group(1)) == _FAMILY.get(text[pending[0]]):
                start, end = _trimmed(text, pending[0] + 1, pending[2])
                if start < end:
                    spans.append(
                        (start, end, text[start:end], pending[0], None, pending[1], pending[2])
                    )
            elif breaks < _HARD_BREAKS and _is_hard_break(text, pending[2], line_start):
                carried = (pending[0], pending[1])
            else:
                spans.extend(_after_apostrophe(text, pending[0], pending[2]))
            pending = None
        found, left_open = _scan_line(text, line_start, line_end, carried)
        spans.extend(found)
        breaks = breaks + 1 if carried is not None and left_open == carried[0] else 0
        if left_open is not None:
            first_line = carried[1] if carried is not None and left_open == carried[0] else None
            pending = (left_open, first_line if first_line is not None else line_start, line_end)
    if pending is not None:
        spans.extend(_after_apostrophe(text, pending[0], pending[2]))
    return spans


def _after_apostrophe(text: str, mark: int, line_end: int) -> list[SpanFields]:
    """The quotes after a single mark that nothing closed: it was an apostrophe ("in ‘08").

    A single mark left open opens no quote, so the double-marked quotes it seemed to hold
    are read again, as if it were not there.

    Examples:
        >>> text = "In ‘08 she said: “We won.”"
        >>> [span[2] for span in _after_apostrophe(text, 3, len(text))]
        ['We won.']
    """
    if text[mark] not in _SINGLE:
        return []
    line_start = text.rfind("\n", 0, mark) + 1
    found, _ = _scan_line(text, line_start, line_end, apostrophe=mark)
    return [span for span in found if span[3] > mark]


def _is_hard_break(text: str, line_end: int, next_start: int) -> bool:
    """Whether a single line break cut a sentence: no final punctuation, lowercase after."""
    if text[line_end:next_start] != "\n" or not text[next_start : next_start + 1].islower():
        return False
    return text[max(0, line_end - 4) : line_end].rstrip()[-1:] not in ("", ".", "!", "?", "…", ":")

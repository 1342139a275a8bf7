"""Render a text with overlapping marks as nested HTML elements, in one sweep.

A :class:`Mark` is a span of the text with the element that shows it (``<del>`` for a
removed piece, ``<mark>`` for a finding), its attributes and a visible label. Marks may nest
or overlap (a credit inside a removed byline, a date inside a quote, a quote across a cut
credit). :func:`render_marks` walks the boundaries of the marks in order, once: between two
boundaries the text is written as one escaped run, so the page has a few elements per mark,
never one per character. HTML elements must nest; where two marks overlap, the inner one is
closed at the outer one's end and opened again after it (without its label or id).

Examples:
    >>> print(render_marks("a b c", [Mark(2, 3, "mark", "date", label="2025", label_at_end=True)]))
    a <mark class="date">b<span class="lab">2025</span></mark> c
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Final, NamedTuple

import regex

__all__ = ["Mark", "render_marks", "safe_text"]

# Characters the page cannot show as they are. Line separators other than a line feed become
# one (so the lines of the source stay lines); controls and lone surrogates become U+FFFD.
# Each is replaced by exactly one character, so offsets stay valid.
_LINE_SEPARATORS: Final = frozenset("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_UNSHOWABLE: Final = regex.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ud800-\udfff\ufdd0-\ufdef]++"
)


def _replacement(match: regex.Match[str]) -> str:
    return "".join("\n" if char in _LINE_SEPARATORS else "\ufffd" for char in match.group())


def safe_text(text: str) -> str:
    r"""Return *text* with the characters a page cannot show replaced, one for one.

    Examples:
        >>> safe_text("a\x00b\u2028c")
        'a\ufffdb\nc'
    """
    return _UNSHOWABLE.sub(_replacement, text)


class Mark(NamedTuple):
    """A span of the text and how the page shows it (a tuple: pages make one per finding).

    Attributes:
        start: Offset of the span in the text.
        end: End offset (exclusive).
        tag: The element: ``"mark"``, ``"del"`` or ``"span"``.
        css: Its ``class`` attribute.
        title: Shown on hover (``title=``), or ``None``.
        ident: Its ``id`` (an anchor the side list links to), or ``None``.
        label: Visible text label, so that no meaning rests on colour alone, or ``None``.
        label_at_end: Put the label at the end of the span (a date's value) instead of the
            start.
        rank: Among marks with the same span, lower ranks are outer elements.
    """

    start: int
    end: int
    tag: str
    css: str
    title: str | None = None
    ident: str | None = None
    label: str | None = None
    label_at_end: bool = False
    rank: int = 0


def _open(mark: Mark, *, first: bool) -> str:
    attributes = f' class="{escape(mark.css)}"'
    if first and mark.ident is not None:
        attributes += f' id="{escape(mark.ident)}"'
    if mark.title is not None:
        attributes += f' title="{escape(mark.title)}"'
    label = ""
    if first and mark.label is not None and not mark.label_at_end:
        label = f'<span class="lab">{escape(mark.label)}</span>'
    return f"<{mark.tag}{attributes}>{label}"


def _close(mark: Mark, *, last: bool) -> str:
    label = ""
    if last and mark.label is not None and mark.label_at_end:
        label = f'<span class="lab">{escape(mark.label)}</span>'
    return f"{label}</{mark.tag}>"


def render_marks(text: str, marks: Sequence[Mark]) -> str:
    """Return *text*, escaped, with each of *marks* shown as an element around its span.

    Marks whose offsets do not fit *text* (negative, reversed or past its end) are left out.

    Examples:
        >>> render_marks("x <y>", [Mark(0, 5, "del", "rm", label="removed"),
        ...                        Mark(2, 5, "mark", "q")])
        '<del class="rm"><span class="lab">removed</span>x <mark class="q">&lt;y&gt;</mark></del>'
    """
    length = len(text)
    placed = sorted(
        (mark for mark in marks if 0 <= mark.start <= mark.end <= length),
        key=lambda mark: (mark.start, -mark.end, mark.rank),
    )
    ends: dict[int, int] = {}
    for mark in placed:
        ends[mark.end] = ends.get(mark.end, 0) + 1
    boundaries = sorted({0, length, *ends, *(mark.start for mark in placed)})
    out: list[str] = []
    stack: list[Mark] = []  # the open elements, outermost first
    position = 0
    next_mark = 0
    for boundary in boundaries:
        out.append(escape(text[position:boundary], quote=False))
        position = boundary
        if ends.get(boundary) and stack:
            # Close from the innermost element out to the outermost one ending here; the
            # inner ones that go on are opened again.
            outer = next(
                (index for index, mark in enumerate(stack) if mark.end <= boundary), len(stack)
            )
            going_on = []
            for mark in reversed(stack[outer:]):
                ended = mark.end <= boundary
                out.append(_close(mark, last=ended))
                if not ended:
                    going_on.append(mark)
            del stack[outer:]
            for mark in reversed(going_on):
                out.append(_open(mark, first=False))
                stack.append(mark)
        while next_mark < len(placed) and placed[next_mark].start == boundary:
            mark = placed[next_mark]
            next_mark += 1
            out.append(_open(mark, first=True))
            if mark.end == boundary:  # empty: shown by its label alone
                out.append(_close(mark, last=True))
            else:
                stack.append(mark)
    out.extend(_close(mark, last=True) for mark in reversed(stack))
    return "".join(out)

"""Clean inside the article: drop leftover furniture, cut glued credits, name every removal.

Inside the chosen region (or in an extractor's output, which is the region already) some
lines are still not article: share bars, "Read more" prompts, photo credits, dates, the lines
of an inline "Related" box. They go, each with the reason its phrase or shape gives.

A credit is not always a line of its own. Syndication credits found by
:func:`newsnorm.detect_syndication` are cut out of the line that holds them and the rest of the
line is kept; so is a short parenthesised credit glued after the last sentence of the body
("... said on Friday. (Metro Desk)"), the place where desks and wires sign a story.

Every dropped piece becomes a :class:`~newsnorm.model.Segment`; neighbouring lines dropped for
the same reason make one segment, whose text runs from the first line's start to the last
line's end.

Example:
    >>> result = strip_lines(
    ...     "The pier reopened on Friday after a long winter of work. (Metro Desk)",
    ...     syndication=(),
    ...     extracted=True,
    ... )
    >>> result.text, [segment.text for segment in result.removed]
    ('The pier reopened on Friday after a long winter of work.', ['(Metro Desk)'])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

import attrs
import regex

from newsnorm.boilerplate.features import LineInfo, describe_lines
from newsnorm.boilerplate.headline import choose_headline
from newsnorm.boilerplate.region import Region, choose_region, section_lines
from newsnorm.model import Segment, Stripped, Syndication

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["strip_lines"]

_GLUED_CREDIT: Final = regex.compile(r"(?<=[.!?\"”’»])\s++(\((?>[^()\n.!?]{2,40})\))$")  # noqa: RUF001
"""A short parenthesised credit right after the last sentence of a line."""
_REPEAT_MIN_WEIGHT: Final = 15


_LINE_BREAKS: Final = frozenset("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
# The same line ends as newsnorm.text.split_lines: what lies between them is a raw line.
_RAW_LINE: Final = regex.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]++")


class _Line(NamedTuple):
    """A trimmed line and its offsets (as :class:`newsnorm.text.Line`, lighter to make)."""

    start: int
    end: int
    text: str


def _split(text: str) -> list[_Line]:
    r"""The page's non-blank lines, trimmed, with offsets (:func:`~newsnorm.text.split_lines`).

    Most pages break lines with ``\\n`` alone: they take a fast path with ``str`` methods.
    """
    if not _LINE_BREAKS.isdisjoint(text):
        return _split_any(text)
    lines: list[_Line] = []
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + len(raw) - len(raw.lstrip())
            lines.append(_Line(start, start + len(stripped), stripped))
        position += len(raw) + 1
    return lines


def _split_any(text: str) -> list[_Line]:
    """:func:`_split` for text with other line ends than a line feed (CR LF, CR, U+2028…)."""
    lines: list[_Line] = []
    for match in _RAW_LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            start = match.start() + len(raw) - len(raw.lstrip())
            lines.append(_Line(start, start + len(stripped), stripped))
    return lines


def _gaps(text: str, lines: Sequence[_Line]) -> list[bool]:
    """For each line, whether a blank line (two line breaks) separates it from the previous."""
    gaps = []
    previous = 0
    for line in lines:
        between = text[previous : line.start]
        gaps.append(between.count("\n") + between.count("\r") - between.count("\r\n") > 1)
        previous = line.end
    return gaps


def _repeated(lines: Sequence[_Line]) -> frozenset[int]:
    seen: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if len(line.text) >= _REPEAT_MIN_WEIGHT:
            seen.setdefault(line.text.casefold(), []).append(index)
    return frozenset(index for indices in seen.values() if len(indices) > 1 for index in indices)


def _drop_reason(
    index: int, info: LineInfo, region: Region, *, extracted: bool, prose: tuple[int, int]
) -> str | None:
    """Why line *index* is dropped, or ``None`` when it stays in the body."""
    if index == region.title:
        return "title"
    inside = extracted or region.start <= index < region.end
    if info.kind == "phrase":
        return info.reason
    if info.kind == "header":
        return info.reason
    if info.kind == "date" and region.title is not None and region.title < index < region.start:
        return "byline"  # the date under the headline
    if index in region.comments and not inside:
        return "comments"
    if index in region.teaser:
        return "teaser"
    if inside and (index in region.announced or (extracted and prose[0] < index < prose[1])):
        return None  # an extractor's body keeps times used as subheads ("4:15 p.m.")
    if info.kind == "date":
        return "byline"
    if inside:
        return None
    if info.kind in {"ellipsis", "prose"} or (info.headline and index >= region.end):
        return "teaser" if index >= region.end else "navigation"
    return "navigation"


def _prose_span(infos: list[LineInfo]) -> tuple[int, int]:
    """Indices of the first and last prose lines; an extractor's body keeps the dates between."""
    indices = [index for index, info in enumerate(infos) if info.kind == "prose"]
    return (indices[0], indices[-1]) if indices else (0, 0)


def _extracted_title(infos: list[LineInfo]) -> int | None:
    """An extractor's output may open with the headline: a headline-shaped line, then prose."""
    if len(infos) > 1 and infos[0].headline and infos[1].kind == "prose":
        return 0
    return None


def _fallback(infos: list[LineInfo]) -> Region:
    """With no prose on the page, keep every line that is not plainly furniture."""
    kept = [index for index, info in enumerate(infos) if info.kind in {"short", "ellipsis"}]
    if not kept:
        return Region(0, 0, None)
    return Region(kept[0], kept[-1] + 1, None)


def strip_lines(text: str, *, syndication: tuple[Syndication, ...], extracted: bool) -> Stripped:
    """Split *text* into lines, choose the body and return it with the removed segments."""
    lines = _split(text)
    infos = describe_lines([line.text for line in lines])
    if extracted:
        region = Region(0, len(lines), _extracted_title(infos), *section_lines(infos))
    else:
        gaps = _gaps(text, lines)
        region = choose_region(infos, repeated=_repeated(lines), gaps=gaps)
        if region.start == region.end:
            region = _fallback(infos)
        else:
            texts = [line.text for line in lines]
            headline = choose_headline(texts, infos, region.start, gaps, text)
            region = attrs.evolve(region, title=headline)
    pieces: list[tuple[int, int, int]] = []  # kept lines as (line index, start, end)
    spans: list[tuple[int, int, str]] = []
    prose = _prose_span(infos) if extracted else (0, 0)
    for index, (line, info) in enumerate(zip(lines, infos, strict=True)):
        reason = _drop_reason(index, info, region, extracted=extracted, prose=prose)
        if reason is None and not (region.start <= index < region.end):
            reason = "navigation"
        if reason is None:
            pieces.append((index, line.start, line.end))
        else:
            if syndication:
                reason = _credit_reason(line, reason, syndication)
            _add(spans, text, line.start, line.end, reason)
    removed = [Segment(start, end, text[start:end], reason) for start, end, reason in spans]
    pieces = _cut_credits(text, pieces, syndication, removed)
    removed.sort(key=lambda segment: segment.start)
    paragraphs: dict[int, list[str]] = {}
    for index, start, end in pieces:
        paragraphs.setdefault(index, []).append(text[start:end].strip())
    body = "\n\n".join(
        paragraph
        for paragraph in (" ".join(part for part in parts if part) for parts in paragraphs.values())
        if paragraph
    )
    title = lines[region.title].text if region.title is not None else None
    return Stripped(body, title, tuple(removed))


def _credit_reason(line: _Line, reason: str, syndication: tuple[Syndication, ...]) -> str:
    """A dropped line that is mostly a syndication credit is dropped as ``syndication``."""
    for credit in syndication:
        overlap = min(credit.end, line.end) - max(credit.start, line.start)
        if overlap * 2 >= line.end - line.start:
            return "syndication"
    return reason


def _add(spans: list[tuple[int, int, str]], text: str, start: int, end: int, reason: str) -> None:
    """Append a span, merging it with the previous one when only space separates them."""
    if spans and spans[-1][2] == reason and not text[spans[-1][1] : start].strip():
        spans[-1] = (spans[-1][0], end, reason)
    else:
        spans.append((start, end, reason))


def _cut_credits(
    text: str,
    pieces: list[tuple[int, int, int]],
    syndication: tuple[Syndication, ...],
    removed: list[Segment],
) -> list[tuple[int, int, int]]:
    """Cut credits out of the kept lines; return the kept spans that remain."""
    cuts = sorted((credit.start, credit.end) for credit in syndication if credit.end > credit.start)
    if pieces:
        _line, start, end = pieces[-1]
        glued = _GLUED_CREDIT.search(text, start, end)
        if glued is not None and not any(a < glued.end(1) and glued.start(1) < b for a, b in cuts):
            cuts.append(glued.span(1))
            cuts.sort()
    if not cuts:
        return pieces
    result: list[tuple[int, int, int]] = []
    index = 0
    for line, start, end in pieces:
        position = start
        while index < len(cuts) and cuts[index][1] <= position:
            index += 1
        probe = index
        while probe < len(cuts) and cuts[probe][0] < end:
            cut_start, cut_end = max(cuts[probe][0], position), min(cuts[probe][1], end)
            if cut_start > position:
                result.append((line, position, cut_start))
            if cut_end > cut_start:
                removed.append(Segment(cut_start, cut_end, text[cut_start:cut_end], "syndication"))
            position = max(position, cut_end)
            probe += 1
        if position < end:
            result.append((line, position, end))
    return result

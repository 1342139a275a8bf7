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

Examples:
    >>> result = strip_lines(
    ...     "The pier reopened on Friday after a long winter of work. (Metro Desk)",
    ...     syndication=(),
    ...     extracted=True,
    ... )
    >>> result.text, [segment.text for segment in result.removed]
    ('The pier reopened on Friday after a long winter of work.', ['(Metro Desk)'])
"""

from __future__ import annotations

import operator
from collections import Counter
from itertools import groupby
from typing import TYPE_CHECKING, Final, NamedTuple

import regex

from newsnorm.boilerplate.features import LineInfo, _describe_page
from newsnorm.boilerplate.headline import choose_headline
from newsnorm.boilerplate.region import Region, choose_region, section_lines
from newsnorm.model import Segment, Stripped, Syndication
from newsnorm.text import _line_table

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["strip_lines"]

_GLUED_CREDIT: Final = regex.compile(r"(?<=[.!?\"”’»])\s++(\((?>[^()\n.!?]{2,40})\))$")  # noqa: RUF001
"""A short parenthesised credit right after the last sentence of a line."""
_REPEAT_MIN_WEIGHT: Final = 15
_DECIDED: Final = frozenset({"phrase", "header"})  # kinds whose line says why it goes


class _Lines(NamedTuple):
    """A page's non-blank lines, trimmed: their offsets, texts and the blank lines between."""

    starts: list[int]
    ends: list[int]
    texts: list[str]
    gaps: list[bool]
    """For each line, whether a blank line separates it from the previous."""


def _split(text: str) -> _Lines:
    """The page's non-blank lines, trimmed, with offsets, as :func:`~newsnorm.text.split_lines`.

    One definition of a line end for the whole library: the lines come from the table
    :func:`~newsnorm.text.split_lines` is built on.
    """
    starts, texts, gaps = _line_table(text)
    return _Lines(starts, list(map(operator.add, starts, map(len, texts))), texts, gaps)


def _repeated(texts: Sequence[str], folded: dict[str, str]) -> frozenset[int]:
    """Indices of the lines whose text (case aside) occurs more than once on the page.

    *folded* maps each distinct line to its case-folded text.
    """
    keys = [folded[text] if len(text) >= _REPEAT_MIN_WEIGHT else "" for text in texts]
    counts = Counter(keys)
    if all(count == 1 for key, count in counts.items() if key):
        return frozenset()
    return frozenset(index for index, key in enumerate(keys) if key and counts[key] > 1)


def _drop_reasons(
    infos: list[LineInfo], region: Region, *, extracted: bool, prose: tuple[int, int]
) -> list[str | None]:
    """Why each line is dropped, or ``None`` for a line that stays in the body.

    One loop over the page with the region's fields read once: it runs for every line.
    """
    title, start, end = region.title, region.start, region.end
    comments, teaser, announced = region.comments, region.teaser, region.announced
    first_prose, last_prose = prose
    reasons: list[str | None] = []
    append = reasons.append
    for index, info in enumerate(infos):
        kind = info.kind
        if index == title:
            append("title")
            continue
        inside = extracted or start <= index < end
        if kind in _DECIDED:
            append(info.reason)
        elif kind == "date" and title is not None and title < index < start:
            append("byline")  # the date under the headline
        elif index in comments and not inside:
            append("comments")
        elif index in teaser:
            append("teaser")
        elif inside and (index in announced or (extracted and first_prose < index < last_prose)):
            append(None)  # an extractor's body keeps times used as subheads ("4:15 p.m.")
        elif kind == "date":
            append("byline")
        elif inside:
            append(None)
        elif kind in {"ellipsis", "prose"} or (info.headline and index >= end):
            append("teaser" if index >= end else "navigation")
        else:
            append("navigation")
    return reasons


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
    texts = lines.texts
    infos, folded = _describe_page(texts)
    if extracted:
        region = Region(0, len(texts), _extracted_title(infos), *section_lines(infos))
    else:
        region = choose_region(infos, repeated=_repeated(texts, folded), gaps=lines.gaps)
        if region.start == region.end:
            region = _fallback(infos)
        else:
            headline = choose_headline(texts, infos, region.start, lines.gaps, text)
            region = Region(  # attrs.evolve() is many times slower than a direct call
                region.start, region.end, headline, region.teaser, region.comments, region.announced
            )
    prose = _prose_span(infos) if extracted else (0, 0)
    reasons = _drop_reasons(infos, region, extracted=extracted, prose=prose)
    if syndication:
        reasons = [
            reason if reason is None else _credit_reason(start, end, reason, syndication)
            for start, end, reason in zip(lines.starts, lines.ends, reasons, strict=True)
        ]
    pieces: list[tuple[int, int, int]] = []  # kept lines as (line index, start, end)
    spans: list[tuple[int, int, str]] = []
    # Neighbouring lines dropped for the same reason make one segment.
    for reason, run in groupby(range(len(reasons)), key=reasons.__getitem__):
        indices = list(run)
        if reason is None:
            pieces.extend((index, lines.starts[index], lines.ends[index]) for index in indices)
        else:
            spans.append((lines.starts[indices[0]], lines.ends[indices[-1]], reason))
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
    title = texts[region.title] if region.title is not None else None
    return Stripped(body, title, tuple(removed))


def _credit_reason(start: int, end: int, reason: str, syndication: tuple[Syndication, ...]) -> str:
    """A dropped line that is mostly a syndication credit is dropped as ``syndication``."""
    for credit in syndication:
        overlap = min(credit.end, end) - max(credit.start, start)
        if overlap * 2 >= end - start:
            return "syndication"
    return reason


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

"""Choose the article region of a page: the run of lines with the largest total score.

Scoring each line alone (as jusText does) loses short paragraphs, subheads and quotes inside
the article and keeps long teaser blurbs outside it. The article is one contiguous block, so
the choice is made for the block: every line scores its length when it is prose and a
penalty when it is furniture (:mod:`newsnorm.boilerplate.features`), and the region is the
run of lines whose scores add up to the largest total (the maximum-sum subarray, found in one
pass). A subhead costs a few points and is crossed; a "Related" header opens a stretch of
teaser lines whose penalties outweigh what lies beyond.

Three corrections follow. The region's edges are trimmed to prose, then extended by short
closing lines that end a sentence ("Jane Roe contributed reporting."). A page's header often
sits inside the first lines of the block: a standfirst, then a date or byline, or share
buttons; when such a line appears after at most two prose lines, the body starts
after it. The headline is then chosen above the body (:mod:`newsnorm.boilerplate.headline`).

Examples:
    >>> from newsnorm.boilerplate.features import describe
    >>> lines = ["Home", "Ferry back on the water",
    ...          "The island ferry sailed again on Monday after three weeks of repairs.",
    ...          "Tickets will cost the same as before, the harbour office said.", "Share"]
    >>> region = choose_region([describe(line) for line in lines])
    >>> region.start, region.end
    (2, 4)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from newsnorm.boilerplate import weights as w

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsnorm.boilerplate.features import LineInfo

__all__ = ["Region", "choose_region"]

HEADER_REASONS: Final = frozenset({"byline", "share", "comments"})
"""Reasons of the lines that close a page's header inside the first lines of the block."""
MAX_HEADER_PROSE: Final = 2
"""At most this many prose lines (a standfirst) may sit above a header line."""
TEASER_PENALTY: Final = 30.0
"""Extra cost of a line inside a teaser list (after a "Related" header)."""
TEASER_END_WEIGHT: Final = 80
"""A prose line at least this heavy ends a teaser list."""
MAX_CLOSING_LINES: Final = 4
"""At most this many short closing lines extend the body."""
TRUNCATED_WEIGHT: Final = 100
"""A paragraph cut by an ellipsis right after the body is its last one if at least this long."""
FOOTER_SHARE: Final = 10
"""Prose in the last tenth of a page's lines counts half."""
HEADER_CLUSTER: Final = 6
"""A teaser header this close after another marks the page's teaser area."""
CLUSTER_PENALTY: Final = 300.0
"""Extra cost of such a second header: the article does not continue past it."""
TEASER_MAX_LINES: Final = 25
"""A teaser list ends after this many lines at most."""
COMMENTS_AFTER_WEIGHT: Final = 500
"""A comments header opens the comments only below this much prose."""
_BODY_ENDS: Final = frozenset({"prose", "table"})  # the kinds of line an article may end with
_DECIDED_KINDS: Final = frozenset({"phrase", "header"})  # known boilerplate ends an announced list
_ANNOUNCING_KINDS: Final = frozenset({"short", "prose"})  # the kinds whose colon announces a list


@attrs.frozen
class Region:
    """The article's lines: ``start`` to ``end`` (exclusive), the headline's index, sections.

    ``start == end`` when no line is prose.
    """

    start: int
    end: int
    title: int | None
    teaser: frozenset[int] = frozenset()
    comments: frozenset[int] = frozenset()
    announced: frozenset[int] = frozenset()


def section_lines(infos: list[LineInfo]) -> tuple[frozenset[int], frozenset[int]]:
    """Indices of the lines in teaser lists and in the comments, in that order.

    A teaser list runs from its header to the next long prose line. The comments run from
    their header to the next header, but only below the article: a "12 comments" link above
    any prose is a counter, not the comments.
    """
    teaser: set[int] = set()
    comments: set[int] = set()
    inside: str | None = None
    prose_seen = 0
    opened = 0
    for index, info in enumerate(infos):
        if inside == "teaser" and index - opened > TEASER_MAX_LINES:
            inside = None
        if info.kind == "header":
            inside = info.reason
            opened = index
            if inside == "comments" and prose_seen < COMMENTS_AFTER_WEIGHT:
                inside = None
        elif inside == "teaser":
            if info.kind == "prose" and info.weight >= TEASER_END_WEIGHT:
                inside = None
            else:
                teaser.add(index)
        elif inside == "comments":
            comments.add(index)
        if info.kind == "prose" and inside is None:
            prose_seen += info.weight
    return frozenset(teaser), frozenset(comments)


def choose_region(
    infos: list[LineInfo],
    *,
    repeated: frozenset[int] = frozenset(),
    gaps: Sequence[bool] = (),
) -> Region:
    """Choose the article region among the described lines of a page.

    Args:
        infos: One :class:`LineInfo` per line, in order.
        repeated: Indices of lines whose text occurs more than once on the page.
        gaps: For each line, whether a blank line comes before it (all ``False`` if empty).

    Returns:
        The region; ``start == end`` when the page has no prose.
    """
    # One pass: the teaser lists and the comments (as section_lines() finds them), the lists
    # announced by a line ending in a colon, each line's score and the best run so far
    # (the maximum-sum run, Kadane's algorithm); each is decided by the lines before it.
    teaser: set[int] = set()
    comments: set[int] = set()
    announced: set[int] = set()
    inside: str | None = None  # the section the line is in
    prose_seen = 0
    opened = 0
    announcing = False
    if not gaps:
        gaps = [False] * len(infos)
    last_header = -HEADER_CLUSTER
    footer = len(infos) - len(infos) // FOOTER_SHARE
    run = 0  # furniture lines in a row so far
    best = (0, 0, 0.0)
    run_start = 0
    total = 0.0
    # The fields are unpacked once a line: reading them by name costs a lookup each.
    for index, (kind, reason, weight, own, _headline, _sentence, colon) in enumerate(infos):
        if inside == "teaser" and index - opened > TEASER_MAX_LINES:
            inside = None
        sectioned = False
        if kind == "header":
            inside = reason
            opened = index
            if inside == "comments" and prose_seen < COMMENTS_AFTER_WEIGHT:
                inside = None
        elif inside == "teaser":
            if kind == "prose" and weight >= TEASER_END_WEIGHT:
                inside = None
            else:
                teaser.add(index)
                sectioned = True
        elif inside == "comments":
            comments.add(index)
            sectioned = True
        if kind == "prose" and inside is None:
            prose_seen += weight
        if announcing and (gaps[index] or kind in _DECIDED_KINDS):
            announcing = False
        if announcing:
            announced.add(index)
        if colon and kind in _ANNOUNCING_KINDS:
            announcing = True
        score = own
        if kind in _BODY_ENDS:
            run = 0
        else:
            run += 1
            if run > w.FURNITURE_RUN_FREE:
                score -= w.FURNITURE_RUN_COST  # a long stretch of furniture: menus, teasers
        if index >= footer and score > 0:
            score *= w.FOOTER_PROSE_SHARE
        if kind == "header":
            if index - last_header <= HEADER_CLUSTER:
                score -= CLUSTER_PENALTY  # headers in a row: the page's teaser area
            last_header = index
        if index in repeated and kind != "prose":
            score -= min(weight, w.REPEATED_WEIGHT_CAP)
        elif index in repeated:
            score *= w.REPEATED_PROSE_SHARE
        if sectioned:
            if score > 0:
                score *= w.TEASER_PROSE_SHARE
            score -= TEASER_PENALTY
        if total <= 0:
            run_start, total = index, 0.0
        total += score
        if total > best[2]:
            best = (run_start, index + 1, total)
    start, end, _total = best
    while start < end and infos[start].kind != "prose":
        start += 1
    while end > start and infos[end - 1].kind not in _BODY_ENDS and end - 1 not in announced:
        end -= 1
    if start == end:
        return Region(0, 0, None, frozenset(teaser), frozenset(comments), frozenset(announced))
    start = _skip_header(infos, start, end)
    end = _closing_lines(infos, end, frozenset(teaser | comments))
    while end < len(infos) and end in announced:
        end += 1
    return Region(start, end, None, frozenset(teaser), frozenset(comments), frozenset(announced))


def _skip_header(infos: list[LineInfo], start: int, end: int) -> int:
    """Move *start* past a date, byline or share line that follows a standfirst."""
    prose = 0
    cut = None
    for index in range(start, min(end, start + w.HEADER_WINDOW)):
        info = infos[index]
        if info.kind == "prose":
            prose += 1
            if prose > MAX_HEADER_PROSE:
                break
        elif info.kind == "date" or (info.kind == "phrase" and info.reason in HEADER_REASONS):
            cut = index
    if cut is None:
        return start
    for index in range(cut + 1, end):
        if infos[index].kind == "prose":
            return index
    return start


def _closing_lines(infos: list[LineInfo], end: int, teaser: frozenset[int]) -> int:
    """Extend *end* by a few short closing lines right after the body.

    A closing line ends a sentence ("Jane Roe contributed reporting."), or is a long
    paragraph cut short by an ellipsis (the last paragraph before a paywall).
    """
    for _ in range(MAX_CLOSING_LINES):
        if end >= len(infos) or end in teaser:
            break
        info = infos[end]
        closing = info.kind == "short" and info.sentence and info.weight >= w.CLOSING_MIN_WEIGHT
        truncated = info.kind == "ellipsis" and info.weight >= TRUNCATED_WEIGHT
        if not (closing or truncated):
            break
        end += 1
    return end

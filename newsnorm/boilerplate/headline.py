r"""Find the headline above the article body.

The headline sits a few lines above the body, among the byline, the date, share buttons, a
photo and its caption, a breadcrumb and the section's name. Each headline-shaped line there
(a few words, no full stop, not a known phrase, not a list item) is weighed:

* it stands alone between blank lines, as an ``<h1>`` does in a rendered page (+);
* it asks a question or exclaims, however many function words it has (a candidate too);
* it has the length of a headline, six to twenty-five words (+), or barely a few (minus);
* its words appear again elsewhere on the page, in a breadcrumb or a share prompt (+);
* its longer words are the body's words: a headline names what its article is about,
  while a section name or a teaser headline does not (+);
* it carries a date or a time, or reads "by …" (a byline or a dateline: minus);
* it ends in a parenthesis or holds a slash (a photo credit: minus);
* it is further from the body (a little minus for each line).

Every candidate starts with a little weight, so that a plain headline right above the body
is found; the best line wins if its weight is positive, and a page without one has no
headline.

Examples:
    >>> from newsnorm.boilerplate.features import describe_lines
    >>> lines = ["World", "", "Ferry back on the water after three weeks", "",
    ...          "By Ada Moss", "The island ferry sailed again on Monday after repairs."]
    >>> texts = [line for line in lines if line]
    >>> gaps = [False, True, True, False, False]
    >>> choose_headline(texts, describe_lines(texts), 4, gaps, "\n".join(lines))
    1
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import regex

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsnorm.boilerplate.features import LineInfo

__all__ = ["choose_headline"]

WINDOW: Final = 25
"""How many lines above the body the headline is looked for."""
DISTANCE_COST: Final = 0.05
"""What each line between a candidate and the body costs it."""
BASE_WEIGHT: Final = 0.5
"""What a headline-shaped line weighs before any evidence for or against it."""
REPEATED_BONUS: Final = 0.5
"""What a candidate gains when its words appear again on the page (teasers repeat too)."""
ALONE_BONUS: Final = 0.5
"""What a candidate gains for a blank line before it, and again for one after it."""
HEADLINE_MIN_WORDS: Final = 6
"""A headline's length: from this many words…"""
HEADLINE_MAX_WORDS: Final = 25
"""…to this many."""
HEADLINE_LENGTH_BONUS: Final = 1.0
"""What a candidate of a headline's length gains."""
FEW_WORDS: Final = 4
"""A candidate of fewer words than this is a section name or a label as often…"""
FEW_WORDS_COST: Final = 1.0
"""…and loses this."""
REPEAT_PREFIX: Final = 60
"""The first characters of a candidate looked for again on the page."""
DATED_COST: Final = 2.0
"""What a candidate holding a numeric date or a time loses (a dateline)."""
BYLINE_COST: Final = 1.5
"""What a candidate reading "by …" loses (a byline)."""
CREDIT_COST: Final = 1.0
"""What a candidate ending in a parenthesis or holding a slash loses (a photo credit)."""
BODY_WORDS_BONUS: Final = 1.0
"""What a candidate gains when its longer words are the body's (its topic is the article's)."""
BODY_WORDS_SHARE: Final = 0.5
"""At least this share of a candidate's longer words must occur in the body's first lines."""
BODY_SAMPLE_LINES: Final = 8
"""The body's first lines compared with the candidates."""
CONTENT_WORD_LENGTH: Final = 4
"""Words at least this long are compared: they name things, short ones are function words."""
BODY_SEARCH_LIMIT: Final = 8000
"""Up to this many characters of body sample, a candidate's words are searched in it one by
one; a longer sample is read into a set of words once (a bound on the work, not a weight)."""
BODY_SEARCHES: Final = 64
"""At most this many such searches a page (a page's few candidates need about a dozen); then
the sample is read into a set of words once (a bound on the work, not a weight)."""

# A numeric date or a time of day: a dateline, not a headline (a bare year is common in
# headlines: "Plans for 2030").
_DATE_OR_TIME: Final = regex.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b", regex.IGNORECASE
)
# A run of word characters at least CONTENT_WORD_LENGTH long: a shorter run has no match
# inside it, a longer one is matched whole. The standard library's re: faster on this class.
_CONTENT_WORD: Final = re.compile(rf"\w{{{CONTENT_WORD_LENGTH},}}")
_ASKS: Final = frozenset("?!？！")  # noqa: RUF001
_BYLINE: Final = regex.compile(r"(?:^|\s)(?:by|von|par|por|di|door)\s", regex.IGNORECASE)


def _content_words(text: str) -> set[str]:
    return set(_CONTENT_WORD.findall(text.casefold()))


def _is_word_character(character: str) -> bool:
    r"""Whether *character* is one ``\w`` matches (the standard library's ``re``)."""
    return character.isalnum() or character == "_"


def _held_words(content: set[str], body: str, searches: int) -> tuple[int, int]:
    r"""How many words of *content* are whole words of *body*, and the searches that took.

    The same count as ``len(content & _content_words(body))`` for a case-folded *body*,
    without listing the body's words: each word is searched until one of its occurrences
    stands alone (between characters ``\w`` does not match). The count is ``-1`` once
    *searches* searches have not sufficed.
    """
    size = len(body)
    held = done = 0
    for word in content:
        hit = -1
        while True:
            if done == searches:
                return -1, done
            hit = body.find(word, hit + 1)
            done += 1
            if hit < 0:
                break
            end = hit + len(word)
            if (hit == 0 or not _is_word_character(body[hit - 1])) and (
                end == size or not _is_word_character(body[end])
            ):
                held += 1
                break
    return held, done


def _shared_words(
    content: set[str], body: str, listed: set[str] | None, searches: int
) -> tuple[int, set[str] | None, int]:
    """How many words of *content* the case-folded *body* holds; its words; searches left.

    The words are searched one by one while *searches* last and the body is short; after
    that the body's words are listed once (*listed*) and the count is a set's.
    """
    if listed is None and len(body) <= BODY_SEARCH_LIMIT:
        held, done = _held_words(content, body, searches)
        searches -= done
        if held >= 0:
            return held, None, searches
    if listed is None:
        listed = _content_words(body)
    return len(content & listed), listed, searches


def _weigh(
    text: str, *, before: bool, after: bool, page: str, distance: int, on_topic: bool
) -> float:
    """The weight of the candidate *text*; *on_topic* says its words are the body's."""
    words = len(text.split())
    weight = BASE_WEIGHT + ALONE_BONUS * before + ALONE_BONUS * after
    if on_topic:
        weight += BODY_WORDS_BONUS
    if HEADLINE_MIN_WORDS <= words <= HEADLINE_MAX_WORDS:
        weight += HEADLINE_LENGTH_BONUS
    elif words < FEW_WORDS:
        weight -= FEW_WORDS_COST
    if page.count(text[:REPEAT_PREFIX]) > 1:
        weight += REPEATED_BONUS
    if _DATE_OR_TIME.search(text) is not None:
        weight -= DATED_COST
    if _BYLINE.search(text) is not None:
        weight -= BYLINE_COST
    if text.endswith(")") or "/" in text:
        weight -= CREDIT_COST
    return weight - DISTANCE_COST * distance


def choose_headline(
    texts: Sequence[str],
    infos: Sequence[LineInfo],
    start: int,
    gaps: Sequence[bool],
    page: str,
) -> int | None:
    """The index of the headline among the lines above line *start*, or ``None``.

    Args:
        texts: The page's trimmed lines.
        infos: Their descriptions.
        start: Index of the body's first line.
        gaps: For each line, whether a blank line comes before it.
        page: The whole page (to see whether a candidate's words appear again).
    """
    best: tuple[float, int] | None = None
    body: str | None = None  # the body's first lines case-folded, once a candidate needs them
    listed: set[str] | None = None  # their words, if searching them one by one did not do
    searches = BODY_SEARCHES
    for index in range(start - 1, max(start - WINDOW, 0) - 1, -1):
        info = infos[index]
        if info.kind == "header":
            break
        text = texts[index]
        question = info.kind == "prose" and info.weight <= 200 and text[-1:] in _ASKS
        if not (question or (info.headline and info.kind == "short")) or info.weight < 15:
            continue
        after = index + 1 >= len(gaps) or gaps[index + 1]
        distance = start - 1 - index
        content = _content_words(text)
        on_topic = False
        if content:
            if body is None:
                body = " ".join(texts[start : start + BODY_SAMPLE_LINES]).casefold()
            held, listed, searches = _shared_words(content, body, listed, searches)
            on_topic = held >= BODY_WORDS_SHARE * len(content)
        weight = _weigh(
            text, before=gaps[index], after=after, page=page, distance=distance, on_topic=on_topic
        )
        if weight > 0 and (best is None or weight > best[0]):
            best = (weight, index)
    return best[1] if best is not None else None

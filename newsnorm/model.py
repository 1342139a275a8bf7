"""The result types every newsnorm function returns.

Each is a frozen :mod:`attrs` class with slots: immutable, hashable, picklable and cheap.
Offsets are Python ``str`` indices into the text the function was given, end exclusive, so
``text[mention.start:mention.end] == mention.text``. ``to_dict()`` turns any of them into
plain JSON-ready dicts and lists.

Examples:
    >>> Segment(start=0, end=4, text="Menu", reason="navigation").to_dict()
    {'start': 0, 'end': 4, 'text': 'Menu', 'reason': 'navigation'}
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Final

import attrs
import regex

SEGMENT_REASONS: Final = frozenset(
    {
        "navigation",
        "teaser",
        "share",
        "newsletter",
        "advertisement",
        "byline",
        "title",
        "comments",
        "copyright",
        "syndication",
        "caption",
        "other",
    }
)
"""Why a piece of the page was dropped from the article body."""

SYNDICATION_KINDS: Final = frozenset({"republished", "wire", "contributed", "source_link", "desk"})
"""How a text credits the source it was first published by."""

GRANULARITIES: Final = frozenset(
    {"day", "week", "month", "quarter", "season", "year", "decade", "century", "time"}
)
"""The calendar unit a date mention names."""

DATE_ORIGINS: Final = frozenset({"text", "metadata", "caller", "url", "htmldate", "page"})
"""Where a date came from: found in the text (with offsets), read from the page's tags
(``metadata``), given by the caller, written in the page's URL (``url``), answered by htmldate
from the HTML (``htmldate``), or read from a dateline in the page's visible text outside the
extracted body (``page``). Only ``text`` dates have offsets."""

# A TIMEX3 calendar value: a year (or decade/century prefix), then optional month, week,
# quarter, season or day parts. Digits may be X where unknown ("XXXX-01-23").
_TIMEX_VALUE: Final = regex.compile(
    r"""
    (?:[0-9X]{4}
        (?:-(?:[0-9X]{2}(?:-[0-9X]{2}(?:T[0-9X]{2}(?::[0-9X]{2}){0,2})?)?
              |W[0-9X]{2}(?:-(?:[1-7X]|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?
    |[0-9X]{3}|[0-9X]{2})
    """,
    regex.VERBOSE,
)


def _check_offsets(start: int | None, end: int | None, *, what: str) -> None:
    if start is None and end is None:
        return
    if start is None or end is None:
        msg = f"{what} offsets must both be set or both be None, got start={start!r}, end={end!r}"
        raise ValueError(msg)
    if not 0 <= start <= end:
        msg = f"{what} offsets must satisfy 0 <= start <= end, got start={start}, end={end}"
        raise ValueError(msg)


def _check_member(value: str, allowed: frozenset[str], *, name: str) -> None:
    if value not in allowed:
        choices = ", ".join(repr(item) for item in sorted(allowed))
        msg = f"{name} must be one of {choices}, got {value!r}"
        raise ValueError(msg)


def is_timex_value(value: str) -> bool:
    """Tell whether *value* is a well-formed TIMEX3 calendar value.

    Examples:
        >>> is_timex_value("2025-W03"), is_timex_value("XXXX-01-23"), is_timex_value("Jan 3")
        (True, True, False)
        >>> is_timex_value("2025-W10-WE")  # the weekend of week 10
        True
    """
    return _TIMEX_VALUE.fullmatch(value) is not None


def _jsonable(value: object) -> object:
    if isinstance(value, _Result):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_jsonable(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class _Result:
    """Shared behaviour of the result classes: conversion to plain dicts."""

    __slots__ = ()
    _omit: ClassVar[frozenset[str]] = frozenset()

    def to_dict(self) -> dict[str, Any]:
        """Return the fields as a plain, JSON-ready dict (nested results become dicts)."""
        return {
            field.name: _jsonable(getattr(self, field.name))
            for field in attrs.fields(type(self))  # type: ignore[arg-type]
            if field.name not in self._omit
        }


@attrs.frozen
class Segment(_Result):
    """A piece of the input dropped from the article body, and why.

    Attributes:
        start: Offset of the piece in the text the function was given.
        end: End offset (exclusive).
        text: ``source[start:end]``.
        reason: One of :data:`SEGMENT_REASONS`.
    """

    start: int
    end: int
    text: str
    reason: str

    def __attrs_post_init__(self) -> None:
        """Validate offsets and reason."""
        _check_offsets(self.start, self.end, what="Segment")
        _check_member(self.reason, SEGMENT_REASONS, name="reason")


@attrs.frozen
class Stripped(_Result):
    r"""What :func:`newsnorm.strip_boilerplate` keeps and drops.

    Attributes:
        text: The article body, paragraphs joined by ``"\n\n"``, headline excluded.
        title: The headline, or ``None`` when the page shows none.
        removed: The dropped pieces, in order of their offsets into the input.
    """

    text: str
    title: str | None
    removed: tuple[Segment, ...] = ()


@attrs.frozen
class Syndication(_Result):
    """A credit saying the text was first published by another source.

    Attributes:
        start: Offset of the credit in the text.
        end: End offset (exclusive).
        evidence: ``text[start:end]``, the words that make the credit.
        name: Canonical name of the source ("Anadolu Agency"), ``None`` if unnamed.
        domain: The source's domain ("aa.com.tr"), ``None`` if unknown.
        kind: One of :data:`SYNDICATION_KINDS`.
    """

    start: int
    end: int
    evidence: str
    name: str | None
    domain: str | None
    kind: str

    def __attrs_post_init__(self) -> None:
        """Validate offsets and kind."""
        _check_offsets(self.start, self.end, what="Syndication")
        _check_member(self.kind, SYNDICATION_KINDS, name="kind")


@attrs.frozen
class DateMention(_Result):
    """A calendar expression with its TIMEX3 value.

    Attributes:
        start: Offset in the text, ``None`` unless *origin* is ``"text"``.
        end: End offset (exclusive), ``None`` unless *origin* is ``"text"``.
        text: The expression as written (or as given, for metadata and caller dates).
        value: TIMEX3 value ("2025-01-21", "2025-W03", "2025-01", "XXXX-01-23"), or
            ``None`` when the mention cannot be anchored.
        granularity: One of :data:`GRANULARITIES`.
        relative: Whether the value depends on a reference date ("last week").
        origin: One of :data:`DATE_ORIGINS`.
    """

    start: int | None
    end: int | None
    text: str
    value: str | None
    granularity: str
    relative: bool = False
    origin: str = "text"

    def __attrs_post_init__(self) -> None:
        """Validate offsets, value, granularity and origin."""
        _check_offsets(self.start, self.end, what="DateMention")
        _check_member(self.granularity, GRANULARITIES, name="granularity")
        _check_member(self.origin, DATE_ORIGINS, name="origin")
        if self.origin == "text" and self.start is None:
            msg = "a DateMention with origin 'text' needs start and end offsets"
            raise ValueError(msg)
        if self.value is not None and not is_timex_value(self.value):
            msg = f"value must be a TIMEX3 calendar value such as '2025-01-21', got {self.value!r}"
            raise ValueError(msg)

    @property
    def date(self) -> dt.date | None:
        """The value as a :class:`datetime.date` when it names one full day, else ``None``.

        Examples:
            >>> DateMention(0, 10, "2025-01-21", "2025-01-21", "day").date
            datetime.date(2025, 1, 21)
        """
        value = self.value
        if value is None or len(value) < 10 or "X" in value[:10] or value[4:5] != "-":
            return None
        if not value[5:7].isdigit():
            return None
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None


def _text_mention(
    start: int, end: int, text: str, *, value: str | None, granularity: str, relative: bool
) -> DateMention:
    """A :class:`DateMention` found in text, built without its checks.

    For :func:`~newsnorm.find_dates`, which checks each distinct value once: on text dense
    with dates, checking every mention cost about a fourteenth of the whole call.
    """
    mention = object.__new__(DateMention)
    set_field = object.__setattr__  # the class is frozen; attrs' own __init__ does this
    set_field(mention, "start", start)
    set_field(mention, "end", end)
    set_field(mention, "text", text)
    set_field(mention, "value", value)
    set_field(mention, "granularity", granularity)
    set_field(mention, "relative", relative)
    set_field(mention, "origin", "text")
    return mention


@attrs.frozen
class Quote(_Result):
    """Words between quotation marks and who said them.

    Attributes:
        start: Offset of the quoted words, without the quotation marks.
        end: End offset (exclusive).
        text: ``text[start:end]``.
        speaker: The fullest name the document gives the speaker, ``None`` if nobody is named.
        speaker_start: Offset of the mention that names the speaker, or ``None``.
        speaker_end: End offset of that mention, or ``None``.
        cue: The verb or phrase that attributes the quote ("said"), or ``None``.
        reason: Why this speaker was chosen, in short ("cue after the quote; pronoun
            'she': 1 sentence back, known person"), or ``None``.
    """

    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    reason: str | None = None

    def __attrs_post_init__(self) -> None:
        """Validate both pairs of offsets."""
        _check_offsets(self.start, self.end, what="Quote")
        _check_offsets(self.speaker_start, self.speaker_end, what="Quote speaker")


@attrs.frozen
class Language(_Result):
    """A text's language.

    Attributes:
        code: ISO 639-1 code ("en", "zh"), or ``"und"`` when undetermined.
        confidence: Probability of *code*, from 0 to 1 (0 for ``"und"``).
    """

    code: str
    confidence: float = 0.0

    def __attrs_post_init__(self) -> None:
        """Validate the confidence range."""
        if not 0.0 <= self.confidence <= 1.0:
            msg = f"confidence must be between 0 and 1, got {self.confidence!r}"
            raise ValueError(msg)


UNDETERMINED: Final = Language("und", 0.0)
"""The language of a text too short or too letterless to tell."""


@attrs.frozen
class Article(_Result):
    r"""Everything :func:`newsnorm.normalise` takes from a page.

    Offsets of *dates* and *quotes* point into :attr:`text` (the body); offsets of
    *syndication*, *removed* and *published* point into :attr:`source`, the plain text the
    pipeline ran on.

    Attributes:
        text: The article body, paragraphs joined by ``"\n\n"``.
        title: The headline, or ``None``.
        language: The body's language.
        published: The page's publication date, or ``None``.
        syndication: Credits to the source the text was first published by.
        dates: Date mentions in the body.
        quotes: Quotes in the body.
        removed: Pieces of the source dropped from the body.
        url: The page's URL, when known.
        site: The site's name or host, when known.
        source: The plain text the pipeline ran on (left out of ``to_dict()`` by default).
    """

    text: str
    title: str | None
    language: Language
    published: DateMention | None = None
    syndication: tuple[Syndication, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    removed: tuple[Segment, ...] = ()
    url: str | None = None
    site: str | None = None
    source: str = attrs.field(default="", repr=False)

    _omit: ClassVar[frozenset[str]] = frozenset({"source"})

    def to_dict(self, *, include_source: bool = False) -> dict[str, Any]:
        """Return the article as a plain, JSON-ready dict.

        Args:
            include_source: Also include :attr:`source`, which the offsets of *removed*,
                *syndication* and *published* point into.

        Examples:
            >>> sorted(Article("Body.", None, UNDETERMINED).to_dict())[:3]
            ['dates', 'language', 'published']
        """
        result = super().to_dict()
        if include_source:
            result["source"] = self.source
        return result

"""The calendar words of each language, loaded from ``data/calendar/<language>.json``.

Every word the date grammar knows (month and weekday names, ordinals, relative phrases,
seasons, publication labels, tense cues) lives in one JSON file per language; adding a
language is adding a file. :func:`calendar` loads one lazily and caches it;
:func:`guess_calendar` picks the calendar language a text is most likely written in, from
cheap signals (common function words, month and weekday names) rather than a statistical
detector, so that finding dates stays fast.

Examples:
    >>> calendar("de").months["februar"]
    2
    >>> guess_calendar("Der Markt öffnet am 12. Februar wieder.").language
    'de'
"""

from __future__ import annotations

import collections
import functools
import json
from importlib import resources
from typing import Any, Final

import attrs

__all__ = ["Calendar", "calendar", "guess_calendar", "languages"]

DEFAULT_LANGUAGE: Final = "en"
"""The calendar used when nothing in a text points to another."""
_SAMPLE: Final = 2_500


@attrs.frozen
class Calendar:
    """The calendar words of one language, lower-cased, ready for pattern building.

    Attributes:
        language: ISO 639-1 code.
        date_order: ``"DMY"``/``"MDY"`` when the language writes numeric dates one way only.
        month_case: ``"title"`` when month names are capitalised (English, German).
        months: Full month names and abbreviations, each to its month number.
        abbreviations: The abbreviated month names among *months*.
        weekdays: Full weekday names to ISO weekday numbers (Monday is 1).
        weekday_abbreviations: Abbreviated weekday names to ISO weekday numbers.
        raw: The whole data file, for the lists used as they are.
    """

    language: str
    date_order: str | None
    month_case: str
    months: dict[str, int]
    abbreviations: frozenset[str]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    raw: dict[str, Any] = attrs.field(repr=False)

    def words(self, key: str) -> tuple[str, ...]:
        """The list *key* of the data file, lower-cased (an empty tuple when absent; cached)."""
        return _words(self.language, key)

    def word_set(self, key: str) -> frozenset[str]:
        """The list *key* of the data file as a set of lower-cased words (cached)."""
        return _word_set(self.language, key)

    def mapping(self, key: str) -> dict[str, Any]:
        """The mapping *key* of the data file with lower-cased keys (cached: do not mutate)."""
        return _mapping(self.language, key)


@functools.cache
def _words(language: str, key: str) -> tuple[str, ...]:
    value = calendar(language).raw.get(key, ())  # a list, or a mapping read for its keys
    return tuple(str(word).lower() for word in value)


@functools.cache
def _word_set(language: str, key: str) -> frozenset[str]:
    return frozenset(calendar(language).words(key))


@functools.cache
def _mapping(language: str, key: str) -> dict[str, Any]:
    return {str(word).lower(): value for word, value in calendar(language).raw.get(key, {}).items()}


@functools.cache
def languages() -> tuple[str, ...]:
    """The languages that have a calendar file, sorted.

    Examples:
        >>> {"de", "en", "es", "fr"} <= set(languages())
        True
    """
    folder = resources.files("newsnorm.data").joinpath("calendar")
    return tuple(
        sorted(
            item.name.removesuffix(".json")
            for item in folder.iterdir()
            if item.name.endswith(".json")
        )
    )


@functools.cache
def calendar(language: str) -> Calendar:
    """The calendar of *language* (an ISO 639-1 code with a data file).

    Raises:
        ValueError: If there is no calendar file for *language*.

    Examples:
        >>> calendar("fr").weekdays["mardi"]
        2
    """
    if language not in languages():
        known = ", ".join(repr(code) for code in languages())
        msg = f"language must be one of {known}, got {language!r}"
        raise ValueError(msg)
    path = resources.files("newsnorm.data").joinpath("calendar").joinpath(f"{language}.json")
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    months: dict[str, int] = {}
    abbreviations: set[str] = set()
    for number, name in enumerate(raw["months"], start=1):
        months[name.lower()] = number
    for number, names in enumerate(raw.get("month_abbreviations", ()), start=1):
        for name in names:
            months.setdefault(name.lower(), number)
            abbreviations.add(name.lower())
    weekdays = {name.lower(): number for number, name in enumerate(raw["weekdays"], start=1)}
    weekdays.update(
        {name.lower(): number for name, number in raw.get("extra_weekdays", {}).items()}
    )
    short_weekdays = {
        name.lower(): number
        for number, names in enumerate(raw.get("weekday_abbreviations", ()), start=1)
        for name in names
    }
    return Calendar(
        language=raw["language"],
        date_order=raw.get("date_order"),
        month_case=raw.get("month_case", "any"),
        months=months,
        abbreviations=frozenset(abbreviations),
        weekdays=weekdays,
        weekday_abbreviations=short_weekdays,
        raw=raw,
    )


@functools.cache
def _signals() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Function words, and month and weekday names, each to the languages that use it."""
    markers: dict[str, list[str]] = {}
    names: dict[str, list[str]] = {}
    for language in languages():
        table = calendar(language)
        for word in table.words("markers"):
            markers.setdefault(word, []).append(language)
        for name in [*table.months, *table.weekdays]:
            if name not in table.abbreviations:
                names.setdefault(name, []).append(language)
    return (
        {word: tuple(owners) for word, owners in markers.items()},
        {word: tuple(owners) for word, owners in names.items()},
    )


_SEPARATORS: Final = '.,;:!?"()[]{}\u00ab\u00bb\u201c\u201d\u201e\u2013\u2014/|\u00b7*'
"""With blanks, what ends a word: a word is a run of other characters."""


@functools.cache
def _signal_words() -> frozenset[str]:
    """Every word of :func:`_signals`: the only words whose counts a guess reads."""
    markers, names = _signals()
    return frozenset(markers) | frozenset(names)


def _signal_counts(sample: str) -> collections.Counter[str]:
    r"""How often each signal word occurs among the words of *sample*, lower-cased.

    A word is a run of characters that are neither blanks nor :data:`_SEPARATORS`: each
    separator becomes a blank, and ``str.split()`` splits on exactly the blanks ``\s``
    matches (the same words as ``re.findall`` of the negated class, in about half the
    time); only signal words are counted.
    """
    lowered = sample.lower()
    for separator in _SEPARATORS:
        if separator in lowered:
            lowered = lowered.replace(separator, " ")
    signals = _signal_words()
    return collections.Counter([word for word in lowered.split() if word in signals])


def guess_calendar(text: str) -> Calendar:
    """The calendar of the language *text* most likely uses (English when nothing says).

    Counts the function words of each calendar language among the words of the first few
    thousand characters; when none occurs, month and weekday names decide.

    Examples:
        >>> guess_calendar("La alcaldía abrió el jueves un nuevo parque.").language
        'es'
        >>> guess_calendar("12. Februar 2025").language
        'de'
    """
    counts = _signal_counts(text[:_SAMPLE])
    for table in _signals():
        scores: dict[str, int] = {}
        for word in counts.keys() & table.keys():  # the few signal words the text holds
            for owner in table[word]:
                scores[owner] = scores.get(owner, 0) + counts[word]
        if scores:
            best = max(
                sorted(scores),
                key=lambda language: (scores[language], language == DEFAULT_LANGUAGE),
            )
            return calendar(best)
    return calendar(DEFAULT_LANGUAGE)

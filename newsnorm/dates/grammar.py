r"""Find calendar expressions: the grammar of :mod:`~newsnorm.dates.patterns`, tried at keys.

A scan finds the key words and numbers of the text in two fast passes, then tries the grammar
only there, from the words that may open an expression ("the end of", "last"), with the
forms that can start with the word at hand. Every step looks a bounded distance around its
key, so a scan is linear in the length of the text whatever it holds.

A match becomes an :class:`Expression`: the pieces the text states (day, month, year,
weekday, a relative offset, a unit, a season...), not yet a value. Some matches are dropped
here, by context the pattern alone cannot see: a month or a season named alone counts only
after a preposition ("in May", not "Theresa May"), and a year only when no quantity word
surrounds it ("in 2025", not "about 2000 people").

Examples:
    >>> [expression.text for expression in scan("Talks resume on 3 March; they met last week.")]
    ['3 March', 'last week']
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from typing import Final, NamedTuple

import regex

from newsnorm.dates.patterns import (
    NUMBER_KEYS,
    _key_parts,
    _prefixes,
    form_pattern,
    key_forms,
)
from newsnorm.dates.starts import opening, opening_near, starts, starts_near
from newsnorm.dates.vocabulary import Calendar, calendar, guess_calendar

__all__ = ["Expression", "Steps", "iter_scan", "scan"]


class Expression(NamedTuple):
    """A calendar expression as the text states it, before resolution to a value.

    Attributes:
        form: The grammar form that matched (one of the names in ``_FORMS``).
        start: Offset of the expression in the text.
        end: End offset (exclusive).
        text: ``source[start:end]``.
        year: The year written in the expression, if any.
        month: Month number, if named or written.
        day: Day of the month, if written.
        weekday: ISO weekday (Monday is 1), if named.
        first: First number of a numeric date whose day/month order is open.
        second: Second number of such a date.
        offset: -1, 0 or 1 for "last", "this", "next"; the number of units for "ago".
        unit: ``day``, ``week``, ``month``, ``quarter``, ``year`` or ``decade``.
        season: ``SP``, ``SU``, ``FA`` or ``WI``.
        quarter: 1 to 4.
        decade: The first three digits of the decade ("199").
        century: The first two digits of the century's years ("17" for the 18th).
        year_offset: For "February this year": the offset of the year.
        written_order: ``"MD"`` or ``"DM"`` when a written date shows the page's order.
        relation: How an anchored expression relates to the period under discussion
            (``latest``, ``same``, ``year_before``, ``next``, ``previous``, ``past``,
            ``that``, ``the``, ``shift``); see :mod:`~newsnorm.dates.discourse`.
    """

    form: str
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    first: int | None = None
    second: int | None = None
    offset: int | None = None
    unit: str | None = None
    season: str | None = None
    quarter: int | None = None
    decade: str | None = None
    century: str | None = None
    year_offset: int | None = None
    written_order: str | None = None
    relation: str | None = None


_WORDS_REACH: Final = 40  # the words before a name are read this far back


def _previous_words(text: str, start: int) -> tuple[str, str]:
    """The one and two words before *start*, lower-cased ("" when none)."""
    if start == 0:
        return "", ""
    return _words_before(text[max(0, start - _WORDS_REACH) : start])


@functools.lru_cache(maxsize=4_096)
def _words_before(before: str) -> tuple[str, str]:
    """:func:`_previous_words` of the text *before* a name: the same few words recur."""
    found = _TWO_WORDS_BEFORE.search(before)
    if found is None:
        return "", ""
    word = found.group(2).lower()
    previous = found.group(1)
    return word, f"{previous.lower()} {word}" if previous else word


@functools.lru_cache(maxsize=4_096)
def _squeezed(word: str) -> str:
    """*word* lower-cased, each run of blanks one space: how the calendar tables key it."""
    return _SPACES.sub(" ", word.lower())


def _next_word(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text, end, end + 40)
    return match.group(1).lower() if match else ""


def _number(word: str | None, table: Calendar) -> int | None:
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    value = table.mapping("numbers").get(_squeezed(word))
    return int(value) if value is not None else None


def _offset(groups: _Groups, table: Calendar) -> int | None:
    for group, key in (("relative", "relative_before"), ("relative_after", "relative_after")):
        word = groups.get(group)
        if word:
            return int(table.mapping(key)[_squeezed(word).replace("\u2019", "'")])
    return None


def _unit(word: str, table: Calendar) -> str:
    return _units(table.language).get(word.lower(), "day")


@functools.cache
def _units(language: str) -> dict[str, str]:
    """Each unit word of *language* ("weeks", "semaine") to its unit ("week")."""
    units = calendar(language).raw["units"]
    return {form.lower(): str(unit) for unit, forms in reversed(units.items()) for form in forms}


_PIVOT: Final = 69  # a two-digit year up to this is 20xx, above it 19xx (as POSIX strptime)


def _century_of(short: int) -> int:
    """The four-digit year of a two-digit one ("23" is 2023, "98" is 1998)."""
    return 2000 + short if short <= _PIVOT else 1900 + short


def _relative(word: str, table: Calendar) -> int:
    return int(table.mapping("relative_before")[_squeezed(word)])


def _period_relation(word: str, table: Calendar) -> str:
    return str(table.mapping("period_modifiers")[_squeezed(word)])


_DATED_UNITS: Final = frozenset({"year", "month", "week", "day"})
"""Units whose "the ... ended July 2" names a period of its own ("the quarter ended" does not)."""
_ANCHORED_UNITS: Final = frozenset({"quarter", "period"})
"""Period words that name the period under discussion with a bare "the" ("the quarter")."""


def _period(
    match: regex.Match[str], groups: _Groups, fields: dict[str, object], text: str, table: Calendar
) -> Expression | None:
    """A business or anchored period ("the latest quarter", "year-ago", "that year").

    Kept only when something makes it a date: a modifier, "that", a year, a relative year,
    or a bare "the" before "quarter"/"period"; "the year" also needs a preposition before
    it ("for the year").
    """
    word = groups.get("period")
    unit = str(table.mapping("period_words")[_squeezed(word)]) if word else None
    relation = _period_relation(groups["pmod"], table) if groups.get("pmod") else None
    determiner = groups.get("determiner")
    if determiner and relation is None:
        relation = str(table.mapping("period_determiners")[determiner.lower()])
    start, end = match.span()
    year = fields.get("year")
    fiscal = bool(groups.get("fiscal"))
    if unit is None and fiscal and year is not None:
        unit, relation = "year", "the"  # "fiscal 1989"
    elif unit is None:
        if relation != "year_before":
            return None  # "the following ..." without its period word
        if determiner:  # "the year-ago" then a noun: keep the adjective alone
            start = match.start("pmod")
        end = match.end("pmod")
    year_offset = _relative(groups["year_relative"], table) if groups.get("year_relative") else None
    if groups.get("relative_after"):
        year_offset = _relative(groups["relative_after"], table)
    fiscal = fiscal or (word or "").lower().startswith(tuple(table.words("fiscal_words")))
    if word and word.lower() in table.word_set("period_alone"):
        relation = "current"  # "by year-end": the reference date's year
    if relation is None and year is None and year_offset is None:
        return None  # a bare "quarter" or "year"
    if (
        unit in _DATED_UNITS
        and relation in {"the", "that"}
        and _next_word(text, end) in table.word_set("period_blockers_after")
    ):
        return None  # "the year ended July 2", "the day before the vote": another anchor
    if relation == "the" and year is None and year_offset is None and not fiscal:
        if unit == "year":
            last, _ = _previous_words(text, start)
            if last not in table.word_set("period_alone_prepositions"):
                return None
            if text.startswith(("'s", "\u2019s"), end):
                return None
        elif unit not in _ANCHORED_UNITS:
            return None  # "the day", "the week": too vague to be a date
    if unit == "period" and relation in {None, "the"} and year is None and year_offset is None:
        relation = "the"
    fields.update(unit=unit, relation=relation or "the", year_offset=year_offset)
    return Expression("period", start, end, text[start:end], **fields)  # type: ignore[arg-type]


def _spelled_value(groups: _Groups, table: Calendar) -> int | None:
    """The year of a year in words ("nineteen ninety-six": 1996), or ``None``."""
    if not (groups.get("sy_hundreds") or groups.get("sy_thousands")):
        return None
    words = table.raw["spelled_year"]

    def value(key: str, group: str) -> int:
        word = groups.get(group)
        return int(words[key][_squeezed(word)]) if word else 0

    if groups.get("sy_thousands"):
        after = groups.get("sy_after")
        extra = 0
        if after:
            lowered = after.lower()
            extra = int(words["ones"].get(lowered) or words["tens"].get(lowered) or 0)
        return value("thousands", "sy_thousands") + extra
    return (
        value("hundreds", "sy_hundreds") * 100 + value("tens", "sy_tens") + value("ones", "sy_ones")
    )


def _roman(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for index, letter in enumerate(numeral):
        value = values[letter]
        following = values[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def _allowed_alone(
    text: str,
    start: int,
    table: Calendar,
    *,
    ambiguous: bool = False,
    before: tuple[str, str] | None = None,
) -> bool:
    """Whether a month or season named alone at *start* reads as a date (a preposition precedes).

    An *ambiguous* name (English "May", "March") needs a strong preposition ("in May"); other
    names also take a weak one ("planned for September"). *before* is
    ``_previous_words(text, start)`` when the caller has it.
    """
    last, two = _previous_words(text, start) if before is None else before
    prepositions = table.word_set("prepositions")
    weak = () if ambiguous else table.word_set("weak_prepositions")
    return last in prepositions or two in prepositions or last in weak or two in weak


_SEASON_OPENERS: Final = frozenset({"the", "this", "last", "next", "in", "of"})


def _is_name(text: str, start: int, word: str, table: Calendar) -> bool:
    """Whether a capitalised season word is part of a name ("Winter Olympics").

    Only where seasons are written in lower case (English): a capital there marks a name when
    a capitalised word follows, or when the word stands inside a sentence after no opener.
    """
    if table.raw.get("season_case") != "lower" or not word[:1].isupper():
        return False
    following = _WORD_AFTER.match(text, start + len(word), start + len(word) + 40)
    if following is not None and following.group(1)[:1].isupper():
        return True
    before = text[max(0, start - 40) : start].rstrip()
    words = before.split()
    if not words or before[-1] in ".!?:\n":
        return False
    return words[-1].lower() not in _SEASON_OPENERS


_SENTENCE_OPENING: Final = regex.compile(r"(?r)(?:^|[.!?:\n\"\u201c(])\s*+\Z")


def _is_title(text: str, match: regex.Match[str], groups: _Groups) -> bool:
    """Whether a capitalised "This Week" inside a sentence is a title (a programme, a column)."""
    relative, unit = groups.get("relative") or "", groups.get("unit") or ""
    if not (relative[:1].isupper() and unit[:1].isupper()):
        return False
    return _SENTENCE_OPENING.search(text, max(0, match.start() - 20), match.start()) is None


def _in_name(text: str, start: int, table: Calendar) -> bool:
    """Whether a year follows a capitalised name inside a sentence ("Orion 1980", "Vision 2030").

    A calendar word, a preposition or a determiner before it ("In 1980", "May 1980") and a
    sentence's first word do not count.
    """
    if not table.raw.get("capitalised_names_only"):
        return False  # German capitalises every noun: "Haushalt 2026" is a budget year
    found = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    word = found.group(1)
    lowered = word.lower()
    if lowered in table.months or lowered in table.weekdays or word.isupper():
        return False  # "May 1980", "LONDON 1980" (a dateline)
    if lowered in table.word_set("prepositions") or lowered in table.word_set(
        "framing_prepositions"
    ):
        return False
    return _SENTENCE_OPENING.search(text, max(0, found.start() - 20), found.start()) is None


_NAME_BEFORE: Final = regex.compile(r"(?r)(?<![\p{L}\p{N}'\u2019.-])(\p{Lu}\p{Ll}++)\s\Z")
_SET_FORMS: Final = frozenset({"weekday", "month", "season", "day_month", "month_day"})


def _is_set(text: str, start: int, table: Calendar, before: tuple[str, str] | None = None) -> bool:
    last, two = _previous_words(text, start) if before is None else before
    words = table.word_set("set_words")
    return last in words or two in words


def _is_quantity(text: str, start: int, end: int, table: Calendar) -> bool:
    last, two = _previous_words(text, start)
    before = table.word_set("quantity_before")
    if last in before or two in before:
        return True
    return _next_word(text, end) in table.word_set("quantity_after")


@functools.cache
def _group_layout(
    pattern: regex.Pattern[str],
) -> tuple[tuple[str, ...], Callable[[tuple[str, ...]], tuple[str, ...]] | None]:
    """The group names of *pattern* in group order, and what picks their values from ``groups()``.

    ``dict(zip(names, match.groups("")))`` is ``match.groupdict("")`` at a fraction of its
    cost; the picker (``None`` when every group is named once, in order) skips unnamed groups.
    """
    index = pattern.groupindex
    names = tuple(sorted(index, key=index.__getitem__))
    positions = [index[name] - 1 for name in names]
    if positions == list(range(pattern.groups)) or not positions:
        return names, None
    if len(positions) == 1:
        only = positions[0]
        return names, lambda values: (values[only],)
    return names, operator.itemgetter(*positions)


class _Groups(dict[str, str]):
    """Named groups of a grammar match, read by name: ``""`` for a group that took no part.

    ``groups.get(name)`` is ``None`` only for a group of a form this pattern lacks, and
    ``groups[name]`` is ``""`` for that too.
    """

    __slots__ = ()

    def __missing__(self, name: str) -> str:
        return ""


_SPELLED_FORMS: Final = frozenset({"month", "spelled_year"})


def _expression(
    match: regex.Match[str], form: str, text: str, table: Calendar
) -> Expression | None:
    start, end = match.span()
    before: tuple[str, str] | None = None  # the words before *start*, once read
    if form == "month":  # the name alone ("May"): the commonest rejection, decided first
        name_start, name_end = match.span("month")
        if name_start == start and end - name_end <= 1:
            word = text[name_start:name_end].lower()
            ambiguous = word in table.word_set("ambiguous_months")
            if word in table.abbreviations:
                return None
            before = _previous_words(text, start)
            if not _allowed_alone(text, start, table, ambiguous=ambiguous, before=before):
                return None
    group_names, picker = _group_layout(match.re)
    values = match.groups("")
    groups = _Groups(zip(group_names, values if picker is None else picker(values), strict=True))
    year_digits = groups.get("year")
    year: int | None
    if year_digits:
        year = int(year_digits)
    else:
        year = _spelled_value(groups, table) if form in _SPELLED_FORMS else None
    month_word = groups.get("month")
    month = table.months.get(month_word.lower()) if month_word else None
    fields: dict[str, object] = {"year": year, "month": month}
    if form in {"iso", "cjk"}:
        fields.update(month=int(groups["month"]), day=int(groups["day"]))
        if form == "cjk":
            return Expression("iso", start, end, match.group(), **fields)  # type: ignore[arg-type]
    elif form == "numeric_short":
        short = int(groups["short_year"])
        fields.update(
            first=int(groups["first"]), second=int(groups["second"]), year=_century_of(short)
        )
    elif form == "week":
        fields.update(unit="week", offset=int(groups["week"]))
    elif form == "numeric":
        fields.update(first=int(groups["first"]), second=int(groups["second"]))
    elif form in {"quarter_code", "quarter"}:
        quarter = groups.get("quarter") or table.mapping("ordinals").get(groups["ordinal"].lower())
        fields.update(quarter=int(quarter or 0))
        if groups.get("year_relative"):
            fields.update(year_offset=_relative(groups["year_relative"], table))
        if groups.get("pmod"):
            fields.update(relation=_period_relation(groups["pmod"], table))
    elif form == "period":
        return _period(match, groups, fields, text, table)
    elif form == "shift":
        count = _number(groups["number"], table)
        if count is None:
            return None
        direction = int(table.mapping("shift_after")[groups["shift"].lower()])
        fields.update(unit=_unit(groups["unit"], table), offset=direction * count, relation="shift")
    elif form == "century":
        number = int(groups["century"]) if groups.get("century") else _roman(groups["roman"])
        if not 1 <= number <= 22:
            return None
        fields.update(century=f"{number - 1:02d}")
    elif form == "spelled_year":
        if year is None or (groups.get("sy_thousands") and not groups.get("sy_word")):
            return None  # "two thousand" alone is a number
        return Expression("year", start, end, match.group(), year=year)
    elif form == "decade":
        if groups.get("decade_word"):
            word = groups["decade_word"].lower()
            fields.update(decade=str(table.mapping("decade_words")[word]))
        elif groups.get("decade"):
            fields.update(decade=groups["decade"][:3])
        else:
            short = int(groups["short"])
            fields.update(decade=f"{19 if short >= 30 else 20}{short // 10}")
    elif form in {"day_month", "month_day"}:
        fields.update(day=int(groups["day"]), written_order="DM" if form == "day_month" else "MD")
        if groups.get("weekday"):
            names = {**table.weekdays, **table.weekday_abbreviations}
            fields.update(weekday=names.get(groups["weekday"].lower()))
    elif form in {"month", "relative_month"}:
        fields.update(offset=_offset(groups, table))
        if groups.get("year_relative"):
            fields.update(
                year_offset=int(table.mapping("relative_before")[groups["year_relative"].lower()])
            )
        alone = not (
            year
            or groups.get("modifier")
            or fields["offset"] is not None
            or groups.get("year_relative")
        )
        if alone:
            word = (month_word or "").lower()
            ambiguous = word in table.word_set("ambiguous_months")
            if word in table.abbreviations:
                return None
            before = before or _previous_words(text, start)
            if not _allowed_alone(text, start, table, ambiguous=ambiguous, before=before):
                return None
            following = _WORD_AFTER.match(text, end, end + 40)
            if ambiguous and following is not None and following.group(1)[:1].isupper():
                return None  # "in May Ellis's office", "March Madness": a name
    elif form == "holiday":
        rule = str(table.mapping("holidays")[_squeezed(groups["holiday"])])
        if rule[:1].isdigit():
            fields.update(month=int(rule[:2]), day=int(rule[3:5]))
        else:
            fields.update(unit=rule)
    elif form == "weekday":
        fields.update(
            weekday=table.weekdays[groups["weekday"].lower()], offset=_offset(groups, table)
        )
    elif form == "season":
        fields.update(
            season=table.mapping("seasons")[groups["season"].lower()], offset=_offset(groups, table)
        )
        if groups.get("year_relative"):  # "the summer of last year"
            fields.update(year_offset=_relative(groups["year_relative"], table))
        if _is_name(text, match.start("season"), groups["season"], table):
            return None  # "the Winter Olympics", "Summer Games"
        if start == match.start("season") and groups["season"].lower() in table.word_set(
            "verb_seasons"
        ):
            before = _previous_words(text, start)
            last = before[0]
            if last in table.word_set("verb_before") or last.endswith(("n't", "n\u2019t")):
                return None  # "began to fall apart", "prices will fall": the verb
        has_determiner = bool(groups.get("determiner")) and bool(
            table.raw.get("season_with_determiner")
        )
        context = (
            year
            or groups.get("modifier")
            or fields["offset"] is not None
            or has_determiner
            or groups.get("year_relative")
        )
        if not context and not _allowed_alone(text, start, table, before=before):
            return None
    elif form == "unit_relative":
        if groups["unit"].lower() in table.word_set("plural_units"):
            return None  # "the coming weeks": a span, not a date
        offset = _offset(groups, table)
        if _is_title(text, match, groups):
            return None  # "on ABC's This Week": a programme, not a week
        unit = _unit(groups["unit"], table)
        lowered = _squeezed(match.group())
        if unit in _DATED_UNITS and lowered.startswith(tuple(table.words("anchored_next"))):
            if unit == "year" and _previous_words(text, start)[0] in table.word_set(
                "span_prepositions"
            ):
                return None  # "over the next year": a span from now, not a date
            # "the next day", "the next year": the one after the period the story last named
            return Expression("period", start, end, match.group(), unit=unit, relation="next")
        fields.update(unit=unit, offset=0 if offset is None else offset)
    elif form == "ago":
        count = _number(groups["number"], table)
        if count is None:
            return None
        fields.update(unit=_unit(groups["unit"], table), offset=-count)
        if groups.get("ago_unit"):  # "ten years ago this month": that month, years back
            fields.update(relation=f"this_{_unit(groups['ago_unit'], table)}")
    elif form == "day_word":
        key = _squeezed(groups["day_word"]).replace("\u2019", "'")
        days = table.mapping("days")
        offset = days.get(key, days.get(key.replace("'", "\u2019")))
        if offset is None:
            return None
        blockers = table.mapping("day_word_blockers").get(key, ())
        if blockers and any(word in blockers for word in _previous_words(text, start)):
            return None  # "por la mañana": in the morning, not tomorrow
        if text.startswith(("'s ", "\u2019s "), end):
            following = _TWO_WORDS_AFTER.match(text, end + 2, end + 82)
            generic = table.word_set("generic_after_today")
            if following is not None and any(
                (word or "").lower() in generic for word in following.groups()
            ):
                return None  # "today's world", "today's young voters": the present, not a day
        fields.update(unit="day", offset=int(offset))
    elif (
        form == "year"
        and not groups.get("modifier")
        and (_is_quantity(text, start, end, table) or _in_name(text, start, table))
    ):
        return None  # "about 2000 people", "Orion 1980"
    if form in _SET_FORMS and _is_set(text, start, table, before):
        return None  # "every Friday", "chaque mardi": a set, not a date
    return Expression(form, start, end, match.group(), **fields)  # type: ignore[arg-type]


_SPACES: Final = regex.compile(r"\s+")
_WORD_AFTER: Final = regex.compile(r"\s{1,3}([\p{L}]++)")
_TWO_WORDS_AFTER: Final = regex.compile(r"\s{1,3}([\p{L}]++)(?:\s{1,3}([\p{L}]++))?")
_TWO_WORDS_BEFORE: Final = regex.compile(
    r"(?r)(?:([\p{L}'\u2019]++)\s{1,3})?([\p{L}'\u2019]++)\s{1,3}\Z"
)


_MEMO_BACK: Final = 120  # a step reads at most this far before its key (starts 48, names 60)
_MEMO_AHEAD: Final = 140  # the window after a key that keys a step's memo
_MEMO_MARGIN: Final = 60  # a step reads at most this far past its match (next words, 42)
_MEMO_SIZE: Final = 4_096  # distinct steps kept: a text that does not repeat keeps memory flat
_LOOKBACK: Final = 48  # the reach of :func:`~newsnorm.dates.starts.starts`

_Step = tuple[int, int, str, Expression | None, bool]
"""A key's step: the key it was computed at, its match's end (-1: none), the form that
matched, its expression, and whether that expression was read (a form passed over is not)."""

Steps = dict[tuple[str, str, int, int, str], _Step]
"""Steps kept by the text around their key: one scan's memo, or one shared by the scans of
one document's texts (its page and its body), which hold the same stretches of text.

A step reads only its key's window (see :func:`_step`) and the calendar's tables, so a
window met again, in the same text or another one, read with the same language, gives the
same step: that is what its key says (the language, the key word, where the last match
ended, the key's place in the window, the window's text).
"""


_NEAR_AFTER: Final = 200  # steps a scan computes before it keeps starts and openings: an
# article has fewer (about 16 on the dev pages), where keeping them costs more than it saves


class _Near(NamedTuple):
    """One scan's memos of the starts before a key and the forms a start opens, by their text."""

    starts: dict[tuple[str, int], list[int]]
    openings: dict[str, tuple[str, ...]]


@functools.lru_cache(maxsize=1_024)
def _held(forms: tuple[str, ...], holding: frozenset[str]) -> tuple[str, ...]:
    """The *forms* that can hold a key word (those in *holding*), in their order."""
    return tuple(form for form in forms if form in holding)


def _step(  # noqa: PLR0917 - the scan's state, passed positionally: called per key
    text: str,
    key: int,
    word: str,
    done: int,
    table: Calendar,
    forms_of: Mapping[str, frozenset[str]],
    prefixes: frozenset[str],
    passed_over: Container[str],
    patterns: dict[str, regex.Pattern[str]],
    near: _Near | None,
) -> _Step:
    """The grammar tried at one key: the first start whose match holds the key, and its expression.

    Everything it reads lies within ``_MEMO_BACK`` characters before the key and
    ``_MEMO_MARGIN`` after the match, so the same window of text gives the same step.
    *patterns* holds the forms compiled so far (each compiled on first use), *near* the
    scan's starts and openings kept by the text they read (``None``: not kept).
    """
    holding = forms_of.get(word.lower()) if word else None
    language = table.language
    if near is None:
        candidates = starts(text, key, prefixes, table.months, done)
    else:
        candidates = starts_near(text, key, prefixes, table.months, done, near.starts)
    for start in candidates:
        if start < done:
            continue
        if near is None:
            forms = opening(text, start, table)
        else:
            forms = opening_near(text, start, table, near.openings)
        if holding is not None:  # only the forms that can hold this key word
            forms = _held(forms, holding)
        for form in forms:  # the first form that matches, as their alternation would
            pattern = patterns.get(form)
            if pattern is None:
                pattern = patterns[form] = form_pattern(language, form)
            match = pattern.match(text, start)
            if match is not None and match.end() > start:
                break
        else:
            continue
        if match.end() <= key:
            continue
        if form in passed_over:
            return key, match.end(), form, None, False
        return key, match.end(), form, _expression(match, form, text, table), True
    return key, -1, "", None, True


_KEY_CHUNK: Final = 4_096  # keys are listed at most this many characters at a time
_FIRST_CHUNK: Final = 256  # the first chunk; each next one twice as long, up to _KEY_CHUNK
_KEY_OVERLAP: Final = 96  # a key word and what its pattern looks at after it are shorter


def _words_from(
    text: str, parts: tuple[re.Pattern[str], ...], start: int, reach: int, stop: int
) -> tuple[list[tuple[int, str]], int]:
    """The key words before *stop*, found from *start* to *reach*, and where the scan goes on.

    They are what one pattern made of *parts* would find. The parts open with different
    characters (see :func:`~newsnorm.dates.patterns._key_parts`), so the next key is the
    leftmost of the parts' next matches. Each part's own scan gives them, unless a key of
    one part overlaps a key of another ("Fiscal year" holds "year"): then the parts look
    again after each key taken.
    """
    if len(parts) == 1:
        matches: Iterable[re.Match[str]] = parts[0].finditer(text, start, reach)
    else:
        matches = sorted(
            itertools.chain.from_iterable(part.finditer(text, start, reach) for part in parts),
            key=_START,
        )
    found: list[tuple[int, str]] = []
    end = start
    for match in matches:
        if match.start() >= stop:
            break
        if match.start() < end:  # inside the key taken before: only where parts overlap
            return _words_one_by_one(text, parts, start, reach, stop)
        found.append((match.start(), match.group()))
        end = match.end()
    return found, end


_START: Final = operator.methodcaller("start")


def _words_one_by_one(
    text: str, parts: tuple[re.Pattern[str], ...], start: int, reach: int, stop: int
) -> tuple[list[tuple[int, str]], int]:
    """:func:`_words_from` one key at a time: each part looks again after each key taken."""
    found: list[tuple[int, str]] = []
    following = [part.search(text, start, reach) for part in parts]
    while True:
        taken: re.Match[str] | None = None
        for candidate in following:
            if candidate is not None and (taken is None or candidate.start() < taken.start()):
                taken = candidate
        if taken is None or taken.start() >= stop:
            return found, start
        found.append((taken.start(), taken.group()))
        start = taken.end()
        following = [
            part.search(text, start, reach)
            if candidate is not None and candidate.start() < start
            else candidate
            for part, candidate in zip(parts, following, strict=True)
        ]


def _keys_in(
    text: str,
    keys: re.Pattern[str] | tuple[re.Pattern[str], ...],
    first: int,
    last: int,
    *,
    lazy: bool = True,
) -> Iterator[tuple[int, str]]:
    """The ``(offset, key word)`` of every key in ``text[first:last]`` in order (``""``: a number).

    Listed a chunk at a time, as the two patterns' own scans would find them: each chunk is
    matched a little further than it keeps, so a key near its end sees all it looks at; the
    next chunk goes on where the last key kept ended. With *lazy*, the chunks grow from a
    short first one, so a caller that stops at an early date pays for a few hundred
    characters.
    """
    parts = (keys,) if isinstance(keys, re.Pattern) else keys
    word_from = number_from = first
    size = _FIRST_CHUNK if lazy else _KEY_CHUNK
    while first < last:
        stop = min(last, first + size)
        size = min(2 * size, _KEY_CHUNK)  # a caller that stops at the first date reads little
        reach = min(last, stop + _KEY_OVERLAP)
        found, word_from = _words_from(text, parts, word_from, reach, stop)
        for number in NUMBER_KEYS.finditer(text, number_from, reach):
            if number.start() >= stop:
                break
            found.append((number.start(), ""))
            number_from = number.end()
        found.sort(key=operator.itemgetter(0))  # stable: a word before a number at one offset
        yield from found
        word_from, number_from, first = max(word_from, stop), max(number_from, stop), stop


def scan(
    text: str,
    table: Calendar | None = None,
    *,
    windows: Iterable[tuple[int, int]] | None = None,
    names_only: bool = False,
    passed_over: Container[str] = (),
    steps: Steps | None = None,
) -> list[Expression]:
    """Every calendar expression of *text*, in order, read with *table* (guessed when None).

    Only around key words and numbers is the grammar tried, and only from the words that
    may open an expression: a scan costs one pass of a fast key pattern plus a few anchored
    matches per key. With *windows* (sorted ``(start, end)`` spans), only keys inside them
    are tried. With *names_only*, the key words are only month and weekday names: what
    calendar dates hold ("3 March 2025", "Tuesday"), not "last week" or "the spring". Matches
    of the forms in *passed_over* are skipped (their text is still read as theirs). *steps*
    is a memo (:data:`Steps`) shared with other scans of texts that hold the same stretches
    (a page and its body): the grammar is tried once per stretch; the result is the same.

    Examples:
        >>> [expression.form for expression in scan("Q3 2025 and the 1990s")]
        ['quarter_code', 'decade']
    """
    return list(
        iter_scan(
            text,
            table,
            windows=windows,
            names_only=names_only,
            passed_over=passed_over,
            lazy=False,
            steps=steps,
        )
    )


def iter_scan(
    text: str,
    table: Calendar | None = None,
    *,
    windows: Iterable[tuple[int, int]] | None = None,
    names_only: bool = False,
    passed_over: Container[str] = (),
    lazy: bool = True,
    steps: Steps | None = None,
) -> Iterator[Expression]:
    """The expressions of :func:`scan`, one at a time: a caller that stops early pays less.

    With *lazy* (the default) the text is read in chunks that start short, for a caller
    that may stop at the first expression; :func:`scan`, which reads them all, does not.

    Examples:
        >>> next(iter_scan("On 3 March 2025 and 4 March 2025")).text
        '3 March 2025'
    """
    if table is None:
        table = guess_calendar(text)
    language = table.language
    prefixes = _prefixes(language)
    keys = _key_parts(language, names_only=names_only)
    forms_of = key_forms(language)
    spans = [(0, len(text))] if windows is None else windows
    done = 0
    memo: Steps = {} if steps is None else steps  # a repeated piece of text: one step
    patterns: dict[str, regex.Pattern[str]] = {}  # the forms this scan has used
    near: _Near | None = None  # starts and openings met again, once the text proves dense
    tried = 0  # the steps this scan has computed
    for window_start, window_end in spans:
        first = max(done, window_start)
        for key, word in _keys_in(text, keys, first, window_end, lazy=lazy):
            if key < done:
                continue
            low, high = max(0, key - _MEMO_BACK), key + _MEMO_AHEAD
            memo_key = (language, word, max(done - key, -_LOOKBACK), key - low, text[low:high])
            step = memo.get(memo_key)
            if step is None or not (step[4] or step[2] in passed_over):
                # not met yet, or met by a scan that passed its form over: not read
                tried += 1
                if tried == _NEAR_AFTER:
                    near = _Near({}, {})
                step = _step(
                    text, key, word, done, table, forms_of, prefixes, passed_over, patterns, near
                )
                # All it read lies inside the window, or the window holds the text's end (a
                # text that goes on past it has a longer window): reusable.
                if step[1] - key <= _MEMO_AHEAD - _MEMO_MARGIN or high > len(text):
                    if len(memo) >= _MEMO_SIZE:
                        memo.clear()
                    memo[memo_key] = step
            origin, end, form, expression, _read = step
            if end < 0:
                continue
            done = end + key - origin
            if expression is not None and form not in passed_over:
                if origin != key:  # the same step met earlier at another place of the text
                    shift = key - origin
                    expression = expression._replace(
                        start=expression.start + shift, end=expression.end + shift
                    )
                yield expression

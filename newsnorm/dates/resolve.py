"""Turn an :class:`~newsnorm.dates.grammar.Expression` into a TIMEX3 value at its granularity.

Absolute expressions ("12 March 2025", "Q3 2025", "the 1990s") carry their value. Relative
ones ("last week", "Tuesday", "in May", "three years ago") are anchored on the *reference*
date; without one they keep what they can ("XXXX-05") or no value at all (a bare weekday).

A day or month named without a year, or a bare weekday, can point before or after the
reference. News mostly reports what happened, so a bare weekday is the latest one on or
before the reference; a month or day is the nearest one. The clause around the expression
can overrule: a future cue ("will", "is expected to", "until", a deadline's "by") moves it
to the next occurrence, a past cue ("was", "had", a verb in "-ed") to the last one. The cue
words are calendar data, per language.

Examples:
    >>> import datetime as dt
    >>> from newsnorm.dates.grammar import scan
    >>> resolve(scan("last week")[0], text="last week", reference=dt.date(2025, 1, 23))
    ('2025-W03', 'week')
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import Final, TypeVar

import regex

from newsnorm.dates.grammar import Expression
from newsnorm.dates.vocabulary import Calendar, calendar
from newsnorm.model import is_timex_value

__all__ = ["resolve", "tense_at"]

_Value = TypeVar("_Value")

_SEASONS: Final = ("SP", "SU", "FA", "WI")
_CLAUSE_END: Final = regex.compile(r"[.!?;:,\n\u2014](?:\s|$)")
_CLAUSE_START: Final = regex.compile(r"(?r)[.!?;:,\n\u2014](?:\s|\Z)")
_PREVIOUS_WORD: Final = regex.compile(r"(?r)([\p{L}'\u2019]++)\s*+\Z")
_AGO_THIS: Final = frozenset({"this_month", "this_week", "this_day"})
_NEAR_DAYS: Final = 7  # a day this close to the reference is meant, whatever the tense
_WINDOW: Final = 90
_UNIT_REACH: Final = 16  # "fines de semana": the longest unit word, and a space
_REPORTING_LAG: Final = 1  # quarters: a quarter's results are news in the quarter after it


_LOWER: Final = "a-z\u00df-\u00f6\u00f8-\u00ff"  # the lower-case letters of the calendar languages


@functools.cache
def _cues(language: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """The tense cue pattern of *language* and its future prepositions.

    The pattern is tried at every word of a clause, so it is compiled with the standard
    ``re``, several times faster than ``regex`` here; it stays linear (tries of bounded
    words, one possessive run of letters).
    """
    from newsnorm.dates.patterns import _trie, _variants  # noqa: PLC0415 - shared pattern helpers

    table = calendar(language)
    tense = table.raw.get("tense", {})

    def words(key: str) -> str:
        variants = {
            variant for word in tense.get(key, ()) for variant in _variants(str(word), "any")
        }
        return _trie(variants) if variants else "(?!)"

    endings, unused = "", ""  # a kind of ending the language lists none of: a group never tried
    for group, key in (("past_form", "past_suffixes"), ("future_form", "future_suffixes")):
        ends = "|".join(f"(?<=[{_LOWER}]{{2}}{re.escape(suffix)})" for suffix in tense.get(key, ()))
        if ends:  # a lower-case word ending with one of the suffixes
            endings += rf"|(?P<{group}>[{_LOWER}]{{2,}}+(?:{ends}))"
        else:
            unused += rf"(?:(?P<{group}>(?!)))?"
    cue = re.compile(
        rf"(?<![^\W\d_])(?<!['\u2019])(?:(?P<future>{words('future')})|(?P<past>{words('past')})"
        rf"{endings})(?![^\W\d_])(?!['\u2019]){unused}"
    )
    prepositions = frozenset(str(word).lower() for word in tense.get("future_prepositions", ()))
    return cue, prepositions


@functools.cache
def _phrases(language: str, key: str) -> frozenset[str]:
    """The phrases *key* of *language*'s tense data, lower-cased."""
    words = calendar(language).raw.get("tense", {}).get(key, ())
    return frozenset(str(word).lower() for word in words)


@functools.cache
def _ending(language: str, key: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A pattern for text that ends with one of the phrases *key* (a whole word).

    Also the phrases' last words (both apostrophes): text that ends with none of them
    cannot match, which a string test tells faster than the pattern.
    """
    from newsnorm.dates.patterns import _trie  # noqa: PLC0415 - shared pattern helper

    phrases = _phrases(language, key)
    body = _trie(phrases) if phrases else "(?!)"
    lasts = {phrase.split(" ")[-1].replace("\u2019", "'") for phrase in phrases}
    endings = lasts | {word.replace("'", "\u2019") for word in lasts}
    return re.compile(rf"(?<![^\W\d_])(?:{body})\Z"), tuple(sorted(endings))


_TAIL: Final = 40  # the longest phrase looked for right before an expression, and more


def _ends_with(before: str, language: str, key: str) -> bool:
    """Whether *before* (lower-cased, apostrophes straight) ends with a phrase of *key*."""
    pattern, endings = _ending(language, key)
    if not before.endswith(endings):
        return False
    return pattern.search(before, max(0, len(before) - _TAIL)) is not None


_RANGE_REACH: Final = 60  # "from Aug. 26 to": the range's opener lies this close
_OPENING_WORDS: Final = 2  # "In March, ...": a phrase this short opens its clause
_AUXILIARY_REACH: Final = 14  # "will be paid": an auxiliary this close makes a participle future


def tense_at(
    text: str,
    start: int,
    end: int,
    table: Calendar,
    *,
    prepositions: bool = True,
) -> int:
    """The tense of the clause around ``text[start:end]``: 1 future, -1 past, 0 unknown.

    The model, in order (the words are calendar data, per language):

    1. A preposition of a start or a range right before the expression ("from 12 July",
       "effective June 1", "à partir de"): 0, the nearest occurrence.
    2. With *prepositions*, a future preposition right before it ("until May", "by 14
       March") makes it future, unless a possessive follows ("to December's figures") or
       the clause opened a range before it ("from Aug. 26 to Oct. 20"). Without it (bare
       weekdays), only the weekday's own future prepositions count ("as early as Tuesday",
       "postponed until Tuesday").
    3. Otherwise the cue nearest the expression in its clause decides, before or after it
       ("will sail on 3 May", "the 14 March deadline"); a past participle right after a
       future auxiliary is future ("will be paid Dec. 9"), after a present auxiliary no
       tense ("is heard in May"). A sentence that opens with the expression ("In March,
       the firm cut ...") reads its cue from the rest of the sentence.
    4. An inner clause with no cue and no opener of its own ("..., her only stop
       Friday") takes the nearest cue before it in its sentence, the governing verb.

    Examples:
        >>> text = "The ferry will sail on 3 May."
        >>> tense_at(text, 23, 28, calendar("en"))
        1
        >>> text = "The dividend will be paid Dec. 9."
        >>> tense_at(text, 26, 32, calendar("en"))
        1
    """
    language = table.language
    cue, future_prepositions = _cues(language)
    left = max(0, start - _WINDOW)
    boundary = _CLAUSE_START.search(text, left, start)
    inner = False  # whether the clause follows a break inside the sentence, not its start
    if boundary is not None:
        left = boundary.end()
        inner = boundary.group()[0] in _INNER_BREAKS
    elif left > 0:
        space = text.find(" ", left, start)
        left = start if space < 0 else space + 1  # never start inside a word
    before = text[max(left, start - _TAIL) : start].rstrip().lower().replace("\u2019", "'")
    if _ends_with(before, language, "nearest_prepositions"):
        return 0
    possessive = text.startswith(("'s", "\u2019s"), end)
    if prepositions:
        previous = _PREVIOUS_WORD.search(text, left, start)
        if (
            previous is not None
            and previous.group(1).lower().replace("\u2019", "'") in future_prepositions
            and not possessive
            and not _opens_range(text[max(0, start - _RANGE_REACH) : start].lower(), language)
            and not _ends_period(text, left, previous.start(), language)
        ):
            return 1
    leaning = 0  # a weekday's future preposition, unless a past cue says otherwise
    if not prepositions and _ends_with(before, language, "weekday_future_prepositions"):
        leaning = 1
    last = None  # the cue nearest before the expression
    for found in reversed(list(cue.finditer(text, left, start))):
        if not _is_adjective(text, left, found, language):
            last = found
            break
    right = min(len(text), end + _WINDOW // 2)
    cut = _CLAUSE_END.search(text, end, right)
    if cut is not None:
        right = cut.start()
    first = cue.search(text, end, right)  # the cue nearest after the expression
    read_on = (
        cut is not None
        and not inner
        and last is None
        and len(before.split()) <= _OPENING_WORDS
        and first is None
    )
    if read_on:  # "In March, the firm cut ...": the sentence's verb, when it is past
        far = min(len(text), end + _WINDOW)
        sentence = _SENTENCE_CUT.search(text, end, far)
        verb = cue.search(text, end, sentence.start() if sentence is not None else far)
        if verb is not None and not (verb.group("future") or verb.group("future_form")):
            return -1
        stop = sentence.start() if sentence is not None else far
        if verb is None and not prepositions and _schedules(text, end, stop, language):
            return 1  # "On Monday the panel meets again"
        return leaning
    while first is not None and _is_adjective(text, end, first, language):
        first = cue.search(text, first.end(), right)
    if last is None and first is None and inner and not _opens_clause(text, left, start, language):
        # an inner clause with no verb of its own ("..., her first stop Tuesday"): the
        # sentence's verb before it governs it
        last = _governing(text, left, cue, language)
    if last is None and first is None:
        if not prepositions and _schedules(text, left, right, language):
            return 1  # "the committee meets on Tuesday": a present that names a plan
        return leaning
    if first is None or (last is not None and start - last.end() <= first.start() - end):
        chosen = last
    else:
        chosen = first
    assert chosen is not None  # noqa: S101 - one of the two is set here
    if chosen.group("future") or chosen.group("future_form"):
        return 1
    weekday_future = _phrases(language, "weekday_future")
    if not prepositions and chosen is last and chosen.group().lower() in weekday_future:
        return 1  # "host the leaders on Thursday", "a rally planned on Saturday"
    if _after_auxiliary(text, left, chosen.start(), language):
        return 1  # "will be paid", "would be completed"
    if _after_auxiliary(text, left, chosen.start(), language, "present_auxiliaries"):
        return leaning  # "when the case is heard in May": a present passive, no tense
    return -1


_SENTENCE_CUT: Final = regex.compile(r"[.!?;\n](?:\s|$)")
_SENTENCE_START: Final = regex.compile(r"(?r)[.!?;\n](?:\s|\Z)")
_INNER_BREAKS: Final = ",:\u2014"  # breaks inside a sentence: the clause after one is governed


_FIRST_WORD: Final = re.compile(r"\s*+([^\W\d_]+['\u2019]?)")


def _opens_clause(text: str, left: int, start: int, language: str) -> bool:
    """Whether the text from *left* opens a clause with a verb of its own ("and", "which").

    Such a clause has its own tense ("Revenue rose, and the board meets on 9 September"),
    so the sentence's verb before it does not govern it.
    """
    word = _FIRST_WORD.match(text, left, start)
    return word is not None and word.group(1).lower().replace("\u2019", "'") in _phrases(
        language, "clause_openers"
    )


def _governing(text: str, left: int, cue: re.Pattern[str], language: str) -> re.Match[str] | None:
    """The cue nearest before *left* in the sentence: the verb that governs an inner clause.

    "The minister is scheduled to land at noon, her first stop Tuesday": the clause of the
    weekday has no cue of its own, and the sentence's verb phrase gives its tense.
    """
    far = max(0, left - _WINDOW)
    start = _SENTENCE_START.search(text, far, left)
    if start is not None:
        far = start.end()
    elif far > 0:
        space = text.find(" ", far, left)
        far = left if space < 0 else space + 1  # never start inside a word
    for found in reversed(list(cue.finditer(text, far, left))):
        if not _is_adjective(text, far, found, language):
            return found
    return None


def _is_adjective(text: str, left: int, found: re.Match[str], language: str) -> bool:
    """Whether a past form is an adjective after a determiner ("the increased dividend")."""
    if not found.group("past_form"):
        return False
    previous = _PREVIOUS_WORD.search(text, max(left, found.start() - 20), found.start())
    return previous is not None and previous.group(1).lower() in _phrases(
        language, "adjective_openers"
    )


@functools.cache
def _scheduling(language: str) -> re.Pattern[str]:
    """A pattern for the verbs of *language* whose present names a plan ("meets", "opens")."""
    from newsnorm.dates.patterns import _trie  # noqa: PLC0415 - shared pattern helper

    words = _phrases(language, "weekday_future")
    body = _trie(words) if words else "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])")


def _schedules(text: str, left: int, right: int, language: str) -> bool:
    """Whether the clause ``text[left:right]`` holds a verb whose present names a plan."""
    return _scheduling(language).search(text, left, right) is not None


@functools.cache
def _period_units(language: str) -> frozenset[str]:
    """The words of *language* for a span longer than a day ("year", "months", "Quartal")."""
    units = calendar(language).raw.get("units", {})
    return frozenset(
        str(word).lower() for unit, words in units.items() if unit != "day" for word in words
    )


def _ends_period(text: str, left: int, position: int, language: str) -> bool:
    """Whether the word before a future preposition at *position* takes its future away.

    A unit word ("the year to March") makes the preposition mark where a period ends, and
    a word of the tense data's ``tenseless_before`` ("prior to March") makes it mean
    "before": neither is a time still to come.
    """
    previous = _PREVIOUS_WORD.search(text, max(left, position - _UNIT_REACH), position)
    if previous is None:
        return False
    word = previous.group(1).lower()
    return word in _period_units(language) or word in _phrases(language, "tenseless_before")


def _opens_range(before: str, language: str) -> bool:
    """Whether the clause before a date opened a range ("from Aug. 26 to", "between ... and")."""
    words = set(before.split()[-8:-1])
    return any(opener in words for opener in _phrases(language, "range_openers"))


def _after_auxiliary(
    text: str, left: int, position: int, language: str, key: str = "future_auxiliaries"
) -> bool:
    """Whether an auxiliary of *key* ends just before *position* ("will be" before "paid")."""
    before = text[max(left, position - _AUXILIARY_REACH) : position].rstrip().lower()
    return _ends_with(before.replace("\u2019", "'"), language, key)


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _shift_month(reference: dt.date, months: int) -> str:
    index = _month_index(reference.year, reference.month) + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _quarter(reference: dt.date, shift: int) -> str:
    index = reference.year * 4 + (reference.month - 1) // 3 + shift
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def _quarter_candidates(quarter: int, reference: dt.date) -> list[tuple[int, int]]:
    """``(distance, year)`` for the quarter *quarter* of the years around *reference*.

    The distance is counted in quarters from the last quarter that has ended by the
    reference (``_REPORTING_LAG``): a story names the quarter it reports on, so in January
    the "fourth quarter" is the one just ended and the "first quarter" is the one under way.
    """
    ended = reference.year * 4 + (reference.month - 1) // 3 - _REPORTING_LAG
    return [
        (year * 4 + quarter - 1 - ended, year)
        for year in range(reference.year - 1, reference.year + 2)
    ]


def _quarter_needs_tense(expression: Expression, reference: dt.date | None) -> bool:
    """Whether the year of a quarter named without one depends on its clause's tense.

    Only when two quarters of that name are as near (two quarters before and after the
    last one ended) does :func:`resolve` read the tense; otherwise the nearest wins, and
    the value depends on the expression and the reference alone.

    Examples:
        >>> from newsnorm.dates.grammar import scan
        >>> quarter = scan("the third quarter")[0]
        >>> _quarter_needs_tense(quarter, dt.date(2025, 11, 3))  # the one just reported
        False
        >>> _quarter_needs_tense(quarter, dt.date(2025, 5, 6))  # 2024's, or 2025's to come
        True
    """
    if (
        reference is None
        or expression.form not in {"quarter", "quarter_code"}
        or expression.year is not None
        or expression.year_offset is not None
        or expression.relation == "year_before"
        or not 1 <= (expression.quarter or 0) <= 4
    ):
        return False
    return _quarter_tied(expression.quarter or 1, reference.year, (reference.month - 1) // 3)


@functools.lru_cache(maxsize=64)
def _quarter_tied(quarter: int, year: int, index: int) -> bool:
    """Whether two quarters *quarter* are as near to the quarter *index* (0-3) of *year*."""
    distances = sorted(
        abs(pair[0]) for pair in _quarter_candidates(quarter, dt.date(year, index * 3 + 1, 1))
    )
    return distances[0] == distances[1]


def _quarter_year(candidates: Sequence[tuple[int, int]], tense: int, year: int) -> int:
    """The year of a quarter named without one: the nearest, or of two as near, by tense.

    Of two as near, a past clause takes the earlier, a future clause the later ("will
    restart in the first quarter" in November), no tense the one of *year*.
    """
    nearest = min(abs(pair[0]) for pair in candidates)
    tied = sorted(pair[1] for pair in candidates if abs(pair[0]) == nearest)
    if len(tied) == 1:
        return tied[0]
    if tense:
        return tied[-1] if tense > 0 else tied[0]
    return year if year in tied else tied[0]


def _pick(candidates: Sequence[tuple[int, _Value]], tense: int, *, tie: int = -1) -> _Value:
    """Choose among ``(distance, value)`` pairs: nearest, or the latest past / next future.

    Two as near (half a year either way) go to the past when *tie* is -1, else the future.
    """
    future = [pair for pair in candidates if pair[0] >= 0]
    if tense > 0 and future:
        return min(future, key=lambda pair: pair[0])[1]
    past = [pair for pair in candidates if pair[0] <= 0]
    if tense < 0 and past:
        return max(past, key=lambda pair: pair[0])[1]
    return min(candidates, key=lambda pair: (abs(pair[0]), -tie * pair[0]))[1]  # a tie: *tie*


def _month_value(expression: Expression, reference: dt.date | None, tense: int) -> str | None:
    month = expression.month or 1
    if expression.year is not None:
        return f"{expression.year:04d}-{month:02d}"
    if reference is None:
        return f"XXXX-{month:02d}"
    if expression.year_offset is not None:
        return f"{reference.year + expression.year_offset:04d}-{month:02d}"
    offset = expression.offset
    if offset is not None:
        if offset < 0:
            year = reference.year if month < reference.month else reference.year - 1
        elif offset > 0:
            year = reference.year if month > reference.month else reference.year + 1
        else:
            year = reference.year
        return f"{year:04d}-{month:02d}"
    here = _month_index(reference.year, reference.month)
    candidates = [
        (_month_index(year, month) - here, year)
        for year in range(reference.year - 1, reference.year + 2)
    ]
    return f"{_pick(candidates, tense):04d}-{month:02d}"


def _day_value(expression: Expression, reference: dt.date | None, tense: int) -> str | None:
    month, day = expression.month or 1, expression.day or 1
    if expression.year is not None:
        try:
            return dt.date(expression.year, month, day).isoformat()
        except ValueError:
            return None
    if day > (29 if month == 2 else 30 if month in {4, 6, 9, 11} else 31):
        return None
    if reference is None:
        return f"XXXX-{month:02d}-{day:02d}"
    candidates: list[tuple[int, dt.date]] = []
    for year in range(reference.year - 1, reference.year + 2):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        candidates.append(((candidate - reference).days, candidate))
    if not candidates:
        return None  # 29 February with no leap year around the reference
    if expression.weekday is not None:  # "Thursday, April 6": the year where they agree
        agreeing = [pair for pair in candidates if pair[1].isoweekday() == expression.weekday]
        if agreeing:
            return min(agreeing, key=lambda pair: abs(pair[0]))[1].isoformat()
    nearest = min(candidates, key=lambda pair: abs(pair[0]))
    chosen = nearest[1] if abs(nearest[0]) <= _NEAR_DAYS else _pick(candidates, tense)
    return chosen.isoformat()


def _easter(year: int) -> dt.date:
    """Easter Sunday of *year* (Gregorian; the anonymous algorithm of 1876)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The *nth* *weekday* (ISO, Monday 1) of *month*; a negative *nth* counts from the end."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-nth - 1))


def _movable(rule: str, year: int) -> dt.date | None:
    """The day of a movable holiday in *year* ("easter", "us_thanksgiving", ...)."""
    if rule.startswith(("easter", "good_friday")):
        shift = {"easter": 0, "easter_monday": 1, "good_friday": -2}.get(rule, 0)
        return _easter(year) + dt.timedelta(days=shift)
    rules = {
        "us_thanksgiving": (11, 4, 4),  # the fourth Thursday of November
        "us_memorial": (5, 1, -1),  # the last Monday of May
        "us_labor": (9, 1, 1),  # the first Monday of September
    }
    if rule in rules:
        return _nth_weekday(year, *rules[rule])
    if rule == "us_election":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    return None


def _movable_value(
    rule: str, year: int | None, reference: dt.date | None, tense: int
) -> str | None:
    if year is not None:
        day = _movable(rule, year)
        return day.isoformat() if day else None
    if reference is None:
        return None
    candidates = [
        ((day - reference).days, day)
        for candidate in range(reference.year - 1, reference.year + 2)
        if (day := _movable(rule, candidate)) is not None
    ]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda pair: abs(pair[0]))
    return (nearest[1] if abs(nearest[0]) <= _NEAR_DAYS else _pick(candidates, tense)).isoformat()


def _weekday_value(expression: Expression, reference: dt.date | None, tense: int) -> str | None:
    if reference is None or expression.weekday is None:
        return None
    back = (reference.isoweekday() - expression.weekday) % 7
    ahead = (expression.weekday - reference.isoweekday()) % 7
    if expression.offset is not None and expression.offset < 0:
        delta = -(back or 7)
    elif expression.offset is not None and expression.offset > 0:
        delta = ahead or 7
    elif expression.offset == 0 or tense > 0:
        delta = ahead
    else:
        delta = -back
    return (reference + dt.timedelta(days=delta)).isoformat()


def _season_value(expression: Expression, reference: dt.date | None, tense: int = 0) -> str | None:
    season = expression.season or "SU"
    if expression.year is not None:
        return f"{expression.year:04d}-{season}"
    if reference is None:
        return f"XXXX-{season}"
    if expression.year_offset is not None:
        return f"{reference.year + expression.year_offset:04d}-{season}"
    current = (reference.month % 12) // 3 - 1  # December-February is winter of the year before
    year = reference.year if reference.month >= 3 else reference.year - 1
    current %= 4
    index = _SEASONS.index(season)
    offset = expression.offset
    if offset is None:  # "the summer": the nearest, or the latest past / next one by tense
        candidates = [
            (4 * (candidate - year) + index - current, candidate)
            for candidate in (year - 1, year, year + 1)
        ]
        return f"{_pick(candidates, tense, tie=1):04d}-{season}"  # half a year off: ahead
    if offset < 0:
        year = year if index < current else year - 1
    elif offset > 0:
        year = year if index > current else year + 1
    return f"{year:04d}-{season}"


def _unit_value(unit: str, shift: int, reference: dt.date | None) -> tuple[str | None, str]:
    if reference is None:
        return None, "week" if unit == "weekend" else unit  # a weekend is a week's part
    if unit == "day":
        return (reference + dt.timedelta(days=shift)).isoformat(), "day"
    if unit == "week":
        return _week(reference + dt.timedelta(weeks=shift)), "week"
    if unit == "weekend":  # TIMEX3 "2025-W10-WE", where the data model admits it
        week = _week(reference + dt.timedelta(weeks=shift))
        return (f"{week}-WE" if is_timex_value(f"{week}-WE") else week), "week"
    if unit == "month":
        return _shift_month(reference, shift), "month"
    if unit == "quarter":
        return _quarter(reference, shift), "quarter"
    if unit == "decade":
        return f"{reference.year // 10 + shift:03d}", "decade"
    return f"{reference.year + shift:04d}", "year"


def resolve(
    expression: Expression,
    *,
    text: str,
    reference: dt.date | None,
    order: str | None = None,
    table: Calendar | None = None,
) -> tuple[str | None, str] | None:
    """The TIMEX3 value and granularity of *expression*, or ``None`` when it names no date.

    Args:
        expression: What the grammar found.
        text: The text the expression was found in (its clause gives the tense).
        reference: The date relative expressions resolve against, or ``None``.
        order: ``"DMY"`` or ``"MDY"`` for numeric dates whose order is open, or ``None``.
        table: The calendar of the text (English when ``None``).

    A value outside the years 1 to 9999 ("3000 years ago", "tomorrow" on 31 December
    9999) is ``None``: TIMEX3 calendar values have four-digit years.

    Examples:
        >>> from newsnorm.dates.grammar import scan
        >>> resolve(scan("the 1990s")[0], text="the 1990s", reference=None)
        ('199', 'decade')
    """
    try:
        resolved = _resolve(expression, text=text, reference=reference, order=order, table=table)
    except (OverflowError, ValueError):  # date arithmetic beyond year 1 or 9999
        return None
    if resolved is not None and resolved[0] is not None and not _in_range(resolved[0]):
        return None, resolved[1]
    return resolved


def _in_range(value: str) -> bool:
    """Whether *value* starts with a year from 1 to 9999 (or with X's, or is a decade/century)."""
    head = value.split("-", 1)[0] if not value.startswith("-") else "-"
    return (head.isdigit() and len(head) <= 4 and int(head) > 0) or "X" in head


def _resolve(
    expression: Expression,
    *,
    text: str,
    reference: dt.date | None,
    order: str | None = None,
    table: Calendar | None = None,
) -> tuple[str | None, str] | None:
    table = table or calendar("en")
    form = expression.form
    if form in {"iso", "numeric", "numeric_short"}:
        return _numeric_value(expression, order), "day"
    if form == "week":
        return f"{expression.year:04d}-W{expression.offset:02d}", "week"
    if form in {"quarter", "quarter_code"}:
        if not 1 <= (expression.quarter or 0) <= 4:
            return None
        year = expression.year or (reference.year if reference else None)
        if expression.year is None and reference is not None:
            year = reference.year + (expression.year_offset or 0)
            if expression.relation == "year_before":
                year -= 1  # "the year-ago third quarter"
            elif expression.year_offset is None:  # "the fourth quarter": which year's
                candidates = _quarter_candidates(expression.quarter or 1, reference)
                tense = (
                    tense_at(text, expression.start, expression.end, table)
                    if _quarter_needs_tense(expression, reference)
                    else 0
                )
                year = _quarter_year(candidates, tense, year)
        return (
            f"{year:04d}-Q{expression.quarter}" if year else f"XXXX-Q{expression.quarter}",
            "quarter",
        )
    if form == "century":
        return expression.century, "century"
    if form == "decade":
        return expression.decade, "decade"
    if form == "year":
        return f"{expression.year:04d}", "year"
    if form == "ago" and expression.relation in _AGO_THIS and reference is not None:
        # "ten years ago this month": the reference's month (or week, day), that many years back
        unit, within = expression.unit or "year", expression.relation.removeprefix("this_")
        months = (expression.offset or 0) * {"year": 12, "decade": 120}.get(unit, 0)
        if months and within in {"month", "week", "day"}:
            return _shift_month(reference, months), "month"
    if form in {"unit_relative", "ago", "day_word"}:
        return _unit_value(expression.unit or "day", expression.offset or 0, reference)
    needs_tense = reference is not None and expression.year is None and expression.offset is None
    weekday = form == "weekday"
    if weekday and text.startswith(("'s", "\u2019s"), expression.end):
        needs_tense = False  # "Tuesday's vote": an event already reported
    tense = (
        tense_at(text, expression.start, expression.end, table, prepositions=not weekday)
        if needs_tense
        else 0
    )
    if form in {"day_month", "month_day"} or (form == "holiday" and expression.unit is None):
        return _day_value(expression, reference, tense), "day"
    if form == "holiday":
        return _movable_value(expression.unit or "", expression.year, reference, tense), "day"
    if form in {"month", "relative_month"}:
        return _month_value(expression, reference, tense), "month"
    if form == "season":
        return _season_value(expression, reference, tense), "season"
    if form == "weekday":
        return _weekday_value(expression, reference, tense), "day"
    return None


def _numeric_value(expression: Expression, order: str | None) -> str | None:
    year = expression.year or 0
    if expression.form == "iso":
        month, day = expression.month or 0, expression.day or 0
    else:
        first, second = expression.first or 0, expression.second or 0
        if first > 12 or first == second:
            day, month = first, second
        elif second > 12:
            month, day = first, second
        elif order == "DMY":
            day, month = first, second
        elif order == "MDY":
            month, day = first, second
        else:
            return f"{year:04d}-XX-XX"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None

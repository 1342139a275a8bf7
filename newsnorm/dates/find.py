"""Find every date of a text (:func:`find_dates`) and parse one date string (:func:`parse_date`).

The grammar finds the expressions, :mod:`~newsnorm.dates.order` settles the page's numeric
day/month order once, and :mod:`~newsnorm.dates.resolve` gives each expression its value.

Examples:
    >>> [mention.value for mention in find_dates("Sales rose 4% in 2024.")]
    ['2024']
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, NamedTuple

import regex

from newsnorm.dates.discourse import Anchors, anchored_value
from newsnorm.dates.grammar import Expression, Steps, iter_scan, scan
from newsnorm.dates.order import check_order, infer_order
from newsnorm.dates.resolve import _quarter_needs_tense, resolve
from newsnorm.dates.vocabulary import Calendar, guess_calendar
from newsnorm.model import GRANULARITIES, DateMention, _text_mention, is_timex_value
from newsnorm.text import _check_text

__all__ = ["find_dates", "parse_date"]

_FOUR_DIGITS: Final = re.compile(r"\d{4}")  # the standard engine: cheaper per call


_FULL_FORMS: Final = frozenset({"iso", "numeric", "day_month", "month_day"})
_NOT_FULL: Final = frozenset({"year", "decade", "century", "week", "quarter_code"})
_ORDER_REACH: Final = 2_000  # how far past a numeric date parse_date looks for its order
_PAGE_ONLY: Final = frozenset({"numeric_short"})
"""Forms only a page's own date is read from ("31.10.23" in a byline), never a story's."""
_ANCHORED: Final = frozenset({"period", "shift"})
"""Forms resolved on the periods the text has named (:mod:`~newsnorm.dates.discourse`)."""
_SENTENCE_END: Final = regex.compile(r"[.!?](?:\s|$)|\n")


def _takes_anchor(expression: Expression) -> bool:
    """A month or day named without a year, "last" or "next": its sentence's year applies."""
    return (
        expression.form in {"month", "day_month", "month_day"}
        and expression.year is None
        and expression.offset is None
        and expression.year_offset is None
    )


def _framing_year(
    expression: Expression, text: str, reference: dt.date | None, table: Calendar
) -> int | None:
    """The year an expression sets for the rest of its sentence ("this year", "in 2023")."""
    if expression.form == "unit_relative" and expression.unit == "year" and reference is not None:
        return reference.year + (expression.offset or 0)
    if expression.form == "year" and expression.year is not None:
        before = text[max(0, expression.start - 12) : expression.start].split()
        if before and before[-1].lower() in table.word_set("framing_prepositions"):
            return expression.year
    return None


_CLAUSE_BREAK: Final = regex.compile(r"[,;:(\u2014]|\b(?:that|which|who|when)\b")
_OPENER: Final = regex.compile(r"(?r)(?:^|[.!?:\n])[\s\"'\u201c]*+(?:\p{L}++\s++){0,2}\Z")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the phrase at *start* opens its sentence ("In 2023, ...", "During 2023 the ...").

    Such a year frames the whole sentence; a year met mid-sentence ("a plan approved in 1987
    that ..., the firm bought shares through Sept. 29") frames only its own clause.
    """
    return _OPENER.search(text, max(0, start - 40), start) is not None


def _may_compare(expression: Expression) -> bool:
    """Whether *expression* is "a year ago", which may compare two periods."""
    return expression.form == "ago" and expression.unit == "year" and expression.offset == -1


def _compares_period(expression: Expression, anchors: Anchors, reference: dt.date | None) -> bool:
    """Whether "a year ago" compares the quarter under discussion with its year-earlier one."""
    return _may_compare(expression) and anchors.discussed(reference) is not None


_RESOLVE_REACH: Final = 120  # resolve reads at most 111 characters around an expression
_CONTEXT_FREE: Final = frozenset(
    {"iso", "numeric", "numeric_short", "week", "century", "decade"}
    | {"year", "ago", "unit_relative", "day_word"}
)
"""Forms whose value :func:`resolve` reads from the expression alone, never from its clause."""
_TENSED: Final = frozenset({"day_month", "month_day", "holiday", "month", "relative_month"})
"""Forms that read their clause's tense only with a reference and no year or offset stated."""
_QUARTERS: Final = frozenset({"quarter", "quarter_code"})
"""Forms that read their clause's tense only where it can change the year (quarters)."""
_RESOLVED_SIZE: Final = 4_096  # distinct values kept: a text that does not repeat keeps memory flat


def _resolve_near(
    expression: Expression,
    text: str,
    *,
    reference: dt.date | None,
    order: str | None,
    table: Calendar,
    resolutions: dict[tuple[tuple[object, ...], int, str], tuple[str | None, str] | None],
) -> tuple[str | None, str] | None:
    """:func:`resolve`, once per expression and surrounding text within one call.

    A value depends on the expression and the text within ``_RESOLVE_REACH`` of it (the
    tense of its clause), so a text that repeats a sentence resolves it once.
    """
    if (
        expression.form in _CONTEXT_FREE
        or (
            expression.form in _TENSED
            and (reference is None or expression.year is not None or expression.offset is not None)
        )
        or (expression.form in _QUARTERS and not _quarter_needs_tense(expression, reference))
    ):
        key = (expression[:1] + expression[3:], 0, "")  # its value ignores the text around it
    else:
        low = max(0, expression.start - _RESOLVE_REACH)
        key = (
            expression[:1] + expression[3:],  # all but its offsets
            expression.start - low,
            text[low : expression.end + _RESOLVE_REACH],
        )
    if key in resolutions:
        return resolutions[key]
    if len(resolutions) >= _RESOLVED_SIZE:
        resolutions.clear()
    resolved = resolve(expression, text=text, reference=reference, order=order, table=table)
    resolutions[key] = resolved
    return resolved


def _check_reference(reference: object) -> dt.date | None:
    """*reference* as a date: a date, a datetime or an ISO 8601 string ("2025-01-23")."""
    if reference is None:
        return None
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    if isinstance(reference, str):
        try:
            return dt.datetime.fromisoformat(reference.strip()).date()
        except ValueError:
            msg = f"reference must be an ISO 8601 date such as '2025-01-23', got {reference!r}"
            raise ValueError(msg) from None
    kind = type(reference).__name__
    msg = f"reference must be a datetime.date, an ISO date string or None, got {kind}"
    raise TypeError(msg)


def find_dates(
    text: str, *, reference: dt.date | dt.datetime | str | None = None
) -> tuple[DateMention, ...]:
    """Find the calendar expressions of *text*, each with its TIMEX3 value.

    Args:
        text: Any text: a whole page or an article body.
        reference: The date relative expressions ("last week", "on Tuesday") resolve
            against, usually the publication date: a date, a datetime or an ISO 8601
            string ("2025-01-23"). Without it they keep what they can ("XXXX-05" for
            "in May") or no value at all. A value that would fall before year 1 or after
            9999 ("3000 years ago") is left out (``value`` ``None``), never raised.

    Returns:
        The mentions in text order, with offsets into *text*. Durations ("for three days"),
        sets ("every week") and look-alikes ("9/11", "24/7", "COVID-19") are not dates.

    Raises:
        TypeError: If *text* is not a ``str`` or *reference* not a date, a string or ``None``.
        ValueError: If *reference* is a string that is not an ISO 8601 date.

    Examples:
        >>> import datetime as dt
        >>> mentions = find_dates("The vote was on Tuesday; results come in May.",
        ...                       reference=dt.date(2025, 1, 23))
        >>> [(mention.text, mention.value) for mention in mentions]
        [('Tuesday', '2025-01-21'), ('May', '2025-05')]
    """
    _check_text(text)
    reference = _check_reference(reference)
    return _dates_of(text, _read_dates(text), reference)


class _Reading(NamedTuple):
    """A text's calendar expressions before resolution, and the calendar they were read with."""

    table: Calendar
    expressions: list[Expression]


def _read_dates(text: str, *, steps: Steps | None = None) -> _Reading:
    """The expressions :func:`find_dates` resolves, read from *text* (no reference needed yet).

    *steps* is a memo shared with the scans of the texts that hold the same stretches (the
    page a body was cut from): see :data:`~newsnorm.dates.grammar.Steps`.
    """
    table = guess_calendar(text)
    return _Reading(table, scan(text, table, passed_over=_PAGE_ONLY, steps=steps))


def _dates_of(text: str, reading: _Reading, reference: dt.date | None) -> tuple[DateMention, ...]:
    """The mentions of :func:`find_dates`: *reading*'s expressions resolved on *reference*."""
    table, expressions = reading
    if not expressions:
        return ()
    order = infer_order(expressions, table)
    mentions: list[DateMention] = []
    # (year, end offset, opens its sentence) of a year framing the sentence ("In 2023, ...")
    anchor: tuple[int, int, bool] | None = None
    anchors = Anchors()  # the periods named so far, for "the quarter", "a year earlier"
    named: list[tuple[str | None, str]] = []  # values not yet added to anchors
    resolutions: dict[tuple[tuple[object, ...], int, str], tuple[str | None, str] | None] = {}
    valid: set[str] = set()  # values a DateMention has checked
    for original in expressions:
        expression = original
        if anchor is not None:
            if _SENTENCE_END.search(text, anchor[1], expression.start) or (
                not anchor[2] and _CLAUSE_BREAK.search(text, anchor[1], expression.start)
            ):
                anchor = None
            else:
                anchor = (anchor[0], expression.start, anchor[2])  # searched up to here
        if anchor is not None and _takes_anchor(expression):
            expression = expression._replace(year=anchor[0])
        framing = _framing_year(expression, text, reference, table)
        if framing is not None:
            wide = expression.form != "year" or _opens_sentence(text, expression.start)
            anchor = (framing, expression.end, wide)  # "this year" frames its whole sentence
        if named and (
            expression.form in _ANCHORED
            or expression.relation == "year_before"
            or _may_compare(expression)
        ):
            anchors = anchors.extend(named)  # only these read the anchors
            named.clear()
        if _compares_period(expression, anchors, reference):
            expression = expression._replace(relation="year_before")
        resolved: tuple[str | None, str] | None
        if expression.form in _ANCHORED or expression.relation == "year_before":
            resolved = anchored_value(expression, anchors, reference)
        else:
            resolved = _resolve_near(
                expression,
                text,
                reference=reference,
                order=order,
                table=table,
                resolutions=resolutions,
            )
        if resolved is None:
            continue
        value, granularity = resolved
        if value is None and expression.form in _ANCHORED:
            continue  # "that day" with no day named before: nothing to point to
        if expression.form not in _ANCHORED and expression.relation is None:
            named.append((value, granularity))
        if value is not None and expression.form in _ANCHORED and not is_timex_value(value):
            value = None  # a year before 1 ("3000 years ago"): no TIMEX3 calendar value
        if value is None and expression.form in {"iso", "numeric", "day_month"} and expression.year:
            continue  # an impossible date such as 31/02/2025
        relative = _FOUR_DIGITS.search(expression.text) is None
        start, end, written = expression.start, expression.end, expression.text
        if (value is None or value in valid) and granularity in GRANULARITIES:
            mention = _text_mention(
                start, end, written, value=value, granularity=granularity, relative=relative
            )  # a value checked before
        else:  # checks the value (raises if malformed)
            mention = DateMention(start, end, written, value, granularity, relative)
            if value is not None:
                valid.add(value)
        mentions.append(mention)
    return tuple(mentions)


def parse_date(string: str, *, order: str | None = None) -> dt.date | None:
    """Parse the first full date (day, month and year) in *string*.

    Args:
        string: A date as pages write it: "2025-01-23", "23.01.2025", "Jan. 23, 2025",
            "23 janvier 2025", "Thursday, 23 January 2025 10:00".
        order: ``"DMY"``, ``"MDY"`` or ``"YMD"`` to read numeric dates whose order the string
            does not settle ("02/06/2025"); ``None`` leaves those unparsed unless the
            string's language settles it.

    Returns:
        The date, or ``None`` when *string* holds no full date.

    Raises:
        TypeError: If *string* is not a ``str``.
        ValueError: If *order* is not one of the values above.

    Examples:
        >>> parse_date("02/06/2025", order="DMY")
        datetime.date(2025, 6, 2)
        >>> parse_date("12. Februar 2025")
        datetime.date(2025, 2, 12)
    """
    _check_text(string, "string")
    order = check_order(order)
    table = guess_calendar(string)
    found: list[Expression] = []  # read so far, kept for the order of numeric dates
    expressions = iter_scan(string, table, names_only=True, passed_over=_NOT_FULL)
    index = 0
    while True:
        if index == len(found):
            following = next(expressions, None)
            if following is None:
                return None
            found.append(following)
        expression = found[index]
        index += 1
        if expression.form not in _FULL_FORMS or expression.year is None:
            continue
        if order == "YMD" and expression.form == "numeric":
            continue
        chosen = order
        if chosen is None and expression.form == "numeric":
            # the order may be settled by a date soon after ("02/06/2025, 30/05/2025")
            while found[-1].start < expression.end + _ORDER_REACH:
                following = next(expressions, None)
                if following is None:
                    break
                found.append(following)
            chosen = infer_order(found, table)
        resolved = resolve(expression, text=string, reference=None, order=chosen, table=table)
        if resolved is None or resolved[0] is None or "X" in resolved[0]:
            continue
        return dt.date.fromisoformat(resolved[0])

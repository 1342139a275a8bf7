"""Resolve expressions anchored on the period a text is discussing, not on its date.

"The quarter", "the year-earlier period", "that year", "the following month" and "three
weeks later" name a period through the dates the text has already given. A reader keeps
the latest one in mind; :class:`Anchors` does the same, one entry per granularity, and
:func:`anchored_value` reads a value from it:

* ``latest``/``the`` with a quarter or "period" ("the latest quarter", "the quarter"): the
  quarter the text last named, else the last quarter completed before the reference date;
  with a year ("the 1988 quarter") that quarter of the year given.
* ``same`` ("the same period", "the corresponding period last year"): the period last
  named, shifted by the relative year if one is given.
* ``year_before`` ("year-earlier", "the year-ago quarter"): the quarter last named a year
  earlier, else the year before the reference date's.
* ``shift`` ("three weeks later", "a year earlier"): the latest date named, moved by the
  amount, keeping its granularity ("a year earlier" after "the third quarter" is the third
  quarter of the year before).
* ``that``/``next``/``previous`` ("that year", "the following month"): the latest period of
  that unit, as it is or one unit on.
* ``past`` ("the past year"): the unit before the reference date's.

Examples:
    >>> anchors = Anchors()
    >>> anchors = anchors.add("1989-Q3", "quarter")
    >>> anchors.shifted("year", -1, prefer="quarter")
    ('1988-Q3', 'quarter')
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs

from newsnorm.dates.grammar import Expression

__all__ = ["Anchors", "anchored_value"]

_GRANULARITIES: Final = ("day", "month", "quarter", "year")
_MONTHS_IN: Final = {"month": 1, "quarter": 3, "year": 12}


def _months(value: str, granularity: str) -> tuple[int, int] | None:
    """*value* as (month index, day) with day 0 for periods; ``None`` when unreadable."""
    try:
        year = int(value[:4])
        if granularity == "day":
            return year * 12 + int(value[5:7]) - 1, int(value[8:10])
        if granularity == "month":
            return year * 12 + int(value[5:7]) - 1, 0
        if granularity == "quarter":
            return year * 12 + (int(value[6]) - 1) * 3, 0
        if granularity == "year":
            return year * 12, 0
    except ValueError:
        return None
    return None


def _render(index: int, day: int, granularity: str) -> str | None:
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        return None
    if granularity == "day":
        for candidate in (day, 30, 29, 28):  # "a month later" from 31 January: end of February
            try:
                return dt.date(year, month + 1, candidate).isoformat()
            except ValueError:
                continue
        return None
    if granularity == "month":
        return f"{year:04d}-{month + 1:02d}"
    if granularity == "quarter":
        return f"{year:04d}-Q{month // 3 + 1}"
    return f"{year:04d}"


def shift(value: str, granularity: str, unit: str, amount: int) -> str | None:
    """*value* moved by *amount* *unit* units, at its own granularity (``None`` if too coarse).

    Examples:
        >>> shift("1989-09-30", "day", "week", 1)
        '1989-10-07'
        >>> shift("1989", "year", "month", 2) is None
        True
    """
    if unit in {"day", "week"}:
        if granularity != "day":
            return None
        try:
            moved = dt.date.fromisoformat(value) + dt.timedelta(
                days=amount * (7 if unit == "week" else 1)
            )
        except (ValueError, OverflowError):
            return None
        return moved.isoformat()
    step = _MONTHS_IN.get(unit)
    if step is None or granularity not in _GRANULARITIES:
        return None
    if _MONTHS_IN.get(granularity, 0) > step:
        return None  # "a month later" after a year: no month to move
    parsed = _months(value, granularity)
    if parsed is None:
        return None
    return _render(parsed[0] + step * amount, parsed[1], granularity)


@attrs.frozen
class Anchors:
    """The latest value a text has named at each granularity, and the latest of all.

    Attributes:
        latest: ``granularity -> (order, value)``; order counts the mentions added.
        count: How many mentions were added.
        first_quarter: The first quarter the text named.
    """

    latest: dict[str, tuple[int, str]] = attrs.field(factory=dict)
    count: int = 0
    first_quarter: str | None = None

    def add(self, value: str | None, granularity: str) -> Anchors:
        """These anchors with *value* as the latest at *granularity* (unchanged for others)."""
        if value is None or "X" in value or granularity not in _GRANULARITIES:
            return self
        latest = dict(self.latest)
        latest[granularity] = (self.count, value)
        first = self.first_quarter or (value if granularity == "quarter" else None)
        return Anchors(latest, self.count + 1, first)

    def extend(self, named: list[tuple[str | None, str]]) -> Anchors:
        """These anchors after :meth:`add` of each ``(value, granularity)`` of *named*, in order."""
        latest = dict(self.latest)
        count, first = self.count, self.first_quarter
        for value, granularity in named:
            if value is None or "X" in value or granularity not in _GRANULARITIES:
                continue
            latest[granularity] = (count, value)
            count += 1
            if first is None and granularity == "quarter":
                first = value
        return Anchors(latest, count, first)

    def last(self, *granularities: str) -> tuple[str, str] | None:
        """The latest ``(value, granularity)`` among *granularities* (all when none given)."""
        best: tuple[int, str, str] | None = None
        for granularity in granularities or _GRANULARITIES:
            entry = self.latest.get(granularity)
            if entry is not None and (best is None or entry[0] > best[0]):
                best = (entry[0], entry[1], granularity)
        return (best[1], best[2]) if best else None

    def discussed(self, reference: dt.date | None) -> tuple[str, str] | None:
        """The quarter under discussion: the first one named that has begun by *reference*.

        An earnings story names its quarter first ("third-quarter profit rose") and then
        mentions others in passing ("a fourth-quarter charge"); "the quarter" and "the
        year-earlier period" mean the first.
        """
        if self.first_quarter is not None and (
            reference is None or self.first_quarter <= _reference_value(reference, "quarter")
        ):
            return self.first_quarter, "quarter"
        return self.last("quarter")

    def shifted(
        self, unit: str, amount: int, *, prefer: str | None = None
    ) -> tuple[str, str] | None:
        """The latest anchor (of granularity *prefer* first) moved by *amount* *unit* units."""
        found = (self.last(prefer) if prefer else None) or self.last()
        if found is None:
            return None
        value = shift(found[0], found[1], unit, amount)
        return (value, found[1]) if value is not None else None

    def of_unit(self, unit: str) -> tuple[str, str] | None:
        """The latest anchor that holds a whole *unit* ("that year" after "3 May 1990": 1990)."""
        finer = {"day": ("day",), "month": ("day", "month"), "quarter": ("quarter",)}
        found = self.last(*finer.get(unit, _GRANULARITIES))
        if found is None:
            return None
        value, granularity = found
        if unit == "year":
            return value[:4], "year"
        if unit == "month" and granularity == "day":
            return value[:7], "month"
        return value, granularity


def _last_quarter(reference: dt.date) -> str:
    index = reference.year * 4 + (reference.month - 1) // 3 - 1
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def anchored_value(
    expression: Expression, anchors: Anchors, reference: dt.date | None
) -> tuple[str | None, str]:
    """The value of an anchored *expression* ("the quarter", "a year earlier"), or no value.

    Examples:
        >>> from newsnorm.dates.grammar import scan
        >>> expression = scan("the latest quarter")[0]
        >>> anchored_value(expression, Anchors(), dt.date(1989, 10, 30))
        ('1989-Q3', 'quarter')
    """
    relation = expression.relation
    unit = expression.unit or "year"
    quarterly = unit in {"quarter", "period"}
    granularity = "quarter" if quarterly else unit
    if relation == "shift":
        discussed = anchors.discussed(reference) if unit == "year" else None
        if discussed is not None:
            moved = shift(discussed[0], "quarter", unit, expression.offset or 0)
            return moved, "quarter"
        found = anchors.shifted(unit, expression.offset or 0)
        if found is not None and unit == "year" and found[1] in {"day", "month"}:
            return found[0][:4], "year"  # "wages rose 4% from a year earlier": the year
        if found is not None:
            return found
        if reference is None or anchors.count:  # nothing named yet: the reference date
            return None, granularity
        own = (
            reference.isoformat() if unit in {"day", "week"} else _reference_value(reference, unit)
        )
        moved = shift(own, "day" if unit in {"day", "week"} else unit, unit, expression.offset or 0)
        if unit == "week" and moved is not None:
            return _iso_week(moved), "week"
        return moved, "day" if unit in {"day", "week"} else unit
    if relation == "year_before":
        discussed = anchors.discussed(reference)
        if discussed is not None:
            return shift(discussed[0], "quarter", "year", -1), "quarter"
        found = anchors.shifted("year", -1)
        if found is not None and not quarterly:
            return found[0][:4], "year"
        if reference is None:
            return None, granularity
        if quarterly:
            return shift(_last_quarter(reference), "quarter", "year", -1), "quarter"
        return f"{reference.year - 1:04d}", "year"
    if relation == "current":
        if reference is None:
            return None, granularity
        return _reference_value(reference, granularity), granularity
    if relation == "past":
        if reference is None:
            return None, granularity
        return shift(
            _reference_value(reference, granularity), granularity, granularity, -1
        ), granularity
    if relation in {"that", "next", "previous"}:
        found = anchors.of_unit("quarter" if quarterly else unit)
        if found is None and relation != "that" and reference is not None and not anchors.count:
            found = (_reference_value(reference, granularity), granularity)  # nothing named yet
        if found is None:
            return None, granularity
        step = {"that": 0, "next": 1, "previous": -1}[relation]
        return shift(found[0], found[1], found[1] if found[1] != "day" else unit, step), found[1]
    # "the", "latest", "same": the period under discussion
    if quarterly:
        quarter = anchors.discussed(reference)
        if expression.year is not None:
            if quarter is None:
                return f"{expression.year:04d}", "year"
            return f"{expression.year:04d}{quarter[0][4:]}", "quarter"
        if quarter is None:
            if (unit == "period" and relation != "latest") or reference is None:
                return None, "quarter"  # "the period" with no quarter named: no quarter
            value = _last_quarter(reference)
        else:
            value = quarter[0]
        if expression.year_offset:
            return shift(value, "quarter", "year", expression.year_offset), "quarter"
        return value, "quarter"
    if expression.year is not None:
        return f"{expression.year:04d}", "year"
    if reference is None:
        return None, granularity
    year = reference.year + (expression.year_offset or 0) - (1 if relation == "latest" else 0)
    if unit != "year":
        return None, granularity
    return f"{year:04d}", "year"


def _reference_value(reference: dt.date, granularity: str) -> str:
    if granularity == "month":
        return f"{reference.year:04d}-{reference.month:02d}"
    if granularity == "quarter":
        return f"{reference.year:04d}-Q{(reference.month - 1) // 3 + 1}"
    if granularity == "day":
        return reference.isoformat()
    return f"{reference.year:04d}"


def _iso_week(day: str) -> str:
    year, week, _ = dt.date.fromisoformat(day).isocalendar()
    return f"{year:04d}-W{week:02d}"

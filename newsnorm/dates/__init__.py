"""Find, normalise and choose dates: every date of a text with its TIMEX3 value.

:func:`find_dates` finds calendar expressions and resolves relative ones against a
reference date, :func:`parse_date` reads one date string, and
:func:`find_publication_date` picks the page's own date. The package is split by role:
``vocabulary`` (calendar words from ``data/calendar``), ``grammar`` (finding expressions,
where ``starts`` says which forms to try), ``order`` (DMY or MDY), ``resolve`` (TIMEX3
values) and ``publication`` (choosing the date).

Examples:
    >>> find_dates("Published 3 March 2025")[0].value
    '2025-03-03'
"""

from __future__ import annotations

from newsnorm.dates.find import find_dates, parse_date
from newsnorm.dates.publication import find_publication_date

__all__ = ["find_dates", "find_publication_date", "parse_date"]

"""Infer whether a page writes numeric dates day first (DMY) or month first (MDY).

"02/06/2025" is 2 June in London and February 6 in New York. The order is read from
evidence, strongest first: numeric dates on the same page that only one order can read
("30/05/2025" is day first), then the language (German, French and Spanish write the day
first), then the page's written dates ("Feb. 20, 2025" puts the month first, "20 February
2025" the day). When nothing decides, the order stays open and such dates keep only their
year (``"2025-XX-XX"``): a silent guess would be wrong half the time.

Examples:
    >>> from newsnorm.dates.grammar import scan
    >>> infer_order(scan("Filed 30/05/2025, amended 02/06/2025."))
    'DMY'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from newsnorm.dates.grammar import Expression
from newsnorm.dates.vocabulary import Calendar

__all__ = ["ORDERS", "check_order", "infer_order"]

ORDERS: Final = ("DMY", "MDY", "YMD")
"""The orders ``parse_date`` accepts."""
_MONTHS: Final = 12


def check_order(order: object) -> str | None:
    """Return *order* when it is one of :data:`ORDERS` or ``None``; raise otherwise.

    Raises:
        ValueError: If *order* is anything else.

    Examples:
        >>> check_order("DMY")
        'DMY'
    """
    if order is None or (isinstance(order, str) and order in ORDERS):
        return order
    msg = f"order must be 'DMY', 'MDY', 'YMD' or None, got {order!r}"
    raise ValueError(msg)


def infer_order(expressions: Iterable[Expression], table: Calendar | None = None) -> str | None:
    """The day/month order of numeric dates among *expressions*, or ``None`` when open.

    Examples:
        >>> from newsnorm.dates.grammar import scan
        >>> infer_order(scan("On Feb. 20, 2025 it cut prices; on 11/12/2024 it raised them."))
        'MDY'
    """
    numeric = {"DMY": 0, "MDY": 0}
    written = {"DMY": 0, "MDY": 0}
    for expression in expressions:
        if expression.form in {"numeric", "numeric_short"}:
            if (expression.first or 0) > _MONTHS:
                numeric["DMY"] += 1
            elif (expression.second or 0) > _MONTHS:
                numeric["MDY"] += 1
        elif expression.written_order == "DM":
            written["DMY"] += 1
        elif expression.written_order == "MD":
            written["MDY"] += 1
    if numeric["DMY"] != numeric["MDY"]:
        return "DMY" if numeric["DMY"] > numeric["MDY"] else "MDY"
    if table is not None and table.date_order in {"DMY", "MDY"}:
        return table.date_order
    if written["DMY"] != written["MDY"]:
        return "DMY" if written["DMY"] > written["MDY"] else "MDY"
    return None

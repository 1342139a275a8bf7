"""The detector: candidates from every form, one credit per source and place.

:func:`detect_syndication` runs the three candidate finders (:mod:`~newsnorm.syndication.wire`,
:mod:`~newsnorm.syndication.lines`, :mod:`~newsnorm.syndication.notices`) on the page and its
reduced copy (:mod:`~newsnorm.syndication.triggers`), then keeps the widest, earliest credit
where several overlap for the same source.
"""

from __future__ import annotations

from newsnorm.model import Syndication
from newsnorm.syndication.lines import find_line_credits
from newsnorm.syndication.notices import find_notices
from newsnorm.syndication.triggers import normalised
from newsnorm.syndication.wire import find_wire
from newsnorm.text import _check_text

__all__ = ["detect_syndication"]


def _identity(credit: Syndication) -> tuple[str | None, str | None, str | None]:
    if credit.name is None and credit.domain is None:
        return None, None, credit.kind
    return credit.name, credit.domain, None


def _keep(found: list[Syndication]) -> tuple[Syndication, ...]:
    """One credit per source where several overlap: the widest, then the earliest."""
    found.sort(key=lambda credit: (credit.start, -credit.end, credit.kind))
    kept: list[Syndication] = []
    recent: list[tuple[tuple[str | None, str | None, str | None], int, int]] = []
    for credit in found:
        identity, start, end = _identity(credit), credit.start, credit.end
        if any(
            other == identity and other_start < end and start < other_end
            for other, other_start, other_end in recent[-8:]
        ):
            continue
        kept.append(credit)
        recent.append((identity, start, end))
    return tuple(kept)


def detect_syndication(text: str) -> tuple[Syndication, ...]:
    """Find the credits in *text* that say who first published it.

    Args:
        text: A news page or article as plain text, boilerplate and all.

    Returns:
        The credits, sorted by offset. ``evidence == text[start:end]`` covers the words of
        the credit only (a dateline's place and date included, the article's first words
        not), so that the credit can be cut from the body. ``name`` and ``domain`` are
        canonical, ``None`` for unnamed credits ("Source link", "With inputs from
        agencies", desks); a source the registry does not know keeps the name or domain
        the text gives.

    Raises:
        TypeError: If *text* is not a ``str``.

    Examples:
        >>> credit, = detect_syndication("HALDEN, Norway (AP) — Ferries resumed on Monday.")
        >>> credit.evidence, credit.name, credit.kind
        ('HALDEN, Norway (AP) —', 'Associated Press', 'wire')
        >>> detect_syndication("Ferries resumed, the ministry told Reuters.")
        ()
    """
    _check_text(text)
    if not text:
        return ()
    reduced = normalised(text)
    return _keep(
        [
            *find_wire(text, reduced=reduced),
            *find_line_credits(text, reduced=reduced),
            *find_notices(text, reduced=reduced),
        ]
    )

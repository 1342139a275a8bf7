"""A page's publication date from all the evidence it offers, chosen by agreement.

Four sources are read:

* ``htmldate`` (installed with trafilatura): its fast search, and its extensive search only
  when the fast one finds nothing (on the development pages the fast answer, when there is
  one, is always the extensive one; the extensive search costs about four times as much);
* the page's own tags (``<meta>``, JSON-LD ``datePublished``, ``<time datetime>``);
* a full day in the URL's path;
* a dateline or byline in the page's visible text (:func:`newsnorm.find_publication_date`
  on the rendered page).

How they are combined is in :func:`choose_date` and in the docs (``docs/html.md``).
"""

from __future__ import annotations

import functools
import logging
from typing import Any, Final

from newsnorm.dates import find_publication_date
from newsnorm.model import DateMention

__all__ = ["choose_date", "htmldate_date", "page_text_date"]

_LOG: Final = logging.getLogger(__name__)

LOCAL_DAY_GAP: Final = 1
"""A visible dateline this many days from htmldate's answer is the same moment on the local
clock: machine-readable timestamps are often in UTC (or converted to it) and move across
midnight, while the dateline shows the day the publisher's readers saw. The visible day wins."""

PAGE_TEXT_LIMIT: Final = 60_000
"""Only this many leading characters of the rendered page are read for a dateline: it sits
above or at the start of the article, and reading a long comment thread costs time."""

MIN_YEAR: Final = 1995
"""htmldate's answers before this year are placeholders or copyright lines: web news pages
with dates earlier than the mid-1990s are rare enough not to be worth the false answers."""


@functools.cache
def _find_date() -> Any:  # noqa: ANN401 - htmldate is untyped
    from htmldate import find_date  # noqa: PLC0415 - heavy: imported on first use

    return find_date


def htmldate_date(tree: Any, url: str | None) -> DateMention | None:  # noqa: ANN401 - lxml tree
    """htmldate's answer for a parsed page: fast search, extensive only when fast finds nothing.

    Examples:
        >>> import lxml.html
        >>> tree = lxml.html.fromstring('<html><head><meta property="article:published_time"'
        ...     ' content="2024-04-02T08:00:00Z"></head><body><p>Text.</p></body></html>')
        >>> htmldate_date(tree, None).value
        '2024-04-02'
    """
    find_date = _find_date()
    value: object = None
    for extensive in (False, True):
        try:
            value = find_date(tree, url=url, extensive_search=extensive, original_date=True)
        except Exception:  # noqa: BLE001 - a failing source is no evidence, never a crash
            _LOG.debug("htmldate failed", exc_info=True)
            value = None
        if value:
            break
    if not isinstance(value, str) or len(value) < 10 or not value[:4].isdigit():
        return None
    if int(value[:4]) < MIN_YEAR:
        return None
    try:
        mention = DateMention(None, None, value, value[:10], "day", origin="htmldate")
    except ValueError:
        return None
    return mention if mention.date is not None else None


def page_text_date(page_text: str) -> DateMention | None:
    """A dateline or byline date in the page's visible text, as origin ``"page"``.

    Examples:
        >>> page_text_date("Harbour news\\nPublished 4 March 2031\\nThe ferry sailed.").value
        '2031-03-04'
    """
    try:
        found = find_publication_date(page_text[:PAGE_TEXT_LIMIT])
    except Exception:  # noqa: BLE001 - a failing source is no evidence, never a crash
        _LOG.debug("find_publication_date failed", exc_info=True)
        return None
    if found is None or found.value is None or found.date is None:
        return None
    if found.origin != "text":
        return None
    return DateMention(None, None, found.text, found.value, "day", origin="page")


def _gap(first: DateMention, second: DateMention) -> int:
    a, b = first.date, second.date
    if a is None or b is None:
        return 10**6
    return abs((a - b).days)


def choose_date(
    *,
    htmldate: DateMention | None,
    declared: DateMention | None,
    url: DateMention | None,
    page: DateMention | None,
) -> DateMention | None:
    """The publication date the evidence supports best, with its origin recorded.

    Order: htmldate's answer, unless the visible dateline is one day from it and the URL
    does not confirm htmldate's day (then the dateline); the origin is the most specific source that agrees with the chosen day (tags,
    then URL, then htmldate). Without an htmldate answer: the tags, the URL, the dateline.

    Examples:
        >>> day = lambda v, o: DateMention(None, None, v, v, "day", origin=o)
        >>> choose_date(htmldate=day("2031-03-05", "htmldate"), declared=day("2031-03-05",
        ...     "metadata"), url=None, page=day("2031-03-04", "page")).value
        '2031-03-04'
        >>> choose_date(htmldate=day("2031-03-05", "htmldate"), declared=day("2031-03-05",
        ...     "metadata"), url=None, page=None).origin
        'metadata'
    """
    if htmldate is None:
        return declared or url or page
    confirmed = url is not None and url.value == htmldate.value
    if page is not None and not confirmed and _gap(page, htmldate) == LOCAL_DAY_GAP:
        return page
    for agreeing in (declared, url):
        if agreeing is not None and agreeing.value == htmldate.value:
            return agreeing
    return htmldate


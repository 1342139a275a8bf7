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
from typing import TYPE_CHECKING, Any, Final

import regex

from newsnorm.dates import find_publication_date
from newsnorm.model import DateMention

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["choose_date", "htmldate_date", "page_text_date"]

_LOG: Final = logging.getLogger(__name__)

LOCAL_DAY_GAP: Final = 1
"""A visible dateline this many days from htmldate's answer is the same moment on the local
clock: machine-readable timestamps are often in UTC (or converted to it) and move across
midnight, while the dateline shows the day the publisher's readers saw. The visible day wins."""

PAGE_TEXT_LIMIT: Final = 20_000
"""Without a headline to anchor on, this many leading characters of the rendered page are
read for a dateline: it sits above or at the start of the article."""

BEFORE_HEADLINE: Final = 1_000
AFTER_HEADLINE: Final = 4_000
"""Where the headline is found in the rendered page, the dateline is looked for this many
characters before and after it: datelines and bylines sit next to the headline, teasers and
comment dates further away (on the development pages this window dates as many pages as the
first 20,000 characters, with fewer wrong dates, in a quarter of the time)."""

HEADLINE_KEY: Final = 60
"""The headline is found by its first this many characters (titles get cut or suffixed)."""

MIN_YEAR: Final = 1995
"""htmldate's answers before this year are placeholders or copyright lines: web news pages
with dates earlier than the mid-1990s are rare enough not to be worth the false answers."""


@functools.cache
def _find_date() -> Any:  # noqa: ANN401 - htmldate is untyped
    from htmldate import find_date  # noqa: PLC0415 - heavy: imported on first use

    return find_date


def htmldate_date(tree: Any, url: str | None) -> DateMention | None:  # noqa: ANN401 - lxml tree
    """Htmldate's answer for a parsed page: fast search, extensive only when fast finds nothing.

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


def _around_headline(page_text: str, title: str | None) -> str:
    if title:
        for candidate in (title, *(title.split(separator)[0] for separator in (" | ", " - "))):
            key = candidate.strip()[:HEADLINE_KEY]
            at = page_text.find(key) if len(key) >= 2 else -1
            if at >= 0:
                return page_text[max(0, at - BEFORE_HEADLINE) : at + AFTER_HEADLINE]
    return page_text[:PAGE_TEXT_LIMIT]


def page_text_date(page_text: str, *, title: str | None = None) -> DateMention | None:
    r"""A dateline or byline date in the page's visible text, as origin ``"page"``.

    With the page's *title*, only the text around the headline is read.

    Examples:
        >>> page_text_date("Harbour news\nPublished 4 March 2031\nThe ferry sailed.").value
        '2031-03-04'
        >>> page_text_date("Menu\nFerry back\nBy Ana Ruiz, 4 March 2031\nIt sailed.",
        ...     title="Ferry back | Gazette").value
        '2031-03-04'
    """
    try:
        found = find_publication_date(_around_headline(page_text, title))
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


_CLOCK: Final = regex.compile(r"\d[T ]\d\d:\d\d")


def _plain_day(mention: DateMention | None) -> bool:
    """Whether a tag states its day without a clock time (so no time zone can move it)."""
    return mention is not None and _CLOCK.search(mention.text) is None


def choose_date(
    *,
    htmldate: DateMention | None,
    declared: DateMention | None,
    url: DateMention | None,
    page: Callable[[], DateMention | None],
) -> DateMention | None:
    """The publication date the evidence supports best, with its origin recorded.

    Order: htmldate's answer, unless the page's visible dateline is one day from it (then
    the dateline; see :data:`LOCAL_DAY_GAP`), which cannot happen when the URL confirms
    htmldate's day or the page's tags state that day without a clock time. The origin is
    the most specific source that agrees with the chosen day: the tags, then the URL, then
    htmldate. Without an htmldate answer: the tags, the URL, the dateline, in that order.
    *page* is called (the page rendered and read) only when its answer can change the result.

    Examples:
        >>> day = lambda v, o, text=None: DateMention(None, None, text or v, v, "day", origin=o)
        >>> shown = lambda: day("2024-03-04", "page")
        >>> choose_date(htmldate=day("2024-03-05", "htmldate"), declared=day("2024-03-05",
        ...     "metadata", "2024-03-05T01:10:00Z"), url=None, page=shown).origin
        'page'
        >>> choose_date(htmldate=day("2024-03-05", "htmldate"), declared=day("2024-03-05",
        ...     "metadata"), url=None, page=shown).origin
        'metadata'
    """
    if htmldate is None:
        return declared or url or page()
    confirmed = (url is not None and url.value == htmldate.value) or (
        _plain_day(declared) and declared is not None and declared.value == htmldate.value
    )
    if not confirmed:
        shown = page()
        if shown is not None and _gap(shown, htmldate) == LOCAL_DAY_GAP:
            return shown
    for agreeing in (declared, url):
        if agreeing is not None and agreeing.value == htmldate.value:
            return agreeing
    return htmldate

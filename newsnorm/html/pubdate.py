"""A page's publication date from all the evidence it offers, chosen by agreement.

Four sources are read:

* ``htmldate`` (installed with trafilatura): its fast search, and its extensive search only
  when the fast one finds nothing (on the development pages the fast answer, when there is
  one, is always the extensive one; the extensive search costs about four times as much);
* the page's own tags (``<meta>``, JSON-LD ``datePublished``, ``<time datetime>``);
* a full day in the URL's path;
* a dateline or byline in the page's visible text (:func:`newsnorm.find_publication_date`
  on the rendered page), and a date standing alone on its line next to the headline
  (:func:`headline_dateline`).

How they are combined is in :func:`choose_date` and in the docs (``docs/html.md``).
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Any, Final

import regex

from newsnorm.dates import find_dates, find_publication_date
from newsnorm.model import DateMention

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["choose_date", "headline_dateline", "htmldate_date", "page_text_date"]

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

DATELINE_BEFORE: Final = 200
DATELINE_AFTER: Final = 1_000
"""A date alone on its line is a dateline when it starts this close before or after the
headline: datelines sit right above or below it (and below a standfirst and byline), while
lists of other stories' dates lie further away."""

DATELINE_MAX_LINE: Final = 100
"""Only a line's first this many characters are read: a date standing alone (with its clock
time) fits in them, and so does the place and date opening a paragraph."""

MIN_YEAR: Final = 1995
"""htmldate's answers before this year are placeholders or copyright lines: web news pages
with dates earlier than the mid-1990s are rare enough not to be worth the false answers."""


@functools.cache
def _find_date() -> Any:  # noqa: ANN401 - htmldate is untyped
    from htmldate import find_date  # noqa: PLC0415 - heavy: imported on first use

    return find_date


def htmldate_date(tree: Any, url: str | None, *, extensive: bool = True) -> DateMention | None:  # noqa: ANN401 - lxml tree
    """Htmldate's answer for a parsed page: fast search, extensive only when fast finds nothing.

    *extensive* false skips the extensive search (for a document with no markup: it would
    only scan the text for dates, which :func:`page_text_date` reads as well, at about a
    third of a second per megabyte).

    Examples:
        >>> import lxml.html
        >>> tree = lxml.html.fromstring('<html><head><meta property="article:published_time"'
        ...     ' content="2024-04-02T08:00:00Z"></head><body><p>Text.</p></body></html>')
        >>> htmldate_date(tree, None).value
        '2024-04-02'
    """
    find_date = _find_date()
    value: object = None
    for search in (False, True) if extensive else (False,):
        try:
            value = find_date(tree, url=url, extensive_search=search, original_date=True)
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


def _headline_at(page_text: str, title: str | None) -> int:
    """Where the headline starts in the rendered page (found by its title), or -1."""
    if title:
        for candidate in (title, *(title.split(separator)[0] for separator in (" | ", " - "))):
            key = candidate.strip()[:HEADLINE_KEY]
            at = page_text.find(key) if len(key) >= 2 else -1
            if at >= 0:
                return at
    return -1


def _around_headline(page_text: str, title: str | None) -> str:
    at = _headline_at(page_text, title)
    if at >= 0:
        return page_text[max(0, at - BEFORE_HEADLINE) : at + AFTER_HEADLINE]
    return page_text[:PAGE_TEXT_LIMIT]


# What may stand next to a dateline's date on its line: a clock time and punctuation.
_CLOCK_TIME: Final = regex.compile(
    r"\b\d{1,2}[:.h]\d\d(?::\d\d)?+\s*+(?:uhr|h|am|pm|a\.m\.|p\.m\.)?+", regex.IGNORECASE
)
_PUNCTUATION_ONLY: Final = regex.compile(r"[\s,;|\u00b7\u2022()\[\]/\u2013\u2014-]*+")


# A news dateline opening a paragraph: a place in capitalised words and a comma, the date, a dash,
# stop or colon before the story ("BERLIN, (12.11.2031). The ...", "Lyon, 4 May 2031 - ...").
_PLACE_BEFORE: Final = regex.compile(
    r"\p{Lu}[\p{L}.'-]*+(?:[ -]\p{Lu}[\p{L}.'-]*+){0,3}+\s*+,\s*+\(?+"
)
_STORY_AFTER: Final = regex.compile(r"\)?+\s*+[.:\u2013\u2014-]\s")


def _alone_on_line(line: str, mention: DateMention) -> bool:
    if mention.start is None or mention.end is None:
        return False
    before, after = line[: mention.start], line[mention.end :]
    if _PLACE_BEFORE.fullmatch(before) is not None and _STORY_AFTER.match(after) is not None:
        return True
    rest = _CLOCK_TIME.sub(" ", f"{before} {after}")
    return _PUNCTUATION_ONLY.fullmatch(rest) is not None


def headline_dateline(page_text: str, *, title: str | None) -> DateMention | None:
    r"""A full day standing alone on its line (a clock time aside) next to the headline.

    The headline is found by the page's *title*; without it there is no answer. Origin
    ``"page"``.

    Examples:
        >>> text = "Menu\nFerry back in service\nBy Ana Ruiz\n24.03.2031 - 18:50\nIt sailed."
        >>> headline_dateline(text, title="Ferry back in service | Gazette").value
        '2031-03-24'
        >>> headline_dateline("Ferry back in service\nRegistered: 04.03.2031", title="Ferry "
        ...     "back in service") is None
        True
    """
    at = _headline_at(page_text, title)
    if at < 0:
        return None
    start = page_text.rfind("\n", 0, max(0, at - DATELINE_BEFORE)) + 1
    window = page_text[start : at + DATELINE_AFTER + DATELINE_MAX_LINE]
    try:
        found = find_dates(window)
    except Exception:  # noqa: BLE001 - a failing source is no evidence, never a crash
        _LOG.debug("find_dates failed", exc_info=True)
        return None
    for mention in found:
        if mention.start is None or mention.end is None:
            continue
        if start + mention.start > at + DATELINE_AFTER:
            break
        if mention.granularity != "day" or mention.relative or mention.date is None:
            continue
        if start + mention.start < at - DATELINE_BEFORE:
            continue
        line_start = window.rfind("\n", 0, mention.start) + 1
        # A dateline opening a paragraph is in its head: only that is read.
        if mention.end - line_start > DATELINE_MAX_LINE:
            continue
        line_end = window.find("\n", mention.end)
        line = window[line_start : line_end if line_end >= 0 else len(window)]
        line = line[:DATELINE_MAX_LINE]
        local = DateMention(
            mention.start - line_start,
            mention.end - line_start,
            mention.text,
            mention.value,
            "day",
            origin="page",
        )
        if _alone_on_line(line, local):
            return DateMention(None, None, mention.text, mention.value, "day", origin="page")
    return None
    start = max(0, at - DATELINE_BEFORE)
    start = page_text.rfind("\n", 0, start) + 1
    window = page_text[start : at + DATELINE_AFTER + DATELINE_MAX_LINE]
    offset = 0
    for whole_line in window.split("\n"):
        line_start, offset = offset, offset + len(whole_line) + 1
        if start + line_start > at + DATELINE_AFTER:
            break
        # A dateline opening a paragraph is in its head: only that is read.
        line = whole_line[:DATELINE_MAX_LINE]
        if not any(character.isdigit() for character in line):
            continue
        try:
            found = [mention for mention in find_dates(line) if mention.granularity == "day"]
        except Exception:  # noqa: BLE001 - a failing source is no evidence, never a crash
            _LOG.debug("find_dates failed", exc_info=True)
            continue
        if not found or found[0].relative or found[0].date is None:
            continue
        if start + line_start + (found[0].start or 0) < at - DATELINE_BEFORE:
            continue
        if _alone_on_line(line, found[0]):
            value = found[0].value
            return DateMention(None, None, found[0].text, value, "day", origin="page")
    return None


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


_LOCAL_OFFSET: Final = regex.compile(r"\d[T ]\d\d:\d\d(?::\d\d(?:\.\d++)?+)?+\s*+([+-]\d\d:?+\d\d)")


def _local_clock(mention: DateMention | None) -> bool:
    """Whether a tag's timestamp carries a time zone other than UTC (so it states the local day).

    Examples:
        >>> tag = lambda text: DateMention(None, None, text, text[:10], "day", origin="metadata")
        >>> _local_clock(tag("2024-03-05T09:21:53+01:00")), _local_clock(tag("2024-03-05T01:10Z"))
        (True, False)
    """
    if mention is None:
        return False
    match = _LOCAL_OFFSET.search(mention.text)
    return match is not None and match.group(1).replace(":", "")[1:] != "0000"


HTMLDATE_WEIGHT: Final = 1.0
"""htmldate's day: right on about 94 % of the development pages it dates, the best single source."""
TAGS_WEIGHT: Final = 1.0
"""The page's declared publication tag: as reliable as htmldate, which reads the same tags."""
URL_WEIGHT: Final = 1.0
"""A full day in the URL path: almost never wrong, but only on a minority of pages."""
PAGE_WEIGHT: Final = 0.6
"""``find_publication_date`` near the headline: right on about 90 % of the pages it dates, but
it also picks event dates from standfirsts; alone it never outweighs htmldate."""
HEADLINE_DATELINE_WEIGHT: Final = 1.2
"""A date alone on its line next to the headline (about 96 % right where found): it outweighs an
htmldate answer no tag or URL supports (htmldate then guessed from the page's text), not one
they confirm, nor htmldate agreeing with the page's dateline reading."""


def choose_date(
    *,
    htmldate: DateMention | None,
    declared: DateMention | None,
    url: DateMention | None,
    page: Callable[[], DateMention | None],
    dateline: Callable[[], DateMention | None] | None = None,
) -> DateMention | None:
    """The publication date the evidence supports best, with its origin recorded.

    Order: htmldate's answer, unless the page's visible dateline is one day from it (then
    the dateline; see :data:`LOCAL_DAY_GAP`; the headline *dateline* only counts when the
    tags do not state htmldate's day), which cannot happen when the URL confirms
    htmldate's day, the page's tags state that day without a clock time or with a local
    time zone, or the dateline reading states it. When neither the tags nor the URL support
    htmldate's day and a headline *dateline* is found, the sources vote
    with named weights (:data:`HTMLDATE_WEIGHT`, ...; a tie keeps htmldate's day), so that
    a date standing next to the headline can outweigh htmldate's guess. The origin is
    the most specific source that agrees with the chosen day: the tags, then the URL, then
    htmldate. Without an htmldate answer: the tags, the URL, the dateline, in that order.
    *page* and *dateline* are called (the page rendered and read) only when their answers
    can change the result.

    Examples:
        >>> day = lambda v, o, text=None: DateMention(None, None, text or v, v, "day", origin=o)
        >>> shown = lambda: day("2024-03-04", "page")
        >>> choose_date(htmldate=day("2024-03-05", "htmldate"), declared=day("2024-03-05",
        ...     "metadata", "2024-03-05T01:10:00Z"), url=None, page=shown).origin
        'page'
        >>> choose_date(htmldate=day("2024-03-05", "htmldate"), declared=day("2024-03-05",
        ...     "metadata"), url=None, page=shown).origin
        'metadata'
        >>> choose_date(htmldate=day("2024-06-02", "htmldate"), declared=None, url=None,
        ...     page=lambda: None, dateline=lambda: day("2024-03-31", "page")).value
        '2024-03-31'
    """
    if htmldate is None:
        return declared or url or page()
    tagged = declared is not None and declared.value == htmldate.value
    confirmed = (url is not None and url.value == htmldate.value) or (
        tagged and (_plain_day(declared) or _local_clock(declared))
    )
    if confirmed:
        return declared if tagged else url
    shown = page()
    if tagged or (shown is not None and shown.value == htmldate.value):
        dateline = None  # the tags or the visible text state htmldate's day: no vote to hold
    headline = dateline() if dateline is not None else None
    for visible in (shown, headline):
        if visible is not None and _gap(visible, htmldate) == LOCAL_DAY_GAP:
            return visible
    chosen = htmldate
    if headline is not None:
        chosen = _vote(htmldate, declared, url, shown, headline)
    if chosen is htmldate:
        for agreeing in (declared, url):
            if agreeing is not None and agreeing.value == htmldate.value:
                return agreeing
    return chosen


def _vote(
    htmldate: DateMention,
    declared: DateMention | None,
    url: DateMention | None,
    shown: DateMention | None,
    dateline: DateMention | None,
) -> DateMention:
    """The day with the most weight behind it; htmldate's on a tie."""
    scores: dict[str | None, float] = {}
    first: dict[str | None, DateMention] = {}
    for mention, weight in (
        (htmldate, HTMLDATE_WEIGHT),
        (dateline, HEADLINE_DATELINE_WEIGHT),
        (declared, TAGS_WEIGHT),
        (url, URL_WEIGHT),
        (shown, PAGE_WEIGHT),
    ):
        if mention is not None:
            scores[mention.value] = scores.get(mention.value, 0.0) + weight
            first.setdefault(mention.value, mention)
    best = max(scores, key=lambda value: (scores[value], value == htmldate.value))
    return first[best]

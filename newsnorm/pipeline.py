"""The pipeline: every capability composed on the plain text of one page.

:func:`normalise` strips the boilerplate, finds syndication credits, the publication date,
the body's dates (resolved against the publication date), its quotes and its language, and
returns them in one :class:`~newsnorm.model.Article`.
"""

from __future__ import annotations

import datetime as dt
from typing import Final
from urllib.parse import urlsplit

import regex

from newsnorm.boilerplate.strip import _strip
from newsnorm.dates.find import _dates_of, _read_dates
from newsnorm.dates.grammar import Steps
from newsnorm.dates.publication import _publication_date
from newsnorm.language import detect_language
from newsnorm.model import Article, DateMention
from newsnorm.quotes import extract_quotes
from newsnorm.syndication import detect_syndication
from newsnorm.text import _check_text

__all__ = ["normalise", "normalize"]


def _check_url(url: object) -> str | None:
    """*url* when it is ``None`` or a URL that can be split into its parts.

    Raises:
        TypeError: If *url* is neither a ``str`` nor ``None``.
        ValueError: If *url* cannot be split (an unclosed IPv6 bracket, say).
    """
    if url is None:
        return None
    if not isinstance(url, str):
        msg = f"url must be a str or None, got {type(url).__name__}"
        raise TypeError(msg)
    problem = url_problem(url)
    if problem is not None:
        msg = f"url is not a URL that can be read: {url!r} ({problem})"
        raise ValueError(msg)
    return url


def url_problem(url: str) -> str | None:
    """Why *url* cannot be split into its parts, or ``None`` when it can.

    Examples:
        >>> url_problem("https://[gazette.example/a")
        'Invalid IPv6 URL'
        >>> url_problem("gazette.example/a") is None
        True
    """
    try:
        urlsplit(url if "//" in url else f"//{url}")
    except ValueError as error:
        return str(error)
    return None


def caller_date(published: object, *, name: str = "published") -> DateMention | None:
    """Turn a caller's ``published=`` (a date, a datetime or an ISO string) into a mention.

    Raises:
        TypeError: If *published* is of another type.
        ValueError: If *published* is a string that is not an ISO date.

    Examples:
        >>> caller_date("2025-01-22").value
        '2025-01-22'
    """
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        published = published.date()
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            msg = f"{name} must be an ISO date such as '2025-01-22', got {published!r}"
            raise ValueError(msg) from None
    if not isinstance(published, dt.date):
        kind = type(published).__name__
        msg = f"{name} must be a datetime.date, an ISO date string or None, got {kind}"
        raise TypeError(msg)
    iso = published.isoformat()
    return DateMention(None, None, iso, iso, "day", relative=False, origin="caller")


#: A host name (labels of letters, digits and hyphens, any script) or an IPv6 address.
_HOST: Final = regex.compile(r"[\p{L}\p{M}\p{N}_-]++(?:\.[\p{L}\p{M}\p{N}_-]++)*+\.?+|[0-9a-f:.]++")


def site_of(url: str | None) -> str | None:
    """The host of *url* without ``www.``, or ``None``.

    Examples:
        >>> site_of("https://www.example-news.org/world/1")
        'example-news.org'
    """
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:  # a malformed URL (an unclosed IPv6 bracket, a bad port) names no site
        return None
    if not host or _HOST.fullmatch(host) is None:
        return None
    return host.removeprefix("www.") or None  # "www." alone names no site


def compose(
    source: str,
    *,
    url: str | None,
    published: DateMention | None,
    title: str | None = None,
    site: str | None = None,
    extracted: bool = False,
) -> Article:
    """Run the capabilities on *source*; metadata the caller already knows takes precedence.

    *extracted* says that *source* is an extractor's output (already mostly the article), not
    a whole page.
    """
    syndication = detect_syndication(source)
    stripped = _strip(source, syndication=syndication, extracted=extracted)
    body = stripped.text
    # The body's lines are the page's: the body is read first and the page's scan for its
    # own date meets the body's stretches again in the memo, read once (same results).
    steps: Steps = {}
    reading = _read_dates(body, steps=steps)
    if published is None:
        published = _publication_date(source, url=url, today=None, steps=steps)
    reference = published.date if published is not None else None
    return Article(
        text=body,
        title=title or stripped.title,
        language=detect_language(body if body.strip() else source),
        published=published,
        syndication=syndication,
        dates=_dates_of(body, reading, reference),
        quotes=extract_quotes(body),
        removed=stripped.removed,
        url=url,
        site=site or site_of(url),
        source=source,
    )


def normalise(
    text: str,
    *,
    url: str | None = None,
    published: dt.date | str | None = None,
) -> Article:
    """Run the whole pipeline on the plain text of a news page.

    Args:
        text: The page as plain text, boilerplate and all.
        url: The page's URL, when known: it can carry the publication date and names the site.
        published: The publication date when the caller knows it (a ``datetime.date`` or an
            ISO string); otherwise it is found in *text*. Relative dates in the body resolve
            against it.

    Returns:
        The article: body, title, language, publication date, syndication credits, dates,
        quotes and the removed pieces. Offsets of *dates* and *quotes* point into
        ``Article.text``; those of *removed*, *syndication* and *published* into *text*.

    Raises:
        TypeError: If *text* is not a ``str``, *url* not a ``str`` or ``None``, or
            *published* of another type.
        ValueError: If *published* is a string that is not an ISO date, or *url* cannot be
            split into its parts (an unclosed IPv6 bracket, say).

    Examples:
        >>> article = normalise("Rain is expected across the north on Friday.",
        ...                     published="2025-03-04")
        >>> article.language.code, article.published.value
        ('en', '2025-03-04')
    """
    _check_text(text)
    url = _check_url(url)
    return compose(text, url=url, published=caller_date(published))


normalize = normalise

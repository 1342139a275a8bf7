"""The HTML path: trafilatura extracts the body, the page's own tags give the metadata.

trafilatura is imported lazily, on the first call, and always called with every option
spelled out and deduplication off, so that a page's result never depends on the pages
processed before it. It runs in its *fast* mode (no fallback extractors) and *favouring
precision*: on our development pages that is both quicker and more accurate than its
defaults, and what it still leaves (share lines, "Read more", newsletter prompts, related
links, credits) the text pipeline removes (:mod:`newsnorm.boilerplate`, in *extracted* mode).

Metadata does not need trafilatura's full metadata pass, which costs about a fifth of its
time: the title, publication date and site name are read directly from the page's
``<meta>`` tags (Open Graph, ``article:published_time``, ``itemprop``), JSON-LD
``datePublished`` and ``<title>``, with one linear scan of the page's head.
"""

from __future__ import annotations

import functools
import html as html_entities
from typing import Any, Final

import regex

from newsnorm.model import Article, DateMention
from newsnorm.pipeline import _check_url, compose, site_of
from newsnorm.text import _check_text

__all__ = ["normalise_html"]

HEAD_LIMIT: Final = 300_000
"""Metadata is looked for in the first this many characters of a page (its head, mostly)."""

# Tags end at the next ">" and never span a "<": each character is read by at most one try.
MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2200
"""Metadata dates outside these years are placeholders, not publication dates."""

_META: Final = regex.compile(r"<meta\b[^<>]*+>", regex.IGNORECASE)
_ATTRIBUTE: Final = regex.compile(
    r"""([\w:.-]{1,60}+)\s*+=\s*+(?:"([^"]*+)"|'([^']*+)'|([^\s"'>]++))"""
)
_TITLE: Final = regex.compile(r"<title\b[^<>]*+>([^<]*+)</title", regex.IGNORECASE)
_JSON_DATE: Final = regex.compile(r'"datePublished"\s*+:\s*+"([^"]{4,60}+)"')
_SPACES: Final = regex.compile(r"\s++")

_TITLE_KEYS: Final = ("og:title", "twitter:title", "headline", "title")
_DATE_KEYS: Final = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "published_time",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "date",
)
_SITE_KEYS: Final = ("og:site_name", "application-name", "twitter:site")


def _metadata(html: str) -> dict[str, str]:
    """The page's ``<meta>`` values by lower-cased name/property/itemprop, first one wins.

    Examples:
        >>> _metadata('<meta property="og:title" content="Ferry back &amp; running">')
        {'og:title': 'Ferry back & running'}
    """
    found: dict[str, str] = {}
    for tag in _META.finditer(html, 0, min(len(html), HEAD_LIMIT)):
        attributes = {
            match.group(1).casefold(): match.group(2) or match.group(3) or match.group(4) or ""
            for match in _ATTRIBUTE.finditer(tag.group())
        }
        key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
        content = attributes.get("content")
        if key and content:
            found.setdefault(key.casefold(), _text(content))
    return found


def _text(value: str) -> str:
    return _SPACES.sub(" ", html_entities.unescape(value)).strip()


def _first(found: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = found.get(key)
        if value:
            return value
    return None


def page_metadata(html: str) -> tuple[str | None, DateMention | None, str | None]:
    """The title, publication date and site name that a page's own tags declare.

    Examples:
        >>> page = ('<head><title>Ferry back | Harbour Gazette</title>'
        ...         '<meta property="article:published_time" content="2031-04-02T08:00:00Z">'
        ...         '<meta property="og:site_name" content="Harbour Gazette"></head>')
        >>> title, date, site = page_metadata(page)
        >>> title, date.value, site
        ('Ferry back | Harbour Gazette', '2031-04-02', 'Harbour Gazette')
    """
    head = html[:HEAD_LIMIT]
    found = _metadata(head)
    title = _first(found, _TITLE_KEYS)
    if title is None:
        match = _TITLE.search(head)
        title = _text(match.group(1)) if match is not None else None
    date = _metadata_date(_first(found, _DATE_KEYS))
    if date is None:
        match = _JSON_DATE.search(html)
        date = _metadata_date(match.group(1)) if match is not None else None
    return title or None, date, _first(found, _SITE_KEYS)


@functools.cache
def _trafilatura() -> Any:  # noqa: ANN401 - trafilatura is untyped
    import trafilatura  # noqa: PLC0415 - heavy: imported on first use

    return trafilatura


def _extract(html: str, url: str | None) -> Any:  # noqa: ANN401 - trafilatura's Document is untyped
    return _trafilatura().bare_extraction(
        html,
        url=url,
        fast=True,
        favor_precision=True,
        favor_recall=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_formatting=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
        only_with_metadata=False,
        as_dict=False,
    )


def _metadata_date(value: object) -> DateMention | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    iso = value[:10]
    if not iso[:4].isdigit() or not MIN_YEAR <= int(iso[:4]) <= MAX_YEAR:
        return None  # placeholders such as 0001-01-01 are no dates
    try:
        mention = DateMention(None, None, value, iso, "day", relative=False, origin="metadata")
    except ValueError:
        return None
    return mention if mention.date is not None else None


def normalise_html(html: str, *, url: str | None = None) -> Article:
    """Run the whole pipeline on the HTML of a news page.

    trafilatura extracts the body text; the page's tags give its title, date and site name;
    the text pipeline then cleans what trafilatura left (share lines, "Read more",
    newsletter prompts, related links) and finds syndication, dates, quotes and language.

    Args:
        html: The page's HTML, as a ``str``.
        url: The page's URL, when known.

    Returns:
        The article. ``Article.source`` is the text trafilatura extracted: the offsets of
        *removed*, *syndication* and *published* point into it.

    Raises:
        TypeError: If *html* is not a ``str`` or *url* is not a ``str`` or ``None``.

    Examples:
        >>> page = ("<html><head><title>Ferry back in service</title></head><body><article>"
        ...         "<h1>Ferry back in service</h1><p>The island ferry sailed again on Monday "
        ...         "after three weeks of repairs, the harbour office said in a statement.</p>"
        ...         "</article></body></html>")
        >>> article = normalise_html(page)
        >>> article.title, article.text[:21]
        ('Ferry back in service', 'The island ferry sail')
    """
    _check_text(html, "html")
    url = _check_url(url)
    document = _extract(html, url) if html.strip() else None
    if document is None:
        return compose("", url=url, published=None, extracted=True)
    title, published, site = page_metadata(html)
    return compose(
        document.text or "",
        url=url,
        published=published,
        title=title,
        site=site or site_of(url),
        extracted=True,
    )

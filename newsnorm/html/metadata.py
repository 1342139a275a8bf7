"""What a page declares about itself: title, site name and dates in its tags.

The title, publication date and site name are read directly from the page's ``<meta>`` tags
(Open Graph, ``article:published_time``, ``itemprop``), JSON-LD ``datePublished``,
``<time datetime>`` and ``<title>``, with linear scans of the page's head; a date in the URL
(``/2025/03/04/``) is read too. None of this needs a parsed tree.
"""

from __future__ import annotations

import html as html_entities
from typing import Final

import regex

from newsnorm.model import DateMention

__all__ = ["page_metadata", "time_element_date", "url_date"]

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
    "dcterms.created",
)
_GENERIC_DATE_KEYS: Final = ("dc.date", "dcterms.date", "date")
"""Tags that name a date without saying which: read after every tag that says "published"
(JSON-LD ``datePublished`` and a ``<time itemprop="datePublished">`` included), because
content systems fill them with the last change as often as with the publication."""
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
    if date is None:
        date = _published_time_element(html)
    if date is None:
        date = _metadata_date(_first(found, _GENERIC_DATE_KEYS))
    return title or None, date, _first(found, _SITE_KEYS)


_TIME_TAG: Final = regex.compile(r"<time\b[^<>]*+>", regex.IGNORECASE)


def _published_time_element(html: str) -> DateMention | None:
    """The first ``<time itemprop="datePublished" datetime=...>`` (or ``content=``), if any.

    Examples:
        >>> _published_time_element('<time itemprop="datePublished" datetime="2031-01-27">'
        ...     '27 Jan</time>').value
        '2031-01-27'
    """
    for tag in _TIME_TAG.finditer(html, 0, min(len(html), HEAD_LIMIT)):
        attributes = {
            match.group(1).casefold(): match.group(2) or match.group(3) or match.group(4) or ""
            for match in _ATTRIBUTE.finditer(tag.group())
        }
        if attributes.get("itemprop", "").casefold() == "datepublished":
            return _metadata_date(attributes.get("datetime") or attributes.get("content"))
    return None


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


_TIME: Final = regex.compile(
    r"""<time\b[^<>]*?\bdatetime\s*+=\s*+["']?+(\d{4}-\d\d-\d\d)""", regex.IGNORECASE
)
_URL_DATE: Final = regex.compile(
    r"(?<![\d])((?:19|20)\d\d)([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d])"
)
URL_PATH_ONLY: Final = True
"""Only the URL's path is read (after the host): a host or query rarely holds a page date."""


def time_element_date(html: str) -> DateMention | None:
    """The first ``<time datetime="YYYY-MM-DD...">`` on the page, as a metadata date.

    Examples:
        >>> time_element_date('<p><time datetime="2031-07-08T10:00">8 July</time></p>').value
        '2031-07-08'
    """
    match = _TIME.search(html, 0, min(len(html), HEAD_LIMIT))
    return _metadata_date(match.group(1)) if match is not None else None


def url_date(url: str | None) -> DateMention | None:
    """A full day written in the path of *url* (``/2031/03/04/``, ``2031-03-04``), or ``None``.

    Examples:
        >>> url_date("https://news.example/world/2031/03/04/ferry-back").value
        '2031-03-04'
        >>> url_date("https://news.example/story/12345") is None
        True
    """
    if not url:
        return None
    host_end = url.find("/", url.find("//") + 2) if "//" in url else 0
    path = url[max(host_end, 0) :] if URL_PATH_ONLY else url
    match = _URL_DATE.search(path)
    if match is None:
        return None
    year, _sep, month, day = match.groups()
    iso = f"{year}-{int(month):02d}-{int(day):02d}"
    try:
        mention = DateMention(None, None, match.group(), iso, "day", origin="url")
    except ValueError:
        return None
    return mention if mention.date is not None else None

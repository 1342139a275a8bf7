"""The HTML path: trafilatura extracts the text and metadata, then the text pipeline runs.

trafilatura is imported lazily, on the first call, and always called with every option
spelled out and deduplication off, so that a page's result never depends on the pages
processed before it.
"""

from __future__ import annotations

from typing import Any

from newsnorm.model import Article, DateMention
from newsnorm.pipeline import _check_url, compose, site_of
from newsnorm.text import _check_text

__all__ = ["normalise_html"]


def _extract(html: str, url: str | None) -> Any:  # noqa: ANN401 - trafilatura's Document is untyped
    import trafilatura  # noqa: PLC0415 - heavy: imported on first use

    return trafilatura.bare_extraction(
        html,
        url=url,
        fast=False,
        favor_precision=False,
        favor_recall=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_formatting=False,
        include_links=False,
        deduplicate=False,
        with_metadata=True,
        only_with_metadata=False,
        as_dict=False,
    )


def _metadata_date(value: object) -> DateMention | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    iso = value[:10]
    try:
        mention = DateMention(None, None, value, iso, "day", relative=False, origin="metadata")
    except ValueError:
        return None
    return mention if mention.date is not None else None


def normalise_html(html: str, *, url: str | None = None) -> Article:
    """Run the whole pipeline on the HTML of a news page.

    trafilatura extracts the body text and the page's metadata (title, date, site name); the
    text pipeline then cleans what trafilatura left (share lines, "Read more", newsletter
    prompts) and finds syndication, dates, quotes and language in it.

    Args:
        html: The page's HTML, as a ``str``.
        url: The page's URL, when known.

    Returns:
        The article. ``Article.source`` is the text trafilatura extracted: the offsets of
        *removed*, *syndication* and *published* point into it.

    Raises:
        TypeError: If *html* is not a ``str`` or *url* is not a ``str`` or ``None``.

    Example:
        >>> page = ("<html><head><title>Ferry back in service</title></head><body><article>"
        ...         "<h1>Ferry back in service</h1><p>The island ferry sailed again on Monday "
        ...         "after three weeks of repairs, the harbour office said in a statement.</p>"
        ...         "</article></body></html>")
        >>> normalise_html(page).text[:21]
        'The island ferry sail'
    """
    _check_text(html, "html")
    url = _check_url(url)
    document = _extract(html, url) if html.strip() else None
    if document is None:
        return compose("", url=url, published=None, extracted=True)
    source = document.text or ""
    return compose(
        source,
        url=url,
        published=_metadata_date(document.date),
        title=document.title or None,
        site=document.sitename or site_of(url or document.url),
        extracted=True,
    )

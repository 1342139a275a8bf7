"""The HTML path: a page's bytes or text in, an :class:`~newsnorm.model.Article` out.

The page is parsed once. trafilatura extracts the body (:mod:`.extraction`), the page's
tags give the title and site name (:mod:`.metadata`), the publication date is chosen from
all the evidence (:mod:`.pubdate`), and the text pipeline cleans the body and finds
syndication, dates, quotes and language. When no body is found, the page's rendered text
(:mod:`.render`) goes through text-mode extraction instead, and the declared title, date and
site are kept either way. No page makes :func:`normalise_html` raise.
"""

from __future__ import annotations

import logging
from typing import Any, Final

from newsnorm.decoding import NotTextError, decode
from newsnorm.html.extraction import extract_body
from newsnorm.html.metadata import page_metadata, time_element_date, url_date
from newsnorm.html.pubdate import choose_date, headline_dateline, htmldate_date, page_text_date
from newsnorm.html.render import render_tree
from newsnorm.model import UNDETERMINED, Article, DateMention
from newsnorm.pipeline import _check_url, compose, site_of
from newsnorm.text import _check_text, holds_markup

__all__ = ["normalise_html"]

_LOG: Final = logging.getLogger(__name__)


def _parse(html: str) -> Any:  # noqa: ANN401 - an lxml element or None; lxml is untyped here
    from trafilatura.utils import load_html  # noqa: PLC0415 - heavy: imported on first use

    for candidate in (html, f"<html><body>{html}</body></html>"):
        try:
            tree = load_html(candidate)
        except Exception:  # noqa: BLE001 - an unparseable page is a page without a tree
            _LOG.debug("lxml could not parse the page", exc_info=True)
            tree = None
        if tree is not None:
            return tree
    return None


def _render(tree: Any) -> str:  # noqa: ANN401 - an lxml element
    try:
        return render_tree(tree, in_place=True)
    except Exception:  # noqa: BLE001 - no rendered text is an honest, if poorer, result
        _LOG.debug("rendering failed", exc_info=True)
        return ""


def _extract(tree: Any, url: str | None) -> str:  # noqa: ANN401 - an lxml element
    try:
        return extract_body(tree, url)
    except Exception:  # noqa: BLE001 - the page's text stands in for a failed extraction
        _LOG.debug("trafilatura failed", exc_info=True)
        return ""


def _without_headline(body: str, title: str | None) -> str:
    r"""*body* without its first line when that line is the page's declared title.

    trafilatura keeps the ``<h1>`` of some articles as their first line; the headline is
    :attr:`Article.title`, not part of the body. Only an exact match (spacing and case
    aside) is removed: that is sure.

    Examples:
        >>> _without_headline("Ferry back\n\nThe ferry sailed.", "Ferry  back")
        'The ferry sailed.'
        >>> _without_headline("Ferry back at last\nThe ferry sailed.", "Ferry back")
        'Ferry back at last\nThe ferry sailed.'
    """
    if not title:
        return body
    stripped = body.lstrip()
    first, _newline, rest = stripped.partition("\n")
    if rest.strip() and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest.lstrip("\n")
    return body


def _compose(
    source: str,
    *,
    url: str | None,
    published: DateMention | None,
    title: str | None,
    site: str | None,
    extracted: bool,
) -> Article:
    try:
        return compose(
            source, url=url, published=published, title=title, site=site, extracted=extracted
        )
    except Exception:  # noqa: BLE001 - a bug in one capability must not lose the page
        _LOG.warning("the text pipeline failed on a page; its text is kept as is", exc_info=True)
        return Article(
            text=source.strip(),
            title=title,
            language=UNDETERMINED,
            published=published,
            url=url,
            site=site,
            source=source,
        )


def normalise_html(html: str | bytes, *, url: str | None = None) -> Article:
    """Run the whole pipeline on the HTML of a news page.

    trafilatura extracts the body text; the page's tags, its URL, htmldate and the page's
    visible dateline give its publication date (``Article.published.origin`` says which);
    the text pipeline then cleans what trafilatura left (share lines, "Read more",
    newsletter prompts, related links) and finds syndication, dates, quotes and language.
    When trafilatura finds nothing, text-mode extraction runs on the page's rendered text;
    the title, date and site the page declares are kept in every case.

    Args:
        html: The page's HTML, as ``str`` (used as given) or ``bytes`` (decoded by
            byte-order mark, the page's charset declaration, UTF-8, then detection; bytes
            that are not text give an empty article).
        url: The page's URL, when known.

    Returns:
        The article. ``Article.source`` is the text the pipeline ran on (trafilatura's
        output, or the rendered page when it found nothing): the offsets of *removed* and
        *syndication* point into it.

    Raises:
        TypeError: If *html* is not a ``str`` or ``bytes`` or *url* is not a ``str`` or
            ``None``.
        ValueError: If *url* cannot be split into its parts (an unclosed IPv6 bracket, say).
            Nothing in the page itself makes this function raise.

    Examples:
        >>> page = ("<html><head><title>Ferry back in service</title></head><body><article>"
        ...         "<h1>Ferry back in service</h1><p>The island ferry sailed again on Monday "
        ...         "after three weeks of repairs, the harbour office said in a statement.</p>"
        ...         "</article></body></html>")
        >>> article = normalise_html(page, url="https://gazette.example/2031/03/04/ferry")
        >>> article.title, article.text[:21]
        ('Ferry back in service', 'The island ferry sail')
        >>> article.published.value, article.published.origin
        ('2031-03-04', 'url')
    """
    if isinstance(html, bytes | bytearray | memoryview):
        try:
            html = decode(bytes(html), html=True).text
        except NotTextError:
            html = ""
    _check_text(html, "html")
    url = _check_url(url)
    title, declared, site = page_metadata(html)
    declared = declared or time_element_date(html)
    site = site or site_of(url)
    tree = _parse(html) if html.strip() else None
    rendered: list[str] = []

    def page_text() -> str:
        if not rendered:
            rendered.append(_render(tree) if tree is not None else "")
        return rendered[0]

    def page_date() -> DateMention | None:
        text = page_text()
        return page_text_date(text, title=title) if text else None

    def dateline() -> DateMention | None:
        text = page_text()
        return headline_dateline(text, title=title) if text else None

    from_htmldate = (
        htmldate_date(tree, url, extensive=holds_markup(html)) if tree is not None else None
    )
    body = _extract(tree, url) if tree is not None else ""
    # The page is rendered (if at all) only now: rendering changes the tree, and htmldate and
    # trafilatura are done with it.
    published = choose_date(
        htmldate=from_htmldate,
        declared=declared,
        url=url_date(url),
        page=page_date,
        dateline=dateline,
    )
    if body.strip():
        body = _without_headline(body, title)
        return _compose(body, url=url, published=published, title=title, site=site, extracted=True)
    return _compose(
        page_text(), url=url, published=published, title=title, site=site, extracted=False
    )

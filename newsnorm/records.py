r"""One document in, one JSON-ready record out, whatever happens: the batch tools' common core.

The command line, the Spark integration and the datatrove step all turn a document into a
plain dict with :func:`process_document`. It never raises: a document that cannot be
processed gives ``{"error": "..."}``; one that can gives the article's fields plus
``"warnings"``, a list of short notes about the input (lone surrogates replaced, no article
text found, an encoding that had to be guessed).

Lone surrogates (``"\ud800"`` in scraped JSON, which no UTF-8 output can hold) are replaced
by U+FFFD, one character for one, so offsets are unchanged; :func:`replace_surrogates`
counts them so the record can say so.

Examples:
    >>> record = process_document("The ferry sailed again on Monday, the harbour office said.")
    >>> record["language"]["code"], record["warnings"]
    ('en', [])
    >>> process_document("Menu\n\nShare")["warnings"]
    ['no article text was found']
"""

from __future__ import annotations

from typing import Any, Final

import regex

__all__ = [
    "EMPTY_BODY_WARNING",
    "process_document",
    "replace_surrogates",
    "surrogate_warning",
]

EMPTY_BODY_WARNING: Final = "no article text was found"
"""The warning of a record whose article body is empty (a page of menus and links only)."""

_SURROGATE: Final = regex.compile(r"[\ud800-\udfff]")
_REPLACEMENT: Final = "\ufffd"


def _has_surrogate(text: str) -> bool:
    """Whether *text* holds a lone surrogate (UTF-8 cannot encode one; encoding is fast)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def replace_surrogates(value: Any) -> tuple[Any, int]:  # noqa: ANN401 - any JSON value
    r"""Replace lone surrogates in every string of a JSON value; return it and how many.

    Keys and values of dicts and items of lists are visited; other values come back as
    they are. Each surrogate becomes one U+FFFD, so string lengths and offsets stay valid.

    Examples:
        >>> replace_surrogates({"text": "caf\ud800", "n": [1, "\udfff"]})
        ({'text': 'caf�', 'n': [1, '�']}, 2)
    """
    if isinstance(value, str):
        if value.isascii() or not _has_surrogate(value):
            return value, 0
        replaced, count = _SURROGATE.subn(_REPLACEMENT, value)
        return replaced, count
    if isinstance(value, dict):
        total = 0
        result: dict[Any, Any] = {}
        for key, item in value.items():
            new_key, in_key = replace_surrogates(key)
            new_item, in_item = replace_surrogates(item)
            result[new_key] = new_item
            total += in_key + in_item
        return (result, total) if total else (value, 0)
    if isinstance(value, list | tuple):
        pairs = [replace_surrogates(item) for item in value]
        total = sum(count for _, count in pairs)
        return ([item for item, _ in pairs], total) if total else (value, 0)
    return value, 0


def surrogate_warning(count: int) -> str:
    """The warning for *count* replaced lone surrogates.

    Examples:
        >>> surrogate_warning(2)
        '2 lone surrogates (invalid UTF-16 escapes) replaced by U+FFFD'
    """
    noun = "surrogate" if count == 1 else "surrogates"
    return f"{count} lone {noun} (invalid UTF-16 escapes) replaced by U+FFFD"


def process_document(
    text: object,
    *,
    url: object = None,
    html: bool = False,
    include_source: bool = False,
    warnings: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Run the pipeline on one document and return its record; never raises.

    Args:
        text: The document: a page's plain text, or its HTML when *html* is true. Anything
            that is not a ``str`` gives an error record.
        url: The page's URL; ignored unless it is a ``str`` that can be split into its parts
            (a warning says so).
        html: Run :func:`newsnorm.normalise_html` instead of :func:`newsnorm.normalise`.
        include_source: Also give ``source``, the text the offsets of *removed*,
            *syndication* and *published* point into.
        warnings: Notes about the input the caller already has (how it was decoded, say),
            put first in the record's ``warnings``.

    Returns:
        The article's fields (as :meth:`newsnorm.Article.to_dict`) and ``warnings``, or
        ``{"error": "...", "warnings": [...]}``.

    Examples:
        >>> process_document(None)["error"]
        'the document is not a string (NoneType)'
    """
    notes = list(warnings)
    if not isinstance(text, str):
        return {"error": f"the document is not a string ({type(text).__name__})", "warnings": notes}
    document, replaced = replace_surrogates(text)
    if replaced:
        notes.append(surrogate_warning(replaced))
    address = url if isinstance(url, str) else None
    if address is not None:
        address, _ = replace_surrogates(address)
    from newsnorm.html import normalise_html  # noqa: PLC0415 - the CLI's --help stays fast
    from newsnorm.pipeline import normalise, url_problem  # noqa: PLC0415

    problem = None if address is None else url_problem(address)
    if problem is not None:  # the document still counts: only its URL is left out
        notes.append(f"url ignored: not a URL that can be read ({problem})")
        address = None

    try:
        article = (
            normalise_html(document, url=address) if html else normalise(document, url=address)
        )
    except Exception as error:  # noqa: BLE001 - one bad document must not stop a batch
        return {"error": f"{type(error).__name__}: {error}", "warnings": notes}
    record = article.to_dict(include_source=include_source)
    if not article.text.strip():
        notes.append(EMPTY_BODY_WARNING)
    record["warnings"] = notes
    return record

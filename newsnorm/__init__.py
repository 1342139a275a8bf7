"""newsnorm: clean and understand scraped news text.

Small functions, each ``str`` in and a frozen result out, and one pipeline that runs them all:

* :func:`strip_boilerplate` keeps the article body of a page's plain text;
* :func:`detect_syndication` finds credits to the source a story was first published by;
* :func:`find_dates`, :func:`parse_date` and :func:`find_publication_date` normalise dates;
* :func:`extract_quotes` finds quotes and their speakers;
* :func:`detect_language` tells the language;
* :func:`normalise` (alias :func:`normalize`) and :func:`normalise_html` run the whole pipeline.

Examples:
    >>> import newsnorm
    >>> newsnorm.detect_language("Rain is expected across the north on Friday.").code
    'en'
"""

from __future__ import annotations

import logging

from newsnorm.__about__ import __version__
from newsnorm.boilerplate import strip_boilerplate
from newsnorm.dates import find_dates, find_publication_date, parse_date
from newsnorm.html import normalise_html
from newsnorm.language import detect_language
from newsnorm.model import (
    Article,
    DateMention,
    Language,
    Quote,
    Segment,
    Stripped,
    Syndication,
)
from newsnorm.pipeline import normalise, normalize
from newsnorm.quotes import extract_quotes
from newsnorm.syndication import detect_syndication
from newsnorm.viewer import view

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "DateMention",
    "Language",
    "Quote",
    "Segment",
    "Stripped",
    "Syndication",
    "__version__",
    "detect_language",
    "detect_syndication",
    "extract_quotes",
    "find_dates",
    "find_publication_date",
    "normalise",
    "normalise_html",
    "normalize",
    "parse_date",
    "strip_boilerplate",
    "view",
]

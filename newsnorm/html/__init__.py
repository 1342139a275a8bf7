"""The HTML path: trafilatura's body cleaned, metadata and publication date from all evidence.

* :mod:`.extraction`: the article body by trafilatura (fast mode, full extraction on failure);
* :mod:`.metadata`: title, site and dates declared in the page's tags and its URL;
* :mod:`.pubdate`: the publication date chosen from tags, URL, htmldate and datelines;
* :mod:`.render`: the page's visible text, one block per line;
* :mod:`.core`: :func:`normalise_html`, which runs them and the text pipeline.
"""

from __future__ import annotations

from newsnorm.html.core import normalise_html
from newsnorm.html.metadata import page_metadata

__all__ = ["normalise_html", "page_metadata"]

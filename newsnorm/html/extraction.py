"""The article body by trafilatura: its fast mode first, its full extraction when that fails.

trafilatura is imported lazily, on the first call, and always called with every option
spelled out and deduplication off, so that a page's result never depends on the pages
processed before it.

*Fast* mode skips trafilatura's fallback extractors (readability and jusText). Measured on
the development pages, split by site, fast mode scores as well as trafilatura's defaults (or
better) and takes about 60 % of their time; *favouring precision* loses recall on sites not
tuned for, so it is not used. The fallback extractors matter on hard pages, where fast mode
keeps nothing or only a scrap (a caption, a menu): then, and only then, the full extraction
runs.
"""

from __future__ import annotations

import functools
from typing import Any, Final

__all__ = ["extract_body"]

MIN_FAST_CHARS: Final = 250
"""A fast-mode result shorter than this is a scrap (a caption, a teaser, a cookie line), not
an article: trafilatura's full extraction, with its fallback extractors, is run instead."""


@functools.cache
def _trafilatura() -> Any:  # noqa: ANN401 - trafilatura is untyped
    import trafilatura  # noqa: PLC0415 - heavy: imported on first use

    return trafilatura


def _bare(tree: Any, url: str | None, *, fast: bool) -> str:  # noqa: ANN401 - lxml tree
    document = _trafilatura().bare_extraction(
        tree,
        url=url,
        fast=fast,
        favor_precision=False,
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
    text = getattr(document, "text", None) if document is not None else None
    return text if isinstance(text, str) else ""


def extract_body(tree: Any, url: str | None) -> str:  # noqa: ANN401 - lxml tree
    """The article text trafilatura finds in a parsed page ('' when it finds none).

    The tree is not changed (trafilatura works on a copy of a tree it is given).

    Examples:
        >>> import lxml.html
        >>> tree = lxml.html.fromstring("<html><body><article><p>The island ferry sailed "
        ...     "again on Monday after three weeks of repairs.</p></article></body></html>")
        >>> extract_body(tree, None)
        'The island ferry sailed again on Monday after three weeks of repairs.'
    """
    fast = _bare(tree, url, fast=True)
    if len(fast.strip()) >= MIN_FAST_CHARS:
        return fast
    full = _bare(tree, url, fast=False)
    return full if len(full.strip()) > len(fast.strip()) else fast

"""The page as a reader sees it: its visible text, one block element per line.

Used where the extractor is not: for the page's datelines and bylines (which the extractor
often leaves out of the body), and as the input of text-mode extraction
(:mod:`newsnorm.boilerplate`) when the extractor finds no article. lxml does the walk (no
recursion limit on deeply nested pages), on a copy, in time linear in the page's size.
"""

from __future__ import annotations

import copy
from typing import Any, Final

__all__ = ["render_tree"]

SKIPPED: Final = frozenset(
    {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select"}
)
"""Elements whose content a reader never sees as text."""

BLOCKS: Final = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl",
        "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "td", "th", "tr", "ul", "body", "html", "title",
    }
)  # fmt: skip
"""Elements that start a new line in a browser (a cell of a table too: one per line)."""


def render_tree(tree: Any, *, in_place: bool = False) -> str:  # noqa: ANN401 - an lxml element; lxml is untyped here
    r"""The visible text of an lxml tree: one line per block element, spaces collapsed.

    The tree is left as it was unless *in_place* is true: then the copy is saved and the
    tree is changed (scripts removed, line breaks added), for a caller that is done with it.

    Examples:
        >>> import lxml.html
        >>> render_tree(lxml.html.fromstring(
        ...     "<div><h1>Ferry back</h1><p>It sailed <b>again</b>.</p><script>x()</script></div>"))
        'Ferry back\nIt sailed again.'
    """
    from lxml import etree  # type: ignore[import-untyped]  # noqa: PLC0415 - lxml: imported on use

    work = tree if in_place else copy.deepcopy(tree)
    etree.strip_elements(work, *SKIPPED, with_tail=False)
    for element in work.iter(*BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    text = etree.tostring(work, method="text", encoding="unicode")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)

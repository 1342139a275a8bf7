r"""A datatrove pipeline step that runs newsnorm on every document of a stream.

`datatrove <https://github.com/huggingface/datatrove>`_ is the engine web-text corpora are
built with. :class:`NewsnormStep` slots into its pipelines like any other step: each
document's text becomes the article body, and everything else newsnorm found goes into the
document's metadata under ``"newsnorm"``. The step keeps no state between documents, so its
output for a page never depends on the pages before it.

Examples:
    >>> from datatrove.data import Document
    >>> from newsnorm.integrations.datatrove import NewsnormStep
    >>> page = Document(text="Menu\\n\\nThe ferry sailed again on Monday after repairs.", id="p1")
    >>> (document,) = NewsnormStep().run(iter([page]))
    >>> document.metadata["newsnorm"]["language"]["code"]
    'en'
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsnorm.html import normalise_html
from newsnorm.pipeline import normalise

try:
    from datatrove.data import Document
    from datatrove.pipeline.base import PipelineStep
except ImportError as error:  # pragma: no cover - depends on the environment
    msg = "NewsnormStep needs datatrove: pip install 'newsnorm[datatrove]'"
    raise ImportError(msg) from error

__all__ = ["NewsnormStep"]


class NewsnormStep(PipelineStep):  # type: ignore[misc]  # datatrove is untyped
    """Run :func:`newsnorm.normalise` (or :func:`newsnorm.normalise_html`) on each document.

    Args:
        html: The documents hold HTML rather than the plain text of pages.
        url_key: The metadata key holding a document's URL, passed to the pipeline.
    """

    name = "newsnorm"
    type = "FORMAT"

    def __init__(self, *, html: bool = False, url_key: str = "url") -> None:
        """Configure the step; it holds no other state."""
        super().__init__()
        self.html = html
        self.url_key = url_key

    def run(
        self, data: Iterator[Document], rank: int = 0, world_size: int = 1
    ) -> Iterator[Document]:
        """Yield each document with its text replaced by the article body.

        The rest of the article (title, language, publication date, syndication, dates,
        quotes, removed pieces) is in ``document.metadata["newsnorm"]``.
        """
        del rank, world_size
        for document in data:
            url: Any = document.metadata.get(self.url_key)
            url = url if isinstance(url, str) else None
            if self.html:
                article = normalise_html(document.text, url=url)
            else:
                article = normalise(document.text, url=url)
            found = article.to_dict()
            document.text = found.pop("text")
            document.metadata["newsnorm"] = found
            yield document

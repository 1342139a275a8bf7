r"""A datatrove pipeline step that runs newsnorm on every document of a stream.

`datatrove <https://github.com/huggingface/datatrove>`_ is the engine web-text corpora are
built with. :class:`NewsnormStep` slots into its pipelines like any other step: each
document's text becomes the article body, and everything else newsnorm found goes into the
document's metadata under ``"newsnorm"`` (or another key), including ``source``, the text
the offsets of ``removed``, ``syndication`` and ``published`` point into. A document that
cannot be processed keeps its text, gets ``{"error": ...}`` under that key and is counted
in the step's stats; the stream goes on. The step keeps no state between documents, so its
output for a page never depends on the pages before it.

Examples:
    >>> from datatrove.data import Document
    >>> from newsnorm.integrations.datatrove import NewsnormStep
    >>> page = Document(text="Menu\n\nThe ferry sailed again on Monday after repairs.", id="p1")
    >>> (document,) = NewsnormStep().run(iter([page]))
    >>> document.metadata["newsnorm"]["language"]["code"]
    'en'
    >>> found = document.metadata["newsnorm"]
    >>> [found["source"][s["start"]:s["end"]] for s in found["removed"]]
    ['Menu']
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsnorm.records import process_document

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
        key: The metadata key newsnorm's result goes under.
        include_source: Keep ``source`` (the text the offsets of *removed*, *syndication* and
            *published* point into) in the result; without it those offsets point into text
            the document no longer holds.

    Raises:
        TypeError: If *url_key* or *key* is not a ``str``.
    """

    name = "newsnorm"
    type = "FORMAT"

    def __init__(
        self,
        *,
        html: bool = False,
        url_key: str = "url",
        key: str = "newsnorm",
        include_source: bool = True,
    ) -> None:
        """Configure the step; it holds no other state."""
        super().__init__()
        for name, value in (("url_key", url_key), ("key", key)):
            if not isinstance(value, str):
                msg = f"{name} must be a str, got {type(value).__name__}"
                raise TypeError(msg)
        self.html = html
        self.url_key = url_key
        self.key = key
        self.include_source = include_source

    def run(
        self, data: Iterator[Document], rank: int = 0, world_size: int = 1
    ) -> Iterator[Document]:
        """Yield each document with its text replaced by the article body.

        The rest of the article (title, language, publication date, syndication, dates,
        quotes, removed pieces, warnings, and ``source`` unless turned off) is in
        ``document.metadata[key]``. A document that fails keeps its text and gets
        ``{"error": ..., "warnings": [...]}`` there; it is counted as ``newsnorm_error``.
        """
        del rank, world_size
        for document in data:
            metadata: dict[str, Any] = getattr(document, "metadata", None) or {}
            url = metadata.get(self.url_key)
            result = process_document(
                getattr(document, "text", None),
                url=url,
                html=self.html,
                include_source=self.include_source,
            )
            if "error" in result:
                self.stat_update("newsnorm_error")
            else:
                document.text = result.pop("text")
                self.stat_update("newsnorm_ok")
            metadata[self.key] = result
            document.metadata = metadata
            yield document

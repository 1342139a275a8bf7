"""See what newsnorm did: one self-contained HTML page per document.

:func:`view` turns an :class:`~newsnorm.model.Article` into a page that shows the source text
with what was removed (and why), the syndication credits, dates, the publication date and
quotes marked in place; :func:`run_view_command` is ``newsnorm --view`` behind the command
line. See :mod:`newsnorm.viewer.page` for the page, :mod:`newsnorm.viewer.marks` for the one-sweep
rendering of overlapping marks and :mod:`newsnorm.viewer.align` for placing body offsets in the
source.

Examples:
    >>> import newsnorm
    >>> "<mark" in view(newsnorm.normalise('"We sail at dawn," the captain said on Monday.'))
    True
"""

from __future__ import annotations

from newsnorm.viewer.command import run_view_command
from newsnorm.viewer.page import view

__all__ = ["run_view_command", "view"]

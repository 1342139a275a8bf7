"""``newsnorm --view FILE``: normalise one document and write its page to stdout.

The command line (:mod:`newsnorm.cli`) hands over to :func:`run_view_command` as soon as it
sees ``--view``, so the page's code lives here, beside :func:`~newsnorm.viewer.page.view`.
"""

from __future__ import annotations

import errno
import sys
from pathlib import Path
from typing import IO

from newsnorm.decoding import NotTextError, decode
from newsnorm.viewer.page import view

__all__ = ["run_view_command"]


def _read(name: str, stdin: IO[bytes] | None) -> bytes:
    if name == "-":
        if stdin is None and sys.stdin is None:
            raise OSError(errno.EBADF, "standard input is closed")
        return (stdin if stdin is not None else sys.stdin.buffer).read()
    return Path(name).read_bytes()


def _write(page: str, out: IO[str]) -> None:
    """Write UTF-8 bytes when the stream has a buffer: the page says ``charset=utf-8``."""
    out.flush()
    buffer = getattr(out, "buffer", None)
    if buffer is not None:
        buffer.write(page.encode("utf-8"))
        buffer.flush()
    else:
        out.write(page)
        out.flush()


def run_view_command(
    name: str,
    *,
    html: bool = False,
    url: str | None = None,
    stdin: IO[bytes] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    r"""Normalise the document in file *name* (``"-"``: stdin) and write its view page.

    Args:
        name: The file to read, ``"-"`` for standard input.
        html: The document is HTML (run :func:`newsnorm.normalise_html`), not plain text.
        url: The page's URL, when known.
        stdin: Where ``"-"`` reads from (default: ``sys.stdin.buffer``).
        stdout: Where the page goes (default: ``sys.stdout``).
        stderr: Where an error is reported, in one line (default: ``sys.stderr``).

    Returns:
        The exit status: 0 when the page was written, 1 when the document could not be read
        or processed.

    Raises:
        TypeError: If *name* is not a ``str``.

    Examples:
        >>> import io
        >>> out = io.StringIO()
        >>> run_view_command("-", stdin=io.BytesIO(b"Menu\n\nThe pier reopened today."),
        ...                  stdout=out)
        0
        >>> out.getvalue().startswith("<!DOCTYPE html>")
        True
    """
    if not isinstance(name, str):
        msg = f"name must be a str (a file name or '-'), got {type(name).__name__}"
        raise TypeError(msg)
    errors = stderr if stderr is not None else sys.stderr
    try:
        text = decode(_read(name, stdin), html=html).text
    except OSError as error:
        print(f"newsnorm: cannot read {name}: {error.strerror or error}", file=errors)
        return 1
    except NotTextError as error:
        print(f"newsnorm: {name}: {error}", file=errors)
        return 1
    from newsnorm.html import normalise_html  # noqa: PLC0415 - keeps --help fast
    from newsnorm.pipeline import normalise  # noqa: PLC0415

    try:
        article = normalise_html(text, url=url) if html else normalise(text, url=url)
        page = view(article)
    except Exception as error:  # noqa: BLE001 - reported in one line, like other records
        print(f"newsnorm: {name}: {type(error).__name__}: {error}", file=errors)
        return 1
    try:
        _write(page, stdout if stdout is not None else sys.stdout)
    except BrokenPipeError:
        return 0
    return 0

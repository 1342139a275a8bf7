"""Bytes to text, honestly: by byte-order mark, declaration, UTF-8, then detection.

Scraped pages and files arrive as bytes in whatever encoding their site used. Reading them
as UTF-8 with replacement turns "Zürich" in windows-1252 into "Z�rich" and UTF-16 into text
with a NUL between every letter, and nothing says so. :func:`decode` tries, in order:

1. the caller's *encoding*, when given (a wrong name is a :class:`LookupError`);
2. a byte-order mark (UTF-8, UTF-16 and UTF-32, either byte order);
3. for HTML, the page's own declaration (``<meta charset>`` or the ``http-equiv``
   ``Content-Type``) in its first bytes, when the bytes decode under it;
4. strict UTF-8, which almost never decodes text in another encoding by accident (bytes
   that are UTF-8 beyond ASCII are read as UTF-8 even when a page declares otherwise);
5. detection with charset-normalizer (installed with trafilatura), and windows-1252, the
   web's default, for short legacy text.

Bytes that are not text at all (NULs outside UTF-16/32, or what detection cannot read) raise
:class:`NotTextError`, so a caller can report the document instead of analysing noise.
"""

from __future__ import annotations

import codecs
from typing import Final

import attrs
import regex

__all__ = ["Decoded", "NotTextError", "decode"]

DECLARATION_LIMIT: Final = 4096
"""An HTML charset declaration is looked for in this many leading bytes (HTML5 says 1,024;
real pages put long scripts first, so a little more is read)."""

BINARY_CONTROL_SHARE: Final = 0.01
"""Text decoded from real documents has almost no C0 controls besides tab and line ends;
a share above this marks bytes that are not text (images, archives, executables)."""

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# UTF-32 marks come first: the UTF-32 little-endian mark starts with the UTF-16 one.

_DECLARED: Final = regex.compile(
    rb"""<meta\b[^<>]{0,500}?charset\s*+=\s*+["']?+\s*+([A-Za-z0-9_:.\-]{1,40}+)""",
    regex.IGNORECASE,
)
MIN_DETECTION_BYTES: Final = 64
"""Below this many bytes statistical detection guesses more than it knows; such short legacy
texts are read as windows-1252, the web's default."""

DETECTION_TIE: Final = 0.5
"""Readings whose chaos (charset-normalizer's mess score, in percent) is within this of the
best one are equally good; among them windows-1252 is preferred."""

_WIDE_CODECS: Final = ("utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le")
"""Encodings whose text is full of NUL bytes: never a reading of bytes that have none."""

_CONTROLS: Final = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


class NotTextError(ValueError):
    """The bytes are not text in any encoding newsnorm can tell (a binary file, say)."""


@attrs.frozen(slots=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and how it was chosen.

    Attributes:
        text: The decoded text (a byte-order mark is not part of it).
        encoding: The Python codec name used, e.g. ``"utf-8"`` or ``"cp1252"``.
        method: How the encoding was chosen: ``"given"``, ``"bom"``, ``"declared"``,
            ``"utf-8"`` or ``"detected"``.
    """

    text: str
    encoding: str
    method: str


def _codec(name: str) -> str | None:
    """Python's name for an encoding label, or ``None`` when Python has no such codec."""
    label = name.strip().lower()
    # WHATWG: pages labelled Latin-1 or ASCII are decoded as windows-1252, a superset.
    if label in {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"}:
        label = "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _is_text(text: str) -> bool:
    if not text:
        return True
    return len(_CONTROLS.findall(text)) <= BINARY_CONTROL_SHARE * len(text)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> Decoded | None:
    """charset-normalizer's best reading, or ``None``; wide encodings only for bytes with NULs."""
    import charset_normalizer  # noqa: PLC0415 - only documents that are not UTF-8 pay for it

    wide = () if b"\x00" in data else _WIDE_CODECS
    if len(data) < MIN_DETECTION_BYTES:
        return None
    matches = list(charset_normalizer.from_bytes(data, cp_exclusion=list(wide)))
    if not matches:
        return None
    best = matches[0]
    # Single-byte code pages often read a short text equally well (chaos 0 for cp1250,
    # cp1252 and cp1257 alike); among readings as clean as the best, the web's default wins.
    tied = [m for m in matches if m.percent_chaos <= best.percent_chaos + DETECTION_TIE]
    if any(_codec(m.encoding) == "cp1252" for m in tied):
        best = next(m for m in tied if _codec(m.encoding) == "cp1252")
    encoding = _codec(best.encoding) or best.encoding
    text = _try(data, encoding)
    return None if text is None else Decoded(text, encoding, "detected")


def decode(data: bytes, *, encoding: str | None = None, html: bool = False) -> Decoded:
    r"""Decode *data* by the caller's *encoding*, a byte-order mark, declaration, UTF-8, detection.

    Args:
        data: The document's bytes.
        encoding: An encoding that overrides every other clue (the CLI's ``--encoding``).
        html: Read the page's ``<meta charset>`` / ``http-equiv`` declaration too.

    Returns:
        The text, the codec used and how it was chosen.

    Raises:
        TypeError: *data* is not ``bytes`` (or ``bytearray``/``memoryview``).
        LookupError: *encoding* names no codec Python knows.
        NotTextError: the bytes are not text (binary data).

    Examples:
        >>> decode("Zürich".encode("cp1252")).text
        'Zürich'
        >>> decode(b'<meta charset="windows-1252"><p>caf\xe9', html=True).method
        'declared'
        >>> decode("Zürich".encode("utf-16")).encoding
        'utf-16'
    """
    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    if not isinstance(data, bytes):
        msg = f"data must be bytes, not {type(data).__name__}"
        raise TypeError(msg)
    if encoding is not None:
        codec = _codec(encoding)
        if codec is None:
            msg = f"unknown encoding {encoding!r}"
            raise LookupError(msg)
        decoded = Decoded(data.decode(codec, errors="replace"), codec, "given")
    else:
        decoded = _guess(data, html=html)
    if not _is_text(decoded.text):
        msg = f"the data is not text (read as {decoded.encoding})"
        raise NotTextError(msg)
    return decoded


def _guess(data: bytes, *, html: bool) -> Decoded:
    for mark, codec in _BOMS:
        if data.startswith(mark):
            text = _try(data, codec)
            if text is not None:
                return Decoded(text.removeprefix("\ufeff"), codecs.lookup(codec).name, "bom")
    utf8 = _try(data, "utf-8")
    if html:
        declared = _DECLARED.search(data, 0, DECLARATION_LIMIT)
        label = _codec(declared.group(1).decode("ascii")) if declared else None
        # Bytes that are valid UTF-8 beyond ASCII are UTF-8 whatever the page says (legacy
        # text almost never is by chance); pure ASCII follows the declaration, which matters
        # for 7-bit encodings such as ISO-2022-JP. A declared UTF-16 without a mark is a slip.
        if (
            label
            and not label.startswith(("utf-16", "utf-32"))
            and (utf8 is None or data.isascii())
        ):
            text = _try(data, label)
            if text is not None:
                return Decoded(text, label, "declared")
    if utf8 is not None:
        return Decoded(utf8, "utf-8", "utf-8")
    detected = _detect(data)
    if detected is not None:
        return detected
    if b"\x00" not in data:
        # The WHATWG default for unlabelled legacy text; cp1252 decodes all but 5 byte values.
        text = _try(data, "cp1252")
        if text is not None:
            return Decoded(text, "cp1252", "detected")
    msg = "the data is not text in any encoding that could be detected"
    raise NotTextError(msg)

"""The command line: documents in (files, stdin or JSONL), one JSON object per document out.

Usage::

    newsnorm page.txt other.txt          # one record per file
    newsnorm - < page.txt                # stdin is one document
    newsnorm --html page.html            # HTML input: trafilatura extracts the text first
    newsnorm --jsonl corpus.jsonl --jobs 2 -o out.jsonl
    newsnorm --jsonl corpus.jsonl --jobs 2 -o out.jsonl --resume   # after a killed run

No document is lost: every input document (file, or non-blank JSONL line) gives exactly one
output record, in input order, whatever it holds. In JSONL mode the caller's record comes
back whole with newsnorm's result under one key (``newsnorm``, or ``--into NAME``); in file
mode a record is ``{"path": ..., <the article's fields>}``. A document that cannot be
processed has ``"error"`` in newsnorm's result. Exit status: 0 when every document
succeeded, 1 when some failed (a one-line summary and a line per failure go to stderr), 2 on
usage errors.
"""

from __future__ import annotations

import argparse
import bz2
import codecs
import contextlib
import difflib
import errno
import gc
import gzip
import io
import json
import lzma
import math
import os
import signal
import stat
import sys
import threading
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, Any, BinaryIO, Final, NoReturn

import attrs
import regex

from newsnorm.__about__ import __version__
from newsnorm.dates.patterns import all_form_patterns
from newsnorm.decoding import NotTextError, decode
from newsnorm.pool import ordered_map
from newsnorm.records import process_document, replace_surrogates, surrogate_warning
from newsnorm.text import holds_markup

__all__ = ["main"]

DEFAULT_MAX_CHARS: Final = 5_000_000
DEFAULT_TIMEOUT: Final = 60.0
DEFAULT_INTO: Final = "newsnorm"
HTML_HINT: Final = "read as HTML: the document starts like an HTML page (--html says so)"
TEXT_HINT: Final = "read as text: --html was given, but the document holds no markup"
"""The warning of a page given without ``--html`` that is read as HTML all the same."""
HTML_SNIFF_CHARS: Final = 4_096
"""Characters read to tell an HTML page from text: room for a long XML declaration and
comments before the first tag."""
TYPO_SIMILARITY: Final = 0.75
"""An unknown option this similar to a known one (difflib's ratio) is taken for a typo of it:
one letter swapped, dropped or doubled in a name of four letters or more."""
MAX_FAILURE_LINES: Final = 1_000
"""At most this many failures are listed one per line on stderr; the records have them all."""
BYTES_PER_CHAR: Final = 4
"""UTF-8 needs at most four bytes a character: a longer input is over --max-chars for sure."""
MAX_MAX_CHARS: Final = sys.maxsize // (2 * BYTES_PER_CHAR)
"""The largest --max-chars: its limit in bytes must stay a size the platform can index."""
MAX_TIMEOUT: Final = 1e9
"""The largest --timeout in seconds (31 years): the system timer overflows not far above."""
LINE_SLACK: Final = 1 << 20
"""Bytes a JSONL line may hold beyond its text field's cap (its other fields)."""
_JSON_SPACE: Final = b" \t\r\n"
_WEB_ADDRESS: Final = regex.compile(r"(?i)(?:https?|ftp)://")
_ID_FIELD: Final = regex.compile(r'"id"\s*+:\s*+("(?:[^"\\]|\\.)*+"|-?\d++)')
_PATTERN: Final = regex.compile(r"[*?[]")
_WIDE: Final = ("utf-16", "utf-32")
_CHUNK: Final = 1 << 20
"""Bytes read from a document at a time."""
_SNIFF: Final = 4096
"""Bytes of a JSONL stream looked at to tell compression, UTF-16 and UTF-32 from UTF-8."""
_COMPRESSED: Final = regex.compile(
    rb"(?<gzip>\x1f\x8b\x08)|(?<bzip2>BZh[1-9](?:1AY&SY|\x17rE8P\x90))"
    rb"|(?<xz>\xfd7zXZ\x00)|(?<zstd>\x28\xb5\x2f\xfd)"
)
"""The magic numbers that open a compressed file (bzip2's with its first block's)."""
_Archive = gzip.GzipFile | bz2.BZ2File | lzma.LZMAFile
_DECOMPRESSORS: Final[dict[str, Callable[[BinaryIO], _Archive]]] = {
    "gzip": lambda stream: gzip.GzipFile(fileobj=stream),
    "bzip2": bz2.BZ2File,
    "xz": lzma.LZMAFile,
}
_UNREADABLE: Final = (OSError, EOFError, zlib.error, lzma.LZMAError)
"""What reading a damaged or truncated compressed file raises."""
_LINE_SEPARATORS: Final = regex.compile("[\x85\u2028\u2029]")
_WARM_UP: Final = (
    "Home | News\n\nHarbour reopens\n\nPublished: 3 March 2025\n\n"
    'The harbour reopened on Monday after repairs. "We are glad," said Ada Lund.\n\n'
    "Share this article"
)
_WARM_UP_PAGES: Final = (
    _WARM_UP,
    (
        "Start | Nachrichten\n\nDer Hafen ist wieder offen\n\nVeröffentlicht am 3. März 2025\n\n"
        'Der Hafen wurde am Montag nach zwei Wochen wieder geöffnet. "Wir sind froh", sagte '
        "Ada Lund. Die Arbeiten hatten im Februar begonnen.\n\nArtikel teilen"
    ),
    (
        "Accueil | Actualités\n\nLe port rouvre\n\nPublié le 3 mars 2025\n\n"
        "Le port a rouvert lundi après deux semaines de travaux. « Nous sommes contents », a dit "
        "Ada Lund. Les travaux avaient commencé en février.\n\nPartager cet article"
    ),
    (
        "Inicio | Noticias\n\nEl puerto reabre\n\nPublicado el 3 de marzo de 2025\n\n"
        "El puerto reabrió el lunes tras dos semanas de obras. «Estamos contentos», dijo "
        "Ada Lund. Las obras habían empezado en febrero.\n\nCompartir este artículo"
    ),
)
"""A short page in each language of the date grammars: what a worker would otherwise
compile on its first page of that language is compiled once, before the workers fork."""


@attrs.frozen
class _Task:
    """One document to process, and what its output record is built from.

    *record* is the caller's JSON object (JSONL mode) or ``None`` (file mode); *where* names
    the document on stderr; *key* identifies it for ``--resume``.
    """

    text: str | None
    where: str
    record: dict[str, Any] | None = None
    path: str | None = None
    url: str | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()
    extra: dict[str, Any] = attrs.field(factory=dict)
    key: str | None = None
    line: int | None = None  # JSONL mode: the record's line, for messages on stderr


@attrs.frozen
class _Options:
    html: bool
    max_chars: int
    timeout: float
    include_source: bool


@attrs.frozen
class _Work:
    """What a worker needs: the text and options, not the caller's whole record."""

    text: str | None
    url: str | None
    error: str | None
    warnings: tuple[str, ...]
    options: _Options


_Result = dict[str, Any] | bytes
"""Newsnorm's result for a document: the dict, or (JSONL mode) its JSON when it succeeded."""


class _UsageError(Exception):
    """A usage error: reported in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message + self._suggestion(message))

    def _suggestion(self, message: str) -> str:
        """``(did you mean --jsonl?)`` for an unknown option close to a known one."""
        unknown = message.removeprefix("unrecognized arguments:")
        if unknown == message:
            return ""
        names = [option[2:] for option in self._option_string_actions if option[:2] == "--"]
        for word in unknown.split():
            name = word.split("=", 1)[0].lstrip("-")
            close = difflib.get_close_matches(name, names, n=1, cutoff=TYPO_SIMILARITY)
            if close:
                return f" (did you mean --{close[0]}?)"
        return ""


class _Timeout(Exception):  # noqa: N818 - reads as what happened
    pass


class _Terminated(BaseException):
    """SIGTERM (``kill``, ``timeout``, a job scheduler) or SIGHUP (a closed terminal)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _on_terminate(signum: int, frame: FrameType | None) -> NoReturn:
    del frame
    raise _Terminated(signum)


def _stopping_signals() -> list[signal.Signals]:
    """SIGTERM, and SIGHUP unless it is ignored (``nohup``), where the platform has them."""
    hangup = getattr(signal, "SIGHUP", None)
    if hangup is None or signal.getsignal(hangup) is signal.SIG_IGN:
        return [signal.SIGTERM]
    return [signal.SIGTERM, hangup]


@contextlib.contextmanager
def _terminate_gracefully() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into :class:`_Terminated` while the block runs (main thread).

    The records already made are then written and the output closed, so that a stopped
    run ends on a whole line and ``--resume`` continues it where it stopped.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.signal(number, _on_terminate) for number in _stopping_signals()}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsnorm",
        description="Clean and understand scraped news text; writes one JSON object per "
        "document (JSONL) to stdout.",
    )
    parser.add_argument(
        "inputs", nargs="*", metavar="FILE", help="files to read; '-' or nothing reads stdin"
    )
    parser.add_argument("--html", action="store_true", help="the input is HTML, not plain text")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="each input line is a JSON object, returned whole with newsnorm's result added",
    )
    parser.add_argument(
        "--field",
        default=None,
        help="with --jsonl: the field holding the document (default: text)",
    )
    parser.add_argument(
        "--into",
        default=None,
        metavar="NAME",
        help=f"with --jsonl: the field newsnorm's result goes into (default: {DEFAULT_INTO})",
    )
    parser.add_argument(
        "--id-field",
        default=None,
        metavar="NAME",
        help="with --jsonl: the field that identifies a record, for --resume (default: id)",
    )
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help="read the input in this encoding instead of detecting it (e.g. cp1252)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the records to FILE instead of stdout ('-': stdout)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="with --output: append, skipping documents whose id is already in FILE",
    )
    parser.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)"
    )
    parser.add_argument(
        "--max-chars",
        type=int,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=f"documents longer than this are error records (default: {DEFAULT_MAX_CHARS:,})",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"time limit per document, 0 for none (default: {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--include-source",
        action="store_true",
        help="also write the text the offsets of removed/syndication/published point into",
    )
    parser.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar on stderr: auto shows it when stderr is a terminal",
    )
    parser.add_argument(
        "--view",
        metavar="FILE",
        help="write one HTML page showing what newsnorm did to FILE ('-': stdin) instead "
        "(to stdout, or to --output)",
    )
    parser.add_argument("--version", action="version", version=f"newsnorm {__version__}")
    return parser


# --- reading -------------------------------------------------------------------------------


def _codec(name: str | None) -> str | None:
    """Python's codec for ``--encoding`` (a wrong name is a usage error)."""
    if name is None:
        return None
    try:
        return decode(b"", encoding=name).encoding
    except LookupError:
        msg = f"--encoding: unknown encoding {name!r}"
        raise _UsageError(msg) from None


def _decoded(data: bytes, encoding: str | None, *, html: bool) -> tuple[str, tuple[str, ...]]:
    """The text of a document's bytes, and a warning when its encoding was guessed."""
    decoded = decode(data, encoding=encoding, html=html)
    if decoded.method == "detected":
        return decoded.text, (f"encoding detected as {decoded.encoding}",)
    return decoded.text, ()


def _stdin() -> BinaryIO:
    """Standard input's bytes; ``OSError`` when the process was started with it closed."""
    if sys.stdin is None:
        raise OSError(errno.EBADF, "standard input is closed")
    return sys.stdin.buffer


def _read_document(name: str, limit: int) -> bytes | None:
    """The bytes of file *name* (``-``: stdin), or ``None`` when there are over *limit*."""
    if name == "-":
        stdin = _stdin()
        data = _read_at_most(stdin, limit)
        while data is None and stdin.read(_CHUNK):  # the writer of a pipe is not cut off
            pass
    else:
        path = Path(name)
        if path.is_dir():
            raise IsADirectoryError(21, "is a directory", name)
        with path.open("rb") as stream:
            data = _read_at_most(stream, limit)
    return None if data is None else _inflated(data, limit)


def _read_at_most(stream: BinaryIO, limit: int) -> bytes | None:
    """All of *stream*'s bytes, or ``None`` as soon as there are over *limit*.

    Whatever a file claims to hold, at most one chunk over the cap is read: a FIFO or a
    device such as /dev/zero has no size and may never end.
    """
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _inflated(data: bytes, limit: int) -> bytes | None:
    """*data*, decompressed when it is compressed (``page.txt.gz``); ``None`` over *limit*."""
    raw = io.BytesIO(data)
    stream = _decompressed(raw, data[:_SNIFF])
    if stream is raw:
        return data
    try:
        return _read_at_most(stream, limit)
    except _UNREADABLE as error:
        raise OSError(0, f"not a readable compressed file ({error})") from None


def _decompressed(stream: BinaryIO, head: bytes) -> BinaryIO:
    """*stream*, or its decompressed bytes when *head* opens a gzip, bzip2 or xz file.

    Raises:
        OSError: The data is compressed in a format Python cannot read (zstd).
    """
    match = _COMPRESSED.match(head)
    if match is None:
        return stream
    kind = str(match.lastgroup)
    if kind not in _DECOMPRESSORS:
        message = f"compressed with {kind}, which newsnorm cannot read: decompress it first"
        raise OSError(0, message)
    return io.BufferedReader(_DECOMPRESSORS[kind](stream))


def _read_problem(name: str, error: OSError) -> str:
    """Why file *name* could not be read, with a hint when it is a web address."""
    reason = error.strerror or str(error)
    if isinstance(error, FileNotFoundError) and _WEB_ADDRESS.match(name):
        return f"{reason} (newsnorm reads files, not URLs: download the page first)"
    if isinstance(error, FileNotFoundError) and _PATTERN.search(name):
        return f"{reason} (no file matches this pattern)"
    return reason


def _document_tasks(
    names: Sequence[str], options: _Options, encoding: str | None
) -> Iterator[_Task]:
    limit = options.max_chars * BYTES_PER_CHAR
    for name in names:
        shown = "stdin" if name == "-" else name
        try:
            data = _read_document(name, limit)
        except OSError as error:
            problem = f"cannot read {shown}: {_read_problem(name, error)}"
            yield _Task(None, shown, path=name, error=problem, key=_id_key(name))
            continue
        if data is None:
            problem = f"over {limit:,} bytes, so over --max-chars {options.max_chars:,}"
            yield _Task(None, shown, path=name, error=problem, key=_id_key(name))
            continue
        try:
            text, warnings = _decoded(data, encoding, html=options.html)
        except NotTextError as error:
            error_text = f"not a text document: {error}"
            yield _Task(None, shown, path=name, error=error_text, key=_id_key(name))
            continue
        if _looks_like_jsonl(text):
            hint = "this looks like JSON lines: --jsonl processes one record per line"
            warnings = (*warnings, hint)
            _say(f"{shown}: {hint}")
        elif not options.html and _looks_like_html(text):
            _say(f"{shown}: {HTML_HINT}")
        elif options.html and not holds_markup(text):
            _say(f"{shown}: {TEXT_HINT}")
        yield _Task(text, shown, path=name, warnings=warnings, key=_id_key(name))


def _looks_like_html(text: str) -> bool:
    """Whether a document given as plain text is an HTML page (``--html`` forgotten).

    Only a document that *starts* like a page counts (after a byte-order mark, white space,
    an XML declaration or comments): a doctype, or an ``<html>``, ``<head>`` or ``<body>``
    tag. Text that merely contains markup is left as text.
    """
    start = text[:HTML_SNIFF_CHARS].lstrip("\ufeff \t\r\n").lower()
    while start.startswith(("<?xml", "<!--")):
        end = start.find("?>" if start.startswith("<?") else "-->")
        if end < 0:
            return False
        start = start[end + (2 if start.startswith("<?") else 3) :].lstrip(" \t\r\n")
    if start.startswith("<!doctype"):
        return start[len("<!doctype") :].lstrip().startswith("html")
    return any(
        start.startswith(tag) and start[len(tag) : len(tag) + 1] in (">", " ", "\t", "\r", "\n")
        for tag in ("<html", "<head", "<body")
    )


def _looks_like_jsonl(text: str) -> bool:
    """Whether a document's first line is a JSON object (a JSONL file given without --jsonl)."""
    if not text.lstrip().startswith("{"):
        return False
    first = text.lstrip().split("\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False


def _salvaged_id(line: str) -> Any:  # noqa: ANN401 - any JSON id
    """The ``id`` of a broken JSON line, when it can still be read, for its error record."""
    match = _ID_FIELD.search(line, 0, 100_000)
    if match is None:
        return None
    with contextlib.suppress(ValueError, RecursionError):
        return json.loads(match.group(1))
    return None


def _id_key(value: object) -> str | None:
    """A hashable key for an id value (``7`` and ``"7"`` stay different).

    Lone surrogates (in a file name that is not UTF-8, say) are replaced as the output
    replaces them, so that an id read back from the output is the same key.
    """
    if value is None:
        return None
    try:
        return json.dumps(replace_surrogates(value)[0], sort_keys=True, ensure_ascii=True)
    except (TypeError, ValueError, RecursionError):
        return None


def _lines(
    readline: Callable[[int], Any],
    limit: int,
    newline: str | bytes,
) -> Iterator[tuple[int, Any, bool]]:
    """``(number, line, whole)`` per line; a line over *limit* is cut (``whole`` false)."""
    number = 0
    while True:
        piece = readline(limit)
        if not piece:
            return
        number += 1
        if len(piece) >= limit and not piece.endswith(newline):
            while True:  # skip the rest of the overlong line without holding it
                more = readline(limit)
                if not more or more.endswith(newline):
                    break
            yield number, piece[:1000], False
        else:
            yield number, piece, True


def _line_text(raw: bytes, encoding: str | None) -> tuple[str, tuple[str, ...]]:
    """The text of one JSONL line: UTF-8 as JSON requires, else decoded with a warning."""
    if encoding is not None:
        return raw.decode(encoding, errors="replace"), ()
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    try:
        decoded = decode(raw)
    except NotTextError:
        return raw.decode("utf-8", errors="replace"), (
            "the line is not UTF-8 text; undecodable bytes replaced by U+FFFD",
        )
    return decoded.text, (f"the line is not UTF-8; read as {decoded.encoding}",)


def _wide_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32 when *head* is a byte-order mark followed by JSON in that encoding.

    (UTF-8 text never starts with these marks: their bytes are not valid UTF-8.)
    """
    for mark, codec, unit in (
        (codecs.BOM_UTF32_LE, "utf-32-le", 4),
        (codecs.BOM_UTF32_BE, "utf-32-be", 4),
        (codecs.BOM_UTF16_LE, "utf-16-le", 2),
        (codecs.BOM_UTF16_BE, "utf-16-be", 2),
    ):
        if head.startswith(mark):
            if _starts_json(head[len(mark) : len(mark) + unit], codec):
                return "utf-32" if unit == 4 else "utf-16"
            return None
    return None


def _starts_json(data: bytes, codec: str) -> bool:
    try:
        return data.decode(codec) in {"{", "[", " ", "\t", "\r", "\n"}
    except UnicodeDecodeError:
        return False


def _open_lines(
    stream: BinaryIO, limit: int, encoding: str | None
) -> Iterator[tuple[int, str, bool, tuple[str, ...]]]:
    """The non-blank lines of a JSONL stream as text, with how each was decoded.

    A line is blank when it holds only JSON white space (before decoding, so that what a
    guessed encoding makes of odd bytes cannot hide a line).
    """
    wide = encoding if encoding and encoding.startswith(_WIDE) else None
    if wide is None and not encoding and isinstance(stream, io.BufferedReader):
        wide = _wide_encoding(stream.peek(_SNIFF)[:_SNIFF])
    if wide is not None:
        text_stream = io.TextIOWrapper(stream, encoding=wide, errors="replace", newline="")
        for number, line, whole in _lines(text_stream.readline, limit, "\n"):
            text = line.removeprefix("\ufeff") if number == 1 else line
            if text.strip(" \t\r\n"):
                yield number, text, whole, ()
        text_stream.detach()
        return
    for number, raw, whole in _lines(stream.readline, limit, b"\n"):
        data = raw.removeprefix(codecs.BOM_UTF8) if number == 1 else raw
        if data.strip(_JSON_SPACE):
            text, warnings = _line_text(data, encoding)
            yield number, text, whole, warnings


def _jsonl_tasks(
    names: Sequence[str], options: _Options, encoding: str | None, field: str, id_field: str
) -> Iterator[_Task]:
    limit = options.max_chars * BYTES_PER_CHAR + LINE_SLACK
    for name in names:
        shown = "stdin" if name == "-" else name
        try:
            stream: BinaryIO = _stdin() if name == "-" else Path(name).open("rb")  # noqa: SIM115
        except OSError as error:
            problem = f"cannot read {shown}: {_read_problem(name, error)}"
            yield _Task(None, shown, {}, path=name, error=problem, extra={"path": name})
            continue
        with contextlib.nullcontext(stream) if name == "-" else stream:
            first = True
            try:
                lines = _open_lines(_maybe_decompressed(stream), limit, encoding)
                for number, line, whole, warnings in lines:
                    if first:
                        first = False
                        _hint_for_first_line(shown, line)
                    yield _record_task(line, whole, shown, number, field, id_field, warnings)
            except (*_UNREADABLE, UnicodeError) as error:  # also a UTF-16 without its mark
                reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
                problem = f"cannot read {shown}: {reason}"
                yield _Task(None, shown, {}, path=name, error=problem, extra={"path": name})


def _hint_for_first_line(shown: str, line: str) -> None:
    """Say on stderr what a ``--jsonl`` input's first line suggests was meant instead."""
    start = line.lstrip(" \t\r\n\ufeff")
    if start.startswith("["):
        _say(
            f"{shown} starts with a JSON array: --jsonl reads one JSON object "
            "per line (jq -c '.[]' converts an array)"
        )
    elif start.rstrip() == "{":
        _say(
            f"{shown} starts with JSON written over several lines: --jsonl reads one JSON "
            "object per line (jq -c . puts each object on one line)"
        )
    elif not start.startswith(("{", '"')):
        _say(f"{shown} does not start like JSON lines: without --jsonl, a file is one document")


def _maybe_decompressed(stream: BinaryIO) -> BinaryIO:
    """*stream*, or its decompressed lines when it is compressed (``corpus.jsonl.gz``)."""
    if not isinstance(stream, io.BufferedReader):
        return stream
    return _decompressed(stream, stream.peek(_SNIFF)[:_SNIFF])


def _record_task(  # noqa: PLR0917 - private, called once
    line: str,
    whole: bool,
    where: str,
    number: int,
    field: str,
    id_field: str,
    warnings: tuple[str, ...],
) -> _Task:
    notes = list(warnings)
    salvage = id_field == "id"  # a broken line's id is looked for only when it is broken
    if not whole:
        error = f"line {number}: the line is over the size limit for --max-chars"
        return _broken(_salvaged_id(line) if salvage else None, where, number, error, notes)
    # A byte-order mark opening a later line too: JSONL files concatenated with `cat`.
    line = line.removeprefix("\ufeff")
    try:
        record = _loads(line, notes)
    except (ValueError, RecursionError) as error:
        message = str(error) if isinstance(error, ValueError) else "nested too deeply"
        error_text = f"line {number}: not valid JSON ({message})"
        return _broken(_salvaged_id(line) if salvage else None, where, number, error_text, notes)
    if not isinstance(record, dict):
        kind = _json_kind(record)
        return _broken(None, where, number, f"line {number}: not a JSON object ({kind})", notes)
    record, replaced = replace_surrogates(record)
    if replaced:
        notes.append(surrogate_warning(replaced))
    key = _id_key(record.get(id_field))
    extra = {"line": number}
    if field not in record:
        problem = f"line {number}: no {field!r} field"
        return _Task(
            None, where, record, error=problem, warnings=tuple(notes), extra=extra, key=key
        )
    text = record[field]
    if not isinstance(text, str):
        problem = f"line {number}: {field!r} is not a string ({_json_kind(text)})"
        return _Task(
            None, where, record, error=problem, warnings=tuple(notes), extra=extra, key=key
        )
    url = record.get("url")
    return _Task(
        text,
        where,
        record,
        url=url if isinstance(url, str) else None,
        warnings=tuple(notes),
        key=key,
        line=number,
    )


def _loads(line: str, notes: list[str]) -> Any:  # noqa: ANN401 - any JSON value
    """Parse one JSONL line, noting in *notes* what had to be read leniently.

    NaN and infinite numbers become ``None``. Control characters inside strings (a raw tab,
    which JSON does not allow but careless writers leave) are read as they are.

    Raises:
        ValueError, RecursionError: As :func:`json.loads`.
    """
    constants: list[str] = []

    def constant(name: str) -> None:
        constants.append(name)

    def number_or_null(digits: str) -> float | None:
        value = float(digits)
        if math.isfinite(value):
            return value
        constants.append(digits)
        return None

    try:
        value = json.loads(line, parse_constant=constant, parse_float=number_or_null)
    except ValueError as error:
        if not str(error).startswith("Invalid control character"):
            raise
        value = json.loads(line, parse_constant=constant, parse_float=number_or_null, strict=False)
        notes.append("control characters inside strings (not allowed in JSON) read as they are")
    if constants:
        notes.append(f"{len(constants)} NaN or infinite numbers replaced by null")
    return value


def _json_kind(value: object) -> str:
    """What JSON calls the kind of a parsed value: ``object``, ``array``, ``null`` and so on."""
    kinds = (
        (type(None), "null"),
        (bool, "boolean"),
        (dict, "object"),
        (list, "array"),
        (str, "string"),
        (int | float, "number"),
    )
    return next((name for kind, name in kinds if isinstance(value, kind)), type(value).__name__)


def _broken(salvaged: Any, where: str, number: int, error: str, notes: list[str]) -> _Task:  # noqa: ANN401
    record = {} if salvaged is None else {"id": salvaged}
    return _Task(
        None,
        where,
        record,
        error=error,
        warnings=tuple(notes),
        extra={"line": number},
        key=_id_key(salvaged),
    )


# --- processing ----------------------------------------------------------------------------


def _on_alarm(signum: int, frame: FrameType | None) -> NoReturn:
    del signum, frame
    raise _Timeout


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block after *seconds* (where the platform has SIGALRM)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if seconds <= 0 or not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _process(work: _Work) -> dict[str, Any]:
    """Newsnorm's result for one document; never raises."""
    options = work.options
    if work.error is not None or work.text is None:
        return {"error": work.error or "no text", "warnings": list(work.warnings)}
    if len(work.text) > options.max_chars:
        message = (
            f"document has {len(work.text):,} characters, over --max-chars {options.max_chars:,}"
        )
        return {"error": message, "warnings": list(work.warnings)}
    html, warnings = options.html, work.warnings
    if not html and _looks_like_html(work.text):
        html, warnings = True, (*warnings, HTML_HINT)
    elif html and not holds_markup(work.text):  # an extractor would find nothing in it
        html, warnings = False, (*warnings, TEXT_HINT)
    try:
        with _time_limit(options.timeout):
            return process_document(
                work.text,
                url=work.url,
                html=html,
                include_source=options.include_source,
                warnings=warnings,
            )
    except _Timeout:
        return {"error": f"timed out after {options.timeout:g} s", "warnings": list(work.warnings)}


def _failed(work: _Work, reason: str) -> dict[str, Any]:
    return {"error": reason, "warnings": list(work.warnings)}


def _process_encoded(work: _Work) -> _Result:
    """Newsnorm's result for one document, as its JSON in UTF-8 when it succeeded.

    The JSON is what :func:`_dumps` would write for the result (line separators escaped), so
    the parent splices it into the output line instead of encoding it again: with
    ``--jobs``, the encoding is done by the workers, in parallel. An error record, or a
    result that cannot be encoded, comes back as the dict.
    """
    result = _process(work)
    if "error" in result:
        return result
    try:
        return _json_bytes(result)
    except (TypeError, ValueError, RecursionError):  # the writer reports it
        return result


def _json_bytes(value: object) -> bytes:
    """*value* as one line of UTF-8 JSON, Unicode line separators escaped (no newline).

    Raises:
        TypeError, ValueError, RecursionError: As :func:`json.dumps` and ``str.encode``.
    """
    line = json.dumps(value, ensure_ascii=False, allow_nan=False)
    if not line.isascii() and ("\u2028" in line or "\u2029" in line or "\x85" in line):
        # Valid JSON either way, but readers that split on every Unicode line break
        # (str.splitlines, some editors) would cut the record in two.
        line = _LINE_SEPARATORS.sub(lambda match: f"\\u{ord(match.group()):04x}", line)
    return line.encode("utf-8")  # raises on a lone surrogate


def _warm_up(options: _Options) -> None:
    """Load data and compile patterns once, so forked workers share them.

    Every date form of every language is compiled (the costly part of a first page), and a
    short page in each language is run. The objects made so far are then moved out of the
    garbage collector's sight (:func:`gc.freeze`): a worker's collections would otherwise
    walk them all, writing to each one's header, which copies the parent's memory pages
    into the worker.
    """
    all_form_patterns()
    for page in _WARM_UP_PAGES:
        process_document(page, html=False)
    if options.html:
        process_document(
            f"<html><body><article><p>{_WARM_UP}</p></article></body></html>", html=True
        )
    gc.freeze()


def _results(
    tasks: Iterable[_Task], options: _Options, jobs: int, *, encoded: bool = False
) -> Iterator[tuple[_Task, _Result]]:
    """Each task with newsnorm's result for it, in input order.

    With *encoded*, a result that succeeded comes as its JSON (:func:`_process_encoded`).
    """
    process: Callable[[_Work], _Result] = _process_encoded if encoded else _process
    pairs: Iterator[tuple[_Task, _Work]] = (
        (task, _Work(task.text, task.url, task.error, task.warnings, options)) for task in tasks
    )
    if jobs <= 1:
        for task, work in pairs:
            yield task, process(work)
        return
    _warm_up(options)
    held: deque[_Task] = deque()

    def works() -> Iterator[_Work]:
        for task, work in pairs:
            held.append(task)
            yield work

    try:
        for result in ordered_map(process, works(), jobs=jobs, failed=_failed):
            yield held.popleft(), result
    finally:
        gc.unfreeze()  # a caller that runs main() again (tests) must not keep them frozen


def _output_record(task: _Task, result: dict[str, Any], into: str) -> dict[str, Any]:
    if task.record is None:  # file mode: today's layout
        return (
            {"path": task.path, **result}
            if "error" not in result
            else {
                "error": result["error"],
                "path": task.path,
                "warnings": result.get("warnings", []),
            }
        )
    record = dict(task.record)
    if into in record:
        result.setdefault("warnings", []).append(f"the input's {into!r} field was replaced")
    record[into] = {**result, **task.extra} if "error" in result else result
    return record


# --- writing -------------------------------------------------------------------------------


class _Writer:
    r"""Writes records as UTF-8 JSON lines, whatever the output stream's encoding.

    A text stream with a byte buffer (``sys.stdout``) is written to through the buffer, so
    ``PYTHONIOENCODING=ascii`` or a Windows console cannot refuse a character; a text stream
    without one gets ASCII-only JSON (``\\u`` escapes).
    """

    def __init__(self, stream: Any) -> None:  # noqa: ANN401 - a text or binary stream
        self._binary: BinaryIO | None = None
        self._text: IO[str] | None = None
        if isinstance(stream, io.TextIOBase):
            buffer = getattr(stream, "buffer", None)
            stream.flush()
            if buffer is not None:
                self._binary = buffer
            else:
                self._text = stream  # type: ignore[assignment]
        else:
            self._binary = stream

    def write(self, record: dict[str, Any], into: str | None) -> str | None:
        """Write *record*; return an error when it could only be written as an error record."""
        line, error = _dumps(record, into)
        self.write_line(line)
        return error

    def write_line(self, line: bytes) -> None:
        """Write one JSON line (UTF-8, newline included), as :func:`_dumps` makes it."""
        if self._binary is not None:
            self._binary.write(line)
        elif self._text is not None:
            self._text.write(json.dumps(json.loads(line), ensure_ascii=True) + "\n")

    def flush(self) -> None:
        if self._binary is not None:
            self._binary.flush()
        if self._text is not None:
            self._text.flush()


def _spliced(record: dict[str, Any], into: str, result: bytes) -> bytes | None:
    """The line :func:`_dumps` writes for *record* with *result* (JSON) under *into*.

    The caller's record is encoded here and the result's JSON put in as its last field, as
    ``record[into] = result`` would put it. ``None`` when only :func:`_dumps` can say what
    to write: *into* is already a field (it is replaced, with a warning), or the record
    cannot be encoded as it is (lone surrogates in *into*, say).
    """
    if into in record:
        return None
    try:
        head = _json_bytes(record)
        key = _json_bytes(into)
    except (TypeError, ValueError, RecursionError):
        return None
    separator = b", " if record else b""
    return b"".join((head[:-1], separator, key, b": ", result, b"}\n"))


def _dumps(record: dict[str, Any], into: str | None) -> tuple[bytes, str | None]:
    """One JSON line in UTF-8, newline included, and an error if only an error record fits.

    A record nested too deeply for the encoder, say, is written as an error record.
    """
    try:
        encoded = _json_bytes(record) + b"\n"
    except UnicodeEncodeError:
        cleaned, count = replace_surrogates(record)
        target = (
            cleaned[into] if into is not None and isinstance(cleaned.get(into), dict) else cleaned
        )
        target.setdefault("warnings", []).append(surrogate_warning(count))
        return _dumps(cleaned, into)
    except (TypeError, ValueError, RecursionError) as error:
        message = f"the record cannot be written as JSON ({type(error).__name__})"
        fallback: dict[str, Any] = {"error": message}
        if into is not None:
            kept = {"id": record["id"]} if isinstance(record.get("id"), str | int) else {}
            line = json.dumps({**kept, into: fallback}, ensure_ascii=True)
        else:
            line = json.dumps({**fallback, "path": record.get("path")}, ensure_ascii=True)
        return (line + "\n").encode("utf-8"), message
    return encoded, None


# --- resume --------------------------------------------------------------------------------


_Written = Counter[str | None]
"""How many records an output file that a run resumes holds, per id (``None``: no id)."""


def _written(path: Path, *, into: str | None, id_field: str) -> _Written:
    """The ids already in an output file; a line cut short by a killed run is removed."""
    written: _Written = Counter()
    if not path.exists():
        return written
    with path.open("rb+") as stream:
        kept = 0
        for raw in stream:
            if not raw.endswith(b"\n"):
                break
            kept += len(raw)
            try:
                record = json.loads(raw)
            except ValueError:
                continue
            if isinstance(record, dict):
                value = record.get(id_field) if into is not None else record.get("path")
                written[_id_key(value)] += 1
        stream.truncate(kept)
    return written


def _unwritten(tasks: Iterable[_Task], written: _Written, tally: _Tally) -> Iterator[_Task]:
    """The *tasks* whose record is not in the output yet; counts the others in *tally*.

    The output keeps the input's order, so when it holds *n* records with an id (or *n*
    without one), they are the input's first *n* with that id (or without one): those are
    skipped, and a later record with the same id is not.
    """
    left = Counter(written)
    for task in tasks:
        if left[task.key] > 0:
            left[task.key] -= 1
            tally.skipped += 1
            continue
        yield task


# --- main ----------------------------------------------------------------------------------


def _progress(
    results: Iterator[tuple[_Task, _Result]], *, total: int | None, mode: str
) -> Iterator[tuple[_Task, _Result]]:
    show = mode == "always" or (mode == "auto" and sys.stderr.isatty())
    if not show:
        return results
    from tqdm import tqdm  # noqa: PLC0415 - only when a bar is shown

    tqdm.monitor_interval = 0  # no monitor thread: workers are forked
    bar: Iterator[tuple[_Task, _Result]] = tqdm(
        results, total=total, unit="doc", file=sys.stderr, dynamic_ncols=True
    )
    return bar


def _check_arguments(arguments: argparse.Namespace) -> None:
    """Refuse contradictory or meaningless options; fill in the JSONL field defaults."""
    if arguments.output == "-":
        arguments.output = None  # `-o -` is stdout, as `-` is stdin
    given = _given_field_options(arguments)
    _fill_field_defaults(arguments)
    problem = _jsonl_field_problem(arguments, given) or _option_problem(arguments)
    if problem is None:
        inputs = arguments.inputs if arguments.view is None else [arguments.view]
        problem = _output_clash(arguments.output, inputs)
    if problem is not None:
        raise _UsageError(problem)
    arguments.jobs = _capped_jobs(arguments.jobs)


def _capped_jobs(jobs: int) -> int:
    """*jobs*, or the number of CPUs this process may use when it asks for more.

    Workers are forked all at once, and a document's work is all CPU: more workers than CPUs
    only share them, and a slip (``--jobs 10000``) would fork thousands of processes.
    """
    affinity = getattr(os, "sched_getaffinity", None)
    cpus = len(affinity(0)) if affinity is not None else os.cpu_count() or 1
    if jobs <= cpus:
        return jobs
    noun = "CPU" if cpus == 1 else "CPUs"
    _say(f"--jobs {jobs:,} is more than the {cpus} {noun} here; using {cpus}")
    return cpus


def _option_problem(arguments: argparse.Namespace) -> str | None:
    """What is wrong with the other options, if anything (the first problem found)."""
    problem = None
    if arguments.view is not None and arguments.inputs:
        problem = "--view shows one document: give it as --view FILE, without other FILE arguments"
    elif arguments.jobs < 1:
        problem = f"--jobs must be at least 1, got {arguments.jobs}"
    elif not 1 <= arguments.max_chars <= MAX_MAX_CHARS:
        problem = (
            f"--max-chars must be between 1 and {MAX_MAX_CHARS:,}, got {arguments.max_chars:,}"
        )
    elif not 0 <= arguments.timeout <= MAX_TIMEOUT:  # NaN too
        problem = (
            f"--timeout must be between 0 (no limit) and {MAX_TIMEOUT:,.0f} seconds, "
            f"got {arguments.timeout:g}"
        )
    elif arguments.resume and not arguments.output:
        problem = "--resume needs --output FILE (the file to continue)"
    elif not arguments.inputs and arguments.view is None and _is_terminal(sys.stdin):
        problem = "no input: give FILE arguments, or pipe a document or JSONL into stdin"
    elif sys.stdout is None and not arguments.output:
        problem = "stdout is closed: give --output FILE"
    return problem


def _fill_field_defaults(arguments: argparse.Namespace) -> None:
    """Give --field, --into and --id-field their defaults (``None`` says "not given")."""
    arguments.field = "text" if arguments.field is None else arguments.field
    arguments.into = DEFAULT_INTO if arguments.into is None else arguments.into
    arguments.id_field = "id" if arguments.id_field is None else arguments.id_field


def _given_field_options(arguments: argparse.Namespace) -> list[str]:
    """Which of --field, --into and --id-field the command line gave (before the defaults)."""
    return [flag for flag, value in _field_options(arguments) if value is not None]


def _field_options(arguments: argparse.Namespace) -> tuple[tuple[str, str | None], ...]:
    """The options that name a field of JSONL records, with their values."""
    return (
        ("--field", arguments.field),
        ("--into", arguments.into),
        ("--id-field", arguments.id_field),
    )


def _jsonl_field_problem(arguments: argparse.Namespace, given: Sequence[str]) -> str | None:
    """What is wrong with --field, --into and --id-field (*given* on the line), if anything.

    They name fields of JSONL records, so without --jsonl they would be silently ignored; and
    a result written into the document's own field (or the id) would lose the caller's data.
    """
    if given and not arguments.jsonl:
        return f"{given[0]} names a field of JSON records: add --jsonl"
    empty = next((flag for flag, name in _field_options(arguments) if not name), None)
    if empty is not None:
        return f"{empty} needs a field name"
    if arguments.into == arguments.field:
        return (
            f"--into {arguments.into} is also the document's field (--field): "
            "the record would lose its text"
        )
    if arguments.into == arguments.id_field:
        return f"--into {arguments.into} is also the id field (--id-field)"
    return None


def _output_clash(output: str | None, inputs: Sequence[str]) -> str | None:
    """Why the output may not be written, when it is one of the inputs (stdin included).

    Opening an input for writing would erase it before it is read (``-o FILE < FILE``), and
    appending to one makes the run read its own records forever (``FILE >> FILE``).
    """
    read = {_regular_file(_fileno(sys.stdin) if name == "-" else name) for name in inputs or ["-"]}
    read.discard(None)
    if output is not None:
        if _regular_file(output) in read:
            return f"--output {output} is also an input: it would be overwritten"
    elif _regular_file(_fileno(sys.stdout)) in read:
        return (
            "stdout is also an input file: newsnorm would read its own output "
            "(after '>', the shell has already emptied it); give --output FILE"
        )
    return None


def _fileno(stream: object) -> int | None:
    """The file descriptor of a standard stream, or ``None`` (closed, or replaced in tests)."""
    try:
        return int(stream.fileno())  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return None


def _regular_file(target: str | int | None) -> tuple[int, int] | None:
    """The (device, inode) of *target* (a path or a descriptor) if it is a regular file."""
    if target is None:
        return None
    try:
        status = os.fstat(target) if isinstance(target, int) else Path(target).stat()
    except (OSError, ValueError):
        return None
    return (status.st_dev, status.st_ino) if stat.S_ISREG(status.st_mode) else None


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (OSError, ValueError):
        return False


def _say(message: str) -> None:
    print(f"newsnorm: {message}", file=sys.stderr, flush=True)


def _view(arguments: argparse.Namespace) -> int:
    """``--view``: the view page of one document, to stdout or to ``--output``."""
    from newsnorm.viewer import run_view_command  # noqa: PLC0415 - keeps --help fast

    if not arguments.output:
        return run_view_command(arguments.view, html=arguments.html)
    page = io.StringIO()
    status = run_view_command(arguments.view, html=arguments.html, stdout=page)
    if status != 0:
        return status  # the reason is on stderr; no half-written page is left behind
    try:
        Path(arguments.output).write_text(page.getvalue(), encoding="utf-8")
    except OSError as error:
        _say(f"error: cannot write {arguments.output}: {error.strerror or error}")
        return 2
    return 0


def _failure_line(task: _Task, error: str) -> str:
    """The stderr line for a failed document: where it is (file, and line in JSONL), and why."""
    if error.startswith("cannot read"):
        return error
    if task.line is not None and not error.startswith("line "):
        return f"{task.where}: line {task.line}: {error}"
    return f"{task.where}: {error}"


@attrs.define
class _Tally:
    """What a run has done so far: documents written (succeeded, failed) and skipped."""

    succeeded: int = 0
    failed: int = 0
    skipped: int = 0


def _run(arguments: argparse.Namespace, out: _Writer, written: _Written, tally: _Tally) -> None:
    """Process every document, counting them in *tally*."""
    names: list[str] = arguments.inputs or ["-"]
    options = _Options(
        html=arguments.html,
        max_chars=arguments.max_chars,
        timeout=arguments.timeout,
        include_source=arguments.include_source,
    )
    encoding = _codec(arguments.encoding)
    into: str | None = arguments.into if arguments.jsonl else None
    if arguments.jsonl:
        tasks: Iterable[_Task] = _jsonl_tasks(
            names, options, encoding, arguments.field, arguments.id_field
        )
        total = None
    else:
        tasks = _document_tasks(names, options, encoding)
        total = len(names)
    if written:
        tasks = _unwritten(tasks, written, tally)
    results = _progress(
        _results(tasks, options, arguments.jobs, encoded=into is not None),
        total=total,
        mode=arguments.progress,
    )
    for task, outcome in results:
        if isinstance(outcome, bytes):
            line = (
                _spliced(task.record, arguments.into, outcome) if task.record is not None else None
            )
            if line is not None:
                out.write_line(line)
                tally.succeeded += 1
                continue
            result: dict[str, Any] = json.loads(outcome)
        else:
            result = outcome
        record = _output_record(task, result, arguments.into)
        error = out.write(record, into) or result.get("error")
        if error is None:
            tally.succeeded += 1
            continue
        tally.failed += 1
        if tally.failed <= MAX_FAILURE_LINES:
            _say(_failure_line(task, error))
        elif tally.failed == MAX_FAILURE_LINES + 1:
            _say("further failures are listed only in the error records")
    out.flush()


def _summarise(tally: _Tally, output: str | None, stopped: str | None = None) -> None:
    """The summary lines on stderr; *stopped* says how a run that did not finish ended."""
    if tally.skipped:
        skipped = "document" if tally.skipped == 1 else "documents"
        _say(f"skipped {tally.skipped:,} {skipped} already in {output}")
    total = tally.succeeded + tally.failed
    noun = "document" if total == 1 else "documents"
    if stopped is not None:
        failed = f" ({tally.failed:,} failed)" if tally.failed else ""
        resume = "; --resume continues the run" if output else ""
        _say(f"{stopped} after {total:,} {noun}{failed}{resume}")
    elif tally.failed:
        _say(f"{tally.failed:,} of {total:,} {noun} failed; see the error records")
    elif sys.stderr.isatty() and total > 1:
        _say(f"{total:,} documents, none failed")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Examples:
        >>> main(["--jobs", "0"])  # a usage error: one line on stderr, status 2
        2
    """
    if sys.stderr is None:
        # Started with stderr closed (`2>&-`): messages go nowhere rather than into stdout's
        # records (``print`` falls back to stdout when its file is None).
        sys.stderr = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 - for the process
    try:
        arguments = _parser().parse_args(argv)
        _check_arguments(arguments)
        _codec(arguments.encoding)
    except _UsageError as error:
        _say(f"error: {error} (see newsnorm --help)")
        return 2
    if arguments.view is not None:
        return _view(arguments)
    written: _Written = Counter()
    tally = _Tally()
    into = arguments.into if arguments.jsonl else None
    try:
        if arguments.output:
            path = Path(arguments.output)
            if arguments.resume:
                written = _written(path, into=into, id_field=arguments.id_field)
            target: Any = path.open("ab" if arguments.resume else "wb")
        else:
            target = contextlib.nullcontext(sys.stdout)
    except OSError as error:
        _say(f"error: cannot write {arguments.output}: {error.strerror or error}")
        return 2
    try:
        with _terminate_gracefully(), target as stream:
            _run(arguments, _Writer(stream), written, tally)
    except BrokenPipeError:
        # The reader left (`| head`): stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        _summarise(tally, arguments.output, stopped="interrupted")
        return 130
    except _Terminated as stop:
        word = "hung up" if stop.signum != signal.SIGTERM else "terminated"
        _summarise(tally, arguments.output, stopped=word)
        return 128 + stop.signum
    except OSError as error:
        # The output cannot take more (disk full, a closed socket): say so in one line, and
        # keep Python from failing again when it flushes stdout at exit.
        where = arguments.output or "stdout"
        _say(f"error: cannot write {where}: {error.strerror or error}")
        if not arguments.output:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 1
    _summarise(tally, arguments.output)
    return 1 if tally.failed else 0

"""The command line: documents in (files, stdin or JSONL), one JSON object per document out.

Usage::

    newsnorm page.txt other.txt          # one record per file
    newsnorm - < page.txt                # stdin is one document
    newsnorm --html page.html            # HTML input: trafilatura extracts the text first
    newsnorm --jsonl --field text corpus.jsonl --jobs 2 > out.jsonl

No document is lost: a record that cannot be processed becomes ``{"error": ..., <its other
fields>}`` in its place, in input order. Exit status: 0 when every record succeeded, 1 when
some failed, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, Any, NoReturn

import attrs
import regex

from newsnorm.__about__ import __version__

__all__ = ["main"]

DEFAULT_MAX_CHARS = 5_000_000
DEFAULT_TIMEOUT = 60.0
_ID_FIELD = regex.compile(r'"id"\s*+:\s*+("(?:[^"\\]|\\.)*+"|-?\d++)')


@attrs.frozen
class _Task:
    """One document to process, with the fields carried to its output record."""

    text: str | None
    carried: dict[str, Any]
    url: str | None = None
    error: str | None = None


@attrs.frozen
class _Options:
    html: bool
    max_chars: int
    timeout: float
    include_source: bool


class _UsageError(Exception):
    """A usage error: reported in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


class _Timeout(Exception):  # noqa: N818 - reads as what happened
    pass


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
        help="each input line is a JSON object; its other fields are carried to the output",
    )
    parser.add_argument(
        "--field",
        default="text",
        help="with --jsonl: the field holding the document (default: text)",
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
        help="write one HTML page showing what newsnorm did to FILE ('-': stdin) instead",
    )
    parser.add_argument("--version", action="version", version=f"newsnorm {__version__}")
    return parser


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def _decode(data: bytes) -> str:
    return data.decode("utf-8-sig", errors="replace")


def _document_tasks(names: Sequence[str]) -> Iterator[_Task]:
    for name in names:
        carried: dict[str, Any] = {"path": name}
        try:
            yield _Task(_decode(_read_bytes(name)), carried)
        except OSError as error:
            yield _Task(None, carried, error=f"cannot read {name}: {error.strerror or error}")


def _salvaged_id(line: str) -> dict[str, Any]:
    """The ``id`` of a broken JSON line, when it can still be read, for its error record."""
    match = _ID_FIELD.search(line)
    if match is None:
        return {}
    with contextlib.suppress(ValueError):
        return {"id": json.loads(match.group(1))}
    return {}


def _record_task(line: str, number: int, field: str) -> _Task:
    try:
        record = json.loads(line)
    except ValueError as error:
        carried = {**_salvaged_id(line), "line": number}
        return _Task(None, carried, error=f"line {number}: not valid JSON ({error})")
    if not isinstance(record, dict):
        kind = type(record).__name__
        return _Task(None, {"line": number}, error=f"line {number}: not a JSON object ({kind})")
    carried = {key: value for key, value in record.items() if key != field}
    if field not in record:
        return _Task(None, carried, error=f"line {number}: no {field!r} field")
    text = record[field]
    if not isinstance(text, str):
        kind = type(text).__name__
        return _Task(None, carried, error=f"line {number}: {field!r} is not a string ({kind})")
    url = record.get("url")
    return _Task(text, carried, url=url if isinstance(url, str) else None)


def _jsonl_tasks(names: Sequence[str], field: str) -> Iterator[_Task]:
    for name in names:
        try:
            stream = sys.stdin.buffer if name == "-" else Path(name).open("rb")  # noqa: SIM115
        except OSError as error:
            yield _Task(None, {"path": name}, error=f"cannot read {name}: {error.strerror}")
            continue
        with contextlib.closing(stream) if name != "-" else contextlib.nullcontext(stream):
            for number, raw in enumerate(stream, start=1):
                line = _decode(raw)
                if line.strip():
                    yield _record_task(line, number, field)


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


def _process(task: _Task, options: _Options) -> dict[str, Any]:
    """Turn one task into its output record; never raises."""
    if task.error is not None or task.text is None:
        return {"error": task.error or "no text", **task.carried}
    if len(task.text) > options.max_chars:
        message = (
            f"document has {len(task.text):,} characters, over --max-chars {options.max_chars:,}"
        )
        return {"error": message, **task.carried}
    from newsnorm.html import normalise_html  # noqa: PLC0415 - keeps --help fast
    from newsnorm.pipeline import normalise  # noqa: PLC0415

    try:
        with _time_limit(options.timeout):
            if options.html:
                article = normalise_html(task.text, url=task.url)
            else:
                article = normalise(task.text, url=task.url)
    except _Timeout:
        return {"error": f"timed out after {options.timeout:g} s", **task.carried}
    except Exception as error:  # noqa: BLE001 - one bad document must not stop a batch
        return {"error": f"{type(error).__name__}: {error}", **task.carried}
    return {**task.carried, **article.to_dict(include_source=options.include_source)}


def _process_packed(packed: tuple[_Task, _Options]) -> dict[str, Any]:
    return _process(*packed)


def _results(tasks: Iterable[_Task], options: _Options, jobs: int) -> Iterator[dict[str, Any]]:
    if jobs <= 1:
        for task in tasks:
            yield _process(task, options)
        return
    packed = ((task, options) for task in tasks)
    context = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
    with context.Pool(jobs) as pool:
        yield from pool.imap(_process_packed, packed, chunksize=4)


def _progress(
    results: Iterator[dict[str, Any]], *, total: int | None, mode: str
) -> Iterator[dict[str, Any]]:
    show = mode == "always" or (mode == "auto" and sys.stderr.isatty())
    if not show:
        return results
    from tqdm import tqdm  # noqa: PLC0415 - only when a bar is shown

    bar: Iterator[dict[str, Any]] = tqdm(
        results, total=total, unit="doc", file=sys.stderr, dynamic_ncols=True
    )
    return bar


def _write(records: Iterable[dict[str, Any]], out: IO[str]) -> tuple[int, int]:
    succeeded = failed = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        if "error" in record:
            failed += 1
        else:
            succeeded += 1
    out.flush()
    return succeeded, failed


def _check_arguments(arguments: argparse.Namespace) -> None:
    problem = None
    if arguments.jobs < 1:
        problem = f"--jobs must be at least 1, got {arguments.jobs}"
    elif arguments.max_chars < 1:
        problem = f"--max-chars must be at least 1, got {arguments.max_chars}"
    elif arguments.timeout < 0:
        problem = f"--timeout must be 0 or more, got {arguments.timeout:g}"
    if problem is not None:
        raise _UsageError(problem)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Examples:
        >>> main(["--jobs", "0"])  # a usage error: one line on stderr, status 2
        2
    """
    try:
        arguments = _parser().parse_args(argv)
        _check_arguments(arguments)
    except _UsageError as error:
        print(f"newsnorm: error: {error} (see newsnorm --help)", file=sys.stderr)
        return 2
    if arguments.view is not None:
        from newsnorm.viewer import run_view_command  # noqa: PLC0415 - keeps --help fast

        return run_view_command(arguments.view, html=arguments.html)
    names: list[str] = arguments.inputs or ["-"]
    options = _Options(
        html=arguments.html,
        max_chars=arguments.max_chars,
        timeout=arguments.timeout,
        include_source=arguments.include_source,
    )
    if arguments.jsonl:
        tasks: Iterable[_Task] = _jsonl_tasks(names, arguments.field)
        total = None
    else:
        tasks = _document_tasks(names)
        total = len(names)
    results = _progress(
        _results(tasks, options, arguments.jobs), total=total, mode=arguments.progress
    )
    try:
        succeeded, failed = _write(results, sys.stdout)
    except BrokenPipeError:
        # The reader left (`| head`): stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    if sys.stderr.isatty() and succeeded + failed > 1:
        print(f"newsnorm: {succeeded} succeeded, {failed} failed", file=sys.stderr)
    return 1 if failed else 0

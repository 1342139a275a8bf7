"""Build the page: header, legend, the marked source text and the side lists.

The text shown is the source the pipeline ran on (``Article.source``): removed pieces,
credits and the publication date are placed by their own offsets, dates and quotes by theirs
in the body, mapped to the source with :func:`~newsnorm.viewer.align.body_to_source`. An
:class:`~newsnorm.model.Article` without a source (built by hand) shows its body instead,
and lists what cannot be placed in it.

Everything read from the article is escaped. The page loads nothing: its style sheet is
inlined, it has no script, and its Content-Security-Policy forbids any other resource.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable
from html import escape
from importlib import resources
from typing import Final

from newsnorm.model import Article, DateMention, Quote, Segment, Syndication
from newsnorm.viewer.align import body_to_source
from newsnorm.viewer.marks import Mark, render_marks, safe_text

__all__ = ["view"]

EXCERPT_CHARS: Final = 90
"""Side-list entries quote this many characters of a piece: enough to recognise it."""

_ORIGINS: Final = {
    "text": "found in the text",
    "metadata": "read from the page's metadata",
    "caller": "given by the caller",
}
# Nesting order of marks with the same span: removed outermost, then credit, the
# publication date, quote, speaker and date.
_RANKS: Final = {"rm": 0, "credit": 1, "pub": 2, "quote": 3, "speaker": 4, "date": 5}
_LEGEND: Final = (
    ("rm", "del", "removed: reason", "left out of the body, with why"),
    ("credit", "mark", "credit: source", "syndication credit"),
    ("pub", "mark", "published", "the publication date"),
    ("date", "mark", "TIMEX3 value", "a date"),
    ("quote", "mark", "quote: speaker", "quoted words"),
    ("speaker", "mark", "speaker", "who said them"),
)

_POLICY: Final = "default-src 'none'; style-src 'unsafe-inline'"
"""The page may load nothing: its only style sheet is inline, and it has no script."""

Spans = Callable[[int | None, int | None], tuple[int, int] | None]


@functools.cache
def _style() -> str:
    """The page's style sheet (package data, read once, on first use)."""
    return resources.files("newsnorm.viewer").joinpath("page.css").read_text(encoding="utf-8")


def _excerpt(text: str) -> str:
    flat = " ".join(safe_text(text).split())
    if len(flat) > EXCERPT_CHARS:
        flat = flat[: EXCERPT_CHARS - 1].rstrip() + "\u2026"
    return flat


def _quoted(text: str) -> str:
    return f"\u201c{escape(_excerpt(text))}\u201d"


def _fits(start: int | None, end: int | None, length: int) -> tuple[int, int] | None:
    if start is None or end is None or not 0 <= start <= end <= length:
        return None
    return (start, end)


def _body_spans(article: Article, shown: str) -> Spans:
    """Map body offsets to offsets into *shown* (the source, or the body itself)."""
    length = len(article.text)
    if not article.source:
        return lambda start, end: _fits(start, end, length)
    mapping = body_to_source(article.text, article.source, article.removed)

    def spans(start: int | None, end: int | None) -> tuple[int, int] | None:
        fitting = _fits(start, end, length)
        if fitting is None:
            return None
        mapped = mapping.span(*fitting)
        return None if mapped is None else _fits(*mapped, len(shown))

    return spans


def _source_spans(article: Article, shown: str) -> Spans:
    """Source offsets place marks only when the source is what is shown."""
    length = len(shown) if article.source else -1  # no source: nothing fits

    return lambda start, end: _fits(start, end, length)


def _credit_title(credit: Syndication) -> str:
    name = safe_text(credit.name or "unnamed source")
    domain = f" ({safe_text(credit.domain)})" if credit.domain else ""
    return f"syndication credit: {name}{domain}, kind: {credit.kind}"


def _date_title(mention: DateMention) -> str:
    relative = ", relative to the publication date" if mention.relative else ""
    value = mention.value or "unresolved"
    return f"date: TIMEX3 {value} ({mention.granularity}{relative})"


def _reason(quote: Quote) -> str | None:
    # Attribution may record why it chose the speaker; older results have no such field.
    reason = getattr(quote, "reason", None)
    return safe_text(reason) if isinstance(reason, str) and reason else None


def _quote_title(number: int, quote: Quote) -> str:
    parts = [f"quote {number}", f"speaker: {safe_text(quote.speaker or 'not named')}"]
    if quote.cue:
        parts.append(f"cue: {safe_text(quote.cue)}")
    reason = _reason(quote)
    if reason:
        parts.append(f"why this speaker: {reason}")
    return "; ".join(parts)


def _marks(article: Article, shown: str) -> tuple[list[Mark], dict[str, bool]]:
    """The marks of the page, and which anchors were placed in the text."""
    in_body = _body_spans(article, shown)
    in_source = _source_spans(article, shown)
    marks: list[Mark] = []
    placed: dict[str, bool] = {}

    def add(ident: str, span: tuple[int, int] | None, mark: Mark) -> None:
        placed[ident] = span is not None
        if span is not None:
            rank = _RANKS[mark.css.split(maxsplit=1)[0]]
            tag, css, title, label, at_end = (
                mark.tag,
                mark.css,
                mark.title,
                mark.label,
                mark.label_at_end,
            )
            marks.append(Mark(*span, tag, css, title, ident, label, at_end, rank))

    for number, segment in enumerate(article.removed, start=1):
        add(
            f"rm-{number}",
            in_source(segment.start, segment.end),
            Mark(
                0,
                0,
                tag="del",
                css=f"rm rm-{segment.reason}",
                title=f"removed: {segment.reason}",
                label=f"removed: {segment.reason}",
            ),
        )
    for number, credit in enumerate(article.syndication, start=1):
        add(
            f"cr-{number}",
            in_source(credit.start, credit.end),
            Mark(
                0,
                0,
                tag="mark",
                css="credit",
                title=_credit_title(credit),
                label=f"credit: {safe_text(credit.name or 'unnamed')} \u00b7 {credit.kind}",
            ),
        )
    published = article.published
    if published is not None:
        add(
            "pub",
            in_source(published.start, published.end),
            Mark(
                0,
                0,
                tag="mark",
                css="pub",
                title=f"publication date {published.value or 'unresolved'}, "
                f"{_ORIGINS.get(published.origin, published.origin)}",
                label=f"published {published.value or ''}".rstrip(),
            ),
        )
    for number, mention in enumerate(article.dates, start=1):
        add(
            f"dt-{number}",
            in_body(mention.start, mention.end),
            Mark(
                0,
                0,
                tag="mark",
                css="date",
                title=_date_title(mention),
                label=mention.value or "unresolved",
                label_at_end=True,
            ),
        )
    speakers: dict[tuple[int, int], list[int]] = {}
    for number, quote in enumerate(article.quotes, start=1):
        add(
            f"q-{number}",
            in_body(quote.start, quote.end),
            Mark(
                0,
                0,
                tag="mark",
                css="quote",
                title=_quote_title(number, quote),
                label=f"quote {number}: {safe_text(quote.speaker or 'no speaker')}",
            ),
        )
        span = in_body(quote.speaker_start, quote.speaker_end)
        if span is not None:
            speakers.setdefault(span, []).append(number)
    for span, numbers in speakers.items():
        which = ", ".join(map(str, numbers))
        noun = "quote" if len(numbers) == 1 else "quotes"
        marks.append(
            Mark(
                *span,
                tag="mark",
                css="speaker",
                title=f"speaker of {noun} {which}",
                label=f"speaker of {noun} {which}",
                label_at_end=True,
                rank=_RANKS["speaker"],
            )
        )
    return marks, placed


def _entry(ident: str, placed: dict[str, bool], html: str) -> str:
    if placed.get(ident):
        return f'<li><a href="#{ident}">{html}</a></li>'
    return f"<li>{html} <em>(not placed in the text)</em></li>"


def _section(heading: str, entries: Iterable[str], empty: str) -> str:
    items = "".join(entries)
    body = f"<ol>{items}</ol>" if items else f'<p class="none">{escape(empty)}</p>'
    return f"<section><h2>{escape(heading)}</h2>{body}</section>"


def _removed_entry(number: int, segment: Segment, placed: dict[str, bool]) -> str:
    html = f"<strong>{escape(segment.reason)}</strong> {_quoted(segment.text)}"
    return _entry(f"rm-{number}", placed, html)


def _credit_entry(number: int, credit: Syndication, placed: dict[str, bool]) -> str:
    name = escape(safe_text(credit.name or "unnamed source"))
    domain = f" ({escape(safe_text(credit.domain))})" if credit.domain else ""
    html = f"<strong>{name}</strong>{domain}, {escape(credit.kind)}: {_quoted(credit.evidence)}"
    return _entry(f"cr-{number}", placed, html)


def _date_entry(number: int, mention: DateMention, placed: dict[str, bool]) -> str:
    value = escape(mention.value or "unresolved")
    granularity = escape(mention.granularity)
    html = f"{_quoted(mention.text)} \u2192 <strong>{value}</strong> ({granularity})"
    return _entry(f"dt-{number}", placed, html)


def _quote_entry(number: int, quote: Quote, placed: dict[str, bool]) -> str:
    speaker = escape(safe_text(quote.speaker or "no speaker named"))
    html = f"<strong>{speaker}</strong>"
    if quote.cue:
        html += f" ({escape(safe_text(quote.cue))})"
    reason = _reason(quote)
    if reason:
        html += f", because: {escape(reason)}"
    html += f": {_quoted(quote.text)}"
    return _entry(f"q-{number}", placed, html)


def _published_html(article: Article) -> str:
    published = article.published
    if published is None:
        return "not found"
    origin = _ORIGINS.get(published.origin, published.origin)
    value = escape(published.value or "unresolved")
    written = f" as {_quoted(published.text)}" if published.text != published.value else ""
    return f"{value} ({escape(origin)}{written})"


def _header(article: Article, shown: str) -> str:
    title = escape(_excerpt(article.title)) if article.title else "<em>no headline found</em>"
    language = article.language
    reasons = Counter(segment.reason for segment in article.removed)
    removed = ", ".join(f"{escape(reason)} {count}" for reason, count in sorted(reasons.items()))
    share = len(article.text) / len(shown) if shown else 1.0
    fields = [
        ("Language", f"{escape(safe_text(language.code))} (confidence {language.confidence:.2f})"),
        ("Published", _published_html(article)),
    ]
    if article.site or article.url:
        fields.append(("Site", escape(_excerpt(article.site or article.url or ""))))
    fields += [
        ("Text", f"{len(shown):,} characters, body {len(article.text):,} ({share:.0%})"),
        ("Removed", f"{len(article.removed)}" + (f" ({removed})" if removed else "")),
        ("Credits", str(len(article.syndication))),
        ("Dates", str(len(article.dates))),
        ("Quotes", str(len(article.quotes))),
    ]
    items = "".join(f"<div><dt>{name}</dt><dd>{value}</dd></div>" for name, value in fields)
    legend = "".join(
        f'<li><{tag} class="{css}"><span class="lab">{escape(label)}</span></{tag}> '
        f"{escape(meaning)}</li>"
        for css, tag, label, meaning in _LEGEND
    )
    return (
        f'<header><h1>{title}</h1><dl>{items}</dl><ul class="legend" aria-label="Legend">'
        f"{legend}</ul></header>"
    )


def _aside(article: Article, placed: dict[str, bool]) -> str:
    sections = [
        _section(
            "Removed",
            (_removed_entry(n, s, placed) for n, s in enumerate(article.removed, start=1)),
            "Nothing was removed.",
        ),
        _section(
            "Syndication credits",
            (_credit_entry(n, c, placed) for n, c in enumerate(article.syndication, start=1)),
            "No credit found.",
        ),
        _section(
            "Dates",
            (_date_entry(n, d, placed) for n, d in enumerate(article.dates, start=1)),
            "No date found in the body.",
        ),
        _section(
            "Quotes",
            (_quote_entry(n, q, placed) for n, q in enumerate(article.quotes, start=1)),
            "No quote found.",
        ),
    ]
    return f'<aside aria-label="What newsnorm found">{"".join(sections)}</aside>'


def view(article: Article) -> str:
    r"""Return one self-contained HTML page showing what newsnorm did to a document.

    The page shows the source text (``Article.source``; the body when there is none) with
    every removed piece faded, struck through and labelled with its reason, syndication
    credits marked with their source and kind, every date with its TIMEX3 value, the
    publication date with where it came from and every quote with its speaker. A header
    gives the headline, language, publication date and counts; a side list repeats every
    finding with a link to its place. Each mark has a colour *and* a visible text label; the
    page follows the reader's light or dark preference and loads nothing (no script, font
    or image), so it opens from disk or in a notebook (``IPython.display.HTML``).

    Args:
        article: A result of :func:`newsnorm.normalise` or :func:`newsnorm.normalise_html`.

    Returns:
        The page, a complete HTML document.

    Raises:
        TypeError: If *article* is not an :class:`~newsnorm.model.Article`.

    Examples:
        >>> import newsnorm
        >>> article = newsnorm.normalise(
        ...     "Menu\n\nThe ferry sailed again on Monday, the harbour office said.",
        ...     published="2025-03-04")
        >>> page = newsnorm.view(article)
        >>> page.startswith("<!DOCTYPE html>"), "removed: navigation" in page
        (True, True)
        >>> "2025-03-03" in page  # Monday, resolved against the publication date
        True
    """
    if not isinstance(article, Article):
        msg = f"article must be a newsnorm.Article (from normalise), got {type(article).__name__}"
        raise TypeError(msg)
    shown = safe_text(article.source or article.text)
    marks, placed = _marks(article, shown)
    language = safe_text(article.language.code)
    lang = f' lang="{escape(language)}"' if language and language != "und" else ""
    title = _excerpt(article.title or "") or "untitled document"
    # Every string from the article is made safe (safe_text) where it is used; the rest of
    # its fields are validated (reasons, kinds, TIMEX3 values).
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="color-scheme" content="light dark">'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">'
        f"<title>newsnorm view: {escape(title)}</title><style>{_style()}</style></head>"
        f'<body><div class="nn-view">{_header(article, shown)}'
        f'<div class="layout"><main><div class="text"{lang}>{render_marks(shown, marks)}</div>'
        f"</main>{_aside(article, placed)}</div></div></body></html>\n"
    )

# ruff: noqa: RUF001 - dashes, quotes and other scripts are matched on purpose
r"""What the credit finders share: building a credit, and the words that vary by language.

:mod:`~newsnorm.syndication.wire`, :mod:`~newsnorm.syndication.lines` and
:mod:`~newsnorm.syndication.notices` find credits in different places, but each builds a
:class:`~newsnorm.model.Syndication` the same way, asks the same questions of the words
around it (is this a dateline? a desk? an image credit?) and reads the same short words
("with", "avec", "mit"; "By", "Par", "Por"), which live once, in
``data/syndication_phrases.json`` (``cue_words``).

A closing *tag* ("ab/dpa", "(KNA, DR)", "red, site.at/Agenturen") is read here too: an
agency (or the word "agencies") beside an editor's initials, a date or the site's own
domain.

Examples:
    >>> credit = make_credit("x (dpa) ", 2, 8, None, "wire")
    >>> credit.evidence, credit.start, credit.end
    ('(dpa)', 2, 7)
    >>> [source.name if source else None for source in read_tag("ab/dpa") or ()]
    ['Deutsche Presse-Agentur']
"""

from __future__ import annotations

import functools
from typing import Final

import regex

from newsnorm.model import Syndication
from newsnorm.syndication.phrases import SPACE, phrases
from newsnorm.syndication.registry import Source, lookup_source, source_from_domain

__all__ = [
    "byline_pattern",
    "byline_prefixes",
    "contribution_alternation",
    "is_caption_line",
    "is_dateline",
    "is_desk",
    "line_bounds",
    "make_credit",
    "read_tag",
]

_LONGEST_DATELINE: Final = 80
_DESK: Final = regex.compile(r"(?:\p{Lu}[\p{L}’'.-]*+[ \t]++){1,3}+(?:Desk|DESK)")
# Pieces of a closing tag: "ab/dpa", "(KNA, DR)", "red, site.at/Agenturen", "(KNA 19.11.21)".
_TAG_SEPARATOR: Final = regex.compile(r"[ \t]*+[,/;|][ \t]*+")
_TAG_DATE: Final = regex.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?+")
_LONGEST_TAG: Final = 48
_MOST_TAG_PIECES: Final = 5
_CAPTION_LABEL: Final = regex.compile(r"(?:^|(?<=[\s(\[|]))(\p{L}[\p{L}'’.]{0,15}+)[ \t]*+:")


def line_bounds(text: str, position: int, reach: int) -> tuple[int, int]:
    r"""The start and end of the line holding *position*, looked for at most *reach* away.

    A line longer than that is cut at *reach*: every look around a candidate stays
    bounded, so that the cost of a text stays linear in its length.

    Examples:
        >>> line_bounds("ab\ncd\nef", 4, 10)
        (3, 5)
    """
    floor = max(0, position - reach)
    start = text.rfind("\n", floor, position)
    start = start + 1 if start >= 0 else floor
    end = text.find("\n", position, position + reach)
    return start, end if end >= 0 else min(len(text), position + reach)


def make_credit(text: str, start: int, end: int, source: Source | None, kind: str) -> Syndication:
    """A :class:`Syndication` for ``text[start:end]``, its spaces trimmed.

    Examples:
        >>> make_credit(" (AP) ", 0, 6, None, "wire").evidence
        '(AP)'
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    name = source.name if source is not None else None
    domain = source.domain if source is not None else None
    return Syndication(start, end, text[start:end], name, domain, kind)


def is_dateline(prefix: str) -> bool:
    """Whether *prefix* (a line's start) reads like a dateline: a place and maybe a date.

    Examples:
        >>> is_dateline("BLOOMINGTON, Minn."), is_dateline("students sat the")
        (True, False)
    """
    prefix = prefix.strip()
    if not prefix:
        return True
    if len(prefix) > _LONGEST_DATELINE or not (prefix[0].isalpha() and not prefix[0].islower()):
        return False
    tokens = prefix.split()
    if len(tokens) > 9 or any(mark in prefix for mark in '"“”«»!?;'):
        return False
    allowed = phrases().dateline_lowercase_words
    lower = [token.strip(".,") for token in tokens if token[0].islower()]
    return len(lower) <= 3 and all(token in allowed or token[:1].isdigit() for token in lower)


def is_desk(inner: str) -> bool:
    """Whether *inner* names an in-house desk ("Int'l Monitoring Desk", "WEB DESK").

    Examples:
        >>> is_desk("Web Desk"), is_desk("Help Desk")
        (True, False)
    """
    return (
        ("Desk" in inner or "DESK" in inner)
        and _DESK.fullmatch(inner) is not None
        and inner.split(maxsplit=1)[0].casefold() not in phrases().desk_exclusions
    )


@functools.cache
def contribution_alternation() -> str:
    """A regex alternation of "with" in every language, as written lower, title or upper.

    Examples:
        >>> "avec" in contribution_alternation().split("|")
        True
    """
    forms: list[str] = []
    for word in phrases().contribution_words:
        for form in (word, word.title(), word.upper()):
            if form not in forms:
                forms.append(form)
    return "|".join(regex.escape(form) for form in forms)


@functools.cache
def byline_prefixes() -> tuple[str, ...]:
    """The words that open a byline, with a space or a colon after them ("By ", "Por:").

    Examples:
        >>> "Por:" in byline_prefixes()
        True
    """
    words = [form for word in phrases().byline_words for form in (word, word.upper())]
    return tuple(f"{word}{mark}" for word in words for mark in (" ", ":", "\u00a0"))


@functools.cache
def byline_pattern() -> regex.Pattern[str]:
    """A byline's opening word and the name after it (group 1), up to a comma, colon or bar.

    Examples:
        >>> byline_pattern().match("Por: Agencia Reforma | 17 de Febrero").group(1)
        'Agencia Reforma '
    """
    words = "|".join(
        regex.escape(form) for word in phrases().byline_words for form in (word, word.upper())
    )
    return regex.compile(rf"{SPACE}*+(?:{words})(?::{SPACE}*+|{SPACE}++)([^\n,:|]{{2,50}}+)")


def is_caption_line(line: str) -> bool:
    """Whether *line* holds an image credit's label ("Foto:", "Bild:", "Photo:").

    A credit on such a line, or in a bracket that holds one, is the picture's.

    Examples:
        >>> is_caption_line("Ferries at dawn. Foto: Lena Fox / dpa"), is_caption_line("Source: AP")
        (True, False)
    """
    if ":" not in line:
        return False
    labels = phrases().caption_labels
    return any(
        match.group(1).casefold().rstrip(".") in labels for match in _CAPTION_LABEL.finditer(line)
    )


def _tag_piece(piece: str, maximum: int, *, strict: bool) -> tuple[str, Source | None]:
    """What one piece of a closing tag is: an agency, "agencies", initials, a date, a site."""
    if piece.casefold() in phrases().agencies_words:
        return "agencies", None
    source = lookup_source(piece)
    if source is not None and source.is_wire and source.name:
        # "RSS/XML" alone on a line: a name that also means something else is no agency there
        ambiguous = strict and piece in phrases().ambiguous_alone
        return ("other" if ambiguous else "agency"), source
    letters = piece.replace(".", "")
    if letters.isalpha() and len(letters) <= maximum and (letters.islower() or letters.isupper()):
        return "initials", None
    if _TAG_DATE.fullmatch(piece):
        return "date", None
    if " " not in piece and source_from_domain(piece) is not None:
        return "site", None
    return "other", None


def read_tag(text: str, *, strict: bool = False) -> tuple[Source | None, ...] | None:
    """The sources of a closing tag, or ``None`` when *text* is no tag.

    A tag is a few pieces separated by commas or slashes (or a space before a date): at
    least one news agency (or the word "agencies", which stands for an unnamed source,
    ``None``) and otherwise only an editor's initials, a date or the site's own domain.
    "(Xinhua/Li Ming)" names a photographer, not initials: no tag. With *strict* (a tag
    alone on its line, where menus and labels stand too), names that also mean something
    else ("RSS", "MAP") are no agencies.

    Examples:
        >>> read_tag("red, example.at/Agenturen")
        (None,)
        >>> read_tag("Lena Fox/dpa") is None
        True
    """
    text = text.strip()
    if not text or len(text) > _LONGEST_TAG:
        return None
    pieces = [piece for piece in _TAG_SEPARATOR.split(text) if piece]
    if len(pieces) == 1 and " " in text:
        head, _, tail = text.rpartition(" ")
        if _TAG_DATE.fullmatch(tail):
            pieces = [head, tail]
    if not 1 < len(pieces) <= _MOST_TAG_PIECES:
        return None
    maximum = phrases().initials_max
    found: list[Source | None] = []
    for piece in pieces:
        what, source = _tag_piece(piece.strip(" .()"), maximum, strict=strict)
        if what == "other":
            return None
        if what in {"agency", "agencies"} and source not in found:
            found.append(source)
    return tuple(found) if found else None

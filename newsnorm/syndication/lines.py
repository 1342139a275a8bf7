# ruff: noqa: RUF001, RUF002 - dashes, quotes and other scripts are matched on purpose
r"""Credits a line holds alone, at its start or at its end.

A credit often has a line to itself ("Australian Associated Press", "Source link",
"Online Desk", "Avec AFP"), heads one ("By IANS, Kolkata :", "INTERNATIONAL DESK:",
"TOKYO, Oct. 6 Kyodo", "МОСКВА, 5 янв — РИА Новости.") or ends one ("— AFP", "--IANS").
One pass over the lines finds them; each line costs a few string tests, and only lines
that pass them meet a pattern. Names that also mean something else on a line of their own
("RSS", "MAP", "Time") are listed in ``syndication_phrases.json`` and skipped there.

Examples:
    >>> [(credit.evidence, credit.kind) for credit in find_line_credits("Rain.\n— AFP")]
    [('— AFP', 'wire')]
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Final

import regex

from newsnorm.model import Syndication
from newsnorm.syndication.credits import (
    byline_pattern,
    byline_prefixes,
    contribution_alternation,
    is_dateline,
    is_desk,
    line_bounds,
    make_credit,
    read_tag,
)
from newsnorm.syndication.phrases import SPACE, phrases
from newsnorm.syndication.registry import (
    Source,
    all_aliases,
    first_words,
    lookup_exact,
    lookup_source,
    may_name_source,
    parse_sources,
)
from newsnorm.syndication.triggers import (
    first_triggers,
    held_names,
    normalised,
    trigger_words,
)

__all__ = ["find_line_credits"]

_CLOSING_DASH: Final = regex.compile(rf"(?:^|(?<=[\s.!?\"”’)]))(?:[—–―]|-{{1,2}}+){SPACE}{{0,2}}+")
_DATELINE_DASH: Final = regex.compile(rf"{SPACE}[—–-]{SPACE}*+([^\n.:,—–]{{2,40}}+)[.:,]")
_BYLINE_PLACE: Final = regex.compile(rf"{SPACE}*+,{SPACE}*+\p{{Lu}}[\p{{L}} ]{{0,25}}+{SPACE}*+:")
_LEADING_NAME: Final = regex.compile(
    rf"{SPACE}*+(\p{{Lu}}[^\n.|:—–]{{3,40}}+){SPACE}*+[.|:—–-]{SPACE}"
)
# Two lines or more holding nothing but a source's name are labels (of pictures, of
# teasers in a list), not the text's credit: one such line is.
_MOST_NAMED_LINES: Final = 2
_LONGEST_TAG: Final = 48
# How much of a line's end holds a closing credit: a dash and a name, a tag, "with" and a list.
_TAIL_WINDOW: Final = 56
_LONGEST_AGENCY_NAME: Final = 5
# "ПЕТРОПАВЛОВСК. КАЗИНФОРМ" and a dash: a place and an agency, both in capitals, and a dash.
_CAPS_DATELINE: Final = regex.compile(
    rf"{SPACE}*+\p{{Lu}}[\p{{Lu}}\p{{M}} '’-]{{1,30}}+[.,]{SPACE}++"
    rf"(\p{{Lu}}[\p{{Lu}}\p{{M}} -]{{1,30}}?){SPACE}*+(?:[—–]|-{{1,2}}+){SPACE}"
)
# A person's name is two or three words; with a two- or three-word agency, four to six words.
_NAME_WORDS: Final = (2, 3)
_SHORTEST_WRITER_LINE: Final = 4
_LONGEST_WRITER_LINE: Final = 6
# "Reuters, Oslo, May 2" and a dash, "PTI, Pune:": an agency, a place (maybe a date), a mark.
_AGENCY_PLACE: Final = regex.compile(
    rf"{SPACE}*+(\p{{Lu}}[\p{{L}}.&'’-]{{1,30}}+(?:{SPACE}\p{{Lu}}[\p{{L}}.&'’-]{{1,30}}+){{0,3}}+),"
    rf"{SPACE}*+(\p{{Lu}}[\p{{L}}.'’-]++(?:{SPACE}\p{{Lu}}[\p{{L}}.'’-]++){{0,2}}+"
    rf"(?:,{SPACE}*+\p{{Lu}}\p{{L}}{{2,9}}+\.?{SPACE}\d{{1,2}}+)?+)"
    rf"{SPACE}*+(?::|[—–]|-{{1,2}}+|,(?={SPACE}))"
)
_SHORT_LINE: Final = 80
_SHORT_LIST: Final = 40
_BYLINE_SUFFIXES: Final = (" Staff", " staff", " STAFF", " Reporters", " reporters")
_HEAD: Final = 60
_FIRST_ITEM: Final = regex.compile(r"[^,/&]++")
_DIGIT: Final = regex.compile(r"\d")
_DATED_AGENCY: Final = regex.compile(
    rf"{SPACE}*+(\p{{Lu}}[^\n]{{0,40}}?\d{{1,4}}\.?,?){SPACE}++"
    rf"(\p{{Lu}}[\p{{L}}-]{{1,20}}+(?:{SPACE}\p{{Lu}}[\p{{L}}-]{{1,20}}+)?+)"
    rf"(?:{SPACE}*+(?:[—–:]|-{{1,2}}+)|{SPACE}*+$)"
)
_DASHES: Final = "—–―-"
# A number standing alone, as a date's day or year does ("Oct. 6", "6 октября"), not "News18".
_DATE_TOKEN: Final = regex.compile(r"(?<![\p{L}\d])\d{1,4}+(?![\p{L}\d])")
_TAIL: Final = 90
# Where a long line's credits can be: its first 100 characters (a dated head is read that
# far; the byline's name and the desk follow a word found in the first 60) and its last 90
# (tags, closing dashes, "with" tails). The windows are wider than that, for safety.
_DATED_HEAD: Final = 100
_HEAD_WINDOW: Final = 120
_TAIL_WINDOW_WORDS: Final = 100
_LONG_LINE: Final = 240
# What a line that gives no credit is remembered with.
_NO_CREDITS: Final[tuple[int, tuple[Syndication, ...], tuple[Syndication, ...]]] = (0, (), ())
_DESK_LINE: Final = regex.compile(
    rf"{SPACE}*+(?P<bullet>[*•·]{SPACE}++)?+(?:(?:By|BY){SPACE}++)?"
    rf"(?P<desk>(?:\p{{Lu}}[\p{{L}}’'.-]*+{SPACE}++){{1,3}}+(?:Desk|DESK))"
    rf"(?={SPACE}*+(?:[:—–|-]|$))(?:{SPACE}*+:)?"
)


@functools.cache
def _with_line() -> regex.Pattern[str]:
    """A line "With AFP", "Avec Reuters": "with" (any language) and the list."""
    return regex.compile(rf"(?:{contribution_alternation()})\s++(.+)")


@functools.cache
def _trailing_with_pattern() -> regex.Pattern[str]:
    """A paragraph ending "… Le Monde avec AFP": an outlet (or nothing) "with" agencies."""
    return regex.compile(
        rf"(?:^|(?<=[.!?»\"”)]{SPACE}{{1,3}}+))((?:\p{{Lu}}[\p{{L}}\p{{N}}'’-]*+{SPACE}++){{0,4}}?)"
        rf"({contribution_alternation()}){SPACE}++([^\n.!?]{{2,50}}?)\.?{SPACE}*+$"
    )


@functools.cache
def _agency_last_words() -> frozenset[str]:
    """The last word of every wire name of two words or more, casefolded ("press")."""
    return frozenset(
        alias.casefold().rsplit(" ", 1)[1]
        for alias in all_aliases()
        if " " in alias and (source := lookup_source(alias)) is not None and source.is_wire
    )


@functools.cache
def _with_words() -> frozenset[str]:
    """Each "with" (any language), casefolded: a word a line's tail is searched for."""
    return frozenset(word.casefold() for word in phrases().contribution_words)


def _has_leading_mark(head: str) -> bool:
    """Whether *head* holds a mark that can end an agency name heading a line (. | : — – -)."""
    return "." in head or ":" in head or "-" in head or "|" in head or "—" in head or "–" in head


def _closing_dash(text: str, start: int, line: str) -> list[Syndication]:
    """Find a dash credit ending a line: "— AFP", "--IANS", "— Agence France-Presse".

    The dashes of the line's tail are tried from the right; a hyphen inside a word
    ("well-known", "France-Presse") starts no credit but may belong to the credit's
    name, so the next dash to the left is tried. The words after the dash are read
    first; the pattern that checks what stands before the dash runs only when they name
    a source.
    """
    tail_start = max(0, len(line) - 56)
    position = len(line)
    for _ in range(3):
        position = max(
            line.rfind("—", tail_start, position),
            line.rfind("–", tail_start, position),
            line.rfind("-", tail_start, position),
            line.rfind("―", tail_start, position),
        )
        if position < 0:
            return []
        while position > tail_start and line[position - 1] in _DASHES:
            position -= 1
        if position == 0 or not line[position - 1].isalnum():
            return _dash_credit(text, start, line, position)
        if not line[position + 1 : position + 2].isupper():
            return []  # "well-known", "2020-2024": no name of a source goes on so
    return []


def _dash_credit(text: str, start: int, line: str, position: int) -> list[Syndication]:
    """The credit of the closing dash at *position* in *line*, if the words after it name one."""
    dash_end = position + (2 if line.startswith("--", position) else 1)
    inner = line[dash_end:].strip().rstrip(".").strip()
    sources: list[Source | None]
    if inner.casefold() in phrases().agencies_words:
        kind, sources = "contributed", [None]
    elif is_desk(inner):
        kind, sources = "desk", [None]
    elif inner:
        kind, sources = "wire", [source for source in parse_sources(inner) if source.is_wire]
    else:
        return []
    if not sources or _CLOSING_DASH.match(line, position) is None:
        return []
    credit_start, credit_end = start + position, start + len(line.rstrip())
    return [make_credit(text, credit_start, credit_end, source, kind) for source in sources]


def _trailing_with(text: str, start: int, line: str) -> list[Syndication]:
    """A line *line* (at *start*) ending "Le Monde avec AFP" or ". With Reuters".

    The words before "with" must be nothing, a registered source, or (in the French house
    style "avec") a short capitalised name; the words after it must all be agencies.
    """
    match = _trailing_with_pattern().search(line, max(0, len(line) - _TAIL))
    if match is None:
        return []
    sources = parse_sources(match.group(3).strip())
    if not sources or not all(source.is_wire and source.name for source in sources):
        return []
    outlet = match.group(1).strip()
    if outlet and lookup_source(outlet) is None and match.group(2).casefold() != "avec":
        return []
    credit_start = start + (match.start(1) if outlet else match.start(2))
    credit_end = start + match.end()
    return [
        make_credit(text, credit_start, credit_end, source, "contributed") for source in sources
    ]


def _agency_then_place(text: str, start: int, line: str) -> list[Syndication]:
    """A line opening with an agency and then a place: "Reuters, Oslo, May 2 -", "PTI, Pune:"."""
    match = _AGENCY_PLACE.match(line, 0, _HEAD + 20)
    if match is None or lookup_source(match.group(2).strip()) is not None:
        return []  # "Reuters, Bloomberg, …": a list of sources, no place
    named = lookup_source(match.group(1))
    if named is None or not named.is_wire or not is_dateline(match.group(2)):
        return []
    return [make_credit(text, start + match.start(1), start + match.end(), named, "wire")]


def _line_start_credits(text: str, start: int, line: str, head: str) -> list[Syndication]:
    """Agency bylines, agency names heading a line, and "CITY, date — Agency." heads."""
    found: list[Syndication] = []
    if head.lstrip().startswith(byline_prefixes()):
        found.extend(_byline_credits(text, start, line))
    if _has_leading_mark(head) and may_name_source(head):
        leading = _LEADING_NAME.match(line, 0, _HEAD)
        if leading is not None and " " in leading.group(1).strip():
            named = lookup_source(leading.group(1).strip())
            if named is not None and named.is_wire:
                found.append(
                    make_credit(
                        text, start + leading.start(1), start + leading.end(1), named, "wire"
                    )
                )
    if "," in head and may_name_source(head):
        found.extend(_agency_then_place(text, start, line))
    if head[:2].isupper():
        caps = _CAPS_DATELINE.match(line, 0, _HEAD + 20)
        named = lookup_source(caps.group(1)) if caps is not None else None
        if caps is not None and named is not None and named.is_wire:
            found.append(make_credit(text, start, start + caps.end(), named, "wire"))
    if not _DIGIT.search(head):
        return found
    dated = _DATED_AGENCY.match(line, 0, 100)
    if (
        dated is not None
        and is_dateline(dated.group(1))
        and _DATE_TOKEN.search(dated.group(1)) is not None
        and dated.group(2) not in phrases().ambiguous_alone
    ):
        named = lookup_source(dated.group(2))
        if named is not None and named.is_wire:
            found.append(make_credit(text, start, start + dated.end(), named, "wire"))
    if " — " in line[:100] or " – " in line[:100] or " - " in line[:100]:
        dash = _DATELINE_DASH.search(line, 0, 100)
        if dash is not None and is_dateline(line[: dash.start()]):
            found.extend(
                make_credit(text, start, start + dash.end(), source, "wire")
                for source in parse_sources(dash.group(1).strip())
            )
    return found


def _byline_sources(name: str) -> tuple[Source, ...]:
    """The agencies a byline names: "AFP", "Reuters Staff", "The Associated Press"."""
    name = name.strip()
    for suffix in _BYLINE_SUFFIXES:
        if name.endswith(suffix):
            name = name.removesuffix(suffix).strip()
            break
    sources = parse_sources(name)
    if sources:
        return sources if all(source.is_wire for source in sources) else ()
    words = name.split()
    nouns = phrases().agency_nouns
    if (
        len(words) <= _LONGEST_AGENCY_NAME
        and all(word[:1].isupper() for word in words)
        and any(word.casefold() in nouns for word in words)
    ):
        return (Source(name, None, "agency"),)  # an agency the registry does not know
    return ()


def _byline_credits(text: str, start: int, line: str) -> Iterator[Syndication]:
    """Find bylines of an agency or of an agency's writer.

    "By AFP", "By IANS, Pune :", "By Lena Fox, Reuters", "By LENA FOX Associated Press".
    """
    byline = byline_pattern().match(line)
    if byline is None:
        return
    sources = _byline_sources(byline.group(1))
    end = byline.end()
    if sources:
        place = _BYLINE_PLACE.match(line, end, end + 40)
        end = place.end() if place is not None else end
    elif len(line) <= _SHORT_LINE:
        rest = line.rstrip().rstrip(".")
        words = rest.split()
        tail = rest.rpartition(",")[2]
        sources = _byline_sources(tail) if "," in rest else ()
        for count in (4, 3, 2):
            if sources:
                break
            if len(words) > count + 1:
                sources = _byline_sources(" ".join(words[-count:]))
        end = len(rest)
    for source in sources:
        yield make_credit(text, start + byline.start(), start + end, source, "wire")


def _line_sources(line: str) -> tuple[Source, ...]:
    """The sources a short line consists of; lists only when the line has separators."""
    if "," in line or "/" in line or "&" in line:
        first = _FIRST_ITEM.match(line)
        if first is None or lookup_exact(first.group().strip()) is None:
            return ()
        return parse_sources(line)
    source = lookup_exact(line)
    return (source,) if source is not None else ()


@functools.cache
def _lone_first_words() -> frozenset[str]:
    """The words a line holding nothing but a credit can start with (casefolded)."""
    links = {line.split()[0] for line in phrases().source_link_lines}
    contribution = {word.casefold() for word in phrases().contribution_words}
    return first_words() | links | contribution | {"the"}


def _lone_line(text: str, start: int, line: str, stripped: str) -> list[Syndication]:
    """A short line that is a credit on its own: an agency, "Avec AFP", "Source link"."""
    offset = start + line.index(stripped)
    end = offset + len(stripped)
    if stripped.rstrip(".:»>›→ ").casefold() in phrases().source_link_lines:
        return [make_credit(text, offset, end, None, "source_link")]
    found: list[Syndication] = []
    with_match = _with_line().fullmatch(stripped) if " " in stripped else None
    if with_match is not None:
        listed = parse_sources(with_match.group(1).strip().rstrip("."))
        found.extend(make_credit(text, offset, end, named, "contributed") for named in listed)
    name = stripped.rstrip(".")
    sources = () if name in phrases().ambiguous_alone else _line_sources(name)
    if sources and all(source.is_wire and source.name for source in sources):
        found.extend(make_credit(text, offset, end, source, "wire") for source in sources)
    return found


def _writer_and_agency(text: str, start: int, line: str, stripped: str) -> list[Syndication]:
    """A short line naming a writer and the agency they write for: "Lena Fox Associated Press".

    The agency must be a registered wire of two words or more ending the line, and the words
    before it two or three capitalised words: a person's name.
    """
    words = stripped.rstrip(".").split()
    if not _SHORTEST_WRITER_LINE <= len(words) <= _LONGEST_WRITER_LINE:
        return []
    for count in (3, 2):
        writer, agency = words[:-count], " ".join(words[-count:])
        if not _NAME_WORDS[0] <= len(writer) <= _NAME_WORDS[1] or not all(
            word[:1].isupper() for word in writer
        ):
            continue
        source = lookup_source(agency)
        if source is not None and source.is_wire and source.name:
            offset = start + line.index(stripped)
            return [make_credit(text, offset, offset + len(stripped), source, "wire")]
    return []


def _is_lone_candidate(stripped: str, lone_words: frozenset[str]) -> bool:
    """Whether a short line starts with a word a line holding only a credit can start with."""
    first = stripped.split(None, 1)[0]
    if "/" in first:
        first = first[: first.find("/")]
    if "," in first:
        first = first[: first.find(",")]
    return first.casefold().strip(".:;()[]") in lone_words


def _may_start_credit(stripped: str, head: str, bylines: tuple[str, ...]) -> bool:
    """A quick test before :func:`_line_start_credits`: what each of its forms needs.

    A byline starts with "By"; an agency heading a line needs a mark after it and a
    registered first word; a dated head needs a digit.
    """
    if stripped.startswith(bylines):
        return True
    mark = _has_leading_mark(head)
    if (mark and stripped[:2].isupper()) or ((mark or "," in head) and may_name_source(head)):
        return True
    return _DIGIT.search(head) is not None


def _tag_credits(text: str, start: int, line: str) -> list[Syndication]:
    """An editor's closing tag holding a line alone or ending it after a sentence: "ab/dpa".

    Examples:
        >>> [(c.evidence, c.name) for c in _tag_credits("Rain. xy/dpa", 0, "Rain. xy/dpa")]
        [('xy/dpa', 'Deutsche Presse-Agentur')]
    """
    body = line.rstrip()
    cut = max(body.rfind(". ", 0, len(body) - 2), body.rfind("! "), body.rfind("? "))
    tag_start = cut + 2 if cut >= 0 else len(body) - len(body.lstrip())
    tag = body[tag_start:]
    if not tag or len(tag) > _LONGEST_TAG or tag[0] in "([":
        return []
    sources = read_tag(tag.rstrip("."), strict=cut < 0)
    if sources is None:
        return []
    return [
        make_credit(
            text,
            start + tag_start,
            start + len(body),
            source,
            "contributed" if source is None else "wire",
        )
        for source in sources
    ]


def _beside_links(text: str, credit: Syndication) -> bool:
    """Whether the line before or after a lone credit line is a link: a logo's, an image's."""
    before_start, _ = line_bounds(text, max(0, credit.start - 1), _TAIL)
    before = text[before_start : max(0, credit.start - 1)].strip()
    _, after_end = line_bounds(text, min(len(text), credit.end + 1), _TAIL)
    after = text[credit.end : after_end].strip()
    return before.startswith(("http://", "https://")) or after.startswith(("http://", "https://"))


def _probe(reduced: str) -> list[str]:
    """The casefolded words of a reduced line that its credits can be made of.

    *reduced* is a line as :func:`~newsnorm.syndication.triggers.normalised` makes it.
    Every form looks for its names in a line's first 100 characters or its last 90, so a
    long line's middle is left out. A dated head is read up to its 100th character: a word
    cut there is taken as a word too.
    """
    if len(reduced) > _DATED_HEAD:
        cut = reduced[:_DATED_HEAD].rpartition(" ")[2]
        if len(reduced) > _LONG_LINE:
            reduced = f"{reduced[:_HEAD_WINDOW]} {cut} {reduced.rstrip()[-_TAIL_WINDOW_WORDS:]}"
        else:
            reduced = f"{reduced} {cut}"
    return (reduced if reduced.isascii() else reduced.casefold()).split()


def _holds_name(words: list[str], line: str) -> bool:
    """Whether *words* hold every word of a registered name (or of an "agencies" word, …).

    A source that is no wire counts only on a line a dateline's dash may credit it on: a
    digit in its head and a spaced dash in its first 100 characters.
    """
    wires = held_names(set(words))
    if True in wires:
        return True
    if not wires:
        return False
    head = line[:_DATED_HEAD]
    return _DIGIT.search(line[:_HEAD]) is not None and (
        " — " in head or " – " in head or " - " in head
    )


def _read_line(
    text: str, start: int, line: str, may_hold_desk: bool
) -> tuple[list[Syndication], list[Syndication]]:
    """The credits of the line *line* (at *start*): those kept, and lines naming a source.

    Lines naming nothing but a source (or a writer and an agency) are returned apart: two
    of them or more are labels, not the text's credit (see :func:`find_line_credits`).
    """
    found: list[Syndication] = []
    named: list[Syndication] = []
    stripped = line.strip()
    if not stripped:
        return found, named
    if len(stripped) <= _SHORT_LIST and _is_lone_candidate(stripped, _lone_first_words()):
        alone = _lone_line(text, start, line, stripped)
        if alone:
            for credit in alone:
                (named if credit.kind == "wire" else found).append(credit)
            return found, named
    tail = line[-_TAIL_WINDOW:]
    if "/" in tail:
        found.extend(_tag_credits(text, start, line))
    head = line[:_HEAD]
    if may_hold_desk and ("esk" in head or "ESK" in head):
        desk = _DESK_LINE.match(line)
        if (
            desk is not None
            and desk.group("desk").split()[0].casefold() not in phrases().desk_exclusions
        ):
            desk_start = desk.end("bullet") if desk.group("bullet") else desk.start()
            found.append(make_credit(text, start + desk_start, start + desk.end(), None, "desk"))
    initial = stripped[0]
    if (initial.isupper() or initial in "/(") and _may_start_credit(
        stripped, head, byline_prefixes()
    ):
        found.extend(_line_start_credits(text, start, line, head))
    if "-" in tail or "—" in tail or "–" in tail or "―" in tail:
        found.extend(_closing_dash(text, start, line))
    last_start = stripped.rfind(" ") + 1  # a stripped line ends with no space
    if stripped[last_start].isupper():
        if (
            len(stripped) <= _SHORT_LINE
            and stripped[last_start:].rstrip(".").casefold() in _agency_last_words()
        ):
            named.extend(_writer_and_agency(text, start, line, stripped))
        if not _with_words().isdisjoint(tail.casefold().split()):
            found.extend(_trailing_with(text, start, line.rstrip()))
    return found, named


def _moved(credit: Syndication, shift: int) -> Syndication:
    """*credit* found on an earlier copy of its line, moved *shift* characters on."""
    return Syndication(
        credit.start + shift,
        credit.end + shift,
        credit.evidence,
        credit.name,
        credit.domain,
        credit.kind,
    )


def find_line_credits(text: str, *, reduced: str | None = None) -> list[Syndication]:
    """Every credit a line of *text* holds alone, starts with, or ends with.

    A line is read only if it holds the words of a registered name (or of an "agencies"
    word, a source-link line: see :mod:`~newsnorm.syndication.triggers`), starts with a
    word that opens a byline or a "With" line (these may name a source the registry does
    not know), or has "Desk" in its head when the text has the word at all. Each line read
    meets a few cheap string tests first; only those that pass meet a pattern. A line
    repeated on a page (menus, footers) is read once: its credits depend on its characters
    alone. *reduced* is the text as :func:`~newsnorm.syndication.triggers.normalised` makes
    it (computed when not given).
    """
    if reduced is None:
        reduced = normalised(text)
    may_hold_desk = "esk" in reduced  # "Desk" or "DESK", lowered
    found: list[Syndication] = []
    named_lines: list[Syndication] = []
    triggers = trigger_words()
    starts = first_triggers()
    # Each form reads the line alone (the text only to cut the credit out of it), so a line
    # seen before gives its credits again, moved to where the line now stands.
    seen: dict[str, tuple[int, tuple[Syndication, ...], tuple[Syndication, ...]]] = {}
    start = 0
    for line, reduced_line in zip(text.split("\n"), reduced.split("\n"), strict=True):
        line_start, start = start, start + len(line) + 1
        known = seen.get(line)
        if known is not None:
            first_start, line_found, line_named = known
            if line_found or line_named:
                shift = line_start - first_start
                found.extend(_moved(credit, shift) for credit in line_found)
                named_lines.extend(_moved(credit, shift) for credit in line_named)
            continue
        # Only a line holding a name's words (or opening a byline, or "Desk") is read.
        if len(reduced_line) > _DATED_HEAD:
            words = _probe(reduced_line)
        else:  # the common short line, read whole (as _probe reads it)
            casefolded = reduced_line if reduced_line.isascii() else reduced_line.casefold()
            words = casefolded.split()
        if not words or (
            (triggers.isdisjoint(words) or not _holds_name(words, line))
            and words[0] not in starts
            and not (may_hold_desk and ("esk" in line[:_HEAD] or "ESK" in line[:_HEAD]))
        ):
            seen[line] = _NO_CREDITS
            continue
        read_found, read_named = _read_line(text, line_start, line, may_hold_desk)
        seen[line] = (line_start, tuple(read_found), tuple(read_named))
        found.extend(read_found)
        named_lines.extend(read_named)
    if len(named_lines) < _MOST_NAMED_LINES:
        found.extend(credit for credit in named_lines if not _beside_links(text, credit))
    return found

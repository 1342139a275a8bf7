# ruff: noqa: RUF001, RUF002 - dashes, quotes and other scripts are matched on purpose
r"""Wire credits: datelines, closing credits, agency bylines and copyright lines.

Agencies sign their copy in a few fixed places, and the same abbreviation elsewhere means
nothing: "(AP)" after a dateline and before a dash is the Associated Press, "(AP) exam" is
not. So every form here is a *position*: a bracket or slashes that follow a dateline
("KYIV, Ukraine (AP) —", "МОСКВА, 3 марта. /ТАСС/."), a bracket or dash that closes a
paragraph ("… (IANS)", "— AFP"), a line that is nothing but an agency's name, a byline
("By IANS, Kolkata :"), a copyright line naming an agency, a Chinese dispatch head
("新华社北京1月21日电"). Inside the position the words must be sources the registry knows.

Examples:
    >>> [(credit.evidence, credit.name) for credit in find_wire("OSLO (Reuters) - Rain.")]
    [('OSLO (Reuters) -', 'Reuters')]
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Final

import regex

from newsnorm.model import Syndication
from newsnorm.syndication.credits import (
    contribution_alternation,
    is_caption_line,
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
    lookup_source,
    parse_sources,
)
from newsnorm.syndication.triggers import holds_name, normalised, words_of

__all__ = ["find_wire"]

# One pattern per bracket: a pattern that starts with a literal is searched fastest.
_BRACKETS: Final = (
    regex.compile(r"\(([^()\n]{1,60}+)\)"),
    regex.compile(r"\[([^\[\]\n]{1,60}+)\]"),
    regex.compile(r"（([^（）\n]{1,60}+)）"),
)
_SLASH: Final = regex.compile(rf"/{SPACE}{{0,2}}+([^/\n]{{1,40}}+)(?=/)")
_DASH_AFTER: Final = regex.compile(rf"{SPACE}*+\.?{SPACE}*+(?:[—–―]{{1,2}}+-?+|-{{1,3}}+|:)")
_AFTER_DATELINE: Final = regex.compile(rf"{SPACE}*+[\p{{Lu}}\p{{N}}\"“«'‘\p{{Lo}}]")
_ANSA_TAIL: Final = regex.compile(
    rf"{SPACE}*+\p{{Lu}}[\p{{Lu}}\p{{M}} .'’]{{1,30}}+,{SPACE}*+[^\n—–-]{{1,20}}+[—–-]"
)
# Each copyright mark gets its own pattern, so that each is found by a fast literal scan.
_YEARS: Final = (
    rf"{SPACE}*+(?:©{SPACE}*+)?+"
    rf"(?:(?:19|20)\d\d(?:{SPACE}*+[-–]{SPACE}*+(?:19|20)\d\d)?+[ \t,]*+)?+([^\n]{{1,120}}+)"
)
_COPYRIGHTS: Final = tuple(
    regex.compile(mark + _YEARS) for mark in ("©", r"\([cC]\)", r"\bCopyright\b", r"\bCOPYRIGHT\b")
)
_RIGHTS: Final = regex.compile(
    rf"[.,]?{SPACE}*+All rights reserved\.?(?:{SPACE}*+This material may not be published,"
    r"[^\n.]{0,80}+\.)?",
    regex.IGNORECASE,
)
_LIST_GAP: Final = regex.compile(rf"(?:{SPACE}|[()/,&+-]|and{SPACE})*+")
_WORD: Final = regex.compile(r"[^\s()/,&+]++")
_SENTENCE_END: Final = ".!?。！？"
_HYPHENS: Final = regex.compile(r"[-‐]")
_LABEL_WINDOW: Final = 16
_CLOSERS: Final = "\"”’)»'"
_LOOKBACK: Final = 120
_REGIONAL_CODE: Final = regex.compile(r"\p{Ll}{2,4}+")
# Anchored matches are bounded: a pattern with a required literal may otherwise scan the
# rest of the text for it before failing, once per candidate.
_NEAR: Final = 200
# A source list after a copyright mark is read a name at a time, each from this many characters.
_FIRST_WINDOW: Final = 60
_LENTICULAR: Final = regex.compile(r"【([^【】\n]{1,24}+)】")
_LONGEST_HAN_NAME: Final = 8


def _line_prefix(text: str, position: int) -> tuple[int, str | None]:
    """The start of the line holding *position* and the line's text before it.

    The prefix is ``None`` when the line starts more than :data:`_LOOKBACK` characters
    earlier: no dateline is that long, and a bounded look keeps the search linear.
    """
    floor = max(0, position - _LOOKBACK)
    line_start = text.rfind("\n", floor, position) + 1
    if line_start == 0 and floor > 0:
        return position, None
    return line_start, text[line_start:position]


def _is_line_end(text: str, position: int) -> bool:
    """Whether only spaces and full stops stand between *position* and the line's end."""
    rest = text[position : position + _NEAR].lstrip(" \t\r.")
    return rest.startswith("\n") or (not rest and position + _NEAR >= len(text))


def _ends_sentence(prefix: str) -> bool:
    """Whether *prefix* ends a sentence: a full stop (or ! ?), maybe inside quotes or brackets.

    A quote alone ends a title, not a sentence: "… ‘Put Them In Jail’ (Outlet)" is a headline's
    source, not a closing credit.
    """
    return prefix.rstrip().rstrip(_CLOSERS)[-1:] in tuple(_SENTENCE_END)


def _credits_a_picture(text: str, mark: int, end: int) -> bool:
    """Whether the copyright line from *mark* to *end* credits a picture, not the text.

    "© REUTERS / Name", "© dpa | Name", "© APA/APA (dpa)/Name" name a photographer after
    the agency ("© dpa | Abb.: Name" does not: the image has its own label); "… a
    caption.© AFP" follows a caption on the same line.
    """
    after = text[end : end + 4].lstrip(" \t)")
    if after[:1] == "/" or text[mark:end].rstrip().endswith("/"):
        return True
    if after[:1] == "|" or text[mark:end].rstrip().endswith("|"):
        # "© dpa | Name" credits a photographer; "© dpa | Abb.: Name | date" is a field list
        field = text[end : end + _LOOKBACK].lstrip(" \t|")[:_LABEL_WINDOW]
        return not is_caption_line(field)
    line_start, _ = line_bounds(text, mark, _LOOKBACK)
    before = text[line_start:mark].strip()
    return bool(before) and not before.endswith(("|", "*", "-", "•"))


def _defines_acronym(prefix: str, inner: str) -> bool:
    """Whether the words before a bracket spell the abbreviation in it ("Federal Police (FP)")."""
    letters = "".join(character for character in inner if character.isalpha()).upper()
    if not 2 <= len(letters) <= 6:
        return False
    initials: list[str] = []
    for word in prefix.split()[-8:]:
        parts = [part for part in _HYPHENS.split(word) if part]
        initials.extend(part[0].upper() for part in parts if part[0].isupper())
    return "".join(initials).endswith(letters)


@functools.cache
def _photo_words() -> regex.Pattern[str]:
    return regex.compile("|".join(regex.escape(word) for word in phrases().photo_words))


def _is_photo(folded: str) -> bool:
    """Whether a bracket's words (casefolded) credit a photo: "photo", "file", "Getty"."""
    return _photo_words().search(folded) is not None


def _bracket_credits(text: str, reduced: str) -> Iterator[Syndication]:
    """Credits in brackets; *reduced* is the text as ``normalised`` makes it.

    A bracket is read only if its words hold a registered name (or "agencies"), or it
    has "Desk" or a "with" (any language) in it.
    """
    agencies = phrases().agencies_words
    # The test reads a bracket's words alone: a bracket seen before is answered at once.
    readable: dict[str, bool] = {}
    for bracket in _BRACKETS:
        for match in bracket.finditer(text):
            inner = match.group(1).strip()
            known = readable.get(inner)
            if known is None:
                known = readable[inner] = (
                    holds_name(words_of(reduced[match.start(1) : match.end(1)]))
                    or "esk" in inner
                    or "ESK" in inner
                    or _may_hold_with(inner.casefold())
                )
            if not known:
                continue
            start, end = match.span()
            folded = inner.casefold()
            if _is_photo(folded) or is_caption_line(inner):
                continue
            if is_desk(inner):
                yield make_credit(text, start, end, None, "desk")
                continue
            with_match = _with().fullmatch(inner) if _may_hold_with(folded) else None
            if with_match is not None:
                listed = with_match.group(1).strip()
                if listed.casefold() in agencies:
                    yield make_credit(text, start, end, None, "contributed")
                for source in parse_sources(listed):
                    yield make_credit(text, start, end, source, "contributed")
                continue
            sources = parse_sources(inner)
            relayed = False
            if not sources and "/" in inner:
                sources, relayed = _slashed_sources(inner)
            if not sources and "=" in inner:
                sources = parse_sources(inner.rpartition("=")[2])  # "(Seoul=Agency)"
            if sources and all(source.name for source in sources):
                yield from _place_bracket(text, start, end, inner, sources, relayed=relayed)
            elif inner.casefold() in agencies and _is_line_end(text, end):
                yield make_credit(text, start, end, None, "contributed")
            elif ("," in inner or "/" in inner or " " in inner) and _is_line_end(text, end):
                yield from _tag_bracket(text, start, end, inner)


@functools.cache
def _with() -> regex.Pattern[str]:
    """A bracket such as "(FRANCE 24 with AFP)": words up to "with" (any language), the list."""
    return regex.compile(rf"(?:.{{0,40}}?\s)?(?:{contribution_alternation()})\s++(.+)")


def _may_hold_with(folded: str) -> bool:
    """A quick test before :func:`_with`: whether one of its words occurs at all."""
    return any(word in folded for word in phrases().contribution_words)


def _slashed_sources(inner: str) -> tuple[tuple[Source, ...], bool]:
    """The sources of a bracket with slashes, and whether a site relays them.

    "(dpa/lnw)" is an agency and its regional desk's code, "(Site / Agency)" a site relaying
    an agency; "(Xinhua/Li Ming)" is a photographer's credit and names no source.
    """
    head, _, tail = inner.partition("/")
    codes = tail.split("/")
    if all(_REGIONAL_CODE.fullmatch(code.strip()) for code in codes):
        sources = parse_sources(head)
        if sources and all(source.is_wire for source in sources):
            return sources, False
    head, _, tail = inner.rpartition("/")
    return ((), False) if parse_sources(head) else (parse_sources(tail), True)


def _tag_bracket(text: str, start: int, end: int, inner: str) -> Iterator[Syndication]:
    """An editor's tag closing a paragraph in brackets: "(KNA/ab)", "(KNA, DR)"."""
    _, prefix = _line_prefix(text, start)
    if prefix is not None and prefix.strip() and not _ends_sentence(prefix):
        return
    for source in read_tag(inner) or ():
        yield make_credit(text, start, end, source, "contributed" if source is None else "wire")


def _place_bracket(
    text: str, start: int, end: int, inner: str, sources: tuple[Source, ...], *, relayed: bool
) -> Iterator[Syndication]:
    """Credits for a bracketed source list, if it stands where a credit stands.

    A relayed source ("(Name / Agency)") counts only before a dash: closing a line, the
    words before the slash are a photographer's.
    """
    line_start, prefix = _line_prefix(text, start)
    if prefix is None:
        closing = _is_line_end(text, end) and (_ends_sentence(text[max(0, start - 8) : start]))
        if closing:
            for source in sources:
                yield make_credit(text, start, end, source, "wire")
        return
    if _defines_acronym(prefix, inner):
        return
    bare = not prefix.strip()
    dateline = is_dateline(prefix)
    after_sentence = _ends_sentence(prefix)
    dash = _DASH_AFTER.match(text, end, end + _NEAR)
    if dash is not None and (dateline or after_sentence):
        credit_start = line_start if dateline else start
        credit_end = dash.end()
        tail = _ANSA_TAIL.match(text, credit_end, credit_end + _NEAR) if bare else None
        if tail is not None:
            credit_end = tail.end()
    elif _is_line_end(text, end) and (bare or after_sentence) and not relayed:
        credit_start, credit_end = start, end
    elif dateline and _AFTER_DATELINE.match(text, end, end + _NEAR):
        credit_start, credit_end = line_start, end
    else:
        return
    for source in sources:
        yield make_credit(text, credit_start, credit_end, source, "wire")


def _slash_credits(text: str) -> Iterator[Syndication]:
    for match in _SLASH.finditer(text):
        start, end = match.start(), match.end() + 1
        if start > 0 and not (text[start - 1].isspace() or text[start - 1] == "("):
            continue
        sources = parse_sources(match.group(1).strip())
        if not sources or not all(source.name for source in sources):
            continue
        line_start, prefix = _line_prefix(text, start)
        dash = _DASH_AFTER.match(text, end, end + _NEAR)
        if prefix is not None and prefix.strip() and is_dateline(prefix):
            start = line_start
        elif dash is None and (prefix is None or prefix.strip()):
            continue
        end = dash.end() if dash is not None else end
        if dash is None and text[end : end + 1] == ".":
            end += 1
        for source in sources:
            yield make_credit(text, start, end, source, "wire")


def _copyright_credits(text: str, reduced: str) -> Iterator[Syndication]:
    # The quick test reads the words after a mark alone: words seen before are answered at once.
    readable: dict[str, bool] = {}
    for copyright_pattern in _COPYRIGHTS:
        yield from _copyright_matches(text, copyright_pattern, reduced, readable)


def _names_first_source(rest: str, offset: int, reduced: str) -> bool:
    """A quick test: whether the words after a copyright mark may start with a registered name.

    The first source is read from a window of the first 60 characters after the leading
    marks, so a name's last word may be cut where the window ends: that piece counts too.
    """
    gap = _LIST_GAP.match(rest)
    first = gap.end() if gap is not None else 0
    window = reduced[offset + first : offset + min(len(rest), first + _FIRST_WINDOW)]
    words = words_of(reduced[offset : offset + len(rest)])
    return holds_name(words + words_of(window)[-1:])


def _copyright_matches(
    text: str, pattern: regex.Pattern[str], reduced: str, readable: dict[str, bool]
) -> Iterator[Syndication]:
    for match in pattern.finditer(text):
        rest = match.group(1)
        offset = match.start(1)
        known = readable.get(rest)
        if known is None:
            known = readable[rest] = _names_first_source(rest, offset, reduced)
        if not known:
            continue
        position = last_end = 0
        found: list[Source] = []
        while position < len(rest):
            gap = _LIST_GAP.match(rest, position)
            position = gap.end() if gap is not None else position
            window_end = min(len(rest), position + _FIRST_WINDOW)
            words = list(_WORD.finditer(rest, position, window_end))[:5]
            for count in range(len(words), 0, -1):
                sources = parse_sources(rest[position : words[count - 1].end()])
                if len(sources) == 1:
                    found.append(sources[0])
                    position = last_end = words[count - 1].end()
                    break
            else:
                break
        if not found or not all(source.is_wire and source.name for source in found):
            continue
        end = offset + last_end
        if _credits_a_picture(text, match.start(), end):
            continue
        rights = _RIGHTS.match(text, end, end + _NEAR)
        end = rights.end() if rights is not None else end
        if text[end : end + 1] == "." and rights is None:
            end += 1
        for source in found:
            yield make_credit(text, match.start(), end, source, "wire")


@functools.cache
def _chinese_dispatch() -> regex.Pattern[str]:
    han = [alias for alias in all_aliases() if regex.fullmatch(r"\p{Han}{2,8}", alias)]
    names = "|".join(regex.escape(alias) for alias in han)
    return regex.compile(
        rf"(?:^|(?<=[\s据據]))(?P<agency>{names})\p{{Han}}{{0,8}}?"
        r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|電)"
        r"|(?:电|電)(?=[\s（(：:，,]))",
        regex.MULTILINE,
    )


def _chinese_credits(text: str) -> Iterator[Syndication]:
    for match in _chinese_dispatch().finditer(text):
        for source in parse_sources(match.group("agency")):
            yield make_credit(text, match.start(), match.end(), source, "wire")


def _lenticular_credits(text: str) -> Iterator[Syndication]:
    """Japanese datelines: a place and an agency in lenticular brackets heading a line."""
    for match in _LENTICULAR.finditer(text):
        inner = match.group(1)
        _, prefix = _line_prefix(text, match.start())
        if prefix is None or prefix.strip():
            continue
        for length in range(min(len(inner), _LONGEST_HAN_NAME), 1, -1):
            sources = parse_sources(inner[-length:])
            if sources and all(source.is_wire and source.name for source in sources):
                for source in sources:
                    yield make_credit(text, match.start(), match.end(), source, "wire")
                break


def _house_credits(text: str) -> Iterator[Syndication]:
    """Credits in an agency's house style that name no source: "(Reporting by …; Editing by …)"."""
    for gate, pattern, name, kind in phrases().house_credits:
        if gate not in text:
            continue
        source = lookup_source(name)
        for match in pattern.finditer(text):
            yield make_credit(text, match.start(), match.end(), source, kind)


def find_wire(text: str, *, reduced: str | None = None) -> Iterator[Syndication]:
    """Every wire credit in *text*, in no particular order, duplicates included.

    *reduced* is the text as :func:`~newsnorm.syndication.triggers.normalised` makes it
    (computed when not given).
    """
    if reduced is None:
        reduced = normalised(text)
    yield from _bracket_credits(text, reduced)
    if "/" in text:
        yield from _slash_credits(text)
    if "©" in text or "opyright" in text or "COPYRIGHT" in text or "(c)" in text or "(C)" in text:
        yield from _copyright_credits(text, reduced)
    if "电" in text or "電" in text:
        yield from _chinese_credits(text)
    yield from _house_credits(text)
    if "【" in text:
        yield from _lenticular_credits(text)

# ruff: noqa: RUF001 - dashes, quotes and other scripts are matched on purpose
"""Notices in words: "appeared first on", "Source:", "With inputs from", "Source link", desks.

Republication notices name the first publisher after a cue phrase (data in
``syndication_phrases.json``, per language). The cue alone is not enough: "the theory
originally appeared in a 2003 lecture" is no notice, so the words after the cue must read as
a name (capitalised words, a domain, a registry alias) and, unless the phrase is one
publishing software writes, the sentence must be about the text itself ("This article …",
"The post …"). Contributions ("Reuters contributed to this report") count only when they
name a source the registry knows or say "agencies": a reporter's name is not a source.

Examples:
    >>> [(credit.name, credit.kind) for credit in find_notices("Source: AA")]
    [('Anadolu Agency', 'wire')]
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator
from typing import Final

import regex

from newsnorm.model import Syndication
from newsnorm.syndication.credits import (
    contribution_alternation,
    is_caption_line,
    line_bounds,
    make_credit,
)
from newsnorm.syndication.phrases import (
    CASELESS_LETTERS,
    SPACE,
    CuePattern,
    cue_literals,
    cue_patterns,
    languages_of,
    phrases,
)
from newsnorm.syndication.registry import (
    Source,
    lookup_source,
    parse_sources,
    source_from_domain,
)
from newsnorm.syndication.triggers import normalised

__all__ = ["find_notices"]

_DOMAIN_START: Final = regex.compile(
    r"(?:https?://)?+(?:www\.)?+(?:[\p{L}\p{N}][\p{L}\p{N}-]{0,62}+\.){1,4}+\p{L}{2,12}+\b"
)
_CONNECTOR: Final = (
    r"(?:of|the|and|&|de|del|della|la|le|les|du|des|di|do|da|dos|das|für|der|die|das|y|e|al|el)"
)
_CONNECTOR_WORD: Final = regex.compile(_CONNECTOR)
_SPAN_WORD: Final = regex.compile(r"[^\s,;()/&]++")
_NAME_WORD: Final = r"[\p{Lu}\p{Lt}\p{N}][\p{L}\p{M}\p{N}'’&.!-]*+"
_NAME: Final = regex.compile(
    rf"(?:{_NAME_WORD})(?:{SPACE}++(?:{_CONNECTOR}{SPACE}++)?+{_NAME_WORD}){{0,7}}+"
)
_UNCASED_NAME: Final = regex.compile(r"[\p{Lo}\p{M}\p{N}]++(?:[ \t][\p{Lo}\p{M}\p{N}]++){0,4}+")
_QUOTES: Final = "\"'“”‘’«»„「」『』《》"
_TERMINATOR: Final = regex.compile(r"[.。!?！？;|]\s|[.。!?！？;|]$|[,，(（\n]|\s[-–—]\s")
_LIST_END: Final = regex.compile(r"[.。!?！？;|]\s|[.。!?！？;|]$|[(（\n]|\s[-–—]\s")
_SENTENCE_START: Final = regex.compile(r"(?r)[.!?。！？][\"”’)]?\s|\n")
_SENTENCE_END: Final = regex.compile(r"[.!?。！？](?=[\"”’)]?(?:\s|$))|\n|$")
_COLONS: Final = ":："
_LONGEST_LABEL: Final = 24
_BEFORE_LABEL: Final = " \t\n\r\u00a0(（[|"
_LISTED: Final = regex.compile(rf"{SPACE}*+([^\n)）\]|]{{1,80}}+)")
_WRAPPERS: Final = regex.compile(rf"(?r)(?:[(（—–-]|--){SPACE}*+\G")
_LOOKBACK: Final = 300
_LONGEST_NAME: Final = 5
_LONGEST_WRITTEN_NAME: Final = 60
# What a written source name never holds: digits (dates, issues, years), list and clause marks.
_NOT_IN_NAME: Final = regex.compile(r"[\d:;,/|=@#%+*]|\bet al\b|https?://")
_TRAILING_NOTE: Final = regex.compile(r"[ \t]*+[(（][^()（）\n]{1,40}+[)）]?[ \t.]*+$")
# A date or a time before a label: the line gives the article's facts (date, author, source).
_META_LINE: Final = regex.compile(r"\d{1,2}:\d\d|\d{4}-\d\d-\d\d|\d{1,2}\.\d{1,2}\.\d{2,4}")
# Figures: a span of years ("2020-2024") or a percentage, as charts and tables give them.
_FIGURES: Final = regex.compile(
    r"\b(?:19|20)\d\d[ \t]*+[-–][ \t]*+(?:19|20)?\d\d(?![-\d])|\d[ \t]*+%"
)
_SENTENCE_MARKS: Final = ".!?。！？"
_OPENERS: Final = frozenset({"By", "From", "With", "Mit", "Von", "Avec", "Con", "The"})


def _read_name(raw: str, *, unknown: bool) -> tuple[Source, int] | None:
    """The source named at the start of *raw* and where its name ends, or ``None``."""
    stripped = raw.lstrip(_QUOTES + " \t")
    offset = len(raw) - len(stripped)
    domain = _DOMAIN_START.match(stripped)
    if domain is not None:
        source = source_from_domain(domain.group())
        if source is not None:
            return source, offset + domain.end()
    cut = _TERMINATOR.search(stripped)
    clause = stripped[: cut.start()] if cut is not None else stripped
    whole = clause.strip().strip(_QUOTES).rstrip(". )）]")
    first = _first_name(clause)
    for name in (whole, first):
        if name and lookup_source(name) is not None:
            return lookup_source(name) or Source(name, None), offset + stripped.find(name) + len(
                name
            )
    if not unknown or not first or any(word.isdigit() for word in first.split()):
        return None  # "originally published on March 3": a date, no source
    words = whole.split()
    stop_words = phrases().name_stop_words
    if (
        len(words) <= _LONGEST_NAME
        and not any(word.casefold() in stop_words for word in words)
        and "'s " not in whole
        and "’s " not in whole
    ):
        first = whole
    return Source(first, None), offset + stripped.find(first) + len(first)


def _first_name(clause: str) -> str:
    """The capitalised (or uncased-script) name at the start of *clause*, or ``""``."""
    clause = clause.strip().strip(_QUOTES)
    for article in ("the ", "The ", "THE "):
        if clause.startswith(article):
            name = _NAME.match(clause, len(article))
            return f"{article}{name.group()}" if name is not None else ""
    name = _NAME.match(clause) or _UNCASED_NAME.match(clause)
    if name is None:
        return ""
    words = name.group().split()
    for index, word in enumerate(words):
        if word.endswith(("'s", "’s")):
            words = [*words[:index], word[:-2]]
            break
    while words and _CONNECTOR_WORD.fullmatch(words[-1]):
        words.pop()
    return " ".join(words).rstrip(".")


def _sentence_start(text: str, position: int) -> int:
    floor = max(0, position - _LOOKBACK)
    match = _SENTENCE_START.search(text, floor, position)
    return match.end() if match is not None else floor or 0


def _sentence_end(text: str, position: int) -> int:
    match = _SENTENCE_END.search(text, position, position + 200)
    if match is None:
        return position
    return match.end() if match.group() not in {"\n", ""} else match.start()


@functools.cache
def _lead_in_pattern() -> regex.Pattern[str]:
    """The "with" (any language) or "При подготовке материала" just before a contribution cue."""
    return regex.compile(
        rf"(?:{contribution_alternation()}|При подготовке материала|При подготовке)[ \t]++\Z"
    )


def _lead_in(text: str, cue_start: int) -> int:
    """Where a contribution credit starts: its cue, or the "with" just before it."""
    window_start = max(0, cue_start - 30)
    lead = _lead_in_pattern().search(text, window_start, cue_start)
    return lead.start() if lead is not None else cue_start


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in a dash or an opening bracket before the credit and its closing bracket."""
    wrapper = _WRAPPERS.search(text, max(0, start - 4), start)
    if wrapper is not None:
        start = wrapper.start()
        if text[start] in "(（":
            close = text.find(")" if text[start] == "(" else "）", end, end + 3)
            end = close + 1 if close >= 0 else end
    return start, end


def _is_about_text(text: str, sentence_start: int, cue_start: int, cue_end: int) -> bool:
    """Whether the sentence is about the text itself.

    It is when it starts with the cue, or when a document noun ("article", "post",
    "Beitrag", "статья") comes before the source.
    """
    if not text[sentence_start:cue_start].strip(" \t\n©"):
        return True  # the cue opens the sentence, maybe after a copyright mark
    return phrases().document_nouns.search(text, sentence_start, cue_end) is not None


def _inside_longer_name(span: str, words: list[regex.Match[str]], index: int, count: int) -> bool:
    """Whether capitalised words run on around a match ("Harbor Times" is not "The Times")."""
    if index > 0:
        before = words[index - 1]
        gap = span[before.end() : words[index].start()]
        if not gap.strip() and before.group()[:1].isupper() and before.group() not in _OPENERS:
            return True
    if index + count < len(words):
        after = words[index + count]
        gap = span[words[index + count - 1].end() : after.start()]
        if not gap.strip() and after.group()[:1].isupper():
            return True
    return False


def _modified(words: list[regex.Match[str]], index: int) -> bool:
    """Whether a lower-case word qualifies the word at *index*: "state agencies" is no credit."""
    if index == 0:
        return False
    before = words[index - 1].group()
    return before.isalpha() and before.islower() and before not in phrases().name_stop_words


def _scan_sources(span: str) -> list[Source | None]:
    """Registry sources named anywhere in *span*; ``None`` stands for "agencies"."""
    agencies = phrases().agencies_words
    found: list[Source | None] = []
    words = list(_SPAN_WORD.finditer(span))
    index = 0
    while index < len(words):
        for count in range(min(5, len(words) - index), 0, -1):
            piece = span[words[index].start() : words[index + count - 1].end()].strip(".:")
            source = lookup_source(piece)
            if source is not None and _inside_longer_name(span, words, index, count):
                source = None
            elif source is not None or (
                piece.casefold() in agencies and not _modified(words, index)
            ):
                if source not in found:
                    found.append(source)
                index += count
                break
        else:
            index += 1
    return found


def _cue_matches(
    text: str, reduced: str, cue: CuePattern, *, caseless: bool
) -> Iterator[regex.Match[str]]:
    """The matches of *cue* in *text*, those ``finditer`` finds, in its order.

    Every match starts with the cue's first word: when the text lowered in ASCII
    (*reduced*) shows where that word is, the pattern is tried only there.
    """
    pattern = cue.pattern
    if caseless or not cue.first:
        yield from pattern.finditer(text)
        return
    position = reduced.find(cue.first)
    while position >= 0:
        match = pattern.match(text, position)
        if match is None:
            position = reduced.find(cue.first, position + 1)
        else:
            yield match
            position = reduced.find(cue.first, match.end())


def _cue_credits(
    text: str, cue: CuePattern, matches: Iterable[regex.Match[str]]
) -> Iterator[Syndication]:
    """The credits of the matches *matches* of *cue* in *text*."""
    for match in matches:
        rule = next(rule for rule in cue.rules if match.start(rule.group) >= 0)
        start = _sentence_start(text, match.start())
        cue_end = match.start("source") if "source" in cue.pattern.groupindex else -1
        cue_end = cue_end if cue_end >= 0 else match.end()
        if (
            rule.subject
            and not rule.source_before
            and not _is_about_text(text, start, match.start(), cue_end)
        ):
            continue
        if rule.source_before:
            found: list[Source | None] = list(_scan_sources(text[start : match.start()]))
            if not found and rule.unknown:
                name = _first_name(text[start : match.start()])
                found = [lookup_source(name) or Source(name, None)] if name else []
            end = _sentence_end(text, match.end())
            credit_start, credit_end = _widen(text, start, end)
            for source in found:
                yield make_credit(text, credit_start, credit_end, source, rule.kind)
            continue
        if "source" not in cue.pattern.groupindex or match.start("source") < 0:
            end = _sentence_end(text, match.end())
            credit_start, credit_end = _widen(text, start, end)
            yield make_credit(text, credit_start, credit_end, None, rule.kind)
            continue
        if rule.kind == "contributed":
            start = _lead_in(text, match.start())
            source_end = match.end("source")
            cut = _LIST_END.search(text, match.start("source"), source_end)
            span = text[match.start("source") : cut.start() if cut is not None else source_end]
            end = _sentence_end(text, match.start("source") + len(span))
            credit_start, credit_end = _widen(text, start, end)
            named = _scan_sources(span)
            if not named and rule.unknown:
                read = _read_name(span, unknown=True)
                named = [read[0]] if read is not None else []
            for source in named:
                yield make_credit(text, credit_start, credit_end, source, rule.kind)
            continue
        read = _read_name(match.group("source"), unknown=rule.unknown)
        if read is None:
            continue
        source, name_end = read
        name_end += match.start("source")
        end = max(name_end, _sentence_end(text, name_end)) if name_end < match.end() else name_end
        if end == name_end and text[end : end + 1] == ".":
            end += 1
        credit_start, credit_end = _widen(text, start, end)
        yield make_credit(text, credit_start, credit_end, source, rule.kind)


def _label_start(text: str, colon: int, labels: frozenset[str]) -> int:
    """Where the source-line label ending before *colon* starts, or -1 if there is none."""
    end = colon
    while end > 0 and text[end - 1] in " \t\u00a0":
        end -= 1
    start = end
    while start > 0 and start > colon - _LONGEST_LABEL and text[start - 1].isalpha():
        start -= 1
    if start == end or (start > 0 and text[start - 1] not in _BEFORE_LABEL):
        return -1
    return start if text[start:end].casefold() in labels else -1


def _colon_positions(text: str) -> list[int]:
    """Where the colons of *text* are, in order (``str.find`` is faster than a pattern)."""
    positions: list[int] = []
    for colon in _COLONS:
        position = text.find(colon)
        while position >= 0:
            positions.append(position)
            position = text.find(colon, position + 1)
    positions.sort()
    return positions


def _written_name(raw: str) -> str | None:
    """The name a source line gives for a source the registry does not know, or ``None``.

    The line must hold a name and nothing else: a few capitalised words (or words of a
    script without case), maybe followed by a bracketed note ("House of Clio (Sony Music)").
    Lists, dates, citations ("Carlsen et al.: …") and data notes ("World Bank, World
    Development Indicators (2024)") are no names.
    """
    name = _TRAILING_NOTE.sub("", raw).strip().rstrip(".").strip()
    if not name or len(name) > _LONGEST_WRITTEN_NAME or _NOT_IN_NAME.search(name):
        return None
    words = name.split()
    if len(words) > _LONGEST_NAME + 1:
        return None
    connectors = phrases().name_stop_words
    capitalised = [word for word in words if not _CONNECTOR_WORD.fullmatch(word)]
    if not capitalised or any(word.casefold() in connectors for word in words[:1]):
        return None
    folded = {word.casefold() for word in words}
    photo = phrases().photo_words
    if not folded.isdisjoint(photo) or name.casefold() in photo:
        return None  # "Source: Getty Images" under a picture: an image's source
    if all(word[0].isupper() or not word[0].islower() for word in capitalised):
        return name
    return None


def _follows_figures(text: str, line_start: int) -> bool:
    """Whether the line before *line_start* gives figures: a chart's or a table's source."""
    previous_end = line_start - 1
    while previous_end > max(0, line_start - _LOOKBACK) and text[previous_end - 1].isspace():
        previous_end -= 1
    previous_start, _ = line_bounds(text, previous_end, _LOOKBACK)
    return _FIGURES.search(text, previous_start, previous_end) is not None


def _source_line_allowed(text: str, start: int, *, known: bool) -> bool:
    """Whether the label at *start* opens a credit, not an image's or a chart's source.

    The label must open its line (or follow a sentence's end, or a bracket when the
    source is a known one), and the line must not be an image credit ("Foto: …").
    """
    line_start, line_end = line_bounds(text, start, _LOOKBACK)
    line = text[line_start:line_end]
    if is_caption_line(line[: start - line_start]) or is_caption_line(line[start - line_start :]):
        return False
    before = text[line_start:start].strip()
    if not before:
        return known or not _follows_figures(text, line_start)
    if before[-1] in "(（[":
        return known
    if _META_LINE.search(before) is not None:
        return True  # "2012-06-04 09:20 Source: …": a line of the article's facts
    return before[-1] in _SENTENCE_MARKS and known


def _source_lines(text: str) -> Iterator[Syndication]:
    """Find source lines: "Source: AA", "Quelle: a club's name", "来源" and a site.

    A known source is an agency (wire) or an outlet (republished); a source the registry
    does not know is reported as written when the line holds nothing but its name.
    """
    labels = phrases().source_line_labels
    agencies = phrases().agencies_words
    for colon in _colon_positions(text):
        start = _label_start(text, colon, labels)
        if start < 0:
            continue
        listed = _LISTED.match(text, colon + 1, colon + 101)
        if listed is None:
            continue
        raw = listed.group(1)
        name = raw.rstrip().rstrip(".").rstrip()
        end = listed.start(1) + len(name)
        if name.casefold() in agencies:
            if _source_line_allowed(text, start, known=True):
                yield make_credit(text, start, end, None, "contributed")
            continue
        sources = parse_sources(name)
        if sources and _source_line_allowed(text, start, known=True):
            for source in sources:
                kind = "wire" if source.is_wire else "republished"
                yield make_credit(text, start, end, source, kind)
            continue
        _, line_end = line_bounds(text, colon, _LOOKBACK)
        whole = text[listed.start(1) : line_end]
        written = _written_name(whole) if len(whole) <= _LONGEST_WRITTEN_NAME + 40 else None
        if written is None or not _source_line_allowed(text, start, known=False):
            continue
        source = lookup_source(written) or Source(written, None)
        kind = "wire" if source.is_wire else "republished"
        yield make_credit(text, start, listed.start(1) + len(whole.rstrip()), source, kind)


def _holds_all(text: str, words: tuple[str, ...], known: dict[str, bool]) -> bool:
    """Whether every word of *words* occurs in *text*; *known* keeps the answers per word."""
    for word in words:
        present = known.get(word)
        if present is None:
            present = known[word] = word in text
        if not present:
            return False
    return True


def _literals_present(reduced: str) -> frozenset[str]:
    """The words of :func:`~newsnorm.syndication.phrases.cue_literals` that *reduced* holds."""
    words = cue_literals()
    return frozenset(itertools.compress(words, map(reduced.__contains__, words)))


def _may_match(
    cue: CuePattern, text: str, reduced: str, known: dict[str, bool], *, caseless: bool
) -> bool:
    """Whether *text* holds the words every match of *cue* holds (its literals, its gate)."""
    if cue.letters and not any(map(text.__contains__, cue.letters)):
        return False
    if caseless:
        return cue.gate is None or cue.gate.search(text) is not None
    if not _holds_all(reduced, cue.literals, known):
        return False
    # a gate word the literal test could not take (not plain ASCII letters)
    return (
        cue.gate is None
        or cue.gate.pattern.lower() in cue.literals
        or cue.gate.search(text) is not None
    )


def find_notices(text: str, *, reduced: str | None = None) -> Iterator[Syndication]:
    """Every worded credit in *text*, in no particular order, duplicates included.

    A cue pattern is searched only if the text (lowered in ASCII: *reduced*, as
    :func:`~newsnorm.syndication.triggers.normalised` makes it, computed when not given)
    holds its words, and only if the text may be in one of its languages.
    """
    if reduced is None:
        reduced = normalised(text)
    # A letter outside ASCII that matches an ASCII one case-blind: the literal test is off.
    caseless = not reduced.isascii() and any(letter in reduced for letter in CASELESS_LETTERS)
    languages = languages_of(text)
    known: dict[str, bool] = {}
    present: frozenset[str] | None = None
    if languages is None and not caseless:
        # A short text meets every cue: its words are looked up all at once, and a cue
        # whose words are not all there is passed over at once.
        present = _literals_present(reduced)
        known = dict.fromkeys(present, True)
    ascii_text = text.isascii()
    for cue in cue_patterns():
        if languages is not None and languages.isdisjoint(cue.languages):
            continue
        if present is not None and not cue.literal_set <= present:
            continue
        if cue.letters and ascii_text:
            continue  # its first word has a letter outside ASCII
        if _may_match(cue, text, reduced, known, caseless=caseless):
            matches = _cue_matches(text, reduced, cue, caseless=caseless)
            yield from _cue_credits(text, cue, matches)
    yield from _source_lines(text)

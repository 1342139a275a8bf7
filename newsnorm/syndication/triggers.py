# ruff: noqa: RUF001, RUF002 - dashes, quotes and other scripts are matched on purpose
"""Trigger words: a cheap test of whether a line can hold a credit at all.

Nearly every credit a line holds names a source the registry knows ("— AFP", "ab/dpa",
"By IANS", "TOKYO, Oct. 6 Kyodo") or says "agencies", "Source link" or "Desk"; the few
others start with "By" or "With". So before its forms are tried, a line is reduced to its
words (:func:`normalised`: ASCII letters lowered, punctuation turned into spaces, the
length kept) and only a line holding a *trigger word* is read further. Each registered
name, domain, "agencies" word and source-link line contributes one of its own words (the
word fewest names share), found the same way: a name the text spells out holds all of its
words, each standing alone between spaces or marks.

Examples:
    >>> normalised("— AFP/dpa, «Reuters»")
    '  afp dpa   reuters '
    >>> "reuters" in trigger_words()
    True
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from typing import Final

from newsnorm.syndication.phrases import phrases
from newsnorm.syndication.registry import all_domains, all_keys, wire_domains, wire_keys

__all__ = [
    "Name",
    "first_triggers",
    "held_names",
    "holds_name",
    "normalised",
    "trigger_names",
    "trigger_words",
    "words_of",
]

# Marks outside ASCII that stand between a name and what surrounds it: the registry's edge
# punctuation and list separators, dashes, quotes, arrows and bullets. Each becomes a space.
# Words this short ("to", "it") are common in any text: a name's longer word is a better test.
_SHORT_WORD: Final = 3
_MARKS: Final = "“”‘’‚‛«»„‹›—–―‐‑‒−。，：；！？「」『』《》〈〉、（）［］｛｝·•…→←"


@functools.cache
def _ascii_table() -> bytes:
    """A byte table lowering ASCII letters and turning every other ASCII mark into a space.

    Digits, letters, line ends and every byte of a multi-byte character are kept.
    """
    table = bytearray(range(256))
    for byte in range(128):
        character = chr(byte)
        if "A" <= character <= "Z":
            table[byte] = ord(character.lower())
        elif not ("a" <= character <= "z" or "0" <= character <= "9" or character == "\n"):
            table[byte] = ord(" ")
    return bytes(table)


def normalised(text: str) -> str:
    r"""*text* with ASCII letters lowered and marks turned into spaces, as long as *text*.

    Line ends are kept, so line *i* of the result is line *i* of *text*, reduced. Letters
    outside ASCII keep their case: a caller that needs it casefolds a line that is not
    ASCII (casefolding never makes a mark, so the order does not matter).

    Examples:
        >>> normalised("Rain.\n(AP) — Ferries")
        'rain \n ap    ferries'
    """
    reduced = (
        text.encode("utf-8", "surrogatepass")
        .translate(_ascii_table())
        .decode("utf-8", "surrogatepass")
    )
    if not reduced.isascii():
        for mark in _MARKS:
            if mark in reduced:
                reduced = reduced.replace(mark, " ")
    return reduced


def _words(name: str) -> list[str]:
    """The words of *name* as :func:`normalised` and casefolding make them."""
    return normalised(name).casefold().split()


@functools.cache
def _function_words() -> frozenset[str]:
    """The function words of every language ("and", "de"): common in any text, poor tests."""
    raw = json.loads(
        resources.files("newsnorm.data").joinpath("stopwords.json").read_text(encoding="utf-8")
    )
    return frozenset(
        word for language, words in raw.items() if not language.startswith("_") for word in words
    )


Name = tuple[frozenset[str], bool]
"""A name's words, and whether every form may credit it (a wire's name, "agencies", …) or
only a dateline's dash ("OSLO, May 2 — Outlet.")."""


def _one_word_each(names: Iterable[tuple[str, bool]]) -> dict[str, tuple[Name, ...]]:
    """Each name's words, filed under one of them: the rarest in text the lists allow.

    Names of one word go first; a name holding a word already chosen is filed under it
    ("AP News" under "ap"). Otherwise the word is no function word if it can help it, has
    three letters or more, is shared by the fewest names, and is the longest ("associated"
    for "associated press", not "press").
    """
    wire_by_words: dict[frozenset[str], bool] = {}
    worded_by_words: dict[frozenset[str], list[str]] = {}
    for name, wire in names:
        words = _words(name)
        if words:
            key = frozenset(words)
            wire_by_words[key] = wire_by_words.get(key, False) or wire
            worded_by_words.setdefault(key, words)
    worded = sorted(worded_by_words.values(), key=len)
    shared = Counter(word for words in worded for word in set(words))
    function_words = _function_words()
    filed: dict[str, list[Name]] = {}
    for words in worded:
        held = [word for word in words if word in filed]
        word = (
            held[0]
            if held
            else min(
                words,
                key=lambda word: (
                    word in function_words,
                    len(word) < _SHORT_WORD,
                    shared[word],
                    -len(word),
                ),
            )
        )
        key = frozenset(words)
        filed.setdefault(word, []).append((key, wire_by_words[key]))
    return {word: tuple(sets) for word, sets in filed.items()}


@functools.cache
def trigger_names() -> dict[str, tuple[Name, ...]]:
    """Every registered name and domain, "agencies" word and source-link line, as words.

    Each is filed under one of its words (a *trigger word*). A line that gives a credit
    holds all the words of one of these, unless the credit is a byline, a "With …" line
    (see :func:`first_triggers`) or a desk. Only a dateline's dash credits a source that
    is no wire (an outlet): such a name is marked.

    Examples:
        >>> (frozenset({"associated", "press"}), True) in trigger_names()["associated"]
        True
    """
    table = phrases()
    wires = frozenset(wire_keys())
    wire_hosts = frozenset(wire_domains())
    return _one_word_each(
        [
            *((key, key in wires) for key in all_keys()),
            *((domain, domain in wire_hosts) for domain in all_domains()),
            *((word, True) for word in table.agencies_words),
            *((line, True) for line in table.source_link_lines),
        ]
    )


@functools.cache
def trigger_words() -> frozenset[str]:
    """The words :func:`trigger_names` files names under: one of them is in every name."""
    return frozenset(trigger_names())


def words_of(reduced: str) -> list[str]:
    """The casefolded words of *reduced* (a piece of :func:`normalised` text).

    Examples:
        >>> words_of(normalised("«ТАСС»/AFP"))
        ['тасс', 'afp']
    """
    return (reduced if reduced.isascii() else reduced.casefold()).split()


_Filed = tuple[bool | None, dict[str, tuple[Name, ...]], frozenset[str]]


@functools.cache
def _names_by_second_word() -> dict[str, _Filed]:
    """:func:`trigger_names` again, each word's longer names filed under a second word.

    The second word is the one fewest of that trigger word's names share, so that a text is
    met only with the names whose two words it holds ("news" files 50-odd names).
    Per trigger word: whether it is itself a wire's name (``None`` if no name is the word
    alone), the names by second word, and the second words.
    """
    index: dict[str, _Filed] = {}
    for hit, names in trigger_names().items():
        alone = [wire for words, wire in names if len(words) == 1]
        longer = [(words, wire) for words, wire in names if len(words) > 1]
        shared = Counter(word for words, _ in longer for word in words if word != hit)
        by_second: dict[str, list[Name]] = {}
        for words, wire in longer:
            second = min(words - {hit}, key=lambda word: (shared[word], -len(word), word))
            by_second.setdefault(second, []).append((words, wire))
        index[hit] = (
            any(alone) if alone else None,
            {second: tuple(filed) for second, filed in by_second.items()},
            frozenset(by_second),
        )
    return index


def held_names(held: set[str]) -> list[bool]:
    """Whether each name of :func:`trigger_names` whose words *held* all holds is a wire's.

    A name alone (one word) counts once, as a wire's if any of its entries is one.

    Examples:
        >>> held_names({"by", "associated", "press"}), held_names({"press"})
        ([True], [])
    """
    found: list[bool] = []
    index = _names_by_second_word()
    for hit in trigger_words().intersection(held):
        alone, by_second, seconds = index[hit]
        if alone is not None:
            found.append(alone)
        for second in seconds.intersection(held):
            found.extend(wire for name, wire in by_second[second] if name <= held)
    return found


def holds_name(words: list[str]) -> bool:
    """Whether *words* hold every word of some name of :func:`trigger_names`, wire or not.

    Examples:
        >>> holds_name(["by", "associated", "press"]), holds_name(["press"])
        (True, False)
    """
    if trigger_words().isdisjoint(words):
        return False
    return bool(held_names(set(words)))


@functools.cache
def first_triggers() -> frozenset[str]:
    """The words a byline or a "With AFP" line starts with ("by", "par", "with", "avec")."""
    table = phrases()
    return frozenset(word.casefold() for word in (*table.byline_words, *table.contribution_words))

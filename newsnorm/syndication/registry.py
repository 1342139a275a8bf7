# ruff: noqa: RUF001, RUF002 - dashes, quotes and other scripts are matched on purpose
"""The source registry: canonical names and domains of agencies and outlets, and lookups.

``data/agencies.json`` lists each source once with its canonical name, main domain, other
domains, type (``agency``, ``pr_wire``, ``syndicate``, ``outlet``, ``cc_publisher``) and
aliases in their own scripts. This module turns it into lookup tables (built once, cached)
and parses the short source lists that credits name ("AFP, AP and Reuters", "NNN-BERNAMA",
"example-news.org").

Examples:
    >>> lookup_source("ТАСС").name
    'TASS'
    >>> [source.name for source in parse_sources("AFP, AP and Reuters")]
    ['Agence France-Presse', 'Associated Press', 'Reuters']
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any, Final

import attrs
import regex

__all__ = [
    "Source",
    "all_domains",
    "all_keys",
    "first_words",
    "is_agency_words",
    "lookup_domain",
    "lookup_exact",
    "lookup_source",
    "may_name_source",
    "parse_sources",
    "read_sources",
    "source_from_domain",
    "wire_domains",
    "wire_keys",
]

WIRE_TYPES: Final = frozenset({"agency", "pr_wire", "syndicate"})
"""Source types whose credits are wire credits; outlets are republished from."""

# A host name: labels of letters, digits and hyphens, a dot, a top-level domain of letters.
_DOMAIN: Final = regex.compile(
    r"(?:https?://)?+(?:www\.)?+((?:[\p{L}\p{N}][\p{L}\p{N}-]{0,62}+\.){1,5}+"
    r"\p{L}{2,12}+)(?:/[^\s]*+)?+",
    regex.IGNORECASE,
)
# Separators between sources in a list: commas, slashes, ampersands, "and" in a few languages.
_SEPARATOR: Final = regex.compile(
    r"[ \t]*+[,;/&+|、，][ \t]*+|\s++(?:and|und|et|y|e|и|ve|و)\s++|[ \t]*+[()（）][ \t]*+"
)
_LONGEST_LIST: Final = 120
# The first run of letters, digits and marks of a name: what a quick test compares.
_FIRST_RUN: Final = regex.compile(r"[\p{L}\p{N}\p{M}]++")
# First runs that say nothing: a list may start with "and", a name with "the" or "l'".
_UNTELLING_RUNS: Final = frozenset({"the", "l", "and", "und", "et", "y", "e", "и", "ve", "و"})
_EDGE_PUNCTUATION: Final = " \t\r\"'“”‘’«»„()[]{}<>.,:;!?*_—–-。，：；！？「」『』《》"
# What may stand before a list's first item: spaces, edge punctuation and separators.
_BEFORE_FIRST_ITEM: Final = regex.compile(
    r"[\s" + regex.escape(_EDGE_PUNCTUATION + ",;/&+|、，()（）") + r"]*+"
)


@attrs.frozen
class Source:
    """A source a credit names: canonical *name* and *domain* (either may be ``None``)."""

    name: str | None
    domain: str | None
    type: str = "outlet"

    @property
    def is_wire(self) -> bool:
        """Whether the source is a news agency, a press-release wire or a syndicate."""
        return self.type in WIRE_TYPES


def _key(alias: str) -> str:
    """The lookup key of a name: casefolded, spaces collapsed, a leading "the" dropped."""
    key = " ".join(alias.casefold().split()).strip(_EDGE_PUNCTUATION)
    return key.removeprefix("the ")


def _is_abbreviation(alias: str) -> bool:
    """Short all-capital aliases ("AP", "AFP") must be written in capitals to count."""
    letters = [character for character in alias if character.isalpha()]
    return len(letters) <= 5 and " " not in alias and alias.upper() == alias


@attrs.frozen
class _Registry:
    by_key: dict[str, Source]
    abbreviations: frozenset[str]
    by_domain: dict[str, Source]
    aliases: tuple[str, ...]
    first_words: frozenset[str]
    first_runs: frozenset[str]


@functools.cache
def _registry() -> _Registry:
    raw: dict[str, Any] = json.loads(
        resources.files("newsnorm.data").joinpath("agencies.json").read_text(encoding="utf-8")
    )
    by_key: dict[str, Source] = {}
    abbreviations: set[str] = set()
    by_domain: dict[str, Source] = {}
    aliases: list[str] = []
    for entry in raw["sources"]:
        source = Source(entry["name"], entry["domain"], entry["type"])
        for domain in (entry["domain"], *entry.get("domains", ())):
            by_domain.setdefault(domain.lower(), source)
        for alias in (entry["name"], *entry.get("aliases", ())):
            key = _key(alias)
            if key and key not in by_key:
                by_key[key] = source
                aliases.append(alias)
                if _is_abbreviation(alias) and alias.casefold() != alias:
                    abbreviations.add(key)
    aliases.sort(key=len, reverse=True)
    first_words = frozenset(key.split(" ", 1)[0] for key in by_key)
    first_runs = frozenset(_first_run(key) for key in by_key)
    return _Registry(
        by_key, frozenset(abbreviations), by_domain, tuple(aliases), first_words, first_runs
    )


def _first_run(text: str) -> str:
    """The first run of letters, digits and marks in *text* (casefolded), or ``""``."""
    match = _FIRST_RUN.search(text.casefold())
    return match.group() if match is not None else ""


def _may_start_with_source(text: str) -> bool:
    """A quick test: ``False`` when no source list can start as *text* does.

    A registered name starts with the same run of letters as its key, and a list starts
    with a name, so a text whose first run starts no key names no source (a domain, a
    leading "and", "the" or "l'" are let through). A domain is a word with a dot: a list
    whose first word has none starts with no domain.
    """
    if "." in text:
        leading = _BEFORE_FIRST_ITEM.match(text)
        first_word = text[leading.end() if leading is not None else 0 :].split(None, 1)[:1]
        if first_word and "." in first_word[0]:
            return True
    run = _first_run(text)
    return not run or run in _UNTELLING_RUNS or run in _registry().first_runs


def all_aliases() -> tuple[str, ...]:
    """Every name and alias in the registry, longest first."""
    return _registry().aliases


def all_keys() -> tuple[str, ...]:
    """Every lookup key of the registry: a name or alias casefolded, spaces collapsed.

    Examples:
        >>> "associated press" in all_keys()
        True
    """
    return tuple(_registry().by_key)


def all_domains() -> tuple[str, ...]:
    """Every registered domain.

    Examples:
        >>> "cnn.com" in all_domains()
        True
    """
    return tuple(_registry().by_domain)


def wire_keys() -> tuple[str, ...]:
    """The lookup keys of news agencies, press-release wires and syndicates.

    Examples:
        >>> "reuters" in wire_keys(), "cnn" in wire_keys()
        (True, False)
    """
    return tuple(key for key, source in _registry().by_key.items() if source.is_wire)


def wire_domains() -> tuple[str, ...]:
    """Every registered domain of a news agency, a press-release wire or a syndicate.

    Examples:
        >>> "apnews.com" in wire_domains()
        True
    """
    return tuple(domain for domain, source in _registry().by_domain.items() if source.is_wire)


def first_words() -> frozenset[str]:
    """The first word of every registered name and alias, casefolded."""
    return _registry().first_words


def may_name_source(text: str) -> bool:
    """A quick test: whether *text* starts with the first word of some registered name.

    Examples:
        >>> may_name_source("Reuters staff"), may_name_source("Related posts")
        (True, False)
    """
    words = text.split(None, 2)
    if not words:
        return False
    first = words[0].casefold().strip(_EDGE_PUNCTUATION)
    if first == "the" and len(words) > 1:
        first = words[1].casefold().strip(_EDGE_PUNCTUATION)
    return first in _registry().first_words


def lookup_exact(name: str) -> Source | None:
    """:func:`lookup_source` for a name already trimmed: a faster path for many short lines.

    Examples:
        >>> lookup_exact("The Canadian Press").domain
        'thecanadianpress.com'
    """
    registry = _registry()
    key = name.casefold()
    source = registry.by_key.get(key)
    if source is None and key.startswith("the "):
        key = key[4:]
        source = registry.by_key.get(key)
    if source is None or (key in registry.abbreviations and name.upper() != name):
        return None
    return source


def lookup_domain(domain: str) -> Source | None:
    """The registered source of *domain* or of a parent domain, or ``None``.

    Examples:
        >>> lookup_domain("edition.cnn.com").name
        'CNN'
    """
    host = domain.lower().removeprefix("www.")
    by_domain = _registry().by_domain
    while True:
        if host in by_domain:
            return by_domain[host]
        _, dot, rest = host.partition(".")
        if not dot or "." not in rest:
            return None
        host = rest


def lookup_source(name: str) -> Source | None:
    """The registered source called *name* (any alias, any script), or ``None``.

    Abbreviations only count in capitals, as agencies write them: "AFP" is the agency,
    "afp" is not.

    Examples:
        >>> lookup_source("the associated press").domain
        'apnews.com'
        >>> lookup_source("afp") is None
        True
    """
    registry = _registry()
    key = _key(name)
    if key.startswith(("l'", "l’")) and len(key) > 3:
        name, key = name.strip(_EDGE_PUNCTUATION)[2:], key[2:]
    source = registry.by_key.get(key)
    if source is None:
        return None
    if key in registry.abbreviations and name.strip(_EDGE_PUNCTUATION).upper() != name.strip(
        _EDGE_PUNCTUATION
    ):
        return None
    return source


def source_from_domain(text: str) -> Source | None:
    """A source for *text* when it is a domain or a URL: registered, or the bare host.

    Examples:
        >>> source_from_domain("https://www.example-news.org/world/")
        Source(name=None, domain='example-news.org', type='outlet')
    """
    if "." not in text:
        return None
    match = _DOMAIN.fullmatch(text.strip(_EDGE_PUNCTUATION.replace("/", "")))
    if match is None:
        return None
    host = match.group(1).lower()
    return lookup_domain(host) or Source(None, host)


def is_agency_words(text: str, words: frozenset[str]) -> bool:
    """Whether *text* is one of the generic words for "agencies" in *words*."""
    return _key(text) in words


def parse_sources(text: str) -> tuple[Source, ...]:
    """The sources a short list names, or ``()`` unless every item is a known source.

    Items are separated by commas, slashes, "and" and the like; each must be a registered
    name or alias, or a domain. A list with anything else in it ("Reuters/Ipsos poll",
    "World Bank") names no source.

    Examples:
        >>> [source.name for source in parse_sources("NNN-BERNAMA")]
        ['NAM News Network', 'Bernama']
        >>> parse_sources("Reuters/Ipsos poll")
        ()
    """
    return read_sources(text) if _may_start_with_source(text) else ()


def read_sources(text: str) -> tuple[Source, ...]:
    """:func:`parse_sources` without its quick test: slower, the same answer.

    Examples:
        >>> [source.name for source in read_sources("AFP and Reuters")]
        ['Agence France-Presse', 'Reuters']
    """
    whole = lookup_source(text) or source_from_domain(text)
    if whole is not None:
        return (whole,)
    if len(text) > _LONGEST_LIST:
        return ()
    sources: list[Source] = []
    for piece in _SEPARATOR.split(text):
        item = piece.strip(_EDGE_PUNCTUATION)
        if not item:
            continue
        source = lookup_source(item) or source_from_domain(item)
        if source is None and "-" in item:
            parts = [lookup_source(part) for part in item.split("-")]
            if all(part is not None for part in parts):
                sources.extend(part for part in parts if part is not None)
                continue
        if source is None:
            return ()
        if source not in sources:
            sources.append(source)
    return tuple(sources)

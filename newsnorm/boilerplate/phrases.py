"""Known boilerplate phrases: which short lines of a page say what they are.

Menus, share bars, newsletter boxes, comment counters, copyright footers and "Related"
headers are written in a small, stable vocabulary in every language: "Share", "Sign up for
our newsletter", "Leave a reply", "All rights reserved", "Lesen Sie auch". The phrases live in
``data/boilerplate.json``, grouped by the reason a matching line is dropped, in three kinds:
a line that *is* the phrase (list markers, punctuation and counters aside), a line that
*begins* with it, and a line that *contains* it. A phrase only decides a *short* line: a long
paragraph that happens to begin with "By" or "Source:" is prose, and the line features judge
it instead. A line made only of network names and share verbs, glued or not
("FacebookTwitterEmail"), is a share bar.

Lookups are dictionary and ``str.startswith`` tests keyed on a line's first word, and the
"contains" phrases are searched once in the whole page rather than once per line, so the cost
of a page stays a small multiple of its length.

Examples:
    >>> phrase_reason("Share this article"), phrase_reason("Leave a Reply")
    ('share', 'comments')
    >>> is_teaser_header("Most Popular"), is_teaser_header("Popular science is fun for all.")
    (True, False)
"""

from __future__ import annotations

import bisect
import functools
import json
from importlib import resources
from itertools import accumulate, repeat
from typing import TYPE_CHECKING, Any, Final

import attrs
import regex

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = [
    "contained_reasons",
    "cookie_notices",
    "header_reason",
    "is_social_run",
    "is_teaser_header",
    "key_reason",
    "line_reason",
    "lower_lines",
    "lowered_is_teaser_header",
    "normalise_line",
    "page_reasons",
    "phrase_reason",
    "stopwords",
]

PREFIX_LIMIT: Final = 120
"""Lines longer than this are never judged by a leading phrase (a sentence may begin so)."""
LONG_PREFIX_LIMIT: Final = 320
"""Newsletter, copyright and caption lines run longer: their phrases decide up to here."""
BYLINE_LIMIT: Final = 90
"""A byline ("By Jane Roe, Harbour Gazette") is at most this long and ends no sentence."""
CONTAINS_LIMIT: Final = 250
"""Phrases found inside a line decide it only up to this length."""
HEADER_LIMIT: Final = 60
"""A teaser header is a few words."""
COMMENT_HEADER_LIMIT: Final = 200
"""A comments header may quote the article's title ("12 thoughts on “Ferry back”")."""
COOKIE_NOTICE_LIMIT: Final = 2000
"""A cookie notice is a line up to this long: consent boxes explain themselves at length."""
MAX_HEADER_EXTRA_WORDS: Final = 3
"""A teaser header is its phrase and at most this many words ("More from our Sport desk")."""
_LONG_REASONS: Final = frozenset({"newsletter", "copyright", "caption", "syndication"})
_SHORT_REASONS: Final = frozenset({"byline", "navigation", "share"})

# List markers and punctuation around a line's words; counters such as "(12)" or "0".
_EDGE_MARKS: Final = " *+•·▪►◦‣∙-–—|>:.!?,;()[]{}\"'“”‘’«»/\\#@…_=~^"  # noqa: RUF001
_LEADING: Final = _EDGE_MARKS + "0123456789"
_COUNT: Final = " 0123456789()[]"
_MARKERS: Final = "*+•·▪►◦‣∙-–—|> "  # noqa: RUF001
_WORD_END: Final = ":.,;»>|/-"
_SENTENCE_CLOSERS: Final = "\"'”’)"  # noqa: RUF001
_NOT_LETTER: Final = regex.compile(r"[\W\d_]++")
_OTHER_WHITE_SPACE: Final = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character str.split() splits at, but the space and the line feed."""
_LETTER_RANK: Final = "zqxjkvbpygfwmucldrhsnioate "
"""Letters and the space, from the rarest in English text to the commonest; others rank first."""


@attrs.frozen
class _Phrases:
    lines: dict[str, str]
    prefixes: dict[
        str, tuple[tuple[str, str], ...]
    ]  # first word -> (phrase, reason), longest first
    contains: tuple[tuple[str, str], ...]
    teaser_headers: frozenset[str]
    comment_headers: frozenset[str]
    comment_prefixes: tuple[str, ...]
    teaser_prefixes: dict[str, tuple[str, ...]]
    social: regex.Pattern[str]
    networks: tuple[str, ...]
    network_needles: tuple[str, ...]  # the networks not containing another ("mail", not "email")
    known: frozenset[str]  # every phrase a whole key may be: lines, teaser and comment headers
    symbols: frozenset[str]  # the keys of prefixes that are a symbol (a line may start so)
    cookie_words: tuple[str, ...]
    cookie_context: tuple[str, ...]


def _first_word(phrase: str) -> str:
    """The key a phrase is filed under: its first word, or its first character if a symbol."""
    if not phrase[:1].isalnum():
        return phrase[:1]
    return phrase.split(" ", 1)[0].rstrip(_WORD_END)


def _index(pairs: list[tuple[str, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    index: dict[str, list[tuple[str, str]]] = {}
    for phrase, reason in sorted(pairs, key=lambda pair: -len(pair[0])):
        index.setdefault(_first_word(phrase), []).append((phrase, reason))
    return {key: tuple(value) for key, value in index.items()}


@functools.cache
def _phrases() -> _Phrases:
    raw: dict[str, Any] = json.loads(
        resources.files("newsnorm.data").joinpath("boilerplate.json").read_text(encoding="utf-8")
    )
    headers: list[str] = raw["teaser_headers"]
    social = "|".join(regex.escape(word) for word in sorted(raw["social"], key=len, reverse=True))
    lines = {phrase: reason for reason, items in raw["lines"].items() for phrase in items}
    prefixes = _index(
        [(phrase, reason) for reason, items in raw["prefixes"].items() for phrase in items]
    )
    return _Phrases(
        lines=lines,
        prefixes=prefixes,
        contains=tuple(
            (phrase, reason) for reason, items in raw["contains"].items() for phrase in items
        ),
        teaser_headers=frozenset(headers),
        comment_headers=frozenset(raw["comment_headers"]),
        comment_prefixes=tuple(raw["comment_header_prefixes"]),
        teaser_prefixes={
            key: tuple(phrase for phrase, _ in value)
            for key, value in _index([(header, "teaser") for header in headers]).items()
        },
        social=regex.compile(rf"(?:{social})++"),
        networks=tuple(raw["networks"]),
        network_needles=tuple(
            network
            for network in raw["networks"]
            if not any(other != network and other in network for other in raw["networks"])
        ),
        known=frozenset(lines).union(headers, raw["comment_headers"]),
        symbols=frozenset(key for key in prefixes if not key[:1].isalnum()),
        cookie_words=tuple(raw["cookie_notice"]["words"]),
        cookie_context=tuple(raw["cookie_notice"]["context"]),
    )


@functools.cache
def stopwords() -> frozenset[str]:
    """The function words of every language in ``data/stopwords.json``, lower case.

    Examples:
        >>> {"the", "und", "и"} <= stopwords()
        True
    """
    raw: dict[str, Any] = json.loads(
        resources.files("newsnorm.data").joinpath("stopwords.json").read_text(encoding="utf-8")
    )
    return frozenset(
        word for language, words in raw.items() if not language.startswith("_") for word in words
    )


def lower(line: str) -> str:
    """*line* lower-cased (case-folded), its runs of white space made one space.

    Examples:
        >>> lower("Read  MORE")
        'read more'
    """
    return " ".join(line.casefold().split())


def lower_lines(lines: Sequence[str]) -> list[str]:
    r""":func:`lower` of every line of a page.

    Most lines have no white space but single spaces between words: case-folding them is
    enough. (Case folding twice folds nothing more, and makes no white space.)

    Examples:
        >>> lower_lines(["Read MORE", "Top\tStories"])
        ['read more', 'top stories']
    """
    return _fold_lines(lines)[1]


def _fold_lines(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """Each line case-folded, and each line as :func:`lower` gives it (:func:`lower_lines`).

    The two lists are one list (the same object) when no line has white space to collapse.
    """
    folded = list(map(str.casefold, lines))  # an ASCII line is folded on a fast path
    page = "\n".join(folded)
    # One test of the whole page instead of one of each line: no line holds a line feed
    # (casefolding makes none) or white space other than single spaces between words. A
    # test for each white-space character is a fast scan; a test of every character
    # (str.isprintable) is not.
    if (
        page.count("\n") + 1 == len(folded)
        and "  " not in page
        and "\n " not in page
        and " \n" not in page
        and page[:1] != " "
        and page[-1:] != " "
        and not any(map(page.__contains__, _OTHER_WHITE_SPACE))
    ):
        return folded, folded
    return folded, [" ".join(text.split()) for text in folded]


def normalise_line(line: str) -> str:
    """Lower-case *line*, collapse its spaces and drop list markers and outer punctuation.

    Examples:
        >>> normalise_line("  * Related  Articles:")
        'related articles'
    """
    return lower(line).lstrip(_LEADING).rstrip(_EDGE_MARKS)


def _starting(text: str, index: dict[str, tuple[tuple[str, str], ...]]) -> tuple[str, str] | None:
    """The longest (phrase, reason) of *index* that *text* begins with at a word boundary."""
    if not text:
        return None
    space = text.find(" ")
    first = text if space < 0 else text[:space]
    candidates = index.get(first.rstrip(_WORD_END), ())
    if not first[:1].isalnum():
        candidates += index.get(first[:1], ())
    for phrase, reason in candidates:
        if text.startswith(phrase):
            after = text[len(phrase) : len(phrase) + 1]
            if not after or not after.isalnum() or not phrase[-1:].isalnum():
                return phrase, reason
    return None


def phrase_reason(line: str) -> str | None:
    """The reason a known phrase gives for dropping *line*, or ``None``.

    Args:
        line: One line of a page, trimmed.

    Examples:
        >>> phrase_reason("Copyright © 2031 Harbour Gazette. All rights reserved.")
        'copyright'
        >>> phrase_reason("By the end of the week the river had risen two metres.") is None
        True
    """
    lowered = lower(line)
    contained, social = contained_reasons([line], [lowered])
    reason = line_reason(line, lowered, social=bool(social)) or contained.get(0)
    return reason or ("navigation" if cookie_notices([line], [lowered]) else None)


def line_reason(line: str, lowered: str, *, social: bool = True) -> str | None:
    """The reason a whole-line or leading phrase gives *line* (``lowered`` is :func:`lower`).

    *social* says whether the line names a social network at all (a share bar must).
    """
    if len(line) > LONG_PREFIX_LIMIT:
        return None
    return key_reason(line, lowered, lowered.lstrip(_LEADING).rstrip(_EDGE_MARKS), social=social)


def key_reason(line: str, lowered: str, key: str, *, social: bool) -> str | None:
    """:func:`line_reason` for a line at most :data:`LONG_PREFIX_LIMIT` long, given its key.

    *key* is *lowered* without list markers, counters and outer punctuation (as
    :func:`normalise_line`), which the caller has already computed for the headers.

    Examples:
        >>> key_reason("Share this:", "share this:", "share this", social=False)
        'share'
    """
    if not key:
        return None
    phrases = _phrases()
    reason = phrases.lines.get(key) or phrases.lines.get(key.rstrip(_COUNT))
    if reason is not None:
        return reason
    found = _starting(lowered.lstrip(_MARKERS), phrases.prefixes)
    if found is not None:
        reason = found[1]
        if reason in _SHORT_REASONS:
            # "By Jane Roe" is a byline and "Back to top" a link; "By noon the river had
            # risen." and "Back to the old plan?" are sentences.
            ended = line.rstrip(_SENTENCE_CLOSERS).endswith((".", "!", "?"))
            if len(line) <= BYLINE_LIMIT and not ended:
                return reason
        elif len(line) <= PREFIX_LIMIT or reason in _LONG_REASONS:
            return reason
    if social and len(line) <= PREFIX_LIMIT:
        return "share" if _is_social_letters(_NOT_LETTER.sub("", lowered)) else None
    return None


def page_reasons(
    lines: Sequence[str], lowered: Sequence[str]
) -> tuple[list[str | None], list[str | None]]:
    """For each line, the reason it opens a list (:func:`header_reason`) or is boilerplate.

    The second reason is given by a whole-line or leading phrase (:func:`line_reason`) or a
    phrase inside the line (:func:`contained_reasons`); it is ``None`` where the first is set.
    A line's key, first words and counter-less key are cut for the whole page at once, and
    the full lookups run only for the few lines whose key or first word is a phrase's (or
    that name a social network).

    Examples:
        >>> page_reasons(["Related", "Share on Facebook", "Harbour"],
        ...              ["related", "share on facebook", "harbour"])
        (['teaser', None, None], [None, 'share', None])
    """
    phrases = _phrases()
    known_keys, prefixes, symbols = phrases.known, phrases.prefixes, phrases.symbols
    teaser_prefixes, comment_prefixes = phrases.teaser_prefixes, phrases.comment_prefixes
    contained, social = contained_reasons(lines, lowered)
    keys = map(str.rstrip, map(str.lstrip, lowered, repeat(_LEADING)), repeat(_EDGE_MARKS))
    texts = map(str.lstrip, lowered, repeat(_MARKERS))  # as _starting() reads them
    headers: list[str | None] = [None] * len(lines)
    reasons: list[str | None] = [None] * len(lines)
    for index, line, key, text in zip(range(len(lines)), lines, keys, texts, strict=True):
        length = len(line)
        if length > LONG_PREFIX_LIMIT:  # no whole-line or leading phrase decides it
            reasons[index] = contained.get(index)
            continue
        # Each lookup below can only succeed on a line that passes its test.
        known = key in known_keys or key.rstrip(_COUNT) in known_keys
        if length <= COMMENT_HEADER_LIMIT and (
            known or key.partition(" ")[0] in teaser_prefixes or key.startswith(comment_prefixes)
        ):
            header = header_reason(key)
            if header is not None:
                headers[index] = header
                continue
        named = index in social
        reason = None
        if (
            known
            or named
            or text.partition(" ")[0].rstrip(_WORD_END) in prefixes
            or text[:1] in symbols
        ):
            reason = key_reason(line, lowered[index], key, social=named)
        reasons[index] = reason or contained.get(index)
    for index in cookie_notices(lines, lowered):
        if headers[index] is None and reasons[index] is None:
            reasons[index] = "navigation"
    return headers, reasons


def cookie_notices(lines: Sequence[str], lowered: Sequence[str]) -> set[int]:
    """Indices of the lines that are cookie notices, in any language of the data.

    A cookie notice names cookies (``cookie_notice.words`` in ``data/boilerplate.json``:
    "cookie", "çerez", "куки"…) and what they serve (``cookie_notice.context``: "website",
    "consent", "Datenschutz", "сайт"…), at any length up to :data:`COOKIE_NOTICE_LIMIT`: a
    consent box is a long paragraph, so no length limit of the other phrases holds it. A
    recipe's cookies name no website.

    Examples:
        >>> lines = ["We use cookies to improve your experience on our website.",
        ...          "Bake the cookies for twelve minutes."]
        >>> cookie_notices(lines, lower_lines(lines))
        {0}
    """
    phrases = _phrases()
    indices: Sequence[int] = range(len(lines))
    if max(map(len, lines), default=0) > COOKIE_NOTICE_LIMIT:  # most pages have no such line
        indices = [index for index, line in enumerate(lines) if len(line) <= COOKIE_NOTICE_LIMIT]
    found = {index for _number, index in _lines_containing(lowered, indices, phrases.cookie_words)}
    return {
        index for index in found if any(map(lowered[index].__contains__, phrases.cookie_context))
    }


def contained_reasons(
    lines: Sequence[str], lowered: Sequence[str]
) -> tuple[dict[int, str], set[int]]:
    """Reasons given by phrases found inside short lines, by line index; lines naming networks.

    The phrases are searched once in the page (its short lowered lines joined), not once per
    line. A line gets the reason of the first phrase in ``data/boilerplate.json`` that it
    contains. Only lines short enough for a phrase or a share bar to decide them are searched:
    a network name in a longer line is never a share bar.
    """
    phrases = _phrases()
    found: dict[int, str] = {}
    short = [index for index, line in enumerate(lines) if len(line) <= CONTAINS_LIMIT]
    needles = [phrase for phrase, _reason in phrases.contains]
    for number, index in _lines_containing(lowered, short, needles):
        found.setdefault(index, phrases.contains[number][1])
    shorter = [index for index in short if len(lines[index]) <= PREFIX_LIMIT]
    networks = phrases.network_needles
    social = {index for _number, index in _lines_containing(lowered, shorter, networks)}
    return found, social


def _lines_containing(
    lowered: Sequence[str], indices: Sequence[int], needles: Sequence[str]
) -> Iterator[tuple[int, int]]:
    """``(needle number, line index)`` for each needle and each line of *indices* holding it.

    Needles hold no line feed, so a search of the lines joined by line feeds finds them in
    one line each; after a hit the search goes on at the next line.
    """
    if indices == range(len(lowered)):  # every line: no need to pick them one by one
        pieces = list(lowered)
    else:
        pieces = [lowered[index] for index in indices]
    joined = "\n".join(pieces)
    starts: list[int] = []  # where each piece starts, and the end: made at the first hit
    ascii_page = joined.isascii()  # then no needle in another script can be in it
    for number, needle in enumerate(needles):
        if (ascii_page and not needle.isascii()) or _rarest(needle) not in joined:
            continue  # a test for one character is many times faster than a search
        hit = joined.find(needle)
        if hit >= 0 and not starts:
            starts = list(accumulate(map((1).__add__, map(len, pieces)), initial=0))
        while hit >= 0:
            line = bisect.bisect_right(starts, hit) - 1
            yield number, indices[line]
            hit = joined.find(needle, starts[line + 1])


@functools.cache
def _rarest(needle: str) -> str:
    """The character of *needle* least likely in a page: a page without it lacks *needle*.

    Characters outside ASCII come first, then ASCII marks and digits, then letters from the
    rarest in English text (``z``) to the commonest (``e``).
    """
    return max(needle, key=lambda char: (not char.isascii(), -_LETTER_RANK.find(char)), default="")


def _is_social_letters(letters: str) -> bool:
    phrases = _phrases()
    return (
        bool(letters)
        and phrases.social.fullmatch(letters) is not None
        and any(network in letters for network in phrases.networks)
    )


def is_social_run(line: str) -> bool:
    """Tell whether *line* is only names of social networks and share verbs, glued or not.

    Examples:
        >>> is_social_run("FacebookTwitterPinterestEmail"), is_social_run("Facebook is fined")
        (True, False)
    """
    if len(line) > PREFIX_LIMIT:
        return False
    return _is_social_letters(_NOT_LETTER.sub("", line.casefold()))


def is_teaser_header(line: str) -> bool:
    """Tell whether *line* is a header that opens a list of links to other articles.

    A header is short: the phrase alone ("Related Articles"), or the phrase and a few words
    ("More from Sport", "Read more:").

    Examples:
        >>> is_teaser_header("More from Business"), is_teaser_header("Read more on tides in a bay")
        (True, False)
    """
    if len(line) > HEADER_LIMIT:
        return False
    return lowered_is_teaser_header(normalise_line(line))


def lowered_is_teaser_header(key: str) -> bool:
    """:func:`is_teaser_header` for a line already passed through :func:`normalise_line`."""
    return header_reason(key) == "teaser"


def header_reason(key: str) -> str | None:
    """``"teaser"`` or ``"comments"`` if *key* (see :func:`normalise_line`) opens such a list.

    Examples:
        >>> header_reason("related stories"), header_reason("12 comments".lstrip("0123456789 "))
        ('teaser', 'comments')
    """
    phrases = _phrases()
    if key in phrases.teaser_headers:
        return "teaser"
    if key.startswith(phrases.comment_prefixes):
        return "comments"  # "12 thoughts on “Title”": digits are stripped from the key
    if len(key) > HEADER_LIMIT:
        return None
    if key in phrases.comment_headers or key.rstrip(_COUNT) in phrases.comment_headers:
        return "comments"
    space = key.find(" ")
    for header in phrases.teaser_prefixes.get(key if space < 0 else key[:space], ()):
        if key.startswith(header) and key[len(header) : len(header) + 1] in {"", " "}:
            if key.count(" ") - header.count(" ") <= MAX_HEADER_EXTRA_WORDS:
                return "teaser"
            return None
    return None

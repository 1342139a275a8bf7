"""Cue phrases of syndication credits, compiled from ``data/syndication_phrases.json`` once.

A template such as ``"appeared first on {source}"`` becomes a pattern in which spaces match
any run of spaces and ``{source}`` captures the words that name the source. Templates whose
source comes first (``"{span} contributed to this report"``) are compiled without it: the
caller reads the source back from the start of the sentence.

Speed comes from the shape of the patterns: every template starts with a literal word, and
all templates sharing a first word are compiled into one pattern that starts with it, so a
text without the word costs one fast literal scan. Long texts are first checked for the
languages they may be in (a few frequent words, or a script), and only those languages'
phrases are searched.

Examples:
    >>> cues = [cue for cue in cue_patterns() if cue.pattern.search("It appeared first on x.org")]
    >>> cues[0].rules[0].kind
    'republished'
"""

from __future__ import annotations

import functools
import itertools
import json
from importlib import resources
from typing import Any, Final

import attrs
import regex
from regex import _regex  # the engine's own table of case forms: see _letters

__all__ = ["CuePattern", "Phrases", "Rule", "cue_patterns", "languages_of", "phrases"]

SPACE: Final = r"[ \t\r\u00a0]"
"""A horizontal space, as scraped text has them."""

_SOURCE_AT_END: Final = r"(?P<source>[^\n]{1,120}+)"
_SOURCE_INSIDE: Final = r"(?P<source>[^\n]{1,80}?)"
_FIRST_WORD: Final = regex.compile(r"[^\W\d_]++")
_PLACEHOLDER: Final = regex.compile(r"\{(?:source|name|span)\}")
_PLAIN_WORDS: Final = regex.compile(r"[\p{L} -]++")
# A gate word must be this much longer than the first word to be worth its scan.
_GATE_GAIN: Final = 3
_ALWAYS_SEARCHED_BELOW: Final = 2_000
_SAMPLE: Final = 2_500

CASELESS_LETTERS: Final = "\u0130\u017f\u212a"
"""The letters outside ASCII that a pattern's ASCII letter matches when case is ignored
(İ, long s, the Kelvin sign): a text holding one is searched with the patterns."""


@attrs.frozen
class Rule:
    """What a matched template means.

    Attributes:
        group: The name of the template's group in :attr:`CuePattern.pattern`.
        kind: The kind of credit it makes.
        unknown: Whether a source missing from the registry is still reported.
        subject: Whether the sentence must be about the text itself ("This article …").
        source_before: Whether the source is named before the cue, in the same sentence.
    """

    group: str
    kind: str
    unknown: bool
    subject: bool
    source_before: bool


@attrs.frozen
class CuePattern:
    """The templates that share a first word, compiled into one pattern starting with it.

    A text in which :attr:`gate` finds nothing has no match of :attr:`pattern`.
    """

    languages: frozenset[str]
    source: str
    """The pattern's text (compiled case-blind on first use: :attr:`pattern`)."""
    rules: tuple[Rule, ...]
    gate: regex.Pattern[str] | None = None
    """A longer word every match holds: a short first word scans slowly, a long one fast."""
    literals: tuple[str, ...] = ()
    """Words of ASCII letters, lower case, that every match holds, case aside (the first
    word, the gate's word), longest first: a text lowered in ASCII without them has no
    match, unless it holds one of :data:`CASELESS_LETTERS`."""
    letters: tuple[str, ...] = ()
    """Characters one of which every match holds: the case forms of a letter outside ASCII
    of the first word (``ö``, ``Ö`` for "ursprünglich"), none of them ASCII; empty when the
    first word has no such letter. A text holding none of them has no match."""
    first: str = ""
    """The first word in lower case when it is plain ASCII letters, else empty: every match
    starts with it, case aside, so a match can only start where the text, lowered in
    ASCII, holds it (unless the text holds one of :data:`CASELESS_LETTERS`)."""
    literal_set: frozenset[str] = attrs.field(
        default=attrs.Factory(lambda cue: frozenset(cue.literals), takes_self=True)
    )
    """:attr:`literals` as a set."""

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The compiled pattern: compiled the first time a text may hold a match."""
        return _compiled(self.source)


@functools.cache
def cue_literals() -> tuple[str, ...]:
    """Every word of :attr:`CuePattern.literals` of every cue pattern, once each.

    Examples:
        >>> "appeared" in cue_literals()
        True
    """
    return tuple(sorted({word for cue in cue_patterns() for word in cue.literals}))


@functools.cache
def _compiled(source: str) -> regex.Pattern[str]:
    """One cue pattern, compiled case-blind (once; the keys are the phrase file's patterns).

    Compiling all of them up front was most of a first call's cost, and most texts only
    ever reach a few: the gates skip the rest.
    """
    return regex.compile(source, regex.IGNORECASE)


@attrs.frozen
class Phrases:
    """The word lists of the phrase file, as immutable sets (keys casefolded)."""

    source_line_labels: frozenset[str]
    source_link_lines: frozenset[str]
    agencies_words: frozenset[str]
    desk_exclusions: frozenset[str]
    photo_words: tuple[str, ...]
    document_nouns: regex.Pattern[str]
    name_stop_words: frozenset[str]
    ambiguous_alone: frozenset[str]
    dateline_lowercase_words: frozenset[str]
    house_credits: tuple[tuple[str, regex.Pattern[str], str, str], ...]
    """Closing credits in an agency's house style: (gate, pattern, source name, kind)."""
    contribution_words: tuple[str, ...]
    """"with" in the languages credits are written in ("avec", "mit", "con", "com")."""
    byline_words: tuple[str, ...]
    """What opens a byline ("By", "Par", "Por", "Von")."""
    caption_labels: frozenset[str]
    """Labels of image credits ("Foto", "Bild"), casefolded."""
    initials_max: int
    agency_nouns: frozenset[str]
    """Words that make an unknown name in a byline an agency's ("Agencia"), casefolded."""
    """The longest run of letters an editor's initials tag may have ("ab" in "ab/dpa")."""


@functools.cache
def _raw() -> dict[str, Any]:
    text = resources.files("newsnorm.data").joinpath("syndication_phrases.json")
    data: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return data


def _compile(pattern: str) -> tuple[str, bool, str]:
    """The regex of one template, whether its source comes first, and its first word."""
    source_before = pattern.startswith(("{span}", "{name}"))
    if source_before:
        pattern = pattern.removeprefix("{span}").removeprefix("{name}").lstrip()
    first_word = _FIRST_WORD.match(pattern)
    if first_word is None:
        msg = f"a cue phrase must start with a literal word, got {pattern!r}"
        raise ValueError(msg)
    pattern = pattern.replace(" ", f"{SPACE}++")
    if pattern.endswith("{source}"):
        pattern = pattern.removesuffix("{source}") + _SOURCE_AT_END
    pattern = pattern.replace("{source}", _SOURCE_INSIDE).replace("{name}", _SOURCE_INSIDE)
    return pattern, source_before, first_word.group()


@functools.cache
def cue_patterns() -> tuple[CuePattern, ...]:
    """The cue-phrase templates, one compiled pattern per first word (once)."""
    by_word: dict[str, tuple[str, list[tuple[str, Rule]], set[str], list[str]]] = {}
    for group in _raw()["templates"]:
        for pattern in group["patterns"]:
            body, source_before, word = _compile(pattern)
            _, bodies, languages, templates = by_word.setdefault(
                word.casefold(), (word, [], set(), [])
            )
            templates.append(pattern)
            name = f"t{len(bodies)}"
            rule = Rule(
                name, group["kind"], bool(group["unknown"]), bool(group["subject"]), source_before
            )
            bodies.append((body[len(word) :], rule))
            languages.update(group["languages"])
    compiled = []
    for word, bodies, languages, templates in by_word.values():
        rests = "|".join(f"(?P<{rule.group}>{rest})" for rest, rule in bodies)
        source = f"{regex.escape(word)}(?:{rests})"
        rules = tuple(rule for _, rule in bodies)
        gate = _gate(templates, word)
        words = (word, gate.pattern if gate is not None else "")
        # longest first: a long word is scanned fast and is the likelier to be missing
        literals = tuple(
            sorted({w.lower() for w in words if w.isascii() and w.isalpha()}, key=len)[::-1]
        )
        first = word.lower() if word.isascii() and word.isalpha() else ""
        compiled.append(
            CuePattern(frozenset(languages), source, rules, gate, literals, _letters(word), first)
        )
    return tuple(compiled)


def _letters(word: str) -> tuple[str, ...]:
    """The case forms of the first letter of *word* outside ASCII none of whose forms is ASCII.

    The forms are those the ``regex`` engine itself matches case-blind (its table of all
    cases of a character), so a text holding none of them holds no case-blind match of
    *word*. Empty when no letter qualifies (or the engine does not expose the table).

    Examples:
        >>> _letters("publié")
        ('É', 'é')
        >>> _letters("courtesy")
        ()
    """
    all_cases = getattr(_regex, "get_all_cases", None)
    if all_cases is None:  # pragma: no cover - every regex release so far has it
        return ()
    for letter in word:
        if letter.isascii():
            continue
        forms = tuple(sorted(map(chr, all_cases(regex.IGNORECASE, ord(letter)))))
        if letter in forms and not any(form.isascii() for form in forms):
            return forms
    return ()


def _gate(templates: list[str], word: str) -> regex.Pattern[str] | None:
    """The longest word of a lone template of plain words, if longer than its first word.

    Examples:
        >>> _gate(["{name} part of States Newsroom"], "part").pattern
        'Newsroom'
        >>> _gate(["courtesy of {source}"], "courtesy") is None
        True
    """
    if len(templates) != 1:
        return None
    plain = _PLACEHOLDER.sub(" ", templates[0])
    if not _PLAIN_WORDS.fullmatch(plain):
        return None
    longest = max(plain.split(), key=len)
    if len(longest) < len(word) + _GATE_GAIN:
        return None
    return regex.compile(regex.escape(longest), regex.IGNORECASE)


@functools.cache
def _language_cues() -> tuple[tuple[str, frozenset[str], tuple[str, ...], frozenset[int]], ...]:
    """Per language: its words written " und " (a set of "und"), its other words, lead bytes."""
    cues = []
    for language, cue in _raw()["language_cues"].items():
        if language.startswith("_"):
            continue
        lead_bytes = frozenset(int(byte, 16) for byte in cue.get("utf8_lead_bytes", ()))
        words = cue.get("words", ())
        spaced = frozenset(word[1:-1] for word in words if _is_spaced_word(word))
        others = tuple(word for word in words if not _is_spaced_word(word))
        cues.append((language, spaced, others, lead_bytes))
    return tuple(cues)


def _is_spaced_word(word: str) -> bool:
    """Whether *word* is one space, a word without spaces, one space (" und ")."""
    return len(word) > 2 and word[0] == " " and word[-1] == " " and " " not in word[1:-1]


def languages_of(text: str) -> frozenset[str] | None:
    """The languages whose phrases may occur in *text*, or ``None`` for all of them.

    A language counts when one of its frequent words occurs in the middle of the text (a
    sample of :data:`_SAMPLE` characters either side), or, for a script of its own, when a
    character of that script occurs anywhere (found as a UTF-8 lead byte: one fast scan).
    A word written " und " occurs in the sample when "und" is one of the pieces between
    two spaces (one split of the sample instead of a scan per word).

    Examples:
        >>> sorted(languages_of("x " * 1_500 + " und der Text"))
        ['de']
    """
    if len(text) < _ALWAYS_SEARCHED_BELOW:
        return None
    cues = _language_cues()
    spaced_words, lead_bytes = _all_cue_words()
    # The lead bytes of the text, kept alone: one pass, then a set.
    leads = (
        frozenset(text.encode("utf-8", "surrogatepass").translate(None, lead_bytes))
        if not text.isascii()
        else frozenset()
    )
    middle = len(text) // 2
    sample = text[max(0, middle - _SAMPLE) : middle + _SAMPLE]
    split = sample.split(" ")
    pieces = spaced_words.intersection(itertools.islice(split, 1, len(split) - 1))
    found = set()
    for language, spaced, others, language_leads in cues:
        if (
            not spaced.isdisjoint(pieces)
            or (others and any(word in sample for word in others))
            or not leads.isdisjoint(language_leads)
        ):
            found.add(language)
    return frozenset(found)


@functools.cache
def _all_cue_words() -> tuple[frozenset[str], bytes]:
    """Every language's " und " words (as "und"), and the bytes that are no lead byte."""
    cues = _language_cues()
    spaced = frozenset(word for _, words, _, _ in cues for word in words)
    leads = {byte for _, _, _, language_leads in cues for byte in language_leads}
    return spaced, bytes(byte for byte in range(256) if byte not in leads)


@functools.cache
def phrases() -> Phrases:
    """The word lists of the phrase file (once)."""
    raw = _raw()
    nouns = "|".join(regex.escape(noun) for noun in raw["document_nouns"])
    return Phrases(
        source_line_labels=frozenset(label.casefold() for label in raw["source_line_labels"]),
        source_link_lines=frozenset(line.casefold() for line in raw["source_link_lines"]),
        agencies_words=frozenset(word.casefold() for word in raw["agencies_words"]),
        desk_exclusions=frozenset(word.casefold() for word in raw["desk_qualifier_exclusions"]),
        photo_words=tuple(word.casefold() for word in raw["photo_words"]),
        document_nouns=regex.compile(rf"\b(?:{nouns})", regex.IGNORECASE),
        name_stop_words=frozenset(word.casefold() for word in raw["name_stop_words"]),
        ambiguous_alone=frozenset(raw["ambiguous_alone"]),
        dateline_lowercase_words=frozenset(raw["dateline_lowercase_words"]),
        house_credits=tuple(
            (credit["gate"], regex.compile(credit["pattern"]), credit["source"], credit["kind"])
            for credit in raw["house_credits"]["credits"]
        ),
        contribution_words=tuple(raw["cue_words"]["contribution"]),
        byline_words=tuple(raw["cue_words"]["byline"]),
        caption_labels=frozenset(label.casefold() for label in raw["cue_words"]["caption_labels"]),
        initials_max=int(raw["cue_words"]["initials_max"]),
        agency_nouns=frozenset(noun.casefold() for noun in raw["cue_words"]["agency_nouns"]),
    )

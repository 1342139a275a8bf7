"""Detect the language of a text: langdetect, made deterministic, bounded and script-aware.

langdetect draws random n-grams, so two runs on one text may disagree unless it is seeded,
and its usual entry point seeds a process-wide factory. Here langdetect's profiles are read
once (lazily, on first use), the text is cleaned as langdetect's detector cleans it, and every
call walks with its own generator, seeded the same way: the same text gives the same answer
in every process and thread, and nothing global is touched.

Before the statistics, the writing system or the words can settle the question: Hangul
is Korean, kana is Japanese, Greek letters are Greek; within a shared script, letters one
language alone uses (Ukrainian ``ї``, Urdu ``ے``) decide between neighbours; and a long text
whose words are more than a fifth English function words ("the", "of", "said") is English.
Those rules are data (``data/scripts.json``, ``data/function_words.json``); a language they
settle is reported with confidence 1.

A long page costs no more than a long article: the detector reads a bounded sample of the
text's letters, taken from evenly spaced windows.
"""

from __future__ import annotations

import functools
import json
import random
from importlib import resources
from itertools import repeat
from operator import add, mul, truediv
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

import attrs
import regex

from newsnorm.model import UNDETERMINED, Language
from newsnorm.text import _check_text

__all__ = ["detect_language"]

SAMPLE_LENGTH: Final = 450
"""At most this many characters of a text reach the statistical detector."""
MIN_LETTERS: Final = 3
"""Below this many letters a text is undetermined."""
_WINDOWS: Final = 3
_VETO_LETTERS: Final = 200
_SEED: Final = 0
# langdetect's constants, for the random walk.
_TRIALS: Final = 7
_SETTLING_TRIALS: Final = 2
_ALPHA: Final = 0.5
_ALPHA_WIDTH: Final = 0.05
_BASE_FREQUENCY: Final = 10_000
_CONVERGED: Final = 0.99999
_ITERATION_LIMIT: Final = 1000
# Letters, and what langdetect cannot use: links, handles (so the "@domain" part of an
# address too), digits. (A former "\S++@\S++" branch could never match: the possessive
# run swallows the "@"; it only cost time, so it is gone and the output is unchanged.)
# Letters are counted as what is left when the runs of other characters are taken out:
# one match a run instead of one a letter.
_NOT_LETTERS: Final = regex.compile(r"\P{L}++")
_WORD: Final = regex.compile(r"\p{L}++")
_NOISE: Final = regex.compile(r"(?:https?://|www\.)\S++|[@#]\w++|[\p{N}_]++", regex.IGNORECASE)
# Any letter outside the Latin script: only then do script rules apply.
_BEYOND_LATIN: Final = regex.compile(r"[^\p{Latin}\p{Common}\p{Inherited}]")
_WORD_CACHE: Final = 1 << 14
"""Distinct words whose n-grams are remembered (a bounded cache: a few megabytes at most)."""
_ALIASES: Final = MappingProxyType({"zh-cn": "zh", "zh-tw": "zh", "no": "nb"})
# What langdetect's Detector keeps of a text (see _cleaned): its length limit, and the
# characters and UTF-8 bytes its cleaning counts.
_LANGDETECT_MAX_LENGTH: Final = 10_000
_SPACE_RUN: Final = regex.compile(" {2,}+")
_A_TO_Z: Final = bytes(range(ord("A"), ord("z") + 1))
_A_TO_Z_CHARACTER: Final = regex.compile("[A-z]++")
_BELOW_U0300_LEADS: Final = bytes(range(0xCC))


@attrs.frozen
class _ScriptRule:
    """Evidence from letters: which language they settle, or which they rule out."""

    pattern: regex.Pattern[str]
    language: str | None = None
    script: regex.Pattern[str] | None = None
    absent: regex.Pattern[str] | None = None
    min_share: float = 0.3
    ruled_out: frozenset[str] = frozenset()
    supported: frozenset[str] = frozenset()

    def holds(self, sample: str) -> bool:
        """Whether *sample* has the rule's letters and none of its *absent* ones."""
        if self.pattern.search(sample) is None:
            return False
        return self.absent is None or self.absent.search(sample) is None


@attrs.frozen
class _ScriptRules:
    only: tuple[_ScriptRule, ...]
    letters: tuple[_ScriptRule, ...]
    vetoes: tuple[_ScriptRule, ...]


def _compile(pattern: str | None) -> regex.Pattern[str] | None:
    return None if pattern is None else regex.compile(pattern)


@attrs.frozen
class _FunctionWords:
    """Words whose share in a long text settles its language (``data/function_words.json``)."""

    language: str
    words: frozenset[str]
    min_tokens: int
    min_share: float


@functools.cache
def _function_words() -> tuple[_FunctionWords, ...]:
    raw: dict[str, Any] = json.loads(
        resources.files("newsnorm.data").joinpath("function_words.json").read_text(encoding="utf-8")
    )
    return tuple(
        _FunctionWords(language, frozenset(entry["words"]), entry["min_tokens"], entry["min_share"])
        for language, entry in raw.items()
        if not language.startswith("_")
    )


def _by_function_words(sample: str) -> str | None:
    """The language whose function words fill a long Latin-script text, if one does."""
    words = _WORD.findall(sample.lower())
    for rule in _function_words():
        if len(words) < rule.min_tokens:
            continue
        if sum(map(rule.words.__contains__, words)) >= rule.min_share * len(words):
            return rule.language
    return None


@functools.cache
def _script_rules() -> _ScriptRules:
    """The rules of ``data/scripts.json``, compiled."""
    raw: dict[str, Any] = json.loads(
        resources.files("newsnorm.data").joinpath("scripts.json").read_text(encoding="utf-8")
    )

    def rule(entry: dict[str, Any]) -> _ScriptRule:
        return _ScriptRule(
            regex.compile(entry["pattern"]),
            language=entry.get("language"),
            script=_compile(entry.get("script")),
            absent=_compile(entry.get("absent")),
            min_share=float(entry.get("min_share", 0.3)),
            ruled_out=frozenset(entry.get("not", ())),
            supported=frozenset(entry.get("for", ())),
        )

    return _ScriptRules(
        only=tuple(rule(entry) for entry in raw["only"]),
        letters=tuple(rule(entry) for entry in raw["letters"]),
        vetoes=tuple(rule(entry) for entry in raw["vetoes"]),
    )


class _Rows(dict[str, list[float]]):
    """langdetect's table of n-gram probabilities, one row a language, each row built on use.

    ``DetectorFactory.load_profile`` builds a row of 55 probabilities for each of the 87,000
    n-grams of its profiles before the first text is read, which is most of a first call's
    cost; a text reads a few hundred of them. Here the profiles' counts are kept as they
    are, and a row is computed the first time it is read, with langdetect's own formula,
    then kept (the dictionary itself, so that reading a row already built is one lookup):
    the same numbers, for the n-grams that are used. ``in`` asks whether the profiles know
    an n-gram, built or not.
    """

    def __init__(self, profiles: list[tuple[dict[str, int], list[int]]], width: int) -> None:
        super().__init__()
        self._profiles = profiles
        self._width = width
        self._known: frozenset[str] = frozenset().union(*(freq for freq, _ in profiles))

    def __contains__(self, ngram: object) -> bool:
        return ngram in self._known

    def __missing__(self, ngram: str) -> list[float]:
        if ngram not in self._known:
            raise KeyError(ngram)
        row = [0.0] * self._width
        length = len(ngram)
        if 1 <= length <= 3:
            for index, (freq, n_words) in enumerate(self._profiles):
                count = freq.get(ngram)
                if count is not None:
                    row[index] = 1.0 * count / n_words[length - 1]
        self[ngram] = row
        return row


class _Detectors:
    """langdetect's profiles and their language order, read once and shared across threads.

    The profiles are read as ``DetectorFactory.load_profile`` reads them (the files of its
    folder in ``os.listdir`` order, hidden ones and folders skipped, every row as wide as
    the folder has entries), but the table of probabilities is a :class:`_Rows`, whose
    only state that changes is its memo of rows: a row is the same whichever thread
    computes it first.
    """

    def __init__(self) -> None:
        from langdetect import detector_factory  # noqa: PLC0415 - loads 55 profiles: lazily

        # The folder's order, as os.listdir gives it: a language's place in every row.
        entries = list(Path(detector_factory.PROFILES_DIRECTORY).iterdir())
        languages: list[str] = []
        profiles: list[tuple[dict[str, int], list[int]]] = []
        for path in entries:
            if path.name.startswith(".") or not path.is_file():
                continue
            raw = json.loads(path.read_text(encoding="utf-8"))
            languages.append(raw["name"])
            profiles.append((raw["freq"], raw["n_words"]))
        self.table = _Rows(profiles, len(entries))
        self._languages: tuple[str, ...] = tuple(languages)
        self._size = len(self._languages)

    def probabilities(self, sample: str) -> list[tuple[str, float]]:
        """Every language code with its probability, best first (empty without features)."""
        ngrams = _ngrams(_cleaned(sample))
        if not ngrams:
            return []
        probabilities = _random_walk(self.table, ngrams, self._size)
        return sorted(zip(self._languages, probabilities, strict=True), key=lambda item: -item[1])


def _cleaned(sample: str) -> str:
    """The text langdetect reads of *sample*: what ``Detector.append`` then ``cleaning_text`` keep.

    The same steps, with whole-string operations instead of a loop over characters: links
    and e-mail addresses become a space (langdetect's own patterns), Vietnamese letters
    with a combining mark become one letter, the text is cut at
    :data:`_LANGDETECT_MAX_LENGTH` characters, a run of spaces becomes one space; then, if
    characters from U+0300 on are more than twice the characters from ``A`` to ``z``, those
    characters are dropped. (langdetect means to spare Latin Extended Additional, but
    compares its block number with the block's name, so it counts those letters too; so
    does this.) The counts are read on the UTF-8 bytes: a character from ``A`` to ``z``
    is one such byte, and a character from U+0300 on is one lead byte from ``0xCC`` on.
    """
    from langdetect.detector import Detector  # noqa: PLC0415 - with the profiles, lazily
    from langdetect.utils.ngram import NGram  # noqa: PLC0415

    # Each pattern runs only when the text has a character every match of it has: a link
    # has "://", an address "@", a Vietnamese letter to normalise one of the marks.
    text = Detector.URL_RE.sub(" ", sample) if "://" in sample else sample
    text = Detector.MAIL_RE.sub(" ", text) if "@" in text else text
    if any(map(text.__contains__, NGram.DMARK_CLASS)):
        text = NGram.normalize_vi(text)
    text = _SPACE_RUN.sub(" ", text[:_LANGDETECT_MAX_LENGTH])
    encoded = text.encode("utf-8", "surrogatepass")
    latin = len(encoded) - len(encoded.translate(None, _A_TO_Z))
    beyond = len(encoded.translate(None, _BELOW_U0300_LEADS))
    if latin * 2 < beyond:
        text = _A_TO_Z_CHARACTER.sub("", text)
    return text


@functools.cache
def _normalised(character: str) -> str:
    """Normalise one character as langdetect does (punctuation to space, kana to one kana)."""
    from langdetect.utils.ngram import NGram  # noqa: PLC0415 - with the profiles, lazily

    return str(NGram.normalize(character))


class _NormalisingTable(dict[int, str]):
    """:func:`_normalised` of each character, by code point, filled as characters come.

    A table for ``str.translate``: a character met before is looked up without a Python
    call. It holds at most one entry per character the texts hold, as the cache of
    :func:`_normalised` does.
    """

    def __missing__(self, point: int) -> str:
        normal = self[point] = _normalised(chr(point))
        return normal


@functools.cache
def _normalising_table() -> _NormalisingTable:
    """The one :class:`_NormalisingTable` (filled on use)."""
    return _NormalisingTable()


def _ngrams(text: str) -> list[str]:
    """The n-grams (one to three characters) of *text* that langdetect's profiles know.

    langdetect's own reader, ``Detector._extract_ngrams``, rewritten: the text is
    normalised character by character (memoised), cut at spaces, and each word's n-grams
    are read once per distinct word (memoised too: "the", "der", "de" recur), giving the
    same n-grams in the same order at a fraction of the cost. Words written in capitals
    (acronyms) contribute nothing, as in langdetect.
    """
    pieces = text.translate(_normalising_table()).split(" ")
    found: list[str] = []
    last = len(pieces) - 1
    for index, word in enumerate(pieces):
        if word:
            found.extend(_word_ngrams(word, index < last))
    return found


@functools.lru_cache(maxsize=_WORD_CACHE)
def _word_ngrams(word: str, followed: bool) -> tuple[str, ...]:
    """The known n-grams of one normalised *word*, in langdetect's order.

    The word is read with its leading space, and its trailing one when a space follows it.
    """
    table = _detectors().table
    padded = f" {word} " if followed else f" {word}"
    found: list[str] = []
    capitals = False
    for index in range(1, len(padded)):
        character = padded[index]
        capitals = character.isupper() and (capitals or padded[index - 1].isupper())
        if capitals:
            continue
        if character != " " and character in table:
            found.append(character)
        pair = padded[index - 1 : index + 1]
        if pair in table:
            found.append(pair)
        if index >= 2:
            triple = padded[index - 2 : index + 1]
            if triple in table:
                found.append(triple)
    return tuple(found)


def _random_walk(table: _Rows, ngrams: list[str], size: int) -> list[float]:
    """Estimate the language probabilities as langdetect does, with whole-vector operations.

    The same algorithm as langdetect's ``Detector._detect_block`` (up to seven trials, each
    multiplying the language probabilities of n-grams drawn at random until one language
    passes 0.99999), drawing from a generator seeded the same way, at a fraction of the
    cost: each update is one pass of ``map`` over the probability vector instead of a Python
    loop, and when the first two trials both converge on the same language the walk stops
    there. An n-gram is drawn as ``random.Random.choice`` draws it (an index of
    ``len(ngrams).bit_length()`` random bits, drawn again until it is in range), without
    its two calls per draw.
    """
    generator = random.Random(_SEED)  # noqa: S311 - a seeded walk, not a secret
    getrandbits = generator.getrandbits
    count = len(ngrams)
    bits = count.bit_length()
    total = [0.0] * size
    winners: set[int] = set()
    for trial in range(1, _TRIALS + 1):
        probabilities = [1.0 / size] * size
        weight = (_ALPHA + generator.gauss(0.0, 1.0) * _ALPHA_WIDTH) / _BASE_FREQUENCY
        iteration = 0
        while True:
            # generator.choice(ngrams), inlined: the same draws of the same bits
            index = getrandbits(bits)
            while index >= count:
                index = getrandbits(bits)
            row = table[ngrams[index]]
            probabilities = list(map(mul, probabilities, map(add, row, repeat(weight))))
            if iteration % 5 == 0:
                scale = sum(probabilities)
                probabilities = list(map(truediv, probabilities, repeat(scale)))
                best = max(probabilities)
                if best > _CONVERGED or iteration >= _ITERATION_LIMIT:
                    break
            iteration += 1
        total = list(map(add, total, probabilities))
        # Trials that all converge on one language settle it: the rest would only agree.
        winners.add(probabilities.index(best) if best > _CONVERGED else -1)
        if trial == _SETTLING_TRIALS and len(winners) == 1 and -1 not in winners:
            break
    return [value / trial for value in total]


@functools.cache
def _detectors() -> _Detectors:
    return _Detectors()


def _sample(text: str) -> str:
    """At most :data:`SAMPLE_LENGTH` characters of *text*, from evenly spaced windows."""
    if len(text) <= SAMPLE_LENGTH:
        return text
    window = SAMPLE_LENGTH // _WINDOWS
    step = (len(text) - window) // (_WINDOWS - 1)
    pieces = []
    for index in range(_WINDOWS):
        start = index * step
        # Start and end windows at spaces so that no word is cut in half.
        space = text.find(" ", start, start + 50)
        start = space + 1 if space >= 0 else start
        end = text.rfind(" ", start, start + window)
        pieces.append(text[start : end if end > start else start + window])
    return " ".join(pieces)


def _by_script(sample: str, letter_count: int) -> str | None:
    """The language the writing system settles, if it does."""
    if _BEYOND_LATIN.search(sample) is None:
        return None
    rules = _script_rules()
    for rule in rules.only:
        if len(rule.pattern.findall(sample)) >= rule.min_share * letter_count:
            return rule.language
    for rule in rules.letters:
        if rule.script is None or len(rule.script.findall(sample)) * 2 < letter_count:
            continue
        if rule.holds(sample):
            return rule.language
    return None


def _best_allowed(sample: str, ranked: list[tuple[str, float]], letter_count: int) -> int:
    """Index in *ranked* of the first language the letters of *sample* do not rule out.

    A language is ruled out when the text has letters it never uses (Spanish has no ``ç``,
    Slovak no ``ř``), more of them than letters that point to it, and, in a long text, at
    least one in every :data:`_VETO_LETTERS` letters, so that a stray foreign name or a
    typo does not count.
    """
    counts = [
        (rule, len(rule.pattern.findall(sample)))
        for rule in _script_rules().vetoes
        if rule.holds(sample)
    ]
    if not counts:
        return 0
    needed = max(1, letter_count // _VETO_LETTERS)
    for index, (code, _) in enumerate(ranked):
        against = sum(count for rule, count in counts if code in rule.ruled_out)
        support = sum(count for rule, count in counts if code in rule.supported)
        if against < needed or against <= support:
            return index
    return 0


def detect_language(text: str) -> Language:
    """Detect the language of *text*.

    Returns an ISO 639-1 code ("en", "zh" for Chinese, "nb" for Norwegian) and its
    probability. Text with fewer than three letters is undetermined (``"und"``, confidence
    0). The answer is deterministic: the same text gives the same result on every run.

    Args:
        text: Any text; only a bounded sample of a long text is read.

    Returns:
        The language and the detector's confidence in it.

    Raises:
        TypeError: If *text* is not a ``str``.

    Examples:
        >>> detect_language("The council approved the budget on Monday after a long debate.").code
        'en'
        >>> detect_language("Le conseil municipal a voté le budget lundi soir.").code
        'fr'
        >>> detect_language("12:30 -- 45")
        Language(code='und', confidence=0.0)
    """
    _check_text(text)
    sample = _NOISE.sub(" ", _sample(text))
    letter_count = len(_NOT_LETTERS.sub("", sample))
    if letter_count < MIN_LETTERS:
        return UNDETERMINED
    lowered = sample.lower()
    settled = _by_script(lowered, letter_count)
    if settled is None and _BEYOND_LATIN.search(sample) is None:
        settled = _by_function_words(lowered)
    if settled is not None:
        return Language(settled, 1.0)
    ranked = _detectors().probabilities(sample)
    if not ranked:
        return UNDETERMINED
    best = 0 if sample.isascii() else _best_allowed(lowered, ranked, letter_count)
    if best:
        # The statistics' favourite lacks the letters of the text: take the best language
        # that has them, with its share of the probability left.
        kept = ranked[best:]
        total = sum(probability for _, probability in kept) or 1.0
        ranked = [(code, probability / total) for code, probability in kept]
    code, probability = ranked[0]
    return Language(_ALIASES.get(code, code), round(min(max(probability, 0.0), 1.0), 4))

"""Detect the language of a text: langdetect, made deterministic, bounded and script-aware.

langdetect draws random n-grams, so two runs on one text may disagree unless it is seeded,
and its usual entry point seeds a process-wide factory. Here a private factory is built once
(lazily, on first use) with a fixed seed, and every call makes its own detector from it: the
same text gives the same answer in every process and thread, and nothing global is touched.

Before the statistics, the writing system can settle the question: Hangul is Korean, kana is
Japanese, Greek letters are Greek; within a shared script, letters one language alone uses
(Ukrainian ``ї``, Urdu ``ے``) decide between neighbours. Those rules are data
(``data/scripts.json``).

A long page costs no more than a long article: the detector reads a bounded sample of the
text's letters, taken from evenly spaced windows.
"""

from __future__ import annotations

import functools
import json
import threading
from importlib import resources
from typing import Any, Final

import attrs
import regex

from newsnorm.model import UNDETERMINED, Language
from newsnorm.text import _check_text

__all__ = ["detect_language"]

SAMPLE_LENGTH: Final = 2_000
"""At most this many characters of a text reach the statistical detector."""
MIN_LETTERS: Final = 3
"""Below this many letters a text is undetermined."""
_WINDOWS: Final = 4
_SEED: Final = 0
# Letters, and what langdetect cannot use: links, addresses, handles, digits.
_LETTER: Final = regex.compile(r"\p{L}")
_NOISE: Final = regex.compile(
    r"(?:https?://|www\.)\S++|\S++@\S++|[@#]\w++|[\p{N}_]++", regex.IGNORECASE
)
_ALIASES: Final = {"zh-cn": "zh", "zh-tw": "zh", "no": "nb"}


@attrs.frozen
class _ScriptRule:
    language: str
    pattern: regex.Pattern[str]
    script: regex.Pattern[str] | None = None
    min_share: float = 0.3


@functools.cache
def _script_rules() -> tuple[tuple[_ScriptRule, ...], tuple[_ScriptRule, ...]]:
    """The ``only`` and ``letters`` rules of ``data/scripts.json``, compiled."""
    raw: dict[str, Any] = json.loads(
        resources.files("newsnorm.data").joinpath("scripts.json").read_text(encoding="utf-8")
    )
    only = tuple(
        _ScriptRule(
            rule["language"],
            regex.compile(rule["pattern"]),
            min_share=float(rule.get("min_share", 0.3)),
        )
        for rule in raw["only"]
    )
    letters = tuple(
        _ScriptRule(rule["language"], regex.compile(rule["pattern"]), regex.compile(rule["script"]))
        for rule in raw["letters"]
    )
    return only, letters


class _Detectors:
    """A seeded langdetect factory, built once and shared read-only across threads."""

    def __init__(self) -> None:
        from langdetect import detector_factory  # noqa: PLC0415 - loads 55 profiles: lazily

        factory = detector_factory.DetectorFactory()
        factory.load_profile(detector_factory.PROFILES_DIRECTORY)
        factory.set_seed(_SEED)
        self._factory = factory
        self._lock = threading.Lock()

    def probabilities(self, sample: str) -> list[tuple[str, float]]:
        """Language codes with their probabilities, best first."""
        from langdetect.lang_detect_exception import LangDetectException  # noqa: PLC0415

        # Detector objects are per call; creating one reads the factory's shared tables,
        # which are never written after loading.
        detector = self._factory.create()
        detector.append(sample)
        try:
            return [(item.lang, item.prob) for item in detector.get_probabilities()]
        except LangDetectException:
            return []


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
    only, letters = _script_rules()
    for rule in only:
        if len(rule.pattern.findall(sample)) >= rule.min_share * letter_count:
            return rule.language
    for rule in letters:
        if rule.script is None or len(rule.script.findall(sample)) * 2 < letter_count:
            continue
        if rule.pattern.search(sample):
            return rule.language
    return None


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

    Example:
        >>> detect_language("The council approved the budget on Monday after a long debate.").code
        'en'
        >>> detect_language("Le conseil municipal a voté le budget lundi soir.").code
        'fr'
        >>> detect_language("12:30 -- 45")
        Language(code='und', confidence=0.0)
    """
    _check_text(text)
    sample = _NOISE.sub(" ", _sample(text))
    letter_count = len(_LETTER.findall(sample))
    if letter_count < MIN_LETTERS:
        return UNDETERMINED
    scripted = _by_script(sample, letter_count)
    if scripted is not None:
        return Language(scripted, 1.0)
    ranked = _detectors().probabilities(sample)
    if not ranked:
        return UNDETERMINED
    code, probability = ranked[0]
    return Language(_ALIASES.get(code, code), round(min(max(probability, 0.0), 1.0), 4))

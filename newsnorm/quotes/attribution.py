"""Speaker choice: the candidates for an unnamed subject, their features, and the reason.

A cue names its speaker in one of three ways. A **name** at the cue ("said Ana Ruiz") is the
speaker, written out in the fullest form the document gives. A **description** ("the
company", "the 34-year-old", "the spokeswoman") goes to the latest entity it fits. A
**pronoun** or a **dropped subject** ("she said", «…», aseguró) is the hard case: every
person named in the sentences before the cue is a candidate, and each is scored with the
named features below; the highest score wins. Candidates of the wrong gender ("she" and a
man named just before) and organisations are never candidates.

Each decision carries a short reason, kept on :attr:`newsnorm.model.Quote.reason`, so that a
wrong speaker can be read and traced to the feature that chose it.

Examples:
    >>> near = Features(sentences_back=0, first_in_sentence=False, according=False,
    ...                 known_person=True, mentions=1)
    >>> far = near._replace(sentences_back=2, first_in_sentence=True, mentions=3)
    >>> score(near) > score(far)
    True
    >>> explain(far)
    '2 sentences back, first named in its sentence, known person'
"""

from __future__ import annotations

from typing import Final, NamedTuple

SENTENCE_DISTANCE: Final = 1.0
"""Cost of each sentence between the candidate and the cue: the nearer, the likelier."""
FIRST_IN_SENTENCE: Final = 0.5
"""A sentence's first-named person is usually its subject, and stays in focus."""
ACCORDING: Final = 1.5
"""The source of an "according to" is the sentence's speaker, wherever it is written."""
KNOWN_PERSON: Final = 3.0
"""A person shown to be one (title, age, given name, gender) beats a bare run of capitals."""
MENTIONS: Final = 0.1
"""Each earlier mention of the person adds a little focus, up to :data:`MENTION_CAP`."""
MENTION_CAP: Final = 5
SPEAKS: Final = 1.0
"""The subject of a speech verb ("said Ana Ruiz", "Ruiz says") is whose words the text relays."""


class Features(NamedTuple):
    """What is known about one candidate speaker of a pronoun or a dropped subject.

    Attributes:
        sentences_back: How many sentences before the cue's sentence the mention is.
        first_in_sentence: Whether it is the first person named in its sentence.
        according: Whether it is the source of an "according to" ("selon", "laut").
        known_person: Whether a title, an age, a given name or a gender shows a person.
        mentions: How many times the document has named the person so far.
        speaks: Whether the mention is the subject of a speech verb ("said Ruiz").
    """

    sentences_back: int
    first_in_sentence: bool
    according: bool
    known_person: bool
    mentions: int
    speaks: bool = False


def score(features: Features) -> float:
    """The weighted sum of a candidate's *features*: higher is likelier.

    Examples:
        >>> score(Features(0, True, False, True, 1))
        3.6
    """
    return round(
        -SENTENCE_DISTANCE * features.sentences_back
        + FIRST_IN_SENTENCE * features.first_in_sentence
        + ACCORDING * features.according
        + KNOWN_PERSON * features.known_person
        + MENTIONS * min(features.mentions, MENTION_CAP)
        + SPEAKS * features.speaks,
        6,
    )


def explain(features: Features) -> str:
    """The features of a chosen candidate that fired, in words.

    Examples:
        >>> explain(Features(0, False, True, False, 1))
        'same sentence, source of "according to"'
    """
    back = features.sentences_back
    parts = ["same sentence" if back == 0 else f"{back} sentence{'s' if back > 1 else ''} back"]
    if features.first_in_sentence:
        parts.append("first named in its sentence")
    if features.according:
        parts.append('source of "according to"')
    if features.known_person:
        parts.append("known person")
    if features.speaks:
        parts.append("subject of a speech verb")
    return ", ".join(parts)


class Choice(NamedTuple):
    """A speaker decision: who, the mention that names them at the cue, and why.

    Attributes:
        speaker: The fullest name, or ``None`` when nobody is named.
        start: Offset of the mention at the cue ("she", "Mr. Lund"), or ``None``.
        end: End offset of that mention, or ``None``.
        reason: A short account of the decision ("pronoun 'she': …").
    """

    speaker: str | None
    start: int | None
    end: int | None
    reason: str


def nobody(reason: str) -> Choice:
    """A decision that names nobody, with its *reason*.

    Examples:
        >>> nobody("indefinite 'a spokesman'")
        Choice(speaker=None, start=None, end=None, reason="indefinite 'a spokesman'")
    """
    return Choice(None, None, None, reason)

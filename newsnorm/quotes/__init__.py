"""Extract quotes with their speakers: who said what, as a careful reader attributes it.

A quote is words between quotation marks that a cue attributes to a speaker. The work is
split by job: :mod:`~newsnorm.quotes.spans` pairs the marks, :mod:`~newsnorm.quotes.cues`
finds the speech verb and :mod:`~newsnorm.quotes.mentions` its subject,
:mod:`~newsnorm.quotes.speakers` resolves that subject (a name, "he", "the spokesperson") to
the fullest name the document gives, using what :mod:`~newsnorm.quotes.entities` gathers
about each person, and :mod:`~newsnorm.quotes.kinds` tells quotes from scare quotes, titles,
nicknames, mentions of words and teaser headlines. :mod:`~newsnorm.quotes.document` reads
sentence boundaries, names and sources once per block of the text, for all of them.

Examples:
    >>> text = "Skipper Jonas Berg looked out. “We could go,” he said, “but not today.”"
    >>> [(quote.text, quote.speaker) for quote in extract_quotes(text)]
    [('We could go,', 'Jonas Berg'), ('but not today.', 'Jonas Berg')]
"""

from __future__ import annotations

from newsnorm.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]

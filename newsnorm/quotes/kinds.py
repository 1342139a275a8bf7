"""Which quoted words are speech: not scare quotes, titles, nicknames or teaser headlines.

Quotation marks also set off words that nobody said. The context gives them away:

* a scare quote or a mention of a word is short and sits inside a noun phrase
  (`the so-called “reset”`, `the council’s “green corridor” plan`, `the word “summit”`);
* a title is capitalised like one (`“Dust on the Road”`);
* a nickname sits between a first name and a surname (`Kevin “The Crane” Mullally`);
* a teaser headline of page furniture is a short line without final punctuation, or a
  quote followed by a colon at the start of a line (`“Smoke everywhere”: ferry fire`).

Examples:
    >>> text = "The so-called “reset” failed."
    >>> is_not_speech(text, 14, 19, 13)
    True
"""

# Quotation marks and apostrophes are this module's subject, not typos.
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import functools
import itertools
import json
from importlib import resources
from typing import Final, TypeVar

import regex

from newsnorm.quotes.lexicon import lexicon
from newsnorm.quotes.spans import Span, SpanFields

_Spanned = TypeVar("_Spanned", bound=SpanFields)
"""A :class:`Span` or its plain fields (:data:`~newsnorm.quotes.spans.SpanFields`)."""
_WORD: Final = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-]*+")
# Matched from the end (REVERSE) by _last_words.
_LAST_WORDS: Final = regex.compile(
    r"([\p{L}\p{M}\-'’]++)[ \t]*+(?:([\p{L}\p{M}\-'’]++)[ \t]*+)?$", regex.REVERSE
)
_SIGNED: Final = regex.compile(
    r"[ \t]*+(?:[\u2014\u2013]|-(?=[ \t]))[ \t]*+\p{Lu}[\p{L}\p{M}'’\-]*+[ \t]++\p{Lu}"
)
_WORDS_REACH: Final = 12
"""Characters read per word asked for before the whole quote is (a cheap first look)."""
_SHORT: Final = 3
_SHORT_REPORTED: Final = 2
"""In reported speech, longer noun phrases are partial quotes: the speaker chose the words."""
# Marks of languages that capitalise their nouns: a lowercase word after the quote is no noun.
_CAPITALISED_NOUNS: Final = frozenset("\u201e\u00bb\u201a\u203a")
_NOT_DETERMINERS: Final = frozenset({"as"})  # Portuguese articles that are English words
_HEADLINE_LENGTH: Final = 200
_ADVERB_LENGTH: Final = 5
"""Longer words in "-ly" are adverbs ("quickly"); shorter ones may be nouns ("ally")."""
_SPEECH_WORDS: Final = 4
"""Quoted words without final punctuation read as speech from this many words on."""
_TITLE_WORDS: Final = 8
"""The most words a title in quote marks has; longer quoted words are read as speech."""
_SENTENCE_END: Final = frozenset(".!?\u2026")
_ENDS_SENTENCE: Final = tuple(".!?…\"“”«»‹›’'):;」』")
_REPORTED_WORDS: Final = 3
"""Quoted words after "that" read as a partial quote from this many words on; one or
two are as often a scare quote or a word mentioned ("the claim that “woke”")."""
_PARTIAL_WORDS: Final = 7
"""Quoted words inside a sentence read as a partial quote from this many words on, with no
cue: scare quotes and names for things are shorter, and a longer title is Title Case.
On PolNeAR train 6 and 7 were within 0.1 point of span F1 (5 gave more quote-free
paragraphs a quote); 7 is the safer one for paragraphs with no quote."""
_COLON_REACH: Final = 3
"""Characters read back from an opening mark for a colon (the colon, then up to 2 blanks)."""
_QUOTED_WORDS: Final = max(_TITLE_WORDS + 1, _SPEECH_WORDS, _REPORTED_WORDS, _PARTIAL_WORDS)
"""How many first words :func:`quoted_words` reads: the most any test here reads."""
_HOUSE_SHARE: Final = 2
"""How many times more double-marked quotes than single-marked ones make double marks a
text's quote marks, and its single marks those of headlines, titles and scare quotes."""
_SINGLE_MARKS: Final = frozenset("\u2018\u201a'")
_PASSAGE_WORDS: Final = 10
"""Quoted words from this many on are somebody's words even with no cue: scare quotes,
titles and nicknames are short, and a longer title is caught by its Title Case."""
_SMALL_WORDS: Final = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "and",
        "or",
        "to",
        "for",
        "at",
        "by",
        "with",
        "from",
        "de",
        "la",
        "le",
        "les",
        "du",
        "des",
        "et",
        "der",
        "die",
        "das",
        "und",
        "el",
        "y",
        "il",
        "e",
        "di",
        "da",
        "o",
    }
)


def _first_words(text: str, start: int, end: int, count: int) -> list[str]:
    """The first *count* words of ``text[start:end]`` (fewer if it has fewer).

    A long quote is read only as far as the words asked for: *count* words fit in
    :data:`_WORDS_REACH` characters each, and a stretch that holds one word more holds the
    first *count* whole; otherwise the whole quote is read.
    """
    reach = start + _WORDS_REACH * count
    if reach >= end:
        return _WORD.findall(text, start, end)[:count]
    words = _WORD.findall(text, start, reach)
    if len(words) > count:
        return words[:count]
    return [match.group() for match in itertools.islice(_WORD.finditer(text, start, end), count)]


def quoted_words(text: str, start: int, end: int) -> list[str]:
    """The first words of the quoted ``text[start:end]``, as many as any test here reads.

    Read once, they serve :func:`is_not_speech`, :func:`looks_like_speech` and
    :func:`opens_report` (their *quoted* argument): each reads only the first words, and
    the first *n* words of a longer reading are the first *n* words.

    Examples:
        >>> quoted_words("“Not from my manager.”", 1, 21)
        ['Not', 'from', 'my', 'manager']
    """
    return _first_words(text, start, end, _QUOTED_WORDS)


def _last_words(before: str) -> regex.Match[str] | None:
    """The last one or two words of *before*, at its very end (spaces and tabs after them).

    A search still tries every position from the end, though "$" holds only at the end or
    before a final newline: without that newline, a match anchored at the end is the same.
    """
    if before.endswith("\n"):
        return _LAST_WORDS.search(before)
    return _LAST_WORDS.match(before)


def _is_title_case(words: list[str]) -> bool:
    if not 1 < len(words) <= _TITLE_WORDS:
        return False
    capitalised = False
    for word in words:
        if word.casefold() in _SMALL_WORDS:
            continue
        if not (word[:1].isupper() or word[:1].isdigit()):
            return False
        capitalised = True
    return capitalised


def is_not_speech(
    text: str,
    start: int,
    end: int,
    open_mark: int,
    *,
    reported: bool = False,
    quoted: list[str] | None = None,
) -> bool:
    """Whether the quoted ``text[start:end]`` is a scare quote, title, nickname or word.

    With *reported* (a sentence of reported speech holds the quote: "she said the plan
    was “a bridge too far”"), a noun phrase of three words or more is a partial quote
    even after an article or before a noun; shorter ones stay scare quotes. *quoted* is
    :func:`quoted_words` of the quote, if the caller read them already.

    Examples:
        >>> text = "Kevin “The Crane” Mullally won."
        >>> is_not_speech(text, 7, 16, 6)
        True
    """
    rule = _not_speech_rule(text, start, end, open_mark, reported=reported, quoted=quoted)
    return rule != ""


_NO_WORDS: Final = "no words"
_NICKNAME: Final = "nickname"
_WORK_TITLE: Final = "after the noun of a work"
_PHRASE: Final = "short noun phrase"
_TITLE: Final = "title case"
_REPORTED_ALIKE: Final = frozenset({_NO_WORDS, _NICKNAME, _TITLE})
"""The rules of :func:`_not_speech_rule` that read a quote alike with or without *reported*."""


def _not_speech_rule(
    text: str,
    start: int,
    end: int,
    open_mark: int,
    *,
    reported: bool = False,
    quoted: list[str] | None = None,
) -> str:
    """The rule by which :func:`is_not_speech` reads the quote as no speech, or "".

    Examples:
        >>> _not_speech_rule("Kevin “The Crane” Mullally won.", 7, 16, 6)
        'nickname'
    """
    words = lexicon()
    # The first words are enough: every test below counts at most one more than a title has.
    if quoted is None:
        quoted = _first_words(text, start, end, _TITLE_WORDS + 1)
    else:
        quoted = quoted[: _TITLE_WORDS + 1]
    if not quoted:
        return _NO_WORDS
    before = text[max(0, open_mark - 40) : open_mark]
    last = _last_words(before)
    first_word, second_word = last.groups() if last is not None else ("", None)
    previous = second_word or first_word
    # Nickname: between two capitalised names, nothing but spaces around the marks, and no
    # final punctuation inside them ("the remark by Dr. Lee “was unfair.” He said" is none).
    if (
        previous[:1].isupper()
        and before.endswith((" ", "\t"))
        and len(quoted) <= 4
        and text[end - 1 : end] not in _SENTENCE_END
    ):
        close, after = _word_after(text, end, upper=True)
        if (
            after is not None
            and after.group()[:1].isupper()
            and text[end:close].strip(" \t\"'”’»«“") == ""
        ):
            return _NICKNAME
    folded = previous.casefold()
    not_quote_after = words.not_quote_after
    if (
        folded in not_quote_after
        or (f"{first_word} {second_word}".casefold() if second_word else "") in not_quote_after
    ):
        # "called the program “worse than amnesty.”": in reported speech, lowercase words
        # after the noun of a work are what was said of it, not its title
        lowercase = text[start : start + 1].islower()
        if not (reported and lowercase and folded not in words.word_nouns):
            return _WORK_TITLE
    short = len(quoted) <= (_SHORT_REPORTED if reported else _SHORT)
    content = text[start:end].rstrip()
    ends_like_speech = content.endswith((".", "!", "?", "…", ","))
    if short and not ends_like_speech:
        if folded in words.determiners and folded not in _NOT_DETERMINERS:
            return _PHRASE
        if previous.endswith(("’s", "'s", "s’")):
            return _PHRASE
        close, after = _word_after(text, end, upper=False)
        if (
            after is not None
            and text[open_mark] not in _CAPITALISED_NOUNS
            and text[end:close].strip(' \t"”’»«“') == ""
            and _is_noun_after(after.group())
        ):
            return _PHRASE
    # A title keeps the comma of the sentence around it ("“Night Shift,” a new series"), and
    # the full stop of the sentence it ends ("on “Night Shift.”"): American style puts it
    # inside. Shouted capitals ("“WE WIN.”") are not title case.
    if not _is_title_case(quoted):
        return ""
    if not content.endswith((".", "!", "?", "…")) or not content.isupper():
        return _TITLE
    return ""


def is_not_speech_reported(
    text: str, start: int, end: int, open_mark: int, *, rule: str, quoted: list[str]
) -> bool:
    """``is_not_speech(..., reported=True)`` of a quote that *rule* read as no speech without.

    *rule* is what :func:`_not_speech_rule` gave without *reported*, and *quoted* is
    :func:`quoted_words` of the quote. Only two readings can change with *reported*: the
    words after the noun of a work, and a short noun phrase of more than
    :data:`_SHORT_REPORTED` words; those are read again. Every other rule
    (:data:`_REPORTED_ALIKE`) is tested alike either way, as are the tests before it,
    which said no without *reported* and so say no with it.

    Examples:
        >>> text = "Kevin “The Crane” Mullally won."
        >>> is_not_speech_reported(text, 7, 16, 6, rule="nickname", quoted=["The", "Crane"])
        True
    """
    if rule in _REPORTED_ALIKE or (rule == _PHRASE and len(quoted) <= _SHORT_REPORTED):
        return True
    return is_not_speech(text, start, end, open_mark, reported=True, quoted=quoted)


def _word_after(text: str, end: int, *, upper: bool) -> tuple[int, regex.Match[str] | None]:
    """The word right after a quote ending at *end*, past its mark and up to three signs.

    Only a word that opens in uppercase (*upper*) or in lowercase is read: the callers test
    its case, and a character of the other case (or none) spares the match.
    """
    close = end
    limit = min(len(text), end + 4)
    while close < limit and text[close] != "\n" and not text[close].isalnum():
        close += 1
    opening = text[close : close + 1]
    if not (opening.isupper() if upper else opening.islower()):
        return close, None
    return close, _WORD.match(text, close, min(len(text), close + 40))


def _is_noun_after(word: str) -> bool:
    """Whether a lowercase *word* right after a short quote makes it a modifier.

    An adverb ("immediately") is no noun: the quote ended a phrase.
    """
    return (
        word[:1].islower()
        and word.casefold() not in lexicon().not_nouns
        and not (len(word) > _ADVERB_LENGTH and word.endswith("ly"))
    )


def looks_like_speech(text: str, start: int, end: int, *, quoted: list[str] | None = None) -> bool:
    """Whether quoted words read as a spoken sentence (several words, or final punctuation).

    *quoted* is :func:`quoted_words` of the quote, if the caller read them already.

    Examples:
        >>> looks_like_speech("“Not from my manager.”", 1, 21)
        True
    """
    if quoted is None:
        count = len(_first_words(text, start, end, _SPEECH_WORDS))
    else:
        count = min(len(quoted), _SPEECH_WORDS)
    return count >= 2 and (text[start:end].rstrip()[-1:] in ".!?…," or count >= _SPEECH_WORDS)


def is_headline_line(text: str, span: Span) -> bool:
    r"""Whether the line of *span* is a teaser headline or page furniture, not body text.

    Examples:
        >>> from newsnorm.quotes.spans import find_spans
        >>> page = "More stories\n“Smoke everywhere”: crews at the ferry"
        >>> is_headline_line(page, find_spans(page)[0])
        True
    """
    return _is_headline(text, span, *_line_content(text, span.line_start, span.line_end))


def _line_content(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of ``text[start:end]`` without the spaces around it: (2, 4) for "  Ab "."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _is_headline(text: str, span: SpanFields, start: int, end: int) -> bool:
    """:func:`is_headline_line` once the line's content is known to be ``text[start:end]``.

    *span* may be a :class:`Span` or its plain fields.
    """
    if start >= end:
        return True
    length = end - start
    if length >= _HEADLINE_LENGTH:
        return False  # a paragraph: every test below needs a short line or says no
    quote_end, open_mark, close_mark = span[1], span[3], span[4]
    closing = close_mark if close_mark is not None else quote_end
    after = text[closing + 1 : closing + 3]
    if open_mark <= start + 1 and after.startswith(":") and length < _HEADLINE_LENGTH:
        return True
    if text[quote_end - 1] in ".!?…" and _SIGNED.match(text, closing + 1, end) is not None:
        return False  # “…” — Ana Ruiz: a quote signed after a dash
    tail = text[max(start, end - 4) : end]
    if tail.endswith(("...", "…")) and not tail.endswith(("...”", "…”", '..."', '…"')):
        return length < _HEADLINE_LENGTH
    return not tail.endswith(_ENDS_SENTENCE) and length < _HEADLINE_LENGTH


@functools.cache
def _report_openers() -> frozenset[str]:
    """The words of every language after which quoted words are what a report says."""
    data = json.loads(
        resources.files("newsnorm.data").joinpath("quote_kinds.json").read_text(encoding="utf-8")
    )
    return frozenset(word.casefold() for words in data["report_openers"].values() for word in words)


def opens_report(
    text: str, start: int, end: int, open_mark: int, *, quoted: list[str] | None = None
) -> bool:
    """Whether the quote is the content of a report: several words right after "that".

    "The agency projects that “prices will rise by spring”": whoever made the projection
    chose these words, even when no speech verb names the act. Scare quotes and names for
    things are one or two words, so a quote needs :data:`_REPORTED_WORDS` words. *quoted*
    is :func:`quoted_words` of the quote, if the caller read them already.

    Examples:
        >>> text = "The board argued in its filing that “the rule was never legal” at all."
        >>> opens_report(text, 37, 61, 36)
        True
        >>> opens_report("They call it that “wall”.", 19, 23, 18)
        False
    """
    if quoted is None:
        quoted = _first_words(text, start, end, _REPORTED_WORDS)
    if len(quoted) < _REPORTED_WORDS:
        return False
    last = _last_words(text[max(0, open_mark - 40) : open_mark])
    if last is None:
        return False
    word = last.group(2) or last.group(1)
    return word.casefold() in _report_openers()


def is_partial_quote(
    text: str, start: int, end: int, open_mark: int, *, quoted: list[str] | None = None
) -> bool:
    """Whether quoted words inside a sentence are long enough to be somebody's words.

    "He warned the plan was becoming “a ladder that nobody can climb any more”": no speech
    verb reports the quote, but scare quotes and names for things are short, and a longer
    title is caught by its Title Case first. So from :data:`_PARTIAL_WORDS` words on, a
    quote that does not open its sentence is a partial quote (the caller still needs a
    person the sentence is about). A quote after a colon is left out: the caller reads the
    name before the colon. *quoted* is :func:`quoted_words` of the quote, if the caller
    read them already.

    Examples:
        >>> text = "Her plan was “a ladder for every family that works hard” in the end."
        >>> is_partial_quote(text, 14, 55, 13)
        True
        >>> is_partial_quote("Her plan was “a ladder” in the end.", 14, 22, 13)
        False
    """
    if quoted is None:
        quoted = _first_words(text, start, end, _PARTIAL_WORDS)
    return len(quoted) >= _PARTIAL_WORDS and not _after_colon(text, open_mark)


def _after_colon(text: str, open_mark: int) -> bool:
    """Whether the mark at *open_mark* follows a colon: `Lee said:  “…”`."""
    return text[max(0, open_mark - _COLON_REACH) : open_mark].rstrip(" \t\u00a0")[-1:] == ":"


def is_passage(text: str, start: int, end: int) -> bool:
    """Whether the quoted ``text[start:end]`` is long enough to be speech with no cue found.

    Examples:
        >>> text = "“We will keep the ferry running every single day of the winter.”"
        >>> is_passage(text, 1, len(text) - 1)
        True
        >>> is_passage("“A bridge too far”", 1, 17)
        False
    """
    return len(_first_words(text, start, end, _PASSAGE_WORDS)) >= _PASSAGE_WORDS


def in_house_marks(text: str, spans: list[_Spanned]) -> list[_Spanned]:
    r"""The *spans* in the marks a text quotes with: no single-marked ones in double-marked text.

    In American style double marks quote and single marks only nest inside them, or set off
    headlines, titles and scare quotes; in British style single marks quote. When a text's
    double-marked quotes outnumber its single-marked ones :data:`_HOUSE_SHARE` times, a
    single-marked piece outside double marks is not a quote. (Nested quotes are never in
    *spans*.) The spans may be :class:`Span` objects or their plain fields.

    Examples:
        >>> from newsnorm.quotes.spans import find_spans
        >>> text = "“We won,” she said. “Again.”\n\n‘A long night’\n\n“Yes,” he said."
        >>> [span.text for span in in_house_marks(text, find_spans(text))]
        ['We won,', 'Again.', 'Yes,']
        >>> text = "‘We won,’ she said. ‘It was “close”.’"
        >>> [span.text for span in in_house_marks(text, find_spans(text))]
        ['We won,', 'It was “close”.']
    """
    single = sum(1 for span in spans if text[span[3]] in _SINGLE_MARKS)
    if not single or len(spans) - single < _HOUSE_SHARE * single:
        return spans
    return [span for span in spans if text[span[3]] not in _SINGLE_MARKS]

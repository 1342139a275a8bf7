r"""Where a scan tries the grammar: the starts before a key, and the forms each can open.

A key (a month name, "week", "2025") lies inside the expression it belongs to, which may
begin a few words earlier ("the end of May", "3 May", "last week"). :func:`starts` walks
back over such words; :func:`opening` says which grammar forms can begin at a start, from
its word ("last" opens relative forms) or its number (its digits and the character after
them: "2025-" may open an ISO date, never a day), so that each attempt matches few forms.

Examples:
    >>> from newsnorm.dates.vocabulary import calendar
    >>> opening("3rd quarter", 0, calendar("en"))
    ('century', 'decade', 'day_month', 'quarter')
"""

from __future__ import annotations

import re
from collections.abc import Container
from types import MappingProxyType
from typing import Final

import regex

from newsnorm.dates.patterns import DIGIT_FORMS, openers
from newsnorm.dates.vocabulary import Calendar

__all__ = ["opening", "opening_near", "starts", "starts_near"]

_LAST_TOKEN: Final = regex.compile(r"(?r)([\p{L}\p{N}]++['\u2019]?+)[ \t\n,.\-]{0,3}\Z")
_GLUED_NUMBER: Final = regex.compile(r"(?<=\p{L})\d{1,2}$")
_GLUED_NAME: Final = regex.compile(r"(?<=\p{Ll})\p{Lu}\p{Ll}++$")
_ROMAN: Final = regex.compile(r"[IVX]{1,5}(?:e|er|ème|ᵉ)?")
_NUMBER: Final = regex.compile(r"\d{1,4}\p{L}{0,3}")  # "3", "3rd", "1er": a day or a count
_LOOKBACK: Final = 48


def starts(
    text: str, key: int, prefixes: frozenset[str], names: Container[str], floor: int = 0
) -> list[int]:
    """Where an expression holding the key at *key* may start: prefix words before it, then it.

    Walking back from the key, each word in *prefixes* ("the", "end", "of", "last"), a Roman
    numeral, or one number ("3 May", "May 3, 2025") adds a start; a capitalised name in
    *names* glued to the word before it ("postedFebruary") adds its own start. Nothing
    before *floor* (where the previous expression ended) is looked at.

    Examples:
        >>> text = "by the end of May"
        >>> starts(text, text.index("May"), frozenset({"the", "end", "of"}), {"may"})
        [3, 7, 11, 14]
    """
    starts = [key]
    floor = max(floor, key - _LOOKBACK)  # never before the end of the previous expression
    boundary = key
    quoted = key > 0 and text[key - 1] in "'\u2019" and not text[key - 2 : key - 1].isalpha()
    if quoted:  # "the '90s"
        boundary = key - 1
        starts.append(boundary)
    number = True  # one number may come before the key: "3 May", "May 3, 2025"
    while boundary > floor:
        token = _LAST_TOKEN.search(text, floor, boundary)
        if token is None:
            break
        word = token.group(1)
        lowered = word.lower().replace("\u2019", "'")
        counted = (
            number
            and word[0].isdigit()
            and _NUMBER.fullmatch(word) is not None
            and "-" not in text[token.end(1) : boundary]  # "2025-01-": not a day and its key
        )
        if (
            counted
            or lowered in prefixes
            or lowered.rstrip("'") in prefixes
            or (word[0] in "IVX" and _ROMAN.fullmatch(word))
        ):
            number = number and not counted
            boundary = token.start()
            starts.append(boundary)
            continue
        glued_number = _GLUED_NUMBER.search(word) if number and word[-1].isdigit() else None
        if glued_number is not None:  # "Australia28 October 2020": a day glued to a word
            starts.append(token.start() + glued_number.start())
            break
        if not word[1:].islower():  # a capital inside the word: perhaps a glued name
            glued = _GLUED_NAME.search(word)
            if glued is not None and glued.group().lower() in names:
                starts.append(token.start() + glued.start())
        break
    starts.reverse()
    return starts


_NEAR_SIZE: Final = 4_096  # pieces a scan keeps: a text that does not repeat keeps memory flat


def starts_near(  # noqa: PLR0917 - starts' arguments and the scan's memo
    text: str,
    key: int,
    prefixes: frozenset[str],
    names: Container[str],
    floor: int,
    memo: dict[tuple[str, int], list[int]],
) -> list[int]:
    """:func:`starts`, kept in *memo* by the text it reads: from *floor* (or 48 back) to the key.

    Dense date text meets the same few words between two expressions again and again.

    Examples:
        >>> memo = {}
        >>> text = "by the end of May and the end of June"
        >>> prefixes = frozenset({"the", "end", "of"})
        >>> starts_near(text, text.index("May"), prefixes, {"may"}, 0, memo)
        [3, 7, 11, 14]
        >>> starts_near(text, text.index("June"), prefixes, {"june"}, 17, memo)
        [22, 26, 30, 33]
    """
    floor = max(floor, key - _LOOKBACK)
    low = max(0, min(floor, key - 2))  # and the two characters before the key ("the '90s")
    read = text[low:key]
    found = memo.get((read, floor - low))
    if found is None:
        if len(memo) >= _NEAR_SIZE:
            memo.clear()
        found = memo[read, floor - low] = starts(read, key - low, prefixes, names, floor - low)
    return [low + start for start in found]


_DIGIT_RUN: Final = regex.compile(r"\d++")


def _forms(*names: str) -> tuple[str, ...]:
    return tuple(name for name in DIGIT_FORMS if name in names)


# The forms a number can open, by its digits and the character after it. Each form's
# pattern settles these: a day, a month or a century has one or two digits, a year four;
# "3 May" and "3 days ago" go on with a space, "03/05/2025" and "3. Mai" with a separator,
# "3rd", "1990s" and "4e siècle" with a letter; "25%" or "3," open nothing.
_BY_DIGITS: Final = MappingProxyType(
    {
        (2, "space"): _forms("day_month", "ago", "shift"),
        (2, "separator"): _forms("numeric", "numeric_short", "century", "day_month", "quarter"),
        (2, "letter"): _forms("century", "decade", "day_month", "quarter"),
        (3, "space"): _forms("ago", "shift"),
        (4, "space"): _forms("quarter", "period", "ago", "shift", "year"),
        (4, "cjk"): _forms("cjk", "year"),
        (4, "separator"): _forms("iso", "week", "year"),
        (4, "letter"): _forms("cjk", "week", "decade", "year"),
        (4, "other"): _forms("year"),
    }
)


_NEXT_WORD: Final = regex.compile(r"\s{1,3}\p{L}")
_SPACES_REACH: Final = 4  # the spaces a form allows between a number and its next word
_YEAR_DIGITS: Final = 4


def _digit_opening(text: str, start: int) -> tuple[str, ...]:
    """The forms that can start with the number at *start* (see ``_BY_DIGITS``)."""
    run = _DIGIT_RUN.match(text, start)
    end = run.end() if run is not None else start
    digits = max(end - start, 2)  # one or two digits open the same forms
    after = text[end : end + 1]
    if after in {"\u5e74", "\ub144"} or text[end + 1 : end + 2] in {"\u5e74", "\ub144"}:
        kind = "cjk"  # "2020年", "2020년", "2020 년"
    elif after.isspace():
        kind = "space"
        word = _NEXT_WORD.match(text, end, end + _SPACES_REACH)
        if word is None:  # "2025 " before a number or a sign: a year alone, or nothing
            return _forms("year") if digits == _YEAR_DIGITS else ()
    elif after in {"-", "/", "."}:
        kind = "separator"
    elif after.isalpha() or after in {"\u00b0", "'", "\u2019"}:
        kind = "letter"
    else:
        kind = "other"
    return _BY_DIGITS.get((digits, kind), ())


def opening(text: str, start: int, table: Calendar) -> tuple[str, ...]:
    """The forms that can start at *start*, from the number or the word found there.

    Examples:
        >>> from newsnorm.dates.vocabulary import calendar
        >>> opening("2025-01-05", 0, calendar("en"))
        ('iso', 'week', 'year')
        >>> opening("25% more", 0, calendar("en"))
        ()
    """
    if text[start : start + 1].isdigit():
        return _digit_opening(text, start)
    if text[start : start + 1] in "'\u2019":
        return ("decade",)  # "'90s"
    word = _FIRST_WORD.match(text, start)
    if word is None:
        return ()
    lowered = word.group().lower()
    table_openers = openers(table.language)
    forms = table_openers.get(lowered)
    if text[word.end() : word.end() + 1] in "'\u2019":
        forms = table_openers.get(f"{lowered}'", forms)  # "l'été"
    if forms is None and _ROMAN.fullmatch(word.group()):
        return ("century",)  # "XIXe siècle"
    if forms and forms[-1] == "weekday" and len(forms) > 1:
        after = word.end()  # "Tuesday, 3 March", "Tue., March 3": a date follows closely
        if _DIGIT_NEAR.search(text, after, after + _DATE_REACH) is None:
            following = _WORD_NEXT.match(text, after, after + _DATE_REACH)
            if following is None or following.group(1).lower() not in table.months:
                forms = ("weekday",)
    if forms and "month_day" in forms and forms[0] == "month_day":
        after = word.end()  # a month name opens "May 5" only with a day right after it
        if _DAY_AFTER.match(text, after, after + _DAY_REACH) is None:
            forms = forms[1:]
    return forms or ()


_SHORT_WORD: Final = 10  # a word or number ended this close ("yesterday", "12/"): kept
_OPENING_REACH: Final = 25  # what opening reads from a start: such a word and 16 more at most


def opening_near(
    text: str, start: int, table: Calendar, memo: dict[str, tuple[str, ...]]
) -> tuple[str, ...]:
    r""":func:`opening`, kept in *memo* by the characters it reads when its word is short.

    A word or number of up to 9 characters and the 16 after it are all :func:`opening`
    reads (an ASCII character other than a letter or a digit ends either; ``isalnum`` is
    exact on ASCII only, Unicode letters newer than Python's are still ``\p{L}``); dense date
    text opens with the same few ("last week", "on Tuesday") again and again. *memo*
    belongs to one scan, read with one *table*.

    Examples:
        >>> from newsnorm.dates.vocabulary import calendar
        >>> opening_near("3rd quarter", 0, calendar("en"), {})
        ('century', 'decade', 'day_month', 'quarter')
    """
    ahead = text[start : start + _OPENING_REACH]
    head = ahead[:_SHORT_WORD]
    if not head.isascii() or head.isalnum():  # perhaps a longer word: read the text itself
        return opening(text, start, table)
    forms = memo.get(ahead)
    if forms is None:
        if len(memo) >= _NEAR_SIZE:
            memo.clear()
        forms = memo[ahead] = opening(ahead, 0, table)
    return forms


_WORD_NEXT: Final = regex.compile(r"\.?,?\s{1,3}(\p{L}++)")
_DIGIT_NEAR: Final = re.compile(r"\d")  # the standard engine: cheaper per call
_DATE_REACH: Final = 16  # "Thursday, the 5th": a weekday's date starts this close
_DAY_AFTER: Final = regex.compile(r"\.?,?\s{0,3}\d")
_DAY_REACH: Final = 6  # "Sept. 5", "May  5": the day follows its month this closely


_FIRST_WORD: Final = regex.compile(r"\p{L}++")

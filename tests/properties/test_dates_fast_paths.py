"""The date scan's faster paths give what the plain ones give, on any text.

Each shortcut taken for speed (keys listed a chunk at a time, capitalised keys matched by
their first letter, a match's groups read by position, tense phrases tested by their last word, anchors added in one go, a
mention built without re-checking a value already checked) is compared here with the
straightforward way it replaces.
"""

from __future__ import annotations

import heapq
import operator
import re
from collections import Counter
from unittest import mock

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsnorm.dates import grammar
from newsnorm.dates.discourse import Anchors
from newsnorm.dates.grammar import (
    _FIRST_CHUNK,
    _KEY_CHUNK,
    _SPACES,
    _TWO_WORDS_BEFORE,
    _group_layout,
    _keys_in,
    _previous_words,
    _squeezed,
    _words_one_by_one,
)
from newsnorm.dates.patterns import (
    NUMBER_KEYS,
    _key_parts,
    _keys,
    _prefixes,
    _trie,
    _variants,
    _word_starts,
    form_pattern,
)
from newsnorm.dates.publication import _YEAR_OR_SHORT_DATE
from newsnorm.dates.resolve import _ending, _ends_with, _phrases
from newsnorm.dates.starts import (
    _DATE_REACH,
    _DAY_REACH,
    _OPENING_REACH,
    _SHORT_WORD,
    _SPACES_REACH,
    opening,
    opening_near,
    starts,
    starts_near,
)
from newsnorm.dates.vocabulary import (
    _signal_counts,
    _signal_words,
    calendar,
    languages,
)
from newsnorm.model import DateMention, _text_mention

_PIECES = st.sampled_from(
    [
        "May", "MAY", "may", "Mayday", "June", "Juni", "März", "mai", "Tuesday", "Q3", "Qx",
        "week", "weekend", "the day after tomorrow", "2025", "12/3/2024", "3rd", "1990s",
        "’", "'", "-", ".", " ", " ", "\n", "a", "É", "_", "7", "today's", "années",
        "fiscal year", "Fiscal year", "The day after tomorrow", "Year", "day", "St.", "Ce soir",
        "Heute abend", "Fin de semana", "Week-end", "mayo",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=60).map("".join)


def _plain_keys(text: str, language: str, first: int, last: int) -> list[tuple[int, str]]:
    keys = _keys(language)
    words = ((match.start(), match.group()) for match in keys.finditer(text, first, last))
    numbers = ((match.start(), "") for match in NUMBER_KEYS.finditer(text, first, last))
    return list(heapq.merge(words, numbers, key=operator.itemgetter(0)))


def _merged_and_whole(text: str, language: str, names_only: bool, first: int) -> None:
    whole = _keys(language, names_only=names_only)
    plain = [(match.start(), match.group()) for match in whole.finditer(text, first)]
    parts = _key_parts(language, names_only=names_only)
    assert [key for key in _keys_in(text, parts, first, len(text)) if key[1]] == plain
    slow, _ = _words_one_by_one(text, parts, first, len(text), len(text))  # the overlap path
    assert slow == plain


@pytest.mark.parametrize("language", sorted(languages()))
@pytest.mark.parametrize("names_only", [False, True])
@given(text=_TEXTS, first=st.integers(0, 30))
def test_key_parts_merged_match_as_the_whole_key_pattern(
    language: str, names_only: bool, text: str, first: int
) -> None:
    _merged_and_whole(text, language, names_only, first)


@pytest.mark.parametrize(
    "text",
    [
        "Fiscal year ends; the fiscal year, The day after tomorrow.",
        "Heute abend und heute abend.",
        "Ce soir, Week-end et Fin de semana.",
    ],
)
def test_a_key_of_one_part_hides_the_keys_of_the_other_inside_it(text: str) -> None:
    for language in languages():
        _merged_and_whole(text, language, False, 0)


def _chunk_ends(limit: int) -> list[int]:
    ends, end, size = [], 0, _FIRST_CHUNK
    while end < limit:
        end += size
        ends.append(end)
        size = min(2 * size, _KEY_CHUNK)
    return ends


@settings(max_examples=60)
@given(_TEXTS, st.integers(0, 40), st.sampled_from(sorted(languages())))
def test_keys_listed_by_chunks_are_the_keys_of_one_pass(
    piece: str, shift: int, language: str
) -> None:
    text = "x " * 5_000
    for end in _chunk_ends(len(text)):  # keys across each chunk's end
        at = max(0, end - shift)
        text = text[:at] + piece + text[at + len(piece) :]
    for first, last in ((0, len(text)), (shift, len(text) - shift)):
        plain = _plain_keys(text, language, first, last)
        for lazy in (True, False):
            assert list(_keys_in(text, _keys(language), first, last, lazy=lazy)) == plain
            parts = _key_parts(language)  # the pattern split by the case of the words' start
            assert list(_keys_in(text, parts, first, last, lazy=lazy)) == plain


def _names(language: str) -> set[str]:
    """The month and weekday keys of *language*, as :func:`_keys` writes them."""
    table = calendar(language)
    case = "title" if table.month_case == "title" else "any"
    return {
        variant for word in [*table.months, *table.weekdays] for variant in _variants(word, case)
    }


@given(_TEXTS, st.sampled_from(sorted(languages())))
def test_key_patterns_match_as_the_plain_word_start_pattern(text: str, language: str) -> None:
    for words in (_names(language), {"May", "MAY", "Mayday", "Juni", "Q", "É"}):
        plain = re.compile(rf"\b(?:Q[1-4]|{_trie(words)})(?![^\W\d_])")
        own = re.compile(rf"{_word_starts(words)}(?![^\W\d_])")
        assert [m.span() for m in own.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_capitalised_keys_are_reshaped_and_lower_case_ones_kept_plain() -> None:
    assert not _word_starts({"May", "MAY", "June"}).startswith("\\b")
    assert _word_starts({"May", "may"}).startswith("\\b")


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?P<day>\d+)\s(?P<month>\w+)", "3 May"),  # every group named, in order
        (r"(\d+)(?P<sep>[-/])(?P<month>\d+)(x)?", "3/4"),  # unnamed groups skipped
        (r"(a)(?P<only>b)", "ab"),  # one named group among unnamed ones
        (r"(?P<unit>day)|(?P<unit>week)(?P<after>s)?", "week"),  # one name used twice
    ],
)
def test_groups_read_by_position_are_the_group_dict(pattern: str, text: str) -> None:
    compiled = regex.compile(pattern, regex.V1)
    match = compiled.match(text)
    assert match is not None
    names, picker = _group_layout(compiled)
    values = match.groups("")
    assert dict(zip(names, values if picker is None else picker(values), strict=True)) == (
        match.groupdict("")
    )


@pytest.mark.parametrize("language", sorted(languages()))
@given(text=_TEXTS)
def test_grammar_groups_read_by_position_are_the_group_dict(language: str, text: str) -> None:
    for form in ("month", "day_month", "weekday", "unit_relative", "period", "decade", "year"):
        pattern = form_pattern(language, form)
        names, picker = _group_layout(pattern)
        for match in pattern.finditer(text):
            values = match.groups("")
            picked = values if picker is None else picker(values)
            assert dict(zip(names, picked, strict=True)) == match.groupdict("")


_TENSE_PIECES = st.sampled_from(
    ["will", "will be", "as of", "from", "until", "as early as", "’ll", "'ll", "the", " ", "  "]
)


@given(st.lists(_TENSE_PIECES, max_size=10).map("".join), st.sampled_from(sorted(languages())))
def test_tense_phrases_found_at_the_end_as_by_the_pattern(before: str, language: str) -> None:
    for key in ("nearest_prepositions", "future_auxiliaries", "weekday_future_prepositions"):
        pattern, _ = _ending(language, key)
        expected = pattern.search(before, max(0, len(before) - 40)) is not None
        assert _ends_with(before, language, key) == expected, (key, _phrases(language, key))


_VALUES = st.one_of(
    st.none(),
    st.sampled_from(["2025-03-04", "2025-Q3", "1989", "XXXX-05", "2025-03", "1990-Q1"]),
)
_GRANULARITIES = st.sampled_from(["day", "month", "quarter", "year", "week", "season"])


@given(st.lists(st.tuples(_VALUES, _GRANULARITIES), max_size=12))
def test_anchors_extended_at_once_as_added_one_by_one(
    named: list[tuple[str | None, str]],
) -> None:
    one_by_one = Anchors()
    for value, granularity in named:
        one_by_one = one_by_one.add(value, granularity)
    assert Anchors().extend(named) == one_by_one


def test_a_mention_built_without_checks_equals_a_checked_one() -> None:
    checked = DateMention(3, 10, "Tuesday", "2025-01-21", "day", True)
    built = _text_mention(3, 10, "Tuesday", value="2025-01-21", granularity="day", relative=True)
    assert built == checked
    assert hash(built) == hash(checked)
    assert built.to_dict() == checked.to_dict()


_PLAIN_YEARS = regex.compile(r"(?<!\d)(?:(?:1[6-9]|20|21)\d\d|\d{1,2}[./]\d{1,2}[./]\d\d)(?!\d)")


@given(st.text(alphabet="0123456789./ a\u0663", max_size=40))
def test_years_found_digit_by_digit_as_by_the_plain_pattern(text: str) -> None:
    found = [match.span() for match in _YEAR_OR_SHORT_DATE.finditer(text)]
    assert found == [match.span() for match in _PLAIN_YEARS.finditer(text)]


_WORD_CLASS: re.Pattern[str] = re.compile(
    '[^\\s.,;:!?"()\\[\\]{}\u00ab\u00bb\u201c\u201d\u201e\u2013\u2014/|\u00b7*]+'
)  # the words guess_calendar counted with before: runs of neither blanks nor separators
_BLANKS = [chr(code) for code in range(0x110000) if re.fullmatch(r"\s", chr(code))]
_GUESS_PIECES = st.sampled_from(
    [
        *_BLANKS,
        *'.,;:!?"()[]{}\u00ab\u00bb\u201c\u201d\u201e\u2013\u2014/|\u00b7*',
        "the",
        "der",
        "le",
        "el",
        "und",
        "May",
        "mars",
        "März",
        "x",
        "İ",
    ]
)


def test_str_split_splits_on_exactly_the_blanks_of_backslash_s() -> None:
    assert [chr(code) for code in range(0x110000) if chr(code).isspace()] == _BLANKS
    assert f"a{''.join(_BLANKS)}b".split() == ["a", "b"]


@settings(max_examples=400, deadline=None)
@given(st.lists(_GUESS_PIECES, max_size=80).map("".join))
def test_signal_counts_are_the_pattern_words_counts(text: str) -> None:
    words = _signal_words()
    expected = Counter(word for word in _WORD_CLASS.findall(text.lower()) if word in words)
    assert _signal_counts(text) == expected


def test_every_separator_and_blank_ends_a_signal_word() -> None:
    for separator in [
        *'.,;:!?"()[]{}\u00ab\u00bb\u201c\u201d\u201e\u2013\u2014/|\u00b7*',
        *_BLANKS,
    ]:
        text = f"the{separator}der{separator}May"
        assert _signal_counts(text) == Counter(["the", "der", "may"]), repr(separator)


def _plain_previous_words(text: str, start: int) -> tuple[str, str]:
    """The words before *start* as the scan read them before they were cached by their text."""
    if start == 0:
        return "", ""
    found = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return "", ""
    word = found.group(2).lower()
    previous = found.group(1)
    return word, f"{previous.lower()} {word}" if previous else word


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.data())
def test_previous_words_read_from_their_slice_as_from_the_text(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    assert _previous_words(text, start) == _plain_previous_words(text, start)


def test_previous_words_reach_forty_characters_back() -> None:
    text = "x" * 30 + " prior words in May"
    start = text.index("May")
    assert _previous_words(text, start) == _plain_previous_words(text, start) == ("in", "words in")
    long_word = "a" * 50 + " May"
    assert _previous_words(long_word, 51) == ("a" * 39, "a" * 39)  # cut where the reach ends


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_squeezed_words_are_the_lower_cased_blank_runs_made_one_space(text: str) -> None:
    assert _squeezed(text) == _SPACES.sub(" ", text.lower())
    assert _squeezed("Last \u2003 Week") == "last week"


_NEAR_PIECES = st.sampled_from(
    [
        "the", "last", "next", "on", "in", "end", "of", "Tuesday", "May", "March", "3", "12",
        "2025", "1990s", "'", "\u2019", "90s", "week", "Q3", "XIX", "Australia28", "postedMay",
        "yesterday", "Wednesday", "September", "123456789", "²", "Ⅻ", "\u00a0", "_", "9/11",
        " ", "  ", ", ", ".", "-", "/", "\n", "\u5e74", "Tue.", "l'", "été", "yesterday",
    ]
)  # fmt: skip
_NEAR_TEXTS = st.lists(_NEAR_PIECES, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_NEAR_TEXTS, st.integers(0, 200), st.integers(0, 200)), max_size=8))
def test_starts_and_openings_kept_by_their_text_are_the_plain_ones(
    cases: list[tuple[str, int, int]],
) -> None:
    """One memo over several texts, as a scan shares it between keys: the plain results."""
    table = calendar("en")
    prefixes = _prefixes("en")
    starts_memo: dict[tuple[str, int], list[int]] = {}
    openings_memo: dict[str, tuple[str, ...]] = {}
    for text, place, lowest in cases * 2:
        key = min(place, len(text))
        floor = min(lowest, key)
        assert starts_near(text, key, prefixes, table.months, floor, starts_memo) == starts(
            text, key, prefixes, table.months, floor
        )
        assert opening_near(text, key, table, openings_memo) == opening(text, key, table)


def test_an_opening_kept_by_its_text_reads_no_further() -> None:
    """A weekday opens a date only with one close after it: that text is part of the key."""
    table = calendar("en")
    memo: dict[str, tuple[str, ...]] = {}
    near, far = "Tuesday, 3 March", "Tuesday was when we met on 3 March"
    assert opening_near(near, 0, table, memo) == opening(near, 0, table)
    assert opening_near(far, 0, table, memo) == opening(far, 0, table)
    assert opening(near, 0, table) != opening(far, 0, table)


def test_an_opening_key_holds_all_opening_reads_after_a_short_word() -> None:
    """The longest word kept, then the furthest :func:`opening` looks past a word or number."""
    after = max(_DATE_REACH, _DAY_REACH, _SPACES_REACH, 2)
    assert _SHORT_WORD - 1 + after <= _OPENING_REACH


def _scan_keeping_after(text: str, steps: int) -> list[object]:
    """The scan of *text*, keeping starts and openings from its *steps*-th step on."""
    with mock.patch.object(grammar, "_NEAR_AFTER", steps):
        return list(grammar.scan(text, calendar("en")))


@settings(max_examples=150, deadline=None)
@given(st.lists(_NEAR_PIECES, max_size=120).map(" ".join))
def test_a_scan_keeping_starts_and_openings_finds_what_a_plain_one_does(text: str) -> None:
    assert _scan_keeping_after(text, 1) == _scan_keeping_after(text, 10**9)


def test_a_dense_text_keeps_its_starts_and_openings_and_finds_the_same() -> None:
    pieces = ["on Tuesday", "last week", "in May", "the third quarter", "3 March 2025,", "said"]
    text = " ".join(pieces[(index * 7) % 11 % len(pieces)] for index in range(600))
    expressions = _scan_keeping_after(text, grammar._NEAR_AFTER)
    assert len(expressions) > grammar._NEAR_AFTER  # the memos were used
    assert expressions == _scan_keeping_after(text, 10**9)

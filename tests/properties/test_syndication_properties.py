"""Properties of detect_syndication on any text."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from strategies import any_text, news_text, non_str

from newsnorm.model import SYNDICATION_KINDS, Syndication
from newsnorm.syndication import detect_syndication, lines, notices, wire
from newsnorm.syndication.credits import is_caption_line, line_bounds, read_tag
from newsnorm.syndication.registry import all_aliases, parse_sources, read_sources
from newsnorm.syndication.triggers import normalised


@given(any_text)
def test_never_raises_and_offsets_are_valid(text: str) -> None:
    for credit in detect_syndication(text):
        assert 0 <= credit.start <= credit.end <= len(text)
        assert text[credit.start : credit.end] == credit.evidence
        assert credit.kind in SYNDICATION_KINDS


@given(news_text)
def test_same_output_twice(text: str) -> None:
    assert detect_syndication(text) == detect_syndication(text)


@given(news_text)
def test_sorted_by_offset(text: str) -> None:
    starts = [credit.start for credit in detect_syndication(text)]
    assert starts == sorted(starts)


@given(non_str)
def test_rejects_non_str(value: object) -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        detect_syndication(value)  # type: ignore[arg-type]


_SEPARATORS = (", ", " and ", "/", " & ", "-", " (", ") ", "; ", " ", "、", "The ", "l'", "—", "_")


@st.composite
def _source_lists(draw: st.DrawFn) -> str:
    """Lists of registered names, odd pieces and separators, in any case."""
    pieces = draw(
        st.lists(st.one_of(st.sampled_from(all_aliases()), news_text), min_size=1, max_size=3)
    )
    separators = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(pieces) + 1))
    text = "".join(separator + piece for separator, piece in zip(separators, pieces, strict=False))
    return draw(st.sampled_from((text, text.upper(), text.lower(), text.strip())))


@given(st.one_of(_source_lists(), any_text))
def test_quick_test_of_source_lists_changes_no_answer(text: str) -> None:
    assert parse_sources(text) == read_sources(text)


@given(any_text)
def test_closing_tags_never_raise_and_name_agencies(text: str) -> None:
    sources = read_tag(text)
    assert sources is None or all(source is None or source.is_wire for source in sources)


@given(any_text)
def test_caption_test_never_raises(text: str) -> None:
    assert is_caption_line(text) in {True, False}


@given(any_text, st.integers(min_value=0, max_value=200), st.integers(min_value=1, max_value=50))
def test_line_bounds_stay_inside_the_text_and_the_reach(
    text: str, position: int, reach: int
) -> None:
    position = min(position, len(text))
    start, end = line_bounds(text, position, reach)
    assert 0 <= start <= position <= end <= len(text)
    assert position - start <= reach
    assert end - position <= reach
    assert "\n" not in text[start:position]


# --- the quick tests change no answer: read every line, search every cue, compare ---------

_NAMES = st.sampled_from(all_aliases()).flatmap(
    lambda name: st.sampled_from((name, name.upper(), name.lower(), name.title()))
)
_WIRES = st.sampled_from(("AFP", "AP", "Reuters", "dpa", "Xinhua", "IANS", "PTI", "EFE", "ТАСС"))
_CREDIT_PIECES = (
    "By ",
    "Par ",
    "With ",
    "avec ",
    "Web Desk",
    "INTERNATIONAL DESK:",
    "Source link",
    "agencies",
    "Agenturen",
    "OSLO, May 2",
    "TOKYO, Oct. 6 ",
    "МОСКВА, 5 янв — ",
    "PTI, Pune:",
    "xy/",
    "(",
    ")",
    "«",
    "»",
    "—",
    " — ",
    "-",
    "/",
    ":",
    ",",
    ".",
    " ",
    "\u00a0",
    "\n",
    "afp.com",
    "example.org",
    "ſ",
    "ß",
    "Lena Fox ",
    "x" * 40,
)
_CREDIT_TEXTS = st.lists(
    st.one_of(_NAMES, _WIRES, st.sampled_from(_CREDIT_PIECES), st.text(max_size=6)), max_size=30
).map("".join)
_BEFORE = (
    "",
    "  ",
    "Rain fell. ",
    "OSLO, May 2 ",
    "TOKYO, Oct. 6 ",
    "By ",
    "BY LENA FOX ",
    "With ",
    "Le Monde avec ",
    "Lena Fox ",
    "xy/",
    "Source: ",
    "© 2024 ",
    "Ferries resumed on Monday after the storm, and the harbor reopened to traffic at dawn. ",
)
_AROUND = (
    "",
    " ",
    "—",
    " — ",
    "–",
    "―",
    "-",
    "--",
    "(",
    ")",
    "«",
    "»",
    "“",
    "”",
    "/",
    ",",
    ":",
    ".",
    "|",
    "·",
    "•",
    "、",
    "（",
    "）",
    "\u00a0",
    "\u2009",
)
_MARKS = st.lists(st.sampled_from(_AROUND), max_size=2).map("".join)
_AFTER = (".", " reported.", "/ab", " — Oslo", ": Rain fell.", "xyz and more words here")
_NAMED_LINES = st.builds(
    lambda before, left, name, right, after: f"{before}{left}{name}{right}{after}",
    st.sampled_from(_BEFORE),
    _MARKS,
    st.one_of(_WIRES, _NAMES),
    _MARKS,
    st.one_of(st.just(""), st.sampled_from(_AFTER)),
)
# A dated head is read up to its 100th character, so a name may be cut there: "Reutersville".
_CUT_LINES = st.builds(
    lambda name, shift: (
        f"OSLO, May 2{' ' * max(1, 89 - len(name) + shift)}{name}ville and the rest of a line."
    ),
    st.one_of(_WIRES, _NAMES),
    st.integers(min_value=-2, max_value=2),
)
_LINE_TEXTS = st.lists(
    st.one_of(_NAMED_LINES, _CUT_LINES, _CREDIT_TEXTS), min_size=1, max_size=4
).map("\n".join)


class _Everything(frozenset[str]):
    """A set that holds every word: with it as the byline openers, every line is read."""

    def __contains__(self, word: object) -> bool:
        return True


@given(_LINE_TEXTS)
@example("Rain.\n—AFP")
@example("«Reuters» — Rain fell.")
@example("Rain.\n—（AFP）")
@example("OSLO, May 2 — CNN. Rain fell.")
@example(f"OSLO, May 2{' ' * 82}Reutersville and the rest of a line.")
@settings(max_examples=400)
def test_trigger_words_change_no_line_credit(text: str) -> None:
    expected_found = lines.find_line_credits(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lines, "first_triggers", _Everything)
        assert lines.find_line_credits(text) == expected_found


_BRACKETED = st.builds(
    lambda before, opening, left, name, right, closing, after: (
        f"{before}{opening}{left}{name}{right}{closing}{after}"
    ),
    st.sampled_from(_BEFORE),
    st.sampled_from(("(", "[", "（")),
    st.one_of(st.just(""), st.sampled_from(("Seoul=", "Lena Fox/", "FRANCE 24 with ", "ab, "))),
    st.one_of(
        _WIRES, _NAMES, st.sampled_from(("cnn.com", "aljazeera.net", "example.org", "Web Desk"))
    ),
    _MARKS,
    st.sampled_from((")", "]", "）")),
    st.one_of(st.just(""), st.sampled_from((" — Rain fell.", "\n", " -", _AFTER[1]))),
)


_COPYRIGHT_LINES = st.builds(
    lambda mark, years, gap, name, spaces, after: f"{mark}{years}{gap}{name}{spaces}{after}",
    st.sampled_from(("©", "© ", "(c) ", "Copyright ", "COPYRIGHT ")),
    st.sampled_from(("", "2024 ", "2020-2024, ", "2024")),
    _MARKS,
    st.one_of(_WIRES, _NAMES),
    st.sampled_from(("", " ", " " * 30)),
    st.sampled_from(("", ". All rights reserved.", " / Lena Fox", "ure group", ", AP and dpa")),
)


@given(
    st.lists(st.one_of(_BRACKETED, _COPYRIGHT_LINES, _CREDIT_TEXTS), min_size=1, max_size=3).map(
        "\n".join
    )
)
@example(f"© Associated{' ' * 45}Pressure group")
@example("OSLO, May 2 (aljazeera.net) — Rain fell.")
@example("Rain fell. (with example.org)")
@example("OSLO (Seoul=Yonhap) — Rain fell.")
@settings(max_examples=300)
def test_trigger_words_change_no_bracket_or_copyright_credit(text: str) -> None:
    expected_found = list(wire.find_wire(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(wire, "holds_name", lambda words: True)
        assert list(wire.find_wire(text)) == expected_found


def _every_line_read(text: str) -> list[Syndication]:
    """The line credits of *text* with every line read, each copy on its own, in order."""
    found: list[Syndication] = []
    named: list[Syndication] = []
    start = 0
    for line in text.split("\n"):
        line_found, line_named = lines._read_line(text, start, line, may_hold_desk=True)
        found.extend(line_found)
        named.extend(line_named)
        start += len(line) + 1
    if len(named) < 2:  # two lines or more naming only a source are labels
        found.extend(credit for credit in named if not lines._beside_links(text, credit))
    return found


_REPEATED_LINES = st.lists(
    st.one_of(_NAMED_LINES, _CUT_LINES, st.sampled_from(("", "Menu", "Rain fell."))),
    min_size=1,
    max_size=4,
).flatmap(lambda pool: st.lists(st.sampled_from(pool), min_size=1, max_size=8).map("\n".join))


@given(_REPEATED_LINES)
@example("Rain.\n— AFP\nSnow.\n— AFP")
@example("xy/dpa\n\nxy/dpa")
@settings(max_examples=300)
def test_lines_read_once_give_what_every_copy_read_gives(text: str) -> None:
    assert lines.find_line_credits(text) == _every_line_read(text)


def _caseless(text: str) -> str:
    """*text* with letters that match ASCII ones case-blind (long s, the Kelvin sign, İ)."""
    return text.replace("s", "\u017f").replace("k", "\u212a").replace("I", "\u0130")


_CUES = (
    "This article appeared first on ",
    "It was originally published by ",
    " contributed to this report.",
    "With inputs from ",
    "Der Beitrag erschien zuerst auf ",
    "Cet article a été publié initialement sur ",
)
_CUE_TEXTS = st.builds(
    lambda cue, name, caseless: _caseless(f"{cue}{name}") if caseless else f"{cue}{name}",
    st.sampled_from(_CUES),
    st.one_of(_WIRES, _NAMES),
    st.booleans(),
)


class _EveryWord(frozenset[str]):
    """A set that holds every word: with it, every cue's words are present."""

    def __contains__(self, word: object) -> bool:
        return True

    def issuperset(self, other: object) -> bool:
        return True

    def __ge__(self, other: object) -> bool:
        return True


_EVERY_CUE_WORD = _EveryWord()


@given(st.one_of(_CUE_TEXTS, _CREDIT_TEXTS))
@example(_caseless("This article appeared first on Harbor Times."))
@settings(max_examples=300)
def test_cue_words_change_no_notice(text: str) -> None:
    expected_found = list(notices.find_notices(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(notices, "_holds_all", lambda text, words, known: True)
        patch.setattr(notices, "_literals_present", lambda reduced: _EVERY_CUE_WORD)
        assert list(notices.find_notices(text)) == expected_found


@given(any_text)
def test_normalised_text_keeps_length_and_lines(text: str) -> None:
    reduced = normalised(text)
    assert len(reduced) == len(text)
    assert [len(line) for line in reduced.split("\n")] == [len(line) for line in text.split("\n")]
    assert not any(character.isupper() for character in reduced if character.isascii())


def _every_character() -> str:
    return "".join(chr(point) for point in range(0x110000) if not 0xD800 <= point <= 0xDFFF)


def test_cue_letters_are_every_case_form_the_engine_matches() -> None:
    import regex

    from newsnorm.syndication.phrases import cue_patterns

    everything = _every_character()
    gated = [cue for cue in cue_patterns() if cue.letters]
    assert gated, "the phrase file has cues whose first word has a letter outside ASCII"
    for cue in gated:
        first_word = cue.source.split("(?:", 1)[0]
        assert any(letter in first_word for letter in cue.letters)
        for letter in cue.letters:
            matched = set(regex.compile(regex.escape(letter), regex.IGNORECASE).findall(everything))
            assert matched == set(cue.letters), (cue.source[:30], letter)


_LETTER_CUES = (
    "Der Text erschien ursprünglich bei ",
    "ARTICLE PUBLIÉ INITIALEMENT SUR ",
    "Статья впервые появилась на ",
    "本文首发于",
    "La nota se publicó primero en ",
)


@given(
    st.builds(
        lambda cue, name, upper, tail: (cue.upper() if upper else cue) + name + tail,
        st.sampled_from(_LETTER_CUES),
        st.one_of(_WIRES, _NAMES),
        st.booleans(),
        st.text(max_size=40),
    )
)
@example("ARTICLE PUBLIÉ INITIALEMENT SUR Harbor Times.")
@settings(max_examples=200)
def test_cue_letters_change_no_notice(text: str) -> None:
    import attrs

    from newsnorm.syndication.phrases import cue_patterns

    expected_found = list(notices.find_notices(text))
    ungated = tuple(attrs.evolve(cue, letters=()) for cue in cue_patterns())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(notices, "cue_patterns", lambda: ungated)
        assert list(notices.find_notices(text)) == expected_found


_REPEATED_CUES = st.lists(
    st.one_of(_CUE_TEXTS, st.sampled_from(("Re", "re", " ", ". ", "\n", "first ", "posted by "))),
    min_size=1,
    max_size=5,
).map("".join)


@given(_REPEATED_CUES)
@example("It first appeared first on first appeared on AFP. This article appeared first on AP.")
@example(_caseless("This article appeared first on Harbor Times. Posted by AFP"))
@example("reappeared first on Reuters")
@example("contributed to this reportcontributed to this report")  # a match where one ends
@settings(max_examples=300)
def test_cue_tried_where_its_first_word_is_matches_as_finditer(text: str) -> None:
    from newsnorm.syndication.phrases import CASELESS_LETTERS, cue_patterns

    reduced = normalised(text)
    caseless = not reduced.isascii() and any(letter in reduced for letter in CASELESS_LETTERS)
    for cue in cue_patterns():
        tried = notices._cue_matches(text, reduced, cue, caseless=caseless)
        assert [match.span() for match in tried] == [
            match.span() for match in cue.pattern.finditer(text)
        ], cue.source[:30]


def _all_trigger_names() -> list[tuple[frozenset[str], bool]]:
    from newsnorm.syndication.triggers import trigger_names

    return [name for names in trigger_names().values() for name in names]


@given(
    st.lists(
        st.one_of(
            st.sampled_from(sorted({word for words, _ in _all_trigger_names() for word in words})),
            st.sampled_from(("news", "press", "the", "de", "x")),
        ),
        max_size=8,
    )
)
@example(["associated", "press"])
@example(["news", "agency", "czech"])
@example(["nikkei", "asia", "com"])  # two names under one second word
@settings(max_examples=400)
def test_names_held_by_second_word_are_every_name_held(words: list[str]) -> None:
    from newsnorm.syndication.triggers import held_names, trigger_names, trigger_words

    held = set(words)
    every = [
        wire
        for hit in trigger_words().intersection(held)
        for name, wire in trigger_names()[hit]
        if name <= held
    ]
    assert sorted(held_names(held)) == sorted(every)

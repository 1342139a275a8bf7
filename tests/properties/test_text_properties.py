from hypothesis import given
from hypothesis import strategies as st
from strategies import any_text

from newsnorm.text import clean, holds_markup, split_lines, split_paragraphs


@given(any_text)
def test_clean_is_idempotent(text):
    once = clean(text).text
    assert clean(once).text == once


@given(any_text)
def test_clean_maps_every_offset_into_the_source(text):
    result = clean(text)
    previous = 0
    for offset in range(len(result.text) + 1):
        mapped = result.source_offset(offset)
        assert 0 <= mapped <= len(text)
        assert mapped >= previous
        previous = mapped
    start, end = result.source_span(0, len(result.text))
    assert 0 <= start <= end <= len(text)


@given(any_text)
def test_clean_leaves_no_damage(text):
    cleaned = clean(text).text
    assert "\r" not in cleaned
    assert "\x00" not in cleaned
    assert not any("\ud800" <= character <= "\udfff" for character in cleaned)


@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp", "Cf", "M")))
)
def test_clean_keeps_ordinary_text_unchanged(text):
    import unicodedata

    if unicodedata.is_normalized("NFC", text):
        assert clean(text).text == text


@given(any_text)
def test_split_lines_offsets_are_valid(text):
    for line in split_lines(text):
        assert text[line.start : line.end] == line.text
        assert line.text == line.text.strip()
        assert line.text


@given(any_text)
def test_split_paragraphs_offsets_are_valid(text):
    previous_end = 0
    for paragraph in split_paragraphs(text):
        assert text[paragraph.start : paragraph.end] == paragraph.text
        assert paragraph.start >= previous_end
        previous_end = paragraph.end


_LINE_ENDS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Texts with one kind of line end (each kind alone takes its own path) or with any of them.
_LINE_END_TEXTS = st.one_of(
    st.sampled_from(_LINE_ENDS).flatmap(
        lambda end: st.sampled_from(("ab\t", "ab é\t")).flatmap(
            lambda letters: st.text(alphabet=letters + end)
        )
    ),
    st.text(alphabet="ab é\t" + _LINE_ENDS),
)


@given(_LINE_END_TEXTS)
def test_split_lines_cuts_where_splitlines_does(text):
    expected = [line.strip() for line in text.splitlines() if line.strip()]
    assert [line.text for line in split_lines(text)] == expected


@given(any_text)
def test_holds_markup_is_a_tag_opening_anywhere(text):
    expected = any(
        text[index] == "<"
        and (text[index + 1].isascii() and (text[index + 1].isalpha() or text[index + 1] in "/!?"))
        for index in range(len(text) - 1)
    )
    assert holds_markup(text) is expected
    assert holds_markup(f"{text}<p>") is True

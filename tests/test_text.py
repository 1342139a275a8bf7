import pytest

from newsnorm.text import clean, split_lines, split_paragraphs


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("one\r\ntwo\rthree\u2028four", "one\ntwo\nthree\nfour"),
        ("a\u00a0b\u202fc\u3000d\te", "a b c d e"),
        ("zero\u200bwidth\ufeff soft\u00adhyphen", "zerowidth softhyphen"),
        ("nul\x00 and bell\x07", "nul and bell"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ("cafe\u0301", "caf\u00e9"),
        ("\u212b", "\u00c5"),
        ("", ""),
    ],
)
def test_clean_rewrites_damage(raw, expected):
    assert clean(raw).text == expected


def test_clean_returns_untouched_text_without_edits():
    result = clean("Plain text.\n\nSecond paragraph.")
    assert result.text == "Plain text.\n\nSecond paragraph."
    assert result.edits == ()


def test_clean_maps_offsets_back_after_crlf():
    source = "first line\r\nsecond line"
    result = clean(source)
    start = result.text.index("second")
    span = result.source_span(start, start + len("second"))
    assert source[span[0] : span[1]] == "second"


def test_clean_maps_a_composed_character_to_its_whole_source():
    source = "Cafe\u0301 open"
    result = clean(source)
    assert result.source_span(0, 4) == (0, 5)
    assert source[slice(*result.source_span(5, 9))] == "open"


def test_clean_end_offset_stays_before_a_deleted_character():
    source = "word\u200b next"
    result = clean(source)
    assert result.source_span(0, 4) == (0, 4)


def test_clean_source_offset_rejects_out_of_range():
    with pytest.raises(ValueError, match="offset must be between"):
        clean("abc").source_offset(4)


def test_clean_rejects_bytes():
    with pytest.raises(TypeError, match="text must be a str, got bytes"):
        clean(b"abc")  # type: ignore[arg-type]


def test_split_lines_trims_and_skips_blank_lines():
    lines = split_lines("  Home \r\n\n\t World\n")
    assert [line.text for line in lines] == ["Home", "World"]
    assert lines[1].start == 12


def test_split_paragraphs_keeps_offsets():
    text = "Rain today.\n\n  Sun tomorrow.  \n\n\n"
    paragraphs = split_paragraphs(text)
    assert [p.text for p in paragraphs] == ["Rain today.", "Sun tomorrow."]
    assert all(text[p.start : p.end] == p.text for p in paragraphs)


def test_split_paragraphs_at_crlf_blank_lines():
    assert [p.text for p in split_paragraphs("One.\r\n\r\nTwo.")] == ["One.", "Two."]

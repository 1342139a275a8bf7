import pytest
from hypothesis import given
from strategies import any_text, news_text, non_str

from newsnorm import strip_boilerplate
from newsnorm.boilerplate import _strip
from newsnorm.model import SEGMENT_REASONS


def _is_subsequence(small: str, big: str) -> bool:
    characters = iter(big)
    return all(character in characters for character in small)


def _letters(text: str) -> str:
    return "".join(text.split())


@given(any_text)
def test_never_raises_and_removed_offsets_are_valid(text):
    result = strip_boilerplate(text)
    previous_end = 0
    for segment in result.removed:
        assert 0 <= segment.start <= segment.end <= len(text)
        assert text[segment.start : segment.end] == segment.text
        assert segment.start >= previous_end
        assert segment.reason in SEGMENT_REASONS
        previous_end = segment.end


@given(any_text)
def test_body_is_made_of_the_inputs_own_text(text):
    result = strip_boilerplate(text)
    assert _is_subsequence(_letters(result.text), _letters(text))
    if result.title is not None:
        assert result.title in text


@given(news_text)
def test_extracted_mode_keeps_offsets_and_own_text(text):
    result = _strip(text, extracted=True)
    assert _is_subsequence(_letters(result.text), _letters(text))
    for segment in result.removed:
        assert text[segment.start : segment.end] == segment.text


@given(any_text)
def test_same_output_twice(text):
    assert strip_boilerplate(text) == strip_boilerplate(text)


@given(news_text)
def test_extracted_mode_is_idempotent_on_its_body(text):
    once = _strip(text, extracted=True).text
    assert _strip(once, extracted=True).text == once


@given(non_str)
def test_rejects_non_str(value):
    with pytest.raises(TypeError, match="text must be a str"):
        strip_boilerplate(value)


@pytest.mark.parametrize(
    "page",
    [
        "The ferry sailed again on Monday after repairs, the office said. " * 4000,
        "Related\n" * 30000,
        "* Home\n" * 30000,
        "(" * 200000,
        "\x00\r\n" * 30000,
        "FacebookTwitter" * 15000,
        "By Jane Roe\n\n" * 20000,
        "<meta " * 40000,
        "\ud800 \u3002" * 50000,
    ],
    ids=["one-line", "headers", "list", "brackets", "nul-crlf", "glued", "bylines", "tags", "cjk"],
)
def test_hostile_pages_finish(page):
    result = strip_boilerplate(page)
    for segment in result.removed[:50]:
        assert page[segment.start : segment.end] == segment.text

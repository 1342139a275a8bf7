import pytest
from hypothesis import given
from strategies import any_text, non_str

from newsnorm import detect_language
from newsnorm.model import Language


@given(any_text)
def test_never_raises_and_gives_a_language(text):
    result = detect_language(text)
    assert isinstance(result, Language)
    assert result.code == "und" or 2 <= len(result.code) <= 3
    assert 0.0 <= result.confidence <= 1.0


@given(any_text)
def test_same_answer_twice(text):
    assert detect_language(text) == detect_language(text)


@given(non_str)
def test_rejects_non_str(value):
    with pytest.raises(TypeError, match="text must be a str"):
        detect_language(value)

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
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


_CLEANING_ALPHABET = st.sampled_from(
    [
        "a",
        "Z",
        "[",
        "`",
        " ",
        "  ",
        "é",
        "À",
        "ñ",
        "\u0300",
        "\u0301",
        "ả",
        "ḁ",
        "ỳ",
        "а",
        "ж",
        "中",
        "文",
        "\u02ff",
        "\u07ff",
        "\u0800",
        "\ud800",
        "\U0001f600",
        "http://example.org/a?b=1 ",
        "reader@example.org ",
        "x.y@host-1.example ",
    ]
)


def _langdetect_text(text):
    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    factory.langlist = ["xx"]  # create() wants a language; the text does not depend on it
    factory.word_lang_prob_map = {}
    detector = factory.create()
    detector.append(text)
    detector.cleaning_text()
    return detector.text


@given(st.one_of(any_text, st.lists(_CLEANING_ALPHABET, max_size=80).map("".join)))
@example("中文" * 10 + "ab")
@example("ab ab " + "ḁ" * 9)
@example("ab" * 3 + "ж" * 12)
@example("  two   spaces  ")
def test_cleaned_text_is_what_langdetect_reads(text):
    from newsnorm.language import _cleaned

    assert _cleaned(text) == _langdetect_text(text)

import json
import threading

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsnorm import detect_language
from newsnorm.language import SAMPLE_LENGTH


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The harbour reopened on Monday after three weeks of repairs.", "en"),
        ("Der Hafen wurde am Montag nach drei Wochen Reparaturen wieder geöffnet.", "de"),
        ("Le port a rouvert lundi après trois semaines de travaux.", "fr"),
        ("El puerto reabrió el lunes tras tres semanas de obras.", "es"),
        ("Порт снова открылся в понедельник после трёх недель ремонта.", "ru"),
        ("港口在维修三周后于周一重新开放。", "zh"),
        ("港は3週間の修理を経て月曜日に再開した。", "ja"),
        ("항구는 3주간의 수리 끝에 월요일에 다시 문을 열었다.", "ko"),
        ("Το λιμάνι άνοιξε ξανά τη Δευτέρα.", "el"),
    ],
)
def test_detects_common_news_languages(text, code):
    assert detect_language(text).code == code


def test_ukrainian_letters_settle_ukrainian():
    assert detect_language("Порт знову відкрився в понеділок після ремонту.").code == "uk"


def test_catalan_letters_rule_out_spanish():
    assert detect_language("El govern català ha aprovat la llei aquesta setmana.").code == "ca"


def test_norwegian_is_reported_as_bokmal():
    text = "Fergen gikk igjen på mandag etter tre uker med reparasjoner, sa havnesjefen."
    assert detect_language(text).code == "nb"


@pytest.mark.parametrize("text", ["", "   ", "12:30 -- 45", "https://example.org/a/b", "@@ ##"])
def test_too_few_letters_is_undetermined(text):
    result = detect_language(text)
    assert (result.code, result.confidence) == ("und", 0.0)


def test_same_answer_in_every_thread():
    text = "Kort tekst om vejret i dag"
    answers: list[str] = []

    def run() -> None:
        answers.append(detect_language(text).code)

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(answers)) == 1


def test_long_page_reads_a_bounded_sample():
    text = "The harbour reopened on Monday after repairs. " * 50_000
    assert len(text) > 100 * SAMPLE_LENGTH
    assert detect_language(text).code == "en"


def test_rejects_bytes_naming_the_argument():
    with pytest.raises(TypeError, match="text must be a str, got bytes"):
        detect_language(b"bytes")  # type: ignore[arg-type]


@pytest.mark.shared
def test_development_set_accuracy_and_determinism(shared_dir):
    rows = [
        json.loads(line)
        for line in (shared_dir / "corpus/language/language.jsonl").open(encoding="utf-8")
    ]
    sample = rows[::7]
    correct = sum(detect_language(row["text"]).code == row["lang"] for row in sample)
    assert correct / len(sample) >= 0.94
    assert [detect_language(row["text"]) for row in sample[:50]] == [
        detect_language(row["text"]) for row in sample[:50]
    ]


def test_rows_built_on_use_are_langdetects_own_table():
    from langdetect import detector_factory

    from newsnorm.language import _Detectors

    factory = detector_factory.DetectorFactory()
    factory.load_profile(detector_factory.PROFILES_DIRECTORY)
    expected = factory.word_lang_prob_map
    detectors = _Detectors()
    assert list(detectors._languages) == factory.get_lang_list()
    # Every n-gram is known to both, with the same probabilities, in the same language order.
    assert all(ngram in detectors.table for ngram in expected)
    assert "no such n-gram here" not in detectors.table
    for ngram in list(expected)[::97]:
        assert detectors.table[ngram] == expected[ngram]
    with pytest.raises(KeyError):
        detectors.table["no such n-gram here"]


def _walk_with_choice(table, ngrams, size):
    """The random walk as written before draws were inlined: random.Random.choice."""
    import random
    from itertools import repeat
    from operator import add, mul, truediv

    generator = random.Random(0)  # noqa: S311 - the walk's own seeded generator
    total = [0.0] * size
    winners = set()
    for trial in range(1, 8):
        probabilities = [1.0 / size] * size
        weight = (0.5 + generator.gauss(0.0, 1.0) * 0.05) / 10_000
        iteration = 0
        while True:
            row = table[generator.choice(ngrams)]
            probabilities = list(map(mul, probabilities, map(add, row, repeat(weight))))
            if iteration % 5 == 0:
                scale = sum(probabilities)
                probabilities = list(map(truediv, probabilities, repeat(scale)))
                best = max(probabilities)
                if best > 0.99999 or iteration >= 1000:
                    break
            iteration += 1
        total = list(map(add, total, probabilities))
        winners.add(probabilities.index(best) if best > 0.99999 else -1)
        if trial == 2 and len(winners) == 1 and -1 not in winners:
            break
    return [value / trial for value in total]


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt baut neue Radwege entlang des Flusses.",
        "El ayuntamiento aprobó el presupuesto anoche.",
        "ab",
        "Kyiv Київ місто",
        "a b c d e f g h",
    ],
)
def test_inlined_draws_walk_as_random_choice_does(text):
    from newsnorm.language import _cleaned, _detectors, _ngrams, _random_walk

    detectors = _detectors()
    ngrams = _ngrams(_cleaned(text))
    assert ngrams
    size = len(detectors._languages)
    expected = _walk_with_choice(detectors.table, ngrams, size)
    assert _random_walk(detectors.table, ngrams, size) == expected


@given(st.text(max_size=60) | st.text(alphabet="aÀ ー、。カ\u0301\ud800!?Ёё１", max_size=60))
@example("ア カ ィ")
def test_table_normalises_as_each_character_alone(text):
    from newsnorm.language import _normalised, _normalising_table

    assert text.translate(_normalising_table()) == "".join(map(_normalised, text))

"""The fresh quote set (tests/data/quotes_fresh.jsonl): own-words news texts in six languages.

The set was written before the quote code was read, as a stand-in for text nobody tuned on;
its README says how. The floor below is the end-to-end F1 measured when the set was added
(0.886 before the fixes it led to, 0.959 after), less a margin for changes elsewhere.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from quoting import quote_scorer

from newsnorm.quotes import extract_quotes

DATA = Path(__file__).parent / "data" / "quotes_fresh.jsonl"
E2E_FLOOR = 0.92
"""Measured 0.959 (round s19); a drop below 0.92 (the issue's target) is a regression."""
SPAN_FLOOR = 0.95
"""Quote spans alone: measured 1.000."""


def _cases() -> list[dict[str, Any]]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_the_fresh_set_is_well_formed():
    cases = _cases()
    assert {case["lang"] for case in cases} == {"en", "fr", "de", "es", "it", "pt"}
    for case in cases:
        for quote in case["quotes"]:
            assert case["text"][quote["start"] : quote["end"]] == quote["text"], case["id"]
        assert case["quotes"] or "negative" in case["tags"], case["id"]


def test_negative_cases_give_no_quote():
    for case in _cases():
        if "negative" in case["tags"]:
            assert extract_quotes(case["text"]) == (), case["id"]


@pytest.mark.shared
def test_the_fresh_set_meets_its_floor(shared_dir):
    scorer = quote_scorer(shared_dir)
    rows = [
        scorer.score_case(
            case, [scorer.to_pred(quote, case["text"]) for quote in extract_quotes(case["text"])]
        )
        for case in _cases()
    ]
    summary = scorer.summarise(rows)
    assert summary["F1"] >= SPAN_FLOOR
    assert summary["e2e_F1"] >= E2E_FLOOR
    assert summary["negatives_with_fp"] == 0


# --- behaviours the fresh set led to, on sentences written for these tests ---------------


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an organisation after an elided article
        ("Secondo l’Enac, i voli torneranno «regolari entro domenica».", None),
        ("Selon l’OMS, l’épidémie est « sous contrôle depuis mai ».", "OMS"),
        # a name after an elided preposition and its noun
        ("«Siamo pronti», ha detto il ministro dell’Agricoltura Paolo Lodi.", "Paolo Lodi"),
        ("« Rien n’est décidé », a dit la ministre de l’Écologie Anne Morin.", "Anne Morin"),
        # no article in an organisation's name
        ("Selon la RATP, le métro sera « très perturbé et lent ».", "RATP"),
        ("Según la Guardia Civil, el conductor iba «muy por encima del límite».", "Guardia Civil"),
    ],
)
def test_names_around_elided_and_plain_articles(text, speaker):
    if speaker is None:  # "l’Enac" alone may be "the Italian": the quote is found at least
        assert len(extract_quotes(text)) == 1
    else:
        assert _speakers(text) == [speaker]


def test_a_sentence_end_inside_capitalised_words_starts_a_new_name():
    text = "The talks were held in Oslo. Mara Lind said the deal was “fair to both sides.”"
    assert _speakers(text) == ["Mara Lind"]


def test_a_portuguese_article_before_an_honorific_keeps_the_name():
    text = "“A fila anda”, disse a Dra. Sofia Reis, diretora do posto de saúde."
    assert _speakers(text) == ["Sofia Reis"]


def test_a_german_article_opening_a_sentence_is_no_relative():
    text = "Der VDA nannte die Zölle „ein schweres Eigentor“."
    assert _speakers(text) == ["VDA"]


def test_a_german_article_and_a_single_noun_name_nobody():
    text = "Die Sprecherin betonte: „Wir warten auf das Gutachten.“"
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "«Non torneremo indietro», ha ribadito ieri il sindaco Piero Sala.",
        "«No daremos marcha atrás», afirmó este lunes el alcalde Pedro Sala.",
        "«Não vamos recuar», disse nesta sexta-feira o prefeito Pedro Sala.",
        "« Nous ne reculerons pas », a affirmé mardi le maire, Pierre Sala.",
    ],
)
def test_a_time_between_the_verb_and_its_subject(text):
    assert _speakers(text)[0].endswith("Sala")


def test_an_object_between_the_verb_and_the_subject_description():
    text = "«No habrá recortes», dijo a la prensa la consejera de Salud, Marta Gil."
    assert _speakers(text) == ["Marta Gil"]


def test_a_dropped_subject_after_a_fronted_phrase_is_the_subject_before():
    text = (
        "Il ministro Carlo Ferri ha ricevuto i sindacati. "
        "Dopo l’incontro ha giudicato il confronto «utile ma ancora aperto»."
    )
    assert _speakers(text) == ["Carlo Ferri"]


def test_an_english_quantity_opening_a_sentence_is_not_a_dropped_subject():
    text = (
        "Senator Ruth Lowe spoke first. "
        "At least half of the members said the plan was “not ready yet.”"
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "La serie «Cielo rojo» se estrena en otoño.",
        "Il documentario «Acque nere» esce a marzo.",
        "Le documentaire « Terres brûlées » sort en mars.",
        "O documentário “Mar de sal” estreia em março.",
    ],
)
def test_titles_after_the_noun_of_a_work_are_not_quotes(text):
    assert extract_quotes(text) == ()


def test_a_short_partial_quote_before_a_romance_time_word_is_speech():
    text = "Selon Paul Roux, la ligne restera « très chargée » jusqu’à lundi."
    assert _speakers(text) == ["Paul Roux"]


@pytest.mark.parametrize(
    "text",
    [
        "Lo ha annunciato il sindaco, Paolo Sala: «Il ponte riapre a maggio».",
        "Lo dijo el alcalde, Pedro Sala: «El puente abre en mayo».",
    ],
)
def test_an_object_pronoun_before_the_verb_leaves_the_subject_after_it(text):
    assert _speakers(text)[0].endswith("Sala")


def test_a_role_noun_before_a_preposition_describes_the_person_in_apposition():
    text = (
        "La consejera de Cultura de Soria, Elena Gil, y el alcalde, Raúl Mena, abrieron "
        "la feria. La consejera prometió «más fondos para las bibliotecas rurales»."
    )
    assert _speakers(text) == ["Elena Gil"]


def test_a_gendered_role_noun_gives_the_gender_a_pronoun_needs():
    text = (
        "O treinador Artur Lobo e a presidente Dulce Pinho falaram no estádio. "
        "«Foram três anos de trabalho», disse ela."
    )
    assert _speakers(text) == ["Dulce Pinho"]


@pytest.mark.parametrize(
    "text",
    [
        "La operación «Cometa» se cerró con nueve detenidos.",
        "La operazione «Alba» si è chiusa con nove arresti.",
    ],
)
def test_a_reflexive_pronoun_alone_is_no_cue(text):
    assert extract_quotes(text) == ()


def test_a_reflexive_verb_is_a_cue_with_its_pronoun():
    quote = extract_quotes("« Enfin une bonne nouvelle », se réjouit la pêcheuse Anne Kerlo.")[0]
    assert (quote.cue, quote.speaker) == ("se réjouit", "Anne Kerlo")

"""The noun phrase before a name (entities.learn) and places that go on (mentions)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsnorm.quotes.entities import Entity, learn
from newsnorm.quotes.names import find_names


def _learnt(text: str, fullest: str) -> Entity:
    words = tuple(fullest.split())
    entity = Entity(fullest, frozenset(words), len(words))
    name = next(name for name in find_names(text) if name.words == words)
    learn(entity, text, name, inside=False)
    return entity


def test_noun_across_a_verb_is_not_the_names_noun() -> None:
    entity = _learnt("Last spring the board appointed Mira Okafor as treasurer.", "Mira Okafor")
    assert not entity.organisation


def test_company_before_a_role_noun_is_a_person() -> None:
    entity = _learnt("Then company spokeswoman Mira Okafor left the room.", "Mira Okafor")
    assert not entity.organisation
    assert entity.gender == "f"


def test_organisation_noun_right_before_the_name_still_counts() -> None:
    entity = _learnt("Shares of the carmaker Brellow Dynamics fell again.", "Brellow Dynamics")
    assert entity.organisation


def test_quote_after_a_verb_with_an_organisation_noun_names_the_person() -> None:
    from newsnorm import extract_quotes

    text = "The committee elected Mira Okafor chair on Monday.\n\n“We start tomorrow,” she said."
    quotes = list(extract_quotes(text))
    assert [quote.speaker for quote in quotes] == ["Mira Okafor"]


@given(st.text(max_size=200))
def test_learn_never_raises(text: str) -> None:
    for name in find_names(text):
        entity = Entity(" ".join(name.words), frozenset(name.words), len(name.words))
        learn(entity, text, name, inside=False)
        assert entity.mentions >= 1


def test_a_place_that_goes_on_is_not_the_speaker() -> None:
    from newsnorm import extract_quotes

    text = "At a fair in Dover, Kent, on Sunday, a man in the crowd kept shouting: “Not again!”"
    assert [quote.speaker for quote in extract_quotes(text)] == [None]


def test_a_name_after_a_place_before_the_verb_is_still_the_speaker() -> None:
    from newsnorm import extract_quotes

    text = "Speaking in Leeds, Mira Okafor said: “We are ready.”"
    assert [quote.speaker for quote in extract_quotes(text)] == ["Mira Okafor"]
    text = "At the hearing in Dover, Okafor, the treasurer, said: “We are ready.”"
    assert [quote.speaker for quote in extract_quotes(text)] == ["Okafor"]

"""The word lists quote attribution reads, loaded once from ``newsnorm/data``.

Speech verbs, honorifics, role nouns, pronouns, given names and the words around names
(party labels, generational suffixes) vary by language, so they are data
(``speech_verbs.json``, ``honorifics.json``, ``roles.json``, ``pronouns.json``,
``given_names.json``, ``names.json``), merged here into the sets and patterns the other modules use.

Examples:
    >>> "said" in lexicon().verbs, lexicon().gender_of_name("Sabine")
    (True, 'f')
"""

# Quotation marks and apostrophes are this module's subject, not typos.
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any, Final, NamedTuple

import attrs
import regex

_LANGUAGES = ("en", "fr", "de", "es", "it", "pt")


def _load(name: str) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(
        resources.files("newsnorm.data").joinpath(name).read_text(encoding="utf-8")
    )
    return raw


def _alternation(words: set[str] | frozenset[str]) -> str:
    """A regex alternation of *words*, longest first, spaces matching any run of spaces."""
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return "|".join(regex.escape(word).replace("\\ ", "[ \\t]++") for word in ordered)


@attrs.frozen
class Lexicon:
    """Every word list attribution needs, as frozen sets and compiled patterns."""

    verbs: frozenset[str]
    weak_verbs: frozenset[str]
    object_verbs: frozenset[str]
    sources: frozenset[str]
    honorifics: dict[str, str]
    organisation_nouns: frozenset[str]
    document_nouns: frozenset[str]
    organisation_heads: frozenset[str]
    place_heads: frozenset[str]
    role_suffixes: tuple[str, ...]
    definite: frozenset[str]
    indefinite: frozenset[str]
    function_words: frozenset[str]
    small_words: frozenset[str]
    """Function words casefolded: the words title case may leave in lowercase."""
    relatives: frozenset[str]
    person_relatives: frozenset[str]
    person_only_relatives: frozenset[str]
    """Relatives said of persons only ("who"): a name they follow is a person's."""
    subordinators: frozenset[str]
    place_prepositions: frozenset[str]
    """Prepositions that put the name after them as a place ("in Dover")."""
    """Words that open a subordinate clause ("when", "after"), casefolded."""
    """Relative pronouns that stand for a person as a verb's subject ("who", "qui")."""
    prepositions: frozenset[str]
    conjunctions: frozenset[str]
    adverbs: frozenset[str]
    plurals: frozenset[str]
    not_quote_after: frozenset[str]
    word_nouns: frozenset[str]
    """The nouns that present a word as a word ("the term"), not a title of a work."""
    object_clitics: frozenset[str]
    """Object pronouns alone before a verb whose subject follows it ("Lo ha detto")."""
    pro_drop_openers: frozenset[str]
    """Words opening a fronted phrase before a verb with no subject written ("Al termine")."""
    not_speaker_labels: frozenset[str]
    """Transcript labels that name no speaker ("VIDEO:", "CROSSTALK:"), casefolded."""
    determiners: frozenset[str]
    possessive_determiners: frozenset[str]
    person_nouns: frozenset[str]
    noun_articles: frozenset[str]
    clause_openers: frozenset[str]
    not_nouns: frozenset[str]
    pronoun_gender: dict[str, str]
    possessive_gender: dict[str, str]
    object_pronouns: frozenset[str]
    """Pronouns that are only objects ("him"): never said of the sentence's subject."""
    object_followers: frozenset[str]
    """Words after "her" that show it an object ("her up", "her that"), not a possessive."""
    noun_gender: dict[str, str]
    """Kin and role nouns, casefolded, with the gender they give ("daughter": "f")."""
    phrasal: dict[str, frozenset[str]]
    """Heads of phrasal speech verbs and their particles ("shot": {"back"})."""
    given_names: dict[str, str]
    auxiliaries: frozenset[str]
    party_words: frozenset[str]
    party_label: regex.Pattern[str]
    """A bracketed party and state label written after a name ("D-Mo.", "R-Ohio")."""
    party_letters: frozenset[str]
    """The party letters of those labels, also written alone ("(D)")."""
    generational_suffixes: frozenset[str]
    regnal_titles: frozenset[str]
    """Titles that belong to the name when a single name follows ("Pope Francis")."""
    modifier_suffixes: tuple[str, ...]
    title_words: frozenset[str]
    office_words: frozenset[str]
    """The complement of an office written with "of" ("Chief of Staff", "Secretary of Labor")."""
    time_words: frozenset[str]
    participle_endings: tuple[str, ...]
    past_endings: tuple[str, ...]
    verb_endings: tuple[str, ...]
    joined: regex.Pattern[str]
    abbreviation: regex.Pattern[str]
    """What ends an abbreviation rather than a sentence: "Mr.", "Rev.", "S." before a name."""
    """The conjunction between two joint speakers' names, with its spaces."""
    source: regex.Pattern[str]
    source_keys: tuple[str, ...]
    """The longest word of each source phrase, lowercased: cheap to find with ``str.find``."""

    def gender_of_name(self, word: str) -> str:
        """``"m"``, ``"f"`` or ``""`` for a given name."""
        return self.given_names.get(word, "")

    def is_role_compound(self, word: str) -> bool:
        """Whether *word* is a capitalised role compound such as "Energieexperte"."""
        return word.casefold().endswith(self.role_suffixes)


_WORD: Final = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*+")
_INVERTED: Final = regex.compile(r"(?:-t)?-(il|elle|on|ils|elles)$")


class Verb(NamedTuple):
    """A speech verb in the text, with its auxiliary and an inverted pronoun (a-t-il dit).

    Attributes:
        start: Offset of the cue (the auxiliary when there is one).
        end: End of the verb (and of its inverted pronoun).
        text: The cue as written.
        pronoun: The inverted pronoun ("il" in "a-t-il déclaré"), or "".
        pronoun_start: Offset of that pronoun.
    """

    start: int
    end: int
    text: str
    pronoun: str = ""
    pronoun_start: int = 0


def _verb(text: str, words: list[tuple[int, int, str]], index: int) -> Verb | None:
    """The speech verb made by ``words[index]`` (and the auxiliary before it), if any."""
    known = lexicon()
    start, end, word = words[index]
    pronoun, pronoun_start = "", 0
    inverted = _INVERTED.search(word) if "-" in word else None
    base = word[: inverted.start()] if inverted is not None else word
    if base not in known.verbs:
        return None
    if inverted is not None:
        pronoun, pronoun_start = inverted.group(1), start + inverted.start(1)
    if index > 0:
        aux_start, aux_end, aux = words[index - 1]
        aux_inverted = _INVERTED.search(aux) if "-" in aux else None
        aux_base = aux[: aux_inverted.start()] if aux_inverted is not None else aux
        if aux_base in known.auxiliaries and text[aux_end:start].strip() == "":
            if aux_inverted is not None and not pronoun:
                pronoun, pronoun_start = aux_inverted.group(1), aux_start + aux_inverted.start(1)
            start = aux_start
    return Verb(start, end, text[start:end], pronoun, pronoun_start)


def find_verbs(text: str, start: int, end: int, *, first: bool = False) -> list[Verb]:
    """The speech verbs in ``text[start:end]``, in order (only the first one with *first*).

    Examples:
        >>> [verb.text for verb in find_verbs("« Non », a-t-il déclaré, puis dit oui.", 0, 38)]
        ['a-t-il déclaré', 'dit']
    """
    words_known = lexicon()
    known = words_known.verbs
    phrasal = words_known.phrasal
    if first:
        return _first_verb(text, start, end, known, phrasal)
    found: list[Verb] = []
    # findall and str.find are cheaper than match objects. Each word opens with a letter and
    # none stands between two words, so find returns the word's own offset; only the words up
    # to a possible verb are located.
    words = _WORD.findall(text, start, end)
    # "Said Ana Ruiz: “…”": a capitalised verb that opens the stretch, read in lowercase
    opening = bool(words) and words[0][:1].isupper() and _opening_verb(text, start, words[0], known)
    offsets: list[int] = []
    located = 0  # len(offsets)
    position = start
    for index, written in enumerate(words):
        word = written.lower() if opening and index == 0 else written
        head = word in phrasal
        if not head and word not in known and "-" not in word:
            continue  # not a verb, nor one with an inverted pronoun (a-t-il)
        while located <= index:
            unlocated = words[located]
            position = text.find(unlocated, position)
            offsets.append(position)
            position += len(unlocated)
            located += 1
        if head:
            verb = _phrasal(text, offsets[index], offsets[index] + len(word), end, phrasal[word])
            if verb is not None:
                found.append(verb)
                continue
            if word not in known and "-" not in word:
                continue
        # the verb and the word before it (an auxiliary) are all that _verb reads
        at = offsets[index]
        if index > 0:
            before, before_at = words[index - 1], offsets[index - 1]
            pair = [(before_at, before_at + len(before), before), (at, at + len(word), word)]
            verb = _verb(text, pair, 1)
        else:
            verb = _verb(text, [(at, at + len(word), word)], 0)
        if verb is not None:
            found.append(verb)
    return found


def _opening_verb(text: str, start: int, word: str, known: frozenset[str]) -> bool:
    """Whether *word*, the first of ``text[start:]``, is a capitalised speech verb before a name.

    "Said Ana Ruiz: “…”", "Added the mayor …" is not read: only a capital after the verb
    ("Notes: …" is a heading).
    """
    if not word[:1].isupper() or word in known or word.lower() not in known:
        return False
    after = text.find(word, start) + len(word)
    return text[after : after + 1] == " " and text[after + 1 : after + 2].isupper()


def _first_verb(
    text: str,
    start: int,
    end: int,
    known: frozenset[str],
    phrasal: Mapping[str, frozenset[str]],
) -> list[Verb]:
    """The first speech verb in ``text[start:end]``, as a list of at most one.

    Words are matched one by one, so the reading stops at the verb.
    """
    previous: regex.Match[str] | None = None
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        if word in phrasal:
            verb = _phrasal(text, match.start(), match.end(), end, phrasal[word])
            if verb is not None:
                return [verb]
        if word not in known and "-" not in word:
            previous = match
            continue  # not a verb, nor one with an inverted pronoun (a-t-il)
        # the verb and the word before it (an auxiliary) are all that _verb reads
        words = [(match.start(), match.end(), word)]
        if previous is not None:
            words.insert(0, (previous.start(), previous.end(), previous.group()))
        verb = _verb(text, words, len(words) - 1)
        previous = match
        if verb is not None:
            return [verb]
    return []


def _phrasal(
    text: str, start: int, head_end: int, end: int, particles: frozenset[str]
) -> Verb | None:
    """The phrasal speech verb whose head ends at *head_end* ("shot back"), if any."""
    if not text.startswith(" ", head_end):
        return None
    particle = _WORD.match(text, head_end + 1, end)
    if particle is None or particle.group() not in particles:
        return None
    return Verb(start, particle.end(), text[start : particle.end()])


def verb_at(text: str, position: int, end: int) -> Verb | None:
    """The speech verb (with its auxiliary) that starts at *position*, if any.

    Examples:
        >>> verb_at("ha detto Ferrante", 0, 17).text
        'ha detto'
    """
    words = [
        (match.start(), match.end(), match.group())
        for match in _WORD.finditer(text, position, min(end, position + 40))
    ][:2]
    if not words or words[0][0] != position:
        return None
    verb = _verb(text, words, 0)
    if verb is None and len(words) > 1:
        verb = _verb(text, words, 1)
        if verb is not None and verb.start != position:
            return None
    return verb


_ELIDED: Final = regex.compile(r"^(?:l|d|dell|all|nell|dall|sull|un)['’]", regex.IGNORECASE)


def without_elision(word: str) -> str:
    """*word* without an elided article or preposition before it.

    Examples:
        >>> without_elision("l’entreprise"), without_elision("dell'ospedale")
        ('entreprise', 'ospedale')
    """
    if "'" not in word and "’" not in word:
        return word  # no apostrophe: nothing elided
    return _ELIDED.sub("", word)


@functools.cache
def lexicon() -> Lexicon:
    """The merged word lists (loaded on first use, then cached)."""
    verbs_data = _load("speech_verbs.json")
    roles = _load("roles.json")
    pronouns = _load("pronouns.json")
    honorific_data = _load("honorifics.json")
    names = _load("given_names.json")
    name_words = _load("names.json")
    around: dict[str, set[str]] = {}
    for language in _LANGUAGES:
        for key, value in name_words[language].items():
            around.setdefault(key, set()).update(value)
    letters = "".join(sorted(around["party_label_letters"])) or "-"
    finite: set[str] = set()
    participles: set[str] = set()
    auxiliaries: set[str] = set()
    sources: set[str] = set()
    weak: set[str] = set()
    object_verbs: set[str] = set()
    for language in _LANGUAGES:
        entry = verbs_data[language]
        finite.update(entry["finite"])
        finite.update(entry.get("object_speaker", ()))
        object_verbs.update(entry.get("object_speaker", ()))
        participles.update(entry["participles"])
        auxiliaries.update(entry["auxiliaries"])
        sources.update(entry["sources"])
        weak.update(entry.get("weak", ()))
    honorifics: dict[str, str] = {}
    for language in _LANGUAGES:
        for word, gender in honorific_data[language].items():
            honorifics.setdefault(word.rstrip("."), gender)
    pronoun_gender: dict[str, str] = {}
    possessive_gender: dict[str, str] = {}
    noun_gender: dict[str, str] = {}
    phrasal: dict[str, set[str]] = {}
    for language in _LANGUAGES:
        for phrase in verbs_data[language].get("phrasal", ()):
            head, particle = phrase.split(" ", 1)
            phrasal.setdefault(head, set()).add(particle)
    for language in _LANGUAGES:
        entry = pronouns[language]
        for key, gender in (("male", "m"), ("female", "f"), ("organisation", "o"), ("plural", "p")):
            for word in entry[key]:
                pronoun_gender.setdefault(word, gender)
        for key, gender in (("possessive_male", "m"), ("possessive_female", "f")):
            for word in entry[key]:
                possessive_gender.setdefault(word, gender)
        for key, gender in (("male_nouns", "m"), ("female_nouns", "f")):
            for word in entry.get(key, ()):
                noun_gender.setdefault(word.casefold(), gender)
    given = dict.fromkeys(names["female"], "f")
    given.update(dict.fromkeys(names["male"], "m"))
    verb_words = frozenset(word for word in finite | participles if " " not in word) - weak
    source = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?P<cue>{_alternation(sources)})(?![\p{{L}}\p{{M}}])",
        regex.IGNORECASE,
    )
    abbreviations = around["abbreviations"] | set(honorifics)
    return Lexicon(
        verbs=frozenset(verb_words),
        weak_verbs=frozenset(weak),
        object_verbs=frozenset(object_verbs),
        sources=frozenset(word.casefold() for word in sources),
        honorifics=honorifics,
        organisation_nouns=frozenset(word.casefold() for word in roles["organisation_nouns"]),
        document_nouns=frozenset(word.casefold() for word in roles["document_nouns"]),
        organisation_heads=frozenset(roles["organisation_heads"]) | around["organisation_heads"],
        place_heads=frozenset(roles["place_heads"]) | around["place_heads"],
        role_suffixes=tuple(roles["role_suffixes"]),
        definite=frozenset(roles["definite"]),
        indefinite=frozenset(roles["indefinite"]),
        function_words=frozenset(roles["function_words"]),
        small_words=frozenset(word.casefold() for word in roles["function_words"]),
        relatives=frozenset(roles["relatives"]),
        person_relatives=frozenset(roles.get("person_relatives", ())),
        person_only_relatives=frozenset(roles.get("person_only_relatives", ())),
        subordinators=frozenset(roles.get("subordinators", ())),
        place_prepositions=frozenset(roles.get("place_prepositions", ())),
        prepositions=frozenset(roles["prepositions"]),
        conjunctions=frozenset(roles["conjunctions"]),
        adverbs=frozenset(roles["adverbs"]),
        plurals=frozenset(word.casefold() for word in roles["plural_markers"]),
        not_quote_after=frozenset(word.casefold() for word in roles["not_quote_after"]),
        word_nouns=frozenset(word.casefold() for word in roles["word_nouns"]),
        pro_drop_openers=frozenset(roles.get("pro_drop_openers", ())),
        object_clitics=frozenset(roles.get("object_clitics", ())),
        not_speaker_labels=frozenset(
            word.casefold() for word in roles.get("not_speaker_labels", ())
        ),
        determiners=frozenset(roles["definite"]) | frozenset(roles["indefinite"]),
        possessive_determiners=frozenset(roles["possessive_determiners"]),
        person_nouns=frozenset(roles["person_nouns"]),
        noun_articles=frozenset(roles["noun_articles"]),
        clause_openers=frozenset(roles["relatives"]) | frozenset(roles["conjunctions"]),
        not_nouns=frozenset(verb_words)
        | frozenset(roles["prepositions"])
        | frozenset(roles["conjunctions"])
        | frozenset(roles["relatives"])
        | frozenset(roles["adverbs"])
        | frozenset(pronoun_gender)
        | frozenset(roles["auxiliaries_and_modals"])
        | frozenset(roles["not_quote_noun_words"]),
        pronoun_gender=pronoun_gender,
        possessive_gender=possessive_gender,
        object_pronouns=frozenset(
            word for language in _LANGUAGES for word in pronouns[language].get("object", ())
        ),
        object_followers=frozenset(
            word
            for language in _LANGUAGES
            for word in pronouns[language].get("object_followers", ())
        ),
        noun_gender=noun_gender,
        phrasal={head: frozenset(particles) for head, particles in phrasal.items()},
        given_names=given,
        auxiliaries=frozenset(auxiliaries),
        party_words=frozenset(around["party_words"]),
        party_letters=frozenset(around["party_label_letters"]),
        party_label=regex.compile(rf"[{regex.escape(letters)}]-\p{{Lu}}[\p{{L}}.]{{0,12}}+"),
        generational_suffixes=frozenset(around["generational_suffixes"]),
        regnal_titles=frozenset(around.get("regnal_titles", ())),
        modifier_suffixes=tuple(sorted(around["modifier_suffixes"])),
        title_words=frozenset(around["title_words"]),
        office_words=frozenset(around.get("office_words", ())),
        time_words=frozenset(around["time_words"]),
        participle_endings=tuple(sorted(around["clause_participle_endings"])),
        past_endings=tuple(sorted(around["past_endings"])),
        verb_endings=tuple(sorted(around["verb_endings"])),
        abbreviation=regex.compile(rf"(?:^|[^\p{{L}}])(?:\p{{Lu}}|{_alternation(abbreviations)})$"),
        joined=regex.compile(rf"[ \t]++(?:{_alternation(around['joining_conjunctions'])})[ \t]++"),
        source=source,
        source_keys=tuple(sorted({max(phrase.lower().split(), key=len) for phrase in sources})),
    )

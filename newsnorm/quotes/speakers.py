"""Speakers: from the mention a cue names to the fullest name the document gives.

Every name in the document is indexed once. Names that share words form one entity
("Ushakov" and "Kremlin aide Yury Ushakov"; "Mr. Xi" and "Xi Jinping"), whose fullest
form is the speaker's name. Each entity gathers what the text says about it: titles and
role words before the name ("Police spokesperson"), an age (", 34," or "34-year-old"), a
gender (from an honorific, a given name, or the first "he"/"she" after it), and whether it
is a person or an organisation.

A pronoun or a dropped subject goes to the most salient person before the cue: sentence by
sentence backwards, the source of an "according to" first, then the first-named person,
keeping only those of the pronoun's gender. A description goes to the entity it describes:
"the company" to the last organisation, "the 34-year-old" to the person of that age,
"the spokesman" to the person introduced as a spokesperson, and otherwise to the most
salient person. An indefinite description ("a senior official") names nobody.

Example:
    >>> text = "Sprinter Leah Mbeki retired. “Enough,” the 31-year-old wrote."
    >>> from newsnorm.quotes.cues import cue_after
    >>> cue = cue_after(text, 36, len(text))
    >>> Speakers(text, (), [(0, len(text))]).resolve(cue.mention, cue.start)[0]
    'Leah Mbeki'
"""

# Quotation marks and apostrophes are this module's subject, not typos.
# ruff: noqa: RUF001

from __future__ import annotations

import bisect
from typing import Final

import attrs
import regex

from newsnorm.quotes.cues import Mention
from newsnorm.quotes.lexicon import lexicon
from newsnorm.quotes.names import Name, find_names
from newsnorm.quotes.sentences import boundaries

_LOOK_BACK: Final = 8
"""How many sentences back a pronoun may find its person."""
_AGE_AFTER: Final = regex.compile(
    r",[ \t]*+(\d{1,3})(?:[ \t]++(?:ans|Jahre|años|anni|anos))?[ \t]*+,"
)
_AGE_WORD: Final = regex.compile(
    r"(\d{1,3})[\-\u2011 ](?:year-old|Jährige[rn]?|jährige[rn]?|ans|años|anni|anos)"
)
_PRONOUN: Final = regex.compile(
    r"(?<![\p{L}])(?:he|she|his|her|him|hers|himself|herself|il|elle|er|sie|ella|él|lui|lei|ele|ela)(?![\p{L}])"
)
_APPOSITION: Final = regex.compile(
    r",[ \t]*+(?:the|his|her|its|le|la|el|il|der|die)[ \t]++([^,\n]{1,60}),"
)
_CANDIDATES: Final = 40
"""How many earlier entities sharing a word a new name is compared with."""
_SALIENT_REACH: Final = 80
"""How many earlier name occurrences a pronoun looks through."""
_ACCORDING_REACH: Final = 60
_FULLER_HITS: Final = 50
_FULLER_REACH: Final = 10_000
"""How far from its first mention a one-word name's fuller form is looked for."""
"""How many occurrences of a one-word name are searched for its fuller form."""


@attrs.define
class _Entity:
    """What the document says about one person or organisation (built once, then read)."""

    fullest: str
    words: frozenset[str]
    size: int
    gender: str = ""
    person: bool = False
    organisation: bool = False
    mid_sentence: bool = False
    known: bool = False
    gender_checked: bool = False
    ends: list[int] = attrs.Factory(list)
    ages: set[str] = attrs.Factory(set)
    roles: set[str] = attrs.Factory(set)


@attrs.frozen
class _Occurrence:
    start: int
    end: int
    entity: int
    quoted: bool
    sentence: int
    according: bool


_GENDER_EVIDENCE: Final = 3
"""How many mentions of an entity are searched for a following "he" or "she"."""


def _lower_words_before(text: str, position: int) -> list[str]:
    """Up to three lowercase words right before *position* ("former port manager")."""
    found: list[str] = []
    for word in reversed(text[max(0, position - 60) : position].split()[-3:]):
        if not (word[:1].islower() or word[:1].isdigit()) or not word[-1:].isalnum():
            break
        found.append(word)
    if text[position - 1 : position] not in (" ", "\t"):
        return []
    return found


def _is_common_plural(word: str) -> bool:
    """Whether a capitalised *word* is a common noun for people ("Residents", "Fans")."""
    words = lexicon()
    folded = word.casefold()
    return (
        folded in words.plurals
        or folded in words.person_nouns
        or folded.removesuffix("s") in words.person_nouns
        or folded.removesuffix("es") in words.person_nouns
    )


def _is_organisation_noun(word: str) -> bool:
    folded = word.casefold()
    return folded in lexicon().organisation_nouns or folded.endswith(("maker", "airline"))


def _role_stem(word: str) -> str:
    word = word.casefold()
    for ending in ("woman", "man", "person", "people"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word.removesuffix("in") if len(word) > 6 else word


class Speakers:
    """The entities of one document and the resolution of mentions to them."""

    def __init__(
        self, text: str, quoted: tuple[tuple[int, int], ...], ranges: list[tuple[int, int]]
    ) -> None:
        """Index the names of *text* in *ranges* (sorted); *quoted* are the quote spans."""
        self._text = text
        self._sentence_starts = [0]
        self._entities: list[_Entity] = []
        self._occurrences: list[_Occurrence] = []
        self._by_start: dict[int, int] = {}
        self._by_word: dict[str, list[int]] = {}
        self._fuller: dict[frozenset[str], Name | None] = {}
        quoted_starts = [span[0] for span in quoted]
        for start, end in ranges:
            self._sentence_starts.extend(gap[1] for gap in boundaries(text, start, end))
        sources = [
            match.end()
            for start, end in ranges
            for match in lexicon().source.finditer(text, start, end)
        ]
        for start, end in ranges:
            for name in find_names(text, start, end):
                index = bisect.bisect_right(quoted_starts, name.start) - 1
                inside = index >= 0 and name.start < quoted[index][1]
                entity = self._entity_for(name)
                self._learn(entity, name, inside=inside)
                sentence = bisect.bisect_right(self._sentence_starts, name.start) - 1
                source = bisect.bisect_right(sources, name.chain_start) - 1
                according = (
                    source >= 0
                    and sources[source] >= self._sentence_starts[sentence]
                    and name.chain_start - sources[source] < _ACCORDING_REACH
                )
                occurrence = _Occurrence(name.start, name.end, entity, inside, sentence, according)
                self._by_start[name.start] = len(self._occurrences)
                self._occurrences.append(occurrence)
        self._starts = [occurrence.start for occurrence in self._occurrences]

    def _fullest(self, entity: _Entity) -> str:
        """The entity's fullest name, looking through the whole text for a fuller form."""
        if entity.size > 1 or entity.organisation:
            return entity.fullest
        key = entity.words
        if key not in self._fuller:
            self._fuller[key] = None
            word = next(iter(key))
            pattern = regex.compile(
                rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word)}(?![\p{{L}}\p{{M}}])"
            )
            first = entity.ends[0] if entity.ends else 0
            stretch = (
                max(0, first - _FULLER_REACH),
                min(len(self._text), first + _FULLER_REACH // 5),
            )
            for count, hit in enumerate(pattern.finditer(self._text, *stretch)):
                if count >= _FULLER_HITS:
                    break
                window = find_names(
                    self._text, max(0, hit.start() - 60), min(len(self._text), hit.end() + 60)
                )
                for name in window:
                    if name.start <= hit.start() < name.end and key < frozenset(name.words):
                        if not name.possessive or self._fuller[key] is None:
                            self._fuller[key] = name
                        break
                if self._fuller[key] is not None:
                    break
        fuller = self._fuller[key]
        return fuller.label if fuller is not None else entity.fullest

    def _entity_for(self, name: Name) -> int:
        key = frozenset(name.words)
        candidates: set[int] = set()
        for word in key:
            candidates.update(self._by_word.get(word, ())[-_CANDIDATES:])
        for index in sorted(candidates, reverse=True):
            entity = self._entities[index]
            if key <= entity.words:
                return index
            if entity.words <= key and len(name.words) > 1:
                for word in key - entity.words:
                    self._by_word.setdefault(word, []).append(index)
                entity.words = key
                entity.fullest = name.label
                entity.size = len(name.words)
                return index
        self._entities.append(_Entity(name.label, key, len(name.words)))
        index = len(self._entities) - 1
        for word in key:
            self._by_word.setdefault(word, []).append(index)
        return index

    def _learn(self, index: int, name: Name, *, inside: bool) -> None:
        words = lexicon()
        entity = self._entities[index]
        text = self._text
        last = name.words[-1]
        if (
            any(word in words.organisation_heads for word in name.words)
            or "&" in text[name.start : name.end]
        ):
            entity.organisation = True
        opening = text[max(0, name.chain_start - 4) : name.chain_start].strip(" \t\"“„«»‘'")
        if (opening and opening[-1] not in ".!?\n:") or len(name.words) > 1:
            entity.mid_sentence = True
        if any(_is_organisation_noun(title) for title in name.titles):
            entity.organisation = True
        elif name.titles or (name.gender and len(name.words) > 1):
            entity.person = entity.known = True
        entity.gender = entity.gender or name.gender
        entity.roles.update(_role_stem(title) for title in name.titles)
        if not inside:
            for word in _lower_words_before(text, name.chain_start):
                stem = _role_stem(word)
                entity.roles.add(stem)
                if _is_organisation_noun(word):
                    entity.organisation = True
                age = _AGE_WORD.match(word)
                if age:
                    entity.ages.add(age.group(1))
                    entity.person = entity.known = True
        if inside:
            return
        after = text[name.end : name.end + 40]
        age = _AGE_AFTER.match(after)
        if age:
            entity.ages.add(age.group(1))
            entity.person = entity.known = True
        apposition = _APPOSITION.match(text, name.end, min(len(text), name.end + 90))
        if apposition:
            for word in apposition.group(1).split():
                entity.roles.add(_role_stem(word))
        before = text[max(0, name.chain_start - 12) : name.chain_start].split()[-1:]
        introduced = bool(before) and (
            before[0].casefold() in words.definite or before[0].casefold() in words.prepositions
        )
        if (
            len(name.words) > 1
            and not entity.organisation
            and last not in words.place_heads
            and not introduced
        ):
            entity.person = True
        if len(entity.ends) < _GENDER_EVIDENCE:
            entity.ends.append(name.end)

    def _gender(self, entity: _Entity) -> str:
        """The entity's gender, looking at the first "he"/"she" after its mentions if need be."""
        if entity.gender or entity.gender_checked:
            return entity.gender
        entity.gender_checked = True
        words = lexicon()
        for end in entity.ends:
            following = _PRONOUN.search(self._text, end, min(len(self._text), end + 160))
            if following is not None:
                word = following.group()
                gender = words.possessive_gender.get(word) or words.pronoun_gender.get(word, "")
                if gender in ("m", "f"):
                    entity.gender = gender
                    break
        return entity.gender

    def _entity_at(self, name: Name) -> int | None:
        index = self._by_start.get(name.start)
        return self._occurrences[index].entity if index is not None else None

    def _salient(
        self, position: int, gender: str, *, weak_too: bool = True
    ) -> tuple[int, int, int] | None:
        """The most salient person before *position*: (entity, start, end) of its mention."""
        last = bisect.bisect_left(self._starts, position)
        if last == 0:
            return None
        current = self._occurrences[last - 1].sentence
        groups: dict[int, list[_Occurrence]] = {}
        index = last - 1
        while index >= max(0, last - _SALIENT_REACH):
            occurrence = self._occurrences[index]
            if occurrence.sentence < current - _LOOK_BACK:
                break
            if not occurrence.quoted:
                groups.setdefault(occurrence.sentence, []).append(occurrence)
            index -= 1
        weak: tuple[int, int, int] | None = None
        for sentence in sorted(groups, reverse=True):
            ordered = sorted(groups[sentence], key=lambda item: (not item.according, item.start))
            for occurrence in ordered:
                entity = self._entities[occurrence.entity]
                if not entity.person or entity.organisation or not entity.mid_sentence:
                    continue
                if gender and self._gender(entity) not in ("", gender):
                    continue
                found = occurrence.entity, occurrence.start, occurrence.end
                if entity.known or self._gender(entity):
                    return found
                weak = weak or found  # a run of capitals only: taken if no one surer
        return weak if weak_too else None

    def _latest(
        self, position: int, *, organisation: bool, role: str = "", age: str = ""
    ) -> int | None:
        index = bisect.bisect_left(self._starts, position) - 1
        floor = max(-1, index - 200)
        while index > floor:
            occurrence = self._occurrences[index]
            entity = self._entities[occurrence.entity]
            index -= 1
            if occurrence.quoted or not entity.mid_sentence:
                continue
            if organisation and entity.organisation:
                return occurrence.entity
            if age and age in entity.ages:
                return occurrence.entity
            if role and not entity.organisation and role in entity.roles:
                return occurrence.entity
        return None

    def resolve(
        self, mention: Mention | None, position: int
    ) -> tuple[str | None, int | None, int | None]:
        """The speaker a *mention* at a cue at *position* names, with the mention's offsets.

        Returns ``(None, None, None)`` when nobody is named.
        """
        if mention is None:
            return None, None, None
        words = lexicon()
        if mention.kind in ("name", "document") and mention.name is not None:
            entity = self._entity_at(mention.name)
            if entity is None:
                return mention.name.label, mention.start, mention.end
            found_entity = self._entities[entity]
            if found_entity.size == 1 and not (found_entity.person or found_entity.organisation):
                if not found_entity.mid_sentence and _is_common_plural(mention.name.words[0]):
                    return None, None, None  # "Fans outside the ground sang": a common noun
                article = self._text[
                    max(0, mention.name.chain_start - 5) : mention.name.chain_start
                ]
                if article.split()[-1:] and article.split()[-1].casefold() in words.definite:
                    # "the Romanian said": a description written with a capital
                    mention = Mention("definite", mention.start, mention.end, mention.name.words[0])
                    return self._describe(mention, position)
            return self._fullest(found_entity), mention.start, mention.end
        found: int | None = None
        if mention.kind in ("pronoun", "dropped"):
            gender = words.pronoun_gender.get(mention.word, "") if mention.kind == "pronoun" else ""
            if gender == "o":
                found = self._latest(position, organisation=True)
            elif gender in ("", "m", "f"):
                salient = self._salient(position, gender)
                if salient is not None:
                    found = salient[0]
                    if mention.kind == "dropped":
                        return self._fullest(self._entities[found]), salient[1], salient[2]
        elif mention.kind == "definite":
            return self._describe(mention, position)
        if found is None:
            return None, None, None
        return self._fullest(self._entities[found]), mention.start, mention.end

    def _describe(
        self, mention: Mention, position: int
    ) -> tuple[str | None, int | None, int | None]:
        """Resolve a definite description ("the spokesperson", "the 34-year-old")."""
        words = lexicon()
        head = mention.word
        age = _AGE_WORD.match(head)
        if head in words.organisation_nouns:
            found = self._latest(position, organisation=True)
        elif age is not None:
            found = self._latest(position, organisation=False, age=age.group(1))
        else:
            found = self._latest(position, organisation=False, role=_role_stem(head))
        if found is None and head not in words.organisation_nouns:
            salient = self._salient(position, "", weak_too=False)
            found = salient[0] if salient is not None else None
        if found is None:
            return None, None, None
        return self._fullest(self._entities[found]), mention.start, mention.end

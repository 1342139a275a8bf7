"""Mentions: who the words before or after a speech verb name, read as a :class:`Mention`.

A cue's subject (or, after "according to", its object) is a name, a pronoun, a definite
description ("the spokesperson"), a relation ("her husband"), an indefinite description
("one resident": nobody named) or nothing at all (Spanish and Italian drop the pronoun:
«…», aseguró). The words are cut at commas, brackets and dashes, and the chunks read in
turn: relative clauses, ages and prepositional phrases are skipped, and a name in apposition
is preferred to a description ("the Kremlin's spokesman, Dmitri Peskov").

Examples:
    >>> text = "Qin Gang, the ambassador at the time, wrote"
    >>> mention = read_subject(Document(text), 0, 37, left=True)
    >>> mention.kind, text[mention.start : mention.end]
    ('name', 'Qin Gang')
"""

# Quotation marks and apostrophes are this module's subject, not typos.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import functools
from typing import Final, NamedTuple

import regex

from newsnorm.quotes.document import Document
from newsnorm.quotes.lexicon import lexicon, without_elision
from newsnorm.quotes.names import PARTICLE_WORDS, Name, particles_of_name

_WORD: Final = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-]*+")
_CLAUSE_BREAK: Final = regex.compile(r"[,;:()\u2014\u2013]| - ")
COMPLEMENTISERS: Final = frozenset(
    {"that", "que", "qu’", "qu'", "dass", "che", "how", "whether", "ob"}
)
_PARTICLE_NAME: Final = regex.compile(r"(?:de|van|von|ter|ten|da|di|du|dos|al)[ \t]++\p{Lu}")
# The particles that pattern opens with: a cheap str test before it runs.
_PARTICLES: Final = ("de", "van", "von", "ter", "ten", "da", "di", "du", "dos", "al")
_APPOSITION_WORDS: Final = 5
_ASIDES: Final = 3
"""How many pieces between an apposition and the name it follows are looked through."""
# What follows a dateline's place: more places after slashes, an agency in brackets, then a
# colon or a dash.
_DATELINE_AFTER: Final = regex.compile(
    r"(?:[ \t]*+/[ \t]*+\p{Lu}[\p{Lu}\p{M}'’.\-]*+(?:[ \t]++\p{Lu}[\p{Lu}\p{M}'’.\-]*+)*+)*+"
    r"[ \t]*+(?:\([^)\n]{0,30}\)[ \t]*+)?[:\u2014\u2013\-]"
)
# One to three lowercase words, the last a role, between an organisation and its person.
_ROLE_GAP: Final = regex.compile(
    r"[ \t]++(?:\p{Ll}[\p{Ll}\-]*+[ \t]++){0,2}(\p{Ll}[\p{Ll}\-]*+)[ \t]++"
)
SUBJECT_REACH: Final = 60
_RELATIVE_REACH: Final = 60
"""How far before the verb a relative pronoun and the name it stands for are looked for."""
_ROLE_REACH: Final = 25
"""How far after an organisation or a place the person it introduces may start."""
_ROLE_BREAK: Final = regex.compile(r"[,;:()]|\b(?:and|or|und|et|y|e)\b")
_DEMONSTRATIVES: Final = frozenset(
    {
        "este",
        "esta",
        "estos",
        "estas",
        "ese",
        "esa",
        "questo",
        "questa",
        "quel",
        "cette",
        "ce",
        "diese",
        "dieser",
        "dieses",
        "this",
        "these",
        "that",
        "those",
        "todos",
        "tutti",
        "tous",
    }
)
# A preposition and a demonstrative written as one word before a time ("nesta terça-feira").
_CONTRACTED_DEMONSTRATIVES: Final = frozenset(
    {"nesta", "neste", "nessa", "nesse", "desta", "deste", "nella", "questa", "questo"}
)
_AUXILIARIES: Final = frozenset({"has", "had", "was", "have", "were", "is"})
_PARTICIPLE_LENGTH: Final = 4
"""Shorter words in "-ing" ("king", "ring") are nouns, not participles."""
_ADVERB_LENGTH: Final = 5
"""Longer words in "-ly" are adverbs ("quickly"), which may follow a subject."""
_AGE: Final = regex.compile(r"\d{1,3}(?:[ \t]++(?:ans|Jahre|años|anni|anos))?")


class Mention(NamedTuple):
    """Who a cue names: the words of a subject (or an object after "according to").

    Attributes:
        kind: "name", "pronoun", "definite", "relation" (a description of someone through
            another: "her husband"), "indefinite", "document" (a statement of the
            organisation in *name*) or "dropped" (no subject written).
        start: Offset of the mention (the cue's end for "dropped").
        end: End offset.
        word: The pronoun or the head noun of a description, casefolded.
        name: The name, for "name" and "document".
    """

    kind: str
    start: int
    end: int
    word: str = ""
    name: Name | None = None


def first_word_of(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The first word of ``text[start:end]``, as a list of at most one.

    Examples:
        >>> first_word_of("— Ana Ruiz", 0, 10)
        [(2, 5, 'Ana')]
    """
    match = _WORD.search(text, start, end)
    return [(match.start(), match.end(), match.group())] if match is not None else []


def words_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of ``text[start:end]`` as (start, end, word).

    Examples:
        >>> words_in("So, Ana left.", 0, 13)
        [(0, 2, 'So'), (4, 7, 'Ana'), (8, 12, 'left')]
    """
    found: list[tuple[int, int, str]] = []
    # findall and str.find are cheaper than match objects. Each word opens with a letter,
    # mark or digit and none stands between two words, so find returns the word's own offset.
    for word in _WORD.findall(text, start, end):
        start = text.find(word, start)
        found.append((start, start + len(word), word))
        start += len(word)
    return found


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """*text[start:end]* cut at commas, brackets and dashes."""
    pieces: list[tuple[int, int]] = []
    segment = text[start:end]
    if (
        "," not in segment
        and ";" not in segment
        and ":" not in segment
        and "(" not in segment
        and ")" not in segment
        and "\u2014" not in segment
        and "\u2013" not in segment
        and " - " not in segment
    ):
        return [(start, end)]  # none of the breaks: no need for the pattern
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, end))
    return pieces


def _opens_name(document: Document, tokens: list[tuple[int, int, str]]) -> bool:
    """Whether the capitalised particle *tokens* open is a name's ("De Blasio said").

    :mod:`~newsnorm.quotes.names` keeps such a particle in the name, in lowercase, when the
    text writes the name that way before ("Bill de Blasio").
    """
    words = [token[2] for token in tokens]
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in PARTICLE_WORDS:
        lead += 1
    return lead > 0 and particles_of_name(document.text, tokens[0][0], words, lead)


def _is_modifier(text: str, name: Name, floor: int) -> bool:
    """Whether *name* sits inside a prepositional phrase ("of the Fair Bills Campaign")."""
    words = lexicon()
    before = words_in(text, max(floor, name.chain_start - 30), name.chain_start)
    if name.words[0][:1].islower() or text[name.chain_start : name.start][:1].islower():
        return bool(before) and before[-1][2][:1].islower()
    if len(before) > 1 and before[-1][2].endswith(("’s", "'s")):
        before = before[:-1]  # "of Ana Ruiz’s Volta Grid": the possessor sits in the phrase too
        while len(before) > 1 and before[-1][2][:1].isupper():
            before = before[:-1]
    last = before[-1][2].casefold() if before else ""
    honorific = bool(name.titles) and name.titles[-1] in words.honorifics
    if len(before) == 1 and honorific and last in words.determiners:
        return False  # an article opening the phrase before a title: "a Dra. Helena Prates"
    if last in words.definite and len(before) > 1:
        if last in words.prepositions:
            return True  # "das", "der" after a word: "a ministra das Finanças"
        before = before[:-1]
    elif last in words.definite:
        return False  # an article opening the phrase: "teilte das Unternehmen Kessler mit"
    if len(before) > 1 and before[-2][2] in words.honorifics and name.titles:
        return False  # "Speaker of the House Rep. Ana Ruiz": an office, then its holder
    return bool(before) and before[-1][2].casefold() in words.prepositions


def _is_adjective(text: str, name: Name, end: int) -> bool:
    """Whether a one-word name is an adjective in a description ("the Chinese ambassador").

    A name with a title is a person's ("that Mr. Hale was asked"), never an adjective.
    """
    if len(name.words) > 1 or name.titles:
        return False
    words = lexicon()
    before = text[max(0, name.chain_start - 12) : name.chain_start].split()[-1:]
    after = first_word_of(text, name.end, end)
    return (
        bool(before)
        and before[0].casefold() in words.determiners
        and bool(after)
        and after[0][2][:1].islower()
    )


def _is_noun_modifier(text: str, name: Name, end: int) -> bool:
    """Whether *name* modifies the common noun after it ("a former Vance aide").

    The word right after the name is a lowercase noun for a person or an organisation
    ("aide", "supporters", "campaign"): the name describes someone else, who is not named.

    Examples:
        >>> from newsnorm.quotes.names import find_names
        >>> text = "a Vance aide"
        >>> _is_noun_modifier(text, find_names(text)[0], len(text))
        True
    """
    if name.possessive or not text.startswith(" ", name.end):
        return False
    after = first_word_of(text, name.end, end)
    if not after or after[0][0] != name.end + 1:
        return False
    folded = after[0][2].casefold()
    words = lexicon()
    singular = folded.removesuffix("s")
    return after[0][2][:1].islower() and (
        folded in words.person_nouns
        or singular in words.person_nouns
        or folded in words.organisation_nouns
        or folded in words.plurals
    )


def _is_article_noun(text: str, name: Name) -> bool:
    """Whether a one-word name is a capitalised noun after a German article ("ein Sprecher")."""
    if len(name.words) > 1 or name.words[0].isupper():
        return False  # "der ADAC": an acronym is a name, never a common noun
    before = text[max(0, name.chain_start - 8) : name.chain_start].split()[-1:]
    if name.chain_start < name.start:  # "Die Ministerin betonte": the article opens the run
        before = [word.casefold() for word in text[name.chain_start : name.start].split()]
    return len(before) == 1 and before[0] in lexicon().noun_articles


def _description(document: Document, start: int, end: int) -> Mention | None:
    """A mention made of common words: a pronoun or a (definite or indefinite) description."""
    words = lexicon()
    text = document.text
    tokens = words_in(text, start, end)
    if not tokens:
        return None
    first_start, first_end, first = tokens[0]
    folded = first.casefold()
    if len(tokens) == 1 and folded in words.pronoun_gender:
        return Mention("pronoun", first_start, first_end, folded)
    head_tokens = tokens
    for index, (_, _, word) in enumerate(tokens[1:], start=1):
        if word.casefold() in words.prepositions or word.casefold() in words.relatives:
            head_tokens = tokens[:index]
            break
    head = without_elision(head_tokens[-1][2].casefold())  # "l’entreprise": "entreprise"
    last_end = head_tokens[-1][1]
    if folded in words.indefinite or (_AGE.fullmatch(first) and len(tokens) > 1):
        kind = "indefinite"
        if head in words.document_nouns:
            for name in document.names(start, end):
                return Mention("document", name.start, name.end, head, name)
    elif (
        folded in words.definite or first.endswith(("’s", "'s")) or folded.startswith(("l’", "l'"))
    ):
        kind = "definite"
        if folded in words.possessive_determiners or any(
            word.endswith(("’s", "'s")) for _, _, word in head_tokens[:-1]
        ):
            kind = "relation"  # "her husband", "Ruiz’s lawyer", "the mayor’s aide": someone else
        if head in words.plurals or head in words.document_nouns:
            kind = "indefinite"
    elif head in words.plurals or first[:1].isupper():
        kind = "indefinite"
    elif len(tokens) <= 2:
        kind = "definite"  # a bare role: "police said"
    else:
        return None
    return Mention(kind, first_start, last_end, head)


def _after_role(text: str, names: list[Name], *, unit: bool = True) -> Name:
    """The person in "said Northline Rail chief executive Ana Ruiz": the name after a role.

    With *unit*, also the titled person a bare name leads to ("Harbour Police Sgt. Ana Ruiz").
    """
    first = names[0]
    if len(names) < 2 or first.possessive:
        return first
    words = lexicon()
    gap = _ROLE_GAP.fullmatch(text, first.end, names[1].chain_start)
    if gap is not None:
        role = gap.group(1).casefold().rsplit("-", 1)[-1]  # "co-host": a host
        if role in words.person_nouns or role.capitalize() in words.honorifics:
            return names[1]
    second = names[1]
    if (
        unit
        and not (first.titles or first.gender)
        and (second.titles or second.gender)
        and second.chain_start - first.end <= _ROLE_REACH
        and _ROLE_BREAK.search(text, first.end, second.chain_start) is None
    ):
        return second  # "said Harbour Police Sgt. Ana Ruiz": the person the unit leads to
    return first


def _is_time_word(word: str, following: str) -> bool:
    """Whether *word*, after a verb and before its subject, says when ("ayer", "este martes").

    Examples:
        >>> _is_time_word("jeudi", "la"), _is_time_word("este", "martes"), _is_time_word("el", "x")
        (True, True, False)
    """
    words = lexicon()
    return word in words.time_words or (
        word.casefold() in _DEMONSTRATIVES | _CONTRACTED_DEMONSTRATIVES
        and following in words.time_words
    )


def _is_capitalised_article(word: str) -> bool:
    """Whether *word* is a German article opening a sentence ("Der ADAC"), not a relative.

    Examples:
        >>> _is_capitalised_article("Der"), _is_capitalised_article("der")
        (True, False)
    """
    return word[:1].isupper() and word.casefold() in lexicon().noun_articles


def _chunk_mention(
    document: Document,
    start: int,
    end: int,
    *,
    left: bool,
    tokens: list[tuple[int, int, str]] | None = None,
) -> Mention | None:
    """The mention in one chunk; *tokens* are its words when the caller has read them."""
    words = lexicon()
    text = document.text
    if tokens is None:
        tokens = words_in(text, start, end)
    if left:
        # after the last complementiser ("said that she …"): the words that follow it
        for index in range(len(tokens) - 1, -1, -1):
            if tokens[index][2].casefold() in COMPLEMENTISERS:
                start = tokens[index][1]
                tokens = tokens[index + 1 :]
                break
    while tokens and ((last := tokens[-1][2].casefold()) in words.adverbs or last in _AUXILIARIES):
        end = tokens[-1][0]
        tokens = tokens[:-1]  # a new list: the caller may still read its own
    if not tokens:
        return None
    while left and len(tokens) > 1 and tokens[0][2].casefold() in words.conjunctions:
        start = tokens[1][0]
        tokens = tokens[1:]  # "And he said": the conjunction joins sentences
    while not left and len(tokens) > 1 and _is_time_word(tokens[0][2], tokens[1][2]):
        start = tokens[1][0]
        tokens = tokens[1:]  # "dijo este martes el alcalde": the time, then the subject
    if (
        left
        and tokens[0][2].casefold() in words.clause_openers
        and not _is_capitalised_article(tokens[0][2])
    ):
        return None
    first_folded = tokens[0][2].casefold()
    if first_folded in words.pronoun_gender and (
        len(tokens) == 1
        or not (left or first_folded in words.definite)
        or (
            left
            and first_folded not in words.possessive_determiners
            and all(token[2][:1].islower() for token in tokens[1:])
        )  # "She went on to say": the pronoun, then its verb phrase
    ):
        return Mention("pronoun", tokens[0][0], tokens[0][1], tokens[0][2].casefold())
    if left and tokens[-1][2].casefold() in words.pronoun_gender:
        return Mention("pronoun", tokens[-1][0], tokens[-1][1], tokens[-1][2].casefold())
    names = [
        name
        for name in document.names(start, end)
        if not name.possessive
        and not _is_modifier(text, name, start)
        and not _is_adjective(text, name, end)
        and not _is_article_noun(text, name)
        and not _is_noun_modifier(text, name, end)
    ]
    if names:
        name = names[-1] if left else _after_role(text, names)
        if (
            left
            and len(names) > 1
            and words.joined.fullmatch(text, names[-2].end, names[-1].chain_start) is not None
        ):
            name = names[-2]  # "Ana Ruiz and Tom Hale wrote": the first of joint speakers
        return Mention("name", name.start, name.end, name=name)
    if not left and first_folded in words.prepositions:
        second = tokens[1][2].casefold() if len(tokens) > 1 else ""
        if first_folded not in words.determiners or second in words.determiners | _DEMONSTRATIVES:
            return None  # "dijo a los periodistas": an object, not the subject
    return _description(document, start, end)


def read_subject(document: Document, start: int, end: int, *, left: bool) -> Mention | None:
    """Read the mention in ``text[start:end]``: before its verb (*left*) or after it.

    Examples:
        >>> text = "Qin Gang, the ambassador at the time, wrote"
        >>> mention = read_subject(Document(text), 0, 37, left=True)
        >>> text[mention.start:mention.end]
        'Qin Gang'
    """
    text = document.text
    segment = text[start:end]
    piece = segment.strip()
    if piece.isalpha() and piece.islower() and _is_lone_pronoun(piece, left):
        # "he said": one lowercase word, no break, read without chunks or names
        word_start = start + len(segment) - len(segment.lstrip())
        return Mention("pronoun", word_start, word_start + len(piece), piece.casefold())
    return _read_chunks(document, start, end, left=left)


def _read_chunks(document: Document, start: int, end: int, *, left: bool) -> Mention | None:
    """:func:`read_subject` chunk by chunk, without its shortcut for a lone pronoun."""
    text = document.text
    chunks = _chunks(text, start, end)
    if left:
        chunks.reverse()
    words = lexicon()
    found: Mention | None = None
    for index, (chunk_start, chunk_end) in enumerate(chunks[:4]):
        piece = text[chunk_start:chunk_end].strip()
        if not piece or (
            (piece[1:2] == "-" or (len(piece) < 3 and piece[0].isupper()))
            and _is_label_piece(piece)
        ):
            continue  # "(D-Mo.)": the party and state of the name beside it
        chunk_words = words_in(text, chunk_start, chunk_end)
        first = chunk_words[:1]
        first_word = first[0][2].casefold() if first else ""
        if (  # an aside: the same test as _is_aside, written out on this hot path
            left
            and not (piece.startswith(_PARTICLES) and _PARTICLE_NAME.match(piece))
            and not (first_word in _PARTICLES and _opens_name(document, chunk_words))
            and (
                (first_word in words.relatives and not _is_capitalised_article(first[0][2]))
                or (first_word in words.prepositions and first_word not in words.determiners)
                or first_word in words.adverbs
                or (piece[:1].isdigit() and _AGE.fullmatch(piece))  # isdigit covers \d
                or _is_participle(first[0][2] if first else "")
            )
        ):
            if index == 0:
                # "Ana Ruiz, who said", "a post from Ana Ruiz who wrote": the relative's name
                relative = _relative_subject(document, start, end)
                if relative is not None:
                    return relative
                if first_word in words.relatives:
                    inside = _name_after_relative(document, chunk_words, chunk_end)
                    if inside is not None:
                        return inside  # "the speech, which Ruiz said was": its subject
            continue
        mention = _chunk_mention(document, chunk_start, chunk_end, left=left, tokens=chunk_words)
        if mention is None:
            if not left and not (index == 0 and _is_object_then_subject(chunk_words)):
                return found
            continue
        if (
            left
            and mention.kind == "name"
            and 0 < index < len(chunks) - 1
            and _opens_aside(text, chunks[index - 1])
            and _continues_place(document, chunks[index + 1], chunk_start, chunk_end)
        ):
            continue  # "at a rally in Dover, Kent, on Monday": the place goes on
        if mention.kind in ("name", "pronoun", "document"):
            if found is not None and len(chunk_words) > _APPOSITION_WORDS:
                return found  # not an apposition of the description, another clause
            if (
                left
                and mention.kind == "name"
                and index + 1 < len(chunks)
                and _may_be_apposition(chunk_words, mention)
            ):
                return _fronted_name(document, chunks[index + 1 :], mention)
            return mention
        if found is not None:
            return found
        found = mention  # a description: an apposition next to it may hold the name
    return found


@functools.lru_cache(maxsize=1024)
def _is_lone_pronoun(word: str, left: bool) -> bool:
    """Whether a stretch that holds only the lowercase *word* reads as a pronoun subject.

    The same tests as :func:`read_subject` and :func:`_chunk_mention` make on a chunk of one
    lowercase word (no label, no aside, no complementiser, adverb or clause opener); they
    depend on the word alone, so the answer is cached.
    """
    words = lexicon()
    folded = word.casefold()
    if left and (
        not (word.startswith(_PARTICLES) and _PARTICLE_NAME.match(word))
        and (
            folded in words.relatives
            or (folded in words.prepositions and folded not in words.determiners)
            or folded in words.adverbs
            or _is_participle(word)
        )
    ):
        return False  # an aside: read_subject looks further
    if left and (folded in COMPLEMENTISERS or folded in words.clause_openers):
        return False
    if folded in words.adverbs or folded in _AUXILIARIES:
        return False
    return folded in words.pronoun_gender


def _is_object_then_subject(chunk_words: list[tuple[int, int, str]]) -> bool:
    """Whether the words after a verb are its object, then a description of its subject.

    "disse à Lusa a presidente da associação, Maria Silva", "dijo a los periodistas el
    ministro, Juan Gil": the description's name follows in apposition.

    Examples:
        >>> _is_object_then_subject(words_in("à Lusa a presidente", 0, 19))
        True
        >>> _is_object_then_subject(words_in("a los periodistas de la región", 0, 30))
        False
    """
    words = lexicon()
    folded = [word.casefold() for _, _, word in chunk_words]
    if not folded or folded[0] not in words.prepositions:
        return False
    return any(
        folded[index] in words.determiners
        and folded[index - 1] not in words.prepositions
        and folded[index - 1] not in words.determiners
        for index in range(2, len(folded) - 1)
    )


@functools.cache
def _relative_tails() -> frozenset[str]:
    """The last words of relatives written in two words ("quale" of "il quale")."""
    return frozenset(
        relative.rsplit(maxsplit=1)[-1]
        for relative in lexicon().person_relatives
        if " " in relative
    )


def _name_after_relative(
    document: Document, chunk_words: list[tuple[int, int, str]], end: int
) -> Mention | None:
    """The name between a relative and the verb: "which Ana Ruiz said", "whom Ruiz calls".

    The relative is then the verb's object, and the name its subject.
    """
    if len(chunk_words) < 2 or not chunk_words[1][2][:1].isupper():
        return None
    names = document.names(chunk_words[1][0], end)
    if len(names) != 1 or names[0].possessive or names[0].chain_start != chunk_words[1][0]:
        return None
    name = names[0]
    if document.text[name.end : end].strip():
        return None
    return Mention("name", name.start, name.end, name=name)


def opens_subordinate(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a subordinate clause that a comma closes.

    In "When Hale spoke, Ruiz said “…”", the first verb is the subordinate clause's, not the
    sentence's main verb.

    Examples:
        >>> opens_subordinate("After Hale left, Ruiz said", 0, 22)
        True
        >>> opens_subordinate("Ruiz said after Hale left", 0, 25)
        False
    """
    first = first_word_of(text, start, min(end, start + _RELATIVE_REACH))
    return (
        bool(first)
        and first[0][2].casefold() in lexicon().subordinators
        and text.find(",", first[0][1], end) >= 0
    )


def _relative_subject(document: Document, start: int, end: int) -> Mention | None:
    """The name a relative pronoun right before the verb stands for ("Ana Ruiz, who said").

    Only a relative that stands for a person ("who", "qui"), with adverbs at most between
    it and the verb, and a name right before it (a comma between at most).

    Examples:
        >>> text = "Then came the host Ana Ruiz, who also wrote"
        >>> mention = _relative_subject(Document(text), 0, 38)
        >>> text[mention.start : mention.end]
        'Ana Ruiz'
    """
    words = lexicon()
    text = document.text
    floor = max(start, end - _RELATIVE_REACH)
    # A cheap look at the last word first: most cues have no relative before them.
    stop = end
    while stop > floor and text[stop - 1] in " \t\u00a0":
        stop -= 1
    last = text[max(floor, text.rfind(" ", floor, stop) + 1) : stop].casefold()
    if last in words.adverbs:
        plain = text[floor:stop].split()
        while len(plain) > 1 and plain[-1].casefold() in words.adverbs:
            plain.pop()
        last = plain[-1].casefold() if plain else ""
    if last not in words.person_relatives and last not in _relative_tails():
        return None
    tail = words_in(text, floor, end)
    while tail and tail[-1][2].casefold() in words.adverbs:
        tail.pop()
    if len(tail) < 2:
        return None
    relative = tail[-1][2].casefold()
    position = tail[-1][0]
    if relative not in words.person_relatives:
        relative = f"{tail[-2][2].casefold()} {relative}"  # "il quale"
        position = tail[-2][0]
        if relative not in words.person_relatives:
            return None
    stop = position
    while stop > start and text[stop - 1] in " \t\u00a0":
        stop -= 1
    if stop > start and text[stop - 1] == ",":
        stop -= 1
    names = document.names(max(start, stop - _RELATIVE_REACH), stop)
    if not names or names[-1].end != stop or names[-1].possessive:
        return None
    name = names[-1]
    return Mention("name", name.start, name.end, name=name)


def _is_label_piece(piece: str) -> bool:
    """Whether a piece between breaks is a party-and-state label ("D-Mo.", "R").

    Examples:
        >>> _is_label_piece("D-Mo."), _is_label_piece("D"), _is_label_piece("Ohio")
        (True, True, False)
    """
    words = lexicon()
    bare = piece.rstrip(".")
    if len(bare) == 1:
        return bare in words.party_letters
    return piece[1:2] == "-" and words.party_label.fullmatch(bare) is not None


def _is_aside(piece: str, chunk_words: list[tuple[int, int, str]]) -> bool:
    """Whether a piece before a verb is an aside, not its subject ("in Ohio", "who ran")."""
    words = lexicon()
    first = chunk_words[:1]
    first_word = first[0][2].casefold() if first else ""
    return not (piece.startswith(_PARTICLES) and _PARTICLE_NAME.match(piece)) and (
        (first_word in words.relatives and not _is_capitalised_article(first[0][2]))
        or (first_word in words.prepositions and first_word not in words.determiners)
        or first_word in words.adverbs
        or (piece[:1].isdigit() and _AGE.fullmatch(piece) is not None)  # isdigit covers \d
        or _is_participle(first[0][2] if first else "")
    )


def _may_be_apposition(chunk_words: list[tuple[int, int, str]], mention: Mention) -> bool:
    """Whether the piece that holds *mention* can be an apposition, not a clause of its own.

    It can when it is the name alone ("Ohio") or opens with a lowercase word ("a former
    aide at Acme"), an article or a party word ("Republican of Ohio"); a piece that goes on
    after its opening name ("Hale went after Ruiz") or opens with another name has its own
    subject.
    """
    if not chunk_words:
        return False
    if chunk_words[0][0] >= mention.start:
        return chunk_words[-1][1] <= mention.end  # the name alone: "Ohio", "(Tex.)"
    first = chunk_words[0][2]
    words = lexicon()
    return (
        not first[:1].isupper()
        or first in words.party_words
        or first.casefold() in words.determiners  # "The Apprentice", a show named aside
    )


def _fronted_name(document: Document, before: list[tuple[int, int]], mention: Mention) -> Mention:
    """The subject a sentence opens with, when *mention* is only in an apposition after it.

    In "Ana Ruiz, chair of Northline Rail, said" and "Tom Hale (Ohio) said" the name next
    to the verb is an apposition; the subject is the piece before it that is a name and
    nothing else. *before* are the pieces further from the verb, nearest first; asides
    and pieces that open in lowercase ("during a visit to Lyon", "now retired in Lyon")
    between the two are passed over. A name shown to be a
    person's (a title, a given name) is kept: it is the subject itself ("In Lyon, Mayor
    Ana Ruiz said").
    """
    name = mention.name
    if name is None or name.titles or name.gender:
        return mention
    text = document.text
    for index, (chunk_start, chunk_end) in enumerate(before[:_ASIDES]):
        piece = text[chunk_start:chunk_end].strip()
        if not piece or (
            (piece[1:2] == "-" or (len(piece) < 3 and piece[0].isupper()))
            and _is_label_piece(piece)
        ):
            continue
        chunk_words = words_in(text, chunk_start, chunk_end)
        if piece[:1].islower() or _is_aside(piece, chunk_words):
            continue  # "now retired in Lyon", "a former aide": more of the apposition
        bare = _bare_name(document, chunk_start, chunk_end, chunk_words)
        if bare is None or (
            index + 1 < len(before) and _ends_with_name(document, *before[index + 1])
        ):
            return mention  # "at a rally in Dover, New Jersey, Hale said": a place goes on
        return Mention("name", bare.start, bare.end, name=bare)
    return mention


def _opens_aside(text: str, piece: tuple[int, int]) -> bool:
    """Whether *piece* opens with a preposition or a relative ("on Monday", "which …")."""
    words = lexicon()
    first = first_word_of(text, *piece)
    folded = first[0][2].casefold() if first else ""
    return folded in words.relatives or (
        folded in words.prepositions and folded not in words.determiners
    )


def _continues_place(document: Document, previous: tuple[int, int], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only a name that goes on from a place before it.

    In "in Dover, Kent, on Monday" the piece "Kent" follows a name inside a prepositional
    phrase ("in Dover"): it is more of that place, never a speaker.
    """
    text = document.text
    names = document.names(start, end)
    if len(names) != 1 or text[start : names[0].chain_start].strip() or names[0].titles:
        return False
    if text[names[0].end : end].strip(" \t."):
        return False
    before = document.names(*previous)
    return (
        bool(before)
        and not text[before[-1].end : previous[1]].strip(" \t")
        and _is_modifier(text, before[-1], previous[0])
    )


def _ends_with_name(document: Document, start: int, end: int) -> bool:
    """Whether a name ends the piece ``text[start:end]`` ("at a rally in Dover")."""
    names = document.names(start, end)
    return bool(names) and not document.text[names[-1].end : end].strip(" \t.")


def _bare_name(
    document: Document, start: int, end: int, chunk_words: list[tuple[int, int, str]]
) -> Name | None:
    """The name that a piece is made of, with at most a determiner before it, or ``None``."""
    names = document.names(start, end)
    if len(names) != 1 or names[0].possessive or _is_dateline(document.text, names[0]):
        return None
    name = names[0]
    tail = document.text[name.end : end].strip(" \t.")
    if tail:
        return None
    words = lexicon()
    lead = [word for word in chunk_words if word[1] <= name.chain_start]
    if any(word[2].casefold() not in words.determiners for word in lead):
        return None
    return name


def _is_participle(word: str) -> bool:
    """Whether a lowercase *word* is a participle that opens an aside ("playing", "citing").

    Examples:
        >>> _is_participle("playing"), _is_participle("Ring"), _is_participle("thing")
        (True, False, True)
    """
    return (
        len(word) > _PARTICIPLE_LENGTH
        and word[:1].islower()
        and word.endswith(lexicon().participle_endings)
    )


def _is_dateline(text: str, name: Name) -> bool:
    """Whether *name* is a dateline in capitals before a colon or a dash ("PARIS (AP) —").

    Examples:
        >>> from newsnorm.quotes.names import find_names
        >>> text = "OSLO/ BERGEN: Ana Ruiz left."
        >>> [_is_dateline(text, name) for name in find_names(text)]
        [True, True, False]
    """
    return (
        len(name.label) > 1
        and name.label.isupper()
        and _DATELINE_AFTER.match(text, name.end) is not None
    )


def leading_subject(document: Document, start: int, end: int) -> Mention | None:
    """The person a sentence opens with: a name or "he"/"she" among its first words.

    Examples:
        >>> text = "Rusu was full of praise. She left."
        >>> mention = leading_subject(Document(text), 0, 24)
        >>> text[mention.start : mention.end]
        'Rusu'
    """
    words = lexicon()
    text = document.text
    first = first_word_of(text, start, min(end, start + 40))
    if first and words.pronoun_gender.get(first[0][2].casefold()) in ("m", "f"):
        return Mention("pronoun", first[0][0], first[0][1], first[0][2].casefold())
    names = document.names(start, min(end, start + SUBJECT_REACH))
    for index, name in enumerate(names):
        if _is_dateline(text, name):
            continue  # "BEIJING/ MOSCOW: Ana Ruiz said …": the place a report was filed from
        if _is_adjective(text, name, end):
            continue  # "The French minister, Ana Ruiz, said": an adjective, not the subject
        if name.possessive or _is_modifier(text, name, start):
            return None
        # "Band member Ana Ruiz wrote": the person after the role, not the band
        person = _after_role(text, names[index : index + 2], unit=False)
        return Mention("name", person.start, person.end, name=person)
    return None

"""Entities: what a document says about one person or organisation, mention by mention.

Names that share words form one entity ("Ushakov" and "Kremlin aide Yury Ushakov"). Each
mention adds to it: titles and role words before the name ("Police spokesperson"), an age
(", 34," or "34-year-old"), an apposition (", the mayor,"), a gender from an honorific or a
given name, and whether it is a person or an organisation.

Examples:
    >>> from newsnorm.quotes.names import find_names
    >>> text = "Energy firm Volta Grid hired Ana Ruiz, 41, in May."
    >>> entity = Entity("Ana Ruiz", frozenset({"Ana", "Ruiz"}), 2)
    >>> learn(entity, text, find_names(text)[-1], inside=False)
    >>> entity.person, sorted(entity.ages)
    (True, ['41'])
"""

# Quotation marks and apostrophes are this module's subject, not typos.
# ruff: noqa: RUF001

from __future__ import annotations

from typing import Final

import attrs
import regex

from newsnorm.quotes.lexicon import lexicon, without_elision
from newsnorm.quotes.names import Name

_AGE_AFTER: Final = regex.compile(
    r",[ \t]*+(\d{1,3})(?:[ \t]++(?:ans|Jahre|años|anni|anos))?[ \t]*+,"
)
AGE_WORD: Final = regex.compile(
    r"(\d{1,3})[\-\u2011 ](?:year-old|Jährige[rn]?|jährige[rn]?|ans|años|anni|anos)"
)
_APPOSITION: Final = regex.compile(
    r",[ \t]*+(?:the|his|her|its|le|la|el|il|der|die)[ \t]++([^,\n]{1,60}),"
)
# A lowercase noun and a comma right before a name: "her daughter, Ana Ruiz".
_NOUN_COMMA: Final = regex.compile(r"(?<![\p{L}\p{M}\-])(\p{Ll}[\p{L}\p{M}\-]*+),[ \t]++$")
_PREPOSITION_REACH: Final = 8
"""The longest place preposition read right before a one-word name, with its space."""
_VERB_REACH: Final = 20
"""The longest speech verb read right after a one-word name, with its space."""
_GENDER_EVIDENCE: Final = 3
_ACRONYM: Final = 3
"""How many capitals a one-word name needs to be read as an organisation's acronym."""
"""How many mentions of an entity are searched for a following "he" or "she"."""
_WORD_AFTER_COMMA: Final = regex.compile(r",[ \t]++(\p{Ll}++)(?![\p{L}\p{M}])")
MODIFIER_GAP: Final = 40
_ROLE_ENDINGS: Final = ("er", "or", "ist", "ian", "ant", "ent")
"""Endings of English role nouns ("speechwriter", "strategist"), rare on verbs in "-s"."""
"""The longest run of role words read between a modifying name and the name it qualifies."""
_SHORT_ED: Final = 4
"""Lowercase words in "-ed" longer than this end a noun phrase: verbs ("the board hired")."""


@attrs.define
class Entity:
    """What the document says about one person or organisation (built once, then read)."""

    fullest: str
    words: frozenset[str]
    size: int
    gender: str = ""
    person: bool = False
    organisation: bool = False
    mid_sentence: bool = False
    known: bool = False
    place: bool = False
    """Named once right after a place preposition ("in Dover")."""
    speaks: bool = False
    """Named once as the subject of a speech verb ("Hale said"), perhaps opening a sentence."""
    gender_checked: bool = False
    ends: list[int] = attrs.Factory(list)
    ages: set[str] = attrs.Factory(set)
    roles: set[str] = attrs.Factory(set)
    ordered: tuple[str, ...] = ()
    """The words of the fullest form, in order."""
    mentions: int = 1
    pending: list[tuple[Name, bool]] = attrs.Factory(list)
    """Mentions not yet learnt from (learnt when the entity is first consulted)."""


def fits(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether the name *short* can be a shorter form of the name *full*: the same last word.

    A generational suffix aside ("Lund", "Victor Lund", "Ed Lund Jr."). "White" is not
    "White House" and "Ford" is not "Ford Motor".

    Examples:
        >>> fits(("Lund",), ("Victor", "Lund")), fits(("White",), ("White", "House"))
        (True, False)
    """
    if short == full:
        return True
    words = lexicon()
    last = full[-1]
    if len(full) > 1 and last.rstrip(".") in words.generational_suffixes:
        last = full[-2]
    return short[-1] == last


def fits_organisation(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether *short* is the first part of *full*: a firm without its head, a family name.

    "Valdris" for "Valdris Motors"; "Xi" for "Xi Jinping", a family name written first. Only
    used when no name fits by its last word: a person "Ford" never becomes "Ford Motor".

    Examples:
        >>> fits_organisation(("Valdris",), ("Valdris", "Motors"))
        True
        >>> fits_organisation(("White",), ("White", "House"))
        False
    """
    words = lexicon()
    if len(short) >= len(full) or full[: len(short)] != short:
        return False
    if full[-1] in words.organisation_heads:
        return True
    # a family name written first, unless the two words are a place ("White House")
    return len(short) == 1 and len(full) == 2 and full[-1] not in words.place_heads


_ROLE_WORDS: Final = 3
"""How many lowercase role words are read before a name ("former port manager")."""


def _lower_words_before(text: str, position: int) -> list[str]:
    """Up to three lowercase words right before *position* ("former port manager")."""
    if text[position - 1 : position] not in (" ", "\t"):
        return []
    found: list[str] = []
    not_nouns = lexicon().not_nouns
    for word in reversed(text[max(0, position - 60) : position].split()[-_ROLE_WORDS:]):
        if not (word[:1].islower() or word[:1].isdigit()) or not word[-1:].isalnum():
            break
        if word in not_nouns or (word.endswith("ed") and len(word) > _SHORT_ED):
            break  # "the court since Ruiz", "the board hired Ruiz": not the name's noun
        found.append(word)
    return found


def modifies(text: str, end: int, following: int, *, titled: bool = False) -> bool:
    """Whether the name ending at *end* only qualifies the role of the name at *following*.

    "Obama consultant Cornell Belcher": between the two names stand only the role words
    of the second (as the words before a name are read), so the first is not the
    sentence's subject. The last of those words must be a person's role, or the second
    name must carry its title (*titled*): "Ruiz met Lund" and "Ruiz told reporters Lund …"
    have a verb between them.

    Examples:
        >>> text = "Obama consultant Cornell Belcher agreed."
        >>> modifies(text, 5, 17), modifies("Ruiz met Lund.", 4, 9)
        (True, False)
    """
    if not 0 < following - end <= MODIFIER_GAP or text[end : end + 1] != " ":
        return False
    gap = text[end + 1 : following - 1].split()
    if not 0 < len(gap) <= _ROLE_WORDS:
        return False
    if not titled:  # "Clinton campaign Chairman John Podesta": the title is the role's head
        words = lexicon()
        head = gap[-1].casefold()  # "consultant", not "met" ("Ruiz met Lund")
        if not (
            head.endswith(_ROLE_ENDINGS)
            or head in words.person_nouns
            or head in words.noun_gender
            or role_stem(head) != head
            or head.title() in words.title_words
        ):
            return False
    return len(_lower_words_before(text, following)) == len(gap)


def _speaks(text: str, name: Name) -> bool:
    """Whether a one-word *name* is the subject of the speech verb right after it ("Hale said").

    A common plural ("Officials said") is not a name.
    """
    end = name.end
    if name.possessive or text[end : end + 1] != " ":
        return False
    space = text.find(" ", end + 1, end + _VERB_REACH)
    after = text[end + 1 : space if space >= 0 else end + _VERB_REACH].rstrip(".,;:!?")
    return after in lexicon().verbs and not is_common_plural(name.words[0])


def _is_introduced(text: str, position: int) -> bool:
    """Whether an article or a preposition comes right before *position* ("the Red Cross")."""
    words = lexicon()
    before = text[max(0, position - 12) : position].split()[-1:]
    return bool(before) and (
        before[0].casefold() in words.definite or before[0].casefold() in words.prepositions
    )


def is_common_plural(word: str) -> bool:
    """Whether a capitalised *word* is a common noun for people ("Residents", "Fans")."""
    words = lexicon()
    folded = word.casefold()
    return (
        folded in words.plurals
        or folded in words.person_nouns
        or folded.removesuffix("s") in words.person_nouns
        or folded.removesuffix("es") in words.person_nouns
    )


def is_organisation_noun(word: str) -> bool:
    """Whether *word* is a common noun for an organisation ("company", "carmaker").

    Examples:
        >>> is_organisation_noun("Carmaker"), is_organisation_noun("nurse")
        (True, False)
    """
    folded = word.casefold()
    return folded in lexicon().organisation_nouns or folded.endswith(("maker", "airline"))


def role_stem(word: str) -> str:
    """The part of a role word that stays across its forms ("spokeswoman" → "spokes").

    Examples:
        >>> role_stem("Spokeswoman") == role_stem("spokesman")
        True
    """
    word = word.casefold()
    for ending in ("woman", "man", "person", "people"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word.removesuffix("in") if len(word) > 6 else word


def _is_acronym(words: tuple[str, ...], places: frozenset[str]) -> bool:
    """Whether a name is one acronym of three or more capitals ("SNCF"), not a place."""
    return (
        len(words) == 1
        and len(words[0]) >= _ACRONYM
        and words[0].isupper()
        and words[0].isalpha()
        and words[0] not in places
    )


def learn(entity: Entity, text: str, name: Name, *, inside: bool) -> None:
    """Add what the text says around one mention *name* to *entity*.

    Examples:
        >>> from newsnorm.quotes.names import find_names
        >>> text = "Police spokesperson Ana Ruiz, 41, said so."
        >>> entity = Entity("Ana Ruiz", frozenset({"Ana", "Ruiz"}), 2)
        >>> learn(entity, text, find_names(text)[-1], inside=False)
        >>> entity.person, sorted(entity.ages), sorted(entity.roles)
        (True, ['41'], ['spokes'])
    """
    words = lexicon()
    if (
        not words.organisation_heads.isdisjoint(name.words)
        or text.find("&", name.start, name.end) >= 0
        or _is_acronym(name.words, words.place_heads)
    ):
        entity.organisation = True
    opening = text[max(0, name.chain_start - 4) : name.chain_start].strip(" \t\"“„«»‘'")
    if (opening and opening[-1] not in ".!?\n:") or len(name.words) > 1:
        entity.mid_sentence = True
    if len(name.words) == 1 and not inside:
        start = name.chain_start
        if not entity.place and text[start - 1 : start] == " ":
            floor = max(0, start - _PREPOSITION_REACH)
            preposition = text[max(floor, text.rfind(" ", floor, start - 1) + 1) : start - 1]
            if preposition.casefold() in words.place_prepositions:
                entity.place = True  # "in Dover": a place, whose "Dover said" is an institution's
        if not entity.speaks and _speaks(text, name):
            # "Hale said …", even opening a sentence: the subject of a speech verb speaks;
            # a "he" or "she" said of it later makes it a person (countries speak too)
            entity.speaks = True
    if name.titles:
        if name.titles[-1] not in words.honorifics and any(
            is_organisation_noun(title) for title in name.titles
        ):  # "Harbour Police Sgt. Ana Ruiz": the honorific nearest the name makes a person
            entity.organisation = True
        else:
            entity.person = entity.known = True
        entity.roles.update(role_stem(title) for title in name.titles)
    elif name.gender and len(name.words) > 1:
        entity.person = entity.known = True
    entity.gender = entity.gender or name.gender
    if inside:
        return
    noun_gender = words.noun_gender
    person_noun = False
    for written in _lower_words_before(text, name.chain_start):
        word = without_elision(written)
        folded = word.casefold()
        entity.roles.add(role_stem(word))
        if is_organisation_noun(word):
            # "company spokeswoman Ana Ruiz": a person noun nearer the name is the head
            entity.organisation = entity.organisation or not person_noun
            break
        gender = noun_gender.get(folded, "")
        entity.gender = entity.gender or gender
        person_noun = person_noun or bool(gender) or folded in words.person_nouns
        age = AGE_WORD.match(word) if word[:1].isdigit() else None  # "41-year-old"
        if age:
            entity.ages.add(age.group(1))
            entity.person = entity.known = True
    if text.startswith(",", name.end):
        relative = _WORD_AFTER_COMMA.match(text, name.end, name.end + 20)
        if relative is not None and relative.group(1) in words.person_only_relatives:
            entity.person = entity.known = True  # "Rihanna, who was honoured": a person
        age = _AGE_AFTER.match(text, name.end, name.end + 40)
        if age:
            entity.ages.add(age.group(1))
            entity.person = entity.known = True
        apposition = _APPOSITION.match(text, name.end, min(len(text), name.end + 90))
        if apposition:
            for word in apposition.group(1).split():
                entity.roles.add(role_stem(word))
                entity.gender = entity.gender or noun_gender.get(word.casefold(), "")
    low = max(0, name.chain_start - 30)
    # the pattern ends in a comma and blanks: without them before the name, it cannot match
    before = (
        _NOUN_COMMA.search(text, low, name.chain_start)
        if text[low : name.chain_start].rstrip(" \t\n").endswith(",")
        else None
    )
    if before is not None:  # "her daughter, Ana Ruiz"
        entity.gender = entity.gender or noun_gender.get(before.group(1).casefold(), "")
    if (
        len(name.words) > 1
        and not entity.organisation
        and name.words[-1] not in words.place_heads
        and not _is_introduced(text, name.chain_start)
    ):
        entity.person = True
    if len(entity.ends) < _GENDER_EVIDENCE:
        entity.ends.append(name.end)

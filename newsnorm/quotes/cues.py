"""Cues: the speech verb or source phrase that attributes a quote, and its subject.

Two places hold a quote's cue. Right after the closing mark, in the direct form
(“…,” she said / “…,” said Ravi Menon / »…«, sagte sie / « … », a-t-il déclaré), the
cue opens or closes a short clause whose subject is the speaker. Before the opening mark,
in the same sentence, a reporting verb introduces the quote (X told reporters: “…” /
X called the plan “…” / Selon elle, la direction « … »). Either way the subject (or, after
"according to", the object) is read as a :class:`Mention`: a name, a pronoun, a definite
description ("the spokesperson"), an indefinite one ("one resident": nobody named) or
nothing at all (Spanish and Italian drop the pronoun: «…», aseguró).

Example:
    >>> text = "“We stay,” said Mila Novak."
    >>> cue = cue_after(text, 9, len(text))
    >>> cue.text, text[cue.mention.start:cue.mention.end]
    ('said', 'Mila Novak')
"""

# Quotation marks and apostrophes are this module's subject, not typos.
# ruff: noqa: RUF001

from __future__ import annotations

from typing import Final

import attrs
import regex

from newsnorm.quotes.lexicon import Verb, find_verbs, lexicon
from newsnorm.quotes.names import Name, find_names
from newsnorm.quotes.sentences import boundaries

WINDOW: Final = 260
"""How far from a quote its cue may be, in characters."""

_WORD: Final = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-]*+")
_LEADING_PUNCTUATION: Final = regex.compile(r"[ \t]*+[,;:\u2014\u2013\-]?+[ \t]*+")
_CLAUSE_BREAK: Final = regex.compile(r"[,;:()\u2014\u2013]| - ")
_COMPLEMENTISERS: Final = frozenset(
    {"that", "que", "qu’", "qu'", "dass", "che", "how", "whether", "ob"}
)
_PARTICLE_NAME: Final = regex.compile(r"(?:de|van|von|ter|ten|da|di|du|dos|al)[ \t]++\p{Lu}")
_APPOSITION_WORDS: Final = 5
_SUBJECT_REACH: Final = 60
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
_AUXILIARIES: Final = frozenset({"has", "had", "was", "have", "were", "is"})
_AGE: Final = regex.compile(r"\d{1,3}(?:[ \t]++(?:ans|Jahre|años|anni|anos))?")


@attrs.frozen
class Mention:
    """Who a cue names: the words of a subject (or an object after "according to").

    Attributes:
        kind: "name", "pronoun", "definite", "indefinite", "document" (a statement of
            the organisation in *name*) or "dropped" (no subject written).
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


@attrs.frozen
class Cue:
    """A cue and the mention it attributes the quote to.

    Attributes:
        start: Offset of the cue words.
        end: End offset.
        text: The cue as written ("said", "a-t-il déclaré", "according to").
        mention: The subject or source, ``None`` when none could be read.
    """

    start: int
    end: int
    text: str
    mention: Mention | None


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [
        (match.start(), match.end(), match.group()) for match in _WORD.finditer(text, start, end)
    ]


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """*text[start:end]* cut at commas, brackets and dashes."""
    pieces: list[tuple[int, int]] = []
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, end))
    return pieces


def _is_modifier(text: str, name: Name, floor: int) -> bool:
    """Whether *name* sits inside a prepositional phrase ("of the Fair Bills Campaign")."""
    words = lexicon()
    before = _words(text, max(floor, name.chain_start - 30), name.chain_start)
    if name.words[0][:1].islower() or text[name.chain_start : name.start][:1].islower():
        return bool(before) and before[-1][2][:1].islower()
    if before and before[-1][2].casefold() in words.definite and len(before) > 1:
        before = before[:-1]
    return bool(before) and before[-1][2].casefold() in words.prepositions


def _is_adjective(text: str, name: Name, end: int) -> bool:
    """Whether a one-word name is an adjective in a description ("the Chinese ambassador")."""
    if len(name.words) > 1:
        return False
    words = lexicon()
    before = text[max(0, name.chain_start - 12) : name.chain_start].split()[-1:]
    after = _words(text, name.end, end)[:1]
    return (
        bool(before)
        and before[0].casefold() in words.determiners
        and bool(after)
        and after[0][2][:1].islower()
    )


def _description(text: str, start: int, end: int) -> Mention | None:
    """A mention made of common words: a pronoun or a (definite or indefinite) description."""
    words = lexicon()
    tokens = _words(text, start, end)
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
    head = head_tokens[-1][2].casefold()
    last_end = head_tokens[-1][1]
    if folded in words.indefinite or (_AGE.fullmatch(first) and len(tokens) > 1):
        kind = "indefinite"
        if head in words.document_nouns:
            for name in find_names(text, start, end):
                return Mention("document", name.start, name.end, head, name)
    elif (
        folded in words.definite or first.endswith(("’s", "'s")) or folded.startswith(("l’", "l'"))
    ):
        kind = "definite"
        if head in words.plurals or head in words.document_nouns:
            kind = "indefinite"
    elif head in words.plurals or first[:1].isupper():
        kind = "indefinite"
    elif len(tokens) <= 2:
        kind = "definite"  # a bare role: "police said"
    else:
        return None
    return Mention(kind, first_start, last_end, head)


def _after_complementiser(text: str, start: int, end: int) -> int:
    for word_start, word_end, word in reversed(_words(text, start, end)):
        if word.casefold() in _COMPLEMENTISERS:
            return word_end
        del word_start
    return start


def _chunk_mention(text: str, start: int, end: int, *, left: bool) -> Mention | None:
    words = lexicon()
    start = _after_complementiser(text, start, end) if left else start
    tokens = _words(text, start, end)
    while tokens and (
        tokens[-1][2].casefold() in words.adverbs or tokens[-1][2].casefold() in _AUXILIARIES
    ):
        end = tokens[-1][0]
        tokens.pop()
    if not tokens:
        return None
    while left and len(tokens) > 1 and tokens[0][2].casefold() in words.conjunctions:
        start = tokens[1][0]
        tokens = tokens[1:]  # "And he said": the conjunction joins sentences
    if left and tokens[0][2].casefold() in words.clause_openers:
        return None
    first_folded = tokens[0][2].casefold()
    if first_folded in words.pronoun_gender and (
        len(tokens) == 1 or not (left or first_folded in words.definite)
    ):
        return Mention("pronoun", tokens[0][0], tokens[0][1], tokens[0][2].casefold())
    if left and tokens[-1][2].casefold() in words.pronoun_gender:
        return Mention("pronoun", tokens[-1][0], tokens[-1][1], tokens[-1][2].casefold())
    names = [
        name
        for name in find_names(text, start, end)
        if not name.possessive
        and not _is_modifier(text, name, start)
        and not _is_adjective(text, name, end)
    ]
    if names:
        name = names[-1] if left else names[0]
        return Mention("name", name.start, name.end, name=name)
    if not left and first_folded in words.prepositions:
        second = tokens[1][2].casefold() if len(tokens) > 1 else ""
        if first_folded not in words.determiners or second in words.determiners | _DEMONSTRATIVES:
            return None  # "dijo a los periodistas": an object, not the subject
    return _description(text, start, end)


def read_subject(text: str, start: int, end: int, *, left: bool) -> Mention | None:
    """Read the mention in ``text[start:end]``: before its verb (*left*) or after it.

    Example:
        >>> text = "Qin Gang, the ambassador at the time, wrote"
        >>> mention = read_subject(text, 0, 37, left=True)
        >>> text[mention.start:mention.end]
        'Qin Gang'
    """
    words = lexicon()
    chunks = _chunks(text, start, end)
    if left:
        chunks.reverse()
    found: Mention | None = None
    for chunk_start, chunk_end in chunks[:4]:
        piece = text[chunk_start:chunk_end].strip()
        if not piece:
            continue
        first = _words(text, chunk_start, chunk_end)[:1]
        first_word = first[0][2].casefold() if first else ""
        if (
            left
            and not _PARTICLE_NAME.match(piece)
            and (
                first_word in words.relatives
                or (first_word in words.prepositions and first_word not in words.determiners)
                or first_word in words.adverbs
                or _AGE.fullmatch(piece)
            )
        ):
            continue
        mention = _chunk_mention(text, chunk_start, chunk_end, left=left)
        if mention is None:
            if not left:
                return found
            continue
        if mention.kind in ("name", "pronoun", "document"):
            if found is not None and len(_words(text, chunk_start, chunk_end)) > _APPOSITION_WORDS:
                return found  # not an apposition of the description, another clause
            return mention
        if found is not None:
            return found
        found = mention  # a description: an apposition next to it may hold the name
    return found


def leading_subject(text: str, start: int, end: int) -> Mention | None:
    """The person a sentence opens with: a name or "he"/"she" among its first words.

    Example:
        >>> text = "Rusu was full of praise. She left."
        >>> text[leading_subject(text, 0, 24).start:leading_subject(text, 0, 24).end]
        'Rusu'
    """
    words = lexicon()
    first = _words(text, start, min(end, start + 40))[:1]
    if first and words.pronoun_gender.get(first[0][2].casefold()) in ("m", "f"):
        return Mention("pronoun", first[0][0], first[0][1], first[0][2].casefold())
    for name in find_names(text, start, min(end, start + _SUBJECT_REACH)):
        if name.possessive or _is_modifier(text, name, start):
            return None
        return Mention("name", name.start, name.end, name=name)
    return None


def _sentence_piece(text: str, start: int, limit: int) -> int:
    found = boundaries(text, start, limit)
    return found[0][0] + 1 if found else limit


def cue_after(text: str, close: int, limit: int) -> Cue | None:
    """The direct-form cue right after the closing mark at *close* (“…,” she said).

    *limit* bounds the search (the next quote or the end of the line).

    Example:
        >>> text = "“Go,” the 34-year-old said."
        >>> cue = cue_after(text, 4, len(text))
        >>> cue.text, cue.mention.kind, cue.mention.word
        ('said', 'definite', '34-year-old')
    """
    words = lexicon()
    lead = _LEADING_PUNCTUATION.match(text, close + 1, limit)
    begin = lead.end() if lead is not None else close + 1
    end = _sentence_piece(text, begin, min(limit, begin + WINDOW))
    source = words.source.match(text, begin, end)
    if source is not None:
        mention = read_subject(text, source.end(), end, left=False)
        return Cue(source.start(), source.end(), source.group(), mention)
    verbs = find_verbs(text, begin, end, first=True)
    verb = verbs[0] if verbs else None
    weak = (
        regex.match(r"(?P<cue>so)[ \t]++(?=\p{Lu})", text[begin:end]) if text[begin:end] else None
    )
    if weak is not None and (verb is None or verb.start > begin):
        mention = read_subject(text, begin + weak.end(), end, left=False)
        if mention is not None and mention.kind == "name":
            return Cue(begin, begin + 2, "so", mention)
    if verb is None:
        return None
    if verb.start == begin:
        if verb.pronoun:
            return Cue(verb.start, verb.end, verb.text, _pronoun(verb))
        mention = read_subject(text, verb.end, end, left=False)
        if mention is None:
            mention = Mention("dropped", verb.end, verb.end)
        return Cue(verb.start, verb.end, verb.text, mention)
    region = text[begin : verb.start]
    first = _words(text, begin, verb.start)[:1]
    if not first or len(region) > 160 or region.count(",") > 3:
        return None
    first_word = first[0][2].casefold()
    names = find_names(text, begin, verb.start)
    opens_with_name = bool(names) and names[0].chain_start == begin
    if not opens_with_name and (
        first_word in words.clause_openers
        or first_word in _COMPLEMENTISERS
        or (first_word in words.prepositions and first_word not in words.determiners)
    ):
        return None
    if not (
        first[0][2][:1].isupper()
        or first_word in words.pronoun_gender
        or first_word in words.definite
        or first_word in words.indefinite
        or first[0][2][:1].isdigit()
        or len(_words(text, begin, verb.start)) <= 5
    ):
        return None
    mention = read_subject(text, begin, verb.start, left=True)
    if mention is None:
        return None
    return Cue(verb.start, verb.end, verb.text, mention)


def _pronoun(verb: Verb) -> Mention:
    start = verb.pronoun_start
    return Mention("pronoun", start, start + len(verb.pronoun), verb.pronoun.casefold())


def cue_before(text: str, floor: int, opening: int) -> Cue | None:
    """The reporting verb or source before the opening mark, between *floor* and it.

    Example:
        >>> text = "Karin Lund called the budget “a plan for one term.”"
        >>> cue = cue_before(text, 0, 29)
        >>> cue.text, text[cue.mention.start:cue.mention.end]
        ('called', 'Karin Lund')
    """
    words = lexicon()
    floor = max(floor, opening - WINDOW)
    verbs = find_verbs(text, floor, opening)
    sources = list(words.source.finditer(text, floor, opening))
    if sources and (not verbs or sources[-1].start() > verbs[-1].start):
        source = sources[-1]
        mention = read_subject(text, source.end(), opening, left=False)
        return Cue(source.start(), source.end(), source.group(), mention)
    if not verbs:
        return None
    verb = verbs[-1]
    if verb.pronoun:
        return Cue(verb.start, verb.end, verb.text, _pronoun(verb))
    if not text[floor : verb.start].strip(" \t,;:\u2014\u2013-"):
        # The verb opens the stretch (“…,” said Mateo Rossi, “…”): its subject follows it.
        mention = read_subject(text, verb.end, opening, left=False)
        return Cue(verb.start, verb.end, verb.text, mention)
    mention = read_subject(text, floor, verb.start, left=True)
    if mention is None and verbs[0].start < verb.start:
        mention = read_subject(text, floor, verbs[0].start, left=True)
    if mention is None:
        tail = text[floor : verb.start].strip()
        if not tail or tail.endswith(","):
            mention = Mention("dropped", verb.start, verb.start)
    return Cue(verb.start, verb.end, verb.text, mention)

"""Cues: the speech verb or source phrase that attributes a quote, and its subject.

Two places hold a quote's cue. Right after the closing mark, in the direct form
(“…,” she said / “…,” said Ravi Menon / »…«, sagte sie / « … », a-t-il déclaré), the
cue opens or closes a short clause whose subject is the speaker. Before the opening mark,
in the same sentence, a reporting verb introduces the quote (X told reporters: “…” /
X called the plan “…” / Selon elle, la direction « … »). Either way the subject (or, after
"according to", the object) is read as a :class:`~newsnorm.quotes.mentions.Mention` by
:mod:`~newsnorm.quotes.mentions`. A quote signed after a dash (“…” — Ana Ruiz) has a name and
no verb.

Examples:
    >>> text = "“We stay,” said Mila Novak."
    >>> cue = cue_after(Document(text), 9, len(text))
    >>> cue.text, text[cue.mention.start:cue.mention.end]
    ('said', 'Mila Novak')
"""

# Quotation marks and apostrophes are this module's subject, not typos.
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from newsnorm.quotes.document import Document
from newsnorm.quotes.lexicon import Verb, find_verbs, lexicon
from newsnorm.quotes.mentions import (
    COMPLEMENTISERS,
    SUBJECT_REACH,
    Mention,
    first_word_of,
    leading_subject,
    opens_subordinate,
    read_subject,
    words_in,
)

WINDOW: Final = 260
"""How far from a quote its cue may be, in characters."""

_DASH: Final = regex.compile(r"[\u2014\u2013]|(?<=[ \t])-(?=[ \t])")
# A capitalised name of one to three words (or a pronoun), one lowercase word, then the end.
_NAME_VERB: Final = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'’.\-]*+[ \t]++){1,3}(?P<verb>\p{Ll}++)[ \t]*+(?:[.!?]|$)"
)
_SPACES: Final = 3
"""How many spaces may stand between a signature's name and what follows it."""
# German "so" before a name, or before an article and a noun ("so ein Sprecher").
_WEAK_SO: Final = regex.compile(r"so[ \t]++(?:(\p{Ll}++)[ \t]++)?(?=\p{Lu})")


class Cue(NamedTuple):
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


def _past_leading_punctuation(text: str, begin: int, limit: int) -> int:
    """Where the words after a closing mark start: past spaces, one comma, colon or dash.

    Examples:
        >>> _past_leading_punctuation("“No” , he said", 4, 14)
        7
    """
    while begin < limit and text[begin] in " \t":
        begin += 1
    if begin < limit and text[begin] in ",;:\u2014\u2013-":
        begin += 1
    while begin < limit and text[begin] in " \t":
        begin += 1
    return begin


def cue_after(document: Document, close: int, limit: int) -> Cue | None:
    """The direct-form cue right after the closing mark at *close* (“…,” she said).

    *limit* bounds the search (the next quote or the end of the line).

    Examples:
        >>> text = "“Go,” the 34-year-old said."
        >>> cue = cue_after(Document(text), 4, len(text))
        >>> cue.text, cue.mention.kind, cue.mention.word
        ('said', 'definite', '34-year-old')
    """
    text = document.text
    begin = _past_leading_punctuation(text, close + 1, limit)
    if begin >= limit:
        return None  # nothing after the mark before the limit: no cue can be read
    words = lexicon()
    piece_end = min(limit, begin + WINDOW)
    boundary = document.first_boundary(begin, piece_end)
    end = boundary[0] + 1 if boundary is not None else piece_end
    source = document.source_at(begin, end)
    if source is not None:
        source_start, source_end, source_text = source
        mention = read_subject(document, source_end, end, left=False)
        return Cue(source_start, source_end, source_text, mention)
    # Past the mark come spaces and at most one sign: a dash only if that sign is one.
    sign = text[close + 1 : begin].strip(" \t")
    if sign and sign in "\u2014\u2013-" and _DASH.search(text, close + 1, begin) is not None:
        signed = _signature(document, close, begin, end)
        if signed is not None:
            return signed
    verbs = find_verbs(text, begin, end, first=True)
    verb = verbs[0] if verbs else None
    weak = _WEAK_SO.match(text, begin, end) if text.startswith("so", begin, end) else None
    if weak is not None and (verb is None or verb.start > begin):
        article = weak.group(1)
        if article is None:
            mention = read_subject(document, weak.end(), end, left=False)
            if mention is not None and mention.kind == "name":
                return Cue(begin, begin + 2, "so", mention)
        elif article in words.determiners:
            mention = read_subject(document, weak.start(1), end, left=False)
            if mention is not None and mention.kind != "pronoun":
                return Cue(begin, begin + 2, "so", mention)
    if verb is None:
        return _unlisted_verb(document, close, begin, end)
    if verb.start == begin:
        if verb.pronoun:
            return Cue(verb.start, verb.end, verb.text, _pronoun(verb))
        mention = read_subject(document, verb.end, end, left=False)
        if mention is None:
            mention = Mention("dropped", verb.end, verb.end)
        return Cue(verb.start, verb.end, verb.text, mention)
    region = text[begin : verb.start]
    first = first_word_of(text, begin, verb.start)  # all the words only if need be, below
    if not first or len(region) > 160 or region.count(",") > 3:
        return None
    first_word = first[0][2].casefold()
    opens_clause = (
        first_word in words.clause_openers
        or first_word in COMPLEMENTISERS
        or (first_word in words.prepositions and first_word not in words.determiners)
    )
    # The names are read only when the first word could open a clause (most do not).
    if opens_clause and not _opens_with_name(document, begin, verb.start):
        if region.rstrip(" \t").endswith(","):
            # “…” since most cases were close, said Lee Park.: the verb, then its subject
            inverted = read_subject(document, verb.end, end, left=False)
            if inverted is not None and inverted.kind == "name":
                return Cue(verb.start, verb.end, verb.text, inverted)
        return None
    if not (
        first[0][2][:1].isupper()
        or first_word in words.pronoun_gender
        or first_word in words.definite
        or first_word in words.indefinite
        or first[0][2][:1].isdigit()
        or len(words_in(text, begin, verb.start)) <= 5
    ):
        return None
    mention = read_subject(document, begin, verb.start, left=True)
    if mention is None:
        return None
    return Cue(verb.start, verb.end, verb.text, mention)


def _opens_with_name(document: Document, begin: int, end: int) -> bool:
    """Whether a name starts right at *begin*: then its first word opens no clause."""
    names = document.names(begin, end)
    return bool(names) and names[0].chain_start == begin


def _unlisted_verb(document: Document, close: int, begin: int, end: int) -> Cue | None:
    """“…,” Ruiz quipped.: a name and one verb the word lists lack, and the sentence ends.

    The quote must end with a comma (or a question or exclamation mark) inside its marks,
    the name must open the clause and the one word after it must have a verb's ending
    ("-ed", "-s") and close the sentence, so that “…” Ruiz Street is not read as a cue.
    """
    text = document.text
    if text[max(0, close - 2) : close].rstrip()[-1:] not in (",", "?", "!"):
        return None
    match = _NAME_VERB.match(text, begin, end)
    if match is None:
        return None
    word = match.group("verb")
    words = lexicon()
    if word in words.not_nouns or not word.endswith(words.verb_endings):
        return None
    mention = read_subject(document, begin, match.start("verb"), left=True)
    if mention is None or mention.kind not in ("name", "pronoun"):
        return None
    return Cue(match.start("verb"), match.end("verb"), word, mention)


def _signature(document: Document, close: int, begin: int, end: int) -> Cue | None:
    """A quote signed after a dash, “…” — Ana Ruiz: a full name and nothing said after it.

    The quote must end like a sentence and the name have two words or more, so that a
    teaser (“Smoke everywhere” – Ferry fire) is not read as signed.
    """
    text = document.text
    if text[max(0, close - 8) : close].rstrip()[-1:] not in (".", "!", "?", "…"):
        return None
    names = document.names(begin, min(end, begin + SUBJECT_REACH))
    if not names or names[0].chain_start != begin or len(names[0].words) < 2:
        return None
    name = names[0]
    after = name.end
    while after < name.end + _SPACES and text[after : after + 1] in (" ", "\t"):
        after += 1
    if name.possessive or text[after : after + 1] not in ("", ",", ".", "\n", "("):
        return None
    return Cue(begin, begin, "", Mention("name", name.start, name.end, name=name))


def _pronoun(verb: Verb) -> Mention:
    start = verb.pronoun_start
    return Mention("pronoun", start, start + len(verb.pronoun), verb.pronoun.casefold())


def _outer_cue(document: Document, floor: int, verbs: list[Verb]) -> Cue | None:
    """The first reporting verb of a sentence that reports a report, with its subject.

    In "Ana Ruiz said the mayor promised that the port would be “…”", or "Ana Ruiz said
    the plan failed and called it “…”", everything after the first verb is what its
    subject reported: the quote is given to that subject, the outermost source.
    """
    if len(verbs) < 2:  # an outer and an inner verb at least
        return None
    first = verbs[0]
    text = document.text
    if first.pronoun or not text[floor : first.start].strip(" \t,;:\u2014\u2013-"):
        return None
    words = lexicon()
    if first.text.rsplit(maxsplit=1)[-1] in words.object_verbs:
        return None
    if first.text.endswith(words.participle_endings):
        return None
    if opens_subordinate(text, floor, verbs[-1].start):
        return None  # "When Hale spoke, Ruiz said “…”": the first verb is not the outer one
    mention = read_subject(document, floor, first.start, left=True)
    if mention is None or mention.kind not in ("name", "pronoun"):
        return None
    last = verbs[-1]  # the verb that introduces the quote stays its cue
    return Cue(last.start, last.end, last.text, mention)


def _is_fronted_phrase(document: Document, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an adverb or a prepositional phrase and no subject.

    Italian, Spanish and Portuguese drop the subject pronoun after such a phrase
    ("Al termine dell’incontro ha definito …", "Luego aseguró …"); English never does.

    Examples:
        >>> _is_fronted_phrase(Document("Al termine del colloquio ha detto"), 0, 25)
        True
    """
    tokens = words_in(document.text, start, end)
    if not tokens:
        return False
    words = lexicon()
    word = tokens[0][2].casefold()
    if word not in words.pro_drop_openers:
        # English writes its subject: "At least half of voters say", "Only 52 percent agreed"
        return word in words.adverbs and len(tokens) == 1  # "Poi ha definito"
    if any(token[2].casefold() in words.pronoun_gender for token in tokens):
        return False  # "On Tuesday they announced": the subject is written
    # the phrase's own first word is no name ("Al termine": not Al Gore)
    return all(
        name.start == tokens[0][0] and len(name.words) == 1 for name in document.names(start, end)
    )


def _inverted_name(document: Document, verb: Verb, opening: int) -> Mention | None:
    """The name after a verb that follows a comma, right before the quote's colon.

    "…, says skipper Ana Ruiz: “…”" gives Ana Ruiz; "Ruiz, a nurse, told Lee that “…”" nobody.
    """
    mention = read_subject(document, verb.end, opening, left=False)
    if mention is None or mention.kind != "name":
        return None
    return mention if document.text[mention.end : opening].strip() == ":" else None


def cue_before(document: Document, floor: int, opening: int) -> Cue | None:
    """The reporting verb or source before the opening mark, between *floor* and it.

    Examples:
        >>> text = "Mayor Ilse Brandt described the plan as “a bridge too far.”"
        >>> cue = cue_before(Document(text), 0, 40)
        >>> cue.text, text[cue.mention.start:cue.mention.end]
        ('described', 'Ilse Brandt')
    """
    text = document.text
    floor = max(floor, opening - WINDOW)
    verbs = find_verbs(text, floor, opening)
    sources = document.sources(floor, opening)
    if sources and (not verbs or sources[-1][0] > verbs[-1].start):
        source_start, source_end, source_text = sources[-1]
        mention = read_subject(document, source_end, opening, left=False)
        return Cue(source_start, source_end, source_text, mention)
    if not verbs:
        return None
    outer = _outer_cue(document, floor, verbs) if len(verbs) > 1 else None
    if outer is not None:
        return outer
    verb = verbs[-1]
    if verb.pronoun:
        return Cue(verb.start, verb.end, verb.text, _pronoun(verb))
    words = lexicon()
    if verb.text.rsplit(maxsplit=1)[-1] in words.object_verbs:
        # "the paper quoted Ana Ruiz as saying “…”": the speaker is the object
        quoted = read_subject(document, verb.end, opening, left=False)
        if quoted is not None and quoted.kind == "name":
            return Cue(verb.start, verb.end, verb.text, quoted)
    opening_words = text[floor : verb.start].strip(" \t,;:\u2014\u2013-")
    if not opening_words or opening_words.casefold() in words.object_clitics:
        # The verb opens the stretch (“…,” said Mateo Rossi, “…”), or only an object pronoun
        # comes first (Lo ha detto il ministro: «…»): its subject follows it.
        mention = read_subject(document, verb.end, opening, left=False)
        return Cue(verb.start, verb.end, verb.text, mention)
    after_comma = text[floor : verb.start].rstrip(" \t").endswith(",")  # read once
    if after_comma and verb.text.endswith(words.participle_endings):
        # "Ruiz shrugged off the claim, saying “…”": the participle shares the main subject
        subject = leading_subject(document, floor, verb.start)
        if subject is not None:
            return Cue(verb.start, verb.end, verb.text, subject)
    if after_comma:
        inverted = _inverted_name(document, verb, opening)
        if inverted is not None:
            return Cue(verb.start, verb.end, verb.text, inverted)
    mention = read_subject(document, floor, verb.start, left=True)
    if mention is None and verbs[0].start < verb.start:
        mention = read_subject(document, floor, verbs[0].start, left=True)
    if mention is None:
        tail = text[floor : verb.start].strip()
        if (
            not tail
            or tail.endswith(",")
            or tail.casefold() in words.conjunctions
            or _is_fronted_phrase(document, floor, verb.start)
        ):
            # "…” and said the review would be “…”: the subject of the verb before
            mention = Mention("dropped", verb.start, verb.start)
    return Cue(verb.start, verb.end, verb.text, mention)

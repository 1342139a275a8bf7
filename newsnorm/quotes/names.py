"""Names in running text: runs of capitalised words, cleared of titles and role words.

A name is a run of capitalised words ("Yury Ushakov"), possibly with initials
("Dmitri S. Peskov"), lowercase particles ("Femke de Wit") or an ampersand
("Calder & Moss"). What precedes the person in the run is taken off: sentence-initial
function words ("The"), honorifics and titles ("Dr", "Finance Minister"), and capitalised
role compounds ("Energieexperte"); a known given name also marks where a person's name
begins. A possessive "’s" is taken off the last word and remembered.

Examples:
    >>> [name.words for name in find_names("Finance Minister Tobias Wendt met Mr. Xi.")]
    [('Tobias', 'Wendt'), ('Xi',)]
"""

# Quotation marks and apostrophes are this module's subject, not typos.
# ruff: noqa: RUF001, RUF002, RUF003

from __future__ import annotations

import functools
import itertools
from typing import Final, NamedTuple

import regex

from newsnorm.quotes.lexicon import lexicon

_PARTICLES: Final = (
    r"(?:de|da|del|della|di|du|dos|das|van|von|van[ \t]der|von[ \t]der|van[ \t]den"
    r"|ter|ten|bin|ibn|al|le|la|of|for)"
)
_LEADING: Final = r"(?:de|van|von|ter|ten|da|di|du|dos|al)"
PARTICLE_WORDS: Final = frozenset(
    {"de", "da", "del", "della", "di", "du", "dos", "das", "van", "von", "der", "den"}
    | {"ter", "ten", "le", "la"}
)
"""Particles a name may open with, capitalised when they start a sentence ("De Blasio")."""
_PARTICLE_REACH: Final = 3000
"""How far before a capitalised particle its lowercase form is looked for ("de Blasio")."""
_NICKNAME: Final = regex.compile(
    r"[ \t]++[\"\u201c\u2018\u00ab\u201e]\p{Lu}[^\n\"\u201c\u201d\u00ab\u00bb]{0,30}?"
    r"[\"\u201d\u2019\u00bb\u201c][ \t]++(?=\p{Lu})"
)
_NICKNAME_OPENERS: Final = ('"', "\u201c", "\u2018", "\u00ab", "\u201e")
"""The marks that may open a nickname: a line without them needs no search for one."""
_LEADING_WORDS: Final = tuple(_LEADING.strip("(?:)").split("|"))
"""The leading particles as words: what must end the text before a run they open."""
# The last letter of each leading particle and the space after it: a cheap pre-check.
_PARTICLE_ENDINGS: Final = frozenset(
    f"{particle[-1]} " for particle in _LEADING.strip("(?:)").split("|")
)
_POSSESSIVE_INSIDE: Final = regex.compile(r"(?<=[’']s)[ \t]++(?=\p{Lu})")
_LONGEST_NAME: Final = 4
_KEEP_JOINED_BY: Final = frozenset({"of", "for"})
_PARTICIPLE_LENGTH: Final = 5
"""Shorter words in "-ing" ("King", "Ming") are names, not participles."""
_LINE_WORD: Final = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*+")
_TITLE_LINE_LENGTH: Final = 200
"""Longer lines are paragraphs, whatever their capitals."""
_TITLE_LINE_WORDS: Final = 5
"""How many words other than function words a line needs before its case is judged."""
_TITLE_SHARE: Final = 0.9
"""The share of capitalised longer words that makes a line a headline, not a sentence."""


class Name(NamedTuple):
    """A name found in the text.

    Attributes:
        start: Offset of the name proper (titles and role words left out).
        end: End offset (a possessive "’s" left out).
        words: The words of the name.
        titles: The honorifics and role words taken off its front.
        gender: "m", "f" or "" from an honorific, a title or a given name.
        possessive: Whether the name carried a possessive "’s".
        chain_start: Where the whole run began (titles included).
        label: The name as it should be reported (a nickname between its parts left out).
    """

    start: int
    end: int
    words: tuple[str, ...]
    titles: tuple[str, ...]
    gender: str
    possessive: bool
    chain_start: int
    label: str = ""


# A capitalised word, or a short one with a full stop before another ("Dr.", "S.").
# Initials written together ("J.J.", "G.K.") are one word of a name.
# An elided article or preposition and a lowercase word ("L’allenatore", "D’après") is no
# name; after a lowercase one ("l’Istat", "d’Emmanuel Roux") a name may begin.
_ELIDED_WORD: Final = r"(?:L|D|Dell|All|Nell|Dall|Sull|Quell|Un|Qu)['’]\p{Ll}"
_AFTER_ELISION: Final = r"(?<![\p{L}\p{M}])(?:l|d|dell|all|nell|dall|sull|quell|un)['’]"
_WORD_IN_NAME: Final = (
    rf"(?!{_ELIDED_WORD})"
    r"\p{Lu}(?:(?:\.\p{Lu})++\.(?=[ \t\u00a0]++\p{Lu})"
    r"|[\p{L}\p{M}'’\-]{0,3}\.(?=[ \t\u00a0]++\p{Lu})|[\p{L}\p{M}'’\-]*+)"
)
# A no-break space joins the words of a name as a space does ("Ana\u00a0Ruiz").
_CHAIN: Final = regex.compile(
    rf"(?=\p{{Lu}})(?:(?<![\p{{L}}\p{{M}}\p{{N}}'’\-])|(?<={_AFTER_ELISION}))({_WORD_IN_NAME})"
    rf"(?:(?:[ \t\u00a0]++|[ \t]*+&[ \t]*+|[ \t]++{_PARTICLES}[ \t]++)"
    rf"(?=\p{{Lu}}){_WORD_IN_NAME})*+"
)
_INITIALS: Final = regex.compile(r"(?:\p{Lu}\.)++")
# A word with a full stop inside a run of capitalised words, and the spaces after it.
_FULL_STOP_INSIDE: Final = regex.compile(
    r"(?<![\p{L}\p{M}'’\-])(\p{Lu}[\p{L}\p{M}'’\-]++)\.[ \t\u00a0]++(?=\p{Lu})"
)
# A particle that opens a name after punctuation: “…,” de Wit said.
_LEADING_PARTICLE: Final = regex.compile(rf"(?<![\p{{L}}\p{{M}}])({_LEADING}[ \t]++)$")


_Question = tuple[int, list[str], int]
"""What :func:`particles_of_name` is asked about a run: its start, tokens and particles."""
_Memo = dict[tuple[str, str, str], tuple["Name", int, _Question | None]]
"""Runs already read: (characters before, run, character after) → (name, where it began,
the particle question when the name depends on it)."""


def _parse(text: str, start: int, end: int, memo: _Memo | None = None) -> Name | None:
    """Clean the run of capitalised words ``text[start:end]`` into a :class:`Name`.

    *memo* holds the runs already read in the same context (one line's): the same words
    with the same few characters around them read the same way ("Mr. Jonas Lund"); a run
    that opens with capitalised particles ("De Vries") also by whether the text before
    writes them in lowercase.
    """
    single = text[start:end]
    if single.isalpha():
        # One plain word (a piece after a possessive): nothing to take off.
        if single in lexicon().function_words:
            return None
        return Name(
            start, end, (single,), (), "", possessive=False, chain_start=start, label=single
        )
    if memo is None:
        return _parse_run(text, start, end)
    key = (text[max(0, start - _PARSE_BEFORE) : start], single, text[end : end + 1])
    known = memo.get(key)
    if known is None:
        asked: list[_Question] = []
        read = _parse_run(text, start, end, asked=asked)
        known = memo[key] = (_NO_NAME if read is None else read, start, asked[0] if asked else None)
    name, at, question = known
    if question is not None:
        # "De Vries": the answer to the particle question picks one of two readings
        question_start, tokens, lead = question
        lowercase = particles_of_name(text, question_start + start - at, tokens, lead)
        key = (key[0], key[1], key[2] + ("+" if lowercase else "-"))
        known = memo.get(key)
        if known is None:
            read = _parse_run(text, start, end, particles=lowercase)
            known = memo[key] = (_NO_NAME if read is None else read, start, None)
        name, at, _ = known
    if name is _NO_NAME:
        return None
    shift = start - at
    if not shift:
        return name
    return name._replace(
        start=name.start + shift, end=name.end + shift, chain_start=name.chain_start + shift
    )


_MEMO_LINE: Final = 1000
"""Lines longer than this keep a memo of their runs; shorter ones rarely repeat a run."""
_PARSE_BEFORE: Final = 8
"""How many characters before a run :func:`_parse_run` reads (the article in "das X")."""
_NO_NAME: Final = Name(-2, -2, (), (), "", possessive=False, chain_start=-2)
"""A run that is no name, in a memo of :func:`_parse`."""
_ASKED: Final = Name(-1, -1, (), (), "", possessive=False, chain_start=-1)
"""What :func:`_parse_run` gives when it leaves the particle question to its caller."""


def _parse_run(
    text: str,
    start: int,
    end: int,
    *,
    asked: list[_Question] | None = None,
    particles: bool | None = None,
) -> Name | None:
    """:func:`_parse` of a run of more than one word.

    Whether the run's capitalised particles are the name's own is *particles* when given;
    else, with *asked*, the question goes there and the reading stops (:data:`_ASKED`);
    else :func:`particles_of_name` answers it.
    """
    words = lexicon()
    # A run holds no blank but spaces, tabs and no-break spaces, which split() cuts at; each
    # token is then found from the end of the one before (only blanks between them).
    tokens = text[start:end].split()
    spans: list[tuple[int, int]] = []
    position = start
    for token in tokens:
        position = text.find(token, position)
        spans.append((position, position + len(token)))
        position += len(token)
    if "&" in tokens and len(set(tokens)) > 1:
        spans = [span for span, word in zip(spans, tokens, strict=True) if word != "&"]
        tokens = [word for word in tokens if word != "&"]
    # Cut at "of"/"for" unless what comes before is an organisation ("Ministry of Health").
    for index, token in enumerate(tokens):
        if token in _KEEP_JOINED_BY and (
            index == 0 or tokens[index - 1] not in words.organisation_heads
        ):
            if (
                0 < index < len(tokens) - 2
                and _is_title(tokens[index - 1])
                and not any(_is_person_word(word) for word in tokens[:index])
            ):
                # "Secretary of State Ana Ruiz", "After Deputy Secretary of State Ana Ruiz",
                # "Harbour Board Chair of Finance Ana Ruiz": an office ends in a title before
                # "of"; its complement follows, then the name. ("Dr. Ana King of Leeds" is a
                # person before "of": the given name shows it.)
                spans, tokens = spans[index + 1 :], tokens[index + 1 :]
                while len(tokens) > 1 and tokens[0] in words.office_words:
                    spans, tokens = spans[1:], tokens[1:]  # "Chief of Staff Ana Ruiz"
                break
            spans, tokens = spans[:index], tokens[:index]
            break
    for index, token in enumerate(tokens[:-1]):
        if (
            token.endswith(".")
            and len(token) > 2
            and token[:-1] not in words.honorifics
            and _INITIALS.fullmatch(token) is None
        ):
            spans, tokens = spans[: index + 1], tokens[: index + 1]
            break
    while len(tokens) > 1 and tokens[-1] in words.time_words:
        spans, tokens = spans[:-1], tokens[:-1]  # "Ruiz Wednesday": a date after the name
    if tokens and tokens[-1] in words.generational_suffixes and text.startswith(".", spans[-1][1]):
        tokens[-1] += "."  # "Casey Jr." keeps the full stop of its suffix
        spans[-1] = (spans[-1][0], spans[-1][1] + 1)
    elif (
        tokens
        and tokens[-1].endswith(".")
        and len(tokens[-1]) > 2
        and tokens[-1][:-1] not in words.generational_suffixes
    ):
        tokens[-1] = tokens[-1][:-1]
        spans[-1] = (spans[-1][0], spans[-1][1] - 1)
    possessive = False
    if tokens and tokens[-1].endswith(("’s", "'s")):
        possessive = True
        tokens[-1] = tokens[-1][:-2]
        spans[-1] = (spans[-1][0], spans[-1][1] - 2)
    elif tokens and tokens[-1].endswith(("’", "'")):
        tokens[-1] = tokens[-1][:-1]
        spans[-1] = (spans[-1][0], spans[-1][1] - 1)
        possessive = tokens[-1].endswith("s") and text[end : end + 1] == " "
    first = 0
    if tokens and tokens[0][:1].islower():
        # A particle after a lowercase word is a preposition: "el alcalde de Paiporta".
        before = text[max(0, start - 2) : start].strip()
        if before[-1:].isalpha() or len(tokens) == 1:
            first = 1
            if len(spans) > 1:
                start = spans[1][0]  # the run begins after the preposition
    titles: list[str] = []
    gender = ""
    while first < len(tokens) - 1 and tokens[first] in words.function_words:
        first += 1
    lead = first
    while not first and lead < len(tokens) - 1 and tokens[lead].lower() in PARTICLE_WORDS:
        lead += 1  # "Van Dam", which no function word list holds
    if lead and all(token.lower() in PARTICLE_WORDS for token in tokens[:lead]):
        if particles is None:
            if asked is not None:
                # whether "de Blasio" came before is read far back in the text: the caller's
                asked.append((start, tokens[: lead + 1], lead))
                return _ASKED
            particles = particles_of_name(text, start, tokens, lead)
        if particles:
            # "De Blasio said": the text also writes "de Blasio", so "De" is the name's own
            tokens[:lead] = [token.lower() for token in tokens[:lead]]
            first = 0
    while 0 < first < len(tokens) - 1 and tokens[first][:1].islower():
        first += 1  # "Selon la SNCF": after a function word, a particle is an article
    if first < len(tokens) and tokens[first] in words.function_words and len(tokens) == first + 1:
        return None
    keep_whole = bool(tokens) and tokens[-1] in words.organisation_heads
    if (
        first < len(tokens) - 1
        and len(tokens[first]) > 5
        and tokens[first].endswith("ing")
        and not words.gender_of_name(tokens[first])
        and _opens_sentence(text, start)
    ):
        first += 1  # "Calling Xi a friend, ...": a participle opening the sentence
    if (
        first < len(tokens) - 1
        and tokens[first].lower() in words.verbs
        and not words.gender_of_name(tokens[first])
        and _opens_sentence(text, start)
    ):
        first += 1  # "Continued Ruiz: “…”": a speech verb opening the sentence
    if (
        first < len(tokens) - 1
        and tokens[first] not in words.organisation_heads
        and tokens[first + 1][:1].isupper()
        and _is_common_noun(tokens[first], text, start)
    ):
        titles.append(tokens[first])
        first += 1
    if not keep_whole:
        last_title = -1
        for index in range(first, len(tokens) - 1):
            bare = tokens[index].rstrip(".")
            if (
                index > first
                and words.gender_of_name(bare)
                and not words.gender_of_name(tokens[index + 1])
                and _is_title(tokens[index - 1])
            ):
                break  # "Rep. Earl Blumberg": after a title, a given name, not another title
            if _is_title(bare) and not (
                len(bare) == 1 and index > first and not _is_title(tokens[index - 1])
            ):  # "Ana M. Ruiz": an initial, not the French "M."
                last_title = index
                gender = words.honorifics.get(bare, "") or gender
        if last_title >= first:
            titles = [token.rstrip(".") for token in tokens[first : last_title + 1]]
            first = last_title + 1
        # A given name marks the start of a person's name: "Energieexperte Markus Feld".
        for index in range(first + 1, len(tokens) - 1):
            if (
                words.gender_of_name(tokens[index])
                and not words.gender_of_name(tokens[first])
                and _INITIALS.fullmatch(tokens[first]) is None  # "J. Arvid Holm"
            ):
                titles.extend(tokens[first:index])
                first = index
                break
    if first >= len(tokens) or not tokens[first:]:
        return None
    kept = tokens[first:]
    if len(kept) == 1 and titles and titles[-1] in words.regnal_titles and first > 0:
        # "Pope Francis", "Queen Margrethe": the title is part of the name the person goes by
        first -= 1
        titles = titles[:-1]
        kept = tokens[first:]
    if len(kept) == 1 and (_is_label(kept[0]) or len(kept[0]) == 1):
        return None  # "Republican", "D-Mo": a party, not a person; "C": an initial alone
    if len(kept) > _LONGEST_NAME and not any(word in words.organisation_heads for word in kept):
        return None  # a headline in title case, not a name
    if not gender:
        gender = words.gender_of_name(kept[0]) if len(kept) > 1 else ""
    return Name(
        spans[first][0],
        spans[-1][1],
        tuple(kept),
        tuple(titles),
        gender,
        possessive,
        start,
        text[spans[first][0] : spans[-1][1]],
    )


def particles_of_name(text: str, start: int, tokens: list[str], first: int) -> bool:
    """Whether the capitalised particles ``tokens[:first]`` open the name that follows them.

    They do when the text before *start* writes the same name with them in lowercase after
    another word ("Mayor Bill de Blasio" for "De Blasio"): a sentence's first word is
    capitalised whatever it is.

    Examples:
        >>> text = "Bill de Blasio spoke. De Blasio left."
        >>> particles_of_name(text, 22, ["De", "Blasio"], 1)
        True
        >>> particles_of_name("De Gaulle left.", 0, ["De", "Gaulle"], 1)
        False
    """
    if first >= len(tokens) or not all(token.lower() in PARTICLE_WORDS for token in tokens[:first]):
        return False
    needle = " ".join([*(token.lower() for token in tokens[:first]), tokens[first]])
    low, high = max(0, start - _PARTICLE_REACH), start
    found = text.find(needle, low, high)
    while found >= 0:
        after = found + len(needle)
        if (
            found > 0
            and text[found - 1] in " \t\u00a0"
            and (after >= len(text) or not text[after].isalpha())
        ):
            return True
        found = text.find(needle, found + 1, high)
    return False


def _is_person_word(word: str) -> bool:
    """Whether *word* is a given name or an initial, which only a person's name holds."""
    return bool(lexicon().gender_of_name(word)) or _INITIALS.fullmatch(word) is not None


@functools.lru_cache(maxsize=4096)
def _is_title(word: str) -> bool:
    """Whether a capitalised *word* before a name is a title or modifier, not part of it.

    Examples:
        >>> _is_title("Sen."), _is_title("Former"), _is_title("Texas-based"), _is_title("Ana")
        (True, True, True, False)
    """
    words = lexicon()
    bare = word.rstrip(".")
    return (
        bare in words.honorifics
        or bare in words.title_words
        or words.is_role_compound(bare)
        or bare.casefold().endswith(words.modifier_suffixes)
    )


def _is_label(word: str) -> bool:
    """Whether *word* is a party or a party-and-state label ("Democrat", "D-Mo"), not a name.

    Examples:
        >>> _is_label("Republican"), _is_label("R-Ohio"), _is_label("Ruiz")
        (True, True, False)
    """
    words = lexicon()
    return word in words.party_words or words.party_label.fullmatch(word) is not None


def _is_title_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole short line in title case (a headline).

    Its capitalised runs are headline words ("Mayor Backs Plan"), not names.

    Examples:
        >>> line = "Ana Ruiz Slams Harbour Plan As Costs Soar"
        >>> _is_title_line(line, 0, len(line)), _is_title_line("Ana Ruiz met us.", 0, 16)
        (True, False)
    """
    if (
        end - start > _TITLE_LINE_LENGTH
        or end - start < _TITLE_LINE_WORDS
        or (start > 0 and text[start - 1] != "\n")
    ):
        return False
    if end < len(text) and text[end] not in "\r\n":
        return False
    small = lexicon().small_words
    words = [word for word in _LINE_WORD.findall(text, start, end) if word.casefold() not in small]
    if len(words) < _TITLE_LINE_WORDS:
        return False
    capitalised = sum(1 for word in words if word[:1].isupper())
    return capitalised >= _TITLE_SHARE * len(words)


def _opening_participle(text: str, word: str, start: int) -> bool:
    """Whether *word* is a participle that opens a sentence ("Continuing, she said …").

    A word followed by a speech verb is that verb's subject, a name ("Kipling said").

    Examples:
        >>> text = "Kipling said no. Speaking later, Kipling agreed."
        >>> _opening_participle(text, "Kipling", 0), _opening_participle(text, "Speaking", 17)
        (False, True)
    """
    return (
        len(word) > _PARTICIPLE_LENGTH
        and word.endswith(lexicon().participle_endings)
        and not lexicon().gender_of_name(word)
        and _opens_sentence(text, start)
        and not _before_speech_verb(text, start + len(word))
    )


def _before_speech_verb(text: str, position: int) -> bool:
    """Whether the word after *position* (past one space) is a speech verb."""
    if not text.startswith(" ", position):
        return False
    after = _LINE_WORD.match(text, position + 1)
    return after is not None and after.group() in lexicon().verbs


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].strip(" \t\"“„«»‘'")
    return not before or before[-1:] in ".!?\n:"


def _is_common_noun(token: str, text: str, start: int) -> bool:
    """Whether a capitalised *token* opening a run is a common noun ("Carmaker", "Nurse")."""
    words = lexicon()
    folded = token.casefold()
    if folded in words.person_nouns:
        return True
    if folded in words.organisation_nouns and _after_noun_article(text, start):
        return True  # "das Unternehmen Kessler Bau"
    before = text[max(0, start - 3) : start].strip(" \t\"“„«»‘'")
    if before and before[-1:] not in ".!?\n:":
        return False
    return folded in words.organisation_nouns or folded.endswith(("maker", "airline"))


def _after_noun_article(text: str, start: int) -> bool:
    """Whether an article of a language that capitalises nouns ends right before *start*."""
    before = text[max(0, start - 8) : start]
    if not before.endswith((" ", "\t")):
        return False
    words = before.split()
    return bool(words) and words[-1] in lexicon().noun_articles


def find_names(text: str, start: int = 0, end: int | None = None) -> list[Name]:
    """The names that lie within ``text[start:end]``, in order, each line read whole.

    Quote attribution reads names through :class:`~newsnorm.quotes.document.Document`,
    which reads each block of a document once; this is the plain function.

    Examples:
        >>> name = find_names("She joined Hollin & Pike in May.")[0]
        >>> name.words, name.label
        (('Hollin', 'Pike'), 'Hollin & Pike')
    """
    end = len(text) if end is None else end
    found: list[Name] = []
    line_start = text.rfind("\n", 0, start) + 1
    while line_start < end:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        found.extend(
            name
            for name in read_names(text, line_start, line_end)
            if name.start >= start and name.end <= end
        )
        line_start = line_end + 1
    return found


def read_names(text: str, start: int, end: int) -> list[Name]:
    """The names in the line (or piece of a line) ``text[start:end]``, in order.

    Examples:
        >>> [name.label for name in read_names("Ana Ruiz met Dr. Lee.", 0, 21)]
        ['Ana Ruiz', 'Lee']
    """
    found: list[Name] = []
    if start >= end or (end - start <= _TITLE_LINE_LENGTH and _is_title_line(text, start, end)):
        return found
    words = lexicon()
    function_words = words.function_words
    party_words = words.party_words
    party_label = words.party_label
    participle_endings = words.participle_endings
    # A long line (hostile, or a whole text without breaks) repeats its runs: read each once.
    memo: _Memo | None = {} if end - start > _MEMO_LINE else None
    for match in _CHAIN.finditer(text, start, end):
        chain_start, chain_end = match.span()
        if text[chain_start - 2 : chain_start] in _PARTICLE_ENDINGS and (
            text[max(0, chain_start - 6) : chain_start].rstrip(" \t").endswith(_LEADING_WORDS)
        ):
            leading = _LEADING_PARTICLE.search(text, max(0, chain_start - 6), chain_start)
            if leading is not None and leading.start(1) >= start:
                chain_start = leading.start(1)
        if match.end(1) == chain_end and chain_start == match.start():
            # One word, the common case: no titles or particles, at most a possessive.
            word = text[chain_start:chain_end]
            possessive = False
            if word.endswith(("’s", "'s")):
                possessive = True
                word = word[:-2]
            elif word.endswith(("’", "'")):
                word = word[:-1]
                # "Ruiz’ lawyer", "the Reyes' home": a plural or classical possessive
                possessive = word.endswith("s") and text[chain_end : chain_end + 1] == " "
            if (
                len(word) > 1
                and word not in function_words
                and word not in party_words
                # a party label has its hyphen second ("D-Mo"): the pattern only then
                and (word[1] != "-" or party_label.fullmatch(word) is None)
                and not (
                    len(word) > _PARTICIPLE_LENGTH
                    and word.endswith(participle_endings)
                    and _opening_participle(text, word, chain_start)
                )
                # "Speaker of the House Ana Ruiz": an office, not a name
                and not (word in words.honorifics and text.startswith(" of ", chain_end))
            ):
                found.append(
                    Name(
                        chain_start,
                        chain_start + len(word),
                        (word,),
                        (),
                        "",
                        possessive,
                        chain_start,
                        word,
                    )
                )
            continue
        # "Xi’s New Year message": the possessor is a name of its own.
        pieces = [chain_start]
        pieces.extend(
            split.end() for split in _POSSESSIVE_INSIDE.finditer(text, chain_start, chain_end)
        )
        if text.find(". ", chain_start, chain_end) >= 0:
            pieces.extend(_sentence_ends(text, chain_start, chain_end))
            pieces.sort()
        if chain_start > 0 and text[chain_start - 1] in "'’" and match.end(1) < chain_end:
            # "dell’Economia Giancarlo Giorgetti": the elided phrase ends at its first word
            second = match.end(1)
            while second < chain_end and text[second] in " \t\u00a0&":
                second += 1
            pieces.append(second)
            pieces.sort()
        pieces.append(chain_end)
        for piece_start, piece_end in itertools.pairwise(pieces):
            name = _parse(text, piece_start, piece_end, memo)
            if name is not None and name.start < name.end:
                found.append(name)
    if (
        len(found) < 3
        or not _holds_any(text, start, end, _NICKNAME_OPENERS)
        or _NICKNAME.search(text, start, end) is None
    ):
        return found
    by_end = {name.end: index for index, name in enumerate(found)}
    by_start = {name.chain_start: index for index, name in enumerate(found)}
    dropped: set[int] = set()
    for nickname in _NICKNAME.finditer(text, start, end):
        first = by_end.get(nickname.start())
        last = by_start.get(nickname.end())
        if first is None or last is None or first in dropped or found[first].possessive:
            continue
        left, right = found[first], found[last]
        found[last] = right._replace(
            start=left.start,
            words=left.words + right.words,
            titles=left.titles,
            gender=left.gender or right.gender,
            chain_start=left.chain_start,
            label=f"{left.label} {right.label}",
        )
        dropped.update(range(first, last))
    return [name for index, name in enumerate(found) if index not in dropped]


def _holds_any(text: str, start: int, end: int, marks: tuple[str, ...]) -> bool:
    """Whether any of *marks* occurs in ``text[start:end]`` (str.find: no pattern)."""
    for mark in marks:
        if text.find(mark, start, end) >= 0:
            break
    else:
        return False
    return True


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Where a sentence ends inside a run of capitalised words ("in Rome. Maria Rossi said").

    A word with a full stop may be a title ("Gen.", "Sens.") or an initial; any other
    ("Rome.", "März.") ends a sentence, and the next name starts after it.

    Examples:
        >>> text = "held in Rome. Maria Rossi said"
        >>> _sentence_ends(text, 8, 25)
        [14]
    """
    return [
        split.end()
        for split in _FULL_STOP_INSIDE.finditer(text, start, end)
        if not _is_abbreviation(split.group(1))
    ]


@functools.lru_cache(maxsize=4096)
def _is_abbreviation(word: str) -> bool:
    """Whether *word* before a full stop is a title or an abbreviation ("Gen", "Govs").

    Examples:
        >>> _is_abbreviation("Gen"), _is_abbreviation("Rome")
        (True, False)
    """
    abbreviation = lexicon().abbreviation
    return (
        abbreviation.search(word) is not None
        # a plural title: "Govs. Jeb Bush and Chris Christie"
        or abbreviation.search(word.removesuffix("s")) is not None
    )


def display(text: str, name: Name) -> str:
    """The name as the text writes it, without titles or possessive.

    Examples:
        >>> text = "Dr. Lucia Ferraro's clinic"
        >>> display(text, find_names(text)[0])
        'Lucia Ferraro'
    """
    return name.label or text[name.start : name.end]

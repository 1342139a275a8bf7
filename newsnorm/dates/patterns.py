r"""Compile the date grammar of a language from its calendar data: one pattern per opening.

The grammar is a list of named forms (``day_month``, ``weekday``, ``unit_relative``, ...),
each a regular expression over the words of :mod:`newsnorm.dates.vocabulary`. Word lists
become tries with their case variants spelled out (a case-sensitive trie is what the regex
engine scans fastest), and every repetition is bounded or possessive, so matching stays
linear whatever the text holds. Patterns are compiled once per language and cached.

Besides the grammar, :func:`_keys` finds the words and numbers every expression holds one
of, and :func:`_prefixes` lists the words that may open an expression before its key
("the end of", "last", "il y a"): scanning starts only there.

Examples:
    >>> pattern("en").match("Jan. 5, 2026").group()
    'Jan. 5, 2026'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import Final

import regex

from newsnorm.dates.vocabulary import Calendar, calendar, languages

__all__ = ["DIGIT_FORMS", "FORMS", "openers", "pattern"]

_BOUNDARY: Final = r"(?<![\p{L}\p{N}_])"
_GLUED: Final = (
    r"(?:(?<![\p{L}\p{N}_])|(?<=\p{Ll}))"  # "potusFebruary": a capital after a glued word
)
_END: Final = r"(?![\p{L}\p{N}_])"
_YEAR: Final = r"(?P<year>(?:1[6-9]|20|21)\d\d)(?![\p{N}])"
_DAY: Final = r"(?<![\p{N}.,:/-])(?P<day>0?[1-9]|[12]\d|3[01])(?![\p{N}])"
_SPACE: Final = r"\s{1,3}"
_NEVER: Final = r"(?!)"
_NUMERIC_END: Final = r"(?![\p{N}]|[.,/:-]\p{N})"
FORMS: Final = (
    "iso",
    "cjk",
    "numeric_short",
    "week",
    "numeric",
    "quarter_code",
    "century",
    "decade",
    "spelled_year",
    "day_month",
    "month_day",
    "relative_month",
    "holiday",
    "month",
    "weekday",
    "season",
    "quarter",
    "period",
    "unit_relative",
    "ago",
    "shift",
    "day_word",
    "year",
)


def _escape_character(character: str) -> str:
    if character == " ":
        return r"\s{1,3}"
    if character in "'\u2019":
        return "['\u2019]"
    return regex.escape(character)


def _escape(word: str) -> str:
    return "".join(_escape_character(character) for character in word)


def _trie_nodes(words: Iterable[str]) -> dict[str, dict]:  # type: ignore[type-arg]
    """*words* as nested dicts, one level per character; the key ``""`` marks a word's end."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for character in word.replace("\u2019", "'"):
            node = node.setdefault(character, {})
        node[""] = {}
    return root


def _trie(words: Iterable[str]) -> str:
    """A pattern matching any of *words*, longest first, shaped as a trie (fast to scan)."""
    root = _trie_nodes(words)

    def render(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [
            _escape_character(character) + render(child)
            for character, child in sorted(node.items())
            if character
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return render(root)


def _class_member(character: str) -> bool:
    """Whether *character* is escaped to itself alone (so it may join a character class)."""
    return character not in " '\u2019" and len(character) == 1


def _shared_branches(words: Iterable[str]) -> list[str]:
    """The top branches of :func:`_trie` over *words*, with the branches that end alike merged.

    Sibling branches open with different characters, so at most one of them can match at a
    position: trying them as one character class followed by their common rest
    (``[Mm]arch``, not ``March|march``) gives the same matches in the same order, from a
    shorter source, which the regex module compiles faster. So does ``s?`` for ``(?:s)?``.
    """
    root = _trie_nodes(words)

    def branches_of(node: dict[str, dict]) -> list[tuple[str, ...]]:  # type: ignore[type-arg]
        rests: dict[tuple[str, ...], list[str]] = {}
        for character, child in sorted(node.items()):
            if character:
                rests.setdefault(render(child), []).append(character)
        branches = []
        for rest, characters in rests.items():
            simple = [character for character in characters if _class_member(character)]
            others = [character for character in characters if not _class_member(character)]
            if len(simple) > 1:
                members = "".join(regex.escape(character) for character in simple)
                branches.append((f"[{members}]", *rest))
            else:
                others = characters
            branches.extend((_escape_character(character), *rest) for character in others)
        return branches

    def render(node: dict[str, dict]) -> tuple[str, ...]:  # type: ignore[type-arg]
        """The pattern of *node* as tokens: an escaped character, a class, a group."""
        branches = branches_of(node)
        if not branches:
            return ()
        if len(branches) == 1:
            body = branches[0]
        else:
            # (?:a S|b S) tries what (?:a|b)S does, in the same order: S written once
            shared = 0
            shortest = min(len(branch) for branch in branches) - 1
            while shared < shortest and len({branch[-1 - shared] for branch in branches}) == 1:
                shared += 1
            heads = "|".join("".join(branch[: len(branch) - shared]) for branch in branches)
            body = (f"(?:{heads})", *branches[0][len(branches[0]) - shared :])
        if "" not in node:
            return body
        if len(body) == 1 and (_atom(body[0]) or _group(body[0])):
            return (f"{body[0]}?",)
        return (f"(?:{''.join(body)})?",)

    if "" in root:  # the empty word: one optional group, as :func:`_trie` has it
        return ["".join(render(root))]
    return ["".join(branch) for branch in branches_of(root)]


def _atom(piece: str) -> bool:
    """Whether *piece* is one escaped character or one character class (so ``?`` may follow)."""
    if piece.startswith("[") and piece.endswith("]"):
        return piece.count("[") == 1 and piece.count("]") == 1 and "\\" not in piece
    return len(piece) == 1 or (len(piece) == 2 and piece[0] == "\\" and not piece[1].isalnum())


def _group(token: str) -> bool:
    """Whether *token* (from :func:`_shared_branches`) is one unquantified group."""
    return token.startswith("(?:") and token.endswith(")")


def _cased_trie(variants: set[str]) -> str:
    """A trie of *variants*, with the all-capital words ("MARCH") in a trie of their own.

    Then "March" and "march" share their rest as ``[Mm]arch``. Two tries in a row give what
    one would (the longest word first) when no word of one is a prefix of a word of the
    other, so that at most one of them holds the words a text position can match; when
    that fails, one trie it is. The result is a bare alternation (to wrap in a group).
    """
    capitals = {word for word in variants if word == word.upper() and word != word.lower()}
    others = variants - capitals
    if capitals and others:
        plain_capitals = [word.replace("\u2019", "'") for word in capitals]
        plain_others = [word.replace("\u2019", "'") for word in others]
        if not any(
            capital.startswith(other) or other.startswith(capital)
            for capital in plain_capitals
            for other in plain_others
        ):
            return "|".join([*_shared_branches(others), *_shared_branches(capitals)])
    return "|".join(_shared_branches(variants))


def _variants(word: str, case: str) -> tuple[str, ...]:
    capitalised = word[:1].upper() + word[1:]
    if case == "title":
        return (capitalised, word.upper())
    return (word, capitalised, word.upper())


def _alternation(words: Iterable[str], *, case: str = "any") -> str:
    """An alternation of *words*, longest first, with their case variants spelled out.

    *case* "title" admits only "March" and "MARCH" (English "march" is a verb); "any" also
    admits the lower-case word. Spelled-out variants keep the pattern case-sensitive, which
    the regex engine scans much faster than a case-insensitive one.
    """
    variants = {variant for word in words if word for variant in _variants(str(word), case)}
    if not variants:
        return _NEVER
    return f"(?:{_cased_trie(variants)})"


def _alternation_cased(words: Iterable[str]) -> str:
    """An alternation of *words* as written ("Christmas Eve", "jour de l'An") and in capitals."""
    variants = {
        variant for word in words for variant in (word, word[:1].upper() + word[1:], word.upper())
    }
    return f"(?:{_cased_trie(variants)})" if variants else _NEVER


def _holiday_keys(table: Calendar) -> list[str]:
    """The first word of each holiday name, as written ("Christmas", "jour")."""
    return [str(name).split()[0].split("-")[0] for name in table.raw.get("holidays", {})]


def _month_pattern(table: Calendar, *, full_only: bool = False) -> str:
    case = "title" if table.month_case == "title" else "any"
    full = [name for name in table.months if name not in table.abbreviations]
    short = [name for name in table.abbreviations if not full_only]
    names = f"(?P<month>{_alternation(full, case=case)})(?![\\p{{L}}])"
    if short:
        names += f"|(?P<month>{_alternation(short, case=case)})(?![\\p{{L}}])\\.?"
    return f"(?:{names})"


def _decade_pattern(table: Calendar) -> str:
    forms = []
    for form in table.raw.get("decade_forms", ()):
        pieces = regex.split(r"(\{decade\}|\{short\})", form)
        built = []
        for piece in pieces:
            if piece == "{decade}":
                built.append(r"(?P<decade>1[6-9]\d0|20\d0)")
            elif piece == "{short}":
                built.append(r"(?P<short>\d0)")
            elif piece:
                built.append(_alternation([piece]))
        forms.append("".join(built))
    return "|".join(forms) if forms else _NEVER


def _spelled_year(table: Calendar, *, with_words: bool = True) -> str:
    """A year in words ("nineteen ninety-six", "the year two thousand"), or never.

    Groups: ``sy_hundreds``, ``sy_tens``, ``sy_ones``, ``sy_thousands``, ``sy_after`` and
    ``sy_word`` ("the year"); :func:`newsnorm.dates.grammar._spelled_value` reads them.
    """
    words = table.raw.get("spelled_year")
    if not words:
        return _NEVER
    hundreds = _alternation(words["hundreds"])
    tens = _alternation(words["tens"])
    ones = _alternation(words["ones"])
    thousands = _alternation(words["thousands"])
    connectors = _alternation(words.get("thousand_connectors", ()))
    opener = f"(?:(?P<sy_word>{_alternation(words['year_words'])}){_SPACE})?" if with_words else ""
    return (
        f"{opener}(?:(?P<sy_hundreds>{hundreds})[ -](?P<sy_tens>{tens})"
        f"(?:[ -](?P<sy_ones>{ones}))?{_END}"
        f"|(?P<sy_thousands>{thousands})(?:{_SPACE}(?:{connectors}{_SPACE})?"
        f"(?P<sy_after>{ones}|{tens}){_END}(?!-))?{_END})"
    )


def _decade_words(table: Calendar) -> str:
    """A decade in words ("the nineties", "los noventa", "die achtziger Jahre"), or never."""
    words = table.words("decade_words")
    if not words:
        return _NEVER
    determiners = _alternation(table.words("decade_word_determiners"))
    suffixes = table.words("decade_word_suffixes")
    suffix = f"(?:{_SPACE}{_alternation(suffixes)}{_END})?" if suffixes else ""
    return f"{determiners}{_SPACE}(?P<decade_word>{_alternation(words)}){_END}{suffix}"


def _century_pattern(table: Calendar) -> str:
    words = _alternation(table.words("century_words"))
    suffixes = _alternation([*table.words("ordinal_suffixes"), "ème", "ᵉ"])
    determiners = _alternation(table.words("determiners"))
    return (
        f"(?:{determiners}{_SPACE})?(?:(?P<century>\\d{{1,2}})(?:{suffixes})|(?P<roman>[IVX]{{1,5}})"
        f"(?:{suffixes})?){_SPACE}{words}{_END}|{words}{_SPACE}(?P<roman>[IVX]{{1,5}}){_END}"
    )


DIGIT_FORMS: Final = (
    "iso",
    "cjk",
    "numeric_short",
    "week",
    "numeric",
    "century",
    "decade",
    "day_month",
    "quarter",
    "period",
    "ago",
    "shift",
    "year",
)
"""The forms that can open with a digit."""
_MONTH_FORMS: Final = ("month_day", "month")
_WEEKDAY_FORMS: Final = ("day_month", "month_day", "weekday")
_MODIFIED: Final = ("decade", "relative_month", "month", "season", "unit_relative", "year")
_DETERMINED: Final = ("century", "decade", "day_month", "season", "quarter", "unit_relative")
_RELATIVE: Final = ("relative_month", "weekday", "season", "unit_relative")


def _first_word(phrase: str) -> str:
    word = phrase.split(maxsplit=1)[0] if phrase.split() else ""
    return word.strip("-").replace("\u2019", "'")


def _spelled_openers(table: Calendar) -> list[str]:
    """The words a year in words opens with ("nineteen", "two", "the")."""
    words = table.raw.get("spelled_year") or {}
    phrases = [
        *words.get("hundreds", ()),
        *words.get("thousands", ()),
        *words.get("year_words", ()),
    ]
    return [str(phrase).split()[0].lower() for phrase in phrases]


def _period_openers(table: Calendar) -> list[str]:
    """The first words of business-period phrases ("year-ago" opens with "year")."""
    words = [*table.words("period_modifiers"), *table.words("period_words")]
    return [regex.split(r"[\s-]", word, maxsplit=1)[0] for word in words]


@functools.cache
def openers(language: str) -> dict[str, tuple[str, ...]]:
    """Each word that can open an expression (lower-cased) and the forms it can open.

    Trying only those forms at a word keeps each anchored match cheap; a word that opens
    none is not tried at all.

    Examples:
        >>> openers("en")["last"]
        ('relative_month', 'weekday', 'season', 'quarter', 'period', 'unit_relative')
    """
    table = calendar(language)
    classes: list[tuple[tuple[str, ...], Iterable[str]]] = [
        (_MODIFIED, table.words("modifiers")),
        (_DETERMINED, [*table.words("determiners"), *table.words("day_determiners")]),
        (_RELATIVE, table.words("relative_before")),
        (("ago", "shift"), [*table.words("numbers"), *table.words("ago_before")]),
        (("quarter", "period"), [*table.words("ordinals"), *table.words("fiscal_words")]),
        (("period",), [*table.words("period_determiners"), *_period_openers(table)]),
        (
            ("quarter", "period"),
            [*table.words("relative_before"), *table.words("period_modifiers")],
        ),
        (("season",), table.words("seasons")),
        (("spelled_year",), _spelled_openers(table)),
        (("holiday",), [word.lower() for word in _holiday_keys(table)]),
        (("decade",), [*table.words("decade_word_determiners")]),
        (("day_word",), table.words("days")),
        (("unit_relative",), [word for forms in table.raw["units"].values() for word in forms]),
        (("century",), table.words("century_words")),
        (("decade",), [form for form in table.words("decade_forms") if not form.startswith("{")]),
        (("quarter_code",), ["q"]),
        (_MONTH_FORMS, list(table.months)),
        (_WEEKDAY_FORMS, list(table.weekdays)),
    ]
    found: dict[str, set[str]] = {}
    for forms, phrases in classes:
        for phrase in phrases:
            found.setdefault(_first_word(phrase), set()).update(forms)
    found.pop("", None)
    return {word: tuple(name for name in FORMS if name in forms) for word, forms in found.items()}


@functools.cache
def pattern(language: str, forms: tuple[str, ...] = FORMS) -> regex.Pattern[str]:
    """The compiled grammar of *language*: the *forms* given, one named group each.

    Examples:
        >>> pattern("en").search("due on Jan. 5, 2026").group()
        'Jan. 5, 2026'
    """
    grammar = _grammar(language)
    return regex.compile("|".join(f"(?P<f_{name}>{grammar[name]})" for name in forms))


@functools.cache
def form_patterns(language: str) -> dict[str, regex.Pattern[str]]:
    """Each form of *language*'s grammar compiled on its own (group ``f_<form>``).

    Trying the forms of a subset one after the other at a position gives what their
    alternation would, and compiling each form once costs less than compiling every subset.

    Examples:
        >>> form_patterns("en")["month_day"].match("Jan. 5, 2026").group()
        'Jan. 5, 2026'
    """
    return {name: form_pattern(language, name) for name in FORMS}


@functools.cache
def form_pattern(language: str, form: str) -> regex.Pattern[str]:
    """One form of *language*'s grammar, compiled on its first use (group ``f_<form>``).

    A text compiles only the forms its words open, so a first call on a short text costs a
    few of them, not the whole grammar of every language.

    Examples:
        >>> form_pattern("en", "weekday").match("Tuesday").group()
        'Tuesday'
    """
    return regex.compile(f"(?P<f_{form}>{_grammar(language)[form]})")


@functools.cache
def all_form_patterns() -> dict[str, dict[str, regex.Pattern[str]]]:
    """Every language's forms, key patterns and openers, compiled together on first use.

    Compiling is the costly part of a first call (under a second for four languages),
    so it is paid once, up front, rather than in the middle of the first pages of another
    language.
    """
    for language in languages():
        _key_parts(language)
        _key_parts(language, names_only=True)
        _prefixes(language)
        openers(language)
    return {language: form_patterns(language) for language in languages()}


@functools.cache
def _grammar(language: str) -> dict[str, str]:
    """The source of each form of *language*'s grammar (built once, compiled by subsets)."""
    table = calendar(language)
    case = "title" if table.month_case == "title" else "any"
    month = _month_pattern(table)
    month_full = _month_pattern(table, full_only=True)
    weekday = f"(?P<weekday>{_alternation(table.weekdays, case=case)})(?![\\p{{L}}])"
    weekday_short = _alternation([*table.weekdays, *table.weekday_abbreviations], case=case)
    suffixes = _alternation(table.words("ordinal_suffixes"))
    day_connectors = _alternation(table.words("day_connectors"))
    day_determiners = _alternation(table.words("day_determiners"))
    year_connectors = _alternation(table.words("year_connectors"))
    modifiers = _alternation(table.words("modifiers"))
    relative_before = _alternation(table.words("relative_before"))
    relative_after = _alternation(table.words("relative_after"))
    determiners = _alternation(table.words("determiners"))
    units = _alternation([word for forms in table.raw["units"].values() for word in forms])
    year_units = _alternation(table.raw["units"]["year"])
    numbers = f"(?:\\d{{1,4}}|{_alternation(table.words('numbers'))})"
    fiscal = f"(?P<fiscal>{_alternation(table.words('fiscal_words'))})"
    period_modifiers = _alternation(table.words("period_modifiers"))
    period_determiners = _alternation(table.words("period_determiners"))
    spelled = _spelled_year(table, with_words=False)
    seasons = _alternation(table.words("seasons"))
    sensitive = set(table.words("case_sensitive_days"))
    days = "|".join(
        part
        for part in (
            _alternation([word for word in table.words("days") if word not in sensitive]),
            "(?:" + "|".join(_escape(word) for word in sensitive) + ")" if sensitive else "",
        )
        if part
    )
    return {
        "iso": f"(?<![\\p{{N}}.,/:-]){_YEAR}(?P<sep>[-/.])(?P<month>0?[1-9]|1[0-2])(?P=sep)"
        f"(?P<day>0?[1-9]|[12]\\d|3[01]){_NUMERIC_END}",
        "cjk": f"(?<![\\p{{N}}]){_YEAR}\\s?[年년]\\s?(?P<month>0?[1-9]|1[0-2])\\s?[月월]\\s?"
        "(?P<day>0?[1-9]|[12]\\d|3[01])\\s?[日일]",
        "numeric_short": "(?<![\\p{N}.,/:-])(?P<first>0?[1-9]|[12]\\d|3[01])(?P<sep>[/.])"
        "(?P<second>0?[1-9]|[12]\\d|3[01])(?P=sep)(?P<short_year>\\d\\d)(?![\\p{N}]|[.,/:-]\\p{N})",
        "week": f"(?<![\\p{{N}}]){_YEAR}-?W(?P<week>0[1-9]|[1-4]\\d|5[0-3])(?![\\p{{N}}])",
        "numeric": "(?<![\\p{N}.,/:-])(?P<first>0?[1-9]|[12]\\d|3[01])(?P<sep>[-/.])"
        "(?P<second>0?[1-9]|[12]\\d|3[01])(?P=sep)"
        f"(?P<year>(?:1[6-9]|20|21)\\d\\d){_NUMERIC_END}",
        "quarter_code": f"{_BOUNDARY}Q(?P<quarter>[1-4])(?:{_SPACE}{_YEAR}|{_END})",
        "century": f"{_BOUNDARY}(?:{_century_pattern(table)})",
        "decade": f"{_BOUNDARY}(?:(?:{determiners}{_SPACE})?"
        f"(?:(?P<modifier>{modifiers})\\s{{0,3}})?"
        f"(?:{_decade_pattern(table)}){_END}|{_decade_words(table)})",
        "spelled_year": f"{_BOUNDARY}(?:{_spelled_year(table)})",
        "day_month": f"{_GLUED}(?:{weekday}\\.?,?{_SPACE}(?:{determiners}{_SPACE})?)?"
        f"(?:{day_determiners}{_SPACE})?{_DAY}(?:{suffixes})?\\.?(?:\\s{{0,3}}|-)"
        f"(?:{day_connectors}{_SPACE})?{month}"
        f"(?:,?{_SPACE}(?:{year_connectors}{_SPACE})?{_YEAR}|-{_YEAR})?",
        "month_day": f"{_GLUED}(?:(?P<weekday>{weekday_short})(?![\\p{{L}}])\\.?,?{_SPACE})?"
        f"{month}\\s{{0,3}}"
        f"(?P<day>0?[1-9]|[12]\\d|3[01])(?![\\p{{N}}]|[-/:]\\p{{N}})(?:{suffixes})?(?![\\p{{L}}])"
        f"(?:,?{_SPACE}{_YEAR})?",
        "relative_month": f"{_BOUNDARY}(?:(?P<modifier>{modifiers})\\s{{0,3}})?"
        f"(?P<relative>{relative_before}){_SPACE}{month_full}",
        "month": f"{_GLUED}(?:(?P<modifier>{modifiers})\\s{{0,3}})?{month}"
        f"(?:,?{_SPACE}(?:{year_connectors}{_SPACE})?(?:{_YEAR}|{spelled})"
        f"|{_SPACE}(?P<year_relative>{relative_before}){_SPACE}{year_units}{_END}"
        f"|{_SPACE}(?P<relative_after>{relative_after}){_END})?",
        "holiday": f"{_BOUNDARY}(?P<holiday>{_alternation_cased(table.raw.get('holidays', {}))})"
        f"(?![\\p{{L}}])(?:,?{_SPACE}{_YEAR})?",
        "weekday": f"{_GLUED}(?:(?P<relative>{relative_before}){_SPACE})?{weekday}"
        f"(?:{_SPACE}(?P<relative_after>{relative_after}){_END})?"
        f"(?:\\s?(?P<day_part>{_alternation(table.words('day_parts'))}))?{_END}",
        "season": f"{_BOUNDARY}(?:(?P<modifier>{modifiers})\\s{{0,3}})?"
        f"(?:(?P<determiner>{determiners})\\s{{0,3}})?"
        f"(?:(?P<relative>{relative_before}){_SPACE})?(?P<season>{seasons}){_END}"
        f"(?:{_SPACE}(?P<relative_after>{relative_after}){_END})?"
        f"(?:{_SPACE}(?:{_alternation(table.words('season_connectors'))}{_SPACE})?"
        f"(?:{_YEAR}|(?P<year_relative>{relative_before}){_SPACE}{year_units}{_END}))?",
        "quarter": f"{_BOUNDARY}(?:{determiners}{_SPACE})?"
        f"(?:(?P<year_relative>{relative_before}){_SPACE}{year_units}['\u2019]s{_SPACE}"
        f"|(?P<pmod>{period_modifiers})(?:{_SPACE}|-)|{_YEAR}{_SPACE})?"
        f"(?:{fiscal}{_SPACE})?"
        f"(?P<ordinal>{_alternation(table.words('ordinals'))})"
        f"(?:{_SPACE}{fiscal})?"  # "its second fiscal quarter"
        f"(?:{_SPACE}|-){_alternation(table.words('quarter_words'))}{_END}"
        f"(?:{_SPACE}(?:{_alternation(table.words('quarter_connectors'))}{_SPACE})?"
        f"(?:{_YEAR}|(?P<year_relative>{relative_before}){_SPACE}{year_units}{_END}))?",
        "period": f"{_BOUNDARY}(?:(?P<determiner>{period_determiners}){_SPACE})?"
        f"(?:(?P<year_relative>{relative_before}){_SPACE}{year_units}['\u2019]s{_SPACE})?"
        f"(?:(?P<pmod>{period_modifiers}){_END}{_SPACE})?"
        f"(?:(?<![\\p{{L}}]){_YEAR}{_SPACE})?(?:{fiscal}{_SPACE})?"
        f"(?<![\\p{{L}}])(?P<period>{_alternation(table.words('period_words'))}){_END}(?!-\\p{{L}})"
        f"(?:{_SPACE}(?P<relative_after>{relative_before}){_SPACE}{year_units}{_END})?"
        f"|{_BOUNDARY}(?:(?P<determiner>{period_determiners}){_SPACE})?"
        f"(?P<pmod>{_alternation(table.words('period_comparisons'))}){_END}"
        f"|{_BOUNDARY}{fiscal}{_SPACE}{_YEAR}",
        "unit_relative": f"{_BOUNDARY}(?:(?P<modifier>{modifiers})\\s{{0,3}})?"
        f"(?:{determiners}\\s{{0,3}})?"
        f"(?:(?P<relative>{relative_before}){_SPACE}(?P<unit>{units}){_END}"
        f"|(?P<unit>{units}){_END}{_SPACE}(?P<relative_after>{relative_after}){_END})"
        f"|{_BOUNDARY}(?P<modifier>{modifiers})\\s{{0,3}}{determiners}\\s{{0,3}}(?P<unit>{units}){_END}",
        "ago": f"{_BOUNDARY}(?:(?P<number>{numbers}){_SPACE}(?P<unit>{units}){_SPACE}"
        f"{_alternation(table.words('ago_after'))}{_END}"
        f"|{_alternation(table.words('ago_before'))}{_SPACE}(?P<number>{numbers}){_SPACE}"
        f"(?P<unit>{units}){_END})"
        f"(?:{_SPACE}(?P<ago_this>{_alternation(table.words('ago_this'))}){_SPACE}"
        f"(?P<ago_unit>{units}){_END})?",
        "shift": f"{_BOUNDARY}(?P<number>{numbers}){_SPACE}(?P<unit>{units}){_SPACE}"
        f"(?P<shift>{_alternation(table.words('shift_after'))}){_END}",
        "day_word": f"{_BOUNDARY}(?P<day_word>{days}){_END}",
        # A year right after its modifier ("mid-2024") may follow the hyphen; any other
        # year must not follow a digit, separator or currency sign ("2023-2024", "$2025").
        "year": f"{_BOUNDARY}(?:(?P<modifier>{modifiers})\\s{{0,3}}|(?<![\\p{{N}}.,/:$€£¥-]))"
        f"{_YEAR}(?![.,/:-]\\p{{N}}|\\s?%|[sS](?![\\p{{L}}]))",
    }


NUMBER_KEYS: Final = regex.compile(
    r"(?<![\p{L}\p{N}_])(?:\d{4}(?!\d)"
    r"|\d{1,2}(?=[-/.]\d{1,2}[-/.]\d{4}(?!\d)|[/.]\d{1,2}[/.]\d\d(?![\d.,/:-])"
    r"|\.\s{0,3}\p{L}|-\p{L}|\p{L}|[\u00b0'\u2019]))"
)
"""The numbers scanning starts at: a possible year, or a number that opens a form by itself.

"03/05/2025", "3rd", "1990s", "3. Mai" and "3-May" open with their number; a number before
a space ("3 May", "3 days ago") is reached from the word after it, which is a key (see
:func:`_keys`), and most numbers of a page ("3 people", "25%", "10:30", "12/3") are no key
at all.
"""


@functools.cache
def _keys(language: str, *, names_only: bool = False) -> re.Pattern[str]:
    """The words every expression without a :data:`NUMBER_KEYS` number holds one of.

    With *names_only*, only the month and weekday names.

    This pattern runs over the whole text, so it is compiled with the standard ``re``: it
    tries a trie of literal words only at word starts, which makes it several times faster
    than ``regex`` here. It stays linear: a trie of bounded words and a one-character
    look-ahead.
    """
    return re.compile(rf"{_word_starts(_key_words(language, names_only))}(?![^\W\d_])")


@functools.cache
def _key_words(language: str, names_only: bool) -> frozenset[str]:
    """The key words of :func:`_keys`, each in the cases a text may write it."""
    table = calendar(language)
    case = "title" if table.month_case == "title" else "any"
    spelled = table.raw.get("spelled_year") or {}
    words = [
        *table.words("seasons"),
        *table.words("days"),
        *(word for forms in table.raw["units"].values() for word in forms),
        *table.words("century_words"),
        *table.words("period_words"),
        *table.words("decade_words"),
        *(
            str(word).split()[-1]
            for key in ("hundreds", "thousands")
            for word in spelled.get(key, ())
        ),
    ]
    names = [*table.months, *table.weekdays]
    variants = {variant for word in names for variant in _variants(word, case)}
    if not names_only:
        variants.update(
            variant
            for word in _holiday_keys(table)
            for variant in (word, word[:1].upper() + word[1:], word.upper())
        )
    if not names_only:
        variants.update(variant for word in words for variant in _variants(word, "any"))
    return frozenset(variants)


_WORD_CHARACTER: Final = re.compile(r"\w")


@functools.cache
def _key_parts(language: str, *, names_only: bool = False) -> tuple[re.Pattern[str], ...]:
    r""":func:`_keys` as patterns whose matches, merged, are its matches: cheaper to scan.

    The words that open with a capital (and "Q3") are scanned from their first letter (see
    :func:`_word_starts`), which the standard engine skips to; the words in lower case
    keep ``\b`` before their trie. No word of one part opens with a character a word of
    the other opens with, so at one offset at most one part matches, and the leftmost match
    of the whole pattern from any offset is the leftmost of the parts' matches from there.
    A single part when all words open alike.
    """
    words = _key_words(language, names_only)
    capital = {word for word in words if _WORD_CHARACTER.match(word) and not word[0].islower()}
    rest = words - capital
    if not rest or not capital:
        return (_keys(language, names_only=names_only),)
    return (
        re.compile(rf"{_word_starts(capital)}(?![^\W\d_])"),
        re.compile(rf"\b(?:{_trie(rest)})(?![^\W\d_])"),
    )


def _word_starts(words: AbstractSet[str]) -> str:
    r"""``\b(?:Q[1-4]|{trie of words})``, shaped so that the standard engine scans it fast.

    ``re`` skips straight to the characters a pattern can open with only when every branch
    opens with a literal character; a leading ``\b`` hides them. So, for capitalised words
    (English and German month and weekday names), each branch is its first character, then
    the word-start test as "not two word characters" (the first is one), then the trie of
    the rest: the same matches, found about three times faster on a page.
    """
    rests: dict[str, set[str]] = {"Q": set()}
    for word in words:
        rests.setdefault(word[0], set()).add(word[1:])
    if any(_WORD_CHARACTER.fullmatch(first) is None or first.islower() for first in rests):
        # a word that opens with a sign, or in lower case: nearly every word of a text opens
        # with a letter the engine would stop at, and the plain pattern is as fast
        return rf"\b(?:Q[1-4]|{_trie(words)})"
    branches = []
    for first, rest in sorted(rests.items()):
        body = _trie(rest)  # "" for a one-letter word; optional when a word ends here
        if first == "Q":  # "Q3": tried before the words that open with "Q"
            body = f"(?:[1-4]|{body})" if rest else "[1-4]"
        branches.append(rf"{_escape_character(first)}(?<!\w\w){body}")
    return "(?:" + "|".join(branches) + ")"


_NAME_FORMS: Final = frozenset({"day_month", "month_day", "month", "relative_month"})
_UNIT_FORMS: Final = frozenset(
    {"unit_relative", "ago", "shift", "period", "quarter", "spelled_year", "month"}
)


@functools.cache
def key_forms(language: str) -> dict[str, frozenset[str]]:
    """Each key word of :func:`_keys` (lower-cased) to the forms that can hold it.

    A match must reach past its key, so only forms that hold such a word are tried from
    the starts before it: "El 3 de marzo" tries the date forms, not "el" + a season.

    Examples:
        >>> sorted(key_forms("en")["spring"])
        ['season']
    """
    table = calendar(language)
    spelled = table.raw.get("spelled_year") or {}
    classes: list[tuple[frozenset[str], Iterable[str]]] = [
        (frozenset({"season"}), table.words("seasons")),
        (frozenset({"day_word"}), table.words("days")),
        (_UNIT_FORMS, [word for forms in table.raw["units"].values() for word in forms]),
        (frozenset({"century"}), table.words("century_words")),
        (frozenset({"period", "quarter"}), table.words("period_words")),
        (frozenset({"decade"}), table.words("decade_words")),
        (
            frozenset({"spelled_year", "month"}),
            [
                str(word).split()[-1]
                for key in ("hundreds", "thousands")
                for word in spelled.get(key, ())
            ],
        ),
        (_NAME_FORMS, table.months),
        (frozenset({"day_month", "month_day", "weekday"}), table.weekdays),
        (frozenset({"quarter_code"}), ["q1", "q2", "q3", "q4"]),
        (frozenset({"holiday"}), [word.lower() for word in _holiday_keys(table)]),
    ]
    found: dict[str, set[str]] = {}
    for forms, words in classes:
        for word in words:
            found.setdefault(str(word).lower(), set()).update(forms)
    return {word: frozenset(forms) for word, forms in found.items()}


@functools.cache
def _prefixes(language: str) -> frozenset[str]:
    """Words that may open an expression before its key word ("the end of", "last", "il y a")."""
    table = calendar(language)
    phrases = [
        *table.words("modifiers"),
        *table.words("determiners"),
        *table.words("day_determiners"),
        *table.words("relative_before"),
        *table.words("ago_before"),
        *table.words("numbers"),
        *table.words("ordinals"),
        *table.words("weekday_abbreviations"),
        *table.weekdays,
        *(piece for form in table.words("decade_forms") for piece in form.split()),
        *table.words("century_words"),
        *table.words("day_connectors"),
        *table.words("period_modifiers"),
        *table.words("period_determiners"),
        *table.words("fiscal_words"),
    ]
    words = {
        piece.strip("-").replace("\u2019", "'") for phrase in phrases for piece in phrase.split()
    }
    return frozenset(word for word in words if word and not word.startswith("{"))

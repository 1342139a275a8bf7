"""Line features: what a line of a page looks like, and how much it votes for being article.

A news page rendered as text alternates two kinds of lines. *Prose* is long, made of
sentences (it ends in ``.``, ``!``, ``?``, ``。`` or a closing quote) and full of function
words ("the", "of", "und", "что"): at least a fifth of the words of running text are
stopwords in every language we checked, while menus, headlines and teaser lists have few and
are written in Title Case. *Furniture* is short, has no sentence punctuation, begins with a
list marker (``* item``), ends in an ellipsis (a truncated teaser), repeats elsewhere on the
page, is a bare date, or says what it is ("Share", "Related Articles": see
:mod:`newsnorm.boilerplate.phrases`).

Each line gets a :class:`LineInfo` with a *kind* and a *score*: prose scores its length,
furniture a penalty. The article region is then the run of lines with the largest total
score (:mod:`newsnorm.boilerplate.region`), so a short subhead or a pull quote between two
paragraphs costs little, while a teaser list costs more than the paragraphs beyond it gain.

Scripts without spaces (Chinese, Japanese) are measured in characters: one CJK character
weighs as much as three Latin ones (a Hangul syllable as two), and the ideographic full
stop, exclamation and question marks end sentences; in Thai, Lao, Khmer and Burmese, which
leave no space between words, five letters count as a word. A page whose long lines have
almost no known stopwords is in a language without a list: its prose is told by length and
sentence punctuation alone. A long line that ends like a sentence is prose whatever its
stopwords, so a language that shares few function words with the lists is not lost.

Examples:
    >>> describe("The council met on Monday and voted to keep the ferry running all winter.").kind
    'prose'
    >>> describe("* World News").kind
    'list'
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from itertools import accumulate, filterfalse, repeat
from typing import TYPE_CHECKING, Final, NamedTuple, cast

import regex

from newsnorm.boilerplate import weights as w
from newsnorm.boilerplate.phrases import (
    _COUNT,
    _EDGE_MARKS,
    _LEADING,
    _MARKERS,
    _WORD_END,
    COMMENT_HEADER_LIMIT,
    LONG_PREFIX_LIMIT,
    _fold_lines,
    _phrases,
    contained_reasons,
    cookie_notices,
    header_reason,
    key_reason,
    stopwords,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

__all__ = ["LineInfo", "describe", "describe_lines"]

CJK_WEIGHT: Final = 3
"""A CJK character carries about as much text as this many Latin characters."""
HANGUL_WEIGHT: Final = 2
"""A Hangul syllable carries about as much text as this many Latin characters."""
MIN_PROSE_WORDS: Final = 7
"""A prose line has at least this many words."""
DENSE_WORD_LENGTH: Final = 5
CJK_WORD_LENGTH: Final = 2
"""A Chinese or Japanese word is about this many characters."""
CJK_LINE_CHARACTERS: Final = 10
"""A line with this many CJK characters is read as CJK text (its own prose tests)."""
"""In scripts without spaces between words (Thai), a word is about this many characters."""
MIN_PROSE_WEIGHT: Final = 60
"""A prose line is at least this heavy…"""
MIN_CJK_PROSE_WEIGHT: Final = 45
"""…or this heavy when it holds ten CJK characters or more."""
MIN_STOPWORD_SHARE: Final = 0.12
"""A line that ends like a sentence is prose from this share of stopwords on."""
LONG_SENTENCE_WORDS: Final = 12
"""A line of this many words that ends like a sentence is prose whatever its stopwords."""
UNKNOWN_STOPWORD_SHARE: Final = 0.3
"""The stopword share assumed for every line of a page in a language without a list."""
MIN_PAGE_STOPWORD_SHARE: Final = 0.08
"""Below this share of stopwords in its long lines, a page's language has no list here."""
KNOWN_LANGUAGE_SAMPLE_LINE: Final = 40
"""Lines at least this long sample the page's language."""
KNOWN_LANGUAGE_SAMPLE_WORDS: Final = 2000
"""The sample stops after this many words."""
TITLE_CASE_SHARE: Final = 0.6
"""A line whose words are more than this share capitalised, with no full stop, is a headline."""

_INLINE_REASONS: Final = frozenset({"caption", "advertisement", "share"})
_MARKERS_AND_SPACE: Final = "*+•·▪►◦‣∙- "
_PUNCTUATION: Final = re.compile(r"[^\w\s]")
_ELIGIBLE_RUN: Final = re.compile(f"e{{{w.PARALLEL_MIN_ROWS},}}")
_TABLE_RUN: Final = re.compile(f"r{{{w.TABLE_MIN_ROWS},}}")
_SHAPED_RUN: Final = re.compile(f"x{{{w.PARALLEL_MIN_ROWS},}}")  # lines with punctuation
_ROW_KINDS: Final = frozenset({"short", "date", "list"})  # the kinds a table's row may have
_CJK: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# Scripts written without spaces between words but with alphabets: Thai, Lao, Khmer, Burmese.
_DENSE: Final = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_HANGUL: Final = regex.compile(r"\p{Hangul}")
# Every character of the scripts above lies in these blocks (Thai is the first, at U+0E01):
# a line with none of them is measured without the slower script lookups. A plain character
# class, scanned by the standard library's re, which does it several times faster.
_MAYBE_WIDE: Final = re.compile(
    "[\u0e00-\u0eff\u1000-\u11ff\u1780-\u17ff\u19e0-\u19ff\u2e80-\uabff\uac00-\ud7ff"
    "\uf900-\ufaff\uff00-\uffef\U00010000-\U0010ffff]"
)
_FIRST: Final = operator.itemgetter(0)
_LIST_MARKERS: Final = frozenset("*+•·▪►◦‣∙-")
_CLOSERS: Final = "\"'”’»)]*"  # noqa: RUF001
_SENTENCE_END: Final = frozenset(".!?。！？;:")  # noqa: RUF001
_COLONS: Final = frozenset(":：")  # noqa: RUF001
_QUESTION_OR_EXCLAMATION: Final = frozenset("?!？！")  # noqa: RUF001
_CONTINUED: Final = (",", "、", "，", ";", "；")  # noqa: RUF001
_SENTENCE_BREAK: Final = regex.compile(r"[.!?][\"'”’»)]?\s++\p{Lu}|[。！？]")  # noqa: RUF001
_YEAR_OR_DATE: Final = regex.compile(
    r"\b(?:1[89]|20)\d{2}\b|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b|\b\d{1,2}:\d{2}\b"
)
_DIGIT: Final = regex.compile(r"\d")
_TIME_AGO: Final = regex.compile(
    r"^\d++\s*+(?:min|mins|minutes?|h|hrs?|hours?|d|days?|weeks?|months?)\s++ago$",
    regex.IGNORECASE,
)


class LineInfo(NamedTuple):
    """What one line of a page looks like.

    Attributes:
        kind: ``"prose"``, ``"phrase"`` (a known boilerplate phrase), ``"header"`` (opens a
            teaser list or the comments), ``"list"`` (a short list item), ``"date"`` (a date
            or time line), ``"ellipsis"`` (a truncated teaser), ``"table"`` (a row of a
            table, see :func:`describe_lines`), ``"short"`` (anything else).
        reason: For ``"phrase"`` and ``"header"``, the reason the line is dropped.
        weight: The line's length, CJK characters counted :data:`CJK_WEIGHT` times and
            Hangul syllables :data:`HANGUL_WEIGHT` times.
        score: The line's vote in the region choice: positive for prose.
        headline: Whether the line has the shape of a headline.
        sentence: Whether the line ends like a sentence (``.``, ``!``, ``?``, ``。``…).
        colon: Whether the line ends in a colon, announcing what follows.
    """

    kind: str
    reason: str | None
    weight: int
    score: float
    headline: bool
    sentence: bool = False
    colon: bool = False


_new_info: Final = cast(
    "Callable[[tuple[str, str | None, int, float, bool, bool, bool]], LineInfo]",
    functools.partial(tuple.__new__, LineInfo),
)
"""A :class:`LineInfo` from all its fields, without the slower generated ``__new__``."""


def describe(line: str) -> LineInfo:
    """Describe one trimmed line of a page.

    Examples:
        >>> info = describe("Sign up for our newsletter")
        >>> info.kind, info.reason
        ('phrase', 'newsletter')
    """
    return describe_lines([line])[0]


def describe_lines(lines: Sequence[str]) -> list[LineInfo]:
    """Describe the trimmed lines of a page, in order.

    A line that repeats (menus do) is described once. What can be computed for the whole
    page at once is: the lowered lines, the phrases that decide lines
    (:func:`~newsnorm.boilerplate.phrases.page_reasons`), whether the page's language has a
    stopword list.

    A line is described alone, except a table's rows: at least
    :data:`~newsnorm.boilerplate.weights.TABLE_MIN_ROWS` lines in a row, neither prose nor
    known phrases, whose cells are set apart by runs of spaces or tabs, as a page rendered
    to text lays out a table. Each becomes a ``"table"`` line, which scores a little
    (:data:`~newsnorm.boilerplate.weights.TABLE_ROW_SHARE`): a table inside the article
    stays with it.

    Examples:
        >>> [info.kind for info in describe_lines(["Related", "Harbour gets a new crane"])]
        ['header', 'short']
    """
    return _describe_page(lines)[0]


def _describe_page(lines: Sequence[str]) -> tuple[list[LineInfo], dict[str, str]]:
    """:func:`describe_lines`, and each distinct line case-folded (for callers that need it).

    One reading of each distinct line: its phrase lookups (as
    :func:`~newsnorm.boilerplate.phrases.page_reasons` makes them), its description and its
    table marks are made in one loop, with the page's tables
    (phrases found inside lines, networks named, cookie notices, stopword counts) made
    before it, once.

    Examples:
        >>> infos, folded = _describe_page(["Related", "Harbour"])
        >>> [info.kind for info in infos], folded["Related"]
        (['header', 'short'], 'related')
    """
    unique = list(dict.fromkeys(lines))  # a line's description depends on its text alone
    folded, lowered = _fold_lines(unique)
    stops: dict[str, int] = {}
    lowered_of = dict(zip(unique, lowered, strict=True))
    common = stopwords() if _knows_language(map(lowered_of.__getitem__, lines), stops) else None
    # One scan of the page's non-ASCII lines tells whether any line can hold a wide character.
    wide = _MAYBE_WIDE.search("\n".join(filterfalse(str.isascii, unique))) is not None
    contained, social = contained_reasons(unique, lowered)
    cookies = cookie_notices(unique, lowered)
    phrases = _phrases()
    known_keys, prefixes, symbols = phrases.known, phrases.prefixes, phrases.symbols
    teaser_prefixes, comment_prefixes = phrases.teaser_prefixes, phrases.comment_prefixes
    described: dict[str, LineInfo] = {}
    marks: dict[str, str] = {}  # a line's table marks: eligible ("e") and a row ("r")
    for index, line, lowered_line in zip(range(len(unique)), unique, lowered, strict=True):
        length = len(line)
        # The phrases, as page_reasons() reads them.
        header = reason = None
        if length > LONG_PREFIX_LIMIT:  # no whole-line or leading phrase decides it
            reason = contained.get(index)
        else:
            key = lowered_line.lstrip(_LEADING).rstrip(_EDGE_MARKS)
            known = key in known_keys or key.rstrip(_COUNT) in known_keys
            if length <= COMMENT_HEADER_LIMIT and (
                known
                or key.partition(" ")[0] in teaser_prefixes
                or key.startswith(comment_prefixes)
            ):
                header = header_reason(key)
            if header is None:
                named = index in social
                text = lowered_line.lstrip(_MARKERS)
                if (
                    known
                    or named
                    or text.partition(" ")[0].rstrip(_WORD_END) in prefixes
                    or text[:1] in symbols
                ):
                    reason = key_reason(line, lowered_line, key, social=named)
                reason = reason or contained.get(index)
        if header is None and reason is None and index in cookies:
            reason = "navigation"
        # The description.
        cjk = dense = hangul = 0
        if wide and not line.isascii() and _MAYBE_WIDE.search(line) is not None:
            cjk = len(_CJK.findall(line))
            dense = len(_DENSE.findall(line))
            hangul = len(_HANGUL.findall(line))
        weight = length + (CJK_WEIGHT - 1) * cjk + (HANGUL_WEIGHT - 1) * hangul
        mark = ".."  # only short, date and list lines may be a table's rows
        if header is not None:
            info = _new_info(("header", header, weight, w.HEADER_SCORE, False, False, False))
        elif reason is not None:
            # Captions, ads and share bars sit inside articles too: crossing them costs little.
            if reason in _INLINE_REASONS:
                extra = min(weight, w.INLINE_PHRASE_CAP) * w.INLINE_PHRASE_SHARE
            else:
                extra = min(weight, w.PHRASE_WEIGHT_CAP)
            score = -(w.PHRASE_BASE_COST + extra)
            info = _new_info(("phrase", reason, weight, score, False, False, False))
        else:
            bare = line.rstrip(_CLOSERS)
            last = bare[-1:]
            ends = last in _SENTENCE_END
            if weight < w.ELLIPSIS_MAX_WEIGHT and (last == "…" or bare.endswith("...")):
                score = -float(min(weight, w.ELLIPSIS_WEIGHT_CAP))
                info = _new_info(("ellipsis", None, weight, score, False, False, False))
            else:
                prose = None
                # lowered: words and single spaces
                words = lowered_line.count(" ") + 1 if lowered_line else 0
                listed = line[:1] in _LIST_MARKERS and line[1:2].isspace()
                if weight >= (
                    MIN_CJK_PROSE_WEIGHT if cjk >= CJK_LINE_CHARACTERS else MIN_PROSE_WEIGHT
                ):
                    if common is None:
                        stop_share = UNKNOWN_STOPWORD_SHARE
                    else:
                        count = stops.get(lowered_line)
                        if count is None:
                            count = _count_stopwords(lowered_line, common)
                        stop_share = count / max(words, 1)
                    word_count = words + cjk // CJK_WORD_LENGTH + dense // DENSE_WORD_LENGTH
                    if _is_prose(line, word_count, cjk, stop_share, ends=ends) and not (
                        (listed and weight < w.LISTED_PROSE_MIN_WEIGHT)
                        or _is_title_case(line, words, ends=ends)
                    ):
                        full = stop_share >= w.FULL_PROSE_STOPWORD_SHARE or cjk
                        score = float(weight) * (1.0 if full else w.THIN_PROSE_SHARE)
                        if listed:
                            score *= w.LISTED_PROSE_SHARE
                        colon = last in _COLONS
                        prose = _new_info(("prose", None, weight, score, False, ends, colon))
                if prose is not None:
                    info = prose
                else:
                    headline = (
                        (not ends or last in _QUESTION_OR_EXCLAMATION)
                        and w.HEADLINE_MIN_WEIGHT <= weight <= w.HEADLINE_MAX_WEIGHT
                        and (cjk >= w.HEADLINE_MIN_CJK or words >= w.HEADLINE_MIN_WORDS)
                    )
                    if listed:
                        info = _new_info(
                            ("list", None, weight, w.LIST_SCORE, headline, False, False)
                        )
                    elif weight <= w.DATE_MAX_WEIGHT and _is_date_line(line):
                        info = _new_info(("date", None, weight, w.DATE_SCORE, False, False, False))
                    elif _is_title_case(line, words, ends=ends):
                        # Title Case without a full stop: a headline, of this article or of
                        # a teaser.
                        score = -float(min(weight, w.TITLE_CASE_WEIGHT_CAP))
                        score *= w.TITLE_CASE_COST_SHARE
                        info = _new_info(("short", None, weight, score, headline, ends, False))
                    else:
                        # A line that stops at a comma continues its sentence on the next one.
                        sentence = ends or line.endswith(_CONTINUED)
                        colon = last in _COLONS
                        info = _new_info(
                            ("short", None, weight, w.SHORT_SCORE, headline, sentence, colon)
                        )
                    mark = ("e" if weight <= w.TABLE_ROW_MAX_WEIGHT else ".") + (
                        "r" if "  " in line or "\t" in line else "."
                    )
        described[line] = info
        marks[line] = mark
    infos = list(map(described.__getitem__, lines))
    return _mark_tables(lines, infos, list(map(marks.__getitem__, lines))), dict(
        zip(unique, folded, strict=True)
    )


def _same_shape_runs(lines: Sequence[str], start: int, end: int) -> Iterator[range]:
    """The runs of lines of one shape among ``lines[start:end]``, as ranges of indices.

    A line's shape is a digit first or not, then its first two punctuation marks (a list
    marker is not one); a line without punctuation has none.
    """
    texts = [line.lstrip(_MARKERS_AND_SPACE) for line in lines[start:end]]
    # A menu's items are words and spaces only: they have no shape, and str methods tell
    # them fast. Shapes are read only in runs of long enough lines that are not.
    plain = "".join(["p" if text.replace(" ", "").isalnum() else "x" for text in texts])
    for candidates in _SHAPED_RUN.finditer(plain):
        first, last = candidates.span()
        shapes = [
            ("0" if text[:1].isdigit() else "a") + "".join(marks) if marks else ""
            for text, marks in zip(
                texts[first:last],
                (_PUNCTUATION.findall(text, 0, w.SHAPE_PREFIX)[:2] for text in texts[first:last]),
                strict=True,
            )
        ]
        index = 0
        count = len(shapes)
        while index < count:
            shape = shapes[index]
            stop = index + 1
            while stop < count and shapes[stop] == shape:
                stop += 1
            if shape and stop - index >= w.PARALLEL_MIN_ROWS:
                yield range(start + first + index, start + first + stop)
            index = stop


def _mark_tables(lines: Sequence[str], infos: list[LineInfo], marks: list[str]) -> list[LineInfo]:
    """*infos*, with the rows of each table of *lines* described as ``"table"`` lines.

    A row is a trimmed line, neither prose nor a known phrase, whose cells are set apart by
    two spaces or more or a tab; or one of a run of lines of the same shape: the same first
    two punctuation marks, and a digit first in all or in none ("12 May - Lyon, Hall 3",
    "14 May - Nice, Arena"), a schedule or a list of results written without a table.
    Menus and link lists have no punctuation, and teaser headlines vary theirs. The runs
    are found by regular expressions over one letter a line, not by a loop over the lines.

    *marks* holds two letters a line: ``"e"`` if it may be a row (its kind may, and it is
    light enough), and ``"r"`` if it may and its cells are set apart; ``"."`` if not.
    """
    joined = "".join(marks)
    eligible = joined[0::2]
    codes = list(joined[1::2])
    for run in _ELIGIBLE_RUN.finditer(eligible):  # shapes matter only in long enough runs
        for rows in _same_shape_runs(lines, *run.span()):
            codes[rows.start : rows.stop] = "r" * len(rows)
    for table in _TABLE_RUN.finditer("".join(codes)):
        for row in range(*table.span()):
            info = infos[row]
            score = w.TABLE_ROW_SHARE * min(info.weight, w.TABLE_ROW_WEIGHT_CAP)
            infos[row] = LineInfo("table", None, info.weight, score, False, info.sentence)
    return infos


def _is_title_case(line: str, words: int, *, ends: bool) -> bool:
    """Whether most words of *line*, of *words* words and no sentence end, are capitalised."""
    if ends or words < 4:
        return False
    capitals = sum(map(str.isupper, map(_FIRST, line.split())))
    return capitals / words > TITLE_CASE_SHARE


def _count_stopwords(lowered: str, common: frozenset[str]) -> int:
    return sum(map(common.__contains__, lowered.split()))


def _knows_language(lowered: Iterable[str], stops: dict[str, int]) -> bool:
    """Whether the page's long lines are in a language whose stopwords we know.

    A page in a language without a list (Thai, Amharic…) would have no line with function
    words; its prose is then told by length and punctuation alone. The sample is the page's
    long lines, in order, until :data:`KNOWN_LANGUAGE_SAMPLE_WORDS` words. The stopwords
    counted in each long line are kept in *stops*, by lowered line, for its description.
    """
    common = stopwords()
    sample = [line for line in lowered if len(line) >= KNOWN_LANGUAGE_SAMPLE_LINE]
    if not sample:
        return True
    unique = list(dict.fromkeys(sample))
    stops.update(
        zip(
            unique,
            map(sum, map(map, repeat(common.__contains__), map(str.split, unique))),
            strict=True,
        )
    )
    # Lowered lines are words and single spaces: a line has one word more than spaces.
    totals = list(accumulate(map((1).__add__, map(str.count, sample, repeat(" ")))))
    end = bisect.bisect_left(totals, KNOWN_LANGUAGE_SAMPLE_WORDS) + 1
    words = totals[min(end, len(totals)) - 1]
    known = sum(map(stops.__getitem__, sample[:end]))
    return words == 0 or known >= words * MIN_PAGE_STOPWORD_SHARE


def _is_prose(line: str, word_count: int, cjk: int, stop_share: float, *, ends: bool) -> bool:
    """Whether a line heavy enough to be prose reads like it."""
    if cjk >= CJK_LINE_CHARACTERS:
        return (ends and line[-1:] not in _QUESTION_OR_EXCLAMATION) or "，" in line or "、" in line  # noqa: RUF001
    return word_count >= MIN_PROSE_WORDS and (
        (ends and (stop_share >= MIN_STOPWORD_SHARE or word_count >= LONG_SENTENCE_WORDS))
        or (stop_share >= w.PROSE_STOPWORD_SHARE and word_count >= w.PROSE_MIN_WORDS_UNENDED)
        or len(_SENTENCE_BREAK.findall(line)) >= w.PROSE_MIN_SENTENCE_BREAKS
    )


def _is_date_line(line: str) -> bool:
    if _DIGIT.search(line) is None:  # both forms need a digit: most lines go here
        return False
    if _YEAR_OR_DATE.search(line) is None:
        return _TIME_AGO.match(line) is not None
    return sum(map(str.isalpha, line)) <= w.DATE_MAX_LETTERS

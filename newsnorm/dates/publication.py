r"""Choose the page's own publication date among the dates its text shows.

A news page shows many dates: its own, an "Updated" stamp, the dates of teasers for other
stories, a copyright year, dates inside the story. A reader finds the page's own date by
where it stands and what labels it, and :func:`find_publication_date` weighs the same
evidence for every full date (day, month and year) on the page:

* **Labels.** "Published", "Posted", "First published on", a byline's "By" (and their
  German, French and Spanish equivalents, in ``data/calendar``) say the date is the page's
  own; "Updated" or "Last modified" say it is a later stamp, which wins only when the page
  shows no other date of its own. The label nearest before the date counts.
* **Position.** A dateline ("BERLIN, 12. Februar 2025 -"), a line holding only the date, a
  byline ("By Ana Ruiz | 3 March 2025 | 4 min read") and a date just above the first
  paragraph of running text are where pages put their own date. A date inside running
  text is about the story, not the page, and never wins without a label.
* **Lists.** Teasers ("Related:", "Most read", a run of short headline/date lines), a date
  in parentheses after a headline, and copyright lines name other pages' dates; they never
  win.
* **The URL.** A date in the page's URL (``/2025/03/07/``) confirms the candidate it
  equals, and stands in when the text shows none.

Dates after the article's first paragraph lose points unless labelled. The highest score
wins; ties go to the earlier date. When no candidate reaches the threshold the page does
not state its date and the answer is ``None``.

A wire dateline without a year ("MANILA, Oct 3 (AFP) - ... on Friday") still names the
page's date: the latest year in which that day is not after the processing date (*today*)
and, when the lead names a weekday, falls on it.

Examples:
    >>> find_publication_date("Ferry fares rise\nBy Ana Ruiz | 3 March 2025\n\nFares rose.").value
    '2025-03-03'
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import operator
import re
from typing import Final

import attrs
import regex

from newsnorm.dates.grammar import Expression, Steps, iter_scan
from newsnorm.dates.order import infer_order
from newsnorm.dates.patterns import _trie
from newsnorm.dates.resolve import resolve
from newsnorm.dates.vocabulary import Calendar, calendar, guess_calendar
from newsnorm.model import DateMention
from newsnorm.text import _check_text

__all__ = ["find_publication_date"]

THRESHOLD: Final = 2
"""The score a candidate needs to be the publication date."""
_PROSE_WORDS: Final = 20
_SHORT_WORDS: Final = 14
_LABEL_REACH: Final = 48
_LIST_REACH: Final = 6
_URL_DATE: Final = regex.compile(
    r"(?<![\d])((?:19|20)\d\d)[/_-]?+(0[1-9]|1[0-2])[/_-]?+(0[1-9]|[12]\d|3[01])(?![\d])"
)
_DATELINE: Final = regex.compile(
    r"^[\p{Lu}][\p{Lu}\p{M} .'\u2019/-]{1,40}+(?:,[\p{L} .]{0,30}+)?,\s*+$"
)
_TIME: Final = regex.compile(
    r"[\s,|\u00b7@-]{0,8}+(?:\d{1,2}[:.h]\d\d(?:\s*+[ap]\.?m\.?)?(?:\s*+[A-Z]{2,4})?|[ap]\.?m\.?)?[\s,|\u00b7.-]{0,8}+$",
    regex.IGNORECASE,
)
_COPYRIGHT: Final = ("©", "(c)", "copyright")  # looked for in the lower-cased text


@attrs.frozen
class _Candidate:
    mention: DateMention
    score: int


@functools.cache
def _labels(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns of the published, updated and teaser labels of *language* (and English).

    They read lower-cased text: a case-sensitive trie compiled with the standard ``re`` is
    several times faster than a case-insensitive ``regex`` pattern, and as linear.
    """
    tables = [calendar(language)] if language == "en" else [calendar(language), calendar("en")]

    def compile_words(words: set[str]) -> re.Pattern[str]:
        return re.compile(rf"(?<![^\W\d_])(?:{_trie(words)})(?![^\W\d_])")

    published: set[str] = set()
    updated: set[str] = set()
    teasers: set[str] = set()
    for table in tables:
        labels = table.raw.get("publication_labels", {})
        published.update(word.lower() for word in labels.get("published", ()))
        updated.update(word.lower() for word in labels.get("updated", ()))
        teasers.update(table.words("teaser_labels"))
        published.update(table.words("byline_words"))
    return compile_words(published), compile_words(updated), compile_words(teasers)


@functools.cache
def _bylines(language: str) -> re.Pattern[str]:
    """The byline words of *language* and English ("min read", "No Comments", "Staff").

    Read after a date (from its last character): they make it the byline's date. A label
    of another date ("3 March | Updated 5 March") is no byline.
    """
    words = {word for code in {language, "en"} for word in calendar(code).words("byline_words")}
    return re.compile(rf"(?<![^\W\d_])(?:{_trie(words)})(?![^\W\d_])")


@attrs.frozen
class _Page:
    """The text with its line breaks indexed, so that each look-up costs a bisection."""

    text: str
    breaks: tuple[int, ...]
    body_start: int
    prose: tuple[int, ...]  # the starts of the first few lines of running text

    @classmethod
    def of(cls, text: str) -> _Page:
        lengths = itertools.accumulate(map(len, text.split("\n")[:-1]))
        breaks = tuple(map(operator.add, lengths, itertools.count()))  # plus one per break
        prose = _prose_lines(text, breaks)
        return cls(text, breaks, prose[0] if prose else len(text), prose)

    def prose_before(self, start: int) -> int:
        """How many lines of running text (of the first few) begin before *start*."""
        return bisect.bisect_left(self.prose, start)

    def line(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the line holding ``text[start:end]``."""
        index = bisect.bisect_left(self.breaks, start)
        line_start = self.breaks[index - 1] + 1 if index > 0 else 0
        after = bisect.bisect_left(self.breaks, end)
        line_end = self.breaks[after] if after < len(self.breaks) else len(self.text)
        return line_start, line_end

    def lines_between(self, first: int, second: int) -> int:
        low, high = min(first, second), max(first, second)
        return bisect.bisect_left(self.breaks, high) - bisect.bisect_left(self.breaks, low)


_SENTENCE: Final = regex.compile(r"[.!?][\"'\u201d\u2019]?(?:\s|$)")
_REACH: Final = 200
_MOST_DATES: Final = 500  # a page states its own date among its first dates: read no more
_YEAR_OR_SHORT_DATE: Final = re.compile(
    r"\d(?<!\d\d)(?:(?<=1)[6-9]\d\d|(?<=2)[01]\d\d|\d?[./]\d{1,2}[./]\d\d)(?!\d)"
)
"""Every full date holds one: a year from 1600 to 2199, or a short date ("31.10.23").

It opens with its digit, then checks that no digit precedes it, so that the standard
engine skips straight from digit to digit over the page.
"""
_LEAD: Final = 700  # a dateline and the lead's weekday lie within this many characters
_BEFORE_YEAR: Final = 48  # the farthest a full date starts before its year
_YEAR_DIGITS: Final = regex.compile(
    r"(?<!\d)(?:1[6-9]|20|21)\d\d(?!\d)"
)  # the farthest a label, a dateline or a line's start is looked for


_PROSE_LINES: Final = 3  # lines of running text counted: the lead, a standfirst, the body


def _prose_lines(text: str, breaks: tuple[int, ...]) -> tuple[int, ...]:
    """Offsets of the first lines of running text (many words, a sentence end)."""
    position = 0
    found: list[int] = []
    for line_end in (*breaks, len(text)):
        if (
            line_end - position >= 2 * _PROSE_WORDS  # too short to hold that many words
            and len(text[position:line_end].split()) >= _PROSE_WORDS
            and _SENTENCE.search(text, position, line_end)
        ):
            found.append(position)
            if len(found) == _PROSE_LINES:
                break
        position = line_end + 1
    return tuple(found)


def _is_date_line(text: str, line_start: int, line_end: int, mention: DateMention) -> bool:
    """Whether the line holds nothing but the date (and perhaps a time)."""
    start, end = mention.start or 0, mention.end or 0
    if start - line_start > _REACH or line_end - end > _REACH:
        return False
    return (
        not text[line_start:start].strip(" \t|\u00b7\u2022-\u2014,")
        and _TIME.match(text, end, line_end) is not None
    )


_BYLINE_START: Final = re.compile(r"(?:by|von|par|por)\b")
_CLOCK: Final = re.compile(
    r"[\s,|\u00b7@-]{0,4}(?:um\s|à\s|at\s|a las\s)?\d{1,2}[:.h]\d\d(?!\d)", re.IGNORECASE
)


def _line_above(page: _Page, line_start: int) -> str:
    """The nearest non-blank line above the line at *line_start* (at most two lines up)."""
    position = line_start
    for _ in range(3):
        if position <= 0:
            return ""
        above_start, _ = page.line(position - 1, position - 1)
        above = page.text[max(above_start, position - 1 - _LABEL_REACH) : position - 1]
        if above.strip():
            return above
        position = above_start
    return ""


def _nearest_label(prefix: str, published: re.Pattern[str], updated: re.Pattern[str]) -> str | None:
    """Which label ends nearest the end of *prefix*: "published", "updated" or ``None``."""
    best: tuple[int, str] | None = None
    lowered = prefix.lower()
    for kind, pattern in (("published", published), ("updated", updated)):
        for match in pattern.finditer(lowered):
            if (
                best is None
                or match.end() > best[0]
                or (match.end() == best[0] and kind == "updated")
            ):
                best = (match.end(), kind)
    return best[1] if best else None


def _in_list(page: _Page, line_start: int, date_lines: list[tuple[int, bool]]) -> bool:
    """Whether the date line at *line_start* has two unlabelled date lines near it (a list)."""
    index = bisect.bisect_left(date_lines, (line_start, False))
    near = 0
    for other, labelled in date_lines[max(0, index - 3) : index + 4]:
        if (
            other != line_start
            and not labelled
            and page.lines_between(other, line_start) <= _LIST_REACH
        ):
            near += 1
    return near >= 2


def _score(
    page: _Page,
    mention: DateMention,
    *,
    table: Calendar,
    date_lines: list[tuple[int, bool]],
    url_date: str | None,
) -> int | None:
    """The evidence for *mention* being the page's date, or ``None`` when it cannot be."""
    text = page.text
    published, updated, teasers = _labels(table.language)
    start, end = mention.start or 0, mention.end or 0
    line_start, line_end = page.line(start, end)
    opening = text[max(line_start, start - _REACH) : start]
    prefix = opening[-_LABEL_REACH:]
    date_line = _is_date_line(text, line_start, line_end, mention)
    if date_line and line_start > 0:  # a label above ("Published\n3 March 2025", "Date\n\n...")
        above = _line_above(page, line_start)
        if len(above.split()) <= 3:
            prefix = f"{above} {prefix}"
    lowered = opening.lower()
    if any(mark in lowered for mark in _COPYRIGHT) or teasers.search(lowered):
        return None
    trimmed = opening.rstrip()
    if trimmed.endswith("(") and opening.strip("( "):
        return None  # "Bridge reopens (12 May 2025)": another story's date
    label = _nearest_label(prefix, published, updated)
    line = text[line_start:line_end] if line_end - line_start <= _REACH else ""
    goes_on = trimmed != opening and trimmed[-1:].islower()  # "resume on 9 May": a sentence
    outside = f"{text[line_start:start]} {text[end:line_end]}" if line else ""  # "24. Januar"
    sentence = goes_on and _SENTENCE.search(outside) is not None  # has its own dot
    short = bool(line) and len(line.split()) <= _SHORT_WORDS and not sentence
    dateline = start - line_start <= _REACH and _DATELINE.match(text, line_start, start) is not None
    after = text[max(0, end - 1) : min(line_end, end + 40)].lower()  # with the date's last
    byline = _bylines(table.language).search(after, 1 if end > 0 else 0) is not None
    if not byline and (date_line or short):  # "6 January 2020\nBy Ana Ruiz": the line below
        below = text[line_end + 1 : line_end + 1 + _LABEL_REACH].lstrip("\n").lower()
        byline = _BYLINE_START.match(below) is not None
    timed = _CLOCK.match(text, end, min(len(text), end + 24)) is not None
    score = 0
    if label == "published":
        score += 5
    elif label == "updated":
        score += 2
    if byline:
        score += 3  # "3 March 2025 · 4 min read", "12 May 2025 No Comments"
    if dateline:
        score += 4
    if date_line or short:
        score += 2
        if timed:
            score += 1  # "15.06.2020, 12.11 Uhr", "Nov 2, 2023 09:20 PM": a timestamp
    elif label is None and not dateline and not byline:
        return None  # a date inside running text is about the story
    body_start = page.body_start
    leads_body = start < body_start and page.lines_between(line_end, body_start) <= 2
    if date_line and label is None and not leads_body and _in_list(page, line_start, date_lines):
        return None  # a run of headline/date lines: a teaser list
    prose = page.prose_before(start)
    if prose >= _PROSE_LINES - 1 and not dateline:
        score -= 3  # inside the story, below its lead
    elif prose == 1 and not dateline and not (date_line or short):
        score -= 3
    elif prose <= 1 and (body_start - start <= 400 or prose == 1):
        score += 1  # just above the story, or between its lead and its body
    if url_date is not None and mention.value == url_date:
        score += 4
    return score


def _url_date(url: str | None) -> tuple[str, str] | None:
    if not url:
        return None
    match = _URL_DATE.search(url)
    if match is None:
        return None
    try:
        day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return match.group(), day.isoformat()


def _year_windows(text: str) -> list[tuple[int, int]]:
    """Spans around each four-digit year (every full date holds one), and the page's lead."""
    windows = [(0, min(len(text), _LEAD))]
    for year in _YEAR_OR_SHORT_DATE.finditer(text):
        start, end = max(0, year.start() - _BEFORE_YEAR), year.end() + 4
        if start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


def _full_days(
    text: str, table: Calendar, steps: Steps | None = None
) -> tuple[list[DateMention], list[Expression]]:
    found = iter_scan(
        text,
        table,
        windows=_year_windows(text),
        names_only=True,
        passed_over={"year"},
        steps=steps,
    )
    expressions = list(itertools.islice(found, _MOST_DATES))
    order = infer_order(expressions, table)
    mentions: list[DateMention] = []
    for expression in expressions:
        if expression.year is None or expression.form not in {
            "iso",
            "numeric",
            "numeric_short",
            "day_month",
            "month_day",
        }:
            continue
        resolved = resolve(expression, text=text, reference=None, order=order, table=table)
        if resolved is None or resolved[0] is None or "X" in resolved[0]:
            continue
        mentions.append(
            DateMention(expression.start, expression.end, expression.text, resolved[0], "day")
        )
    return mentions, expressions


_WEEKDAY_YEARS: Final = 28  # the weekdays of a calendar repeat within 28 years


def _dateline_without_year(
    text: str, expressions: list[Expression], today: dt.date
) -> DateMention | None:
    """A wire dateline's "Oct 3" ("MANILA, Oct 3 (AFP) -"), dated without its year.

    The year lies between the latest year the story names (a story is not older than the
    years it mentions; 28 years before *today* when it names none) and *today*'s (the day
    not after *today*), and the day falls on the weekday the lead names, if any. The page
    is dated only when that evidence leaves one year: a dateline whose year the text does
    not settle ("on Friday" fits a year in every six or so) states no date of its own, as
    in an archived wire story whose date is kept outside its text.
    """
    lead = next((item for item in expressions if item.form in {"day_month", "month_day"}), None)
    if lead is None or lead.year is not None or lead.start > _DATELINE_REACH:
        return None
    line_start = text.rfind("\n", 0, lead.start) + 1
    if not _DATELINE.match(text, line_start, lead.start):
        return None
    weekday = lead.weekday or next(
        (
            item.weekday
            for item in expressions
            if item.form == "weekday" and lead.end < item.start < lead.end + _LEAD_WEEKDAY
        ),
        None,
    )
    named = [
        int(found.group())
        for found in _YEAR_DIGITS.finditer(text)
        if int(found.group()) <= today.year
    ]
    # A story is not older than the latest year it names ("the first pause since 2023").
    earliest = max(named) if named else today.year - _WEEKDAY_YEARS
    fitting: list[dt.date] = []
    for year in range(today.year, earliest - 1, -1):
        try:
            day = dt.date(year, lead.month or 0, lead.day or 0)
        except ValueError:
            continue
        if day <= today and (weekday is None or day.isoweekday() == weekday):
            fitting.append(day)
    if len(fitting) != 1:
        return None  # the text does not settle the year
    return DateMention(lead.start, lead.end, lead.text, fitting[0].isoformat(), "day")


_DATELINE_REACH: Final = 200  # a dateline opens the page: its date starts this early
_LEAD_WEEKDAY: Final = 400  # the lead's weekday ("on Friday") follows the dateline this closely


def find_publication_date(
    text: str, *, url: str | None = None, today: dt.date | None = None
) -> DateMention | None:
    r"""Return the page's own publication date, chosen by the evidence around each date.

    Args:
        text: The plain text of the whole page (navigation, teasers and all).
        url: The page's URL, when known: a date in it confirms a candidate, and stands in
            (as a mention with origin ``"metadata"``) when the text shows no date.
        today: The processing date (``datetime.date.today()`` when ``None``): a dateline
            without a year ("MANILA, Oct 3 (AFP) -") takes the latest year in which that
            day is not after it, and falls on the weekday the lead names, if any.

    Returns:
        The winning date as a :class:`~newsnorm.model.DateMention` with day granularity
        and offsets into *text*, or ``None`` when the page does not state its date.

    Raises:
        TypeError: If *text* is not a ``str``, *url* not a ``str`` or ``None``, or
            *today* not a date or ``None``.

    Examples:
        >>> page = "Published 26 March 2025 · Updated 27 March 2025\nThe council met."
        >>> find_publication_date(page).value
        '2025-03-26'
        >>> find_publication_date("Talks resume on 9 September 2025 in the capital.") is None
        True
    """
    _check_text(text)
    if today is not None and not isinstance(today, dt.date):
        msg = f"today must be a datetime.date or None, got {type(today).__name__}"
        raise TypeError(msg)
    if url is not None and not isinstance(url, str):
        msg = f"url must be a str or None, got {type(url).__name__}"
        raise TypeError(msg)
    return _publication_date(text, url=url, today=today)


def _publication_date(
    text: str, *, url: str | None, today: dt.date | None, steps: Steps | None = None
) -> DateMention | None:
    """:func:`find_publication_date` on checked arguments, its scan sharing the memo *steps*.

    *steps* is shared with the scan of the page's body (see
    :data:`~newsnorm.dates.grammar.Steps`): stretches both hold are read once.
    """
    table = guess_calendar(text)
    mentions, expressions = _full_days(text, table, steps)
    from_url = _url_date(url)
    url_value = from_url[1] if from_url else None
    page = _Page.of(text)
    published, updated, _ = _labels(table.language)
    date_lines: list[tuple[int, bool]] = []
    for mention in mentions:
        line_start, line_end = page.line(mention.start or 0, mention.end or 0)
        if _is_date_line(text, line_start, line_end, mention):
            above_start, _ = page.line(max(0, line_start - 1), max(0, line_start - 1))
            above = text[max(above_start, line_start - _LABEL_REACH) : max(0, line_start - 1)]
            labelled = (
                line_start > 0
                and len(above.split()) <= 3
                and _nearest_label(above, published, updated)
            )
            date_lines.append((line_start, bool(labelled)))
    date_lines.sort()
    best: _Candidate | None = None
    for mention in mentions:
        score = _score(page, mention, table=table, date_lines=date_lines, url_date=url_value)
        if score is not None and score >= THRESHOLD and (best is None or score > best.score):
            best = _Candidate(mention, score)
    if best is not None:
        return best.mention
    if from_url is not None:
        return DateMention(None, None, from_url[0], from_url[1], "day", origin="metadata")
    processing = today or dt.datetime.now(dt.UTC).date()
    return _dateline_without_year(text, expressions, processing)

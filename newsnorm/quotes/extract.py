"""The extraction pass: spans, their cues, then one speaker choice per quote.

:func:`extract_quotes` pairs the marks (:mod:`~newsnorm.quotes.spans`), finds each quote's cue
(:mod:`~newsnorm.quotes.cues`) or the quote it continues, and hands the cue's mention to
:mod:`~newsnorm.quotes.speakers`, which chooses the speaker and says why.

Examples:
    >>> [(quote.text, quote.speaker) for quote in extract_quotes("“Fine,” said Ada Moss.")]
    [('Fine,', 'Ada Moss')]
"""

from __future__ import annotations

import operator
from typing import Final, TypeAlias

import attrs
import regex

from newsnorm.model import Quote
from newsnorm.quotes.cues import Cue, cue_after, cue_before
from newsnorm.quotes.document import WINDOW, Document, opens_line
from newsnorm.quotes.kinds import (
    _HEADLINE_LENGTH,
    _is_headline,
    _line_content,
    _not_speech_rule,
    in_house_marks,
    is_not_speech_reported,
    is_partial_quote,
    is_passage,
    looks_like_speech,
    opens_report,
    quoted_words,
)
from newsnorm.quotes.lexicon import find_verbs, verb_at
from newsnorm.quotes.mentions import Mention, leading_subject, read_subject, words_in
from newsnorm.quotes.names import Name
from newsnorm.quotes.spans import Span, plain_marks, span_fields
from newsnorm.quotes.speakers import Speakers
from newsnorm.text import _check_text

_ANY_MARK: Final = regex.compile(
    r"[\"'\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u300c\u300e]"
)
_ANGLES: Final = "\u00ab\u00bb\u2039\u203a"
_INCISE_START: Final = regex.compile(r",[ \t]*+")
_DASH_INCISE: Final = regex.compile(r"[ \t]*+[\u2014\u2013][ \t]*+(?=\p{Ll})")
_DASH: Final = regex.compile(r"[ \t]*+[\u2014\u2013][ \t]*+")
_INCISE_LENGTH: Final = 70
# A name in apposition that closes an incise: " Jean-Luc Morel,".
_APPOSED_NAME: Final = regex.compile(
    r"[ \t]*+\p{Lu}[\p{L}\p{M}'\u2019\-]*+(?:[ \t]++\p{Lu}[\p{L}\p{M}'\u2019\-]*+){0,3}[ \t]*+,"
)
_PREFIX_MARKS: Final = ' \t\u00a0:,;\u2014\u2013-"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019'
_REACH: Final = 300
"""How far past a cue names are read (an apposition, a fuller name given later)."""
_LINE_SLACK: Final = 300
_FINAL: Final = frozenset(".!?\u2026")
_BLANK: Final = "\n\r \t"
_BLANK_RUN: Final = 8
_NEXT_LINE_REACH: Final = 60
_NEXT_LINE_SUBJECT: Final = 4
"""How many words may open the next paragraph before the verb that attributes a quote."""
_GOES_ON: Final = regex.compile(r"[ \t]*+\p{Ll}")
_TRAILING_REACH: Final = 160
_TRAILING_COMMAS: Final = 2
"""How many commas back from a sentence's end its cue is looked for (an apposition after)."""
"""How far a sentence may run past a quote to the cue that ends it ("…” at the fair, she said.)."""
_SHARED_GAP: Final = 40
"""How far apart two quotes of one sentence may be to share the later one's cue."""
_FULL_NAME: Final = 2
"""A name before a colon needs a given name and a surname (or a title) to be a speaker."""
_CHAIN: Final = 2
"""A multi-paragraph quote has at least two paragraphs."""
_PARAGRAPH_GAP: Final = 2
"""Line breaks between paragraphs that follow each other (a blank line between)."""
_SKIPPED_MARKS: Final = 3
"""How many rejected quote marks (titles, scare quotes) a continuation may look past."""
_LOOK_BEHIND: Final = 2000
"""How far before a quote names are read for its pronouns and descriptions."""


_MentionFields: TypeAlias = tuple[str, int, int, str, "Name | None"]
"""A :class:`~newsnorm.quotes.mentions.Mention`'s fields as a plain tuple."""
_CueFields: TypeAlias = tuple[int, int, str, "_MentionFields | None"]
"""A :class:`~newsnorm.quotes.cues.Cue`'s fields as a plain tuple, its mention's too.

A candidate keeps its cue in this form until its speaker is chosen: the cyclic garbage
collector stops tracking an exact tuple of atomic items (a ``NamedTuple`` it tracks for as
long as it lives), and quote-dense text keeps one cue per quote alive to the end.
"""


def _fields(mention: Mention | None) -> _MentionFields | None:
    """*mention* as a plain tuple (:data:`_MentionFields`)."""
    if mention is None:
        return None
    return mention.kind, mention.start, mention.end, mention.word, mention.name


def _pack(cue: Cue) -> _CueFields:
    """*cue* as plain tuples (:data:`_CueFields`); ``Mention._make`` gives its mention back."""
    mention = cue.mention
    if mention is None:
        return cue.start, cue.end, cue.text, None
    return (
        cue.start,
        cue.end,
        cue.text,
        (mention.kind, mention.start, mention.end, mention.word, mention.name),
    )


@attrs.define
class _Candidate:
    """A span on its way to a quote: where it is and what attributes it."""

    span_open: int
    """Offset of the opening mark of the whole span (shared by the parts of a cut quote)."""
    span_close: int | None
    """Offset of the span's closing mark, ``None`` for a paragraph of a quote that goes on."""
    line_start: int
    """Start of the line the span opens on."""
    line_end: int
    """End of the line the span closes (or stops) on."""
    start: int
    end: int
    open_mark: int
    close_mark: int | None
    cue: _CueFields | None = None
    """The cue, as plain tuples (:func:`_pack`)."""
    speaker: tuple[str | None, int | None, int | None] = (None, None, None)
    reason: str = ""
    how: str = ""
    cue_text: str | None = None
    attributed: bool = False
    keep: bool = False
    source: _Candidate | None = None
    same_cue: bool = False
    needs_person: bool = False
    rejected: bool = False
    """Read as a title, scare quote, nickname or word, not as speech."""
    later: _Candidate | None = None
    """A later quote of the same sentence whose cue follows it (“A” and “B,” X said)."""
    speech: bool | None = None
    """Whether the quote reads as speech (kinds.looks_like_speech), once read."""


def _part(
    span: Span,
    start: int,
    end: int,
    open_mark: int,
    close_mark: int | None,
    *,
    cue: Cue | None = None,
) -> _Candidate:
    """A candidate for ``text[start:end]`` within *span*.

    It keeps the span's marks and line as plain integers rather than the span itself,
    so that the spans are freed once read (fewer objects for the cyclic garbage collector
    to walk on quote-dense text).
    """
    return _Candidate(
        span.open_mark,
        span.close_mark,
        span.line_start,
        span.line_end,
        start,
        end,
        open_mark,
        close_mark,
        None if cue is None else _pack(cue),
    )


def _split_incise(document: Document, span: Span) -> list[_Candidate]:
    """Cut « A, a-t-il expliqué, B » or “A —dijo Ruiz— B” at the cue it holds."""
    text = document.text
    whole = [_part(span, span.start, span.end, span.open_mark, span.close_mark)]
    angle = text[span.open_mark] in _ANGLES
    for match in _INCISE_START.finditer(text, span.start, span.end) if angle else ():
        verb = verb_at(text, match.end(), span.end)
        if verb is None:
            continue
        comma = text.find(",", verb.end, min(span.end, verb.end + _INCISE_LENGTH))
        if comma < 0:
            continue
        apposition = _APPOSED_NAME.match(text, comma + 1, span.end)
        if apposition is not None and not verb.pronoun:
            comma = apposition.end() - 1  # « …, assure le directeur, Jean Morel, mais … »
        if verb.pronoun:
            begin = verb.pronoun_start
            mention = read_subject(document, begin, begin + len(verb.pronoun), left=False)
        else:
            mention = read_subject(document, verb.end, comma, left=False)
        cue = Cue(verb.start, verb.end, verb.text, mention)
        second = comma + 1
        while second < span.end and text[second].isspace():
            second += 1
        first = _part(span, span.start, match.start(), span.open_mark, match.start(), cue=cue)
        rest = _part(span, second, span.end, comma, span.close_mark, cue=cue)
        first.how = rest.how = "cue inside the quote"
        return [first, rest] if second < span.end else [first]
    if (
        text.find("\u2014", span.start, span.end) < 0
        and text.find("\u2013", span.start, span.end) < 0
    ):
        return whole  # no dash inside the quote
    for dash in _DASH_INCISE.finditer(text, span.start, span.end):
        verb = verb_at(text, dash.end(), span.end)
        if verb is None:
            continue
        back = _DASH.search(text, verb.end, min(span.end, verb.end + 60))
        if back is None:
            continue
        mention = read_subject(document, verb.end, back.start(), left=False)
        cue = Cue(verb.start, verb.end, verb.text, mention)
        first = _part(span, span.start, dash.start(), span.open_mark, dash.start(), cue=cue)
        rest = _part(span, back.end(), span.end, back.start(), span.close_mark, cue=cue)
        first.how = rest.how = "cue between dashes inside the quote"
        return [first, rest] if back.end() < span.end else [first]
    return whole


def _after_bracket(text: str, floor: int, position: int) -> bool:
    """Whether an opening bracket (and spaces) comes right before *position*."""
    position -= 1
    while position >= floor and text[position] in " \t":
        position -= 1
    return position >= floor and text[position] == "("


def _introduced(document: Document, quote_line: int, previous: _Candidate | None) -> Cue | None:
    """The cue of a line that introduces the quote on the next line ("…, said:").

    *quote_line* is the start of the line the quote opens on.
    """
    text = document.text
    before = text[max(0, quote_line - 400) : quote_line].rstrip()
    offset = max(0, quote_line - 400)
    if not before.endswith(":"):
        return None
    line_start = offset + before.rfind("\n") + 1
    end = offset + len(before)
    floor = line_start
    if (
        previous is not None
        and previous.close_mark is not None
        and previous.close_mark >= line_start
    ):
        floor = previous.close_mark + 1
    start = document.sentence_start(end - 1, floor)
    return cue_before(document, start, end)


def _attribute(document: Document, candidates: list[_Candidate], index: int) -> None:
    """Find the cue of ``candidates[index]`` and decide whether it is a quote."""
    candidate = candidates[index]
    if candidate.cue is not None:  # a part of a quote cut at the cue it holds
        candidate.attributed = True
        return
    text = document.text
    open_mark, start, end, close_mark = (
        candidate.open_mark,
        candidate.start,
        candidate.end,
        candidate.close_mark,
    )
    line_start = candidate.line_start
    previous = candidates[index - 1] if index else None
    following = candidates[index + 1] if index + 1 < len(candidates) else None
    same_line_previous = previous is not None and previous.line_end == candidate.line_end
    # One look for the last sentence gap serves both floors (the line's start and the
    # previous quote's end), as Document.last_gap explains.
    reach = open_mark - WINDOW
    line_floor = max(reach, line_start)
    quote_floor = line_floor
    if (
        same_line_previous
        and previous is not None
        and previous.close_mark is not None
        and (previous.attributed or previous.keep or previous.cue is not None)
        and previous.close_mark >= quote_floor
    ):
        quote_floor = previous.close_mark + 1  # a rejected title before does not count
    gap = document.last_gap(open_mark, line_floor)
    if gap is None:
        whole_sentence, start_of_sentence = line_floor, quote_floor
    else:
        whole_sentence = gap[1] if gap[0] >= line_floor else line_floor
        start_of_sentence = gap[1] if gap[0] >= quote_floor else quote_floor
    prefix = text[whole_sentence:open_mark]
    starts_sentence = not prefix.strip(_PREFIX_MARKS)
    # The quote's first words, read once for every test of its kind below.
    quoted = quoted_words(text, start, end)
    rule = _not_speech_rule(text, start, end, open_mark, quoted=quoted)
    if rule:
        candidate.rejected = True
        if starts_sentence or is_not_speech_reported(
            text, start, end, open_mark, rule=rule, quoted=quoted
        ):
            return
        reporting = cue_before(document, start_of_sentence, open_mark)
        if reporting is None or reporting.mention is None:
            return
        if reporting.mention.kind not in ("name", "pronoun", "definite"):
            return
        candidate.rejected = False
    limit = candidate.line_end
    if following is not None and following.line_start == line_start:
        limit = min(limit, following.open_mark)
    cue = None
    how = ""
    if "(" in prefix and _after_bracket(text, whole_sentence, open_mark):
        # (“…,” he said): the aside carries its own cue, before the bracket closes
        close = text.find(")", end, limit)
        if close_mark is not None and close >= 0:
            cue = cue_after(document, close_mark, close)
            how = "cue in the bracket after the quote"
    if cue is None and not starts_sentence:
        cue = cue_before(document, start_of_sentence, open_mark)
        how = "cue before the quote"
    if cue is None and starts_sentence and candidate.span_open <= line_start + 1:
        cue = _introduced(document, line_start, previous)
        how = "cue ending the line before"
    if cue is None and close_mark is not None:
        cue = cue_after(document, close_mark, limit)
        how = "cue after the quote"
    if (
        cue is None
        and close_mark is not None
        and starts_sentence
        and _GOES_ON.match(text, close_mark + 1, limit) is not None  # its first test
    ):
        cue = _cue_ending_sentence(document, close_mark, limit)
        how = "cue ending the sentence"
    if cue is not None:
        candidate.cue = _pack(cue)
        candidate.how = how
        candidate.attributed = True
        if (
            same_line_previous
            and previous is not None
            and previous.attributed
            and (cue.mention is None or cue.mention.kind == "dropped")
            and cue.end <= open_mark
        ):
            candidate.source = previous  # "promised “…” and said “…”": the same subject
            candidate.how = "same subject as the quote before"
        return
    if (
        candidate.span_close is None
        and same_line_previous
        and previous is not None
        and (previous.attributed or previous.keep)
    ):
        # “A,” she said. “B … (and on in the next paragraph): the speaker of A
        candidate.source, candidate.keep = previous, True
        candidate.how = "goes on from the quote before"
        return
    introducer = (  # only a quote that opens its line can be introduced by the line before
        _introducing_subject(document, candidate, previous)
        if open_mark == candidate.span_open and candidate.span_open <= line_start + 1
        else None
    )
    if introducer is not None:
        candidate.cue, candidate.attributed = _pack(introducer), True
        candidate.how, candidate.needs_person = "subject of the line before", True
        return
    if candidate.span_close is None and following is not None:
        candidate.keep = True  # a paragraph of a multi-paragraph quote: the last one decides
        candidate.how = "paragraph of a quote that goes on"
        return
    if (
        previous is not None
        and previous.span_close is None
        and previous.span_open != candidate.span_open
    ):
        candidate.source, candidate.same_cue, candidate.keep = previous, True, True
        candidate.how = "goes on from the paragraph before"
        return
    speech: bool | None = None  # whether the quote reads as speech, found once when needed
    speaking = _speaking_before(candidates, index) if starts_sentence else None
    if (
        speaking is not None
        and speaking is not previous
        and (speech := looks_like_speech(text, start, end, quoted=quoted))
    ):
        # “A,” she told “Show Name”. “B.”: the title between is no quote
        candidate.source, candidate.keep = speaking, True
        candidate.how = "goes on from the quote before"
        return
    if previous is not None and (previous.attributed or previous.keep) and same_line_previous:
        if not starts_sentence:
            # a second quote in the sentence of an attributed one: same speaker and cue
            candidate.source, candidate.same_cue, candidate.keep = previous, True, True
            candidate.how = "same sentence as the quote before"
            return
        if speech is None:
            speech = looks_like_speech(text, start, end, quoted=quoted)
        if starts_sentence and speech:
            candidate.source, candidate.keep = previous, True
            candidate.how = "goes on from the quote before"
            return
    if not starts_sentence and opens_report(text, start, end, open_mark, quoted=quoted):
        _report_content(document, candidate, start_of_sentence)
        return
    if not starts_sentence and is_partial_quote(
        text, candidate.start, candidate.end, candidate.open_mark, quoted=quoted
    ):
        _partial_quote(document, candidate, start_of_sentence)
        return
    if speech is None:
        speech = looks_like_speech(text, start, end, quoted=quoted)
    candidate.speech = speech
    if not speech:
        return
    if not starts_sentence:
        if prefix.rstrip(" \t\u00a0").endswith(":"):
            # "Salas fue claro: «…»": introduced by a colon, with no speech verb
            subject = leading_subject(document, start_of_sentence, open_mark)
            named = _name_before_colon(document, start_of_sentence, open_mark)
            if named is not None and _ends_sentence(text, candidate):
                # "…, says pollster Dana Shaw: “…”": the full name right before the colon
                candidate.cue = (named.start, named.end, "", _fields(named))
                candidate.keep = True
                candidate.how = "name before a colon"
            elif (
                subject is not None
                and words_in(text, subject.end, open_mark)  # "Mayor: “…”" is a title
                and _ends_sentence(text, candidate)
            ):
                candidate.cue = (subject.start, subject.end, "", _fields(subject))
                candidate.keep = True
                candidate.how = "subject before a colon"
        return
    # A quote that is a sentence of its own after a sentence that reports speech.
    earlier = document.sentence_start(max(line_start, start_of_sentence - 1), line_start)
    if earlier < start_of_sentence and (previous is None or previous.open_mark < earlier):
        reported = cue_before(document, earlier, start_of_sentence)
        if reported is not None and reported.mention is not None:
            candidate.cue, candidate.keep = _pack(reported), True
            candidate.how = "after a sentence of reported speech"
            return
        subject = leading_subject(document, earlier, start_of_sentence)
        if subject is not None:
            # "Rusu was blunt. “She will go far.”": the person the sentence is about
            candidate.cue, candidate.keep = (subject.start, subject.end, "", _fields(subject)), True
            candidate.how = "after a sentence about the subject"
            candidate.needs_person = True  # named only if the subject turns out to be a person
            return
    if (
        previous is not None
        and previous.attributed
        and previous.line_end < line_start
        and candidate.span_open == line_start
        and (candidate.span_close or 0) >= candidate.line_end - 2
        and text.count("\n", previous.line_end, line_start) <= 2
    ):
        candidate.source, candidate.keep = previous, True
        candidate.how = "paragraph after an attributed quote"
        return
    # A quote that fills its paragraph: attributed by the paragraph before or after it.
    whole_paragraph = (
        candidate.span_open <= line_start + 1
        and (candidate.span_close or 0) >= candidate.line_end - 2
        and close_mark is not None
    )
    if whole_paragraph and (previous is None or previous.line_end < line_start - 1):
        reported = _paragraph_before_cue(document, line_start)
        if reported is not None:
            candidate.cue, candidate.keep = _pack(reported), True
            candidate.how = "after a paragraph of reported speech"
            return
    if whole_paragraph:
        # A quote that is a paragraph of its own, attributed by the next one ("He added …")
        following_cue = _next_line_cue(document, candidate.line_end)
        if following_cue is not None:
            candidate.cue, candidate.attributed = _pack(following_cue), True
            candidate.how = "cue in the next paragraph"
            return
        if previous is None or previous.line_end < line_start - 1:
            about = _paragraph_before_cue(document, line_start, about=True)
            if about is not None:
                candidate.cue, candidate.keep = _pack(about), True
                candidate.how = "after a paragraph about the subject"
                candidate.needs_person = True  # named only if the subject is a person


def _report_content(document: Document, candidate: _Candidate, sentence: int) -> None:
    """Keep a partial quote after "that" that no speech verb attributes (kinds.opens_report).

    The speaker is the person the sentence opens with, if it opens with one.
    """
    candidate.keep, candidate.how = True, "content of a report"
    candidate.reason = "content of a report; the sentence opens with nobody named"
    subject = leading_subject(document, sentence, candidate.open_mark)
    if subject is not None:
        candidate.cue = (subject.start, subject.end, "", _fields(subject))
        candidate.needs_person = True


def _partial_quote(document: Document, candidate: _Candidate, sentence: int) -> None:
    """Keep a long partial quote that no verb attributes if its sentence opens with a subject.

    kinds.is_partial_quote: the subject the sentence opens with is the speaker, named only
    if it is a person. A sentence that opens with no subject ("In spring, “…” returns")
    leaves the quote out: measured on PolNeAR, such quotes cost more speakers than spans.
    """
    subject = leading_subject(document, sentence, candidate.open_mark)
    if subject is not None:
        candidate.keep, candidate.how = True, "partial quote in a sentence about the subject"
        candidate.cue = (subject.start, subject.end, "", _fields(subject))
        candidate.needs_person = True


def _cue_ending_sentence(document: Document, close: int, limit: int) -> Cue | None:
    """“…” at the fair, she said.: the cue after the last comma of the sentence the quote opens.

    The sentence must go on after the closing mark in lowercase, hold no other quote mark,
    and the cue must name someone (a name or a pronoun).
    """
    text = document.text
    if _GOES_ON.match(text, close + 1, limit) is None:
        return None
    reach = min(limit, close + _TRAILING_REACH)
    gaps = document.boundaries(close + 1, reach)
    end = gaps[0][0] if gaps else reach
    if not gaps and reach == limit and text[limit : limit + 1] in ("", "\n", "\r"):
        end = limit  # the line ends the sentence, if it ends in a full stop
        while end > close + 1 and text[end - 1] in _BLANK:
            end -= 1
        end = end - 1 if text[end - 1] in _FINAL else reach + 1
    if end > reach or _ANY_MARK.search(text, close + 1, end) is not None:
        return None  # the sentence does not end near, or holds more quotes
    comma = end
    for _ in range(_TRAILING_COMMAS):  # ", said Ana Ruiz, the mayor.": the cue may be earlier
        comma = text.rfind(",", close + 1, comma)
        if comma < 0:
            return None
        cue = cue_after(document, comma - 1, end + 1)
        if cue is not None and cue.mention is not None:
            return cue if cue.mention.kind in ("name", "pronoun") else None
    return None


def _introducing_subject(
    document: Document, candidate: _Candidate, previous: _Candidate | None
) -> Cue | None:
    """The subject of a line that ends in a colon and introduces a quote with no speech verb.

    "Ruiz then listed her demands:" / “…”: the quote that opens the next paragraph is the
    subject's. A paragraph that goes on from an earlier one is not introduced.
    """
    if (
        candidate.open_mark != candidate.span_open
        or candidate.span_open > candidate.line_start + 1
        or (previous is not None and previous.span_close is None)
    ):
        return None
    text = document.text
    end = candidate.line_start
    while end > 0 and text[end - 1] in _BLANK and candidate.line_start - end < _BLANK_RUN:
        end -= 1
    if end <= 0 or text[end - 1] != ":":
        return None
    line_start = text.rfind("\n", max(0, end - _LINE_SLACK * 4), end) + 1
    if previous is not None and previous.line_end > line_start:
        return None  # the colon ends a line with quotes of its own
    sentence = document.sentence_start(end - 1, line_start)
    subject = leading_subject(document, sentence, end - 1)
    if subject is None:
        return None
    return Cue(subject.start, subject.end, "", subject)


def _share_later_cues(document: Document, candidates: list[_Candidate]) -> None:
    """“A” and “B,” Ruiz said.: a quote left without a cue shares the next one's, in a sentence."""
    text = document.text
    for index in range(len(candidates) - 2, -1, -1):
        candidate, following = candidates[index], candidates[index + 1]
        if (
            candidate.attributed
            or candidate.keep
            or candidate.rejected
            or candidate.close_mark is None
            or following.how != "cue after the quote"
            or following.open_mark - candidate.close_mark > _SHARED_GAP
            or following.line_start != candidate.line_start
            or document.first_boundary(candidate.close_mark, following.open_mark) is not None
            or not (
                candidate.speech
                if candidate.speech is not None
                else looks_like_speech(text, candidate.start, candidate.end)
            )
        ):
            continue
        candidate.later, candidate.keep = following, True
        candidate.how = "same sentence as the quote after"


def _keep_passages(document: Document, candidates: list[_Candidate]) -> None:
    """Keep a long quoted sentence that no cue attributes but whose speaker can be read.

    A passage (kinds.is_passage) that ends like a sentence is speech even when its cue was
    not found. Inside a sentence ("…, and she went on: “…”") its speaker is the person the
    sentence opens with; a passage that opens its sentence takes the speaker of the quote
    before it, in the same or the previous paragraph. A passage with neither stays out: it
    is as often an excerpt of a document or a teaser as somebody's words.
    """
    text = document.text
    last: _Candidate | None = None  # the latest quote kept so far
    near: tuple[int, int, bool] = (-1, -1, False)  # (floor, line start, answer), read once
    for candidate in candidates:
        if candidate.attributed or candidate.keep:
            last = candidate
            continue
        if (
            candidate.rejected
            or candidate.close_mark is None
            or not _ends_sentence(text, candidate)  # the cheaper test first
            or not is_passage(text, candidate.start, candidate.end)
        ):
            continue
        line_start = candidate.line_start
        sentence = document.sentence_start(max(line_start, candidate.open_mark - 1), line_start)
        if text[sentence : candidate.open_mark].strip(_PREFIX_MARKS):
            subject = leading_subject(document, sentence, candidate.open_mark)
            if subject is None:
                continue
            candidate.cue = (subject.start, subject.end, "", _fields(subject))
            candidate.needs_person = True  # named only if the subject is a person
        elif last is not None:
            if near[:2] != (last.line_end, line_start):
                floor = last.line_end
                near = (floor, line_start, _lines_between(text, floor, line_start))
            if not near[2]:
                continue
            candidate.source = last
        else:
            continue
        candidate.keep, candidate.how = True, "long quoted passage"
        last = candidate


def _lines_between(text: str, floor: int, line_start: int) -> bool:
    """Whether at most :data:`_PARAGRAPH_GAP` line breaks stand between *floor* and *line_start*.

    Read backwards from *line_start*, so only the lines just before it are read.
    """
    position = line_start
    for _ in range(_PARAGRAPH_GAP + 1):
        position = text.rfind("\n", floor, position)
        if position < 0:
            return True
    return False


def _speaking_before(candidates: list[_Candidate], index: int) -> _Candidate | None:
    """The nearest earlier quote on the same line that has a speaker, past rejected marks."""
    line_end = candidates[index].line_end
    for back in range(index - 1, max(-1, index - 1 - _SKIPPED_MARKS), -1):
        other = candidates[back]
        if other.line_end != line_end:
            return None
        if other.attributed or other.keep:
            return other
    return None


def _paragraph_before_cue(
    document: Document, line_start: int, *, about: bool = False
) -> Cue | None:
    """The cue of the last sentence of the paragraph before, when it reports speech.

    "Ruiz said the port would stay shut. / “Nobody is safe there.”": a paragraph that is one
    quote, after a paragraph that ends by reporting what someone said, is theirs. With
    *about*, the cue is instead the person the last sentence opens with, when it reports
    no speech.
    """
    text = document.text
    end = line_start - 1
    while end > 0 and text[end - 1] in _BLANK and line_start - end < _BLANK_RUN:
        end -= 1
    if end <= 0 or text[end - 1] not in _FINAL:
        return None
    start = text.rfind("\n", max(0, end - _LINE_SLACK * 4), end) + 1
    if _ANY_MARK.search(text, start, end) is not None:
        return None  # a paragraph with quotes of its own: the other rules decide
    sentence = document.sentence_start(end - 1, start)
    cue = cue_before(document, sentence, end)
    if cue is None:
        if not about:
            return None
        subject = leading_subject(document, sentence, end)
        if subject is None:
            return None
        # "Ruiz is sure of it. / “Nobody is safe there.”": the person the paragraph is about
        return Cue(subject.start, subject.end, "", subject)
    if about or cue.mention is None or cue.mention.kind not in ("name", "pronoun"):
        return None
    return cue


def _name_silent_chains(
    document: Document, candidates: list[_Candidate], speakers: Speakers
) -> None:
    """Give a multi-paragraph quote that no cue attributes the speaker of what precedes it.

    Its first paragraph follows either a paragraph that reports someone's speech ("Ruiz
    said the port would close.") or a paragraph whose quote is attributed: that speaker.
    """
    text = document.text
    index = 0
    while index < len(candidates):
        first = candidates[index]
        if first.span_close is not None:
            index += 1  # a quote of one paragraph: no chain
            continue
        before = candidates[index - 1] if index > 0 else None
        last = index
        while last + 1 < len(candidates) and candidates[last].span_close is None:
            last += 1
        chain = candidates[index : last + 1]
        index = last + 1
        if len(chain) < _CHAIN or any(item.speaker[0] is not None for item in chain):
            continue
        speaker: tuple[str | None, int | None, int | None] = (None, None, None)
        reason = ""
        reported = _paragraph_before_cue(document, first.line_start)
        if reported is not None:
            choice = speakers.resolve(reported.mention, reported.start)
            speaker, reason = (choice.speaker, choice.start, choice.end), choice.reason
            reason = f"after a paragraph of reported speech; {reason}"
        elif (
            before is not None
            and before.speaker[0] is not None
            and text.count("\n", before.line_end, first.line_start) <= _PARAGRAPH_GAP
        ):
            speaker, reason = before.speaker, "after an attributed quote; same speaker"
        if speaker[0] is None:
            continue
        for item in chain:
            item.speaker, item.reason = speaker, f"{item.how or 'quote that goes on'}; {reason}"
            item.keep = True


def _share_chain_speakers(candidates: list[_Candidate]) -> None:
    """Give every uncued paragraph of a multi-paragraph quote the speaker its chain names.

    A quote that runs over several paragraphs is usually attributed once: by the line that
    introduces it ("Ruiz told the crowd:"), in its first paragraph or in its last. A
    paragraph without a cue of its own takes the nearest speaker of its chain, the one
    before it first (the introduction), else the one after it.
    """
    index = 0
    while index < len(candidates):
        if candidates[index].span_close is not None:
            index += 1  # a quote of one paragraph: no chain
            continue
        last = index
        while last + 1 < len(candidates) and candidates[last].span_close is None:
            last += 1
        chain = candidates[index : last + 1]
        index = last + 1
        if len(chain) < _CHAIN or all(item.speaker[0] is None for item in chain):
            continue
        named: _Candidate | None = None
        silent: list[_Candidate] = []
        for item in chain:
            if item.speaker[0] is not None:
                named = item
            elif item.cue is None or item.source is not None:
                silent.append(item)
                if named is not None:
                    _take_speaker(item, named, "speaker of the paragraph before")
        for item in reversed(chain):
            if item.speaker[0] is not None:
                named = item
            elif item in silent and named is not None:
                _take_speaker(item, named, "speaker of a later paragraph")


def _any_opens_its_line(text: str, candidates: list[_Candidate]) -> bool:
    """Whether some quote's opening mark has only blanks before it on its line.

    A quote further on a line than one that does not open it does not either: the
    character that stands before the first stands before it too. So a line of many quotes
    is read once.
    """
    line, floor = -1, -1  # the line and opening mark of the last quote read
    for item in candidates:
        if item.line_start == line and item.open_mark >= floor:
            continue
        if opens_line(text, item.line_start, item.open_mark):
            return True
        line, floor = item.line_start, item.open_mark
    return False


def _label_turns(text: str, candidates: list[_Candidate], speakers: Speakers) -> None:
    """Give each turn of a transcript quoted paragraph by paragraph ("PENCE: …") its speaker."""
    if not _any_opens_its_line(text, candidates):
        return  # a turn's quote opens its line, Speakers.turns's first test: no turn
    paragraphs = [
        (
            item.line_start,
            item.open_mark,
            item.span_close is not None,
            item.source is None and item.cue is not None,
        )
        for item in candidates
    ]
    for index, choice in speakers.turns(paragraphs).items():
        item = candidates[index]
        item.speaker, item.cue_text = (choice.speaker, choice.start, choice.end), None
        item.reason = f"{item.how or 'quote that goes on'}; {choice.reason}"


def _take_speaker(item: _Candidate, donor: _Candidate, why: str) -> None:
    """Give *item*, a paragraph of a multi-paragraph quote, the speaker of *donor*."""
    item.speaker, item.cue_text = donor.speaker, donor.cue_text
    item.reason = f"{item.how or 'quote that goes on'}; {why} of the quote"
    item.keep = True


def _name_before_colon(document: Document, start: int, opening: int) -> Mention | None:
    """The person's name that ends right before the colon introducing a quote.

    It must have two words or more, or a title ("Dr. Ruiz:"), and something must come before
    it in the sentence: a name alone before a colon is a heading ("Ana Ruiz: …").
    """
    text = document.text
    colon = text.rfind(":", start, opening)
    if colon < 0 or text[colon + 1 : opening].strip(_PREFIX_MARKS):
        return None
    names = document.names(start, colon)
    if not names:
        return None
    name = names[-1]
    if text[name.end : colon].strip() or name.possessive or name.chain_start <= start:
        return None
    if len(name.words) < _FULL_NAME and not name.titles:
        return None
    return Mention("name", name.start, name.end, name=name)


def _ends_sentence(text: str, candidate: _Candidate) -> bool:
    """Whether the quote ends a sentence: final punctuation inside or right after the mark."""
    if text[candidate.start : candidate.end].rstrip()[-1:] in _FINAL:
        return True
    close = candidate.close_mark
    return close is not None and text[close + 1 : close + 2] in _FINAL


def _next_line_cue(document: Document, line_end: int) -> Cue | None:
    """The cue that opens the paragraph after *line_end*: a short subject and a speech verb."""
    text = document.text
    position = line_end
    while position < len(text) and text[position] in _BLANK and position - line_end < _BLANK_RUN:
        position += 1
    if position == line_end or position >= len(text) or text[position] in _PREFIX_MARKS:
        return None
    verbs = find_verbs(text, position, min(len(text), position + _NEXT_LINE_REACH), first=True)
    if not verbs or "\n" in text[position : verbs[0].start]:
        return None
    verb = verbs[0]
    if len(words_in(text, position, verb.start)) > _NEXT_LINE_SUBJECT:
        return None
    mention = read_subject(document, position, verb.start, left=True)
    if mention is None or mention.kind not in ("name", "pronoun"):
        return None
    return Cue(verb.start, verb.end, verb.text, mention)


def _ranges(text: str, candidates: list[_Candidate]) -> list[tuple[int, int]]:
    """The stretches of *text* whose names can matter: before and around each cue."""
    ranges: list[tuple[int, int]] = []
    size = len(text)
    low, high = -1, -1  # the last range, kept apart from the list while it grows
    for candidate in candidates:
        cue = candidate.cue
        if cue is None:
            continue
        start = max(0, min(candidate.open_mark, cue[0]) - _LOOK_BEHIND)
        end = min(size, max(candidate.end, cue[1]) + _REACH)
        if start > high:
            # the line start moves *start* back only, so a range that joins the last one
            # does so wherever its line starts
            line_start = text.rfind("\n", max(0, start - _LINE_SLACK), start)
            start = line_start + 1 if line_start >= 0 else start
        next_line = text.find("\n", end, end + _LINE_SLACK)
        end = next_line if next_line >= 0 else min(size, end + _LINE_SLACK)
        if high < 0:
            low, high = start, end
        elif start <= high:
            high = max(high, end)
        else:
            ranges.append((low, high))
            low, high = start, end
    if high >= 0:
        ranges.append((low, high))
    return ranges


def extract_quotes(text: str) -> tuple[Quote, ...]:
    """Return the quotes in *text* with their speakers and cues, in order.

    Args:
        text: An article body or a whole page; quotes in menus and teaser headlines are
            left out.

    Returns:
        One :class:`~newsnorm.model.Quote` per quoted passage (per paragraph of a
        multi-paragraph quote, per part of a quote interrupted by its cue), sorted by start.

    Raises:
        TypeError: If *text* is not a ``str``.

    Examples:
        >>> quotes = extract_quotes("Maria Lenz ran the shop. “It was home,” she said.")
        >>> quotes[0].text, quotes[0].speaker, quotes[0].cue
        ('It was home,', 'Maria Lenz', 'said')
        >>> extract_quotes("The so-called “peace plan” stalled.")
        ()
    """
    _check_text(text)
    if _ANY_MARK.search(text) is None:
        return ()
    original = text
    text = plain_marks(text)
    document = Document(text)
    candidates: list[_Candidate] = []
    # A line, its content and whether it is short enough to be a headline, read once.
    line: tuple[int, int, int, int, bool] = (-1, -1, -1, -1, False)
    dashes = "\u2014" in text or "\u2013" in text  # with none, no quote is cut at a dash
    # Plain tuples, not Span objects: the collector stops tracking them (quote-dense text).
    for fields in in_house_marks(text, span_fields(text)):
        start, end, _, open_mark, close_mark, line_start, line_end = fields
        if close_mark is not None:
            if line[0] != line_start or line[1] != line_end:
                bounds = _line_content(text, line_start, line_end)
                line = (line_start, line_end, *bounds, bounds[1] - bounds[0] < _HEADLINE_LENGTH)
            # a longer line is no headline, the first test of _is_headline
            if line[4] and _is_headline(text, fields, line[2], line[3]):
                continue
        if text[open_mark] in _ANGLES or (
            dashes
            and (text.find("\u2014", start, end) >= 0 or text.find("\u2013", start, end) >= 0)
        ):
            candidates.extend(_split_incise(document, Span._make(fields)))
        else:  # no angle mark, no dash: no incise to cut at (the common case)
            candidates.append(
                _Candidate(
                    open_mark, close_mark, line_start, line_end, start, end, open_mark, close_mark
                )
            )
    for index in range(len(candidates)):
        _attribute(document, candidates, index)
    _share_later_cues(document, candidates)
    _keep_passages(document, candidates)
    cued = any(item.cue is not None for item in candidates)
    # Whether a quote runs over several paragraphs (its first ones have no closing mark).
    chained = not all(item.span_close is not None for item in candidates)
    if not cued and not chained:
        return ()  # no cue and no multi-paragraph quote that a paragraph before could name
    quoted = tuple((item.open_mark, item.close_mark or item.end) for item in candidates)
    speakers = Speakers(document, quoted, _ranges(text, candidates))
    for candidate in candidates:
        if candidate.source is not None:
            candidate.speaker = candidate.source.speaker
            candidate.reason = f"{candidate.how}; same speaker"
            if candidate.same_cue:
                candidate.cue_text = candidate.source.cue_text
            elif candidate.attributed and candidate.cue is not None:
                candidate.cue_text = candidate.cue[2] or None
        elif candidate.cue is not None:
            cue = candidate.cue
            # the mention back from its fields (tuple.__new__ is Mention._make, unchecked)
            mention = None if cue[3] is None else tuple.__new__(Mention, cue[3])
            choice = speakers.resolve(mention, cue[0])
            candidate.speaker = choice.speaker, choice.start, choice.end
            candidate.reason = f"{candidate.how}; {choice.reason}"
            if candidate.needs_person and not speakers.is_person(mention):
                candidate.speaker = (None, None, None)  # a quote, but nobody named
                candidate.reason = f"{candidate.how}; subject not known as a person"
            if candidate.attributed:
                candidate.cue_text = cue[2] or None
    for index in range(len(candidates) - 2, -1, -1) if chained else ():
        candidate = candidates[index]
        if candidate.span_close is None and candidate.keep and candidate.source is None:
            source = candidates[index + 1]
            candidate.speaker, candidate.cue_text = source.speaker, source.cue_text
            candidate.reason = f"{candidate.how}; speaker of its last paragraph"
            candidate.attributed = source.attributed or source.keep
    for candidate in candidates:
        if candidate.later is not None:
            candidate.speaker = candidate.later.speaker
            candidate.cue_text = candidate.later.cue_text
            candidate.reason = f"{candidate.how}; same speaker"
    if chained:  # the two passes below only read multi-paragraph quotes
        _name_silent_chains(document, candidates, speakers)
        _share_chain_speakers(candidates)
    _label_turns(text, candidates, speakers)
    # Each candidate is freed as its quote is built, and the names read for the speakers
    # before: on quote-dense text the cyclic garbage collector then finds fewer objects alive.
    del speakers, document
    quotes: list[Quote] = []
    candidates.reverse()
    while candidates:
        candidate = candidates.pop()
        if (
            (candidate.attributed or candidate.keep)
            and candidate.start < candidate.end
            and (cued or candidate.speaker[0] is not None)  # with no cue: the chains named
        ):
            quotes.append(
                Quote(
                    candidate.start,
                    candidate.end,
                    original[candidate.start : candidate.end],
                    *candidate.speaker,
                    cue=candidate.cue_text,
                    reason=candidate.reason or None,
                )
            )
    quotes.sort(key=operator.attrgetter("start"))
    return tuple(quotes)
